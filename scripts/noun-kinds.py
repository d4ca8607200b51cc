#!/usr/bin/env python3
"""Writes, for each kind noun a question may ask with ("What disease…", "Which weapon…"),
the English nouns that name a kind of it, from WordNet's noun hierarchy: a noun is a kind
of the asked noun when one of its first two senses has, among its hypernyms (instances'
too, followed to the top), one of the asked noun's first two senses. "cholera" is a kind of
disease, "volleyball" of sport, "German" of language, "Rhine" of river.

The asked nouns are the list [kind nouns] of Sources/AnnalsAsk/Resources/answer-words.txt;
the nouns come from Debian's wordnet-base (scripts/prerequisites --training installs it).
Nothing is fetched from the network.

    scripts/noun-kinds.py > Sources/AnnalsAsk/Resources/noun-kinds.txt
"""
import re
import sys

WORDNET = "/usr/share/wordnet"
WORDS = "Sources/AnnalsAsk/Resources/answer-words.txt"


def kind_nouns(path):
    """The nouns of the [kind nouns] list, in order."""
    nouns, inside = [], False
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line.startswith("["):
            inside = line == "[kind nouns]"
        elif inside and line:
            nouns += [word.strip() for word in line.split(",") if word.strip()]
    # (Each once, in its first place.)
    return list(dict.fromkeys(nouns))


def hierarchy(wordnet):
    """Each synset's hypernyms (instances' too), and each lemma's synsets in sense order."""
    up = {}
    for line in open(f"{wordnet}/data.noun", encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split(" ")
        count = int(fields[3], 16)
        at = 4 + 2 * count
        pointers = int(fields[at])
        up[fields[0]] = [fields[at + 2 + 4 * i] for i in range(pointers) if fields[at + 1 + 4 * i] in ("@", "@i")]
    senses = {}
    for line in open(f"{wordnet}/index.noun", encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split()
        pointer_kinds = int(fields[3])
        senses[fields[0]] = fields[4 + pointer_kinds + 2:]
    return up, senses


def ancestors(synsets, up):
    """Every synset above the given ones."""
    seen, todo = set(), list(synsets)
    while todo:
        synset = todo.pop()
        for parent in up.get(synset, []):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def main():
    up, senses = hierarchy(WORDNET)
    kinds = kind_nouns(WORDS)
    targets = {kind: set(senses.get(kind, [])[:2]) for kind in kinds}
    members = {kind: [] for kind in kinds}
    for lemma in sorted(senses):
        # Single words only: a phrase's head is one word.
        if not re.fullmatch(r"[a-z][a-z'-]*", lemma):
            continue
        above = ancestors(senses[lemma][:2], up)
        for kind in kinds:
            if lemma != kind and above & targets[kind]:
                members[kind].append(lemma)
    print("# Nouns that name a kind of each kind noun a question asks with, from WordNet 3.0's noun")
    print("# hierarchy (Princeton University, WordNet licence), written by scripts/noun-kinds.py:")
    print("# do not edit by hand. One section a kind noun; its members in alphabetical order.")
    for kind in kinds:
        print(f"\n[{kind}]")
        for start in range(0, len(members[kind]), 12):
            print(", ".join(members[kind][start:start + 12]))


if __name__ == "__main__":
    sys.exit(main())
