/* reading.h — the part of rank and tag that reads the input: the run with
 * its rejects file, progress and summary line. */
#ifndef LOYAL_READING_H
#define LOYAL_READING_H

#include "opts.h"

typedef struct cli_reading {
    const cli_opts *opts;
    loyal_lexicon *lex;
    loyal_run *run;
    loyal_output *rejects;
    loyal_output *tagged; /* where used rows go as tagged JSON Lines, or NULL */
    loyal_row_fn each_row; /* a command's own use of every row, or NULL */
    void *each_ctx;
    bool progress_shown;
} cli_reading;

/* Loads the lexicon, opens --rejects and the tagged output (path or NULL),
 * creates the run. Returns 0 or an exit status (error printed). */
int cli_reading_open(cli_reading *r, const cli_opts *o, const char *tagged_path);
/* Reads every input file. Returns 0 or an exit status (error printed). */
int cli_reading_run(cli_reading *r);
/* Commits the rejects and tagged outputs. Returns 0 or an exit status. */
int cli_reading_commit(cli_reading *r);
/* Prints "N rows read, N used, N skipped (…)" unless quiet. */
void cli_reading_summary(const cli_reading *r, const char *what, const char *where);
/* Frees everything (aborting uncommitted outputs). */
void cli_reading_close(cli_reading *r);

#endif
