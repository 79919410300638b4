"""Date and source filters that say what they did.

- Source names match whatever their case and surrounding or doubled spaces ("coastal ledger "
  finds "Coastal Ledger"); a name no stored article has is an error listing the known sources,
  closest first (difflib's ratio).
- A date must be YYYY-MM-DD; an inverted range (since after until) is an error.
- Filters that leave no article are not an error but a fact the reply states
  (`excluded_by`), instead of "could not find the answer".
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

from rag.errors import BadInput
from rag.retrieve import Filters
from rag.store import validate_date
from rag.types import ArticleInfo


def source_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def resolve_sources(given: Sequence[str] | None, known: Iterable[str]) -> tuple[str, ...] | None:
    """The stored source names `given` refers to (all spellings of each); None for no filter.

    Raises BadInput for a blank name or one no stored article has, listing the known sources
    with the closest first.
    """
    if not given:
        return None
    by_key: dict[str, list[str]] = {}
    for name in sorted(set(known)):
        by_key.setdefault(source_key(name), []).append(name)
    found: list[str] = []
    for name in given:
        key = source_key(name or "")
        if not key:
            raise BadInput("the source filter is empty; give a source name (`rag stats` lists)")
        if key not in by_key:
            raise BadInput(f"unknown source {name.strip()!r}; {_known_list(key, by_key)}")
        found.extend(n for n in by_key[key] if n not in found)
    return tuple(found)


def _known_list(key: str, by_key: dict[str, list[str]]) -> str:
    if not by_key:
        return "no stored article has a source yet"
    ranked = sorted(
        by_key,
        key=lambda k: (-difflib.SequenceMatcher(None, key, k).ratio(), k),
    )
    names = [by_key[k][0] for k in ranked]
    shown = ", ".join(repr(n) for n in names[:10])
    more = f" and {len(names) - 10} more (`rag stats`)" if len(names) > 10 else ""
    return f"known sources, closest first: {shown}{more}"


def resolve(
    since: str | None, until: str | None, sources: Sequence[str] | None, known: Iterable[str]
) -> Filters:
    """Checked filters: dates validated and in order, source names resolved (see module doc)."""
    for value, name in ((since, "since"), (until, "until")):
        if value is not None and not value.strip():
            raise BadInput(f"the {name} date is empty; write it as YYYY-MM-DD or leave it out")
    since = validate_date(since.strip() if since else since, "since")
    until = validate_date(until.strip() if until else until, "until")
    if since and until and since > until:
        raise BadInput(
            f"the date range is inverted: since {since} is after until {until}; swap them"
        )
    return Filters(since, until, resolve_sources(sources, known))


def describe(filters: Filters) -> str:
    """The filters in words: "from Coastal Ledger, published on or after 2030-01-01"."""
    parts = []
    if filters.sources:
        parts.append("from " + " or ".join(dict.fromkeys(filters.sources)))
    if filters.since and filters.until:
        parts.append(f"published between {filters.since} and {filters.until}")
    elif filters.since:
        parts.append(f"published on or after {filters.since}")
    elif filters.until:
        parts.append(f"published on or before {filters.until}")
    return ", ".join(parts)


def active(filters: Filters) -> bool:
    return bool(filters.since or filters.until or filters.sources)


def excluded_by(filters: Filters, matching: int, everything: Sequence[ArticleInfo]) -> str | None:
    """None if `matching` articles pass the filters; else the reply: which filter left nothing,
    and what the store holds instead (the dates the articles span)."""
    if matching or not active(filters):
        return None
    pool = [a for a in everything if not filters.sources or a.source in filters.sources]
    dates = sorted(a.published for a in pool if a.published)
    span = (
        f"are from {dates[0]}"
        if dates and dates[0] == dates[-1]
        else f"run from {dates[0]} to {dates[-1]}"
        if dates
        else "have no publication dates"
    )
    if filters.sources and (filters.since or filters.until) and pool:
        text = f"No article {describe(filters)} (its articles {span})."
    elif dates:
        text = f"No article {describe(filters)}; the articles {span}."
    else:
        text = f"No article {describe(filters)}; no stored article has a publication date."
    return text + " The filters excluded every article, so nothing was searched."
