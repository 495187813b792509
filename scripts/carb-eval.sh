#!/usr/bin/env bash
# Scores the extractor on the CaRB dev split (../shared/data/carb-dev) with ../shared/tools/carb-score.py.
#
#   scripts/carb-eval.sh [OUTPUT.tsv]      (default output: .build/carb-dev.tsv)
#
# Builds factsh in release mode, extracts with `factsh extract --format carb --sentences`, and
# prints the scorer's summary: the last line is "carb: F1=... P=... R=... AUC=...", preceded by
# the precision of the most confident quarter. Set CARB_CURVE=FILE to also write the PR curve.
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/carb-dev
scorer=../shared/tools/carb-score.py
output=${1:-.build/carb-dev.tsv}
if [ ! -f "$data/dev.txt" ] || [ ! -f "$scorer" ]; then
  echo "carb-eval: needs $data and $scorer (the shared data beside the project)" >&2
  exit 2
fi
swift build -c release --product factsh >&2
start=$(date +%s.%N)
.build/release/factsh extract --format carb --sentences "$data/dev.txt" > "$output"
end=$(date +%s.%N)
echo "extracted $(wc -l < "$output") tuples from $(wc -l < "$data/dev.txt") sentences in $(echo "$end - $start" | bc) s" >&2
curve=()
if [ -n "${CARB_CURVE:-}" ]; then curve=(--curve "$CARB_CURVE"); fi
python3 "$scorer" --gold "$data/gold/dev.tsv" --system "$output" "${curve[@]}"
