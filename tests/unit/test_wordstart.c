/* test_wordstart.c — the word-start index (wordstart.c): which rules a
 * text makes candidates, by literals at word starts, with the order of a
 * pair's two sets and the last word start of each rule.
 */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "wordstart.h"

/* Parses "a|b & c" (sets by "&", literals by "|") into sets[*n ...]. */
static void parse_sets(char *text, loyalp_ws_set *sets, size_t *n) {
    char *save_s = NULL;
    for (char *set = strtok_r(text, "&", &save_s); set; set = strtok_r(NULL, "&", &save_s)) {
        loyalp_ws_set *s = &sets[(*n)++];
        s->lit = calloc(16, sizeof *s->lit);
        s->len = calloc(16, sizeof *s->len);
        char *save_l = NULL;
        for (char *lit = strtok_r(set, "| ", &save_l); lit; lit = strtok_r(NULL, "| ", &save_l)) {
            s->lit[s->n] = strdup(lit);
            s->len[s->n] = strlen(lit);
            s->n++;
        }
    }
}

/* Parses "a|b & c + e ; d" into a need (clauses by " ; ", sets by " & ",
 * then the sets to find anywhere after " + " (by " & "), literals by "|"). */
static loyalp_ws_need need_of(const char *spec) {
    loyalp_ws_need need;
    memset(&need, 0, sizeof need);
    char *copy = strdup(spec), *save_c = NULL;
    for (char *cl = strtok_r(copy, ";", &save_c); cl; cl = strtok_r(NULL, ";", &save_c)) {
        loyalp_ws_clause *c = &need.clause[need.n++];
        c->bound = LOYALP_WS_NO_BOUND;
        char *any = strchr(cl, '+');
        if (any) {
            *any++ = '\0';
            parse_sets(any, c->any, &c->n_any);
        }
        parse_sets(cl, c->set, &c->n);
    }
    free(copy);
    return need;
}

typedef struct fixture {
    loyalp_ws_index *x;
    loyalp_ws_scratch s;
    uint64_t hit[1];
} fixture;

/* An index of rules 0.. from specs (NULL ends; "" leaves the id out). */
static void build(fixture *f, const char *const *specs) {
    size_t n = 0;
    while (specs[n])
        n++;
    f->x = loyalp_ws_index_new(n);
    cr_assert_not_null(f->x);
    for (size_t i = 0; i < n; i++) {
        if (!*specs[i])
            continue;
        loyalp_ws_need need = need_of(specs[i]);
        cr_assert(loyalp_ws_index_add(f->x, (uint32_t)i, &need));
        loyalp_ws_need_free(&need);
    }
    cr_assert(loyalp_ws_index_finish(f->x));
    cr_assert(loyalp_ws_scratch_init(&f->s, f->x));
}

static void done(fixture *f) {
    loyalp_ws_scratch_clear(&f->s);
    loyalp_ws_index_free(f->x);
}

/* The candidates of text, as a bitmap. */
static uint64_t scan(fixture *f, const char *text) {
    f->hit[0] = 0;
    loyalp_ws_scan(f->x, &f->s, text, strlen(text), f->hit);
    return f->hit[0];
}

Test(wordstart, a_literal_counts_at_a_word_start_only) {
    fixture f;
    static const char *const specs[] = {"abc", "срок", NULL};
    build(&f, specs);
    cr_assert_eq(loyalp_ws_index_rules(f.x), 2);
    cr_assert_eq(scan(&f, "abc"), 1);
    cr_assert_eq(scan(&f, "abcdef"), 1);      /* a prefix of the word */
    cr_assert_eq(scan(&f, "xabc abd ab"), 0); /* inside a word; too short */
    cr_assert_eq(scan(&f, "x abc"), 1);
    /* What PCRE2 counts as a word character before it: not a start. */
    cr_assert_eq(scan(&f, "_abc 1abc zabc яabc"), 0);
    /* Anything else before it is (é too: a wider filter, never a narrower). */
    cr_assert_eq(scan(&f, "-abc"), 1);
    cr_assert_eq(scan(&f, "«abc"), 1);
    cr_assert_eq(scan(&f, "éabc"), 1);
    cr_assert_eq(scan(&f, "\xc2\xa0" "abc"), 1); /* no-break space */
    cr_assert_eq(scan(&f, "—abc"), 1);
    cr_assert_eq(scan(&f, "🙂abc"), 1);
    /* Cyrillic: two bytes a letter. */
    cr_assert_eq(scan(&f, "сроки"), 2);
    cr_assert_eq(scan(&f, "просрочка"), 0);
    cr_assert_eq(scan(&f, "abc, сроки"), 3);
    cr_assert_eq(scan(&f, "zсрок"), 0);
    cr_assert_eq(scan(&f, "2срок"), 0);
    cr_assert_eq(scan(&f, "ср"), 0);
    cr_assert_eq(scan(&f, ""), 0);
    done(&f);
}

Test(wordstart, a_literal_that_ends_its_word) {
    fixture f;
    /* "abc>" and "не>" must be whole words (to the index: what follows is
     * not an ASCII letter, digit, '_' or Cyrillic letter); "abc" need not;
     * "ab>" and "abcd" share prefixes with them. */
    static const char *const specs[] = {"abc>", "не>", "abc", "ab> & cd>", "abcd", NULL};
    build(&f, specs);
    cr_assert_eq(scan(&f, "abc"), 1 | 4);
    cr_assert_eq(scan(&f, "x abc, y"), 1 | 4);
    cr_assert_eq(scan(&f, "abc-d"), 1 | 4);
    cr_assert_eq(scan(&f, "abcd"), 4 | 16);
    cr_assert_eq(scan(&f, "abc_"), 4);
    cr_assert_eq(scan(&f, "abc1"), 4);
    cr_assert_eq(scan(&f, "abcд"), 4);
    /* é is a word character to PCRE2, not to the index: the index sees a
     * word end there, a wider filter, never a narrower one. */
    cr_assert_eq(scan(&f, "abcé"), 1 | 4);
    cr_assert_eq(scan(&f, "не знаю"), 2);
    cr_assert_eq(scan(&f, "нет"), 0);
    cr_assert_eq(scan(&f, "а не"), 2);
    cr_assert_eq(scan(&f, "ab cd"), 8);
    cr_assert_eq(scan(&f, "ab cde"), 0);
    cr_assert_eq(scan(&f, "abx cd"), 0);
    done(&f);
}

Test(wordstart, a_digit_in_a_literal_is_any_digit) {
    fixture f;
    /* \x01 (LOYALP_WS_DIGIT) is any digit; a digit written out matches any
     * digit too (wider, never narrower); "abc" has none. */
    static const char *const specs[] = {"\x01", "ab\x01>", "24", "abc", NULL};
    build(&f, specs);
    cr_assert_eq(scan(&f, "3"), 1);
    cr_assert_eq(scan(&f, "x 42й"), 1 | 4);
    cr_assert_eq(scan(&f, "ab7"), 2);
    cr_assert_eq(scan(&f, "ab7x"), 0);
    cr_assert_eq(scan(&f, "ab"), 0);
    cr_assert_eq(scan(&f, "x3"), 0);
    cr_assert_eq(scan(&f, "abc 19"), 1 | 4 | 8);
    /* A digit of another script (Arabic-Indic three, Devanagari three),
     * not a word character to the index but \d to PCRE2: every rule with
     * a digit literal is a candidate, its matches anywhere. */
    cr_assert_eq(scan(&f, "abc ٣"), 1 | 2 | 8);
    cr_assert_eq(loyalp_ws_last(f.x, &f.s, 1), (size_t)UINT32_MAX);
    cr_assert_eq(scan(&f, "x३x"), 1 | 2);
    /* Other characters outside ASCII and Cyrillic: no digits. */
    cr_assert_eq(scan(&f, "é — «abc» 🙂"), 8);
    done(&f);
}

Test(wordstart, a_pair_needs_its_sets_in_order_in_different_words) {
    fixture f;
    static const char *const specs[] = {"first|one & second|two", NULL};
    build(&f, specs);
    cr_assert_eq(scan(&f, "first second"), 1);
    cr_assert_eq(scan(&f, "one, and then two"), 1);
    cr_assert_eq(scan(&f, "second first"), 0); /* out of order */
    cr_assert_eq(scan(&f, "first"), 0);
    cr_assert_eq(scan(&f, "second"), 0);
    cr_assert_eq(scan(&f, "firstsecond"), 0); /* not a word start */
    cr_assert_eq(scan(&f, "second first second"), 1);
    /* The state of one scan does not leak into the next. */
    cr_assert_eq(scan(&f, "first"), 0);
    cr_assert_eq(scan(&f, "second"), 0);
    done(&f);
}

Test(wordstart, one_word_never_holds_both_sets_of_a_pair) {
    fixture f;
    /* "abc" and "abcde" both start "abcde": A.*B needs B after A ends. */
    static const char *const specs[] = {"abc & abcde", NULL};
    build(&f, specs);
    cr_assert_eq(scan(&f, "abcde"), 0);
    cr_assert_eq(scan(&f, "abc abcde"), 1);
    cr_assert_eq(scan(&f, "abcde abcde"), 1);
    done(&f);
}

Test(wordstart, clauses_are_alternatives) {
    fixture f;
    static const char *const specs[] = {"", "aaa & bbb ; ccc ; ddd & eee", "bbb", NULL};
    build(&f, specs);
    cr_assert_eq(loyalp_ws_index_rules(f.x), 2);
    cr_assert_eq(scan(&f, "aaa bbb"), 2 | 4);
    cr_assert_eq(scan(&f, "ccc"), 2);
    cr_assert_eq(scan(&f, "ddd bbb"), 4);
    cr_assert_eq(scan(&f, "aaa eee"), 0);
    cr_assert_eq(scan(&f, "ddd eee"), 2);
    done(&f);
}

Test(wordstart, the_last_word_start_of_a_rule) {
    fixture f;
    static const char *const specs[] = {"", "abc", "менеджер", NULL};
    build(&f, specs);
    const char *text = "abc менеджер и abcd";
    cr_assert_eq(scan(&f, text), 2 | 4);
    cr_assert_eq(loyalp_ws_last(f.x, &f.s, 1), (size_t)(strstr(text, "abcd") - text));
    cr_assert_eq(loyalp_ws_last(f.x, &f.s, 2), (size_t)(strstr(text, "менеджер") - text));
    cr_assert_eq(loyalp_ws_last(f.x, &f.s, 0), SIZE_MAX); /* not in the index */
    cr_assert_eq(scan(&f, "xyz"), 0);
    cr_assert_eq(loyalp_ws_last(f.x, &f.s, 1), 0);
    done(&f);
}

Test(wordstart, many_rules_share_a_literal) {
    enum { N = 130 };
    const char *specs[N + 1];
    for (size_t i = 0; i < N; i++)
        specs[i] = i % 2 ? "общий" : "общий & другой";
    specs[N] = NULL;
    fixture f;
    f.x = loyalp_ws_index_new(N);
    for (size_t i = 0; i < N; i++) {
        loyalp_ws_need need = need_of(specs[i]);
        cr_assert(loyalp_ws_index_add(f.x, (uint32_t)i, &need));
        loyalp_ws_need_free(&need);
    }
    cr_assert(loyalp_ws_index_finish(f.x));
    cr_assert(loyalp_ws_scratch_init(&f.s, f.x));
    uint64_t hit[3] = {0, 0, 0};
    const char *text = "общий и другой";
    loyalp_ws_scan(f.x, &f.s, text, strlen(text), hit);
    for (size_t i = 0; i < N; i++)
        cr_assert(hit[i / 64] >> (i % 64) & 1, "rule %zu", i);
    memset(hit, 0, sizeof hit);
    text = "общий";
    loyalp_ws_scan(f.x, &f.s, text, strlen(text), hit);
    for (size_t i = 0; i < N; i++)
        cr_assert_eq(hit[i / 64] >> (i % 64) & 1, i % 2, "rule %zu", i);
    done(&f);
}

Test(wordstart, an_empty_index_finds_nothing) {
    fixture f;
    static const char *const specs[] = {"", "", NULL};
    build(&f, specs);
    cr_assert_eq(loyalp_ws_index_rules(f.x), 0);
    cr_assert_eq(scan(&f, "abc"), 0);
    done(&f);
}

Test(wordstart, the_rest_of_a_clause_anywhere) {
    fixture f;
    static const char *const specs[] = {"abc + xyz|qq", "abc & def + -1 & ё", NULL};
    build(&f, specs);
    cr_assert_eq(scan(&f, "abc"), 0);
    cr_assert_eq(scan(&f, "abc xyz"), 1);
    cr_assert_eq(scan(&f, "abc blahxyz"), 1);  /* anywhere: inside a word too */
    cr_assert_eq(scan(&f, "qq, abc"), 1);      /* before it too */
    cr_assert_eq(scan(&f, "xyzabc"), 0);       /* but abc at a word start */
    cr_assert_eq(scan(&f, "abc def -1 ё"), 2);
    cr_assert_eq(scan(&f, "abc def -1 ё qq"), 1 | 2);
    cr_assert_eq(scan(&f, "abc def ё"), 0);
    cr_assert_eq(scan(&f, "def abc -1 ё"), 0); /* the pair out of order */
    done(&f);
}

Test(wordstart, a_pair_within_its_bound_of_whitespace_runs) {
    fixture f;
    f.x = loyalp_ws_index_new(1);
    loyalp_ws_need need = need_of("first & second");
    need.clause[0].bound = 2; /* as \s+(?:\S+\s+)? between them */
    cr_assert(loyalp_ws_index_add(f.x, 0, &need));
    loyalp_ws_need_free(&need);
    cr_assert(loyalp_ws_index_finish(f.x));
    cr_assert(loyalp_ws_scratch_init(&f.s, f.x));
    cr_assert_eq(scan(&f, "first second"), 1);
    cr_assert_eq(scan(&f, "first  \t second"), 1);     /* one run however long */
    cr_assert_eq(scan(&f, "first one second"), 1);       /* two runs */
    cr_assert_eq(scan(&f, "first one two second"), 0);   /* three */
    cr_assert_eq(scan(&f, "first-one-two-second"), 1);   /* no whitespace at all */
    cr_assert_eq(scan(&f, "first a b first second"), 1); /* the latest first counts */
    cr_assert_eq(scan(&f, "first a b c second first"), 0);
    /* A character PCRE2 may count as whitespace (U+2028) turns bounds off
     * from there on: to us "first x\u2028y second" has two runs less. */
    cr_assert_eq(scan(&f, "first one\u2028 two three second"), 1);
    cr_assert_eq(scan(&f, "first one two three second\u2028"), 0);
    cr_assert_eq(scan(&f, "first one two three second"), 0); /* and back on */
    done(&f);
}

Test(wordstart, a_word_with_more_first_sets_than_pending_slots) {
    /* More first-set literals in one word than the scan holds till the
     * word's end: the rest count at once, with this word's runs (not a
     * stale count from an earlier text). */
    enum { N = LOYALP_WS_PENDING + 8 };
    fixture f;
    f.x = loyalp_ws_index_new(N);
    for (size_t i = 0; i < N; i++) {
        loyalp_ws_need need = need_of("общ & другой");
        need.clause[0].bound = 1;
        cr_assert(loyalp_ws_index_add(f.x, (uint32_t)i, &need));
        loyalp_ws_need_free(&need);
    }
    cr_assert(loyalp_ws_index_finish(f.x));
    cr_assert(loyalp_ws_scratch_init(&f.s, f.x));
    static const char *const texts[] = {"общий другой", "a b c d e f g h i j k l m n o p общий другой",
                                        "общий другой"};
    for (size_t t = 0; t < 3; t++) {
        uint64_t hit[2] = {0, 0};
        loyalp_ws_scan(f.x, &f.s, texts[t], strlen(texts[t]), hit);
        for (size_t i = 0; i < N; i++)
            cr_assert(hit[i / 64] >> (i % 64) & 1, "text %zu, rule %zu", t, i);
    }
    done(&f);
}

Test(wordstart, a_need_past_its_limits_is_refused) {
    loyalp_ws_index *x = loyalp_ws_index_new(2);
    loyalp_ws_need need = need_of("a1 & b1 ; a2 & b2 ; a3 & b3 ; a4 & b4 ; a5 & b5");
    cr_assert_not(loyalp_ws_index_add(x, 0, &need)); /* five pairs */
    cr_assert_not(loyalp_ws_index_add(x, 2, &need)); /* no such id */
    loyalp_ws_need_free(&need);
    need = need_of("a1 & b1 ; a2 & b2 ; a3 & b3 ; a4 & b4 ; c5");
    cr_assert(loyalp_ws_index_add(x, 0, &need));
    loyalp_ws_need_free(&need);
    cr_assert_eq(loyalp_ws_index_rules(x), 1);
    loyalp_ws_index_free(x);
}
