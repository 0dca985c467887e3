/* summary.c — the loyal_summary: overall statistics, groups, inputs and
 * examples, built by a run or read back from partial statistics. */
#include "summary.h"

#include "buf.h"
#include "error.h"

#include <stdlib.h>
#include <string.h>

loyal_status loyalp_summary_init(loyal_summary *s, size_t n_themes, loyal_error *err) {
    memset(s, 0, sizeof *s);
    s->examples = calloc(n_themes ? n_themes : 1, sizeof *s->examples);
    if (!s->examples)
        return loyalp_nomem(err);
    return loyal_stats_create(&s->stats, n_themes, err);
}

void loyalp_example_clear(loyal_example *e) {
    free(e->id);
    free(e->text);
    free(e->file);
    memset(e, 0, sizeof *e);
}

void loyalp_examples_json(jsonw *w, const loyal_example *v, size_t n, bool with_class) {
    jw_arr(w);
    for (size_t i = 0; i < n; i++) {
        jw_obj(w);
        jw_key(w, "id");
        jw_str(w, v[i].id);
        jw_key(w, "file");
        jw_str(w, v[i].file);
        jw_key(w, "row");
        jw_int(w, v[i].line);
        if (with_class) {
            jw_key(w, "class");
            jw_int(w, v[i].cls);
        }
        jw_key(w, "text");
        jw_str(w, v[i].text);
        jw_obj_end(w);
    }
    jw_arr_end(w);
}

static void free_groups(loyal_group *v, size_t n) {
    for (size_t i = 0; i < n; i++) {
        free(v[i].value);
        loyal_stats_free(v[i].stats);
    }
    free(v);
}

void loyalp_summary_clear(loyal_summary *s) {
    if (s->examples && s->stats) {
        for (size_t t = 0; t < s->stats->n_themes; t++) {
            loyal_examples *ex = &s->examples[t];
            for (size_t i = 0; i < ex->n_promoters; i++)
                loyalp_example_clear(&ex->promoters[i]);
            for (size_t i = 0; i < ex->n_detractors; i++)
                loyalp_example_clear(&ex->detractors[i]);
            for (size_t i = 0; i < ex->n_any; i++)
                loyalp_example_clear(&ex->any[i]);
        }
    }
    free(s->examples);
    loyal_stats_free(s->stats);
    free_groups(s->segments, s->n_segments);
    free_groups(s->periods, s->n_periods);
    for (size_t i = 0; i < s->n_inputs; i++)
        free(s->inputs[i].path);
    free(s->inputs);
    for (size_t i = 0; i <= LOYAL_MAX_SEGMENTS; i++)
        free(s->owned_columns[i]);
    memset(s, 0, sizeof *s);
}

void loyal_summary_free(loyal_summary *s) {
    if (!s)
        return;
    loyalp_summary_clear(s);
    free(s);
}

loyal_status loyalp_summary_group(loyal_summary *s, bool period, size_t column,
                                  const char *value, size_t len, loyal_group **out,
                                  loyal_error *err) {
    loyal_group **v = period ? &s->periods : &s->segments;
    size_t *n = period ? &s->n_periods : &s->n_segments;
    size_t *cap = period ? &s->periods_cap : &s->segments_cap;
    size_t in_column = 0;
    for (size_t i = 0; i < *n; i++) {
        if ((*v)[i].column != column)
            continue;
        in_column++;
        if (strlen((*v)[i].value) == len && !memcmp((*v)[i].value, value, len)) {
            *out = &(*v)[i];
            return LOYAL_OK;
        }
    }
    if (in_column >= LOYAL_MAX_GROUPS) {
        loyalp_error(err, LOYAL_ERR_LIMIT, NULL, 0, 0,
                     "%s column '%s' has more than %d distinct values",
                     period ? "period" : "segment",
                     period ? s->period_column : s->segment_columns[column], LOYAL_MAX_GROUPS);
        loyalp_error_hint(err, "group by a column with fewer values (service, region, "
                               "tenure cohort, quarter)");
        return LOYAL_ERR_LIMIT;
    }
    if (loyalp_grow((void **)v, cap, *n, sizeof **v, 8))
        return loyalp_nomem(err);
    loyal_group *g = &(*v)[*n];
    memset(g, 0, sizeof *g);
    g->column = column;
    if (!(g->value = loyalp_strndup(value, len)))
        return loyalp_nomem(err);
    loyal_status st = loyal_stats_create(&g->stats, s->stats->n_themes, err);
    if (st) {
        free(g->value);
        return st;
    }
    (*n)++;
    *out = g;
    return LOYAL_OK;
}

loyal_status loyalp_summary_add_input(loyal_summary *s, const char *path,
                                      loyal_input_info **info, loyal_error *err) {
    if (loyalp_grow((void **)&s->inputs, &s->inputs_cap, s->n_inputs, sizeof *s->inputs, 4))
        return loyalp_nomem(err);
    loyal_input_info *in = &s->inputs[s->n_inputs];
    memset(in, 0, sizeof *in);
    if (!(in->path = loyalp_strndup(path, strlen(path))))
        return loyalp_nomem(err);
    s->n_inputs++;
    *info = in;
    return LOYAL_OK;
}

static int cmp_period(const void *x, const void *y) {
    return loyal_natural_cmp(((const loyal_group *)x)->value, ((const loyal_group *)y)->value);
}

void loyal_summary_sort(loyal_summary *s) {
    if (s->n_periods > 1)
        qsort(s->periods, s->n_periods, sizeof *s->periods, cmp_period);
}
