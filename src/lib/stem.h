/* stem.h — Snowball stems (libstemmer russian/english) with a cache.
 * One loyalp_stemmer per thread: libstemmer's stemmers are not re-entrant. */
#ifndef LOYAL_STEM_H
#define LOYAL_STEM_H

#include "loyal.h"

#include <string.h>

typedef struct loyalp_stem_slot {
    uint32_t hash;
    uint32_t word, word_len; /* offsets into arena */
    uint32_t stem, stem_len;
    uint32_t stem_hash;      /* loyalp_hash of the stem */
    uint32_t aux;            /* the caller's, kept with the word; 0 until set */
} loyalp_stem_slot;

typedef struct loyalp_stemmer {
    struct sb_stemmer *ru, *en;
    loyalp_stem_slot *slots; /* open addressing, LOYALP_STEM_SLOTS entries */
    size_t used;
    char *arena;
    size_t arena_len, arena_cap;
} loyalp_stemmer;

loyal_status loyalp_stemmer_init(loyalp_stemmer *s);
void loyalp_stemmer_clear(loyalp_stemmer *s);

/* The stem of a normalized (lowercase) word of `len` bytes: Cyrillic words
 * by Snowball russian, Latin by english, others unchanged. *out points into
 * the stemmer's cache, valid until the next call; NULL on allocation
 * failure. */
const char *loyalp_stem(loyalp_stemmer *s, const char *word, size_t len, loyal_script script,
                        size_t *out_len);

/* loyalp_stem, and loyalp_hash of the stem in *stem_hash (kept in the
 * cache, so a stem is hashed once however often its word comes back).
 * *aux (when aux is not NULL) points to a value the caller may keep with
 * the word in the cache — 0 until set, e.g. what a lookup of the stem gave —
 * valid until the next call; NULL for a word the cache does not keep. */
const char *loyalp_stem_hashed(loyalp_stemmer *s, const char *word, size_t len,
                               loyal_script script, size_t *out_len, uint32_t *stem_hash,
                               uint32_t **aux);

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

#endif
