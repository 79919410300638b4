#!/usr/bin/env bash
# Every run recorded in eval/RESULTS.md, in order. Reports land in eval/results/.
# Usage: bash eval/reproduce.sh [retrieval|embedders|calibrate|answers|all]
set -euo pipefail
cd "$(dirname "$0")/.."
. .venv/bin/activate
export HF_HUB_OFFLINE=1
out=eval/results
data=../shared/eval
mkdir -p "$out"
what="${1:-all}"

if [[ "$what" == retrieval || "$what" == all ]]; then
  for ds in squad2-dev realtimeqa-dev; do
    for r in bm25 dense llamaindex-default hybrid-norerank hybrid; do
      rag eval "$data/$ds" --retriever "$r" --retrieval-only --no-progress \
        --json "$out/$ds.retrieval.$r.json" > /dev/null
    done
    RAG_RERANK_TOP_N=20 rag eval "$data/$ds" --retriever hybrid --retrieval-only --no-progress \
      --json "$out/$ds.retrieval.hybrid-rerank20.json" > /dev/null
  done
fi

if [[ "$what" == embedders || "$what" == all ]]; then
  # The embedding model, chosen by measurement: dense retrieval alone isolates it.
  for ds in squad2-dev realtimeqa-dev; do
    for m in bge-small-en-v1.5 all-MiniLM-L6-v2; do
      RAG_EMBED_MODEL=$m rag eval "$data/$ds" --retriever dense --retrieval-only --no-progress \
        --json "$out/$ds.embedder.$m.json" > /dev/null
    done
  done
fi

if [[ "$what" == calibrate || "$what" == all ]]; then
  # Never refuse, record each question's evidence score, then choose the threshold.
  for ds in squad2-dev realtimeqa-dev; do
    RAG_REFUSAL_THRESHOLD=-1000 rag eval "$data/$ds" --no-progress \
      --json "$out/$ds.calibrate.json" > /dev/null
  done
  python -m eval.calibrate "$out/squad2-dev.calibrate.json" "$out/realtimeqa-dev.calibrate.json"
fi

if [[ "$what" == answers || "$what" == all ]]; then
  # The answerers at the calibrated threshold (rag/config.py). The local models are slow on
  # 2 cores: the first N questions of each set (N in the file names), all of the follow-ups.
  # (The extractive answerer on squad2-dev/realtimeqa-dev at the chosen threshold is read off the
  # calibration runs by eval.calibrate: refusal is a pure threshold on the recorded score.)
  rag eval eval/followup --no-progress --json "$out/followup.answers.extractive.json" > /dev/null
  local_run() {  # model, dataset dir, report name, [--limit N]
    RAG_LOCAL_MODEL=$1 rag eval "$2" --answerer local --no-progress "${@:4}" \
      --json "$out/$3.answers.local-$1.json" > /dev/null
  }
  local_run qwen2.5-coder-0.5b eval/followup followup
  local_run qwen2.5-coder-0.5b "$data/realtimeqa-dev" realtimeqa-dev.limit30 --limit 30
  local_run qwen2.5-coder-0.5b "$data/squad2-dev" squad2-dev.limit40 --limit 40
  local_run qwen2.5-coder-1.5b eval/followup followup
  local_run qwen2.5-coder-1.5b "$data/realtimeqa-dev" realtimeqa-dev.limit20 --limit 20
  local_run qwen2.5-coder-1.5b "$data/squad2-dev" squad2-dev.limit20 --limit 20
fi
