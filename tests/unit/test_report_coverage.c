/* test_report_coverage.c — the coverage report as a table and as JSON. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loyal.h"

typedef struct ctx {
    loyal_coverage *cov;
    const loyal_metric *metric;
} ctx;

static loyal_status add(void *c, const loyal_row *row, loyal_error *err) {
    ctx *x = c;
    const loyal_record *rec = row->rec;
    return loyal_coverage_add(x->cov, row->text, rec->text ? rec->text : "",
                              rec->text ? rec->text_len : 0, row->tags->n > 0,
                              row->has_score && loyal_metric_low(x->metric, row->y, row->cls), err);
}

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "%s", path);
    static char buf[2][8192];
    static int which;
    char *b = buf[which++ % 2];
    size_t n = fread(b, 1, sizeof buf[0] - 1, f);
    fclose(f);
    b[n] = '\0';
    return b;
}

/* The report of tests/golden/coverage_basic/input.csv, top 3 or 1. */
static const char *report(size_t top, bool json) {
    loyal_lexicon *lex = NULL;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_lexicon_load(&lex, "tests/data/lexicon/golden", &err), LOYAL_OK);
    loyal_run_options opt;
    loyal_run_options_init(&opt);
    opt.threads = 1;
    opt.need_score = false;
    ctx c = {NULL, &opt.metric};
    cr_assert_eq(loyal_coverage_create(&c.cov, &err), LOYAL_OK);
    loyal_run *run = NULL;
    cr_assert_eq(loyal_run_create(&run, lex, &opt, &err), LOYAL_OK);
    loyal_run_set_callbacks(run, add, NULL, NULL, &c);
    cr_assert_eq(loyal_run_file(run, "tests/golden/coverage_basic/input.csv", &err), LOYAL_OK, "%s",
                 err.message);
    char out[64];
    snprintf(out, sizeof out, "/tmp/loyal-test-coverage-%d", (int)getpid());
    loyal_output *o = NULL;
    cr_assert_eq(loyal_output_open(&o, out, &err), LOYAL_OK);
    cr_assert_eq(loyal_report_coverage(o, c.cov, top, json, &err), LOYAL_OK);
    cr_assert_eq(loyal_output_commit(o, &err), LOYAL_OK);
    const char *s = slurp(out);
    remove(out);
    loyal_run_free(run);
    loyal_coverage_free(c.cov);
    loyal_lexicon_free(lex);
    return s;
}

Test(report_coverage, table_as_the_golden_case) {
    cr_assert_str_eq(report(3, false), slurp("tests/golden/coverage_basic/expected.stdout"));
}

Test(report_coverage, json_one_line) {
    cr_assert_str_eq(
        report(1, true),
        "{\"schema\":\"loyal.coverage/1\",\"comments\":{\"with_text\":6,\"untagged\":5,"
        "\"untagged_share\":0.83333333333333337},\"pruned\":false,"
        "\"words\":[{\"text\":\"errors\",\"comments\":3,\"detractors\":3,\"weight\":9,"
        "\"examples\":[\"Invoice errors again\",\"Invoice errors, every month\"]}],"
        "\"stems\":[{\"text\":\"error\",\"comments\":3,\"detractors\":3,\"weight\":9,"
        "\"examples\":[\"Invoice errors again\",\"Invoice errors, every month\"]}],"
        "\"phrases\":[{\"text\":\"invoice errors\",\"comments\":3,\"detractors\":3,\"weight\":9,"
        "\"examples\":[\"Invoice errors again\",\"Invoice errors, every month\"]}]}\n");
}
