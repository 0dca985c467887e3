/* test_metric.c — metric names, scales, and raw score cells. */
#include "loyal.h"

#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

static bool value(const loyal_metric *m, const char *raw, double *s, double *y, loyal_class *c) {
    return loyal_metric_value(m, raw, strlen(raw), s, y, c);
}

Test(metric, names_round_trip) {
    cr_assert_str_eq(loyal_metric_name(LOYAL_METRIC_NPS), "nps");
    cr_assert_str_eq(loyal_metric_name(LOYAL_METRIC_CSAT), "csat");
    cr_assert_str_eq(loyal_metric_name(LOYAL_METRIC_CSI), "csi");
    cr_assert_str_eq(loyal_metric_name((loyal_metric_kind)42), "");
    loyal_metric_kind k = LOYAL_METRIC_NPS;
    cr_assert(loyal_metric_parse("csat", &k));
    cr_assert_eq(k, LOYAL_METRIC_CSAT);
    cr_assert(loyal_metric_parse("CSI", &k));
    cr_assert_eq(k, LOYAL_METRIC_CSI);
    cr_assert(loyal_metric_parse("Nps", &k));
    cr_assert_eq(k, LOYAL_METRIC_NPS);
    cr_assert_not(loyal_metric_parse("ces", &k));
    cr_assert_not(loyal_metric_parse("", &k));
    cr_assert_not(loyal_metric_parse("nps ", &k));
    cr_assert_not(loyal_metric_parse(NULL, &k));
}

Test(metric, default_scales) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    cr_assert(m.kind == LOYAL_METRIC_NPS && m.min == 0 && m.max == 10);
    loyal_metric_init(&m, LOYAL_METRIC_CSAT);
    cr_assert(m.kind == LOYAL_METRIC_CSAT && m.min == 1 && m.max == 5);
    loyal_metric_init(&m, LOYAL_METRIC_CSI);
    cr_assert(m.kind == LOYAL_METRIC_CSI && m.min == 1 && m.max == 10);
}

Test(metric, set_scale) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_CSAT);
    cr_assert(loyal_metric_set_scale(&m, "1-7"));
    cr_assert(m.min == 1 && m.max == 7);
    cr_assert(loyal_metric_set_scale(&m, " 0 - 10 "));
    cr_assert(m.min == 0 && m.max == 10);
    /* Malformed or reversed scales leave the metric alone. */
    cr_assert_not(loyal_metric_set_scale(&m, "5-1"));
    cr_assert_not(loyal_metric_set_scale(&m, "3-3"));
    cr_assert_not(loyal_metric_set_scale(&m, "1-"));
    cr_assert_not(loyal_metric_set_scale(&m, "-5"));
    cr_assert_not(loyal_metric_set_scale(&m, "1-5x"));
    cr_assert_not(loyal_metric_set_scale(&m, "1..5"));
    cr_assert_not(loyal_metric_set_scale(&m, ""));
    cr_assert_not(loyal_metric_set_scale(&m, NULL));
    /* CSAT answers are integers, at least three of them. */
    cr_assert_not(loyal_metric_set_scale(&m, "1-2"));
    cr_assert_not(loyal_metric_set_scale(&m, "1-4.5"));
    cr_assert(m.min == 0 && m.max == 10);
    /* CSI may use decimals. */
    loyal_metric_init(&m, LOYAL_METRIC_CSI);
    cr_assert(loyal_metric_set_scale(&m, "0.5-4.5"));
    cr_assert(m.min == 0.5 && m.max == 4.5);
    /* NPS is 0–10 by definition. */
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    cr_assert(loyal_metric_set_scale(&m, "0-10"));
    cr_assert_not(loyal_metric_set_scale(&m, "1-10"));
    cr_assert(m.min == 0 && m.max == 10);
}

Test(metric, nps_classes) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_NPS);
    static const struct {
        const char *raw;
        double s, y;
        loyal_class c;
    } cases[] = {
        {"0", 0, -100, LOYAL_CLASS_DETRACTOR},  {"6", 6, -100, LOYAL_CLASS_DETRACTOR},
        {"7", 7, 0, LOYAL_CLASS_PASSIVE},       {"8", 8, 0, LOYAL_CLASS_PASSIVE},
        {"9", 9, 100, LOYAL_CLASS_PROMOTER},    {"10", 10, 100, LOYAL_CLASS_PROMOTER},
        {" 9 ", 9, 100, LOYAL_CLASS_PROMOTER},  {"9.0", 9, 100, LOYAL_CLASS_PROMOTER},
        {"9,0", 9, 100, LOYAL_CLASS_PROMOTER},  {"+9", 9, 100, LOYAL_CLASS_PROMOTER},
        {"08", 8, 0, LOYAL_CLASS_PASSIVE},      {"10.00", 10, 100, LOYAL_CLASS_PROMOTER},
        {"-0", 0, -100, LOYAL_CLASS_DETRACTOR}, {"\t3\r\n", 3, -100, LOYAL_CLASS_DETRACTOR},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double s = -1, y = -1;
        loyal_class c = LOYAL_CLASS_PASSIVE;
        cr_assert(value(&m, cases[i].raw, &s, &y, &c), "%s", cases[i].raw);
        cr_assert_eq(s, cases[i].s, "%s", cases[i].raw);
        cr_assert_eq(y, cases[i].y, "%s", cases[i].raw);
        cr_assert_eq(c, cases[i].c, "%s", cases[i].raw);
    }
}

Test(metric, skips) {
    loyal_metric nps, csat, csi;
    loyal_metric_init(&nps, LOYAL_METRIC_NPS);
    loyal_metric_init(&csat, LOYAL_METRIC_CSAT);
    loyal_metric_init(&csi, LOYAL_METRIC_CSI);
    static const char *const bad_all[] = {"",     "   ",      "n/a",  "N/A", "NaN", "nan",  "inf",
                                          "-inf", "Infinity", "9x",   "9 9", "x9",  "9.",   ".9",
                                          "9e0",  "0x9",      "--9",  "+",   "-",   "9..0", "9.0.0",
                                          "11",   "-1",       "10.5", "１０"};
    for (size_t i = 0; i < sizeof bad_all / sizeof bad_all[0]; i++) {
        cr_assert_not(value(&nps, bad_all[i], NULL, NULL, NULL), "nps %s", bad_all[i]);
        cr_assert_not(value(&csat, bad_all[i], NULL, NULL, NULL), "csat %s", bad_all[i]);
        cr_assert_not(value(&csi, bad_all[i], NULL, NULL, NULL), "csi %s", bad_all[i]);
    }
    /* NPS and CSAT take integers only. */
    cr_assert_not(value(&nps, "9,5", NULL, NULL, NULL));
    cr_assert_not(value(&nps, "8.5", NULL, NULL, NULL));
    cr_assert_not(value(&csat, "4,5", NULL, NULL, NULL));
    /* Off scale. */
    cr_assert_not(value(&csat, "0", NULL, NULL, NULL));
    cr_assert_not(value(&csat, "6", NULL, NULL, NULL));
    cr_assert_not(value(&csi, "0", NULL, NULL, NULL));
    cr_assert_not(value(&csi, "0.99", NULL, NULL, NULL));
    cr_assert_not(value(&csi, "10,01", NULL, NULL, NULL));
    /* NULL and a length that stops before the junk. */
    cr_assert_not(loyal_metric_value(&nps, NULL, 0, NULL, NULL, NULL));
    cr_assert(loyal_metric_value(&nps, "9xyz", 1, NULL, NULL, NULL));
}

Test(metric, csat_top_two_boxes) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_CSAT);
    double s, y;
    loyal_class c;
    /* 1–5: 4 and 5 are the top two boxes. */
    cr_assert(value(&m, "5", &s, &y, &c) && y == 100 && c == LOYAL_CLASS_PROMOTER && s == 5);
    cr_assert(value(&m, "4", &s, &y, &c) && y == 100 && c == LOYAL_CLASS_PROMOTER);
    cr_assert(value(&m, "3", &s, &y, &c) && y == 0 && c == LOYAL_CLASS_DETRACTOR);
    cr_assert(value(&m, "1", &s, &y, &c) && y == 0 && c == LOYAL_CLASS_DETRACTOR);
    cr_assert(value(&m, "4.0", &s, &y, &c) && y == 100);
    /* 1–7: 6 and 7. */
    cr_assert(loyal_metric_set_scale(&m, "1-7"));
    cr_assert(value(&m, "7", &s, &y, &c) && y == 100);
    cr_assert(value(&m, "6", &s, &y, &c) && y == 100);
    cr_assert(value(&m, "5", &s, &y, &c) && y == 0 && c == LOYAL_CLASS_DETRACTOR);
    /* 0–10: 9 and 10. */
    cr_assert(loyal_metric_set_scale(&m, "0-10"));
    cr_assert(value(&m, "9", &s, &y, &c) && y == 100);
    cr_assert(value(&m, "8", &s, &y, &c) && y == 0);
    cr_assert(value(&m, "0", &s, &y, &c) && y == 0);
}

Test(metric, csi_rescaled) {
    loyal_metric m;
    loyal_metric_init(&m, LOYAL_METRIC_CSI);
    double s, y;
    loyal_class c;
    /* 1–10: y = 100·(s − 1)/9. */
    cr_assert(value(&m, "1", &s, &y, &c) && s == 1 && y == 0 && c == LOYAL_CLASS_PASSIVE);
    cr_assert(value(&m, "10", &s, &y, &c) && s == 10 && y == 100);
    cr_assert(value(&m, "7.3", &s, &y, &c));
    cr_assert_eq(s, 7.3);
    cr_assert_float_eq(y, 70.0, 1e-12); /* 100·6.3/9 */
    cr_assert(value(&m, "7,3", &s, &y, &c));
    cr_assert_eq(s, 7.3);
    cr_assert(value(&m, " 5,5 ", &s, &y, &c));
    cr_assert_eq(s, 5.5);
    cr_assert_float_eq(y, 50.0, 1e-12);
    /* Long decimals still parse to the nearest double. */
    cr_assert(value(&m, "3.14159265358979323846", &s, &y, &c));
    cr_assert_eq(s, 3.141592653589793);
    cr_assert(value(&m, "0003.50000000000000000000000", &s, &y, &c));
    cr_assert_eq(s, 3.5);
    /* 0–5 scale with decimal answers. */
    cr_assert(loyal_metric_set_scale(&m, "0-5"));
    cr_assert(value(&m, "4.25", &s, &y, &c) && s == 4.25 && y == 85);
    cr_assert(value(&m, "0", &s, &y, &c) && y == 0);
}
