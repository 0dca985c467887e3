/* metric.c — NPS, CSAT and CSI: names, scales, and one raw score cell to its
 * contribution y to the metric (docs/STATISTICS.md, "Metrics"). */
#include "loyal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const metric_names[] = {
    [LOYAL_METRIC_NPS] = "nps",
    [LOYAL_METRIC_CSAT] = "csat",
    [LOYAL_METRIC_CSI] = "csi",
};

const char *loyal_metric_name(loyal_metric_kind kind) {
    if ((unsigned)kind > LOYAL_METRIC_CSI)
        return "";
    return metric_names[kind];
}

static int ascii_lower(int c) {
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

static bool ascii_iequal(const char *a, const char *b) {
    for (; *a && *b; a++, b++)
        if (ascii_lower((unsigned char)*a) != ascii_lower((unsigned char)*b))
            return false;
    return *a == *b;
}

bool loyal_metric_parse(const char *name, loyal_metric_kind *out) {
    if (!name)
        return false;
    for (unsigned k = LOYAL_METRIC_NPS; k <= LOYAL_METRIC_CSI; k++) {
        if (ascii_iequal(name, metric_names[k])) {
            if (out)
                *out = (loyal_metric_kind)k;
            return true;
        }
    }
    return false;
}

void loyal_metric_init(loyal_metric *m, loyal_metric_kind kind) {
    m->kind = kind;
    switch (kind) {
    case LOYAL_METRIC_CSAT:
        m->min = 1;
        m->max = 5;
        break;
    case LOYAL_METRIC_CSI:
        m->min = 1;
        m->max = 10;
        break;
    case LOYAL_METRIC_NPS:
    default:
        m->kind = LOYAL_METRIC_NPS;
        m->min = 0;
        m->max = 10;
        break;
    }
}

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/* A plain decimal number: [+-]? D+ ([.,] D+)?, nothing else. `allow_sign`
 * and `allow_comma` select the variants. Sets *v and whether the fraction is
 * all zeros. The value is computed as M / 10^k, which is exactly rounded while
 * M < 2^53 and k <= 22; longer numbers go through strtod on a copy with '.'
 * (only then does LC_NUMERIC matter, and the library never sets a locale). */
static bool parse_decimal(const char *s, size_t len, bool allow_sign, bool allow_comma, double *v,
                          bool *integral) {
    size_t i = 0;
    bool neg = false;
    if (allow_sign && i < len && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        i++;
    }
    size_t int_start = i;
    while (i < len && s[i] >= '0' && s[i] <= '9')
        i++;
    size_t int_end = i;
    if (int_end == int_start)
        return false;
    size_t frac_start = i, frac_end = i;
    if (i < len && (s[i] == '.' || (allow_comma && s[i] == ','))) {
        i++;
        frac_start = i;
        while (i < len && s[i] >= '0' && s[i] <= '9')
            i++;
        frac_end = i;
        if (frac_end == frac_start)
            return false;
    }
    if (i != len)
        return false;

    /* Significant digits: drop leading zeros of the integer part and
     * trailing zeros of the fraction. */
    size_t a = int_start;
    while (a < int_end && s[a] == '0')
        a++;
    size_t fe = frac_end;
    while (fe > frac_start && s[fe - 1] == '0')
        fe--;
    *integral = fe == frac_start;

    size_t int_digits = int_end - a, frac_digits = fe - frac_start;
    double value;
    if (int_digits + frac_digits <= 15 && frac_digits <= 22) {
        uint64_t mant = 0;
        for (size_t j = a; j < int_end; j++)
            mant = mant * 10 + (uint64_t)(s[j] - '0');
        for (size_t j = frac_start; j < fe; j++)
            mant = mant * 10 + (uint64_t)(s[j] - '0');
        static const double pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                       1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        value = (double)mant / pow10[frac_digits];
    } else {
        char buf[128];
        size_t n = 0;
        if (int_digits + frac_digits + 3 > sizeof buf)
            return false; /* no score is written with a hundred digits */
        buf[n++] = '0';
        memcpy(buf + n, s + a, int_digits);
        n += int_digits;
        buf[n++] = '.';
        memcpy(buf + n, s + frac_start, frac_digits);
        n += frac_digits;
        buf[n] = '\0';
        value = strtod(buf, NULL);
    }
    *v = neg ? -value : value;
    return true;
}

bool loyal_metric_set_scale(loyal_metric *m, const char *spec) {
    if (!m || !spec)
        return false;
    const char *dash = strchr(spec, '-');
    if (!dash)
        return false;
    const char *a = spec, *ae = dash, *b = dash + 1, *be = spec + strlen(spec);
    while (a < ae && is_space(*a))
        a++;
    while (ae > a && is_space(ae[-1]))
        ae--;
    while (b < be && is_space(*b))
        b++;
    while (be > b && is_space(be[-1]))
        be--;
    double lo, hi;
    bool lo_int, hi_int;
    if (!parse_decimal(a, (size_t)(ae - a), false, false, &lo, &lo_int) ||
        !parse_decimal(b, (size_t)(be - b), false, false, &hi, &hi_int))
        return false;
    if (!(lo < hi))
        return false;
    switch (m->kind) {
    case LOYAL_METRIC_NPS:
        /* The NPS classes are defined on 0–10 only. */
        if (lo != 0 || hi != 10)
            return false;
        break;
    case LOYAL_METRIC_CSAT:
        /* Integer answers, and at least three of them: top two boxes of a
         * two-point scale would be every answer. */
        if (!lo_int || !hi_int || hi - lo < 2)
            return false;
        break;
    case LOYAL_METRIC_CSI:
        break;
    }
    m->min = lo;
    m->max = hi;
    return true;
}

bool loyal_metric_value(const loyal_metric *m, const char *raw, size_t len, double *score,
                        double *y, loyal_class *cls) {
    if (!m || !raw)
        return false;
    while (len > 0 && is_space(raw[0])) {
        raw++;
        len--;
    }
    while (len > 0 && is_space(raw[len - 1]))
        len--;
    if (len == 0)
        return false;

    double s;
    bool integral;
    bool decimals = m->kind == LOYAL_METRIC_CSI;
    /* NPS and CSAT answers are integers: "9", "9.0" and "9,0" are 9, "9,5" is
     * not an answer. CSI answers may be decimals with '.' or ','. */
    if (!parse_decimal(raw, len, true, true, &s, &integral))
        return false;
    if (!decimals && !integral)
        return false;
    if (!(s >= m->min && s <= m->max))
        return false;
    if (s == 0)
        s = 0; /* "-0" is 0 */

    double yy;
    loyal_class c;
    switch (m->kind) {
    case LOYAL_METRIC_NPS:
        if (s >= 9) {
            c = LOYAL_CLASS_PROMOTER;
            yy = 100;
        } else if (s >= 7) {
            c = LOYAL_CLASS_PASSIVE;
            yy = 0;
        } else {
            c = LOYAL_CLASS_DETRACTOR;
            yy = -100;
        }
        break;
    case LOYAL_METRIC_CSAT:
        /* The two highest integer answers of the scale. */
        if (s >= floor(m->max) - 1) {
            c = LOYAL_CLASS_PROMOTER;
            yy = 100;
        } else {
            c = LOYAL_CLASS_DETRACTOR;
            yy = 0;
        }
        break;
    case LOYAL_METRIC_CSI:
    default:
        c = LOYAL_CLASS_PASSIVE;
        yy = 100.0 * (s - m->min) / (m->max - m->min);
        break;
    }
    if (score)
        *score = s;
    if (y)
        *y = yy;
    if (cls)
        *cls = c;
    return true;
}

bool loyal_metric_low(const loyal_metric *m, double y, loyal_class cls) {
    if (m->kind == LOYAL_METRIC_CSI)
        return y <= 60.0;
    return cls == LOYAL_CLASS_DETRACTOR;
}
