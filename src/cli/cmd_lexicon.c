/* cmd_lexicon.c — `loyal lexicon check|test [DIR]`. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char USAGE[] =
    "usage: loyal lexicon check [DIR]\n"
    "       loyal lexicon test  [DIR]\n"
    "       loyal lexicon import FILE.dic -o DIR [--lang ru|en]\n"
    "\n"
    "  check   report every malformed line and bad regex as FILE:LINE:COL: message\n"
    "  test    run every `expect` line; report each that does not hold\n"
    "  import  turn a LIWC-style .dic dictionary into a lexicon folder, one theme\n"
    "          per category (word* stays a prefix term); then write real expect lines\n"
    "\n"
    "DIR defaults to --lexicon's default: $LOYAL_LEXICON, else the bundled lexicons.\n"
    "Exit status: 0 clean, 1 problems found, 2 usage, 3 folder unreadable.\n";

static int check(const char *dir) {
    loyal_problem *probs = NULL;
    size_t n = 0;
    loyal_error err;
    loyal_error_init(&err);
    if (loyal_lexicon_check(dir, &probs, &n, &err))
        return cli_fail(&err);
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, "%s/%s:%ld:%ld: %s\n", dir, probs[i].file, probs[i].line,
                probs[i].column, probs[i].message);
    free(probs);
    if (n) {
        fprintf(stderr, "loyal: %zu problem%s in %s\n", n, n == 1 ? "" : "s", dir);
        return EXIT_PROBLEMS;
    }
    fprintf(stderr, "loyal: %s: no problems\n", dir);
    return EXIT_DONE;
}

static int test(const char *dir) {
    loyal_lexicon *lex = NULL;
    int rc = cli_load_lexicon(dir, &lex);
    if (rc)
        return rc;
    loyal_expect_failure *fails = NULL;
    size_t n = 0;
    loyal_error err;
    loyal_error_init(&err);
    if (loyal_lexicon_test(lex, &fails, &n, &err)) {
        loyal_lexicon_free(lex);
        return cli_fail(&err);
    }
    for (size_t i = 0; i < n; i++) {
        const loyal_expect *e = loyal_lexicon_expect(lex, fails[i].expect);
        const char *id = loyal_lexicon_theme(lex, e->theme)->id;
        fprintf(stderr, "%s/%s:%ld: expected %s%s, got: %s\n", dir, e->file, e->line,
                e->positive ? "" : "no ", id, fails[i].got);
    }
    size_t total = loyal_lexicon_expect_count(lex);
    fprintf(stderr, "loyal: %zu expect line%s, %zu passed, %zu failed\n", total,
            total == 1 ? "" : "s", total - n, n);
    free(fails);
    loyal_lexicon_free(lex);
    return n ? EXIT_PROBLEMS : EXIT_DONE;
}

static void skipped_entry(void *ctx, const loyal_problem *p) {
    (void)ctx;
    fprintf(stderr, "loyal: %s:%ld: skipped: %s\n", p->file, p->line, p->message);
}

static int import(int argc, char **argv) {
    const char *dic = NULL, *out = NULL;
    loyal_lang lang = LOYAL_LANG_UNKNOWN;
    for (int i = 2; i < argc; i++) {
        if ((!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output")) && i + 1 < argc)
            out = argv[++i];
        else if (!strcmp(argv[i], "--lang") && i + 1 < argc) {
            const char *l = argv[++i];
            if (!strcmp(l, "ru"))
                lang = LOYAL_LANG_RU;
            else if (!strcmp(l, "en"))
                lang = LOYAL_LANG_EN;
            else
                return cli_usage("use ru or en", "unknown --lang '%s'", l);
        } else if (argv[i][0] == '-')
            return cli_usage("loyal lexicon --help", "unknown option '%s'", argv[i]);
        else if (!dic)
            dic = argv[i];
        else
            return cli_usage("loyal lexicon --help", "import takes one .dic file");
    }
    if (!dic || !out)
        return cli_usage("loyal lexicon import words.dic -o mylexicon",
                         "import needs a .dic file and -o DIR");
    size_t themes, terms, skipped;
    loyal_error err;
    loyal_error_init(&err);
    if (loyal_liwc_import(dic, out, lang, &themes, &terms, &skipped, skipped_entry, NULL, &err))
        return cli_fail(&err);
    fprintf(stderr, "loyal: %zu themes, %zu terms -> %s", themes, terms, out);
    if (skipped)
        fprintf(stderr, " (%zu %s skipped)", skipped, skipped == 1 ? "entry" : "entries");
    fprintf(stderr, "; check it with `loyal lexicon check %s`\n", out);
    return EXIT_DONE;
}

int cmd_lexicon(int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(USAGE, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : EXIT_DONE;
    }
    const char *sub = argv[1];
    if (!strcmp(sub, "import"))
        return import(argc, argv);
    if (argc > 3)
        return cli_usage("loyal lexicon --help", "lexicon %s takes one folder", sub);
    if (argc == 3 && (!strcmp(argv[2], "--help") || !strcmp(argv[2], "-h"))) {
        fputs(USAGE, stdout);
        return EXIT_DONE;
    }
    const char *dir = cli_lexicon_dir(argc == 3 ? argv[2] : NULL);
    if (!strcmp(sub, "check"))
        return check(dir);
    if (!strcmp(sub, "test"))
        return test(dir);
    return cli_usage("loyal lexicon --help", "unknown lexicon command '%s'", sub);
}
