#!/usr/bin/env python3
"""Where the parser's head errors are: by gold relation, by sentence length, and the
punctuation errors that follow UD English EWT's convention where the gold file's differs.

    factsh eval parser GOLD.conllu --write PRED.conllu
    scripts/parser-errors.py GOLD.conllu PRED.conllu

For reading errors, not for tuning: select changes on EWT dev (docs/parser.md). The three
convention counts are where EWT and PUD annotate the same construction differently (EWT train:
a comma after a fronted phrase hangs on that phrase, 809 of 809; a comma before a trailing
dependent hangs on the dependent; a hyphen inside a compound word hangs on the word before it,
468 of 469), so a parser trained on EWT makes them on PUD by design.
"""
import collections
import sys


def read(path):
    """Sentences as lists of the ten CoNLL-U columns (multiword and empty nodes dropped)."""
    sentences, current = [], []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line:
                if current:
                    sentences.append(current)
                current = []
            elif not line.startswith("#"):
                columns = line.split("\t")
                if "-" not in columns[0] and "." not in columns[0]:
                    current.append(columns)
    if current:
        sentences.append(current)
    return sentences


def universal(relation):
    return relation.split(":")[0]


def convention(gold, pred, i):
    """The EWT-versus-PUD convention a punctuation head error follows, or None."""
    word = gold[i]
    gold_head, pred_head = int(word[6]) - 1, int(pred[i][6]) - 1
    if word[4] == "HYPH" and gold_head == i + 1 and pred_head == i - 1:
        return "hyphen on the word before it (EWT), gold on the word after"
    if word[1] != "," or pred_head < 0:
        return None
    # The predicted head is a dependent of the gold head on the other side of the comma.
    dependent_of_gold_head = int(gold[pred_head][6]) - 1 == gold_head or int(pred[pred_head][6]) - 1 == gold_head
    if not dependent_of_gold_head:
        return None
    if gold_head > i > pred_head:
        return "comma on the phrase before it (EWT), gold on the head after"
    if gold_head < i < pred_head:
        return "comma on the dependent after it (EWT), gold on the head before"
    return None


def main(gold_path, pred_path):
    gold_sentences, pred_sentences = read(gold_path), read(pred_path)
    if len(gold_sentences) != len(pred_sentences):
        sys.exit("parser-errors: the files hold different sentences")
    words = errors = 0
    by_relation, relation_words = collections.Counter(), collections.Counter()
    by_length, length_words = collections.Counter(), collections.Counter()
    conventions = collections.Counter()
    for gold, pred in zip(gold_sentences, pred_sentences):
        band = next(b for b in (10, 20, 30, 40, 10**9) if len(gold) <= b)
        for i, (g, p) in enumerate(zip(gold, pred)):
            words += 1
            relation_words[universal(g[7])] += 1
            length_words[band] += 1
            if g[6] == p[6]:
                continue
            errors += 1
            by_relation[universal(g[7])] += 1
            by_length[band] += 1
            if g[7] == "punct":
                conventions[convention(gold, pred, i) or "other punctuation"] += 1
    print(f"words {words}  head errors {errors}  UAS {100 * (words - errors) / words:.2f}")
    print("by gold relation: errors, share of errors, head accuracy")
    for relation, count in by_relation.most_common(20):
        print(f"  {relation:12s} {count:5d} {100 * count / errors:5.1f}%  {100 - 100 * count / relation_words[relation]:5.1f}")
    print("by sentence length (words): words, head accuracy")
    for band in sorted(length_words):
        label = f"<= {band}" if band < 10**9 else "> 40"
        print(f"  {label:8s} {length_words[band]:6d}  {100 - 100 * by_length[band] / length_words[band]:5.1f}")
    print("punctuation head errors: count, UAS points")
    for kind, count in conventions.most_common():
        print(f"  {count:5d} {100 * count / words:5.2f}  {kind}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
