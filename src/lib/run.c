/* run.c — one pass over the input: source → score → tagger → statistics.
 *
 * Every record read ends up in exactly one place: used (stats + on_row) or
 * skipped with one reason (counts + on_skip), so read = used + Σ skipped
 * holds by construction.
 */
#include "buf.h"
#include "error.h"
#include "jsonw.h"
#include "loyal.h"
#include "summary.h"
#include "workers.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

size_t loyal_cores(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 64 ? 64 : (size_t)n;
}

struct loyal_run {
    const loyal_lexicon *lex;
    loyal_run_options opt;
    loyal_tagger *tagger;
    loyalp_workers *workers; /* NULL on one thread */
    loyal_summary sum;
    size_t *theme_idx;         /* scratch for loyal_stats_add */
    loyal_polarity *theme_pol; /* scratch */
    loyal_row_fn on_row;
    loyal_skip_fn on_skip;
    loyal_progress_fn on_progress;
    void *ctx;
};

void loyal_run_options_init(loyal_run_options *opt) {
    memset(opt, 0, sizeof *opt);
    loyal_source_options_init(&opt->source);
    loyal_metric_init(&opt->metric, LOYAL_METRIC_NPS);
    opt->need_score = true;
    opt->lang = LOYAL_LANG_UNKNOWN;
}

loyal_status loyal_run_create(loyal_run **out, const loyal_lexicon *lex,
                              const loyal_run_options *opt, loyal_error *err) {
    *out = NULL;
    loyal_status st;
    loyal_run *run = calloc(1, sizeof *run);
    if (!run)
        return loyalp_nomem(err);
    run->lex = lex;
    run->opt = *opt;
    run->opt.source.require_score = opt->need_score;
    size_t nt = loyal_lexicon_theme_count(lex);
    run->theme_idx = calloc(nt ? nt : 1, sizeof *run->theme_idx);
    run->theme_pol = calloc(nt ? nt : 1, sizeof *run->theme_pol);
    if (!run->theme_idx || !run->theme_pol) {
        st = loyalp_nomem(err);
        goto fail;
    }
    if ((st = loyalp_summary_init(&run->sum, nt, err)))
        goto fail;
    run->sum.n_segment_columns = opt->source.n_segment_cols;
    for (size_t i = 0; i < opt->source.n_segment_cols; i++)
        run->sum.segment_columns[i] = opt->source.segment_cols[i];
    run->sum.period_column = opt->source.period_col;
    if ((st = loyal_tagger_create(&run->tagger, lex, err)))
        goto fail;
    size_t threads = opt->threads ? opt->threads : loyal_cores();
    if (threads > 1 && (st = loyalp_workers_create(&run->workers, lex, threads, err)))
        goto fail;
    *out = run;
    return LOYAL_OK;
fail:
    loyal_run_free(run);
    return st;
}

void loyal_run_set_callbacks(loyal_run *run, loyal_row_fn on_row, loyal_skip_fn on_skip,
                             loyal_progress_fn on_progress, void *ctx) {
    run->on_row = on_row;
    run->on_skip = on_skip;
    run->on_progress = on_progress;
    run->ctx = ctx;
}

const loyal_summary *loyal_run_summary(const loyal_run *run) {
    return &run->sum;
}

void loyal_run_free(loyal_run *run) {
    if (!run)
        return;
    loyal_tagger_free(run->tagger);
    loyalp_workers_free(run->workers);
    loyalp_summary_clear(&run->sum);
    free(run->theme_idx);
    free(run->theme_pol);
    free(run);
}

static loyal_status keep_example(loyal_example *slot, size_t *n, const loyal_row *row) {
    if (*n >= LOYAL_EXAMPLES)
        return LOYAL_OK;
    loyal_example *e = &slot[*n];
    memset(e, 0, sizeof *e);
    e->line = row->rec->line;
    e->cls = row->cls;
    if ((row->rec->id && !(e->id = loyalp_strndup(row->rec->id, row->rec->id_len))) ||
        (row->path && !(e->file = strdup(row->path))) ||
        !(e->text = loyalp_excerpt(row->rec->text, row->rec->text_len, LOYAL_EXAMPLE_CHARS, false))) {
        loyalp_example_clear(e);
        return LOYAL_ERR_NOMEM;
    }
    (*n)++;
    return LOYAL_OK;
}

static loyal_status examples(loyal_run *run, const loyal_row *row) {
    for (size_t i = 0; i < row->tags->n; i++) {
        loyal_examples *ex = &run->sum.examples[row->tags->themes[i].theme];
        loyal_status st = keep_example(ex->any, &ex->n_any, row);
        if (!st && row->has_score && row->cls == LOYAL_CLASS_PROMOTER)
            st = keep_example(ex->promoters, &ex->n_promoters, row);
        if (!st && row->has_score && row->cls == LOYAL_CLASS_DETRACTOR)
            st = keep_example(ex->detractors, &ex->n_detractors, row);
        if (st)
            return st;
    }
    return LOYAL_OK;
}

/* Parses a number cell: finite, '.' or ',' decimal, spaces around. */
static bool parse_number(const char *s, size_t len, double *w) {
    char tmp[64];
    while (len && (*s == ' ' || *s == '\t'))
        s++, len--;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    if (!len || len >= sizeof tmp)
        return false;
    memcpy(tmp, s, len);
    tmp[len] = '\0';
    for (char *c = tmp; *c; c++)
        if (*c == ',')
            *c = '.';
    char *end;
    double v = strtod(tmp, &end);
    if (*end || end == tmp || !isfinite(v))
        return false;
    *w = v;
    return true;
}

/* The cohort label of a numeric cell for the given edges ("<3", "3-6",
 * "12+"), or "n/a" when the cell is not a number. */
static void cohort(const double *edges, size_t n, const char *cell, size_t len, char *out,
                   size_t size) {
    double v;
    char a[32], b[32];
    if (!parse_number(cell, len, &v)) {
        snprintf(out, size, "n/a");
        return;
    }
    size_t i = 0;
    while (i < n && v >= edges[i])
        i++;
    if (i == 0) {
        jw_format_double(edges[0], a);
        snprintf(out, size, "<%s", a);
    } else if (i == n) {
        jw_format_double(edges[n - 1], a);
        snprintf(out, size, "%s+", a);
    } else {
        jw_format_double(edges[i - 1], a);
        jw_format_double(edges[i], b);
        snprintf(out, size, "%s-%s", a, b);
    }
}

/* Adds a scored row to the groups its segment and period cells name. */
static loyal_status add_to_groups(loyal_run *run, const loyal_row *row, bool has_text,
                                  size_t n, loyal_error *err) {
    const loyal_record *rec = row->rec;
    loyal_group *g;
    loyal_status st;
    for (size_t c = 0; c < run->sum.n_segment_columns; c++) {
        const char *v = rec->segments[c] ? rec->segments[c] : "";
        size_t len = rec->segments[c] ? rec->segment_lens[c] : 0;
        char label[80];
        if (run->opt.n_segment_edges[c]) {
            cohort(run->opt.segment_edges[c], run->opt.n_segment_edges[c], v, len, label,
                   sizeof label);
            v = label;
            len = strlen(label);
        }
        if ((st = loyalp_summary_group(&run->sum, false, c, v, len, &g, err)))
            return st;
        loyal_stats_add(g->stats, row->y, row->w, row->cls, has_text, run->theme_idx,
                        run->theme_pol, n);
    }
    if (run->sum.period_column) {
        const char *v = rec->period ? rec->period : "";
        size_t len = rec->period ? rec->period_len : 0;
        if ((st = loyalp_summary_group(&run->sum, true, (size_t)-1, v, len, &g, err)))
            return st;
        loyal_stats_add(g->stats, row->y, row->w, row->cls, has_text, run->theme_idx,
                        run->theme_pol, n);
    }
    return LOYAL_OK;
}

int loyal_natural_cmp(const char *a, const char *b) {
    while (*a && *b) {
        if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
            while (*a == '0')
                a++;
            while (*b == '0')
                b++;
            size_t la = 0, lb = 0;
            while (a[la] >= '0' && a[la] <= '9')
                la++;
            while (b[lb] >= '0' && b[lb] <= '9')
                lb++;
            if (la != lb)
                return la < lb ? -1 : 1;
            int c = strncmp(a, b, la);
            if (c)
                return c;
            a += la;
            b += lb;
            continue;
        }
        if (*a != *b)
            return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
        a++;
        b++;
    }
    return *a ? 1 : *b ? -1 : 0;
}

void loyal_run_finish(loyal_run *run) {
    loyal_summary_sort(&run->sum);
}

static loyal_status skip(loyal_run *run, const char *path, const loyal_record *rec,
                         loyal_skip why, loyal_error *err) {
    run->sum.counts.skipped[why]++;
    return run->on_skip ? run->on_skip(run->ctx, path, rec, why, err) : LOYAL_OK;
}

/* Steps before tagging: the source's verdict, the score, the weight.
 * Returns the skip reason, or NONE with row's score fields set. */
static loyal_skip prepare(const loyal_run *run, const char *path, const loyal_record *rec,
                          loyal_row *row) {
    memset(row, 0, sizeof *row);
    row->path = path;
    row->rec = rec;
    row->w = 1.0;
    row->cls = LOYAL_CLASS_PASSIVE;
    if (rec->skip != LOYAL_SKIP_NONE)
        return rec->skip;
    if (rec->score)
        row->has_score = loyal_metric_value(&run->opt.metric, rec->score, rec->score_len,
                                            &row->score, &row->y, &row->cls);
    if (run->opt.need_score && !row->has_score)
        return LOYAL_SKIP_BAD_SCORE;
    if (run->opt.source.weight_col &&
        (!parse_number(rec->weight ? rec->weight : "", rec->weight ? rec->weight_len : 0,
                       &row->w) ||
         row->w < 0))
        return LOYAL_SKIP_BAD_WEIGHT;
    return LOYAL_SKIP_NONE;
}

/* Steps after tagging, always in input order: a text the tagger refused is
 * a skip; otherwise the row is used (statistics, groups, examples, on_row). */
static loyal_status use_row(loyal_run *run, loyal_row *row, loyal_status tag_status,
                            const loyal_tags *tags, bool has_text, loyal_error *err) {
    const loyal_record *rec = row->rec;
    if (tag_status == LOYAL_ERR_ENCODING)
        return skip(run, row->path, rec, LOYAL_SKIP_INVALID_UTF8, err);
    if (tag_status == LOYAL_ERR_LIMIT)
        return skip(run, row->path, rec, LOYAL_SKIP_MALFORMED, err);
    if (tag_status)
        return loyalp_nomem(err);
    loyal_status st;
    row->tags = tags;
    run->sum.counts.used++;
    run->sum.counts.regex_limit_hits += (long)tags->regex_limit_hits;
    if (row->has_score) {
        for (size_t i = 0; i < tags->n; i++) {
            run->theme_idx[i] = tags->themes[i].theme;
            run->theme_pol[i] = tags->themes[i].polarity;
        }
        loyal_stats_add(run->sum.stats, row->y, row->w, row->cls, has_text, run->theme_idx,
                        run->theme_pol, tags->n);
        if ((st = add_to_groups(run, row, has_text, tags->n, err)))
            return st;
    }
    if ((st = examples(run, row)))
        return loyalp_nomem(err);
    return run->on_row ? run->on_row(run->ctx, row, err) : LOYAL_OK;
}

/* One record on the calling thread. */
static loyal_status one_record(loyal_run *run, const char *path, const loyal_record *rec,
                               loyal_error *err) {
    loyal_row row;
    loyal_skip why = prepare(run, path, rec, &row);
    if (why != LOYAL_SKIP_NONE)
        return skip(run, path, rec, why, err);
    const loyal_tags *tags = NULL;
    loyal_status ts = loyal_tagger_run(run->tagger, rec->text ? rec->text : "",
                                       rec->text ? rec->text_len : 0, run->opt.lang, &tags,
                                       NULL);
    row.text = loyal_tagger_text(run->tagger);
    return use_row(run, &row, ts, tags, row.text->n_tokens > 0, err);
}

/* ---- batches for several threads --------------------------------------- */

#define BATCH_RECORDS 2048
#define BATCH_BYTES (8u << 20)

/* A record copied into the batch: its strings as offsets into `data`. */
typedef struct stored {
    loyal_record rec; /* pointers hold offset + 1 (0 = NULL) until fix-up */
    loyal_skip why;
    loyal_row row;
    size_t job; /* index into jobs, or (size_t)-1 */
} stored;

struct batch {
    stored *v;
    size_t n, cap;
    loyalp_buf data;
    loyalp_job *jobs;
    size_t n_jobs, jobs_cap;
};

static void batch_free(struct batch *b) {
    free(b->v);
    loyalp_buf_clear(&b->data);
    free(b->jobs);
}

/* Copies s[0..n) into the batch; returns its offset + 1 as a pointer, NULL for NULL. */
static bool keep(struct batch *b, const char **field, size_t n) {
    if (!*field)
        return true;
    uintptr_t off = b->data.len + 1;
    if (loyalp_buf_append(&b->data, *field, n) || loyalp_buf_putc(&b->data, '\0'))
        return false;
    *field = (const char *)off;
    return true;
}

static void fix(const struct batch *b, const char **field) {
    if (*field)
        *field = b->data.data + ((uintptr_t)*field - 1);
}

static loyal_status batch_add(struct batch *b, const loyal_record *rec) {
    if (loyalp_grow((void **)&b->v, &b->cap, b->n, sizeof *b->v, 256))
        return LOYAL_ERR_NOMEM;
    stored *s = &b->v[b->n];
    s->rec = *rec;
    loyal_record *r = &s->rec;
    bool ok = keep(b, &r->id, r->id_len) && keep(b, &r->text, r->text_len) &&
              keep(b, &r->score, r->score_len) && keep(b, &r->weight, r->weight_len) &&
              keep(b, &r->period, r->period_len) && keep(b, &r->raw, r->raw_len);
    for (size_t i = 0; ok && i < LOYAL_MAX_SEGMENTS; i++)
        ok = keep(b, &r->segments[i], r->segment_lens[i]);
    if (!ok)
        return LOYAL_ERR_NOMEM;
    b->n++;
    return LOYAL_OK;
}

/* Prepares the batch's rows (score, weight) and starts tagging its texts
 * on the workers; the calling thread is free until batch_use. */
static loyal_status batch_start(loyal_run *run, struct batch *b, const char *path,
                                loyal_error *err) {
    b->n_jobs = 0;
    for (size_t i = 0; i < b->n; i++) {
        stored *s = &b->v[i];
        loyal_record *r = &s->rec;
        fix(b, &r->id);
        fix(b, &r->text);
        fix(b, &r->score);
        fix(b, &r->weight);
        fix(b, &r->period);
        fix(b, &r->raw);
        for (size_t k = 0; k < LOYAL_MAX_SEGMENTS; k++)
            fix(b, &r->segments[k]);
        s->why = prepare(run, path, r, &s->row);
        s->job = (size_t)-1;
        if (s->why != LOYAL_SKIP_NONE)
            continue;
        if (loyalp_grow((void **)&b->jobs, &b->jobs_cap, b->n_jobs, sizeof *b->jobs, 256))
            return loyalp_nomem(err);
        loyalp_job *j = &b->jobs[b->n_jobs];
        memset(j, 0, sizeof *j);
        j->text = r->text ? r->text : "";
        j->len = r->text ? r->text_len : 0;
        j->lang = run->opt.lang;
        s->job = b->n_jobs++;
    }
    loyalp_workers_start(run->workers, b->jobs, b->n_jobs);
    return LOYAL_OK;
}

/* Uses the rows of a tagged batch in input order, then empties it. */
static loyal_status batch_use(loyal_run *run, struct batch *b, const char *path,
                              loyal_error *err) {
    loyal_status st = LOYAL_OK;
    for (size_t i = 0; i < b->n && !st; i++) {
        stored *s = &b->v[i];
        s->row.rec = &s->rec;
        if (s->why != LOYAL_SKIP_NONE) {
            st = skip(run, path, &s->rec, s->why, err);
            continue;
        }
        const loyalp_job *j = &b->jobs[s->job];
        st = use_row(run, &s->row, j->status, &j->tags, j->has_text, err);
    }
    b->n = 0;
    loyalp_buf_reset(&b->data);
    return st;
}

/* A full batch (or the last one) is read: the batch before it, tagged
 * meanwhile, is finished; this one starts; the one before is used while
 * the workers tag this one. Reading the next batch then overlaps its
 * tagging too. *pending is the batch in flight, NULL when none. */
static loyal_status batch_next(loyal_run *run, struct batch *b, struct batch **pending,
                               const char *path, loyal_error *err) {
    loyal_status st = LOYAL_OK;
    struct batch *prev = *pending;
    *pending = NULL;
    if (prev && (st = loyalp_workers_wait(run->workers, err)))
        return st;
    if ((st = batch_start(run, b, path, err)))
        return st;
    *pending = b;
    return prev ? batch_use(run, prev, path, err) : LOYAL_OK;
}

loyal_status loyal_run_file(loyal_run *run, const char *path, loyal_error *err) {
    loyal_source *src = NULL;
    loyal_input_info *info = NULL;
    loyal_status st = loyal_source_open(&src, path, &run->opt.source, err);
    if (st)
        return st;
    if ((st = loyalp_summary_add_input(&run->sum, path, &info, err)))
        goto out;
    info->format = loyal_source_format(src);
    info->encoding = loyal_source_encoding(src);
    info->delimiter = info->format == LOYAL_FORMAT_JSONL ? 0 : loyal_source_delimiter(src);
    /* With workers, two batches alternate: one is read while the other is
     * tagged (see batch_next). */
    struct batch bs[2], *pending = NULL;
    memset(bs, 0, sizeof bs);
    loyalp_buf_init(&bs[0].data, 0);
    loyalp_buf_init(&bs[1].data, 0);
    struct batch *b = &bs[0];
    for (;;) {
        loyal_record rec;
        bool got = false;
        if ((st = loyal_source_next(src, &rec, &got, err)))
            break;
        if (got) {
            run->sum.counts.read++;
            if (!run->workers)
                st = one_record(run, path, &rec, err);
            else if (batch_add(b, &rec))
                st = loyalp_nomem(err);
        }
        if (!st && run->workers && b->n &&
            (!got || b->n == BATCH_RECORDS || b->data.len > BATCH_BYTES)) {
            st = batch_next(run, b, &pending, path, err);
            b = b == &bs[0] ? &bs[1] : &bs[0];
        }
        if (st || !got)
            break;
        if (run->on_progress && (run->sum.counts.read & 4095) == 0) {
            uint64_t done, total;
            loyal_source_progress(src, &done, &total);
            run->on_progress(run->ctx, path, run->sum.counts.read, done, total);
        }
    }
    /* The last batch in flight: finished and used, or on an error only
     * finished (its texts must not be freed under the workers). */
    if (pending) {
        loyal_status ws = loyalp_workers_wait(run->workers, err);
        if (!st)
            st = ws ? ws : batch_use(run, pending, path, err);
    }
    batch_free(&bs[0]);
    batch_free(&bs[1]);
    if (!st)
        memcpy(info->sha256, loyal_source_sha256(src), 65);
out:
    loyal_source_free(src);
    return st;
}
