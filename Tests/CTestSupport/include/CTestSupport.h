#ifndef PERFECTION_CTESTSUPPORT_H
#define PERFECTION_CTESTSUPPORT_H

#include <stddef.h>

/// Bytes currently allocated on the C heap (glibc mallinfo2: uordblks + hblkhd), for memory tests.
size_t perfection_heap_in_use(void);

/// Whether perfection_heap_in_use sees allocations (it does not under AddressSanitizer,
/// whose allocator glibc cannot see).
int perfection_heap_is_measurable(void);

/// Opens a pseudo-terminal; returns the master's descriptor (or -1) and writes the slave's path
/// into `name`. The C library hides these calls from Swift behind feature macros.
int perfection_open_pty(char *name, size_t capacity);

#endif
