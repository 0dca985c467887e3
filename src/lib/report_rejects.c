/* report_rejects.c — skipped rows as CSV: line,reason,raw,file. */
#include "buf.h"
#include "error.h"
#include "loyal.h"

#include <stdio.h>
#include <string.h>

loyal_status loyal_report_rejects_header(loyal_output *o, loyal_error *err) {
    static const char h[] = "line,reason,raw,file\n";
    return loyal_output_write(o, h, sizeof h - 1, err);
}

loyal_status loyal_report_reject(loyal_output *o, const char *path, const loyal_record *rec,
                                 loyal_skip reason, loyal_error *err) {
    loyalp_buf b;
    loyalp_buf_init(&b, 0);
    char num[32];
    int n = snprintf(num, sizeof num, "%ld,", rec->line);
    loyal_status st = loyalp_buf_append(&b, num, (size_t)n);
    const char *why = loyal_skip_name(reason);
    if (!st)
        st = loyalp_buf_append(&b, why, strlen(why));
    if (!st)
        st = loyalp_buf_putc(&b, ',');
    if (!st)
        st = loyalp_buf_csv_field(&b, rec->raw ? rec->raw : "", rec->raw ? rec->raw_len : 0);
    if (!st)
        st = loyalp_buf_putc(&b, ',');
    if (!st)
        st = loyalp_buf_csv_field(&b, path, strlen(path));
    if (!st)
        st = loyalp_buf_putc(&b, '\n');
    return loyalp_buf_flush(&b, st, o, err);
}
