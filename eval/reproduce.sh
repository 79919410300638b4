#!/usr/bin/env bash
# Every run recorded in eval/RESULTS.md, in order. Reports land in eval/results/.
# Usage: bash eval/reproduce.sh [retrieval|embedders|calibrate|answers|judge|verifier|all]
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
  # Answerers compared at every threshold (python -m eval.answerers): each runs once with refusal
  # on evidence switched off; refusing below t is then computed, as in calibration. The extractive
  # runs are the calibration runs above, plus the follow-up set.
  RAG_REFUSAL_THRESHOLD=-1000 rag eval eval/followup --no-progress \
    --json "$out/followup.calibrate.json" > /dev/null
  model_run() {  # model, dataset dir, report name, [--limit N]
    RAG_REFUSAL_THRESHOLD=-1000 RAG_LOCAL_MODEL=$1 rag eval "$2" --answerer local --no-progress \
      "${@:4}" --json "$out/$3.calibrate.local-$1.json" > /dev/null
  }
  model_run qwen2.5-coder-0.5b eval/followup followup
  model_run qwen2.5-coder-0.5b "$data/realtimeqa-dev" realtimeqa-dev
  model_run qwen2.5-coder-0.5b "$data/squad2-dev" squad2-dev
  # The 1.5B model is three times slower here: all of the follow-ups, the first N of the others.
  model_run qwen2.5-coder-1.5b eval/followup followup
  model_run qwen2.5-coder-1.5b "$data/realtimeqa-dev" realtimeqa-dev.limit30 --limit 30
  model_run qwen2.5-coder-1.5b "$data/squad2-dev" squad2-dev.limit60 --limit 60
  for m in qwen2.5-coder-0.5b; do
    python -m eval.answerers --key evidence_score \
      "$out/squad2-dev.calibrate.json" "$out/squad2-dev.calibrate.local-$m.json" \
      "$out/realtimeqa-dev.calibrate.json" "$out/realtimeqa-dev.calibrate.local-$m.json" \
      "$out/followup.calibrate.json" "$out/followup.calibrate.local-$m.json"
  done
fi

if [[ "$what" == judge || "$what" == all ]]; then
  # Section 5: never-refusing runs record the answerability signals; the calibrator is fitted on
  # them (cross-validated report, reliability plot) and written to rag/calibration.json.
  for ds in "$data/squad2-dev" "$data/realtimeqa-dev" eval/news eval/followup \
      eval/conversations eval/time; do
    RAG_REFUSAL_THRESHOLD=0 rag eval "$ds" --no-progress \
      --json "$out/$(basename "$ds").answers.never-refusing.json" > /dev/null
  done
  python -m eval.calibrate fit "$out"/*.answers.never-refusing.json --out rag/calibration.json \
    --plot "$out/reliability.png" --markdown "$out/calibration.md"
fi

if [[ "$what" == verifier || "$what" == all ]]; then
  # The model as a judge (rag/verifier.py; needs `bash scripts/setup.sh local-large`): the
  # "judge" runs again, with the verifier's reading recorded beside the other signals (they
  # replace them: the other signals are the same). Both calibrations are fitted from them.
  for ds in "$data/squad2-dev" "$data/realtimeqa-dev" eval/news eval/followup \
      eval/conversations eval/time; do
    RAG_REFUSAL_THRESHOLD=0 RAG_VERIFY_EVERY_ANSWER=true rag --verifier qwen2.5-coder-1.5b \
      eval "$ds" --no-progress \
      --json "$out/$(basename "$ds").answers.never-refusing.json" > /dev/null
  done
  python -m eval.calibrate fit "$out"/*.answers.never-refusing.json --out rag/calibration.json \
    --plot "$out/reliability.png" --markdown "$out/calibration.md" --held-out "$out/held-out"
  python -m eval.calibrate fit --verifier "$out"/*.answers.never-refusing.json \
    --out rag/calibration-verified.json --held-out "$out/held-out-verified" \
    --plot "$out/reliability-verified.png" --markdown "$out/calibration-verified.md"
fi
