#!/usr/bin/env python3
"""Named-entity recognition scored on GUM's entity layer, Annals and spaCy side by side.

usage: python3 scripts/eval-ner.py [--annals BIN] [--gold FILE] [--no-spacy]

The gold names are read from the MISC column's Entity= annotations as Annals' trainer
reads them (Sources/AnnalsGrammar/Entities/TreebankNames.swift): a mention is a name when
its head word is a proper noun (or capitalised, not a pronoun, with a Wikipedia identity);
the name is the capitalised run around the head, joiners ("of", "the", "de") allowed
between capitals, a leading article left out; of overlapping names the longest is kept
(of two alike, the one from the longer mention, then by kind).
A found name is right when its words and kind both match (exact match, CoNLL style).

Annals runs as `annals parse --input-format conllu --entities -` (gold tokens; tags and
trees predicted). spaCy's en_core_web_sm (installed into .build-eval/venv on first use,
never a project dependency) reads the same gold tokens; its labels are mapped to GUM's
kinds: PERSON and NORP (nationalities, religious and political groups, which GUM calls
people) person; GPE, LOC and FAC place; ORG organization; EVENT event; DATE and TIME time;
WORK_OF_ART, LAW, LANGUAGE and PRODUCT abstract. Quantities and numbers are left out.
"""
import argparse
import json
import os
import subprocess
import sys
import time

import spacy_venv
from conllu_documents import mentions, read

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.normpath(os.path.join(ROOT, "..", "shared", "external", "ud", "en_gum-ud-test.conllu"))
JOINERS = {"of", "de", "von", "van", "der", "den", "da", "di", "du", "la", "le", "del", "the", "and", "&", "for", "on", "-",
           "y", "bin", "ibn", "al"}
RECORD_KINDS = ("person", "place", "organization", "event")
SPACY_KINDS = {"PERSON": "person", "NORP": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organization",
               "EVENT": "event", "DATE": "time", "TIME": "time", "WORK_OF_ART": "abstract", "LAW": "abstract",
               "LANGUAGE": "abstract", "PRODUCT": "abstract"}


def capital(form):
    return any(c.isupper() for c in form)


def gold_names(sentence):
    names = []
    for first, last, kind, identity, _ in mentions(sentence):
        inside = range(first, last + 1)
        head = next((k for k in inside if not sentence[k][6].isdigit() or int(sentence[k][6]) == 0
                     or int(sentence[k][6]) - 1 not in inside), None)
        if head is None:
            continue
        upos, form = sentence[head][3], sentence[head][1]
        if not (upos == "PROPN" or (identity and capital(form) and upos not in ("PRON", "DET", "NUM"))):
            continue
        names.append((*run(sentence, head, first, last), kind, last - first))
    # The longest name first; of two alike, the one from the longer mention, then by kind.
    kept = []
    for name in sorted(names, key=lambda n: (-(n[1] - n[0]), n[0], -n[3], n[2])):
        if not any(k[0] <= name[1] and name[0] <= k[1] for k in kept):
            kept.append(name[:3])
    return set(kept)


def run(sentence, head, low, high):
    """The capitalised run around the head, as TreebankNames.nameRun gives it."""
    if not capital(sentence[head][1]):
        return head, head
    def named(k):
        return low <= k <= high and capital(sentence[k][1])
    def joiner(k):
        return low <= k <= high and sentence[k][1].lower() in JOINERS
    def joined(start, step):
        if joiner(start + step) and named(start + 2 * step):
            return 2
        if joiner(start + step) and joiner(start + 2 * step) and named(start + 3 * step):
            return 3
        return None
    first = last = head
    while True:
        if named(first - 1):
            first -= 1
        elif joined(first, -1):
            first -= joined(first, -1)
        else:
            break
    while True:
        if named(last + 1) or (low <= last + 1 <= high and sentence[last + 1][1].isdigit()):
            last += 1
        elif joined(last, 1):
            last += joined(last, 1)
        else:
            break
    while first < head and sentence[first][3] == "DET":
        first += 1
    return first, last


def bilou_names(labels):
    """Names spelled by B-/I-/L-/U- labels (None for outside)."""
    names, start = set(), None
    for k, label in enumerate(labels + [None]):
        place, kind = (label.split("-", 1) + [None])[:2] if label else (None, None)
        if start is not None and (place not in ("I", "L") or kind != start[1]):
            names.add((start[0], k - 1, start[1]))
            start = None
        if place == "U":
            names.add((k, k, kind))
        elif place == "B" or (place in ("I", "L") and start is None):
            start = (k, kind)
        if place == "L" and start is not None:
            names.add((start[0], k, start[1]))
            start = None
    return names


def annals_names(binary, text):
    started = time.time()
    out = subprocess.run([binary, "parse", "--input-format", "conllu", "--entities", "-"], input=text.encode(),
                         capture_output=True, check=True).stdout.decode()
    seconds = time.time() - started
    found = []
    for document in read(out):
        for sentence in document:
            labels = [next((p[5:] for p in cols[9].split("|") if p.startswith("Name=")), None) for cols in sentence]
            found.append(bilou_names(labels))
    return found, seconds


SPACY_HELPER = r'''
from spacy.tokens import Doc
job = json.loads(sys.stdin.read())
docs = [Doc(nlp.vocab, words=words) for words in job]
start = time.time()
out = list(nlp.pipe(docs, batch_size=256, n_process=1))
seconds = time.time() - start
print(json.dumps({"ents": [[[e.start, e.end - 1, e.label_] for e in doc.ents] for doc in out], "seconds": seconds,
                  "model": nlp.meta.get("name", "") + " " + nlp.meta.get("version", ""), "version": spacy.__version__}))
'''


def spacy_names(sentences):
    answer = json.loads(spacy_venv.run(SPACY_HELPER, json.dumps([[cols[1] for cols in s] for s in sentences])))
    found = [{(a, b, SPACY_KINDS[label]) for a, b, label in ents if label in SPACY_KINDS} for ents in answer["ents"]]
    return found, answer


def table(name, gold, found, kinds):
    rows = []
    for kind in list(kinds) + ["all"]:
        pick = (lambda n: n[2] in kinds) if kind == "all" else (lambda n: n[2] == kind)
        g = [{n for n in s if pick(n)} for s in gold]
        f = [{n for n in s if pick(n)} for s in found]
        right = sum(len(a & b) for a, b in zip(g, f))
        total_g, total_f = sum(map(len, g)), sum(map(len, f))
        p = 100 * right / total_f if total_f else 0
        r = 100 * right / total_g if total_g else 0
        f1 = 2 * p * r / (p + r) if p + r else 0
        rows.append(f"  {kind:13} P {p:5.1f}  R {r:5.1f}  F1 {f1:5.1f}  ({total_g} names)")
    print(name)
    print("\n".join(rows))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annals", default=os.path.join(ROOT, ".build", "release", "annals"))
    parser.add_argument("--gold", default=GOLD)
    parser.add_argument("--no-spacy", action="store_true")
    args = parser.parse_args()
    text = open(args.gold, encoding="utf-8").read()
    sentences = [s for d in read(text) for s in d]
    gold = [gold_names(s) for s in sentences]
    words = sum(len(s) for s in sentences)
    found, seconds = annals_names(args.annals, text)
    print(f"{os.path.basename(args.gold)}: {len(sentences)} sentences, {words} words, gold tokens; exact span and kind")
    all_kinds = sorted({n[2] for s in gold for n in s}, key=lambda k: -sum(n[2] == k for s in gold for n in s))
    table(f"Annals, every kind ({words / seconds:,.0f} words/s: tagging, parsing and names, process and load included)", gold, found, all_kinds)
    rows = table("Annals, the record's kinds", gold, found, RECORD_KINDS)
    if args.no_spacy:
        return
    spacy, answer = spacy_names(sentences)
    table(f"spaCy {answer['model']} ({answer['version']}), the record's kinds ({words / answer['seconds']:,.0f} words/s, whole pipeline)",
          gold, spacy, RECORD_KINDS)


if __name__ == "__main__":
    main()
