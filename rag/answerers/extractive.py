"""The `extractive` answerer (the default): the reply is the evidence itself.

For a fact question it opens with the short answer the system found ("£412,000 [1]."), then
the supporting sentences in reading order, each followed by its citation number. Nothing is
rephrased, so nothing needs checking and no model is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from rag.answerers.base import Prompt


class ExtractiveAnswerer:
    name = "extractive"
    verbatim = True

    def stream(self, prompt: Prompt) -> Iterator[str]:
        yield extractive_text(prompt)


def extractive_text(prompt: Prompt) -> str:
    """`"<short answer> [n]. <sentence> [1] <sentence> [2]"`; without a short answer, the
    sentences alone. Sentences are given already in reading order (rag.evidence.reading_order).

    Dated replies (`prompt.dating`) say which report each figure comes from, after the citation
    mark and never inside a sentence: "<sentence> [1] (report of 2024-08-12)"; an updated
    figure gives the newest, then "First reported: <sentence> [2] (report of ...)"; a briefing
    is one "YYYY-MM-DD: <sentence> [n]" line per report, oldest first. A worked-out answer
    (`prompt.lead`, a difference) comes first instead of a short answer.
    """
    # A hard-wrapped article's sentence ("voted 31 to\n17") reads as one line in the reply;
    # the citations keep the text as stored.
    evidence = [replace(e, sentence=_one_line(e.sentence)) for e in prompt.evidence]
    prompt = replace(
        prompt,
        short_answer=_one_line(prompt.short_answer) if prompt.short_answer else prompt.short_answer,
        first_value=_one_line(prompt.first_value) if prompt.first_value else prompt.first_value,
    )
    if prompt.dating == "briefing":
        lines: list[str] = []
        # (text pasted without a date has nothing to say on its line, unless others are dated)
        dated = any(e.published for e in evidence)
        for n, e in enumerate(evidence, start=1):
            if n > 1 and e.article_id == evidence[n - 2].article_id:
                lines[-1] += f" {e.sentence} [{n}]"  # one line per report
            elif dated:
                lines.append(f"{e.published or 'undated'}: {e.sentence} [{n}]")
            else:
                lines.append(f"{e.sentence} [{n}]")
        return "\n".join(lines)
    if prompt.dating == "updated" and len(evidence) >= 2:
        newest, first = evidence[0], evidence[1]
        lead = ""
        leads = prompt.short_answer and prompt.short_answer_n == 1
        if leads and prompt.lead and prompt.first_value:
            # "£75 million: £315 million [1] (report of ...) against £240 million [2] (...)."
            lead = (
                f"{prompt.lead}: {prompt.short_answer} [1]{_report(newest)} against "
                f"{_mid_sentence(prompt.first_value)} [2]{_report(first)}. "
            )
        elif leads:
            # "650 jobs [1] (report of 2024-09-22); first reported as 800 [2] (report of ...)."
            lead = f"{prompt.short_answer} [1]{_report(newest)}"
            if prompt.first_value:
                first_value = _mid_sentence(prompt.first_value)
                lead += f"; first reported as {first_value} [2]{_report(first)}"
            lead += ". "
        return (
            f"{lead}{newest.sentence} [1] First reported: {first.sentence} [2]"
            if lead
            else (
                f"{newest.sentence} [1]{_report(newest)} "
                f"First reported: {first.sentence} [2]{_report(first)}"
            )
        )
    dated = bool(prompt.dating)
    short_source = None
    if prompt.short_answer and prompt.short_answer_n:
        short_source = evidence[prompt.short_answer_n - 1]
    # The report's date goes once per report: after the short answer for its report, else
    # after that report's first sentence.
    dated_articles: set[str] = {short_source.article_id} if dated and short_source else set()
    parts = []
    for n, e in enumerate(evidence, start=1):
        note = ""
        if dated and e.article_id not in dated_articles:
            dated_articles.add(e.article_id)
            note = _report(e)
        if e is short_source and e.sentence.strip() == prompt.short_answer.strip():
            continue  # the answer is the whole line ("Kingsbridge 25 Aldermoor 22"): said once
        parts.append(f"{e.sentence} [{n}]{note}")
    sentences = " ".join(parts)
    if prompt.lead:
        return f"{prompt.lead}. {sentences}"
    if short_source is not None:
        note = _report(short_source) if dated else ""
        when = _weekday(prompt.short_answer, short_source)
        if when:
            # "Friday [1] (2024-08-02; report of 2024-08-05)": which Friday the report means.
            note = f" ({when}; report of {short_source.published})"
        return f"{prompt.short_answer} [{prompt.short_answer_n}]{note}. {sentences}".rstrip()
    return sentences


# What the sentence says will happen ("would meet ... on Tuesday" in reported speech too).
_AHEAD = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|was\s+to|were\s+to|due\s+to|plans?\s+to|"
    r"planned\s+to|expected\s+to|set\s+to|going\s+to|scheduled\s+to|next)\b",
    re.I,
)


def _weekday(short: str, e) -> str:
    """The date a bare weekday short answer means in its report ("2024-08-02"), or ""."""
    from rag.timeexpr import weekday_date

    at = e.sentence.find(short)
    # Only the weekday's own clause: "will raise fees ..., its governing council decided on
    # Monday" is a past Monday.
    before = re.split(r"[,;:—–]", e.sentence[: max(at, 0)])[-1]
    ahead = bool(_AHEAD.search(before))
    when = weekday_date(short, e.published, ahead)
    return when.isoformat() if when else ""


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text)


def _report(e) -> str:
    return f" (report of {e.published})" if e.published else ""


# Words that open a figure's phrase at the start of a sentence ("More than 200 homes were
# flooded") and are written small inside one ("first reported as more than 200").
_FIGURE_OPENERS = frozenset(
    "more less fewer over under about around almost nearly some roughly approximately up just "
    "at an a the only".split()
)


def _mid_sentence(phrase: str) -> str:
    """`phrase`, taken from a sentence's start, as written inside a sentence: "More than 200" ->
    "more than 200"; a name keeps its capital."""
    first = phrase.split(" ", 1)[0]
    if first[:1].isupper() and first.lower() in _FIGURE_OPENERS:
        return first.lower() + phrase[len(first) :]
    return phrase
