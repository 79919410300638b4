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

# The layout of sentences and chunks this module makes. A stored article records the scheme it
# was chunked by, and one chunked by another is re-chunked by the next ingest of its file
# (`rag.ingest`), so a change here reaches stores made before it. Bump it with any change to
# where sentences or chunks begin and end.
SCHEME = "sentences-3"  # 3: a "Label: value" line is a sentence of its own

# A blank line ends a paragraph; so does a line break before a list item ("- ", "* ", "• ",
# "1. "), so items without full stops are not read as one long sentence.
_PARAGRAPH = re.compile(
    r"\n\s*\n|\n(?=[ \t]*(?:[-*\u2022]|\d{1,3}[.)])[ \t]+\S)"
    # "The company's vessels:\nMV Skerra Lass: built 1998, ...": each "Label: value" line is a
    # sentence of its own, bullet or none (a line merely ending in ":" is not cut after, so a
    # hard-wrapped "... read:\n<the words>" stays one sentence)
    r"|\n(?=[ \t]*[A-Z][^\n:.!?]{0,50}:[ \t]+\S)"
)


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
    tokenizer = PunktTokenizer("english")
    # A title's abbreviation ends no sentence: "Coun. Darryl Wiebe cast the only vote against"
    # was cited as "Darryl Wiebe cast ..." (Punkt's English model knows "Dr." and "Mr." only)
    tokenizer._params.abbrev_types.update(_TITLE_ABBREVIATIONS)
    return tokenizer


# (lower case, without the full stop, as Punkt keeps them)
_TITLE_ABBREVIATIONS = frozenset(
    "coun cllr supt insp det sgt const gov rev revd ald capt fr sen rep lt col gen cpl cmdr "
    "hon rt".split()
)


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


# A "sentence" longer than this is not one: an automatic transcript without full stops, a list
# flattened into one line, text in a script Punkt does not split. It is cut into windows so every
# part of it can be found and cited on its own, and no chunk outgrows what the embedder reads.
MAX_SENTENCE_WORDS = 50
MAX_SENTENCE_CHARS = 400
_WINDOW_WORDS = 30  # a window's target length, about two ordinary sentences' worth
_WINDOW_CHARS = 300
_CLAUSE_MARKS = ",;:\u3001\u3002\uff01\uff1f\uff0c\uff1b\uff1a"
_CLAUSE_END = re.compile(rf"[{_CLAUSE_MARKS}]\s*|\s+[-\u2013\u2014]\s+")
_WORD_SPAN = re.compile(r"\S+")


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of every sentence in `text`, shifted by `offset`.

    Sentences longer than MAX_SENTENCE_WORDS words or MAX_SENTENCE_CHARS characters are cut into
    windows of about _WINDOW_WORDS words (see `windows`).
    """
    tokenizer = _punkt()
    spans = []
    for p_start, p_end in paragraph_spans(text):
        found: list[tuple[int, int]] = []
        for s, e in tokenizer.span_tokenize(text[p_start:p_end]):
            s, e = _strip(text, p_start + s, p_start + e)
            if e <= s:
                continue
            if found and _ENDS_IN_INITIALS.search(text[found[-1][0] : found[-1][1]]) and (
                (opener := re.match(r"[\"'“‘(]?([A-Z][\w’'-]*)", text[s:e]))
                and opener.group(1).lower() not in _OPENERS
            ):
                # "bought a J.M.W. | Turner watercolour": initials end no sentence before a name
                found[-1] = (found[-1][0], e)
            else:
                found.append((s, e))
        for s, e in found:
            spans.extend((offset + a, offset + b) for a, b in windows(text, s, e))
    return spans


# A name's initials closing what Punkt took for a sentence: "J.M.W.", "J. K.", "George W."
_ENDS_IN_INITIALS = re.compile(r"(?:^|[\s(])(?:[A-Z]\.\s?){1,4}$")


# Where a window may end, best first: after a clause mark; before a word that often opens a
# clause (not after a function word or a number, so "2.6 million euros" and "the first of
# September" stay whole); anywhere else; after a function word or a number.
_OPENERS = frozenset(
    "the a an and but so then there this that these those it he she they we i you its his her "
    "their our several many some members towards after before when while meanwhile later also "
    "however mr mrs ms dr".split()
)
_FUNCTION = frozenset(
    "the a an of to in on at for from with by and or but as is was were will would be been has "
    "have had its their his her our this that these those than into about over under per".split()
)
_NUMBER = re.compile(r"^[\d.,%$\u00a3\u20ac]+$|^(million|billion|thousand|hundred|percent)$", re.I)


def _cut_cost(text: str, words: list[tuple[int, int]], j: int) -> int:
    """How bad a window end after word `j` is (0 best)."""
    word = text[words[j][0] : words[j][1]]
    following = text[words[j + 1][0] : words[j + 1][1]]
    if word[-1] in _CLAUSE_MARKS or following in ("-", "\u2013", "\u2014"):
        return 0
    bare = word.lower().strip("\"'()")
    if bare in _FUNCTION or _NUMBER.match(bare):
        return 3
    return 1 if following.lower().strip("\"'()") in _OPENERS else 2


def windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`text[start:end]` as one span if it is sentence-sized, else as consecutive windows.

    Windows are made greedily from the start: each ends at the cheapest cut (see `_cut_cost`)
    between two thirds and four thirds of _WINDOW_WORDS words, so clause marks are used where
    there are any and a number keeps its unit; what is left once it fits in one sentence is the
    last window. Being greedy, windowing a chunk that starts at a window start gives the same
    windows again (the evidence step splits chunks into sentences at question time). A text
    without spaces (CJK) is cut by characters. Every word is in exactly one window.
    """
    words = [(m.start() + start, m.end() + start) for m in _WORD_SPAN.finditer(text[start:end])]
    if len(words) <= MAX_SENTENCE_WORDS and end - start <= MAX_SENTENCE_CHARS:
        return [(start, end)]
    if len(words) <= 1 or (end - start) / len(words) > 40:  # no spaces to cut at
        return _char_windows(text, start, end)
    out, first = [], 0
    while first < len(words):
        if len(words) - first <= MAX_SENTENCE_WORDS:
            last = len(words) - 1
        else:
            ideal = first + _WINDOW_WORDS - 1
            last = min(
                range(first + _WINDOW_WORDS * 2 // 3 - 1, first + _WINDOW_WORDS * 4 // 3),
                key=lambda j: (_cut_cost(text, words, j), abs(j - ideal)),
            )
        s, e = words[first][0], words[last][1]
        out.extend(_char_windows(text, s, e) if e - s > MAX_SENTENCE_CHARS else [(s, e)])
        first = last + 1
    return out


def _char_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Windows of about _WINDOW_CHARS characters, cut after a clause mark when one is near."""
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = start + _WINDOW_CHARS
        marks = [m.end() for m in _CLAUSE_END.finditer(text, start + _WINDOW_CHARS // 2, cut)]
        cut = marks[-1] if marks else cut
        s, e = _strip(text, start, cut)
        if e > s:
            out.append((s, e))
        start = cut
    s, e = _strip(text, start, end)
    if e > s:
        out.append((s, e))
    return out


def chunk_id(article_id: str, article_hash: str, start: int, end: int) -> str:
    """The one formula for chunk ids: a content hash, so an unchanged article keeps its ids and
    any change to it gives all-new ids (`rag check` recomputes these to find stale chunks)."""
    return content_hash(article_id, article_hash, str(start), str(end))


# Scripts written without spaces (CJK): one character is about one embedder token, and
# `str.split` would count a whole paragraph as one word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")


# What a BERT-style tokenizer makes at least one token of: a run of letters or digits, and each
# punctuation or symbol character on its own ("____" is four tokens, "$55.00" four).
_TOKENISH = re.compile(r"[^\W_]+|[^\w\s]|_")


def _length(text: str) -> int:
    """A sentence's length in words, for chunk budgets: its words, or each character of an
    unspaced script, or (for forms, tables, ASCII art) its estimated tokens / 2, whichever
    is most. Ordinary prose runs ~1.3 tokens a word, so only symbol-heavy text is charged more:
    it would otherwise make 120-"word" chunks of 1,500 tokens that the embedder cuts at 512."""
    tokens = len(_TOKENISH.findall(text)) + len(_UNSPACED.findall(text))
    return max(len(text.split()), len(_UNSPACED.findall(text)), tokens // 2)


def chunk_article(article: Article, max_words: int = 120, overlap: int = 1) -> list[Chunk]:
    """Group whole sentences into chunks of about `max_words`, repeating `overlap` sentences.

    No sentence is longer than MAX_SENTENCE_WORDS (see `windows`), so no chunk is much longer
    than `max_words`: at the default 120, about 160-250 bge tokens, well inside its 512.
    """
    sentences = sentence_spans(article.text)
    words = [_length(article.text[s:e]) for s, e in sentences]
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
