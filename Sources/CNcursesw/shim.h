// The only C in the project: ncursesw with wide-character functions, and the macros and
// globals that do not import into Swift 6 wrapped as inline functions.
#ifndef TABLETOP_CNCURSESW_SHIM_H
#define TABLETOP_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags; without this, wget_wch and mvwaddnwstr are missing.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
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


// A screen on the process's standard output and input (stdin/stdout do not import cleanly into Swift 6).
static inline SCREEN *tabletop_newterm(void) { return newterm(NULL, stdout, stdin); }

// Whether the current locale's character set is UTF-8 (after setlocale).
static inline int tabletop_locale_is_utf8(void) {
    const char *set = nl_langinfo(CODESET);
    return set != NULL && (strcmp(set, "UTF-8") == 0 || strcmp(set, "utf8") == 0);
}

// SIGINT, SIGTERM and SIGHUP only set this flag; the main loop checks it every tick.
static volatile sig_atomic_t tabletop_pending_signal = 0;

static void tabletop_on_signal(int number) { tabletop_pending_signal = number; }

// Installs the flag-setting handlers, without SA_RESTART so a blocked read returns at once.
static inline void tabletop_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = tabletop_on_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
}

// The signal caught since the last call (0 if none), clearing it.
static inline int tabletop_take_signal(void) {
    int number = tabletop_pending_signal;
    tabletop_pending_signal = 0;
    return number;
}

// What a crash handler needs to give the terminal back without calling ncurses (not async-signal-safe):
// the terminal modes from before ncurses started and the bytes that leave the alternate screen.
// (Kept in function-local statics: Swift's importer does not emit file-level static arrays and structs.)
typedef struct {
    struct termios modes;
    int modesValid;
    char bytes[128];
    size_t length;
} tabletop_restore_state;

static inline tabletop_restore_state *tabletop_restore(void) {
    static tabletop_restore_state state;
    return &state;
}

static void tabletop_on_crash(int number) {
    tabletop_restore_state *state = tabletop_restore();
    if (state->modesValid) tcsetattr(STDIN_FILENO, TCSANOW, &state->modes);
    if (state->length > 0) { ssize_t ignored = write(STDOUT_FILENO, state->bytes, state->length); (void)ignored; }
    signal(number, SIG_DFL);
    raise(number);
}

// Saves the terminal modes (call before newterm).
static inline void tabletop_save_modes(void) {
    tabletop_restore_state *state = tabletop_restore();
    state->modesValid = tcgetattr(STDIN_FILENO, &state->modes) == 0;
}

// Remembers the capability strings that undo the full-screen mode (call after newterm), and installs the crash handlers
// (the signals of a trap or a bad access, and SIGQUIT, which Ctrl-\ sends and which would otherwise dump core mid-screen).
static inline void tabletop_install_crash_handlers(void) {
    tabletop_restore_state *state = tabletop_restore();
    const char *names[] = {"rmcup", "cnorm", "sgr0"};
    size_t length = 0;
    for (int i = 0; i < 3; i++) {
        char *value = tigetstr(names[i]);
        if (value == NULL || value == (char *)-1) continue;
        size_t size = strlen(value);
        if (length + size >= sizeof state->bytes) break;
        memcpy(state->bytes + length, value, size);
        length += size;
    }
    state->length = length;
    int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGQUIT};
    for (int i = 0; i < 7; i++) signal(crashes[i], tabletop_on_crash);
}

// Puts the default handlers back once the terminal is restored.
static inline void tabletop_remove_crash_handlers(void) {
    int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGQUIT};
    for (int i = 0; i < 7; i++) signal(crashes[i], SIG_DFL);
}

#endif
