"""Read an eval dataset folder: `corpus.jsonl` (articles) + `questions.jsonl` (questions and gold).

The format is described in the README.md of the shared eval folder (`../shared/eval` from the
repository root, `SHARED_EVAL_DIR`). Every problem is a `BadInput` naming the file and line, so a
malformed dataset fails before any model is loaded.

Empty strings in `answers` are dropped (SQuAD 2.0 writes `[""]` for unanswerable questions).
An unanswerable question may still list answers (realtimeqa does: the right choice exists, the
corpus just does not hold it); they are kept for the multiple-choice metric only.

Optional fields of the project's own sets: `history` (earlier user turns, `eval/conversations`),
`period` (`{"since": "YYYY-MM-DD", "until": "YYYY-MM-DD"}`, either may be null: the publication
dates a right report lies between, `eval/time`) and `key_facts` (short phrases a story briefing
must contain, `eval/stories`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag.config import PROJECT_ROOT
from rag.errors import BadInput
from rag.types import Article

CORPUS_FILE = "corpus.jsonl"
QUESTIONS_FILE = "questions.jsonl"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The shared dev sets (squad2-dev, realtimeqa-dev) live beside the checkout, not in it.
SHARED_EVAL = "../shared/eval"
SHARED_EVAL_DIR = (PROJECT_ROOT / SHARED_EVAL).resolve()


@dataclass(frozen=True)
class EvalQuestion:
    """One question with its gold data. Only `question` is ever shown to the system."""

    id: str
    question: str
    answers: tuple[str, ...]
    answerable: bool
    gold_doc_ids: tuple[str, ...]
    type: str
    choices: tuple[str, ...] = ()
    date: str | None = None
    # Earlier user turns of a conversation, asked first and in order (follow-up datasets).
    history: tuple[str, ...] = ()
    # (since, until) publication dates of the report(s) from the asked period; None: no period.
    period: tuple[str | None, str | None] | None = None
    key_facts: tuple[str, ...] = ()  # phrases a story briefing must contain (eval/stories)
    line: int = 0  # line in questions.jsonl, for messages


@dataclass(frozen=True)
class EvalDataset:
    """A dataset folder, read and checked."""

    name: str
    path: Path
    corpus_path: Path
    articles: tuple[Article, ...]
    questions: tuple[EvalQuestion, ...]

    @property
    def article_ids(self) -> frozenset[str]:
        return frozenset(a.id for a in self.articles)


def load_dataset(path: str | Path) -> EvalDataset:
    """Read and validate a dataset folder; raise `BadInput` naming file and line on any problem."""
    folder = Path(path)
    if not folder.is_dir():
        raise BadInput(
            f"{folder}: not a dataset folder; give a folder holding {CORPUS_FILE} and "
            f"{QUESTIONS_FILE} (the format: README.md, section Evaluation; an example: "
            "eval/followup)"
        )
    corpus_path = folder / CORPUS_FILE
    questions_path = folder / QUESTIONS_FILE
    for file in (corpus_path, questions_path):
        if not file.is_file():
            raise BadInput(
                f"{file}: missing; a dataset folder needs {CORPUS_FILE} and {QUESTIONS_FILE}"
            )

    articles = tuple(_read_corpus(corpus_path))
    if not articles:
        raise BadInput(f"{corpus_path}: holds no articles; add one JSON object per line")
    ids = {a.id for a in articles}
    questions = tuple(_read_questions(questions_path, ids))
    if not questions:
        raise BadInput(f"{questions_path}: holds no questions; add one JSON object per line")
    return EvalDataset(
        name=folder.resolve().name,
        path=folder,
        corpus_path=corpus_path,
        articles=articles,
        questions=questions,
    )


def _json_lines(file: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; BadInput on bad JSON or a non-object."""
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{file}: not UTF-8 text ({exc.reason}); re-save it as UTF-8") from exc
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise BadInput(
                f"{file}:{number}: not valid JSON ({exc.msg} at column {exc.colno}); "
                "each line must be one JSON object"
            ) from exc
        if not isinstance(obj, dict):
            raise BadInput(f"{file}:{number}: expected a JSON object, got {type(obj).__name__}")
        yield number, obj


class _Line:
    """Typed field access for one JSON line, with errors naming file, line and field."""

    def __init__(self, file: Path, number: int, obj: dict[str, Any]):
        self.where = f"{file}:{number}"
        self.number = number
        self.obj = obj

    def fail(self, message: str) -> BadInput:
        return BadInput(f"{self.where}: {message}")

    def text(self, key: str, *, required: bool = True, nonempty: bool = True) -> str | None:
        value = self.obj.get(key)
        if value is None:
            if required:
                raise self.fail(f"missing field {key!r} (a string)")
            return None
        if not isinstance(value, str):
            raise self.fail(f"field {key!r} must be a string, got {type(value).__name__}")
        if nonempty and not value.strip():
            raise self.fail(f"field {key!r} is empty")
        return value

    def strings(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self.obj.get(key)
        if value is None:
            if required:
                raise self.fail(f"missing field {key!r} (a list of strings)")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"field {key!r} must be a list of strings")
        return tuple(value)

    def unique_id(self, seen: dict[str, int], kind: str) -> str:
        """The line's `id`, which no earlier line of the file may have used (`seen`: id -> line)."""
        value = self.text("id")
        assert value is not None
        if value in seen:
            raise self.fail(f"duplicate {kind} id {value!r} (first on line {seen[value]})")
        seen[value] = self.number
        return value

    def date(self, key: str) -> str | None:
        return self._checked_date(f"field {key!r}", self.text(key, required=False))

    def _checked_date(self, label: str, value: Any) -> str | None:
        if value is not None and not (isinstance(value, str) and _DATE.match(value)):
            raise self.fail(f"{label} must be YYYY-MM-DD or null, got {value!r}")
        return value

    def period(self) -> tuple[str | None, str | None] | None:
        """`period` as (since, until): an object with YYYY-MM-DD or null, since <= until."""
        value = self.obj.get("period")
        if value is None:
            return None
        if not isinstance(value, dict) or set(value) - {"since", "until"}:
            raise self.fail("field 'period' must be an object with 'since' and/or 'until' dates")
        since = self._checked_date("period 'since'", value.get("since"))
        until = self._checked_date("period 'until'", value.get("until"))
        if since is None and until is None:
            raise self.fail("field 'period' needs 'since', 'until' or both")
        if since and until and since > until:
            raise self.fail(f"period 'since' {since} is after 'until' {until}")
        return since, until


def _read_corpus(file: Path) -> Iterator[Article]:
    seen: dict[str, int] = {}
    for number, obj in _json_lines(file):
        line = _Line(file, number, obj)
        article_id = line.unique_id(seen, "article")
        text = line.text("text")
        assert text is not None
        yield Article(
            id=article_id,
            title=line.text("title", required=False, nonempty=False) or None,
            text=text,
            source=line.text("source", required=False, nonempty=False) or None,
            published=line.date("published"),
            url=line.text("url", required=False, nonempty=False) or None,
            origin=f"{file}:{number}",
        )


def _read_questions(file: Path, article_ids: set[str]) -> Iterator[EvalQuestion]:
    seen: dict[str, int] = {}
    for number, obj in _json_lines(file):
        line = _Line(file, number, obj)
        qid = line.unique_id(seen, "question")
        question = line.text("question")
        assert question is not None
        answerable = obj.get("answerable")
        if not isinstance(answerable, bool):
            raise line.fail("field 'answerable' must be true or false")
        answers = tuple(a for a in line.strings("answers") if a.strip())
        if answerable and not answers:
            raise line.fail("an answerable question needs at least one non-empty answer")
        gold = line.strings("gold_doc_ids")
        unknown = [g for g in gold if g not in article_ids]
        if unknown:
            raise line.fail(
                f"gold_doc_ids {unknown[:3]} are not ids in {CORPUS_FILE}; "
                "fix the ids or the corpus"
            )
        choices = line.strings("choices", required=False)
        if choices and (not answers or answers[0] not in choices):
            raise line.fail("with 'choices', answers[0] must be one of the choices (the right one)")
        yield EvalQuestion(
            id=qid,
            question=question,
            answers=answers,
            answerable=answerable,
            gold_doc_ids=gold,
            type=line.text("type", required=False) or "unknown",
            choices=choices,
            date=line.date("date"),
            history=line.strings("history", required=False),
            period=line.period(),
            key_facts=line.strings("key_facts", required=False),
            line=number,
        )
