#!/usr/bin/env python3
"""Hold N half-open connections to `annals serve` (connected, never sending a request,
reopened as the server closes them) from several processes, and time /healthz from a
separate client meanwhile.

  python3 scripts/attack-connections.py [--connections 20000] [--seconds 60] [--annals .build/release/annals]
"""
import argparse, multiprocessing, os, resource, selectors, socket, statistics, subprocess, sys, tempfile, time, http.client

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def hold(port, count, seconds, opened):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    selector = selectors.DefaultSelector()
    sockets = set()
    deadline = time.monotonic() + seconds

    def open_one():
        s = socket.socket()
        s.setblocking(False)
        try:
            s.connect_ex(("127.0.0.1", port))
        except OSError:
            s.close()
            return
        sockets.add(s)
        selector.register(s, selectors.EVENT_READ)

    while time.monotonic() < deadline:
        while len(sockets) < count:
            before = len(sockets)
            open_one()
            if len(sockets) == before:
                break
        with opened.get_lock():
            opened.value = max(opened.value, len(sockets))
        for key, _ in selector.select(timeout=0.2):
            s = key.fileobj
            try:
                data = s.recv(1024)
            except OSError:
                data = b""
            if not data:                     # closed by the server: open another
                selector.unregister(s)
                sockets.discard(s)
                s.close()
    for s in sockets:
        s.close()


def healthz(port):
    start = time.monotonic()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/healthz")
        ok = conn.getresponse().status == 200
        conn.close()
    except Exception:
        ok = False
    return ok, time.monotonic() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--annals", default=os.path.join(ROOT, ".build", "release", "annals"))
    ap.add_argument("--connections", type=int, default=20000)
    ap.add_argument("--processes", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=60)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="annals-conn-")
    db = os.path.join(work, "room.sqlite")
    samples = sorted(os.path.join(ROOT, "Samples", "corpus", n) for n in os.listdir(os.path.join(ROOT, "Samples", "corpus")))
    subprocess.run([args.annals, "ingest", "--quiet", "--db", db, *samples], check=True)
    server = subprocess.Popen([args.annals, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    port = int(server.stdout.readline().split("127.0.0.1:")[1].split("/")[0])
    baseline = [healthz(port)[1] for _ in range(20)]
    opened = multiprocessing.Value("i", 0)
    workers = [multiprocessing.Process(target=hold, args=(port, args.connections // args.processes, args.seconds, opened)) for _ in range(args.processes)]
    for w in workers:
        w.start()
    time.sleep(2)
    samples_ok, latencies, failures = 0, [], 0
    end = time.monotonic() + args.seconds - 4
    most_fds = 0
    while time.monotonic() < end:
        try:
            most_fds = max(most_fds, len(os.listdir(f"/proc/{server.pid}/fd")))
        except OSError:
            pass
        ok, seconds = healthz(port)
        if ok:
            latencies.append(seconds)
        else:
            failures += 1
        time.sleep(0.25)
    for w in workers:
        w.join()
    alive = healthz(port)[0]
    server.terminate()
    server.wait()
    q = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else [0] * 99
    print(f"half-open connections: {args.connections} attempted by {args.processes} processes for {args.seconds:.0f} s, "
          f"at most {opened.value} open in one process; the server held at most {most_fds} descriptors")
    print(f"/healthz before: median {statistics.median(baseline) * 1000:.1f} ms")
    print(f"/healthz during: {len(latencies)} answered, {failures} failed; median {statistics.median(latencies) * 1000:.1f} ms, "
          f"p90 {q[89] * 1000:.1f} ms, p99 {q[98] * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms" if latencies else f"/healthz during: none answered, {failures} failed")
    print(f"/healthz after: {'answered' if alive else 'NOT ANSWERED'}")


if __name__ == "__main__":
    main()
