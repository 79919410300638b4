"""Metrics as pure functions, on hand-computed cases."""

from __future__ import annotations

import pytest

from eval import metrics as m


def test_normalize_answer_squad_rules():
    assert m.normalize_answer("The  Eiffel-Tower!") == "eiffeltower"
    assert m.normalize_answer("An apple, a pear and THE plum.") == "apple pear and plum"
    assert m.normalize_answer("  ") == ""


def test_typographic_punctuation_is_punctuation():
    # A gold answer in curly quotes matches a reply in straight ones (and the other way).
    assert m.normalize_answer("“Oppenheimer”") == "oppenheimer"
    assert m.contains('"Oppenheimer," "Succession" took the biggest awards.', ["“Oppenheimer”"])
    assert m.normalize_answer("Denmark’s Queen — Margrethe…") == "denmarks queen margrethe"
    assert m.normalize_answer("«Le Monde» ¿qué?") == "le monde qué"
    # "a" inside a word is not an article
    assert m.normalize_answer("Panama") == "panama"


def test_exact_match_best_of_golds_and_empty_cases():
    assert m.exact_match("the 63 days", ["63", "63 days"]) == 1.0
    assert m.exact_match("63 days long", ["63", "63 days"]) == 0.0
    assert m.exact_match("anything", []) == 0.0
    assert m.exact_match("", ["63"]) == 0.0
    # both normalise to nothing: SQuAD counts this as a match
    assert m.exact_match("The", ["a"]) == 1.0


def test_f1_hand_computed():
    # pred tokens: sky active service (3); gold: sky active (2); overlap 2
    # precision 2/3, recall 1 -> F1 = 2*(2/3)/(5/3) = 0.8
    assert m.f1("Sky Active service", ["Sky Active"]) == pytest.approx(0.8)
    # repeated tokens count once per occurrence: pred "a b b" vs gold "b b c" -> overlap 2
    # ("a" is an article and vanishes: pred tokens b b) -> p = 2/2, r = 2/3 -> 0.8
    assert m.f1("a b b", ["b b c"]) == pytest.approx(0.8)
    assert m.f1("x y", ["p q"]) == 0.0


def test_f1_ties_and_empties():
    # two golds give the same F1: the max is that value, not a sum
    assert m.f1("red car", ["red", "car"]) == pytest.approx(2 / 3)
    assert m.f1("", ["63"]) == 0.0
    assert m.f1("63", []) == 0.0
    assert m.f1("", [""]) == 1.0  # SQuAD: both empty agree


def test_contains_whole_tokens_only():
    assert m.contains("It lasted 63 days.", ["63"]) == 1.0
    assert m.contains("It started in 1963.", ["63"]) == 0.0
    assert (
        m.contains(
            "The answer is RNA interference.", ["RNA interference pathway", "rna interference"]
        )
        == 1.0
    )
    assert m.contains("anything at all", [""]) == 0.0  # an empty gold never matches
    assert m.contains("", ["63"]) == 0.0


def test_is_correct_and_crag_outcome():
    assert m.is_correct("It lasted 63 days", ["63"], refused=False)
    assert not m.is_correct("It lasted 63 days", ["63"], refused=True)
    # F1 arm: "continuous sediment input" vs "continuous input of sediment": overlap 3,
    # p = 3/3, r = 3/4 -> F1 0.857 >= 0.5 although not contained
    assert m.is_correct(
        "continuous sediment input", ["continuous input of sediment"], refused=False
    )
    assert not m.is_correct("the lake", ["continuous input of sediment"], refused=False)
    assert not m.is_correct("anything", [], refused=False)

    assert m.crag_outcome(answerable=True, refused=False, correct=True) == "correct"
    assert m.crag_outcome(answerable=True, refused=False, correct=False) == "wrong"
    assert m.crag_outcome(answerable=True, refused=True, correct=False) == "refused"
    assert m.crag_outcome(answerable=False, refused=True, correct=False) == "refused"
    assert m.crag_outcome(answerable=False, refused=False, correct=True) == "wrong"


def test_crag_score():
    assert m.crag_score(["correct", "correct", "refused", "wrong"]) == pytest.approx(0.25)
    assert m.crag_score(["wrong", "wrong"]) == -1.0
    assert m.crag_score([]) is None


def test_right_share_counts_honest_refusals():
    replies = [
        (True, "correct"),  # right
        (True, "refused"),  # an answer was there: not right
        (False, "refused"),  # nothing to answer, and it said so: right
        (False, "wrong"),
        (True, "wrong"),
    ]
    assert m.right_share(replies) == pytest.approx(2 / 5)
    assert m.right_share([]) is None


def test_recall_and_mrr_hand_computed():
    ranked = ["d3", "d1", "d3", "d7", "d2"]  # d3 repeats: its first rank counts
    assert m.recall_at_k(ranked, ["d1"], 1) == 0.0
    assert m.recall_at_k(ranked, ["d1"], 2) == 1.0
    assert m.mrr_at_k(ranked, ["d1"], 10) == pytest.approx(0.5)
    # after dedupe d7 is rank 3, not 4
    assert m.mrr_at_k(ranked, ["d7"], 10) == pytest.approx(1 / 3)
    assert m.mrr_at_k(ranked, ["d7"], 2) == 0.0
    # several gold articles: the first one found sets the rank
    assert m.mrr_at_k(ranked, ["d2", "d1"], 10) == pytest.approx(0.5)
    assert m.recall_at_k([], ["d1"], 10) == 0.0
    assert m.mrr_at_k(ranked, [], 10) == 0.0


def test_gold_share_caps_at_k():
    ranked = ["a", "b", "c"]
    assert m.gold_share_at_k(ranked, ["a", "c", "z"], 10) == pytest.approx(2 / 3)
    # 5 gold articles but k = 2: finding 2 is everything possible
    assert m.gold_share_at_k(ranked, ["a", "b", "x", "y", "z"], 2) == 1.0
    assert m.gold_share_at_k(ranked, [], 10) == 0.0


def test_refusal_precision_recall():
    refused = [True, True, False, False, True]
    answerable = [False, True, False, True, False]
    # refusals: 3, of which unanswerable: 2 -> precision 2/3
    assert m.refusal_precision(refused, answerable) == pytest.approx(2 / 3)
    # unanswerable: 3 (idx 0, 2, 4), refused: 2 -> recall 2/3
    assert m.refusal_recall(refused, answerable) == pytest.approx(2 / 3)
    assert m.refusal_precision([False, False], [True, False]) is None
    assert m.refusal_recall([True], [True]) is None
    with pytest.raises(ValueError):
        m.refusal_recall([True], [True, False])


def test_supports_and_citation_precision():
    assert m.supports("The uprising lasted 63 days in all.", ["63 days"])
    assert not m.supports("It began in 1963.", ["63"])
    gold = ["It is expected that the continuous input of sediment will silt up the lake"]
    paraphrase = "Experts expect continuous input of sediment to silt up the lake."
    # content words of the gold: expected continuous input sediment silt lake (6);
    # the paraphrase keeps 5 of them -> 0.83 >= 0.75
    assert m.supports(paraphrase, gold)
    # 3 of 6 is not enough
    assert not m.supports("Sediment input changed the lake.", gold)
    # short answers must appear verbatim: a partial name does not support
    assert not m.supports("Sky launched a service.", ["Sky Active"])

    cited = [
        (["It lasted 63 days.", "Warsaw is a city."], ["63"]),
        (["Nothing relevant."], ["Open"]),
        ([], ["x"]),
    ]
    assert m.citation_precision(cited) == pytest.approx(1 / 3)
    assert m.citation_precision([([], ["x"])]) is None


def test_pick_choice():
    choices = ["Scott Williams", "Rob Cross", "Luke Humphries", "Michael van Gerwen"]
    assert m.pick_choice("Luke Humphries beat Luke Littler 7-4.", choices) == 2
    assert m.pick_choice("Nobody knows.", choices) is None
    assert m.pick_choice("", choices) is None
    # both choices occur with the same length: a tie picks nothing
    assert m.pick_choice("Hank and Henk were both named.", ["Hank", "Henk", "Hink"]) is None
    # a longer whole match beats a shorter one
    assert m.pick_choice("Queen Margrethe II of Denmark", ["Margrethe", "Queen Margrethe II"]) == 1
    # no whole match: best token F1 wins
    assert m.pick_choice("storm henk arrived", ["Henk storm system", "rain"]) == 0


def test_percentile_interpolates():
    values = [10.0, 20.0, 30.0, 40.0]
    assert m.percentile(values, 50) == pytest.approx(25.0)
    assert m.percentile(values, 95) == pytest.approx(38.5)  # 30 + 0.85 * 10
    assert m.percentile(values, 0) == 10.0
    assert m.percentile(values, 100) == 40.0
    assert m.percentile([5.0, 5.0, 5.0], 95) == 5.0  # ties
    assert m.percentile([7.0], 50) == 7.0
    assert m.percentile([], 50) is None
    with pytest.raises(ValueError):
        m.percentile(values, 101)


def test_mean():
    assert m.mean([1.0, 0.0, 0.5]) == pytest.approx(0.5)
    assert m.mean([]) is None


# -- scoring a whole run (eval.run.score_results is pure: results in, report sections out) ------


def _q(qid, answerable, answers=(), gold=(), choices=()):
    from eval.datasets import EvalQuestion

    return EvalQuestion(
        qid, f"question {qid}?", tuple(answers), answerable, tuple(gold), "t", tuple(choices)
    )


def _answer(text, refused=False, cited=()):
    from rag.types import Answer, Citation

    citations = tuple(
        Citation(n, doc, None, None, None, None, sentence, 0, len(sentence), 1.0)
        for n, (doc, sentence) in enumerate(cited, start=1)
    )
    return Answer("q", text, refused, citations, {"retrieve": 10.0, "answer": 5.0, "total": 15.0})


def test_score_results_hand_computed():
    from eval.run import QuestionResult, score_results

    results = [
        # answerable, gold at rank 2, correct by "contains", cites the gold sentence
        QuestionResult(
            _q("q1", True, ["63"], ["d1"]),
            ["d2", "d1"],
            _answer("It lasted 63 days.", cited=[("d1", "It lasted 63 days.")]),
            ask_ms=100.0,
        ),
        # answerable, gold at rank 1, but refused
        QuestionResult(
            _q("q2", True, ["Paris"], ["d3"]),
            ["d3"],
            _answer("I don't know.", refused=True),
            ask_ms=200.0,
        ),
        # unanswerable, answered anyway: wrong (its citation is not scored)
        QuestionResult(
            _q("q3", False),
            ["d9"],
            _answer("Something.", cited=[("d9", "Something.")]),
            ask_ms=300.0,
        ),
        # unanswerable, refused
        QuestionResult(_q("q4", False), [], _answer("I don't know.", refused=True), ask_ms=400.0),
        # answerable, skipped: a miss everywhere, 0 in CRAG, not in the refusal metrics
        QuestionResult(_q("q5", True, ["x"], ["d5"]), skipped="question too long"),
        # answerable, correct, but cites a sentence from a non-gold article without the answer
        QuestionResult(
            _q("q6", True, ["Amara Velde"], ["d6"]),
            ["d6"],
            _answer("Amara Velde won.", cited=[("d7", "Nothing here.")]),
            ask_ms=500.0,
        ),
    ]
    s = score_results(results, total_questions=8)

    assert s["questions"] == {
        "evaluated": 6,
        "answerable": 4,
        "unanswerable": 2,
        "not_evaluated": 2,
        "skipped": 1,
        "skipped_ids": [{"id": "q5", "reason": "question too long"}],
    }
    r = s["retrieval"]
    assert r["n"] == 4
    assert r["recall@1"] == pytest.approx(0.5)  # q2, q6
    assert r["recall@5"] == pytest.approx(0.75)  # q1, q2, q6
    assert r["mrr@10"] == pytest.approx((0.5 + 1 + 0 + 1) / 4)

    a = s["answer"]
    assert a["n"] == 4 and a["answered"] == 2
    assert a["exact_match"] == 0.0
    assert a["contains"] == pytest.approx(0.5)
    # q1: "it lasted 63 days" vs "63": p 1/4, r 1 -> 0.4; q6: p 2/3, r 1 -> 0.8
    assert a["f1"] == pytest.approx((0.4 + 0.8) / 4)
    assert a["f1_answered"] == pytest.approx(0.6)
    assert "choice_accuracy" not in a

    assert s["refusal"] == {"n": 5, "refused": 2, "precision": 0.5, "recall": 0.5}

    sc = s["score"]
    assert (sc["correct"], sc["refused"], sc["wrong"], sc["skipped"]) == (2, 2, 1, 1)
    assert sc["crag"] == pytest.approx(round(1 / 6, 4))  # (1 + 0 - 1 + 0 + 0 + 1) / 6
    assert sc["max_possible"] == pytest.approx(round(4 / 6, 4))
    # Two correct and one unanswerable refused, of the five replies (the skipped one is apart).
    assert sc["right"] == pytest.approx(0.6)

    c = s["citation"]
    assert c["n"] == 2 and c["precision"] == 0.5 and c["doc_precision"] == 0.5
    assert c["per_answer"] == 1.0

    lat = s["latency"]
    assert lat["total"]["n"] == 5 and lat["total"]["p50_ms"] == 300.0
    assert lat["retrieve"]["p50_ms"] == 10.0
    assert "retrieve_k10" in lat

    outcomes = {p["id"]: p["outcome"] for p in s["per_question"]}
    assert outcomes == {
        "q1": "correct",
        "q2": "refused",
        "q3": "wrong",
        "q4": "refused",
        "q5": "skipped",
        "q6": "correct",
    }
    assert s["per_question"][0]["first_gold_rank"] == 2


def test_score_results_multiple_choice():
    from eval.run import QuestionResult, score_results

    choices = ["Hank", "Henk", "Hink"]
    results = [
        QuestionResult(
            _q("m1", True, ["Henk"], ["d1"], choices), ["d1"], _answer("Storm Henk hit Britain.")
        ),
        QuestionResult(
            _q("m2", True, ["Henk"], ["d1"], choices), ["d1"], _answer("Storm Hank hit Britain.")
        ),
        # unanswerable but multiple choice: a refusal picks nothing and counts as wrong
        QuestionResult(
            _q("m3", False, ["Hink"], [], choices), [], _answer("I don't know.", refused=True)
        ),
    ]
    s = score_results(results, total_questions=3)
    assert s["answer"]["choice_n"] == 3
    assert s["answer"]["choice_accuracy"] == pytest.approx(round(1 / 3, 4))
    assert [p["choice"] for p in s["per_question"]] == ["Henk", "Hank", None]


def test_citation_marks_are_not_scored():
    from eval.run import QuestionResult, score_results

    results = [
        QuestionResult(_q("c1", True, ["63 days"], ["d1"]), ["d1"], _answer("63 days [1]")),
        QuestionResult(_q("c2", True, ["Paris"], ["d1"]), ["d1"], _answer("Paris [1, 2][3]")),
    ]
    s = score_results(results, total_questions=2)
    assert s["answer"]["exact_match"] == 1.0
    assert s["answer"]["f1"] == 1.0


def test_yes_no_questions_are_judged_by_the_opening_word_then_the_key_phrase():
    from eval.metrics import is_correct

    golds = ["No", "closed to all traffic"]
    assert is_correct("No [1]. The bridge will stay closed to all traffic.", golds, False)
    assert not is_correct("Yes [1]. The bridge has reopened.", golds, False)
    assert is_correct("The bridge will stay closed to all traffic until May.", golds, False)
    assert not is_correct("There was no sign of the inspectors.", golds, False)
    assert not is_correct("No", golds, refused=True)


# -- time questions and briefings ------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "period", "inside"),
    [
        ("2023-02-10", ("2023-01-01", "2023-12-31"), True),
        ("2024-02-09", ("2023-01-01", "2023-12-31"), False),
        ("2023-12-31", ("2023-01-01", "2023-12-31"), True),
        ("2024-08-12", ("2024-08-12", None), True),
        ("2020-01-01", (None, "2021-01-01"), True),
        (None, (None, None), False),
    ],
)
def test_in_period(published, period, inside):
    assert m.in_period(published, period) is inside


def test_right_report_needs_a_correct_reply_citing_the_period_first():
    period = ("2023-01-01", "2023-12-31")
    assert m.right_report(True, ["2023-02-10", "2024-02-09"], period)
    assert not m.right_report(True, ["2024-02-09", "2023-02-10"], period)
    assert not m.right_report(False, ["2023-02-10"], period)
    assert not m.right_report(True, [], period)


def test_key_fact_coverage():
    text = "2024-05-04: The plant will be built, creating 800 jobs. [1]"
    facts = ["creating 800 jobs", "it will now create 650 jobs"]
    assert m.key_fact_coverage(text, facts) == 0.5
    assert m.key_fact_coverage(text, []) is None


def test_supported_lines():
    lines = [
        ("The plant will create 800 jobs.", ["The plant will create 800 jobs, the firm said."]),
        ("The plant will create 650 jobs.", ["The plant will create 800 jobs."]),
        ("A line without a citation.", []),
    ]
    assert m.supported_lines(lines) == pytest.approx(1 / 3)
    assert m.supported_lines([]) is None
