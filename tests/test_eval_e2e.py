"""`rag eval` end to end on tests/data/tinyeval, offline, with the fake models at the Rag seam."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import eval.run
from eval.cli import register
from eval.report import compare_markdown, flatten, to_markdown
from rag.api import Rag
from tests.fakes import FakeEmbedder, FakeReranker

TINY = Path(__file__).parent / "data" / "tinyeval"

# Keys other runs are compared on: renaming one breaks stored reports.
STABLE_KEYS = [
    "schema",
    "dataset.name",
    "run.retriever",
    "run.answerer",
    "run.ingest.added",
    "questions.evaluated",
    "questions.skipped",
    "questions.not_evaluated",
    "retrieval.recall@1",
    "retrieval.recall@5",
    "retrieval.recall@10",
    "retrieval.mrr@10",
    "answer.exact_match",
    "answer.f1",
    "answer.contains",
    "refusal.precision",
    "refusal.recall",
    "score.crag",
    "citation.precision",
    "latency.total.p50_ms",
    "latency.total.p95_ms",
]


@pytest.fixture
def app(monkeypatch, tmp_path):
    """The real `rag` app with `eval` registered, models swapped for the fakes, data in tmp."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("RAG_CONFIG", str(tmp_path / "no-rag.toml"))
    fake_run = functools.partial(
        eval.run.run_eval, embedder=FakeEmbedder(), reranker=FakeReranker()
    )
    monkeypatch.setattr(eval.run, "run_eval", fake_run)

    from rag import cli

    if not any(c.name == "eval" for c in cli.app.registered_commands):
        register(cli.app)
    return cli.app


def _invoke(app, *args: str):
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_rag_eval_limit_5(app, tmp_path, monkeypatch):
    asked: list[tuple] = []
    real_ask = Rag.ask

    def spy_ask(self, question, **options):
        asked.append((question, options))
        return real_ask(self, question, **options)

    monkeypatch.setattr(Rag, "ask", spy_ask)
    data = tmp_path / "data"
    out = tmp_path / "run.json"
    md = tmp_path / "run.md"
    _invoke(
        app,
        "--data-dir",
        str(data),
        "eval",
        str(TINY),
        "--limit",
        "5",
        "--json",
        str(out),
        "--markdown",
        str(md),
        "--no-progress",
    )

    report = json.loads(out.read_text())
    flat = flatten(report)
    missing = [k for k in STABLE_KEYS if k not in flat]
    assert not missing
    assert report["questions"]["evaluated"] == 5
    assert report["questions"]["not_evaluated"] == 1
    assert report["questions"]["skipped"] == 0
    assert report["questions"]["unanswerable"] == 2
    assert report["run"]["ingest"]["added"] == 6
    assert report["run"]["embed_model"] == "fake-embedder"
    assert len(report["per_question"]) == 5
    for value in (flat["retrieval.recall@10"], flat["answer.f1"], flat["citation.precision"]):
        assert value is None or 0.0 <= value <= 1.0
    assert -1.0 <= flat["score.crag"] <= flat["score.max_possible"]
    assert "| retrieval.mrr@10 |" in md.read_text()

    # Only the question text reaches the system: no gold answers, ids or choices.
    questions = [json.loads(line)["question"] for line in (TINY / "questions.jsonl").open()]
    assert [q for q, _ in asked] == questions[:5]
    assert all(set(options) <= {"retriever", "answerer", "history"} for _, options in asked)
    assert all(not options.get("history") for _, options in asked)  # no conversations here

    # The eval store is its own: nothing was written to the user's store.
    assert (data / "eval").is_dir()
    assert not (data / "chroma").exists()


def test_rerun_is_cached_and_compare_works(app, tmp_path):
    data = tmp_path / "data"
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    common = ["--data-dir", str(data), "eval", str(TINY), "--no-progress"]
    _invoke(app, *common, "--limit", "5", "--json", str(a))
    _invoke(app, *common, "--json", str(b))
    second = json.loads(b.read_text())
    assert second["run"]["ingest"]["added"] == 0
    assert second["run"]["ingest"]["unchanged"] == 6
    assert second["questions"]["evaluated"] == 6

    cmp_md = tmp_path / "cmp.md"
    result = _invoke(app, "eval", "--compare", str(a), str(b), "--markdown", str(cmp_md))
    text = cmp_md.read_text()
    assert "| metric | a | b |" in text
    assert "score.crag" in text
    assert "different numbers of questions" in text
    assert "score.crag" in result.output


def test_report_renders_from_a_run(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from rag.config import load_settings

    report = eval.run.run_eval(
        TINY,
        load_settings(data_dir=tmp_path),
        limit=3,
        progress=False,
        embedder=FakeEmbedder(),
        reranker=FakeReranker(),
    )
    text = to_markdown(report)
    assert "# Eval: tinyeval" in text
    assert "| total |" in text
    assert "score.crag" in compare_markdown([report, report], ["x", "y"])


def test_unknown_answerer_stops_the_run(tmp_path, monkeypatch):
    """A wrong back-end name is the run's error, not a per-question skip."""
    from rag.config import load_settings
    from rag.errors import UnknownName

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(UnknownName):
        eval.run.run_eval(
            TINY,
            load_settings(data_dir=tmp_path),
            answerer="no-such-answerer",
            limit=1,
            progress=False,
            embedder=FakeEmbedder(),
            reranker=FakeReranker(),
        )


def test_compare_rejects_a_non_report(app, tmp_path):
    bogus = tmp_path / "x.json"
    bogus.write_text("[1, 2]")
    result = CliRunner().invoke(app, ["eval", "--compare", str(bogus)])
    assert result.exit_code != 0
    assert "not a report" in str(result.exception)


def test_a_bad_question_is_skipped_and_counted(tmp_path):
    """A question the API rejects is listed and scored as a miss, never dropped."""
    from rag.config import load_settings

    folder = tmp_path / "withlong"
    folder.mkdir()
    (folder / "corpus.jsonl").write_text((TINY / "corpus.jsonl").read_text())
    lines = (TINY / "questions.jsonl").read_text().splitlines()[:2]
    long = json.loads(lines[0]) | {"id": "long", "question": "Why " + "very " * 500 + "long?"}
    (folder / "questions.jsonl").write_text("\n".join([*lines, json.dumps(long)]) + "\n")

    report = eval.run.run_eval(
        folder,
        load_settings(data_dir=tmp_path / "data"),
        progress=False,
        embedder=FakeEmbedder(),
        reranker=FakeReranker(),
    )
    assert report["questions"]["evaluated"] == 3
    assert report["questions"]["skipped"] == 1
    assert report["questions"]["skipped_ids"][0]["id"] == "long"
    assert "2,000 characters" in report["questions"]["skipped_ids"][0]["reason"]
    assert report["score"]["skipped"] == 1
    assert report["refusal"]["n"] == 2
    assert report["retrieval"]["n"] == 2  # the skipped one counts, as a miss
    assert report["per_question"][2]["outcome"] == "skipped"
    assert "**1 skipped**" in to_markdown(report)


def test_plot_or_a_clear_message(tmp_path):
    from eval.report import plot_compare
    from rag.errors import BackendUnavailable

    report = {"dataset": {"name": "d"}, "score": {"crag": -0.2}, "answer": {"f1": 0.5}}
    out = tmp_path / "cmp.png"
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        with pytest.raises(BackendUnavailable, match="pip install matplotlib"):
            plot_compare([report, report], ["a", "b"], out)
    else:
        plot_compare([report, report], ["a", "b"], out)
        assert out.read_bytes()[:4] == b"\x89PNG"


def test_conversation_turns_are_asked_in_order_and_only_the_follow_up_scored(tmp_path, monkeypatch):
    """A `history` question: earlier turns go through ask() first; their answers feed history."""
    import json

    from eval.run import run_eval
    from rag.api import Rag
    from rag.config import Settings
    from tests.fakes import FakeEmbedder, FakeReranker

    data = tmp_path / "conv"
    data.mkdir()
    (data / "corpus.jsonl").write_text(
        json.dumps(
            {
                "id": "k",
                "title": "Kharkiv",
                "url": None,
                "published": "2022-09-13",
                "source": "S",
                "text": "Gen Roman Berdnikov was replaced after the Kharkiv retreat. "
                "He had served less than three weeks in office.",
            }
        )
        + "\n"
    )
    (data / "questions.jsonl").write_text(
        json.dumps(
            {
                "id": "c1",
                "question": "How long had he been in office?",
                "answers": ["three weeks"],
                "answerable": True,
                "gold_doc_ids": ["k"],
                "type": "followup",
                "history": ["Who was replaced after the Kharkiv retreat?"],
            }
        )
        + "\n"
    )
    calls = []
    original = Rag.ask

    def spy(self, question, **options):
        calls.append((question, list(options.get("history", []))))
        return original(self, question, **options)

    monkeypatch.setattr(Rag, "ask", spy)
    report = run_eval(
        data,
        Settings(data_dir=tmp_path / "store", refusal_threshold=0.0),
        progress=False,
        embedder=FakeEmbedder(),
        reranker=FakeReranker(),
    )
    first, second = calls
    assert first == ("Who was replaced after the Kharkiv retreat?", [])
    assert second[0] == "How long had he been in office?"
    (turn,) = second[1]  # the library's Conversation: one Turn per earlier question
    assert turn.question == "Who was replaced after the Kharkiv retreat?"
    assert turn.reply.citations  # the earlier Answer itself, as the chat keeps it
    assert report["questions"]["evaluated"] == 1 and report["retrieval"]["recall@1"] == 1.0
