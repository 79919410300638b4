"""The model as a judge of the evidence (rag.verifier): its prompt, its reading of the logits,
and how `Rag` hands its probability to the calibrated answerability model."""

from __future__ import annotations

import math

import pytest

from rag.judge import Calibrator
from rag.verifier import PASSAGE_CHARS, VERIFIER_FEATURE, chatml_prompt, yes_share
from tests.conftest import write


def test_the_prompt_holds_passage_and_question_and_opens_the_reply():
    prompt = chatml_prompt("Who won?", "Tom   Okafor won\nthe election.")
    assert "Passage: Tom Okafor won the election." in prompt
    assert "Question: Who won?" in prompt
    assert prompt.endswith("<|im_start|>assistant\n")
    long = chatml_prompt("Q?", "word " * 1000)
    assert len(long.split("Passage: ")[1].split("\n\nQuestion")[0]) <= PASSAGE_CHARS


def test_yes_share_is_a_softmax_over_the_two_word_sets():
    logits = [0.0] * 10
    logits[1], logits[2], logits[3] = 2.0, 1.0, 0.0  # yes ids 1, 2; no id 3
    p = yes_share(logits, {1, 2}, {3})
    e = math.exp
    assert p == pytest.approx((e(2) + e(1)) / (e(2) + e(1) + e(0)))
    assert yes_share(logits, set(), set()) == 0.5


class FakeVerifier:
    """Says yes when the passage holds the word 'injured'."""

    name = "fake-verifier"

    def __init__(self):
        self.calls = []

    def p_states(self, question: str, passage: str) -> float:
        self.calls.append((question, passage))
        return 0.9 if "injured" in passage else 0.1


def test_rag_gives_the_verifier_the_cited_sentences_and_the_calibrator_its_reading(
    tmp_path, make_rag
):
    from rag.api import Rag
    from tests.conftest import fake_settings
    from tests.fakes import FakeEmbedder, FakeReranker

    write(tmp_path / "in" / "storm.md",
          "---\ntitle: Storm\ndate: 2024-10-20\n---\nNo one was injured in the storm, the fire "
          "service said.\n\nThe pier will stay closed.\n")

    def rag_with(base: Calibrator, **settings) -> tuple[Rag, FakeVerifier]:
        verifier = FakeVerifier()
        # The verified calibrator reads the verifier alone: confidence follows its reading.
        verified = Calibrator(weights={VERIFIER_FEATURE: 4.0}, intercept=0.0,
                              means={VERIFIER_FEATURE: 0.5}, scales={VERIFIER_FEATURE: 0.2})
        rag = Rag(fake_settings(tmp_path, verifier="fake", **settings), embedder=FakeEmbedder(),
                  reranker=FakeReranker(), calibrator=base, verifier=verifier,
                  verified_calibrator=verified)
        return rag, verifier

    question = "How many people were injured in the storm?"
    unsure = Calibrator(weights={}, intercept=0.0)  # p = 0.5: inside the band
    rag, verifier = rag_with(unsure)
    rag.ingest([tmp_path / "in"])
    answer = rag.ask(question)
    assert verifier.calls and "injured" in verifier.calls[-1][1]
    assert answer.signals[VERIFIER_FEATURE] == 0.9
    assert answer.confidence == pytest.approx(1 / (1 + math.exp(-4.0 * (0.9 - 0.5) / 0.2)))
    assert "verify" in answer.timings_ms
    # A confident judgement without the model is kept, and the model is not asked ...
    sure = Calibrator(weights={}, intercept=5.0)  # p = 0.993: outside the band
    rag, verifier = rag_with(sure)
    answer = rag.ask(question)
    assert not verifier.calls and answer.confidence == pytest.approx(1 / (1 + math.exp(-5.0)))
    assert VERIFIER_FEATURE not in answer.signals
    # ... unless every answer is to be read (the dev runs its coefficients are fitted on).
    rag, verifier = rag_with(sure, verify_every_answer=True)
    assert rag.ask(question).signals[VERIFIER_FEATURE] == 0.9 and verifier.calls
    # Off (the default), nothing is asked of a model and the feature is absent.
    plain = make_rag().ask(question)
    assert VERIFIER_FEATURE not in plain.signals and "verify" not in plain.timings_ms


def test_the_verify_band():
    from rag.verifier import VERIFY_BAND, in_verify_band

    low, high = VERIFY_BAND
    assert in_verify_band(low) and in_verify_band(0.5) and in_verify_band(high)
    assert not in_verify_band(low - 0.01) and not in_verify_band(high + 0.01)


def test_an_unknown_verifier_model_is_a_clear_error():
    from rag.errors import RagError
    from rag.verifier import load_verifier

    assert load_verifier(None) is None
    with pytest.raises(RagError, match="verifier.*no-such-model"):
        load_verifier("no-such-model")


@pytest.mark.models
def test_the_packaged_verifier_tells_an_answer_from_another_fact():
    pytest.importorskip("llama_cpp", reason="the local-large extra installs llama-cpp-python")
    from rag.verifier import LocalVerifier

    verifier = LocalVerifier("qwen2.5-coder-1.5b")
    question = "How many people were injured in Storm Ingrid?"
    answered = verifier.p_states(question, "Storm Ingrid injured 14 people in Harlow Bay.")
    other = verifier.p_states(question, "Storm Ingrid brought winds of 140 km/h to Harlow Bay.")
    assert 0.0 <= other < answered <= 1.0
