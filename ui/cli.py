"""`rag serve`: the browser chat. Registered into the `rag` command by `rag.cli`."""

from __future__ import annotations

import errno
import hmac
import ipaddress
import logging
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from rag.errors import BadInput, RagError
from ui.startup import Placeholder


def parse_auth(value: str | None) -> tuple[str, str] | None:
    """"USER:PASS" -> (user, pass); the password may itself contain colons."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise BadInput("--auth / RAG_AUTH must look like USER:PASS, both non-empty")
    return user, password


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def port_problem(host: str, port: int) -> str | None:
    """Why the page could not listen on host:port, found before minutes of loading: one line
    naming the flag to use, or None when the port is free."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # As the server itself will: a port left in TIME_WAIT by a stopped server is free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                return (f"port {port} is already in use (another `rag serve`?); pass "
                        f"--port {port + 1}, or stop the other server")
            return f"cannot listen on {host}:{port} ({err.strerror}); pass --host or --port"
    return None


def access(
    credentials: tuple[str, str] | None, api_key: str | None
) -> tuple[Callable[[str, str], bool] | None, frozenset[str]]:
    """The page's login check and the API's bearer keys, from --auth and RAG_API_KEY.

    No credentials and no key: neither asks (bind to loopback). Otherwise the page's login takes
    the --auth user and password, or any user name with the API key; the API takes the --auth
    password or the API key as `Authorization: Bearer KEY`.
    """
    keys = frozenset(k for k in (credentials and credentials[1], api_key) if k)
    if not keys:
        return None, keys

    def login(user: str, password: str) -> bool:
        as_user = credentials is not None and hmac.compare_digest(
            user.encode(), credentials[0].encode()
        ) and hmac.compare_digest(password.encode(), credentials[1].encode())
        with_key = api_key is not None and hmac.compare_digest(password.encode(), api_key.encode())
        return bool(as_user or with_key)

    return login, keys


def start(rag, *, host: str = "127.0.0.1", port: int = 7860,
          credentials: tuple[str, str] | None = None, api_key: str | None = None,
          handover: Callable[[], None] | None = None):
    """Start the page and the OpenAI-compatible API on one port, without blocking; returns the
    Gradio Blocks (`.close()` stops both). OSError when the port cannot be had.

    `handover` runs once the page is built, just before it listens: `rag serve` stops its
    start-up placeholder there (ui.startup), so the port is unanswered only while Gradio binds."""
    from ui.app import build_app, launch
    from ui.openai_api import openai_router

    login, keys = access(credentials, api_key)
    app = build_app(rag)
    if handover is not None:
        handover()
    launch(app, rag.settings, host=host, port=port, auth=login, block=False,
           routes=openai_router(rag, keys).routes)
    return app


def _load_and_start(rag, ingest: list[Path] | None, err, placeholder: Placeholder, **where):
    """Ingest, load the models, then start the page and API (`start(**where)`), handing the
    port over from the placeholder. Returns the running Blocks."""
    from rag.errors import EmptyIndex

    if ingest:
        err.print(f"ingesting {', '.join(str(p) for p in ingest)}…")
        report = rag.ingest(ingest)
        for failure in report.failed:
            err.print(f"[red]failed[/red] {failure.origin}: {failure.reason}", markup=True)
        for note in report.notes:
            err.print(f"[yellow]note[/yellow] {note.origin}: {note.message}", markup=True)
        err.print(f"ingested: {report.added} added, {report.updated} updated, "
                  f"{report.unchanged} unchanged, {len(report.failed)} failed")
    err.print("loading models…")
    try:
        rag.retrieve("warm up", k=1)  # loads the models and the BM25 index before the first user
        from rag.spans import preload

        preload()  # spaCy for short answers
    except EmptyIndex:
        err.print("[yellow]the store is empty:[/yellow] upload files on the Corpus tab, or "
                  "start with `rag serve --ingest corpus/`")
    try:
        return start(rag, handover=placeholder.stop, **where)
    except OSError as error:
        raise RagError(f"cannot listen on {where['host']}:{where['port']} ({error}); stop the "
                       "other server or pass --port") from None


def serve(
    host: Annotated[str, typer.Option(help="Address to bind; other machines can reach "
                                           "anything but 127.0.0.1")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 7860,
    auth: Annotated[str | None, typer.Option(
        help="Require a login, USER:PASS (or env RAG_AUTH, which keeps it out of `ps`)",
        envvar="RAG_AUTH", show_envvar=False)] = None,
    ingest: Annotated[list[Path] | None, typer.Option(
        help="Ingest these files or folders before serving (repeatable)")] = None,
    api_key: Annotated[str | None, typer.Option(
        help="Require this key: `Authorization: Bearer KEY` on the API, the password (any user "
             "name) on the page. Prefer env RAG_API_KEY, which keeps it out of `ps`",
        envvar="RAG_API_KEY", show_envvar=False)] = None,
) -> None:
    """Start the browser chat over the ingested articles (http://127.0.0.1:7860), and an
    OpenAI-compatible chat API on the same port (/v1/models, /v1/chat/completions)."""
    from rich.console import Console

    from rag.cli import engine

    err = Console(stderr=True, highlight=False)
    credentials = parse_auth(auth)
    problem = port_problem(host, port)
    if problem:
        raise BadInput(problem)
    # User mistakes on the page are logged as one line each (ui.app), not as tracebacks.
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s page: %(message)s", "%H:%M:%S"))
    page_log = logging.getLogger("ui")
    page_log.addHandler(handler)
    page_log.setLevel(logging.INFO)
    page_log.propagate = False
    if not is_loopback(host) and credentials is None and not api_key:
        err.print(f"[yellow]warning:[/yellow] serving on {host} without --auth or RAG_API_KEY: "
                  "anyone who can reach this machine can read and change the corpus")
    # Listen at once: until the page is up, every request gets 503 "starting" with Retry-After
    # (ui.startup), not "connection refused" or a 404.
    try:
        placeholder = Placeholder(host, port).start()
    except OSError as error:
        raise RagError(f"{error}; stop the other server or pass --port") from None
    try:
        app = _load_and_start(engine(), ingest, err, placeholder, host=host, port=port,
                              credentials=credentials, api_key=api_key or None)
    finally:
        placeholder.stop()
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{'[' + shown + ']' if ':' in shown else shown}:{port}"
    Console(highlight=False).print(f"Chat running on {url}  (Ctrl+C stops it)\n"
                                   f"OpenAI-compatible API on {url}/v1")
    try:
        app.block_thread()
    finally:
        app.close()


def register(app: typer.Typer) -> None:
    app.command()(serve)
