"""The Chroma adapter: chunks with their vectors, and the article registry, in one store.

Embedded (PersistentClient) by default; a Chroma server (HttpClient) when `chroma_url` is set.
Both collections are named after the embedding model, so switching models never mixes vectors.
Chroma objects stay in this module; our own types come out.

Write protocol (so a crash never leaves a half-written article that looks whole):
  1. the store's revision is bumped and the article's registry record is set to state "writing"
     with its new content hash,
  2. its old chunks are deleted, the revision bumped, and the new ones added (vectors were
     computed beforehand),
  3. the record is set to state "ok" and the store's revision is bumped.
Within one revision chunks are only added or only deleted, so (revision, chunk count) names
one set of chunks: a BM25 index built mid-write is never taken for the finished store.
An article found in state "writing" is redone by the next ingest.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rag.chunking import SCHEME as CHUNKING_SCHEME
from rag.errors import BackendUnavailable, BadInput, NotFound
from rag.types import Article, ArticleInfo, Chunk, Hit

_REVISION_ID = "__revision__"
_PAGE = 2000


def _slug(text: str) -> str:
    return re.sub(r"[^a-zA-Z0-9._-]+", "-", text).strip("-._")


def _date_ord(published: str | None) -> int | None:
    return int(published.replace("-", "")) if published else None


def _clean(meta: dict) -> dict:
    # Chroma metadata values cannot be None.
    return {k: v for k, v in meta.items() if v is not None}


def _filters(
    since: str | None,
    until: str | None,
    sources: Sequence[str] | None,
    article_ids: Sequence[str] | None = None,
) -> dict | None:
    clauses: list[dict] = []
    if article_ids is not None:
        clauses.append({"article_id": {"$in": list(article_ids)}})
    if since:
        clauses.append({"published_ord": {"$gte": _date_ord(since)}})
    if until:
        clauses.append({"published_ord": {"$lte": _date_ord(until)}})
    if sources:
        clauses.append({"source": {"$in": list(sources)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


@dataclass(frozen=True)
class ArticleWrite:
    """One article to store: its chunks and their vectors, near-duplicate fields, and whether an
    older version may be stored (then its chunks are deleted first)."""

    article: Article
    chunks: Sequence[Chunk]
    vectors: np.ndarray
    story: dict | None = None  # {"story": id, "minhash": signature} (see rag.dedup)
    existed: bool = True


def _record(w: ArticleWrite, state: str) -> dict:
    a = w.article
    return _clean(
        {
            "kind": "article",
            "state": state,
            "content_hash": a.content_hash,
            "chunking": CHUNKING_SCHEME,
            "title": a.title,
            "source": a.source,
            "published": a.published,
            "published_ord": _date_ord(a.published),
            "url": a.url,
            "origin": a.origin,
            "pages": ",".join(map(str, a.pages)) if a.pages else None,
            "chunks": len(w.chunks),
            "chars": len(a.text),
            **(w.story or {}),
        }
    )


def _chunk_meta(a: Article, c: Chunk) -> dict:
    return _clean(
        {
            "article_id": a.id,
            "title": a.title,
            "source": a.source,
            "published": a.published,
            "published_ord": _date_ord(a.published),
            "url": a.url,
            "index": c.index,
            "start": c.start,
            "end": c.end,
            # every chunk carries its article's page starts, so evidence can name the page
            "pages": ",".join(map(str, a.pages)) if a.pages else None,
        }
    )


def _info(article_id: str, meta: dict) -> ArticleInfo:
    return ArticleInfo(
        id=article_id,
        title=meta.get("title"),
        source=meta.get("source"),
        published=meta.get("published"),
        url=meta.get("url"),
        chunks=int(meta.get("chunks", 0)),
        content_hash=meta.get("content_hash", ""),
        chars=int(meta.get("chars", 0)),
    )


def _hit(chunk_id: str, text: str, meta: dict, score: float) -> Hit:
    return Hit(
        chunk=Chunk(
            id=chunk_id,
            article_id=meta["article_id"],
            index=int(meta["index"]),
            text=text,
            start=int(meta["start"]),
            end=int(meta["end"]),
        ),
        score=score,
        title=meta.get("title"),
        source=meta.get("source"),
        published=meta.get("published"),
        url=meta.get("url"),
        pages=_pages(meta.get("pages")),
    )


def _pages(value: str | None) -> tuple[int, ...]:
    return tuple(int(p) for p in value.split(",")) if value else ()


class ChromaStore:
    def __init__(self, location: str, collection: str, embed_model: str, server: bool = False):
        # chromadb costs ~1 s to import: only commands that touch the store pay it.
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        self.location = location
        self.server = server
        settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        try:
            if server:
                from urllib.parse import urlparse

                url = urlparse(location)
                self._client = chromadb.HttpClient(
                    host=url.hostname or "127.0.0.1",
                    port=url.port or 8000,
                    ssl=url.scheme == "https",
                    settings=settings,
                )
                self._client.heartbeat()
            else:
                Path(location).mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(path=location, settings=settings)
        except Exception as err:
            where = f"the Chroma server at {location}" if server else f"the store at {location}"
            hint = (
                "start it with `chroma run --path DIR --host 127.0.0.1 --port PORT` or unset "
                "RAG_CHROMA_URL"
                if server
                else "check the path, or that no other process holds it"
            )
            raise BackendUnavailable(f"cannot open {where}: {err}; {hint}") from err
        base = _slug(f"{collection}-{embed_model}")
        self._chunks = self._client.get_or_create_collection(
            f"{base}-chunks", configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
        )
        # The registry needs no vectors; a 1-d placeholder keeps Chroma happy.
        self._articles = self._client.get_or_create_collection(
            f"{base}-articles", embedding_function=None
        )
        self.max_batch = self._client.get_max_batch_size()

    # -- registry -------------------------------------------------------------------------------

    def article_states(self, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """article id -> (content_hash, state) for those of `ids` that are stored."""
        found: dict[str, tuple[str, str]] = {}
        for b in range(0, len(ids), _PAGE):
            got = self._articles.get(ids=list(ids[b : b + _PAGE]), include=["metadatas"])
            for article_id, meta in zip(got["ids"], got["metadatas"], strict=True):
                found[article_id] = (meta.get("content_hash", ""), meta.get("state", ""))
        return found

    def article_records(self, ids: Sequence[str]) -> dict[str, dict]:
        """article id -> registry metadata (content_hash, state, origin, ...) for stored ids."""
        found: dict[str, dict] = {}
        for b in range(0, len(ids), _PAGE):
            got = self._articles.get(ids=list(ids[b : b + _PAGE]), include=["metadatas"])
            found.update(zip(got["ids"], got["metadatas"], strict=True))
        return found

    def set_origins(self, origins: dict[str, str]) -> None:
        """Record where stored articles now come from (no chunk changes: no new revision)."""
        ids = list(origins)
        for b in range(0, len(ids), self.max_batch):
            batch = ids[b : b + self.max_batch]
            self._articles.update(ids=batch, metadatas=[{"origin": origins[i]} for i in batch])

    def _put_articles(self, items: Sequence[ArticleWrite], state: str) -> None:
        """Upsert the registry records of several articles in one call."""
        for b in range(0, len(items), self.max_batch):
            batch = items[b : b + self.max_batch]
            self._articles.upsert(
                ids=[w.article.id for w in batch],
                embeddings=[[0.0]] * len(batch),
                documents=[w.article.text for w in batch],
                metadatas=[_record(w, state) for w in batch],
            )

    def write_articles(self, items: Sequence[ArticleWrite]) -> None:
        """Replace everything stored for these articles (see the write protocol above).

        Done for a whole batch at a time: one registry upsert per state, one delete, and the
        chunks in as few adds as Chroma allows. Per-article calls cost ~40% of ingestion time.
        """
        for w in items:
            if len(w.chunks) != len(w.vectors):
                raise ValueError("one vector per chunk")
        self._put_articles(items, "writing")
        replaced = [w.article.id for w in items if w.existed]
        if replaced:
            self._chunks.delete(where={"article_id": {"$in": replaced}})
            # Deletes and adds never share a revision, so a BM25 index built by any process
            # mid-write differs from the finished store in revision or in chunk count.
            self.bump_revision()
        rows = [(w, c, v) for w in items for c, v in zip(w.chunks, w.vectors, strict=True)]
        for b in range(0, len(rows), self.max_batch):
            batch = rows[b : b + self.max_batch]
            self._chunks.add(
                ids=[c.id for _, c, _ in batch],
                embeddings=np.asarray([v for _, _, v in batch], dtype=np.float32),
                documents=[c.text for _, c, _ in batch],
                metadatas=[_chunk_meta(w.article, c) for w, c, _ in batch],
            )
        self._put_articles(items, "ok")

    def write_article(
        self,
        article: Article,
        chunks: Sequence[Chunk],
        vectors: np.ndarray,
        story: dict | None = None,
    ) -> None:
        """`write_articles` for one article that may already be stored."""
        self.write_articles([ArticleWrite(article, chunks, vectors, story, existed=True)])

    def bump_revision(self) -> str:
        revision = uuid.uuid4().hex
        self._articles.upsert(
            ids=[_REVISION_ID],
            embeddings=[[0.0]],
            metadatas=[{"kind": "revision", "rev": revision}],
        )
        return revision

    def revision(self) -> str:
        got = self._articles.get(ids=[_REVISION_ID], include=["metadatas"])
        return got["metadatas"][0]["rev"] if got["ids"] else "empty"

    def delete_article(self, article_id: str) -> int:
        got = self._articles.get(ids=[article_id], include=[])
        chunk_ids = self._chunks.get(where={"article_id": article_id}, include=[])["ids"]
        if not got["ids"] and not chunk_ids:
            raise NotFound(f"no article with id {article_id!r}; `rag articles` lists the ids")
        # Mark first, so a crash in between leaves a record the next ingest or check redoes.
        if got["ids"]:
            self._articles.update(ids=[article_id], metadatas=[{"state": "deleting"}])
        if chunk_ids:
            self._chunks.delete(ids=chunk_ids)
        self._articles.delete(ids=[article_id])
        self.bump_revision()
        return len(chunk_ids)

    def articles(
        self,
        since: str | None = None,
        until: str | None = None,
        sources: Sequence[str] | None = None,
        undated: bool = False,
    ) -> list[ArticleInfo]:
        """Stored articles passing the filters (`undated`: only those without a date)."""
        where = _filters(since, until, sources)
        where = {"$and": [{"kind": "article"}, where]} if where else {"kind": "article"}
        infos = []
        for got in self._pages(self._articles, where=where, include=["metadatas"]):
            for article_id, meta in zip(got["ids"], got["metadatas"], strict=True):
                infos.append(_info(article_id, meta))
        return [i for i in infos if not i.published] if undated else infos

    def article(self, article_id: str) -> Article:
        return self.article_any_state(article_id, require_ok=True)

    def article_any_state(self, article_id: str, require_ok: bool = False) -> Article:
        got = self._articles.get(ids=[article_id], include=["metadatas", "documents"])
        if (
            not got["ids"]
            or got["metadatas"][0].get("kind") != "article"
            or (require_ok and got["metadatas"][0].get("state") != "ok")
        ):
            raise NotFound(f"no article with id {article_id!r}; `rag articles` lists the ids")
        meta = got["metadatas"][0]
        return Article(
            id=article_id,
            title=meta.get("title"),
            text=got["documents"][0],
            source=meta.get("source"),
            published=meta.get("published"),
            url=meta.get("url"),
            origin=meta.get("origin"),
            pages=_pages(meta.get("pages")),
        )

    # -- chunks ---------------------------------------------------------------------------------

    @staticmethod
    def _pages(collection, where=None, include=()) -> Iterable[dict]:
        """Chroma `get` results page by page, so large stores never load in one response."""
        offset = 0
        while True:
            got = collection.get(where=where, include=list(include), limit=_PAGE, offset=offset)
            if got["ids"]:
                yield got
            if len(got["ids"]) < _PAGE:
                return
            offset += _PAGE

    def all_chunks(self) -> Iterable[tuple[str, str, dict]]:
        """(chunk id, text, metadata) for every chunk (for the BM25 index)."""
        for got in self._pages(self._chunks, include=["documents", "metadatas"]):
            yield from zip(got["ids"], got["documents"], got["metadatas"], strict=True)

    def chunks_by_id(self, ids: Sequence[str]) -> dict[str, Hit]:
        if not ids:
            return {}
        got = self._chunks.get(ids=list(ids), include=["documents", "metadatas"])
        return {
            cid: _hit(cid, doc, meta, 0.0)
            for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        }

    def query(
        self,
        vector: np.ndarray,
        k: int,
        since: str | None = None,
        until: str | None = None,
        sources: Sequence[str] | None = None,
        undated: bool = False,
    ) -> list[Hit]:
        """Nearest chunks by cosine similarity (score = 1 - cosine distance); `undated`: only
        chunks of articles without a date."""
        if k <= 0 or self.count_chunks() == 0:
            return []
        only = None
        if undated:
            only = [a.id for a in self.articles(sources=sources, undated=True)]
            if not only:
                return []
        got = self._chunks.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32)],
            n_results=k,
            where=_filters(since, until, sources, only),
            include=["documents", "metadatas", "distances"],
        )
        return [
            _hit(cid, doc, meta, 1.0 - float(dist))
            for cid, doc, meta, dist in zip(
                got["ids"][0],
                got["documents"][0],
                got["metadatas"][0],
                got["distances"][0],
                strict=True,
            )
        ]

    def registry(self) -> dict[str, dict]:
        """Every article record, whatever its state: id -> metadata."""
        records: dict[str, dict] = {}
        for got in self._pages(self._articles, where={"kind": "article"}, include=["metadatas"]):
            records.update(zip(got["ids"], got["metadatas"], strict=True))
        return records

    def story_members(self, article_ids: Sequence[str]) -> dict[str, list[ArticleInfo]]:
        """For each article, the other stored copies of its story (near-duplicates)."""
        if not article_ids:
            return {}
        got = self._articles.get(ids=list(article_ids), include=["metadatas"])
        story_of = {i: m.get("story") for i, m in zip(got["ids"], got["metadatas"], strict=True)}
        stories = sorted({s for s in story_of.values() if s})
        members: dict[str, list[ArticleInfo]] = {}
        if stories:
            found = self._articles.get(
                where={"$and": [{"kind": "article"}, {"story": {"$in": stories}}]},
                include=["metadatas"],
            )
            for aid, meta in zip(found["ids"], found["metadatas"], strict=True):
                members.setdefault(meta["story"], []).append(_info(aid, meta))
        return {
            aid: [m for m in members.get(story, []) if m.id != aid]
            for aid, story in story_of.items()
            if story
        }

    def minhashes(self) -> list[tuple[str, str, str]]:
        """(article id, story id, encoded signature) of every article that has one."""
        rows = []
        for got in self._pages(self._articles, where={"kind": "article"}, include=["metadatas"]):
            for aid, meta in zip(got["ids"], got["metadatas"], strict=True):
                if meta.get("minhash"):
                    rows.append((aid, meta.get("story", aid), meta["minhash"]))
        return rows

    def chunk_metadata(self) -> dict[str, dict]:
        """Every chunk's metadata, without text or vectors: id -> metadata."""
        found: dict[str, dict] = {}
        for got in self._pages(self._chunks, include=["metadatas"]):
            found.update(zip(got["ids"], got["metadatas"], strict=True))
        return found

    def delete_chunks(self, ids: Sequence[str]) -> None:
        for b in range(0, len(ids), self.max_batch):
            self._chunks.delete(ids=list(ids[b : b + self.max_batch]))

    def count_chunks(self) -> int:
        return self._chunks.count()

    def size_bytes(self) -> int | None:
        if self.server:
            return None
        return sum(p.stat().st_size for p in Path(self.location).rglob("*") if p.is_file())


def validate_date(value: str | None, name: str) -> str | None:
    """Dates given by users (filters) must be YYYY-MM-DD."""
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadInput(f"the {name} date {value!r} is not a date; write it as YYYY-MM-DD") from None
