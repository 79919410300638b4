"""Conversations: keep the turns, and rewrite a follow-up into a standalone question.

Without a model the rewrite handles the common cases: a pronoun ("How long had *he* been in
office?") is replaced by the entity the previous answer was about, and an elliptical follow-up
("And in 2023?", "What about Russia?") is read together with the previous question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

_PERSON = {
    "he": "",
    "him": "",
    "his": "’s",
    "she": "",
    "her": "",
    "hers": "’s",
    "himself": "",
    "herself": "",
}
_THING = {"it": "", "its": "’s", "they": "", "them": "", "their": "’s", "theirs": "’s"}
_PRONOUN_RE = re.compile(
    r"\b(" + "|".join(sorted({*_PERSON, *_THING}, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_ELLIPSIS_RE = re.compile(
    r"^\s*(and|but|also|what about|how about|and what about|what of)\b", re.IGNORECASE
)
_ENTITY_RE = re.compile(
    r"(?:(?:Gen|Gen\.|General|Col|Mr|Mrs|Ms|Dr|Prof|President|Prime Minister|Minister|Sir|Lord|"
    r"King|Queen|Pope|Judge|Senator|Rep|Gov|Mayor)\.?\s+)?"
    # A capitalised word, or an acronym ("IPCC", "HT"), then more capitalised words.
    r"(?:[A-Z][\w’'-]*[a-z][\w’'-]*|[A-Z]{2,}\b)(?:\s+(?:of\s+|de\s+|van\s+|von\s+)?[A-Z][\w’'-]+)*"
)
_NOT_ENTITIES = frozenset(
    "The A An It He She They We I This That These Those There Then When What Who Why How Where "
    "Which In On At For But And Or If As After Before Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September October "
    "November December According However Meanwhile While Although Though Since Because Unlike "
    "During Despite Other Some Many Most Both".split()
)
_TITLES = (
    "Gen",
    "General",
    "Col",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "President",
    "Prime",
    "Minister",
    "Sir",
    "Lord",
    "King",
    "Queen",
    "Pope",
    "Judge",
    "Senator",
    "Rep",
    "Gov",
    "Mayor",
)


@dataclass(frozen=True)
class Turn:
    question: str  # as the user typed it
    standalone: str  # as it was retrieved with
    answer: str
    # What the answer rests on: its cited sentences and the best passage. A model's answer may
    # say "the general" where the article says "Gen Roman Berdnikov": a later "he" is found there.
    evidence: str = ""
    passage: str = ""


def entities(text: str) -> list[str]:
    """Capitalised name-like phrases, in order, without sentence-initial function words."""
    found = []
    for match in _ENTITY_RE.finditer(text):
        words = match.group(0).split()
        while words and words[0].rstrip(".") in _NOT_ENTITIES:
            words = words[1:]
        if words:
            found.append(re.sub(r"[’']s$", "", " ".join(words)))
    return found


# Words that make a capitalised phrase an organisation or a group, not a person ("US Air Force",
# "RAND Corporation", "Office of Western Medicine").
_INSTITUTIONS = frozenset(
    "Force Forces Army Navy Corporation Company Fund Office University College School Council "
    "Ministry Party Committee Agency Bank Group Association Organization Organisation Programme "
    "Program Union Court Department Commission Service Institute League Club Church Airlines "
    "Government Republic States Kingdom Nations Christians Muslims Exposition Museum Station "
    "Network Festival Awards Reservoir River Street Times News Post Police".split()
)


def _looks_like_person(entity: str) -> bool:
    words = entity.split()
    if words[0].rstrip(".") in _TITLES:
        return True
    return 2 <= len(words) <= 4 and not _INSTITUTIONS.intersection(words)


def _has_title(entity: str) -> bool:
    return entity.split()[0].rstrip(".") in _TITLES


def _antecedent(pronoun: str, previous: Turn) -> str | None:
    asked = previous.standalone.lower()
    in_answer = [e for e in entities(previous.answer) if e.lower() not in asked]
    in_question = entities(previous.standalone)
    if pronoun.lower() in _PERSON:
        # The answer's own names first, then its cited sentences'. A passage is wider, so from
        # it only names that are plainly people's ("Gen Roman Berdnikov", "Mr Putin").
        in_evidence = [e for e in entities(previous.evidence) if e.lower() not in asked]
        in_passage = [e for e in entities(previous.passage) if e.lower() not in asked]
        people = (
            [e for e in in_answer + in_evidence if _looks_like_person(e)]
            + [e for e in in_passage if _has_title(e)]
            + [e for e in in_question if _looks_like_person(e)]
        )
        return people[0] if people else (in_answer + in_question or [None])[0]
    # "it", "they": usually the subject the user asked about, else what the answer named.
    return (in_question + in_answer or [None])[0]


def rewrite_followup(question: str, history: Sequence[Turn]) -> str:
    """A standalone version of `question` given the earlier turns (unchanged if not a follow-up)."""
    question = question.strip()
    if not history:
        return question
    previous = history[-1]
    match = _PRONOUN_RE.search(question)
    if match:
        entity = _antecedent(match.group(1), previous)
        if entity:
            suffix = {**_PERSON, **_THING}[match.group(1).lower()]
            return question[: match.start()] + entity + suffix + question[match.end() :]
    content = [w for w in re.findall(r"\w+", question) if w.lower() not in _FUNCTION_WORDS]
    # "Why?", "How long?" lean on the previous question; "Where is Kharkiv?" names its subject.
    elliptical = len(content) == 0 or (len(content) == 1 and not content[0][:1].isupper())
    if _ELLIPSIS_RE.match(question) or elliptical:
        rest = _ELLIPSIS_RE.sub("", question).strip(" ,?")
        return f"{previous.standalone.rstrip('?')} ({rest})?" if rest else previous.standalone
    return question


_FUNCTION_WORDS = frozenset(
    "a an the and or but what who whom whose which when where why how is are was were be been do "
    "does did has have had of in on at to for with by from about also so then there that "
    "this".split()
)


@dataclass
class Conversation:
    """The turns of one chat; `standalone()` is what retrieval should see for the next one."""

    turns: list[Turn] = field(default_factory=list)

    def standalone(self, question: str) -> str:
        return rewrite_followup(question, self.turns)

    def add(
        self, question: str, standalone: str, answer: str, evidence: str = "", passage: str = ""
    ) -> None:
        self.turns.append(Turn(question, standalone, answer, evidence, passage))

    def history(self) -> list[tuple[str, str]]:
        return [(t.question, t.answer) for t in self.turns]

    def clear(self) -> None:
        self.turns.clear()
