/* summary.h — building and freeing a loyal_summary (private). */
#ifndef LOYAL_SUMMARY_H
#define LOYAL_SUMMARY_H

#include "jsonw.h"
#include "loyal.h"

/* Zeroes s and allocates its overall statistics and examples. */
loyal_status loyalp_summary_init(loyal_summary *s, size_t n_themes, loyal_error *err);
/* Frees what s holds (not s itself). */
void loyalp_summary_clear(loyal_summary *s);
/* The segment (column) or period group of value[0..len), created on first
 * sight. LOYAL_ERR_LIMIT past LOYAL_MAX_GROUPS values in one column. */
loyal_status loyalp_summary_group(loyal_summary *s, bool period, size_t column,
                                  const char *value, size_t len, loyal_group **out,
                                  loyal_error *err);
/* Appends an input; *info is borrowed until the next call. */
loyal_status loyalp_summary_add_input(loyal_summary *s, const char *path,
                                      loyal_input_info **info, loyal_error *err);
/* Frees an example's strings. */
void loyalp_example_clear(loyal_example *e);
/* Writes v[0..n) as a JSON array of {"id", "row", "text"} (the ranking) or,
 * with_class, {"id", "row", "class", "text"} (partial statistics). */
void loyalp_examples_json(jsonw *w, const loyal_example *v, size_t n, bool with_class);

#endif
