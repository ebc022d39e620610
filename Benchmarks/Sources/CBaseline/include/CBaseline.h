#ifndef PERFECTION_CBASELINE_H
#define PERFECTION_CBASELINE_H

#include <stddef.h>

/// A compiled set of patterns for the bare C loop.
typedef struct cbaseline cbaseline;

/// Compiles `count` patterns (caseless, UTF, UCP, JIT); NULL if any fails.
cbaseline *cbaseline_create(const char *const *patterns, size_t count);

/// Matches one subject against the patterns in order with pcre2_jit_match and returns the
/// index of the first that matches, or -1. No normalization, no I/O, no allocation.
long cbaseline_first_match(cbaseline *set, const char *subject, size_t length);

/// Matches one subject against every pattern with pcre2_jit_match and returns how many
/// matched: the regex work of reading every concept and intent pattern once.
long cbaseline_all_matches(cbaseline *set, const char *subject, size_t length);

/// Frees everything.
void cbaseline_free(cbaseline *set);

/// The same patterns as JIT-compiled alternations, each alternative named with
/// `(*MARK:index)`: one pass per subject and part, the hard-to-beat baseline. As few parts
/// as PCRE2 can compile (its link size caps a compiled pattern at 64 KiB).
typedef struct cbaseline_alternation cbaseline_alternation;

/// Compiles `(?:(*MARK:0)(?:P0)|(*MARK:1)(?:P1)|…)` (caseless, UTF, UCP, JIT), split in halves
/// until each part compiles; NULL if it fails for another reason.
cbaseline_alternation *cbaseline_alternation_create(const char *const *patterns, size_t count);

/// How many alternations the patterns needed.
size_t cbaseline_alternation_parts(const cbaseline_alternation *set);

/// One pcre2_jit_match per part: the index of the alternative that matched at the leftmost
/// position (the first such in order), or -1.
long cbaseline_alternation_match(cbaseline_alternation *set, const char *subject, size_t length);

/// Frees everything.
void cbaseline_alternation_free(cbaseline_alternation *set);

#endif
