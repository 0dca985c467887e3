/* main.c — placeholder entry until the commands land in this folder. */
#include "loyal.h"

#include <stdio.h>

int main(void) {
    printf("loyal %s\n", LOYAL_VERSION);
    return 0;
}
