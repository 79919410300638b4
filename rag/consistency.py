"""`rag check`: do Chroma's chunks, the article registry and the BM25 index agree?

What can go wrong, and why (see the write protocol in `rag.store`):
- an article left in state "writing" or "deleting" by a process killed mid-write;
- orphan chunks: their article has no registry record;
- stale chunks: their id is not the content hash the registry's current version implies
  (left over from an older version of the article);
- a registry chunk count that differs from the chunks actually stored;
- a BM25 index built at another revision, or over other chunk ids.

`repair` redoes interrupted articles from the text kept in the registry, deletes orphan and stale
chunks, re-chunks articles whose chunks are missing, and rebuilds the BM25 index.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rag.chunking import chunk_id


@dataclass(frozen=True)
class CheckReport:
    articles: int
    chunks: int
    incomplete: tuple[str, ...] = ()  # article ids in state writing/deleting
    orphan_chunks: tuple[str, ...] = ()
    stale_chunks: tuple[str, ...] = ()
    count_mismatch: tuple[str, ...] = ()  # article ids
    bm25_in_sync: bool = True
    repaired: tuple[str, ...] = field(default=())  # what repair did, one line each

    @property
    def ok(self) -> bool:
        return (
            not (self.incomplete or self.orphan_chunks or self.stale_chunks or self.count_mismatch)
            and self.bm25_in_sync
        )

    def problems(self) -> list[str]:
        lines = []
        if self.incomplete:
            lines.append(
                f"{len(self.incomplete)} article(s) left half-written: "
                f"{', '.join(self.incomplete[:5])}"
            )
        if self.orphan_chunks:
            lines.append(f"{len(self.orphan_chunks)} chunk(s) belong to no article")
        if self.stale_chunks:
            lines.append(f"{len(self.stale_chunks)} chunk(s) left from older article versions")
        if self.count_mismatch:
            lines.append(
                f"{len(self.count_mismatch)} article(s) with missing or extra chunks: "
                f"{', '.join(self.count_mismatch[:5])}"
            )
        if not self.bm25_in_sync:
            lines.append("the BM25 index does not match the stored chunks")
        return lines


def _expected_id(meta: dict, article_hash: str) -> str:
    return chunk_id(meta["article_id"], article_hash, int(meta["start"]), int(meta["end"]))


def check_store(rag) -> CheckReport:
    store = rag.store
    registry = store.registry()
    chunks = store.chunk_metadata()
    incomplete = sorted(i for i, m in registry.items() if m.get("state") != "ok")
    orphans, stale = [], []
    per_article: Counter[str] = Counter()
    for cid, meta in chunks.items():
        record = registry.get(meta.get("article_id", ""))
        if record is None:
            orphans.append(cid)
        elif cid != _expected_id(meta, record.get("content_hash", "")):
            stale.append(cid)
        else:
            per_article[meta["article_id"]] += 1
    mismatch = sorted(
        i
        for i, m in registry.items()
        if m.get("state") == "ok" and per_article[i] != int(m.get("chunks", -1))
    )
    return CheckReport(
        articles=len(registry),
        chunks=len(chunks),
        incomplete=tuple(incomplete),
        orphan_chunks=tuple(sorted(orphans)),
        stale_chunks=tuple(sorted(stale)),
        count_mismatch=tuple(mismatch),
        bm25_in_sync=_bm25_in_sync(rag, set(chunks)),
    )


def _bm25_in_sync(rag, chunk_ids: set[str]) -> bool:
    """False only when the saved BM25 index would be taken as current (same revision and
    chunk count as the store, see `Rag.lexical`) but holds other chunks. An index built at
    another state, or none at all, is rebuilt by the next question that needs it: not a fault.
    """
    from rag.lexical import LexicalIndex

    index = LexicalIndex.load(rag._lexical_dir())
    if index is None or index.state != (rag.store.revision(), len(chunk_ids)):
        return True
    return set(index.chunk_ids) == chunk_ids


def repair_store(rag) -> CheckReport:
    from rag.ingest import Ingester

    before = check_store(rag)
    store = rag.store
    ingester = Ingester(store, rag.embedder, rag.settings)
    done: list[str] = []
    if before.orphan_chunks or before.stale_chunks:
        store.bump_revision()
        store.delete_chunks(list(before.orphan_chunks + before.stale_chunks))
        done.append(
            f"deleted {len(before.orphan_chunks)} orphan and "
            f"{len(before.stale_chunks)} stale chunk(s)"
        )
    registry = store.registry()
    for article_id in sorted(set(before.incomplete) | set(before.count_mismatch)):
        meta = registry.get(article_id)
        if meta is None:
            continue
        if meta.get("state") == "deleting":
            store.delete_article(article_id)
            done.append(f"finished forgetting {article_id}")
            continue
        article = store.article_any_state(article_id)
        story = {k: meta[k] for k in ("story", "minhash") if k in meta}
        n = ingester.rewrite(article, story)
        done.append(f"rewrote {article_id} ({n} chunks)")
    store.bump_revision()
    rag._lexical = None
    rag.lexical()  # rebuilt at the new revision and saved
    done.append("rebuilt the BM25 index")
    after = check_store(rag)
    return CheckReport(**{**after.__dict__, "repaired": tuple(done)})
