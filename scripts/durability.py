#!/usr/bin/env python3
"""Durability under faults: acknowledged writes survive SIGKILL, and SIGTERM stops cleanly.

Many clients register people through the public registration form of a running `tandem serve`
while the server is killed with SIGKILL at random moments and restarted. The e-mail address is
each write's idempotency key: a request whose answer was lost is sent again, and the
programme's unique index on the e-mail turns a repeat into "already registered" instead of a
second row. A client writes an address into its ledger only when the server acknowledged it
(303 to the thank-you page, or "already registered" on a repeat). Afterwards:

  * every acknowledged address is in the database (0 missing),
  * no address is there twice (0 duplicates),
  * the database is sound (SQLite: PRAGMA integrity_check; PostgreSQL: the tables answer),
  * SIGTERM under load ends the server within 10 s with exit status 0, and every request that
    got an answer before it stopped is in the database.

Only loopback addresses are used; every loop is bounded in count and time.

    python3 scripts/durability.py --binary target/debug/tandem                  # CI size
    python3 scripts/durability.py --binary target/release/tandem --clients 64 --kills 20 \
        --writes 40 --backend postgres --postgres-url postgres://postgres@127.0.0.1:5432/test
"""

import argparse
import http.client
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid

ALREADY = "already registered"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One `tandem serve` process at a time, on a fixed loopback port."""

    def __init__(self, binary, url, port, workdir):
        self.binary, self.url, self.port, self.workdir = binary, url, port, workdir
        self.process = None
        self.starts = 0

    def start(self):
        log = open(os.path.join(self.workdir, f"server-{self.starts}.log"), "wb")
        self.starts += 1
        self.process = subprocess.Popen(
            [self.binary, "serve", "--database", self.url, "--port", str(self.port),
             "--mail-dir", os.path.join(self.workdir, "mail")],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            # The data key file (PostgreSQL: tandem-data.key in the working directory) stays
            # in the scratch folder.
            cwd=self.workdir,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the server exited at start; see {log.name}")
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/health")
                if connection.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.05)
        raise SystemExit("the server did not answer /health within 60 s")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def terminate(self):
        """SIGTERM; returns (seconds until exit, exit status)."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            status = self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            status = self.process.wait()
        return time.monotonic() - started, status


def register(port, programme, email, timeout=10):
    """One registration; returns 'ok', 'already', or raises OSError/HTTPException when the
    answer is lost (the server died or refused the connection)."""
    body = urllib.parse.urlencode({
        "side": "mentee", "first_name": "Durable", "last_name": email.split("@")[0],
        "email": email, "postal_code": "30159", "language_0": "de", "level_0": "B1",
        "birth_year": "1990", "consent": "yes",
    })
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("POST", f"/programmes/{programme}/register?lang=en", body,
                           {"Content-Type": "application/x-www-form-urlencoded"})
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
    finally:
        connection.close()
    if response.status == 303:
        return "ok"
    if ALREADY in text:
        return "already"
    raise RuntimeError(f"unexpected answer {response.status} for {email}: {text[:300]}")


class Database:
    def __init__(self, backend, url, path):
        self.backend, self.url, self.path = backend, url, path

    def query(self, sql):
        if self.backend == "sqlite":
            connection = sqlite3.connect(self.path, timeout=30)
            try:
                return connection.execute(sql).fetchall()
            finally:
                connection.close()
        out = subprocess.run(["psql", self.url, "-At", "-F", "\t", "-c", sql],
                             check=True, capture_output=True, text=True).stdout
        return [tuple(line.split("\t")) for line in out.splitlines() if line]

    def execute(self, sql):
        if self.backend == "sqlite":
            connection = sqlite3.connect(self.path, timeout=30)
            try:
                connection.execute(sql)
                connection.commit()
            finally:
                connection.close()
        else:
            subprocess.run(["psql", self.url, "-v", "ON_ERROR_STOP=1", "-c", sql],
                           check=True, capture_output=True)

    def integrity(self):
        if self.backend == "sqlite":
            return self.query("PRAGMA integrity_check")[0][0]
        self.query("SELECT COUNT(*) FROM people")
        return "ok"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--postgres-url", default=os.environ.get("TANDEM_TEST_POSTGRES",
                                                                "postgres://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--writes", type=int, default=12,
                        help="registrations per client at least (more while kills go on)")
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--max-seconds", type=float, default=600)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    print(f"durability: {args.backend}, {args.clients} clients x {args.writes} writes, "
          f"{args.kills} kills, seed {seed}", flush=True)

    workdir = tempfile.mkdtemp(prefix="tandem-durability-")
    admin_url, database_name = args.postgres_url, None
    if args.backend == "sqlite":
        path = os.path.join(workdir, "tandem.db")
        url = f"sqlite://{path}"
    else:
        path = None
        database_name = f"tandem_durability_{uuid.uuid4().hex[:12]}"
        subprocess.run(["psql", admin_url, "-c", f"CREATE DATABASE {database_name}"],
                       check=True, capture_output=True)
        url = admin_url.rsplit("/", 1)[0] + "/" + database_name
    database = Database(args.backend, url, path)
    failures = []
    try:
        # A schema and one published programme, written directly: the test needs nothing else.
        subprocess.run([args.binary, "migrate", "--database", url], check=True,
                       capture_output=True)
        organisation, programme = str(uuid.uuid4()), str(uuid.uuid4())
        database.execute(
            "INSERT INTO organisations (id, name, city, created_at) "
            f"VALUES ('{organisation}', 'Durability e.V.', 'Hannover', 0)")
        database.execute(
            "INSERT INTO programmes (id, organisation_id, name, kind, description, region, "
            "languages, planned_duration_months, mentor_capacity, published, created_at, "
            f"updated_at) VALUES ('{programme}', '{organisation}', 'Durability', 'buddy', '', "
            "'online', 'de', 6, 1, TRUE, 0, 0)")
        before = int(database.query("SELECT COUNT(*) FROM people")[0][0])

        server = Server(args.binary, url, free_port(), workdir)
        server.start()
        deadline = time.monotonic() + args.max_seconds
        ledgers = [[] for _ in range(args.clients)]
        errors = []
        retries = [0]
        repeats = [0]
        lock = threading.Lock()

        kills_over = threading.Event()

        def client(index):
            # At least --writes each, and on until the last kill and restart are behind us.
            number = 0
            while (number < args.writes or not kills_over.is_set()) and time.monotonic() < deadline:
                email = f"durable-{index}-{number}@example.org"
                number += 1
                while time.monotonic() < deadline:
                    try:
                        if register(server.port, programme, email) == "already":
                            with lock:
                                repeats[0] += 1
                        ledgers[index].append(email)
                        break
                    except (OSError, http.client.HTTPException):
                        with lock:
                            retries[0] += 1
                        time.sleep(0.05)
                    except RuntimeError as error:
                        errors.append(str(error))
                        return

        threads = [threading.Thread(target=client, args=(i,), daemon=True)
                   for i in range(args.clients)]
        for thread in threads:
            thread.start()
        for _ in range(args.kills):
            time.sleep(rng.uniform(0.2, 1.5))
            server.kill()
            server.start()
        kills_done = server.starts - 1
        kills_over.set()
        for thread in threads:
            thread.join(timeout=max(1.0, deadline - time.monotonic()))
        if any(thread.is_alive() for thread in threads):
            failures.append("clients did not finish within --max-seconds")
        if errors:
            failures.append(f"{len(errors)} unexpected answers, first: {errors[0]}")

        # SIGTERM under load: clients keep writing while the server is asked to stop.
        term_ledger, term_errors = [], []

        def term_client(index):
            for number in range(10_000):
                email = f"term-{index}-{number}@example.org"
                try:
                    register(server.port, programme, email, timeout=15)
                    term_ledger.append(email)
                except (OSError, http.client.HTTPException):
                    return  # refused after the stop: fine, it was never acknowledged
                except RuntimeError as error:
                    term_errors.append(str(error))
                    return

        term_threads = [threading.Thread(target=term_client, args=(i,), daemon=True)
                        for i in range(min(args.clients, 16))]
        for thread in term_threads:
            thread.start()
        time.sleep(0.5)
        seconds, status = server.terminate()
        for thread in term_threads:
            thread.join(timeout=20)
        if seconds > 10:
            failures.append(f"SIGTERM took {seconds:.1f} s (limit 10 s)")
        if status != 0:
            failures.append(f"after SIGTERM the server exited with status {status}")
        if term_errors:
            failures.append(f"under SIGTERM: {term_errors[0]}")

        acknowledged = [email for ledger in ledgers for email in ledger] + term_ledger
        rows = database.query(
            f"SELECT email, COUNT(*) FROM people WHERE programme_id = '{programme}' "
            "AND (email LIKE 'durable-%' OR email LIKE 'term-%') GROUP BY email")
        stored = {email: int(count) for email, count in rows}
        missing = [email for email in acknowledged if email not in stored]
        duplicates = [email for email, count in stored.items() if count > 1]
        integrity = database.integrity()
        after = int(database.query("SELECT COUNT(*) FROM people")[0][0])
        print(f"kills: {kills_done}, lost answers retried: {retries[0]}, "
              f"of them already stored: {repeats[0]}, "
              f"acknowledged: {len(acknowledged)} ({len(term_ledger)} during SIGTERM), "
              f"stored: {len(stored)}, people before/after: {before}/{after}", flush=True)
        print(f"missing: {len(missing)}, duplicates: {len(duplicates)}, integrity: {integrity}, "
              f"SIGTERM: {seconds:.2f} s, exit {status}", flush=True)
        if missing:
            failures.append(f"{len(missing)} acknowledged writes missing, e.g. {missing[:3]}")
        if duplicates:
            failures.append(f"{len(duplicates)} duplicates, e.g. {duplicates[:3]}")
        if integrity != "ok":
            failures.append(f"integrity check: {integrity}")
        if kills_done < args.kills:
            failures.append(f"only {kills_done} of {args.kills} kills happened (writes ended first)")
    finally:
        if database_name:
            subprocess.run(["psql", admin_url, "-c",
                            f"DROP DATABASE IF EXISTS {database_name} WITH (FORCE)"],
                           capture_output=True)
        if not failures:
            shutil.rmtree(workdir, ignore_errors=True)
    checks = 5
    for failure in failures:
        print(f"FAILED: {failure}", flush=True)
    if failures:
        print(f"logs kept in {workdir}")
    print(f"durability {args.backend}: {checks - min(len(failures), checks)} passed, "
          f"{min(len(failures), checks)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
