/* opts.c — the reading options shared by rank and tag (CONTRACT.md). */
#include "opts.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

enum {
    OPT_LEXICON = 256,
    OPT_FORMAT,
    OPT_DELIMITER,
    OPT_ENCODING,
    OPT_TEXT,
    OPT_ID,
    OPT_SCORE,
    OPT_METRIC,
    OPT_SCALE,
    OPT_WEIGHT,
    OPT_SEGMENT,
    OPT_PERIOD,
    OPT_LANG,
    OPT_REJECTS,
    OPT_THREADS,
    OPT_TAGGED,
    OPT_HTML,
    OPT_PARTIAL,
    OPT_FROM_PARTIAL,
    OPT_MIN_MENTIONS,
    OPT_CONFIDENCE,
    OPT_TOP,
    OPT_JSON,
};

static const struct option LONG[] = {
    {"output", required_argument, NULL, 'o'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {"lexicon", required_argument, NULL, OPT_LEXICON},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"delimiter", required_argument, NULL, OPT_DELIMITER},
    {"encoding", required_argument, NULL, OPT_ENCODING},
    {"text", required_argument, NULL, OPT_TEXT},
    {"id", required_argument, NULL, OPT_ID},
    {"score", required_argument, NULL, OPT_SCORE},
    {"metric", required_argument, NULL, OPT_METRIC},
    {"scale", required_argument, NULL, OPT_SCALE},
    {"weight", required_argument, NULL, OPT_WEIGHT},
    {"segment", required_argument, NULL, OPT_SEGMENT},
    {"period", required_argument, NULL, OPT_PERIOD},
    {"lang", required_argument, NULL, OPT_LANG},
    {"rejects", required_argument, NULL, OPT_REJECTS},
    {"threads", required_argument, NULL, OPT_THREADS},
    {"tagged", required_argument, NULL, OPT_TAGGED},
    {"html", required_argument, NULL, OPT_HTML},
    {"partial", required_argument, NULL, OPT_PARTIAL},
    {"from-partial", required_argument, NULL, OPT_FROM_PARTIAL},
    {"min-mentions", required_argument, NULL, OPT_MIN_MENTIONS},
    {"confidence", required_argument, NULL, OPT_CONFIDENCE},
    {"top", required_argument, NULL, OPT_TOP},
    {"json", no_argument, NULL, OPT_JSON},
    {NULL, 0, NULL, 0},
};

const char CLI_READING_HELP[] =
    "reading options:\n"
    "  -o, --output FILE     write here instead of standard output\n"
    "  --lexicon DIR         lexicon folder (default: $LOYAL_LEXICON, else the bundled one)\n"
    "  --format F            csv | tsv | jsonl (default: from the extension, else sniffed)\n"
    "  --delimiter C         CSV delimiter: ',' ';' 'tab' (default: sniffed)\n"
    "  --encoding E          auto | utf-8 | cp1251 | koi8-r (default: auto: BOM, UTF-8, cp1251)\n"
    "  --text COL            text column, by header or 1-based number; repeat to join\n"
    "                        subject and body (default: comment, text, body, answer,\n"
    "                        feedback, review, комментарий, отзыв, текст, ответ)\n"
    "  --id COL              id column (default: id, номер; none is fine)\n"
    "  --score COL           score column (default: nps, score, rating, оценка)\n"
    "  --metric M            nps | csat | csi (default: nps)\n"
    "  --scale MIN-MAX       answer scale for csat/csi (default: csat 1-5, csi 1-10)\n"
    "  --weight COL          weight each row by this column (e.g. the client's budget)\n"
    "  --segment COL         rank per value of this column too (repeatable: service, region);\n"
    "                        COL:3,6,9,12 groups a numeric column into cohorts <3, 3-6, …, 12+\n"
    "  --period COL          rank per period (e.g. quarter) and the change between periods\n"
    "  --lang L              auto | ru | en: the language of every comment (default: auto)\n"
    "  --rejects FILE        write skipped rows as CSV: line,reason,raw,file\n"
    "  --threads N           taggers in parallel (default: one per core); same results\n"
    "  -q, --quiet           no progress and no summary on stderr\n";

static int parse_long(const char *opt, const char *v, long min, long max, long *out) {
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (errno || *end || end == v || x < min || x > max)
        return cli_usage(NULL, "%s wants a whole number from %ld to %ld, got '%s'", opt, min,
                         max, v);
    *out = x;
    return 0;
}

/* --segment COL or COL:E1,E2,… (cohorts of a numeric column, edges
 * ascending). COL points into argv, cut at the ':'. */
static int parse_segment(char *spec, cli_opts *o, size_t i) {
    o->run.source.segment_cols[i] = spec;
    char *colon = strrchr(spec, ':');
    if (!colon)
        return 0;
    *colon = '\0';
    size_t n = 0;
    for (char *p = colon + 1; *p;) {
        char *end;
        double e = strtod(p, &end);
        if (end == p || (*end && *end != ',') || n == LOYAL_MAX_EDGES ||
            (n && e <= o->run.segment_edges[i][n - 1]))
            return cli_usage("e.g. --segment tenure_months:3,6,9,12 (ascending numbers)",
                             "bad cohort edges in --segment '%s:%s'", spec, colon + 1);
        o->run.segment_edges[i][n++] = e;
        p = *end ? end + 1 : end;
    }
    if (!n)
        return cli_usage("e.g. --segment tenure_months:3,6,9,12", "no cohort edges after ':'");
    o->run.n_segment_edges[i] = n;
    return 0;
}

int cli_parse(int argc, char **argv, cli_command cmd, cli_opts *o, void (*help)(void)) {
    bool rank = cmd == CLI_RANK;
    bool ranks = rank || cmd == CLI_FOLLOWUP; /* computes a ranking */
    bool lists = cmd == CLI_COVERAGE || cmd == CLI_FOLLOWUP;
    memset(o, 0, sizeof *o);
    o->top = cmd == CLI_FOLLOWUP ? 50 : 20;
    loyal_run_options_init(&o->run);
    loyal_rank_options_init(&o->rank);
    o->run.need_score = ranks;
    o->output = "-";
    const char *metric = NULL, *scale = NULL;
    int c, rc = 0;
    optind = 1;
    opterr = 0;
    int li = -1;
    while ((c = getopt_long(argc, argv, ":o:qh", LONG, &li)) != -1) {
        loyal_source_options *so = &o->run.source;
        switch (c) {
        case 'o':
            o->output = optarg;
            break;
        case 'q':
            o->quiet = true;
            break;
        case 'h':
            help();
            return -1;
        case OPT_LEXICON:
            o->lexicon = optarg;
            break;
        case OPT_FORMAT:
            if (!loyal_format_parse(optarg, &so->format))
                return cli_usage("use csv, tsv or jsonl", "unknown --format '%s'", optarg);
            break;
        case OPT_DELIMITER:
            if (!strcmp(optarg, "tab") || !strcmp(optarg, "\\t") || !strcmp(optarg, "\t"))
                so->delimiter = '\t';
            else if (strlen(optarg) == 1 && optarg[0] != '"' && optarg[0] != '\n')
                so->delimiter = optarg[0];
            else
                return cli_usage("use one character, e.g. ';' or 'tab'",
                                 "bad --delimiter '%s'", optarg);
            break;
        case OPT_ENCODING:
            if (!loyal_encoding_parse(optarg, &so->encoding))
                return cli_usage("use auto, utf-8, cp1251 or koi8-r", "unknown --encoding '%s'",
                                 optarg);
            break;
        case OPT_TEXT:
            if (so->n_text_cols == LOYAL_MAX_TEXT_COLS)
                return cli_usage(NULL, "at most %d --text columns", LOYAL_MAX_TEXT_COLS);
            so->text_cols[so->n_text_cols++] = optarg;
            break;
        case OPT_ID:
            so->id_col = optarg;
            break;
        case OPT_SCORE:
            so->score_col = optarg;
            break;
        case OPT_METRIC:
            metric = optarg;
            break;
        case OPT_SCALE:
            scale = optarg;
            break;
        case OPT_WEIGHT:
            so->weight_col = optarg;
            break;
        case OPT_LANG:
            if (!strcmp(optarg, "auto"))
                o->run.lang = LOYAL_LANG_UNKNOWN;
            else if (!strcmp(optarg, "ru"))
                o->run.lang = LOYAL_LANG_RU;
            else if (!strcmp(optarg, "en"))
                o->run.lang = LOYAL_LANG_EN;
            else
                return cli_usage("use auto, ru or en", "unknown --lang '%s'", optarg);
            break;
        case OPT_REJECTS:
            o->rejects = optarg;
            break;
        case OPT_TAGGED:
            if (!rank)
                goto unknown;
            o->tagged = optarg;
            break;
        case OPT_MIN_MENTIONS:
            if (!ranks)
                goto unknown;
            if ((rc = parse_long("--min-mentions", optarg, 0, 1000000000L,
                                 &o->rank.min_mentions)))
                return rc;
            break;
        case OPT_CONFIDENCE: {
            if (!ranks)
                goto unknown;
            char *end;
            double p = strtod(optarg, &end);
            if (*end || end == optarg || !(p > 0 && p < 1))
                return cli_usage("e.g. --confidence 0.95",
                                 "--confidence wants a number between 0 and 1, got '%s'",
                                 optarg);
            o->rank.confidence = p;
            break;
        }
        case OPT_TOP: {
            if (!lists)
                goto unknown;
            long top = 0;
            if ((rc = parse_long("--top", optarg, 1, 100000, &top)))
                return rc;
            o->top = (size_t)top;
            break;
        }
        case OPT_JSON:
            if (!lists)
                goto unknown;
            o->json = true;
            break;
        case OPT_SEGMENT:
            if (so->n_segment_cols == LOYAL_MAX_SEGMENTS)
                return cli_usage(NULL, "at most %d --segment columns", LOYAL_MAX_SEGMENTS);
            if ((rc = parse_segment(optarg, o, so->n_segment_cols)))
                return rc;
            so->n_segment_cols++;
            break;
        case OPT_PERIOD:
            so->period_col = optarg;
            break;
        case OPT_THREADS: {
            long n = 0;
            if ((rc = parse_long("--threads", optarg, 1, 64, &n)))
                return rc;
            o->run.threads = (size_t)n;
            break;
        }
        case OPT_HTML:
            if (!rank)
                goto unknown;
            o->html = optarg;
            break;
        case OPT_PARTIAL:
            if (!rank)
                goto unknown;
            o->partial = optarg;
            break;
        case OPT_FROM_PARTIAL:
            if (!rank)
                goto unknown;
            o->from_partial = optarg;
            break;
        case ':':
            return cli_usage(NULL, "option %s needs a value", argv[optind - 1]);
        default:
        unknown:
            if (c >= OPT_LEXICON && li >= 0)
                return cli_usage("see `loyal COMMAND --help`", "--%s is not an option of loyal %s",
                                 LONG[li].name, argv[0]);
            return cli_usage("see `loyal COMMAND --help`", "unknown option '%s'",
                             argv[optind - 1]);
        }
    }
    if (metric) {
        loyal_metric_kind k;
        if (!loyal_metric_parse(metric, &k))
            return cli_usage("use nps, csat or csi", "unknown --metric '%s'", metric);
        loyal_metric_init(&o->run.metric, k);
    }
    if (scale) {
        if (o->run.metric.kind == LOYAL_METRIC_NPS)
            return cli_usage("NPS is always 0-10; use --metric csat or csi with --scale",
                             "--scale does not apply to nps");
        if (!loyal_metric_set_scale(&o->run.metric, scale))
            return cli_usage("e.g. --scale 1-5", "bad --scale '%s'", scale);
    }
    o->files = argv + optind;
    o->n_files = (size_t)(argc - optind);
    if (o->from_partial) {
        if (o->n_files)
            return cli_usage("loyal rank --from-partial merged.json -o ranking.json",
                             "--from-partial ranks a partial: give no input files");
        if (o->tagged || o->rejects || o->partial)
            return cli_usage(NULL, "--tagged, --rejects and --partial need input files, "
                                   "not --from-partial");
        return 0;
    }
    if (o->n_files == 0)
        return cli_usage(cmd == CLI_RANK       ? "loyal rank survey.csv -o ranking.json"
                         : cmd == CLI_TAG      ? "loyal tag tickets.jsonl -o tagged.jsonl"
                         : cmd == CLI_COVERAGE ? "loyal coverage survey.csv"
                                               : "loyal followup survey.csv -o callbacks.csv",
                         "no input file given");
    return 0;
}
