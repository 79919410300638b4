"""Answerability: the calibrated probability that an answer drawn from the evidence is right.

`signals(...)` measures the evidence the way a careful reader would: how strongly the
cross-encoder ties the best sentence to the question (alone and with the sentence before it),
how far it leads the next one, whether it can hold the kind of answer asked for, how much of
the question's content words and its names, numbers and dates the sentence and its article
cover, whether a short answer of the asked type was found, and the question's type.
A `Calibrator` (logistic regression fitted on dev data by `python -m eval.calibrate fit`, its
coefficients shipped in `rag/calibration.json`) turns them into a probability. The reply is a
refusal when that probability is under `Settings.refusal_threshold` (at 0.5, answering has a
positive expected CRAG-style score, +1 right and -1 wrong, exactly when p > 0.5; the default is
read off cross-validated dev-set probabilities, see rag/config.py).

One rule stands beside the fitted model: a question that asks for a figure, a date, a name or a
place (`FACT_TYPES`) whose evidence holds no phrase of that kind (`asked_fact_missing`) is not
answered by that evidence, however on-topic it reads ("Who replaced him?" over "he had been
replaced after three weeks"). Its probability is the share of such answers that were right in
the dev runs, stored beside the coefficients (`Calibrator.fact_missing`).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from rag.types import Evidence, Hit

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")
# The coefficients fitted with the model-as-judge feature (`rag.verifier`) beside the others.
VERIFIED_CALIBRATION_FILE = Path(__file__).with_name("calibration-verified.json")

_WORD = re.compile(r"[A-Za-z0-9]+(?:[.,'][A-Za-z0-9]+)*")
_STOP = frozenset(
    "a an the of in on at to for and or but is are was were be been being has have had do does "
    "did it its this that these those he she they his her their them him with by from as not no "
    "than then there which who whom whose what when where why how also so such into about after "
    "before over under up out said says say according will would could should can may might many "
    "much long old far one any all some more most other name named called kind type year".split()
)
_KEY_TERM = re.compile(r"\b(?:[A-Z][a-zA-Z'’-]+|\d[\d,.]*)\b")
_NAME_PARTICLE = re.compile(
    r"\b[A-Z][a-z]\w*\s+(?P<particle>(?:de|du|des|da|di|do|dos|del|della|der|den|van|von|la|le|"
    r"al|el|bin|ibn)(?:\s+(?:la|le|der|den))?)\s+(?=[A-Z]|[dl]'[A-Z])"
    r"|\b(?P<elided>[dl]'[A-Z][a-zA-Z'-]*)"
)

# Question types, in the order they are tested: the first that matches wins.
QUESTION_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(
        r"^\W*(?:how (?:many|much|long|old|far|big|large|tall|high|deep|often)|what "
        r"(?:percentage|proportion|number|amount|share|rate))\b", re.I)),
    ("date", re.compile(
        r"^\W*(?:when|what (?:year|date|day|month|time|century|decade)|which (?:year|day|month|"
        r"century))\b", re.I)),
    ("person", re.compile(r"^\W*(?:who|whom|whose)\b", re.I)),
    ("place", re.compile(r"^\W*(?:where|in which (?:country|city|town|region))\b", re.I)),
    ("reason", re.compile(r"^\W*(?:why|how (?:did|does|do|is|was|were|can|could|will))\b", re.I)),
    ("yes-no", re.compile(
        r"^\W*(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should)\b", re.I)),
    ("entity", re.compile(r"^\W*(?:what|which)\b", re.I)),
)


# Question types whose answer is a phrase of that kind: a figure, a date, a name, a place.
FACT_TYPES: tuple[str, ...] = ("number", "date", "person", "place")


def asked_fact_missing(features: Mapping[str, float]) -> bool:
    """True when `features` (from `signals`) are of a question asking for a figure, date, name
    or place (`FACT_TYPES`) whose evidence gave no short answer of that kind.

    Measured over the six dev runs' never-refusing answers (eval/RESULTS.md §5): when first
    tried, 2 of 13 such answers were right and refusing them raised the summed cross-validated
    CRAG score by +0.10 with no set lower; in the session's final runs 1 of 15 was right.
    "Which"/"what" questions count when their slot is a figure or a date (`question_type`);
    others are left to the fitted model: their answer kinds are open, and a sentence can
    answer them without a typed phrase.
    """
    if features.get("no_evidence"):
        return False
    asks_fact = any(features.get(f"type_{name}") for name in FACT_TYPES)
    return asks_fact and not features.get("short_answer")


# The features `signals()` gives, in a fixed order (the calibrator's columns).
FEATURES: tuple[str, ...] = (
    "best",
    "best_alone",
    "best_window",
    "margin",
    "fits_type",
    "cover_sentence",
    "cover_article",
    "keys_missing_article",
    "keys_missing_sentence",
    "short_answer",
    "span_score",
    "slot_missing",
    "cover_predicate",
    "negation_mismatch",
    "dense_sentence",
    "report_age",
    "passage",
    "no_evidence",
    *(f"type_{name}" for name, _ in QUESTION_TYPES),
)


def columns(verified: bool = False) -> tuple[str, ...]:
    """The calibrator's columns: `FEATURES`, plus the verifier's (`rag.verifier`) for the
    coefficients fitted with it."""
    from rag.verifier import VERIFIER_FEATURE

    return (*FEATURES, VERIFIER_FEATURE) if verified else FEATURES


def question_type(question: str) -> str:
    """number, date, person, place, reason, yes-no, entity (what/which) or other.

    A what/which question whose slot is a figure or a date ("What was the water temperature?",
    "What is the adult fare?", "Which year...?") is typed by its slot (`rag.spans`), so that
    it is judged, and refused when no such phrase is found, like "How much...?" and "When...?"
    (cross-validated over the six dev sets: summed CRAG +0.024, realtimeqa-dev +0.083 to
    +0.100, no set lower)."""
    # "In what year...?", "Until when...?", "At which ground...?": the preposition in front
    # does not change what is asked.
    from rag.spans import asks_who_someone_is

    if asks_who_someone_is(question):
        return "other"  # "Who is Dana Whitlock?": a description, not a name
    for text in (question, _LEADING_PREPOSITION.sub("", question, count=1)):
        for name, pattern in QUESTION_TYPES:
            if pattern.search(text):
                return _slot_type(text) if name == "entity" else name
    return "other"


_LEADING_PREPOSITION = re.compile(
    r"^\W*(?:in|on|at|by|until|till|since|from|for|to|during|after|before|of|with)\s+"
    r"(?=(?:what|which|when|whom|whose|how|where)\b)",
    re.I,
)


def _slot_type(question: str) -> str:
    from rag.spans import asked_date, asked_number, asks_why

    if asked_number(question) is not None:
        return "number"
    if asks_why(question):
        return "reason"  # "What was the reason for the closure?"
    return "date" if asked_date(question) else "entity"


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer  # PyStemmer (Snowball), already used for BM25

    return Stemmer.Stemmer("english")


def _stem(word: str) -> str:
    from rag.spans import IRREGULAR_VERBS

    word = word.lower().replace("’", "'").rstrip(".,")
    if word.endswith("'s"):
        word = word[:-2]
    # "paid" meets "pay", "won" meets "win": Snowball leaves irregular forms apart. Not the
    # forms that are words of their own: "found" a company, "left" wing, "fell".
    if word not in _OWN_WORDS:
        word = IRREGULAR_VERBS.get(word, word)
    return _stemmer().stemWord(word)


_OWN_WORDS = frozenset("found left fell saw wound lay bore ground".split())


def _own_words_as_verbs(text: str) -> set[str]:
    """The verbs `text`'s irregular past forms that are words of their own may say, for a
    question's word to meet: "left in December" says "leave" of "When did she leave?" (a
    sentence's "left" is kept apart from "leave" by `content_words`, since "left" may be a
    side)."""
    from rag.spans import IRREGULAR_VERBS

    return {
        _stemmer().stemWord(IRREGULAR_VERBS[w.lower()])
        for w in _WORD.findall(text)
        if w.lower() in _OWN_WORDS and w.lower() in IRREGULAR_VERBS
    }


def content_words(text: str) -> set[str]:
    # A curly apostrophe is an apostrophe: "Science’s" is one word, not "Science" and "s".
    return {_stem(w) for w in _WORD.findall(text.replace("’", "'")) if w.lower() not in _STOP}


def key_terms(question: str) -> set[str]:
    """Names, numbers and dates of the question (capitalised words after its first word)."""
    words = _KEY_TERM.findall(question)
    first = _WORD.match(question.strip())
    # A name's lower-case particles are the name's: "de" and "l'Occitanie" of "the Tour de
    # l'Occitanie", "van" of "Pieter van Rensburg".
    out = {
        _stem(w)
        for m in _NAME_PARTICLE.finditer(question.replace("’", "'"))
        for w in (m.group("particle") or m.group("elided")).split()
    }
    for w in words:
        if first and w == first.group(0):
            continue
        # "Anglo-Norman" is two names and "Siouan-speaking" one, as the text's words are read
        # (`content_words` splits at hyphens too).
        for part in re.split(r"[-‐–]", w):
            if part and (part[0].isupper() or part[0].isdigit()) and part.lower() not in _STOP:
                out.add(_stem(part))
    return out


_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()


def _date_words(published: str | None) -> str:
    """"2023-02-10" -> "2023 February": the words a question may use for a report's date."""
    if not published or len(published) < 7:
        return ""
    try:
        return f"{published[:4]} {_MONTH_NAMES[int(published[5:7]) - 1]}"
    except (ValueError, IndexError):
        return published[:4]


_SUBORDINATE = re.compile(
    r"\b(?:because|although|though|unless|whereas|while|since|as long as|so that|if)\b", re.I
)
# ("stop being used" is "not be used" said of a moment: "What time must the courts stop being
# used?" over "must not be used after 9pm")
_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nor|neither|without|cannot)\b|n[’']t\b"
    r"|\bstop(?:s|ped|ping)?\s+being\b|\bceas(?:e|es|ed)\s+to\s+be\b",
    re.I,
)


# For "How many ...?" a "no"/"none"/"no one" is a count of zero, the answer itself ("No one was
# injured"), not a denial of the question: only these deny.
_DENIAL = re.compile(
    r"\b(?:not|never|nor|neither|without|cannot)\b|n[’']t\b"
    r"|\bstop(?:s|ped|ping)?\s+being\b|\bceas(?:e|es|ed)\s+to\s+be\b",
    re.I,
)


def _negated(text: str, counting: bool = False) -> bool:
    """Does `text` say "not"? A question that negates what its sentence states (or the reverse)
    is the commonest way an unanswerable question mimics an answerable one (Rajpurkar et al.
    2018, "Know What You Don't Know", SQuAD 2.0 Table 2: negation).

    Only the main statement counts, before a clause that gives a reason or a condition: "Race
    director Colm Brennan said the start was held back because the boats could not reach the
    course" does not deny that Brennan is the race director."""
    # (nor a relative clause set off by commas: "brings together 60 works, many of which have
    # never been shown in public" does not deny that the exhibition runs)
    said = _SUBORDINATE.split(_ASIDE.sub(",", text), maxsplit=1)[0]
    # (nor a state said of whom it is about: "Customers who were without water for more than 12
    # hours will receive £50" does not deny that they receive it)
    said = _WHO_WERE_WITHOUT.sub(" ", said)
    # (nor a time said as the first it will be: "will not be finished until March 2025" says
    # when it will be finished)
    said = _NOT_UNTIL.sub(r"\1 until", said)
    return bool((_DENIAL if counting else _NEGATION).search(said))


_NOT_UNTIL = re.compile(r"(?:\bnot|n[’']t)\b([^.;,]{0,40}?)\s+(?:until|till)\b", re.I)


def _denies_another_deed(question: str, sentence: str) -> bool:
    """Is the negation of `sentence` in a main clause the question does not ask of, while the
    clause of its time tells what it asks? "No one was hurt when Storm Iris brought winds of up
    to 70mph" denies nothing of "How strong were the winds?"."""
    m = _TIME_CLAUSE.search(sentence)
    if m is None:
        return False
    main, rest = sentence[: m.start()], sentence[m.end() :]
    asked = content_words(question)
    return bool(
        _NEGATION.search(main) and not _NEGATION.search(rest)
        and asked & content_words(rest) and not asked & content_words(main)
    )


_TIME_CLAUSE = re.compile(r"\s(?:when|after|as)\s", re.IGNORECASE)
_WHO_WERE_WITHOUT = re.compile(
    r"\b(?:who|which|that)\s+(?:(?:were|was|are|is|had|have|been|left)\s+){1,3}without\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r",\s+(?:(?:many|some|most|all|few|several|one|two|each|both|none|half)\s+of\s+)?"
    r"(?:which|whom|whose)\b[^,;]*(?=[,;]|$)",
    re.IGNORECASE,
)


# "What did Declan Murphy say about the consultation?" asks for what was said: in "Its chairman,
# Declan Murphy, said members had not been consulted" the "not" is the answer's own word, not a
# denial of the question. Only a negation before the verb of saying ("did not say") denies.
_ASKS_WHAT_SAID = re.compile(
    r"^\s*what\s+(?:did|does|do|has|have|had|will|would)\b.*?\b(?:say|tell|claim|argue|warn|"
    r"announce|add|explain|write|suggest|insist|promise|predict|admit|describe)\b",
    re.I,
)
_SAYING = re.compile(
    r"\b(?:said|says|saying|told|tells|claimed|claims|argued|argues|warned|warns|announced|"
    r"announces|added|adds|explained|explains|wrote|writes|suggested|suggests|insisted|insists|"
    r"promised|promises|predicted|predicts|admitted|admits|described|describes)\b",
    re.I,
)


def _before_said(question: str, sentence: str) -> str:
    """The part of `sentence` that may deny `question`: all of it, unless the question asks what
    someone said and the sentence reports it, when only the words outside quotation marks up to
    the verb of saying; so too when the question asks who someone is or what they do ("What
    does Neil Forsyth do?" over "The council's head of IT, Neil Forsyth, said there was no
    evidence ...": what he said denies nothing of his job)."""
    from rag.spans import asked_of_a_person, asks_a_role_holder

    if re.match(r"^\W*how\s+old\b", question, re.IGNORECASE):
        # An age is denied only where an age is spoken of ("his age was not given"): "The man,
        # 44, and his son, 12, ... did not notice the tide turning" denies no one's age
        return " ".join(
            part for part in re.split(r"[,;]|\band\b", sentence)
            if re.search(r"\b(?:age|ages|aged|old|birthday)\b", part, re.IGNORECASE)
        )
    if re.match(r"^\W*where\b.*\bfrom\s*\??\s*$", question, re.IGNORECASE):
        # So is where one is from: "The man, 44, and his son, 12, both from Bristol, had been
        # exploring rock pools and did not notice the tide turning" denies nothing of Bristol
        return " ".join(
            part for part in re.split(r"[,;]|\band\b", sentence)
            if re.search(r"\b(?:from|of|live|lives|lived|based|born|home)\b", part, re.I)
        )
    if not (
        _ASKS_WHAT_SAID.match(question)
        or asked_of_a_person(question)
        # ... or who holds a role ("Council leader Priya Natarajan said the authority had 'no
        # choice'" for "Who heads Marshford council?")
        or asks_a_role_holder(question)
        # (which `rag.spans.reranker_question` reads as "Who is Neil Forsyth?")
        or re.match(r"^\W*(?i:who\s+(?:is|was))\s+(?:[A-Z][\w’'-]+\s*){1,4}\?\s*$", question)
    ):
        return sentence
    # the words quoted are what was said, whichever side of the verb they stand: '"We would
    # rather start a service we can run reliably than one we cannot," she said.'
    sentence = _QUOTATION.sub(" ", sentence)
    said = _SAYING.search(sentence)
    return sentence[: said.end()] if said else sentence


def _cover_predicate(question: str, predicate: set[str], window: str, article_text: str) -> float:
    """`cover` of the question's words other than its names by the cited sentences; the topic
    of "What did X say about <topic>?" is met by the report the words come from, since a quote
    seldom names what the report is about: '"We would rather start a service we can run
    reliably," she said' in a report of a delay is what she said about the delay."""
    about = _SAID_ABOUT.search(question) if _ASKS_WHAT_SAID.match(question) else None
    topic = predicate & content_words(about.group(1)) if about else set()
    if not predicate or not topic:
        return cover(predicate, window)
    rest = predicate - topic
    return (
        cover(rest, window) * len(rest) + cover(topic, article_text) * len(topic)
    ) / len(predicate)


_SAID_ABOUT = re.compile(r"\b(?:about|of|on)\s+(.+?)\s*\??$", re.I)
_QUOTATION = re.compile(r"[\"“][^\"“”]*[\"”]")


# "When does the exhibition end / close?", "Until when does it run?", "What is its last day?"
# (with "close", unlike `rag.spans._ASKS_THE_END`: this only says whether a range covers the
# question's word, and "closes on 31 August" is an end either way)
_ASKS_AN_END = re.compile(
    r"\b(?:end|ends|ended|close|closes|closing|finish|finishes|until\s+when|last\s+day)\b", re.I
)
# ... which a range or a limit says: "from 14 February to 31 August", "until 30 April"
_SAYS_AN_END = re.compile(r"\b(?:until|till)\s+\w|\bfrom\s+[^,;.]{1,40}?\s+to\s+\w", re.I)
# What a question asks in a word its answer says in others, and the question's words it then
# covers: "runs from 14 February to 31 August" says when it ends; "Megan Ellis took second
# place" who the runner-up was.
_SAID_OTHERWISE = (
    (_ASKS_AN_END, _SAYS_AN_END, "end ends ended close closes"),
    # round 44: "What was Dr Sarah Whitfield's time?" over "won ... in 2hr 38min 5sec": a race
    # time says the time it took
    (
        re.compile(r"\btimes?\b", re.I),
        re.compile(
            r"\b\d+\s?(?:hrs?|h)\s?\d+\s?(?:mins?|m)\b|\b\d+\s?mins?\s?\d+\s?secs?\b"
            r"|\b\d{1,2}:\d\d:\d\d\b|\b\d+\s+hours?,?\s+\d+\s+minutes?\b", re.I,
        ),
        "time times",
    ),
    # round 39: "runs from 14 August to 16 August" says when it starts, as it says its end
    (
        re.compile(r"\b(?:start|starts|started|begin|begins|began|open|opens)\b", re.I),
        re.compile(r"\bfrom\s+[^,;.]{1,40}?\s+(?:to|until|till)\s+\w", re.I),
        "start starts started begin begins began open opens",
    ),
    (
        re.compile(r"\brunners?-up\b", re.I),
        re.compile(r"\b(?:second|2nd)\b", re.I),
        "runner-up runners-up",
    ),
    (
        # "Which university did she attend?" - "studied marine biology at Aberdeen": the place
        # one studied at is the school asked, and studying there is attending it
        re.compile(
            r"\b(?:university|universities|college|school)\b.*\b(?:attend|attended|go|went|"
            r"study|studied)\b|\b(?:attend|attended|go|went|study|studied)\b.*\b(?:university|"
            r"college)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:studied|studying|read|graduated|trained|educated|enrolled)\b[^.;]{0,50}?"
            r"\b(?:at|from)\s+(?:the\s+)?[A-Z]"
        ),
        "university universities college school attend attended go went study studied",
    ),
)
# round 55 (trial 85): "When will Main Street reopen?" over "We're aiming to have Main Street
# open again by June 15": open again is reopening (and "closed until", `rag.contradiction`)
_SAID_OTHERWISE += (
    (
        re.compile(
            r"\b(?:re-?open(?:s|ed|ing)?|resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?)\b", re.I
        ),
        re.compile(
            r"\b(?:open|opens|opened|opening|running|run|back)\s+(?:\w+\s+)?again\b"
            r"|\b(?:closed|shut|suspended)\s+(?:\w+\s+){0,4}?(?:until|till)\b",
            re.I,
        ),
        "reopen reopens reopened reopening resume resumes resumed restart restarts",
    ),
)
# round 39: "Where is the county show held?" over "The show will run from Friday 5 July to
# Sunday 7 July at the showground": an event's run at a place is where it is held.
_SAID_OTHERWISE += (
    (
        re.compile(r"\b(?:held|hold|holds|hosted|staged|take\s+place|takes\s+place)\b", re.I),
        re.compile(
            r"\b(?:run|runs|running|held|hosted|staged|takes?\s+place|took\s+place|returns?)\b"
            r"[^.;]{0,60}?\b(?:at|in)\s+(?:the\s+)?[\w-]+"
            # round 49: "won the open category at the National Amateur Choir Awards in
            # Harrogate": an event named with its place is held there
            r"|\b(?-i:Awards?|Festival|Championships?|Show|Games|Conference|Summit|Fair|Congress|"
            r"Expo|Exhibition|Olympics|Tournament|Regatta|Gala)\s+(?:in|at)\s+(?:the\s+)?"
            r"(?-i:[A-Z])", re.I,
        ),
        "held hold hosted staged",
    ),
    # "How many votes were against the crossing?" over "Councillors voted eight to three in
    # favour of the plan": a tally in favour says the votes against as its second number.
    (
        re.compile(r"\bagainst\b", re.I),
        re.compile(r"\b[\w-]+\s*(?:-|–|to)\s*[\w-]+\s+in\s+favou?r\b", re.I),
        "against",
    ),
)


# round 51: "How much did the Redshank Trust give?" over "made up of £120,000 from the
# National Lottery Heritage Fund, £50,000 from the Redshank Trust": a sum said to be from a
# body is what it gave.
_SAID_OTHERWISE += (
    (
        re.compile(r"\b(?:give|gives|gave|given|giving|donat\w*|contribut\w*|provid\w*|"
                   r"pledg\w*|grant(?:ed|s)?|put\s+in|chip(?:ped)?\s+in)\b", re.I),
        re.compile(r"(?:£|\$|€)\s?\d[\d,.]*(?:\s?(?:million|bn|billion|m|k)\b)?\s+"
                   r"(?:(?:was|came|comes|will\s+come|is)\s+)?(?:from|by)\s+(?:the\s+)?[A-Z]"),
        "give gives gave given giving donate donated contribute contributed provide provided "
        "pledge pledged grant granted",
    ),
)


# ... and "Who won the West Country Town Crier Championship?" over "Geoffrey Tamblyn has been
# named West Country Town Crier Champion": one named or crowned champion won
_SAID_OTHERWISE += (
    (
        re.compile(r"\b(?:won|win|wins|winning|winner|winners)\b", re.I),
        re.compile(r"\b(?:named|crowned|declared|proclaimed)\s+(?:as\s+)?(?:the\s+)?"
                   r"(?:[A-Z][\w'’-]*\s+){0,5}(?:champions?|winners?)\b", re.I),
        "won win wins winning winner winners championship championships",
    ),
)



# round 61: "Who did Lorcan Quennell replace?" over "Kettlewick Rovers have appointed Lorcan
# Quennell ... eight days after Terry Pickwell was sacked": one appointed after another left
# replaced them
_SAID_OTHERWISE += (
    (
        re.compile(r"\b(?:replac\w*|succeed\w*|predecessor|take\s+over\s+from|took\s+over\s+"
                   r"from)\b", re.I),
        re.compile(
            r"\b(?:appoint\w*|named|hired|took\s+over|takes\s+over|taking\s+over)\b[^.;]{0,120}?"
            r"\b(?:after|following)\b[^.;]{0,60}?\b(?:was\s+sacked|was\s+dismissed|left|"
            r"resigned|stepped\s+down|stood\s+down|retired|quit|departure|sacking|dismissal|"
            r"resignation|retirement|exit)\b",
            re.I,
        ),
        "replace replaced succeed succeeded predecessor",
    ),
    # ... and "Who was Harriet Ingleby's predecessor?" (or "Who preceded ...?") over "took over
    # as managing director in January, replacing Colm Wrathmell": the one replaced preceded
    (
        re.compile(r"\b(?:predecessor|preceded|precede|came\s+before)\b", re.I),
        re.compile(r"\b(?:replacing|replaced|replaces|succeeding|succeeded|succeeds|took\s+over\s+"
                   r"from|takes\s+over\s+from|in\s+place\s+of|replacement|successor)\b", re.I),
        "predecessor preceded precede came before",
    ),
)

# round 43: "When was Kelsham Lido built?" over "... a refurbishment of the 1937 open-air
# pool": a year written before a made thing's noun is when it was made, whatever the clause's
# verb. Only things that are built or made: "the 2019 flood" dates the flood, not the bridge.
MADE_THINGS = frozenset(
    "pool lido baths bridge viaduct tunnel pier mill factory works chimney church chapel "
    "cathedral abbey hall school library hospital station theatre cinema stadium pavilion "
    "clubhouse grandstand stand museum gallery tower lighthouse castle house cottage barn pub "
    "inn hotel market arcade bandstand memorial monument statue fountain clock windmill "
    "building ship boat locomotive engine organ".split()
)
YEAR_OF_A_MADE_THING = re.compile(
    # (or its owner's: "Ferncastle's 1930s lido"; round 61)
    r"(?:\b(?i:the|its|their|an?)|\b[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"((?:1[0-9]|20)\d\d)s?(?:-built)?\s+"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(MADE_THINGS)) + r")s?\b"
)
# ... and the questions that ask it: "When was it built?", "What year did the pier open?"
ASKS_WHEN_MADE = re.compile(
    r"^\W*(?:when|(?:in\s+)?what\s+year)\s+(?:was|were|did)\b[^?]*\b(?:built|constructed|"
    r"erected|opened|open|made|founded|established)\b|^\W*when\b[^?]*\bdates?\s+(?:from|back)\b",
    re.I,
)
_SAID_OTHERWISE += (
    (ASKS_WHEN_MADE, YEAR_OF_A_MADE_THING, "built constructed erected opened open made founded"),
)


def said_otherwise(question: str, text: str) -> str:
    """The question's words that `text` says in others (`_SAID_OTHERWISE`), each group with a
    leading space, to add to `text` before `cover`; "" when it says none so."""
    return "".join(
        " " + words for asks, says, words in _SAID_OTHERWISE
        if asks.search(question) and says.search(text)
    )


_REGION_SLOT = re.compile(r"\b(?:county|country|state|region|province|nation)\b", re.I)


def _asks_count(question: str) -> bool:
    from rag.spans import asked_number

    return asked_number(question) == "count"


def _age_years(published: str | None, reference: date | None) -> float:
    if not published or reference is None:
        return 0.0
    try:
        days = (reference - date.fromisoformat(published[:10])).days
    except ValueError:
        return 0.0
    return min(10.0, max(0.0, days / 365.25))


_AGENT_SUFFIXES = ("woman", "man", "person", "er", "or", "r")


def _bases(stem: str) -> set[str]:
    """The verb an agent noun comes from: "chairman" -> "chair", "director" -> "direct",
    "writer" -> "write"/"writ", so that "Who chairs...?" is met by "Its chairman, ...".
    Only a stem the other side also has counts, which keeps "counter"/"count" rare."""
    return {
        stem[: -len(suffix)]
        for suffix in _AGENT_SUFFIXES
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3
    }


# Words that say the same thing in a question and in a report: a measure's adjective and its
# noun ("How wide...?" and "its width of 2.1 metres"), and the verbs of running something and
# the titles of who runs it ("Who runs Northline Ferries?" and "Chief executive Henrik Aalto").
# `rag.spans` reads them too, for a figure's event verb ("injured" and "Nobody was hurt").
SAME_SENSE = tuple(
    frozenset(_stemmer_free.split())
    for _stemmer_free in (
        "wide width", "long length", "high height tall", "deep depth", "heavy weight",
        "big size large", "old age", "far distance", "fast speed",
        "run lead head manage chair chief executive director boss manager leader chairman "
        "chairwoman chairperson",
        "employ staff worker job employee workforce",
        # round 41: "Who speaks for the residents?" over "their spokeswoman, Helen Marsh"
        "speak spokesman spokeswoman spokesperson",
        # Everyday news synonyms: "How high was joblessness?" and "the unemployment rate".
        "unemployment jobless joblessness",
        "average typical median",
        "price cost sell sale",
        "publish release issue",
        "fine penalty",
        # "Where was Severnmoor Water sentenced?" over "The penalty was imposed at Bristol Crown
        # Court"
        "sentence sentenced penalty imposed",
        # (noun plurals too, for stemmers that keep "injuries" apart from "injured": "no
        # injuries had been reported" answers "Was anyone injured?")
        "kill dead death deaths die",
        "injure injury injuries hurt wound",
        # "When did the footbridge collapse?": "The bridge fell into the river on ..."
        "collapse fell",
        # "Is the school still in the plans?" over "remains in the plans"; "161 remain" for
        # "How many riders are still in the race?"
        "still remain remains remained",
        # "Forward Jalen Brooks added 22 points" for "How many points did Brooks score?"
        "score add",
        # "had been forced to close four of its 12 inpatient beds" for "How many beds did the
        # hospice have to shut?"; "Daniel Okoro noticed that payments ... did not match" for
        # "Who spotted that something was wrong?"
        "close shut closure",
        # round 61 (final check 195): "How many accidents ...?" over "31 collisions"
        "accident collision crash",
        "notice spot discover detect uncover",
        # round 37: "Who spotted the beetle?" over "It was found by PhD student Tomasz Wren"
        "spot spotted discover find found",
        "buy purchase acquire",
        # "What was Pellow Foods' revenue?" over "turnover of £48m"; "What did the council
        # allow?" over "Councillors approved plans ..."
        "revenue revenues turnover sales",
        "approve approved allow allowed permit permitted",
        "begin start",
        "finish complete",
        # trial 82: "When will councillors decide the application?" over "The decision ... will
        # now be made ... on 17 June"
        "decide decided decision",
        # "How many games did the Vixens win?" over "16 wins from 18 matches"; "In how many
        # supermarket branches ...?" over "212 Harrow & Finch stores"
        "game games match matches fixture fixtures",
        "branch branches store stores shop shops outlet outlets",
        "fall fell fallen drop dropped decline declined",
        # trial 28: "How many fans watched?" over "in front of a crowd of 4,312"; "the single
        # adult bus fare" over "a single adult ticket"; "When will Route 14 be withdrawn?"
        # over "will scrap the Route 14"; "What is the depot worth?" over "valued at £4 million"
        "crowd fans spectators attendance",
        "fare ticket",
        "withdraw withdrawn scrap scrapped axe axed",
        "worth value valued",
        # trial 31: "How many planes did Spain send?" over "14 aircraft, including two sent by
        # Spain"
        "plane planes aircraft jet jets",
        # a claim pressed: "What pay rise are the drivers demanding?" over "are asking for 6
        # percent"
        "demand ask seek want",
        # trial 40: "What did Dr Morgan blame for the rise?" over "the main causes were a
        # shortage of anaesthetists"; "Why did the list rise?" over "the list grew by 7 percent"
        "blame cause causes reason reasons attribute",
        "rise rose risen grow grew grown increase",
        # round 39: "What is the shortfall after the insurance payout?" over "Insurers will
        # pay £240,000, leaving a gap of £120,000"
        "shortfall gap deficit short",
        # round 44: "How much is the club still short?" over "still needed to find £31,400"
        "short need needed needs",
        # round 43: "How much compensation will the victims receive?" over "ordered to pay
        # £40,000 damages"; a salary is a wage or pay (not "payout", which
        # `rag.spans._SUM_SENSES` keeps with dividends)
        "compensation damages",
        "salary wage wages earn earns",
        # round 44: "How much did the Heritage Fund give?" over "a grant of £62,000 from the
        # National Lottery Heritage Fund"
        "give gave given grant granted donate donated donation contribute contributed provide "
        "provided",
        # round 53: "Which company will build the Lune footbridge?" over "Construction will be
        # carried out by contractor Hallam and Reid Civil Engineering"
        "build built building construct constructed construction",
    )
)
# Words that cover one another in what a sentence says about a question, but are no synonyms
# for a yes or a no: "Who won the game?" is met by "the Hawks beat the Storm", while "Was Okafor
# defeated?" over "Okafor won" is a No (`rag.spans.yes_no` reads `SAME_SENSE` alone).
COVER_SENSE = SAME_SENSE + (
    frozenset("win beat defeat".split()),
    # "Who did Rovers lose to on Saturday?" over "Saturday's 4-0 home defeat by Castleford Town"
    frozenset("lose lost loses losing loss defeat defeated beaten".split()),
    # round 37: "What did the repairs cost?" over "The final repair bill ... rose to £2.6
    # million"; "How many vaccinations ...?" over "1,260 doses of vaccine had been given"
    frozenset("cost costs bill bills".split()),
    frozenset("vaccination vaccinations dose doses jab jabs".split()),
)


@lru_cache(maxsize=1)
def _sense_groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(_stem(w) for w in group) for group in COVER_SENSE)


# Deeds a report says in other words than a question, where one side's words are a phrase:
# "Who was sent off?" over "Callum Ridley was shown a straight red card", "Who received a yellow
# card?" over "Dean Marsh was booked". Each group is a set of phrases (regular expressions) of
# one sense; a text saying any of them says the words of all (`cover`). Phrases, not words:
# "red" or "card" alone say nothing of a sending-off.
PHRASE_SENSE = (
    (r"sent off", r"sending[- ]off", r"red[- ]card(?:s|ed)?", r"dismissed",
     r"marching orders"),
    (r"booked", r"bookings?", r"yellow[- ]card(?:s|ed)?", r"cautioned", r"sin[- ]bin(?:ned)?"),
    # round 37: "Who set up Yeardley's Bakeries?" over "founded in Tarnby in 1958 by baker
    # Arthur Yeardley"; "What offence did he plead guilty to?" over "He admitted fraud"
    # (trial 82: "Who started Fellside Creamery?" over "founded in 1987 by Tom and Margaret
    # Ibbotson": a firm, a club or a charity started is one founded)
    (r"set(?:s|ting)? up", r"found(?:ed|s|ing)?", r"establish(?:ed|es|ing)?",
     r"start(?:ed|s|ing)?(?= (?:the |a |an )?[A-Z])"),
    (r"plead(?:ed|s)? guilty", r"pled guilty", r"admit(?:s|ted|ting)?", r"confess(?:ed|es)?"),
    # round 40: "Who rescued Peter Lindqvist?" over "Daniel Okafor ... broke a window and
    # helped the owner, Peter Lindqvist, 71, out onto the towpath"
    (r"rescu(?:e|ed|es|ing)", r"(?:helped|pulled|dragged|carried|led)(?= [^.;]{1,60} out\b)",
     r"to safety"),
    # round 42: "Who will replace Eleanor Fitch?" over "She will be succeeded in September by
    # the deputy head, Daniel Osei"
    (r"replac(?:e|ed|es|ing)", r"succeeded(?= [^.;]{0,40}by\b)", r"successor",
     # round 58: "His deputy, Osian Sutterby, has been appointed station manager in his place"
     r"in (?:his|her|their) place", r"in place of",
     r"take over from", r"takes over from", r"taking over from", r"took over from",
     # round 49: "who took over in January after Geoffrey Platt retired", "took over as
     # project lead when Marcus Thorne retired", "has taken over as musical director from
     # Brian Tuck"
     r"(?:took|taken|take|takes|taking) over(?= [^.;]{0,40}\b(?:after|when|from)\b)"),
    # trial 83: "Who will hand over the award?" over "The award will be presented by ... Sir
    # Anthony Beckwith"
    (r"hand(?:s|ed|ing)? over", r"present(?:s|ed|ing)?(?= (?:by|the|it|them|her|him)\b)",
     r"present(?:s|ed|ing)? (?:the|an?|his|her|their) (?:\w+ )?(?:award|prize|trophy|cup|"
     r"medal|cheque|certificate)"),
    # round 44: "Who alerted the police?" over "a neighbour, Ruth Okonjo, rang the police";
    # a call is an alert only when it is made to those who answer one
    (r"alert(?:s|ed|ing)?", r"tip(?:s|ped|ping)? off", r"raised the alarm",
     r"(?:rang|rung|rings|ring|called|calls|phoned|phones|contacted|notified|informed|told)"
     r"(?= (?:the |local )?(?:police|fire brigade|fire service|ambulance|coastguard|"
     r"emergency services|999))",
     r"dialled 999"),
    # round 45: "Who is taking over Thornbury Rovers?" over "Mr Brad Kessler has completed his
    # takeover of Thornbury Rovers"; a firm or club changes hands by any of these
    (r"take over(?! from)", r"takes over(?! from)", r"taking over(?! from)",
     r"taken over(?! from)", r"took over(?! from)", r"takeovers?", r"buy(?:s|ing)?",
     r"bought", r"acquir(?:e|es|ed|ing)", r"acquisition", r"purchas(?:e|es|ed|ing)",
     # (final check 168: "has been sold to the Leeds food group Caldera Foods" tells who
     # bought it)
     r"sold to"),
    # ... and "How much is the Department for Transport contributing?" over "of which £1.6
    # million would come from the Department for Transport": a sum said to come from one is
    # its contribution
    (r"contribut(?:e|es|ed|ing|ion|ions)", r"(?:come|comes|coming|came) from(?= the\b| [A-Z])",
     r"(?:paid|provided|funded|met) by"),
    # round 46: "Was Foxley's dog ordered to be put down?" over "The judge did not order the
    # dog to be destroyed": an animal a court or vet ends the life of
    (r"put (?:down|to sleep)", r"destroy(?:ed)?(?= (?:by|after|under|at)\b|[.,;]| ?$)",
     r"euthanis(?:e|es|ed|ing)", r"euthaniz(?:e|es|ed|ing)"),
    # ... "How many clocks will be on show at once?" over "Only 31 of the clocks will be on
    # display at any one time"
    (r"on show", r"on display", r"on view", r"on exhibition"),
    # round 48: "How much did the Dunmore Regent Trust pay for the theatre?" over "It was
    # bought from a private owner for £1 by the Dunmore Regent Trust": a price bought at is
    # what was paid (only with the price: "bought the site" says no payment)
    (r"pay for", r"pays for", r"paid for", r"paying for",
     r"(?:bought|purchased)(?= [^.;]{0,60}\bfor (?:£|\$|€|\d|just |only |a nominal ))"),
    (r"at once", r"at (?:any )?one time", r"at the same time", r"simultaneously"),
    # trial 82: "How much of the money has Little Harnham got back?" over "about £9,000 had
    # so far been recovered through the council's insurer"
    (r"(?:got|get|gets|getting|gotten) back", r"recover(?:s|ed|ing)?", r"recoup(?:s|ed|ing)?",
     r"clawed back", r"repaid", r"paid back"),
    # round 49: "Where did Sam and Ellie Okafor work before?" over "who previously ran the
    # Bell at Thornbury": running a place is working there
    (r"work(?:ed|s|ing)?", r"previously ran", r"previously managed", r"previously run",
     r"formerly ran", r"formerly managed", r"used to run", r"used to manage"),
    # round 58: "Why did Sigrid Solvang leave?" over "has stepped down to take a job with a
    # design studio in Trondheim": a post given up, by any of these
    (r"leav(?:e|es|ing)", r"left(?= (?:to|for|after|because|in|the|her|his|their)\b|[.,;]| ?$)",
     r"(?:step|steps|stepped|stepping|stand|stands|stood|standing) down",
     r"resign(?:s|ed|ing)?", r"quit(?:s|ting)?", r"(?:has|have|had) gone(?= to\b)",
     r"mov(?:e|es|ed|ing) on"),
)


@lru_cache(maxsize=1)
def _phrase_groups() -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    out = []
    for phrases in PHRASE_SENSE:
        pattern = re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.I)
        plain = (re.sub(r"\(.*?\)\??|\[- \]|s\?", " ", p) for p in phrases)
        out.append((pattern, frozenset(w for p in plain for w in content_words(p))))
    return tuple(out)


def phrase_sense_words(text: str) -> set[str]:
    """The stems of every phrase of a `PHRASE_SENSE` group one of whose phrases `text` says:
    "was shown a straight red card" -> the stems of "sent off", "dismissed", "red card", ..."""
    return {w for pattern, words in _phrase_groups() if pattern.search(text) for w in words}

_PHRASE_AUX = frozenset("was were is are be been being got get gets".split())
# Words between a phrase's verb and its noun: "shown a straight red card", "picked up two
# yellow cards".
_PHRASE_FILLER = frozenset("a an the his her their its straight second first late two up".split())
# the endings of a verb before such a phrase: "received", "given", "shown", "got", "gave"
_VERB_ENDINGS = ("ed", "en", "wn", "ot", "ve", "et", "ets")


def _phrase_reach(text: str, start: int) -> tuple[int, bool]:
    """Where the phrase starting at `start` of `text` begins with its verb: back over filler
    words and one word that is no auxiliary ("shown" of "shown a straight red card",
    "received" of "received a yellow card"). Returns that start and whether a verb was taken."""
    words = list(re.finditer(r"[\w'-]+", text[:start]))
    took_verb = False
    while words and words[-1].group(0).lower() in _PHRASE_FILLER:
        start = words.pop().start()
    if words:
        word = words[-1].group(0)
        if word.islower() and word not in _PHRASE_AUX and word.endswith(_VERB_ENDINGS):
            start, took_verb = words.pop().start(), True
    return start, took_verb


# Words for one unnamed person that a report may say in another of them: "How old was the
# boy?" over "The man, 39, and his son, 10, ...", "the child" over "his daughter". Each word's
# (age, sex), sex None for either: a word meets another of the same age whose sex does not
# differ ("the girl" is no "son").
_PERSON_WORDS = {
    # (not "granddaughter" or "nephew": they say whose, not how young: "Their granddaughter,
    # Ellie Pryce, 19," is no "child")
    **dict.fromkeys("boy son schoolboy lad".split(), ("young", "m")),
    **dict.fromkeys("girl daughter schoolgirl".split(), ("young", "f")),
    **dict.fromkeys(
        "child kid youngster toddler baby teenager pupil infant".split(), ("young", None)
    ),
    **dict.fromkeys(
        "man father husband dad grandfather uncle gentleman".split(), ("adult", "m")
    ),
    **dict.fromkeys("woman mother wife mum grandmother aunt lady".split(), ("adult", "f")),
}


@lru_cache(maxsize=1)
def _person_stems() -> dict[str, tuple[str, str | None]]:
    return {_stem(w): kind for w, kind in _PERSON_WORDS.items()}


def _same_person_word(word: str, have: set[str]) -> bool:
    """Does `have` hold another word for the kind of unnamed person `word` is
    (`_PERSON_WORDS`)?"""
    kinds = _person_stems()
    mine = kinds.get(word)
    if mine is None:
        return False
    for other in have:
        theirs = kinds.get(other)
        if theirs and theirs[0] == mine[0] and (mine[1] == theirs[1] or None in (
            mine[1], theirs[1]
        )):
            return True
    return False


# "the shopkeeper" is who "runs the shop", "the landowner" who "owns the land": a compound of
# a thing and the agent of keeping or owning it meets the thing with a verb of running it.
_KEEPING_HEADS = ("keeper", "keep", "owner", "own", "holder", "hold")
_KEEPING_VERBS = frozenset("run own keep manag hold".split())


def _keeper_of(word: str, have: set[str]) -> bool:
    for head in _KEEPING_HEADS:
        thing = word[: -len(head)]
        if word.endswith(head) and len(thing) >= 3 and thing in have:
            return bool(have & _KEEPING_VERBS)
    return False


def in_the_words_of(question: str, sentence: str) -> str | None:
    """`question` said in `sentence`'s phrase of the same sense (`PHRASE_SENSE`), for the
    cross-encoder, which reads "Who was sent off?" against "Callum Ridley was shown a straight
    red card" as no answer (score -7.8) and "Who was shown a straight red card?" as one (7.8):
    "Who received a yellow card?" over "Dean Marsh was booked" -> "Who was booked?". None when
    they share no group or say the same phrase."""
    original = reworded = question
    for pattern, _ in _phrase_groups():
        # (each group in turn: "on show at once" is "on display at any one time")
        question = reworded
        asked, said = pattern.search(question), pattern.search(sentence)
        if not asked or not said or asked.group(0).lower() == said.group(0).lower():
            continue
        q_start, q_verb = _phrase_reach(question, asked.start())
        s_start, _ = _phrase_reach(sentence, said.start())
        phrase = sentence[s_start:said.end()]
        asked_aux = re.findall(r"[\w'-]+", question[:q_start])[-1:]
        if (
            q_verb and phrase.islower() and len(phrase.split()) == 1
            and not (asked_aux and asked_aux[0].lower() in _PHRASE_AUX)
        ):
            # "received a yellow card" -> "was booked": a passive needs its auxiliary
            before = re.findall(r"[\w'-]+", sentence[:s_start])
            if before and before[-1].lower() in _PHRASE_AUX:
                phrase = f"{before[-1].lower()} {phrase}"
        reworded = question[:q_start] + phrase + question[asked.end():]
    if reworded != original:
        return reworded
    return _person_in_their_words(original, sentence) or _doer_in_their_words(original, sentence)


# "Who objected to the turbine?": a "who" question of a deed done by one or more people
_WHO_DID = re.compile(r"^\W*who\s+([a-z]+(?:ed|s))\b(.*)$", re.I | re.S)
# "Among the objectors was Dame Eleanor Pryce": one of the doers of a deed, by their noun
_AMONG_THE_DOERS = re.compile(
    r"\b(?:among|one\s+of|of)\s+the\s+(?:[a-z-]+\s+)?([a-z]{3,}?)(?:ors|ers|ists)\b", re.I
)


def _doer_in_their_words(question: str, sentence: str) -> str | None:
    """"Who objected to the turbine?" over "Among the objectors was Dame Eleanor Pryce" ->
    "Who was among the objectors to the turbine?": the question's deed said by the noun of
    those who did it, which the cross-encoder reads as the answer it is (4.0 against -10.6).
    None when the question is no "Who <did> ...?" or the sentence names no doers of its deed."""
    asked = _WHO_DID.match(question)
    if not asked:
        return None
    verb = asked.group(1).lower()
    deed = re.sub(r"(?:ed|s)$", "", verb)
    for said in _AMONG_THE_DOERS.finditer(sentence):
        doer = said.group(1).lower()
        # ("protest"+"ers", "object"+"ors", "organis"+"ers" of "organised")
        if doer == deed or (deed.endswith("e") and doer == deed[:-1]) or doer == deed + "e":
            noun = sentence[said.start(1) : said.end()].lower()
            rest = asked.group(2)
            if re.match(r"\s+(?:the|a|an|this|that|its|his|her|their|[A-Z])", rest):
                rest = " of" + rest  # "organised the march": the organisers *of* the march
            return f"Who was among the {noun}{rest}"
    return None


_A_PERSON_WORD = re.compile(
    r"\b(?:the|a|an|his|her|their|its)\s+(" + "|".join(sorted(_PERSON_WORDS)) + r")\b", re.I
)


def _person_in_their_words(question: str, sentence: str) -> str | None:
    """"How old was the boy?" over "The man, 39, and his son, 10, ..." -> "How old was the
    son?": the question's word for an unnamed person in the sentence's word for one of the
    same kind (`_PERSON_WORDS`), which the cross-encoder reads as the answer it is (-3.7
    against 0.5). None when the sentence says the question's own word or none of its kind."""
    asked = _A_PERSON_WORD.search(question)
    if not asked:
        return None
    word = asked.group(1).lower()
    said = [m.group(1).lower() for m in _A_PERSON_WORD.finditer(sentence)]
    if word in said:
        return None
    for other in said:
        if _same_person_word(_stem(word), {_stem(other)}):
            return question[: asked.start(1)] + other + question[asked.end(1):]
    return None



_PREFIXES = frozenset("anti semi over under post mega ultra multi inter super self".split())


def _is_compound_of(compound: str, head: str) -> bool:
    """"footbridge" of "bridge", "shipyard" of "yard": one word of letters made of a first part
    of four letters or more and the head (four or more). Not "unencrypted" of "encrypted"
    (a negating prefix is how unanswerable questions mimic answered ones), not "underground"
    of "ground", not "Siouan-speaking" of "speaking" (a hyphenated name)."""
    if not (compound.isalpha() and head.isalpha() and len(head) >= 4):
        return False
    first = compound[: -len(head)]
    return compound.endswith(head) and len(first) >= 4 and first not in _PREFIXES


def _compound_parts(stem: str, have: set[str]) -> bool:
    """True when a compound and its head meet, either way round (`_is_compound_of`)."""
    return any(_is_compound_of(stem, h) or _is_compound_of(h, stem) for h in have if h != stem)


def cover(wanted: set[str], text: str) -> float:
    """Share of `wanted` stems (`content_words`) that `text` has: an agent noun meeting its
    verb either way, a word meeting another of the same sense (`SAME_SENSE`) or a phrase
    another of the same sense (`PHRASE_SENSE`), a compound meeting its head, a word for an
    unnamed person another for the same kind (`_PERSON_WORDS`), a keeper its thing kept."""
    if not wanted:
        return 1.0
    have = content_words(text) | _reporting_period_words(text) | _own_words_as_verbs(text)
    based = have | {b for stem in have for b in _bases(stem)} | phrase_sense_words(text)
    for group in _sense_groups():
        if group & based:
            based = based | group
    return sum(
        1 for w in wanted
        if w in based or _bases(w) & have or _compound_parts(w, have) or _people_of(w, have)
        or _same_person_word(w, have) or _keeper_of(w, have)
    ) / len(wanted)


def cover_keys(keys: set[str], text: str) -> float:
    """`cover` for a question's names and numbers (`key_terms`), which a user may type a
    little differently from the report: a name misspelt by one letter or two in a long one
    ("Quantok" for "Quantock": same first letter, at least five letters, a
    `difflib.SequenceMatcher` ratio of 0.85 or more with a capitalised word of `text`; 0.65
    for a surname of four letters or more after a given name the keys hold too: "Margaret
    Coil" for "Margaret Coyle", "Norman Ashford" for "Norman Ashworth"), a number written
    against its unit ("20 mph" for "20mph")."""
    if not keys:
        return 1.0
    plain = cover(keys, text)
    if plain == 1.0:
        return plain
    from difflib import SequenceMatcher

    names = {_stem(w) for w in re.findall(r"\b[A-Z][\w'’-]{3,}", text)}
    # (surnames after a given name the question says too: "Margaret Coil" is "Margaret Coyle")
    from rag.names import GIVEN_NAMES

    surnames = {
        _stem(m.group(2))
        for m in re.finditer(r"\b([A-Z][a-z]+)\s+([A-Z][\w'’-]{2,})", text)
        if m.group(1) in GIVEN_NAMES and _stem(m.group(1)) in keys
    }

    def said(key: str) -> bool:
        if cover({key}, text) == 1.0:
            return True
        if key.isdigit():
            return re.search(rf"(?<![\d.,]){key}(?=[a-z])", text, re.IGNORECASE) is not None
        return len(key) >= 5 and any(
            n[:1] == key[:1] and SequenceMatcher(None, key, n).ratio() >= 0.85 for n in names
        ) or len(key) >= 4 and any(
            n[:1] == key[:1] and SequenceMatcher(None, key, n).ratio() >= 0.65 for n in surnames
        )

    return sum(1 for key in keys if said(key)) / len(keys)


# A company's reporting period said by its end: "the three months to 30 June" is the second
# quarter, "the six months ended 30 June" the first half.
_PERIOD_TO = re.compile(
    r"\b(three|six|nine)\s+months\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?"
    r"(?:\d{1,2}\s+)?(March|June|September|December)\b",
    re.I,
)
_QUARTER_ENDING = {"march": "first", "june": "second", "september": "third", "december": "fourth"}


def _reporting_period_words(text: str) -> set[str]:
    """The stems a reporting period said by its end also says: {"second", "quarter"} for "the
    three months to 30 June", {"first", "half"} for "six months to 30 June" (calendar-year
    periods; a fiscal year's quarters are named otherwise and are not read)."""
    out: set[str] = set()
    for m in _PERIOD_TO.finditer(text):
        months, month = m.group(1).lower(), m.group(2).lower()
        if months == "three":
            out |= {_stem(_QUARTER_ENDING[month]), _stem("quarter")}
        elif months == "six" and month in ("june", "december"):
            out |= {_stem("first" if month == "june" else "second"), _stem("half")}
    return out


_DEMONYM_END = ("an", "ese", "ish", "i")


def _people_of(word: str, have: set[str]) -> bool:
    """Does `have` name the country `word` is the people of, or the people of the country it
    is ("Estonian" and "Estonia's", "Canadian" and "Canada", "Russia" and "Russian")? By their
    shared beginning: all but the last letter of the shorter, and five letters at least."""
    for other in have:
        short, long = sorted((word, other), key=len)
        if short == long or len(short) < 5 or not (
            long.endswith(_DEMONYM_END) or short.endswith(_DEMONYM_END)
        ):
            continue
        need = max(5, len(short) - 1)
        if long[:need] == short[:need]:
            return True
    return False


def signals(
    question: str,
    best: Evidence | None,
    evidence,
    hits: Sequence[Hit],
    short_answer_found: bool,
    fit: Mapping[str, float] | None = None,
    dense: float | None = None,
    reference: date | None = None,
) -> dict[str, float]:
    """The features the calibrator reads, as plain floats (see the module docstring).

    `evidence` is the `rag.evidence.EvidenceSet`; `best` its best sentence (None if there were
    no candidate sentences at all). `fit` is `rag.spans.span_fit` of the short answer found
    (its `span_score` and `slot_missing`; both 0.0 when there is none). `dense` is the cosine
    similarity of the question's and the best sentence's embeddings (a second opinion beside
    the cross-encoder, which misreads paraphrase in short news sentences); None counts as 0.
    `reference` is "now" for the question (`Rag.reference_date`): `report_age` is how many
    years before it the best sentence's report was published (0 when either date is unknown,
    capped at 10), since news questions mostly ask about the present and an answer from a
    report years old is often about an earlier event of the same kind.
    """
    qtype = question_type(question)
    out = {f"type_{name}": float(qtype == name) for name, _ in QUESTION_TYPES}
    if best is None:
        return {**out, "no_evidence": 1.0}
    wanted = content_words(question)
    keys = key_terms(question)
    counting = qtype == "number" and _asks_count(question)
    # A year or month the question names is met by the report's date as much as by its text
    # ("the unemployment rate in 2023" from a report of 2023-02-10 saying "in January").
    dated = _date_words(best.published)
    from rag.spans import dateline_region

    if dateline_region(question, best.sentence):
        # "ASHBY MOOR, Derbyshire — " (or "in Linz, Austria,") answers "In which county is
        # Ashby Moor?" without the word "county": the region it gives is the asked kind of place.
        dated += " " + " ".join(_REGION_SLOT.findall(question))
    # (its headline too: a chunk from further down a report need not repeat what the report
    # is about, "the park" under "Pelham skate park delayed until spring")
    own = [h for h in hits if h.chunk.article_id == best.article_id]
    article_text = " ".join(
        [own[0].title or "" if own else ""] + [h.chunk.text for h in own] + [dated]
    )
    window = " ".join(
        [e.sentence for e in evidence.sentences if e.article_id == best.article_id] + [dated]
    )
    if (fit or {}).get("tie_stated"):
        # "Reform's Kelly Marsh" for "Which party does Kelly Marsh represent?": the possessive
        # says the question's predicate, in no word of it (`rag.spans.span_fit`).
        window += " " + " ".join(
            w for w in _WORD.findall(question) if _stem(w) in wanted - keys
        )
    window += said_otherwise(question, window)
    score = float(evidence.best_score)
    out.update(
        best=score,
        best_alone=float(evidence.best_alone if evidence.best_alone is not None else score),
        best_window=float(evidence.best_window if evidence.best_window is not None else score),
        margin=min(10.0, score - evidence.second_score) if evidence.second_score is not None
        else 10.0,
        # (a construction that states the asked slot holds the asked kind, wherever the
        # cross-encoder ranked it: "with a 3-1 victory over Ashcombe Rovers" under a sentence
        # of the first goal)
        fits_type=float(evidence.fits_type or bool((fit or {}).get("tie_stated"))),
        cover_sentence=cover(wanted, window),
        cover_article=cover(wanted, article_text),
        keys_missing_article=1.0 - cover_keys(keys, article_text),
        keys_missing_sentence=1.0 - cover_keys(keys, window),
        short_answer=float(short_answer_found),
        span_score=float((fit or {}).get("span_score", 0.0)),
        slot_missing=float((fit or {}).get("slot_missing", 0.0)),
        # The question's words other than its names ("Who *scored* the *goal*...?"): a sentence
        # that names the same people but not what they did answers another question.
        cover_predicate=_cover_predicate(question, wanted - keys, window, article_text),
        negation_mismatch=float(
            _negated(question, counting) != (
                _negated(_before_said(question, best.sentence), counting)
                and not _denies_another_deed(question, best.sentence)
            )
        ),
        dense_sentence=float(dense or 0.0),
        report_age=_age_years(best.published, reference),
        passage=float(hits[0].score) if hits else 0.0,
        no_evidence=0.0,
    )
    return out


@dataclass(frozen=True)
class Calibrator:
    """Logistic regression over `signals()`: p = 1 / (1 + exp(-(b + sum w_i * z_i))), where
    z_i = (x_i - mean_i) / scale_i. Missing features count as their mean (z = 0).

    `fact_missing`, when set, is the probability given instead wherever `asked_fact_missing`
    holds (the observed share of right answers among such dev questions); None leaves those
    questions to the regression too."""

    weights: Mapping[str, float]
    intercept: float
    means: Mapping[str, float] = field(default_factory=dict)
    scales: Mapping[str, float] = field(default_factory=dict)
    about: Mapping[str, object] = field(default_factory=dict)
    fact_missing: float | None = None

    def probability(self, features: Mapping[str, float]) -> float:
        if self.fact_missing is not None and asked_fact_missing(features):
            return self.fact_missing
        return self.regression(features)

    def regression(self, features: Mapping[str, float]) -> float:
        """The fitted model's probability alone, without the `fact_missing` rule."""
        z = self.intercept
        for name, w in self.weights.items():
            if name not in features:
                continue
            scale = self.scales.get(name) or 1.0
            z += w * (features[name] - self.means.get(name, 0.0)) / scale
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def to_json(self) -> dict:
        return {
            "weights": dict(self.weights),
            "intercept": self.intercept,
            "means": dict(self.means),
            "scales": dict(self.scales),
            "about": dict(self.about),
            "fact_missing": self.fact_missing,
        }

    @classmethod
    def from_json(cls, data: Mapping) -> Calibrator:
        return cls(
            weights=dict(data["weights"]),
            intercept=float(data["intercept"]),
            means=dict(data.get("means", {})),
            scales=dict(data.get("scales", {})),
            about=dict(data.get("about", {})),
            fact_missing=data.get("fact_missing"),
        )

    @classmethod
    def load(cls, path: Path = CALIBRATION_FILE) -> Calibrator:
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def score_only(slope: float = 1.0, offset: float = 0.0) -> Calibrator:
    """A calibrator on the best evidence score alone: p = sigmoid(slope * (best - offset)).

    For rerankers the shipped coefficients were not fitted on (the tests' fake reranker)."""
    return Calibrator(weights={"best": slope}, intercept=-slope * offset)
