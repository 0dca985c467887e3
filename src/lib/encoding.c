/* encoding.c — UTF-8 checks and single-byte code pages (see encoding.h). */
#include "encoding.h"

#include "error.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>

/* Checks the sequence starting at s[0] (a byte >= 0x80) against Unicode's
 * table of well-formed UTF-8 (Table 3-7). Returns its length when valid.
 * Otherwise returns 0 and sets *bad to the length of the maximal subpart
 * (>= 1), and *cut when the sequence was only cut short by the end. */
static size_t check_seq(const unsigned char *s, size_t n, size_t *bad, bool *cut) {
    unsigned c = s[0];
    unsigned lo = 0x80, hi = 0xBF;
    size_t need;
    *cut = false;
    if (c < 0xC2) {
        *bad = 1;
        return 0;
    } else if (c < 0xE0) {
        need = 1;
    } else if (c < 0xF0) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c < 0xF5) {
        need = 3;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        *bad = 1;
        return 0;
    }
    for (size_t i = 1; i <= need; i++) {
        if (i >= n) {
            *bad = i;
            *cut = true;
            return 0;
        }
        unsigned b = s[i];
        if (b < lo || b > hi) {
            *bad = i;
            return 0;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return need + 1;
}

/* Skips ASCII eight bytes at a time: most survey text is mostly ASCII. */
static size_t skip_ascii(const unsigned char *s, size_t i, size_t len) {
    while (i + 8 <= len) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & UINT64_C(0x8080808080808080))
            break;
        i += 8;
    }
    while (i < len && s[i] < 0x80)
        i++;
    return i;
}

/* Skips ASCII and two-byte sequences (a lead C2..DF, one continuation
 * byte: Latin-1 and basic Cyrillic, most of a survey's text) eight bytes at
 * a time, without a branch per byte. Per byte of a word, from its top three
 * bits: a continuation byte 10xxxxxx, a lead 110xxxxx (not C0 or C1: one
 * of bits 1-4 set), or a lead of a longer sequence 111xxxxx. The word
 * passes when it has no longer lead, no C0/C1, and its continuation bytes
 * are exactly the bytes after its leads (the first one after a lead that
 * ended the word before). Returns where the bytes stop being such words:
 * a sequence boundary, at most 8 bytes before the first byte that is not
 * ASCII or two-byte valid, or less than 8 bytes before len. */
static size_t skip_words(const unsigned char *s, size_t i, size_t len) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t high = UINT64_C(0x8080808080808080);
    uint64_t carry = 0; /* 0x80: the word before ended with a lead */
    while (len - i >= 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t b7 = w & high;
        if (!(b7 | carry)) {
            i += 8;
            continue;
        }
        uint64_t b6 = (w << 1) & high, b5 = (w << 2) & high;
        uint64_t lead = b7 & b6 & ~b5, cont = b7 & ~b6, longer = b7 & b6 & b5;
        /* Bytes whose bits 1-4 are all 0 (each byte's sum stays below 0x100). */
        uint64_t c0c1 = ~((w & UINT64_C(0x1E1E1E1E1E1E1E1E)) + UINT64_C(0x7E7E7E7E7E7E7E7E)) & high;
        /* Memory order is little-endian: the next byte is 8 bits up. */
        if (longer | (lead & c0c1) | (cont ^ (lead << 8 | carry)))
            break;
        carry = lead >> 56;
        i += 8;
    }
    return carry ? i - 1 : i;
#else
    (void)s;
    (void)len;
    return i;
#endif
}

/* Every record's raw bytes are checked, so this is on the hot path: words
 * of ASCII and two-byte sequences by skip_words, the rest a sequence at a
 * time until past the word that stopped it. */
size_t loyalp_utf8_check(const char *str, size_t len) {
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        i = skip_words(s, i, len);
        size_t stop = len - i > 8 ? i + 8 : len;
        while (i < stop) {
            unsigned c = s[i];
            if (c < 0x80) {
                i++;
            } else if (c - 0xC2 <= 0xDF - 0xC2) {
                if (len - i < 2 || (s[i + 1] & 0xC0) != 0x80)
                    return i;
                i += 2;
            } else {
                size_t bad;
                bool cut;
                size_t n = check_seq(s + i, len - i, &bad, &cut);
                if (!n)
                    return i;
                i += n;
            }
        }
    }
    return len;
}

bool loyalp_utf8_sniff(const char *str, size_t len, bool cut_ok) {
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    for (;;) {
        i = skip_ascii(s, i, len);
        if (i >= len)
            return true;
        size_t bad;
        bool cut;
        size_t n = check_seq(s + i, len - i, &bad, &cut);
        if (!n)
            return cut && cut_ok;
        i += n;
    }
}

loyal_status loyalp_utf8_sanitize(loyalp_buf *out, const char *str, size_t len) {
    static const char fffd[3] = {(char)0xEF, (char)0xBF, (char)0xBD};
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    loyal_status st = loyalp_buf_reserve(out, len);
    while (!st && i < len) {
        size_t start = i, bad = 0;
        for (;;) {
            i = skip_ascii(s, i, len);
            if (i >= len)
                break;
            bool cut;
            size_t n = check_seq(s + i, len - i, &bad, &cut);
            if (!n)
                break;
            i += n;
        }
        st = loyalp_buf_append(out, str + start, i - start);
        if (!st && i < len) {
            st = loyalp_buf_append(out, fffd, sizeof fffd);
            i += bad;
        }
    }
    if (!st && !out->data)
        st = loyalp_buf_append(out, "", 0);
    return st;
}

loyal_status loyalp_codepage_init(loyalp_codepage *cp, loyal_encoding enc, loyal_error *err) {
    const char *name = enc == LOYAL_ENCODING_KOI8R ? "KOI8-R" : "CP1251";
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1)
        return loyalp_error(err, LOYAL_ERR_ENCODING, NULL, 0, 0, "iconv cannot convert from %s: %s",
                            name, strerror(errno));
    for (unsigned b = 0; b < 256; b++) {
        memset(cp->utf8[b], 0, sizeof cp->utf8[b]);
        if (b < 0x80) {
            cp->len[b] = 1;
            cp->utf8[b][0] = (unsigned char)b;
            continue;
        }
        char in = (char)b, outb[8];
        char *ip = &in, *op = outb;
        size_t il = 1, ol = sizeof outb;
        iconv(cd, NULL, NULL, NULL, NULL);
        size_t r = iconv(cd, &ip, &il, &op, &ol);
        size_t n = sizeof outb - ol;
        if (r == (size_t)-1 || il != 0 || n == 0 || n > 3) {
            cp->len[b] = 1;
            cp->utf8[b][0] = 0xFF;
        } else {
            cp->len[b] = (unsigned char)n;
            memcpy(cp->utf8[b], outb, n);
        }
    }
    iconv_close(cd);
    return LOYAL_OK;
}

size_t loyalp_codepage_decode(const loyalp_codepage *cp, const unsigned char *in, size_t n,
                              char *out) {
    char *o = out;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = in[i];
        if (c < 0x80) {
            *o++ = (char)c;
        } else {
            memcpy(o, cp->utf8[c], 3);
            o += cp->len[c];
        }
    }
    return (size_t)(o - out);
}
