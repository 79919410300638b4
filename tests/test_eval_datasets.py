"""The eval dataset loader: the tiny dataset reads, malformed files fail naming file and line."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from eval.datasets import SHARED_EVAL_DIR, load_dataset
from rag.errors import BadInput

TINY = Path(__file__).parent / "data" / "tinyeval"

GOOD_ARTICLE = {
    "id": "a1",
    "title": "T",
    "text": "Some text.",
    "url": None,
    "published": "2024-01-02",
    "source": "S",
}
GOOD_QUESTION = {
    "id": "q1",
    "question": "What?",
    "answers": ["text"],
    "answerable": True,
    "gold_doc_ids": ["a1"],
    "type": "t",
}


def write_dataset(folder: Path, corpus: list, questions: list) -> Path:
    """Write lines as given: dicts become JSON, strings are written raw."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in (("corpus.jsonl", corpus), ("questions.jsonl", questions)):
        lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_tiny_dataset_loads():
    ds = load_dataset(TINY)
    assert ds.name == "tinyeval"
    assert len(ds.articles) == 6
    assert len(ds.questions) == 6
    assert sum(not q.answerable for q in ds.questions) == 2
    unanswerable = next(q for q in ds.questions if not q.answerable)
    assert unanswerable.answers == ()  # SQuAD-style [""] becomes no answers
    assert ds.articles[0].origin.endswith("corpus.jsonl:1")


def test_choices_and_date_are_read(tmp_path):
    q = dict(GOOD_QUESTION, answers=["B"], choices=["A", "B"], date="2024-01-05")
    ds = load_dataset(write_dataset(tmp_path / "mc", [GOOD_ARTICLE], [q]))
    assert ds.questions[0].choices == ("A", "B")
    assert ds.questions[0].date == "2024-01-05"


def test_blank_lines_are_skipped_and_line_numbers_kept(tmp_path):
    folder = write_dataset(tmp_path / "d", [GOOD_ARTICLE], ["", json.dumps(GOOD_QUESTION)])
    ds = load_dataset(folder)
    assert ds.questions[0].line == 2


def _error(tmp_path: Path, corpus: list, questions: list) -> str:
    folder = write_dataset(tmp_path / "bad", corpus, questions)
    with pytest.raises(BadInput) as info:
        load_dataset(folder)
    return str(info.value)


@pytest.mark.parametrize(
    ("questions", "line", "words"),
    [
        ([GOOD_QUESTION, "{not json"], 2, "not valid JSON"),
        (['["a", "list"]'], 1, "expected a JSON object"),
        ([dict(GOOD_QUESTION, question=None)], 1, "missing field 'question'"),
        ([dict(GOOD_QUESTION, question="  ")], 1, "'question' is empty"),
        ([dict(GOOD_QUESTION, answerable="yes")], 1, "'answerable' must be true or false"),
        ([dict(GOOD_QUESTION, answers="text")], 1, "'answers' must be a list of strings"),
        ([dict(GOOD_QUESTION, answers=[""])], 1, "needs at least one non-empty answer"),
        ([dict(GOOD_QUESTION, gold_doc_ids=["nope"])], 1, "are not ids in corpus.jsonl"),
        ([GOOD_QUESTION, GOOD_QUESTION], 2, "duplicate question id 'q1' (first on line 1)"),
        ([dict(GOOD_QUESTION, choices=["x", "y"])], 1, "answers[0] must be one of the choices"),
        ([dict(GOOD_QUESTION, date="5 Jan 2024")], 1, "must be YYYY-MM-DD"),
    ],
)
def test_bad_question_lines_name_file_and_line(tmp_path, questions, line, words):
    message = _error(tmp_path, [GOOD_ARTICLE], questions)
    assert f"questions.jsonl:{line}:" in message
    assert words in message


@pytest.mark.parametrize(
    ("corpus", "line", "words"),
    [
        ([GOOD_ARTICLE, dict(GOOD_ARTICLE, id="a2", text="")], 2, "'text' is empty"),
        ([dict(GOOD_ARTICLE, id=7)], 1, "'id' must be a string"),
        ([GOOD_ARTICLE, GOOD_ARTICLE], 2, "duplicate article id 'a1'"),
        ([dict(GOOD_ARTICLE, published="yesterday")], 1, "'published' must be YYYY-MM-DD"),
        (['{"id": "a1", '], 1, "not valid JSON"),
    ],
)
def test_bad_corpus_lines_name_file_and_line(tmp_path, corpus, line, words):
    message = _error(tmp_path, corpus, [GOOD_QUESTION])
    assert f"corpus.jsonl:{line}:" in message
    assert words in message


def test_missing_folder_and_files(tmp_path):
    with pytest.raises(BadInput, match="not a dataset folder"):
        load_dataset(tmp_path / "nowhere")
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "corpus.jsonl").write_text(json.dumps(GOOD_ARTICLE) + "\n")
    with pytest.raises(BadInput, match=r"questions\.jsonl: missing"):
        load_dataset(tmp_path / "half")


def test_empty_files(tmp_path):
    assert "holds no questions" in _error(tmp_path, [GOOD_ARTICLE], [""])


def test_not_utf8(tmp_path):
    folder = write_dataset(tmp_path / "enc", [GOOD_ARTICLE], [GOOD_QUESTION])
    (folder / "questions.jsonl").write_bytes(b"\xff\xfe{}\n")
    with pytest.raises(BadInput, match=r"questions\.jsonl: not UTF-8"):
        load_dataset(folder)


def test_shared_datasets_load_when_present():
    """The real dev sets (outside the repo) must read cleanly; skipped where they are absent.

    They sit at ../shared/eval from the repository root; RAG_EVAL_DIR points elsewhere (e.g. from
    a git worktree)."""
    base = Path(os.environ.get("RAG_EVAL_DIR") or SHARED_EVAL_DIR)
    for name in ("squad2-dev", "realtimeqa-dev"):
        folder = base / name
        if not folder.is_dir():
            pytest.skip(f"{folder} not on this machine")
        ds = load_dataset(folder)
        assert ds.questions and ds.articles
