// Finds where the plain run of a JSON string ends, with the vector unit where there is one.
//
// The parser reads keys and short strings itself, eight bytes at a time; on x86-64 it calls this for the
// rest of longer strings (prose). Swift's SIMD types have no move-mask operation, and what they compile to
// takes more instructions per byte than that eight-byte loop; AVX2 intrinsics take about seven for 32 bytes.
// Elsewhere the parser's own loop reads the whole string, and this is only the byte loop tests compare with.

#include "TabletopScan.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

/// Whether `byte` ends a plain run.
static inline int needs_look(uint8_t byte) {
    return byte < 0x20 || byte >= 0x80 || byte == '"' || byte == '\\';
}

/// The plain prefix, byte by byte: the rest after the vectors, and the level tests compare them with.
static size_t prefix_portable(const uint8_t *bytes, size_t count) {
    size_t position = 0;
    while (position < count && !needs_look(bytes[position])) position += 1;
    return position;
}

#if defined(__x86_64__)

/// Flag bits for the 16 bytes at `bytes`, one per byte that ends a plain run.
static inline unsigned flags16(const uint8_t *bytes) {
    __m128i v = _mm_loadu_si128((const __m128i *)bytes);
    // Compared as signed bytes, 0x80 and above are negative: one comparison finds control characters and non-ASCII.
    __m128i low = _mm_cmpgt_epi8(_mm_set1_epi8(0x20), v);
    __m128i marks = _mm_or_si128(low, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    return (unsigned)_mm_movemask_epi8(marks);
}

/// The plain prefix, 16 bytes at a time (SSE2, which every x86-64 processor has), the rest byte by byte.
static size_t prefix_sse2(const uint8_t *bytes, size_t count) {
    size_t position = 0;
    while (position + 16 <= count) {
        unsigned flags = flags16(bytes + position);
        if (flags) return position + (size_t)__builtin_ctz(flags);
        position += 16;
    }
    return position + prefix_portable(bytes + position, count - position);
}

/// The plain prefix, 32 bytes at a time (AVX2), the rest as `prefix_sse2` finds it.
__attribute__((target("avx2")))
static size_t prefix_avx2(const uint8_t *bytes, size_t count) {
    const __m256i space = _mm256_set1_epi8(0x20), quotes = _mm256_set1_epi8('"'), slashes = _mm256_set1_epi8('\\');
    size_t position = 0;
    while (position + 32 <= count) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(bytes + position));
        __m256i low = _mm256_cmpgt_epi8(space, v);
        __m256i marks = _mm256_or_si256(low, _mm256_or_si256(_mm256_cmpeq_epi8(v, quotes), _mm256_cmpeq_epi8(v, slashes)));
        unsigned flags = (unsigned)_mm256_movemask_epi8(marks);
        if (flags) return position + (size_t)__builtin_ctz(flags);
        position += 32;
    }
    return position + prefix_sse2(bytes + position, count - position);
}

#endif

int tabletop_scan_widest_level(void) {
#if defined(__x86_64__)
    // -1 until first asked; threads racing here store the same answer.
    static int widest = -1;
    int level = __atomic_load_n(&widest, __ATOMIC_RELAXED);
    if (level < 0) {
        __builtin_cpu_init();
        level = __builtin_cpu_supports("avx2") ? 2 : 1;
        __atomic_store_n(&widest, level, __ATOMIC_RELAXED);
    }
    return level;
#else
    return 0;
#endif
}

typedef size_t (*prefix_function)(const uint8_t *, size_t);

/// The function of a level, or of the widest level the processor has when it lacks this one.
static prefix_function prefix_at(int level) {
    int widest = tabletop_scan_widest_level();
    switch (level < widest ? level : widest) {
#if defined(__x86_64__)
    case 2: return prefix_avx2;
    case 1: return prefix_sse2;
#endif
    default: return prefix_portable;
    }
}

size_t tabletop_plain_string_prefix_at_level(int level, const uint8_t *bytes, size_t count) {
    return prefix_at(level)(bytes, count);
}

/// The widest level's function, chosen at the first call (threads racing there store the same one):
/// the parser calls it for every long string.
static prefix_function widest_prefix = NULL;

size_t tabletop_plain_string_prefix(const uint8_t *bytes, size_t count) {
    prefix_function prefix = __atomic_load_n(&widest_prefix, __ATOMIC_RELAXED);
    if (!prefix) {
        prefix = prefix_at(2);
        __atomic_store_n(&widest_prefix, prefix, __ATOMIC_RELAXED);
    }
    return prefix(bytes, count);
}
