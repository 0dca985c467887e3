/* workers.h — tag a batch of texts on several threads (private).
 *
 * Every worker has its own loyal_tagger over the one shared, read-only
 * lexicon. loyalp_workers_start hands a batch out (each worker takes the next
 * untagged text) and returns at once, so the caller can read the next batch
 * or use the previous one meanwhile; loyalp_workers_wait makes the calling
 * thread take the texts still untagged, then waits for the others. The
 * results are copies owned by the workers, in one of two arenas that
 * alternate by batch, so a batch's results stay valid while the next batch
 * is tagged, until the start after that. The caller consumes them in input
 * order: that keeps every sum, and so every output, identical to a run on
 * one thread. */
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
/* Starts tagging jobs[0..n) on the other threads. The previous batch must
 * have been waited for; jobs[] must stay in place until the wait. */
void loyalp_workers_start(loyalp_workers *w, loyalp_job *jobs, size_t n);
/* Tags what is left of the started batch on the calling thread and returns
 * when every job is done. Errors: LOYAL_ERR_NOMEM (a copy failed). */
loyal_status loyalp_workers_wait(loyalp_workers *w, loyal_error *err);
void loyalp_workers_free(loyalp_workers *w);

#endif
