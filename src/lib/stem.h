/* stem.h — Snowball stems (libstemmer russian/english) with a cache.
 * One loyalp_stemmer per thread: libstemmer's stemmers are not re-entrant. */
#ifndef LOYAL_STEM_H
#define LOYAL_STEM_H

#include "loyal.h"

typedef struct loyalp_stem_slot {
    uint32_t hash;
    uint32_t word, word_len; /* offsets into arena */
    uint32_t stem, stem_len;
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

#endif
