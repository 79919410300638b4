"""Crash safety: killed ingests, `rag check` and `--repair`, and the single-writer lock."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from rag.errors import BackendUnavailable
from tests.conftest import ROOT

N_ARTICLES = 240


@pytest.fixture
def corpus(tmp_path):
    rng = random.Random(7)
    words = "storm bridge council budget river school hospital rail court market farm port".split()
    path = tmp_path / "corpus.jsonl"
    with path.open("w") as f:
        for i in range(N_ARTICLES):
            sentences = [
                f"Story {i} sentence {j} mentions the {rng.choice(words)} and {rng.choice(words)}."
                for j in range(rng.randint(4, 30))
            ]
            f.write(
                json.dumps(
                    {
                        "id": f"a{i:03d}",
                        "title": f"Story {i}",
                        "text": " ".join(sentences),
                        "source": "Wire",
                        "published": "2024-01-05",
                    }
                )
                + "\n"
            )
    return path


def test_check_finds_and_repair_fixes_every_kind_of_damage(make_rag, tmp_path, corpus):
    rag = make_rag()
    rag.ingest([corpus])
    rag.retrieve("storm bridge", retriever="bm25")  # builds and saves the BM25 index
    assert rag.check().ok
    store = rag.store
    # An orphan chunk, an article left half-written, an article missing a chunk.
    store._chunks.add(
        ids=["ghost"],
        embeddings=[np.ones(64, dtype=np.float32) / 8],
        documents=["ghost"],
        metadatas=[{"article_id": "nobody", "index": 0, "start": 0, "end": 5}],
    )
    store._articles.update(ids=["a001"], metadatas=[{"state": "writing"}])
    victim = sorted(store._chunks.get(where={"article_id": "a002"}, include=[])["ids"])[0]
    store._chunks.delete(ids=[victim])
    report = rag.check()
    assert not report.ok
    assert report.orphan_chunks == ("ghost",)
    assert report.incomplete == ("a001",)
    assert report.count_mismatch == ("a002",)
    assert not report.bm25_in_sync
    repaired = rag.check(repair=True)
    assert repaired.ok, repaired.problems()
    assert repaired.repaired
    assert store.article_states(["a001"])["a001"][1] == "ok"
    assert victim in store._chunks.get(where={"article_id": "a002"}, include=[])["ids"]


def _clean_chunk_ids(make_rag, corpus) -> set[str]:
    reference = make_rag(collection="reference")
    reference.ingest([corpus])
    return set(reference.store.chunk_metadata())


def test_sigkill_at_random_points_then_ingest_again_is_consistent(make_rag, tmp_path, corpus):
    rag = make_rag()
    args = [str(rag.settings.data_dir), str(corpus)]
    server = bool(rag.settings.chroma_url)
    if server:
        args += [rag.settings.chroma_url, rag.settings.collection]
    rng = random.Random(2024)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = 0
    for _ in range(4):
        worker = subprocess.Popen(
            [sys.executable, "-m", "tests.ingest_worker", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + rng.uniform(2.0, 6.0)  # start-up ~2 s; writes follow
        while time.monotonic() < deadline:
            if server:
                # Another process asks meanwhile (as the page would): it builds and saves a BM25
                # index of the half-written store, which must never pass for the finished one.
                rag._lexical = None
                rag.lexical()
            time.sleep(0.3)
        if worker.poll() is None:
            worker.send_signal(signal.SIGKILL)
            killed += 1
        worker.wait(timeout=60)
    assert killed >= 2, "the worker finished before it could be killed: make it slower"
    final = subprocess.run(
        [sys.executable, "-m", "tests.ingest_worker", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert final.returncode == 0, final.stderr
    rag._lexical = None  # as a new process: what is on disk and in Chroma
    report = rag.check()  # clean right after the re-run, as `rag check` would be
    assert report.ok, report.problems()
    assert report.articles == N_ARTICLES
    expected = _clean_chunk_ids(make_rag, corpus)
    assert set(rag.store.chunk_metadata()) == expected  # no duplicates, nothing missing
    assert set(rag.lexical().chunk_ids) == expected  # BM25 sees every write
    rag.retrieve("storm", retriever="bm25")
    assert rag.check().ok


@pytest.mark.embedded_only
def test_a_second_writer_on_the_embedded_store_fails_clearly(make_rag, tmp_path):
    rag = make_rag()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from rag.locking import writer_lock; "
            "from pathlib import Path\nwith writer_lock(Path(sys.argv[1])):\n print('locked', "
            "flush=True); time.sleep(30)",
            str(rag.settings.data_dir),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(BackendUnavailable, match=f"pid {holder.pid}.*RAG_CHROMA_URL"):
            rag.ingest([ROOT / "corpus"])
    finally:
        holder.kill()
        holder.wait()
    assert rag.ingest([ROOT / "corpus"]).added == 1  # the lock died with its holder


@pytest.mark.parametrize("change", ["new article", "same-size update"])
def test_an_index_built_mid_write_is_not_trusted_after_a_crash(make_rag, tmp_path, change):
    """Another process builds BM25 while a batch is being written; the writer is killed after
    its chunks are stored but before its closing revision bump. The re-run finds nothing to do:
    the index must still not be taken for the store's current state."""
    from rag.lexical import LexicalIndex
    from tests.conftest import write

    rag = make_rag()
    write(tmp_path / "in" / "a.txt", "The harbour budget is twelve million euros.")
    rag.ingest([tmp_path / "in"])
    rag.retrieve("harbour", retriever="bm25")
    if change == "new article":
        write(tmp_path / "in" / "b.txt", "The lighthouse keeper retired on Friday.")
        wanted = "lighthouse"
    else:
        write(tmp_path / "in" / "a.txt", "The harbour budget is thirteen million euros.")
        wanted = "thirteen"
    store = rag.store
    put, bump = store._put_articles, store.bump_revision
    marked_ok = []

    def put_and_read(items, state):
        put(items, state)
        if state == "writing":  # another process reads the store now, mid-batch, and saves
            LexicalIndex.build(store.revision(), list(store.all_chunks())).save(rag._lexical_dir())
        marked_ok.append(state == "ok")

    def bump_unless_done():
        if any(marked_ok):
            raise KeyboardInterrupt  # killed after the articles are marked ok, before this bump
        return bump()

    store._put_articles, store.bump_revision = put_and_read, bump_unless_done
    with pytest.raises(KeyboardInterrupt):
        rag.ingest([tmp_path / "in"])
    store._put_articles, store.bump_revision = put, bump
    rag._lexical = None  # a fresh process: only what is on disk and in Chroma
    again = rag.ingest([tmp_path / "in"])
    assert again.unchanged == 2 - (change != "new article") and again.chunks_written == 0
    assert rag.check().ok, rag.check().problems()
    hits = rag.retrieve(wanted, retriever="bm25")
    assert hits and wanted in hits[0].chunk.text
    assert set(rag.lexical().chunk_ids) == set(store.chunk_metadata())
