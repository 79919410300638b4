"""The `llamaindex-default` baseline: what most people start from, kept honest for comparison.

A plain `VectorStoreIndex` over our articles with llama-index's own defaults (its SentenceSplitter
chunking, its in-memory vector store, cosine top-k), using our embedding model so the comparison
is about the retrieval recipe, not the embedder. All llama-index objects stay in this module.
"""

from __future__ import annotations

import threading
from typing import Any

from rag.retrieve import Filters
from rag.types import Chunk, Hit

_cache: dict[tuple[str, str], Any] = {}
_lock = threading.Lock()


def _embedding_adapter(embedder):
    from llama_index.core.bridge.pydantic import PrivateAttr
    from llama_index.core.embeddings import BaseEmbedding

    class OurEmbedder(BaseEmbedding):
        _embedder: Any = PrivateAttr()

        def __init__(self, embedder, **kwargs):
            super().__init__(model_name=embedder.name, embed_batch_size=32, **kwargs)
            self._embedder = embedder

        @classmethod
        def class_name(cls) -> str:
            return "newsrag-embedder"

        def _get_query_embedding(self, query: str) -> list[float]:
            return self._embedder.embed_query(query).tolist()

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._embedder.embed_documents([text])[0].tolist()

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return self._embedder.embed_documents(texts).tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        async def _aget_text_embedding(self, text: str) -> list[float]:
            return self._get_text_embedding(text)

    return OurEmbedder(embedder)


def _build_index(res):
    from llama_index.core import Document, VectorStoreIndex

    documents = []
    for info in res.store.articles():
        article = res.store.article(info.id)
        metadata = {
            "article_id": article.id,
            "title": article.title or "",
            "source": article.source or "",
            "published": article.published or "",
            "published_ord": int((article.published or "0").replace("-", "")),
        }
        documents.append(
            Document(
                text=article.text,
                doc_id=article.id,
                metadata=metadata,
                # Keep metadata out of the embedded text and chunk-size budget (FIELD-NOTES).
                excluded_embed_metadata_keys=list(metadata),
                excluded_llm_metadata_keys=list(metadata),
            )
        )
    # llm=None would still be resolved from the global Settings (and reach for OpenAI) if a
    # query engine were made; we only ever use the retriever, which needs no LLM.
    return VectorStoreIndex.from_documents(
        documents, embed_model=_embedding_adapter(res.embedder), show_progress=False
    )


def _metadata_filters(filters: Filters):
    from llama_index.core.vector_stores import FilterOperator, MetadataFilter, MetadataFilters

    clauses = []
    if filters.since:
        clauses.append(
            MetadataFilter(
                key="published_ord",
                operator=FilterOperator.GTE,
                value=int(filters.since.replace("-", "")),
            )
        )
    if filters.until:
        clauses.append(
            MetadataFilter(
                key="published_ord",
                operator=FilterOperator.LTE,
                value=int(filters.until.replace("-", "")),
            )
        )
    if filters.sources:
        clauses.append(
            MetadataFilter(key="source", operator=FilterOperator.IN, value=list(filters.sources))
        )
    return MetadataFilters(filters=clauses) if clauses else None


def _undated_ids(res) -> list[str]:
    return [a.id for a in res.store.articles() if not a.published]


def llamaindex_retrieve(res, query: str, k: int, filters: Filters) -> list[Hit]:
    key = (res.settings.store_location, res.store.revision())
    with _lock:
        index = _cache.get(key)
        if index is None:
            _cache.clear()
            index = _cache[key] = _build_index(res)
    metadata_filters = _metadata_filters(filters)
    if filters.undated:
        from llama_index.core.vector_stores import FilterOperator, MetadataFilter, MetadataFilters

        ids = _undated_ids(res)
        if not ids:
            return []
        only = MetadataFilter(key="article_id", operator=FilterOperator.IN, value=ids)
        metadata_filters = MetadataFilters(
            filters=[only, *(metadata_filters.filters if metadata_filters else [])]
        )
    retriever = index.as_retriever(similarity_top_k=k, filters=metadata_filters)
    hits = []
    for i, scored in enumerate(retriever.retrieve(query)):
        node, meta = scored.node, scored.node.metadata
        start = node.start_char_idx or 0
        end = node.end_char_idx if node.end_char_idx is not None else start + len(node.text)
        hits.append(
            Hit(
                chunk=Chunk(
                    id=node.node_id,
                    article_id=meta["article_id"],
                    index=i,
                    text=node.get_content(),
                    start=start,
                    end=end,
                ),
                score=float(scored.score or 0.0),
                title=meta.get("title") or None,
                source=meta.get("source") or None,
                published=meta.get("published") or None,
            )
        )
    return hits
