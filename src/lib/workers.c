/* workers.c — a batch of texts tagged by several threads (see workers.h). */
#include "workers.h"

#include "error.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Memory for the copies of one batch's results: blocks that never move, so
 * earlier copies stay valid; emptied (into one block) between batches. */
typedef struct block {
    struct block *next;
    size_t n, cap;
    max_align_t data[];
} block;

typedef struct arena {
    block *head;
    size_t total; /* capacity of all blocks */
} arena;

static void *arena_alloc(arena *a, size_t size) {
    size = (size + 15) & ~(size_t)15;
    block *b = a->head;
    if (!b || b->n + size > b->cap) {
        size_t cap = b ? b->cap * 2 : 1 << 16;
        while (cap < size)
            cap *= 2;
        block *nb = malloc(sizeof *nb + cap);
        if (!nb)
            return NULL;
        nb->next = b;
        nb->n = 0;
        nb->cap = cap;
        a->head = b = nb;
        a->total += cap;
    }
    void *p = (char *)b->data + b->n;
    b->n += size;
    return p;
}

static void arena_free(arena *a) {
    for (block *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    a->head = NULL;
    a->total = 0;
}

/* Empties the arena; several blocks become one as large as all of them. */
static void arena_reset(arena *a) {
    if (a->head && a->head->next) {
        size_t total = a->total;
        arena_free(a);
        block *nb = malloc(sizeof *nb + total);
        if (nb) {
            nb->next = NULL;
            nb->cap = total;
            a->head = nb;
            a->total = total;
        }
    }
    if (a->head)
        a->head->n = 0;
}

typedef struct worker {
    struct loyalp_workers *pool;
    loyal_tagger *tagger;
    arena mem[2]; /* copies of the results, by batch parity */
    pthread_t thread;
    bool started;
} worker;

struct loyalp_workers {
    worker *w;
    size_t n;
    pthread_mutex_t mu;
    pthread_cond_t go, done;
    unsigned long generation; /* a new batch; its parity picks the arenas */
    size_t running;           /* threads still on this batch */
    bool quit;
    loyalp_job *jobs;
    size_t n_jobs;
    atomic_size_t next;
    atomic_bool nomem;
};

/* Copies tags into the worker's arena. False when memory ran out. */
static bool copy_tags(arena *a, const loyal_tags *src, loyal_tags *dst) {
    *dst = *src;
    loyal_theme_match *m = arena_alloc(a, src->n * sizeof *m + 1);
    if (!m)
        return false;
    for (size_t i = 0; i < src->n; i++) {
        m[i] = src->themes[i];
        loyal_span *sp = arena_alloc(a, m[i].n_spans * sizeof *sp + 1);
        size_t *ru = arena_alloc(a, m[i].n_rules * sizeof *ru + 1);
        if (!sp || !ru)
            return false;
        memcpy(sp, src->themes[i].spans, m[i].n_spans * sizeof *sp);
        memcpy(ru, src->themes[i].rules, m[i].n_rules * sizeof *ru);
        m[i].spans = sp;
        m[i].rules = ru;
    }
    dst->themes = m;
    return true;
}

/* Takes jobs of batch `generation` until none is left. */
static void work(worker *me, unsigned long generation) {
    loyalp_workers *pool = me->pool;
    arena *mem = &me->mem[generation & 1];
    for (;;) {
        size_t i = atomic_fetch_add(&pool->next, 1);
        if (i >= pool->n_jobs)
            return;
        loyalp_job *j = &pool->jobs[i];
        const loyal_tags *tags = NULL;
        j->status = loyal_tagger_run(me->tagger, j->text, j->len, j->lang, &tags, NULL);
        if (j->status)
            continue;
        j->has_text = loyal_tagger_text(me->tagger)->n_tokens > 0;
        if (!copy_tags(mem, tags, &j->tags)) {
            j->status = LOYAL_ERR_NOMEM;
            atomic_store(&pool->nomem, true);
        }
    }
}

static void *thread_main(void *arg) {
    worker *me = arg;
    loyalp_workers *pool = me->pool;
    unsigned long seen = 0;
    pthread_mutex_lock(&pool->mu);
    for (;;) {
        while (!pool->quit && pool->generation == seen)
            pthread_cond_wait(&pool->go, &pool->mu);
        if (pool->quit)
            break;
        seen = pool->generation;
        pthread_mutex_unlock(&pool->mu);
        work(me, seen);
        pthread_mutex_lock(&pool->mu);
        if (--pool->running == 0)
            pthread_cond_signal(&pool->done);
    }
    pthread_mutex_unlock(&pool->mu);
    return NULL;
}

loyal_status loyalp_workers_create(loyalp_workers **out, const loyal_lexicon *lex, size_t n,
                                   loyal_error *err) {
    *out = NULL;
    loyalp_workers *p = calloc(1, sizeof *p);
    if (!p)
        return loyalp_nomem(err);
    p->w = calloc(n, sizeof *p->w);
    p->n = n;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->go, NULL);
    pthread_cond_init(&p->done, NULL);
    loyal_status st = p->w ? LOYAL_OK : loyalp_nomem(err);
    for (size_t i = 0; i < n && !st; i++) {
        p->w[i].pool = p;
        st = loyal_tagger_create(&p->w[i].tagger, lex, err);
    }
    /* Worker 0 is the calling thread; the others get threads of their own. */
    for (size_t i = 1; i < n && !st; i++) {
        if (pthread_create(&p->w[i].thread, NULL, thread_main, &p->w[i]) != 0)
            st = loyalp_error(err, LOYAL_ERR_NOMEM, NULL, 0, 0, "cannot start a thread");
        else
            p->w[i].started = true;
    }
    if (st) {
        loyalp_workers_free(p);
        return st;
    }
    *out = p;
    return LOYAL_OK;
}

void loyalp_workers_start(loyalp_workers *p, loyalp_job *jobs, size_t n) {
    unsigned long next = p->generation + 1;
    for (size_t i = 0; i < p->n; i++)
        arena_reset(&p->w[i].mem[next & 1]);
    atomic_store(&p->next, 0);
    atomic_store(&p->nomem, false);
    pthread_mutex_lock(&p->mu);
    p->jobs = jobs;
    p->n_jobs = n;
    p->running = p->n - 1;
    p->generation = next;
    pthread_cond_broadcast(&p->go);
    pthread_mutex_unlock(&p->mu);
}

loyal_status loyalp_workers_wait(loyalp_workers *p, loyal_error *err) {
    work(&p->w[0], p->generation);
    pthread_mutex_lock(&p->mu);
    while (p->running > 0)
        pthread_cond_wait(&p->done, &p->mu);
    pthread_mutex_unlock(&p->mu);
    return atomic_load(&p->nomem) ? loyalp_nomem(err) : LOYAL_OK;
}

void loyalp_workers_free(loyalp_workers *p) {
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->quit = true;
    pthread_cond_broadcast(&p->go);
    pthread_mutex_unlock(&p->mu);
    for (size_t i = 0; i < p->n; i++) {
        if (p->w && p->w[i].started)
            pthread_join(p->w[i].thread, NULL);
        if (p->w) {
            loyal_tagger_free(p->w[i].tagger);
            arena_free(&p->w[i].mem[0]);
            arena_free(&p->w[i].mem[1]);
        }
    }
    free(p->w);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->go);
    pthread_cond_destroy(&p->done);
    free(p);
}
