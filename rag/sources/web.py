"""Web pages and RSS/Atom feeds: `rag ingest https://...`.

A page URL becomes one Article (trafilatura extracts it, as for HTML files). A feed URL yields one
Article per linked entry, each page fetched in turn; an entry that fails gives one IngestFailure
naming its URL, and the rest still come through. An article's id is a hash of its canonical URL,
so fetching the same URL again updates the same article, and a feed re-run can skip entries that
are already stored without downloading them.
"""

from __future__ import annotations

import hashlib
import io
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from rag.sources.common import SourceError, SourceUnreachable
from rag.types import AlreadyStored, Article, IngestFailure

USER_AGENT = "newsrag/0.1 (news question answering; fetches pages it is asked to ingest)"
KnownIds = Callable[[list[str]], set[str]]

_PAGE_TYPES = ("text/html", "application/xhtml+xml")
_FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/x-rss+xml",
)
# Types that say little about the body: decided by sniffing its start.
_AMBIGUOUS_TYPES = ("", "text/xml", "application/xml", "text/plain", "application/octet-stream")
_SNIFF_BYTES = 2048


@dataclass(frozen=True)
class WebLimits:
    max_bytes: int = 5_000_000  # per response, streamed: reading stops past it
    timeout_s: float = 10.0  # connect, and each read; the whole download gets 3x this
    max_feed_items: int = 100
    max_redirects: int = 5


def canonical_url(url: str) -> str:
    """The URL that identifies an article: lower-case scheme and host, no default port, no
    fragment, no utm_* tracking parameters (feeds add them to links)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{parts.port}"
    params = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode([(k, v) for k, v in params if not k.startswith("utm_")])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def url_article_id(url: str) -> str:
    return "url-" + hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()[:16]


def url_problem(url: str) -> str | None:
    """Why `url` cannot be fetched, or None if it can."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as err:
        return f"not a valid URL ({err})"
    if parts.scheme.lower() not in ("http", "https"):
        return "only http:// and https:// URLs can be ingested"
    if not parts.hostname:
        return "not a valid URL (no host name)"
    return None


@dataclass(frozen=True)
class _Response:
    url: str  # after redirects
    content_type: str  # media type only, lower case
    charset: str | None
    body: bytes


def read_url(
    url: str, limits: WebLimits | None = None, known_ids: KnownIds | None = None
) -> Iterator[Article | IngestFailure | AlreadyStored]:
    """One Article for a page; one Article or IngestFailure per entry for a feed.

    `known_ids(ids)` returns those of `ids` already stored; feed entries among them are skipped
    without fetching their pages.
    """
    import httpx  # only URL input needs it

    limits = limits or WebLimits()
    problem = url_problem(url)
    if problem:
        yield IngestFailure(url, problem)
        return
    with httpx.Client(
        timeout=httpx.Timeout(limits.timeout_s),
        follow_redirects=True,
        max_redirects=limits.max_redirects,
        headers={"User-Agent": USER_AGENT},
    ) as client:
        try:
            response = _fetch(client, url, limits)
            kind = _kind(response)
            if kind == "page":
                yield _page_article(response, url)
                return
        except SourceError as err:
            yield IngestFailure(url, str(err), system=isinstance(err, SourceUnreachable))
            return
        yield from _feed_articles(client, response, url, limits, known_ids)


def _fetch(client, url: str, limits: WebLimits) -> _Response:
    """GET with a byte cap and an overall deadline; every problem becomes a SourceError."""
    import httpx

    deadline = time.monotonic() + 3 * limits.timeout_s
    try:
        with client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                reason = f" {resp.reason_phrase}" if resp.reason_phrase else ""
                # "HTTP 404 Not Found" is a bad address; "HTTP 503" (and 429, too many
                # requests) a server that may answer later
                down = resp.status_code >= 500 or resp.status_code == 429
                raise (SourceUnreachable if down else SourceError)(
                    f"HTTP {resp.status_code}{reason}"
                )
            media, charset = _content_type(resp.headers.get("content-type", ""))
            if media and media not in _PAGE_TYPES + _FEED_TYPES + _AMBIGUOUS_TYPES:
                raise SourceError(f"not an HTML page or feed (content-type {media})")
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise SourceError(_too_big(limits.max_bytes))
            body = bytearray()
            for piece in resp.iter_bytes():
                body += piece
                if len(body) > limits.max_bytes:
                    raise SourceError(_too_big(limits.max_bytes))
                if time.monotonic() > deadline:
                    raise SourceUnreachable(
                        f"timed out after {3 * limits.timeout_s:g} s (download too slow)"
                    )
            return _Response(str(resp.url), media, charset, bytes(body))
    except httpx.TimeoutException:
        raise SourceUnreachable(f"timed out after {limits.timeout_s:g} s") from None
    except httpx.TooManyRedirects:
        raise SourceError(f"more than {limits.max_redirects} redirects") from None
    except httpx.UnsupportedProtocol:
        raise SourceError("redirected to a URL that is not http:// or https://") from None
    except httpx.ConnectError as err:
        raise SourceUnreachable(f"cannot connect: {err}") from None
    except httpx.InvalidURL as err:
        raise SourceError(f"not a valid URL ({err})") from None
    except httpx.HTTPError as err:  # protocol errors, a reset connection
        raise SourceUnreachable(f"fetch failed: {err or type(err).__name__}") from None


def _too_big(limit: int) -> str:
    return f"response over {limit:,} bytes; raise RAG_MAX_FILE_BYTES to accept larger pages"


def _content_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media.strip().lower(), charset


def _kind(response: _Response) -> str:
    """'page' or 'feed', from the content type or, when that is vague, the body's start."""
    if response.content_type in _PAGE_TYPES:
        return "page"
    if response.content_type in _FEED_TYPES:
        return "feed"
    head = response.body[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if re.search(rb"<(rss|feed|rdf:rdf)[\s>]", head):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "page"
    raise SourceError(
        f"not an HTML page or feed (content-type {response.content_type or 'not given'})"
    )


def _decode(response: _Response) -> str:
    if not response.body.strip():
        raise SourceError("the page is empty")
    charset = response.charset
    if not charset:
        meta = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", response.body[:4096], re.I)
        charset = meta.group(1).decode("ascii") if meta else "utf-8"
    try:
        return response.body.decode(charset, errors="replace")
    except LookupError:  # a charset name Python does not know
        return response.body.decode("utf-8", errors="replace")


def _page_article(response: _Response, requested: str) -> Article:
    from rag.sources.html import extract_html

    return extract_html(
        _decode(response),
        origin=requested,
        url=canonical_url(response.url),  # what citations show: no tracking parameters
        id=url_article_id(requested),
    )


def _feed_articles(
    client, response: _Response, feed_url: str, limits: WebLimits, known_ids: KnownIds | None
) -> Iterator[Article | IngestFailure | AlreadyStored]:
    import feedparser  # only feeds need it

    # A stream, not bytes: given bytes, feedparser first tries them as a local file name.
    parsed = feedparser.parse(
        io.BytesIO(response.body),
        response_headers={"content-location": response.url, "content-type": response.content_type},
    )
    if not parsed.entries:
        problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
        yield IngestFailure(
            feed_url, f"cannot read the feed: {problem}" if problem else "the feed has no entries"
        )
        return
    source = parsed.feed.get("title") or None
    entries = []
    seen = set()
    for n, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        if not link:
            yield IngestFailure(f"{feed_url} entry {n}", "the entry has no link to an article")
            continue
        link = urljoin(response.url, link.strip())
        problem = url_problem(link)
        if problem:
            yield IngestFailure(link, problem)
            continue
        if url_article_id(link) not in seen:
            seen.add(url_article_id(link))
            entries.append((link, entry))
    if len(entries) > limits.max_feed_items:
        yield IngestFailure(
            feed_url,
            f"the feed links {len(entries)} articles; only the first {limits.max_feed_items} "
            "were read (raise RAG_MAX_FEED_ITEMS for more)",
        )
        entries = entries[: limits.max_feed_items]
    stored = known_ids([url_article_id(link) for link, _ in entries]) if known_ids else set()
    for link, entry in entries:
        if url_article_id(link) in stored:
            yield AlreadyStored(link, url_article_id(link))  # counted as unchanged, not fetched
            continue
        try:
            page = _fetch(client, link, limits)
            if _kind(page) != "page":
                raise SourceError("the entry links to a feed, not an article page")
            article = _page_article(page, link)
        except SourceError as err:
            yield IngestFailure(link, str(err), system=isinstance(err, SourceUnreachable))
            continue
        yield _with_entry_fallbacks(article, entry, source)


def _with_entry_fallbacks(article: Article, entry, feed_title: str | None) -> Article:
    """What the page lacks (title, date, source), the feed entry may know."""
    published = article.published
    if not published:
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            published = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}"
    return replace(
        article,
        title=article.title or (entry.get("title") or "").strip() or None,
        published=published,
        source=article.source or feed_title,
    )
