"""The page's rendering helpers and stored conversations, offline: escaping, highlight
offsets, citation chips and cards, the JSON kept in the browser, upload results.

The last tests build the whole page over the fake models and ask through its API, to check
the wiring (no browser; tests/test_ui_browser.py does that).
"""

from __future__ import annotations

import json
import socket
from dataclasses import replace

import pytest

from rag.answer import REFUSAL
from rag.types import (
    Answer,
    Article,
    Chunk,
    Citation,
    Hit,
    IngestFailure,
    IngestNote,
    IngestReport,
    ShortAnswer,
)
from tests.conftest import CORPUS
from ui import app as page
from ui import conversations as convs
from ui import render as ui
from ui.cli import is_loopback, parse_auth

HOSTILE = '<script>window.__pwned=2</script> and <img src=x onerror="window.__pwned=1">'
TEXT = "First sentence here. " + HOSTILE + " is quoted. Last sentence & more."


def citation(start: int, end: int, text: str = TEXT, **kw) -> Citation:
    fields = dict(n=1, article_id="a1", title="T <b>1</b>", source="S", published="2024-01-02",
                  url=None, sentence=text[start:end], start=start, end=end, score=1.0)
    fields.update(kw)
    return Citation(**fields)


def hit(start: int, end: int, text: str = TEXT, article_id: str = "a1") -> Hit:
    chunk = Chunk(f"{article_id}:0", article_id, 0, text[start:end], start, end)
    return Hit(chunk=chunk, score=1.0, title="T", source="S", published="2024-01-02")


def assert_inert(markup: str) -> None:
    """No tag from the article survives: its `<` arrive as `&lt;`, so nothing can open."""
    lowered = markup.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<b>" not in lowered


def test_highlight_marks_exactly_the_span_and_escapes_everything():
    start = TEXT.index("<script>")
    end = TEXT.index(" is quoted")
    out = ui.highlight(TEXT, start, end)
    assert_inert(out)
    before, rest = out.split("<mark>")
    marked, after = rest.split("</mark>")
    assert before == "First sentence here. "
    assert marked == ui.esc(HOSTILE)
    assert after == " is quoted. Last sentence &amp; more."


@pytest.mark.parametrize("span", [(None, None), (5, 5), (10, 3), (-1, 4), (0, len(TEXT) + 1)])
def test_highlight_without_a_usable_span_marks_nothing(span):
    out = ui.highlight(TEXT, *span)
    assert "<mark>" not in out and out == ui.esc(TEXT)


def test_highlight_offsets_are_characters_not_bytes():
    text = "Zelensky’s “speed” — ok. Berdnikov was replaced."
    start = text.index("Berdnikov")
    out = ui.highlight(text, start, len(text))
    assert "<mark>Berdnikov was replaced.</mark>" in out


@pytest.mark.parametrize(
    "url, linked",
    [("https://example.org/a?b=1&c=2", True), ("http://x.y", True),
     ("javascript:alert(1)", False), ("data:text/html,<b>x</b>", False),
     ("https://a b", False), (None, False), ("  JavaScript:alert(1)", False)],
)
def test_only_http_links_become_links(url, linked):
    assert (ui.safe_url(url) is not None) is linked
    head = ui.meta_html("t", "s", None, url)
    assert ('href="' in head) is linked
    if url and not linked:
        assert ui.esc(url.strip()) in head  # shown as text
    if linked:
        assert 'href="https://example.org/a?b=1&amp;c=2"' in head or "x.y" in head


def test_passage_for_finds_the_chunk_and_its_offset():
    start, end = TEXT.index("<script>"), TEXT.index(" is quoted")
    hits = [hit(0, 20, article_id="other"), hit(0, 20), hit(10, len(TEXT))]
    text, offset = ui.passage_for(citation(start, end), hits)
    assert text == TEXT[10:] and offset == 10
    assert ui.passage_for(citation(0, 30), [hit(5, 60)]) is None


def test_window_keeps_the_span_and_cuts_at_spaces():
    text = " ".join(f"word{i}" for i in range(400))
    start = text.index("word200")
    end = start + len("word200")
    snippet, s, e = ui.window(text, start, end, radius=50)
    assert snippet[s:e] == "word200"
    assert snippet.startswith("… word") and snippet.endswith(" …")
    whole, s, e = ui.window("short text", 0, 5)
    assert whole == "short text" and whole[s:e] == "short"


def test_citation_card_marks_the_sentence_and_escapes_everything():
    start, end = TEXT.index("<script>"), TEXT.index(" is quoted")
    a = Answer(question="q", answer="x [1]", refused=False, citations=(citation(start, end),))
    [card] = ui.sources_view(a, 0, lambda _id: TEXT)["cards"]
    assert_inert(card["html"])
    assert "[1]" in card["html"] and "T &lt;b&gt;1&lt;/b&gt;" in card["html"]
    assert "2024-01-02" in card["html"]
    assert f"{ui.esc(HOSTILE)}</mark>" in card["html"]
    [alone] = ui.sources_view(a, 0, lambda _id: None)["cards"]
    assert f"{ui.esc(HOSTILE)}</mark>" in alone["html"]


def test_citation_card_lists_other_copies_escaped():
    from rag.types import Copy

    copy = Copy("b2", "Same story", "<i>Other</i> Wire", "2024-01-03", None)
    a = Answer(question="q", answer="x [1]", refused=False,
               citations=(citation(0, 20, also_reported_by=(copy,)),))
    [card] = ui.sources_view(a, 0)["cards"]
    assert "Also reported by: &lt;i&gt;Other&lt;/i&gt; Wire, 2024-01-03" in card["html"]
    assert "<i>" not in card["html"]


def test_article_html_marks_in_place():
    article = Article(id="a1", title=HOSTILE, text=TEXT, source=HOSTILE, url="javascript:x")
    out = ui.article_html(article, [(0, 20)])
    assert_inert(out)
    assert "<mark>First sentence here.</mark>" in out
    assert "href" not in out


def test_chat_text_shows_markup_and_markdown_as_characters():
    out = ui.chat_text(HOSTILE + " *bold* [link](javascript:x) $5 and $6 `code` # h")
    assert_inert(out)
    assert "&lt;script&gt;" in out
    for escaped in (r"\*bold\*", r"\[link\]\(javascript:x\)", r"\$5", r"\`code\`", r"\# h"):
        assert escaped in out


def answer(refused: bool = False) -> Answer:
    start, end = TEXT.index("Last"), len(TEXT)
    return Answer(
        question="q", answer=REFUSAL if refused else f"{TEXT[start:end]} [1]", refused=refused,
        citations=() if refused else (citation(start, end),),
        passages=(hit(0, 20), hit(21, len(TEXT)), hit(0, 20, article_id="b"), hit(0, 5)),
    )


ARTICLE = ("The council met on Monday. The repairs cost £412,000 in total. Work starts in May. "
           + "Filler words here. " * 40 + "The mayor said the bridge was safe. Last line.")


def cited(n: int, sentence: str, article_id: str = "a1", text: str = ARTICLE) -> Citation:
    start = text.index(sentence)
    return Citation(n=n, article_id=article_id, title=f"Title {article_id}", source="Gazette",
                    published="2024-01-02", url=None, sentence=sentence, start=start,
                    end=start + len(sentence), score=1.0)


def full_answer() -> Answer:
    c1 = cited(1, "The repairs cost £412,000 in total.")
    c2 = cited(2, "The mayor said the bridge was safe.")
    c3 = cited(3, "Work starts in May.", article_id="b2", text="Work starts in May. Yes.")
    money = ARTICLE.index("£412,000")
    return Answer(
        question="How much did the repairs cost?",
        answer=f"£412,000 [1]. {c1.sentence} [1] {c2.sentence} [2] {c3.sentence} [3]",
        refused=False, citations=(c1, c2, c3),
        confidence=0.82,
        short_answer=ShortAnswer("£412,000", 1, "a1", money, money + len("£412,000")),
    )


def texts(article_id: str) -> str | None:
    return {"a1": ARTICLE, "b2": "Work starts in May. Yes."}.get(article_id)


def test_reply_has_the_short_answer_bold_chips_and_quiet_confidence():
    md = ui.reply_markdown(full_answer(), turn=2)
    assert md.startswith("**£412,000**")
    assert md.count('class="cite"') == 4  # every [n] of a known citation is a chip
    assert '<a class="cite" href="#cite-2-1" title="The repairs cost £412,000 in total.">[1]' in md
    assert 'href="#cite-2-3"' in md
    assert "confidence: high (82%)" in md and 'class="confidence"' in md
    assert "Gazette" not in md  # no second source list inside the bubble


def test_a_hard_wrapped_short_answer_leads_the_reply_once():
    # "51\nseconds" in a hard-wrapped article is "51 seconds" in the reply text
    a = replace(full_answer(), answer="51 seconds [1]. She finished 51 seconds ahead. [1]",
                short_answer=ShortAnswer("51\nseconds", 1, "a1", 0, 10))
    md = ui.reply_markdown(a, turn=0)
    assert md.startswith("**51 seconds**") and md.count("51 seconds") == 2


def test_chips_escape_the_text_and_ignore_unknown_numbers():
    a = Answer(question="q", answer=f"{HOSTILE} [1] and [7]", refused=False,
               citations=(citation(0, 20),))
    md = ui.with_chips(a.answer, a, 0)
    assert_inert(md)
    assert md.count('class="cite"') == 1 and "\\[7\\]" in md


def test_one_card_per_article_with_every_cited_sentence_marked():
    view = ui.sources_view(full_answer(), 2, texts)
    first, second = view["cards"]
    assert first["article_id"] == "a1" and second["article_id"] == "b2"
    assert first["button"] == "Open the whole article [1] [2]"
    assert first["html"].count("<mark") == 2 and 'id="cite-2-1"' in first["html"]
    assert 'id="cite-2-2"' in first["html"] and 'id="src-2-0"' in first["html"]
    # The two sentences are far apart: two excerpts with a gap, not the whole article.
    assert first["html"].count('class="gap"') == 1 and "Filler words here. " * 40 not in \
        first["html"]
    # The short answer is bold inside its highlighted sentence.
    assert "<strong>£412,000</strong> in total.</mark>" in first["html"]
    assert first["spans"] == [[c.start, c.end] for c in full_answer().citations[:2]]
    assert "p." not in first["html"]  # not a PDF
    paged = Answer(**{**full_answer().__dict__, "citations": tuple(
        Citation(**{**c.__dict__, "page": 3}) for c in full_answer().citations)})
    [card, _] = ui.sources_view(paged, 0, texts)["cards"]
    assert '<div class="src-meta">p. 3</div>' in card["html"]


def test_cards_fall_back_to_passages_then_to_the_sentence():
    a = full_answer()
    gone = ui.sources_view(a, 0, lambda _id: None)
    assert "<strong>£412,000</strong>" in gone["cards"][0]["html"]
    assert 'id="cite-0-3"' in gone["cards"][1]["html"]


def test_marked_skips_overlaps_and_bad_spans():
    out = ui.marked("abcdef", [{"start": 0, "end": 3}, {"start": 2, "end": 4},
                               {"start": 4, "end": 9}, {"start": 4, "end": 6, "id": "x"}])
    assert out == '<mark>abc</mark>d<mark id="x">ef</mark>'


def test_refusal_by_filters_says_so_and_shows_no_passages():
    said = ("No article published on or after 2099-01-01; the articles run from 2022-09-13 to "
            "2024-01-05. The filters excluded every article, so nothing was searched.")
    a = Answer(question="q", answer=said, refused=True, citations=(), passages=(hit(0, 20),),
               refusal_reason="filters")
    md = ui.reply_markdown(a, 0)
    assert "2099\\-01\\-01" in md and "excluded every article" in md
    assert "Remove a filter chip" in md and "closest passages" not in md
    view = ui.sources_view(a, 0)
    assert view["cards"] == [] and "excluded every article" in view["header"]
    evidence = Answer(question="q", answer=REFUSAL, refused=True, citations=(),
                      passages=(hit(0, 20),), refusal_reason="evidence")
    assert "closest passages" in ui.reply_markdown(evidence, 0)


def test_sources_view_for_a_refusal_marks_nothing():
    refused = ui.sources_view(answer(refused=True), 0)
    assert "No answer found" in refused["header"] and "closest passages" in refused["header"]
    # The closest passages (a1, a1, b) as one card per article, a1's in article order.
    assert [c["article_id"] for c in refused["cards"]] == ["a1", "b"]
    assert all("<mark" not in c["html"] for c in refused["cards"])
    assert refused["cards"][0]["spans"] == [[0, 20], [21, len(TEXT)]]
    assert refused["cards"][0]["kind"] == "near"
    article = Article(id="a1", title="t", text=TEXT)
    assert '<mark class="near">First sentence here.</mark>' in ui.article_html(
        article, [(0, 20)], "near")
    nothing = ui.sources_view(Answer(question="q", answer=REFUSAL, refused=True, citations=()), 0)
    assert nothing["cards"] == [] and "No passage matched" in nothing["header"]


def test_article_html_hides_a_heading_repeating_the_title():
    article = Article(id="a1", title="Bridge opens", text="# Bridge  opens\n\nThe bridge opened.")
    out = ui.article_html(article, [(len(article.text) - 18, len(article.text))])
    assert "#" not in out and "<mark>The bridge opened.</mark>" in out
    other = Article(id="a2", title="Bridge opens", text="# Something else\n\nText.")
    assert "# Something else" in ui.article_html(other)


def test_example_questions_come_from_stored_titles():
    from rag.types import ArticleInfo

    titles = ["Bridge opens.", "", "Bridge opens", "Port relit"]
    infos = [ArticleInfo(id=str(i), title=t, source=None, published=None, url=None, chunks=1,
                         content_hash="h") for i, t in enumerate(titles)]
    assert ui.example_questions(infos) == ["What happened: Bridge opens?",
                                           "What happened: Port relit?"]


# -- conversations kept in the browser --------------------------------------------------------

def test_a_stored_turn_is_plain_json_and_rebuilds_its_answer():
    a = full_answer()
    a = Answer(**{**a.__dict__, "standalone_question": "How much did the bridge repairs cost?",
                "passages": (hit(0, 20), hit(21, 60), hit(0, 5), hit(5, 9))})
    store = convs.add_turn(convs.empty_store(), "How much did the repairs cost?", a,
                           {"since": None, "until": None, "sources": None})
    store = json.loads(json.dumps(store))  # what localStorage gives back
    [(question, back)] = convs.history(convs.load(store))
    assert question == "How much did the repairs cost?"
    assert back.citations == a.citations and back.answer == a.answer
    assert back.standalone_question == a.standalone_question
    assert len(back.passages) == convs.PASSAGES_KEPT and back.best_passage() == TEXT[:20]
    assert back.short_answer == a.short_answer and back.confidence == 0.82


def test_conversations_list_rename_delete_and_export():
    store = convs.empty_store()
    store = convs.add_turn(store, "  Who   won the vote?  " + "x" * 80, answer(), {})
    first = store["current"]
    store = convs.add_turn(store, "And then?", answer(), {})
    assert len(store["conversations"]) == 1 and len(convs.turns(store)) == 2
    title = store["conversations"][0]["title"]
    assert title.startswith("Who won the vote? x") and len(title) == convs.TITLE_CHARS
    store = convs.open_conversation(store, None)
    store = convs.add_turn(store, "Second chat", answer(), {})
    assert [c["title"] for c in store["conversations"]][0] == "Second chat"
    store = convs.rename(store, first, "  Votes ")
    assert convs.choices(store)[1][0].startswith("Votes · ")
    md = convs.markdown(convs.find(store, first))
    assert md.startswith("# Votes") and "## And then?" in md
    assert "[1] T <b>1</b> (S, 2024-01-02)" in md and "> Last sentence & more." in md
    store = convs.delete(store, store["current"])
    assert store["current"] is None and [c["id"] for c in store["conversations"]] == [first]


@pytest.mark.parametrize("stored", [None, "x", {"version": 99}, [], {"version": 1}])
def test_a_foreign_store_loads_empty(stored):
    assert convs.load(stored)["conversations"] == []


def test_a_broken_conversation_is_dropped_not_fatal():
    store = convs.add_turn(convs.empty_store(), "q", answer(), {})
    broken = json.loads(json.dumps(store))
    broken["conversations"].append({"id": "bad", "title": "t", "turns": [{"question": "q"}]})
    loaded = convs.load(broken)
    assert [c["id"] for c in loaded["conversations"]] == [store["current"]]


@pytest.mark.parametrize(
    "report, result, detail",
    [
        (IngestReport(added=1), "added", "1 added"),
        (IngestReport(unchanged=1), "unchanged", "1 unchanged"),
        (IngestReport(updated=1), "updated", "1 updated"),
        (IngestReport(added=2, unchanged=3), "added", "2 added, 3 unchanged"),
        (IngestReport(failed=(IngestFailure("/tmp/up/x.md", "bad front matter"),)),
         "failed", "x.md: bad front matter"),
        (IngestReport(added=1, failed=(IngestFailure("/tmp/up/f.jsonl:3", "no text"),)),
         "partly failed", "1 added; 1 failed: f.jsonl:3: no text"),
        (IngestReport(), "failed", "no articles found in the file"),
        (IngestReport(added=1, notes=(IngestNote("/tmp/up/x.md", "dated 2031-05-05, after "
                                                 "today"),)),
         "added", "1 added; note: dated 2031-05-05, after today"),
    ],
)
def test_file_result(report, result, detail):
    assert ui.file_result(report, "/tmp/up/") == (result, detail)


def test_upload_problem(tmp_path):
    ok = tmp_path / "a.md"
    ok.write_text("x" * 10)
    assert ui.upload_problem(ok, 100) is None
    assert "limit" in ui.upload_problem(ok, 5)
    exe = tmp_path / "a.exe"
    exe.write_text("x")
    assert "unsupported file type '.exe'" in ui.upload_problem(exe, 100)


def test_table_label_says_when_the_list_is_cut():
    assert ui.table_label(3, 10) == "Articles (3 shown of 10)"
    assert "first 1000 are listed" in ui.table_label(5000, 6000)


def test_only_answerers_that_can_run_are_offered_the_others_say_why(rag):
    names, note = page.answerer_options(rag.settings.model_copy(update={"llm_url": None}))
    assert "extractive" in names and "openai" not in names
    # (the local answerer is listed there too on a machine without llama-cpp-python)
    assert note.startswith("Not available here: ") and "openai (" in note
    assert "RAG_LLM_URL" in note
    assert "http://" not in note  # the reason, not the whole how-to


def test_filter_errors_name_the_fields_of_the_page():
    from rag.errors import BadInput
    from rag.store import validate_date

    with pytest.raises(BadInput) as err:
        validate_date("13/01/2020", "since")
    assert page.page_words(str(err.value)).startswith("the From date '13/01/2020'")


def test_auth_and_loopback():
    assert parse_auth("ann:s3:cret") == ("ann", "s3:cret")
    assert parse_auth(None) is None
    for bad in ("ann", ":x", "ann:"):
        with pytest.raises(Exception, match="USER:PASS"):
            parse_auth(bad)
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def serve(rag, **options):
    app = page.build_app(rag)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    page.launch(app, rag.settings, port=port, block=False, **options)
    return app, f"http://127.0.0.1:{port}/"


def test_page_answers_through_its_api(rag):
    """The page over the fake models: ask, follow up from the stored conversation, list
    articles. No browser, no network."""
    from gradio_client import Client

    rag.ingest([CORPUS])
    app, url = serve(rag)
    try:
        client = Client(url, verbose=False, download_files=False, analytics_enabled=False)
        chat, store, _ = client.predict(
            "Who was replaced after the Kharkiv retreat?", convs.empty_store(), "extractive", 5,
            "", "", [], api_name="/ask",
        )
        assert "Berdnikov" in str(chat[-1]["content"])
        assert len(store["conversations"]) == 1 and store["current"]
        # The follow-up's history comes from the stored (JSON) conversation.
        store = json.loads(json.dumps(store))
        chat, store, _ = client.predict("How long had he been in office?", store, "extractive",
                                        5, "", "", [], api_name="/ask")
        assert len([m for m in chat if m["role"] == "assistant"]) == 2
        second = convs.turns(store)[1]["answer"]
        assert "Berdnikov" in (second["standalone_question"] or "")
        table = client.predict("", "", "", api_name="/articles")[0]
        assert "kharkiv-counteroffensive" in str(table)
        table = client.predict("", "2023-01-01", "", api_name="/articles")[0]
        assert table["value"]["data"] == [] and table["label"] == "Articles (0 shown of 1)"

        # Settings reach the library: a date filter that excludes everything, a bad date.
        chat, store, _ = client.predict("Who was replaced?", convs.empty_store(), "extractive",
                                        3, "2099-01-01", "", [], api_name="/ask")
        assert "filters excluded every article" in str(chat[-1]["content"])
        assert "closest passages" not in str(chat[-1]["content"])
        chat, store, _ = client.predict("Who was replaced?", convs.empty_store(), "extractive",
                                        3, "13/01/2020", "", [], api_name="/ask")
        assert "⚠️" in str(chat[-1]["content"]) and "YYYY" in str(chat[-1]["content"])
    finally:
        app.close()


def test_removal_can_be_undone(rag):
    from gradio_client import Client

    rag.ingest([CORPUS])
    app, url = serve(rag)
    try:
        client = Client(url, verbose=False, download_files=False, analytics_enabled=False)
        client.predict("", "", "", api_name="/articles")
        status = client.predict("kharkiv-counteroffensive", "", "", "", api_name="/remove")[0]
        assert status.startswith("Removed kharkiv")
        assert rag.articles() == []
        # The removed article is held per browser session; the API client is one session.
        status = client.predict("", "", "", api_name="/undo_remove")[0]
        assert status.startswith("Restored") and [a.id for a in rag.articles()] == \
            ["kharkiv-counteroffensive"]
    finally:
        app.close()


def test_login_required_when_auth_is_set(rag):
    import urllib.error
    import urllib.request

    from gradio_client import Client

    app, url = serve(rag, auth=("ann", "s3cret"))
    try:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url + "config", timeout=10)
        assert refused.value.code == 401
        client = Client(url, auth=("ann", "s3cret"), verbose=False, download_files=False,
                        analytics_enabled=False)
        table = client.predict("", "", "", api_name="/articles")[0]
        assert table["value"]["data"] == [] and table["label"] == "Articles (0 shown of 0)"
    finally:
        app.close()


def test_a_busy_port_fails_at_once_naming_the_flag(tmp_path):
    import os
    import subprocess
    import sys

    from ui.cli import port_problem

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert f"pass --port {port + 1}" in port_problem("127.0.0.1", port)
        env = dict(os.environ, RAG_DATA_DIR=str(tmp_path), PYTHONPATH=str(CORPUS.parent))
        run = subprocess.run([sys.executable, "-m", "rag", "serve", "--port", str(port)],
                             capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "already in use" in lines[0] and "--port" in lines[0]
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    assert port_problem("127.0.0.1", port) is None
