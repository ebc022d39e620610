#ifndef PERFECTION_HEAP_USAGE_H
#define PERFECTION_HEAP_USAGE_H

#include <stddef.h>

/// Bytes currently allocated on the C heap (glibc mallinfo2: uordblks + hblkhd), for memory tests.
size_t perfection_heap_in_use(void);

#endif
