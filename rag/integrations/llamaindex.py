"""newsrag inside llama-index: our retrieval as a `BaseRetriever`, our answers as a query engine.

    from rag.api import Rag
    from rag.config import load_settings
    from rag.integrations.llamaindex import NewsRetriever, NewsQueryEngine

    rag = Rag(load_settings())
    retriever = NewsRetriever(rag, k=5, since="2022-09-01")       # hybrid + rerank + filters
    engine = RetrieverQueryEngine.from_args(retriever, llm=your_llm)  # llama-index phrases it
    chat = CondensePlusContextChatEngine.from_defaults(retriever, llm=your_llm)
    response = NewsQueryEngine(rag).query("Who was replaced?")    # newsrag answers and cites
    response.source_nodes[0].node.metadata["article_id"]

Every node is a `TextNode` whose text is exactly `article.text[start_char_idx:end_char_idx]`
(`rag.article(article_id).text`), with metadata `article_id`, `title`, `source`, `published`
(YYYY-MM-DD), `url` (None when unknown) and the node's source relationship set to the article
id (so `node.ref_doc_id` is the article). `NewsRetriever` returns passages (chunks), scored by
the reranker (or by fusion when reranking is off); `NewsQueryEngine` returns our verified answer
with one node per citation (the cited sentence, numbered `n` as in the text's "[n]"), so
llama-index code that reads `response.source_nodes` gets our citations.

Importing this module imports llama-index (~2 s); nothing else in newsrag imports it, except
the `llamaindex-default` baseline retriever.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from llama_index.core.base.base_query_engine import BaseQueryEngine
from llama_index.core.base.response.schema import Response
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import (
    NodeRelationship,
    NodeWithScore,
    QueryBundle,
    RelatedNodeInfo,
    TextNode,
)

if TYPE_CHECKING:
    from rag.api import Rag
    from rag.types import Answer, Citation, Hit

# Shown to an LLM beside the text; the others (ids, links) only cost prompt tokens.
_LLM_KEYS = ("title", "source", "published")


def _node(
    node_id: str,
    text: str,
    article_id: str,
    start: int,
    end: int,
    meta: dict[str, Any],
) -> TextNode:
    metadata = {"article_id": article_id, **meta}
    hidden = [k for k, v in metadata.items() if k not in _LLM_KEYS or v is None]
    return TextNode(
        id_=node_id,
        text=text,
        metadata=metadata,
        start_char_idx=start,
        end_char_idx=end,
        # Our embeddings are made already; metadata is for display and prompts only.
        excluded_embed_metadata_keys=list(metadata),
        excluded_llm_metadata_keys=hidden,
        relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=article_id)},
    )


def hit_node(hit: Hit) -> NodeWithScore:
    """One retrieved passage as a llama-index node (score: reranker logit or fusion score)."""
    chunk = hit.chunk
    meta = {
        "title": hit.title,
        "source": hit.source,
        "published": hit.published,
        "url": hit.url,
        "chunk_index": chunk.index,
    }
    node = _node(chunk.id, chunk.text, chunk.article_id, chunk.start, chunk.end, meta)
    return NodeWithScore(node=node, score=hit.score)


def citation_node(citation: Citation, confidence: float | None = None) -> NodeWithScore:
    """One citation (the cited sentence) as a llama-index node; `n` is its number in the text."""
    c = citation
    meta = {
        "n": c.n,
        "title": c.title,
        "source": c.source,
        "published": c.published,
        "url": c.url,
        "confidence": confidence,
        "also_reported_by": [copy.article_id for copy in c.also_reported_by],
    }
    node_id = f"{c.article_id}:{c.start}-{c.end}"
    node = _node(node_id, c.sentence, c.article_id, c.start, c.end, meta)
    return NodeWithScore(node=node, score=c.score)


class NewsRetriever(BaseRetriever):
    """newsrag's retrieval (hybrid BM25 + dense, fusion, cross-encoder rerank, per-article
    diversity, date/source filters) as a llama-index retriever over `Rag.retrieve`.

    `k` passages per query (default: the settings' `top_k`); `since`/`until` are YYYY-MM-DD
    (inclusive), `sources` a list of source names; `retriever` picks another of ours ("bm25",
    "dense", ...). Errors are ours (`rag.errors`): an empty store raises `EmptyIndex`, a bad
    date `BadInput`.
    """

    def __init__(
        self,
        rag: Rag,
        *,
        k: int | None = None,
        since: str | None = None,
        until: str | None = None,
        sources: Sequence[str] | None = None,
        retriever: str | None = None,
        **kwargs: Any,
    ) -> None:
        self._rag = rag
        self._options = {
            "k": k or rag.settings.top_k,
            "since": since,
            "until": until,
            "sources": list(sources) if sources else None,
            "retriever": retriever,
        }
        super().__init__(**kwargs)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        hits = self._rag.retrieve(query_bundle.query_str, **self._options)
        return [hit_node(hit) for hit in hits]

    async def _aretrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        # Retrieval is CPU-bound (reranker); keep the event loop free.
        return await asyncio.to_thread(self._retrieve, query_bundle)


class NewsQueryEngine(BaseQueryEngine):
    """newsrag's own answer (`Rag.ask`) as a llama-index query engine.

    `response.response` is the answer text with its "[n]" footnotes; `response.source_nodes`
    are the citations (see `citation_node`), in footnote order; `response.metadata` holds
    `refused` (bool), `confidence` (0..1 or None) and `answer` (the `Answer.to_dict()` JSON).
    Options are those of `Rag.ask` (answerer, top_k, since, until, sources, retriever, history).
    """

    def __init__(self, rag: Rag, callback_manager=None, **ask_options: Any) -> None:
        self._rag = rag
        self._options = ask_options
        super().__init__(callback_manager)

    def _get_prompt_modules(self) -> dict[str, Any]:
        return {}

    def answer(self, question: str) -> Answer:
        """Our Answer itself, for code that wants more than llama-index's Response."""
        return self._rag.ask(question, **self._options)

    def _query(self, query_bundle: QueryBundle) -> Response:
        return to_response(self.answer(query_bundle.query_str))

    async def _aquery(self, query_bundle: QueryBundle) -> Response:
        return await asyncio.to_thread(self._query, query_bundle)


def to_response(answer: Answer) -> Response:
    """An Answer as a llama-index Response (citations as source nodes)."""
    return Response(
        response=answer.answer,
        source_nodes=[citation_node(c, answer.confidence) for c in answer.citations],
        metadata={
            "refused": answer.refused,
            "confidence": answer.confidence,
            "answer": answer.to_dict(),
        },
    )
