#!/usr/bin/env bash
# Set up, ingest corpus/ (only what changed) and open the chat page on http://127.0.0.1:7860
# Extra arguments go to `rag serve`: e.g. `bash scripts/start.sh --port 8080`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
export HF_HUB_OFFLINE="${HF_HUB_OFFLINE:-1}" GRADIO_ANALYTICS_ENABLED=False
echo "starting the chat page (rag serve --ingest corpus/ $*)..." >&2
exec rag serve --ingest corpus/ "$@"
