/* report_coverage.c — the coverage report (`loyal coverage`): the share of
 * untagged comments and their most frequent words, stems and phrases, as a
 * table a person reads or as JSON (loyal.coverage/1). */
#include "buf.h"
#include "error.h"
#include "jsonw.h"
#include "loyal.h"

#include <stdio.h>
#include <stdlib.h>

static const char *const KIND_NAMES[LOYAL_GRAM__COUNT] = {"words", "stems", "phrases"};

/* A number as "%.17g" (the format this document has always had: it reads
 * back to the same double, though not always in the fewest digits). */
static void num17(jsonw *w, double x) {
    char s[32];
    snprintf(s, sizeof s, "%.17g", x);
    jw_raw(w, s);
}

static void json_grams(jsonw *w, const loyal_gram *g, size_t n) {
    jw_arr(w);
    for (size_t i = 0; i < n; i++) {
        jw_obj(w);
        jw_key(w, "text");
        jw_str(w, g[i].text);
        jw_key(w, "comments");
        jw_int(w, g[i].comments);
        jw_key(w, "detractors");
        jw_int(w, g[i].detractors);
        jw_key(w, "weight");
        num17(w, g[i].weight);
        jw_key(w, "examples");
        jw_arr(w);
        for (int e = 0; e < 2 && g[i].examples[e]; e++)
            jw_str(w, g[i].examples[e]);
        jw_arr_end(w);
        jw_obj_end(w);
    }
    jw_arr_end(w);
}

static loyal_status table_grams(loyalp_buf *b, int kind, const loyal_gram *g, size_t n) {
    loyal_status st =
        loyalp_buf_printf(b, "\n%s (weight = comments + 2 x detractors):\n", KIND_NAMES[kind]);
    for (size_t i = 0; i < n && !st; i++) {
        st = loyalp_buf_printf(b, "  %6.0f  %5ld comments  %4ld detractors  %s\n", g[i].weight,
                               g[i].comments, g[i].detractors, g[i].text);
        for (int e = 0; e < 2 && g[i].examples[e] && !st; e++)
            st = loyalp_buf_printf(b, "            e.g. %s\n", g[i].examples[e]);
    }
    return st;
}

loyal_status loyal_report_coverage(loyal_output *o, const loyal_coverage *cov, size_t top,
                                   bool json, loyal_error *err) {
    long with_text, untagged;
    bool pruned;
    loyal_coverage_counts(cov, &with_text, &untagged, &pruned);
    double share = with_text ? (double)untagged / (double)with_text : 0;
    loyalp_buf b;
    loyalp_buf_init(&b, 0);
    jsonw w;
    jw_init(&w, &b, 0);
    loyal_status st = LOYAL_OK;
    if (json) {
        jw_obj(&w);
        jw_key(&w, "schema");
        jw_str(&w, "loyal.coverage/1");
        jw_key(&w, "comments");
        jw_obj(&w);
        jw_key(&w, "with_text");
        jw_int(&w, with_text);
        jw_key(&w, "untagged");
        jw_int(&w, untagged);
        jw_key(&w, "untagged_share");
        num17(&w, share);
        jw_obj_end(&w);
        jw_key(&w, "pruned");
        jw_bool(&w, pruned);
    } else {
        st = loyalp_buf_printf(&b, "%ld of %ld comments have no theme (%.1f%%)%s\n", untagged,
                               with_text, 100 * share,
                               pruned ? "; rare entries were dropped to bound memory, counts "
                                        "of frequent ones may be a little low"
                                      : "");
    }
    for (int k = 0; k < LOYAL_GRAM__COUNT && !st && !w.st; k++) {
        loyal_gram *g = NULL;
        size_t n = 0;
        if ((st = loyal_coverage_top(cov, (loyal_gram_kind)k, top, &g, &n, err))) {
            loyalp_buf_clear(&b);
            return st;
        }
        if (json) {
            jw_key(&w, KIND_NAMES[k]);
            json_grams(&w, g, n);
        } else {
            st = table_grams(&b, k, g, n);
        }
        free(g);
    }
    if (json) {
        jw_obj_end(&w);
        if (!st)
            st = w.st;
        if (!st)
            st = loyalp_buf_putc(&b, '\n');
    }
    return loyalp_buf_flush(&b, st, o, err);
}
