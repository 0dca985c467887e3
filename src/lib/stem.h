/* stem.h — Snowball stems (libstemmer russian/english) with a cache.
 * One loyalp_stemmer per thread: libstemmer's stemmers are not re-entrant. */
#ifndef LOYAL_STEM_H
#define LOYAL_STEM_H

#include "loyal.h"

#include <string.h>

/* One cached word, one cache line: a hit reads nothing else. */
#define LOYALP_STEM_INLINE 48
typedef struct loyalp_stem_slot {
    uint32_t hash;      /* loyalp_stem_word_hash of the word; 0: an empty slot */
    uint32_t stem_hash; /* loyalp_hash of the stem */
    uint32_t aux;       /* the caller's, kept with the word; 0 until set */
    uint8_t word_len;
    uint8_t lang; /* loyalp_stem_lang: which Snowball stemmer */
    uint8_t stem_len;
    uint8_t flags; /* LOYALP_STEM_AFTER, and LOYALP_STEM_OLDER in a bucket's first slot */
    char b[LOYALP_STEM_INLINE]; /* the word, then the stem unless it is a prefix of the word */
} loyalp_stem_slot;
#define LOYALP_STEM_AFTER 1u /* the stem follows the word in b (else it is the word's prefix) */
#define LOYALP_STEM_OLDER 2u /* the bucket's second slot is the less recently used */

/* The cache holds LOYALP_STEM_SLOTS slots (2 MB) in buckets of two. */
#define LOYALP_STEM_SLOTS (1u << 15)

typedef struct loyalp_stemmer {
    struct sb_stemmer *ru, *en;
    loyalp_stem_slot *slots; /* 64-byte aligned, LOYALP_STEM_SLOTS */
    void *mem;               /* what slots was carved from */
    size_t misses;           /* words given to Snowball (not found in the cache) */
} loyalp_stemmer;

loyal_status loyalp_stemmer_init(loyalp_stemmer *s);
void loyalp_stemmer_clear(loyalp_stemmer *s);

/* The stem of a normalized (lowercase) word of `len` bytes: Cyrillic words
 * by Snowball russian, Latin by english, others (and words over 256 bytes)
 * unchanged. The result points into the stemmer's cache, Snowball's buffer
 * or `word`, valid until the next call; NULL on allocation failure. */
const char *loyalp_stem(loyalp_stemmer *s, const char *word, size_t len, loyal_script script,
                        size_t *out_len);

/* A fast hash of short strings (words and stems), never 0: the stem cache's
 * and the prefilter's stem index's, so a stem's hash serves both. */
static inline uint32_t loyalp_hash(const char *p, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t)n, v;
    const unsigned char *u = (const unsigned char *)p;
    for (; n >= 8; u += 8, n -= 8) {
        memcpy(&v, u, 8);
        h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, u, 4);
        memcpy(&b, u + n - 4, 4);
        v = (uint64_t)a << 32 | b;
    } else {
        v = n ? (uint64_t)u[0] << 16 | (uint64_t)u[n / 2] << 8 | u[n - 1] : 0;
    }
    h = (h ^ v) * 0x94D049BB133111EBull;
    h ^= h >> 29;
    return (uint32_t)h | 1;
}

/* The stemmer a script takes: 1 russian, 2 english, 0 none. */
static inline unsigned loyalp_stem_lang(loyal_script script) {
    return script == LOYAL_SCRIPT_CYRILLIC ? 1u : script == LOYAL_SCRIPT_LATIN ? 2u : 0u;
}

static inline uint64_t loyalp_load8(const char *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint32_t loyalp_load4(const char *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* The cache's hash of a word and its stemmer, never 0: at most three 8-byte
 * loads (first, middle, last) and four multiplications. It only has to
 * spread words over the buckets — a hit compares the whole word — so it
 * need not be loyalp_hash, which the stems keep for the prefilter. */
static inline uint32_t loyalp_stem_word_hash(const char *p, size_t n, unsigned lang) {
    uint64_t a, b, c = 0;
    if (n >= 8) {
        a = loyalp_load8(p);
        b = loyalp_load8(p + n - 8);
        if (n > 16)
            c = loyalp_load8(p + (n - 8) / 2);
    } else if (n >= 4) {
        a = loyalp_load4(p);
        b = loyalp_load4(p + n - 4);
    } else {
        const unsigned char *u = (const unsigned char *)p;
        a = n ? (uint64_t)u[0] << 16 | (uint64_t)u[n / 2] << 8 | u[n - 1] : 0;
        b = 0;
    }
    uint64_t x = a * 0x9E3779B97F4A7C15ull ^ b * 0xC2B2AE3D27D4EB4Full ^ c * 0x165667B19E3779F9ull ^
                 ((uint64_t)n << 8 | lang);
    x ^= x >> 32;
    x *= 0xD6E8FEB86659FD93ull;
    return (uint32_t)(x >> 32) | 1;
}

static inline loyalp_stem_slot *loyalp_stem_bucket(const loyalp_stemmer *s, uint32_t h) {
    /* h >> 1: bit 0 is always set. */
    return &s->slots[((h >> 1) & (LOYALP_STEM_SLOTS / 2 - 1)) * 2];
}

/* a[0..n) == w[0..n) for n <= LOYALP_STEM_INLINE, reading neither past its
 * n bytes: word-sized loads, the last one overlapping. */
static inline bool loyalp_stem_same(const char *a, const char *w, size_t n) {
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8)
            if (loyalp_load8(a + i) != loyalp_load8(w + i))
                return false;
        return loyalp_load8(a + n - 8) == loyalp_load8(w + n - 8);
    }
    if (n >= 4)
        return loyalp_load4(a) == loyalp_load4(w) &&
               loyalp_load4(a + n - 4) == loyalp_load4(w + n - 4);
    return !n || (a[0] == w[0] && a[n / 2] == w[n / 2] && a[n - 1] == w[n - 1]);
}

/* The hash loyalp_stem_hashed wants for a word of this script, and a
 * prefetch of its bucket: hashing the words of a text first and stemming
 * them after lets the cache misses overlap. 0 for a word the cache does
 * not keep. */
static inline uint32_t loyalp_stem_prefetch(const loyalp_stemmer *s, const char *word, size_t len,
                                            loyal_script script) {
    unsigned lang = loyalp_stem_lang(script);
    if (!lang || len > LOYALP_STEM_INLINE)
        return 0;
    uint32_t h = loyalp_stem_word_hash(word, len, lang);
    __builtin_prefetch(loyalp_stem_bucket(s, h));
    return h;
}

/* loyalp_stem_hashed's way past the cache: Snowball, and the word kept. */
const char *loyalp_stem_miss(loyalp_stemmer *s, const char *word, size_t len, loyal_script script,
                             uint32_t word_hash, size_t *out_len, uint32_t *stem_hash,
                             uint32_t **aux);

/* loyalp_stem, and loyalp_hash of the stem in *stem_hash (kept in the
 * cache, so a stem is hashed once however often its word comes back).
 * word_hash is what loyalp_stem_prefetch gave for the word, or 0. *aux
 * (when aux is not NULL) points to a value the caller may keep with the
 * word in the cache — 0 until set, e.g. what a lookup of the stem gave —
 * valid until the next call; NULL for a word the cache does not keep.
 * Inline: a hit is one bucket read, no call. */
static inline const char *loyalp_stem_hashed(loyalp_stemmer *s, const char *word, size_t len,
                                             loyal_script script, uint32_t word_hash,
                                             size_t *out_len, uint32_t *stem_hash, uint32_t **aux) {
    unsigned lang = loyalp_stem_lang(script);
    if (lang && len <= LOYALP_STEM_INLINE) {
        uint32_t h = word_hash ? word_hash : loyalp_stem_word_hash(word, len, lang);
        loyalp_stem_slot *b = loyalp_stem_bucket(s, h);
        for (unsigned w = 0; w < 2; w++) {
            loyalp_stem_slot *sl = &b[w];
            if (sl->hash != h || sl->word_len != len || sl->lang != lang ||
                !loyalp_stem_same(sl->b, word, len))
                continue;
            /* The other slot is now the less recently used. */
            if ((b->flags & LOYALP_STEM_OLDER) != (w ? 0u : LOYALP_STEM_OLDER))
                b->flags ^= LOYALP_STEM_OLDER;
            *out_len = sl->stem_len;
            *stem_hash = sl->stem_hash;
            if (aux)
                *aux = &sl->aux;
            return sl->b + (sl->flags & LOYALP_STEM_AFTER ? len : 0);
        }
        return loyalp_stem_miss(s, word, len, script, h, out_len, stem_hash, aux);
    }
    return loyalp_stem_miss(s, word, len, script, 0, out_len, stem_hash, aux);
}

#endif
