/* cmd_followup.c — `loyal followup`: detractors with their barrier themes and
 * each theme's owner, most urgent first, for same-day call-backs. */
#include "reading.h"

#include <stdlib.h>
#include <string.h>

static void help(void) {
    printf("usage: loyal followup [OPTIONS] FILE...\n\n"
           "The clients to call back today: every detractor (NPS 0-6; CSAT below the top\n"
           "two boxes; CSI in the lower 60%% of the scale) with the barrier themes their\n"
           "comment mentions and each theme's owner (from the lexicon), most urgent\n"
           "first: the lowest score, then the most barrier themes, then the most negative\n"
           "mentions. Barriers are the themes `loyal rank` finds significantly negative on\n"
           "the same input. Writes CSV (id,row,file,score,barriers,owners,themes,text)\n"
           "or, with --json, JSON Lines.\n\n"
           "example:\n"
           "  loyal followup survey.csv --top 30 -o callbacks.csv\n\n"
           "%s"
           "followup options:\n"
           "  --top N               at most N clients (default 50)\n"
           "  --json                JSON Lines instead of CSV\n"
           "  --min-mentions N, --confidence P   as for rank (what counts as a barrier)\n",
           CLI_READING_HELP);
}

static loyal_status add_row(void *ctx, const loyal_row *row, loyal_error *err) {
    return loyal_followup_add(ctx, row, err);
}

typedef struct report_arg {
    const loyal_followup *list;
    const cli_opts *opts;
} report_arg;

static loyal_status write_list(loyal_output *o, const void *arg, loyal_error *err) {
    const report_arg *a = arg;
    return loyal_report_followup(o, a->list, a->opts->top, a->opts->json, err);
}

int cmd_followup(int argc, char **argv) {
    cli_opts o;
    int rc = cli_parse(argc, argv, CLI_FOLLOWUP, &o, help);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    cli_reading r;
    loyal_followup *list = NULL;
    loyal_ranking *rk = NULL;
    loyal_error err;
    loyal_error_init(&err);
    if ((rc = cli_reading_open(&r, &o, NULL)))
        goto out;
    if (loyal_followup_create(&list, r.lex, &o.run.metric, &err)) {
        rc = cli_fail(&err);
        goto out;
    }
    r.each_row = add_row;
    r.each_ctx = list;
    if ((rc = cli_reading_run(&r)) || (rc = cli_reading_commit(&r)))
        goto out;
    const loyal_summary *sum = loyal_run_summary(r.run);
    if (loyal_rank_compute(sum->stats, &o.run.metric, &o.rank, &rk, &err)) {
        rc = cli_fail(&err);
        goto out;
    }
    loyal_followup_sort(list, rk);
    report_arg arg = {list, &o};
    if ((rc = cli_write_output(o.output, write_list, &arg)))
        goto out;
    if (!o.quiet) {
        bool dropped;
        size_t n = loyal_followup_count(list, &dropped);
        cli_reading_summary(&r, "follow-up list", o.output);
        fprintf(stderr, "loyal: %zu detractors%s; the %zu most urgent listed\n", n,
                dropped ? " kept (of more: the least urgent were dropped)" : "",
                n < o.top ? n : o.top);
    }
out:
    loyal_followup_free(list);
    loyal_ranking_free(rk);
    cli_reading_close(&r);
    return rc;
}
