#!/usr/bin/env bash
# Browser tests: builds the binary, starts `tandem serve --demo` on a free port with a fresh SQLite
# database and mail folder, runs the tests in e2e/tests against it in headless Chromium (Debian's
# package, driven by playwright-core; accessibility by axe-core), and always stops the server.
# Screenshots of every step land in target/e2e-screenshots/ (the CI artefact folder).
#
#   bash e2e/run.sh                 # everything
#   bash e2e/run.sh tests/03-*.js   # some test files (paths relative to e2e/)
#   E2E_BINARY=path/to/tandem bash e2e/run.sh   # test a binary built elsewhere
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
e2e="$root/e2e"
shots="$root/target/e2e-screenshots"

say() { printf 'e2e: %s\n' "$*"; }

# --- Tools ----------------------------------------------------------------------------------------
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else "$@"; fi; }
if [ ! -x /usr/bin/chromium ]; then
  say "installing Chromium (Debian package)"
  log=$(mktemp)
  if ! { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium; } >"$log" 2>&1; then
    tail -n 20 "$log"; say "could not install chromium"; exit 1
  fi
  rm -f "$log"
fi
# Arabic and Persian glyphs for the screenshots (DejaVu Sans covers them).
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=ar 2>/dev/null | head -n 1)" ]; then
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq fonts-dejavu-core >/dev/null 2>&1 || true
fi
command -v node >/dev/null || { say "node (20 or newer) is needed"; exit 1; }
(cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

# --- Server ---------------------------------------------------------------------------------------
binary="${E2E_BINARY:-}"   # a tandem binary built elsewhere; otherwise it is built here
if [ -z "$binary" ]; then
  say "building tandem"
  cargo build -p tandem-cli --locked --quiet
  binary="${CARGO_TARGET_DIR:-$root/target}/debug/tandem"
fi
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
tmp=$(mktemp -d)
password="e2e-demo-password-not-secret"
server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap stop_server EXIT INT TERM

rm -rf "$shots" && mkdir -p "$shots"
say "starting the demo on 127.0.0.1:$port (database and mails in $tmp)"
TANDEM_DEMO_PASSWORD="$password" RUST_LOG="${RUST_LOG:-warn}" "$binary" serve --demo \
  --bind 127.0.0.1 --port "$port" \
  --database "sqlite://$tmp/e2e.db" --mail-dir "$tmp/mail" \
  --public-url "http://127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
server_pid=$!
healthy() { node -e "fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" "http://127.0.0.1:$port/health"; }
for _ in $(seq 240); do
  if healthy; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$tmp/server.log"; say "the server stopped"; exit 1; fi
  sleep 0.5
done
healthy || { cat "$tmp/server.log"; say "no answer on /health"; exit 1; }
grep -q "password for all: $password" "$tmp/server.log" || { cat "$tmp/server.log"; say "the demo did not load"; exit 1; }

# --- Tests ----------------------------------------------------------------------------------------
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$e2e"/tests/*.test.js)
set +e
(cd "$e2e" && E2E_BASE_URL="http://127.0.0.1:$port" E2E_MAIL_DIR="$tmp/mail" E2E_PASSWORD="$password" \
  E2E_SCREENSHOTS="$shots" node --test --test-concurrency=1 --test-reporter=spec "${files[@]}")
status=$?
set -e
if [ "$status" != 0 ]; then
  say "server log (last 40 lines):"
  tail -n 40 "$tmp/server.log"
fi
say "screenshots: $(find "$shots" -name '*.png' | wc -l) in ${shots#"$root"/}"
exit "$status"
