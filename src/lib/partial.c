/* partial.c — partial statistics (loyal.partial/1): a summary written as
 * its sums, read back, and merged with others. Everything a ranking needs is
 * a sum, so the merge of the shards' partials ranks like one run over all of
 * them (floating sums agree to rounding). Numbers are written as the
 * shortest text that reads back to the same double, so a partial loses
 * nothing. */
#include "error.h"
#include "jsonw.h"
#include "loyal.h"
#include "summary.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- writing ------------------------------------------------------------ */

static void w_sums(jsonw *w, const loyal_sums *s) {
    jw_arr(w);
    jw_int(w, s->n);
    for (int k = 0; k < 3; k++)
        jw_int(w, s->cls[k]);
    jw_num(w, s->w);
    jw_num(w, s->w2);
    jw_num(w, s->wy);
    jw_num(w, s->wy2);
    for (int k = 0; k < 3; k++)
        jw_num(w, s->wcls[k]);
    jw_arr_end(w);
}

static void w_stats(jsonw *w, const loyal_stats *st) {
    size_t n = st->n_themes;
    jw_obj(w);
    jw_key(w, "all");
    w_sums(w, &st->all);
    jw_key(w, "comments");
    jw_int(w, st->comments);
    jw_key(w, "tagged");
    jw_int(w, st->tagged);
    jw_key(w, "theme");
    jw_arr(w);
    for (size_t t = 0; t < n; t++)
        w_sums(w, &st->theme[t]);
    jw_arr_end(w);
    jw_key(w, "polarity");
    jw_arr(w);
    for (size_t t = 0; t < n; t++) {
        jw_arr(w);
        for (int k = 0; k < 3; k++)
            jw_int(w, st->polarity[t][k]);
        jw_arr_end(w);
    }
    jw_arr_end(w);
    jw_key(w, "xx");
    jw_arr(w);
    for (size_t i = 0; i < n * n; i++)
        jw_num(w, st->xx[i]);
    jw_arr_end(w);
    jw_key(w, "xy");
    jw_arr(w);
    for (size_t i = 0; i < n; i++)
        jw_num(w, st->xy[i]);
    jw_arr_end(w);
    jw_obj_end(w);
}

static void w_groups(jsonw *w, const loyal_group *g, size_t n, bool period) {
    jw_arr(w);
    for (size_t i = 0; i < n; i++) {
        jw_obj(w);
        if (!period) {
            jw_key(w, "column");
            jw_int(w, (long)g[i].column);
        }
        jw_key(w, "value");
        jw_str(w, g[i].value);
        jw_key(w, "stats");
        w_stats(w, g[i].stats);
        jw_obj_end(w);
    }
    jw_arr_end(w);
}

loyal_status loyal_partial_write(loyal_output *o, const loyal_lexicon *lex,
                                 const loyal_metric *m, const loyal_summary *s,
                                 loyal_error *err) {
    loyalp_buf b;
    loyalp_buf_init(&b, 0);
    jsonw w;
    jw_init(&w, &b, 0);
    jw_obj(&w);
    jw_key(&w, "schema");
    jw_str(&w, "loyal.partial/1");
    jw_key(&w, "generator");
    jw_obj(&w);
    jw_key(&w, "name");
    jw_str(&w, "loyal");
    jw_key(&w, "version");
    jw_str(&w, LOYAL_VERSION);
    jw_obj_end(&w);
    jw_key(&w, "lexicon");
    jw_obj(&w);
    jw_key(&w, "sha256");
    jw_str(&w, loyal_lexicon_sha256(lex));
    jw_key(&w, "themes");
    jw_arr(&w);
    for (size_t t = 0; t < loyal_lexicon_theme_count(lex); t++)
        jw_str(&w, loyal_lexicon_theme(lex, t)->id);
    jw_arr_end(&w);
    jw_obj_end(&w);
    jw_key(&w, "metric");
    jw_obj(&w);
    jw_key(&w, "name");
    jw_str(&w, loyal_metric_name(m->kind));
    jw_key(&w, "scale");
    jw_arr(&w);
    jw_num(&w, m->min);
    jw_num(&w, m->max);
    jw_arr_end(&w);
    jw_obj_end(&w);
    jw_key(&w, "inputs");
    jw_arr(&w);
    for (size_t i = 0; i < s->n_inputs; i++) {
        const loyal_input_info *in = &s->inputs[i];
        jw_obj(&w);
        jw_key(&w, "path");
        jw_str(&w, in->path);
        jw_key(&w, "format");
        jw_str(&w, loyal_format_name(in->format));
        jw_key(&w, "encoding");
        jw_str(&w, loyal_encoding_name(in->encoding));
        jw_key(&w, "sha256");
        jw_str(&w, in->sha256);
        jw_obj_end(&w);
    }
    jw_arr_end(&w);
    jw_key(&w, "rows");
    jw_obj(&w);
    jw_key(&w, "read");
    jw_int(&w, s->counts.read);
    jw_key(&w, "used");
    jw_int(&w, s->counts.used);
    jw_key(&w, "regex_limit_hits");
    jw_int(&w, s->counts.regex_limit_hits);
    jw_key(&w, "skipped");
    jw_obj(&w);
    for (int k = 1; k < LOYAL_SKIP__COUNT; k++) {
        jw_key(&w, loyal_skip_name((loyal_skip)k));
        jw_int(&w, s->counts.skipped[k]);
    }
    jw_obj_end(&w);
    jw_obj_end(&w);
    jw_key(&w, "stats");
    w_stats(&w, s->stats);
    jw_key(&w, "examples");
    jw_arr(&w);
    for (size_t t = 0; t < s->stats->n_themes; t++) {
        const loyal_examples *ex = &s->examples[t];
        jw_obj(&w);
        jw_key(&w, "promoters");
        loyalp_examples_json(&w, ex->promoters, ex->n_promoters, true);
        jw_key(&w, "detractors");
        loyalp_examples_json(&w, ex->detractors, ex->n_detractors, true);
        jw_key(&w, "any");
        loyalp_examples_json(&w, ex->any, ex->n_any, true);
        jw_obj_end(&w);
    }
    jw_arr_end(&w);
    jw_key(&w, "segment_columns");
    jw_arr(&w);
    for (size_t c = 0; c < s->n_segment_columns; c++)
        jw_str(&w, s->segment_columns[c]);
    jw_arr_end(&w);
    jw_key(&w, "segments");
    w_groups(&w, s->segments, s->n_segments, false);
    jw_key(&w, "period_column");
    jw_str(&w, s->period_column);
    jw_key(&w, "periods");
    w_groups(&w, s->periods, s->n_periods, true);
    jw_obj_end(&w);
    loyal_status st = w.st;
    if (!st)
        st = loyalp_buf_putc(&b, '\n');
    return loyalp_buf_flush(&b, st, o, err);
}

/* ---- reading ------------------------------------------------------------ */

typedef struct reader {
    const char *path;
    loyal_error *err;
    loyal_status st;
} reader;

static bool bad(reader *r, const char *what) {
    if (!r->st)
        r->st = loyalp_error(r->err, LOYAL_ERR_INPUT, r->path, 0, 0,
                             "not a loyal.partial/1 document: %s", what);
    return false;
}

static bool get_num(reader *r, json_t *v, double *out, const char *what) {
    if (json_is_null(v)) { /* jsonw writes NaN as null */
        *out = NAN;
        return true;
    }
    if (!json_is_number(v))
        return bad(r, what);
    *out = json_number_value(v);
    return true;
}

static bool get_long(reader *r, json_t *v, long *out, const char *what) {
    if (!json_is_integer(v))
        return bad(r, what);
    *out = (long)json_integer_value(v);
    return true;
}

static bool r_sums(reader *r, json_t *a, loyal_sums *s) {
    if (!json_is_array(a) || json_array_size(a) != 11)
        return bad(r, "sums are 11 numbers");
    bool ok = get_long(r, json_array_get(a, 0), &s->n, "sums.n");
    for (int k = 0; k < 3 && ok; k++)
        ok = get_long(r, json_array_get(a, 1 + k), &s->cls[k], "sums.cls");
    ok = ok && get_num(r, json_array_get(a, 4), &s->w, "sums.w") &&
         get_num(r, json_array_get(a, 5), &s->w2, "sums.w2") &&
         get_num(r, json_array_get(a, 6), &s->wy, "sums.wy") &&
         get_num(r, json_array_get(a, 7), &s->wy2, "sums.wy2");
    for (int k = 0; k < 3 && ok; k++)
        ok = get_num(r, json_array_get(a, 8 + k), &s->wcls[k], "sums.wcls");
    return ok;
}

static bool r_stats(reader *r, json_t *o, loyal_stats *st) {
    size_t n = st->n_themes;
    json_t *theme = json_object_get(o, "theme"), *pol = json_object_get(o, "polarity");
    json_t *xx = json_object_get(o, "xx"), *xy = json_object_get(o, "xy");
    if (!json_is_object(o) || json_array_size(theme) != n || json_array_size(pol) != n ||
        json_array_size(xx) != n * n || json_array_size(xy) != n)
        return bad(r, "statistics of another number of themes");
    bool ok = r_sums(r, json_object_get(o, "all"), &st->all) &&
              get_long(r, json_object_get(o, "comments"), &st->comments, "comments") &&
              get_long(r, json_object_get(o, "tagged"), &st->tagged, "tagged");
    for (size_t t = 0; t < n && ok; t++) {
        ok = r_sums(r, json_array_get(theme, t), &st->theme[t]);
        json_t *p = json_array_get(pol, t);
        for (int k = 0; k < 3 && ok; k++)
            ok = get_long(r, json_array_get(p, (size_t)k), &st->polarity[t][k], "polarity");
        if (ok)
            ok = get_num(r, json_array_get(xy, t), &st->xy[t], "xy");
    }
    for (size_t i = 0; i < n * n && ok; i++)
        ok = get_num(r, json_array_get(xx, i), &st->xx[i], "xx");
    return ok;
}

static char *dup_str(json_t *v) {
    const char *s = json_string_value(v);
    return s ? strdup(s) : NULL;
}

static bool r_examples(reader *r, json_t *a, loyal_example *v, size_t *n) {
    if (!json_is_array(a))
        return bad(r, "examples");
    size_t k, i = 0;
    json_t *e;
    json_array_foreach(a, k, e) {
        if (i == LOYAL_EXAMPLES)
            break;
        loyal_example *x = &v[i];
        memset(x, 0, sizeof *x);
        long cls = 0;
        if (!get_long(r, json_object_get(e, "row"), &x->line, "example row") ||
            !get_long(r, json_object_get(e, "class"), &cls, "example class"))
            return false;
        x->cls = (loyal_class)cls;
        x->text = dup_str(json_object_get(e, "text"));
        if (json_is_string(json_object_get(e, "id")))
            x->id = dup_str(json_object_get(e, "id"));
        if (json_is_string(json_object_get(e, "file")))
            x->file = dup_str(json_object_get(e, "file"));
        if (!x->text) {
            loyalp_example_clear(x);
            return bad(r, "example text");
        }
        *n = ++i;
    }
    return true;
}

static bool r_groups(reader *r, json_t *a, loyal_summary *s, bool period) {
    if (!json_is_array(a))
        return bad(r, period ? "periods" : "segments");
    size_t k;
    json_t *g;
    json_array_foreach(a, k, g) {
        const char *value = json_string_value(json_object_get(g, "value"));
        long column = -1;
        if (!value || (!period && (!get_long(r, json_object_get(g, "column"), &column,
                                             "segment column") ||
                                   column < 0 || (size_t)column >= s->n_segment_columns)))
            return bad(r, "a group without its value or column");
        loyal_group *grp;
        if ((r->st = loyalp_summary_group(s, period, period ? (size_t)-1 : (size_t)column, value,
                                          strlen(value), &grp, r->err)))
            return false;
        if (!r_stats(r, json_object_get(g, "stats"), grp->stats))
            return false;
    }
    return true;
}

loyal_status loyal_partial_read(const char *path, const loyal_lexicon *lex, loyal_metric *metric,
                                loyal_summary **out, loyal_error *err) {
    *out = NULL;
    json_error_t je;
    json_t *doc = json_load_file(path, 0, &je);
    if (!doc) {
        FILE *f = fopen(path, "r");
        if (!f)
            return loyalp_error(err, LOYAL_ERR_IO, path, 0, 0, "cannot open");
        fclose(f);
        return loyalp_error(err, LOYAL_ERR_INPUT, path, je.line, je.column, "%s", je.text);
    }
    reader r = {path, err, LOYAL_OK};
    loyal_summary *s = calloc(1, sizeof *s);
    size_t nt = loyal_lexicon_theme_count(lex);
    if (!s) {
        r.st = loyalp_nomem(err);
        goto out;
    }
    if ((r.st = loyalp_summary_init(s, nt, err)))
        goto out;
    const char *schema = json_string_value(json_object_get(doc, "schema"));
    if (!schema || strcmp(schema, "loyal.partial/1")) {
        bad(&r, "no \"schema\": \"loyal.partial/1\"");
        goto out;
    }
    json_t *lx = json_object_get(doc, "lexicon");
    const char *sha = json_string_value(json_object_get(lx, "sha256"));
    if (!sha || strcmp(sha, loyal_lexicon_sha256(lex))) {
        r.st = loyalp_error(err, LOYAL_ERR_USAGE, path, 0, 0,
                            "made with another lexicon (sha256 %.12s…, this one %.12s…)",
                            sha ? sha : "?", loyal_lexicon_sha256(lex));
        loyalp_error_hint(err, "rank and merge partials with the lexicon that made them "
                               "(--lexicon DIR)");
        goto out;
    }
    json_t *m = json_object_get(doc, "metric");
    loyal_metric_kind kind;
    double lo, hi;
    if (!loyal_metric_parse(json_string_value(json_object_get(m, "name")) ? json_string_value(json_object_get(m, "name")) : "", &kind) ||
        !get_num(&r, json_array_get(json_object_get(m, "scale"), 0), &lo, "metric scale") ||
        !get_num(&r, json_array_get(json_object_get(m, "scale"), 1), &hi, "metric scale")) {
        bad(&r, "metric");
        goto out;
    }
    loyal_metric_init(metric, kind);
    metric->min = lo;
    metric->max = hi;
    size_t k;
    json_t *v;
    json_array_foreach(json_object_get(doc, "inputs"), k, v) {
        loyal_input_info *in;
        const char *p = json_string_value(json_object_get(v, "path"));
        const char *h = json_string_value(json_object_get(v, "sha256"));
        if (!p || !h || strlen(h) != 64) {
            bad(&r, "inputs");
            goto out;
        }
        if ((r.st = loyalp_summary_add_input(s, p, &in, err)))
            goto out;
        loyal_format_parse(json_string_value(json_object_get(v, "format")) ? json_string_value(json_object_get(v, "format")) : "auto", &in->format);
        loyal_encoding_parse(json_string_value(json_object_get(v, "encoding")) ? json_string_value(json_object_get(v, "encoding")) : "auto", &in->encoding);
        memcpy(in->sha256, h, 65);
    }
    json_t *rows = json_object_get(doc, "rows"), *skipped = json_object_get(rows, "skipped");
    if (!get_long(&r, json_object_get(rows, "read"), &s->counts.read, "rows.read") ||
        !get_long(&r, json_object_get(rows, "used"), &s->counts.used, "rows.used") ||
        !get_long(&r, json_object_get(rows, "regex_limit_hits"), &s->counts.regex_limit_hits,
                  "rows.regex_limit_hits"))
        goto out;
    for (int c = 1; c < LOYAL_SKIP__COUNT; c++)
        if (!get_long(&r, json_object_get(skipped, loyal_skip_name((loyal_skip)c)),
                      &s->counts.skipped[c], "rows.skipped"))
            goto out;
    if (!r_stats(&r, json_object_get(doc, "stats"), s->stats))
        goto out;
    json_t *ex = json_object_get(doc, "examples");
    if (json_array_size(ex) != nt) {
        bad(&r, "examples of another number of themes");
        goto out;
    }
    for (size_t t = 0; t < nt; t++) {
        json_t *e = json_array_get(ex, t);
        loyal_examples *x = &s->examples[t];
        if (!r_examples(&r, json_object_get(e, "promoters"), x->promoters, &x->n_promoters) ||
            !r_examples(&r, json_object_get(e, "detractors"), x->detractors, &x->n_detractors) ||
            !r_examples(&r, json_object_get(e, "any"), x->any, &x->n_any))
            goto out;
    }
    json_array_foreach(json_object_get(doc, "segment_columns"), k, v) {
        if (k >= LOYAL_MAX_SEGMENTS || !json_is_string(v)) {
            bad(&r, "segment_columns");
            goto out;
        }
        if (!(s->owned_columns[k] = dup_str(v))) {
            r.st = loyalp_nomem(err);
            goto out;
        }
        s->segment_columns[k] = s->owned_columns[k];
        s->n_segment_columns = k + 1;
    }
    if (json_is_string(json_object_get(doc, "period_column"))) {
        if (!(s->owned_columns[LOYAL_MAX_SEGMENTS] = dup_str(json_object_get(doc, "period_column")))) {
            r.st = loyalp_nomem(err);
            goto out;
        }
        s->period_column = s->owned_columns[LOYAL_MAX_SEGMENTS];
    }
    if (!r_groups(&r, json_object_get(doc, "segments"), s, false) ||
        !r_groups(&r, json_object_get(doc, "periods"), s, true))
        goto out;
out:
    json_decref(doc);
    if (r.st) {
        loyal_summary_free(s);
        return r.st;
    }
    *out = s;
    return LOYAL_OK;
}

/* ---- merging ------------------------------------------------------------ */

static loyal_status copy_example(loyal_example *dst, const loyal_example *src) {
    *dst = *src;
    dst->id = src->id ? strdup(src->id) : NULL;
    dst->file = src->file ? strdup(src->file) : NULL;
    dst->text = strdup(src->text);
    if ((src->id && !dst->id) || (src->file && !dst->file) || !dst->text) {
        loyalp_example_clear(dst);
        return LOYAL_ERR_NOMEM;
    }
    return LOYAL_OK;
}

static loyal_status merge_examples(loyal_example *a, size_t *na, const loyal_example *b,
                                   size_t nb) {
    for (size_t i = 0; i < nb && *na < LOYAL_EXAMPLES; i++) {
        if (copy_example(&a[*na], &b[i]))
            return LOYAL_ERR_NOMEM;
        (*na)++;
    }
    return LOYAL_OK;
}

static int column_index(const loyal_summary *s, const char *name) {
    for (size_t c = 0; c < s->n_segment_columns; c++)
        if (!strcmp(s->segment_columns[c], name))
            return (int)c;
    return -1;
}

loyal_status loyal_summary_merge(loyal_summary *a, const loyal_summary *b, loyal_error *err) {
    if (a->stats->n_themes != b->stats->n_themes)
        return loyalp_error(err, LOYAL_ERR_USAGE, NULL, 0, 0,
                            "partials of different lexicons cannot be merged");
    if (a->n_segment_columns != b->n_segment_columns ||
        (a->period_column == NULL) != (b->period_column == NULL) ||
        (a->period_column && strcmp(a->period_column, b->period_column)))
        return loyalp_error(err, LOYAL_ERR_USAGE, NULL, 0, 0,
                            "partials grouped by different segment or period columns");
    for (size_t c = 0; c < b->n_segment_columns; c++)
        if (column_index(a, b->segment_columns[c]) != (int)c)
            return loyalp_error(err, LOYAL_ERR_USAGE, NULL, 0, 0,
                                "partials grouped by different segment columns");
    loyal_status st;
    for (size_t i = 0; i < b->n_inputs; i++) {
        loyal_input_info *in;
        if ((st = loyalp_summary_add_input(a, b->inputs[i].path, &in, err)))
            return st;
        in->format = b->inputs[i].format;
        in->encoding = b->inputs[i].encoding;
        in->delimiter = b->inputs[i].delimiter;
        memcpy(in->sha256, b->inputs[i].sha256, 65);
    }
    a->counts.read += b->counts.read;
    a->counts.used += b->counts.used;
    a->counts.regex_limit_hits += b->counts.regex_limit_hits;
    for (int k = 0; k < LOYAL_SKIP__COUNT; k++)
        a->counts.skipped[k] += b->counts.skipped[k];
    loyal_stats_merge(a->stats, b->stats);
    for (size_t t = 0; t < a->stats->n_themes; t++) {
        loyal_examples *x = &a->examples[t];
        const loyal_examples *y = &b->examples[t];
        if (merge_examples(x->promoters, &x->n_promoters, y->promoters, y->n_promoters) ||
            merge_examples(x->detractors, &x->n_detractors, y->detractors, y->n_detractors) ||
            merge_examples(x->any, &x->n_any, y->any, y->n_any))
            return loyalp_nomem(err);
    }
    for (int period = 0; period < 2; period++) {
        const loyal_group *v = period ? b->periods : b->segments;
        size_t n = period ? b->n_periods : b->n_segments;
        for (size_t i = 0; i < n; i++) {
            loyal_group *g;
            if ((st = loyalp_summary_group(a, period, v[i].column, v[i].value, strlen(v[i].value),
                                           &g, err)))
                return st;
            loyal_stats_merge(g->stats, v[i].stats);
        }
    }
    return LOYAL_OK;
}
