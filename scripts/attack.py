#!/usr/bin/env python3
"""Replay the hardening issue's attack list against `annals serve` on loopback and say
what each one got: status, time, bytes, and whether the room still answers /healthz.

  python3 scripts/attack.py [--annals .build/release/annals] [--db DB]

Without --db it ingests ../shared/corpus and ../shared/corpus-unseen (else the samples)
into a temporary database. Uploads are allowed with a generated token.
"""
import argparse, glob, http.client, os, socket, subprocess, sys, tempfile, threading, time, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TOKEN = "attack-replay-token-0123456789"


def request(port, method, path, body=None, headers=None, timeout=60):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    start = time.monotonic()
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
        return response.status, len(data), time.monotonic() - start, dict(response.getheaders())
    except Exception as error:
        return f"error: {type(error).__name__}", 0, time.monotonic() - start, {}
    finally:
        conn.close()


def raw(port, payload, timeout=10):
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(payload)
    except OSError:
        pass
    answer = b""
    try:
        while chunk := s.recv(65536):
            answer += chunk
    except OSError:
        pass
    s.close()
    return answer.decode("latin-1")


def rss(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--annals", default=os.path.join(ROOT, ".build", "release", "annals"))
    ap.add_argument("--db")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="annals-attack-")
    db = args.db or os.path.join(work, "room.sqlite")
    if not args.db:
        files = sorted(glob.glob(os.path.join(ROOT, "..", "shared", "corpus", "*.txt")) + glob.glob(os.path.join(ROOT, "..", "shared", "corpus-unseen", "*.txt")))
        files = files or sorted(glob.glob(os.path.join(ROOT, "Samples", "corpus", "*")))
        subprocess.run([args.annals, "ingest", "--quiet", "--db", db, *files], check=True)
    server = subprocess.Popen([args.annals, "serve", "--db", db, "--port", "0", "--allow-ingest", "--token", TOKEN],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = server.stdout.readline()
    port = int(line.split("127.0.0.1:")[1].split("/")[0])
    person = urllib.parse.quote("Lenin")
    big = 9223372036854775807
    results = []

    def attack(label, method, path, expect, body=None, headers=None):
        status, size, seconds, _ = request(port, method, path, body, headers)
        health = request(port, "GET", "/healthz")[0]
        results.append((label, status, expect, size, seconds, health, rss(server.pid)))

    attack("search offset 2^63-1", "GET", f"/api/search?q=Lenin&offset={big}", 400)
    attack("timeline to=2^63-1", "GET", f"/timeline?entity={person}&to={big}", 400)
    attack("timeline people= to=2^63-1", "GET", f"/timeline?people={person}&to={big}", 400)
    attack("timeline from=-(2^63-1)", "GET", f"/timeline?entity={person}&from=-{big}", 400)
    attack("timeline from & to extreme", "GET", f"/timeline?entity={person}&from=-{big}&to={big}", 400)
    attack("timeline from=0 to=1e9", "GET", f"/timeline?entity={person}&from=0&to=1000000000", 400)
    attack("timeline widest span allowed", "GET", f"/timeline?entity={person}&from=-9999&to=9999", 200)
    terms = urllib.parse.quote(" OR ".join(["a"] * 2000))
    attack("search 2,000 OR terms", "GET", f"/api/search?q={terms}", 400)
    attack("question of 5,000 characters", "GET", "/api/ask?q=" + urllib.parse.quote("why " * 1250), 400)
    attack("upload of 11,000,000 bytes", "POST", "/api/documents?name=big.txt", 413, body=b"a" * 11_000_000,
           headers={"Authorization": f"Bearer {TOKEN}"})
    attack("HEAD /", "HEAD", "/", 200)
    attack("OPTIONS /api/documents", "OPTIONS", "/api/documents", 204)
    attack("DELETE /api/documents", "DELETE", "/api/documents", 405)
    attack("Host: evil.example", "GET", "/api/documents", 421, headers={"Host": "evil.example"})

    # A 250 KB upload with no full stop, with searches timed while it is read.
    words = open(sorted(glob.glob(os.path.join(ROOT, "Samples", "corpus", "*")))[0], encoding="utf-8").read().replace(".", " ").split()
    text = " ".join(words * (250_000 // (len(" ".join(words)) + 1) + 1))[:250_000].encode()
    latencies = []
    done = threading.Event()

    def searcher():
        while not done.is_set():
            latencies.append(request(port, "GET", "/api/search?q=Lenin")[2])
    thread = threading.Thread(target=searcher)
    thread.start()
    status, _, seconds, _ = request(port, "POST", "/api/documents?name=nostops.txt", body=text,
                                    headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"}, timeout=600)
    done.set()
    thread.join()
    results.append(("upload 250 KB without stops", status, 201, len(text), seconds, request(port, "GET", "/healthz")[0], rss(server.pid)))
    print(f"searches during that upload: {len(latencies)}, slowest {max(latencies):.2f} s")

    # Malformed requests answered before any route: the headers must still be there.
    for label, payload in [("invalid UTF-8 in the path", b"GET /\xff\xfe HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                           ("100 KB header", b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n"),
                           ("bad method", b"FOO / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")]:
        answer = raw(port, payload)
        status = answer.split(" ")[1] if answer.startswith("HTTP/") else "no answer"
        headed = "content-security-policy" in answer.lower() and "referrer-policy" in answer.lower()
        results.append((label + (" (headers present)" if headed else " (HEADERS MISSING)"), status, "4xx", len(answer), 0, request(port, "GET", "/healthz")[0], rss(server.pid)))

    # An ingest by another process is noticed.
    letter = os.path.join(work, "letter-from-tukums.txt")
    with open(letter, "w") as f:
        f.write("A Letter\n\nOsip Brandt wrote from Tukums in 1891.\n")
    subprocess.run([args.annals, "ingest", "--quiet", "--db", db, letter], check=True)
    time.sleep(0.5)
    attack("page of a document ingested by the CLI", "GET", "/documents/letter-from-tukums.txt", 200)

    # Dossiers kept: 200 requests for one dossier.
    start = time.monotonic()
    for _ in range(200):
        request(port, "GET", f"/entities/{person}")
    per_second = 200 / (time.monotonic() - start)

    server.terminate()
    server.wait()
    print(f"{'attack':45} {'status':>8} {'expected':>8} {'bytes':>10} {'seconds':>8} {'healthz':>7} {'RSS MB':>7}")
    ok = True
    for label, status, expect, size, seconds, health, memory in results:
        good = str(status) == str(expect) or (expect == "4xx" and str(status).startswith("4"))
        ok &= good and health == 200
        print(f"{label:45} {str(status):>8} {str(expect):>8} {size:>10} {seconds:>8.3f} {str(health):>7} {memory:>7}{'' if good else '  <- unexpected'}")
    print(f"dossier /entities/{person}, one client in a row: {per_second:.0f} requests/s")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
