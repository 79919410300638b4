#!/usr/bin/env bash
# Set up and run every check: lint, the fast offline suite, the real-model suite (with the local
# models: the 0.5B answerer and the 1.5B verifier), browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev,local-large
bash scripts/install-browser.sh
. .venv/bin/activate
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False HF_HUB_DISABLE_TELEMETRY=1
ruff check rag ui eval tests bench
# pytest exits 5 when no test ran; set -e turns that (and any failure) into a failed run.
python -m pytest -m "" -ra "$@"

# The same store-facing suites again, against a Chroma server (server mode, RAG_CHROMA_URL).
server_dir=$(mktemp -d)
read -r chroma_pid chroma_url < <(bash scripts/chroma-server.sh "$server_dir")
trap 'kill "$chroma_pid" 2>/dev/null || true; rm -rf "$server_dir"' EXIT
echo "server-mode pass against $chroma_url (pid $chroma_pid)"
RAG_TEST_CHROMA_URL="$chroma_url" python -m pytest -ra -m "not embedded_only and not browser" \
  tests/test_ingest.py tests/test_ask.py tests/test_chat.py tests/test_consistency.py \
  tests/test_ingest_sync.py tests/test_filters.py tests/test_pdf.py \
  tests/test_real_models.py
# The EXIT trap stops the server and removes its store (a clean clone's CI leaves nothing behind).
