"""The browser chat: a Gradio page over `rag.api`, and nothing more.

    app = build_app(Rag(load_settings()))
    launch(app, rag.settings)          # http://127.0.0.1:7860

Retrieval, follow-up rewriting, evidence, refusal and citations all happen in `rag.api`; this
module only turns an `Answer` into text and HTML. Article text is untrusted: every helper below
escapes it (`html.escape`) and adds markup only around it, so an article holding `<script>` or
`<img onerror=...>` shows those characters instead of running them.
"""

from __future__ import annotations

import html
import logging
import os
import re
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rag.errors import RagError
from rag.types import Answer, Article, Citation, Hit, IngestReport

if TYPE_CHECKING:  # gradio takes ~3 s to import; only building the page needs it
    import gradio as gr

    from rag.api import Rag
    from rag.config import Settings

# Gradio reads this when it is imported; it otherwise reports usage at launch.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

log = logging.getLogger(__name__)

EXAMPLES = (
    "Who was replaced after the Kharkiv retreat?",
    "How much territory has Ukraine retaken?",
    "What did Zelensky ask foreign allies for?",
)
UPLOAD_TYPES = (".txt", ".md", ".html", ".jsonl")
UPLOAD_ALIASES = (".markdown", ".htm")  # read by the same readers as .md and .html
MAX_UPLOAD_FILES = 20
MAX_LISTED = 1000  # rows sent to the corpus table and the remove list; filters narrow the rest
MAX_HISTORY_TURNS = 10  # turns kept per browser session; the library decides how many it uses
CLOSEST_SHOWN = 3  # passages shown beside a refusal
CHAT_CONCURRENCY = 4  # chats answered at once; uploads have their own single slot (see launch)
QUEUE_MAX = 64  # waiting requests beyond this get "queue full" instead of piling up
NO_SOURCES = '<p class="hint">Sources for the latest answer appear here.</p>'
NO_ARTICLE = '<p class="hint">Open a source to read the whole article here.</p>'
ARTICLE_HEADERS = ["Title", "Source", "Date", "Chunks", "ID"]
RESULT_HEADERS = ["File", "Result", "Details"]

# ---------------------------------------------------------------------------------------------
# Pure rendering helpers: text in, escaped HTML or Markdown out. Unit-tested without gradio.


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def highlight(text: str, start: int | None, end: int | None) -> str:
    """`text` escaped, with text[start:end] wrapped in <mark>; no mark if the span is unusable."""
    text = text or ""
    if start is None or end is None or not (0 <= start < end <= len(text)):
        return esc(text)
    return f"{esc(text[:start])}<mark>{esc(text[start:end])}</mark>{esc(text[end:])}"


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


def passage_for(citation: Citation, passages: Sequence[Hit]) -> tuple[str, int, int] | None:
    """The retrieved passage holding the cited sentence, and the sentence's offsets inside it."""
    for hit in passages:
        chunk = hit.chunk
        if chunk.article_id == citation.article_id and chunk.start <= citation.start \
                and citation.end <= chunk.end:
            return chunk.text, citation.start - chunk.start, citation.end - chunk.start
    return None


def window(text: str, start: int, end: int, radius: int = 300) -> tuple[str, int, int]:
    """About `radius` characters either side of text[start:end], cut at spaces, with ellipses."""
    lo, hi = max(0, start - radius), min(len(text), end + radius)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    prefix = "… " if lo > 0 else ""
    suffix = " …" if hi < len(text) else ""
    snippet = prefix + text[lo:hi] + suffix
    return snippet, start - lo + len(prefix), end - lo + len(prefix)


def source_card(label: str, head_html: str, passage_html: str, foot_html: str = "") -> str:
    return (
        f'<div class="src-card"><div class="src-num">{esc(label)}</div>'
        f'<div class="src-body">{head_html}'
        f'<div class="src-passage">{passage_html}</div>{foot_html}</div></div>'
    )


def citation_card(citation: Citation, passage: tuple[str, int, int] | None) -> str:
    """One numbered source: its article's title, source, date, link, and the passage with the
    cited sentence marked (or the sentence alone when the passage is not at hand)."""
    head = meta_html(citation.title, citation.source, citation.published, citation.url,
                     citation.article_id)
    body = highlight(*passage) if passage else f"<mark>{esc(citation.sentence)}</mark>"
    foot = ""
    copies = getattr(citation, "also_reported_by", ())
    if copies:  # near-duplicate copies of the same story, found at ingestion
        outlets = "; ".join(
            esc(", ".join(x for x in (c.source or c.title or c.article_id, c.published) if x))
            for c in copies
        )
        foot = f'<div class="src-meta">Also reported by: {outlets}</div>'
    return source_card(f"[{citation.n}]", head, body, foot)


def passage_card(hit: Hit) -> str:
    """A closest passage shown beside a refusal: nothing in it is marked as the answer."""
    head = meta_html(hit.title, hit.source, hit.published, hit.url, hit.chunk.article_id)
    return source_card("·", head, esc(hit.chunk.text))


def refusal_html(passages: int) -> str:
    if not passages:
        return (
            '<p class="refusal"><strong>No answer found in the articles.</strong> No passage '
            "matched at all: check the date and source filters under Settings.</p>"
        )
    return (
        '<p class="refusal"><strong>No answer found in the articles.</strong> '
        "These are the closest passages, so you can judge for yourself:</p>"
    )


def sources_view(answer: Answer, article_text: Callable[[str], str | None] | None = None) -> dict:
    """What the sources panel shows for an answer, as plain data (gradio State hashes it):
    an optional header and cards, each with its HTML and the span its button opens."""
    if answer.refused:
        cards = [
            {"html": passage_card(hit), "article_id": hit.chunk.article_id,
             "start": hit.chunk.start, "end": hit.chunk.end, "button": "Open the article"}
            for hit in answer.passages[:CLOSEST_SHOWN]
        ]
        return {"header": refusal_html(len(cards)), "cards": cards}
    cards = []
    for c in answer.citations:
        passage = passage_for(c, answer.passages)
        if passage is None and article_text is not None:  # not among the passages: cut one
            text = article_text(c.article_id)
            passage = window(text, c.start, c.end) if text else None
        cards.append({"html": citation_card(c, passage), "article_id": c.article_id,
                      "start": c.start, "end": c.end, "button": f"Open the whole article [{c.n}]"})
    return {"header": "", "cards": cards}


def article_html(article: Article, start: int | None = None, end: int | None = None) -> str:
    """The whole article, escaped, with text[start:end] marked in place."""
    head = meta_html(article.title, article.source, article.published, article.url, article.id)
    return (
        f'<div class="article">{head}<div class="article-text">'
        f"{highlight(article.text, start, end)}</div></div>"
    )


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|~$])")


def chat_text(text: str) -> str:
    """Plain text made safe for the Chatbot's Markdown: Markdown punctuation backslash-escaped,
    then `& < >` as entities, so tags and links in an article show as the characters they are."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text or "")
    return html.escape(escaped, quote=False).replace("\n", "  \n")


def answer_markdown(answer: Answer) -> str:
    """The chat message for a finished answer: the text, then its numbered sources."""
    if answer.refused:
        if not answer.passages:  # e.g. the filters excluded every article: nothing was searched
            return chat_text(answer.answer)
        return (
            chat_text(answer.answer)
            + "\n\n*The closest passages found are listed under Sources.*"
        )
    lines = [chat_text(answer.answer), ""]
    if answer.standalone_question and answer.standalone_question != answer.question:
        lines[1:1] = ["", f"*Searched for: {chat_text(answer.standalone_question)}*"]
    for c in answer.citations:
        meta = ", ".join(x for x in (c.source, c.published) if x)
        lines.append(
            f"\\[{c.n}\\] {chat_text(c.title or c.article_id)}"
            + (f" — {chat_text(meta)}" if meta else "")
            + "  "
        )
    return "\n".join(lines).rstrip()


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
    """(result, details) for one uploaded file: added / updated / unchanged / failed."""
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
    return result, details


def answerer_choices() -> list[str]:
    """Answerer names from the library (the list grows there, not here)."""
    from rag import api

    return list(api.answerers()) or ["extractive"]


# ---------------------------------------------------------------------------------------------
# The page

CSS = """
.hint { color: var(--body-text-color-subdued); }
.src-card { display: flex; gap: .6em; padding: .6em; margin: .4em 0;
            border: 1px solid var(--border-color-primary); border-radius: 8px; }
.src-num { font-weight: 700; min-width: 2em; }
.src-title { font-weight: 600; }
.src-meta, .src-link { font-size: .9em; color: var(--body-text-color-subdued);
                       overflow-wrap: anywhere; }
.src-passage { margin-top: .4em; white-space: pre-wrap; }
.refusal { padding: .5em; border-left: 4px solid #d97706; }
mark { background: #ffe066; color: #000; padding: 0 .1em; }
#article-view .article-text { white-space: pre-wrap; max-height: 60vh; overflow-y: auto;
                              margin-top: .6em; line-height: 1.5; }
"""


def _theme():
    import gradio as gr

    # System fonts: the default theme fetches web fonts from Google, which a local page needs not.
    return gr.themes.Default(
        font=["ui-sans-serif", "system-ui", "sans-serif"],
        font_mono=["ui-monospace", "monospace"],
    )


def build_app(rag: Rag, settings: Settings | None = None) -> gr.Blocks:
    """The chat, its sources, the corpus tab and the settings, over one `Rag`."""
    import gradio as gr  # see the TYPE_CHECKING note above

    settings = settings or rag.settings
    answerers = answerer_choices()

    # -- handlers: each calls rag.api and renders; no retrieval or answer logic here ------------

    def respond(question, messages, history, answerer, top_k, since, until, sources):
        question = (question or "").strip()
        if not question:
            yield gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        messages = list(messages or []) + [
            {"role": "user", "content": chat_text(question)},
            {"role": "assistant", "content": "…"},
        ]
        yield "", messages, history, None
        text = ""
        try:
            stream = rag.stream_ask(
                question,
                history=list(history or []),
                answerer=answerer or None,
                top_k=int(top_k) if top_k else None,
                since=(since or "").strip() or None,
                until=(until or "").strip() or None,
                sources=list(sources) if sources else None,
            )
            for piece in stream:
                text += piece
                messages[-1] = {"role": "assistant", "content": chat_text(text)}
                yield gr.skip(), messages, gr.skip(), gr.skip()
            answer = stream.answer()
        except RagError as err:  # bad filter, empty store, model down: the message says what to do
            messages[-1] = {"role": "assistant", "content": "⚠️ " + chat_text(str(err))}
            yield gr.skip(), messages, history, None
            return
        except Exception:  # a bug: say so in the chat rather than leave "…" spinning
            log.exception("answering %r failed", question)
            messages[-1] = {"role": "assistant",
                            "content": "⚠️ Something went wrong; the server log has the details."}
            yield gr.skip(), messages, history, None
            return
        messages[-1] = {"role": "assistant", "content": answer_markdown(answer)}
        # The whole Answer is kept: its sources resolve a later "he" its text may not name.
        history = (list(history or []) + [(question, answer)])[-MAX_HISTORY_TURNS:]
        yield gr.skip(), messages, history, sources_view(answer, article_text)

    def article_text(article_id: str) -> str | None:
        try:
            return rag.article(article_id).text
        except RagError:
            return None

    def pick_example(evt) -> str:
        return evt.value["text"] if isinstance(evt.value, dict) else str(evt.value)

    # Gradio passes event data to a parameter annotated with it; a postponed (string)
    # annotation could not name this function-local import, so set the real class.
    pick_example.__annotations__["evt"] = gr.SelectData

    def open_article(article_id: str, start: int | None, end: int | None) -> str:
        try:
            return article_html(rag.article(article_id), start, end)
        except RagError as err:
            return f'<p class="hint">{esc(err)}</p>'

    def open_button(article_id: str, start: int | None, end: int | None, label: str) -> None:
        """A button under a source card; its click shows the article with the span marked."""
        button = gr.Button(label, size="sm", elem_classes="open-article")
        button.click(
            partial(open_article, article_id, start, end), None, article_view,
            api_visibility="private",
        ).then(None, js=_SCROLL_TO_MARK, api_visibility="private")

    def corpus_view(source, since, until):
        """The article table and the choices that depend on what is stored."""
        everything = rag.articles()
        try:
            shown = rag.articles(source=source or None, since=(since or "").strip() or None,
                                 until=(until or "").strip() or None)
        except RagError as err:
            gr.Warning(str(err))
            shown = None
        listed = (everything if shown is None else shown)[:MAX_LISTED]
        names = sorted({a.source for a in everything if a.source})
        table = gr.skip() if shown is None else gr.update(
            value={"data": article_rows(listed), "headers": ARTICLE_HEADERS},
            label=table_label(len(shown), len(everything)),
        )
        removable = [(f"{a.title or a.id} ({a.id})", a.id) for a in listed]
        return (
            table,
            gr.update(choices=removable, value=None),
            gr.update(choices=names),
            gr.update(choices=[("All sources", "")] + [(n, n) for n in names]),
        )

    def ingest_files(paths, source, since, until, progress=gr.Progress()):  # noqa: B008
        if not paths:
            raise gr.Error("Choose one or more files to upload first.")
        if len(paths) > MAX_UPLOAD_FILES:
            raise gr.Error(f"Upload at most {MAX_UPLOAD_FILES} files at a time.")
        rows, n = [], len(paths)
        for i, path in enumerate(paths):
            name = Path(path).name
            progress((i, n), desc=f"Ingesting {name}", unit="files")
            problem = upload_problem(path, settings.max_file_bytes)
            if problem:
                rows.append([name, "failed", problem])
                continue

            def step(done, total, i=i, name=name):
                share = done / total if total else 0.0
                progress((i + share) / n, desc=f"Ingesting {name} ({done}/{total or '?'})")

            try:
                # An upload lands in a new temporary folder each time, so its origin never
                # matches the stored one: uploading a file again replaces its article.
                report = rag.ingest([path], progress=step, replace=True)
            except RagError as err:
                rows.append([name, "failed", str(err)])
                continue
            except Exception:  # a bug, not the user's file: say so, keep the rest going
                log.exception("ingesting %s failed", name)
                rows.append([name, "failed", "internal error; see the server log"])
                continue
            rows.append([name, *file_result(report, str(Path(path).parent) + os.sep)])
        progress((n, n), desc="Done", unit="files")
        return ({"data": rows, "headers": RESULT_HEADERS}, None,
                *corpus_view(source, since, until))

    def remove_article(article_id, source, since, until):
        if not article_id:
            raise gr.Error("Pick an article to remove first.")
        try:
            chunks = rag.forget(article_id)
            status = f"Removed {chat_text(article_id)} ({chunks} chunks)."
        except RagError as err:
            status = "⚠️ " + chat_text(str(err))
        return (status, *corpus_view(source, since, until))

    # -- layout -------------------------------------------------------------------------------

    with gr.Blocks(title="News questions", analytics_enabled=False,
                   delete_cache=(3600, 3600)) as app:
        history = gr.State([])  # (question, answer) pairs of this browser session
        latest = gr.State(None)  # sources_view() of the latest answer
        gr.Markdown("## Ask the news\nAnswers quote the articles and cite the exact sentence.")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(
                            label="Conversation", elem_id="chat", height=460,
                            examples=[{"text": q} for q in EXAMPLES],
                            latex_delimiters=[], allow_tags=False, sanitize_html=True,
                            feedback_options=None, buttons=["copy"],
                        )
                        with gr.Row():
                            question = gr.Textbox(
                                show_label=False, placeholder="Ask about the articles…",
                                max_lines=4, scale=5, elem_id="question", max_length=2000,
                            )
                            ask = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                        new = gr.Button("New conversation", size="sm", elem_id="new-chat")
                        with gr.Accordion("Settings", open=False, elem_id="settings"):
                            answerer = gr.Dropdown(
                                answerers, label="Answerer",
                                value=settings.answerer if settings.answerer in answerers
                                else answerers[0],
                            )
                            top_k = gr.Slider(1, max(20, settings.top_k), step=1,
                                              value=settings.top_k, label="Passages")
                            with gr.Row():
                                since = gr.Textbox(label="From", placeholder="YYYY-MM-DD")
                                until = gr.Textbox(label="To", placeholder="YYYY-MM-DD")
                            sources = gr.Dropdown([], multiselect=True,
                                                  label="Sources (none chosen = all)")
                    with gr.Column(scale=2):
                        gr.Markdown("### Sources")

                        @gr.render(inputs=latest)
                        def show_sources(view):
                            if not view:
                                gr.HTML(NO_SOURCES, elem_classes="sources")
                                return
                            if view["header"]:
                                gr.HTML(view["header"], elem_classes="sources")
                            for card in view["cards"]:
                                gr.HTML(card["html"], elem_classes="sources")
                                open_button(card["article_id"], card["start"], card["end"],
                                            card["button"])

                        article_view = gr.HTML(NO_ARTICLE, elem_id="article-view")

            with gr.Tab("Corpus", id="corpus"):
                with gr.Row():
                    f_source = gr.Dropdown([("All sources", "")], value="", label="Source")
                    f_since = gr.Textbox(label="From", placeholder="YYYY-MM-DD")
                    f_until = gr.Textbox(label="To", placeholder="YYYY-MM-DD")
                    f_apply = gr.Button("Filter", scale=0)
                table = gr.Dataframe(headers=ARTICLE_HEADERS, datatype="str", interactive=False,
                                     elem_id="articles", wrap=True, label="Articles",
                                     show_label=True, column_widths=["38%", "22%", "11%", "8%",
                                                                     "21%"])
                with gr.Row():
                    with gr.Column():
                        upload = gr.File(
                            label=f"Add articles ({' '.join(UPLOAD_TYPES)}; up to "
                                  f"{human_bytes(settings.max_file_bytes)} each)",
                            file_count="multiple", file_types=list(UPLOAD_TYPES + UPLOAD_ALIASES),
                            elem_id="upload",
                        )
                        ingest = gr.Button("Ingest files", variant="primary", elem_id="ingest")
                        results = gr.Dataframe(headers=RESULT_HEADERS, datatype="str",
                                               interactive=False, elem_id="ingest-results",
                                               wrap=True, label="Upload results",
                                               column_widths=["30%", "16%", "54%"])
                    with gr.Column():
                        remove_pick = gr.Dropdown([], label="Article to remove",
                                                  elem_id="remove-pick")
                        remove = gr.Button("Remove article", variant="stop", elem_id="remove")
                        remove_status = gr.Markdown()

        # -- events ---------------------------------------------------------------------------
        ask_inputs = [question, chatbot, history, answerer, top_k, since, until, sources]
        ask_outputs = [question, chatbot, history, latest]
        gr.on([question.submit, ask.click], respond, ask_inputs, ask_outputs, api_name="ask",
              concurrency_limit=CHAT_CONCURRENCY, concurrency_id="chat")
        chatbot.example_select(pick_example, None, question, api_visibility="private").then(
            respond, ask_inputs, ask_outputs, api_visibility="private",
            concurrency_limit=CHAT_CONCURRENCY, concurrency_id="chat",
        )
        new.click(lambda: ([], [], None, "", NO_ARTICLE), None,
                  [chatbot, history, latest, question, article_view], api_name="new_conversation")
        # The chat's own clear (bin) button starts a new conversation too.
        chatbot.clear(lambda: ([], None, NO_ARTICLE), None, [history, latest, article_view],
                      api_visibility="private")

        filters = [f_source, f_since, f_until]
        views = [table, remove_pick, sources, f_source]
        gr.on([app.load, f_apply.click], corpus_view, filters, views, api_name="articles",
              concurrency_id="corpus")
        # One upload at a time, in its own queue slot, so it never takes a chat's place.
        ingest.click(ingest_files, [upload] + filters, [results, upload] + views,
                     api_name="ingest", concurrency_limit=1, concurrency_id="ingest",
                     show_progress_on=results)
        remove.click(remove_article, [remove_pick] + filters, [remove_status] + views,
                     api_name="remove", concurrency_id="corpus")
    return app


_SCROLL_TO_MARK = """() => { setTimeout(() => {
  const m = document.querySelector('#article-view mark');
  if (m) m.scrollIntoView({block: 'center', behavior: 'smooth'});
}, 150); }"""


def launch(app: gr.Blocks, settings: Settings, *, host: str = "127.0.0.1", port: int = 7860,
           auth: tuple[str, str] | None = None, block: bool = True):
    """Start the page. Queueing is set here on purpose: chats share CHAT_CONCURRENCY workers,
    uploads one of their own, and at most QUEUE_MAX requests wait."""
    app.queue(default_concurrency_limit=CHAT_CONCURRENCY, max_size=QUEUE_MAX)
    return app.launch(
        server_name=host, server_port=port, auth=auth, share=False, quiet=True,
        prevent_thread_lock=not block, ssr_mode=False, pwa=False, mcp_server=False,
        enable_monitoring=False, show_error=False, max_file_size=settings.max_file_bytes,
        footer_links=["api"], theme=_theme(), css=CSS,
    )
