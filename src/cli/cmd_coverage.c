/* cmd_coverage.c — `loyal coverage`: what the untagged comments talk about. */
#include "reading.h"

#include <stdlib.h>
#include <string.h>

static void help(void) {
    printf("usage: loyal coverage [OPTIONS] FILE...\n\n"
           "The lexicon's blind spot: the share of comments with no theme, and the most\n"
           "frequent words, stems and 2-3-word phrases among them, ranked by frequency\n"
           "weighted toward detractors (a low answer's comment counts 3, any other 1:\n"
           "NPS 0-6, CSAT below the top two boxes, CSI in the lower 60%% of the scale),\n"
           "each with two example comments. Read it to find the theme the lexicon misses.\n\n"
           "example:\n"
           "  loyal coverage survey.csv --top 30\n"
           "  loyal coverage reviews.csv --text 'Review Text' --score Rating --metric csat --json -o cov.json\n\n"
           "%s"
           "coverage options:\n"
           "  --top N               entries per list (default 20)\n"
           "  --json                write JSON (schema loyal.coverage/1) instead of a table\n",
           CLI_READING_HELP);
}

typedef struct coverage_ctx {
    loyal_coverage *cov;
    const loyal_metric *metric;
} coverage_ctx;

static loyal_status add_row(void *ctx, const loyal_row *row, loyal_error *err) {
    coverage_ctx *c = ctx;
    const loyal_record *rec = row->rec;
    return loyal_coverage_add(c->cov, row->text, rec->text ? rec->text : "",
                              rec->text ? rec->text_len : 0, row->tags->n > 0,
                              row->has_score && loyal_metric_low(c->metric, row->y, row->cls),
                              err);
}

static const char *const KIND_NAMES[LOYAL_GRAM__COUNT] = {"words", "stems", "phrases"};

/* Appends a JSON string (escaped) to f. */
static void json_str(FILE *f, const char *s) {
    fputc('"', f);
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static int write_report(FILE *f, const loyal_coverage *cov, const cli_opts *o) {
    long with_text, untagged;
    bool pruned;
    loyal_coverage_counts(cov, &with_text, &untagged, &pruned);
    double share = with_text ? (double)untagged / (double)with_text : 0;
    loyal_error err;
    loyal_error_init(&err);
    if (o->json)
        fprintf(f, "{\"schema\":\"loyal.coverage/1\",\"comments\":{\"with_text\":%ld,"
                   "\"untagged\":%ld,\"untagged_share\":%.17g},\"pruned\":%s",
                with_text, untagged, share, pruned ? "true" : "false");
    else
        fprintf(f, "%ld of %ld comments have no theme (%.1f%%)%s\n", untagged, with_text,
                100 * share,
                pruned ? "; rare entries were dropped to bound memory, counts of frequent "
                         "ones may be a little low"
                       : "");
    for (int k = 0; k < LOYAL_GRAM__COUNT; k++) {
        loyal_gram *g = NULL;
        size_t n = 0;
        if (loyal_coverage_top(cov, (loyal_gram_kind)k, o->top, &g, &n, &err))
            return cli_fail(&err);
        if (o->json) {
            fprintf(f, ",\"%s\":[", KIND_NAMES[k]);
            for (size_t i = 0; i < n; i++) {
                fprintf(f, "%s{\"text\":", i ? "," : "");
                json_str(f, g[i].text);
                fprintf(f, ",\"comments\":%ld,\"detractors\":%ld,\"weight\":%.17g,\"examples\":[",
                        g[i].comments, g[i].detractors, g[i].weight);
                for (int e = 0; e < 2 && g[i].examples[e]; e++) {
                    if (e)
                        fputc(',', f);
                    json_str(f, g[i].examples[e]);
                }
                fprintf(f, "]}");
            }
            fputc(']', f);
        } else {
            fprintf(f, "\n%s (weight = comments + 2 x detractors):\n", KIND_NAMES[k]);
            for (size_t i = 0; i < n; i++) {
                fprintf(f, "  %6.0f  %5ld comments  %4ld detractors  %s\n", g[i].weight,
                        g[i].comments, g[i].detractors, g[i].text);
                for (int e = 0; e < 2 && g[i].examples[e]; e++)
                    fprintf(f, "            e.g. %s\n", g[i].examples[e]);
            }
        }
        free(g);
    }
    if (o->json)
        fputs("}\n", f);
    return 0;
}

int cmd_coverage(int argc, char **argv) {
    cli_opts o;
    int rc = cli_parse(argc, argv, CLI_COVERAGE, &o, help);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    o.run.need_score = false;
    o.run.threads = 1; /* coverage reads every row's tokens: one tagger */
    loyal_coverage *cov = NULL;
    loyal_error err;
    loyal_error_init(&err);
    if (loyal_coverage_create(&cov, &err))
        return cli_fail(&err);
    cli_reading r;
    if (!(rc = cli_reading_open(&r, &o, NULL))) {
        coverage_ctx ctx = {cov, &o.run.metric};
        r.each_row = add_row;
        r.each_ctx = &ctx;
        if (!(rc = cli_reading_run(&r)) && !(rc = cli_reading_commit(&r))) {
            FILE *f = stdout;
            if (strcmp(o.output, "-") && !(f = fopen(o.output, "w"))) {
                rc = cli_usage(NULL, "%s: cannot write", o.output);
                rc = EXIT_OUTPUT;
            } else {
                rc = write_report(f, cov, &o);
                if (f != stdout && fclose(f) != 0)
                    rc = EXIT_OUTPUT;
                if (!rc)
                    cli_reading_summary(&r, "coverage", o.output);
            }
        }
    }
    cli_reading_close(&r);
    loyal_coverage_free(cov);
    return rc;
}
