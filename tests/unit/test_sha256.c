/* test_sha256.c — FIPS 180-4 test vectors. */
#include <criterion/criterion.h>
#include <string.h>

#include "loyal.h"
#include "sha256.h"

static void check(const char *msg, size_t reps, const char *want) {
    loyal_sha256 c;
    loyal_sha256_init(&c);
    for (size_t i = 0; i < reps; i++)
        loyal_sha256_update(&c, msg, strlen(msg));
    char hex[65];
    loyal_sha256_final(&c, hex);
    cr_assert_str_eq(hex, want);
}

Test(sha256, empty) {
    check("", 1, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

Test(sha256, abc) {
    check("abc", 1, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

Test(sha256, two_blocks) {
    check("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

Test(sha256, million_a_in_odd_pieces) {
    check("aaaaaaaaaa", 100000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

Test(sha256, accelerated_and_portable_agree) {
    if (!loyalp_sha256_accelerated())
        cr_skip_test("no SHA extensions on this CPU");
    unsigned char data[64 * 37];
    uint32_t x = 12345;
    for (size_t i = 0; i < sizeof data; i++)
        data[i] = (unsigned char)((x = x * 1103515245u + 12345u) >> 24);
    for (size_t blocks = 1; blocks <= 37; blocks += 4) {
        uint32_t a[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                         0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
        uint32_t b[8];
        memcpy(b, a, sizeof a);
        loyalp_sha256_blocks(a, data, blocks, true);
        loyalp_sha256_blocks(b, data, blocks, false);
        cr_assert_arr_eq(a, b, sizeof a, "%zu blocks", blocks);
    }
}

/* The million a's of FIPS 180-4 in 64 KiB pieces and a tail, as a source
 * hashes a file, with the CPU's answer given once, and with "no". */
static void check_accel(bool accelerated) {
    static char a[65536 + 1];
    memset(a, 'a', sizeof a);
    loyal_sha256 c;
    loyal_sha256_init(&c);
    size_t left = 1000000;
    for (size_t k = 0; left; k++) {
        size_t n = k % 3 == 2 ? 1 : sizeof a - 1; /* whole blocks, and odd pieces between */
        n = n < left ? n : left;
        loyalp_sha256_update_accel(&c, a, n, accelerated);
        left -= n;
    }
    char hex[65];
    loyal_sha256_final(&c, hex);
    cr_assert_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

Test(sha256, update_with_the_cpu_asked_once) {
    check_accel(loyalp_sha256_accelerated());
    check_accel(false);
}
