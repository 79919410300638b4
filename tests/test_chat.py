"""Follow-up rewriting, answer-sentence attribution, and model answers through a fake back-end."""

from __future__ import annotations

import pytest

from rag import answerers
from rag.answer import attribute, declines, verified_answer
from rag.chat import Conversation, Turn, entities, rewrite_followup
from rag.types import Answer, Evidence
from tests.conftest import CORPUS
from tests.fakes import evidence_sentence

KHARKIV_ANSWER = (
    "It reported that Gen Roman Berdnikov had been replaced after less than three "
    "weeks in office, but there was no confirmation from Russia. [1]"
)
FIRST = Turn(
    "Who was replaced after the Kharkiv retreat?",
    "Who was replaced after the Kharkiv retreat?",
    KHARKIV_ANSWER,
)


@pytest.mark.parametrize(
    ("question", "history", "expected"),
    [
        (
            "How long had he been in office?",
            [FIRST],
            "How long had Gen Roman Berdnikov been in office?",
        ),
        ("Who replaced him?", [FIRST], "Who replaced Gen Roman Berdnikov?"),
        ("What about Russia?", [FIRST], "Who was replaced after the Kharkiv retreat (Russia)?"),
        ("Where is Kharkiv?", [FIRST], "Where is Kharkiv?"),  # already standalone
        ("How long had he been in office?", [], "How long had he been in office?"),
        (
            "What were its sales?",
            [
                Turn(
                    "How much did Time Warner's profit rise?",
                    "How much did Time Warner's profit rise?",
                    "Quarterly profits at US media giant TimeWarner jumped 76% [1]",
                )
            ],
            "What were Time Warner’s sales?",
        ),
        (
            "What did she say next?",
            [
                Turn(
                    "Who leads the inquiry?",
                    "Who leads the inquiry?",
                    "The inquiry is led by Dame Janet Smith, a former judge. [1]",
                )
            ],
            "What did Dame Janet Smith say next?",
        ),
    ],
)
def test_rewrite_followup(question, history, expected):
    assert rewrite_followup(question, history) == expected


def test_pronoun_resolved_from_cited_evidence_when_the_answer_lacks_the_name():
    # A model's phrasing may drop the name the evidence gives; the follow-up still finds it.
    phrased = Turn(
        FIRST.question,
        FIRST.standalone,
        "The general in charge of the western army group was replaced. [1]",
        evidence=KHARKIV_ANSWER,
    )
    assert rewrite_followup("How long had he been in office?", [phrased]) == (
        "How long had Gen Roman Berdnikov been in office?"
    )


def test_only_plainly_personal_names_are_taken_from_the_wider_passage():
    previous = Turn(
        "Who founded the Office of Western Medicine?",
        "Who founded the Office of Western Medicine?",
        "The physician Jesus the Interpreter founded it in 1263. [1]",
        evidence="The physician Jesus the Interpreter founded it in 1263.",
        passage="Nestorian Christians were tolerated. Gen Bayan led the army.",
    )
    # "Nestorian Christians" is not taken for "he"; a titled name from the passage would be.
    assert rewrite_followup("When did he die?", [previous]) == "When did Gen Bayan die?"
    untitled = Turn(
        previous.question,
        previous.standalone,
        previous.answer,
        previous.evidence,
        "Nestorian Christians were tolerated.",
    )
    assert "Nestorian" not in rewrite_followup("When did he die?", [untitled])


@pytest.mark.parametrize(
    ("draft", "declined"),
    [
        ("The articles do not say.", True),
        ("The evidence doesn't mention who won the award.", True),
        ("There is no information about the price in the articles.", True),
        ("The answer cannot be determined from the evidence.", True),
        ("Gen Roman Berdnikov was replaced after less than three weeks.", False),
        ("Russia did not confirm the report.", False),
        ("There was no confirmation from Russia.", False),
        ("The Kremlin did not say when the troops would leave.", False),
    ],
)
def test_declines(draft, declined):
    assert declines(draft) is declined


def test_entities_include_acronyms_and_skip_sentence_initial_conjunctions():
    assert entities("While Eliot was president, HT grew.") == ["Eliot", "HT"]
    assert (
        rewrite_followup(
            "Who established it?",
            [
                Turn(
                    "When was the IPCC Trust Fund set up?",
                    "When was the IPCC Trust Fund set up?",
                    "The IPCC Trust Fund was established in 1989. [1]",
                )
            ],
        )
        == "Who established IPCC Trust Fund?"
    )


def test_entities_skip_sentence_initial_words_and_possessives():
    assert entities("The Kremlin’s spokesperson, Dmitry Peskov, spoke on Monday.") == [
        "Kremlin",
        "Dmitry Peskov",
    ]


def ev(sentence: str, article: str = "a") -> Evidence:
    return evidence_sentence(sentence, article_id=article, source="S", score=5.0)


EVIDENCE = [
    ev(
        "It reported that Gen Roman Berdnikov had been replaced after less than three weeks in "
        "office."
    ),
    ev("Ukraine has retaken approximately 6,000 square kilometers of territory this month."),
]


def test_attribute_maps_each_sentence_to_its_evidence_and_ignores_model_numbers():
    mapped = attribute(
        "Gen Roman Berdnikov was replaced after less than three weeks in office [7]. "
        "Ukraine retook about 6,000 square kilometers [1]. The moon is made of cheese [2].",
        EVIDENCE,
    )
    assert mapped == [
        ("Gen Roman Berdnikov was replaced after less than three weeks in office.", [0]),
        ("Ukraine retook about 6,000 square kilometers.", [1]),
        ("The moon is made of cheese.", []),
    ]


def test_invented_numbers_are_unsupported():
    assert attribute("Ukraine retook 9,000 square kilometers.", EVIDENCE) == [
        ("Ukraine retook 9,000 square kilometers.", [])
    ]


def test_verified_answer_drops_unsupported_sentences_and_renumbers():
    text, cited = verified_answer(
        "Ukraine retook about 6,000 square kilometers. Nobody knows why. "
        "Gen Roman Berdnikov was replaced after less than three weeks.",
        EVIDENCE,
    )
    assert text == (
        "Ukraine retook about 6,000 square kilometers. [1] Gen Roman Berdnikov was "
        "replaced after less than three weeks. [2]"
    )
    assert cited == [EVIDENCE[1], EVIDENCE[0]]
    assert verified_answer("Completely unrelated words here.", EVIDENCE) == ("", [])


class ScriptedAnswerer:
    """A model answerer that replies with a fixed script, in small pieces, and records prompts."""

    name = "scripted"
    verbatim = False

    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[tuple[str, list[Evidence], list]] = []

    def stream(self, prompt):
        self.calls.append((prompt.question, list(prompt.evidence), list(prompt.history)))
        for i in range(0, len(self.reply), 7):
            yield self.reply[i : i + 7]


@pytest.fixture
def scripted(monkeypatch):
    def install(reply: str) -> ScriptedAnswerer:
        gen = ScriptedAnswerer(reply)
        monkeypatch.setitem(answerers.ANSWERERS, "scripted", lambda settings: gen)
        return gen

    return install


def test_model_answer_streams_then_verified_answer(rag, scripted):
    rag.ingest([CORPUS])
    gen = scripted(
        "Gen Roman Berdnikov was replaced after less than three weeks in office [9]. "
        "He was later promoted to field marshal."
    )
    stream = rag.stream_ask("Who was replaced after the Kharkiv retreat?", answerer="scripted")
    pieces = list(stream)
    final = stream.answer()
    assert "".join(pieces) == gen.reply  # streamed as produced
    assert isinstance(final, Answer) and not final.refused
    # The short answer the system found leads, cited to its sentence; then the model's words.
    assert final.answer == (
        "Roman Berdnikov [1]. "
        "Gen Roman Berdnikov was replaced after less than three weeks in office. [1]"
    )
    (citation,) = final.citations  # the invented [9] produced nothing; the made-up claim is gone
    assert "Berdnikov" in citation.sentence
    assert rag.article(citation.article_id).text[citation.start : citation.end] == citation.sentence


def test_model_cannot_override_refusal(rag, scripted):
    rag.ingest([CORPUS])
    gen = scripted("Paris.")
    answer = rag.ask("What is the recipe for sourdough bread?", answerer="scripted")
    assert answer.refused and answer.citations == ()
    assert gen.calls == []  # refused before any model was asked


def test_unverifiable_model_answer_falls_back_to_evidence(rag, scripted):
    rag.ingest([CORPUS])
    scripted("I think it was someone else entirely.")
    answer = rag.ask("Who was replaced after the Kharkiv retreat?", answerer="scripted")
    assert not answer.refused and answer.citations
    assert answer.citations[0].sentence in answer.answer  # after the short answer, if any


def test_model_that_finds_no_answer_in_the_evidence_makes_a_refusal(rag, scripted):
    rag.ingest([CORPUS])
    scripted("The articles do not say who was replaced.")
    answer = rag.ask("Who was replaced after the Kharkiv retreat?", answerer="scripted")
    assert answer.refused and answer.citations == ()
    assert answer.draft == "The articles do not say who was replaced."
    assert answer.passages  # the passages it looked at are still there to judge by
    assert answer.to_dict()["draft"] == answer.draft


def test_model_decline_shows_the_evidence_when_switched_off(make_rag, scripted):
    rag = make_rag(model_can_decline=False)
    rag.ingest([CORPUS])
    scripted("The articles do not say who was replaced.")
    answer = rag.ask("Who was replaced after the Kharkiv retreat?", answerer="scripted")
    assert not answer.refused
    assert answer.citations[0].sentence in answer.answer  # after the short answer, if any


def test_follow_up_is_rewritten_before_retrieval_and_history_reaches_the_model(rag, scripted):
    rag.ingest([CORPUS])
    first = rag.ask("Who was replaced after the Kharkiv retreat?")
    gen = scripted("Less than three weeks.")
    answer = rag.ask(
        "How long had he been in office?",
        answerer="scripted",
        history=[("Who was replaced after the Kharkiv retreat?", first.answer)],
    )
    question, evidence, history = gen.calls[0]
    assert "Berdnikov" in question and answer.standalone_question == question
    assert history == [("Who was replaced after the Kharkiv retreat?", first.answer)]
    assert answer.citations and "three weeks" in answer.citations[0].sentence


def test_history_of_answers_resolves_follow_ups_from_their_citations(rag):
    from dataclasses import replace

    rag.ingest([CORPUS])
    first = rag.ask("Who was replaced after the Kharkiv retreat?")
    # As a model might put it, citing the sentence about the general that does not name him:
    # the name is then in the best passage the answer kept.
    phrased = replace(first, answer="A general was replaced. [1]", citations=())
    answer = rag.ask(
        "How long had he been in office?",
        history=[("Who was replaced after the Kharkiv retreat?", phrased)],
    )
    assert answer.standalone_question == "How long had Gen Roman Berdnikov been in office?"


def test_malformed_history_is_a_clear_error(rag):
    from rag.errors import BadInput

    rag.ingest([CORPUS])
    with pytest.raises(BadInput, match=r"history item 2 .*\(question, Answer\)"):
        rag.ask("How long?", history=[("Who?", "Gen X. [1]"), {"question": "Who?"}])


def test_conversation_keeps_turns():
    chat = Conversation()
    chat.add(FIRST.question, FIRST.standalone, FIRST.answer)
    assert chat.standalone("How long had he been in office?") == (
        "How long had Gen Roman Berdnikov been in office?"
    )
    assert chat.history() == [(FIRST.question, FIRST.answer)]
    chat.clear()
    assert chat.standalone("How long had he been in office?") == "How long had he been in office?"


def test_unknown_answerer_lists_valid_names(rag):
    rag.ingest([CORPUS])
    with pytest.raises(Exception, match="extractive"):
        rag.ask("Who was replaced?", answerer="oracle")
