/* test_report_followup.c — the follow-up list: who is kept, the order, and
 * the CSV and JSON Lines written. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loyal.h"

/* The golden survey (tests/golden/nps_csv_basic) and one more detractor
 * whose comment has a line break and quotes. */
static const char SURVEY[] = "id,score,comment\n"
                             "r1,10,\"Менеджер супер, всегда на связи\"\n"
                             "r2,9,Отличные отчёты\n"
                             "r3,3,\"Сроки сорваны, менеджер не отвечает\"\n"
                             "r4,6,Отчёты приходят с опозданием\n"
                             "r5,8,\n"
                             "r6,0,Deadline missed again\n"
                             "r7,10,Great account manager\n"
                             "r8,7,ok\n"
                             "r9,5,\"The weekly report is late, not great\"\n"
                             "r10,9,Всё хорошо\n"
                             "r11,2,Просрочили сдачу проекта на месяц\n"
                             "r12,10,Спасибо!\n"
                             "r13,1,\"Deadline missed\n\"\"twice\"\"\"\n";

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "%s", path);
    static char buf[8192];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    return buf;
}

static loyal_status add(void *ctx, const loyal_row *row, loyal_error *err) {
    return loyal_followup_add(ctx, row, err);
}

static char path[64];

/* SURVEY read into a follow-up list, ranked (barriers need 2 mentions). */
typedef struct survey {
    loyal_lexicon *lex;
    loyal_run_options opt;
    loyal_run *run;
    loyal_ranking *rk;
    loyal_followup *f;
} survey;

static void read_text(survey *s, const char *lexdir, const char *text) {
    snprintf(path, sizeof path, "/tmp/loyal-test-followup-XXXXXX");
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    cr_assert_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    loyal_error err;
    loyal_error_init(&err);
    memset(s, 0, sizeof *s);
    cr_assert_eq(loyal_lexicon_load(&s->lex, lexdir, &err), LOYAL_OK);
    loyal_run_options_init(&s->opt);
    s->opt.threads = 1;
    cr_assert_eq(loyal_followup_create(&s->f, s->lex, &s->opt.metric, &err), LOYAL_OK);
    cr_assert_eq(loyal_run_create(&s->run, s->lex, &s->opt, &err), LOYAL_OK);
    loyal_run_set_callbacks(s->run, add, NULL, NULL, s->f);
    cr_assert_eq(loyal_run_file(s->run, path, &err), LOYAL_OK, "%s", err.message);
    loyal_run_finish(s->run);
    remove(path);
    loyal_rank_options ro;
    loyal_rank_options_init(&ro);
    ro.min_mentions = 2;
    cr_assert_eq(
        loyal_rank_compute(loyal_run_summary(s->run)->stats, &s->opt.metric, &ro, &s->rk, &err),
        LOYAL_OK);
    loyal_followup_sort(s->f, s->rk);
}

static void read_survey(survey *s) {
    read_text(s, "tests/data/lexicon/golden", SURVEY);
}

static void survey_free(survey *s) {
    loyal_followup_free(s->f);
    loyal_ranking_free(s->rk);
    loyal_run_free(s->run);
    loyal_lexicon_free(s->lex);
}

static const char *write_list(const loyal_followup *f, size_t top, bool json) {
    char out[64];
    snprintf(out, sizeof out, "/tmp/loyal-test-followup-out-%d", (int)getpid());
    loyal_output *o = NULL;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_output_open(&o, out, &err), LOYAL_OK);
    cr_assert_eq(loyal_report_followup(o, f, top, json, &err), LOYAL_OK);
    cr_assert_eq(loyal_output_commit(o, &err), LOYAL_OK);
    const char *s = slurp(out);
    remove(out);
    return s;
}

/* fmt with every %s the survey's path. */
static const char *expected(const char *fmt) {
    static char buf[8192];
    snprintf(buf, sizeof buf, fmt, path, path, path, path);
    return buf;
}

Test(report_followup, csv_most_urgent_first) {
    survey s;
    read_survey(&s);
    const loyal_followup *f = s.f;
    bool dropped = true;
    cr_assert_eq(loyal_followup_count(f, &dropped), 6); /* r3 r4 r6 r9 r11 r13 */
    cr_assert_not(dropped);
    /* the lowest score first; a comment's line break stays inside its quotes */
    cr_assert_str_eq(
        write_list(f, 3, false),
        expected("id,row,file,score,barriers,owners,themes,text\n"
                 "\"r6\",7,\"%s\",0,\"deadlines\",\"\",\"deadlines\",\"Deadline missed again\"\n"
                 "\"r13\",14,\"%s\",1,\"deadlines\",\"\",\"deadlines\","
                 "\"Deadline missed\n\"\"twice\"\"\"\n"
                 "\"r11\",12,\"%s\",2,\"deadlines\",\"\",\"deadlines\","
                 "\"Просрочили сдачу проекта на месяц\"\n"));
    survey_free(&s);
}

Test(report_followup, json_lines_escape_like_every_json_output) {
    survey s;
    read_survey(&s);
    const loyal_followup *f = s.f;
    cr_assert_str_eq(
        write_list(f, 2, true),
        expected("{\"id\":\"r6\",\"row\":7,\"file\":\"%s\",\"score\":0,"
                 "\"barriers\":[\"deadlines\"],\"owners\":[],\"themes\":[\"deadlines\"],"
                 "\"text\":\"Deadline missed again\"}\n"
                 "{\"id\":\"r13\",\"row\":14,\"file\":\"%s\",\"score\":1,"
                 "\"barriers\":[\"deadlines\"],\"owners\":[],\"themes\":[\"deadlines\"],"
                 "\"text\":\"Deadline missed\\n\\\"twice\\\"\"}\n"));
    cr_assert_str_eq(write_list(f, 0, true), "");
    survey_free(&s);
}

/* Three barriers owned by "devops", "ops" and "devops" again: each owner
 * is listed once, at its first barrier, and "ops" is not taken for a part
 * of "devops" (tests/data/lexicon/owners). */
Test(report_followup, each_owner_once_by_exact_name) {
    char text[2048] = "id,score,comment\n";
    for (int i = 1; i <= 20; i++)
        snprintf(text + strlen(text), sizeof text - strlen(text), "p%d,10,all good\n", i);
    for (int i = 1; i <= 4; i++)
        snprintf(text + strlen(text), sizeof text - strlen(text), "m%d,8,alpha beta gamma\n", i);
    snprintf(text + strlen(text), sizeof text - strlen(text), "d1,0,beta alpha gamma failed\n");
    for (int i = 2; i <= 6; i++)
        snprintf(text + strlen(text), sizeof text - strlen(text), "d%d,3,gamma beta alpha\n", i);
    survey s;
    read_text(&s, "tests/data/lexicon/owners", text);
    cr_assert_eq(s.rk->n_themes, 3);
    for (size_t i = 0; i < s.rk->n_themes; i++)
        cr_assert_eq(s.rk->themes[i].role, LOYAL_ROLE_BARRIER, "theme %zu", i);
    cr_expect_str_eq(write_list(s.f, 1, false),
                     expected("id,row,file,score,barriers,owners,themes,text\n"
                              "\"d1\",26,\"%s\",0,\"alpha; beta; gamma\",\"devops; ops\","
                              "\"alpha; beta; gamma\",\"beta alpha gamma failed\"\n"));
    cr_expect_str_eq(write_list(s.f, 1, true),
                     expected("{\"id\":\"d1\",\"row\":26,\"file\":\"%s\",\"score\":0,"
                              "\"barriers\":[\"alpha\",\"beta\",\"gamma\"],"
                              "\"owners\":[\"devops\",\"ops\"],"
                              "\"themes\":[\"alpha\",\"beta\",\"gamma\"],"
                              "\"text\":\"beta alpha gamma failed\"}\n"));
    survey_free(&s);
}
