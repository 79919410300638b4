"""Refusal calibration: scores recomputed at any threshold from a never-refusing run."""

from __future__ import annotations

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
            "evidence_score": score,
            "answerable": answerable,
            "outcome": outcome,
            "refused": refused,
        }

    extractive = {
        "right": rec(6.0, True, "correct"),
        "bad-evidence": rec(6.0, False, "wrong"),
        "weak": rec(1.0, True, "correct"),
        "model-wrong": rec(6.0, True, "correct"),
    }
    model = {
        "right": rec(6.0, True, "correct"),
        "bad-evidence": rec(6.0, False, "refused", refused=True),  # the model declined
        "weak": rec(1.0, True, "correct"),
        "model-wrong": rec(6.0, True, "wrong"),
    }
    got = outcomes_at(extractive, model, 5.0)
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
            "evidence_score": 7.0,
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
    assert results_row(ext, mod, 5.5) == (
        "| set (1) | tiny | +1.000 | +1.000 | +0.000 (0/0/1) "
        "| 0.500 | 1.000 | 0.250 | 1500 / 2100 |"
    )
