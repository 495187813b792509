#!/usr/bin/env bash
# Instructions per text query in steady state, by function (valgrind's callgrind), for the store
# benchmark's query kinds: runs factsh-bench twice (1 and 5 timed passes), counts only inside the
# query call, and prints the difference per call, most inclusive first. First-call costs (lazy
# tables, caches filling) cancel out.
#
#   scripts/query-instructions.sh KIND MAX_CHECK [LINES] [BENCH_DIR]
#   scripts/query-instructions.sh Q2 1 40 /tmp/store-bench     (Q2 instances with one answer)
#   INCLUSIVE=no scripts/query-instructions.sh Q2 1   (each function's own instructions, no callees)
#   VARIANT=api scripts/query-instructions.sh Q1 10   (the FactSource calls, no query text)
#
# BENCH_DIR is a copy of ../shared/bench/store with data/facts-100k.tsv and data/queries-100k.json
# (gen_facts.py --n 100000). Needs valgrind and a release build of factsh-bench.
set -euo pipefail
kind=$1; max=$2; lines=${3:-40}; dir=${4:-/tmp/store-bench}
root=$(cd "$(dirname "$0")/.." && pwd)
variant=${VARIANT:-query}
case $variant in
  query) conformance='16QueryTextVariantVAA0cE0A2aDP' ;;
  api) conformance='10APIVariantVyxGAA12QueryVariantA2aEP' ;;
  *) echo "query-instructions: VARIANT is query or api" >&2; exit 2 ;;
esac
case $kind in
  Q1) symbol="\$s12factsh_bench${conformance}8allFacts5aboutSiSS_tFTW" ;;
  Q2) symbol="\$s12factsh_bench${conformance}8subjects8relation6objectSiSS_SStFTW" ;;
  Q3) symbol="\$s12factsh_bench${conformance}6twoHop2r12r21zSiSS_S2StFTW" ;;
  Q4) symbol="\$s12factsh_bench${conformance}12topRelations7subjectSiSS_tFTW" ;;
  *) echo "query-instructions: KIND is Q1, Q2, Q3 or Q4" >&2; exit 2 ;;
esac
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$dir"
for reps in 1 5; do
  valgrind --tool=callgrind --callgrind-out-file="$out/cg.$reps" --toggle-collect="$symbol" \
    "$root/.build/release/factsh-bench" --variant "$variant" --tsv data/facts-100k.tsv --queries data/queries-100k.json \
    --reps "$reps" --kinds "$kind" --max-check "$max" --label profile > "$out/run.$reps" 2> /dev/null
done
instances=$(grep -o '"instances": [0-9]*' "$out/run.5" | grep -o '[0-9]*$')
python3 - "$out/cg.1" "$out/cg.5" "$((4 * instances))" "$lines" <<'PY'
import os, re, subprocess, sys
def load(path):
    text = subprocess.run(f"callgrind_annotate --inclusive={inclusive} --threshold=100 {path} | swift demangle --simplified",
                          shell=True, capture_output=True, text=True).stdout
    counts = {}
    for line in text.splitlines():
        m = re.match(r'\s*([\d,]+) \([ \d.]+%\)\s+(.*)', line)
        if m and '=>' not in m.group(2):
            name = re.sub(r'\s*\[/[^\]]*\]\s*$', '', m.group(2))
            counts[name] = counts.get(name, 0) + int(m.group(1).replace(',', ''))
    return counts
inclusive = os.environ.get("INCLUSIVE", "yes")
one, five, calls, lines = load(sys.argv[1]), load(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
rows = sorted(((five.get(k, 0) - one.get(k, 0)) / calls, k) for k in set(one) | set(five))
for per_call, name in list(reversed(rows))[:lines]:
    print(f"{per_call:9.0f}  {name[:160]}")
PY
