#!/usr/bin/env python3
"""API fuzzing: Schemathesis over /api/openapi.json of a running `tandem serve`, signed in.

For each backend asked for (--backends sqlite,postgres; PostgreSQL in a fresh database created
for the run on the --postgres-url server and dropped afterwards), loads the demo (several
organisations with people and tandems), starts the server on a loopback port and signs in as the
organisation admins of two organisations and as the alliance admin — each with the TOTP second
factor that admins must use, set up at this first log-in and computed here from the secret
(RFC 6238, a few lines of hmac). Schemathesis then runs with three checks:

  * not_a_server_error — no 5xx, whatever is sent;
  * response_schema_conformance — every answer matches the OpenAPI document;
  * object_level_authorization — an object one organisation's admin read or created is not
    readable by the other's (the two admins are Web Fuzzing Commons peers).

The first admin is tried first for every operation, so the organisation admin's operations
(creating and changing programmes, besides everything a coordinator does) are fuzzed rather than
refused; the alliance-only statistics are reached as the alliance admin.

Bounded: --max-examples cases per operation and phase, and --max-time seconds per backend.
Prints the case count per backend and closes with 'api-fuzz: N passed, N failed', one test per
backend, so .ci/run can add it up.

    python3 scripts/api-fuzz.py --binary target/debug/tandem --st target/fuzz-venv/bin/st \
        [--backends sqlite,postgres --postgres-url postgres://postgres@127.0.0.1:5432/test]
"""

import argparse
import base64
import hashlib
import hmac
import html
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import struct
import time
import urllib.parse
import uuid

PASSWORD = "api-fuzz-demo-password-1"
# Two demo organisations' admins (crates/cli/src/demo.rs): the peers, first one tried first.
PEERS = {
    "hannover": "admin@swaf-hannover.demo.tandem.test",
    "osnabrueck": "admin@exil-osnabrueck.demo.tandem.test",
}
# Tried after the peers, for the operations only the alliance may use.
ALLIANCE = {"alliance": "alliance@demo.tandem.test"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(port, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with {process.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/health")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit("the server did not become healthy")


def totp(secret_base32, at=None):
    """The current RFC 6238 code (SHA-1, 30 s steps, 6 digits) of a Base32 secret."""
    secret = secret_base32.replace(" ", "").upper()
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    step = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, struct.pack(">q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    binary = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{binary % 1_000_000:06d}"


def request(port, method, path, body=None, cookie=None):
    headers = {}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        body = urllib.parse.urlencode(body)
    if cookie:
        headers["Cookie"] = cookie
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(method, path, body, headers)
    response = connection.getresponse()
    text = response.read().decode("utf-8", errors="replace")
    cookies = {}
    for name, value in response.getheaders():
        if name.lower() == "set-cookie":
            pair = value.split(";", 1)[0]
            cookies[pair.split("=", 1)[0]] = pair
    return response.status, text, cookies


def login(port, email):
    """Signs in through the log-in form, with the second factor when the account needs one (an
    admin's first log-in sets it up with the secret the page shows), and returns the `Cookie`
    header value of the session."""
    status, _, cookies = request(port, "POST", "/login", {"email": email, "password": PASSWORD})
    if "tandem_session" in cookies:
        return cookies["tandem_session"]
    if "tandem_login" not in cookies:
        raise SystemExit(f"log-in of {email} failed with {status}")
    challenge = cookies["tandem_login"]
    _, page, _ = request(port, "GET", "/login/code", cookie=challenge)
    shown = re.search(r"<code>([A-Z2-7 ]+)</code>", page)
    if not shown:
        raise SystemExit(f"no second-factor secret shown to {email} at set-up")
    secret = html.unescape(shown.group(1))
    status, _, cookies = request(port, "POST", "/login/code", {"code": totp(secret)}, cookie=challenge)
    if "tandem_session" not in cookies:
        raise SystemExit(f"the second factor of {email} was refused ({status})")
    return cookies["tandem_session"]


def psql(admin_url, statement):
    subprocess.run(["psql", admin_url, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", statement],
                   check=True, stdout=subprocess.DEVNULL)


def database_url(admin_url, name):
    """The admin URL with its database replaced by `name`."""
    parsed = urllib.parse.urlsplit(admin_url)
    return urllib.parse.urlunsplit(parsed._replace(path="/" + name))


def fuzz(args, backend, workdir):
    """One backend: demo data, server, sign-ins, Schemathesis. Returns (ok, cases)."""
    os.makedirs(workdir, exist_ok=True)
    scratch_database = None
    if backend == "postgres":
        scratch_database = f"tandem_fuzz_{uuid.uuid4().hex}"
        psql(args.postgres_url, f"CREATE DATABASE {scratch_database}")
        database = database_url(args.postgres_url, scratch_database)
    else:
        database = f"sqlite://{workdir}/fuzz.db"
    # The data key file lands in the working directory (PostgreSQL) or next to the SQLite file.
    env = dict(os.environ, TANDEM_DEMO_PASSWORD=PASSWORD, RUST_LOG="warn")
    env.pop("TANDEM_DATA_KEY", None)
    run = None
    try:
        subprocess.run(
            [args.binary, "demo", "--database", database],
            env=env, check=True, stdout=subprocess.DEVNULL, cwd=workdir,
        )
        port = free_port()
        log = open(os.path.join(workdir, "server.log"), "wb")
        server = subprocess.Popen(
            [args.binary, "serve", "--database", database, "--port", str(port),
             "--mail-dir", os.path.join(workdir, "mail")],
            env=env, stdout=log, stderr=subprocess.STDOUT, cwd=workdir,
        )
        try:
            wait_healthy(port, server)
            users = {**PEERS, **ALLIANCE}
            auth = {
                "auth": [
                    {"name": name, "fixedHeaders": [{"name": "Cookie", "value": login(port, email)}]}
                    for name, email in users.items()
                ]
            }
            auth_path = os.path.join(workdir, "wfc-auth.json")
            with open(auth_path, "w", encoding="utf-8") as f:
                json.dump(auth, f)
            config_path = os.path.join(workdir, "schemathesis.toml")
            with open(config_path, "w", encoding="utf-8") as f:
                f.write(
                    "[auth.wfc]\n"
                    f'path = "{auth_path}"\n'
                    f"peers = {json.dumps(list(PEERS))}\n"
                )
            command = [
                os.path.abspath(args.st), "--config-file", config_path, "run",
                f"http://127.0.0.1:{port}/api/openapi.json",
                "--checks", "not_a_server_error,response_schema_conformance,object_level_authorization",
                "--max-examples", str(args.max_examples),
                "--max-time", str(args.max_time),
                "--workers", "2",
                "--request-timeout", "30",
                "--continue-on-failure",
                "--no-color",
            ]
            print(f"[{backend}] $", " ".join(command), flush=True)
            run = subprocess.run(command, cwd=workdir, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True)
            print(run.stdout, flush=True)
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
            log.close()
    finally:
        if scratch_database:
            try:
                psql(args.postgres_url, f"DROP DATABASE IF EXISTS {scratch_database} WITH (FORCE)")
            except subprocess.CalledProcessError:
                print(f"[{backend}] could not drop the scratch database {scratch_database}")
    server_errors = sum(
        1 for line in open(os.path.join(workdir, "server.log"), encoding="utf-8", errors="replace")
        if "internal error" in line or "panicked" in line
    )
    cases = re.search(r"(\d+) generated", run.stdout)
    count = cases.group(1) if cases else "?"
    print(f"[{backend}] schemathesis exit status {run.returncode}; {count} cases generated; "
          f"{server_errors} internal errors or panics in the server log", flush=True)
    return run.returncode == 0 and server_errors == 0, count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--st", required=True, help="the schemathesis command")
    parser.add_argument("--max-examples", type=int, default=25)
    parser.add_argument("--max-time", type=int, default=240, help="seconds per backend")
    parser.add_argument("--backends", default="sqlite", help="comma-separated: sqlite,postgres")
    parser.add_argument("--postgres-url", default=os.environ.get(
        "TANDEM_TEST_POSTGRES", "postgres://postgres@127.0.0.1:5432/test"),
        help="a server where a scratch database may be created")
    parser.add_argument("--workdir")
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)

    workdir = args.workdir or tempfile.mkdtemp(prefix="tandem-api-fuzz-")
    results = {}
    for backend in [name.strip() for name in args.backends.split(",") if name.strip()]:
        if backend not in ("sqlite", "postgres"):
            raise SystemExit(f"unknown backend {backend}")
        try:
            results[backend] = fuzz(args, backend, os.path.join(workdir, backend))
        except (SystemExit, subprocess.CalledProcessError, OSError) as error:
            print(f"[{backend}] could not run: {error}", flush=True)
            results[backend] = (False, "?")
    for backend, (ok, cases) in results.items():
        print(f"api-fuzz {backend}: {cases} cases, {'passed' if ok else 'FAILED'}")
    passed = sum(1 for ok, _ in results.values() if ok)
    failed = len(results) - passed
    if not args.workdir and failed == 0:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        print(f"work files kept in {workdir}")
    print(f"api-fuzz: {passed} passed, {failed} failed")
    return 0 if failed == 0 and results else 1


if __name__ == "__main__":
    sys.exit(main())
