"""The shared vocabulary of change verbs."""

from __future__ import annotations

import re

from rag.changewords import (
    CHANGE_VERBS,
    FALL_VERBS,
    MADE_FALL_VERBS,
    MADE_RISE_VERBS,
    RISE_VERBS,
    alternation,
)


def test_rises_and_falls_are_apart_and_carry_their_irregular_forms():
    assert {"rose", "risen", "grew", "grown", "jumped"} <= RISE_VERBS
    assert {"fell", "fallen", "dropped", "slipped"} <= FALL_VERBS
    assert {"raised", "lifted"} <= MADE_RISE_VERBS and {"cut", "reduced"} <= MADE_FALL_VERBS
    assert not (RISE_VERBS & FALL_VERBS) and not (MADE_RISE_VERBS & MADE_FALL_VERBS)
    assert RISE_VERBS | FALL_VERBS | MADE_RISE_VERBS | MADE_FALL_VERBS == CHANGE_VERBS


def test_the_alternation_matches_whole_longest_forms():
    pattern = re.compile(rf"\b(?:{alternation(RISE_VERBS)})\b")
    assert pattern.search("it has risen sharply").group() == "risen"
    assert pattern.search("prices rises").group() == "rises"
    assert not pattern.search("the sunrise was early")
