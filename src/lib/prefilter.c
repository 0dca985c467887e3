/* prefilter.c — which rules can match a text: Hyperscan databases (one per
 * language) and a stem index, built per lexicon (see prefilter.h).
 *
 * Every pattern in the database must match whenever its rule can, and may
 * match more often (a superset): the tagger confirms every candidate with
 * the exact matcher, so a wide pattern costs a confirm, a narrow one would
 * lose a mention. What each rule contributes:
 *
 *   REGEX, EXCLUDE  the best two literal factors of the regex's skeleton,
 *                   in order (loyalp_regex_widen): "менеджер.*качеств",
 *                   literals or sets of literals every match contains, or
 *                   the whole skeleton when no factor is long enough to be
 *                   rare;
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

#include "buf.h"
#include "error.h"
#include "lexicon.h"
#include "stem.h"
#include "wordstart.h"

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

/* A bound on the runs of whitespace a part of a pattern can match, for
 * the word-start index's pairs; BOUND_INF is none. */
#define BOUND_INF 15u

static unsigned bound_add(unsigned a, unsigned b) {
    return a + b >= BOUND_INF ? BOUND_INF : a + b;
}

/* a, `times` times over (times BOUND_INF: any number). */
static unsigned bound_mul(unsigned a, unsigned times) {
    if (a == 0 || times == 0)
        return 0;
    return times >= BOUND_INF || a * times >= BOUND_INF ? BOUND_INF : a * times;
}

/* The quantifier at p, if any: its length with a lazy or possessive mark
 * (0 when there is none), whether it allows zero repeats and whether it
 * allows more than one, and at most how many (BOUND_INF: no limit; 1
 * without a quantifier). */
static size_t quantifier(const char *p, bool *min0, bool *many, unsigned *max) {
    size_t n = 0;
    *min0 = *many = false;
    *max = 1;
    if (*p == '*' || *p == '+' || *p == '?') {
        n = 1;
        *min0 = *p != '+';
        *many = *p != '?';
        *max = *p == '?' ? 1 : BOUND_INF;
    } else if (*p == '{' && (n = counted_repeat(p))) {
        char *end;
        unsigned long lo = strtoul(p + 1, &end, 10), hi = lo;
        if (*end == ',')
            hi = end[1] == '}' ? BOUND_INF : strtoul(end + 1, NULL, 10);
        *min0 = lo == 0;
        *many = hi > 1;
        *max = hi >= BOUND_INF ? BOUND_INF : (unsigned)hi;
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

/* A gap is ".*", or ".*!" and a letter 'a' + k when it matches at most k
 * runs of whitespace ('!' never stands raw for a literal: put_byte escapes
 * it). loyalp_regex_widen drops the bounds; the word-start index checks
 * them between the two sets of a pair. */

/* Length of the gap at s[i] (s[i] == '.'), and its bound. */
static size_t gap_len(const char *s, size_t i) {
    return s[i + 2] == '!' && s[i + 3] ? 4 : 2;
}

static unsigned gap_bound(const char *s, size_t i) {
    return gap_len(s, i) == 4 ? (unsigned)(s[i + 3] - 'a') : BOUND_INF;
}

/* Where a gap the string s[0, n) ends with starts, or n when it ends with
 * none. */
static size_t gap_at_end(const char *s, size_t n) {
    if (n >= 2 && s[n - 2] == '.' && s[n - 1] == '*')
        return n - 2;
    if (n >= 4 && s[n - 4] == '.' && s[n - 3] == '*' && s[n - 2] == '!')
        return n - 4;
    return n;
}

/* A gap of at most `bound` runs of whitespace; merged with a gap the
 * output ends with (their bounds add up). */
static void put_gap(sbuf *out, unsigned bound) {
    size_t at = out->s ? gap_at_end(out->s, out->n) : out->n;
    if (at < out->n) {
        bound = bound_add(bound, gap_bound(out->s, at));
        out->n = at;
        out->s[at] = '\0';
    }
    if (bound >= BOUND_INF) {
        sb_str(out, ".*");
    } else {
        char g[5] = {'.', '*', '!', (char)('a' + bound), '\0'};
        sb_str(out, g);
    }
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
            b += gap_len(s, b);
        if (e > b)
            e = b + gap_at_end(s + b, e - b);
        if (e <= b)
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

/* ---- word starts ---------------------------------------------------------
 * Most regexes begin a word with (?<!\w), \b or after \s+. The skeleton
 * keeps that as a marker '<' (never a literal there: put_byte escapes it)
 * before the literal or group it applies to: the character before that
 * point is the start of the text or not a word character. The marker is
 * only written where that character cannot be one the skeleton already
 * spells (at the start, after a gap that follows a word character, after
 * a gap of \s); loyalp_regex_word_starts turns such literals into keys of
 * the word-start index (wordstart.c), and loyalp_regex_widen drops the
 * markers (spelled for Hyperscan they made its scan slower; see
 * docs/PERFORMANCE.md). Likewise a marker '>' (w_end) right after a spelled
 * word character says the character after it is not a word character or
 * the text ends: \s+ \W (?!\w) \b $ follow. A literal that ends there
 * must end its word, which most words that merely start with it do not. */
typedef enum pend_kind {
    PEND_NONE, /* nothing known of the character before this position */
    PEND_B,    /* \b: non-word before, if a word character follows */
    PEND_NW    /* a non-word character (or the start) before */
} pend_kind;

typedef enum last_kind {
    LAST_OTHER, /* the marker would consume a spelled literal */
    LAST_WORD,  /* a word character was just spelled: safe after a gap */
    LAST_SAFE   /* the marker's character is not a spelled literal */
} last_kind;

typedef struct wstate {
    pend_kind pend;
    last_kind last;
} wstate;

static wstate w_meet(wstate a, wstate b) {
    wstate m;
    m.pend = a.pend < b.pend ? a.pend : b.pend;
    m.last = a.last == b.last ? a.last
             : (a.last == LAST_OTHER || b.last == LAST_OTHER) ? LAST_OTHER
                                                              : LAST_WORD;
    return m;
}

/* The state after a gap (any text, maybe none). */
static wstate w_gap(wstate w) {
    w.pend = PEND_NONE;
    if (w.last == LAST_WORD)
        w.last = LAST_SAFE;
    return w;
}

/* Writes the marker before an atom whose output starts with byte `first`
 * (-1: not known, a class), when the state allows. */
static void w_mark(wstate *w, sbuf *out, int first) {
    bool word = first >= 0 && loyalp_ws_word_byte((unsigned char)first);
    if (w->last == LAST_SAFE &&
        (w->pend == PEND_NW || (w->pend == PEND_B && word)))
        sb_str(out, "<");
    w->pend = PEND_NONE;
}

/* The state after spelling a character with lead byte `lead` (-1: a class). */
static void w_spelled(wstate *w, int lead) {
    w->pend = PEND_NONE;
    w->last = lead >= 0 && loyalp_ws_word_byte((unsigned char)lead) ? LAST_WORD : LAST_OTHER;
}

static bool skel_has_gap(const char *s, size_t a, size_t b);

/* Writes the word-end marker: what follows this point is not a word
 * character (or the end of the text). Only right after a spelled word
 * character, where it can end a literal, and not after a group with gaps
 * (which is an element of its own only when nothing is glued to it). */
static void w_end(wstate w, sbuf *out) {
    if (w.last != LAST_WORD || !out->n || out->s[out->n - 1] == '>')
        return;
    if (out->s[out->n - 1] == ')') {
        size_t i = out->n - 1;
        int depth = 0;
        for (;; i--) { /* the group's "(?:" (parentheses are only syntax) */
            depth += out->s[i] == ')' ? 1 : out->s[i] == '(' ? -1 : 0;
            if (!depth || !i)
                break;
        }
        if (skel_has_gap(out->s, i, out->n))
            return;
    }
    sb_str(out, ">");
}

/* What the members of a class p[0, n) can be, for the word-start marks and
 * the gaps' bounds: word characters, whitespace, other marks (ASCII
 * punctuation, escaped marks, « » ‘ ’ “ ” – —), or CM_UNKNOWN — a negated
 * class, a range, \p, \D … — which the callers take as anything. */
enum { CM_WORD = 1, CM_SPACE = 2, CM_MARK = 4, CM_UNKNOWN = 8 };

static unsigned class_members(const char *p, size_t n) {
    static const char *const marks[] = {"«", "»", "‘", "’", "“", "”", "–", "—"};
    if (p[1] == '^')
        return CM_UNKNOWN;
    unsigned m = 0;
    for (size_t i = 1; i + 1 < n;) {
        unsigned char c = (unsigned char)p[i];
        if (c == '\\' && i + 2 < n) {
            unsigned char e = (unsigned char)p[i + 1];
            if (e && strchr("shvtnrf", e))
                m |= CM_SPACE;
            else if (e == 'w' || e == 'd')
                m |= CM_WORD;
            else if (e == 'S')
                m |= CM_WORD | CM_MARK;
            else if (e == 'W')
                m |= CM_SPACE | CM_MARK;
            else if (e < 0x80 && !loyalp_ws_word_byte(e))
                m |= CM_MARK; /* an escaped mark */
            else
                return CM_UNKNOWN; /* \D \p \x … */
            i += 2;
        } else if (c == '-' && i > 1 && i + 2 < n) {
            return CM_UNKNOWN; /* a range: not looked into */
        } else if (c < 0x80) {
            m |= loyalp_ws_space_byte(c) ? CM_SPACE : loyalp_ws_word_byte(c) ? CM_WORD : CM_MARK;
            i++;
        } else if (c == 0xD0 || c == 0xD1) {
            m |= CM_WORD; /* Cyrillic letters */
            i += 2;
        } else {
            size_t k = 0, len = 0;
            for (; k < sizeof marks / sizeof *marks && !len; k++)
                if (!strncmp(p + i, marks[k], strlen(marks[k])))
                    len = strlen(marks[k]);
            if (!len)
                return CM_UNKNOWN;
            m |= CM_MARK;
            i += len;
        }
    }
    return m;
}

/* Is the class only of characters no PCRE2 counts as word characters? */
static bool nonword_class(const char *p, size_t n) {
    unsigned m = class_members(p, n);
    return m && !(m & (CM_WORD | CM_UNKNOWN));
}

/* Does a class put_class did not spell hold whitespace: none, only
 * whitespace, or maybe some of each? */
typedef enum ws_kind { WS_NONE, WS_ONLY, WS_ANY } ws_kind;

static ws_kind class_ws(const char *p, size_t n) {
    unsigned m = class_members(p, n);
    if (m & CM_UNKNOWN)
        return WS_ANY;
    return !(m & CM_SPACE) ? WS_NONE : m == CM_SPACE ? WS_ONLY : WS_ANY;
}

static size_t skel_next(const char *s, size_t i);
static size_t skel_group_end(const char *s, size_t i);

/* At most how many runs of whitespace the alternation s[a, b) of a
 * skeleton can match: its gaps' bounds, its literal spaces, its groups'. */
static unsigned skel_bound(const char *s, size_t a, size_t b) {
    unsigned best = 0, cur = 0;
    for (size_t i = a; i <= b;) {
        if (i == b || s[i] == '|') {
            best = cur > best ? cur : best;
            cur = 0;
            i++;
            continue;
        }
        if (s[i] == '(') {
            size_t e = skel_group_end(s, i);
            cur = bound_add(cur, skel_bound(s, i + 3, e - 1));
            i = e;
            continue;
        }
        if (s[i] == '.') {
            cur = bound_add(cur, gap_bound(s, i));
        } else if (s[i] == '\\') {
            unsigned v = (unsigned)strtoul((char[3]){s[i + 2], s[i + 3], 0}, NULL, 16);
            if (v < 0x80 && loyalp_ws_space_byte((unsigned char)v))
                cur = bound_add(cur, 1);
        } else if (s[i] == '[') {
            cur = bound_add(cur, 1); /* a range of two-byte characters: maybe a space */
        }
        i = skel_next(s, i);
    }
    return best;
}

/* Does the lookaround body p[0, n) match every word character: "\w", or
 * one class (not negated) that holds \w? Its negative lookaround then
 * says the character there is not a word character. */
static bool word_class_body(const char *p, size_t n) {
    if (n == 2 && p[0] == '\\' && p[1] == 'w')
        return true;
    if (n < 4 || p[0] != '[' || p[1] == '^' || class_len(p) != n)
        return false;
    for (size_t i = 1; i + 1 < n;) {
        if (p[i] != '\\') {
            i++;
            continue;
        }
        if (p[i + 1] == 'w')
            return true;
        i += 1 + u8len((unsigned char)p[i + 1]);
    }
    return false;
}

/* Does a quantifier that allows none start at p? */
static bool optional_next(const char *p) {
    bool min0, many;
    unsigned max;
    return quantifier(p, &min0, &many, &max) && min0;
}

/* The skeleton of a pattern (see loyalp_regex_widen), or NULL. */
static char *skeleton(const char *p) {
    sbuf out = {NULL, 0, 0, false};
    size_t open[MAX_DEPTH];                    /* output length where each open group starts */
    wstate at_open[MAX_DEPTH], at_end[MAX_DEPTH]; /* word-start state at a group's start, end */
    bool ended[MAX_DEPTH];                     /* at_end holds an alternative's end */
    const wstate start = {PEND_NONE, LAST_SAFE};
    wstate w = start;
    int depth = 0;
    size_t i = 0;
    while (p[i] && !out.failed) {
        char c = p[i];
        atom_kind k = ATOM_LITERAL;
        size_t mark = out.n; /* where this atom's output starts */
        wstate w0 = w;       /* the word-start state before the atom */
        bool nw_gap = false; /* \s, \W, \h, \v: a gap of non-word characters */
        ws_kind wk = WS_ANY;  /* for a gap: whitespace in what it stands for */
        bool group = false;  /* the atom is a group: w is already its end state */
        int lead = -1;       /* lead byte of the atom's (only) character, if known */
        if (c == '\\') {
            char e = p[i + 1];
            if (!e)
                goto fail;
            if (e == 'd') {
                /* A digit: spelled as one character for the word-start
                 * index (a gap again for Hyperscan: digits_as_gaps). */
                lead = '0';
                w_mark(&w, &out, lead);
                sb_put(&out, &(char){LOYALP_WS_DIGIT}, 1);
                i += 2;
            } else if (strchr("wsdhvSWDHV", e) || (e == 'N' && p[i + 2] != '{')) {
                k = ATOM_ANY, i += 2;
                nw_gap = strchr("sWhv", e) != NULL;
                wk = strchr("shv", e) ? WS_ONLY : strchr("wdS", e) ? WS_NONE : WS_ANY;
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
                /* Assertions, \K, a stray \E. After a word character, \b,
                 * \z and \Z end the word. */
                if (strchr("bzZ", e) && !optional_next(p + i + 2))
                    w_end(w, &out);
                if (e == 'b' && w.pend < PEND_B)
                    w.pend = PEND_B;
                else if (e == 'A')
                    w.pend = PEND_NW;
                k = ATOM_NONE, i += 2;
            } else if (e == 'x' || (e == 'N' && p[i + 2] == '{')) {
                /* \xHH, \x{H…} or \N{U+H…}: a code point, written as its
                 * UTF-8 bytes. */
                char *end;
                unsigned long cp;
                if (e == 'N' && strncmp(p + i + 3, "U+", 2))
                    goto fail; /* \N{name}: not PCRE2's */
                if (p[i + 2] == '{') {
                    const char *hex = p + i + (e == 'N' ? 5 : 3);
                    cp = strtoul(hex, &end, 16);
                    if (end == hex || *end != '}' || cp > 0x10FFFF)
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
                lead = cp < 0x80 ? (int)cp : cp < 0x800 ? (int)(0xC0 | cp >> 6) : 0xE0;
                w_mark(&w, &out, lead);
                put_code_point(&out, (uint32_t)cp);
            } else if (strchr("tnrfea", e)) {
                static const char from[] = "tnrfea", to[] = "\t\n\r\f\x1b\a";
                lead = (unsigned char)to[strchr(from, e) - from];
                w_mark(&w, &out, lead);
                put_byte(&out, (unsigned char)lead);
                i += 2;
            } else if ((unsigned char)e >= 0x80) {
                size_t n = u8len((unsigned char)e);
                lead = (unsigned char)e;
                w_mark(&w, &out, lead);
                for (size_t b = 0; b < n; b++)
                    put_byte(&out, (unsigned char)p[i + 1 + b]);
                i += 1 + n;
            } else if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || is_digit(e)) {
                goto fail; /* back references, \R \X \Q \g \k \o \c …: not rewritten */
            } else {
                lead = (unsigned char)e; /* an escaped punctuation mark */
                w_mark(&w, &out, lead);
                put_byte(&out, (unsigned char)e), i += 2;
            }
        } else if (c == '[') {
            size_t n = class_len(p + i);
            if (!n)
                goto fail;
            w_mark(&w, &out, -1);
            if (!put_class(&out, p + i, n)) {
                out.n = mark; /* no marker before a gap */
                if (out.s)
                    out.s[out.n] = '\0';
                k = ATOM_ANY;
                nw_gap = nonword_class(p + i, n); /* [-\s] as \s */
                wk = class_ws(p + i, n);
            } else if (nonword_class(p + i, n)) {
                /* Spelled, so no marker after it; but left out as optional,
                 * the character before what follows is still non-word. */
                w_spelled(&w, -1);
                w.pend = PEND_NW;
                i += n;
                goto quantified;
            }
            i += n;
        } else if (c == '.') {
            k = ATOM_ANY, i++;
        } else if (c == '^' || c == '$') {
            if (c == '^')
                w.pend = PEND_NW;
            else if (!optional_next(p + i + 1))
                w_end(w, &out); /* the end, or a final newline */
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
                    /* (?<!\w) and (?<![\w…]): a non-word character before;
                     * (?!\w) and (?![\w…]) one after. */
                    size_t body = *g == '<' ? 4 : 3;
                    if (g[*g == '<'] == '!' && word_class_body(p + i + body, n - body - 1) &&
                        !optional_next(p + i + n)) {
                        if (*g == '<')
                            w.pend = PEND_NW;
                        else
                            w_end(w, &out);
                    }
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
            /* Each alternative starts in the state before the group: a word
             * start is marked inside, before each alternative's literal. */
            at_open[depth] = w;
            ended[depth] = false;
            open[depth++] = out.n;
            sb_str(&out, "(?:");
            i += skip;
            continue;
        } else if (c == '|') {
            if (depth) {
                at_end[depth - 1] = ended[depth - 1] ? w_meet(at_end[depth - 1], w) : w;
                ended[depth - 1] = true;
            }
            w = depth ? at_open[depth - 1] : start;
            sb_str(&out, "|"), i++;
            continue;
        } else if (c == ')') {
            if (depth == 0)
                goto fail;
            sb_str(&out, ")"), i++;
            depth--;
            mark = open[depth];
            w0 = at_open[depth];
            w = ended[depth] ? w_meet(at_end[depth], w) : w;
            group = true;
        } else if (c == '{' && p[i + 1] == ',' && is_digit(p[i + 2])) {
            /* {,n}: literal text to PCRE2 10.42, a quantifier from 10.43
             * on; not knowing which runs, the regex is not rewritten. */
            goto fail;
        } else if (c == '*' || c == '+' || c == '?' || (c == '{' && counted_repeat(p + i))) {
            goto fail; /* a quantifier with nothing to repeat */
        } else if ((unsigned char)c >= 0x80) {
            size_t n = u8len((unsigned char)c);
            lead = (unsigned char)c;
            w_mark(&w, &out, lead);
            for (size_t b = 0; b < n && p[i + b]; b++)
                put_byte(&out, (unsigned char)p[i + b]);
            i += n;
        } else {
            lead = (unsigned char)c;
            w_mark(&w, &out, lead);
            put_byte(&out, (unsigned char)c), i++;
        }
        if (k == ATOM_LITERAL && !group)
            w_spelled(&w, lead);
    quantified:;
        /* A repeat that may be absent makes the atom (or group) a gap; one
         * that may repeat adds a gap after it; lazy or possessive, the same. */
        bool min0, many;
        unsigned max;
        size_t q = quantifier(p + i, &min0, &many, &max);
        i += q;
        if (k == ATOM_NONE)
            continue;
        if (k == ATOM_ANY) {
            /* \s, \W and such, at least once: the word before ends. */
            if (nw_gap && !(q && min0))
                w_end(w0, &out);
            /* Whitespace only: one run however often; maybe: one a repeat. */
            put_gap(&out, wk == WS_NONE ? 0 : wk == WS_ONLY ? 1 : bound_mul(1, max));
            w = nw_gap && !(q && min0) ? (wstate){PEND_NW, LAST_SAFE} : w_gap(w0);
            continue;
        }
        if (!q)
            continue;
        unsigned once = out.s ? skel_bound(out.s, mark, out.n) : 0; /* the atom, once */
        if (min0) {
            /* Absent or present, nothing of it is spelled any more: the
             * last spelled character is the one before it, then a gap; the
             * character before this point is non-word if it is both ways. */
            pend_kind pend = w0.pend < w.pend ? w0.pend : w.pend;
            out.n = mark;
            if (out.s)
                out.s[out.n] = '\0';
            put_gap(&out, bound_mul(once, max));
            w = w_gap(w0);
            w.pend = pend;
        } else if (many) {
            put_gap(&out, bound_mul(once, max >= BOUND_INF ? BOUND_INF : max - 1));
            w = w_gap(w);
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
        return i + gap_len(s, i); /* .* or .*!k */
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
        if (s[i] == '[' ? s[i + 3] != '8'
                        : s[i] != '<' && s[i] != '>' && ((unsigned char)s[i] & 0xC0) != 0x80)
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
    put_gap(&f.text, BOUND_INF); /* Hyperscan's factors: no bound wanted */
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

/* s without its word-start markers and gap bounds, in place. */
static char *strip_marks(char *s) {
    if (s) {
        char *w = s;
        for (const char *q = s; *q; q++) {
            if (*q == '!' && q[1])
                q++; /* a gap's bound: '!' and its letter */
            else if (*q != '<' && *q != '>')
                *w++ = *q;
        }
        *w = '\0';
    }
    return s;
}

/* The skeleton as Hyperscan takes it: each digit a gap with no whitespace
 * (its markers dropped), merged with the gaps around it, the alternatives
 * trimmed again. NULL (skel freed) when an alternative is left empty. */
static char *digits_as_gaps(char *skel) {
    if (!skel || !strchr(skel, LOYALP_WS_DIGIT))
        return skel;
    sbuf out = {NULL, 0, 0, false};
    for (size_t i = 0; skel[i];) {
        size_t n = skel_next(skel, i);
        if (skel[i] == '<' && skel[n] == LOYALP_WS_DIGIT) {
            i = n; /* the digit's word-start marker */
        } else if (skel[i] == LOYALP_WS_DIGIT) {
            put_gap(&out, 0);
            i = skel[n] == '>' ? n + 1 : n; /* and its word-end marker */
        } else if (skel[i] == '.') {
            put_gap(&out, gap_bound(skel, i));
            i = n;
        } else {
            sb_put(&out, skel + i, n - i);
            i = n;
        }
    }
    free(skel);
    if (out.failed || !out.n || !trim_gaps(&out) || !out.n) {
        free(out.s);
        return NULL;
    }
    return out.s;
}

char *loyalp_regex_widen(const char *p) {
    char *skel = digits_as_gaps(skeleton(p));
    if (!skel)
        return NULL;
    factor f = best_alt(skel, 0, strlen(skel));
    if (f.text.failed || f.chars < MIN_FACTOR_CHARS || !f.text.n) {
        free(f.text.s);
        return strip_marks(skel);
    }
    free(skel);
    return strip_marks(f.text.s);
}

/* ---- word-start literals -------------------------------------------------- *
 * loyalp_regex_word_starts reads a skeleton, markers and gap bounds kept, as
 * clauses: sets of literals at word starts (an AND of up to two, each an OR
 * of literals) and sets to find anywhere. Grammar of a skeleton:
 * alternatives ('|') of sequences, a sequence is elements between gaps
 * (".*" or ".*!k"), an element a gap-free run (bytes, \xHH, '<', gap-free
 * groups) or a group with gaps. */

#define WS_MAX_LITS 64

typedef struct lits {
    sbuf *v;
    size_t n;
    bool failed;
    bool cut; /* some are prefixes of what is spelled: nothing may follow */
} lits;

static void lits_free(lits *l) {
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i].s);
    free(l->v);
    l->v = NULL;
    l->n = 0;
}

/* Adds the string a[0, na) b[0, nb) to l. */
static void lits_push(lits *l, const char *a, size_t na, const char *b, size_t nb) {
    if (l->failed)
        return;
    if (l->n == WS_MAX_LITS) {
        l->failed = true;
        return;
    }
    if (!l->v && !(l->v = calloc(WS_MAX_LITS, sizeof *l->v))) {
        l->failed = true;
        return;
    }
    char *s = malloc(na + nb + 1);
    if (!s) {
        l->failed = true;
        return;
    }
    memcpy(s, a, na);
    memcpy(s + na, b, nb);
    s[na + nb] = '\0';
    l->v[l->n++] = (sbuf){s, na + nb, na + nb + 1, false};
}

static void lits_take(lits *l, lits *from) {
    for (size_t i = 0; i < from->n; i++)
        lits_push(l, from->v[i].s, from->v[i].n, "", 0);
    l->failed |= from->failed;
    l->cut |= from->cut;
    lits_free(from);
}

/* Index of the end of the top-level part of t[a, b) starting at a: the next
 * top-level `stop` ("|" or ".*") or b. */
static size_t part_end(const char *t, size_t a, size_t b, char stop) {
    int depth = 0;
    for (size_t i = a; i < b; i = skel_next(t, i)) {
        if (t[i] == '(')
            depth++;
        else if (t[i] == ')')
            depth--;
        else if (depth == 0 && t[i] == stop)
            return i;
    }
    return b;
}

/* The next element of the sequence t[*i, e) — the text between two gaps,
 * never empty — into [*a, *b); false when there is none left. Start with
 * *i at the sequence's start. */
static bool next_element(const char *t, size_t *i, size_t e, size_t *a, size_t *b) {
    while (*i <= e) {
        size_t start = *i, g = part_end(t, start, e, '.');
        *i = g < e ? skel_next(t, g) : e + 1;
        if (g > start) {
            *a = start;
            *b = g;
            return true;
        }
    }
    return false;
}

static void expand_alt(const char *t, size_t a, size_t b, lits *out);

/* Every string the sequence t[a, b) spells (markers kept), up to its first
 * gap or byte class, if any (then `cut`: each a prefix of what a match
 * spells there). */
static void expand_seq(const char *t, size_t a, size_t b, lits *out) {
    lits cur = {NULL, 0, false, false};
    lits_push(&cur, "", 0, "", 0);
    for (size_t i = a; i < b && !cur.failed && !cur.cut;) {
        if (t[i] == '.' || t[i] == '[') {
            /* A gap or a byte class, not spelled out: what came before is
             * spelled all the same (a prefix of every match's text here). */
            cur.cut = true;
        } else if (t[i] == '(') {
            size_t e = skel_group_end(t, i);
            lits sub = {NULL, 0, false, false}, next = {NULL, 0, false, false};
            expand_alt(t, i + 3, e - 1, &sub);
            for (size_t x = 0; x < cur.n && !sub.failed; x++)
                for (size_t y = 0; y < sub.n; y++)
                    lits_push(&next, cur.v[x].s, cur.v[x].n, sub.v[y].s, sub.v[y].n);
            next.failed |= sub.failed;
            next.cut = sub.cut; /* an alternative stopped short: so do all */
            lits_free(&sub);
            lits_free(&cur);
            cur = next;
            i = e;
        } else {
            char c = t[i];
            size_t n = skel_next(t, i) - i;
            if (t[i] == '\\') {
                c = (char)strtoul((char[3]){t[i + 2], t[i + 3], 0}, NULL, 16);
                /* A written '<', '>' or \x01 would read as a marker or as
                 * any digit in the literal: spelled up to it only. */
                if (c == '<' || c == '>' || c == LOYALP_WS_DIGIT) {
                    cur.cut = true;
                    break;
                }
            } else if (n != 1) {
                cur.failed = true;
            }
            for (size_t x = 0; x < cur.n; x++)
                sb_put(&cur.v[x], &c, 1), cur.failed |= cur.v[x].failed;
            i += n;
        }
    }
    lits_take(out, &cur);
}

/* Every string the gap-free alternation t[a, b) spells. */
static void expand_alt(const char *t, size_t a, size_t b, lits *out) {
    for (size_t i = a; i <= b && !out->failed;) {
        size_t e = part_end(t, i, b, '|');
        expand_seq(t, i, e, out);
        i = e + 1;
    }
}

/* The length of the run of word characters (wordstart.h: an ASCII letter,
 * digit or '_', a Cyrillic letter's two bytes) s[0, n) starts with, at most
 * max bytes, its characters counted in *chars; with `digit`, the byte
 * LOYALP_WS_DIGIT is one too. */
static size_t word_run(const unsigned char *s, size_t n, size_t max, bool digit,
                       size_t *chars) {
    size_t i = 0;
    *chars = 0;
    while (i < n) {
        size_t step = digit && s[i] == LOYALP_WS_DIGIT ? 1
                      : !loyalp_ws_word_byte(s[i])    ? 0
                      : s[i] < 0x80                   ? 1
                      : i + 1 < n && (s[i + 1] & 0xC0) == 0x80 ? 2
                                                                : 0;
        if (!step || i + step > max)
            break;
        i += step;
        ++*chars;
    }
    return i;
}

/* The fewest characters of a set's literals, 0 when the set cannot be
 * used: empty, or a literal that does not start with the marker followed
 * by a word character (ASCII letter, digit, '_', Cyrillic letter). Each
 * literal is cut at its first other character ("sub-par" needs "sub" at a
 * word start as much as the rest); when that is a spelled character or the
 * word-end marker, the literal ends its word: "sub>". */
static size_t ws_strength(lits *l) {
    if (l->failed || !l->n)
        return 0;
    size_t weakest = (size_t)-1;
    for (size_t k = 0; k < l->n; k++) {
        const unsigned char *s = (const unsigned char *)l->v[k].s;
        size_t n = l->v[k].n, chars;
        if (n < 2 || s[0] != '<')
            return 0;
        size_t i = 1 + word_run(s + 1, n - 1, n, true, &chars);
        if (i - 1 > LOYALP_WS_MAX_BYTES)
            return 0;
        /* Cut before a spelled character that is not a word character (or
         * the word-end marker): the word ends there, written as '>'. */
        if (i < n && !loyalp_ws_word_byte(s[i]) && s[i] != '<')
            l->v[k].s[i++] = LOYALP_WS_END;
        l->v[k].n = i;
        l->v[k].s[i] = '\0';
        weakest = chars < weakest ? chars : weakest;
    }
    return weakest;
}

static void alt_set(const char *t, size_t a, size_t b, lits *out);

/* The set of the element t[a, b): a run spelled out, or a group with gaps
 * as the union of its alternatives' best sets. */
static void elem_set(const char *t, size_t a, size_t b, lits *out) {
    if (t[a] == '(' && skel_group_end(t, a) == b && skel_has_gap(t, a, b)) {
        alt_set(t, a + 3, b - 1, out);
        return;
    }
    expand_seq(t, a, b, out);
}

/* The best usable set of the sequence t[a, b) (every match of it has one
 * of those literals at a word start). */
static void seq_best(const char *t, size_t a, size_t b, lits *best) {
    size_t strength = 0, i = a, x, y;
    while (next_element(t, &i, b, &x, &y)) {
        lits l = {NULL, 0, false, false};
        elem_set(t, x, y, &l);
        size_t st = ws_strength(&l);
        if (st > strength) {
            lits_free(best);
            *best = l;
            strength = st;
        } else {
            lits_free(&l);
        }
    }
    if (!strength)
        best->failed = true;
}

/* The union of each alternative's best set of t[a, b). */
static void alt_set(const char *t, size_t a, size_t b, lits *out) {
    for (size_t i = a; i <= b && !out->failed;) {
        size_t e = part_end(t, i, b, '|');
        lits l = {NULL, 0, false, false};
        seq_best(t, i, e, &l);
        lits_take(out, &l);
        i = e + 1;
    }
}

/* Copies l into set, each literal without its first `skip` bytes (the
 * word-start marker). */
static bool need_set(loyalp_ws_set *set, lits *l, size_t skip) {
    set->n = l->n;
    set->lit = calloc(l->n, sizeof *set->lit);
    set->len = calloc(l->n, sizeof *set->len);
    if (!set->lit || !set->len)
        return false;
    for (size_t k = 0; k < l->n; k++) {
        set->len[k] = l->v[k].n - skip;
        if (!(set->lit[k] = malloc(set->len[k] + 1)))
            return false;
        memcpy(set->lit[k], l->v[k].s + skip, set->len[k] + 1);
    }
    return true;
}

void loyalp_ws_need_free(loyalp_ws_need *need) {
    for (size_t c = 0; c < LOYALP_WS_MAX_CLAUSES; c++)
        for (size_t s = 0; s < 4; s++) {
            loyalp_ws_set *set = s < 2 ? &need->clause[c].set[s] : &need->clause[c].any[s - 2];
            for (size_t k = 0; set->lit && k < set->n; k++)
                free(set->lit[k]);
            free(set->lit);
            free(set->len);
        }
    memset(need, 0, sizeof *need);
}

/* A set of a clause: its literals, their strength (ws_strength's or
 * any_strength's) and where its element stands in the skeleton. */
typedef struct wset {
    lits l;
    size_t strength, at, end;
} wset;

#define WSET_NONE ((wset){{NULL, 0, false, false}, 0, 0, 0})

typedef struct wclause {
    wset set[2]; /* at word starts, in order */
    size_t n;
    wset any[2]; /* anywhere in the text */
    size_t n_any;
} wclause;

static void wclause_free(wclause *c) {
    lits_free(&c->set[0].l);
    lits_free(&c->set[1].l);
    lits_free(&c->any[0].l);
    lits_free(&c->any[1].l);
    c->n = c->n_any = 0;
}

/* The fewest bytes of a set's literals once their markers are taken out
 * (in place), 0 when it cannot be used. */
static size_t any_strength(lits *l) {
    if (l->failed || !l->n)
        return 0;
    size_t weakest = (size_t)-1;
    for (size_t k = 0; k < l->n; k++) {
        char *s = l->v[k].s, *w = s;
        if (memchr(s, LOYALP_WS_DIGIT, l->v[k].n))
            return 0; /* any digit: not one string of bytes */
        for (const char *q = s; q < s + l->v[k].n; q++)
            if (*q != '<' && *q != '>')
                *w++ = *q;
        *w = '\0';
        l->v[k].n = (size_t)(w - s);
        weakest = l->v[k].n < weakest ? l->v[k].n : weakest;
    }
    return weakest;
}

/* The element t[a, b) as a set to find anywhere: a run spelled out, or a
 * group with gaps as the union of each alternative's longest such set
 * (markers taken out). Empty or failed when there is none. */
static void any_set(const char *t, size_t a, size_t b, lits *out) {
    if (!(t[a] == '(' && skel_group_end(t, a) == b && skel_has_gap(t, a, b))) {
        expand_seq(t, a, b, out);
        any_strength(out);
        return;
    }
    for (size_t i = a + 3; i <= b - 1 && !out->failed; i = part_end(t, i, b - 1, '|') + 1) {
        size_t e = part_end(t, i, b - 1, '|'), best_len = 0, j = i, x, y;
        lits best = {NULL, 0, false, false};
        while (next_element(t, &j, e, &x, &y)) {
            lits l = {NULL, 0, false, false};
            any_set(t, x, y, &l);
            size_t len = any_strength(&l);
            if (len > best_len) {
                lits_free(&best);
                best = l;
                best_len = len;
            } else {
                lits_free(&l);
            }
        }
        if (!best_len)
            out->failed = true; /* an alternative with nothing spelled: no set */
        lits_take(out, &best);
    }
}

/* Sets of one character at word starts that may still pair with a strong
 * set: each literal is longer, a whole word ("в>": most words that start
 * with the letter are not it) or a digit (numbers are rarer than words). */
#define WS_MAX_WEAK 4

typedef struct weak_sets {
    wset set[WS_MAX_WEAK];
    size_t n;
} weak_sets;

static bool weak_usable(const lits *l) {
    for (size_t k = 0; k < l->n; k++) {
        const unsigned char *s = (const unsigned char *)l->v[k].s;
        size_t n = l->v[k].n, chars;
        word_run(s + 1, n - 1, n, true, &chars);
        if (chars < 2 && s[n - 1] != LOYALP_WS_END && s[1] != LOYALP_WS_DIGIT)
            return false;
    }
    return true;
}

/* The sequence t[a, b) (elements between gaps) as a clause: its two
 * strongest word-start sets in order (one strong and one weak, if that is
 * all), and its two longest other sets to find anywhere. False without a
 * word-start set of LOYALP_WS_MIN_CHARS. */
static bool seq_clause(const char *t, size_t a, size_t b, wclause *c) {
    memset(c, 0, sizeof *c);
    size_t i = a, x, y;
    weak_sets pairable = {0};
    while (next_element(t, &i, b, &x, &y)) {
        lits l = {NULL, 0, false, false};
        elem_set(t, x, y, &l);
        size_t st = ws_strength(&l);
        if (st < LOYALP_WS_MIN_CHARS) {
            /* Too weak alone, but maybe the other half of a pair. */
            if (st && pairable.n < WS_MAX_WEAK && weak_usable(&l)) {
                pairable.set[pairable.n++] = (wset){l, st, x, y};
                l = (lits){NULL, 0, false, false};
            }
            /* Not at word starts: checked anywhere in the text instead (the
             * two longest such sets), or left out. */
            lits_free(&l);
            l.failed = false;
            any_set(t, x, y, &l);
            size_t as = any_strength(&l);
            size_t weak = c->n_any < 2 ? c->n_any : c->any[0].strength < c->any[1].strength ? 0 : 1;
            if (as && (c->n_any < 2 || as > c->any[weak].strength)) {
                lits_free(&c->any[weak].l); /* the weaker, if two are kept already */
                c->any[weak] = (wset){l, as, x, y};
                c->n_any += c->n_any < 2;
            } else {
                lits_free(&l);
            }
            continue;
        }
        /* The two strongest, in their order in the sequence. */
        size_t k;
        if (c->n < 2) {
            k = c->n++;
        } else {
            size_t weak = c->set[0].strength < c->set[1].strength ? 0 : 1;
            if (st <= c->set[weak].strength) {
                lits_free(&l);
                continue;
            }
            lits_free(&c->set[weak].l);
            if (weak == 0) /* the second moves up, the new one comes last */
                c->set[0] = c->set[1];
            k = 1;
        }
        c->set[k] = (wset){l, st, x, y};
    }
    if (c->n == 1 && pairable.n) {
        /* One set strong enough: paired with the weak set nearest it. */
        size_t best = 0, best_d = (size_t)-1;
        for (size_t w = 0; w < pairable.n; w++) {
            const wset *p = &pairable.set[w];
            size_t d = p->at < c->set[0].at ? c->set[0].at - p->end : p->at - c->set[0].end;
            if (d < best_d)
                best = w, best_d = d;
        }
        size_t k = pairable.set[best].at < c->set[0].at ? 0 : 1;
        if (k == 0)
            c->set[1] = c->set[0];
        c->set[k] = pairable.set[best];
        c->n = 2;
        pairable.set[best] = WSET_NONE;
        /* Its element need not be looked for anywhere as well. */
        for (size_t a2 = 0; a2 < c->n_any; a2++) {
            if (c->any[a2].at != c->set[k].at)
                continue;
            lits_free(&c->any[a2].l);
            if (a2 == 0 && c->n_any == 2)
                c->any[0] = c->any[1];
            c->any[--c->n_any] = WSET_NONE;
            break;
        }
    }
    for (size_t w = 0; w < pairable.n; w++)
        lits_free(&pairable.set[w].l);
    /* An element left out (neither at word starts nor spelled out) makes a
     * wider filter than Hyperscan's: measured, still cheaper than keeping
     * such a rule in its database (docs/PERFORMANCE.md). */
    if (!c->n) {
        wclause_free(c);
        return false;
    }
    return true;
}

/* Does an alternative of the alternation t[a, b) hold two elements or
 * more (a pair to look for), not just one and gaps? */
static bool has_pairs(const char *t, size_t a, size_t b) {
    for (size_t i = a; i <= b; i = part_end(t, i, b, '|') + 1) {
        size_t e = part_end(t, i, b, '|'), parts = 0, j = i, x, y;
        while (next_element(t, &j, e, &x, &y))
            parts++;
        if (parts >= 2)
            return true;
    }
    return false;
}

/* A clause per alternative of t[a, b) into cl (an alternative that is one
 * group with gaps gives its alternatives' clauses, if some have pairs).
 * False when one cannot be a clause, or on too many. */
static bool alt_clauses(const char *t, size_t a, size_t b, wclause *cl, size_t *n) {
    for (size_t i = a; i <= b; i = part_end(t, i, b, '|') + 1) {
        size_t e = part_end(t, i, b, '|');
        if (t[i] == '(' && skel_group_end(t, i) == e && skel_has_gap(t, i, e) &&
            has_pairs(t, i + 3, e - 1)) {
            /* Its alternatives as clauses of their own; when they cannot
             * all be, the group as one element (the union of theirs). */
            size_t before = *n;
            if (alt_clauses(t, i + 3, e - 1, cl, n))
                continue;
            while (*n > before)
                wclause_free(&cl[--*n]);
        }
        if (*n == LOYALP_WS_MAX_CLAUSES || !seq_clause(t, i, e, &cl[*n]))
            return false;
        ++*n;
    }
    return true;
}

bool loyalp_regex_word_starts(const char *pattern, loyalp_ws_need *need) {
    memset(need, 0, sizeof *need);
    char *skel = skeleton(pattern);
    if (!skel)
        return false;
    const char *t = skel;
    wclause cl[LOYALP_WS_MAX_CLAUSES];
    size_t n = 0;
    bool ok = alt_clauses(t, 0, strlen(t), cl, &n);
    /* Past LOYALP_WS_MAX_PAIRS clauses of two sets, the rest keep their
     * stronger set only (a wider filter, still a superset). */
    for (size_t c = 0, pairs = 0; c < n; c++) {
        if (cl[c].n < 2 || ++pairs <= LOYALP_WS_MAX_PAIRS)
            continue;
        size_t weak = cl[c].set[0].strength <= cl[c].set[1].strength ? 0 : 1;
        lits_free(&cl[c].set[weak].l);
        if (weak == 0)
            cl[c].set[0] = cl[c].set[1];
        cl[c].set[1] = WSET_NONE;
        cl[c].n = 1;
    }
    for (size_t c = 0; c < n; c++) {
        if (ok) {
            loyalp_ws_clause *to = &need->clause[need->n++];
            for (size_t s = 0; s < cl[c].n && ok; s++)
                ok = need_set(&to->set[to->n++], &cl[c].set[s].l, 1);
            /* A pair's second word start is at most this many runs of
             * whitespace after its first: all that stands from the first
             * element's start to the second's end could match. */
            to->bound = cl[c].n == 2 ? skel_bound(t, cl[c].set[0].at, cl[c].set[1].end) : BOUND_INF;
            if (to->bound >= BOUND_INF)
                to->bound = LOYALP_WS_NO_BOUND;
            for (size_t s = 0; s < cl[c].n_any && ok; s++)
                ok = need_set(&to->any[to->n_any++], &cl[c].any[s].l, 0);
        }
        wclause_free(&cl[c]);
    }
    free(skel);
    if (!ok)
        loyalp_ws_need_free(need);
    return ok && need->n > 0;
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
#define PF_FORMAT "loyal-prefilter/5"
#define PF_MAGIC "LOYALHS1"

/* Byte mode: skeletons are literal bytes and gaps (see loyalp_regex_widen),
 * no Unicode class is left to compile. */
#define REGEX_FLAGS (HS_FLAG_PREFILTER | HS_FLAG_DOTALL | HS_FLAG_SINGLEMATCH)
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

/* A `word*` anchor as the word-start index's need: a token that starts
 * with it starts with its leading word characters (wordstart.h) at a word
 * start, or right after a '_' (need.tokens). False when fewer than
 * LOYALP_WS_MIN_CHARS lead, or out of memory. */
static bool prefix_word_start(const loyalp_word *w, loyalp_ws_need *need) {
    memset(need, 0, sizeof *need);
    size_t chars;
    if (!w->prefix || w->suffix)
        return false;
    size_t n = word_run((const unsigned char *)w->s, w->len, LOYALP_WS_MAX_BYTES, false, &chars);
    if (chars < LOYALP_WS_MIN_CHARS)
        return false;
    loyalp_ws_clause *c = &need->clause[0];
    need->n = 1;
    need->tokens = true;
    c->n = 1;
    c->bound = LOYALP_WS_NO_BOUND;
    lits l = {NULL, 0, false, false};
    lits_push(&l, w->s, n, "", 0);
    bool ok = !l.failed && need_set(&c->set[0], &l, 0);
    lits_free(&l);
    if (!ok)
        loyalp_ws_need_free(need);
    return ok;
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
    /* loyalp_hash always sets bit 0 (0 marks an empty slot): start from
     * the bits above it, or only odd slots would be first probes. */
    for (size_t i = (h >> 1) & x->mask;; i = (i + 1) & x->mask) {
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
    loyalp_ws_index *ws;   /* regexes by the literals they need at word starts */
    hs_database_t *db[N_DBS];
    hs_scratch_t *proto[N_DBS]; /* cloned for each tagger */
    char **patterns;       /* [n_ids], NULL = not in the databases */
    unsigned *flags;       /* [n_ids] */
    unsigned char *dbs;    /* [n_ids]: bit d = in database d (by the rule's language) */
    uint64_t *always;      /* bitmap [words]: rules that are always candidates */
    size_t words;
    char digest[65];       /* of the pattern set: the cache's check */
    loyalp_pf_info info;
};

struct loyalp_pf_scratch {
    hs_scratch_t *hs[N_DBS]; /* NULL for an empty database */
    loyalp_ws_scratch ws;
    uint64_t *hit;    /* bitmap [words] of this text's candidates so far */
    bool all;         /* a scan failed: every rule is a candidate */
    uint32_t *out;    /* [n_ids] */
};

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
        char oldest[sizeof dir + 258] = ""; /* dir, '/', a d_name of up to 255 */
        struct dirent *e;
        while ((e = readdir(d))) {
            size_t l = strlen(e->d_name);
            if (strncmp(e->d_name, "prefilter-", 10) || l < 15 || strcmp(e->d_name + l - 5, ".hsdb"))
                continue;
            char p[sizeof oldest];
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
        /* A language without patterns has no database: length 0, no bytes. */
        ok = fwrite(&l, sizeof l, 1, f) == 1 &&
             (!len[d] || fwrite(bytes[d], 1, len[d], f) == len[d]);
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
    free(pf->patterns);
    free(pf->flags);
    free(pf->always);
    stem_index_free(&pf->stems);
    loyalp_ws_index_free(pf->ws);
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
    pf->dbs = calloc(pf->n_ids + 1, 1);
    pf->always = calloc(pf->words + 1, sizeof *pf->always);
    if (!pf->patterns || !pf->flags || !pf->dbs || !pf->always)
        goto nomem;
    if (stem_index_build(&pf->stems, lex) || !(pf->ws = loyalp_ws_index_new(pf->n_ids)))
        goto nomem;
    for (size_t i = 0; i < pf->n_ids; i++) {
        const loyalp_rule *r = rule_of(lex, i);
        loyal_lang l = r->info.lang;
        pf->dbs[i] = (l != LOYAL_LANG_EN ? 1 << DB_RU : 0) | (l != LOYAL_LANG_RU ? 1 << DB_EN : 0);
        if (r->info.kind == LOYAL_RULE_TERM) {
            const loyalp_word *w = term_anchor(r);
            if (!w || (!w->prefix && !w->suffix))
                continue; /* in the stem index, or no words: never matches */
            loyalp_ws_need need;
            if (prefix_word_start(w, &need)) {
                bool ok = loyalp_ws_index_add(pf->ws, (uint32_t)i, &need);
                loyalp_ws_need_free(&need);
                if (!ok)
                    goto nomem;
                continue; /* in the word-start index */
            }
            pf->patterns[i] = literal_pattern(w->s, w->len);
            pf->flags[i] = TERM_FLAGS;
        } else {
            /* The source as written; PCRE2 got it with ё folded (lexicon.c). */
            char *src = strdup(r->info.source);
            if (!src)
                goto nomem;
            loyalp_fold_yo(src);
            loyalp_ws_need need;
            if (loyalp_regex_word_starts(src, &need)) {
                bool ok = loyalp_ws_index_add(pf->ws, (uint32_t)i, &need);
                loyalp_ws_need_free(&need);
                free(src);
                if (!ok)
                    goto nomem;
                continue; /* in the word-start index */
            }
            pf->patterns[i] = loyalp_regex_widen(src);
            free(src);
            pf->flags[i] = REGEX_FLAGS;
        }
        if (!pf->patterns[i])
            pf->always[i / 64] |= (uint64_t)1 << (i % 64);
    }
    if (!loyalp_ws_index_finish(pf->ws))
        goto nomem;
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
    pf->info.word_starts = loyalp_ws_index_rules(pf->ws);
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
    bool failed = !s->hit || !s->out || !loyalp_ws_scratch_init(&s->ws, pf->ws);
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
    loyalp_ws_scratch_clear(&s->ws);
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
    loyalp_ws_scan(pf->ws, &s->ws, text, len, s->hit);
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

size_t loyalp_prefilter_last_start(const loyalp_prefilter *pf, const loyalp_pf_scratch *s,
                                   size_t i) {
    return loyalp_ws_last(pf->ws, &s->ws, i);
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
            if (i < pf->n_ids)
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

size_t loyalp_prefilter_last_start(const loyalp_prefilter *pf, const loyalp_pf_scratch *s,
                                   size_t i) {
    (void)pf, (void)s, (void)i;
    return SIZE_MAX;
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

size_t loyalp_prefilter_candidates(const loyalp_prefilter *pf, loyalp_pf_scratch *s,
                                   const uint32_t **rules) {
    (void)pf, (void)s;
    *rules = NULL;
    return 0;
}

#endif
