"""BM25 over the stored chunks (bm25s + PyStemmer), persisted beside the store.

The index is derived data: it is rebuilt from Chroma whenever the store's revision differs from
the one it was built at, so it can never disagree with the vectors for long, and several
processes on one Chroma server each rebuild their own copy from the same source of truth.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np


def _stemmer():
    import Stemmer  # PyStemmer: C extension, cheap

    return Stemmer.Stemmer("english")


@dataclass
class LexicalIndex:
    revision: str
    chunk_ids: list[str]
    published_ord: np.ndarray  # 0 where unknown
    sources: list[str]
    _bm25: object
    _stemmer: object

    @property
    def state(self) -> tuple[str, int]:
        """(revision, chunk count): what must match the store for this index to be current."""
        return self.revision, len(self.chunk_ids)

    @classmethod
    def build(cls, revision: str, rows: Sequence[tuple[str, str, dict]]) -> LexicalIndex:
        import bm25s  # ~0.3 s; only when lexical retrieval is used

        stemmer = _stemmer()
        ids = [r[0] for r in rows]
        texts = [r[1] for r in rows]
        retriever = bm25s.BM25()
        if texts:
            tokens = bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False)
            retriever.index(tokens, show_progress=False)
        return cls(
            revision=revision,
            chunk_ids=ids,
            published_ord=np.array(
                [int(r[2].get("published_ord", 0)) for r in rows], dtype=np.int64
            ),
            sources=[r[2].get("source", "") for r in rows],
            _bm25=retriever,
            _stemmer=stemmer,
        )

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder.with_name(folder.name + ".tmp")
        tmp.mkdir(parents=True, exist_ok=True)
        if self.chunk_ids:
            self._bm25.save(str(tmp / "bm25"))
        (tmp / "meta.json").write_text(
            json.dumps(
                {
                    "revision": self.revision,
                    "chunk_ids": self.chunk_ids,
                    "published_ord": self.published_ord.tolist(),
                    "sources": self.sources,
                }
            )
        )
        # Swap the whole folder so a reader never sees a half-written index.
        import shutil

        old = folder.with_name(folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        folder.rename(old)
        tmp.rename(folder)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex | None:
        meta_file = folder / "meta.json"
        if not meta_file.exists():
            return None
        import bm25s

        try:
            meta = json.loads(meta_file.read_text())
            retriever = bm25s.BM25.load(str(folder / "bm25")) if meta["chunk_ids"] else None
        except (OSError, ValueError, KeyError):
            return None  # a damaged cache is rebuilt, never trusted
        return cls(
            revision=meta["revision"],
            chunk_ids=meta["chunk_ids"],
            published_ord=np.array(meta["published_ord"], dtype=np.int64),
            sources=meta["sources"],
            _bm25=retriever,
            _stemmer=_stemmer(),
        )

    def search(
        self,
        query: str,
        k: int,
        since: str | None = None,
        until: str | None = None,
        sources: Sequence[str] | None = None,
        undated: bool = False,
    ) -> list[tuple[str, float]]:
        """(chunk id, BM25 score) best first; only chunks matching the filters (`undated`:
        only chunks of articles without a date)."""
        if not self.chunk_ids or k <= 0:
            return []
        import bm25s

        tokens = bm25s.tokenize([query], stopwords="en", stemmer=self._stemmer, show_progress=False)
        if not tokens.vocab:
            return []
        mask = np.ones(len(self.chunk_ids), dtype=bool)
        if since:
            mask &= self.published_ord >= int(since.replace("-", ""))
        if until:
            mask &= (self.published_ord > 0) & (self.published_ord <= int(until.replace("-", "")))
        if undated:
            mask &= self.published_ord == 0
        if sources:
            wanted = set(sources)
            mask &= np.array([s in wanted for s in self.sources])
        k = min(k, int(mask.sum()))
        if k == 0:
            return []
        docs, scores = self._bm25.retrieve(
            tokens, k=k, show_progress=False, weight_mask=mask.astype(np.float32)
        )
        return [
            (self.chunk_ids[int(d)], float(s))
            for d, s in zip(docs[0], scores[0], strict=True)
            if s > 0
        ]
