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

# The comparatives a question may compare two figures by.
_COMPARATIVE = (
    r"(?:more|less)\s+expensive|more|fewer|less|higher|lower|bigger|larger|smaller|longer|"
    r"shorter|older|younger|further|farther|cheaper|dearer|costlier|faster|slower|quicker|"
    r"heavier|lighter|warmer|colder|hotter|cooler|wider|narrower|deeper|shallower|taller"
)
_ASKS_DIFFERENCE = re.compile(
    rf"^\s*how\s+(?P<much>many|much)\s+(?P<more>{_COMPARATIVE})\b(?P<body>.*?)\s+than\s+"
    r"(?P<base>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)
# "than lamps were fixed at the café": the baseline is the noun before the verb that both
# figures share ("How many more bicycles than lamps were fixed ...?").
_BASE_THEN_VERB = re.compile(
    r"^(?P<base>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?P<verb>(?:were|was|are|is|have|has|had|"
    r"did|do|does|will|would)\s+[^?]+)$",
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
    # "Was the battery cheaper than $2 million?": a baseline the question states itself
    # (`baseline` is then empty).
    stated: str = ""


# A figure a question states: "$2 million", "about 500", "£1.5bn".
_STATED_FIGURE = re.compile(
    r"^(?:(?:about|around|some|roughly|nearly|almost)\s+)?"
    r"(?P<figure>[£€$]?\d[\d,.]*(?:\s*(?:million|billion|thousand|bn|m|k)\b)?"
    r"(?:\s*(?:%|percent|per\s+cent|[a-z]+))?)$",
    re.IGNORECASE,
)


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
# The same asked with its "by" at the end: "How much has the cost of the greenway risen by?"
_TRAILING_BY = re.compile(
    r"^\s*how\s+(?P<much>many|much)\s+(?P<body>[^?]+?)\s+by\s*\?\s*$", re.IGNORECASE
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
    "planned plan expected forecast budgeted estimated promised targeted projected hoped "
    # (round 61: "than first thought", "than originally feared")
    "thought feared anticipated predicted intended first originally initially".split()
)


def changed_subject(question: str) -> str | None:
    """The thing whose change "By how much did <subject> <change>?" asks ("the orchestra" of
    "By how much did the orchestra grow under Braskwater?"; also asked with "by" last), else
    None."""
    trailing = _TRAILING_BY.match(question)
    if trailing:
        question = f"By how {trailing.group('much')} {trailing.group('body')}?"
    changed = _CHANGED_BY.match(question)
    return " ".join(changed.group("subj").split()) if changed else None


# Sales or numbers of a kind of thing, which are counted ("ticket sales", "passenger
# numbers"), not a firm's sales in money ("annual sales", "Varnholm's sales")
_SALES_OF_THINGS = re.compile(
    r"(?i:(?<!['’])\b(?!(?:annual|total|overall|online|retail|export|net|gross|global|first|second|"
    r"third|fourth|quarterly|monthly|weekly|yearly|its|their|the|his|her|our|record|food|"
    r"wine|property|business)\b)[a-z]+\s+(?:sales|numbers)$)"
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
    trailing = _TRAILING_BY.match(question)
    if trailing:
        question = f"By how {trailing.group('much')} {trailing.group('body')}?"
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
        # ("since 2021", "since before the pandemic": the time of the figure before, which
        # "before" asks; the figure now is asked without it)
        rest = re.sub(r"^since\b.*$", "", rest, flags=re.IGNORECASE).strip()
        if much == "much" and not noun and _SALES_OF_THINGS.search(subject):
            # (round 61) "By how much did Yewdale Film Festival ticket sales go up?" over "sold a
            # record 7,400 tickets this year, up from 5,900": sales of things are counted
            much = "many"
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
    shared = _BASE_THEN_VERB.match(m.group("base").strip())
    if body and shared and not re.search(r"\b(?:did|does|do|was|were|is|are|has|have|had|will)\b",
                                         body, re.IGNORECASE):
        # "How many more bicycles than lamps were fixed at the café?": "were fixed at the
        # café" is said of both, "How many bicycles were fixed ...?" against "... lamps ...?"
        verb = " ".join(shared.group("verb").split())
        base = " ".join(shared.group("base").split())
        asked = f"How {much} {body} {verb}?"
        return Comparison(asked, f"How {much} {base} {verb}?", more)
    if much == "much" and more in _DIMENSION_OF:
        # "How much faster is the new train than the old one?": how fast each is.
        asked = f"How {_DIMENSION_OF[more]} {body}?"
    elif much == "much" and more not in ("more", "less") and more not in _OF_PRICE:
        # "How much higher was turnout than ...?" asks what turnout was, not an amount of money.
        asked = f"What {body}?"
    elif more in _OF_PRICE and (priced := re.match(r"(?:was|were)\s+(.+)$", body, re.I)):
        # "How much cheaper was the battery than ...?": what it cost ("How much was the
        # battery?" reads as a share of it as well)
        asked = f"How much did {priced.group(1)} cost?"
    else:
        asked = f"How {much} {body}?"
    asked = asked.replace(" ?", "?")
    stated = _STATED_FIGURE.match(m.group("base").strip())
    if stated:
        # "than $2 million": the baseline is the question's own figure
        return Comparison(asked, "", more, stated=stated.group("figure"))
    base = re.sub(r"\s+(?:did|does|do|had|has|was|were|is|are)$", "", m.group("base").strip(),
                  flags=re.I)
    # "than it did in 2023", "than they were last year": the period alone
    base = re.sub(r"^(?:it|they|he|she|we|you|I)\s+(?:did|does|do|had|has|have|was|were|is|are)"
                  r"\s+(?=\S)", "", base, flags=re.I)
    base = re.sub(r"^(?:that\s+of|those\s+of|the\s+)\s*", "", base, flags=re.I)
    # "than the year before", "than the previous year", "than a year earlier": last year
    relative = _PERIOD_BEFORE.match(base)
    if relative:
        unit = relative.group("u1") or relative.group("u2") or relative.group("u3")
        base = f"last {unit.lower()}"
    place = _SHARED_PLACE.search(base)
    if place and _PERIOD.match(base[: place.start()].strip()):
        # "than in January at Yarrowee Junction": the asked figure is of that place too
        if place.group().strip() not in asked:
            asked = f"{asked[:-1]}{place.group()}?"
        base = base[: place.start()].strip()
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


_AUX = r"was|were|is|are|did|does|do|has|have|had|will|would"
# "Were there more call-outs in 2023 than in 2022?", "Was the plant cheaper than planned?"
_POLAR_COMPARED = re.compile(
    rf"^\s*(?P<aux>{_AUX})\s+(?P<pre>(?:[^?]*?\s)?)(?P<more>{_COMPARATIVE})\b(?P<post>[^?]*?)"
    r"\s+than\s+(?P<base>[^?]+?)\s*\??\s*$",
    re.IGNORECASE,
)
# "Were more than 100 lamps fixed at the café?", "Did the café fix fewer than 50 bicycles?"
_MORE_THAN_STATED = re.compile(
    rf"^\s*(?P<aux>{_AUX})\s+(?P<pre>(?:[^?]*?\s)?)(?P<more>more|fewer|less)\s+than\s+"
    r"(?:(?:about|around|some)\s+)?(?P<figure>[£€$]?\d[\d,.]*(?:\s*(?:million|billion|"
    r"thousand|bn|m|k)\b)?)\s+(?P<noun>[a-z][\w'’-]*(?:\s+(?!(?:[a-z]+ed|[a-z]+en|were|was|"
    r"in|at|on|by|for|during|from)\b)[a-z][\w'’-]*)?)"
    r"(?P<rest>(?:\s+(?:were|was|been|being|[a-z]+ed|[a-z]+en|in|at|on|by|for|during|from)\b"
    r"[^?]*)?)\s*\??\s*$",
    re.IGNORECASE,
)
# "Were more lamps or bicycles fixed at the café?", "Were there more call-outs in 2023 or
# 2022?", "Did Ashcombe or Thornleigh score more goals?"
_CHOICE_OF_NOUNS = re.compile(
    rf"^\s*(?P<aux>{_AUX})\s+(?P<pre>(?:[^?]*?\s)?)(?P<more>more|fewer|less)\s+"
    r"(?P<a>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+or\s+"
    r"(?P<b>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)"
    r"(?P<rest>(?:\s+(?:were|was|been|being|[a-z]+ed|[a-z]+en|in|at|on|by|for|during|from)\b"
    r"[^?]*)?)\s*\??\s*$",
    re.IGNORECASE,
)
_CHOICE_OF_PERIODS = re.compile(
    rf"^\s*(?P<aux>(?i:{_AUX}))\s+(?P<pre>[^?]*?)\s*\b(?P<more>(?i:{_COMPARATIVE}))\b(?P<post>[^?]*?)\s+"
    r"(?P<prep>in|during|for)\s+(?P<a>(?:1[89]|20)\d\d|[A-Z][a-z]+(?:\s+(?:1[89]|20)\d\d)?)"
    r"\s+or\s+(?:(?:in|during|for)\s+)?(?P<b>(?:1[89]|20)\d\d|[A-Z][a-z]+(?:\s+(?:1[89]|20)\d\d)?)"
    # ("... in July or September at Vardenholm?": where, said after the choice)
    r"(?P<tail>\s+(?:at|in|on|from|by)\s+[^?]+?)?\s*\??\s*$",
)
_CHOICE_OF_DOERS = re.compile(
    rf"^\s*(?P<aux>(?i:{_AUX}))\s+(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+or\s+"
    r"(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?P<verb>[a-z]+)\s+(?P<more>(?i:more|fewer|less))"
    r"\b(?P<post>[^?]*?)\s*\??\s*$",
)
# Words that end the noun a comparative counts: "more call-outs in 2023", "more lamps fixed".
_AFTER_THE_NOUN = frozenset(
    "in at on by for during from to with this last than were was are is been being".split()
)

# A baseline that is a noun of its own, lower case ("than lamps", "than lamps at the café"),
# not a period, a name or a plan ("than in 2022", "than Hale", "than first planned").
_BARE_NOUN_THEN = re.compile(
    r"^(?P<noun>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)"
    r"(?P<place>\s+(?:at|in|on|from|across)\s+[^?]+)?$"
)


# Nouns of an amount, not a count: "more money", "more rain".
_MASS_NOUNS = frozenset(
    "money cash water energy electricity power rain rainfall snow time food waste traffic "
    "funding revenue turnover profit income tax debt space land fuel gas oil".split()
)


_BEFORE_AN_OBJECT = frozenset(
    "the a an in at on for during this last to from by with his her their its".split()
)
_IRREGULAR_PAST = {
    "run": "ran", "win": "won", "go": "went", "come": "came", "take": "took", "get": "got",
    "make": "made", "see": "saw", "give": "gave", "buy": "bought", "sell": "sold", "eat": "ate",
    "ride": "rode", "swim": "swam", "drive": "drove", "fly": "flew", "leave": "left",
    "find": "found", "catch": "caught", "attend": "attended", "turn": "turned", "sit": "sat",
    "stand": "stood", "bring": "brought", "spend": "spent", "pay": "paid", "hold": "held",
}


def _past(verb: str) -> str:
    """The simple past of a verb after "did": "finish" -> "finished", "vote" -> "voted"."""
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return f"{verb}d"
    if re.search(r"[^aeiou]y$", verb):
        return f"{verb[:-1]}ied"
    return f"{verb}ed"


def _how_much(more: str, noun: str) -> str:
    """ "many" for a count ("more call-outs"), "much" for an amount or a measure."""
    counted = more in ("more", "fewer") and noun.lower() not in _MASS_NOUNS
    return "many" if counted else "much"


def polar_comparison(question: str) -> tuple[str, str] | None:
    """A yes/no question that compares two figures, as the difference question that works it
    out and the comparative asked: "Were there more call-outs in 2023 than in 2022?" ->
    ("How many more call-outs were there in 2023 than in 2022?", "more"); "Was the plant
    cheaper than first planned?" -> ("How much cheaper was the plant than first planned?",
    "cheaper"). None for any other question (a choice "A or B" included)."""
    if re.search(r"\bor\b", question, re.IGNORECASE):
        return None
    over = _MORE_THAN_STATED.match(question)
    if over:
        # "Were more than 100 lamps fixed at the café?": "How many more lamps were fixed at
        # the café than 100?"
        more, noun = over.group("more").lower(), " ".join(over.group("noun").split())
        said = " ".join(x for x in (
            f"How {_how_much(more, noun.split()[-1])} {more}", noun, over.group("aux").lower(),
            " ".join(over.group("pre").split()), " ".join(over.group("rest").split())) if x)
        return f"{said} than {over.group('figure')}?", more
    m = _POLAR_COMPARED.match(question)
    if m is None:
        return None
    aux, pre = m.group("aux").lower(), " ".join(m.group("pre").split())
    if not pre and aux in ("did", "does", "do"):
        # "Did more runners finish the race in 2024 than in 2023?": "How many more runners
        # finished the race in 2024 than in 2023?"
        words = m.group("post").split()
        if m.group("more").lower() not in ("more", "fewer"):
            return None
        # the verb is the word before an article, a preposition or the end ("more club
        # runners finish the race"): the words before it are the counted noun
        k = next((k for k in (1, 2) if len(words) > k and (
            len(words) == k + 1 or words[k + 1].lower() in _BEFORE_AN_OBJECT
        )), None)
        if k is None:
            return None
        verb = words[k].lower()
        said = " ".join((f"How many {m.group('more').lower()}", *words[:k],
                         _past(verb) if aux == "did" else verb, *words[k + 1:]))
        return f"{said} than {' '.join(m.group('base').split())}?", m.group("more").lower()
    more = " ".join(m.group("more").lower().split())
    post, base = " ".join(m.group("post").split()), " ".join(m.group("base").split())
    words = post.split()
    noun: list[str] = []
    if more in ("more", "fewer", "less"):
        for w in words:
            if w.lower() in _AFTER_THE_NOUN or (noun and re.search(r"(?:ed|en)$", w.lower())):
                break
            noun.append(w)
    if noun:
        # "Did the team have more call-outs in 2023 than in 2022?": "How many more call-outs
        # did the team have in 2023 than in 2022?"
        rest = " ".join(words[len(noun):])
        other = _BARE_NOUN_THEN.match(base)
        if other and not any(
            w in _AFTER_THE_NOUN or w in _PLAN_WORDS or w.endswith("ed")
            for w in other.group("noun").lower().split()
        ):
            # "Did the café fix more bicycles than lamps at Pontcarreg?": lamps are counted
            # as bicycles are, "How many more bicycles than lamps did the café fix at
            # Pontcarreg?"
            place = other.group("place") or ""
            said = " ".join(x for x in (
                f"How {_how_much(more, noun[-1])} {more}", " ".join(noun), "than",
                other.group("noun"), aux, pre, rest, place.strip()) if x)
            return f"{said}?", more
        said = " ".join(x for x in (f"How {_how_much(more, noun[-1])} {more}", " ".join(noun),
                                    aux, pre, rest) if x)
    else:
        # "Did the plant cost more than planned?", "Was the plant cheaper than planned?"
        said = " ".join(x for x in (f"How much {more}", aux, pre, post) if x)
    return f"{said} than {base}?", more


def choice_comparison(question: str) -> tuple[str, str, str] | None:
    """A choice between two by a comparative, as the difference question of the first against
    the second and the two choices: "Were more lamps or bicycles fixed at the café?" ->
    ("How many more lamps than bicycles were fixed at the café?", "lamps", "bicycles");
    "Were there more call-outs in 2023 or 2022?" -> ("How many more call-outs were there in
    2023 than in 2022?", "2023", "2022"); "Did Ashcombe or Thornleigh score more goals?" ->
    ("How many more goals did Ashcombe score than Thornleigh?", ...). None otherwise. The
    first choice is the answer when the difference comes out in the question's comparative,
    the second when it comes out in its opposite (`polar_verdict`)."""
    def as_polar(polar_question: str, a: str, b: str) -> tuple[str, str, str] | None:
        # asked as the yes/no question of the first against the second
        polar = polar_comparison(polar_question)
        return (polar[0], a, b) if polar else None

    m = _CHOICE_OF_PERIODS.match(question)
    if m:
        # "Were more households supplied in December than in January?"
        prep, a, b = m.group("prep").lower(), m.group("a"), m.group("b")
        return as_polar(
            f"{m.group('aux')} {m.group('pre')} {m.group('more')}{m.group('post')} {prep} {a} "
            f"than {prep} {b}{m.group('tail') or ''}?", a, b,
        )
    m = _CHOICE_OF_DOERS.match(question)
    if m:
        # "Did Ashcombe score more goals than Thornleigh?"
        a, b = m.group("a"), m.group("b")
        return as_polar(
            f"{m.group('aux')} {a} {m.group('verb')} {m.group('more')}{m.group('post')} "
            f"than {b}?", a, b,
        )
    m = _CHOICE_OF_NOUNS.match(question)
    if m:
        aux, pre = m.group("aux").lower(), " ".join(m.group("pre").split())
        more, rest = m.group("more").lower(), " ".join(m.group("rest").split())
        a, b = " ".join(m.group("a").split()), " ".join(m.group("b").split())
        if pre.lower() == "there":
            said = f"How {_how_much(more, b)} {more} {a} than {b} {aux} there {rest}".strip()
        elif pre:
            # "Did the café fix more lamps or bicycles?"
            said = f"How {_how_much(more, b)} {more} {a} than {b} {aux} {pre} {rest}".strip()
        else:
            said = f"How {_how_much(more, b)} {more} {a} than {b} {aux} {rest}".strip()
        return f"{said}?", a, b
    return None


# A table's row or a list's item read as a sentence: "Month: December; Households supplied:
# 104", "- Lamps: 98".
_ROW = re.compile(r"^\s*(?:[-•*–]\s*)?[^:.;?!]{1,60}:\s+\S")
_PLAIN = frozenset(
    "how many much what which who when where was were is are did does do has have had will "
    "would the a an of in on at to for by from with and than there".split()
)


def is_row(sentence: str) -> bool:
    """Is the sentence a table's row or a list's item ("- Lamps: 98")?"""
    return bool(_ROW.match(sentence))


def told_apart(asked: str, baseline: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words (lower case) that tell the asked figure's question from the baseline's and
    back: ({"december"}, {"january"}) for "How many households ... in December?" against
    "... in January?"; brackets and plain words are left out."""
    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"[a-z0-9][\w'’-]*", text.lower()) if w not in _PLAIN}

    a, b = words(asked), words(baseline)
    return frozenset(a - b), frozenset(b - a)


def labelled_as_asked(sentence: str, question: str) -> bool:
    """Is the sentence a row whose label the question names ("- Lamps: 98" for "How many
    lamps were fixed?")?"""
    row = re.match(r"^\s*(?:[-•*–]\s*)?(?P<label>[^:.;?!]{1,60}):\s+\S", sentence)
    if row is None:
        return False
    label = frozenset(w for w in re.findall(r"[a-z0-9][\w'’-]*", row.group("label").lower())
                      if w not in _PLAIN)
    return bool(label) and names_all(question, frozenset(re.sub(r"(?:es|s)$", "", w)
                                                         for w in label))


def names_all(sentence: str, words: frozenset[str]) -> bool:
    """Does the sentence say each of `words` (whole words, any case; a plural for its
    singular: "Bicycles" for "bicycle")?"""
    said = sentence.lower()
    return all(re.search(rf"\b{re.escape(w)}(?:s|es)?\b", said) for w in words)


def polar_verdict(more: str, gap: str) -> str:
    """ "Yes" when the worked-out difference (`difference`: "33 more", "£2 million cheaper")
    goes the way the question's comparative `more` asks, else "No" (the opposite way, or "no
    difference")."""
    return "Yes" if gap.lower().endswith(more.lower()) else "No"


_NUMBER = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)[\s-]*(thousand|million|billion|bn|m|k)?\b", re.I)
_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


def amount(text: str) -> tuple[float, str] | None:
    """The value of a figure as said ("24,500", "1.2 million euros", "58 percent") and what
    follows its number (its unit, lower case: "euros", "percent", ""), or None without a
    number."""
    m = _NUMBER.search(text)
    if not m:
        # "Nine rhinos were killed ..., down from 23": a count said in words
        said = re.match(r"\s*(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                        r"(?:[\s-](?P<unit>[a-z]+))?|(?P<small>[a-z]+))\b(?P<rest>.*)$",
                        text.lower())
        if said is None:
            return None
        tens, unit, small = said.group("tens"), said.group("unit"), said.group("small")
        if small in _SMALL_NUMBERS:
            return float(_SMALL_NUMBERS.index(small)), " ".join(said.group("rest").split())
        if tens and (unit is None or unit in _SMALL_NUMBERS[1:10]):
            value = 10 * _TENS.index(tens) + (_SMALL_NUMBERS.index(unit) if unit else 0)
            return float(value), " ".join(said.group("rest").split())
        return None
    value = float(m.group(1).replace(",", ""))
    scale = (m.group(2) or "").lower()
    value *= _SCALE.get(scale, 1.0)
    unit = " ".join(text[m.end():].lower().split())
    prefix = text[: m.start()].strip()
    if prefix[-1:] in ("£", "€", "$", "¥", "₹"):  # "£240 million", "an estimated £240 million"
        unit = prefix[-1] + unit
    return value, unit


# Units of a measure: a figure said with one is of another thing than a bare count.
_MEASURE_UNIT = re.compile(
    r"(?:kilo|milli|centi)?(?:grams?|metres?|meters?|litres?|liters?)\b|(?:kg|km|mm|cm|m|g|l|ml)\b"
    r"|tonnes?\b|tons?\b|miles?\b|feet\b|foot\b|inches?\b|hectares?\b|acres?\b|gallons?\b|"
    r"pounds?\s+in\s+weight|lbs?\b|(?:mega|kilo|giga)watt",
    re.IGNORECASE,
)


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
    # (a difference of figures in millions is a float a hair off the whole: "£4.1m" less
    # "£3.2m" is 899,999.9999..., said "£900,000", never "£900,000.00")
    size = round(size, 2 if money else 6)
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


def states_the_change(sentence: str, question: str = "") -> bool:
    """Does the sentence say the size of a change itself ("rose 4 percent to £1.91 billion")?
    With `question` ("By how much did the orchestra grow?"), only a change of the thing it
    asks about counts: "its subscription sales rose by 40%" beside "the orchestra grew from 61
    to 74 players" states the sales' change, not the orchestra's."""
    from rag.spans import another_thing_changed_by

    return any(
        not (question and another_thing_changed_by(question, sentence, _figure_at(sentence, m)))
        for m in _STATED_CHANGE.finditer(sentence)
    )


def _figure_at(sentence: str, m: re.Match) -> int:
    """Where the figure of a `_STATED_CHANGE` match starts (its currency sign, if any)."""
    digit = next((i for i in range(m.start(), m.end()) if sentence[i].isdigit()), m.end())
    return digit - 1 if digit > 0 and sentence[digit - 1] in "£€$" else digit


# The value before a change said as such: "up from 84", "will rise from 18 to 26", "compared
# with 41,500" (a bare "from" is no change: "1,200 farmers from 14 villages").
_CHANGED_FROM = re.compile(
    r"(?:\b(?:up|down|rise[sn]?|rising|rose|grown?|grew|increased?|decreased?|fell|fallen|"
    r"dropped|cut|reduced|went|gone|jumped|climbed|revised|raised|lowered)\b[^.;]{0,30}?\bfrom"
    r"|\bcompared\s+(?:with|to)|\bpreviously|\binstead\s+of)\s+(?:(?:an?|the)\s+)?"
    r"(?:average\s+of\s+|about\s+|around\s+|some\s+|just\s+)?$",
    re.IGNORECASE,
)


def said_as_the_value_before_a_change(sentence: str, start: int) -> bool:
    """Is the figure at `start` said as the value a change started from ("up from 84",
    "will rise from 18 to 26")? Stricter than `said_as_before`: a bare "from" is not."""
    return bool(_CHANGED_FROM.search(sentence[max(0, start - 60) : start]))


def said_as_before(sentence: str, start: int) -> bool:
    """Is the figure at `start` of `sentence` said as the value before a change ("down from
    81 minutes", "instead of every two hours", "compared with 41,500")?"""
    return bool(_BEFORE_WORDS.search(sentence[max(0, start - 40) : start]))


def _currency(figure: str, unit: str) -> str:
    """The currency sign as the figure writes it, with a country's letters ("C$", "NZ$",
    "£"): the sign of `unit` otherwise."""
    m = re.match(r"\s*(?:[a-z]+\s+)*(?P<sign>[A-Z]{1,2}[£€$¥₹])", figure)
    return m.group("sign") if m and m.group("sign")[-1] == unit[:1] else unit[:1]


# A figure's rate, which a figure set against it may leave unsaid: "a week", "per month"
_A_RATE = re.compile(r"(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|night|season)")


def difference(comparison: Comparison, asked: str, baseline: str) -> str | None:
    """The difference of the figures `asked` and `baseline` (as said in the reports), in the
    question's words: "6,300 more", "14,000 fewer", "9 percentage points higher"; None when
    either has no number or their units differ."""
    a, b = amount(asked), amount(baseline)
    if a is None or b is None:
        return None
    (x, unit_a), (y, unit_b) = a, b
    if bool(unit_a) != bool(unit_b) and _A_RATE.fullmatch(unit_a or unit_b):
        # "about 2,100 a week, down from 3,400": the rate said once is both figures'
        unit_a = unit_b = unit_a or unit_b
    if unit_a and unit_b and unit_a != unit_b:
        return None
    if _kind_of_unit(unit_a) != _kind_of_unit(unit_b):
        return None  # "29 percent" (a turnout) and "19,166" (votes): no difference of one thing
    if bool(_MEASURE_UNIT.match(unit_a)) != bool(_MEASURE_UNIT.match(unit_b)) and not (
        unit_a and unit_b
    ):
        return None  # "5,120 kilograms" of honey and a bare "64" (members): two things
    gap = x - y
    if gap == 0:
        return "no difference"
    unit = unit_a or unit_b
    if unit in ("percent", "per cent", "%"):
        unit = "percentage points"
    if unit == "times":
        unit = ""  # "called out 117 times": "33 more", never "33 times more" (a multiple)
    if comparison.word == "by":
        # "By how many minutes will it be cut?": the size; the figures cited say which way.
        if unit_a != unit_b:
            return None  # "less than 18 weeks" against "68,900" (patients): no change of one
        said = _said(abs(gap), unit[:1] in ("£", "€", "$", "¥", "₹"))
        if unit[:1] in ("£", "€", "$", "¥", "₹"):
            rest = unit[1:].strip()
            return f"{_currency(asked, unit)}{said}{' ' + rest if rest else ''}"
        noun = unit or comparison.noun
        if said == "1" and noun.endswith("s") and not noun.endswith("ss"):
            noun = noun[:-1]  # "1 minute", not "1 minutes"
        return f"{said} {noun}".strip()
    # "How many fewer ...?" with a rise is said as "more": the sign decides, not the question.
    if comparison.word in ("more", "fewer", "less"):
        # (a measure is an amount however the question counts it: "1,145 kilograms less")
        counted = comparison.asked.lower().startswith("how many") and not _MEASURE_UNIT.match(
            unit_a or unit_b
        )
        pair = ("more", "fewer") if counted else ("more", "less")
    else:
        pair = next((p for p in _PAIRS if comparison.word in p), (comparison.word,) * 2)
    word = pair[gap < 0]
    size = abs(gap)
    money = unit[:1] in ("£", "€", "$", "¥", "₹")
    said = _said(size, money)
    if money:
        return (f"{_currency(asked, unit)}{said}"
                f"{' ' + unit[1:].strip() if unit[1:].strip() else ''} {word}")
    return f"{said}{' ' + unit if unit else ''} {word}"


# -- the row of a table or list that holds the highest or lowest figure ----------------------

_MOST = {
    "most": True, "highest": True, "largest": True, "biggest": True, "greatest": True,
    "busiest": True, "fewest": False, "lowest": False, "least": False, "smallest": False,
}
# "Which month did the battery supply the most households?", "In which month was the saving
# highest?", "What crop had the fewest packets returned?"
_ASKS_THE_MOST_OF = re.compile(
    r"^\s*(?:in\s+|on\s+|at\s+|for\s+)?(?:which|what)\s+(?P<key>[a-z][\w'’-]*)\b"
    rf"(?P<rest>[^?]*\b(?P<most>{'|'.join(_MOST)})\b[^?]*)\??\s*$",
    re.IGNORECASE,
)
# "What was the most common repair at the café?": the kind asked comes after the superlative
_ASKS_THE_MOST_KIND = re.compile(
    r"^\s*(?:which|what)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+the\s+"
    rf"(?P<most>{'|'.join(_MOST)})\s+(?:(?P<adj>[a-z]+)\s+)?(?P<key>[a-z][\w'’-]*)\b"
    r"(?P<rest>[^?]*)\??\s*$",
    re.IGNORECASE,
)
_TABLE_CELL = re.compile(r"(?P<head>[^:;]{1,40}):\s(?P<value>[^;]*)")


@dataclass(frozen=True)
class Superlative:
    """A question for the row with the highest (or lowest) figure: `key` is the kind of
    thing asked ("month", "crop"), `measure` the question's other words (lower case), which
    name the column compared ("households" for "Households supplied")."""

    key: str
    measure: frozenset[str]
    highest: bool


def superlative(question: str) -> Superlative | None:
    """Read "Which month did the battery supply the most households?" as Superlative("month",
    {"battery", "supply", "households"}, True); None for a question asking no highest or
    lowest of a kind."""
    m = _ASKS_THE_MOST_OF.match(question)
    if m is None or m.group("key").lower() in _PLAIN:
        m = _ASKS_THE_MOST_KIND.match(question)
    if m is None:
        return None
    key = m.group("key").lower()
    if key in _PLAIN or key in ("one", "of"):
        return None  # "Which one ...?", "Which of ...?": no kind of row is named
    words = {w for w in re.findall(r"[a-z0-9][\w'’-]*", m.group("rest").lower())
             if w not in _PLAIN and w not in _MOST and w != key}
    return Superlative(key, frozenset(words), _MOST[m.group("most").lower()])


def row_cells(sentence: str) -> tuple[tuple[str, str], ...]:
    """The cells of a table's row read as a sentence ("Month: January; Households supplied:
    112" -> (("Month", "January"), ("Households supplied", "112"))) or of a list's item ("-
    Lamps: 98" -> (("", "Lamps"), ("", "98"))); () for any other sentence."""
    text = sentence.strip()
    if ";" in text:
        cells = tuple(
            (m.group("head").strip(), m.group("value").strip())
            for part in text.split(";") if (m := _TABLE_CELL.fullmatch(part.strip()))
        )
        return cells if len(cells) >= 2 and len(cells) == len(text.split(";")) else ()
    item = re.fullmatch(r"(?:[-•*–]\s*)?(?P<label>[^:.;?!]{1,60}):\s+(?P<value>\S.*)", text)
    if item is None or amount(item.group("value")) is None:
        return ()
    return (("", item.group("label").strip()), ("", item.group("value").strip()))


def _stems(text: str) -> set[str]:
    return {re.sub(r"(?:es|s)$", "", w) for w in re.findall(r"[a-z0-9]+", text.lower())}


def highest_row(asked: Superlative, rows: list[str]) -> tuple[int, str] | None:
    """Of the rows of one table or list (sentences of `row_cells`, same columns), the index of
    the one with the highest (or lowest) figure in the column the question names, and the
    asked cell's text ("January"); None when fewer than two rows hold the figure, no column is
    named (a table), or two rows tie."""
    cells = [row_cells(r) for r in rows]
    if len(cells) < 2 or not all(cells):
        return None
    heads = [h for h, _ in cells[0]]
    if any([h for h, _ in c] != heads for c in cells):
        return None
    if heads[0]:
        measure = _stems(" ".join(asked.measure))
        fits = [len(_stems(h) & measure) for h in heads]
        column = max(range(len(heads)), key=lambda i: fits[i])
        if fits[column] == 0:
            return None  # "the most" of what: no column the question names
        key = next((i for i, h in enumerate(heads) if _stems(asked.key) & _stems(h)), 0)
    else:
        column, key = 1, 0  # a list's item: its label and its figure
    values = [amount(c[column][1]) for c in cells]
    figures = [(v[0], i) for i, v in enumerate(values) if v is not None]
    if len(figures) < 2:
        return None
    figures.sort(reverse=asked.highest)
    if figures[0][0] == figures[1][0]:
        return None  # a tie names no one row
    best = figures[0][1]
    return best, cells[best][key][1]


def asked_cell(question: str, sentence: str) -> tuple[str, str] | None:
    """The row a question names by its first cell and the cell of the column it names: ("Tomatoes",
    "412") for "How many packets of tomatoes were lent?" over "Crop: Tomatoes; Packets lent:
    412; Packets returned: 96" (the column whose heading the question says most of, all of
    its words at best); None for a list's item, a row the question does not name, or no
    column named or two named alike."""
    cells = row_cells(sentence)
    if not cells or not cells[0][0]:
        return None
    said = _stems(question)
    key = _stems(cells[0][1])
    if not key or not key <= said or re.fullmatch(r"[\d\s.,]+", cells[0][1]):
        return None
    fits = sorted(
        ((len(_stems(h) & said) / len(_stems(h) or {""}), i) for i, (h, _) in enumerate(cells)
         if i),
        reverse=True,
    )
    if not fits or fits[0][0] == 0 or (len(fits) > 1 and fits[0][0] == fits[1][0]):
        return None
    value = cells[fits[0][1]][1]
    return (cells[0][1], value) if amount(value) is not None else None


_FIGURE = (
    r"(?:[A-Z]{0,2}[£€$])?\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|bn|m|k)\b)?"
    r"(?:\s*(?:%|percent|per\s+cent))?"
)
_MONTHS = frozenset(
    "january february march april may june july august september october november "
    "december".split()
)


def figure_of_the_period(
    sentence: str, told: frozenset[str], published: str | None = None
) -> tuple[int, int] | None:
    """Where a figure is said with the one period that tells the asked figure from the other
    right after it ("down from 23 in 2023", "C$61,000 in 2023", "23 rhinos in 2023"; the year
    a report is published as its "this year": "3,975 kilograms of honey this year" in a report
    of 2024): its (start, end) in `sentence`, a measure with its unit ("5,120 kilograms");
    None when `told` is not one year or month, or no figure is said so."""
    periods = [w for w in told if re.fullmatch(r"(?:1[89]|20)\d\d", w) or w in _MONTHS]
    if len(periods) != 1 or len(told) != 1:
        return None
    said = rf"(?:in|during|for)\s+{re.escape(periods[0])}"
    if published and published[:4] == periods[0]:
        said = rf"(?:{said}|this\s+year)"
    m = re.search(
        rf"(?<![\w.,])(?P<figure>{_FIGURE})(?P<words>(?:\s+[a-z]+){{0,3}}?)\s+{said}\b",
        sentence, re.IGNORECASE,
    )
    if m is None:
        return None
    unit = re.match(r"\s+(\S+)", m.group("words"))
    if unit and _MEASURE_UNIT.fullmatch(unit.group(1)):
        # "5,120 kilograms in 2023": the figure with its unit, a measure
        return m.start("figure"), m.start("words") + unit.end(1)
    return m.span("figure")


# A sum split into parts whose last is "the rest": "Of that, £250,000 came from the Sports Fund
# and the rest was raised by members"; "Of the £4.8m, £3.5m comes from the DfE and the rest
# from developer contributions"
_THE_REST = re.compile(r"\bthe\s+(?:rest|remainder|balance)\b", re.IGNORECASE)
_MONEY = re.compile(
    r"[£€$]\s?\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?:thousand|million|billion|bn|m|k)\b)?", re.IGNORECASE
)
# The whole the parts are "of": "Of that,", "Of this,", "Of the money," (the sentence before
# says it), "Of the £4.8m,", "£4.8m, of which"
_OF_THE_WHOLE_BEFORE = re.compile(
    r"^\W*of\s+(?:that|this|it|the\s+(?:total|money|sum|cost|amount|bill))\b", re.IGNORECASE
)
_OF_THE_WHOLE_SAID = re.compile(
    r"^\W*of\s+the\s+(?P<a>" + _MONEY.pattern + r")"
    r"|(?P<b>" + _MONEY.pattern + r"),?\s+of\s+which\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Remainder:
    """What is left of a whole once its stated parts are taken away: `value` as written
    ("£170,000"), the whole and the parts as the report says them, and whether the whole is
    said in the sentence before (`whole_before`)."""

    value: str
    whole: str
    parts: tuple[str, ...]
    whole_before: bool


def remainder(question: str, sentence: str, before: str = "") -> Remainder | None:
    """For "How much did members raise for the boathouse?" over "Of that, £250,000 came from
    the Wellacombe Sports Fund and the rest was raised by members" after "The boathouse cost
    £420,000.": £170,000, the whole less its stated parts (round 61). Only for a "How much"
    question whose words (other than its first three) the clause of "the rest" says and the
    parts before it do not; only sums of money of one currency. None otherwise."""
    from rag.judge import content_words

    if not re.match(r"^\W*how\s+much\b", question, re.IGNORECASE):
        return None
    rest = _THE_REST.search(sentence)
    if rest is None:
        return None
    asked = content_words(" ".join(question.split()[3:]))
    after = re.split(r"[;.]", sentence[rest.end() :])[0]
    told_of_rest = asked & content_words(after)
    told_of_parts = asked & content_words(sentence[: rest.start()])
    if not told_of_rest or told_of_parts - told_of_rest:
        return None
    said = _OF_THE_WHOLE_SAID.search(sentence)
    if said is not None:
        whole, from_, whole_before = said.group("a") or said.group("b"), said.end(), False
    elif _OF_THE_WHOLE_BEFORE.match(sentence):
        figures = _MONEY.findall(before)
        if not figures:
            return None
        whole, from_, whole_before = figures[-1], 0, True
    else:
        return None
    parts = tuple(_MONEY.findall(sentence[from_ : rest.start()]))
    total, parted = amount(whole), [amount(p) for p in parts]
    if not parts or total is None or any(p is None for p in parted):
        return None
    currency = total[1][:1]
    if any(p[1][:1] != currency for p in parted):
        return None
    left = total[0] - sum(p[0] for p in parted)
    if left <= 0:
        return None
    return Remainder(f"{currency}{_said(left, True)}", whole, parts, whole_before)
