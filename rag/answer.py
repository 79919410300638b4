"""Turn selected evidence into an Answer: numbered citations to exact sentences, or a refusal."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rag.types import Answer, ArticleInfo, Citation, Copy, Evidence, Hit

REFUSAL = "I could not find the answer in the articles."


def cite(
    evidence: Sequence[Evidence], copies: Mapping[str, Sequence[ArticleInfo]] | None = None
) -> tuple[Citation, ...]:
    copies = copies or {}
    return tuple(
        Citation(
            n=n,
            article_id=e.article_id,
            title=e.title,
            source=e.source,
            published=e.published,
            url=e.url,
            sentence=e.sentence,
            start=e.start,
            end=e.end,
            score=round(e.score, 4),
            also_reported_by=tuple(
                Copy(c.id, c.title, c.source, c.published, c.url)
                for c in copies.get(e.article_id, ())
            ),
        )
        for n, e in enumerate(evidence, start=1)
    )


_RELATIVE_TIME = re.compile(
    r"\b(today|yesterday|tonight|tomorrow|(last|this|next) (week|month|year|weekend)|"
    r"(on |last |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"earlier this (week|month|year)|\d+ (days|weeks|months) ago)\b",
    re.IGNORECASE,
)


def dated(sentence: str, published: str | None) -> str:
    """Anchor relative time ("on Monday", "this month") to the article's date, when known."""
    if published and _RELATIVE_TIME.search(sentence):
        return f"{sentence} (article of {published})"
    return sentence


def extractive_text(evidence: Sequence[Evidence]) -> str:
    """The evidence sentences themselves, each marked with its citation number."""
    return " ".join(
        f"{dated(e.sentence, e.published)} [{n}]" for n, e in enumerate(evidence, start=1)
    )


def build_answer(
    question: str,
    text: str,
    refused: bool,
    cited: Sequence[Evidence],
    passages: Sequence[Hit],
    timings_ms: dict[str, float],
    standalone_question: str | None = None,
    evidence_score: float | None = None,
    copies: Mapping[str, Sequence[ArticleInfo]] | None = None,
    draft: str | None = None,
) -> Answer:
    return Answer(
        question=question,
        answer=REFUSAL if refused else text,
        refused=refused,
        citations=() if refused else cite(cited, copies),
        timings_ms=timings_ms,
        passages=tuple(passages),
        standalone_question=standalone_question,
        evidence_score=evidence_score,
        draft=draft,
    )


# -- model answers: every sentence must rest on evidence --------------------------------------

_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_MARKER = re.compile(r"\s*\[\s*\d+(?:\s*[,;-]\s*\d+)*\s*\]")
_STOP = frozenset(
    "a an the of in on at to for and or but is are was were be been being has have had do does "
    "did it its this that these those he she they his her their them him with by from as not no "
    "than then there which who whom what when where why how also so such into about after before "
    "over under up out said says say according will would could should can may might".split()
)
SUPPORT_THRESHOLD = (
    0.6  # share of an answer sentence's content words found in one evidence sentence
)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _content(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower().replace("’", "'")) if w not in _STOP}


def support(sentence: str, evidence: Evidence) -> float:
    """How well one evidence sentence supports one answer sentence, 0..1.

    The share of the answer sentence's content words that the evidence sentence contains; a
    number in the answer that the evidence lacks means no support at all (numbers are where
    small models invent most).
    """
    words = _content(sentence)
    if not words:
        return 0.0
    numbers = set(_NUMBER.findall(sentence))
    if numbers - set(_NUMBER.findall(evidence.sentence)):
        return 0.0
    return len(words & _content(evidence.sentence)) / len(words)


def attribute(
    answer: str, evidence: Sequence[Evidence], threshold: float = SUPPORT_THRESHOLD
) -> list[tuple[str, list[int]]]:
    """Split a model's answer into sentences and map each to the evidence indices supporting it.

    Whatever passage numbers the model wrote are removed and ignored: citations come only from
    this mapping, so a number that points at no passage can never become a citation.
    """
    from rag.chunking import sentence_spans

    clean = _MARKER.sub("", answer).strip()
    mapped = []
    for start, end in sentence_spans(clean):
        sentence = clean[start:end].strip()
        scores = [(support(sentence, e), i) for i, e in enumerate(evidence)]
        best = max((s for s, _ in scores), default=0.0)
        supporters = [i for s, i in scores if s >= threshold and s >= best - 0.15]
        mapped.append((sentence, sorted(supporters, key=lambda i: -scores[i][0])[:2]))
    return mapped


def verified_answer(answer: str, evidence: Sequence[Evidence]) -> tuple[str, list[Evidence]]:
    """The model's answer keeping only supported sentences, each followed by its [n] markers.

    Returns the text and the cited evidence in citation order; an empty text means nothing the
    model said could be verified, and the caller falls back to the evidence itself.
    """
    cited: list[int] = []
    parts = []
    for sentence, supporters in attribute(answer, evidence):
        if not supporters:
            continue  # unsupported: dropped, never shown as if it were sourced
        numbers = []
        for i in supporters:
            if i not in cited:
                cited.append(i)
            numbers.append(cited.index(i) + 1)
        parts.append(sentence + "".join(f" [{n}]" for n in numbers))
    return " ".join(parts), [evidence[i] for i in cited]


# "The articles do not say.", "The evidence does not mention who...", "There is no information
# about...": how the models we ship (and instruct to say so) report that the evidence does not
# answer the question.
_DECLINE = re.compile(
    r"\b(articles?|evidence|text|passages?|sources?|context)\s+(do|does|did)\s*(not|n['’]t)\s+"
    r"(say|state|mention|specify|provide|give|contain|include|answer|indicate|tell|name)"
    r"|\bno (information|mention|details?|indication)\b"
    r"|\bnot (mentioned|stated|specified|provided|given|available)\b"
    r"|\b(cannot|can['’]t|unable to|could not|couldn['’]t) (be )?(answer|determine|determined|find|"
    r"found|tell|say|identify)",
    re.IGNORECASE,
)


def declines(draft: str) -> bool:
    """Does a model's answer say that the evidence does not answer the question?"""
    return bool(_DECLINE.search(draft))
