"""Deterministic stand-ins for the models, for the fast offline suite.

They sit at the same seam as the real models (`Rag(settings, embedder=..., reranker=...)`) and
behave sensibly enough that retrieval and refusal are meaningful: texts that share words embed
close together, and the reranker scores shared content words.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from rag.types import Evidence

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    "a an the of in on at to for and or but is was were be been has had have he she it its they "
    "who what when where which why how did does do with by from as that this after before than "
    "there their his her not no".split()
)


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


class FakeEmbedder:
    """Bag of hashed words in 64 dimensions, L2-normalised."""

    name = "fake-embedder"
    dim = 64

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for word in content_words(text):
            v[int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        norm = np.linalg.norm(v)
        return v / norm if norm else v + 1.0 / np.sqrt(self.dim)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return np.vstack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim))

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


class FakeReranker:
    """Shared content words minus one: an unrelated passage scores below zero."""

    name = "fake-reranker"

    def score(self, query: str, passages: Sequence[str]) -> np.ndarray:
        q = content_words(query)
        return np.array([len(q & content_words(p)) - 1.0 for p in passages], dtype=np.float32)


def evidence_sentence(sentence: str, **fields) -> Evidence:
    """An Evidence for tests: the sentence spans its own text; other fields have defaults."""
    values = {
        "article_id": "a1",
        "title": "T",
        "source": "BBC",
        "published": "2022-09-13",
        "url": None,
        "start": 0,
        "end": len(sentence),
        "score": 1.0,
        **fields,
    }
    return Evidence(sentence=sentence, **values)
