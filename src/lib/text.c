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

#include "buf.h"
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
    free(t->norm2);
    free(t->ostart2);
    free(t->oend2);
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

/* The fast path: from s[*i], every ASCII or basic Cyrillic letter that is
 * a run on its own (no combining mark follows: the next byte starts ASCII,
 * U+0080–U+02FF or U+0400–U+047F), mapped as fast_map does, straight into
 * t (which has room: one byte out per byte in). Stops at the first code
 * point that needs more; returns whether it took any. */
static inline bool fast_span(loyal_text *t, const unsigned char *s, size_t len, size_t *pi,
                             uint32_t *pci) {
    char *restrict out = t->norm;
    uint32_t *restrict os = t->ostart, *restrict oe = t->oend;
    size_t i = *pi, o = t->norm_len, last = 0;
    uint32_t ci = *pci;
    while (i < len) {
        unsigned char c = s[i], f0, f1 = 0;
        size_t q;
        if (c < 0x80) {
            q = 1;
            f0 = (unsigned)c - 'A' <= 25u ? (unsigned char)(c + 32) : c;
        } else if (((c & 0xFE) == 0xD0) & (i + 1 < len) && (s[i + 1] & 0xC0) == 0x80) {
            int32_t cp = (int32_t)(c & 0x1F) << 6 | (s[i + 1] & 0x3F);
            int32_t lc = cp >= 0x410 && cp <= 0x42F ? cp + 0x20 : cp; /* А–Я → а–я */
            lc = cp == 0x401 || cp == 0x451 ? 0x435 : lc;              /* Ё, ё → е */
            if (lc < 0x430 || lc > 0x44F)
                break;
            q = 2;
            f0 = (unsigned char)(0xC0 | lc >> 6);
            f1 = (unsigned char)(0x80 | (lc & 0x3F));
        } else {
            break;
        }
        out[o] = (char)f0;
        os[o] = ci;
        oe[o] = ci + 1;
        out[o + 1] = (char)f1; /* for q == 1, overwritten next (room: the NUL's byte) */
        os[o + 1] = ci;
        oe[o + 1] = ci + 1;
        o += q;
        i += q;
        ci++;
        last = q;
    }
    /* The last one is a run on its own only if no combining mark follows:
     * the byte after it starts ASCII, U+0080–U+02FF or U+0400–U+047F. */
    unsigned char nx = i < len ? s[i] : 0;
    if (last && !((nx < 0xCC) | ((nx & 0xFE) == 0xD0))) {
        o -= last;
        i -= last;
        ci--;
    }
    bool took = i != *pi;
    t->norm_len = o;
    *pi = i;
    *pci = ci;
    return took;
}

static bool is_starter(int32_t cp) {
    if (cp < 0x300)
        return true;
    return utf8proc_get_property(cp)->combining_class == 0;
}

/* Decodes one code point at s[i..len). Returns its length, or -1 when the
 * bytes are not valid UTF-8. ASCII and two-byte sequences (Latin, Greek,
 * Cyrillic) are decoded here, the rest by utf8proc. */
static inline utf8proc_ssize_t decode(const unsigned char *s, size_t len, size_t i,
                                      int32_t *cp) {
    unsigned char c = s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
        *cp = (int32_t)(c & 0x1F) << 6 | (s[i + 1] & 0x3F);
        return 2;
    }
    return utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), cp);
}

/* Normalizes one run of code points (bytes s[a..b), code points [cs, ce) of
 * the original) with utf8proc into t. */
static loyal_status slow_run(loyal_text *t, const unsigned char *s, size_t a, size_t b,
                             uint32_t cs, uint32_t ce, int32_t starter) {
    utf8proc_ssize_t need;
    /* Accents go from Latin letters (café → cafe), never from Cyrillic ones
     * (й keeps its breve). */
    bool latin = (starter >= 'A' && starter <= 'Z') || (starter >= 'a' && starter <= 'z') ||
                 (starter >= 0xC0 && starter <= 0x24F && starter != 0xD7 && starter != 0xF7) ||
                 (starter >= 0x1E00 && starter <= 0x1EFF);
    utf8proc_option_t opts = NORM_OPTIONS | (latin ? UTF8PROC_STRIPMARK : 0);
    for (;;) {
        need = utf8proc_decompose(s + a, (utf8proc_ssize_t)(b - a), t->scratch,
                                  (utf8proc_ssize_t)t->scratch_cap, opts);
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
    utf8proc_ssize_t n = utf8proc_reencode(t->scratch, need, opts);
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
    if (utf8proc_category(cp) == UTF8PROC_CATEGORY_ND)
        return LOYAL_SCRIPT_DIGIT;
    return LOYAL_SCRIPT_OTHER;
}

bool loyalp_is_word_char(int32_t cp) {
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (cp >= 0x0400 && cp <= 0x04FF)
        return cp <= 0x0481 || cp >= 0x048A;
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ND) ||
           c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO;
}

static bool is_letter(int32_t cp) {
    loyal_script s = script_of(cp);
    if (s == LOYAL_SCRIPT_LATIN || s == LOYAL_SCRIPT_CYRILLIC)
        return true;
    if (cp < 0x80 || s == LOYAL_SCRIPT_DIGIT)
        return false;
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

static bool is_space_cp(int32_t cp) {
    if (cp < 0x80)
        return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
    if (cp < 0x1680) /* the first space separator past ASCII and U+00A0 */
        return cp == 0xA0;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

static bool is_emoji(int32_t cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
           (cp >= 0x2300 && cp <= 0x23FF) || (cp >= 0x2B00 && cp <= 0x2BFF);
}

static bool is_emoji_modifier(int32_t cp) {
    return (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x20E3;
}

/* A hyphen or apostrophe that joins two parts of one word. */
static bool is_joiner(int32_t cp) {
    return cp == '-' || cp == '\'' || cp == 0x2019 || cp == 0x2010 || cp == 0x2011;
}

static bool is_number_sep(int32_t cp) {
    return cp == '.' || cp == ',' || cp == ':' || cp == '/' || cp == '-';
}

/* Trailing punctuation that is not part of a URL or an e-mail address. */
static bool is_trailing_punct(unsigned char c) {
    return c && strchr(".,;:!?)]}\"'>", c) != NULL;
}

const char *loyal_token_kind_name(loyal_token_kind kind) {
    switch (kind) {
    case LOYAL_TOKEN_NUMBER:
        return "number";
    case LOYAL_TOKEN_URL:
        return "url";
    case LOYAL_TOKEN_EMAIL:
        return "email";
    case LOYAL_TOKEN_EMOJI:
        return "emoji";
    default:
        return "word";
    }
}

static bool email_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-' || c == '+' || c == '%' || c >= 0x80;
}

/* Is s[a..b) a URL or an e-mail address? Trims trailing punctuation. */
static loyal_token_kind link_kind(const char *s, size_t a, size_t *b) {
    size_t e = *b;
    while (e > a && is_trailing_punct((unsigned char)s[e - 1]))
        e--;
    size_t n = e - a;
    if ((n > 7 && !strncmp(s + a, "http://", 7)) || (n > 8 && !strncmp(s + a, "https://", 8)) ||
        (n > 4 && !strncmp(s + a, "www.", 4))) {
        *b = e;
        return LOYAL_TOKEN_URL;
    }
    const char *at = memchr(s + a, '@', n);
    if (!at || at == s + a)
        return LOYAL_TOKEN_WORD;
    size_t i = a;
    for (; s + i < at; i++)
        if (!email_char((unsigned char)s[i]))
            return LOYAL_TOKEN_WORD;
    size_t dot = 0;
    for (i++; i < e; i++) {
        if (!email_char((unsigned char)s[i]) || s[i] == '+' || s[i] == '%')
            return LOYAL_TOKEN_WORD;
        if (s[i] == '.')
            dot = i;
    }
    if (!dot || dot + 2 >= e || (size_t)(at - s) + 1 >= dot)
        return LOYAL_TOKEN_WORD;
    *b = e;
    return LOYAL_TOKEN_EMAIL;
}

/* Tokens of one whitespace-free chunk s[a..b). */
static loyal_status tokenize_chunk(loyal_text *t, size_t a, size_t b) {
    const unsigned char *s = (const unsigned char *)t->norm;
    size_t lb = b;
    loyal_token_kind lk = link_kind(t->norm, a, &lb);
    if (lk != LOYAL_TOKEN_WORD) {
        loyal_token tok = {(uint32_t)a, (uint32_t)lb, (uint32_t)a, LOYAL_SCRIPT_OTHER, lk};
        return loyalp_text_push_token(t, tok);
    }
    size_t i = a;
    while (i < b) {
        int32_t cp;
        utf8proc_ssize_t n = decode(s, b, i, &cp);
        if (n < 0)
            return LOYAL_ERR_ENCODING;
        if (is_emoji(cp)) {
            size_t j = i + (size_t)n;
            int32_t next;
            utf8proc_ssize_t m;
            while (j < b && (m = decode(s, b, j, &next)) > 0 && is_emoji_modifier(next))
                j += (size_t)m;
            loyal_token tok = {(uint32_t)i, (uint32_t)j, (uint32_t)i, LOYAL_SCRIPT_OTHER,
                               LOYAL_TOKEN_EMOJI};
            loyal_status st = loyalp_text_push_token(t, tok);
            if (st)
                return st;
            i = j;
            continue;
        }
        if (!loyalp_is_word_char(cp)) {
            i += (size_t)n;
            continue;
        }
        /* A word or a number: word chars, joined across a hyphen or an
         * apostrophe between letters, or a separator between digits. */
        loyal_token tok = {(uint32_t)i, 0, (uint32_t)i, LOYAL_SCRIPT_OTHER, LOYAL_TOKEN_NUMBER};
        int32_t prev = 0;
        size_t j = i;
        while (j < b) {
            int32_t c;
            utf8proc_ssize_t m = decode(s, b, j, &c);
            if (m < 0)
                return LOYAL_ERR_ENCODING;
            if (loyalp_is_word_char(c)) {
                loyal_script sc = script_of(c);
                if (sc == LOYAL_SCRIPT_CYRILLIC)
                    t->letters_cyr++;
                else if (sc == LOYAL_SCRIPT_LATIN)
                    t->letters_lat++;
                if (sc != LOYAL_SCRIPT_DIGIT) {
                    tok.kind = LOYAL_TOKEN_WORD;
                    if (tok.script == LOYAL_SCRIPT_OTHER || tok.script == LOYAL_SCRIPT_DIGIT)
                        tok.script = sc;
                } else if (tok.script == LOYAL_SCRIPT_OTHER) {
                    tok.script = LOYAL_SCRIPT_DIGIT;
                }
                prev = c;
                j += (size_t)m;
                continue;
            }
            /* A joiner continues the token when a word char follows. */
            int32_t next = 0;
            utf8proc_ssize_t m2 = j + (size_t)m < b ? decode(s, b, j + (size_t)m, &next) : -1;
            bool digits = script_of(prev) == LOYAL_SCRIPT_DIGIT &&
                          m2 > 0 && script_of(next) == LOYAL_SCRIPT_DIGIT;
            bool letters = m2 > 0 && is_joiner(c) && is_letter(prev) && loyalp_is_word_char(next);
            if ((digits && is_number_sep(c)) || letters) {
                if (letters && c != '\'' && c != 0x2019)
                    tok.head = (uint32_t)(j + (size_t)m);
                j += (size_t)m;
                continue;
            }
            break;
        }
        tok.end = (uint32_t)j;
        loyal_status st = loyalp_text_push_token(t, tok);
        if (st)
            return st;
        i = j;
    }
    return LOYAL_OK;
}

static bool token_needs_repair(const loyal_text *t, const loyal_token *tok);

static inline bool is_ascii_space(unsigned char c) {
    return (c == ' ') | ((unsigned)c - 0x09u <= 4u); /* one branch for the caller */
}

/* Splits t->norm into tokens and counts letters per script; *repair tells
 * whether a word needs the repair pass (token_needs_repair).
 *
 * Most chunks (text between spaces) are plain: ASCII punctuation, then ASCII
 * letters and digits and basic Cyrillic letters (U+0400–U+047F), then ASCII
 * punctuation. Such a chunk is one token whatever tokenize_chunk's rules
 * say (no joiner or separator between word characters, no '@', no emoji),
 * (unless it starts like a link: "www.-" is one), so it is found in the
 * same pass that finds the chunk's end; every other chunk goes to
 * tokenize_chunk. */
static loyal_status tokenize(loyal_text *t, bool *repair) {
    const unsigned char *s = (const unsigned char *)t->norm;
    size_t len = t->norm_len, i = 0;
    t->n_tokens = 0;
    t->letters_cyr = t->letters_lat = 0;
    *repair = false;
    while (i < len) {
        if (is_ascii_space(s[i])) {
            i++;
            continue;
        }
        if (s[i] >= 0x80 && s[i] != 0xD0 && s[i] != 0xD1) {
            /* Spaces past ASCII that NFKC keeps (U+2028, U+2029, U+1680)
             * are between chunks too: a chunk ends at one (is_space_cp). */
            int32_t cp;
            utf8proc_ssize_t m = decode(s, len, i, &cp);
            if (m > 0 && is_space_cp(cp)) {
                i += (size_t)m;
                continue;
            }
        }
        /* Find the chunk's end; on the way, see whether it is plain. */
        enum { BEFORE, WORD, AFTER } at = BEFORE;
        bool plain = true;
        size_t j = i, w0 = i, w1 = i, cyr = 0, lat = 0;
        unsigned prev = 0, prev2 = 0; /* the last two word characters' bytes */
        bool triple = false;           /* three identical letters in a row */
        loyal_token tok = {0, 0, 0, LOYAL_SCRIPT_OTHER, LOYAL_TOKEN_NUMBER};
        while (j < len) {
            unsigned char c = s[j];
            loyal_script sc;
            size_t n = 1;
            if (at != AFTER) {
                /* A run of Cyrillic or of ASCII letters, the bulk of a word,
                 * in a loop of its own: the same bookkeeping as a letter
                 * takes below, without the tests for every other case. */
                size_t r = j;
                while (r + 1 < len && (s[r] & 0xFE) == 0xD0 && (s[r + 1] & 0xC0) == 0x80) {
                    unsigned cur = (unsigned)s[r] << 8 | s[r + 1];
                    triple |= (cur == prev) & (cur == prev2);
                    prev2 = prev;
                    prev = cur;
                    r += 2;
                }
                if (r > j) {
                    cyr += (r - j) / 2;
                    sc = LOYAL_SCRIPT_CYRILLIC;
                } else {
                    while (r < len && (unsigned)(s[r] | 0x20) - 'a' <= 25u) {
                        unsigned cur = s[r];
                        triple |= (cur == prev) & (cur == prev2);
                        prev2 = prev;
                        prev = cur;
                        r++;
                    }
                    lat += r - j;
                    sc = LOYAL_SCRIPT_LATIN;
                }
                if (r > j) {
                    if (at == BEFORE) {
                        at = WORD;
                        w0 = j;
                    }
                    tok.kind = LOYAL_TOKEN_WORD;
                    if (tok.script == LOYAL_SCRIPT_OTHER || tok.script == LOYAL_SCRIPT_DIGIT)
                        tok.script = sc;
                    j = w1 = r;
                    continue;
                }
            }
            if (c < 0x80) {
                if (is_ascii_space(c))
                    break;
                if (((unsigned)c - 'a' <= 25u) | ((unsigned)c - 'A' <= 25u))
                    sc = LOYAL_SCRIPT_LATIN;
                else if ((unsigned)c - '0' <= 9u)
                    sc = LOYAL_SCRIPT_DIGIT;
                else {
                    plain &= c != '@';
                    at = at == WORD ? AFTER : at;
                    j++;
                    continue;
                }
            } else if (((c & 0xFE) == 0xD0) & (j + 1 < len) && (s[j + 1] & 0xC0) == 0x80) {
                sc = LOYAL_SCRIPT_CYRILLIC;
                n = 2;
            } else {
                /* Anything else: not plain; the chunk ends at a space. */
                int32_t cp;
                utf8proc_ssize_t m = decode(s, len, j, &cp);
                if (m < 0)
                    return LOYAL_ERR_ENCODING;
                if (is_space_cp(cp))
                    break;
                plain = false;
                j += (size_t)m;
                continue;
            }
            /* A word character. */
            if (at == AFTER)
                plain = false;
            if (at == BEFORE) {
                at = WORD;
                w0 = j;
            }
            if (sc == LOYAL_SCRIPT_DIGIT) {
                if (tok.script == LOYAL_SCRIPT_OTHER)
                    tok.script = LOYAL_SCRIPT_DIGIT;
            } else {
                tok.kind = LOYAL_TOKEN_WORD;
                if (tok.script == LOYAL_SCRIPT_OTHER || tok.script == LOYAL_SCRIPT_DIGIT)
                    tok.script = sc;
                cyr += sc == LOYAL_SCRIPT_CYRILLIC;
                lat += sc == LOYAL_SCRIPT_LATIN;
            }
            unsigned cur = n == 2 ? (unsigned)c << 8 | s[j + 1] : c;
            triple |= (cur == prev) & (cur == prev2) & (sc != LOYAL_SCRIPT_DIGIT);
            prev2 = prev;
            prev = cur;
            j += n;
            w1 = j;
        }
        if (plain & ((s[i] == 'h') | (s[i] == 'w'))) {
            size_t e = j; /* "www.-", "http://(": a link without a word after */
            plain = link_kind(t->norm, i, &e) == LOYAL_TOKEN_WORD;
        }
        loyal_status st = LOYAL_OK;
        if (!plain) {
            size_t first = t->n_tokens;
            st = tokenize_chunk(t, i, j);
            for (size_t k = first; !st && !*repair && k < t->n_tokens; k++)
                *repair = token_needs_repair(t, &t->tokens[k]);
        } else if (at != BEFORE) {
            tok.start = tok.head = (uint32_t)w0;
            tok.end = (uint32_t)w1;
            t->letters_cyr += cyr;
            t->letters_lat += lat;
            *repair |= tok.kind == LOYAL_TOKEN_WORD && ((cyr && lat) || triple);
            if (t->n_tokens < t->tokens_cap)
                t->tokens[t->n_tokens++] = tok;
            else
                st = loyalp_text_push_token(t, tok);
        }
        if (st)
            return st;
        i = j;
    }
    return LOYAL_OK;
}

/* Look-alike letters, lowercase: Latin ↔ Cyrillic. */
static const struct {
    int32_t lat, cyr;
} LOOKALIKES[] = {
    {'a', 0x0430}, {'b', 0x0432}, {'c', 0x0441}, {'e', 0x0435}, {'h', 0x043D},
    {'k', 0x043A}, {'m', 0x043C}, {'o', 0x043E}, {'p', 0x0440}, {'t', 0x0442},
    {'x', 0x0445}, {'y', 0x0443},
};
#define N_LOOKALIKES (sizeof LOOKALIKES / sizeof LOOKALIKES[0])

static int32_t lookalike(int32_t cp, loyal_script to) {
    for (size_t i = 0; i < N_LOOKALIKES; i++) {
        if (to == LOYAL_SCRIPT_CYRILLIC && LOOKALIKES[i].lat == cp)
            return LOOKALIKES[i].cyr;
        if (to == LOYAL_SCRIPT_LATIN && LOOKALIKES[i].cyr == cp)
            return LOOKALIKES[i].lat;
    }
    return 0;
}

/* What the repair pass does to one part of a word (between hyphens): the
 * script its look-alike letters are moved to, or OTHER to leave it. */
static loyal_script part_target(const unsigned char *s, size_t a, size_t b) {
    size_t cyr = 0, lat = 0, cyr_only = 0, lat_only = 0;
    for (size_t i = a; i < b;) {
        int32_t cp;
        utf8proc_ssize_t n = decode(s, b, i, &cp);
        if (n < 0)
            return LOYAL_SCRIPT_OTHER;
        loyal_script sc = script_of(cp);
        if (sc == LOYAL_SCRIPT_CYRILLIC) {
            cyr++;
            cyr_only += lookalike(cp, LOYAL_SCRIPT_LATIN) == 0;
        } else if (sc == LOYAL_SCRIPT_LATIN) {
            lat++;
            lat_only += lookalike(cp, LOYAL_SCRIPT_CYRILLIC) == 0;
        }
        i += (size_t)n;
    }
    if (!cyr || !lat)
        return LOYAL_SCRIPT_OTHER;
    /* Every Latin letter has a Cyrillic twin and the word has real Cyrillic
     * (or more Cyrillic): it is a Cyrillic word typed with a few Latin keys. */
    if (lat_only == 0 && (cyr_only > 0 || cyr >= lat))
        return LOYAL_SCRIPT_CYRILLIC;
    if (cyr_only == 0)
        return LOYAL_SCRIPT_LATIN;
    return LOYAL_SCRIPT_OTHER;
}

/* Does this word need the repair pass (letters of both scripts, or a run
 * of three identical letters)? */
static bool token_needs_repair(const loyal_text *t, const loyal_token *tok) {
    const unsigned char *s = (const unsigned char *)t->norm;
    if (tok->kind != LOYAL_TOKEN_WORD)
        return false;
    bool cyr = false, lat = false;
    int32_t prev = -1, prev2 = -1;
    for (size_t i = tok->start; i < tok->end;) {
        int32_t cp;
        utf8proc_ssize_t n = decode(s, tok->end, i, &cp);
        if (n < 0)
            return false;
        loyal_script sc = script_of(cp);
        cyr |= sc == LOYAL_SCRIPT_CYRILLIC;
        lat |= sc == LOYAL_SCRIPT_LATIN;
        if (cp == prev && cp == prev2 && is_letter(cp))
            return true;
        prev2 = prev;
        prev = cp;
        i += (size_t)n;
    }
    return cyr && lat;
}

static loyal_status reserve2(loyal_text *t, size_t need) {
    if (need + 1 <= t->norm2_cap)
        return LOYAL_OK;
    size_t cap = t->norm2_cap ? t->norm2_cap : 256;
    while (cap < need + 1)
        cap *= 2;
    char *n = realloc(t->norm2, cap);
    if (!n)
        return LOYAL_ERR_NOMEM;
    t->norm2 = n;
    uint32_t *a = realloc(t->ostart2, cap * sizeof *a);
    if (!a)
        return LOYAL_ERR_NOMEM;
    t->ostart2 = a;
    uint32_t *e = realloc(t->oend2, cap * sizeof *e);
    if (!e)
        return LOYAL_ERR_NOMEM;
    t->oend2 = e;
    t->norm2_cap = cap;
    return LOYAL_OK;
}

/* Rewrites the words of norm: look-alike letters to their word's script,
 * runs of three or more identical letters to one. Every output character
 * keeps the original span of the characters it stands for. */
static loyal_status repair(loyal_text *t) {
    const unsigned char *s = (const unsigned char *)t->norm;
    /* A Latin letter becomes 2 bytes of Cyrillic at most: 2x is enough. */
    loyal_status st = reserve2(t, t->norm_len * 2);
    if (st)
        return st;
    size_t o = 0, i = 0, k = 0;
    while (i < t->norm_len) {
        const loyal_token *tok = k < t->n_tokens ? &t->tokens[k] : NULL;
        if (!tok || i < tok->start || tok->kind != LOYAL_TOKEN_WORD) {
            size_t stop = tok ? (i < tok->start ? tok->start : tok->end) : t->norm_len;
            for (; i < stop; i++, o++) {
                t->norm2[o] = t->norm[i];
                t->ostart2[o] = t->ostart[i];
                t->oend2[o] = t->oend[i];
            }
            if (tok && i >= tok->end)
                k++;
            continue;
        }
        /* One word, part by part (parts split at joiners). */
        while (i < tok->end) {
            size_t pe = i;
            while (pe < tok->end) {
                int32_t cp;
                utf8proc_ssize_t n = decode(s, tok->end, pe, &cp);
                if (n < 0)
                    return LOYAL_ERR_ENCODING;
                if (is_joiner(cp) && pe > i)
                    break;
                pe += (size_t)n;
            }
            loyal_script to = part_target(s, i, pe);
            size_t part = i, keep_end = 0; /* [part, keep_end): a whole-word run kept */
            while (i < pe) {
                int32_t cp;
                utf8proc_ssize_t n = decode(s, pe, i, &cp);
                uint32_t cs = t->ostart[i], ce = t->oend[i + (size_t)n - 1];
                size_t j = i + (size_t)n, run = 1;
                int32_t next;
                utf8proc_ssize_t m;
                while (j < pe && (m = decode(s, pe, j, &next)) > 0 && next == cp) {
                    j += (size_t)m;
                    run++;
                }
                /* squeeze: one letter for the run, unless the run is the
                 * whole word (ООО, the company form, stays as it is) */
                if (i == part && j == pe && run >= 3)
                    keep_end = j;
                if (run >= 3 && is_letter(cp) && i >= keep_end)
                    ce = t->oend[j - 1];
                else
                    j = i + (size_t)n;
                int32_t out = cp;
                if (to != LOYAL_SCRIPT_OTHER && script_of(cp) != to) {
                    int32_t twin = lookalike(cp, to);
                    if (twin)
                        out = twin;
                }
                unsigned char enc[4];
                utf8proc_ssize_t en = utf8proc_encode_char(out, enc);
                for (utf8proc_ssize_t q = 0; q < en; q++, o++) {
                    t->norm2[o] = (char)enc[q];
                    t->ostart2[o] = cs;
                    t->oend2[o] = ce;
                }
                i = j;
            }
            if (pe < tok->end) { /* copy the joiner */
                int32_t cp;
                utf8proc_ssize_t n = decode(s, tok->end, pe, &cp);
                for (utf8proc_ssize_t q = 0; q < n; q++, o++, i++) {
                    t->norm2[o] = t->norm[i];
                    t->ostart2[o] = t->ostart[i];
                    t->oend2[o] = t->oend[i];
                }
            }
        }
        k++;
    }
    /* Swap the buffers. */
    char *nb = t->norm;
    uint32_t *sb = t->ostart, *eb = t->oend;
    size_t cap = t->norm_cap;
    t->norm = t->norm2;
    t->ostart = t->ostart2;
    t->oend = t->oend2;
    t->norm_cap = t->norm2_cap;
    t->norm2 = nb;
    t->ostart2 = sb;
    t->oend2 = eb;
    t->norm2_cap = cap;
    t->norm_len = o;
    t->norm[o] = '\0';
    return LOYAL_OK;
}

loyal_status loyalp_text_push_token(loyal_text *t, loyal_token tok) {
    if (loyalp_grow((void **)&t->tokens, &t->tokens_cap, t->n_tokens, sizeof *t->tokens, 64))
        return LOYAL_ERR_NOMEM;
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
    /* Invariant: room for the rest of the input at one byte per byte, all
     * the fast path needs (slow runs reserve for themselves and restore it). */
    while (i < len) {
        if (fast_span(t, s, len, &i, &ci))
            continue;
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
            st = slow_run(t, s, i, j, ci, cj, cp);
            if (st) {
                if (st == LOYAL_ERR_ENCODING)
                    loyalp_error(err, st, NULL, 0, (long)ci + 1, "invalid UTF-8 at character %lu",
                                 (unsigned long)ci + 1);
                goto out;
            }
        }
        i = j;
        ci = cj;
        if ((st = reserve(t, len - i)))
            goto out;
    }
    t->orig_chars = ci;
    t->norm[t->norm_len] = '\0';
    bool need_repair;
    st = tokenize(t, &need_repair);
    if (!st && need_repair) {
        st = repair(t);
        if (!st)
            st = tokenize(t, &need_repair);
    }
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

/* Frequent function words, to settle texts whose letters are split. */
static const char *const STOP_RU[] = {"и", "в", "не", "на", "что", "с", "по", "а", "но",
                                      "как", "все", "это", "нас", "мы", "очень", "нет", "у",
                                      "за", "от", "же", "для", "так", "уже", "был", "была"};
static const char *const STOP_EN[] = {"the", "and", "is", "to", "of", "a", "in", "it", "not",
                                      "we", "our", "for", "with", "was", "are", "very", "but",
                                      "they", "you", "this", "that", "have", "no", "on"};

static bool in_list(const char *w, size_t n, const char *const *list, size_t count) {
    for (size_t i = 0; i < count; i++)
        if (strlen(list[i]) == n && !memcmp(list[i], w, n))
            return true;
    return false;
}

loyal_lang loyal_text_lang(const loyal_text *t) {
    size_t c = t->letters_cyr, l = t->letters_lat, all = c + l;
    if (all == 0)
        return LOYAL_LANG_UNKNOWN;
    if (c * 10 >= all * 8)
        return LOYAL_LANG_RU;
    if (l * 10 >= all * 8)
        return LOYAL_LANG_EN;
    /* Letters of both scripts: the function words say whose grammar it is. */
    size_t ru = 0, en = 0;
    for (size_t i = 0; i < t->n_tokens; i++) {
        const loyal_token *k = &t->tokens[i];
        if (k->kind != LOYAL_TOKEN_WORD)
            continue;
        const char *w = t->norm + k->start;
        size_t n = k->end - k->start;
        ru += in_list(w, n, STOP_RU, sizeof STOP_RU / sizeof *STOP_RU);
        en += in_list(w, n, STOP_EN, sizeof STOP_EN / sizeof *STOP_EN);
    }
    if (ru && !en)
        return LOYAL_LANG_RU;
    if (en && !ru)
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
