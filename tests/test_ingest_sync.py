"""Ids never collide silently; a folder is kept in sync; renamed files stay one article."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rag.sources.common import article_id_for
from tests.conftest import CASES, replay_renamed_file, write


def story(path, body, **meta):
    fields = {"date": "2024-01-05", "source": "Wire", **meta}
    head = "".join(f"{k}: {v}\n" for k, v in fields.items())
    return write(path, f"---\n{head}---\n{body}")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2024-05-01-東京.txt", "2024-05-01-東京"),
        ("2024-05-01-大阪.txt", "2024-05-01-大阪"),
        ("café crème.md", "café-crème"),
        ("Москва новости.txt", "Москва-новости"),
        ("a/b: c?.txt", "b-c"),
        ("ĉu (draft).html", "ĉu-draft"),
    ],
)
def test_file_ids_keep_letters_of_every_script(name, expected):
    assert article_id_for(Path(name)) == expected


def test_nfd_file_names_give_the_same_id_as_nfc():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "café.txt")
    assert article_id_for(Path(nfd)) == article_id_for(Path("café.txt")) == "café"


def test_non_ascii_file_names_ingested_on_two_days_are_two_articles(rag, tmp_path):
    day1, day2 = tmp_path / "day1", tmp_path / "day2"
    write(day1 / "2024-05-01-東京.txt", "Tokyo will add 40 new electric buses this year.")
    write(day2 / "2024-05-01-大阪.txt", "Osaka will plant 12,000 trees along its rivers.")
    assert rag.ingest([day1]).added == 1
    second = rag.ingest([day2])
    assert (second.added, second.updated, second.failed) == (1, 0, ())
    assert {a.id for a in rag.articles()} == {"2024-05-01-東京", "2024-05-01-大阪"}


def test_handed_case_non_ascii_file_names(rag):
    case = CASES / "non-ascii-file-names"
    assert rag.ingest([case / "day1"]).added == 1
    assert rag.ingest([case / "day2"]).added == 1
    assert len(rag.articles()) == 2
    answer = rag.ask("How many electric buses will Tokyo add?")
    assert "40" in answer.answer and answer.citations[0].article_id == "2024-05-01-東京"


def test_same_id_from_another_file_is_an_error_naming_both(rag, tmp_path):
    first = story(tmp_path / "one" / "report.txt", "The bridge will reopen in May.")
    other = story(tmp_path / "two" / "report.txt", "The school will close in June.")
    rag.ingest([first])
    report = rag.ingest([other])
    assert (report.added, report.updated) == (0, 0)
    (failure,) = report.failed
    assert failure.origin == str(other)
    assert str(first.resolve()) in failure.reason and "--replace" in failure.reason
    assert rag.article("report").text == "The bridge will reopen in May."  # nothing lost


def test_same_id_from_a_jsonl_line_is_an_error_too(rag, tmp_path):
    story(tmp_path / "x1.txt", "A text article.")
    rag.ingest([tmp_path / "x1.txt"])
    lines = write(tmp_path / "feed.jsonl", '{"id": "x1", "text": "A JSONL article."}\n')
    (failure,) = rag.ingest([lines]).failed
    assert failure.origin.endswith("feed.jsonl:1") and "x1.txt" in failure.reason


def test_replace_lets_another_file_take_the_id(rag, tmp_path):
    first = story(tmp_path / "one" / "report.txt", "The bridge will reopen in May.")
    other = story(tmp_path / "two" / "report.txt", "The school will close in June.")
    rag.ingest([first])
    report = rag.ingest([other], replace=True)
    assert (report.updated, report.failed) == (1, ())
    assert rag.article("report").text == "The school will close in June."
    # ... and from then on the id belongs to the new file: editing it is an update.
    story(other, "The school will close in July.")
    assert rag.ingest([other]).updated == 1


def test_same_file_by_another_path_spelling_is_an_update(rag, tmp_path, monkeypatch):
    path = story(tmp_path / "in" / "a.txt", "First version.")
    rag.ingest([path])
    story(path, "Second version.")
    monkeypatch.chdir(tmp_path)
    report = rag.ingest(["./in/../in/a.txt"])
    assert (report.updated, report.failed) == (1, ())


def test_jsonl_lines_that_move_are_still_the_same_origin(rag, tmp_path):
    path = write(tmp_path / "c.jsonl", '{"id": "a", "text": "Alpha story."}\n')
    rag.ingest([path])
    write(path, '{"id": "b", "text": "Beta story."}\n{"id": "a", "text": "Alpha story, edited."}\n')
    report = rag.ingest([path])
    assert (report.added, report.updated, report.failed) == (1, 1, ())


def test_records_with_relative_origins_from_older_versions_still_update(rag, tmp_path):
    path = story(tmp_path / "corpus" / "a.txt", "First version.")
    rag.ingest([path])
    rag.store.set_origins({"a": "corpus/a.txt"})  # how records were stored before
    story(path, "Second version.")
    report = rag.ingest([tmp_path / "corpus"])
    assert (report.updated, report.failed) == (1, ())
    assert rag.store.article_records(["a"])["a"]["origin"] == str(path.resolve())


def test_an_older_ascii_only_id_of_the_same_file_is_replaced_not_duplicated(rag, tmp_path):
    path = story(tmp_path / "2024-05-01-東京.txt", "Tokyo will add 40 electric buses.")
    rag.ingest([path])
    # A store written before non-ASCII letters were kept: the same file under its old id.
    article = rag.article("2024-05-01-東京")
    rag.forget(article.id)
    from dataclasses import replace

    rag.ingest_articles([replace(article, id="2024-05-01", origin=str(path))])
    report = rag.ingest([path])
    assert report.renamed == (("2024-05-01", "2024-05-01-東京"),) and report.updated == 1
    assert [a.id for a in rag.articles()] == ["2024-05-01-東京"]


def test_missing_files_are_reported_and_sync_removes_them(rag, tmp_path):
    folder = tmp_path / "corpus"
    story(folder / "keep.txt", "This story stays.")
    gone = story(folder / "sub" / "old.txt", "This story is withdrawn.")
    story(tmp_path / "elsewhere.txt", "Outside the folder.")
    rag.ingest([folder, tmp_path / "elsewhere.txt"])
    gone.unlink()
    report = rag.ingest([folder])
    assert [(m.id, m.origin) for m in report.missing] == [("old", str(gone.resolve()))]
    assert report.removed == () and "old" in {a.id for a in rag.articles()}
    synced = rag.ingest([folder], sync=True)
    assert [m.id for m in synced.removed] == ["old"] and synced.missing == ()
    assert {a.id for a in rag.articles()} == {"keep", "elsewhere"}
    check = rag.check()
    assert not (check.orphan_chunks or check.count_mismatch or check.incomplete)


def test_renamed_then_corrected_file_stays_one_article(rag, tmp_path):
    folder = tmp_path / "news"
    path = story(folder / "water-bills.md", "Westmere Water said bills would rise by 7 percent.")
    rag.ingest([folder])
    renamed = folder / "2024-11-04-water-bills.md"
    path.rename(renamed)
    report = rag.ingest([folder])
    assert report.renamed == (("water-bills", "2024-11-04-water-bills"),)
    assert report.missing == () and report.added == 0
    story(renamed, "Westmere Water said bills would rise by 4 percent.")
    report = rag.ingest([folder])
    assert (report.added, report.updated) == (0, 1)
    (only,) = rag.articles()
    assert "4 percent" in rag.article(only.id).text
    answer = rag.ask("By how much will water bills rise?")
    assert "7 percent" not in answer.answer
    assert [c.sentence for c in answer.citations] == [
        "Westmere Water said bills would rise by 4 percent."
    ]


def test_handed_case_renamed_file(rag, tmp_path):
    replay_renamed_file(rag, tmp_path / "case")
    (only,) = rag.articles()
    answer = rag.ask("By how much will Westmere water bills rise?")
    assert "4 percent" in answer.answer and "7 percent" not in answer.answer
    assert {c.article_id for c in answer.citations} == {only.id}


WATER = (
    "Westmere Water said on Monday that household bills would rise by {} percent from April. "
    "The company blamed the cost of replacing lead pipes in the old town and a new treatment "
    "plant at Dunmore. Consumer groups said the rise was the third in three years and asked "
    "the regulator to review it. The company said customers on low incomes could apply for a "
    "discount of up to 90 euros a year."
)


def test_renamed_and_edited_at_once_replaces_the_old_article(rag, tmp_path):
    # Found by a tester: the stale copy was kept beside its correction and could be cited.
    folder = tmp_path / "news"
    path = story(folder / "water-bills.md", WATER.format(7))
    rag.ingest([folder])
    path.unlink()
    story(folder / "2024-11-04-water-bills.md", WATER.format(4))
    report = rag.ingest([folder])
    assert report.renamed == (("water-bills", "2024-11-04-water-bills"),)
    assert (report.added, report.updated, report.missing) == (0, 1, ())
    (only,) = rag.articles()
    assert "4 percent" in rag.article(only.id).text


def test_renamed_and_edited_with_its_own_id_replaces_the_stored_text(rag, tmp_path):
    # Found by a tester: with `id:` in its front matter, the renamed and corrected file failed
    # as an id collision with the vanished file, and the stale figure stayed in the store.
    folder = tmp_path / "news"
    path = story(folder / "water.md", WATER.format(7), id="water-bills")
    rag.ingest([folder])
    path.unlink()
    story(folder / "water-costs.md", WATER.format(4), id="water-bills")
    report = rag.ingest([folder])
    assert report.ok and (report.added, report.updated) == (0, 1)
    assert any("renamed and edited" in n.message for n in report.notes)
    (only,) = rag.articles()
    assert "4 percent" in rag.article(only.id).text and "7 percent" not in rag.article(only.id).text


def test_an_id_taken_by_a_gone_file_of_another_folder_is_still_a_collision(rag, tmp_path):
    gone = story(tmp_path / "wire" / "water.md", WATER.format(7), id="water-bills")
    rag.ingest([gone.parent])
    gone.unlink()
    local = story(tmp_path / "local" / "water.md", WATER.format(4), id="water-bills")
    report = rag.ingest([local.parent])
    assert not report.ok and "already used" in report.failed[0].reason


def test_a_different_article_does_not_replace_a_gone_one(rag, tmp_path):
    folder = tmp_path / "news"
    path = story(folder / "a.md", "Bills will rise by 7 percent.")
    rag.ingest([folder])
    path.unlink()
    story(folder / "b.md", "The ferry timetable adds an evening sailing from May.")
    report = rag.ingest([folder])
    assert report.added == 1 and [m.id for m in report.missing] == ["a"]
    assert [m.id for m in rag.ingest([folder], sync=True).removed] == ["a"]


def test_a_near_copy_gone_from_another_folder_is_not_taken_as_renamed(rag, tmp_path):
    gone = story(tmp_path / "wire" / "water.md", WATER.format(7))
    rag.ingest([gone.parent])
    gone.unlink()
    report = rag.ingest([story(tmp_path / "local" / "water-rise.md", WATER.format(4)).parent])
    assert report.added == 1 and report.renamed == ()


def test_a_copy_of_a_file_that_still_exists_is_a_second_article(rag, tmp_path):
    path = story(tmp_path / "a.md", "Bills will rise by 7 percent.")
    rag.ingest([path])
    shutil.copy(path, tmp_path / "b.md")
    report = rag.ingest([tmp_path])
    assert report.added == 1 and report.renamed == ()


def test_a_moved_folder_is_the_same_articles_not_a_collision(rag, tmp_path):
    old = tmp_path / "old"
    story(old / "a.txt", "The bridge will reopen in May.")
    rag.ingest([old])
    new = tmp_path / "new"
    old.rename(new)
    report = rag.ingest([new])
    assert (report.unchanged, report.failed, report.missing) == (1, (), ())
    assert rag.store.article_records(["a"])["a"]["origin"] == str((new / "a.txt").resolve())
    # ... but a moved file whose text also changed could be another article: not replaced
    story(tmp_path / "third" / "a.txt", "A different story entirely.")
    (new / "a.txt").unlink()
    (failure,) = rag.ingest([tmp_path / "third"]).failed
    assert "--replace" in failure.reason
