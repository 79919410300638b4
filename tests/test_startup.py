"""`rag serve` while it starts: 503 "starting" with Retry-After, never a 404 (ui.startup).

Driven without a browser: Starlette's TestClient for the placeholder app, httpx against a live
loopback server for the hand-over to the real page and API (fake models)."""

from __future__ import annotations

import socket
import threading

import httpx
import pytest
from starlette.testclient import TestClient

from tests.conftest import CORPUS
from ui.startup import RETRY_AFTER_S, Placeholder, starting_app


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/v1/models"), ("POST", "/v1/chat/completions"), ("GET", "/"),
     ("GET", "/gradio_api/info"), ("DELETE", "/anything/else")],
)
def test_every_request_while_starting_is_a_503_saying_so(method, path):
    client = TestClient(starting_app)
    response = client.request(method, path, json={"model": "newsrag-extractive"})
    assert response.status_code == 503
    assert response.headers["retry-after"] == str(RETRY_AFTER_S)
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}  # the /v1 API's error shape
    assert error["code"] == "starting" and "starting" in error["message"]


def test_a_browser_gets_a_page_that_reloads_itself():
    response = TestClient(starting_app).get("/", headers={"Accept": "text/html,*/*"})
    assert response.status_code == 503 and response.headers["retry-after"] == str(RETRY_AFTER_S)
    assert "text/html" in response.headers["content-type"]
    assert "newsrag is starting" in response.text and 'http-equiv=\'refresh\'' in response.text


def test_the_placeholder_listens_then_frees_the_port():
    from ui.cli import port_problem

    port = _free_port()
    placeholder = Placeholder("127.0.0.1", port).start()
    try:
        assert port_problem("127.0.0.1", port) is not None  # it really holds the port
        response = httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=10)
        assert response.status_code == 503 and response.json()["error"]["code"] == "starting"
        with pytest.raises(OSError):  # a second one cannot have the same port
            Placeholder("127.0.0.1", port).start()
    finally:
        placeholder.stop()
    placeholder.stop()  # twice is harmless
    assert port_problem("127.0.0.1", port) is None


def test_a_client_polling_through_the_hand_over_never_sees_a_404(tmp_path):
    """From the placeholder to the page: 503s, at most a moment with no listener while Gradio
    binds the port, then answers; the /v1 routes are in before the first request reaches
    Gradio's server."""
    from rag.api import Rag
    from tests.conftest import fake_settings
    from tests.fakes import FakeEmbedder, FakeReranker
    from ui.cli import start

    rag = Rag(fake_settings(tmp_path), embedder=FakeEmbedder(), reranker=FakeReranker())
    rag.ingest([CORPUS])
    port = _free_port()
    url = f"http://127.0.0.1:{port}/v1/models"
    placeholder = Placeholder("127.0.0.1", port).start()
    seen: list[int | str] = []
    done = threading.Event()

    def poll():
        with httpx.Client(timeout=30) as client:
            while not done.is_set():
                try:
                    seen.append(client.get(url).status_code)
                except httpx.TransportError:
                    seen.append("no listener")

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        page = start(rag, host="127.0.0.1", port=port, handover=placeholder.stop)
    finally:
        placeholder.stop()
    try:
        assert httpx.get(url, timeout=30).status_code == 200
        done.set()
        poller.join()
        assert seen and seen[0] == 503
        assert set(seen) <= {503, "no listener", 200}, sorted(set(map(str, seen)))
        first_answer = seen.index(200) if 200 in seen else len(seen)
        assert 503 not in seen[first_answer:]  # once up, it stays up
        # Gradio's server had the /v1 routes first: they precede every route of its own.
        paths = [getattr(r, "path", "") for r in page.server_app.router.routes]
        assert paths[:3] == ["/v1/models", "/v1/models/{model_id}", "/v1/chat/completions"]
    finally:
        done.set()
        poller.join()
        page.close()
