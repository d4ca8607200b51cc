#!/usr/bin/env python3
"""Writes, for each English word, the words a sentence may use for it where a question uses
it, from WordNet: the other words of its commonest senses ("discover": "find"; "perish":
"die") and the words derived from it or it from them ("invade": "invasion", "invader";
"decision": "decide"). A word stands beside another only where the sense they share is one
of the first senses of both, so "die" is not given "go" (which means dying only in its
fifteenth sense) and a rare word never speaks for a common one.

The words come from Debian's wordnet-base (scripts/prerequisites --training installs it).
Nothing is fetched from the network.

    scripts/related-words.py > Sources/AnnalsAsk/Resources/related-words.txt
"""
import re
import sys
from collections import defaultdict

WORDNET = "/usr/share/wordnet"
PARTS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# How many of a word's senses, first first, count as its common ones.
COMMON = {"n": 2, "v": 2, "a": 1, "r": 1}
SINGLE = re.compile(r"[a-z][a-z-]*[a-z]")


def synsets():
    """Each synset, by (part of speech, offset): its words and its pointers
    (symbol, target part, target offset, source word number, target word number)."""
    found = {}
    for part, name in PARTS.items():
        for line in open(f"{WORDNET}/data.{name}", encoding="latin-1"):
            if line.startswith("  "):
                continue
            fields = line.split(" ")
            count = int(fields[3], 16)
            words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * k]).lower() for k in range(count)]
            at = 4 + 2 * count
            pointers = []
            for k in range(int(fields[at])):
                symbol, offset, target, link = fields[at + 1 + 4 * k: at + 5 + 4 * k]
                target = "a" if target == "s" else target
                pointers.append((symbol, target, offset, int(link[:2], 16), int(link[2:], 16)))
            # (Satellite adjectives are filed with the adjectives.)
            found[(part, fields[0])] = (words, pointers)
    return found


def senses():
    """Each word's synsets in sense order, by part of speech."""
    order = {}
    for part, name in PARTS.items():
        for line in open(f"{WORDNET}/index.{name}", encoding="latin-1"):
            if line.startswith("  "):
                continue
            fields = line.split()
            kinds = int(fields[3])
            order[(part, fields[0])] = fields[4 + kinds + 2:]
    return order


def tagged():
    """How often each sense of a word was tagged in WordNet's sense-tagged texts, by
    (word, part of speech, sense number)."""
    parts = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    counts = {}
    for line in open(f"{WORDNET}/cntlist.rev", encoding="latin-1"):
        key, number, count = line.split()
        word, rest = key.split("%", 1)
        counts[(word, parts[rest[0]], int(number))] = int(count)
    return counts


def common(word, part, offset, order, counts=None):
    """Whether the synset is one of the word's common senses; with `counts`, also one the
    tagged texts use for it."""
    listed = order.get((part, word), [])[:COMMON[part]]
    if offset not in listed:
        return False
    return counts is None or counts.get((word, part, listed.index(offset) + 1), 0) > 0


def main():
    found, order, counts = synsets(), senses(), tagged()
    related = defaultdict(set)
    for (part, word), offsets in order.items():
        if not SINGLE.fullmatch(word):
            continue
        for offset in offsets[:COMMON[part]]:
            if not common(word, part, offset, order, counts):
                continue
            words, pointers = found[(part, offset)]
            for other in words:
                if other != word and SINGLE.fullmatch(other) and common(other, part, offset, order, counts):
                    related[word].add(other)
            place = words.index(word) + 1 if word in words else 0
            for symbol, target, to, source, number in pointers:
                if symbol != "+" or source not in (0, place) or number == 0:
                    continue
                other = found[(target, to)][0][number - 1]
                if other != word and SINGLE.fullmatch(other) and common(other, target, to, order):
                    related[word].add(other)
    print("# Words a sentence may use for a question's word, from WordNet 3.0 (Princeton University,")
    print("# WordNet licence): the other words of its first senses and the words derived from it, each")
    print("# only where the sense is a first one of both. Written by scripts/related-words.py: do not")
    print("# edit by hand. A line a word: the word, a colon, its related words.")
    for word in sorted(related):
        print(f"{word}: {' '.join(sorted(related[word]))}")


if __name__ == "__main__":
    sys.exit(main())
