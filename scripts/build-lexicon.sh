#!/bin/sh
# Rebuilds Sources/TextPipeline/Resources/lexicon-*.tsv from the shared WordNet tables and
# UD English EWT train, then prints lemma accuracy on EWT dev and test with gold XPOS.
# Usage: scripts/build-lexicon.sh [DATA_DIR]   (default: ../shared/data)
set -e
cd "$(dirname "$0")/.."
DATA="${1:-$(cd ../shared/data && pwd)}"
FACTSH_DATA="$DATA" swift test --filter LexiconBuildTests 2>&1 | grep -E '^(lexicon-|ewt-|lemma-error)|error|passed|failed'
