// The one seam between Bitext and ICU. Only plain C types cross it; the
// Swift side gives these functions Swift names (see `ICU` in the Bitext module).
#ifndef BITEXT_ICU_H
#define BITEXT_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Break kinds for `bitext_icu_breaks`.
enum {
    BITEXT_ICU_BREAK_SENTENCE = 0,
    BITEXT_ICU_BREAK_WORD = 1,
    BITEXT_ICU_BREAK_CHARACTER = 2
};

/// Script codes returned by `bitext_icu_script` (a subset of ICU's UScriptCode).
enum {
    BITEXT_ICU_SCRIPT_OTHER = -1,
    BITEXT_ICU_SCRIPT_COMMON = 0,
    BITEXT_ICU_SCRIPT_INHERITED = 1,
    BITEXT_ICU_SCRIPT_HAN = 17,
    BITEXT_ICU_SCRIPT_HIRAGANA = 20,
    BITEXT_ICU_SCRIPT_KATAKANA = 22,
    BITEXT_ICU_SCRIPT_LATIN = 25,
    BITEXT_ICU_SCRIPT_BOPOMOFO = 5,
    BITEXT_ICU_SCRIPT_HANGUL = 18
};

/// An opaque break iterator over UTF-8 text.
typedef struct bitext_icu_breaker bitext_icu_breaker;

/// Opens a break iterator of `kind` for `locale` (e.g. "zh_Hant", "en@ss=standard").
/// Returns NULL and sets `*status` (ICU error code, > 0 is failure) on error.
bitext_icu_breaker *bitext_icu_breaker_open(int32_t kind, const char *locale, int32_t *status);

/// Closes a break iterator.
void bitext_icu_breaker_close(bitext_icu_breaker *breaker);

/// Finds the boundaries of `text` (UTF-8, `length` bytes) as byte offsets, the first 0 and the
/// last `length`. Writes at most `capacity` offsets to `boundaries` and, when `statuses` is not
/// NULL, the rule status of the segment ending at each boundary. Returns the number of
/// boundaries found (which may exceed `capacity`), or -1 with `*status` set.
int32_t bitext_icu_breaker_run(bitext_icu_breaker *breaker, const char *text, int64_t length,
                               int64_t *boundaries, int32_t *statuses, int32_t capacity,
                               int32_t *status);

/// The script of a code point: one of BITEXT_ICU_SCRIPT_*, or the raw ICU code for others.
int32_t bitext_icu_script(uint32_t codePoint);

/// The East Asian Width class of a code point: 0 neutral, 1 ambiguous, 2 halfwidth,
/// 3 fullwidth, 4 narrow, 5 wide (ICU's UEastAsianWidth).
int32_t bitext_icu_east_asian_width(uint32_t codePoint);

/// Whether a code point has zero display width (nonspacing marks, enclosing marks,
/// format characters, default-ignorable code points).
int32_t bitext_icu_is_zero_width(uint32_t codePoint);

/// An opaque transliterator. Not safe to use from two threads at once.
typedef struct bitext_icu_transliterator bitext_icu_transliterator;

/// Opens a transliterator by ICU id (e.g. "Han-Latin; Latin-ASCII", "Hant-Hans").
bitext_icu_transliterator *bitext_icu_transliterator_open(const char *identifier, int32_t *status);

/// Closes a transliterator.
void bitext_icu_transliterator_close(bitext_icu_transliterator *transliterator);

/// Transliterates UTF-16 `text` in `buffer` in place. `*length` is the text's length on entry
/// and the result's on return; `capacity` is the buffer's size in UTF-16 units. Returns 0 on
/// success, or a positive ICU error code (U_BUFFER_OVERFLOW_ERROR = 15 asks for a bigger buffer,
/// whose size is then in `*length`).
int32_t bitext_icu_transliterate(bitext_icu_transliterator *transliterator, uint16_t *buffer,
                                 int32_t *length, int32_t capacity);

/// An opaque number parser for spelled-out numbers.
typedef struct bitext_icu_spellout bitext_icu_spellout;

/// Opens a spell-out parser for `locale` (e.g. "zh").
bitext_icu_spellout *bitext_icu_spellout_open(const char *locale, int32_t *status);

/// Closes a spell-out parser.
void bitext_icu_spellout_close(bitext_icu_spellout *spellout);

/// Parses the whole of UTF-16 `text` as a spelled-out number. Returns 1 and sets `*value` when
/// all of it parsed, 0 otherwise.
int32_t bitext_icu_spellout_parse(bitext_icu_spellout *spellout, const uint16_t *text,
                                  int32_t length, double *value);

#ifdef __cplusplus
}
#endif

#endif
