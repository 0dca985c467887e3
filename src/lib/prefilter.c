/* prefilter.c — which rules can match a text: Hyperscan databases (one per
 * language) and a stem index, built per lexicon (see prefilter.h).
 *
 * Every pattern in the database must match whenever its rule can, and may
 * match more often (a superset): the tagger confirms every candidate with
 * the exact matcher, so a wide pattern costs a confirm, a narrow one would
 * lose a mention. What each rule contributes:
 *
 *   REGEX, EXCLUDE  a set of literals every match contains one of, from the
 *                   regex's skeleton (loyalp_check_create): "менеджер" for
 *                   "менеджер\w*\s+по\s+качеств\w*"; after a hit the
 *                   rest of the skeleton is checked in C (the check);
 *   TERM, and the   its anchor, a word every match needs a token for
 *   polarity cues   (term_anchor): a stem word goes into the stem index,
 *                   which each token's stem looks up — exact, whatever
 *                   Snowball does to a word; a `word*` prefix or `*word`
 *                   suffix is a literal in the database;
 *   otherwise       nothing: the rule is always a candidate (a regex the
 *                   rewrite or Hyperscan cannot take).
 *
 * Compiling takes a tenth of a second (100 rules) to about a second (1,600)
 * and needs memory, so the compiled databases are cached on disk
 * (hs_serialize_database), named by the lexicon's sha256 and checked
 * against a digest of the very patterns, flags and ids they were built
 * from, so a stale or foreign file is never used. PF_FORMAT names the way
 * patterns become databases: change it with that.
 *
 * Sections: patterns (skeletons and factors, pure string functions), then,
 * with Hyperscan, anchors and the stem index, the databases and their
 * cache, and the scan.
 */
#include "prefilter.h"

#include "error.h"
#include "lexicon.h"
#include "stem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ------------------------------------------------------------------------ */
/* Patterns: pure functions, built with or without Hyperscan                 */
/* ------------------------------------------------------------------------ */

/* Growable string for the rewriter. */
typedef struct sbuf {
    char *s;
    size_t n, cap;
    bool failed;
} sbuf;

static void sb_put(sbuf *b, const char *p, size_t n) {
    if (b->failed)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *s = realloc(b->s, cap);
        if (!s) {
            b->failed = true;
            return;
        }
        b->s = s;
        b->cap = cap;
    }
    memcpy(b->s + b->n, p, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void sb_str(sbuf *b, const char *s) {
    sb_put(b, s, strlen(s));
}

/* Bytes of the UTF-8 character starting with byte c (1 for stray bytes). */
static size_t u8len(unsigned char c) {
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/* Length of a counted repeat {n}, {n,}, {n,m} at p, or 0 when p is not one
 * (then PCRE2 reads '{' as a literal). */
static size_t counted_repeat(const char *p) {
    size_t i = 1;
    if (!is_digit(p[i]))
        return 0;
    while (is_digit(p[i]))
        i++;
    if (p[i] == ',') {
        i++;
        while (is_digit(p[i]))
            i++;
    }
    return p[i] == '}' ? i + 1 : 0;
}

/* The quantifier at p, if any: its length with a lazy or possessive mark
 * (0 when there is none), whether it allows zero repeats and whether it
 * allows more than one. */
static size_t quantifier(const char *p, bool *min0, bool *many) {
    size_t n = 0;
    *min0 = *many = false;
    if (*p == '*' || *p == '+' || *p == '?') {
        n = 1;
        *min0 = *p != '+';
        *many = *p != '?';
    } else if (*p == '{' && (n = counted_repeat(p))) {
        char *end;
        unsigned long lo = strtoul(p + 1, &end, 10);
        *min0 = lo == 0;
        *many = *end == ',' ? end[1] == '}' || strtoul(end + 1, NULL, 10) > 1 : lo > 1;
    }
    if (n && (p[n] == '+' || p[n] == '?'))
        n++;
    return n;
}

/* End of the group opened at p[0] == '(' (the index after its ')'), or 0
 * when unbalanced. Skips escapes and classes. */
static size_t group_end(const char *p) {
    int depth = 0;
    for (size_t i = 0; p[i]; i++) {
        if (p[i] == '\\' && p[i + 1]) {
            i++;
        } else if (p[i] == '[') {
            i++;
            if (p[i] == '^')
                i++;
            if (p[i] == ']')
                i++;
            while (p[i] && p[i] != ']') {
                if (p[i] == '\\' && p[i + 1])
                    i++;
                i++;
            }
            if (!p[i])
                return 0;
        } else if (p[i] == '(') {
            depth++;
        } else if (p[i] == ')') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return 0;
}

/* Length of the character class at p[0] == '[', 0 when unterminated. */
static size_t class_len(const char *p) {
    size_t i = 1;
    if (p[i] == '^')
        i++;
    if (p[i] == ']')
        i++;
    while (p[i] && p[i] != ']') {
        if (p[i] == '[' && p[i + 1] == ':') {
            const char *e = strstr(p + i + 2, ":]");
            if (!e)
                return 0;
            i = (size_t)(e - p) + 2;
        } else {
            i += p[i] == '\\' && p[i + 1] ? 1 + u8len((unsigned char)p[i + 1]) : 1;
        }
    }
    return p[i] ? i + 1 : 0;
}

/* Appends one byte as a literal: letters and digits as they are, the rest
 * as \xHH (never special, whatever follows). */
static void put_byte(sbuf *out, unsigned char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80) {
        char ch = (char)c;
        sb_put(out, &ch, 1);
    } else {
        char esc[8];
        snprintf(esc, sizeof esc, "\\x%02x", c);
        sb_str(out, esc);
    }
}

/* Appends code point cp as its UTF-8 bytes. */
static void put_code_point(sbuf *out, uint32_t cp) {
    if (cp < 0x80) {
        put_byte(out, (unsigned char)cp);
    } else if (cp < 0x800) {
        put_byte(out, (unsigned char)(0xC0 | cp >> 6));
        put_byte(out, (unsigned char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        put_byte(out, (unsigned char)(0xE0 | cp >> 12));
        put_byte(out, (unsigned char)(0x80 | (cp >> 6 & 0x3F)));
        put_byte(out, (unsigned char)(0x80 | (cp & 0x3F)));
    } else {
        put_byte(out, (unsigned char)(0xF0 | cp >> 18));
        put_byte(out, (unsigned char)(0x80 | (cp >> 12 & 0x3F)));
        put_byte(out, (unsigned char)(0x80 | (cp >> 6 & 0x3F)));
        put_byte(out, (unsigned char)(0x80 | (cp & 0x3F)));
    }
}

#define MAX_CLASS_MEMBERS 16

/* One member of a class: a code point (or a range of them). */
typedef struct member {
    uint32_t lo, hi;
} member;

/* Decodes the UTF-8 character at p (valid: a lexicon pattern). */
static uint32_t code_point(const char *p, size_t *len) {
    const unsigned char *u = (const unsigned char *)p;
    *len = u8len(u[0]);
    if (*len == 1)
        return u[0];
    uint32_t cp = u[0] & (0x3F >> (*len - 1));
    for (size_t i = 1; i < *len; i++)
        cp = cp << 6 | (u[i] & 0x3F);
    return cp;
}

/* A character class p[0, n) written exactly as an alternation of its
 * members' bytes ("(?:а|ы|у)", one member alone as itself), a range of
 * two-byte characters as a byte class of lead bytes then a continuation
 * byte. False — the caller makes it a gap — for a negated class, one with
 * \w \d \p or other class escapes, or with more than MAX_CLASS_MEMBERS. */
static bool put_class(sbuf *out, const char *p, size_t n) {
    member m[MAX_CLASS_MEMBERS];
    size_t count = 0, i = 1, end = n - 1, chars = 0;
    if (p[i] == '^')
        return false;
    while (i < end) {
        uint32_t cp;
        size_t len;
        if (p[i] == '\\') {
            char e = p[i + 1];
            if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) {
                const char *esc = strchr("tnrf", e);
                if (!esc)
                    return false; /* \w \s \d \p \x …: not exact as bytes */
                cp = (uint32_t)"\t\n\r\f"[esc - "tnrf"];
                len = 2;
            } else {
                cp = code_point(p + i + 1, &len);
                len++;
            }
        } else if (p[i] == '[' && p[i + 1] == ':') {
            return false;
        } else {
            cp = code_point(p + i, &len);
        }
        i += len;
        uint32_t hi = cp;
        if (p[i] == '-' && i + 1 < end) {
            size_t l2;
            if (p[i + 1] == '\\')
                return false;
            hi = code_point(p + i + 1, &l2);
            i += 1 + l2;
            if (hi < cp || (cp < 0x80) != (hi < 0x80) || (cp >= 0x80 && (cp >= 0x800 || hi >= 0x800)))
                return false; /* mixed or wide ranges */
        }
        if (count == MAX_CLASS_MEMBERS)
            return false;
        m[count].lo = cp;
        m[count].hi = hi;
        count++;
        chars += cp < 0x80 ? hi - cp + 1 : 1;
    }
    if (count == 0 || chars > MAX_CLASS_MEMBERS)
        return false;
    bool group = count > 1 || m[0].lo != m[0].hi;
    if (group)
        sb_str(out, "(?:");
    for (size_t k = 0; k < count; k++) {
        if (m[k].lo >= 0x80 && m[k].lo != m[k].hi) {
            /* Two-byte characters lo..hi: their lead bytes, any continuation. */
            char cls[48];
            snprintf(cls, sizeof cls, "%s[\\x%02x-\\x%02x][\\x80-\\xbf]", k ? "|" : "",
                     0xC0 | m[k].lo >> 6, 0xC0 | m[k].hi >> 6);
            sb_str(out, cls);
            continue;
        }
        for (uint32_t cp = m[k].lo; cp <= m[k].hi; cp++) {
            if (k || cp != m[k].lo)
                sb_str(out, "|");
            put_code_point(out, cp);
        }
    }
    if (group)
        sb_str(out, ")");
    return true;
}

/* ".*", unless the output already ends with one. */
static void put_gap(sbuf *out) {
    if (!(out->n >= 2 && out->s[out->n - 2] == '.' && out->s[out->n - 1] == '*'))
        sb_str(out, ".*");
}

/* Strips a ".*" at either end of each top-level alternative (a substring
 * match needs neither). False when an alternative is left empty: the
 * pattern could then match anywhere. */
static bool trim_gaps(sbuf *out) {
    char *s = out->s, *w = s;
    size_t n = out->n, start = 0;
    int depth = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] == '\\') {
            i += 3; /* \xHH */
            continue;
        }
        if (i < n && s[i] == '(')
            depth++;
        else if (i < n && s[i] == ')')
            depth--;
        if (i < n && (s[i] != '|' || depth != 0))
            continue;
        size_t b = start, e = i;
        if (e - b >= 2 && s[b] == '.' && s[b + 1] == '*')
            b += 2;
        if (e - b >= 2 && s[e - 2] == '.' && s[e - 1] == '*')
            e -= 2;
        if (e == b)
            return false;
        if (w != s)
            *w++ = '|';
        memmove(w, s + b, e - b);
        w += e - b;
        start = i + 1;
    }
    *w = '\0';
    out->n = (size_t)(w - s);
    return true;
}

/* Kinds of one atom of the pattern. */
typedef enum atom_kind {
    ATOM_NONE,    /* zero-width (an assertion, a lookaround): dropped */
    ATOM_LITERAL, /* one character, already written to the output */
    ATOM_ANY      /* a class, ., \w…: any text in the skeleton */
} atom_kind;

#define MAX_DEPTH 64

/* The skeleton of a pattern (see loyalp_regex_widen), or NULL. */
static char *skeleton(const char *p) {
    sbuf out = {NULL, 0, 0, false};
    size_t open[MAX_DEPTH]; /* output length where each open group starts */
    int depth = 0;
    size_t i = 0;
    while (p[i] && !out.failed) {
        char c = p[i];
        atom_kind k = ATOM_LITERAL;
        size_t mark = out.n; /* where this atom's output starts */
        if (c == '\\') {
            char e = p[i + 1];
            if (!e)
                goto fail;
            if (strchr("wsdhvSWDHVN", e)) {
                k = ATOM_ANY, i += 2;
            } else if (e == 'p' || e == 'P') {
                i += 2;
                if (p[i] == '{') {
                    const char *r = strchr(p + i, '}');
                    if (!r)
                        goto fail;
                    i = (size_t)(r - p) + 1;
                } else if (p[i]) {
                    i++;
                }
                k = ATOM_ANY;
            } else if (strchr("bBAzZGKE", e)) {
                k = ATOM_NONE, i += 2; /* assertions, \K, a stray \E */
            } else if (e == 'x') {
                /* \xHH or \x{H…}: a code point, written as its UTF-8 bytes. */
                char *end;
                unsigned long cp;
                if (p[i + 2] == '{') {
                    cp = strtoul(p + i + 3, &end, 16);
                    if (*end != '}' || cp > 0x10FFFF)
                        goto fail;
                    i = (size_t)(end - p) + 1;
                } else {
                    char hex[3] = {0, 0, 0};
                    size_t n = 0;
                    while (n < 2 && p[i + 2 + n] && strchr("0123456789abcdefABCDEF", p[i + 2 + n]))
                        hex[n] = p[i + 2 + n], n++;
                    cp = strtoul(hex, NULL, 16);
                    i += 2 + n;
                }
                put_code_point(&out, (uint32_t)cp);
            } else if (strchr("tnrfea", e)) {
                static const char from[] = "tnrfea", to[] = "\t\n\r\f\x1b\a";
                put_byte(&out, (unsigned char)to[strchr(from, e) - from]);
                i += 2;
            } else if ((unsigned char)e >= 0x80) {
                size_t n = u8len((unsigned char)e);
                for (size_t b = 0; b < n; b++)
                    put_byte(&out, (unsigned char)p[i + 1 + b]);
                i += 1 + n;
            } else if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || is_digit(e)) {
                goto fail; /* back references, \R \X \Q \g \k \o \c …: not rewritten */
            } else {
                put_byte(&out, (unsigned char)e), i += 2; /* an escaped punctuation mark */
            }
        } else if (c == '[') {
            size_t n = class_len(p + i);
            if (!n)
                goto fail;
            if (!put_class(&out, p + i, n))
                k = ATOM_ANY;
            i += n;
        } else if (c == '.') {
            k = ATOM_ANY, i++;
        } else if (c == '^' || c == '$') {
            k = ATOM_NONE, i++;
        } else if (c == '(' && p[i + 1] == '*') {
            goto fail; /* (*VERB) */
        } else if (c == '(') {
            const char *g = p + i + 1;
            size_t skip = 1;
            if (*g == '?') {
                g++;
                if (*g == '#') {
                    const char *r = strchr(g, ')');
                    if (!r)
                        goto fail;
                    i = (size_t)(r - p) + 1;
                    continue;
                }
                if (*g == '=' || *g == '!' || (*g == '<' && (g[1] == '=' || g[1] == '!'))) {
                    size_t n = group_end(p + i); /* a lookaround: zero-width, dropped */
                    if (!n)
                        goto fail;
                    i += n;
                    k = ATOM_NONE;
                    goto quantified;
                }
                if (*g == ':' || *g == '>' || *g == '|') {
                    skip = 3; /* plain, atomic, branch reset: all plain groups here */
                } else if (*g == '<' || *g == '\'' || (*g == 'P' && g[1] == '<')) {
                    const char *name = *g == 'P' ? g + 2 : g + 1;
                    const char *r = strchr(name, *g == '\'' ? '\'' : '>');
                    if (!r)
                        goto fail;
                    skip = (size_t)(r - (p + i)) + 1; /* a named group */
                } else {
                    goto fail; /* inline flags ((?i) would not fold Cyrillic), recursion, … */
                }
            }
            if (depth == MAX_DEPTH)
                goto fail;
            open[depth++] = out.n;
            sb_str(&out, "(?:");
            i += skip;
            continue;
        } else if (c == '|') {
            sb_str(&out, "|"), i++;
            continue;
        } else if (c == ')') {
            if (depth == 0)
                goto fail;
            sb_str(&out, ")"), i++;
            mark = open[--depth];
        } else if (c == '*' || c == '+' || c == '?' || (c == '{' && counted_repeat(p + i))) {
            goto fail; /* a quantifier with nothing to repeat */
        } else if ((unsigned char)c >= 0x80) {
            size_t n = u8len((unsigned char)c);
            for (size_t b = 0; b < n && p[i + b]; b++)
                put_byte(&out, (unsigned char)p[i + b]);
            i += n;
        } else {
            put_byte(&out, (unsigned char)c), i++;
        }
        if (k == ATOM_ANY)
            put_gap(&out);
    quantified:;
        /* A repeat that may be absent makes the atom (or group) a gap; one
         * that may repeat adds a gap after it; lazy or possessive, the same. */
        bool min0, many;
        size_t q = quantifier(p + i, &min0, &many);
        i += q;
        if (!q || k == ATOM_NONE || k == ATOM_ANY)
            continue;
        if (min0) {
            out.n = mark;
            if (out.s)
                out.s[out.n] = '\0';
            put_gap(&out);
        } else if (many) {
            put_gap(&out);
        }
    }
    if (depth != 0 || out.failed || !out.n || !trim_gaps(&out) || !out.n)
        goto fail;
    return out.s;
fail:
    free(out.s);
    return NULL;
}

/* ---- the best factor of a skeleton --------------------------------------- *
 * Every match of a skeleton A.*B contains a match of A and one of B, so
 * either alone is a superset too. A factor that is a literal (or a set of
 * literals) is what Hyperscan scans fastest, and a long one is rare, so
 * each rule contributes its factor with the longest shortest literal. A
 * skeleton is made of literal bytes (a letter, a UTF-8 byte or \xHH),
 * ".*", "(?:", "|" and ")". */

/* Index after the skeleton element at s[i]. */
static size_t skel_next(const char *s, size_t i) {
    if (s[i] == '\\')
        return i + 4; /* \xHH */
    if (s[i] == '[')
        return (size_t)(strchr(s + i, ']') - s) + 1; /* [\xHH-\xHH] */
    if (s[i] == '(')
        return i + 3; /* (?: */
    if (s[i] == '.')
        return i + 2; /* .* */
    return i + 1;
}

/* Index after the group whose "(?:" starts at s[i]. */
static size_t skel_group_end(const char *s, size_t i) {
    int depth = 0;
    for (;;) {
        if (s[i] == '(')
            depth++;
        else if (s[i] == ')' && --depth == 0)
            return i + 1;
        i = skel_next(s, i);
    }
}

/* The fewest characters any match of the gap-free alternation s[a, b)
 * spells. */
static size_t skel_min_chars(const char *s, size_t a, size_t b) {
    size_t best = (size_t)-1, cur = 0;
    for (size_t i = a; i <= b;) {
        if (i == b || s[i] == '|') {
            best = cur < best ? cur : best;
            cur = 0;
            i++;
            continue;
        }
        if (s[i] == '(') {
            size_t e = skel_group_end(s, i);
            cur += skel_min_chars(s, i + 3, e - 1);
            i = e;
            continue;
        }
        /* A character: a byte that is not a UTF-8 continuation, or a class
         * of lead bytes ("[\xd0-", a continuation class is "[\x80-"). */
        if (s[i] == '[' ? s[i + 3] != '8' : ((unsigned char)s[i] & 0xC0) != 0x80)
            cur++;
        i = skel_next(s, i);
    }
    return best;
}

static bool skel_has_gap(const char *s, size_t a, size_t b) {
    for (size_t i = a; i < b; i = skel_next(s, i))
        if (s[i] == '.')
            return true;
    return false;
}

typedef struct factor {
    size_t chars; /* the fewest characters a match of it spells */
    sbuf text;
} factor;

static factor best_alt(const char *s, size_t a, size_t b);

/* Keeps the two factors of a sequence with the most characters, in their
 * order in the sequence. */
typedef struct two_factors {
    factor f[2]; /* f[0] before f[1] in the sequence */
    size_t n;
} two_factors;

static void two_take(two_factors *t, factor *f) {
    if (t->n < 2) {
        t->f[t->n++] = *f;
        return;
    }
    /* Drop the weaker of the kept two, if weaker than f; order is kept. */
    size_t weak = t->f[0].chars < t->f[1].chars ? 0 : 1;
    if (f->chars <= t->f[weak].chars) {
        free(f->text.s);
        return;
    }
    free(t->f[weak].text.s);
    if (weak == 0)
        t->f[0] = t->f[1];
    t->f[1] = *f;
}

/* Below this many characters a second factor adds too little to pay for
 * Hyperscan's work on it. */
#define MIN_SECOND_FACTOR_CHARS 3

/* The best factor of the sequence s[a, b) (no top-level '|'): its two
 * longest gap-free runs (or best factors of its groups that have gaps) in
 * order, joined by a gap — "менеджер.*паролей" is much rarer than either —
 * or its longest alone. Its `chars` is the longer one's. */
static factor best_seq(const char *s, size_t a, size_t b) {
    two_factors two = {{{0, {NULL, 0, 0, false}}, {0, {NULL, 0, 0, false}}}, 0};
    size_t run = a;
    for (size_t i = a; i <= b;) {
        bool gap = i < b && s[i] == '.';
        bool split = i < b && s[i] == '(' && skel_has_gap(s, i, skel_group_end(s, i));
        if (i == b || gap || split) {
            if (i > run) {
                factor f = {skel_min_chars(s, run, i), {NULL, 0, 0, false}};
                sb_put(&f.text, s + run, i - run);
                two_take(&two, &f);
            }
            if (split) {
                size_t e = skel_group_end(s, i);
                factor f = best_alt(s, i + 3, e - 1);
                two_take(&two, &f);
                i = e;
            } else {
                i = i == b ? b + 1 : skel_next(s, i);
            }
            run = i;
            continue;
        }
        i = s[i] == '(' ? skel_group_end(s, i) : skel_next(s, i);
    }
    if (two.n == 0)
        return (factor){0, {NULL, 0, 0, false}};
    if (two.n == 1)
        return two.f[0];
    size_t strong = two.f[0].chars >= two.f[1].chars ? 0 : 1;
    if (two.f[1 - strong].chars < MIN_SECOND_FACTOR_CHARS) {
        free(two.f[1 - strong].text.s);
        return two.f[strong];
    }
    factor f = two.f[0];
    f.chars = two.f[strong].chars;
    sb_str(&f.text, ".*");
    if (two.f[1].text.s)
        sb_str(&f.text, two.f[1].text.s);
    f.text.failed |= two.f[1].text.failed;
    free(two.f[1].text.s);
    return f;
}

/* The best factor of the alternation s[a, b): one factor per alternative,
 * as a group when there are several. */
static factor best_alt(const char *s, size_t a, size_t b) {
    factor all = {(size_t)-1, {NULL, 0, 0, false}};
    size_t start = a, branches = 0;
    int depth = 0;
    for (size_t i = a; i <= b;) {
        if (i < b && (s[i] != '|' || depth)) {
            depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
            i = skel_next(s, i);
            continue;
        }
        factor f = best_seq(s, start, i);
        if (f.chars < all.chars)
            all.chars = f.chars;
        sb_str(&all.text, branches++ ? "|" : "(?:");
        if (f.text.s)
            sb_str(&all.text, f.text.s);
        if (f.text.failed)
            all.text.failed = true;
        free(f.text.s);
        start = ++i;
    }
    sb_str(&all.text, ")");
    if (branches == 1 && !all.text.failed) {
        /* One alternative: no group around it. */
        memmove(all.text.s, all.text.s + 3, all.text.n - 4);
        all.text.n -= 4;
        all.text.s[all.text.n] = '\0';
    }
    return all;
}

/* Below this many characters a factor is too common to beat the whole
 * skeleton, whose order of literals still filters. */
#define MIN_FACTOR_CHARS 3

char *loyalp_regex_widen(const char *p) {
    char *skel = skeleton(p);
    if (!skel)
        return NULL;
    factor f = best_alt(skel, 0, strlen(skel));
    if (f.text.failed || f.chars < MIN_FACTOR_CHARS || !f.text.n) {
        free(f.text.s);
        return skel;
    }
    free(skel);
    return f.text.s;
}

/* ---- the check: a skeleton as a tree of literals ------------------------- *
 * Hyperscan scans fastest for plain literals and slows down with every
 * `A.*B` (an engine per pattern follows the gaps), so the database holds
 * one literal set per regex, one every match contains, and the rest of
 * the skeleton is checked here, for the texts that have one of them:
 *
 *   LIT  a gap-free run of literal bytes (groups without gaps next to it
 *        written out: "подключил(?:ся|ась)" is two literals);
 *   SEQ  its children in order, anything between (gaps; also where a
 *        class, or a group with gaps, stood next to a literal: a wider
 *        test, never a narrower one);
 *   ALT  any of its children.
 *
 * A text passes when the tree can be placed on it left to right: each
 * child of a SEQ at or after the end of the one before, taking for each
 * the earliest end it can have (which leaves the most room for the rest,
 * so the greedy walk finds a placement whenever there is one). That is
 * exactly "the skeleton matches", with the relaxations above, so a text
 * the check rejects is one the regex cannot match.
 *
 * Most hits are rejected before any search: a text's signature (a bit per
 * hashed four bytes at a character start, computed once per text) rules
 * out a literal one of whose grams is missing, and the quick test
 * (ck_quick) asks that first for every part of the tree, without order.
 * A search looks for a literal's rarest letter with memchr. */

enum { CK_LIT, CK_SEQ, CK_ALT };

#define CK_GRAMS 4

typedef struct ck_node {
    uint8_t kind;
    bool gap;                /* SEQ: had a gap, so it is no single run of literals */
    uint8_t n_gram;          /* LIT: grams in gram (none under four bytes) */
    uint16_t gram[CK_GRAMS]; /* LIT: signature bits every text holding it has */
    uint32_t a, n;           /* LIT: offset, length in lits; SEQ, ALT: first of kids, count */
    uint32_t anc;            /* LIT: the byte searched for (its rarest letter's last) */
} ck_node;

struct loyalp_check {
    ck_node *nodes;
    size_t n_nodes, cap_nodes;
    uint32_t *kids;
    size_t n_kids, cap_kids;
    sbuf lits;     /* the literals' bytes, one after the other */
    char *scan;    /* the literal set for the database */
    uint64_t *quick; /* the quick test (ck_quick), NULL = none */
    size_t n_quick;
    bool exact;    /* the literal set is the whole tree: nothing left to check */
    size_t shortest; /* characters of the set's shortest literal */
    bool failed;
};

/* Most literals a gap-free block is written out to; past it, a group next
 * to a literal counts as a gap. */
#define CK_MAX_BLOCK 64
#define CK_NONE ((size_t)-1)

static uint32_t ck_add(loyalp_check *c, ck_node x) {
    if (c->n_nodes == c->cap_nodes) {
        size_t cap = c->cap_nodes ? 2 * c->cap_nodes : 16;
        ck_node *p = realloc(c->nodes, cap * sizeof *p);
        if (!p) {
            c->failed = true;
            return 0;
        }
        c->nodes = p;
        c->cap_nodes = cap;
    }
    c->nodes[c->n_nodes] = x;
    return (uint32_t)c->n_nodes++;
}

/* Appends kids[0, n) as one run of c->kids; its start. */
static uint32_t ck_kids(loyalp_check *c, const uint32_t *kids, size_t n) {
    if (c->n_kids + n > c->cap_kids) {
        size_t cap = c->cap_kids ? 2 * c->cap_kids : 16;
        while (cap < c->n_kids + n)
            cap *= 2;
        uint32_t *p = realloc(c->kids, cap * sizeof *p);
        if (!p) {
            c->failed = true;
            return 0;
        }
        c->kids = p;
        c->cap_kids = cap;
    }
    uint32_t at = (uint32_t)c->n_kids;
    if (n)
        memcpy(c->kids + at, kids, n * sizeof *kids);
    c->n_kids += n;
    return at;
}

/* A list of node indexes while a SEQ or ALT is parsed. */
typedef struct ck_list {
    uint32_t *v;
    size_t n, cap;
} ck_list;

static void ck_push(loyalp_check *c, ck_list *l, uint32_t k) {
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 8;
        uint32_t *p = realloc(l->v, cap * sizeof *p);
        if (!p) {
            c->failed = true;
            return;
        }
        l->v = p;
        l->cap = cap;
    }
    l->v[l->n++] = k;
}

/* A gap-free block being written out: its literals so far. */
typedef struct ck_block {
    sbuf s[CK_MAX_BLOCK];
    size_t n;
} ck_block;

static void block_reset(ck_block *b) {
    for (size_t i = 0; i < b->n; i++)
        free(b->s[i].s);
    memset(b, 0, sizeof *b);
    b->n = 1; /* one empty literal */
}

/* The signature bit of the four bytes at p (two Cyrillic letters, four
 * Latin ones). */
static uint16_t ck_gram(const char *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return (uint16_t)((v * 0x9E3779B1u) >> (32 - LOYALP_SIG_BITS));
}

static bool ck_boundary(char c) {
    return ((unsigned char)c & 0xC0) != 0x80;
}

void loyalp_check_sig(const char *text, size_t len, uint64_t sig[LOYALP_SIG_WORDS]) {
    memset(sig, 0, LOYALP_SIG_WORDS * sizeof *sig);
    for (size_t i = 0; i + 4 <= len; i++) {
        if (!ck_boundary(text[i]))
            continue;
        uint16_t h = ck_gram(text + i);
        sig[h / 64] |= (uint64_t)1 << (h % 64);
    }
}

/* How common a letter is in Russian or English text, roughly (per mille);
 * other characters count as rare. */
static unsigned letter_freq(uint32_t cp) {
    static const unsigned char ru[32] = {
        /* а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я */
        80, 16, 45, 17, 30, 85, 9, 16, 74, 12, 35, 44, 32, 67, 110, 28,
        47, 55, 63, 26, 2, 10, 5, 15, 7, 4, 1, 19, 17, 3, 6, 20};
    static const unsigned char en[26] = {
        /* a b c d e f g h i j k l m n o p q r s t u v w x y z */
        82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24, 67, 75, 19, 1, 60, 63, 91, 28, 10,
        24, 2, 20, 1};
    if (cp >= 0x430 && cp <= 0x44F)
        return ru[cp - 0x430];
    if (cp >= 'a' && cp <= 'z')
        return en[cp - 'a'];
    return cp == ' ' ? 150 : 5;
}

/* The byte of lit[0, n) to search for: the last byte of its rarest letter
 * (for Cyrillic, the byte that tells letters apart), so that a search
 * stops at few false places. */
static uint32_t ck_anchor(const char *s, size_t n) {
    uint32_t best = n ? (uint32_t)n - 1 : 0;
    unsigned best_f = ~0u;
    for (size_t i = 0; i < n;) {
        size_t len;
        uint32_t cp = code_point(s + i, &len);
        if (i + len > n)
            break;
        unsigned f = letter_freq(cp);
        if (f < best_f) {
            best_f = f;
            best = (uint32_t)(i + len - 1);
        }
        i += len;
    }
    return best;
}

static uint32_t ck_lit(loyalp_check *c, const char *s, size_t n) {
    ck_node x = {CK_LIT, false, 0, {0}, (uint32_t)c->lits.n, (uint32_t)n, 0};
    /* Up to CK_GRAMS of its four-byte grams at character starts, spread
     * from first to last (a text holding it has them at character starts). */
    size_t at[64], n_at = 0;
    for (size_t i = 0; i + 4 <= n && n_at < 64; i++)
        if (ck_boundary(s[i]))
            at[n_at++] = i;
    x.n_gram = (uint8_t)(n_at < CK_GRAMS ? n_at : CK_GRAMS);
    for (size_t k = 0; k < x.n_gram; k++)
        x.gram[k] = ck_gram(s + at[x.n_gram > 1 ? k * (n_at - 1) / (x.n_gram - 1) : 0]);
    x.anc = ck_anchor(s, n);
    sb_put(&c->lits, s ? s : "", n);
    c->failed |= c->lits.failed;
    return ck_add(c, x);
}

/* The block as a node of `kids` (a LIT, or an ALT of them), then empty. */
static void block_flush(loyalp_check *c, ck_block *b, ck_list *kids) {
    if (!(b->n == 1 && b->s[0].n == 0)) {
        if (b->n == 1) {
            ck_push(c, kids, ck_lit(c, b->s[0].s, b->s[0].n));
        } else {
            uint32_t lit[CK_MAX_BLOCK];
            for (size_t i = 0; i < b->n; i++)
                lit[i] = ck_lit(c, b->s[i].s, b->s[i].n);
            ck_node x = {CK_ALT, false, 0, {0}, ck_kids(c, lit, b->n), (uint32_t)b->n, 0};
            ck_push(c, kids, ck_add(c, x));
        }
    }
    block_reset(b);
}

/* Appends one literal to *out; false when it is full. */
static bool block_add(ck_block *out, const char *s, size_t n) {
    if (out->n == CK_MAX_BLOCK)
        return false;
    sbuf *b = &out->s[out->n++];
    memset(b, 0, sizeof *b);
    sb_put(b, s ? s : "", n);
    return !b->failed;
}

/* The literals node k stands for exactly (no gap in it), appended to *out
 * (at most CK_MAX_BLOCK in all); false when it has a gap or too many. */
static bool ck_expand(const loyalp_check *c, uint32_t k, ck_block *out) {
    const ck_node *x = &c->nodes[k];
    if (x->kind == CK_LIT)
        return block_add(out, c->lits.s ? c->lits.s + x->a : NULL, x->n);
    if (x->kind == CK_SEQ) {
        if (x->gap)
            return false;
        return x->n == 0 ? block_add(out, NULL, 0) : ck_expand(c, c->kids[x->a], out);
    }
    for (uint32_t i = 0; i < x->n; i++)
        if (!ck_expand(c, c->kids[x->a + i], out))
            return false;
    return true;
}

/* b × the literals of group node g, when they fit (else b is unchanged). */
static bool block_times(const loyalp_check *c, ck_block *b, uint32_t g) {
    ck_block gs, prod;
    memset(&gs, 0, sizeof gs);
    memset(&prod, 0, sizeof prod);
    bool ok = ck_expand(c, g, &gs) && b->n * gs.n <= CK_MAX_BLOCK;
    for (size_t i = 0; ok && i < b->n; i++)
        for (size_t j = 0; ok && j < gs.n; j++) {
            ok = block_add(&prod, b->s[i].s, b->s[i].n);
            if (ok) {
                sb_put(&prod.s[prod.n - 1], gs.s[j].s ? gs.s[j].s : "", gs.s[j].n);
                ok = !prod.s[prod.n - 1].failed;
            }
        }
    block_reset(&gs);
    if (ok) {
        block_reset(b);
        free(b->s[0].s);
        *b = prod;
    } else {
        block_reset(&prod);
    }
    return ok;
}

static uint32_t ck_alt(loyalp_check *c, const char *s, size_t *i);

/* A sequence of the skeleton s from *i to its '|', ')' or end. */
static uint32_t ck_seq(loyalp_check *c, const char *s, size_t *i) {
    ck_list kids = {NULL, 0, 0};
    ck_block b;
    memset(&b, 0, sizeof b);
    block_reset(&b);
    bool gap = false;
    while (s[*i] && s[*i] != '|' && s[*i] != ')' && !c->failed) {
        char ch = s[*i];
        if (ch == '.' || ch == '[') {
            /* A gap, or a byte class (a range of two-byte characters): the
             * block ends, anything may stand here. */
            block_flush(c, &b, &kids);
            gap = true;
            *i = ch == '.' ? *i + 2 : (size_t)(strchr(s + *i, ']') - s) + 1;
        } else if (ch == '(') {
            *i += 3;
            uint32_t g = ck_alt(c, s, i);
            if (s[*i] == ')')
                (*i)++;
            if (c->failed || !block_times(c, &b, g)) {
                /* Not written out: a gap either side of it. */
                block_flush(c, &b, &kids);
                ck_push(c, &kids, g);
                gap = true;
            }
        } else {
            char byte = ch;
            if (ch == '\\') {
                byte = (char)strtoul((char[]){s[*i + 2], s[*i + 3], 0}, NULL, 16);
                *i += 4;
            } else {
                (*i)++;
            }
            for (size_t k = 0; k < b.n; k++)
                sb_put(&b.s[k], &byte, 1);
            for (size_t k = 0; k < b.n; k++)
                c->failed |= b.s[k].failed;
        }
    }
    block_flush(c, &b, &kids);
    block_reset(&b);
    free(b.s[0].s);
    ck_node x = {CK_SEQ, gap, 0, {0}, ck_kids(c, kids.v, kids.n), (uint32_t)kids.n, 0};
    free(kids.v);
    return ck_add(c, x);
}

/* An alternation of the skeleton s from *i to its ')' or end. */
static uint32_t ck_alt(loyalp_check *c, const char *s, size_t *i) {
    ck_list kids = {NULL, 0, 0};
    for (;;) {
        ck_push(c, &kids, ck_seq(c, s, i));
        if (s[*i] != '|' || c->failed)
            break;
        (*i)++;
    }
    uint32_t k = kids.n == 1 ? kids.v[0] : 0;
    if (kids.n != 1) {
        ck_node x = {CK_ALT, false, 0, {0}, ck_kids(c, kids.v, kids.n), (uint32_t)kids.n, 0};
        k = ck_add(c, x);
    }
    free(kids.v);
    return k;
}

/* Characters of the literal of node k (bytes that are not UTF-8
 * continuations). */
static size_t ck_chars(const loyalp_check *c, const ck_node *x) {
    size_t n = 0;
    for (uint32_t i = 0; i < x->n; i++)
        n += ((unsigned char)c->lits.s[x->a + i] & 0xC0) != 0x80;
    return n;
}

/* A set of literals every match of node k contains one of, into `set`
 * (LIT nodes), with the fewest characters any of them has in *chars:
 * the SEQ child whose set has the longest shortest literal (the rarest by
 * a good guess), the union over an ALT's children. False when there is
 * none (an empty literal or sequence can match anywhere). */
static bool ck_required(loyalp_check *c, uint32_t k, ck_list *set, size_t *chars) {
    const ck_node *x = &c->nodes[k];
    if (x->kind == CK_LIT) {
        *chars = ck_chars(c, x);
        if (!*chars)
            return false;
        ck_push(c, set, k);
        return true;
    }
    if (x->kind == CK_ALT) {
        *chars = (size_t)-1;
        for (uint32_t i = 0; i < x->n; i++) {
            size_t ch;
            if (!ck_required(c, c->kids[x->a + i], set, &ch))
                return false;
            *chars = ch < *chars ? ch : *chars;
        }
        return true;
    }
    ck_list best = {NULL, 0, 0};
    size_t best_chars = 0;
    for (uint32_t i = 0; i < x->n; i++) {
        ck_list l = {NULL, 0, 0};
        size_t ch;
        if (ck_required(c, c->kids[x->a + i], &l, &ch) &&
            (ch > best_chars || (ch == best_chars && l.n < best.n))) {
            free(best.v);
            best = l;
            best_chars = ch;
        } else {
            free(l.v);
        }
    }
    for (size_t i = 0; i < best.n; i++)
        ck_push(c, set, best.v[i]);
    free(best.v);
    *chars = best_chars;
    return best_chars > 0;
}

static bool ck_exact(const loyalp_check *c, uint32_t k) {
    const ck_node *x = &c->nodes[k];
    if (x->kind == CK_LIT)
        return true;
    if (x->kind == CK_SEQ)
        return !x->gap && (x->n == 0 || ck_exact(c, c->kids[x->a]));
    for (uint32_t i = 0; i < x->n; i++)
        if (!ck_exact(c, c->kids[x->a + i]))
            return false;
    return true;
}

/* ck_exact at the root, where gaps at either end of a sequence change
 * nothing (a match is looked for anywhere in the text): a sequence of one
 * part is that part, an alternative of them each. */
static bool ck_exact_root(const loyalp_check *c, uint32_t k) {
    const ck_node *x = &c->nodes[k];
    if (x->kind == CK_SEQ && x->n == 1)
        return ck_exact_root(c, c->kids[x->a]);
    if (x->kind != CK_ALT)
        return ck_exact(c, k);
    for (uint32_t i = 0; i < x->n; i++)
        if (!ck_exact_root(c, c->kids[x->a + i]))
            return false;
    return true;
}

void loyalp_check_free(loyalp_check *c) {
    if (!c)
        return;
    free(c->nodes);
    free(c->kids);
    free(c->lits.s);
    free(c->scan);
    free(c->quick);
    free(c);
}

/* The quick test: "some alternative of the root has, for each of its
 * parts, a literal whose grams are all in the text's signature" — the
 * literals of a part being those one of which every match of it contains
 * (ck_required). It needs no search and ignores order, so it passes every
 * text the walk passes and rejects most others for a few bit tests.
 * Layout, in 64-bit words: alternatives; per alternative its parts; per
 * part its literals, then per literal its CK_GRAMS grams, 16 bits each. A
 * part with a literal shorter than a gram cannot be tested and is left
 * out; an alternative with no part left passes every text, and then there
 * is no quick test. */
static void quick_put(loyalp_check *c, uint64_t v) {
    uint64_t *p = realloc(c->quick, (c->n_quick + 1) * sizeof *p);
    if (!p) {
        c->failed = true;
        return;
    }
    c->quick = p;
    p[c->n_quick++] = v;
}

/* The parts of alternative k into the quick test; false when none can be
 * tested. */
static bool quick_alt(loyalp_check *c, uint32_t k) {
    const ck_node *x = &c->nodes[k];
    uint32_t first = x->kind == CK_SEQ ? x->a : 0, n = x->kind == CK_SEQ ? x->n : 1;
    size_t count_at = c->n_quick, parts = 0;
    quick_put(c, 0);
    for (uint32_t i = 0; i < n && !c->failed; i++) {
        uint32_t part = x->kind == CK_SEQ ? c->kids[first + i] : k;
        ck_list set = {NULL, 0, 0};
        size_t chars;
        bool ok = ck_required(c, part, &set, &chars);
        for (size_t j = 0; ok && j < set.n; j++)
            ok = c->nodes[set.v[j]].n_gram > 0;
        if (ok) {
            quick_put(c, set.n);
            for (size_t j = 0; j < set.n; j++) {
                const ck_node *l = &c->nodes[set.v[j]];
                uint64_t v = 0;
                for (int t = 0; t < CK_GRAMS; t++)
                    v |= (uint64_t)l->gram[t < l->n_gram ? t : (l->n_gram ? l->n_gram - 1 : 0)]
                         << (16 * t);
                quick_put(c, v);
            }
            parts++;
        }
        free(set.v);
    }
    if (!c->failed)
        c->quick[count_at] = parts;
    return parts > 0;
}

static void ck_quick(loyalp_check *c, uint32_t root) {
    const ck_node *r = &c->nodes[root];
    uint32_t n = r->kind == CK_ALT ? r->n : 1;
    quick_put(c, n);
    bool all = true;
    for (uint32_t i = 0; i < n && all && !c->failed; i++)
        all = quick_alt(c, r->kind == CK_ALT ? c->kids[r->a + i] : root);
    if (!all || c->failed) {
        free(c->quick);
        c->quick = NULL;
        c->n_quick = 0;
        c->failed = false; /* no quick test is no error */
    }
}

static bool sig_has(const uint64_t *sig, uint16_t h) {
    return sig[h / 64] >> (h % 64) & 1;
}

/* Runs a quick test (ck_quick's layout) on a text's signature. */
static bool quick_pass(const uint64_t *q, const uint64_t *sig) {
    uint64_t alts = *q++;
    bool pass = false;
    for (uint64_t a = 0; a < alts; a++) {
        uint64_t parts = *q++;
        bool ok = true;
        for (uint64_t p = 0; p < parts; p++) {
            uint64_t lits = *q++;
            bool any = false;
            for (uint64_t l = 0; l < lits; l++) {
                uint64_t v = q[l];
                if (sig_has(sig, (uint16_t)v) && sig_has(sig, (uint16_t)(v >> 16)) &&
                    sig_has(sig, (uint16_t)(v >> 32)) && sig_has(sig, (uint16_t)(v >> 48))) {
                    any = true;
                    break;
                }
            }
            q += lits;
            ok = ok && any;
        }
        pass = pass || ok;
    }
    return pass;
}

loyalp_check *loyalp_check_create(const char *pattern) {
    char *skel = skeleton(pattern);
    if (!skel)
        return NULL;
    loyalp_check *c = calloc(1, sizeof *c);
    ck_list set = {NULL, 0, 0};
    size_t i = 0, chars;
    if (!c)
        goto fail;
    uint32_t root = ck_alt(c, skel, &i);
    if (c->failed || skel[i] || root != c->n_nodes - 1 || !ck_required(c, root, &set, &chars) ||
        c->failed)
        goto fail;
    /* The root last: the walk starts at nodes[n_nodes - 1]. */
    c->exact = ck_exact_root(c, root);
    c->shortest = chars;
    if (!c->exact)
        ck_quick(c, root);
    sbuf scan = {NULL, 0, 0, false};
    if (set.n > 1)
        sb_str(&scan, "(?:");
    for (size_t k = 0; k < set.n; k++) {
        const ck_node *x = &c->nodes[set.v[k]];
        if (k)
            sb_str(&scan, "|");
        for (uint32_t b = 0; b < x->n; b++)
            put_byte(&scan, (unsigned char)c->lits.s[x->a + b]);
    }
    if (set.n > 1)
        sb_str(&scan, ")");
    if (scan.failed) {
        free(scan.s);
        goto fail;
    }
    c->scan = scan.s;
    free(set.v);
    free(skel);
    return c;
fail:
    free(set.v);
    free(skel);
    loyalp_check_free(c);
    return NULL;
}

const char *loyalp_check_literals(const loyalp_check *c) {
    return c->scan;
}

size_t loyalp_check_shortest(const loyalp_check *c) {
    return c->shortest;
}

bool loyalp_check_exact(const loyalp_check *c) {
    return c->exact;
}

/* The first occurrence of lit[0, n) in t[from, len), its end, or CK_NONE:
 * memchr for its last byte (for Cyrillic a continuation byte, which tells
 * letters apart), then the whole. */
static size_t ck_find(const char *t, size_t len, size_t from, const char *lit, size_t n,
                      size_t anc) {
    if (n == 0)
        return from;
    if (len < n || from > len - n)
        return CK_NONE;
    const char key = lit[anc];
    size_t at = from + anc, stop = len - n + anc + 1; /* the key's places */
    while (at < stop) {
        const char *p = memchr(t + at, key, stop - at);
        if (!p)
            return CK_NONE;
        size_t start = (size_t)(p - t) - anc;
        if (!memcmp(t + start, lit, n))
            return start + n;
        at = (size_t)(p - t) + 1;
    }
    return CK_NONE;
}

/* The earliest end of a placement of node k in t[from, len), or CK_NONE.
 * A literal one of whose grams is not in the text's signature `sig` is
 * not in the text, without a search. */
static size_t ck_end(const loyalp_check *c, uint32_t k, const char *t, size_t len, size_t from,
                     const uint64_t *sig) {
    const ck_node *x = &c->nodes[k];
    if (x->kind == CK_LIT) {
        for (uint8_t i = 0; sig && i < x->n_gram; i++)
            if (!(sig[x->gram[i] / 64] >> (x->gram[i] % 64) & 1))
                return CK_NONE;
        return ck_find(t, len, from, c->lits.s + x->a, x->n, x->anc);
    }
    if (x->kind == CK_SEQ) {
        for (uint32_t i = 0; i < x->n && from != CK_NONE; i++)
            from = ck_end(c, c->kids[x->a + i], t, len, from, sig);
        return from;
    }
    size_t best = CK_NONE;
    for (uint32_t i = 0; i < x->n && best != from; i++) {
        size_t e = ck_end(c, c->kids[x->a + i], t, len, from, sig);
        best = e < best ? e : best;
    }
    return best;
}

bool loyalp_check_run(const loyalp_check *c, const char *text, size_t len, size_t from,
                      const uint64_t *sig) {
    if (sig && c->quick && !quick_pass(c->quick, sig))
        return false;
    return from <= len && ck_end(c, (uint32_t)(c->n_nodes - 1), text, len, from, sig) != CK_NONE;
}

/* ------------------------------------------------------------------------ */
/* The database                                                              */
/* ------------------------------------------------------------------------ */

#ifdef LOYAL_HAVE_HYPERSCAN

#include <hs/hs.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/* Bump when the patterns or flags built here change meaning. */
#define PF_FORMAT "loyal-prefilter/4"
#define PF_MAGIC "LOYALHS1"

/* Byte mode: a regex contributes a set of literals (loyalp_check_literals),
 * no class, gap or Unicode table is left to compile. */
#define REGEX_FLAGS (HS_FLAG_SINGLEMATCH)
/* A regex whose literal set has one under STRONG_CHARS characters: its
 * two best factors in order, "A.*B" (loyalp_regex_widen). */
#define STRONG_CHARS 3
#define WIDE_FLAGS (HS_FLAG_PREFILTER | HS_FLAG_DOTALL | HS_FLAG_SINGLEMATCH)
#define TERM_FLAGS (HS_FLAG_SINGLEMATCH)

/* The word of a term rule every match needs a token for, its anchor: a
 * stem word when there is one (looked up exactly in the stem index), else a
 * `word*` prefix or `*word` suffix (a literal for the database); the
 * longest, the rarest by a good guess. NULL for a rule without words
 * (it never matches). */
static const loyalp_word *term_anchor(const loyalp_rule *r) {
    const loyalp_word *best = NULL;
    for (size_t i = 0; i < r->n_words; i++) {
        const loyalp_word *w = &r->words[i];
        bool stem = !w->prefix && !w->suffix;
        bool best_stem = best && !best->prefix && !best->suffix;
        if (!best || (stem && !best_stem) || (stem == best_stem && w->len > best->len))
            best = w;
    }
    return best;
}

/* A literal as a Hyperscan pattern: letters, digits and UTF-8 bytes as
 * they are, the rest as \xHH. */
static char *literal_pattern(const char *s, size_t n) {
    sbuf out = {NULL, 0, 0, false};
    for (size_t i = 0; i < n; i++)
        put_byte(&out, (unsigned char)s[i]);
    if (out.failed || !out.n) {
        free(out.s);
        return NULL;
    }
    return out.s;
}

/* The stem index: term rules by the stem of their anchor word. An open
 * addressing table of distinct stems, each with its rules in `ids`. */
typedef struct stem_key {
    uint32_t hash;
    uint32_t first, count; /* ids[first .. first + count) */
    const char *s;         /* borrowed from the lexicon's words */
    uint32_t len;
} stem_key;

typedef struct stem_index {
    stem_key *slots; /* [mask + 1], hash 0 = empty */
    size_t mask;
    uint32_t *ids;
    size_t n_ids;
} stem_index;

static stem_key *stem_slot(const stem_index *x, const char *s, size_t n, uint32_t h) {
    for (size_t i = h & x->mask;; i = (i + 1) & x->mask) {
        stem_key *k = &x->slots[i];
        if (!k->hash || (k->hash == h && k->len == n && !memcmp(k->s, s, n)))
            return k;
    }
}

/* The rule (or cue, past the rules) of prefilter id i. */
static const loyalp_rule *rule_of(const loyal_lexicon *lex, size_t i) {
    return i < lex->n_rules ? &lex->rules[i] : &lex->cues[i - lex->n_rules].rule;
}

/* The anchor of id i, NULL for regexes and terms without words. */
static const loyalp_word *anchor_of(const loyal_lexicon *lex, size_t i) {
    const loyalp_rule *r = rule_of(lex, i);
    return r->info.kind == LOYAL_RULE_TERM ? term_anchor(r) : NULL;
}

/* Builds the index of the terms and cues whose anchor is a stem word. */
static loyal_status stem_index_build(stem_index *x, const loyal_lexicon *lex) {
    size_t n = 0, ids = lex->n_rules + lex->n_cues;
    for (size_t i = 0; i < ids; i++) {
        const loyalp_word *w = anchor_of(lex, i);
        n += w && !w->prefix && !w->suffix;
    }
    x->mask = 15;
    while (x->mask + 1 < 2 * n + 16)
        x->mask = x->mask * 2 + 1;
    x->slots = calloc(x->mask + 1, sizeof *x->slots);
    x->ids = malloc((n + 1) * sizeof *x->ids);
    if (!x->slots || !x->ids)
        return LOYAL_ERR_NOMEM;
    /* Two passes: count the rules of each stem, then place them. */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < ids; i++) {
            const loyalp_word *w = anchor_of(lex, i);
            if (!w || w->prefix || w->suffix)
                continue;
            uint32_t h = loyalp_hash(w->s, w->len); /* never 0: 0 marks an empty slot */
            stem_key *k = stem_slot(x, w->s, w->len, h);
            if (pass == 0) {
                k->hash = h;
                k->s = w->s;
                k->len = (uint32_t)w->len;
                k->count++;
            } else {
                x->ids[k->first + k->count++] = (uint32_t)i;
            }
        }
        if (pass == 0) {
            uint32_t at = 0;
            for (size_t i = 0; i <= x->mask; i++) {
                x->slots[i].first = at;
                at += x->slots[i].count;
                x->slots[i].count = 0;
            }
            x->n_ids = at;
        }
    }
    return LOYAL_OK;
}

static void stem_index_free(stem_index *x) {
    free(x->slots);
    free(x->ids);
}

/* One database per language: a Russian text is scanned for the rules that
 * apply to Russian only (half the patterns, half the scan), a mixed text
 * with both. A rule for both languages is in both. */
enum { DB_RU, DB_EN, N_DBS };

/* Ids: the lexicon's rules [0, n_rules), then its polarity cues. */
struct loyalp_prefilter {
    size_t n_ids;
    stem_index stems;      /* term rules anchored on a stem word */
    hs_database_t *db[N_DBS];
    hs_scratch_t *proto[N_DBS]; /* cloned for each tagger */
    char **patterns;       /* [n_ids], NULL = not in the databases */
    loyalp_check **checks; /* [n_ids]: a regex's check after a hit, NULL = none needed */
    unsigned *flags;       /* [n_ids] */
    unsigned char *dbs;    /* [n_ids]: bit d = in database d (by the rule's language) */
    uint64_t *always;      /* bitmap [words]: rules that are always candidates */
    size_t words;
    char digest[65];       /* of the pattern set: the cache's check */
    loyalp_pf_info info;
};

struct loyalp_pf_scratch {
    hs_scratch_t *hs[N_DBS]; /* NULL for an empty database */
    uint64_t *hit;    /* bitmap [words] of this text's candidates so far */
    bool all;         /* a scan failed: every rule is a candidate */
    uint32_t *out;    /* [n_ids] */
    const char *text; /* the text scanned, for the checks */
    size_t len;
    bool sig_ready;   /* sig is the text's */
    uint64_t sig[LOYALP_SIG_WORDS];
};

/* ё/Ё → е/Е in place, as lexicon.c does before compiling a regex. */
static void fold_yo(char *s) {
    for (unsigned char *u = (unsigned char *)s; *u; u++) {
        if (u[0] == 0xD1 && u[1] == 0x91) {
            u[0] = 0xD0;
            u[1] = 0xB5;
        } else if (u[0] == 0xD0 && u[1] == 0x81) {
            u[1] = 0x95;
        }
    }
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void digest_of(loyalp_prefilter *pf) {
    loyal_sha256 sha;
    loyal_sha256_init(&sha);
    loyal_sha256_update(&sha, PF_FORMAT, sizeof PF_FORMAT);
    loyal_sha256_update(&sha, hs_version(), strlen(hs_version()) + 1);
    uint64_t n = pf->n_ids;
    loyal_sha256_update(&sha, &n, sizeof n);
    for (size_t i = 0; i < pf->n_ids; i++) {
        const char *p = pf->patterns[i] ? pf->patterns[i] : "";
        loyal_sha256_update(&sha, p, strlen(p) + 1);
        loyal_sha256_update(&sha, &pf->flags[i], sizeof pf->flags[i]);
        loyal_sha256_update(&sha, &pf->dbs[i], 1);
    }
    loyal_sha256_final(&sha, pf->digest);
}

static void set_always(loyalp_prefilter *pf, size_t i) {
    pf->always[i / 64] |= (uint64_t)1 << (i % 64);
    free(pf->patterns[i]);
    pf->patterns[i] = NULL;
    loyalp_check_free(pf->checks[i]);
    pf->checks[i] = NULL;
}

static void free_dbs(loyalp_prefilter *pf) {
    for (int d = 0; d < N_DBS; d++) {
        hs_free_database(pf->db[d]);
        pf->db[d] = NULL;
    }
}

/* Compiles the patterns into the databases; a pattern Hyperscan rejects
 * makes its rule always a candidate and the rest compile again. False when
 * a database as a whole cannot be compiled (or memory runs out). */
static bool compile(loyalp_prefilter *pf) {
    const char **exprs = malloc(pf->n_ids * sizeof *exprs + 1);
    unsigned *flags = malloc(pf->n_ids * sizeof *flags + 1);
    unsigned *ids = malloc(pf->n_ids * sizeof *ids + 1);
    bool ok = false;
    if (!exprs || !flags || !ids)
        goto out;
    for (int d = 0; d < N_DBS;) {
        size_t n = 0;
        for (size_t i = 0; i < pf->n_ids; i++) {
            if (!pf->patterns[i] || !(pf->dbs[i] >> d & 1))
                continue;
            exprs[n] = pf->patterns[i];
            flags[n] = pf->flags[i];
            ids[n] = (unsigned)i;
            n++;
        }
        if (n == 0) { /* nothing to scan for in this language */
            d++;
            continue;
        }
        hs_compile_error_t *ce = NULL;
        hs_error_t rc = hs_compile_multi(exprs, flags, ids, (unsigned)n, HS_MODE_BLOCK, NULL,
                                         &pf->db[d], &ce);
        int bad = ce ? ce->expression : -1;
        hs_free_compile_error(ce);
        if (rc == HS_SUCCESS) {
            d++;
            continue;
        }
        if (bad < 0 || (size_t)bad >= n)
            goto out;
        /* The rule is out of both databases now: compile them again. */
        set_always(pf, ids[bad]);
        free_dbs(pf);
        d = 0;
    }
    ok = true;
out:
    if (!ok)
        free_dbs(pf);
    free(exprs);
    free(flags);
    free(ids);
    return ok;
}

/* Drops patterns Hyperscan's parser refuses, before the costly compile. */
static void precheck(loyalp_prefilter *pf) {
    for (size_t i = 0; i < pf->n_ids; i++) {
        if (!pf->patterns[i])
            continue;
        hs_expr_info_t *info = NULL;
        hs_compile_error_t *ce = NULL;
        if (hs_expression_info(pf->patterns[i], pf->flags[i], &info, &ce) != HS_SUCCESS) {
            hs_free_compile_error(ce);
            set_always(pf, i);
            continue;
        }
        free(info);
    }
}

/* ---- the cache ----------------------------------------------------------- */

static char *cache_path(const char *dir, const loyal_lexicon *lex) {
    char base[1024];
    if (dir) {
        snprintf(base, sizeof base, "%s", dir);
    } else {
        const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
        if (xdg && *xdg)
            snprintf(base, sizeof base, "%s/loyal", xdg);
        else if (home && *home)
            snprintf(base, sizeof base, "%s/.cache/loyal", home);
        else
            return NULL;
    }
    size_t n = strlen(base) + 100;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/prefilter-%s.hsdb", base, loyal_lexicon_sha256(lex));
    return p;
}

/* File layout: magic, the digest (64 hex), one byte per id (1 = in the
 * databases), then per database its size (8 bytes, 0 for none) and its
 * serialized bytes. */
static bool cache_read(loyalp_prefilter *pf, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    bool ok = false;
    char *data = NULL, *in = NULL;
    char head[8 + 64];
    if (fread(head, 1, sizeof head, f) != sizeof head || memcmp(head, PF_MAGIC, 8) ||
        memcmp(head + 8, pf->digest, 64))
        goto out;
    in = malloc(pf->n_ids + 1);
    if (!in || fread(in, 1, pf->n_ids, f) != pf->n_ids)
        goto out;
    struct stat stb;
    if (fstat(fileno(f), &stb))
        goto out;
    for (int d = 0; d < N_DBS; d++) {
        uint64_t len;
        if (fread(&len, sizeof len, 1, f) != 1 || len > (uint64_t)stb.st_size)
            goto out;
        if (!len)
            continue;
        free(data);
        if (!(data = malloc((size_t)len)) || fread(data, 1, (size_t)len, f) != len ||
            hs_deserialize_database(data, (size_t)len, &pf->db[d]) != HS_SUCCESS)
            goto out;
    }
    for (size_t i = 0; i < pf->n_ids; i++)
        if (!in[i] && pf->patterns[i])
            set_always(pf, i);
    ok = true;
out:
    if (!ok)
        free_dbs(pf);
    free(in);
    free(data);
    fclose(f);
    return ok;
}

#define CACHE_KEEP 16

/* Keeps the cache folder of `path` to the CACHE_KEEP most recent databases:
 * every edit of a lexicon makes a new one. Failures are silent. */
static void cache_prune(const char *path) {
    char dir[1024];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash)
        return;
    *slash = '\0';
    for (;;) {
        DIR *d = opendir(dir);
        if (!d)
            return;
        size_t count = 0;
        time_t oldest_time = 0;
        char oldest[1300] = "";
        struct dirent *e;
        while ((e = readdir(d))) {
            size_t l = strlen(e->d_name);
            if (strncmp(e->d_name, "prefilter-", 10) || l < 15 || strcmp(e->d_name + l - 5, ".hsdb"))
                continue;
            char p[1300]; /* the folder (< 1024) and a name (< 256) */
            struct stat st;
            snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
            if (stat(p, &st))
                continue;
            count++;
            if (!*oldest || st.st_mtime < oldest_time) {
                oldest_time = st.st_mtime;
                snprintf(oldest, sizeof oldest, "%s", p);
            }
        }
        closedir(d);
        if (count <= CACHE_KEEP || unlink(oldest))
            return;
    }
}

/* Writes the cache beside its final name and renames it into place, so a
 * reader sees a whole file or none, then prunes the folder. Every failure
 * is silent. */
static void cache_write(const loyalp_prefilter *pf, const char *path) {
    char *bytes[N_DBS] = {NULL};
    size_t len[N_DBS] = {0};
    for (int d = 0; d < N_DBS; d++)
        if (pf->db[d] && hs_serialize_database(pf->db[d], &bytes[d], &len[d]) != HS_SUCCESS)
            goto out0;
    size_t n = strlen(path) + 16;
    char *tmp = malloc(n), *dir = malloc(n);
    if (!tmp || !dir)
        goto out;
    /* mkdir -p the folder, one level at a time. */
    snprintf(dir, n, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash) {
        *slash = '\0';
        for (char *c = dir + 1; *c; c++)
            if (*c == '/') {
                *c = '\0';
                mkdir(dir, 0700);
                *c = '/';
            }
        mkdir(dir, 0700);
    }
    snprintf(tmp, n, "%s.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0)
        goto out;
    FILE *f = fdopen(fd, "wb");
    if (!f) {
        close(fd);
        unlink(tmp);
        goto out;
    }
    bool ok = fwrite(PF_MAGIC, 1, 8, f) == 8 && fwrite(pf->digest, 1, 64, f) == 64;
    for (size_t i = 0; ok && i < pf->n_ids; i++)
        ok = fputc(pf->patterns[i] ? 1 : 0, f) != EOF;
    for (int d = 0; ok && d < N_DBS; d++) {
        uint64_t l = len[d];
        ok = fwrite(&l, sizeof l, 1, f) == 1 &&
             (!len[d] || fwrite(bytes[d], 1, len[d], f) == len[d]); /* no NULL to fwrite */
    }
    ok = (fclose(f) == 0) && ok;
    if (!ok || rename(tmp, path))
        unlink(tmp);
    else
        cache_prune(path);
out:
    free(tmp);
    free(dir);
out0:
    for (int d = 0; d < N_DBS; d++)
        free(bytes[d]);
}

/* ---- build and scan -------------------------------------------------------- */

void loyalp_prefilter_free(loyalp_prefilter *pf) {
    if (!pf)
        return;
    for (int d = 0; d < N_DBS; d++) {
        hs_free_scratch(pf->proto[d]);
        hs_free_database(pf->db[d]);
    }
    free(pf->dbs);
    for (size_t i = 0; pf->patterns && i < pf->n_ids; i++)
        free(pf->patterns[i]);
    for (size_t i = 0; pf->checks && i < pf->n_ids; i++)
        loyalp_check_free(pf->checks[i]);
    free(pf->patterns);
    free(pf->checks);
    free(pf->flags);
    free(pf->always);
    stem_index_free(&pf->stems);
    free(pf);
}

loyal_status loyalp_prefilter_build(loyalp_prefilter **out, const loyal_lexicon *lex,
                                    const char *cache_dir, loyal_error *err) {
    *out = NULL;
    double t0 = now();
    loyalp_prefilter *pf = calloc(1, sizeof *pf);
    if (!pf)
        return loyalp_nomem(err);
    pf->n_ids = lex->n_rules + lex->n_cues;
    pf->words = (pf->n_ids + 63) / 64;
    pf->patterns = calloc(pf->n_ids + 1, sizeof *pf->patterns);
    pf->flags = calloc(pf->n_ids + 1, sizeof *pf->flags);
    pf->checks = calloc(pf->n_ids + 1, sizeof *pf->checks);
    pf->dbs = calloc(pf->n_ids + 1, 1);
    pf->always = calloc(pf->words + 1, sizeof *pf->always);
    if (!pf->patterns || !pf->flags || !pf->checks || !pf->dbs || !pf->always)
        goto nomem;
    if (stem_index_build(&pf->stems, lex))
        goto nomem;
    for (size_t i = 0; i < pf->n_ids; i++) {
        const loyalp_rule *r = rule_of(lex, i);
        loyal_lang l = r->info.lang;
        pf->dbs[i] = (l != LOYAL_LANG_EN ? 1 << DB_RU : 0) | (l != LOYAL_LANG_RU ? 1 << DB_EN : 0);
        if (r->info.kind == LOYAL_RULE_TERM) {
            const loyalp_word *w = term_anchor(r);
            if (!w || (!w->prefix && !w->suffix))
                continue; /* in the stem index, or no words: never matches */
            pf->patterns[i] = literal_pattern(w->s, w->len);
            pf->flags[i] = TERM_FLAGS;
        } else {
            /* The source as written; PCRE2 got it with ё folded (lexicon.c). */
            char *src = strdup(r->info.source);
            if (!src)
                goto nomem;
            fold_yo(src);
            /* Its literal set in the database, the rest of its skeleton
             * checked after a hit; a set with a short literal would hit
             * most texts, so then the two factors in order, as a regex. */
            loyalp_check *c = loyalp_check_create(src);
            bool wide = c && !loyalp_check_exact(c) && loyalp_check_shortest(c) < STRONG_CHARS;
            if (c && !(pf->patterns[i] = wide ? loyalp_regex_widen(src)
                                              : strdup(loyalp_check_literals(c)))) {
                free(src);
                loyalp_check_free(c);
                goto nomem;
            }
            free(src);
            pf->flags[i] = wide ? WIDE_FLAGS : REGEX_FLAGS;
            if (c && loyalp_check_exact(c))
                loyalp_check_free(c);
            else
                pf->checks[i] = c;
        }
        if (!pf->patterns[i])
            pf->always[i / 64] |= (uint64_t)1 << (i % 64);
    }
    /* The digest covers the patterns before Hyperscan rejects any: they
     * are what the lexicon and this code make, the file records the rest. */
    digest_of(pf);
    char *path = cache_dir && !*cache_dir ? NULL : cache_path(cache_dir, lex);
    bool any = false;
    for (size_t i = 0; i < pf->n_ids && !any; i++)
        any = pf->patterns[i] != NULL;
    if (!any)
        path = (free(path), NULL);
    if (path && cache_read(pf, path)) {
        pf->info.from_cache = true;
    } else {
        precheck(pf);
        if (!compile(pf)) {
            free(path);
            loyalp_prefilter_free(pf);
            return LOYAL_OK; /* nothing to gain: the exact path */
        }
        if (path && (pf->db[DB_RU] || pf->db[DB_EN]))
            cache_write(pf, path);
    }
    free(path);
    for (int d = 0; d < N_DBS; d++)
        if (pf->db[d] && hs_alloc_scratch(pf->db[d], &pf->proto[d]) != HS_SUCCESS)
            goto nomem;
    pf->info.rules = lex->n_rules;
    pf->info.cues = lex->n_cues;
    pf->info.stem_indexed = pf->stems.n_ids;
    for (size_t i = 0; i < pf->n_ids; i++) {
        pf->info.in_db += pf->patterns[i] != NULL;
        pf->info.always += (pf->always[i / 64] >> (i % 64)) & 1;
    }
    for (int d = 0; d < N_DBS; d++) {
        size_t size = 0;
        if (pf->db[d] && hs_database_size(pf->db[d], &size) == HS_SUCCESS)
            pf->info.db_bytes += size;
    }
    pf->info.build_secs = now() - t0;
    *out = pf;
    return LOYAL_OK;
nomem:
    loyalp_prefilter_free(pf);
    return loyalp_nomem(err);
}

const loyalp_pf_info *loyalp_prefilter_info(const loyalp_prefilter *pf) {
    return &pf->info;
}

const char *loyalp_prefilter_pattern(const loyalp_prefilter *pf, size_t i) {
    return i < pf->n_ids ? pf->patterns[i] : NULL;
}

loyal_status loyalp_pf_scratch_create(loyalp_pf_scratch **out, const loyalp_prefilter *pf) {
    *out = NULL;
    loyalp_pf_scratch *s = calloc(1, sizeof *s);
    if (!s)
        return LOYAL_ERR_NOMEM;
    s->hit = calloc(pf->words + 1, sizeof *s->hit);
    s->out = malloc((pf->n_ids + 1) * sizeof *s->out);
    bool failed = !s->hit || !s->out;
    for (int d = 0; d < N_DBS && !failed; d++)
        failed = pf->proto[d] && hs_clone_scratch(pf->proto[d], &s->hs[d]) != HS_SUCCESS;
    if (failed) {
        loyalp_pf_scratch_free(s);
        return LOYAL_ERR_NOMEM;
    }
    *out = s;
    return LOYAL_OK;
}

void loyalp_pf_scratch_free(loyalp_pf_scratch *s) {
    if (!s)
        return;
    for (int d = 0; d < N_DBS; d++)
        hs_free_scratch(s->hs[d]);
    free(s->hit);
    free(s->out);
    free(s);
}

static int on_match(unsigned id, unsigned long long from, unsigned long long to,
                    unsigned flags, void *ctx) {
    (void)from, (void)to, (void)flags;
    uint64_t *hit = ctx;
    hit[id / 64] |= (uint64_t)1 << (id % 64);
    return 0;
}

void loyalp_prefilter_scan(const loyalp_prefilter *pf, loyalp_pf_scratch *s, const char *text,
                           size_t len, loyal_lang lang) {
    s->text = text;
    s->len = len;
    s->sig_ready = false;
    for (int d = 0; d < N_DBS; d++) {
        if (!pf->db[d] || (lang == LOYAL_LANG_RU && d != DB_RU) ||
            (lang == LOYAL_LANG_EN && d != DB_EN))
            continue;
        if (hs_scan(pf->db[d], text, (unsigned)len, 0, s->hs[d], on_match, s->hit) != HS_SUCCESS)
            s->all = true;
    }
}

bool loyalp_prefilter_wants_stems(const loyalp_prefilter *pf) {
    return pf->stems.n_ids > 0;
}

uint32_t loyalp_prefilter_stem_key(const loyalp_prefilter *pf, const char *stem, size_t len,
                                   uint32_t hash) {
    const stem_index *x = &pf->stems;
    const stem_key *k = stem_slot(x, stem, len, hash);
    return k->hash ? (uint32_t)(k - x->slots) + 1 : LOYALP_NO_KEY;
}

void loyalp_prefilter_key(const loyalp_prefilter *pf, loyalp_pf_scratch *s, uint32_t key) {
    if (key == LOYALP_NO_KEY || key == 0)
        return;
    const stem_index *x = &pf->stems;
    const stem_key *k = &x->slots[key - 1];
    for (uint32_t i = 0; i < k->count; i++) {
        uint32_t id = x->ids[k->first + i];
        s->hit[id / 64] |= (uint64_t)1 << (id % 64);
    }
}

/* The signature of the text of the last scan, computed once. */
static const uint64_t *text_sig(loyalp_pf_scratch *s) {
    if (!s->sig_ready) {
        loyalp_check_sig(s->text, s->len, s->sig);
        s->sig_ready = true;
    }
    return s->sig;
}

bool loyalp_prefilter_more(const loyalp_prefilter *pf, loyalp_pf_scratch *s, size_t rule,
                           size_t from) {
    if (rule >= pf->n_ids || !pf->checks[rule] || s->all)
        return true;
    return loyalp_check_run(pf->checks[rule], s->text, s->len, from, text_sig(s));
}

size_t loyalp_prefilter_candidates(const loyalp_prefilter *pf, loyalp_pf_scratch *s,
                                   const uint32_t **rules) {
    size_t n = 0;
    /* The bitmap gives the rules in ascending order, and is cleared on the way. */
    for (size_t w = 0; w < pf->words; w++) {
        uint64_t bits = s->all ? ~(uint64_t)0 : s->hit[w] | pf->always[w];
        s->hit[w] = 0;
        while (bits) {
            size_t i = w * 64 + (size_t)__builtin_ctzll(bits);
            bits &= bits - 1;
            if (i >= pf->n_ids)
                continue;
            /* A regex's hit is one of its literals: the rest of its
             * skeleton must be there too. */
            if (pf->checks[i] && !s->all) {
                if (!loyalp_check_run(pf->checks[i], s->text, s->len, 0, text_sig(s)))
                    continue;
            }
            s->out[n++] = (uint32_t)i;
        }
    }
    s->all = false;
    *rules = s->out;
    return n;
}

#else /* no Hyperscan: the exact path */

struct loyalp_prefilter {
    loyalp_pf_info info;
};

loyal_status loyalp_prefilter_build(loyalp_prefilter **out, const loyal_lexicon *lex,
                                    const char *cache_dir, loyal_error *err) {
    (void)lex, (void)cache_dir, (void)err;
    *out = NULL;
    return LOYAL_OK;
}

void loyalp_prefilter_free(loyalp_prefilter *pf) {
    (void)pf;
}

const loyalp_pf_info *loyalp_prefilter_info(const loyalp_prefilter *pf) {
    return &pf->info;
}

const char *loyalp_prefilter_pattern(const loyalp_prefilter *pf, size_t i) {
    (void)pf, (void)i;
    return NULL;
}

loyal_status loyalp_pf_scratch_create(loyalp_pf_scratch **out, const loyalp_prefilter *pf) {
    (void)pf;
    *out = NULL;
    return LOYAL_ERR_NOMEM;
}

void loyalp_pf_scratch_free(loyalp_pf_scratch *s) {
    (void)s;
}

void loyalp_prefilter_scan(const loyalp_prefilter *pf, loyalp_pf_scratch *s, const char *text,
                           size_t len, loyal_lang lang) {
    (void)pf, (void)s, (void)text, (void)len, (void)lang;
}

bool loyalp_prefilter_wants_stems(const loyalp_prefilter *pf) {
    (void)pf;
    return false;
}

uint32_t loyalp_prefilter_stem_key(const loyalp_prefilter *pf, const char *stem, size_t len,
                                   uint32_t hash) {
    (void)pf, (void)stem, (void)len, (void)hash;
    return LOYALP_NO_KEY;
}

void loyalp_prefilter_key(const loyalp_prefilter *pf, loyalp_pf_scratch *s, uint32_t key) {
    (void)pf, (void)s, (void)key;
}

bool loyalp_prefilter_more(const loyalp_prefilter *pf, loyalp_pf_scratch *s, size_t rule,
                           size_t from) {
    (void)pf, (void)s, (void)rule, (void)from;
    return true;
}

size_t loyalp_prefilter_candidates(const loyalp_prefilter *pf, loyalp_pf_scratch *s,
                                   const uint32_t **rules) {
    (void)pf, (void)s;
    *rules = NULL;
    return 0;
}

#endif
