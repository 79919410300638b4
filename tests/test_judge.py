"""The answerability judgement: question types, signals and the calibrator as pure functions."""

from __future__ import annotations

import pytest

from rag.evidence import EvidenceSet
from rag.judge import (
    FEATURES,
    Calibrator,
    asked_fact_missing,
    cover_keys,
    key_terms,
    question_type,
    score_only,
    signals,
)
from rag.types import Chunk, Hit
from tests.fakes import evidence_sentence


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How much did the footbridge repairs cost?", "number"),
        ("How many people use the footbridge each day?", "number"),
        ("What percentage of voters turned out?", "number"),
        ("When will the line open?", "date"),
        ("What year was the bridge built?", "date"),
        ("Who is the harbour master?", "person"),
        ("Whose plan was approved?", "person"),
        ("Where will the factory be built?", "place"),
        ("Why was the tram extension delayed?", "reason"),
        ("How did the counter-offensive unfold?", "reason"),
        ("Has the Old Mill bridge reopened?", "yes-no"),
        ("Is the bridge safe for cars?", "yes-no"),
        ("What will the library grant pay for?", "entity"),
        ("Which party won the most seats?", "entity"),
        # A what/which question is typed by its slot when that is a figure or a date.
        ("What was the water temperature at the beaches?", "number"),
        ("What is the adult fare?", "number"),
        ("What was the turnout in the election?", "number"),
        ("Which month will the bridge reopen?", "date"),
        ("What did the council decide?", "entity"),
        ("Tell me about the budget", "other"),
        # A preposition in front does not change what is asked.
        ("Until when does the exhibition run?", "date"),
        ("In what year did he found the office?", "date"),
        ("For how long was the bridge closed?", "number"),
        ("To whom did the mayor write?", "person"),
        ("In which city is the plant?", "place"),
    ],
)
def test_question_type(question, kind):
    assert question_type(question) == kind


def test_key_terms_are_the_names_and_numbers_after_the_first_word():
    got = key_terms("How many seats did the Green Party win in 2024?")
    assert got == {"green", "parti", "2024"}  # Snowball stems
    assert key_terms("Who is the harbour master?") == set()


def _hit(text: str, article_id: str = "a1", score: float = 5.0) -> Hit:
    return Hit(Chunk("c-" + article_id, article_id, 0, text, 0, len(text)), score, title="T")


def test_signals_measure_coverage_and_missing_names():
    text = "The port authority approved a budget of 48 million euros. The work takes two years."
    best = evidence_sentence("The port authority approved a budget of 48 million euros.")
    ev = EvidenceSet((best,), 6.0, False, best_alone=6.0, best_window=5.0, second_score=2.0)
    got = signals("How much did the port authority approve?", best, ev, [_hit(text)], True)
    assert set(got) == set(FEATURES)
    assert got["margin"] == 4.0 and got["short_answer"] == 1.0 and got["type_number"] == 1.0
    assert got["cover_sentence"] == 1.0 and got["keys_missing_article"] == 0.0
    missing = signals("How much did the Brindle Council approve?", best, ev, [_hit(text)], False)
    assert missing["keys_missing_article"] == 1.0  # "Brindle Council" is nowhere in the article
    assert missing["cover_sentence"] < 1.0


def test_no_evidence_is_its_own_signal():
    got = signals("Who won?", None, EvidenceSet((), float("-inf"), True), [], False)
    assert got["no_evidence"] == 1.0


def test_calibrator_is_a_logistic_function_of_standardised_signals():
    model = Calibrator(weights={"best": 2.0}, intercept=0.0, means={"best": 3.0},
                       scales={"best": 2.0})
    assert model.probability({"best": 3.0}) == pytest.approx(0.5)
    assert model.probability({"best": 5.0}) == pytest.approx(1 / (1 + 2.718281828 ** -2), 1e-6)
    assert model.probability({}) == pytest.approx(0.5)  # a missing signal counts as its mean
    assert 0.0 < model.probability({"best": -1e9}) < 1e-20  # no overflow
    assert score_only().probability({"best": 0.0}) == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("kind", "short", "no_evidence", "ruled"),
    [
        ("number", 0.0, 0.0, True),  # "How many ships...?" over a sentence with no count
        ("date", 0.0, 0.0, True),
        ("person", 0.0, 0.0, True),  # "Who replaced him?" over "he had been replaced"
        ("place", 0.0, 0.0, True),
        ("number", 1.0, 0.0, False),  # a figure was found: the fitted model decides
        ("entity", 0.0, 0.0, False),  # "Which...?" has open kinds: left to the model
        ("reason", 0.0, 0.0, False),
        ("yes-no", 0.0, 0.0, False),
        ("person", 0.0, 1.0, False),  # no evidence at all is its own case
    ],
)
def test_asked_fact_missing(kind, short, no_evidence, ruled):
    features = {f"type_{kind}": 1.0, "short_answer": short, "no_evidence": no_evidence}
    assert asked_fact_missing(features) is ruled


def test_the_fact_missing_rule_overrides_the_regression_only_where_it_holds():
    model = Calibrator(weights={"best": 2.0}, intercept=3.0, fact_missing=0.1)
    ruled = {"type_person": 1.0, "short_answer": 0.0, "best": 9.0}
    assert model.probability(ruled) == pytest.approx(0.1)
    assert model.regression(ruled) > 0.99
    assert model.probability({**ruled, "short_answer": 1.0}) > 0.99
    # Without the stored rate (an older calibration file) the regression decides.
    assert Calibrator(weights={"best": 2.0}, intercept=3.0).probability(ruled) > 0.99
    assert Calibrator.from_json(model.to_json()).fact_missing == pytest.approx(0.1)


def test_the_shipped_calibration_loads_and_gives_probabilities():
    model = Calibrator.load()
    p = model.probability({f: 0.0 for f in FEATURES})
    assert 0.0 <= p <= 1.0


def test_a_year_in_the_question_is_met_by_the_report_date():
    text = "Unemployment in Westmere rose to 6.4 percent in January."
    best = evidence_sentence(text, published="2023-02-10")
    ev = EvidenceSet((best,), 6.0, False)
    got = signals("What was the unemployment rate in Westmere in 2023?", best, ev,
                  [_hit(text)], True)
    assert got["keys_missing_article"] == 0.0 and got["keys_missing_sentence"] == 0.0


def test_predicate_coverage_leaves_the_names_out():
    text = "Luca Ferreira won the Westmere chess championship on Sunday."
    best = evidence_sentence(text)
    ev = EvidenceSet((best,), 4.0, False)
    same = signals("Who won the Westmere chess championship?", best, ev, [_hit(text)], True)
    other = signals("Who scored the goal in the Westmere cup final?", best, ev, [_hit(text)], True)
    assert same["cover_predicate"] == 1.0
    # The name is there, but not what was done: scored, goal, cup, final.
    assert other["cover_predicate"] == 0.0 and other["keys_missing_sentence"] == 0.0


@pytest.mark.parametrize(
    ("question", "text", "covered"),
    [
        # trial 31: "Who won the Estonian election?" over "Estonia's general election" had
        # counted "Estonian" as a name the report never says, and been refused
        ("Who won the Estonian election?", "Civic Union won Estonia's general election.", 1.0),
        ("Who is the Canadian prime minister?", "Canada's prime minister spoke.", 1.0),
        ("What did Germany export?", "German exports rose.", 1.0),
        # ... but not countries that only begin alike
        ("Who is the Austrian chancellor?", "Australia's prime minister spoke.", 0.0),
    ],
)
def test_a_people_covers_its_country(question, text, covered):
    from rag.judge import cover, key_terms

    assert cover(key_terms(question), text) == covered


def test_beating_covers_winning_but_is_no_yes_to_a_defeat():
    from rag.judge import content_words, cover
    from rag.spans import yes_no

    # Trial 15: "Who won the game ...?" over "the Harbor City Hawks beat the Lakeview Storm".
    assert cover(content_words("Who won?"), "the Harbor City Hawks beat the Lakeview Storm") == 1
    assert cover(content_words("Who won?"), "Okafor was defeated by Santos") == 1
    # ... but winning is not losing, for a yes or a no.
    assert yes_no("Was Okafor defeated?", "Okafor won the by-election.") == "No"
    assert yes_no("Did Leeds win?", "Bristol beat Leeds 2-1 on Saturday.") == "No"


@pytest.mark.parametrize(
    ("question", "sentence", "mismatch"),
    [
        ("Which city did not vote for the plan?", "Westmere voted for the plan.", 1.0),
        ("Which city voted for the plan?", "Westmere did not vote for the plan.", 1.0),
        ("Which city voted for the plan?", "Westmere voted for the plan.", 0.0),
        ("Who never lost a match?", "Okafor has never lost a match.", 0.0),
        ("Which team couldn't finish?", "Rovers couldn’t finish the race.", 0.0),
        ("What is notable about the bridge?", "The bridge is 60 years old.", 0.0),
        # A "not" inside a reason or a condition does not deny the main statement (news-043).
        ("Who is the director of the marathon?",
         "Race director Colm Brennan said the start was held back because the boats could not "
         "reach the course.", 0.0),
        ("Who is the director?", "Brennan is the director, although he did not run it.", 0.0),
        ("Who is the director?", "Brennan is not the director, because he resigned.", 1.0),
        # conv-10: what someone said is the answer, its "not" included.
        ("What did Declan Murphy say about the consultation?",
         "Its chairman, Declan Murphy, said members had not been consulted.", 0.0),
        ("What did the union warn?",
         "The union warned that staff would not accept the offer.", 0.0),
        ("What did the minister tell parliament about the delay?",
         "She told MPs the delay was not the contractor's fault.", 0.0),
        # A "not" before the verb of saying denies that it was said.
        ("What did the minister say about the delay?",
         "The minister did not say when the bridge would reopen.", 1.0),
        # ... quoted before the verb as well (trial 51: refused at 0.02)
        ("What did Claire Hesketh say about the delay?",
         '"We would rather start a service we can run reliably than one we cannot," she said.',
         0.0),
        ("What did the chairman say?", "“It will not close,” the chairman said.", 0.0),
        ("What did the chairman say?", "“It will close,” the chairman did not say.", 1.0),
        # re-test 55: a relative clause set off by commas is an aside
        ("When does Carved in Stone end?", "\"Carved in Stone\" runs from 14 February to 31 "
         "August and brings together 60 works, many of which have never been shown in public.",
         0.0),
        ("Who was consulted?", "Members had not been consulted, Murphy said.", 1.0),
        # re-test 55: a state said of whom the sentence is about denies nothing (refused at
        # 0.04 before)
        ("When will customers receive compensation?", "Customers who were without water for "
         "more than 12 hours will receive £50 in compensation within 10 working days.", 0.0),
        ("Who will get a refund?", "Passengers who had been left without a seat will get a "
         "refund.", 0.0),
        ("When will customers receive compensation?", "Customers will receive £50 without "
         "delay, but not before May.", 1.0),
        # trial 57: what a person said denies nothing of who they are (refused at 0.21)
        ("Who is Neil Forsyth?", "The council's head of IT, Neil Forsyth, said there was no "
         "evidence so far that personal data had been stolen.", 0.0),
        ("What does Neil Forsyth do?", "The council's head of IT, Neil Forsyth, said there was "
         "no evidence so far that personal data had been stolen.", 0.0),
        ("Who stole the data?", "The council's head of IT, Neil Forsyth, said there was no "
         "evidence so far that personal data had been stolen.", 1.0),
        ("Who is the head of Marshford council?", "Council leader Priya Natarajan said the "
         "authority had \"no choice\" after a sharp rise in costs.", 0.0),
        # round 37: a denial in a main clause the question does not ask of, before the time
        # clause that tells what it asks, denies none of it
        ("How strong were the winds in Dunmere?", "No one was hurt when Storm Iris brought "
         "winds of up to 70mph to Dunmere on Thursday night.", 0.0),
        ("Which storm hit Dunmere?", "No one was hurt when Storm Iris hit Dunmere.", 0.0),
        ("Was anyone hurt in the storm?", "No one was hurt when Storm Iris brought winds of up "
         "to 70mph to Dunmere.", 1.0),
        ("How strong were the winds?", "The winds were not strong when the ferry sailed.", 1.0),
        # trial 64: an age is denied only where an age is spoken of
        ("How old was the boy?", "The man, 44, and his son, 12, had been exploring rock pools and "
         "did not notice the tide turning.", 0.0),
        ("How old was the boy?", "The boy's age was not given.", 1.0),
        # round 39: ... and where one is from only where a home is spoken of
        ("Where were the father and son from?", "The man, 44, and his son, 12, both from "
         "Bristol, had been exploring rock pools and did not notice the tide turning.", 0.0),
        ("Where is she from?", "She is not from Leeds, as reported, but from York.", 1.0),
        # round 57 (trial 87): "not ... until" says when it will be (refused at 0.38 before)
        ("When is the Thorsby Market Hall roof now expected to be finished?", "The repair of "
         "Thorsby Market Hall's roof will not be finished until March 2025.", 0.0),
        ("When will the pool reopen?", "The pool won't reopen till May.", 0.0),
        ("When will the pool reopen?", "The pool will not reopen this year.", 1.0),
    ],
)
def test_negation_mismatch(question, sentence, mismatch):
    assert _one_sentence_signals(question, sentence)["negation_mismatch"] == mismatch


def _one_sentence_signals(question: str, sentence: str) -> dict:
    """The judge's signals when `sentence` is the only evidence, scored 4.0."""
    best = evidence_sentence(sentence)
    return signals(question, best, EvidenceSet((best,), 4.0, False), [_hit(sentence)], True)


@pytest.mark.parametrize(
    ("question", "sentence", "covered"),
    [
        # round 37: the place one studied at is the school asked, studying there attending it
        # (refused at 0.23 before)
        ("Which university did Dr Marsh attend?", "Dr Marsh studied marine biology at Aberdeen "
         "before joining the trust.", 1.0),
        ("Which college did Helen Marsh go to?", "She trained as a nurse at the Royal "
         "Infirmary.", 1.0),
        ("Which university did Dr Marsh attend?", "Dr Marsh joined the trust in 2014.", 0.0),
    ],
)
def test_where_one_studied_says_the_school_attended(question, sentence, covered):
    assert _one_sentence_signals(question, sentence)["cover_predicate"] == covered


@pytest.mark.parametrize(
    ("question", "sentence", "covered"),
    [
        # round 44 (final check 134): a race time says the time it took (refused at 0.33)
        ("What was Dr Sarah Whitfield's time?", "The women's race was won by Dr Sarah "
         "Whitfield, 34, in 2hr 38min 5sec, a course record.", 1.0),
        ("What was her time?", "She finished in 3:12:45.", 1.0),
        # ... and a sentence with no time taken says none
        ("What was Dr Sarah Whitfield's time?", "Dr Sarah Whitfield, 34, is a GP from "
         "Alnmouth.", 0.0),
    ],
)
def test_a_race_time_says_the_time_asked(question, sentence, covered):
    assert _one_sentence_signals(question, sentence)["cover_predicate"] == covered


@pytest.mark.parametrize(
    ("question", "sentence", "covered"),
    [
        # round 45: an irregular past that is a word of its own still says its verb
        ("When did Mrs Lorna Faulkner leave?",
         "The home's registered manager, Mrs Lorna Faulkner, left in December.", 1.0),
        ("When did Mrs Lorna Faulkner leave?",
         "The home's registered manager, Mrs Lorna Faulkner, arrived in December.", 0.0),
        # ... a takeover is a taking over, a buying
        ("Who is taking over Thornbury Rovers?",
         "Mr Brad Kessler has completed his takeover of Thornbury Rovers.", 1.0),
        ("Who is buying Thornbury Rovers?",
         "Mr Brad Kessler has completed his takeover of Thornbury Rovers.", 1.0),
        ("Who is taking over Thornbury Rovers?",
         "Mr Brad Kessler has watched Thornbury Rovers for years.", 0.0),
        # ... and a sum said to come from one is its contribution
        ("How much is the Department for Transport contributing?",
         "Of the cost, £1.6 million would come from the Department for Transport.", 1.0),
        ("How much is the Department for Transport contributing?",
         "The Department for Transport said the cost was £1.6 million.", 0.0),
    ],
)
def test_a_deed_said_in_other_words_covers_the_question(question, sentence, covered):
    assert _one_sentence_signals(question, sentence)["cover_predicate"] == covered


def test_span_fit_and_dense_similarity_are_passed_through():
    text = "Northline carried 2.3 million passengers last year."
    best = evidence_sentence(text)
    ev = EvidenceSet((best,), 4.0, False)
    got = signals("How many ships does Northline operate?", best, ev, [_hit(text)], True,
                  {"span_score": 3.5, "slot_missing": 1.0}, 0.62)
    assert (got["span_score"], got["slot_missing"], got["dense_sentence"]) == (3.5, 1.0, 0.62)
    none = signals("How many ships does Northline operate?", best, ev, [_hit(text)], False)
    assert (none["span_score"], none["slot_missing"], none["dense_sentence"]) == (0.0, 0.0, 0.0)


def test_report_age_is_years_before_the_reference_date():
    from datetime import date

    text = "Macron named Edouard Philippe prime minister."
    best = evidence_sentence(text, published="2017-05-15")
    ev = EvidenceSet((best,), 4.0, False)
    question = "Who did Macron name prime minister?"
    old = signals(question, best, ev, [_hit(text)], True, reference=date(2024, 1, 12))
    assert old["report_age"] == pytest.approx(6.66, abs=0.01)
    same_day = signals(question, best, ev, [_hit(text)], True, reference=date(2017, 5, 15))
    assert same_day["report_age"] == 0.0
    assert signals(question, best, ev, [_hit(text)], True)["report_age"] == 0.0  # no "now"
    undated = evidence_sentence(text, published=None)
    assert signals(question, undated, EvidenceSet((undated,), 4.0, False), [_hit(text)], True,
                   reference=date(2024, 1, 12))["report_age"] == 0.0
    ancient = evidence_sentence(text, published="1990-01-01")
    assert signals(question, ancient, EvidenceSet((ancient,), 4.0, False), [_hit(text)], True,
                   reference=date(2024, 1, 12))["report_age"] == 10.0


# How the coverage signals match a question's words in a text: an agent noun meets its verb,
# a word meets its other forms and words of the same sense, a compound meets its head.
@pytest.mark.parametrize(
    ("question", "text", "share"),
    [
        # An agent noun meets its verb.
        (
            "Who chairs the association?",
            "The association said its chairman, Declan Murphy, ...",
            1.0,
        ),
        ("Who is the chairman of the association?", "Murphy, who chairs the association", 1.0),
        ("Who directs the festival?", "festival director Oskar Brandt", 1.0),
        ("Who leads the study?", "The study's leader is Rao.", 1.0),
        ("Who chairs the association?", "The association met on Monday.", 0.5),
        # A measure's adjective meets its noun (news-012).
        ("How wide is the footbridge?", "its width of 2.1 metres is too narrow for a bridge",
         1.0),
        ("How deep is the channel?", "a channel depth of 14 metres", 1.0),
        # Running something meets the title of who runs it (news-022).
        ("Who runs Northline Ferries?", "Chief executive Henrik Aalto of Northline Ferries", 1.0),
        ("Who heads the museum?", "museum director Lena Holm", 1.0),
        # Everyday news synonyms.
        ("How high was joblessness in 2022?", "The unemployment rate was 7.1 percent in 2022.",
         2 / 3),
        ("What did a typical house sell for?", "The average house price was 241,500 euros.", 1.0),
        # round 44: a gift said as a grant, a sum still lacking as one still needed
        ("How much did the Heritage Fund give?", "The work was paid for by a grant of £62,000 "
         "from the National Lottery Heritage Fund.", 1.0),
        ("How much did the lottery contribute?", "The National Lottery Heritage Fund provided "
         "£870,000 towards the project.", 1.0),
        ("How much is the club still short?", "The club still needed to find about £31,400.",
         1.0),
        # An irregular past meets its verb.
        ("Who paid for the repairs?", "The council will pay for the repairs.", 1.0),
        ("Who won the final?", "Rovers win the final", 1.0),
        # A compound meets its head of four letters or more, either way round.
        ("How wide is the footbridge?", "The bridge is 2.1 metres wide.", 1.0),
        ("How wide is the bridge?", "The footbridge is 2.1 metres wide.", 1.0),
        ("Who owns the car?", "She bought a scar.", 0.0),
        # ... but a negating prefix is no compound.
        ("What can view unencrypted content?", "Receivers view encrypted content.", 2 / 3),
        ("Where is the underground station?", "The ground station is here.", 1 / 2),
        # Different senses stay apart.
        ("How wide is the footbridge?", "The footbridge cost 2 million euros.", 0.5),
        ("Who runs the ferry?", "The ferry sailed at noon.", 0.5),
    ],
)
def test_a_question_word_meets_its_forms_senses_and_agent_nouns(question, text, share):
    from rag.judge import content_words, cover

    assert cover(content_words(question), text) == share


def test_a_hyphenated_name_is_not_met_by_its_last_part():
    from rag.judge import cover, key_terms

    question = "Where do the Siouan-speaking tribes live?"
    assert cover(key_terms(question), "Tribes speaking Algonquian live there.") == 0.0
    assert cover(key_terms(question), "The Siouan-speaking tribes live there.") == 1.0


@pytest.mark.parametrize(
    ("question", "sentence", "mismatch"),
    [
        # "No one" is the count asked for, not a denial of the question.
        ("How many people were injured?", "No one was injured, the fire service said.", 0.0),
        ("How many homes were destroyed?", "Forty homes were damaged but none were destroyed.",
         0.0),
        ("How many homes were destroyed?", "Officials could not say how many homes were lost.",
         1.0),
        # Elsewhere "no" still denies.
        ("Who was injured in the storm?", "No one was injured in the storm.", 1.0),
    ],
)
def test_a_zero_count_is_no_negation_for_how_many(question, sentence, mismatch):
    best = evidence_sentence(sentence)
    ev = EvidenceSet((best,), 5.0, False)
    got = signals(question, best, ev, [_hit(sentence)], True)
    assert got["negation_mismatch"] == mismatch


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        # trial 51: the topic of what was said is met by the report, not only the quote
        ("What did Claire Hesketh say about the delay?", 1.0),
        # of "tell", "passengers" and "delay", the quote says none, its report the delay
        ("What did Claire Hesketh tell passengers about the delay?", pytest.approx(1 / 3)),
        ("What did Claire Hesketh say about the fare rise?", 0.0),  # no fare rise reported
        ("Why did Claire Hesketh apologise for the delay?", 0.0),  # not a what-said question
    ],
)
def test_the_topic_of_what_was_said_is_met_by_its_report(question, covered):
    quote = '"We would rather start a service we can run reliably," she said.'
    lead = "The new timetable has been delayed until 7 September, Northvale Railways said."
    best = evidence_sentence(quote)
    got = signals(question, best, EvidenceSet((best,), 4.0, False),
                  [_hit(lead + " " + quote)], True)
    assert got["cover_predicate"] == covered


@pytest.mark.parametrize(
    ("question", "sentence", "covered"),
    [
        # re-test 55: a range or a limit says when something ends
        ("When does Carved in Stone end?", "Carved in Stone runs from 14 February to 31 August.",
         1.0),
        ("When does the consultation close?", "The consultation runs until 30 April.", 1.0),
        ("When does Carved in Stone end?", "Carved in Stone opened on 14 February.", 0.0),
    ],
)
def test_a_range_says_its_end(question, sentence, covered):
    best = evidence_sentence(sentence)
    got = signals(question, best, EvidenceSet((best,), 4.0, False), [_hit(sentence)], True)
    assert got["cover_predicate"] == covered


def test_a_tie_said_by_a_possessive_covers_the_questions_predicate():
    sentence = "Reform's Kelly Marsh was fourth with 7,115."
    best = evidence_sentence(sentence)
    question = "Which party does Kelly Marsh represent?"
    plain = signals(question, best, EvidenceSet((best,), 5.0, False), [_hit(sentence)], True)
    tied = signals(question, best, EvidenceSet((best,), 5.0, False), [_hit(sentence)], True,
                   fit={"span_score": 4.3, "slot_missing": 0.0, "tie_stated": 1.0})
    assert plain["cover_predicate"] == 0.0 and tied["cover_predicate"] == 1.0
    assert tied["cover_sentence"] == 1.0


@pytest.mark.parametrize(
    ("question", "keys"),
    [
        # A name's lower-case particles are the name's, so a sentence naming the Tour de
        # l'Occitanie does not "say" the question's predicate by them.
        ("How many riders are still in the Tour de l'Occitanie?",
         {"tour", "de", "l'occitani", "occitani"}),
        ("How old is Pieter van Rensburg?", {"pieter", "van", "rensburg"}),
        ("Who lives in de facto exile?", set()),
    ],
)
def test_key_terms_keep_a_names_particles(question, keys):
    assert key_terms(question) == keys


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("In which county is Ashby Moor?",
         "ASHBY MOOR, Derbyshire, 27 October 2025 — About 420 homes were flooded."),
        ("Which country is Linz in?",
         "He said the company would cut about 450 jobs at its plant in Linz, Austria, as "
         "production moves to a new factory in Brno."),
    ],
)
def test_a_region_written_after_the_place_covers_the_slot(question, sentence):
    best = evidence_sentence(sentence)
    got = signals(question, best, EvidenceSet((best,), 5.0, False), [_hit(sentence)], True)
    assert got["cover_sentence"] == 1.0


@pytest.mark.parametrize(
    ("question", "text", "covered"),
    [
        # trial 34: a reporting period said by its end
        ("What was operating profit in the second quarter?",
         "Operating profit for the three months to 30 June was £61.4 million.", 1.0),
        ("What was revenue in the first half?", "Revenue for the six months ended 30 June "
         "rose 4%.", 1.0),
        ("What was operating profit in the third quarter?",
         "Operating profit for the three months to 30 June was £61.4 million.", 0.75),
    ],
)
def test_a_reporting_period_said_by_its_end_covers_its_name(question, text, covered):
    from rag.judge import content_words, cover, key_terms

    said = content_words(question) - key_terms(question)
    assert cover(said, text) == covered


@pytest.mark.parametrize(
    ("question", "text", "share"),
    [
        # A deed said by a phrase of the same sense (`PHRASE_SENSE`): a sending-off, a booking.
        ("Who was sent off?", "Callum Ridley was shown a straight red card.", 1.0),
        ("Who was dismissed?", "Ridley was red-carded in the 61st minute.", 1.0),
        ("Who was sent off?", "Ridley was given his marching orders.", 1.0),
        ("Who received a yellow card?", "Dean Marsh was booked for dissent.", 2 / 3),
        ("Who was booked?", "Tom Gale was shown a yellow card.", 1.0),
        ("Who was sin-binned?", "Hollis was shown a yellow card.", 1.0),
        # round 44: an alert is a call to those who answer one
        ("Who alerted the police?", "A neighbour, Ruth Okonjo, rang the police after seeing the "
         "van.", 1.0),
        ("Who tipped off police?", "A neighbour, Ruth Okonjo, phoned the police.", 1.0),
        ("Who raised the alarm?", "Ruth Okonjo called the fire brigade.", 1.0),
        # ... and the groups stay apart, and a word of a phrase alone says nothing.
        ("Who was sent off?", "Dean Marsh was booked for dissent.", 0.0),
        ("Who was booked?", "The red shirts won the cup.", 0.0),
        ("Who alerted the council?", "Ruth Okonjo rang the police.", 0.5),
        ("Who alerted the police?", "Ruth Okonjo rang her sister.", 0.0),
        # round 58: a post given up ("Why did Sigrid Solvang leave?" was refused at 0.38 over
        # "has stepped down to take a job ... in Trondheim")
        ("Why did Sigrid Solvang leave?", "Sigrid Solvang has stepped down to take a job with a "
         "design studio in Trondheim.", 1.0),
        ("Why did Lachlan Ashbrinton resign?", "Mr Lachlan Ashbrinton has stepped down.", 1.0),
        ("Why did the coach quit?", "The coach has left for a new job.", 1.0),
        ("Why did the coach quit?", "The coach has stood down.", 1.0),
        ("Why did the coach step down?", "The coach stepped on a nail.", 2 / 3),
    ],
)
def test_a_deed_is_met_by_a_phrase_of_its_sense(question, text, share):
    from rag.judge import content_words, cover

    assert cover(content_words(question), text) == share


@pytest.mark.parametrize(
    ("question", "sentence", "reworded"),
    [
        ("Who was sent off?", "Callum Ridley was shown a straight red card by the referee.",
         "Who was shown a straight red card?"),
        ("Which Aldwick player was sent off?", "Ridley was shown a red card.",
         "Which Aldwick player was shown a red card?"),
        ("Was anyone sent off?", "Ridley was shown a red card.", "Was anyone shown a red card?"),
        ("Who received a yellow card?", "Dean Marsh was booked for dissent.", "Who was booked?"),
        ("Who picked up a yellow card?", "Tom Gale was cautioned late on.", "Who was cautioned?"),
        ("Who was shown a yellow card?", "Dean Marsh was booked.", "Who was booked?"),
        # round 46: an animal a court ends the life of; shown at once; every group in turn
        ("Was Foxley's dog ordered to be put down?", "The judge did not order the dog to be "
         "destroyed, but made a control order.", "Was Foxley's dog ordered to be destroyed?"),
        ("Was the horse put to sleep?", "The vet said the horse was euthanised.",
         "Was the horse euthanised?"),
        ("How many clocks will be on show at once?", "Only 31 of the clocks will be on display "
         "at any one time.", "How many clocks will be on display at any one time?"),
        ("How many paintings are on view?", "About 40 paintings are on display.",
         "How many paintings are on display?"),
        # ("destroyed" of a thing is no such end)
        ("Was the dog put down?", "The fire destroyed the kennels.", None),
        # the same phrase, or no phrase of a group: nothing to reword
        ("Who got a red card?", "Ridley was shown a red card.", None),
        ("Who was sent off?", "Dean Marsh was booked.", None),
        ("Who sent the letter?", "Ridley was shown a red card.", None),
        # an unnamed person asked in the sentence's word for one of the same kind
        ("How old was the boy?", "The man, 39, and his son, 10, who live nearby, called the fire "
         "service.", "How old was the son?"),
        ("How old was the father?", "The man, 39, and his son, 10, live nearby.",
         "How old was the man?"),
        ("How old was the child?", "A woman, 30, and her daughter, 4, were rescued.",
         "How old was the daughter?"),
        # the question's own word, none of its kind, or one of another sex: nothing to reword
        ("How old was the son?", "The man, 39, and his son, 10, live nearby.", None),
        ("How old was the girl?", "The man, 39, and his son, 10, live nearby.", None),
        ("How old was the boy?", "Firefighters were called at 9pm.", None),
        # trial 76: the cross-encoder reads "Who objected?" against "Among the objectors was
        # ..." as no answer (-10.6) and "Who was among the objectors?" as one (4.0)
        ("Who objected to the wind turbine?",
         "Among the objectors was Dame Eleanor Pryce, 79, who lives at Bransdale Hall.",
         "Who was among the objectors to the wind turbine?"),
        ("Who protested outside the town hall?", "One of the protesters, Jan Holt, 41, was "
         "arrested.", "Who was among the protesters outside the town hall?"),
        ("Who organised the march?", "Among the organisers was Tom Lee.",
         "Who was among the organisers of the march?"),
        # near misses: no doers' noun of the deed, or no "Who <did>?"
        ("Who objected to the wind turbine?", "Among the supporters was Tom Lee.", None),
        ("Who won the race?", "Among the objectors was Tom Lee.", None),
        ("How many objected?", "Among the objectors was Tom Lee.", None),
    ],
)
def test_a_question_is_said_in_the_sentences_phrase(question, sentence, reworded):
    from rag.judge import in_the_words_of

    assert in_the_words_of(question, sentence) == reworded


@pytest.mark.parametrize(
    ("question", "text", "share"),
    [
        # round 39: an unnamed person in another word of the same kind
        ("How old was the boy?", "The man, 39, and his son, 10, who live nearby, called.", 1.0),
        ("How old was the child?", "A woman, 30, and her daughter, 4, were rescued.", 1.0),
        ("How old was the father?", "The man, 44, and his son, 12, were rescued.", 1.0),
        ("How old is the mother?", "A woman, 52, and her son were hurt.", 1.0),
        # ... not of another sex or age, nor a word that says only whose
        ("How old was the girl?", "The man, 39, and his son, 10, called the fire service.", 0.0),
        ("How old was the boy?", "The man, 39, called the fire service.", 0.0),
        ("How old was the child?", "Their granddaughter, Ellie Pryce, 19, organised it.", 0.0),
        # a keeper is who runs, owns or keeps the thing
        ("How old is the shopkeeper?", "A woman, 52, who runs the shop opposite the school.", 1.0),
        ("Who is the landowner?", "A farmer who owns the land objected.", 1.0),
        ("How old is the shopkeeper?", "The shop opened in 1990.", 0.0),
        # an event's run at a place is where it is held; a tally in favour says those against
        ("Where is the county show held?", "The county show will run from Friday 5 July to "
         "Sunday 7 July at the showground.", 1.0),
        ("Where is the county show held?", "The county show will run for three days.", 2 / 3),
        ("How many votes were against the crossing?", "Councillors voted eight to three in "
         "favour of the crossing.", 1.0),
        ("How many votes were against the crossing?", "Councillors debated the crossing.", 1 / 3),
        # a shortfall is a gap
        ("What is the shortfall?", "Insurers will pay £240,000, leaving a gap of £120,000.", 1.0),
        # a range from a date says when it starts
        ("When does the flower show start?", "The flower show will run from 14 August to 16 "
         "August at the Priory Showground.", 1.0),
        ("When does the flower show start?", "The flower show was a success.", 2 / 3),
        # round 51: a sum said to be from a body is its gift; one named champion won
        ("How much did the Redshank Trust give?", "The £186,000 was made up of £120,000 from "
         "the Heritage Fund and £50,000 from the Redshank Trust.", 1.0),
        ("How much did the Redshank Trust give?", "The Redshank Trust was set up in 1990.", 2 / 3),
        ("Who won the West Country Town Crier Championship?", "Geoffrey Tamblyn has been named "
         "West Country Town Crier Champion for the third time.", 1.0),
        ("Who won the West Country Town Crier Championship?", "Geoffrey Tamblyn took part in "
         "the West Country Town Crier contest.", 4 / 6),
        # round 55: open again is reopening, and so is the end of a closure
        ("When will Main Street reopen?", "We're aiming to have Main Street open again by "
         "June 15.", 1.0),
        ("When will the velodrome reopen?", "The velodrome will stay closed until March.", 1.0),
        ("When will the walks resume?", "The walks have been suspended until 6 April.", 1.0),
        ("When will Main Street reopen?", "Main Street was closed by a sinkhole.", 2 / 3),
    ],
)
def test_a_word_is_met_by_another_for_the_same_one(question, text, share):
    from rag.judge import content_words, cover, said_otherwise

    text += said_otherwise(question, text)
    assert cover(content_words(question), text) == pytest.approx(share)


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        # one succeeded by another is replaced by them; taking over from one replaces them
        ("She will be succeeded in September by the deputy head, Daniel Osei.", True),
        ("Ann Bell took over from him in May.", True),
        ("His successor is Ann Bell.", True),
        # ... but an appeal that succeeded replaced no one
        ("The appeal succeeded on Monday.", False),
    ],
)
def test_a_successor_replaces(text, covered):
    from rag.judge import content_words, cover

    assert (cover(content_words("replaced"), text) == 1.0) is covered


@pytest.mark.parametrize(
    ("question", "text", "says_built"),
    [
        # a year before a made thing's noun says when it was made
        ("When was Kelsham Lido built?", "Councillors approved a £2.4 million refurbishment of "
         "the 1937 open-air pool.", True),
        ("What year did the pier open?", "Repairs to the 1869 Victorian pier will cost £3m.",
         True),
        ("When was the mill built?", "Its 1890s mill closed in 1982.", True),
        # ... not a year of an event, nor for a question of another deed or of the future
        ("When was the bridge built?", "The 2019 flood destroyed the bridge.", False),
        ("When will the lido reopen?", "A refurbishment of the 1937 open-air pool.", False),
        ("When did the fire start?", "The fire destroyed the 1937 pavilion.", False),
    ],
)
def test_a_year_of_a_made_thing_says_when_it_was_made(question, text, says_built):
    from rag.judge import said_otherwise

    assert ("built" in said_otherwise(question, text)) is says_built



@pytest.mark.parametrize(
    ("keys", "text", "share"),
    [
        # trial 82: a name misspelt by a letter, a number typed apart from its unit
        ({"quantok"}, "The court heard that Quantock made 131 transfers.", 1.0),
        ({"20"}, "Most streets will have a 20mph speed limit.", 1.0),
        # ... but not another name, nor a number inside another
        ({"quantok"}, "Quentin Blake spoke.", 0.0),
        ({"smith"}, "Smyth said so.", 0.0),
        ({"20"}, "The 120mph train.", 0.0),
        ({"20"}, "It cost £1.20m.", 0.0),
        # round 53 (trial 83): a surname typed further off after the same given name
        ({"margaret", "coil"}, "Its secretary, Margaret Coyle, 81, said so.", 1.0),
        ({"norman", "ashford"}, "Its oldest employee, splicer Norman Ashworth, 78.", 1.0),
        # ... but not after another given name, nor a surname far off
        ({"mary", "coil"}, "Its secretary, Margaret Coyle, 81, said so.", 0.0),
        ({"margaret", "wilson"}, "Its secretary, Margaret Coyle, 81, said so.", 0.5),
    ],
)
def test_a_key_term_typed_a_little_differently_is_said(keys, text, share):
    assert cover_keys(keys, text) == share
