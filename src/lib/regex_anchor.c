/* regex_anchor.c — the literals a regex cannot match without.
 *
 * An anchor set of a regex is a list of literal runs of letters such that
 * every match contains at least one of them: for `(?<!\w)списал\w*` it is
 * {списал}, for `(?:отчет|счета|диадок\w*)` {отчет, счета, диадок}, for
 * `договор(?:а|у)?` {договор}; for `(?:эдо|ндс|диадок\w*)` none ("эдо" is
 * too short, see below). `explain` uses it for near misses (a rule
 * that did not fire although one of its anchors is in the text) and
 * `lexicon check` feeds the anchor to its slow-regex probe. A heuristic
 * over the regex's text, never used to decide a match.
 *
 * The parse follows the pattern's structure: a sequence keeps the best set
 * among its parts (the one whose shortest literal is longest), an
 * alternation is the union of its branches' sets (none if any branch has
 * none), a group that may be absent (`?`, `*`, `{0,`), a lookaround, a class
 * or an escape gives none, and a quantifier that lets a letter be absent
 * cuts it off its run. Runs are of ASCII letters, digits and any non-ASCII
 * character (the lexicon's regexes are written in the normalized,
 * lowercase form). A literal of fewer than 4 characters makes the set
 * useless: "сам", "not" or "pm" is in too many texts to say anything.
 */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

#define MIN_ANCHOR 4 /* characters */

typedef struct aset {
    char **v;
    size_t n;
    bool ok; /* false: no set (some match needs none of these) */
} aset;

static void aset_free(aset *a) {
    for (size_t i = 0; i < a->n; i++)
        free(a->v[i]);
    free(a->v);
    a->v = NULL;
    a->n = 0;
    a->ok = false;
}

static size_t chars(const char *s) {
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* The length in characters of the set's shortest literal: what makes an
 * anchor useful. */
static size_t score(const aset *a) {
    if (!a->ok || !a->n)
        return 0;
    size_t m = chars(a->v[0]);
    for (size_t i = 1; i < a->n; i++) {
        size_t k = chars(a->v[i]);
        if (k < m)
            m = k;
    }
    return m;
}

/* Keeps the better of *best and *cand (the longer shortest literal, then
 * the fewer literals, then the first); frees the other. */
static void keep_better(aset *best, aset *cand) {
    size_t sb = score(best), sc = score(cand);
    if (sc >= MIN_ANCHOR && (sc > sb || (sc == sb && cand->n < best->n))) {
        aset_free(best);
        *best = *cand;
    } else {
        aset_free(cand);
    }
    memset(cand, 0, sizeof *cand);
}

static aset single(const char *p, size_t n) {
    aset a = {NULL, 0, false};
    if (n < MIN_ANCHOR) /* bytes: fewer cannot make MIN_ANCHOR characters */
        return a;
    a.v = malloc(sizeof *a.v);
    char *s = malloc(n + 1);
    if (!a.v || !s) {
        free(a.v);
        free(s);
        a.v = NULL;
        return a;
    }
    memcpy(s, p, n);
    s[n] = '\0';
    a.v[0] = s;
    a.n = 1;
    a.ok = true;
    return a;
}

static bool is_letter(unsigned char u) {
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
}

/* Skips a quantifier at *c ({n,m} too, and a lazy or possessive mark).
 * Returns 0 when there is none, 1 when it lets the atom be absent, 2 when
 * the atom stays required. */
static int quantifier(const char **c) {
    const char *p = *c;
    int kind;
    if (*p == '?' || *p == '*') {
        kind = 1;
        p++;
    } else if (*p == '+') {
        kind = 2;
        p++;
    } else if (*p == '{' && ((p[1] >= '0' && p[1] <= '9') || p[1] == ',')) {
        kind = (p[1] == '0' || p[1] == ',') ? 1 : 2;
        while (*p && *p != '}')
            p++;
        if (*p)
            p++;
    } else {
        return 0;
    }
    if (*p == '?' || *p == '+')
        p++;
    *c = p;
    return kind;
}

/* Skips an escape at *c (pointing at the backslash). */
static void skip_escape(const char **c) {
    const char *p = *c + 1;
    if (!*p) {
        *c = p;
        return;
    }
    if ((*p == 'p' || *p == 'P' || *p == 'x') && p[1] == '{') {
        while (*p && *p != '}')
            p++;
        if (*p)
            p++;
    } else {
        p++;
    }
    *c = p;
}

/* Skips a class at *c (pointing at '['). */
static void skip_class(const char **c) {
    const char *p = *c + 1;
    if (*p == '^')
        p++;
    if (*p == ']')
        p++;
    while (*p && *p != ']') {
        if (*p == '\\' && p[1])
            p++;
        p++;
    }
    if (*p)
        p++;
    *c = p;
}

static aset parse_alt(const char **c);

/* A sequence, up to '|', ')' or the end. */
static aset parse_seq(const char **c) {
    aset best = {NULL, 0, false};
    const char *run = NULL;
    for (;;) {
        const char *p = *c;
        unsigned char u = (unsigned char)*p;
        if (u && is_letter(u)) {
            const char *ch = p++;
            while (((unsigned char)*p & 0xC0) == 0x80)
                p++;
            *c = p;
            if (!run)
                run = ch;
            int q = quantifier(c);
            if (q == 1 || q == 2) {
                /* The letter is optional (the run ends before it) or
                 * repeated (the run ends with it). */
                aset a = single(run, (size_t)((q == 1 ? ch : p) - run));
                keep_better(&best, &a);
                run = NULL;
            }
            continue;
        }
        if (run) {
            aset a = single(run, (size_t)(p - run));
            keep_better(&best, &a);
            run = NULL;
        }
        if (!u || u == '|' || u == ')')
            return best;
        if (u == '\\') {
            skip_escape(c);
            quantifier(c);
        } else if (u == '[') {
            skip_class(c);
            quantifier(c);
        } else if (u == '(') {
            p++;
            bool use = true;
            if (*p == '?') {
                p++;
                if (*p == '=' || *p == '!' || (*p == '<' && (p[1] == '=' || p[1] == '!'))) {
                    use = false; /* a lookaround consumes nothing */
                    p += *p == '<' ? 2 : 1;
                } else if (*p == ':' || *p == '>' || *p == '|') {
                    p++;
                } else if (*p == '<' || *p == '\'' || (*p == 'P' && p[1] == '<')) {
                    while (*p && *p != '>' && *p != '\'')
                        p++;
                    if (*p)
                        p++;
                } else {
                    /* Inline flags. A flag can change what the letters
                     * match: nothing of a (?i:...) group is kept; (?i)
                     * alone is stepped over, the letters after it kept
                     * (the lexicon's regexes are lowercase, as the text). */
                    while (*p && *p != ')' && *p != ':')
                        p++;
                    use = false;
                    if (*p == ')') {
                        *c = p + 1;
                        continue;
                    }
                    if (*p)
                        p++;
                }
            }
            *c = p;
            aset inner = parse_alt(c);
            if (**c == ')')
                (*c)++;
            if (quantifier(c) == 1 || !use)
                aset_free(&inner);
            keep_better(&best, &inner);
        } else {
            /* '.', '^', '$', a quantifier after nothing, other punctuation. */
            *c = p + 1;
            quantifier(c);
        }
    }
}

/* Branches separated by '|', up to ')' or the end: the union of their sets. */
static aset parse_alt(const char **c) {
    aset all = {NULL, 0, true};
    for (;;) {
        aset b = parse_seq(c);
        if (all.ok && b.ok && score(&b) >= MIN_ANCHOR) {
            char **v = realloc(all.v, (all.n + b.n) * sizeof *v);
            if (v) {
                all.v = v;
                memcpy(all.v + all.n, b.v, b.n * sizeof *v);
                all.n += b.n;
                free(b.v);
                b.v = NULL;
                b.n = 0;
            } else {
                aset_free(&all);
            }
        } else {
            aset_free(&all);
        }
        aset_free(&b);
        if (**c != '|')
            break;
        (*c)++;
    }
    if (!all.n)
        aset_free(&all);
    return all;
}

char **loyalp_regex_anchors(const char *pattern) {
    const char *c = pattern;
    aset a = {NULL, 0, false};
    /* A stray ')' ends a parse early: go on after it, keeping the best. */
    for (;;) {
        aset b = parse_alt(&c);
        keep_better(&a, &b);
        if (*c != ')')
            break;
        c++;
    }
    if (!a.ok)
        return NULL;
    char **v = realloc(a.v, (a.n + 1) * sizeof *v);
    if (!v) {
        aset_free(&a);
        return NULL;
    }
    v[a.n] = NULL;
    return v;
}

void loyalp_regex_anchors_free(char **anchors) {
    if (!anchors)
        return;
    for (char **p = anchors; *p; p++)
        free(*p);
    free(anchors);
}

const char *loyalp_regex_anchor_one(char *const *anchors) {
    return anchors && anchors[0] && !anchors[1] ? anchors[0] : NULL;
}
