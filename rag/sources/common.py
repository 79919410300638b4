"""Helpers shared by the readers: decoding, metadata checks, web-boilerplate removal."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

from rag.types import Article, content_hash


class SourceError(Exception):
    """One input item cannot be used; the message says why and what to do."""


def decode(data: bytes) -> str:
    if not data.strip():
        raise SourceError("file is empty")
    if b"\x00" in data[:8192]:
        raise SourceError("looks binary (contains NUL bytes); only text, markdown, HTML and JSONL")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SourceError(
            f"not valid UTF-8 (byte {err.start}); re-save the file as UTF-8"
        ) from None


def normalise_date(value: object, field: str = "published") -> str | None:
    """YYYY-MM-DD from a date, datetime or ISO string; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            pass
    raise SourceError(f"field {field!r}: {value!r} is not a date; write it as YYYY-MM-DD")


def optional_str(value: object, field: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int, float)):
        text = str(value).strip()
        return text or None
    raise SourceError(f"field {field!r} must be a string, not {type(value).__name__}")


# Lines that web pages add around an article: read-more prompts, view/share counters,
# subscription and social nags. Matched as whole short lines only, so sentences that merely
# mention "views" or "subscribe" inside the story are kept.
_BOILERPLATE = [
    r"(continue|click|tap)\s+(here\s+)?to\s+read(\s+more)?.*",
    r"(read|see)\s+(more|also|the full story|next)\b.*",
    r"[\d,.\s]*\b(total\s+)?views?\b[\d,.\s]*(,?\s*[\d,.]+\s+views?\s+today)?",
    r"[\d,.]+\s+(shares?|comments?|likes?)",
    r"(share|tweet|email|print)(\s+(this|on)\b.*)?",
    r"(subscribe|sign up|follow us|join us|download our app|advertisement|sponsored)\b.*",
    r"(related|recommended|trending|most read|popular)(\s+(articles?|stories|posts|news))?:?",
    r"(all rights reserved|copyright|©).*",
    r"(image|photo|picture)\s*(credit|source)?:.*",
]
_BOILERPLATE_RE = re.compile(r"^\s*(?:" + "|".join(_BOILERPLATE) + r")\s*$", re.IGNORECASE)
_MAX_BOILERPLATE_WORDS = 12


def is_boilerplate(line: str) -> bool:
    return len(line.split()) <= _MAX_BOILERPLATE_WORDS and bool(_BOILERPLATE_RE.match(line))


def clean_text(text: str) -> str:
    """Drop boilerplate lines, normalise line ends and collapse runs of blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    kept = [line.rstrip() for line in text.split("\n") if not is_boilerplate(line)]
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    if not cleaned:
        raise SourceError("no article text left after removing page boilerplate")
    return cleaned


def article_id_for(path: Path, explicit: str | None = None) -> str:
    """An explicit id wins; otherwise the file name, so editing a file updates its article.

    Letters and digits of any script are kept ("2024-05-01-東京"), in NFC form so a name typed
    and a name read from a macOS disk (NFD) give one id; runs of anything else become "-".
    """
    if explicit:
        return explicit
    stem = unicodedata.normalize("NFC", path.stem)
    slug = re.sub(r"[^\w.-]+", "-", stem).strip("-.")
    return slug or content_hash(str(path.resolve()))


def make_article(
    *,
    id: str,
    text: str,
    title: object = None,
    source: object = None,
    published: object = None,
    url: object = None,
    origin: str,
) -> Article:
    return Article(
        id=id,
        title=optional_str(title, "title"),
        text=clean_text(text),
        source=optional_str(source, "source"),
        published=normalise_date(published),
        url=optional_str(url, "url"),
        origin=origin,
    )
