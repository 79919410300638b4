"""Pure rendering for the page: an `Answer` or an `Article` in, escaped HTML or Markdown out.

Nothing here imports gradio, so all of it is unit-tested offline (tests/test_ui_render.py).
Article text is untrusted: every helper escapes it (`html.escape`) and adds markup only around
it, so an article holding `<script>` or `<img onerror=...>` shows those characters instead of
running them.

Ids the page's script relies on (see `ui.app.PAGE_JS`):
- a citation chip in a reply is `<a class="cite" href="#cite-T-N">`, T the turn, N the number;
- the cited sentence in the sources panel is `<mark id="cite-T-N">`, inside a `.src-card`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from rag.types import Answer, Article, Citation, Hit, IngestReport

CLOSEST_SHOWN = 3  # passages shown beside a refusal
EXCERPT_RADIUS = 240  # characters of context either side of a cited sentence in a card
NO_SOURCES = '<p class="hint">Sources for the latest answer appear here.</p>'
NO_ARTICLE = '<p class="hint">Open a source to read the whole article here.</p>'
UPLOAD_TYPES = (".txt", ".md", ".html", ".jsonl", ".pdf")
UPLOAD_ALIASES = (".markdown", ".htm")  # read by the same readers as .md and .html
MAX_LISTED = 1000  # rows sent to the corpus table and the remove list; filters narrow the rest

ArticleText = Callable[[str], "str | None"]


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def highlight(text: str, start: int | None, end: int | None) -> str:
    """`text` escaped, with text[start:end] wrapped in <mark>; no mark if the span is unusable."""
    text = text or ""
    if start is None or end is None or not (0 <= start < end <= len(text)):
        return esc(text)
    return f"{esc(text[:start])}<mark>{esc(text[start:end])}</mark>{esc(text[end:])}"


def marked(text: str, spans: Sequence[dict]) -> str:
    """`text` escaped with each span marked: a span is {start, end} plus optional `id` (the
    mark's element id), `label` (shown before the sentence, e.g. "1") and `strong` ((start, end)
    inside the span, shown bold: the short answer). Unusable or overlapping spans are skipped."""
    out, pos = [], 0
    for span in sorted(spans, key=lambda s: s["start"]):
        start, end = span["start"], span["end"]
        if not (pos <= start < end <= len(text)):
            continue
        out.append(esc(text[pos:start]))
        inner = esc(text[start:end])
        strong = span.get("strong")
        if strong and start <= strong[0] < strong[1] <= end:
            a, b = strong[0] - start, strong[1] - start
            sentence = text[start:end]
            inner = (f"{esc(sentence[:a])}<strong>{esc(sentence[a:b])}</strong>"
                     f"{esc(sentence[b:])}")
        attrs = f' id="{esc(span["id"])}"' if span.get("id") else ""
        attrs += f' class="{esc(span["kind"])}"' if span.get("kind") else ""
        label = f'<sup class="cite-n">[{esc(span["label"])}]</sup>' if span.get("label") else ""
        out.append(f"<mark{attrs}>{label}{inner}</mark>")
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def safe_url(url: str | None) -> str | None:
    """Only http(s) links become links: a `javascript:` URL in an article stays plain text."""
    if url and re.match(r"https?://[^\s]+$", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def meta_html(title: str | None, source: str | None, published: str | None, url: str | None,
              fallback_title: str = "") -> str:
    """Title, source, date and (when there is a safe one) a link, as escaped HTML."""
    meta = " · ".join(esc(x) for x in (source, published) if x)
    link = safe_url(url)
    parts = [f'<div class="src-title">{esc(title or fallback_title)}</div>']
    if meta:
        parts.append(f'<div class="src-meta">{meta}</div>')
    if link:
        parts.append(
            f'<div class="src-link"><a href="{esc(link)}" target="_blank" '
            f'rel="noopener noreferrer nofollow">{esc(link)}</a></div>'
        )
    elif url:
        parts.append(f'<div class="src-link">{esc(url)}</div>')
    return "".join(parts)


def window(text: str, start: int, end: int, radius: int = 300) -> tuple[str, int, int]:
    """About `radius` characters either side of text[start:end], cut at spaces, with ellipses."""
    lo, hi = excerpt_bounds(text, start, end, radius)
    prefix = "… " if lo > 0 else ""
    suffix = " …" if hi < len(text) else ""
    snippet = prefix + text[lo:hi] + suffix
    return snippet, start - lo + len(prefix), end - lo + len(prefix)


def excerpt_bounds(text: str, start: int, end: int, radius: int) -> tuple[int, int]:
    """[lo, hi) around text[start:end], about `radius` characters wider, cut at spaces."""
    lo, hi = max(0, start - radius), min(len(text), end + radius)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    return lo, hi


def excerpts(text: str, spans: Sequence[dict], radius: int = EXCERPT_RADIUS) -> str:
    """The parts of `text` around the spans, each span marked (see `marked`); windows that
    touch are merged, gaps shown as "…". One card shows every cited sentence of its article."""
    usable = sorted((s for s in spans if 0 <= s["start"] < s["end"] <= len(text)),
                    key=lambda s: s["start"])
    if not usable:
        return ""
    groups: list[list] = []  # [lo, hi, spans]
    for span in usable:
        lo, hi = excerpt_bounds(text, span["start"], span["end"], radius)
        if groups and lo <= groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], hi)
            groups[-1][2].append(span)
        else:
            groups.append([lo, hi, [span]])
    parts = []
    for lo, hi, group in groups:
        shifted = [{**s, "start": s["start"] - lo, "end": s["end"] - lo,
                    **({"strong": (s["strong"][0] - lo, s["strong"][1] - lo)}
                       if s.get("strong") else {})} for s in group]
        parts.append(marked(text[lo:hi], shifted))
    head = "… " if groups[0][0] > 0 else ""
    tail = " …" if groups[-1][1] < len(text) else ""
    return head + '<span class="gap"> … </span>'.join(parts) + tail


def source_card(label: str, head_html: str, passage_html: str, foot_html: str = "",
                card_id: str = "") -> str:
    attrs = f' id="{esc(card_id)}"' if card_id else ""
    return (
        f'<div class="src-card"{attrs}><div class="src-num">{esc(label)}</div>'
        f'<div class="src-body">{head_html}'
        f'<div class="src-passage">{passage_html}</div>{foot_html}</div></div>'
    )


def copies_html(citations: Sequence[Citation]) -> str:
    """"Also reported by" for near-duplicate copies of the story, found at ingestion."""
    seen, outlets = set(), []
    for c in citations:
        for copy in getattr(c, "also_reported_by", ()):
            if copy.article_id in seen:
                continue
            seen.add(copy.article_id)
            outlets.append(esc(", ".join(
                x for x in (copy.source or copy.title or copy.article_id, copy.published) if x)))
    return f'<div class="src-meta">Also reported by: {"; ".join(outlets)}</div>' if outlets \
        else ""


def passage_for(citation: Citation, passages: Sequence[Hit]) -> tuple[str, int] | None:
    """The retrieved passage holding the cited sentence, and its offset in the article."""
    for hit in passages:
        chunk = hit.chunk
        if chunk.article_id == citation.article_id and chunk.start <= citation.start \
                and citation.end <= chunk.end:
            return chunk.text, chunk.start
    return None


def short_span(answer: Answer, citation: Citation) -> tuple[int, int] | None:
    """Where the short answer sits inside this citation's sentence (article offsets), if it
    was taken from it."""
    short = answer.short_answer
    if short is None or short.n != citation.n or short.article_id != citation.article_id:
        return None
    if not citation.start <= short.start < short.end <= citation.end:
        return None
    # A yes/no answer ("Yes") points at its whole sentence: nothing in it to make bold.
    inside = citation.sentence[short.start - citation.start:short.end - citation.start]
    return (short.start, short.end) if inside == short.text else None


def citation_cards(answer: Answer, turn: int, article_text: ArticleText | None = None) -> list:
    """One card per cited article, first-cited first, with every cited sentence of it marked
    (id `cite-T-N`) and the short answer bold inside its sentence. Context comes from the
    article's text when at hand, else from the retrieved passage, else the sentence alone."""
    by_article: dict[str, list[Citation]] = {}
    for c in answer.citations:
        by_article.setdefault(c.article_id, []).append(c)
    cards = []
    for i, (article_id, cited) in enumerate(by_article.items()):
        spans = [{"start": c.start, "end": c.end, "id": f"cite-{turn}-{c.n}", "label": c.n,
                  "strong": short_span(answer, c)} for c in cited]
        text = article_text(article_id) if article_text else None
        body = excerpts(text, spans) if text else ""
        if not body:  # the article is gone or changed: use the passages, then the sentences
            pieces = []
            for c, span in zip(cited, spans, strict=True):
                found = passage_for(c, answer.passages)
                if found:
                    chunk_text, offset = found
                    local = {**span, "start": c.start - offset, "end": c.end - offset}
                    if span["strong"]:
                        local["strong"] = (span["strong"][0] - offset, span["strong"][1] - offset)
                    pieces.append(excerpts(chunk_text, [local]))
                else:
                    local = {**span, "start": 0, "end": len(c.sentence)}
                    if span["strong"]:
                        local["strong"] = (span["strong"][0] - c.start, span["strong"][1] - c.start)
                    pieces.append(marked(c.sentence, [local]))
            body = '<span class="gap"> … </span>'.join(pieces)
        first = cited[0]
        head = meta_html(first.title, first.source, first.published, first.url, article_id)
        pages = sorted({c.page for c in cited if c.page})
        if pages:  # a PDF: where to find the sentences on paper
            head += f'<div class="src-meta">{"p." if len(pages) == 1 else "pp."} ' \
                    f'{", ".join(map(str, pages))}</div>'

        numbers = " ".join(f"[{c.n}]" for c in cited)
        cards.append({
            "html": source_card(numbers, head, body, copies_html(cited), f"src-{turn}-{i}"),
            "article_id": article_id,
            "spans": [[c.start, c.end] for c in cited],
            "button": f"Open the whole article {numbers}",
        })
    return cards


def passage_cards(passages: Sequence[Hit]) -> list[dict]:
    """The closest passages beside a refusal, one card per article (its passages in article
    order, "…" between). Nothing in them is marked: none of it answers the question. Their
    "open" button shows the article with the passages shaded as "near", not as evidence."""
    by_article: dict[str, list[Hit]] = {}
    for hit in passages:
        by_article.setdefault(hit.chunk.article_id, []).append(hit)
    cards = []
    for article_id, hits in by_article.items():
        hits = sorted(hits, key=lambda h: h.chunk.start)
        first = hits[0]
        head = meta_html(first.title, first.source, first.published, first.url, article_id)
        body = '<span class="gap"> … </span>'.join(esc(h.chunk.text) for h in hits)
        cards.append({"html": source_card("·", head, body), "article_id": article_id,
                      "spans": [[h.chunk.start, h.chunk.end] for h in hits],
                      "button": "Open the article", "kind": "near"})
    return cards


def filters_refusal(answer: Answer) -> bool:
    """Did the date/source filters, not the evidence, leave nothing to answer from?"""
    return answer.refused and answer.refusal_reason == "filters"


CHIP_HINT = "Remove a filter chip beside the question to search all articles."


def refusal_html(answer: Answer) -> str:
    if filters_refusal(answer):  # the library's text names the filter and what is stored
        return f'<p class="refusal">{esc(answer.answer)} {esc(CHIP_HINT)}</p>'
    if not answer.passages:
        return (
            '<p class="refusal"><strong>No answer found in the articles.</strong> No passage '
            "matched at all.</p>"
        )
    return (
        '<p class="refusal"><strong>No answer found in the articles.</strong> '
        "These are the closest passages, so you can judge for yourself:</p>"
    )


def sources_view(answer: Answer, turn: int, article_text: ArticleText | None = None) -> dict:
    """What the sources panel shows for the answer of turn `turn`, as plain data: a header and
    cards, each with its HTML, its article and the spans its "open" button marks."""
    if answer.refused:
        cards = [] if filters_refusal(answer) else passage_cards(answer.passages[:CLOSEST_SHOWN])
        return {"turn": turn, "header": refusal_html(answer), "cards": cards}
    header = ""
    if len(answer.citations) > 0:
        header = f'<p class="hint">Sources of answer {turn + 1}.</p>'
    return {"turn": turn, "header": header, "cards": citation_cards(answer, turn, article_text)}


def title_heading_end(text: str, title: str | None) -> int:
    """Length of a leading markdown `# heading` that repeats the title (and the blank lines
    after it), so views can skip it; 0 when the text does not start that way."""
    if not title:
        return 0
    match = re.match(r"\s*#{1,6}\s+(.+?)\s*#*\s*(\n+|$)", text)
    if match and _same_words(match.group(1), title):
        return match.end()
    return 0


def _same_words(a: str, b: str) -> bool:
    words = lambda s: re.findall(r"\w+", s.lower())  # noqa: E731
    return words(a) == words(b)


def article_html(article: Article, spans: Sequence[Sequence[int]] = (), kind: str = "") -> str:
    """The whole article, escaped, with each [start, end) of `spans` marked in place (with
    class `kind`: "near" shades passages that do not answer); a leading `# heading` repeating
    the title is not shown twice."""
    skip = title_heading_end(article.text, article.title)
    if any(s[0] < skip for s in spans):
        skip = 0
    body = marked(article.text[skip:], [{"start": s[0] - skip, "end": s[1] - skip, "kind": kind}
                                        for s in spans])
    head = meta_html(article.title, article.source, article.published, article.url, article.id)
    return f'<div class="article">{head}<div class="article-text">{body}</div></div>'


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|~$])")


def chat_text(text: str) -> str:
    """Plain text made safe for the Chatbot's Markdown: Markdown punctuation backslash-escaped,
    then `& < >` as entities, so tags and links in an article show as the characters they are."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text or "")
    return html.escape(escaped, quote=False).replace("\n", "  \n")


_CITE = re.compile(r"\[(\d+)\]")


def with_chips(text: str, answer: Answer, turn: int) -> str:
    """`text` made safe (see `chat_text`) with each `[n]` of a known citation turned into a
    chip linking to its sentence in the sources panel; its title previews the sentence."""
    sentences = {c.n: c.sentence for c in answer.citations}
    out, pos = [], 0
    for m in _CITE.finditer(text):
        n = int(m.group(1))
        if n not in sentences:
            continue
        out.append(chat_text(text[pos:m.start()]))
        preview = sentences[n] if len(sentences[n]) <= 300 else sentences[n][:297] + "…"
        out.append(f'<a class="cite" href="#cite-{turn}-{n}" title="{esc(preview)}">[{n}]</a>')
        pos = m.end()
    out.append(chat_text(text[pos:]))
    return "".join(out)


def confidence_label(confidence: float | None) -> str:
    if confidence is None:
        return ""
    word = "high" if confidence >= 0.75 else "medium" if confidence >= 0.45 else "low"
    return f"confidence: {word} ({round(confidence * 100)}%)"


def reply_markdown(answer: Answer, turn: int) -> str:
    """The chat message for a finished answer: the short answer bold first, the text with
    clickable citation chips, the reply's notes, and a quiet confidence line. Sources live in
    the side panel."""
    notes = "".join(f"\n\n*Note: {chat_text(n)}*" for n in answer.notes)
    if answer.refused:
        if filters_refusal(answer):
            return f"{chat_text(answer.answer)}  \n*{chat_text(CHIP_HINT)}*" + notes
        if not answer.passages:
            return chat_text(answer.answer) + notes
        return (chat_text(answer.answer) + notes
                + "\n\n*The closest passages are listed under Sources.*")
    text = answer.answer
    short = answer.short_answer
    lead = ""
    if short is not None and short.text:
        # (a hard-wrapped article's "51\nseconds" is "51 seconds" in the reply)
        said = " ".join(short.text.split())
        if text.startswith(said):
            # "£412,000 [1]. The repairs…": the short answer's own chip stays after it.
            lead = f"**{chat_text(said)}**"
            text = text[len(said):]
        else:
            lead = f"**{chat_text(said)}**  \n"
    lines = [lead + with_chips(text, answer, turn) + notes]
    if answer.standalone_question and answer.standalone_question != answer.question:
        lines += ["", f"*Searched for: {chat_text(answer.standalone_question)}*"]
    confidence = confidence_label(answer.confidence)
    if confidence:
        lines += ["", f'<span class="confidence">{esc(confidence)}</span>']
    return "\n".join(lines)


def error_markdown(message: str) -> str:
    return "⚠️ " + chat_text(message)


# -- the corpus tab ---------------------------------------------------------------------------

ARTICLE_HEADERS = ["Title", "Source", "Date", "Chunks", "ID"]
RESULT_HEADERS = ["File", "Result", "Details"]


def article_rows(infos) -> list[list[str]]:
    return [[a.title or "", a.source or "", a.published or "", str(a.chunks), a.id] for a in infos]


def table_label(matching: int, total: int) -> str:
    label = f"Articles ({matching} shown of {total})"
    if matching > MAX_LISTED:
        label = f"Articles ({matching} match of {total}; the first {MAX_LISTED} are listed, " \
                "filter to narrow)"
    return label


def human_bytes(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{n / 1e3:.0f} KB"


def upload_problem(path: str | Path, max_bytes: int) -> str | None:
    """Why an uploaded file is refused before reading it, or None."""
    path = Path(path)
    if path.suffix.lower() not in UPLOAD_TYPES + UPLOAD_ALIASES:
        return (
            f"unsupported file type {path.suffix or '(none)'!r}; upload "
            f"{', '.join(UPLOAD_TYPES)} files"
        )
    size = path.stat().st_size
    if size > max_bytes:
        return f"file is {human_bytes(size)}, over the {human_bytes(max_bytes)} limit; split it"
    return None


def file_result(report: IngestReport, upload_dir: str = "") -> tuple[str, str]:
    """(result, details) for one uploaded file: added / updated / unchanged / failed; the
    details end with the ingest's notes (an article dated after today, an identical copy)."""
    stored = [(n, word) for n, word in ((report.added, "added"), (report.updated, "updated"),
                                        (report.unchanged, "unchanged")) if n]
    reasons = [f"{f.origin.replace(upload_dir, '') if upload_dir else f.origin}: {f.reason}"
               for f in report.failed]
    if not stored:
        return "failed", "; ".join(reasons) or "no articles found in the file"
    if reasons:
        result = "partly failed"
    elif len(stored) == 1:
        result = stored[0][1]
    else:
        result = "added" if report.added else "updated"
    details = ", ".join(f"{n} {word}" for n, word in stored)
    if reasons:
        details += f"; {len(reasons)} failed: " + "; ".join(reasons)
    # Notes are not failures, but the uploader should see them: a future date, a copy.
    notes = [n.message for n in getattr(report, "notes", ())]
    if notes:
        details += "; note: " + "; ".join(notes)
    return result, details


def example_questions(infos, k: int = 3) -> list[str]:
    """Questions about the newest stored articles, from their titles: what an empty chat
    offers, so the examples always match what is stored."""
    out, seen = [], set()
    for info in infos:
        title = (info.title or "").strip().rstrip(".?!:")
        if not title or title.lower() in seen or len(title) > 120:
            continue
        seen.add(title.lower())
        out.append(f"What happened: {title}?")
        if len(out) == k:
            break
    return out
