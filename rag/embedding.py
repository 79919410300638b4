"""Embedders and the cross-encoder reranker behind two small Protocols.

The packaged bge-small and ms-marco cross-encoder are int8 ONNX files: onnxruntime + tokenizers
run them directly, which is faster than torch on this CPU and keeps torch out of the query path.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from rag.errors import BackendUnavailable
from rag.models import EMBEDDERS, RERANKERS, PackagedModel


class Embedder(Protocol):
    name: str

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class Reranker(Protocol):
    name: str

    def score(self, query: str, passages: Sequence[str]) -> np.ndarray: ...


def _onnx_session(path: Path):
    import onnxruntime as ort  # ~0.3 s; only when a model is used

    options = ort.SessionOptions()
    options.intra_op_num_threads = int(os.environ.get("RAG_THREADS", os.cpu_count() or 1))
    options.log_severity_level = 3
    return ort.InferenceSession(
        str(path / "model.onnx"), sess_options=options, providers=["CPUExecutionProvider"]
    )


def _tokenizer(path: Path, max_length: int):
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=max_length)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def _feeds(encodings) -> dict[str, np.ndarray]:
    return {
        "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
        "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
        "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
    }


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class OnnxEmbedder:
    """A BERT-style ONNX encoder with CLS pooling and L2 norm (bge's recipe)."""

    def __init__(self, model: PackagedModel, batch_size: int = 32, max_length: int = 512):
        self.name = model.name
        self.query_prefix = model.query_prefix
        path = model.path()
        self._session = _onnx_session(path)
        self._tokenizer = _tokenizer(path, max_length)
        self.batch_size = batch_size
        self.max_tokens = max_length
        # Texts longer than `max_tokens` are cut by the tokenizer; counted so ingestion can say
        # so (chunking keeps chunks far below it, but a tokenizer-hostile text may still reach it).
        self.truncated = 0

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        # Sort by length so each batch pads to similar lengths: ~2x faster on mixed chunk sizes.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out: list[np.ndarray] = [None] * len(texts)  # type: ignore[list-item]
        for b in range(0, len(order), self.batch_size):
            batch = order[b : b + self.batch_size]
            encodings = self._tokenizer.encode_batch([texts[i] for i in batch])
            self.truncated += sum(1 for e in encodings if e.overflowing)
            hidden = self._session.run(None, _feeds(encodings))[0]
            for i, vector in zip(batch, _normalise(hidden[:, 0]), strict=True):
                out[i] = vector
        return np.vstack(out).astype(np.float32)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(list(texts))

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode([self.query_prefix + text])[0]


class SentenceTransformerEmbedder:
    """Any sentence-transformers model: a packaged folder or a hub name (needs internet once)."""

    def __init__(self, name: str, location: str, query_prefix: str = "", batch_size: int = 32):
        try:
            from sentence_transformers import SentenceTransformer  # ~6 s import; only if chosen
        except ImportError as err:  # pragma: no cover - it is a core dependency
            raise BackendUnavailable(f"sentence-transformers is not installed: {err}") from err
        self.name = name
        self.query_prefix = query_prefix
        self.batch_size = batch_size
        try:
            self._model = SentenceTransformer(location, device="cpu")
        except Exception as err:
            raise BackendUnavailable(
                f"cannot load embedding model {name!r} ({err.__class__.__name__}: {err}). "
                f"Packaged models that work offline: {', '.join(EMBEDDERS)}"
            ) from err

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        ).astype(np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([self.query_prefix + text])[0]


class OnnxCrossEncoder:
    """A cross-encoder (question, passage) -> relevance logit, run with onnxruntime."""

    def __init__(self, model: PackagedModel, batch_size: int = 16, max_length: int = 512):
        self.name = model.name
        path = model.path()
        self._session = _onnx_session(path)
        self._tokenizer = _tokenizer(path, max_length)
        self.batch_size = batch_size

    def score(self, query: str, passages: Sequence[str]) -> np.ndarray:
        scores = []
        for b in range(0, len(passages), self.batch_size):
            pairs = [(query, p) for p in passages[b : b + self.batch_size]]
            encodings = self._tokenizer.encode_batch(pairs)
            scores.append(self._session.run(None, _feeds(encodings))[0][:, 0])
        return np.concatenate(scores) if scores else np.zeros(0, dtype=np.float32)


class SentenceTransformerCrossEncoder:
    def __init__(self, name: str):
        from sentence_transformers import CrossEncoder  # heavy; only for non-packaged rerankers

        self.name = name
        try:
            self._model = CrossEncoder(name, device="cpu")
        except Exception as err:
            raise BackendUnavailable(
                f"cannot load reranker {name!r} ({err}). Packaged rerankers: {', '.join(RERANKERS)}"
            ) from err

    def score(self, query: str, passages: Sequence[str]) -> np.ndarray:
        return np.asarray(self._model.predict([(query, p) for p in passages]), dtype=np.float32)


def load_embedder(name: str) -> Embedder:
    packaged = EMBEDDERS.get(name)
    if packaged is None:
        return SentenceTransformerEmbedder(name, name)
    if packaged.runtime == "onnx":
        return OnnxEmbedder(packaged)
    return SentenceTransformerEmbedder(name, str(packaged.path()), packaged.query_prefix)


def load_reranker(name: str) -> Reranker:
    packaged = RERANKERS.get(name)
    if packaged is None:
        return SentenceTransformerCrossEncoder(name)
    return OnnxCrossEncoder(packaged)
