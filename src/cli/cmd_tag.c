/* cmd_tag.c — `loyal tag`: every row with its themes as JSON Lines. */
#include "reading.h"

static void help(void) {
    printf("usage: loyal tag [OPTIONS] FILE...\n\n"
           "Writes one JSON line per used row: id, file, row (1-based line), lang, score\n"
           "(null without one) and its themes with spans (code points of the original\n"
           "text) and the lexicon rules (file:line) that matched. No score column needed.\n\n"
           "example:\n"
           "  loyal tag tickets.jsonl --text subject --text body -o tagged.jsonl\n\n"
           "%s\n"
           "Exit status: 0 done, 2 usage, 3 input unreadable, 4 output not written.\n",
           CLI_READING_HELP);
}

int cmd_tag(int argc, char **argv) {
    cli_opts o;
    int rc = cli_parse(argc, argv, CLI_TAG, &o, help);
    if (rc)
        return rc < 0 ? EXIT_DONE : rc;
    cli_reading r;
    if (!(rc = cli_reading_open(&r, &o, o.output)) && !(rc = cli_reading_run(&r)) &&
        !(rc = cli_reading_commit(&r)))
        cli_reading_summary(&r, "tagged rows", o.output);
    cli_reading_close(&r);
    return rc;
}
