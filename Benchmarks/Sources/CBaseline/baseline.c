#define PCRE2_CODE_UNIT_WIDTH 8
#include "CBaseline.h"

#include <pcre2.h>
#include <stdlib.h>

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
