"""Compare a model answerer with the extractive one across refusal thresholds.

    RAG_REFUSAL_THRESHOLD=0 rag eval DATASET --json extractive.json
    RAG_REFUSAL_THRESHOLD=0 rag eval DATASET --answerer local --json model.json
    python -m eval.answerers extractive.json model.json [extractive2.json model2.json ...]

Both runs never refuse on the calibrated confidence, so the CRAG-style score at any threshold t
can be read off them (as in eval.calibrate): a question whose confidence is below t would have
been refused before any model ran (`--key evidence_score` thresholds runs made before the
calibration on their best-sentence score instead). The evidence is the same in both runs (it
does not depend on the answerer), so for each question and threshold this gives three replies:

- extractive: the evidence sentences;
- model: the model's verified answer; where it declined ("the articles do not say"), the
  evidence sentences instead (`RAG_MODEL_CAN_DECLINE=false`);
- model + decline: the same, but a decline is a refusal (the default).

A model run made with declining switched on records a decline as a refusal; its `draft` says
what the model wrote. Each run is thresholded on its own evidence scores: in a conversation the
earlier answers (extractive or the model's) can make the follow-up's rewrite, and so its
evidence, differ; there the "model" column's fallback to the extractive reply is approximate.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from eval import metrics

POLICIES = ("extractive", "model", "model + decline")


def _records(path: str) -> dict[str, dict]:
    report = json.loads(Path(path).read_text())
    return {r["id"]: r for r in report["per_question"] if not r.get("skipped")}


def outcomes_at(
    extractive: dict[str, dict], model: dict[str, dict], threshold: float, key: str = "confidence"
) -> dict[str, list[metrics.Outcome]]:
    """Each policy's outcome for every question both runs answered, refusing below `threshold`."""
    out: dict[str, list[metrics.Outcome]] = {p: [] for p in POLICIES}
    refused = metrics.crag_outcome(True, True, False)
    for qid in sorted(extractive.keys() & model.keys()):
        ext, mod = extractive[qid], model[qid]
        out["extractive"].append(refused if _below(ext, threshold, key) else ext["outcome"])
        if _below(mod, threshold, key):
            out["model"].append(refused)
            out["model + decline"].append(refused)
            continue
        declined = mod["refused"]  # the run never refused on evidence: a refusal is a decline
        out["model"].append(ext["outcome"] if declined else mod["outcome"])
        out["model + decline"].append(mod["outcome"])
    return out


def _below(record: dict, threshold: float, key: str) -> bool:
    score = record.get(key)
    return score is None or score < threshold


def table(
    pairs: Sequence[tuple[str, str]], thresholds: Sequence[float], key: str = "confidence"
) -> str:
    names = [Path(e).name.split(".")[0] for e, _ in pairs]
    loaded = [(_records(e), _records(m)) for e, m in pairs]
    head = "| threshold | " + " | ".join(f"{n}: {p}" for n in names for p in POLICIES) + " |"
    lines = [head, "|" + "---|" * (1 + len(names) * len(POLICIES))]
    for t in thresholds:
        cells = []
        for ext, mod in loaded:
            per_policy = outcomes_at(ext, mod, t, key)
            cells += [f"{metrics.crag_score(per_policy[p]) or 0.0:+.3f}" for p in POLICIES]
        lines.append(f"| {t:+.2f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def summary(
    extractive_path: str, model_path: str, threshold: float, key: str = "confidence"
) -> dict:
    """Counts and CRAG per policy at one threshold, for the results table."""
    ext, mod = _records(extractive_path), _records(model_path)
    per_policy = outcomes_at(ext, mod, threshold, key)
    return {
        policy: {
            "questions": len(outcomes),
            "correct": outcomes.count("correct"),
            "wrong": outcomes.count("wrong"),
            "refused": outcomes.count("refused"),
            "crag": round(metrics.crag_score(outcomes) or 0.0, 3),
        }
        for policy, outcomes in per_policy.items()
    }


def results_row(
    extractive_path: str, model_path: str, threshold: float, key: str = "confidence"
) -> str:
    """One markdown row: CRAG per policy at `threshold` (with counts for the default policy),
    then the model run's own quality and speed (all questions, as the model answered them)."""
    report = json.loads(Path(model_path).read_text())
    got = summary(extractive_path, model_path, threshold, key)
    answer, citation = report.get("answer", {}), report.get("citation", {})
    first = report.get("latency", {}).get("first_token", {})
    chosen = got["model + decline"]
    from_name = Path(model_path).stem.split(".calibrate.")[-1].removeprefix("local-")
    model = report["run"].get("answer_model") or from_name  # runs before the field existed

    def num(value, fmt="{:.3f}"):
        return "–" if value is None else fmt.format(value)

    return (
        f"| {Path(model_path).name.split('.calibrate.')[0]} ({chosen['questions']}) "
        f"| {model} "
        f"| {got['extractive']['crag']:+.3f} | {got['model']['crag']:+.3f} "
        f"| {chosen['crag']:+.3f} ({chosen['correct']}/{chosen['wrong']}/{chosen['refused']}) "
        f"| {num(answer.get('f1'))} | {num(answer.get('contains'))} "
        f"| {num(citation.get('precision'))} "
        f"| {num(first.get('p50_ms'), '{:.0f}')} / {num(first.get('p95_ms'), '{:.0f}')} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="+", help="extractive.json model.json, per dataset")
    parser.add_argument("--at", type=float, help="counts per policy at this threshold")
    parser.add_argument("--markdown", action="store_true", help="with --at: results table rows")
    parser.add_argument("--key", choices=("confidence", "evidence_score"), default="confidence",
                        help="the per-question score refusal thresholds apply to")
    args = parser.parse_args()
    if len(args.runs) % 2:
        parser.error("give the runs in pairs: extractive.json model.json for each dataset")
    pairs = list(zip(args.runs[::2], args.runs[1::2], strict=True))
    if args.at is not None and args.markdown:
        for e, m in pairs:
            print(results_row(e, m, args.at, args.key))
        return
    if args.at is not None:
        for e, m in pairs:
            print(Path(m).name, json.dumps(summary(e, m, args.at, args.key)))
        return
    if args.key == "confidence":
        thresholds = [t / 20 for t in range(0, 21)]
    else:
        thresholds = [t / 2 for t in range(-2, 17)]
    print(table(pairs, thresholds, args.key))


if __name__ == "__main__":
    main()
