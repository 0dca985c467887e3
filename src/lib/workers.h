/* workers.h — tag a batch of texts on several threads (private).
 *
 * Every worker has its own loyal_tagger over the one shared, read-only
 * lexicon. loyalp_workers_tag hands the batch out (each worker takes the next
 * untagged text), the calling thread works too, and it returns when every
 * text is tagged. The results are copies owned by the workers, valid until
 * the next call, so the caller can consume them in input order: that keeps
 * every sum, and so every output, identical to a run on one thread. */
#ifndef LOYAL_WORKERS_H
#define LOYAL_WORKERS_H

#include "loyal.h"

typedef struct loyalp_job {
    const char *text; /* in */
    size_t len;
    loyal_lang lang;
    loyal_status status; /* out: OK, ENCODING, LIMIT or NOMEM */
    loyal_tags tags;     /* out: pointers into the worker's arena */
    bool has_text;       /* out: the text has at least one token */
} loyalp_job;

typedef struct loyalp_workers loyalp_workers;

/* n threads in all, counting the caller (n ≥ 2). */
loyal_status loyalp_workers_create(loyalp_workers **out, const loyal_lexicon *lex, size_t n,
                                   loyal_error *err);
/* Tags jobs[0..n). Errors: LOYAL_ERR_NOMEM (a copy failed). */
loyal_status loyalp_workers_tag(loyalp_workers *w, loyalp_job *jobs, size_t n, loyal_error *err);
void loyalp_workers_free(loyalp_workers *w);

#endif
