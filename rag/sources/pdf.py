"""PDF articles (press releases, e-paper pages) with a text layer, read with pypdf.

pypdf was chosen by measurement (bench/pdf_extract.py, on generated press releases and two-column
e-paper pages): it returned every word in order on both, kept two columns apart, and was the
fastest (~4-10 ms a page); pdfplumber interleaved the two columns (0.60 of words in order);
pymupdf read as well as pypdf but is AGPL and ~10x slower on the multi-page release here.

Lines are rebuilt from pypdf's text fragments with their positions, so paragraph breaks (a
larger vertical gap, a change of font size, a jump to a new column) survive as blank lines,
words hyphenated at line ends are joined, and a running header or footer repeated on most pages
("Page 2 of 5") is dropped. Each page's start offset in the article text is kept
(`Article.pages`), so a citation can say which page it is on.
"""

from __future__ import annotations

import contextlib
import logging
import re
import statistics
import warnings
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from rag.sources.common import SourceError, article_id_for, clean_text, make_article
from rag.types import Article

_MIN_CHARS_PER_PAGE = 20  # below this on every page, the PDF has no usable text layer


def _page_lines(page) -> list[tuple[str, float, float]]:
    """(text, y, font size) of each line of a page, in the order pypdf reads them."""
    lines: list[list] = []
    current: list = ["", None, 0.0]

    def visit(text, cm, tm, font, size):
        nonlocal current
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i > 0:
                lines.append(current)
                current = ["", None, 0.0]
            if part:
                if current[1] is None:
                    # Text space to page space: y of the text matrix, scaled by the CTM.
                    current[1] = tm[5] * cm[3] + cm[5]
                    current[2] = abs(size * (tm[3] or 1) * (cm[3] or 1))
                current[0] += part

    page.extract_text(visitor_text=visit)
    lines.append(current)
    return [(t.strip(), y, s) for t, y, s in lines if t.strip() and y is not None]


def _paragraphs(lines: list[tuple[str, float, float]]) -> str:
    """Lines joined into paragraphs; a blank line where the layout shows a break."""
    if not lines:
        return ""
    gaps = [
        prev[1] - line[1]
        for prev, line in zip(lines, lines[1:], strict=False)
        if 0 < prev[1] - line[1] and abs(prev[2] - line[2]) < 0.5
    ]
    usual = statistics.median(gaps) if gaps else 0.0
    out = lines[0][0]
    for prev, line in zip(lines, lines[1:], strict=False):
        gap = prev[1] - line[1]
        new_paragraph = (
            gap <= 0  # back up the page: a new column or block
            or abs(prev[2] - line[2]) >= 0.5  # another font size: a heading
            or (usual and gap > usual * 1.4)
        )
        if new_paragraph:
            out += "\n\n" + line[0]
        elif re.search(r"[^\W\d]-$", out) and re.match(r"[a-z]", line[0]):
            out = out[:-1] + line[0]  # "renova-" + "tion"
        else:
            out += "\n" + line[0]
    return out


def _running_lines(pages: list[list[tuple[str, float, float]]]) -> set[str]:
    """Header and footer lines: the first or last line of most pages, digits ignored."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edges = {_shape(lines[0][0]), _shape(lines[-1][0])} if lines else set()
        counts.update(edges)
    return {shape for shape, n in counts.items() if n >= max(2, len(pages) / 2)}


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


@contextlib.contextmanager
def _pypdf_quiet():
    """Silence pypdf's own logging and warnings ("EOF marker not found", "invalid pdf header")
    while it reads: a damaged file gets our one failure line, and a file pypdf recovers from
    needs no line at all. (pypdf's documented way: raise the "pypdf" logger's level.)"""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def read_pdf_file(path: Path, max_bytes: int = 0) -> Iterator[Article]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with _pypdf_quiet():
            reader = PdfReader(path)
            if reader.is_encrypted and not reader.decrypt(""):
                raise SourceError("the PDF is encrypted; save an unprotected copy and ingest that")
            pages = [_page_lines(page) for page in reader.pages]
            info = reader.metadata or {}
    except PdfReadError as err:
        raise SourceError(f"not a readable PDF ({err})") from None
    except (ValueError, KeyError, TypeError) as err:  # pypdf on damaged files
        raise SourceError(f"not a readable PDF ({type(err).__name__}: {err})") from None
    if not pages:
        raise SourceError("the PDF has no pages")
    if all(sum(len(t) for t, _, _ in lines) < _MIN_CHARS_PER_PAGE for lines in pages):
        raise SourceError(
            "the PDF has no text layer (a scan or images of text); run OCR on it first "
            "(e.g. `ocrmypdf in.pdf out.pdf`) and ingest the result"
        )
    running = _running_lines(pages)
    texts = []
    for lines in pages:
        kept = [line for line in lines if _shape(line[0]) not in running]
        try:
            texts.append(clean_text(_paragraphs(kept)))
        except SourceError:
            texts.append("")  # a blank page, or one with only a header
    text, starts = "", []
    for page_text in texts:
        if text and page_text:
            text += "\n\n"
        starts.append(len(text))
        text += page_text
    if not text:
        raise SourceError("no article text left after removing page boilerplate")
    yield make_article(
        id=article_id_for(path),
        text=text,  # already cleaned page by page, so the page offsets hold
        title=_meta(info, "/Title"),
        published=_pdf_date(_meta(info, "/CreationDate")),
        origin=str(path),
        pages=tuple(starts) if len(starts) > 1 else (),
    )


def _meta(info, key: str) -> str | None:
    value = info.get(key)
    text = str(value).strip() if value is not None else ""
    return text or None


def _pdf_date(value: str | None) -> str | None:
    """YYYY-MM-DD from a PDF date ("D:20240304120000+01'00'"); None if absent or odd."""
    match = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})", value or "")
    if not match:
        return None
    year, month, day = match.groups()
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year}-{month}-{day}"
