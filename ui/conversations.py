"""Conversations as plain JSON, kept in the browser (`gr.BrowserState`, i.e. localStorage).

    store = {"version": 1, "current": "c…" | None,
             "conversations": [{"id", "title", "created", "updated", "turns": [turn, …]}, …]}
    turn  = {"question": str, "scope": {"since", "until", "sources"},
             "answer": Answer.to_dict() + {"standalone_question", "passages": [Hit as dict]}}

Newest conversation first. A turn keeps what re-rendering it needs (citations with their
offsets, the closest passages of a refusal) and what a follow-up needs after a reload: the
library takes history as (question, Answer) pairs, and `answer_from_json` rebuilds the Answer.
Everything is pure and unit-tested; nothing here imports gradio.
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
from datetime import datetime

from rag.types import Answer, Chunk, Citation, Copy, Hit, ShortAnswer

log = logging.getLogger(__name__)

VERSION = 1
MAX_CONVERSATIONS = 50  # localStorage holds ~5 MB per site; a turn is a few KB
MAX_TURNS = 50
PASSAGES_KEPT = 3  # the best passages: a refusal shows them, a follow-up reads the first
TITLE_CHARS = 60


def empty_store() -> dict:
    return {"version": VERSION, "current": None, "conversations": []}


def now() -> str:
    return datetime.now().isoformat(timespec="minutes")


def new_id() -> str:
    return "c" + secrets.token_hex(6)


def answer_json(answer: Answer) -> dict:
    """`Answer.to_dict()` plus what re-rendering and follow-ups need."""
    out = answer.to_dict()
    out["standalone_question"] = answer.standalone_question
    out["passages"] = [dataclasses.asdict(h) for h in answer.passages[:PASSAGES_KEPT]]
    return out


def _known(cls, data: dict) -> dict:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def answer_from_json(data: dict) -> Answer:
    """The Answer a stored turn was made from (timings and the unverified draft aside).
    Raises KeyError/TypeError/ValueError on a malformed dict."""
    citations = tuple(
        Citation(**{**_known(Citation, c),
                    "also_reported_by": tuple(Copy(**_known(Copy, x))
                                              for x in c.get("also_reported_by") or ())})
        for c in data.get("citations") or ()
    )
    passages = tuple(
        Hit(**{**_known(Hit, h), "chunk": Chunk(**_known(Chunk, h["chunk"])),
               "pages": tuple(h.get("pages") or ())})
        for h in data.get("passages") or ()
    )
    short = data.get("short_answer")
    return Answer(
        question=data["question"], answer=data["answer"], refused=bool(data["refused"]),
        citations=citations, passages=passages,
        standalone_question=data.get("standalone_question"),
        confidence=data.get("confidence"),
        short_answer=ShortAnswer(**_known(ShortAnswer, short)) if short else None,
        refusal_reason=data.get("refusal_reason"),
        notes=tuple(data.get("notes") or ()),
    )


def load(store: object) -> dict:
    """A usable store from whatever the browser sent: a missing or foreign value becomes an
    empty store; a conversation that cannot be read is dropped (one log line), not fatal."""
    if not isinstance(store, dict) or store.get("version") != VERSION:
        return empty_store()
    good = []
    for conv in store.get("conversations") or []:
        try:
            for turn in conv["turns"]:
                answer_from_json(turn["answer"])
            good.append(conv)
        except (KeyError, TypeError, ValueError) as err:
            log.warning("dropped a stored conversation that cannot be read: %r", err)
    current = store.get("current")
    if current not in {c["id"] for c in good}:
        current = None
    return {"version": VERSION, "current": current, "conversations": good}


def current(store: dict) -> dict | None:
    return find(store, store.get("current"))


def find(store: dict, conv_id: str | None) -> dict | None:
    for conv in store["conversations"]:
        if conv["id"] == conv_id:
            return conv
    return None


def turns(store: dict) -> list[dict]:
    conv = current(store)
    return conv["turns"] if conv else []


def title_for(question: str) -> str:
    title = " ".join(question.split())
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1].rstrip() + "…"


def add_turn(store: dict, question: str, answer: Answer, scope: dict) -> dict:
    """A new store with this turn appended to the current conversation (made if none is
    open) and that conversation moved to the top of the list."""
    conv = current(store)
    stamp = now()
    if conv is None:
        conv = {"id": new_id(), "title": title_for(question), "created": stamp, "turns": []}
    turn = {"question": question, "scope": scope, "answer": answer_json(answer)}
    conv = {**conv, "updated": stamp, "turns": (conv["turns"] + [turn])[-MAX_TURNS:]}
    others = [c for c in store["conversations"] if c["id"] != conv["id"]]
    return {**store, "current": conv["id"],
            "conversations": ([conv] + others)[:MAX_CONVERSATIONS]}


def open_conversation(store: dict, conv_id: str | None) -> dict:
    return {**store, "current": conv_id if find(store, conv_id) else None}


def rename(store: dict, conv_id: str, title: str) -> dict:
    title = " ".join((title or "").split())[:200]
    return {**store, "conversations": [
        {**c, "title": title} if c["id"] == conv_id and title else c
        for c in store["conversations"]]}


def delete(store: dict, conv_id: str) -> dict:
    left = [c for c in store["conversations"] if c["id"] != conv_id]
    return {**store, "conversations": left,
            "current": None if store.get("current") == conv_id else store.get("current")}


def history(store: dict) -> list[tuple[str, Answer]]:
    """The current conversation as the library's history: (question, Answer) pairs."""
    return [(t["question"], answer_from_json(t["answer"])) for t in turns(store)]


def label(conv: dict) -> str:
    """"title · 30 Nov 11:20" for the list of conversations."""
    try:
        when = datetime.fromisoformat(conv.get("updated") or conv["created"])
        stamp = when.strftime("%-d %b %H:%M")
    except (KeyError, ValueError):
        stamp = ""
    return f"{conv['title']} · {stamp}" if stamp else conv["title"]


def choices(store: dict) -> list[tuple[str, str]]:
    return [(label(c), c["id"]) for c in store["conversations"]]


def markdown(conv: dict) -> str:
    """The conversation as Markdown: each question, its answer, and the cited sentences with
    their articles (title, source, date, link)."""
    lines = [f"# {conv['title']}", "", f"_{conv.get('created', '')}_", ""]
    for turn in conv["turns"]:
        answer = turn["answer"]
        lines += [f"## {turn['question']}", "", answer["answer"], ""]
        for c in answer.get("citations") or ():
            page = f"p. {c['page']}" if c.get("page") else None
            meta = ", ".join(x for x in (c.get("source"), c.get("published"), page) if x)
            head = f"[{c['n']}] {c.get('title') or c['article_id']}" + (f" ({meta})" if meta
                                                                         else "")
            if c.get("url"):
                head += f" <{c['url']}>"
            lines += [head, f"> {c['sentence']}", ""]
    return "\n".join(lines).rstrip() + "\n"
