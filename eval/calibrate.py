"""Choose the refusal threshold from dev runs made with refusal switched off.

    RAG_REFUSAL_THRESHOLD=-1000 rag eval DATASET --json run.json   # (for each dev set)
    python -m eval.calibrate run1.json run2.json [--markdown OUT]

Each per-question record of such a run holds the best evidence score and whether the reply was
correct. Refusing every question whose score is below t turns correct/wrong replies into 0, so the
CRAG-style score at any t can be computed without asking again. The chosen t maximises the mean
of the datasets' scores (each dataset counts once, whatever its size) among the thresholds
at which every dataset's score is positive.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eval import metrics


@dataclass(frozen=True)
class Point:
    threshold: float
    crag: float
    refusal_precision: float | None
    refusal_recall: float | None
    answered: int


def at_threshold(records: Sequence[dict], threshold: float) -> Point:
    """Score one run's records as if refusal had used `threshold`."""
    outcomes = []
    refused_flags, answerable_flags = [], []
    for r in records:
        if r.get("skipped"):
            continue
        score = r.get("evidence_score")
        refused = score is None or score < threshold or r["outcome"] == "refused"
        correct = r["outcome"] == "correct"
        outcomes.append(metrics.crag_outcome(r["answerable"], refused, correct))
        refused_flags.append(refused)
        answerable_flags.append(r["answerable"])
    return Point(
        threshold=threshold,
        crag=metrics.crag_score(outcomes) or 0.0,
        refusal_precision=metrics.refusal_precision(refused_flags, answerable_flags),
        refusal_recall=metrics.refusal_recall(refused_flags, answerable_flags),
        answered=refused_flags.count(False),
    )


def outcome_counts(records: Sequence[dict], threshold: float) -> dict[str, int]:
    counts = {"correct": 0, "wrong": 0, "refused": 0}
    for r in records:
        if r.get("skipped"):
            continue
        score = r.get("evidence_score")
        refused = score is None or score < threshold or r["outcome"] == "refused"
        counts[metrics.crag_outcome(r["answerable"], refused, r["outcome"] == "correct")] += 1
    return counts


def sweep(runs: Sequence[Sequence[dict]], thresholds: Sequence[float]) -> list[list[Point]]:
    return [[at_threshold(records, t) for records in runs] for t in thresholds]


def choose(table: list[list[Point]]) -> list[Point]:
    """The row with the highest mean CRAG score over the runs, among the rows where every run
    scores above zero when there are any (a threshold that trades one dataset's wrong answers
    for another's is not wanted); the lower threshold on ties."""
    positive = [row for row in table if all(p.crag > 0 for p in row)]
    return max(
        positive or table, key=lambda row: (sum(p.crag for p in row) / len(row), -row[0].threshold)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+", type=Path)
    parser.add_argument("--markdown", type=Path)
    parser.add_argument("--at", type=float, help="also detail each run at this threshold")
    args = parser.parse_args()
    reports = [json.loads(p.read_text()) for p in args.reports]
    names = [r["dataset"]["name"] for r in reports]
    thresholds = [x / 2 for x in range(-16, 17)]  # -8.0 .. 8.0 in steps of 0.5
    table = sweep([r["per_question"] for r in reports], thresholds)
    best = choose(table)
    header = " | ".join(f"{n} CRAG | {n} refusal P/R" for n in names)
    lines = [f"| threshold | {header} | mean CRAG |", "|---" * (2 * len(names) + 2) + "|"]
    for row in table:
        mean = sum(p.crag for p in row) / len(row)
        cells = " | ".join(
            f"{p.crag:+.3f} | {_fmt(p.refusal_precision)}/{_fmt(p.refusal_recall)}" for p in row
        )
        mark = " **chosen**" if row is best else ""
        lines.append(f"| {row[0].threshold:+.1f}{mark} | {cells} | {mean:+.3f} |")
    text = "\n".join(lines)
    print(text)
    print(f"\nchosen refusal_threshold = {best[0].threshold}")
    if args.at is not None:
        print(f"\nat refusal_threshold = {args.at}:")
        print("| run | questions | answered | correct | wrong | refused | CRAG | refusal P/R |")
        print("|---|---|---|---|---|---|---|---|")
        for name, report in zip(names, reports, strict=True):
            counts = outcome_counts(report["per_question"], args.at)
            p = at_threshold(report["per_question"], args.at)
            print(
                f"| {name} | {sum(counts.values())} | {p.answered} | {counts['correct']} | "
                f"{counts['wrong']} | {counts['refused']} | {p.crag:+.3f} | "
                f"{_fmt(p.refusal_precision)}/{_fmt(p.refusal_recall)} |"
            )
    if args.markdown:
        args.markdown.write_text(text + "\n")


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


if __name__ == "__main__":
    main()
