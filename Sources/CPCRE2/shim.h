#ifndef PERFECTION_CPCRE2_SHIM_H
#define PERFECTION_CPCRE2_SHIM_H

// PCRE2 is built for several code unit widths; this project uses 8-bit (UTF-8).
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// Cast macros that Swift cannot import.
static inline size_t cpcre2_unset(void) { return PCRE2_UNSET; }
static inline size_t cpcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }

#endif
