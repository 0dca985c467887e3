/* regex_anchor.c: the literals every match of a regex needs one of. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

/* The anchors of `pattern` joined by '|', or "-" for none. */
static void anchors(const char *pattern, char *out, size_t size) {
    char **v = loyalp_regex_anchors(pattern);
    out[0] = '\0';
    if (!v) {
        snprintf(out, size, "-");
        return;
    }
    for (char **p = v; *p; p++) {
        if (p != v)
            strncat(out, "|", size - strlen(out) - 1);
        strncat(out, *p, size - strlen(out) - 1);
    }
    loyalp_regex_anchors_free(v);
}

static void check(const char *pattern, const char *want) {
    char got[256];
    anchors(pattern, got, sizeof got);
    cr_expect_str_eq(got, want, "anchors of %s", pattern);
}

Test(regex_anchor, one_literal_run) {
    check("(?<!\\w)списал\\w*", "списал");
    check("срок\\w*\\s+сорва\\w*", "сорва"); /* 5 characters beat 4 */
    check("(?<!\\w)вау+(?!\\w)", "-");       /* 'вау': 6 bytes, 3 characters */
    check("late\\s+again", "again");
    check("abc\\w+", "-");                    /* under 4 characters */
    check("акт\\w*", "-");
    check("", "-");
}

Test(regex_anchor, alternation_inside_a_group_no_longer_hides_the_run) {
    /* The old anchor gave up on any '|'. */
    check("(?<!\\w)договор(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?!\\w)", "договор");
    check("(?<!\\w)подписа\\w*\\s+(?:\\w+\\s+)?(?:акт|договор)\\w*", "подписа");
}

Test(regex_anchor, alternation_is_the_union_of_its_branches) {
    check("(?<!\\w)(?:счета|акты|диадок\\w*|сбис\\w*)(?!\\w)", "счета|акты|диадок|сбис");
    check("(?<!\\w)(?:эдо|ндс|диадок\\w*)(?!\\w)", "-"); /* 'эдо' is 3 characters */
    /* Each branch keeps its best literal; a tie keeps the first. */
    check("(?:двойн\\w*|лишн\\w*)\\s+списани\\w*|списал\\w*\\s+дважды", "списани|списал");
    /* One branch without a literal: no set. */
    check("(?:refund|\\d+)", "-");
    check("refund|\\w+", "-");
}

Test(regex_anchor, optional_parts_and_quantified_letters) {
    check("(?:very\\s+)?slow", "slow");       /* 'very' may be absent */
    check("colou?r", "colo");                 /* 'u' may be absent: 'colo' then 'r' */
    check("go+ogle", "ogle");                 /* 'go' (repeated 'o') is too short */
    check("repl(?:y|ied)", "repl");
    check("(?:pm|project manager)s?", "-");   /* 'pm' is too short */
}

Test(regex_anchor, lookarounds_flags_and_classes_give_nothing) {
    check("(?=manager)\\w+", "-");
    check("(?i)manager", "manager");
    check("(?i:manager)", "-");
    check("[a-z]+ings", "ings");
    check("\\p{L}+ness", "ness");
    check("\\x{41}bcde", "bcde");
}

Test(regex_anchor, single_anchor_only_when_the_set_has_one) {
    char **v = loyalp_regex_anchors("(?:эдо|ндс)");
    cr_expect_null(loyalp_regex_anchor_one(v));
    loyalp_regex_anchors_free(v);
    v = loyalp_regex_anchors("счет\\w*\\s+(?:на|за)");
    const char *a = loyalp_regex_anchor_one(v);
    cr_assert_not_null(a);
    cr_expect_str_eq(a, "счет");
    loyalp_regex_anchors_free(v);
    v = loyalp_regex_anchors("(?:счета|акты)");
    cr_expect_null(loyalp_regex_anchor_one(v), "two literals: no single anchor");
    loyalp_regex_anchors_free(v);
}
