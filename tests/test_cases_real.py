"""Handed ingestion cases (tests/data/cases, copies of ../shared/cases) answered by the real
packaged models: the right value, cited to a narrow span (marked `models`)."""

from __future__ import annotations

import pytest

from rag.api import Rag
from rag.config import Settings
from tests.conftest import CASES, replay_renamed_file, server_options

pytestmark = pytest.mark.models


@pytest.fixture(scope="module")
def real_rag(tmp_path_factory):
    return Rag(Settings(data_dir=tmp_path_factory.mktemp("cases"), **server_options("cases")))


@pytest.fixture(scope="module")
def transcript(real_rag):
    report = real_rag.ingest([CASES / "unpunctuated-transcript"])
    assert report.ok and report.truncated_chunks == 0
    return real_rag


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When will the Eastfield library close for renovation?", "from the first of September"),
        ("How much will the Eastfield library renovation cost?", "2.6 million euros"),
    ],
)
def test_unpunctuated_transcript_facts_near_its_end_are_found(transcript, question, expected):
    answer = transcript.ask(question)
    assert not answer.refused and expected in answer.answer
    cited = next(c for c in answer.citations if expected in c.sentence)
    assert cited.article_id == "council-transcript"
    assert cited.end - cited.start < 400  # a window, not the 5,000-character transcript
    assert transcript.article(cited.article_id).text[cited.start : cited.end] == cited.sentence


def test_html_table_rows_answer_and_are_cited(real_rag):
    assert real_rag.ingest([CASES / "html-table"]).ok
    for question, expected in [
        ("How many seats did the Green Party win?", "Seats: 14"),
        ("How many seats did the Social Democrats win?", "Seats: 29"),
        ("What was the turnout in the Westmere regional election?", "61 percent"),
    ]:
        answer = real_rag.ask(question, sources=["Coastal Ledger"])
        assert not answer.refused, question
        # (citations come in reading order: the row may follow its table's heading)
        assert any(expected in c.sentence for c in answer.citations), (question, answer.answer)
    # The bare "What was the turnout?": a turnout is a percentage as often as a count (a
    # tester saw it refused, "no figure", when turnout asked a count only).
    bare = real_rag.ask("What was the turnout?", sources=["Coastal Ledger"])
    assert not bare.refused and bare.short_answer is not None, bare.answer
    assert bare.short_answer.text == "61 percent"


def test_non_ascii_file_names_two_articles_two_answers(real_rag):
    case = CASES / "non-ascii-file-names"
    assert real_rag.ingest([case / "day1"]).added == 1
    assert real_rag.ingest([case / "day2"]).added == 1
    buses = real_rag.ask("How many electric buses will Tokyo add?")
    assert "40" in buses.answer and buses.citations[0].article_id == "2024-05-01-東京"
    trees = real_rag.ask("How many trees will Osaka plant?")
    assert "12,000" in trees.answer and trees.citations[0].article_id == "2024-05-01-大阪"


def test_renamed_then_corrected_file_answers_only_the_correction(real_rag, tmp_path):
    _, renamed, corrected = replay_renamed_file(real_rag, tmp_path / "renamed")
    assert renamed.renamed == (("water-bills", "2024-11-04-water-bills"),)
    assert corrected.updated == 1
    answer = real_rag.ask("By how much will Westmere water bills rise?")
    assert "4 percent" in answer.answer and "7 percent" not in answer.answer
    assert {c.article_id for c in answer.citations} == {"2024-11-04-water-bills"}


def test_pdf_press_release_answer_cites_its_page(real_rag, tmp_path):
    pytest.importorskip("fpdf")
    from tests.pdfs import press_release

    press_release(tmp_path / "bridge-release.pdf")
    assert real_rag.ingest([tmp_path / "bridge-release.pdf"]).added == 1
    answer = real_rag.ask("When will the Old Mill bridge reopen to all traffic?")
    assert not answer.refused and "September" in answer.answer
    cited = next(c for c in answer.citations if "all traffic in September" in c.sentence)
    assert (cited.article_id, cited.page) == ("bridge-release", 3)
