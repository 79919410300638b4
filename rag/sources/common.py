"""Helpers shared by the readers: decoding, metadata checks, web-boilerplate removal."""

from __future__ import annotations

import codecs
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

from rag.types import Article, content_hash


class SourceError(Exception):
    """One input item cannot be used; the message says why and what to do."""


class SourceUnreachable(SourceError):
    """The input could not be fetched, though it may be fine: a timeout, a refused connection,
    a server error (HTTP 5xx). A failure of the system, not of the input."""


# Byte-order marks, longest first: UTF-32-LE's mark starts with UTF-16-LE's. A file with one
# says its encoding outright (Windows Notepad saves "Unicode" as UTF-16-LE with a mark), so its
# NUL bytes are part of the text, not a sign of a binary file.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """The codec named by `data`'s byte-order mark (one that strips the mark), or None."""
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def decode(data: bytes) -> str:
    """Text from a file's bytes: UTF-8, or UTF-8/16/32 when a byte-order mark says so.

    Raises SourceError for an empty file, a binary one (NUL bytes without a mark) or bytes that
    are not valid in the encoding."""
    encoding = bom_encoding(data)
    if encoding is None and b"\x00" in data[:8192]:
        raise SourceError(
            "looks binary (contains NUL bytes); only text, markdown, HTML, JSONL and PDF"
        )
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as err:
        name = (encoding or "utf-8").replace("-sig", "").upper()
        raise SourceError(
            f"not valid {name} (byte {err.start}); re-save the file as UTF-8"
        ) from None
    if not text.strip():
        raise SourceError("file is empty")
    if "\x00" in text[:8192]:
        raise SourceError(
            "looks binary (contains NUL characters); only text, markdown, HTML, JSONL and PDF"
        )
    return text


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


_WEB_ADDRESS = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+[^\s]*", re.IGNORECASE)


def is_web_address(text: str) -> bool:
    """Is `text` an absolute http(s) address with a host ("https://news.example.org/a")? Not
    "not a url", "www.example.com/story", a relative "/news/1" or "javascript:..."."""
    return bool(_WEB_ADDRESS.fullmatch(text))


def web_address(value: object, field: str = "url") -> str | None:
    """`value` as an absolute http(s) address, or None when absent.

    Raises SourceError for anything else (see `is_web_address`)."""
    text = optional_str(value, field)
    if text is None or is_web_address(text):
        return text
    raise SourceError(
        f"field {field!r}: {text!r} is not a web address; write it as https://... or leave it out"
    )


# Page chrome: what a news page puts around its article, kept when a page is saved as text.
# Two kinds of rule, both general (no site's exact wording):
# - line rules: a whole short line that is chrome on its own (read-more prompts, counters,
#   share/follow bars, cookie and consent notices, navigation and breadcrumb lines);
# - block rules: a list of headlines (under "Most read", "Related", "Top stories"..., or
#   numbered 1, 2, 3... without full stops), dropped with its heading.
# Matched on whole lines only, so a sentence that merely mentions "views", "cookies" or
# "subscribe" inside the story is kept, as are datelines, bylines and one-line paragraphs.
_BOILERPLATE = [
    r"(continue|click|tap)\s+(here\s+)?to\s+read(\s+more)?.*",
    r"(read|see)\s+(more|also|the full story|next)\b.*",
    r"[\d,.\s]*\b(total\s+)?views?\b[\d,.\s]*(,?\s*[\d,.]+\s+views?\s+today)?",
    r"[\d,.]+\s+(shares?|comments?|likes?)",
    r"(share|tweet|email|print)(\s+(this|on|via)\b.*)?",
    r"(subscribe|sign up|sign in|log in|follow us|join us|download our app|advertisement|sponsored)"
    r"\b.*",
    r"(all rights reserved|copyright|\u00a9).*",
    r"(image|photo|picture)\s*(credit|source)?:.*",
    r"skip to (main )?(content|navigation)|(main )?menu|search|close|back to top|newsletter",
    r"copy (link|url)|you are here:?.*",
    # cookie and consent banners and their buttons
    r".*\b(we|this (site|website)|our (site|website)|we and our partners)\s+(use|uses)\s+"
    r"cookies\b.*",
    r".*\b(accept|reject|allow|manage|decline)( all)?( the)? cookies\b.*",
    r".*\bcookie (policy|settings|preferences|notice|consent|banner)\b.*",
    r".*\bby (continuing|using)( to (use|browse))? (this|our) (site|website)\b.*",
    r"we value your privacy.*|(manage|privacy) (preferences|options|settings|choices)",
    r"(accept|reject|agree|i agree|i accept|got it|ok|okay|allow all|accept all|reject all)[.!]?",
]
# Share/follow bars and navigation lines: several short items and nothing else.
_SOCIAL = (
    r"facebook|twitter|x|linkedin|whatsapp|e-?mail|reddit|pinterest|telegram|instagram|youtube|"
    r"tiktok|threads|bluesky|messenger|flipboard|copy link|print|share|follow|rss"
)
_SOCIAL_BAR = re.compile(
    rf"^\s*((share|follow)( (this|us|on))?:?\s*)?((?:{_SOCIAL})\b[\s|\u00b7\u2022,/]*){{2,}}$",
    re.IGNORECASE,
)
# "/" and ">" only with spaces around them: "Osentoski/USA Today" is a photo credit, not a menu.
_NAV_SEPARATOR = re.compile(r"\s*(?:\||\u00b7|\u2022|\u203a|\u00bb)\s*|\s+[/>]\s+")
_BOILERPLATE_RE = re.compile(r"^\s*(?:" + "|".join(_BOILERPLATE) + r")\s*$", re.IGNORECASE)
_MAX_BOILERPLATE_WORDS = 12
_MAX_NOTICE_WORDS = 60  # a cookie notice is a paragraph, not a line

_HEADLINE_LIST_HEADING = re.compile(
    r"^\s*(most (read|popular|viewed|shared|watched)|related( (articles?|stories|posts|news|"
    r"content|topics|links|coverage))?|more (on|from|in|about) .{0,40}|more (stories|news|"
    r"headlines)|top (stories|news|headlines)|latest (news|stories|headlines)|trending( now| "
    r"(stories|news))?|popular( (now|stories|articles))?|recommended( for you| (stories|reading|"
    r"articles))?|you (may|might) (also )?(like|be interested in)|editor'?s'? picks|"
    r"(don't|do not) miss|also in .{0,30}|elsewhere on .{0,30}|in other news|what to read next|"
    r"read next|around the (web|site))\s*:?\s*$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s+(\S.*)$")
_MAX_HEADLINE_WORDS = 20


def _nav_line(line: str) -> bool:
    """ "Home | News | Sport | Weather", "Home > World > Europe": short items, separators."""
    items = [p for p in _NAV_SEPARATOR.split(line.strip()) if p]
    separators = len(_NAV_SEPARATOR.findall(line.strip()))
    return separators >= 2 and len(items) >= 3 and all(len(p.split()) <= 3 for p in items)


def is_boilerplate(line: str) -> bool:
    words = len(line.split())
    if not words:
        return False
    if words <= _MAX_BOILERPLATE_WORDS and (
        _BOILERPLATE_RE.match(line)
        or _SOCIAL_BAR.match(line)
        or _nav_line(line)
        or _HEADLINE_LIST_HEADING.match(line)
    ):
        return True
    return (
        words <= _MAX_NOTICE_WORDS
        and bool(_BOILERPLATE_RE.match(line))
        and "cookie" in (line.lower())
    )


def _headline_like(line: str) -> bool:
    """Short, and not a sentence of the story: headlines carry no full stop at the end."""
    text = line.strip()
    words = len(text.split())
    return 0 < words <= _MAX_HEADLINE_WORDS and not text.endswith((".", "!", ":", ";", ","))


def _chrome_blocks(lines: list[str]) -> set[int]:
    """Indices of lines in headline lists: under a list heading, or numbered 1, 2, 3...."""
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        if _HEADLINE_LIST_HEADING.match(lines[i]):
            j, block = i + 1, [i]
            while j < len(lines):
                text = lines[j].strip()
                if text and not (_headline_like(text) or text.isdigit()):
                    break
                block.append(j)
                j += 1
            if any(lines[k].strip() for k in block[1:]):
                drop.update(block)
                i = j
                continue
        i += 1
    drop.update(_numbered_headlines(lines))
    return drop


def _numbered_headlines(lines: list[str]) -> set[int]:
    """Runs of three or more items numbered 1, 2, 3... that read as headlines (no full stop),
    written "1. Headline" or "1" on its own line above the headline. A list the story
    introduces (the line before ends with ":") is the story's own and stays."""
    found: set[int] = set()
    items: list[tuple[int, list[int], str]] = []  # (number, line indices, headline)

    def close():
        # Headlines run to several words and a "most read" list to ten at most: a longer list,
        # or one of names ("1 Roger Federer (Switzerland)"), is the story's own data.
        words = [len(h.split()) for _, _, h in items]
        if 3 <= len(items) <= 10 and sum(words) / len(words) >= 4.5:
            found.update(k for _, idx, _ in items for k in idx)
        items.clear()

    i = 0
    while i < len(lines):
        text = lines[i].strip()
        if not text:
            i += 1
            continue
        expected = items[-1][0] + 1 if items else 1
        number, headline, used = None, None, [i]
        match = _NUMBERED.match(text)
        if text.isdigit() and int(text) == expected:
            k = i + 1
            while k < len(lines) and not lines[k].strip():
                k += 1
            if k < len(lines):
                number, headline, used = expected, lines[k].strip(), list(range(i, k + 1))
        elif match and int(match.group(1)) == expected:
            number, headline = expected, match.group(2)
        if number is not None and headline and _headline_like(headline):
            if number == 1:
                close()
                before = next((t for t in map(str.strip, reversed(lines[:i])) if t), "")
                if before.endswith(":"):
                    i = used[-1] + 1
                    continue
            if number == 1 or items:
                items.append((number, used, headline))
                i = used[-1] + 1
                continue
        close()
        i += 1
    close()
    return found


# A column of finishing ranks ("Place", "Pos.", "Position", "Rank", "Finish")
_RANK_HEADER = re.compile(r"^\s*(?:place|pos\.?|position|rank|finish(?:ed)?)\s*$", re.IGNORECASE)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def render_rows(rows: list[list[tuple[str, bool]]]) -> list[str]:
    """One line per table row, reading on its own; `rows` are (cell text, is header) lists.

    With a header row, each cell is named by its column's header ("Seats: 14"); a header cell
    at the start of a row (or a first column whose header is empty) names the row instead
    ("Roads — 2024: 3.1m; 2025: 4.0m"). A two-column table without a header is read as
    "key: value". Otherwise cells are joined with "; ". Empty cells are left out.
    """
    rows = [r for r in rows if any(text for text, _ in r)]
    if not rows:
        return []
    header: list[str] | None = None
    if len(rows) > 1 and all(is_head for _, is_head in rows[0]):
        header = [text for text, _ in rows[0]]
        rows = rows[1:]
    lines = []
    for row in rows:
        names = header if header and len(row) == len(header) else None
        label = ""
        cells = list(enumerate(row))
        if cells and (cells[0][1][1] or (names and not names[0])) and len(cells) > 1:
            label, cells = cells[0][1][0], cells[1:]
        parts = []
        for i, (text, _) in cells:
            if not text:
                continue
            name = names[i] if names else ""
            if _RANK_HEADER.match(name) and re.fullmatch(r"\d{1,3}", text):
                # "Place: 2" as "Place: 2nd": a rank reads as one ("Who came second?")
                text = _ordinal(int(text))
            parts.append(f"{name}: {text}" if name and name != text else text)
        if not header and not label and len(row) == 2 and all(t for t, _ in row):
            lines.append(f"{row[0][0]}: {row[1][0]}")
        elif parts or label:
            body = "; ".join(parts)
            lines.append(f"{label} \u2014 {body}" if label and body else label or body)
    return lines


# A Markdown (GitHub) table's rule under its header: "|---|:---:|", "--- | ---"
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")


def _pipe_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [" ".join(cell.replace("\\|", "|").split()) for cell in re.split(r"(?<!\\)\|", inner)]


def render_pipe_tables(text: str) -> str:
    """`text` with each Markdown pipe table ("| Place | Name |", "|---|---|", "| 1 | Gethin
    Pryce |") written as one paragraph per row that reads on its own ("Place: 1; Name: Gethin
    Pryce"; `render_rows`), as an HTML page's tables are: a row of pipes is otherwise no
    sentence to find or cite, and page-chrome removal would take it for a navigation bar.
    A table is a header line over a rule line, or two or more lines that open and close with
    "|"; the rest of `text` is left as it is."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        ruled = (
            i + 1 < len(lines) and "|" in lines[i] and _TABLE_RULE.match(lines[i + 1])
            and "-" in lines[i + 1]
        )
        if ruled or (
            _PIPE_ROW.match(lines[i]) and i + 1 < len(lines) and _PIPE_ROW.match(lines[i + 1])
        ):
            rows = [[(cell, ruled) for cell in _pipe_cells(lines[i])]]
            j = i + 2 if ruled else i + 1
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                if not _TABLE_RULE.match(lines[j]):
                    rows.append([(cell, False) for cell in _pipe_cells(lines[j])])
                j += 1
            if out and out[-1].strip():
                out.append("")
            out.append("\n\n".join(render_rows(rows)))
            if j < len(lines) and lines[j].strip():
                out.append("")
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def clean_text(text: str) -> str:
    """Drop page chrome (see above), normalise line ends, write pipe tables as rows that read
    on their own (`render_pipe_tables`) and collapse runs of blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = render_pipe_tables(text)
    lines = text.split("\n")
    blocks = _chrome_blocks(lines)
    kept = [
        line.rstrip()
        for i, line in enumerate(lines)
        if i not in blocks and not is_boilerplate(line)
    ]
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    if not text.strip():
        # a file of front matter alone: there was never a body to clean
        raise SourceError("no article text (the file has no body); write the article below it")
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
    date_field: str = "published",
    pages: tuple[int, ...] = (),
) -> Article:
    """An Article with checked metadata. Text is cleaned of page chrome, unless `pages` is
    given: then it was cleaned page by page already and the page offsets must keep holding.
    `date_field` is the name the input gave the date ("date" in front matter), so an error
    names the field the user wrote."""
    return Article(
        id=id,
        title=optional_str(title, "title"),
        text=text if pages else clean_text(text),
        pages=pages,
        source=optional_str(source, "source"),
        published=normalise_date(published, date_field),
        url=optional_str(url, "url"),
        origin=origin,
    )
