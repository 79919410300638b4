"""HTML tables and lists are kept as readable, citable lines (rag/sources/html.py)."""

from __future__ import annotations

from rag.chunking import sentence_spans
from rag.sources.html import extract_html
from tests.conftest import ROOT

CASE = ROOT / "tests" / "data" / "cases" / "html-table" / "regional-election.html"


def page(body: str) -> str:
    return (
        "<html><head><title>Budget vote</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Budget vote</h1><p>The council voted on its budget for next year on "
        f"Tuesday after a long debate about roads, schools and libraries.</p>{body}"
        "<p>The vote was 21 to 9.</p></article><footer>(c) Paper</footer></body></html>"
    )


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_handed_election_table_rows_read_on_their_own():
    article = extract_html(CASE.read_text(), origin=str(CASE))
    rows = [
        "Party: Social Democrats; Seats: 29; Change: -6",
        "Party: Green Party; Seats: 14; Change: +5",
        "Party: Liberal Union; Seats: 11; Change: +1",
        "Party: Coast First; Seats: 7; Change: 0",
    ]
    # each row is a sentence of its own, so it can be cited alone
    assert [s for s in sentences(article.text) if s.startswith("Party:")] == rows
    assert "Turnout was 61 percent" in article.text
    assert article.source == "Coastal Ledger" and article.published == "2024-09-16"
    assert not article.text.startswith(article.title)  # the title is not repeated


def test_row_headers_name_the_row_and_empty_cells_are_left_out():
    text = extract_html(
        page(
            "<table><thead><tr><th></th><th>2024</th><th>2025</th></tr></thead>"
            "<tr><th>Roads</th><td>3.1m</td><td>4.0m</td></tr>"
            "<tr><th>Schools</th><td>7.5m</td><td></td></tr></table>"
        ),
        origin="b.html",
    ).text
    assert "Roads \u2014 2024: 3.1m; 2025: 4.0m" in sentences(text)
    assert "Schools \u2014 2024: 7.5m" in sentences(text)


def test_two_column_table_without_header_reads_as_key_value():
    text = extract_html(
        page(
            "<table><tr><td>Mayor</td><td>Ana Ruiz</td></tr><tr><td>Deputy</td><td>Li Wei</td>"
            "</tr></table>"
        ),
        origin="c.html",
    ).text
    assert {"Mayor: Ana Ruiz", "Deputy: Li Wei"} <= set(sentences(text))


def test_wide_table_without_header_joins_cells():
    text = extract_html(
        page(
            "<table><tr><td>North</td><td>12</td><td>open</td></tr>"
            "<tr><td>South</td><td>9</td><td>closed</td></tr></table>"
        ),
        origin="d.html",
    ).text
    assert {"North; 12; open", "South; 9; closed"} <= set(sentences(text))


def test_list_items_are_kept_each_as_its_own_sentence():
    text = extract_html(
        page(
            "<p>The budget pays for:</p><ul><li>three new reading rooms</li>"
            "<li>longer Sunday hours</li><li>a mobile library for <b>Eastfield</b></li></ul>"
            "<ol><li>First reading in March</li><li>Second reading in April</li></ol>"
        ),
        origin="e.html",
    ).text
    found = sentences(text)
    for item in [
        "three new reading rooms",
        "longer Sunday hours",
        "a mobile library for Eastfield",
        "First reading in March",
        "Second reading in April",
    ]:
        assert item in found, item
    assert "The vote was 21 to 9." in found
