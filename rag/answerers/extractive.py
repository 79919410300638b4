"""The `extractive` answerer (the default): the reply is the evidence itself.

For a fact question it opens with the short answer the system found ("£412,000 [1]."), then
the supporting sentences in reading order, each followed by its citation number. Nothing is
rephrased, so nothing needs checking and no model is loaded.
"""

from __future__ import annotations

from collections.abc import Iterator

from rag.answerers.base import Prompt


class ExtractiveAnswerer:
    name = "extractive"
    verbatim = True

    def stream(self, prompt: Prompt) -> Iterator[str]:
        yield extractive_text(prompt)


def extractive_text(prompt: Prompt) -> str:
    """`"<short answer> [n]. <sentence> [1] <sentence> [2]"`; without a short answer, the
    sentences alone. Sentences are given already in reading order (rag.evidence.reading_order)."""
    sentences = " ".join(f"{e.sentence} [{n}]" for n, e in enumerate(prompt.evidence, start=1))
    if prompt.short_answer and prompt.short_answer_n:
        return f"{prompt.short_answer} [{prompt.short_answer_n}]. {sentences}"
    return sentences
