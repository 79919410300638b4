"""Refusal calibration: scores recomputed at any threshold from a never-refusing run."""

from __future__ import annotations

import json

import pytest

from eval.calibrate import at_threshold, choose, sweep

RUN = [  # evidence score, answerable, outcome when answered
    {"evidence_score": 6.0, "answerable": True, "outcome": "correct"},
    {"evidence_score": 4.0, "answerable": True, "outcome": "correct"},
    {"evidence_score": 1.0, "answerable": True, "outcome": "wrong"},
    {"evidence_score": 3.0, "answerable": False, "outcome": "wrong"},
    {"evidence_score": -2.0, "answerable": False, "outcome": "wrong"},
    {"evidence_score": None, "answerable": False, "outcome": "refused"},
    {"evidence_score": 9.0, "answerable": True, "outcome": "skipped", "skipped": "bad input"},
]


def test_scores_at_a_threshold_by_hand():
    low = at_threshold(RUN, -10)  # answers all but the one with no evidence
    assert low.crag == pytest.approx((1 + 1 - 1 - 1 - 1 + 0) / 6)
    assert (low.refusal_precision, low.refusal_recall, low.answered) == (
        1.0,
        pytest.approx(1 / 3),
        5,
    )
    mid = at_threshold(RUN, 3.5)  # refuses 1.0, 3.0, -2.0 and None
    assert mid.crag == pytest.approx(2 / 6)
    assert mid.refusal_precision == pytest.approx(3 / 4) and mid.refusal_recall == 1.0
    assert at_threshold(RUN, 100).crag == 0.0


def test_choose_maximises_the_mean_over_runs_lowest_threshold_on_ties():
    table = sweep([RUN, RUN], [-10, 2, 3.5, 5, 100])
    best = choose(table)
    assert best[0].threshold == 3.5


def test_outcome_counts_at_a_threshold():
    from eval.calibrate import outcome_counts

    assert outcome_counts(RUN, 3.5) == {"correct": 2, "wrong": 0, "refused": 4}
    assert outcome_counts(RUN, -10) == {"correct": 2, "wrong": 3, "refused": 1}


def test_choose_prefers_thresholds_positive_on_every_run():
    from eval.calibrate import Point

    def row(t, *crags):
        return [Point(t, c, None, None, 0) for c in crags]

    table = [row(1, 0.05, 0.02), row(2, 0.30, -0.01), row(3, -0.2, -0.2)]
    assert choose(table)[0].threshold == 1  # 2 has the higher mean but loses on one run
    assert choose([row(2, 0.30, -0.01), row(3, -0.2, -0.2)])[0].threshold == 2  # none positive


def test_answerer_policies_at_a_threshold_by_hand():
    from eval.answerers import outcomes_at

    def rec(score, answerable, outcome, refused=False):
        return {
            "confidence": score,
            "answerable": answerable,
            "outcome": outcome,
            "refused": refused,
        }

    extractive = {
        "right": rec(0.9, True, "correct"),
        "bad-evidence": rec(0.9, False, "wrong"),
        "weak": rec(0.1, True, "correct"),
        "model-wrong": rec(0.9, True, "correct"),
    }
    model = {
        "right": rec(0.9, True, "correct"),
        "bad-evidence": rec(0.9, False, "refused", refused=True),  # the model declined
        "weak": rec(0.1, True, "correct"),
        "model-wrong": rec(0.9, True, "wrong"),
    }
    got = outcomes_at(extractive, model, 0.5)
    # Sorted by id: bad-evidence, model-wrong, right, weak (refused below the threshold).
    assert got["extractive"] == ["wrong", "correct", "correct", "refused"]
    assert got["model"] == ["wrong", "wrong", "correct", "refused"]  # decline -> the evidence
    assert got["model + decline"] == ["refused", "wrong", "correct", "refused"]


def test_answerers_results_row_from_two_runs(tmp_path):
    import json

    from eval.answerers import results_row

    def run(path, outcome, refused, answerer):
        record = {
            "id": "q1",
            "confidence": 0.9,
            "answerable": True,
            "outcome": outcome,
            "refused": refused,
        }
        report = {
            "run": {"answerer": answerer, "answer_model": "tiny" if refused else None},
            "per_question": [record],
            "answer": {"f1": 0.5, "contains": 1.0},
            "citation": {"precision": 0.25},
            "latency": {"first_token": {"p50_ms": 1500.4, "p95_ms": 2100.0}},
        }
        path.write_text(json.dumps(report))
        return str(path)

    ext = run(tmp_path / "set.calibrate.json", "correct", False, "extractive")
    mod = run(tmp_path / "set.calibrate.local-tiny.json", "refused", True, "local")
    assert results_row(ext, mod, 0.5) == (
        "| set (1) | tiny | +1.000 | +1.000 | +0.000 (0/0/1) "
        "| 0.500 | 1.000 | 0.250 | 1500 / 2100 |"
    )


# -- the answerability calibrator -----------------------------------------------------------


def _rows(n_right: int, n_wrong: int):
    """Right answers have strong evidence and cover the question; wrong ones do not."""
    right = [({"best": 6.0 + i % 3, "cover_sentence": 0.9}, True) for i in range(n_right)]
    wrong = [({"best": 1.0 + i % 3, "cover_sentence": 0.3}, False) for i in range(n_wrong)]
    return right + wrong


def test_fitted_probabilities_order_strong_over_weak_evidence():
    from eval.calibrate import fit_calibrator

    model = fit_calibrator(_rows(30, 30))
    strong = model.probability({"best": 7.5, "cover_sentence": 1.0})
    weak = model.probability({"best": 0.5, "cover_sentence": 0.2})
    assert 0.0 <= weak < 0.5 < strong <= 1.0
    # It survives its own JSON form unchanged.
    from rag.judge import Calibrator

    again = Calibrator.from_json(model.to_json())
    assert again.probability({"best": 7.5, "cover_sentence": 1.0}) == pytest.approx(strong)


def test_fit_gives_the_fact_missing_rate_with_add_one_smoothing():
    from eval.calibrate import fit_calibrator

    ruled = {"best": 6.0, "cover_sentence": 0.9, "type_person": 1.0, "short_answer": 0.0}
    rows = _rows(30, 30) + [(ruled, True)] + [(ruled, False)] * 3
    model = fit_calibrator(rows)
    assert model.fact_missing == pytest.approx((1 + 1) / (4 + 2))
    assert model.probability(ruled) == pytest.approx(model.fact_missing)
    # Weighted rows count by their weight; none of the rule's rows gives 1/2.
    weighted = fit_calibrator(rows, weights=[1.0] * 60 + [3.0] + [1.0] * 3)
    assert weighted.fact_missing == pytest.approx((3 + 1) / (6 + 2))
    assert fit_calibrator(_rows(30, 30)).fact_missing == pytest.approx(0.5)


def test_fit_needs_both_outcomes():
    from eval.calibrate import fit_calibrator

    with pytest.raises(ValueError, match="both right and wrong"):
        fit_calibrator(_rows(10, 0))


def test_equal_weights_make_each_dataset_weigh_the_same():
    from eval.calibrate import equal_weights

    w = equal_weights([1, 3])
    assert w == [2.0, 2 / 3, 2 / 3, 2 / 3]
    assert sum(w[:1]) == pytest.approx(sum(w[1:]))


def test_cross_validated_probabilities_come_from_models_that_did_not_see_the_row():
    from eval.calibrate import cross_validated

    sets = [_rows(20, 20), _rows(10, 10)]
    probs = cross_validated(sets, folds=5)
    assert [len(p) for p in probs] == [40, 20]
    for rows, ps in zip(sets, probs, strict=True):
        for (_, right), p in zip(rows, ps, strict=True):
            assert (p > 0.5) == right  # separable data: held-out rows are still classified


def test_reliability_bins_by_hand():
    from eval.calibrate import brier, reliability

    probs = [0.05, 0.15, 0.12, 0.95, 1.0]
    right = [False, False, True, True, True]
    table = reliability(probs, right, bins=10)
    assert table[0][2:] == (1, pytest.approx(0.05), 0.0)
    assert table[1][2:] == (2, pytest.approx(0.135), 0.5)
    assert table[9][2:] == (2, pytest.approx(0.975), 1.0)
    assert sum(row[2] for row in table) == 5
    assert brier([1.0, 0.0], [True, True]) == pytest.approx(0.5)


def test_labelled_rows_skip_refusals_and_skips_and_mark_unanswerable_wrong():
    from eval.calibrate import labelled

    records = [
        {"signals": {"best": 5.0}, "answerable": True, "outcome": "correct"},
        {"signals": {"best": 5.0}, "answerable": False, "outcome": "wrong"},
        {"signals": {"best": 5.0}, "answerable": True, "outcome": "refused"},
        {"signals": {}, "answerable": True, "outcome": "wrong"},
        {"signals": {"best": 5.0}, "answerable": True, "outcome": "wrong", "skipped": "x"},
    ]
    assert labelled(records) == [({"best": 5.0}, True), ({"best": 5.0}, False)]


def test_confidence_threshold_sweep_uses_the_confidence_key():
    run = [
        {"confidence": 0.9, "answerable": True, "outcome": "correct"},
        {"confidence": 0.3, "answerable": False, "outcome": "wrong"},
    ]
    assert at_threshold(run, 0.5, "confidence").crag == pytest.approx(0.5)
    assert at_threshold(run, 0.0, "confidence").crag == pytest.approx(0.0)


def test_table_at_a_threshold_counts_refusals_as_zero_by_hand():
    from eval.calibrate import at_threshold_table

    def rec(conf, answerable, outcome, short_f1=1.0, contains=1.0):
        return {"confidence": conf, "answerable": answerable, "outcome": outcome,
                "short_f1": short_f1, "contains": contains, "signals": {"best": 1.0}}

    records = [
        rec(0.9, True, "correct"),
        rec(0.2, True, "correct"),  # refused at 0.5: scores 0, counts as answerable refused
        rec(0.8, True, "wrong", short_f1=0.5, contains=0.0),
        rec(0.6, False, "wrong"),  # answered an unanswerable question
        rec(0.1, False, "wrong"),  # refused rightly
    ]
    got = at_threshold_table(records, 0.5)
    assert got["crag"] == pytest.approx((1 + 0 - 1 - 1 + 0) / 5)
    assert got["answerable_refused"] == pytest.approx(1 / 3)
    assert got["unanswerable_refused"] == pytest.approx(1 / 2)
    assert got["short_f1"] == pytest.approx((1.0 + 0.0 + 0.5) / 3)
    assert got["contains"] == pytest.approx(1 / 3)
    assert got["refusal_precision"] == pytest.approx(1 / 2)


def test_a_fit_with_the_verifier_learns_its_column_and_needs_it_in_every_row():
    from eval.calibrate import fit_calibrator
    from rag.verifier import VERIFIER_FEATURE

    # The lexical signals cannot tell these rows apart; the verifier's reading can.
    rows = [({"best": 5.0, VERIFIER_FEATURE: 0.9 - 0.01 * (i % 5)}, True) for i in range(30)]
    rows += [({"best": 5.0, VERIFIER_FEATURE: 0.1 + 0.01 * (i % 5)}, False) for i in range(30)]
    model = fit_calibrator(rows, verified=True)
    assert VERIFIER_FEATURE in model.weights and model.weights[VERIFIER_FEATURE] > 0
    assert model.probability({"best": 5.0, VERIFIER_FEATURE: 0.95}) > 0.5
    assert model.probability({"best": 5.0, VERIFIER_FEATURE: 0.05}) < 0.5
    # Without the flag the column is not fitted, whatever the rows hold.
    assert VERIFIER_FEATURE not in fit_calibrator(rows).weights
    with pytest.raises(ValueError, match="runs made with it"):
        fit_calibrator(rows + [({"best": 5.0}, True)], verified=True)


def test_cascaded_runs_take_the_verified_confidence_inside_the_band_only():
    from eval.calibrate import cascaded

    base = [{"id": "a", "confidence": 0.95}, {"id": "b", "confidence": 0.5},
            {"id": "c", "confidence": 0.02}, {"id": "d", "confidence": None}]
    verified = [{"id": q["id"], "confidence": 0.3} for q in base]
    records, share = cascaded(base, verified)
    assert [r["confidence"] for r in records] == [0.95, 0.3, 0.02, None]
    assert share == 0.25
    with pytest.raises(ValueError, match="differ"):
        cascaded(base, list(reversed(verified)))


def test_table_recomputes_confidence_with_another_calibration(tmp_path, capsys):
    from eval.calibrate import main
    from rag.judge import score_only

    run = {
        "dataset": {"name": "toy"},
        "per_question": [
            # The run's own confidences say answer both; the other model refuses the second.
            {"confidence": 0.9, "answerable": True, "outcome": "correct",
             "signals": {"best": 6.0}},
            {"confidence": 0.9, "answerable": False, "outcome": "wrong",
             "signals": {"best": -6.0}},
        ],
    }
    (tmp_path / "run.json").write_text(json.dumps(run))
    (tmp_path / "model.json").write_text(json.dumps(score_only().to_json()))
    main(["table", str(tmp_path / "run.json"), "--at", "0.5"])
    assert "| toy | 2 | +0.000 |" in capsys.readouterr().out
    main(["table", str(tmp_path / "run.json"), "--at", "0.5",
          "--calibration", str(tmp_path / "model.json")])
    assert "| toy | 2 | +0.500 |" in capsys.readouterr().out
