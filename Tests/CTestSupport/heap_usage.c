#include "CTestSupport.h"

#include <malloc.h>
#include <stdlib.h>

size_t perfection_heap_in_use(void) {
#if defined(__GLIBC__)
  struct mallinfo2 info = mallinfo2();
  // Small blocks in the arenas plus large blocks that malloc serves with mmap.
  return info.uordblks + info.hblkhd;
#else
  return 0;
#endif
}

int perfection_heap_is_measurable(void) {
  size_t before = perfection_heap_in_use();
  void *block = malloc(4 << 20);
  if (!block) return 0;
  ((volatile char *)block)[0] = 1;
  size_t after = perfection_heap_in_use();
  free(block);
  return after >= before + (4 << 20);
}
