#!/usr/bin/env bash
# Start a Chroma server on 127.0.0.1 at a free port and wait for its heartbeat.
# Prints "PID URL" on stdout; stop it with `kill PID`.  Usage: scripts/chroma-server.sh DATA_DIR
set -euo pipefail
dir="${1:?usage: chroma-server.sh DATA_DIR}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$dir"
chroma run --path "$dir" --host 127.0.0.1 --port "$port" > "$dir/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  if python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/api/v2/heartbeat', timeout=1)" 2>/dev/null; then
    echo "$pid http://127.0.0.1:$port"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "chroma server exited; its log:" >&2; cat "$dir/server.log" >&2; exit 1
  fi
  sleep 0.5
done
echo "chroma server did not answer its heartbeat within 30 s; log in $dir/server.log" >&2
kill "$pid" 2>/dev/null || true
exit 1
