/* test_jsonw.c — the JSON writer: escapes, shortest numbers, null. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "jsonw.h"

Test(jsonw, compact_document) {
    loyalp_buf b;
    loyalp_buf_init(&b, 0);
    jsonw w;
    jw_init(&w, &b, 0);
    jw_obj(&w);
    jw_key(&w, "s");
    jw_str(&w, "a\"b\\c\n\x01й");
    jw_key(&w, "n");
    jw_num(&w, 0.1);
    jw_key(&w, "i");
    jw_int(&w, -42);
    jw_key(&w, "nan");
    jw_num(&w, NAN);
    jw_key(&w, "a");
    jw_arr(&w);
    jw_bool(&w, true);
    jw_null(&w);
    jw_arr_end(&w);
    jw_key(&w, "e");
    jw_arr(&w);
    jw_arr_end(&w);
    jw_obj_end(&w);
    cr_assert_eq(w.st, LOYAL_OK);
    cr_assert_str_eq(b.data, "{\"s\":\"a\\\"b\\\\c\\n\\u0001й\",\"n\":0.1,\"i\":-42,\"nan\":null,"
                             "\"a\":[true,null],\"e\":[]}");
    loyalp_buf_clear(&b);
}

Test(jsonw, indented_document) {
    loyalp_buf b;
    loyalp_buf_init(&b, 0);
    jsonw w;
    jw_init(&w, &b, 2);
    jw_obj(&w);
    jw_key(&w, "a");
    jw_arr(&w);
    jw_int(&w, 1);
    jw_int(&w, 2);
    jw_arr_end(&w);
    jw_obj_end(&w);
    cr_assert_str_eq(b.data, "{\n  \"a\": [\n    1,\n    2\n  ]\n}");
    loyalp_buf_clear(&b);
}

Test(jsonw, shortest_round_trip) {
    char s[32];
    jw_format_double(23.4, s);
    cr_assert_str_eq(s, "23.4");
    jw_format_double(1.0 / 3.0, s);
    cr_assert_str_eq(s, "0.3333333333333333");
    jw_format_double(100, s);
    cr_assert_str_eq(s, "100");
    jw_format_double(-15.0, s);
    cr_assert_str_eq(s, "-15");
    jw_format_double(1e-7, s);
    cr_assert_str_eq(s, "1e-07");
    jw_format_double(0.1 + 0.2, s);
    cr_assert_str_eq(s, "0.30000000000000004");
}
