"""Plain text and markdown, with optional YAML front matter (id, title, date, source, url)."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from rag.sources.common import SourceError, article_id_for, decode, make_article
from rag.types import Article

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(.*?)\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
_KNOWN_FIELDS = {"id", "title", "date", "published", "source", "url", "author", "tags"}
_OPENER = re.compile(r"\A---[ \t]*\n")
_FIELD_LINE = re.compile(r"[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)")


def split_front_matter(text: str, path: Path) -> tuple[dict, str]:
    """(fields, body) of a text whose first line is `---` and whose fields end at the next `---`
    line; ({}, text) without front matter. Line ends must already be "\n".

    Raises SourceError for front matter that is opened but never closed (its fields would
    otherwise be read as the article's text and its date lost), invalid YAML, a field given twice,
    an impossible date or unknown fields.
    A leading `---` followed by prose, not `key: value`, is a markdown rule, not front matter.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        last = _unclosed_fields(text)
        if last:
            raise SourceError(
                "front matter opened at line 1 is never closed with ---; add a line '---' after "
                f"its last field (line {last}), or remove the opening '---'"
            )
        return {}, text
    import yaml  # only files with front matter pay for it

    try:
        meta = yaml.load(
            _headline_colons_quoted(match.group(1) or ""), Loader=_front_matter_loader()
        ) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        # An unclosed quote or bracket is found where the text runs out, lines below the
        # field that opened it: the field's line is the one to fix.
        opened = getattr(err, "context_mark", None)
        if opened is not None and (mark is None or opened.line <= mark.line):
            mark = opened
        where = f" (line {mark.line + 2})" if mark else ""
        hint = _yaml_hint(match.group(1) or "", mark.line if mark else None)
        if opened is not None and "quoted scalar" in str(getattr(err, "context", "")):
            hint = "the quote opened on this line is never closed; close it or remove it"
        raise SourceError(f"front matter is not valid YAML{where}: {hint}") from None
    if not isinstance(meta, dict):
        raise SourceError("front matter must be 'key: value' lines between --- markers")
    _check_text_comments(match.group(1) or "")
    unknown = set(meta) - _KNOWN_FIELDS
    if unknown:
        raise SourceError(
            f"unknown front matter field(s) {', '.join(sorted(map(str, unknown)))}; "
            f"use {', '.join(sorted(_KNOWN_FIELDS))}"
        )
    return meta, text[match.end() :]


# A prose field whose unquoted value holds ": ", which YAML reads as a second mapping:
# "title: Stowbridge in brief: library, market, bridge"
_COLON_IN_PROSE = re.compile(
    r"^(?P<key>title|source|author)[ \t]*:[ \t]+(?P<value>(?![\"'\[{|>&*!%@`])[^\n]*?: [^\n]*?)"
    r"[ \t]*$",
    re.MULTILINE,
)


def _headline_colons_quoted(fields: str) -> str:
    """`fields` (front matter's text) with each prose field's unquoted value that holds ": "
    quoted for YAML, as a user means it: headlines have colons ("title: Stowbridge in brief:
    library, market, bridge"). Other fields stay as written, strict YAML."""
    return _COLON_IN_PROSE.sub(
        lambda m: f"{m.group('key')}: {json.dumps(m.group('value'), ensure_ascii=False)}", fields
    )


@functools.cache
def _front_matter_loader() -> type:
    """A safe YAML loader for front matter that names the line and field of what it rejects.

    PyYAML's safe loader keeps the last of two equal keys without a word (a second `date:`
    would silently replace the first) and rejects an unquoted impossible day (2025-13-45) with
    a bare ValueError; both become a SourceError naming the file's line and the field. Lines
    count from the file's first line (the opening `---` is line 1)."""
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        def construct_mapping(self, node, deep=False):
            if not isinstance(node, yaml.MappingNode):
                return super().construct_mapping(node, deep=deep)
            seen: dict = {}
            mapping = {}
            for key_node, value_node in node.value:
                key = self.construct_object(key_node, deep=True)
                line = key_node.start_mark.line + 2
                if key in seen:
                    raise SourceError(
                        f"front matter line {line}: field {key!r} is given twice (first at "
                        f"line {seen[key]}); keep one"
                    )
                seen[key] = line
                try:
                    mapping[key] = self.construct_object(value_node, deep=deep)
                except ValueError as err:
                    # YAML reads an unquoted 2024-02-30 as a timestamp; the calendar rejects it.
                    raise SourceError(
                        f"front matter line {line}: field {key!r} holds an impossible date "
                        f"{value_node.value!r} ({err}); write a real day as YYYY-MM-DD"
                    ) from None
            return mapping

    FrontMatterLoader.add_constructor(
        yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, FrontMatterLoader.construct_mapping
    )
    return FrontMatterLoader


# Fields whose value is prose a reader sees: a " #" in one is meant as text ("#oldest"), but
# YAML starts a comment there and drops the rest without a word.
_TEXT_FIELDS = ("title", "source", "author")


def _check_text_comments(block: str) -> None:
    """Raise SourceError naming the line and field when an unquoted title, source or author
    holds " #" (`block` is the text between the --- markers; lines count from the opening ---
    as line 1). A comment after a date or an id stays allowed."""
    for i, line in enumerate(block.splitlines()):
        field = re.match(rf"({'|'.join(_TEXT_FIELDS)})[ \t]*:[ \t]*(.*?)\s*$", line)
        if not field or field.group(2)[:1] in ("'", '"') or not re.search(r"\s#", field.group(2)):
            continue
        kept, dropped = re.split(r"\s+#", field.group(2), maxsplit=1)
        value = field.group(2).replace('"', '\\"')
        raise SourceError(
            f"front matter line {i + 2}: in the value of '{field.group(1)}', YAML reads ' #' as "
            f"the start of a comment, so the {field.group(1)} would be {kept.strip()!r} without "
            f"'#{dropped}'; put the value in quotes to keep it: "
            f'{field.group(1)}: "{value}", or remove the comment'
        )


def _yaml_hint(block: str, line: int | None) -> str:
    """What to do about front matter YAML cannot read, from the line it stopped at (0-based in
    `block`, the text between the --- markers; this line or the one before): a value that
    holds ": " ("title: Flood: homes hit rises") must be quoted, so the error names the field
    and shows it quoted."""
    lines = block.splitlines()
    for i in (line, (line or 0) - 1) if line is not None else ():
        if not 0 <= i < len(lines):
            continue
        field = re.match(r"\s*([\w-]+):\s*(.*?)\s*$", lines[i])
        if field and re.search(r":\s|:$|\s#", field.group(2)) and field.group(2)[:1] not in "\"'":
            value = field.group(2).replace('"', '\\"')
            return (
                f"the value of '{field.group(1)}' holds a ': ' or ' #'; put it in quotes: "
                f'{field.group(1)}: "{value}"'
            )
    return (
        "fix or remove it (a value that holds ': ' or ' #', or starts with a quote, '[' or "
        "'{', must be put in quotes)"
    )


def _unclosed_fields(text: str) -> int | None:
    """The line number of the last field of front matter that has no closing `---`; None when
    the text does not open with `---` and a `key: value` line."""
    lines = text.split("\n")
    first = next((line for line in lines[1:] if line.strip()), "")
    if not _OPENER.match(text) or not _FIELD_LINE.match(first):
        return None
    last = 1
    for n, line in enumerate(lines[1:], start=2):
        # a field, a value continued on an indented line, a YAML list item or comment
        if _FIELD_LINE.match(line) or line[:1] in (" ", "\t", "#") or line.startswith("- "):
            last = n if line.strip() else last
        elif line.strip():
            break
    return last


_NAME_DATE = re.compile(r"^((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)")


def _date_in_name(path: Path) -> str | None:
    """The date a file name starts with ("2024-05-01-tokyo.txt" -> "2024-05-01"), for a file
    without a date in front matter; None when it has none or it is no real day."""
    m = _NAME_DATE.match(path.name)
    if not m:
        return None
    try:
        return date(*map(int, m.groups())).isoformat()
    except ValueError:
        return None


# A first line standing alone, then a blank line and the story: a headline as news copy
# pasted from a page has it
_FIRST_LINE = re.compile(r"[ \t]*([^\n]{3,160}?)[ \t]*\n[ \t]*\n(?=\s*\S)")
_HEADLINE_WORDS = 20


def headline(body: str) -> tuple[str | None, str]:
    """(headline, the rest) for a plain-text article whose first line is a headline, else
    (None, body). A headline is one line of 2 to 20 words, set off by a blank line, that ends
    with no stop, colon or comma ("Councillors approve 320 homes at Mill Lane despite
    objections"); a first line that is a sentence ("The river rose two metres."), a byline ("By
    Jane Smith"), a list item or a question stays in the text."""
    first = _FIRST_LINE.match(body)
    if first is None:
        return None, body
    line = first.group(1)
    words = line.split()
    if (
        not 2 <= len(words) <= _HEADLINE_WORDS
        or line[-1] in ".!?:;,"
        or re.match(r"(?:[-*•#>]|\d+[.)]|by\s)", line, re.IGNORECASE)
    ):
        return None, body
    return line, body[first.end() :]


def read_text_file(path: Path, max_bytes: int = 0) -> Iterator[Article]:
    # "\r\n" (Windows) and "\r" line ends read like "\n", so front matter is found in them too.
    text = decode(path.read_bytes()).replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_front_matter(text, path)
    title = meta.get("title")
    if title is None and path.suffix.lower() in (".md", ".markdown"):
        heading = re.match(r"\s*#\s+(.+)\n", body)
        if heading:
            title, body = heading.group(1).strip(), body[heading.end() :]
    elif title is None:
        title, body = headline(body)
    yield make_article(
        id=article_id_for(path, meta.get("id") and str(meta["id"])),
        text=body,
        title=title,
        source=meta.get("source"),
        published=meta.get("published", meta.get("date")) or _date_in_name(path),
        date_field="published" if "published" in meta else "date",
        url=meta.get("url"),
        origin=str(path),
    )
