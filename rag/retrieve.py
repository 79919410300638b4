"""Named retrievers: bm25, dense, hybrid (RRF + cross-encoder rerank + per-article diversity),
and llamaindex-default (the plain llama-index VectorStoreIndex baseline, for comparison).

Each is a function `(resources, query, k, filters) -> list[Hit]`, registered by name.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Protocol

from rag.errors import UnknownName
from rag.types import Hit


@dataclass(frozen=True)
class Filters:
    since: str | None = None
    until: str | None = None
    sources: tuple[str, ...] | None = None
    # Only articles without a date: searched beside a period the question names, which
    # they cannot be placed in or out of by date.
    undated: bool = False

    def kwargs(self) -> dict:
        return {
            "since": self.since,
            "until": self.until,
            "sources": self.sources,
            **({"undated": True} if self.undated else {}),
        }


class Resources(Protocol):
    """What retrievers may use; `rag.api.Rag` provides it, loading each piece on first use."""

    settings: object

    @property
    def embedder(self): ...

    @property
    def reranker(self): ...

    @property
    def store(self): ...

    def lexical(self): ...


RetrieverFn = Callable[[Resources, str, int, Filters], list[Hit]]


def dense(res: Resources, query: str, k: int, filters: Filters) -> list[Hit]:
    return res.store.query(res.embedder.embed_query(query), k, **filters.kwargs())


def bm25(res: Resources, query: str, k: int, filters: Filters) -> list[Hit]:
    ranked = res.lexical().search(query, k, **filters.kwargs())
    by_id = res.store.chunks_by_id([cid for cid, _ in ranked])
    return [replace(by_id[cid], score=score) for cid, score in ranked if cid in by_id]


def reciprocal_rank_fusion(rankings: Sequence[Sequence[Hit]], k: int = 60) -> list[Hit]:
    """Fuse ranked lists: score = sum of 1/(k + rank). Ties keep first-seen order."""
    scores: dict[str, float] = {}
    hits: dict[str, Hit] = {}
    for ranking in rankings:
        for rank, hit in enumerate(ranking, start=1):
            scores[hit.chunk.id] = scores.get(hit.chunk.id, 0.0) + 1.0 / (k + rank)
            hits.setdefault(hit.chunk.id, hit)
    order = sorted(scores, key=lambda cid: -scores[cid])
    return [replace(hits[cid], score=scores[cid]) for cid in order]


# Milliseconds spent reranking in the current call (a ContextVar: the page serves many users
# from one Rag, each question in its own thread, so a shared field would mix their timings).
rerank_ms: ContextVar[float] = ContextVar("rerank_ms", default=0.0)


def rerank(res: Resources, query: str, hits: Sequence[Hit]) -> list[Hit]:
    """Cross-encoder scores (logits) for `hits`, best first. A chunk that says the asked deed
    in another phrase of its sense ("to be destroyed" for "Was the dog ordered to be put
    down?", `rag.judge.PHRASE_SENSE`) is scored with the question in its words too and keeps
    the better score, as `rag.evidence` does for sentences."""
    from rag.judge import in_the_words_of

    if not hits:
        return []
    started = time.perf_counter()
    passages = [_passage(h) for h in hits]
    scores = [float(s) for s in res.reranker.score(query, passages)]
    for i, passage in enumerate(passages):
        if (asked := in_the_words_of(query, passage)) is not None:
            scores[i] = max(scores[i], float(res.reranker.score(asked, [passage])[0]))
    rerank_ms.set(rerank_ms.get() + (time.perf_counter() - started) * 1000)
    rescored = [replace(h, score=float(s)) for h, s in zip(hits, scores, strict=True)]
    return sorted(rescored, key=lambda h: -h.score)


def _passage(hit: Hit) -> str:
    # The title gives the cross-encoder context the chunk may lack ("he", "the company").
    return f"{hit.title}. {hit.chunk.text}" if hit.title else hit.chunk.text


def diversify(
    hits: Sequence[Hit], k: int, max_per_article: int, reranked: int = 0
) -> list[Hit]:
    """Best-first, at most `max_per_article` chunks of one article, then fill up if short.

    Of the first `reranked` hits (scored by the cross-encoder, best first), further chunks of
    an article that the cross-encoder finds relevant (logit > 0) come after every relevant
    chunk of the other articles but before the chunks it finds irrelevant: the cap is there
    to let other reports speak, and those have nothing to say ("Prosecutor Mr Julian Ashby
    said ..." in a court report's third chunk, for "Who prosecuted Dunmore?", had lost its
    place to a narrowboat fire's chunks at -10.9)."""
    chosen, spill, per_article = [], [], {}
    for i, hit in enumerate(hits):
        count = per_article.get(hit.chunk.article_id, 0)
        (chosen if count < max_per_article else spill).append((i, hit))
        per_article[hit.chunk.article_id] = count + 1

    def relevant(item: tuple[int, Hit]) -> bool:
        return item[0] < reranked and item[1].score > 0

    ordered = (
        [x for x in chosen if relevant(x)] + [x for x in spill if relevant(x)]
        + [x for x in chosen if not relevant(x)] + [x for x in spill if not relevant(x)]
    )
    return [hit for _, hit in ordered][:k]


def hybrid(res: Resources, query: str, k: int, filters: Filters) -> list[Hit]:
    settings = res.settings
    n = max(settings.candidates, k)
    fused = reciprocal_rank_fusion([dense(res, query, n, filters), bm25(res, query, n, filters)])
    top_n = settings.rerank_top_n
    if top_n > 0:
        fused = rerank(res, query, fused[:top_n]) + fused[top_n:]
    return diversify(fused, k, settings.max_per_article, reranked=min(top_n, len(fused)))


def hybrid_no_rerank(res: Resources, query: str, k: int, filters: Filters) -> list[Hit]:
    n = max(res.settings.candidates, k)
    fused = reciprocal_rank_fusion([dense(res, query, n, filters), bm25(res, query, n, filters)])
    return diversify(fused, k, res.settings.max_per_article)


def llamaindex_default(res: Resources, query: str, k: int, filters: Filters) -> list[Hit]:
    from rag.llamaindex_adapter import llamaindex_retrieve  # llama-index costs ~2 s to import

    return llamaindex_retrieve(res, query, k, filters)


RETRIEVERS: dict[str, RetrieverFn] = {
    "bm25": bm25,
    "dense": dense,
    "hybrid": hybrid,
    "hybrid-norerank": hybrid_no_rerank,
    "llamaindex-default": llamaindex_default,
}


def get_retriever(name: str) -> RetrieverFn:
    try:
        return RETRIEVERS[name]
    except KeyError:
        raise UnknownName("retriever", name, list(RETRIEVERS)) from None

