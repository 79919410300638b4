"""Turn selected evidence into an Answer: numbered citations to exact sentences, or a refusal.

`compose(request, answerer)` returns an `AnswerStream`: the answerer's text as it is written,
then the checked `Answer`. A model's reply is checked here sentence by sentence against the
evidence (`verified_answer`); citations come only from that check.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from rag.answerers.base import Answerer, Prompt
from rag.types import Answer, ArticleInfo, Citation, Copy, Evidence, Hit, ShortAnswer

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
            page=e.page,
        )
        for n, e in enumerate(evidence, start=1)
    )


@dataclass(frozen=True)
class AnswerParts:
    """Everything an Answer is built from (see `build_answer`).

    `cited` are the evidence sentences the text cites, in citation order ([1] first);
    `copies` maps a cited article id to the other stored copies of its story.
    """

    question: str
    text: str
    refused: bool
    cited: Sequence[Evidence] = ()
    passages: Sequence[Hit] = ()
    timings_ms: Mapping[str, float] = field(default_factory=dict)
    standalone_question: str | None = None
    evidence_score: float | None = None
    copies: Mapping[str, Sequence[ArticleInfo]] = field(default_factory=dict)
    draft: str | None = None
    confidence: float | None = None
    short_answer: ShortAnswer | None = None
    refusal_reason: str | None = None
    signals: Mapping[str, float] = field(default_factory=dict)


def build_answer(parts: AnswerParts) -> Answer:
    """The final Answer: a refusal carries no citations and no short answer."""
    refused = parts.refused
    return Answer(
        question=parts.question,
        answer=(parts.text or REFUSAL) if refused else parts.text,
        refused=refused,
        citations=() if refused else cite(parts.cited, parts.copies),
        timings_ms=dict(parts.timings_ms),
        passages=tuple(parts.passages),
        standalone_question=parts.standalone_question,
        evidence_score=parts.evidence_score,
        draft=parts.draft,
        confidence=parts.confidence,
        short_answer=None if refused else parts.short_answer,
        refusal_reason=(parts.refusal_reason or "evidence") if refused else None,
        signals=dict(parts.signals),
    )


class AnswerStream:
    """A reply being written: iterate it for text pieces as they come, or call `answer()`.

        stream = rag.stream_ask("Who was replaced after the Kharkiv retreat?")
        for piece in stream:
            print(piece, end="")
        answer = stream.answer()      # the final, checked Answer with its citations

    `answer()` consumes whatever has not been read yet; a stream is read once. The pieces
    joined are what the answerer wrote; the final `Answer.answer` is the checked text, which for
    a model answerer may have dropped sentences no evidence supports.
    """

    def __init__(self, pieces: Iterator[str], finish: Callable[[str, float | None], Answer]):
        self._pieces = pieces
        self._finish = finish
        self._parts: list[str] = []
        self._first_piece: float | None = None
        self._answer: Answer | None = None
        self._started = False

    def __iter__(self) -> Iterator[str]:
        if self._started:
            raise RuntimeError("an AnswerStream is read once; call answer() for the result")
        self._started = True
        for piece in self._pieces:
            if self._first_piece is None:
                self._first_piece = time.perf_counter()
            self._parts.append(piece)
            yield piece
        self._answer = self._finish("".join(self._parts), self._first_piece)

    def answer(self) -> Answer:
        """The final Answer (reads the rest of the stream first)."""
        if self._answer is None:
            if not self._started:
                for _ in self:
                    pass
            else:  # iteration was abandoned part-way: finish from what was read
                self._parts.extend(self._pieces)
                self._answer = self._finish("".join(self._parts), self._first_piece)
        return self._answer

    @classmethod
    def of(cls, answer: Answer) -> AnswerStream:
        """A stream that yields a ready answer's text at once (e.g. a filtered-out question)."""
        return cls(iter([answer.answer]), lambda text, first: answer)


@dataclass(frozen=True)
class AnswerRequest:
    """What `compose` needs: the question, the chosen evidence and the system's judgement.

    `evidence` is in reading order; `short_answer.n` counts from 1 in that order. `refused`
    and `confidence` were decided before any answerer runs; a model can add caution (decline),
    never remove it.
    """

    question: str
    standalone: str
    evidence: tuple[Evidence, ...]
    passages: tuple[Hit, ...]
    refused: bool
    confidence: float | None = None
    evidence_score: float | None = None
    short_answer: ShortAnswer | None = None
    copies: Mapping[str, Sequence[ArticleInfo]] = field(default_factory=dict)
    history: tuple[tuple[str, str], ...] = ()
    refusal_reason: str | None = None
    refusal_text: str = REFUSAL
    # For a model answer that cannot be verified: how many evidence sentences to show instead.
    fallback_sentences: int = 2
    model_can_decline: bool = True
    started: float = field(default_factory=time.perf_counter)
    timings_ms: Mapping[str, float] = field(default_factory=dict)
    signals: Mapping[str, float] = field(default_factory=dict)
    dating: str = ""  # see `rag.answerers.base.Prompt.dating`
    first_value: str | None = None  # an updated figure's first value (`Prompt.first_value`)
    lead: str | None = None  # a worked-out answer said first (`Prompt.lead`)
    notes: tuple[str, ...] = ()  # `Answer.notes`


def compose(request: AnswerRequest, answerer: Answerer) -> AnswerStream:
    """Have `answerer` phrase the reply; build the checked Answer when it is done.

    A refusal is written by the system without asking the answerer. A verbatim (extractive)
    reply cites its evidence as given; a model's reply is checked sentence by sentence
    (`verified_answer`) and falls back to the evidence when nothing in it can be verified.
    """
    r = request
    prompt = Prompt(
        question=r.standalone,
        evidence=r.evidence,
        history=r.history,
        short_answer=r.short_answer.text if r.short_answer else None,
        short_answer_n=r.short_answer.n if r.short_answer else None,
        dating=r.dating,
        first_value=r.first_value,
        lead=r.lead,
    )
    pieces: Iterator[str] = iter([r.refusal_text]) if r.refused else answerer.stream(prompt)

    def finish(written: str, first_piece: float | None) -> Answer:
        common = dict(
            question=r.question,
            standalone_question=r.standalone,
            passages=r.passages,
            evidence_score=r.evidence_score,
            confidence=r.confidence,
            copies=r.copies,
            signals=r.signals,
        )
        # A change worked out across two reports ("£900,000: £4.1m [1] against £3.2m [2]")
        # is the answer; the newest report's figure, which the reply sets beside it, is not
        worked_out = bool(r.lead) and r.dating == "updated"
        if r.refused:
            parts = AnswerParts(
                text=r.refusal_text, refused=True, refusal_reason=r.refusal_reason, **common
            )
        elif answerer.verbatim:
            parts = AnswerParts(
                text=written, refused=False, cited=r.evidence,
                short_answer=None if worked_out else r.short_answer, **common,
            )
        elif worked_out:
            parts = _checked_model_answer(replace(r, short_answer=None), written, common)
            parts = replace(parts, text=f"{r.lead}. {parts.text}")
        else:
            parts = _checked_model_answer(r, written, common)
        done = time.perf_counter()
        retrieve_ms = r.timings_ms.get("retrieve", 0.0)
        timings = {
            **r.timings_ms,
            "answer": (done - r.started) * 1000 - retrieve_ms,
            "first_token": ((first_piece or done) - r.started) * 1000,
            "total": (done - r.started) * 1000,
        }
        return replace(build_answer(replace(parts, timings_ms=timings)), notes=r.notes)

    return AnswerStream(pieces, finish)


def _checked_model_answer(r: AnswerRequest, draft: str, common: dict) -> AnswerParts:
    text, cited = verified_answer(draft, r.evidence)
    if not text and r.model_can_decline and declines(draft):
        # The model read the evidence and found no answer in it: more caution, which a model
        # may add. (It can never turn a refusal into an answer: those are decided before.)
        return AnswerParts(
            text=REFUSAL, refused=True, refusal_reason="model", draft=draft, **common
        )
    if not text:  # nothing the model said could be verified: show the evidence itself
        cited = list(r.evidence[: r.fallback_sentences])
        text = " ".join(f"{e.sentence} [{n}]" for n, e in enumerate(cited, start=1))
    short = r.short_answer
    if short is not None:
        # The short answer leads, cited to its own sentence, whatever the model's wording.
        source = r.evidence[short.n - 1]
        if source not in cited:
            cited = [*cited, source]
        short = replace(short, n=cited.index(source) + 1)
        text = f"{short.text} [{short.n}]. {text}"
    return AnswerParts(
        text=text, refused=False, cited=cited, draft=draft, short_answer=short, **common
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
