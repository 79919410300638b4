"""Render eval reports: one run as a markdown table, several runs side by side, and a PNG plot."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rag.errors import BackendUnavailable, BadInput

# The metrics shown in tables and plots, in order, as dotted paths into the report.
SUMMARY_KEYS: tuple[str, ...] = (
    "retrieval.recall@1",
    "retrieval.recall@5",
    "retrieval.recall@10",
    "retrieval.mrr@10",
    "answer.exact_match",
    "answer.f1",
    "answer.contains",
    "answer.choice_accuracy",
    "refusal.precision",
    "refusal.recall",
    "score.crag",
    "score.right",
    "citation.precision",
    "citation.doc_precision",
    "latency.total.p50_ms",
    "latency.total.p95_ms",
)
# Metrics that are shares or scores in [-1, 1]: plotted together; latencies are not.
PLOT_KEYS = tuple(k for k in SUMMARY_KEYS if not k.startswith("latency."))


def flatten(report: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested report -> {"retrieval.mrr@10": 0.8, ...}; lists (per-question data) are left out."""
    flat: dict[str, Any] = {}
    for key, value in report.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{path}."))
        elif not isinstance(value, list):
            flat[path] = value
    return flat


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return f"{value:.1f}" if abs(value) >= 10 else f"{value:.3f}"
    return str(value)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def to_markdown(report: dict[str, Any]) -> str:
    """One run: what was run, counts, then every metric section as a table row."""
    run, q = report["run"], report["questions"]
    parts = [
        f"# Eval: {report['dataset']['name']}",
        "",
        f"{run['started']} · retriever `{run['retriever']}` · answerer `{run['answerer']}` · "
        f"embedder `{run['embed_model']}` · reranker `{run['rerank_model']}` · "
        f"top_k {run['top_k']} · {run['seconds']} s",
        "",
        f"Questions: {q['evaluated']} evaluated ({q['answerable']} answerable, "
        f"{q['unanswerable']} unanswerable), {q['not_evaluated']} beyond --limit, "
        f"**{q['skipped']} skipped**.",
    ]
    if q["skipped_ids"]:
        parts += ["", "Skipped (scored as misses):"]
        parts += [f"- `{s['id']}`: {s['reason']}" for s in q["skipped_ids"]]
    if run["ingest"]["failed"]:
        parts += ["", f"**{run['ingest']['failed']} corpus articles failed to ingest:**"]
        parts += [f"- {f['origin']}: {f['reason']}" for f in run["ingest"]["failures"]]

    rows = []
    for section in ("retrieval", "answer", "refusal", "score", "citation"):
        for key, value in report[section].items():
            rows.append([f"{section}.{key}", _fmt(value)])
    parts += ["", _table(["metric", "value"], rows), "", "Latency (ms):", ""]
    lat_rows = [
        [stage, str(v["n"]), _fmt(v["p50_ms"]), _fmt(v["p95_ms"]), _fmt(v["mean_ms"])]
        for stage, v in report["latency"].items()
    ]
    parts.append(_table(["stage", "n", "p50", "p95", "mean"], lat_rows))
    return "\n".join(parts) + "\n"


def load_reports(paths: Sequence[str | Path]) -> list[dict[str, Any]]:
    """Read report JSON files written by `rag eval --json`."""
    reports = []
    for path in paths:
        file = Path(path)
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise BadInput(
                f"{file}: no such report; write one with `rag eval DIR --json {file}`"
            ) from exc
        except json.JSONDecodeError as exc:
            raise BadInput(f"{file}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
        if not isinstance(data, dict) or "schema" not in data or "run" not in data:
            raise BadInput(f"{file}: not a report written by `rag eval --json`")
        reports.append(data)
    return reports


def run_names(paths: Sequence[str | Path]) -> list[str]:
    """Column names: file stems, made unique."""
    names: list[str] = []
    for path in paths:
        name = Path(path).stem
        names.append(name if name not in names else f"{name} ({len(names) + 1})")
    return names


def compare_markdown(reports: Sequence[dict[str, Any]], names: Sequence[str]) -> str:
    """Runs side by side: a column per run, a row per summary metric (and what differs)."""
    flats = [flatten(r) for r in reports]
    info_keys = (
        "dataset.name",
        "run.retriever",
        "run.answerer",
        "run.embed_model",
        "questions.evaluated",
        "questions.skipped",
    )
    rows = [[k, *(_fmt(f.get(k)) for f in flats)] for k in info_keys]
    rows += [
        [k, *(_fmt(f.get(k)) for f in flats)]
        for k in SUMMARY_KEYS
        if any(f.get(k) is not None for f in flats)
    ]
    text = _table(["metric", *names], rows)
    if len({f.get("dataset.name") for f in flats}) > 1:
        text += "\n\nNote: these runs are on different datasets."
    if len({f.get("questions.evaluated") for f in flats}) > 1:
        text += "\n\nNote: these runs evaluated different numbers of questions."
    return text + "\n"


def plot_compare(reports: Sequence[dict[str, Any]], names: Sequence[str], out: str | Path) -> Path:
    """Grouped bar chart of the quality metrics of each run, saved as PNG."""
    try:
        import matplotlib  # optional: only `--plot` needs it

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise BackendUnavailable(
            "--plot needs matplotlib: pip install matplotlib (or drop --plot)"
        ) from exc

    flats = [flatten(r) for r in reports]
    keys = [k for k in PLOT_KEYS if any(f.get(k) is not None for f in flats)]
    width = 0.8 / max(len(flats), 1)
    fig, ax = plt.subplots(figsize=(max(8, len(keys) * 0.9), 4.5))
    for i, (flat, name) in enumerate(zip(flats, names, strict=True)):
        xs = [j + i * width for j in range(len(keys))]
        # an undefined metric (None) gets no bar rather than a misleading zero
        ys = [math.nan if flat.get(k) is None else flat[k] for k in keys]
        ax.bar(xs, ys, width=width, label=name)
    ax.set_xticks([j + width * (len(flats) - 1) / 2 for j in range(len(keys))])
    ax.set_xticklabels(keys, rotation=35, ha="right", fontsize=8)
    ax.axhline(0, color="black", linewidth=0.6)
    ax.set_ylim(min(-0.05, *(f.get("score.crag") or 0 for f in flats)) - 0.05, 1.05)
    ax.set_title("rag eval: " + ", ".join(sorted({str(f.get("dataset.name")) for f in flats})))
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    path = Path(out)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
