"""The words news uses for a change in a figure, in one place.

Several rules read them: a short answer said as the size of a change ("falls by £1.1
million", `rag.spans`), a question's verb against the clause's ("up 6.2 percent" answers "By
how much did prices rise?"), a "By how much ...?" question (`rag.compare`) and a report that
states its change itself ("Revenue rose 4 percent to ..."). One vocabulary keeps them agreeing
on what counts as a rise or a fall.
"""

from __future__ import annotations

# Every inflected form is listed rather than derived: English doubles some consonants
# ("dropped", "slipped") and not others, and has irregular pasts ("rose", "fell", "grew").
_RISES = {
    "rise": "rise rises rose risen rising",
    "increase": "increase increases increased increasing",
    "grow": "grow grows grew grown growing",
    "gain": "gain gains gained gaining",
    "jump": "jump jumps jumped jumping",
    "climb": "climb climbs climbed climbing",
}
_FALLS = {
    "fall": "fall falls fell fallen falling",
    "decrease": "decrease decreases decreased decreasing",
    "drop": "drop drops dropped dropping",
    "slip": "slip slips slipped slipping",
}
# Verbs whose subject makes the change of something else ("raises council tax by 4.99
# percent", "cut interest rates by a quarter of a point"); their object may stand before "by".
_MADE_RISES = {
    "raise": "raise raises raised raising",
    "lift": "lift lifts lifted lifting",
    "extend": "extend extends extended extending",
    "lengthen": "lengthen lengthens lengthened lengthening",
}
_MADE_FALLS = {
    "cut": "cut cuts cutting",
    "reduce": "reduce reduces reduced reducing",
    "lower": "lower lowers lowered lowering",
    "shorten": "shorten shortens shortened shortening",
}


def _forms(*tables: dict[str, str]) -> frozenset[str]:
    return frozenset(word for table in tables for forms in table.values() for word in forms.split())


RISE_VERBS = _forms(_RISES)
"""Forms of verbs for a figure that rises by itself: "rose", "has grown", "jumped"."""
FALL_VERBS = _forms(_FALLS)
"""Forms of verbs for a figure that falls by itself: "fell", "dropped", "slipped"."""
MADE_RISE_VERBS = _forms(_MADE_RISES)
"""Forms of verbs for raising a figure: "raised", "lifts", "extended"."""
MADE_FALL_VERBS = _forms(_MADE_FALLS)
"""Forms of verbs for lowering a figure: "cut", "reduced", "shortened"."""
CHANGE_VERBS = RISE_VERBS | FALL_VERBS | MADE_RISE_VERBS | MADE_FALL_VERBS
"""Every form of every verb of change above."""


def alternation(words: frozenset[str] | set[str]) -> str:
    """A regex alternation of `words`, longest first so "risen" is not read as "rise" + "n".
    For use inside `(?:...)` with word boundaries around it."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# The participles a figure is said by as a value first given, later revised: "the £58,000 first
# estimated", "up from the £6.5 million estimated", "the 1,200 first planned"; a question asks
# the old value by them ("What was it first estimated to cost?").
FIRST_SAID = (
    "estimated|expected|forecast|budgeted|planned|quoted|predicted|projected|announced|"
    "reported|thought|proposed|valued|priced"
)
