#!/usr/bin/env python3
"""API fuzzing: Schemathesis over /api/openapi.json of a running `tandem serve`, signed in.

Loads the demo (several organisations with people and tandems) into a fresh database, starts the
server on a loopback port, signs in as the coordinators of two organisations, and runs
Schemathesis with three checks:

  * not_a_server_error — no 5xx, whatever is sent;
  * response_schema_conformance — every answer matches the OpenAPI document;
  * object_level_authorization — an object one organisation's coordinator read or created is not
    readable by the other's (the two sessions are Web Fuzzing Commons peers).

Bounded: --max-examples cases per operation and phase, and --max-time seconds in all. Prints the
case count and closes with 'N passed, N failed' (operations), so .ci/run can add it up.

    python3 scripts/api-fuzz.py --binary target/debug/tandem --st target/fuzz-venv/bin/st
"""

import argparse
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

PASSWORD = "api-fuzz-demo-password-1"
# Two demo organisations and their coordinators (crates/cli/src/demo.rs).
PEERS = {
    "hannover": "coordinator@swaf-hannover.demo.tandem.test",
    "osnabrueck": "coordinator@exil-osnabrueck.demo.tandem.test",
}


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


def login(port, email):
    """Signs in through the log-in form and returns the `Cookie` header value."""
    body = urllib.parse.urlencode({"email": email, "password": PASSWORD})
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(
        "POST", "/login", body, {"Content-Type": "application/x-www-form-urlencoded"}
    )
    response = connection.getresponse()
    response.read()
    for name, value in response.getheaders():
        if name.lower() == "set-cookie" and value.startswith("tandem_session="):
            return value.split(";", 1)[0]
    raise SystemExit(f"log-in of {email} failed with {response.status}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--st", required=True, help="the schemathesis command")
    parser.add_argument("--max-examples", type=int, default=25)
    parser.add_argument("--max-time", type=int, default=240)
    parser.add_argument("--workdir")
    args = parser.parse_args()

    workdir = args.workdir or tempfile.mkdtemp(prefix="tandem-api-fuzz-")
    os.makedirs(workdir, exist_ok=True)
    database = f"sqlite://{workdir}/fuzz.db"
    env = dict(os.environ, TANDEM_DEMO_PASSWORD=PASSWORD, RUST_LOG="warn")
    subprocess.run(
        [args.binary, "demo", "--database", database],
        env=env, check=True, stdout=subprocess.DEVNULL,
    )
    port = free_port()
    log = open(os.path.join(workdir, "server.log"), "wb")
    server = subprocess.Popen(
        [args.binary, "serve", "--database", database, "--port", str(port),
         "--mail-dir", os.path.join(workdir, "mail")],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        wait_healthy(port, server)
        auth = {
            "auth": [
                {"name": name, "fixedHeaders": [{"name": "Cookie", "value": login(port, email)}]}
                for name, email in PEERS.items()
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
        print("$", " ".join(command), flush=True)
        run = subprocess.run(command, cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        print(run.stdout, flush=True)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    server_errors = sum(
        1 for line in open(os.path.join(workdir, "server.log"), encoding="utf-8", errors="replace")
        if "internal error" in line or "panicked" in line
    )
    cases = re.search(r"(\d+) generated", run.stdout)
    print(f"schemathesis exit status {run.returncode}; {cases.group(1) if cases else '?'} cases generated; "
          f"{server_errors} internal errors or panics in the server log")
    ok = run.returncode == 0 and server_errors == 0
    if not args.workdir and ok:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        print(f"work files kept in {workdir}")
    print(f"api-fuzz: {1 if ok else 0} passed, {0 if ok else 1} failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
