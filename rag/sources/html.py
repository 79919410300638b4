"""HTML news pages: main text and metadata extracted by trafilatura, a library made for this."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rag.sources.common import SourceError, article_id_for, decode, make_article
from rag.types import Article


def extract_html(html: str, origin: str, url: str | None = None, id: str | None = None) -> Article:
    import trafilatura  # ~0.5 s import; only HTML input needs it

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise SourceError("no article text found in the HTML page")
    return make_article(
        id=id or article_id_for(Path(origin)),
        text=text,
        title=getattr(doc, "title", None),
        source=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        published=_safe_date(getattr(doc, "date", None)),
        url=getattr(doc, "url", None) or url,
        origin=origin,
    )


def _safe_date(value: str | None) -> str | None:
    # trafilatura guesses dates; a guess it cannot parse is dropped rather than failing the page.
    try:
        from rag.sources.common import normalise_date

        return normalise_date(value)
    except SourceError:
        return None


def read_html_file(path: Path, max_bytes: int = 0) -> Iterator[Article]:
    yield extract_html(decode(path.read_bytes()), origin=str(path))
