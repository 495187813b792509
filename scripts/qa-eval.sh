#!/usr/bin/env bash
# Answer quality end to end: asks every question of ../shared/data/qa-dev, eval/qa-probe.tsv, eval/qa-holdout.tsv
# eval/qa-fresh.tsv, eval/qa-fresh3.tsv, eval/qa-fresh4.tsv, eval/qa-fresh5.tsv and eval/qa-fresh6.tsv over the demo corpus, and of eval/qa-unseen.tsv, eval/qa-unseen2.tsv,
# eval/qa-unseen3.tsv, eval/qa-unseen4.tsv, eval/qa-unseen5.tsv, eval/qa-unseen6.tsv, eval/qa-unseen7.tsv, eval/qa-unseen8.tsv, eval/qa-unseen9.tsv, eval/qa-unseen10.tsv, eval/qa-unseen11.tsv and eval/qa-unseen12.tsv over eval/unseen-articles ... eval/unseen12-articles (one article per
# question), and prints the scorer's summary lines.
# (eval/qa-final.tsv and eval/qa-fresh2.tsv are kept out of fixing: score them by hand, totals only; eval/README.md.)
#
#   scripts/qa-eval.sh [--verbose]
#
# Needs ../shared (the articles, qa-ask.py and qa-score.py). Builds factsh in release mode.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
if [ ! -f "$shared/tools/qa-ask.py" ]; then
  echo "qa-eval: needs $shared/tools/qa-ask.py (the shared data beside the project)" >&2
  exit 2
fi
swift build -c release --product factsh >&2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for set in "$shared/data/qa-dev/questions.tsv" eval/qa-probe.tsv eval/qa-holdout.tsv eval/qa-fresh.tsv eval/qa-fresh3.tsv eval/qa-fresh4.tsv eval/qa-fresh5.tsv eval/qa-fresh6.tsv eval/qa-unseen.tsv eval/qa-unseen2.tsv eval/qa-unseen3.tsv eval/qa-unseen4.tsv eval/qa-unseen5.tsv eval/qa-unseen6.tsv eval/qa-unseen7.tsv eval/qa-unseen8.tsv eval/qa-unseen9.tsv eval/qa-unseen10.tsv eval/qa-unseen11.tsv eval/qa-unseen12.tsv; do
  name=$(basename "$set" .tsv)
  articles="$shared/data/news-corpus"
  if [ "$name" = qa-unseen ]; then articles=eval/unseen-articles; fi
  if [ "$name" = qa-unseen2 ]; then articles=eval/unseen2-articles; fi
  if [ "$name" = qa-unseen3 ]; then articles=eval/unseen3-articles; fi
  if [ "$name" = qa-unseen4 ]; then articles=eval/unseen4-articles; fi
  if [ "$name" = qa-unseen5 ]; then articles=eval/unseen5-articles; fi
  if [ "$name" = qa-unseen6 ]; then articles=eval/unseen6-articles; fi
  if [ "$name" = qa-unseen7 ]; then articles=eval/unseen7-articles; fi
  if [ "$name" = qa-unseen8 ]; then articles=eval/unseen8-articles; fi
  if [ "$name" = qa-unseen9 ]; then articles=eval/unseen9-articles; fi
  if [ "$name" = qa-unseen10 ]; then articles=eval/unseen10-articles; fi
  if [ "$name" = qa-unseen11 ]; then articles=eval/unseen11-articles; fi
  if [ "$name" = qa-unseen12 ]; then articles=eval/unseen12-articles; fi
  python3 "$shared/tools/qa-ask.py" .build/release/factsh "$set" "$articles" "$out/$name.jsonl" > /dev/null
  echo "== $set"
  if [ "${1:-}" = "--verbose" ]; then
    python3 "$shared/tools/qa-score.py" "$set" "$out/$name.jsonl" --verbose
  else
    python3 "$shared/tools/qa-score.py" "$set" "$out/$name.jsonl" | grep -E '^(all|difficulty|kind)'
  fi
done
