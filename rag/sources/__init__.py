"""Readers that turn files into Articles: one module per input kind, one dispatcher here.

`read_paths` yields an Article or an IngestFailure per item, so one bad file never stops the rest.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from rag.sources.common import SourceError
from rag.types import AlreadyStored, Article, IngestFailure

SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".pdf")


def looks_like_url(text: str) -> bool:
    """Anything with a scheme (http://, ftp://...) is a URL, never a path."""
    return bool(re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", text))


def _reader_for(path: Path):
    # Imported here so that reading text files never pays for trafilatura's import.
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md", ".markdown"):
        from rag.sources.text import read_text_file

        return read_text_file
    if suffix in (".html", ".htm"):
        from rag.sources.html import read_html_file

        return read_html_file
    if suffix == ".pdf":
        from rag.sources.pdf import read_pdf_file

        return read_pdf_file
    if suffix == ".jsonl":
        from rag.sources.jsonl import read_jsonl_file

        return read_jsonl_file
    return None


def _walk(path: Path) -> Iterator[Path]:
    """Files under a directory, sorted, skipping hidden files and READMEs (docs, not news).

    A symbolic link whose target is missing is yielded too: reading it fails with a message of
    its own (`broken_link`) rather than the file vanishing from the report."""
    for child in sorted(path.rglob("*")):
        rel = child.relative_to(path)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if not (child.is_file() or broken_link(child)):
            continue
        if child.stem.upper() == "README":
            continue
        yield child


def holds_articles(folder: Path) -> bool:
    """Does `folder` hold a file `rag ingest` reads (a `SUPPORTED` suffix, or a broken link,
    which is reported)? False for an empty folder or one of other files only: then the path
    is most likely mistyped, and `--sync` over it would forget every article it once held."""
    return any(f.suffix.lower() in SUPPORTED or broken_link(f) for f in _walk(folder))


def broken_link(path: Path) -> str | None:
    """For a symbolic link whose target does not exist, the message that says so; else None."""
    if not path.is_symlink() or path.exists():
        return None
    try:
        target = os.readlink(path)
    except OSError:  # pragma: no cover - a link removed between the two calls
        target = "?"
    return (
        f"broken symbolic link: it points to {target}, which does not exist; fix or remove the link"
    )


def read_paths(
    paths: list[str | Path],
    max_file_bytes: int,
    *,
    known_ids: Callable[[list[str]], set[str]] | None = None,
    fetch_timeout_s: float = 10.0,
    max_feed_items: int = 100,
) -> Iterator[Article | IngestFailure | AlreadyStored]:
    """Files, directories, and http(s) URLs of pages or feeds (see `rag.sources.web`).

    `known_ids(ids)` returns those of `ids` already stored, so feed entries among them are skipped.
    """
    seen: set[Path] = set()  # a file named twice ("a.md a.md", or in its folder too) is read once
    for raw in paths:
        if isinstance(raw, str) and looks_like_url(raw):
            # Imported here so that reading files never pays for httpx's import.
            from rag.sources.web import WebLimits, read_url

            limits = WebLimits(max_file_bytes, fetch_timeout_s, max_feed_items)
            yield from read_url(raw, limits, known_ids)
            continue
        path = Path(raw)
        if not path.exists():
            yield IngestFailure(str(path), broken_link(path) or "no such file or directory")
            continue
        files = list(_walk(path)) if path.is_dir() else [path]
        for file in files:
            # (by its own absolute path, not its target: two links to one file are two names)
            named = Path(os.path.abspath(file))
            if named in seen:
                continue
            seen.add(named)
            yield from read_file(file, max_file_bytes)


def read_file(path: Path, max_file_bytes: int) -> Iterator[Article | IngestFailure]:
    reason = broken_link(path)
    if reason:
        yield IngestFailure(str(path), reason)
        return
    reader = _reader_for(path)
    if reader is None:
        yield IngestFailure(
            str(path),
            f"unsupported file type {path.suffix or '(none)'!r}; use one of {', '.join(SUPPORTED)}",
        )
        return
    try:
        size = path.stat().st_size
        # A JSONL file is a collection: its limit applies to each article (line), not the file.
        if size > max_file_bytes and path.suffix.lower() != ".jsonl":
            raise SourceError(
                f"file is {size:,} bytes, over the {max_file_bytes:,}-byte limit; split it or "
                "raise RAG_MAX_FILE_BYTES"
            )
        yield from reader(path, max_file_bytes)
    except SourceError as err:
        yield IngestFailure(str(path), str(err))
    except OSError as err:
        # the file may be fine and the disk not ("Input/output error"): a system failure
        yield IngestFailure(str(path), f"cannot read file: {err.strerror or err}", system=True)
