"""The OpenAI-compatible chat API of `rag serve`, driven by the official `openai` client against
a live server on a free loopback port (the page and the API, as `rag serve` starts them; fake
models)."""

from __future__ import annotations

import json
import socket

import httpx
import openai
import pytest

from rag.answer import AnswerStream
from tests.conftest import CORPUS

KHARKIV = "Who was replaced after the Kharkiv retreat?"
ARTICLE = "kharkiv-counteroffensive"
MODEL = "newsrag-extractive"
CITATION_KEYS = {
    "n", "article_id", "title", "source", "published", "url", "sentence", "start", "end",
    "score", "confidence",
}  # fmt: skip
ERROR_KEYS = {"message", "type", "param", "code"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(rag, **access):
    from ui.cli import start

    port = _free_port()
    page = start(rag, host="127.0.0.1", port=port, **access)
    return page, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One open server (no keys) over the corpus, shared by this module's tests."""
    from rag.api import Rag
    from tests.conftest import fake_settings
    from tests.fakes import FakeEmbedder, FakeReranker

    rag = Rag(
        fake_settings(tmp_path_factory.mktemp("api")),
        embedder=FakeEmbedder(),
        reranker=FakeReranker(),
    )
    rag.ingest([CORPUS])
    page, url = _serve(rag)
    try:
        yield rag, url
    finally:
        page.close()


@pytest.fixture
def client(server):
    _, url = server
    return openai.OpenAI(base_url=url + "/v1", api_key="unused", max_retries=0, timeout=60)


def test_models_lists_the_answerers_that_can_run(client):
    ids = [m.id for m in client.models.list().data]
    assert MODEL in ids
    assert all(i.startswith("newsrag-") for i in ids)
    assert client.models.retrieve(MODEL).id == MODEL
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("gpt-4o")


def _check_citations(rag, citations):
    assert citations and all(set(c) == CITATION_KEYS for c in citations)
    text = rag.article(ARTICLE).text
    for n, c in enumerate(citations, start=1):
        assert c["n"] == n and c["article_id"] == ARTICLE and c["published"] == "2022-09-13"
        assert text[c["start"] : c["end"]] == c["sentence"]
    assert any("Berdnikov" in c["sentence"] for c in citations)


def test_completion_carries_footnotes_and_citations(server, client):
    rag, _ = server
    completion = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": KHARKIV}]
    )
    assert completion.object == "chat.completion" and completion.model == MODEL
    choice = completion.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    text = choice.message.content
    answer = rag.ask(KHARKIV)
    assert text.startswith(answer.answer) and "[1]" in text
    assert "**Sources**" in text and "[1] Ukraine retakes 6,000 sq km" in text
    extra = completion.model_extra
    assert extra["refused"] is False
    _check_citations(rag, extra["citations"])
    assert [c["sentence"] for c in extra["citations"]] == [c.sentence for c in answer.citations]


def test_streaming_gives_the_same_reply_in_pieces(server, client):
    rag, _ = server
    messages = [{"role": "user", "content": KHARKIV}]
    whole = client.chat.completions.create(model=MODEL, messages=messages)
    chunks = list(client.chat.completions.create(model=MODEL, messages=messages, stream=True))
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text == whole.choices[0].message.content
    last = chunks[-1]
    assert last.choices[0].finish_reason == "stop"
    assert all(c.choices[0].finish_reason is None for c in chunks[:-1])
    assert last.model_extra["citations"] == whole.model_extra["citations"]
    _check_citations(rag, last.model_extra["citations"])


def test_the_conversation_is_the_messages_list(client):
    first = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": KHARKIV}]
    )
    follow_up = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": KHARKIV},
            {"role": "assistant", "content": first.choices[0].message.content},
            {"role": "user", "content": [{"type": "text", "text": "How long had he been there?"}]},
        ],
    )
    assert "Berdnikov" in follow_up.model_extra["standalone_question"]
    alone = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "How long had he been there?"}]
    )
    assert "Berdnikov" not in alone.model_extra["standalone_question"]


def test_unanswerable_question_is_refused_without_citations(client):
    completion = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "What is the recipe for sourdough?"}]
    )
    assert completion.model_extra["refused"] is True
    assert completion.model_extra["citations"] == []
    assert "could not find" in completion.choices[0].message.content


@pytest.mark.parametrize(
    ("body", "status", "param", "says"),
    [
        ({"model": MODEL, "messages": []}, 400, "messages", "non-empty"),
        ({"model": MODEL}, 400, "messages", "non-empty"),
        ({"messages": [{"role": "user", "content": "hi"}]}, 400, "model", "'model' is required"),
        ({"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}, 404, "model",
         "does not exist"),
        ({"model": MODEL, "messages": [{"role": "user", "content": "Who?"},
                                       {"role": "assistant", "content": "Him."}]},
         400, "messages[1]", "last message must be the user's"),
        ({"model": MODEL, "messages": [{"role": "wizard", "content": "hi"}]}, 400, "messages[0]",
         "role must be one of"),
        ({"model": MODEL, "messages": [{"role": "user", "content": 42}]}, 400, "messages[0]",
         "string or a list"),
        ({"model": MODEL, "messages": [{"role": "user", "content": "   "}]}, 400, "messages[0]",
         "no text"),
        ({"model": MODEL, "messages": [{"role": "user", "content": "x" * 3000}]}, 400,
         "messages", "2,000 characters"),
        ({"model": MODEL, "stream": "yes", "messages": [{"role": "user", "content": "hi"}]}, 400,
         "stream", "true or false"),
    ],
)
def test_bad_requests_get_openai_shaped_4xx(server, body, status, param, says):
    _, url = server
    response = httpx.post(url + "/v1/chat/completions", json=body, timeout=60)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == ERROR_KEYS and error["param"] == param and says in error["message"]
    assert error["type"] == "invalid_request_error"


def test_bad_requests_through_the_client(client):
    with pytest.raises(openai.NotFoundError) as unknown:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    assert unknown.value.body["code"] == "model_not_found"
    with pytest.raises(openai.BadRequestError) as empty:
        client.chat.completions.create(model=MODEL, messages=[])
    assert empty.value.body["param"] == "messages"
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(
            model=MODEL, messages=[{"role": "assistant", "content": "hi"}], stream=True
        )


def test_huge_and_broken_bodies(server):
    _, url = server
    huge = {"model": MODEL, "messages": [{"role": "user", "content": "x" * 2_000_000}]}
    response = httpx.post(url + "/v1/chat/completions", json=huge, timeout=60)
    assert response.status_code == 413
    assert set(response.json()["error"]) == ERROR_KEYS

    # Chunked, with no Content-Length to refuse it by: cut off while reading.
    def parts():
        yield b'{"model": "newsrag-extractive", "messages": [{"role": "user", "content": "'
        for _ in range(300):
            yield b"y" * 10_000
        yield b'"}]}'

    response = httpx.post(url + "/v1/chat/completions", content=parts(), timeout=60)
    assert response.status_code == 413

    for content in (b"{not json", b"\xff\xfe", b"[1, 2]"):
        response = httpx.post(
            url + "/v1/chat/completions",
            content=content,
            headers={"content-type": "application/json"},
            timeout=60,
        )
        assert response.status_code == 400, content
        assert set(response.json()["error"]) == ERROR_KEYS


def test_empty_store_is_a_clear_error_not_a_crash(rag):
    page, url = _serve(rag)
    try:
        response = httpx.post(
            url + "/v1/chat/completions",
            json={"model": MODEL, "messages": [{"role": "user", "content": KHARKIV}]},
            timeout=60,
        )
        assert response.status_code == 503
        error = response.json()["error"]
        assert error["code"] == "empty_index" and "rag ingest" in error["message"]
    finally:
        page.close()


@pytest.mark.parametrize(
    ("access", "good_key"),
    [
        ({"api_key": "k3y-for-the-api"}, "k3y-for-the-api"),
        ({"credentials": ("ann", "s3cret")}, "s3cret"),
    ],
)
def test_a_key_is_required_when_set_and_the_page_refuses_too(rag, access, good_key):
    rag.ingest([CORPUS])
    page, url = _serve(rag, **access)
    messages = [{"role": "user", "content": KHARKIV}]
    try:
        bad = openai.OpenAI(base_url=url + "/v1", api_key="wrong-key", max_retries=0)
        with pytest.raises(openai.AuthenticationError) as refused:
            bad.chat.completions.create(model=MODEL, messages=messages)
        assert refused.value.status_code == 401
        assert refused.value.body["code"] == "invalid_api_key"
        with pytest.raises(openai.AuthenticationError):
            bad.models.list()
        body = {"model": MODEL, "messages": messages}
        for headers in ({}, {"Authorization": "Bearer"}, {"Authorization": f"Basic {good_key}"}):
            response = httpx.post(url + "/v1/chat/completions", json=body, headers=headers)
            assert response.status_code == 401, headers
            assert set(response.json()["error"]) == ERROR_KEYS

        good = openai.OpenAI(base_url=url + "/v1", api_key=good_key, max_retries=0)
        assert MODEL in [m.id for m in good.models.list().data]
        streamed = good.chat.completions.create(model=MODEL, messages=messages, stream=True)
        assert "Berdnikov" in "".join(c.choices[0].delta.content or "" for c in streamed)

        # The page: nothing without a login, and a wrong password is refused.
        assert httpx.get(url + "/config", timeout=30).status_code == 401
        login = httpx.post(url + "/login", data={"username": "ann", "password": "wrong-key"})
        assert login.status_code == 400
        login = httpx.post(url + "/login", data={"username": "ann", "password": good_key})
        assert login.status_code == 200 and json.loads(login.text)["success"] is True
    finally:
        page.close()


def test_pieces_go_out_as_written_then_the_checked_text(server, client, monkeypatch):
    """A model answerer's pieces reach the client one by one (the second is only written once the
    client has the first), then what the check kept, as the CLI shows it."""
    import threading

    rag, _ = server
    final = rag.ask(KHARKIV)
    client_has_first = threading.Event()

    def pieces():
        yield "Gen Roman Berdnikov "
        client_has_first.wait(60)
        yield "was replaced." if client_has_first.is_set() else "(the first piece was held back)"

    monkeypatch.setattr(
        rag, "stream_ask", lambda question, **options: AnswerStream(pieces(), lambda *_: final)
    )
    seen = []
    for chunk in client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": KHARKIV}], stream=True
    ):
        piece = chunk.choices[0].delta.content
        if piece:
            seen.append(piece)
            client_has_first.set()
    assert seen[:2] == ["Gen Roman Berdnikov ", "was replaced."]
    assert seen[2].startswith(f"\n\nChecked against the sources: {final.answer}\n\n**Sources**")
    assert len(seen) == 3
