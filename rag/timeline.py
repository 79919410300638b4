"""Dated evidence: which report to cite when reports of different dates answer, and story
briefings.

Pure functions over scored evidence sentences (`rag.evidence`); `rag.api` wires them in.

- `arrange`: for "latest"/"current" questions the newest report that answers (scoring within a
  margin of the best) is cited first; when reports of different dates give different figures
  for the same thing ("800 jobs" in May, "650 jobs" in September), the newest is cited first
  and the earliest differing one after it, so the answer can say "first reported as ...".
- `is_briefing` / `timeline`: an open question about a story ("What happened with the battery
  factory?") gets the key sentences of the reports telling it, one line per report, copies of
  one story merged, oldest first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from rag.changewords import FALL_VERBS, FIRST_SAID, RISE_VERBS
from rag.timeexpr import TimeScope
from rag.types import Evidence

# Cross-encoder logits: a report scoring within this of the best one still answers the question
# (the same margin `select_evidence` keeps sentences within).
MARGIN = 2.0
# For "latest"/"first", when only one report scores within MARGIN, others that answer may lie
# further down: the cross-encoder's scores for the same kind of sentence from different
# reports differ by up to 6 logits with the wording
# (measured on eval/time: "fell to 3.9 percent in January" 3.4, "2.6 percent higher in July"
# -2.3 for "What's the latest inflation figure?"). A wider margin, and the sentence
# must be able to hold the kind of answer asked for.
TIME_MARGIN = 6.0
# An earlier report's figure that says the asked deed but not the story's name is looked for
# this far under the newer one's (measured: "About 30 homes on the edge of Brindlecombe were
# flooded" at -0.1 under "The number of homes flooded by the River Tessel is now 95" at 9.8);
# only a sentence that says what the question asks, of a report naming its names, is taken.
FURTHER_MARGIN = 12.0
# ... and how far a newer report's sentence that says the whole predicate with a figure may
# lie: the cross-encoder reads "bringing the total to £103,000" 13.7 under the first report's
# "Plans for a £95,000 skate park" for "What is the latest cost of the skate park?"
UPDATE_MARGIN = 16.0
# A report belongs in a briefing when its best sentence scores within this of the story's best
# (measured on eval/stories: reports of the story asked about within 2-4, other series 5+).
BRIEFING_MARGIN = 4.0
BRIEFING_LINES = 6
# Below this best-sentence logit nothing found is about the story: the briefing is refused.
# (A fact question's refusal is calibrated on fact questions; a briefing's is not.)
BRIEFING_FLOOR = -2.0

# Numbers that are figures, not years or days of the month: "650", "4.8", "131 million".
# ("£1.6m", "$2bn": a figure with its unit's letter)
_FIGURE = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:m|bn|k)?(?![\w])"
)
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_YEARLIKE = re.compile(r"^(1[89]\d\d|20\d\d)$")
# A sentence naming a period of its own ("in January", "in 2023"): two such sentences naming
# different periods report a series (January's rate, July's rate), not an update of one figure.
_PERIOD_WORDS = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"spring|summer|autumn|fall|winter|quarter|(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
# Period words that are verbs too ("the lid can spring open", "prices may fall"): a period only
# after a word that sets it in time ("in spring", "last autumn", "since May") or before a year.
_ALSO_VERBS = frozenset("spring fall may march".split())
_AS_A_PERIOD = re.compile(
    r"\b(?:in|this|last|next|the|early|late|mid|during|by|since|until|from|to|of|each|every|"
    r"between|and)[\s-]+$",
    re.IGNORECASE,
)
# Questions for an amount, whose value a later report may update ("How many jobs ...?").
_AMOUNT_QUESTION = re.compile(
    r"\b(how (many|much|high|low|big|large|far|long)|what (percentage|proportion|number|amount|"
    r"share|figure|rate|price|cost|total|sum))\b",
    re.IGNORECASE,
)


_NUMBER_WORDS = {
    word: str(n)
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORD = re.compile(rf"\b({'|'.join(_NUMBER_WORDS)})\b", re.IGNORECASE)


def figures(sentence: str) -> frozenset[str]:
    """The figures in a sentence, normalised ("18,240" -> "18240", "four" -> "4"); years left
    out. News writes counts up to ten (and often twenty) in words: "leaving four" stops."""
    out = set()
    for m in _FIGURE.finditer(sentence):
        value = m.group(1).replace(",", "")
        if not _YEARLIKE.match(value):
            out.add(value)
    out.update(_NUMBER_WORDS[m.group(1).lower()] for m in _NUMBER_WORD.finditer(sentence))
    return frozenset(out)


def periods(sentence: str, published: str | None = None) -> frozenset[str]:
    """The periods a sentence names, months read against its report's date ("in January" in a
    report of 2024-02-09 is 2024-01). A year after its report's is left out: it dates a plan
    ("is expected to open in 2028" in a report of 2025), which a later report may move, not a
    period the sentence's figures are of; so is a month a plan is put off to ("delayed until
    July")."""
    from datetime import date

    from rag.timeexpr import point_span

    reference = date.fromisoformat(published) if published else date.max
    out = set()
    for m in _PERIOD_WORDS.finditer(sentence):
        word = m.group(1).lower()
        if word.isdigit() and published and int(word) > reference.year:
            continue
        if (
            word in _ALSO_VERBS
            and not _AS_A_PERIOD.search(sentence[max(0, m.start() - 12) : m.start()])
            and not re.match(r"\s+(?:of\s+)?(?:1[89]|20)\d\d\b", sentence[m.end() :])
        ):
            continue  # "the lid can spring open", "it may fall": no period
        if re.search(r"\b(?:until|till|by|before)\s+(?:early\s+|late\s+|mid-)?$",
                     sentence[max(0, m.start() - 14) : m.start()], re.I):
            continue  # "has been delayed until July": when a plan falls due, no period of figures
        if re.search(r"\b(?:since|records\s+began(?:\s+there)?\s+in|(?:record\s+)?set\s+in|"
                     r"the\s+whole\s+of|usual\s+\w+\s+for)\s+(?:the\s+)?$",
                     sentence[max(0, m.start() - 30) : m.start()], re.I):
            # "the highest since records began there in 1968", "more than the usual total for
            # the whole of November": what a figure is measured against, not its period
            continue
        year = re.match(r"\s+(?:of\s+)?((?:1[89]|20)\d\d)\b", sentence[m.end() :])
        if year and published and word[0].isalpha():
            if int(year.group(1)) > reference.year:
                # "due to open in October 2025" in a report of 2024: a plan's month, as its
                # year alone is ("is expected to open in 2028")
                continue
            # (a month given its year is of that year, not the one before the report: "in
            # October 2023")
            span = point_span(f"{word} {year.group(1)}", reference) if word in _MONTHS else None
        else:
            span = point_span(word, reference) if published and word[0].isalpha() else None
        out.add(span[0].isoformat()[:7] if span else word)
    return frozenset(out)


# Time a sentence states relative to its report ("on Monday", "this month", "in January"):
# which Monday only the report's date tells, so the reply gives it.
_RELATIVE_TIME = re.compile(
    r"\b(today|yesterday|tonight|tomorrow|(last|this|next) (week|month|year|weekend)|"
    r"(on |last |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"earlier this (week|month|year)|\d+ (days|weeks|months) ago|"
    r"in (january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?! \d{4}))\b",
    re.IGNORECASE,
)


def mentions_time(sentence: str) -> bool:
    """Does the sentence say when relative to its report ("on Monday", "in January")?"""
    return bool(_RELATIVE_TIME.search(sentence))


@dataclass(frozen=True)
class Arranged:
    """The evidence to answer from, in citation order, and how the answer should date it:
    `mode` "" (as selected), "latest" (the newest report first) or "updated" (the newest
    figure, then the earliest different one)."""

    evidence: tuple[Evidence, ...]
    mode: str = ""


def _best_per_article(ranked: Sequence[Evidence], margin: float) -> list[Evidence]:
    if not ranked:
        return []
    best = ranked[0].score
    seen: dict[str, Evidence] = {}
    for e in ranked:
        if e.score >= best - margin and e.article_id not in seen:
            seen[e.article_id] = e
    return list(seen.values())


def arrange(
    question: str,
    scope: TimeScope,
    chosen: Sequence[Evidence],
    ranked: Sequence[Evidence],
    margin: float = MARGIN,
    time_margin: float = TIME_MARGIN,
) -> Arranged:
    """Decide which reports to cite (see the module docstring).

    `chosen` is the evidence as selected (best first), `ranked` every scored candidate sentence,
    best first. Sentences without a date take no part. Returns `chosen` unchanged when dates
    do not matter.
    """
    planned = _planned_deeds(question)
    if planned and ranked:
        # "When will the tram extension open?": a plan's date that a later report moved
        # ("expected to open in 2028", then "pushed back by a year to 2029"). What is planned
        # now is asked, so the reports are looked for as far as for "latest".
        saying: dict[str, tuple[Evidence, frozenset[int]]] = {}
        for e in ranked:
            if e.article_id in saying or e.score < ranked[0].score - (
                # (a sentence that says the plan moved is looked for as far as an update:
                # "The decision, which had been expected in April, will now be made ... on
                # 17 June" ranks 10 under the first report's "expected to decide ... in April")
                UPDATE_MARGIN
                if _A_PLAN_MOVED.search(e.sentence) or scope.prefer_earliest
                else time_margin
            ):
                continue
            if years := _planned_years(e, planned):
                saying[e.article_id] = (e, years)
        if len(saying) > 1 and scope.prefer_earliest:
            # "When was the greenway first expected to open?": the first report's plan ("is
            # expected to open in June 2025"), however far its lead outranks that sentence
            oldest, old_years = min(saying.values(), key=lambda p: (p[0].published, -p[0].score))
            newest, new_years = max(saying.values(), key=lambda p: (p[0].published, p[0].score))
            if (
                oldest.published < newest.published
                and old_years != new_years
                and _same_story(question, oldest, newest, ranked)
            ):
                return Arranged((oldest,), "latest")
        elif len(saying) > 1:
            newest, new_years = max(saying.values(), key=lambda p: (p[0].published, p[0].score))
            for older, old_years in sorted(saying.values(), key=lambda p: p[0].published):
                if (
                    older.published < newest.published
                    and old_years != new_years
                    and _names_met(question, older, ranked) >= _names_met(question, newest, ranked)
                    and _same_story(question, older, newest, ranked)
                ):
                    return Arranged((newest, older), "updated")
    per_article = [e for e in _best_per_article(ranked, margin) if e.published]
    wide = scope.prefer_latest or scope.prefer_earliest
    # The reports that answer are those within `margin` of the best; when that is one report
    # only, a "latest"/"first" question looks as far as `time_margin` for others.
    narrow_dates = {e.published for e in per_article}
    pool = per_article
    if wide and len(narrow_dates) < 2:
        pool = [e for e in _best_per_article(ranked, time_margin) if e.published]
    # Further down than `margin`, a report whose sentence says what the question asks but its
    # names may give the figure an update revised ("About 30 homes on the edge of Greenfield
    # were evacuated" for "How many homes have been evacuated because of the Saddleworth Moor
    # fire?", 2.6 under the newer report's).
    further = [
        e for e in _best_per_article(ranked, FURTHER_MARGIN)
        if e.published and e not in per_article and _asks_amount(question)
        and _says_the_predicate(question, e)
    ]
    if not scope.prefer_earliest and _asks_amount(question) and per_article:
        # "What is the total cost of the skate park now?": a newer report may give the figure
        # in a sentence its own lead outranks ("The fence will add £8,000 to the cost,
        # bringing the total to £103,000." under "... has been given the go-ahead"): its
        # best sentence that says the predicate with a figure stands for it
        from rag.spans import short_answer_span

        known = max(e.published for e in per_article)
        # (the question's own time word is no word of what it asks: "the latest cost")
        asked = question.replace(scope.matched, " ") if scope.matched else question
        for e in ranked:
            if e.score < ranked[0].score - UPDATE_MARGIN:
                break
            if (
                e.published and e.published > known and figures(e.sentence)
                and _says_the_predicate(asked, e)
                and all(x.article_id != e.article_id for x in per_article)
                # (a figure of the asked kind: "voted nine to three" gives no cost)
                and short_answer_span(asked, e.sentence) is not None
                # ... said as the thing's new value: "bringing the total to", "has risen to",
                # never a part or a first step ("the first 120 workers already hired")
                and (_REVISED.search(e.sentence) or _NEW_TOTAL.search(e.sentence)
                     # (or against the figure it was: "has raised £68,000 ..., up from £41,000
                     # in March")
                     or own_earlier_figures(e.sentence))
            ):
                per_article = [*per_article, e]
                further = [x for x in further if x.article_id != e.article_id]
    dates = {e.published for e in [*pool, *further, *per_article]}
    if len(dates) < 2 or not per_article:
        return Arranged(tuple(chosen))
    newest = max(per_article, key=lambda e: (e.published, e.score))
    if not scope.prefer_earliest and _asks_amount(question):
        # (the newer report's sentence that answers: "The Highland council has agreed to raise
        # its contribution to £700,000" under "now plans to employ six staff" for "How much
        # is the council putting into the observatory now?")
        newest = _answering_sentence(question, newest, ranked, time_margin)
    new_figures = figures(newest.sentence)
    if new_figures and not scope.prefer_earliest and _asks_amount(question):
        # The earliest report giving another figure for the same thing: same kind of sentence
        # (no period of its own, or the same one), a different number.
        for older in sorted([*per_article, *further], key=lambda e: (e.published, -e.score)):
            if older.published >= newest.published:
                break
            own = own_earlier_figures(newest.sentence)
            if own and not figures(older.sentence) & own:
                # (the older report's sentence that gives the figure the newest says it was:
                # "The appeal has raised £41,000 so far" under that report's "Last year 2,300
                # boats passed through", for "..., up from £41,000 in March")
                older = next(
                    (x for x in ranked if x.article_id == older.article_id
                     and x.score >= ranked[0].score - time_margin and figures(x.sentence) & own),
                    older,
                )
            old_figures = figures(older.sentence)
            # The newest report has a figure the older lacks ("will rise from 3.20 pounds to
            # 3.75 pounds" after "the fare is 3.20 pounds" counts), about the same thing: the
            # same kind of period, and the older report names what the question names.
            if (
                old_figures
                and new_figures - old_figures
                and (
                    periods(older.sentence, older.published)
                    == periods(newest.sentence, newest.published)
                    # (a newer figure said over the older one needs no period to match: "has
                    # risen to €8.2 million, from the €6.5 million first estimated" revises "A
                    # distillery costing €6.5 million ... expected to open in September 2024")
                    or bool(own & old_figures)
                )
                and _names_met(question, older, ranked) >= _names_met(question, newest, ranked)
                and _same_story(question, older, newest, ranked)
                and not _plan_and_outcome(older, newest)
                and not _another_deed(question, older, newest)
                # (a sentence that says its own first figure names the one to look for: "first
                # reported as involving 140 ewes, actually involved 212" is not updated from
                # "60 ewes went missing from a farm at Birkhope")
                and not (own and not old_figures & own)
            ):
                return Arranged((newest, older), "updated")
    if scope.prefer_latest or scope.prefer_earliest:
        from rag.evidence import fits_answer_type
        from rag.spans import short_answer_span

        best = ranked[0].score
        reach = margin if pool is per_article else time_margin
        pool = [_answering_sentence(question, e, ranked, time_margin) for e in pool]
        answering = [e for e in pool if fits_answer_type(question, e.sentence)] or pool
        pick = (
            max(answering, key=lambda e: (e.published, e.score))
            if scope.prefer_latest
            else min(answering, key=lambda e: (e.published, -e.score))
        )
        # The report's own best sentences (two at most, within the margin), in reading order.
        own = [e for e in ranked if e.article_id == pick.article_id and e.score >= best - reach]
        kept = list(dict.fromkeys([pick, *own]))[:2]
        return Arranged(tuple(sorted(kept, key=lambda e: e.start)), "latest")
    return Arranged(tuple(chosen))


def _answering_sentence(
    question: str, e: Evidence, ranked: Sequence[Evidence], time_margin: float
) -> Evidence:
    """The sentence of `e`'s report that holds a short answer to `question`: `e` itself when it
    does, else the best ranked one of its report within `time_margin` of the best, else `e`.
    A report's best sentence need not be the one that answers: "said the appeal had now raised
    £47,500" outranks "now expects the vehicle to cost £62,000" for "How much does the
    headteacher now expect the minibus to cost?"."""
    from rag.spans import short_answer_span

    if short_answer_span(question, e.sentence) is not None:
        return e
    best = ranked[0].score if ranked else e.score
    return next(
        (
            x for x in ranked
            if x.article_id == e.article_id and x.score >= best - time_margin
            and short_answer_span(question, x.sentence) is not None
        ),
        e,
    )


# A plan's date said to have moved: "will now be made on 17 June", "has been put back until
# 2 June", "postponed to", "brought forward to"
_A_PLAN_MOVED = re.compile(
    r"\b(?:will|is|are)\s+now\b|\b(?:put|pushed|set)\s+back\b|\bbrought\s+forward\b|"
    r"\b(?:postponed|delayed|deferred|moved|rescheduled)\s+(?:until|to|till)\b",
    re.IGNORECASE,
)
# "When will X open?", "When is the bridge expected to reopen?", "When was the line due to
# open?": the date of something planned; its last word is the planned deed.
_PLANNED_DATE = re.compile(
    r"^\W*when\s+(?:will|would|(?:is|are|was|were)\s+.+?\s+(?:expected|due|set|scheduled|"
    r"planned|likely|going)\s+to)\b.*?\b(?P<deed>[a-z]+)\s*\??\s*$",
    re.IGNORECASE,
)


def _planned_deed(question: str) -> str:
    """The stem of the deed a when-question asks the planned date of ("open" for "When will the
    tram extension open?"), or ""."""
    from rag.spans import _stem

    m = _PLANNED_DATE.match(question.replace("’", "'"))
    if not m:
        return ""
    deed = m.group("deed")
    if deed[:1].isupper() or not deed.islower():
        # "When would the first trams run to Kelsall Park?": the deed is the verb before the
        # place it is done at
        verb = re.search(r"\b([a-z]+)\s+(?:to|at|in|on|from|through|into)\s+[^?]*\??\s*$", question)
        if verb is None:
            return ""
        deed = verb.group(1)
    return _stem(deed)


# A service's first run is its opening: "When would the first trams run?" is answered by "is
# now expected to open in 2030".
_FIRST_RUN = re.compile(r"\bfirst\s+(?:[a-z]+\s+)?(?:trams?|trains?|buses|bus|services?|"
                        r"flights?|ferr(?:y|ies)|sailings?)\b", re.IGNORECASE)
_OPENING_SENSE = ("open", "start", "begin", "launch", "run", "operat")


def _planned_deeds(question: str) -> frozenset[str]:
    """The stems `_planned_years` looks for: the question's deed, and for the first run of a
    service ("When would the first trams run?") every word of opening."""
    from rag.spans import where_verb

    deed = _planned_deed(question)
    if not deed:
        return frozenset()
    if deed in _OPENING_SENSE and _FIRST_RUN.search(question):
        return frozenset(_OPENING_SENSE)
    verb = where_verb(question, "when")
    if verb and verb != deed:
        # (and the parse's verb, where the question ends on its object or a manner: "decide"
        # of "When will councillors decide the crematorium application?")
        return frozenset({deed, verb})
    return frozenset({deed})


_PLANNED_MONTH = re.compile(
    r"\b(?:in|by|until|till|from|to|for|before|after|early|late|mid|end\s+of|on)\s+"
    # (a day may stand before the month: "put back until 2 June", "from 1 March")
    r"(?:early\s+|late\s+|\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?P<month>" + "|".join(_MONTHS) + r")\b(?:\s+(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)


# A later report's account of what was planned before: "had said in January that the pool
# would reopen in April", "was originally due to open in May". Its date is superseded.
_EARLIER_CLAIM = re.compile(
    r"\bhad\s+(?:previously\s+|originally\s+|initially\s+)?(?:said|announced|promised|"
    r"expected|hoped|planned|intended|aimed|wanted|predicted|forecast|estimated|"
    r"been\s+(?:due|expected|scheduled|"
    r"set|planned))\b|\b(?:originally|initially|previously|first)\s+(?:due|expected|"
    r"scheduled|planned|set|said|announced|promised)\b",
    re.IGNORECASE,
)
# "a year later than first planned": the new date measured against the first, not the first
_LATER_THAN_FIRST = re.compile(
    r"\b(?:later|earlier|sooner)\s+than\s+(?:originally|initially|previously|first)\s+\w+",
    re.IGNORECASE,
)
_SAID_WHEN = re.compile(
    r"\b(?:said|announced|confirmed|revealed|told|warned|promised)\s+(?:\w+\s+)?$", re.IGNORECASE
)


# A closure said with when it ends: "will stay closed until March 2025", "suspended until
# further notice" (no date: nothing planned).
_CLOSED_UNTIL = re.compile(
    r"\b(?:closed|shut|suspended|halted|paused|out\s+of\s+(?:use|action|service))\s+"
    r"(?:\w+\s+){0,6}?(?P<until>until|till)\s",
    re.IGNORECASE,
)


def _planned_years(e: Evidence, deeds: frozenset[str]) -> frozenset[tuple[int, int]]:
    """The dates after its report that a sentence saying the planned deed names, as (year,
    month) with month 0 for a bare year: "is expected to open in 2028" -> {(2028, 0)}; "has
    been delayed until July" in a report of April 2026 -> {(2026, 7)} (a month before the
    report's own is next year's). Empty when it does not say the deed ("construction would
    begin in 2026" is another plan's date)."""
    from rag.spans import _same_senses, _stem

    if not e.published:
        return frozenset()
    text = _LATER_THAN_FIRST.sub(" ", e.sentence)
    if not _same_senses(set(deeds)) & {_stem(w) for w in re.findall(r"[a-z]+", text.lower())}:
        # ("will stay closed until March 2025" plans the reopening for "When will the
        # velodrome reopen?": only the date the opposite state lasts until)
        opening = any(d.removeprefix("re") in _OPENING_SENSE or d == "resum" for d in deeds)
        until = _CLOSED_UNTIL.search(text) if opening else None
        if until is None:
            return frozenset()
        text = text[until.start("until") :]
    claim = _EARLIER_CLAIM.search(text)
    if claim:
        # "The council had said in January that it would reopen in April": the date of a plan
        # given up; only a date said outside its clause is planned now ("The decision, which
        # had been expected in April, will now be made ... on 17 June")
        stop = re.search(r"[,;]|\bbut\b", text[claim.end() :])
        text = text[: claim.start()] + (text[claim.end() + stop.end() :] if stop else "")
    year, month = int(e.published[:4]), int(e.published[5:7] or 0)
    months = set()
    for m in _PLANNED_MONTH.finditer(text):
        if _SAID_WHEN.search(text[: m.start()]):
            continue  # "announced in March that ...": when it was said, not planned
        planned = _MONTHS.index(m.group("month").lower()) + 1
        planned_year = int(m.group("year")) if m.group("year") else (
            year if planned >= month else year + 1
        )
        if (planned_year, planned) > (year, month):
            months.add((planned_year, planned))
    told = {y for y, _ in months}
    years = {
        (y, 0) for y in map(int, re.findall(r"\b(?:19|20)\d\d\b", text))
        if y > year and y not in told
    }
    return frozenset(months | years)


def _another_deed(question: str, older: Evidence, newest: Evidence) -> bool:
    """Does the older report count another deed than the one asked, which the newer says?
    "Three houses ... were destroyed" is no update of "350 homes ... have been evacuated" for
    "How many houses were destroyed?". Only the question's own verbs count (not "be", "have"):
    "How many stops will it have?" holds no deed. Read from spaCy's parse; False without it."""
    from rag.spans import _LIGHT_VERBS, _priced_thing, _question_verbs, _same_senses, _stem

    # (the thing a cost question prices is no deed, though the parse may take "repairs" of
    # "How much will the Thorsby Market Hall repairs cost?" for its verb)
    priced = {_stem(w) for w in _priced_thing(question).split()}
    # (nor is a figure's own rise or fall: "How much has the cost of the greenway risen by?"
    # is answered by "has risen to £4.1m" against "will cost £3.2m"; round 60)
    changed = {_stem(w) for w in RISE_VERBS | FALL_VERBS} | {"go", "went", "gone"}
    # (an auxiliary the parse may leave as a verb: "has" of "How much has ... risen by?")
    changed |= {"has", "have", "had", "is", "are", "was", "were"}
    deeds = _same_senses(_question_verbs(question) - _LIGHT_VERBS - priced - changed)
    if not deeds:
        return False

    def says(e: Evidence) -> bool:
        return bool(deeds & {_stem(w) for w in re.findall(r"[a-z]+", e.sentence.lower())})

    if "cost" in deeds and _A_PRICED_SCHEME.search(older.sentence):
        # "The £6.5m scheme would be the first crematorium in the district" says what the
        # scheme costs without the verb: "the estimated cost has risen to £7.2m" updates it
        return False
    return says(newest) and (not says(older) or _figure_of_another_verb(older.sentence, deeds))


# A sum said before the works it is the cost of: "the £6.5m scheme", "a £2 million
# refurbishment" (not "a £400,000 grant", which is given, or "a £5,000 prize")
_A_PRICED_SCHEME = re.compile(
    r"[£$€]\s?\d[\d,.]*\s?(?:m|bn|k|million|billion)?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:scheme|project|plans?|development|redevelopment|building|refurbishment|restoration|"
    r"renovation|extension|upgrade|rebuild|conversion|works)\b",
)


def _figure_of_another_verb(sentence: str, deeds: set[str]) -> bool:
    """Does `sentence` say the asked deed only as a noun, while its figures belong to another
    verb ("whose petition calling for a crossing was signed by 4,300 people" for "How many
    people crossed the footbridge?")? Read from spaCy's parse; False without it."""
    from rag.spans import _LIGHT_VERBS, _nlp, _parsed, _stem, _verb_of

    if _nlp() is None:
        return False
    doc = _parsed(sentence)
    if any(
        _stem(t.text.lower()) in deeds and (
            t.pos_ == "VERB"
            # (the small parser may take a verb after a modal for a noun: "would cost")
            or t.i and doc[t.i - 1].tag_ in ("MD", "TO") or t.i and doc[t.i - 1].pos_ == "AUX"
        )
        for t in doc
    ):
        return False
    for token in doc:
        if token.like_num and _FIGURE.fullmatch(token.text.replace("£", "")):
            verb = _verb_of(token)
            if verb is None or verb.pos_ != "VERB" or (
                {_stem(verb.lemma_.lower()), _stem(verb.text.lower())} & (deeds | _LIGHT_VERBS)
            ):
                continue
            # (the deed may be the verb's subject: "the repairs would cost £1.2m" for "How much
            # will the lido repairs cost?")
            subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
            if not any(_stem(t.text.lower()) in deeds for t in subjects):
                return True
    return False


def _plan_and_outcome(older: Evidence, newer: Evidence) -> bool:
    """Is the older figure a plan or forecast and the newer one what was done ("plans to
    build 30,000 cars in 2023", then "built 24,500 cars in 2023")? Those are two quantities,
    a target and a result: the later one does not revise the earlier. The other way round is
    an update ("the fare is 3.20 pounds", then "will rise to 3.75 pounds"), and so is a newer
    report from before the plan's time ("would have five new stops and is expected to open in
    2028", then in 2025 "one of the five planned stops ... has been dropped, leaving four"):
    nothing can have been done yet, so the plan was revised. False when either cannot be
    read."""
    from rag.spans import states_plan

    if _ESTIMATED.search(newer.sentence) or _REVISED.search(newer.sentence):
        # "The estimated cost ... has risen to £315 million", "the cost of repairing its pool
        # rose to £1.6m": a new estimate, not an outcome
        return False
    if older.published and newer.published:
        planned_for = [
            int(y)
            for y in re.findall(r"\b((?:19|20)\d\d)\b", older.sentence)
            if int(y) > int(older.published[:4])
        ]
        if planned_for and min(planned_for) > int(newer.published[:4]):
            return False
    return states_plan(older.sentence) is True and states_plan(newer.sentence) is False


# (round 39: a saving, income or shortfall is revised too: "the expected annual saving has
# fallen from £1.2 million to £810,000")
_REVISED = re.compile(
    r"\b(?:cost|costs|bill|price|budget|total|estimate|figure|saving|savings|income|revenue|"
    # (a count kept as it grows: "The ... petition had grown to 5,200 signatures")
    # (the thing costed may stand between: "The cost of restoring Kirkby Stanhope's war memorial
    # has risen to £61,500")
    r"deficit|shortfall|petition|signatures|tally|membership|number)\b[^.;]{0,90}?\b"
    r"(?:has\s+|had\s+)?"
    r"(?:rose|risen|rises|increased|grown|grew|climbed|jumped|soared|fell|fallen|dropped|"
    r"gone\s+up|gone\s+down|went\s+up|went\s+down|been\s+raised|been\s+revised|"
    r"been\s+cut|been\s+reduced)(?:\s+(?:up|down|upwards|downwards))?"
    r"(?:\s+from\s+[^.;]{1,30}?)?\s+to\b"
    # (round 55: said as a deed done to it, "A fresh survey has also revised the number of
    # homes to be connected from 146 to 152")
    r"|\b(?:revised|raised|increased|cut|reduced|lowered|upped)\s+(?:the|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,8}?from\s+[^.;]{1,30}?\s+to\b"
    # (the change said as a deed done to the cost: "The delay has pushed the cost of the
    # repairs up to £1.45 million")
    r"|\b(?:push|pushed|pushes|pushing|drive|driven|drove|drives|send|sent|sends|take|taken|"
    r"took|takes|lift|lifted|lifts|force|forced|forces)\s+(?:the|its|their)\s+(?:total\s+)?"
    r"(?:cost|bill|price|budget|total)\b[^.;]{0,40}?\s+(?:up|down)\s+to\b"
    # (the new value first: "has agreed to raise its contribution to £700,000, from £400,000")
    r"|\b(?:revis|rais|increas|cut|reduc|lower|upp)(?:e|es|ed|ing|s)?\s+(?:the|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,4}?to\s+[^.;]{1,30}?,?\s+from\b",
    re.IGNORECASE,
)
# A new value said as such: "bringing the total to £103,000", "now stands at", "a total of".
_NEW_TOTAL = re.compile(
    r"\b(?:bringing|taking|pushing|lifting|raising)\s+(?:the|its)\s+(?:total|overall|"
    r"final)\b[^.;]{0,20}?\bto\b|\bnow\s+(?:stands?|totals?|costs?)\b"
    # (round 55: "Average household water bills will now rise by $132 a year")
    r"|\b(?:will|would)\s+now\s+(?:rise|fall|increase|decrease|go\s+(?:up|down)|climb|drop)\b"
    r"|\b(?:new|revised|"
    r"updated|final)\s+(?:total|cost|figure|estimate|price|bill)\b"
    # (and a figure said over the first one: "now expects the vehicle to cost £62,000, rather
    # than the £58,000 first estimated")
    rf"|\b(?:rather\s+than|instead\s+of)\s+(?:the\s+)?[^.;]{{1,30}}?\b(?:first|originally|"
    rf"initially|previously)\s+(?:{FIRST_SAID})\b",
    re.IGNORECASE,
)
_ESTIMATED = re.compile(
    r"\b(?:estimated?|expected|forecast|projected|budgeted|planned)\s+(?:[a-z]+\s+){0,2}"
    r"(?:cost|price|bill|budget|total|figure|number|opening|date|spend(?:ing)?|saving|savings|"
    r"income|revenue|deficit|shortfall)\b",
    re.IGNORECASE,
)


# The first figure a sentence gives beside its newer one: "first reported as involving 140
# ewes", "originally estimated at £310 million", "rather than the £58,000 first estimated",
# "from the €6.5 million first estimated". A clause's character may be a decimal point
# ("€6.5 million"), never a full stop.
_IN_CLAUSE = r"(?:[^.;]|\.(?=\d))"
_OWN_EARLIER = re.compile(
    rf"\b(?:first|originally|initially|previously)\s+(?:{FIRST_SAID}|put|given|said|set)\s+"
    rf"(?P<after>{_IN_CLAUSE}{{1,40}})"
    rf"|\b(?:rather\s+than|instead\s+of)\s+(?P<before>{_IN_CLAUSE}{{1,30}}?)\s+"
    rf"(?:first|originally|initially|previously)\s+(?:{FIRST_SAID})\b"
    rf"|\bfrom\s+(?:the\s+|an?\s+)?(?P<from>{_IN_CLAUSE}{{1,30}}?)\s+"
    rf"(?:first|originally|initially|previously)\s+(?:{FIRST_SAID})\b"
    # (round 58: the earlier figure said against it, "has raised £68,000 since it was
    # launched in February, up from £41,000 in March")
    r"|\b(?:up|down)\s+from\s+(?:the\s+|an?\s+)?(?P<upfrom>[£$€]?\d(?:[\d,]|\.(?=\d))*"
    r"(?:\s*(?:million|billion|m|bn|k)\b)?)",
    re.IGNORECASE,
)


def own_earlier_figures(sentence: str) -> frozenset[str]:
    """The figures (`figures`) a sentence gives as its thing's first value, beside the newer
    one it reports: {"140"} of "The theft, which was first reported as involving 140 ewes,
    actually involved 212". Empty when it gives none so."""
    found: set[str] = set()
    for m in _OWN_EARLIER.finditer(sentence):
        said = m.group("after") or m.group("before") or m.group("from") or m.group("upfrom") or ""
        head = figures(said)
        if m.group("after"):
            # (only the first figure after the words: "... as 140 ewes, actually involved 212")
            first = _FIGURE.search(said)
            head = figures(said[: first.end()]) if first else frozenset()
        found |= head
    return frozenset(found)


def _asks_amount(question: str) -> bool:
    """A question for one quantity that reports may revise; a score is of one game, not a
    figure revised ("What was the final score?")."""
    from rag.spans import asked_number

    kind = asked_number(question)
    return kind != "score" and (bool(_AMOUNT_QUESTION.search(question)) or kind is not None)


def _names_met(question: str, report: Evidence, ranked: Sequence[Evidence]) -> float:
    """Share of the question's names found in `report`'s article (its scored sentences and its
    title): a report about another story ("the library's 2.6 million euros" for "the Old Mill
    bridge repairs") is no earlier figure of the same thing. 1.0 when the question names
    nothing."""
    from rag.evidence import question_names
    from rag.judge import content_words

    names = question_names(question)
    if not names:
        return 1.0
    # (and its title, which names the story: "Firefighters tackle wildfire on Saddleworth Moor")
    text = " ".join(
        [e.sentence for e in ranked if e.article_id == report.article_id] + [report.title or ""]
    )
    return len(names & content_words(text)) / len(names)


_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+)*")
# (no name of one story: every report has a Monday)
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def _says_the_predicate(question: str, e: Evidence) -> bool:
    """Does `e`'s sentence, with its report's title, say the words of `question` but its
    names (`rag.judge.cover`): every one, or all but one of three or more ("because" of
    "evacuated because of the fire")? A word just after a name is the name's ("fire" of "the
    Saddleworth Moor fire"), which the title tells ("... wildfire on Saddleworth Moor")."""
    from rag.judge import content_words, cover, key_terms

    # ("money" of "How much money ...?" is the asked kind, which the figure says: no word of
    # the predicate)
    question = re.sub(r"^(\W*how\s+much)\s+(?:money|cash)\b", r"\1", question, flags=re.I)
    named = {m.group(1) for m in re.finditer(r"[A-Z][\w'’-]*\s+([a-z]+)", question[1:])}
    predicate = content_words(question) - key_terms(question) - content_words(" ".join(named))
    said = cover(predicate, f"{e.sentence} {e.title or ''}") * len(predicate)
    return bool(predicate) and said >= len(predicate) - (1 if len(predicate) >= 3 else 0) - 1e-9


def _same_story(
    question: str, older: Evidence, newest: Evidence, ranked: Sequence[Evidence]
) -> bool:
    """When the question names nothing ("How much is a child ferry ticket?"), two reports
    whose scored sentences both hold names (not counting a sentence's first word) give figures
    of one thing only if they share one: "Northline" in both, not one Northline and one
    Kettleby fare. Reports without names cannot be told apart this way and pass; a question
    that names its thing is checked by `_names_met` instead."""
    from rag.evidence import question_names

    if question_names(question):
        return True

    def names(report: Evidence) -> set[str]:
        # Runs of capitalised words ("Northline Ferries"); a lone one opening the sentence
        # ("The", "From") is no name. The report's title too: the sentence that gives the older
        # figure ("About 30 homes on the edge of Greenfield were evacuated") may name none of
        # the story's places, which its title does ("... wildfire on Saddleworth Moor").
        texts = [e.sentence for e in ranked if e.article_id == report.article_id]
        return {
            m.group(0)
            for text in [*texts, report.title or ""]
            for m in _NAME.finditer(text)
            if (m.start() > 0 or " " in m.group(0)) and m.group(0) not in _WEEKDAYS
        }

    first, second = names(older), names(newest)
    return not first or not second or bool(first & second)


_BRIEFING = re.compile(
    r"^\s*(?:so\s+)?(?:what(?:'s| has| have)? (?:happen(?:ed|ing)|went on|has gone on|is going on)"
    r"(?: (?:with|to|at|in|over|about|after|since|during)|\s*:)"
    r"|what(?:'s| is| are) (?:the )?(?:latest |recent )?(?:story|latest|news|updates?|"
    r"developments?) (?:with|on|about|from|for|in)\b"
    r"|how (?:did|has|have|is|are) .{3,80}? (?:unfold(?:ed)?|develop(?:ed)?|evolve[d]?|progress"
    r"(?:ed)?|go(?:ne)?|changed?|play(?:ed)? out|turn(?:ed)? out|end(?:ed)? up)\b"
    r"|(?:bring|catch|fill) me (?:up|in)"
    r"|(?:give me |i want )?(?:a )?(?:briefing|timeline|summary|recap) (?:on|of|about)"
    r"|tell me (?:the story|about|what happened)"
    r"|update me on)",
    re.IGNORECASE,
)


def is_briefing(question: str) -> bool:
    """Is this an open question about a story, asking for how it went rather than one fact?"""
    return bool(_BRIEFING.match(question.replace("’", "'")))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2}


def _near_copy(a: str, b: str, threshold: float = 0.6) -> bool:
    """Nearly the same sentence (Jaccard over words) with the same figures: a copy, where
    another figure in the same words is news ("will create 650 jobs" after "800 jobs")."""
    wa, wb = _words(a), _words(b)
    if not (wa and wb) or figures(a) != figures(b):
        return False
    return len(wa & wb) / len(wa | wb) >= threshold


def timeline(
    ranked: Sequence[Evidence],
    story_of: Mapping[str, str] | Callable[[str], str] | None = None,
    lines: int = BRIEFING_LINES,
    margin: float = BRIEFING_MARGIN,
    per_report: int = 2,
) -> tuple[Evidence, ...]:
    """The sentences of a briefing, oldest report first.

    A report takes part when its best sentence scores within `margin` of the best one. From
    each: its lead (the first sentence found of it: a news report opens with its news), then
    its best-scoring sentence, `per_report` at most, in article order. A report that is a copy
    of one already used (same story id in `story_of`, or nearly the same sentences) is left
    out. At most `lines` reports: the best-scoring ones, put in date order.
    """
    if not ranked:
        return ()
    story = story_of if callable(story_of) else (lambda a, m=story_of or {}: m.get(a, a))
    best = ranked[0].score
    by_article: dict[str, list[Evidence]] = {}
    for e in ranked:
        by_article.setdefault(e.article_id, []).append(e)
    reports: list[list[Evidence]] = []
    stories: set[str] = set()
    picked: list[Evidence] = []
    for article_id, sentences in by_article.items():  # best report first
        if sentences[0].score < best - margin or len(reports) == lines:
            continue
        key = story(article_id)
        if key in stories:
            continue  # another copy of a story already in the briefing
        lead = min(sentences, key=lambda e: e.start)
        chosen = [lead] if lead.score >= best - margin else []
        for e in sentences:  # best first
            if len(chosen) >= per_report:
                break
            if e not in chosen and not any(_near_copy(e.sentence, p.sentence) for p in picked):
                chosen.append(e)
        chosen = [e for e in chosen if not any(_near_copy(e.sentence, p.sentence) for p in picked)]
        if not chosen:
            continue
        stories.add(key)
        picked += chosen
        reports.append(sorted(chosen, key=lambda e: e.start))
    reports.sort(key=lambda r: (r[0].published or "", r[0].article_id))
    return tuple(e for report in reports for e in report)
