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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rag_command() -> list[str]:
    exe = Path(sys.executable).parent / "rag"
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-c", "from rag.cli import main; main()"]


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("ui-files")
    paths = {
        "hostile": d / "velmora-council.txt",
        "upload": d / "port-elwyn-lighthouse.txt",
        "wrong_type": d / "notes.pdf",
        "too_big": d / "huge.txt",
        "broken": d / "broken.md",
    }
    paths["hostile"].write_text(HOSTILE, encoding="utf-8")
    paths["upload"].write_text(UPLOADED, encoding="utf-8")
    paths["wrong_type"].write_bytes(b"%PDF-1.4 not an article")
    paths["too_big"].write_text("Filler sentence about nothing. " * 10_000, encoding="utf-8")
    paths["broken"].write_text("---\ntitle: [unclosed\n---\nSome text.\n", encoding="utf-8")
    return paths


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
    page.wait_for_selector("#question textarea")
    yield page
    page.screenshot(path=str(ARTIFACTS / f"ui-end-{request.node.name}.png"), full_page=True)
    context.close()
    assert outside == [], f"the page made requests beyond the server: {outside}"


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


def test_answer_cites_the_sentence_and_opens_the_article(page):
    answer = ask(page, "Who was replaced after the Kharkiv retreat?", 1, "Berdnikov")
    assert "[1]" in answer
    marked = page.locator(".src-card mark").first
    marked.filter(has_text="Berdnikov").wait_for()
    assert "Gen Roman Berdnikov had been replaced" in marked.inner_text()
    card = page.locator(".src-card").first.inner_text()
    assert "Ukraine retakes 6,000 sq km" in card and "2022-09-13" in card
    shot(page, "1-answer")

    page.get_by_role("button", name="Open the whole article [1]").click()
    in_article = page.locator("#article-view .article-text mark")
    in_article.filter(has_text="Berdnikov").wait_for()
    expect(in_article).to_be_in_viewport()  # scrolled to the sentence, inside the article
    text = page.locator("#article-view .article-text").inner_text()
    assert text.startswith("Ukraine has retaken approximately 6,000 square kilometers")
    shot(page, "2-article")

    follow_up = ask(page, "How long had he been in office?", 2, "three weeks")
    assert "office" in follow_up
    shot(page, "3-follow-up")

    page.get_by_role("button", name="New conversation").click()
    expect(page.locator('#chat [data-testid="bot"]')).to_have_count(0)
    examples = page.locator("#chat").get_by_text("How much territory has Ukraine retaken?")
    expect(examples).to_be_visible()
    page.get_by_text("Sources for the latest answer appear here.").wait_for()


def test_example_question_is_answered(page):
    page.locator("#chat").get_by_text("Who was replaced after the Kharkiv retreat?").click()
    page.locator('#chat [data-testid="bot"]').filter(has_text="Berdnikov").wait_for()


def test_refusal_says_so_and_shows_closest_passages(page):
    answer = ask(page, "What is the boiling point of tungsten?", 1, "could not find")
    assert "closest passages" in answer
    page.get_by_text("No answer found in the articles.").wait_for()
    expect(page.locator(".src-card")).not_to_have_count(0)
    expect(page.locator(".src-card mark")).to_have_count(0)
    shot(page, "4-refusal")


def test_upload_then_ask_about_it(page, files):
    open_corpus(page)
    page.set_input_files("#upload input[type=file]",
                         [str(files["upload"]), str(files["broken"])])
    page.locator("#upload").get_by_text("port-elwyn-lighthouse.txt").wait_for()
    page.click("#ingest")
    results = page.locator("#ingest-results")
    expect(results).to_contain_text("1 added")
    rows = results.inner_text()
    assert "port-elwyn-lighthouse.txt" in rows
    assert "broken.md" in rows and "failed" in rows and "front matter" in rows
    page.locator("#articles").get_by_text("Port Elwyn lighthouse relit").wait_for()
    shot(page, "5-upload")

    page.get_by_role("tab", name="Chat").click()
    ask(page, "Who led the restoration of the Port Elwyn lighthouse?", 1, "Marta Quist")
    page.locator(".src-card mark").filter(has_text="Marta Quist").wait_for()
    link = page.locator('.src-card a[href="https://example.org/port-elwyn-lighthouse"]')
    assert link.count() >= 1  # one card per cited sentence; both may come from this article
    shot(page, "6-uploaded-answer")


def test_upload_limits_give_a_clear_message(page, files):
    open_corpus(page)
    page.set_input_files("#upload input[type=file]", str(files["too_big"]))
    page.get_by_text("exceed the maximum allowed size").first.wait_for()
    page.wait_for_timeout(500)  # the message slides in
    shot(page, "7-too-big")

    page.reload(wait_until="domcontentloaded")
    open_corpus(page)
    page.set_input_files("#upload input[type=file]", str(files["wrong_type"]))
    page.get_by_text("Invalid file type: notes.pdf").first.wait_for()
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
    page.locator("#articles").get_by_text("Velmora council <img", exact=False).wait_for()
    shot(page, "10-markup-corpus")

    page.wait_for_timeout(1000)  # give any injected handler time to run
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("script:has-text('__pwned')").count() == 0


def test_remove_an_article(page, files):
    open_corpus(page)
    page.locator("#articles").get_by_text("Velmora council").first.wait_for()
    page.locator("#remove-pick input").click()
    page.get_by_role("option", name="(velmora-council)", exact=False).click()
    page.click("#remove")
    page.get_by_text("Removed velmora-council").wait_for()
    expect(page.locator("#articles").get_by_text("Velmora council")).to_have_count(0)
    shot(page, "11-removed")

