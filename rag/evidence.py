"""Sentence-level evidence: which sentences of the retrieved passages answer the question, how
strongly, and whether that is strong enough to answer at all.

Every candidate sentence is scored by the cross-encoder against the question, read together with
the sentence before it: "It reported that Gen Roman Berdnikov had been replaced" only answers "who
was replaced after the Kharkiv retreat?" beside the sentence that names the retreat (measured: the
sentence alone scores -1.0, with its predecessor 8.7).

The refusal decision compares the best score with a threshold calibrated on dev data
(`Settings.refusal_threshold`), so it is the system, never a model, that decides to refuse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rag.chunking import sentence_spans
from rag.types import Evidence, Hit

_RESCORE = 4  # sentences re-scored on their own
_WINDOW_DISCOUNT = 0.5


@dataclass(frozen=True)
class EvidenceSet:
    sentences: tuple[Evidence, ...]  # best first
    best_score: float
    refused: bool


def candidate_sentences(hits: Sequence[Hit]) -> list[Evidence]:
    """Every sentence of the hits, once each (chunks overlap), in retrieval order."""
    seen: set[tuple[str, int]] = set()
    out: list[Evidence] = []
    for hit in hits:
        chunk = hit.chunk
        for start, end in sentence_spans(chunk.text, offset=chunk.start):
            key = (chunk.article_id, start)
            if key in seen:
                continue
            seen.add(key)
            out.append(
                Evidence(
                    article_id=chunk.article_id,
                    title=hit.title,
                    source=hit.source,
                    published=hit.published,
                    url=hit.url,
                    sentence=chunk.text[start - chunk.start : end - chunk.start],
                    start=start,
                    end=end,
                    score=0.0,
                    chunk_id=chunk.id,
                )
            )
    return out


def _with_previous_sentence(candidates: Sequence[Evidence]) -> list[str]:
    by_end = {(e.article_id, e.end): e for e in candidates}
    texts = []
    for e in candidates:
        # The sentence just before, when we have it: paragraphs are split by at most "\n\n ".
        previous = next(
            (
                by_end[(e.article_id, e.start - gap)]
                for gap in (1, 2, 3, 0)
                if (e.article_id, e.start - gap) in by_end
            ),
            None,
        )
        texts.append(f"{previous.sentence} {e.sentence}" if previous else e.sentence)
    return texts


# What kind of answer a question asks for, and how to see one in a sentence. A sentence that
# cannot hold the answer ("How many...?" and no number in it) is pushed down by a penalty.
_NUMBER_WORDS = (
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|billion|dozen|half|several|few)\b"
)
_DATE = (
    r"\b(1[0-9]{3}|20[0-9]{2}|[0-9]{2}s|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|century|centuries|year|years|today|yesterday|ago|decade|bc|ad)\b"
)
_ANSWER_TYPES = [
    (
        re.compile(
            r"^\s*(how (many|much|long|old|far|big|large|tall|high)|what (percentage|"
            r"proportion|number|amount))\b",
            re.I,
        ),
        re.compile(_NUMBER_WORDS, re.I),
    ),
    (
        re.compile(
            r"^\s*(when|what (year|date|day|month|century|decade)|which (year|century))\b", re.I
        ),
        re.compile(_DATE, re.I),
    ),
]
_NAME_QUESTION = re.compile(r"^\s*(who|whom|whose|where)\b", re.I)
_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+")


def fits_answer_type(question: str, sentence: str) -> bool:
    """Could `sentence` hold the kind of answer `question` asks for? True when unsure."""
    for asks, holds in _ANSWER_TYPES:
        if asks.search(question):
            return bool(holds.search(sentence))
    if _NAME_QUESTION.search(question):
        asked = {w.lower() for w in re.findall(r"\w+", question)}
        return any(m.group(0).lower() not in asked for m in _CAPITALISED.finditer(sentence))
    return True


def select_evidence(
    question: str,
    hits: Sequence[Hit],
    reranker,
    threshold: float,
    max_sentences: int = 2,
    margin: float = 2.0,
    type_penalty: float = 0.0,
) -> EvidenceSet:
    """Score sentences, keep the best few (within `margin` of the best), decide refusal."""
    candidates = candidate_sentences(hits)
    if not candidates:
        return EvidenceSet((), float("-inf"), True)
    window_scores = reranker.score(question, _with_previous_sentence(candidates))
    # A window also scores high for the sentence *after* the answer. Re-score the leading
    # sentences alone and let a sentence keep a window score only at a small discount.
    leaders = sorted(range(len(candidates)), key=lambda i: -window_scores[i])[:_RESCORE]
    alone_scores = reranker.score(question, [candidates[i].sentence for i in leaders])
    final = {i: float(window_scores[i]) - _WINDOW_DISCOUNT for i in range(len(candidates))}
    borrowed = set(range(len(candidates)))  # scores that come from the previous sentence
    for i, alone in zip(leaders, alone_scores, strict=True):
        if alone >= final[i]:
            final[i] = float(alone)
            borrowed.discard(i)
    if type_penalty:
        for i, candidate in enumerate(candidates):
            if not fits_answer_type(question, candidate.sentence):
                final[i] -= type_penalty
    order = sorted(final, key=lambda i: -final[i])
    best = final[order[0]]
    kept: list[Evidence] = []
    for i in order:
        if len(kept) == max_sentences or final[i] < best - margin:
            break
        # A sentence that scores only thanks to a sentence already cited adds nothing.
        if i in borrowed and any(
            k.article_id == candidates[i].article_id and 0 <= candidates[i].start - k.end <= 3
            for k in kept
        ):
            continue
        kept.append(replace(candidates[i], score=final[i]))
        # A sentence that scores thanks to the one before it needs that one too: "It reported
        # that Gen Roman Berdnikov had been replaced" is only an answer beside the sentence that
        # names the Kharkiv retreat, and the name a question asks for is often in that sentence.
        previous = _previous_of(candidates, i) if i in borrowed else None
        if previous is not None and all(k.start != candidates[previous].start for k in kept):
            kept.append(replace(candidates[previous], score=final[previous]))
    return EvidenceSet(tuple(kept), best, best < threshold)


def _previous_of(candidates: Sequence[Evidence], i: int) -> int | None:
    e = candidates[i]
    for j, other in enumerate(candidates):
        if other.article_id == e.article_id and 0 <= e.start - other.end <= 3:
            return j
    return None
