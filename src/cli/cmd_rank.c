/* cmd_rank.c — `loyal rank`: themes ranked as drivers and barriers. */
#include "reading.h"

#include <stdio.h>
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
           "  --partial FILE        also write the partial statistics (loyal.partial/1), for\n"
           "                        `loyal merge` when the data is split into shards\n"
           "  --from-partial FILE   rank partial statistics (merged shards) instead of files\n"
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

typedef struct partial_arg {
    const loyal_lexicon *lex;
    const loyal_metric *metric;
    const loyal_summary *sum;
} partial_arg;

static loyal_status write_json(loyal_output *o, const void *rep, loyal_error *err) {
    return loyal_report_json(o, rep, err);
}

static loyal_status write_html(loyal_output *o, const void *rep, loyal_error *err) {
    return loyal_report_html(o, rep, err);
}

static loyal_status write_partial(loyal_output *o, const void *arg, loyal_error *err) {
    const partial_arg *p = arg;
    return loyal_partial_write(o, p->lex, p->metric, p->sum, err);
}

/* Ranks a summary and writes the ranking, the HTML report and the partial
 * statistics that were asked for. */
static int rank_and_write(const cli_opts *o, const loyal_lexicon *lex,
                          const loyal_metric *metric, const loyal_summary *sum,
                          loyal_ranking **ranking) {
    loyal_error err;
    loyal_error_init(&err);
    if (loyal_rank_compute(sum->stats, metric, &o->rank, ranking, &err))
        return cli_fail(&err);
    loyal_report rep = {lex, metric, &o->rank, sum, *ranking};
    partial_arg pa = {lex, metric, sum};
    int rc = cli_write_output(o->output, write_json, &rep);
    if (!rc && o->html)
        rc = cli_write_output(o->html, write_html, &rep);
    if (!rc && o->partial)
        rc = cli_write_output(o->partial, write_partial, &pa);
    return rc;
}

/* rank --from-partial FILE: ranks merged partial statistics. */
static int rank_partial(const cli_opts *o) {
    loyal_lexicon *lex = NULL;
    loyal_summary *sum = NULL;
    loyal_ranking *ranking = NULL;
    loyal_metric metric;
    loyal_error err;
    loyal_error_init(&err);
    int rc = cli_load_lexicon(cli_lexicon_dir(o->lexicon), &lex);
    if (!rc && loyal_partial_read(o->from_partial, lex, &metric, &sum, &err))
        rc = cli_fail(&err);
    if (!rc)
        loyal_summary_sort(sum);
    if (!rc && !(rc = rank_and_write(o, lex, &metric, sum, &ranking)) && !o->quiet) {
        fprintf(stderr, "loyal: %s: %ld rows read, %ld used; ranking -> %s\n", o->from_partial,
                sum->counts.read, sum->counts.used, strcmp(o->output, "-") ? o->output : "stdout");
        print_summary(lex, &metric, sum, ranking);
    }
    loyal_ranking_free(ranking);
    loyal_summary_free(sum);
    loyal_lexicon_free(lex);
    return rc;
}

int cmd_rank(int argc, char **argv) {
    cli_opts o;
    int rc = cli_parse(argc, argv, CLI_RANK, &o, help);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    if (o.from_partial)
        return rank_partial(&o);
    cli_reading r;
    loyal_ranking *ranking = NULL;
    if ((rc = cli_reading_open(&r, &o, o.tagged)) || (rc = cli_reading_run(&r)))
        goto out;
    const loyal_summary *sum = loyal_run_summary(r.run);
    if ((rc = rank_and_write(&o, r.lex, &o.run.metric, sum, &ranking)) ||
        (rc = cli_reading_commit(&r)))
        goto out;
    cli_reading_summary(&r, "ranking", o.output);
    if (!o.quiet && o.html)
        fprintf(stderr, "loyal: report -> %s\n", o.html);
    if (!o.quiet && o.partial)
        fprintf(stderr, "loyal: partial statistics -> %s\n", o.partial);
    if (!o.quiet)
        print_summary(r.lex, &o.run.metric, sum, ranking);
out:
    loyal_ranking_free(ranking);
    cli_reading_close(&r);
    return rc;
}
