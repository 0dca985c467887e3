/* reading.c — reading the input for rank and tag (see reading.h). */
#include "reading.h"

#include <string.h>
#include <unistd.h>

static loyal_status on_skip(void *ctx, const char *path, const loyal_record *rec,
                            loyal_skip reason, loyal_error *err) {
    cli_reading *r = ctx;
    return r->rejects ? loyal_report_reject(r->rejects, path, rec, reason, err) : LOYAL_OK;
}

static loyal_status on_row(void *ctx, const loyal_row *row, loyal_error *err) {
    cli_reading *r = ctx;
    loyal_status st = r->tagged ? loyal_report_tagged(r->tagged, r->lex, row, err) : LOYAL_OK;
    if (!st && r->each_row)
        st = r->each_row(r->each_ctx, row, err);
    return st;
}

/* A bar on a terminal: "loyal: survey.csv [#######.......]  45%  120000 rows". */
static void on_progress(void *ctx, const char *path, long rows, uint64_t done, uint64_t total) {
    cli_reading *r = ctx;
    if (total < (4u << 20)) /* small inputs finish before a bar helps */
        return;
    int pct = done >= total ? 100 : (int)(done * 100 / total);
    char bar[31];
    for (int i = 0; i < 30; i++)
        bar[i] = i < pct * 30 / 100 ? '#' : '.';
    bar[30] = '\0';
    fprintf(stderr, "\rloyal: %s [%s] %3d%%  %ld rows", path, bar, pct, rows);
    r->progress_shown = true;
}

int cli_reading_open(cli_reading *r, const cli_opts *o, const char *tagged_path) {
    memset(r, 0, sizeof *r);
    r->opts = o;
    loyal_error err;
    loyal_error_init(&err);
    int rc = cli_load_lexicon(cli_lexicon_dir(o->lexicon), &r->lex);
    if (rc)
        return rc;
    if (o->rejects && (loyal_output_open(&r->rejects, o->rejects, &err) ||
                       loyal_report_rejects_header(r->rejects, &err)))
        return cli_fail(&err);
    if (tagged_path && loyal_output_open(&r->tagged, tagged_path, &err))
        return cli_fail(&err);
    if (loyal_run_create(&r->run, r->lex, &o->run, &err))
        return cli_fail(&err);
    bool tty = !o->quiet && isatty(STDERR_FILENO);
    loyal_run_set_callbacks(r->run, on_row, on_skip, tty ? on_progress : NULL, r);
    return 0;
}

int cli_reading_run(cli_reading *r) {
    loyal_error err;
    loyal_error_init(&err);
    int rc = 0;
    for (size_t i = 0; i < r->opts->n_files && !rc; i++)
        if (loyal_run_file(r->run, r->opts->files[i], &err))
            rc = -1;
    if (r->progress_shown)
        fprintf(stderr, "\r\033[K");
    loyal_run_finish(r->run);
    return rc ? cli_fail(&err) : 0;
}

int cli_reading_commit(cli_reading *r) {
    loyal_error err;
    loyal_error_init(&err);
    loyal_status st = loyal_output_commit(r->rejects, &err);
    r->rejects = NULL;
    if (!st)
        st = loyal_output_commit(r->tagged, &err);
    else
        loyal_output_abort(r->tagged);
    r->tagged = NULL;
    return st ? cli_fail(&err) : 0;
}

void cli_reading_summary(const cli_reading *r, const char *what, const char *where) {
    if (r->opts->quiet)
        return;
    const loyal_counts *c = &loyal_run_summary(r->run)->counts;
    long skipped = 0;
    for (int k = 1; k < LOYAL_SKIP__COUNT; k++)
        skipped += c->skipped[k];
    fprintf(stderr, "loyal: %ld rows read, %ld used, %ld skipped", c->read, c->used, skipped);
    const char *sep = " (";
    for (int k = 1; k < LOYAL_SKIP__COUNT; k++)
        if (c->skipped[k]) {
            fprintf(stderr, "%s%s %ld", sep, loyal_skip_name((loyal_skip)k), c->skipped[k]);
            sep = ", ";
        }
    if (skipped)
        fputc(')', stderr);
    if (skipped && !r->opts->rejects)
        fprintf(stderr, "; --rejects FILE lists them");
    fprintf(stderr, "; %s -> %s\n", what, strcmp(where, "-") ? where : "stdout");
    /* A tenth of the rows or more without an NPS answer: likely another scale. */
    if (c->skipped[LOYAL_SKIP_BAD_SCORE] && c->skipped[LOYAL_SKIP_BAD_SCORE] * 10 >= c->read &&
        r->opts->run.metric.kind == LOYAL_METRIC_NPS)
        fprintf(stderr, "loyal: hint: an NPS answer is a whole number 0-10; if the score "
                        "column holds another scale (decimals such as 7.5, stars 1-5), "
                        "use --metric csat|csi --scale MIN-MAX\n");
}

void cli_reading_close(cli_reading *r) {
    loyal_output_abort(r->rejects);
    loyal_output_abort(r->tagged);
    loyal_run_free(r->run);
    loyal_lexicon_free(r->lex);
    memset(r, 0, sizeof *r);
}
