/* text.c — normalization (utf8proc) with a map back to the original, word
 * tokens and the language of a text.
 *
 * The normal form is NFKC + full case fold + default ignorables removed
 * (utf8proc_map with COMPOSE|COMPAT|CASEFOLD|IGNORE|STABLE), then ё → е.
 * It is computed per *run*: a starter code point (combining class 0) with
 * the non-starters that follow it. Composition never crosses a starter in
 * the scripts loyal reads (Hangul jamo aside), so the runs normalize
 * independently and each output byte maps to the run it came from. Runs of
 * one ASCII or basic Cyrillic code point take a table fast path with the same
 * result as utf8proc.
 */
#include "text.h"

#include "error.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define TEXT_DEFAULT_MAX (1u << 20)

static const utf8proc_option_t NORM_OPTIONS =
    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE;

const char *loyal_lang_name(loyal_lang lang) {
    switch (lang) {
    case LOYAL_LANG_RU:
        return "ru";
    case LOYAL_LANG_EN:
        return "en";
    case LOYAL_LANG_MIXED:
        return "mixed";
    default:
        return "unknown";
    }
}

void loyal_text_init(loyal_text *t) {
    memset(t, 0, sizeof *t);
}

void loyal_text_clear(loyal_text *t) {
    if (!t)
        return;
    free(t->norm);
    free(t->ostart);
    free(t->oend);
    free(t->tokens);
    free(t->scratch);
    memset(t, 0, sizeof *t);
}

/* Makes room for `extra` more normalized bytes (and a NUL). */
static loyal_status reserve(loyal_text *t, size_t extra) {
    size_t max = t->max_bytes ? t->max_bytes : TEXT_DEFAULT_MAX;
    if (extra > max || t->norm_len > max - extra)
        return LOYAL_ERR_LIMIT;
    size_t need = t->norm_len + extra + 1;
    if (need <= t->norm_cap)
        return LOYAL_OK;
    size_t cap = t->norm_cap ? t->norm_cap : 256;
    while (cap < need)
        cap *= 2;
    char *n = realloc(t->norm, cap);
    if (!n)
        return LOYAL_ERR_NOMEM;
    t->norm = n;
    uint32_t *s = realloc(t->ostart, cap * sizeof *s);
    if (!s)
        return LOYAL_ERR_NOMEM;
    t->ostart = s;
    uint32_t *e = realloc(t->oend, cap * sizeof *e);
    if (!e)
        return LOYAL_ERR_NOMEM;
    t->oend = e;
    t->norm_cap = cap;
    return LOYAL_OK;
}

static inline void emit(loyal_text *t, const unsigned char *bytes, size_t n, uint32_t cs,
                        uint32_t ce) {
    for (size_t i = 0; i < n; i++) {
        t->norm[t->norm_len] = (char)bytes[i];
        t->ostart[t->norm_len] = cs;
        t->oend[t->norm_len] = ce;
        t->norm_len++;
    }
}

/* The fast path: the normal form of one ASCII or basic Cyrillic code point
 * that is a run on its own. Returns the number of bytes written to out, or
 * 0 when the code point needs utf8proc. */
static size_t fast_map(int32_t cp, unsigned char out[2]) {
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z')
            cp += 32;
        out[0] = (unsigned char)cp;
        return 1;
    }
    int32_t lc;
    if (cp >= 0x0410 && cp <= 0x042F)
        lc = cp + 0x20; /* А–Я → а–я */
    else if (cp >= 0x0430 && cp <= 0x044F)
        lc = cp;
    else if (cp == 0x0401 || cp == 0x0451)
        lc = 0x0435; /* Ё, ё → е */
    else
        return 0;
    out[0] = (unsigned char)(0xC0 | lc >> 6);
    out[1] = (unsigned char)(0x80 | (lc & 0x3F));
    return 2;
}

static bool is_starter(int32_t cp) {
    if (cp < 0x300)
        return true;
    return utf8proc_get_property(cp)->combining_class == 0;
}

/* Decodes one code point at s[i..len). Returns its length, or -1 when the
 * bytes are not valid UTF-8. */
static inline utf8proc_ssize_t decode(const unsigned char *s, size_t len, size_t i,
                                      int32_t *cp) {
    if (s[i] < 0x80) {
        *cp = s[i];
        return 1;
    }
    return utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), cp);
}

/* Normalizes one run of code points (bytes s[a..b), code points [cs, ce) of
 * the original) with utf8proc into t. */
static loyal_status slow_run(loyal_text *t, const unsigned char *s, size_t a, size_t b,
                             uint32_t cs, uint32_t ce) {
    utf8proc_ssize_t need;
    for (;;) {
        need = utf8proc_decompose(s + a, (utf8proc_ssize_t)(b - a), t->scratch,
                                  (utf8proc_ssize_t)t->scratch_cap, NORM_OPTIONS);
        if (need < 0)
            return LOYAL_ERR_ENCODING;
        /* utf8proc_reencode writes UTF-8 into the same buffer: up to 4
         * bytes per code point fit in the int32 slots. */
        if ((size_t)need <= t->scratch_cap)
            break;
        size_t cap = (size_t)need * 2 + 16;
        int32_t *p = realloc(t->scratch, cap * sizeof *p);
        if (!p)
            return LOYAL_ERR_NOMEM;
        t->scratch = p;
        t->scratch_cap = cap;
    }
    if (need == 0)
        return LOYAL_OK; /* an ignorable run: nothing to emit */
    utf8proc_ssize_t n = utf8proc_reencode(t->scratch, need, NORM_OPTIONS);
    if (n < 0)
        return LOYAL_ERR_ENCODING;
    loyal_status st = reserve(t, (size_t)n);
    if (st)
        return st;
    unsigned char *u = (unsigned char *)t->scratch;
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        /* ё (D1 91) → е (D0 B5): same length, so offsets stay put. */
        if (u[i] == 0xD1 && i + 1 < n && u[i + 1] == 0x91) {
            static const unsigned char ye[2] = {0xD0, 0xB5};
            emit(t, ye, 2, cs, ce);
            i++;
            continue;
        }
        emit(t, u + i, 1, cs, ce);
    }
    return LOYAL_OK;
}

static loyal_script script_of(int32_t cp) {
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
            return LOYAL_SCRIPT_LATIN;
        if (cp >= '0' && cp <= '9')
            return LOYAL_SCRIPT_DIGIT;
        return LOYAL_SCRIPT_OTHER;
    }
    if (cp >= 0x0400 && cp <= 0x052F)
        return LOYAL_SCRIPT_CYRILLIC;
    if ((cp >= 0x00C0 && cp <= 0x024F) || (cp >= 0x1E00 && cp <= 0x1EFF))
        return cp == 0xD7 || cp == 0xF7 ? LOYAL_SCRIPT_OTHER : LOYAL_SCRIPT_LATIN;
    return LOYAL_SCRIPT_OTHER;
}

bool loyalp_is_word_char(int32_t cp) {
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (cp >= 0x0400 && cp <= 0x04FF)
        return cp >= 0x0410 || (cp >= 0x0400 && cp <= 0x040F);
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ND) ||
           c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO;
}

/* Splits t->norm into word tokens and counts letters per script. */
static loyal_status tokenize(loyal_text *t) {
    const unsigned char *s = (const unsigned char *)t->norm;
    size_t len = t->norm_len, i = 0;
    t->n_tokens = 0;
    t->letters_cyr = t->letters_lat = 0;
    bool in_word = false;
    loyal_token cur = {0, 0, LOYAL_SCRIPT_OTHER};
    while (i < len) {
        int32_t cp;
        utf8proc_ssize_t n = decode(s, len, i, &cp);
        if (n < 0)
            return LOYAL_ERR_ENCODING;
        bool w = loyalp_is_word_char(cp);
        if (w) {
            loyal_script sc = script_of(cp);
            if (sc == LOYAL_SCRIPT_CYRILLIC)
                t->letters_cyr++;
            else if (sc == LOYAL_SCRIPT_LATIN)
                t->letters_lat++;
            if (!in_word) {
                cur.start = (uint32_t)i;
                cur.script = sc;
                in_word = true;
            } else if (cur.script == LOYAL_SCRIPT_DIGIT || cur.script == LOYAL_SCRIPT_OTHER) {
                if (sc == LOYAL_SCRIPT_LATIN || sc == LOYAL_SCRIPT_CYRILLIC)
                    cur.script = sc;
            }
        }
        if (!w && in_word) {
            cur.end = (uint32_t)i;
            loyal_status st = loyalp_text_push_token(t, cur);
            if (st)
                return st;
            in_word = false;
        }
        i += (size_t)n;
    }
    if (in_word) {
        cur.end = (uint32_t)len;
        return loyalp_text_push_token(t, cur);
    }
    return LOYAL_OK;
}

loyal_status loyalp_text_push_token(loyal_text *t, loyal_token tok) {
    if (t->n_tokens == t->tokens_cap) {
        size_t cap = t->tokens_cap ? t->tokens_cap * 2 : 64;
        loyal_token *p = realloc(t->tokens, cap * sizeof *p);
        if (!p)
            return LOYAL_ERR_NOMEM;
        t->tokens = p;
        t->tokens_cap = cap;
    }
    t->tokens[t->n_tokens++] = tok;
    return LOYAL_OK;
}

loyal_status loyal_text_normalize(loyal_text *t, const char *str, size_t len,
                                  loyal_error *err) {
    const unsigned char *s = (const unsigned char *)str;
    loyal_status st = LOYAL_OK;
    t->norm_len = 0;
    t->n_tokens = 0;
    st = reserve(t, len);
    if (st)
        goto out;
    size_t i = 0;
    uint32_t ci = 0; /* code-point index of s[i] */
    while (i < len) {
        int32_t cp;
        utf8proc_ssize_t n = decode(s, len, i, &cp);
        if (n < 0) {
            st = loyalp_error(err, LOYAL_ERR_ENCODING, NULL, 0, (long)ci + 1,
                              "invalid UTF-8 at character %lu", (unsigned long)ci + 1);
            goto out;
        }
        /* Find the end of this run: the next starter. */
        size_t j = i + (size_t)n;
        uint32_t cj = ci + 1;
        bool single = true;
        while (j < len) {
            int32_t next;
            utf8proc_ssize_t m = decode(s, len, j, &next);
            if (m < 0 || is_starter(next))
                break;
            j += (size_t)m;
            cj++;
            single = false;
        }
        unsigned char fb[2];
        size_t fn = single ? fast_map(cp, fb) : 0;
        if (fn) {
            st = reserve(t, fn);
            if (st)
                goto out;
            emit(t, fb, fn, ci, cj);
        } else {
            st = slow_run(t, s, i, j, ci, cj);
            if (st) {
                if (st == LOYAL_ERR_ENCODING)
                    loyalp_error(err, st, NULL, 0, (long)ci + 1, "invalid UTF-8 at character %lu",
                                 (unsigned long)ci + 1);
                goto out;
            }
        }
        i = j;
        ci = cj;
    }
    t->orig_chars = ci;
    t->norm[t->norm_len] = '\0';
    st = tokenize(t);
out:
    if (st == LOYAL_ERR_LIMIT)
        loyalp_error(err, st, NULL, 0, 0, "text longer than %zu bytes after normalization",
                     t->max_bytes ? t->max_bytes : (size_t)TEXT_DEFAULT_MAX);
    else if (st == LOYAL_ERR_NOMEM)
        loyalp_nomem(err);
    if (st) {
        t->norm_len = 0;
        t->n_tokens = 0;
        if (t->norm)
            t->norm[0] = '\0';
    }
    return st;
}

loyal_lang loyal_text_lang(const loyal_text *t) {
    size_t c = t->letters_cyr, l = t->letters_lat, all = c + l;
    if (all == 0)
        return LOYAL_LANG_UNKNOWN;
    if (c * 10 >= all * 8)
        return LOYAL_LANG_RU;
    if (l * 10 >= all * 8)
        return LOYAL_LANG_EN;
    return LOYAL_LANG_MIXED;
}

void loyal_text_span(const loyal_text *t, size_t bstart, size_t bend, uint32_t *cstart,
                     uint32_t *cend) {
    if (t->norm_len == 0) {
        *cstart = *cend = 0;
        return;
    }
    if (bstart >= t->norm_len)
        bstart = t->norm_len - 1;
    *cstart = t->ostart[bstart];
    *cend = bend > bstart ? t->oend[bend - 1] : *cstart;
}
