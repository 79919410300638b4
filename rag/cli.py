"""`rag`: a thin command line over rag.api. Parse, call, print; errors become exit codes.

Heavy libraries (chromadb, onnxruntime, torch, gradio) load inside the commands that need them,
so `rag --help` stays fast.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from rag.errors import BackendUnavailable, EmptyIndex, RagError
from rag.retrieve import RETRIEVERS  # light: the retrievers import their engines when called

# every registered name, so the help never lists fewer than the error for a wrong one
_RETRIEVER_HELP = ", ".join(
    f"{name} (default)" if name == "hybrid" else name for name in RETRIEVERS
)

app = typer.Typer(
    help="Ask questions about news articles; answers cite the exact sentences they rest on.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_state: dict = {}


@app.callback()
def _global(
    data_dir: Annotated[
        Path | None,
        typer.Option(help="Where the store lives [env RAG_DATA_DIR; default ./.rag in a checkout]"),
    ] = None,
    chroma_url: Annotated[
        str | None,
        typer.Option(help="Use a Chroma server, e.g. http://127.0.0.1:8000 [env RAG_CHROMA_URL]"),
    ] = None,
    verifier: Annotated[
        str | None,
        typer.Option(
            help="Also let a model judge whether the evidence answers: qwen2.5-coder-1.5b (the "
            "local-large extra) or a GGUF path; ~1 s more per question [env RAG_VERIFIER]"
        ),
    ] = None,
) -> None:
    _state["overrides"] = {"data_dir": data_dir, "chroma_url": chroma_url, "verifier": verifier}
    _state["json"] = False  # a command given --json sets it, so its errors print JSON too


def settings(**more):
    from rag.config import load_settings

    try:
        return load_settings(**_state.get("overrides", {}), **more)
    except Exception as err:  # pydantic's ValidationError names the field and the problem
        raise RagError(f"invalid setting: {err}") from None


def engine(**more):
    from rag.api import Rag

    return Rag(settings(**more))


def _print_json(data) -> None:
    """Machine-readable output on stdout: dataclasses become objects, field by field (asdict), so
    a field added to a report appears in `--json` without touching this file."""
    from dataclasses import asdict, is_dataclass

    def plain(value):
        if is_dataclass(value) and not isinstance(value, type):
            return asdict(value)
        return str(value)  # Paths and the like

    if is_dataclass(data) and not isinstance(data, type):
        data = asdict(data)
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=plain) + "\n")


def _console(stderr: bool = False):
    from rich.console import Console

    # soft_wrap: one failure stays one line, whatever the terminal width (greppable, per the issue)
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


@app.command()
def ingest(
    paths: Annotated[
        # str, not Path: Path("https://x") collapses the "//" and the URL is lost.
        list[str],
        typer.Argument(help="Files or directories (.txt .md .html .jsonl), page or feed URLs"),
    ],
    replace: Annotated[
        bool,
        typer.Option(
            "--replace", help="An id already stored from another file or URL: replace that article"
        ),
    ] = False,
    sync: Annotated[
        bool,
        typer.Option("--sync", help="Remove stored articles whose files are gone from the folders"),
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the report as JSON (keys below)")
    ] = False,
) -> None:
    """Add or update articles. Unchanged articles are skipped; the good files are stored even
    when others fail. Exit code 2 if a file (or URL) could not be used as given (the failed
    lines name them), 1 if the system failed for one (a timeout, a read error), else 0.

    Articles stored from a folder's files that are gone are listed; --sync removes them.

    --json prints one object: added, updated, unchanged, near_duplicates, chunks_written
    (counts), seconds, failed ([{origin, reason}]), renamed ([old, new]), missing and removed
    ([{id, origin}]), truncated_chunks, notes ([{origin, message}]: identical copies, future
    dates), ok (true when nothing failed), and any other field of the ingest report. Each
    failure has "system": true when the machine or network failed rather than the input.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from rag.errors import BadInput
    from rag.sources import SUPPORTED, broken_link, holds_articles

    _state["json"] = as_json
    for given in paths:
        if "://" not in given and not Path(given).exists():
            why = broken_link(Path(given)) or "no such file or folder; check the path"
            raise BadInput(f"{given}: {why}")
        if "://" not in given and Path(given).is_dir() and not holds_articles(Path(given)):
            # a mistyped or empty folder must not pass for a finished ingest (nor, with
            # --sync, forget what it once held)
            raise BadInput(
                f"{given}: no articles found: `rag ingest` reads {', '.join(SUPPORTED)} files "
                "(folders are searched for them) and feed URLs; check the path"
            )
    rag = engine()
    err = _console(stderr=True)
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("ingesting", total=None)
        report = rag.ingest(
            paths,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
            replace=replace,
            sync=sync,
        )
    if as_json:
        from dataclasses import asdict

        _print_json({**asdict(report), "ok": report.ok})
        raise typer.Exit(report.exit_code)
    from rich.markup import escape

    for failure in report.failed:
        err.print(f"[red]failed[/red] {escape(failure.origin)}: {escape(failure.reason)}")
    for note in report.notes:
        err.print(f"[yellow]note[/yellow] {escape(note.origin)}: {escape(note.message)}")
    out = _console()
    for old, new in report.renamed:
        out.print(f"renamed {old} -> {new} (its file was renamed or its id changed)")
    for gone in report.removed:
        out.print(f"removed {gone.id} (its file {gone.origin} is gone)")
    for gone in report.missing:
        out.print(f"[yellow]gone[/yellow] {gone.id}: its file {gone.origin} no longer exists")
    if report.truncated_chunks:
        out.print(
            f"[yellow]note[/yellow] {report.truncated_chunks} chunk(s) were longer than the "
            "embedding model reads; only their start was embedded (BM25 still sees all of it)"
        )
    if report.missing:
        out.print(
            f"{len(report.missing)} stored article(s) from missing files kept; "
            "`rag ingest --sync` removes them (or `rag forget ID`)"
        )
    out.print(
        f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
        f"{len(report.failed)} failed ({report.chunks_written} chunks written in "
        f"{report.seconds:.1f}s)"
    )
    if not (report.added or report.updated or report.unchanged or report.failed):
        err.print(
            f"[yellow]note[/yellow] no articles found in {escape(', '.join(paths))}: "
            f"`rag ingest` reads {', '.join(SUPPORTED)} files (folders are searched for them) "
            "and feed URLs; check the path"
        )
    raise typer.Exit(report.exit_code)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in quotes")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the machine-readable answer")
    ] = False,
    retriever: Annotated[
        str | None, typer.Option(help=_RETRIEVER_HELP)
    ] = None,
    answerer: Annotated[str | None, typer.Option(help="extractive, local, openai")] = None,
    k: Annotated[
        int | None, typer.Option("--k", min=1, max=100, help="Passages given to the answerer")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only articles published on/after YYYY-MM-DD")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only articles published on/before YYYY-MM-DD")
    ] = None,
    source: Annotated[list[str] | None, typer.Option(help="Only this source (repeatable)")] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Today, for 'this week', 'last month', 'latest' in the question (YYYY-MM-DD; "
            "default: the newest article's date)",
        ),
    ] = None,
) -> None:
    """Answer one question from the ingested articles, with numbered citations.

    Exits 2 (after printing the reply that says so) when --since/--until/--source leave no
    article to search: the command line asked for something the store cannot have.
    """
    _state["json"] = as_json
    rag = engine()
    options = dict(
        retriever=retriever,
        answerer=answerer,
        top_k=k,
        since=since,
        until=until,
        sources=source or None,
        as_of=as_of,
    )
    if as_json:
        answer = rag.ask(question, **options)
        sys.stdout.write(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        answer = _stream_answer(rag.stream_ask(question, **options), _console())
    if answer.refusal_reason == "filters" and rag.excluded_by(
        rag.filters(since, until, source or None)
    ):
        raise typer.Exit(2)


def _stream_answer(stream, out):
    """Print answer text as it arrives, then the checked answer and its sources; return it."""
    from rich.markup import escape

    streamed = []
    for piece in stream:
        streamed.append(piece)
        out.print(escape(piece), end="")
    out.print()
    answer = stream.answer()
    if "".join(streamed).strip() != answer.answer.strip():
        # A model's draft is checked sentence by sentence; show what survived, with citations.
        out.print(f"\n[bold]Checked against the sources:[/bold] {escape(answer.answer)}")
    if answer.confidence is not None:
        out.print(f"[dim]confidence {answer.confidence:.2f}[/dim]")
    for note in answer.notes:
        out.print(f"[yellow]note:[/yellow] {escape(note)}")
    _print_sources(answer, out)
    return answer


def _print_sources(answer, out) -> None:
    from rich.markup import escape

    if answer.refused and answer.passages:
        from rag.evidence import preview

        out.print("\n[dim]Closest passages found:[/dim]")
        for hit in answer.passages[:3]:
            out.print(
                f"  [dim]- {escape(hit.title or hit.chunk.article_id)}: "
                f"{escape(preview(hit.chunk.text))}…[/dim]"
            )
    for c in answer.citations:
        page = f"p. {c.page}" if c.page else None
        meta = ", ".join(x for x in (c.source, c.published, page) if x)
        out.print(
            f"\n[bold][{c.n}][/bold] {escape(c.title or c.article_id)}"
            f"{' (' + escape(meta) + ')' if meta else ''}  [dim]{c.article_id} "
            f"chars {c.start}-{c.end}[/dim]"
        )
        if c.url:
            out.print(f"    {escape(c.url)}")
        # (on one line: a hard-wrapped article's "voted 31 to\n17"; JSON keeps the exact text)
        out.print(f"    “{escape(' '.join(c.sentence.split()))}”")


@app.command()
def chat(
    answerer: Annotated[str | None, typer.Option(help="extractive, local, openai")] = None,
    retriever: Annotated[str | None, typer.Option(help=_RETRIEVER_HELP)] = None,
    k: Annotated[
        int | None, typer.Option("--k", min=1, max=100, help="Passages given to the answerer")
    ] = None,
) -> None:
    """A conversation in the terminal: follow-up questions lean on earlier ones.

    Commands: /new starts over, /sources shows the last answer's sources again, /quit leaves.
    """
    from rich.markup import escape

    from rag.chat import Conversation

    rag = engine()
    # (final check 168: the empty store was told only after the first question)
    rag.require_articles()
    out = _console()
    conversation = Conversation()
    last = None
    out.print("[dim]Ask about the articles. /new, /sources, /quit[/dim]")
    while True:
        try:
            question = out.input("[bold]> [/bold]").strip()
        except EOFError:
            break
        if not question:
            continue
        if question in ("/quit", "/exit", "/q"):
            break
        if question == "/new":
            conversation.clear()
            out.print("[dim]New conversation.[/dim]")
            continue
        if question == "/sources":
            if last is not None:
                _print_sources(last, out)
            continue
        if re.match(r"/\w+$", question):
            # "/bogus" is a mistyped command, not a question to search for
            out.print(f"[red]Unknown command {escape(question)}[/red]: /new, /sources, /quit")
            continue
        searched = conversation.standalone(question)
        if searched != question:  # a follow-up: say what was looked for
            out.print(f"[dim]Searched for: {escape(searched)}[/dim]")
        try:
            last = _stream_answer(
                rag.stream_ask(
                    question,
                    history=conversation,
                    answerer=answerer,
                    retriever=retriever,
                    top_k=k,
                ),
                out,
            )
        except (EmptyIndex, BackendUnavailable):
            raise  # no question can be answered: said once, with its exit code
        except RagError as err:  # a bad question should not end the conversation
            out.print(f"[red]error:[/red] {err}")
            continue
        conversation.add_answer(last, question)


@app.command()
def stats(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Articles, chunks, models, and where the store is and how big."""
    _state["json"] = as_json
    from dataclasses import asdict

    s = engine().stats()
    if as_json:
        print(json.dumps(asdict(s), indent=2))
        return
    size = f"{s.store_bytes / 1e6:.1f} MB" if s.store_bytes is not None else "server"
    out = _console()
    out.print(
        f"articles   {s.articles}\nchunks     {s.chunks}\nembedder   {s.embed_model}\n"
        f"reranker   {s.rerank_model}\nstore      {s.store} ({size})"
    )
    for source, n in list(s.sources.items())[:10]:
        out.print(f"  {n:6d}  {source}")


@app.command()
def articles(
    source: Annotated[str | None, typer.Option(help="Only this source")] = None,
    since: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (keys below)")] = False,
) -> None:
    """List ingested articles (id, date, source, chunks, title), newest first.

    --json prints {"articles": [{id, title, source, published, url, chunks, content_hash,
    chars}, ...]}, newest first; missing values are null. When the filters leave no article,
    a line on stderr says which filter excluded them.
    """
    _state["json"] = as_json
    rag = engine()
    found = rag.articles(source=source, since=since, until=until)
    if as_json:
        _print_json({"articles": found})
    else:
        for a in found:
            print(f"{a.id}\t{a.published or '-'}\t{a.source or '-'}\t{a.chunks}\t{a.title or '-'}")
    if not found:
        why = rag.excluded_by(rag.filters(since, until, [source] if source is not None else None))
        _console(stderr=True).print(why or "no articles stored yet; `rag ingest corpus/` adds some")


@app.command()
def forget(
    article_id: Annotated[str, typer.Argument(help="The id `rag articles` shows")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (keys below)")] = False,
) -> None:
    """Remove one article and all of its chunks.

    --json prints {"article_id": ..., "chunks_removed": N}. An unknown id is an error either way.
    """
    _state["json"] = as_json
    n = engine().forget(article_id)
    if as_json:
        _print_json({"article_id": article_id, "chunks_removed": n})
        return
    print(f"forgot {article_id} ({n} chunks)")


@app.command()
def check(
    repair: Annotated[bool, typer.Option("--repair", help="Fix what the check finds")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (keys below)")] = False,
) -> None:
    """Verify that Chroma, the article registry and the BM25 index agree (exit 1 if not).

    --json prints one object: ok, articles, chunks (counts), incomplete, orphan_chunks,
    stale_chunks, count_mismatch (lists of article or chunk ids), bm25_in_sync, repaired (what
    --repair did, one line each), problems (what is wrong, one line each), and any other field of
    the check report.
    """
    _state["json"] = as_json
    report = engine().check(repair=repair)
    if as_json:
        from dataclasses import asdict

        _print_json({**asdict(report), "ok": report.ok, "problems": report.problems()})
        raise typer.Exit(0 if report.ok else 1)
    out = _console()
    for line in report.repaired:
        out.print(f"repaired: {line}")
    for line in report.problems():
        out.print(f"[red]problem:[/red] {line}")
    state = "consistent" if report.ok else "NOT consistent"
    out.print(f"{report.articles} articles, {report.chunks} chunks: {state}")
    if not report.ok and not repair:
        out.print("run `rag check --repair` to fix")
    raise typer.Exit(0 if report.ok else 1)


def main() -> None:
    try:
        _register_extensions()
        if _json_asked(sys.argv[1:]):
            _run_with_json_usage_errors()
        else:
            app()
    except RagError as err:
        from rich.markup import escape

        _console(stderr=True).print(f"[red]error:[/red] {escape(str(err))}")
        if _state.get("json"):  # the command was asked for JSON: its error is JSON too
            _print_json({"error": {"type": type(err).__name__, "message": str(err)}})
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)


def _json_asked(args: list[str]) -> bool:
    """Whether `--json` is among the options: before a bare `--`, after which it would be a
    question's text. Read from argv because a usage error stops parsing before any command runs."""
    options = args[: args.index("--")] if "--" in args else args
    return "--json" in options


def _run_with_json_usage_errors() -> None:
    """Run the app as `main` does, but print click's own errors (unknown option, missing argument,
    a bad value) the way ours are printed under --json: one line on stderr and
    {"error": {"type": "UsageError", "message"}} on stdout, with click's exit code (2 for usage).

    standalone_mode=False is click's documented way to receive those errors instead of having
    them printed; a command's `typer.Exit(code)` then comes back as the return value."""
    from rich.markup import escape

    try:
        code = app(standalone_mode=False)
    except typer.TyperException as err:  # typer's own copy of click's ClickException family
        message = err.format_message().rstrip(".")
        ctx = getattr(err, "ctx", None)
        if ctx is not None:
            message += f"; see `{ctx.command_path} --help`"
        # Every usage error (NoSuchOption, MissingParameter, BadParameter, ...) exits 2: one type
        # for them all, so a script need not know click's class tree.
        kind = "UsageError" if err.exit_code == 2 else type(err).__name__
        _console(stderr=True).print(f"[red]error:[/red] {escape(message)}")
        _print_json({"error": {"type": kind, "message": message}})
        sys.exit(err.exit_code)
    except typer.Abort:
        _console(stderr=True).print("Aborted!")
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


def _register_extensions() -> None:
    """Commands that live beside their own code (eval harness, web page)."""
    import importlib

    for module in ("eval.cli", "ui.cli"):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as err:
            if err.name and module.startswith(err.name):
                continue  # not written yet / not installed
            raise
        mod.register(app)
    for info in app.registered_commands:
        if info.help is None and info.callback is not None and info.callback.__doc__:
            info.help = _unwrapped(info.callback.__doc__)


def _unwrapped(doc: str) -> str:
    """A docstring with each paragraph on one line and no rich markup. Typer 0.29 keeps the
    single line breaks of every paragraph after the first and then wraps to the terminal, so a
    95-character source line became one and a half lines at 80 columns."""
    import inspect

    from rich.markup import escape  # "renamed ([old, new])" is text, not a style tag

    def joined(paragraph: str) -> str:
        lines = paragraph.split("\n")
        if any(line[:1].isspace() for line in lines[1:]):
            return paragraph  # an indented block (examples) keeps its lines
        return " ".join(lines)

    return "\n\n".join(joined(p) for p in escape(inspect.cleandoc(doc)).split("\n\n"))


if __name__ == "__main__":  # `python -m rag.cli ...` works like `python -m rag ...`
    # ... through the one `rag.cli` module: the commands of eval/ and ui/ import it for the
    # global options (--data-dir, --verifier), which this `__main__` copy would keep to itself
    from rag.cli import main as _main

    _main()
