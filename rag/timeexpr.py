"""Time in a question: which period it asks about, or whether it wants the newest report.

    scope = time_scope("What was the unemployment rate in Westmere in 2023?", date(2024, 8, 12))
    scope.since, scope.until  ->  2023-01-01, 2023-12-31

Recognised (rules first; `dateparser` reads the spelled-out dates the rules find, in whatever
order and form they come: "12 May 2023", "May 12th, 2023", "2023-05-12"):

- a period: a year ("in 2023"), a month ("January 2024", "in March" = the last March on or
  before the reference date), a quarter ("Q1 2023", "the first quarter of 2023"), a decade
  ("the 1990s"), a day ("on 12 May 2023", "yesterday"), with "early"/"mid"/"late";
- a relation to one: "since March", "after 2020", "before June 2023", "until 2022",
  "between 2019 and 2021", "from March to May 2024";
- relative windows read against the reference date: "this week", "last week", "this month",
  "last month", "this year", "last year", "the past 3 months", "two weeks ago";
- the newest report: "latest", "current(ly)", "now", "most recent", "so far";
- recent news: "recently", "the recent storm", "lately", "in recent weeks": the newest report
  too, but only from the last weeks before the reference date (`RECENT_DAYS`): a years-old
  report is not "recent" news, however well it matches.

Not recognised: periods named by events ("before the vote"): they need the event's own date.

Relative expressions are read against a reference date the caller passes: the API uses the
newest article in the store (the "now" of the collection), the eval harness a question's date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTH_ABBR = {m[:3]: n for m, n in _MONTHS.items()} | {"sept": 9}
# The calendar's names as reports write them, for the modules that read text without dates.
MONTH_NAMES = tuple(m.capitalize() for m in _MONTHS)  # "January" .. "December"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBERS = {"a": 1, "an": 1, "few": 3, "several": 3, "twelve": 12} | {
    w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten".split())
}
# Meteorological seasons (northern hemisphere): the first month; winter runs into the next year.
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_ORDINAL_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}

# Reports come out after what they report on: a month's jobless figure is published the month
# after, a year's output at any time in the next. A filter for a day, a week, a month or a
# year keeps reports published this long after it ends; for a year only those that name it
# ("52,000 cars in 2023", "last year" in a report of May 2024: `names_year`), since the
# January figure of the next year is not news about the year asked for.
GRACE_DAYS = {"day": 3, "week": 7, "month": 31, "quarter": 31, "year": 366}
_LAST_YEAR = re.compile(r"\blast year\b|\bthe (?:previous|past) year\b", re.IGNORECASE)


# "or later" after a period: the question's period is open on one side.
_OPEN_SIDE_RE = re.compile(
    r"\s*(?:,\s*)?(?:or\s+(later|after|since|earlier|before|sooner)|(onwards?))\b", re.I
)


def names_year(text: str, published: str | None, first: int, last: int) -> bool:
    """Does `text`, from a report published on `published` (YYYY-MM-DD), name a year from
    `first` to `last`: the year itself ("in 2023") or "last year" read against the report?"""
    years = {int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", text)}
    if published and _LAST_YEAR.search(text):
        years.add(int(published[:4]) - 1)
    return any(first <= y <= last for y in years)

def counts_back_as_asked(text: str, scope: TimeScope) -> bool:
    """Does `text` count back in the question's own words ("against 15 weeks a year ago" for
    "What was the median wait a year ago?")? Such a report speaks of the period the question
    means, whatever its date."""
    for phrase in (scope.matched or "").split(" | "):
        said = phrase.strip()
        if COUNTED_BACK.fullmatch(said) and re.search(rf"\b{re.escape(said)}\b", text, re.I):
            return True
    return False


def names_period(text: str, published: str | None, scope: TimeScope) -> bool:
    """Does `text`, from a report published on `published` (YYYY-MM-DD), name the period of
    `scope`? A year, quarter or decade: a year within it (`names_year`). A month, week or day:
    the month by name, with its year ("March 2024") or, without one, the last such month on or
    before the report ("42 posts were vacant in January" in a report of May 2024 is January
    2024). Used for reports published after the period, which speak of it only where they
    name it."""
    first = scope.since or date(1800, 1, 1)
    last = scope.until or date(9999, 12, 31)
    if counts_back_as_asked(text, scope):
        return True
    if published:
        # "against 15 weeks a year ago", "up from 2,150 six months earlier": a time counted
        # back from the report's own date.
        said_on = date.fromisoformat(published)
        for match in COUNTED_BACK.finditer(text):
            n = _COUNT_WORDS.get(match.group(1).lower()) or int(match.group(1))
            days = {"year": 365, "month": 30, "week": 7, "day": 1}[match.group(2).lower()]
            if first <= said_on - timedelta(days=n * days) <= last:
                return True
    if scope.unit not in ("month", "week", "day"):
        # A year that dates something ("16 weeks in 2022", "2022's total", "last year"), not
        # one that only bounds ("the slowest rise since 2021").
        dated = re.findall(rf"(?:\b(?:in|during|for|of|throughout)\s+)({_YEAR_RE})\b", text, re.I)
        dated += re.findall(rf"\b({_YEAR_RE})[’']s\b", text)
        years = {int(y) for y in dated}
        if published and _LAST_YEAR.search(text):
            years.add(int(published[:4]) - 1)
        for start, end in _YEARS_BETWEEN.findall(text):
            # "Between 1968 and 1979 she led 14 expeditions" speaks of the 1970s, whose years
            # are most of the span; its 14 is not a count for 1975.
            span = range(int(start), int(end) + 1)
            inside = [y for y in span if first.year <= y <= last.year]
            if span and 2 * len(inside) >= len(span):
                return True
        if scope.unit == "decade":
            # "her doctoral student in the 1980s", "the mid-1990s": the decade said as one
            years.update(int(y) for y in _DECADE_SAID.findall(text))
        return any(first.year <= y <= last.year for y in years)
    said = date.fromisoformat(published) if published else None
    for match in re.finditer(rf"\b({_MONTH_RE})(?:\s+(?:of\s+)?({_YEAR_RE}))?\b", text, re.I):
        if not match.group(1)[0].isupper():
            continue  # "it may be", "to march": no month
        month = _month_number(match.group(1))
        if match.group(2):
            year = int(match.group(2))
        elif said is not None:
            year = said.year if month <= said.month else said.year - 1
        else:
            continue
        start, end = _month_span(year, month)
        if start <= last and end >= first:
            return True
    return False


# Words of a time still to come: "will sail", "is due to open", "from next May".
_AHEAD = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|set|planned|scheduled)\s+to|plans?\s+to|"
    r"planned|scheduled|next)\b",
    re.IGNORECASE,
)


def names_period_ahead(text: str, published: str | None, scope: TimeScope) -> bool:
    """Does `text`, from a report published before the period of `scope`, name a time inside
    it as one still to come? "The ferry will sail every 40 minutes from May" in a report of
    March 2025 names May 2025 for "... after April?". A month without a year is the next
    such month after the report; a year is itself ("will open in 2026"). Used for reports
    published before an open period ("since", "after", "from"), which speak of it only
    where they name it."""
    if not _AHEAD.search(text):
        return False  # "stood at 4.8 percent in July": a month already past
    first = scope.since or date(1800, 1, 1)
    last = scope.until or date(9999, 12, 31)
    said = date.fromisoformat(published) if published else None
    for match in re.finditer(rf"\b({_MONTH_RE})(?:\s+(?:of\s+)?({_YEAR_RE}))?\b", text, re.I):
        if not match.group(1)[0].isupper():
            continue  # "it may be": no month
        month = _month_number(match.group(1))
        if match.group(2):
            year = int(match.group(2))
        elif said is not None:
            year = said.year if month > said.month else said.year + 1
        else:
            continue
        start, end = _month_span(year, month)
        if start <= last and end >= first:
            return True
    years = {int(y) for y in re.findall(rf"\b(?:in|from|by|during|until)\s+({_YEAR_RE})\b", text)}
    return any(first.year <= y <= last.year for y in years)


_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "twelve": 12, "eighteen": 18}
# A time counted back from when something was said: "a year ago", "six months earlier". Shared
# with the answer spans (`rag.spans`), which prefer the figure said with the question's own.
COUNTED_BACK = re.compile(
    r"\b(a|an|one|two|three|four|five|six|twelve|eighteen|\d{1,2})\s+(year|month|week|day)s?\s+"
    r"(?:ago|earlier|before)\b",
    re.IGNORECASE,
)
_MONTH_RE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
_YEARS_BETWEEN = re.compile(
    rf"\b(?:between|from)\s+({_YEAR_RE})\s*(?:and|to|until|till|-|–)\s*({_YEAR_RE})\b", re.I
)
_DECADE_SAID = re.compile(r"\b(1[89]\d0|20\d0)[’']?s\b")
_DAY_RE = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_NUM_RE = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several)"
_UNIT_RE = r"(?:days?|weeks?|months?|years?)"

# One "point" in time, alternatives longest first so "12 May 2023" is not read as "May 2023".
_POINT = (
    rf"(?:{_DAY_RE}\s+{_MONTH_RE},?\s+{_YEAR_RE}"  # 12 May 2023
    rf"|{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}"  # May 12, 2023
    r"|\d{4}-\d{2}-\d{2}"  # 2023-05-12
    rf"|(?:(?:the\s+)?(?:early|mid|late)[\s-]+)?{_MONTH_RE}\s+(?:of\s+)?{_YEAR_RE}"  # May 2023
    rf"|(?:q[1-4]|(?:the\s+)?(?:first|second|third|fourth|last)\s+quarter(?:\s+of)?)\s+{_YEAR_RE}"
    rf"|(?:the\s+)?(?:early|mid|late)[\s-]+{_YEAR_RE}"  # early 2023
    rf"|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR_RE}"  # summer 2022
    r"|(?:the\s+)?(?:1[89]|20)\d0s"  # the 1990s
    rf"|{_YEAR_RE}"  # 2023
    # 15 October, October 15th (the last such day on or before the reference date)
    rf"|{_DAY_RE}\s+{_MONTH_RE}(?![\w-])|{_MONTH_RE}\s+[0-3]?\d(?:st|nd|rd|th)\b"
    # March, mid-October (the last one on or before the reference date)
    rf"|(?:(?:the\s+)?(?:early|mid|late)[\s-]+)?{_MONTH_RE}"
    r")"
)
_POINT_RE = re.compile(_POINT, re.IGNORECASE)
# A relation and its point(s). "may" alone is a month only after a preposition: these patterns
# always require one, so "May I ask..." is never a date.
_RELATION_RE = re.compile(
    rf"\b(?P<rel>between|from)\s+(?P<a>{_POINT})\s+(?:and|to|until|till|through)\s+(?P<b>{_POINT})\b"
    rf"|\b(?P<rel1>since|after|before|until|till|by|in|during|throughout|on|as of)\s+"
    rf"(?P<p>{_POINT})(?![\w-])",
    re.IGNORECASE,
)
_RELATIVE_RE = re.compile(
    rf"\b(?P<phrase>today|yesterday|tonight"
    # ("the previous year" is the one before a year the report gives, no year before now:
    # "What were Halberd's profits the previous year?")
    rf"|(?P<which>this|last|past|(?<!\bthe\s)previous)\s+(?P<unit>week|month|year|weekend)"
    rf"(?:['’]s)?"
    rf"|(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:past|last|previous)\s+(?P<n>{_NUM_RE})\s+"
    rf"(?P<units>{_UNIT_RE})"
    rf"|(?P<n_ago>{_NUM_RE})\s+(?P<units_ago>{_UNIT_RE})\s+ago)\b",
    re.IGNORECASE,
)
_LATEST_RE = re.compile(
    r"\b(latest|newest|most recent(ly)?|current(ly)?|now|nowadays|so far|to date|"
    r"recent(ly)?|up[- ]to[- ]date|at present|presently|still|as it stands|lately)\b",
    re.IGNORECASE,
)
# "Recently", "the recent storm", "in recent weeks": news of the last weeks, not merely the
# newest report ("most recent" is the newest, however old: "the most recent census").
_RECENT_RE = re.compile(
    r"\b(?<!most )(?:in recent (?P<unit>days|weeks|months|years|decades)|recent(?:ly)?|lately)\b",
    re.IGNORECASE,
)
# How far back "recently" reaches: a month and a half (news calls last month's event recent;
# a weekly quiz calls this week's event recent). "In recent days/weeks/months/years": two weeks,
# two months, half a year, three years; "in recent decades" sets no window.
RECENT_DAYS = 45
_RECENT_UNIT_DAYS = {"days": 14, "weeks": 60, "months": 183, "years": 3 * 365, "decades": None}


_EDGES = {"start": "early", "beginning": "early", "middle": "mid", "end": "late"}
_EDGE_RE = re.compile(
    rf"\b(?:at|in|by|from)\s+the\s+(start|beginning|middle|end)\s+of\s+((?:this|last)\s+year"
    rf"|{_MONTH_RE}\s+{_YEAR_RE}|{_YEAR_RE}|{_MONTH_RE})\b",
    re.IGNORECASE,
)
_THIS_YEAR_RE = re.compile(r"\b((?:early|mid|late)\s+)(this|last)\s+year\b", re.IGNORECASE)
# The first report of a story: "when it first announced", "originally", "before the vote".
_EARLIEST_RE = re.compile(
    r"\b(originally|initially|at first|at the outset|"
    # "the original budget", "the initial estimate": the figure first given
    r"(?:original|initial)(?=\s+(?:cost|costs|budget|estimate|price|figure|total|bill|"
    r"forecast|target|plan|date|number|fee)\b)|first (?:announced|reported|proposed|"
    r"planned|unveiled|said|say|says|estimated|gave|put)|"
    # "How many objections did the group first collect?", "first counted"
    r"\b(?:did|do|does)\b[^?]*?\bfirst\s+(?!time\b|half\b|quarter\b|round\b|stage\b|leg\b)[a-z]+|"
    r"first\s+(?:due|expected|set|scheduled|meant|supposed)\s+to\b|"
    r"first\s+[a-z]+ed\b|when (?:it|they|the [\w -]+?) "
    r"(?:was |were )?first|"
    r"before the (?:[\w'-]+ ){0,3}?(?:vote|election|strike|ballot|decision|approval|deal|talks|"
    r"meeting|referendum|launch|opening|ruling|verdict|match|final)\b)",
    re.IGNORECASE,
)


# Of those, the words that only say which report to read, not what happened.
_WHICH_REPORT_ONLY = re.compile(
    r"originally|initially|at first|at the outset|first reported", re.IGNORECASE
)


@dataclass(frozen=True)
class TimeScope:
    """What a question says about time.

    `since`/`until` bound the period asked about (inclusive; None = open); `unit` is the
    period's grain ("day", "week", "month", "quarter", "year", "decade" or "" when open on
    both sides); `prefer_latest` asks for the newest report that answers; `matched` is the
    phrase read (several joined by " | "); `rest` is the question without the relative
    phrases ("this week"), which say nothing a passage would contain.
    """

    since: date | None = None
    until: date | None = None
    prefer_latest: bool = False
    matched: str = ""
    unit: str = ""
    rest: str = ""
    # What the retrievers and the cross-encoder read: `rest`, without a month the filter
    # already holds to ("in March" of "Who was jailed in March?")
    searched: str = ""
    prefer_earliest: bool = False
    # A period that starts after the reference date ("Will the bridge reopen in 2025?"): not a
    # filter (plans and forecasts are published before it), but a reply that finds nothing
    # says the store ends before it. Its first day, and how to name it ("2025", "March 2025").
    after_now: date | None = None
    after_now_label: str = ""
    # The period is a report's date ("according to the March 2024 report"), not the asked
    # thing's: `rest` is the question to answer.
    reported: bool = False

    @property
    def has_period(self) -> bool:
        return self.since is not None or self.until is not None

    def filter_dates(self) -> tuple[str | None, str | None]:
        """(since, until) as YYYY-MM-DD for filtering by article date; `until` is widened by
        the reporting delay of the period's grain (`GRACE_DAYS`)."""
        until = self.until
        if until is not None:
            until = until + timedelta(days=GRACE_DAYS.get(self.unit, 0))
        return (
            self.since.isoformat() if self.since else None,
            until.isoformat() if until else None,
        )


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return _MONTHS.get(word) or _MONTH_ABBR[word]


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _parse_day(text: str) -> date | None:
    """A spelled-out day, in whichever form, by dateparser (None if it cannot read it)."""
    import dateparser  # ~0.3 s to import: only when a question names a day

    parsed = dateparser.parse(
        text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]}
    )
    return parsed.date() if parsed else None


def point_span(text: str, reference: date) -> tuple[date, date, str] | None:
    """The first and last day of one point in time, and its grain; None if not a point."""
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"^the\s+", "", t)
    if m := re.fullmatch(r"((?:1[89]|20)\d)0s", t):
        start = int(m.group(1)) * 10
        return date(start, 1, 1), date(start + 9, 12, 31), "decade"
    if m := re.fullmatch(rf"(early|mid|late)[\s-]+({_YEAR_RE})", t):
        year, part = int(m.group(2)), m.group(1)
        first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        return _month_span(year, first)[0], _month_span(year, last)[1], "year"
    if m := re.fullmatch(rf"(spring|summer|autumn|fall|winter)\s+(?:of\s+)?({_YEAR_RE})", t):
        year, first = int(m.group(2)), _SEASONS[m.group(1)]
        last_year, last = (year + 1, 2) if first == 12 else (year, first + 2)
        return _month_span(year, first)[0], _month_span(last_year, last)[1], "month"
    if re.fullmatch(_YEAR_RE, t):
        year = int(t)
        return date(year, 1, 1), date(year, 12, 31), "year"
    if m := re.fullmatch(
        rf"(?:q([1-4])|(first|second|third|fourth|last)\s+quarter(?:\s+of)?)\s+({_YEAR_RE})", t
    ):
        quarter = int(m.group(1)) if m.group(1) else _ORDINAL_QUARTER[m.group(2)]
        year = int(m.group(3))
        first = 3 * quarter - 2
        return _month_span(year, first)[0], _month_span(year, first + 2)[1], "quarter"
    if m := re.fullmatch(rf"(?:(early|mid|late)[\s-]+)?({_MONTH_RE})\s+(?:of\s+)?({_YEAR_RE})", t):
        start, end = _month_span(int(m.group(3)), _month_number(m.group(2)))
        if m.group(1) == "early":
            end = start + timedelta(days=9)
        elif m.group(1) == "mid":
            start, end = start + timedelta(days=10), start + timedelta(days=19)
        elif m.group(1) == "late":
            start = start + timedelta(days=20)
        return start, end, "month"
    if m := re.fullmatch(rf"(?:(early|mid|late)[\s-]+)?({_MONTH_RE})", t):
        # A month without a year: the last such month on or before the reference date.
        month = _month_number(m.group(2))
        year = reference.year if month <= reference.month else reference.year - 1
        return point_span(f"{m.group(1) or ''} {m.group(2)} {year}".strip(), reference)
    if m := re.fullmatch(
        rf"([0-3]?\d)(?:st|nd|rd|th)?\s+({_MONTH_RE})|({_MONTH_RE})\s+([0-3]?\d)(?:st|nd|rd|th)", t
    ):
        # A day without a year: the last such day on or before the reference date.
        month = _month_number(m.group(2) or m.group(3))
        number = int(m.group(1) or m.group(4))
        year = reference.year if (month, number) <= (reference.month, reference.day) else (
            reference.year - 1
        )
        if not 1 <= number <= calendar.monthrange(year, month)[1]:
            return None
        day = date(year, month, number)
        return day, day, "day"
    day = _parse_day(t)
    if day is not None:
        return day, day, "day"
    return None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def _units_back(reference: date, n: int, unit: str) -> date:
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return reference - timedelta(days=n)
    if unit == "week":
        return reference - timedelta(weeks=n)
    if unit == "month":
        month_index = reference.year * 12 + reference.month - 1 - n
        year, month = divmod(month_index, 12)
        return date(year, month + 1, min(reference.day, calendar.monthrange(year, month + 1)[1]))
    return date(reference.year - n, reference.month, min(reference.day, 28))


def relative_span(match: re.Match, reference: date) -> tuple[date, date, str]:
    """The period a relative phrase (a `_RELATIVE_RE` match) names, read against `reference`."""
    phrase = match.group("phrase").lower()
    if phrase in ("today", "tonight"):
        return reference, reference, "day"
    if phrase == "yesterday":
        day = reference - timedelta(days=1)
        return day, day, "day"
    if match.group("unit"):
        which, unit = match.group("which").lower(), match.group("unit").lower()
        if unit in ("week", "weekend"):
            # News "this week" is the last seven days, not the calendar week: a quiz asked on a
            # Friday about "this week" means the days before it.
            back = 7 if which == "this" else 14
            end = reference if which == "this" else reference - timedelta(days=7)
            return reference - timedelta(days=back - 1), end, "week"
        if unit == "month":
            if which == "this":
                return date(reference.year, reference.month, 1), reference, "month"
            first = date(reference.year, reference.month, 1) - timedelta(days=1)
            return (*_month_span(first.year, first.month), "month")
        if which == "this":
            return date(reference.year, 1, 1), reference, "year"
        return date(reference.year - 1, 1, 1), date(reference.year - 1, 12, 31), "year"
    if match.group("n"):
        n, unit = _count(match.group("n")), match.group("units")
        grain = unit.lower().rstrip("s")
        return _units_back(reference, n, unit), reference, grain
    # "two weeks ago": around that point, one unit wide.
    n, unit = _count(match.group("n_ago")), match.group("units_ago")
    centre = _units_back(reference, n, unit)
    # A point, not a whole unit: "a year ago" is the weeks around that day.
    half = min((reference - _units_back(reference, 1, unit)) // 2, timedelta(days=45))
    return centre - half, min(centre + half, reference), unit.lower().rstrip("s")


# A period after a comparison names the baseline, not the time asked about: "How far ahead of
# last year's winner did she finish?", "Was turnout higher than last year's?".
_BASELINE_RE = re.compile(
    r"\b(?:than|ahead\s+of|behind|compared?\s+(?:with|to)|versus|vs\.?|beat|beats|beating|"
    r"broke|breaks|breaking|break|surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A report named by its date: "according to the March 2024 report", "in the report of 12
# March 2024", "as reported in March 2024". The question asks what was said then.
_REPORT_DATED = re.compile(
    r"\s*,?\s*\b(?:(?:according\s+to|in|from|by)\s+(?:the|a|its|their)\s+"
    r"(?P<a>[^?,]{3,30}?)\s+(?:report|article|story|announcement|update|news)s?"
    r"|(?:according\s+to|in|from)\s+(?:the|a)\s+(?:report|article|story|announcement|update)"
    r"\s+(?:of|from|dated|published\s+(?:in|on))\s+(?P<b>[^?,]{3,30}?)"
    r"|as\s+(?:first\s+)?reported\s+(?:in|on)\s+(?P<c>[^?,]{3,30}?))(?=\s*[?,]|\s*$)",
    re.IGNORECASE,
)


# The second of a choice of periods said without its own preposition: " or September"
_OR_ANOTHER_PERIOD = re.compile(
    rf"\s+or\s+(?P<p>{_MONTH_RE}(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\b", re.IGNORECASE
)


def time_scope(question: str, reference: date | None) -> TimeScope:
    """Read the time a question asks about. `reference` is "today" for relative phrases; without
    one, relative phrases and months without a year are not turned into dates.

    A report named by its date ("according to the March 2024 report") bounds the reports
    searched to that period and asks for the earliest that answers: what was said then, not
    what a later report updated it to."""
    reported = _REPORT_DATED.search(question)
    when = (reported.group("a") or reported.group("b") or reported.group("c")) if reported else ""
    if reported and (reference is not None or _has_year(when)):
        span = point_span(when, reference or date.max)
        if span is not None:
            rest = f"{question[: reported.start()]}{question[reported.end():]}"
            inner = time_scope(rest, reference)
            return replace(
                inner, since=span[0], until=span[1], unit=span[2], prefer_latest=False,
                prefer_earliest=True, after_now=None, after_now_label="", reported=True,
                matched=" | ".join(x for x in (reported.group().strip(" ,"), inner.matched) if x),
            )
    since: date | None = None
    until: date | None = None
    units: list[str] = []
    matched: list[str] = []
    taken: list[tuple[int, int]] = []
    rest = question
    # "at the start of 2024" reads as "in early 2024"; "the end of this year" as late this year.
    # "by the end of September" is "by late September": up to then, not within it.
    question = _EDGE_RE.sub(
        lambda m: f"{'by' if m.group(0)[:2].lower() == 'by' else 'in'} "
        f"{_EDGES[m.group(1).lower()]} {m.group(2)}",
        question,
    )
    if reference is not None:
        question = _THIS_YEAR_RE.sub(
            lambda m: m.group(1) + str(reference.year - (m.group(2).lower() == "last")), question
        )
    ref = reference or date.max  # only used when a reference is given (checked below)

    def narrow(start: date | None, end: date | None) -> None:
        nonlocal since, until
        disjoint = (start is not None and until is not None and start > until) or (
            end is not None and since is not None and end < since
        )
        if disjoint:
            # "Did Voltra build more cars in 2023 than in 2022?": two periods named apart are
            # compared, so both are searched (their span), never an empty or inverted range.
            since = min(d for d in (since, start) if d is not None)
            until = max(d for d in (until, end) if d is not None)
            return
        if start is not None:
            since = start if since is None else max(since, start)
        if end is not None:
            until = end if until is None else min(until, end)

    baselines: list[tuple[date, date, str, re.Match]] = []
    months_only: list[str] = []  # "in March": a month without a year, read as a filter
    for m in _RELATION_RE.finditer(question):
        if m.group("rel"):
            a = point_span(m.group("a"), ref) if reference or _has_year(m.group("a")) else None
            b = point_span(m.group("b"), ref) if reference or _has_year(m.group("b")) else None
            if a is not None and b is not None and not _has_year(m.group("a")):
                # "from March to May 2024": the first point takes the second's year.
                year = b[1].year - (a[0].month > b[0].month)
                a = (a[0].replace(year=year), a[1].replace(year=year), a[2])
            if a is None or b is None:
                continue
            narrow(a[0], b[1])
            units.append(b[2])
        else:
            point = m.group("p")
            if not (reference or _has_year(point)):
                continue  # "in March" needs a reference date to know which March
            rel = m.group("rel1").lower()
            if re.fullmatch(_YEAR_RE, point) and _NOUN_AFTER_RE.match(question, m.end()):
                continue  # "in 2000 homes": a count, not a year
            span = point_span(point, ref)
            if span is None:
                continue
            start, end, grain = span
            if _BASELINE_RE.search(question[: m.start()]):
                # "Was turnout higher than in 2022?": 2022 is what "now" is compared with. It is
                # searched only beside a period of its own ("in 2023 than in 2022", below).
                baselines.append((start, end, grain, m))
                continue
            open_side = _OPEN_SIDE_RE.match(question, m.end())
            if open_side:
                # "in the 2000s or later", "2010 onwards": the period and all after it (or
                # before it, "or earlier")
                later = open_side.group(1).lower() not in ("earlier", "before", "sooner")
                narrow(start, None) if later else narrow(None, end)
                matched.append(m.group(0) + open_side.group(0))
                taken.append((m.start(), open_side.end()))
                continue
            if rel in ("by", "until", "till") and _AHEAD.search(question):
                if not _has_year(point):
                    continue  # "Will it be done by March?": next March, not the last one
            if rel == "by" and not re.match(r"\s*(?:[?.!,]|$)", question[m.end() :]):
                continue  # "by 2030 homes", "by March's figures": not "up to then"
            if rel in ("since", "as of"):
                narrow(start, None)
            elif rel == "after":
                narrow(end + timedelta(days=1), None)
            elif rel == "before":
                narrow(None, start - timedelta(days=1))
            elif rel in ("until", "till", "by"):
                # "How many cases had been recorded by mid-October?": reports up to then
                narrow(None, end)
            else:
                narrow(start, end)
                units.append(grain)
                if grain == "month" and not _has_year(point):
                    months_only.append(m.group(0))
                other = _OR_ANOTHER_PERIOD.match(question, m.end())
                other_span = point_span(other.group("p"), ref) if other else None
                if other_span is not None:
                    # "Were more hives inspected in July or September?": a choice between two
                    # periods searches both, as "in July or in September" does
                    narrow(other_span[0], other_span[1])
                    if months_only and months_only[-1] == m.group(0):
                        months_only[-1] = m.group(0) + other.group(0)
                    matched.append(m.group(0) + other.group(0))
                    taken.append((m.start(), other.end()))
                    continue
        matched.append(m.group(0))
        taken.append(m.span())

    for m in _YEAR_OF_THE_THING_RE.finditer(question):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        # "How much was he fined for his 2019 offence?": the thing of that year is asked, as
        # "in 2019" would ask it (a report of then, or one that names the year)
        year = int(m.group("year"))
        narrow(date(year, 1, 1), date(year, 12, 31))
        units.append("year")
        matched.append(m.group(0))
        taken.append(m.span())
    if since is not None or until is not None:
        for start, end, grain, m in baselines:
            narrow(start, end)
            units.append(grain)
            matched.append(m.group(0))
            taken.append(m.span())
    if reference is not None:
        for m in _RELATIVE_RE.finditer(question):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if _BASELINE_RE.search(question[: m.start()]):
                continue  # "ahead of last year's winner": what is compared with, not when
            start, end, grain = relative_span(m, reference)
            if re.search(r"\b(since|after)\s+$", question[: m.start()], re.IGNORECASE):
                end = None  # "since last week": from then on
            narrow(start, end)
            units.append(grain)
            matched.append(m.group(0))
            rest = rest.replace(m.group(0), " ")

    earliest = _EARLIEST_RE.search(question)
    latest = None if earliest else _LATEST_RE.search(question)
    recent = _RECENT_RE.search(question) if latest and reference is not None else None
    if recent and not taken:
        # Recent news: from a few weeks before "now" on (an explicit period wins).
        unit = (recent.group("unit") or "").lower()
        days = _RECENT_UNIT_DAYS[unit] if unit else RECENT_DAYS
        if days is not None:
            narrow(reference - timedelta(days=days), None)
    for found in (earliest, latest):
        if found:
            matched.append(found.group(0))
    if earliest and _WHICH_REPORT_ONLY.fullmatch(earliest.group(0)):
        # "as first reported", "originally": which report to read, not words a passage holds
        # ("five days after the intruders first got in").
        rest = re.sub(rf"(?:\bas\s+)?{re.escape(earliest.group(0))}", " ", rest, count=1)
    after_now = None
    if since is not None and reference is not None and since > reference:
        # A period after "now" is asked about in forecasts, published before it: no filter.
        after_now = since
        since = until = None
    rest = re.sub(r"\s+([?.!,])", r"\1", " ".join(rest.split()))
    searched = rest
    if since or until:
        # "Who was jailed in March?": the filter keeps March's reports, whose sentences say
        # "on Monday", rarely the month; read with it, the cross-encoder scores the right
        # sentence down for the missing word
        for phrase in months_only:
            searched = searched.replace(phrase, " ")
        searched = re.sub(r"\s+([?.!,])", r"\1", " ".join(searched.split()))
    grain = _widest(units) if (since or until) else ""
    if since and until and not units:
        grain = "day"
    return TimeScope(
        since=since,
        until=until,
        prefer_latest=bool(latest) and until is None,
        matched=" | ".join(matched),
        unit=grain,
        rest=rest,
        searched=searched,
        prefer_earliest=bool(earliest),
        after_now=after_now,
        after_now_label=_label(after_now, _widest(units)) if after_now else "",
    )


def _label(start: date, grain: str) -> str:
    """How a reply names a period by its first day and grain: "2025", "Q2 2025", "March 2025",
    "the 2030s", else the day itself (YYYY-MM-DD)."""
    if grain == "year" and (start.month, start.day) == (1, 1):
        return str(start.year)
    if grain == "decade":
        return f"the {start.year}s"
    if grain == "quarter" and start.day == 1:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if grain == "month" and start.day == 1:
        return f"{calendar.month_name[start.month]} {start.year}"
    return start.isoformat()


_GRAINS = ["day", "weekend", "week", "month", "quarter", "year", "decade"]


def _widest(units: list[str]) -> str:
    known = [u for u in units if u in _GRAINS]
    grain = max(known, key=_GRAINS.index) if known else ""
    return "week" if grain == "weekend" else grain


# A lower-case word after a bare number that is not one that follows a year ("in 2000 homes").
# A year that says which one of a thing: "his 2019 offence", "the 2023 accounts" (not a name:
# "the 2025 Wend Film Festival"; nor a count: "the 2000 homes" is read by `_NOUN_AFTER_RE` too).
_YEAR_OF_THE_THING_RE = re.compile(
    rf"\b(?:the|his|her|its|their|our|my|your|this|that)\s+(?P<year>{_YEAR_RE})\s+"
    r"(?!homes|houses|people|jobs|staff|workers|members|pupils|students|cars|seats|tonnes|"
    r"acres|metres|miles|plots|votes|runs|words|pounds|dollars|euros)[a-z][a-z-]+"
)
_NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:and|or|but|to|when|while|as|after|before|than|compared|at|in|on|for|with|by|"
    r"was|were|is|are|has|had|have|did|does|do|will|would|could|the|a|an|so|if)\b)[a-z]+"
)


def _has_year(text: str) -> bool:
    return bool(re.search(rf"{_YEAR_RE}|\d0s\b|\d{{4}}-\d\d", text))


_WEEKDAY_ONLY = re.compile(
    r"^(?:on\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_date(phrase: str, published: str | None, ahead: bool = False) -> date | None:
    """The date a bare weekday in a report means ("Friday", "on Saturday night"): the last such
    day on or before the report's date, or with `ahead` (the sentence speaks of what will
    happen) the next one after it; the news convention. None for anything else or an undated
    report."""
    m = _WEEKDAY_ONLY.match(phrase.strip())
    if not m or not published:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    target = _DAYS.index(m.group("day").lower())
    if ahead:
        return day + timedelta(days=(target - day.weekday() - 1) % 7 + 1)
    return day - timedelta(days=(day.weekday() - target) % 7)
