#!/usr/bin/env python3
"""Fuzz Annals with mutated documents: every one goes through `annals ingest`, and every
read command runs over what went in. Reports crashes (a signal or an exit status other
than 0, 1 and 3), hangs (past the timeout) and the slowest commands.

  python3 scripts/fuzz.py [--count 1000] [--seed 1] [--annals .build/release/annals] [--keep DIR]

Seeds are the project's samples and, when present, ../shared/corpus; mutations flip,
insert, delete and repeat bytes, splice in markup, control characters, invalid UTF-8,
byte-order marks, extreme dates and numbers, very long words and runs without stops.
Every 100 documents go into a fresh database, so that joining names across a growing
archive (a cost of its own, measured by scripts/bench) does not swamp the run.
"""
import argparse, os, random, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SPLICES = [
    b"<p>", b"</p>", b"<h2>", b"</h2>", b"<script>x()</script>", b"<!--", b"-->", b"<![CDATA[", b"]]>", b"&amp;", b"&#0;",
    b"&#x110000;", b"<br>", b"<li>", b"<table><tr><td>", b"# ", b"## Part", b"> ", b"```", b"\n\n", b"\r\n", b"\t", b"\x00",
    b"\x1b[2J", b"\x07", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xc3", b"\xe2\x80", b"\xf0\x9f\x99\x82", b"\xe2\x80\xae",
    b"\xcc\x81", b"(", b")", b"[", b"]", b'"', b"\xe2\x80\x9c", b"\xe2\x80\x9d", b"...", b"\xe2\x80\xa6", b"Gen.", b"St.",
    b"U.S.", b"(O.S.)", b"[O.S. 25 October]", b"31 February 1917", b"in the year 99999999999", b"on 0 January 0",
    b"in 5000 BC", b"-9223372036854775808", b"1e308", b"the 1920s", b"mid-1923", b"two months later", b"at the age of 400",
    b"when he was -3", b"the following day", b"born 7 November 1879", b"He was born", b"She died", b"They married",
    b"Lev Davidovich Bronstein", b"known as", b"real name", b"not to be confused with", b"alias", b"(1879\xe2\x80\x931940)",
]


def mutate(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        kind = rng.randrange(9)
        pos = rng.randrange(len(data) + 1)
        if kind == 0 and data:                                  # flip a byte
            data[min(pos, len(data) - 1)] = rng.randrange(256)
        elif kind == 1:                                         # splice something hostile in
            data[pos:pos] = rng.choice(SPLICES)
        elif kind == 2 and data:                                # delete a run
            del data[pos:pos + rng.randint(1, 2000)]
        elif kind == 3 and data:                                # repeat a run
            run = data[pos:pos + rng.randint(1, 500)]
            data[pos:pos] = run * rng.randint(2, 50)
        elif kind == 4:                                         # a very long word
            data[pos:pos] = b"x" * rng.choice([100, 5000, 60000])
        elif kind == 5 and data:                                # take the stops out of a stretch
            end = min(len(data), pos + rng.randint(1000, 200000))
            data[pos:end] = data[pos:end].replace(b".", b" ").replace(b"\n", b" ")
        elif kind == 6:                                         # deep nesting
            depth = rng.choice([10, 1000, 20000])
            data[pos:pos] = rng.choice([b"(", b"<b>", b"[", b"\xe2\x80\x9c"]) * depth
        elif kind == 7 and data:                                # cut the document
            data = data[:pos] if rng.random() < 0.5 else data[pos:]
        else:                                                   # repeat a hostile splice many times
            data[pos:pos] = rng.choice(SPLICES) * rng.randint(10, 3000)
    return bytes(data)


def seeds():
    paths = []
    for folder in [os.path.join(ROOT, "Samples", "corpus"), os.path.join(ROOT, "..", "shared", "corpus")]:
        if os.path.isdir(folder):
            paths += [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if not n.upper().startswith("README")]
    return [(os.path.splitext(p)[1] or ".txt", open(p, "rb").read()) for p in paths]


class Runner:
    def __init__(self, annals, db, timeout):
        self.annals, self.db, self.timeout = annals, db, timeout
        self.crashes, self.hangs, self.timings, self.runs = [], [], [], 0

    def run(self, *args, label=None):
        self.runs += 1
        start = time.monotonic()
        try:
            p = subprocess.run([self.annals, args[0], "--db", self.db, *args[1:]], capture_output=True, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            self.hangs.append((label or args[0], args[1:]))
            return None
        seconds = time.monotonic() - start
        self.timings.append((seconds, label or args[0], " ".join(str(a)[:60] for a in args[1:])))
        if p.returncode not in (0, 1, 3):
            self.crashes.append((label or args[0], args[1:], p.returncode, p.stderr.decode("utf-8", "replace")[-500:]))
        return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--annals", default=os.path.join(ROOT, ".build", "release", "annals"))
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--keep")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = args.keep or tempfile.mkdtemp(prefix="annals-fuzz-")
    os.makedirs(os.path.join(work, "docs"), exist_ok=True)
    runner = Runner(args.annals, os.path.join(work, "fuzz00.sqlite"), args.timeout)
    base = seeds()
    questions = ["When was he born?", "Who was his father?", "Where did she die?", "How many children did he have?",
                 "What did he write in 1930?", "Was he exiled?", "Why did he leave?"]
    started = time.monotonic()
    for n in range(args.count):
        ext, data = rng.choice(base)
        ext = rng.choice([ext, ext, ".txt", ".md", ".html"])
        name = os.path.join(work, "docs", f"fuzz{n:04d}{ext}")
        with open(name, "wb") as f:
            f.write(mutate(data, rng))
        if n % 100 == 0:
            runner.db = os.path.join(work, f"fuzz{n // 100:02d}.sqlite")
        p = runner.run("ingest", "--quiet", name, label="ingest")
        if p is not None and p.returncode == 0:
            source = os.path.basename(name)
            for command in (["show", source, "--sentences"], ["dates", source], ["claims", source], ["diff", source]):
                runner.run(*command, label=command[0])
        if n % 50 == 49:
            for command in (["docs", "--all"], ["entities", "--limit", "20"], ["quotes", "--limit", "20"], ["conflicts", "--limit", "20"],
                            ["search", rng.choice(["Trotsky", "born", "exile*", '"in the year"', "Dorvik OR Riga", "the"])],
                            ["ask", rng.choice(questions)]):
                runner.run(*command, label=command[0])
            listed = runner.run("entities", "--json", "--limit", "5", label="entities")
            try:
                import json
                names = [e["name"] for e in json.loads(listed.stdout)["entities"]] if listed and listed.returncode == 0 else []
            except Exception:
                names = []
            for entity in names[:3]:
                for command in ("entity", "timeline", "facts"):
                    runner.run(command, entity, label=command)
            print(f"{n + 1} documents, {runner.runs} commands, {len(runner.crashes)} crashes, {len(runner.hangs)} hangs, "
                  f"{time.monotonic() - started:.0f} s", flush=True)
    runner.timings.sort(reverse=True)
    print(f"\nfuzz: {args.count} mutated documents, {runner.runs} commands, {len(runner.crashes)} crashes, {len(runner.hangs)} hangs "
          f"in {time.monotonic() - started:.0f} s (seed {args.seed})")
    by_command = {}
    for seconds, label, _ in runner.timings:
        by_command.setdefault(label, []).append(seconds)
    for label, values in sorted(by_command.items()):
        values.sort()
        print(f"  {label:10} {len(values):5} runs  median {values[len(values) // 2]:.2f} s  max {values[-1]:.2f} s")
    print("slowest:")
    for seconds, label, detail in runner.timings[:5]:
        print(f"  {seconds:6.2f} s  {label} {detail}")
    for crash in runner.crashes[:20]:
        print("CRASH", crash)
    for hang in runner.hangs[:20]:
        print("HANG", hang)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if runner.crashes or runner.hangs else 0)


if __name__ == "__main__":
    main()
