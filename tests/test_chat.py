"""Follow-up rewriting, answer-sentence attribution, and model answers through a fake back-end."""

from __future__ import annotations

from dataclasses import replace

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
        # Found by a tester: a role is a person, so "its" is the museum, not "the director".
        (
            "When will its planetarium open?",
            [
                Turn(
                    "Who is the director of the Brookfield Museum of Science?",
                    "Who is the director of the Brookfield Museum of Science?",
                    "Helen Marsh [2]. Its director, Dr Helen Marsh, said 4,000 visitors came. [2]",
                )
            ],
            "When will the Brookfield Museum of Science’s planetarium open?",
        ),
        # ... and "Whom" is no name for "it" to stand for.
        (
            "How many visitors does it expect?",
            [
                Turn(
                    "Whom did he replace?",
                    "Whom did Samuel Reyes replace?",
                    "Anna Kowal [1]. He replaces Anna Kowal. [1]",
                )
            ],
            "How many visitors does it expect?",
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
        == "Who established the IPCC Trust Fund?"
    )


def test_entities_skip_a_dateline():
    # trial 14: a wire dateline opens the cited sentence; where it was filed is no referent.
    assert entities(
        "Varnell Pharma [1]. LONDON, 2 April 2025 — The drugmaker Varnell Pharma recalled it."
    ) == ["Varnell Pharma", "Varnell Pharma"]
    assert entities("CHESTERFORD, Essex, 3 August 2025 — Archaeologists dug at Chesterford.") == [
        "Archaeologists", "Chesterford"
    ]
    assert entities("The NHS said so. BBC - the broadcaster said.") == ["NHS", "BBC"]


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


# -- pronoun agreement ------------------------------------------------------------------------

ELECTION = (
    "Tom Okafor won the Westmere mayoral election on Sunday, defeating the incumbent mayor "
    "Maria Santos."
)
ELECTION_PASSAGE = (
    ELECTION + " Okafor received 18,240 votes. Santos, who had been mayor since 2016, received "
    "15,903 votes. She said she would not challenge the result and congratulated her rival."
)


def turn(question: str, answer: str, evidence: str = "", passage: str = "") -> Turn:
    return Turn(question, question, answer, evidence or answer, passage)


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        # cases/followup-two-people: "she" is the loser named in the question, not the winner
        (
            turn("Who defeated Maria Santos?", ELECTION + " [1]"),
            "How many votes did she get?",
            "How many votes did Maria Santos get?",
        ),
        (
            turn("Who won the Westmere mayoral election?", ELECTION + " [1]"),
            "What did his opponent say about the result?",
            "What did Maria Santos say about the result?",
        ),
        (
            turn("Who won the Westmere mayoral election?", ELECTION + " [1]"),
            "How many votes did she get?",
            "How many votes did Maria Santos get?",
        ),
        (
            turn("Who won the Westmere mayoral election?", ELECTION + " [1]"),
            "How many votes did he get?",
            "How many votes did Tom Okafor get?",
        ),
        # gender from titles
        (
            turn("Who met at the palace?", "Mr Adeyemi greeted Lady Ashworth at the gate. [1]"),
            "What did she wear?",
            "What did Lady Ashworth wear?",
        ),
        (
            turn("Who met at the palace?", "Mr Adeyemi greeted Lady Ashworth at the gate. [1]"),
            "Where does he live?",
            "Where does Mr Adeyemi live?",
        ),
        (
            turn("Who opened the bridge?", "King Osei and Queen Adjoa opened the bridge. [1]"),
            "How old is she?",
            "How old is Queen Adjoa?",
        ),
        # gender from the article's own pronouns: "Santos ... She said"
        (
            turn(
                "Who lost the vote?",
                "Okafor beat Santos. [1]",
                evidence="Okafor beat Santos.",
                passage="Okafor received 18,240 votes. Santos received 15,903 votes. "
                "She said she would not challenge the result. Okafor, a Gen Z favourite, "
                "said he was grateful.",
            ),
            "What did she say?",
            "What did Santos say?",
        ),
        # "it" and "they" are things: a person is never taken for them
        (
            turn(
                "Which company did Jane Doe found?",
                "Jane Doe founded Northwind Corporation in 1999. [1]",
            ),
            "Where is it based?",
            "Where is Northwind Corporation based?",
        ),
        (
            turn("Who runs the IPCC?", "Hoesung Lee chairs the IPCC. [1]"),
            "When did they publish the report?",
            "When did IPCC publish the report?",
        ),
        # two people neither agreement nor source can tell apart: search with both
        (
            turn("Who ran against each other?", "Femi Ade faced Dele Ojo in the race. [1]"),
            "How many votes did he get?",
            "How many votes did Femi Ade or Dele Ojo get?",
        ),
        # a who-question asking for someone by their tie to a named man: "he" next may be
        # either (re-test 41's store: "How long was he jailed for?" had searched the barrister)
        (
            turn("Who was Gareth Pollard's barrister?", "Mr Owen Lacey [1]. Defending, Mr Owen "
                 "Lacey said his client was deeply ashamed. [1]"),
            "How long was he jailed for?",
            "How long was Mr Owen Lacey or Gareth Pollard jailed for?",
        ),
        (
            turn("Who was the manager of Delia Pargeter?", "Ruth Amos [1]. Ruth Amos, her "
                 "manager, said she was shocked. [1]"),
            "What did she say?",
            "What did Ruth Amos or Delia Pargeter say?",
        ),
        # a court report's "Sentencing," names no one (trial 43: it had been a man, who made
        # "He told her" no sign that Harrowby is "her", and "she" went to the defence barrister
        # of the wider passage)
        (
            turn(
                "What did Judge Martin Coleridge tell her?",
                "Sentencing, Judge Martin Coleridge said Harrowby had abused the trust of "
                "residents. [1] He told her: \"You treated the account as your own.\" [2]",
                passage="Defending, Ruth Oyelaran said her client had built up gambling debts. "
                "\"She is deeply ashamed,\" Ms Oyelaran said.",
            ),
            "How old is she?",
            "How old is Harrowby?",
        ),
        # ... but not when agreement tells them apart
        (
            turn("Who was Gareth Pollard's barrister?", "Ms Anna Fry [1]. Defending, Ms Anna Fry "
                 "said her client was deeply ashamed. [1]"),
            "How long was he jailed for?",
            "How long was Gareth Pollard jailed for?",
        ),
    ],
)
def test_pronouns_resolve_to_a_name_that_agrees(previous, question, expected):
    assert rewrite_followup(question, [previous]) == expected


@pytest.mark.parametrize(
    "question",
    [
        # cases/followup-standalone: "it" is the tram extension this question names
        "Why was the tram extension delayed and when will it open?",
        "When did the council vote on the budget, and what did it cut?",
        "Did Maria Santos concede after she lost?",
        "What did Okafor promise when he won?",
        "Where is Kharkiv?",
    ],
)
def test_a_question_complete_on_its_own_is_not_rewritten(question):
    previous = turn("Who won the Westmere mayoral election?", ELECTION + " [1]")
    assert rewrite_followup(question, [previous]) == question


def test_text_genders_read_the_articles_pronouns():
    from rag.chat import text_genders

    assert text_genders(ELECTION_PASSAGE, ["Tom Okafor", "Maria Santos"]) == {"Maria Santos": "f"}
    assert text_genders("Okafor spoke first. He thanked voters.", ["Okafor"]) == {"Okafor": "m"}
    # pronouns that disagree about one name tell nothing
    assert text_genders("Lee spoke. He left. Lee stayed. She sang.", ["Lee"]) == {}
    # a "she" goes on with the "her" a name was told against, not with that name
    husband = (
        "She retired in 1998. Her husband, the geologist Hamish Carraway, died in 2010. She is "
        "survived by two daughters."
    )
    assert text_genders(husband, ["Hamish Carraway"]) == {}
    assert text_genders("Hamish Carraway died in 2010. He was 80.", ["Hamish Carraway"]) == {
        "Hamish Carraway": "m"
    }


def test_her_opponent_is_no_place_the_turn_named():
    # the nineteenth trial: "her opponent" became "Castleton West"
    previous = turn(
        "How old is Naomi Fairweather?",
        "36 [1]. Fairweather, 36, a primary school teacher, campaigned against plans for a "
        "1,400-home estate. [1]",
        passage="The Green Party's Naomi Fairweather has won the Castleton West by-election. "
        "Fairweather, 36, a primary school teacher, campaigned against plans for a 1,400-home "
        "estate.",
    )
    assert rewrite_followup("And how many did her opponent get?", [previous]) == (
        "How many did Naomi Fairweather’s opponent get?"
    )


def test_it_as_a_doer_is_no_event_but_the_firm_named_earlier():
    # the twentieth trial: "How many jobs is it cutting?" became "... is the fall cutting?"
    history = [
        turn("Who runs Ferrowood?", "Helen Okafor [1]. Chief executive Dame Helen Okafor said "
             "the group had held its nerve. [1]"),
        turn("When did Dame Helen Okafor take over?", "2022 [1]. Dame Helen Okafor, who took "
             "over in 2022, said ... [1]"),
        turn("What did Dame Helen Okafor blame for the fall in profit?", "23 percent rise [1]. "
             "She blamed a 23 percent rise in the price of steel for most of the fall in "
             "profit. [1]"),
    ]
    assert rewrite_followup("How many jobs is it cutting?", history) == (
        "How many jobs is Ferrowood cutting?"
    )
    # an event may still be what "it" is when it does nothing to anything
    assert rewrite_followup("When did it start?", history[-1:]) == "When did the fall start?"


FLOODED = turn("How many homes were flooded in Brayford?", "About 140 [1]. About 140 homes have "
               "been flooded in Brayford. [1]")
BLAMED = turn("What did Priya Ramanathan blame for the fall in profit?", "gas prices [1]. Chief "
              "executive Priya Ramanathan blamed gas prices. [1]")
SHARES_FELL = turn("What price did Halvorsen's shares fall to?", "384p [1]. Halvorsen employs "
                   "3,900 people. Shares fell 7 percent to 384p in morning trading. [1]")
SHARES_CLOSED = turn("What did Calder shares close at?", "598p [1]. Calder shares closed at "
                     "598p on Friday. [1]")
SHARE_PRICE = turn("What is Ferrowood's share price?", "388p [1]. Shares in Ferrowood closed at "
                   "388p. [1]")
X7 = turn("How often will the X7 run?", "every 15 minutes [1]. The X7 will run every 15 minutes. "
          "[1]")


@pytest.mark.parametrize(
    ("previous", "question", "standalone"),
    [
        # the twentieth re-test: "it" became "Ferrowood's share price" for what a firm does
        (SHARE_PRICE, "How many people does it employ?", "How many people does Ferrowood employ?"),
        (SHARE_PRICE, "Where is it based?", "Where is Ferrowood based?"),
        (SHARE_PRICE, "Who runs it?", "Who runs Ferrowood?"),
        (SHARE_PRICE, "Is it cutting jobs?", "Is Ferrowood cutting jobs?"),
        # ... while a figure's own change is still the figure's
        (SHARE_PRICE, "How much has it fallen this year?",
         "How much has Ferrowood's share price fallen this year?"),
        (SHARE_PRICE, "When did it peak?", "When did Ferrowood's share price peak?"),
        # the twenty-first trial: "And the 23?" became "How often will the X7 run (the 23)?"
        (X7, "And the 23?", "How often will the 23 run?"),
        (X7, "What about the 23?", "How often will the 23 run?"),
        (X7, "And the number 9?", "How often will the 9 run?"),
        (X7, "And the X8?", "How often will the X8 run?"),
        # the twenty-second round: "it" after a question of a firm's shares is the firm
        (SHARES_FELL, "Where is it based?", "Where is Halvorsen based?"),
        (SHARES_FELL, "How many people does it employ?", "How many people does Halvorsen employ?"),
        (SHARES_CLOSED, "Where is it based?", "Where is Calder based?"),
        (SHARES_CLOSED, "Who runs it?", "Who runs Calder?"),
        (turn("How much did Halvorsen's shares fall?", "7 percent [1]. Shares fell 7 percent to "
              "384p. [1]"), "How many people does it employ?",
         "How many people does Halvorsen employ?"),
        (turn("What was Halvorsen's share price after the results?", "384p [1]. Shares fell 7 "
              "percent to 384p. [1]"), "Who runs it?", "Who runs Halvorsen?"),
        # the twenty-second trial: a complete question after "And" was glued onto the last
        (BLAMED, "And who is the finance director?", "Who is the finance director?"),
        (BLAMED, "And what is the dividend?", "What is the dividend?"),
        # ... "And businesses?" counts the other things the same way
        (FLOODED, "And businesses?", "How many businesses were flooded in Brayford?"),
        (FLOODED, "What about cars?", "How many cars were flooded in Brayford?"),
        # ... and "Who died?" is asked of the same story, by its place
        (FLOODED, "Who died?", "Who died (Brayford)?"),
        (FLOODED, "Who was rescued?", "Who was rescued (Brayford)?"),
        # ... while a nationality before a plural is still no "it"
        (turn("How much do Welsh nurses earn?", "£31,000 [1]. Welsh nurses earn £31,000. [1]"),
         "When did it rise?", "When did it rise?"),
    ],
)
def test_a_follow_up_after_one_turn(previous, question, standalone):
    assert rewrite_followup(question, [previous]) == standalone


def test_a_complete_question_after_an_unrelated_turn_is_not_glued_on():
    # the twenty-first trial: "When is the final?" became "What changes did Karen Whitlock make
    # at half-time (When is the final)?"
    history = [turn("What changes did Karen Whitlock make at half-time?", "Reddy [1]. Whitlock "
                    "brought on Reddy at half-time. [1]")]
    assert rewrite_followup("When is the final?", history) == "When is the final?"
    assert rewrite_followup("Where was the match played?", history) == (
        "Where was the match played?"
    )
    history.append(turn("When is the final?", "10 May [1]. Stanmoor will face Orrin Town in the "
                        "final at Hallam Road on 10 May. [1]"))
    assert rewrite_followup("Where?", history) == "Where is the final?"


def test_a_plural_noun_opening_the_sentence_is_no_part_of_her_name():
    # the twenty-first trial: "she" became "Twins Aisha"
    history = [turn("Who got 19 grade 9s between them?", "Aisha and Yusuf Rahman [1]. Twins "
                    "Aisha and Yusuf Rahman, 16, of Tarnley Park Academy, achieved 19 grade 9s "
                    "between them: Aisha gained ten and Yusuf nine. [1]")]
    # ("Aisha and Yusuf Rahman": two given names share the surname, so she is Aisha Rahman)
    assert rewrite_followup("How many did she get?", history) == "How many did Aisha Rahman get?"


def test_a_label_never_takes_a_years_place():
    history = [turn("How many jobs were cut in 2024?", "300 [1]. It cut 300 jobs in 2024. [1]")]
    assert rewrite_followup("And in 2023?", history) == "How many jobs were cut in 2023?"
    assert "2024" in rewrite_followup("And the 23?", history)


def test_he_after_her_husband_is_the_husband():
    carraway = (
        "She retired in 1998 and was made a dame in 2001. Her husband, the geologist Hamish "
        "Carraway, died in 2010. She is survived by their two daughters. Her former doctoral "
        "student, Professor Alan Reddick, described her as fearless."
    )
    previous = turn(
        "Who was Dame Winifred Carraway's husband?",
        "Hamish Carraway [1]. Her husband, the geologist Hamish Carraway, died in 2010. [1]",
        passage=carraway,
    )
    assert rewrite_followup("When did he die?", [previous]) == "When did Hamish Carraway die?"


@pytest.mark.parametrize(
    ("name", "person", "gender"),
    [
        ("Maria Santos", True, "f"),
        ("Tom Okafor", True, "m"),
        ("Mrs Okafor", True, "f"),
        ("Sir Keir", True, "m"),
        ("Gen Roman Berdnikov", True, "m"),
        ("Gen Zaluzhny", True, None),
        ("US Air Force", False, None),
        ("IPCC", False, None),
        ("Westmere", False, None),
        ("Dele Ojo", None, None),
        ("Kwame Mensah", True, "m"),
    ],
)
def test_describe_person_and_gender(name, person, gender):
    from rag.chat import describe

    c = describe(name, 0, {})
    assert (c.person, c.gender) == (person, gender)


def test_conversation_is_history_and_the_past_is_not_rewritten_again(rag, monkeypatch):
    from rag import chat

    rag.ingest([CORPUS])
    conversation = Conversation()
    first = rag.ask("Who was replaced after the Kharkiv retreat?", history=conversation)
    conversation.add_answer(first)
    rewritten = []
    original = chat.rewrite_followup

    def spy(question, history):
        rewritten.append(question)
        return original(question, history)

    monkeypatch.setattr("rag.api.rewrite_followup", spy)
    answer = rag.ask("How long had he been in office?", history=conversation)
    assert answer.standalone_question == "How long had Gen Roman Berdnikov been in office?"
    # Only the new question was rewritten: the earlier turn keeps its standalone question.
    assert "How long had he been in office?" in rewritten
    assert "Who was replaced after the Kharkiv retreat?" not in rewritten
    turn = conversation.add_answer(answer)
    assert turn.standalone == answer.standalone_question and turn.reply is answer
    assert len(conversation) == 2 and [t.question for t in conversation] == [
        "Who was replaced after the Kharkiv retreat?",
        "How long had he been in office?",
    ]


def test_history_of_answers_uses_their_standalone_questions(rag, monkeypatch):
    rag.ingest([CORPUS])
    first = rag.ask("Who was replaced after the Kharkiv retreat?")
    second = rag.ask("How long had he been in office?", history=[(first.question, first)])
    calls = []
    monkeypatch.setattr(
        "rag.api.rewrite_followup", lambda q, h: calls.append(q) or rewrite_followup(q, h)
    )
    rag.ask(
        "Who replaced him?",
        history=[(first.question, first), ("How long had he been in office?", second)],
    )
    assert "How long had he been in office?" not in calls


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        # "it" is what the previous question named, even when the answer names another thing
        (
            turn(
                "Which shipyard is building Northline's electric ferry?",
                "Baltic Yards in Gdansk is building the ferry. [1]",
            ),
            "How much will it cost?",
            "How much will Northline's electric ferry cost?",
        ),
        (
            turn(
                "Which parties voted against the ferry subsidy?",
                "The Green Party and Coast First voted against. [1]",
            ),
            "Why was the Green Party against it?",
            "Why was the Green Party against the ferry subsidy?",
        ),
        (
            turn("When will the Alderford swimming pool close?", "It closes on 1 March. [1]"),
            "When will it reopen?",
            "When will the Alderford swimming pool reopen?",
        ),
        (
            turn(
                "Who first spotted the new beetle in the Saltmarsh reserve?",
                "Volunteer Ada Brook found it. [1]",
            ),
            "What is it called?",
            "What is the new beetle called?",
        ),
        (
            turn("Who made The Salt Road?", "The Salt Road was made by Mateo Ruiz. [1]"),
            "How long did it take to make?",
            "How long did The Salt Road take to make?",
        ),
        (
            turn("When was Brackwater Brewing founded?", "It was founded in 1998. [1]"),
            "How many people does it employ?",
            "How many people does Brackwater Brewing employ?",
        ),
        # the previous question's own subject is who "she" continues
        (
            turn(
                "Who did Marta Novak beat in the Kettleby Open final?",
                "Marta Novak won the final, beating Chloe Adair 6-4, 6-3. [1]",
            ),
            "How much prize money did she win?",
            "How much prize money did Marta Novak win?",
        ),
        (
            turn(
                "What did Priya Mehta say caused the footbridge delay?",
                "Councillor Janet Cole said storms caused it. [1]",
            ),
            "Which committee does she chair?",
            "Which committee does Priya Mehta chair?",
        ),
    ],
)
def test_things_and_subjects(previous, question, expected):
    assert rewrite_followup(question, [previous]) == expected


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        # Found by the seventh trial: "What about turnout?" was searched as "How many votes did
        # Karim get (turnout)?" and answered with Karim's votes.
        (
            "How many votes did Karim get?",
            "What about turnout?",
            "What was the turnout? (How many votes did Karim get?)",
        ),
        (
            "How many votes did Karim get?",
            "And the turnout?",
            "What was the turnout? (How many votes did Karim get?)",
        ),
        (
            "How much does the tram extension cost?",
            "What about the opening date?",
            "What is the opening date? (How much does the tram extension cost?)",
        ),
        (
            "How many homes lost power in the storm?",
            "What about injuries?",
            # A plural after a count is counted too (the ninth trial: "What about fire
            # engines?" after "How many firefighters ...?" asked "What are the fire engines?").
            "How many injuries? (How many homes lost power in the storm?)",
        ),
        # A phrase the previous question can take is still swapped in.
        (
            "Why was the Norrvik bridge closed?",
            "What about the Old Mill bridge?",
            "Why was the Old Mill bridge closed?",
        ),
    ],
)
def test_what_about_a_thing_of_the_same_story(previous, question, expected):
    previous = turn(previous, "")
    assert rewrite_followup(question, [previous]) == expected


def test_noun_phrases():
    from rag.chat import noun_phrases

    assert noun_phrases("Which parties voted against the ferry subsidy?") == ["the ferry subsidy"]
    assert noun_phrases("When will the Alderford swimming pool close?") == [
        "the Alderford swimming pool"
    ]
    assert noun_phrases("When was the IPCC Trust Fund set up?") == ["the IPCC Trust Fund"]
    assert noun_phrases("Who runs Northline Ferries?") == []


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        # "Which N verb X?": the thing the answer names and X fit "it" alike: both are searched
        (
            turn(
                "Which company bought Brackwater Brewing?",
                "Brackwater Brewing was bought by the Dutch group Van Lier. [1]",
            ),
            "How much did it pay?",
            "How much did Van Lier or Brackwater Brewing pay?",
        ),
        # "Which N did X verb?": the thing the reply names is what was asked about (trial 51:
        # "When was it painted?" had been searched as "When was Tollbridge Museum painted?")
        (
            turn(
                "Which painting did Tollbridge Museum buy?",
                "The Salt Gatherers [1]. Tollbridge Museum and Art Gallery has bought The Salt "
                "Gatherers, a painting by the Victorian artist Eliza Thorne, for £285,000. [1]",
            ),
            "When was it painted?",
            "When was The Salt Gatherers painted?",
        ),
        (
            turn(
                "What film will Leila Haddad direct next?",
                "The Salt Road [1]. Haddad will next direct The Salt Road, a drama set in "
                "Morocco. [1]",
            ),
            "When will it be released?",
            "When will The Salt Road be released?",
        ),
        # ... but a deed of a body may be the asker's: both are searched
        (
            turn(
                "Which brewery did Harbour Holdings buy?",
                "Brackwater Brewing [1]. Harbour Holdings has bought Brackwater Brewing. [1]",
            ),
            "How much did it pay?",
            "How much did Brackwater Brewing or Harbour Holdings pay?",
        ),
        # ... but a town is no "it" that opens (the twenty-third trial: "When will it open?"
        # had been searched as "When will Brayford or the new open?")
        (
            turn(
                "Which town will get the new hospital?",
                "Brayford [1]. The new hospital will be built in Brayford, the health board "
                "said. [1]",
            ),
            "When will it open?",
            "When will the new hospital open?",
        ),
        (
            turn(
                "Which town will get the new hospital?",
                "Brayford [1]. The new hospital will be built in Brayford. [1]",
            ),
            "How many people live in it?",
            "How many people live in Brayford?",
        ),
        # followup-07: "Who ...?" answered by a body, not a person: both fit "it".
        (
            turn(
                "Who gave orders to the Home Army to seize Warsaw?",
                "Polish government-in-exile [1]. The Polish government-in-exile in London gave "
                "orders to the underground Home Army (AK) to try to seize control of Warsaw. [1]",
            ),
            "Where was it based?",
            "Where was Polish government-in-exile or the Home Army based?",
        ),
        (
            turn(
                "Who closed the Old Mill bridge?",
                "Westmere City Council [1]. Westmere City Council closed the Old Mill bridge. [1]",
            ),
            "When will it reopen?",
            "When will Westmere City Council or the Old Mill bridge reopen?",
        ),
        # ... and a person is no "it": the thing the question named.
        (
            turn(
                "Who closed the Old Mill bridge?",
                "Tom Okafor [1]. The mayor, Tom Okafor, closed the Old Mill bridge. [1]",
            ),
            "When will it reopen?",
            "When will the Old Mill bridge reopen?",
        ),
        # possessives: "her" before a noun, names ending in s
        (
            turn(
                "Who did Marta Novak beat in the final?",
                "Marta Novak won, beating Chloe Adair. [1]",
            ),
            "How old is her opponent?",
            "How old is Chloe Adair?",
        ),
        (
            turn("Which team did Westmere Rovers beat?", "Rovers beat Dunmore Athletic. [1]"),
            "Who scored their winner?",
            "Who scored Westmere Rovers’ winner?",
        ),
        # "they" after a reply naming a team or firm that did what was asked: that group, not
        # the singular thing the question named (a tester saw "the county cup final's captain").
        (
            turn(
                "Who won the county cup final?",
                "Harlow Hawks [1]. Harlow Hawks beat Dunmore Rovers 27-19 in the county cup "
                "final. [1]",
            ),
            "Who is their captain?",
            "Who is Harlow Hawks’ captain?",
        ),
        (
            turn(
                "Which company bought Brackwater Brewing?",
                "Harbour Holdings [1]. Brackwater Brewing was sold to Harbour Holdings. [1]",
            ),
            "How much did they pay?",
            # (paid for what the question said was bought: the trial-58 chat4 kind)
            "How much did Harbour Holdings pay for Brackwater Brewing?",
        ),
        # ... and a plural the question named, not a phrase that only starts the reply.
        (
            turn(
                "What did the ferry workers demand?",
                "Higher pay [1]. The ferry workers demanded higher pay. [1]",
            ),
            "When did they strike?",
            "When did the ferry workers strike?",
        ),
        # "they" for a person the reply named stays the organisation asked about.
        (
            turn("Who runs the IPCC?", "Hoesung Lee [1]. Hoesung Lee chairs the IPCC. [1]"),
            "When did they publish the report?",
            "When did IPCC publish the report?",
        ),
        (
            turn(
                "When does the library next to the Alderford pool close?",
                "The library will close in June. [1]",
            ),
            "How much will its renovation cost?",
            "How much will the library’s renovation cost?",
        ),
        # a man named only in the wider passage, when the answer names nobody
        (
            turn(
                "Who runs Northline Ferries?",
                "Northline Ferries carried a record 2.3 million passengers. [1]",
                passage="Chief executive Henrik Aalto said the ship would cut fuel costs.",
            ),
            "What did he say about fuel?",
            "What did Henrik Aalto say about fuel?",
        ),
    ],
)
def test_more_follow_ups(previous, question, expected):
    assert rewrite_followup(question, [previous]) == expected


def test_a_pronoun_after_now_that_points_back_into_its_question():
    previous = turn("Who is the harbour master?", "Harbour master Ines Calvo said so. [1]")
    question = "How much will the tram extension cost now that it has been delayed?"
    assert rewrite_followup(question, [previous]) == question


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Why was the tram extension delayed and when will it open?",
            ["Why was the tram extension delayed?", "When will the tram extension open?"],
        ),
        (
            "When will St Brigid's school close, and where will its pupils go?",
            ["When will St Brigid's school close?", "Where will St Brigid's school’s pupils go?"],
        ),
        ("What did Okafor and Santos say?", ["What did Okafor and Santos say?"]),
        ("How many jobs will the factory create?", ["How many jobs will the factory create?"]),
    ],
)
def test_compound_parts(question, parts):
    from rag.chat import compound_parts

    assert compound_parts(question) == parts


# -- issue 11 part 3: the short answer, counterparts, names the follow-up gives, descriptions ---

REFUSED = "I could not find the answer in the articles."
HOTEL = (
    "Paul Hargreaves has stepped down as chief executive of Harbour Hotels after 11 years in "
    "charge. [1] He will be replaced by the finance director, Omar Sadiq, who joined the company "
    "in 2019. [2]"
)
FINAL = "Marta Novak won the title, beating Chloe Adair 6-4, 6-3. [1]"


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        # the reply's short answer is what was asked: it beats the other names of its sentence
        (
            turn("Who is the new chief executive of Harbour Hotels?", "Omar Sadiq [2]. " + HOTEL),
            "When did he join the company?",
            "When did Omar Sadiq join the company?",
        ),
        (
            turn("Who stepped down at Harbour Hotels?", "Paul Hargreaves [1]. " + HOTEL),
            "Why did he leave?",
            "Why did Paul Hargreaves leave?",
        ),
        (
            turn("Who lost the Kettleby Open final?", "Chloe Adair [1]. " + FINAL),
            "How much prize money did she get?",
            "How much prize money did Chloe Adair get?",
        ),
        (
            turn("Who won the Kettleby Open final?", "Marta Novak [1]. " + FINAL),
            "How much prize money did she get?",
            "How much prize money did Marta Novak get?",
        ),
        # a name a "Who" question was answered with is a person, even one no rule knows
        (
            turn(
                "Who founded the Office of Western Medicine?",
                "Jesus the Interpreter [1]. The Nestorian physician Jesus the Interpreter "
                "founded the Office of Western Medicine in 1263. [1]",
            ),
            "In what year did he found it?",
            "In what year did Jesus the Interpreter found the Office of Western Medicine?",
        ),
        # a person pronoun and a thing pronoun are both resolved, each to its own kind
        (
            turn(
                "Who opened the new library in Kettleby?",
                "Councillor Ruth Obi [1]. Councillor Ruth Obi opened the new library. [1]",
            ),
            "When did she open it?",
            "When did Councillor Ruth Obi open the new library?",
        ),
        # "his opponent", "her successor": the one other person of the previous turn
        (
            turn("Who is the new chief executive of Harbour Hotels?", "Omar Sadiq [2]. " + HOTEL),
            "How long had his predecessor been in charge?",
            "How long had Paul Hargreaves been in charge?",
        ),
        (
            turn(
                "Who stepped down at Harbour Hotels?",
                "Paul Hargreaves [1]. " + HOTEL.split(" [1]")[0] + " [1]",
                passage=HOTEL.replace(" [1]", "").replace(" [2]", ""),
            ),
            "When did his successor join the company?",
            "When did Omar Sadiq join the company?",
        ),
        (
            turn("Who won the Kettleby Open final?", "Marta Novak [1]. " + FINAL),
            "How old is her rival?",
            "How old is Chloe Adair?",
        ),
        (
            turn("Who lost the Kettleby Open final?", "Chloe Adair [1]. " + FINAL),
            "Where is her opponent from?",
            "Where is Marta Novak from?",
        ),
        # not a pair: the relation is kept ("his wife"), or two others fit
        (
            turn("Who won the Kettleby Open final?", "Marta Novak [1]. " + FINAL),
            "Where does her coach live?",
            "Where does Marta Novak’s coach live?",
        ),
        (
            turn(
                "Who chaired the meeting?",
                "Ruth Obi [1]. Ruth Obi chaired it, with Anna Bell and Sara Lind as deputies. [1]",
            ),
            "Who was her opponent?",
            "Who was Ruth Obi’s opponent?",
        ),
        # a name the follow-up itself gives is not what its pronoun stands for
        (
            turn(
                "Which river was diverted to flow parallel to the canalized Rhine?",
                "Dornbirner Ach [1]. The Dornbirner Ach had to be diverted, too, and it now "
                "flows parallel to the canalized Rhine into the lake. [1]",
            ),
            "What colour is its water compared to the Rhine?",
            "What colour is Dornbirner Ach’s water compared to the Rhine?",
        ),
        (
            turn("Who ran against each other?", "Femi Ade faced Dele Ojo in the race. [1]"),
            "What did he say about Ojo?",
            "What did Femi Ade say about Ojo?",
        ),
        # nobody named (a refusal): "Who is the <role>?" describes the person
        (
            turn("Who is the race director of the Carran marathon?", REFUSED),
            "Why did he hold back the start?",
            "Why did the race director of the Carran marathon hold back the start?",
        ),
        (
            turn("Who is the regional transport minister?", REFUSED),
            "What did she tell the assembly?",
            "What did the regional transport minister tell the assembly?",
        ),
        (
            turn("Who was the architect of the new bridge?", REFUSED),
            "When did he design it?",
            "When did the architect of the new bridge design it?",
        ),
        (
            turn("Who is the race director of the Carran marathon?", REFUSED),
            "What is his salary?",
            "What is the race director of the Carran marathon’s salary?",
        ),
    ],
)
def test_short_answers_counterparts_and_descriptions(previous, question, expected):
    assert rewrite_followup(question, [previous]) == expected


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        # the reply named a man: "she" is not the one the question described
        (
            turn("Who won the mayoral election?", "Tom Okafor [1]. Tom Okafor won it. [1]"),
            "What did she say?",
            "What did she say?",
        ),
        # "Who runs X?" describes an act: the pronoun stays (measured: searches better)
        (
            turn("Who runs Northline Ferries?", REFUSED),
            "What did he say about fuel?",
            "What did he say about fuel?",
        ),
        # "do it" is what was done; "they" is still resolved (the firm or the brewery, a tie)
        (
            turn("Which company bought the brewery?", "Van Lier [1]. Van Lier bought it. [1]"),
            "Why did they do it?",
            "Why did Van Lier or the brewery do it?",
        ),
    ],
)
def test_pronouns_left_when_nothing_fits(previous, question, expected):
    assert rewrite_followup(question, [previous]) == expected


def test_short_answer_of_a_turn_from_its_answer_or_its_text():
    from rag.types import ShortAnswer

    assert turn("Who?", "Omar Sadiq [2]. He will be replaced. [2]").short == "Omar Sadiq"
    assert turn("Who?", "He will be replaced by Omar Sadiq. [1]").short == ""
    reply = Answer("Who?", "x", False, (), short_answer=ShortAnswer("Ines Calvo", 1, "a", 0, 10))
    assert Turn.of("Who?", reply).short == "Ines Calvo"
    refused = Answer("Who?", REFUSED, True, ())
    assert Turn.of("Who?", refused).short == ""


def test_noun_phrases_keep_the_name_a_thing_is_known_by():
    from rag.chat import noun_phrases

    assert noun_phrases("Which anthropologist discovered the fossil known as Lucy?") == [
        "the fossil known as Lucy"
    ]
    assert noun_phrases("Who built the ship called Aurora Borealis in 1912?") == [
        "the ship called Aurora Borealis"
    ]
    assert noun_phrases("Who named the new beetle?") == ["the new beetle"]
    previous = turn(
        "Which anthropologist discovered the fossil known as Lucy?",
        "Donald Johanson [1]. Donald Johanson discovered the fossil known as Lucy. [1]",
    )
    assert rewrite_followup("Where was it found?", [previous]) == (
        "Where was the fossil known as Lucy found?"
    )


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        # "What about X?" asks the previous question of X: the phrase with X's head noun, or a
        # bare name, is swapped (a tester's Old Mill turn was searched with Norrvik's words).
        ("Why was the Norrvik bridge closed?", "What about the Old Mill bridge?",
         "Why was the Old Mill bridge closed?"),
        ("How many troops did Ukraine lose?", "What about Russia?",
         "How many troops did Russia lose?"),
        ("What was the unemployment rate in Westmere?", "And Kettleby?",
         "What was the unemployment rate in Kettleby?"),
        # A time, or a name that only names a thing ("the Kharkiv retreat"), is added beside.
        ("What was the unemployment rate in Westmere in 2024?", "And in 2023?",
         "What was the unemployment rate in Westmere in 2023?"),
        ("What was the unemployment rate in Westmere in May 2024?", "And in 2023?",
         "What was the unemployment rate in Westmere in 2023?"),
        ("What was the unemployment rate in Westmere?", "And in 2023?",
         "What was the unemployment rate in Westmere in 2023?"),
        # ... and a time said in other words takes the place of the question's own (trial 28:
        # "What about a year earlier?" had been searched as "What was a year earlier?")
        ("What was Tenbury Foods' revenue in the first half?", "What about a year earlier?",
         "What was Tenbury Foods' revenue a year earlier?"),
        ("What was the unemployment rate in March?", "And in April?",
         "What was the unemployment rate in April?"),
        ("How many homes were flooded in Aldbury?", "What about last year?",
         "How many homes were flooded in Aldbury last year?"),
        # The other side of a contrast takes its side's place (the twenty-third trial's
        # "And for women?" had been glued on beside the question about men).
        ("What is the unemployment rate for men in Dunmore?", "And for women?",
         "What is the unemployment rate for women in Dunmore?"),
        ("How many men applied for the course?", "How about women?",
         "How many women applied for the course?"),
        ("How many boys passed the exam?", "And girls?", "How many girls passed the exam?"),
        ("What were exports worth in May?", "What about imports?",
         "What were imports worth in May?"),
        ("How many goals did Leeds score at home?", "And away?",
         "How many goals did Leeds score away?"),
        ("How many goals did Leeds score away?", "And at home?",
         "How many goals did Leeds score at home?"),
        ("Who won the men's final?", "And the women's?", "Who won the women's final?"),
        ("Who was replaced after the Kharkiv retreat?", "What about Russia?",
         "Who was replaced after the Kharkiv retreat (Russia)?"),
        # A side's name for the name that told the candidate apart; a person said by a role
        # takes the named person's place (the re-test's "What about the Conservative?").
        ("How many votes did the Labour candidate get?", "What about the Conservative?",
         "How many votes did the Conservative candidate get?"),
        ("How many votes did the Labour candidate get?", "And the Green Party?",
         "How many votes did the Green Party candidate get?"),
        ("How many votes did Rachel Dunn get?", "What about the Conservative candidate?",
         "How many votes did the Conservative candidate get?"),
        ("How old is Mateus Coelho?", "What about the goalkeeper?",
         "How old is the goalkeeper?"),
        # ... but a describer of a thing stays a thing's
        ("Why was the Norrvik bridge closed?", "What about the Conservative?",
         "Why was the Norrvik bridge closed (the Conservative)?"),
    ],
)
def test_what_about_x_asks_the_previous_question_of_x(previous, question, expected):
    turn = Turn(previous, previous, "Some answer [1]")
    assert rewrite_followup(question, [turn]) == expected


@pytest.mark.parametrize(
    ("previous", "question", "standalone"),
    [
        # Found by the sixth trial: "the festival" was searched as any festival in the store.
        ("Which city hosts the Harbour Film Festival?", "Until when does the festival run?",
         "Until when does the Harbour Film Festival run?"),
        ("How many votes did the Green Party win?", "Who leads the party?",
         "Who leads the Green Party?"),
        # Named already, another noun, or no name of that kind before: left as asked.
        ("Which city hosts the Harbour Film Festival?", "Who founded the Harbour festival?",
         "Who founded the Harbour festival?"),
        ("Which city hosts the Harbour Film Festival?", "What is the stadium called?",
         "What is the stadium called?"),
        ("Who won the Westmere mayoral election?", "Until when does the festival run?",
         "Until when does the festival run?"),
        # Two festivals named: which one is not guessed.
        ("Is the Harbour Film Festival bigger than the Brookfield Arts Festival?",
         "When does the festival open?", "When does the festival open?"),
    ],
)
def test_the_noun_of_a_name_just_asked_about_is_that_name(previous, question, standalone):
    from rag.chat import Turn, rewrite_followup

    assert rewrite_followup(question, [Turn(previous, previous, "an answer [1]")]) == standalone


def test_a_quoted_title_answer_is_a_candidate_for_it():
    from rag.chat import Turn, rewrite_followup

    previous = Turn("Which film opened the Harbour Film Festival?",
                    "Which film opened the Harbour Film Festival?",
                    'The Lantern Keeper [1]. The opening film was "The Lantern Keeper". [1]')
    got = rewrite_followup("Who directed it?", [previous])
    assert "The Lantern Keeper" in got


def test_a_short_question_of_its_own_is_not_swapped_in_as_a_name():
    # Found in the follow-up set: "Who said so?" became "How much territory has Who said so
    # retaken this month?".
    from rag.chat import Turn, rewrite_followup

    previous = Turn("How much territory has Ukraine retaken this month?",
                    "How much territory has Ukraine retaken this month?",
                    "approximately 6,000 [1]. Ukraine has retaken ... [1]")
    got = rewrite_followup("Who said so?", [previous])
    assert "has Who" not in got and "Ukraine" in got and "Who said so" in got
    assert rewrite_followup("What about Russia?", [previous]) == (
        "How much territory has Russia retaken this month?"
    )


BYELECTION = (
    "Tessa Marlowe [1]. The Green Party's Tessa Marlowe has won the Millbrook ward by-election "
    "by 47 votes. [1]"
)
BYELECTION_PASSAGE = (
    "The Green Party's Tessa Marlowe has won the Millbrook ward by-election by 47 votes. "
    "Independent Nadia Sheikh polled 96 votes. Labour councillor Brian Tully resigned in August."
)


NINTH_TRIAL = [
    # The ninth trial: a name of the wider passage whose given name is known to be a
    # woman's ("Nadia") was taken over the name the reply led with, whose is not known.
    (
        turn("Who won the Millbrook ward by-election?", BYELECTION, passage=BYELECTION_PASSAGE),
        "How old is she?",
        "How old is Tessa Marlowe?",
    ),
    (
        turn(
            "Who came second?",
            "Gareth Finch [1]. Labour's Gareth Finch came second with 765 votes. [1]",
            passage=BYELECTION_PASSAGE,
        ),
        "How many votes did he get?",
        "How many votes did Gareth Finch get?",
    ),
    # ... but with no agreeing name in the reply, the passage still answers.
    (
        turn("Who was third?", "Nobody was named. [1]", passage=BYELECTION_PASSAGE),
        "Why did he resign?",
        "Why did Brian Tully resign?",
    ),
    # A sentence-initial possessive is no name: "Its regional organiser, Leanne Doyle".
    (
        turn(
            "Who is the union's regional organiser?",
            "Leanne Doyle [1]. Its regional organiser, Leanne Doyle, said drivers wanted 7 "
            "percent. [1]",
        ),
        "What pay rise does she say drivers want?",
        "What pay rise does Leanne Doyle say drivers want?",
    ),
    # A bare question word asks the previous question's clause again.
    (turn("When did Brian Tully resign?", "August [1]."), "Why?",
     "Why did Brian Tully resign?"),
    (turn("Who did Joanne Whitfield report the theft to?", "police [1]."), "And when?",
     "When did Joanne Whitfield report the theft?"),
    (turn("Where was the final played?", "the Abbey Ground [1]."), "When?",
     "When was the final played?"),
    # ... and of a count, with the counted things back in their place (trial 19)
    (turn("How many libraries did Harbridge council first plan to close?", "three [1]."),
     "Why?", "Why did Harbridge council first plan to close libraries?"),
    (turn("How many homes were destroyed?", "27 [1]."), "Why?", "Why were homes destroyed?"),
    # ... and of a "Which N ...?" whose noun is the subject, with the answer in its place;
    # "Until when?" is as bare as "When?" (trial 20)
    (turn("Which station on the Northvale line will close in the new year?",
          "Fulwood Park station [1]. However, Fulwood Park station will be closed from 5 "
          "January. [1]"),
     "Until when?", "Until when will Fulwood Park station on the Northvale line close in the "
     "new year?"),
    (turn("Which station on the Northvale line will close in the new year?",
          "Fulwood Park [1]. However, Fulwood Park station will be closed from 5 January. [1]"),
     "Why?", "Why will Fulwood Park station on the Northvale line close in the new year?"),
    (turn("Until when will Fulwood Park station close?", "28 February 2026 [1]."), "Why?",
     "Why will Fulwood Park station close?"),
    (turn("When did Brian Tully resign?", "August [1]."), "Since when?",
     "Since when did Brian Tully resign?"),
    # A hospice, a town's team and a club are bodies: no "she" or "he" (trial 19)
    (turn("Who was jailed over the St Brannoc's Hospice fraud?",
          "I could not find the answer in the articles."),
     "How much did she steal?", "How much did she steal?"),
    (turn("Who scored twice for Ashdown Town?", "I could not find the answer in the articles."),
     "How old is she?", "How old is she?"),
    (turn("Who did Castleford Rovers sign?", "FC Zwartewater [1]. Castleford Rovers have "
          "signed the Danish striker Mikkel Sørensen from the Dutch club FC Zwartewater. [1]"),
     "How old is he?", "How old is Mikkel Sørensen?"),
    # "How many X ...?" + "What about Y?": the same count of the other thing.
    (turn("How many firefighters are tackling the fire?", "About 120 [1]."),
     "What about fire engines?",
     "How many fire engines are tackling the fire?"),
    # trial 31: an event or a contest is no "she" ("the Women's Tour"), whatever its words;
    # (trial 81: the one the refused question asked for is, by the role its verb names)
    (turn("Who is leading the Women's Tour overall?",
          "I could not find the answer in the articles."),
     "Where is she from?", "Where is the leader of the Women's Tour overall from?"),
    # (trial 86 changed this row: after a refused "Who won ...?" the pronoun is the one it
    # asked for, as the contest's other winners are asked of, never the contest itself)
    (turn("Who won the FA Cup?", "I could not find the answer in the articles."),
     "How old is he?", "How old is the one who won the FA Cup?"),
    # trial 31: "it" is the thing after a preposition at the question's end ("give a talk on
    # the painting"), and a past form closing the question is its verb, no part of the thing
    (turn("When will Dr Matthew Hale give a talk on the painting?", "21 June [1]."),
     "How much did it cost?", "How much did the painting cost?"),
    (turn("When was the painting bought?", "In May [1]."),
     "How much did it cost?", "How much did the painting cost?"),
    # ... also a plural without an "s" (trial 31: "What about aircraft?" had become "What was
    # the aircraft?", answered "height")
    (turn("How many firefighters are tackling the fire?", "About 120 [1]."),
     "What about aircraft?", "How many aircraft? (How many firefighters are tackling the fire?)"),
    (turn("How many drivers will strike?", "About 1,450 [1]."),
     "What about staff?", "How many staff? (How many drivers will strike?)"),
    # Not a count of its own noun: the story's thing, as before.
    (turn("How many votes did Karim get?", "8,077 [1]."), "What about turnout?",
     "What was the turnout? (How many votes did Karim get?)"),
]


KESTREL_PASSAGE = (
    "Kestrel Foods has cut its reported profit. Finance director Tom Birch has left the company "
    "with immediate effect. Laura Chen, previously group financial controller, has been "
    "appointed interim finance director."
)


TENTH_TRIAL = [
    # The tenth trial: "it" after "What was the estimate for Blue Orchard?" is the painting,
    # not the estimate (whose value the reply gave).
    (turn("What was the estimate for Blue Orchard?", "£300,000 [1]."), "Did it sell?",
     "Did Blue Orchard sell?"),
    (turn("What is the price of the Kestrel pie?", "£4 [1]."), "Where is it made?",
     "Where is the Kestrel pie made?"),
    # A sentence-initial auxiliary is no part of a name ("Did Blue Orchard").
    (turn("Did Blue Orchard sell?", "No [1]."), "When was it painted?",
     "When was Blue Orchard painted?"),
    # The person a question asks about stays its subject ahead of others its reply cites.
    (turn("How old is Mateus Coelho?", "24 [1]. Coelho, 24, joins with goalkeeper Luke "
          "Ferris, 29. [1]"), "How long is his contract?",
     "How long is Mateus Coelho’s contract?"),
    # A firm is no "him": the refused turn's passage names the man.
    (turn("Who left Kestrel Foods after the accounting error?",
          "I could not find the answer in the articles.", evidence=" ",
          passage=KESTREL_PASSAGE),
     "Who replaced him?", "Who replaced Tom Birch?"),
]


OKONKWO = (
    "Adaeze Okonkwo [1]. Britain's Adaeze Okonkwo won her first major title on Saturday, "
    "beating Sweden's Elsa Lindqvist 6-4, 3-6, 7-5 in the final. [1]"
)
TRAINS = (
    "CAF [1]. The new trains, a fleet of 14 units built by the Spanish firm CAF, will enter "
    "service in stages. [1]"
)
MASTER = "He said the ferry's master, Captain Elin Hughes, had 22 years of experience."
ELEVENTH_TRIAL = [
    # The eleventh trial: "Britain's" was taken for a woman's name (the first name of the
    # sentence that says "her"), so "her opponent" became "Britain's opponent".
    (turn("Who won the women's final?", OKONKWO), "How old is her opponent?",
     "How old is Elsa Lindqvist?"),
    # A count of "them" is of the plural things, not of the firm; "they" are based somewhere.
    (turn("Who built the new trains?", TRAINS), "How many of them are there?",
     "How many of the new trains are there?"),
    (turn("Who built the new trains?", TRAINS), "Where are they based?", "Where are CAF based?"),
    # "she" had been the Marine Accident Investigation Branch ("Marine" is a given name), and
    # the reply's lead "Elin Hughes [1]." made the "He" after it hers.
    (turn("Who was the ferry's master?", f"Elin Hughes [1]. {MASTER} [1]",
          passage=f"Paul Drummond of the Marine Accident Investigation Branch spoke. {MASTER}"),
     "How many years of experience does she have?",
     "How many years of experience does Captain Elin Hughes have?"),
]


WALKERS = (
    "The pair, a 34-year-old woman and her 36-year-old brother from Leeds, named locally as "
    "Chloe and Adam Barker, had left the Glen Nevis visitor centre at 9am on Saturday."
)
TWELFTH_TRIAL = [
    # The twelfth round's trial: a title owning one word is one name, not "Ferryman".
    (turn("Who painted The Ferryman's Daughter?", "Lavinia Crewe [1]. Thieves took The "
          "Ferryman's Daughter, painted by Lavinia Crewe in 1887. [1]"),
     "When was it painted?", "When was Ferryman's Daughter painted?"),
    # A number opening a sentence names no one; a place ("from Leeds") is no "her".
    (turn("Who were the walkers rescued on Ben Nevis?", f"Two walkers were rescued. {WALKERS}"),
     "How old is she?", "How old is Chloe Barker?"),
    (turn("How old is Chloe?", f"36-year-old [1]. {WALKERS} [1]"),
     "What was wrong with her brother?", "What was wrong with Chloe Barker’s brother?"),
    # "that" standing alone points back like "it": to the thing whose value the reply gave,
    # never to a nationality ("Welsh").
    (turn("What pay offer did Welsh nurses reject?", "3.5 percent [1]. Nurses in Wales will "
          "strike after rejecting a pay offer of 3.5 percent. [1]"),
     "How much was that worth to a newly qualified nurse?",
     "How much was the pay offer worth to a newly qualified nurse?"),
    (turn("Who said that the offer was fair?", "Owain Jenkins [1]. Owain Jenkins said that the "
          "offer was fair. [1]"),
     "Did the union say that it would strike?", "Did the union say that it would strike?"),
]


THIRTEENTH_TRIAL = [
    # The thirteenth round's trial: "Who is X?" is about X, not "Structural" of "Structural
    # engineer Colin Mabry" opening the reply.
    (turn("Who is Colin Mabry?", "Structural engineer Colin Mabry, 52, of the consultancy "
          "Ferrous & Lane, told the inquiry the bridge was poor. [1]"),
     "How much did he say the repairs would cost?",
     "How much did Colin Mabry say the repairs would cost?"),
    # A person is no "it" ("Frenchman Julien Moreau"); nor, since trial 58, is the home the
    # reply gave to "Where is he from?" (no one takes his own town)
    (turn("Where is Frenchman Julien Moreau from?", "Annecy [1]. Moreau, a 30-year-old from "
          "Annecy, now leads the race. [1]"),
     "When did he take it?", "When did Frenchman Julien Moreau take it?"),
]


def test_the_opponent_may_be_named_a_turn_further_back_and_counts_what_was_counted():
    # trial 14: "her opponent" had stayed Olivia Hartnell's, as "Northfield" (of "the
    # Northfield by-election") was taken for a second person.
    won = turn("Who won the Northfield mayoral by-election?", "Olivia Hartnell [1]. The Green "
               "Party's Olivia Hartnell won the Northfield mayoral by-election, beating "
               "Labour's Daniel Crowe by 2,314 votes. [1]")
    votes = turn("How many votes did Olivia Hartnell get?", "21,480 [1]. Hartnell, 38, a "
                 "former paramedic from Eastholme, received 21,480 votes to Crowe's 19,166. [1]")
    assert rewrite_followup("And how many did her opponent get?", [won, votes]) == (
        "How many votes did Daniel Crowe get?"
    )


def test_an_earlier_asked_person_settles_a_pronoun_the_last_turn_leaves_open():
    # trial 14: "her" had become "Lady Justice Amara Holt or Mrs Justice Dale" of the cited
    # sentences, while the conversation was about Margaret Quill.
    manager = turn("Who was Margaret Quill's manager?", "Darren Pike [1]. Quill's former "
                   "manager, Darren Pike, 44, did not appeal. [1]")
    jailed = turn("How long was Darren Pike jailed for?", "four years [1]. Quill's former "
                  "manager, Darren Pike, 44, who was jailed for four years, did not appeal. [1] "
                  "Lady Justice Amara Holt, sitting with Mrs Justice Dale, gave the ruling. [2]")
    assert rewrite_followup("And how long is her sentence now?", [manager, jailed]) == (
        "How long is Margaret Quill’s sentence now?"
    )
    # With one plain "her" in the last turn, that one.
    judge = turn("Who gave the ruling?", "Lady Justice Amara Holt [1]. Lady Justice Amara Holt "
                 "gave the ruling on Quill's appeal. [1]")
    assert rewrite_followup("How old is she?", [manager, judge]) == (
        "How old is Lady Justice Amara Holt?"
    )


def test_they_may_be_named_two_turns_back():
    # trial 12 of this round: "they" had become "Rafael Souza's contract", a singular thing.
    signed = turn("Who did Northbridge City sign from Benfica?", "Rafael Souza [1]. Northbridge "
                  "City have signed the Brazilian winger Rafael Souza from Benfica. [1]")
    contract = turn("How long is Rafael Souza’s contract?", "five-year [1]. The 22-year-old has "
                    "signed a five-year contract. [1]")
    assert rewrite_followup(
        "How much did they pay for their previous record signing?", [signed, contract]
    ) == "How much did Northbridge City pay for their previous record signing?"
    # A body named as a common noun is a "they" of the turn before.
    council = turn("What is the budget of the council?", "£412 million [1]. The council's "
                   "budget is £412 million. [1]")
    assert rewrite_followup("What did they decide?", [signed, council]) == (
        "What did the council decide?"
    )


SIXTEENTH_TRIAL = [
    # "its" after a body that answered "Which airline ...?": the airline, not a place the
    # route names.
    (turn("Which airline will fly from Inverness to Reykjavik?", "SkyLoch [1]. SkyLoch will fly "
          "from Inverness to Reykjavik twice a week. [1]"),
     "How many seats does its plane have?", "How many seats does SkyLoch’s plane have?"),
    # "the Malaysia trade deal" is a deal, though the follow-up names Malaysia.
    (turn("Who signed the Malaysia trade deal for Britain?", "Amelia Hart [1]. The deal was "
          "signed by the UK's trade secretary, Amelia Hart. [1]"),
     "Who signed it for Malaysia?", "Who signed the Malaysia trade deal for Malaysia?"),
]
SEVENTEENTH_TRIAL = [
    # "she" is the one the reply answered with, whose given name no list knows, not the beaten
    # player of the cited sentence, whose given name is known.
    (turn("Who won the Queensbridge Open women's title?", "Dorottya Varga [1]. Hungary's Dorottya "
          "Varga won the Queensbridge Open women's title on Sunday, beating top seed Astrid "
          "Lindholm 6-3, 4-6, 7-5. [1]"),
     "How much prize money does she receive?", "How much prize money does Dorottya Varga receive?"),
    # A "he" of the next sentence, which names a man of its own, makes no man of her.
    (turn("Who chairs Kingsmere Voices?", "Doreen Maddox [1]. Its chair, retired nurse Doreen "
          "Maddox, said some patients were waiting in pain. [1]", passage="Its chair, retired "
          "nurse Doreen Maddox, said some patients were waiting in pain. Local MP Jonathan Ebbs "
          "said he would raise the figures."),
     "What did she say about the waits?", "What did Doreen Maddox say about the waits?"),
    # "More than 400 homes": a word of quantity opening a sentence names no one.
    (turn("Where did the floods hit?", "Perthshire [1]. More than 400 homes were flooded in "
          "Perthshire, and a 71-year-old man, Alasdair Munro, died. [1]"),
     "How old was he?", "How old was Alasdair Munro?"),
]


def test_she_of_two_turns_back_when_the_last_turn_names_only_a_man():
    # trial 16: "she" had been left as it was after "Martín Salas" (read as no known man).
    head = turn("Who heads the civil defence office in Arequipa?", "Rosa Quispe [1]. Rosa "
                "Quispe, who heads the civil defence office, said she had closed the schools. [1]")
    governor = turn("Who is the regional governor?", "Martín Salas [1]. The regional governor, "
                    "Martín Salas, declared an emergency. [1]")
    assert rewrite_followup("Until when did she say schools would stay closed?",
                            [head, governor]) == (
        "Until when did Rosa Quispe say schools would stay closed?"
    )


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        pytest.param(*case, id=f"{trial}-{i}")
        for trial, cases in (
            ("ninth", NINTH_TRIAL), ("tenth", TENTH_TRIAL), ("eleventh", ELEVENTH_TRIAL),
            ("twelfth", TWELFTH_TRIAL),
            ("thirteenth", THIRTEENTH_TRIAL), ("sixteenth", SIXTEENTH_TRIAL),
            ("seventeenth", SEVENTEENTH_TRIAL),
        )
        for i, case in enumerate(cases)
    ],
)
def test_followups_found_by_the_trials(previous, question, expected):
    assert rewrite_followup(question, [previous]) == expected


def test_he_after_a_refused_turn_is_the_man_the_turn_before_cited():
    # the twenty-second round: "Yusuf" and "Yusuf Rahman" are one man, so "he" is not a tie
    twins = ("Twins Aisha and Yusuf Rahman, 16, of Tarnley Park Academy, achieved 19 grade 9s "
             "between them: Aisha gained ten and Yusuf nine.")
    history = [
        turn("Which twins got 19 grade 9s between them?", "Tarnley Park Academy [1]. " + twins),
        Turn("How many did she get?", "How many did Aisha get?", "ten [1]. " + twins, twins),
        Turn("And what about her brother?", "And what about Aisha's brother?",
             "I could not find the answer in the articles."),
    ]
    assert rewrite_followup("What does he want to be?", history) == (
        "What does Yusuf Rahman want to be?"
    )
    assert rewrite_followup("What does she want to be?", history[:2]) == (
        "What does Aisha Rahman want to be?"
    )


def test_it_after_where_a_firm_is_based_is_the_firm_not_the_place():
    # the twenty-second round: "Halvorsen based" read "Halvorsen" as an adjective, so "it"
    # became the place the reply gave
    history = [
        SHARES_FELL,
        Turn("Where is it based?", "Where is Halvorsen based?", "Leeds [1]. Halvorsen Foods, "
             "the Leeds-based maker of ready meals, said profit fell. [1]"),
    ]
    assert rewrite_followup("How many people does it employ?", history) == (
        "How many people does Halvorsen employ?"
    )
    assert rewrite_followup("Who runs it?", history) == "Who runs Halvorsen?"


def test_she_is_never_the_town_a_wrong_reply_gave():
    # the twenty-second trial: "Who was the cyclist he killed?" was answered "Ollerton" (the
    # driver's address), and "she" became Ollerton
    text = ("A van driver struck and killed a cyclist near Rufford. Callum Brierley, 31, of "
            "Fenwick Lane, Ollerton, admitted causing death by dangerous driving. The cyclist, "
            "Dr Helen Ashworth, was a GP.")
    history = [Turn("Who was the cyclist he killed?", "Who was the cyclist Callum Brierley "
                    "killed?", "Ollerton [2]. " + text, text, text)]
    assert rewrite_followup("How many patients did she look after?", history) == (
        "How many patients did Dr Helen Ashworth look after?"
    )


@pytest.mark.parametrize(("question", "phrases"), [
    # a which-question's verb comes right after its auxiliary: its last word is a noun
    ("Which town will get the new hospital?", ["the new hospital"]),
    ("When did he open the new hospital?", ["the new hospital"]),
    # ... while "When will the pool close?" ends in its verb
    ("When will the pool close?", ["the pool"]),
    ("When did the Old Mill bridge reopen?", ["the Old Mill bridge"]),
])
def test_noun_phrases_of_a_question_end_at_its_verb(question, phrases):
    from rag.chat import noun_phrases

    assert noun_phrases(question) == phrases


# the twenty-fourth trial's conversations
BY_ELECTION_1 = Turn(
    "How many votes did Sarah Okoro get?", "How many votes did Sarah Okoro get?",
    "1,482 [1]. Okoro, a 38-year-old pharmacist, received 1,482 votes. [1] The Green Party's "
    "Hannah Birch won 311 votes and the Liberal Democrat, Tom Ashworth, polled 198. [2]",
    "Okoro, a 38-year-old pharmacist, received 1,482 votes. The Green Party's Hannah Birch won "
    "311 votes and the Liberal Democrat, Tom Ashworth, polled 198.",
)
BY_ELECTION_2 = Turn(
    "What about the Conservative candidate?", "How many votes did the Conservative candidate get?",
    "1,127 [1]. The Conservative candidate, Graham Lister, came second with 1,127 votes, and "
    "Reform UK's Paul Dent was third with 604. [1]",
    "The Conservative candidate, Graham Lister, came second with 1,127 votes, and Reform UK's "
    "Paul Dent was third with 604.",
    # the passage around it names the women of the first turn's sentences too
    "Labour's Sarah Okoro has won the Moorside ward by-election. The Conservative candidate, "
    "Graham Lister, came second with 1,127 votes, and Reform UK's Paul Dent was third with 604. "
    "The Green Party's Hannah Birch won 311 votes.",
)


def test_she_is_the_woman_asked_about_before_not_a_name_of_the_wider_passage():
    # "How old is she?" had become "How old is Sarah Okoro or Hannah Birch?"
    history = [BY_ELECTION_1, BY_ELECTION_2]
    assert rewrite_followup("How old is she?", history) == "How old is Sarah Okoro?"


def test_he_is_the_one_named_beside_the_description_asked_about():
    # "The Conservative candidate, Graham Lister, ..." names the one the question described
    # ahead of "Reform UK's Paul Dent" in the same sentence
    okoro = Turn("What job does she do?", "What job does Sarah Okoro do?",
                 "pharmacist [1]. Okoro, a 38-year-old pharmacist, received 1,482 votes. [1]",
                 "Okoro, a 38-year-old pharmacist, received 1,482 votes.",
                 "The Conservative candidate, Graham Lister, came second with 1,127 votes, and "
                 "Reform UK's Paul Dent was third with 604.")
    history = [BY_ELECTION_1, BY_ELECTION_2, okoro]
    assert rewrite_followup("And what percentage of the vote did he get?", history) == (
        "What percentage of the vote did Graham Lister get?"
    )


POOL = Turn("When will the Hexley swimming pool reopen?", "When will the Hexley swimming pool "
            "reopen?", "until September [1]. The reopening of the swimming pool at Hexley Leisure "
            "Centre has been delayed again, until September. [1]")
REPAIRS = Turn("How much will the repairs cost?", "How much will the repairs cost?",
               "£1.9 million [1]. The total cost of the repairs is now expected to reach £1.9 "
               "million. [1]")


@pytest.mark.parametrize(("question", "standalone"), [
    ("Who is the chairwoman of its swimming club?",
     "Who is the chairwoman of the Hexley swimming pool’s swimming club?"),
    ("How many members has it lost?", "How many members has the Hexley swimming pool lost?"),
])
def test_plural_things_are_no_it_an_earlier_turns_thing_is(question, standalone):
    # "its swimming club" had become "the repairs' swimming club"
    assert rewrite_followup(question, [POOL, REPAIRS]) == standalone


def test_an_address_after_an_age_is_no_person():
    # the twenty-fifth trial: "Margaret Hollis, 61, of Elm Grove" made "Elm Grove" a "he"
    text = ("Margaret Hollis, 61, of Elm Grove, Solihull, who ran three care homes, was jailed for "
            "seven years. Her accountant, Derek Fane, 48, of Harborne, was sentenced to four "
            "years.")
    from rag.chat import _only_a_place

    assert _only_a_place("Elm Grove", text) and _only_a_place("Harborne", text)
    assert not _only_a_place("Derek Fane", text)
    history = [Turn("Who was jailed for seven years?", "Who was jailed for seven years?",
                    "Margaret Hollis [1]. " + text, text, text)]
    assert "Elm Grove" not in rewrite_followup("How long was his sentence?", history)


def test_a_name_written_with_its_possessive_gets_no_second_one():
    import re

    from rag.chat import _possessive

    match = re.search(r"\b(its)\b", "What about its pre-tax profit?")
    assert _possessive("What about its pre-tax profit?", match, "Brackwell Foods'") == ""
    assert _possessive("What about its pre-tax profit?", match, "Westmere Rovers") == "’"


FLOODED_ABERWEN = Turn(
    "How many homes were flooded in Aberwen?", "How many homes were flooded in Aberwen?",
    "310 [1]. Storm Hilde flooded 310 homes in Aberwen and 85 in Llanfor. [1]",
)


@pytest.mark.parametrize(("question", "standalone"), [
    # the twenty-fifth trial: "And in Llanfor?" had been "... in Aberwen (in Llanfor)?", and
    # "there" was never resolved
    ("And in Llanfor?", "How many homes were flooded in Llanfor?"),
    ("How many people live there?", "How many people live in Aberwen?"),
    ("How high did the river peak there?", "How high did the river peak in Aberwen?"),
    # an existential "there", or a question with a place of its own, is left alone
    ("Were any people hurt in Llanfor?", "Were any people hurt in Llanfor?"),
    # the re-test: "from there" had become "from in Aberwen"
    ("How many families were evacuated from there?",
     "How many families were evacuated from Aberwen?"),
])
def test_another_place_and_there(question, standalone):
    assert rewrite_followup(question, [FLOODED_ABERWEN]) == standalone


JAILED = Turn(
    "How long was Margaret Hollis jailed for?", "How long was Margaret Hollis jailed for?",
    "seven years [1]. Margaret Hollis, 61, was jailed for seven years. [1] Her accountant,"
    " Derek Fane, 48, of Harborne, was sentenced to four years. [2]",
)
VOTED = Turn(
    "How many councillors voted against the Route 9 bus cuts?",
    "How many councillors voted against the Route 9 bus cuts?",
    "12 [1]. Councillors approved the cuts by 31 votes to 12. [1]",
)
SAVED = Turn(
    "How much will the bus cuts save?", "How much will the bus cuts save?",
    "£210,000 a year [1]. The council's treasurer, Philippa Grant, said the change would save"
    " £210,000 a year. [1]",
)


@pytest.mark.parametrize(("previous", "question", "standalone"), [
    # the twenty-fifth trial and its re-test: each had been glued to the last question in
    # brackets ("What was the other one? (How long was Margaret Hollis jailed for?)")
    (JAILED, "And the other one?", "How long was Derek Fane jailed for?"),
    (JAILED, "What about the other defendant?", "How long was Derek Fane jailed for?"),
    (VOTED, "What about for?", "How many councillors voted for the Route 9 bus cuts?"),
    (VOTED, "And for?", "How many councillors voted for the Route 9 bus cuts?"),
    (SAVED, "Who said so?", "Who said so (How much will the bus cuts save)?"),
    # a who-question with a verb of its own, after a question naming no place or thing
    (SAVED, "Who was arrested?", "Who was arrested?"),
])
def test_the_other_one_the_other_side_and_who_said_so(previous, question, standalone):
    assert rewrite_followup(question, [previous]) == standalone


def test_another_place_named_as_what_a_thing_is_of():
    # the twenty-sixth trial: "And in Wenlow?" had kept asking about Castlebridge
    parcels = Turn("How many parcels did the Castlebridge food bank give out?",
                   "How many parcels did the Castlebridge food bank give out?", "4,210 [1]. ...")
    assert rewrite_followup("And in Wenlow?", [parcels]) == (
        "How many parcels did the Wenlow food bank give out?"
    )


def test_a_thing_named_before_its_verb_leaves_the_verb_out():
    # the twenty-sixth trial's re-check: "it" had become "the Wenlow food bank give"
    parcels = Turn("How many parcels did the Wenlow food bank give out?",
                   "How many parcels did the Wenlow food bank give out?", "2,890 [1]. ...")
    assert rewrite_followup("Who runs it?", [parcels]) == "Who runs the Wenlow food bank?"
    members = Turn("How many members does the swimming club have?",
                   "How many members does the swimming club have?", "240 [1]. ...")
    assert rewrite_followup("Who runs it?", [members]) == "Who runs the swimming club?"


def test_there_and_them_after_a_thing_named_by_its_place():
    # the re-test of this round: "there" after "the Wenlow food bank" was left unresolved, and
    # "them" after "the Route 9 bus cuts" had become "Route"
    parcels = Turn("How many parcels did the Wenlow food bank give out?",
                   "How many parcels did the Wenlow food bank give out?", "2,890 [1]. ...")
    assert rewrite_followup("How many people live there?", [parcels]) == (
        "How many people live in Wenlow?"
    )
    labour = Turn("How many votes did the Labour candidate get?",
                  "How many votes did the Labour candidate get?", "1,107 [1]. ...")
    assert rewrite_followup("How many people live there?", [labour]) == (
        "How many people live there?"
    )
    cuts = Turn("How much will the Route 9 bus cuts save?",
                "How much will the Route 9 bus cuts save?", "£210,000 a year [1]. ...")
    assert rewrite_followup("How many councillors voted against them?", [cuts]) == (
        "How many councillors voted against the Route 9 bus cuts?"
    )


def test_a_place_is_no_she():
    # the twenty-sixth trial: "she" and "he" had become "Cragside Moor"
    fire = Turn(
        "How many hectares has the Cragside Moor fire burned?",
        "How many hectares has the Cragside Moor fire burned?",
        "310 [1]. The wildfire on Cragside Moor has been put out after four days. [1] Group"
        " manager Rachel Ingham said the ground was dry. [2]",
    )
    assert "Cragside Moor" not in rewrite_followup("What did she say about the ground?", [fire])


def test_the_other_side_of_home_and_men():
    home = Turn("What was the average attendance at home games?",
                "What was the average attendance at home games?", "3,870 [1]. ... [1]")
    assert rewrite_followup("And away?", [home]) == (
        "What was the average attendance at away games?"
    )
    men = Turn("How much did blood pressure fall among men?",
               "How much did blood pressure fall among men?", "9 mmHg [1]. ... [1]")
    assert rewrite_followup("What about women?", [men]) == (
        "How much did blood pressure fall among women?"
    )


HOSPITALS = Turn(
    "What was Brenford General's four-hour A&E performance in December?",
    "What was Brenford General's four-hour A&E performance in December?",
    "58.4% [1]. NHS England data for December 2025 shows that only 58.4% of patients at Brenford"
    " General were seen within four hours. [1]",
    evidence="NHS England data for December 2025 shows that only 58.4% of patients at Brenford"
    " General were seen within four hours.",
    passage="At Lindley Royal Infirmary, 74.9% of patients were dealt with within four hours.\n"
    "- Brenford General: four-hour performance 58.4%; 12-hour waits 1,247\n"
    "- Lindley Royal: four-hour performance 74.9%; 12-hour waits 312",
)


def test_the_other_of_two_listed_things_and_there_of_a_thing_s_place():
    # trial 28: "And the other one?" had become NHS England (the one other name of the turn),
    # and "there" had become "in December"
    assert rewrite_followup("And the other one?", [HOSPITALS]) == (
        "What was Lindley Royal's four-hour A&E performance in December?"
    )
    assert rewrite_followup("What about 12-hour waits there?", [HOSPITALS]) == (
        "What about 12-hour waits at Brenford General?"
    )

    # ... and when the turn's passage holds only the asked one's list item, the other is the
    # one set after the same "at" (the final re-test: NHS England again)
    cut = Turn(HOSPITALS.question, HOSPITALS.standalone, HOSPITALS.answer,
               evidence=HOSPITALS.evidence,
               passage="At Lindley Royal Infirmary, 74.9% of patients were seen.\n"
               "- Brenford General: four-hour performance 58.4%")
    assert rewrite_followup("And the other one?", [cut]) == (
        "What was Lindley Royal Infirmary's four-hour A&E performance in December?"
    )


def test_a_pronoun_no_earlier_turn_stands_for_is_asked_back_not_guessed(rag):
    # "Who won the wheelchair race?" (refused, naming no one) then "How old is she?" had been
    # searched as it was and answered with a man's age from another sentence
    rag.ingest([CORPUS])
    conversation = Conversation()
    conversation.add("How many votes did the motion get?", "How many votes did the motion get?",
                     "I could not find the answer in the articles.")
    answer = rag.ask("How old is she?", history=conversation)
    assert answer.refused and answer.refusal_reason == "pronoun"
    assert 'Who is "she"?' in answer.answer and not answer.citations
    # ... but one that says more than the pronoun is searched as it stands (re-test 38: "How
    # much did he say her gambling debts were?" had been asked back)
    said_more = rag.ask("Why was he replaced after the Kharkiv retreat?", history=conversation)
    assert said_more.refusal_reason != "pronoun"
    # a pronoun an earlier turn names someone for is still rewritten and searched
    first = rag.ask("Who was replaced after the Kharkiv retreat?", history=conversation)
    conversation.add_answer(first)
    answer = rag.ask("How long had he been in office?", history=conversation)
    assert answer.refusal_reason != "pronoun"
    assert answer.standalone_question == "How long had Gen Roman Berdnikov been in office?"


# The fortieth trial's wildfire: the one arrested is named by no name.
ARRESTED = turn(
    "Who was arrested over the Carrow Moor fire?",
    "A 34-year-old man from Hawes Bridge [1]. A 34-year-old man from Hawes Bridge has been "
    "arrested on suspicion of arson and released on bail, Northfell Fire and Rescue Service "
    "said. [1]",
)


def test_a_titled_surname_is_the_titled_full_name_and_keeps_her_gender():
    # trial 51: "Dr Maclaren" later in the reply had been a "he" apart from "Dr Fiona Maclaren"
    answer = (
        "A new species of ground beetle has been discovered in the hills and named after the "
        "retired gamekeeper who found the first specimen. [1] Lead researcher Dr Fiona "
        "Maclaren, an entomologist at the university, said the discovery showed how much "
        "remained unknown. [2] Dr Maclaren warned that the beetle could be threatened by "
        "warming temperatures. [3]"
    )
    previous = turn("Who found the new beetle?", answer)
    assert rewrite_followup("How old is she?", [previous]) == "How old is Dr Fiona Maclaren?"
    assert "Maclaren" not in rewrite_followup("How old is he?", [previous])


def test_a_name_owning_with_a_bare_apostrophe_is_the_name_alone():
    # trial 51: "What did she say?" after "What was Joanna Kells’ job before?" had been
    # searched as "What did Joanna Kells’ say?"
    from rag.chat import entities

    assert entities("What was Joanna Kells’ job before?") == ["Joanna Kells"]
    assert entities("What was James' job?") == ["James"]
    previous = Turn(
        "What was her job before?", "What was Joanna Kells’ job before?",
        "finance director [1]. The finance director, Joanna Kells, will serve as interim chief "
        "executive. [1]", "", "",
    )
    assert rewrite_followup("What did she say?", [previous]) == "What did Joanna Kells say?"


def test_a_title_opening_with_the_is_no_he_or_she():
    previous = turn(
        "Who painted The Salt Gatherers?",
        "Tollbridge Museum and Art Gallery has bought The Salt Gatherers, a painting by the "
        "Victorian artist Eliza Thorne, for £285,000. [1]",
    )
    assert rewrite_followup("When did she die?", [previous]) == "When did Eliza Thorne die?"


def test_a_body_is_never_he_the_one_a_reply_describes_is():
    # trial 40: "Was he charged?" had become "Was Northfell Fire charged?" ("and" had cut the
    # service's name in two, and the man the reply described was no candidate)
    assert rewrite_followup("Was he charged?", [ARRESTED]) == (
        "Was the 34-year-old man from Hawes Bridge charged?"
    )
    # a woman described is "she", never "he"
    woman = turn("Who was rescued from the river?", "A woman in her sixties [1]. A woman in "
                 "her sixties was pulled from the River Wend, Westmere Coastguard said. [1]")
    assert rewrite_followup("Where was she taken?", [woman]) == (
        "Where was the woman in her sixties taken?"
    )
    assert "Coastguard" not in rewrite_followup("Was he injured?", [woman])
    spokesman = turn("Who confirmed the closure?", "A spokesman for the council [1]. A "
                     "spokesman for the council confirmed the closure, Harbridge Fire and Rescue "
                     "Service said. [1]")
    assert rewrite_followup("What else did he say?", [spokesman]) == (
        "What else did the spokesman for the council say?"
    )
    # a description the reply names at once is that name
    chief = turn("Who announced the cuts?", "The chief executive [1]. The chief executive, Mr "
                 "Daniel Okafor, said 40 posts would go. [1]")
    assert rewrite_followup("When did he join?", [chief]) == "When did Mr Daniel Okafor join?"


def test_a_service_named_with_and_is_one_name():
    assert entities("Northfell Fire and Rescue Service said. Carrow and District Council met.") == [
        "Northfell Fire and Rescue Service", "Carrow and District Council"
    ]
    # two places are two names
    assert entities("The road between Greyscar and Hawes Bridge is shut.") == [
        "Greyscar", "Hawes Bridge"
    ]


def test_it_after_a_question_about_a_person_only_is_the_thing_asked_about_before():
    # trial 40: "How much of it is contained?" had become "How much of Northfell Fire is
    # contained?"; the man's home town is no "it" either
    charged = Turn("Was he charged?", "Was the 34-year-old man from Hawes Bridge charged?",
                   "I could not find the answer in the articles.")
    assert rewrite_followup("How much of it is contained?", [ARRESTED, charged]) == (
        "How much of the Carrow Moor fire is contained?"
    )
    assert rewrite_followup("How big is it now?", [ARRESTED, charged]) == (
        "How big is the Carrow Moor fire now?"
    )
    bailed = Turn("Was he charged?", "Was the 34-year-old man from Hawes Bridge charged?",
                  "No [1]. He was released on bail, police said. [1]")
    assert rewrite_followup("When did it start?", [ARRESTED, bailed]) == (
        "When did the Carrow Moor fire start?"
    )
    # ... and the same after a named person's turn
    flood = turn("How many homes did the Aberwen flood reach?", "300 [1]. ... [1]")
    age = Turn("How old is she?", "How old is Margaret Hollis?", "61 [1]. ... [1]")
    assert rewrite_followup("When did it start?", [flood, age]) == (
        "When did the Aberwen flood start?"
    )


MANAGER = turn(
    "Who is the manager of Riverside United?",
    "Ruth Calloway [1]. Manager Ruth Calloway said Okafor was ready to start on Saturday. [1]",
    passage="Manager Ruth Calloway said Okafor was ready to start on Saturday. She said he would "
    "go straight into the squad.",
)


def test_he_agrees_in_gender_and_a_role_is_no_part_of_the_name():
    # trial 40: "What did he say about the squad?" had become "What did Manager Ruth Calloway
    # say ...?": the role hid her given name, and "She said he ..." made her both
    assert rewrite_followup("What did he say about the squad?", [MANAGER]) == (
        "What did Okafor say about the squad?"
    )
    assert rewrite_followup("What did she say about the squad?", [MANAGER]) == (
        "What did Ruth Calloway say about the squad?"
    )
    # without the article's pronouns her given name alone says she is no "he"
    bare = turn(MANAGER.question, MANAGER.answer)
    assert "Calloway" not in rewrite_followup("How old is he?", [bare])
    museum = turn("Who is the director of the Harbury museum?", "Helena Voss [1]. Director Dr "
                  "Helena Voss said the museum now had a new roof. [1]")
    assert rewrite_followup("What did she say about the roof?", [museum]) == (
        "What did Dr Helena Voss say about the roof?"
    )
    chief = turn("Who runs the Lindmoor trust?", "Daniel Okafor [1]. Chief Executive Mr Daniel "
                 "Okafor said the trust had recruited 14 anaesthetists. [1]")
    assert rewrite_followup("When did he join?", [chief]) == "When did Mr Daniel Okafor join?"


def test_two_genders_in_one_sentence_are_two_people():
    from rag.chat import text_genders

    text = ("Coach Liam Trent named Aisha Patel in the side. He said she had trained well. "
            "Mrs Fell thanked Dr Morgan. She told him the list was long.")
    assert text_genders(text, ["Coach Liam Trent", "Aisha Patel", "Mrs Fell", "Dr Morgan"]) == {
        "Coach Liam Trent": "m", "Aisha Patel": "f", "Mrs Fell": "f", "Dr Morgan": "m"
    }


@pytest.mark.parametrize(("text", "names"), [
    ("Manager Ruth Calloway said so.", ["Ruth Calloway"]),
    ("Director Dr Helena Voss said so.", ["Dr Helena Voss"]),
    ("Detective Inspector Mark Rowley said so.", ["Inspector Mark Rowley"]),
    ("Acting Director Priya Shah said so.", ["Priya Shah"]),
    # a title of its own stays, and a role before no given name is left as it is
    ("Gen Roman Berdnikov was replaced.", ["Gen Roman Berdnikov"]),
    ("Director General Smith Jones said so.", ["Director General Smith Jones"]),
])
def test_a_role_opening_a_sentence_is_no_part_of_the_name(text, names):
    assert entities(text) == names


PRESENTED = turn(
    "Who presented the waiting list report to the Lindmoor board?",
    "Aisha Morgan [1]. The report, presented to the trust's board by medical director Dr Aisha "
    "Morgan, shows that the list grew by 7 percent. [1]",
)


@pytest.mark.parametrize(("question", "standalone"), [
    # trial 40: "When does the waiting list report plan to open the surgical hub?"
    ("When does it plan to open the surgical hub?",
     "When does the Lindmoor board plan to open the surgical hub?"),
    ("How many anaesthetists has it hired?",
     "How many anaesthetists has the Lindmoor board hired?"),
    ("Is it planning more theatres?", "Is the Lindmoor board planning more theatres?"),
    # what a report does itself is the report's
    ("What did it say about anaesthetists?",
     "What did the waiting list report say about anaesthetists?"),
    ("When was it published?", "When was the waiting list report published?"),
])
def test_it_doing_a_body_s_deed_is_no_document(question, standalone):
    assert rewrite_followup(question, [PRESENTED]) == standalone


def test_it_doing_a_deed_after_only_a_document_looks_a_turn_back():
    firm = turn("How many staff does Calder Drinks employ?", "1,200 [1]. ... [1]")
    report = turn("What did the annual report show?", "a loss [1]. ... [1]")
    assert rewrite_followup("Will it sell the brewery?", [firm, report]) == (
        "Will Calder Drinks sell the brewery?"
    )


def test_a_pronoun_of_the_other_gender_than_a_titled_name_is_someone_else_s():
    """Round 32: "his" after "Ms Nadia Farouk KC ... that Pettifer" is Pettifer's, so "Who
    defended him?" next searched for the defender himself."""
    from rag.chat import text_genders

    told = ("Prosecuting, Ms Nadia Farouk KC told the jury that Pettifer had transferred money "
            "into his own accounts.")
    assert text_genders(told, ["Ms Nadia Farouk KC", "Pettifer"]).get("Pettifer") == "m"
    told = "Mr Owen Lacey said that Harrowby had lost her savings."
    assert text_genders(told, ["Mr Owen Lacey", "Harrowby"]).get("Harrowby") == "f"
    # a name of no known gender still takes the pronoun after it
    assert text_genders("Okafor said his side had tired.", ["Okafor"]) == {"Okafor": "m"}


def test_him_after_a_court_part_turn_is_the_defendant(tmp_path):
    """Round 32: "Who prosecuted Graham Pettifer?" - "What did she tell the jury?" - "Who
    defended him?" had searched "Who defended Mr Robert Haines?"."""
    from rag.chat import Conversation

    conversation = Conversation()
    conversation.add(
        "What did she tell the jury?",
        "What did Ms Nadia Farouk KC tell the jury?",
        "Prosecuting, Ms Nadia Farouk KC told the jury that Pettifer had transferred money "
        "from Little Steps Trust into his own accounts. [1]",
        "Prosecuting, Ms Nadia Farouk KC told the jury that Pettifer had transferred money "
        "from Little Steps Trust into his own accounts.",
        "Defending, Mr Robert Haines said his client had intended to pay the money back.",
    )
    assert "Pettifer" in conversation.standalone("Who defended him?")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Opener Anuj Patel then steered the chase.", ["Anuj Patel"]),
        ("Chief Executive Officer Amy Holt said the firm would grow.", ["Amy Holt"]),
        ("Director General Tim Davie said.", ["General Tim Davie"]),
    ],
)
def test_a_job_opening_the_sentence_before_an_unknown_given_name_is_no_part_of_it(text, names):
    """Round 32: "Opener Anuj Patel" had been rewritten into "How many runs did Opener Anuj
    Patel make?"."""
    from rag.chat import entities

    assert entities(text) == names


def test_where_is_he_from_leaves_the_place_of_the_description_to_the_answer():
    """Round 32: "Where is he from?" after "A 19-year-old man from Oldham [1]." had searched
    "Where is the 19-year-old man from Oldham from?" and answered "suspicion of arson"."""
    from rag.chat import Conversation

    conversation = Conversation()
    conversation.add(
        "Who was arrested over it?",
        "Who was arrested over the Saddleworth Moor fire?",
        "A 19-year-old man from Oldham [1]. A 19-year-old man from Oldham has been arrested on "
        "suspicion of arson, Greater Manchester Police said. [1]",
        "A 19-year-old man from Oldham has been arrested on suspicion of arson, Greater "
        "Manchester Police said.",
    )
    searched = conversation.standalone("Where is he from?")
    assert "Oldham" not in searched and "19-year-old man" in searched, searched
    # any other follow-up keeps the whole description
    assert "Oldham" in conversation.standalone("How old is he?") or "19-year-old" in (
        conversation.standalone("How old is he?")
    )


def test_him_after_who_did_a_deed_to_a_named_man_may_be_either():
    """Round 33 (trial 49): "Who prosecuted Shane Mallory?" - "Mr Nigel Ferris" - "Who defended
    him?" had searched the prosecutor alone; the one the deed was done to is as much in view.
    Trial 66: a defender defends the accused, never the prosecutor, so him alone."""
    from rag.chat import Conversation

    conversation = Conversation()
    conversation.add(
        "Who prosecuted Shane Mallory?",
        "Who prosecuted Shane Mallory?",
        "Mr Nigel Ferris [1]. Prosecuting, Mr Nigel Ferris said Mallory had planned the attack. "
        "[1]",
        "Prosecuting, Mr Nigel Ferris said Mallory had planned the attack.",
        "",
    )
    assert conversation.standalone("Who defended him?") == "Who defended Shane Mallory?"
    # a deed of no case may be either one's
    assert conversation.standalone("Who thanked him?") == (
        "Who thanked Mr Nigel Ferris or Shane Mallory?"
    )


def test_his_after_a_question_about_a_described_person_is_that_person():
    """Round 33 (trial 49): "How old was the motorcyclist?" answered with the lorry driver's
    age, then "What did his mother say?" had searched the coroner of the turn before."""
    from rag.chat import Conversation

    conversation = Conversation()
    conversation.add(
        "Who was the coroner at Daniel Crewe's inquest?",
        "Who was the coroner at Daniel Crewe's inquest?",
        "James Tolland [1]. The senior coroner, Mr James Tolland, recorded a conclusion of "
        "road traffic collision. [1]",
        "The senior coroner, Mr James Tolland, recorded a conclusion of road traffic collision.",
        "",
    )
    conversation.add(
        "How old was the motorcyclist?",
        "How old was the motorcyclist?",
        "58 [1]. The court was told that the lorry driver, a 58-year-old man, had not seen the "
        "motorcycle. [1]",
        "The court was told that the lorry driver, a 58-year-old man, had not seen the "
        "motorcycle.",
        "",
    )
    assert conversation.standalone("What did his mother say?") == (
        "What did the motorcyclist’s mother say?"
    )


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        # Trial 54 (C1): the reply's short answer kept the age opening its sentence, and "How
        # old is Seventeen-year-old Anya Petrova?" found no sentence giving her age.
        (
            turn("Who won the Kestrel Chess Open?", "Seventeen-year-old Anya Petrova [1]. "
                 "Seventeen-year-old Anya Petrova won the Kestrel Chess Open in Chester on "
                 "Sunday. [1]"),
            "How old is she?",
            "How old is Anya Petrova?",
        ),
        (
            turn("Who won the Harbour Marathon?", "34-year-old Tom Reed [1]. 34-year-old Tom "
                 "Reed won the Harbour Marathon in two hours and 21 minutes. [1]"),
            "Where does he live?",
            "Where does Tom Reed live?",
        ),
        (
            turn("Who won the junior title?", "Teenager Marta Kowal [1]. Teenager Marta Kowal "
                 "won the junior title on Saturday. [1]"),
            "Who did she beat in the final?",
            "Who did Marta Kowal beat in the final?",
        ),
        (
            turn("Who plays the keeper?", "Veteran actor Tomas Beck [1]. Veteran actor Tomas "
                 "Beck plays the keeper. [1]"),
            "How old is he?",
            "How old is Tomas Beck?",
        ),
        (
            turn("Who wrote the play?", "Local writer Eilidh Munro [1]. Local writer Eilidh "
                 "Munro wrote the play after her grandmother died. [1]"),
            "What inspired her?",
            "What inspired Eilidh Munro?",
        ),
    ],
)
def test_a_name_from_a_reply_keeps_no_age_or_description_before_it(previous, question, expected):
    """A name is asked with its own words: "Seventeen-year-old", "Teenager", "Veteran actor"
    describe the one named and are said in no other sentence about them."""
    assert rewrite_followup(question, [previous]) == expected


POWER_CUT = turn(
    "How many homes lost power in Eastmoor after Storm Bronagh?",
    "31,500 [1]. Northern Grid Networks said the number of homes which lost power had been "
    "revised to 31,500. [1]",
)


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        # Trial 54 (C5): "they" had been the storm, "How long were Storm Bronagh without power?"
        (POWER_CUT, "How long were they without power?",
         "How long were the homes in Eastmoor without power?"),
        (POWER_CUT, "When were they reconnected?", "When were the homes in Eastmoor reconnected?"),
        (turn("How many homes were flooded in Brayford after Storm Dara?", "About 400 [1]. About "
              "400 homes were flooded in Brayford. [1]"),
         "When will they be repaired?", "When will the homes in Brayford be repaired?"),
        (turn("How many walkers were rescued on Ben Nevis during the Highland Marathon?", "Two "
              "[1]. Two walkers were rescued. [1]"),
         "How long had they been missing?", "How long had the walkers been missing?"),
        # ... what a doer did: "they" is the doer (a plural name), "them" the things counted
        (turn("How many goals did Westmere Rovers score?", "Three [1]. Westmere Rovers scored "
              "three times. [1]"),
         "Who scored them?", "Who scored the goals?"),
        (turn("How many goals did Westmere Rovers score?", "Three [1]. Westmere Rovers scored "
              "three times. [1]"),
         "Where do they play next?", "Where do Westmere Rovers play next?"),
    ],
)
def test_they_after_a_count_is_the_things_counted_never_one_named_thing(
    previous, question, expected
):
    """A plural "they" is no storm, race or bridge: after "How many homes lost power ...?" it
    is the homes the question counted, where it counted them."""
    assert rewrite_followup(question, [previous]) == expected


CRUMB_FOUNDER = turn(
    "Who founded Crumb & Co?",
    "Priya Nandra [1]. The company, founded in Leamingford in 2011 by Priya Nandra, will open "
    "its first shops outside the Midlands. [1] The bakery chain Crumb & Co is to open eight new "
    "shops. [2]",
)
CRUMB_AGE = turn(
    "How old is Priya Nandra?",
    "41 [1]. Nandra, 41, started the business with a single stall. [1]",
)


def crumb_turnover(question: str) -> Turn:
    return turn(question, "£9.4 million [1]. Crumb & Co's turnover rose to £9.4 million in the "
                "year to March. [1]")


@pytest.mark.parametrize(
    ("last", "question", "expected"),
    [
        # Trial 54 (C3): "Who is investing in the company's turnover?"
        ("What was the company's turnover in the year to March?", "Who is investing in it?",
         "Who is investing in Crumb & Co?"),
        ("What was Crumb & Co's turnover in the year to March?", "Who is investing in it?",
         "Who is investing in Crumb & Co?"),
        ("What was the turnover in the year to March?", "Who bought it?",
         "Who bought Crumb & Co?"),
        ("What was Crumb & Co's turnover in the year to March?", "Who owns it?",
         "Who owns Crumb & Co?"),
        ("What was Crumb & Co's turnover in the year to March?", "Who is suing it?",
         "Who is suing Crumb & Co?"),
        # Retest 55 (gym chain): "Who has bought a stake in PulseFit's turnover?"
        ("What was Crumb & Co's turnover?", "Who has bought a stake in it?",
         "Who has bought a stake in Crumb & Co?"),
        ("What was Crumb & Co's turnover?", "Who owns a 40% share in it?",
         "Who owns a 40% share in Crumb & Co?"),
        ("What was the company's turnover?", "Who has shares in it?",
         "Who has shares in Crumb & Co?"),
        ("What was Crumb & Co's turnover?", "Who took a holding in it?",
         "Who took a holding in Crumb & Co?"),
        # a measure still rises and falls
        ("What was Crumb & Co's turnover?", "What share of it went on wages?",
         "What share of Crumb & Co's turnover went on wages?"),
        ("What was Crumb & Co's turnover in the year to March?", "How much has it fallen?",
         "How much has Crumb & Co's turnover fallen?"),
    ],
)
def test_a_measure_is_never_the_it_a_body_is_invested_in_bought_or_sued(
    last, question, expected
):
    """What only a body or a venture has done to it (invested in, bought, owned, sued) is no
    turnover, price or rate, nor a year: the firm the measure is of, or one an earlier turn
    named ("Crumb & Co" of "Who founded Crumb & Co?")."""
    history = [CRUMB_FOUNDER, CRUMB_AGE, crumb_turnover(last)]
    assert rewrite_followup(question, history) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is investing in it?", "Who is investing in Ferrowood?"),
        ("Who is backing it?", "Who is backing Ferrowood?"),
        ("Who took over it?", "Who took over Ferrowood?"),
    ],
)
def test_a_share_price_is_never_what_is_invested_in(question, expected):
    previous = turn("What is Ferrowood's share price?", "412p [1]. Ferrowood's share price "
                    "closed at 412p. [1]")
    assert rewrite_followup(question, [previous]) == expected


def test_an_ampersand_joins_one_name():
    text = "The bakery chain Crumb & Co is to open eight shops, Marks & Spencer said."
    assert entities(text) == ["Crumb & Co", "Marks & Spencer"]


KEEPER = turn(
    "Who plays the keeper in The Lighthouse Keeper's Daughter?",
    "Tomas Beck [1]. The keeper is played by veteran actor Tomas Beck, 71. [1] The Corran "
    "Playhouse opens its spring season next week with the world premiere of The Lighthouse "
    "Keeper's Daughter, a new play by local writer Eilidh Munro. [2]",
)
KEEPER_AGE = turn("How old is Tomas Beck?", "71 [1]. The keeper is played by veteran actor "
                  "Tomas Beck, 71. [1]")
INTERIM = turn(
    "Who is the interim chief executive of Brackwater Water?",
    "Joanna Kells [1]. The finance director, Joanna Kells, will serve as interim chief executive "
    "while the company looks for a permanent replacement. [1]",
    "",
    "Ofwat has increased the penalty on Brackwater Water to £6.1 million after finding that the "
    "company under-reported its leaks. The chief executive, Simon Achterberg, resigned.",
)


@pytest.mark.parametrize(
    ("history", "question", "expected"),
    [
        # Trial 54 (C8): "Who wrote the play?" was searched as asked, and refused
        ([KEEPER, KEEPER_AGE], "Who wrote the play?",
         "Who wrote The Lighthouse Keeper's Daughter?"),
        ([KEEPER, KEEPER_AGE], "How long does the play run?",
         "How long does The Lighthouse Keeper's Daughter run?"),
        ([KEEPER], "Who directed the production?",
         "Who directed The Lighthouse Keeper's Daughter?"),
        ([KEEPER], "How many seats does the theatre have?",
         "How many seats does the Corran Playhouse have?"),
        # Round 34 (st51): "the company" was searched as any company, and answered with a fine
        # the wrong way round ("£38 million" paid to shareholders)
        ([INTERIM], "How much was the company fined?", "How much was Brackwater Water fined?"),
        ([INTERIM], "Why did the firm's chief executive resign?",
         "Why did Brackwater Water's chief executive resign?"),
        ([INTERIM], "Who regulates the company?", "Who regulates Brackwater Water?"),
        # "the bakery chain Crumb & Co"; "Nandra, 41, started the business" is Priya Nandra's
        ([CRUMB_FOUNDER, CRUMB_AGE], "What was the company's turnover in the year to March?",
         "What was Crumb & Co's turnover in the year to March?"),
        ([CRUMB_FOUNDER, CRUMB_AGE], "How many people does the firm employ?",
         "How many people does Crumb & Co employ?"),
        # the one a "Which company ...?" asked for
        ([turn("Which company bought Brackwater Brewing?", "Halvorsen [1]. Halvorsen bought "
               "Brackwater Brewing for £20m. [1]")],
         "Where is the company based?", "Where is Halvorsen based?"),
        # No name of that kind, one named in the question, or two alike: left as asked.
        ([KEEPER, KEEPER_AGE], "Who wrote the book?", "Who wrote the book?"),
        ([INTERIM], "How much was the council fined?", "How much was the council fined?"),
        ([KEEPER], "Who wrote the play Salt Harbour?", "Who wrote the play Salt Harbour?"),
        ([turn("Did Alder Foods outbid Birch Foods?", "Yes [1]. Alder Foods outbid Birch Foods "
               "for the contract. [1]")],
         "When did the company bid?", "When did the company bid?"),
    ],
)
def test_the_company_or_the_play_is_the_conversations_one_of_that_kind(
    history, question, expected
):
    """ "the play", "the company": the name of the conversation its sentences call so ("...,
    a new play by ...", "the bakery chain Crumb & Co", "... Brackwater Water ... the company
    under-reported"), or whose own last word says so; never a guess between two."""
    assert rewrite_followup(question, history) == expected


REFUSED_TURN = "I could not find the answer in the articles."


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Trial 54 (C8 turn 4): 'Who is "her"?' had been asked back
        ("What inspired her?", "What inspired Eilidh Munro?"),
        ("Where is she from?", "Where is Eilidh Munro from?"),
        ("What else has she written?", "What else has Eilidh Munro written?"),
        ("How old is her grandmother?", "How old is Eilidh Munro’s grandmother?"),
    ],
)
def test_she_after_a_refused_turn_is_the_woman_an_earlier_turn_cited(question, expected):
    """The turn before the refusal names only a man; the woman of the first turn's cited
    sentences ("a new play by local writer Eilidh Munro") is the one "she" agrees with."""
    refused = Turn("Who wrote the play?", "Who wrote the play?", REFUSED_TURN)
    assert rewrite_followup(question, [KEEPER, KEEPER_AGE, refused]) == expected


def gym_turn(question: str, opening: str = "Founder and chief executive") -> Turn:
    return turn(
        question, "£31 million [1]. The company said turnover rose by 18% to £31 million. [1]",
        "",
        "Leeds-based gym chain PulseFit is to open seven new gyms, taking its total to 22. "
        "Private equity firm Harbour Ridge Partners has bought a 40% stake in PulseFit. "
        f"{opening} Sanjay Mehta, 44, started the business with a single gym in 2012.",
    )


@pytest.mark.parametrize(
    ("opening", "question", "expected"),
    [
        # Retest 55 (gym chain): "How many gyms will Founder have after the expansion?"
        ("Founder and chief executive", "How many gyms will the company have after the "
         "expansion?", "How many gyms will PulseFit have after the expansion?"),
        ("Chairman", "How many people does the firm employ?",
         "How many people does PulseFit employ?"),
        ("Owner and director", "Where is the business based?", "Where is PulseFit based?"),
        ("Founder", "When was the chain set up?", "When was PulseFit set up?"),
        # no name of that kind: left as asked
        ("Founder", "Who chairs the council?", "Who chairs the council?"),
    ],
)
def test_a_job_word_opening_a_sentence_is_never_the_company(opening, question, expected):
    """ "Founder" of "Founder and chief executive Sanjay Mehta ... started the business" is a
    job, no firm; "Leeds-based gym chain PulseFit" says which the company is."""
    assert rewrite_followup(question, [gym_turn("What was the turnover?", opening)]) == expected


@pytest.mark.parametrize(
    ("last", "question", "expected"),
    [
        # Retest 55: "Who is investing in the expansion?"; "... will the company create?"
        ("How many gyms will PulseFit have after the expansion?", "Who is investing in it?",
         "Who is investing in PulseFit?"),
        ("How many gyms will PulseFit have after the expansion?", "Who is funding it?",
         "Who is funding PulseFit?"),
        ("How many gyms will PulseFit have after the takeover?", "Who has a stake in it?",
         "Who has a stake in PulseFit?"),
        ("How many gyms will the company have after the expansion?",
         "How many jobs will it create?", "How many jobs will the expansion create?"),
        ("How big is the company?", "When was it founded?", "When was it founded?"),
        # an event still creates jobs and costs money
        ("How many gyms will PulseFit have after the expansion?",
         "How many jobs will it create?", "How many jobs will the expansion create?"),
    ],
)
def test_an_event_is_never_invested_in_nor_is_the_unnamed_company_it(last, question, expected):
    """A body invests in a firm, not in its expansion; "the company" left unnamed is no name
    to put in for "it"."""
    previous = turn(last, "22 [1]. The expansion will create 140 jobs. [1]")
    assert rewrite_followup(question, [previous]) == expected


WATER_COUNT = turn(
    "How many homes and businesses lost water in Kirkby Lonsdale?",
    "About 9,000 [1]. About 9,000 homes and businesses in Kirkby Lonsdale lost their water "
    "supply on Monday after a trunk main burst. [1]",
)


def water_turn(question: str, standalone: str, answer: str) -> Turn:
    return Turn(question, standalone, answer, answer, "")


WATER_BACK = water_turn(
    "When were they reconnected?",
    "When were the homes and businesses in Kirkby Lonsdale reconnected?",
    "Tuesday morning [1]. Supplies were restored to most properties by Tuesday morning. [1]",
)


@pytest.mark.parametrize(
    ("history", "question", "expected"),
    [
        # Retest 55 (water outage): "How much compensation will Kirkby Lonsdale get?"
        ([WATER_COUNT, WATER_BACK], "How much compensation will they get?",
         "How much compensation will the homes and businesses in Kirkby Lonsdale get?"),
        ([WATER_COUNT, WATER_BACK], "How long were they without water?",
         "How long were the homes and businesses in Kirkby Lonsdale without water?"),
        ([WATER_COUNT, WATER_BACK], "Who supplies them?",
         "Who supplies the homes and businesses in Kirkby Lonsdale?"),
        ([WATER_COUNT], "When were they reconnected?",
         "When were the homes and businesses in Kirkby Lonsdale reconnected?"),
        # a name put for "they" is no counted things: as before
        ([turn("Who won the cup final?", "Harlow Hawks [1]. Harlow Hawks won the final. [1]"),
          water_turn("How many points did they score?",
                     "How many points did Harlow Hawks score?", "31 [1]. They scored 31. [1]")],
         "Where do they play next?", "Where do Harlow Hawks play next?"),
    ],
)
def test_they_again_is_the_things_they_were_just_never_their_place(history, question, expected):
    """ "they" put for the homes and businesses counted stays them the turn after: a place
    ("Kirkby Lonsdale") is no "they"."""
    assert rewrite_followup(question, history) == expected


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        # Retest 55: "What caused Kirkby Lonsdale?"
        (WATER_COUNT, "What caused it?", "What caused the trunk main burst?"),
        (WATER_BACK, "What caused it?", "What caused it?"),
        (turn("How long did the outage in Kirkby Lonsdale last?", "Two days [1]. The outage "
              "lasted two days. [1]"), "What led to it?",
         # (where the question said it was goes with it, round 42)
         "What led to the outage in Kirkby Lonsdale?"),
        (turn("How many homes in Eastmoor lost power after the fire?", "31,500 [1]. 31,500 "
              "homes lost power. [1]"), "What was behind it?", "What was behind the fire?"),
        (turn("Where is Brayford?", "In Cumbria [1]. Brayford is a town in Cumbria. [1]"),
         "What caused it?", "What caused it?"),
    ],
)
def test_a_town_is_never_the_it_of_a_cause(previous, question, expected):
    """What has a cause is a happening the previous turn named (the burst, the outage), never
    a town or a firm; with none, "it" is left."""
    assert rewrite_followup(question, [previous]) == expected


HILL_CLIMB = "Welsh rider Carys Powell won the Dales Hill Climb on Saturday."


@pytest.mark.parametrize(
    ("answer", "question", "expected"),
    [
        # Retest 55 (hill climb): "How far behind the winner was Welsh?"
        ("Welsh [1]. " + HILL_CLIMB + " [1]", "How far behind the winner was she?",
         "How far behind the winner was Carys Powell?"),
        ("Welsh [1]. The winner was Welsh. [1]", "How far behind the winner was she?",
         "How far behind the winner was she?"),
        ("Kenyan [1]. The Kenyan took the title. [1]", "How old is he?", "How old is he?"),
        # (trial 86 changed this row: a reply naming no one leaves "she" the one the
        # who-question asked for, the women's race's winner, never "Gold")
        ("Gold [1]. Ellis won gold in the sprint. [1]", "Where is she from?",
         "Where is the one who won the women's race from?"),
        ("Scottish [1]. The winner is Scottish. [1]", "What did he win?", "What did he win?"),
        # a surname alone is still a person's
        ("Powell [1]. Powell took the title. [1]", "How old is she?", "How old is Powell?"),
    ],
)
def test_a_nationality_or_a_word_that_names_no_one_is_never_she(answer, question, expected):
    """A reply led by "Welsh" (of "Welsh rider Carys Powell") names no one: "she" is the woman
    the reply cites, or is left."""
    assert rewrite_followup(question, [turn("Who won the women's race?", answer)]) == expected


def refused_turn(question: str) -> Turn:
    return Turn(question, question, REFUSED_TURN)


@pytest.mark.parametrize(
    ("previous", "question", "expected"),
    [
        # Retest 55: "How far behind the winner was Dales Hill Climb?" after a refusal
        (refused_turn("What nationality is the winner of the Dales Hill Climb?"),
         "How far behind the winner was she?", "How far behind the winner was she?"),
        # (trial 86 changed this row: after a refused "Who won ...?" the pronoun is the one
        # it asked for, still never the contest itself)
        (refused_turn("Who won the Kestrel Chess Open?"), "How old is he?",
         "How old is the one who won the Kestrel Chess Open?"),
        (refused_turn("Who organised the Harbour Film Festival?"), "Where does she live?",
         "Where does she live?"),
        # the person the reply names is still "she"
        (turn("Who won the Dales Hill Climb?", "Carys Powell [1]. Carys Powell won it. [1]"),
         "How old is she?", "How old is Carys Powell?"),
    ],
)
def test_one_named_thing_is_never_she(previous, question, expected):
    """ "the Dales Hill Climb", "the Kestrel Chess Open" are one thing each, never "she"."""
    assert rewrite_followup(question, [previous]) == expected


# Trial 57 (c3, c6): a job title opening a sentence ("Operations manager Rhiannon Bowen")
# became "the company" ("Operations") and "it" ("Operations manager Rhiannon Bowen").
SOLAR_PARK = turn(
    "Which firm operates the Hafod solar park?",
    "Site manager Dewi Rowlands [1]. Site manager Dewi Rowlands said the company would replace "
    "all its panels at a cost of about £2 million. [1]",
    "",
    "The solar park's operator, Heulwen Power, said the site would reopen in June. Site "
    "manager Dewi Rowlands said the company would replace all its panels.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operations manager Rhiannon Bowen said the company would act.", ["Rhiannon Bowen"]),
        # ("Sales", "Shares", a plural noun opening its sentence, is no name: trial 82)
        ("Sales fell. Managing director James Armitage, 44, said so.", ["James Armitage"]),
        ("Commercial director Sian Pugh said the firm was sold.", ["Sian Pugh"]),
        ("Pier trust chair Margaret Ellison, 71, cut the ribbon.", ["Margaret Ellison"]),
        # a firm opening its sentence before a post is a name: it is said inside one too
        ("Brackwell chief executive Tom Hale said so. Shares in Brackwell fell.",
         ["Brackwell", "Tom Hale", "Brackwell"]),
        ("Heulwen Power site manager Dewi Rowlands said so.", ["Heulwen Power", "Dewi Rowlands"]),
    ],
)
def test_a_job_title_opening_a_sentence_is_no_name(text, expected):
    assert entities(text) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a person is never "it", the title no part of her name
        ("How many panels does it have?", "How many panels does the Hafod solar park have?"),
        # "the company" is the operator, neither "Site" nor the person the reply wrongly gave
        ("How much will the company spend on new panels?",
         "How much will Heulwen Power spend on new panels?"),
        ("Where is the firm based?", "Where is Heulwen Power based?"),
        ("How old is she?", "How old is Dewi Rowlands?"),
    ],
)
def test_a_job_title_before_the_reply_name_is_no_company_and_no_it(question, expected):
    assert rewrite_followup(question, [SOLAR_PARK]) == expected


# Trial 57 (c2): "Who is her opponent?" became "Who is Marshford?", and "he" after it found
# no one though the first turn's passage named one man.
TOWN_LEADER = Turn(
    "Who leads Brindle council?",
    "Who leads Brindle council?",
    'Alys Penrose [1]. Council leader Alys Penrose said: "We listened. [1] Brindle Borough '
    "Council has approved a rise of 4.99%. [2]",
    'Council leader Alys Penrose said: "We listened. Brindle Borough Council has approved a '
    "rise of 4.99%.",
    "Homes in Brindle face a council tax rise. Council leader Alys Penrose said the authority "
    'had "no choice". "Our spending has tripled," she said.\n\nThe opposition leader, '
    "Councillor Owen Hale, said the council should sell its empty depot instead.",
)
TOWN_HOUSING = turn(
    "What did Alys Penrose say about housing?",
    "Brindle Borough Council has approved a rise of 4.99%. [1] Homes in Brindle face a "
    "council tax rise. [2]",
    "",
    'Council leader Alys Penrose said the authority had "no choice". "Our spending has '
    'tripled," she said.',
)


def test_two_men_named_only_in_passages_leave_he_alone():
    """With two men of the passages and none named by a question, reply or citation, "he"
    is not guessed."""
    leader = replace(
        TOWN_LEADER, passage=TOWN_LEADER.passage + " Mr Idris Vaughan, the treasurer, agreed."
    )
    history = [leader, TOWN_HOUSING, refused_turn("Who is Alys Penrose’s opponent?")]
    question = "What did he want the council to sell?"
    assert rewrite_followup(question, history) == question


# Trial 57 (c5): "When did he die?" after "What was Glenys Parry's husband called?" - "Alun"
# was refused as naming no one; "How long did it take her?" put "Parry or the Channel" in.
ROWER = turn(
    "Who rowed the Atlantic at the age of 70?",
    "Hughes [1]. Mr Hughes, a retired postman, took up rowing after his wife, Eluned, died. [1]",
    "",
    "A 70-year-old grandfather from Tywyn has rowed the Atlantic. Bryn Hughes reached Antigua "
    "after 61 days. Mr Hughes, a retired postman, took up rowing after his wife, Eluned, died.",
)
ROWER_WIFE = turn(
    "What was Bryn Hughes’s wife called?",
    "Eluned [1]. Mr Hughes, a retired postman, took up rowing after his wife, Eluned, died. [1]",
)


def test_a_kin_question_asked_of_a_man_makes_the_reply_a_man():
    """ "What was her son called?" - "Gethin": "he" next is the son, whom the reply's text
    need not tie to "son" itself."""
    named = turn("What was Cerys Lloyd’s son called?", "Bryn [1]. Bryn was born in 1990. [1]")
    assert rewrite_followup("Where does he live?", [named]) == "Where does Bryn live?"


# Trial 57 (c6): "How much did they pay for it?" after "Who bought Fellbeck Brewery?" -
# "Nordholm" was searched as "How much did Fellbeck Brewery pay for it?".
DAIRY_SALE = (
    "Brenmoor [1]. Tarn Valley Dairy, the family dairy founded in 1921, has been bought by "
    "the Dutch food group Brenmoor for £12 million. [1]"
)


@pytest.mark.parametrize(
    ("asked", "question", "expected"),
    [
        ("Who bought Tarn Valley Dairy?", "How much did they pay for it?",
         "How much did Brenmoor pay for Tarn Valley Dairy?"),
        ("Who acquired Tarn Valley Dairy?", "When did they buy it?",
         "When did Brenmoor buy Tarn Valley Dairy?"),
        ("Who has bought Tarn Valley Dairy?", "Will they keep its staff?",
         "Will Brenmoor keep Tarn Valley Dairy’s staff?"),
        ("Who is buying Tarn Valley Dairy?", "How much are they paying?",
         "How much are Brenmoor paying?"),
    ],
)
def test_they_who_pay_are_the_buyer_the_reply_named_and_it_what_was_bought(
    asked, question, expected
):
    """A who-question asking for the doer ("Who bought X?") is answered by the doer: "they"
    next is that buyer, and "it" the thing bought, each put in for its own pronoun."""
    assert rewrite_followup(question, [turn(asked, DAIRY_SALE)]) == expected


# Trial 57 (c4): "they", "she" and "him" became the school "St Aldric" (its "'s" dropped)
# while the reply named the twins "Amara and Kofi Mensah".
FINALISTS = turn(
    "Which brothers reached the chess final at St Cuthbert's?",
    "the finalists [1]. The finalists were brothers Tariq and Samir Haddad, both 17, who "
    "each won six games. [1]",
    "",
    "St Cuthbert's College in Amblewick hosted the county chess final on Saturday.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Which twins got top grades at St Aldric's?", ["St Aldric's"]),
        ("Grades at St Aldric's and Kingsmead rose.", ["St Aldric's", "Kingsmead"]),
        # a possessive owning what follows is the owner's name alone
        ("St Aldric's head teacher said so.", ["St Aldric"]),
        ("St Aldric's Academy in Northfield", ["St Aldric's Academy", "Northfield"]),
        # two given names sharing a surname: each is the whole name
        ("Among them were twins Amara and Kofi Mensah.", ["Amara Mensah", "Kofi Mensah"]),
    ],
)
def test_a_possessive_owning_nothing_stays_part_of_the_name(text, expected):
    assert entities(text) == expected


# Trial 57 (c1): "When will visitors be able to see it?" after talk of a red panda cub's birth
# was searched for "the birth".
KEEPER_ON_BIRTH = [
    turn("Who is the head keeper at Kestrel Park?",
         "Owain Rees [1]. Head keeper Owain Rees said the birth was a relief. [1] A snow leopard "
         "cub has been born at Kestrel Park, the first in its history. [2]"),
    turn("What did Owain Rees say about the birth?",
         "Head keeper Owain Rees said the birth was a relief. [1]", "",
         "Head keeper Owain Rees said the birth was a relief. The public will not see the cub "
         "until August."),
]


# Trial 57 (c8): "it" in "How long has she campaigned to save it?" after "Who chairs the
# Saltby pier trust?" was the trust, not the pier.
LIDO_CHAIR = turn(
    "Who chairs the Kelby lido trust?",
    "Ann Roe [1]. Lido trust chair Ann Roe, 64, has campaigned to save the lido since 2010. [1]",
)


# Trial 58 (chat2): "they" after "Who will run the pickers' camp at Brackley?" - "Ellie and Maya
# Foster" was the place; after a reply naming one of a couple its citation names together
# ("Husband and wife Ken and Dora Little"), it was the one.
CAMPSITE = turn(
    "Who will manage the campsite at Otterby?",
    "Rosa and Lena Hart [1]. Sisters Rosa and Lena Hart, 23, from Kendal, will manage the "
    "campsite at Otterby. [1]",
)
BELLS = turn(
    "Who rang the Thornby church bells for years?",
    "Mavis Webb [1]. Married couple Alf and Mavis Webb, who rang the bells for 40 years, have "
    "left £2,000 to the church. [1]",
)


# Trial 58 (chat3): after "Who launched an appeal in Wexcombe?" (its citation: "The Wexcombe
# Clock Tower trust has launched an appeal to save it"), "it" was the town; "it" built or saved
# is the structure the trust is for, "it" that needs is the trust.
WINDMILL = turn(
    "Who started a fundraiser in Ashcott?",
    "Ashcott Windmill [1]. The Ashcott Windmill society has started a fundraiser to restore "
    "it. [1]",
)
WINDMILL_NEEDS = Turn(
    "How much does it need?",
    "How much does the Ashcott Windmill society need to restore the Ashcott Windmill?",
    "£90,000 [1]. The society needs £90,000. [1]",
)


# Trial 58 (chat4): after "Who bought Lindqvist Tools?" - "Harlan Industries", "it" employing or
# founded was the buyer; it is the firm bought, which the conversation is about, while "they"
# who pay are the buyer, paying for that firm.
TAKEOVER = turn(
    "Which group took over Pellow Foods?",
    "Crannock Holdings [1]. Pellow Foods, the Truro baker, has been taken over by Crannock "
    "Holdings. [1]",
)
TAKEOVER_PAID = Turn(
    "How much did they pay?",
    "How much did Crannock Holdings pay for Pellow Foods?",
    "£3m [1]. Crannock Holdings paid £3m. [1]",
)


@pytest.mark.parametrize(
    ("history", "question", "expected"),
    [
        ([TAKEOVER], "How much did they pay?",
         "How much did Crannock Holdings pay for Pellow Foods?"),
        ([TAKEOVER], "How many staff does it have?", "How many staff does Pellow Foods have?"),
        ([TAKEOVER], "When was it set up?", "When was Pellow Foods set up?"),
        ([TAKEOVER, TAKEOVER_PAID], "How many people does it employ?",
         "How many people does Pellow Foods employ?"),
        ([TAKEOVER, TAKEOVER_PAID], "When was it founded?", "When was Pellow Foods founded?"),
        ([turn("Who has bought the Kelby Arms?", "Tom Ash [1]. Local builder Tom Ash has bought "
               "the Kelby Arms. [1]")],
         "How much did he pay?", "How much did Tom Ash pay for the Kelby Arms?"),
        # a turn about another thing ends it
        ([TAKEOVER, TAKEOVER_PAID,
          turn("What will happen to the Truro bakery?", "It will close [1]. It will close. [1]")],
         "When will it close?", "When will the Truro bakery close?"),
    ],
)
def test_it_after_a_purchase_is_what_was_bought_and_they_who_pay_the_buyer(
    history, question, expected
):
    assert rewrite_followup(question, history) == expected


# Round 36 (trial 57, re-test 58): follow-ups by the kind of fault they were, one test.
THIRTY_SIXTH_ROUND_FOLLOWUPS = {
    "a town is no opponent and he is the one man named": [
        # a town is no person: "her opponent" stays hers when no turn names one
        ([TOWN_LEADER, TOWN_HOUSING], "Who is her opponent?", "Who is Alys Penrose’s opponent?"),
        ([TOWN_LEADER, TOWN_HOUSING], "Who is her rival?", "Who is Alys Penrose’s rival?"),
        ([TOWN_LEADER], "What did she say next?", "What did Alys Penrose say next?"),
        # the one man any turn of the conversation names is "he"
        ([TOWN_LEADER, TOWN_HOUSING, refused_turn("Who is Alys Penrose’s opponent?")],
         "What did he want the council to sell?",
         "What did Councillor Owen Hale want the council to sell?"),
        ([TOWN_LEADER, TOWN_HOUSING], "When was he elected?",
         "When was Councillor Owen Hale elected?"),
    ],
    "a name tied to a noun of kin is a person of its gender": [
        # the one the question asked the name of, by a noun of kin, is a woman
        ([ROWER, ROWER_WIFE], "When did she die?", "When did Eluned die?"),
        ([ROWER, ROWER_WIFE], "How old was she?", "How old was Eluned?"),
        # ... so is one the text names after "his wife"; "he" stays the rower
        ([ROWER], "When did she die?", "When did Eluned die?"),
        ([ROWER], "How old is he?", "How old is Mr Hughes?"),
        # "it" of the time a deed took is no thing: the ocean is never put for it
        # ... and the deed the last question asked about is said with it
        ([ROWER], "How long did it take him?",
         "How long did it take Mr Hughes (Who rowed the Atlantic at the age of 70)?"),
        ([ROWER, ROWER_WIFE], "How long did it take him?", "How long did it take Bryn Hughes?"),
    ],
    "they are the people asked for and a school is no she": [
        # "they" after "Which brothers ...?" are the brothers the reply names
        ([FINALISTS], "How old are they?", "How old are Tariq and Samir Haddad?"),
        ([FINALISTS], "Where do they live?", "Where do Tariq and Samir Haddad live?"),
        # ... and "the brothers" when the reply names none: never the school
        ([turn("Which brothers reached the chess final at St Cuthbert's?",
               "the finalists [1]. The finalists each won six games. [1]")],
         "How old are they?", "How old are the brothers?"),
        # a school named as its saint's is no "she" or "him"
        ([turn("How many pupils sat exams at St Cuthbert's?",
               "142 [1]. 142 pupils sat exams at St Cuthbert's this year. [1]")],
         "Where will she study?", "Where will she study?"),
        ([turn("How many pupils sat exams at St Cuthbert's?",
               "142 [1]. 142 pupils sat exams at St Cuthbert's this year. [1]")],
         "What did its head say?", "What did St Cuthbert's head say?"),
        # "And him?" is the last question asked of the other one
        ([Turn("Where will she study law?", "Where will Leila Haddad study law?",
               "York [1]. Leila will study law at York, while her brother Samir Haddad will "
               "read history at Leeds. [1]")],
         "And him?", "Where will Samir Haddad study law?"),
        ([Turn("Where will she study law?", "Where will Leila Haddad study law?",
               "York [1]. Leila will study law at York, while her brother Samir Haddad will "
               "read history at Leeds. [1]")],
         "What about him?", "Where will Samir Haddad study law?"),
    ],
    "what is seen is the one an event happened to not the event": [
        # (with the story the first turn named: round 57)
        (KEEPER_ON_BIRTH, "When will visitors be able to see it?",
         "When will visitors be able to see the snow leopard cub at Kestrel Park?"),
        (KEEPER_ON_BIRTH, "Can the public name it?",
         "Can the public name the snow leopard cub at Kestrel Park?"),
        # what is asked of the event stays the event's
        (KEEPER_ON_BIRTH, "When was it announced?",
         "When was the birth announced at Kestrel Park?"),
        ([turn("What did Captain Ifan Jones say about the launch?",
               "Captain Ifan Jones said the launch of the new lifeboat was a proud day. [1]")],
         "When can visitors see it?", "When can visitors see the new lifeboat?"),
    ],
    "what is saved is the thing a body is named for": [
        ([LIDO_CHAIR, turn("How old is Ann Roe?", "64 [1]. Ann Roe, 64, said so. [1]")],
         "How long has she campaigned to save it?",
         "How long has Ann Roe campaigned to save the Kelby lido?"),
        ([LIDO_CHAIR], "When will they reopen it?", "When will they reopen the Kelby lido?"),
        # what is asked of a body stays the body's
        ([LIDO_CHAIR], "When was it founded?", "When was the Kelby lido trust founded?"),
        ([LIDO_CHAIR], "How much has it raised?", "How much has the Kelby lido trust raised?"),
        ([turn("Who leads the Friends of Kelby Castle?", "Tom Ash [1]. Tom Ash said so. [1]")],
         "Who is paying to repair it?", "Who is paying to repair Kelby Castle?"),
    ],
    "they are the people named together not the place": [
        ([CAMPSITE], "How old are they?", "How old are Rosa and Lena Hart?"),
        ([CAMPSITE], "Where are they from?", "Where are Rosa and Lena Hart from?"),
        # the home the reply gave to "Where are they from?" is no "it" they took over
        (
            [CAMPSITE, Turn("Where are they from?", "Where are Rosa and Lena Hart from?",
                            "Kendal [1]. Sisters Rosa and Lena Hart, 23, from Kendal [1]")],
            "Who did they take it over from?",
            "Who did Rosa and Lena Hart take the campsite over from?",
        ),
        (
            [CAMPSITE, Turn("Where are they from?", "Where are Rosa and Lena Hart from?",
                            "Kendal [1]. Sisters Rosa and Lena Hart, 23, from Kendal [1]")],
            "How many people live in it?",
            "How many people live in Kendal?",
        ),
        (
            [CAMPSITE, Turn("How old are they?", "How old are Rosa and Lena Hart?",
                            "23 [1]. Sisters Rosa and Lena Hart, 23 [1]")],
            "Where do they live?",
            "Where do Rosa and Lena Hart live?",
        ),
        ([BELLS], "When did they stop?", "When did Alf and Mavis Webb stop?"),
        ([BELLS], "How much have they left?", "How much have Alf and Mavis Webb left?"),
        (
            [turn("Who ran the café on Mill Street?", "Anil Mehta [1]. Jo Mehta and Anil Mehta "
                  "ran the café on Mill Street for 30 years. [1]")],
            "Why did they close it?",
            "Why did Jo Mehta and Anil Mehta close the café?",
        ),
        # one person answered: the place asked at is still no "they"
        (
            [turn("Who will coach the squad at Harlow?", "Sam Reid [1]. Sam Reid will coach the "
                  "squad at Harlow. [1]")],
            "How old are they?",
            "How old are they?",
        ),
    ],
    "it is the body answered or what it is for never the town": [
        ([WINDMILL], "How much does it need to restore it?",
         "How much does the Ashcott Windmill society need to restore the Ashcott Windmill?"),
        ([WINDMILL], "When was it built?", "When was the Ashcott Windmill built?"),
        ([WINDMILL, WINDMILL_NEEDS], "When was it built?", "When was the Ashcott Windmill built?"),
        ([WINDMILL], "Who designed it?", "Who designed the Ashcott Windmill?"),
        # what is asked of a body stays the body's
        ([WINDMILL], "When was it founded?", "When was the Ashcott Windmill society founded?"),
        ([WINDMILL], "How much has it raised?",
         "How much has the Ashcott Windmill society raised?"),
        ([WINDMILL, WINDMILL_NEEDS], "Who chairs it?", "Who chairs the Ashcott Windmill society?"),
    ],
}


# Round 37: follow-ups by the kind of fault they were, one test.
CLOCK_WINDERS = turn(
    "Who wound the Wexcombe clock?",
    "Ken Little [1]. Ken and Dora Little wound the clock every Sunday for 30 years. [1]",
)
FOUNDERS = turn(
    "Who founded the Harwell food bank?",
    "Sue Marsh [1]. The food bank was founded by Tom and Sue Marsh in 2004. [1]",
)
STEELWORKS_CUTS = turn(
    "How many jobs will Pelham Steel cut?",
    "120 [1]. Finance director Sian Pugh said 120 jobs would go by March. [1]",
)

MILL_SOCIETY = turn(
    "What is the Penrith Mill Society raising money for?",
    "New sails [1]. The Penrith Mill Society is raising £40,000 for new sails. [1]",
)
CHAPEL_APPEAL = turn(
    "What is the Brook Street chapel appeal for?",
    "A new roof [1]. The Brook Street chapel appeal will pay for a new roof. [1]",
)
TOWER_TRUST_SET_UP = turn(
    "Who set up a trust to save the Wexcombe Clock Tower?",
    "Local residents [1]. Local residents set up the Wexcombe Clock Tower trust in 2019. [1]",
)
LIDO_TRUST = turn(
    "Who chairs the Stanmore Lido Trust?",
    "Gill Reed [1]. Gill Reed chairs the Stanmore Lido Trust. [1]",
)

TRAM_MAKER = turn(
    "Which company built the new trams for Sheffield?",
    "Stadler [1]. Stadler built the 12 new trams at its plant in Valencia. [1]",
)
WALKERS_RESCUE = turn(
    "Where did the Tenby lifeboat rescue the walkers?",
    "Caldey Island [1]. The two walkers were rescued from Caldey Island. [1]",
)

HALTON_INQUIRY = turn(
    "Who will lead the inquiry into the Halton fire?",
    "Prof Sarah Lund [1]. Prof Sarah Lund will lead the inquiry. [1]",
)

BY_ELECTION = turn(
    "Who won the Bexley by-election?",
    "Cllr Rachel Amos [1]. Cllr Rachel Amos won the Bexley by-election with 5,120 votes. [1]",
)
BY_ELECTION_HUSBAND = Turn(
    "What does her husband do?",
    "What does Cllr Rachel Amos’s husband do?",
    "He is a GP [1]. Her husband, Dr Peter Amos, is a GP in Bexley. [1]",
    "Her husband, Dr Peter Amos, is a GP in Bexley.",
)

BUS_CUT_VOTE = turn(
    "Which councillors voted against the bus cuts?",
    "Cllr Ann Hope and Cllr Tom Reed [1]. Cllr Ann Hope and Cllr Tom Reed voted against the "
    "bus cuts. [1]",
)

BUSINESSMAN = turn(
    "Who is Sir Martin Cole?",
    "A businessman [1]. Sir Martin Cole founded Colebrook Foods in 1985. [1]",
)

VILLAGE_FLOOD = turn(
    "Which village flooded on Tuesday?",
    "Brampton [1]. The river burst its banks at Brampton on Tuesday. [1]",
)

WALKER_TREATED = turn(
    "Who treated the injured walker?",
    "Dr Maclaren [1]. Dr Fiona Maclaren treated the walker at the scene. Dr Maclaren said he "
    "was lucky. [1]",
)
RIVER_PEAK = turn(
    "How high did the river Wye peak in Builth?",
    "4.2m [1]. The river peaked at 4.2m in Builth. [1]",
)

SHOP_WIFE = turn(
    "Who is Tom Reed's wife?",
    "Ann Reed [1]. Ann Reed, Tom's wife, runs the shop. [1]",
)

BROTHER_SAID = turn(
    "What did Tom Hale's brother say?",
    "He was shocked [1]. His brother, Dan Hale, said he was shocked. [1]",
)
FERRY_FIRM = turn(
    "Which firm will run the Kelby ferry?",
    "Solent Lines [1]. Solent Lines will run the ferry from May. [1]",
)

THIRTY_SEVENTH_ROUND_FOLLOWUPS = {
    "they are a couple named together whichever of them the reply led with": [
        # the reply's one person is the first given name with the shared surname
        ([CLOCK_WINDERS], "Where do they live?", "Where do Ken and Dora Little live?"),
        ([CLOCK_WINDERS], "How old are they?", "How old are Ken and Dora Little?"),
        ([CLOCK_WINDERS], "Why did they stop?", "Why did Ken and Dora Little stop?"),
        ([CLOCK_WINDERS], "What is their house called?",
         "What is Ken and Dora Little’s house called?"),
        # ... or the second
        ([FOUNDERS], "Where do they live?", "Where do Tom and Sue Marsh live?"),
        ([turn("Who owns the Red Lion at Tarrow?", "Dai Price [1]. Dai and Gwen Price have "
               "owned the Red Lion since 1998. [1]")],
         "When did they buy it?", "When did Dai and Gwen Price buy the Red Lion?"),
        # one person named alone is still no "they"
        ([turn("Who wound the Wexcombe clock?", "Ken Little [1]. Ken Little wound the clock "
               "every Sunday. [1]")],
         "Where do they live?", "Where do they live?"),
    ],
    "it that is done is the deed not a thing named before": [
        ([CLOCK_WINDERS], "How long did they do it for?",
         "How long did Ken and Dora Little do it for?"),
        ([FOUNDERS], "Why did they do it?", "Why did Tom and Sue Marsh do it?"),
        # a thing done to is still the thing named
        ([FOUNDERS], "Why did they set it up?", "Why did Tom and Sue Marsh set the Harwell food "
         "bank up?"),
    ],
    "a body named for a thing is the body asked of a body and the thing asked of a thing": [
        # a capitalised body keeps its "the" and its head ("Society"), never its verb
        ([MILL_SOCIETY], "When was it founded?", "When was the Penrith Mill Society founded?"),
        ([MILL_SOCIETY], "Who runs it?", "Who runs the Penrith Mill Society?"),
        ([MILL_SOCIETY], "How many members does it have?",
         "How many members does the Penrith Mill Society have?"),
        ([MILL_SOCIETY], "When was it built?", "When was the Penrith Mill built?"),
        # "What is X for?" asks what X is for: X is no value's owner, and is "it" whole
        ([CHAPEL_APPEAL], "How much has it raised?",
         "How much has the Brook Street chapel appeal raised?"),
        ([CHAPEL_APPEAL], "Who launched it?", "Who launched the Brook Street chapel appeal?"),
        ([CHAPEL_APPEAL], "When was it built?", "When was the Brook Street chapel built?"),
        # what is asked only of a body is the body the reply named for the thing asked about
        ([TOWER_TRUST_SET_UP], "Who chairs it?", "Who chairs the Wexcombe Clock Tower trust?"),
        ([TOWER_TRUST_SET_UP], "How much has it raised?",
         "How much has the Wexcombe Clock Tower trust raised?"),
        ([TOWER_TRUST_SET_UP], "When was it built?", "When was the Wexcombe Clock Tower built?"),
        ([TOWER_TRUST_SET_UP], "Who owns it?", "Who owns the Wexcombe Clock Tower?"),
        # what a structure is or does (opening, its height) is never the body's
        ([LIDO_TRUST], "When will it reopen?", "When will the Stanmore Lido reopen?"),
        ([LIDO_TRUST], "When was it set up?", "When was the Stanmore Lido Trust set up?"),
        ([turn("What did the Wexcombe Clock Tower trust say?", "Repairs are needed [1]. The "
               "trust said the tower needs £200,000 of repairs. [1]")],
         "How tall is it?", "How tall is the Wexcombe Clock Tower?"),
        ([turn("How much have the Friends of Hartley Park raised?", "£12,000 [1]. The Friends of "
               "Hartley Park have raised £12,000. [1]")],
         "When did it open?", "When did Hartley Park open?"),
    ],
    "it is the firm a job is of, not the person's job title": [
        ([turn("Who is the new boss of Tarn Brewing?", "Managing director Huw Jenkins [1]. "
               "Managing director Huw Jenkins took over in May. [1]")],
         "When was it founded?", "When was Tarn Brewing founded?"),
        ([turn("Who is the new boss of Tarn Brewing?", "Huw Jenkins [1]. Huw Jenkins took over "
               "in May. [1]")],
         "How many pubs does it own?", "How many pubs does Tarn Brewing own?"),
        ([turn("Who is the chief executive of Harlow Bus Company?", "Dean Fry [1]. Chief "
               "executive Dean Fry said the routes would change. [1]")],
         "How many buses does it run?", "How many buses does Harlow Bus Company run?"),
        ([turn("Who is the operations manager of Carlow Freight?", "Rhiannon Bowen [1]. "
               "Operations manager Rhiannon Bowen said the company would hire 40 drivers. [1]")],
         "Where is it based?", "Where is Carlow Freight based?"),
        # ... and she is the person
        ([turn("Who is the operations manager of Carlow Freight?", "Rhiannon Bowen [1]. "
               "Operations manager Rhiannon Bowen said the company would hire 40 drivers. [1]")],
         "How long has she worked there?", "How long has Rhiannon Bowen worked there?"),
    ],
    "there and then are the place and the time the reply gave when asked for one": [
        ([VILLAGE_FLOOD], "How many homes were flooded there?",
         "How many homes were flooded in Brampton?"),
        ([turn("Where did the Tenby lifeboat rescue the walkers?", "Caldey Island [1]. The "
               "walkers were rescued from Caldey Island. [1]")],
         "How many people live there?", "How many people live in Caldey Island?"),
        ([turn("Where did the Tenby lifeboat rescue the walkers?", "Caldey Island [1]. The "
               "walkers were rescued from Caldey Island. [1]")],
         "Were there any injuries?", "Were there any injuries?"),
        ([turn("When did the Norwich store open?", "1998 [1]. The store opened in 1998. [1]")],
         "Who was the manager then?", "Who was the manager in 1998?"),
        ([turn("When did the Norwich store open?", "1998 [1]. The store opened in 1998. [1]")],
         "How many staff did it have that year?",
         "How many staff did the Norwich store have in 1998?"),
        ([turn("When did Ann Cole die?", "4 May [1]. Ann Cole died on 4 May. [1]")],
         "How old was she then?", "How old was Ann Cole on 4 May?"),
        ([turn("In what year did Ann Cole open the shop?", "March 2004 [1]. Ann Cole opened the "
               "shop in March 2004. [1]")],
         "How old was she at the time?", "How old was Ann Cole in March 2004?"),
        ([turn("When was Tenby pier built?", "1869 [1]. The pier was built in 1869. [1]")],
         "Who was the mayor then?", "Who was the mayor in 1869?"),
        # no time asked for: "then" is left as it is
        ([turn("Who opened the shop?", "Ann Cole [1]. Ann Cole opened the shop in 2004. [1]")],
         "How old was she then?", "How old was Ann Cole then?"),
    ],
    "a place's name before a noun is that thing not the place": [
        ([turn("When was Tenby pier built?", "1869 [1]. The pier was built in 1869. [1]")],
         "What is it like now?", "What is Tenby pier like now?"),
        ([turn("When was Tenby pier built?", "1869 [1]. The pier was built in 1869. [1]")],
         "How long is it?", "How long is Tenby pier?"),
        ([turn("What did Wrexham council decide about the library?", "Close it [1]. Wrexham "
               "council voted to close the library. [1]")],
         "When will they close it?", "When will Wrexham council close the library?"),
        ([turn("What did Wrexham council decide about the library?", "Close it [1]. Wrexham "
               "council voted to close the library. [1]")],
         "Why did they vote to close it?", "Why did Wrexham council vote to close the library?"),
        # a nationality before a noun is no place's thing
        ([turn("What pay offer did Welsh nurses reject?", "3.5 percent [1]. Welsh nurses "
               "rejected a 3.5 percent offer. [1]")],
         "How many of them voted?", "How many of them voted?"),
    ],
    "they are the plural things what is asked fits not the firm that made them": [
        ([TRAM_MAKER], "How much did they cost?", "How much did the new trams cost?"),
        ([TRAM_MAKER], "When will they enter service?",
         "When will the new trams enter service?"),
        ([TRAM_MAKER], "How fast are they?", "How fast are the new trams?"),
        # a firm's deed stays the firm's
        ([TRAM_MAKER], "How many staff do they employ?", "How many staff do Stadler employ?"),
        # the city the trams were for is no "it" based anywhere
        ([TRAM_MAKER], "Where is it based?", "Where is Stadler based?"),
    ],
    "a place answered to where is no they; the people asked about are": [
        ([WALKERS_RESCUE], "How did they get there?", "How did the walkers get to Caldey Island?"),
        ([WALKERS_RESCUE], "How old were they?", "How old were the walkers?"),
        ([WALKERS_RESCUE], "Where were they from?", "Where were the walkers from?"),
        ([WALKERS_RESCUE], "How long did the Tenby lifeboat take to reach them?",
         "How long did the Tenby lifeboat take to reach the walkers?"),
    ],
    "it that people died in or that started is the happening not the inquiry into it": [
        ([HALTON_INQUIRY], "How many people died in it?",
         "How many people died in the Halton fire?"),
        ([HALTON_INQUIRY], "How did it start?", "How did the Halton fire start?"),
        ([HALTON_INQUIRY], "When did it break out?", "When did the Halton fire break out?"),
        ([turn("When will the review of the A38 crash be published?", "June [1]. The review "
               "will be published in June. [1]")],
         "How many people were hurt in it?", "How many people were hurt in the A38 crash?"),
        # what is asked of the inquiry stays the inquiry's
        ([HALTON_INQUIRY], "When will it report?", "When will the inquiry report?"),
        # with no happening named, "it" is still the thing named
        ([turn("Which school was evacuated?", "Hillcrest Primary [1]. Hillcrest Primary was "
               "evacuated. [1]")],
         "How many pupils were trapped in it?", "How many pupils were trapped in Hillcrest "
         "Primary?"),
    ],
    "an abbreviated title makes a person whose given name says the gender": [
        ([BY_ELECTION, BY_ELECTION_HUSBAND], "Where does he work?",
         "Where does Dr Peter Amos work?"),
        ([BY_ELECTION, BY_ELECTION_HUSBAND], "How many votes did she get?",
         "How many votes did Cllr Rachel Amos get?"),
        ([turn("Who chairs the Kelby planning committee?", "Cllr Sarah Dean [1]. Cllr Sarah Dean "
               "said Mr John Pike's plan had been rejected. [1]")],
         "What did he propose?", "What did Mr John Pike propose?"),
        ([turn("Who leads St Mary's church in Kelby?", "Rev Ann Cole [1]. Rev Ann Cole said "
               "Mr Tom Hale had left £5,000 to the church. [1]")],
         "When did he die?", "When did Mr Tom Hale die?"),
        ([turn("Who found the missing walker?", "Sgt Tom Reed [1]. Sgt Tom Reed found Mrs Ann "
               "Price near the summit. [1]")],
         "How old is she?", "How old is Mrs Ann Price?"),
        # "Mrs", "Ms" end in "s" but are no plural noun before a name ("Twins Amara ...")
        ([turn("Who found the missing walker?", "Ms Jo Price [1]. Ms Jo Price found Mr Tom "
               "Hale near the summit. [1]")],
         "Where does she live?", "Where does Ms Jo Price live?"),
    ],
    "them after they in one question is another group": [
        ([BUS_CUT_VOTE], "Why did they oppose them?",
         "Why did Cllr Ann Hope and Cllr Tom Reed oppose the bus cuts?"),
        ([BUS_CUT_VOTE], "Did they vote for them last year?",
         "Did Cllr Ann Hope and Cllr Tom Reed vote for the bus cuts last year?"),
        ([turn("Which firms bid for the ferry contracts?", "Brett Marine and Solent Lines [1]. "
               "Brett Marine and Solent Lines bid for the two ferry contracts. [1]")],
         "How much did they bid for them?",
         "How much did Brett Marine and Solent Lines bid for the ferry contracts?"),
        # a second "they" is the same ones, left as it is
        ([BUS_CUT_VOTE], "When did they say they would vote?",
         "When did Cllr Ann Hope and Cllr Tom Reed say they would vote?"),
    ],
    "it after a reply describing the one asked about is a thing its sentence names": [
        ([BUSINESSMAN], "When did he found it?",
         "When did Sir Martin Cole found Colebrook Foods?"),
        ([BUSINESSMAN], "How many people does it employ?",
         "How many people does Colebrook Foods employ?"),
        # (round 50: the firm he founded is "his company" by its name)
        ([BUSINESSMAN], "How big is his company?", "How big is Colebrook Foods?"),
        ([turn("Who is Ann Rees?", "A headteacher [1]. Ann Rees leads Kelby Academy, which "
               "opened in 2010. [1]")],
         "How many pupils does it have?", "How many pupils does Kelby Academy have?"),
        # where the one described lives is no thing of theirs
        ([turn("Who is Tom Hale?", "A farmer [1]. Tom Hale farms 300 acres near Ledbury. [1]")],
         "How big is it?", "How big is it?"),
    ],
    "what about a place never takes the place of a day": [
        ([VILLAGE_FLOOD], "What about Hemsby?", "Which village flooded on Tuesday (Hemsby)?"),
        ([VILLAGE_FLOOD], "What about Wednesday?", "Which village flooded on Wednesday?"),
        ([turn("What did Ukraine say on Friday?", "It denied it [1]. Ukraine denied it. [1]")],
         "What about Russia?", "What did Russia say on Friday?"),
        ([turn("What did Ukraine say on Friday?", "It denied it [1]. Ukraine denied it. [1]")],
         "What about Saturday?", "What did Ukraine say on Saturday?"),
        ([turn("How many homes lost power in Eastmoor on Monday?", "3,100 [1]. 3,100 homes "
               "lost power. [1]")],
         "What about Westmoor?", "How many homes lost power in Westmoor on Monday?"),
    ],
    "he whom no name agrees with is the one a who-question described": [
        ([WALKER_TREATED], "How old is he?", "How old is the injured walker?"),
        ([WALKER_TREATED], "Where is he from?", "Where is the injured walker from?"),
        ([WALKER_TREATED], "Where does she work?", "Where does Dr Fiona Maclaren work?"),
        # the one "Who is the ...?" described is the one the reply named
        ([turn("Who is the new harbourmaster?", "Ann Cole [1]. Ann Cole starts on Monday. [1]")],
         "How old is he?", "How old is he?"),
    ],
    "there in a question with a pronoun is the place the last question named": [
        ([RIVER_PEAK], "When did it peak there?", "When did the river Wye peak in Builth?"),
        ([RIVER_PEAK], "How long did it stay high there?",
         "How long did the river Wye stay high in Builth?"),
        ([turn("Where does Ann Cole live?", "Ledbury [1]. Ann Cole lives in Ledbury. [1]")],
         "When did she move there?", "When did Ann Cole move to Ledbury?"),
        # an existential "there" stays
        ([RIVER_PEAK], "Was there any damage?", "Was there any damage?"),
    ],
    "it that the reply did the same deed to is that thing": [
        ([SHOP_WIFE], "How long has she run it?", "How long has Ann Reed run the shop?"),
        ([turn("Who is Sian Reed?", "A vet [1]. Sian Reed opened the surgery on Mill Lane in "
               "2015. [1]")],
         "Why did she open it?", "Why did Sian Reed open the surgery?"),
        # no such deed in the reply: left as it is
        ([SHOP_WIFE], "When did she sell it?", "When did Ann Reed sell it?"),
        ([SHOP_WIFE], "Why did she do it?", "Why did Ann Reed do it?"),
    ],
    "he after a question about X's brother is the brother the reply names": [
        ([BROTHER_SAID], "Where does he live?", "Where does Dan Hale live?"),
        ([turn("How old is Ann Cole's daughter?", "12 [1]. Her daughter, Mia Cole, 12, was "
               "found safe. [1]")],
         "Where was she found?", "Where was Mia Cole found?"),
        ([turn("What did Tom Hale's lawyer say?", "He will appeal [1]. His lawyer, Ms Jo Price, "
               "said he would appeal. [1]")],
         "What did she say about the verdict?", "What did Ms Jo Price say about the verdict?"),
        # one asked about himself stays the subject
        ([turn("How old is Mateus Coelho?", "31 [1]. Coelho, 31, joined from Braga, said "
               "manager Luke Ferris. [1]")],
         "What did he say?", "What did Mateus Coelho say?"),
    ],
    "how long it took after a who-question is the time the one named took": [
        ([turn("Who rowed the Atlantic alone?", "Bryn Hughes [1]. Bryn Hughes rowed the Atlantic "
               "alone in 61 days. [1]")],
         "How long did it take?",
         "How long did it take Bryn Hughes (Who rowed the Atlantic alone)?"),
        ([turn("Who swam the Channel at 67?", "Mrs Glenys Parry [1]. Mrs Glenys Parry swam the "
               "Channel. [1]")],
         "How long did it take?", "How long did it take Mrs Glenys Parry (Who swam the Channel "
         "at 67)?"),
        # "it" of a thing's time to make is the thing's
        ([turn("When was Tenby pier built?", "1869 [1]. The pier was built in 1869. [1]")],
         "How long did it take to build?", "How long did Tenby pier take to build?"),
    ],
    "it that sails or costs is the thing a which-firm question named": [
        ([FERRY_FIRM], "How often will it sail?", "How often will the Kelby ferry sail?"),
        ([FERRY_FIRM], "How much will it cost?", "How much will the Kelby ferry cost?"),
        # a body's deed is the firm's: a ferry employs no one (users' fault 3, chat56)
        ([FERRY_FIRM], "How many staff does it employ?",
         "How many staff does Solent Lines employ?"),
    ],
    "a name made to do a body's deed is no she when the reply names a woman": [
        ([STEELWORKS_CUTS], "What did she say?", "What did Sian Pugh say?"),
        ([STEELWORKS_CUTS], "How long has she worked there?",
         "How long has Sian Pugh worked there?"),
        ([STEELWORKS_CUTS], "Where is it based?", "Where is Pelham Steel based?"),
        ([turn("When will Brackley Foods close its factory?", "March [1]. Managing director "
               "James Armitage said the factory would close in March. [1]")],
         "How old is he?", "How old is James Armitage?"),
        # the one a question asks about as a person stays its subject
        ([turn("How old is Mateus Coelho?", "31 [1]. Coelho, 31, joined from Braga, said "
               "manager Luke Ferris. [1]")],
         "How long is his contract?", "How long is Mateus Coelho’s contract?"),
    ],
}


# Trial 60 (round 38)
PAIRS_AGE = turn(
    "How old is Walter or Piotr Dolny?",
    "74 [1]. Hetty Trebilcock, 71, and her husband Walter, 74, beat Piotr Dolny and Fenella "
    "Gouldsmith of Quenby Magna by 21 shots to 17 in Sunday's final. [1]",
)
FINAL_AGE = turn(
    "How old is Tom Hale or Dan Reed?",
    "52 [1]. Dan Reed, 52, beat Tom Hale, 48, in the final on Sunday. [1]",
)
THREFALL_JAILED = turn(
    "How long was Gideon Threlfall jailed for?",
    "six years and four months [1]. Gideon Threlfall, 52, was jailed for six years and four "
    "months. [1]",
)
THREFALL_PROSECUTED = turn(
    "Who prosecuted Gideon Threlfall?",
    "Mr Ifeanyi Adjei-Bright [1]. Prosecuting, Mr Ifeanyi Adjei-Bright said Threlfall had "
    "forged a client's signature on at least one cheque. [1]",
)
MANAGER_REPLACED = turn(
    "Who replaced Tom Hale?",
    "Dan Reed [1]. Dan Reed replaced Tom Hale as manager in May. [1]",
)
MARATHON_CITED = turn(
    "How long is it?",
    "six months [1]. A decision on the vaccine for babies from six months has not been made. "
    "[1] Siobhan Brennock broke the women's course record to win the Corrieside Marathon. [2]",
)
POTHOLE_REFUSED = refused_turn("How deep was the pothole that killed a cyclist?")
CLIMBER_TREATED = turn(
    "Who treated the injured climber?",
    "Dr Fiona Maclaren [1]. Dr Fiona Maclaren treated the climber at the scene. [1]",
)
FERRY_REPAIRS = [
    turn("How much did the Gannet Rose repairs cost?", "£2.6 million [1]. The final repair bill "
         "for MV Gannet Rose rose to £2.6 million. [1] The firm had first estimated the cost at "
         "£1.8 million. [2]"),
    turn("What was the first estimate?", "£1.8 million [1]. The firm had first estimated the "
         "cost at £1.8 million. [1]"),
    turn("Why did the first estimate go up?", "corrosion on a propeller shaft [1]. Workers "
         "found corrosion on a propeller shaft. [1]"),
]
SPEED_LIMIT = [
    turn("Who proposed the 20mph limit in Wyvernhay?", "Meera Haldane [1]. The scheme was put "
         "forward by Councillor Meera Haldane. [1]"),
    turn("What did the opposition leader think of the 20mph limit?", "The leader of the "
         "opposition, Conservative councillor Crispin Telfer, said the limit would drive "
         "shoppers away. [1]"),
    Turn("Which party is he from?", "Which party is the opposition leader from?",
         "Conservative councillor Crispin Telfer [1]. The leader of the opposition, "
         "Conservative councillor Crispin Telfer, said the limit would drive shoppers away. [1]"),
]
POST_OFFICE = [
    turn("Who has run the Daverill post office for 31 years?", "Maureen Tillotson [1]. Maureen "
         "Tillotson, 68, has run the post office for 31 years. [1]"),
    turn("Who chairs the volunteers?", "Colin Bramhope [1]. The volunteers' group is chaired "
         "by retired bank manager Colin Bramhope. [1]"),
    turn("What opening hours did Colin Bramhope announce?", "9am to 1pm [1]. He said opening "
         "hours would be shorter at first, from 9am to 1pm. [1]"),
]
MARATHON_WINNER = [
    turn("Who won the women's race at the Corrieside Marathon?", "Siobhan Brennock [1]. "
         "Siobhan Brennock won the women's race at the Corrieside Marathon. [1]"),
    Turn("How old is she?", "How old is Siobhan Brennock?", "29 [1]. The 29-year-old "
         "physiotherapist knocked 47 seconds off the record. [1]"),
]
MAYOR_HOME = [
    turn("Who won the Kelby mayoral election?", "Ann Cole [1]. Ann Cole won the Kelby mayoral "
         "election. [1]"),
    Turn("Where does she live?", "Where does Ann Cole live?", "Ledbury [1]. Ann Cole lives in "
         "Ledbury. [1]"),
]
SWITCHED_RACES = turn(
    "Why did he switch races?",
    "He had been due to run in Berlin but switched races after an injury scare. [1]",
    passage="The men's race was won by Ezekiel Wambugu in 2:14:52. He had been due to run in "
    "Berlin but switched races after an injury scare.",
)
LIFEBOAT_LATE = turn(
    "Why was the lifeboat late?",
    "She said the sea was too rough to launch. [1]",
    passage="The lifeboat was led by coxswain Adaeze Okoro. She said the sea was too rough to "
    "launch.",
)
FENWICK_DEPOT = turn(
    "Who runs the Fenwick depot for Carlow Freight?",
    "Rhiannon Bowen [1]. Rhiannon Bowen runs the Fenwick depot for Carlow Freight. [1]",
)

THIRTY_EIGHTH_ROUND_FOLLOWUPS = {
    "he after a question hedged between two is the one the reply answered of": [
        ([PAIRS_AGE], "What operation did he have?", "What operation did Walter have?"),
        ([PAIRS_AGE], "Where does he live?", "Where does Walter live?"),
        ([PAIRS_AGE], "How long has he played?", "How long has Walter played?"),
        ([FINAL_AGE], "Where is he from?", "Where is Dan Reed from?"),
        ([FINAL_AGE], "What does he do for a living?", "What does Dan Reed do for a living?"),
    ],
    "he who does something after who did a deed to a named man is the one who did it": [
        ([THREFALL_JAILED, THREFALL_PROSECUTED], "What did he say about the cheque?",
         "What did Mr Ifeanyi Adjei-Bright say about the cheque?"),
        ([THREFALL_JAILED, THREFALL_PROSECUTED], "What did he tell the jury?",
         "What did Mr Ifeanyi Adjei-Bright tell the jury?"),
        ([THREFALL_PROSECUTED], "What did he say about the cheque?",
         "What did Mr Ifeanyi Adjei-Bright say about the cheque?"),
        ([MANAGER_REPLACED], "What did he promise the fans?",
         "What did Dan Reed promise the fans?"),
        ([MANAGER_REPLACED], "Where did he manage before?", "Where did Dan Reed manage before?"),
        # one something is done to may be the one the deed was done to
        ([THREFALL_JAILED, THREFALL_PROSECUTED], "When was he sentenced?",
         "When was Gideon Threlfall sentenced?"),
        # (a deed of the case is the accused's alone: trial 66)
        ([THREFALL_PROSECUTED], "Was he convicted?", "Was Gideon Threlfall convicted?"),
    ],
    "she after a refused turn is the one its question met, not a name cited before": [
        ([MARATHON_CITED, POTHOLE_REFUSED], "What was her job?", "What was the cyclist’s job?"),
        ([MARATHON_CITED, POTHOLE_REFUSED], "How old was she?", "How old was the cyclist?"),
        ([POTHOLE_REFUSED], "Where did she live?", "Where did the cyclist live?"),
        ([refused_turn("When was the car that hit a pedestrian found?")], "Was he badly hurt?",
         "Was the pedestrian badly hurt?"),
        # a climber or a hiker is a person too
        ([CLIMBER_TREATED], "How old is he?", "How old is the injured climber?"),
        ([refused_turn("Where did the helicopter pick up the hiker?")], "Where was she from?",
         "Where was the hiker from?"),
    ],
    "they are the plural things a question three turns back named": [
        (FERRY_REPAIRS, "Who is paying for them?", "Who is paying for the Gannet Rose repairs?"),
        (FERRY_REPAIRS, "When will they be finished?",
         "When will the Gannet Rose repairs be finished?"),
        (FERRY_REPAIRS, "Who carried them out?", "Who carried the Gannet Rose repairs out?"),
        # a name said before a plural noun is no "they" of its own
        (FERRY_REPAIRS[:1], "How long did they take?", "How long did the Gannet Rose repairs "
         "take?"),
        ([turn("How many Rose Hill homes were flooded?", "40 [1]. Forty homes were flooded. "
               "[1]")],
         "When were they built?", "When were the Rose Hill homes built?"),
    ],
    "it is never a person nor plural things; a thing an earlier question named is": [
        (SPEED_LIMIT, "How much will it cost?", "How much will the 20mph limit cost?"),
        (SPEED_LIMIT, "When will it start?", "When will the 20mph limit start?"),
        (SPEED_LIMIT[1:], "Who voted against it?", "Who voted against the 20mph limit?"),
        # the search may have capitalised the kind a which-question asked for
        (SPEED_LIMIT[:2] + [replace(SPEED_LIMIT[2], standalone="Which Party is the opposition "
                                    "leader from?")],
         "How much will it cost?", "How much will the 20mph limit cost?"),
        (POST_OFFICE, "Where will it move to?", "Where will the Daverill post office move to?"),
        (POST_OFFICE, "When will it reopen?", "When will the Daverill post office reopen?"),
        # the hours a reply gave are no "it"; the thing the question named is
        ([turn("What opening hours did the Kelby library announce?", "9am to 1pm [1]. The "
               "library will open from 9am to 1pm. [1]")],
         "When will it reopen?", "When will the Kelby library reopen?"),
    ],
    "what about another race asks the last question of the one who won that": [
        (MARATHON_WINNER, "What about the men's race?",
         "How old is the one who won the men's race at the Corrieside Marathon?"),
        (MARATHON_WINNER, "And the men's race?",
         "How old is the one who won the men's race at the Corrieside Marathon?"),
        (MAYOR_HOME, "What about the Harton mayoral election?",
         "Where does the one who won the Harton mayoral election live?"),
        # right after the who-question, the who-question is asked again of it
        (MARATHON_WINNER[:1], "What about the men's race?",
         "Who won the men's race at the Corrieside Marathon?"),
    ],
    "he of a cited sentence naming no one is whom the passage goes on about so": [
        ([SWITCHED_RACES], "What was his time?", "What was Ezekiel Wambugu’s time?"),
        ([SWITCHED_RACES], "Where is he from?", "Where is Ezekiel Wambugu from?"),
        ([SWITCHED_RACES], "How old is he?", "How old is Ezekiel Wambugu?"),
        ([LIFEBOAT_LATE], "How long has she been coxswain?",
         "How long has Adaeze Okoro been coxswain?"),
    ],
    "what about a thing after a who-question asks what becomes of the thing": [
        (FERRY_REPAIRS + [turn("Who is paying for the Gannet Rose repairs?", "Tarnby County "
                               "Council [1]. The council will pay £1.5 million. [1]")],
         "What about fares?", "What will happen to the fares?"),
        ([turn("Who will run the Kelby library?", "Volunteers [1]. Volunteers will run it. [1]")],
         "What about the opening hours?", "What will happen to the opening hours?"),
        ([turn("Who owns the Red Lion?", "Dai Price [1]. Dai Price owns the Red Lion. [1]")],
         "And the car park?", "What will happen to the car park?"),
        # after a question of a value it is still that value asked of the thing
        ([turn("How many votes did Karim get?", "1,200 [1]. Karim got 1,200 votes. [1]")],
         "What about turnout?", "What was the turnout? (How many votes did Karim get?)"),
    ],
    "it based somewhere is the firm a site was named for, not the site": [
        ([FENWICK_DEPOT], "Where is it based?", "Where is Carlow Freight based?"),
        ([FENWICK_DEPOT], "How many staff does it employ?",
         "How many staff does Carlow Freight employ?"),
        ([turn("Who manages the Leeds warehouse of Brindle Foods?", "Ann Cole [1]. Ann Cole "
               "manages the warehouse. [1]")],
         "When was it founded?", "When was Brindle Foods founded?"),
        # what a site is or has stays the site's
        ([FENWICK_DEPOT], "How big is it?", "How big is the Fenwick depot?"),
    ],
}


# Round 39: follow-ups by the kind of fault they were, one test.
BY_ELECTION_BEATEN = turn(
    "Who beat Ann Cole?",
    "Sarah Pike [1]. Sarah Pike beat Ann Cole by 2,010 votes in the Kelby by-election. [1]",
)
FINAL_BEATEN = turn(
    "Who defeated Tom Hale in the final?",
    "Dan Reed [1]. Dan Reed defeated Tom Hale 6-4, 6-3 in the final on Sunday. [1]",
)
FARM_BOUGHT = turn(
    "Who bought the farm?",
    "The Hartley family [1]. The Hartley family bought Oakridge Farm for £2.1 million. [1]",
)
CAVE_BEETLE = turn(
    "What new species of beetle was found in the cave?",
    "Trechus [1]. The beetle, named Trechus ardensis, was found by cavers in Ogof Ddu. [1]",
)
MIXED_PAIRS = turn(
    "Who won the mixed pairs?",
    "Ken and Dora Little [1]. Ken and Dora Little beat Tom and Ann Hale 21-17 in the mixed "
    "pairs final. [1]",
)

THIRTY_NINTH_ROUND_FOLLOWUPS = {
    "she after who beat a named woman is either woman unless she does something": [
        ([BY_ELECTION_BEATEN], "How many votes did she get?",
         "How many votes did Sarah Pike or Ann Cole get?"),
        ([BY_ELECTION_BEATEN], "How old is she?", "How old is Sarah Pike or Ann Cole?"),
        ([BY_ELECTION_BEATEN], "What was her share of the vote?",
         # (each one's share, round 42: "Sarah Pike or Ann Cole’s" had read as Ann Cole's)
         "What was Sarah Pike’s or Ann Cole’s share of the vote?"),
        ([turn("Who succeeded Ann Cole as mayor?", "Sarah Pike [1]. Sarah Pike succeeded Ann "
               "Cole as mayor in May. [1]")],
         "Where does she live?", "Where does Sarah Pike or Ann Cole live?"),
        # a given name no list knows is no surer a "he" than a known one
        ([FINAL_BEATEN], "How old is he?", "How old is Dan Reed or Tom Hale?"),
        # one who does something now is the doer just named
        ([BY_ELECTION_BEATEN], "What did she say after the count?",
         "What did Sarah Pike say after the count?"),
        ([FINAL_BEATEN], "What did he say about the match?",
         "What did Dan Reed say about the match?"),
        # the one the question asked about, or the one woman, is meant
        ([turn("Who did Sarah Pike beat?", "Ann Cole [1]. Sarah Pike beat Ann Cole by 2,010 "
               "votes. [1]")],
         "How many votes did she get?", "How many votes did Sarah Pike get?"),
        ([turn("Who beat Ann Cole?", "Tom Reed [1]. Tom Reed beat Ann Cole by 2,010 votes. [1]")],
         "How many votes did she get?", "How many votes did Ann Cole get?"),
        # who won is the one asked for, the one beaten only cited
        ([turn("Who won the Kelby by-election?", "Sarah Pike [1]. Sarah Pike beat Ann Cole by "
               "2,010 votes in the Kelby by-election. [1]")],
         "How many votes did she get?", "How many votes did Sarah Pike get?"),
    ],
    "they are the group the reply named by its noun and it the thing by the reply's name": [
        ([FARM_BOUGHT], "How much did they pay for it?",
         "How much did the Hartley family pay for Oakridge Farm?"),
        ([FARM_BOUGHT], "When did they buy it?", "When did the Hartley family buy Oakridge Farm?"),
        ([FARM_BOUGHT], "How much did they pay?",
         "How much did the Hartley family pay for Oakridge Farm?"),
        ([FARM_BOUGHT], "Will they keep its staff?",
         "Will the Hartley family keep Oakridge Farm’s staff?"),
        ([FARM_BOUGHT], "How big is it?", "How big is Oakridge Farm?"),
        ([replace(FARM_BOUGHT, question="Who bought Oakridge Farm?",
                  standalone="Who bought Oakridge Farm?")],
         "How much did they pay for it?", "How much did the Hartley family pay for Oakridge Farm?"),
        ([turn("Who took over the bakery?", "The Patel family [1]. The Patel family took over "
               "Crumbs Bakery in June. [1]")],
         "When did they take it over?", "When did the Patel family take Crumbs Bakery over?"),
        ([turn("Who bought the pub?", "The parish council [1]. The parish council bought the "
               "Red Lion for £400,000. [1]")],
         "How much did they pay for it?", "How much did the parish council pay for the pub?"),
        # a person who bought is still "he"
        ([turn("Who bought the farm?", "Tom Ash [1]. Local builder Tom Ash bought Oakridge Farm "
               "for £2.1 million. [1]")],
         "How much did he pay for it?", "How much did Tom Ash pay for Oakridge Farm?"),
        # the reply naming two farms, or none, leaves "the farm"
        ([turn("Who bought the farm?", "The Hartley family [1]. The Hartley family bought "
               "Oakridge Farm and Lowfield Farm. [1]")],
         "How much did they pay for it?", "How much did the Hartley family pay for the farm?"),
        ([turn("Who bought the farm?", "The Hartley family [1]. The Hartley family bought the "
               "farm for £2.1 million. [1]")],
         "When did they buy it?", "When did the Hartley family buy the farm?"),
    ],
    "it after which kind of a thing was asked for is that thing, not where it was": [
        ([CAVE_BEETLE], "How long is it?", "How long is the beetle?"),
        ([CAVE_BEETLE], "What does it eat?", "What does the beetle eat?"),
        ([CAVE_BEETLE], "Who found it?", "Who found the beetle?"),
        ([turn("What kind of bird was spotted at Kelby reservoir?", "a hoopoe [1]. The bird, a "
               "hoopoe, was spotted by a birdwatcher at Kelby reservoir. [1]")],
         "Where does it usually live?", "Where does the bird usually live?"),
        ([turn("Which breed of dog won best in show at Crufts?", "A whippet [1]. A whippet named "
               "Miki won best in show at Crufts. [1]")],
         "How old is it?", "How old is the dog?"),
        ([turn("What species of bats were found in the church?", "Pipistrelles [1]. Pipistrelle "
               "bats were found roosting in the church roof. [1]")],
         "Are they protected?", "Are the bats protected?"),
        # ... so is the thing done to a reply gave by its noun
        ([turn("What was found in the cave?", "A beetle [1]. The beetle, named Trechus "
               "ardensis, was found by cavers. [1]")],
         "How long is it?", "How long is the beetle?"),
        ([turn("What was stolen from the museum?", "A painting [1]. A painting by Turner was "
               "stolen from the museum on Monday. [1]")],
         "How much is it worth?", "How much is the painting worth?"),
        # what is asked of a place, or of another thing, is not the thing asked for
        ([turn("What species of bats were found in the church?", "Pipistrelles [1]. Pipistrelle "
               "bats were found roosting in the church roof. [1]")],
         "When was it built?", "When was the church built?"),
        ([CAVE_BEETLE], "How many people live near it?", "How many people live near the cave?"),
        ([turn("What is the Brook Street chapel appeal for?", "A new roof [1]. The Brook Street "
               "chapel appeal will pay for a new roof. [1]")],
         "How much has it raised?", "How much has the Brook Street chapel appeal raised?"),
    ],
    "they are the couple whole however the reply or the question put them": [
        ([MIXED_PAIRS], "Who did they beat?", "Who did Ken and Dora Little beat?"),
        ([MIXED_PAIRS], "How old are they?", "How old are Ken and Dora Little?"),
        # a which-question asking for a couple or a pair asks for two people as "who" does
        ([replace(MIXED_PAIRS, question="Which couple won the mixed pairs?",
                  standalone="Which couple won the mixed pairs?")],
         "Who did they beat?", "Who did Ken and Dora Little beat?"),
        ([turn("Which pair won the fours?", "Ken and Dora Little [1]. Ken and Dora Little won "
               "the fours. [1]")],
         "How long have they played together?", "How long have Ken and Dora Little played "
         "together?"),
        # the reply leading with their given names, or with where they are from
        ([turn("Who won the mixed pairs?", "Ken and Dora [1]. Ken and Dora Little won the mixed "
               "pairs. [1]")],
         "Who did they beat?", "Who did Ken and Dora Little beat?"),
        ([turn("Who won the mixed pairs?", "Ken and Dora Little of Kelby [1]. Ken and Dora "
               "Little of Kelby won the mixed pairs. [1]")],
         "Who did they beat?", "Who did Ken and Dora Little beat?"),
        # the one the reply named alone is no "they", nor is the contest won
        ([turn("Who won the singles?", "Ken Little [1]. Ken Little won the singles. [1]")],
         "Who did they beat?", "Who did they beat?"),
        ([turn("Which couple won the mixed pairs?", "Ken Little [1]. Ken Little won it. [1]")],
         "Who did they beat?", "Who did they beat?"),
    ],
    "what about another thing asks the previous question of it, in its tense": [
        ([turn("How much did the roof cost?", "£20,000 [1]. The roof cost £20,000. [1]")],
         "What about the windows?", "How much did the windows cost?"),
        ([turn("How much did the roof cost?", "£20,000 [1]. The roof cost £20,000. [1]")],
         "And the new kitchen?", "How much did the new kitchen cost?"),
        ([turn("How much will the new pool cost?", "£2m [1]. The new pool will cost £2m. [1]")],
         "What about the library?", "How much will the library cost?"),
        # the auxiliary agrees with the thing asked of now
        ([turn("How much is the roof?", "£20,000 [1]. The roof is £20,000. [1]")],
         "What about the windows?", "How much are the windows?"),
        ([turn("How many staff does the hospital employ?", "2,000 [1]. The hospital employs "
               "2,000. [1]")],
         "What about the school?", "How many staff does the school employ?"),
        # a body that does the deed stays; the thing it is done to changes
        ([turn("How much did the council spend on the roof?", "£20,000 [1]. The council spent "
               "£20,000 on the roof. [1]")],
         "What about the windows?", "How much did the council spend on the windows?"),
        # a who-question keeps its verb and tense for another side of a contrast
        ([turn("Who won the women's race?", "Ann Cole [1]. Ann Cole won the women's race. [1]")],
         "What about the men's race?", "Who won the men's race?"),
        ([turn("Who will captain the women's team?", "Ann Cole [1]. Ann Cole will captain the "
               "women's team. [1]")],
         "And the men's?", "Who will captain the men's team?"),
        # ... and asks what becomes of a thing no one of its kind does
        ([turn("Who will chair the inquiry?", "Prof Sarah Lund [1]. Prof Sarah Lund will chair "
               "the inquiry. [1]")],
         "What about the review?", "What will happen to the review?"),
        # a value of the thing, or a thing after a name, is asked beside the question
        ([turn("How much does the tram extension cost?", "£90m [1]. The extension costs £90m. "
               "[1]")],
         "What about the opening date?",
         "What is the opening date? (How much does the tram extension cost?)"),
        ([turn("How many votes did Karim get?", "1,200 [1]. Karim got 1,200 votes. [1]")],
         "What about turnout?", "What was the turnout? (How many votes did Karim get?)"),
    ],
    "he or she is the one a question described by a noun for a person of their gender": [
        # nouns that already resolved stay so
        ([turn("Who treated the injured cyclist?", "Dr Fiona Maclaren [1]. Dr Fiona Maclaren "
               "treated the cyclist at the scene. [1]")],
         "How old is he?", "How old is the injured cyclist?"),
        ([turn("How old was the runner?", "58 [1]. The runner was 58. [1]")],
         "Where did she live?", "Where did the runner live?"),
        # ... and those that did not: one who lives, owns or works somewhere, or is out
        ([turn("How long had the tenant lived in the flat?", "12 years [1]. The tenant had "
               "lived there for 12 years. [1]")],
         "What did she say?", "What did the tenant say?"),
        ([turn("How much was the landlord fined?", "£5,000 [1]. The landlord was fined £5,000. "
               "[1]")],
         "Will he appeal?", "Will the landlord appeal?"),
        ([turn("How old was the resident?", "81 [1]. The resident was 81. [1]")],
         "When did she move in?", "When did the resident move in?"),
        ([turn("How much did the owner pay?", "£40,000 [1]. The owner paid £40,000. [1]")],
         "What did he say?", "What did the owner say?"),
        ([refused_turn("Where was the angler swept off the rocks?")],
         "How old was he?", "How old was the angler?"),
        # a noun of the other gender is no "she" or "he"
        ([turn("How old was the fisherman?", "58 [1]. The fisherman was 58. [1]")],
         "Where did she live?", "Where did she live?"),
        ([turn("How old was the fisherman?", "58 [1]. The fisherman was 58. [1]")],
         "Where did he live?", "Where did the fisherman live?"),
        ([turn("How old was the mother?", "34 [1]. The mother was 34. [1]")],
         "Where does he work?", "Where does he work?"),
    ],
}


BREWERY_COST = turn(
    "How much will the expansion cost now?",
    "£2.4 million [1]. Hollin Bank Brewery has unveiled plans for a £2.4 million expansion that "
    "it says will create 18 jobs. [1]",
)


DOG_OWNERS = turn(
    "Who owns Biscuit the spaniel?",
    "Daniel Pryce [1]. Biscuit, who is four, ran off on Friday afternoon while being walked by "
    "her owners, Daniel Pryce, 41, and his husband Owen, 38. [1]",
)


CUP_STOLEN = turn(
    "What was stolen from Tarrow Museum?",
    "The Tarrow Cup [1]. A 17th-century silver chalice known as the Tarrow Cup was stolen from "
    "Tarrow Museum on Wednesday. [1]",
)


TRAINS_RUN = turn(
    "How many trains will run on the main line during the strike?",
    "About one an hour [1]. Coastline Rail said it would run about one train an hour on the main "
    "line, and no trains at all on the Ashdale branch, during the strike. [1]",
)


CAPTAIN_ASKED = turn(
    "Who captained Ashcombe in the village cup final?",
    "Walter [1]. His father, Walter, played in the club's only previous final, in 1962. [1]",
)


FINED_OVER_DEATH = turn(
    "Who was fined over Edna Walsh's death?",
    "Care Quality Commission [1]. The prosecution was brought by the Care Quality Commission. "
    "[1] Edna Walsh, 89, who had dementia, fell from her bedroom window and died in hospital "
    "three days later. [2]",
)


CHOIR_AGES = turn(
    "How old are they?",
    "17 [2]. The choir's oldest member, Margaret Dunn, 91, has sung with it for 60 years. [1] "
    "Its youngest, Chloe Patel, 17, joined last year. [2]",
)


FORTIETH_ROUND_FOLLOWUPS = {
    "a thing asked of ends before the question's verb, and an opening and goes": [
        ([BREWERY_COST], "And how many jobs will it create?",
         "How many jobs will the expansion create?"),
        ([BREWERY_COST], "When will it open?", "When will the expansion open?"),
        ([turn("How much did the new roof cost last year?", "£20,000 [1]. The new roof cost "
               "£20,000. [1]")],
         "Who built it?", "Who built the new roof?"),
        ([turn("When will the pool open again?", "In May [1]. The pool will open again in May. "
               "[1]")],
         "And how much did it cost?", "How much did the pool cost?"),
        # a time said before the verb, or an "and" opening no question, stays
        ([turn("How much will the expansion cost?", "£2.4 million [1]. The expansion will cost "
               "£2.4 million. [1]")],
         "And how many jobs will it create?", "How many jobs will the expansion create?"),
        ([turn("How many homes were flooded in Brayford?", "120 [1]. 120 homes were flooded in "
               "Brayford. [1]")],
         "And businesses?", "How many businesses were flooded in Brayford?"),
    ],
    "they are the reply's one person and the one its sentence names with them": [
        ([DOG_OWNERS], "How old are they?", "How old are Daniel Pryce and Owen?"),
        ([DOG_OWNERS], "How many posters did they put up?",
         "How many posters did Daniel Pryce and Owen put up?"),
        ([turn("Who runs the bakery?", "Ann Cole [1]. The bakery is run by Ann Cole and her "
               "daughter Beth. [1]")],
         "How long have they run it?", "How long have Ann Cole and Beth run the bakery?"),
        ([turn("Who found the walkers?", "Tom Hale [1]. The walkers were found by Tom Hale, 52, "
               "and Sam Reed, 40. [1]")],
         "Where do they live?", "Where do Tom Hale and Sam Reed live?"),
        # the one named alone is still "he"; a dog or a body beside him is no second person
        ([DOG_OWNERS], "How old is he?", "How old is Daniel Pryce?"),
        ([turn("Who found the dog?", "Tom Hale [1]. The dog was found by Tom Hale, 52, and his "
               "dog Rex. [1]")],
         "Where do they live?", "Where do they live?"),
        ([turn("Who bought the mill?", "Tom Hale [1]. Tom Hale and Kelby Council bought the "
               "mill. [1]")],
         "How much did they pay?", "How much did they pay?"),
    ],
    "it after what was done to a thing is that thing, not where it was done": [
        ([CUP_STOLEN], "How much is it worth now?", "How much is the Tarrow Cup worth now?"),
        ([CUP_STOLEN], "When was it made?", "When was the Tarrow Cup made?"),
        ([CUP_STOLEN], "Who stole it?", "Who stole the Tarrow Cup?"),
        ([replace(CUP_STOLEN, answer="A 17th-century silver chalice [1]. A 17th-century silver "
                  "chalice was stolen from Tarrow Museum on Wednesday. [1]")],
         "How much is it worth?", "How much is the 17th-century silver chalice worth?"),
        # ... and stays it a turn on, "worth" no part of its name
        ([CUP_STOLEN, turn("How much is the 17th-century silver chalice worth now?", "£120,000 "
                           "[1]. The cup has since been valued at £120,000. [1]")],
         "When was it made?", "When was the 17th-century silver chalice made?"),
        ([turn("What was found in the loft?", "The Kelby Hoard [1]. The Kelby Hoard, 300 Roman "
               "coins, was found in the loft of Kelby Hall. [1]")],
         "Who found it?", "Who found the Kelby Hoard?"),
        ([turn("What was sold at the auction?", "A Turner sketch [1]. A Turner sketch was sold at "
               "the auction in Kelby. [1]")],
         "Who bought it?", "Who bought the Turner sketch?"),
        # what is asked of the place or the body stays theirs
        ([CUP_STOLEN], "When will it reopen?", "When will Tarrow Museum reopen?"),
        ([CUP_STOLEN], "Who runs it?", "Who runs Tarrow Museum?"),
        # a person the reply named is no "it"
        ([turn("What was found in the loft?", "Mr Tom Hale [1]. Builder Mr Tom Hale found coins "
               "in the loft. [1]")],
         "How much is it worth?", "How much is the loft worth?"),
    ],
    "what about a thing of the kind the previous question named asks it in its place": [
        ([TRAINS_RUN], "What about the Ashdale branch?",
         "How many trains will run on the Ashdale branch during the strike?"),
        ([TRAINS_RUN], "And the coast route?",
         "How many trains will run on the coast route during the strike?"),
        ([turn("When will the Ashdale hospital reopen?", "In May [1]. The hospital reopens in "
               "May. [1]")],
         "What about the Kelby clinic?", "When will the Kelby clinic reopen?"),
        # a thing of another kind, or none named to take the place of, is asked beside it
        ([TRAINS_RUN], "What about the Ashdale council?",
         "How many trains will run on the main line during the strike (the Ashdale council)?"),
        ([turn("When will the Ashdale hospital reopen?", "In May [1]. The hospital reopens in "
               "May. [1]")],
         "What about the Kelby school?", "When will the Ashdale hospital reopen (the Kelby "
         "school)?"),
        ([turn("How many trains will run during the strike?", "About one an hour [1]. About one "
               "train an hour will run during the strike. [1]")],
         "What about the Ashdale branch?",
         "How many trains will run during the strike (the Ashdale branch)?"),
    ],
    "the company's is the one operator the conversation named, by its name's last word": [
        ([turn("Which union is striking at Coastline Rail?", "RMT union [1]. Station staff at "
               "Coastline Rail will strike, the RMT union has announced. [1]"), TRAINS_RUN],
         "Who is the company's managing director?", "Who is Coastline Rail's managing director?"),
        ([turn("When will the strike end?", "On Friday [1]. Staff at Kelby Buses will strike "
               "until Friday. [1]")],
         "Who is the company's managing director?", "Who is Kelby Buses’ managing director?"),
        ([turn("Who runs Tarn Ferries?", "Ann Cole [1]. Ann Cole runs Tarn Ferries. [1]")],
         "How many staff does the company employ?", "How many staff does Tarn Ferries employ?"),
        # two operators alike, or none (a union, a hospital), leave "the company" as it is
        ([turn("How many services will run during the strike?", "About 40 [1]. Coastline Rail "
               "will run 30 services and Kelby Buses will run 10. [1]")],
         "Who is the company's managing director?", "Who is the company's managing director?"),
        ([turn("Which union is striking?", "RMT union [1]. Station staff will strike, the RMT "
               "union said. [1]")],
         "Who is the company's managing director?", "Who is the company's managing director?"),
        ([turn("When will the strike end?", "On Friday [1]. Staff at Kelby Hospital will strike "
               "until Friday. [1]")],
         "Who is the company's managing director?", "Who is the company's managing director?"),
    ],
    "what about a person by role asks the count of them; them is never what was counted": [
        ([CAPTAIN_ASKED, replace(refused_turn("How many runs did he score?"),
                                 standalone="How many runs did Walter score?")],
         "What about the Thornleigh opener?", "How many runs did the Thornleigh opener score?"),
        ([CAPTAIN_ASKED, replace(refused_turn("How many runs did he score?"),
                                 standalone="How many runs did Walter or Ashcombe score?")],
         "What about the Thornleigh captain?", "How many runs did the Thornleigh captain score?"),
        ([turn("Who won the Kelby ward?", "Ann Cole [1]. Ann Cole won the Kelby ward. [1]"),
          replace(turn("How many votes did she get?", "1,200 [1]. Ann Cole got 1,200 votes. [1]"),
                  standalone="How many votes did Ann Cole get?")],
         "What about the Labour candidate?", "How many votes did the Labour candidate get?"),
        # ... while what is no person is asked of whoever the earlier question would find
        ([turn("Who won the women's race?", "Ann Cole [1]. Ann Cole won the women's race. [1]"),
          replace(turn("How old is she?", "34 [1]. Ann Cole, 34, won. [1]"),
                  standalone="How old is Ann Cole?")],
         "What about the men's race?", "How old is the one who won the men's race?"),
        ([turn("How many runs did the Thornleigh opener score?", "87 [1]. Opener Harry Blake, 19, "
               "top-scored with 87. [1]")],
         "Who bowled the last ball to them?", "Who bowled the last ball to them?"),
        ([turn("How many jobs will the new factory create?", "200 [1]. The new factory will "
               "create 200 jobs. [1]")],
         "Who will train them?", "Who will train them?"),
        # the count's own deed takes what it counted
        ([turn("How many goals did Westmere Rovers score?", "Three [1]. Westmere Rovers scored "
               "three goals. [1]")],
         "Who scored them?", "Who scored the goals?"),
    ],
    "it after who was fined over a death or a fire is the body, never or the happening": [
        ([FINED_OVER_DEATH], "How much was it fined?", "How much was Care Quality Commission "
         "fined?"),
        ([FINED_OVER_DEATH], "Where is it based?", "Where is Care Quality Commission based?"),
        ([turn("Who was fined over the Kelby fire?", "Oakfield Care Ltd [1]. Oakfield Care Ltd "
               "was fined over the Kelby fire. [1]")],
         "How much was it fined?", "How much was Oakfield Care Ltd fined?"),
        # what happened is what happens; a thing no happening stays beside the body
        ([FINED_OVER_DEATH], "When did it happen?", "When did Edna Walsh's death happen?"),
        ([turn("Who bought Brackwater Brewing?", "Halvorsen Group [1]. Halvorsen Group bought "
               "Brackwater Brewing. [1]")],
         "How much did it pay?", "How much did Halvorsen Group or Brackwater Brewing pay?"),
    ],
    "she or he may be an animal the conversation asked about, called so in its sentences": [
        ([DOG_OWNERS, CHOIR_AGES, refused_turn("How many posters did they put up?")],
         "Where was she found?", "Where was Biscuit found?"),
        ([DOG_OWNERS, replace(DOG_OWNERS, question="How old are they?",
                              standalone="How old are Daniel Pryce and Owen?")],
         "Where was she found?", "Where was Biscuit found?"),
        ([turn("Who owns Rex the collie?", "Ann Cole [1]. Rex ran off while being walked by his "
               "owner, Ann Cole. [1]")],
         "Where was he found?", "Where was Rex found?"),
        # the owner named is still "she"; a place is no one
        ([turn("Who owns Rex the collie?", "Ann Cole [1]. Rex ran off while being walked by his "
               "owner, Ann Cole. [1]")],
         "How old is she?", "How old is Ann Cole?"),
        ([turn("Where was the spaniel rescued?", "Brackenholme [1]. The spaniel was rescued near "
               "Brackenholme. [1]")],
         "How old is she?", "How old is she?"),
        # the two women of the turn just before are both searched
        ([DOG_OWNERS, CHOIR_AGES], "Where was she found?",
         "Where was Margaret Dunn or Chloe Patel found?"),
    ],
}


SURGERY_PARTNER = turn("Who is the senior partner at the Riverside Medical Centre?",
                       "Priya Raman [1]. Senior partner Dr Priya Raman, 49, said the building had "
                       "14 consulting rooms. [1]")
SURGERY_MANAGER = [
    SURGERY_PARTNER,
    replace(turn("How old is she?", "49 [1]. Senior partner Dr Priya Raman, 49, said the building "
                 "had 14 consulting rooms. [1]"), standalone="How old is Dr Priya Raman?"),
    turn("Who is the practice manager there?", "Claire Benton [1]. Practice manager Claire "
         "Benton, 38, said appointments could still be booked. [1]"),
    replace(turn("How old is she?", "38 [1]. Practice manager Claire Benton, 38, said "
                 "appointments could still be booked. [1]"),
            standalone="How old is Claire Benton?"),
]
SCHOOL_HEAD = [
    turn("Who chairs the governors at Kelby Primary School?", "Ann Cole [1]. Ann Cole chairs the "
         "governors at Kelby Primary School. [1]"),
    turn("Who is the head teacher there?", "Tom Hale [1]. Head teacher Tom Hale, 52, said the "
         "roof would be mended. [1]"),
]

CATTLE_CHAMPION = [
    turn("Who won the cattle supreme championship at the Merrowshire show?", "Ellie Drummond [1]. "
         "The supreme champion was a Hereford cow called Bramble, shown by 19-year-old Ellie "
         "Drummond from Weston Farm. [1]"),
    replace(turn("How old is she?", "19 [1]. The supreme champion was a Hereford cow called "
                 "Bramble, shown by 19-year-old Ellie Drummond from Weston Farm. [1]"),
            standalone="How old is Ellie Drummond?"),
]
GRANDMOTHER_NAMED = replace(
    turn("What about her grandmother?", "81 [1]. Her grandmother, Margaret Drummond, 81, won the "
         "same title with a Hereford in 1973. [1]"),
    standalone="How old is Ellie Drummond’s grandmother?")
GRANDMOTHER_UNNAMED = replace(
    turn("What about her grandmother?", "81 [1]. Her grandmother, 81, won the same title with a "
         "Hereford in 1973. [1]"),
    standalone="How old is Ellie Drummond’s grandmother?")
FIRE_CHARGED = [
    turn("Who was charged over the Kelby fire?", "Tom Hale [1]. Tom Hale, 34, was charged over "
         "the Kelby fire. [1]"),
    replace(turn("How old is he?", "34 [1]. Tom Hale, 34, was charged over the Kelby fire. [1]"),
            standalone="How old is Tom Hale?"),
]

PUB_BOUGHT = turn("Who bought The Plough at Little Hinton?", "Sam [1]. The 17th-century pub was "
                  "bought for £425,000 in 2023 by brothers Sam and Joe Elliott, who grew up in the "
                  "village. [1]")
INN_BOUGHT = turn("Who bought the Red Lion at Kelby?", "Ann [1]. The pub was bought last year by "
                  "Ann and Tom Cole. [1]")

LIFEBOAT_CREW = [
    turn("Who is the coxswain of the Porthkerran lifeboat?", "Mark Penhale [1]. Coxswain Mark "
         "Penhale, who has volunteered with the station for 26 years, praised the pair. [1]"),
    replace(turn("How long has he volunteered there?", "26 years [1]. Coxswain Mark Penhale, who "
                 "has volunteered with the station for 26 years, praised the pair. [1]"),
            standalone="How long has Coxswain Mark Penhale volunteered in Porthkerran?"),
    turn("Who swam a line across to the ledge?", "Jess Trevithick [1]. Crew member Jess "
         "Trevithick, 29, swam a line across to the ledge. [1]"),
    replace(turn("How old is she?", "29 [1]. Crew member Jess Trevithick, 29, swam a line across "
                 "to the ledge. [1]"), standalone="How old is Jess Trevithick?"),
]
RESCUE_TEAM = [
    turn("Who leads the Ashdale mountain rescue team?", "Tom Hale [1]. Team leader Tom Hale, 52, "
         "said the walkers were lucky. [1]"),
    replace(turn("How old is he?", "52 [1]. Team leader Tom Hale, 52, said the walkers were "
                 "lucky. [1]"), standalone="How old is Tom Hale?"),
]

FORTY_FIRST_ROUND_FOLLOWUPS = {
    "it is never a person nor a role (\"the practice manager there\"), but the place asked of": [
        (SURGERY_MANAGER, "What hours will it open on weekdays?",
         "What hours will the Riverside Medical Centre open on weekdays?"),
        (SURGERY_MANAGER, "How many patients will it serve?",
         "How many patients will the Riverside Medical Centre serve?"),
        (SURGERY_MANAGER[:3], "Where is it?", "Where is the Riverside Medical Centre?"),
        (SCHOOL_HEAD, "When will it reopen?", "When will Kelby Primary School reopen?"),
        (SCHOOL_HEAD + [replace(turn("How old is he?", "52 [1]. Head teacher Tom Hale, 52, said "
                                     "the roof would be mended. [1]"),
                                standalone="How old is Tom Hale?")],
         "How many pupils does it have?", "How many pupils does Kelby Primary School have?"),
        # the people stay "she" and "he"; a thing the question named stays "it"
        (SURGERY_MANAGER, "How old is she?", "How old is Claire Benton?"),
        (SCHOOL_HEAD, "What did he say?", "What did Tom Hale say?"),
        ([turn("Who is the manager of the Kelby leisure centre?", "Ann Cole [1]. Manager Ann Cole "
               "said the pool would reopen. [1]")],
         "When will it reopen?", "When will the Kelby leisure centre reopen?"),
    ],
    "what about her grandmother asks the previous question of her grandmother": [
        (CATTLE_CHAMPION, "What about her grandmother?",
         "How old is Ellie Drummond’s grandmother?"),
        (CATTLE_CHAMPION, "And her father?", "How old is Ellie Drummond’s father?"),
        (FIRE_CHARGED, "What about his lawyer?", "How old is Tom Hale’s lawyer?"),
        (FIRE_CHARGED, "How about his mother?", "How old is Tom Hale’s mother?"),
        # a pronoun alone, a name, or a question of its own after "and" stay as they were
        (CATTLE_CHAMPION, "What about her?", "How old is Ellie Drummond?"),
        (CATTLE_CHAMPION, "What about Ann Cole?", "How old is Ann Cole?"),
        (CATTLE_CHAMPION, "And what did she say?", "What did Ellie Drummond say?"),
        # ... and a thing of theirs, or one the previous question did not ask of, is left as
        # it was said
        (CATTLE_CHAMPION, "How about her cow?", "How about Ellie Drummond’s cow?"),
        ([turn("Who runs Tarn Ferries?", "Ann Cole [1]. Ann Cole runs Tarn Ferries. [1]")],
         "And her deputy?", "And Ann Cole’s deputy?"),
        ([turn("When will the Kelby bridge reopen?", "In May [1]. The Kelby bridge will reopen in "
               "May. [1]")],
         "What about its cost?", "What about the Kelby bridge’s cost?"),
    ],
    "they after who bought a pub are the buyers the reply's pair names; it is the pub": [
        ([PUB_BOUGHT], "How much did they pay for it?",
         "How much did Sam and Joe Elliott pay for The Plough at Little Hinton?"),
        ([PUB_BOUGHT], "How much did they spend on it?",
         "How much did Sam and Joe Elliott spend on The Plough at Little Hinton?"),
        ([PUB_BOUGHT], "When did they buy it?",
         "When did Sam and Joe Elliott buy The Plough at Little Hinton?"),
        ([PUB_BOUGHT], "How old are they?", "How old are Sam and Joe Elliott?"),
        ([INN_BOUGHT], "How much did they pay for it?",
         "How much did Ann and Tom Cole pay for the Red Lion at Kelby?"),
        ([PUB_BOUGHT], "When did it close?", "When did The Plough at Little Hinton close?"),
        # a firm bought by a firm, one buyer, and where the thing was bought stay apart
        ([turn("Who bought Lindqvist Tools?", "Harlan Industries [1]. Harlan Industries bought "
               "Lindqvist Tools. [1]")],
         "How much did they pay for it?",
         "How much did Harlan Industries pay for Lindqvist Tools?"),
        ([turn("Who bought the Red Lion?", "Ann Cole [1]. Ann Cole bought the Red Lion last "
               "year. [1]")],
         "How much did she pay for it?", "How much did Ann Cole pay for the Red Lion?"),
        ([turn("Who bought the painting at the Kelby auction?", "Ann Cole [1]. Ann Cole bought the "
               "painting at the Kelby auction. [1]")],
         "How much did she pay for it?", "How much did Ann Cole pay for the painting?"),
    ],
    "they is never one person nor where one did something, but the crew or body named": [
        (LIFEBOAT_CREW, "How old was the boy they rescued?",
         "How old was the boy the Porthkerran lifeboat rescued?"),
        (LIFEBOAT_CREW[:3], "How many people did they rescue?",
         "How many people did the Porthkerran lifeboat rescue?"),
        (RESCUE_TEAM, "How many call-outs did they have last year?",
         "How many call-outs did the Ashdale mountain rescue team have last year?"),
        # the one person is still "she"; two asked about together, or a team, are "they"
        (LIFEBOAT_CREW, "How old is she?", "How old is Jess Trevithick?"),
        ([turn("Who will run the pickers' camp at Brackley?", "Ellie and Maya Foster [1]. Ellie "
               "and Maya Foster will run the camp. [1]")],
         "How old are they?", "How old are Ellie and Maya Foster?"),
        ([turn("Who won the cup final?", "Harlow Hawks [1]. Harlow Hawks won the cup final "
               "24-10. [1]")],
         "How many points did they score?", "How many points did Harlow Hawks score?"),
    ],
    "she or he after a turn asked of her grandmother or his father is that one": [
        (CATTLE_CHAMPION + [GRANDMOTHER_NAMED], "When did she win the title?",
         "When did Margaret Drummond win the title?"),
        (CATTLE_CHAMPION + [GRANDMOTHER_NAMED], "Where does she live?",
         "Where does Margaret Drummond live?"),
        (CATTLE_CHAMPION + [GRANDMOTHER_UNNAMED], "When did she win the title?",
         "When did Ellie Drummond’s grandmother win the title?"),
        (FIRE_CHARGED + [replace(turn("And his father?", "61 [1]. His father, Ron Hale, 61, runs "
                                      "the farm. [1]"),
                                 standalone="How old is Tom Hale’s father?")],
         "What does he do?", "What does Ron Hale do?"),
        (FIRE_CHARGED + [replace(turn("And his father?", "61 [1]. His father, 61, runs the "
                                      "farm. [1]"),
                                 standalone="How old is Tom Hale’s father?")],
         "What does he do?", "What does Tom Hale’s father do?"),
        ([turn("How old was the boy's father?", "44 [1]. The boy's father, 44, had been exploring "
               "rock pools. [1]")],
         "Where is he from?", "Where is the boy's father from?"),
        # one of the other gender is not that one; a who-question answered by a name is the
        # name's ("Ann Cole", a "she"), and "he" is still the one whose lawyer she is
        (CATTLE_CHAMPION + [GRANDMOTHER_UNNAMED], "How old is he?", "How old is he?"),
        (FIRE_CHARGED + [replace(turn("What about his lawyer?", "Ann Cole [1]. His lawyer, Ann "
                                      "Cole, said he would plead not guilty. [1]"),
                                 standalone="Who is Tom Hale’s lawyer?")],
         "How old is he?", "How old is Tom Hale?"),
        (FIRE_CHARGED + [replace(turn("What about his lawyer?", "Ann Cole [1]. His lawyer, Ann "
                                      "Cole, said he would plead not guilty. [1]"),
                                 standalone="Who is Tom Hale’s lawyer?")],
         "What did she say?", "What did Ann Cole say?"),
    ],
}


LION_BOUGHT = turn("Who bought the Red Lion?", "Brothers Tom and Sam Hale bought the Red Lion "
                   "for £400,000. [1]")
LION_BY = turn("Who bought the Red Lion?", "The pub was bought by brothers Tom and Sam Hale for "
               "£400,000. [1]")
LION_ONE = turn("Who bought the Red Lion?", "Ann Cole [1]. Ann Cole bought the Red Lion last "
                "year. [1]")
IPCC_RUN = turn("Who runs the IPCC?", "Hoesung Lee chairs the IPCC. [1]")
FINAL_BEAT = turn("Who did Tom Hale beat in the final?", "Sam Reed [1]. Tom Hale beat Sam Reed "
                  "6-4, 6-3 in the final. [1]")
HEAD_REPLACED = turn("Who replaced Ann Cole as head teacher?", "Ruth Price [1]. Ruth Price "
                     "replaced Ann Cole as head teacher in May. [1]")
KELBY_MAYOR = turn("Who is the mayor of Kelby?", "Tom Hale [1]. Mayor Tom Hale, 52, and his wife "
                   "Ann opened the fair. [1]")
TWO_BAKERIES = turn("Which two bakeries won awards?", "Crumbs Bakery and Kelby Bread [1]. Crumbs "
                    "Bakery and Kelby Bread won awards. [1]")
WOMENS_RACE = turn("Who won the women's race?", "Ann Cole [1]. Ann Cole won the women's race "
                   "ahead of Ruth Price. [1]")
BRIDGES_CLOSING = turn("Which bridges will close?", "The Kelby bridge and the Ashdale bridge [1]. "
                       "The Kelby bridge and the Ashdale bridge will close for repairs. [1]")
CHAIRMAN_SUCCEEDED = turn("Who succeeded Tom Hale as chairman?", "Sam Reed [1]. Sam Reed "
                          "succeeded Tom Hale as chairman of Kelby Rovers. [1]")
LAWYER_NAMED = turn("Who is Tom Hale's lawyer?", "Sam Reed [1]. His lawyer, Sam Reed, said he "
                    "would appeal. [1]")
LION_SOLD = turn("Who sold the Red Lion to Tom Hale?", "Sam Reed [1]. Sam Reed sold the Red Lion "
                 "to Tom Hale in 2020. [1]")
CENTRE_IN_TOWN = turn("When will the new health centre in Brackley open?", "In March [1]. The "
                      "surgery will open in March, practice manager Claire Benton said. [1]")

FORTY_SECOND_ROUND_FOLLOWUPS = {
    "it is the thing asked about, its whole name and where it is, whatever noun the reply used": [
        ([turn("When will the new Brackley health centre open?", "In March [1]. The surgery will "
               "open in March, the practice manager said. [1]")],
         "What hours will it open?", "What hours will the new Brackley health centre open?"),
        ([CENTRE_IN_TOWN], "What hours will it open?",
         "What hours will the new health centre in Brackley open?"),
        ([CENTRE_IN_TOWN], "How many patients will it serve?",
         "How many patients will the new health centre in Brackley serve?"),
        ([turn("When will the new GP surgery in Brackley open?", "In March [1]. The practice "
               "will open in March. [1]")],
         "Who designed it?", "Who designed the new GP surgery in Brackley?"),
        ([turn("When will Brackley health centre open?", "In March [1]. The surgery will open in "
               "March. [1]")],
         "What hours will it open?", "What hours will Brackley health centre open?"),
        ([turn("Who runs Kelby leisure centre?", "Ann Cole [1]. Manager Ann Cole said the centre "
               "would reopen in May. [1]")],
         "When will it reopen?", "When will Kelby leisure centre reopen?"),
        # the person the reply named stays "she"; a day is no place; a place the follow-up
        # names itself is not said twice; a verb after a name is no part of its noun
        ([CENTRE_IN_TOWN], "How old is she?", "How old is Claire Benton?"),
        ([turn("When did the match on Saturday start?", "At 3pm [1]. The match kicked off at "
               "3pm. [1]")],
         "Who won it?", "Who won the match?"),
        ([turn("When will the pool at Kelby Park reopen?", "In May [1]. The pool will reopen in "
               "May. [1]")],
         "How much will it cost in Kelby Park?", "How much will the pool cost in Kelby Park?"),
        ([turn("What did Kelby council decide about the pool?", "Close it [1]. Kelby council "
               "voted to close the pool. [1]")],
         "When will they close it?", "When will Kelby council close the pool?"),
    ],
    "they after who bought a thing are the pair the reply says did it, never the thing bought": [
        ([LION_BOUGHT], "How old are they?", "How old are Tom and Sam Hale?"),
        ([LION_BOUGHT], "How much did they pay for it?",
         "How much did Tom and Sam Hale pay for the Red Lion?"),
        ([LION_BOUGHT], "When did they reopen it?",
         "When did Tom and Sam Hale reopen the Red Lion?"),
        ([LION_BOUGHT], "Where do they live?", "Where do Tom and Sam Hale live?"),
        ([LION_BY], "How old are they?", "How old are Tom and Sam Hale?"),
        ([LION_BY], "How much did they pay?",
         "How much did Tom and Sam Hale pay for the Red Lion?"),
        ([turn("Who bought the Red Lion?", "Brothers Tom and Sam Hale [1]. Brothers Tom and Sam "
               "Hale bought the Red Lion. [1]")],
         "How old are they?", "How old are Tom and Sam Hale?"),
        ([LION_BOUGHT], "When did it close?", "When did the Red Lion close?"),
        # one buyer, or a pair the thing was bought from, is no "they"; nor is the thing bought
        # asked its age or what it paid
        ([LION_ONE], "How old are they?", "How old are they?"),
        ([LION_ONE], "How much did they pay for it?", "How much did they pay for the Red Lion?"),
        ([turn("Who bought the Red Lion?", "Ann Cole bought the Red Lion from Tom and Sam Hale. "
               "[1]")],
         "How old are they?", "How old are they?"),
        # an organisation asked about is "they" for its deeds, never for an age
        ([IPCC_RUN], "When did they publish the report?", "When did IPCC publish the report?"),
        ([IPCC_RUN], "What did they say?", "What did IPCC say?"),
        ([IPCC_RUN], "How old are they?", "How old are they?"),
    ],
    "two candidates: it is either thing listed, they both; a person takes no place's slot": [
        ([TWO_BAKERIES], "Where is it?", "Where is Crumbs Bakery or Kelby Bread?"),
        ([TWO_BAKERIES], "When did it open?", "When did Crumbs Bakery or Kelby Bread open?"),
        ([TWO_BAKERIES], "Who owns them?", "Who owns Crumbs Bakery and Kelby Bread?"),
        ([KELBY_MAYOR], "What about her?", "What about Ann?"),
        ([KELBY_MAYOR], "What about Ann Cole?", "Who is the mayor of Kelby (Ann Cole)?"),
        ([KELBY_MAYOR], "What about Ashdale?", "Who is the mayor of Ashdale?"),
        # two of one sex: the one the question asked of, or both when a deed was done to one
        ([FINAL_BEAT], "How old is he?", "How old is Tom Hale?"),
        ([FINAL_BEAT], "What did he say after the match?",
         "What did Tom Hale say after the match?"),
        ([HEAD_REPLACED], "How old is she?", "How old is Ruth Price or Ann Cole?"),
        ([FIRE_CHARGED[0], replace(turn("How old was he?", "34 [1]. Tom Hale, 34, was charged in "
                                        "2019. [1]"), standalone="How old was Tom Hale?")],
         "How old was he then?", "How old was Tom Hale then?"),
        ([BRIDGES_CLOSING], "When will it reopen?",
         "When will the Kelby bridge or the Ashdale bridge reopen?"),
        ([BRIDGES_CLOSING], "How much will they cost to repair?",
         "How much will the Kelby bridge and the Ashdale bridge cost to repair?"),
        # the other one is the other person the reply named, a turn back when the last turn
        # followed up the one it answered
        ([WOMENS_RACE, replace(turn("How old is she?", "34 [1]. Ann Cole, 34, won. [1]"),
                               standalone="How old is Ann Cole?")],
         "What about the other one?", "How old is Ruth Price?"),
        ([WOMENS_RACE], "What about the other one?",
         "What about Ruth Price (Who won the women's race)?"),
        ([KELBY_MAYOR, replace(turn("How old is he?", "52 [1]. Mayor Tom Hale, 52, and his wife "
                                    "Ann opened the fair. [1]"),
                               standalone="How old is Tom Hale?")],
         "What about the other one?", "How old is Ann?"),
        ([WOMENS_RACE], "How old is her rival?", "How old is Ruth Price?"),
        # the one whose place was taken is the one who left it; anything else may be either
        ([CHAIRMAN_SUCCEEDED], "When did he step down?", "When did Tom Hale step down?"),
        ([CHAIRMAN_SUCCEEDED], "Why did he resign?", "Why did Tom Hale resign?"),
        ([turn("Who replaced Ann Cole as head teacher?", "Ruth Price [1]. Ruth Price replaced "
               "Ann Cole as head teacher in May. [1]")],
         "Why did she retire?", "Why did Ann Cole retire?"),
        ([CHAIRMAN_SUCCEEDED], "How old is he?", "How old is Sam Reed or Tom Hale?"),
        ([CHAIRMAN_SUCCEEDED], "What did he say about the club?",
         "What did Sam Reed say about the club?"),
        # paying or buying is the deed of the one a thing was sold to; selling the seller's
        ([LION_SOLD], "How much did he pay for it?", "How much did Tom Hale pay for the Red Lion?"),
        ([LION_SOLD], "When did he buy it?", "When did Tom Hale buy the Red Lion?"),
        ([turn("Who sold the Kelby Arms to Ruth Price?", "Ann Cole [1]. Ann Cole sold the Kelby "
               "Arms to Ruth Price last year. [1]")],
         "How much did she spend on it?", "How much did Ruth Price spend on the Kelby Arms?"),
        ([LION_SOLD], "Why did he sell it?", "Why did Sam Reed sell the Red Lion?"),
        ([LION_SOLD], "How much did he sell it for?",
         "How much did Sam Reed sell the Red Lion for?"),
        ([turn("Who sold the farm to Kelby Council?", "Tom Hale [1]. Tom Hale sold the farm to "
               "Kelby Council. [1]")],
         "How much did he get for it?", "How much did Tom Hale get for the farm?"),
        # a possessive of two is each one's
        ([LAWYER_NAMED], "How old is his client?", "How old is Sam Reed’s or Tom Hale’s client?"),
        ([CHAIRMAN_SUCCEEDED], "What is his wife's name?",
         "What is Sam Reed’s or Tom Hale’s wife's name?"),
        # a complete question after an unrelated turn is not rewritten
        ([KELBY_MAYOR], "Who won the Kelby marathon?", "Who won the Kelby marathon?"),
        ([FINAL_BEAT], "Who won the women's final?", "Who won the women's final?"),
        ([TWO_BAKERIES], "When is the Kelby fair?", "When is the Kelby fair?"),
    ],
}


DUNMORE_PROSECUTED = turn(
    "who prosecuted craig Dunmore",
    "Julian Ashby [1]. Prosecutor Mr Julian Ashby said Dunmore targeted remote farms at night, "
    "sometimes travelling more than 30 miles from his home. [1]",
)
DUNMORE_DEFENDED = turn(
    "who defended Craig Dunmore",
    "Priya Natarajan [1]. Defending, Ms Priya Natarajan said Dunmore had run up gambling debts "
    "of about £20,000 and was \"deeply ashamed\". [1]",
)
KERR_ARRESTED = turn("Who arrested Tom Kerr?", "PC Owen Reece [1]. PC Owen Reece arrested Kerr "
                     "at his home in Wendlebury. [1]")
COLE_SENTENCED = turn("Who sentenced Ann Cole?", "Judge Helen Carver [1]. Judge Helen Carver "
                      "said Cole's thefts were planned. [1]")
HALE_REPRESENTED = turn("Who represented Tom Hale?", "Mr Owen Lacey [1]. Representing Hale, Mr "
                        "Owen Lacey said his client was of good character. [1]")
PLATT_INTERVIEWED = turn("who interviewed gary Platt", "DC Mark Lowe [1]. DC Mark Lowe "
                         "interviewed Platt for six hours. [1]")
TADWORTH_MAYOR = replace(turn(
    "who is the mayor of tadworth",
    "Dennis Hale [1]. Mayor of Tadworth, Councillor Dennis Hale, 70, said he was \"bitterly "
    "disappointed\". [1]",
), standalone="who is the mayor of Tadworth")
MAYORS_GRANDDAUGHTER = replace(turn(
    "what is his granddaughter called",
    "Poppy [1]. His granddaughter, Poppy, had been chosen to press the switch. [1]",
), standalone="what is Councillor Dennis Hale’s granddaughter called")
MAYORS_SON = replace(turn(
    "what is his son called", "Jack [1]. His son, Jack, plays for the under-11s. [1]",
), standalone="what is Councillor Dennis Hale’s son called")
TOWN_CLERK = turn("who is the town clerk", "Beverley Strand [1]. Town clerk Beverley Strand, 53, "
                  "said stewarding, road closures and barriers accounted for more than half of "
                  "the increase. [1]")
TOWN_CLERK_MAN = turn("who is the town clerk", "Alan Strand [1]. Town clerk Alan Strand, 53, said "
                      "the costs had doubled. [1]")
HEAD_TEACHER = turn("Who is the head teacher?", "Sarah Lane [1]. Head teacher Sarah Lane, 47, "
                    "said the school would reopen on Monday. [1]")
NEW_VICAR = turn("Who is the new vicar?", "Grace Park [1]. The new vicar, Grace Park, 38, starts "
                 "in May. [1]")
BAKERY_OWNER = turn("Who runs the bakery?", "Tom Hall [1]. The bakery’s owner, Tom Hall, 62, said "
                    "trade had halved. [1]")
GOLF_CAPTAIN = [
    replace(turn("who is the captain of haddon park golf club", "Nigel Fairbrother [1]. Club "
                 "captain Nigel Fairbrother, 67, said falling membership had left the club with "
                 "debts of £1.1 million. [1]"),
            standalone="who is the captain of Haddon Park Golf club"),
    replace(turn("how old is he", "67 [1]. Club captain Nigel Fairbrother, 67, said falling "
                 "membership had left the club with debts of £1.1 million. [1]"),
            standalone="how old is Nigel Fairbrother"),
    replace(turn("what about the former captain", "71 [1]. Former captain Linda Prowse, 71, "
                 "whose father designed the 14th hole in 1962, voted against. [1]"),
            standalone="how old is the former captain"),
]
PROWSE_SON = "what is Linda Prowse’s son called"
BOAT_RESCUER = turn(
    "who rescued the man from the burning narrowboat",
    "Daniel Okafor [1]. Passer-by Daniel Okafor, 29, a delivery driver, broke a window and helped "
    "the owner, Peter Lindqvist, 71, out onto the towpath. [1]",
)
BOAT_OWNER = replace(turn(
    "what about the owner",
    "71 [1]. Passer-by Daniel Okafor, 29, a delivery driver, broke a window and helped the "
    "owner, Peter Lindqvist, 71, out onto the towpath. [1]",
), standalone="how old is the owner")
OWNERS_HOSPITAL = replace(turn(
    "which hospital was he taken to",
    "Royal Harrowdale Hospital [1]. Mr Lindqvist was taken to Royal Harrowdale Hospital with "
    "smoke inhalation. [1]",
), standalone="which hospital was the owner taken to")
FORMER_CAPTAIN = GOLF_CAPTAIN[2]
PUB_LANDLORD = turn("How old is the landlord?", "52 [1]. The pub’s landlord, Gary Mills, 52, said "
                    "trade had fallen by half. [1]")
HEAD_IN_POST = turn("How long has the headteacher been in post?", "six years [1]. Joan Price, the "
                    "headteacher, said she had been in post for six years. [1]")
MALE_OSPREY = replace(turn(
    "when did the male osprey arrive at fennick reservoir",
    "28 March [1]. The male, known as Blue 4K, arrived on 28 March after a journey of about "
    "3,000 miles from West Africa. [1]",
), standalone="when did the male osprey arrive at Fennick Reservoir")
FEMALE_OSPREY = replace(
    refused_turn("what about the female"),
    standalone="when did the female osprey arrive at Fennick Reservoir",
)
FEMALE_OSPREY_ANSWERED = replace(turn(
    "what about the female",
    "four days later [1]. The female, known as Ness, arrived four days later. [1]",
), standalone="when did the female osprey arrive at Fennick Reservoir")
HEAD_KEEPER = turn("Who is the head keeper?", "Sarah Jones [1]. Head keeper Sarah Jones, 41, said "
                   "the birds were thriving. [1]")
OSPREY_CALLED = Turn(
    "what is she called", "what is the female osprey called",
    "Ness [1]. The female, known as Ness, arrived four days later. [1]",
    "The female, known as Ness, arrived four days later.",
)
OSPREY_EGGS = Turn(
    "how many eggs has she laid", "how many eggs has the female osprey laid",
    "three [1]. The female has laid three eggs. [1]", "The female has laid three eggs.",
)
LIGHTS_UP = turn("When do the lights go up in Tadworth?", "22 November [1]. The lights will go up "
                 "on 22 November. [1]")
LIGHTS_COST = turn("How much would the switch-on have cost?", "£28,000 [1]. The event would have "
                   "cost £28,000. [1]")
FESTIVAL_HELD = turn("Where was the festival held?", "Kelby Park [1]. The festival was held at "
                     "Kelby Park. [1]")
FESTIVAL_CROWD = turn("How many people came?", "about 6,000 [1]. About 6,000 people came. [1]")
WHARF_FIRE = turn("How many crews attended the fire at Stanton Wharf?", "four [1]. Four crews "
                  "attended. [1]")
WHARF_FIRE_CAUSE = turn("What caused it?", "a faulty log burner [1]. The cause was a faulty log "
                        "burner. [1]")
CHAIRMAN_AGE = replace(turn(
    "how old is he",
    "58 [1]. Club chairman Graham Pettit, 58, said the courts would bring in younger members. [1]",
), standalone="how old is Graham Pettit")
CHAIRMAN_SAID = turn("What did Graham Pettit say?", "Club chairman Graham Pettit, 58, said the "
                     "courts would bring in younger members. [1]")
NEIGHBOUR_AGE = replace(turn(
    "what about the neighbour who objected",
    "64 [1]. Neighbour Alison Crewe, 64, who lives 40 metres from the site, said residents were "
    "not against the club. [1]",
), standalone="how old is the neighbour who objected")
FORTY_THIRD_ROUND_FOLLOWUPS = {
    "him after who did a deed of a case to X is X, who the case is against": [
        ([DUNMORE_PROSECUTED], "who defended him", "who defended Craig Dunmore"),
        ([DUNMORE_PROSECUTED], "who represented him", "who represented Craig Dunmore"),
        ([DUNMORE_PROSECUTED], "how long was he jailed for",
         "how long was Craig Dunmore jailed for"),
        ([DUNMORE_PROSECUTED], "when was he sentenced", "when was Craig Dunmore sentenced"),
        ([DUNMORE_PROSECUTED], "what was he charged with", "what was Craig Dunmore charged with"),
        ([DUNMORE_PROSECUTED], "how long is his sentence", "how long is Craig Dunmore’s sentence"),
        # (his, after she, is another one: the one she defended)
        ([DUNMORE_PROSECUTED, DUNMORE_DEFENDED], "how big did she say his gambling debts were",
         "how big did Ms Priya Natarajan say Craig Dunmore’s gambling debts were"),
        ([DUNMORE_PROSECUTED, DUNMORE_DEFENDED], "did she say he was sorry",
         "did Ms Priya Natarajan say Craig Dunmore was sorry"),
        ([DUNMORE_PROSECUTED, DUNMORE_DEFENDED], "how long was he jailed for",
         "how long was Craig Dunmore jailed for"),
        ([KERR_ARRESTED], "When was he charged?", "When was Tom Kerr charged?"),
        ([KERR_ARRESTED], "Who interviewed him?", "Who interviewed Tom Kerr?"),
        ([COLE_SENTENCED], "How long was she jailed for?", "How long was Ann Cole jailed for?"),
        ([COLE_SENTENCED], "Who prosecuted her?", "Who prosecuted Ann Cole?"),
        ([HALE_REPRESENTED], "Was he acquitted?", "Was Tom Hale acquitted?"),
        ([HALE_REPRESENTED], "Who prosecuted him?", "Who prosecuted Tom Hale?"),
        ([PLATT_INTERVIEWED], "was he released on bail", "was Gary Platt released on bail"),
        ([PLATT_INTERVIEWED], "who arrested him", "who arrested Gary Platt"),
        # one named by a surname alone is the one the case is against all the same
        ([replace(DUNMORE_PROSECUTED, standalone="who prosecuted Dunmore")], "who defended him",
         "who defended Dunmore"),
        # near misses: one who does something is the doer who answered; the one a deed of the
        # case is not done to may still be either
        ([DUNMORE_PROSECUTED], "what did he say", "what did Mr Julian Ashby say"),
        ([KERR_ARRESTED], "What did he say?", "What did PC Owen Reece say?"),
        ([COLE_SENTENCED], "What did she say?", "What did Judge Helen Carver say?"),
        ([PLATT_INTERVIEWED], "how long did he question him for",
         "how long did DC Mark Lowe question him for"),
        ([COLE_SENTENCED], "what did she tell her", "what did Judge Helen Carver tell her"),
        ([DUNMORE_PROSECUTED], "how old is he", "how old is Mr Julian Ashby or Craig Dunmore"),
    ],    "she or he is the one the last turn named, before anyone an earlier turn named": [
        ([TADWORTH_MAYOR, MAYORS_GRANDDAUGHTER, TOWN_CLERK], "how old is she",
         "how old is Beverley Strand"),
        ([TADWORTH_MAYOR, MAYORS_GRANDDAUGHTER, TOWN_CLERK], "what did she say",
         "what did Beverley Strand say"),
        ([MAYORS_GRANDDAUGHTER, TOWN_CLERK], "how long has she been town clerk",
         "how long has Beverley Strand been town clerk"),
        ([TADWORTH_MAYOR, MAYORS_GRANDDAUGHTER, HEAD_TEACHER], "when did she become head teacher",
         "when did Sarah Lane become head teacher"),
        ([TADWORTH_MAYOR, MAYORS_GRANDDAUGHTER, NEW_VICAR], "where was she before",
         "where was Grace Park before"),
        ([TADWORTH_MAYOR, MAYORS_SON, BAKERY_OWNER], "how long has he run it",
         "how long has Tom Hall run the bakery"),
        ([TADWORTH_MAYOR, MAYORS_SON, BAKERY_OWNER], "what did he say", "what did Tom Hall say"),
        (GOLF_CAPTAIN + [replace(turn("what is her son called", "James Prowse [1]. Her son, James "
                                      "Prowse, a professional golfer, said he was "
                                      "\"heartbroken\". [1]"), standalone=PROWSE_SON)],
         "what does he do", "what does James Prowse do"),
        # one whose given name no list knows, named by the last turn, before one known a turn
        # further back
        ([TADWORTH_MAYOR, MAYORS_GRANDDAUGHTER, turn(
            "who is the town clerk", "Ngozi Adeyemi [1]. Town clerk Ngozi Adeyemi, 53, said the "
            "costs had doubled. [1]")], "how old is she", "how old is Ngozi Adeyemi"),
        # the one the last turn asked about, when its reply named no man
        (GOLF_CAPTAIN + [replace(turn("what is her son called", "Linda Prowse [1]. Former captain "
                                      "Linda Prowse, 71, whose father designed the 14th hole in "
                                      "1962, voted against. [1]"), standalone=PROWSE_SON)],
         "what does he do", "what does Linda Prowse’s son do"),
        (GOLF_CAPTAIN + [replace(refused_turn("what is her son called"), standalone=PROWSE_SON)],
         "how old is he", "how old is Linda Prowse’s son"),
        # near misses: a last turn of the other gender leaves an earlier one who agrees
        ([TADWORTH_MAYOR, MAYORS_GRANDDAUGHTER, TOWN_CLERK_MAN], "how old is she",
         "how old is Poppy"),
        ([TADWORTH_MAYOR, MAYORS_GRANDDAUGHTER, TOWN_CLERK_MAN], "how old is he",
         "how old is Alan Strand"),
    ],    "the one a question described is the name its reply gave that one, not the description": [
        ([BOAT_RESCUER, BOAT_OWNER], "what is his daughter called",
         "what is Peter Lindqvist’s daughter called"),
        ([BOAT_RESCUER, BOAT_OWNER], "which hospital was he taken to",
         "which hospital was Peter Lindqvist taken to"),
        # ... or a turn before gave, asked of the same one
        ([BOAT_RESCUER, BOAT_OWNER, OWNERS_HOSPITAL], "what is his daughter called",
         "what is Peter Lindqvist’s daughter called"),
        ([FORMER_CAPTAIN], "what is her son called", "what is Linda Prowse’s son called"),
        ([FORMER_CAPTAIN], "how did she vote", "how did Linda Prowse vote"),
        ([PUB_LANDLORD], "what is his wife called", "what is Gary Mills’ wife called"),
        ([PUB_LANDLORD], "how long has he run the pub", "how long has Gary Mills run the pub"),
        ([HEAD_IN_POST], "when did she join", "when did Joan Price join"),
        # (a role opening the sentence is the description, no part of the name)
        ([CHAIRMAN_AGE, NEIGHBOUR_AGE], "how far does she live from the site",
         "how far does Alison Crewe live from the site"),
        ([NEIGHBOUR_AGE], "what did she say", "what did Alison Crewe say"),
        # near misses: a name of the other gender, or none, leaves the description
        ([BOAT_OWNER], "what is her name", "what is the owner’s name"),
        ([NEIGHBOUR_AGE], "how far does he live from the site",
         "how far does the neighbour live from the site"),
        ([turn("How old is the owner?", "71 [1]. The owner, 71, was taken to hospital. [1]")],
         "what is his name", "what is the owner’s name"),
    ],    "she or he after a question of an animal named by its sex is that animal": [
        ([MALE_OSPREY, FEMALE_OSPREY], "what is she called", "what is the female osprey called"),
        ([MALE_OSPREY, FEMALE_OSPREY_ANSWERED], "what is she called",
         "what is the female osprey called"),
        ([MALE_OSPREY, FEMALE_OSPREY], "how many eggs has she laid",
         "how many eggs has the female osprey laid"),
        ([HEAD_KEEPER, FEMALE_OSPREY], "what is she called", "what is the female osprey called"),
        ([MALE_OSPREY], "where did he fly from", "where did the male osprey fly from"),
        ([refused_turn("How old is the lioness at Kelby Zoo?")], "where was she born",
         "where was the lioness born"),
        ([turn("How much was the stallion sold for?", "£2.1 million [1]. The stallion was sold "
               "for £2.1 million at Newmarket. [1]")], "how old is he", "how old is the stallion"),
        ([refused_turn("when did the female golden eagle return")], "where does she nest",
         "where does the female golden eagle nest"),
        # near misses: the other sex is no one; a woman the last turn named is still "she"
        ([MALE_OSPREY], "what is she called", "what is she called"),
        ([FEMALE_OSPREY], "how old is he", "how old is he"),
        ([FEMALE_OSPREY, HEAD_KEEPER], "how old is she", "how old is Sarah Jones"),
    ],    "there is the place the newest turn that named one named, though the last named none": [
        ([MALE_OSPREY, FEMALE_OSPREY, OSPREY_CALLED, OSPREY_EGGS], "who is the warden there",
         "who is the warden at Fennick Reservoir"),
        ([MALE_OSPREY, OSPREY_CALLED], "how long have ospreys nested there",
         "how long have ospreys nested at Fennick Reservoir"),
        ([LIGHTS_UP, LIGHTS_COST], "who is the mayor there", "who is the mayor in Tadworth"),
        ([FESTIVAL_HELD, FESTIVAL_CROWD], "who owns the land there",
         "who owns the land in Kelby Park"),
        ([WHARF_FIRE, WHARF_FIRE_CAUSE], "how many boats are moored there",
         "how many boats are moored at Stanton Wharf"),
        # near misses: an existential "there", or a question naming its own place
        ([LIGHTS_UP, LIGHTS_COST], "how many shops are there", "how many shops are there"),
        ([MALE_OSPREY, OSPREY_CALLED], "are there any chicks", "are there any chicks"),
        ([MALE_OSPREY, OSPREY_CALLED], "who is the warden at Kelby Water",
         "who is the warden at Kelby Water"),
    ],    "what about the one who did something asks the last question of that one, clause kept": [
        ([CHAIRMAN_AGE], "what about the neighbour who objected",
         "how old is the neighbour who objected"),
        ([CHAIRMAN_AGE], "what about the one who objected", "how old is the one who objected"),
        ([CHAIRMAN_AGE], "what about the woman who lives next door",
         "how old is the woman who lives next door"),
        ([CHAIRMAN_AGE], "and the neighbour?", "how old is the neighbour"),
        ([CHAIRMAN_AGE], "what about the man who started the petition",
         "how old is the man who started the petition"),
        ([CHAIRMAN_SAID], "what about the neighbour who objected",
         "What did the neighbour who objected say?"),
        ([turn("Where does Tom Hale live?", "Kelby [1]. Tom Hale, of Kelby, was driving. [1]")],
         "And the driver who was hurt?", "Where does the driver who was hurt live?"),
        ([turn("How many votes did Sarah Okoro get?", "4,210 [1]. Sarah Okoro got 4,210 votes. "
               "[1]")],
         "What about the candidate who came third?",
         "How many votes did the candidate who came third get?"),
        # near miss: things a clause tells apart are no one to put in his place
        ([CHAIRMAN_AGE], "what about the courts that were approved",
         "how old is Graham Pettit (the courts that were approved)?"),
    ],
}

# The forty-fourth round: a fresh user's chats over local reports (a netball final, a by-election,
# a meteorite found in a garden, a skate park).
HORNETS_COACH = turn(
    "Who coaches the Ashcombe Hornets?",
    "Danielle Okafor [1]. Coach Danielle Okafor said she had told her players to slow the game "
    "down and trust their defence. [1]",
)
ROVERS_COACH = turn(
    "Who manages Kelby Rovers?",
    "Martin Reeve [1]. Coach Martin Reeve said he was proud of the squad. [1]",
)
BY_ELECTION_WON = turn(
    "Who won the Kestle by-election?",
    "Imogen Varley [1]. The Green Party's Imogen Varley has won the Kestle ward by-election, "
    "taking the seat from the Conservatives. [1]",
)
BY_ELECTION_VOTES = replace(turn(
    "How many votes did she get?",
    "642 [1]. Ms Varley, 29, a primary school teacher, received 642 votes. [1]",
), standalone="How many votes did Imogen Varley get?")
BY_ELECTION_SECOND = turn(
    "Who came second?",
    "Derek Hollins [1]. Conservative Derek Hollins came second with 518, and Labour's Sanjay "
    "Mehta was third with 301. [1]",
)
BY_ELECTION_BLAME = replace(turn(
    "What did he blame the result on?",
    "He blamed the result on \"national issues\". [1] Mr Hollins said he was disappointed but "
    "would stand again. [2]",
), standalone="What did Derek Hollins blame the result on?")
MAYORAL_SECOND = turn(
    "Who came second in the mayoral race?",
    "Fiona Kerr [1]. Liberal Democrat Fiona Kerr came second with 4,210 votes. [1]",
)
SINKHOLE_HEARD = turn(
    "Who heard the sinkhole open?",
    "Abdul Rahman [1]. Shopkeeper Abdul Rahman, 58, said he heard a loud crack. [1]",
)
SAVES_MADE = turn(
    "Who made the most saves?",
    "Tanya Whitlow [1]. Goalkeeper Tanya Whitlow made eleven saves. [1]",
)
METEORITE_CONFIRMED = turn(
    "Who confirmed the find?",
    "Naomi Strand [1]. The find was confirmed by Dr Naomi Strand, a planetary scientist, who "
    "said it was roughly 4.5 billion years old. [1]",
)
COUNCILLOR_SAID = turn(
    "Who chairs the planning committee?",
    "Ruth Amos [1]. Councillor Ruth Amos said she would ask for a review. [1]",
)

HORNETS_INTERCEPTIONS = replace(turn(
    "How many interceptions did she make?",
    "eleven [1]. \"Tanya Whitlow was immense,\" she said of the goalkeeper, who made eleven "
    "interceptions. [1]",
), standalone="How many interceptions did Danielle Okafor make?")
ROVERS_WON = turn(
    "Who won the county cup?",
    "Kelby Rovers [1]. Kelby Rovers won the county cup on Saturday. [1]",
)
ROVERS_GOALS = replace(turn(
    "How many goals did their striker score?",
    "three [1]. Striker Dan Cole scored three goals. [1]",
), standalone="How many goals did Kelby Rovers’ striker score?")
ROVERS_CORNERS = replace(turn(
    "How many corners did they win?", "nine [1]. Kelby Rovers won nine corners. [1]",
), standalone="How many corners did Kelby Rovers win?")

SKATE_PARK_OBJECTED = turn(
    "Who objected to the skate park?",
    "Robert Lyle [1]. Committee chairman Robert Lyle said the decision was hard. [1]",
    passage="Plans for a skate park at Brackenford's Victoria Recreation Ground will be decided "
    "next month. The proposal was drawn up by a group founded by teenager Ellis Faraday, 17, and "
    "his mother, Joanne.",
)
FAIR_RUN = turn(
    "Who ran the fair?", "Tom Reed [1]. Organiser Tom Reed said it went well. [1]",
    passage="The fair was held at Elizabeth Playing Ground and Mary Recreation Ground. Organiser "
    "Tom Reed said it went well.",
)
# (replies that answered "who" with a place: the report's sentence had the place, not the finder)
METEORITE_FOUND = turn(
    "Who found the meteorite in Pellow?",
    "Cornwall [1]. A fragment of a meteorite that lit up the sky over Cornwall last month has "
    "been found in a vegetable patch in Pellow. [1]",
    "A fragment of a meteorite that lit up the sky over Cornwall last month has been found in a "
    "vegetable patch in Pellow.",
    "A fragment of a meteorite that lit up the sky over Cornwall last month has been found in a "
    "vegetable patch in Pellow. Retired engineer Colin Abery, 68, discovered the blackened stone.",
)
FRAGMENT_FOUND = turn(
    "Who found the fragment?", "Devon [1]. A fireball lit up the sky over Devon last week. [1]",
    "A fireball lit up the sky over Devon last week.",
    "A fireball lit up the sky over Devon last week. Farmer Ian Moss, 54, found a fragment in "
    "his field.",
)

FORTY_FOURTH_ROUND_FOLLOWUPS = {
    "a complete question after these turns is searched as asked": [
        ([METEORITE_FOUND], "Who confirmed the find?", "Who confirmed the find?"),
        # (trial 81: but with its story, or it finds another contest's runner-up)
        ([BY_ELECTION_WON, BY_ELECTION_VOTES], "Who came second?",
         "Who came second (Kestle by-election)?"),
        ([SKATE_PARK_OBJECTED], "Who started the group behind the plans?",
         "Who started the group behind the plans?"),
        ([HORNETS_COACH, HORNETS_INTERCEPTIONS], "Who scored the most goals in the final?",
         "Who scored the most goals in the final?"),
        ([BY_ELECTION_SECOND], "What did Imogen Varley promise?",
         "What did Imogen Varley promise?"),
    ],
    "a place is no she or he: a ground named after a queen, a county a wrong reply gave a who": [
        ([SKATE_PARK_OBJECTED], "How old is she?", "How old is Joanne?"),
        ([SKATE_PARK_OBJECTED], "Where did she want it built instead?",
         "Where did Joanne want the skate park built instead?"),
        ([FAIR_RUN], "How old is she?", "How old is she?"),
        ([METEORITE_FOUND], "What did he think it was at first?",
         "What did Colin Abery think the meteorite was at first?"),
        ([FRAGMENT_FOUND], "how old is he", "how old is Ian Moss"),
        ([FRAGMENT_FOUND], "Where did he find it?", "Where did Ian Moss find the fragment?"),
        # near misses: the man the reply named is still "he"; one beaten ("over") is a person
        ([SKATE_PARK_OBJECTED], "how old is he", "how old is Robert Lyle"),
        ([FAIR_RUN], "how old is he", "how old is Tom Reed"),
        ([turn("Who finished second?", "Tom Hale [1]. It was a win over Tom Hale for Sam Reed. "
               "[1]", "It was a win over Tom Hale for Sam Reed.")], "how old is he",
         "how old is Tom Hale"),
        ([turn("Who found the hoard?", "Sarah Lund [1]. The hoard was found near Ashby by Sarah "
               "Lund. [1]", "The hoard was found near Ashby by Sarah Lund.")],
         "What did she think it was?", "What did Sarah Lund think the hoard was?"),
    ],
    "they of a side beating or coached is the side, never the things the last turn counted": [
        ([HORNETS_COACH, HORNETS_INTERCEPTIONS], "Who did they beat in the final?",
         "Who did Ashcombe Hornets beat in the final?"),
        ([HORNETS_COACH, HORNETS_INTERCEPTIONS], "What did their captain say?",
         "What did Ashcombe Hornets’ captain say?"),
        ([ROVERS_WON, ROVERS_GOALS], "who did they play in the final",
         "who did Kelby Rovers play in the final"),
        ([ROVERS_WON, ROVERS_GOALS], "what did their manager say",
         "what did Kelby Rovers’ manager say"),
        # near misses: what things counted do, and a count asked again, are the things'
        ([ROVERS_WON, ROVERS_CORNERS], "who took them", "who took the corners"),
        ([HORNETS_COACH, HORNETS_INTERCEPTIONS], "when did they happen",
         "when did the interceptions happen"),
    ],
    "a party or a job said before a name is no part of the name a follow-up is asked with": [
        ([HORNETS_COACH], "Which player did she praise?",
         "Which player did Danielle Okafor praise?"),
        ([HORNETS_COACH], "How long has she been in charge?",
         "How long has Danielle Okafor been in charge?"),
        ([ROVERS_COACH], "what did he say about the referee",
         "what did Martin Reeve say about the referee"),
        ([BY_ELECTION_SECOND], "What did he blame the result on?",
         "What did Derek Hollins blame the result on?"),
        ([MAYORAL_SECOND], "how old is she", "how old is Fiona Kerr"),
        ([SINKHOLE_HEARD], "Where is his shop?", "Where is Abdul Rahman’s shop?"),
        ([SAVES_MADE], "how old is she", "how old is Tanya Whitlow"),
        ([turn("Who found the dog?", "Mary Hart [1]. Widow Mary Hart, 80, found the dog. [1]")],
         "where does she live", "where does Mary Hart live"),
        ([turn("Who treated him?", "Kate Bell [1]. Nurse Kate Bell treated him at the scene. "
               "[1]")], "how long has she been a nurse", "how long has Kate Bell been a nurse"),
        ([turn("Who won the 100m?", "Tom Hale [1]. Sprinter Tom Hale won in 10.2 seconds. [1]")],
         "how old is he", "how old is Tom Hale"),
        ([turn("Who stood for Labour?", "Ann Cole [1]. Labour Ann Cole polled 901 votes. [1]")],
         "how many votes did she get", "how many votes did Ann Cole get"),
        # (a reply that led with the calling: "Which player did she praise?" answered wrongly)
        ([HORNETS_COACH, turn("Which player did she praise?", "Coach Danielle Okafor [1]. Coach "
                              "Danielle Okafor said she had told her players to slow down. [1]",
                              "Coach Danielle Okafor said she had told her players to slow down.")],
         "How many interceptions did she make?",
         "How many interceptions did Danielle Okafor make?"),
        ([turn("Who came third?", "Liberal Democrat Ruth Ames [1]. Liberal Democrat Ruth Ames "
               "polled 301. [1]", "Liberal Democrat Ruth Ames polled 301.")],
         "what did she say", "what did Ruth Ames say"),
        # near misses: a form of address is part of the name as written
        ([METEORITE_CONFIRMED], "Where does she work?", "Where does Dr Naomi Strand work?"),
        ([turn("Who confirmed it?", "Dr Ruth Ames [1]. Dr Ruth Ames confirmed it. [1]",
               "Dr Ruth Ames confirmed it.")], "what did she say", "what did Dr Ruth Ames say"),
        ([turn("Who runs the pub?", "Tom Kerr [1]. Landlord Tom Kerr runs it. [1]")],
         "how old is she", "how old is she"),
        ([COUNCILLOR_SAID], "what did she ask for", "what did Councillor Ruth Amos ask for"),
    ],
    "she or he after a reply naming one by a form of address is that one, whatever the surname": [
        ([METEORITE_CONFIRMED], "How old did she say it was?",
         "How old did Dr Naomi Strand say the find was?"),
        ([turn("Who led the dig?", "Ann Hall [1]. The dig was led by Mrs Ann Hall, of Kelby. [1]")],
         "how long did she dig for", "how long did Mrs Ann Hall dig for"),
        ([turn("Who runs the cafe?", "Mr Park [1]. The cafe is run by Mr Park. [1]")],
         "when did he open it", "when did Mr Park open the cafe"),
        ([turn("Who found the coins?", "Tom Field [1]. The coins were found by Dr Tom Field. [1]")],
         "what did he say", "what did Dr Tom Field say"),
        # near misses: the other gender is no one; a place named so is still a place
        ([METEORITE_CONFIRMED], "How old is he?", "How old is he?"),
        ([turn("Where was the fair?", "Victoria Park [1]. The fair was held at Victoria Park. "
               "[1]")], "how old is she", "how old is she"),
    ],
    "she after a man's turn is the woman an earlier turn named, the calling aside": [
        ([BY_ELECTION_WON, BY_ELECTION_VOTES, BY_ELECTION_SECOND, BY_ELECTION_BLAME],
         "What will she campaign for?", "What will Imogen Varley campaign for?"),
        ([BY_ELECTION_WON, BY_ELECTION_SECOND], "how old is she", "how old is Imogen Varley"),
        ([BY_ELECTION_WON, BY_ELECTION_SECOND], "how old is he", "how old is Derek Hollins"),
        ([HORNETS_COACH, SINKHOLE_HEARD], "what did she say", "what did Danielle Okafor say"),
        ([HORNETS_COACH, SINKHOLE_HEARD], "what did he say", "what did Abdul Rahman say"),
        ([SAVES_MADE, ROVERS_COACH], "how many saves did she make",
         "how many saves did Tanya Whitlow make"),
        ([turn("Who caught the catfish?", "Mary Hart [1]. Wicket-keeper Mary Hart caught the "
               "catfish. [1]"), ROVERS_COACH], "how heavy was the fish she caught",
         "how heavy was the fish Mary Hart caught"),
        # (a calling no rule takes off the name still lets its given name tell her a woman)
        ([turn("Who found the dog?", "Mary Hart [1]. Trustee Mary Hart found the dog. [1]",
               "Trustee Mary Hart found the dog."), ROVERS_COACH], "where does she live",
         "where does Trustee Mary Hart live"),
    ],
}


# Trial 68's conversations: a by-election, a knitwear firm's contract, a sinkhole and a firm
# moving its headquarters.
KESTLE_WINNER = turn(
    "Who won the Kestle by-election?", "Imogen Varley [1]. The Green Party's Imogen Varley has "
    "won the Kestle ward by-election on Dunmore Town Council. [1]"
)
KESTLE_VOTES = replace(
    turn("How many votes did she get?", "642 [1]. Ms Varley, 29, a primary school teacher, "
         "received 642 votes. [1]"),
    standalone="How many votes did Imogen Varley get?",
)
KESTLE_SECOND = turn(
    "Who came second?", "Derek Hollins [1]. Conservative Derek Hollins came second with 518, "
    "and Labour's Sanjay Mehta was third with 301. [1]"
)
KESTLE_BLAME = replace(
    turn("What did he blame the result on?", "He blamed the result on \"national issues\". [1] "
         "Mr Hollins said he was disappointed but would stand again. [2]"),
    standalone="What did Derek Hollins blame the result on?",
)
SINKHOLE_THUNDER = turn(
    "Who heard the sinkhole open?", "Abdul Rahman [1]. Shopkeeper Abdul Rahman, 58, said he heard "
    "\"a noise like thunder\" shortly after 6am. [1]"
)
HQ_MOVE = turn(
    "Which firm is moving its headquarters to Lowport?", "Brightwater Analytics [1]. Data firm "
    "Brightwater Analytics is moving its headquarters from Manchester to Lowport, bringing 120 "
    "jobs to the town. [1]"
)
HQ_JOBS = replace(
    turn("How many jobs will it bring?", "120 [1]. Data firm Brightwater Analytics is moving its "
         "headquarters from Manchester to Lowport, bringing 120 jobs to the town. [1]"),
    standalone="How many jobs will Brightwater Analytics bring?",
)
KNITWEAR_DEAL = turn(
    "Which company signed a deal with Norrvik?", "Corran Knitwear [1]. Corran Knitwear, based in "
    "Kelsholm, will make 60,000 jumpers a year for Stockholm-based retailer Norrvik. [1]"
)
KNITWEAR_DEAL_AS_REGION = turn(
    "Which company signed a deal with Norrvik?", "Borders [1]. A Borders knitwear maker is to "
    "take on 40 new staff after signing a three-year deal to supply a Swedish fashion chain. [1]"
)
FACTORY_OPENING = turn(
    "Which company is opening a factory in Kelby?", "Halden Foods [1]. Halden Foods is opening a "
    "factory in Kelby. [1]"
)
RETAIL_DEAL = turn(
    "Which retailer signed a deal with Halden Foods?", "Greenway Stores [1]. Greenway Stores "
    "signed a deal with Halden Foods. [1]"
)

FORTY_FIFTH_ROUND_FOLLOWUPS = {
    "a trade or a party before a known given name is no part of the name, which tells he or she": [
        ([KESTLE_SECOND], "What did he blame the result on?",
         "What did Derek Hollins blame the result on?"),
        ([KESTLE_SECOND], "How old is he?", "How old is Derek Hollins?"),
        # "she" after a man's turn is the woman a turn before named
        ([KESTLE_WINNER, KESTLE_VOTES, KESTLE_SECOND, KESTLE_BLAME], "What will she campaign for?",
         "What will Imogen Varley campaign for?"),
        ([turn("Who won?", "Ruth Pym [1]. Green Ruth Pym won. [1]"),
          turn("Who came second?", "Tom Hale [1]. Labour Tom Hale came second. [1]")],
         "What did she promise?", "What did Ruth Pym promise?"),
        ([SINKHOLE_THUNDER], "How old is he?", "How old is Abdul Rahman?"),
        ([turn("Who came third?", "Mary Jones [1]. Independent Mary Jones came third with 211 "
               "votes. [1]")], "How many votes did she get?", "How many votes did Mary Jones get?"),
        ([turn("Who heard the blast?", "Priya Shah [1]. Newsagent Priya Shah, 44, said she heard "
               "a bang. [1]")], "What did she see?", "What did Priya Shah see?"),
        ([turn("Who found the dog?", "Gary Mills [1]. Plumber Gary Mills said he found it in a "
               "ditch. [1]")], "Where does he live?", "Where does Gary Mills live?"),
        # near misses: a title or an honorific stays; a given name first is the name's own; a
        # man is still no "she"
        ([turn("Who chairs the panel?", "Ann Cole [1]. Cllr Ann Cole chairs the panel. [1]")],
         "What did she say?", "What did Cllr Ann Cole say?"),
        ([turn("Who chairs the panel?", "Ann Cole [1]. Dr Ann Cole chairs the panel. [1]")],
         "What did she say?", "What did Dr Ann Cole say?"),
        ([turn("Who runs the shop?", "Rose Mary Taylor [1]. Rose Mary Taylor runs the shop. [1]")],
         "How old is she?", "How old is Rose Mary Taylor?"),
        ([turn("Who runs the shop?", "Ngozi Grace Okafor [1]. Ngozi Grace Okafor runs the shop. "
               "[1]")], "How old is she?", "How old is Ngozi Grace Okafor?"),
        ([turn("Who caught it?", "John Pike [1]. Fisherman John Pike, 61, caught it. [1]")],
         "How old is he?", "How old is John Pike?"),
        ([turn("Who found the dog?", "Gary Mills [1]. Plumber Gary Mills said he found it in a "
               "ditch. [1]")], "What did she say?", "What did she say?"),
    ],
    "it after which firm did something to or with a place or a firm is the firm answered": [
        ([HQ_MOVE], "How many jobs will it bring?",
         "How many jobs will Brightwater Analytics bring?"),
        ([HQ_MOVE], "Who is its chief executive?",
         "Who is Brightwater Analytics’ chief executive?"),
        ([HQ_MOVE, HQ_JOBS], "What was its turnover last year?",
         "What was Brightwater Analytics’ turnover last year?"),
        ([HQ_MOVE], "Where is it based?", "Where is Brightwater Analytics based?"),
        ([KNITWEAR_DEAL], "How many people does it employ?",
         "How many people does Corran Knitwear employ?"),
        ([KNITWEAR_DEAL], "Who is its production manager?",
         "Who is Corran Knitwear’s production manager?"),
        ([FACTORY_OPENING], "How many jobs will it create?",
         "How many jobs will Halden Foods create?"),
        ([FACTORY_OPENING], "Who is its finance director?",
         "Who is Halden Foods’ finance director?"),
        ([RETAIL_DEAL], "How many shops does it have?",
         "How many shops does Greenway Stores have?"),
        ([RETAIL_DEAL], "Who founded it?", "Who founded Greenway Stores?"),
        ([turn("Which charity is moving to Ashby?", "Kelby Hospice [1]. Kelby Hospice is moving "
               "to Ashby. [1]")], "When was it founded?", "When was Kelby Hospice founded?"),
        # near misses: what is asked of a place is the place's; a firm bought may be "it" as
        # much as the buyer; a which-question of a town's deed is the thing it gets
        ([HQ_MOVE], "How many people live in it?", "How many people live in Lowport?"),
        ([turn("Which company bought Brackwater Brewing?", "Halden Foods [1]. Halden Foods bought "
               "Brackwater Brewing. [1]")], "How much did it pay?",
         "How much did Halden Foods or Brackwater Brewing pay?"),
        ([turn("Which town is getting the new hospital?", "Brayford [1]. Brayford is getting the "
               "new hospital. [1]")], "When will it open?", "When will the new hospital open?"),
    ],
    "it after a reply that led with the word describing the thing is the thing it describes": [
        ([KNITWEAR_DEAL_AS_REGION], "How many people does it employ?",
         "How many people does the Borders knitwear maker employ?"),
        ([KNITWEAR_DEAL_AS_REGION], "Who is its production manager?",
         "Who is the Borders knitwear maker’s production manager?"),
        ([turn("Which firm won the bus contract?", "Welsh [1]. A Welsh bus operator won the bus "
               "contract. [1]")], "How many buses does it run?",
         "How many buses does the Welsh bus operator or the bus contract run?"),
        # near miss: a name before what a body owns is the body ("Calder shares")
        ([turn("Which firm bought Halden?", "Calder [1]. Calder shares rose after it bought "
               "Halden. [1]")], "Where is it based?", "Where is Halden based?"),
    ],
    "a complete question is left as it is": [
        ([KNITWEAR_DEAL], "How many people does Corran Knitwear employ?",
         "How many people does Corran Knitwear employ?"),
        ([turn("Where did the Gransby sinkhole open?", "Gransby's Market Street [1]. A sinkhole "
               "opened on Gransby's Market Street. [1]")],
         "What will the council do about the buses?", "What will the council do about the buses?"),
        ([HQ_MOVE], "Who is Marcus Adeyemi?", "Who is Marcus Adeyemi?"),
    ],
}


def test_it_after_a_body_answered_with_the_is_not_the_place_rule():
    # (the eval's follow-up set: "the Polish government-in-exile in London gave orders ..."
    # answers a who with a body, which "it" may stand for; no place rule drops it)
    from rag.chat import Turn, rewrite_followup

    said = ("Knowing that Stalin was hostile to the idea of an independent Poland, the Polish "
            "government-in-exile in London gave orders to the underground Home Army (AK) to try "
            "to seize control of Warsaw from the Germans before the Red Army arrived.")
    turn = Turn("Who gave orders to the Home Army to seize Warsaw?",
                "Who gave orders to the Home Army to seize Warsaw?",
                f"Polish government-in-exile [1]. {said} [1]", evidence=said, passage=said)
    assert "Polish government-in-exile" in rewrite_followup("Where was it based?", [turn])


PENNICK_FOUNDER = turn(
    "Who founded Pennick Cider?", "Tom Pennick [1]. Tom Pennick, 70, who founded the business "
    "in 1988, said the firm would stay in the family. [1]"
)
# the same reply as a model may write it, without a short answer leading
PENNICK_FOUNDER_UNLED = turn(
    "Who founded Pennick Cider?", "Tom Pennick, 70, who founded the business in 1988, said the "
    "firm would stay in the family [1]."
)

HORNETS_BEAT = turn(
    "Who did the Hornets beat?", "Stourport Swifts [1]. The Hornets beat Stourport Swifts 3-1 "
    "on Saturday. [1]"
)
HAWKS_BEATEN = turn(
    "Who beat Harlow Hawks?", "Stourport Swifts [1]. Stourport Swifts beat Harlow Hawks 27-19 "
    "in the final. [1]"
)
ROVERS_DREW = turn(
    "Which team did Kelby Rovers draw with?", "Ashby Town [1]. Kelby Rovers drew 1-1 with Ashby "
    "Town. [1]"
)

WALKERS_RESCUED = turn(
    "Who rescued the walkers?", "Kelby Mountain Rescue [1]. Volunteers from Kelby Mountain "
    "Rescue found the walkers on Cragside Moor. [1]"
)

HOUSING_PLAN_APPROVED = turn(
    "Which council approved the housing plan?", "Kelby Council [1]. Kelby Council approved the "
    "plan for 300 homes on Monday. [1]"
)
FLATS_APPLIED = turn(
    "Which firm submitted the planning application?", "Marsh Construction [1]. Marsh "
    "Construction submitted the application for 40 flats. [1]"
)

FORTY_SIXTH_ROUND_FOLLOWUPS = {
    "a name opening with a person's surname and going on past it is a thing named after them": [
        ([PENNICK_FOUNDER], "How old is he?", "How old is Tom Pennick?"),
        ([PENNICK_FOUNDER_UNLED], "How old is he?", "How old is Tom Pennick?"),
        ([PENNICK_FOUNDER_UNLED], "What did he say?", "What did Tom Pennick say?"),
        ([turn("Who founded Marsh Bakery?", "Jane Marsh [1]. Jane Marsh, 58, who founded Marsh "
               "Bakery in 1999, said it was a proud day. [1]")], "How old is she?",
         "How old is Jane Marsh?"),
        ([turn("Who founded Doyle Dairies?", "Mary Doyle [1]. Mary Doyle founded Doyle Dairies "
               "in 1965. [1]")], "How old is she?", "How old is Mary Doyle?"),
        ([turn("Who started Kowalski Builders?", "Piotr Kowalski [1]. Piotr Kowalski started "
               "Kowalski Builders in 2004. [1]")], "How old is he?", "How old is Piotr Kowalski?"),
        # near misses: "it" is still the firm; a firm named by a word bodies end with, by "&"
        # or by an owner's "'s" was never a person; another person of the surname stays one
        ([PENNICK_FOUNDER], "How many people does it employ?",
         "How many people does Pennick Cider employ?"),
        ([PENNICK_FOUNDER_UNLED], "Where is it based?", "Where is Pennick Cider based?"),
        ([turn("Who founded Doyle Dairies?", "Mary Doyle [1]. Mary Doyle founded Doyle Dairies "
               "in 1965. [1]")], "When was it sold?", "When was Doyle Dairies sold?"),
        ([turn("Who started Carter Haulage Ltd?", "Dave Carter [1]. Dave Carter, 61, started "
               "Carter Haulage Ltd with one lorry. [1]")], "How old is he?",
         "How old is Dave Carter?"),
        ([turn("Who founded Hollins & Sons?", "Mark Hollins [1]. Mark Hollins founded Hollins & "
               "Sons in 1972. [1]")], "How many staff does it employ?",
         "How many staff does Hollins & Sons employ?"),
        ([turn("Who set up the Okafor Foundation?", "Ngozi Okafor [1]. Ngozi Okafor set up the "
               "Okafor Foundation after her son died. [1]")], "How old is she?",
         "How old is Ngozi Okafor?"),
        ([turn("Who did Tom Pennick marry?", "Anna Pennick [1]. Tom Pennick married Anna Pennick "
               "in 1990. [1]")], "How old is she?", "How old is Anna Pennick?"),
    ],
    "a gendered form of address decides he or she before the given name's list": [
        ([turn("Who chairs the trust?", "Mrs Sam Reed [1]. Mrs Sam Reed chairs the trust. [1]")],
         "What did she say?", "What did Mrs Sam Reed say?"),
        ([turn("Who chairs the trust?", "Sam Reed [1]. Trust chair Mrs Sam Reed said it would "
               "grow. [1]")], "What did she say?", "What did Mrs Sam Reed say?"),
        ([turn("Who won the seat?", "Ms Chris Hale [1]. Ms Chris Hale won the seat by 40 votes. "
               "[1]")], "How many votes did she get?", "How many votes did Ms Chris Hale get?"),
        ([turn("Who runs the cafe?", "Miss Charlie Webb [1]. Miss Charlie Webb, 29, runs the "
               "cafe. [1]")], "How long has she run it?",
         "How long has Miss Charlie Webb run the cafe?"),
        ([turn("Who chairs the board?", "Dame Alex Moss [1]. Dame Alex Moss chairs the board. "
               "[1]")], "When was her term extended?", "When was Dame Alex Moss’ term extended?"),
        ([turn("Who beat Tom Hale?", "Mrs Sam Reed [1]. Mrs Sam Reed beat Tom Hale by 40 votes. "
               "[1]")], "What did she say?", "What did Mrs Sam Reed say?"),
        # near misses: "Mrs" is no "he"; "Mr" keeps a given name of the women's list a "he";
        # "Dr" decides nothing, leaving the given name to; the man beaten is the "he"
        ([turn("Who chairs the trust?", "Mrs Sam Reed [1]. Mrs Sam Reed chairs the trust. [1]")],
         "What did he say?", "What did he say?"),
        ([turn("Who chairs the trust?", "Mr Hilary Benn [1]. Mr Hilary Benn chairs the trust. "
               "[1]")], "What did he say?", "What did Mr Hilary Benn say?"),
        ([turn("Who chairs the trust?", "Mr Hilary Benn [1]. Mr Hilary Benn chairs the trust. "
               "[1]")], "What did she say?", "What did she say?"),
        ([turn("Who chairs the trust?", "Dr Chris Hale [1]. Dr Chris Hale chairs the trust. "
               "[1]")], "What did he say?", "What did Dr Chris Hale say?"),
        ([turn("Who chairs the trust?", "Dr Ruth Hale [1]. Dr Ruth Hale chairs the trust. [1]")],
         "What did she say?", "What did Dr Ruth Hale say?"),
        ([turn("Who beat Tom Hale?", "Mrs Sam Reed [1]. Mrs Sam Reed beat Tom Hale by 40 votes. "
               "[1]")], "How many votes did he get?", "How many votes did Tom Hale get?"),
    ],
    "they after which side played or beat the side the question named is either side": [
        ([HORNETS_BEAT], "What did their coach say?",
         "What did Stourport Swifts’ or the Hornets’ coach say?"),
        ([HORNETS_BEAT], "Where do they play next?",
         "Where do Stourport Swifts or the Hornets play next?"),
        ([turn("Who did Harlow Hawks beat?", "Stourport Swifts [1]. Harlow Hawks beat Stourport "
               "Swifts 3-1. [1]")], "Who is their captain?",
         "Who is Stourport Swifts’ or Harlow Hawks’ captain?"),
        ([HAWKS_BEATEN], "How many points did they score?",
         "How many points did Stourport Swifts or Harlow Hawks score?"),
        ([ROVERS_DREW], "What did their manager say?",
         "What did Ashby Town’s or Kelby Rovers’ manager say?"),
        ([ROVERS_DREW], "Who scored their goal?", "Who scored Ashby Town’s or Kelby Rovers’ goal?"),
        # near misses: what only the winner or the loser has, or the rounds only the side not
        # knocked out plays, is that side's; a side the follow-up names leaves the other; one
        # side asked for alone, or people, are as before
        ([HORNETS_BEAT], "Who scored their winner?", "Who scored the Hornets’ winner?"),
        ([HAWKS_BEATEN], "Who scored their winner?", "Who scored Stourport Swifts’ winner?"),
        ([HAWKS_BEATEN], "Who is to blame for their defeat?",
         "Who is to blame for Harlow Hawks’ defeat?"),
        ([turn("Who knocked out the Swifts in the semi-final?", "Kelby Rovers [1]. Kelby Rovers "
               "knocked out the Swifts 2-1 in the semi-final. [1]")],
         "Who do they play in the final?", "Who do Kelby Rovers play in the final?"),
        ([HORNETS_BEAT], "What did their coach say about Stourport Swifts?",
         "What did the Hornets’ coach say about Stourport Swifts?"),
        ([turn("Who won the county cup final?", "Harlow Hawks [1]. Harlow Hawks beat Dunmore "
               "Rovers 27-19 in the county cup final. [1]")], "Who is their captain?",
         "Who is Harlow Hawks’ captain?"),
        ([turn("Which team did Westmere Rovers beat?", "Dunmore Athletic [1]. Westmere Rovers "
               "beat Dunmore Athletic 2-0. [1]")], "Who scored their winner?",
         "Who scored Westmere Rovers’ winner?"),
        ([turn("Who did Sarah Pike beat?", "Ann Cole [1]. Sarah Pike beat Ann Cole by 2,010 "
               "votes. [1]")], "How many votes did she get?", "How many votes did Sarah Pike get?"),
    ],
    "them that a time took after who did a deed is the doers answered": [
        ([WALKERS_RESCUED], "How long did it take them?",
         "How long did it take Kelby Mountain Rescue (Who rescued the walkers)?"),
        ([WALKERS_RESCUED], "How long did it take them to reach the walkers?",
         "How long did it take Kelby Mountain Rescue to reach the walkers (Who rescued the "
         "walkers)?"),
        ([turn("Who rebuilt the flood defences?", "Marsh Construction [1]. Marsh Construction "
               "rebuilt the flood defences at Kelby. [1]")], "How long did it take them?",
         "How long did it take Marsh Construction (Who rebuilt the flood defences)?"),
        ([turn("Who cleared the fallen trees?", "Kelby Council [1]. Kelby Council cleared the "
               "fallen trees on Mill Lane. [1]")], "How long did it take them?",
         "How long did it take Kelby Council (Who cleared the fallen trees)?"),
        # near misses: "them" not of a time taken is as before; a time taken to do something
        # to things is theirs; a "her" is the woman who did it
        ([WALKERS_RESCUED], "How old are they?", "How old are the walkers?"),
        ([turn("How many homes were flooded?", "300 [1]. 300 homes were flooded in Kelby. [1]")],
         "How long did it take to dry them?", "How long did it take to dry the homes?"),
        ([turn("Who swam the Channel at the age of 67?", "Glenys Parry [1]. Mrs Parry swam the "
               "Channel. [1]")], "How long did it take her?",
         "How long did it take Glenys Parry (Who swam the Channel at the age of 67)?"),
    ],
    "it after which body decided on a measure: voted on is the measure, led is the body": [
        ([HOUSING_PLAN_APPROVED], "How many councillors voted against it?",
         "How many councillors voted against the housing plan?"),
        ([HOUSING_PLAN_APPROVED], "Who objected to it?", "Who objected to the housing plan?"),
        ([HOUSING_PLAN_APPROVED], "When was it submitted?", "When was the housing plan submitted?"),
        ([HOUSING_PLAN_APPROVED], "Who leads it?", "Who leads Kelby Council?"),
        ([HOUSING_PLAN_APPROVED], "Who is its leader?", "Who is Kelby Council’s leader?"),
        ([FLATS_APPLIED], "Who objected to it?", "Who objected to the planning application?"),
        ([FLATS_APPLIED], "Who runs it?", "Who runs Marsh Construction?"),
        ([FLATS_APPLIED], "How many people does it employ?",
         "How many people does Marsh Construction employ?"),
        # near misses: what either may be asked of stays both; a firm bought is no measure
        ([HOUSING_PLAN_APPROVED], "What did the mayor say about it?",
         "What did the mayor say about Kelby Council or the housing plan?"),
        ([HOUSING_PLAN_APPROVED], "How much will it cost?", "How much will the housing plan cost?"),
        ([turn("Which company bought Brackwater Brewing?", "Halden Foods [1]. Halden Foods bought "
               "Brackwater Brewing. [1]")], "How much did it pay?",
         "How much did Halden Foods or Brackwater Brewing pay?"),
    ],
    # (no fault found: these guard the new rules above from reaching a question that needs
    # nothing of the turn before)
    "a complete question after an unrelated turn is left as it is": [
        ([PENNICK_FOUNDER], "What is the population of Kelby?",
         "What is the population of Kelby?"),
        ([PENNICK_FOUNDER], "Who won the Ashby by-election?", "Who won the Ashby by-election?"),
        ([PENNICK_FOUNDER], "How did the Hornets do on Saturday?",
         "How did the Hornets do on Saturday?"),
        ([HORNETS_BEAT], "When does the new library open?", "When does the new library open?"),
        ([HOUSING_PLAN_APPROVED], "Who won the Kelby marathon?", "Who won the Kelby marathon?"),
        ([HOUSING_PLAN_APPROVED], "Where is the new school being built?",
         "Where is the new school being built?"),
        ([WALKERS_RESCUED], "Who is the chief executive of Halden Foods?",
         "Who is the chief executive of Halden Foods?"),
        ([turn("Who chairs the trust?", "Mrs Sam Reed [1]. Mrs Sam Reed chairs the trust. [1]")],
         "Why was the A38 closed?", "Why was the A38 closed?"),
    ],
}


KELBY_LADIES = turn(
    "Who manages the Kelby Ladies?", "Sam Reed [1]. Manager Sam Reed said her side deserved the "
    "win. [1]"
)
HALE_FIRM_TAKEN = turn(
    "Who took over Tom Hale's firm?", "Ruth Pym [1]. Ruth Pym took over Hale Plumbing from Tom "
    "Hale in May. [1]"
)
OKAFORS_KITCHEN = turn(
    "Who opened Okafor's Kitchen?", "Ngozi Okafor [1]. Ngozi Okafor opened Okafor's Kitchen in "
    "March. [1]"
)
WALKERS_FROM_LEEDS = turn(
    "Who were rescued on Cragside Moor?", "Two walkers from Leeds [1]. Two walkers from Leeds "
    "were rescued on Cragside Moor. [1]"
)

HALE_PLUMBING_SOLD = turn(
    "Who sold Hale Plumbing?", "Tom Hale [1]. Tom Hale sold Hale Plumbing to Ruth Pym in May. [1]"
)
MILL_LANE_OPPOSED = turn(
    "Who opposed the plan?", "Residents of Mill Lane [1]. Residents of Mill Lane opposed the plan "
    "for 300 homes. [1]"
)
KELBY_LIFEBOAT_CREW = turn(
    "Who rescued the teenagers?", "The Kelby lifeboat crew [1]. The Kelby lifeboat crew rescued "
    "two teenagers from Ashby Sands. [1]"
)
ASHBY_LEADER = turn(
    "Who leads Ashby Council?", "Cllr Rachel Amos [1]. Council leader Cllr Rachel Amos said the "
    "authority would cut 40 jobs. [1]"
)
PIKE_BEATEN = turn(
    "Who beat Sarah Pike?", "Tom Hale [1]. Tom Hale beat Sarah Pike by 300 votes in the Ashby "
    "by-election. [1]"
)

MEN_ARRESTED = turn(
    "Who were arrested?", "Three men from Kelby [1]. Three men from Kelby were arrested after a "
    "raid on Ashby Post Office. [1]"
)
PIER_SAVED = turn(
    "Who saved the pier?", "The Friends of Saltby Pier [1]. The Friends of Saltby Pier raised £2m "
    "to save it. [1]"
)

FORTY_SEVENTH_ROUND_FOLLOWUPS = {
    "a team is never he or she, and the text's own pronoun tells a name of either sex": [
        ([KELBY_LADIES], "How long has she managed them?",
         "How long has Sam Reed managed the Kelby Ladies?"),
        ([KELBY_LADIES], "What did she say?", "What did Sam Reed say?"),
        ([turn("Who coaches the Ashby Girls?", "Jo Pike [1]. Coach Jo Pike said she was proud of "
               "her players. [1]")], "How long has she coached them?",
         "How long has Jo Pike coached the Ashby Girls?"),
        ([turn("Who captains the Harlow Hawks?", "Alex Moss [1]. Captain Alex Moss said she was "
               "delighted with the win. [1]")], "How old is she?",
         "How old is Captain Alex Moss?"),
        # near misses: a team named with "the" or by a word for a club's side stays no "she"
        # when the text says "his"; a clear given name keeps its list ("Tom" is he)
        ([turn("Who manages the Kelby Ladies?", "Sam Reed [1]. Manager Sam Reed said his side "
               "deserved the win. [1]")], "What did she say?", "What did she say?"),
        ([turn("Who manages Kelby Ladies?", "Sam Reed [1]. Manager Sam Reed said his side "
               "deserved the win. [1]")], "What did she say?", "What did she say?"),
        ([turn("Who manages the Kelby Ladies?", "Sam Reed [1]. Manager Sam Reed said his side "
               "deserved the win. [1]")], "What did he say?", "What did Sam Reed say?"),
        ([turn("Who coaches the Ashby Girls?", "Tom Pike [1]. Coach Tom Pike said her players "
               "were brave. [1]")], "How long has he coached them?",
         "How long has Tom Pike coached the Ashby Girls?"),
        ([turn("Who coaches the Ashby Girls?", "Tom Pike [1]. Coach Tom Pike said her players "
               "were brave. [1]")], "How long has she coached them?",
         "How long has she coached the Ashby Girls?"),
    ],
    "a given name of either sex fits he and she; a Mr or Mrs or the text's pronoun decides": [
        ([turn("Who chairs the trust?", "Dr Chris Hale [1]. Dr Chris Hale chairs the trust. "
               "[1]")], "What did she say?", "What did Dr Chris Hale say?"),
        ([turn("Who chairs the trust?", "Dr Chris Hale [1]. Dr Chris Hale chairs the trust. "
               "[1]")], "What did he say?", "What did Dr Chris Hale say?"),
        ([turn("Who won the seat?", "Jordan Pike [1]. Jordan Pike won the seat by 40 votes. [1]")],
         "How many votes did she get?", "How many votes did Jordan Pike get?"),
        ([turn("Who runs the bakery?", "Morgan Ellis [1]. Morgan Ellis runs the bakery. [1]")],
         "How long has he run it?", "How long has Morgan Ellis run the bakery?"),
        ([turn("Who chairs the board?", "Robin Moss [1]. Robin Moss said he would stand down in "
               "May. [1]")], "What did he say?", "What did Robin Moss say?"),
        ([turn("Who beat Tom Hale?", "Charlie Webb [1]. Charlie Webb beat Tom Hale by 40 votes. "
               "[1]")], "How many votes did she get?", "How many votes did Charlie Webb get?"),
        # near misses: the text's "he", a "Mr", a "Mrs" and a clear given name still decide
        ([turn("Who chairs the board?", "Robin Moss [1]. Robin Moss said he would stand down in "
               "May. [1]")], "What did she say?", "What did she say?"),
        ([turn("Who chairs the board?", "Mr Jamie Cole [1]. Mr Jamie Cole chairs the board. "
               "[1]")], "What did she say?", "What did she say?"),
        ([turn("Who chairs the board?", "Mrs Jamie Cole [1]. Mrs Jamie Cole chairs the board. "
               "[1]")], "What did he say?", "What did he say?"),
        ([turn("Who chairs the board?", "Tom Moss [1]. Tom Moss chairs the board. [1]")],
         "What did she say?", "What did she say?"),
        ([turn("Who beat Tom Hale?", "Ann Webb [1]. Ann Webb beat Tom Hale by 40 votes. [1]")],
         "How many votes did he get?", "How many votes did Tom Hale get?"),
    ],
    "a given name and surname after from is whom a thing passed from, not a place": [
        ([HALE_FIRM_TAKEN], "How long did he run his firm?",
         "How long did Tom Hale run his firm?"),
        ([HALE_FIRM_TAKEN], "How old is he?", "How old is Tom Hale?"),
        ([turn("Who bought the Red Lion?", "Ann Cole [1]. Ann Cole bought the Red Lion from Derek "
               "Hollins last year. [1]")], "How long had he owned it?",
         "How long had Derek Hollins owned the Red Lion?"),
        ([turn("Who won the seat?", "Ruth Pym [1]. Ruth Pym took the seat from Gareth Lowe by 40 "
               "votes. [1]")], "How long had he held it?",
         "How long had Gareth Lowe held the seat?"),
        # near misses: a journey's "from" is still a place's ("rescued from", "from ... to");
        # a name said elsewhere as a person stays one
        ([turn("Who was rescued?", "Ruth Pym [1]. Ruth Pym was rescued from Ben Nevis on "
               "Sunday. [1]")], "How old is he?", "How old is he?"),
        ([turn("Who was airlifted?", "A climber [1]. A climber was airlifted from Ben Nevis to "
               "Fort William. [1]")], "How old is he?", "How old is he?"),
        ([turn("Who was rescued from Ben Nevis?", "Ruth Pym [1]. Ruth Pym was rescued from Ben "
               "Nevis on Sunday. [1]")], "How old is he?", "How old is he?"),
        ([turn("Who was rescued?", "Tom Reed [1]. Tom Reed was rescued from Ben Nevis on Sunday. "
               "[1]")], "How old is he?", "How old is Tom Reed?"),
    ],
    "they put for a name the turn always says with the keeps its the": [
        ([turn("Who scored for the Hornets?", "Tom Reed [1]. Tom Reed scored twice for the "
               "Hornets. [1]")], "Where are they in the league?",
         "Where are the Hornets in the league?"),
        ([turn("Who scored for the Hornets?", "Tom Reed [1]. Tom Reed scored twice for the "
               "Hornets. [1]")], "Who is their coach?", "Who is the Hornets’ coach?"),
        ([turn("Who sings with the Vantage Lines?", "Ann Cole [1]. Ann Cole sings with the "
               "Vantage Lines. [1]")], "When did they form?", "When did the Vantage Lines form?"),
        # near misses: a name said bare stays bare; an acronym too
        ([turn("Who scored for Kelby Rovers?", "Tom Reed [1]. Tom Reed scored twice for Kelby "
               "Rovers. [1]")], "Where are they in the league?",
         "Where are Kelby Rovers in the league?"),
        ([turn("Who scored for the Hornets?", "Tom Reed [1]. Tom Reed scored twice as Hornets "
               "won. [1]")], "Where are they in the league?", "Where are Hornets in the league?"),
        ([turn("Who runs the IPCC?", "Hoesung Lee [1]. Hoesung Lee chairs the IPCC. [1]")],
         "What did they say?", "What did IPCC say?"),
    ],
    "its of a name with an owner's 's inside is the noun of the name": [
        ([OKAFORS_KITCHEN], "Who is its manager?", "Who is the manager of Okafor's Kitchen?"),
        ([OKAFORS_KITCHEN], "Who is its head chef?", "Who is the head chef of Okafor's Kitchen?"),
        ([OKAFORS_KITCHEN], "When did its owner open it?",
         "When did the owner of Okafor's Kitchen open it?"),
        ([turn("Who bought Dunn's Bakery?", "Ann Cole [1]. Ann Cole bought Dunn's Bakery in May. "
               "[1]")], "How many staff did its owners employ?",
         "How many staff did the owners of Dunn's Bakery employ?"),
        # near misses: "it" and a possessive name ending in its 's, or no 's, are as before
        ([OKAFORS_KITCHEN], "How many staff does it employ?",
         "How many staff does Okafor's Kitchen employ?"),
        ([turn("Who opened Okafor Kitchen?", "Ngozi Okafor [1]. Ngozi Okafor opened Okafor "
               "Kitchen in March. [1]")], "Who is its manager?",
         "Who is Okafor Kitchen’s manager?"),
        ([turn("Who bought Sainsbury's?", "Halden Foods [1]. Halden Foods bought Sainsbury's. "
               "[1]")], "Who was its chief executive?", "Who was Sainsbury's chief executive?"),
    ],
    "they after a who-question answered by a count of ones is those ones": [
        ([WALKERS_FROM_LEEDS], "How old are they?", "How old are the two walkers from Leeds?"),
        ([WALKERS_FROM_LEEDS], "Where were they taken?",
         "Where were the two walkers from Leeds taken?"),
        ([turn("Who was arrested after the fire?", "Three teenagers [1]. Three teenagers were "
               "arrested after the fire at Kelby Mill. [1]")], "Have they been charged?",
         "Have the three teenagers been charged?"),
        ([turn("Who found the hoard?", "A group of metal detectorists [1]. A group of metal "
               "detectorists found the hoard near Ashby. [1]")], "What did they find?",
         "What did the group of metal detectorists find?"),
        ([turn("Who won the lottery?", "12 nurses from Kelby [1]. 12 nurses from Kelby shared "
               "the jackpot. [1]")], "How much did they win?",
         "How much did the 12 nurses from Kelby win?"),
        # near misses: a count alone names no one; one described person is he; the place is
        # still "it"; a crew named by its noun is as before
        ([turn("How many walkers were rescued?", "Two [1]. Two walkers were rescued on Cragside "
               "Moor. [1]")], "How old are they?", "How old are the walkers?"),
        ([turn("Who was rescued?", "A man from Leeds [1]. A man from Leeds was rescued on "
               "Cragside Moor. [1]")], "How old is he?", "How old is the man from Leeds?"),
        ([WALKERS_FROM_LEEDS], "How high is it?", "How high is Cragside Moor?"),
        ([turn("Who rescued the dog?", "The crew [1]. The crew of the Kelby lifeboat rescued the "
               "dog. [1]")], "How long did they search?", "How long did the crew search?"),
    ],
    # (from conversations of this round's own, each with rows that failed before its rule)
    "it of a firm named after the one a pronoun was put as is the firm, not named already": [
        ([HALE_PLUMBING_SOLD], "How long had he run it?",
         "How long had Tom Hale run Hale Plumbing?"),
        ([HALE_PLUMBING_SOLD], "Why did he sell it?", "Why did Tom Hale sell Hale Plumbing?"),
        ([turn("Who closed Pym Cakes?", "Ruth Pym [1]. Ruth Pym closed Pym Cakes after 20 years. "
               "[1]")], "When did she start it?", "When did Ruth Pym start Pym Cakes?"),
        # near misses: a follow-up naming the firm itself, or another of its words, leaves it
        ([HALE_PLUMBING_SOLD], "How much did she pay for Hale Plumbing?",
         "How much did Ruth Pym pay for Hale Plumbing?"),
        ([turn("Who sold Kelby Plumbing?", "Tom Hale [1]. Tom Hale sold Kelby Plumbing to Ruth "
               "Pym in May. [1]")], "How long had he run it?",
         "How long had Tom Hale run Kelby Plumbing?"),
    ],
    "they after a who-question answered by people of a place is them, in lower case": [
        ([MILL_LANE_OPPOSED], "What did they say?", "What did the residents of Mill Lane say?"),
        ([MILL_LANE_OPPOSED], "Why did they oppose it?",
         "Why did the residents of Mill Lane oppose the plan?"),
        ([MILL_LANE_OPPOSED], "Who is their spokesman?",
         "Who is the spokesman of the residents of Mill Lane?"),
        ([turn("Who was evacuated?", "Forty residents of Mill Lane [1]. Forty residents of Mill "
               "Lane were evacuated after the flood. [1]")], "When can they go home?",
         "When can the forty residents of Mill Lane go home?"),
        ([WALKERS_FROM_LEEDS], "What were their names?",
         "What were the names of the two walkers from Leeds?"),
        # near misses: a body's plural name is a name; a team's possessive is as before
        ([turn("Who bought the mill?", "Harbour Holdings [1]. Harbour Holdings bought the mill. "
               "[1]")], "How much did they pay?",
         "How much did Harbour Holdings pay for the mill?"),
        ([turn("Who won the county cup?", "Kelby Rovers [1]. Kelby Rovers beat Ashby Town 2-1 in "
               "the county cup final. [1]")], "Who is their manager?",
         "Who is Kelby Rovers’ manager?"),
    ],
    "a thing the reply opened with The is the inside the follow-up, a title keeps The": [
        ([KELBY_LIFEBOAT_CREW], "Where is it based?", "Where is the Kelby lifeboat crew based?"),
        ([KELBY_LIFEBOAT_CREW], "How long did they search?",
         "How long did the Kelby lifeboat crew search?"),
        ([turn("Who headlines the festival?", "The Vantage Lines [1]. The Vantage Lines will "
               "headline the Kelby Festival on Saturday. [1]")], "When did they form?",
         "When did The Vantage Lines form?"),
    ],
    # (no fault found: the round's other conversations, kept as guards)
    "councils, firms, sides and two people of different genders are as before": [
        ([ASHBY_LEADER], "What did she say?", "What did Cllr Rachel Amos say?"),
        ([ASHBY_LEADER], "How many jobs will it cut?", "How many jobs will Ashby Council cut?"),
        ([ASHBY_LEADER], "Who is its chief executive?", "Who is Ashby Council’s chief executive?"),
        ([turn("Who runs Halden Foods?", "Mark Pym [1]. Chief executive Mark Pym said Halden "
               "Foods would open a new factory in Kelby. [1]")], "Where is it based?",
         "Where is Halden Foods based?"),
        ([PIKE_BEATEN], "How many votes did she get?", "How many votes did Sarah Pike get?"),
        ([PIKE_BEATEN], "What is his majority?", "What is Tom Hale’s majority?"),
        ([PIKE_BEATEN], "What did her party say?", "What did Sarah Pike’s party say?"),
        ([turn("Where was the hoard found?", "Ashby [1]. The hoard was found in a field near "
               "Ashby by a metal detectorist. [1]")], "How much is it worth?",
         "How much is the hoard worth?"),
        ([turn("Who founded Pym Cakes?", "Ruth Pym [1]. Ruth Pym founded Pym Cakes in her "
               "kitchen in 2010. [1]")], "What did her husband do?",
         "What did Ruth Pym’s husband do?"),
        ([turn("Who chairs the hospital trust?", "Ms Alex Moss [1]. Ms Alex Moss has chaired the "
               "trust since 2019. [1]")], "What did he say?", "What did he say?"),
        ([turn("Who manages Kelby Rovers?", "Chris Webb [1]. Manager Chris Webb said his players "
               "were tired. [1]")], "What did she say?", "What did she say?"),
        ([turn("Who bought the Red Lion?", "Ann and Tom Cole [1]. Ann and Tom Cole bought the Red "
               "Lion for £400,000. [1]")], "How old is she?", "How old is Ann Cole?"),
    ],
    "they after men counted, and it built or tall after a body answered, are the ones asked": [
        ([MEN_ARRESTED], "Have they been charged?", "Have the three men from Kelby been charged?"),
        ([MEN_ARRESTED], "How old are they?", "How old are the three men from Kelby?"),
        ([PIER_SAVED], "When was it built?", "When was the pier built?"),
        ([PIER_SAVED], "How long is it?", "How long is the pier?"),
        ([turn("Which firm will build the bypass?", "Marsh Construction [1]. Marsh Construction "
               "will build the Kelby bypass for Ashby Council. [1]")], "How long is it?",
         "How long is the bypass?"),
        # near misses: what a body does stays the body's (where it is based is the firm's,
        # never the bypass's: trial 88 made this row's "or the bypass" go); a reopening stays
        # both
        ([PIER_SAVED], "How much did they raise?",
         "How much did The Friends of Saltby Pier raise?"),
        ([turn("Which firm will build the bypass?", "Marsh Construction [1]. Marsh Construction "
               "will build the Kelby bypass for Ashby Council. [1]")], "Where is it based?",
         "Where is Marsh Construction based?"),
        ([turn("Who closed the Old Mill bridge?", "Westmere City Council [1]. Westmere City "
               "Council closed the Old Mill bridge. [1]")], "When will it reopen?",
         "When will Westmere City Council or the Old Mill bridge reopen?"),
    ],
}


HUT_SOLD = turn(
    "Who sold the Southcombe beach hut?", "Mabel Trethewey [1]. The seller, Mabel Trethewey, 91, "
    "said her family had owned the hut since 1958. [1]"
)
HUT_SELLERS_AGE = turn(
    "How old is Mabel Trethewey?", "91 [1]. The seller, Mabel Trethewey, 91, said her family had "
    "owned the hut since 1958. [1]"
)
HUT_BUYERS = turn(
    "Who bought the Southcombe beach hut?", "Ian and Carol Whitlock [1]. It was bought by Ian and "
    "Carol Whitlock, a retired couple from Guildford. [1]"
)
MILL_SOLD = turn(
    "Who sold Ashby windmill?", "Edna Pascoe [1]. Its owner, Edna Pascoe, 84, said she could no "
    "longer climb the stairs. [1]"
)
MILL_SELLERS_AGE = turn(
    "How old is Edna Pascoe?", "84 [1]. Its owner, Edna Pascoe, 84, said she could no longer "
    "climb the stairs. [1]"
)
KELSHAM_LIDO_CHAIR = turn(
    "Who chairs the Friends of Kelsham Lido?", "Deborah Quayle [1]. Their chair, Deborah Quayle, "
    "58, said the group had held cake sales. [1]", "",
    "The lido welcomed 62,000 visitors in 2024.\n\nAsked whether the council would sell part of "
    "the car park to help pay for the work, Cllr Ashby declined to comment."
)

FORTY_EIGHTH_ROUND_FOLLOWUPS = {
    # Trial 70 (C2 turn 3): "Who bought it?" was searched "Who bought Mabel Trethewey?"
    "a person the text tells of (an age after the name, its she) is never it": [
        ([HUT_SOLD, HUT_SELLERS_AGE], "Who bought it?", "Who bought the Southcombe beach hut?"),
        ([HUT_SOLD, HUT_SELLERS_AGE], "How much did it sell for?",
         "How much did the Southcombe beach hut sell for?"),
        ([MILL_SOLD, MILL_SELLERS_AGE], "Who bought it?", "Who bought Ashby windmill?"),
        ([MILL_SOLD, MILL_SELLERS_AGE], "When was it built?", "When was Ashby windmill built?"),
        # near misses: a firm or a body is still it, whatever "her" follows it in the text
        ([turn("Who runs Harbour Inns?", "Ann Cole [1]. Ann Cole, 52, runs Harbour Inns. [1]")],
         "How many pubs does it own?", "How many pubs does Harbour Inns own?"),
        ([turn("How old is the Southcombe beach hut?", "65 years [1]. The hut was built in 1961. "
               "[1]")], "Who bought it?", "Who bought the Southcombe beach hut?"),
    ],
    # Trial 70 (C2 turns 4-5): after "Who bought Mabel Trethewey?" was refused, "they" was she
    "they is never one person the text tells of; after a refusal it is left as asked": [
        ([HUT_SOLD, HUT_SELLERS_AGE, turn("Who bought Mabel Trethewey?", REFUSED_TURN)],
         "Where are they from?", "Where are they from?"),
        ([HUT_SOLD, HUT_SELLERS_AGE, turn("Who bought the Southcombe beach hut?", REFUSED_TURN)],
         "How long had they been trying to buy a hut?",
         "How long had they been trying to buy a hut?"),
        ([MILL_SOLD, turn("Who bought Ashby windmill?", REFUSED_TURN)], "Where do they live?",
         "Where do they live?"),
        # near misses: the couple answered is "they"; a body answered is too
        ([HUT_SOLD, HUT_SELLERS_AGE, HUT_BUYERS], "Where are they from?",
         "Where are Ian and Carol Whitlock from?"),
        ([HUT_SOLD, HUT_BUYERS], "How long had they been trying to buy a hut?",
         "How long had Ian and Carol Whitlock been trying to buy a hut?"),
        ([MILL_SOLD, turn("Who bought Ashby windmill?", "Ashby Mill Trust [1]. Ashby Mill Trust "
                          "bought the windmill for £90,000. [1]")], "What will they do with it?",
         "What will Ashby Mill Trust do with Ashby windmill?"),
    ],
    # Left by round 47: "Sam and Ruth Hale" - "How old is she?" was Sam Hale
    "of a couple, a name of either sex loses to the one whose name says the pronoun's": [
        ([turn("Who bought the Red Lion?", "Sam and Ruth Hale [1]. Sam and Ruth Hale bought the "
               "Red Lion for £400,000. [1]")], "How old is she?", "How old is Ruth Hale?"),
        ([turn("Who bought the Red Lion?", "Ruth and Sam Hale [1]. Ruth and Sam Hale bought the "
               "Red Lion for £400,000. [1]")], "How old is he?", "How old is Sam Hale?"),
        ([turn("Who runs the bakery?", "Chris and Ann Webb [1]. Chris and Ann Webb have run the "
               "bakery since 1990. [1]")], "What did she say?", "What did Ann Webb say?"),
        # near misses: the either-named one is the "he"; both are "they"; a clear pair as before
        ([turn("Who runs the bakery?", "Chris and Ann Webb [1]. Chris and Ann Webb have run the "
               "bakery since 1990. [1]")], "What did he say?", "What did Chris Webb say?"),
        ([turn("Who bought the Red Lion?", "Sam and Ruth Hale [1]. Sam and Ruth Hale bought the "
               "Red Lion for £400,000. [1]")], "How old are they?",
         "How old are Sam and Ruth Hale?"),
        ([turn("Who bought the Red Lion?", "Ann and Tom Cole [1]. Ann and Tom Cole bought the Red "
               "Lion for £400,000. [1]")], "How old is he?", "How old is Tom Cole?"),
    ],
    # Trial 70 (C4 turns 3, 5): "Asked" of "Asked whether the council would sell ..." was a name
    "a participle or an adverb opening a sentence is no name a question is given": [
        ([KELSHAM_LIDO_CHAIR], "Who is the council leader in Kelsham?",
         "Who is the council leader in Kelsham?"),
        ([KELSHAM_LIDO_CHAIR], "Who runs the council?", "Who runs the council?"),
        ([turn("Who chairs Kelby Rovers?", "Tom Hale [1]. Tom Hale chairs the club. [1]", "",
               "Speaking after the match, the manager said the club had no money. Earlier, the "
               "club sold its ground.")], "Where does the club play?",
         "Where does Kelby Rovers play?"),
        # near misses: a club named as a kind still is the club asked about
        ([turn("Who chairs Kelby Rovers?", "Tom Hale [1]. Tom Hale chairs the club. [1]", "",
               "Kelby Rovers said the club had no money.")], "Where does the club play?",
         "Where does Kelby Rovers play?"),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asked whether the council would sell the site, Cllr Ashby declined to comment.",
         ["Cllr Ashby"]),
        ("The pool opened in 1937. Speaking at the meeting, Ann Cole said it would reopen.",
         ["Ann Cole"]),
        ("Pressed on the cost, Tom Hale said it was fair.", ["Tom Hale"]),
        ("Earlier, Kelby Council voted to close it.", ["Kelby Council"]),
        # near misses: a name, a place or a given name ending so is one
        ("Mildred Cole said the pool would reopen.", ["Mildred Cole"]),
        ("Reading beat Leeds on Saturday.", ["Reading", "Leeds"]),
        ("The club thanked Speaking Clock Ltd.", ["Speaking Clock Ltd"]),
    ],
)
def test_a_participle_or_adverb_opening_a_sentence_is_no_name(text, expected):
    assert entities(text) == expected


BRINDLE_CHAIR = turn(
    "Who chairs the Brindle market traders' association?", "Sandra Okafor [1]. Sandra Okafor, 51, "
    "who chairs the traders' association and runs a fabric stall, said: \"We are the reason "
    "people still come into the town centre. [1]"
)
BRINDLE_STALL = Turn(
    "What kind of stall does she run?", "What kind of stall does Sandra Okafor run?",
    BRINDLE_CHAIR.answer.replace("Sandra Okafor [1]", "fabric stall [1]", 1), BRINDLE_CHAIR.answer,
)
BRINDLE_BUTCHER = turn(
    "How long has the butcher Raymond Leigh traded in the hall?", "40 years [1]. Butcher Raymond "
    "Leigh, who has traded in the hall for 40 years, said his takings were down by a third since "
    "the pandemic. [1]"
)
BRINDLE_TAKINGS = Turn(
    "How much have his takings fallen?", "How much have Raymond Leigh’s takings fallen?",
    BRINDLE_BUTCHER.answer.replace("40 years [1]", "a third [1]", 1), BRINDLE_BUTCHER.answer,
)
# Trial 70 (C4 turn 1): the group named in the sentence before the chair's
LIDO_FRIENDS_CHAIR = turn(
    "Who chairs the Friends of Kelsham Lido?", "Deborah Quayle [2]. The Friends of Kelsham Lido "
    "have raised £185,000 towards the cost. [1] Their chair, Deborah Quayle, 58, said the group "
    "had held cake sales, a sponsored swim and a quiz night every month since the closure. [2]"
)
LIDO_CAMPAIGN_LEADER = turn(
    "Who leads the campaign to save the lido?", "Deborah Quayle, chair of the Friends of "
    "Kelsham Lido [1]. Their chair, Deborah Quayle, 58, said the group had held cake sales. [1]"
)
LIMES_FOUNDER = turn(
    "Who founded Save the Abbey Limes?", "Priya Nandra [2]. A campaign group, Save the Abbey "
    "Limes, has gathered 3,800 signatures on a petition. [1] Its founder, Priya Nandra, 34, a "
    "primary school teacher who lives on the road, said the pavement could be rebuilt around "
    "the roots instead. [2]"
)
HUT_WHITLOCKS = Turn(
    "Who bought it?", "Who bought the Southcombe beach hut?", "Ian and Carol Whitlock [1]. It was "
    "bought by Ian and Carol Whitlock, a retired couple from Guildford in Surrey, who said they "
    "had been trying to buy a hut in the town for six years. [1]"
)
FOOD_BANK_FOUNDER = turn(
    "Who set up the food bank?", "Ann Cole [1]. Ann Cole founded Kelby Food Bank in 2012. [1]"
)
KELBY_COUNCIL_LEADER = turn(
    "Who leads Kelby Council?", "Cllr Ann Hope [1]. Cllr Ann Hope, leader of Kelby Council, said "
    "the budget was set. [1]"
)
FIFTIETH_ROUND_FOLLOWUPS = {
    # Trial 70 (C5 turn 5) / final 71: "When is their protest?" was searched "When is the
    # protest of Raymond Leigh’s takings?"
    "their before what only people have is a group of people, never a thing": [
        ([BRINDLE_CHAIR, BRINDLE_STALL, BRINDLE_BUTCHER, BRINDLE_TAKINGS],
         "When is their protest?", "When is the traders’ protest?"),
        ([turn("How much will the flat rents rise?", "£50 a month [1]. Tenants of Brook House "
               "say the rents will rise by £50 a month. [1]")],
         "What is their petition asking for?", "What is the tenants’ petition asking for?"),
        ([turn("How much will the bus fares rise?", "30p [1]. Villagers in Ashby say the rise in "
               "the fares will cut them off. [1]")],
         "When is their meeting?", "When is the villagers’ meeting?"),
        ([turn("How many schools will the closures affect?", "Three [1]. Parents say the "
               "closures of three schools will split families. [1]")],
         "When will their campaign start?", "When will the parents’ campaign start?"),
        # the group a sentence says has the thing asked of, before one merely named
        ([turn("Why are the hospital cuts opposed?", "They are unsafe [1]. Nurses say the cuts "
               "are unsafe. [1]", "", "The doctors plan a strike in May.")],
         "When is their strike?", "When is the doctors’ strike?"),
        # near misses: no group named leaves "their" as asked; a group answered, or a thing's
        # own part ("their roots"), is as before; a question naming its owner is not rewritten
        ([BRINDLE_TAKINGS], "When is their protest?", "When is their protest?"),
        ([turn("How many lime trees will be felled?", "27 [1]. Twenty-seven of the lime trees "
               "will be felled. [1]")], "When is their protest?", "When is their protest?"),
        ([turn("How many lime trees will be felled?", "27 [1]. Twenty-seven of the lime trees "
               "will be felled. [1]")], "How old are their roots?",
         "How old are the lime trees’ roots?"),
        ([turn("Who opposes the car park?", "Residents of Mill Lane [1]. Residents of Mill Lane "
               "oppose the car park. [1]")], "When is their protest?",
         "When is the protest of the residents of Mill Lane?"),
        ([BRINDLE_CHAIR, BRINDLE_STALL, BRINDLE_BUTCHER, BRINDLE_TAKINGS],
         # (no name of its own: asked with the story the conversation named, trial 77)
         "When is the traders' protest?",
         "When is the traders' protest (Brindle market traders' association)?"),
    ],
    # Trial 70 (C4 turn 2) / final 71 (S20, C4.2): "How much has her group raised?" was
    # searched "How much has Deborah Quayle’s group raised?" and refused
    "her group, his firm, their club is the body the conversation says they lead or belong to": [
        ([LIDO_FRIENDS_CHAIR], "How much has her group raised?",
         "How much has the Friends of Kelsham Lido raised?"),
        ([LIDO_CAMPAIGN_LEADER], "How much has her group raised?",
         "How much has the Friends of Kelsham Lido raised?"),
        ([KELSHAM_LIDO_CHAIR], "How much has her group raised?",
         "How much has the Friends of Kelsham Lido raised?"),
        ([LIMES_FOUNDER], "How many signatures has her campaign gathered?",
         "How many signatures has Save the Abbey Limes gathered?"),
        ([turn("Who started the petition?", "Priya Nandra [1]. Save the Abbey Limes' founder, "
               "Priya Nandra, started the petition. [1]")],
         "How many members does her group have?",
         "How many members does Save the Abbey Limes have?"),
        ([turn("Who is the developer's boss?", "Gary Holt [1]. Gary Holt, managing director of "
               "Pennine Crest Homes, said the homes would sell. [1]")],
         "How many homes has his firm built?", "How many homes has Pennine Crest Homes built?"),
        ([turn("Who built Hadley Junction 1958?", "Keith and Barry Holt [1]. Keith and Barry "
               "Holt, members of Hadley Model Railway Club, built it over eleven years. [1]")],
         "When was their club founded?", "When was Hadley Model Railway Club founded?"),
        ([FOOD_BANK_FOUNDER], "How many families does her charity feed?",
         "How many families does Kelby Food Bank feed?"),
        ([turn("Who is the lead singer of Kelby Rust?", "Tom Hale [1]. Tom Hale, 29, the lead "
               "singer of Kelby Rust, said the tour would go ahead. [1]")],
         "When did his band form?", "When did Kelby Rust form?"),
        ([turn("Who captains Ashby Town?", "Sam Reed [1]. Sam Reed captains Ashby Town. [1]")],
         "How many goals has his team scored?", "How many goals has Ashby Town scored?"),
        # near misses: kin and age stay hers; no body named, another's body, or a body of
        # another kind ("Kelby Council" is no one's party or firm) leaves the owner as before
        ([FOOD_BANK_FOUNDER], "How old is her husband?", "How old is Ann Cole’s husband?"),
        ([LIDO_FRIENDS_CHAIR], "How old is she?", "How old is Deborah Quayle?"),
        ([LIDO_FRIENDS_CHAIR], "What is her age?", "What is Deborah Quayle’s age?"),
        ([turn("Who organised the litter pick?", "Ann Cole [1]. Ann Cole, 45, organised the "
               "litter pick on Sunday. [1]")],
         "How many volunteers joined her group?", "How many volunteers joined Ann Cole’s group?"),
        ([turn("Who opened the fete?", "Ann Cole [1]. Ann Cole said Tom Hale, chair of Kelby "
               "Rotary Club, had helped. [1]")],
         "When was her club founded?", "When was Ann Cole’s club founded?"),
        ([turn("Who opened the fete?", "Ann Cole [1]. Ann Cole said her son Tom Cole, chair of "
               "Kelby Rotary Club, had helped. [1]")],
         "When was her club founded?", "When was Ann Cole’s club founded?"),
        ([KELBY_COUNCIL_LEADER], "How big is her party?", "How big is Cllr Ann Hope’s party?"),
        ([KELBY_COUNCIL_LEADER], "When was her firm set up?",
         "When was Cllr Ann Hope’s firm set up?"),
        ([LIDO_FRIENDS_CHAIR], "How much has the Friends of Kelsham Lido raised?",
         "How much has the Friends of Kelsham Lido raised?"),
    ],
    # Trial 70 (C2 turns 4-5): "they" after the couple who bought the hut
    "they after a reply naming a couple or a pair is both of them": [
        ([HUT_SOLD, HUT_SELLERS_AGE, HUT_WHITLOCKS], "Where are they from?",
         "Where are Ian and Carol Whitlock from?"),
        ([HUT_SOLD, HUT_SELLERS_AGE, HUT_WHITLOCKS], "How long had they been trying to buy a hut?",
         "How long had Ian and Carol Whitlock been trying to buy a hut?"),
        ([turn("Who built Hadley Junction 1958?", "Keith and Barry Holt [1]. Keith and Barry "
               "Holt built it over eleven years. [1]")],
         "How long did they take to build it?",
         "How long did Keith and Barry Holt take to build Hadley Junction?"),
        ([turn("Who runs the Red Lion?", "Tom and Ann Cole [1]. Tom and Ann Cole have run the Red "
               "Lion since 1990. [1]")], "How long have they run it?",
         "How long have Tom and Ann Cole run the Red Lion?"),
        ([turn("Who won the mixed pairs?", "Sam Reed and Ann Hale [1]. Sam Reed and Ann Hale won "
               "the mixed pairs final. [1]")], "Where are they from?",
         "Where are Sam Reed and Ann Hale from?"),
        # near misses: "she" of the couple is the woman; a standalone question is left alone
        ([HUT_SOLD, HUT_WHITLOCKS], "Where is she from?", "Where is Carol Whitlock from?"),
        ([HUT_SOLD, HUT_WHITLOCKS], "Where are the Whitlocks from?",
         "Where are the Whitlocks from?"),
    ],
}


# Trial 70 / final 71 conversations, as the turns were kept (C3, C4, C6, C8)
RAILWAY_BUILT = turn(
    "Who built Hadley Junction 1958?", "Keith and Barry Holt [1]. The star of the show was Hadley "
    "Junction 1958, a model of the town's station as it looked in the steam era, built over "
    "eleven years by brothers Keith and Barry Holt. [1]"
)
RAILWAY_SECRETARY = turn(
    "Who is the model railway club's secretary?", "Philip Ng [1]. The club's secretary, Philip "
    "Ng, 55, said it was the best attendance in the show's 35-year history. [1] The Hadley Model "
    "Railway Club's annual exhibition raised £12,300 for Willow Lodge Hospice at the weekend. [2]"
)
RAILWAY_SECRETARYS_AGE = turn(
    "How old is Philip Ng?", "55 [1]. The club's secretary, Philip Ng, 55, said it was the best "
    "attendance in the show's 35-year history. [1]"
)
LIDO_FRIENDS = turn(
    "Who chairs the Friends of Kelsham Lido?", "Deborah Quayle [2]. The Friends of Kelsham Lido "
    "have raised £185,000 towards the cost. [1] Their chair, Deborah Quayle, 58, said the group "
    "had held cake sales, a sponsored swim and a quiz night every month since the closure. [2]"
)
LIDO_LEADER = turn(
    "Who is the council leader in Kelsham?", "Cllr Martin Ashby [1]. The council leader, Cllr "
    "Martin Ashby, said: \"The lido is the beating heart of this town in summer and we were "
    "never going to let it go.\" [1] Kelsham Town Council voted on Monday to award the contract "
    "to Marlow & Venn Ltd, a Bristol firm that restored the lido in Tinbury in 2022. [2]"
)
LIDO_COUNCIL_TAX = turn(
    "What did Cllr Martin Ashby say about council tax?", "Cllr Martin Ashby, the council leader, "
    "said the extra money would come from the council's reserves and that council tax would not "
    "rise as a result. [1]"
)
LIMES_PASSAGE = (  # the passage the reply's search ranked first, as stored
    "Residents in Stowbridge have reacted with anger to a plan to fell 42 lime trees lining "
    "Abbey Road.\n\nThe trees were planted in 1902 to mark the coronation of Edward VII and form "
    "one of the longest avenues in the county.\n\nWestmarch County Council says the roots have "
    "lifted the pavement so badly that it has paid £31,000 in compensation for trips and falls "
    "since 2022.\n\nThe council's cabinet member for highways, Cllr Neil Barraclough, said: "
    "\"Nobody wants to lose these trees, but we cannot keep sending people to hospital.\"\n\nThe "
    "council plans to plant 60 hornbeams in their place.\n\nA campaign group, Save the Abbey "
    "Limes, has gathered 3,800 signatures on a petition."
)
LIMES_FOUNDERS_AGE = turn(
    "How old is Priya Nandra?", "34 [1]. Its founder, Priya Nandra, 34, a primary school teacher "
    "who lives on the road, said the pavement could be rebuilt around the roots instead. [1]"
)
LIMES_CABINET = turn(
    "Who is the council's cabinet member for highways?", "Cllr Neil Barraclough [1]. The "
    "council's cabinet member for highways, Cllr Neil Barraclough, said: \"Nobody wants to lose "
    "these trees, but we cannot keep sending people to hospital.\" [1]", "", LIMES_PASSAGE
)
LIMES_SAID = turn(
    "What did Cllr Neil Barraclough say?", "The council's cabinet member for highways, Cllr Neil "
    "Barraclough, said: \"Nobody wants to lose these trees, but we cannot keep sending people to "
    "hospital.\" [1]", "", LIMES_PASSAGE
)
MILL_SITE_OWNER = turn(
    "Who owns the Hollins Mill site?", "Pennine Crest Homes [1]. Its owner, the developer Pennine "
    "Crest Homes, plans to build 120 homes on the site. [1] The 68-metre chimney at the former "
    "Hollins Mill in Oakbury is to be taken down brick by brick after it was declared unsafe. [2]"
)
FOLK_CLUB = turn(
    "Who founded the Kelby Folk Club?", "Ann Cole [1]. Ann Cole founded the Kelby Folk Club in "
    "1990. [1] The Kelby Folk Club's summer festival raised £5,000 for the hospice. [2]"
)
BRAYFORD_SHOW = turn(
    "Who organises the Brayford Show?", "Brayford Agricultural Society [1]. Brayford Agricultural "
    "Society organises the Brayford Show every August. [1]"
)

FORTY_NINTH_ROUND_FOLLOWUPS = {
    # Final 71 (C4 turn 5): "When will it reopen?" was searched "When will Kelsham reopen?"
    "what reopens or closes is a venue, never the town it is in": [
        ([LIDO_FRIENDS, turn("How much has Deborah Quayle’s group raised?", REFUSED_TURN),
          LIDO_LEADER, LIDO_COUNCIL_TAX], "When will it reopen?", "When will Kelsham Lido reopen?"),
        ([turn("Who chairs the Friends of Ashby Baths?", "Ann Cole [1]. The Friends of Ashby Baths "
               "have raised £40,000 towards the repairs. [1]"),
          turn("Who is the mayor of Ashby?", "Tom Hale [1]. The mayor of Ashby, Tom Hale, said the "
               "town would help. [1]")], "When will it reopen?", "When will Ashby Baths reopen?"),
        ([turn("Who is the council leader in Marsham?", "Cllr Ann Cole [1]. Cllr Ann Cole said "
               "Marsham Library would reopen after the repairs. [1]")], "When will it reopen?",
         "When will Marsham Library reopen?"),
        ([turn("Which town's pier was damaged in the storm?", "Saltby [1]. Saltby Pier was damaged "
               "in the storm. [1]")], "When will it reopen?", "When will Saltby Pier reopen?"),
        ([turn("Who runs the Tarn Street Cinema?", "Ann Cole [1]. Ann Cole, 52, runs the Tarn "
               "Street Cinema. [1]"),
          turn("Who is the mayor of Tarn?", "Tom Hale [1]. Tom Hale is the mayor of Tarn. [1]")],
         "When will it close?", "When will Tarn Street Cinema close?"),
        ([LIDO_FRIENDS, LIDO_LEADER], "When is it reopening?", "When is Kelsham Lido reopening?"),
        # near misses: a venue stays; a town asked what a town is asked stays; asked whole, as is
        ([turn("Who runs Kelby Leisure Centre?", "Ann Cole [1]. Ann Cole runs Kelby Leisure "
               "Centre, which will reopen in May. [1]")], "When will it reopen?",
         "When will Kelby Leisure Centre reopen?"),
        ([LIDO_FRIENDS, LIDO_LEADER], "How many people live in it?",
         "How many people live in Kelsham?"),
        ([LIDO_FRIENDS, LIDO_LEADER], "When was it founded?", "When was Kelsham founded?"),
        ([LIDO_FRIENDS, LIDO_LEADER], "When will Kelsham Lido reopen?",
         "When will Kelsham Lido reopen?"),
        # ... and what may open or close though no venue (a consultation, a bypass) is as before
        ([turn("How many people have responded to the consultation on the Kelby bypass?", "4,000 "
               "[1]. More than 4,000 people have responded, Kelby Council said. [1]")],
         "When does it close?", "When does the consultation close?"),
        ([turn("Which firm will build the Kelby bypass?", "Marsh Construction [1]. Marsh "
               "Construction will build the bypass, which runs past Kelby Road. [1]")],
         "When will it open?", "When will Marsh Construction or the Kelby bypass open?"),
    ],
    # Final 71 (C3 turn 5): "Where will it be held next year?" was "... Railway Club be held ..."
    "what is held or staged is an event, never the club or the body that holds it": [
        ([RAILWAY_BUILT, turn("How long did Keith and Barry Holt take to build Hadley Junction?",
                              "over eleven years [1]."), RAILWAY_SECRETARY, RAILWAY_SECRETARYS_AGE],
         "Where will it be held next year?",
         "Where will the Hadley Model Railway Club's annual exhibition be held next year?"),
        ([FOLK_CLUB], "Where will it be held next year?",
         "Where will the Kelby Folk Club's summer festival be held next year?"),
        ([BRAYFORD_SHOW], "Where is it held?", "Where is the Brayford Show held?"),
        ([turn("Who chairs Kelby Cycling Club?", "Tom Hale [1]. Tom Hale chairs Kelby Cycling "
               "Club, which stages the Kelby Road Race every May. [1]")],
         "Where will it be staged this year?",
         "Where will the Kelby Road Race be staged this year?"),
        # near misses: the club is founded; what both may do or be stays both
        ([FOLK_CLUB], "When was it founded?", "When was the Kelby Folk Club founded?"),
        ([BRAYFORD_SHOW], "How much will it cost?",
         "How much will Brayford Agricultural Society or the Brayford Show cost?"),
        ([BRAYFORD_SHOW], "When was it founded?",
         "When was Brayford Agricultural Society or the Brayford Show founded?"),
    ],
    # Final 71 (C8 turn 2): "... does the Hollins Mill site plan to build there?"
    "a site plans and builds nothing; the firm the text says plans or builds does": [
        ([MILL_SITE_OWNER], "How many homes does it plan to build there?",
         "How many homes does Pennine Crest Homes plan to build there?"),
        ([turn("Who owns the old gasworks site in Kelby?", "Harbour Homes [1]. The site's owner, "
               "Harbour Homes, plans to build 80 flats there. [1]")],
         "How many flats does it plan to build?",
         "How many flats does Harbour Homes plan to build?"),
        ([turn("Who bought the Tarn Road depot?", "Marsh Developments [1]. Marsh Developments "
               "bought the depot and will build a supermarket on the land. [1]")],
         "What will it build there?", "What will Marsh Developments build there?"),
        ([turn("Who owns the Hollins Mill site?", "Pennine Crest Homes [1]. The developer Pennine "
               "Crest Homes bought the site in 2020. [1]")], "When does it plan to start work?",
         "When does Pennine Crest Homes plan to start work?"),
        ([turn("Who owns the Hollins Mill site?", "Pennine Crest Homes [1]. Its owner, the "
               "developer Pennine Crest Homes, is building 120 homes on the site. [1]")],
         "How many homes is it building there?",
         "How many homes is Pennine Crest Homes building there?"),
        # near misses: what a site is, or has done to it, stays the site's
        ([MILL_SITE_OWNER], "How big is it?", "How big is the Hollins Mill site?"),
        ([turn("Who owns the Hollins Mill site?", "Pennine Crest Homes [1]. The developer Pennine "
               "Crest Homes bought the site in 2020. [1]")], "When was it bought?",
         "When was the Hollins Mill site bought?"),
    ],
    # Final 71 (C6 turn 5): "How many trees will they fell?" was searched "... Abbey Limes fell?"
    "they who fell, sell or cut are the ones the text says do, not the campaign against it": [
        ([LIMES_FOUNDER, LIMES_FOUNDERS_AGE, LIMES_CABINET, LIMES_SAID],
         "How many trees will they fell?", "How many trees will Westmarch County Council fell?"),
        ([turn("Who founded Save Kelby Woods?", "Ann Cole [1]. Save Kelby Woods was founded by Ann "
               "Cole, 45. [1] Kelby Council plans to fell 300 trees for the bypass. [2]")],
         "How many trees will they fell?", "How many trees will Kelby Council fell?"),
        ([turn("Who is campaigning to save the Tarn Road oaks?", "Friends of Tarn Road [1]. "
               "Friends of Tarn Road are fighting a plan to fell the oaks. [1] Marsh Highways, the "
               "contractor, will fell the oaks in March. [2]")], "When will they fell the oaks?",
         "When will Marsh Highways fell the oaks?"),
        ([turn("Who leads Friends of Ashby Green?", "Ann Cole [1]. Ann Cole leads Friends of Ashby "
               "Green. [1]", "", "Ashby Council plans to sell the green to a developer. Friends of "
               "Ashby Green want it kept as a park.")], "Who will they sell it to?",
         "Who will Ashby Council sell it to?"),
        # a noun opening its sentence is no name: "Volunteers" restore nothing a trust does not
        ([turn("Who chairs the Kelby Trust?", "Ann Cole [1]. Ann Cole chairs the Kelby Trust. "
               "Volunteers will restore the mill. [1]")], "When will they restore it?",
         "When will the Kelby Trust restore the mill?"),
        # near misses: one said to plan another thing, or a noun for the club itself, is no
        # other doer; what the campaign does stays the campaign's, a council named beside it
        ([turn("Who owns Kelby Rovers?", "Tom Hale [1]. Tom Hale owns Kelby Rovers. Kelby Council "
               "plans to build a stadium. [1]")], "How many fans does it plan to hold?",
         "How many fans does Kelby Rovers plan to hold?"),
        ([turn("Who owns Kelby Rovers?", "Tom Hale [1]. Tom Hale owns Kelby Rovers. The club plans "
               "to sell its ground. [1]")], "When will they sell it?",
         "When will Kelby Rovers sell it?"),
        ([LIMES_FOUNDER, LIMES_FOUNDERS_AGE], "How many signatures have they gathered?",
         "How many signatures have Abbey Limes gathered?"),
        ([turn("Who founded Save Kelby Woods?", "Ann Cole [1]. Save Kelby Woods was founded by Ann "
               "Cole, 45. [1] Kelby Council plans to fell 300 trees for the bypass. [2]")],
         "How many signatures have they collected?",
         "How many signatures have Save Kelby Woods collected?"),
        ([turn("Who leads Friends of Ashby Green?", "Ann Cole [1]. Ann Cole leads Friends of Ashby "
               "Green. [1]", "", "Ashby Council plans to sell the green to a developer. Friends of "
               "Ashby Green want it kept as a park.")], "When did they start their campaign?",
         "When did Friends of Ashby Green start their campaign?"),
    ],
}


# Trial 73 conversations, as the turns were kept (C2, C3, C4, C8): each reply's answer, with
# its cited sentences as the evidence
DAWBER_PROSECUTED = turn(
    "Who prosecuted Lee Dawber?", "Alison Threlfall [1]. Prosecuting, Alison Threlfall said "
    "Dawber would knock on doors claiming to have noticed loose tiles while working nearby. [1] "
    "Lee Dawber, 39, of Fenwick Road, Kelbrook, admitted 11 counts of fraud at Kelbrook Crown "
    "Court. [2]", "Prosecuting, Alison Threlfall said Dawber would knock on doors claiming to "
    "have noticed loose tiles while working nearby. Lee Dawber, 39, of Fenwick Road, Kelbrook, "
    "admitted 11 counts of fraud at Kelbrook Crown Court."
)
DAWBER_DEFENDED = Turn(
    "Who defended him?", "Who defended Lee Dawber?", "Paul Ogunleye [1]. Defending, Paul "
    "Ogunleye said his client had got into debt after his building business failed during the "
    "pandemic and had \"lost his moral compass\". [1] He said Dawber was ashamed and had written "
    "letters of apology to each of his victims. [2]", "Defending, Paul Ogunleye said his client "
    "had got into debt after his building business failed during the pandemic and had \"lost his "
    "moral compass\". He said Dawber was ashamed and had written letters of apology to each of "
    "his victims."
)
DAWBER_JAILED = Turn(
    "How long was he jailed for?", "How long was Lee Dawber jailed for?", "four years and eight "
    "months [1]. A rogue roofer who told elderly homeowners their roofs were about to collapse "
    "and charged them for work he never did has been jailed for four years and eight months. [1] "
    "Lee Dawber, 39, of Fenwick Road, Kelbrook, admitted 11 counts of fraud at Kelbrook Crown "
    "Court. [2]", "A rogue roofer who told elderly homeowners their roofs were about to collapse "
    "and charged them for work he never did has been jailed for four years and eight months. Lee "
    "Dawber, 39, of Fenwick Road, Kelbrook, admitted 11 counts of fraud at Kelbrook Crown Court."
)
DAWBER_COUSIN_SENTENCE = (
    "Dawber's co-accused, his cousin Shane Dawber, 27, of Moor Lane, Kelbrook, who acted as his "
    "labourer, was given a 12-month suspended sentence and ordered to do 150 hours of unpaid work "
    "after admitting one count of fraud."
)
# as it was searched in the trial, and as it is asked now
DAWBER_COUSIN = Turn(
    "What about his cousin?", "What about Lee Dawber’s cousin?",
    f"Moor Lane [1]. {DAWBER_COUSIN_SENTENCE} [1]", DAWBER_COUSIN_SENTENCE,
)
DAWBER_COUSIN_NOW = replace(
    DAWBER_COUSIN, standalone="How long was Lee Dawber’s cousin jailed for?",
    answer=f"12-month suspended sentence [1]. {DAWBER_COUSIN_SENTENCE} [1]",
)
DAWBER_JAILED_WITH_PASSAGE = replace(DAWBER_JAILED, passage=DAWBER_COUSIN_SENTENCE)
HALE_FINED = turn(
    "How much was Tom Hale fined?", "£500 [1]. Tom Hale, 44, of Mill Lane, was fined £500 for "
    "fly-tipping. [1]"
)
HALE_FINED_BROTHER_NAMED = turn(
    "How much was Tom Hale fined?", "£500 [1]. Tom Hale, 44, of Mill Lane, was fined £500 for "
    "fly-tipping. His brother, Dean Hale, 40, was fined £300. [1]"
)
COLE_RAISED = turn(
    "How much did Ann Cole raise?", "£2,000 [1]. Ann Cole, 71, raised £2,000 for the hospice. [1]"
)
LOWER_FOLD_LEADER = turn(
    "Who leads the Friends of Lower Fold Library?", "Gwen Paterson [1]. The Friends of Lower "
    "Fold Library, which will run the busiest of the three, is led by retired teacher Gwen "
    "Paterson, 68. [1]"
)
LOWER_FOLD_VOLUNTEERS = Turn(
    "How many volunteers has her group recruited?",
    "How many volunteers has Gwen Paterson’s group recruited?", "104 [2] (report of "
    "2026-08-11). The Friends of Lower Fold Library, which will run the busiest of the three, is "
    "led by retired teacher Gwen Paterson, 68. [1] Her group has recruited 104 volunteers and "
    "plans to open the library on Sunday afternoons for the first time. [2]", "The Friends of "
    "Lower Fold Library, which will run the busiest of the three, is led by retired teacher Gwen "
    "Paterson, 68. Her group has recruited 104 volunteers and plans to open the library on "
    "Sunday afternoons for the first time."
)
KELSHAM_LIDO_FRIENDS = turn(
    "Who chairs the Friends of Kelsham Lido?", "Deborah Quayle [1]. Deborah Quayle chairs the "
    "Friends of Kelsham Lido. [1]"
)
ASHBY_FOLD_LIBRARY = turn(
    "Who runs Ashby Fold Library?", "Tom Hale [1]. Tom Hale runs Ashby Fold Library. [1]"
)
SALTBY_PIER_SAVERS = turn(
    "Who set up Save Saltby Pier?", "Ann Cole [1]. Ann Cole set up Save Saltby Pier in 2019. [1]"
)
ALMSHOUSES_BUILT = turn(
    "When were the almshouses built?", "1687 [1] (report of 2026-04-15). The row of eight "
    "cottages on Church Street was built in 1687 by the wool merchant Sir Thomas Pelham for "
    "\"poor widows of good character\". [1] Work to restore the Pelham Almshouses in Stoke "
    "Marden, one of the oldest surviving buildings in the town, will begin next month after a "
    "charity raised £1.2 million. [2]"
)
ALMSHOUSES_BUILDER = Turn(
    "Who built them?", "Who built the Pelham Almshouses?",
    ALMSHOUSES_BUILT.answer.replace("1687 [1]", "Thomas Pelham [1]", 1), ALMSHOUSES_BUILT.evidence,
)
ORCHID_BOTANIST = turn(
    "Who is the trust botanist?", "Fiona Leckie [1]. Trust botanist Dr Fiona Leckie said the "
    "orchid was nearly 70cm tall and carried about 40 flowers. [1]"
)
FIFTY_SECOND_ROUND_FOLLOWUPS = {
    # Trial 73 (C2 turn 4): "What about his cousin?" was searched "What about Lee Dawber’s
    # cousin?" and answered with an address: "cousin" was no noun for a person
    "an elliptical follow-up of a kin or a fellow keeps the last question's predicate": [
        ([DAWBER_PROSECUTED, DAWBER_DEFENDED, DAWBER_JAILED], "What about his cousin?",
         "How long was Lee Dawber’s cousin jailed for?"),
        ([DAWBER_JAILED], "And his cousin?", "How long was Lee Dawber’s cousin jailed for?"),
        ([DAWBER_JAILED], "What about his co-accused?",
         "How long was Lee Dawber’s co-accused jailed for?"),
        ([HALE_FINED], "And his accomplice?", "How much was Tom Hale’s accomplice fined?"),
        ([COLE_RAISED], "What about her ex-husband?",
         "How much did Ann Cole’s ex-husband raise?"),
        ([turn("Where does Ann Cole live?", "Kelby [1]. Ann Cole, 71, lives in Kelby. [1]")],
         "What about her stepson?", "Where does Ann Cole’s stepson live?"),
        ([turn("How old is Ann Cole?", "71 [1]. Ann Cole is 71. [1]")], "What about her friend?",
         "How old is Ann Cole’s friend?"),
        # ... by the name the conversation gives that one, when it gives one
        ([DAWBER_JAILED_WITH_PASSAGE], "What about his cousin?",
         "How long was Shane Dawber jailed for?"),
        ([DAWBER_JAILED_WITH_PASSAGE], "And his co-accused?",
         "How long was Shane Dawber jailed for?"),
        ([DAWBER_JAILED_WITH_PASSAGE], "What about the other one?",
         "How long was Shane Dawber jailed for?"),
        ([HALE_FINED_BROTHER_NAMED], "What about his brother?", "How much was Dean Hale fined?"),
        # ... and "the other one", no one else named yet, put in the last one's place
        ([DAWBER_JAILED], "What about the other one?", "How long was the other one jailed for?"),
        ([DAWBER_JAILED], "What about the other defendant?",
         "How long was the other defendant jailed for?"),
        ([HALE_FINED], "And the other?", "How much was the other one fined?"),
        ([turn("How old is Ann Cole?", "71 [1]. Ann Cole, 71, lives in Kelby with her friend "
               "Mary Platt. [1]")], "What about her friend?", "How old is Mary Platt?"),
        # near misses: a thing of his is no one asked the same; "his brother" is no woman the
        # text names; a standalone question is left as it is
        ([DAWBER_JAILED], "What about his car?", "What about Lee Dawber’s car?"),
        ([turn("How much was Tom Hale fined?", "£500 [1]. Tom Hale, 44, was fined £500. His "
               "brother, Ann Hale, was fined £300. [1]")], "What about his brother?",
         "How much was Tom Hale’s brother fined?"),
        ([HALE_FINED], "What about his brother?", "How much was Tom Hale’s brother fined?"),
        ([DAWBER_JAILED], "How long was Shane Dawber jailed for?",
         "How long was Shane Dawber jailed for?"),
        ([DAWBER_JAILED], "What about Shane Dawber?", "How long was Shane Dawber jailed for?"),
    ],
    # Trial 73 (C2 turn 5): "How old is he?" after the cousin's turn went back to Lee Dawber
    "he after a turn asked of another one is that one": [
        ([DAWBER_PROSECUTED, DAWBER_DEFENDED, DAWBER_JAILED, DAWBER_COUSIN], "How old is he?",
         "How old is Shane Dawber?"),
        ([DAWBER_JAILED, DAWBER_COUSIN_NOW], "How old is he?", "How old is Shane Dawber?"),
        ([DAWBER_JAILED, DAWBER_COUSIN_NOW], "Where does he live?",
         "Where does Shane Dawber live?"),
        ([DAWBER_JAILED, DAWBER_COUSIN_NOW], "What did he admit?", "What did Shane Dawber admit?"),
        # (no name given him: as the question said him)
        ([DAWBER_JAILED, replace(DAWBER_COUSIN_NOW, answer="12-month suspended sentence [1]. His "
                                 "cousin was given a 12-month suspended sentence. [1]",
                                 evidence="His cousin was given a 12-month suspended sentence.")],
         "How old is he?", "How old is Lee Dawber’s cousin?"),
        ([HALE_FINED, Turn("What about his brother?", "How much was Tom Hale’s brother fined?",
                           "£300 [1]. His brother, Dean Hale, 40, was fined £300. [1]")],
         "How old is he?", "How old is Dean Hale?"),
        # near misses: a question naming its own one is left as it is
        ([DAWBER_JAILED, DAWBER_COUSIN_NOW], "How old is Lee Dawber?", "How old is Lee Dawber?"),
    ],
    # Trial 73 (C4 turn 3): "the library there" was left unresolved after the Friends of Lower
    # Fold Library (and a bare "there" became "in Friends")
    "there is the place the last turn was about, a venue's place inside a body's name too": [
        ([LOWER_FOLD_LEADER, LOWER_FOLD_VOLUNTEERS],
         "How many hours a week will the library there open?",
         "How many hours a week will the Lower Fold library open?"),
        ([LOWER_FOLD_LEADER, LOWER_FOLD_VOLUNTEERS], "How many people live there?",
         "How many people live in Lower Fold?"),
        ([LOWER_FOLD_LEADER], "Who runs the library there?", "Who runs the Lower Fold library?"),
        ([KELSHAM_LIDO_FRIENDS], "When did the lido there close?",
         "When did the Kelsham lido close?"),
        ([KELSHAM_LIDO_FRIENDS], "Who is the mayor there?", "Who is the mayor in Kelsham?"),
        ([ASHBY_FOLD_LIBRARY], "How many hours a week is the library there open?",
         "How many hours a week is the Ashby Fold library open?"),
        ([SALTBY_PIER_SAVERS], "How long is the pier there?", "How long is the Saltby pier?"),
        ([turn("How many homes were flooded in Aberwen?", "40 [1]. Forty homes were flooded in "
               "Aberwen. [1]")], "Is there a flood warning there now?",
         "Is there a flood warning in Aberwen now?"),
        ([turn("How many homes were flooded in Aberwen?", "40 [1]. Forty homes were flooded in "
               "Aberwen. [1]")], "Who is the vicar there now?", "Who is the vicar in Aberwen now?"),
        # near misses: an existential "there" stays; a question naming its own place, or a
        # venue of no place's name ("Kelby Primary School"), is left as it is
        ([LOWER_FOLD_LEADER, LOWER_FOLD_VOLUNTEERS], "How many libraries are there?",
         "How many libraries are there?"),
        ([LOWER_FOLD_LEADER, LOWER_FOLD_VOLUNTEERS], "Are there any other libraries?",
         "Are there any other libraries?"),
        # (no name of its own: asked with the story the conversation named, trial 77)
        ([LOWER_FOLD_LEADER], "Will there be a new library?",
         "Will there be a new library (Friends of Lower Fold Library)?"),
        ([LOWER_FOLD_LEADER], "How many hours will the library in Ashby Fold open?",
         "How many hours will the library in Ashby Fold open?"),
        ([turn("Who leads the Friends of Kelby Royal Park?", "Ann Cole [1]. Ann Cole leads the "
               "Friends of Kelby Royal Park. [1]")], "Who runs the cafe there?",
         "Who runs the cafe there?"),
    ],
    # Trial 73 (C3 turn 4, C8 turn 3): the short answers dropped "Sir" and "Dr" (a cut of
    # `rag.spans`); the rewrite keeps a title the report names the person with
    "a title the report names the person with stays in the name put for a pronoun": [
        ([ALMSHOUSES_BUILT, ALMSHOUSES_BUILDER], "When did he die?",
         "When did Sir Thomas Pelham die?"),
        ([ORCHID_BOTANIST], "What did she say?", "What did Dr Fiona Leckie say?"),
        ([turn("Who opened the hall?", "Ann Cole [1]. Professor Ann Cole opened the hall. [1]")],
         "Where does she work?", "Where does Professor Ann Cole work?"),
        ([turn("Who opened the hall?", "Tom Ashby [1]. Lord Tom Ashby opened the hall. [1]")],
         "How old is he?", "How old is Lord Tom Ashby?"),
        ([turn("Who opened the hall?", "Dame Ann Cole [1]. Dame Ann Cole opened the hall. [1]")],
         "How old is she?", "How old is Dame Ann Cole?"),
        ([turn("Who opened the hall?", "Ann Cole [1]. Lady Ann Cole opened the hall. [1]")],
         "How old is she?", "How old is Lady Ann Cole?"),
        ([turn("Who opened the hall?", "Ann Cole [1]. Cllr Ann Cole opened the hall. [1]")],
         "How old is she?", "How old is Cllr Ann Cole?"),
        # near miss: a question naming its own one is left as it is
        ([ALMSHOUSES_BUILT, ALMSHOUSES_BUILDER], "When did Thomas Pelham die?",
         "When did Thomas Pelham die?"),
    ],
}


# Trial 73 conversations, as the turns were kept (C5, C7, C8): the real replies, and each
# turn's citations as its evidence
TWINNING = turn(
    "Which town is Stoke Marden twinned with?", "Saint-Aubin-sur-Orne [1]. Stoke Marden has "
    "marked 50 years of twinning with the Normandy town of Saint-Aubin-sur-Orne with a weekend "
    "of celebrations attended by more than 120 French visitors. [1]",
    "Stoke Marden has marked 50 years of twinning with the Normandy town of Saint-Aubin-sur-Orne "
    "with a weekend of celebrations attended by more than 120 French visitors.",
)
_TWINNING_MAYORS = (
    "Patricia Nwosu and Madame Claire Lefebvre [1] (report of 2026-10-19). On Saturday the "
    "mayors of the two towns, Councillor Patricia Nwosu and Madame Claire Lefebvre, signed a new "
    "charter in the town hall and planted an apple tree from a Normandy orchard in Victoria "
    "Gardens. [1] The two towns signed their twinning charter in October 1976, after a group of "
    "Stoke Marden rugby players toured Normandy and were put up by local families. [2]"
)
_TWINNING_MAYORS_CITED = (
    "On Saturday the mayors of the two towns, Councillor Patricia Nwosu and Madame Claire "
    "Lefebvre, signed a new charter in the town hall and planted an apple tree from a Normandy "
    "orchard in Victoria Gardens. The two towns signed their twinning charter in October 1976, "
    "after a group of Stoke Marden rugby players toured Normandy and were put up by local "
    "families."
)
# as it was searched in the trial, and as it is now
TWINNING_MAYOR = Turn("Who is its mayor?", "Who is Stoke Marden’s mayor?", _TWINNING_MAYORS,
                      _TWINNING_MAYORS_CITED)
TWIN_TOWN_MAYOR = Turn("Who is its mayor?", "Who is Saint-Aubin-sur-Orne’s mayor?",
                       _TWINNING_MAYORS, _TWINNING_MAYORS_CITED)
PLOUGHING_WINNER = turn(
    "Who won the Wexdale Ploughing Match?", "Emma and Kate Lowther [1] (report of 2026-09-14). "
    "The horse ploughing class was won by sisters Emma and Kate Lowther with their Clydesdales, "
    "Duke and Bonnie. [1]",
    "The horse ploughing class was won by sisters Emma and Kate Lowther with their Clydesdales, "
    "Duke and Bonnie.",
    # the article's first passage, as stored
    "A 19-year-old from Lower Fold became the youngest ever overall champion of the Wexdale "
    "Ploughing Match on Saturday.\n\nJack Henshaw, an agricultural student at Myerscough "
    "College, beat 47 other competitors at Spen Farm, near Ashby Fold, driving a 1956 Ferguson "
    "tractor that belonged to his grandfather.\n\nThe match, now in its 104th year, drew about "
    "3,500 spectators despite heavy rain in the morning.\n\nRunner-up was last year's champion, "
    "Dennis Hargreaves, 62, of Kelbrook. The horse ploughing class was won by sisters Emma and "
    "Kate Lowther with their Clydesdales, Duke and Bonnie.\n\nSociety secretary Pauline Greaves "
    "said entries were the highest since 2019. \"It's wonderful to see so many young people "
    "taking part.",
)
ORCHID_FINDER = turn(
    "Who found the lizard orchid?", "Alan Birtwistle [1]. The flower was spotted by retired "
    "postman Alan Birtwistle, 69, while he was walking his dog. [1] A rare lizard orchid has been "
    "found growing on a roadside verge on the B6410 near Hollin Green, the first record of the "
    "plant in Wexdale for more than 60 years. [2]",
    "The flower was spotted by retired postman Alan Birtwistle, 69, while he was walking his "
    "dog. A rare lizard orchid has been found growing on a roadside verge on the B6410 near "
    "Hollin Green, the first record of the plant in Wexdale for more than 60 years.",
)
ORCHID_FINDERS_AGE = replace(
    turn("How old is he?", "69 [1]. The flower was spotted by retired postman Alan Birtwistle, "
         "69, while he was walking his dog. [1]"),
    standalone="How old is Alan Birtwistle?",
)
_ORCHID_CITED = (
    "Trust botanist Dr Fiona Leckie said the orchid was nearly 70cm tall and carried about 40 "
    "flowers."
)
TRUST_BOTANIST = turn("Who is the trust botanist?", f"Fiona Leckie [1]. {_ORCHID_CITED} [1]",
                      _ORCHID_CITED)
ORCHID_HEIGHT = Turn(
    "How tall did she say it was?", "How tall did Dr Fiona Leckie say the lizard orchid was?",
    f"nearly 70cm [1]. {_ORCHID_CITED} [1]", _ORCHID_CITED,
)
PONY_CLASS = turn(
    "Who won the pony class?", "Ellie and Maya Foster [1]. The pony class was won by sisters "
    "Ellie and Maya Foster with their pony, Jasper. [1]"
)
KELBY_TWIN = turn(
    "Which town is Kelby twinned with?", "Bad Harzburg [1]. Kelby has been twinned with the "
    "German town of Bad Harzburg since 1982. [1]"
)
FIFTY_FIRST_ROUND_FOLLOWUPS = {
    # Trial 73 (C5 turn 2): "Who is its mayor?" was searched "Who is Stoke Marden’s mayor?"
    "its after a question asking for another of its subject's kind is the one the reply named": [
        ([TWINNING], "Who is its mayor?", "Who is Saint-Aubin-sur-Orne’s mayor?"),
        ([KELBY_TWIN], "What is its population?", "What is Bad Harzburg’s population?"),
        ([turn("Which school is Ashdale Academy merging with?", "Kelby High School [1]. Ashdale "
               "Academy will merge with Kelby High School next September. [1]")],
         "Who is its head teacher?", "Who is Kelby High School’s head teacher?"),
        ([turn("Which club is Westmere Rovers merging with?", "Ashby Town [1]. Westmere Rovers "
               "are to merge with Ashby Town at the end of the season. [1]")],
         "Where does it play?", "Where does Ashby Town play?"),
        ([turn("Which firm is Harlan Foods merging with?", "Lindqvist Tools [1]. Harlan Foods "
               "said it would merge with Lindqvist Tools. [1]")],
         "How many people does it employ?", "How many people does Lindqvist Tools employ?"),
        # near misses: a reply of another kind (a person, a phrase) leaves the question's
        # subject; a question naming its own subject is not rewritten; a thing asked about in
        # a town ("the new hospital") is no town of the same kind
        ([turn("Which town is Stoke Marden twinned with?", "Madame Claire Lefebvre [1]. On "
               "Saturday the mayors of the two towns, Councillor Patricia Nwosu and Madame "
               "Claire Lefebvre, signed a new charter. [1]")],
         "Who is its mayor?", "Who is Stoke Marden’s mayor?"),
        ([turn("Which town is Stoke Marden twinned with?", "a Normandy town [1]. Stoke Marden "
               "has marked 50 years of twinning with a Normandy town. [1]")],
         "Who is its mayor?", "Who is Stoke Marden’s mayor?"),
        ([TWINNING], "Who is Saint-Aubin-sur-Orne's mayor?",
         "Who is Saint-Aubin-sur-Orne's mayor?"),
        ([turn("Which town is the Marden festival held in?", "Stoke Marden [1]. The Marden "
               "festival is held in Stoke Marden every June. [1]")],
         "Who is its director?", "Who is the Marden festival’s director?"),
    ],
    # Trial 73 (C5 turn 3): "How old is she?" was searched "How old is Stoke Marden?"
    "a place is never she or he; Madame, Herr, Signora, M. tell the sex as Mrs and Mr do": [
        # both women are mayors in the reply: the pronoun cannot tell which, both are searched
        ([TWINNING, TWINNING_MAYOR], "How old is she?",
         "How old is Councillor Patricia Nwosu or Madame Claire Lefebvre?"),
        ([TWINNING, TWIN_TOWN_MAYOR], "How old is she?",
         "How old is Councillor Patricia Nwosu or Madame Claire Lefebvre?"),
        ([turn("Who is Stoke Marden’s mayor?", "Councillor Patricia Nwosu [1]. Councillor "
               "Patricia Nwosu, the mayor, said the town was proud. [1]")],
         "How old is she?", "How old is Councillor Patricia Nwosu?"),
        ([turn("Who is Bad Harzburg’s mayor?", "Herr Becker [1]. The mayor, Herr Becker, said "
               "the link would go on. [1]")],
         "When was he elected?", "When was Herr Becker elected?"),
        ([turn("Who is Saint-Aubin's mayor?", "Madame Lefebvre [1]. The town's mayor, Madame "
               "Lefebvre, welcomed the visitors. [1]")],
         "How old is she?", "How old is Madame Lefebvre?"),
        ([turn("Who is the mayor of Castelnuovo?", "Signora Ferri [1]. The mayor of "
               "Castelnuovo, Signora Ferri, planted a tree. [1]")],
         "How long has she been mayor?", "How long has Signora Ferri been mayor?"),
        ([turn("Who is the mayor of Saint-Aubin-sur-Orne?", "M. Dupont [1]. The mayor, M. "
               "Dupont, said the exchange would go on. [1]")],
         "What did he say about the exchange?", "What did M. Dupont say about the exchange?"),
        # near misses: a town the reply named is no "she" either (left as asked); a
        # standalone question is not rewritten
        ([KELBY_TWIN], "How old is she?", "How old is she?"),
        ([TWINNING, TWIN_TOWN_MAYOR], "How old is Madame Claire Lefebvre?",
         "How old is Madame Claire Lefebvre?"),
    ],
    # Trial 73 (C7 turn 2): "How old is he?" was searched "How old is Duke?" (a Clydesdale)
    "an animal named in passing is no he; a person of the pronoun's sex is, or none": [
        ([PLOUGHING_WINNER], "How old is he?", "How old is Jack Henshaw?"),
        # without the passage no one is a "he": left as asked
        ([replace(PLOUGHING_WINNER, passage="")], "How old is he?", "How old is he?"),
        ([PONY_CLASS], "How old is he?", "How old is he?"),
        ([PONY_CLASS], "How old is she?", "How old is Ellie Foster or Maya Foster?"),
        ([turn("Who found the missing walker?", "Sarah Pike [1]. Sarah Pike and her dog, Max, "
               "found the walker near the summit. [1]")],
         "How old is he?", "How old is the missing walker?"),
        ([turn("Who won the sheepdog trials?", "Amy Hale [1]. Amy Hale and her collie, Moss, "
               "won the trials. [1]", "", "Amy Hale and her collie, Moss, won the trials. "
               "Runner-up was Tom Reed, 70, of Ashby.")],
         "How old is he?", "How old is Tom Reed?"),
        # near misses: an animal asked about is "he"; a man the reply named is, before his horse
        ([turn("What is the horse called?", "Duke [1]. Their Clydesdale, Duke, ploughed the "
               "best furrow. [1]")], "How old is he?", "How old is Duke?"),
        ([turn("Who won the ploughing match?", "Tom Hale [1]. Tom Hale won with his horse, "
               "Duke. [1]")], "How old is he?", "How old is Tom Hale?"),
        ([PLOUGHING_WINNER], "How old is Jack Henshaw?", "How old is Jack Henshaw?"),
    ],
    # Trial 73 (C8 turns 4, 5): "it" was searched "the trust botanist"
    "it after Who is the <role>? answered by a person is the thing told of, never the role": [
        ([ORCHID_FINDER, ORCHID_FINDERS_AGE, TRUST_BOTANIST], "How tall did she say it was?",
         "How tall did Dr Fiona Leckie say the lizard orchid was?"),
        ([ORCHID_FINDER, ORCHID_FINDERS_AGE, TRUST_BOTANIST, ORCHID_HEIGHT],
         "How many flowers did it carry?", "How many flowers did the lizard orchid carry?"),
        ([TRUST_BOTANIST], "How tall did she say it was?",
         "How tall did Dr Fiona Leckie say the orchid was?"),
        ([turn("Who is the chairman?", "Tom Hale [1]. Chairman Tom Hale said the bridge would "
               "cost £2m. [1]")],
         "How much did he say it would cost?", "How much did Tom Hale say the bridge would cost?"),
        ([turn("Who is the headteacher?", "Mrs Ann Cole [1]. Headteacher Mrs Ann Cole said the "
               "roof was leaking. [1]")],
         "When did she say it would be fixed?",
         "When did Mrs Ann Cole say the roof would be fixed?"),
        ([turn("Who is the club's groundsman?", "Dai Price [1]. Groundsman Dai Price said the "
               "pitch was waterlogged. [1]")],
         "Why did he say it was waterlogged?",
         "Why did Groundsman Dai Price say the pitch was waterlogged?"),
        # near misses: a body answering "Who is the sponsor?" is as before; the person is
        # still "she"; a standalone question is not rewritten
        ([turn("Who is the sponsor?", "Kelby Foods [1]. Kelby Foods sponsors the show. [1]")],
         "How much did it pay?", "How much did Kelby Foods or the sponsor pay?"),
        ([TRUST_BOTANIST], "How old is she?", "How old is Dr Fiona Leckie?"),
        ([TRUST_BOTANIST], "How tall is the lizard orchid?", "How tall is the lizard orchid?"),
    ],
}


# Faults users found after trial 73: two people of one role, "its" of a river in a town,
# "the other one" of two things, "there" of a venue in a town, "her group" by its name
NWOSU_AGE = Turn(
    "How old is she?", "How old is Councillor Patricia Nwosu?", "54 [1]. Councillor Patricia "
    "Nwosu, 54, has been mayor since May. [1]",
    "Councillor Patricia Nwosu, 54, has been mayor since May.",
)
LEFEBVRE_AGE = Turn(
    "How old is the French mayor?", "How old is Madame Claire Lefebvre?", "61 [1]. Madame "
    "Claire Lefebvre, 61, was elected in 2020. [1]",
    "Madame Claire Lefebvre, 61, was elected in 2020.",
)
WEXE_FLOOD = turn(
    "Where did the river burst its banks?", "Kelby [1]. The River Wexe burst its banks in Kelby "
    "on Tuesday, flooding 40 homes. [1]"
)
KELBY_FLOOD = turn(
    "How many homes were flooded in Kelby?", "40 [1]. Forty homes in Kelby were flooded when "
    "the River Wexe rose two metres overnight. [1]"
)
BRIDGES_CLOSED = turn(
    "Which bridges will be closed?", "Kelby Bridge and Ashby Bridge [1]. Kelby Bridge and Ashby "
    "Bridge will close for repairs in March. [1]"
)
KELBY_BRIDGE_REOPENS = turn(
    "When will Kelby Bridge reopen?", "June [1]. Kelby Bridge will reopen in June, the council "
    "said. [1]"
)
SCHEMES_APPROVED = turn(
    "Which schemes were approved?", "the Mill Lane housing scheme and the Castle Street car park "
    "[1]. Councillors approved the Mill Lane housing scheme and the Castle Street car park on "
    "Monday. [1]"
)
MILL_LANE_COST = turn(
    "How much will the Mill Lane housing scheme cost?", "£4m [1]. The Mill Lane housing scheme "
    "will cost £4m. [1]"
)
BUILDINGS_LISTED = turn(
    "Which buildings were listed?", "the Corn Exchange and the Old Mill [1]. The Corn Exchange and "
    "the Old Mill in Kelby were given Grade II listing. [1]"
)
CORN_EXCHANGE_BUILT = turn(
    "When was the Corn Exchange built?", "1862 [1]. The Corn Exchange was built in 1862. [1]"
)
BROCKLEY_SHOW = turn(
    "Where was the show held?", "Brockley Hall [1]. The show was held at Brockley Hall in "
    "Marsden. [1]"
)
QUAYLE_WHO = turn(
    "Who is Deborah Quayle?", "the chair of the Friends of Kelsham Lido [1]. Deborah Quayle, who "
    "chairs the Friends of Kelsham Lido, said the pool must reopen. [1]"
)
FIFTY_THIRD_ROUND_FOLLOWUPS = {
    "of two people of one role, the one a description fits, else the other of the one asked": [
        ([TWINNING, TWINNING_MAYOR], "How old is the French mayor?",
         "How old is Madame Claire Lefebvre?"),
        ([TWINNING, TWINNING_MAYOR], "What did the French mayor say?",
         "What did Madame Claire Lefebvre say?"),
        ([TWINNING, TWINNING_MAYOR], "How old is the English mayor?",
         "How old is Councillor Patricia Nwosu?"),
        ([TWINNING, TWIN_TOWN_MAYOR], "How old is the British mayor?",
         "How old is Councillor Patricia Nwosu?"),
        ([TWINNING, TWINNING_MAYOR], "How old is the councillor?",
         "How old is Councillor Patricia Nwosu?"),
        ([TWINNING, TWINNING_MAYOR, NWOSU_AGE], "What about the French mayor?",
         "How old is Madame Claire Lefebvre?"),
        ([TWINNING, TWINNING_MAYOR, NWOSU_AGE], "What about the other mayor?",
         "How old is Madame Claire Lefebvre?"),
        ([TWINNING, TWINNING_MAYOR, NWOSU_AGE], "What about the other one?",
         "How old is Madame Claire Lefebvre?"),
        ([TWINNING, TWINNING_MAYOR, NWOSU_AGE], "And the other?",
         "How old is Madame Claire Lefebvre?"),
        ([TWINNING, TWINNING_MAYOR, LEFEBVRE_AGE], "What about the other mayor?",
         "How old is Councillor Patricia Nwosu?"),
        ([TWINNING, TWINNING_MAYOR, LEFEBVRE_AGE], "What about the English mayor?",
         "How old is Councillor Patricia Nwosu?"),
        ([turn("Who judged the show?", "Herr Becker and Ann Cole [1]. The judges, Herr Becker "
               "and Mrs Ann Cole, praised the entries. [1]")],
         "What did the German judge say?", "What did Herr Becker say?"),
        ([turn("Who judged the show?", "Tom Reed and Ann Cole [1]. The judges, Tom Reed and Ann "
               "Cole, praised the entries. [1]")],
         "What did the female judge say?", "What did Ann Cole say?"),
        # near misses: both fit a pronoun, so both are searched (the documented rule); a
        # question saying whose one it asks of, or a description neither fits, is left as
        # asked; "the mayor" alone tells neither
        ([TWINNING, TWINNING_MAYOR], "How old is she?",
         "How old is Councillor Patricia Nwosu or Madame Claire Lefebvre?"),
        ([TWINNING, TWINNING_MAYOR], "How old is the mayor of Saint-Aubin-sur-Orne?",
         "How old is the mayor of Saint-Aubin-sur-Orne?"),
        ([TWINNING, TWINNING_MAYOR], "When was the Stoke Marden mayor elected?",
         "When was the Stoke Marden mayor elected?"),
        ([TWINNING, TWINNING_MAYOR], "How old is the Italian mayor?",
         "How old is the Italian mayor?"),
        ([TWINNING, TWINNING_MAYOR], "How old is the mayor?", "How old is the mayor?"),
        ([TWINNING, TWINNING_MAYOR], "How old is Madame Claire Lefebvre?",
         "How old is Madame Claire Lefebvre?"),
    ],
    "its banks, its source, how long it is: the river, not the town it floods": [
        ([WEXE_FLOOD], "How high are its banks?", "How high are the River Wexe’s banks?"),
        ([WEXE_FLOOD], "Where is its source?", "Where is the River Wexe’s source?"),
        ([KELBY_FLOOD], "What is its length?", "What is the River Wexe’s length?"),
        ([KELBY_FLOOD], "How long is it?", "How long is the River Wexe?"),
        ([KELBY_FLOOD], "Where does it rise?", "Where does the River Wexe rise?"),
        ([turn("Which village flooded?", "Ashby [1]. Ashby flooded when Kelby Brook overflowed. "
               "[1]")], "How deep is it?", "How deep is Kelby Brook?"),
        # near misses: what a town has stays the town's; a bridge has a length of its own;
        # a question naming its river is left as asked
        ([WEXE_FLOOD], "What is its population?", "What is Kelby’s population?"),
        ([KELBY_FLOOD], "Who is its mayor?", "Who is Kelby’s mayor?"),
        ([turn("Which bridge closed?", "Kelby Bridge [1]. Kelby Bridge over the River Wexe "
               "closed on Monday. [1]")], "How long is it?", "How long is Kelby Bridge?"),
        ([KELBY_FLOOD], "How long is the River Wexe?", "How long is the River Wexe?"),
    ],
    "the other one of two things is asked the last question": [
        ([BRIDGES_CLOSED, KELBY_BRIDGE_REOPENS], "And the other one?",
         "When will Ashby Bridge reopen?"),
        ([BRIDGES_CLOSED, KELBY_BRIDGE_REOPENS], "What about the other bridge?",
         "When will Ashby Bridge reopen?"),
        ([SCHEMES_APPROVED, MILL_LANE_COST], "What about the other one?",
         "How much will the Castle Street car park cost?"),
        ([SCHEMES_APPROVED, MILL_LANE_COST], "And the other scheme?",
         "How much will the Castle Street car park cost?"),
        ([BUILDINGS_LISTED, CORN_EXCHANGE_BUILT], "What about the other one?",
         "When was the Old Mill built?"),
        ([BUILDINGS_LISTED, CORN_EXCHANGE_BUILT], "And the other building?",
         "When was the Old Mill built?"),
        # near misses: of three none is "the other"; a thing named by the question is asked
        # as it is
        ([turn("Which bridges will close?", "Kelby Bridge, Ashby Bridge and Hale Bridge [1]. "
               "Kelby Bridge, Ashby Bridge and Hale Bridge will close. [1]"),
          KELBY_BRIDGE_REOPENS], "And the other one?", "When will the other one reopen?"),
        ([BRIDGES_CLOSED, KELBY_BRIDGE_REOPENS], "What about Ashby Bridge?",
         "When will Ashby Bridge reopen?"),
    ],
    "there of a venue in a town: the town when asked what a town has, else the venue": [
        ([BROCKLEY_SHOW], "How many people live there?", "How many people live in Marsden?"),
        ([BROCKLEY_SHOW], "Who is the mayor there?", "Who is the mayor in Marsden?"),
        ([BROCKLEY_SHOW], "Who owns the hall there?", "Who owns Brockley Hall?"),
        ([BROCKLEY_SHOW], "Who runs the venue there?", "Who runs Brockley Hall?"),
        ([BROCKLEY_SHOW], "What else happens there?", "What else happens in Brockley Hall?"),
        ([BROCKLEY_SHOW], "What other events are held there?",
         "What other events are held in Brockley Hall?"),
        ([BROCKLEY_SHOW], "Is there parking there?", "Is there parking in Brockley Hall?"),
        # ... and what is built is the venue, never the show held in it
        ([BROCKLEY_SHOW], "When was it built?", "When was Brockley Hall built?"),
        # near misses: a place named by the question, an existential "there", a venue of no
        # town told
        ([BROCKLEY_SHOW], "How many people live in Kelby?", "How many people live in Kelby?"),
        ([BROCKLEY_SHOW], "Were there any injuries?", "Were there any injuries?"),
        ([turn("Where was the show held?", "Brockley Hall [1]. The show was held at Brockley "
               "Hall. [1]")], "How many people live there?",
         "How many people live in Brockley Hall?"),
    ],
    "her group, his club, their charity: the body by the name the reply gives it": [
        ([QUAYLE_WHO], "How much has her group raised?",
         "How much has the Friends of Kelsham Lido raised?"),
        ([QUAYLE_WHO], "When did her campaign start?",
         "When did the Friends of Kelsham Lido start?"),
        ([turn("Who is Tom Reed?", "the chairman of Kelby Rugby Club [1]. Tom Reed, who chairs "
               "Kelby Rugby Club, said the pitch was flooded. [1]")],
         "How many members does his club have?", "How many members does Kelby Rugby Club have?"),
        ([turn("Who runs the food bank?", "Ann and Tom Cole [1]. Ann and Tom Cole, who run the "
               "Kelby Food Bank charity, said demand had doubled. [1]")],
         "How much has their charity raised?", "How much has the Kelby Food Bank raised?"),
        ([turn("Who is Sarah Pike?", "the leader of Save Saltby Pier [1]. Sarah Pike, who leads "
               "Save Saltby Pier, said the campaign had raised £50,000. [1]")],
         "When did her campaign start?", "When did Save Saltby Pier start?"),
        # near misses: asking what it is called keeps the question's words; she is she
        ([QUAYLE_WHO], "What is her campaign called?",
         "What is Deborah Quayle’s campaign called?"),
        ([QUAYLE_WHO], "How old is she?", "How old is Deborah Quayle?"),
    ],
}


# Conversations written for this round (C3, C4, C6), each turn kept as the rewrite put it
KELBY_BY_ELECTION = turn(
    "Who won the Kelby by-election?", "Sarah Pike [1]. Labour's Sarah Pike won the Kelby "
    "by-election with 6,102 votes, ahead of Conservative Tom Reed on 5,870. [1]"
)
PIKE_VOTES = Turn(
    "How many votes did she get?", "How many votes did Sarah Pike get?", "6,102 [1]. Sarah Pike "
    "won with 6,102 votes. [1]", "Sarah Pike won with 6,102 votes."
)
LUNE_CUT_OFF = turn(
    "Which village was cut off by the floods?", "Hawes Bridge [1]. Hawes Bridge was cut off after "
    "the River Lune burst its banks on Sunday. [1]"
)
HAWES_BRIDGE_PEOPLE = Turn(
    "How many people live there?", "How many people live in Hawes Bridge?", "about 900 [1]. "
    "About 900 people live in Hawes Bridge. [1]", "About 900 people live in Hawes Bridge."
)
LUNE_LEVEL = Turn(
    "When did it last reach that level?", "When did the River Lune last reach that level?",
    "2015 [1]. The river last reached that level in 2015. [1]",
    "The river last reached that level in 2015.",
)
FOLK_FESTIVAL = turn(
    "Where is the folk festival held?", "Thornby Park [1]. The Wexdale Folk Festival is held at "
    "Thornby Park in Kelbrook every July. [1]"
)
FOLK_ORGANISERS = Turn(
    "Who organises it?", "Who organises the folk festival?", "Mary Platt and Dai Price [1]. The "
    "festival is organised by Mary Platt and Dai Price, who founded it in 1998. [1]",
    "The festival is organised by Mary Platt and Dai Price, who founded it in 1998.",
)
PRICE_AGE = Turn(
    "How old is he?", "How old is Dai Price?", "67 [1]. Dai Price, 67, is a retired teacher. [1]",
    "Dai Price, 67, is a retired teacher.",
)
PLATT_AGE = Turn(
    "What about her?", "How old is Mary Platt?", "71 [1]. Mary Platt, 71, plays the fiddle. [1]",
    "Mary Platt, 71, plays the fiddle.",
)
PARK_OWNER = Turn(
    "Who owns the park there?", "Who owns Thornby Park?", "Kelbrook Town Council [1]. Thornby "
    "Park is owned by Kelbrook Town Council. [1]", "Thornby Park is owned by Kelbrook Town Council."
)
FIFTY_THIRD_ROUND_FOLLOWUPS.update({
    "of two candidates, the one a word the text writes before a name fits": [
        ([KELBY_BY_ELECTION, PIKE_VOTES], "What about the Conservative candidate?",
         "How many votes did Tom Reed get?"),
        ([KELBY_BY_ELECTION], "How old is the Conservative candidate?", "How old is Tom Reed?"),
        ([KELBY_BY_ELECTION], "What did the Labour candidate say?", "What did Sarah Pike say?"),
        # near misses: a party neither is of, a question naming its own one
        ([KELBY_BY_ELECTION], "How old is the Green candidate?", "How old is the Green candidate?"),
        ([KELBY_BY_ELECTION], "How old is Tom Reed?", "How old is Tom Reed?"),
    ],
    "the river of the conversation, and its source though a question ran on past its name": [
        ([LUNE_CUT_OFF, HAWES_BRIDGE_PEOPLE], "How high did the river rise?",
         "How high did the River Lune rise?"),
        ([LUNE_CUT_OFF, HAWES_BRIDGE_PEOPLE], "When did the river last flood?",
         "When did the River Lune last flood?"),
        ([LUNE_CUT_OFF, HAWES_BRIDGE_PEOPLE, LUNE_LEVEL], "Where is its source?",
         "Where is the River Lune’s source?"),
        # near misses: a question naming its own river; two rivers told, neither is guessed
        ([LUNE_CUT_OFF], "How high did the River Eden rise?", "How high did the River Eden rise?"),
        ([turn("Which rivers flooded?", "the River Lune and the River Eden [1]. The River Lune "
               "and the River Eden both flooded. [1]")], "How high did the river rise?",
         "How high did the river rise?"),
    ],
    "she after he put for a man of an unsaid sex is the woman named before": [
        ([FOLK_FESTIVAL, FOLK_ORGANISERS, PRICE_AGE], "What about her?", "How old is Mary Platt?"),
        ([FOLK_FESTIVAL, FOLK_ORGANISERS, PRICE_AGE], "Where does she live?",
         "Where does Mary Platt live?"),
        # near misses: he is still he; one named by the question is as asked
        ([FOLK_FESTIVAL, FOLK_ORGANISERS, PRICE_AGE], "Where does he live?",
         "Where does Dai Price live?"),
        ([FOLK_FESTIVAL, FOLK_ORGANISERS, PRICE_AGE], "How old is Mary Platt?",
         "How old is Mary Platt?"),
    ],
    "there of a venue's name is the town the conversation set the venue in": [
        ([FOLK_FESTIVAL, FOLK_ORGANISERS, PRICE_AGE, PLATT_AGE, PARK_OWNER],
         "How many people live there?", "How many people live in Kelbrook?"),
        ([FOLK_FESTIVAL, PARK_OWNER], "Who is the mayor there?", "Who is the mayor in Kelbrook?"),
        # near miss: untold where the park is, the place its name says
        ([PARK_OWNER], "How many people live there?", "How many people live in Thornby?"),
    ],
})


# Turns of the fifty-fourth round's conversations (a cricket club's burnt pavilion, a museum's
# theft, a marathon, a farm's turbine, a brewery, a seal hospital, a dental practice)
PAVILION_FIRE = turn(
    "Who is the chairman of Ashcombe Cricket Club?", "Graham Tolley [1]. Club chairman Mr "
    "Graham Tolley, 63, said the damage had been estimated at £180,000. [1] Firefighters were "
    "called to Ashcombe Cricket Club's pavilion on Tollard Road at about 1.40am. [2]"
)
CLUB_STILL_NEEDS = Turn(
    "How much does he say the club still needs?",
    "How much does Mr Dev Malhotra say the club still needs?", "about £31,400 [1]. Treasurer "
    "Mr Dev Malhotra, 41, said the club still needed to find about £31,400. [1]",
    "Treasurer Mr Dev Malhotra, 41, said the club still needed to find about £31,400.",
)
MUSEUM_THEFT = turn(
    "Who is the curator of Ravensworth Museum?", "Helen Pascoe [1]. Curator Dr Helen Pascoe said "
    "the coins had been taken from Ravensworth Museum. [1]"
)
THEFT_CHARGED = turn(
    "Who was charged over the theft?", "Keith Stainthorpe [1]. Keith Stainthorpe, of "
    "Coniscliffe Road, Darlington, appeared before Teesside Magistrates' Court. [1]"
)
MARATHON_LEAD = (
    "Josh Renwick of Harrowby Harriers won the Harrowby Marathon in 2hr 19min 42sec, with Liam "
    "Cartwright of Tynedale AC second in 2hr 20min 15sec."
)
WOMENS_WINNER = turn(
    "Who won the women's race at the Harrowby Marathon?", "Sarah Whitfield [1]. The women's "
    "race was won by Dr Sarah Whitfield, 34, in 2hr 38min 5sec. [1]",
    passage=f"{MARATHON_LEAD} The women's race was won by Dr Sarah Whitfield, 34, in 2hr 38min "
    "5sec.",
)
WHITFIELD_TIME = Turn(
    "What was her time?", "What was Dr Sarah Whitfield’s time?", "2hr 38min 5sec [1]. The "
    "women's race was won by Dr Sarah Whitfield, 34, in 2hr 38min 5sec. [1]",
    "The women's race was won by Dr Sarah Whitfield, 34, in 2hr 38min 5sec.",
)
WHITFIELD_AGE = Turn(
    "How old is she?", "How old is Dr Sarah Whitfield?", "34 [1]. The women's race was won by "
    "Dr Sarah Whitfield, 34, in 2hr 38min 5sec. [1]",
    "The women's race was won by Dr Sarah Whitfield, 34, in 2hr 38min 5sec.",
)
MENS_TIME = Turn(
    "What about the men's race?",
    "What was the time of the one who won the men's race at the Harrowby Marathon?",
    f"2hr 19min 42sec [1]. {MARATHON_LEAD} [1]", MARATHON_LEAD,
)
RUNNER_UP = Turn(
    "Who finished second behind him?", "Who finished second behind Josh Renwick?",
    f"Liam Cartwright [1]. {MARATHON_LEAD} [1]", MARATHON_LEAD,
)
TURBINE_APPLICANT = turn(
    "Who applied to build the Hollins Farm wind turbine?", "Owen Prys-Davies [1]. Farmer Mr Owen "
    "Prys-Davies, 52, who has farmed at Hollins for 30 years, said the turbine would power 850 "
    "homes. [1]"
)
BREWERY_FOUNDERS = turn(
    "Who founded Tollgate Brewery?", "Tom and Callum Ridley [1]. The brewery was founded in 2011 "
    "by brothers Tom and Callum Ridley. [1] Tollgate Brewery in Oakworth Vale is to more than "
    "double its output after securing funding for a £2.3 million expansion. [2]"
)
HEAD_BREWER = turn(
    "Who is the head brewer?", "Priya Sandhu [1]. Head brewer Ms Priya Sandhu said the new kit "
    "would allow it to brew lagers. [1]"
)
NEW_KIT = Turn(
    "What will the new kit let her do?", "What will the new kit let Ms Priya Sandhu do?",
    "Head brewer Ms Priya Sandhu said the new kit would allow it to brew lagers for the first "
    "time. [1]",
    "Head brewer Ms Priya Sandhu said the new kit would allow it to brew lagers for the first "
    "time.",
)
SEAL_PUP_FOUND = turn(
    "Who found the seal pup on Polventon beach?", "Steve Penhaligon [1]. The pup was spotted by "
    "dog walker Mr Steve Penhaligon, 48. [1]"
)
SEAL_PUP_TAKEN = Turn(
    "Where was she taken?", "Where was Bramble taken?", "Helston [1]. Volunteer medics took her "
    "to the Trevassa Seal Hospital near Helston. [1]",
    "Volunteer medics took her to the Trevassa Seal Hospital near Helston.",
)
SEAL_SUPERVISOR = Turn(
    "Who is its animal care supervisor?",
    "Who is Trevassa Seal Hospital’s animal care supervisor?", "Tamsin Rowe [1]. Animal care "
    "supervisor Ms Tamsin Rowe said the pup was very weak. [1]",
    "Animal care supervisor Ms Tamsin Rowe said the pup was very weak.",
)
PRACTICE_DENTISTS = Turn(
    "How many dentists does it employ?",
    "How many dentists does Brook Street Dental Practice employ?", "four [1]. The practice "
    "employs four dentists. [1] Brook Street Dental Practice in Marshby will close on 31 "
    "October. [2]",
    "The practice employs four dentists. Brook Street Dental Practice in Marshby will close on "
    "31 October.",
)
MP_SAID = (
    "Marshby's MP, Ms Laura Bennington, said the closure was \"a disaster\" and that she had "
    "written to the health minister."
)
FARMED_THERE = Turn(
    "How long has he farmed there?", "How long has Mr Owen Prys-Davies farmed at Hollins Farm?",
    "30 years [1]. Farmer Mr Owen Prys-Davies has farmed at Hollins for 30 years. [1]",
    "Farmer Mr Owen Prys-Davies has farmed at Hollins for 30 years.",
)
OBJECTORS_LEADER = turn(
    "Who leads the objectors?", "Felicity Hargreaves [1]. The objectors are led by Mrs Felicity "
    "Hargreaves, 68. [1]"
)
FIFTY_FOURTH_ROUND_FOLLOWUPS = {
    "what opens or is built is the body's building, and an adverb is no part of the body": [
        ([PAVILION_FIRE, CLUB_STILL_NEEDS], "When will it open now?",
         "When will Ashcombe Cricket Club's pavilion open now?"),
        ([PAVILION_FIRE, CLUB_STILL_NEEDS], "When will it reopen?",
         "When will Ashcombe Cricket Club's pavilion reopen?"),
        ([PAVILION_FIRE, CLUB_STILL_NEEDS], "When was it built?",
         "When was Ashcombe Cricket Club's pavilion built?"),
        ([turn("What did the club say?", "The club said the club's new clubhouse would cost "
               "£2m. [1]")], "When will it open?", "When will the club's new clubhouse open?"),
        ([MUSEUM_THEFT, THEFT_CHARGED], "When will it reopen?",
         "When will Ravensworth Museum reopen?"),
        # near misses: what a club has or does stays the club's (by the name the conversation
        # gives it); the club alone, no building told; a question naming its own building
        ([PAVILION_FIRE, CLUB_STILL_NEEDS], "How many members does it have?",
         "How many members does Ashcombe Cricket Club have?"),
        ([CLUB_STILL_NEEDS], "When will it open?", "When will the club open?"),
        # (no name of its own: asked with the story the conversation named, trial 77)
        ([PAVILION_FIRE, CLUB_STILL_NEEDS], "When will the new pavilion open?",
         "When will the new pavilion open (Ashcombe Cricket Club)?"),
        ([MUSEUM_THEFT, THEFT_CHARGED], "Where is he from?", "Where is Keith Stainthorpe from?"),
    ],
    "what about the other race asks what her result was of the other race's winner": [
        ([WOMENS_WINNER, WHITFIELD_TIME], "What about the men's race?",
         "What was the time of the one who won the men's race at the Harrowby Marathon?"),
        ([WOMENS_WINNER, WHITFIELD_TIME], "And the men's race?",
         "What was the time of the one who won the men's race at the Harrowby Marathon?"),
        ([WOMENS_WINNER, WHITFIELD_AGE], "What about the men's race?",
         "How old is the one who won the men's race at the Harrowby Marathon?"),
        # near misses: right after the who-question it is asked again; another runner by name
        # is asked the same; a question of its own is as asked
        ([WOMENS_WINNER], "What about the men's race?",
         "Who won the men's race at the Harrowby Marathon?"),
        ([WOMENS_WINNER, WHITFIELD_TIME], "What about Megan Doyle?",
         "What was Megan Doyle’s time?"),
        # (no name of its own: asked with the story the conversation named, trial 77)
        ([WOMENS_WINNER, WHITFIELD_TIME], "What was the men's winning time?",
         "What was the men's winning time (Harrowby Marathon)?"),
    ],
    "he after the winner was asked of is the one the reply says won, by his own name": [
        ([WOMENS_WINNER, WHITFIELD_TIME, MENS_TIME], "How old is he?", "How old is Josh Renwick?"),
        ([WOMENS_WINNER, WHITFIELD_TIME, MENS_TIME], "Who finished second behind him?",
         "Who finished second behind Josh Renwick?"),
        ([WOMENS_WINNER, WHITFIELD_TIME, MENS_TIME], "Where is he from?",
         "Where is Josh Renwick from?"),
        ([turn("When was the race?", "Sunday [1]. Josh Renwick of Harrowby Harriers won the "
               "race on Sunday. [1]")], "How old is he?", "How old is Josh Renwick?"),
        ([turn("Who spoke for the farmers?", "Mr Owen Prys-Davies of Hollins Farm [1]. Mr Owen "
               "Prys-Davies of Hollins Farm spoke. [1]")], "How old is he?",
         "How old is Mr Owen Prys-Davies?"),
        # near misses: the runner-up once answered is he; a name asked is as asked; a club
        # is still the club of the one named with it
        ([WOMENS_WINNER, WHITFIELD_TIME, MENS_TIME, RUNNER_UP], "Which club does he run for?",
         "Which club does Liam Cartwright run for?"),
        ([WOMENS_WINNER, WHITFIELD_TIME, MENS_TIME], "How old is Liam Cartwright?",
         "How old is Liam Cartwright?"),
        ([turn("Who spoke?", "Owen Price [1]. Owen Price of Kelby Rovers spoke. [1]")],
         "How many members does the club have?", "How many members does Kelby Rovers have?"),
    ],
    "there of a farm, a quarry, a wood named before a noun is that place": [
        ([TURBINE_APPLICANT], "How long has he farmed there?",
         "How long has Mr Owen Prys-Davies farmed at Hollins Farm?"),
        ([TURBINE_APPLICANT], "How many people work there?",
         "How many people work at Hollins Farm?"),
        ([turn("Who wants to extend Carrow Quarry?", "Breedon Group [1]. Breedon Group has "
               "applied to extend Carrow Quarry. [1]")], "How many people work there?",
         "How many people work at Carrow Quarry?"),
        # near misses: "it" is the turbine; an existential there; a place the question names
        ([TURBINE_APPLICANT], "How tall is it?", "How tall is the Hollins Farm wind turbine?"),
        ([TURBINE_APPLICANT], "Were there any objections?", "Were there any objections?"),
        ([TURBINE_APPLICANT], "How long has he farmed at Hollins?",
         "How long has Mr Owen Prys-Davies farmed at Hollins?"),
    ],
    "it is never the place a turn put for its there, but the thing asked about before": [
        ([TURBINE_APPLICANT, FARMED_THERE, OBJECTORS_LEADER], "What did she compare it to?",
         "What did Mrs Felicity Hargreaves compare the Hollins Farm wind turbine to?"),
        ([TURBINE_APPLICANT, FARMED_THERE], "How tall is it?",
         "How tall is the Hollins Farm wind turbine?"),
        # near misses: what only a place has is the place's
        ([TURBINE_APPLICANT, FARMED_THERE, OBJECTORS_LEADER], "What is its population?",
         "What is Hollins Farm’s population?"),
        ([TURBINE_APPLICANT, FARMED_THERE], "How many people live in it?",
         "How many people live in Hollins Farm?"),
    ],
    "jobs are created by a firm's project or the firm, never by a machine it bought": [
        ([BREWERY_FOUNDERS, HEAD_BREWER, NEW_KIT], "How many jobs will it create?",
         "How many jobs will Tollgate Brewery’s expansion create?"),
        ([BREWERY_FOUNDERS, HEAD_BREWER, NEW_KIT], "And how many jobs will it bring?",
         "How many jobs will Tollgate Brewery’s expansion bring?"),
        ([BREWERY_FOUNDERS], "How many jobs will it create?",
         "How many jobs will Tollgate Brewery’s expansion create?"),
        ([turn("Who runs Kelby Foods?", "Ann Cole [1]. Ann Cole runs Kelby Foods. [1]")],
         "How many jobs will it create?", "How many jobs will Kelby Foods create?"),
        # near misses: what the kit costs or is called is the kit's; a question naming its
        # own maker of jobs; a person is no "kit let Ms Priya" phrase
        ([BREWERY_FOUNDERS, HEAD_BREWER, NEW_KIT], "How much did it cost?",
         "How much did the new kit cost?"),
        ([BREWERY_FOUNDERS, HEAD_BREWER, NEW_KIT], "What is it called?",
         "What is the new kit called?"),
        ([BREWERY_FOUNDERS, HEAD_BREWER, NEW_KIT], "How many jobs will the taproom create?",
         "How many jobs will the taproom create?"),
        ([HEAD_BREWER], "What will the new kit let her do?",
         "What will the new kit let Ms Priya Sandhu do?"),
    ],
    "it after a town answered for where one was taken is the venue the reply set there": [
        ([SEAL_PUP_FOUND, SEAL_PUP_TAKEN], "Who is its animal care supervisor?",
         "Who is Trevassa Seal Hospital’s animal care supervisor?"),
        ([SEAL_PUP_FOUND, SEAL_PUP_TAKEN], "How many pups has it taken in this season?",
         "How many pups has Trevassa Seal Hospital taken in this season?"),
        ([SEAL_PUP_FOUND, SEAL_PUP_TAKEN], "When did it open?",
         "When did Trevassa Seal Hospital open?"),
        # near misses: what only a town has is the town's; a town answered with no venue
        ([SEAL_PUP_FOUND, SEAL_PUP_TAKEN], "What is its population?",
         "What is Helston’s population?"),
        ([SEAL_PUP_FOUND, SEAL_PUP_TAKEN], "Who is its MP?", "Who is Helston’s MP?"),
        ([turn("Where did the floods hit?", "Kelby [1]. The floods hit Kelby. [1]")],
         "How many homes did it lose?", "How many homes did Kelby lose?"),
    ],
    "it after one's role was asked ('X's supervisor') is X, never the role": [
        ([SEAL_PUP_FOUND, SEAL_PUP_TAKEN, SEAL_SUPERVISOR],
         "How many pups has it taken in this season?",
         "How many pups has Trevassa Seal Hospital taken in this season?"),
        ([SEAL_PUP_FOUND, SEAL_PUP_TAKEN, SEAL_SUPERVISOR], "When did it open?",
         "When did Trevassa Seal Hospital open?"),
        # near miss: she is the supervisor (at the hospital as the reply writes it, round 61)
        ([SEAL_PUP_FOUND, SEAL_PUP_TAKEN, SEAL_SUPERVISOR], "How long has she worked there?",
         "How long has Ms Tamsin Rowe worked at the Trevassa Seal Hospital?"),
    ],
    "a place's own lower-case noun stays with it ('on Polventon beach')": [
        ([SEAL_PUP_FOUND], "What did he think it was at first?",
         "What did Mr Steve Penhaligon think the seal pup on Polventon beach was at first?"),
        ([SEAL_PUP_FOUND], "How old was it?", "How old was the seal pup on Polventon beach?"),
        # near miss: a verb after the place is no part of it
        ([turn("When will the new health centre in Brackley open?", "June [1]. The new health "
               "centre in Brackley will open in June. [1]")], "How much did it cost?",
         "How much did the new health centre in Brackley cost?"),
    ],
    "the town is the one place the conversation set its story in": [
        ([PRACTICE_DENTISTS], "Who is the town's MP?", "Who is Marshby's MP?"),
        ([PRACTICE_DENTISTS], "How many people live in the town?",
         "How many people live in Marshby?"),
        # near misses: the town hall is no town; a town named; no town or two towns told
        ([PRACTICE_DENTISTS], "Where is the town hall?", "Where is the town hall?"),
        ([PRACTICE_DENTISTS], "Who is Kelby's MP?", "Who is Kelby's MP?"),
        ([PRACTICE_DENTISTS], "Who is the MP?", "Who is the MP?"),
        ([turn("Which towns flooded?", "Kelby and Ashby [1]. Homes in Kelby and in Ashby "
               "flooded. [1]")], "Who is the town's MP?", "Who is the town's MP?"),
    ],
    "she after a town's MP was asked is the one the reply names, never 'Marshby's MP'": [
        ([PRACTICE_DENTISTS, Turn("Who is the town's MP?", "Who is the town's MP?",
                                  f"Marshby's MP [1]. {MP_SAID} [1]", MP_SAID)],
         "Who has she written to?", "Who has Ms Laura Bennington written to?"),
        ([PRACTICE_DENTISTS, Turn("Who is the town's MP?", "Who is Marshby's MP?",
                                  f"Laura Bennington [1]. {MP_SAID} [1]", MP_SAID)],
         "Who has she written to?", "Who has Ms Laura Bennington written to?"),
        ([PRACTICE_DENTISTS, Turn("Who is the town's MP?", "Who is Marshby's MP?",
                                  f"Marshby's MP [1]. {MP_SAID} [1]", MP_SAID)],
         "How long has she been an MP?", "How long has Ms Laura Bennington been an MP?"),
        ([PRACTICE_DENTISTS, Turn("Who is the town's MP?", "Who is Marshby's MP?",
                                  "I could not find the answer in the articles.")],
         "Who has she written to?", "Who has Marshby's MP written to?"),
        # near miss: a mayor said in lower case was never a name
        ([turn("Who is Kelby's mayor?", "Ann Cole [1]. Kelby's mayor, Ann Cole, said. [1]")],
         "How old is she?", "How old is Ann Cole?"),
    ],
}


# Round 44 (final check 134): a where-answer now names the place with its town ("Trevassa Seal
# Hospital near Helston"); "its" and "it" after it are the place, not "... near Helston"
SEAL_TAKEN_SENTENCE = (
    "Volunteer medics took her to the Trevassa Seal Hospital near Helston, where she was "
    "treated with antibiotics."
)
SEAL_TAKEN = turn(
    "Where was Bramble taken?", f"Trevassa Seal Hospital near Helston [1]. {SEAL_TAKEN_SENTENCE} "
    "[1]", SEAL_TAKEN_SENTENCE,
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is its animal care supervisor?",
         "Who is Trevassa Seal Hospital’s animal care supervisor?"),
        ("How many pups has it taken in this season?",
         "How many pups has Trevassa Seal Hospital taken in this season?"),
        # ... a complete question stays as it is
        ("Who runs the Trevassa Seal Hospital?", "Who runs the Trevassa Seal Hospital?"),
    ],
)
def test_a_place_answered_with_its_town_is_the_place(question, expected):
    assert rewrite_followup(question, [SEAL_TAKEN]) == expected


# Faults users found trying the product (chat56): each kind with other wordings and near misses
MINIBUS_PLEDGE = turn(
    "How much has the PTA pledged to the minibus?", "£8,000 [1]. The school's parent-teacher "
    "association has pledged £8,000 and the Holmewood Rotary Club has promised £5,000. [1]"
)
HEAD_ON_MINIBUS = turn(
    "What did the headteacher say about the minibus?", "The headteacher, Mr Owen Blakeley, said "
    "the minibus was vital. [1]"
)
POOL_SPEND = turn(
    "How much will the council spend on the pool?", "£2m [1]. Kelby Council will spend £2m on "
    "the pool. [1]"
)
LIFEBOAT_RAISED = turn(
    "How much has the RNLI raised for the new lifeboat?", "£1.2m [1]. The RNLI has raised £1.2m "
    "for the new lifeboat. [1]"
)
BAKERY_SISTERS = turn(
    "Who opened the bakery?", "Emma Hart and her sister Lucy [1]. Emma Hart, 34, and her sister "
    "Lucy, 29, opened the bakery in March. [1]"
)
SISTERS_NO_AGES = turn(
    "Who opened the bakery?", "Emma Hart and her sister Lucy [1]. Emma Hart and her sister Lucy "
    "opened the bakery in March. [1]"
)
EMMA_AGE = Turn("How old is Emma?", "How old is Emma Hart?", "34 [1]. Emma Hart, 34, said the "
                "bakery was busy. [1]", "Emma Hart, 34, said the bakery was busy.")
LUCY_AGE = Turn("How old is Lucy?", "How old is Lucy?", "29 [1]. Lucy, 29, trained in Paris. "
                "[1]", "Lucy, 29, trained in Paris.")
FARM_BROTHERS = turn(
    "Who runs the farm?", "Tom Reed and his brother Sam [1]. Brothers Tom Reed (41) and Sam Reed "
    "(38) run the farm. [1]"
)
DOG_TO_CENTRE = turn(
    "Where was the dog taken?", "Kelby [1]. The dog was taken to Kelby Veterinary Centre. [1]"
)
DOG_TO_A_VET = turn(
    "Where was the dog taken?", "Kelby [1]. The dog was taken to a vet in Kelby. [1]"
)
REGATTA_WINNER = turn(
    "Which club won the regatta?", "Wyebank Rowing Club [1]. Wyebank Rowing Club won the regatta "
    "on Saturday. [1]"
)
CLUB_SAID = turn("What did the club say?", "The club said it was delighted. [1]")
MILL_TRUST = turn(
    "Who set up the trust?", "local residents [1]. The Kelby Mill Preservation Trust was set up "
    "by local residents in 2015. [1]"
)
TWO_FERRIES = turn(
    "Which ferries were withdrawn?", "MV Loch Seaforth and MV Isle of Lewis [1]. The MV Loch "
    "Seaforth and the MV Isle of Lewis were withdrawn for repairs. [1]"
)
FERRY_AND_OPERATOR = turn(
    "Which ferry broke down?", "MV Loch Seaforth [1]. The MV Loch Seaforth, operated by "
    "Caledonian MacBrayne, broke down on Monday. [1]"
)
TWO_FIRMS_BID = turn(
    "Which firms bid for the ferry contract?", "Harlow Marine and Caldwell Shipping [1]. Harlow "
    "Marine and Caldwell Shipping bid for the ferry contract. [1]"
)
# Faults users found in the trial of arts75 (chat57)
FBU_SECRETARY = turn(
    "Who is the Fire Brigades Union's regional secretary?", "Gary Flint [2]. The Fire Brigades "
    "Union said the plan would put lives at risk. [1] Its regional secretary, Mr Gary Flint, said "
    "the average time for an engine to reach an emergency in Castleton at night would rise from "
    "seven minutes to about 11 minutes. [2]"
)
LIDO_REOPENS = turn(
    "When will Kelby Lido reopen?", "In May [1]. Kelby Lido will reopen in May after repairs. [1]"
)
PETITION_STARTED = turn(
    "Who started the petition to save the number 27 bus?", "Ann Hale [1]. The petition to save "
    "the route, started by Mrs Ann Hale of Fenby, finished with 2,106 signatures. [1]"
)
PETITIONER_AGE = Turn(
    "How old is she?", "How old is Mrs Ann Hale?", "58 [1]. A petition started by Mrs Ann Hale, "
    "58, a retired nurse from Fenby, has gathered 1,432 signatures in ten days. [1]"
)
PETITIONER_VILLAGE = Turn(
    "Which village is she from?", "Which village is Mrs Ann Hale from?", "Fenby [1]. A petition "
    "started by Mrs Ann Hale, 58, a retired nurse from Fenby, has gathered 1,432 signatures in "
    "ten days. [1]"
)
PETITION = [PETITION_STARTED, PETITIONER_AGE, PETITIONER_VILLAGE]
FOOD_BANK_HOME = [
    turn("Who runs the Kelby food bank?", "Ann Cole [1]. Ann Cole runs the Kelby food bank. [1]"),
    Turn("Where is she from?", "Where is Ann Cole from?", "Ashby [1]. Ann Cole, 61, of Ashby, "
         "set up the food bank in 2015. [1]"),
]
WEIGHT_LIMIT = turn(
    "What weight limit was put on Saltmarsh Bridge?", "7.5-tonne [1]. A 7.5-tonne weight limit "
    "has been placed on Saltmarsh Bridge after engineers found cracks in two of its iron beams. "
    "[1]", "", "A 7.5-tonne weight limit has been placed on Saltmarsh Bridge after engineers "
    "found cracks in two of its iron beams. The bridge, which carries the B1240 over the River "
    "Wend between Kingsmere and Holt End, was built in 1893 and is crossed by about 6,400 "
    "vehicles a day."
)
SPEED_LIMIT_BRIDGE = turn(
    "What speed limit is there on Kelby Bridge?", "20mph [1]. A 20mph limit applies on Kelby "
    "Bridge. [1]", "", "A 20mph limit applies on Kelby Bridge. The bridge, which links Kelby and "
    "Ashby Parva, was built in 1901 and was restored in 1999."
)
TRACTOR_OWNER = turn(
    "Whose tractor was stolen near Ashby Parva?", "Owen Pritchard [1]. Mr Owen Pritchard, 61, "
    "said the green John Deere 6R, which was only eight months old, was taken from Lower Coombe "
    "Farm. [1] A farmer near Ashby Parva is appealing for help after thieves stole a tractor "
    "worth £95,000 from his yard overnight. [2]"
)
DOG_OWNER = turn(
    "Whose dog bit the postman?", "Dean Foxley [1]. Dean Foxley, 33, admitted being the owner of "
    "a dog that was dangerously out of control. [1]"
)
REPAIRS_COST = turn(
    "How much will the repairs cost?", "£2.1 million [1]. He said the repairs were expected to "
    "cost £2.1 million, of which £1.6 million would come from the Department for Transport. [1]"
)
USERS_FOLLOWUPS = {
    "it that employs is a firm of the turn, never a vessel; two firms both; none, as asked": [
        ([FERRY_AND_OPERATOR], "How many people does it employ?",
         "How many people does Caledonian MacBrayne employ?"),
        ([FERRY_AND_OPERATOR], "Is it hiring more crew?",
         "Is Caledonian MacBrayne hiring more crew?"),
        ([TWO_FIRMS_BID], "How many people does it employ?",
         "How many people does Harlow Marine or Caldwell Shipping employ?"),
        ([turn("Who runs the ferries to Rathlin?", "Rathlin Ferries Ltd and the MV Canna [1]. "
               "Rathlin Ferries Ltd runs the service with the MV Canna. [1]")],
         "How many people does it employ?", "How many people does Rathlin Ferries Ltd employ?"),
        ([TWO_FERRIES], "How many people does it employ?", "How many people does it employ?"),
        # near misses: what a vessel does or is stays the vessel's (both when two)
        ([FERRY_AND_OPERATOR], "How many passengers does it carry?",
         "How many passengers does MV Loch Seaforth carry?"),
        ([FERRY_AND_OPERATOR], "When was it built?", "When was MV Loch Seaforth built?"),
        ([TWO_FERRIES], "How many passengers does it carry?",
         "How many passengers does MV Loch Seaforth or MV Isle of Lewis carry?"),
    ],
    "it put as a bare noun ('the club') is the thing by the name the conversation gives it": [
        ([REGATTA_WINNER, CLUB_SAID], "When was it founded?",
         "When was Wyebank Rowing Club founded?"),
        ([REGATTA_WINNER, CLUB_SAID], "Who chairs it?", "Who chairs Wyebank Rowing Club?"),
        ([REGATTA_WINNER, turn("How many members does the club have?", "120 [1]. The club has "
                               "120 members. [1]")], "When was it founded?",
         "When was Wyebank Rowing Club founded?"),
        ([REGATTA_WINNER, turn("What has the club bought?", "a new boat [1]. The club has "
                               "bought a new boat. [1]")], "Who chairs it?",
         "Who chairs Wyebank Rowing Club?"),
        ([MILL_TRUST, turn("What did the trust buy?", "the mill [1]. The trust bought the mill "
                           "in 2019. [1]")], "How much did it pay?",
         "How much did the Kelby Mill Preservation Trust pay?"),
        # near misses: no name given, or two of the kind, or a body named for the thing: the
        # bare noun stays
        ([CLUB_SAID], "When was it founded?", "When was the club founded?"),
        ([turn("Which clubs raced?", "Wyebank Rowing Club and Ashby Rowing Club [1]. Wyebank "
               "Rowing Club and Ashby Rowing Club raced. [1]"), CLUB_SAID],
         "When was it founded?", "When was the club founded?"),
        ([turn("Who runs the Friends of Saltby Pier?", "Ann Cole [1]. Ann Cole runs the Friends "
               "of Saltby Pier. [1]"), turn("What did she say about the pier?", "She said the "
               "pier was rotting. [1]")], "When was it built?", "When was the pier built?"),
    ],
    "its post, or it doing a venue's deed, after where a thing was taken is where it was taken": [
        ([DOG_TO_CENTRE], "Who is its head vet?", "Who is Kelby Veterinary Centre’s head vet?"),
        ([DOG_TO_CENTRE], "Who is its practice manager?",
         "Who is Kelby Veterinary Centre’s practice manager?"),
        ([DOG_TO_CENTRE], "How many staff does it employ?",
         "How many staff does Kelby Veterinary Centre employ?"),
        ([DOG_TO_CENTRE], "When did it open?", "When did Kelby Veterinary Centre open?"),
        ([DOG_TO_A_VET], "Who is its head vet?", "Who is the head vet of the vet in Kelby?"),
        ([DOG_TO_A_VET], "How many staff does it employ?",
         "How many staff does the vet in Kelby employ?"),
        ([turn("Where was the dog taken?", "Kelby [1]. The dog was taken to the Priory Vets "
               "practice in Kelby. [1]")], "Who is its head vet?",
         "Who is the Priory Vets practice’s head vet?"),
        ([turn("Where was the painting taken?", "Ashby [1]. The painting was taken to Ashby "
               "Museum for restoration. [1]")], "Who is its chief conservator?",
         "Who is Ashby Museum’s chief conservator?"),
        # near misses: what the creature or thing is, has or was done to stays its own
        ([DOG_TO_CENTRE], "What breed is it?", "What breed is the dog?"),
        ([DOG_TO_A_VET], "How old is it?", "How old is the dog?"),
        ([DOG_TO_CENTRE], "Who is its owner?", "Who is the dog’s owner?"),
        ([DOG_TO_A_VET], "Who is its vet?", "Who is the dog’s vet?"),
        ([turn("Where was the painting taken?", "Ashby [1]. The painting was taken to Ashby "
               "Museum for restoration. [1]")], "When was it painted?",
         "When was the painting painted?"),
    ],
    "the older or younger of two of one role is the one of the greater or lesser age stated": [
        ([BAKERY_SISTERS], "Who is the older sister?", "Who is Emma Hart?"),
        ([BAKERY_SISTERS], "How old is the older sister?", "How old is Emma Hart?"),
        ([BAKERY_SISTERS], "How old is the younger sister?", "How old is Lucy?"),
        ([BAKERY_SISTERS], "What did the elder sister say?", "What did Emma Hart say?"),
        ([FARM_BROTHERS], "How long has the younger brother farmed?",
         "How long has Sam Reed farmed?"),
        ([turn("Who runs the farm?", "Tom and Sam Reed [1]. 41-year-old Tom Reed and his "
               "38-year-old brother Sam run the farm. [1]")], "Who is the younger brother?",
         "Who is Sam Reed?"),
        # ... ages the conversation's later turns stated
        ([SISTERS_NO_AGES, EMMA_AGE, LUCY_AGE], "What did the older sister do before?",
         "What did Emma Hart do before?"),
        # near misses: one age unknown, the same age, no brothers named, no age word: as asked
        ([SISTERS_NO_AGES, EMMA_AGE], "What did the older sister do before?",
         "What did the older sister do before?"),
        ([turn("Who runs the farm?", "Tom and Sam Reed [1]. Tom Reed, 40, and his brother Sam, "
               "40, run the farm. [1]")], "Who is the younger brother?",
         "Who is the younger brother?"),
        ([BAKERY_SISTERS], "What did the older brother say?", "What did the older brother say?"),
        ([BAKERY_SISTERS], "How old is the sister?", "How old is the sister?"),
    ],
    "the other <role> is the one of the two not last talked about": [
        ([TWINNING, TWINNING_MAYOR, NWOSU_AGE], "How old is the other mayor?",
         "How old is Madame Claire Lefebvre?"),
        ([TWINNING, TWINNING_MAYOR, LEFEBVRE_AGE], "When was the other mayor elected?",
         "When was Councillor Patricia Nwosu elected?"),
        ([BAKERY_SISTERS, EMMA_AGE], "How old is the other sister?", "How old is Lucy?"),
        ([BAKERY_SISTERS, EMMA_AGE], "Where did the other sister train?",
         "Where did Lucy train?"),
        ([TWINNING, TWINNING_MAYOR, NWOSU_AGE], "What about the other mayor?",
         "How old is Madame Claire Lefebvre?"),
        # near misses: right after the turn naming both, neither was talked about more; two of
        # no such role
        ([TWINNING, TWINNING_MAYOR], "How old is the other mayor?", "How old is the other mayor?"),
        ([BAKERY_SISTERS], "How old is the other sister?", "How old is the other sister?"),
        ([BAKERY_SISTERS, EMMA_AGE], "How old is the other brother?",
         "How old is the other brother?"),
    ],
    "what about X of the subject's kind (a body for a body, a person for a person) is it": [
        ([MINIBUS_PLEDGE], "What about the Rotary Club?",
         "How much has the Rotary Club pledged to the minibus?"),
        ([MINIBUS_PLEDGE], "And the Holmewood Rotary Club?",
         "How much has the Holmewood Rotary Club pledged to the minibus?"),
        ([turn("How much has the parent-teacher association pledged?", "£8,000 [1]. The "
               "parent-teacher association has pledged £8,000. [1]")],
         "What about the Rotary Club?", "How much has the Rotary Club pledged?"),
        ([POOL_SPEND], "What about the Friends of Kelby Lido?",
         "How much will the Friends of Kelby Lido spend on the pool?"),
        ([POOL_SPEND], "What about Ashby Council?",
         "How much will Ashby Council spend on the pool?"),
        ([LIFEBOAT_RAISED], "What about the coastguard?",
         "How much has the coastguard raised for the new lifeboat?"),
        ([HEAD_ON_MINIBUS], "What about the deputy head?",
         "What did the deputy head say about the minibus?"),
        ([HEAD_ON_MINIBUS], "And the chair of governors?",
         "What did the chair of governors say about the minibus?"),
        ([HEAD_ON_MINIBUS], "What about Mrs Ann Cole?",
         "What did Mrs Ann Cole say about the minibus?"),
        # near misses: a person or a place for a body's pledge is kept beside the question; a
        # thing takes the thing's place; a kind unknown ("the Kelby Lions") is not guessed; the
        # one a who-question asks for, or whose thing is asked, is no subject
        ([MINIBUS_PLEDGE], "What about Mr Hart?",
         "How much has the PTA pledged to the minibus (Mr Hart)?"),
        ([MINIBUS_PLEDGE], "What about Kelby?",
         "How much has the PTA pledged to the minibus (Kelby)?"),
        ([MINIBUS_PLEDGE], "What about the bus?", "How much has the PTA pledged to the bus?"),
        ([LIFEBOAT_RAISED], "What about the old lifeboat?",
         "How much has the RNLI raised for the old lifeboat?"),
        ([LIFEBOAT_RAISED], "What about the Kelby Lions?",
         "How much has the RNLI raised for the new lifeboat (the Kelby Lions)?"),
        ([POOL_SPEND], "What about the library?",
         "How much will the council spend on the library?"),
        ([turn("What was Dr Sarah Whitfield's time?", "2hr 38min [1]. Dr Sarah Whitfield won in "
               "2hr 38min. [1]")], "What about Megan Doyle?", "What was Megan Doyle's time?"),
    ],
    "the it of it will take (time) to, it is thought that, it was raining stands for nothing": [
        ([FBU_SECRETARY],
         "How long does he say it will take an engine to reach a night emergency?",
         "How long does Mr Gary Flint say it will take an engine to reach a night emergency?"),
        ([LIDO_REOPENS], "How long will it take to repair the pumps?",
         "How long will it take to repair the pumps?"),
        ([LIDO_REOPENS], "How much will it cost to repair the roof?",
         "How much will it cost to repair the roof?"),
        ([LIDO_REOPENS], "How long is it expected to take to fix the pumps?",
         "How long is it expected to take to fix the pumps?"),
        ([LIDO_REOPENS], "Is it thought that the heating will be fixed?",
         "Is it thought that the heating will be fixed?"),
        ([LIDO_REOPENS], "Was it raining when the roof fell in?",
         "Was it raining when the roof fell in?"),
        ([LIDO_REOPENS], "Is it possible to book a lane online?",
         "Is it possible to book a lane online?"),
        ([LIDO_REOPENS], "How easy is it to get a swim slot?",
         "How easy is it to get a swim slot?"),
        # ... while another "it" of the question is still the thing's
        ([LIDO_REOPENS], "How long will it take to repair it?",
         "How long will it take to repair Kelby Lido?"),
        ([LIDO_REOPENS], "Is it thought that it will reopen on time?",
         "Is it thought that Kelby Lido will reopen on time?"),
        # near misses: an "it" the deed is done to, or that does it, is the thing
        ([LIDO_REOPENS], "How long did it take to build?",
         "How long did Kelby Lido take to build?"),
        ([LIDO_REOPENS], "How much did it cost to repair?",
         "How much did Kelby Lido cost to repair?"),
        ([LIDO_REOPENS], "When is it expected to reopen?",
         "When is Kelby Lido expected to reopen?"),
        ([LIDO_REOPENS], "How much is it expected to cost?",
         "How much is Kelby Lido expected to cost?"),
    ],
    "it after the place one is from is the conversation's thing, when it signs, opens, ...": [
        (PETITION, "How many signatures did it finish with?",
         "How many signatures did the petition finish with?"),
        (PETITION, "And how many had it gathered when first reported?",
         "How many had the petition gathered when first reported?"),
        (PETITION, "When was it handed in?", "When was the petition handed in?"),
        (FOOD_BANK_HOME, "How many families does it feed?",
         "How many families does the Kelby food bank feed?"),
        (FOOD_BANK_HOME, "When did it open?", "When did the Kelby food bank open?"),
        # near misses: what is asked of a place is the place's
        (PETITION, "How many people live in it?", "How many people live in Fenby?"),
        (PETITION, "What is its population?", "What is Fenby’s population?"),
        (FOOD_BANK_HOME, "How many people live in it?", "How many people live in Ashby?"),
    ],
    "a limit put on a structure is not built or crossed; a name in a relative clause is no doer": [
        ([WEIGHT_LIMIT], "When was it built?", "When was Saltmarsh Bridge built?"),
        ([WEIGHT_LIMIT], "How many vehicles cross it every day?",
         "How many vehicles cross Saltmarsh Bridge every day?"),
        ([SPEED_LIMIT_BRIDGE], "When was it built?", "When was Kelby Bridge built?"),
        ([SPEED_LIMIT_BRIDGE], "When was it restored?", "When was Kelby Bridge restored?"),
        ([SPEED_LIMIT_BRIDGE], "How many vehicles cross it every day?",
         "How many vehicles cross Kelby Bridge every day?"),
        # near misses: what is done to a limit stays the limit's
        ([WEIGHT_LIMIT], "When did it come into force?",
         "When did the weight limit come into force?"),
        ([WEIGHT_LIMIT], "How long will it stay in place?",
         "How long will the weight limit stay in place?"),
        ([SPEED_LIMIT_BRIDGE], "Who set it?", "Who set the speed limit?"),
        ([SPEED_LIMIT_BRIDGE], "How many drivers have broken it?",
         "How many drivers have broken the speed limit?"),
    ],
    "it after 'Whose X was stolen ...?' is the X, by its owner the reply named": [
        ([TRACTOR_OWNER], "How much was it worth?",
         "How much was Owen Pritchard’s tractor worth?"),
        ([TRACTOR_OWNER], "Where was it found?", "Where was Owen Pritchard’s tractor found?"),
        ([refused_turn("Whose tractor was stolen near Ashby Parva?")], "How much was it worth?",
         "How much was the tractor stolen near Ashby Parva worth?"),
        ([DOG_OWNER], "What breed is it?", "What breed is Dean Foxley’s dog?"),
        ([turn("Whose cars were damaged in the storm?", "Ann Cole and Tom Hale [1]. Cars owned "
               "by Ann Cole and Tom Hale were damaged when a tree fell. [1]")],
         "How much were they worth?", "How much were the cars damaged in the storm worth?"),
        # near misses: "he" is the owner; "Whose idea was the bypass?" asked of no deed done to
        # the idea
        ([TRACTOR_OWNER], "How old is he?", "How old is Mr Owen Pritchard?"),
        ([DOG_OWNER], "How old is he?", "How old is Dean Foxley?"),
        ([turn("Whose idea was the bypass?", "Ann Cole [1]. The bypass was Ann Cole's idea. [1]")],
         "When will it open?", "When will the bypass open?"),
    ],
    "how much of that (of it, what share of that) is of the amount the last turn asked for": [
        ([REPAIRS_COST], "How much of that will the Department for Transport pay?",
         "How much of the cost of the repairs will the Department for Transport pay?"),
        ([REPAIRS_COST], "How much of it will the Department for Transport pay?",
         "How much of the cost of the repairs will the Department for Transport pay?"),
        ([REPAIRS_COST], "What share of that will the Department for Transport pay?",
         "What share of the cost of the repairs will the Department for Transport pay?"),
        ([LIFEBOAT_RAISED], "How much of that came from legacies?",
         "How much of the money the RNLI has raised for the new lifeboat came from legacies?"),
        ([POOL_SPEND], "How much of it will go on the roof?",
         "How much of the money the council will spend on the pool will go on the roof?"),
        ([turn("What is the estimated cost of the bypass?", "£40m [1]. The bypass is estimated "
               "to cost £40m. [1]")], "How much of that will the government pay?",
         "How much of the estimated cost of the bypass will the government pay?"),
        # near misses: no amount asked for, or none said: "it" as before, or as asked
        ([turn("How big is the Carrow Moor fire?", "200 hectares [1]. The Carrow Moor fire "
               "covers 200 hectares. [1]")], "How much of it is contained?",
         "How much of the Carrow Moor fire is contained?"),
        ([turn("How much work is left?", "about a third [1]. About a third of the work is left. "
               "[1]")], "How much of it is on the roof?", "How much of it is on the roof?"),
        ([REPAIRS_COST], "How long will they take?", "How long will the repairs take?"),
    ],
    "the other one of a pair told apart by a comparison is the other side of it": [
        ([refused_turn("How many seats does the larger screen have?")],
         "What about the other one?", "How many seats does the smaller screen have?"),
        ([refused_turn("How many seats does the larger screen have?")],
         "And the other screen?", "How many seats does the smaller screen have?"),
        ([refused_turn("How many seats does the larger screen have?")],
         "What about the smaller one?", "How many seats does the smaller screen have?"),
        ([turn("When was the older bridge built?", "1893 [1]. The older bridge, Saltmarsh "
               "Bridge, was built in 1893. [1]")], "What about the other one?",
         "When was the newer bridge built?"),
        ([turn("How many homes will be built on the bigger site?", "600 [1]. About 600 homes "
               "will be built on the bigger site. [1]")], "What about the other one?",
         "How many homes will be built on the smaller site?"),
        ([turn("How old is the older sister?", "34 [1]. Emma Hart, 34, and her sister Lucy, "
               "29, opened the bakery. [1]")], "What about the other one?",
         "How old is the younger sister?"),
        # ... a pair with no known other side: "the other <noun>"
        ([refused_turn("How many seats does the main screen have?")],
         "What about the other one?", "How many seats does the other screen have?"),
        # near miss: two things named are as before
        ([BRIDGES_CLOSED, turn("When will Kelby Bridge reopen?", "In May [1]. Kelby Bridge "
                               "will reopen in May. [1]")],
         "What about the other one?", "When will Ashby Bridge reopen?"),
    ],
    "the club's of a complete question stays as asked when the reports say 'the club's'": [
        ([turn("Who is buying Thornbury Rovers?", "Brad Kessler [1]. Mr Brad Kessler, 49, will "
               "buy a 75 per cent stake from the club's current owner, Mr Martin Oakes. [1]")],
         "How old is the club's new chief executive?",
         "How old is the club's new chief executive?"),
        ([turn("Who runs Tarn Ferries?", "Ann Cole [1]. Ann Cole runs Tarn Ferries and says the "
               "company's boats are old. [1]")],
         "Who is the company's chairman?", "Who is the company's chairman?"),
        # near misses: reports that never say "the company's" get the name ("Who is the
        # company's managing director?" above); "the club" not owning anything is the club's
        # name as before
        ([turn("Who runs Tarn Ferries?", "Ann Cole [1]. Ann Cole runs Tarn Ferries. [1]")],
         "Who is the company's chairman?", "Who is Tarn Ferries’ chairman?"),
        ([turn("Who is buying Thornbury Rovers?", "Brad Kessler [1]. Mr Brad Kessler, 49, will "
               "buy a 75 per cent stake from the club's current owner, Mr Martin Oakes. [1]")],
         "When was the club founded?", "When was Thornbury Rovers founded?"),
    ],
}


# Faults a fresh user found in trial 76 (chat58): each kind with other wordings and near misses
RACE_RAISED = turn(
    "How much did the race raise for charity?", "about £410,000 [1]. The race raised about "
    "£410,000 for charity, of which £150,000 will go to the Carrick Bay Hospice. [1]"
)
MALIK_REPLACED = Turn(
    "Who replaced him?", "Who replaced Councillor Graham Petherick?", "Shirin Malik [2]. "
    "Councillor Graham Petherick stood down last month for health reasons. [1] His replacement, "
    "Councillor Dr Shirin Malik, 44, said the council had \"listened carefully\". [2]"
)
VANE_VOTED = Turn(
    "Which councillor voted against the plans?", "Which Councillor voted against the plans?",
    "Peter Vane [1]. Councillor Peter Vane, who voted against, said he was worried about lorry "
    "traffic on Quarry Road. [1] Dunmere Town Council approved the plans on 13 April. [2]"
)
POLLITT_CASE = [
    turn("Who prosecuted Darren Pollitt?", "Simon Achebe [1]. Prosecuting for the council, Mr "
         "Simon Achebe said Pollitt had been caught on camera. [1]"),
    Turn("Who defended him?", "Who defended Darren Pollitt?", "Ms Rachel Tunstall [1]. "
         "Defending, Ms Rachel Tunstall said her client had been in financial difficulty. [1]"),
    Turn("What did she say?", "What did Ms Rachel Tunstall say?", "Defending, Ms Rachel "
         "Tunstall said her client had been in financial difficulty after his van was stolen. "
         "[1]"),
]
FERRY_RUN_BY = turn(
    "Which company runs the Holm Island ferry?", "Seaward Ferries [1]. The ferry between Port "
    "Ellery and Holm Island will be cut from five return crossings a day to three from 1 July, "
    "operator Seaward Ferries has announced. [1] The company blamed a shortage of qualified "
    "crew. [2]"
)
FERRY_VESSEL = Turn(
    "What is its vessel called?", "What is the Holm Island ferry’s vessel called?", "MV "
    "Kittiwake [1]. Its only vessel on the route, the MV Kittiwake, built in 1989, carries up "
    "to 120 passengers and 14 cars. [1]"
)
FLOOD_SCHEME = [
    turn("How much will the Millbrook flood scheme cost?", "£5.8 million [1]. The cost of the "
         "Millbrook flood defence scheme has risen to £5.8 million. [1]"),
    Turn("Who is its project manager?", "Who is the Millbrook flood scheme’s project manager?",
         "Helen Oduya [1]. Project manager Helen Oduya said: \"Nobody wants a delay.\" [1]"),
    Turn("How old is she?", "How old is Helen Oduya?", "39 [1]. Project manager Helen Oduya, "
         "39, of the Environment Agency, said so. [1]"),
    Turn("What about the former postman?", "How old is the former postman?", "74 [1]. One of "
         "those homes belonged to Derek Saunby, 74, a former postman. [1]"),
    Turn("How long did he spend in a caravan?", "How long did the former postman spend in a "
         "caravan?", "11 months [1]. Derek Saunby, 74, a former postman, spent 11 months in a "
         "caravan while his house in Mill Row was repaired. [1]"),
]
TRIAL76_FOLLOWUPS = {
    "a past the rewrite builds is spelt as the verb's past ('raised', 'paid', 'gave')": [
        ([RACE_RAISED], "How much of it goes to the hospice?",
         "How much of the money the race raised for charity goes to the hospice?"),
        ([turn("How much did the fete raise?", "£3,200 [1]. The fete raised £3,200. [1]")],
         "How much of that went to the church roof?",
         "How much of the money the fete raised went to the church roof?"),
        ([turn("How much did the club pay for the pitch?", "£90,000 [1]. The club paid "
               "£90,000. [1]")],
         "How much of it came from grants?",
         "How much of the money the club paid for the pitch came from grants?"),
        ([turn("How much did the trust give to the school?", "£12,000 [1]. The trust gave "
               "£12,000. [1]")],
         "How much of it was for books?",
         "How much of the money the trust gave to the school was for books?"),
        ([turn("How much did the council borrow for the bridge?", "£4m [1]. The council "
               "borrowed £4m. [1]")],
         "How much of it has been repaid?",
         "How much of the money the council borrowed for the bridge has been repaid?"),
        # near miss: a past the question gave stays as it was
        ([turn("How much has the RNLI raised for the new lifeboat?", "£1.2m [1]. The RNLI has "
               "raised £1.2m for the new lifeboat. [1]")],
         "How much of it came from legacies?",
         "How much of the money the RNLI has raised for the new lifeboat came from legacies?"),
    ],
    "a title two people share names neither: 'she' after 'Who replaced Councillor X?'": [
        ([MALIK_REPLACED], "How old is she?", "How old is Councillor Dr Shirin Malik?"),
        ([Turn("Who succeeded him?", "Who succeeded Dr Tom Hale?", "Anwen Prys [1]. Dr Tom "
               "Hale was succeeded by Dr Anwen Prys, 51. [1]")],
         "Where did she train?", "Where did Dr Anwen Prys train?"),
        # the only one of the reply who may be a "she", whose given name no list knows
        ([Turn("Who succeeded him?", "Who succeeded Mr Tom Hale?", "Kiran Osei [1]. Mr Tom "
               "Hale was succeeded by Kiran Osei. [1]")],
         "How old is she?", "How old is Kiran Osei?"),
        # near miss: the man the question named is still "he" beside her
        ([MALIK_REPLACED], "Why did he stand down?",
         "Why did Councillor Graham Petherick stand down?"),
    ],
    "'What about <a person>?' takes the place of a person's pronoun left in the question": [
        ([Turn("How old is she?", "How old is she?", REFUSED_TURN)],
         "What about the chair of the Friends of Netherby Library?",
         "How old is the chair of the Friends of Netherby Library?"),
        ([Turn("How old is she?", "How old is Councillor Dr Shirin Malik?", "44 [1]. His "
               "replacement, Councillor Dr Shirin Malik, 44, said so. [1]")],
         "What about the chair of the Friends of Netherby Library?",
         "How old is the chair of the Friends of Netherby Library?"),
        ([Turn("Where does he live?", "Where does he live?", REFUSED_TURN)],
         "What about the vicar?", "Where does the vicar live?"),
        ([Turn("What did he say about her plan?", "What did he say about her plan?",
               REFUSED_TURN)],
         "What about the head of the parish council?",
         "What did the head of the parish council say about her plan?"),
        # near misses: a thing takes no person's place; a name the question gave is the slot
        # before a pronoun is
        ([Turn("How old is she?", "How old is she?", REFUSED_TURN)],
         "What about Kelby Bridge?", "How old is she (Kelby Bridge)?"),
        ([Turn("What did she say?", "What did Ann Cole say about his plan?", "She said it would "
               "not work. [1]")],
         "What about the vicar?", "What did the vicar say about his plan?"),
    ],
    "his after a turn asking of a role of a named body is that role's holder, not a man before": [
        ([MALIK_REPLACED, Turn("What about the chair of the Friends of Netherby Library?",
                               "How old is the chair of the Friends of Netherby Library?",
                               REFUSED_TURN)],
         "How many signatures did his group's petition end with?",
         "How many signatures did the chair of the Friends of Netherby Library’s group's "
         "petition end with?"),
        ([MALIK_REPLACED, Turn("What about the chair of the Friends of Netherby Library?",
                               "How old is the chair of the Friends of Netherby Library?",
                               "66 [1]. The Friends of Netherby Library, chaired by retired "
                               "headteacher Alan Brightwell, 66, has started a petition. [1]")],
         "How many signatures did his group's petition end with?",
         "How many signatures did Alan Brightwell’s group's petition end with?"),
        ([turn("Who founded Kelby Rovers?", "Tom Hale [1]. Tom Hale founded Kelby Rovers in "
               "1990. [1]"),
          Turn("What about the captain of Kelby Rovers?", "How old is the captain of Kelby "
               "Rovers?", REFUSED_TURN)],
         "When did he join the club?", "When did the captain of Kelby Rovers join the club?"),
        # near misses: a role the reply named keeps the name; the one the question names
        # itself is not the pronoun's
        ([turn("Who founded Kelby Rovers?", "Tom Hale [1]. Tom Hale founded Kelby Rovers in "
               "1990. [1]"),
          turn("How old is the chairman of Kelby Rovers?", "61 [1]. Kelby Rovers chairman Sam "
               "Reed, 61, said the club was safe. [1]")],
         "What did he say about the ground?", "What did Sam Reed say about the ground?"),
        ([refused_turn("What nationality is the winner of the Dales Hill Climb?")],
         "How far behind the winner was she?", "How far behind the winner was she?"),
    ],
    "a bare wh-word asks the previous question's deed, of what it was done to": [
        ([turn("Who founded Kettlewell Brewing?", "Jim Kettlewell [1]. The family-owned "
               "brewer, founded in 1994 by Jim Kettlewell, employs 52 people. [1]")],
         "When?", "When was Kettlewell Brewing founded?"),
        ([turn("Who founded Kettlewell Brewing?", "Jim Kettlewell [1]. The family-owned "
               "brewer, founded in 1994 by Jim Kettlewell, employs 52 people. [1]")],
         "Where?", "Where was Kettlewell Brewing founded?"),
        ([turn("Who wrote the play?", "Ann Cole [1]. The play was written by Ann Cole. [1]")],
         "When?", "When was the play written?"),
        ([turn("Who stole the tractors?", "Two men [1]. Two men stole the tractors. [1]")],
         "When?", "When were the tractors stolen?"),
        ([turn("Who bought the Red Lion?", "Sam Reed [1]. Sam Reed bought the Red Lion. [1]")],
         "How much?", "How much was the Red Lion bought for?"),
        ([turn("Who closed the road?", "Kelby Council [1]. Kelby Council closed the road. [1]")],
         "How long?", "How long was the road closed?"),
        ([turn("Who beat Ann Cole in the final?", "Sam Reed [1]. Sam Reed beat Ann Cole in the "
               "final. [1]")],
         "Where?", "Where was Ann Cole beaten in the final?"),
        ([turn("Who will replace the bridge?", "Kelby Council [1]. Kelby Council will replace "
               "the bridge. [1]")],
         "When?", "When will the bridge be replaced?"),
        ([turn("Who was elected mayor?", "Ann Cole [1]. Ann Cole was elected mayor. [1]")],
         "When?", "When was Ann Cole elected mayor?"),
        ([turn("When did the council cut jobs?", "In May [1]. The council cut 40 jobs in "
               "May. [1]")],
         "How many?", "How many jobs did the council cut?"),
        ([turn("Why did the council close the libraries?", "To save money [1]. The council "
               "closed the libraries to save money. [1]")],
         "And how many?", "How many libraries did the council close?"),
        # near misses: a question asked of its own clause as before; a present deed and a
        # who-question of being are no deed done, and are kept beside the question
        ([turn("When did Brian Tully resign?", "In May [1]. Brian Tully resigned in May. [1]")],
         "Why?", "Why did Brian Tully resign?"),
        ([turn("Who owns the pub?", "Sam Reed [1]. Sam Reed owns the pub. [1]")],
         "Since when?", "Who owns the pub (Since when)?"),
        ([turn("Who died in the crash?", "Sam Reed [1]. Sam Reed died in the crash. [1]")],
         "When?", "Who died in the crash (When)?"),
        ([turn("Who resigned from the board?", "Sam Reed [1]. Sam Reed resigned. [1]")],
         "Why?", "Who resigned from the board (Why)?"),
        ([turn("Who is the managing director of Kettlewell Brewing?", "Sarah Kettlewell [1]. "
               "Managing director Sarah Kettlewell, 41, said so. [1]")],
         "Since when?", "Who is the managing director of Kettlewell Brewing (Since when)?"),
    ],
    "a question asking who the pronoun's one is takes the description, never the name": [
        ([turn("What did the planning officer recommend?", "Planning officer Kate Linden had "
               "recommended approval, saying the harm to the landscape was \"less than "
               "substantial\". [1]")],
         "What is her name?", "What is the planning officer’s name?"),
        ([turn("What did the planning officer recommend?", "Planning officer Kate Linden had "
               "recommended approval. [1]")],
         "What is she called?", "What is the planning officer called?"),
        ([turn("What did the planning officer recommend?", "Planning officer Kate Linden had "
               "recommended approval. [1]")],
         "Who is she?", "Who is the planning officer?"),
        ([turn("How old was the driver?", "58 [1]. The driver, Tom Hale, 58, was unhurt. [1]")],
         "What's his name?", "What's the driver’s name?"),
        # no description to put: left as asked, not answered by the name
        ([turn("Who won the race?", "Ann Cole [1]. Ann Cole won the race. [1]")],
         "What is her name?", "What is her name?"),
        ([turn("Who treated the injured climber?", "Fiona Maclaren [1]. Dr Fiona Maclaren "
               "treated the injured climber. [1]")],
         "What is her name?", "What is her name?"),
        # near misses: what a named one is, and a name of someone or something else she has
        ([turn("Who won the race?", "Ann Cole [1]. Ann Cole won the race. [1]")],
         "Who is she?", "Who is Ann Cole?"),
        ([turn("Who won the race?", "Ann Cole [1]. Ann Cole won the race. [1]")],
         "What is her horse's name?", "What is Ann Cole’s horse's name?"),
        ([turn("What did the planning officer recommend?", "Planning officer Kate Linden had "
               "recommended approval. [1]")],
         "What is her job title?", "What is Kate Linden’s job title?"),
    ],
    "'What about <a length of time>?' takes the place of the length the question gave": [
        ([turn("How much will four hours of parking cost at Westmoor General?", "£4.90 [1]. "
               "The cost of a stay of up to four hours will rise from £3.50 to £4.90. [1]")],
         "What about a full day?", "How much will a full day of parking cost at Westmoor "
         "General?"),
        ([turn("How much does it cost to hire the hall for three hours?", "£60 [1]. The hall "
               "costs £60 for three hours. [1]")],
         "What about the whole day?", "How much does it cost to hire the hall for the whole "
         "day?"),
        ([turn("How long is the wait for 30 minutes of physiotherapy?", "Six weeks [1]. The "
               "wait for 30 minutes of physiotherapy is six weeks. [1]")],
         "And an hour?", "How long is the wait for an hour of physiotherapy?"),
        # near misses: a place for a place; a length with no length asked before is as it was
        ([turn("How much will four hours of parking cost at Westmoor General?", "£4.90 [1]. "
               "The cost will rise to £4.90. [1]")],
         "What about at Kelby Hospital?",
         "How much will four hours of parking cost at Kelby Hospital?"),
        ([turn("How much will parking cost at Westmoor General?", "£4.90 [1]. The cost will "
               "rise to £4.90. [1]")],
         "What about a full day?",
         "What is a full day? (How much will parking cost at Westmoor General?)"),
    ],
    "a role asked for alone in a conversation about one story carries the story's anchor": [
        (POLLITT_CASE, "Who was the judge?", "Who was the judge in the Darren Pollitt case?"),
        ([turn("How much was Sam Reed fined?", "£500 [1]. Sam Reed was fined £500. [1]")],
         "Who was the magistrate?", "Who was the magistrate in the Sam Reed case?"),
        ([turn("What did inspectors say about St Aldhelm's School?", "It requires improvement "
               "[1]. Inspectors said St Aldhelm's School requires improvement. [1]")],
         "Who is the headteacher?", "Who is the headteacher of St Aldhelm's School?"),
        ([turn("When will the Millbrook flood scheme be finished?", "September 2027 [1]. The "
               "Millbrook flood scheme will be finished in September 2027. [1]")],
         "Who is the contractor?", "Who is the contractor for the Millbrook flood scheme?"),
        # near misses: a role with its own anchor; a conversation naming only people; an
        # elected office, held of a place and not of the story's thing
        (POLLITT_CASE, "Who was the judge at Kelby Crown Court?",
         "Who was the judge at Kelby Crown Court?"),
        (POLLITT_CASE, "Who was the judge in the case?", "Who was the judge in the case?"),
        ([turn("How old is Sam Reed?", "41 [1]. Sam Reed, 41, said so. [1]")],
         "Who is the headteacher?", "Who is the headteacher?"),
        ([turn("When will the Millbrook flood scheme be finished?", "September 2027 [1]. The "
               "Millbrook flood scheme will be finished in September 2027. [1]")],
         "Who is the MP?", "Who is the MP?"),
        # ... and "the judge" of a question still names the judge, whom "he" then is not
        (POLLITT_CASE + [
            Turn("Who was the judge?", "Who was the judge in the Darren Pollitt case?",
                 "Amanda Crowe [1]. District Judge Amanda Crowe fined him. [1]"),
            Turn("What did she order to be seized?", "What did the judge order to be seized?",
                 "Amanda Crowe [1]. District Judge Amanda Crowe also ordered that Pollitt's "
                 "second van be seized, and ordered him to carry out 120 hours of unpaid work. "
                 "[1]"),
        ], "How much was he fined?", "How much was Darren Pollitt fined?"),
    ],
    "'its' of two things owning one noun is the one the conversation asked about": [
        ([FERRY_RUN_BY], "What is its vessel called?",
         "What is the Holm Island ferry’s vessel called?"),
        ([turn("Which firm owns the Kelby Arms?", "Harbour Inns [1]. The Kelby Arms is owned "
               "by Harbour Inns. [1]")],
         "Who is its landlord?", "Who is the Kelby Arms’ landlord?"),
        # near miss: two people are each one's, searched both ways
        ([turn("Who is buying Thornbury Rovers?", "Brad Kessler [1]. Mr Brad Kessler, 49, "
               "will buy a stake from the club's current owner, Mr Martin Oakes. [1]")],
         "How much is his stake worth?", "How much is Mr Brad Kessler’s stake worth?"),
    ],
    "'it' after a thing's name was asked and given is the thing, by that name": [
        ([FERRY_RUN_BY, FERRY_VESSEL], "When was it built?", "When was the MV Kittiwake built?"),
        ([FERRY_RUN_BY, FERRY_VESSEL], "How many cars can it carry?",
         "How many cars can the MV Kittiwake carry?"),
        ([turn("What is the name of the new bridge?", "Millennium Link [1]. The new bridge, "
               "the Millennium Link, opened in May. [1]")],
         "Who designed it?", "Who designed the Millennium Link?"),
        ([turn("What is the new lifeboat called?", "Spirit of Kelby [1]. The new lifeboat, "
               "Spirit of Kelby, was launched in May. [1]")],
         "Where was it built?", "Where was Spirit of Kelby built?"),
        # near misses: a name refused is no name; a person's name asked is no "it"
        ([FERRY_RUN_BY, Turn("What is its vessel called?", "What is the Holm Island ferry’s "
                             "vessel called?", REFUSED_TURN)],
         "When was it built?", "When was the Holm Island ferry’s vessel built?"),
        ([turn("What is the name of the new bridge?", "Millennium Link [1]. The new bridge, "
               "the Millennium Link, opened in May. [1]")],
         "Who designed the Millennium Link?", "Who designed the Millennium Link?"),
    ],
    "'it' after a question about a thing's person is that thing, owned or not": [
        (FLOOD_SCHEME, "Which firm is building it?",
         "Which firm is building the Millbrook flood scheme?"),
        (FLOOD_SCHEME[:2], "When will it be finished?",
         "When will the Millbrook flood scheme be finished?"),
        ([turn("Who is the Kelby bypass’s site manager?", "Tom Hale [1]. Site manager Tom "
               "Hale said work was on time. [1]")],
         "How much will it cost?", "How much will the Kelby bypass cost?"),
        # near miss: a title owning a capitalised word is one name
        ([turn("Who painted The Ferryman's Daughter?", "Lavinia Crewe [1]. Thieves took The "
               "Ferryman's Daughter, painted by Lavinia Crewe in 1887. [1]")],
         "When was it painted?", "When was Ferryman's Daughter painted?"),
    ],
    "a title alone is no one's name: the one replaced keeps the name after it": [
        ([VANE_VOTED], "Why did he vote against?", "Why did Councillor Peter Vane vote against?"),
        ([Turn("Which Inspector led the inquiry?", "Which Inspector led the inquiry?",
               "Sarah Lund [1]. Inspector Sarah Lund led the inquiry. [1]")],
         "What did she find?", "What did Inspector Sarah Lund find?"),
        ([Turn("Which Bishop spoke at the service?", "Which Bishop spoke at the service?",
               "Ann Cole [1]. Ann Cole, the Bishop of Kelby, spoke at the service. [1]")],
         "What did she say?", "What did Ann Cole say?"),
    ],
}


@pytest.mark.parametrize(
    ("base", "past", "participle", "third", "ing"),
    [
        ("raise", "raised", "raised", "raises", "raising"),
        ("try", "tried", "tried", "tries", "trying"),
        ("stop", "stopped", "stopped", "stops", "stopping"),
        ("open", "opened", "opened", "opens", "opening"),  # two syllables: no doubling
        ("acquit", "acquitted", "acquitted", "acquits", "acquitting"),
        ("travel", "travelled", "travelled", "travels", "travelling"),
        ("give", "gave", "given", "gives", "giving"),
        ("play", "played", "played", "plays", "playing"),
        ("fix", "fixed", "fixed", "fixes", "fixing"),
        ("die", "died", "died", "dies", "dying"),
    ],
)
def test_verb_forms_follow_the_spelling_rules(base, past, participle, third, ing):
    from rag.chat import _past, _present_forms

    assert (_past(base), _past(base, participle=True)) == (past, participle)
    assert _present_forms(base) == (third, ing)


# Faults the final check of chat58 (final 146) found: each kind with other wordings and near
# misses
MALIK_AGED = Turn(
    "How old is she?", "How old is Councillor Dr Shirin Malik?", "44 [1]. His replacement, "
    "Councillor Dr Shirin Malik, 44, said the council had \"listened carefully\". [1]"
)
STRACHAN_AGED = Turn(
    "How old is she?", "How old is Gemma Strachan?", "38 [1]. The market manager, Gemma "
    "Strachan, 38, said more than 5,000 people came through the doors on opening day. [1]"
)
POLLITT_JUDGE = Turn(
    "Who was the judge?", "Who was the judge in the Darren Pollitt case?", "Amanda Crowe [1]. "
    "District Judge Amanda Crowe also ordered that Pollitt's second van, a white Ford Transit, "
    "be seized, and ordered him to carry out 120 hours of unpaid work. [1]"
)
# ... as the trial asked it next, with "she" put wrong: its reply names the judge first
POLLITT_SEIZED = Turn(
    "What did she order to be seized?", "What did Ms Rachel Tunstall order to be seized?",
    "120 hours of unpaid work [1]. District Judge Amanda Crowe also ordered that Pollitt's "
    "second van, a white Ford Transit, be seized, and ordered him to carry out 120 hours of "
    "unpaid work. [1] Defending, Ms Rachel Tunstall said her client had been in financial "
    "difficulty after his van was stolen. [2]"
)
POLLITT_VAN = Turn(
    "What did she order to be seized?", "What did District Judge Amanda Crowe order to be seized?",
    "Pollitt's second van [1]. District Judge Amanda Crowe also ordered that Pollitt's second van, "
    "a white Ford Transit, be seized, and ordered him to carry out 120 hours of unpaid work. [1]"
)
HALE_FINED = [
    turn("Who was fined for fly-tipping?", "Tom Hale [1]. Tom Hale, 52, of Mill Lane, was "
         "fined for fly-tipping. [1]"),
    Turn("Who defended him?", "Who defended Tom Hale?", "Ms Ann Cole [1]. Defending, Ms Ann "
         "Cole said her client was sorry. [1]"),
]
HALE_MAGISTRATE = Turn(
    "Who was the magistrate?", "Who was the magistrate in the Tom Hale case?", "Susan Reed "
    "[1]. Presiding Magistrate Susan Reed ordered him to pay £300 costs. [1]"
)
OSEI_JUDGE = Turn(
    "Who was the judge?", "Who was the judge in the Darren Pollitt case?", "Kiran Osei [1]. "
    "District Judge Kiran Osei ordered that Pollitt's van be seized, and ordered him to do "
    "unpaid work. [1]"
)
OSEI_SEIZED = Turn(
    "What did she order to be seized?", "What did District Judge Kiran Osei order to be "
    "seized?", "His van [1]. District Judge Kiran Osei ordered that Pollitt's van be seized, "
    "and ordered him to do unpaid work. [1]"
)
FINAL146_FOLLOWUPS = {
    "a woman named after a calling of two words or more ('District Judge Amanda Crowe') is "
    "known a woman: the 'she' the last reply names, never a 'he', and the 'him' she acts on "
    "is another": [
        (POLLITT_CASE + [POLLITT_JUDGE], "What did she order to be seized?",
         "What did District Judge Amanda Crowe order to be seized?"),
        (POLLITT_CASE + [POLLITT_JUDGE], "Why did she order the van to be seized?",
         "Why did District Judge Amanda Crowe order the van to be seized?"),
        (POLLITT_CASE + [POLLITT_JUDGE, POLLITT_SEIZED], "How much was he fined?",
         "How much was Darren Pollitt fined?"),
        (POLLITT_CASE + [POLLITT_JUDGE, POLLITT_SEIZED], "How old is he?",
         "How old is Darren Pollitt?"),
        # (a reply led by a thing of his, "Pollitt's second van", names no "he")
        (POLLITT_CASE + [POLLITT_JUDGE, POLLITT_VAN], "How much was he fined?",
         "How much was Darren Pollitt fined?"),
        (HALE_FINED + [HALE_MAGISTRATE], "How much was he fined?",
         "How much was Tom Hale fined?"),
        (HALE_FINED + [HALE_MAGISTRATE], "What did she tell him?",
         "What did Presiding Magistrate Susan Reed tell Tom Hale?"),
        # a judge whose given name no list knows: the "him" she ordered is not her, so she is
        # still the last reply's "she"; once called "she", never a "he"
        (POLLITT_CASE + [OSEI_JUDGE], "What did she order to be seized?",
         "What did District Judge Kiran Osei order to be seized?"),
        (POLLITT_CASE + [OSEI_JUDGE, OSEI_SEIZED], "How much was he fined?",
         "How much was Darren Pollitt fined?"),
        (POLLITT_CASE + [OSEI_JUDGE, OSEI_SEIZED], "What did he have to do?",
         "What did Darren Pollitt have to do?"),
        # near misses: a man after such a calling is still a "he", and a woman the reply does
        # not name is no "she" of it
        (HALE_FINED + [Turn("Who was the judge?", "Who was the judge in the Tom Hale case?",
                            "Peter Crowe [1]. District Judge Peter Crowe said the case was "
                            "serious. [1]")],
         "What else did he say?", "What else did District Judge Peter Crowe say?"),
        (HALE_FINED + [Turn("Who was the judge?", "Who was the judge in the Tom Hale case?",
                            "Peter Crowe [1]. District Judge Peter Crowe said he had shown "
                            "remorse. [1]")],
         "What did she say?", "What did Ms Ann Cole say?"),
    ],
    "'What about <a person by a role>?' takes the asked one's place, never the one replaced "
    "in a who-question before (the role is the head before 'of', titles go whole)": [
        ([MALIK_REPLACED, MALIK_AGED],
         "What about the chair of the Friends of Netherby Library?",
         "How old is the chair of the Friends of Netherby Library?"),
        ([MALIK_REPLACED, MALIK_AGED], "What about the vicar of St Mary's?",
         "How old is the vicar of St Mary's?"),
        ([Turn("Who succeeded him?", "Who succeeded Dr Tom Hale?", "Anwen Prys [1]. Dr Tom "
               "Hale was succeeded by Dr Anwen Prys, 51. [1]"),
          Turn("Where did she train?", "Where did Dr Anwen Prys train?", "Cardiff [1]. Dr "
               "Anwen Prys trained in Cardiff. [1]")],
         "What about the head of the Kelby practice?",
         "Where did the head of the Kelby practice train?"),
        # near misses: a contest still takes the contest's place, and two titles go with the
        # name they stand before; a thing is kept beside the question
        ([turn("Who won the women's race?", "Sarah Whitfield [1]. Professor Dr Sarah "
               "Whitfield won the women's race. [1]"),
          Turn("How old is she?", "How old is Professor Dr Sarah Whitfield?", "41 [1]. "
               "Professor Dr Sarah Whitfield, 41, won. [1]")],
         "What about the men's race?", "How old is the one who won the men's race?"),
        ([MALIK_REPLACED, MALIK_AGED], "What about the by-election?",
         "How old is Councillor Dr Shirin Malik (the by-election)?"),
    ],
    "'What about the <oldest, youngest> <one who does>?' is a person, asked as the named one "
    "was": [
        ([STRACHAN_AGED], "What about the oldest trader?", "How old is the oldest trader?"),
        ([STRACHAN_AGED], "What about the oldest stallholder?",
         "How old is the oldest stallholder?"),
        ([turn("How old is Ann Cole?", "41 [1]. Ann Cole, 41, won. [1]")],
         "And the youngest competitor?", "How old is the youngest competitor?"),
        ([turn("How old is Ann Cole?", "41 [1]. Ann Cole, 41, won. [1]")],
         "What about the youngest runner?", "How old is the youngest runner?"),
        ([turn("What job does Sam Reed do?", "Manager [1]. Sam Reed is the manager. [1]")],
         "What about the new manager?", "What job does the new manager do?"),
        ([turn("What did Ann Cole say about the bridge?", "It was unsafe [1]. Ann Cole said "
               "the bridge was unsafe. [1]")],
         "What about the butcher?", "What did the butcher say about the bridge?"),
        # near misses: the oldest thing is no person ("tower" is no one who tows)
        ([STRACHAN_AGED], "What about the oldest building?",
         "What is the oldest building? (How old is Gemma Strachan?)"),
        ([turn("What did Ann Cole say about the bridge?", "It was unsafe [1]. Ann Cole said "
               "the bridge was unsafe. [1]")],
         "What about the oldest tower?", "What did Ann Cole say about the oldest tower?"),
    ],
    # "What about X?" asks the last question of X, as the user framed it: a question that
    # fits X badly is still the one asked, and the answerer's to refuse; the rewrite does not
    # guess another ("Who is ...?", "How old is ...?")
    "'What about <a person>?' keeps the previous question's frame, whatever it asked": [
        ([turn("Since when has Frank Dellow run a stall there?", "1961 [1]. Frank Dellow has "
               "run a stall in the market since 1961. [1]")],
         "What about the chair of the Brackley Green hall trustees?",
         "Since when has the chair of the Brackley Green hall trustees run a stall there?"),
        ([refused_turn("Since when has he run a stall there?")],
         "What about the chair of the Brackley Green hall trustees?",
         "Since when has the chair of the Brackley Green hall trustees run a stall there?"),
    ],
}


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("District Judge Amanda Crowe", "f"),
        ("Detective Chief Inspector Helen Oduya", "f"),
        ("Presiding Magistrate Susan Reed", "f"),
        ("District Judge Peter Crowe", "m"),
        ("Wicket-keeper Tom Hale", "m"),
        # near misses: a given name inside a thing's name, and a body
        ("Port Ellery Grace Darling Lifeboat", None),
        ("Kelby District Council", None),
    ],
)
def test_a_given_name_after_a_calling_of_several_words_tells_the_gender(name, gender):
    from rag.chat import describe

    assert describe(name, 0, {}).gender == gender


def test_a_him_after_a_woman_named_with_her_calling_is_the_man_after_her():
    from rag.chat import text_genders

    text = ("District Judge Amanda Crowe also ordered that Pollitt's second van be seized, and "
            "ordered him to carry out 120 hours of unpaid work.")
    assert text_genders(text, ["District Judge Amanda Crowe", "Pollitt"]) == {"Pollitt": "m"}


def test_a_surname_alone_is_put_by_the_one_whole_name_the_conversation_gave():
    from rag.chat import _the_whole_name_said

    history = [turn("Who prosecuted Darren Pollitt?", "Simon Achebe [1]. Mr Simon Achebe said "
                    "Pollitt had been caught on camera. [1]")]
    assert _the_whole_name_said("Pollitt", history) == "Darren Pollitt"
    # near misses: two of the name are neither; a name no turn gave whole stays as it is
    shared = [turn("Who ran the shop?", "Tom Hale and Ann Hale [1]. Tom Hale and Ann Hale ran "
                   "the shop. [1]")]
    assert _the_whole_name_said("Hale", shared) is None
    assert _the_whole_name_said("Crowe", history) is None


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # an object "him"/"her" is never the doer of the verb before it
        ("District Judge Kiran Osei ordered that Pollitt's van be seized, and ordered him to "
         "do unpaid work.", ["District Judge Kiran Osei", "Pollitt"], {"Pollitt": "m"}),
        ("Sam Reed said Tom Hale had sacked him.", ["Sam Reed", "Tom Hale"], {"Sam Reed": "m"}),
        ("Kiran Osei met Ann Cole and thanked her.", ["Kiran Osei", "Ann Cole"],
         {"Ann Cole": "f"}),
        # near misses: a doer not plain before the verb, and a "her" owning a noun, say nothing
        # against the first one
        ("Sam Reed said the club had sacked him.", ["Sam Reed"], {"Sam Reed": "m"}),
        ("Kiran Osei thanked her client.", ["Kiran Osei"], {"Kiran Osei": "f"}),
        # ... and with no one else to be the object, the doer gets no vote from it
        ("District Judge Kiran Osei ordered him to pay costs.", ["District Judge Kiran Osei"],
         {}),
    ],
)
def test_an_object_pronoun_is_not_the_doer_of_its_verb(text, names, expected):
    from rag.chat import text_genders

    assert text_genders(text, names) == expected


# Faults the fresh-user trial 77 found: each kind with the trial's wording, others of its own,
# and near misses
KESTLEFORD_LEAD = turn(
    "Who is leading the investigation into the Kestleford burglaries?", "Claire Whitmore [1]. "
    "Detective Inspector Claire Whitmore, who is leading the investigation, said so. [1] Police "
    "are appealing for information after 14 homes in Kestleford were burgled in March. [2]"
)
PANDA_PARENTS = turn(
    "Who are the parents of the red panda cubs at Wrexley?", "Mei and Tashi [1]. The twins "
    "were born on 19 June to mother Mei, aged five, and father Tashi, seven, who arrived from "
    "a zoo in the Netherlands in 2023. [1]"
)
DREDGING_COST = turn(
    "How much will the Kilbrannan harbour dredging cost?", "£2.1 million [1]. The work will "
    "cost £2.1 million, of which £1.3 million comes from the Scottish Government's marine fund "
    "and £800,000 from the council. [1]"
)
VILLA_FINDER = turn(
    "Who discovered the Roman villa near Thornbury?", "Richard Hale [1]. The villa was "
    "discovered after farmer Richard Hale, 58, spotted fragments of pottery. [1]"
)
VILLA_OPEN_DAY = Turn(
    "When was the open day?", "When was the open day (Roman villa, Thornbury)?", "27 September "
    "[1]. An open day for the public was held on 27 September and was attended by around 1,200 "
    "people. [1]"
)
MACLEOD_AGED = turn(
    "How old is Alasdair MacLeod?", "57 [1]. \"For years our boats have been waiting on the "
    "tide,\" said Alasdair MacLeod, 57. [1]"
)
LIFEBOAT_YOUNGEST = [
    turn("Who is the youngest crew member at Porthcarrow lifeboat station?", "Jago Trewin [1]. "
         "Its youngest crew member, Jago Trewin, 18, and its oldest, Peter Nance, 63, both "
         "helped bring the boat round. [1]"),
    Turn("How old is he?", "How old is Jago Trewin?", "18 [1]. Its youngest crew member, Jago "
         "Trewin, 18, and its oldest, Peter Nance, 63, both helped. [1]"),
]
YOUNGEST_ARRESTED = Turn(
    "When was he arrested?", "When was the youngest man arrested?", "Sunday [1]. A third man, "
    "aged 19, was arrested on Sunday. [1]"
)
LEGACY_BOAT = Turn(
    "Whose legacy paid for most of it?", "Whose legacy paid for most of the new lifeboat?",
    "Spirit of Tamsin [1]. The lifeboat, named Spirit of Tamsin, was paid for largely by a "
    "legacy from Tamsin Rowe, a retired teacher from Truro who died in 2022. [1]"
)
PLASTER_TEAM = [
    turn("Who is the lead plasterer at the Regent Theatre?", "Karen Wilde [1]. Lead plasterer "
         "Karen Wilde, 44, said her team of five had remade 60 of them. [1] The restored Regent "
         "Theatre in Dunmore reopened on Friday night. [2]"),
    Turn("How many cherubs and flowers did her team remake?", "How many cherubs and flowers did "
         "Karen Wilde’s team remake?", "five [1]. Lead plasterer Karen Wilde, 44, said her team "
         "of five had remade 60 of them from moulds. [1]"),
]
TRIAL77_FOLLOWUPS = {
    "a pronoun agrees with what can take it, after a refused or a wrong turn too": [
        ([refused_turn("Who chairs the Dunmore Regent Trust?")], "How old is he?",
         "How old is the chair of the Dunmore Regent Trust?"),
        ([refused_turn("Who leads the Save Mill Lane campaign?")], "How old is she?",
         "How old is the leader of the Save Mill Lane campaign?"),
        ([refused_turn("Who manages Halsworth Leisure Centre?")], "Where did she work before?",
         "Where did the manager of Halsworth Leisure Centre work before?"),
        # a name "of" another, no given name or title before it, is a thing's: never "she"
        ([LEGACY_BOAT], "When did she die?", "When did Tamsin Rowe die?"),
        ([turn("Which boat won the regatta?", "Pride of Kelby [1]. Pride of Kelby, skippered by "
               "Ann Cole, won the regatta. [1]")],
         "How old is she?", "How old is Ann Cole?"),
        # a person's team is people, no "it": the thing the story was about is
        (PLASTER_TEAM, "How many seats does it have now?",
         "How many seats does the Regent Theatre have now?"),
        # "they" after "Who are the <people> ...?" is those people, never a place the reply led
        # with
        ([turn("Who are the parents of the red panda cubs at Wrexley?", "Netherlands [1]. The "
               "twins were born to mother Mei and father Tashi, who arrived from a zoo in the "
               "Netherlands. [1]")],
         "Where did they come from?",
         "Where did the parents of the red panda cubs at Wrexley come from?"),
        # ... nor the place a question was asked with
        ([PANDA_PARENTS, Turn("How old is the father?", "How old is the father at Wrexley?",
                              "seven [1]. Father Tashi is seven. [1]")],
         "Where did they come from?", "Where did Mei and Tashi come from?"),
        ([turn("Who are the owners of the Red Lion?", "Ken and Dora Little [1]. Ken and Dora "
               "Little own the Red Lion. [1]")],
         "How long have they run it?", "How long have Ken and Dora Little run the Red Lion?"),
        # near misses: a refused who-question whose verb names no role leaves the pronoun for
        # the answerer to ask about; a person named with "of" after a title or a given name
        # is still a person
        ([refused_turn("Who discovered the Roman villa?")], "How old is he?", "How old is he?"),
        ([turn("Who opened the fete?", "Duke of Kelby [1]. The Duke of Kelby opened the fete. "
               "[1]")],
         "How old is he?", "How old is Duke of Kelby?"),
    ],
    "'And the oldest?' swaps the superlative (or ordinal) of the newest question saying one": [
        (LIFEBOAT_YOUNGEST, "And the oldest?",
         "Who is the oldest crew member at Porthcarrow lifeboat station?"),
        ([turn("Who was the first runner home in the Kelby 10k?", "Ann Cole [1]. Ann Cole was "
               "the first runner home. [1]")],
         "And the second?", "Who was the second runner home in the Kelby 10k?"),
        ([turn("What is the tallest building in Tadley?", "The Mill Tower [1]. The Mill Tower "
               "is the tallest building in Tadley. [1]")],
         "What about the shortest?", "What is the shortest building in Tadley?"),
        ([turn("Who is the oldest member of the choir?", "Edna Price [1]. Edna Price, 94, is "
               "the oldest member of the choir. [1]")],
         "And the youngest member?", "Who is the youngest member of the choir?"),
        # near misses: a noun ending like a superlative is none; one with another noun than
        # the one chosen among is left to the rules before
        ([turn("Who organised the protest in Tadley?", "Ann Cole [1]. Ann Cole organised the "
               "protest. [1]")],
         "And the forest?", "What will happen to the forest?"),
        ([STRACHAN_AGED], "What about the oldest building?",
         "What is the oldest building? (How old is Gemma Strachan?)"),
    ],
    "'And the other two/one?' asks the last question of the rest of the set its one was "
    "picked from": [
        ([YOUNGEST_ARRESTED], "And the other two?", "When were the other two men arrested?"),
        ([Turn("How old is the father?", "How old is the father (Wrexley)?", "Seven [1]. "
               "Father Tashi is seven. [1]")],
         "And the other one?", "How old is the mother (Wrexley)?"),
        ([turn("What did the first witness say?", "She saw a van [1]. The first witness said "
               "she saw a van. [1]")],
         "And the others?", "What did the other witnesses say?"),
        ([turn("Where does the husband work?", "Kelby [1]. Her husband works in Kelby. [1]")],
         "What about the other one?", "Where does the wife work?"),
        ([turn("How old is the youngest girl rescued?", "Nine [1]. The youngest girl rescued "
               "was nine. [1]")],
         "And the other one?", "How old is the other girl rescued?"),
        # near miss: a named person's other one is still `_the_other_one`'s
        ([turn("How long was Margaret Hollis jailed for?", "Four years [1]. Margaret Hollis was "
               "jailed for four years, and her accountant Derek Fane for two. [1]")],
         "And the other one?", "How long was Derek Fane jailed for?"),
    ],
    "'What about <a body>?' asks the last question with it in the place of the body it named, "
    "wherever that stood": [
        ([Turn("How much of that comes from the Scottish Government?", "How much of the cost of "
               "the Kilbrannan harbour dredging comes from the Scottish Government?", "£1.3 "
               "million [1]. The work will cost £2.1 million, of which £1.3 million comes from "
               "the Scottish Government's marine fund and £800,000 from Argyll Coast Council. "
               "[1]")],
         "What about the council?",
         "How much of the cost of the Kilbrannan harbour dredging comes from the council?"),
        ([turn("How much did the parish council give to the Kelby Lido appeal?", "£50,000 [1]. "
               "The parish council gave £50,000. [1]")],
         "What about the town council?",
         "How much did the town council give to the Kelby Lido appeal?"),
        ([turn("How much will the county council pay towards the new bridge?", "£2m [1]. The "
               "county council will pay £2m. [1]")],
         "And the government?", "How much will the government pay towards the new bridge?"),
        # near misses: a place or a thing is no body to swap; a person is left to the rules
        # for persons
        ([turn("How many homes were flooded in Brayford?", "40 [1]. Forty homes were flooded in "
               "Brayford. [1]")],
         "And businesses?", "How many businesses were flooded in Brayford?"),
    ],
    "a question naming no story of its own is asked with the conversation's, when the story's "
    "turns speak of what it asks about": [
        ([KESTLEFORD_LEAD], "How many homes were targeted?",
         "How many homes were targeted (Kestleford burglaries)?"),
        # (a place the story was set at goes with its preposition, as the question's own)
        ([PANDA_PARENTS], "How old is the father?", "How old is the father at Wrexley?"),
        ([VILLA_FINDER, VILLA_OPEN_DAY], "How many people came?",
         "How many people came (Roman villa, Thornbury)?"),
        # the story a turn naming only a person does not hide
        ([DREDGING_COST, MACLEOD_AGED], "When will the work start?",
         "When will the work start (Kilbrannan harbour dredging)?"),
        ([turn("How many trees will be felled on Elm Road in Tadley?", "27 [1]. Twenty-seven "
               "trees will be felled, and residents plan a protest on Friday. [1]")],
         "When is the protest?", "When is the protest on Elm Road?"),
        # the place a question was asked with is no part of what it asked about: "it" is the
        # thing alone, and the place goes on as the story (trial 78: "the new path" or "the
        # work" alone found another story's)
        ([Turn("How much did the new lifeboat cost?", "How much did the new lifeboat cost at "
               "Porthcarrow?", "£2.4 million [1]. A new lifeboat costing £2.4 million has "
               "arrived at Porthcarrow lifeboat station. [1]")],
         "Whose legacy paid for most of it?",
         "Whose legacy paid for most of the new lifeboat at Porthcarrow?"),
        ([Turn("When did the dig begin?", "When did the dig begin near Thornbury?", "August [1]. "
               "An excavation began in August. [1]")],
         "When will it end?", "When will the dig end near Thornbury?"),
        # near misses: a question naming its own story or person, one with a pronoun, one
        # the story says nothing of, and a thing of a kind left to its own rule
        ([KESTLEFORD_LEAD], "How much was Avonmere Water fined for polluting Catcott Brook?",
         "How much was Avonmere Water fined for polluting Catcott Brook?"),
        ([KESTLEFORD_LEAD], "How old is Claire Whitmore?", "How old is Claire Whitmore?"),
        ([KESTLEFORD_LEAD], "When does the new library open?",
         "When does the new library open?"),
        ([KESTLEFORD_LEAD], "Who runs the council?", "Who runs the council?"),
        ([MACLEOD_AGED], "When will the work start?", "When will the work start?"),
        # ../shared/cases/followup-standalone: complete, of a story the last turn never spoke of
        ([turn("Who won the Westmere mayoral election?", "Tom Okafor [1]. Tom Okafor won the "
               "Westmere mayoral election on Sunday, defeating Maria Santos. [1]")],
         "Why was the tram extension delayed and when will it open?",
         "Why was the tram extension delayed and when will it open?"),
        ([turn("Who won the Westmere mayoral election?", "Tom Okafor [1]. Tom Okafor won the "
               "Westmere mayoral election on Sunday, defeating Maria Santos. [1]")],
         "When will the tram extension open?", "When will the tram extension open?"),
    ],
}


def test_a_pronoun_opening_the_passage_says_nothing_of_the_cited_sentences_last_name():
    # Trial 77 re-asked: "How old is he?" after "Who is the youngest crew member?" became "How
    # old is Peter Nance?": the passage opened '"She is faster," said the coxswain' (the
    # boat), and read after the cited sentences it made Jago Trewin a "she"
    youngest = Turn(
        "Who is the youngest crew member at Porthcarrow lifeboat station?",
        "Who is the youngest crew member at Porthcarrow lifeboat station?",
        "Jago Trewin [2]. A new lifeboat has arrived at Porthcarrow. [1] Its youngest crew "
        "member, Jago Trewin, 18, and its oldest, Peter Nance, 63, brought the boat round. [2]",
        "A new lifeboat has arrived at Porthcarrow. Its youngest crew member, Jago Trewin, 18, "
        "and its oldest, Peter Nance, 63, brought the boat round.",
        '"She is faster, she is safer," said the station\'s coxswain. Mark Penhaligon, 46, '
        "added that the old boat had saved 97 lives.",
    )
    assert rewrite_followup("How old is he?", [youngest]) == "How old is Jago Trewin?"


# Trial 78 (/tmp/trial78, conversations C2-C8): a word that said when the last question asked
# leaked into every later rewrite; the story went missing or was another's; a pronoun took a
# name only a wrong turn's passage gave; "the other one" and "What about plum?" asked the wrong
# thing; "they" after a refusal was left as asked.
SKATE_COST = turn("How much will the Pelham skate park cost?", "£415,000 [1]. The cost of the "
                  "Pelham skate park has risen to £415,000. [1]")
SKATE_ORIGINALLY = Turn("What was it originally?", "What was the Pelham skate park originally?",
                        "£340,000 [1]. Plans for a £340,000 skate park were approved. [1]")
NEW_PATH_COST = Turn("How much did the new path cost?",
                     "How much did the new path cost (Sennacombe)?", "£185,000 [1]. The new "
                     "section of path cost £185,000. [1]")
STATION_WORK = Turn("When will the work start?", "When will the work start on Kingsworth?",
                    "autumn 2026 [1]. Network Rail said work would begin in autumn 2026. [1]")
PUB_FIRST_PINT = turn("Who pulled the first pint at the Plough Inn?", "Tom Birch [1]. Tom Birch, "
                      "84, who has drunk at the Plough since 1958, pulled the first pint. [1]", "",
                      "The Plough Inn reopened as a community pub. The pub's new managers are "
                      "Sam and Ellie Okafor. The society plans to open a small shop by the "
                      "autumn.")
PUB_AGED = turn("How old is Tom Birch?", "84 [1]. Tom Birch, 84, pulled the first pint. [1]")
ROAD_COST = turn("How much did the Brackwell Road resurfacing cost?", "£2.3m [1]. The £2.3m "
                 "project covers the B4417. [1]", "", "The road will be open to traffic during "
                 "the day.")
WALKERS = turn("How many walkers were rescued from Carnmoor Edge?", "Two [1]. Two walkers were "
               "rescued from Carnmoor Edge. [1]", "", "The pair, a 58-year-old man and his "
               "24-year-old son from Stockport, set out from the car park.")
ORCHARD_PEARS = Turn("How many pear trees were planted?",
                     "How many pear trees were planted (Ashcombe orchard)?", "28 [1]. The orchard "
                     "includes 64 apple, 28 pear, 16 plum and 12 cherry trees. [1]")
SKATE_CAMPAIGN = Turn("Who campaigned for it?", "Who campaigned for the work on Kingsworth?",
                      "Kieran Doyle [1]. Kieran Doyle, now 18, who led the campaign for the "
                      "park, said he was disappointed. [1]", "Kieran Doyle, now 18, who led the "
                      "campaign for the park, said he was disappointed.", "Anna Whitlock, who as "
                      "clerk had overseen the project, left the council in July. Kieran Doyle, "
                      "now 18, led the campaign for the Pelham park.")

TRIAL78_FOLLOWUPS = {
    "a word saying when a figure was (originally, at first, before) asks the last question's "
    "figure then, and is never part of the thing a later turn carries": [
        ([SKATE_COST], "What was it originally?",
         "What was the original cost of the Pelham skate park?"),
        ([turn("How much will the Kelby lido repairs cost?", "£2m [1]. The repairs will cost "
               "£2m. [1]")], "And at first?", "What was the first cost of the Kelby lido repairs?"),
        ([NEW_PATH_COST], "What was it initially?",
         "What was the initial cost of the new path (Sennacombe)?"),
        ([turn("How much rock came down at Sennacombe?", "5,000 tonnes [1]. About 5,000 tonnes "
               "came down. [1]")], "What was it at first?",
         "How much rock came down at Sennacombe at first?"),
        ([SKATE_COST, SKATE_ORIGINALLY], "When will it open?",
         "When will the Pelham skate park open?"),
        ([SKATE_COST, SKATE_ORIGINALLY], "Who led the campaign for it?",
         "Who led the campaign for the Pelham skate park?"),
        ([turn("How many members did the Kelby rowing club have at first?", "12 [1]. The club "
               "had 12 members at first. [1]")], "When was it founded?",
         "When was the Kelby rowing club founded?"),
        # a cost asked about opens and is campaigned for no more: the thing it is the cost of
        ([SKATE_COST, Turn("What was the original cost?", "What was the original cost (Pelham "
                           "skate park)?", "£340,000 [1]. Plans for a £340,000 skate park were "
                           "approved. [1]")],
         "When will it open?", "When will the Pelham skate park open?"),
        ([turn("How much will the new Kelby library cost?", "£2m [1]. The library will cost "
               "£2m. [1]"), turn("What was the first estimate?", "£1.2m [1]. The first "
                                 "estimate was £1.2m. [1]")],
         "When will it open?", "When will the new Kelby library open?"),
        # near miss: after a question asking for no figure, "it" is the thing asked about
        ([turn("Who owns the mill at Kelby?", "Ann Cole [1]. Ann Cole owns the mill. [1]")],
         "What was it originally?", "What was the mill originally?"),
    ],
    "a thing put for 'it' that names no story (the new path, the work) goes on with the story "
    "its question was asked with; a question of the pub goes on with the pub's story, not the "
    "newest turn's": [
        ([NEW_PATH_COST], "Who paid for it?", "Who paid for the new path (Sennacombe)?"),
        ([STATION_WORK], "Who campaigned for it?", "Who campaigned for the work on Kingsworth?"),
        ([STATION_WORK], "How long will it take?", "How long will the work take on Kingsworth?"),
        ([PUB_FIRST_PINT, PUB_AGED], "Who runs the pub now?", "Who runs the pub now (Plough Inn)?"),
        ([PUB_FIRST_PINT, PUB_AGED, ROAD_COST], "When will the shop at the pub open?",
         "When will the shop at the pub open (Plough Inn)?"),
        # (a word both stories say, the question's verb above all, tells neither: "open")
        ([turn("Who pulled the first pint at the Plough Inn?", "Tom Birch [1]. Tom Birch pulled "
               "the first pint at the pub. [1]"), ROAD_COST],
         "When will the shop at the pub open?", "When will the shop at the pub open (Plough Inn)?"),
        # the road's own question goes on with the road
        ([PUB_FIRST_PINT, PUB_AGED, ROAD_COST], "When will the road be open to traffic?",
         "When will Brackwell Road be open to traffic?"),
        # near miss: a thing named by a name of its own needs no story
        ([NEW_PATH_COST], "How long is it?", "How long is the new path (Sennacombe)?"),
    ],
    "a pronoun goes to someone the conversation's questions or replies named, not to a name "
    "only a passage of another story gave": [
        ([STATION_WORK, SKATE_CAMPAIGN], "How old is she?", "How old is she?"),
        # near miss: the passage of the story asked about still gives its names (trial 73)
        ([turn("Who won the Wexdale Ploughing Match?", "Emma and Kate Lowther [1]. The class "
               "was won by sisters Emma and Kate Lowther. [1]", "", "Jack Henshaw won the "
               "Wexdale Ploughing Match.")], "How old is he?", "How old is Jack Henshaw?"),
    ],
    "the other one of a pair is the other member the story names; an ellipsis of a count "
    "counts the other kind": [
        ([WALKERS, turn("How old was the father?", "I could not find the answer in the "
                        "articles.")], "And the other one?", "How old was the son?"),
        ([turn("How old was the son rescued from Carnmoor Edge?", "24 [1]. A 58-year-old man "
               "and his 24-year-old son were rescued. [1]")], "And the other one?",
         "How old was the father rescued from Carnmoor Edge?"),
        ([turn("How old is the mother at Wrexley?", "38 [1]. The mother, 38, and her "
               "daughter, 9, were unhurt. [1]")], "What about the other one?",
         "How old is the daughter at Wrexley?"),
        # a pair by sex when the story names both
        ([turn("How old is the father?", "40 [1]. The father, 40, and the mother, 38, were "
               "unhurt. [1]")], "And the other one?", "How old is the mother?"),
        ([ORCHARD_PEARS], "What about plum?",
         "How many plum trees were planted (Ashcombe orchard)?"),
        ([ORCHARD_PEARS], "What about the cherry trees?",
         "How many cherry trees were planted (Ashcombe orchard)?"),
        ([turn("How many oak saplings were planted at Kelby?", "200 [1]. 200 oak saplings were "
               "planted. [1]")], "And beech?", "How many beech saplings were planted at Kelby?"),
    ],
    "'they' after a refused 'Who runs ...?' are the ones asked for": [
        ([PUB_FIRST_PINT, PUB_AGED, refused_turn("Who runs the pub now?")],
         "Where did they work before?", "Where did the managers of the pub work before?"),
        ([refused_turn("Who manages the Kelby Arms?")], "How many staff will they employ?",
         "How many staff will the managers of the Kelby Arms employ?"),
        ([refused_turn("Who owns the Red Lion now?")], "When did they buy it?",
         "When did the owners of the Red Lion buy it?"),
    ],
}


VARNDELL_REPLACED = Turn(
    "Who did she replace?", "Who did Lucy Varndell replace?",
    "Fenna Rowe [2] (report of 2024-07-30). It was the first festival run by Lucy Varndell, 45, "
    "who took over as festival director in May after Sam Okafor stepped down for health "
    "reasons. [1] They were replaced at short notice by the Northumbrian singer Fenna Rowe. [2]",
    "It was the first festival run by Lucy Varndell, 45, who took over as festival director in "
    "May after Sam Okafor stepped down for health reasons. They were replaced at short notice "
    "by the Northumbrian singer Fenna Rowe.",
)

HALSALL_LOST = turn(
    "How much did Doreen Halsall lose to the fraudsters?", "£14,500 [1]. One of the victims, "
    "Doreen Halsall, 84, of Wren Close, lost £14,500. [1]", passage="Seven pensioners in "
    "Brackenfield have been tricked out of a total of £86,000 by fraudsters. One of the victims, "
    "Doreen Halsall, 84, of Wren Close, lost £14,500.",
)
HALSALL_AGED = Turn("How old is she?", "How old is Doreen Halsall?",
                    "84 [1]. Doreen Halsall, 84, lost £14,500. [1]")
SCARTH_ENGINES = turn(
    "How many fire engines were sent to Scarth Moor?", "12 [1]. About 60 firefighters and 12 "
    "fire engines were tackling the blaze. [1]", passage="Forty homes were evacuated as a fire "
    "spread across Scarth Moor. Fiona Daltry, a ranger, said ground-nesting birds were affected.",
)
ASKFIELD_BOY = Turn(
    "Was he charged?", "Was the 17-year-old boy from Askfield charged?", "A 17-year-old boy "
    "from Askfield has been arrested on suspicion of arson and released on bail. [1]",
    passage="A 17-year-old boy from Askfield has been arrested on suspicion of arson. Fiona "
    "Daltry, a ranger, said ground-nesting birds were affected.",
)
SOLAR_PANELS = turn("How many solar panels does Millbrook Primary have?", "186 [1]. The school "
                    "had 186 solar panels fitted on its roof. [1]")
SOLAR_PAID = Turn(
    "Who paid for them?", "Who paid for the solar panels?", "Greenwell Community Energy [1]. "
    "Greenwell Community Energy, a local co-operative, paid £60,000, a Department for Education "
    "grant covered £20,000 and the school's parent-teacher association raised the remaining "
    "£12,000. [1]",
)
SOLAR_PTA = Turn("How much did the PTA give?", "How much did the PTA give (Millbrook Primary)?",
                 "£12,000 [1]. The school's parent-teacher association raised the remaining "
                 "£12,000. [1]")

KELBY_ARMS = turn(
    "When will the Kelby Arms close?", "Friday [1]. The Kelby Arms will close on Friday. [1]",
    passage="The Kelby Arms will close on Friday after 200 years. Its 12 staff will lose their "
    "jobs.",
)
ARMS_LANDLORD = turn(
    "Who runs the Kelby Arms?", "Tom Reed [1]. Landlord Tom Reed, 61, runs the pub. [1]",
    passage="The Kelby Arms will close on Friday after 200 years. Landlord Tom Reed, 61, runs "
    "the pub. Its 12 staff will lose their jobs.",
)
ROVERS_CHAIR = turn("Who chairs Kelby Rovers?", "Ann Cole [1]. Ann Cole chairs the club. [1]")
HARGREAVES_REPORT = (
    "Hargreaves, the department store on Pollington High Street, will close on 30 March. The "
    "store employs 58 people. All of them will lose their jobs. Managing director Edward "
    "Hargreaves, 67, said it was hard."
)
HARGREAVES_CLOSING = turn(
    "When is Hargreaves closing?", "30 March [1]. Hargreaves, the department store on Pollington "
    "High Street, will close on 30 March. [1]", passage=HARGREAVES_REPORT,
)
HARGREAVES_AGED = Turn(
    "How old is he?", "How old is Edward Hargreaves?", "67 [1]. Managing director Edward "
    "Hargreaves, 67, said it was hard. [1]", passage=HARGREAVES_REPORT,
)
TREWIN_REPORT = (
    "Trewin, the family bakery in Kelby, has won a national award. Its 14 staff baked 3,000 "
    "pasties for the judges. Owner Jago Trewin, 52, said the bakery opened in 1921."
)
MOOR_ENGINES = turn(
    "How many fire engines were sent?", "12 [1]. 12 fire engines were sent. [1]",
    passage="A fire spread across Scarth Moor. Fiona Daltry, a ranger, said ground-nesting "
    "birds were affected.",
)

HARGREAVES_JOBS = Turn(
    "How many staff will lose their jobs?", "How many staff will lose their jobs (Hargreaves)?",
    "58 [1]. The store employs 58 people. [1]", passage=HARGREAVES_REPORT,
)
ARMS_JOBS = Turn(
    "How many staff will lose their jobs?", "How many staff will lose their jobs (Kelby Arms)?",
    "12 [1]. Its 12 staff will lose their jobs. [1]",
)

# Trial 79's conversations (Doreen Halsall of the courier fraud, the Tarnside choir), each kind
# with other wordings.
BEER_FESTIVAL = turn(
    "How much did the Harwick Beer Festival raise?", "£12,000 [1]. The Harwick Beer Festival "
    "raised £12,000. [1]", passage="The Harwick Beer Festival raised £12,000. Last year 9,000 "
    "people came on the Sunday alone. The cider prize was judged by Ann Cole in March.",
)

TRIAL79_FOLLOWUPS = {
    "a day or a month the question names is no name of its own story: it goes on with the "
    "conversation's": [
        ([turn("Who is the director of Brimmerdale Folk Festival?", "Lucy Varndell [1]. Lucy "
               "Varndell runs Brimmerdale Folk Festival. [1]", passage="Brimmerdale Folk "
               "Festival drew 7,200 people a day. Saturday's headliners, The Hollow Reeds, "
               "pulled out.")],
         "Who headlined on the Saturday?",
         "Who headlined on the Saturday (Brimmerdale Folk Festival)?"),
        ([BEER_FESTIVAL], "How many people came on the Sunday?",
         "How many people came on the Sunday (Harwick Beer Festival)?"),
        ([BEER_FESTIVAL], "Who judged the cider prize in March?",
         "Who judged the cider prize in March (Harwick Beer Festival)?"),
        # (a place is: left as asked)
        ([BEER_FESTIVAL], "Who judged the cider prize at Crufts?",
         "Who judged the cider prize at Crufts?"),
    ],
    "'it' after a question that named no thing but the story it was asked with is the thing "
    "that story is named for": [
        ([HARGREAVES_CLOSING, HARGREAVES_AGED, HARGREAVES_JOBS],
         "What did the council leader say about it?",
         "What did the council leader say about Hargreaves?"),
        ([HARGREAVES_CLOSING, HARGREAVES_AGED, HARGREAVES_JOBS], "When did it open?",
         "When did Hargreaves open?"),
        ([KELBY_ARMS, ARMS_JOBS], "Who owns it?", "Who owns the Kelby Arms?"),
        ([KELBY_ARMS, ARMS_JOBS], "How old is its building?",
         "How old is the Kelby Arms’ building?"),
        # (a story of several things is no "it")
        ([Turn("How many homes were targeted?", "How many homes were targeted (Kestleford "
               "burglaries)?", "14 [1]. 14 homes were burgled. [1]")],
         "When did it start?", "When did it start?"),
    ],
    "a shop named for its family ('Hargreaves, the department store') is a thing, not its "
    "owner's surname; and a question of the owner goes on with the shop's story, not with the "
    "street its report sets the shop in": [
        ([HARGREAVES_CLOSING, HARGREAVES_AGED], "How many staff will lose their jobs?",
         "How many staff will lose their jobs (Hargreaves)?"),
        ([HARGREAVES_CLOSING, HARGREAVES_AGED], "How many people does it employ?",
         "How many people does Hargreaves employ?"),
        ([turn("What did Trewin win?", "A national award [1]. Trewin, the family bakery in "
               "Kelby, has won a national award. [1]", passage=TREWIN_REPORT),
          Turn("Who owns it?", "Who owns Trewin?", "Jago Trewin [1]. Owner Jago Trewin, 52, "
               "said the bakery opened in 1921. [1]", passage=TREWIN_REPORT),
          Turn("How old is he?", "How old is Jago Trewin?", "52 [1]. Owner Jago Trewin, 52, "
               "said the bakery opened in 1921. [1]", passage=TREWIN_REPORT)],
         "How many pasties were baked for the judges?",
         "How many pasties were baked for the judges (Trewin)?"),
    ],
    "turns naming no story before the one that named it are that story's when their replies "
    "say its name, though the naming turn was refused and speaks of nothing": [
        ([MOOR_ENGINES, Turn("Who owns the moor?", "Who owns Scarth Moor?", REFUSED_TURN)],
         "Which birds did the ranger say were affected?",
         "Which birds did the ranger say were affected (Scarth Moor)?"),
        ([turn("How many people were rescued?", "Three [1]. Three anglers were rescued. [1]",
               passage="Three anglers were rescued off Polventon Head by the Kelby lifeboat. "
               "The coxswain said the sea was rough."),
          Turn("Where is the headland?", "Where is Polventon Head?", REFUSED_TURN)],
         "What did the coxswain say about the sea?",
         "What did the coxswain say about the sea (Polventon Head)?"),
        # (replies that never say the name are of no story: left as asked)
        ([turn("How many fire engines were sent?", "12 [1]. 12 fire engines were sent. [1]",
               passage="A fire spread across the moor. A ranger said birds were affected."),
          Turn("Who owns the moor?", "Who owns Scarth Moor?", REFUSED_TURN)],
         "Which birds did the ranger say were affected?",
         "Which birds did the ranger say were affected?"),
    ],
    "a possessive its own clause's subject owns ('How many staff will lose their jobs?') is "
    "no name of the conversation: none is put in, and the question goes on with the story": [
        ([KELBY_ARMS], "How many staff will lose their jobs?",
         "How many staff will lose their jobs (Kelby Arms)?"),
        ([KELBY_ARMS, ARMS_LANDLORD], "How many workers lost their jobs?",
         "How many workers lost their jobs (Kelby Arms)?"),
        ([ARMS_LANDLORD], "Will the staff get their wages?",
         "Will the staff get their wages (Kelby Arms)?"),
        ([ARMS_LANDLORD], "Which councillor lost his seat?", "Which councillor lost his seat?"),
        ([ROVERS_CHAIR], "How much did the council raise its rent by?",
         "How much did the council raise its rent by?"),
        ([ROVERS_CHAIR], "When did the players get their medals?",
         "When did the players get their medals?"),
        # (a pronoun no subject of its clause owns is still the conversation's: "his" after
        # "is", the one the police found, "her dog" found by the police)
        ([ARMS_LANDLORD], "How old is his wife?", "How old is Tom Reed’s wife?"),
        ([turn("Who is missing from Kelby?", "Ann Cole [1]. Ann Cole, 80, is missing. [1]")],
         "When did the police find her?", "When did the police find Ann Cole?"),
        ([turn("Who is missing from Kelby?", "Ann Cole [1]. Ann Cole, 80, is missing. [1]")],
         "Did the police find her dog?", "Did the police find Ann Cole’s dog?"),
    ],
    "a pronoun inside quoted speech is the speaker's word for someone else and tells nothing "
    "of the name before it": [
        ([turn("How much did Doreen Halsall lose to the fraudsters?", "£14,500 [1]. One of the "
               "victims, Doreen Halsall, 84, of Wren Close, lost £14,500. [1]", passage="One of "
               "the victims, Doreen Halsall, 84, of Wren Close, lost £14,500. \"He sounded so "
               "official, and he knew my name and my bank,\" she said.")],
         "How old is she?", "How old is Doreen Halsall?"),
        ([turn("How much did Doreen Halsall lose to the fraudsters?", "£14,500 [1]. One of the "
               "victims, Doreen Halsall, 84, of Wren Close, lost £14,500. [1]", passage="One of "
               "the victims, Doreen Halsall, 84, of Wren Close, lost £14,500. \"He sounded so "
               "official,\" she said.")],
         "Which street does she live on?", "Which street does Doreen Halsall live on?"),
        ([turn("How much did Kester Vaughan lose?", "£9,000 [1]. Kester Vaughan, 70, of Mill "
               "Lane, lost £9,000. [1]", passage="Kester Vaughan, 70, of Mill Lane, lost £9,000. "
               "\"She told me my account was at risk,\" he said.")],
         "How old is he?", "How old is Kester Vaughan?"),
        ([turn("How much did Morwenna Tulloch win?", "£2,000 [1]. Morwenna Tulloch, 66, won "
               "£2,000. [1]", passage="Morwenna Tulloch, 66, won £2,000. “He rang to say I had "
               "won,” she said.")],
         "Where does she live?", "Where does Morwenna Tulloch live?"),
    ],
    "a choir, an orchestra, a band is no 'she' beside the one who founded it": [
        ([turn("Who founded Tarnside Community Choir?", "Rhian Prosser [1]. The choir was "
               "founded in 2009 by Rhian Prosser. [1]")],
         "How old is she?", "How old is Rhian Prosser?"),
        ([turn("Who founded Holmby Chamber Orchestra?", "Ifeoma Bassey [1]. Holmby Chamber "
               "Orchestra was founded by Ifeoma Bassey. [1]")],
         "How old is she?", "How old is Ifeoma Bassey?"),
        ([turn("Who founded Kelby Silver Band?", "Idris Vaughan [1]. Kelby Silver Band was "
               "founded by Idris Vaughan in 1990. [1]")],
         "Where does he work?", "Where does Idris Vaughan work?"),
    ],
    "an 'it' that goes up or falls after a cost or a price was asked is that figure, never "
    "the thing it is the figure of": [
        ([Turn("What was it originally?", "What was the original cost of the Kelderby Cathedral "
               "roof repairs?", "£2.4m [1]. The repairs are expected to cost £2.4m in total. [1]")],
         "Why did it go up?", "Why did the cost of the Kelderby Cathedral roof repairs go up?"),
        ([SKATE_COST], "Why has it gone up?", "Why has the cost of the Pelham skate park gone up?"),
        ([turn("What is the price of a season ticket at Kelby Rovers?", "£240 [1]. A season "
               "ticket costs £240. [1]")],
         "When did it rise?", "When did the price of a season ticket at Kelby Rovers rise?"),
        ([NEW_PATH_COST], "How much has it gone up by?",
         "How much has the cost of the new path gone up by (Sennacombe)?"),
    ],
    "'there' is the church, the school or the town the newest turn named, by its name before "
    "a noun too ('Eastholme council tax')": [
        ([Turn("Why did it go up?", "Why did the cost of the Kelderby Cathedral roof repairs go "
               "up?", "Rot [1]. Roofers found that 23 of the roof's 41 main beams had been "
               "damaged by deathwatch beetle and wet rot. [1]")],
         "Who is the dean there?", "Who is the dean at Kelderby Cathedral?"),
        ([turn("How many pupils does Millbrook Primary have?", "210 [1]. Millbrook Primary has "
               "210 pupils. [1]")],
         "Who is the head teacher there?", "Who is the head teacher at Millbrook Primary?"),
        ([turn("How tall is the spire of Holmby Minster?", "64 metres [1]. The spire is 64 "
               "metres tall. [1]")],
         "Who is the vicar there?", "Who is the vicar at Holmby Minster?"),
        ([turn("Who is the cabinet member for transport at Wessington County Council?", "Priya "
               "Natarajan [1]. Priya Natarajan is the cabinet member for transport. [1]"),
          turn("By how much is Eastholme council tax going up?", "4.99% [1]. Council tax in "
               "Eastholme will rise by 4.99%. [1]")],
         "Who is the council leader there?", "Who is the council leader in Eastholme?"),
        ([turn("Who is the cabinet member for transport at Wessington County Council?", "Priya "
               "Natarajan [1]. Priya Natarajan is the cabinet member for transport. [1]"),
          turn("How many Kelby residents signed the petition?", "1,200 [1]. The petition was "
               "signed by 1,200 people. [1]")],
         "Who is the MP there?", "Who is the MP in Kelby?"),
        ([turn("How many Marsden households lost power?", "300 [1]. 300 homes lost power. [1]")],
         "How long did the cut last there?", "How long did the cut last in Marsden?"),
    ],
    "a 'he' or 'she' asked why or when they did something is the one the reply says did it, "
    "not the name it led with": [
        ([VARNDELL_REPLACED], "Why did he step down?", "Why did Sam Okafor step down?"),
        ([VARNDELL_REPLACED], "When did he step down?", "When did Sam Okafor step down?"),
        ([turn("Who did Priya Shah replace as head?", "Jo Fenwick [2]. Priya Shah became head "
               "after Alex Rudd retired in July. [1] The deputy post went to Jo Fenwick. [2]")],
         "When did he retire?", "When did Alex Rudd retire?"),
        ([turn("Who chairs Kelby Rovers?", "Ann Cole [1]. Ann Cole took over from Marion Hey, "
               "who quit last year. [1]")],
         "Why did she quit?", "Why did Marion Hey quit?"),
    ],
    "a bare 'Who was arrested?' after turns naming only a person goes on with the place her "
    "report is set in": [
        ([HALSALL_LOST, HALSALL_AGED], "Who was arrested?", "Who was arrested in Brackenfield?"),
        ([turn("How much was Alun Pryce fined?", "£400 [1]. Alun Pryce, 52, was fined £400. [1]",
               passage="Three anglers were fined at Kelby Magistrates' Court after fishing "
               "illegally. Alun Pryce, 52, was fined £400.")],
         "Who was charged?", "Who was charged at Kelby Magistrates' Court?"),
        # (a report setting itself in no place: left as asked)
        ([turn("How old is Ann Cole?", "61 [1]. Ann Cole, 61, said. [1]",
               passage="A woman has been hurt. Ann Cole, 61, said.")],
         "Who was arrested?", "Who was arrested?"),
    ],
    "where one asked about is from ('the boy from Askfield') is no story a later question "
    "goes on with": [
        ([SCARTH_ENGINES, ASKFIELD_BOY], "Which birds did the ranger say were affected?",
         "Which birds did the ranger say were affected (Scarth Moor)?"),
        ([turn("How many fire engines were sent?", "12 [1]. 12 fire engines were sent. [1]"),
          ASKFIELD_BOY],
         "Which birds did the ranger say were affected?",
         "Which birds did the ranger say were affected?"),
    ],
    "'the moor', 'the choir', 'the cathedral' are the one the conversation named": [
        ([SCARTH_ENGINES, ASKFIELD_BOY], "Who owns the moor?", "Who owns Scarth Moor?"),
        ([turn("How much will the roof repairs at Kelderby Cathedral cost?", "£3.1m [1]. The "
               "repairs at Kelderby Cathedral will cost £3.1m. [1]")],
         "When was the cathedral built?", "When was Kelderby Cathedral built?"),
    ],
    "initials the last reply spelled out ('the PTA' of 'the parent-teacher association') are "
    "the conversation's story, not a story of their own": [
        ([SOLAR_PANELS, SOLAR_PAID], "How much did the PTA give?",
         "How much did the PTA give (Millbrook Primary)?"),
        ([turn("How much did the new Kelby lifeboat cost?", "£2m [1]. The lifeboat cost £2m. "
               "[1]"),
          turn("Who paid for it?", "The Royal National Lifeboat Institution [1]. The Royal "
               "National Lifeboat Institution paid £1.5m. [1]")],
         "How much did the RNLI give?", "How much did the RNLI give (new Kelby lifeboat)?"),
    ],
    "'them' installed, fitted, made or built is the things the conversation asked about, "
    "never the body that paid": [
        ([SOLAR_PANELS, SOLAR_PAID, SOLAR_PTA], "Who installed them?",
         "Who installed the solar panels?"),
        ([SOLAR_PANELS, SOLAR_PAID, SOLAR_PTA], "Who fitted them?",
         "Who fitted the solar panels?"),
        ([turn("How many new benches did Kelby council buy?", "40 [1]. The council bought 40 "
               "benches. [1]"),
          turn("How much did the council pay?", "£12,000 [1]. The council paid £12,000. [1]")],
         "Who made them?", "Who made the new benches?"),
    ],
    "'that firm', 'this company' is the one of that kind the last reply named": [
        ([Turn("Who installed them?", "Who installed the solar panels (Millbrook Primary)?",
               "Sunfold Energy [1]. The panels were installed over the summer holidays by "
               "Sunfold Energy, a firm from Leeds. [1]")],
         "Where is that firm based?", "Where is Sunfold Energy based?"),
        ([turn("Who built the new stand?", "Harbin Construction [1]. The stand was built by "
               "Harbin Construction, a company from York. [1]")],
         "How many people does this company employ?",
         "How many people does Harbin Construction employ?"),
        # (no firm named: left as asked)
        ([turn("Who installed the panels?", "Pat Lowe [1]. Pat Lowe fitted them. [1]")],
         "Where is that firm based?", "Where is that firm based?"),
    ],
    "'its chairman', 'its manager' is the post of the body the last question was asked of, not "
    "of the one it got money from": [
        ([turn("How much did Fellside Tennis Club get from the LTA?", "£120,000 [1]. Fellside "
               "Tennis Club has been awarded £120,000 by the Lawn Tennis Association (LTA). [1]")],
         "Who is its chairman?", "Who is Fellside Tennis Club’s chairman?"),
        ([turn("How much did Kelby Rovers get from the FA?", "£50,000 [1]. Kelby Rovers got "
               "£50,000 from the FA. [1]")],
         "Who is its manager?", "Who is Kelby Rovers’ manager?"),
    ],
}

# Trial 80's conversations (the Holmwick warden, the Kelsall Park tram), each kind with other
# wordings.
WARDEN_PASSAGE = (
    "She replaces Keith Barraclough, 67, who is retiring after 22 years as warden. \"Holmwick "
    "is where I saw my first warbler,\" said Dr Catterall, who grew up in Fenby. She will be "
    "assisted by Tom Pryke, 26."
)
WARDEN_CITED = (
    "Holmwick Point Bird Observatory has appointed its first woman warden, and it will rebuild "
    "the Heligoland trap. She replaces Keith Barraclough, 67, who is retiring after 22 years as "
    "warden."
)
WARDEN_ASKED = turn(
    "Who is the new warden at Holmwick Point Bird Observatory?", "Heligoland [1]. "
    + WARDEN_CITED, WARDEN_CITED, WARDEN_PASSAGE,
)
WARDEN_BEFORE = Turn(
    "How long was he warden?", "How long was Keith Barraclough warden?", "22 years [1]. She "
    "replaces Keith Barraclough, 67, who is retiring after 22 years as warden. [1]",
    passage=WARDEN_PASSAGE,
)
TRAM_LEAD = Turn(
    "Who is the lead member for transport?", "Who is the lead member for transport (Kelsall "
    "Park tram extension)?", "Yusuf Harcourt [1]. Councillor Yusuf Harcourt, 49, the lead "
    "member for transport, said it would be busy. [1]",
)
TRAM_REPLACED = Turn(
    "Who did she replace?", "Who did Cllr Nadia Brennan replace?", "Elm Cross [1]. He has been "
    "replaced by Cllr Nadia Brennan, 38, who represents Elm Cross ward. [1]", passage="Cllr "
    "Yusuf Harcourt has stood down as lead member for transport after being appointed deputy "
    "mayor. He has been replaced by Cllr Nadia Brennan, 38, who represents Elm Cross ward.",
)

COTTAGES_BOUGHT = turn(
    "Who bought the lighthouse keepers' cottages at Carrick Ness?", "Hugh Langridge [1]. The "
    "buyers are Dr Hugh Langridge, 61, and his wife Sofia, 58. [1]",
    "The buyers are Dr Hugh Langridge, 61, and his wife Sofia, 58.",
)
COTTAGES_BUYER_AGED = Turn(
    "How old is he?", "How old is Dr Hugh Langridge?", "61 [1]. The buyers are Dr Hugh "
    "Langridge, 61, and his wife Sofia, 58. [1]",
)
HOSPITAL_REFUSED = turn("How many stables does the Ashcombe equine hospital have?", REFUSED_TURN)
COTTAGES_KEEPER = turn(
    "Who was the last keeper to live in the cottages?", "Mary [1]. The lighthouse was "
    "automated in 1989, and the last people to live in the cottages were principal keeper "
    "Arthur Jago and his wife Mary. [1]",
)
ROVERS_WON = turn(
    "Who scored for Kelby Rovers in the cup final?", "Sam Hale [1]. Sam Hale scored twice as "
    "Kelby Rovers won the cup final. [1]",
)
ZOO_PENGUINS = turn("How many penguins does Fenwick Zoo have?", REFUSED_TURN)

TRIAL80_FOLLOWUPS = {
    "a name ending in a noun for a venue ('... Bird Observatory', 'Kelby Lido') is a body, "
    "never 'she'; nor is a place a quoted speech opens with the 'she' said after it": [
        ([WARDEN_ASKED], "Who is she replacing?", "Who is Dr Catterall replacing?"),
        ([WARDEN_ASKED, WARDEN_BEFORE], "How old is she?", "How old is Dr Catterall?"),
        ([WARDEN_ASKED, WARDEN_BEFORE], "Who is her assistant?",
         "Who is Dr Catterall’s assistant?"),
        ([turn("How much did the appeal raise?", "£9,000 [1]. Fenwick Zoo raised £9,000 for "
               "its new aviary. [1] She replaces Tom Reed as director. [2]",
               passage="Dr Ann Lowe runs Fenwick Zoo.")],
         "How old is she?", "How old is Dr Ann Lowe?"),
        ([turn("Who is the new head at Kelby Academy?", "Tom Reed [1]. Tom Reed, 60, is "
               "retiring. [1]", passage="Tom Reed, 60, is retiring. \"Kelby is where I grew "
               "up,\" said Dr Ann Lowe. She will start in May.")],
         "When will she start?", "When will Dr Ann Lowe start?"),
        # (a given name opening it makes a person: "Tom Mill" is a "he")
        ([turn("Who scored for Kelby?", "Tom Mill [1]. Tom Mill scored twice. [1]")],
         "How old is he?", "How old is Tom Mill?"),
    ],
    "a turn naming no story is of the story whose turns its question speaks of, not of a lone "
    "question of another story asked just before it": [
        ([COTTAGES_BOUGHT, COTTAGES_BUYER_AGED, HOSPITAL_REFUSED, COTTAGES_KEEPER],
         "When was the lighthouse automated?",
         "When was the lighthouse automated at Carrick Ness?"),
        ([COTTAGES_BOUGHT, COTTAGES_BUYER_AGED, HOSPITAL_REFUSED],
         "Who was the last keeper to live in the cottages?",
         "Who was the last keeper to live in the cottages at Carrick Ness?"),
        ([ROVERS_WON, ZOO_PENGUINS, turn("Who was in goal?", "Tom Reed [1]. Tom Reed kept a "
                                         "clean sheet in the final. [1]")],
         "How many fans watched the final?",
         "How many fans watched the final (Kelby Rovers)?"),
        # (what the newest story's turn speaks of goes on with it)
        ([ROVERS_WON, ZOO_PENGUINS], "How many penguins were born this year?",
         "How many penguins were born this year (Fenwick Zoo)?"),
    ],
    "an object 'her' before an adverb ('find her yesterday', 'see her last?') owns nothing; "
    "before a noun it does": [
        ([turn("Who is missing from Kelby?", "Ann Cole [1]. Ann Cole, 80, is missing. [1]")],
         "Did the police find her yesterday?", "Did the police find Ann Cole yesterday?"),
        ([turn("Who is missing from Kelby?", "Ann Cole [1]. Ann Cole, 80, is missing. [1]")],
         "When did they see her last?", "When did they see Ann Cole last?"),
        ([turn("Who is missing from Kelby?", "Ann Cole [1]. Ann Cole, 80, is missing. [1]")],
         "Was she found alive?", "Was Ann Cole found alive?"),
        ([turn("Who won the Kelby 10k?", "Ann Cole [1]. Ann Cole won the Kelby 10k. [1]")],
         "When was her last race?", "When was Ann Cole’s last race?"),
        ([turn("Who is missing from Kelby?", "Ann Cole [1]. Ann Cole, 80, is missing. [1]")],
         "Did the police find her dog yesterday?", "Did the police find Ann Cole’s dog yesterday?"),
    ],
    "a place does not happen: 'it' of 'When did it happen?' after a deed asked of a place is "
    "the deed, asked in that place": [
        ([turn("Who was arrested in Brackenfield?", "A 34-year-old man [1]. A 34-year-old man "
               "was arrested in Brackenfield. [1]", "A 34-year-old man was arrested in "
               "Brackenfield.")],
         "When did it happen?", "When did it happen in Brackenfield?"),
        ([turn("Who was stabbed in Kelby?", "A 19-year-old man [1]. A 19-year-old man was "
               "stabbed in Kelby. [1]", "A 19-year-old man was stabbed in Kelby.")],
         "What time did it take place?", "What time did it take place in Kelby?"),
        # (a happening named is what happened)
        ([turn("What caused the fire in Kelby?", "A heater [1]. The fire in Kelby was caused by "
               "a heater. [1]")],
         "When did it happen?", "When did the fire happen?"),
    ],
    "'there' is never a person whose title says so ('Dr Imogen Catterall’s assistant'); a "
    "place's own ('Lindley Royal’s performance') still is": [
        ([WARDEN_ASKED, Turn("Who is her assistant?", "Who is Dr Imogen Catterall’s assistant?",
                             "Tom Pryke [1]. She will be assisted by Tom Pryke, 26. [1]")],
         "How many birds were ringed there in 2023?",
         "How many birds were ringed at Holmwick Point Bird Observatory in 2023?"),
        # (and with no place in the last turn, "there" is where the conversation's story is)
        ([WARDEN_ASKED, Turn("Who is her assistant?", "Who is Dr Imogen Catterall’s assistant?",
                             "Tees Valley Wildlife Partnership [1]. Dr Imogen Catterall, 34, was "
                             "an assistant ecologist with the Tees Valley Wildlife Partnership. "
                             "[1]", "Dr Imogen Catterall, 34, was an assistant ecologist with "
                             "the Tees Valley Wildlife Partnership.")],
         "How many birds were ringed there in 2023?",
         "How many birds were ringed at Holmwick Point Bird Observatory in 2023?"),
        ([turn("Who is Mr Tom Reed’s deputy?", "Ann Cole [1]. Ann Cole is his deputy. [1]")],
         "How many people work there?", "How many people work there?"),
        ([turn("Who is Councillor Reed’s deputy?", "Ann Cole [1]. Ann Cole is his deputy. [1]")],
         "How many people live there?", "How many people live there?"),
    ],
    "a name said before a word for a ward, a district or a site ('Elm Cross ward') is that "
    "place, never 'he' or 'she'; the man the turn's report names is": [
        ([TRAM_LEAD, TRAM_REPLACED], "Why did he stand down?",
         "Why did Councillor Yusuf Harcourt stand down?"),
        ([TRAM_LEAD, TRAM_REPLACED], "How old is he?", "How old is Councillor Yusuf Harcourt?"),
        ([turn("Who did Ann Cole beat?", "Riverside [1]. Ann Cole, who will represent "
               "Riverside ward, beat Councillor Tom Reed. [1]", "Ann Cole, who will represent "
               "Riverside ward, beat Councillor Tom Reed.")],
         "How many votes did he get?", "How many votes did Councillor Tom Reed get?"),
        ([turn("Who runs the allotments?", "Hale Bank [1]. Ann Cole looks after the Hale Bank "
               "site for the council. [1]", "Ann Cole looks after the Hale Bank site for the "
               "council.")],
         "How long has she done it?", "How long has Ann Cole done it?"),
        # (a lower-case word of what one does is no place: "Sam Hale, a parish councillor")
        ([turn("Who replaced him?", "Sam Hale [1]. Sam Hale, a parish councillor, took over. "
               "[1]")],
         "How old is he?", "How old is Sam Hale?"),
    ],
}


# Trial 80's conversations again (the cottages' buyers, the warden answered by a trap, the food
# bank answered by its funder), each kind with other wordings.
COTTAGES_PAIR = turn(
    "Who bought the lighthouse keepers' cottages at Carrick Ness?", "Hugh Langridge, 61, a "
    "retired anaesthetist, and his wife Sofia [1]. The buyers are Dr Hugh Langridge, 61, a "
    "retired anaesthetist, and his wife Sofia, 58, a ceramicist. [1]",
    "The buyers are Dr Hugh Langridge, 61, a retired anaesthetist, and his wife Sofia, 58, a "
    "ceramicist.",
)
WARDEN_TRAP = turn(
    "Who is the new warden at Holmwick Point Bird Observatory?", "Heligoland [1]. Holmwick "
    "Point Bird Observatory has appointed its first woman warden, and it will rebuild the "
    "Heligoland trap. [1]",
    "Holmwick Point Bird Observatory has appointed its first woman warden, and it will rebuild "
    "the Heligoland trap.",
)
WARDEN_TRAP_REPLACED = Turn(
    "Who is she replacing?", "Who is the new warden at Holmwick Point Bird Observatory "
    "replacing?", "Keith Barraclough [1]. She replaces Keith Barraclough, 67, who is retiring "
    "after 22 years as warden. [1]", "She replaces Keith Barraclough, 67, who is retiring after "
    "22 years as warden.",
)
FOOD_BANK_FUNDER = [
    turn("Who founded Hartsford Community Food Bank?", "Hartsford Building Society [1]. "
         "Collection points are at the Hartsford Building Society branch. [1]",
         "Collection points are at the Hartsford Building Society branch."),
    Turn("How old is he?", "How old is Rev Peter Stanhope?", "74 [1]. Grace Adeyemi took over "
         "from the food bank's founder, the Rev Peter Stanhope, 74. [1]",
         "Grace Adeyemi took over from the food bank's founder, the Rev Peter Stanhope, 74."),
    Turn("When did she take over?", "When did Grace Adeyemi take over?", "January [1]. Grace "
         "Adeyemi took over in January from the food bank's founder. [1]",
         "Grace Adeyemi took over in January from the food bank's founder."),
]
TRAM_OPTIONS = [
    turn("How much will Option A of the Kelsall Park tram extension cost?", "£355 million [1]. "
         "The cost of Option A, along Dunmere Road, is now put at £355 million. [1] The "
         "consultation on a tram extension to Kelsall Park has been extended. [2]"),
    Turn("What was it originally?", "What was the original cost of Option A of the Kelsall "
         "Park tram extension?", "£310 million [1]. Option A would run along Dunmere Road at a "
         "cost of £310 million. [1]"),
]
BYPASS_PHASES = [
    turn("How much will Phase 2 of the Kelby bypass cost?", "£40 million [1]. Phase 2 of the "
         "Kelby bypass will cost £40 million. [1] Work on the Kelby bypass began in 2022. [2]"),
    Turn("What was it originally?", "What was the original cost of Phase 2 of the Kelby "
         "bypass?", "£30 million [1]. Phase 2 was first put at £30 million. [1]"),
]
SHEEP_CHARGED = (
    "Darren Kell, 41, of Skelby, and Liam Royce, 33, of Brackton, were each charged with theft."
)
SHEEP_YOUNGER = Turn(
    "How old is the younger one?", "How old is the younger one (Fellbridge sheep theft)?",
    f"41 [1]. {SHEEP_CHARGED} [1]", SHEEP_CHARGED,
)

TRIAL81_FOLLOWUPS = {
    "'they' paying, spending or bidding after 'Who bought X?' are the buyers the reply named "
    "together (past an age and a calling), never X, though X is said with where it is": [
        ([COTTAGES_PAIR], "How much did they pay?",
         "How much did Dr Hugh Langridge and Sofia pay for the lighthouse keepers' cottages at "
         "Carrick Ness?"),
        ([COTTAGES_PAIR], "How old are they?", "How old are Dr Hugh Langridge and Sofia?"),
        ([turn("Who bought the miners' cottages at Pelham?", "Ann and Tom Cole [1]. Ann and Tom "
               "Cole bought the miners' cottages. [1]")],
         "How much did they spend on them?",
         "How much did Ann and Tom Cole spend on the miners' cottages?"),
        # (a refused reply named no buyer: they are the buyers, still not the cottages)
        ([turn("Who bought the old coastguard cottages in Kelby?", REFUSED_TURN)],
         "How much did they pay?",
         "How much did the buyers pay for the old coastguard cottages in Kelby?"),
        ([turn("Who bought the stables at Kelby?", REFUSED_TURN)], "How much did they bid?",
         "How much did the buyers bid?"),
        # (what was bought is still what was built)
        ([turn("Who bought the stables at Kelby?", "Sam Hale [1]. Sam Hale bought the stables. "
               "[1]")],
         "When were they built?", "When were the stables built?"),
        # (a turn between, asked of one buyer, keeps what they paid for in view)
        ([COTTAGES_PAIR, Turn("How old is he?", "How old is Dr Hugh Langridge?", "61 [1]. The "
                              "buyers are Dr Hugh Langridge, 61, and his wife Sofia, 58. [1]")],
         "How much did they pay?",
         "How much did Dr Hugh Langridge and Sofia pay for the lighthouse keepers' cottages at "
         "Carrick Ness?"),
        # (and what is done to a thing sold is done to the thing, never to the pair who bought
        # it)
        ([COTTAGES_PAIR], "How much were they sold for?",
         "How much were the lighthouse keepers' cottages sold for?"),
        ([turn("Who bought the cottages at Kelby?", "Tom and Ann Reed [1]. Tom and Ann Reed "
               "bought the cottages. [1]")],
         "When were they put up for sale?", "When were the cottages put up for sale?"),
        ([turn("Who bought the cottages at Kelby?", "Tom and Ann Reed [1]. Tom and Ann Reed "
               "bought the cottages. [1]")],
         "How old are they?", "How old are Tom and Ann Reed?"),
    ],
    "a reply's word that its text says only as a thing's name ('the Heligoland trap') is no "
    "'she'; the one the question asked for is, and owns by 'of'": [
        ([WARDEN_TRAP], "Who is her assistant?",
         "Who is the assistant of the new warden at Holmwick Point Bird Observatory?"),
        ([WARDEN_TRAP], "Who is she replacing?",
         "Who is the new warden at Holmwick Point Bird Observatory replacing?"),
        ([WARDEN_TRAP], "How old is she?",
         "How old is the new warden at Holmwick Point Bird Observatory?"),
        ([turn("Who is the new head teacher at Kelby Academy?", "Kelby Academy [1]. Kelby "
               "Academy has appointed its first woman head teacher. [1]")],
         "Who is her deputy?", "Who is the deputy of the new head teacher at Kelby Academy?"),
        # (a verb after the name says one did it: a person still)
        ([turn("Who opened the fete?", "Duke of Kelby [1]. The Duke of Kelby opened the fete. "
               "[1]")],
         "How old is he?", "How old is Duke of Kelby?"),
        # (and turns on, while no one of them is known to be her, "she" is the one just put
        # for "she")
        ([WARDEN_TRAP, WARDEN_TRAP_REPLACED], "How old is she?",
         "How old is the new warden at Holmwick Point Bird Observatory?"),
        ([WARDEN_TRAP, WARDEN_TRAP_REPLACED, Turn(
            "How long was he warden?", "How long was Keith Barraclough warden?", "22 years [1]. "
            "She replaces Keith Barraclough, 67, who is retiring after 22 years as warden. [1]",
            "She replaces Keith Barraclough, 67, who is retiring after 22 years as warden.")],
         "Who is her assistant?",
         "Who is the assistant of the new warden at Holmwick Point Bird Observatory?"),
        # (nor is a village said by its kind, nor where the one asked for works)
        ([turn("Who is the new warden at Kelby Nature Reserve?", "Fenby [1]. The new warden "
               "grew up in the nearby village of Fenby. [1]", "The new warden grew up in the "
               "nearby village of Fenby.")],
         "How old is she?", "How old is the new warden at Kelby Nature Reserve?"),
        ([turn("Who is the new vicar of St Anne's?", "Pelham [1]. St Anne's has joined the "
               "Pelham benefice. [1]", "St Anne's has joined the Pelham benefice.")],
         "When will she start?", "When will the new vicar of St Anne's start?"),
    ],
    "'they' reaching back past turns that went on about the body a who-question named is that "
    "body, not the name its (wrong) reply gave and no turn said again": [
        (FOOD_BANK_FUNDER, "How many parcels did they give out between April and October?",
         "How many parcels did Hartsford Community Food Bank give out between April and "
         "October?"),
        (FOOD_BANK_FUNDER, "How many volunteers do they have?",
         "How many volunteers do Hartsford Community Food Bank have?"),
        # (and "it", which had been either of the two)
        (FOOD_BANK_FUNDER, "When will it move?", "When will Hartsford Community Food Bank move?"),
        (FOOD_BANK_FUNDER, "How many parcels did it give out between April and October?",
         "How many parcels did Hartsford Community Food Bank give out between April and "
         "October?"),
        # (a body the turns since said again is still the one meant)
        ([turn("Who sponsors Kelby Rovers?", "Kelby Building Society [1]. Kelby Building "
               "Society sponsors the club. [1]"),
          Turn("How much do they give?", "How much does Kelby Building Society give?", "£5,000 "
               "[1]. Kelby Building Society gives £5,000 a year. [1]"),
          turn("Who is the manager?", "Sam Hale [1]. Sam Hale manages the club. [1]")],
         "When did they start the deal?", "When did Kelby Building Society start the deal?"),
    ],
    "'And <a time>?' puts the new time for the span the question was asked of ('between April "
    "and October', 'from May to July 2024', 'since January'), a period asked 'in'": [
        ([Turn("How many parcels did they give out between April and October?", "How many "
               "parcels did Hartsford Community Food Bank give out between April and October?",
               "11,640 [1]. The food bank gave out 11,640 parcels between April and October "
               "2024. [1]")],
         "And the same period last year?",
         "How many parcels did Hartsford Community Food Bank give out in the same period last "
         "year?"),
        ([turn("How many visitors did Kelby Museum have from May to July 2024?", "12,000 [1].")],
         "And the previous year?", "How many visitors did Kelby Museum have in the previous "
         "year?"),
        ([turn("How many calls did Kelby lifeboat answer since January?", "40 [1].")],
         "What about last year?", "How many calls did Kelby lifeboat answer last year?"),
        ([turn("How many people swam at the lido in June?", "9,000 [1].")],
         "And the same month last year?",
         "How many people swam at the lido in the same month last year?"),
        # (and a span for a span)
        ([turn("How many parcels did Kelby food bank give out between April and October?",
               "11,640 [1].")],
         "And between November and March?",
         "How many parcels did Kelby food bank give out between November and March?"),
        ([turn("How many visitors did Kelby Museum have in 2023?", "12,000 [1].")],
         "And between January and June 2024?",
         "How many visitors did Kelby Museum have between January and June 2024?"),
        ([turn("How many parcels did Kelby food bank give out between April and October?",
               "11,640 [1].")],
         "What about from May to July?",
         "How many parcels did Kelby food bank give out from May to July?"),
        # (a span of years is no time when a place is asked)
        ([turn("How many homes were built in Kelby between 2020 and 2023?", "400 [1].")],
         "And in Pelham?", "How many homes were built in Pelham between 2020 and 2023?"),
    ],
    "a word before its label ('Option' of 'Option A', 'Phase' of 'Phase 2') is none of the "
    "story's names, and a phrase after 'of' in the subject still ends before the verb": [
        (TRAM_OPTIONS, "When will the consultation close?",
         "When will the consultation close (Kelsall Park tram extension)?"),
        (BYPASS_PHASES, "When did work begin?", "When did work begin (Kelby bypass)?"),
        ([turn("When will Phase 2 of the Kelby bypass open?", "2027 [1]. Phase 2 will open in "
               "2027. [1]")],
         "Who is building it?", "Who is building the Kelby bypass?"),
    ],
    "one asked for by age ('the younger one', 'the eldest of the three') is the one its cited "
    "sentence's ages make so, whatever age the reply gave": [
        ([SHEEP_YOUNGER], "Where does he live?", "Where does Liam Royce live?"),
        ([SHEEP_YOUNGER], "What was he charged with?", "What was Liam Royce charged with?"),
        ([Turn("Who is the eldest of the three?", "Who is the eldest of the three sisters?",
               "Mary [1]. Ann Cole, 81, Mary Cole, 84, and Jane Cole, 79, ran the shop. [1]",
               "Ann Cole, 81, Mary Cole, 84, and Jane Cole, 79, ran the shop.")],
         "How long did she run it?", "How long did Mary Cole run it?"),
        ([turn("Who is the older man?", "Tom Hale [1]. Tom Hale, 52, and Sam Reed, 60, were "
               "rescued. [1]", "Tom Hale, 52, and Sam Reed, 60, were rescued.")],
         "Where is he from?", "Where is Sam Reed from?"),
    ],
}


# Trial 81's conversations (the bandstand, the quarry, the glassworks, the criers), each kind
# with other wordings.
LIDO_LEAD = turn(
    "Who is leading the Kelby lido restoration?", "Ann Cole [1]. Ann Cole, the parks officer "
    "who had been leading the restoration, has left the council. [1]",
)
LIDO_AGED = Turn("How old is she?", "How old is Ann Cole?", "52 [1]. The project is led by "
                 "Ann Cole, 52. [1]")
GLASSWORKS_JOBS = turn(
    "How many jobs will Tarn Glass create?", "65 [1]. A glassmaker in Tarnbury is to create 65 "
    "jobs. [1]", passage="A glassmaker in Tarnbury is to create 65 jobs. Its oldest employee, "
    "Ted Cole, 73, has worked there for 57 years.",
)
DAIRY_BOSS = turn(
    "Who is the managing director of Fellside Dairies?", "Sam Hale [1]. Sam Hale, 47, has "
    "succeeded Ann Reed as managing director of Fellside Dairies. [1]",
)
DAIRY_BEFORE = Turn("Who did he replace?", "Who did Sam Hale replace?", "Ann Reed [1]. Sam Hale "
                    "has succeeded Ann Reed. [1]")
CRIERS_WON = turn(
    "Who won the town crier contest at Kelby?", "Tom Reed [1]. Tom Reed has been named champion "
    "town crier. [1]",
)
CRIERS_AGED = Turn("How old is he?", "How old is Tom Reed?", "66 [1]. Mr Reed, 66, won. [1]")

TRIAL81B_FOLLOWUPS = {
    "a follow-up naming no story of its own ('How much will it cost now?', 'Who came second?', "
    "'How many jobs are at risk?') goes on with the conversation's story, an 'it' as the thing "
    "the story is named for, though the turns since asked only of a person": [
        ([LIDO_LEAD, LIDO_AGED], "How much will it cost now?",
         "How much will the Kelby lido restoration cost now?"),
        ([LIDO_LEAD, LIDO_AGED], "When will it reopen?",
         "When will the Kelby lido restoration reopen?"),
        ([GLASSWORKS_JOBS], "Who founded it?", "Who founded Tarn Glass?"),
        ([GLASSWORKS_JOBS, Turn("Who founded it?", "Who founded Tarn Glass?", "Ada Hale [1]. The "
                                "firm was founded in 1923 by Ada Hale. [1]")],
         "Who runs it now?", "Who runs Tarn Glass now?"),
        ([GLASSWORKS_JOBS], "Who is the oldest employee?",
         "Who is the oldest employee (Tarn Glass)?"),
        ([DAIRY_BOSS, DAIRY_BEFORE], "How many jobs are at risk?",
         "How many jobs are at risk (Fellside Dairies)?"),
        ([DAIRY_BOSS, DAIRY_BEFORE], "How much will it invest?",
         "How much will Fellside Dairies invest?"),
        ([CRIERS_WON, CRIERS_AGED], "Who came second?", "Who came second at Kelby?"),
        ([CRIERS_WON, CRIERS_AGED], "Who finished third?", "Who finished third at Kelby?"),
        ([turn("How many otters were released at Kelby Marsh?", "20 [1]. Twenty otters were "
               "released at Kelby Marsh. [1]")],
         "When will the next release happen?", "When will the next release happen at Kelby Marsh?"),
        # ("the figure" is the number the last question asked for, as "it" is)
        ([Turn("How many jobs are at risk?", "How many jobs are at risk (Fellside Dairies)?",
               "52 [1]. Sam Hale said 52 jobs would be at risk. [1]")],
         "What was the figure originally?",
         "How many jobs are at risk originally (Fellside Dairies)?"),
    ],
    "'he' or 'she' after a reply naming only one who held the role before ('who had been "
    "leading ...', 'has left'), or after a refused who-question, is the one the question asked "
    "for, by the role its verb names or as it asked": [
        ([LIDO_LEAD], "How old is he?", "How old is the leader of the Kelby lido restoration?"),
        ([LIDO_LEAD], "Who did he replace?",
         "Who did the leader of the Kelby lido restoration replace?"),
        ([LIDO_LEAD, turn("How old is he?", REFUSED_TURN)], "Who did he replace?",
         "Who did the leader of the Kelby lido restoration replace?"),
        # (the description a refused turn was asked with is whole, past the name's capitals,
        # and the verb after it is no word of the story)
        ([LIDO_LEAD, Turn("How old is he?", "How old is the leader of the Kelby lido "
                          "restoration?", REFUSED_TURN)],
         "Who did he replace?", "Who did the leader of the Kelby lido restoration replace?"),
        ([LIDO_LEAD, Turn("How old is he?", "How old is the leader of the Kelby lido "
                          "restoration?", REFUSED_TURN),
          Turn("Who did he replace?", "Who did the leader of the Kelby lido restoration "
               "replace?", "Ann Cole [1]. Tom Reed replaced Ann Cole. [1]")],
         "How much will it cost now?", "How much will the Kelby lido restoration cost now?"),
        ([turn("Who is managing the Kelby Arms?", "Ann Cole [1]. Ann Cole, who had been "
               "managing the pub, stepped down in May. [1]")],
         "How long has he been there?", "How long has the manager of the Kelby Arms been there?"),
        # (... and the one put for a refused turn's "he" is no "she": the woman named before is)
        ([LIDO_LEAD, Turn("How old is he?", "How old is the leader of the Kelby lido "
                          "restoration?", REFUSED_TURN),
          Turn("Who did he replace?", "Who did the leader of the Kelby lido restoration "
               "replace?", REFUSED_TURN)],
         "Where has she gone?", "Where has Ann Cole gone?"),
        ([CRIERS_WON, CRIERS_AGED, turn("Who came second?", REFUSED_TURN)],
         "Where is she from?", "Where is the one who came second from?"),
        ([CRIERS_WON, turn("Who finished third?", REFUSED_TURN)],
         "How old is he?", "How old is the one who finished third?"),
        # (a reply naming a holder now leaves "he" to ask back, as before)
        ([turn("Who chairs the Kelby lido trust?", "Ann Cole [1]. Ann Cole chairs the trust. "
               "[1]")],
         "How old is he?", "How old is he?"),
    ],
    "a user's aside ('Sorry, I meant ...', 'Actually, ...') names no story; 'What about third "
    "place?' asks who took it, as the placing was asked; a body asked after a cost gave "
    "towards it; a new time takes the place of the one asked, the story after it": [
        ([turn("How many knives were handed in at Kelby?", "400 [1]. 400 knives were handed in "
               "at Kelby. [1]"),
          turn("Sorry, I meant how many did the Eastfield bin collect?", "71 [1]. The bin at "
               "the Eastfield Community Centre collected 71. [1]", passage="The bin at the "
               "Eastfield Community Centre collected 71, said the district commander.")],
         "Who is the district commander?", "Who is the district commander (Eastfield bin)?"),
        ([turn("Actually, how many did the Eastfield bin collect?", "71 [1]. The bin at the "
               "Eastfield Community Centre collected 71. [1]")],
         "Who emptied it?", "Who emptied the Eastfield bin?"),
        ([CRIERS_WON, turn("Who came second?", REFUSED_TURN), Turn(
            "Where is she from?", "Where is the one who came second from?", REFUSED_TURN)],
         "What about third place?", "Who came third?"),
        ([Turn("Who came second?", "Who came second at Kelby?", "Ann Cole [1]. The runner-up "
               "was Ann Cole. [1]")],
         "And fourth?", "Who came fourth at Kelby?"),
        ([Turn("Who finished second?", "Who finished second in the Kelby 10k?", "Ann Cole [1]. "
               "Ann Cole finished second. [1]")],
         "What about third?", "Who finished third in the Kelby 10k?"),
        ([Turn("How much did the project cost?", "How much did the project cost at Kelby "
               "Marsh?", "£94,000 [1]. The project cost £94,000. [1]")],
         "What about the drainage board?", "How much did the drainage board give at Kelby Marsh?"),
        ([turn("How much will the new roof cost?", "£40,000 [1]. The new roof will cost £40,000. "
               "[1]")],
         "And the parish council?", "How much will the parish council give?"),
        ([Turn("How many people volunteer this year?", "How many people volunteer this year at "
               "Kelby Marsh?", "212 [1]. 212 volunteer this year, up from 140 last year. [1]")],
         "and last year?", "How many people volunteer last year at Kelby Marsh?"),
        ([Turn("How many objections are there now?", "How many objections are there now (Kelby "
               "quarry inquiry)?", "1,312 [1]. Objections have risen to 1,312. [1]")],
         "and in 2011?", "How many objections are there in 2011 (Kelby quarry inquiry)?"),
        # (a place the question named itself stays where it was)
        ([turn("How many knives were handed in at Kelby this year?", "400 [1].")],
         "And last year?", "How many knives were handed in at Kelby last year?"),
    ],
    "the one the newest reply named wins over one named turns before: a name after a word of "
    "kin ('whose son Jordan') is a person of that sex, a rank before a title is the title's "
    "('Chief Inspector'), and 'the younger one' is the one the reply called so by name": [
        ([Turn("Who is the district commander?", "Who is the district commander (Kelby)?",
               "Tom Reed [1]. Chief Inspector Tom Reed, 41, the district commander, said so. "
               "[1]"),
          turn("Whose son was stabbed in Eastfield?", "Jordan [1]. Ann Cole, 49, whose son "
               "Jordan was stabbed in Eastfield at the age of 17, spoke. [1]")],
         "How old was he?", "How old was Jordan?"),
        ([turn("Whose daughter won the race?", "Paris [1]. Tom Hale, whose daughter Paris won "
               "the race, cheered. [1]")],
         "How old is she?", "How old is Paris?"),
        ([turn("Who is the district commander?", "Tom Reed [1]. Chief Inspector Tom Reed, 41, "
               "the district commander, said so. [1]")],
         "How old is he?", "How old is Chief Inspector Tom Reed?"),
        ([turn("Did her brother compete too?", "Sam Cole [1]. Her younger brother, Sam Cole, "
               "10, also competed. [1]")],
         "How old is the younger one?", "How old is Sam Cole?"),
        ([turn("Who are the two sisters?", "Ann and Mary Hale [1]. The older sister, Mary Hale, "
               "runs the farm with Ann Hale. [1]")],
         "What does the older one do?", "What does Mary Hale do?"),
        # ("from" after "is she" is no deed the reply tells of one: "Where is she from?" is the
        # woman the reply answered with, not the man it says is "from" a town)
        ([turn("Who came second?", "Ann Cole [1]. The runner-up was Ann Cole, 58, crier of "
               "Kelby. [1] Third place went to Yann Le Goff, 39, from Ploumeur, who gave his "
               "cry in Breton. [2]")],
         "Where is she from?", "Where is Ann Cole from?"),
    ],
    "'it' is never a noun phrase an earlier turn made of its adverb ('originally' -> 'the "
    "original cost'); with nothing named before, it is the thing the story is named for": [
        ([LIDO_LEAD, LIDO_AGED, Turn("How much will it cost now?", "How much will it cost now?",
                                     "£26,000 [1]. The campaign has raised £26,000. [1]"),
          Turn("What was it originally?", "What was the original cost of it?", "£486,000 [1]. "
               "The restoration will cost £486,000. [1]")],
         "And when will it reopen?", "When will the Kelby lido restoration reopen?"),
        ([LIDO_LEAD, LIDO_AGED, Turn("How much will it cost now?", "How much will the Kelby lido "
                                     "restoration cost now?", "£562,000 [1]. The cost has "
                                     "risen to £562,000. [1]"),
          Turn("What was it originally?", "What was the original cost of the Kelby lido "
               "restoration?", "£486,000 [1]. The restoration will cost £486,000. [1]")],
         "And when will it reopen?", "When will the Kelby lido restoration reopen?"),
        # (and with no story, "it" stays as asked rather than "the original cost")
        ([turn("Who is in charge?", "Ann Cole [1]. Ann Cole is in charge. [1]"),
          Turn("How much will it cost now?", "How much will it cost now?", "£5,000 [1]. It "
               "will cost £5,000. [1]"),
          Turn("What was it originally?", "What was the original cost of it?", "£4,000 [1]. It "
               "was £4,000. [1]")],
         "And when will it reopen?", "When will it reopen?"),
    ],
}


# Trial 82's reports: a unit closing overnight at Kelsham, a midwife's obituary, a crematorium
# planned near Hatherley, a school merger, a women's rugby promotion, a creamery, a parish clerk.
KELSHAM_UNIT = turn(
    "What is happening to the Kelsham minor injuries unit?",
    "The minor injuries unit at Kelsham Community Hospital will close overnight from 1 March, "
    "the health trust that runs it has announced. [1] (report of 2025-01-10) Plans to close "
    "Kelsham's minor injuries unit overnight have been put back until 2 June after more than "
    "2,800 people responded. [2] (report of 2025-03-20)",
)
CREMATORIUM_BUILDER = turn(
    "Who wants to build a crematorium near Hatherley?",
    "Pinegrove Memorial Ltd [1]. Pinegrove Memorial Ltd wants to build the crematorium, with two "
    "chapels, 120 parking spaces and a garden of remembrance. [1]",
)
CLERK_JAILED = turn(
    "Who was jailed for stealing from Little Harnham Parish Council?",
    "Deborah Quantock [1]. Deborah Quantock, 57, of Chapel Row, Little Harnham, admitted fraud. "
    "[1]",
)
PRIZE_WON = turn(
    "Who won the Harwood Art Prize this year?",
    "Priya Venkatesan [1]. Priya Venkatesan, 34, was chosen from 1,180 entries. [1]",
)
TRY_SCORED = turn(
    "Who scored the winning try?",
    "Amira Kassem [1]. Winger Leah Dunstan, 19, went over in the corner after a 60-metre break by "
    "full-back Amira Kassem. [1]",
)
TRY_SCORER_AGED = Turn(
    "How old is she?", "How old is Amira Kassem?",
    "24 [1]. Kassem, 24, has also been named in the England Counties squad. [1] Winger Leah "
    "Dunstan, 19, went over in the corner after a 60-metre break by full-back Amira Kassem. [2]",
)
BREAK_REFUSED = Turn("Who made the break before it?", "Who made the break before it?",
                     REFUSED_TURN)
HEAD_NAMED = Turn(
    "Who will be its headteacher?", "Who will be the new school’s headteacher?",
    "Joanne Pryor [1]. The merged school will be led by Joanne Pryor, currently headteacher of St "
    "Aidan's. [1]",
)
CREAMERY_FOUNDED = turn(
    "Who founded the creamery?",
    "Tom and Margaret Ibbotson [1]. Fellside Creamery, founded in 1987 by Tom and Margaret "
    "Ibbotson, will expand. [1]",
)
LIMIT_COST = Turn(
    "How much will it cost?", "How much will the 20mph limit cost?",
    "£1.1m [1]. The scheme will cost one point one million pounds (£1.1m). [1]",
)
UNIT_CLOSING = Turn(
    "When will it close at night?", "When will the Kelsham minor injuries unit close at night?",
    "2 June [1]. Plans to close Kelsham's minor injuries unit overnight have been put back until 2 "
    "June. [1]",
)
TRIAL82_FOLLOWUPS = {
    "a plural noun capitalised only for opening its sentence ('Plans to close ...', 'Tributes "
    "have been paid ...'), also after a reply's '(report of ...)' label or as the reply's lead, "
    "is no name a pronoun stands for; a name opening a sentence still is": [
        ([KELSHAM_UNIT], "When will it close at night?",
         "When will the Kelsham minor injuries unit close at night?"),
        ([KELSHAM_UNIT], "Why was that delayed?",
         "Why was that delayed (Kelsham minor injuries unit)?"),
        ([turn("What is happening to the Ashby lido?", "Proposals to reopen the Ashby lido have "
               "been dropped. [1]")],
         "Who runs it?", "Who runs the Ashby lido?"),
        ([turn("What will happen to the Ashby lido?", "Campaigners want the Ashby lido reopened. "
               "[1] Plans to sell it were dropped. [2]")],
         "When did it close?", "When did the Ashby lido close?"),
        ([turn("What was Nora Penhaligon's husband's name?", "Tributes [1]. Tributes have been "
               "paid to Nora Penhaligon, a midwife. [1] Mrs Penhaligon's husband, Jack, a "
               "postman, died in 2011. [2]")],
         "What did he do?", "What did Jack do?"),
        ([turn("Who was Nora Penhaligon?", "midwife [1]. Tributes have been paid to Nora "
               "Penhaligon, a midwife. [1]")],
         "When did she die?", "When did Nora Penhaligon die?"),
        # (near misses: a surname or a name no dictionary knows, opening the sentence)
        ([turn("Who scored the winner?", "Evans [1]. Evans scored in the 90th minute. [1]")],
         "How old is he?", "How old is Evans?"),
        ([turn("Who made the 60-metre break?", "Kassem [1]. Kassem, 24, made the break. [1]")],
         "What does she do?", "What does Kassem do?"),
    ],
    "'it' after a who-question asking for the doer of a deed done to a thing said with 'a' "
    "('Who wants to build a crematorium near Hatherley?') is that thing when asked what a thing "
    "costs or the parts it has counted, not the firm the reply named; both when either may be": [
        ([CREMATORIUM_BUILDER], "How many parking spaces will it have?",
         "How many parking spaces will the crematorium near Hatherley have?"),
        ([CREMATORIUM_BUILDER], "How much will it cost?",
         "How much will the crematorium near Hatherley cost?"),
        ([CREMATORIUM_BUILDER], "How many chapels does it include?",
         "How many chapels does the crematorium near Hatherley include?"),
        ([turn("Who will build a new swimming pool in Kelby?", "Ashdown Leisure [1]. Ashdown "
               "Leisure will build the pool. [1]")],
         "How many lanes will it have?",
         "How many lanes will the new swimming pool in Kelby have?"),
        ([turn("Who wants to open a cafe in Kelby?", "Ann Cole [1]. Ann Cole wants to open a "
               "cafe on the pier. [1]")],
         "How many seats will it have?", "How many seats will the cafe in Kelby have?"),
        # (near misses: staff a body has too, and who runs it, may be either's; a lawyer hired
        # or a medal won is no "it" a "she" could be)
        ([CREMATORIUM_BUILDER], "How many staff will it have?",
         "How many staff will Pinegrove Memorial Ltd or the crematorium near Hatherley have?"),
        ([CREMATORIUM_BUILDER], "Who runs it?",
         "Who runs Pinegrove Memorial Ltd or the crematorium near Hatherley?"),
        ([turn("Who hired a lawyer?", "Ann Cole [1]. Ann Cole hired a lawyer. [1]")],
         "How old is she?", "How old is Ann Cole?"),
    ],
    "'her' after a verb of making one so ('What made her suspicious?', 'What kept her going?') "
    "is the object, not an owner: no '’s' before the adjective; a noun after it is hers": [
        ([CLERK_JAILED], "What made her suspicious?", "What made Deborah Quantock suspicious?"),
        ([CLERK_JAILED], "What made her so angry?", "What made Deborah Quantock so angry?"),
        ([PRIZE_WON], "What kept her going?", "What kept Priya Venkatesan going?"),
        ([PRIZE_WON], "What made her famous?", "What made Priya Venkatesan famous?"),
        ([PRIZE_WON], "What made her name?", "What made Priya Venkatesan’s name?"),
        ([PRIZE_WON], "Who made her jewellery?", "Who made Priya Venkatesan’s jewellery?"),
        ([PRIZE_WON], "What is her linocut?", "What is Priya Venkatesan’s linocut?"),
    ],
    "'before it', 'after it' ending the question: 'before' is a preposition there, and 'it' is "
    "a thing said before the question ('the winning try'), not one of the question's own; a "
    "clause after it ('after it was used') still points back into the question": [
        ([TRY_SCORED], "Who made the break before it?",
         "Who made the break before the winning try?"),
        ([TRY_SCORED, TRY_SCORER_AGED], "Who made the break before it?",
         "Who made the break before the winning try?"),
        ([TRY_SCORED], "What happened after it?", "What happened after the winning try?"),
        ([TRY_SCORED], "Who cleaned the pitch after it was used?",
         "Who cleaned the pitch after it was used?"),
    ],
    "'she' after a refused turn is the one an earlier turn put for the user's own 'she' ('How "
    "old is she?' asked as 'How old is Amira Kassem?'), though no list knows her given name; "
    "never a 'he'": [
        ([TRY_SCORED, TRY_SCORER_AGED, BREAK_REFUSED], "What does she do for a living?",
         "What does Amira Kassem do for a living?"),
        ([TRY_SCORED, TRY_SCORER_AGED, BREAK_REFUSED], "Where does she work?",
         "Where does Amira Kassem work?"),
        ([TRY_SCORED, TRY_SCORER_AGED, BREAK_REFUSED], "What does he do for a living?",
         "What does he do for a living?"),
    ],
    "'What about the Rushmere head?' after 'Who will be the new school’s headteacher?' puts "
    "the other post holder in place of the whole phrase, owner and all; a post said short "
    "('head', 'chair') is the same post ('headteacher', 'chairwoman'); another noun is no post": [
        ([HEAD_NAMED], "What about the Rushmere head?", "Who will be the Rushmere head?"),
        ([HEAD_NAMED], "And the deputy head?", "Who will be the deputy head?"),
        ([turn("How old is the Kelby head?", "52 [1]. The Kelby head, Ann Cole, 52, said so. "
               "[1]")],
         "What about the Ashby headteacher?", "How old is the Ashby headteacher?"),
        ([turn("Who is the Kelby trust's chairwoman?", "Ann Cole [1]. Ann Cole chairs the trust. "
               "[1]")],
         "What about the Ashby chair?", "Who is the Ashby chair?"),
        ([turn("Who will be the new school's headteacher?", "Joanne Pryor [1]. The merged school "
               "will be led by Joanne Pryor. [1]")],
         "What about the Rushmere building?",
         "Who will be the new school's headteacher (the Rushmere building)?"),
    ],
    "'Back to the creamery - how many farms supply its milk?' asks of the thing it goes back to "
    "('the creamery’s milk'), not of the last turn's ('the 20mph limit’s milk'), without its "
    "lead; a question only saying 'back to' inside is left alone": [
        ([CREAMERY_FOUNDED, LIMIT_COST], "Back to the creamery - how many farms supply its milk?",
         "How many farms supply the creamery’s milk?"),
        ([CREAMERY_FOUNDED, LIMIT_COST], "Going back to the creamery, when was it founded?",
         "When was the creamery founded?"),
        ([CREAMERY_FOUNDED, LIMIT_COST], "Back to the creamery: who runs it?",
         "Who runs the creamery?"),
        ([CREAMERY_FOUNDED, LIMIT_COST], "Back to the creamery - how many people work there?",
         "How many people work there (creamery)?"),
        ([CREAMERY_FOUNDED, LIMIT_COST],
         "So back to Fellside Creamery - how many farms supply its milk?",
         "How many farms supply Fellside Creamery’s milk?"),
        ([CREAMERY_FOUNDED, LIMIT_COST], "When will pupils go back to school?",
         "When will pupils go back to school?"),
    ],
    "a time of day ending the last question ('... close at night?') is no part of the thing "
    "asked of, whose last word is then the verb ('the Kelsham minor injuries unit', not '... "
    "unit close')": [
        ([UNIT_CLOSING], "Why was that delayed?",
         "Why was that delayed (Kelsham minor injuries unit)?"),
        ([UNIT_CLOSING], "Who runs it?", "Who runs the Kelsham minor injuries unit?"),
    ],
}

# Trial 83's reports: the Pennington Avenue limes, the Elverby line's Sunday trains, a korfball
# final, ambulance response times.
def replied(question: str, standalone: str, answer: str, short: str) -> Turn:
    """A turn answered by `rag.api`, its short answer copied verbatim from the article (line
    breaks and all)."""
    from rag.types import ShortAnswer

    return Turn.of(question, Answer(
        question, answer, False, (), standalone_question=standalone,
        short_answer=ShortAnswer(short, 1, "a", 0, len(short)),
    ))


KORFBALL_WON = turn(
    "Who won the National Plate korfball final?",
    "Brackwell Korfball Club [1]. Brackwell Korfball Club won the England Korfball National "
    "Plate for the first time, beating Tamworth Phoenix 18-15 in the final. [1]",
)
KORFBALL_BEATEN = Turn(
    "Who did they beat?", "Who did Brackwell Korfball Club beat?",
    "Tamworth Phoenix [1]. Brackwell Korfball Club won the England Korfball National Plate for "
    "the first time, beating Tamworth Phoenix 18-15 in the final. [1]",
)
AMBULANCE_PASSAGE = (
    "The report by the North Pennine Ambulance Service NHS Trust shows it was the fifth month "
    "in a row the trust had missed the standard. For the most serious category one calls, "
    "crews took an average of 9 minutes 40 seconds against a target of seven minutes."
)
AMBULANCE_TARGET = turn(
    "What is the target for category one calls?",
    "seven minutes [1]. For the most serious category one calls, crews took an average of 9 "
    "minutes 40 seconds against a target of seven minutes. [1]",
    passage=AMBULANCE_PASSAGE,
)
LIMES = [
    turn("Why does the council want to fell the trees on Pennington Avenue?", "The felling has "
         "been scaled back. [1] Kellingford Borough Council said nine of the 14 trees would now "
         "be removed. [2]"),
    Turn("How many trees will be cut down now?", "How many trees will be cut down now on "
         "Pennington Avenue?", "nine [1]. Kellingford Borough Council said on Monday that nine "
         "of the 14 trees would now be removed. [1]"),
]
ELVERBY = [
    turn("When will Sunday trains return to the Elverby line?", "14 June [1]. The return of "
         "Sunday trains on the Elverby branch line has been put back to 14 June. [1]"),
    Turn("Who is the project manager?", "Who is the project manager (Elverby line)?", "Bethan "
         "Lloyd [1]. The project is now being led by Bethan Lloyd. [1]"),
    Turn("Who did she replace?", "Who did Bethan Lloyd replace?", "Owen Gittings [1]. Bethan "
         "Lloyd took over as project manager from Owen Gittings. [1]"),
]
ELVERBY_COST = Turn(
    "How much will it cost?", "How much will the Elverby line cost?", "£2.3m [1]. Northern "
    "Shires Rail said the scheme is now expected to cost £2.3m, and that the county council had "
    "agreed to cover the extra £700,000. [1]",
)
TRIAL83_FOLLOWUPS = {
    "a bare 'What was the score?' (or 'And the result?') after turns about a match asks it of "
    "that match, its sides and the round the conversation named; alone it finds the report's "
    "semi-final or half-time score": [
        ([KORFBALL_WON, KORFBALL_BEATEN], "What was the score?",
         "What was the score when Brackwell Korfball Club beat Tamworth Phoenix in the National "
         "Plate korfball final?"),
        ([KORFBALL_WON], "What was the final score?",
         "What was the final score in the National Plate korfball final?"),
        ([KORFBALL_BEATEN], "And the score?",
         "What was the score when Brackwell Korfball Club beat Tamworth Phoenix?"),
        ([turn("Who beat Kelby Rovers in the semi-final?", "Ashby Town [1]. Ashby Town beat "
               "Kelby Rovers 2-1 in the semi-final. [1]")],
         "What was the score?", "What was the score when Ashby Town beat Kelby Rovers in the "
         "semi-final?"),
        ([turn("Which team did Kelby Rovers draw with?", "Ashby Town [1]. Kelby Rovers drew 1-1 "
               "with Ashby Town. [1]")],
         "What about the result?", "What was the result when Kelby Rovers drew with Ashby Town?"),
        # (a turn between, about a player, leaves the match the one asked of)
        ([turn("Who won the Kelby Cup final?", "Ashby Town [1]. Ashby Town won the Kelby Cup "
               "final. [1]"), turn("Who scored the winner?", "Tom Reed [1]. Tom Reed scored. "
                                   "[1]")],
         "What's the score?", "What is the score in the Kelby Cup final?"),
        # near misses: no match asked about, or a score naming its own round
        ([turn("How much will the roof cost?", "£40,000 [1]. The roof will cost £40,000. [1]")],
         "What was the result?", "What was the result?"),
        ([KORFBALL_WON, KORFBALL_BEATEN], "What was the score in the semi-final?",
         "What was the score in the semi-final (Brackwell Korfball Club)?"),
    ],
    "'it' doing a body's deed (recruiting, hiring, spending, ordering) is never a target, a "
    "figure or a time the last question asked for; it is the body the conversation's reports "
    "name, as they call it again ('the trust'), else left as asked": [
        ([AMBULANCE_TARGET], "How many paramedics is it recruiting?",
         "How many paramedics is the trust recruiting?"),
        ([AMBULANCE_TARGET], "Is it hiring more staff?", "Is the trust hiring more staff?"),
        ([AMBULANCE_TARGET], "How much is it spending on new ambulances?",
         "How much is the trust spending on new ambulances?"),
        ([AMBULANCE_TARGET], "How many ambulances has it ordered?",
         "How many ambulances has the trust ordered?"),
        # (a value said with the deed that made it, "the average time crews took", neither)
        ([AMBULANCE_TARGET, Turn("And the average time crews took?", "What was the average "
                                 "time crews took for category one calls?", "9 minutes 40 "
                                 "seconds [1]. Crews took an average of 9 minutes 40 seconds. "
                                 "[1]", passage=AMBULANCE_PASSAGE)],
         "How many paramedics is it recruiting?", "How many paramedics is the trust recruiting?"),
        # (a body its report names only in full is put in full)
        ([turn("What was the average wait last month?", "four hours [1]. Patients waited four "
               "hours on average. [1]", passage="Figures from Kelby Hospitals Trust show "
               "patients waited four hours on average.")],
         "How many nurses is it hiring?", "How many nurses is Kelby Hospitals Trust hiring?"),
        # near misses: no body named leaves "it"; what befalls a target is still the target's
        ([turn("What is the target for category one calls?", "seven minutes [1]. Crews took "
               "nine minutes against a target of seven minutes. [1]")],
         "How many paramedics is it recruiting?", "How many paramedics is it recruiting?"),
        ([AMBULANCE_TARGET], "When was it set?", "When was the target set?"),
    ],
    "'And the cost?', 'What about the fare?': one value asked of what the conversation asked "
    "about, in its tense, not beside the last question (whose count or person the search finds "
    "again) nor as what becomes of it: after a value of a thing, that question of the new "
    "value ('the average time crews took' past by its verb); else of the newest story, the "
    "time the last question asked of ('now', 'last year') kept": [
        (LIMES, "And the cost?", "What is the cost now on Pennington Avenue?"),
        (LIMES, "What about the budget?", "What is the budget now on Pennington Avenue?"),
        (ELVERBY, "And the fare?", "What is the fare (Elverby line)?"),
        (ELVERBY, "What about the journey time?", "What is the journey time (Elverby line)?"),
        # (not the place a passage of a turn naming only people sets its report)
        (ELVERBY[:2] + [Turn("Who did she replace?", "Who did Bethan Lloyd replace?", "Owen "
                             "Gittings [1]. Bethan Lloyd took over from Owen Gittings. [1]",
                             passage="Work on a new passing loop at Saltcote ran into problems. "
                             "Bethan Lloyd took over from Owen Gittings.")],
         "And the fare?", "What is the fare (Elverby line)?"),
        ([AMBULANCE_TARGET], "And the average time crews took?",
         "What was the average time crews took for category one calls?"),
        ([AMBULANCE_TARGET], "What about the average time?",
         "What is the average time for category one calls?"),
        ([turn("What was the turnout in Kelby ward?", "41% [1]. Turnout in Kelby ward was 41%. "
               "[1]")],
         "And the majority?", "What was the majority in Kelby ward?"),
        ([turn("What is the fare to Leeds?", "£7 [1]. The fare to Leeds is £7. [1]")],
         "And the journey time?", "What is the journey time to Leeds?"),
        ([turn("How many homes were flooded in Brayford last year?", "40 [1]. 40 homes were "
               "flooded in Brayford. [1]")],
         "And the cost?", "What was the cost last year in Brayford?"),
        ([turn("Who is paying for the Gannet Rose repairs?", "Tarnby County Council [1]. The "
               "council will pay. [1]")],
         "What about the fare?", "What is the fare (Gannet Rose repairs)?"),
        # near misses: plurals are asked what becomes of them; with no story, beside the
        # question as before
        ([turn("Who is paying for the Gannet Rose repairs?", "Tarnby County Council [1]. The "
               "council will pay. [1]")],
         "What about fares?", "What will happen to the fares?"),
        ([turn("How many votes did Karim get?", "1,200 [1]. Karim got 1,200 votes. [1]")],
         "What about turnout?", "What was the turnout? (How many votes did Karim get?)"),
    ],
    "'the extra' (the rest, the shortfall) with no noun is the part of the sum the last reply "
    "said it with ('the extra £700,000'), else that part of the cost the last question asked; "
    "alone it finds the whole cost's sentence and the firm that gave the figure": [
        ([ELVERBY_COST], "Who is paying the extra?",
         "Who is paying the extra £700,000 (Elverby line)?"),
        ([ELVERBY_COST], "Who will cover the extra?",
         "Who will cover the extra £700,000 (Elverby line)?"),
        ([ELVERBY_COST], "Who is paying for the extra?",
         "Who is paying for the extra £700,000 (Elverby line)?"),
        ([turn("How much will the new roof cost?", "£400,000 [1]. The new roof will cost "
               "£400,000. [1]")],
         "Who is paying the extra?", "Who is paying the extra cost of the new roof?"),
        ([turn("How much will the new roof cost?", "£400,000 [1]. The new roof will cost "
               "£400,000; the lottery will give £300,000 and the parish must raise the rest. "
               "[1]")],
         "Who will raise the rest?", "Who will raise the rest of the cost of the new roof?"),
        ([turn("How much will the new roof cost?", "£400,000 [1]. The new roof will cost "
               "£400,000. [1]")],
         "Who will make up the shortfall?",
         "Who will make up the shortfall in the cost of the new roof?"),
        # near misses: no sum asked about, or a noun after "extra"
        ([turn("Who won?", "Ann Cole [1]. Ann Cole won. [1]")], "Who got the rest?",
         "Who got the rest?"),
        ([ELVERBY_COST], "Why is there an extra cost?", "Why is there an extra cost (Elverby "
         "line)?"),
    ],
    "a name a short answer copied across the article's line break ('Ruth\\nKemble') is put in "
    "the next question single-spaced": [
        ([replied("Who is leading the campaign against it?", "Who is leading the campaign "
                  "against the Pennington Avenue felling?", "Ruth Kemble [1]. Campaign organiser "
                  "Ruth Kemble, 47, said so. [1]", "Ruth\nKemble")],
         "How old is she?", "How old is Ruth Kemble?"),
        ([replied("Who did she replace?", "Who did Bethan Lloyd replace?", "Owen Gittings [1]. "
                  "Bethan Lloyd took over as project manager from Owen Gittings. [1]",
                  "Owen\n Gittings")],
         "Where did he go?", "Where did Owen Gittings go?"),
        ([replied("Who founded the club?", "Who founded the Kelby Korfball Club?", "Ann Cole "
                  "[1]. The club was founded by Dr\nAnn Cole. [1]", "Dr\nAnn Cole")],
         "What is her job?", "What is Dr Ann Cole’s job?"),
    ],
}

# Trial 84's faults (a fell race, a grant to a club, a depot sold, stolen sheep), by kind:
# "she" put as a bog's name, "And the council?" not asked of the giver of two turns before,
# "the firm" left for the buyer answered, "And how many are still missing?" pasted in brackets.
FELL_RACE = turn(
    "Who won the women's fell race?",
    "Owen Harries [1]. Owen Harries, 29, ran the 12-mile course across Cwm Du moor in 1 hour "
    "21 minutes on Saturday. [1]",
)
LAKE_SWIM = turn(
    "Who won the women's swim?",
    "Dylan Rees [1]. Dylan Rees, 34, swam two lengths cut through Gors Fawr bog in 21 "
    "minutes. [1]",
)
CLUB_GRANT = turn(
    "How much did the Welsh Government give Pentre Rugby Club?",
    "£80,000 [1]. Pentre Rugby Club will build new changing rooms after the Welsh Government "
    "gave £80,000. [1]",
)
GRANT_ANNOUNCED = turn(
    "Who announced it?", "Ann Cole [1]. The grant was announced by Ann Cole MS. [1]"
)
DEPOT_SOLD = turn(
    "Who bought the Kelby Road depot?",
    "Marlow Estates [1]. The depot has been sold to developer Marlow Estates for £4.2 million. "
    "[1]",
)
PUB_SOLD = turn(
    "Who bought the Red Lion?",
    "Harbour Taverns [1]. The Red Lion has been sold to Harbour Taverns. [1]",
)
MILL_TAKEN_OVER = turn(
    "Who has taken over Ashby Mill?",
    "Fenwick Group [1]. Ashby Mill has been taken over by Fenwick Group. [1]",
)
GROUND_BOUGHT = turn(
    "Who bought the Kelby sports ground?",
    "Kelby Cricket Club [1]. The ground has been bought by Kelby Cricket Club. [1]",
)
SHEEP_STOLEN = turn(
    "How many sheep were stolen from the farm?",
    "40 [1]. Forty sheep were stolen from the farm. [1]",
)

FIFTY_FOURTH_ROUND_FOLLOWUPS.update({
    "'she', 'her' are a person, never a place the cited sentence names (a bog, a moor, a "
    "reservoir); with no woman there, left as asked": [
        ([FELL_RACE], "Where is she from?", "Where is she from?"),
        ([FELL_RACE], "What was her time?", "What was her time?"),
        ([FELL_RACE], "How old is she?", "How old is she?"),
        ([LAKE_SWIM], "Where does she live?", "Where does she live?"),
        ([turn("Who won the women's title?", "Mari Lewis [1]. Mari Lewis, 27, swam through Gors "
               "Fawr bog in 1 minute 30 seconds. [1]")],
         "Where is she from?", "Where is Mari Lewis from?"),
        ([turn("Who won the race?", "Tom Reed [1]. Tom Reed crossed Kelby Marsh first, and Ann "
               "Cole, 41, was the fastest woman. [1]")],
         "Where is she from?", "Where is Ann Cole from?"),
        ([turn("Who won the women's race?", "Tom Reed [1]. Tom Reed, 41, ran past Carn Ddu in "
               "2 hours. [1]")], "Where is she from?", "Where is she from?"),
        ([turn("Who won the women's title?", "Tom Reed [1]. Tom Reed, 41, beat Kelby Harriers to "
               "the title. [1]")], "What was her time?", "What was her time?"),
        ([turn("Who won the men's race?", "Ann Cole [1]. Ann Cole, 41, crossed Kelby Moor first "
               "in 2 hours. [1]")], "How old is he?", "How old is he?"),
        # near miss: "he" is the man the reply named
        ([LAKE_SWIM], "How old is he?", "How old is Dylan Rees?"),
    ],
    "'And the council?' after a who-question asks the last question whose giver it can take "
    "the place of; 'it' that is announced or approved is the sum that question asked": [
        ([CLUB_GRANT, GRANT_ANNOUNCED], "And the council?",
         "How much did the council give Pentre Rugby Club?"),
        ([CLUB_GRANT], "And the council?", "How much did the council give Pentre Rugby Club?"),
        ([CLUB_GRANT, GRANT_ANNOUNCED], "What about the town council?",
         "How much did the town council give Pentre Rugby Club?"),
        ([CLUB_GRANT, replied("When was it announced?", "When was the £80,000 the Welsh "
                              "Government gave Pentre Rugby Club announced?", "On Monday [1]. "
                              "The grant was announced on Monday. [1]", "On Monday")],
         "How about the Rotary Club?", "How much did the Rotary Club give Pentre Rugby Club?"),
        ([turn("How much has the trust pledged to the lido?", "£40,000 [1]. The trust has "
               "pledged £40,000 to the lido. [1]"),
          turn("Who chairs it?", "Ann Cole [1]. The trust is chaired by Ann Cole. [1]")],
         "What about the council?", "How much has the council pledged to the lido?"),
        ([CLUB_GRANT], "Who announced it?",
         "Who announced the £80,000 the Welsh Government gave Pentre Rugby Club?"),
        ([CLUB_GRANT], "Who approved it?",
         "Who approved the £80,000 the Welsh Government gave Pentre Rugby Club?"),
        ([CLUB_GRANT], "When was it announced?",
         "When was the £80,000 the Welsh Government gave Pentre Rugby Club announced?"),
        ([CLUB_GRANT], "What is it for?",
         "What is the £80,000 the Welsh Government gave Pentre Rugby Club for?"),
        ([turn("How much has the lottery awarded Kelby Lido?", "£50,000 [1]. Kelby Lido has been "
               "awarded £50,000 by the lottery. [1]")], "Who criticised it?",
         "Who criticised the £50,000 the lottery has awarded Kelby Lido?"),
        ([turn("How much will the council spend on the new pool?", "I could not find the answer "
               "in the articles.")], "Who approved it?",
         "Who approved the money the council will spend on the new pool?"),
    ],
    "'the firm', 'the company', 'the developer' is the buyer a who-bought question was "
    "answered with, by a firm's name or not; never a person who bought": [
        ([DEPOT_SOLD], "How much did the firm pay?", "How much did Marlow Estates pay?"),
        ([DEPOT_SOLD], "How much did the developer pay?", "How much did Marlow Estates pay?"),
        ([DEPOT_SOLD], "What does the company plan to build?",
         "What does Marlow Estates plan to build?"),
        ([PUB_SOLD], "How much did the company pay?", "How much did Harbour Taverns pay?"),
        ([PUB_SOLD], "When did the firm buy it?", "When did Harbour Taverns buy the Red Lion?"),
        ([PUB_SOLD], "How much did the business pay for it?",
         "How much did Harbour Taverns pay for the Red Lion?"),
        ([MILL_TAKEN_OVER], "How much did the firm pay?", "How much did Fenwick Group pay?"),
        ([MILL_TAKEN_OVER], "How many staff does the company employ?",
         "How many staff does Fenwick Group employ?"),
        ([turn("Who is the chief executive of Kelby Distillery?", "Ann Cole [1]. Ann Cole is "
               "chief executive of Kelby Distillery. [1]")],
         "How many countries does the firm sell into?",
         "How many countries does Kelby Distillery sell into?"),
        ([GROUND_BOUGHT], "How much did the club pay?", "How much did Kelby Cricket Club pay?"),
        # near misses: a person who bought is no company, a club no firm, and "the club" after
        # a club's takeover is the club taken over
        ([turn("Who bought the farm?", "Tom Reed [1]. The farm was bought by Tom Reed. [1]")],
         "How much did the company pay?", "How much did the company pay?"),
        ([GROUND_BOUGHT], "How much did the firm pay?", "How much did the firm pay?"),
        ([turn("Who has taken over Ashby Rovers?", "Harlow Sports Group [1]. Ashby Rovers have "
               "been taken over by Harlow Sports Group. [1]")],
         "When was the club founded?", "When was Ashby Rovers founded?"),
    ],
    "'And how many are still missing?' is a question of its own, counting what the last "
    "how-many question counted, not that question again with it in brackets": [
        ([SHEEP_STOLEN], "And how many are still missing?", "How many sheep are still missing?"),
        ([SHEEP_STOLEN], "And how many have been found?", "How many sheep have been found?"),
        ([SHEEP_STOLEN], "How many were recovered?", "How many sheep were recovered?"),
        ([SHEEP_STOLEN], "But how many have been returned?",
         "How many sheep have been returned?"),
        ([SHEEP_STOLEN], "And how many did police recover?",
         "How many sheep did police recover?"),
        ([SHEEP_STOLEN], "How many remain missing?", "How many sheep remain missing?"),
        ([turn("How many people were injured in the crash?", "12 [1]. Twelve people were "
               "injured in the crash. [1]")], "And how many survived?",
         "How many people survived?"),
        ([turn("How many homes were flooded in Brayford?", "40 [1]. Forty homes were flooded "
               "in Brayford. [1]")], "And how many are still empty?",
         "How many homes are still empty?"),
    ],
    "a slot held by 'her' in the last question takes the new one with its possessive": [
        ([turn("What was her time?", "I could not find the answer in the articles.")],
         "And the men's winner?", "What was the men's winner’s time?"),
        ([turn("What is her job?", "I could not find the answer in the articles.")],
         "What about the club secretary?", "What is the club secretary’s job?"),
    ],
})



# Turns of the fifty-fifth round's conversations (trial 84: a surf club's grant, a stadium site
# sold, a distillery's brothers, a bog snorkelling title; then the round's own)
STADIUM_SOLD = turn(
    "Who bought the Eastmere Stadium site?",
    "Calder Homes [1]. The Eastmere Stadium site has been sold to housebuilder Calder Homes for "
    "£6.5 million. [1]",
)
STADIUM_PAID = Turn(
    "How much did the firm pay?", "How much did Calder Homes pay?",
    "£6.5 million [1]. The Eastmere Stadium site has been sold to housebuilder Calder Homes for "
    "£6.5 million. [1]",
    "The Eastmere Stadium site has been sold to housebuilder Calder Homes for £6.5 million.",
)
STADIUM_HOMES = Turn(
    "How many homes does it plan?", "How many homes does Calder Homes plan?",
    "220 [1]. Calder Homes plans to build 220 homes on the site. [1]",
    "Calder Homes plans to build 220 homes on the site.",
)
SURF_CLUB = (
    "Currawang Point Surf Life Saving Club will replace its 62-year-old clubhouse after the NSW "
    "Government awarded it $2.4 million for the project."
)
SURF_GRANT = turn(
    "How much did the NSW Government give Currawang Point surf club?",
    f"$2.4 million [1]. {SURF_CLUB} [1]",
)
SURF_ANNOUNCED = Turn(
    "Who announced it?",
    "Who announced the $2.4 million the NSW Government gave Currawang Point surf club?",
    "Rhiannon Kealy [1]. The grant was announced by Sport Minister Rhiannon Kealy on Friday. "
    "[1]",
    "The grant was announced by Sport Minister Rhiannon Kealy on Friday.",
)
SURF_COUNCIL = Turn(
    "And the council?", "How much did the council give Currawang Point surf club?",
    "I could not find the answer in the articles.",
)
RUGBY_GRANT = turn(
    "How much did Pentre Rugby Club get from the Welsh Government?",
    "£80,000 [1]. Pentre Rugby Club will build new changing rooms after the Welsh Government "
    "gave £80,000. [1]",
)
LIDO_AWARD = turn(
    "How much has the National Lottery awarded Kelby Lido?",
    "£50,000 [1]. Kelby Lido has been awarded £50,000 by the National Lottery. [1]",
)
FOOD_BANK_GIFT = turn(
    "How much did Harlow Foods donate to Kelby Food Bank?",
    "£5,000 [1]. Harlow Foods donated £5,000 to Kelby Food Bank. [1]",
)
GLENRUA_CEO = turn(
    "Who is the chief executive of Glenrua Distillery?",
    "Eoin McGettigan [1]. Eoin McGettigan is chief executive and Cathal is head distiller. [1] "
    "Glenrua Distillery in Donegal was founded by brothers Eoin and Cathal McGettigan in 2014. "
    "[2]",
)
ANCHOR_INN = turn(
    "Who runs the Anchor Inn?",
    "Siobhan Byrne [1]. Siobhan Byrne runs the Anchor Inn with her husband Declan. [1]",
)
LOTTERY_WIN = turn(
    "Who won the lottery?", "Tom Reed [1]. Tom Reed, 64, and his wife, Maria, won £1m. [1]"
)
RED_LION_BUYERS = turn(
    "Who bought the Red Lion?",
    "Ken and Dora Little [1]. Husband and wife Ken and Dora Little bought the pub with their "
    "son Tom. [1]",
)
BUILDERS_FOUNDED = turn(
    "Who founded Reed Builders?",
    "Alan Reed [1]. Father and son Alan and Tom Reed founded the firm in 1990. [1]",
)
PAIRS_WON = turn(
    "Who won the pairs?", "Aisha Rahman [1]. Twins Aisha and Yusuf Rahman won the pairs. [1]"
)
BOG_SNORKELLING = (
    "Morwenna Hale, 31, from Truro, won the women's title in 1 minute 32 seconds."
)
BOG_WINNER = turn(
    "Who won the women's bog snorkelling title?", f"Morwenna Hale [1]. {BOG_SNORKELLING} [1]"
)
BOG_HOME = Turn(
    "Where is she from?", "Where is Morwenna Hale from?",
    f"Truro [1]. {BOG_SNORKELLING} [1]", BOG_SNORKELLING,
)
BOG_TIME = Turn(
    "What was her time?", "What was Morwenna Hale’s time?",
    f"1 minute 32 seconds [1]. {BOG_SNORKELLING} [1]", BOG_SNORKELLING,
)
MUSEUM_GRANT = turn(
    "How much did the Heritage Fund give Ashby Mill Museum?",
    "£300,000 [1]. Ashby Mill Museum has been given £300,000 by the Heritage Fund to restore "
    "its waterwheel. [1]",
)
MUSEUM_GRANT_SPENT = Turn(
    "What will it be spent on?",
    "What will the £300,000 the Heritage Fund gave Ashby Mill Museum be spent on?",
    "The waterwheel [1]. Ashby Mill Museum has been given £300,000 by the Heritage Fund to "
    "restore its waterwheel. [1]",
    "Ashby Mill Museum has been given £300,000 by the Heritage Fund to restore its waterwheel.",
)
PLOUGH_BOUGHT = turn(
    "Who bought the Plough Inn?",
    "Sam and Joe Elliott [1]. The Plough Inn has been bought by brothers Sam and Joe Elliott. "
    "[1]",
)
SAM_ELLIOTT_JOB = turn("What does Sam Elliott do?", "Chef [1]. Sam Elliott is a chef. [1]")
BYRNE_AGE = Turn(
    "How old is she?", "How old is Siobhan Byrne?",
    "52 [1]. Siobhan Byrne, 52, runs the Anchor Inn with her husband Declan. [1]",
    "Siobhan Byrne, 52, runs the Anchor Inn with her husband Declan.",
)
CASTLE_OWNER = turn(
    "Who owns Dunmorra Castle?",
    "The Balfour Trust [1]. Dunmorra Castle has been owned by the Balfour Trust since 1998. [1]",
)
CASTLE_ROOF = turn(
    "How much will the roof repairs cost?",
    "£1.2m [1]. The roof repairs at Dunmorra Castle will cost £1.2m. [1]",
)
FESTIVAL_SPONSOR = turn(
    "How much did Harlow Brewery give the Kelby Folk Festival?",
    "£10,000 [1]. Harlow Brewery gave the Kelby Folk Festival £10,000 in sponsorship. [1]",
)
GASWORKS_SOLD = turn(
    "Who bought the old Kelby gasworks site?",
    "Marlow Estates [1]. The old Kelby gasworks site has been sold to Marlow Estates for £3m. [1]",
)
STADIUM_BOUGHT = turn(
    "Who bought the Eastmere Stadium site?",
    "Calder Homes [1]. Housebuilder Calder Homes has bought the former Eastmere Stadium site "
    "for £6.5 million and plans to build 220 homes there. [1]",
)
FERRY_BOSS = turn(
    "Who runs Seaward Ferries?",
    "Gwen Pryce [1]. Seaward Ferries is run by Gwen Pryce and her brother, Rhys Pryce. [1]",
)
DERBY_AT_THE_STADIUM = turn(
    "Who won the Kelby derby?",
    "Kelby Rovers [1]. Kelby Rovers beat Ashby Town 2-1 in front of 8,000 fans at the stadium "
    "on Saturday. [1]",
)
DERBY_AT_BROOK_LANE = turn(
    "Who won the Kelby derby?",
    "Kelby Rovers [1]. Kelby Rovers beat Ashby Town 2-1 at Brook Lane Stadium. [1]",
)
BRIDGE_REPAIRS = turn(
    "How much will the repairs to Saltmarsh Bridge cost?",
    "£2m [1]. Repairs to Saltmarsh Bridge will cost £2m. [1]",
)
BRIDGE_PAYER = turn("Who will pay?", "The council [1]. The council will pay. [1]")

FIFTY_FIFTH_ROUND_FOLLOWUPS = {
    "a bare 'the stadium', 'the site', 'the trust' is the thing the conversation named with "
    "that noun at its head (by a question, else its reply; the newest turn first), by that "
    "name (with a 'the' only where the name takes one), not the story in brackets": [
        ([STADIUM_SOLD, STADIUM_PAID, STADIUM_HOMES], "When did the stadium open?",
         "When did Eastmere Stadium open?"),
        ([STADIUM_SOLD, STADIUM_PAID, STADIUM_HOMES], "Who owned the stadium?",
         "Who owned Eastmere Stadium?"),
        ([STADIUM_SOLD, STADIUM_PAID, STADIUM_HOMES], "How big is the site?",
         "How big is the Eastmere Stadium site?"),
        ([BRIDGE_REPAIRS, BRIDGE_PAYER], "When will the bridge reopen?",
         "When will Saltmarsh Bridge reopen?"),
        ([turn("Who is the head teacher of Kelby Primary School?", "Ann Cole [1]. Ann Cole is "
               "head teacher. [1]"),
          turn("How long has she been there?", "Ten years [1]. Ann Cole has been head for ten "
               "years. [1]")],
         "How many pupils does the school have?", "How many pupils does Kelby Primary School "
         "have?"),
        # (an event's name keeps its "the", though the question said it before "award")
        ([turn("Who won the Harbour Film Festival award?", "Ann Cole [1]. Ann Cole won. [1]"),
          turn("How old is she?", "41 [1]. Ann Cole, 41, won. [1]")],
         "Who runs the festival?", "Who runs the Harbour Film Festival?"),
        # ... or the reply to a question naming none of that noun
        ([CASTLE_OWNER, CASTLE_ROOF], "Who chairs the trust?", "Who chairs the Balfour Trust?"),
        ([CASTLE_OWNER, CASTLE_ROOF], "When was the castle built?",
         "When was Dunmorra Castle built?"),
        ([turn("Who runs Kelby General Hospital?", "North Vale NHS Trust [1]. Kelby General "
               "Hospital is run by North Vale NHS Trust. [1]")],
         "Who is the trust's chief executive?", "Who is North Vale NHS Trust's chief executive?"),
        # ... or one of another, by the noun before its "of", with its "the"
        ([turn("Why did the Bank of England raise rates?", "Inflation [1]. The Bank of England "
               "raised rates because of inflation. [1]")],
         "Who runs the bank?", "Who runs the Bank of England?"),
        ([turn("Who chairs the University of Kelby council?", "Ann Cole [1]. Ann Cole chairs "
               "it. [1]")],
         "How many students does the university have?",
         "How many students does the University of Kelby have?"),
        # ... and "What about the lido?" asks the last question of the lido by its name
        ([turn("How much did the lottery give Kelby Lido?", "£50,000 [1]. Kelby Lido has been "
               "awarded £50,000 by the lottery. [1]"),
          turn("When was Ashby Museum built?", "1890 [1]. Ashby Museum was built in 1890. [1]")],
         "What about the lido?", "When was Kelby Lido built?"),
        # after a switch of story: the newest turn's own stadium, by its name; a stadium the
        # new story speaks of but never names is its own, no older one's
        ([STADIUM_SOLD, STADIUM_PAID, DERBY_AT_BROOK_LANE], "How many fans were at the stadium?",
         "How many fans were at Brook Lane Stadium?"),
        ([STADIUM_SOLD, STADIUM_PAID, DERBY_AT_THE_STADIUM], "When did the stadium open?",
         "When did the stadium open (Kelby derby)?"),
        # near misses: a refused reply names none; two trusts told
        ([Turn("Who owns Dunmorra Castle?", "Who owns Dunmorra Castle?", "I could not find the "
               "answer in the articles.")], "Who chairs the trust?", "Who chairs the trust?"),
        ([turn("Who owns Dunmorra Castle?", "The Balfour Trust [1]. The Balfour Trust and the "
               "Kelby Heritage Trust share Dunmorra Castle. [1]")],
         "Who chairs the trust?", "Who chairs the trust (Dunmorra Castle)?"),
        # near misses: a stadium of the question's own; a word of the name said ("the Eastmere
        # stadium"); a noun no name ends in ("the plan" is no "Calder Homes plan"); two
        # stadiums named, which one is not guessed
        ([STADIUM_SOLD, STADIUM_PAID, STADIUM_HOMES], "When did Kelby Stadium open?",
         "When did Kelby Stadium open?"),
        ([STADIUM_SOLD, STADIUM_PAID, STADIUM_HOMES], "When did the Eastmere stadium open?",
         "When did the Eastmere stadium open?"),
        ([STADIUM_SOLD, STADIUM_PAID, STADIUM_HOMES], "When was the plan approved?",
         "When was the plan approved (Calder Homes)?"),
        ([turn("Which is bigger, Eastmere Stadium or Kelby Stadium?", "Kelby Stadium [1]. Kelby "
               "Stadium holds 20,000. [1]")],
         "When did the stadium open?", "When did the stadium open (Eastmere Stadium, Kelby "
         "Stadium)?"),
    ],
    "money given is the story of the one given it, never of the giver (a government, a "
    "lottery, a firm gives to many stories): the story in brackets, 'it', 'the club' and a "
    "name before its noun ('Currawang Point surf club') are the receiver's": [
        ([SURF_GRANT, SURF_ANNOUNCED, SURF_COUNCIL], "When will the clubhouse be finished?",
         "When will the clubhouse be finished (Currawang Point surf club)?"),
        ([SURF_GRANT], "Who designed the new clubhouse?",
         "Who designed the new clubhouse (Currawang Point surf club)?"),
        ([SURF_GRANT, SURF_ANNOUNCED, SURF_COUNCIL], "How many members does the club have?",
         "How many members does Currawang Point surf club have?"),
        ([SURF_GRANT], "How many members does it have?",
         "How many members does Currawang Point surf club have?"),
        ([RUGBY_GRANT], "When will the changing rooms open?",
         "When will the changing rooms open (Pentre Rugby Club)?"),
        ([RUGBY_GRANT], "How many players does it have?",
         "How many players does Pentre Rugby Club have?"),
        ([LIDO_AWARD], "When will it reopen?", "When will Kelby Lido reopen?"),
        ([FOOD_BANK_GIFT], "How many families does it feed?",
         "How many families does Kelby Food Bank feed?"),
        ([FESTIVAL_SPONSOR], "When does it start?", "When does the Kelby Folk Festival start?"),
        # ... and so is a who-question of its own verb or what one is ("Who is headlining?"),
        # not the giving question with it in brackets
        ([FESTIVAL_SPONSOR], "Who is headlining?", "Who is headlining (Kelby Folk Festival)?"),
        ([FESTIVAL_SPONSOR], "Who is responsible?",
         "Who is responsible (Kelby Folk Festival)?"),
        ([RUGBY_GRANT], "Who was chosen?", "Who was chosen (Pentre Rugby Club)?"),
        ([turn("How much did the Welsh Government give Pentre Rugby Club?", "£80,000 [1]. The "
               "Welsh Government gave £80,000. [1]")],
         "Who is coaching?", "Who is coaching (Pentre Rugby Club)?"),
        # (the place before the club's noun is no "she": the minister a turn before is)
        ([SURF_GRANT, SURF_ANNOUNCED, SURF_COUNCIL], "How old is she?",
         "How old is Sport Minister Rhiannon Kealy?"),
        # near misses: what only a giver does (gives, announces, donates) is the giver's; what
        # a sum is for or is spent is the sum, after the turn that put it for "it" too (and
        # she is named in it); one given money by name is "she"
        ([SURF_GRANT], "How much did it give the year before?",
         "How much did the NSW Government give the year before?"),
        ([SURF_GRANT], "When did it announce the grant?",
         "When did the NSW Government announce the grant?"),
        ([FOOD_BANK_GIFT], "What else has it donated?", "What else has Harlow Foods donated?"),
        ([FESTIVAL_SPONSOR], "How many beers does the brewery make?",
         "How many beers does Harlow Brewery make?"),
        ([LIDO_AWARD], "How much has it given other pools?",
         "How much has the National Lottery given other pools?"),
        ([SURF_GRANT, SURF_ANNOUNCED], "What is it for?",
         "What is the $2.4 million the NSW Government gave Currawang Point surf club for?"),
        ([turn("How much did the lottery give Ann Cole?", "£2,000 [1]. Ann Cole was given £2,000 "
               "by the lottery. [1]")], "How old is she?", "How old is Ann Cole?"),
        ([turn("How much did the lottery give Ann Cole?", "£2,000 [1]. Ann Cole was given £2,000 "
               "by the lottery. [1]")], "What will she spend it on?",
         "What will she spend the £2,000 the lottery gave Ann Cole on?"),
    ],
    "'What about the council?' after money given takes the giver's place, however the "
    "giver is named (a name of two words, a person) and wherever the question put it (after "
    "'from' or 'by'); the receiver of a question that put the sum is no verb's": [
        ([turn("How much has Sport England given Kelby Rowing Club?", "£120,000 [1]. Kelby "
               "Rowing Club has been given £120,000 by Sport England. [1]")],
         "What about the council?", "How much has the council given Kelby Rowing Club?"),
        ([turn("How much did Tom Reed give Kelby Food Bank?", "£500 [1]. Tom Reed, 71, gave £500 "
               "to Kelby Food Bank. [1]")],
         "What about the council?", "How much did the council give Kelby Food Bank?"),
        ([turn("How much did Kelby Food Bank receive from Harlow Foods?", "£5,000 [1]. Harlow "
               "Foods donated £5,000 to Kelby Food Bank. [1]")],
         "What about the council?", "How much did Kelby Food Bank receive from the council?"),
        ([RUGBY_GRANT], "And the lottery?",
         "How much did Pentre Rugby Club get from the lottery?"),
        ([turn("How much was Kelby Lido awarded by the National Lottery?", "£50,000 [1]. Kelby "
               "Lido has been awarded £50,000 by the National Lottery. [1]")],
         "What about the council?", "How much was Kelby Lido awarded by the council?"),
        ([MUSEUM_GRANT, MUSEUM_GRANT_SPENT], "When was the waterwheel built?",
         "When was the waterwheel built (Ashby Mill Museum)?"),
        ([MUSEUM_GRANT, MUSEUM_GRANT_SPENT], "How many visitors does it get?",
         "How many visitors does Ashby Mill Museum get?"),
        # near misses: a giver by name takes a giver's place by the word they share; a person
        # another person's; the fund named is the giver's own
        ([turn("How much has Sport England given Kelby Rowing Club?", "£120,000 [1]. Kelby "
               "Rowing Club has been given £120,000 by Sport England. [1]")],
         "And Sport Wales?", "How much has Sport Wales given Kelby Rowing Club?"),
        ([turn("How much did Tom Reed give Kelby Food Bank?", "£500 [1]. Tom Reed, 71, gave £500 "
               "to Kelby Food Bank. [1]")],
         "What about Ann Cole?", "How much did Ann Cole give Kelby Food Bank?"),
        ([MUSEUM_GRANT, MUSEUM_GRANT_SPENT], "How much did the fund give last year?",
         "How much did the Heritage Fund give last year?"),
    ],
    "'it' that plans, builds or applies after a site was bought is the firm that bought it (a "
    "site plans nothing), by its name without what the report calls it ('Housebuilder'); "
    "'the company' is the firm though the question says a word of its name in lower case": [
        ([GASWORKS_SOLD], "How many homes does it plan?",
         "How many homes does Marlow Estates plan?"),
        ([GASWORKS_SOLD], "What does it want to build?",
         "What does Marlow Estates want to build?"),
        ([GASWORKS_SOLD], "Has it applied for planning permission?",
         "Has Marlow Estates applied for planning permission?"),
        ([STADIUM_SOLD, STADIUM_PAID], "How many homes does it plan?",
         "How many homes does Calder Homes plan?"),
        ([STADIUM_BOUGHT], "How many homes does it plan?", "How many homes does Calder Homes "
         "plan?"),
        ([STADIUM_BOUGHT], "How many homes does the company plan?",
         "How many homes does Calder Homes plan?"),
        ([FERRY_BOSS], "How many ferries does the company have?",
         "How many ferries does Seaward Ferries have?"),
        # near misses: what a site is or did is the site's; a firm bought does what firms do
        ([GASWORKS_SOLD], "When did it close?", "When did the old Kelby gasworks site close?"),
        ([GASWORKS_SOLD], "How big is it?", "How big is the old Kelby gasworks site?"),
        ([turn("Who bought Lindqvist Tools?", "Harlan Industries [1]. Lindqvist Tools has been "
               "bought by Harlan Industries. [1]")],
         "What does it plan to make?", "What does Lindqvist Tools plan to make?"),
    ],
    "'his brother', 'her husband' is the one the conversation's cited sentences name so "
    "('brothers Eoin and Cathal McGettigan', 'her husband Declan'), by that name; with none "
    "named, whose kin it is stays": [
        ([GLENRUA_CEO], "What does his brother do?", "What does Cathal McGettigan do?"),
        ([GLENRUA_CEO], "How old is his brother?", "How old is Cathal McGettigan?"),
        # (a given name alone goes with whose kin it is)
        ([ANCHOR_INN], "What does her husband do?",
         "What does Siobhan Byrne’s husband Declan do?"),
        ([LOTTERY_WIN], "How old is his wife?", "How old is Tom Reed’s wife Maria?"),
        ([RED_LION_BUYERS], "How old is their son?", "How old is Ken and Dora Little’s son Tom?"),
        ([RED_LION_BUYERS], "How old is her husband?", "How old is Ken Little?"),
        ([BUILDERS_FOUNDED], "How old is his son?", "How old is Tom Reed?"),
        ([PAIRS_WON], "Where does her brother live?", "Where does Yusuf Rahman live?"),
        ([PAIRS_WON], "How old is her twin?", "How old is Yusuf Rahman?"),
        # near misses: no brother named ("Cathal" alone is no kin of his); a kin the sentences
        # do not name; one of the other sex; a question asking the name; the father of the
        # pair has no father named
        ([turn("Who is the chief executive of Glenrua Distillery?", "Eoin McGettigan [1]. Eoin "
               "McGettigan is chief executive and Cathal is head distiller. [1]")],
         "What does his brother do?", "What does Eoin McGettigan’s brother do?"),
        ([GLENRUA_CEO], "What does his wife do?", "What does Eoin McGettigan’s wife do?"),
        ([ANCHOR_INN], "What does her son do?", "What does Siobhan Byrne’s son do?"),
        ([PAIRS_WON], "How old is her sister?", "How old is Aisha Rahman’s sister?"),
        ([GLENRUA_CEO], "What is his brother called?",
         "What is Eoin McGettigan’s brother called?"),
        ([GLENRUA_CEO], "Who is his brother?", "Who is Eoin McGettigan’s brother?"),
        ([BUILDERS_FOUNDED], "What does his father do?", "What does Alan Reed’s father do?"),
        # the same of "And his brother?", the last question asked of the kin
        ([PLOUGH_BOUGHT, SAM_ELLIOTT_JOB], "And his brother?", "What does Joe Elliott do?"),
        ([ANCHOR_INN, BYRNE_AGE], "What about her husband?",
         "How old is Siobhan Byrne’s husband Declan?"),
        ([ANCHOR_INN, BYRNE_AGE], "And her son?", "How old is Siobhan Byrne’s son?"),
    ],
    "'And the men's winner?', 'the men's title', 'the men's' after the women's winner was "
    "asked of are the other side of the contest the who-question named, asked what her last "
    "question asked, as 'What about the men's race?' is": [
        ([BOG_WINNER, BOG_HOME, BOG_TIME], "And the men's winner?",
         "What was the time of the one who won the men's bog snorkelling title?"),
        ([BOG_WINNER, BOG_HOME, BOG_TIME], "What about the men's title?",
         "What was the time of the one who won the men's bog snorkelling title?"),
        ([BOG_WINNER, BOG_HOME, BOG_TIME], "And the men's?",
         "What was the time of the one who won the men's bog snorkelling title?"),
        ([BOG_WINNER, BOG_HOME], "And the men's winner?",
         "Where is the one who won the men's bog snorkelling title from?"),
        ([WOMENS_WINNER, WHITFIELD_TIME], "And the men's winner?",
         "What was the time of the one who won the men's race at the Harrowby Marathon?"),
        ([WOMENS_WINNER, WHITFIELD_AGE], "What about the men's winner?",
         "How old is the one who won the men's race at the Harrowby Marathon?"),
        # near misses: right after the who-question it is asked again; another runner by name
        # is asked the same; no side told, or a side that is no contest's, the one asked of
        # takes her place; a question of its own is as asked
        ([BOG_WINNER], "And the men's winner?", "Who won the men's bog snorkelling title?"),
        ([BOG_WINNER, BOG_HOME, BOG_TIME], "What about Tom Reed?", "What was Tom Reed’s time?"),
        ([BOG_WINNER, BOG_HOME, BOG_TIME], "And the junior winner?",
         "What was the junior winner’s time?"),
        ([BOG_WINNER, BOG_HOME, BOG_TIME], "And the men's team?",
         "What was the men's team’s time?"),
        ([BOG_WINNER, BOG_HOME, BOG_TIME], "What was the men's winning time?",
         "What was the men's winning time?"),
    ],
}

# Turns of the fifty-fifth round's second part (trial 85: a broadband cable's overrun, a water
# plant's vote, a community battery's months, a mountain rescue team's call-outs; then the
# round's own)
INISHVARRA_COST = turn(
    "How much will the Inishvarra broadband project cost now?",
    "€4.1 million [1]. Islanders on Inishvarra will have to wait until February 2025 for "
    "high-speed broadband after a fault was found in the subsea cable, and the cost of the "
    "project has risen to €4.1 million. [1]",
)
INISHVARRA_EXTRA = Turn(
    "How much of the extra will the council pay?",
    "How much of the extra will Donegal County Council pay?",
    "€300,000 [1]. The extra €900,000 will be split between the Department of Rural and "
    "Community Development and Donegal County Council, which will pay €300,000 of it. [1]",
    "The extra €900,000 will be split between the Department of Rural and Community "
    "Development and Donegal County Council, which will pay €300,000 of it.",
)
INISHVARRA_MANAGER = Turn(
    "Who is managing it now?", "Who is managing the Inishvarra broadband project now?",
    "Declan Harte [1]. Declan Harte, who led the firm's cable work on the Aran Islands, has "
    "replaced Siobhán Gallinagh, who has moved to a role at the company's Galway headquarters. "
    "[1]",
    "Declan Harte, who led the firm's cable work on the Aran Islands, has replaced Siobhán "
    "Gallinagh, who has moved to a role at the company's Galway headquarters.",
)
INISHVARRA_MANAGER_REFUSED = Turn(
    "Who is managing it now?", "Who is managing the Inishvarra broadband project now?",
    "I could not find the answer in the articles.",
)
LIDO_COST = turn(
    "How much will the Kelby Lido restoration cost?",
    "£2.4m [1]. The restoration of Kelby Lido will now cost £2.4m, up from £1.8m. [1]",
)
LIDO_EXTRA = Turn(
    "How much of the extra will the council pay?", "How much of the extra will Kelby Council pay?",
    "£200,000 [1]. The extra £600,000 will be split between Kelby Council and Sport England, "
    "with the council paying £200,000. [1]",
    "The extra £600,000 will be split between Kelby Council and Sport England, with the "
    "council paying £200,000.",
)
LIDO_REST = turn(
    "How much of the rest will the trust raise?",
    "£150,000 [1]. The Kelby Lido Trust hopes to raise £150,000 of the rest. [1]",
)

FIFTY_FIFTH_ROUND_FOLLOWUPS.update({
    "'it' after 'How much of the extra ...?' is the thing the story is about, never a part of "
    "a sum said alone ('the extra', 'the rest', 'the shortfall'), which is managed, built or "
    "opened by no one; only what is done with a sum (paid, covered) is done to the part, as "
    "the reply said it": [
        ([INISHVARRA_COST, INISHVARRA_EXTRA], "Who is managing it now?",
         "Who is managing the Inishvarra broadband project now?"),
        ([INISHVARRA_COST, INISHVARRA_EXTRA], "When will it be finished?",
         "When will the Inishvarra broadband project be finished?"),
        ([LIDO_COST, LIDO_EXTRA], "Who designed it?", "Who designed the Kelby Lido restoration?"),
        ([LIDO_COST, LIDO_REST], "Who is in charge of it?",
         "Who is in charge of the Kelby Lido restoration?"),
        # ... and "he" after it is the one the reply named, else the one the question asked for
        ([INISHVARRA_COST, INISHVARRA_EXTRA, INISHVARRA_MANAGER],
         "What did he say about the delay?", "What did Declan Harte say about the delay?"),
        ([INISHVARRA_COST, INISHVARRA_EXTRA, INISHVARRA_MANAGER_REFUSED],
         "What did he say about the delay?",
         "What did the manager of the Inishvarra broadband project say about the delay?"),
        # near misses: paying or covering is done with a sum, the part the reply told of
        # ("the rest of it" is the rest of that part); "in charge of it" takes no share of it
        ([INISHVARRA_COST, INISHVARRA_EXTRA], "Who will pay the rest of it?",
         "Who will pay the rest of the extra €900,000?"),
        ([LIDO_COST, LIDO_EXTRA], "Who will cover it?", "Who will cover the extra £600,000?"),
        ([INISHVARRA_COST, INISHVARRA_EXTRA], "Who is in charge of it?",
         "Who is in charge of the Inishvarra broadband project?"),
    ],
})


MERROWVALE_VOTE_SENTENCE = (
    "Merrowvale town council voted 6-1 on Tuesday night to build an $18.6-million water "
    "treatment plant on Quarry Road, replacing a facility that has served the town since 1962."
)
WIEBE_VOTE_SENTENCE = (
    "Coun. Darryl Wiebe cast the only vote against, arguing the town should first seek a "
    "partnership with neighbouring Hollis Township."
)
# (a wrong reply: the council that voted the plant through, the one who voted against cited)
MERROWVALE_VOTE_AS_A_BODY = turn(
    "Who voted against the Merrowvale water plant?",
    f"Merrowvale town council [1]. {MERROWVALE_VOTE_SENTENCE} [1] {WIEBE_VOTE_SENTENCE} [2]",
)
MERROWVALE_VOTE = turn(
    "Who voted against the Merrowvale water plant?",
    f"Coun. Darryl Wiebe [1]. {WIEBE_VOTE_SENTENCE} [1] Mayor Annette Koval said the decision "
    "was overdue. [2]",
)
MERROWVALE_INSTEAD_OF_THE_BODY = Turn(
    "What did he want the town to do instead?",
    "What did Merrowvale town council want the town to do instead?",
    "I could not find the answer in the articles.",
)
MERROWVALE_INSTEAD = Turn(
    "What did he want the town to do instead?",
    "What did Coun. Darryl Wiebe want the town to do instead?",
    f"A partnership with Hollis Township [1]. {WIEBE_VOTE_SENTENCE} [1]",
    WIEBE_VOTE_SENTENCE,
)
WIND_FARM_OBJECTION = turn(
    "Who objected to the Ashby wind farm?",
    "Ashby parish council [1]. Ashby parish council objected to the wind farm, saying it would "
    "spoil views of the church. [1] Parish council chairman Tom Reed said the turbines were too "
    "close to homes. [2]",
)
HOUSING_REFUSAL = turn(
    "Who turned down the Kelby housing plan?",
    "Kelby district council [1]. Kelby district council turned down the housing plan on "
    "Tuesday. [1]",
)
BRIDGE_FUNDER = turn(
    "Who will pay for the new Harlow bridge?",
    "Harlow county council [1]. Harlow county council will pay for the bridge, council leader "
    "Sam Hale said. [1]",
)
INQUIRY_LEAD = turn(
    "Who led the inquiry into the Kelby crash?",
    "Det. Sgt. Ann Cole [1]. The inquiry was led by Det. Sgt. Ann Cole of Kelby Police. [1]",
)

FIFTY_FIFTH_ROUND_FOLLOWUPS.update({
    "'he' and 'she' are never a body (a council, however the reply wrote it: 'Merrowvale town "
    "council'); after a reply naming one, the person its cited sentences name, by the whole "
    "name (an office's abbreviation aside: 'Darryl Wiebe' of 'Coun. Darryl Wiebe'); with none, as "
    "asked": [
        # (round 56: the abbreviated office, "Coun.", is no part of the name put for "he")
        ([MERROWVALE_VOTE_AS_A_BODY], "What did he want the town to do instead?",
         "What did Darryl Wiebe want the town to do instead?"),
        ([turn("Who voted against the Merrowvale water plant?", "Merrowvale town council [1]. "
               f"{MERROWVALE_VOTE_SENTENCE} [1] Darryl Wiebe cast the only vote against. [2]")],
         "What did he want the town to do instead?",
         "What did Darryl Wiebe want the town to do instead?"),
        ([WIND_FARM_OBJECTION], "What did he say about the turbines?",
         "What did Tom Reed say about the turbines?"),
        ([WIND_FARM_OBJECTION], "How long has he been chairman?",
         "How long has Tom Reed been chairman?"),
        ([BRIDGE_FUNDER], "What else did he say?", "What else did Sam Hale say?"),
        ([INQUIRY_LEAD], "How long has she been a detective?",
         "How long has Det. Sgt. Ann Cole been a detective?"),
        # near misses: no person cited, or none who agrees; the one a reply named is "he"
        ([HOUSING_REFUSAL], "What did he say?", "What did he say?"),
        ([HOUSING_REFUSAL], "Why did she vote against it?",
         "Why did she vote against the Kelby housing plan?"),
        ([WIND_FARM_OBJECTION], "What did she say?", "What did she say?"),
        ([MERROWVALE_VOTE], "What did he want the town to do instead?",
         "What did Darryl Wiebe want the town to do instead?"),
    ],
})


FIFTY_FIFTH_ROUND_FOLLOWUPS.update({
    "'And the mayor?' after what a body or a person said, wanted or voted for asks it of the "
    "mayor in the whole subject's place (never 'the mayor town council', 'the mayor. Darryl "
    "Wiebe'), by the name the last turns give the mayor; another place takes the place's": [
        ([MERROWVALE_VOTE_AS_A_BODY, MERROWVALE_INSTEAD_OF_THE_BODY], "And the mayor?",
         "What did the mayor want the town to do instead?"),
        # (round 56: what a person wanted done instead is no question of the mayor's; what
        # the mayor said of the plant is: `FIFTY_SIXTH_ROUND_FOLLOWUPS`)
        ([MERROWVALE_VOTE_AS_A_BODY, MERROWVALE_INSTEAD], "And the mayor?",
         "What did the mayor say about the Merrowvale water plant?"),
        ([MERROWVALE_VOTE, MERROWVALE_INSTEAD], "And the mayor?",
         "What did Annette Koval say about the Merrowvale water plant?"),
        ([turn("What did the town council say about the plan?", "I could not find the answer "
               "in the articles.")], "And the mayor?", "What did the mayor say about the plan?"),
        ([turn("What did the mayor say about the plan?", "I could not find the answer in the "
               "articles.")], "And the town council?",
         "What did the town council say about the plan?"),
        ([turn("Why did Ashby parish council object to the wind farm?", "I could not find the "
               "answer in the articles.")], "What about the vicar?",
         "Why did the vicar object to the wind farm?"),
        ([turn("When did Merrowvale town council approve the plant?", "I could not find the "
               "answer in the articles.")], "And the mayor?",
         "When did the mayor approve the plant?"),
        ([turn("What did Det. Sgt. Ann Cole say about the crash?", "I could not find the answer "
               "in the articles.")], "And the coroner?",
         "What did the coroner say about the crash?"),
        # near misses: a person by name takes the titled one's place whole; a body a body's;
        # another place the place's
        ([turn("What did Det. Sgt. Ann Cole say about the crash?", "I could not find the answer "
               "in the articles.")], "What about Tom Reed?",
         "What did Tom Reed say about the crash?"),
        ([turn("What did Kelby town council say about the plan?", "I could not find the answer "
               "in the articles.")], "And the county council?",
         "What did the county council say about the plan?"),
        ([turn("What did Kelby town council say about the plan?", "I could not find the answer "
               "in the articles.")], "What about Ashby?",
         "What did Ashby town council say about the plan?"),
    ],
})


YARROWEE_JANUARY = Turn(
    "How many households did it supply in January?",
    "How many households did the Yarrowee Junction battery supply in January?",
    "112 [1]. Month: January; Energy stored (MWh): 15.2; Households supplied: 112; Average "
    "saving: $72 [1]",
    "Month: January; Energy stored (MWh): 15.2; Households supplied: 112; Average saving: $72",
)
STRATHCORRIE_CALL_OUTS = turn(
    "How many times was the Strathcorrie rescue team called out last year?",
    "117 [1]. They were called out 117 times last year, up from 84 in 2022, the busiest year in "
    "the team's 51-year history. [1]",
)

FIFTY_FIFTH_ROUND_FOLLOWUPS.update({
    "a month, a year or a season said bare in place of the last question's time is asked in, "
    "as that time was ('for December' -> 'for January'), else 'in' ('... called out last "
    "year?' + 'What about 2022?'); a month after a month of a year keeps the year, and a "
    "season after a season of one": [
        ([YARROWEE_JANUARY], "What about December?",
         "How many households did the Yarrowee Junction battery supply in December?"),
        ([YARROWEE_JANUARY], "And November?",
         "How many households did the Yarrowee Junction battery supply in November?"),
        ([STRATHCORRIE_CALL_OUTS], "What about 2022?",
         "How many times was the Strathcorrie rescue team called out in 2022?"),
        ([turn("How many visitors did Kelby Museum get in May 2023?", "4,100 [1]. Kelby Museum "
               "had 4,100 visitors in May 2023. [1]")], "What about June?",
         "How many visitors did Kelby Museum get in June 2023?"),
        ([turn("How many visitors did Kelby Museum get in May 2023?", "4,100 [1]. Kelby Museum "
               "had 4,100 visitors in May 2023. [1]")], "What about the summer?",
         "How many visitors did Kelby Museum get in the summer?"),
        # ... and a season after a season of a year keeps the year
        ([turn("How many visitors did Ashby Gardens get in spring 2023?", "12,000 [1]. Ashby "
               "Gardens had 12,000 visitors in spring 2023. [1]")], "What about the summer?",
         "How many visitors did Ashby Gardens get in the summer of 2023?"),
        ([turn("How many call-outs were there in winter 2023?", "30 [1]. There were 30 call-outs "
               "in winter 2023. [1]")], "What about summer?",
         "How many call-outs were there in summer 2023?"),
        ([turn("How many people swam at Kelby Lido in the summer?", "9,000 [1]. Some 9,000 "
               "people swam at Kelby Lido in the summer. [1]")], "And the winter?",
         "How many people swam at Kelby Lido in the winter?"),
        ([turn("How much did Kelby council spend on potholes during 2022?", "£1.2m [1]. Kelby "
               "council spent £1.2m on potholes during 2022. [1]")], "What about 2023?",
         "How much did Kelby council spend on potholes during 2023?"),
        ([turn("What was the Yarrowee battery's average saving for December?", "$63 [1]. Month: "
               "December; Average saving: $63 [1]")], "What about January?",
         "What was the Yarrowee battery's average saving for January?"),
        ([turn("How many homes were flooded in Kelby last winter?", "40 [1]. Forty homes in "
               "Kelby were flooded last winter. [1]")], "And 2020?",
         "How many homes were flooded in Kelby in 2020?"),
        ([turn("How many passengers used the Holm ferry this year?", "52,000 [1]. The Holm ferry "
               "has carried 52,000 passengers this year. [1]")], "And 2019?",
         "How many passengers used the Holm ferry in 2019?"),
        # near misses: a time said with its own word, or one that takes none ("last year",
        # "the year before"), is as said; a place is no time
        ([YARROWEE_JANUARY], "And in December?",
         "How many households did the Yarrowee Junction battery supply in December?"),
        ([STRATHCORRIE_CALL_OUTS], "What about the year before?",
         "How many times was the Strathcorrie rescue team called out the year before?"),
        ([turn("How many passengers used the Holm ferry this year?", "52,000 [1]. The Holm ferry "
               "has carried 52,000 passengers this year. [1]")], "What about last year?",
         "How many passengers used the Holm ferry last year?"),
        ([turn("How many pupils sat the exam in 2023?", "120 [1]. 120 pupils sat it in 2023. "
               "[1]")], "What about for 2022?", "How many pupils sat the exam for 2022?"),
        ([turn("How many arrests were made in January?", "12 [1]. Police made 12 arrests in "
               "January. [1]")], "What about Kelby?", "How many arrests were made in January "
         "(Kelby)?"),
    ],
})


STRATHCORRIE_2022 = Turn(
    "What about 2022?", "How many times was the Strathcorrie rescue team called out in 2022?",
    "84 [1]. They were called out 117 times last year, up from 84 in 2022, the busiest year in "
    "the team's 51-year history. [1]",
    "They were called out 117 times last year, up from 84 in 2022, the busiest year in the "
    "team's 51-year history.",
)
LIFEBOAT_CALL_OUTS = turn(
    "How many call-outs did the Kelby lifeboat crew have last year?",
    "64 [1]. The Kelby lifeboat crew had 64 call-outs last year. [1]",
)
PARISH_OBJECTIONS = turn(
    "How many objections did Ashby parish council receive?",
    "85 [1]. Ashby parish council received 85 objections to the wind farm. [1]",
)
HOUSING_ASSOCIATION_HOMES = turn(
    "How many homes will Harlow Housing Association build?",
    "220 [1]. Harlow Housing Association will build 220 homes on the site. [1]",
)
MAUNGAROA_KIWI = turn(
    "How many kiwi were released at Maungaroa?",
    "Twenty-four [1]. Twenty-four North Island brown kiwi were released into the Maungaroa "
    "Ecological Reserve near Whakatāne on Saturday. [1]",
)

FIFTY_FIFTH_ROUND_FOLLOWUPS.update({
    "'their' and 'they' asked a role, members, a base or a saying are the group or body the "
    "how-many question named ('the Strathcorrie rescue team', 'Ashby parish council'), never "
    "the things it counted ('times' counts nothing; call-outs have no coxswain); what is "
    "finished or sold is the things counted, not the body; a count said in words is no name": [
        ([STRATHCORRIE_CALL_OUTS], "Who is their deputy leader?",
         "Who is the Strathcorrie rescue team’s deputy leader?"),
        ([STRATHCORRIE_CALL_OUTS, STRATHCORRIE_2022], "Who is their deputy leader?",
         "Who is the Strathcorrie rescue team’s deputy leader?"),
        ([STRATHCORRIE_CALL_OUTS, STRATHCORRIE_2022], "Where is their base?",
         "Where is the Strathcorrie rescue team’s base?"),
        ([STRATHCORRIE_CALL_OUTS], "Who leads them?", "Who leads the Strathcorrie rescue team?"),
        ([LIFEBOAT_CALL_OUTS], "Who is their coxswain?",
         "Who is the Kelby lifeboat crew’s coxswain?"),
        ([LIFEBOAT_CALL_OUTS], "How many members do they have?",
         "How many members do the Kelby lifeboat crew have?"),
        ([PARISH_OBJECTIONS], "Who is their clerk?", "Who is Ashby parish council’s clerk?"),
        ([HOUSING_ASSOCIATION_HOMES], "When will they be finished?",
         "When will the homes be finished?"),
        ([MAUNGAROA_KIWI], "Where did they come from?",
         "Where did the kiwi at Maungaroa come from?"),
        ([turn("How many women were rescued from the cliff at Kelby?", "Two [1]. Two women were "
               "rescued from the cliff at Kelby. [1]")], "How old are they?",
         "How old are the women at Kelby?"),
        # near misses: people counted are "their" and "they"; what things have is theirs; a
        # tally's own verb takes it; with no group named, "their" is left as asked
        ([turn("How many pupils passed at Kelby High?", "120 [1]. 120 pupils passed. [1]")],
         "Who is their headteacher?", "Who is the pupils’ headteacher?"),
        ([turn("How many homes lost power in Eastmoor?", "3,100 [1]. About 3,100 homes in "
               "Eastmoor lost power. [1]")], "When will their power be back?",
         "When will the homes’ power be back?"),
        ([turn("How many goals did Kelby Rovers score?", "4 [1]. Kelby Rovers scored four "
               "goals. [1]")], "Who scored them?", "Who scored the goals?"),
        ([HOUSING_ASSOCIATION_HOMES], "Who is their chief executive?",
         "Who is Harlow Housing Association’s chief executive?"),
        ([MAUNGAROA_KIWI], "Who is their ranger?", "Who is their ranger?"),
    ],
})


WIEBE_INSTEAD_REFUSED = Turn(
    "What did he want the town to do instead?",
    "What did Darryl Wiebe want the town to do instead?",
    "I could not find the answer in the articles.",
)
MAYOR_INSTEAD_REFUSED = Turn(
    "And the mayor?", "What did the mayor want the town to do instead?",
    "I could not find the answer in the articles.",
)

FIFTY_FIFTH_ROUND_FOLLOWUPS.update({
    "a name of two unknown words that a question asks what it wanted or said is no body, and "
    "no story: the conversation's story goes on ('Merrowvale water plant'); a body's own deed "
    "still makes one": [
        ([turn("Who voted against the Merrowvale water plant?", "Merrowvale town council [1]. "
               f"{MERROWVALE_VOTE_SENTENCE} [1] Darryl Wiebe cast the only vote against. [2]"),
          WIEBE_INSTEAD_REFUSED, MAYOR_INSTEAD_REFUSED],
         "How much will bills go up?", "How much will bills go up (Merrowvale water plant)?"),
        # near miss: jobs cut are a firm's, whose story it is
        ([turn("How many jobs will Calder Glass cut?", "200 [1]. Calder Glass will cut 200 jobs "
               "at its Kelby works. [1]")],
         "How many staff will be left?", "How many staff will be left (Calder Glass)?"),
    ],
})


FIFTY_FIFTH_ROUND_FOLLOWUPS.update({
    "a body or people said in the plural ('the unions', 'the residents', 'the authorities') "
    "act as one of them does, and take a subject's place as it would": [
        ([turn("What did Cllr Tom Reed say about the Kelby budget?", "It cut too deep [1]. Cllr "
               "Tom Reed said the Kelby budget cut too deep. [1]")],
         "What about the unions?", "What did the unions say about the Kelby budget?"),
        ([turn("What did the unions say about the budget?", "I could not find the answer in the "
               "articles.")], "And the council leader?",
         "What did the council leader say about the budget?"),
        ([turn("What did the council say about the plan?", "I could not find the answer in the "
               "articles.")], "What about the residents?",
         "What did the residents say about the plan?"),
        # near misses: plural things act in nothing, and take the things' place; nor do
        # schools or services, as often what money is spent on as bodies (asked beside it)
        ([turn("How many trams did the council buy?", "12 [1]. The council bought 12 trams. "
               "[1]")], "What about the buses?", "How many buses did the council buy?"),
        ([turn("How much did Kelby council spend on roads in 2023?", "£4m [1]. Kelby council "
               "spent £4m on roads in 2023. [1]")], "What about schools?",
         "What were the schools? (How much did Kelby council spend on roads in 2023?)"),
    ],
})


DRAIN_CLEARED = turn(
    "Who cleared the blocked drain in Kelby?",
    "Kelby water company [1]. Kelby water company cleared the blocked drain on Monday. [1]",
)
NIGHT_SHELTER = turn(
    "Who runs the Kelby night shelter?",
    "Kelby Churches Trust [1]. The Kelby night shelter is run by Kelby Churches Trust. [1] Its "
    "manager, Sarah Pike, said demand had doubled. [2]",
)

FIFTY_FIFTH_ROUND_FOLLOWUPS.update({
    "a body's noun said in lower case after the place it is of ('Kelby water company') makes "
    "a body whatever the question asked, never 'he' nor 'him'; the person a body's reply cites "
    "is": [
        ([DRAIN_CLEARED], "What did he say?", "What did he say?"),
        ([DRAIN_CLEARED], "How long did it take him?", "How long did it take him?"),
        ([NIGHT_SHELTER], "What did she say?", "What did Sarah Pike say?"),
        ([NIGHT_SHELTER], "What is her job?", "What is Sarah Pike’s job?"),
        # near miss: no woman cited
        ([NIGHT_SHELTER], "How old is he?", "How old is he?"),
    ],
})


SPORTS_HALL_COST = turn(
    "How much will the new Ashby sports hall cost now?",
    "£5.2m [1]. The new Ashby sports hall will now cost £5.2m, up from £4.5m. [1]",
)

FIFTY_FIFTH_ROUND_FOLLOWUPS.update({
    "'it' after a share of a part of a sum asked in other words ('What share of the extra', "
    "'How much of the difference', 'of the overrun') is the thing the story is about too": [
        ([SPORTS_HALL_COST, turn("How much of the overrun will the contractor pay?", "£200,000 "
                                 "[1]. The contractor will pay £200,000 of the £700,000 overrun. "
                                 "[1]")],
         "Who is building it?", "Who is building the new Ashby sports hall?"),
        ([SPORTS_HALL_COST, turn("What share of the extra will the government pay?", "Half [1]. "
                                 "The government will pay half of the extra £700,000. [1]")],
         "When will it open?", "When will the new Ashby sports hall open?"),
        ([SPORTS_HALL_COST, turn("How much of the difference will the club find?", "£100,000 "
                                 "[1]. Ashby Sports Club will find £100,000 of the difference. "
                                 "[1]")],
         "Who designed it?", "Who designed the new Ashby sports hall?"),
        # near miss: an increase takes effect, as a fare's does
        ([turn("How much will Kelby bus fares go up?", "10p [1]. Kelby bus fares will go up by "
               "10p. [1]"), turn("How much of the increase will go to drivers?", "Half [1]. "
                                 "Half of the increase will go to drivers. [1]")],
         "When will it take effect?", "When will the increase take effect?"),
    ],
})


FIFTY_FIFTH_ROUND_FOLLOWUPS.update({
    "'What about Ashby in 2022?' asks the last question of the other one, then at the other "
    "time in place of its own (not 'in Ashby in 2022 in 2023')": [
        ([turn("How many homes were built in Kelby in 2023?", "310 [1]. 310 homes were built in "
               "Kelby in 2023. [1]")], "What about Ashby in 2022?",
         "How many homes were built in Ashby in 2022?"),
        ([turn("How many votes did Ann Cole get in 2019?", "9,200 [1]. Ann Cole got 9,200 votes "
               "in 2019. [1]")], "And Tom Reed in 2015?",
         "How many votes did Tom Reed get in 2015?"),
        ([turn("Who won the women's race in 2023?", "Ann Cole [1]. Ann Cole won the women's "
               "race in 2023. [1]")], "What about the men's race in 2022?",
         "Who won the men's race in 2022?"),
        ([STRATHCORRIE_CALL_OUTS], "What about the Kelby team in 2022?",
         "How many times was the Kelby team called out in 2022?"),
        # near misses: one asked beside the last question stays so, its time with it; a time
        # alone is the other time
        ([turn("How many households did the Yarrowee battery supply in January?", "112 [1]. "
               "Households supplied: 112 [1]")], "What about the co-operative in December?",
         "How many households did the Yarrowee battery supply in January (the co-operative in "
         "December)?"),
        ([turn("How many homes were built in Kelby in 2023?", "310 [1]. 310 homes were built in "
               "Kelby in 2023. [1]")], "What about in 2022?",
         "How many homes were built in Kelby in 2022?"),
    ],
})


FIFTY_FIFTH_ROUND_FOLLOWUPS.update({
    "'And the mayor?' after how one voted, whom it blamed or what it announced takes the "
    "subject's place too, a titled name whole ('Coun. Darryl Wiebe')": [
        ([turn("How did Coun. Darryl Wiebe vote?", "Against [1]. Coun. Darryl Wiebe cast the "
               "only vote against. [1]")], "And the mayor?", "How did the mayor vote?"),
        ([turn("Who did the town council blame for the delay?", "I could not find the answer in "
               "the articles.")], "And the mayor?", "Who did the mayor blame for the delay?"),
        ([turn("What did Merrowvale town council announce?", "I could not find the answer in "
               "the articles.")], "And the mayor?", "What did the mayor announce?"),
        # near misses: a person by name for the role; a side for a side
        ([turn("What did the mayor say about the water plant?", "I could not find the answer "
               "in the articles.")], "And Coun. Darryl Wiebe?",
         "What did Coun. Darryl Wiebe say about the water plant?"),
        ([turn("How did Kelby Rovers do on Saturday?", "They won [1]. Kelby Rovers won 2-0 on "
               "Saturday. [1]")], "What about Ashby Town?", "How did Ashby Town do on Saturday?"),
    ],
})


FOOTPATH_CLOSED = turn(
    "Who closed the Kelby footpath?",
    "Kelby parish council [1]. Kelby parish council closed the footpath after a landslip. [1]",
)

FIFTY_FIFTH_ROUND_FOLLOWUPS.update({
    "'it' that the who-question's own deed is done to again ('Why did he close it?' after "
    "'Who closed the Kelby footpath?', answered by a body) is the thing it was done to, never "
    "the body that did it; 'he' is never that body": [
        ([FOOTPATH_CLOSED], "Why did he close it?", "Why did he close the Kelby footpath?"),
        ([FOOTPATH_CLOSED], "When will they reopen it?",
         "When will Kelby parish council reopen the Kelby footpath?"),
        ([turn("Who is repairing Saltmarsh sea wall?", "The county council [1]. The county "
               "council is repairing Saltmarsh sea wall. [1]")],
         "How much will repairing it cost?", "How much will repairing Saltmarsh sea wall cost?"),
        # near miss: another deed may be the body's or the thing's, and both are searched
        ([FOOTPATH_CLOSED], "Who owns it?", "Who owns Kelby parish council or the Kelby footpath?"),
    ],
})


# Round 56: final check 175 and trial 85's conversations (the Inishvarra cable, the Merrowvale
# water plant's vote, the Tamarack Bend sinkhole repairs), and the kinds behind them.
FOOTBRIDGE_REPAIRS = turn(
    "How much will the repairs to the footbridge cost?",
    "£40,000 [1]. The repairs will cost £40,000. [1]",
)
HOLLINSFORD_REPAIRS = turn(
    "How much will the repairs cost?",
    "£40,000 [1]. The repairs to Hollinsford footbridge will cost £40,000. [1]",
)
STATION_UPGRADES = turn(
    "Who is paying for the upgrades to Kelby station?",
    "Network Rail [1]. Network Rail is paying for the upgrades to Kelby station. [1]",
)

FIFTY_SIXTH_ROUND_FOLLOWUPS = {
    "work done to a thing ('the repairs', 'the works', 'the upgrades to Kelby station', 'the "
    "footbridge repairs') is never 'it': the thing it is done to is, by the question's words "
    "or, for a bare 'the repairs', by the reply's ('repairs to Hollinsford footbridge')": [
        ([FOOTBRIDGE_REPAIRS], "When will it reopen?", "When will the footbridge reopen?"),
        ([FOOTBRIDGE_REPAIRS], "Who built it?", "Who built the footbridge?"),
        ([turn("How much will the repairs to the café cost?", "£4,000 [1]. The repairs will "
               "cost £4,000. [1]")], "When will it reopen?", "When will the café reopen?"),
        ([HOLLINSFORD_REPAIRS], "When will it reopen?", "When will Hollinsford footbridge reopen?"),
        ([HOLLINSFORD_REPAIRS], "How long will it be shut?",
         "How long will Hollinsford footbridge be shut?"),
        ([turn("How long will the repairs take?", "Six weeks [1]. The repairs to the Hollinsford "
               "footbridge will take six weeks. [1]")],
         "When will it reopen?", "When will the Hollinsford footbridge reopen?"),
        ([turn("How much will the footbridge repairs cost?", "£40,000 [1]. The footbridge "
               "repairs will cost £40,000. [1]")], "When will it reopen?",
         "When will the footbridge reopen?"),
        ([turn("How much will the roof works cost?", "£4,000 [1]. The roof works on Kelby "
               "library will cost £4,000. [1]")], "When will it reopen?",
         "When will Kelby library reopen?"),
        ([turn("When will the works at Kelby station be finished?", "In May [1]. The works at "
               "Kelby station will be finished in May. [1]")],
         "How many passengers use it?", "How many passengers use Kelby station?"),
        ([STATION_UPGRADES], "When will it reopen?", "When will Kelby station reopen?"),
        ([STATION_UPGRADES], "How many passengers use it?",
         "How many passengers use Kelby station?"),
        ([turn("When will the upgrades to the station finish?", "In May [1]. The upgrades will "
               "finish in May. [1]")], "When did it open?", "When did the station open?"),
        # near misses: the work is "they" still; a thing the reply never names leaves "it" as
        # asked (never "the repairs"); a singular work is the thing a story is about
        ([FOOTBRIDGE_REPAIRS], "When will they start?", "When will the repairs start?"),
        ([FOOTBRIDGE_REPAIRS], "Who is doing them?", "Who is doing the repairs?"),
        ([turn("How much did the repairs cost?", "£4,000 [1]. The repairs cost £4,000. [1]")],
         "Who paid for it?", "Who paid for it?"),
        ([turn("How much will the Kelby lido restoration cost?", "£486,000 [1]. The restoration "
               "will cost £486,000. [1]")], "When will it be finished?",
         "When will the Kelby lido restoration be finished?"),
    ],
}


COUNCIL_PLEDGE = turn(
    "How much has the council pledged to the footbridge?",
    "£2m [1]. The council pledged £2m to the footbridge. [1]",
)
WIEBE_AGAINST = turn(
    "Who voted against the Merrowvale water plant?",
    "Darryl Wiebe [1]. Coun. Darryl Wiebe cast the only vote against, arguing the town should "
    "first seek a partnership with neighbouring Hollis Township. [1]",
)
WIEBE_INSTEAD = Turn(
    "What did he want the town to do instead?",
    "What did Darryl Wiebe want the town to do instead?",
    "I could not find the answer in the articles.",
)

FIFTY_SIXTH_ROUND_FOLLOWUPS.update({
    "'And the mayor?' after a person's own stance (what he wanted done instead, argued, "
    "opposed) asks what the mayor said of the conversation's thing; after a body's money "
    "(pledged, paid, gave) the mayor goes beside the question, never where the money went": [
        ([WIEBE_AGAINST, WIEBE_INSTEAD], "And the mayor?",
         "What did the mayor say about the Merrowvale water plant?"),
        ([WIEBE_AGAINST, WIEBE_INSTEAD], "What about the mayor?",
         "What did the mayor say about the Merrowvale water plant?"),
        ([WIEBE_AGAINST, WIEBE_INSTEAD], "And the town manager?",
         "What did the town manager say about the Merrowvale water plant?"),
        ([turn("Why did he oppose the water plant?", "I could not find the answer in the "
               "articles.")], "And the mayor?", "What did the mayor say about the water plant?"),
        ([turn("What did Darryl Wiebe argue?", "A partnership [1]. Coun. Darryl Wiebe argued "
               "for a partnership. [1]")], "And the mayor?",
         "What did the mayor say? (What did Darryl Wiebe argue?)"),
        ([turn("What does Ann Cole want the council to do?", "I could not find the answer in the "
               "articles.")], "What about Tom Hale?",
         "What does Tom Hale say? (What does Ann Cole want the council to do?)"),
        ([COUNCIL_PLEDGE], "And the mayor?",
         "How much has the council pledged to the footbridge (the mayor)?"),
        ([turn("How much will the council pay?", "€300,000 [1]. Donegal County Council will pay "
               "€300,000 of it. [1]")], "And the mayor?",
         "How much will the council pay (the mayor)?"),
        ([turn("How much did Kelby council give the food bank?", "£5,000 [1]. Kelby council gave "
               "£5,000 to the food bank. [1]")], "What about the mayor?",
         "How much did Kelby council give the food bank (the mayor)?"),
        # near misses: a body for a body's money or stance is asked the same; so is a person
        # after what anyone is asked (how one voted, what one thinks or said); "What did the
        # mayor say?" is a question of its own
        ([turn("How much did Kelby council give the food bank?", "£5,000 [1]. Kelby council gave "
               "£5,000 to the food bank. [1]")], "And the lottery?",
         "How much did the lottery give the food bank?"),
        ([turn("How did Darryl Wiebe vote?", "I could not find the answer in the articles.")],
         "And the mayor?", "How did the mayor vote?"),
        ([turn("What does he think of the plan?", "I could not find the answer in the "
               "articles.")], "And the mayor?", "What does the mayor think of the plan?"),
        ([turn("What did Darryl Wiebe say about the water plant?", "I could not find the answer "
               "in the articles.")], "And the mayor?",
         "What did the mayor say about the water plant?"),
        ([COUNCIL_PLEDGE], "What did the mayor say?", "What did the mayor say?"),
    ],
    "a name is a person's when a title is said before it ('Coun. Darryl Wiebe', 'Mayor Annette "
    "Koval') or it speaks ('Gord Tremblay said'), whether or not a list knows its given name": [
        ([turn("Who opposed the plan?", "Gord Tremblay [1]. Gord Tremblay said the plan was too "
               "costly. [1]"), turn("What did he want instead?", "I could not find the answer "
                                    "in the articles.")],
         "And the mayor?", "What did the mayor say? (What did he want instead?)"),
        ([turn("Who runs the Kelby café?", "Darryl Wiebe [1]. Coun. Darryl Wiebe runs the "
               "café. [1]")], "When did it open?", "When did the Kelby café open?"),
        ([turn("Who chairs the trust?", "Hemi Rangitaawa [1]. Trust chair Hemi Rangitaawa said "
               "the birds were thriving. [1]")], "How long has he been chair?",
         "How long has Hemi Rangitaawa been chair?"),
        ([turn("Who founded the repair café?", "Gwenllian Pryce [1]. Gwenllian Pryce said the "
               "group had kept goods out of landfill. [1]")], "How old is she?",
         "How old is Gwenllian Pryce?"),
        # near misses: a body that speaks is no person; a title's word opening a place's name
        ([turn("Who is paying for the upgrades to Kelby station?", "Network Rail [1]. Network "
               "Rail said it would pay. [1]")], "How many passengers use it?",
         "How many passengers use Kelby station?"),
        ([turn("Who bought Queen Street Mill?", "Kelby Homes [1]. Kelby Homes bought Queen "
               "Street Mill. [1]")], "When was it built?", "When was Queen Street Mill built?"),
    ],
})

FIFTY_SIXTH_ROUND_FOLLOWUPS.update({
    "an office's abbreviation ('Coun.') or a lower-case job before a name is no part of the "
    "name put for he or she; kept where the name alone is a surname, and a title the report "
    "names one with ('Cllr', 'Dr', 'Det. Sgt.') stays": [
        ([turn("Who opposed the plan?", "Coun. Darryl Wiebe [1]. Coun. Darryl Wiebe opposed "
               "it. [1]")], "What did he say?", "What did Darryl Wiebe say?"),
        ([turn("Who opposed the plan?", "Wiebe [1]. Coun. Darryl Wiebe opposed it. [1]")],
         "How old is he?", "How old is Darryl Wiebe?"),
        ([WIEBE_AGAINST], "What did he say?", "What did Darryl Wiebe say?"),
        ([WIEBE_AGAINST], "Why did he vote against it?",
         "Why did Darryl Wiebe vote against the Merrowvale water plant?"),
        ([turn("Who opposed the plan?", "Darryl Wiebe [1]. Coun. Darryl Wiebe opposed it. [1]")],
         "How long has he been on the council?",
         "How long has Darryl Wiebe been on the council?"),
        # near misses: a surname alone keeps its title; a report's own title stays
        ([turn("Who opposed the plan?", "Coun. Wiebe opposed it. [1]")], "What did he say?",
         "What did Coun. Wiebe say?"),
        ([turn("Who voted against the plan?", "Darryl Wiebe [1]. Cllr Darryl Wiebe cast the only "
               "vote against. [1]")], "What did he say?", "What did Cllr Darryl Wiebe say?"),
        ([turn("Who treated the climber?", "Dr Fiona Leckie [1]. Dr Fiona Leckie treated "
               "him. [1]")], "What did she say?", "What did Dr Fiona Leckie say?"),
    ],
})

# Final check 175's conversations on trial 85's reports, as the turns were kept
INISHVARRA_NOW = turn(
    "How much will the Inishvarra broadband project cost now?",
    "€4.1 million [1]. Islanders on Inishvarra will have to wait until February 2025 for "
    "high-speed broadband after a fault was found in the subsea cable, and the cost of the "
    "project has risen to €4.1 million. [1]",
)
INISHVARRA_SHARE = Turn(
    "How much of the extra will the council pay?",
    "How much of the extra will Donegal County Council pay?",
    "€300,000 [1]. The extra €900,000 will be split between the Department of Rural and "
    "Community Development and Donegal County Council, which will pay €300,000 of it. [1]",
)
YARROWEE_COST = turn(
    "How much did the Yarrowee Junction battery cost?",
    "$1.1 million [1]. It cost $1.1 million, of which $850,000 came from the Victorian "
    "Government's Neighbourhood Battery Initiative. [1]",
)

FIFTY_SIXTH_ROUND_FOLLOWUPS.update({
    "final check 175: 'it' after a share of 'the extra' is the project; 'And the mayor?' after "
    "what Darryl Wiebe wanted asks what the mayor said of the plant; 'that' is the cost": [
        ([INISHVARRA_NOW, INISHVARRA_SHARE], "Who is managing it now?",
         "Who is managing the Inishvarra broadband project now?"),
        ([WIEBE_AGAINST, WIEBE_INSTEAD], "And the mayor?",
         "What did the mayor say about the Merrowvale water plant?"),
        ([YARROWEE_COST], "How much of that came from the state government?",
         "How much of the cost of the Yarrowee Junction battery came from the state "
         "government?"),
    ],
})


# Trial 86's conversations (Port Kereru half marathon, Pellowmere Lido, the Lake Oskawin derby,
# Kalinadi cold store then Kittredge Marsh) and the kinds behind them.
KERERU_LEAD = (
    "Tane Ruatapu and Hinewai Ngata won the men's and women's titles at the Port Kereru Harbour "
    "Half Marathon on Sunday."
)
KERERU_MEN = turn(
    "Who won the men's race at the Port Kereru half marathon?",
    f"Tane Ruatapu and Hinewai Ngata [1]. {KERERU_LEAD} [1]",
)
KERERU_MEN_TIME = Turn(
    "What was his time?", "What was Tane Ruatapu’s time?", "1 hour 4 minutes 37 seconds [1]. "
    "Ruatapu, 27, won the men's race in 1 hour 4 minutes 37 seconds. [1]",
    "Ruatapu, 27, won the men's race in 1 hour 4 minutes 37 seconds.",
)
KERERU_WOMEN = turn(
    "Who won the women's race at Port Kereru?",
    f"Tane Ruatapu and Hinewai Ngata [1]. {KERERU_LEAD} [1]",
)
KERERU_WOMEN_AGE = Turn(
    "How old is she?", "How old is Hinewai Ngata?", "31 [1]. Ngata, 31, took the women's title "
    "in 1:13:52. [1]", "Ngata, 31, took the women's title in 1:13:52.",
)
RELAY_FIRST_LEG = turn(
    "Who won the first leg of the Kelby relay?",
    "Ann Cole [1]. Ann Cole won the first leg of the Kelby relay. [1]",
)
RELAY_TIME = Turn(
    "What was her time?", "What was Ann Cole’s time?", "41 minutes [1]. Ann Cole ran the first "
    "leg in 41 minutes. [1]", "Ann Cole ran the first leg in 41 minutes.",
)
KELBY_MENS_WINNER = turn(
    "Who won the men's race at Kelby?", "Tom Reed [1]. Tom Reed won the men's race at Kelby. [1]"
)

FIFTY_SIXTH_ROUND_FOLLOWUPS.update({
    "'And the women's?', 'And the under-18s?', 'And the second leg?' after a value asked of the "
    "winner of a part of a contest ask that value of the other part's winner, also when the "
    "who-question's reply named both winners ('Tane Ruatapu and Hinewai Ngata'); right after "
    "the who-question, or after a question naming the part, the part is swapped in it": [
        ([KERERU_MEN, KERERU_MEN_TIME], "And the women's?",
         "What was the time of the one who won the women's race at the Port Kereru half "
         "marathon?"),
        ([KERERU_MEN, KERERU_MEN_TIME], "What about the women's race?",
         "What was the time of the one who won the women's race at the Port Kereru half "
         "marathon?"),
        ([KERERU_MEN, KERERU_MEN_TIME], "And the women's winner?",
         "What was the time of the one who won the women's race at the Port Kereru half "
         "marathon?"),
        ([KERERU_WOMEN, KERERU_WOMEN_AGE], "And the men's?",
         "How old is the one who won the men's race at Port Kereru?"),
        ([KERERU_MEN, KERERU_MEN_TIME], "And the under-18s?",
         "What was the time of the one who won the under-18s race at the Port Kereru half "
         "marathon?"),
        ([RELAY_FIRST_LEG, RELAY_TIME], "And the second leg?",
         "What was the time of the one who won the second leg of the Kelby relay?"),
        ([RELAY_FIRST_LEG, RELAY_TIME], "What about the third leg?",
         "What was the time of the one who won the third leg of the Kelby relay?"),
        ([RELAY_FIRST_LEG], "And the second leg?", "Who won the second leg of the Kelby relay?"),
        ([KELBY_MENS_WINNER], "And the under-18s?", "Who won the under-18s race at Kelby?"),
        ([KELBY_MENS_WINNER], "What about the U18s?", "Who won the U18s race at Kelby?"),
        ([turn("How many runners finished the men's race?", "900 [1]. 900 runners finished the "
               "men's race. [1]")], "And the under-18s?",
         "How many runners finished the under-18s race?"),
        # near misses: a question of the part itself swaps the part; a runner by name, or one
        # who is no part of the contest, is asked the same; the one who is "she" after both
        # were named is the women's winner; a contest told by no part keeps the other beside it
        ([turn("What was the score in the first leg?", "2-1 [1]. Kelby won the first leg 2-1. "
               "[1]")], "And the second leg?", "What was the score in the second leg?"),
        ([KERERU_MEN, KERERU_MEN_TIME], "What about Hinewai Ngata?",
         "What was Hinewai Ngata’s time?"),
        ([KERERU_MEN, KERERU_MEN_TIME], "And the women's team?",
         "What was the women's team’s time?"),
        ([KERERU_WOMEN, KERERU_WOMEN_AGE], "Where is she from?", "Where is Hinewai Ngata from?"),
        ([turn("Who won the Kelby Cup?", "Tom Reed [1]. Tom Reed won the Kelby Cup. [1]")],
         "And the under-18s?", "Who won the Kelby Cup (the under-18s)?"),
    ],
})

KALINADI_COST = turn(
    "How much did the Kalinadi cold store cost?",
    "Rs 1.8 crore [1]. The Kalinadi cold store was built at a cost of Rs 1.8 crore. [1]",
)
KALINADI_INSPECTED = Turn(
    "Who inspected it?", "Who inspected the Kalinadi cold store?", "Rekha Hosamani [1]. "
    "District Collector Dr Rekha Hosamani, who inspected the unit on Saturday, said it was the "
    "first of its kind in the district. [1]",
    "District Collector Dr Rekha Hosamani, who inspected the unit on Saturday, said it was the "
    "first of its kind in the district.",
)
KALINADI_UNITS = Turn(
    "How many more units does she plan?",
    "How many more units does District Collector Dr Rekha Hosamani plan?",
    "four [1]. Dr Hosamani said the district plans to build four more such units by March "
    "2026. [1]", "Dr Hosamani said the district plans to build four more such units by March "
    "2026.",
)
KALINADI = [KALINADI_COST, KALINADI_INSPECTED, KALINADI_UNITS]
KITTREDGE_MARCH = turn(
    "How many cranes were counted at Kittredge Marsh in March?",
    "96,450 [1]. Month: March; Cranes counted: 96,450; Volunteers: 58 [1]",
)
KELBY_LIBRARY = turn(
    "When will the Kelby library reopen?", "In May [1]. The Kelby library will reopen in May. [1]"
)

FIFTY_SIXTH_ROUND_FOLLOWUPS.update({
    "'What about <a measure, a thing> at <a place no turn named>?' is a story of its own, "
    "asked alone (a measure by the question asking for it, 'How many volunteers were there "
    "...?'), never put beside the last question; a measure of the conversation's story is "
    "asked the same way, or as the last count was": [
        (KALINADI, "What about the number of volunteers at Kittredge Marsh this year?",
         "How many volunteers were there at Kittredge Marsh this year?"),
        (KALINADI, "And the number of volunteers at Kittredge Marsh?",
         "How many volunteers were there at Kittredge Marsh?"),
        (KALINADI, "What about the number of rhinos poached at Nkwazi in 2024?",
         "How many rhinos were poached at Nkwazi in 2024?"),
        (KALINADI, "What about the cost of the Pellowmere Lido restoration?",
         "What was the cost of the Pellowmere Lido restoration?"),
        (KALINADI, "What about the price of a ticket at Pellowmere Lido?",
         "What was the price of a ticket at Pellowmere Lido?"),
        ([KELBY_LIBRARY], "What about the cost of the Ashby pool?",
         "What was the cost of the Ashby pool?"),
        (KALINADI, "What about the visitor centre at Kittredge Marsh?",
         "What about the visitor centre at Kittredge Marsh?"),
        (KALINADI, "And the crane count at Kittredge Marsh?",
         "What about the crane count at Kittredge Marsh?"),
        ([KELBY_LIBRARY], "What about the bus station in Ashby?",
         "What about the bus station in Ashby?"),
        ([KITTREDGE_MARCH], "What about the number of whooping cranes?",
         "How many whooping cranes were counted at Kittredge Marsh in March?"),
        ([KITTREDGE_MARCH], "What about the number of volunteers in April?",
         "How many volunteers were counted at Kittredge Marsh in April?"),
        # near misses: a name alone, or a thing of the kind the last question asked of, takes
        # its place there; a thing the conversation named is asked as before; a time alone
        (KALINADI, "What about Kittredge Marsh?", "How many more units does Kittredge Marsh plan?"),
        ([KELBY_LIBRARY], "What about the Ashby library?", "When will the Ashby library reopen?"),
        ([KITTREDGE_MARCH], "What about whooping cranes?",
         "How many whooping cranes were counted at Kittredge Marsh in March?"),
        ([KITTREDGE_MARCH], "And in April?",
         "How many cranes were counted at Kittredge Marsh in April?"),
    ],
})

LIDO_TREHARNE = (
    "The lido will be run by a new manager, Mr Dafydd Treharne, 44, who previously managed "
    "leisure centres in Swansea."
)
LIDO_QUARMBY = (
    "Councillor Janet Quarmby, leader of Pellowmere Town Council, said the restoration would "
    "\"give the seafront back its heart\"."
)
LIDO_RUN = turn(
    "Who will run Pellowmere Lido?", f"Dafydd Treharne [1]. {LIDO_TREHARNE} [1] {LIDO_QUARMBY} [2]",
    f"{LIDO_TREHARNE} {LIDO_QUARMBY}",
    f"{LIDO_TREHARNE} Before it closed, the lido drew 38,000 visitors. Councillor Quarmby said "
    "numbers had fallen because the water was often too cold.",
)
LIDO_REPLACED = turn(
    "Who will run Pellowmere Lido?", "Dafydd Treharne [1]. The council confirmed that Mr Dafydd "
    "Treharne, who had been appointed to run the lido, has withdrawn. [1] His replacement is Ms "
    "Corinna Blakewell, 39. [2] Councillor Janet Quarmby, leader of the council, said the extra "
    "£700,000 would be borrowed. [3]",
)
TRUST_CHAIR = turn(
    "Who chairs the Kelby trust?", "Tom Hale [1]. Tom Hale chairs the trust. [1] Mayor Ann Cole "
    "said the trust had done well. [2]",
)

FIFTY_SIXTH_ROUND_FOLLOWUPS.update({
    "'she' after a who-question answered with a man is no office-holder the reply quotes on the "
    "story ('Councillor Janet Quarmby, leader of the council, said ...'), unless her sentence "
    "says the deed asked about, names him, or says what the follow-up asks; a woman named in "
    "the role ('His replacement is Ms Corinna Blakewell') is; with none, the pronoun stays": [
        ([LIDO_RUN], "How old is she?", "How old is she?"),
        ([LIDO_RUN], "When does she start?", "When does she start?"),
        ([LIDO_RUN], "Where did she work before?", "Where did she work before?"),
        ([LIDO_RUN, refused_turn("How old is she?")], "When does she start?",
         "When does she start?"),
        ([replace(LIDO_RUN, question="Who is the new manager of Pellowmere Lido?",
                  standalone="Who is the new manager of Pellowmere Lido?")],
         "How old is she?", "How old is she?"),
        ([TRUST_CHAIR], "How old is she?", "How old is she?"),
        ([LIDO_REPLACED], "How old is she?", "How old is Ms Corinna Blakewell?"),
        ([LIDO_REPLACED], "When does she start?", "When does Ms Corinna Blakewell start?"),
        # near misses: what the one quoted said is hers; "he" is the man answered; one who is
        # no office-holder is taken as before (a volunteer, a mother, a runner-up)
        ([LIDO_RUN], "What did she say?", "What did Councillor Janet Quarmby say?"),
        ([LIDO_RUN], "What did she say about the restoration?",
         "What did Councillor Janet Quarmby say about the restoration?"),
        ([LIDO_RUN], "How old is he?", "How old is Mr Dafydd Treharne?"),
        ([turn("Who chairs the Kelby trust?", "Tom Hale [1]. Tom Hale chairs the trust. [1] Ann "
               "Cole, a volunteer, said the trust had done well. [2]")],
         "How old is she?", "How old is Ann Cole?"),
    ],
})

DERBY_REFUSED = refused_turn("Who won the Lake Oskawin ice fishing derby?")

FIFTY_SIXTH_ROUND_FOLLOWUPS.update({
    "'he', 'his' after a refused 'Who won ...?' are the one it asked for ('the fish of the one "
    "who won the Lake Oskawin ice fishing derby'), a thing of theirs said before them; not one "
    "measured beside the winner, nor a 'he' of the women's race": [
        ([DERBY_REFUSED], "How heavy was his fish?",
         "How heavy was the fish of the one who won the Lake Oskawin ice fishing derby?"),
        ([DERBY_REFUSED], "What did his fish weigh?",
         "What did the fish of the one who won the Lake Oskawin ice fishing derby weigh?"),
        ([DERBY_REFUSED], "What was her prize?",
         "What was the prize of the one who won the Lake Oskawin ice fishing derby?"),
        ([DERBY_REFUSED], "Where is he from?",
         "Where is the one who won the Lake Oskawin ice fishing derby from?"),
        ([DERBY_REFUSED], "How much did he win?",
         "How much did the one who won the Lake Oskawin ice fishing derby win?"),
        ([refused_turn("Who won the men's race at Kelby?")], "What was his time?",
         "What was the time of the one who won the men's race at Kelby?"),
        # near misses: a reply naming him keeps his name; one behind the winner, or a "he" of
        # the women's race, stays as asked; a placing or a deed naming no role as before
        ([turn("Who won the Lake Oskawin ice fishing derby?", "Luc Brisebois [1]. The top prize "
               "went to Luc Brisebois of Selkirk. [1]")], "How heavy was his fish?",
         "How heavy was Luc Brisebois’ fish?"),
        ([refused_turn("Who won the women's race at Kelby?")], "How far behind the winner was "
         "she?", "How far behind the winner was she?"),
        ([refused_turn("Who won the women's race at Kelby?")], "How old is he?",
         "How old is he?"),
        ([DERBY_REFUSED], "Who came second?", "Who came second (Lake Oskawin ice fishing derby)?"),
        ([refused_turn("Who runs Northline Ferries?")], "What did he say about fuel?",
         "What did he say about fuel?"),
    ],
})

# Round 57: conversations of its own over trial 86's, trial 85's and final check 179's reports
STOATS_FIRST_YEAR = Turn(
    "How many stoats were caught in the first year?",
    "How many stoats were caught in the first year (Maungaroa Kiwi Trust)?",
    "412 [1]. Trust chair Hemi Rangitaawa said stoat catches had fallen from 412 in the first "
    "year to 37 last year. [1]",
)
KELBY_FIRST_ROUND = turn(
    "Who came first in the first round?",
    "Ann Cole [1]. Ann Cole came first in the first round. [1]",
)

FIFTY_SEVENTH_ROUND_FOLLOWUPS = {
    "'And last year?' after a question of 'the first year' asks of last year, a time (not 'in "
    "the last year', the last of a scale); 'the last year' said with its 'the' is the scale's": [
        ([STOATS_FIRST_YEAR], "And last year?",
         "How many stoats were caught last year (Maungaroa Kiwi Trust)?"),
        ([STOATS_FIRST_YEAR], "What about last year?",
         "How many stoats were caught last year (Maungaroa Kiwi Trust)?"),
        ([STOATS_FIRST_YEAR], "And this season?",
         "How many stoats were caught this season (Maungaroa Kiwi Trust)?"),
        ([KELBY_FIRST_ROUND], "And last year?", "Who came first in the first round last year?"),
        # near misses: the scale said with "the", another ordinal, a year
        ([STOATS_FIRST_YEAR], "And the last year?",
         "How many stoats were caught in the last year (Maungaroa Kiwi Trust)?"),
        ([STOATS_FIRST_YEAR], "And the second year?",
         "How many stoats were caught in the second year (Maungaroa Kiwi Trust)?"),
        ([KELBY_FIRST_ROUND], "And the last round?", "Who came first in the last round?"),
        ([STOATS_FIRST_YEAR], "And in 2023?",
         "How many stoats were caught in 2023 (Maungaroa Kiwi Trust)?"),
    ],
}

DISTILLER_SENTENCE = (
    "She has been replaced by Mr Ciarán Mulqueen, 52, a former master blender who has worked for "
    "distilleries in Cork and Kilkenny for 25 years."
)
DISTILLER_PASSAGE = (
    "The distillery's first head distiller, Ms Aoife Dunleavy, has left to take up a post in "
    f"Canada. {DISTILLER_SENTENCE}"
)
DISTILLER_NOW = turn(
    "Who is the head distiller at Kilbrannagh now?",
    f"Ciarán Mulqueen [2]. {DISTILLER_PASSAGE} [2]", DISTILLER_PASSAGE, DISTILLER_PASSAGE,
)
DISTILLER_AGE = Turn(
    "How old is he?", "How old is Mr Ciarán Mulqueen?", f"52 [1]. {DISTILLER_SENTENCE} [1]",
    DISTILLER_SENTENCE, DISTILLER_PASSAGE,
)
DISTILLER_REPLACED = Turn(
    "Who did he replace?", "Who did Mr Ciarán Mulqueen replace?",
    f"Kilkenny [1]. {DISTILLER_SENTENCE} [1]", DISTILLER_SENTENCE, DISTILLER_PASSAGE,
)
DISTILLER = [DISTILLER_NOW, DISTILLER_AGE, DISTILLER_REPLACED]

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "a wrong reply to a who-question that is the last of places listed after a word of place "
    "('distilleries in Cork and Kilkenny') is a place, never 'she' or 'he': the woman the "
    "passage names is ('Ms Aoife Dunleavy'); a person listed so keeps being one": [
        (DISTILLER, "Where did she go?", "Where did Ms Aoife Dunleavy go?"),
        (DISTILLER, "How old is she?", "How old is Ms Aoife Dunleavy?"),
        (DISTILLER, "Why did she leave?", "Why did Ms Aoife Dunleavy leave?"),
        ([turn("Who did Tom Hale replace?", "Carrow [1]. Tom Hale has run pubs at Kelby, Ashby "
               "and Carrow. [1]", "Tom Hale has run pubs at Kelby, Ashby and Carrow.",
               "Ms Ruth Vane, who ran the Red Lion, has retired. Tom Hale has run pubs at Kelby, "
               "Ashby and Carrow.")],
         "When did she retire?", "When did Ms Ruth Vane retire?"),
        # near misses: "he" is still the man asked about; one with a given name or a title
        # listed after a place word is a person
        (DISTILLER, "How old is he?", "How old is Mr Ciarán Mulqueen?"),
        ([turn("Who did the prize go to?", "Sam Reed [1]. The prizes went to runners from "
               "Kelby and Sam Reed. [1]")], "How old is he?", "How old is Sam Reed?"),
    ],
})

MIRRABOOL_COST = turn(
    "How much did the Mirrabool dialysis unit cost?",
    "A$4.7 million [1]. Kidney patients in and around Mirrabool will no longer have to travel to "
    "Korrabang for treatment after a new A$4.7 million dialysis unit opened at Mirrabool District "
    "Hospital on Tuesday. [1]",
)
MIRRABOOL_STATE = turn(
    "How much did the state government pay?",
    "A$3.9 million [1]. The state government paid A$3.9 million of the cost, and the remaining "
    "A$800,000 was raised by the Mirrabool Hospital Auxiliary over six years. [1]",
)
KELBY_POOL_COST = turn(
    "How much will the Kelby pool cost?", "£2m [1]. The Kelby pool will cost £2m. [1]"
)
KELBY_POOL_COUNCIL = turn(
    "How much will the council contribute?", "£400,000 [1]. The council will contribute "
    "£400,000. [1]",
)

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "'it' after 'How much did the state government pay?' (a share of a thing's cost) is the "
    "thing an earlier turn asked the cost of, which runs, opens, has; not the payer, unless "
    "the deed is a payer's or a body's own (pays, votes, decides, says)": [
        ([MIRRABOOL_COST, MIRRABOOL_STATE], "Who runs it?",
         "Who runs the Mirrabool dialysis unit?"),
        ([MIRRABOOL_COST, MIRRABOOL_STATE], "When did it open?",
         "When did the Mirrabool dialysis unit open?"),
        ([MIRRABOOL_COST, MIRRABOOL_STATE], "How many chairs does it have?",
         "How many chairs does the Mirrabool dialysis unit have?"),
        ([KELBY_POOL_COST, KELBY_POOL_COUNCIL], "Who will run it?", "Who will run the Kelby pool?"),
        ([KELBY_POOL_COST, KELBY_POOL_COUNCIL], "When will it open?",
         "When will the Kelby pool open?"),
        # near misses: a payer's deed, a body's own deed, what it said
        ([MIRRABOOL_COST, MIRRABOOL_STATE], "When did it pay?",
         "When did the state government pay?"),
        ([MIRRABOOL_COST, MIRRABOOL_STATE], "What did it say?",
         "What did the state government say?"),
        ([KELBY_POOL_COST, KELBY_POOL_COUNCIL], "When will it vote?",
         "When will the council vote?"),
        ([KELBY_POOL_COST, KELBY_POOL_COUNCIL], "When did it decide?",
         "When did the council decide?"),
    ],
})

SKELMORRA_COUNCIL_FIRST = turn(
    "How much did the Highland council give to the Skelmorra observatory originally?",
    "£400,000 [1]. The rest of the money will come from the Highland council (£400,000), the "
    "Glenfarrow Wind Farm community fund (£350,000) and £500,000 of local fundraising. [1]",
)
SKELMORRA_COUNCIL_NOW = Turn(
    "And now?", "How much did the Highland council give to the Skelmorra observatory now?",
    "£700,000 [1]. The Highland council has agreed to raise its contribution to £700,000, from "
    "£400,000. The trust has launched an appeal for the remaining £400,000. [1]",
)
PROVINCE_NOW = turn(
    "How much will the province pay now?",
    "$8.5 million [1]. The province has agreed to raise its share to $8.5 million. [1]",
)

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "'originally', 'initially', 'at first' end a question as its time: 'And now?' puts its "
    "time in their place, never both ('... originally now?'), and the story carried on is the "
    "thing without its time ('Skelmorra observatory', not '... observatory originally')": [
        ([SKELMORRA_COUNCIL_FIRST], "And now?",
         "How much did the Highland council give to the Skelmorra observatory now?"),
        ([SKELMORRA_COUNCIL_FIRST], "What about now?",
         "How much did the Highland council give to the Skelmorra observatory now?"),
        ([turn("How much did the state give at first?", "£400,000 [1]. The state gave £400,000 "
               "at first. [1]")], "And now?", "How much did the state give now?"),
        ([turn("How many staff did the Kelby hub employ initially?", "12 [1]. The Kelby hub "
               "employed 12 staff initially. [1]")], "And in 2024?",
         "How many staff did the Kelby hub employ in 2024?"),
        ([SKELMORRA_COUNCIL_FIRST, SKELMORRA_COUNCIL_NOW], "How much is the trust appealing for?",
         "How much is the trust appealing for (Skelmorra observatory)?"),
        # near misses: the other way round; a time of its own
        ([PROVINCE_NOW], "And originally?", "How much will the province pay originally?"),
        ([PROVINCE_NOW], "What about at first?", "How much will the province pay at first?"),
        ([PROVINCE_NOW], "And in 2023?", "How much will the province pay in 2023?"),
    ],
})

ARTS_COUNCIL_LAST_YEAR = turn(
    "How much did Arts Council England give the Corrandale festival last year?",
    "£70,000 [1]. The festival received £85,000 from Arts Council England, up from £70,000 last "
    "year, and £22,000 from Corrandale town council. [1]",
)

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "'What about the town council?' after a question of a body whose name goes on past its "
    "noun ('Arts Council England') puts the other body in place of the whole name, never "
    "beside its last word ('the town council England')": [
        ([ARTS_COUNCIL_LAST_YEAR], "What about the town council?",
         "How much did the town council give the Corrandale festival last year?"),
        ([ARTS_COUNCIL_LAST_YEAR], "And the county council?",
         "How much did the county council give the Corrandale festival last year?"),
        ([ARTS_COUNCIL_LAST_YEAR], "What about Corrandale town council?",
         "How much did Corrandale town council give the Corrandale festival last year?"),
        ([turn("How much did Sport Council Wales give Kelby Rovers?", "£7,000 [1]. Sport Council "
               "Wales gave Kelby Rovers £7,000. [1]")], "And the county council?",
         "How much did the county council give Kelby Rovers?"),
        # near misses: a name ending in its noun, a thing of the same noun
        ([turn("How much did the Kelby Town Council give?", "£5,000 [1]. Kelby Town Council "
               "gave £5,000. [1]")], "What about the county council?",
         "How much did the county council give?"),
        ([turn("Why was the Norrvik bridge closed?", "Floods [1]. The Norrvik bridge was closed "
               "by floods. [1]")], "What about the Old Mill bridge?",
         "Why was the Old Mill bridge closed?"),
    ],
})

LIDO_ADULT_TICKETS = Turn(
    "How much will adult tickets cost?", "How much will adult tickets cost (Pellowmere Lido)?",
    "£6.50 [1]. Adult tickets will cost £6.50 and children will swim for £3. [1]",
)

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "'What about children?' after a question of 'adult tickets' asks the same of the other "
    "side said as a modifier ('child tickets'), never 'What is the children? (...)', two "
    "questions glued; an article goes with the word put in ('a child season ticket')": [
        ([LIDO_ADULT_TICKETS], "What about children?",
         "How much will child tickets cost (Pellowmere Lido)?"),
        ([LIDO_ADULT_TICKETS], "And for children?",
         "How much will child tickets cost (Pellowmere Lido)?"),
        ([LIDO_ADULT_TICKETS], "What about the children?",
         "How much will child tickets cost (Pellowmere Lido)?"),
        ([turn("How much is an adult season ticket at Kelby?", "£60 [1]. An adult season ticket "
               "costs £60. [1]")], "What about children?",
         "How much is a child season ticket at Kelby?"),
        ([turn("How much is a child ticket at Kelby?", "£6 [1]. A child ticket costs £6. [1]")],
         "What about adults?", "How much is an adult ticket at Kelby?"),
        # near misses: the side said as plural is swapped as before
        ([turn("How many adults were treated?", "40 [1]. 40 adults were treated. [1]")],
         "What about children?", "How many children were treated?"),
        ([turn("How many women applied?", "40 [1]. 40 women applied. [1]")], "What about men?",
         "How many men applied?"),
    ],
})

VARDENHOLM_JULY = turn(
    "How much honey was harvested at Vardenholm in July?",
    "1,240 [1]. Month: July; Honey harvested (kg): 1,240; Hives inspected: 156; Swarms "
    "collected: 4 [1]",
)
KELBY_CUP_2019 = turn(
    "Who won the Kelby Cup in 2019?", "Ann Cole [1]. Ann Cole won the Kelby Cup in 2019. [1]"
)
KELBY_FLOOD_WHEN = turn(
    "When did the Kelby flood happen?",
    "In March 2020 [1]. The Kelby flood happened in March 2020. [1]",
)

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "'that month', 'that year' are the month or the year the newest turn saying one asked of "
    "('... in July?') or was told by a when-question's reply ('In March 2020'); alone they "
    "search as no time at all; with none said they stay": [
        ([VARDENHOLM_JULY], "How many hives were inspected that month?",
         "How many hives were inspected in July at Vardenholm?"),
        ([VARDENHOLM_JULY], "How many swarms were collected in that month?",
         "How many swarms were collected in July at Vardenholm?"),
        ([KELBY_CUP_2019], "Who came second that year?", "Who came second in 2019 (Kelby Cup)?"),
        ([KELBY_CUP_2019], "How old was she that year?", "How old was Ann Cole in 2019?"),
        ([KELBY_FLOOD_WHEN], "How many homes were flooded that month?",
         "How many homes were flooded in March 2020 (Kelby flood)?"),
        ([KELBY_FLOOD_WHEN], "What else happened that year?",
         "What else happened in 2020 (Kelby flood)?"),
        # near misses: no year said before; "the year before" is a time of its own
        ([VARDENHOLM_JULY], "What was the price that year?", "What was the price that year?"),
        ([KELBY_CUP_2019], "Who won it the year before?", "Who won the Kelby Cup the year before?"),
    ],
})

KILBRANNAGH_JOBS = turn(
    "How many jobs will the Kilbrannagh distillery create?",
    "22 [1] (report of 2024-02-05); now 26 [2]. A whiskey distillery costing €6.5 million is to "
    "be built in Kilbrannagh, Co Mayo, creating 22 jobs. [1] The number of jobs has been "
    "increased from 22 to 26, as the visitor centre will now open seven days a week. [2]",
)
KELBY_FOODS_JOBS = turn(
    "How many jobs will Kelby Foods cut?", "40 [1]. Kelby Foods will cut 40 jobs. [1]"
)

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "'they' after 'How many jobs will the Kilbrannagh distillery create?' is the tally when "
    "what befalls a number befalls it ('Why were they increased?', 'Have they gone up?', "
    "'Why did they fall?'), the doer's ('the Kilbrannagh distillery’s jobs'), never the "
    "pronoun left bare nor the doer itself": [
        ([KILBRANNAGH_JOBS], "Why were they increased?",
         "Why were the Kilbrannagh distillery’s jobs increased?"),
        ([KILBRANNAGH_JOBS], "Why did they go up?",
         "Why did the Kilbrannagh distillery’s jobs go up?"),
        ([KILBRANNAGH_JOBS], "Have they been cut?",
         "Have the Kilbrannagh distillery’s jobs been cut?"),
        ([turn("How many votes did Ann Cole get?", "400 [1]. Ann Cole got 400 votes. [1]")],
         "Why did they fall?", "Why did Ann Cole’s votes fall?"),
        ([KELBY_FOODS_JOBS], "Why were they cut?", "Why were Kelby Foods’ jobs cut?"),
        # near misses: a deed done by the doer stays the doer's; other deeds leave the pronoun
        ([KELBY_FOODS_JOBS], "When will they go?", "When will Kelby Foods go?"),
        ([KELBY_FOODS_JOBS], "Why are they cutting them?", "Why are Kelby Foods cutting the jobs?"),
        ([KILBRANNAGH_JOBS], "Who will fill them?", "Who will fill them?"),
    ],
})

WIEBE_AGAINST_57 = turn(
    "Who voted against the Merrowvale water plant?",
    "Darryl Wiebe [1]. Coun. Darryl Wiebe cast the only vote against, arguing the town should "
    "first seek a partnership with neighbouring Hollis Township. [1]",
)
WIEBE_OVERRUN = Turn(
    "What did he say about the overrun?", "What did Darryl Wiebe say about the overrun?",
    "Coun. Darryl Wiebe, who voted against the plant in 2023, said the overrun proved his "
    "point. [1]",
)
MERROWVALE_NOW = turn(
    "How much will the Merrowvale water plant cost now?",
    "$23.9 million [1]. Merrowvale's new water treatment plant will cost $23.9 million. [1]",
)
MIRRABOOL_COST_SHORT = turn(
    "How much did the Mirrabool dialysis unit cost?",
    "A$4.7 million [1]. A new A$4.7 million dialysis unit opened at Mirrabool District Hospital "
    "on Tuesday. [1]",
)

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "a party every story may have, said by no name ('the mayor', 'the province', 'the state "
    "government'), is the conversation's story's: the question goes on with it, never alone "
    "(which finds any story's mayor); a party with a name or a noun of its own stays": [
        ([WIEBE_AGAINST_57, WIEBE_OVERRUN], "What did the mayor say?",
         "What did the mayor say (Merrowvale water plant)?"),
        ([WIEBE_AGAINST_57], "What did the mayor say?",
         "What did the mayor say (Merrowvale water plant)?"),
        ([MERROWVALE_NOW], "How much will the province pay now?",
         "How much will the province pay now (Merrowvale water plant)?"),
        ([MIRRABOOL_COST_SHORT], "How much did the state government pay?",
         "How much did the state government pay (Mirrabool dialysis unit)?"),
        ([MIRRABOOL_COST_SHORT, Turn(
            "How much did the state government pay?",
            "How much did the state government pay (Mirrabool dialysis unit)?",
            "A$3.9 million [1]. The state government paid A$3.9 million of the cost. [1]",
        )], "Who runs it?", "Who runs the Mirrabool dialysis unit?"),
        # near misses: a party named by its name or its place; no story before
        ([MIRRABOOL_COST_SHORT], "What did the Health Minister say?",
         "What did the Health Minister say?"),
        ([MIRRABOOL_COST_SHORT], "What did the mayor of Kelby say?",
         "What did the mayor of Kelby say?"),
        ([], "What did the mayor say?", "What did the mayor say?"),
    ],
})

STRATHCORRIE_LEADER = turn(
    "Who is the Strathcorrie team leader?",
    "Morag Lindsay [1]. Team leader Morag Lindsay said the new building would have a drying "
    "room. [1]",
)
LINDSAY_ON_THE_BUILDING = Turn(
    "What did she say about the new building?",
    "What did Morag Lindsay say about the new building?",
    "Team leader Morag Lindsay said the new building would have a drying room, a control room "
    "and space for two vehicles. [1]",
)
NORFOLK_OFFICER = turn(
    "Who is the finds liaison officer for Norfolk?",
    "Helen Stannard [1]. Dr Helen Stannard, finds liaison officer for Norfolk, said it was one "
    "of the largest hoards of its period found in the county. [1]",
)
STANNARD_ON_THE_HOARD = Turn(
    "What did she say about the hoard?", "What did Dr Helen Stannard say about the hoard?",
    "Dr Helen Stannard said it was one of the largest hoards of its period found in the "
    "county. [1]",
)

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "'it' put as a thing with no name of its own ('the new building') after 'What did she say "
    "about the new building?' goes on with the story an earlier turn named, never alone "
    "(which finds another story's building); a body named for the thing is no story for it": [
        ([STRATHCORRIE_LEADER, LINDSAY_ON_THE_BUILDING], "How much will it cost?",
         "How much will the new building cost (Strathcorrie team leader)?"),
        ([STRATHCORRIE_LEADER, LINDSAY_ON_THE_BUILDING], "When will it open?",
         "When will the new building open (Strathcorrie team leader)?"),
        ([NORFOLK_OFFICER, STANNARD_ON_THE_HOARD], "How much is it worth?",
         "How much is the hoard worth (Norfolk)?"),
        # near misses: the thing alone after a turn naming it with its story; a body named
        # for the thing
        ([turn("What did Ann Cole say about the Kelby hoard?", "She said it was rare. [1]")],
         "How much is it worth?", "How much is the Kelby hoard worth?"),
        ([turn("Who runs the Friends of Saltby Pier?", "Ann Cole [1]. Ann Cole runs the Friends "
               "of Saltby Pier. [1]"), turn("What did she say about the pier?", "She said the "
               "pier was rotting. [1]")], "When was it built?", "When was the pier built?"),
    ],
})

KAMINSKI_WHO = turn(
    "Who is the public works director in Tamarack Bend?",
    "Russ Kaminski [1]. Public works director Russ Kaminski said the cause was a brick storm "
    "drain culvert built in 1923. [1]",
)
KAMINSKI_CAUSE = Turn(
    "What did he say caused the sinkhole?", "What did Russ Kaminski say caused the sinkhole?",
    "Public works director Russ Kaminski said the cause was a brick storm drain culvert built in "
    "1923 that had rotted through beneath the street. [1] Vermont Agency of Transportation "
    "engineers inspected the site Tuesday and found a second, smaller void about 40 feet north "
    "of the sinkhole, Kaminski said. [2]",
)

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "the thing of a deed one said was done ('the sinkhole' of 'What did Russ Kaminski say "
    "caused the sinkhole?') is a thing the question names, which 'it' is, with the story the "
    "conversation is in; never a body the reply cites ('Vermont Agency of Transportation')": [
        ([KAMINSKI_WHO, KAMINSKI_CAUSE], "How wide is it?",
         "How wide is the sinkhole in Tamarack Bend?"),
        ([KAMINSKI_WHO, KAMINSKI_CAUSE], "When did it open?",
         "When did the sinkhole open in Tamarack Bend?"),
        ([turn("What does Ann Cole think caused the fire?", "Ann Cole thinks a heater caused the "
               "fire, which the Kelby Fire Service is investigating. [1]")],
         "When did it start?", "When did the fire start?"),
        # near misses: what the reply's body did stays the body's; a phrase said before the
        # verb as before
        ([KAMINSKI_WHO, KAMINSKI_CAUSE], "What did it find?",
         "What did Vermont Agency of Transportation find?"),
        ([turn("When did Ann Cole say the bridge opened?", "In May [1]. Ann Cole said the bridge "
               "opened in May. [1]")], "How much did it cost?", "How much did the bridge cost?"),
    ],
})

VARDENHOLM_TREASURER = turn(
    "Who is the treasurer of the Vardenholm co-op?",
    "Ptolemy Raskin [1]. Treasurer Mr Ptolemy Raskin said the co-operative had spent £14,200 "
    "this year on new extraction equipment. [1]",
)

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "'they' after 'Who is the treasurer of the Vardenholm co-op?' is the co-op, a body of "
    "members as a club is, never left bare; the person answered stays 'he'": [
        ([VARDENHOLM_TREASURER], "How much did they spend on new equipment?",
         "How much did the Vardenholm co-op spend on new equipment?"),
        ([turn("Who chairs the Kelby co-operative?", "Tom Hale [1]. Tom Hale chairs the "
               "co-operative. [1]")], "How much did they spend last year?",
         "How much did the Kelby co-operative spend last year?"),
        ([turn("Who founded the Ashby Housing Cooperative?", "Ann Cole [1]. Ann Cole founded it. "
               "[1]")], "How many homes do they own?",
         "How many homes do the Ashby Housing Cooperative own?"),
        # near misses: "he" is the treasurer; a club as before
        ([VARDENHOLM_TREASURER], "How old is he?", "How old is Mr Ptolemy Raskin?"),
        ([turn("Who is the treasurer of the Kelby Rowing Club?", "Tom Hale [1]. Tom Hale is its "
               "treasurer. [1]")], "How much did they spend on new equipment?",
         "How much did the Kelby Rowing Club spend on new equipment?"),
    ],
})

KERERU_2023 = turn(
    "How many runners finished the Port Kereru half marathon in 2023?",
    "1,652 [1]. A record 1,850 runners finished the race, 12% more than the 1,652 who finished "
    "in 2023. [1]",
)
KERERU_DIRECTOR = turn(
    "Who is the race director of the Port Kereru half marathon?",
    "Rawiri Wakanui [1]. Race director Mr Rawiri Wakanui said the growth was mainly because the "
    "race had been added to the national road running series this year. [1]",
)

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "a measure every story has, said bare ('the numbers', 'the figures', 'the turnout'), is "
    "the conversation's story's, never asked alone; one of a name of its own stays": [
        ([KERERU_2023, KERERU_DIRECTOR], "Why did the numbers grow?",
         "Why did the numbers grow (Port Kereru half marathon)?"),
        ([KERERU_2023, KERERU_DIRECTOR], "Why did the figures fall?",
         "Why did the figures fall (Port Kereru half marathon)?"),
        ([KERERU_2023], "What was the turnout?",
         "What was the turnout (Port Kereru half marathon)?"),
        # near misses: a measure of a name; no story before
        ([KERERU_2023], "Why did the numbers of the Kelby club grow?",
         "Why did the numbers of the Kelby club grow?"),
        ([], "Why did the numbers grow?", "Why did the numbers grow?"),
    ],
})

PROVINCE_NOW_PLACED = Turn(
    "How much will the province pay now?", "How much will the province pay now in Merrowvale?",
    "$8.5 million [1]. The province has agreed to raise its share to $8.5 million. [1]",
)

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "'And originally?' after a question whose time came before the place its story was put "
    "as ('... pay now in Merrowvale?') puts the time in the old one's place, never both "
    "('... now in Merrowvale originally?')": [
        ([PROVINCE_NOW_PLACED], "And originally?",
         "How much will the province pay originally in Merrowvale?"),
        ([PROVINCE_NOW_PLACED], "What about at first?",
         "How much will the province pay at first in Merrowvale?"),
        ([PROVINCE_NOW_PLACED], "What was it originally?",
         "How much will the province pay originally in Merrowvale?"),
        # near misses: no place after the time; a place of the question with no time
        ([PROVINCE_NOW], "And initially?", "How much will the province pay initially?"),
        ([turn("How many staff work at the Kelby hub in Ashby?", "12 [1]. 12 staff work at the "
               "hub. [1]")], "And originally?",
         "How many staff work at the Kelby hub in Ashby originally?"),
    ],
})

FIFTY_SEVENTH_ROUND_FOLLOWUPS.update({
    "'it' put as the money a doer spent keeps the tense the question asked in: a base form "
    "ending in 'd' ('spend', 'lend') is no past ('the money the Vardenholm co-op spent', not "
    "'... spend')": [
        ([turn("How much did the Vardenholm co-op spend on new equipment?", "£14,200 [1]. The "
               "co-operative had spent £14,200 on new extraction equipment. [1]")],
         "How much of it was grant-funded?",
         "How much of the money the Vardenholm co-op spent on new equipment was grant-funded?"),
        ([turn("How much did the club spend on the pool?", "£14,200 [1]. The club spent £14,200 "
               "on the pool. [1]")], "How much of it came from the council?",
         "How much of the money the club spent on the pool came from the council?"),
        # near misses: a past form or a regular base as before
        ([turn("How much did the race raise?", "£14,200 [1]. The race raised £14,200. [1]")],
         "How much of it was grant-funded?",
         "How much of the money the race raised was grant-funded?"),
        ([turn("How much did Kelby Rovers get from the lottery?", "£14,200 [1]. Kelby Rovers got "
               "£14,200 from the lottery. [1]")], "How much of it was grant-funded?",
         "How much of the money Kelby Rovers got from the lottery was grant-funded?"),
    ],
})

# Round 58: the users' reports (a "she" of the replacing woman, "that month", "Why?" after a
# refusal, the prize winner's fish, a group's "they", "What about swarms?")
TOP_PRIZE_SENTENCE = "The top prize went to Luc Brisebois, whose northern pike weighed 11.2 kg"
TOP_PRIZE = turn("Who won the top prize?", f"{TOP_PRIZE_SENTENCE} [1].")

FIFTY_EIGHTH_ROUND_FOLLOWUPS = {
    "'his' after a reply saying the prize went to one ('The top prize went to Luc Brisebois, "
    "whose northern pike weighed 11.2 kg') is that winner, by name, though no list knows his "
    "given name; a name a prize went to is no place the way 'went to Selkirk' is": [
        ([TOP_PRIZE], "How heavy was his fish?", "How heavy was Luc Brisebois’ fish?"),
        ([TOP_PRIZE], "What did his fish weigh?", "What did Luc Brisebois’ fish weigh?"),
        ([TOP_PRIZE], "Where is he from?", "Where is Luc Brisebois from?"),
        ([turn("Who won the derby?", "The trophy was presented to Luc Brisebois, whose pike "
               "weighed 11.2 kg [1].")], "How old is he?", "How old is Luc Brisebois?"),
        # near misses: a reply leading with his name; a woman the list knows; a town one went
        # to; a prize that went to no name
        ([turn("Who won the top prize?", f"Luc Brisebois [1]. {TOP_PRIZE_SENTENCE}. [1]")],
         "How heavy was his fish?", "How heavy was Luc Brisebois’ fish?"),
        ([turn("Who won the derby?", "The trophy went to Ann Cole, whose pike weighed 9 kg "
               "[1].")], "How heavy was her fish?", "How heavy was Ann Cole’s fish?"),
        ([turn("Where did Tom Hale go?", "Selkirk [1]. Tom Hale went to Selkirk after the "
               "derby. [1]")], "How big is it?", "How big is Selkirk?"),
        ([refused_turn("Who won the top prize?")], "How heavy was his fish?",
         "How heavy was the fish of the one who won the top prize?"),
    ],
}

DERBY_RUN_BY = turn(
    "When is the Lake Oskawin derby?", "On Saturday [1]. The derby on Lake Oskawin, run by the "
    "Selkirk Rotary Club, is on Saturday. [1]",
)

FIFTY_EIGHTH_ROUND_FOLLOWUPS.update({
    "'they' of a turn naming a group (a club, a council, a trust, a crew, a co-op) and a place "
    "(a lake, a marsh, a town said where things are) is the group, by its whole name, never the "
    "place; so after 'Where was it held?', whose place is no 'they'": [
        ([DERBY_RUN_BY], "How much do they hope to raise?",
         "How much do the Selkirk Rotary Club hope to raise?"),
        ([turn("When is the Lake Oskawin derby?", "On Saturday [1]. The derby on Lake Oskawin "
               "is on Saturday, the Rotary club said. [1]")], "How much do they hope to raise?",
         "How much do the Rotary club hope to raise?"),
        ([turn("What did the council decide about Lake Oskawin?", "To close it [1]. The council "
               "voted to close Lake Oskawin to boats. [1]")], "Why did they decide that?",
         "Why did the council decide that?"),
        ([turn("How big is Lake Oskawin?", "12 sq km [1]. Lake Oskawin covers 12 sq km, the "
               "Oskawin Lake Trust said. [1]")], "When were they founded?",
         "When were the Oskawin Lake Trust founded?"),
        ([turn("Where was the derby held?", "Lake Oskawin [1]. The Selkirk Rotary Club held the "
               "derby on Lake Oskawin. [1]")], "How much did they raise?",
         "How much did the Selkirk Rotary Club raise?"),
        ([turn("What is planned for Kittredge Marsh?", "A visitor centre [1]. The Kittredge Marsh "
               "Trust plans a visitor centre at Kittredge Marsh. [1]")],
         "How much will they spend?", "How much will the Kittredge Marsh Trust spend?"),
        # near misses: a group the reply led with; a people's "they"; things done to "them";
        # with no group named, the place's turn still says nothing of "they"
        ([turn("Who runs the Lake Oskawin derby?", "The Selkirk Rotary Club [1]. The Selkirk "
               "Rotary Club runs the derby on Lake Oskawin. [1]")], "How much do they raise?",
         "How much do The Selkirk Rotary Club raise?"),
        ([turn("How many volunteers cleaned Lake Oskawin?", "40 [1]. The trust sent 40 "
               "volunteers to clean Lake Oskawin. [1]")], "What did they find?",
         "What did the volunteers find?"),
        ([turn("Where was the derby held?", "Lake Oskawin [1]. The derby was held on Lake "
               "Oskawin. [1]")], "How much did they raise?", "How much did they raise?"),
    ],
})

FIFTY_EIGHTH_ROUND_FOLLOWUPS.update({
    "a bare 'Why?' ('When?', 'How?') after a yes-no question, refused or answered, asks of its "
    "clause whole behind the question word ('Why was the Kelby library closed?'), never glued "
    "on as '(Why)'": [
        ([refused_turn("Was the Kelby library closed?")], "Why?",
         "Why was the Kelby library closed?"),
        ([refused_turn("Did the council cut the Route 9 bus?")], "Why?",
         "Why did the council cut the Route 9 bus?"),
        ([refused_turn("Will the Ashby mill close?")], "When?", "When will the Ashby mill close?"),
        ([refused_turn("Has Ann Cole resigned?")], "Why?", "Why has Ann Cole resigned?"),
        ([turn("Did the council cut the Route 9 bus?", "Yes [1]. The council cut the Route 9 bus "
               "in May. [1]")], "Why?", "Why did the council cut the Route 9 bus?"),
        ([turn("Who runs the Kelby library?", "Ann Cole [1]. Ann Cole runs the library. [1]"),
          Turn("Did she resign?", "Did Ann Cole resign?", REFUSED_TURN)], "Why?",
         "Why did Ann Cole resign?"),
        # near misses: a wh-question asked anew as before, its deed or its done-to; a question
        # of its own after the yes-no one
        ([refused_turn("When did the Kelby library close?")], "Why?",
         "Why did the Kelby library close?"),
        ([refused_turn("Who closed the Kelby library?")], "Why?",
         "Why was the Kelby library closed?"),
        ([refused_turn("Was the Kelby library closed?")], "Why did the council close it?",
         "Why did the council close the Kelby library?"),
    ],
})

SHOP_OPENED = turn(
    "When did the Kelby shop open?",
    "In March 2024 [1]. The Kelby shop opened in March 2024. [1]",
)

FIFTY_EIGHTH_ROUND_FOLLOWUPS.update({
    "'that month' after a when-question is the month its reply gave ('In March 2024'), before "
    "any month its question said, also from a reply too long to lead with a short answer, and "
    "after 'In which month ...?'; of two months the reply says, the one the deed asked was done "
    "in": [
        ([SHOP_OPENED], "How many customers came that month?",
         "How many customers came in March 2024 (Kelby shop)?"),
        ([turn("When did the Kelby shop shut in January reopen?", "In March 2024 [1]. The shop "
               "reopened in March 2024. [1]")], "How many customers came that month?",
         "How many customers came in March 2024 (Kelby shop)?"),
        ([turn("When did the Kelby shop open?", "The shop on Kelby high street finally opened "
               "its doors in March 2024 [1].")], "How many customers came that month?",
         "How many customers came in March 2024 (Kelby shop)?"),
        ([turn("When did the Kelby shop open?", "The Kelby shop, first planned to open in May, "
               "finally opened its doors on 14 March 2024 [1].")],
         "How many customers came that month?",
         "How many customers came in March 2024 (Kelby shop)?"),
        ([turn("In which month did the Kelby shop open?", "March 2024 [1]. The Kelby shop opened "
               "in March 2024. [1]")], "How many customers came that month?",
         "How many customers came in March 2024 (Kelby shop)?"),
        # near misses: "that year"; a later turn's month; a month the question asked of; "that
        # day" no reply gave
        ([SHOP_OPENED], "How many customers came that year?",
         "How many customers came in 2024 (Kelby shop)?"),
        ([SHOP_OPENED, turn("Who owns it?", "Ann Cole [1]. Ann Cole, who bought it in June, owns "
                            "the shop. [1]")], "How many customers came that month?",
         "How many customers came in March 2024 (Kelby shop)?"),
        ([turn("How many hives were harvested at Vardenholm in July?", "40 [1]. 40 hives were "
               "harvested in July. [1]")], "How many were inspected that month?",
         "How many hives were inspected in July?"),
        ([SHOP_OPENED], "How many customers came that day?",
         "How many customers came that day (Kelby shop)?"),
    ],
})

HIVES_LOST = turn(
    "How many hives did the co-op lose?",
    "120 [1]. The Vardenholm co-op lost 120 hives over the winter. [1]",
)
HIVES_LOST_NAMED = Turn(
    "How many hives did it lose?", "How many hives did the Vardenholm co-op lose?",
    "120 [1]. The co-op lost 120 hives over the winter. [1]",
)

FIFTY_EIGHTH_ROUND_FOLLOWUPS.update({
    "'What about swarms?' after a count keeps the measure asked and the earlier question's "
    "verb and tense, the thing counted swapped ('How many swarms did the co-op lose?'); 'What "
    "about in May?' swaps the time, a month never taken for a place ('the May co-op')": [
        ([HIVES_LOST], "What about swarms?", "How many swarms did the co-op lose?"),
        ([HIVES_LOST], "And the swarms?", "How many swarms did the co-op lose?"),
        ([HIVES_LOST_NAMED], "What about queens?",
         "How many queens did the Vardenholm co-op lose?"),
        ([turn("How many hives has the co-op lost?", "120 [1]. The co-op has lost 120 hives. "
               "[1]")], "What about swarms?", "How many swarms has the co-op lost?"),
        ([turn("How many hives will the co-op sell?", "120 [1]. The co-op will sell 120 hives. "
               "[1]")], "And swarms?", "How many swarms will the co-op sell?"),
        ([turn("How many hives did the co-op lose last winter?", "120 [1]. The co-op lost 120 "
               "hives last winter. [1]")], "What about swarms?",
         "How many swarms did the co-op lose last winter?"),
        # near misses: a time, a month after a question naming a place-like name; another doer
        ([HIVES_LOST], "What about in May?", "How many hives did the co-op lose in May?"),
        ([HIVES_LOST_NAMED], "What about in May?",
         "How many hives did the Vardenholm co-op lose in May?"),
        ([HIVES_LOST_NAMED], "And last year?",
         "How many hives did the Vardenholm co-op lose last year?"),
        ([HIVES_LOST], "What about the Kelby co-op?", "How many hives did the Kelby co-op lose?"),
        ([turn("How many homes were flooded in Aberwen?", "40 [1]. 40 homes were flooded in "
               "Aberwen. [1]")], "And in Llanfor?", "How many homes were flooded in Llanfor?"),
    ],
})

TRUST_CHAIR_REPLACED = turn(
    "Who leads the trust now?", "Trust chair Hemi Rangitaawa stepped down and was replaced by "
    "Aroha Tane of Maungaroa [1].",
)

FIFTY_EIGHTH_ROUND_FOLLOWUPS.update({
    "'she' after a reply naming a woman who replaced someone is the woman, never a place nor "
    "the one replaced: a name no list knows said with its place ('Aroha Tane of Maungaroa') is "
    "a person of that place, and of two no list tells apart, 'Who did she replace?' is the one "
    "the reply does not say was replaced": [
        ([TRUST_CHAIR_REPLACED], "Who did she replace?", "Who did Aroha Tane replace?"),
        ([turn("Who leads the trust now?", "Aroha Tane of Maungaroa replaced Hemi Rangitaawa as "
               "chair of the trust [1].")], "Who did she replace?",
         "Who did Aroha Tane replace?"),
        ([turn("Who is the new mayor?", "Aroha Tane of Maungaroa was sworn in as mayor on Monday "
               "[1].")], "How old is she?", "How old is Aroha Tane?"),
        ([turn("Who took charge in Charlotte?", "Chioma Obi [1]. Chioma Obi replaced Tom Hale in "
               "Charlotte. [1]")], "Who did she replace?", "Who did Chioma Obi replace?"),
        ([turn("Who is the new harbourmaster at Port Kereru?", "Hinewai Ngata [1]. Hinewai Ngata "
               "took over from Tane Ruatapu at Port Kereru. [1]")], "Who did she replace?",
         "Who did Hinewai Ngata replace?"),
        ([LIDO_REPLACED], "Who did she replace?", "Who did Ms Corinna Blakewell replace?"),
        ([turn("Who won the top prize?", "The top prize went to Luc Brisebois of Selkirk [1].")],
         "How heavy was his fish?", "How heavy was Luc Brisebois’ fish?"),
        ([turn("Who is Selkirk's new mayor?", "Selkirk's new mayor is Aroha Tane, who replaced "
               "Bill Moss after his death in March [1].")], "Who did she replace?",
         "Who did Aroha Tane replace?"),
        # near misses: a known man's name before "of"; a body named with "of"; a place asked
        # by its name; two no list tells apart, asked no deed, are both searched
        ([turn("Who won the top prize?", "The top prize went to Tom Hale of Selkirk [1].")],
         "Where is he from?", "Where is Tom Hale from?"),
        ([turn("Who runs the Bank of England?", "Andrew Bailey [1]. Andrew Bailey is governor of "
               "the Bank of England. [1]")], "How old is he?", "How old is Andrew Bailey?"),
        ([turn("Who is the new mayor?", "Aroha Tane of Maungaroa was sworn in as mayor on Monday "
               "[1].")], "How big is Maungaroa?", "How big is Maungaroa?"),
        ([TRUST_CHAIR_REPLACED], "How old is she?", "How old is Hemi Rangitaawa or Aroha Tane?"),
    ],
})

# Trial 88's conversations: a "she" after "Who did he replace?", "the other class", a firm's
# "it" and "they", a "he" after a wrong reply
GP_REPLACED = Turn(
    "Who did he replace?", "Who did Dr Benedict Harkaway replace?", "Gwendolen Castellyn [1]. "
    "Dr Benedict Harkaway, 44, has taken over from Dr Gwendolen Castellyn, who has left the "
    "practice to become medical director of a hospital trust in Plymouth. [1]",
)

FIFTY_EIGHTH_ROUND_FOLLOWUPS.update({
    "'she' after 'Who did he replace?' is the one he replaced, though no list knows either "
    "given name: the name the turn put for its 'he' is a man's, and one a title names ('taken "
    "over from Dr Gwendolen Castellyn') is a person, not a place things come from": [
        ([GP_REPLACED], "Where is she going?", "Where is Dr Gwendolen Castellyn going?"),
        ([GP_REPLACED], "How old is she?", "How old is Dr Gwendolen Castellyn?"),
        ([GP_REPLACED], "Why did she leave?", "Why did Dr Gwendolen Castellyn leave?"),
        ([Turn("Who succeeded him?", "Who succeeded Dr Benedict Harkaway?", "Gwendolen Castellyn "
               "[1]. Dr Gwendolen Castellyn succeeded Dr Benedict Harkaway in May. [1]")],
         "How old is she?", "How old is Dr Gwendolen Castellyn?"),
        ([Turn("Who did he beat?", "Who did Tomos Pengelly beat?", "Rhosyn Tegid [1]. Tomos "
               "Pengelly beat Rhosyn Tegid in the final. [1]")], "How old is she?",
         "How old is Rhosyn Tegid?"),
        # near misses: "he" is still the one put for it; "she" put for a name makes "he" the
        # other; a pair the turn hedged between tells no one's gender
        ([GP_REPLACED], "Where is he going?", "Where is Dr Benedict Harkaway going?"),
        ([Turn("Who did she replace?", "Who did Dr Gwendolen Castellyn replace?", "Benedict "
               "Harkaway [1]. Dr Gwendolen Castellyn, 52, took over from Dr Benedict Harkaway, "
               "who retired. [1]")], "How old is he?", "How old is Dr Benedict Harkaway?"),
        ([Turn("Who did he beat?", "Who did Tomos Pengelly beat?", "Rhosyn Tegid [1]. Tomos "
               "Pengelly beat Rhosyn Tegid in the final. [1]")], "How old is he?",
         "How old is Tomos Pengelly?"),
        ([Turn("How old is she?", "How old is Hemi Rangitaawa or Aroha Tane?", "52 [1]. Aroha "
               "Tane, 52, replaced Hemi Rangitaawa. [1]")], "Who did she replace?",
         "Who did Aroha Tane replace?"),
    ],
})

PUMPKIN_WON = turn(
    "Who won the heaviest pumpkin class at the Carnsey show?", "Gwilym Tresize [1]. The heaviest "
    "pumpkin class was won by Gwilym Tresize, 67, a retired postman from Lanner Cross. [1]",
)
PUMPKIN_WINNERS_AGE = Turn(
    "How old is he?", "How old is Gwilym Tresize?", "67 [1]. The heaviest pumpkin class was won "
    "by Gwilym Tresize, 67, a retired postman from Lanner Cross. [1]",
)
PUMPKIN_WON_BESIDE_THE_BEANS = replace(
    PUMPKIN_WON, passage="The heaviest pumpkin class was won by Gwilym Tresize. The longest "
    "runner bean class was won by Edwina Felspar, 45, a school cook from Carnsey.",
)

FIFTY_EIGHTH_ROUND_FOLLOWUPS.update({
    "'What about the other class?' asks the question that named a class ('the heaviest pumpkin "
    "class'), even before a question on its winner, of the other class: by its name when the "
    "turns name one other ('the longest runner bean class'), else as 'the other class'; so is "
    "'What about the marrow class?'": [
        ([PUMPKIN_WON, PUMPKIN_WINNERS_AGE], "What about the other class?",
         "Who won the other class at the Carnsey show?"),
        ([PUMPKIN_WON], "What about the other class?",
         "Who won the other class at the Carnsey show?"),
        ([PUMPKIN_WON, PUMPKIN_WINNERS_AGE], "And the other class?",
         "Who won the other class at the Carnsey show?"),
        ([PUMPKIN_WON_BESIDE_THE_BEANS, PUMPKIN_WINNERS_AGE], "What about the other class?",
         "Who won the longest runner bean class at the Carnsey show?"),
        ([PUMPKIN_WON, PUMPKIN_WINNERS_AGE], "What about the marrow class?",
         "Who won the marrow class at the Carnsey show?"),
        ([PUMPKIN_WON, PUMPKIN_WINNERS_AGE], "What about the longest runner bean class?",
         "Who won the longest runner bean class at the Carnsey show?"),
        ([turn("When will the Kelby road bridge reopen?", "In May [1]. The Kelby road bridge "
               "will reopen in May. [1]")], "What about the other bridge?",
         "When will the other bridge reopen?"),
        # near misses: the other of a pair a comparison tells apart; the other person
        ([turn("How many seats does the larger screen have?", "200 [1]. The larger screen has "
               "200 seats. [1]")], "What about the other screen?",
         "How many seats does the smaller screen have?"),
        ([turn("Who won the Kelby ward?", "Ann Cole [1]. Ann Cole won the Kelby ward, beating "
               "Tom Hale. [1]")], "What about the other candidate?",
         "What about Tom Hale (Who won the Kelby ward)?"),
    ],
})

HEDGEHOGS_IN_APRIL = turn(
    "How many hedgehogs were recorded in Tollmarsh in April?", "19 [1]. Month: April; Hedgehogs "
    "recorded: 19; Gardens with footprints: 37 [1]",
)

FIFTY_EIGHTH_ROUND_FOLLOWUPS.update({
    "'And in May?' after a count asked 'in April' asks it in May instead, never 'in May in "
    "April'; a month said with a year keeps the year, with 'in' or without": [
        ([HEDGEHOGS_IN_APRIL], "And in May?",
         "How many hedgehogs were recorded in Tollmarsh in May?"),
        ([HEDGEHOGS_IN_APRIL], "What about May?",
         "How many hedgehogs were recorded in Tollmarsh in May?"),
        ([HEDGEHOGS_IN_APRIL], "And June?",
         "How many hedgehogs were recorded in Tollmarsh in June?"),
        ([turn("How many hedgehogs were recorded in April in Tollmarsh?", "19 [1]. 19 hedgehogs "
               "were recorded in April. [1]")], "And in May?",
         "How many hedgehogs were recorded in May in Tollmarsh?"),
        ([turn("How many hedgehogs were recorded in Tollmarsh during April?", "19 [1]. 19 "
               "hedgehogs were recorded in April. [1]")], "And in May?",
         "How many hedgehogs were recorded in Tollmarsh in May?"),
        ([turn("How many hedgehogs were recorded in Tollmarsh in April 2024?", "19 [1]. 19 "
               "hedgehogs were recorded in April. [1]")], "And in May?",
         "How many hedgehogs were recorded in Tollmarsh in May 2024?"),
        ([turn("How many hedgehogs were recorded in Tollmarsh in April 2024?", "19 [1]. 19 "
               "hedgehogs were recorded in April. [1]")], "What about May?",
         "How many hedgehogs were recorded in Tollmarsh in May 2024?"),
        # near misses: another place keeps the month; another year is said whole
        ([HEDGEHOGS_IN_APRIL], "And in Ashby?",
         "How many hedgehogs were recorded in Ashby in April?"),
        ([HEDGEHOGS_IN_APRIL], "And last year?",
         "How many hedgehogs were recorded in Tollmarsh last year?"),
        ([HEDGEHOGS_IN_APRIL], "And in May 2023?",
         "How many hedgehogs were recorded in Tollmarsh in May 2023?"),
    ],
})

LOCK_RESTORER = turn(
    "Which firm is restoring Yarlow Lock?", "Cradley Fentiman Civils [2]. Work to restore Yarlow "
    "Lock on the Sallowmere Canal will begin next month. [1] It will be carried out by Cradley "
    "Fentiman Civils, a firm from Stafford that has repaired locks on several Midlands canals. "
    "[2]",
)

FIFTY_EIGHTH_ROUND_FOLLOWUPS.update({
    "'Where is it based?' (headquartered, how many it employs) after 'Which firm is restoring "
    "Yarlow Lock?' is the firm the reply named, never 'the firm or the lock': a structure the "
    "work is done to is based nowhere; a firm bought or sued is a body too, and a structure's "
    "own questions stay as they were": [
        ([LOCK_RESTORER], "Where is it based?", "Where is Cradley Fentiman Civils based?"),
        ([LOCK_RESTORER], "How many people does it employ?",
         "How many people does Cradley Fentiman Civils employ?"),
        ([turn("Which firm is restoring Yarlow Lock?", "Tarnbeck Marine [1]. Tarnbeck Marine, a "
               "firm based in Lancaster, has taken over the work from Cradley Fentiman Civils. "
               "[1]")], "Where is it based?", "Where is Tarnbeck Marine based?"),
        ([turn("Which contractor is repairing Kelby pier?", "Harbour Works Ltd [1]. Harbour "
               "Works Ltd is repairing Kelby pier. [1]")], "Where is it headquartered?",
         "Where is Harbour Works Ltd headquartered?"),
        ([turn("Which company is restoring the Old Mill bridge?", "Stonecraft [1]. Stonecraft is "
               "restoring the Old Mill bridge. [1]")], "Where is it based?",
         "Where is Stonecraft based?"),
        # near misses: a firm bought is a body too; what a structure is keeps both as before
        ([turn("Which firm bought Halden?", "Calder [1]. Calder shares rose after it bought "
               "Halden. [1]")], "Where is it based?", "Where is Halden based?"),
        ([LOCK_RESTORER], "When will it reopen?",
         "When will Cradley Fentiman Civils or Yarlow Lock reopen?"),
    ],
})

WORK_TAKEN_OVER = Turn(
    "Where is it based?", "Where is Cradley Fentiman Civils based?", "Lancaster [1]. Tarnbeck "
    "Marine, a firm based in Lancaster, has taken over the work from Cradley Fentiman Civils, "
    "which went into administration in July with the bottom gates only half fitted. [1]",
)

FIFTY_EIGHTH_ROUND_FOLLOWUPS.update({
    "'they' (or 'it') who took over the work is the one a cited sentence says took it over, "
    "its subject ('Tarnbeck Marine ... has taken over the work from Cradley Fentiman Civils'), "
    "never the one it was taken from, though the question before asked of that one; nor the "
    "place said in the doer's aside ('based in Lancaster')": [
        ([LOCK_RESTORER, WORK_TAKEN_OVER], "Why did they take over the work?",
         "Why did Tarnbeck Marine take over the work?"),
        ([LOCK_RESTORER, WORK_TAKEN_OVER], "When did they take over the work?",
         "When did Tarnbeck Marine take over the work?"),
        ([LOCK_RESTORER, WORK_TAKEN_OVER], "Why did it take over the work?",
         "Why did Tarnbeck Marine take over the work?"),
        ([Turn("Where is it based?", "Where is Cradley Fentiman Civils or Yarlow Lock based?",
               WORK_TAKEN_OVER.answer)], "Why did they take over the work?",
         "Why did Tarnbeck Marine take over the work?"),
        # near misses: what the one it was taken from did, said or is stays its own
        ([LOCK_RESTORER, WORK_TAKEN_OVER], "Why did they go into administration?",
         "Why did Cradley Fentiman Civils go into administration?"),
        ([LOCK_RESTORER, WORK_TAKEN_OVER], "What did they say?",
         "What did Cradley Fentiman Civils say?"),
        ([turn("Who bought the Red Lion?", "Harbour Taverns [1]. Harbour Taverns bought the Red "
               "Lion. [1]")], "How much did they pay for it?",
         "How much did Harbour Taverns pay for the Red Lion?"),
    ],
})

TRACTOR_DRIVER_MISSED = turn(
    "Who drove the oldest tractor in the Stoke Arden tractor run?", "Christmas [1]. Crowds lined "
    "the streets in Stoke Arden, where children could meet Father Christmas. [1] The oldest "
    "tractor was a 1948 Ferguson TE20 driven by Horace Mabbott, a retired farm labourer who "
    "bought it for £40 in 1971. [2]",
)

FIFTY_EIGHTH_ROUND_FOLLOWUPS.update({
    "'he' after a who-question whose reply led with a name its sentences never say did the "
    "deed ('Christmas' of 'meet Father Christmas') is the one person a cited sentence says did "
    "it ('driven by Horace Mabbott'), never the thing driven": [
        ([TRACTOR_DRIVER_MISSED], "How old is he?", "How old is Horace Mabbott?"),
        ([TRACTOR_DRIVER_MISSED], "Where does he live?", "Where does Horace Mabbott live?"),
        ([turn("Who rode the winning horse?", "Kelby [1]. The Kelby Cup was won by Storm Bay, "
               "ridden by Ann Cole. [1]")], "How old is she?", "How old is Ann Cole?"),
        # near misses: a reply whose name did the deed keeps it
        ([turn("Who drove the oldest tractor?", "Horace Mabbott [1]. Horace Mabbott drove a 1948 "
               "Ferguson TE20, watched by Tom Hale. [1]")], "How old is he?",
         "How old is Horace Mabbott?"),
        ([turn("Who drove the oldest tractor?", "Horace Mabbott [1]. The oldest tractor was "
               "driven by Horace Mabbott, with Tom Hale beside him. [1]")], "How old is he?",
         "How old is Horace Mabbott?"),
    ],
})

# Round 59: users' "she" after a man and a woman no list knows, "it" after a wrong reply's name,
# and words of an older turn in a later one's rewrite
GP_REPLACED_BY_NAME = turn(
    "Who did Dr Benedict Harkaway replace?", "Gwendolen Castellyn [1]. Dr Benedict Harkaway, "
    "44, has taken over from Dr Gwendolen Castellyn, who has left the practice to become "
    "medical director of a hospital trust in Plymouth. [1]",
)

FIFTY_NINTH_ROUND_FOLLOWUPS = {
    "a given name no list knows may say its sex by its ending: 'Benedict' (-ict) never takes "
    "'she', 'Gwendolen' (-olen) never 'he', so after 'Who did Dr Benedict Harkaway replace?' "
    "the woman he replaced is 'she'; the text's own pronouns tell past such a name too": [
        ([GP_REPLACED_BY_NAME], "Where is she going?", "Where is Dr Gwendolen Castellyn going?"),
        ([GP_REPLACED_BY_NAME], "What is her new job?",
         "What is Dr Gwendolen Castellyn’s new job?"),
        ([GP_REPLACED_BY_NAME], "How long did she work there?",
         "How long did Dr Gwendolen Castellyn work there?"),
        ([turn("Who replaced Dr Gwendolen Castellyn?", "Benedict Harkaway [1]. Dr Benedict "
               "Harkaway, 44, has taken over from Dr Gwendolen Castellyn. [1]")],
         "Where did he work before?", "Where did Dr Benedict Harkaway work before?"),
        ([turn("Who did Dr Gwendolen Castellyn hand over to?", "Benedict Harkaway [1]. Dr "
               "Gwendolen Castellyn has handed over to Dr Benedict Harkaway. [1]")],
         "How old is he?", "How old is Dr Benedict Harkaway?"),
        ([turn("Who did Reginald Possett beat?", "Bernadette Quiller [1]. Reginald Possett beat "
               "Bernadette Quiller in the final. [1]")], "How old is she?",
         "How old is Bernadette Quiller?"),
        ([turn("Who did Reginald Possett beat?", "Bernadette Quiller [1]. Reginald Possett beat "
               "Bernadette Quiller in the final. [1]")], "What is his ranking?",
         "What is Reginald Possett’s ranking?"),
        # the text's "She" of the next sentence is hers, past the man its sentence before
        # opened with
        ([turn("Who did Dr Benedict Harkaway replace?", "Gwendolen Castellyn [1]. Dr Benedict "
               "Harkaway, 44, has taken over from Dr Gwendolen Castellyn. She has left the "
               "practice to run a hospital trust. [1]")], "Where is she going?",
         "Where is Dr Gwendolen Castellyn going?"),
        # near misses: "he" is still the man; a name whose ending tells nothing ("Kiran",
        # "Hemi") is left to the text; a word before a calling ("District") is no given name
        ([GP_REPLACED_BY_NAME], "How old is he?", "How old is Dr Benedict Harkaway?"),
        ([GP_REPLACED_BY_NAME], "Where did he work before?",
         "Where did Dr Benedict Harkaway work before?"),
        ([turn("Who did Dr Benedict Harkaway replace?", "Gwendolen Castellyn [1]. Dr Benedict "
               "Harkaway, 44, has taken over from Dr Gwendolen Castellyn. His deputy is Dr Ann "
               "Cole. [1]")], "Who is his deputy?", "Who is Dr Benedict Harkaway’s deputy?"),
        ([turn("Who chaired the meeting?", "Kiran Osei [1]. Kiran Osei chaired the meeting. "
               "[1]")], "How old is she?", "How old is Kiran Osei?"),
        # ("Rosamund" is a woman's name, though "Edmund" is a man's)
        ([turn("Who chaired the meeting?", "Rosamund Thackwell [1]. Rosamund Thackwell chaired "
               "the meeting. [1]")], "How old is she?", "How old is Rosamund Thackwell?"),
    ],
}

TRACTOR_DRIVER_MISSED_SHORT = replace(
    TRACTOR_DRIVER_MISSED, question="Who drove the oldest tractor?",
    standalone="Who drove the oldest tractor?",
)
BOAT_SAILOR_MISSED = turn(
    "Who sailed the oldest boat?", "Regatta [1]. Crowds watched the Kelby Regatta. [1] The "
    "oldest boat, a 1920 gaff cutter, was sailed by Tom Hale, who bought it in 1990. [2]",
)

FIFTY_NINTH_ROUND_FOLLOWUPS.update({
    "'it' after a who-question whose reply led with a name its sentences never say did the deed "
    "('Christmas' of 'meet Father Christmas'), where a cited one did ('driven by Horace "
    "Mabbott'), is the thing the question asked about ('the oldest tractor'), never 'Christmas "
    "or the oldest tractor'": [
        ([TRACTOR_DRIVER_MISSED_SHORT], "How much did he pay for it?",
         "How much did Horace Mabbott pay for the oldest tractor?"),
        ([TRACTOR_DRIVER_MISSED], "How much did he pay for it?",
         "How much did Horace Mabbott pay for the oldest tractor?"),
        ([TRACTOR_DRIVER_MISSED], "How old is it?", "How old is the oldest tractor?"),
        ([TRACTOR_DRIVER_MISSED], "When did he buy it?",
         "When did Horace Mabbott buy the oldest tractor?"),
        ([TRACTOR_DRIVER_MISSED_SHORT], "Where is it kept?", "Where is the oldest tractor kept?"),
        ([BOAT_SAILOR_MISSED], "How old is it?", "How old is the oldest boat?"),
        ([BOAT_SAILOR_MISSED], "How much did he pay for it?",
         "How much did Tom Hale pay for the oldest boat?"),
        ([turn("Who rode the winning horse?", "Kelby [1]. The Kelby Cup was won by Storm Bay, "
               "ridden by Ann Cole. [1]")], "Who trains it?", "Who trains the winning horse?"),
        # near misses: a reply whose name did the deed; a body that did it, which "it" may
        # still be ("Who funds it?"); a title above the article names no thing
        ([turn("Who drove the oldest tractor?", "Horace Mabbott [1]. The oldest tractor was a "
               "1948 Ferguson TE20 driven by Horace Mabbott, a retired farm labourer who bought "
               "it for £40 in 1971. [1]", passage="Christmas tractor run raises £18,400 for "
               "air ambulance. The oldest tractor was a 1948 Ferguson TE20 driven by Horace "
               "Mabbott.")], "How much did he pay for it?",
         "How much did Horace Mabbott pay for the oldest tractor?"),
        ([turn("Who restored the mill?", "Kelby Heritage Trust [1]. The Kelby Heritage Trust "
               "restored the mill. [1]")], "Who funds it?",
         "Who funds Kelby Heritage Trust or the mill?"),
        ([turn("Who restored the mill?", "Kelby Heritage Trust [1]. The Kelby Heritage Trust "
               "restored the mill. [1]")], "When was it built?", "When was the mill built?"),
    ],
})

FIFTY_NINTH_ROUND_FOLLOWUPS.update({
    "a 'she' or a 'he' inside a 'who' clause is the one the clause is told of ('took over from "
    "Kiran Osei, who said she was retiring'), not the sentence's first name, and one so told of "
    "is a person, not a place things come 'from', whatever list knows the given name": [
        ([turn("Who replaced Kiran Osei?", "Tomi Adeyemi [1]. Tomi Adeyemi took over from Kiran "
               "Osei, who said she was retiring. [1]")], "How old is he?",
         "How old is Tomi Adeyemi?"),
        ([turn("Who replaced Kiran Osei?", "Tomi Adeyemi [1]. Tomi Adeyemi took over from Kiran "
               "Osei, 61, who said he was retiring. [1]")], "How old is she?",
         "How old is Tomi Adeyemi?"),
        # (asked a "she" that may be either of two people, the text's "she" for one of them
        # does not drop the other whose sex nothing says: both are searched)
        ([turn("Who replaced Kiran Osei?", "Tomi Adeyemi [1]. Tomi Adeyemi took over from Kiran "
               "Osei, who said she was retiring. [1]")], "How old is she?",
         "How old is Tomi Adeyemi or Kiran Osei?"),
        # near misses: a clause told of the first name; a clause closed by a comma before the
        # pronoun, which goes on with the sentence's first name
        ([turn("Who replaced Kiran Osei?", "Tomi Adeyemi [1]. Tomi Adeyemi, who said she was "
               "honoured, took over from Kiran Osei. [1]")], "How old is she?",
         "How old is Tomi Adeyemi?"),
        ([turn("Who replaced Kiran Osei?", "Tomi Adeyemi [1]. Tomi Adeyemi took over from Kiran "
               "Osei, who retired, and said she was honoured. [1]")], "How old is he?",
         "How old is Kiran Osei?"),
    ],
})

SHOW_OPENS = turn(
    "When does the Highland show open?", "On Friday [1]. The Highland show opens on Friday at "
    "Ingliston. [1]",
)
CATTLE_WON = turn(
    "Who won the Highland cattle championship?", "Morag Baird [1]. Morag Baird won the Highland "
    "cattle championship with a bull called Duncan. [1]",
)
CATTLE_WINNERS_AGE = Turn(
    "How old is she?", "How old is Morag Baird?", "52 [1]. Morag Baird, 52, won the Highland "
    "cattle championship. [1]",
)
PLOUGHING_WON = turn(
    "Who won the ploughing match?", "Tom Hale [1]. Tom Hale won the ploughing match at Kelby "
    "with a 1952 Fordson. [1]",
)
SHEEPDOGS_WON = turn(
    "Who won the sheepdog trial?", "Ann Cole [1]. Ann Cole won the sheepdog trial with her "
    "collie Moss. [1]",
)

FIFTY_NINTH_ROUND_FOLLOWUPS.update({
    "a newest turn asked complete of a thing of its own ('Who won the ploughing match?'), which "
    "no turn of the story before said and its reply never ties to it, is no turn of that story: "
    "a question going on from it is never asked '(Highland cattle championship)', and its "
    "pronouns are the newest turn's": [
        ([CATTLE_WON, PLOUGHING_WON], "Who came second?", "Who came second?"),
        ([CATTLE_WON, PLOUGHING_WON], "How many entered?", "How many entered?"),
        ([CATTLE_WON, SHEEPDOGS_WON], "How many dogs entered?", "How many dogs entered?"),
        ([CATTLE_WON, SHEEPDOGS_WON], "Who judged?", "Who judged?"),
        ([SHOW_OPENS, SHEEPDOGS_WON], "How many dogs entered?", "How many dogs entered?"),
        ([CATTLE_WON, CATTLE_WINNERS_AGE, PLOUGHING_WON], "Who came second?", "Who came second?"),
        ([CATTLE_WON, CATTLE_WINNERS_AGE, PLOUGHING_WON], "How old is he?",
         "How old is Tom Hale?"),
        ([CATTLE_WON, CATTLE_WINNERS_AGE, PLOUGHING_WON], "How old is his tractor?",
         "How old is Tom Hale’s tractor?"),
        ([CATTLE_WON, CATTLE_WINNERS_AGE, PLOUGHING_WON], "How many took part in it?",
         "How many took part in the ploughing match?"),
        ([CATTLE_WON, CATTLE_WINNERS_AGE, SHEEPDOGS_WON], "What is her dog called?",
         "What is Ann Cole’s dog called?"),
        ([CATTLE_WON, CATTLE_WINNERS_AGE, SHEEPDOGS_WON], "When was it first held?",
         "When was the sheepdog trial first held?"),
        ([CATTLE_WON, PLOUGHING_WON, SHEEPDOGS_WON], "How old is she?", "How old is Ann Cole?"),
        ([CATTLE_WON, PLOUGHING_WON, SHEEPDOGS_WON], "Who judged it?",
         "Who judged the sheepdog trial?"),
        # near misses: a reply tying the thing to the story keeps it; a question speaking of the
        # older story goes on with it; a pronoun the newest turn has no one for looks back
        ([SHOW_OPENS, turn("Who won the sheepdog trial?", "Ann Cole [1]. Ann Cole won the "
                           "sheepdog trial at the Highland show with her collie Moss. [1]")],
         "Who came second?", "Who came second (Highland show)?"),
        ([CATTLE_WON, SHEEPDOGS_WON], "How many cattle were shown?",
         "How many cattle were shown (Highland cattle championship)?"),
        ([CATTLE_WON, CATTLE_WINNERS_AGE, PLOUGHING_WON], "How old is she?",
         "How old is Morag Baird?"),
    ],
})

TWO_CANDIDATES = turn(
    "Who are the two candidates?", "Ann Cole and Sam Reed [1]. Ann Cole and Sam Reed are "
    "standing for mayor. [1]",
)
FIRST_CANDIDATES_AGE = Turn(
    "How old is she?", "How old is Ann Cole?", "52 [1]. Ann Cole, 52, is standing for mayor. [1]"
)
TWO_BIDDERS = turn(
    "Which two firms bid for the Kelby bypass contract?", "Acme Civils and Bolt Construction "
    "[1]. Acme Civils and Bolt Construction bid for the Kelby bypass contract. [1]",
)
BID_WON = turn(
    "Who won the Kelby bypass contract?", "Acme Civils [1]. Acme Civils won the Kelby bypass "
    "contract over Bolt Construction. [1]",
)
TWO_VILLAGES = turn(
    "Which two villages flooded?", "Ashby and Kelby [1]. Ashby and Kelby flooded on Monday. [1]"
)
FIRST_VILLAGE = Turn(
    "How many homes flooded in the first one?", "How many homes flooded in Ashby?", "40 [1]. 40 "
    "homes flooded in Ashby. [1]",
)

FIFTY_NINTH_ROUND_FOLLOWUPS.update({
    "'the other one' inside a question of its own is the other of the two a recent reply led "
    "with, when the turns since asked of or answered with one of them only; 'What about the "
    "other one?' that no rule can tell is left as asked, never glued onto the last question": [
        ([TWO_CANDIDATES, FIRST_CANDIDATES_AGE], "How old is the other one?",
         "How old is Sam Reed?"),
        ([TWO_CANDIDATES, FIRST_CANDIDATES_AGE], "Where does the other one live?",
         "Where does Sam Reed live?"),
        ([TWO_CANDIDATES, FIRST_CANDIDATES_AGE], "Which party is the other one standing for?",
         "Which party is Sam Reed standing for?"),
        ([TWO_BIDDERS, BID_WON], "Where is the other one based?",
         "Where is Bolt Construction based?"),
        ([TWO_BIDDERS, BID_WON], "How much did the other one bid?",
         "How much did Bolt Construction bid?"),
        ([TWO_VILLAGES, FIRST_VILLAGE], "How many homes flooded in the other one?",
         "How many homes flooded in Kelby?"),
        ([turn("Who will run the pickers' camp?", "Ellie and Maya Foster [1]. Ellie and Maya "
               "Foster will run the pickers' camp. [1]"), turn("How old is Ellie Foster?", "19 "
               "[1]. Ellie Foster, 19, will run the camp. [1]")], "What does the other one do?",
         "What does Maya Foster do?"),
        ([TWO_BIDDERS, BID_WON], "What about the other one?", "What about the other one?"),
        ([TWO_BIDDERS], "What about the other one?", "What about the other one?"),
        ([PLOUGHING_WON], "What about the other one?", "What about the other one?"),
        # near misses: the elliptical form as the rules before had it; no one of the pair asked
        # of since, or both: left as asked
        ([TWO_CANDIDATES, FIRST_CANDIDATES_AGE], "What about the other one?",
         "How old is Sam Reed?"),
        ([TWO_VILLAGES, FIRST_VILLAGE], "What about the other one?",
         "How many homes flooded in Kelby?"),
        ([TWO_CANDIDATES], "How old is the other one?", "How old is the other one?"),
        ([TWO_CANDIDATES, FIRST_CANDIDATES_AGE, turn("Where does Sam Reed live?", "Kelby [1]. Sam "
          "Reed lives in Kelby. [1]")], "How old is the other one?", "How old is the other one?"),
    ],
})

LIBRARY_BUILDER = turn(
    "Which company will build the new Kelby library?", "Harlow Construction [1]. Harlow "
    "Construction will build the new Kelby library, due to open in 2026. [1]",
)
ALLOTMENT_CHAIR = turn(
    "Who chairs the Kelby allotment society?", "Dr Winifred Ashdown [1]. Dr Winifred Ashdown "
    "chairs the Kelby allotment society. [1]",
)

FIFTY_NINTH_ROUND_FOLLOWUPS.update({
    "the name answering a which-question of a kind of body or thing ('Which company ...?' - "
    "'Harlow Construction', 'Which band ...?') is never 'she' or 'he': alone it is left as "
    "asked, after an earlier turn's woman it is she; a given name, a title or a job before the "
    "name still says a person": [
        ([LIBRARY_BUILDER], "How old is she?", "How old is she?"),
        ([turn("Which band headlined the festival?", "Brannock Vale [1]. Brannock Vale headlined "
               "the festival. [1]")], "How old is she?", "How old is she?"),
        ([ALLOTMENT_CHAIR, LIBRARY_BUILDER], "How old is she?",
         "How old is Dr Winifred Ashdown?"),
        ([LIBRARY_BUILDER, ALLOTMENT_CHAIR], "How old is she?",
         "How old is Dr Winifred Ashdown?"),
        # near misses
        ([turn("Which firm won the contract?", "Tom Hale [1]. Tom Hale, a builder from Kelby, "
               "won the contract. [1]")], "How old is he?", "How old is Tom Hale?"),
        ([turn("Who runs the Kelby ferry?", "Morwenna Tregaskis [1]. Morwenna Tregaskis runs "
               "the Kelby ferry. [1]")], "How old is she?", "How old is Morwenna Tregaskis?"),
    ],
    "'it' done to as a place or a structure after a body named for one ('the Saltby pier "
    "trust') is the thing it is for only when that is a place or a structure: 'the Kelby "
    "history society' is for no 'Kelby history' that reopens": [
        ([turn("Who chairs the Kelby history society?", "Ann Cole [1]. Ann Cole chairs the Kelby "
               "history society. [1]")], "When will it reopen?",
         "When will the Kelby history society reopen?"),
        ([ALLOTMENT_CHAIR], "When will it open?", "When will the Kelby allotment society open?"),
        ([LIBRARY_BUILDER, ALLOTMENT_CHAIR], "When was it founded?",
         "When was the Kelby allotment society founded?"),
        # near misses: a pier, a lighthouse
        ([turn("Who chairs the Saltby pier trust?", "Ann Cole [1]. Ann Cole chairs the Saltby "
               "pier trust. [1]")], "When will it reopen?", "When will the Saltby pier reopen?"),
        ([turn("Who chairs the Kelby lighthouse trust?", "Ann Cole [1]. Ann Cole chairs the "
               "Kelby lighthouse trust. [1]")], "When was it built?",
         "When was the Kelby lighthouse built?"),
    ],
})

FIFTY_NINTH_ROUND_FOLLOWUPS.update({
    "'they' after a which-question of a body ('Which company will build the new Kelby "
    "library?' - 'Harlow Construction') is the body, never 'Harlow Construction or the new "
    "Kelby library': one thing said by its lower-case noun (a library, a festival) is no "
    "'they'; a body so said (the brewery) or plural things may be": [
        ([LIBRARY_BUILDER], "Where are they based?", "Where are Harlow Construction based?"),
        ([LIBRARY_BUILDER], "How many staff do they have?",
         "How many staff do Harlow Construction have?"),
        ([LIBRARY_BUILDER], "What did they bid?", "What did Harlow Construction bid?"),
        ([turn("Which band headlined the festival?", "Brannock Vale [1]. Brannock Vale headlined "
               "the festival. [1]")], "When did they form?", "When did Brannock Vale form?"),
        # near misses: a body said by its noun stays either; plural things are "they"; "it"
        # after the builder is still either
        ([turn("Which company bought the brewery?", "Van Lier [1]. Van Lier bought it. [1]")],
         "Where are they based?", "Where are Van Lier or the brewery based?"),
        ([turn("Which firm built the new trams?", "Stadler [1]. Stadler built the new trams. "
               "[1]")], "How much did they cost?", "How much did the new trams cost?"),
        ([LIBRARY_BUILDER], "When will it open?",
         "When will Harlow Construction or the new Kelby library open?"),
    ],
})

QUIZ_WON = turn(
    "Who won the pub quiz?", "The Quizzly Bears [1]. The Quizzly Bears won the pub quiz at the "
    "Red Lion. [1]",
)
FUN_RUN_ORGANISED = turn(
    "Which club organised the fun run?", "Kelby Harriers [1]. Kelby Harriers organised the fun "
    "run. [1]",
)

FIFTY_NINTH_ROUND_FOLLOWUPS.update({
    "'it' held, staged or hosted is the event the question named ('the pub quiz'), never 'The "
    "Quizzly Bears or the pub quiz'; and an event's noun that is a verb elsewhere ('the fun "
    "run') is the whole phrase, not 'the fun'": [
        ([QUIZ_WON], "When is it held?", "When is the pub quiz held?"),
        ([QUIZ_WON], "Who hosts it?", "Who hosts the pub quiz?"),
        ([QUIZ_WON], "Where was it first staged?", "Where was the pub quiz first staged?"),
        ([FUN_RUN_ORGANISED], "When is it held?", "When is the fun run held?"),
        ([turn("Who won the fun run?", "Ann Cole [1]. Ann Cole won the fun run. [1]")],
         "How long is it?", "How long is the fun run?"),
        # near misses: the side that won is "they"; a deed of either stays either
        ([QUIZ_WON], "When were they formed?", "When were The Quizzly Bears formed?"),
        ([FUN_RUN_ORGANISED], "How many ran in it?",
         "How many ran in Kelby Harriers or the fun run?"),
    ],
})

CENTRE_OPENING = turn(
    "When will the Pellowen health centre open?", "15 July [1]. The opening of Pellowen's new "
    "health centre has been put back by six weeks, to 15 July. [1]",
)

FIFTY_NINTH_ROUND_FOLLOWUPS.update({
    "'it' opening after a reply saying 'the opening of Pellowen's new health centre' is the "
    "centre, never its owner's name alone ('When will Pellowen's open?'), also past a turn "
    "naming only people": [
        ([CENTRE_OPENING], "When will it open?", "When will the Pellowen health centre open?"),
        ([CENTRE_OPENING, GP_REPLACED_BY_NAME], "When will it open?",
         "When will the Pellowen health centre open?"),
        ([CENTRE_OPENING, GP_REPLACED_BY_NAME], "Where is she going?",
         "Where is Dr Gwendolen Castellyn going?"),
        # near miss: a deed the reply names no noun of keeps the thing the question named
        ([CENTRE_OPENING], "How much did it cost?",
         "How much did the Pellowen health centre cost?"),
    ],
})

# Round 60: users' "he" after one named as "her successor", "she" past a subject of either
# sex, successors the wrong way round, either-or questions, and who heads a body
CONDUCTOR_LEAVING = turn(
    "Who is stepping down as principal conductor of the Vellacourt Philharmonic?", "Aurelia "
    "Braskwater [1]. Aurelia Braskwater is to step down as principal conductor of the "
    "Vellacourt Philharmonic at the end of the 2024-25 season, after 11 years in the post. [1]",
)
CONDUCTOR_SUCCESSOR = turn(
    "Who was originally named as Aurelia Braskwater's successor?", "Ishmael Quennery [1]. The "
    "orchestra has named Ishmael Quennery, 38, as her successor. [1]",
)
TRUST_SUCCESSOR = turn(
    "Who will succeed Dame Petronella Vask?", "Lucan Dreswick [1]. The trust has appointed "
    "Lucan Dreswick as her successor. [1]",
)
CLUB_REPLACEMENT = turn(
    "Who was named as Bartholomew Crane's replacement?", "Imelda Sorrow [1]. The club has named "
    "Imelda Sorrow as his replacement. [1]",
)

SIXTIETH_ROUND_FOLLOWUPS = {
    "a 'his' or 'her' before 'successor', 'replacement', 'rival' is never the one the sentence "
    "names as that ('The orchestra has named Ishmael Quennery, 38, as her successor'): 'he' "
    "next is the successor, not the woman of the question; and the one whose successor was "
    "asked for takes that pronoun's sex": [
        ([CONDUCTOR_SUCCESSOR], "Why did he withdraw?", "Why did Ishmael Quennery withdraw?"),
        ([CONDUCTOR_LEAVING, CONDUCTOR_SUCCESSOR], "Why did he withdraw?",
         "Why did Ishmael Quennery withdraw?"),
        ([CONDUCTOR_SUCCESSOR], "Where did he work before?",
         "Where did Ishmael Quennery work before?"),
        ([CONDUCTOR_SUCCESSOR], "How old is he?", "How old is Ishmael Quennery?"),
        ([TRUST_SUCCESSOR], "How old is he?", "How old is Lucan Dreswick?"),
        ([TRUST_SUCCESSOR], "Where did he work before?", "Where did Lucan Dreswick work before?"),
        ([CLUB_REPLACEMENT], "How old is she?", "How old is Imelda Sorrow?"),
        ([CLUB_REPLACEMENT], "Why is he leaving?", "Why is Bartholomew Crane leaving?"),
        # near misses: one's own successor spoken of is still one's ("said his successor ...")
        ([turn("Who is stepping down?", "Ishmael Quennery [1]. Ishmael Quennery said his "
               "successor would be named in May. [1]")], "Why is he stepping down?",
         "Why is Ishmael Quennery stepping down?"),
        ([CONDUCTOR_LEAVING], "Why is she leaving?", "Why is Aurelia Braskwater leaving?"),
    ],
}

SCHOOL_HEAD_REPLACED = turn(
    "Who did Sam Okafor replace?", "Helen Marsh [1]. Sam Okafor has replaced Helen Marsh as head "
    "of Kelby School. [1]",
)

SIXTIETH_ROUND_FOLLOWUPS.update({
    "'she' after 'Who did Sam Okafor replace?' - 'Helen Marsh' is the woman the reply answered "
    "with, when the question's own one has a given name of either sex ('Sam', 'Alex', 'Jo') and "
    "hers is surely a woman's; 'he' is still the one asked of": [
        ([SCHOOL_HEAD_REPLACED], "Where is she going?", "Where is Helen Marsh going?"),
        ([SCHOOL_HEAD_REPLACED], "Why is she retiring?", "Why is Helen Marsh retiring?"),
        ([turn("Who did Sam Okafor replace?", "Helen Marsh [1]. Sam Okafor has replaced Helen "
               "Marsh, who is retiring after 20 years. [1]")], "Why is she retiring?",
         "Why is Helen Marsh retiring?"),
        ([turn("Who did Alex Brannigan beat?", "Mary Coyle [1]. Alex Brannigan beat Mary Coyle in "
               "the final. [1]")], "How old is she?", "How old is Mary Coyle?"),
        ([turn("Who did Jo Pemberton succeed?", "Robert Vane [1]. Jo Pemberton succeeded Robert "
               "Vane as chair. [1]")], "How long was he chair?", "How long was Robert Vane chair?"),
        # near misses: "he" is the one asked of; an answer whose sex nothing says, or a question
        # asking of the one it names, keeps the question's one
        ([SCHOOL_HEAD_REPLACED], "How old is he?", "How old is Sam Okafor?"),
        ([turn("Who did Alex Brannigan beat?", "Mary Coyle [1]. Alex Brannigan beat Mary Coyle in "
               "the final. [1]")], "How old is he?", "How old is Alex Brannigan?"),
        ([turn("Who did Sam Okafor replace?", "Kiran Osei [1]. Sam Okafor has replaced Kiran "
               "Osei. [1]")], "How old is she?", "How old is Sam Okafor?"),
        ([turn("How old is Sam Okafor?", "44 [1]. Sam Okafor, 44, replaced Helen Marsh. [1]")],
         "Where does she live?", "Where does Sam Okafor live?"),
    ],
})

NEW_HEAD = turn(
    "Who replaced Gwen Hale?", "Tomas Harkaway [1]. Tomas Harkaway has replaced Gwen Hale as "
    "head of Kelby School. [1]",
)
CHIEF_LEAVING = turn(
    "Who is stepping down as chief executive of Brackwell Foods?", "Ian Cole [1]. Ian Cole is "
    "stepping down as chief executive of Brackwell Foods. [1]",
)
CHIEF_REPLACED = Turn(
    "Who replaced him?", "Who replaced Ian Cole?", "Tomas Harkaway [1]. Tomas Harkaway has "
    "replaced Ian Cole as chief executive. [1]",
    "Tomas Harkaway has replaced Ian Cole as chief executive.",
)
CHIEF_TO_BE_REPLACED = Turn(
    "Who will replace him?", "Who will replace Ian Cole?", "Tomas Harkaway [1]. The board named "
    "Tomas Harkaway as his successor. [1]", "The board named Tomas Harkaway as his successor.",
)
CHIEFS_SUCCESSOR = Turn(
    "Who is his successor?", "Who is Ian Cole’s successor?", "Tomas Harkaway [1]. Tomas "
    "Harkaway will succeed him. [1]", "Tomas Harkaway will succeed him.",
)

SIXTIETH_ROUND_FOLLOWUPS.update({
    "'his successor' of the one who came into another's place, or 'her predecessor' of the one "
    "replaced, is no one the conversation named: asked as that one's ('Who is Sam Okafor’s "
    "successor?'), never as the other of the pair ('Who is Helen Marsh?'); the right way round "
    "it is the other, as before": [
        ([SCHOOL_HEAD_REPLACED], "Who is his successor?", "Who is Sam Okafor’s successor?"),
        ([SCHOOL_HEAD_REPLACED], "Who will be his successor?",
         "Who will be Sam Okafor’s successor?"),
        ([NEW_HEAD], "Who is his successor?", "Who is Tomas Harkaway’s successor?"),
        ([NEW_HEAD], "Who was her predecessor?", "Who was Gwen Hale’s predecessor?"),
        ([CHIEF_LEAVING, CHIEF_TO_BE_REPLACED], "Who is his successor?",
         "Who is Tomas Harkaway’s successor?"),
        # near misses: the right way round
        ([NEW_HEAD], "How old is his predecessor?", "How old is Gwen Hale?"),
        ([NEW_HEAD], "Where is her replacement from?", "Where is Tomas Harkaway from?"),
        ([SCHOOL_HEAD_REPLACED], "What did her successor say?", "What did Sam Okafor say?"),
        ([SCHOOL_HEAD_REPLACED], "How long did his predecessor serve?",
         "How long did Helen Marsh serve?"),
        ([CHIEF_LEAVING, CHIEF_TO_BE_REPLACED], "What did his predecessor say?",
         "What did Ian Cole say?"),
    ],
    "after a turn telling who came into whose place, 'he' leaving, retiring or stepping down is "
    "the one replaced, whichever the reply named; 'he' of anything else done after 'Who is Ian "
    "Cole’s successor?' is the successor answered, as after 'Who replaced Ian Cole?'": [
        ([CHIEF_LEAVING, CHIEF_REPLACED], "Why is he leaving?", "Why is Ian Cole leaving?"),
        ([CHIEF_LEAVING, CHIEF_TO_BE_REPLACED], "Why is he leaving?", "Why is Ian Cole leaving?"),
        ([CHIEF_TO_BE_REPLACED], "Why is he stepping down?", "Why is Ian Cole stepping down?"),
        ([CHIEFS_SUCCESSOR], "When is he retiring?", "When is Ian Cole retiring?"),
        ([CHIEFS_SUCCESSOR], "Where did he work before?", "Where did Tomas Harkaway work before?"),
        ([CHIEF_LEAVING, CHIEFS_SUCCESSOR], "Where did he work before?",
         "Where did Tomas Harkaway work before?"),
        # near misses: the newcomer's own deeds; one of the other sex; a question of what one is
        # may be either, as before
        ([CHIEF_LEAVING, CHIEF_REPLACED], "Where did he work before?",
         "Where did Tomas Harkaway work before?"),
        ([CHIEF_LEAVING, CHIEF_TO_BE_REPLACED], "How old is he?", "How old is Tomas Harkaway?"),
        ([NEW_HEAD], "Why is she leaving?", "Why is Gwen Hale leaving?"),
        ([CHIEFS_SUCCESSOR], "How old is he?", "How old is Tomas Harkaway or Ian Cole?"),
    ],
})

CHURCH_ROOF_PAID = turn(
    "Who paid for the new roof at Kelby church?", "The roof was funded by grants [1]. The roof at "
    "Kelby church was funded by grants from Kelby Council and the Kelby Heritage Trust. [1]",
)
POOL_PAID = turn(
    "Who will pay for the new pool?", "The council [1]. Kelby Council will pay for the new pool. "
    "[1]",
)
BRIDGE_BUILT = turn(
    "Which firm built the bridge?", "Acme Civils [1]. Acme Civils built the Kelby bridge. [1]"
)
RED_LION_BOUGHT = turn(
    "Who bought the Red Lion?", "Tom Hale [1]. Tom Hale bought the Red Lion. [1]"
)

SIXTIETH_ROUND_FOLLOWUPS.update({
    "an either-or of the one who did it ('Was it the council or the trust?') after a who-question "
    "is asked as a cleft of the deed asked about, each choice as the conversation named it "
    "('Kelby Council', 'the Kelby Heritage Trust'), never 'Was the new roof the council or the "
    "trust?'; two joined before the verb ('Did the council or the trust pay for it?') or a "
    "cleft's 'it' leave the 'it' after them to be the thing": [
        ([CHURCH_ROOF_PAID], "Was it the council or the trust?",
         "Was it Kelby Council or the Kelby Heritage Trust that paid for the new roof at Kelby "
         "church?"),
        ([POOL_PAID], "Is it the council or the government?",
         "Is it Kelby Council or the government that will pay for the new pool?"),
        ([BRIDGE_BUILT], "Was it Acme or Bolt?", "Was it Acme or Bolt that built the bridge?"),
        ([turn("Who won the Kelby mayoral election?", "Tom Okafor [1]. Tom Okafor beat Maria "
               "Santos in the Kelby mayoral election. [1]")], "Was it Okafor or Santos?",
         "Was it Okafor or Santos that won the Kelby mayoral election?"),
        ([POOL_PAID], "Did the council or the government pay for it?",
         "Did the council or the government pay for the new pool?"),
        ([RED_LION_BOUGHT], "Did Tom or Ann pay for it?", "Did Tom or Ann pay for the Red Lion?"),
        ([RED_LION_BOUGHT], "Did he and his sister pay for it?",
         "Did Tom Hale and his sister pay for the Red Lion?"),
        ([RED_LION_BOUGHT], "Was it Tom or Ann who paid for it?",
         "Was it Tom or Ann who paid for the Red Lion?"),
        ([RED_LION_BOUGHT], "Was it the bank or the brewery that paid for it?",
         "Was it the bank or the brewery that paid for the Red Lion?"),
        ([RED_LION_BOUGHT], "Was it Tom who paid for it?", "Was it Tom who paid for the Red Lion?"),
        # (one body or one person by its noun, alone: "Was it the council?")
        ([turn("Who paid for the new roof?", "Kelby Council [1]. The new roof was paid for by "
               "Kelby Council. [1]")], "Was it the council?",
         "Was it Kelby Council that paid for the new roof?"),
        ([POOL_PAID], "Was it the government?",
         "Was it the government that will pay for the new pool?"),
        ([RED_LION_BOUGHT], "Was it the landlord?",
         "Was it the landlord that bought the Red Lion?"),
        # near misses: a choice of what it was, not of who; a pronoun pair; no cleft
        ([turn("Who won the Kelby mayoral election?", "Tom Okafor [1]. Tom Okafor beat Maria "
               "Santos in the Kelby mayoral election. [1]")], "Was it close or not?",
         "Was the Kelby mayoral election close or not?"),
        ([BRIDGE_BUILT], "Did it cost more or less than planned?",
         "Did the bridge cost more or less than planned?"),
        ([turn("Who bought the Red Lion?", "Tom Hale and Ann Cole [1]. Tom Hale and his sister "
               "Ann Cole bought the Red Lion. [1]")], "Did he or she pay for it?",
         "Did Tom Hale or Ann Cole pay for the Red Lion?"),
        ([RED_LION_BOUGHT], "Is it the pub that closed?", "Is the Red Lion the pub that closed?"),
        ([RED_LION_BOUGHT], "Was it the pub?", "Was the Red Lion the pub?"),
        ([RED_LION_BOUGHT], "Was it expensive?", "Was the Red Lion expensive?"),
        ([turn("Who paid for the new roof?", "Kelby Council [1]. The new roof was paid for by "
               "Kelby Council. [1]")], "Was it paid for by the council or the trust?",
         "Was the new roof paid for by the council or the trust?"),
    ],
})

TWO_FLOODED = turn(
    "Which two villages flooded?", "Ashby and Kelby [1]. Ashby and Kelby flooded on Monday. [1]"
)
TWO_STANDING = turn(
    "Who are the two candidates?", "Ann Cole and Sam Reed [1]. Ann Cole and Sam Reed are "
    "standing for mayor. [1]",
)
TWO_BIDDING = turn(
    "Which two firms bid for the Kelby bypass contract?", "Acme Civils and Bolt Construction [1]. "
    "Acme Civils and Bolt Construction bid for the Kelby bypass contract. [1]",
)

SIXTIETH_ROUND_FOLLOWUPS.update({
    "'the first one', 'the second one', 'the former', 'the latter' are that one of the two a "
    "recent reply led with, by its place there; 'the former mayor' is a mayor, and with no two "
    "named they are left as asked": [
        ([TWO_FLOODED], "How many homes flooded in the first one?",
         "How many homes flooded in Ashby?"),
        ([TWO_FLOODED], "How many homes flooded in the second one?",
         "How many homes flooded in Kelby?"),
        ([TWO_STANDING], "How old is the first one?", "How old is Ann Cole?"),
        ([TWO_STANDING], "How old is the latter?", "How old is Sam Reed?"),
        ([TWO_STANDING], "What did the former say?", "What did Ann Cole say?"),
        ([TWO_BIDDING], "How much did the latter bid?", "How much did Bolt Construction bid?"),
        ([TWO_BIDDING], "Where is the first one based?", "Where is Acme Civils based?"),
        ([TWO_STANDING, turn("Where does Sam Reed live?", "Kelby [1]. Sam Reed lives in Kelby. "
                             "[1]")], "How old is the first one?", "How old is Ann Cole?"),
        # near misses
        ([TWO_STANDING], "Who is the former mayor?", "Who is the former mayor?"),
        ([TWO_STANDING], "When is the first one of the debates?",
         "When is the first one of the debates?"),
        ([turn("Who won?", "Ann Cole [1]. Ann Cole won. [1]")], "How old is the first one?",
         "How old is the first one?"),
        ([TWO_STANDING], "Who came first?", "Who came first?"),
    ],
})

LEAGUE_WON = turn(
    "Which club won the league?", "Kelby Rovers [1]. Kelby Rovers won the league on Saturday. [1]"
)
ORCHESTRA_LEFT = turn(
    "Which orchestra is Aurelia Braskwater leaving?", "The Vellacourt Philharmonic [1]. Aurelia "
    "Braskwater is to step down as principal conductor of the Vellacourt Philharmonic. [1]",
)
MILL_BOUGHT = turn(
    "Which charity bought the Old Mill?", "Kelby Heritage Trust [1]. Kelby Heritage Trust bought "
    "the Old Mill for £400,000. [1]",
)
MUSEUM_REOPENED = turn(
    "When did the Harbour Museum reopen?", "In May [1]. The Harbour Museum reopened in May after "
    "a £2m refit. [1]",
)
MUSEUM_VISITORS = Turn(
    "How many visitors came?", "How many visitors came to the Harbour Museum?", "40,000 [1]. The "
    "museum had 40,000 visitors in its first month. [1]",
    "The museum had 40,000 visitors in its first month.",
)
MUSEUM_REFIT = Turn(
    "How much did it cost?", "How much did the Harbour Museum refit cost?", "£2m [1]. The refit "
    "cost £2m. [1]", "The refit cost £2m.",
)
PROFIT_MADE = turn(
    "How much did Brackwell Foods make last year?", "£4m [1]. Brackwell Foods made a profit of "
    "£4m last year. [1]",
)

SIXTIETH_ROUND_FOLLOWUPS.update({
    "'Who is its boss?', 'Who runs it?', 'Who is in charge?' after a conversation about a body "
    "(a club, a museum, a firm, an orchestra, a charity) ask of the body: never of the league it "
    "won, the mill it bought, the one leaving it or its refit": [
        ([LEAGUE_WON], "Who is its boss?", "Who is Kelby Rovers’ boss?"),
        ([LEAGUE_WON], "Who runs it?", "Who runs Kelby Rovers?"),
        ([LEAGUE_WON], "Who owns it?", "Who owns Kelby Rovers?"),
        ([ORCHESTRA_LEFT], "Who runs it?", "Who runs the Vellacourt Philharmonic?"),
        ([ORCHESTRA_LEFT], "Who is its chair?", "Who is the Vellacourt Philharmonic’s chair?"),
        ([MILL_BOUGHT], "Who runs it?", "Who runs Kelby Heritage Trust?"),
        ([MILL_BOUGHT], "Who is its chief executive?",
         "Who is Kelby Heritage Trust’s chief executive?"),
        ([MUSEUM_REOPENED, MUSEUM_VISITORS, MUSEUM_REFIT], "Who runs it?",
         "Who runs the Harbour Museum?"),
        ([MUSEUM_REOPENED, MUSEUM_VISITORS, MUSEUM_REFIT], "Who is its boss?",
         "Who is the Harbour Museum’s boss?"),
        ([MUSEUM_REOPENED, MUSEUM_VISITORS], "Who is in charge?",
         "Who is in charge of the Harbour Museum?"),
        ([PROFIT_MADE], "Who is in charge?", "Who is in charge of Brackwell Foods?"),
        ([PROFIT_MADE], "Who is the boss now?", "Who is the boss of Brackwell Foods now?"),
        ([MUSEUM_REOPENED], "Who runs the museum?", "Who runs the Harbour Museum?"),
        ([MUSEUM_REOPENED], "Who is the museum's director?",
         "Who is the Harbour Museum's director?"),
        # near misses: what is not asked of a head keeps what it had
        ([LEAGUE_WON], "When was it founded?", "When was Kelby Rovers or the league founded?"),
        ([MILL_BOUGHT], "When was it built?", "When was the Old Mill built?"),
        ([MILL_BOUGHT], "Who owns it now?", "Who owns the Old Mill now?"),
        ([MILL_BOUGHT], "Who owned it before?", "Who owned the Old Mill before?"),
        ([MILL_BOUGHT], "Who sold it?", "Who sold the Old Mill?"),
        ([MILL_BOUGHT], "Who bought it?", "Who bought the Old Mill?"),
        ([MUSEUM_REOPENED], "Who is its boss?", "Who is the Harbour Museum’s boss?"),
        ([PROFIT_MADE], "Who runs it?", "Who runs Brackwell Foods?"),
        ([LEAGUE_WON], "Who is their manager?", "Who is Kelby Rovers’ manager?"),
    ],
})

MANAGER_APPOINTED = turn(
    "Who is the new manager of Kelby Rovers?", "Sam Reed [1]. Kelby Rovers have appointed Sam "
    "Reed as their new manager after sacking Tom Hale. [1]",
)
CHAIR_ELECTED = turn(
    "Who is the new chair of Kelby Council?", "Ann Cole [1]. Kelby Council elected Ann Cole as "
    "chair after removing Jean Pike. [1]",
)

SIXTIETH_ROUND_FOLLOWUPS.update({
    "an object 'him' or 'her' of a deed ('Why did they sack him?'), or one it is said done to "
    "('Why was he sacked?'), is the one the reply says it was done to ('after sacking Tom "
    "Hale'), not the one it led with; what was done to the one it led with stays theirs": [
        ([MANAGER_APPOINTED], "Why did they sack him?", "Why did Kelby Rovers sack Tom Hale?"),
        ([MANAGER_APPOINTED], "Why did the club sack him?", "Why did the club sack Tom Hale?"),
        ([MANAGER_APPOINTED], "Why was he sacked?", "Why was Tom Hale sacked?"),
        ([CHAIR_ELECTED], "Why did they remove her?", "Why did Kelby Council remove Jean Pike?"),
        ([CHAIR_ELECTED], "Why was she removed?", "Why was Jean Pike removed?"),
        ([CHIEF_LEAVING, CHIEF_REPLACED], "Why was he replaced?", "Why was Ian Cole replaced?"),
        # near misses
        ([MANAGER_APPOINTED], "When did they appoint him?",
         "When did Kelby Rovers appoint Sam Reed?"),
        ([MANAGER_APPOINTED], "When was he appointed?", "When was Sam Reed appointed?"),
        ([MANAGER_APPOINTED], "How much did they pay him?",
         "How much did Kelby Rovers pay Sam Reed?"),
        ([MANAGER_APPOINTED], "Where did he work before?", "Where did Sam Reed work before?"),
        ([CHAIR_ELECTED], "When was she elected?", "When was Ann Cole elected?"),
        # (an adverb after the object is no noun of hers: "remove her so quickly")
        ([MANAGER_APPOINTED], "Why did they sack him so quickly?",
         "Why did Kelby Rovers sack Tom Hale so quickly?"),
        ([CHAIR_ELECTED], "Why did they remove her so quickly?",
         "Why did Kelby Council remove Jean Pike so quickly?"),
        ([CHAIR_ELECTED], "Why did they remove her suddenly?",
         "Why did Kelby Council remove Jean Pike suddenly?"),
        ([CHAIR_ELECTED], "Why did they remove her deputy?",
         "Why did Kelby Council remove Ann Cole’s deputy?"),
    ],
})

SACKED_FOR_RESULTS = turn(
    "Why did Kelby Rovers sack Tom Hale?", "Poor results [1]. Kelby Rovers sacked manager Tom "
    "Hale after poor results. [1]",
)

SIXTIETH_ROUND_FOLLOWUPS.update({
    "a reply's lead that is no name ('Poor results [1].' to a why-question) is no one's "
    "successor or replacement: 'his replacement' stays his ('Who is Tom Hale’s replacement?'), "
    "never 'Who is Poor results?'": [
        ([SACKED_FOR_RESULTS], "Who is his replacement?", "Who is Tom Hale’s replacement?"),
        ([SACKED_FOR_RESULTS], "Who is his successor?", "Who is Tom Hale’s successor?"),
        ([turn("Why did Brackwell Foods sack Dr Imogen Vance?", "Losses [1]. Brackwell Foods "
               "sacked chief executive Dr Imogen Vance after losses of £4m. [1]")],
         "Who is her replacement?", "Who is Dr Imogen Vance’s replacement?"),
        # near misses
        ([SACKED_FOR_RESULTS], "Who replaced him?", "Who replaced Tom Hale?"),
        ([SACKED_FOR_RESULTS], "Who is their new coach?", "Who is Kelby Rovers’ new coach?"),
    ],
})

SIXTIETH_ROUND_FOLLOWUPS.update({
    "'Who was originally named as Aurelia Braskwater's successor?' tells who came into whose "
    "place as 'Who will succeed ...?' does: 'she' leaving or stepping down is the one succeeded, "
    "whom the reply's 'her successor' says is a woman; the successor's own deeds stay his": [
        ([CONDUCTOR_SUCCESSOR], "Why is she leaving?", "Why is Aurelia Braskwater leaving?"),
        ([CONDUCTOR_LEAVING, CONDUCTOR_SUCCESSOR], "Why is she stepping down?",
         "Why is Aurelia Braskwater stepping down?"),
        ([turn("Who was appointed as Dame Petronella Vask's successor?", "Lucan Dreswick [1]. The "
               "trust has appointed Lucan Dreswick as her successor. [1]")],
         "When is she retiring?", "When is Dame Petronella Vask retiring?"),
        # near misses
        ([CONDUCTOR_SUCCESSOR], "When does he start?", "When does Ishmael Quennery start?"),
        # (round 61: "Where did she work before?" is hers too, the reply's only "her"; see
        # SIXTY_FIRST_ROUND_FOLLOWUPS)
    ],
})

MUSEUM_OPENED = turn(
    "When did the Harbour Museum open?", "In 1990 [1]. The Harbour Museum opened in 1990. [1]"
)

SIXTIETH_ROUND_FOLLOWUPS.update({
    "an either-or of two times after a when-question ('Was it 1990 or 1991?') asks the deed "
    "with both ('Did the Harbour Museum open in 1990 or 1991?'), a day 'on', a month or a year "
    "'in'; never 'Was the Harbour Museum 1990 or 1991?'": [
        ([MUSEUM_OPENED], "Was it 1990 or 1991?", "Did the Harbour Museum open in 1990 or 1991?"),
        ([turn("When was the Kelby bridge built?", "In 1853 [1]. The Kelby bridge was built in "
               "1853. [1]")], "Was it 1853 or 1854?",
         "Was the Kelby bridge built in 1853 or 1854?"),
        ([turn("When will the new pool open?", "In the spring [1]. The new pool will open in the "
               "spring. [1]")], "Will it be in May or June?",
         "Will the new pool open in May or June?"),
        ([turn("When does the market open?", "Saturday [1]. The market opens on Saturday. [1]")],
         "Is it Saturday or Sunday?", "Does the market open on Saturday or Sunday?"),
        ([MUSEUM_OPENED], "Was it 12 March or 14 March?",
         "Did the Harbour Museum open on 12 March or 14 March?"),
        # near misses: a deed of its own asked; no when-question before
        ([MUSEUM_OPENED], "Was it built in 1990 or 1991?",
         "Was the Harbour Museum built in 1990 or 1991?"),
        ([MUSEUM_OPENED], "Was it free or paid?", "Was the Harbour Museum free or paid?"),
    ],
})

SUCCESSOR_REPLACED = Turn(
    "Who replaced him?", "Who replaced Ishmael Quennery?", "Marisol Tchakarova [1]. In his place "
    "the orchestra has appointed Marisol Tchakarova, 45. [1]",
    "In his place the orchestra has appointed Marisol Tchakarova, 45.",
)

SIXTIETH_ROUND_FOLLOWUPS.update({
    "one with a successor, a predecessor, a rival or kin ('Aurelia Braskwater's successor', "
    "'Kiran Osei's wife') is a person, and so is that successor: neither is an 'it' that is run "
    "or chaired; with no body named the pronoun stays": [
        ([CONDUCTOR_SUCCESSOR], "Who runs it?", "Who runs it?"),
        ([CONDUCTOR_SUCCESSOR, SUCCESSOR_REPLACED], "Who runs it?", "Who runs it?"),
        ([CONDUCTOR_SUCCESSOR, SUCCESSOR_REPLACED], "Who is its chair?", "Who is its chair?"),
        ([turn("Who is Kiran Osei's wife?", "Marta Osei [1]. Kiran Osei and his wife Marta Osei "
               "run the shop. [1]")], "Where is it?", "Where is it?"),
        # near misses: a body's manager is asked of, the body is "it"; the successor is "she"
        ([turn("Who is Kelby Rovers' manager?", "Sam Reed [1]. Sam Reed manages Kelby Rovers. "
               "[1]")], "Who owns it?", "Who owns Kelby Rovers?"),
        ([CONDUCTOR_SUCCESSOR, SUCCESSOR_REPLACED], "Where did she work before?",
         "Where did Marisol Tchakarova work before?"),
    ],
})

SIXTIETH_ROUND_FOLLOWUPS.update({
    "withdrawing or pulling out after a turn telling who came into whose place is leaving it: "
    "'he' who withdrew is the one replaced, though the reply led with the one who replaced "
    "him": [
        ([CONDUCTOR_SUCCESSOR, SUCCESSOR_REPLACED], "Why did he withdraw?",
         "Why did Ishmael Quennery withdraw?"),
        ([SUCCESSOR_REPLACED], "Why did he withdraw?", "Why did Ishmael Quennery withdraw?"),
        ([CHIEF_LEAVING, CHIEF_REPLACED], "Why did he pull out?", "Why did Ian Cole pull out?"),
        ([CHIEF_TO_BE_REPLACED], "Why is he withdrawing?", "Why is Ian Cole withdrawing?"),
        # near misses: the newcomer's own deed; no succession told
        ([SUCCESSOR_REPLACED], "When does she start?", "When does Marisol Tchakarova start?"),
        ([turn("Who won the Kelby by-election?", "Sam Reed [1]. Sam Reed won the Kelby "
               "by-election after Tom Hale withdrew. [1]")], "Why did he withdraw?",
         "Why did Tom Hale withdraw?"),
    ],
})

SIXTIETH_ROUND_FOLLOWUPS.update({
    "each 'the' noun of a question is the one the conversation named so, not only the first: "
    "'Did the council or the trust pay more?' names both, each by its own name": [
        ([CHURCH_ROOF_PAID], "Did the council or the trust pay more?",
         "Did Kelby Council or the Kelby Heritage Trust pay more?"),
        ([CHURCH_ROOF_PAID], "Which gave more, the council or the trust?",
         "Which gave more, Kelby Council or the Kelby Heritage Trust?"),
        ([CHURCH_ROOF_PAID], "Did the council pay more than the trust?",
         "Did Kelby Council pay more than the Kelby Heritage Trust?"),
        # near misses: one alone; one the conversation names no name for stays
        ([CHURCH_ROOF_PAID], "How much did the trust give?",
         "How much did the Kelby Heritage Trust give?"),
        ([POOL_PAID], "Did the council or the government pay more?",
         "Did Kelby Council or the government pay more?"),
    ],
})

SIXTIETH_ROUND_FOLLOWUPS.update({
    "'that one', 'this one' inside a question point back as 'it' does ('When did that one "
    "open?'), where no recent reply led with two to choose from; 'What about that one?' alone "
    "is left as asked, never 'Which firm built the that one?'": [
        ([BRIDGE_BUILT], "How long is that one?", "How long is the bridge?"),
        ([MUSEUM_REOPENED], "Who runs that one?", "Who runs the Harbour Museum?"),
        ([MUSEUM_REOPENED], "How big is this one?", "How big is the Harbour Museum?"),
        ([BRIDGE_BUILT], "What about that one?", "What about that one?"),
        ([BRIDGE_BUILT], "And this one?", "And this one?"),
        # near misses: two to choose from; "that one of them"
        ([TWO_FLOODED], "How many homes flooded in that one?",
         "How many homes flooded in that one?"),
        ([MUSEUM_REOPENED], "Is that one of the oldest?", "Is that one of the oldest?"),
    ],
})

SIXTIETH_ROUND_FOLLOWUPS.update({
    "'Who is the director there?' after a turn about a venue by its name ('the Harbour "
    "Museum') asks of one who works at the venue ('at the Harbour Museum'), never 'in Harbour', "
    "a place only its name says; a town's office or people living there still ask of the place": [
        ([MUSEUM_REOPENED, MUSEUM_VISITORS], "Who is the director there?",
         "Who is the director at the Harbour Museum?"),
        ([MUSEUM_REOPENED], "Who is the curator there?",
         "Who is the curator at the Harbour Museum?"),
        ([turn("When will Kelby Library reopen?", "In June [1]. Kelby Library will reopen in June. "
               "[1]")], "Who is the librarian there?", "Who is the librarian at Kelby Library?"),
        # near misses
        ([MUSEUM_REOPENED], "How many people live there?", "How many people live in Harbour?"),
        ([MUSEUM_REOPENED], "Who is the mayor there?", "Who is the mayor in Harbour?"),
    ],
})

MAYOR_ELECTED = turn(
    "Who won the Kelby mayoral election?", "Tom Okafor [1]. Tom Okafor beat Maria Santos in the "
    "Kelby mayoral election. [1]",
)

SIXTIETH_ROUND_FOLLOWUPS.update({
    "a second 'his' or 'her' before 'rival', 'opponent', 'predecessor' in a question whose 'he' "
    "was put already is that one's, and names the other of the pair ('Did he or his rival spend "
    "more?' -> 'Did Tom Okafor or Maria Santos spend more?'); the wrong way round, or kin, it "
    "stays": [
        ([MAYOR_ELECTED], "Did he or his rival spend more?",
         "Did Tom Okafor or Maria Santos spend more?"),
        ([MAYOR_ELECTED], "Did he get more votes than his opponent?",
         "Did Tom Okafor get more votes than Maria Santos?"),
        ([NEW_HEAD], "Is he older than his predecessor?",
         "Is Tomas Harkaway older than Gwen Hale?"),
        ([NEW_HEAD], "Did he work with his predecessor?",
         "Did Tomas Harkaway work with Gwen Hale?"),
        # near misses
        ([SCHOOL_HEAD_REPLACED], "Is he older than his successor?",
         "Is Sam Okafor older than his successor?"),
        ([MAYOR_ELECTED], "What did he say about his wife?",
         "What did Tom Okafor say about his wife?"),
        ([MAYOR_ELECTED], "Did she congratulate her rival?",
         "Did Maria Santos congratulate Tom Okafor?"),
    ],
})

TWO_BOUGHT = turn(
    "Who bought the Red Lion?", "Tom Hale and Ann Cole [1]. Tom Hale and his sister Ann Cole "
    "bought the Red Lion. [1]",
)

SIXTIETH_ROUND_FOLLOWUPS.update({
    "a cleft of pronouns ('Was it him or her?', 'Was it him or her who paid for it?') after a "
    "who-question asks the deed with each put as the one it stands for; with no one to put, or "
    "no deed asked of one, it is left as asked, never 'Was the Red Lion him?'": [
        ([TWO_BOUGHT], "Was it him or her?",
         "Was it Tom Hale or Ann Cole that bought the Red Lion?"),
        ([TWO_BOUGHT], "Was it him or her who paid for it?",
         "Was it Tom Hale or Ann Cole who paid for the Red Lion?"),
        ([MAYOR_ELECTED], "Was it him or her?",
         "Was it Tom Okafor or Maria Santos that won the Kelby mayoral election?"),
        ([MAYOR_ELECTED], "Was it him or her who conceded?",
         "Was it Tom Okafor or Maria Santos who conceded?"),
        ([TWO_BOUGHT], "Was it her?", "Was it Ann Cole that bought the Red Lion?"),
        ([RED_LION_BOUGHT], "Was it him?", "Was it Tom Hale that bought the Red Lion?"),
        # near misses
        ([RED_LION_BOUGHT], "Was it her?", "Was it her?"),
        ([MUSEUM_OPENED], "Was it him?", "Was it him?"),
    ],
})

SIXTIETH_ROUND_FOLLOWUPS.update({
    "'he' leaving after a succession is the one replaced also when the question asked of the "
    "newcomer ('Who did Ian Cole replace?' - 'Tom Hale' - 'Why did he leave?') or named the post "
    "after the one replaced ('Who will replace Tom Hale as coach?'), whose 'as coach' is no part "
    "of his name": [
        ([turn("Who did Ian Cole replace?", "Tom Hale [1]. Ian Cole replaced Tom Hale as coach. "
               "[1]")], "Why did he leave?", "Why did Tom Hale leave?"),
        ([turn("Who will replace Tom Hale as coach?", "Ian Cole [1]. Ian Cole will replace Tom "
               "Hale. [1]")], "Why is he retiring?", "Why is Tom Hale retiring?"),
        ([turn("Who succeeded Sam Okafor?", "Helen Marsh [1]. Helen Marsh succeeded Sam Okafor as "
               "chair. [1]")], "Why did he step down?", "Why did Sam Okafor step down?"),
        # near misses: the one asked of does the rest
        ([turn("Who did Ian Cole replace?", "Tom Hale [1]. Ian Cole replaced Tom Hale as coach. "
               "[1]")], "What did he achieve?", "What did Ian Cole achieve?"),
        ([turn("Who replaced Tom Hale as coach?", "Ian Cole [1]. Ian Cole replaced Tom Hale as "
               "coach. [1]")], "Where did he coach before?", "Where did Ian Cole coach before?"),
        ([turn("Who succeeded Sam Okafor?", "Helen Marsh [1]. Helen Marsh succeeded Sam Okafor as "
               "chair. [1]")], "When did she start?", "When did Helen Marsh start?"),
    ],
})

# Round 61: "she" after a newcomer named as "her successor", the competition a place was
# taken in, a firm run, and more found by trying conversations
SIXTY_FIRST_ROUND_FOLLOWUPS = {
    "a newcomer the reply names as 'her successor', as put 'in her place' or as the one who "
    "'will succeed her', whose own sex no word tells, is never that 'her': 'she' next is the "
    "one succeeded, whom the question or the sentence before named ('How old is she?' -> 'How "
    "old is Aurelia Braskwater?'), and 'he' the newcomer; a newcomer surely of the pronoun's "
    "sex, or a reply with no pronoun, keeps the one answered": [
        ([turn("Who will succeed Aurelia Braskwater?", "Ishmael Quennery [1]. The orchestra has "
               "named Ishmael Quennery, 38, as her successor. [1]")], "How old is she?",
         "How old is Aurelia Braskwater?"),
        ([CONDUCTOR_SUCCESSOR], "How old is she?", "How old is Aurelia Braskwater?"),
        ([CONDUCTOR_LEAVING, CONDUCTOR_SUCCESSOR], "How old is she?",
         "How old is Aurelia Braskwater?"),
        ([CONDUCTOR_SUCCESSOR], "Where did she work before?",
         "Where did Aurelia Braskwater work before?"),
        ([turn("Who is the new principal conductor?", "Ishmael Quennery [1]. Aurelia Braskwater "
               "is stepping down. The orchestra has named Ishmael Quennery, 38, as her successor. "
               "[1]")], "How old is she?", "How old is Aurelia Braskwater?"),
        ([turn("Who will replace Dame Petronella Vask?", "Lucan Dreswick [1]. Lucan Dreswick, "
               "51, will succeed her in April. [1]")], "How long has she been in charge?",
         "How long has Dame Petronella Vask been in charge?"),
        ([turn("Who will replace Gwyneth Pask as head?", "Kiran Osei [1]. Kiran Osei will take "
               "over in her place in September. [1]")], "How old is she?",
         "How old is Gwyneth Pask?"),
        ([turn("Who will succeed Tom Hale?", "Kiran Osei [1]. The club has named Kiran Osei, 41, "
               "as his replacement. [1]")], "How old is he?", "How old is Tom Hale?"),
        # near misses: the newcomer by the pronoun of the other sex; one surely a woman too; no
        # pronoun in the reply
        ([turn("Who will succeed Aurelia Braskwater?", "Ishmael Quennery [1]. The orchestra has "
               "named Ishmael Quennery, 38, as her successor. [1]")], "How old is he?",
         "How old is Ishmael Quennery?"),
        ([turn("Who will replace Dame Petronella Vask?", "Lucan Dreswick [1]. Lucan Dreswick, "
               "51, will succeed her in April. [1]")], "How old is he?",
         "How old is Lucan Dreswick?"),
        ([turn("Who will replace Gwyneth Pask as head?", "Kiran Osei [1]. Kiran Osei will take "
               "over in her place in September. [1]")], "How old is he?",
         "How old is Kiran Osei?"),
        ([turn("Who will succeed Tom Hale?", "Kiran Osei [1]. The club has named Kiran Osei, 41, "
               "as his replacement. [1]")], "How old is she?", "How old is Kiran Osei?"),
        ([turn("Who will succeed Helen Marsh?", "Mary Coyle [1]. The board named Mary Coyle as "
               "her successor. [1]")], "How old is she?", "How old is Mary Coyle?"),
        ([turn("Who will succeed Helen Marsh?", "Kiran Osei [1]. Kiran Osei will succeed Helen "
               "Marsh. [1]")], "How old is she?", "How old is Kiran Osei?"),
    ],
}

DALESFORD_LEAGUE_WON = turn(
    "Who won the Dalesford League?", "Kelby Rovers [1]. Kelby Rovers won the Dalesford League on "
    "Saturday. [1]",
)
KELBY_CUP_WON = turn(
    "Who won the Kelby Cup?", "Ashby Town [1]. Ashby Town beat Kelby 2-1 to win the Kelby Cup. "
    "[1]",
)
BAND_CONTEST_WON = turn(
    "Who won the Dales Brass Band Contest?", "Kelby Silver Band [1]. Kelby Silver Band won the "
    "Dales Brass Band Contest. [1]",
)

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "a place taken 'in it' ('Who came second in it?', 'Who finished bottom of it?', 'Who were "
    "runners-up in it?'), or sides entering, competing or standing in it, after a who-question "
    "of a contest (a league, a cup, a contest, a by-election) is in the contest, never in the "
    "side that won it; what either may be (founded, sponsored, played in) stays both": [
        ([DALESFORD_LEAGUE_WON], "Who came second in it?",
         "Who came second in the Dalesford League?"),
        ([DALESFORD_LEAGUE_WON], "Who finished third in it?",
         "Who finished third in the Dalesford League?"),
        ([DALESFORD_LEAGUE_WON], "Who finished bottom of it?",
         "Who finished bottom of the Dalesford League?"),
        ([DALESFORD_LEAGUE_WON], "Who were runners-up in it?",
         "Who were runners-up in the Dalesford League?"),
        ([DALESFORD_LEAGUE_WON], "How many teams are in it?",
         "How many teams are in the Dalesford League?"),
        ([LEAGUE_WON], "Who came second in it?", "Who came second in the league?"),
        ([KELBY_CUP_WON], "Who came second in it?", "Who came second in the Kelby Cup?"),
        ([KELBY_CUP_WON], "How many teams entered it?", "How many teams entered the Kelby Cup?"),
        ([BAND_CONTEST_WON], "How many bands competed in it?",
         "How many bands competed in the Dales Brass Band Contest?"),
        ([turn("Who won the Kelby by-election?", "Sam Reed [1]. Sam Reed won the Kelby "
               "by-election. [1]")], "Who else stood in it?",
         "Who else stood in the Kelby by-election?"),
        # near misses: what a side may be too; a thing no contest; who heads the side
        ([DALESFORD_LEAGUE_WON], "When was it founded?",
         "When was Kelby Rovers or the Dalesford League founded?"),
        ([DALESFORD_LEAGUE_WON], "How many players are in it?",
         "How many players are in Kelby Rovers or the Dalesford League?"),
        ([BAND_CONTEST_WON], "Who plays in it?",
         "Who plays in Kelby Silver Band or the Dales Brass Band Contest?"),
        ([KELBY_CUP_WON], "Who sponsors it?", "Who sponsors Ashby Town or the Kelby Cup?"),
        ([DALESFORD_LEAGUE_WON], "Who runs it?", "Who runs Kelby Rovers?"),
        ([DALESFORD_LEAGUE_WON], "Who came second?", "Who came second (Dalesford League)?"),
    ],
})

CONTRACT_WON = turn(
    "Which firm won the contract?", "Harrowgate Builders [1]. Harrowgate Builders won the £3m "
    "contract to rebuild the bridge. [1]",
)
CONTRACT_WON_BY_WHOM = turn(
    "Who won the contract?", "Harrowgate Builders [1]. Harrowgate Builders won the £3m contract "
    "to rebuild the bridge. [1]",
)

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "'Who runs it?', 'Who is its boss?', 'Where is it based?', 'How many people work for it?' "
    "after a turn answered with a firm ('Harrowgate Builders', 'Bolt Construction', a firm of "
    "a trade by its last word) ask of the firm, never of the contract, tender or deal it won, "
    "nor of a site it owns; also after 'Who won ...?', 'Which builder ...?', 'Which firm was "
    "awarded ...?'; what is awarded, signed or worth a sum stays the contract's": [
        ([CONTRACT_WON], "Who runs it?", "Who runs Harrowgate Builders?"),
        ([CONTRACT_WON], "Who is its boss?", "Who is Harrowgate Builders’ boss?"),
        ([CONTRACT_WON_BY_WHOM], "Who runs it?", "Who runs Harrowgate Builders?"),
        ([CONTRACT_WON_BY_WHOM], "Who is its boss?", "Who is Harrowgate Builders’ boss?"),
        ([CONTRACT_WON_BY_WHOM], "Where is it based?", "Where is Harrowgate Builders based?"),
        ([CONTRACT_WON_BY_WHOM], "How many people work for it?",
         "How many people work for Harrowgate Builders?"),
        ([CONTRACT_WON_BY_WHOM], "How many staff does it have?",
         "How many staff does Harrowgate Builders have?"),
        ([turn("Which builder won the contract?", "Harrowgate Builders [1]. Harrowgate Builders "
               "won the £3m contract. [1]")], "Who owns it?", "Who owns Harrowgate Builders?"),
        ([turn("Which contractor won the contract?", "Harrowgate Builders [1]. Harrowgate "
               "Builders won the £3m contract. [1]")], "Who runs it?",
         "Who runs Harrowgate Builders?"),
        ([turn("Which firm was awarded the contract?", "Harrowgate Builders Ltd [1]. Harrowgate "
               "Builders Ltd was awarded the £3m contract. [1]")], "Who runs it?",
         "Who runs Harrowgate Builders Ltd?"),
        ([turn("Who won the tender?", "Bolt Construction [1]. Bolt Construction won the tender. "
               "[1]")], "Who is its managing director?",
         "Who is Bolt Construction’s managing director?"),
        ([turn("Who owns the Hollins Mill site?", "Pennine Crest Homes [1]. The developer Pennine "
               "Crest Homes bought the site in 2020. [1]")], "Where is it based?",
         "Where is Pennine Crest Homes based?"),
        # near misses: the contract's own; what either may be; a thing done to the site
        ([CONTRACT_WON_BY_WHOM], "When was it awarded?", "When was the contract awarded?"),
        ([CONTRACT_WON_BY_WHOM], "Who awarded it?", "Who awarded the contract?"),
        ([CONTRACT_WON_BY_WHOM], "How long is it for?", "How long is the contract for?"),
        ([CONTRACT_WON], "How much is it worth?",
         "How much is Harrowgate Builders or the contract worth?"),
        ([turn("Who owns the Hollins Mill site?", "Pennine Crest Homes [1]. The developer Pennine "
               "Crest Homes bought the site in 2020. [1]")], "How big is it?",
         "How big is the Hollins Mill site?"),
        ([turn("Who will build the new school?", "Harrowgate Builders [1]. Harrowgate Builders "
               "will build the school. [1]")], "How many pupils will it take?",
         "How many pupils will the new school take?"),
    ],
})

BAKERY_OWNER = turn(
    "Who runs the bakery beside the bridge?", "Mary Fenwick [1]. Mary Fenwick, who runs the "
    "Corner Bakery beside the bridge, said trade had halved since the closure. [1] The council "
    "will pay businesses beside the bridge up to £2,500 each. [2]",
)
BRIDGE_TRADERS_PAID = turn(
    "How much will the council pay businesses beside the bridge?", "Up to £2,500 each [1]. The "
    "council will pay businesses beside the bridge up to £2,500 each. [1]",
)

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "'her' paid or compensated after a reply naming a woman of a group the article pays ('pay "
    "businesses beside the bridge up to £2,500 each') keeps her name, the group left to the "
    "search; 'they' paying is the council; 'her business' is the one she runs": [
        ([BAKERY_OWNER], "How much will the council pay her?",
         "How much will the council pay Mary Fenwick?"),
        ([BAKERY_OWNER], "How much will they pay her?",
         "How much will the council pay Mary Fenwick?"),
        ([BAKERY_OWNER], "Will she get compensation?", "Will Mary Fenwick get compensation?"),
        ([BAKERY_OWNER], "When will the council pay her?",
         "When will the council pay Mary Fenwick?"),
        ([BRIDGE_TRADERS_PAID, BAKERY_OWNER], "How much will they pay her?",
         "How much will the council pay Mary Fenwick?"),
        ([turn("Which business owner spoke about the bridge closure?", "Mary Fenwick [1]. Mary "
               "Fenwick, owner of the Corner Bakery, said trade had halved. [1]")],
         "How much will the council pay her business?",
         "How much will the council pay the Corner Bakery?"),
        ([turn("Who said trade had halved?", "Tom Hale [1]. Tom Hale, who runs a cafe on Bridge "
               "Street, said trade had halved since the bridge shut. [1] Traders on Bridge Street "
               "will get up to £2,500 each from the council. [2]")],
         "How much will the council give him?", "How much will the council give Tom Hale?"),
        # near miss: what she did stays hers
        ([BAKERY_OWNER], "How much has she lost?", "How much has Mary Fenwick lost?"),
    ],
    "'they' that a deed the last question asked is done to ('When will they be paid?', 'Why "
    "were they sacked?'), that get what was given ('When will they get the money?'), or 'them' "
    "it is done to again, are the ones the question named as paid, given to or counted ('the "
    "businesses beside the bridge', 'the staff'), never the doer; so is 'it' given ('Why was it "
    "given the money?') or done to in the passive after 'Who did the council fine?'; the "
    "doer's own deeds stay the doer's": [
        ([BRIDGE_TRADERS_PAID], "When will they be paid?",
         "When will the businesses beside the bridge be paid?"),
        ([BRIDGE_TRADERS_PAID], "When will they get the money?",
         "When will the businesses beside the bridge get the money?"),
        ([BRIDGE_TRADERS_PAID], "How many of them are there?",
         "How many of the businesses beside the bridge are there?"),
        ([BRIDGE_TRADERS_PAID], "When will it pay them?",
         "When will the council pay the businesses beside the bridge?"),
        ([turn("How much will Kelby Council pay the flood victims?", "£500 each [1]. Kelby "
               "Council will pay the flood victims £500 each. [1]")], "When will they be paid?",
         "When will the flood victims be paid?"),
        ([turn("How much will Kelby Council pay the flood victims?", "£500 each [1]. Kelby "
               "Council will pay the flood victims £500 each. [1]")], "When will they get it?",
         "When will the flood victims get the money Kelby Council will pay the flood victims?"),
        ([turn("How many staff did Brackwell Foods sack?", "200 [1]. Brackwell Foods sacked 200 "
               "staff at its Kelby plant. [1]")], "Why were they sacked?",
         "Why were the staff sacked?"),
        ([turn("How much did the council give the Kelby Heritage Trust?", "£50,000 [1]. Kelby "
               "Council gave the Kelby Heritage Trust £50,000. [1]")],
         "Why was it given the money?", "Why was the Kelby Heritage Trust given the money?"),
        ([turn("How much did the council give the Kelby Heritage Trust?", "£50,000 [1]. Kelby "
               "Council gave the Kelby Heritage Trust £50,000. [1]")],
         "What will it spend it on?",
         "What will the Kelby Heritage Trust spend the £50,000 the council gave the Kelby "
         "Heritage Trust on?"),
        ([turn("Who did the council fine?", "Harrowgate Builders [1]. The council fined "
               "Harrowgate Builders £10,000. [1]")], "Why was it fined?",
         "Why was Harrowgate Builders fined?"),
        ([turn("Who did Kelby Council fine?", "Harrowgate Builders [1]. Kelby Council fined "
               "Harrowgate Builders £10,000. [1]")], "How much was it fined?",
         "How much was Harrowgate Builders fined?"),
        # near misses: the doer's own deed; things counted; a tally the doer's
        ([turn("How much will Kelby Council pay the flood victims?", "£500 each [1]. Kelby "
               "Council will pay the flood victims £500 each. [1]")], "Why did they decide that?",
         "Why did Kelby Council decide the money Kelby Council will pay the flood victims?"),
        ([turn("How many nurses did the trust hire?", "40 [1]. The trust hired 40 nurses from "
               "overseas. [1]")], "When will they start?", "When will the nurses start?"),
        ([turn("Who did the council fine?", "Harrowgate Builders [1]. The council fined "
               "Harrowgate Builders £10,000. [1]")], "When did it fine them?",
         "When did the council fine Harrowgate Builders?"),
    ],
})

KELBY_MAYOR = turn(
    "Who is the mayor of Kelby?", "Ann Cole [1]. Ann Cole is the mayor of Kelby. [1]"
)

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "'What about the town clerk?', 'And the captain?' after a question of who holds a post of "
    "a place or a body ('Who is the mayor of Kelby?') ask who holds that other post there, never "
    "'Who is the mayor of the town clerk?'; a word of office alone ('And the deputy?') is of "
    "the post asked; a place or a body named is asked as before": [
        ([KELBY_MAYOR], "What about the town clerk?", "Who is the town clerk of Kelby?"),
        ([KELBY_MAYOR], "And the deputy?", "Who is the deputy mayor of Kelby?"),
        ([turn("Who is the manager of Kelby Rovers?", "Sam Reed [1]. Sam Reed manages Kelby "
               "Rovers. [1]")], "And the captain?", "Who is the captain of Kelby Rovers?"),
        ([turn("Who is the manager of Kelby Rovers?", "Sam Reed [1]. Sam Reed manages Kelby "
               "Rovers. [1]")], "What about the coach?", "Who is the coach of Kelby Rovers?"),
        ([turn("Who is the head of Kelby School?", "Tom Hale [1]. Tom Hale is the head of Kelby "
               "School. [1]")], "What about the chair of governors?",
         "Who is the chair of governors of Kelby School?"),
        # near misses: the same post said whole; another place; the one before
        ([KELBY_MAYOR], "What about the deputy mayor?", "Who is the deputy mayor of Kelby?"),
        ([KELBY_MAYOR], "And Ashby?", "Who is the mayor of Ashby?"),
        ([KELBY_MAYOR], "What about the previous mayor?", "Who is the previous mayor of Kelby?"),
    ],
})

FOODS_PROFIT = turn(
    "How much profit did Brackwell Foods make in 2022?", "£4m [1]. Brackwell Foods made a "
    "profit of £4m in 2022. [1]",
)

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "'it' rising, falling, growing or up after a question of a figure a body or a place has "
    "('How much profit did Brackwell Foods make?', 'What is the population of Kelby?', 'How "
    "much will council tax rise in Kelby?') is that figure, as a cost's is, never the body; "
    "'they' so of sales or prices; what the body does or is stays the body's": [
        ([FOODS_PROFIT], "Why did it fall?", "Why did Brackwell Foods’ profit fall?"),
        ([FOODS_PROFIT], "How much did it rise by?",
         "How much did Brackwell Foods’ profit rise by?"),
        ([FOODS_PROFIT], "Was it up on the year before?",
         "Was Brackwell Foods’ profit up on the year before?"),
        ([turn("What was Brackwell Foods' profit last year?", "£4m [1]. Brackwell Foods made a "
               "profit of £4m last year, down from £6m. [1]")], "Why has it dropped?",
         "Why has Brackwell Foods’ profit dropped?"),
        ([turn("What is the population of Kelby?", "12,400 [1]. Kelby has a population of "
               "12,400. [1]")], "Is it growing?", "Is the population of Kelby growing?"),
        ([turn("How much will council tax rise in Kelby?", "4.99% [1]. Council tax in Kelby will "
               "rise by 4.99%. [1]")], "Why is it rising?",
         "Why is council tax in Kelby rising?"),
        ([turn("What were Harrowgate Builders' sales?", "£12m [1]. Harrowgate Builders had sales "
               "of £12m. [1]")], "Why did they fall?",
         "Why did Harrowgate Builders’ sales fall?"),
        # near misses: the body's own deeds and being
        ([FOODS_PROFIT], "Where is it based?", "Where is Brackwell Foods based?"),
        ([FOODS_PROFIT], "Is it expanding?", "Is Brackwell Foods expanding?"),
        ([FOODS_PROFIT], "How many people does it employ?",
         "How many people does Brackwell Foods employ?"),
    ],
})

LIDO_REOPENING = turn(
    "When will Kelby lido reopen?", "In May [1]. Kelby lido will reopen in May after a £1.2m "
    "refurbishment. [1]",
)
SCHOOL_PUPILS = turn(
    "How many pupils does Kelby School have?", "420 [1]. Kelby School has 420 pupils. [1]"
)

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "'there' after a turn about a venue named by its place ('Kelby lido', 'Kelby School', 'the "
    "Harbour Museum', 'Kelby Park') is at the venue for whatever is asked of it (entry, staff, "
    "who plays there), not only for who holds a post there; never 'in Harbour' nor left as "
    "asked; what only a town has stays the town's": [
        ([LIDO_REOPENING], "How much is entry there?", "How much is entry at Kelby lido?"),
        ([LIDO_REOPENING], "How many lifeguards work there?",
         "How many lifeguards work at Kelby lido?"),
        ([LIDO_REOPENING], "Who is the manager there?", "Who is the manager at Kelby lido?"),
        ([SCHOOL_PUPILS], "Who is the head there?", "Who is the head at Kelby School?"),
        ([SCHOOL_PUPILS], "How many teachers work there?",
         "How many teachers work at Kelby School?"),
        ([MUSEUM_REOPENED], "How much is entry there?",
         "How much is entry at the Harbour Museum?"),
        ([turn("What is planned for Kelby Park?", "A skate park [1]. A skate park is planned for "
               "Kelby Park. [1]")], "Who plays there?", "Who plays at Kelby Park?"),
        # near misses: what only a town has
        ([LIDO_REOPENING], "How many people live there?", "How many people live in Kelby?"),
        ([SCHOOL_PUPILS], "Who is the mayor there?", "Who is the mayor in Kelby?"),
        ([MUSEUM_REOPENED], "How many people live there?", "How many people live in Harbour?"),
    ],
})

ASHBY_HOMES_FLOODED = turn(
    "How many homes flooded in Ashby?", "40 [1]. 40 homes flooded in Ashby. [1]"
)

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "a correction of the last question ('Sorry, I meant Ashby.', 'No, I meant the deputy "
    "mayor', 'Not Kelby, Ashby', 'Actually, 2023.') asks it again of what was meant, as 'What "
    "about Ashby?' does; 'Sorry, I meant how many ...?' is that question; a reply of no thing "
    "('No, he didn't.', 'No, thanks.') or a question of its own is left to the rules as before": [
        ([KELBY_MAYOR], "Sorry, I meant Ashby.", "Who is the mayor of Ashby?"),
        ([KELBY_MAYOR], "I meant Ashby", "Who is the mayor of Ashby?"),
        ([KELBY_MAYOR], "No, I meant the deputy mayor", "Who is the deputy mayor of Kelby?"),
        ([KELBY_MAYOR], "Not Kelby, Ashby", "Who is the mayor of Ashby?"),
        ([KELBY_MAYOR], "No, Ashby.", "Who is the mayor of Ashby?"),
        ([FOODS_PROFIT], "Sorry, I meant 2023.",
         "How much profit did Brackwell Foods make in 2023?"),
        ([FOODS_PROFIT], "Actually, 2023.", "How much profit did Brackwell Foods make in 2023?"),
        ([ASHBY_HOMES_FLOODED], "Sorry - Kelby, not Ashby", "How many homes flooded in Kelby?"),
        ([ASHBY_HOMES_FLOODED], "Sorry, I meant how many businesses flooded?",
         "How many businesses flooded in Ashby?"),
        # near misses
        ([KELBY_MAYOR], "No, he didn't.", "No, he didn't."),
        ([KELBY_MAYOR], "No, thanks.", "No, thanks."),
        ([KELBY_MAYOR], "Sorry, I meant he resigned", "Sorry, I meant he resigned"),
        ([KELBY_MAYOR], "Actually, how old is she?", "Actually, how old is Ann Cole?"),
    ],
})

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "'then', 'at the time' after a when-question whose reply led with its preposition ('In "
    "1990 [1].', 'In March 2023 [1].') are that time, as after a bare '1998'; after any other "
    "question 'then' stays": [
        ([MUSEUM_OPENED], "Who was the mayor then?", "Who was the mayor in 1990?"),
        ([MUSEUM_OPENED], "How much did it cost then?",
         "How much did the Harbour Museum cost in 1990?"),
        ([MUSEUM_OPENED], "Who ran it at the time?", "Who ran the Harbour Museum in 1990?"),
        ([turn("When did the Kelby bridge close?", "In March 2023 [1]. The Kelby bridge closed "
               "in March 2023 after cracks were found. [1]")], "How many people used it then?",
         "How many people used the Kelby bridge in March 2023?"),
        # near misses: "that year" takes the year alone; no when-question
        ([turn("When did the Kelby bridge close?", "In March 2023 [1]. The Kelby bridge closed "
               "in March 2023 after cracks were found. [1]")], "Who was the mayor that year?",
         "Who was the mayor in 2023 (Kelby bridge)?"),
        ([KELBY_CUP_WON], "Who was their manager then?", "Who was Ashby Town’s manager then?"),
    ],
})

CONTRACT_BEATEN = turn(
    "Who won the contract?", "Acme Civils [1]. Acme Civils beat Bolt Construction to the "
    "contract. [1]",
)
BY_ELECTION_BEATEN = turn(
    "Who won the Kelby by-election?", "Tom Okafor [1]. Tom Okafor beat Sam Reed by 200 votes. "
    "[1]",
)
CUP_FINAL_BEATEN = turn(
    "Who won the Kelby Cup final?", "Ashby Town [1]. Ashby Town beat Kelby Rovers 3-0 in the "
    "final. [1]",
)

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "after a who-won question whose reply says the winner beat another ('Acme Civils beat Bolt "
    "Construction'), 'he', 'it', 'they' losing ('Why did he lose?') and 'the loser', 'the "
    "runner-up', 'the losing side', 'the other firm' are the one beaten, never the winner; the "
    "winner's own deeds stay the winner's": [
        ([CONTRACT_BEATEN], "Why did it lose?", "Why did Bolt Construction lose?"),
        ([CONTRACT_BEATEN], "How much did the loser bid?", "How much did Bolt Construction bid?"),
        ([CONTRACT_BEATEN], "How much did the other firm bid?",
         "How much did Bolt Construction bid?"),
        ([BY_ELECTION_BEATEN], "Why did he lose?", "Why did Sam Reed lose?"),
        ([BY_ELECTION_BEATEN], "How many votes did the runner-up get?",
         "How many votes did Sam Reed get?"),
        ([CUP_FINAL_BEATEN], "Why did they lose?", "Why did Kelby Rovers lose?"),
        ([turn("Who won the Kelby derby?", "Kelby Rovers [1]. Kelby Rovers beat Ashby Town 2-1. "
               "[1]")], "Who is the losing side's manager?", "Who is Ashby Town's manager?"),
        ([MAYOR_ELECTED], "How many votes did the loser get?",
         "How many votes did Maria Santos get?"),
        # near misses: the winner's own; one of the other sex; no one beaten told
        ([BY_ELECTION_BEATEN], "How many votes did he get?", "How many votes did Tom Okafor get?"),
        ([MAYOR_ELECTED], "Why did she lose?", "Why did Maria Santos lose?"),
        ([CUP_FINAL_BEATEN], "Who scored for them?", "Who scored for Ashby Town?"),
        ([LEAGUE_WON], "How many points did the runner-up get?",
         "How many points did the runner-up get?"),
    ],
})

MILL_FIRE = turn(
    "What caused the fire at Kelby Mill?", "An electrical fault [1]. An electrical fault caused "
    "the fire at Kelby Mill, firefighters said. [1]",
)

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "'it' owned, run, headed, insured or rebuilt after a question of a happening at a place "
    "('the fire at Kelby Mill', 'the leak at the Kelby reservoir') is the place, never 'Who owns "
    "the fire?'; what a happening does or has (starts, spreads, a cause) stays the "
    "happening's": [
        ([MILL_FIRE], "Who owns it?", "Who owns Kelby Mill?"),
        ([MILL_FIRE], "Who runs it?", "Who runs Kelby Mill?"),
        ([MILL_FIRE], "Was it insured?", "Was Kelby Mill insured?"),
        ([turn("What caused the leak at the Kelby reservoir?", "A burst main [1]. A burst main "
               "caused the leak at the Kelby reservoir. [1]")], "Who owns it?",
         "Who owns the Kelby reservoir?"),
        ([turn("When was the crash on the Kelby bypass?", "On Monday [1]. The crash on the Kelby "
               "bypass happened on Monday. [1]")], "Who runs it?", "Who runs the Kelby bypass?"),
        # near misses
        ([MILL_FIRE], "When did it start?", "When did the fire start?"),
        ([MILL_FIRE], "Is it spreading?", "Is the fire spreading?"),
        ([turn("When was the crash on the Kelby bypass?", "On Monday [1]. The crash on the Kelby "
               "bypass happened on Monday. [1]")], "What caused it?", "What caused the crash?"),
    ],
})

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "'And before her?', 'Who was it before him?', 'And before Tom Hale?' after a question of who "
    "holds a post ('Who is the mayor of Kelby?', 'Who manages Kelby Rovers?') ask who held it "
    "before the one answered, in the past ('Who was the mayor of Kelby before Ann Cole?'); "
    "'after' asks who will; a pronoun of the other sex, or no post asked, is left to the rules": [
        ([KELBY_MAYOR], "And before her?", "Who was the mayor of Kelby before Ann Cole?"),
        ([KELBY_MAYOR], "What about before her?", "Who was the mayor of Kelby before Ann Cole?"),
        ([KELBY_MAYOR], "And before that?", "Who was the mayor of Kelby before Ann Cole?"),
        ([KELBY_MAYOR], "And after her?", "Who will be the mayor of Kelby after Ann Cole?"),
        ([turn("Who manages Kelby Rovers?", "Sam Reed [1]. Sam Reed has managed Kelby Rovers "
               "since 2020. [1]")], "And before him?",
         "Who managed Kelby Rovers before Sam Reed?"),
        ([turn("Who is the head of Kelby School?", "Tom Hale [1]. Tom Hale is the head of Kelby "
               "School. [1]")], "Who was it before him?",
         "Who was the head of Kelby School before Tom Hale?"),
        ([turn("Who is the head of Kelby School?", "Tom Hale [1]. Tom Hale is the head of Kelby "
               "School. [1]")], "And before Tom Hale?",
         "Who was the head of Kelby School before Tom Hale?"),
        # near misses: the other sex; no post asked
        ([KELBY_MAYOR], "And before him?", "And before him?"),
        ([turn("How much profit did Brackwell Foods make?", "£4m [1]. Brackwell Foods made a "
               "profit of £4m. [1]")], "And before her?", "And before her?"),
        # ("before that" of a year is before the year)
        ([FOODS_PROFIT], "And before that?",
         "How much profit did Brackwell Foods make before 2022?"),
    ],
})

FUN_RUN_RAISED = turn(
    "How much did the Kelby fun run raise?", "£12,000 [1]. The Kelby fun run raised £12,000 for "
    "the hospice. [1]",
)

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "an event's noun that is a verb elsewhere ('run', 'walk', 'swim') right before the "
    "question's own verb ('How much did the Kelby fun run raise?') ends the event's name, never "
    "cut off as a verb ('the Kelby fun'); a particle after it ('did the club run out?') makes it "
    "the verb": [
        ([FUN_RUN_RAISED], "Who organised it?", "Who organised the Kelby fun run?"),
        ([FUN_RUN_RAISED], "How much did it raise last year?",
         "How much did the Kelby fun run raise last year?"),
        ([FUN_RUN_RAISED], "How many people took part?",
         "How many people took part (Kelby fun run)?"),
        ([turn("When did the school run start?", "In 2019 [1]. The school run started in 2019. "
               "[1]")], "Who runs it?", "Who runs the school run?"),
        ([turn("How much did the Kelby charity walk raise?", "£900 [1]. The Kelby charity walk "
               "raised £900. [1]")], "Who organised it?", "Who organised the Kelby charity walk?"),
        # near miss: a verb with its particle
        ([turn("When did the Kelby food bank run out?", "In March [1]. The Kelby food bank ran "
               "out of food in March. [1]")], "Who runs it?", "Who runs the Kelby food bank?"),
    ],
})

CITIZEN_AWARD = turn(
    "Who won the Kelby Citizen of the Year award?", "Mary Coyle [1]. Mary Coyle, 71, who has "
    "volunteered at the food bank for 30 years, won the award. [1]",
)

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "an award named 'X of the Year' ('Kelby Citizen of the Year', 'of the Season') is one name, "
    "never 'the Kelby Citizen' with a 'Year' story beside it; the winner is still 'she'": [
        ([CITIZEN_AWARD], "Who presented it?", "Who presented Kelby Citizen of the Year?"),
        ([CITIZEN_AWARD], "Who else was nominated?",
         "Who else was nominated (Kelby Citizen of the Year)?"),
        # near misses
        ([CITIZEN_AWARD], "How old is she?", "How old is Mary Coyle?"),
        ([CITIZEN_AWARD], "Where does she volunteer?", "Where does Mary Coyle volunteer?"),
    ],
})

LIBRARY_DECIDED = turn(
    "What did the council decide about the library?", "To close it [1]. Kelby Council voted to "
    "close the library in March. [1]",
)

SIXTY_FIRST_ROUND_FOLLOWUPS.update({
    "'it' opening or closing of itself ('When will it close?', 'Will it reopen?') after a "
    "question naming a body by its noun and a venue ('the council', 'the library') is the venue, "
    "never 'When will Kelby Council close?'; what the body does, closing a thing or meeting, "
    "stays the body's": [
        ([LIBRARY_DECIDED], "When will it close?", "When will the library close?"),
        ([LIBRARY_DECIDED], "Will it reopen?", "Will the library reopen?"),
        ([turn("Why did the council vote to close the library?", "Costs [1]. Kelby Council voted "
               "to close the library in March. [1]")], "When will it close?",
         "When will the library close?"),
        ([turn("What did the trust decide about the pool?", "To close it [1]. The Kelby Pool "
               "Trust voted to close the pool in March. [1]")], "Will it reopen?",
         "Will the pool reopen?"),
        # near misses
        ([LIBRARY_DECIDED], "When will it close the library?",
         "When will Kelby Council close the library?"),
        ([LIBRARY_DECIDED], "When will it meet?", "When will Kelby Council meet?"),
        ([LIBRARY_DECIDED], "Who leads it?", "Who leads Kelby Council?"),
    ],
})

# Every table of follow-ups a trial, a round or a user found, each row (history, question, the
# standalone question expected), run by one test.
@pytest.mark.parametrize(
    ("history", "question", "expected"),
    [
        pytest.param(*case, id=f"{name}: {kind}: {case[1]}")
        for name, table in (
            ("thirty-sixth", THIRTY_SIXTH_ROUND_FOLLOWUPS),
            ("thirty-seventh", THIRTY_SEVENTH_ROUND_FOLLOWUPS),
            ("thirty-eighth", THIRTY_EIGHTH_ROUND_FOLLOWUPS),
            ("thirty-ninth", THIRTY_NINTH_ROUND_FOLLOWUPS),
            ("fortieth", FORTIETH_ROUND_FOLLOWUPS),
            ("forty-first", FORTY_FIRST_ROUND_FOLLOWUPS),
            ("forty-second", FORTY_SECOND_ROUND_FOLLOWUPS),
            ("forty-third", FORTY_THIRD_ROUND_FOLLOWUPS),
            ("forty-fourth", FORTY_FOURTH_ROUND_FOLLOWUPS),
            ("forty-fifth", FORTY_FIFTH_ROUND_FOLLOWUPS),
            ("forty-sixth", FORTY_SIXTH_ROUND_FOLLOWUPS),
            ("forty-seventh", FORTY_SEVENTH_ROUND_FOLLOWUPS),
            ("forty-eighth", FORTY_EIGHTH_ROUND_FOLLOWUPS),
            ("fiftieth", FIFTIETH_ROUND_FOLLOWUPS),
            ("forty-ninth", FORTY_NINTH_ROUND_FOLLOWUPS),
            ("fifty-second", FIFTY_SECOND_ROUND_FOLLOWUPS),
            ("fifty-first", FIFTY_FIRST_ROUND_FOLLOWUPS),
            ("fifty-third", FIFTY_THIRD_ROUND_FOLLOWUPS),
            ("fifty-fourth", FIFTY_FOURTH_ROUND_FOLLOWUPS),
            ("fifty-fifth", FIFTY_FIFTH_ROUND_FOLLOWUPS),
            ("fifty-sixth", FIFTY_SIXTH_ROUND_FOLLOWUPS),
            ("fifty-seventh", FIFTY_SEVENTH_ROUND_FOLLOWUPS),
            ("fifty-eighth", FIFTY_EIGHTH_ROUND_FOLLOWUPS),
            ("fifty-ninth", FIFTY_NINTH_ROUND_FOLLOWUPS),
            ("sixtieth", SIXTIETH_ROUND_FOLLOWUPS),
            ("sixty-first", SIXTY_FIRST_ROUND_FOLLOWUPS),
            ("users", USERS_FOLLOWUPS),
            ("trial 76", TRIAL76_FOLLOWUPS),
            ("final check 146", FINAL146_FOLLOWUPS),
            ("trial 77", TRIAL77_FOLLOWUPS),
            ("trial 78", TRIAL78_FOLLOWUPS),
            ("trial 79", TRIAL79_FOLLOWUPS),
            ("trial 80", TRIAL80_FOLLOWUPS),
            ("trial 81", TRIAL81_FOLLOWUPS),
            ("trial 81b", TRIAL81B_FOLLOWUPS),
            ("trial 82", TRIAL82_FOLLOWUPS),
            ("trial 83", TRIAL83_FOLLOWUPS),
        )
        for kind, cases in table.items()
        for case in cases
    ],
)
def test_the_trial_rounds_follow_ups(history, question, expected):
    assert rewrite_followup(question, history) == expected



def test_an_answer_s_dict_carries_its_standalone_question_only_for_a_follow_up():
    # trial 88: the README names `standalone_question` among the answer's JSON keys, which
    # `Answer.to_dict()` had left out
    from rag.types import Answer

    alone = Answer(question="Who won?", answer="x", refused=False, citations=())
    assert "standalone_question" not in alone.to_dict()
    same = Answer(question="Who won?", answer="x", refused=False, citations=(),
                  standalone_question="Who won?")
    assert "standalone_question" not in same.to_dict()
    follow = Answer(question="How old is he?", answer="44", refused=False, citations=(),
                    standalone_question="How old is Dr Benedict Harkaway?")
    assert follow.to_dict()["standalone_question"] == "How old is Dr Benedict Harkaway?"
