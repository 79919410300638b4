"""End-to-end preview of short answers from rag/spans.py, before they are wired into rag.api.

    RAG_DATA_DIR=$(mktemp -d) python bench/spans_e2e.py eval/news [--limit N]

Runs `eval.run.run_eval` (retrieval, evidence, the default answerer) with `Rag._short_answer`
replaced by `short_answer` below, and prints the answer section of the report (short_f1,
short_exact_match, short_given, ...). `short_answer` is the suggested wiring: the best-scored
evidence sentence first (its predecessor, when cited next to it, as context), then the others;
a yes/no question gets "Yes"/"No" with the span of the sentence that states it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence

from rag import spans
from rag.types import Evidence, ShortAnswer


def short_answer(question: str, sentences: Sequence[Evidence]) -> ShortAnswer | None:
    """The short answer from the cited sentences (`sentences` in citation order), or None."""
    order = sorted(range(len(sentences)), key=lambda i: -sentences[i].score)
    yes_no = spans.question_type(question) == "yes-no"
    for i in order:
        e = sentences[i]
        before = next(
            (p for p in sentences if p.article_id == e.article_id and 0 <= e.start - p.end <= 3),
            None,
        )
        context = before.sentence if before else ""
        if yes_no:
            verdict = spans.yes_no(question, e.sentence, context)
            if verdict:
                return ShortAnswer(verdict, i + 1, e.article_id, e.start, e.end)
            continue
        span = spans.short_answer_span(question, e.sentence, context)
        if span:
            start, end = span
            text = e.sentence[start:end]
            return ShortAnswer(text, i + 1, e.article_id, e.start + start, e.start + end)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()

    from eval.run import run_eval
    from rag.api import Rag
    from rag.config import Settings

    Rag._short_answer = lambda self, question, sentences: short_answer(question, sentences)
    report = run_eval(args.dataset, Settings(), limit=args.limit, progress=False)
    print(json.dumps({k: report[k] for k in ("answer", "refusal", "score")}, indent=1))


if __name__ == "__main__":
    main()
