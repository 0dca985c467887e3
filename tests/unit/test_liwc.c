/* test_liwc.c — LIWC .dic import: entries that cannot be terms are skipped
 * and told; a failed import leaves no file behind. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "loyal.h"

typedef struct skips {
    long line[8];
    char message[8][512];
    size_t n;
} skips;

static void on_skip(void *ctx, const loyal_problem *p) {
    skips *s = ctx;
    cr_assert_str_eq(p->file, "tests/data/liwc/numeric.dic");
    cr_assert_lt(s->n, 8);
    s->line[s->n] = p->line;
    snprintf(s->message[s->n++], 512, "%s", p->message);
}

static size_t files_in(const char *dir) {
    DIR *d = opendir(dir);
    cr_assert_not_null(d, "%s", dir);
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d));)
        n += e->d_name[0] != '.';
    closedir(d);
    return n;
}

static const char *slurp(const char *path) {
    static char buf[4096];
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f, "%s", path);
    buf[fread(buf, 1, sizeof buf - 1, f)] = '\0';
    fclose(f);
    return buf;
}

Test(liwc, numbers_and_non_words_are_skipped_and_told) {
    char dir[] = "/tmp/loyal-test-liwc-XXXXXX", out[64], path[128];
    cr_assert_not_null(mkdtemp(dir));
    snprintf(out, sizeof out, "%s/lex", dir);
    size_t themes, terms, skipped;
    skips s = {0};
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_liwc_import("tests/data/liwc/numeric.dic", out, LOYAL_LANG_EN, &themes,
                                   &terms, &skipped, on_skip, &s, &err),
                 LOYAL_OK, "%s", err.message);
    cr_assert_eq(themes, 2);
    cr_assert_eq(terms, 4);
    cr_assert_eq(skipped, 4);
    cr_assert_eq(s.n, 4);
    cr_assert_eq(s.line[0], 6);
    cr_assert_str_eq(s.message[0], "'2020' is a number, not a word");
    cr_assert_eq(s.line[1], 7);
    cr_assert_str_eq(s.message[1], "':)' has no letter");
    cr_assert_eq(s.line[2], 8);
    cr_assert_str_eq(s.message[2], "'24/7' is a number, not a word");
    cr_assert_eq(s.line[3], 9);
    cr_assert_str_eq(s.message[3], "'a.m.' is not one word");
    snprintf(path, sizeof path, "%s/posemo.lex", out);
    cr_assert_str_eq(slurp(path),
                     "# imported from tests/data/liwc/numeric.dic (LIWC category 1 'posemo')\n"
                     "# Write expect lines from real comments before relying on it.\n"
                     "theme posemo\nlabel en posemo\nterm en happy\nterm en 1st\n"
                     "expect en + happy\nexpect en + 1st\n");
    cr_assert_eq(files_in(out), 2);
    /* what was imported loads, and its expect lines hold */
    loyal_lexicon *lex = NULL;
    cr_assert_eq(loyal_lexicon_load(&lex, out, &err), LOYAL_OK, "%s", err.message);
    loyal_expect_failure *fails = NULL;
    size_t n_fails = 9;
    cr_assert_eq(loyal_lexicon_test(lex, &fails, &n_fails, &err), LOYAL_OK);
    cr_assert_eq(n_fails, 0);
    free(fails);
    loyal_lexicon_free(lex);
    /* without a callback the entries are still counted */
    snprintf(out, sizeof out, "%s/lex2", dir);
    cr_assert_eq(loyal_liwc_import("tests/data/liwc/numeric.dic", out, LOYAL_LANG_EN, &themes,
                                   &terms, &skipped, NULL, NULL, &err),
                 LOYAL_OK);
    cr_assert_eq(skipped, 4);
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -r '%s'", dir);
    cr_assert_eq(system(cmd), 0);
}

Test(liwc, a_failed_import_leaves_no_file) {
    char dir[] = "/tmp/loyal-test-liwc-XXXXXX", out[64], dic[64], path[128];
    cr_assert_not_null(mkdtemp(dir));
    snprintf(dic, sizeof dic, "%s/bad.dic", dir);
    FILE *f = fopen(dic, "w");
    fputs("%\n1 posemo\n2 negemo\n%\nhappy 1\nhate 2\nword 9\n", f);
    fclose(f);
    size_t themes, terms, skipped;
    loyal_error err;
    loyal_error_init(&err);
    /* a bad line after good ones: no folder, no file */
    snprintf(out, sizeof out, "%s/lex", dir);
    cr_assert_eq(
        loyal_liwc_import(dic, out, LOYAL_LANG_EN, &themes, &terms, &skipped, NULL, NULL, &err),
        LOYAL_ERR_INPUT);
    cr_assert_eq(err.line, 7);
    cr_assert_str_eq(err.message, "unknown category number 9");
    cr_assert_eq(access(out, F_OK), -1);
    cr_assert_eq(files_in(dir), 1);
    /* one file already there: it is kept as it was, and nothing is added */
    f = fopen(dic, "w");
    fputs("%\n1 posemo\n2 negemo\n%\nhappy 1\nhate 2\n", f);
    fclose(f);
    cr_assert_eq(mkdir(out, 0777), 0);
    snprintf(path, sizeof path, "%s/negemo.lex", out);
    f = fopen(path, "w");
    fputs("mine\n", f);
    fclose(f);
    loyal_error_init(&err);
    cr_assert_eq(
        loyal_liwc_import(dic, out, LOYAL_LANG_EN, &themes, &terms, &skipped, NULL, NULL, &err),
        LOYAL_ERR_OUTPUT);
    cr_assert_str_eq(err.message, "already exists");
    cr_assert_str_eq(err.file, path);
    cr_assert_eq(files_in(out), 1);
    cr_assert_str_eq(slurp(path), "mine\n");
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -r '%s'", dir);
    cr_assert_eq(system(cmd), 0);
}
