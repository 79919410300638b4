"""Our own data types. They cross `rag.api`; llama-index and Chroma objects never do."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field


def content_hash(*parts: str | None, length: int = 16) -> str:
    """A short, stable sha256 over the given parts (None and "" hash differently)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(b"\x00" if part is None else b"\x01" + part.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:length]


def page_at(pages: tuple[int, ...], offset: int) -> int | None:
    """The 1-based page whose start offset is the last one at or before `offset`."""
    if not pages:
        return None
    import bisect

    return max(1, bisect.bisect_right(pages, offset))


@dataclass(frozen=True)
class Article:
    """One news article as read from a source, text already cleaned of web boilerplate."""

    id: str
    title: str | None
    text: str
    source: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    origin: str | None = None  # where it was read from: a path, "file.jsonl:12", a URL
    # Character offset where each page starts (PDFs: pages[0] == 0); () when not paged.
    pages: tuple[int, ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding character `offset`, or None for an article without pages."""
        return page_at(self.pages, offset)

    @property
    def content_hash(self) -> str:
        """Changes when anything we store about the article changes (not its origin)."""
        return content_hash(self.title, self.text, self.source, self.published, self.url)


@dataclass(frozen=True)
class ArticleInfo:
    """What the store knows about an ingested article, without its text."""

    id: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    chunks: int
    content_hash: str
    chars: int = 0


@dataclass(frozen=True)
class Chunk:
    """A run of whole sentences of one article; `text == article.text[start:end]`."""

    id: str
    article_id: str
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with the article fields needed to cite it."""

    chunk: Chunk
    score: float
    title: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    pages: tuple[int, ...] = ()  # page start offsets of a paged article (PDF), see Article


@dataclass(frozen=True)
class Evidence:
    """One sentence of an article chosen to support an answer, with its exact place."""

    article_id: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    sentence: str
    start: int
    end: int
    score: float
    chunk_id: str = ""
    page: int | None = None  # 1-based page of a PDF article, None otherwise


@dataclass(frozen=True)
class Copy:
    """Another outlet's copy of a cited story (a near-duplicate found at ingestion)."""

    article_id: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None


@dataclass(frozen=True)
class Citation:
    n: int
    article_id: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    sentence: str
    start: int
    end: int
    score: float
    also_reported_by: tuple[Copy, ...] = ()
    page: int | None = None  # 1-based page of a PDF article ("p. 3"), None otherwise


@dataclass(frozen=True)
class ShortAnswer:
    """The answer itself, copied verbatim from a cited sentence: "£412,000", "Ines Calvo".

    `n` is the citation number of the sentence it was taken from; `start`/`end` are character
    offsets into the article text as stored, so `article.text[start:end] == text` up to
    whitespace (a line break inside the span is one space in `text`). For a yes/no
    question `text` is "Yes" or "No" and the span is that of the sentence that states it.
    """

    text: str
    n: int
    article_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Answer:
    """The reply to one question. `to_dict()` is the stable `--json` schema."""

    question: str
    answer: str
    refused: bool
    citations: tuple[Citation, ...]
    timings_ms: dict[str, float] = field(default_factory=dict)
    # The closest passages found, shown beside a refusal so the user can judge for themselves.
    passages: tuple[Hit, ...] = ()
    standalone_question: str | None = None
    # The best evidence sentence's score: what the refusal threshold was compared with.
    evidence_score: float | None = None
    # What a model answerer wrote before verification (None for the extractive answerer): the
    # answer keeps only its supported sentences, so this shows what was dropped.
    draft: str | None = None
    # The calibrated probability (0..1) that the answer is right; refusals are decided on it.
    confidence: float | None = None
    short_answer: ShortAnswer | None = None
    # Why the reply is a refusal: "evidence" (too weak), "model" (a model answerer found no
    # answer in the evidence), "filters" (the date/source filters left no article), "pronoun"
    # (a "he" or "she" that nothing before names), "choices" (a "Which of the following ...?"
    # that gives no options); None if answered.
    refusal_reason: str | None = None
    # What the answerability judgement read (rag.judge.signals); recorded by the eval harness.
    signals: dict[str, float] = field(default_factory=dict)
    # Things the user should know about this reply, one sentence each (a question not in
    # English, ...); shown after the answer by the CLI, the page and the API.
    notes: tuple[str, ...] = ()

    def cited_text(self) -> str:
        """The sentences this answer cites, joined."""
        return " ".join(c.sentence for c in self.citations)

    def best_passage(self) -> str:
        """The text of the best passage found ("" for a refusal)."""
        return self.passages[0].chunk.text if self.passages and not self.refused else ""

    def to_dict(self) -> dict:
        out = {
            "question": self.question,
            "answer": self.answer,
            "refused": self.refused,
            "citations": [asdict(c) for c in self.citations],
            "confidence": None if self.confidence is None else round(self.confidence, 4),
            "short_answer": asdict(self.short_answer) if self.short_answer else None,
            "refusal_reason": self.refusal_reason,
            "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()},
        }
        if self.standalone_question and self.standalone_question != self.question:
            # (a follow-up's rewritten question, as the conversation store and the HTTP API
            # give it: only when the question was rewritten, like "draft")
            out["standalone_question"] = self.standalone_question
        if self.draft is not None:
            out["draft"] = self.draft
        if self.notes:  # only when there are any, like "draft": ordinary replies keep their keys
            out["notes"] = list(self.notes)
        return out


@dataclass(frozen=True)
class IngestFailure:
    origin: str  # file, or file:line
    reason: str
    # True when the input may be fine and the machine or network failed ("timed out after 10 s",
    # "cannot read file: Input/output error"): `rag ingest` exits 1 for these, 2 for bad input
    system: bool = False


@dataclass(frozen=True)
class IngestNote:
    """Something ingested that the user should know about, though nothing failed."""

    origin: str  # file, file:line or URL
    message: str


@dataclass(frozen=True)
class AlreadyStored:
    """An input known to be stored already, not read again (a feed entry whose page is stored)."""

    origin: str
    id: str


@dataclass(frozen=True)
class MissingArticle:
    """A stored article whose file is gone from an ingested folder."""

    id: str
    origin: str


@dataclass(frozen=True)
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: tuple[IngestFailure, ...] = ()
    chunks_written: int = 0
    seconds: float = 0.0
    near_duplicates: int = 0  # new or changed articles that copy a story already stored
    # (old id, new id): a file renamed (same content) or whose id changed; counted as updated
    renamed: tuple[tuple[str, str], ...] = ()
    missing: tuple[MissingArticle, ...] = ()  # files gone from an ingested folder, still stored
    removed: tuple[MissingArticle, ...] = ()  # the same, deleted by `sync=True`
    truncated_chunks: int = 0  # chunks longer than the embedder reads (only their start embedded)
    # identical copies of an article under its id, future dates, ...: warnings, not failures
    notes: tuple[IngestNote, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def exit_code(self) -> int:
        """0 when nothing failed; 1 when the system failed for some input (a timeout, a read
        error: trying again may work); else 2, the inputs themselves are bad (front matter
        never closed, "date: 2025-13-45"). The good inputs are stored either way."""
        if not self.failed:
            return 0
        return 1 if any(f.system for f in self.failed) else 2


@dataclass(frozen=True)
class Stats:
    articles: int
    chunks: int
    embed_model: str
    rerank_model: str
    store: str  # a path, or a server URL
    store_bytes: int | None
    sources: dict[str, int] = field(default_factory=dict)
