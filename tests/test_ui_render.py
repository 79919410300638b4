"""The page's rendering helpers, offline: escaping, highlight offsets, upload results.

The last test builds the whole page over the fake models and asks through its API, to check
the wiring (no browser; tests/test_ui_browser.py does that).
"""

from __future__ import annotations

import socket

import pytest

from rag.answer import REFUSAL
from rag.types import Answer, Article, Chunk, Citation, Hit, IngestFailure, IngestReport
from tests.conftest import CORPUS
from ui import app as ui
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


def test_passage_for_finds_the_chunk_and_relative_offsets():
    start, end = TEXT.index("<script>"), TEXT.index(" is quoted")
    hits = [hit(0, 20, article_id="other"), hit(0, 20), hit(10, len(TEXT))]
    text, s, e = ui.passage_for(citation(start, end), hits)
    assert text == TEXT[10:] and text[s:e] == TEXT[start:end]
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


def test_citation_card_marks_the_sentence_inside_the_passage():
    start, end = TEXT.index("<script>"), TEXT.index(" is quoted")
    card = ui.citation_card(citation(start, end), (TEXT, start, end))
    assert_inert(card)
    assert "[1]" in card and "T &lt;b&gt;1&lt;/b&gt;" in card and "2024-01-02" in card
    assert f"<mark>{ui.esc(HOSTILE)}</mark>" in card
    alone = ui.citation_card(citation(start, end), None)
    assert f"<mark>{ui.esc(HOSTILE)}</mark>" in alone


def test_citation_card_lists_other_copies_escaped():
    from rag.types import Copy

    copy = Copy("b2", "Same story", "<i>Other</i> Wire", "2024-01-03", None)
    card = ui.citation_card(citation(0, 20, also_reported_by=(copy,)), None)
    assert "Also reported by: &lt;i&gt;Other&lt;/i&gt; Wire, 2024-01-03" in card
    assert "<i>" not in card


def test_article_html_marks_in_place():
    article = Article(id="a1", title=HOSTILE, text=TEXT, source=HOSTILE, url="javascript:x")
    out = ui.article_html(article, 0, 20)
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


def test_answer_markdown_lists_numbered_sources():
    md = ui.answer_markdown(answer())
    assert "\\[1\\] T &lt;b&gt;1&lt;/b&gt; — S, 2024\\-01\\-02" in md
    rewritten = Answer(**{**answer().__dict__, "standalone_question": "Who was <b>it</b>?"})
    assert "*Searched for: Who was &lt;b&gt;it&lt;/b&gt;?*" in ui.answer_markdown(rewritten)
    refusal = ui.answer_markdown(answer(refused=True))
    assert refusal.startswith(ui.chat_text(REFUSAL)) and "closest passages" in refusal


def test_sources_view_for_an_answer_and_for_a_refusal():
    view = ui.sources_view(answer())
    assert view["header"] == ""
    [card] = view["cards"]
    assert card["article_id"] == "a1" and card["button"] == "Open the whole article [1]"
    assert "<mark>Last sentence &amp; more.</mark>" in card["html"]

    looked_up = []
    far = answer()
    far = Answer(**{**far.__dict__, "passages": ()})
    view = ui.sources_view(far, lambda aid: looked_up.append(aid) or TEXT)
    assert looked_up == ["a1"]
    assert "<mark>Last sentence &amp; more.</mark>" in view["cards"][0]["html"]

    refused = ui.sources_view(answer(refused=True))
    assert "No answer found" in refused["header"] and "closest passages" in refused["header"]
    nothing = ui.sources_view(Answer(question="q", answer=REFUSAL, refused=True, citations=()))
    assert nothing["cards"] == [] and "filters" in nothing["header"]
    assert len(refused["cards"]) == ui.CLOSEST_SHOWN
    assert all("<mark>" not in c["html"] for c in refused["cards"])
    first = refused["cards"][0]
    assert (first["start"], first["end"]) == (0, 20)


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


def test_answerers_come_from_the_library():
    names = ui.answerer_choices()
    assert names and all(isinstance(n, str) for n in names)


def test_auth_and_loopback():
    assert parse_auth("ann:s3:cret") == ("ann", "s3:cret")
    assert parse_auth(None) is None
    for bad in ("ann", ":x", "ann:"):
        with pytest.raises(Exception, match="USER:PASS"):
            parse_auth(bad)
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_page_answers_through_its_api(rag):
    """The page over the fake models: ask, follow up, list articles. No browser, no network."""
    from gradio_client import Client

    rag.ingest([CORPUS])
    page = ui.build_app(rag)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ui.launch(page, rag.settings, port=port, block=False)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False, download_files=False,
                        analytics_enabled=False)
        _, chat = client.predict(
            "Who was replaced after the Kharkiv retreat?", [], "extractive", 5, "", "", [],
            api_name="/ask",
        )
        assert "Berdnikov" in str(chat[-1]["content"])
        _, chat = client.predict("How long had he been in office?", chat, "extractive", 5,
                                 "", "", [], api_name="/ask")
        assert len([m for m in chat if m["role"] == "assistant"]) == 2
        table = client.predict("", "", "", api_name="/articles")[0]
        assert "kharkiv-counteroffensive" in str(table)
        table = client.predict("", "2023-01-01", "", api_name="/articles")[0]
        assert table["value"]["data"] == [] and table["label"] == "Articles (0 shown of 1)"

        # Settings reach the library: a date filter that excludes everything, a bad date.
        _, chat = client.predict("Who was replaced?", [], "extractive", 3, "2099-01-01", "",
                                 [], api_name="/ask")
        assert "filters excluded every article" in str(chat[-1]["content"])
        assert "closest passages" not in str(chat[-1]["content"])
        _, chat = client.predict("Who was replaced?", [], "extractive", 3, "13/01/2020", "",
                                 [], api_name="/ask")
        assert "⚠️" in str(chat[-1]["content"]) and "YYYY" in str(chat[-1]["content"])
    finally:
        page.close()


def test_login_required_when_auth_is_set(rag):
    import urllib.error
    import urllib.request

    from gradio_client import Client

    page = ui.build_app(rag)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ui.launch(page, rag.settings, port=port, auth=("ann", "s3cret"), block=False)
    url = f"http://127.0.0.1:{port}/"
    try:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url + "config", timeout=10)
        assert refused.value.code == 401
        client = Client(url, auth=("ann", "s3cret"), verbose=False, download_files=False,
                        analytics_enabled=False)
        table = client.predict("", "", "", api_name="/articles")[0]
        assert table["value"]["data"] == [] and table["label"] == "Articles (0 shown of 0)"
    finally:
        page.close()
