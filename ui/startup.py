"""What `rag serve` answers while it starts: 503 "starting", with Retry-After, not a 404.

`rag serve` loads the models, the BM25 index and spaCy, then builds the page (Gradio takes
seconds for each). Without this, a client calling /v1 meanwhile gets "connection refused", or
a 404 from Gradio's server before the /v1 routes are in. So `rag serve` first listens with
`starting_app` (every request: 503, `Retry-After`, and OpenAI's error shape with
`"code": "starting"`; a browser gets a page that reloads itself), and hands the port over to
the real server once the page is built (`Placeholder.stop`, then Gradio binds the same port; the
/v1 routes are part of its app from its first request, see `ui.cli.start`).
"""

from __future__ import annotations

import json
import threading
import time

RETRY_AFTER_S = 5  # about what the rest of a start takes after the models (measured: 3-4 s)
STARTING = (
    "newsrag is starting (loading the models and the index); "
    f"retry in {RETRY_AFTER_S} seconds"
)
PAGE = (
    "<!doctype html><meta charset='utf-8'>"
    f"<meta http-equiv='refresh' content='{RETRY_AFTER_S}'>"
    "<title>newsrag is starting</title>"
    "<p>newsrag is starting (loading the models and the index). "
    "This page reloads by itself.</p>"
)


def starting_body() -> dict:
    """The JSON body of a 503 while starting: OpenAI's error shape, as the /v1 API's errors."""
    return {"error": {"message": STARTING, "type": "server_error", "param": None,
                      "code": "starting"}}


async def starting_app(scope, receive, send) -> None:
    """An ASGI app answering every HTTP request with 503 and `Retry-After: RETRY_AFTER_S`:
    JSON (`starting_body`) unless the client asks for HTML (a browser), which gets `PAGE`."""
    if scope["type"] != "http":  # a websocket: refused by returning (the server closes it)
        return
    accept = dict(scope.get("headers") or []).get(b"accept", b"").decode("latin-1")
    if "text/html" in accept:
        body, kind = PAGE.encode(), "text/html; charset=utf-8"
    else:
        body, kind = json.dumps(starting_body()).encode(), "application/json"
    await send({
        "type": "http.response.start",
        "status": 503,
        "headers": [
            (b"content-type", kind.encode()),
            (b"content-length", str(len(body)).encode()),
            (b"retry-after", str(RETRY_AFTER_S).encode()),
            (b"cache-control", b"no-store"),
        ],
    })
    await send({"type": "http.response.body", "body": body})


class Placeholder:
    """`starting_app` served on host:port in a background thread (uvicorn, as Gradio uses).

    `start()` returns once the port is listening (OSError when it cannot be had); `stop()`
    closes the port so the real server can bind it, and is safe to call twice."""

    def __init__(self, host: str, port: int):
        import uvicorn

        config = uvicorn.Config(starting_app, host=host, port=port, lifespan="off",
                                log_level="warning", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="rag-serve-starting",
                                        daemon=True)
        self.host, self.port = host, port

    def _run(self) -> None:
        try:
            self._server.run()
        except SystemExit:  # uvicorn's way to say it could not bind; start() reports it
            pass

    def start(self) -> Placeholder:
        self._thread.start()
        # uvicorn sets `started` once it listens; a failed bind ends its thread instead.
        while not self._server.started and self._thread.is_alive():
            time.sleep(0.01)
        if not self._server.started:
            raise OSError(f"cannot listen on {self.host}:{self.port}")
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.should_exit = True
            self._thread.join()
