"""Ingestion and `ask` benchmark: articles/s, chunks/s, peak memory, ask p50/p95.

    python bench/core.py corpus/ ../shared/corpora/bbc-news [--questions bench/questions.txt]
    python bench/core.py --one-store ../shared/corpora/bbc-news ../shared/corpora/20newsgroups
    RAG_ANSWERER=local python bench/core.py --ask-only --data-dir DIR   # a kept store, asked again

Each corpus is ingested in its own process (so peak RSS is that corpus's own) into a fresh
temporary store, or with --one-store all into the same one (the scale test); then the questions
are asked against the last store: p50/p95 of every stage (retrieve includes rerank;
retrieve_before_rerank is retrieve minus rerank), with the store's chunk count and size.
Ingestion is compared with the embedder's raw throughput on the same chunks, measured alone in
the same process. Uses the configured models.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q
    low, high = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def ingest_one(path: str, data_dir: str) -> dict:
    from rag.api import Rag
    from rag.config import load_settings

    rag = Rag(load_settings(data_dir=data_dir))
    rag.embedder, rag.store  # load models first: this measures ingestion, not start-up  # noqa: B018
    start = time.perf_counter()
    report = rag.ingest([path])
    seconds = time.perf_counter() - start
    articles = report.added + report.updated
    raw = raw_embedder_rate(rag)
    return {
        "corpus": path,
        "articles": articles,
        "chunks": report.chunks_written,
        "failed": len(report.failed),
        "seconds": round(seconds, 2),
        "articles_per_s": round(articles / seconds, 2),
        "chunks_per_s": round(report.chunks_written / seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "raw_embed_chunks_per_s": raw["chunks_per_s"],
        "raw_embed_sample": raw["sample"],
        "ingest_vs_raw": round((report.chunks_written / seconds) / raw["chunks_per_s"], 3)
        if raw["chunks_per_s"]
        else None,
    }


RAW_SAMPLE = 3000


def raw_embedder_rate(rag) -> dict:
    """The embedder alone on the chunks just stored (all, or a seeded sample of RAW_SAMPLE)."""
    import random

    texts = [text for _, text, _ in rag.store.all_chunks()]
    if len(texts) > RAW_SAMPLE:
        texts = random.Random(0).sample(texts, RAW_SAMPLE)
    if not texts:
        return {"chunks_per_s": None, "sample": 0}
    start = time.perf_counter()
    for b in range(0, len(texts), 256):  # the same batch size ingestion hands the embedder
        rag.embedder.embed_documents(texts[b : b + 256])
    return {
        "chunks_per_s": round(len(texts) / (time.perf_counter() - start), 2),
        "sample": len(texts),
    }


def ask_many(data_dir: str, questions: list[str]) -> dict:
    from rag.api import Rag
    from rag.config import load_settings

    rag = Rag(load_settings(data_dir=data_dir))
    warm = time.perf_counter()
    rag.ask(questions[0])  # warm-up: model load and BM25 index build are start-up costs
    warm_ms = (time.perf_counter() - warm) * 1000
    stats = rag.stats()
    stages: dict[str, list[float]] = {}
    for q in questions:
        timings = dict(rag.ask(q).timings_ms)
        if "retrieve" in timings and "rerank" in timings:
            # The retrieval goal is for finding candidates; reranking is its own stage.
            timings["retrieve_before_rerank"] = timings["retrieve"] - timings["rerank"]
        for stage, ms in timings.items():
            stages.setdefault(stage, []).append(ms)
    return {
        stage: {"p50_ms": round(statistics.median(v), 1), "p95_ms": round(percentile(v, 0.95), 1)}
        for stage, v in stages.items()
    } | {
        "questions": len(questions),
        "chunks": stats.chunks,
        "articles": stats.articles,
        "store_mb": round((stats.store_bytes or 0) / 1e6, 1),
        "first_question_ms": round(warm_ms, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*")
    parser.add_argument("--questions", default=str(Path(__file__).with_name("questions.txt")))
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--json", dest="json_out", help="write the results here too")
    parser.add_argument("--one-store", action="store_true", help="ingest all into one store")
    parser.add_argument("--data-dir", help="keep the store here (default: a temporary folder)")
    parser.add_argument(
        "--ask-only",
        action="store_true",
        help="ingest nothing: ask the questions against the store kept in --data-dir "
        "(e.g. RAG_ANSWERER=local python bench/core.py --ask-only --data-dir DIR)",
    )
    args = parser.parse_args()
    if args.ask_only and not args.data_dir:
        parser.error("--ask-only needs --data-dir: the store an earlier run kept there")
    if args.child:
        print(json.dumps(ingest_one(*args.child)))
        return
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    results = {"ingest": [], "ask": None}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(args.data_dir or tmp)
        data_dir = str(base / "store")
        for i, corpus in enumerate([] if args.ask_only else args.corpora):
            data_dir = str(base / ("store" if args.one_store else f"store{i}"))
            out = subprocess.run(
                [sys.executable, __file__, "--child", corpus, data_dir],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            row = json.loads(out.strip().splitlines()[-1])
            results["ingest"].append(row)
            print(
                f"ingest {row['corpus']}: {row['articles']} articles ({row['failed']} failed), "
                f"{row['chunks']} chunks in "
                f"{row['seconds']}s = {row['articles_per_s']} articles/s, "
                f"{row['chunks_per_s']} chunks/s, peak RSS {row['peak_rss_mb']} MB",
                flush=True,
            )
        questions = [q for q in Path(args.questions).read_text().splitlines() if q.strip()]
        results["ask"] = ask_many(data_dir, questions)
    ask = results["ask"]
    print(
        f"ask over {ask['questions']} questions, store of {ask['articles']} articles / "
        f"{ask['chunks']} chunks / {ask['store_mb']} MB (first question incl. loading "
        f"{ask['first_question_ms']} ms): "
        + ", ".join(
            f"{stage} p50 {v['p50_ms']} ms / p95 {v['p95_ms']} ms"
            for stage, v in ask.items()
            if isinstance(v, dict)
        )
    )
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
