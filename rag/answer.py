"""Turn selected evidence into an Answer: numbered citations to exact sentences, or a refusal."""

from __future__ import annotations

from collections.abc import Sequence

from rag.evidence import EvidenceSet
from rag.types import Answer, Citation, Evidence, Hit

REFUSAL = "I could not find the answer in the articles."


def cite(evidence: Sequence[Evidence]) -> tuple[Citation, ...]:
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
        )
        for n, e in enumerate(evidence, start=1)
    )


def extractive_text(evidence: Sequence[Evidence]) -> str:
    """The evidence sentences themselves, each marked with its citation number."""
    return " ".join(f"{e.sentence} [{n}]" for n, e in enumerate(evidence, start=1))


def build_answer(
    question: str,
    text: str,
    evidence: EvidenceSet,
    passages: Sequence[Hit],
    timings_ms: dict[str, float],
    standalone_question: str | None = None,
) -> Answer:
    if evidence.refused:
        return Answer(
            question=question,
            answer=REFUSAL,
            refused=True,
            citations=(),
            timings_ms=timings_ms,
            passages=tuple(passages),
            standalone_question=standalone_question,
        )
    return Answer(
        question=question,
        answer=text,
        refused=False,
        citations=cite(evidence.sentences),
        timings_ms=timings_ms,
        passages=tuple(passages),
        standalone_question=standalone_question,
    )
