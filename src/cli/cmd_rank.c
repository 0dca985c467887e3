/* cmd_rank.c — `loyal rank`: themes ranked as drivers and barriers. */
#include "reading.h"

#include <string.h>

static void help(void) {
    printf("usage: loyal rank [OPTIONS] FILE...\n\n"
           "Tags every comment with the lexicon's themes, joins the tags with the score\n"
           "and ranks the themes as loyalty drivers and barriers (ranking JSON,\n"
           "schema loyal.ranking/1).\n\n"
           "example:\n"
           "  loyal rank survey.csv -o ranking.json --tagged tagged.jsonl\n"
           "  loyal rank --delimiter ';' --encoding cp1251 --text 'Почему?' --score 1 export.csv\n\n"
           "%s"
           "rank options:\n"
           "  --tagged FILE         also write every used row with its themes (JSON Lines)\n"
           "  --html FILE           also write the report a person reads (one HTML page)\n"
           "  --min-mentions N      themes with fewer mentions stay 'unclear' (default 30)\n"
           "  --confidence P        confidence of intervals and roles (default 0.95)\n\n"
           "Exit status: 0 done, 2 usage, 3 input unreadable, 4 output not written.\n",
           CLI_READING_HELP);
}

/* Up to five themes of one role, as a person reads them. */
static void print_role(const loyal_lexicon *lex, const loyal_ranking *rk, loyal_role role,
                       const char *title) {
    int shown = 0;
    for (size_t k = 0; k < rk->n_themes && shown < 5; k++) {
        size_t i = role == LOYAL_ROLE_BARRIER ? rk->n_themes - 1 - k : k;
        const loyal_theme_result *t = &rk->themes[i];
        if (t->role != role)
            continue;
        const loyal_theme *th = loyal_lexicon_theme(lex, t->theme);
        if (!shown++)
            fprintf(stderr, "%s\n", title);
        fprintf(stderr, "  %+6.1f  [%+.1f, %+.1f]  %-20s %5ld mentions  %s\n", t->impact,
                t->ci_lo, t->ci_hi, th->id, t->mentions, th->label_en ? th->label_en : "");
    }
    if (!shown)
        fprintf(stderr, "%s none significant\n", title);
}

static void print_summary(const loyal_lexicon *lex, const loyal_metric *m,
                          const loyal_summary *sum, const loyal_ranking *rk) {
    const loyal_overall_result *o = &rk->overall;
    fprintf(stderr, "%s %.1f [%.1f, %.1f], n = %ld; %ld of %ld comments tagged\n",
            m->kind == LOYAL_METRIC_NPS ? "NPS" : m->kind == LOYAL_METRIC_CSAT ? "CSAT" : "CSI",
            o->score, o->ci_lo, o->ci_hi, o->n, sum->stats->tagged, sum->stats->comments);
    print_role(lex, rk, LOYAL_ROLE_DRIVER, "drivers (impact in points, CI):");
    print_role(lex, rk, LOYAL_ROLE_BARRIER, "barriers:");
}

int cmd_rank(int argc, char **argv) {
    cli_opts o;
    int rc = cli_parse(argc, argv, CLI_RANK, &o, help);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    cli_reading r;
    loyal_ranking *ranking = NULL;
    loyal_output *out = NULL;
    loyal_error err;
    loyal_error_init(&err);
    if ((rc = cli_reading_open(&r, &o, o.tagged)) || (rc = cli_reading_run(&r)))
        goto out;
    const loyal_summary *sum = loyal_run_summary(r.run);
    if (loyal_rank_compute(sum->stats, &o.run.metric, &o.rank, &ranking, &err)) {
        rc = cli_fail(&err);
        goto out;
    }
    loyal_report rep = {r.lex, &o.run.metric, &o.rank, sum, ranking};
    if (loyal_output_open(&out, o.output, &err) || loyal_report_json(out, &rep, &err)) {
        rc = cli_fail(&err);
        goto out;
    }
    loyal_status st = loyal_output_commit(out, &err);
    out = NULL;
    if (!st && o.html &&
        !(st = loyal_output_open(&out, o.html, &err)) && !(st = loyal_report_html(out, &rep, &err))) {
        st = loyal_output_commit(out, &err);
        out = NULL;
    }
    if (st) {
        rc = cli_fail(&err);
        goto out;
    }
    if ((rc = cli_reading_commit(&r)))
        goto out;
    cli_reading_summary(&r, "ranking", o.output);
    if (!o.quiet && o.html)
        fprintf(stderr, "loyal: report -> %s\n", o.html);
    if (!o.quiet)
        print_summary(r.lex, &o.run.metric, sum, ranking);
out:
    loyal_output_abort(out);
    loyal_ranking_free(ranking);
    cli_reading_close(&r);
    return rc;
}
