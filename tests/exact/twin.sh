#!/usr/bin/env bash
# loyal-exact is loyal built as on a machine without Hyperscan (CMake option
# LOYAL_EXACT_TWIN): it must say so in --version, and give the same ranking
# (but for the matcher's name), tagged rows and rejects as loyal on the demo
# survey and tickets. Usage: twin.sh LOYAL LOYAL_EXACT
set -u
loyal=$1
exact=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if "$@"; then :; else echo "FAIL: $*"; fail=1; fi; }

"$exact" --version | grep -q 'matcher: pcre2 (exact)' || { echo "FAIL: $("$exact" --version)"; fail=1; }
"$loyal" --version | grep -q 'matcher: word-start index + hyperscan prefilter + pcre2' ||
    { echo "FAIL: $("$loyal" --version)"; fail=1; }

# The demo's two runs, as scripts/demo makes them.
runs=("corpus/demo/survey.csv --segment service --period quarter"
      "corpus/demo/tickets.jsonl --text subject --text body --score csat --metric csat --scale 1-5")
for args in "${runs[@]}"; do
    for b in loyal exact; do
        bin=$loyal
        [ $b = exact ] && bin=$exact
        # shellcheck disable=SC2086
        "$bin" rank $args -q -o "$tmp/$b.json" --tagged "$tmp/$b.jsonl" \
            --rejects "$tmp/$b.csv" 2>"$tmp/$b.err" || { echo "FAIL: $b rank $args"; cat "$tmp/$b.err"; fail=1; }
    done
    check cmp -s "$tmp/loyal.jsonl" "$tmp/exact.jsonl"
    check cmp -s "$tmp/loyal.csv" "$tmp/exact.csv"
    # The ranking: equal once the matcher's name is set aside.
    check python3 - "$tmp/loyal.json" "$tmp/exact.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
ma, mb = a['matching'].pop('matcher'), b['matching'].pop('matcher')
sys.exit(0 if a == b and ma != mb and 'exact' in mb else 1)
PY
done
exit $fail
