#define PCRE2_CODE_UNIT_WIDTH 8
#include "CBaseline.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cbaseline {
  size_t count;
  pcre2_code **codes;
  pcre2_match_data *data;
};

cbaseline *cbaseline_create(const char *const *patterns, size_t count) {
  cbaseline *set = calloc(1, sizeof(cbaseline));
  if (!set) return NULL;
  set->codes = calloc(count, sizeof(pcre2_code *));
  set->count = count;
  set->data = pcre2_match_data_create(64, NULL);
  for (size_t i = 0; i < count; i++) {
    int error;
    PCRE2_SIZE offset;
    set->codes[i] = pcre2_compile((PCRE2_SPTR)patterns[i], PCRE2_ZERO_TERMINATED,
                                  PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP, &error, &offset, NULL);
    if (!set->codes[i] || pcre2_jit_compile(set->codes[i], PCRE2_JIT_COMPLETE) != 0) {
      cbaseline_free(set);
      return NULL;
    }
  }
  return set;
}

long cbaseline_first_match(cbaseline *set, const char *subject, size_t length) {
  for (size_t i = 0; i < set->count; i++) {
    if (pcre2_jit_match(set->codes[i], (PCRE2_SPTR)subject, length, 0, 0, set->data, NULL) >= 0) {
      return (long)i;
    }
  }
  return -1;
}

long cbaseline_all_matches(cbaseline *set, const char *subject, size_t length) {
  long matched = 0;
  for (size_t i = 0; i < set->count; i++) {
    if (pcre2_jit_match(set->codes[i], (PCRE2_SPTR)subject, length, 0, 0, set->data, NULL) >= 0) {
      matched++;
    }
  }
  return matched;
}

void cbaseline_free(cbaseline *set) {
  if (!set) return;
  for (size_t i = 0; i < set->count; i++) {
    if (set->codes[i]) pcre2_code_free(set->codes[i]);
  }
  free(set->codes);
  pcre2_match_data_free(set->data);
  free(set);
}

struct cbaseline_alternation {
  pcre2_code **codes;
  size_t count;
  pcre2_match_data *data;
};

/// Compiles patterns [first, first + count) as one marked alternation; NULL if PCRE2 refuses.
static pcre2_code *compile_alternation(const char *const *patterns, size_t first, size_t count,
                                       int *error) {
  size_t length = 8;
  for (size_t i = first; i < first + count; i++) length += strlen(patterns[i]) + 32;
  char *source = malloc(length);
  if (!source) return NULL;
  size_t used = (size_t)snprintf(source, length, "(?:");
  for (size_t i = first; i < first + count; i++) {
    used += (size_t)snprintf(source + used, length - used, "%s(*MARK:%zu)(?:%s)",
                             i == first ? "" : "|", i, patterns[i]);
  }
  snprintf(source + used, length - used, ")");
  PCRE2_SIZE offset;
  pcre2_code *code = pcre2_compile((PCRE2_SPTR)source, PCRE2_ZERO_TERMINATED,
                                   PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP | PCRE2_DUPNAMES, error,
                                   &offset, NULL);
  free(source);
  return code;
}

/// Adds the alternations for patterns [first, first + count) to the set, halving the range
/// whenever the compiled pattern would be too large (PCRE2's link size caps it).
static int add_alternations(cbaseline_alternation *set, const char *const *patterns,
                            size_t first, size_t count) {
  int error = 0;
  pcre2_code *code = compile_alternation(patterns, first, count, &error);
  if (!code) {
    if (error != PCRE2_ERROR_PATTERN_TOO_LARGE || count < 2) return -1;
    size_t half = count / 2;
    if (add_alternations(set, patterns, first, half) != 0) return -1;
    return add_alternations(set, patterns, first + half, count - half);
  }
  if (pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) != 0) {
    pcre2_code_free(code);
    return -1;
  }
  set->codes[set->count++] = code;
  return 0;
}

cbaseline_alternation *cbaseline_alternation_create(const char *const *patterns, size_t count) {
  cbaseline_alternation *set = calloc(1, sizeof(cbaseline_alternation));
  if (!set) return NULL;
  set->codes = calloc(count > 0 ? count : 1, sizeof(pcre2_code *));
  set->data = pcre2_match_data_create(64, NULL);
  if (!set->codes || !set->data || add_alternations(set, patterns, 0, count) != 0) {
    cbaseline_alternation_free(set);
    return NULL;
  }
  return set;
}

size_t cbaseline_alternation_parts(const cbaseline_alternation *set) { return set->count; }

long cbaseline_alternation_match(cbaseline_alternation *set, const char *subject,
                                 size_t length) {
  long best = -1;
  PCRE2_SIZE best_start = 0;
  for (size_t i = 0; i < set->count; i++) {
    if (pcre2_jit_match(set->codes[i], (PCRE2_SPTR)subject, length, 0, 0, set->data, NULL) < 0) {
      continue;
    }
    PCRE2_SIZE start = pcre2_get_ovector_pointer(set->data)[0];
    PCRE2_SPTR mark = pcre2_get_mark(set->data);
    // Parts are in pattern order, so a later part wins only by matching further left.
    if (mark && (best < 0 || start < best_start)) {
      best = strtol((const char *)mark, NULL, 10);
      best_start = start;
    }
  }
  return best;
}

void cbaseline_alternation_free(cbaseline_alternation *set) {
  if (!set) return;
  for (size_t i = 0; i < set->count; i++) pcre2_code_free(set->codes[i]);
  free(set->codes);
  if (set->data) pcre2_match_data_free(set->data);
  free(set);
}
