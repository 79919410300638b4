"""PDF articles: text read in order with paragraphs, running headers/footers dropped, pages kept
for citations, and a PDF without a text layer is a clear per-file failure."""

from __future__ import annotations

import pytest

from rag.sources import read_paths
from rag.sources.pdf import _paragraphs, read_pdf_file
from rag.types import IngestFailure
from tests.conftest import write

pytest.importorskip("fpdf")
from tests.pdfs import EPAPER, PRESS_RELEASE, epaper_page, press_release, scanned  # noqa: E402


def test_press_release_paragraphs_in_order_without_running_header_and_footer(tmp_path):
    press_release(tmp_path / "bridge-release.pdf")
    (article,) = read_pdf_file(tmp_path / "bridge-release.pdf")
    assert article.id == "bridge-release"
    assert "PRESS RELEASE" not in article.text and "Page 1 of 3" not in article.text
    paragraphs = article.text.split("\n\n")
    expected = [p for page in PRESS_RELEASE for p in page]
    assert [" ".join(p.split()) for p in paragraphs][:6] == expected[:6]
    assert " ".join(article.text.split()) == " ".join(" ".join(expected).split())


def test_each_page_start_is_kept_so_a_sentence_knows_its_page(tmp_path):
    press_release(tmp_path / "r.pdf")
    (article,) = read_pdf_file(tmp_path / "r.pdf")
    assert len(article.pages) == 3 and article.pages[0] == 0
    for phrase, page in [
        ("close to all traffic", 1),
        ("4.2 million euros", 2),
        ("reopen to pedestrians", 3),
    ]:
        assert article.page_at(article.text.index(phrase)) == page, phrase
    for start, page_texts in zip(article.pages, PRESS_RELEASE, strict=True):
        assert article.text[start:].startswith(page_texts[0])


def test_two_columns_come_out_one_after_the_other(tmp_path):
    epaper_page(tmp_path / "p4.pdf")
    (article,) = read_pdf_file(tmp_path / "p4.pdf")
    first, second = (" ".join(story.split()) for story in EPAPER)
    assert " ".join(article.text.split()) == f"{first} {second}"
    assert article.pages == ()  # one page: nothing to say


def test_line_end_hyphens_joined_and_layout_breaks_become_paragraphs():
    lines = [
        ("Heading", 700.0, 14.0),
        ("The library will close for renova-", 680.0, 11.0),
        ("tion in September, the council", 667.0, 11.0),
        ("said on Monday.", 654.0, 11.0),
        ("A new paragraph after a wider gap.", 630.0, 11.0),
        ("Second column starts higher up.", 700.0, 11.0),
    ]
    assert _paragraphs(lines).split("\n\n") == [
        "Heading",
        "The library will close for renovation in September, the council\nsaid on Monday.",
        "A new paragraph after a wider gap.",
        "Second column starts higher up.",
    ]


def test_scanned_pdf_fails_on_its_own_with_a_clear_reason(tmp_path):
    (tmp_path / "in").mkdir()
    scanned(tmp_path / "in" / "scan.pdf")
    press_release(tmp_path / "in" / "release.pdf")
    write(tmp_path / "in" / "broken.pdf", b"%PDF-1.4\nthis is not really a pdf\n")
    items = list(read_paths([tmp_path / "in"], 5_000_000))
    failures = {
        f.origin.rsplit("/", 1)[-1]: f.reason for f in items if isinstance(f, IngestFailure)
    }
    assert "no text layer" in failures["scan.pdf"] and "OCR" in failures["scan.pdf"]
    assert "not a readable PDF" in failures["broken.pdf"]
    assert [a.id for a in items if not isinstance(a, IngestFailure)] == ["release"]


def test_citation_names_the_page(rag, tmp_path):
    press_release(tmp_path / "release.pdf")
    assert rag.ingest([tmp_path / "release.pdf"]).added == 1
    answer = rag.ask("When will the Old Mill bridge reopen to pedestrians?")
    cited = next(c for c in answer.citations if "pedestrians" in c.sentence)
    assert cited.page == 3 and answer.to_dict()["citations"][0]["page"] is not None
    text = rag.article("release").text
    assert text[cited.start : cited.end] == cited.sentence
    assert rag.article("release").pages == rag.store.article("release").pages
