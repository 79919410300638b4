"""Fit the answerability calibrator, and read refusal thresholds off never-refusing dev runs.

    RAG_REFUSAL_THRESHOLD=0 rag eval DATASET --json run.json          # for each dev set
    python -m eval.calibrate fit run1.json run2.json ... --out rag/calibration.json \
        --plot eval/results/reliability.png --markdown eval/results/calibration.md
    python -m eval.calibrate sweep run1.json ... [--key confidence] [--at 0.5]
    python -m eval.calibrate fit run1.json ... --held-out DIR    # + runs with held-out confidences
    python -m eval.calibrate table DIR/*.held-out.json --at 0.5  # results at one threshold

A never-refusing run records, per question, the signals the answerability judgement reads
(`rag.judge.signals`) and whether the reply was right (CRAG "correct"; an answer to an
unanswerable question is never right). `fit` learns P(right | signals) by logistic regression
(scikit-learn), each dataset weighted equally whatever its size, and reports it honestly:
every reported number comes from k-fold cross-validation (each question's probability from a
model that did not see it), plus leave-one-dataset-out CRAG scores (a model that saw none of
that dataset). The model written to `--out` is then fitted on all the data.

`sweep` re-scores the runs at many thresholds of one per-question key (`confidence` by default;
`evidence_score` for the old single-score rule): refusing every question below t turns its
correct/wrong reply into a refusal, so the score at any t needs no new run.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from eval import metrics
from rag.judge import Calibrator, asked_fact_missing, columns

# -- thresholds on a recorded score ----------------------------------------------------------


@dataclass(frozen=True)
class Point:
    threshold: float
    crag: float
    refusal_precision: float | None
    refusal_recall: float | None
    answered: int


def _refused(record: dict, threshold: float, key: str) -> bool:
    score = record.get(key)
    return score is None or score < threshold or record["outcome"] == "refused"


def at_threshold(records: Sequence[dict], threshold: float, key: str = "evidence_score") -> Point:
    """Score one run's records as if refusal had used `threshold` on `key`."""
    outcomes = []
    refused_flags, answerable_flags = [], []
    for r in records:
        if r.get("skipped"):
            continue
        refused = _refused(r, threshold, key)
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


def outcome_counts(
    records: Sequence[dict], threshold: float, key: str = "evidence_score"
) -> dict[str, int]:
    counts = {"correct": 0, "wrong": 0, "refused": 0}
    for r in records:
        if r.get("skipped"):
            continue
        refused = _refused(r, threshold, key)
        counts[metrics.crag_outcome(r["answerable"], refused, r["outcome"] == "correct")] += 1
    return counts


def sweep(
    runs: Sequence[Sequence[dict]], thresholds: Sequence[float], key: str = "evidence_score"
) -> list[list[Point]]:
    return [[at_threshold(records, t, key) for records in runs] for t in thresholds]


def choose(table: list[list[Point]]) -> list[Point]:
    """The row with the highest mean CRAG score over the runs, among the rows where every run
    scores above zero when there are any; the lower threshold on ties."""
    positive = [row for row in table if all(p.crag > 0 for p in row)]
    return max(
        positive or table, key=lambda row: (sum(p.crag for p in row) / len(row), -row[0].threshold)
    )


# -- the calibrator ---------------------------------------------------------------------------


def labelled(records: Sequence[dict]) -> list[tuple[dict[str, float], bool]]:
    """(signals, right) for each question a never-refusing run answered with signals.

    A question refused even so (no evidence at all) or skipped teaches nothing and is left out.
    """
    rows = []
    for r in records:
        if r.get("skipped") or not r.get("signals") or r["outcome"] == "refused":
            continue
        rows.append((r["signals"], r["answerable"] and r["outcome"] == "correct"))
    return rows


def _matrix(rows: Sequence[tuple[dict[str, float], bool]], features: Sequence[str]):
    import numpy as np

    x = np.array([[float(s.get(f, 0.0)) for f in features] for s, _ in rows], dtype=float)
    y = np.array([bool(right) for _, right in rows], dtype=int)
    return x, y


def fit_calibrator(
    rows: Sequence[tuple[dict[str, float], bool]],
    weights: Sequence[float] | None = None,
    c: float = 1.0,
    about: dict | None = None,
    verified: bool = False,
) -> Calibrator:
    """Logistic regression of `right` on standardised signals (scikit-learn, L2, C=`c`) over all
    rows, plus `Calibrator.fact_missing`: the weighted share of right answers among the rows the
    `asked_fact_missing` rule covers, with add-one (Laplace) smoothing so that a fold without
    such rows still gets a probability. The rule's rows stay in the regression's fit: left out,
    the cross-validated CRAG fell on squad2-dev (+0.028 to +0.000) and time (+0.776 to +0.755)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    weights = [1.0] * len(rows) if weights is None else list(weights)
    ruled = [asked_fact_missing(s) for s, _ in rows]
    ruled_weight = sum(w for w, r in zip(weights, ruled, strict=True) if r)
    ruled_right = sum(
        w for w, r, (_, right) in zip(weights, ruled, rows, strict=True) if r and right
    )
    fact_missing = round((ruled_right + 1.0) / (ruled_weight + 2.0), 6)
    features = columns(verified)
    if verified and any(features[-1] not in s for s, _ in rows):
        raise ValueError(
            f"a fit with the verifier needs runs made with it: some rows have no {features[-1]} "
            "(run `rag --verifier qwen2.5-coder-1.5b eval ...`)"
        )
    x, y = _matrix(rows, features)
    if len(set(y.tolist())) < 2:
        raise ValueError("calibration needs both right and wrong answers among the rows")
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit((x - means) / scales, y, sample_weight=np.asarray(weights))
    return Calibrator(
        weights={f: round(float(w), 6) for f, w in zip(features, model.coef_[0], strict=True)},
        intercept=round(float(model.intercept_[0]), 6),
        means={f: round(float(m), 6) for f, m in zip(features, means, strict=True)},
        scales={f: round(float(s), 6) for f, s in zip(features, scales, strict=True)},
        about=about or {},
        fact_missing=fact_missing,
    )


def equal_weights(sizes: Sequence[int]) -> list[float]:
    """Per-row weights so that each dataset weighs the same in total (mean weight 1)."""
    total = sum(sizes)
    return [total / (len(sizes) * n) for n in sizes for _ in range(n)]


def cross_validated(
    sets: Sequence[Sequence[tuple[dict[str, float], bool]]],
    folds: int = 5,
    seed: int = 0,
    verified: bool = False,
) -> list[list[float]]:
    """Out-of-fold probabilities: each row's from a model fitted on the other folds (folds are
    drawn within each dataset, so every fold holds some of each)."""
    import random

    rng = random.Random(seed)
    fold_of = []
    for rows in sets:
        order = list(range(len(rows)))
        rng.shuffle(order)
        fold = [0] * len(rows)
        for rank, i in enumerate(order):
            fold[i] = rank % folds
        fold_of.append(fold)
    out = [[0.0] * len(rows) for rows in sets]
    for k in range(folds):
        train = [
            [row for row, f in zip(rows, fold_of[d], strict=True) if f != k]
            for d, rows in enumerate(sets)
        ]
        model = fit_calibrator(
            [row for rows in train for row in rows],
            equal_weights([len(t) for t in train]),
            verified=verified,
        )
        for d, rows in enumerate(sets):
            for i, (signals, _) in enumerate(rows):
                if fold_of[d][i] == k:
                    out[d][i] = model.probability(signals)
    return out


def leave_one_set_out(
    sets: Sequence[Sequence[tuple[dict[str, float], bool]]], verified: bool = False
) -> list[list[float]]:
    """Each dataset's probabilities from a model fitted on the other datasets only."""
    out = []
    for d in range(len(sets)):
        others = [rows for e, rows in enumerate(sets) if e != d]
        model = fit_calibrator(
            [row for rows in others for row in rows],
            equal_weights([len(r) for r in others]),
            verified=verified,
        )
        out.append([model.probability(s) for s, _ in sets[d]])
    return out


def reliability(
    probs: Sequence[float], right: Sequence[bool], bins: int = 10
) -> list[tuple[float, float, int, float | None, float | None]]:
    """(low, high, n, mean predicted, share right) per equal-width probability bin."""
    table = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        idx = [
            i for i, p in enumerate(probs) if low <= p < high or (b == bins - 1 and p == 1.0)
        ]
        table.append(
            (
                low,
                high,
                len(idx),
                metrics.mean([probs[i] for i in idx]),
                metrics.mean([float(right[i]) for i in idx]),
            )
        )
    return table


def brier(probs: Sequence[float], right: Sequence[bool]) -> float | None:
    """Mean squared error of the probabilities (0 is perfect; always guessing 0.5 gives 0.25)."""
    return metrics.mean([(p - float(r)) ** 2 for p, r in zip(probs, right, strict=True)])


def _with_confidence(records: Sequence[dict], probs: Sequence[float]) -> list[dict]:
    """The run's records with `confidence` replaced by held-out probabilities."""
    it = iter(probs)
    out = []
    for r in records:
        usable = not (r.get("skipped") or not r.get("signals") or r["outcome"] == "refused")
        out.append({**r, "confidence": next(it) if usable else None})
    return out


def _plot(path: Path, probs: Sequence[float], right: Sequence[bool], title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    table = [row for row in reliability(probs, right) if row[2]]
    fig, ax = plt.subplots(figsize=(4.5, 4.5), dpi=120)
    ax.plot([0, 1], [0, 1], color="grey", linestyle="--", linewidth=1, label="perfect")
    ax.plot([r[3] for r in table], [r[4] for r in table], marker="o", label="cross-validated")
    for r in table:
        ax.annotate(str(r[2]), (r[3], r[4]), textcoords="offset points", xytext=(4, -10),
                    fontsize=7)
    ax.set_xlabel("predicted probability of a right answer")
    ax.set_ylabel("observed share right")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_title(title, fontsize=9)
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path)


def _fit_command(args) -> None:
    reports = [json.loads(p.read_text()) for p in args.reports]
    names = [r["dataset"]["name"] for r in reports]
    sets = [labelled(r["per_question"]) for r in reports]
    for name, rows in zip(names, sets, strict=True):
        if not rows:
            raise SystemExit(f"{name}: no per-question signals; re-run it with this version")
    try:
        cv = cross_validated(sets, folds=args.folds, verified=args.verifier)
    except ValueError as e:
        raise SystemExit(f"error: {e}") from None
    loso = leave_one_set_out(sets, verified=args.verifier) if len(sets) > 2 else None
    lines = [
        f"Fitted on {', '.join(f'{n} ({len(s)})' for n, s in zip(names, sets, strict=True))}; "
        f"{args.folds}-fold cross-validated probabilities (folds drawn within each set).",
        "",
        "| set | Brier (CV) | CRAG at 0.5 (CV) | refusal P/R (CV) | CRAG at 0.5, set held out |",
        "|---|---|---|---|---|",
    ]
    all_p, all_y = [], []
    for d, (name, report) in enumerate(zip(names, reports, strict=True)):
        right = [r for _, r in sets[d]]
        all_p += cv[d]
        all_y += right
        held = _with_confidence(report["per_question"], cv[d])
        p = at_threshold(held, 0.5, "confidence")
        out_of_set = ""
        if loso:
            q = at_threshold(_with_confidence(report["per_question"], loso[d]), 0.5, "confidence")
            out_of_set = f"{q.crag:+.3f}"
        lines.append(
            f"| {name} | {brier(cv[d], right):.3f} | {p.crag:+.3f} | "
            f"{_fmt(p.refusal_precision)}/{_fmt(p.refusal_recall)} | {out_of_set or '-'} |"
        )
    lines += ["", "Reliability (all sets, cross-validated):", "",
              "| predicted | questions | mean predicted | observed right |", "|---|---|---|---|"]
    for low, high, n, mean_p, seen in reliability(all_p, all_y):
        if n:
            lines.append(f"| {low:.1f}-{high:.1f} | {n} | {mean_p:.2f} | {seen:.2f} |")
    text = "\n".join(lines)
    print(text)
    if args.held_out:
        args.held_out.mkdir(parents=True, exist_ok=True)
        for d, (name, report) in enumerate(zip(names, reports, strict=True)):
            held = {**report, "per_question": _with_confidence(report["per_question"], cv[d])}
            (args.held_out / f"{name}.held-out.json").write_text(json.dumps(held, indent=1))
        print(f"wrote {len(reports)} runs with held-out confidences to {args.held_out}")
    model = fit_calibrator(
        [row for rows in sets for row in rows],
        equal_weights([len(s) for s in sets]),
        verified=args.verifier,
        about={
            "fitted": datetime.now(UTC).date().isoformat(),
            "datasets": {n: len(s) for n, s in zip(names, sets, strict=True)},
            "rerank_model": reports[0]["run"].get("rerank_model"),
            "embed_model": reports[0]["run"].get("embed_model"),
            "verifier": reports[0]["run"].get("verifier") if args.verifier else None,
            "command": "python -m eval.calibrate fit "
            + ("--verifier " if args.verifier else "")
            + " ".join(str(p) for p in args.reports),
        },
    )
    if args.out:
        args.out.write_text(json.dumps(model.to_json(), indent=1) + "\n")
        print(f"\nwrote {args.out}")
    if args.plot:
        _plot(args.plot, all_p, all_y, "Answerability calibration (cross-validated)")
        print(f"wrote {args.plot}")
    if args.markdown:
        args.markdown.write_text(text + "\n")


def at_threshold_table(records: Sequence[dict], threshold: float) -> dict[str, float | None]:
    """One run scored as if it had refused below `threshold` on `confidence`: CRAG, the share
    of answerable and of unanswerable questions refused, refusal precision/recall, and over the
    answerable questions the short answer's F1 and the reply's contains (a refusal scores 0)."""
    rows = [r for r in records if not r.get("skipped")]
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    point = at_threshold(rows, threshold, "confidence")

    def refused_share(group):
        return metrics.mean([float(_refused(r, threshold, "confidence")) for r in group])

    def scored(key):
        return metrics.mean([
            0.0 if _refused(r, threshold, "confidence") else float(r.get(key) or 0.0)
            for r in answerable
        ])

    return {
        "questions": len(rows),
        "crag": point.crag,
        "answerable_refused": refused_share(answerable),
        "unanswerable_refused": refused_share(unanswerable),
        "refusal_precision": point.refusal_precision,
        "refusal_recall": point.refusal_recall,
        "short_f1": scored("short_f1"),
        "contains": scored("contains"),
    }


def _table_command(args) -> None:
    print("| set | questions | CRAG | answerable refused | unanswerable refused | refusal P/R "
          "| short F1 | contains |")
    print("|---|---|---|---|---|---|---|---|")
    model = Calibrator.load(args.calibration) if args.calibration else None
    for path in args.reports:
        report = json.loads(path.read_text())
        records = report["per_question"]
        if model is not None:
            # Another model's judgement of the same answers: its probability from each row's
            # recorded signals ("How would the shipped coefficients do on this round's runs?").
            records = [
                {**r, "confidence": model.probability(r["signals"])} if r.get("signals") else r
                for r in records
            ]
        t = at_threshold_table(records, args.at)

        def pct(x):
            return "-" if x is None else f"{100 * x:.1f}%"

        print(
            f"| {report['dataset']['name']} | {t['questions']} | {t['crag']:+.3f} "
            f"| {pct(t['answerable_refused'])} | {pct(t['unanswerable_refused'])} "
            f"| {_fmt(t['refusal_precision'])}/{_fmt(t['refusal_recall'])} "
            f"| {_fmt(t['short_f1'])} | {_fmt(t['contains'])} |"
        )


def _sweep_command(args) -> None:
    reports = [json.loads(p.read_text()) for p in args.reports]
    names = [r["dataset"]["name"] for r in reports]
    if args.key == "confidence":
        thresholds = [x / 20 for x in range(0, 21)]
    else:
        thresholds = [x / 2 for x in range(-16, 17)]
    table = sweep([r["per_question"] for r in reports], thresholds, args.key)
    best = choose(table)
    header = " | ".join(f"{n} CRAG | {n} refusal P/R" for n in names)
    lines = [f"| threshold | {header} | mean CRAG |", "|---" * (2 * len(names) + 2) + "|"]
    for row in table:
        mean = sum(p.crag for p in row) / len(row)
        cells = " | ".join(
            f"{p.crag:+.3f} | {_fmt(p.refusal_precision)}/{_fmt(p.refusal_recall)}" for p in row
        )
        mark = " **best**" if row is best else ""
        lines.append(f"| {row[0].threshold:+.2f}{mark} | {cells} | {mean:+.3f} |")
    text = "\n".join(lines)
    print(text)
    if args.at is not None:
        print(f"\nat {args.key} threshold {args.at}:")
        print("| run | questions | answered | correct | wrong | refused | CRAG | refusal P/R |")
        print("|---|---|---|---|---|---|---|---|")
        for name, report in zip(names, reports, strict=True):
            counts = outcome_counts(report["per_question"], args.at, args.key)
            p = at_threshold(report["per_question"], args.at, args.key)
            print(
                f"| {name} | {sum(counts.values())} | {p.answered} | {counts['correct']} | "
                f"{counts['wrong']} | {counts['refused']} | {p.crag:+.3f} | "
                f"{_fmt(p.refusal_precision)}/{_fmt(p.refusal_recall)} |"
            )
    if args.markdown:
        args.markdown.write_text(text + "\n")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    fit = commands.add_parser("fit", help="fit rag/calibration.json from never-refusing runs")
    fit.add_argument("reports", nargs="+", type=Path)
    fit.add_argument("--out", type=Path, help="write the fitted model (e.g. rag/calibration.json)")
    fit.add_argument("--folds", type=int, default=5)
    fit.add_argument("--verifier", action="store_true",
                     help="fit with the model-as-judge feature too (runs made with --verifier; "
                     "e.g. --out rag/calibration-verified.json)")
    fit.add_argument("--plot", type=Path, help="reliability plot (PNG)")
    fit.add_argument("--markdown", type=Path)
    fit.add_argument("--held-out", type=Path, metavar="DIR",
                     help="write each run with its cross-validated confidences to DIR")
    swp = commands.add_parser("sweep", help="CRAG and refusal P/R at many thresholds")
    swp.add_argument("reports", nargs="+", type=Path)
    swp.add_argument("--key", default="confidence", choices=["confidence", "evidence_score"])
    swp.add_argument("--at", type=float, help="also detail each run at this threshold")
    swp.add_argument("--markdown", type=Path)
    tab = commands.add_parser(
        "table", help="per-run CRAG, refusal shares, short F1 at one confidence threshold"
    )
    tab.add_argument("reports", nargs="+", type=Path, help="runs (e.g. fit --held-out output)")
    tab.add_argument("--at", type=float, default=0.5)
    tab.add_argument(
        "--calibration",
        type=Path,
        help="recompute each answer's confidence from its signals with this model (e.g. "
        "rag/calibration.json) instead of reading the run's",
    )
    cas = commands.add_parser(
        "cascade",
        help="held-out runs as answered with the verifier asked only inside its band",
    )
    cas.add_argument("base", type=Path, help="held-out runs of the fit without the verifier")
    cas.add_argument("verified", type=Path, help="held-out runs of the fit with it")
    cas.add_argument("--out", type=Path, required=True, metavar="DIR")
    args = parser.parse_args(argv)
    if args.command == "cascade":
        _cascade_command(args)
        return
    if args.command == "table":
        _table_command(args)
        return
    if args.command == "fit":
        if args.folds < 2:
            parser.error("--folds must be at least 2")
        _fit_command(args)
    else:
        _sweep_command(args)


def cascaded(base: Sequence[dict], verified: Sequence[dict]) -> tuple[list[dict], float]:
    """One run's records as `rag.api` answers with a verifier: the confidence without it,
    unless that lies in `rag.verifier.VERIFY_BAND`, where the verified model's is used. Both
    runs hold the same questions in the same order (held-out runs of the same never-refusing
    run). Returns the records and the share of questions that asked the verifier."""
    from rag.verifier import in_verify_band

    out, asked = [], 0
    for b, v in zip(base, verified, strict=True):
        if b["id"] != v["id"]:
            raise ValueError(f"the runs differ at question {b['id']} / {v['id']}")
        p = b.get("confidence")
        if p is not None and in_verify_band(p):
            out.append({**b, "confidence": v.get("confidence")})
            asked += 1
        else:
            out.append(b)
    return out, asked / len(out) if out else 0.0


def _cascade_command(args) -> None:
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.base.glob("*.held-out.json")):
        other = args.verified / path.name
        if not other.exists():
            raise SystemExit(f"error: {other} is missing (fit --verifier --held-out DIR)")
        base, verified = json.loads(path.read_text()), json.loads(other.read_text())
        records, share = cascaded(base["per_question"], verified["per_question"])
        (args.out / path.name).write_text(json.dumps({**base, "per_question": records}, indent=1))
        print(f"{path.name}: the verifier asked for {share:.0%} of the questions")
    print(f"wrote the cascaded runs to {args.out}")


def _fmt(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "-"
    return f"{value:.2f}"


if __name__ == "__main__":
    main()
