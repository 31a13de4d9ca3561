// Gives Swift glibc's `mallopt`, called directly: looked up at run time with `dlsym`, it was missing
// from a statically linked program, which has no dynamic symbol table to look in.

#include "TabletopMalloc.h"

// Any C library header defines __GLIBC__ under glibc.
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>

int tabletop_mallopt(int parameter, int value) {
    return mallopt(parameter, value);
}

#else

int tabletop_mallopt(int parameter, int value) {
    (void)parameter;
    (void)value;
    return 0;
}

#endif
