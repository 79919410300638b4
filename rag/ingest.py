"""Ingestion: articles in, chunks and vectors stored, and a report of everything that happened.

    ingester = Ingester(store, embedder, settings)
    report = ingester.ingest(read_paths(["corpus/"], ...), folders=[Path("corpus")])

Batch -> chunk -> embed -> write (the store's crash-safe protocol). Nothing is lost silently:
- an id already stored for a different origin (another file, URL or JSONL file) is a failure
  naming both, unless `replace=True` or the text is identical (a copy: counted unchanged, with
  a note naming both); "updated" means the same origin changed;
- an article dated after today gets a note (most likely a typo in its date);
- an article whose `url` is no web address gets a note and is stored without it;
- a file whose id changed (renamed, or its id scheme changed) replaces its old article: the old
  one is found by origin (same file), by content hash (a file that is gone, same content), or
  as a near-duplicate from a file gone from the same folder (renamed and edited in one step);
- stored articles whose files are gone from an ingested folder are reported (`missing`), and
  removed with `sync=True` (`removed`).

`rag check --repair` rewrites articles through `Ingester.rewrite`, so chunk ids are made in one
place (`rag.chunking.chunk_id`).
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from rag.chunking import SCHEME as CHUNKING_SCHEME
from rag.chunking import chunk_article
from rag.sources.common import is_web_address
from rag.types import (
    AlreadyStored,
    Article,
    Chunk,
    IngestFailure,
    IngestNote,
    IngestReport,
    MissingArticle,
)

Progress = Callable[[int, int | None], None]  # (articles done, total or None)
BATCH_ARTICLES = 64
_JSONL_LINE = re.compile(r"^(.*\.jsonl):(\d+)$", re.IGNORECASE)


def is_url(origin: str) -> bool:
    return bool(re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", origin))


def origin_file(origin: str | None) -> str | None:
    """The file an origin names (a JSONL origin "f.jsonl:12" names f.jsonl); None for a URL."""
    if not origin or is_url(origin):
        return None
    match = _JSONL_LINE.match(origin)
    return match.group(1) if match else origin


def stored_origin(origin: str | None) -> str | None:
    """The origin as stored: files as absolute paths (so "corpus/a.txt" and "./corpus/a.txt"
    are one origin whatever the working directory); URLs and JSONL line numbers unchanged."""
    path = origin_file(origin)
    if path is None:
        return origin
    absolute = os.path.realpath(path)
    return origin.replace(path, absolute, 1) if path != origin else absolute


def origin_key(origin: str | None) -> str | None:
    """What makes two origins "the same source": the file (every line of one JSONL file is one
    source), or the canonical URL."""
    if not origin:
        return None
    if is_url(origin):
        from rag.sources.web import canonical_url

        return canonical_url(origin)
    return os.path.realpath(origin_file(origin))


def same_origin(stored: str | None, new: str | None) -> bool:
    """Is the stored article's origin the one being ingested now?

    Records written before origins were stored as absolute paths hold the path as given; such a
    relative path matches a new absolute path that ends with it. No stored origin at all (very old
    records) counts as the same, as it always did.
    """
    if not stored or not new:
        return True
    if origin_key(stored) == origin_key(new):
        return True
    stored_path = origin_file(stored)
    if stored_path and not os.path.isabs(stored_path):
        tail = os.path.normpath(stored_path)
        return (origin_key(new) or "").endswith(os.sep + tail)
    return False


def _file_gone(origin: str | None) -> bool:
    path = origin_file(origin)
    return path is not None and os.path.isabs(path) and not os.path.exists(path)


def _same_folder(first: str | None, second: str | None) -> bool:
    """Do two origins name files in one folder (JSONL lines and URLs never do)?"""
    a, b = origin_file(first), origin_file(second)
    if not a or not b or _JSONL_LINE.match(first or "") or _JSONL_LINE.match(second or ""):
        return False
    return os.path.dirname(os.path.realpath(a)) == os.path.dirname(os.path.realpath(b))


def _under(origin: str | None, folder: str) -> bool:
    path = origin_file(origin)
    return path is not None and os.path.isabs(path) and path.startswith(folder + os.sep)


@dataclass(frozen=True)
class _Todo:
    article: Article
    chunks: list[Chunk]
    existed: bool
    supersedes: str | None  # a stored article this one replaces under a new id


class _Registry:
    """Stored article records indexed by origin and content hash; loaded on first need (one pass
    over the registry), kept current as this run writes."""

    def __init__(self, store):
        self.records = store.registry()
        self.by_origin: dict[str, list[str]] = {}
        self.by_hash: dict[str, list[str]] = {}
        for article_id, meta in self.records.items():
            self._index(article_id, meta)

    def _index(self, article_id: str, meta: dict) -> None:
        key = origin_key(meta.get("origin"))
        if key:
            self.by_origin.setdefault(key, []).append(article_id)
        if meta.get("content_hash"):
            self.by_hash.setdefault(meta["content_hash"], []).append(article_id)

    def predecessor(self, article: Article, claimed: set[str]) -> str | None:
        """A stored article that `article` (whose id is not stored) replaces: the same file
        under an older id, or the same content from a file that is gone (a renamed file)."""
        path = origin_file(article.origin)
        if path is not None and not _JSONL_LINE.match(article.origin or ""):
            for old in self.by_origin.get(origin_key(article.origin) or "", []):
                if old != article.id and old not in claimed and old in self.records:
                    return old
        for old in self.by_hash.get(article.content_hash, []):
            meta = self.records.get(old)
            if meta and old not in claimed and old != article.id and _file_gone(meta.get("origin")):
                return old
        return None

    def forget(self, article_id: str) -> None:
        self.records.pop(article_id, None)


class Ingester:
    """Writes articles into `store` with vectors from `embedder`; see the module docstring.

    Parts are handed in: `store` is a `rag.store.ChromaStore`, `embedder` has
    `embed_documents(texts) -> (n, dim) array`, `settings` a `rag.config.Settings`. The caller
    holds the write locks.
    """

    def __init__(self, store, embedder, settings):
        self.store = store
        self.embedder = embedder
        self.settings = settings
        self._stories = None  # the near-duplicate index, loaded when the first article is written

    def chunk(self, article: Article) -> list[Chunk]:
        return chunk_article(
            article, self.settings.chunk_words, self.settings.chunk_overlap_sentences
        )

    def rewrite(self, article: Article, story: dict | None) -> int:
        """Re-chunk, re-embed and rewrite one stored article (for `rag check --repair`);
        returns its number of chunks."""
        chunks = self.chunk(article)
        vectors = self.embedder.embed_documents([c.text for c in chunks])
        self.store.bump_revision()
        self.store.write_article(article, chunks, vectors, story)
        return len(chunks)

    def ingest(
        self,
        items: Iterable[Article | IngestFailure | AlreadyStored],
        progress: Progress | None = None,
        *,
        replace_others: bool = False,
        folders: Sequence[str | Path] = (),
        sync: bool = False,
    ) -> IngestReport:
        """Store new and changed articles; unchanged ones are not touched.

        `replace_others`: an article whose id is stored for another origin replaces it (instead
        of failing). `folders`: the directories ingested; stored articles whose files are gone
        from them are reported as `missing`, or deleted (`removed`) when `sync` is set.
        Vectors for a batch are computed before anything of it is written, so an embedding
        failure never leaves an article half-replaced.
        """
        started = time.perf_counter()
        failures: list[IngestFailure] = []
        articles: dict[str, Article] = {}
        notes: list[IngestNote] = []
        unchanged = 0
        for item in items:
            if isinstance(item, IngestFailure):
                failures.append(item)
            elif isinstance(item, AlreadyStored):
                unchanged += 1
            elif item.id in articles and articles[item.id].content_hash == item.content_hash:
                unchanged += 1  # the same file copied into two folders: one article, kept once
                notes.append(_copy_note(item, articles[item.id].origin))
            elif item.id in articles:
                failures.append(
                    IngestFailure(
                        item.origin or item.id,
                        f"article id {item.id!r} is also used by {articles[item.id].origin}; "
                        "give one of them another id (front matter `id:`)",
                    )
                )
            else:
                if item.url and not is_web_address(item.url):
                    notes.append(_address_note(item))
                    item = replace(item, url=None)
                if not (item.title or "").strip() and _a_text_file(item.origin):
                    notes.append(_title_note(item))
                articles[item.id] = replace(item, origin=stored_origin(item.origin))

        counts = {"added": 0, "updated": 0, "chunks": 0, "near": 0}
        truncated_before = getattr(self.embedder, "truncated", 0)
        notes.extend(_future_dates(articles.values(), date.today()))
        renamed: list[tuple[str, str]] = []
        claimed = set(articles)  # ids read in this run are never taken as a predecessor
        registry: _Registry | None = None
        pending = list(articles.values())
        done = 0
        if progress:
            progress(0, len(pending))
        for b in range(0, len(pending), BATCH_ARTICLES):
            batch = pending[b : b + BATCH_ARTICLES]
            records = self.store.article_records([a.id for a in batch])
            todo: list[_Todo] = []
            origins: dict[str, str] = {}
            for article in batch:
                record = records.get(article.id)
                if record is not None and not replace_others:
                    stored = record.get("origin")
                    moved = _file_gone(stored) and record.get("content_hash") == (
                        article.content_hash
                    )  # the same text from a folder that moved: nothing can be lost
                    same_text = record.get("content_hash") == article.content_hash
                    # Its own `id:` kept, renamed and edited in one step in the same folder:
                    # the new file is the article now (as `_edited_from` for files without one).
                    renamed_here = _file_gone(stored) and _same_folder(stored, article.origin)
                    if renamed_here and not same_text:
                        notes.append(IngestNote(
                            article.origin or article.id,
                            f"replaces article {article.id!r} from {stored}, a file no longer "
                            "there (renamed and edited)",
                        ))
                    if not (same_origin(stored, article.origin) or moved or renamed_here):
                        if same_text and record.get("state") == "ok":
                            unchanged += 1  # a copy of a stored file: nothing to write or lose
                            notes.append(_copy_note(article, stored))
                        else:
                            failures.append(_collision(article, stored))
                        continue
                if record is not None and (
                    record.get("content_hash"), record.get("state"), record.get("chunking")
                ) == (article.content_hash, "ok", CHUNKING_SCHEME):
                    unchanged += 1
                    if article.origin and record.get("origin") != article.origin:
                        origins[article.id] = article.origin  # e.g. a relative path made absolute
                    continue
                predecessor = None
                if record is None:
                    registry = registry or _Registry(self.store)
                    predecessor = registry.predecessor(article, claimed) or self._edited_from(
                        article, registry, claimed
                    )
                    if predecessor:
                        claimed.add(predecessor)
                chunks = self.chunk(article)
                if not chunks:
                    failures.append(
                        IngestFailure(article.origin or article.id, "no sentences found")
                    )
                    continue
                todo.append(_Todo(article, chunks, record is not None, predecessor))
            if origins:
                self.store.set_origins(origins)
            if todo:
                self._write(todo, counts)
                for t in todo:
                    if t.supersedes:
                        self.store.delete_article(t.supersedes)
                        if registry:
                            registry.forget(t.supersedes)
                        renamed.append((t.supersedes, t.article.id))
            done += len(batch)
            if progress:
                progress(done, len(pending))

        missing = self._missing(folders, registry, set(articles))
        removed: tuple[MissingArticle, ...] = ()
        if sync and missing:
            for gone in missing:
                self.store.delete_article(gone.id)
            removed, missing = missing, ()
        return IngestReport(
            added=counts["added"],
            updated=counts["updated"],
            unchanged=unchanged,
            failed=tuple(failures),
            chunks_written=counts["chunks"],
            seconds=time.perf_counter() - started,
            near_duplicates=counts["near"],
            renamed=tuple(renamed),
            missing=missing,
            removed=removed,
            truncated_chunks=getattr(self.embedder, "truncated", 0) - truncated_before,
            notes=tuple(notes),
        )

    def _write(self, todo: list[_Todo], counts: dict[str, int]) -> None:
        from rag.store import ArticleWrite

        texts = [c.text for t in todo for c in t.chunks]
        vectors = self.embedder.embed_documents(texts)
        # A new revision before the first write: if this process dies mid-batch, the BM25 index
        # can never match the store again and will be rebuilt.
        self.store.bump_revision()
        if self._stories is None:
            self._stories = self._story_index()
        writes, offset = [], 0
        for t in todo:
            if t.supersedes:  # its replacement is the same story, not a copy of it
                self._stories[0].remove(t.supersedes)
            story = self._story_for(t.article)
            counts["near"] += story["story"] != t.article.id
            vecs = vectors[offset : offset + len(t.chunks)]
            writes.append(ArticleWrite(t.article, t.chunks, vecs, story, t.existed))
            offset += len(t.chunks)
            counts["chunks"] += len(t.chunks)
            counts["updated" if t.existed or t.supersedes else "added"] += 1
        self.store.write_articles(writes)
        self.store.bump_revision()

    def _edited_from(self, article: Article, registry: _Registry, claimed: set[str]) -> str | None:
        """A stored article from a file that is gone from the same folder and whose text
        `article` nearly repeats (the near-duplicate test, `Settings.dedup_threshold`): a
        file renamed and corrected in one step. It is replaced rather than kept beside its
        correction, where its stale figures could still be cited."""
        path = origin_file(article.origin)
        if path is None or _JSONL_LINE.match(article.origin or ""):
            return None
        from rag import dedup

        if self._stories is None:
            self._stories = self._story_index()
        folder = os.path.dirname(os.path.realpath(path))
        for old, _ in self._stories[0].query(dedup.signature(article.text), exclude=article.id):
            origin = (registry.records.get(old) or {}).get("origin")
            if (
                old not in claimed
                and _file_gone(origin)
                and os.path.dirname(origin_file(origin) or "") == folder
            ):
                return old
        return None

    def _missing(
        self, folders: Sequence[str | Path], registry: _Registry | None, read: set[str]
    ) -> tuple[MissingArticle, ...]:
        """Stored articles from files under `folders` that no longer exist."""
        if not folders:
            return ()
        records = (registry or _Registry(self.store)).records
        roots = [os.path.realpath(f) for f in folders]
        gone = []
        for article_id, meta in sorted(records.items()):
            origin = meta.get("origin")
            if article_id in read or not any(_under(origin, root) for root in roots):
                continue
            if _file_gone(origin):
                gone.append(MissingArticle(article_id, origin))
        return tuple(gone)

    def _story_index(self):
        """The near-duplicate index over stored articles, from their stored signatures.

        Built once per ingest (one pass over the registry), then kept up to date by `_story_for`.
        """
        from rag import dedup

        index, story_of = dedup.NearDuplicateIndex(self.settings.dedup_threshold), {}
        for article_id, story, encoded in self.store.minhashes():
            try:
                index.add(article_id, dedup.decode(encoded))
            except ValueError:
                continue  # a signature from another scheme: that article is just not matched
            story_of[article_id] = story
        return index, story_of

    def _story_for(self, article: Article) -> dict:
        """The near-duplicate fields to store with `article`; registers it in the index."""
        from rag import dedup

        index, story_of = self._stories
        signature = dedup.signature(article.text)
        matches = index.query(signature, exclude=article.id)
        story = story_of.get(matches[0][0], matches[0][0]) if matches else article.id
        index.add(article.id, signature)
        story_of[article.id] = story
        return {"story": story, "minhash": dedup.encode(signature)}


def _copy_note(article: Article, kept: str | None) -> IngestNote:
    return IngestNote(
        article.origin or article.id,
        f"identical copy of article {article.id!r} from {kept}; stored once (counted as unchanged)",
    )


def _address_note(article: Article) -> IngestNote:
    """The note for an article whose `url` is no web address ("not a url", "javascript:..."):
    the article is stored without it, as a citation must never link there; its text is not
    lost for a field that only links."""
    return IngestNote(
        article.origin or article.id,
        f"field 'url': {article.url!r} is not a web address; stored without it (write it as "
        "https://... or leave it out)",
    )


def _a_text_file(origin: str | None) -> bool:
    return bool(origin) and origin.lower().endswith((".txt", ".md", ".markdown", ".text"))


def _title_note(article: Article) -> IngestNote:
    """The note for a text or markdown file with no title: it is stored, and cited by its id
    (the page and the CLI show the title where there is one)."""
    return IngestNote(
        article.origin or article.id,
        f"no title; stored, and cited as {article.id!r} (add `title:` to its front matter, or "
        "open a markdown file with a `# heading`)",
    )


def _future_dates(articles: Iterable[Article], today: date) -> list[IngestNote]:
    """A note per article dated after `today`: most likely a typo in its date. Such articles
    are kept, but `Rag.reference_date` does not let them move "now" past today."""
    return [
        IngestNote(
            a.origin or a.id,
            f"dated {a.published}, after today ({today.isoformat()}); check its date. It is "
            'stored, but not used as "now" for relative times in questions',
        )
        for a in articles
        if a.published and a.published > today.isoformat()
    ]


def _collision(article: Article, stored: str | None) -> IngestFailure:
    return IngestFailure(
        article.origin or article.id,
        f"article id {article.id!r} is already used by a stored article from {stored}; give "
        "this one another id (front matter `id:`), or ingest with --replace to replace it",
    )
