#!/usr/bin/env bash
# One operator session, end to end, in a real terminal: a real `secproxy serve` with a
# require_approval rule, `secproxy tui` in tmux driven with send-keys, and an egress
# request through the proxy with curl:
#
#   1. the request is held          → the console shows "⚑ 1 pending"        (01-held)
#   2. `a` opens Approvals          → the detail says what is asked and why  (02-detail)
#   3. `Y` approves it always       → curl gets its answer; a rule is added  (03-approved)
#   4. the same request again       → passes at once, nothing held           (04-passes)
#
# Each step's screen is saved as text (tmux capture-pane) and as SVG (the console's own
# "Screenshot" palette command) in OUT (default: docs/screens/e2e). Exit status 0 only
# when every step did what it should.
#
#   docs/screens/console_e2e.sh [OUT]
#
# Needs tmux, curl and python3 with secproxy installed (the dev venv is used if there).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$(mkdir -p "${1:-$ROOT/docs/screens/e2e}" && cd "${1:-$ROOT/docs/screens/e2e}" && pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
[ -x "$PY" ] || PY=python3
for tool in tmux curl; do
  command -v "$tool" >/dev/null || { echo "error: $tool is needed" >&2; exit 2; }
done
WIDTH=${WIDTH:-100}
HEIGHT=${HEIGHT:-30}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sp-e2e-XXXXXX")
TMUX_SOCKET="sp-e2e-$$"
SERVE_PID=""
UPSTREAM_PID=""

cleanup() {
  tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null || true
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null || true
  [ -n "$UPSTREAM_PID" ] && kill "$UPSTREAM_PID" 2>/dev/null && wait "$UPSTREAM_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

secproxy() { "$PY" -c 'from secproxy.cli import main; main()' "$@"; }
free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
screen() { tmux -L "$TMUX_SOCKET" capture-pane -p -t e2e; }
keys() { tmux -L "$TMUX_SOCKET" send-keys -t e2e "$@"; }
step() { printf '%s\n' "-- $*"; }
fail() { echo "FAILED: $*" >&2; echo "--- screen ---" >&2; screen >&2 || true; exit 1; }

# wait_for TEXT [SECONDS]: until the console's screen shows TEXT.
wait_for() {
  local deadline=$((SECONDS + ${2:-20}))
  until screen | grep -qF -- "$1"; do
    [ $SECONDS -lt $deadline ] || fail "the console never showed: $1"
    sleep 0.2
  done
}

# wait_gone TEXT [SECONDS]: until the screen no longer shows TEXT.
wait_gone() {
  local deadline=$((SECONDS + ${2:-10}))
  while screen | grep -qF -- "$1"; do
    [ $SECONDS -lt $deadline ] || fail "the console kept showing: $1"
    sleep 0.2
  done
}

# save NAME: the screen as text, and as SVG through the palette's Screenshot command.
save() {
  sleep 0.5  # the view settles (focus, footer)
  screen > "$OUT/$1.txt"
  local before
  before=$(ls "$WORK/shots" 2>/dev/null | wc -l)
  keys C-p
  wait_for "Search for commands" 5
  keys -l "Screenshot"
  sleep 0.5
  keys Enter
  local deadline=$((SECONDS + 10))
  until [ "$(ls "$WORK/shots" 2>/dev/null | wc -l)" -gt "$before" ]; do
    [ $SECONDS -lt $deadline ] || fail "no screenshot was saved for $1"
    sleep 0.2
  done
  sleep 0.3  # the file is written whole
  mv "$(ls -t "$WORK"/shots/*.svg | head -1)" "$OUT/$1.svg"
  wait_gone "Saved screenshot" 10  # its notification would cover the next screen
  echo "   saved $OUT/$1.txt and .svg"
}

# -- an upstream and the proxy --------------------------------------------------------
mkdir -p "$WORK/www" "$WORK/shots"
echo "quarterly numbers" > "$WORK/www/report.txt"
UPSTREAM=$(free_port)
"$PY" -m http.server "$UPSTREAM" --bind 127.0.0.1 --directory "$WORK/www" \
  >"$WORK/upstream.log" 2>&1 &
UPSTREAM_PID=$!

cat > "$WORK/secproxy.yaml" <<EOF
state_dir: $WORK/state
listeners:
  egress: {host: 127.0.0.1, port: 0}
  llm: {host: 127.0.0.1, port: 0}
  ws: {host: 127.0.0.1, port: 0}
  api: {host: 127.0.0.1, port: 0}
egress:
  ssrf_allow: [127.0.0.1]      # the demo upstream is on loopback
approvals:
  timeout: 2m
rules:
  - name: reports-need-ok
    host: 127.0.0.1
    action: require_approval
    reason: reports leave only with an operator's ok
EOF
secproxy serve -c "$WORK/secproxy.yaml" >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!
step "secproxy serve (pid $SERVE_PID), upstream on 127.0.0.1:$UPSTREAM"
deadline=$((SECONDS + 30))
until EGRESS=$(secproxy status -c "$WORK/secproxy.yaml" --format json 2>/dev/null \
               | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["listeners"]["egress"])' \
               2>/dev/null); do
  [ $SECONDS -lt $deadline ] || { cat "$WORK/serve.log" >&2; fail "secproxy did not start"; }
  sleep 0.3
done
URL="http://127.0.0.1:$UPSTREAM/report.txt"

# -- the console in tmux ----------------------------------------------------------------
tmux -L "$TMUX_SOCKET" -f /dev/null new-session -d -s e2e -x "$WIDTH" -y "$HEIGHT" \
  "USER=alice XDG_DOWNLOAD_DIR='$WORK/shots' TERM=xterm-256color '$PY' -c 'from secproxy.cli import main; main()' tui -c '$WORK/secproxy.yaml'"
wait_for "attached to secproxy"
step "console attached"

# 1. held
curl -sS -m 60 -x "http://$EGRESS" "$URL" -o "$WORK/first.out" -w '%{http_code}' \
  >"$WORK/first.code" 2>"$WORK/first.err" &
CURL_PID=$!
wait_for "1 pending"
kill -0 "$CURL_PID" 2>/dev/null || fail "the request was not held"
step "1. the request is held"
save 01-held

# 2. detail
keys a
wait_for "reports-need-ok"
screen | grep -qF "GET $URL" || screen | grep -qF "GET 127.0.0.1:$UPSTREAM/report.txt" \
  || fail "the detail does not show the request"
step "2. the detail shows what is asked and why"
save 02-detail

# 3. approve always
keys Y
wait "$CURL_PID" || true
[ "$(cat "$WORK/first.code")" = "200" ] || fail "the approved request got $(cat "$WORK/first.code")"
grep -q "quarterly numbers" "$WORK/first.out" || fail "the approved request lost its body"
wait_for "approved: egress GET" 10
step "3. approved always: curl got 200, a rule was added"
save 03-approved
secproxy rules show -c "$WORK/secproxy.yaml" --format json >"$WORK/rules.json"
grep -q '"allow-127.0.0.1' "$WORK/rules.json" || fail "no allow rule was added"

# 4. the next one passes without holding
keys l
code=$(curl -sS -m 5 -x "http://$EGRESS" "$URL" -o "$WORK/second.out" -w '%{http_code}') \
  || fail "the second request did not pass within 5 s"
[ "$code" = "200" ] || fail "the second request got $code"
pending=$(secproxy approvals list -c "$WORK/secproxy.yaml" --format json | grep -c '"id"' || true)
[ "$pending" = "0" ] || fail "something is still held"
wait_for "allow-127.0.0.1" 10
step "4. the same request passes at once (rule $(grep -o '"allow-127.0.0.1[^"]*' "$WORK/rules.json" | head -1 | tr -d '"'))"
save 04-passes

keys q
echo "ok: every step passed; screens in $OUT"
