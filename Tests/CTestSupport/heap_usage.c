#include "CTestSupport.h"

#include <malloc.h>

size_t perfection_heap_in_use(void) {
#if defined(__GLIBC__)
  struct mallinfo2 info = mallinfo2();
  // Small blocks in the arenas plus large blocks that malloc serves with mmap.
  return info.uordblks + info.hblkhd;
#else
  return 0;
#endif
}
