"""What a question says that its evidence sentence contradicts.

A question can be on the topic of a sentence, share nearly all of its words, and still ask
about something the sentence does not say: "What were the *weekly* carriage fees?" over
"fixed *annual* carriage fees of £30m", "When was Warsaw ranked the *22nd* most liveable
city?" over "ranked Warsaw as the *32nd* most liveable city", "What does a receiver need to
view *unencrypted* content?" over "To view the *encrypted* content ...". The sentence's
figure, date or name is then another thing's, and the honest reply is a refusal.

These are the commonest ways an unanswerable question is written to look answered
(Rajpurkar, Jia and Liang 2018, "Know What You Don't Know: Unanswerable Questions for SQuAD",
Table 2: negation 9%, antonym 20%, entity swap 21%); they happen in news as well ("When did
the pool reopen?" over "The pool closed in March"; "What was the annual profit?" over "a
loss of £3m"). Entity swaps are read elsewhere (`rag.api`: a name the report never says).

`contradiction(question, sentence, before)` reads four kinds, each only where the question's
own word is missing from the sentence and the sentence before it:

- a negated question ("What does *not* depend on ...?", "When *didn't* Washington learn ...?")
  over a sentence that states it plainly, with no negation, refusal or opposite in it;
- another ordinal on the same word ("the 32nd most", "its second busiest port" for "the
  busiest port");
- an opposite of one of the question's words (`_OPPOSITES`: "easterly" for "westward",
  "rose" for "fell", "a loss" for "the profit"), or its negation by prefix ("encrypted" /
  "unencrypted", "anti-Chinese" / "pro-Chinese");
- another period of a rate ("annual" for "weekly", "a month" for "a year");
- a quality without the asked low degree ("also important mediators" for "the least important
  mediators");
- the question's words denied ("squaring is not more difficult than multiplication" for "What
  is more difficult than multiplication?");
- another year ("November 1347" for "In what month in 1349 ...?", "as of January 2013" for
  "As of 2014, how quickly ...?");
- another superlative of the asked noun ("the most famous work" for "the oldest work");
- another day of the week for a figure that holds every week ("on a typical weekday" for "on
  a Sunday");
- the question's figure said with another verb, the question's verb with another figure
  ("Oxygen condenses at 90.20 K, and freezes at 54.36 K" for "What condenses at 54.36 K?").

Yes/no questions are left out: there a contradiction is the answer "No" (`rag.spans.yes_no`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Contradiction:
    """The question's word (`asked`) and the sentence's word that contradicts it (`said`), both
    as written; `kind` is "negation", "ordinal", "opposite", "period", "degree", "denied",
    "year", "superlative", "day", "figure", "division" or "rank"."""

    kind: str
    asked: str
    said: str

    def describe(self) -> str:
        """A short clause for the refusal: 'the closest report says "annual", not "weekly"'."""
        if self.kind in ("negation", "division", "rank"):
            return f'the closest report says it without the question\'s "{self.asked}"'
        return f'the closest report says "{self.said}", not "{self.asked}"'


_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*")

# Pairs of opposite senses, each side every form that says it. Two-sided deeds are left out on
# purpose: in "Rovers beat City" one side won and the other lost, so "lost" in a sentence does
# not contradict "Who won?"; nor do buy/sell, give/take, lend/borrow.
_OPPOSITES: tuple[tuple[str, str], ...] = (
    ("north northern northward northwards northerly northbound",
     "south southern southward southwards southerly southbound"),
    ("east eastern eastward eastwards easterly eastbound",
     "west western westward westwards westerly westbound"),
    # ("at least" and "at most" are bounds, not superlatives: see `_BOUNDS`)
    ("most", "least fewest"),
    ("larger largest bigger biggest greater greatest",
     "smaller smallest lesser"),
    ("higher highest", "lower lowest"),
    ("older oldest", "newer newest younger youngest"),
    ("longer longest", "shorter shortest"),
    ("heavier heaviest", "lighter lightest"),
    ("strong stronger strongest", "weak weaker weakest"),
    ("fast faster fastest", "slow slower slowest"),
    ("hot hotter hottest heat warm warmer warmest", "cold colder coldest cool cooler coolest"),
    ("rich richer richest wealthy wealthier wealthiest", "poor poorer poorest"),
    ("best better", "worst worse"),
    ("complex complicated", "simple simpler simplest"),
    ("specific", "general"),
    ("maximum", "minimum"),
    ("positive", "negative"),
    ("inner", "outer"),
    ("upper", "lower"),
    ("internal", "external"),
    ("domestic", "foreign"),
    ("male men", "female women"),
    ("majority", "minority"),
    ("profit profits", "loss losses"),
    ("import imports imported", "export exports exported"),
    ("advance advances advanced advancing", "retreat retreats retreated retreating"),
    ("arrive arrives arrived arrival", "depart departs departed departure"),
    # (not "close": "close to 1,000", "a close race")
    ("open opens opened opening reopen reopens reopened reopening",
     "closes closed closing closure shut shuts"),
    ("rise rises rose risen rising increase increases increased increasing grow grows grew "
     "grown growing growth",
     "fall falls fell fallen falling decrease decreases decreased decreasing decline declines "
     "declined declining drop drops dropped dropping shrink shrinks shrank shrunk"),
    ("success successful succeeded", "failure failed unsuccessful"),
    ("lack lacks lacked lacking", "possess possesses possessed"),
)
# Qualities said after "most"/"least" whose endings `_ADJECTIVE_END` misses ("the most complex
# way"); each has its opposite in `_OPPOSITES`.
_OPPOSITE_WORDS = frozenset(
    "complex complicated simple strong weak hot cold warm cool rich poor wealthy specific "
    "general positive negative domestic foreign".split()
)
# "before" and "after" are left out too: reports place one event by another either way ("two
# days before the report was published" answers "Who resigned after the scandal?").

# Negative and refusing words: a sentence with one of them may answer a negated question.
_NEGATIVE = frozenset(
    "not never no none nor neither without cannot nobody nothing fail fails failed failure "
    "unable refuse refused refuses refusal decline declined declines lack lacks lacked lacking "
    "miss missed misses missing absent except excluding exclude excluded instead rather "
    "besides apart only yet barred banned denied deny against avoid avoided prevent prevented "
    "prevents stop stopped halt halted omit omitted dropped longer unlike".split()
)
_NEGATED_QUESTION = re.compile(r"\b(?:not|never|no longer)\b|n[’']t\b", re.I)
_NOT_A_DENIAL = re.compile(r"\b(?:not only|or not|if not|whether or not|not least)\b", re.I)

_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")

# Rates: only forms that say "per": "annual", "per week", "£30,000 a year" (not "a year ago").
_PERIODS: dict[str, tuple[str, ...]] = {
    "hour": ("hourly", "an hour", "per hour", "each hour", "every hour"),
    "day": ("daily", "a day", "per day", "each day", "every day"),
    "week": ("weekly", "a week", "per week", "each week", "every week"),
    "month": ("monthly", "a month", "per month", "each month", "every month"),
    "quarter": ("quarterly", "a quarter", "per quarter", "each quarter"),
    "year": ("annual", "annually", "yearly", "a year", "per year", "per annum", "each year",
             "every year", "a-year"),
}
# "a year ago", "a week later", "a day after the vote": times, not rates ("a year and a half"
# is one, rarely said of a rate).
_NOT_A_RATE = re.compile(
    r"^\s*(?:ago|later|earlier|after|before|since|on|in|of|or|to|from|early|late|"
    r"beforehand|afterwards)\b"
)
# "at least 40", "at most": bounds, not the superlatives the opposites read; "close to 1,000"
# is near, not shut.
_BOUNDS = re.compile(r"\bat (?:least|most)\b|\bclos(?:e|er|est) (?:to|by)\b", re.I)

# Prefixes that negate a word: "unencrypted", "non-EU", "inactive", "atypical". All but "un"
# and "non" also begin words that negate nothing ("income", "discount", "arise"), so these are
# read only before an adjective's ending.
_NEGATING_PREFIXES = ("un", "non-", "non")
_ADJECTIVE_PREFIXES = ("in", "im", "il", "ir", "dis", "a")
_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|ible|able|ent|ant|ous|ful|ar)$")


@dataclass(frozen=True)
class _Word:
    text: str  # as written
    low: str  # lower case, ordinals as words ("2nd" -> "second")
    capital: bool  # capitalised and not the text's first word: part of a name

    @property
    def ordinal(self) -> bool:
        return self.low in _ORDINAL_WORDS or bool(_ORDINAL_DIGITS.match(self.low))


def _ordinal_word(low: str) -> str:
    m = _ORDINAL_DIGITS.match(low)
    if m and 1 <= int(m.group(1)) <= len(_ORDINAL_WORDS):
        return _ORDINAL_WORDS[int(m.group(1)) - 1]
    return low


def _tokens(text: str) -> list[_Word]:
    out = []
    for i, m in enumerate(_WORD.finditer(_BOUNDS.sub(" ", text))):
        w = m.group(0).replace("’", "'")
        out.append(_Word(w, _ordinal_word(w.lower()), i > 0 and w[0].isupper()))
    return out


@lru_cache(maxsize=1)
def _opposite_stems() -> dict[str, frozenset[str]]:
    from rag.judge import _stem

    out: dict[str, set[str]] = {}
    for left, right in _OPPOSITES:
        ls, rs = {_stem(w) for w in left.split()}, {_stem(w) for w in right.split()}
        for s in ls:
            out.setdefault(s, set()).update(rs)
        for s in rs:
            out.setdefault(s, set()).update(ls)
    return {k: frozenset(v) for k, v in out.items()}


def _same_sense(stem: str) -> frozenset[str]:
    """Every stem of the side `stem` is on ("rose" is "rise"'s side), itself included."""
    opposites = _opposite_stems()
    return frozenset({stem}.union(*(opposites.get(o, ()) for o in opposites.get(stem, ()))))


def _prefix_negation(word: str, other: str) -> bool:
    """Is `other` `word` negated by a prefix ("unencrypted" of "encrypted"), or the reverse?
    Both lower case."""
    for short, long in ((word, other), (other, word)):
        if len(short) < 5 or not long.endswith(short):
            continue
        prefix = long[: -len(short)]
        if prefix in _NEGATING_PREFIXES:
            return True
        if prefix in _ADJECTIVE_PREFIXES and _ADJECTIVE_END.search(short):
            return True
    return (word.startswith("pro-") and other == "anti-" + word[4:]) or (
        word.startswith("anti-") and other == "pro-" + word[5:]
    )


def _negation(question: str, asked: list[_Word], window: list[_Word]) -> Contradiction | None:
    from rag.judge import _stem
    from rag.spans import question_type

    # "Why didn't the bus run?" is answered by a cause ("cancelled because of snow"), which
    # needs no negation of its own.
    if question_type(question) in ("why", "how"):
        return None
    denial = _NEGATED_QUESTION.search(_NOT_A_DENIAL.sub(" ", question))
    if not denial:
        return None
    said = [w.low for w in window]
    if set(said) & _NEGATIVE or any(w.endswith("n't") for w in said):
        return None
    said_stems = {_stem(w) for w in said}
    opposites = _opposite_stems()
    # "Which roads are not open?" over "The A61 remains closed": the opposite says the "not".
    if any(opposites.get(_stem(w.low), frozenset()) & said_stems for w in asked):
        return None
    if any(_prefix_negation(w.low, s) for w in asked for s in said):
        return None
    return Contradiction("negation", denial.group(0), "")


def _ordinal(asked: list[_Word], sentence: list[_Word]) -> Contradiction | None:
    from rag.judge import _stem

    said_ordinals = {w.low for w in sentence if w.ordinal}
    for i, w in enumerate(asked[:-1]):
        head = asked[i + 1]
        if w.ordinal:
            if w.low in said_ordinals:
                continue
            for j, s in enumerate(sentence[:-1]):
                if s.ordinal and _stem(sentence[j + 1].low) == _stem(head.low):
                    return Contradiction(
                        "ordinal", f"{w.text} {head.text}", f"{s.text} {sentence[j + 1].text}"
                    )
            continue
        # "the busiest container port" over "the United States' second busiest container port"
        if w.low in ("the", "its", "their", "his", "her") and head.low.endswith("est"):
            at = [j for j, s in enumerate(sentence) if s.low == head.low]
            noun = asked[i + 2].low if i + 2 < len(asked) else ""
            with_noun = [
                j for j in at
                if j + 1 < len(sentence) and noun and _stem(sentence[j + 1].low) == _stem(noun)
            ]
            # "the busiest commercial port; ... the second busiest container port" for "the
            # busiest container port": the superlative said of the asked noun is what counts
            at = with_noun or at
            if at and all(j > 0 and sentence[j - 1].ordinal for j in at):
                j = at[0]
                return Contradiction(
                    "ordinal", head.text, f"{sentence[j - 1].text} {sentence[j].text}"
                )
    return None


def _same_place_in_a_name(asked: list[_Word], i: int, sentence: list[_Word], j: int) -> bool:
    """May the sentence's word j stand for the question's word i? A name's word only in the
    same name around it: "Sheffield South East" is contradicted by "Sheffield North East", but
    "West Ham" not by "east London", nor "South Carolina" by "North America"."""
    w, s = asked[i], sentence[j]
    if not (w.capital or s.capital):
        return True
    if w.capital != s.capital:
        return False

    def low(words: list[_Word], k: int) -> str | None:
        return words[k].low if 0 <= k < len(words) else None

    def name_word(words: list[_Word], k: int) -> str | None:
        return words[k].low if 0 <= k < len(words) and words[k].capital else None

    return any(
        (near := name_word(asked, i + d)) is not None and near == name_word(sentence, j + d)
        for d in (-1, 1)
    )


# "falls short", "fell well short": an idiom of missing a mark, no fall
_SHORT_OF = frozenset({"short", "short of", "far short", "well short", "just short"})


def _opposite(
    asked: list[_Word], sentence: list[_Word], window: list[_Word]
) -> Contradiction | None:
    from rag.judge import _STOP, _stem

    opposites = _opposite_stems()
    asked_stems = {_stem(w.low) for w in asked}
    window_stems = {_stem(w.low) for w in window}
    for i, w in enumerate(asked):
        stem = _stem(w.low)
        if (w.low in _STOP and stem not in opposites) or window_stems & _same_sense(stem):
            continue  # said, perhaps in another form ("rose" for "risen")
        if i == 1 and asked[0].low == "how":
            # "How fast was it travelling?" asks a speed, which "unable to slow it" does not
            # deny; nor does "weak" deny "How strong were the gusts?" (only the question's own
            # how: "What has sizes depending on how weak the push is?" asks of weakness)
            continue
        for j, s in enumerate(sentence):
            s_stem = _stem(s.low)
            if s_stem in asked_stems or not _same_place_in_a_name(asked, i, sentence, j):
                continue
            if " ".join(t.low for t in sentence[j + 1 : j + 3]) in _SHORT_OF:
                continue  # "the offer falls far short of inflation": no fall of anything
            if s_stem in opposites.get(stem, ()) or _prefix_negation(w.low, s.low):
                return Contradiction("opposite", w.text, s.text)
    return None


def _degree(asked: list[_Word], sentence: list[_Word]) -> Contradiction | None:
    """"the least important mediators" over "also important mediators": the sentence says the
    quality but not its degree. Only "least" before an adjective's ending ("least popular",
    not "least votes"), and only where the sentence has no superlative at all: "least" turns
    the scale round, while "most" only raises it, and a report saying "famous for Hollywood"
    does answer "What is it most famous for?"."""
    if any(s.low in ("most", "least") or s.low.endswith("est") and len(s.low) > 5
           for s in sentence):
        return None
    said = {s.low for s in sentence}
    for i, w in enumerate(asked[:-1]):
        quality = asked[i + 1].low
        if w.low == "least" and _ADJECTIVE_END.search(quality) and quality in said:
            return Contradiction("degree", f"{w.text} {asked[i + 1].text}", asked[i + 1].text)
    return None


# A figure as a question gives it ("54.36", "3-1" is two), not a year (`_another_year` reads
# those)
_FIGURE = re.compile(r"(?<![\w.-])\d+(?:[.,:–-]\d+)*(?![\w-])")
# Where a sentence's clauses meet: "Oxygen condenses at 90.20 K, and freezes at 54.36 K"
_CLAUSE_BREAK = re.compile(r",|;|\band\b|\bbut\b|\bwhile\b|\bwhereas\b")


def _figure_of_another_verb(question: str, sentence: str) -> Contradiction | None:
    """"What condenses at 54.36 K?" over "Oxygen condenses at 90.20 K, and freezes at 54.36
    K": the question's figure stands in a clause that says none of the question's words, and
    a word of the question the figure's clause lacks stands in another clause (with another
    figure). Then the figure is of another deed."""
    from rag.judge import _STOP, _stem

    def stems(text: str) -> set[str]:
        return {
            _stem(w.lower()) for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text)
            if len(w) > 2 and w.lower() not in _STOP
        }

    asked = stems(_FIGURE.sub(" ", question))
    clauses = _CLAUSE_BREAK.split(sentence)
    for figure in _FIGURE.findall(question):
        if _YEAR.fullmatch(figure):
            continue
        at = re.compile(rf"(?<![\w.]){re.escape(figure)}(?!\w)")
        own = [c for c in clauses if at.search(c)]
        if not own:
            continue
        own_words = set().union(*(stems(c) for c in own))
        # (only clauses with a figure of their own: "City won the league, and beat Rovers 3-1"
        # does not put "won" with another score)
        others = set().union(
            *(stems(c) for c in clauses if c not in own and _FIGURE.search(c))
        )
        missing = (asked & others) - own_words
        if missing and not asked & own_words:
            word = next(
                w for w in re.findall(r"[A-Za-z][A-Za-z'-]+", question)
                if _stem(w.lower()) in missing
            )
            said = re.sub(r"\s*\([^)]*$", "", own[0]).strip(" .")  # (an unclosed bracket)
            return Contradiction("figure", f"{word} ... {figure}", said)
    return None


# "-est" words that are no superlatives, and superlatives of time, which `rag.timeexpr` reads
_NOT_SUPERLATIVE = frozenset(
    "interest forest harvest protest request contest suggest arrest invest honest modest west "
    "rest test guest nest chest quest digest manifest priest conquest latest earliest newest "
    "least".split()
)
# Superlatives that say one thing in news ("the busiest route" is its most popular one)
_LIKE_SUPERLATIVES = (
    "popular busy", "important significant", "common frequent", "expensive costly dear",
    "famous notable known", "serious severe bad", "successful good",
)


def _bases(superlative: str) -> frozenset[str]:
    """The forms an "-est" word may come from: "busiest" -> busy, "biggest" -> big, "largest"
    -> large (and the stems that are no words, which match nothing)."""
    if superlative.endswith("iest"):
        return frozenset({superlative[:-4] + "y"})
    base = superlative[:-3]
    forms = {base, base + "e"}
    if len(base) > 2 and base[-1] == base[-2]:
        forms.add(base[:-1])
    return frozenset(forms)


def _superlatives(words: list[_Word]) -> list[tuple[int, frozenset[str], int]]:
    """(first word, the quality's plain forms, index of the noun it is said of) for each
    "oldest work" or "most famous work" in `words`."""
    found = []
    for i, w in enumerate(words[:-1]):
        if w.low in ("most", "least") and i + 2 < len(words) and (
            _ADJECTIVE_END.search(words[i + 1].low)
            # "the most complex way": a quality with a known opposite, whatever its ending
            or words[i + 1].low in _OPPOSITE_WORDS
        ):
            found.append((i, frozenset({words[i + 1].low}), i + 2))
        elif (
            w.low.endswith("est") and len(w.low) > 5 and w.low not in _NOT_SUPERLATIVE
            and not w.capital and (i == 0 or words[i - 1].low != "most")
        ):
            found.append((i, _bases(w.low), i + 1))
    return found


def _superlative(asked: list[_Word], sentence: list[_Word]) -> Contradiction | None:
    """"What is the oldest work of Norman art?" over "the most famous work of Norman art is the
    Bayeux Tapestry": the sentence says another superlative of the asked noun and never the
    asked one. A superlative of the same sense agrees ("largest" for "biggest"), and so does
    one the sentence says anywhere ("the oldest and most famous work")."""
    from rag.judge import SAME_SENSE, _stem

    said = {w.low for w in sentence}
    said |= {b for w in sentence if w.low.endswith("est") for b in _bases(w.low)}
    for i, quality, noun_at in _superlatives(asked):
        # (its opposites' side holds its own other forms: "biggest" is "largest")
        alike = set(quality).union(*(_same_sense(_stem(q)) for q in quality))
        for group in (*SAME_SENSE, *(frozenset(g.split()) for g in _LIKE_SUPERLATIVES)):
            if quality & group:
                alike |= group
        if alike & (said | {_stem(w) for w in said}):
            continue
        noun = _stem(asked[noun_at].low)
        for j, _quality, said_at in _superlatives(sentence):
            if _stem(sentence[said_at].low) == noun:
                return Contradiction(
                    "superlative",
                    " ".join(w.text for w in asked[i : noun_at + 1]),
                    " ".join(w.text for w in sentence[j : said_at + 1]),
                )
    return None


def _the_other_extreme_answered(asked: list[_Word], answer: str) -> Contradiction | None:
    """"What is the most complex way ...?" answered "simplest approach": the answer itself is
    the opposite superlative of the asked one, whatever the sentences around it say."""
    # (a word after the answer, so a superlative ending it is read with its noun slot)
    answered = _tokens(answer) + [_Word(".", ".", False)]
    for found in _superlatives(asked):
        contradicted = _the_other_end_in(asked, found, answered)
        if contradicted is not None:
            return contradicted
    return None


def _the_other_end_in(
    asked: list[_Word], found: tuple[int, frozenset[str], int], words: list[_Word]
) -> Contradiction | None:
    """The first superlative of `words` at the other end of the scale from the asked one
    (`found`, as `_superlatives` gives it: "youngest finisher" for "oldest runner"), or None."""
    from rag.judge import _stem

    i, quality, noun_at = found
    opposites = _opposite_stems()
    other = {o for w in (asked[i].low, *quality) for o in opposites.get(_stem(w), ())}
    for j, said_quality, said_at in _superlatives(words):
        if {_stem(words[j].low), *map(_stem, said_quality)} & other:
            return Contradiction(
                "superlative",
                " ".join(w.text for w in asked[i : noun_at + 1]),
                " ".join(w.text for w in words[j : said_at + 1]).rstrip(" ."),
            )
    return None


def other_extreme(question: str, cited: Sequence[str], article: str = "") -> Contradiction | None:
    """"Who was the oldest runner?" over a report that says only "The youngest finisher ...
    was 19-year-old Amira Shah": the cited sentences say the opposite superlative
    ("youngest", "smallest", "lowest") and neither they nor the answer's `article` ever say
    the asked one or one of its sense ("biggest" for "largest"). The reply names the other
    end of the scale, or someone the report never places on it. Pure function."""
    from rag.judge import SAME_SENSE, _stem
    from rag.spans import question_type

    if question_type(question) == "yes-no":
        return None
    said_anywhere = {w.low for w in _tokens(" ".join((*cited, article)))}
    said_anywhere |= {b for w in said_anywhere if w.endswith("est") for b in _bases(w)}
    said_anywhere |= {_stem(w) for w in said_anywhere}
    asked = _tokens(question)
    for i, quality, noun_at in _superlatives(asked):
        alike = set(quality).union(*(_same_sense(_stem(q)) for q in quality)) | {asked[i].low}
        for group in (*SAME_SENSE, *(frozenset(g.split()) for g in _LIKE_SUPERLATIVES)):
            if quality & group:
                alike |= group
        if alike & said_anywhere:
            continue
        for text in cited:
            contradicted = _the_other_end_in(asked, (i, quality, noun_at), _tokens(text))
            if contradicted is not None:
                return contradicted
    return None


_DENIAL_ADVERBS = frozenset("even yet ever always also actually currently".split())


# Where a sentence turns to another clause: "Rovers have never won the cup, but City won it"
_CONTRAST = re.compile(r",\s*(?:but|while|whereas|although|though)\b|;|\bbut\b", re.I)


def _denied(
    asked: list[_Word], sentence: list[_Word], text: str = "", answer: str = ""
) -> Contradiction | None:
    """"What is more difficult than multiplication?" over "squaring is not more difficult than
    multiplication": the sentence denies two or more of the question's words in a row, and
    never says them without the denial. An answer in a clause of its own that denies nothing
    ("Rovers have never won the cup, but City won it in 1998" for "Which team has won the
    cup?") is no denial (`text`: the sentence; `answer`: the short answer)."""
    from rag.judge import _stem

    if answer and any(
        answer in clause and not _NEGATED_QUESTION.search(clause)
        for clause in _CONTRAST.split(text)
    ):
        return None
    if answer and re.search(rf"\b(?:until|till)\s+{re.escape(answer)}", text) and re.match(
        r"\W*when\b", " ".join(w.low for w in asked)
    ):
        # "Visitors will not be able to see the cub until late August" answers "When will
        # visitors be able to see the cub?": the end of the wait is when they will
        return None

    moment = re.sub(r"^(?:after|beyond|past)\s+", "", answer)
    if answer and re.search(
        r"\b(?:stop|stops|stopped|cease|ceases|end|ends|no\s+longer)\b",
        " ".join(w.low for w in asked),
    ) and re.search(rf"\b(?:after|beyond|past)\s+{re.escape(moment)}", text):
        # "The courts must not be used after 9pm" answers "What time must the courts stop
        # being used?": the moment the use ends is when it stops
        return None
    # (stems: "not even having a crime against" denies "have a crime against")
    low = [_stem(w.low) for w in asked]
    said = [_stem(s.low) for s in sentence]

    def run_at(k: int) -> int:
        # the longest run of the question's words said from sentence word k on
        best = 0
        for i in range(len(low)):
            n = 0
            while k + n < len(said) and i + n < len(low) and said[k + n] == low[i + n]:
                n += 1
            best = max(best, n)
        return best

    for k, s in enumerate(said[:-2]):
        if s not in ("not", "never") and not s.endswith("n't"):
            continue
        # "not even having", "never yet won": the denial reaches past one adverb
        start = k + 2 if said[k + 1] in _DENIAL_ADVERBS else k + 1
        n = run_at(start)
        if n < 2:
            continue
        phrase = said[start : start + n]
        elsewhere = any(
            said[j : j + n] == phrase and (j == 0 or said[j - 1] not in ("not", "never"))
            for j in range(len(said)) if j != start
        )
        if not elsewhere:
            words = " ".join(w.text for w in sentence[k : start + n])
            return Contradiction("denied", " ".join(w.text for w in sentence[start : start + n]),
                                 words)
    return None


def _periods_of(words: list[_Word]) -> set[str]:
    low = [w.low for w in words if not w.capital]  # not the Daily Mail
    text = " " + " ".join(low) + " "
    found = set()
    for name, forms in _PERIODS.items():
        for form in forms:
            at = text.find(f" {form} ")
            while at >= 0:
                after = text[at + len(form) + 2:]
                if not form.startswith(("a ", "an ")) or not _NOT_A_RATE.match(after):
                    found.add(name)
                    break
                at = text.find(f" {form} ", at + 1)
    return found


def _period(asked: list[_Word], sentence: list[_Word], window: list[_Word]) -> Contradiction | None:
    wanted = _periods_of(asked)
    if not wanted or wanted & _periods_of(window):
        return None
    said = _periods_of(sentence) - wanted
    if not said:
        return None
    return Contradiction("period", _PERIODS[min(wanted)][0], _PERIODS[min(said)][0])


_PARTICLE_OPPOSITES = {"on": "off", "off": "on", "in": "out", "out": "in", "up": "down",
                       "down": "up"}


# The divisions of a contest that news marks when it means them: an unmarked "won the Carran
# Marathon" is the open (in practice the men's) race, so "men's" and "senior" are not here.
_DIVISION = re.compile(
    r"(?:women|women's|womens|female|ladies|ladies'|girls|girls'|boys|boys'|wheelchair|"
    r"junior|juniors|veterans|veterans'|veteran|masters|youth|para|paralympic|mixed|amateur|"
    r"under-\d+|u\d+)"
)
_CONTEST = re.compile(
    r"(?:race|races|final|finals|marathon|half-marathon|title|event|events|competition|"
    r"championship|championships|singles|doubles|category|section|division|league|cup|"
    r"tournament|trophy|prize|award|sprint|relay|stage|class|tour)"
)
# The rank of an office: "deputy leader", "vice-chair", "acting head", "shadow chancellor".
_RANK = re.compile(r"(?:deputy|vice|assistant|acting|interim|shadow|former|associate|co|joint)")
_OFFICE = re.compile(
    r"(?:leader|chair|chairman|chairwoman|chairperson|president|minister|director|editor|"
    r"secretary|governor|mayor|manager|coach|head|chief|captain|principal|headteacher|"
    r"commissioner|speaker|chancellor|premier|officer|executive|commander|superintendent|"
    r"constable|treasurer|dean|provost|registrar|leaders|chairs|ministers|directors)"
)


def _stem(word: str) -> str:
    return word.rstrip("'’s") or word


def _unsaid_qualifier(asked: list[_Word], window: list[_Word]) -> Contradiction | None:
    """A division of a contest or a rank of an office that the question puts before its noun
    ("Who won the women's race?", "the wheelchair marathon", "Who is the deputy leader?",
    "the vice-chair") and neither the sentence nor the one before it says: the sentence tells
    of another race or office (the open race, the leader)."""
    words: list[tuple[str, bool]] = []  # (lower-case word, part of a name)
    for w in asked:
        parts = w.low.split("-") if _RANK.fullmatch(w.low.split("-")[0]) else [w.low]
        words += [(p, w.capital) for p in parts]
    said = {_stem(p) for w in window for p in [w.low, *w.low.split("-")]}
    for i, (word, capital) in enumerate(words[:-1]):
        if capital:
            continue  # "the Women's Tour", "Vice Admiral Jones": a name
        following = [w for w, _ in words[i + 1 : i + 3]]
        if _DIVISION.fullmatch(word) and any(_CONTEST.fullmatch(w) for w in following):
            kind = "division"
        elif _RANK.fullmatch(word) and following and _OFFICE.fullmatch(following[0]):
            kind = "rank"
        else:
            continue
        if _stem(word) not in said:
            return Contradiction(kind, word, "")
    return None


def _opposite_particle(asked: list[_Word], sentence: list[_Word]) -> Contradiction | None:
    """"How long does the battery last with wireless switched on?" over "runs for up to six
    weeks ... with wireless switched off": the question's verb said with the opposite
    particle, and never with the asked one."""
    from rag.judge import _stem

    said = [(_stem(w.low), w.low) for w in sentence]
    for i, w in enumerate(asked[:-1]):
        particle = asked[i + 1].low
        if particle not in _PARTICLE_OPPOSITES or not w.low.isalpha() or len(w.low) < 4:
            continue
        verb = _stem(w.low)
        # (not "out of", a preposition: "tricked out of £86,000" is no opposite of "tricked in
        # the Brackenfield fraud")
        pairs = {
            (said[j][0], said[j + 1][1]) for j in range(len(said) - 1)
            if not (j + 2 < len(said) and said[j + 2][1] == "of")
        }
        other = _PARTICLE_OPPOSITES[particle]
        if (verb, other) in pairs and (verb, particle) not in pairs:
            return Contradiction("opposite", f"{w.text} {asked[i + 1].text}", f"{w.text} {other}")
    return None


# A day a figure holds on every week ("on a typical weekday", "on Sundays", "at weekends"), not
# the day something happened ("on Sunday")
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend"
_HABITUAL_DAY = re.compile(
    rf"\b(?:a|an|each|every|per|any)\s+(?:(?:typical|average|normal|usual|ordinary)\s+)?"
    rf"({_DAYS})\b|\b({_DAYS})s\b",
    re.I,
)


def _another_day(question: str, sentence: str) -> Contradiction | None:
    """"How many passengers does it carry on a Sunday?" over "The operator carries about
    310,000 passengers on a typical weekday": a figure of every week's other day. Only days
    said as habits on both sides; a weekday holds every day from Monday to Friday."""
    def days(text: str) -> set[str]:
        return {(m.group(1) or m.group(2)).lower() for m in _HABITUAL_DAY.finditer(text)}

    asked, said = days(question), days(sentence)
    if not asked or not said or asked & said:
        return None
    if any(re.search(rf"\b{day}s?\b", sentence, re.I) for day in asked):
        # "Sunday passenger numbers were too low ..., with an average of 410 passengers a day,
        # compared with 5,600 on weekdays": the asked day is said too, as a describing word
        return None
    weekdays = {"monday", "tuesday", "wednesday", "thursday", "friday"}
    weekend = {"saturday", "sunday"}
    if "weekday" in said and asked <= weekdays or "weekend" in said and asked <= weekend:
        return None
    def written(day: str) -> str:
        return day if day in ("weekday", "weekend") else day.capitalize()

    return Contradiction("day", written(min(asked)), written(min(said)))


# A year as a question names it ("in 1349", "as of 2014"): four digits, not a part of "1,349"
# or "£2014".
_YEAR = re.compile(r"(?<![\d,.£$€/])\b(1[0-9]{3}|20[0-9]{2})\b(?![,.]\d|/)")
# A span of years that holds the asked one: "1348-50", "1348–1350", "from 1348 to 1350",
# "between 1348 and 1350"; a decade, "the 1340s".
_YEAR_SPAN = re.compile(
    r"\b(1[0-9]{3}|20[0-9]{2})\s*(?:-|–|—|to|until|and)\s*(\d{2,4})\b"
)
_DECADE = re.compile(r"\b(1[0-9]{2}|20[0-9])0s\b")
# "as of January 2013", "as at 2013": the time a figure is told for.
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+(?:\w+\s+){0,2}?(1[0-9]{3}|20[0-9]{2})\b", re.I)


def _years_told(text: str) -> set[int]:
    """The years `text` says, spans and decades spelled out year by year."""
    told = {int(y) for y in _YEAR.findall(text)}
    for first, last in _YEAR_SPAN.findall(text):
        start = int(first)
        scale = 10 ** len(last)
        end = int(last) if len(last) == 4 else start // scale * scale + int(last)
        if start < end <= start + 200:
            told |= set(range(start, end + 1))
    for decade in _DECADE.findall(text):
        told |= set(range(int(decade) * 10, int(decade) * 10 + 10))
    return told


# "In what month in 1349 ...?", "On which day of 2020 ...?": a part of the year asked for.
_WITHIN_A_YEAR = re.compile(
    r"\b(?:what|which)\s+(?:month|day|week|season|date|time)\s+(?:of|in)\s+(\d{4})\b", re.I
)


def _another_year(question: str, sentence: str, before: str, answer: str) -> Contradiction | None:
    """A year the question places its fact in ("In what month in 1349 ...?", "As of 2014, how
    quickly ...?") that neither the sentence nor the one before says, where the answer is a
    date of another year ("November 1347") or the sentence tells its figure as of another year
    ("as of January 2013"). A sentence merely naming another year elsewhere ("up from 4.1% in
    2022") contradicts nothing: its fact may still be of the asked year's report."""
    asked = {int(y) for y in _YEAR.findall(question)}
    within = _WITHIN_A_YEAR.search(question)
    if within and set(_YEAR.findall(answer)) - {within.group(1)}:
        # "In what month in 1349 ...?" answered "November 1347": the answer's own year is
        # another, whatever else the sentence dates by 1349
        return Contradiction("year", within.group(1), answer)
    if not asked or asked & _years_told(f"{before} {sentence}"):
        return None
    year = str(min(asked))
    if set(_YEAR.findall(answer)) - {year}:
        return Contradiction("year", year, answer)
    as_of = _AS_OF.search(sentence)
    if as_of and _AS_OF.search(question):
        return Contradiction("year", year, as_of.group(0))
    return None


def _the_opposite_lasts_until(question: str, sentence: str, answer: str) -> bool:
    """Does a when-question's answer end a state opposite to the asked one ("will stay closed
    until March 2025" for "When will the velodrome reopen?", "suspended until 1 June" for
    "When will the walks resume?")? Then the date is when the asked one begins: no
    contradiction."""
    from rag.spans import question_type

    if question_type(question) != "when" or not answer:
        return False
    bare = re.sub(r"^(?:until|till|to)\s+", "", answer.strip(), flags=re.IGNORECASE)
    return bool(re.search(
        rf"\b(?:until|till)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?{re.escape(bare)}",
        sentence, re.IGNORECASE,
    ))


def contradiction(
    question: str, sentence: str, before: str = "", answer: str = ""
) -> Contradiction | None:
    """The first way `sentence` contradicts what `question` says, or None.

    `before` is the sentence before it in its article ("" when unknown): a word of the question
    said there is not missing. `answer` is the short answer taken from `sentence` ("" when
    none): a date of another year than the asked one contradicts it. Only the question's own
    words count as asked: a contradiction of the reply's other sentences is not read. Yes/no
    questions give None (`rag.spans.yes_no` reads them). Pure function of the four strings.
    """
    from rag.spans import one_line, question_type

    sentence, before = one_line(sentence), one_line(before)

    if question_type(question) == "yes-no":
        return None
    asked, said = _tokens(question), _tokens(sentence)
    window = _tokens(before) + said
    if _NEGATED_QUESTION.search(_NOT_A_DENIAL.sub(" ", question)):
        # "Which roads are not open?" is answered by "remains closed": an opposite agrees.
        return (
            _negation(question, asked, window)
            or _ordinal(asked, said)
            or _another_year(question, sentence, before, answer)
        )
    return (
        _another_year(question, sentence, before, answer)
        or _ordinal(asked, said)
        or (None if _the_opposite_lasts_until(question, sentence, answer) else _opposite(
            asked, said, window
        ))
        or _period(asked, said, window)
        or _degree(asked, said)
        or _superlative(asked, said)
        or _the_other_extreme_answered(asked, answer)
        or _another_day(question, sentence)
        or _opposite_particle(asked, said)
        or _figure_of_another_verb(question, sentence)
        or _denied(asked, said, sentence, answer)
        or _unsaid_qualifier(asked, window)
    )
