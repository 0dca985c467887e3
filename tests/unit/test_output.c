/* test_output.c — outputs appear whole or not at all. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loyal.h"

static size_t files_in(const char *dir) {
    DIR *d = opendir(dir);
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d));)
        n += e->d_name[0] != '.';
    closedir(d);
    return n;
}

Test(output, commit_renames_into_place) {
    char dir[] = "/tmp/loyal-out-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/r.json", dir);
    loyal_output *o = NULL;
    cr_assert_eq(loyal_output_open(&o, path, NULL), LOYAL_OK);
    cr_assert_eq(loyal_output_write(o, "{}\n", 3, NULL), LOYAL_OK);
    cr_assert_eq(access(path, F_OK), -1, "nothing at the path before commit");
    cr_assert_eq(loyal_output_commit(o, NULL), LOYAL_OK);
    FILE *f = fopen(path, "r");
    char buf[8] = "";
    cr_assert_not_null(f);
    cr_assert_eq(fread(buf, 1, sizeof buf, f), 3);
    fclose(f);
    cr_assert_str_eq(buf, "{}\n");
    cr_assert_eq(files_in(dir), 1, "no temporary file left");
    remove(path);
    rmdir(dir);
}

Test(output, abort_leaves_nothing) {
    char dir[] = "/tmp/loyal-out-XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/r.json", dir);
    loyal_output *o = NULL;
    cr_assert_eq(loyal_output_open(&o, path, NULL), LOYAL_OK);
    cr_assert_eq(loyal_output_write(o, "half", 4, NULL), LOYAL_OK);
    loyal_output_abort(o);
    cr_assert_eq(files_in(dir), 0);
    loyal_output_abort(NULL);
    rmdir(dir);
}

Test(output, unwritable_folder_is_an_output_error) {
    loyal_output *o = NULL;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_output_open(&o, "/nonexistent/dir/r.json", &err), LOYAL_ERR_OUTPUT);
    cr_assert_null(o);
    cr_assert_str_eq(err.file, "/nonexistent/dir/r.json");
    cr_assert_str_eq(err.message, "cannot create: No such file or directory");
    cr_assert_str_eq(err.hint, "check that the folder exists and is writable");
}

Test(output, full_disk_is_an_output_error) {
    if (access("/dev/full", W_OK) != 0)
        cr_skip_test("no /dev/full");
    /* A full disk, through the "-" output with stdout pointing at
     * /dev/full: the write or the flush at commit must fail. */
    FILE *saved = stdout;
    stdout = fopen("/dev/full", "w");
    cr_assert_not_null(stdout);
    loyal_output *o = NULL;
    loyal_error err;
    loyal_error_init(&err);
    cr_assert_eq(loyal_output_open(&o, "-", &err), LOYAL_OK);
    char big[8192];
    memset(big, 'x', sizeof big);
    loyal_status st = loyal_output_write(o, big, sizeof big, &err);
    if (!st)
        st = loyal_output_commit(o, &err);
    else
        loyal_output_abort(o);
    fclose(stdout);
    stdout = saved;
    cr_assert_eq(st, LOYAL_ERR_OUTPUT);
    cr_assert_str_eq(err.message, "cannot write: No space left on device");
}
