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

typedef struct report_arg {
    const loyal_coverage *cov;
    const cli_opts *opts;
} report_arg;

static loyal_status write_report(loyal_output *o, const void *arg, loyal_error *err) {
    const report_arg *a = arg;
    return loyal_report_coverage(o, a->cov, a->opts->top, a->opts->json, err);
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
        report_arg arg = {cov, &o};
        if (!(rc = cli_reading_run(&r)) && !(rc = cli_reading_commit(&r)) &&
            !(rc = cli_write_output(o.output, write_report, &arg)))
            cli_reading_summary(&r, "coverage", o.output);
    }
    cli_reading_close(&r);
    loyal_coverage_free(cov);
    return rc;
}
