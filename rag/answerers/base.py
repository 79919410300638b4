"""What every answerer is given and what it must do.

The system has already chosen the evidence, decided whether to refuse, and found the short
answer before an answerer runs; an answerer only phrases the reply from that, streamed in pieces.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from rag.types import Evidence


@dataclass(frozen=True)
class Prompt:
    """One question to phrase an answer for.

    `evidence` is in reading order and numbered from 1 in that order (the `[n]` an extractive
    reply writes); `short_answer` is the answer span found in the evidence (text only) or None;
    `history` holds earlier (question, answer text) pairs, oldest first.
    """

    question: str
    evidence: tuple[Evidence, ...]
    history: tuple[tuple[str, str], ...] = ()
    short_answer: str | None = None
    short_answer_n: int | None = None
    # How the reply dates its reports (rag.timeline): "" not at all, "report" after each
    # report's first sentence, "latest" the same (the newest report comes first), "updated"
    # the newest figure then the earliest different one, "briefing" one dated line per report.
    dating: str = ""
    # For "updated": the first report's value of the figure (its short answer), when found.
    first_value: str | None = None
    # A worked-out answer said before the evidence, its figures cited ("6,300 more: 24,500 [1]
    # against 18,200 [2]"): the difference a "How many more ... than ...?" question asks for.
    lead: str | None = None


@runtime_checkable
class Answerer(Protocol):
    """Turns a Prompt into reply text, in pieces; joined, they are the whole reply.

    `verbatim` answerers only copy evidence (their reply needs no checking); the others are
    models, whose every sentence is checked against the evidence afterwards (rag.answer).
    """

    name: str
    verbatim: bool

    def stream(self, prompt: Prompt) -> Iterator[str]: ...


def complete(answerer: Answerer, prompt: Prompt) -> str:
    """The blocking call: the streamed pieces joined."""
    return "".join(answerer.stream(prompt))
