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
  pcre2_code *code;
  pcre2_match_data *data;
};

cbaseline_alternation *cbaseline_alternation_create(const char *const *patterns, size_t count) {
  size_t length = 8;
  for (size_t i = 0; i < count; i++) length += strlen(patterns[i]) + 32;
  char *source = malloc(length);
  if (!source) return NULL;
  size_t used = (size_t)snprintf(source, length, "(?:");
  for (size_t i = 0; i < count; i++) {
    used += (size_t)snprintf(source + used, length - used, "%s(*MARK:%zu)(?:%s)",
                             i == 0 ? "" : "|", i, patterns[i]);
  }
  snprintf(source + used, length - used, ")");
  cbaseline_alternation *set = calloc(1, sizeof(cbaseline_alternation));
  if (!set) {
    free(source);
    return NULL;
  }
  int error;
  PCRE2_SIZE offset;
  set->code = pcre2_compile((PCRE2_SPTR)source, PCRE2_ZERO_TERMINATED,
                            PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP | PCRE2_DUPNAMES, &error,
                            &offset, NULL);
  free(source);
  set->data = pcre2_match_data_create(64, NULL);
  if (!set->code || !set->data || pcre2_jit_compile(set->code, PCRE2_JIT_COMPLETE) != 0) {
    cbaseline_alternation_free(set);
    return NULL;
  }
  return set;
}

long cbaseline_alternation_match(cbaseline_alternation *set, const char *subject,
                                 size_t length) {
  if (pcre2_jit_match(set->code, (PCRE2_SPTR)subject, length, 0, 0, set->data, NULL) < 0) {
    return -1;
  }
  PCRE2_SPTR mark = pcre2_get_mark(set->data);
  return mark ? strtol((const char *)mark, NULL, 10) : -1;
}

void cbaseline_alternation_free(cbaseline_alternation *set) {
  if (!set) return;
  if (set->code) pcre2_code_free(set->code);
  if (set->data) pcre2_match_data_free(set->data);
  free(set);
}
