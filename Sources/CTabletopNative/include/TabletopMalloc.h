#ifndef TABLETOP_MALLOC_H
#define TABLETOP_MALLOC_H

/// glibc's `mallopt` (malloc.h, which Swift's Glibc module does not import): sets one of malloc's
/// parameters; 1 on success. Returns 0, and changes nothing, where the C library has no `mallopt`.
int tabletop_mallopt(int parameter, int value);

#endif
