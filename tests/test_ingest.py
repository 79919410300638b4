"""Incremental, idempotent ingestion into a temporary Chroma store (fake embedder)."""

from __future__ import annotations

import pytest

from rag.errors import NotFound
from tests.conftest import CORPUS, write


def story(path, body, title="Story"):
    return write(path, f"---\ntitle: {title}\ndate: 2024-01-05\nsource: Wire\n---\n{body}")


def chunk_ids(rag, article_id):
    return set(rag.store._chunks.get(where={"article_id": article_id}, include=[])["ids"])


def test_reingesting_unchanged_articles_writes_nothing(rag, tmp_path):
    story(tmp_path / "in" / "a.txt", "Alpha beta gamma. Delta epsilon.")
    story(tmp_path / "in" / "b.txt", "Zeta eta theta.")
    first = rag.ingest([tmp_path / "in"])
    assert (first.added, first.updated, first.unchanged, first.failed) == (2, 0, 0, ())
    revision = rag.store.revision()
    again = rag.ingest([tmp_path / "in"])
    assert (again.added, again.updated, again.unchanged, again.chunks_written) == (0, 0, 2, 0)
    assert rag.store.revision() == revision  # nothing written at all


def test_an_article_chunked_by_an_older_scheme_is_rechunked_once(rag, tmp_path, monkeypatch):
    # A store made before a change to sentence splitting ("Label: value" lines) would keep its
    # old chunks forever if only the text's hash decided "unchanged".
    import rag.ingest as ingest_module
    import rag.store as store_module

    story(tmp_path / "in" / "a.txt", "Vessels:\nMV Lass: carries 240 passengers")
    monkeypatch.setattr(store_module, "CHUNKING_SCHEME", "sentences-1")
    monkeypatch.setattr(ingest_module, "CHUNKING_SCHEME", "sentences-1")
    assert rag.ingest([tmp_path / "in"]).added == 1
    monkeypatch.undo()
    again = rag.ingest([tmp_path / "in"])
    assert (again.added, again.updated, again.unchanged) == (0, 1, 0)
    assert rag.ingest([tmp_path / "in"]).unchanged == 1  # and only once


def test_changed_article_replaces_its_old_chunks(make_rag, tmp_path):
    rag = make_rag(chunk_words=20)
    path = story(tmp_path / "a.txt", " ".join(f"Sentence number {i} is here." for i in range(30)))
    rag.ingest([path])
    old = chunk_ids(rag, "a")
    assert len(old) > 3
    story(path, "A much shorter replacement text. Only two sentences.")
    report = rag.ingest([path])
    assert (report.added, report.updated) == (0, 1)
    new = chunk_ids(rag, "a")
    assert new and not new & old
    assert rag.store.count_chunks() == len(new)
    assert rag.article("a").text == "A much shorter replacement text. Only two sentences."


def test_forget_removes_every_chunk_of_the_article(rag, tmp_path):
    story(tmp_path / "a.txt", "Alpha. Beta. Gamma.")
    story(tmp_path / "b.txt", "Other story.")
    rag.ingest([tmp_path])
    a_chunks = chunk_ids(rag, "a")
    assert a_chunks
    assert rag.forget("a") == len(a_chunks)
    assert chunk_ids(rag, "a") == set()
    assert [a.id for a in rag.articles()] == ["b"]
    with pytest.raises(NotFound, match="rag articles"):
        rag.forget("a")


def test_bad_files_are_counted_and_nothing_stored_is_lost(rag, tmp_path):
    story(tmp_path / "keep.txt", "An article already stored.")
    rag.ingest([tmp_path / "keep.txt"])
    before = chunk_ids(rag, "keep")
    batch = tmp_path / "batch"
    story(batch / "new.txt", "A new good article.")
    write(batch / "broken.txt", b"\x00\x00binary")
    write(batch / "bad.jsonl", '{"id": "x1", "text": "Fine line."}\n{oops\n')
    report = rag.ingest([batch])
    assert report.added == 2  # new.txt and the good JSONL line
    assert sorted(f.origin.rsplit("/", 1)[-1] for f in report.failed) == [
        "bad.jsonl:2",
        "broken.txt",
    ]
    assert not report.ok
    assert chunk_ids(rag, "keep") == before
    assert {a.id for a in rag.articles()} == {"keep", "new", "x1"}


def test_same_id_twice_in_one_run_is_a_failure_not_a_silent_overwrite(rag, tmp_path):
    story(tmp_path / "one" / "same.txt", "First version.")
    story(tmp_path / "two" / "same.txt", "Second version.")
    report = rag.ingest([tmp_path])
    assert report.added == 1
    (failure,) = report.failed
    assert "also used by" in failure.reason and "id:" in failure.reason


def test_interrupted_write_is_redone_by_the_next_ingest(rag, tmp_path, monkeypatch):
    path = story(tmp_path / "a.txt", "Alpha. Beta. Gamma.")
    store = rag.store
    original = store._put_articles

    def crash_before_commit(items, state):
        if state == "ok":
            raise KeyboardInterrupt  # killed between writing chunks and marking them done
        original(items, state)

    monkeypatch.setattr(store, "_put_articles", crash_before_commit)
    with pytest.raises(KeyboardInterrupt):
        rag.ingest([path])
    monkeypatch.setattr(store, "_put_articles", original)
    assert store.article_states(["a"])["a"][1] == "writing"
    assert not rag.check().ok
    report = rag.ingest([path])
    assert report.updated == 1 and report.unchanged == 0
    assert store.article_states(["a"])["a"][1] == "ok"
    assert len(chunk_ids(rag, "a")) == store.count_chunks()


def test_stats_and_listing(rag):
    rag.ingest([CORPUS])
    stats = rag.stats()
    assert stats.articles == 1 and stats.chunks > 3
    if rag.settings.chroma_url:  # server mode: the store is the server, its size is its own
        assert stats.store == rag.settings.chroma_url and stats.store_bytes is None
    else:
        assert stats.store.endswith("chroma") and stats.store_bytes > 0
    (info,) = rag.articles(source="News aggregator repost (original outlet not named)")
    assert info.id == "kharkiv-counteroffensive" and info.chunks == stats.chunks
    assert rag.articles(since="2023-01-01") == []


def test_syndicated_copy_is_one_story_cited_once_with_the_other_noted(rag, tmp_path):
    body = (
        "The city council approved a new tram line on Tuesday after a long debate. "
        "The line will link the airport with the central station and open in 2027. "
        "Councillors said the project would cost 400 million euros over five years. "
        "Opponents argued the money should go to buses instead, but lost the vote."
    )
    write(tmp_path / "wire.txt", f"---\nsource: Wire\n---\n{body}")
    write(
        tmp_path / "copy.txt",
        f"---\nsource: Daily Copy\n---\nBy Staff Reporter\n\n{body}\n\n"
        "This story first appeared on Wire.",
    )
    write(
        tmp_path / "other.txt", "---\nsource: Wire\n---\nA different story about buses and fares."
    )
    report = rag.ingest([tmp_path])
    assert report.added == 3 and report.near_duplicates == 1
    answer = rag.ask("How much will the tram line cost over five years?")
    cited = {c.article_id for c in answer.citations}
    assert len(cited) == 1 and cited <= {"wire", "copy"}
    (copy,) = answer.citations[0].also_reported_by
    assert {copy.article_id} | cited == {"wire", "copy"}
    assert answer.to_dict()["citations"][0]["also_reported_by"][0]["article_id"] == copy.article_id


def test_one_path_may_be_given_alone(rag, tmp_path):
    # A bare string is one path, not a sequence of one-letter paths (the last of them "/").
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Bridge\n\nThe bridge reopened on Monday.\n")
    assert rag.ingest(str(tmp_path / "in")).added == 1
    assert rag.ingest(tmp_path / "in").unchanged == 1
