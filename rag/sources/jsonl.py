"""JSONL in the eval corpus format: one article a line (id, title, text, url, published, source)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

from rag.sources.common import SourceError, bom_encoding, decode, make_article
from rag.types import Article, IngestFailure


def read_jsonl_file(path: Path, max_line_bytes: int) -> Iterator[Article | IngestFailure]:
    """Read line by line, so a large collection never has to fit in memory at once."""
    seen: dict[str, int] = {}
    with path.open("rb") as handle:
        head = handle.read(8192)
        wide = bom_encoding(head) in ("utf-16", "utf-32")
        if not wide and (not head.strip() or b"\x00" in head):
            decode(head)  # raises "file is empty" / "looks binary" once, for the whole file
        handle.seek(0)
        lines = _wide_lines(handle, path, head) if wide else _lines(handle, path, max_line_bytes)
        for lineno, line in lines:
            if wide and isinstance(line, str) and len(line.encode("utf-8")) > max_line_bytes:
                line = IngestFailure(
                    f"{path}:{lineno}",
                    f"line is over the {max_line_bytes:,}-byte limit (as UTF-8)",
                )
            if isinstance(line, IngestFailure):
                yield line
                continue
            if not line.strip():
                continue
            origin = f"{path}:{lineno}"
            try:
                article = _parse_line(line, origin)
            except SourceError as err:
                yield IngestFailure(origin, str(err))
                continue
            if article.id in seen:
                yield IngestFailure(
                    origin,
                    f"duplicate id {article.id!r} (first on line {seen[article.id]}); "
                    "ids must be unique",
                )
                continue
            seen[article.id] = lineno
            yield article


def _lines(handle, path: Path, max_line_bytes: int):
    for lineno, raw in enumerate(handle, start=1):
        origin = f"{path}:{lineno}"
        if len(raw) > max_line_bytes:
            yield (
                lineno,
                IngestFailure(
                    origin, f"line is {len(raw):,} bytes, over the {max_line_bytes:,}-byte limit"
                ),
            )
            continue
        try:
            yield lineno, raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as err:
            reason = f"not valid UTF-8 (byte {err.start}); re-save the file as UTF-8"
            yield lineno, IngestFailure(origin, reason)


def _wide_lines(handle, path: Path, head: bytes):
    """Lines of a UTF-16/32 file (its byte-order mark says which): NUL bytes are part of every
    character there, so lines cannot be split on the newline byte as UTF-8 lines are."""
    reader = io.TextIOWrapper(handle, encoding=bom_encoding(head), newline=None)
    lineno = 0
    try:
        for lineno, line in enumerate(reader, start=1):
            yield lineno, line
    except UnicodeDecodeError as err:
        yield (
            lineno + 1,
            IngestFailure(
                f"{path}:{lineno + 1}",
                f"not valid {err.encoding.upper()} ({err.reason}); re-save the file as UTF-8",
            ),
        )


def _parse_line(line: str, origin: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise SourceError(f"not valid JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(record, dict):
        raise SourceError("each line must be a JSON object")
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        raise SourceError(f"field 'text' must be a string, not {type(text).__name__}")
    if not isinstance(text, str) or not text.strip():
        raise SourceError("field 'text' is missing or empty")
    article_id = record.get("id")
    if not isinstance(article_id, (str, int)) or not str(article_id).strip():
        raise SourceError("field 'id' is missing; give every article a unique id")
    return make_article(
        id=str(article_id).strip(),
        text=text,
        title=record.get("title"),
        source=record.get("source"),
        published=record.get("published"),
        url=record.get("url"),
        origin=origin,
    )
