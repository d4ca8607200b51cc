#!/usr/bin/env python3
"""Score date extraction on the hand-annotated sample (Tests/Resources/date-annotations.jsonl)
and, side by side, Python's dateparser (search_dates) on the same text regions.

  python3 scripts/eval-dates.py [--annals BIN] [--no-dateparser]

dateparser is installed into .build-eval/venv (not a project dependency) on first use.
Precision counts the expressions a tool reports inside the annotated regions that overlap an
annotated expression; recall counts annotated expressions that some reported expression
overlaps; value accuracy is over found expressions whose value the text fixes: "exact" when
the reported value covers the same days as the annotation, "within" when the reported day
range lies inside the annotated one (the fair test for dateparser, which always returns a day).
"""
import argparse, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")


def days_in(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def bounds(value):
    """(earliest, latest) as (y, m, d) tuples for an EDTF value, or None."""
    if not value:
        return None
    value = value.split("T")[0].rstrip("~?%")  # a time of day after the day ("1918-02-18TNI") is finer than the annotations
    if "/" in value:
        a, b = value.split("/", 1)
        lo, hi = bounds(a) if a != ".." else None, bounds(b) if b != ".." else None
        if lo is None or hi is None:
            return None
        return lo[0], hi[1]
    m = re.fullmatch(r"(-?)(\d{2,4}|\d{2}XX|\d{3}X)(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    sign, year, month, day = m.groups()
    if "X" in year:
        lo_y, hi_y = int(year.replace("X", "0")), int(year.replace("X", "9"))
        return (lo_y, 1, 1), (hi_y, 12, 31)
    y = int(year) * (-1 if sign else 1)
    if day:
        return (y, int(month), int(day)), (y, int(month), int(day))
    if month:
        return (y, int(month), 1), (y, int(month), days_in(y, int(month)))
    return (y, 1, 1), (y, 12, 31)


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(name, gold, found, docs):
    """found: {doc: [(start, end, value_or_bounds)]} restricted to regions."""
    reported = sum(len(v) for v in found.values())
    matched_reports = 0
    for doc, items in found.items():
        spans = [(g["start"], g["end"]) for g in gold if g["doc"] == doc]
        matched_reports += sum(1 for s, e, _ in items if any(overlaps((s, e), span) for span in spans))
    hit = exact = within = valued = 0
    misses, wrong = [], []
    for g in gold:
        candidates = [f for f in found.get(g["doc"], []) if overlaps((f[0], f[1]), (g["start"], g["end"]))]
        if candidates:
            hit += 1
        else:
            misses.append(g)
        target = bounds(g["value"])
        if not target:
            continue
        valued += 1
        ranges = [c[2] for c in candidates if c[2]]
        if any(r == target for r in ranges):
            exact += 1
        if any(target[0] <= r[0] and r[1] <= target[1] for r in ranges):
            within += 1
        elif candidates:
            wrong.append((g, ranges))
    precision = matched_reports / reported if reported else 0
    recall = hit / len(gold)
    print(f"{name:10s} precision {precision:.3f} ({matched_reports}/{reported})  recall {recall:.3f} ({hit}/{len(gold)})  "
          f"value exact {exact / valued:.3f}  within {within / valued:.3f} ({valued} with values)")
    return misses, wrong


def run_annals(binary, files, regions):
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "eval.sqlite")
        subprocess.run([binary, "ingest", "--quiet", "--db", db] + files, check=True)
        found, extra = {}, {}
        for path in files:
            doc = os.path.basename(path)
            out = subprocess.run([binary, "dates", "--db", db, "--json", doc], check=True, capture_output=True, text=True)
            for m in json.loads(out.stdout)["dates"]:
                # The annotations mark calendar dates; lengths of time, repetitions and
                # references ("two months", "daily", "now") are outside their scheme.
                if m["kind"] in ("duration", "set", "reference"):
                    extra.setdefault(doc, []).append(m["text"])
                    continue
                if any(r["doc"] == doc and r["region"][0] <= m["start"] and m["end"] <= r["region"][1] for r in regions):
                    value = (m.get("date") or {}).get("value")
                    found.setdefault(doc, []).append((m["start"], m["end"], bounds(value)))
        print(f"(not scored: {sum(len(v) for v in extra.values())} lengths of time, repetitions and references in the documents)")
        return found


def run_dateparser(texts, regions):
    venv = os.path.join(ROOT, ".build-eval", "venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "dateparser"], check=True)
    job = json.dumps([{"doc": r["doc"], "start": r["region"][0], "text": texts[r["doc"]][r["region"][0]:r["region"][1]]} for r in regions])
    helper = r'''
import json, sys, warnings
warnings.filterwarnings("ignore")
from dateparser.search import search_dates
out = []
for region in json.loads(sys.stdin.read()):
    cursor = 0
    for phrase, when in search_dates(region["text"], languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False}) or []:
        i = region["text"].find(phrase, cursor)
        if i < 0:
            continue
        cursor = i + len(phrase)
        out.append({"doc": region["doc"], "start": region["start"] + i, "end": region["start"] + i + len(phrase),
                    "day": [when.year, when.month, when.day]})
print(json.dumps(out))
'''
    result = subprocess.run([python, "-c", helper], input=job, capture_output=True, text=True, check=True)
    found = {}
    for m in json.loads(result.stdout):
        day = tuple(m["day"])
        found.setdefault(m["doc"], []).append((m["start"], m["end"], (day, day)))
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--annals", default=next((p for p in (os.path.join(ROOT, ".build/release/annals"),
                                                              os.path.join(ROOT, ".build/debug/annals")) if os.path.exists(p)), None))
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not os.path.isdir(CORPUS):
        sys.exit("skipped: ../shared/corpus is absent")
    lines = [json.loads(l) for l in open(os.path.join(ROOT, "Tests/Resources/date-annotations.jsonl")) if l.strip()]
    regions = [l for l in lines if "region" in l]
    gold = [l for l in lines if "start" in l]
    docs = sorted({g["doc"] for g in gold})
    files = [os.path.join(CORPUS, d) for d in docs]
    texts = {d: open(os.path.join(CORPUS, d), encoding="utf-8-sig").read().replace("\r\n", "\n") for d in docs}
    print(f"{len(gold)} annotated expressions in {len(regions)} regions of {', '.join(docs)}")
    misses, wrong = score("annals", gold, run_annals(args.annals, files, regions), docs)
    if args.verbose:
        for g in misses:
            print("  missed:", repr(texts[g["doc"]][g["start"]:g["end"]]), g["value"])
        for g, ranges in wrong:
            print("  wrong value:", repr(texts[g["doc"]][g["start"]:g["end"]]), "gold", g["value"], "got", ranges)
    if not args.no_dateparser:
        score("dateparser", gold, run_dateparser(texts, regions), docs)


if __name__ == "__main__":
    main()
