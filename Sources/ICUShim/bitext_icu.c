#include "bitext_icu.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unum.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>

/* The handles are ICU's own objects behind the header's opaque types (never defined as structs). */

/* Whether an open failed; sets `status` to 0, or to ICU's error (U_INTERNAL_PROGRAM_ERROR when ICU gave
   no object and no error). ICU's close functions take NULL, so a failed open closes what it got. */
static int failed(UErrorCode error, const void *object, int32_t *status) {
    *status = U_SUCCESS(error) && object != NULL ? 0 : error > 0 ? error : U_INTERNAL_PROGRAM_ERROR;
    return *status != 0;
}

bitext_icu_breaker *bitext_icu_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIteratorType type = UBRK_SENTENCE;
    if (kind == BITEXT_ICU_BREAK_WORD) type = UBRK_WORD;
    if (kind == BITEXT_ICU_BREAK_CHARACTER) type = UBRK_CHARACTER;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
    if (failed(error, iterator, status)) ubrk_close(iterator), iterator = NULL;
    return (bitext_icu_breaker *)iterator;
}

void bitext_icu_breaker_close(bitext_icu_breaker *breaker) { ubrk_close((UBreakIterator *)breaker); }

int32_t bitext_icu_breaker_run(bitext_icu_breaker *breaker, const char *text, int64_t length,
                               int64_t *boundaries, int32_t *statuses, int32_t capacity,
                               int32_t *status) {
    UBreakIterator *iterator = (UBreakIterator *)breaker;
    UErrorCode error = U_ZERO_ERROR;
    UText *utext = utext_openUTF8(NULL, text, length, &error);
    if (U_FAILURE(error)) {
        *status = error;
        return -1;
    }
    ubrk_setUText(iterator, utext, &error);
    if (U_FAILURE(error)) {
        utext_close(utext);
        *status = error;
        return -1;
    }
    int32_t count = 0;
    for (int32_t position = ubrk_first(iterator); position != UBRK_DONE;
         position = ubrk_next(iterator)) {
        if (count < capacity) {
            boundaries[count] = position;
            if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(iterator);
        }
        count += 1;
    }
    // Detach the text before closing it, so the iterator holds no dangling pointer.
    ubrk_setText(iterator, NULL, 0, &error);
    utext_close(utext);
    *status = 0;
    return count;
}

int32_t bitext_icu_script(uint32_t codePoint) {
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript((UChar32)codePoint, &error);
    if (U_FAILURE(error)) return BITEXT_ICU_SCRIPT_OTHER;
    return (int32_t)code;
}

int32_t bitext_icu_east_asian_width(uint32_t codePoint) {
    return u_getIntPropertyValue((UChar32)codePoint, UCHAR_EAST_ASIAN_WIDTH);
}

int32_t bitext_icu_is_zero_width(uint32_t codePoint) {
    UChar32 c = (UChar32)codePoint;
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 1;
    if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return 1;
    return 0;
}

bitext_icu_transliterator *bitext_icu_transliterator_open(const char *identifier, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UChar id[256];
    int32_t idLength = 0;
    for (; identifier[idLength] != 0 && idLength < 255; idLength++) id[idLength] = (UChar)identifier[idLength];
    UTransliterator *transliterator = utrans_openU(id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &error);
    if (failed(error, transliterator, status)) utrans_close(transliterator), transliterator = NULL;
    return (bitext_icu_transliterator *)transliterator;
}

void bitext_icu_transliterator_close(bitext_icu_transliterator *transliterator) {
    utrans_close((UTransliterator *)transliterator);
}

int32_t bitext_icu_transliterate(bitext_icu_transliterator *transliterator, uint16_t *buffer,
                                 int32_t *length, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars((UTransliterator *)transliterator, (UChar *)buffer, length, capacity, 0, &limit,
                       &error);
    if (U_FAILURE(error)) return error;
    return 0;
}

bitext_icu_spellout *bitext_icu_spellout_open(const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &error);
    if (failed(error, format, status)) unum_close(format), format = NULL;
    else unum_setAttribute(format, UNUM_LENIENT_PARSE, 1);
    return (bitext_icu_spellout *)format;
}

void bitext_icu_spellout_close(bitext_icu_spellout *spellout) { unum_close((UNumberFormat *)spellout); }

int32_t bitext_icu_spellout_parse(bitext_icu_spellout *spellout, const uint16_t *text,
                                  int32_t length, double *value) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t position = 0;
    double result = unum_parseDouble((const UNumberFormat *)spellout, (const UChar *)text, length, &position, &error);
    if (U_FAILURE(error) || position != length) return 0;
    *value = result;
    return 1;
}
