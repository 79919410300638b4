from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from rag.api import Rag  # noqa: E402
from rag.config import Settings  # noqa: E402
from tests.fakes import FakeEmbedder, FakeReranker  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CASES = ROOT / "tests" / "data" / "cases"  # copies of ../shared/cases


def server_options(collection: str = "news") -> dict:
    """With RAG_TEST_CHROMA_URL set (CI's second pass), tests use that Chroma server, each in
    collections of its own; otherwise an embedded store in the test's temporary folder."""
    url = os.environ.get("RAG_TEST_CHROMA_URL")
    if not url:
        return {}
    return {"chroma_url": url, "collection": f"{collection}-{uuid.uuid4().hex[:12]}"}


def fake_settings(tmp_path: Path, **overrides) -> Settings:
    options = {
        "data_dir": tmp_path / "store",
        **server_options(overrides.pop("collection", "news")),
    }
    return Settings(**{**options, **overrides})


@pytest.fixture
def make_rag(tmp_path):
    def make(**overrides) -> Rag:
        return Rag(
            fake_settings(tmp_path, **overrides), embedder=FakeEmbedder(), reranker=FakeReranker()
        )

    return make


@pytest.fixture
def rag(make_rag) -> Rag:
    return make_rag()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def replay_renamed_file(rag: Rag, folder: Path) -> list:
    """The handed renamed-file case, as its user did it: ingest the folder; rename the file (a
    date prefix added) and ingest again; correct its figure (7 -> 4 percent) and ingest again.
    Returns the three IngestReports."""
    import shutil

    shutil.copytree(CASES / "renamed-file", folder)
    reports = [rag.ingest([folder])]
    renamed = folder / "2024-11-04-water-bills.md"
    (folder / "water-bills.md").rename(renamed)
    reports.append(rag.ingest([folder]))
    renamed.write_text(renamed.read_text().replace("7 percent", "4 percent"))
    reports.append(rag.ingest([folder]))
    return reports


# The handed dated-figures case: question -> (the report to cite, its figure, its date).
DATED_FIGURES = {
    "What is the latest unemployment rate in Westmere?": ("jobs-2024-08", "4.8 percent",
                                                          "2024-08-12"),
    "What was the unemployment rate in Westmere in 2023?": ("jobs-2023-02", "6.4 percent",
                                                            "2023-02-10"),
}


def assert_dated_figure(rag: Rag, question: str):
    """Ask a question of the dated-figures case; its right report is cited first, with its
    figure and "(report of <its date>)" in the reply. Returns the Answer."""
    article_id, figure, published = DATED_FIGURES[question]
    answer = rag.ask(question)
    assert not answer.refused
    assert answer.citations[0].article_id == article_id
    assert figure in answer.answer and f"(report of {published})" in answer.answer
    return answer
