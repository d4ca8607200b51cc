#!/usr/bin/env python3
"""Coreference scored on GUM's coreference chains: MUC, B-cubed, CEAF-e and their mean
(the CoNLL F1), and how often a pronoun is given the right antecedent.

usage: python3 scripts/eval-coref.py [--annals BIN] [--gold FILE] [--genre NAME] [--baseline]

Annals runs as `annals parse --input-format conllu --coreference -` (gold tokens; tags,
trees, mentions and chains predicted) and marks Coref=N on the head word of each mention of
its entity N. Mentions are matched by their head word (the gold mention's head is its first
word whose head lies outside it), so a mention found with other edges still counts; where
gold mentions share a head, the widest is kept. Scores are given twice: with every mention
(GUM annotates entities mentioned once) and, as the CoNLL-2012 task does, with entities
mentioned once left out of both sides.

Pronouns: each gold third-person pronoun (he, she, it, they and their other cases) whose
entity was mentioned before is right when Annals puts it with an earlier mention of that
entity; "to a name" asks the same of the nearest earlier proper name Annals gives it, for
pronouns whose entity was named before (what the record's claims read).

--genre bio (or news, academic, …) keeps the documents of one GUM genre (GUM_<genre>_…).

--baseline scores a simple reader beside it (on the gold tags and trees, so it is favoured): each pronoun joins the nearest earlier mention
of the same gender and number, each name or noun the latest mention with the same words.
"""
import argparse
import os
import subprocess
import sys

from conllu_documents import mentions, read

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.normpath(os.path.join(ROOT, "..", "shared", "external", "ud", "en_gum-ud-test.conllu"))
THIRD = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f",
         "it": "n", "its": "n", "itself": "n", "they": "p", "them": "p", "their": "p", "theirs": "p", "themselves": "p"}


def misc(cols, key):
    return next((part[len(key) + 1:] for part in cols[9].split("|") if part.startswith(key + "=")), None)


def gold_chains(document):
    """{entity: set of (sentence, head word)}, from the Entity= brackets."""
    chains, taken = {}, set()
    for s, sentence in enumerate(document):
        spans = [(first, last, entity) for first, last, _, _, entity in mentions(sentence)]
        for first, last, ident in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
            head = next(k for k in range(first, last + 1)
                        if not sentence[k][6].isdigit() or int(sentence[k][6]) == 0 or not first <= int(sentence[k][6]) - 1 <= last)
            if (s, head) not in taken:
                taken.add((s, head))
                chains.setdefault(ident, set()).add((s, head))
    return chains


def annals_chains(binary, documents_text):
    out = subprocess.run([binary, "parse", "--input-format", "conllu", "--coreference", "-"], input=documents_text.encode(),
                         capture_output=True, check=True).stdout.decode()
    found = []
    for document in read(out):
        chains = {}
        for s, sentence in enumerate(document):
            for k, cols in enumerate(sentence):
                entity = misc(cols, "Coref")
                if entity:
                    chains.setdefault(entity, set()).add((s, k))
        found.append(chains)
    return found


def baseline_chains(document):
    """Nearest earlier mention of the same gender and number for a pronoun; same words for the rest."""
    mentions = []
    for s, sentence in enumerate(document):
        for k, cols in enumerate(sentence):
            form, upos, rel = cols[1].lower(), cols[3], cols[7].split(":")[0]
            if upos == "PRON" and form in THIRD:
                mentions.append((s, k, "pron", THIRD[form]))
            elif upos in ("PROPN", "NOUN") and rel not in ("compound", "flat", "fixed"):
                gender = "p" if "Number=Plur" in cols[5] else "u"
                mentions.append((s, k, cols[2].lower(), gender))
    entity_of, latest, chains = {}, {}, {}
    for n, (s, k, key, gender) in enumerate(mentions):
        target = None
        if key == "pron":
            for m in range(n - 1, max(-1, n - 30), -1):
                ms, mk, mkey, mg = mentions[m]
                if ms < s - 2:
                    break
                if mkey != "pron" and (mg == gender or (mg == "u" and gender in "mfn")):
                    target = entity_of[m]
                    break
        elif key in latest:
            target = entity_of[latest[key]]
        entity_of[n] = target if target is not None else str(n)
        latest[key] = n if key != "pron" else latest.get(key)
        chains.setdefault(entity_of[n], set()).add((s, k))
    return chains


def muc(key, response):
    def side(a, b):
        where = {m: e for e, ms in b.items() for m in ms}
        num = den = 0
        for ms in a.values():
            parts = {where.get(m, ("alone", m)) for m in ms}
            num += len(ms) - len(parts)
            den += len(ms) - 1
        return num, den
    rn, rd = side(key, response)
    pn, pd = side(response, key)
    return rn, rd, pn, pd


def b_cubed(key, response):
    def side(a, b):
        where = {m: e for e, ms in b.items() for m in ms}
        num = 0.0
        count = 0
        for ms in a.values():
            for m in ms:
                other = b.get(where.get(m), set())
                num += len(ms & other) / len(ms)
                count += 1
        return num, count
    rn, rd = side(key, response)
    pn, pd = side(response, key)
    return rn, rd, pn, pd


def ceaf_e(key, response):
    keys, resp = list(key.values()), list(response.values())
    sim = [[2 * len(k & r) / (len(k) + len(r)) for r in resp] for k in keys]
    best = assignment(sim)
    return best, len(keys), best, len(resp)


def assignment(weights):
    """The largest total weight of a one-to-one matching (Hungarian method, on the cost 1 - weight)."""
    n, m = len(weights), len(weights[0]) if weights else 0
    if n == 0 or m == 0:
        return 0.0
    size = max(n, m)
    cost = [[1.0 - (weights[i][j] if i < n and j < m else 0.0) for j in range(size)] for i in range(size)]
    u, v, match, way = [0.0] * (size + 1), [0.0] * (size + 1), [0] * (size + 1), [0] * (size + 1)
    for i in range(1, size + 1):
        match[0], j0 = i, 0
        low, used = [float("inf")] * (size + 1), [False] * (size + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], float("inf"), 0
            for j in range(1, size + 1):
                if not used[j]:
                    c = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if c < low[j]:
                        low[j], way[j] = c, j0
                    if low[j] < delta:
                        delta, j1 = low[j], j
            for j in range(size + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    low[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while True:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
            if j0 == 0:
                break
    return sum(weights[match[j] - 1][j - 1] for j in range(1, size + 1) if match[j] and match[j] - 1 < n and j - 1 < m)


def pronoun_accuracy(document, key, response):
    """(right, asked, right to a name, asked for a name) over third-person pronouns."""
    gold_of = {m: e for e, ms in key.items() for m in ms}
    found_of = {m: e for e, ms in response.items() for m in ms}
    right = asked = named_right = named_asked = 0
    for s, sentence in enumerate(document):
        for k, cols in enumerate(sentence):
            if cols[3] != "PRON" or cols[1].lower() not in THIRD or (s, k) not in gold_of:
                continue
            earlier = {m for m in key[gold_of[(s, k)]] if m < (s, k)}
            if not earlier:
                continue
            asked += 1
            mine = {m for m in response.get(found_of.get((s, k)), set()) if m < (s, k)}
            right += bool(mine & earlier)
            if any(document[m[0]][m[1]][3] == "PROPN" for m in earlier):
                named_asked += 1
                names = sorted(m for m in mine if document[m[0]][m[1]][3] == "PROPN")
                named_right += bool(names) and names[-1] in earlier
    return right, asked, named_right, named_asked


def f1(rn, rd, pn, pd):
    r, p = (rn / rd if rd else 0), (pn / pd if pd else 0)
    return 100 * r, 100 * p, (200 * p * r / (p + r) if p + r else 0)


def report(name, documents, responses):
    for label, drop in (("all mentions", False), ("without singletons", True)):
        totals = {"MUC": [0, 0, 0, 0], "B3": [0, 0, 0, 0], "CEAF-e": [0, 0, 0, 0]}
        for document, response in zip(documents, responses):
            key = gold_chains(document)
            if drop:
                key = {e: ms for e, ms in key.items() if len(ms) > 1}
                response = {e: ms for e, ms in response.items() if len(ms) > 1}
            for measure, fn in (("MUC", muc), ("B3", b_cubed), ("CEAF-e", ceaf_e)):
                for i, x in enumerate(fn(key, response)):
                    totals[measure][i] += x
        scores = {m: f1(*t) for m, t in totals.items()}
        line = "  ".join(f"{m} R {r:5.1f} P {p:5.1f} F1 {f:5.1f}" for m, (r, p, f) in scores.items())
        print(f"{name:8} {label:19} {line}  CoNLL F1 {sum(f for _, _, f in scores.values()) / 3:5.1f}")
    counts = [0, 0, 0, 0]
    for document, response in zip(documents, responses):
        for i, x in enumerate(pronoun_accuracy(document, gold_chains(document), response)):
            counts[i] += x
    print(f"{name:8} pronouns: {100 * counts[0] / max(1, counts[1]):.1f}% right ({counts[1]}), "
          f"to a name {100 * counts[2] / max(1, counts[3]):.1f}% ({counts[3]})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--annals", default=os.path.join(ROOT, ".build", "release", "annals"))
    parser.add_argument("--gold", default=GOLD)
    parser.add_argument("--genre")
    parser.add_argument("--baseline", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(args.annals):
        sys.exit(f"eval-coref.py: {args.annals} is missing (swift build -c release --product annals)")
    text = open(args.gold, encoding="utf-8").read()
    if args.genre:
        parts = text.split("# newdoc id = ")
        text = "".join("# newdoc id = " + part for part in parts[1:] if part.startswith(f"GUM_{args.genre}_"))
    documents = read(text)
    words = sum(len(s) for d in documents for s in d)
    print(f"{os.path.basename(args.gold)}: {len(documents)} documents, {words} words, "
          f"{sum(len(gold_chains(d)) for d in documents)} gold entities")
    report("Annals", documents, annals_chains(args.annals, text))
    if args.baseline:
        report("baseline", documents, [baseline_chains(d) for d in documents])


if __name__ == "__main__":
    main()
