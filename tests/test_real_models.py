"""The real packaged models on corpus/: exact expected answers and citations (marked `models`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from rag.api import Rag
from rag.config import Settings
from tests.conftest import CORPUS, ROOT, server_options

pytestmark = pytest.mark.models

BERDNIKOV = (
    "It reported that Gen Roman Berdnikov had been replaced after less than three weeks in "
    "office, but there was no confirmation from Russia."
)


@pytest.fixture(scope="module")
def real_rag(tmp_path_factory):
    rag = Rag(Settings(data_dir=tmp_path_factory.mktemp("real"), **server_options()))
    report = rag.ingest([CORPUS])
    assert report.ok and report.added == 1
    return rag


def test_kharkiv_question_answers_berdnikov_citing_his_sentence(real_rag):
    answer = real_rag.ask("Who was replaced after the Kharkiv retreat?")
    assert not answer.refused
    # The name first, cited to his sentence; the sentence it leans on comes before it.
    assert answer.short_answer is not None and "Roman Berdnikov" in answer.short_answer.text
    assert answer.answer.startswith(answer.short_answer.text)
    first = answer.citations[answer.short_answer.n - 1]
    assert first.article_id == "kharkiv-counteroffensive"
    assert first.sentence == BERDNIKOV
    article = real_rag.article(first.article_id)
    assert (first.start, first.end) == (
        article.text.index(BERDNIKOV),
        article.text.index(BERDNIKOV) + len(BERDNIKOV),
    )


def test_question_the_articles_cannot_answer_is_refused(real_rag):
    answer = real_rag.ask("Who won the 2018 football World Cup final?")
    assert answer.refused and answer.citations == ()


def test_cli_end_to_end_json(tmp_path):
    env = {**os.environ, "RAG_DATA_DIR": str(tmp_path), "HF_HUB_OFFLINE": "1"}
    server = server_options("cli")
    if server:
        env |= {"RAG_CHROMA_URL": server["chroma_url"], "RAG_COLLECTION": server["collection"]}
    rag = [sys.executable, "-m", "rag"]
    first = subprocess.run(
        [*rag, "ingest", str(CORPUS)], env=env, capture_output=True, text=True, cwd=ROOT
    )
    assert first.returncode == 0, first.stderr
    assert "1 added, 0 updated, 0 unchanged, 0 failed" in first.stdout
    again = subprocess.run([*rag, "ingest", str(CORPUS)], env=env, capture_output=True, text=True)
    assert "0 added, 0 updated, 1 unchanged, 0 failed" in again.stdout
    asked = subprocess.run(
        [*rag, "ask", "--json", "Who was replaced after the Kharkiv retreat?"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert asked.returncode == 0, asked.stderr
    data = json.loads(asked.stdout)
    assert not data["refused"]
    short = data["short_answer"]
    assert "Berdnikov" in short["text"]
    assert data["citations"][short["n"] - 1]["sentence"] == BERDNIKOV
