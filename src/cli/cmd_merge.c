/* cmd_merge.c — `loyal merge PARTIAL... -o FILE`: adds shards' partial
 * statistics exactly. */
#include "cli.h"

#include <string.h>

static const char USAGE[] =
    "usage: loyal merge [--lexicon DIR] PARTIAL... -o FILE\n\n"
    "Adds the partial statistics of shards (written by `loyal rank --partial`) into one\n"
    "partial; `loyal rank --from-partial FILE` ranks it exactly as one run over all the\n"
    "shards' rows would. Partials of another lexicon or metric, or grouped by other\n"
    "columns, are refused.\n\n"
    "example:\n"
    "  loyal rank part-1.csv --partial p1.json -q -o /dev/null   (on each shard)\n"
    "  loyal merge p1.json p2.json p3.json -o all.json\n"
    "  loyal rank --from-partial all.json -o ranking.json --html report.html\n";

int cmd_merge(int argc, char **argv) {
    const char *out = NULL, *dir = NULL;
    const char *files[4096];
    size_t n = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(USAGE, stdout);
            return EXIT_DONE;
        } else if ((!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output")) && i + 1 < argc) {
            out = argv[++i];
        } else if (!strcmp(argv[i], "--lexicon") && i + 1 < argc) {
            dir = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage("loyal merge --help", "unknown option '%s'", argv[i]);
        } else if (n == sizeof files / sizeof *files) {
            return cli_usage(NULL, "at most %zu partials at once: merge in steps", n);
        } else {
            files[n++] = argv[i];
        }
    }
    if (!n || !out)
        return cli_usage("loyal merge p1.json p2.json -o all.json",
                         "merge needs partials and -o FILE");
    loyal_lexicon *lex = NULL;
    int rc = cli_load_lexicon(cli_lexicon_dir(dir), &lex);
    if (rc)
        return rc;
    loyal_summary *all = NULL;
    loyal_metric metric;
    loyal_error err;
    loyal_error_init(&err);
    loyal_output *o = NULL;
    loyal_status st = loyal_partial_read(files[0], lex, &metric, &all, &err);
    for (size_t i = 1; i < n && !st; i++) {
        loyal_summary *one = NULL;
        loyal_metric m;
        if (!(st = loyal_partial_read(files[i], lex, &m, &one, &err))) {
            if (m.kind != metric.kind || m.min != metric.min || m.max != metric.max) {
                st = LOYAL_ERR_USAGE;
                snprintf(err.file, sizeof err.file, "%s", files[i]);
                err.status = st;
                snprintf(err.message, sizeof err.message,
                         "another metric (%s %g-%g) than %s (%s %g-%g)", loyal_metric_name(m.kind),
                         m.min, m.max, files[0], loyal_metric_name(metric.kind), metric.min,
                         metric.max);
            } else if ((st = loyal_summary_merge(all, one, &err)) && !err.file[0]) {
                snprintf(err.file, sizeof err.file, "%s", files[i]);
            }
        }
        loyal_summary_free(one);
    }
    if (!st) {
        loyal_summary_sort(all);
        if (!(st = loyal_output_open(&o, out, &err)) &&
            !(st = loyal_partial_write(o, lex, &metric, all, &err))) {
            st = loyal_output_commit(o, &err);
            o = NULL;
        }
    }
    if (st)
        rc = cli_fail(&err);
    else
        fprintf(stderr, "loyal: %zu partials, %ld rows read, %ld used -> %s\n", n,
                all->counts.read, all->counts.used, out);
    loyal_output_abort(o);
    loyal_summary_free(all);
    loyal_lexicon_free(lex);
    return rc;
}
