/* encoding.h — UTF-8 checks and single-byte code pages (private).
 *
 * The source module decodes cp1251 and KOI8-R to UTF-8 with a 256-entry
 * table that iconv fills once per source, so the per-byte work is a table
 * lookup instead of a call. A byte the code page leaves undefined (0x98 in
 * cp1251) becomes the byte 0xFF, which is never valid UTF-8: the record that
 * holds it is then flagged exactly like an invalid byte in a UTF-8 file. */
#ifndef LOYAL_ENCODING_H
#define LOYAL_ENCODING_H

#include "buf.h"
#include "loyal.h"

/* Offset of the first byte of s[0..len) that does not start a valid UTF-8
 * sequence (overlongs, surrogates and code points past U+10FFFF are
 * invalid); len when all of it is valid. */
size_t loyalp_utf8_check(const char *s, size_t len);

/* True when s[0..len) is valid UTF-8. */
static inline bool loyalp_utf8_valid(const char *s, size_t len) {
    return loyalp_utf8_check(s, len) == len;
}

/* True when a sample of a file is valid UTF-8. With `cut` (the sample is
 * not the whole file), a sequence cut short by the sample's end is fine. */
bool loyalp_utf8_sniff(const char *s, size_t len, bool cut);

/* Appends s[0..len) to out with every maximal invalid subpart (Unicode's
 * "best practice", as Python's errors="replace") written as U+FFFD. */
loyal_status loyalp_utf8_sanitize(loyalp_buf *out, const char *s, size_t len);

/* A single-byte code page as a table to UTF-8. */
typedef struct loyalp_codepage {
    unsigned char len[256];     /* UTF-8 bytes of each byte's character */
    unsigned char utf8[256][4]; /* its UTF-8 (0xFF for an undefined byte) */
} loyalp_codepage;

/* Fills cp for LOYAL_ENCODING_CP1251 or LOYAL_ENCODING_KOI8R by asking
 * iconv for each byte. LOYAL_ERR_ENCODING when iconv lacks the code page. */
loyal_status loyalp_codepage_init(loyalp_codepage *cp, loyal_encoding enc, loyal_error *err);

/* Decodes n bytes of `in` into `out`, which must hold 3 * n + 1 bytes.
 * Returns the number of bytes written. */
size_t loyalp_codepage_decode(const loyalp_codepage *cp, const unsigned char *in, size_t n,
                              char *out);

#endif
