"""Evidence selection: sentence scoring with context, answer types, refusal (fake reranker)."""

from __future__ import annotations

import pytest

from rag.evidence import fits_answer_type, select_evidence
from rag.types import Chunk, Hit
from tests.fakes import FakeReranker


@pytest.mark.parametrize(
    ("question", "sentence", "fits"),
    [
        ("How many days did the uprising last?", "It lasted 63 days.", True),
        ("How many days did the uprising last?", "It lasted for months on end.", False),
        ("How much did profits rise?", "Profits rose by a third.", False),
        ("How much did profits rise?", "Profits rose 76% to $1.13bn.", True),
        ("When did the war end?", "It ended in 1945.", True),
        ("When did the war end?", "It ended on Monday.", True),
        ("When did the war end?", "It ended in defeat.", False),
        ("Who was replaced after the Kharkiv retreat?", "Gen Roman Berdnikov was replaced.", True),
        ("Who was replaced after the Kharkiv retreat?", "The Kharkiv retreat was a rout.", False),
        ("Where did the storm hit?", "The storm hit Florida on Monday.", True),
        ("Why did the storm hit?", "because of warm water", True),  # no type: never penalised
    ],
)
def test_fits_answer_type(question, sentence, fits):
    assert fits_answer_type(question, sentence) is fits


def hit(text: str, article: str = "a", start: int = 0) -> Hit:
    return Hit(Chunk(f"{article}-{start}", article, 0, text, start, start + len(text)), 1.0, "T")


def test_sentence_after_the_answer_does_not_inherit_its_score():
    text = "Storm damage was counted in Leeds. Repairs will cost 40 million pounds. Rain continued."
    evidence = select_evidence("How much will repairs cost?", [hit(text)], FakeReranker(), 0)
    assert [e.sentence for e in evidence.sentences] == ["Repairs will cost 40 million pounds."]
    assert text[evidence.sentences[0].start : evidence.sentences[0].end] == (
        "Repairs will cost 40 million pounds."
    )


def test_a_sentence_that_needs_the_one_before_brings_it_along():
    text = "Storm damage was counted in Leeds. Repairs there will cost 40 million. Rain continued."
    evidence = select_evidence(
        "How much will repairs in Leeds cost?", [hit(text)], FakeReranker(), 0, max_sentences=1
    )
    assert [e.sentence for e in evidence.sentences] == [
        "Repairs there will cost 40 million.",
        "Storm damage was counted in Leeds.",
    ]


def test_answer_type_penalty_prefers_the_sentence_that_can_answer():
    text = "The new bridge over the river opened. The bridge over the river cost 9 million."

    def best(penalty: float):
        question = "How much did the new bridge over the river cost?"
        return select_evidence(
            question, [hit(text)], FakeReranker(), -10, max_sentences=1, type_penalty=penalty
        )

    plain, typed = best(0.0), best(3.0)
    assert typed.sentences[0].sentence == "The bridge over the river cost 9 million."
    assert typed.best_score >= plain.best_score - 3.0


def test_refusal_below_threshold_and_with_no_candidates():
    weak = select_evidence("Who won the cup?", [hit("Rain fell in Leeds.")], FakeReranker(), 0.0)
    assert weak.refused and weak.best_score < 0
    empty = select_evidence("Who won the cup?", [], FakeReranker(), 0.0)
    assert empty.refused and empty.sentences == ()
