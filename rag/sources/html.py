"""HTML news pages: main text and metadata extracted by trafilatura, a library made for this.

trafilatura finds the article (dropping navigation, sidebars and footers) and hands back its body
as a small XML tree (p, head, list/item, table/row/cell). We render that tree ourselves, because
its own text output flattens a table into "| a | b |" lines whose cells no longer say what they
are: here a table row becomes one line that reads on its own ("Party: Green Party; Seats: 14;
Change: +5") and each list item a line of its own, so both can be found and cited.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rag.sources.common import (
    SourceError,
    article_id_for,
    decode,
    make_article,
    render_rows,
    web_address,
)
from rag.types import Article


def extract_html(html: str, origin: str, url: str | None = None, id: str | None = None) -> Article:
    import trafilatura  # ~0.5 s import; only HTML input needs it

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    body = getattr(doc, "body", None) if doc is not None else None
    text = render_body(body, getattr(doc, "title", None)) if body is not None else None
    if not text or not text.strip():
        text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise SourceError("no article text found in the HTML page")
    return make_article(
        id=id or article_id_for(Path(origin)),
        text=text,
        title=getattr(doc, "title", None),
        source=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        published=_safe_date(getattr(doc, "date", None)),
        url=_page_address(getattr(doc, "url", None)) or url,
        origin=origin,
    )


def _page_address(found: object) -> str | None:
    """The address a page names for itself, when it is a full web address. A page's canonical
    link may be relative or malformed; that is the page's fault, not the user's, so it is
    dropped rather than failing the file."""
    try:
        return web_address(found)
    except SourceError:
        return None


def _text(element) -> str:
    """An element's words, with inner markup (links, emphasis, line breaks) flattened."""
    parts = []
    for piece in element.itertext():
        parts.append(piece)
    return " ".join(" ".join(parts).split())


def _cells(row) -> list[tuple[str, bool]]:
    """(text, is_header) of each cell in a row."""
    return [(_text(cell), cell.get("role") == "head") for cell in row if cell.tag == "cell"]


def render_table(table) -> list[str]:
    """One line per row of trafilatura's table element, reading on its own
    (`rag.sources.common.render_rows`)."""
    return render_rows([_cells(row) for row in table.iter("row")])


def render_body(body, title: str | None = None) -> str:
    """The article body as paragraphs separated by blank lines; each list item and each table
    row is a paragraph of its own (so a sentence never runs across two of them). A leading
    heading that repeats the title is left out (the title is stored on its own)."""
    blocks: list[str] = []

    def walk(element) -> None:
        tag = element.tag
        if tag == "table":
            blocks.extend(render_table(element))
        elif tag == "list":
            for item in element:
                if item.tag != "item":
                    continue
                nested = [child for child in item if child.tag in ("list", "table")]
                for child in nested:
                    item.remove(child)  # rendered after the item's own words
                text = _text(item)
                if text:
                    blocks.append(text)
                for child in nested:
                    walk(child)
        elif tag in ("p", "head", "quote", "code", "item"):
            nested = [child for child in element if child.tag in ("list", "table")]
            for child in nested:
                element.remove(child)
            text = _text(element)
            if text:
                blocks.append(text)
            for child in nested:
                walk(child)
        else:  # a wrapper (div, body): its children carry the text
            text = (element.text or "").strip()
            if text:
                blocks.append(" ".join(text.split()))
            for child in element:
                walk(child)
                tail = (child.tail or "").strip()
                if tail:
                    blocks.append(" ".join(tail.split()))

    walk(body)
    if blocks and title and blocks[0] == " ".join(title.split()):
        blocks = blocks[1:]
    return "\n\n".join(blocks)


def _safe_date(value: str | None) -> str | None:
    # trafilatura guesses dates; a guess it cannot parse is dropped rather than failing the page.
    try:
        from rag.sources.common import normalise_date

        return normalise_date(value)
    except SourceError:
        return None


def read_html_file(path: Path, max_bytes: int = 0) -> Iterator[Article]:
    yield extract_html(decode(path.read_bytes()), origin=str(path))
