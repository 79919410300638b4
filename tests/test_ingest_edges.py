"""Files a new user hands us that are not quite right: each is read, or fails on its own with a
message naming the file and what to do; nothing is dropped silently (found by a tester)."""

from __future__ import annotations

import json
import os
import sys
from datetime import date

import pytest

from rag.sources import read_paths
from rag.types import Article, IngestFailure
from tests.conftest import write
from tests.test_cli import main_exit_code, run  # noqa: F401  (run: the CLI fixture)

LIMIT = 1_000_000
BODY = "The council approved the new harbour budget on Tuesday. Work starts in May."


def read(*paths):
    items = list(read_paths(list(paths), LIMIT))
    articles = {a.id: a for a in items if isinstance(a, Article)}
    failures = {os.path.basename(f.origin): f.reason for f in items if isinstance(f, IngestFailure)}
    return articles, failures


# -- front matter -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head, last_field",
    [
        ("---\ntitle: Harbour\ndate: 2024-03-01\n\n", 3),  # no closing line at all
        ("---\ntitle: Harbour\ntags:\n  - port\nsource: Wire\n", 5),  # a list among the fields
        ("---  \r\ntitle: Harbour\r\ndate: 2024-03-01\r\n", 3),  # Windows line ends
    ],
)
def test_front_matter_never_closed_fails_naming_the_line_and_others_still_read(
    tmp_path, head, last_field
):
    write(tmp_path / "open.md", head + BODY)
    write(tmp_path / "fine.txt", BODY)
    articles, failures = read(tmp_path)
    assert set(articles) == {"fine"}
    assert failures["open.md"].startswith("front matter opened at line 1 is never closed with ---")
    assert f"(line {last_field})" in failures["open.md"]


def test_a_leading_rule_before_prose_is_text_not_front_matter(tmp_path):
    write(tmp_path / "rule.md", "---\n" + BODY)
    articles, failures = read(tmp_path)
    assert not failures and BODY in articles["rule"].text


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_front_matter_is_read_whatever_the_line_ends(tmp_path, newline):
    lines = ["---", "title: Harbour", "date: 2024-03-01", "---", BODY]
    write(tmp_path / "crlf.txt", newline.join(lines).encode())
    articles, failures = read(tmp_path)
    assert not failures
    assert (articles["crlf"].title, articles["crlf"].published) == ("Harbour", "2024-03-01")
    assert "title:" not in articles["crlf"].text


@pytest.mark.parametrize(
    ("name", "front", "published"),
    [
        # Found by a tester: "2024-05-01-東京.txt" was stored undated.
        ("2024-05-01-東京.txt", "", "2024-05-01"),
        ("2024-05-01 council.md", "", "2024-05-01"),
        ("2024-05-01-council.md", "---\ndate: 2024-06-02\n---\n", "2024-06-02"),  # it wins
        ("2024-13-40-typo.txt", "", None),  # no real day: undated, not an error
        ("report-2024-05-01.txt", "", None),  # only a leading date is the file's date
    ],
)
def test_a_date_the_file_name_starts_with_dates_an_article_without_one(
    tmp_path, name, front, published
):
    write(tmp_path / name, front + BODY)
    articles, failures = read(tmp_path)
    assert not failures
    (article,) = articles.values()
    assert article.published == published


def test_empty_front_matter_is_not_article_text(tmp_path):
    write(tmp_path / "empty.md", "---\n---\n" + BODY)
    articles, _ = read(tmp_path)
    assert articles["empty"].text == BODY


# -- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_decoded(tmp_path, encoding):
    def encode(text: str) -> bytes:
        # Python's utf-16-be codec writes no mark; editors do
        return (b"\xfe\xff" if encoding == "utf-16-be" else b"") + text.encode(encoding)

    text = "---\ntitle: Café\ndate: 2024-03-01\n---\n" + BODY + " Zürich paid 3€.\n"
    write(tmp_path / "bom.txt", encode(text))
    write(tmp_path / "page.html", encode(f"<html><body><p>{BODY}</p></body></html>"))
    write(tmp_path / "lines.jsonl", encode(json.dumps({"id": "j1", "text": BODY}) + "\n"))
    articles, failures = read(tmp_path)
    assert not failures
    assert articles["bom"].title == "Café" and articles["bom"].text.endswith("Zürich paid 3€.")
    assert not articles["bom"].text.startswith("\ufeff")
    assert articles["j1"].text == BODY
    assert BODY in articles["page"].text


def test_nul_bytes_without_a_mark_still_look_binary(tmp_path):
    write(tmp_path / "blob.txt", b"abc\x00\x01\x02def")
    write(tmp_path / "nomark.txt", BODY.encode("utf-16-le"))  # no mark: we cannot know
    _, failures = read(tmp_path)
    assert failures["blob.txt"].startswith("looks binary")
    assert failures["nomark.txt"].startswith("looks binary")


# -- symbolic links -----------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_a_broken_symlink_is_a_failure_of_its_own(tmp_path):
    folder = tmp_path / "news"
    write(folder / "fine.txt", BODY)
    (folder / "gone.txt").symlink_to(tmp_path / "elsewhere" / "gone.txt")
    (folder / "works.txt").symlink_to(folder / "fine.txt")
    articles, failures = read(folder)
    assert set(articles) == {"fine", "works"}
    assert failures["gone.txt"].startswith("broken symbolic link")
    assert str(tmp_path / "elsewhere" / "gone.txt") in failures["gone.txt"]
    # named on the command line, it is the same message
    _, failures = read(folder / "gone.txt")
    assert failures["gone.txt"].startswith("broken symbolic link")


# -- PDFs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"%PDF-1.4\nnot really a pdf\n", b"garbage, not a pdf"])
def test_a_damaged_pdf_gets_only_our_message(tmp_path, data, capsys, caplog):
    write(tmp_path / "bad.pdf", data)
    _, failures = read(tmp_path)
    assert failures["bad.pdf"].startswith("not a readable PDF")
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]
    assert capsys.readouterr().err == ""


# -- the ingest report: copies and future dates -------------------------------------------------


def story(path, body, day="2024-01-05"):
    return write(path, f"---\ntitle: Story\ndate: {day}\nsource: Wire\n---\n{body}")


def test_identical_copy_in_two_folders_is_unchanged_with_a_note(rag, tmp_path):
    one = story(tmp_path / "one" / "same.txt", BODY)
    two = story(tmp_path / "two" / "same.txt", BODY)
    report = rag.ingest([tmp_path / "one", tmp_path / "two"])
    assert report.ok and (report.added, report.unchanged) == (1, 1)
    (note,) = report.notes
    assert note.origin == str(two) and str(one) in note.message
    # later, from the other folder alone: still a copy of the stored article, not a failure
    report = rag.ingest([tmp_path / "two"])
    assert report.ok and report.unchanged == 1
    assert str(one) in report.notes[0].message
    assert rag.article("same").origin == str(one)


def test_different_text_under_one_id_from_another_file_still_fails(rag, tmp_path):
    one = story(tmp_path / "one" / "same.txt", BODY)
    story(tmp_path / "two" / "same.txt", "Another story entirely.")
    rag.ingest([tmp_path / "one"])
    report = rag.ingest([tmp_path / "two"])
    (failure,) = report.failed
    assert str(one) in failure.reason and "--replace" in failure.reason
    assert not report.notes


def test_a_future_date_is_named_and_does_not_move_now(rag, tmp_path):
    story(tmp_path / "old.txt", BODY, day="2024-01-05")
    typo = story(tmp_path / "typo.txt", "The mayor resigned.", day="2999-05-05")
    report = rag.ingest([tmp_path])
    assert report.ok and report.added == 2
    (note,) = report.notes
    assert note.origin == str(typo) and "2999-05-05" in note.message
    assert f"after today ({date.today().isoformat()})" in note.message
    assert rag.reference_date() == date(2024, 1, 5)


@pytest.mark.parametrize("address", ["not a url", "www.example.com/story", "/news/1",
                                     "javascript:alert(1)"])
def test_an_address_no_citation_may_link_to_is_named_and_dropped(rag, tmp_path, address):
    # the seventeenth trial: "url: not a url" was stored silently. The article is kept (a
    # field that only links loses no text), without the address.
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: Bridge\ndate: 2024-01-05\nurl: '{address}'\n---\n{BODY}\n",
                    encoding="utf-8")
    report = rag.ingest([path])
    assert report.ok and report.added == 1
    (note,) = report.notes
    assert note.origin == str(path)
    assert "field 'url'" in note.message and "not a web address" in note.message
    assert rag.article("a").url is None


def test_a_web_address_is_kept(rag, tmp_path):
    path = tmp_path / "b.md"
    path.write_text(f"---\ntitle: Bridge\nurl: https://news.example.org/b?id=1\n---\n{BODY}\n",
                    encoding="utf-8")
    report = rag.ingest([path])
    assert not report.notes and rag.article("b").url == "https://news.example.org/b?id=1"


def test_only_future_dated_articles_still_give_a_reference_date(rag, tmp_path):
    story(tmp_path / "a.txt", BODY, day="2999-05-05")
    rag.ingest([tmp_path])
    assert rag.reference_date() == date(2999, 5, 5)


def test_cli_prints_notes_and_json_carries_them(run, tmp_path):  # noqa: F811
    story(tmp_path / "one" / "same.txt", BODY)
    story(tmp_path / "two" / "same.txt", BODY, day="2024-01-05")
    story(tmp_path / "two" / "later.txt", "The mayor resigned.", day="2999-05-05")
    result = run("ingest", str(tmp_path / "one"), str(tmp_path / "two"))
    assert result.exit_code == 0
    assert "identical copy of article 'same'" in result.output
    assert "dated 2999-05-05, after today" in result.output
    assert "2 added, 0 updated, 1 unchanged, 0 failed" in result.output
    result = run("ingest", "--json", str(tmp_path / "two"))
    notes = json.loads(result.stdout)["notes"]
    assert sorted(n["message"].split(" ")[0] for n in notes) == ["dated", "identical"]


# -- errors as JSON -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, kind, code",
    [
        (["forget", "nope", "--json"], "NotFound", 2),
        (["ask", "--json", "What was the budget?"], "EmptyIndex", 2),
        (["ingest", "--json", "no/such/folder"], "BadInput", 2),
    ],
)
def test_errors_of_a_json_command_are_json_too(tmp_path, monkeypatch, capsys, args, kind, code):
    assert main_exit_code(tmp_path, monkeypatch, *args) == code
    out = capsys.readouterr()
    error = json.loads(out.out)["error"]
    assert error["type"] == kind and error["message"] in out.err
    # without --json, stdout stays empty
    assert main_exit_code(tmp_path, monkeypatch, *[a for a in args if a != "--json"]) == code
    assert capsys.readouterr().out == ""


# -- the twenty-fourth trial's inputs -------------------------------------------------------------


def test_a_file_of_front_matter_alone_says_it_has_no_body(tmp_path):
    # it had been blamed on "page boilerplate", which nothing had removed
    write(tmp_path / "onlyfm.md", "---\ntitle: Bridge\ndate: 2024-05-01\n---\n")
    write(tmp_path / "chrome.html",
          "<html><body><p>Subscribe</p><p>Cookie policy</p></body></html>")
    _, failures = read(tmp_path)
    assert failures["onlyfm.md"] == (
        "no article text (the file has no body); write the article below it"
    )
    assert "boilerplate" in failures["chrome.html"] or "no article text" in failures["chrome.html"]


def test_the_binary_message_lists_pdf_among_the_formats_read(tmp_path):
    write(tmp_path / "blob.txt", b"abc\x00\x01\x02def")
    _, failures = read(tmp_path)
    assert "PDF" in failures["blob.txt"]


@pytest.mark.parametrize(("value", "kind"), [(5, "int"), (["a"], "list"), ({"a": 1}, "dict")])
def test_a_jsonl_text_of_another_type_is_named_as_such(tmp_path, value, kind):
    write(tmp_path / "bad.jsonl", json.dumps({"id": "j1", "text": value}) + "\n")
    _, failures = read(tmp_path)
    assert failures["bad.jsonl:1"].endswith(f"field 'text' must be a string, not {kind}")


@pytest.mark.parametrize("name", ["notitle.md", "2024-07-01-plain.txt"])
def test_a_text_file_without_a_title_is_stored_with_a_note(rag, tmp_path, name):
    # it had been stored silently, and cited by an id the user never saw
    path = tmp_path / name
    path.write_text(
        ("---\ndate: 2024-05-01\n---\n" if name.endswith(".md") else "") + BODY + "\n",
        encoding="utf-8",
    )
    report = rag.ingest([path])
    assert report.ok and report.added == 1
    (note,) = report.notes
    assert note.origin == str(path) and note.message.startswith("no title; stored")
    assert "`title:`" in note.message


def test_a_markdown_heading_is_a_title_and_needs_no_note(rag, tmp_path):
    path = tmp_path / "headed.md"
    path.write_text("# Harbour budget approved\n\n" + BODY + "\n", encoding="utf-8")
    report = rag.ingest([path])
    assert report.ok and report.added == 1 and not report.notes


def test_a_file_named_twice_is_read_once(tmp_path):
    # the twenty-fifth trial: "a.md a.md" reported the file as an identical copy of itself
    path = write(tmp_path / "news" / "a.md", "---\ntitle: Harbour\n---\n" + BODY)
    items = list(read_paths([path, path, tmp_path / "news"], LIMIT))
    assert [a.id for a in items if isinstance(a, Article)] == ["a"]
