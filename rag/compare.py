"""Questions that ask for a difference: "How many more cars did Norrvik build in 2023 than in
2022?", "How many more votes did Nair get than Hale?", "How much higher was turnout than in
2022?".

No report states the difference; two figures do. The question is split into the question for
the asked figure and the one for the figure it is compared with (`comparison`), each answered
like any other from the evidence, and the difference is worked out (`difference`) and said
first, with both figures cited: "6,300 more: 24,500 [1] against 18,200 [2]". Pure functions;
`rag.api` wires them in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.changewords import CHANGE_VERBS, FALL_VERBS, MADE_FALL_VERBS, RISE_VERBS, alternation

_ASKS_DIFFERENCE = re.compile(
    r"^\s*how\s+(?P<much>many|much)\s+(?P<more>(?:more|less)\s+expensive|more|fewer|less|"
    r"higher|lower|bigger|larger|smaller|longer|shorter|older|younger|further|farther|cheaper|"
    r"dearer|costlier|faster|slower|quicker|heavier|lighter|warmer|colder|hotter|cooler|wider|"
    r"narrower|deeper|shallower|taller)\b(?P<body>.*?)\s+than\s+"
    r"(?P<base>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)
# "How many more trains will the line get?": a rise with no "than", from one figure to another.
_ASKS_A_RISE = re.compile(
    r"^\s*how\s+(?P<much>many|much)\s+(?P<more>more|fewer|less)\b(?P<body>(?:(?!\bthan\b)[^?])+)"
    r"\??\s*$",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(
    r"^(?:(?:the\s+)?(?P<u1>year|season|month|week)\s+before|(?:the\s+)?previous\s+"
    r"(?P<u2>year|season|month|week)|an?\s+(?P<u3>year|season|month|week)\s+(?:earlier|ago|before))$",
    re.IGNORECASE,
)
# "did yes get", "did the yes side win": a side written in lower case, the question's subject.
_SIDE_ASKED = re.compile(
    r"\b(?:did|does|do|will|had|has)\s+(?:the\s+)?(?P<who>[a-z]+)(?:\s+side)?\s+"
    r"(?:get|win|receive|take|poll|have)\b"
)
_FUNCTION = frozenset("the a an at in on of for to by with from last first".split())
_PERIOD = re.compile(
    r"^(?:in\s+|during\s+|for\s+)?(?:(?:1[89]|20)\d\d|last\s+(?:year|month|week|season)|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+(?:1[89]|20)\d\d)?)$",
    re.IGNORECASE,
)
_ASKED_PERIOD = re.compile(
    r"\s+(?:(?:in|during|for)\s+(?:(?:1[89]|20)\d\d|(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december)(?:\s+(?:1[89]|20)\d\d)?)"
    r"|(?:this|last)\s+(?:year|month|week|season))\b",
    re.IGNORECASE,
)
# Each comparative with its pair (the word for a rise, the word for a fall); "more" goes with
# "fewer" for counts and "less" for amounts.
_PAIRS = (
    ("higher", "lower"),
    ("bigger", "smaller"),
    ("larger", "smaller"),
    ("longer", "shorter"),
    ("older", "younger"),
    ("further", "less far"),
    ("farther", "less far"),
    ("dearer", "cheaper"),
    ("costlier", "cheaper"),
    ("more expensive", "less expensive"),
    ("faster", "slower"),
    ("quicker", "slower"),
    ("heavier", "lighter"),
    ("warmer", "colder"),
    ("hotter", "colder"),
    ("warmer", "cooler"),
    ("wider", "narrower"),
    ("deeper", "shallower"),
    ("taller", "shorter"),
)
# Comparatives of a price: "How much cheaper is ...?" asks an amount of money, as "How much
# more ...?" does, where "How much higher was turnout?" asks what turnout was.
_OF_PRICE = frozenset(("cheaper", "dearer", "costlier", "more expensive", "less expensive"))
# The measure a comparative compares: "How much faster ...?" compares how fast.
_DIMENSION_OF = {
    "faster": "fast", "slower": "fast", "quicker": "fast", "heavier": "heavy", "lighter": "heavy",
    "wider": "wide", "narrower": "wide", "deeper": "deep", "shallower": "deep", "taller": "tall",
    "longer": "long", "shorter": "long", "older": "old", "younger": "old", "bigger": "big",
    "larger": "big", "smaller": "big",
}
# A place both figures are of: "than a litre of petrol in Ireland" (the diesel's too).
_SHARED_PLACE = re.compile(r"\s+(?:in|at|across)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")


@dataclass(frozen=True)
class Comparison:
    """A difference question split in two: `asked` and `baseline` are plain questions for the
    two figures ("How many cars did Norrvik build in 2023?", "... in 2022?"); `word` is the
    question's comparative ("more"), said of a positive difference; `baseline_words` are words
    the baseline figure's sentence must have (for a baseline given as a phrase: "tunnel" of
    "than the tunnel")."""

    asked: str
    baseline: str
    word: str
    baseline_words: tuple[str, ...] = ()
    # For "By how many minutes will the journey be cut?" (`word` "by"): the size alone, in the
    # question's noun when the figures give no unit ("13 minutes"); and the baseline figure
    # must be said as the value before ("down from 81 minutes").
    noun: str = ""


_MARGIN = re.compile(
    r"^\s*by\s+how\s+(?P<much>many|much)\s+(?P<noun>(?:[a-z]+\s+){1,2}?)?did\s+(?P<a>.+?)\s+"
    r"(?:beat|defeat|lead|outpoll|outscore|trail|outperform|outsell|top)\s+(?P<b>.+?)"
    # "... beat the placebo on halving migraine days": what both were measured on
    r"(?P<rest>\s+(?:on|in|at|among|for|with)\s+[^?]+?)?\s*\??\s*$",
    re.IGNORECASE,
)
_SHARE_NOUNS = frozenset(("percentage points", "points", "percent", "per cent", "percentage"))
# "By how many minutes will the fastest journey be cut?", "By how much did fares rise?": the
# size of a change, from the value before to the value after.
_CHANGED_BY = re.compile(
    r"^\s*by\s+how\s+(?P<much>many|much)\s+(?P<noun>(?:[a-z]+\s+){0,2}?)"
    r"(?P<aux>will|would|did|does|do|has|have|had|was|were|is|are)\s+(?P<subj>.+?)\s+"
    rf"(?:be\s+|been\s+|being\s+)?(?P<verb>{alternation(CHANGE_VERBS)}|"
    r"(?:go|went|gone)\s+(?:up|down))\b(?P<rest>[^?]*?)\s*\??\s*$",
    re.IGNORECASE,
)
# How a report says the value before a change: "down from 81 minutes", "instead of every two
# hours", "compared with 41,500", "than 18".
_BEFORE_WORDS = re.compile(
    r"\b(?:from|against|compared\s+(?:with|to)|instead\s+of|than|previously|was|were)\s+"
    r"(?:(?:an?|the)\s+)?(?:average\s+of\s+|about\s+|around\s+|some\s+|just\s+)?$",
    re.IGNORECASE,
)
# Words of a phrase baseline that say "the plan", which the short-answer rules read themselves.
_PLAN_WORDS = frozenset(
    "planned plan expected forecast budgeted estimated promised targeted projected hoped".split()
)


def comparison(question: str) -> Comparison | None:
    """Split "How many more X ... than Y?" into the questions for its two figures, or None when
    the question asks no difference or its baseline cannot be put in place of what is asked:

    - a period ("than in 2022", "than last year"): the asked question with its own period
      swapped for it, or with it added when it names none;
    - a name ("than Hale", "than Martin Hale did"): the asked question with its last name
      (a run of capitalised words after the first word) swapped for it;
    - anything else ("than planned", "than at the last general election"): the asked question
      with it added in brackets, which the short-answer rules read ("planned" asks for the plan).
    """
    from rag.spans import asks_relative_chance

    if asks_relative_chance(question):
        # "How much less likely are walkers to have a second heart attack?": a relative risk is
        # stated as one figure ("38% less likely"), never worked out from two
        return None
    margin = _MARGIN.match(question)
    if margin:
        # "By how many votes did Karim beat Voss?": each one's votes.
        noun = " ".join((margin.group("noun") or "").split()) or "points"
        much = margin.group("much").lower()
        rest = " ".join((margin.group("rest") or "").split())
        rest = f" {rest}" if rest else ""
        if noun.lower() in _SHARE_NOUNS:
            # "By how many percentage points did velmigrant beat the placebo on halving
            # migraine days?": each one's share.
            return Comparison(
                asked=f"What percentage did {margin.group('a')} get{rest}?",
                baseline=f"What percentage did {margin.group('b')} get{rest}?",
                word="more",
            )
        return Comparison(
            asked=f"How {much} {noun} did {margin.group('a')} get{rest}?",
            baseline=f"How {much} {noun} did {margin.group('b')} get{rest}?",
            word="more",
        )
    changed = _CHANGED_BY.match(question)
    if changed:
        much = changed.group("much").lower()
        noun = " ".join(changed.group("noun").split())
        subject = " ".join(changed.group("subj").split())
        rest = " ".join(changed.group("rest").split())
        lead = f"How {much} {noun} " if noun else f"How {much} "
        if changed.group("aux").lower() in ("will", "would"):
            asked = f"{lead}will {subject} be{' ' + rest if rest else ''}?"
        else:
            plural = subject.lower().endswith("s") and not subject.lower().endswith("ss")
            be = "are" if plural else "is"
            asked = f"{lead}{be} {subject}{' ' + rest if rest else ''}?"
        return Comparison(asked, f"{asked[:-1]} before?", "by", noun=noun)
    m = _ASKS_DIFFERENCE.match(question)
    if not m:
        change = _ASKS_A_RISE.match(question)
        if change:
            # "How many more trains will the line get?": the new figure against the one it
            # changes from ("will rise from 18 to 26"), which the short-answer rules tell apart
            # by "before".
            asked = f"How {change.group('much').lower()} {' '.join(change.group('body').split())}?"
            return Comparison(asked, f"{asked[:-1]} before?", change.group("more").lower())
        return None
    body = " ".join(m.group("body").split())
    much, more = m.group("much").lower(), " ".join(m.group("more").lower().split())
    if much == "much" and more in _DIMENSION_OF:
        # "How much faster is the new train than the old one?": how fast each is.
        asked = f"How {_DIMENSION_OF[more]} {body}?"
    elif much == "much" and more not in ("more", "less") and more not in _OF_PRICE:
        # "How much higher was turnout than ...?" asks what turnout was, not an amount of money.
        asked = f"What {body}?"
    else:
        asked = f"How {much} {body}?"
    asked = asked.replace(" ?", "?")
    base = re.sub(r"\s+(?:did|does|do|had|has|was|were|is|are)$", "", m.group("base").strip(),
                  flags=re.I)
    base = re.sub(r"^(?:that\s+of|those\s+of|the\s+)\s*", "", base, flags=re.I)
    # "than the year before", "than the previous year", "than a year earlier": last year
    relative = _PERIOD_BEFORE.match(base)
    if relative:
        unit = relative.group("u1") or relative.group("u2") or relative.group("u3")
        base = f"last {unit.lower()}"
    side = _SIDE_ASKED.search(asked)
    other = re.match(r"^(?P<word>[a-z]+)(?:\s+side)?(?P<rest>(?:\s+(?:in|at|on)\s+.+)?)$", base)
    if side and other and not _PERIOD.match(base):
        # "How many more votes did yes get than no in Ashgrove?": the other side's votes
        baseline = (
            asked[: side.start("who")] + other.group("word") + asked[side.end("who") :]
        )[:-1] + f"{other.group('rest')}?"
        return Comparison(asked=asked, baseline=baseline, word=more)
    if _PERIOD.match(base):
        period = base if re.match(r"(?:in|during|for|last)\s", base, re.I) else f"in {base}"
        own = _ASKED_PERIOD.search(asked)
        if own:
            baseline = asked[: own.start()] + f" {period}" + asked[own.end():]
        else:
            baseline = asked[:-1] + f" {period}?"
    elif re.match(r"^(?:(?:in|at|during|for|on|from)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$",
                  base):
        # "than Voss", "than in Storm Bram": the asked question of the other name.
        base = re.sub(r"^(?:in|at|during|for|on|from)\s+", "", base)
        # A name with its model number ("the Halo 3", "the AF-350"); words describing it go
        # with it ("the cellular Halo 3" is compared with "the Halo Lite", not "cellular").
        names = list(re.finditer(
            r"(?<!^)\b[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d[\w.-]*))*", asked
        ))
        if not names:
            return None
        last = names[-1]
        described = re.search(r"\b(?:the|a|an)\s+((?:[a-z][\w-]*\s+){1,2})$",
                              asked[: last.start()])
        start = described.start(1) if described else last.start()
        baseline = asked[:start] + base + asked[last.end():]
    else:
        # "than planned", "than at the last general election": the asked question, of that.
        place = _SHARED_PLACE.search(base)
        if place and not re.match(r"(?:in|at|during|on|from)\s", base, re.I):
            # "than a litre of petrol in Ireland": the asked figure is of Ireland too
            if place.group().strip() not in asked:
                asked = f"{asked[:-1]}{place.group()}?"
            base = base[: place.start()]
        baseline = f"{asked[:-1]} ({base})?"
        words = re.findall(r"[a-z][\w'’-]*", base.lower())
        needed = tuple(
            w for w in words if w not in _PLAN_WORDS and w not in _FUNCTION and len(w) > 2
        )
        return Comparison(asked, baseline, more, needed)
    return Comparison(asked=asked, baseline=baseline, word=more)


_NUMBER = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)[\s-]*(thousand|million|billion|bn|m|k)?\b", re.I)
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


def amount(text: str) -> tuple[float, str] | None:
    """The value of a figure as said ("24,500", "1.2 million euros", "58 percent") and what
    follows its number (its unit, lower case: "euros", "percent", ""), or None without a
    number."""
    m = _NUMBER.search(text)
    if not m:
        return None
    value = float(m.group(1).replace(",", ""))
    scale = (m.group(2) or "").lower()
    value *= _SCALE.get(scale, 1.0)
    unit = " ".join(text[m.end():].lower().split())
    prefix = text[: m.start()].strip()
    if prefix[-1:] in ("£", "€", "$", "¥", "₹"):  # "£240 million", "an estimated £240 million"
        unit = prefix[-1] + unit
    return value, unit


def _kind_of_unit(unit: str) -> str:
    """ "share", "money" or "" (a count or a measure): figures of two kinds are not
    subtracted."""
    if unit in ("percent", "per cent", "%"):
        return "share"
    return "money" if unit[:1] in ("£", "€", "$", "¥", "₹") else ""


def _said(size: float, money: bool) -> str:
    """A difference as written: "6,300", "2.5", money with its pence ("0.30"), and millions and
    billions in words ("70 million", as the figures were: "£1.91 billion")."""
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if size >= scale:
            return f"{round(size / scale, 2):,g} {word}"
    if size == int(size):
        return f"{size:,.0f}"
    return f"{size:,.2f}" if money else f"{size:,.2f}".rstrip("0").rstrip(".")


# A change a report states itself: "Revenue rose 4 percent to ...", "down 1.4 percent", "cut by
# 13 minutes". It answers "By how much ...?" as said; nothing is worked out.
# "raised", "lifted" and "extended" also name other deeds ("raised £4 million" for a charity,
# "extended 3 miles"): only "lengthened" of the verbs that raise a figure is sure to.
_STATED_VERBS = RISE_VERBS | FALL_VERBS | MADE_FALL_VERBS | {"lengthened", "lengthens"}
_CHANGE_NOUN = r"rises?|increases?|cuts?|falls?|drops?|reductions?|jumps?|decreases?"
_STATED_CHANGE = re.compile(
    rf"\b(?:{alternation(_STATED_VERBS | {'up', 'down'})})\s+"
    # (no year: "will not open until fall 2026" is the season)
    r"(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|around\s+|just\s+)?"
    r"(?:[£€$]\d|(?!(?:19|20)\d\d\b)\d)"
    # ... or by a noun of change: "a rise of 5.8%", "a 5.8% rise", "a £2 cut"
    rf"|\b(?:{_CHANGE_NOUN})\s+of\s+(?:about\s+|nearly\s+|almost\s+|some\s+|around\s+)?"
    r"[£€$]?\d"
    rf"|[£€$]?\d[\d.,]*\s*(?:%|percent|per\s+cent|p|pence|[mb]n?)?[\s-]+(?:{_CHANGE_NOUN})\b",
    re.IGNORECASE,
)


def states_the_change(sentence: str) -> bool:
    """Does the sentence say the size of a change itself ("rose 4 percent to £1.91 billion")?"""
    return bool(_STATED_CHANGE.search(sentence))


def said_as_before(sentence: str, start: int) -> bool:
    """Is the figure at `start` of `sentence` said as the value before a change ("down from
    81 minutes", "instead of every two hours", "compared with 41,500")?"""
    return bool(_BEFORE_WORDS.search(sentence[max(0, start - 40) : start]))


def difference(comparison: Comparison, asked: str, baseline: str) -> str | None:
    """The difference of the figures `asked` and `baseline` (as said in the reports), in the
    question's words: "6,300 more", "14,000 fewer", "9 percentage points higher"; None when
    either has no number or their units differ."""
    a, b = amount(asked), amount(baseline)
    if a is None or b is None:
        return None
    (x, unit_a), (y, unit_b) = a, b
    if unit_a and unit_b and unit_a != unit_b:
        return None
    if _kind_of_unit(unit_a) != _kind_of_unit(unit_b):
        return None  # "29 percent" (a turnout) and "19,166" (votes): no difference of one thing
    gap = x - y
    if gap == 0:
        return "no difference"
    unit = unit_a or unit_b
    if unit in ("percent", "per cent", "%"):
        unit = "percentage points"
    if comparison.word == "by":
        # "By how many minutes will it be cut?": the size; the figures cited say which way.
        if unit_a != unit_b:
            return None  # "less than 18 weeks" against "68,900" (patients): no change of one
        said = _said(abs(gap), unit[:1] in ("£", "€", "$", "¥", "₹"))
        if unit[:1] in ("£", "€", "$", "¥", "₹"):
            return f"{unit[:1]}{said}{' ' + unit[1:].strip() if unit[1:].strip() else ''}"
        noun = unit or comparison.noun
        if said == "1" and noun.endswith("s") and not noun.endswith("ss"):
            noun = noun[:-1]  # "1 minute", not "1 minutes"
        return f"{said} {noun}".strip()
    # "How many fewer ...?" with a rise is said as "more": the sign decides, not the question.
    if comparison.word in ("more", "fewer", "less"):
        counted = comparison.asked.lower().startswith("how many")
        pair = ("more", "fewer") if counted else ("more", "less")
    else:
        pair = next((p for p in _PAIRS if comparison.word in p), (comparison.word,) * 2)
    word = pair[gap < 0]
    size = abs(gap)
    money = unit[:1] in ("£", "€", "$", "¥", "₹")
    said = _said(size, money)
    if money:
        return f"{unit[:1]}{said}{' ' + unit[1:].strip() if unit[1:].strip() else ''} {word}"
    return f"{said}{' ' + unit if unit else ''} {word}"
