"""Sentence-aware chunking that keeps character offsets into the article.

Sentences come from NLTK's Punkt model, the copy bundled with llama-index (no download), applied
paragraph by paragraph so a heading or dangling line never glues onto the next sentence.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from rag.types import Article, Chunk, content_hash

_PARAGRAPH = re.compile(r"\n\s*\n")


@lru_cache(maxsize=1)
def _punkt():
    # Imported lazily: nltk costs ~0.4 s, which `rag --help` should not pay.
    import nltk
    from nltk.tokenize.punkt import PunktTokenizer

    spec = importlib.util.find_spec("llama_index.core")
    if spec and spec.submodule_search_locations:
        cache = Path(next(iter(spec.submodule_search_locations))) / "_static" / "nltk_cache"
        if str(cache) not in nltk.data.path:
            nltk.data.path.insert(0, str(cache))
    return PunktTokenizer("english")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in (_strip(text, s, e) for s, e in spans) if e > s]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of every sentence in `text`, shifted by `offset`."""
    tokenizer = _punkt()
    spans = []
    for p_start, p_end in paragraph_spans(text):
        for s, e in tokenizer.span_tokenize(text[p_start:p_end]):
            s, e = _strip(text, p_start + s, p_start + e)
            if e > s:
                spans.append((offset + s, offset + e))
    return spans


def chunk_id(article_id: str, article_hash: str, start: int, end: int) -> str:
    """The one formula for chunk ids: a content hash, so an unchanged article keeps its ids and
    any change to it gives all-new ids (`rag check` recomputes these to find stale chunks)."""
    return content_hash(article_id, article_hash, str(start), str(end))


def chunk_article(article: Article, max_words: int = 120, overlap: int = 1) -> list[Chunk]:
    """Group whole sentences into chunks of about `max_words`, repeating `overlap` sentences."""
    sentences = sentence_spans(article.text)
    words = [len(article.text[s:e].split()) for s, e in sentences]
    chunks: list[Chunk] = []
    first = 0
    while first < len(sentences):
        last, total = first, words[first]
        while last + 1 < len(sentences) and total + words[last + 1] <= max_words:
            last += 1
            total += words[last]
        start, end = sentences[first][0], sentences[last][1]
        chunks.append(
            Chunk(
                id=chunk_id(article.id, article.content_hash, start, end),
                article_id=article.id,
                index=len(chunks),
                text=article.text[start:end],
                start=start,
                end=end,
            )
        )
        if last + 1 >= len(sentences):
            break
        # Step back `overlap` sentences, but always move forward by at least one.
        first = max(first + 1, last + 1 - overlap)
    return chunks
