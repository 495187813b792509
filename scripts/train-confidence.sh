#!/usr/bin/env bash
# Fits the fact confidence to the CaRB dev split and reports it (docs/extraction.md, "Confidence").
#
#   scripts/train-confidence.sh           report: the current weights' dev F1 and the learned
#                                         model's 5-fold cross-validated F1 at each L2 penalty
#   scripts/train-confidence.sh --write   also replace Sources/TextPipeline/Extraction/ConfidenceWeights.swift
#
# Builds factsh in release mode, writes each dev tuple with its confidence features
# (`factsh extract --format carb-features`) to .build/carb-dev-features.tsv, and fits with
# scripts/train-confidence.py, which labels the tuples with ../shared/tools/carb-score.py's own
# comparison. Needs ../shared (CaRB dev, MIT License); nothing of it is copied into the project.
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data/carb-dev
scorer=../shared/tools/carb-score.py
if [ ! -f "$data/dev.txt" ] || [ ! -f "$scorer" ]; then
  echo "train-confidence: needs $data and $scorer (the shared data beside the project)" >&2
  exit 2
fi
swift build -c release --product factsh >&2
features=.build/carb-dev-features.tsv
.build/release/factsh extract --format carb-features --sentences "$data/dev.txt" > "$features"
write=()
if [ "${1:-}" = "--write" ]; then write=(--write); fi
python3 scripts/train-confidence.py --features "$features" --gold "$data/gold/dev.tsv" --scorer "$scorer" \
  --table Sources/TextPipeline/Extraction/ConfidenceWeights.swift "${write[@]}"
