/* opts.h — options of the reading commands (rank, tag). */
#ifndef LOYAL_OPTS_H
#define LOYAL_OPTS_H

#include "cli.h"

typedef struct cli_opts {
    loyal_run_options run;
    loyal_rank_options rank;
    const char *output;  /* "-" = stdout */
    const char *lexicon; /* NULL = default */
    const char *rejects;
    const char *tagged;  /* rank only */
    const char *html;    /* rank only */
    const char *partial; /* rank only */
    const char *from_partial; /* rank only: no input files then */
    size_t top;          /* coverage, followup: entries per list */
    bool json;           /* coverage, followup: JSON instead of a table or CSV */
    bool quiet;
    char **files;
    size_t n_files;
} cli_opts;

/* The help text of the shared options. */
extern const char CLI_READING_HELP[];

/* Which command's options are accepted besides the reading ones. */
typedef enum cli_command { CLI_RANK, CLI_TAG, CLI_COVERAGE, CLI_FOLLOWUP } cli_command;

/* Parses argv (argv[0] is the command). Returns 0 when o is ready, -1 when
 * help was printed (exit 0), or an exit status after printing the error. */
int cli_parse(int argc, char **argv, cli_command cmd, cli_opts *o, void (*help)(void));

#endif
