"""The browser chat: a Gradio page over `rag.api`, and nothing more.

    app = build_app(Rag(load_settings()))
    launch(app, rag.settings)          # http://127.0.0.1:7860

Retrieval, follow-up rewriting, evidence, refusal and citations all happen in `rag.api`; this
module wires events. What a reply or a source card looks like is `ui.render`; how a
conversation is kept in the browser is `ui.conversations`.

Rules the handlers keep:
- A user mistake (nothing chosen, a bad date) answers with one inline message next to its
  control and leaves every other component alone: no `gr.Error`, which marks *all* of an
  event's outputs as failed, and no traceback in the log, just one line.
- Controls that need a selection are disabled until there is one.
- The sources panel and the article viewer show the answer they belong to; a new answer,
  another conversation or a click on an earlier answer replaces them.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import tempfile
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rag.errors import RagError
from ui import conversations as convs
from ui.render import (
    ARTICLE_HEADERS,
    MAX_LISTED,
    NO_ARTICLE,
    NO_SOURCES,
    RESULT_HEADERS,
    UPLOAD_ALIASES,
    UPLOAD_TYPES,
    article_html,
    article_rows,
    chat_text,
    error_markdown,
    esc,
    example_questions,
    file_result,
    human_bytes,
    reply_markdown,
    sources_view,
    table_label,
    upload_problem,
)

if TYPE_CHECKING:  # gradio takes ~3 s to import; only building the page needs it
    import gradio as gr

    from rag.api import Rag
    from rag.config import Settings

# Gradio reads this when it is imported; it otherwise reports usage at launch.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

log = logging.getLogger(__name__)

FALLBACK_EXAMPLES = (
    "Who was replaced after the Kharkiv retreat?",
    "How much territory has Ukraine retaken?",
    "What did Zelensky ask foreign allies for?",
)
MAX_UPLOAD_FILES = 20
CHAT_CONCURRENCY = 4  # chats answered at once; uploads have their own single slot (see launch)
QUEUE_MAX = 64  # waiting requests beyond this get "queue full" instead of piling up
STORAGE_KEY = "newsrag-conversations"
PLACEHOLDER = "Ask about the articles…"
BUSY_PLACEHOLDER = "Answering… press Stop to cancel and ask something else"


def answerer_options(settings: Settings) -> tuple[list[str], str]:
    """(answerers that can run here, a note naming the others and why they cannot)."""
    from rag.answerers import available

    usable, missing = [], []
    for name, reason in available(settings):
        if reason:  # the first clause says what is missing; the rest is how to install it
            missing.append(f"{name} ({reason.split(' (')[0].split('. ')[0].rstrip('.')})")
        else:
            usable.append(name)
    note = ("Not available here: " + "; ".join(missing) + ".") if missing else ""
    return usable or ["extractive"], note


def browser_secret(settings: Settings) -> str:
    """The key the conversations in the browser are encrypted with. Kept in the data dir so
    they still open after a server restart (gradio's default is a new key per start)."""
    path = Path(settings.data_dir) / "ui-browser-secret"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        secret = secrets.token_urlsafe(24)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secret)
        path.chmod(0o600)
        return secret
    except OSError as err:  # a read-only data dir: conversations last until the restart
        log.warning("cannot keep the browser key in %s (%s)", path, err)
        return secrets.token_urlsafe(24)


def page_words(message: str) -> str:
    """The library names date filters as its parameters (since/until); the page calls the
    fields From and To, so a message names what the user typed into."""
    return message.replace("the since date", "the From date").replace("the until date",
                                                                       "the To date")


def scope_of(since: str | None, until: str | None, sources) -> dict:
    return {"since": (since or "").strip() or None, "until": (until or "").strip() or None,
            "sources": list(sources) if sources else None}


def export_path(conv: dict, folder: Path) -> str:
    """The conversation written as Markdown to `folder`; the download button serves it."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", conv["title"]).strip("-")[:40] or "conversation"
    path = folder / conv["id"] / f"{slug}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(convs.markdown(conv), encoding="utf-8")
    return str(path)


# ---------------------------------------------------------------------------------------------
# The page

CSS = """
/* Grey notes in neutral-500, not the theme's subdued grey (about 2.5:1 on white): 4.8:1. */
.hint, .confidence { color: var(--neutral-500); }
.src-card { display: flex; gap: .6em; padding: .6em; margin: .4em 0; border-radius: 8px;
            border: 1px solid var(--border-color-primary); scroll-margin: 1em; }
.src-card.flash { animation: flash 1.6s ease-out; }
@keyframes flash { 0%, 30% { background: #ffe9a8; border-color: #d97706; }
                   100% { background: transparent; } }
.src-num { font-weight: 700; min-width: 2.2em; }
.src-title { font-weight: 600; }
.src-meta, .src-link { font-size: .9em; color: var(--body-text-color); opacity: .85;
                       overflow-wrap: anywhere; }
.src-passage { margin-top: .4em; white-space: pre-wrap; line-height: 1.5; }
.src-passage .gap { color: var(--body-text-color-subdued); }
.refusal { padding: .5em; border-left: 4px solid #d97706; }
mark { background: #ffe066; color: #000; padding: 0 .1em; border-radius: 2px; }
mark.near { background: #e5e7eb; }
mark .cite-n { font-weight: 700; margin-right: .2em; }
a.cite { display: inline-block; padding: 0 .35em; margin: 0 0 0 .15em; border-radius: 999px;
         background: var(--color-accent-soft); color: var(--body-text-color) !important;
         font-size: .85em; font-weight: 600; text-decoration: none !important; cursor: pointer; }
a.cite:hover { background: #ffe066; color: #000 !important; }
.confidence { font-size: .8em; }
#article-view .article-text { white-space: pre-wrap; max-height: 50vh; overflow-y: auto;
                              margin-top: .6em; line-height: 1.5; }
/* Gradio's columns wrap (flex-wrap): with a max height, overflow would become a second column
   off to the right. The sources scroll inside their column instead. */
#sources-col { max-height: calc(100vh - 120px); overflow-y: auto; position: sticky; top: 8px;
               flex-wrap: nowrap; }
#sources-col > * { flex-shrink: 0; }
#title h2 { margin: 0; }
#scope { gap: .4em; flex-wrap: wrap; align-items: center; min-height: 0; }
#scope button { flex: 0 0 auto; min-width: 0; border-radius: 999px; }
.inline-msg p { margin: .2em 0; color: #b45309; font-weight: 500; }
.inline-ok p { margin: .2em 0; }
#article-preview .article-text { white-space: pre-wrap; max-height: 50vh; overflow-y: auto;
                                 margin-top: .6em; line-height: 1.5; }
@media (max-width: 700px) {
  #sources-col { max-height: none; position: static; }
}
"""

# Citation chips: a click scrolls the sources panel to the cited sentence and flashes its card.
# The click also reaches the chat message, whose select event shows that answer's sources when
# another answer's are shown, so the target may appear a moment later: wait for it.
PAGE_JS = """
() => {
  const reach = (id, tries) => {
    const mark = document.getElementById(id);
    if (!mark) { if (tries > 0) setTimeout(() => reach(id, tries - 1), 100); return; }
    mark.scrollIntoView({block: 'center', behavior: 'smooth'});
    const card = mark.closest('.src-card');
    if (!card) return;
    card.classList.remove('flash');
    void card.offsetWidth;  // restart the animation
    card.classList.add('flash');
  };
  // On a phone the conversation list would cover the chat: start with it closed there.
  const closeOnPhone = (tries) => {
    const bar = document.querySelector('#sidebar');
    if (!bar) { if (tries > 0) setTimeout(() => closeOnPhone(tries - 1), 100); return; }
    const toggle = bar.querySelector('.toggle-button');
    if (window.innerWidth < 768 && bar.classList.contains('open') && toggle) toggle.click();
  };
  closeOnPhone(100);
  document.addEventListener('click', (event) => {
    const chip = event.target.closest ? event.target.closest('a.cite') : null;
    if (!chip) return;
    event.preventDefault();
    reach(decodeURIComponent((chip.getAttribute('href') || '#').slice(1)), 60);
  }, true);
}
"""

_SCROLL_TO_MARK = """() => { setTimeout(() => {
  const m = document.querySelector('#article-view mark');
  if (m) m.scrollIntoView({block: 'center', behavior: 'smooth'});
}, 150); }"""


def _theme():
    import gradio as gr

    # System fonts: the default theme fetches web fonts from Google, which a local page needs not.
    return gr.themes.Default(
        font=["ui-sans-serif", "system-ui", "sans-serif"],
        font_mono=["ui-monospace", "monospace"],
    )


def build_app(rag: Rag, settings: Settings | None = None) -> gr.Blocks:
    """The chat, its sources, the conversation list, the corpus tab and the settings."""
    import gradio as gr  # see the TYPE_CHECKING note above

    settings = settings or rag.settings
    answerers, answerer_note = answerer_options(settings)
    exports = Path(tempfile.mkdtemp(prefix="newsrag-export-"))

    def mistake(where: str, message: str) -> str:
        """An inline message for a user mistake, and one log line instead of a traceback."""
        log.info("%s: %s", where, message)
        return message

    # -- rendering the current conversation ----------------------------------------------------

    def article_text(article_id: str) -> str | None:
        try:
            return rag.article(article_id).text
        except RagError:
            return None

    def messages_for(store: dict) -> list[dict]:
        out = []
        for i, turn in enumerate(convs.turns(store)):
            answer = convs.answer_from_json(turn["answer"])
            out.append({"role": "user", "content": chat_text(turn["question"])})
            out.append({"role": "assistant",
                        "content": reply_markdown(answer, i)})
        return out

    def view_for(store: dict, turn: int | None = None) -> dict | None:
        turns = convs.turns(store)
        if not turns:
            return None
        turn = len(turns) - 1 if turn is None or not 0 <= turn < len(turns) else turn
        answer = convs.answer_from_json(turns[turn]["answer"])
        return sources_view(answer, turn, article_text)

    def listing(store: dict) -> tuple:
        """[conversation list, title box, rename, delete, export] for the open conversation."""
        conv = convs.current(store)
        has = conv is not None
        return (
            gr.update(choices=convs.choices(store), value=store.get("current")),
            gr.update(value=conv["title"] if has else "", interactive=has),
            gr.update(interactive=has),
            gr.update(interactive=has),
            gr.update(value=export_path(conv, exports) if has else None, interactive=has),
        )

    def show(store: dict) -> tuple:
        """Everything that follows the open conversation: [store, chatbot, sources, article
        viewer] + `listing`."""
        return (store, messages_for(store), view_for(store), NO_ARTICLE, *listing(store))

    # -- asking ----------------------------------------------------------------------------

    def begin(question: str):
        """Runs at once (no queue): takes the question and turns Ask into Stop."""
        question = (question or "").strip()
        if not question:
            return (gr.skip(), "", gr.skip(), gr.skip(),
                    mistake("ask", "Type a question first."))
        return (gr.update(value="", interactive=False, placeholder=BUSY_PLACEHOLDER), question,
                gr.update(visible=False), gr.update(visible=True), "")

    def respond(question, store, answerer, top_k, since, until, sources):
        """Streams the answer into the chat; stores the turn when it is complete."""
        if not question:
            yield gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        store = convs.load(store)
        turn = len(convs.turns(store))
        messages = messages_for(store) + [
            {"role": "user", "content": chat_text(question)},
            {"role": "assistant", "content": "…"},
        ]
        searching = {"turn": turn, "header": '<p class="hint">Searching the articles…</p>',
                     "cards": []}
        yield messages, gr.skip(), searching, NO_ARTICLE
        scope = scope_of(since, until, sources)
        text = ""
        try:
            stream = rag.stream_ask(
                question,
                history=convs.history(store),
                answerer=answerer or None,
                top_k=int(top_k) if top_k else None,
                since=scope["since"],
                until=scope["until"],
                sources=scope["sources"],
            )
            for piece in stream:
                text += piece
                messages[-1] = {"role": "assistant", "content": chat_text(text)}
                yield messages, gr.skip(), gr.skip(), gr.skip()
            answer = stream.answer()
        except RagError as err:  # bad filter, empty store, model down: the message says what to do
            log.info("ask %r: %s", question, err)
            messages[-1] = {"role": "assistant", "content": error_markdown(page_words(str(err)))}
            yield messages, gr.skip(), None, gr.skip()
            return
        except Exception:  # a bug: say so in the chat rather than leave "…" spinning
            log.exception("answering %r failed", question)
            messages[-1] = {"role": "assistant",
                            "content": "⚠️ Something went wrong; the server log has the details."}
            yield messages, gr.skip(), None, gr.skip()
            return
        store = convs.add_turn(store, question, answer, scope)
        yield (messages_for(store), store,
               sources_view(answer, turn, article_text), NO_ARTICLE)

    def settle(store):
        """After an answer (or an error): Stop back to Ask, the input open, the list fresh."""
        return (gr.update(interactive=True, placeholder=PLACEHOLDER), gr.update(visible=True),
                gr.update(visible=False), *listing(convs.load(store)))

    def stopped(store, question):
        """Stop: the partial reply goes, the question comes back to the input to edit."""
        store = convs.load(store)
        return (
            messages_for(store), view_for(store),
            gr.update(value=question, interactive=True, placeholder=PLACEHOLDER),
            gr.update(visible=True), gr.update(visible=False),
            "Stopped; the question is back in the box.",
        )

    def select_turn(store, evt: gr.SelectData):
        """A click on a message shows that answer's sources."""
        index = evt.index[0] if isinstance(evt.index, list | tuple) else evt.index
        if not isinstance(index, int):
            return gr.skip(), gr.skip()
        view = view_for(convs.load(store), index // 2)
        return view, NO_ARTICLE

    def pick_example(evt: gr.SelectData) -> str:
        return evt.value["text"] if isinstance(evt.value, dict) else str(evt.value)

    def open_article(article_id: str, spans: list, kind: str) -> str:
        try:
            return article_html(rag.article(article_id), spans, kind)
        except RagError as err:
            log.info("open %s: %s", article_id, err)
            return f'<p class="hint">{esc(err)}</p>'

    def open_button(card: dict) -> None:
        """A button under a source card; its click shows the article, cited sentences marked."""
        button = gr.Button(card["button"], size="sm", elem_classes="open-article")
        button.click(
            partial(open_article, card["article_id"], card["spans"], card.get("kind", "")), None,
            article_view, api_visibility="private",
        ).then(None, js=_SCROLL_TO_MARK, api_visibility="private")

    # -- conversations ---------------------------------------------------------------------

    def restore(store):
        return show(convs.load(store))

    def new_conversation(store):
        return show(convs.open_conversation(convs.load(store), None))

    def open_saved(store, conv_id):
        return show(convs.open_conversation(convs.load(store), conv_id))

    def rename_current(store, title):
        store = convs.load(store)
        conv = convs.current(store)
        if conv is None or not (title or "").strip():
            message = mistake("rename", "Open a conversation and type its new title first.")
            return gr.skip(), gr.skip(), message, gr.skip()
        store = convs.rename(store, conv["id"], title)
        return (store, gr.update(choices=convs.choices(store), value=conv["id"]), "Renamed.",
                export_path(convs.current(store), exports))

    def delete_current(store):
        store = convs.load(store)
        conv = convs.current(store)
        if conv is None:
            return (*[gr.skip()] * 9, mistake("delete", "Open a conversation to delete first."))
        return (*show(convs.delete(store, conv["id"])), f"Deleted “{chat_text(conv['title'])}”.")

    # -- scope chips -------------------------------------------------------------------------

    def chips(since, until, sources):
        scope = scope_of(since, until, sources)
        return (
            gr.update(value=f"From {scope['since']} ✕", visible=bool(scope["since"])),
            gr.update(value=f"To {scope['until']} ✕", visible=bool(scope["until"])),
            gr.update(value=f"Sources: {', '.join(scope['sources'] or [])} ✕",
                      visible=bool(scope["sources"])),
        )

    # -- the corpus ------------------------------------------------------------------------

    def corpus_view(source, since, until):
        """The article table and every choice that depends on what is stored: [table,
        remove pick, chat source filter, corpus source filter, chat examples, filter note]."""
        everything = rag.articles()
        note = ""
        try:
            shown = rag.articles(source=source or None, since=(since or "").strip() or None,
                                 until=(until or "").strip() or None)
        except RagError as err:
            note = mistake("filter", page_words(str(err)))
            shown = None
        listed = (everything if shown is None else shown)[:MAX_LISTED]
        names = sorted({a.source for a in everything if a.source})
        table = gr.skip() if shown is None else gr.update(
            value={"data": article_rows(listed), "headers": ARTICLE_HEADERS},
            label=table_label(len(shown), len(everything)),
        )
        removable = [(f"{a.title or a.id} ({a.id})", a.id) for a in listed]
        examples = example_questions(everything) or list(FALLBACK_EXAMPLES)
        return (
            table,
            gr.update(choices=removable, value=None),
            gr.update(choices=names),
            gr.update(choices=[("All sources", "")] + [(n, n) for n in names]),
            gr.update(examples=[{"text": q} for q in examples]),
            note,
        )

    def no_undo():
        return None, gr.update(visible=False)

    def filter_corpus(source, since, until):
        return (*corpus_view(source, since, until), *no_undo())

    def ingest_files(paths, source, since, until, progress=gr.Progress()):  # noqa: B008
        if not paths:
            return (gr.skip(), gr.skip(), *[gr.skip()] * 6,
                    mistake("ingest", "Choose one or more files to upload first."),
                    gr.skip(), gr.skip())
        if len(paths) > MAX_UPLOAD_FILES:
            return (gr.skip(), gr.skip(), *[gr.skip()] * 6,
                    mistake("ingest", f"Upload at most {MAX_UPLOAD_FILES} files at a time."),
                    gr.skip(), gr.skip())
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
        failed = sum(1 for r in rows if r[1] == "failed")
        status = f"{n - failed} of {n} files stored." if failed else f"{n} files stored."
        return ({"data": rows, "headers": RESULT_HEADERS}, None,
                *corpus_view(source, since, until), status, *no_undo())

    def pick_row(evt: gr.SelectData, data):
        """A click on a table row previews that article and picks it for removal."""
        row = evt.index[0] if isinstance(evt.index, list | tuple) else None
        try:
            rows = data.values.tolist() if hasattr(data, "values") else data["data"]
            article_id = rows[row][ARTICLE_HEADERS.index("ID")]
        except (TypeError, IndexError, KeyError):
            return gr.skip(), gr.skip()
        return preview(article_id), gr.update(value=article_id)

    def preview(article_id) -> str:
        if not article_id:
            return '<p class="hint">Click an article in the table to read it here.</p>'
        try:
            return article_html(rag.article(article_id))
        except RagError as err:
            return f'<p class="hint">{esc(err)}</p>'

    def picked(article_id):
        return gr.update(interactive=bool(article_id)), preview(article_id), \
            gr.update(visible=False)

    def ask_removal(article_id):
        if not article_id:
            return gr.skip(), mistake("remove", "Pick an article to remove first.")
        return gr.update(visible=True), f"Remove **{chat_text(article_id)}** from the store?"

    def remove_article(article_id, source, since, until):
        if not article_id:
            return (gr.update(visible=False), mistake("remove", "Pick an article to remove."),
                    *[gr.skip()] * 6, gr.skip(), gr.skip(), gr.skip())
        try:
            article = rag.article(article_id)
            chunks = rag.forget(article_id)
        except RagError as err:
            log.info("remove %s: %s", article_id, err)
            return (gr.update(visible=False), "⚠️ " + chat_text(str(err)),
                    *[gr.skip()] * 6, gr.skip(), gr.skip(), gr.skip())
        status = f"Removed {chat_text(article_id)} ({chunks} chunks)."
        return (gr.update(visible=False), status, *corpus_view(source, since, until),
                article, gr.update(visible=True), preview(None))

    def undo_removal(article, source, since, until):
        if article is None:
            return (mistake("undo", "Nothing to undo."), *[gr.skip()] * 6, None,
                    gr.update(visible=False))
        try:
            rag.ingest_articles([article])
        except RagError as err:
            log.info("undo %s: %s", article.id, err)
            return ("⚠️ " + chat_text(str(err)), *[gr.skip()] * 6, gr.skip(), gr.skip())
        return (f"Restored {chat_text(article.id)}.", *corpus_view(source, since, until),
                None, gr.update(visible=False))

    # Gradio passes event data to a parameter annotated with it; a postponed (string)
    # annotation could not name this function-local import, so set the real class.
    for handler in (select_turn, pick_example, pick_row):
        handler.__annotations__["evt"] = gr.SelectData

    # -- layout ---------------------------------------------------------------------------

    with gr.Blocks(title="News questions", analytics_enabled=False,
                   delete_cache=(3600, 3600)) as app:
        store = gr.BrowserState(convs.empty_store(), storage_key=STORAGE_KEY,
                                secret=browser_secret(settings))
        view = gr.State(None)  # sources_view() of the answer the panel shows
        # The question being answered: a hidden textbox, not a State, so the /ask API takes it.
        pending = gr.Textbox(visible=False, elem_id="pending")
        removed = gr.State(None)  # the Article removed last, until the next corpus action

        with gr.Sidebar(label="Conversations", open=True, elem_id="sidebar"):
            new = gr.Button("New conversation", elem_id="new-chat", size="sm")
            saved = gr.Radio([], label="Conversations", elem_id="conversations",
                             info="Kept in this browser.")
            title_box = gr.Textbox(label="Title", max_lines=1, elem_id="conv-title",
                                   interactive=False)
            with gr.Row():
                rename = gr.Button("Rename", size="sm", elem_id="rename", interactive=False)
                delete = gr.Button("Delete", size="sm", variant="stop", elem_id="delete",
                                   interactive=False)
            export = gr.DownloadButton("Export as Markdown", size="sm", elem_id="export",
                                       interactive=False)
            conv_status = gr.Markdown(elem_classes="inline-ok", elem_id="conv-status")

        gr.Markdown("## Ask the news <span class='hint' style='font-size:.6em;font-weight:400'>"
                    "answers quote the articles and cite the exact sentence</span>",
                    elem_id="title")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=320, elem_id="chat-col"):
                        chatbot = gr.Chatbot(
                            label="Conversation", elem_id="chat", height="62vh",
                            examples=[{"text": q} for q in FALLBACK_EXAMPLES],
                            latex_delimiters=[], allow_tags=False, sanitize_html=True,
                            feedback_options=None, buttons=["copy"],
                        )
                        with gr.Row():
                            question = gr.Textbox(
                                show_label=False, placeholder=PLACEHOLDER,
                                max_lines=4, scale=5, elem_id="question", max_length=2000,
                            )
                            ask = gr.Button("Ask", variant="primary", scale=1, elem_id="ask",
                                            min_width=80)
                            stop = gr.Button("Stop", variant="stop", scale=1, elem_id="stop",
                                             visible=False, min_width=80)
                        with gr.Row(elem_id="scope"):
                            since_chip = gr.Button("", size="sm", visible=False,
                                                   elem_id="chip-since")
                            until_chip = gr.Button("", size="sm", visible=False,
                                                   elem_id="chip-until")
                            sources_chip = gr.Button("", size="sm", visible=False,
                                                     elem_id="chip-sources")
                        chat_status = gr.Markdown(elem_classes="inline-msg",
                                                  elem_id="chat-status")
                        with gr.Accordion("Settings", open=False, elem_id="settings"):
                            answerer = gr.Dropdown(
                                answerers, label="Answerer", elem_id="answerer",
                                value=settings.answerer if settings.answerer in answerers
                                else answerers[0],
                                info="extractive quotes the best sentences; a model answerer "
                                     "phrases them, and only what the articles support is "
                                     "kept. " + answerer_note,
                            )
                            top_k = gr.Slider(1, max(20, settings.top_k), step=1,
                                              value=settings.top_k, label="Passages",
                                              info="How many retrieved passages are read for "
                                                   "an answer; more is slower.")
                            with gr.Row():
                                since = gr.Textbox(label="From", placeholder="YYYY-MM-DD",
                                                   elem_id="since",
                                                   info="Articles published on or after")
                                until = gr.Textbox(label="To", placeholder="YYYY-MM-DD",
                                                   elem_id="until",
                                                   info="…and on or before")
                            sources = gr.Dropdown([], multiselect=True, label="Sources",
                                                  elem_id="sources",
                                                  info="Only these outlets; none = all")
                    with gr.Column(scale=2, min_width=300, elem_id="sources-col"):
                        gr.Markdown("### Sources")

                        @gr.render(inputs=view)
                        def show_sources(shown):
                            if not shown:
                                gr.HTML(NO_SOURCES, elem_classes="sources")
                                return
                            if shown["header"]:
                                gr.HTML(shown["header"], elem_classes="sources")
                            for card in shown["cards"]:
                                gr.HTML(card["html"], elem_classes="sources")
                                open_button(card)

                        article_view = gr.HTML(NO_ARTICLE, elem_id="article-view")

            with gr.Tab("Corpus", id="corpus"):
                with gr.Row():
                    f_source = gr.Dropdown([("All sources", "")], value="", label="Source")
                    f_since = gr.Textbox(label="From", placeholder="YYYY-MM-DD",
                                         elem_id="f-since")
                    f_until = gr.Textbox(label="To", placeholder="YYYY-MM-DD", elem_id="f-until")
                    f_apply = gr.Button("Filter", scale=0, elem_id="f-apply")
                f_status = gr.Markdown(elem_classes="inline-msg", elem_id="filter-status")
                # Widths in pixels: on a narrow screen the table scrolls sideways rather than
                # squeezing columns until words break letter by letter.
                table = gr.Dataframe(headers=ARTICLE_HEADERS, datatype="str",
                                     interactive=False, elem_id="articles", wrap=True,
                                     label="Articles (click one to read it)", show_label=True,
                                     column_widths=["300px", "180px", "110px", "80px", "230px"],
                                     max_height=380)
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=320):
                        article_preview = gr.HTML(
                            '<p class="hint">Click an article in the table to read it here.</p>',
                            elem_id="article-preview")
                    with gr.Column(scale=2, min_width=280):
                        remove_pick = gr.Dropdown([], label="Article to remove",
                                                  elem_id="remove-pick",
                                                  info="Or click its row in the table.")
                        remove = gr.Button("Remove article", variant="stop", elem_id="remove",
                                           interactive=False)
                        with gr.Row(visible=False, elem_id="confirm-row") as confirm_row:
                            confirm = gr.Button("Yes, remove it", variant="stop", size="sm",
                                                elem_id="confirm-remove")
                            cancel = gr.Button("Cancel", size="sm", elem_id="cancel-remove")
                        remove_status = gr.Markdown(elem_id="remove-status")
                        undo = gr.Button("Undo the removal", size="sm", visible=False,
                                         elem_id="undo")
                with gr.Row(equal_height=False):
                    with gr.Column(min_width=280):
                        upload = gr.File(
                            label=f"Add articles ({' '.join(UPLOAD_TYPES)}; up to "
                                  f"{human_bytes(settings.max_file_bytes)} each)",
                            file_count="multiple", file_types=list(UPLOAD_TYPES + UPLOAD_ALIASES),
                            elem_id="upload",
                        )
                        ingest = gr.Button("Ingest files", variant="primary", elem_id="ingest",
                                           interactive=False)
                        ingest_status = gr.Markdown(elem_classes="inline-msg",
                                                    elem_id="ingest-status")
                    with gr.Column(min_width=280):
                        results = gr.Dataframe(headers=RESULT_HEADERS, datatype="str",
                                               interactive=False, elem_id="ingest-results",
                                               wrap=True, label="Upload results",
                                               column_widths=["180px", "110px", "320px"])

        # -- events ---------------------------------------------------------------------------
        shown = [store, chatbot, view, article_view, saved, title_box, rename, delete, export]
        app.load(restore, [store], shown, api_visibility="private")

        asked = gr.on(
            [question.submit, ask.click], begin, [question],
            [question, pending, ask, stop, chat_status], queue=False, api_visibility="private",
        )
        answering = asked.then(
            respond, [pending, store, answerer, top_k, since, until, sources],
            [chatbot, store, view, article_view], api_name="ask",
            concurrency_limit=CHAT_CONCURRENCY, concurrency_id="chat",
            # A stopped answer stays "running" in the browser; with the default trigger mode
            # ("once") the next question would then be skipped. The input is disabled while
            # an answer runs, so "multiple" cannot stack answers.
            trigger_mode="multiple",
        )
        answering.then(settle, [store], [question, ask, stop, saved, title_box, rename, delete,
                                         export], api_visibility="private")
        example_answering = chatbot.example_select(
            pick_example, None, question, api_visibility="private",
        ).then(
            begin, [question], [question, pending, ask, stop, chat_status], queue=False,
            api_visibility="private",
        ).then(
            respond, [pending, store, answerer, top_k, since, until, sources],
            [chatbot, store, view, article_view], api_visibility="private",
            concurrency_limit=CHAT_CONCURRENCY, concurrency_id="chat", trigger_mode="multiple",
        )
        example_answering.then(settle, [store], [question, ask, stop, saved, title_box, rename,
                                                 delete, export], api_visibility="private")
        stop.click(stopped, [store, pending],
                   [chatbot, view, question, ask, stop, chat_status],
                   cancels=[answering, example_answering], queue=False,
                   api_visibility="private")
        chatbot.select(select_turn, [store], [view, article_view], api_visibility="private")

        new.click(new_conversation, [store], shown, api_name="new_conversation")
        # The chat's own clear (bin) button starts a new conversation too.
        chatbot.clear(new_conversation, [store], shown, api_visibility="private")
        saved.input(open_saved, [store, saved], shown, api_visibility="private")
        rename.click(rename_current, [store, title_box], [store, saved, conv_status, export],
                     api_visibility="private")
        title_box.submit(rename_current, [store, title_box],
                         [store, saved, conv_status, export], api_visibility="private")
        delete.click(delete_current, [store], shown + [conv_status], api_visibility="private")

        gr.on([since.change, until.change, sources.change], chips, [since, until, sources],
              [since_chip, until_chip, sources_chip], queue=False, api_visibility="private")
        since_chip.click(lambda: "", None, since, queue=False, api_visibility="private")
        until_chip.click(lambda: "", None, until, queue=False, api_visibility="private")
        sources_chip.click(lambda: [], None, sources, queue=False, api_visibility="private")

        filters = [f_source, f_since, f_until]
        views = [table, remove_pick, sources, f_source, chatbot, f_status]
        app.load(corpus_view, filters, views, api_visibility="private")
        f_apply.click(filter_corpus, filters, views + [removed, undo], api_name="articles",
                      concurrency_id="corpus")
        upload.change(lambda paths: (gr.update(interactive=bool(paths)), ""), upload,
                      [ingest, ingest_status], queue=False, api_visibility="private")
        # One upload at a time, in its own queue slot, so it never takes a chat's place.
        ingest.click(ingest_files, [upload] + filters,
                     [results, upload] + views + [ingest_status, removed, undo],
                     api_name="ingest", concurrency_limit=1, concurrency_id="ingest",
                     show_progress_on=results)
        table.select(pick_row, [table], [article_preview, remove_pick],
                     api_visibility="private")
        remove_pick.change(picked, remove_pick, [remove, article_preview, confirm_row],
                           queue=False, api_visibility="private")
        remove.click(ask_removal, remove_pick, [confirm_row, remove_status], queue=False,
                     api_visibility="private")
        cancel.click(lambda: (gr.update(visible=False), ""), None, [confirm_row, remove_status],
                     queue=False, api_visibility="private")
        confirm.click(remove_article, [remove_pick] + filters,
                      [confirm_row, remove_status] + views + [removed, undo, article_preview],
                      api_name="remove", concurrency_id="corpus")
        undo.click(undo_removal, [removed] + filters, [remove_status] + views + [removed, undo],
                   api_name="undo_remove", concurrency_id="corpus")
    return app


def launch(app: gr.Blocks, settings: Settings, *, host: str = "127.0.0.1", port: int = 7860,
           auth: tuple[str, str] | None = None, block: bool = True, routes: Sequence = ()):
    """Start the page. Queueing is set here on purpose: chats share CHAT_CONCURRENCY workers,
    uploads one of their own, and at most QUEUE_MAX requests wait.

    `routes` (Starlette routes, e.g. the /v1 API's) are part of the server's app before it
    listens, ahead of Gradio's own: no request can reach the port before they answer."""
    app.queue(default_concurrency_limit=CHAT_CONCURRENCY, max_size=QUEUE_MAX)
    return app.launch(
        app_kwargs={"routes": list(routes)},  # FastAPI(routes=...): Gradio adds its own after
        server_name=host, server_port=port, auth=auth, share=False, quiet=True,
        prevent_thread_lock=not block, ssr_mode=False, pwa=False, mcp_server=False,
        enable_monitoring=False, show_error=False, max_file_size=settings.max_file_bytes,
        footer_links=["api"], theme=_theme(), css=CSS, js=PAGE_JS,
    )
