// The only C in the project: ncursesw with wide-character functions, and the macros and
// globals that do not import into Swift 6 wrapped as inline functions.
#ifndef TABLETOP_CNCURSESW_SHIM_H
#define TABLETOP_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags; without this, wget_wch and mvwaddnwstr are missing.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

static inline WINDOW *tabletop_stdscr(void) { return stdscr; }
static inline int tabletop_lines(void) { return LINES; }
static inline int tabletop_cols(void) { return COLS; }
static inline int tabletop_colors(void) { return COLORS; }
static inline int tabletop_color_pairs(void) { return COLOR_PAIRS; }
static inline int tabletop_key_code_yes(void) { return KEY_CODE_YES; }

static inline attr_t tabletop_a_normal(void) { return A_NORMAL; }
static inline attr_t tabletop_a_bold(void) { return A_BOLD; }
static inline attr_t tabletop_a_dim(void) { return A_DIM; }
static inline attr_t tabletop_a_reverse(void) { return A_REVERSE; }
static inline attr_t tabletop_a_underline(void) { return A_UNDERLINE; }

#endif
