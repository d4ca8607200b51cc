#!/usr/bin/env python3
"""WikiWars scored as ../shared/eval/wikiwars.py scores it, with one difference of notation:
a span Annals reads as one interval ("1915-17", "6-7 January 1916", "from May to October 1918")
is handed to the scorer as its two written ends ("1915" = 1915, "17" = 1917), which is how
TIMEX2 marks a range. Annals' record keeps the span as one interval; this mapping lives in
the scorer, as `annals dates --json` gives each span's `ends` with their dates.

  python3 scripts/eval-wikiwars.py [ANNALS_BINARY] [--details] [--json FILE] ...

Takes the shared scorer's arguments; prints its report (with the mapping) and its last line.
"""
import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORER = os.path.join(os.path.dirname(ROOT), "shared", "eval", "wikiwars.py")

spec = importlib.util.spec_from_file_location("wikiwars", SCORER)
wikiwars = importlib.util.module_from_spec(spec)
spec.loader.exec_module(wikiwars)
shared_run = wikiwars.run_annals


def run_with_ends(binary, name, text, workdir):
    """The shared scorer's `dates --json` list, each span with written ends replaced by its ends."""
    out = []
    for r in shared_run(binary, name, text, workdir):
        ends = r.get("ends") or []
        if len(ends) == 2 and all(e.get("date") for e in ends):
            out += [dict(r, start=e["start"], end=e["end"], text=e["text"], date=e["date"], ends=None) for e in ends]
        else:
            out.append(r)
    return out


wikiwars.run_annals = run_with_ends
print("(ranges scored as their two written ends, as TIMEX2 marks them: scripts/eval-wikiwars.py)")
wikiwars.main()
