"""Evaluation metrics as pure functions (no I/O, no models).

Answers are compared after SQuAD normalisation (`normalize_answer`): lower-case, punctuation
removed, the articles a/an/the removed, whitespace collapsed. Against several gold answers a
metric takes the best one.

Definitions used by the harness (see `eval/run.py` for the report keys):

- `contains`: a gold answer occurs in the reply as a run of whole tokens, so "63" is found in
  "it lasted 63 days" but not in "1963". A gold answer that normalises to nothing never matches.
- correct (CRAG): not refused, and the reply contains a gold answer or has token F1 >= 0.5
  with one. "Contains" is generous to long replies; the F1 arm credits close paraphrases of
  short answers.
- CRAG outcome: answerable question: correct -> +1, refused -> 0, otherwise wrong -> -1;
  unanswerable question: refused -> 0, answered -> -1 (as in CRAG, declining never scores, so
  the best possible score is the share of answerable questions). A question the system could
  not answer at all (an error, counted as skipped) scores 0 like a refusal and is reported.
- refusal precision/recall: "refused" is the positive class and "unanswerable" the truth.
- citation supports a gold answer: the cited sentence contains it, or, for a gold answer of at
  least `PARAPHRASE_MIN_TOKENS` content words (stop words left out), the sentence holds at
  least `PARAPHRASE_RECALL` of them (a paraphrase keeps most content words; short answers must
  appear verbatim).
- percentiles: linear interpolation between closest ranks (numpy's default).
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

Outcome = Literal["correct", "refused", "wrong"]

CORRECT_F1 = 0.5
PARAPHRASE_MIN_TOKENS = 4
PARAPHRASE_RECALL = 0.75
# Function words a paraphrase may freely change; left out of the paraphrase test only.
STOP_WORDS = frozenset(
    "and or but of in on at to for from by with as is are was were be been being it its this "
    "that these those there their they he she his her we you i not no so than then will would "
    "can could may might has have had do does did up down out over into about".split()
)

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = str.maketrans("", "", string.punctuation)
# Typographic punctuation (curly quotes, dashes, ellipses) is punctuation too: a gold answer
# written “Oppenheimer” must match a reply that says "Oppenheimer". SQuAD's script drops only
# ASCII punctuation; its gold answers rarely hold other kinds, news quiz answers do.
_UNICODE_PUNCT = re.compile(r"[\u2010-\u2027\u2030-\u205e\u00ab\u00bb\u00a1\u00bf]")


def normalize_answer(text: str) -> str:
    """SQuAD normalisation: lower-case, drop punctuation (ASCII and typographic) and articles,
    collapse whitespace."""
    text = _UNICODE_PUNCT.sub("", text.lower()).translate(_PUNCT)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def _tokens(text: str) -> list[str]:
    return normalize_answer(text).split()


def exact_match(prediction: str, golds: Sequence[str]) -> float:
    """1.0 when the normalised prediction equals a normalised gold answer; 0.0 with no golds."""
    pred = normalize_answer(prediction)
    return float(any(pred == normalize_answer(g) for g in golds))


def _f1_one(pred: list[str], gold: list[str]) -> float:
    if not pred or not gold:
        # SQuAD's rule: two empty answers agree, one empty answer scores 0.
        return float(pred == gold)
    common = Counter(pred) & Counter(gold)
    same = sum(common.values())
    if same == 0:
        return 0.0
    precision = same / len(pred)
    recall = same / len(gold)
    return 2 * precision * recall / (precision + recall)


def f1(prediction: str, golds: Sequence[str]) -> float:
    """Best SQuAD token F1 of the prediction against any gold answer; 0.0 with no golds."""
    pred = _tokens(prediction)
    return max((_f1_one(pred, _tokens(g)) for g in golds), default=0.0)


def _contains_tokens(haystack: list[str], needle: list[str]) -> bool:
    if not needle:
        return False
    return f" {' '.join(needle)} " in f" {' '.join(haystack)} "


def contains(prediction: str, golds: Sequence[str]) -> float:
    """1.0 when a normalised gold answer occurs as whole tokens in the normalised prediction."""
    pred = _tokens(prediction)
    return float(any(_contains_tokens(pred, _tokens(g)) for g in golds))


def is_correct(prediction: str, golds: Sequence[str], refused: bool) -> bool:
    """The CRAG "correct" judgement: not refused, and contains a gold answer or F1 >= 0.5.

    A yes/no question (gold answers[0] is "Yes" or "No", the rest key phrases) is wrong when the
    reply opens with the other word, right when it opens with the same one, and otherwise judged
    on the key phrases alone (a reply that quotes "closed to all traffic" answers "Has the
    bridge reopened?" for a reader, but the word "no" somewhere in it does not).
    """
    if refused or not golds:
        return False
    polar = normalize_answer(golds[0])
    if polar in ("yes", "no"):
        opening = (_tokens(prediction) or [""])[0]
        if opening in ("yes", "no"):
            return opening == polar
        golds = golds[1:]
        if not golds:
            return False
    return bool(contains(prediction, golds)) or f1(prediction, golds) >= CORRECT_F1


def crag_outcome(answerable: bool, refused: bool, correct: bool) -> Outcome:
    """Classify one reply; `correct` only matters for an answerable question."""
    if refused:
        return "refused"
    if answerable and correct:
        return "correct"
    return "wrong"


def right_share(replies: Iterable[tuple[bool, Outcome]]) -> float | None:
    """Share of replies that were right, from (answerable, outcome) pairs: a correct answer to
    an answerable question or a refusal of an unanswerable one. A refused answerable question
    and any wrong answer are not right. None when there is nothing to score."""
    right = [
        (outcome == "correct") if answerable else (outcome == "refused")
        for answerable, outcome in replies
    ]
    return sum(right) / len(right) if right else None


def crag_score(outcomes: Iterable[Outcome]) -> float | None:
    """Mean of +1 (correct), 0 (refused), -1 (wrong); None when there is nothing to score."""
    points = {"correct": 1, "refused": 0, "wrong": -1}
    values = [points[o] for o in outcomes]
    return sum(values) / len(values) if values else None


def _dedupe(ids: Iterable[str]) -> list[str]:
    """Keep the first (best) rank of each id."""
    return list(dict.fromkeys(ids))


def recall_at_k(ranked_ids: Sequence[str], gold_ids: Iterable[str], k: int) -> float:
    """1.0 when any gold id is among the first k distinct ids, else 0.0.

    Each gold article holds the answer, so finding one is enough ("answer recall"); with a
    single gold article this is ordinary recall@k.
    """
    gold = set(gold_ids)
    return float(any(i in gold for i in _dedupe(ranked_ids)[:k]))


def gold_share_at_k(ranked_ids: Sequence[str], gold_ids: Iterable[str], k: int) -> float:
    """Share of gold ids found in the first k distinct ids, out of at most k (IR recall, capped)."""
    gold = set(gold_ids)
    if not gold:
        return 0.0
    found = sum(1 for i in _dedupe(ranked_ids)[:k] if i in gold)
    return found / min(len(gold), k)


def mrr_at_k(ranked_ids: Sequence[str], gold_ids: Iterable[str], k: int = 10) -> float:
    """1/rank of the first gold id among the first k distinct ids; 0.0 if none.

    Ties in retrieval scores keep the retriever's order: the list is taken as ranked.
    """
    gold = set(gold_ids)
    for rank, article_id in enumerate(_dedupe(ranked_ids)[:k], start=1):
        if article_id in gold:
            return 1.0 / rank
    return 0.0


def refusal_precision(refused: Sequence[bool], answerable: Sequence[bool]) -> float | None:
    """Of the refusals, the share that were for unanswerable questions; None with no refusals."""
    _same_length(refused, answerable)
    total = sum(refused)
    if total == 0:
        return None
    return sum(r and not a for r, a in zip(refused, answerable, strict=True)) / total


def refusal_recall(refused: Sequence[bool], answerable: Sequence[bool]) -> float | None:
    """Of the unanswerable questions, the share refused; None when every question is answerable."""
    _same_length(refused, answerable)
    unanswerable = sum(not a for a in answerable)
    if unanswerable == 0:
        return None
    return sum(r and not a for r, a in zip(refused, answerable, strict=True)) / unanswerable


def _same_length(a: Sequence[bool], b: Sequence[bool]) -> None:
    if len(a) != len(b):
        raise ValueError(f"lengths differ: {len(a)} vs {len(b)}")


def supports(sentence: str, golds: Sequence[str]) -> bool:
    """Whether a cited sentence states a gold answer (verbatim, or as a close paraphrase)."""
    sent = _tokens(sentence)
    sent_counts = Counter(sent)
    for gold in golds:
        gold_tokens = _tokens(gold)
        if _contains_tokens(sent, gold_tokens):
            return True
        content = [t for t in gold_tokens if t not in STOP_WORDS]
        if len(content) >= PARAPHRASE_MIN_TOKENS:
            kept = sum((Counter(content) & sent_counts).values())
            if kept / len(content) >= PARAPHRASE_RECALL:
                return True
    return False


def citation_precision(
    cited: Iterable[tuple[Sequence[str], Sequence[str]]],
) -> float | None:
    """Share of citations whose sentence supports a gold answer, over all citations given.

    `cited` holds, per answered question, (cited sentences, gold answers). None when no
    citation was made at all.
    """
    total = hits = 0
    for sentences, golds in cited:
        for sentence in sentences:
            total += 1
            hits += supports(sentence, golds)
    return hits / total if total else None


def pick_choice(answer: str, choices: Sequence[str]) -> int | None:
    """Index of the choice the answer text supports best, or None when it supports none or ties.

    A choice found whole in the answer scores 1 + its token count (so "Luke Humphries" beats
    "Luke" when both occur); otherwise it scores its token F1 with the answer. Best unique
    positive score wins.
    """
    pred = _tokens(answer)
    if not pred or not choices:
        return None
    scores: list[float] = []
    for choice in choices:
        tokens = _tokens(choice)
        if _contains_tokens(pred, tokens):
            scores.append(1.0 + len(tokens))
        else:
            scores.append(_f1_one(pred, tokens))
    best = max(scores)
    if best <= 0 or scores.count(best) > 1:
        return None
    return scores.index(best)


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0..100) by linear interpolation; None for no values."""
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be within 0..100, got {q}")
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def mean(values: Sequence[float]) -> float | None:
    """Arithmetic mean; None for no values (a metric with nothing to average is undefined)."""
    return sum(values) / len(values) if values else None


# -- time questions and story briefings (eval/time, eval/stories) ------------------------------


def in_period(published: str | None, period: tuple[str | None, str | None]) -> bool:
    """Is a report's date (YYYY-MM-DD) inside `period` = (since, until), both inclusive, either
    open (None)? An undated report is never inside."""
    if not published:
        return False
    since, until = period
    return (since is None or published >= since) and (until is None or published <= until)


def right_report(
    correct: bool, cited_dates: Sequence[str | None], period: tuple[str | None, str | None]
) -> bool:
    """A time question is right with the right report when the reply is correct and its first
    citation (the report its figure comes from) is inside the asked period."""
    return correct and bool(cited_dates) and in_period(cited_dates[0], period)


def key_fact_coverage(text: str, key_facts: Sequence[str]) -> float | None:
    """Share of a briefing's gold key facts it contains (each as whole normalised tokens, or as
    a close paraphrase: see `supports`). None without key facts."""
    if not key_facts:
        return None
    return sum(supports(text, [fact]) for fact in key_facts) / len(key_facts)


def supported_lines(lines: Sequence[tuple[str, Sequence[str]]]) -> float | None:
    """Share of briefing lines whose cited sentences support them: (line text without its
    date and marks, the sentences its citations point to). A line is supported when one cited
    sentence states it (see `supports`) with every number in it. None without lines."""
    if not lines:
        return None

    def backs(sentence: str, line: str) -> bool:
        numbers = set(re.findall(r"\d+(?:[.,]\d+)*", line))
        return supports(sentence, [line]) and numbers <= set(
            re.findall(r"\d+(?:[.,]\d+)*", sentence)
        )

    return sum(any(backs(s, text) for s in cited) for text, cited in lines) / len(lines)
