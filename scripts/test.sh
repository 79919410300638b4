#!/usr/bin/env bash
# Set up and run every check: lint, the fast offline suite, the real-model suite, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev,local
bash scripts/install-browser.sh
. .venv/bin/activate
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False HF_HUB_DISABLE_TELEMETRY=1
ruff check rag ui eval tests bench
# pytest exits 5 when no test ran; set -e turns that (and any failure) into a failed run.
python -m pytest -m "" -ra "$@"
