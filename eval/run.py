"""Run a dataset through `rag.api` and score it.

`run_eval(dataset_dir, settings)` ingests the dataset's corpus into its own store under
`settings.data_dir / "eval" / <dataset>__<embedder>__<chunking>` (always an embedded store, never
the user's collection or server), forgets articles no longer in the corpus, then asks every
question (the first `limit` in file order) through `Rag.retrieve(k=10)` and `Rag.ask`. The system
sees only the question text: gold answers, gold ids, choices and dates are read only to score.
Metric definitions are in `eval/metrics.py`.

A question whose `ask` raises `BadInput` (other than an unknown back-end name) is counted in
`questions.skipped`, listed with its reason, and scored as a miss: no retrieval hit, empty answer,
0 in the CRAG score. It is left out of the refusal metrics only (it neither refused nor answered).
Any other error stops the run.

Report keys (nested JSON; written here as dotted paths). Undefined metrics are null.

- `schema`: report format version (1).
- `dataset.name`, `dataset.path`, `dataset.articles`, `dataset.questions`.
- `run.started` (ISO time), `run.seconds`, `run.retriever`, `run.answerer`, `run.answer_model`
  (the model that phrased answers, or null), `run.refusal_threshold`, `run.embed_model`,
  `run.rerank_model`, `run.top_k`, `run.store`, `run.limit`,
  `run.ingest.{added,updated,unchanged,removed,failed,seconds}`, `run.ingest.failures` (list).
  Questions with a `history` (conversations) have their earlier turns asked first; the
  follow-up is retrieved and answered with that history, and only it is scored.
- `questions.evaluated`, `questions.answerable`, `questions.unanswerable`,
  `questions.not_evaluated` (beyond `--limit`), `questions.skipped`,
  `questions.skipped_ids` (list of {id, reason}).
- `retrieval.n` (answerable questions with gold ids), `retrieval.recall@1`, `retrieval.recall@5`,
  `retrieval.recall@10` (any gold article in the top k distinct articles), `retrieval.mrr@10`,
  `retrieval.gold_share@10` (share of gold articles in the top 10, out of min(gold, 10)).
- `answer.n` (answerable questions), `answer.exact_match`, `answer.f1`, `answer.contains`
  (scored on the reply with its `[n]` citation marks removed; a refusal or a skip scores 0),
  `answer.answered` (not refused), `answer.f1_answered`, `answer.contains_answered` (the same
  over answered ones only: answer quality apart from refusals). `answer.short_exact_match`,
  `answer.short_f1` (the `short_answer` against the gold answers; where no short answer was
  given, e.g. a why-question, the reply is scored instead; refusals score 0),
  `answer.short_f1_answered`, `answer.short_given` (share of answered questions with a short
  answer).
  Multiple-choice datasets add `answer.choice_n` (every question with choices) and
  `answer.choice_accuracy` (the choice the reply text supports best, see
  `metrics.pick_choice`, is the right one; a refusal or no clear pick counts as wrong).
- `refusal.n`, `refusal.refused`, `refusal.precision`, `refusal.recall`.
- `score.crag` (+1 correct, 0 refused or skipped, -1 wrong, mean over evaluated questions),
  `score.correct`, `score.refused`, `score.wrong`, `score.skipped`, `score.max_possible`
  (the share of answerable questions: the score of a perfect system), `score.right` (the share
  of replies that were right: a correct answer, or a refusal of an unanswerable question).
- `citation.n` (citations on answered answerable questions), `citation.precision` (share whose
  sentence supports a gold answer), `citation.doc_precision` (share citing a gold article),
  `citation.per_answer` (mean citations per answered question).
- `latency.<stage>.{n,p50_ms,p95_ms,mean_ms}`: `total` is the wall time of `Rag.ask`, one entry
  per key of `Answer.timings_ms` (other than its own "total"), and `retrieve_k10` the extra
  `Rag.retrieve(k=10)` made for the retrieval metrics.
- `per_question`: one record per evaluated question (id, type, answerable, refused, skipped,
  answer, gold answers, outcome, em, f1, contains, first_gold_rank, cited article ids, choice,
  evidence_score, confidence, short_answer, short_f1, refusal_reason, and the `signals` the
  answerability judgement read).
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eval import metrics
from eval.datasets import EvalDataset, EvalQuestion, load_dataset
from rag.config import Settings
from rag.errors import BadInput, UnknownName
from rag.types import Answer

SCHEMA_VERSION = 1
RETRIEVE_K = 10
RECALL_KS = (1, 5, 10)


@dataclass(frozen=True)
class QuestionResult:
    """What one question produced; gold data stays in the EvalQuestion beside it."""

    question: EvalQuestion
    ranked_ids: list[str] = field(default_factory=list)
    answer: Answer | None = None
    skipped: str | None = None  # the reason, when the question could not be asked
    ask_ms: float = 0.0
    retrieve_ms: float = 0.0


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "x"


def eval_store_dir(settings: Settings, dataset_name: str, embed_name: str | None = None) -> Path:
    """The dataset's own store: keyed by dataset, embedder and chunking, which shape the index."""
    embed = embed_name or settings.embed_model
    chunking = f"w{settings.chunk_words}o{settings.chunk_overlap_sentences}"
    return settings.data_dir / "eval" / f"{_slug(dataset_name)}__{_slug(embed)}__{chunking}"


def run_eval(
    dataset_dir: str | Path,
    settings: Settings,
    retriever: str | None = None,
    answerer: str | None = None,
    limit: int | None = None,
    progress: bool = True,
    *,
    retrieval_only: bool = False,
    embedder: Any = None,
    reranker: Any = None,
) -> dict[str, Any]:
    """Ingest, ask every question, score; return the report dict (keys in the module docstring).

    `embedder`/`reranker` are the test seams of `rag.api.Rag`.
    """
    from rag.api import Rag  # pulls in the model and store adapters; keep `rag eval --help` fast

    if limit is not None and limit < 1:
        raise BadInput(f"--limit must be at least 1, got {limit}")
    dataset = load_dataset(dataset_dir)
    started = datetime.now(UTC)
    t0 = time.perf_counter()

    store = eval_store_dir(settings, dataset.name, getattr(embedder, "name", None))
    eval_settings = settings.model_copy(
        update={"data_dir": store, "chroma_url": None, "collection": "eval"}
    )
    rag = Rag(eval_settings, embedder=embedder, reranker=reranker)
    ingest = _ingest(rag, dataset, progress)

    questions = dataset.questions[:limit] if limit else dataset.questions
    results = _ask_all(rag, questions, retriever, answerer, progress, retrieval_only)

    report: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "dataset": {
            "name": dataset.name,
            "path": str(dataset.path),
            "articles": len(dataset.articles),
            "questions": len(dataset.questions),
        },
        "run": {
            "started": started.isoformat(timespec="seconds"),
            "seconds": 0.0,
            "retriever": retriever or settings.retriever,
            "answerer": answerer or settings.answerer,
            # Which model phrased the answers, for the model answerers.
            "answer_model": {"local": settings.local_model, "openai": settings.llm_model}.get(
                answerer or settings.answerer
            ),
            "refusal_threshold": settings.refusal_threshold,
            "verifier": settings.verifier,
            "embed_model": getattr(embedder, "name", None) or settings.embed_model,
            "rerank_model": getattr(reranker, "name", None) or settings.rerank_model,
            "top_k": settings.top_k,
            "store": str(store),
            "limit": limit,
            "ingest": ingest,
        },
    }
    report.update(score_results(results, total_questions=len(dataset.questions)))
    if retrieval_only:
        # Nothing was asked: answer metrics would read as zeros, so they are left out.
        report["run"]["retrieval_only"] = True
        for section in ("answer", "refusal", "score", "citation"):
            report[section] = {}
    report["run"]["seconds"] = round(time.perf_counter() - t0, 2)
    return report


def _progress_bar(progress: bool):
    """A rich progress bar on stderr (stdout stays free for `--json -`)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=not progress,
    )


def _ingest(rag: Any, dataset: EvalDataset, progress: bool) -> dict[str, Any]:
    """Bring the eval store in line with the corpus: ingest (idempotent), forget stale articles."""
    with _progress_bar(progress) as bar:
        task = bar.add_task("Ingesting corpus", total=len(dataset.articles))

        def advance(done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total)

        report = rag.ingest([dataset.corpus_path], progress=advance)
        wanted = dataset.article_ids
        stale = [info.id for info in rag.articles() if info.id not in wanted]
        for article_id in stale:
            rag.forget(article_id)
    return {
        "added": report.added,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "removed": len(stale),
        "failed": len(report.failed),
        "failures": [{"origin": f.origin, "reason": f.reason} for f in report.failed],
        "seconds": round(report.seconds, 2),
    }


def _ask_all(
    rag: Any,
    questions: Sequence[EvalQuestion],
    retriever: str | None,
    answerer: str | None,
    progress: bool,
    retrieval_only: bool = False,
) -> list[QuestionResult]:
    results: list[QuestionResult] = []
    with _progress_bar(progress) as bar:
        task = bar.add_task("Asking", total=len(questions))
        for q in questions:
            results.append(_ask_one(rag, q, retriever, answerer, retrieval_only))
            bar.advance(task)
    return results


def _ask_one(
    rag: Any,
    q: EvalQuestion,
    retriever: str | None,
    answerer: str | None,
    retrieval_only: bool = False,
) -> QuestionResult:
    """Only `q.question` reaches the system."""
    try:
        # A conversation's earlier turns are asked first, as a user would; only the last
        # question is scored.
        from rag.chat import Conversation

        history = Conversation()
        # A question's own date is "now" for its relative time ("this week"): realtimeqa's
        # quiz date, eval/time's asking date. Without one, the newest article in the store.
        when = {"as_of": q.date} if q.date else {}
        for earlier in q.history:
            reply = rag.ask(
                earlier, history=history, retriever=retriever, answerer=answerer, **when
            )
            history.add_answer(reply, earlier)  # as the chat keeps it: the text and its citations
        t0 = time.perf_counter()
        hits = rag.retrieve(q.question, history=history, retriever=retriever, k=RETRIEVE_K)
        t1 = time.perf_counter()
        answer = (
            None
            if retrieval_only
            else rag.ask(
                q.question, history=history, retriever=retriever, answerer=answerer, **when
            )
        )
        t2 = time.perf_counter()
    except UnknownName:
        raise  # a wrong --retriever/--answerer is the run's problem, not this question's
    except BadInput as exc:
        return QuestionResult(question=q, skipped=str(exc))
    return QuestionResult(
        question=q,
        ranked_ids=list(dict.fromkeys(h.chunk.article_id for h in hits)),
        answer=answer,
        retrieve_ms=(t1 - t0) * 1000,
        ask_ms=(t2 - t1) * 1000,
    )


_MARKER = re.compile(r"\s*\[\d+(?:\s*,\s*\d+)*\]")


def _prediction(answer: Answer | None) -> str:
    """The reply text that is scored: "" for no reply or a refusal; `[n]` citation marks dropped."""
    if answer is None or answer.refused:
        return ""
    return _MARKER.sub("", answer.answer).strip()


def _short(answer: Answer | None) -> str:
    """The short answer that is scored: its text, or the reply when none was given; "" for a
    refusal or no reply."""
    if answer is None or answer.refused:
        return ""
    return answer.short_answer.text if answer.short_answer else _prediction(answer)


def _rounded(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def _latency(values: Sequence[float]) -> dict[str, Any]:
    return {
        "n": len(values),
        "p50_ms": _rounded(metrics.percentile(values, 50), 1),
        "p95_ms": _rounded(metrics.percentile(values, 95), 1),
        "mean_ms": _rounded(metrics.mean(values), 1),
    }


def score_results(results: Sequence[QuestionResult], total_questions: int) -> dict[str, Any]:
    """Every metric section of the report, from the per-question results."""
    answerable = [r for r in results if r.question.answerable]
    with_gold = [r for r in answerable if r.question.gold_doc_ids]
    not_skipped = [r for r in results if r.skipped is None]

    def refused(r: QuestionResult) -> bool:
        return r.answer is not None and r.answer.refused

    def prediction(r: QuestionResult) -> str:
        return _prediction(r.answer)

    answered = [r for r in answerable if r.answer is not None and not r.answer.refused]

    # Retrieval
    retrieval: dict[str, Any] = {"n": len(with_gold)}
    for k in RECALL_KS:
        retrieval[f"recall@{k}"] = _rounded(
            metrics.mean(
                [metrics.recall_at_k(r.ranked_ids, r.question.gold_doc_ids, k) for r in with_gold]
            )
        )
    retrieval["mrr@10"] = _rounded(
        metrics.mean(
            [metrics.mrr_at_k(r.ranked_ids, r.question.gold_doc_ids, 10) for r in with_gold]
        )
    )
    retrieval["gold_share@10"] = _rounded(
        metrics.mean(
            [metrics.gold_share_at_k(r.ranked_ids, r.question.gold_doc_ids, 10) for r in with_gold]
        )
    )

    # Answers
    def avg(fn, rows: Sequence[QuestionResult]) -> float | None:
        return _rounded(metrics.mean([fn(prediction(r), r.question.answers) for r in rows]))

    def short_avg(fn, rows: Sequence[QuestionResult]) -> float | None:
        return _rounded(metrics.mean([fn(_short(r.answer), r.question.answers) for r in rows]))

    answer: dict[str, Any] = {
        "n": len(answerable),
        "exact_match": avg(metrics.exact_match, answerable),
        "f1": avg(metrics.f1, answerable),
        "contains": avg(metrics.contains, answerable),
        "answered": len(answered),
        "f1_answered": avg(metrics.f1, answered),
        "contains_answered": avg(metrics.contains, answered),
        # The short answer ("£412,000"), or the reply where none was given (why/how questions).
        "short_exact_match": short_avg(metrics.exact_match, answerable),
        "short_f1": short_avg(metrics.f1, answerable),
        "short_f1_answered": short_avg(metrics.f1, answered),
        "short_given": _rounded(
            metrics.mean([float(r.answer.short_answer is not None) for r in answered])
        )
        if answered
        else None,
    }
    multiple_choice = [r for r in results if r.question.choices]
    picks = {r.question.id: metrics.pick_choice(prediction(r), r.question.choices) for r in results}
    if multiple_choice:
        right = [
            picks[r.question.id] is not None
            and r.question.choices[picks[r.question.id]] == r.question.answers[0]
            for r in multiple_choice
        ]
        answer["choice_n"] = len(multiple_choice)
        answer["choice_accuracy"] = _rounded(metrics.mean([float(x) for x in right]))

    # Refusals
    refusal = {
        "n": len(not_skipped),
        "refused": sum(refused(r) for r in not_skipped),
        "precision": _rounded(
            metrics.refusal_precision(
                [refused(r) for r in not_skipped], [r.question.answerable for r in not_skipped]
            )
        ),
        "recall": _rounded(
            metrics.refusal_recall(
                [refused(r) for r in not_skipped], [r.question.answerable for r in not_skipped]
            )
        ),
    }

    # CRAG score
    outcomes: dict[str, metrics.Outcome] = {}
    for r in results:
        if r.skipped is not None:
            outcomes[r.question.id] = "refused"  # no reply: scores 0, counted apart below
            continue
        correct = metrics.is_correct(prediction(r), r.question.answers, refused(r))
        outcomes[r.question.id] = metrics.crag_outcome(r.question.answerable, refused(r), correct)
    skipped = [r for r in results if r.skipped is not None]
    counted = [outcomes[r.question.id] for r in results if r.skipped is None]
    score = {
        "crag": _rounded(metrics.crag_score(outcomes.values())),
        "correct": counted.count("correct"),
        "refused": counted.count("refused"),
        "wrong": counted.count("wrong"),
        "skipped": len(skipped),
        "max_possible": _rounded(len(answerable) / len(results)) if results else None,
        "right": _rounded(
            metrics.right_share(
                (r.question.answerable, outcomes[r.question.id])
                for r in results
                if r.skipped is None
            )
        ),
    }

    # Citations
    cited = [
        ([c.sentence for c in r.answer.citations], r.question.answers)
        for r in answered
        if r.answer is not None
    ]
    doc_hits = [
        float(c.article_id in r.question.gold_doc_ids)
        for r in answered
        if r.answer is not None and r.question.gold_doc_ids
        for c in r.answer.citations
    ]
    n_citations = sum(len(s) for s, _ in cited)
    citation = {
        "n": n_citations,
        "precision": _rounded(metrics.citation_precision(cited)),
        "doc_precision": _rounded(metrics.mean(doc_hits)),
        "per_answer": _rounded(n_citations / len(answered), 2) if answered else None,
    }

    # Time questions: is the report the answer comes from inside the asked period?
    timed = [r for r in answerable if r.question.period is not None]
    if timed:

        def dates(r: QuestionResult) -> list[str | None]:
            if r.answer is None or r.answer.refused:
                return []
            return [c.published for c in r.answer.citations]

        score["time_n"] = len(timed)
        score["time_right_report"] = _rounded(
            metrics.mean(
                [
                    float(
                        metrics.right_report(
                            outcomes[r.question.id] == "correct", dates(r), r.question.period
                        )
                    )
                    for r in timed
                ]
            )
        )
        score["time_cited_in_period"] = _rounded(
            metrics.mean(
                [
                    float(bool(dates(r)) and metrics.in_period(dates(r)[0], r.question.period))
                    for r in timed
                ]
            )
        )

    # Story briefings: gold key facts covered, lines their citations support.
    stories = [r for r in results if r.question.key_facts]
    if stories:
        line_checks = [line for r in stories for line in _briefing_lines(r.answer)]
        score["briefing_n"] = len(stories)
        score["briefing_key_facts"] = _rounded(
            metrics.mean(
                [
                    metrics.key_fact_coverage(prediction(r), r.question.key_facts) or 0.0
                    for r in stories
                ]
            )
        )
        score["briefing_lines"] = len(line_checks)
        score["briefing_lines_supported"] = _rounded(metrics.supported_lines(line_checks))

    # Latency
    asked = [r for r in not_skipped if r.answer is not None]  # none with --retrieval-only
    stages: dict[str, list[float]] = {"total": [r.ask_ms for r in asked]} if asked else {}
    for r in asked:
        for stage, ms in r.answer.timings_ms.items():
            if stage != "total":
                stages.setdefault(stage, []).append(ms)
    stages["retrieve_k10"] = [r.retrieve_ms for r in not_skipped]
    latency = {stage: _latency(values) for stage, values in stages.items()}

    return {
        "questions": {
            "evaluated": len(results),
            "answerable": len(answerable),
            "unanswerable": len(results) - len(answerable),
            "not_evaluated": total_questions - len(results),
            "skipped": len(skipped),
            "skipped_ids": [{"id": r.question.id, "reason": r.skipped} for r in skipped],
        },
        "retrieval": retrieval,
        "answer": answer,
        "refusal": refusal,
        "score": score,
        "citation": citation,
        "latency": latency,
        "per_question": [
            _record(r, outcomes[r.question.id], picks[r.question.id]) for r in results
        ],
    }


_LINE_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2}|undated):\s*")


def _briefing_lines(answer: Answer | None) -> list[tuple[str, list[str]]]:
    """(claim, its cited sentences) for each cited claim of a reply: the text before each
    `[n]` mark, without a line's leading date."""
    if answer is None or answer.refused:
        return []
    by_n = {c.n: c.sentence for c in answer.citations}
    out = []
    for line in answer.answer.splitlines():
        line = _LINE_DATE.sub("", line)
        for claim, marks in re.findall(r"(.*?)\[(\d+(?:\s*,\s*\d+)*)\]", line):
            text = re.sub(r"^\W*\(report of [\d-]+\)\W*", "", claim).strip(" .;")
            if text:
                out.append((text, [by_n[int(n)] for n in marks.split(",") if int(n) in by_n]))
    return out


def _record(r: QuestionResult, outcome: metrics.Outcome, pick: int | None) -> dict[str, Any]:
    q = r.question
    refused = r.answer is not None and r.answer.refused
    text = _prediction(r.answer)
    first_gold = next(
        (rank for rank, i in enumerate(r.ranked_ids, start=1) if i in q.gold_doc_ids), None
    )
    record: dict[str, Any] = {
        "id": q.id,
        "type": q.type,
        "question": q.question,
        "answerable": q.answerable,
        "skipped": r.skipped,
        "refused": refused,
        "answer": r.answer.answer if r.answer is not None else None,
        "draft": r.answer.draft if r.answer is not None else None,
        "gold_answers": list(q.answers),
        "outcome": "skipped" if r.skipped else outcome,
        "em": metrics.exact_match(text, q.answers),
        "f1": round(metrics.f1(text, q.answers), 4),
        "contains": metrics.contains(text, q.answers),
        "first_gold_rank": first_gold,
        "cited": [c.article_id for c in r.answer.citations] if r.answer is not None else [],
        "cited_dates": [c.published for c in r.answer.citations] if r.answer is not None else [],
        "standalone": r.answer.standalone_question if r.answer is not None else None,
        "ms": round(r.ask_ms, 1),
        "evidence_score": (
            _rounded(r.answer.evidence_score)
            if r.answer is not None
            and r.answer.evidence_score is not None
            and r.answer.evidence_score != float("-inf")
            else None
        ),
        "confidence": _rounded(r.answer.confidence) if r.answer is not None else None,
        "short_answer": (
            r.answer.short_answer.text if r.answer is not None and r.answer.short_answer else None
        ),
        "short_f1": round(metrics.f1(_short(r.answer), q.answers), 4),
        "refusal_reason": r.answer.refusal_reason if r.answer is not None else None,
        # What the answerability judgement read: `python -m eval.calibrate fit` learns from it.
        "signals": (
            {k: round(v, 4) for k, v in r.answer.signals.items()} if r.answer is not None else {}
        ),
    }
    if q.choices:
        record["choice"] = q.choices[pick] if pick is not None else None
    return record
