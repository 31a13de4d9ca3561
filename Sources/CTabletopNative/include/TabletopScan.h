#ifndef TABLETOP_SCAN_H
#define TABLETOP_SCAN_H

#include <stddef.h>
#include <stdint.h>

/// How many bytes at the start of `bytes[0..<count]` a JSON string holds as they are: bytes that are
/// neither a quote, a backslash, a control character (below 0x20) nor non-ASCII (0x80 and above).
/// Returns `count` when all are. Reads no byte at or past `bytes + count`.
///
/// Uses the widest vectors the processor has (see `tabletop_scan_widest_level`).
size_t tabletop_plain_string_prefix(const uint8_t *bytes, size_t count);

/// The same, at a given level: 0 reads byte by byte, 1 reads 16 bytes at a time (SSE2), 2 reads 32
/// (AVX2). A level the processor lacks falls back to the widest it has. For tests, which compare the levels.
size_t tabletop_plain_string_prefix_at_level(int level, const uint8_t *bytes, size_t count);

/// The widest level this processor has: 2 with AVX2, 1 on other x86-64 processors, else 0.
int tabletop_scan_widest_level(void);

#endif
