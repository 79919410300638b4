"""rag.integrations.llamaindex: our retrieval and answers in llama-index (fake models, MockLLM)."""

from __future__ import annotations

import pytest
from llama_index.core.chat_engine import CondensePlusContextChatEngine, ContextChatEngine
from llama_index.core.llms import MockLLM
from llama_index.core.query_engine import RetrieverQueryEngine

from rag.integrations.llamaindex import NewsQueryEngine, NewsRetriever
from tests.conftest import CORPUS, write

KHARKIV = "Who was replaced after the Kharkiv retreat?"
ARTICLE = "kharkiv-counteroffensive"
META = {"article_id", "title", "source", "published", "url"}


@pytest.fixture
def corpus_rag(rag):
    rag.ingest([CORPUS])
    return rag


def test_retriever_nodes_carry_article_metadata_and_offsets(corpus_rag):
    found = NewsRetriever(corpus_rag, k=3).retrieve(KHARKIV)
    hits = corpus_rag.retrieve(KHARKIV, k=3)
    assert [n.node.node_id for n in found] == [h.chunk.id for h in hits]
    assert [n.score for n in found] == [h.score for h in hits]
    text = corpus_rag.article(ARTICLE).text
    for n in found:
        node = n.node
        assert META <= set(node.metadata)
        assert node.metadata["article_id"] == ARTICLE and node.ref_doc_id == ARTICLE
        assert node.metadata["published"] == "2022-09-13"
        assert node.metadata["title"].startswith("Ukraine retakes")
        assert text[node.start_char_idx : node.end_char_idx] == node.text
    assert any("Berdnikov" in n.node.text for n in found)


def test_retriever_filters(rag, tmp_path):
    write(tmp_path / "a.txt", "---\ndate: 2020-05-01\nsource: Alpha Times\n---\nThe bridge opened.")
    write(tmp_path / "b.txt", "---\ndate: 2023-05-01\nsource: Beta Post\n---\nThe bridge closed.")
    rag.ingest([tmp_path])

    def ids(**options):
        found = NewsRetriever(rag, **options).retrieve("bridge")
        return {n.node.metadata["article_id"] for n in found}

    assert ids() == {"a", "b"}
    assert ids(since="2021-01-01") == {"b"}
    assert ids(until="2021-01-01") == {"a"}
    assert ids(sources=["Alpha Times"]) == {"a"}


def test_retriever_query_engine_with_mock_llm(corpus_rag):
    retriever = NewsRetriever(corpus_rag, k=3)
    engine = RetrieverQueryEngine.from_args(retriever, llm=MockLLM())
    response = engine.query(KHARKIV)
    assert [n.node.node_id for n in response.source_nodes] == [
        n.node.node_id for n in retriever.retrieve(KHARKIV)
    ]
    # MockLLM echoes its prompt: our passages (with their titles, not their ids) reached it.
    assert "Berdnikov" in str(response) and "Ukraine retakes" in str(response)
    assert ARTICLE not in str(response)


@pytest.mark.parametrize("engine_class", [CondensePlusContextChatEngine, ContextChatEngine])
def test_chat_engines_with_mock_llm(corpus_rag, engine_class):
    chat = engine_class.from_defaults(retriever=NewsRetriever(corpus_rag, k=2), llm=MockLLM())
    first = chat.chat(KHARKIV)
    assert first.source_nodes and "Berdnikov" in first.response
    assert all(n.node.metadata["article_id"] == ARTICLE for n in first.source_nodes)
    if engine_class is ContextChatEngine:
        # (The condensing engine would ask MockLLM to rephrase the follow-up, and MockLLM echoes
        # its whole prompt: no question to retrieve with.)
        second = chat.chat("How long had Berdnikov been in office?")
        assert second.source_nodes and len(chat.chat_history) == 4


def test_query_engine_gives_our_answer_and_citations(corpus_rag):
    response = NewsQueryEngine(corpus_rag).query(KHARKIV)
    answer = corpus_rag.ask(KHARKIV)
    assert response.response == answer.answer and "[1]" in response.response
    assert response.metadata["refused"] is False
    assert response.metadata["answer"]["citations"] == answer.to_dict()["citations"]
    assert len(response.source_nodes) == len(answer.citations) > 0
    text = corpus_rag.article(ARTICLE).text
    for n, citation in zip(response.source_nodes, answer.citations, strict=True):
        node = n.node
        assert node.metadata["n"] == citation.n and META <= set(node.metadata)
        assert node.text == citation.sentence
        assert text[node.start_char_idx : node.end_char_idx] == citation.sentence
        assert n.score == citation.score


def test_query_engine_refusal_has_no_sources(corpus_rag):
    response = NewsQueryEngine(corpus_rag).query("What is the recipe for sourdough bread?")
    assert response.metadata["refused"] is True and response.source_nodes == []
