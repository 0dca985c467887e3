/* wordstart.c — the word-start index (see wordstart.h).
 *
 * Literals are keyed by a hash of their characters (an ASCII byte, or a
 * Cyrillic letter's two bytes as one unit), in an open-addressing table of
 * 8-byte slots (32 bits of the key, where its postings start). A posting is
 * 64 bits: the rule, the set (first or second of a pair), the pair (or a
 * clause of one set) and the check (or none); the last of a key's run is
 * marked. A clause of one set makes its rule a candidate with any literal of
 * it; a clause of two sets (a pair: at most LOYALP_WS_MAX_PAIRS a rule) when
 * a literal of the second set starts a word after a word that started with
 * one of the first (`seen` keeps a bit per pair, set at the end of the word
 * that had the first set's literal). A clause with `any` sets is checked
 * after the scan: one literal of each somewhere in the text.
 *
 * A scan walks the text a word at a time. At each word start it hashes the
 * word a character at a time and, after each character, looks the prefix
 * up in a table of two-bit cells by its hash: PART (a prefix of some
 * literal: go on) and WHOLE (some literal: probe the table), one load for
 * both. Most words stop after a few characters. A word walked to its end
 * hashes one more unit, the end, for the literals that must end their
 * word (LOYALP_WS_END). A cell's false positive
 * costs a step or a probe; a key that collides in the table only adds a
 * candidate, which the tagger's confirm rejects: no byte compare is needed
 * for exact results. Everything a scan touches is laid out to be read in
 * as few cache lines as can be (the index is read cold at 1,600 rules).
 *
 * Word characters are loyalp_ws_word_byte's (wordstart.h). */
#include "wordstart.h"

#include "buf.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

const unsigned char loyalp_ws_word_ascii[128] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1, ['_'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1,
    ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1,
    ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1,
    ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1,
    ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1,
    ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1,
    ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
};

typedef struct slot {
    uint32_t key;   /* 0: empty */
    uint32_t first; /* postings[first ...] up to one with P_LAST */
} slot;

/* A posting: rule id (29 bits), set (1), pair (3), the pair's bound on
 * whitespace runs (4), check (26), last of its key's run (1). */
#define P_ID(p) ((uint32_t)((p) & 0x1FFFFFFF))
#define P_SET(p) ((uint32_t)((p) >> 29 & 1))
#define P_PAIR(p) ((uint32_t)((p) >> 30 & 7))
#define P_BOUND(p) ((uint32_t)((p) >> 33 & 15))
#define P_CHECK(p) ((uint32_t)((p) >> 37 & 0x3FFFFFF))
#define P_LAST ((uint64_t)1 << 63)
#define SINGLE 7             /* P_PAIR of a clause of one set */
#define NO_CHECK 0x3FFFFFFu /* P_CHECK of a clause without `any` sets */

static uint64_t posting(uint32_t id, uint32_t set, uint32_t pair, uint32_t bound,
                        uint32_t check) {
    return (uint64_t)id | (uint64_t)set << 29 | (uint64_t)pair << 30 | (uint64_t)bound << 33 |
           (uint64_t)check << 37;
}

typedef struct entry {
    uint64_t hash;
    uint64_t posting;
} entry;

/* Literals anywhere: a check is one or two sets, a set a run of refs. */
typedef struct lit_ref {
    uint32_t off, len; /* in pool */
} lit_ref;

typedef struct check {
    uint32_t first[2], n[2]; /* refs of each set */
    uint32_t sets;
} check;

/* Rules a scan makes candidates wholesale when it cannot tell. */
typedef struct id_list {
    uint32_t *id;
    size_t n, cap;
} id_list;

static bool id_list_add(id_list *l, uint32_t id) {
    if (loyalp_grow((void **)&l->id, &l->cap, l->n, sizeof *l->id, 16))
        return false;
    l->id[l->n++] = id;
    return true;
}

struct loyalp_ws_index {
    size_t n_ids, n_rules;
    entry *entries; /* while building */
    size_t n_entries, cap_entries;
    uint64_t *prefix_hashes; /* while building: every prefix of every literal */
    size_t n_prefix_hashes, cap_prefix_hashes;
    slot *slots;
    size_t mask;
    uint64_t *postings;
    uint64_t *cells; /* two-bit cells of hashed prefixes, 32 a word (see above) */
    size_t cell_mask;
    uint8_t *member; /* [n_ids]: the rule is in the index */
    id_list digit_rules; /* rules with LOYALP_WS_DIGIT in a literal */
    id_list token_rules; /* rules whose literals start tokens (need->tokens) */
    check *checks;
    size_t n_checks, cap_checks;
    lit_ref *refs;
    size_t n_refs, cap_refs;
    char *pool;
    size_t n_pool, cap_pool;
};

/* The hash of a literal's characters; the table key is its top 32 bits
 * (never 0), the cell its bits 40 on. A word's end is one more unit, one
 * no character has. */
#define HASH_START 0xcbf29ce484222325ull
#define HASH_STEP(h, unit) (((h) ^ (uint64_t)(unit)) * 0x9E3779B97F4A7C15ull)
#define END_UNIT 1u
#define DIGIT_UNIT 2u

/* The unit of an ASCII byte: digits are one unit (LOYALP_WS_DIGIT). */
static uint32_t ascii_unit(unsigned c) {
    return c - '0' < 10u || c == (unsigned char)LOYALP_WS_DIGIT ? DIGIT_UNIT : c;
}

static uint32_t key_of(uint64_t h) {
    uint32_t k = (uint32_t)((h ^ h >> 29) >> 32);
    return k ? k : 1;
}

enum { PART = 1, WHOLE = 2 };

static void cell_set(loyalp_ws_index *x, uint64_t h, unsigned v) {
    size_t c = (size_t)(h >> 40) & x->cell_mask;
    x->cells[c / 32] |= (uint64_t)v << (c % 32 * 2);
}

static unsigned cell_get(const loyalp_ws_index *x, uint64_t h) {
    size_t c = (size_t)(h >> 40) & x->cell_mask;
    return (unsigned)(x->cells[c / 32] >> (c % 32 * 2)) & 3;
}

/* The hash of a literal (word characters only), and its prefixes' hashes
 * into out[] when out is not NULL; returns the number of characters. */
static size_t hash_chars(const char *s, size_t n, uint64_t *h, uint64_t *out) {
    const unsigned char *u = (const unsigned char *)s;
    size_t chars = 0;
    *h = HASH_START;
    for (size_t i = 0; i < n;) {
        uint32_t unit = u[i];
        if (unit == (unsigned char)LOYALP_WS_END && i + 1 == n)
            unit = END_UNIT, i++;
        else if (unit >= 0x80 && i + 1 < n)
            unit = unit << 8 | u[i + 1], i += 2;
        else
            unit = ascii_unit(unit), i++;
        *h = HASH_STEP(*h, unit);
        if (out)
            out[chars] = *h;
        chars++;
    }
    return chars;
}

loyalp_ws_index *loyalp_ws_index_new(size_t n_ids) {
    loyalp_ws_index *x = calloc(1, sizeof *x);
    if (!x || !(x->member = calloc(n_ids + 1, 1))) {
        free(x);
        return NULL;
    }
    x->n_ids = n_ids;
    return x;
}

void loyalp_ws_index_free(loyalp_ws_index *x) {
    if (!x)
        return;
    free(x->entries);
    free(x->slots);
    free(x->postings);
    free(x->cells);
    free(x->prefix_hashes);
    free(x->member);
    free(x->digit_rules.id);
    free(x->token_rules.id);
    free(x->checks);
    free(x->refs);
    free(x->pool);
    free(x);
}

/* Adds set's literals as the next `any` set of check c. */
static bool add_any(loyalp_ws_index *x, check *c, const loyalp_ws_set *set) {
    c->first[c->sets] = (uint32_t)x->n_refs;
    c->n[c->sets] = (uint32_t)set->n;
    c->sets++;
    for (size_t k = 0; k < set->n; k++) {
        if (loyalp_grow((void **)&x->refs, &x->cap_refs, x->n_refs, sizeof *x->refs, 64))
            return false;
        while (x->n_pool + set->len[k] > x->cap_pool)
            if (loyalp_grow((void **)&x->pool, &x->cap_pool, x->cap_pool, 1, 1024))
                return false;
        memcpy(x->pool + x->n_pool, set->lit[k], set->len[k]);
        x->refs[x->n_refs++] = (lit_ref){(uint32_t)x->n_pool, (uint32_t)set->len[k]};
        x->n_pool += set->len[k];
    }
    return true;
}

bool loyalp_ws_index_add(loyalp_ws_index *x, uint32_t id, const loyalp_ws_need *need) {
    if (id >= x->n_ids || id > 0x1FFFFFFF || !need->n)
        return false; /* never silently: the caller would count the rule as indexed */
    uint32_t pairs = 0;
    for (size_t c = 0; c < need->n; c++)
        pairs += need->clause[c].n == 2;
    if (pairs > LOYALP_WS_MAX_PAIRS)
        return false; /* loyalp_regex_word_starts keeps to the limit */
    pairs = 0;
    bool digit = false; /* a literal holds LOYALP_WS_DIGIT */
    for (size_t c = 0; c < need->n; c++) {
        const loyalp_ws_clause *cl = &need->clause[c];
        uint32_t pair = cl->n == 2 ? pairs++ : SINGLE;
        uint32_t chk = NO_CHECK;
        if (cl->n_any) {
            if (x->n_checks >= NO_CHECK ||
                loyalp_grow((void **)&x->checks, &x->cap_checks, x->n_checks, sizeof *x->checks,
                            16))
                return false;
            check *k = &x->checks[x->n_checks];
            memset(k, 0, sizeof *k);
            for (size_t a = 0; a < cl->n_any && a < 2; a++)
                if (!add_any(x, k, &cl->any[a]))
                    return false;
            chk = (uint32_t)x->n_checks++;
        }
        for (size_t s = 0; s < cl->n; s++) {
            const loyalp_ws_set *set = &cl->set[s];
            for (size_t k = 0; k < set->n; k++) {
                uint64_t h, pre[LOYALP_WS_MAX_BYTES + 1];
                size_t chars = hash_chars(set->lit[k], set->len[k], &h, pre);
                /* Every prefix goes on (a whole word's too: to its end). */
                if (set->len[k] && set->lit[k][set->len[k] - 1] == LOYALP_WS_END)
                    chars--;
                digit |= memchr(set->lit[k], LOYALP_WS_DIGIT, set->len[k]) != NULL;
                if (loyalp_grow((void **)&x->entries, &x->cap_entries, x->n_entries,
                                sizeof *x->entries, 256))
                    return false;
                uint32_t bound = cl->bound < LOYALP_WS_NO_BOUND ? cl->bound : LOYALP_WS_NO_BOUND;
                x->entries[x->n_entries++] =
                    (entry){h, posting(id, pair == SINGLE ? 0 : (uint32_t)s, pair, bound, chk)};
                for (size_t q = 0; q < chars; q++) {
                    if (loyalp_grow((void **)&x->prefix_hashes, &x->cap_prefix_hashes,
                                    x->n_prefix_hashes, sizeof *x->prefix_hashes, 1024))
                        return false;
                    x->prefix_hashes[x->n_prefix_hashes++] = pre[q];
                }
            }
        }
    }
    if ((digit && !id_list_add(&x->digit_rules, id)) ||
        (need->tokens && !id_list_add(&x->token_rules, id)))
        return false;
    x->member[id] = 1;
    x->n_rules++;
    return true;
}

static int by_key(const void *a, const void *b) {
    const entry *x = a, *y = b;
    uint32_t kx = key_of(x->hash), ky = key_of(y->hash);
    if (kx != ky)
        return kx < ky ? -1 : 1;
    return (x->posting > y->posting) - (x->posting < y->posting);
}

static int by_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

bool loyalp_ws_index_finish(loyalp_ws_index *x) {
    /* The cells: about four per distinct prefix, at least 32. */
    size_t distinct = 0;
    if (x->n_prefix_hashes)
        qsort(x->prefix_hashes, x->n_prefix_hashes, sizeof *x->prefix_hashes, by_u64);
    for (size_t i = 0; i < x->n_prefix_hashes; i++)
        distinct += i == 0 || x->prefix_hashes[i] != x->prefix_hashes[i - 1];
    size_t cells = 32;
    while (cells < distinct * 4)
        cells *= 2;
    x->cell_mask = cells - 1;
    if (!(x->cells = calloc(cells / 32, sizeof *x->cells)))
        return false;
    for (size_t i = 0; i < x->n_entries; i++)
        cell_set(x, x->entries[i].hash, WHOLE);
    for (size_t i = 0; i < x->n_prefix_hashes; i++)
        cell_set(x, x->prefix_hashes[i], PART);
    free(x->prefix_hashes);
    x->prefix_hashes = NULL;
    if (x->n_entries)
        qsort(x->entries, x->n_entries, sizeof *x->entries, by_key);
    size_t keys = 0;
    for (size_t i = 0; i < x->n_entries; i++)
        keys += i == 0 || key_of(x->entries[i].hash) != key_of(x->entries[i - 1].hash);
    size_t cap = 16;
    while (cap < keys * 2)
        cap *= 2;
    x->slots = calloc(cap, sizeof *x->slots);
    x->postings = malloc((x->n_entries + 1) * sizeof *x->postings);
    if (!x->slots || !x->postings)
        return false;
    x->mask = cap - 1;
    for (size_t i = 0; i < x->n_entries;) {
        uint32_t key = key_of(x->entries[i].hash);
        size_t j = i;
        while (j < x->n_entries && key_of(x->entries[j].hash) == key)
            j++;
        slot *sl = &x->slots[key & x->mask];
        while (sl->key)
            sl = &x->slots[(size_t)(sl - x->slots + 1) & x->mask];
        sl->key = key;
        sl->first = (uint32_t)i;
        for (size_t k = i; k < j; k++)
            x->postings[k] = x->entries[k].posting | (k + 1 == j ? P_LAST : 0);
        i = j;
    }
    free(x->entries);
    x->entries = NULL;
    x->n_entries = x->cap_entries = 0;
    return true;
}

size_t loyalp_ws_index_rules(const loyalp_ws_index *x) {
    return x->n_rules;
}

bool loyalp_ws_scratch_init(loyalp_ws_scratch *s, const loyalp_ws_index *x) {
    s->rule = calloc(x->n_ids + 1, sizeof *s->rule);
    s->scan = 0;
    s->n_pending = s->n_checks = 0;
    return s->rule != NULL;
}

void loyalp_ws_scratch_clear(loyalp_ws_scratch *s) {
    free(s->rule);
    s->rule = NULL;
}

size_t loyalp_ws_last(const loyalp_ws_index *x, const loyalp_ws_scratch *s, size_t id) {
    if (id >= x->n_ids || !x->member[id])
        return SIZE_MAX;
    return s->rule[id].stamp == s->scan ? s->rule[id].last : 0;
}

/* The first sets' literals of the word just walked count from the next,
 * with the runs of whitespace before it. */
static void commit(loyalp_ws_scratch *s) {
    for (size_t k = 0; k < s->n_pending; k++) {
        uint32_t p = s->pending[k]; /* id << 3 | bit */
        loyalp_ws_rule_state *r = &s->rule[p >> 3];
        r->seen |= (uint8_t)(1u << (p & 7));
        r->runs_at[(p & 7) / 2] = (uint16_t)s->runs;
    }
    s->n_pending = 0;
}

/* Does text hold n[0, nlen) somewhere? Looks for its last byte first: a
 * Cyrillic letter's second byte names it, its first (D0, D1) is every
 * other byte of the text. */
static bool holds(const char *text, size_t len, const char *n, size_t nlen) {
    if (!nlen)
        return true;
    if (nlen > len)
        return false;
    const char *end = text + len, *p = text + nlen - 1;
    while ((p = memchr(p, n[nlen - 1], (size_t)(end - p))) != NULL) {
        if (!memcmp(p - (nlen - 1), n, nlen - 1))
            return true;
        p++;
    }
    return false;
}

/* Does text hold a literal of each set of check k? */
static bool check_holds(const loyalp_ws_index *x, const check *k, const char *text, size_t len) {
    for (uint32_t s = 0; s < k->sets; s++) {
        bool found = false;
        for (uint32_t r = k->first[s]; r < k->first[s] + k->n[s] && !found; r++)
            found = holds(text, len, x->pool + x->refs[r].off, x->refs[r].len);
        if (!found)
            return false;
    }
    return true;
}

/* Rule id's state in this scan, fresh if the scan had not touched it. */
static inline loyalp_ws_rule_state *rule_state(loyalp_ws_scratch *s, uint32_t id) {
    loyalp_ws_rule_state *r = &s->rule[id];
    if (r->stamp != s->scan) {
        r->stamp = s->scan;
        r->seen = 0;
    }
    return r;
}

/* The literals hashed to h start at offset `at`: their rules' clauses. */
static void probe(const loyalp_ws_index *x, loyalp_ws_scratch *s, uint64_t h, uint32_t at,
                  uint64_t *hit) {
    uint32_t key = key_of(h);
    const slot *sl = &x->slots[key & x->mask];
    while (sl->key != key) {
        if (!sl->key)
            return;
        sl = &x->slots[(size_t)(sl - x->slots + 1) & x->mask];
    }
    for (const uint64_t *pp = &x->postings[sl->first];; pp++) {
        uint64_t p = *pp;
        uint32_t id = P_ID(p), pair = P_PAIR(p);
        loyalp_ws_rule_state *r = rule_state(s, id);
        r->last = at;
        bool ready = true;
        if (pair != SINGLE) {
            uint32_t bit = pair * 2;
            if (!P_SET(p)) {
                /* The first set of a pair: counts from the next word on. */
                if (s->n_pending < LOYALP_WS_PENDING) {
                    s->pending[s->n_pending++] = id << 3 | bit;
                } else {
                    /* Counted at once, not at the word's end: wider, still a
                     * superset; the runs before it are this word's. */
                    r->seen |= (uint8_t)(1u << bit);
                    r->runs_at[pair] = (uint16_t)s->runs;
                }
                ready = false;
            } else {
                /* The second set, after the first, within its bound. */
                ready = (r->seen >> bit & 1) &&
                        (P_BOUND(p) == LOYALP_WS_NO_BOUND || s->ws_unsure ||
                         s->runs - r->runs_at[pair] <= P_BOUND(p));
            }
        }
        if (ready) {
            if (P_CHECK(p) == NO_CHECK)
                hit[id / 64] |= (uint64_t)1 << (id % 64);
            else if (s->n_checks < LOYALP_WS_CHECKS)
                s->checks[s->n_checks++] = p; /* after the scan */
            else
                hit[id / 64] |= (uint64_t)1 << (id % 64); /* wider, still a superset */
        }
        if (p & P_LAST)
            break;
    }
}

/* Could the character at p be whitespace to PCRE2 (UCP) though not ASCII:
 * U+0085, U+00A0, U+1680, U+180E, U+2000-200A, U+2028, U+2029, U+202F,
 * U+205F, U+3000? (NFKC makes most of them a space already.) */
static bool maybe_space(const unsigned char *p, const unsigned char *end) {
    size_t n = (size_t)(end - p);
    if (p[0] == 0xC2)
        return n >= 2 && (p[1] == 0x85 || p[1] == 0xA0);
    if (n < 3)
        return false;
    if (p[0] == 0xE1)
        return (p[1] == 0x9A && p[2] == 0x80) || (p[1] == 0xA0 && p[2] == 0x8E);
    if (p[0] == 0xE2)
        return (p[1] == 0x80 && ((p[2] >= 0x80 && p[2] <= 0x8A) || (p[2] >= 0xA8 && p[2] <= 0xAF))) ||
               (p[1] == 0x81 && p[2] == 0x9F);
    return p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80;
}

/* Makes every rule of l a candidate, its matches anywhere. */
static void mark_all(const id_list *l, loyalp_ws_scratch *s, uint64_t *hit) {
    for (size_t k = 0; k < l->n; k++) {
        uint32_t id = l->id[k];
        rule_state(s, id)->last = UINT32_MAX;
        hit[id / 64] |= (uint64_t)1 << (id % 64);
    }
}

/* Could the character at p (not ASCII, not Cyrillic) be a digit to PCRE2
 * (\d with UCP: Unicode's Nd)? utf8proc's Nd, or a code point its tables
 * do not know yet (PCRE2's may be newer). */
static bool maybe_digit(const unsigned char *p, const unsigned char *end) {
    utf8proc_int32_t cp;
    if (utf8proc_iterate(p, end - p, &cp) <= 0)
        return true;
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_CN;
}

void loyalp_ws_scan(const loyalp_ws_index *x, loyalp_ws_scratch *s, const char *text,
                    size_t len, uint64_t *hit) {
    if (!x->n_rules)
        return;
    if (++s->scan == 0) { /* wrapped: forget every stamp */
        memset(s->rule, 0, (x->n_ids + 1) * sizeof *s->rule);
        s->scan = 1;
    }
    const unsigned char *u = (const unsigned char *)text, *end = u + len;
    const unsigned char *p = u;
    /* Runs of ASCII whitespace so far, for the pairs' bounds; a character
     * that PCRE2 may take for whitespace too turns the bounds off for the
     * rest of the text (two of our runs could be one of PCRE2's). */
    bool in_ws = false;
    s->runs = 0;
    s->ws_unsure = false;
    bool digit_unsure = false; /* a digit the index does not see */
    while (p < end) {
        unsigned c = *p;
        if (!loyalp_ws_word_byte((unsigned char)c) || (c >= 0x80 && p + 1 == end)) {
            /* Not a word character. */
            if (loyalp_ws_space_byte((unsigned char)c)) {
                if (!in_ws && ++s->runs > 0xFFFF)
                    s->ws_unsure = true; /* past what runs_at holds */
                in_ws = true;
                p++;
                continue;
            }
            in_ws = false;
            if (c >= 0x80) {
                if (maybe_space(p, end))
                    s->ws_unsure = true;
                else if (x->digit_rules.n && !digit_unsure && maybe_digit(p, end))
                    digit_unsure = true;
            }
            p += c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            continue;
        }
        in_ws = false;
        /* A word starts at p (what came before was not a word character):
         * hash its prefixes while some literal goes on like it. */
        uint64_t h = HASH_START;
        const unsigned char *start = p;
        bool ended = false; /* walked to the word's end */
        for (;;) {
            c = *p;
            if (!loyalp_ws_word_byte((unsigned char)c)) {
                ended = true;
                break;
            } else if (c < 0x80) {
                h = HASH_STEP(h, ascii_unit(c));
                p++;
            } else if (p + 1 < end) {
                h = HASH_STEP(h, c << 8 | p[1]);
                p += 2;
            } else {
                ended = true; /* a lone lead byte: not a word character */
                break;
            }
            unsigned cell = cell_get(x, h);
            if (!(cell & PART))
                break;
            if (cell & WHOLE)
                probe(x, s, h, (uint32_t)(start - u), hit);
            if (p == end) {
                ended = true;
                break;
            }
        }
        if (ended) {
            /* Literals that must end their word. */
            h = HASH_STEP(h, END_UNIT);
            if (cell_get(x, h) & WHOLE)
                probe(x, s, h, (uint32_t)(start - u), hit);
        }
        if (s->n_pending)
            commit(s);
        /* The rest of the word. */
        while (p < end) {
            c = *p;
            if (loyalp_ws_word_byte((unsigned char)c) && (c < 0x80 || p + 1 < end))
                p += c < 0x80 ? 1 : 2;
            else
                break;
        }
    }
    /* A digit outside ASCII: every rule with a digit in a literal. A '_'
     * (a word character to the index, not to tokenize): every rule whose
     * literals start tokens, since one may start right after it. */
    if (digit_unsure)
        mark_all(&x->digit_rules, s, hit);
    if (x->token_rules.n && memchr(text, '_', len))
        mark_all(&x->token_rules, s, hit);
    /* Clauses whose word starts are there: the rest anywhere. */
    for (size_t k = 0; k < s->n_checks; k++) {
        uint64_t q = s->checks[k];
        uint32_t id = P_ID(q);
        if (!(hit[id / 64] >> (id % 64) & 1) && check_holds(x, &x->checks[P_CHECK(q)], text, len))
            hit[id / 64] |= (uint64_t)1 << (id % 64);
    }
    s->n_checks = 0;
}
