"""The page in a real browser: Playwright driving Debian's Chromium against `rag serve`.

The server runs as a subprocess with the real packaged models over corpus/ plus an article
stuffed with markup, in a temporary data dir. Screenshots go to test-artifacts/ (look at them).
Run: `pytest -m browser`. Needs /usr/bin/chromium (scripts/install-browser.sh installs it).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
]
TIMEOUT_MS = 90_000
MAX_UPLOAD = 200_000  # bytes; small so the size limit is cheap to test
EXAMPLE = "What happened: Ukraine retakes 6,000 sq km as Zelensky asks allies for more air defence?"
BERDNIKOV = "Who was replaced after the Kharkiv retreat?"
PHONE = {"width": 390, "height": 844}

# Markup in the title, source, URL and body. Rendered anywhere as HTML, one of these would set
# window.__pwned; shown as text, they stay visible characters.
HOSTILE = """---
title: 'Velmora council <img src=x onerror="window.__pwned=1"> approves bridge'
date: 2024-01-05
source: '<b>Velmora</b> Gazette'
url: 'javascript:window.__pwned=3'
---
The Velmora town council approved a new bicycle bridge over the Lune river on Tuesday.

Residents said the bridge <img src=x onerror="window.__pwned=1"> would open in the spring of 2025.

After the vote, the council clerk posted the minutes of the meeting online.
<script>window.__pwned=2</script>

A note in the minutes of the Velmora council meeting read:
${window.__pwned=4} and {{constructor.constructor('__pwned=5')()}}.
"""

UPLOADED = """---
title: Port Elwyn lighthouse relit after restoration
date: 2024-03-02
source: Test Gazette
url: https://example.org/port-elwyn-lighthouse
---
The old harbour lighthouse in Port Elwyn was relit on Saturday after a two-year restoration.

Engineer Marta Quist led the restoration team, which replaced the lamp with a low-energy lens.

The town expects the lighthouse to draw visitors back to the harbour this summer.
"""


# Markdown whose `# heading` repeats the front-matter title: the page shows the title once.
HEADED = """---
title: Harbour fair draws record crowd
date: 2024-04-06
source: Test Gazette
---
# Harbour fair draws record crowd

The Port Elwyn harbour fair drew a record crowd of 12,000 visitors on Saturday.
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rag_command() -> list[str]:
    # `python -m rag` from the repo root runs this checkout's code, whatever is installed.
    return [sys.executable, "-m", "rag"]


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("ui-files")
    paths = {
        "hostile": d / "velmora-council.txt",
        "upload": d / "port-elwyn-lighthouse.txt",
        "wrong_type": d / "notes.docx",
        "too_big": d / "huge.txt",
        "broken": d / "broken.md",
        "headed": d / "harbour-fair.md",
        "bad_date": d / "bad-date.md",
    }
    paths["hostile"].write_text(HOSTILE, encoding="utf-8")
    paths["upload"].write_text(UPLOADED, encoding="utf-8")
    paths["wrong_type"].write_bytes(b"PK\x03\x04 not an article")
    paths["too_big"].write_text("Filler sentence about nothing. " * 10_000, encoding="utf-8")
    paths["broken"].write_text("---\ntitle: [unclosed\n---\nSome text.\n", encoding="utf-8")
    paths["headed"].write_text(HEADED, encoding="utf-8")
    paths["bad_date"].write_text("---\ntitle: Fair\ndate: 5th of May\n---\nThe fair opened.\n",
                                 encoding="utf-8")
    return paths


LOGS: dict[str, Path] = {}  # server url -> its log, for the "no traceback" checks


@pytest.fixture(scope="module")
def server(tmp_path_factory, files):
    data = tmp_path_factory.mktemp("ui-store")
    port = _free_port()
    env = dict(os.environ, RAG_DATA_DIR=str(data), HF_HUB_OFFLINE="1",
               GRADIO_ANALYTICS_ENABLED="False", RAG_MAX_FILE_BYTES=str(MAX_UPLOAD))
    env.pop("RAG_AUTH", None)
    log = data / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            _rag_command() + ["serve", "--port", str(port), "--ingest", str(ROOT / "corpus"),
                              "--ingest", str(files["hostile"])],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/"
    LOGS[url] = log
    try:
        deadline = time.monotonic() + 240
        while True:
            if proc.poll() is not None:
                pytest.fail(f"`rag serve` exited with {proc.returncode}:\n{log.read_text()}")
            try:
                with urllib.request.urlopen(url, timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"`rag serve` did not answer within 240 s:\n{log.read_text()}")
                time.sleep(1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        print(log.read_text()[-3000:])


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install-browser.sh (apt-get install "
                    "chromium), then rerun `pytest -m browser`")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server, request):
    """A fresh browser session on the page; fails if the page calls anything but the server.
    The page as the test left it is saved as test-artifacts/ui-end-<test>.png (for failures)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    expect.set_options(timeout=TIMEOUT_MS)
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith((server.rstrip("/"), "data:", "blob:")) else None)
    page.goto(server, wait_until="domcontentloaded")
    ready(page)
    yield page
    page.screenshot(path=str(ARTIFACTS / f"ui-end-{request.node.name}.png"), full_page=True)
    context.close()
    assert outside == [], f"the page made requests beyond the server: {outside}"


def ready(page) -> None:
    """The page is built and its load events are done (the examples come from the store)."""
    page.wait_for_selector("#question textarea")
    page.locator("#chat").get_by_text("What happened:").or_(
        page.locator('#chat [data-testid="bot"]')).first.wait_for()


def ask(page, question: str, turn: int, expect: str) -> str:
    """Ask, wait until answer number `turn` contains `expect`; return that answer's text."""
    page.fill("#question textarea", question)
    page.press("#question textarea", "Enter")
    bot = page.locator('#chat [data-testid="bot"]').nth(turn - 1)
    bot.filter(has_text=expect).wait_for()
    return bot.inner_text()


def open_corpus(page) -> None:
    page.get_by_role("tab", name="Corpus").click()
    page.locator("#articles").get_by_text("shown of").wait_for()  # the page's load event is done
    page.locator("#upload").wait_for()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"ui-{name}.png"), full_page=True)


def bots(page):
    return page.locator('#chat [data-testid="bot"]')


def no_error_badges(page) -> None:
    """Gradio marks a failed event's outputs with an "Error" badge; none may show."""
    page.wait_for_timeout(500)
    assert page.get_by_text("Error", exact=True).count() == 0


def no_traceback(server) -> None:
    assert "Traceback" not in LOGS[server].read_text(errors="replace")


def test_answer_cites_the_sentence_and_opens_the_article(page):
    answer = ask(page, BERDNIKOV, 1, "Berdnikov")
    assert "[1]" in answer
    marked = page.locator(".src-card mark").filter(has_text="Berdnikov")
    marked.wait_for()
    assert "Gen Roman Berdnikov had been replaced" in marked.inner_text()
    card = page.locator(".src-card").first.inner_text()
    assert "Ukraine retakes 6,000 sq km" in card and "2022-09-13" in card
    # One card per article, however many of its sentences are cited.
    expect(page.locator(".src-card")).to_have_count(1)
    assert "Also reported by" not in page.locator("#chat").inner_text()  # no list in the bubble
    shot(page, "1-answer")

    page.get_by_role("button", name="Open the whole article [1]").click()
    in_article = page.locator("#article-view .article-text mark")
    in_article.filter(has_text="Berdnikov").wait_for()
    expect(in_article.filter(has_text="Berdnikov")).to_be_in_viewport()  # scrolled to it
    text = page.locator("#article-view .article-text").inner_text()
    assert text.startswith("Ukraine has retaken approximately 6,000 square kilometers")
    shot(page, "2-article")

    follow_up = ask(page, "How long had he been in office?", 2, "three weeks")
    assert "office" in follow_up
    # The new answer replaced the article view and the sources.
    expect(page.locator("#article-view mark")).to_have_count(0)
    expect(page.get_by_text("Sources of answer 2.")).to_be_visible()
    shot(page, "3-follow-up")
    # A click on the earlier answer shows its sources again.
    bots(page).first.click(position={"x": 5, "y": 5})
    expect(page.get_by_text("Sources of answer 1.")).to_be_visible()

    page.get_by_role("button", name="New conversation").click()
    expect(bots(page)).to_have_count(0)
    expect(page.locator("#chat").get_by_text(EXAMPLE)).to_be_visible()
    page.get_by_text("Sources for the latest answer appear here.").wait_for()


def test_citation_chip_reaches_its_card_and_previews_the_sentence(page):
    ask(page, BERDNIKOV, 1, "Berdnikov")
    chips = page.locator("#chat a.cite")
    expect(chips.first).to_be_visible()
    titles = [chips.nth(i).get_attribute("title") for i in range(chips.count())]
    assert any("Berdnikov had been replaced" in t for t in titles)  # the hover preview
    # Scroll the sources column away from the card first, so reaching it is the chip's doing.
    page.evaluate("document.querySelector('#sources-col').scrollTop = 0")
    chip = chips.filter(has_text="[1]").first
    chip.click()
    target = page.locator("#cite-0-1")
    expect(target).to_be_in_viewport()
    expect(page.locator(".src-card.flash")).to_have_count(1)
    assert "#" not in page.url.split("/")[-1]  # the chip did not navigate
    shot(page, "12-chip")

    # A chip of an earlier answer brings that answer's sources back, and reaches its card.
    ask(page, "How much territory has Ukraine retaken?", 2, "6,000")
    expect(page.locator("#cite-1-1")).to_be_attached()
    bots(page).first.locator("a.cite").first.click()
    expect(page.locator("#cite-0-1")).to_be_in_viewport()
    expect(page.locator("#cite-1-1")).to_have_count(0)


def test_example_question_is_answered(page):
    page.locator("#chat").get_by_text(EXAMPLE).click()
    bots(page).filter(has_text="6,000").wait_for()


def test_refusal_says_so_and_shows_no_old_highlight(page):
    ask(page, BERDNIKOV, 1, "Berdnikov")
    page.get_by_role("button", name="Open the whole article [1]").click()
    page.locator("#article-view mark").first.wait_for()
    # Wait for the finished reply: the streamed refusal comes first, its last line after it
    # (on a loaded machine the test had read the message between the two).
    answer = ask(page, "What is the boiling point of tungsten?", 2, "closest passages")
    assert "could not find" in answer
    page.get_by_text("No answer found in the articles.").wait_for()
    expect(page.locator(".src-card")).not_to_have_count(0)
    expect(page.locator(".src-card mark")).to_have_count(0)
    expect(page.locator("#article-view mark")).to_have_count(0)  # the old highlight is gone
    # The new sources are in their column, not wrapped off to the right of the screen.
    expect(page.locator(".refusal")).to_be_in_viewport(ratio=0.9)
    column = page.locator("#sources-col").bounding_box()
    card = page.locator(".src-card").first.bounding_box()
    assert column["x"] <= card["x"] and card["x"] + card["width"] <= column["x"] + column["width"]
    shot(page, "4-refusal")
    page.get_by_role("button", name="Open the article").first.click()
    expect(page.locator("#article-view mark.near").first).to_be_visible()  # shaded, not cited


def test_scope_chips_and_a_filter_that_excludes_everything(page):
    page.locator("#settings").click()
    page.locator("#since input, #since textarea").first.fill("2099-01-01")
    page.locator("#since input, #since textarea").first.press("Tab")
    chip = page.locator("#chip-since")
    expect(chip).to_be_visible()
    expect(chip).to_contain_text("2099-01-01")
    # Wait for the hint, the reply's last line: under load the page had been read between the
    # streamed refusal and its hint.
    answer = ask(page, BERDNIKOV, 1, "Remove a filter chip")
    assert "2099" in answer and "excluded every article" in answer
    expect(page.locator(".src-card")).to_have_count(0)
    shot(page, "13-filters")
    chip.click()  # one click removes the filter
    expect(chip).to_be_hidden()
    expect(page.locator("#since input, #since textarea").first).to_have_value("")
    ask(page, BERDNIKOV, 2, "Berdnikov")


def test_stop_cancels_the_answer_and_keeps_the_question(page, server):
    page.fill("#question textarea", BERDNIKOV)
    page.press("#question textarea", "Enter")
    stop = page.locator("#stop")
    expect(stop).to_be_visible()
    expect(page.locator("#ask")).to_be_hidden()
    expect(page.locator("#question textarea")).to_be_disabled()  # nothing typed now is lost
    stop.click()
    expect(page.locator("#ask")).to_be_visible()
    expect(page.locator("#question textarea")).to_have_value(BERDNIKOV)
    expect(page.locator("#question textarea")).to_be_enabled()
    page.wait_for_timeout(4000)  # the cancelled answer must not arrive later
    expect(bots(page)).to_have_count(0)
    shot(page, "14-stopped")
    page.press("#question textarea", "Enter")
    bots(page).filter(has_text="Berdnikov").wait_for()
    no_traceback(server)


def test_reload_keeps_the_conversation_and_the_list_manages_them(page):
    ask(page, BERDNIKOV, 1, "Berdnikov")
    page.reload(wait_until="domcontentloaded")
    ready(page)
    expect(bots(page)).to_have_count(1)
    expect(bots(page).first).to_contain_text("Berdnikov")
    expect(page.locator(".src-card mark").first).to_be_visible()
    saved = page.locator("#conversations label")
    expect(saved).to_have_count(1)
    expect(saved.first).to_contain_text(BERDNIKOV[:30])
    # A follow-up after the reload still knows who "he" is: history came from the browser.
    ask(page, "How long had he been in office?", 2, "three weeks")

    page.get_by_role("button", name="New conversation").click()
    ask(page, "How much territory has Ukraine retaken?", 1, "6,000")
    expect(saved).to_have_count(2)
    saved.filter(has_text=BERDNIKOV[:30]).click()  # open the earlier one
    expect(bots(page)).to_have_count(2)

    page.locator("#conv-title input, #conv-title textarea").first.fill("Kharkiv generals")
    page.locator("#rename").click()
    expect(saved.filter(has_text="Kharkiv generals")).to_have_count(1)
    expect(page.locator("#conv-status")).to_contain_text("Renamed.")
    with page.expect_download() as download:
        page.locator("#export").click()
    markdown = Path(download.value.path()).read_text(encoding="utf-8")
    assert markdown.startswith("# Kharkiv generals") and f"## {BERDNIKOV}" in markdown
    assert "[1] Ukraine retakes 6,000 sq km" in markdown and "> " in markdown
    shot(page, "15-conversations")

    page.locator("#delete").click()
    expect(saved).to_have_count(1)
    expect(bots(page)).to_have_count(0)
    page.reload(wait_until="domcontentloaded")
    ready(page)
    expect(page.locator("#conversations label")).to_have_count(1)


def test_mistakes_get_one_inline_message_and_break_nothing(page, server):
    page.locator("#ask").click()  # nothing typed
    expect(page.locator("#chat-status")).to_contain_text("Type a question first.")
    open_corpus(page)
    expect(page.locator("#remove")).to_be_disabled()  # nothing chosen: nothing to press
    expect(page.locator("#ingest")).to_be_disabled()
    page.locator("#articles").get_by_text("Velmora council").first.wait_for(state="attached")
    since = page.locator("#f-since input, #f-since textarea").first
    since.fill("13/01/2020")
    page.locator("#f-apply").click()
    expect(page.locator("#filter-status")).to_contain_text("YYYY-MM-DD")
    no_error_badges(page)
    expect(page.locator("#articles")).to_contain_text("shown of")  # the table is untouched
    expect(page.locator("#remove-pick")).to_be_visible()
    shot(page, "16-mistakes")
    # The controls still work afterwards.
    since.fill("")
    page.locator("#f-apply").click()
    expect(page.locator("#filter-status")).to_have_text("")
    no_traceback(server)


def test_upload_then_ask_about_it(page, files):
    open_corpus(page)
    page.set_input_files("#upload input[type=file]",
                         [str(files["upload"]), str(files["broken"]), str(files["headed"]),
                          str(files["bad_date"])])
    expect(page.locator("#upload")).to_contain_text("port-elwyn-lighthouse")
    expect(page.locator("#ingest")).to_be_enabled()
    page.click("#ingest")
    results = page.locator("#ingest-results")
    expect(results).to_contain_text("1 added")
    rows = results.inner_text()
    assert "port-elwyn-lighthouse.txt" in rows
    assert "broken.md" in rows and "failed" in rows and "front matter" in rows
    assert "field 'date'" in rows  # the name the file used, not the library's "published"
    page.locator("#articles").get_by_text("Port Elwyn lighthouse relit").first.wait_for(
        state="attached")
    shot(page, "5-upload")

    # A click on a row previews the article; its "# heading" repeating the title is not shown.
    page.locator("#articles").get_by_text("Harbour fair draws").locator("visible=true").first \
        .click()
    preview = page.locator("#article-preview")
    expect(preview).to_contain_text("record crowd of 12,000")
    assert "# Harbour" not in preview.inner_text()
    assert preview.inner_text().count("Harbour fair draws record crowd") == 1

    page.get_by_role("tab", name="Chat").click()
    ask(page, "Who led the restoration of the Port Elwyn lighthouse?", 1, "Marta Quist")
    page.locator(".src-card mark").filter(has_text="Marta Quist").wait_for()
    link = page.locator('.src-card a[href="https://example.org/port-elwyn-lighthouse"]')
    expect(link).to_have_count(1)  # one card for the article
    shot(page, "6-uploaded-answer")


def test_upload_limits_give_a_clear_message(page, files):
    open_corpus(page)
    page.set_input_files("#upload input[type=file]", str(files["too_big"]))
    page.get_by_text("exceed the maximum allowed size").first.wait_for()
    page.wait_for_timeout(500)  # the message slides in
    shot(page, "7-too-big")

    page.reload(wait_until="domcontentloaded")
    ready(page)
    open_corpus(page)
    page.set_input_files("#upload input[type=file]", str(files["wrong_type"]))
    page.get_by_text("Invalid file type: notes.docx").first.wait_for()
    page.wait_for_timeout(500)
    shot(page, "8-wrong-type")


def test_markup_in_articles_renders_inert(page):
    hostile = [
        ("When will the Velmora bicycle bridge open?", 1, "spring of 2025",
         '<img src=x onerror="window.__pwned=1">'),
        ("What did the council clerk post online after the vote?", 2, "minutes",
         "<script>window.__pwned=2</script>"),
        ("What did the note in the Velmora minutes read?", 3, "note in the minutes",
         "${window.__pwned=4}"),
    ]
    for question, turn, expected, literal in hostile:
        answer = ask(page, question, turn, expected)
        if literal.startswith("<img") or literal.startswith("$"):
            assert literal in answer  # the chat shows the characters, not an element
        page.locator(".src-card").first.wait_for()
        page.get_by_role("button", name="Open the whole article [1]").click()
        page.locator("#article-view .article-text mark").first.wait_for()
        article = page.locator("#article-view .article-text").inner_text()
        assert literal in article
    title = page.locator("#article-view .src-title").inner_text()
    assert title == 'Velmora council <img src=x onerror="window.__pwned=1"> approves bridge'
    assert "<b>Velmora</b> Gazette" in page.locator("#article-view .src-meta").inner_text()
    assert page.locator('a[href^="javascript"]').count() == 0  # the URL is shown, not linked
    shot(page, "9-markup-chat")

    open_corpus(page)
    page.locator("#articles").get_by_text("Velmora council <img", exact=False).first.wait_for(
        state="attached")
    shot(page, "10-markup-corpus")

    page.wait_for_timeout(1000)  # give any injected handler time to run
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("script:has-text('__pwned')").count() == 0


def test_phone_answer_before_settings_and_whole_words_in_tables(browser, server):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(server, wait_until="domcontentloaded")
        ready(page)
        expect(page.locator("#conversations")).not_to_be_in_viewport()  # the list starts closed
        ask(page, BERDNIKOV, 1, "Berdnikov")
        answer_box = bots(page).first.bounding_box()
        settings_box = page.locator("#settings").bounding_box()
        assert answer_box["y"] + answer_box["height"] <= settings_box["y"]
        assert answer_box["x"] >= 0 and answer_box["x"] + answer_box["width"] <= PHONE["width"]
        page.screenshot(path=str(ARTIFACTS / "ui-17-phone-chat.png"), full_page=True)
        open_corpus(page)
        # Columns keep their width (the table scrolls sideways): no word broken per letter.
        header = page.locator('#articles th[title="ID"]')
        assert header.bounding_box()["width"] >= 150
        page.screenshot(path=str(ARTIFACTS / "ui-18-phone-corpus.png"), full_page=True)
    finally:
        context.close()


def test_remove_an_article_with_confirmation_and_undo(page, server):
    open_corpus(page)
    page.locator("#articles").get_by_text("Velmora council").locator("visible=true").first \
        .click()
    expect(page.locator("#article-preview")).to_contain_text("bicycle bridge")
    expect(page.locator("#remove")).to_be_enabled()
    page.click("#remove")
    expect(page.locator("#confirm-remove")).to_be_visible()  # asks first
    page.click("#confirm-remove")
    page.get_by_text("Removed velmora-council").wait_for()
    expect(page.locator("#articles").get_by_text("Velmora council")).to_have_count(0)
    shot(page, "11-removed")
    page.click("#undo")
    page.get_by_text("Restored velmora-council").wait_for()
    expect(page.locator("#articles").get_by_text("Velmora council").first).to_be_attached()
    expect(page.locator("#undo")).to_be_hidden()
    no_error_badges(page)
    no_traceback(server)
