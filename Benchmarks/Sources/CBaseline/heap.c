#include "CBaseline.h"

#include <malloc.h>

size_t cbaseline_heap_in_use(void) {
#if defined(__GLIBC__)
  struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
#else
  return 0;
#endif
}
