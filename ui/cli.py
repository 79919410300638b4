"""`rag serve`: the browser chat. Registered into the `rag` command by `rag.cli`."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

import typer

from rag.errors import BadInput, RagError


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


def serve(
    host: Annotated[str, typer.Option(help="Address to bind; other machines can reach "
                                           "anything but 127.0.0.1")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 7860,
    auth: Annotated[str | None, typer.Option(
        help="Require a login, USER:PASS (or env RAG_AUTH, which keeps it out of `ps`)",
        envvar="RAG_AUTH", show_envvar=False)] = None,
    ingest: Annotated[list[Path] | None, typer.Option(
        help="Ingest these files or folders before serving (repeatable)")] = None,
) -> None:
    """Start the browser chat over the ingested articles (http://127.0.0.1:7860)."""
    from rich.console import Console

    from rag.cli import engine
    from rag.errors import EmptyIndex
    from ui.app import build_app, launch

    err = Console(stderr=True, highlight=False)
    credentials = parse_auth(auth)
    if not is_loopback(host) and credentials is None:
        err.print(f"[yellow]warning:[/yellow] serving on {host} without --auth: anyone who "
                  "can reach this machine can read and change the corpus")
    rag = engine()
    if ingest:
        report = rag.ingest(ingest)
        for failure in report.failed:
            err.print(f"[red]failed[/red] {failure.origin}: {failure.reason}", markup=True)
        err.print(f"ingested: {report.added} added, {report.updated} updated, "
                  f"{report.unchanged} unchanged, {len(report.failed)} failed")
    err.print("loading models…")
    try:
        rag.retrieve("warm up", k=1)  # loads the models and the BM25 index before the first user
    except EmptyIndex:
        err.print("[yellow]the store is empty:[/yellow] upload files on the Corpus tab, or "
                  "start with `rag serve --ingest corpus/`")
    app = build_app(rag)
    try:
        launch(app, rag.settings, host=host, port=port, auth=credentials, block=False)
    except OSError as error:
        raise RagError(f"cannot listen on {host}:{port} ({error}); stop the other server "
                       "or pass --port") from None
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{'[' + shown + ']' if ':' in shown else shown}:{port}"
    Console(highlight=False).print(f"Chat running on {url}  (Ctrl+C stops it)")
    try:
        app.block_thread()
    finally:
        app.close()


def register(app: typer.Typer) -> None:
    app.command()(serve)
