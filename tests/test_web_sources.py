"""Pages and feeds fetched from a real HTTP server on 127.0.0.1 (no other network)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from rag import cli
from rag.api import Rag
from rag.sources import read_paths
from rag.sources.web import WebLimits, canonical_url, read_url, url_article_id
from rag.types import AlreadyStored, Article, IngestFailure
from tests.conftest import fake_settings
from tests.fakes import FakeEmbedder, FakeReranker

SLOW_S = 1.0  # the slow endpoint's delay; tests that hit it use a far shorter timeout
CAP = 20_000  # a small byte cap for the huge responses
HUGE = 200_000
DRIP_STEPS = 12  # x 0.1 s


def page(title: str | None, body: str, published: str | None = None) -> str:
    head = f"<title>{title}</title>" if title else ""
    if published:
        head += f'<meta property="article:published_time" content="{published}">'
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}'
        '<meta property="og:site_name" content="Valley Courier"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article>{paragraphs}</article><footer>Subscribe to our newsletter</footer></body></html>"
    )


DAM = (
    "Repairs to the Riverton dam finished three weeks ahead of schedule, the county engineer "
    "said on Tuesday.\nThe work replaced forty spillway gates that had rusted since the 1970s "
    "and cost 12 million dollars, most of it from a state grant.\nFarmers downstream had "
    "worried that the reservoir would be drained for the whole planting season, but water "
    "levels will be back to normal by the end of April, according to the engineer."
)
FERRY = (
    "The Lakeside ferry will run every thirty minutes from June, the transport board decided "
    "at its monthly meeting.\nTwo new electric boats, built in a shipyard in Gdansk, will join "
    "the fleet and replace diesel vessels that are more than forty years old.\nCommuters had "
    "asked for more frequent crossings for years, and the board expects ridership to grow by "
    "a fifth within the first year of the new timetable."
)
LIBRARY = (
    "The old railway station in Millbrook reopened as a public library on Saturday after a "
    "two-year conversion.\nThe building keeps its original clock tower and ticket hall, which "
    "now holds the children's section and a small cafe run by volunteers.\nMore than two "
    "thousand residents signed up for library cards on the first weekend, the mayor said."
)
BRIDGE = (
    "A footbridge over the Alder river opened to walkers and cyclists in Eastfield this week, "
    "linking two parks that were a forty-minute detour apart.\nThe timber deck was assembled "
    "on the bank and lifted into place by a crane in a single night in February.\nThe council "
    "says the bridge should cut short car trips across town and plans a second one upstream."
)


def rss(base: str) -> str:
    items = [
        ("Dam repairs finish early", "/articles/dam.html?utm_source=rss", "Tue, 05 Mar 2024"),
        ("Ferry every thirty minutes", "/articles/ferry.html", "Wed, 06 Mar 2024"),
        ("A story that was taken down", "/missing", "Thu, 07 Mar 2024"),
        ("Annual budget (PDF)", "/report.pdf", "Fri, 08 Mar 2024"),
    ]
    body = "".join(
        f"<item><title>{t}</title><link>{base}{link}</link>"
        f"<pubDate>{day} 09:00:00 GMT</pubDate></item>"
        for t, link, day in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Valley Courier</title><link>{base}/</link>{body}</channel></rss>"
    )


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Courier: towns</title><id>urn:valley:towns</id>
  <updated>2024-03-10T00:00:00Z</updated>
  <entry><title>Station becomes a library</title><id>urn:valley:1</id>
    <link href="/articles/library"/><updated>2024-03-09T08:00:00Z</updated></entry>
  <entry><title>Footbridge opens in Eastfield</title><id>urn:valley:2</id>
    <link href="/articles/bridge.html"/><updated>2024-03-10T08:00:00Z</updated></entry>
</feed>"""


class Site:
    """The pages the local server serves; `hits` counts requests per path."""

    def __init__(self):
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.base = ""
        self.pages = {
            "/articles/dam.html": page("Dam repairs finish early in Riverton", DAM, "2024-03-05"),
            "/articles/ferry.html": page("Lakeside ferry to run every half hour", FERRY),
            # No title and no date: the Atom entry's title and date fill them in.
            "/articles/library": page(None, LIBRARY),
            "/articles/bridge.html": page("Footbridge opens", BRIDGE, "2024-03-10"),
        }


def make_handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep the test output clean
            pass

        def send(self, status: int, ctype: str, body: bytes, length: bool = True):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            if length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            path = self.path.split("?")[0]
            with site.lock:
                site.hits[path] += 1
            try:
                self.route(path)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading (size cap, timeout): expected

        def route(self, path: str):
            html = "text/html; charset=utf-8"
            if path in site.pages:
                self.send(200, html, site.pages[path].encode())
            elif path == "/slow":
                time.sleep(SLOW_S)
                self.send(200, html, site.pages["/articles/dam.html"].encode())
            elif path == "/huge":
                self.send(200, html, b"<html><body>" + b"x" * HUGE + b"</body></html>")
            elif path == "/huge-stream":  # no Content-Length: only counting bytes can stop it
                self.send_response(200)
                self.send_header("Content-Type", html)
                self.end_headers()
                for _ in range(HUGE // 1000):
                    self.wfile.write(b"<p>" + b"y" * 993 + b"</p>")
            elif path == "/drip":  # each read is quick, the whole download is not
                self.send_response(200)
                self.send_header("Content-Type", html)
                self.end_headers()
                for _ in range(DRIP_STEPS):
                    self.wfile.write(b"<p>" + b"z" * 100 + b"</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif path == "/report.pdf":
                self.send(200, "application/pdf", b"%PDF-1.4\n" + b"\x00" * 1000)
            elif path == "/logo.png":
                self.send(200, "image/png", b"\x89PNG\r\n\x1a\n")
            elif path == "/notes.txt":
                self.send(200, "text/plain", b"just some notes, not a page")
            elif path == "/feed.rss":
                self.send(200, "application/rss+xml", rss(site.base).encode())
            elif path == "/feed.xml":  # a feed served with a vague type: sniffed
                self.send(200, "text/xml", rss(site.base).encode())
            elif path == "/feed.atom":
                self.send(200, "application/atom+xml", ATOM.encode())
            elif path == "/moved":
                self.send_response(301)
                self.send_header("Location", "/articles/ferry.html")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/error":
                self.send(503, html, b"<html>down for maintenance</html>")
            else:
                self.send(404, html, b"<html>not found</html>")

    return Handler


@pytest.fixture
def site(monkeypatch):
    # httpx honours proxy variables; the loopback server must be reached directly.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site))
    server.daemon_threads = True
    server.handle_error = lambda request, address: None  # aborted clients are expected here
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture
def web_rag(tmp_path):
    def make(**overrides) -> Rag:
        settings = fake_settings(tmp_path, **overrides)
        return Rag(settings, embedder=FakeEmbedder(), reranker=FakeReranker())

    return make


def read(url: str, **limits) -> list[Article | IngestFailure]:
    return list(read_url(url, WebLimits(**limits)))


def only_failure(items) -> IngestFailure:
    assert len(items) == 1 and isinstance(items[0], IngestFailure), items
    return items[0]


# -- reading one URL ------------------------------------------------------------------------------


def test_page_becomes_one_article_with_a_url_id(site):
    url = f"{site.base}/articles/dam.html"
    [article] = read(url)
    assert isinstance(article, Article)
    assert article.id == url_article_id(url) and article.id.startswith("url-")
    assert article.title == "Dam repairs finish early in Riverton"
    assert article.published == "2024-03-05"
    assert article.source == "Valley Courier"
    assert article.url == url and article.origin == url
    assert "forty spillway gates" in article.text
    assert "Subscribe" not in article.text and "Home" not in article.text


def test_canonical_url_ignores_case_fragment_default_port_and_tracking():
    same = [
        "http://Example.com/a?id=3&utm_source=rss#top",
        "HTTP://example.com:80/a?id=3",
        "http://example.com/a?utm_medium=x&id=3",
    ]
    assert {canonical_url(u) for u in same} == {"http://example.com/a?id=3"}
    assert len({url_article_id(u) for u in same}) == 1
    assert url_article_id("http://example.com/a?id=4") != url_article_id(same[0])
    assert canonical_url("https://example.com") == "https://example.com/"


def test_redirect_is_followed_and_id_stays_the_requested_url(site):
    url = f"{site.base}/moved"
    [article] = read(url)
    assert article.id == url_article_id(url)
    assert article.url == f"{site.base}/articles/ferry.html"
    assert "electric boats" in article.text


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/error", "HTTP 503 Service Unavailable"),
        ("/report.pdf", "not an HTML page or feed (content-type application/pdf)"),
        ("/logo.png", "not an HTML page or feed (content-type image/png)"),
        ("/notes.txt", "not an HTML page or feed (content-type text/plain)"),
        ("/loop", "more than 5 redirects"),
    ],
)
def test_unusable_responses_give_one_clear_failure(site, path, reason):
    failure = only_failure(read(f"{site.base}{path}"))
    assert failure.origin == f"{site.base}{path}"
    assert failure.reason == reason
    # a server error may pass (exit 1, the system); a 404 or a PDF will not (exit 2, the input)
    assert failure.system == reason.startswith("HTTP 5")


def test_slow_server_times_out(site):
    started = time.perf_counter()
    failure = only_failure(read(f"{site.base}/slow", timeout_s=0.2))
    assert failure.reason == "timed out after 0.2 s"
    assert failure.system  # not the address's fault: `rag ingest` exits 1
    assert time.perf_counter() - started < SLOW_S


def test_a_download_that_never_ends_is_cut_off(site):
    # Reads every 0.1 s never trip the 0.2 s read timeout; the 3x overall deadline does.
    started = time.perf_counter()
    failure = only_failure(read(f"{site.base}/drip", timeout_s=0.2))
    assert failure.reason == "timed out after 0.6 s (download too slow)"
    assert time.perf_counter() - started < DRIP_STEPS * 0.1


@pytest.mark.parametrize("path", ["/huge", "/huge-stream"])
def test_responses_over_the_cap_are_refused(site, path):
    failure = only_failure(read(f"{site.base}{path}", max_bytes=CAP))
    assert failure.reason.startswith(f"response over {CAP:,} bytes")
    assert "RAG_MAX_FILE_BYTES" in failure.reason


def test_unreachable_server_and_other_schemes_fail_clearly(site):
    # A port nothing listens on: bind one, note it, close it.
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    failure = only_failure(read(f"http://127.0.0.1:{port}/x", timeout_s=1))
    assert failure.reason.startswith("cannot connect")
    assert only_failure(read("ftp://127.0.0.1/x")).reason == (
        "only http:// and https:// URLs can be ingested"
    )
    assert only_failure(read("http://")).reason == "not a valid URL (no host name)"
    assert only_failure(read("http://[::1/")).reason.startswith("not a valid URL")


# -- feeds ----------------------------------------------------------------------------------------


def test_rss_feed_yields_each_article_and_one_failure_per_bad_entry(site):
    items = read(f"{site.base}/feed.rss")
    articles = [i for i in items if isinstance(i, Article)]
    failures = {f.origin: f.reason for f in items if isinstance(f, IngestFailure)}
    assert [a.title for a in articles] == [
        "Dam repairs finish early in Riverton",
        "Lakeside ferry to run every half hour",
    ]
    dam, ferry = articles
    # The tracking parameter does not change the id: the same article as a direct fetch.
    assert dam.id == url_article_id(f"{site.base}/articles/dam.html")
    assert dam.published == "2024-03-05"  # the page's own date wins
    assert ferry.published == "2024-03-06"  # the page has none: the entry's date
    assert failures == {
        f"{site.base}/missing": "HTTP 404 Not Found",
        f"{site.base}/report.pdf": "not an HTML page or feed (content-type application/pdf)",
    }


def test_atom_feed_fills_title_and_date_from_the_entry(site):
    library, bridge = read(f"{site.base}/feed.atom")
    assert library.title == "Station becomes a library"
    assert library.published == "2024-03-09"
    assert library.url == f"{site.base}/articles/library"  # relative link resolved
    assert "clock tower" in library.text
    assert (bridge.title, bridge.published) == ("Footbridge opens", "2024-03-10")


def test_feed_with_a_vague_content_type_is_sniffed(site):
    items = read(f"{site.base}/feed.xml")
    assert sum(isinstance(i, Article) for i in items) == 2


def test_feed_item_limit_reads_the_first_entries_and_says_so(site):
    items = read(f"{site.base}/feed.rss", max_feed_items=1)
    assert isinstance(items[0], IngestFailure) and items[0].origin == f"{site.base}/feed.rss"
    assert "only the first 1 were read" in items[0].reason
    assert [type(i) for i in items[1:]] == [Article]
    assert site.hits["/articles/ferry.html"] == 0


def test_known_entries_are_not_fetched(site):
    stored = {url_article_id(f"{site.base}/articles/dam.html")}
    asked = []

    def known(ids):
        asked.append(ids)
        return stored & set(ids)

    items = list(read_url(f"{site.base}/feed.rss", WebLimits(), known))
    assert len(asked) == 1 and len(asked[0]) == 4  # one question for the whole feed
    assert [i.title for i in items if isinstance(i, Article)] == [
        "Lakeside ferry to run every half hour"
    ]
    assert site.hits["/articles/dam.html"] == 0
    assert [i.id for i in items if isinstance(i, AlreadyStored)] == list(stored)


def test_read_paths_sends_urls_to_the_web_reader(site, tmp_path):
    items = list(read_paths([f"{site.base}/articles/dam.html", str(tmp_path / "nope")], 10_000))
    assert isinstance(items[0], Article)
    assert items[1] == IngestFailure(str(tmp_path / "nope"), "no such file or directory")


# -- end to end through Rag.ingest ----------------------------------------------------------------


def test_ingest_feed_then_rerun_fetches_no_stored_page(site, web_rag):
    rag = web_rag()
    feed = f"{site.base}/feed.rss"
    first = rag.ingest([feed])
    assert (first.added, first.updated, first.unchanged) == (2, 0, 0)
    assert {(f.origin, f.reason) for f in first.failed} == {
        (f"{site.base}/missing", "HTTP 404 Not Found"),
        (f"{site.base}/report.pdf", "not an HTML page or feed (content-type application/pdf)"),
    }
    titles = {a.title for a in rag.articles()}
    assert titles == {
        "Dam repairs finish early in Riverton",
        "Lakeside ferry to run every half hour",
    }

    second = rag.ingest([feed])
    assert (second.added, second.updated, second.unchanged) == (0, 0, 2)  # stored: not fetched
    assert len(second.failed) == 2  # the broken entries are tried again; they may be fixed
    assert site.hits["/feed.rss"] == 2
    assert site.hits["/articles/dam.html"] == 1
    assert site.hits["/articles/ferry.html"] == 1
    assert site.hits["/missing"] == 2 and site.hits["/report.pdf"] == 2

    hits = rag.retrieve("How many spillway gates were replaced at the dam?", k=1)
    assert hits[0].chunk.article_id == url_article_id(f"{site.base}/articles/dam.html")
    assert hits[0].url == f"{site.base}/articles/dam.html"


def test_refetching_a_page_updates_the_same_article(site, web_rag):
    rag = web_rag()
    url = f"{site.base}/articles/bridge.html"
    assert rag.ingest([url]).added == 1
    assert rag.ingest([url]).unchanged == 1  # fetched again, same content: nothing written
    site.pages["/articles/bridge.html"] = page(
        "Footbridge opens", BRIDGE.replace("forty-minute", "half-hour"), "2024-03-10"
    )
    again = rag.ingest([url])
    assert (again.added, again.updated) == (0, 1)
    assert len(rag.articles()) == 1
    assert "half-hour detour" in rag.article(url_article_id(url)).text


def test_ingest_mixes_pages_failures_and_files(site, web_rag, tmp_path):
    rag = web_rag(max_file_bytes=CAP, fetch_timeout_s=0.2)
    story = tmp_path / "local.txt"
    story.write_text("---\ntitle: Local\n---\nThe harbour wall was rebuilt in stone.\n")
    report = rag.ingest(
        [
            f"{site.base}/articles/dam.html",
            f"{site.base}/slow",
            f"{site.base}/huge",
            f"{site.base}/feed.atom",
            str(story),
        ]
    )
    assert (report.added, report.updated, report.unchanged) == (4, 0, 0)
    assert [(f.origin, f.reason.split(";")[0]) for f in report.failed] == [
        (f"{site.base}/slow", "timed out after 0.2 s"),
        (f"{site.base}/huge", f"response over {CAP:,} bytes"),
    ]


def test_cli_keeps_the_url_intact(site, tmp_path, monkeypatch):
    monkeypatch.setattr(
        cli,
        "engine",
        lambda **kw: Rag(fake_settings(tmp_path), embedder=FakeEmbedder(), reranker=FakeReranker()),
    )
    result = CliRunner().invoke(
        cli.app, ["ingest", f"{site.base}/articles/dam.html", f"{site.base}/missing"]
    )
    assert "1 added, 0 updated, 0 unchanged, 1 failed" in result.output
    assert f"{site.base}/missing: HTTP 404 Not Found" in result.output
    assert result.exit_code == 2  # a bad address is bad input; a timeout exits 1
