"""Filters say what they did: sources match whatever their case, unknown sources and inverted
ranges are errors, and filters that leave nothing are said to, in ask, articles and JSON."""

from __future__ import annotations

import pytest

from rag.errors import BadInput
from rag.filters import resolve_sources
from tests.conftest import write


@pytest.fixture
def news(rag, tmp_path):
    for name, source, date, body in [
        ("harbour", "Coastal Ledger", "2024-03-01", "The harbour budget is 12 million euros."),
        ("tram", "Westmere Weekly", "2024-05-02", "The tram extension will cost 131 million."),
        ("library", "Coastal Ledger", "2024-06-03", "The library will close in September."),
        ("radio", "Westmere Radio", "2024-07-04", "The radio mast will be replaced."),
    ]:
        write(tmp_path / "in" / f"{name}.txt", f"---\nsource: {source}\ndate: {date}\n---\n{body}")
    assert rag.ingest([tmp_path / "in"]).added == 4
    return rag


@pytest.mark.parametrize(
    "given", ["coastal ledger", "COASTAL LEDGER", " Coastal Ledger ", "Coastal   ledger"]
)
def test_source_names_match_whatever_their_case_and_spacing(news, given):
    answer = news.ask("What is the harbour budget?", sources=[given])
    assert not answer.refused and answer.citations[0].article_id == "harbour"
    assert {a.id for a in news.articles(source=given)} == {"harbour", "library"}


def test_unknown_source_lists_the_known_ones_closest_first(news):
    with pytest.raises(BadInput) as err:
        news.ask("What is the harbour budget?", sources=["Westmere Weekley"])
    message = str(err.value)
    assert "unknown source 'Westmere Weekley'" in message
    assert message.index("'Westmere Weekly'") < message.index("'Westmere Radio'")
    assert message.index("'Westmere Radio'") < message.index("'Coastal Ledger'")
    with pytest.raises(BadInput, match="unknown source"):
        news.articles(source="BBC")


def test_resolve_sources_keeps_every_stored_spelling():
    assert resolve_sources(["bbc"], ["BBC", "bbc ", "Reuters"]) == ("BBC", "bbc ")
    assert resolve_sources(None, ["BBC"]) is None
    with pytest.raises(BadInput, match="empty"):
        resolve_sources(["  "], ["BBC"])


def test_inverted_or_empty_date_range_is_an_error(news):
    with pytest.raises(BadInput, match="inverted.*2024-06-01.*2024-01-01"):
        news.ask("What is the harbour budget?", since="2024-06-01", until="2024-01-01")
    with pytest.raises(BadInput, match="inverted"):
        news.articles(since="2024-06-01", until="2024-01-01")
    with pytest.raises(BadInput, match="since date is empty"):
        news.ask("What is the harbour budget?", since=" ")
    assert len(news.articles(since="2024-06-03", until="2024-06-03")) == 1  # one day is fine


def test_filters_that_leave_nothing_say_so(news):
    answer = news.ask("What is the harbour budget?", since="2030-01-01")
    assert answer.refused and answer.refusal_reason == "filters" and answer.citations == ()
    assert "published on or after 2030-01-01" in answer.answer
    assert "2024-03-01 to 2024-07-04" in answer.answer
    data = answer.to_dict()
    assert data["refusal_reason"] == "filters" and data["refused"] is True
    both = news.ask("What is the harbour budget?", sources=["westmere weekly"], until="2024-01-01")
    assert both.refusal_reason == "filters"
    assert "from Westmere Weekly, published on or before 2024-01-01" in both.answer
    assert "its articles are from 2024-05-02" in both.answer


def test_a_filter_that_matches_articles_but_not_the_answer_is_an_ordinary_refusal(news):
    answer = news.ask("Who won the football world cup?", sources=["Westmere Radio"])
    assert answer.refusal_reason != "filters"


def test_cli_filters_exit_codes_and_messages(news, monkeypatch):
    from typer.testing import CliRunner

    from rag import cli

    monkeypatch.setattr(cli, "engine", lambda **kw: news)
    runner = CliRunner()

    def run(*args):
        return runner.invoke(cli.app, list(args))

    result = run("ask", "--source", "coastal ledger", "What is the harbour budget?")
    assert result.exit_code == 0 and "12 million" in result.output
    result = run("ask", "--source", "Nope", "What is the harbour budget?")
    # (main() turns a BadInput into its message and exit code 2)
    assert isinstance(result.exception, BadInput) and result.exception.exit_code == 2
    assert "known sources" in str(result.exception)
    result = run("ask", "--since", "2030-01-01", "--json", "What is the harbour budget?")
    # The flags asked for what the store cannot have: the reply says so, and exits 2.
    assert result.exit_code == 2 and '"refusal_reason": "filters"' in result.output
    result = run("articles", "--since", "2030-01-01")
    assert result.exit_code == 0 and "No article published on or after 2030-01-01" in (
        result.output
    )


@pytest.mark.parametrize("retriever", ["dense", "bm25", "hybrid"])
def test_the_undated_filter_keeps_only_articles_without_a_date(news, tmp_path, retriever):
    write(tmp_path / "more" / "notes.txt", "The harbour was dredged in 1998 for 3 million euros.")
    assert news.ingest([tmp_path / "more"]).added == 1
    hits = news.retrieve("harbour budget", retriever=retriever, k=5, undated=True)
    assert {h.chunk.article_id for h in hits} == {"notes"}
    assert [a.id for a in news.store.articles(undated=True)] == ["notes"]
    # with none undated, nothing at all
    news.store.delete_article("notes")
    assert news.retrieve("harbour budget", retriever=retriever, k=5, undated=True) == []
