"""The library surface. The CLI, the Gradio app and the eval harness call only this.

    rag = Rag(load_settings())
    rag.ingest(["corpus/"])
    answer = rag.ask("Who was replaced after the Kharkiv retreat?")

Models and the store load on first use, so a `Rag` is cheap to make and `rag --help` stays fast.
"""

from __future__ import annotations

import difflib
import math
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from rag.answer import REFUSAL, AnswerRequest, AnswerStream, compose
from rag.answerers.base import Answerer
from rag.chat import Conversation, Turn, compound_parts, rewrite_followup
from rag.config import Settings
from rag.contradiction import Contradiction, contradiction, other_extreme
from rag.errors import BadInput, EmptyIndex
from rag.evidence import (
    SAID_THE_PART,
    another_did,
    another_left,
    answer_first,
    fits_answer_type,
    no_leaving_told,
    reading_order,
    select_evidence,
    with_cause,
    without_sibling_rows,
)
from rag.ingest import Progress
from rag.judge import (
    CALIBRATION_FILE,
    VERIFIED_CALIBRATION_FILE,
    Calibrator,
    asked_fact_missing,
    content_words,
    in_the_words_of,
    key_terms,
    question_type,
    score_only,
    signals,
)
from rag.language import note as language_note
from rag.retrieve import Filters, get_retriever, rerank_ms
from rag.spans import (
    VAGUE_COUNT,
    a_deed_role_unsaid,
    asked_number,
    asked_of_a_person,
    asks_a_cost,
    asks_a_role_holder,
    asks_cause,
    asks_for_a_person,
    figure_phrase,
    is_scoreline,
    job_question_of,
    priced_stand_in,
    reranker_question,
    same_measure,
    title_echoes_the_question,
    titled_with_the_asked_role,
)
from rag.spans import question_type as spans_question_type
from rag.store import validate_date
from rag.timeexpr import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    TimeScope,
    counts_back_as_asked,
    names_period,
    names_period_ahead,
    names_year,
    time_scope,
)
from rag.timeline import (
    BRIEFING_FLOOR,
    TIME_MARGIN,
    arrange,
    is_briefing,
    mentions_time,
    timeline,
)
from rag.types import (
    AlreadyStored,
    Answer,
    Article,
    ArticleInfo,
    Evidence,
    Hit,
    IngestFailure,
    IngestReport,
    ShortAnswer,
    Stats,
)
from rag.verifier import in_verify_band

# An earlier turn of a conversation: see `_turns` for the accepted shapes.
HistoryItem = Turn | tuple[str, Answer] | tuple[str, str]


# Forms of address before a name, no office: "the Reverend Mark Oduya", "Dr Asha Patel".
_HONORIFIC = (
    r"(?i:rev(?:erend)?|revd|dr|doctor|father|canon|pastor|rabbi|imam|sir|dame|lord|lady)\.?"
)


def _said_of_one_named(word: str, sentence: str, article: str, question: str) -> bool:
    """Does a sentence of `article` say `word` (a division or rank: "women's", "deputy") with a
    name that `sentence` names too, other than the question's own names ("Carran Marathon")?
    "Amina Yusuf won the women's race" makes "Yusuf, a 29-year-old nurse, ... finished in
    2:31:05" a sentence of the women's race."""
    asked = set(re.findall(r"\b[A-Z][a-z][\w’'-]*", question))
    names = set(re.findall(r"\b[A-Z][a-z][\w’'-]*", sentence)) - _CAPITALISED_NO_NAME - asked
    if not names:
        return False
    for told in re.split(r"(?<=[.!?])\s+|\n+", article):
        if re.search(rf"\b{re.escape(word)}", told, re.I) and names & set(
            re.findall(r"\b[A-Z][a-z][\w’'-]*", told)
        ):
            return True
    return False


# Capitalised words that name no one: a sentence's opening word, months, weekdays.
_CAPITALISED_NO_NAME = frozenset(
    "The A An It He She They This That These Those There Its His Her Their In On At For But And "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def _says_the_deed_only(question: str, said: Evidence, other: Evidence) -> bool:
    """Does `said` say the verb a who/which-question asks about (`rag.spans.asked_verb`, in
    any form or sense) while `other` does not?"""
    from rag.spans import asked_verb, says_verb

    verb = asked_verb(question)
    return bool(verb) and says_verb(said.sentence, verb) and not says_verb(other.sentence, verb)


def _names_another_instead(
    question: str, chosen: str, other: str, answer: tuple[int, int] | None = None
) -> bool:
    """Does sentence `other` leave out a name (`rag.judge.key_terms`) that `question` and the
    `chosen` sentence both say, and name another in its place? "The Castlebridge Community Food
    Bank gave out 4,210 parcels" against "In Wenlow, the Trinity food bank handed out 2,890"
    for "How many parcels did the Wenlow food bank give out?". A sentence leaning on another
    for its names ("She said the planetarium would open in May") names no other. `answer`,
    (start, end) in `other`, is left out of its names: the answer is no rival of the asked."""
    from rag.judge import content_words, key_terms

    asked = key_terms(question)
    missing = asked & content_words(chosen) - content_words(other)
    if not missing:
        return False
    if answer is not None:
        other = other[: answer[0]] + " " + other[answer[1] :]
    # its names: capitalised words, but no month or weekday and no opening adverb ("However,
    # Fulwood Park station will be closed from 5 January" names no rival of "Northvale")
    # (nor an abbreviation of a common thing: "the contractor had no VAT number")
    names = [
        w for w in re.findall(r"[A-Z][\w’'-]+", other)
        if w not in _CALENDAR_WORDS and w.lower() not in _OPENING_WORDS and not w.isupper()
    ]
    return bool(content_words(" ".join(names)) - asked)


# Words that open a sentence capitalised without naming anyone.
_OPENING_WORDS = frozenset(
    "however but meanwhile also last next from after before when while since although though "
    "yet still instead earlier later today yesterday tomorrow the a an in on at it he she they "
    "this that these those there here its his her their our we you i".split()
)

# "Which firm ...?", "Which contractor ...?": a body's name is asked
_ASKS_FOR_A_FIRM = re.compile(
    r"^\W*(?:which|what)\s+(?:firm|company|contractor|builder|business|operator|supplier|"
    r"developer|retailer|charity|auctioneer|(?:auction|publishing)\s+house)s?\b",
    re.IGNORECASE,
)
# Words that set a comparison's baseline in time ("than last year", "than a year ago"): a
# sentence that says them and no comparison gives that time's figure only
_OTHER_TIME_WORDS = frozenset(
    "last year years ago earlier before previous month months week weeks season seasons "
    "spring summer autumn winter".split()
)


class Rag:
    def __init__(
        self,
        settings: Settings,
        *,
        embedder=None,
        reranker=None,
        calibrator: Calibrator | None = None,
        verifier=None,
        verified_calibrator: Calibrator | None = None,
    ):
        """`embedder`, `reranker`, `calibrator`, `verifier` (a `rag.verifier.Verifier`) and
        `verified_calibrator` replace the configured models (the test seam: a calibrator fitted
        for one reranker means nothing for another)."""
        self.settings = settings
        self._embedder = embedder
        self._reranker = reranker
        self._calibrator = calibrator
        self._verifier = verifier
        self._verified_calibrator = verified_calibrator
        self._store = None
        self._lexical = None
        self._answerers: dict[str, Answerer] = {}
        self._newest: tuple[object, date | None] | None = None  # (store revision, newest date)
        # The page serves several users from one Rag. `_lock` guards loading the models, the
        # store and the BM25 index; `_write_lock` serialises writers. Questions take neither for
        # long: ONNX sessions and Chroma clients are safe to share between threads.
        self._lock = threading.RLock()
        self._write_lock = threading.Lock()
        self._writes_in_progress = False
        self._sources_cache: tuple[str, set[str]] | None = None
        self._undated_cache: tuple[str, bool] | None = None

    # -- resources, loaded on first use ---------------------------------------------------------

    @property
    def embedder(self):
        with self._lock:
            if self._embedder is None:
                from rag.embedding import load_embedder

                self._embedder = load_embedder(self.settings.embed_model)
            return self._embedder

    @property
    def reranker(self):
        with self._lock:
            if self._reranker is None:
                from rag.embedding import load_reranker

                self._reranker = load_reranker(self.settings.rerank_model)
            return self._reranker

    @property
    def verifier(self):
        """The model judging the evidence (`Settings.verifier`), or None when it is off."""
        with self._lock:
            if self._verifier is None and self.settings.verifier:
                from rag.verifier import load_verifier

                self._verifier = load_verifier(self.settings.verifier)
            return self._verifier

    @property
    def store(self):
        with self._lock:
            if self._store is None:
                from rag.store import ChromaStore

                self._store = ChromaStore(
                    self.settings.store_location,
                    self.settings.collection,
                    self.embedder.name,
                    server=bool(self.settings.chroma_url),
                )
            return self._store

    def lexical(self):
        """The BM25 index of the store as it is now (rebuilt and cached when stale).

        An index is current when it was built at the store's revision *and* holds as many chunks
        as the store: within one revision chunks are only added or only deleted (see
        `rag.store`), so an index built mid-write by any process, whose writer then died before
        its closing revision bump, differs in count and is rebuilt rather than trusted.
        """
        from rag.lexical import LexicalIndex

        with self._lock:
            if self._lexical is not None and self._writes_in_progress:
                # Mid-ingest every batch is a new revision: answer from the index we have and
                # rebuild once this process's ingest is over, instead of once per batch.
                return self._lexical
            state = (self.store.revision(), self.store.count_chunks())
            if self._lexical is not None and self._lexical.state == state:
                return self._lexical
            folder = self._lexical_dir()
            index = LexicalIndex.load(folder)
            if index is None or index.state != state:
                revision = state[0]
                index = LexicalIndex.build(revision, list(self.store.all_chunks()))
                try:
                    index.save(folder)
                except OSError:
                    pass  # a cache we cannot write is rebuilt next time; not worth failing a query
            self._lexical = index
            return index

    def _lexical_dir(self) -> Path:
        from rag.store import _slug

        where = _slug(self.settings.chroma_url or "embedded")
        name = _slug(f"{self.settings.collection}-{self.embedder.name}")
        return self.settings.data_dir / "bm25" / where / name

    # -- ingestion ------------------------------------------------------------------------------

    def ingest(
        self,
        paths: Sequence[str | Path] | str | Path,
        progress: Progress | None = None,
        *,
        replace: bool = False,
        sync: bool = False,
    ) -> IngestReport:
        """Read files, directories and page/feed URLs and store their articles; see
        `ingest_articles`. Feed entries whose article is already stored are not fetched again.
        Stored articles whose files are gone from a directory given here are reported in
        `IngestReport.missing`, or deleted with `sync=True` (`IngestReport.removed`). One path
        may be given alone: `ingest("corpus/")`, not only `ingest(["corpus/"])`."""
        from rag.sources import looks_like_url, read_paths

        if isinstance(paths, (str, Path)):
            # A string is a sequence of characters: "corpus/" would otherwise walk "/".
            paths = [paths]

        items = read_paths(
            list(paths),
            self.settings.max_file_bytes,
            known_ids=lambda ids: {
                i for i, (_, state) in self.store.article_states(ids).items() if state == "ok"
            },
            fetch_timeout_s=self.settings.fetch_timeout_s,
            max_feed_items=self.settings.max_feed_items,
        )
        folders = [
            Path(p)
            for p in paths
            if not (isinstance(p, str) and looks_like_url(p)) and Path(p).is_dir()
        ]
        return self.ingest_articles(items, progress, replace=replace, folders=folders, sync=sync)

    def ingest_articles(
        self,
        items: Iterable[Article | IngestFailure | AlreadyStored],
        progress: Progress | None = None,
        *,
        replace: bool = False,
        folders: Sequence[str | Path] = (),
        sync: bool = False,
    ) -> IngestReport:
        """Store new and changed articles; unchanged ones are not touched (see `rag.ingest`).

        `replace`: an article whose id is stored from another origin replaces it instead of
        failing. `folders`/`sync`: see `ingest`.
        """
        from rag.ingest import Ingester

        items = list(items)  # read every input before taking the write locks
        with self._write_lock, self._writing(), self._write_flag():
            ingester = Ingester(self.store, self.embedder, self.settings)
            return ingester.ingest(
                items, progress, replace_others=replace, folders=folders, sync=sync
            )

    # -- questions ------------------------------------------------------------------------------

    def retrieve(
        self,
        question: str,
        *,
        history: Conversation | Sequence[HistoryItem] = (),
        retriever: str | None = None,
        k: int = 10,
        since: str | None = None,
        until: str | None = None,
        sources: Sequence[str] | None = None,
        undated: bool = False,
    ) -> list[Hit]:
        """The best `k` passages; a follow-up (given `history`) is made standalone first.
        `undated`: only passages of articles without a date."""
        question = rewrite_followup(_check_question(question), _turns(history))
        fn = get_retriever(retriever or self.settings.retriever)
        filters = self.filters(since, until, sources)
        if undated:
            filters = replace(filters, undated=True)
        self.require_articles()
        return fn(self, question, k, filters)

    def require_articles(self) -> None:
        """Raise `EmptyIndex` (exit code 2 in the CLI) when the store holds no articles yet: no
        question can be answered, and the user is told to ingest first."""
        if self.store.count_chunks() == 0:
            raise EmptyIndex(
                f"the store at {self.settings.store_location} holds no articles yet; "
                "run `rag ingest corpus/` first"
            )

    def stream_ask(
        self,
        question: str,
        *,
        history: Conversation | Sequence[HistoryItem] = (),
        retriever: str | None = None,
        answerer: str | None = None,
        top_k: int | None = None,
        since: str | None = None,
        until: str | None = None,
        sources: Sequence[str] | None = None,
        as_of: str | date | None = None,
    ) -> AnswerStream:
        """Answer a question; iterate the result for text pieces, `.answer()` for the Answer.

        Retrieval, evidence, the short answer and the answerability judgement happen here, before
        this returns (so bad input raises at once); the answerer's text streams as it is read.
        `history` holds the earlier (question, answer) turns of the conversation, oldest first;
        a follow-up is rewritten into a standalone question before retrieval.

        Time in the question (`rag.timeexpr`) is read against `as_of` (YYYY-MM-DD; default the
        newest article's date in the store): a period ("in 2023", "last week") narrows the
        `since`/`until` filters, "latest"/"current" cites the newest report that answers, and
        reports of different dates are dated in the reply (`rag.timeline`). An open question
        about a story ("What happened with X?") gets a dated timeline of its reports.
        """
        started = time.perf_counter()
        chosen = self.answerer(answerer or self.settings.answerer)
        turns = _turns(history)
        standalone = rewrite_followup(_check_question(question), turns)
        notes = tuple(n for n in (language_note(question),) if n)
        checked = self.filters(since, until, sources)  # BadInput for bad dates or sources
        since, until = checked.since, checked.until
        reference = self.reference_date(as_of)
        scope = time_scope(standalone, reference)
        said_as = standalone
        if scope.reported:
            # "When was the lido expected to reopen according to the March 2024 report?": the
            # report's date filters; the question answered is the rest
            standalone = scope.rest
        window = _narrowed(since, until, scope, reference)
        briefing = is_briefing(standalone)
        search = scope.rest or standalone  # "this week" says nothing a passage would contain
        # What the retrievers and the cross-encoder read; the answer is still sought for `search`.
        ranked_as = reranker_question(scope.searched or search)
        from rag.compare import choice_comparison, polar_comparison

        worked = polar_comparison(standalone) or choice_comparison(standalone)
        if worked is not None:
            # "Were more lamps or bicycles fixed?": the figures are read as the difference
            # question that works the answer out ("How many more lamps than bicycles were
            # fixed?"), periods and all ("in December or in January" are rows, not filters)
            ranked_as = reranker_question(worked[0])
        rerank_ms.set(0.0)
        # "How old is he?" opening a conversation, or after turns that name no one it could
        # stand for ("Who won the wheelchair race?", refused, then "How old is she?"): any
        # answer would be a guess at a person the user never named. After earlier turns, a
        # question that says more than the pronoun ("How much did he say her gambling debts
        # were?") is searched as it stands: its own words find the one meant.
        unclear = _unresolved_person(standalone)
        if unclear and turns and len(content_words(standalone)) > 1:
            unclear = None
        unsearched = None
        if unclear:
            unsearched = (
                "pronoun",
                f'Who is "{unclear}"? Nothing earlier in the conversation says whom it means: '
                "ask again with the person's name.",
            )
        elif _CHOICES_NOT_GIVEN.search(question) and not _CHOICES_GIVEN.search(question):
            # "Which of the following is in short supply at US hospitals?" (a quiz question
            # pasted without its options): any answer would be a guess at options never seen
            unsearched = (
                "choices",
                'The question asks to choose "of the following" but gives no options: ask '
                'again with the options, or ask it without "of the following".',
            )
        elif excluded := self.excluded_by(checked):
            # nothing to search: say which filter left nothing, not "not found"
            unsearched = ("filters", excluded)
        if unsearched is not None:
            reason, text = unsearched
            request = AnswerRequest(
                question=question,
                standalone=said_as,
                evidence=(),
                passages=(),
                refused=True,
                refusal_reason=reason,
                refusal_text=text,
                started=started,
                notes=notes,
            )
            return compose(request, chosen)
        if not turns and not unclear and not content_words(standalone):
            # "the", "How much?" with nothing before it: nothing to look for, and any passage
            # would be a guess
            raise BadInput(
                f"the question has no words to search for ({question.strip()!r}); ask about "
                "someone or something the articles cover"
            )
        k = top_k or self.settings.top_k
        if briefing or scope.prefer_latest or scope.prefer_earliest:
            k *= 2  # every report of the story, not only the best few passages
        hits = self.retrieve(
            ranked_as,
            retriever=retriever,
            k=k,
            since=window[0],
            until=window[1],
            sources=sources,
        )
        if (
            window != (since, until)
            and _THIS_PERIOD.search(said_as) and not _names_found(hits, search)
        ):
            # "Why were there fewer anglers at the Lake Oskawin derby this year?" where the
            # store's newest report is a year later: no report of the period names the story,
            # so "this year" is the story's own year, as its report says it
            scope = TimeScope(rest=scope.rest, searched=scope.searched)
            window = (since, until)
            hits = self.retrieve(
                ranked_as, retriever=retriever, k=k, since=since, until=until, sources=sources
            )
        from rag.compare import comparison

        difference = comparison(worked[0] if worked is not None else search)
        if difference is not None and difference.baseline:
            # "How much more will the Merrowvale plant cost?": the figure before may stand in
            # an older report the question's words retrieve less well than the newer's ("voted
            # ... to build an $18.6-million water treatment plant"); its own question finds it
            seen = {h.chunk.id for h in hits}
            hits = hits + [
                h for h in self.retrieve(
                    difference.baseline, retriever=retriever, k=k, since=window[0],
                    until=window[1], sources=sources,
                )
                if h.chunk.id not in seen
            ]
        searched_undated = window != (since, until) and self._has_undated()
        if searched_undated:
            # An article without a date cannot be placed in or out of the question's period
            # ("How many people lived in Warsaw in 1939?" over undated pasted text): it is
            # searched too, and speaks only through its sentences that name the period.
            undated = self.retrieve(
                ranked_as, retriever=retriever, k=k, sources=sources, undated=True
            )
            hits = hits + _naming_the_period_undated(undated, scope)
        cased = cased_from(standalone, hits)
        if cased != standalone:
            # "who was the referee at millfield park?": names are read by their capitals, so a
            # question typed in lower case takes them from the reports that were found.
            standalone, search = cased, cased_from(search, hits)
            ranked_as = reranker_question(cased_from(scope.searched or search, hits))
        # A report that speaks only through its sentences naming the asked period (below) is
        # still read whole by the answerability judgement: "It was closed in January ..." is
        # about the Alderford footbridge its other sentences name.
        whole: dict[str, Hit] = {}
        if scope.unit == "year" and scope.until is not None and window[1] and (
            window[1] > scope.until.isoformat()
        ):
            # The reports of the year itself, searched on their own too: the next year's may
            # fill the first search, and only those that name the year are kept.
            within = self.retrieve(
                ranked_as, retriever=retriever, k=k, since=window[0],
                until=scope.until.isoformat(), sources=sources,
            )
            seen = {h.chunk.id for h in hits}
            unmasked = hits + [h for h in within if h.chunk.id not in seen]
            whole.update((h.chunk.id, h) for h in unmasked)
            hits = _naming_the_year(unmasked, scope)
        # (the period's own words are what the filter holds to: a report of it need not say them)
        unperiodic = _without_period(search, scope)
        if scope.until is not None and window[1] and not until and not _covered(hits, unperiodic):
            # A later report may state the period's figure ("up from 16 weeks in 2022" in a
            # report of 2024): when the period's own reports do not cover the question, those
            # after it are searched too, each speaking only through its sentences that name
            # the period.
            after = (date.fromisoformat(window[1]) + timedelta(days=1)).isoformat()
            later = self.retrieve(
                ranked_as, retriever=retriever, k=k, since=after, until=None, sources=sources
            )
            seen = {h.chunk.id for h in hits}
            whole.update((h.chunk.id, h) for h in later)
            hits = hits + _naming_the_period(
                [h for h in later if h.chunk.id not in seen], scope, after
            )
        if (
            scope.since is not None
            and scope.until is None
            and re.match(r"(?:after|since|from)\b", scope.matched, re.IGNORECASE)
            and window[0]
            and not since
            and not _covered(hits, unperiodic)
        ):
            # A plan is reported before it happens ("will sail every 40 minutes from May", in
            # March): for an open period ("after April", "since May"), the reports before it
            # are searched too, each speaking only through its sentences that name a time
            # inside the period as one to come.
            before = (date.fromisoformat(window[0]) - timedelta(days=1)).isoformat()
            earlier = self.retrieve(
                ranked_as, retriever=retriever, k=k, since=None, until=before, sources=sources
            )
            seen = {h.chunk.id for h in hits}
            whole.update((h.chunk.id, h) for h in earlier)
            hits = hits + _naming_the_period_ahead(
                [h for h in earlier if h.chunk.id not in seen], scope
            )
        retrieved = time.perf_counter()
        evidence = select_evidence(
            ranked_as,
            hits,
            self.reranker,
            float("-inf"),  # refusal is decided below, on the calibrated confidence
            max_sentences=self.settings.max_citations
            if chosen.verbatim
            else self.settings.model_evidence,
            type_penalty=self.settings.answer_type_penalty,
            name_penalty=self.settings.answer_name_penalty,
        )
        standalone = _as_the_reports_spell_it(standalone, evidence.ranked)
        parts = compound_parts(search)
        if len(parts) > 1:
            # "Why was X delayed and when will it open?": each part brings its best sentence
            # that an earlier part did not already bring (the delay, then the opening year).
            evidence = replace(
                evidence,
                sentences=_each_part(
                    select_evidence(
                        part,
                        hits,
                        self.reranker,
                        float("-inf"),
                        type_penalty=self.settings.answer_type_penalty,
                        name_penalty=self.settings.answer_name_penalty,
                    ).ranked
                    for part in parts
                ),
            )
        # Syndicated copies of one story: cite one, note the others beside it.
        sentences, copies = self._one_per_story(evidence.sentences)
        sentences, dating = self._dated(search, scope, briefing, sentences, evidence.ranked)
        if dating in ("briefing", "updated", "latest"):
            copies = self.store.story_members(sorted({e.article_id for e in sentences}))
        else:
            sentences = reading_order(sentences)
        first_value = lead = contradicted = undisclosed = compared = worked_out = None
        if dating == "briefing":
            short = None  # a timeline has no single answer
        elif dating == "updated":
            change = comparison(standalone)
            # "By how much has the greenway's cost gone up?" across two reports: each report's
            # cost ("has risen to £4.1m", "will cost £3.2m"), whose difference leads below
            level = change.asked if change is not None and change.word == "by" else standalone
            sentences, dating, short, first_value = self._updated(level, sentences)
            if short is not None and self._name_the_report_lacks(
                standalone, sentences[short.n - 1]
            ):
                # "a target of £10,000" of a charity walk, "updated", for "How much did the
                # Medical Research Council give the walking study?": no figure of the thing named
                short = first_value = None
            if short is not None and (undisclosed := self._said_not_told(
                standalone, sentences[short.n - 1], evidence.ranked
            )):
                # "Two doses of the vaccine give about 97 per cent protection" beside "did not
                # say how many of the people infected had been vaccinated"
                short = first_value = None
            if first_value and short is not None and re.match(
                r"(?:until|till)\s", first_value, re.IGNORECASE
            ) and not re.match(r"(?:until|till)\s", short.text, re.IGNORECASE):
                # "September 2025; first reported as March 2025", not "as until March 2025"
                # (of "will stay closed until March 2025")
                first_value = first_value.split(None, 1)[1]
            if dating == "updated" and short is not None and first_value:
                # "By how much has the cost gone up?" across two reports: "£75 million".
                lead = self._change_between_reports(standalone, short.text, first_value)
        else:
            if asks_cause(standalone):
                sentences = with_cause(sentences, evidence.ranked, standalone)
            short = self._short_answer(standalone, sentences, evidence.ranked)
            if short is None and job_question_of(standalone):
                # "Who is Maria Cunningham?": her role leads ("Unite regional officer"), the
                # sentences that describe her follow
                short = self._short_answer(
                    job_question_of(standalone), sentences, evidence.ranked
                )
            short = self._told_as_last_year(standalone, scope, sentences, short)
            short = _the_respective_one(standalone, sentences, short)
            if short is not None:
                sentences, short = self._replaced_since(
                    standalone, sentences, short, evidence.ranked
                )
            if short is not None and _of_another_year(scope, sentences[short.n - 1], short):
                short = None  # "attracted about 6,000 people last year" (2024) for 2022's
            if short is not None and self._of_the_lead_s_person(
                standalone, sentences[short.n - 1], evidence.ranked
            ):
                short = None  # "A 34-year-old teacher has won ..." for "How old is Tom Iredale?"
            if short is not None and self._of_the_one_named_before(
                standalone, sentences[short.n - 1]
            ):
                short = None  # "The 24-year-old nurse" of the winner before, for another's age
            if short is not None and self._of_the_whole_not_the_asked_place(
                standalone, sentences[short.n - 1], evidence.ranked
            ):
                short = None  # "Revenue ... rose to £812 million" for "... revenue in Corby?"
            if short is not None:
                sentences, short = self._said_with_its_verb(
                    standalone, sentences, short, evidence.ranked
                )
                sentences, short = self._dated_by_its_verb(
                    standalone, sentences, short, evidence.ranked
                )
            sentences, short = self._ranked_as_asked(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._named_after_the_lead(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._counted_whole(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._given_its_name(
                standalone, sentences, short, evidence.ranked
            )
            if asks_a_role_holder(standalone):
                sentences, short = self._titled_holder(standalone, sentences, short, evidence)
            sentences, short = self._court_part_in_the_report(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._from_the_scoreline(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._of_the_one_named(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._the_successor_of_one_who_left(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._the_speaker_named_next(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._the_unnamed_ones_named(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._the_one_titled_as_asked(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._titled_by_the_asked_deed(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._the_exact_figure(
                standalone, sentences, short, evidence.ranked
            )
            # (last: every step above reads the best-ranked sentences, which may say no
            # category at all)
            sentences, short = self._of_the_asked_category(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._of_the_asked_month(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._the_highest_row(
                standalone, sentences, short, evidence.ranked
            )
            sentences, short = self._the_asked_cell(
                standalone, sentences, short, evidence.ranked
            )
            # "the rest was raised by members": what is left of the whole (round 61)
            compared = self._the_rest_worked_out(standalone, evidence.ranked)
            compared = compared or self._compared(standalone, evidence.ranked)
            if compared is None and (
                short is None or worked is not None and short.text in ("Yes", "No")
            ):
                # "Were there more call-outs in 2023 than in 2022?": no sentence says yes or
                # no, two figures do (a sentence read for "Yes" says only that rhinos were
                # poached, never that more were)
                as_asked = self._compared_as_asked(standalone, evidence.ranked)
                if as_asked is not None:
                    compared = as_asked[:2]
                    worked_out = as_asked[2]
                elif short is not None and polar_comparison(standalone):
                    # "Nine rhinos were killed by poachers" read as "Yes" for "Were more
                    # rhinos poached in 2024 than in 2023?": a deed said is no comparison
                    # said; without both figures there is no verdict
                    short = None
            if compared is not None:
                sentences, lead = compared
                short = None
                dating = dating or "report"
            elif short is None:
                sentences, short = self._answer_further_down(
                    standalone, sentences, evidence.ranked
                )
            if short is None and compared is None:
                sentences, short = self._named_further_down(
                    standalone, sentences, evidence.ranked
                )
            if short is None and compared is None:
                sentences, short = self._replaced_through_a_possessive(
                    standalone, sentences, evidence.ranked
                )
            if short is None and compared is None:
                sentences, short = self._the_predecessor_at_an_arrival(
                    standalone, sentences, evidence.ranked
                )
            if short is None and compared is None:
                sentences, short = self._appointed_to_the_post_left(
                    standalone, sentences, evidence.ranked
                )
            if short is None and compared is None:
                sentences, short = self._predecessor_of_the_one_after(
                    standalone, sentences, evidence.ranked
                )
            if short is None and compared is None:
                sentences, short = self._through_a_pronoun(standalone, sentences, evidence.ranked)
            if short is None and compared is None:
                sentences, short = self._through_a_name(standalone, sentences, evidence.ranked)
            if short is None and compared is None:
                sentences, short = self._through_a_lead(standalone, sentences, evidence.ranked)
            if short is None and compared is None:
                sentences, short = self._through_the_described_one(
                    standalone, sentences, evidence.ranked
                )
            if short is None and compared is None:
                sentences, short = self._placed_further_down(
                    standalone, sentences, evidence.ranked
                )
            if short is not None and self._of_the_lead_s_person(
                standalone, sentences[short.n - 1], evidence.ranked
            ):
                short = None  # found further down, still the lead's person's figure
            if short is not None and self._name_the_report_lacks(
                standalone, sentences[short.n - 1], evidence.ranked
            ):
                short = None  # "£145" of a festival for "How much is a child ticket on the X7?"
            if short is not None and self._a_row_of_another_month(
                standalone, sentences[short.n - 1]
            ):
                short = None  # April's row for June, which the table does not have
            if (
                short is not None and spans_question_type(standalone) not in ("who", "yes-no")
                and _names_unsaid(standalone, sentences[short.n - 1], evidence.ranked)
                and (
                    _another_of_the_named_thing(standalone, sentences[short.n - 1].sentence)
                    or asked_number(standalone) and _a_figure_of_the_lead_s_one(
                        standalone, sentences[short.n - 1], evidence.ranked
                    )
                )
            ):
                short = None  # "Kelsham Lido ... £2.4 million" for the Tinbury lido's cost
            if short is not None and (undisclosed := self._said_to_be_undisclosed(
                standalone, sentences[short.n - 1], evidence.ranked
            ) or self._said_not_told(standalone, sentences[short.n - 1], evidence.ranked)):
                short = None  # "£24.99" of a membership fee, where the stake's price is not told
            if short is not None and re.search(r"\d", short.text) and (
                self._kind_the_report_lacks(standalone, sentences[short.n - 1])
                or self._figure_the_report_never_names(standalone, sentences[short.n - 1])
                or self._sum_the_report_never_names(standalone, sentences[short.n - 1])
                or self._a_part_with_no_sum_of_its_own(standalone, sentences[short.n - 1])
                or self._owner_the_report_never_names(standalone, sentences[short.n - 1])
            ):
                short = None  # "Pre-tax profit ... £4.1 million" for "... operating profit?"
            if short is not None and (
                self._doer_the_report_never_names(standalone, sentences[short.n - 1])
                or self._recipient_the_report_never_names(standalone, sentences[short.n - 1])
            ):
                short = None  # "open in April next year" of a skate park for the tram extension
            if short is not None and compared is None:
                # "first estimated 41,000 hectares ... It later revised the figure to 56,000"
                sentences, short = self._revised_later(
                    standalone, sentences, short, evidence.ranked
                )
            if compared is None and sentences:
                contradicted = self._contradicted(standalone, sentences, short)
                if contradicted is not None:
                    # "£30m" of "annual carriage fees" for "the weekly fees"
                    told = sentences[short.n - 1] if short is not None else sentences[0]
                    sentences, short, contradicted = self._said_as_asked(
                        standalone, sentences, told, evidence.ranked, contradicted
                    )
            if short is not None and compared is None:
                # The answer first: "Who is the contractor?" is not cited with the sentence
                # before the one naming the contractor.
                sentences, n = answer_first(sentences, short.n)
                sentences, n = without_sibling_rows(standalone, sentences, n)
                short = replace(short, n=n)
        if worked_out is not None:
            short = worked_out  # (after the checks above, which read a phrase, not a verdict)
        best = evidence.sentences[0] if evidence.sentences else None
        # What is cited is read for what the question says, also a sentence taken from
        # further down the report ("Chief executive Ingrid Halvorsen" for "Who runs Kestrel?").
        further = tuple(e for e in sentences if e not in evidence.sentences)
        # (the sentence the short answer was taken from holds the asked kind, whatever the
        # top-scored one could hold: "The £240,000 development ..." under "Mr Pettit said work
        # on the padel courts was expected to start in June" for their cost)
        answered_further = short is not None and sentences[short.n - 1] in further
        # (a difference worked out from two figures of the asked thing holds the asked kind,
        # though the sentence states no change: "By how much did the number of households
        # taking part rise?" over "212 households took part, up from 150"; round 59)
        answered_further = answered_further or compared is not None and worked_out is None
        # (... and so does a second evidence sentence the answer was read from, when the top
        # one could hold none: "the house measured 11 metres across" under "Lysander
        # Gravelthorpe, a retired postman from Dunmallow" for "How wide was the Dunmallow
        # roundhouse?"; round 60)
        answered_further = answered_further or (
            short is not None and best is not None and sentences[short.n - 1] != best
            and not evidence.fits_type
            and fits_answer_type(standalone, sentences[short.n - 1].sentence)
        )
        def features_of(read: Evidence | None) -> dict[str, float]:
            return signals(
                # Read as the cross-encoder read it: "What does X do for a living?" as "Who is
                # X?".
                reranker_question(_without_period(standalone, scope)),
                read,
                replace(
                    evidence,
                    sentences=evidence.sentences + further,
                    fits_type=evidence.fits_type or answered_further,
                ) if further or answered_further else evidence,
                [whole.get(h.chunk.id, h) for h in hits],
                short is not None or lead is not None,
                self._span_fit(standalone, sentences, short),
                self._dense_similarity(ranked_as, best),
                reference,
            )

        features = features_of(best)
        told = sentences[short.n - 1] if short is not None else best
        if best is not None and told.article_id != best.article_id:
            # The features read the report the answer comes from ("the reopening has been
            # pushed back to September 2025" in a later report under the first report's "will
            # stay closed until March 2025", which says less of "now expected to reopen"),
            # unless it leaves out more of the question's names than the best's report (a
            # follow-up that never repeats "Wexcombe", which its first report says).
            own = features_of(told)
            if own["keys_missing_article"] <= features["keys_missing_article"]:
                features = own
        confidence = 0.0 if best is None else self.calibrator.probability(features)
        said_of = asked_of_a_person(standalone) if short is None else None
        if short is None and lead is None and (
            asks_for_a_person(standalone) or _ASKS_FOR_A_FIRM.match(standalone)
        ):
            # "Which family owned the brewery?" asks a name as "Who ...?" does; so does "Which
            # firm replaced Tarnbeck Marine?" (round 58: a false premise, whose sentences name
            # no firm that did it)
            said_of = ("name", "")
        unstated = (
            short is None and compared is None and best is not None
            and (
                self._polar_deed_unsaid(standalone, sentences)
                # ("Why did Dr Benedict Harkaway step down?" over "..., who has left the
                # practice" of the one he replaced: another's leaving; round 58)
                or another_left(standalone, sentences)
                # ("Why did Osian Sutterby leave?" over "... has been appointed station manager
                # in his place": no leaving told at all; round 59)
                or no_leaving_told(standalone, sentences)
                # ("Why did Marisol Tchakarova withdraw?" over "Ishmael Quennery has withdrawn
                # ...": another's deed; final check 189)
                or another_did(standalone, sentences)
                # ("Why did the Alderford cinema close?" over the Alderford footbridge's
                # closure: a thing its report never names; round 61)
                or self._subject_the_report_lacks(standalone, best)
            )
        )
        if short is None and lead is None and best is not None and not undisclosed:
            # "The new slates will come from a quarry in Cumbria" for "Which quarry ...?"
            from rag.spans import the_asked_one_unnamed

            undisclosed = next(
                (said for e in sentences
                 if (said := the_asked_one_unnamed(standalone, e.sentence))),
                None,
            )
        if said_of or contradicted is not None or undisclosed or unstated:
            # "What does X do for a living?" is read as "Who is X?" above, which any sentence
            # naming X answers; only a role said of X (`rag.spans._occupations`) answers it.
            confidence = min(confidence, self.calibrator.fact_missing or 0.0)
        verify_ms = None
        if (
            best is not None
            and self.verifier is not None
            and (self.settings.verify_every_answer or in_verify_band(confidence))
        ):
            # Only where the other signals leave it open: the model costs about a second.
            t0 = time.perf_counter()
            features = {**features, **self._verified(standalone, sentences)}
            confidence = self.verified_calibrator.probability(features)
            verify_ms = (time.perf_counter() - t0) * 1000
        if short is not None and short.text != " ".join(short.text.split()):
            # "Little\nEbbing": a name the article wraps is said, shown and carried into a
            # follow-up as one line
            short = replace(short, text=" ".join(short.text.split()))
        request = AnswerRequest(
            question=question,
            standalone=said_as,
            evidence=sentences,
            passages=tuple(hits),
            refused=best is None
            or (
                evidence.best_score < BRIEFING_FLOOR
                if dating == "briefing"
                else confidence < self.settings.refusal_threshold
            ),
            confidence=confidence,
            evidence_score=evidence.best_score,
            short_answer=short,
            copies=copies,
            history=tuple((t.question, t.answer) for t in turns),
            fallback_sentences=self.settings.max_citations,
            model_can_decline=self.settings.model_can_decline,
            started=started,
            timings_ms={
                "retrieve": (retrieved - started) * 1000,  # includes "rerank"
                "rerank": rerank_ms.get(),
                **({"verify": verify_ms} if verify_ms is not None else {}),
            },
            signals=features,
            dating=dating,
            first_value=first_value,
            lead=lead,
            notes=notes,
        )
        if request.refused and contradicted is not None:
            request = replace(
                request, refusal_text=f"{REFUSAL[:-1]}: {contradicted.describe()}."
            )
        elif request.refused and best is not None and (
            asked_fact_missing(features) or said_of or undisclosed or unstated
        ):
            # Say what is missing: the reports are on the topic but give no such phrase.
            if unstated:
                text = f"{REFUSAL[:-1]}: the closest report does not say whether it happened."
            elif undisclosed:
                text = f'{REFUSAL[:-1]}: the closest report does not give it ("{undisclosed}").'
            else:
                asked = said_of[0] if said_of else _FACT_WORDS[
                    question_type(_without_period(standalone, scope))
                ]
                text = f"{REFUSAL[:-1]}: the closest reports give no {asked} for this."
            request = replace(request, refusal_text=text)
        request = self._about_the_period(
            request, scope, window, (since, until), bool(hits) or searched_undated
        )
        return compose(request, chosen)

    def _about_the_period(self, request, scope, window, asked, found: bool) -> AnswerRequest:
        """A reply that finds nothing says what the store holds for the question's own period:
        - a period with no article at all: "No article from A to B is in the collection (in
          2021)." (refusal_reason "filters": nothing was searched);
        - a period after the newest report ("Will the bridge reopen in 2025?", not a filter:
          plans are reported before they happen, so everything was searched): the refusal
          adds "No report in the store is from 2025 or later (newest: 2024-11-08)."
        `window` is the date filter searched with, `asked` the user's own since/until."""
        if not found and window != asked:
            until = window[1]
            if scope.unit == "year" and scope.until is not None and until:
                # The reports searched after the year were those that name it: none did.
                until = min(until, scope.until.isoformat())
            return replace(
                request,
                refusal_reason="filters",
                refusal_text=f"No article from {window[0] or 'the start'} to "
                f"{until or 'now'} is in the collection ({scope.matched}).",
            )
        if request.refused and scope.after_now is not None:
            newest = max((a.published for a in self.store.articles() if a.published), default=None)
            # Only when it is true of the store (`as_of` may put "now" before its newest report).
            if newest is not None and newest < scope.after_now.isoformat():
                return replace(
                    request,
                    refusal_text=f"{request.refusal_text} No report in the store is from "
                    f"{scope.after_now_label} or later (newest: {newest}).",
                )
        return request

    def _dated(self, question, scope, briefing, sentences, ranked):
        """The evidence to cite and how to date it (`rag.timeline`): a briefing's lines, the
        newest report first for "latest", an updated figure beside its first value, or the
        sentences as chosen, dated when the question is about time or the reports differ in
        date."""
        if briefing and ranked:
            story = self._story_ids(ranked)
            return timeline(ranked, story), "briefing"
        arranged = arrange(question, scope, sentences, ranked)
        if arranged.mode:
            return arranged.evidence, arranged.mode
        dates = {e.published for e in sentences if e.published}
        about_time = bool(scope.matched) or len(dates) > 1
        if about_time or any(mentions_time(e.sentence) for e in sentences):
            return sentences, "report"
        return sentences, ""

    def _story_ids(self, ranked) -> dict[str, str]:
        """Article id -> one id for its story (copies of a story share it)."""
        ids = sorted({e.article_id for e in ranked})
        members = self.store.story_members(ids)
        return {i: min([i, *(c.id for c in members.get(i, ()))]) for i in ids}

    def reference_date(self, as_of: str | date | None = None) -> date | None:
        """ "Now" for relative time in questions: `as_of`, else the newest article's date in the
        store that is not after today (None for an empty or undated store). Cached per store
        revision."""
        if isinstance(as_of, date):
            return as_of
        if as_of:
            return date.fromisoformat(validate_date(as_of, "as-of"))
        revision = self.store.revision()
        cached = self._newest
        if cached is None or cached[0] != revision:
            dates = [a.published for a in self.store.articles() if a.published]
            # An article dated after today is most likely a typo (ingest warns about it): it
            # must not move "now" for every question; unless every article is dated so.
            past = [d for d in dates if d <= date.today().isoformat()] or dates
            cached = self._newest = (revision, date.fromisoformat(max(past)) if past else None)
        return cached[1]

    @staticmethod
    def _short_answer(
        question: str, sentences: Sequence[Evidence], around: Sequence[Evidence] = ()
    ) -> ShortAnswer | None:
        """The answer itself, from the best evidence sentence that holds one (rag.spans).

        `sentences` are in reading order (their numbers are the citation numbers); the best
        scored one is tried first, then the next. A yes/no question gets "Yes"/"No" when a
        sentence states it plainly, spanning that sentence. Each is read with the sentence
        before it: the one before it among `sentences` from its article, else the one right
        before it in its article when `around` (the ranked sentences) holds it and the
        sentence is a part "of them" ("About 4,200 runners started" for "1,150 of them were
        running for a charity").
        """
        from rag.spans import asks_a_court_part, question_type, typed_spans, yes_no

        polar = question_type(question) == "yes-no"
        ranked = sorted(range(len(sentences)), key=lambda i: -sentences[i].score)
        rank = _RANK_ASKED.search(question)
        if rank:
            # A rank asked is said by the sentence that answers: "Harrogate's Priya Shah was
            # third" for "Who took third place?", never the winner's sentence ranked above it
            said = re.compile(_RANK_WORDS[rank.group(1).lower()], re.IGNORECASE)
            ranked.sort(key=lambda i: not said.search(sentences[i].sentence))
        if asks_cause(question):
            # The sentence that states a cause first, however the cross-encoder ranked it:
            # "believed to have been started by a disposable barbecue" third, under "The fire
            # started on Saturday afternoon", for "What started the wildfire?"
            from rag.evidence import cause_fit

            ranked.sort(key=lambda i: -cause_fit(question, sentences[i].sentence))
        from rag.evidence import about_another_event

        # "A separate grass fire on nearby Harden Moor" answers nothing of the Brookside Mill
        # fire asked about, however it ranked
        ranked.sort(key=lambda i: about_another_event(question, sentences[i].sentence))
        if not polar:
            ranked = [i for i in ranked if not about_another_event(question, sentences[i].sentence)]
        from rag.spans import the_asked_one_unnamed

        if not polar and any(the_asked_one_unnamed(question, e.sentence) for e in sentences):
            # "The new slates will come from a quarry in Cumbria" for "Which quarry ...?": the
            # evidence says the asked kind but names none, so no other sentence's name ("in
            # Ellesby") is the one asked
            ranked = [i for i in ranked if the_asked_one_unnamed(question, sentences[i].sentence)]
        found: list[tuple[float, int, int, int]] = []  # (span score, sentence, start, end)
        # A court part is named in a court reporter's construction the cross-encoder reads
        # poorly ("Prosecuting, Ms Nadia Farouk KC told the jury" third for "Who prosecuted
        # Graham Pettifer?"); only a sentence naming the part can answer, so all are read.
        reach = 3 if polar else len(sentences) if asks_a_court_part(question) else 2
        for i in ranked[:reach]:
            e = sentences[i]
            before = sentences[i - 1] if i and sentences[i - 1].article_id == e.article_id else None
            if before is None and around and _LEANS_ON_A_WHOLE.search(e.sentence):
                # (only a part that leans on the sentence before for its whole: the sentence
                # before is otherwise no anchor of the phrase)
                before = _sentence_after(e, around, before=True)
            context = before.sentence if before is not None else ""
            if polar:
                # The headline names what the story is about ("Storm Ilse cuts power..."), which
                # its sentences leave out ("Nobody was hurt").
                said = yes_no(question, e.sentence, context, title=e.title or "")
                if said is None and (asked := in_the_words_of(question, e.sentence)):
                    # "Was the dog ordered to be put down?" read as "... to be destroyed?"
                    # over "The judge did not order the dog to be destroyed"
                    said = yes_no(asked, e.sentence, context, title=e.title or "")
                lead = min(
                    (x for x in (*sentences, *around) if x.article_id == e.article_id),
                    key=lambda x: x.start,
                )
                if said is None and lead.start < e.start and lead.sentence != context:
                    # Its lead sets the story's scene as its headline does: "No arrests have
                    # been made" for "... over the St Michael's lead theft?", which only the
                    # first line names
                    said = yes_no(
                        question, e.sentence, context, title=f"{e.title or ''} {lead.sentence}"
                    )
                if said:
                    return ShortAnswer(said, i + 1, e.article_id, e.start, e.end)
                continue
            spans = typed_spans(question, e.sentence, context)
            reworded = in_the_words_of(question, e.sentence)
            if spans and reworded:
                # (a phrase is scored in the sentence's own words where it says the asked deed
                # in others, "on display at any one time" for "on show at once"; never a phrase
                # the question's own words do not find: "come from" is no giving by any one)
                again = typed_spans(reworded, e.sentence, context)
                if again and again[0][1:3] == spans[0][1:3] and again[0][0] > spans[0][0]:
                    spans = again
            if spans:
                score, start, end, kind = spans[0]
                found.append((score, kind, i, start, end))
        if not found:
            return None
        if rank:
            # (and only such a sentence's phrase, when one holds a phrase)
            found = [f for f in found if said.search(sentences[f[2]].sentence)] or found
        # The best sentence's phrase, unless the runner-up holds one of the same kind that fits
        # the asked slot clearly better, counting how much of what the question says (its words
        # other than names) each sentence has: "festival director Oskar Brandt" against "a
        # documentary by the filmmaker Leila Haddad" for "Who is the director of the
        # festival?"; "the new planetarium would open in May" against "reopened on Saturday"
        # for "When will its planetarium open?". Across kinds the scores mostly weigh the kind
        # asked for first, so a phrase of another kind never takes over.
        from rag.judge import content_words, key_terms

        said = content_words(question) - key_terms(question)

        def weight(item) -> float:
            covered = len(said & content_words(sentences[item[2]].sentence)) / len(said or {""})
            return item[0] + covered

        def family(kind: str) -> str:
            # A person, a body and a place are all names: spaCy types "Karim" as a place.
            return "name" if kind in ("person", "org", "place", "name") else kind

        from rag.spans import asked_kinds

        wants = asked_kinds(question)

        def preferred(kind: str) -> int:
            return wants.index(kind) if kind in wants else len(wants)

        pick = found[0]
        if (
            len(found) > 1 and family(found[1][1]) == family(pick[1])
            and _of_an_earlier_year(sentences[pick[2]])
            # (a past instance of the same thing: "won the same title ... in 1973"; "first
            # spotted by volunteer Grace Oduya during a survey in 2021" is the asked event)
            and _AN_EARLIER_INSTANCE.search(sentences[pick[2]].sentence)
            and not _of_an_earlier_year(sentences[found[1][2]])
            and not re.search(r"\b(?:1[89]|20)\d\d\b|\b(?:first|originally|previous|last|"
                              r"before)\b", question, re.IGNORECASE)
        ):
            # "Her grandmother, Margaret Drummond, won the same title ... in 1973" ranked over
            # this year's champion "shown by 19-year-old Ellie Drummond", for a question that
            # asks no year: the report's own time first
            pick = found[1]
        # (only a side named for a person: "the Labour candidate", "the Reform councillor")
        # (not in a bracketed earlier question: "What was the turnout? (How many votes did
        # the Labour candidate get?)")
        plain = re.sub(r"\([^)]*\)", "", question)
        side = _A_SIDE_S_PERSON.search(plain) or _A_SIDE_S_SCORE.search(plain)
        names = content_words(next(g for g in side.groups() if g)) if side else set()

        def names_fit(item) -> int:
            # 1 when the sentence names all the question names, -1 when it names none of it
            # but names others ("Sarah Okoro" for "the Labour candidate"), else 0 ("The 2024
            # announcement brings the program to $2 billion" goes on about the same agency)
            sentence = sentences[item[2]].sentence
            told = content_words(sentence)
            if not names:
                return 0
            if names <= told:
                return 1
            others = {w for w in key_terms("? " + sentence) if not w[:1].isdigit()} - names
            return -1 if not names & told and others else 0

        titled = [
            f for f in found[:2]
            if _titled_as_asked(question, sentences[f[2]].sentence, f[3] - sentences[f[2]].start)
        ]
        if len(found) > 1 and len(titled) == 1 and family(titled[0][1]) == family(pick[1]):
            # "Group Scout Leader Nadia Hussain, 45, said" against "The group's longest-serving
            # leader, Bert Collins" for "Who is the Group Scout Leader of ...?": the name the
            # asked title is written before, word for word
            pick = titled[0]
        elif len(found) > 1 and family(found[1][1]) == family(pick[1]) and (
            names_fit(found[1]) != names_fit(pick)
            and min(names_fit(found[1]), names_fit(pick)) == -1
        ):
            # "Labour's Neil Ashby third with 987" against "Sarah Okoro ... received 1,648
            # votes" for "How many votes did the Labour candidate receive?": the sentence that
            # names what the question names, over one that names none of it
            if names_fit(found[1]) > names_fit(pick):
                pick = found[1]
        elif (
            len(found) > 1
            # ... or of a kind asked for before it: "Reform" (a party) against "Labour's
            # Bernard Lyle" (a phrase) for "Which party does Kelly Marsh represent?"
            and (family(found[1][1]) == family(pick[1])
                 or preferred(found[1][1]) < preferred(pick[1]))
            and weight(found[1]) >= weight(pick) + SPAN_SWITCH
            # ... nor to one of years gone by when the question asks no year: "Her
            # grandmother, Margaret Drummond, won the same title ... in 1973" against this
            # year's champion "shown by 19-year-old Ellie Drummond"
            and not (
                _of_an_earlier_year(sentences[found[1][2]])
                and _AN_EARLIER_INSTANCE.search(sentences[found[1][2]].sentence)
                and not _of_an_earlier_year(sentences[pick[2]])
                and not re.search(r"\b(?:1[89]|20)\d\d\b", question)
            )
            # ... nor to the whole a part "of those" leans on, when only the part names the
            # one asked about: "The four branches together recorded 61,000 visits last year"
            # against "Netherby alone accounted for 23,000 of those visits" for "How many
            # visits did Netherby library record last year?"
            and not _the_asked_part_of_a_whole(
                question, sentences[pick[2]], sentences[found[1][2]]
            )
            # ... but never to a sentence that names another in place of a name the question
            # and the best sentence say
            and (
                not _names_another_instead(
                    question, sentences[pick[2]].sentence, sentences[found[1][2]].sentence,
                    found[1][3:5],
                )
                # ... unless only that sentence says the asked deed: "Riverside's assistant
                # manager, Ian Blackwood, flew to Belgium" against "He said Okafor had turned
                # down an offer from a German club" for "Who flew to Belgium to complete the
                # Okafor deal?"
                or _says_the_deed_only(question, sentences[found[1][2]], sentences[pick[2]])
            )
        ):
            pick = found[1]
        from rag.spans import named_as_the_asked_sum

        named = [
            f for f in found
            if f[1] == "number" and named_as_the_asked_sum(
                question, sentences[f[2]].sentence, f[3], f[4]
            )
        ]
        if pick[1] == "number" and named and pick not in named:
            # "The work is expected to cost £185,000" ranked over "leaving a gap of £65,000"
            # for "How big is the funding gap?": the sum named as the asked kind
            pick = named[0]
        exact = [
            f for f in found if f is not pick and f[1] == "number"
            and re.search(r"\d", sentences[f[2]].sentence[f[3] : f[4]])
        ]
        if pick[1] == "number" and exact and (
            _VAGUE_COUNT.fullmatch(sentences[pick[2]].sentence[pick[3] : pick[4]].strip())
        ):
            # "Thousands of street lights ... will be switched off" under "has been cut from
            # 14,500 to 9,800": a count in figures over one in a word of many (whichever
            # ranked first: "About 28,000 of the county's 41,000 street lights will be
            # affected" under the lead saying "Thousands")
            pick = exact[0]
        _, _, i, start, end = pick
        e = sentences[i]
        return ShortAnswer(
            e.sentence[start:end], i + 1, e.article_id, e.start + start, e.start + end
        )

    @classmethod
    def _told_as_last_year(
        cls, question: str, scope: TimeScope, sentences: tuple[Evidence, ...],
        short: ShortAnswer | None,
    ) -> ShortAnswer | None:
        """"How many people attended in 2024?" over a report of 2025 that says "A record
        42,000 people attended ..., up from 35,000 last year": the asked year is the report's
        "last year", so its figure is read with the question asking "last year" (35,000).
        Only for a question naming one year and a sentence saying "last year" in a report of
        the year after; the short answer unchanged otherwise."""
        if scope.unit != "year" or scope.since is None or scope.until is None:
            return short
        if scope.since.year != scope.until.year:
            return short
        if short is not None and (sentences[short.n - 1].published or "")[:4] == str(
            scope.since.year
        ):
            return short  # a report of the asked year answers for itself
        if short is not None and any(
            _the_asked_part_of_a_whole(question, sentences[short.n - 1], e)
            and re.search(r"\blast\s+year\b", e.sentence, re.I)
            for e in sentences
        ):
            # "Netherby alone accounted for 23,000 of those visits": a part of the whole "last
            # year" said before it is of that year too
            return short
        asked = _without_period(question, scope).rstrip(" ?") + " last year?"
        for i, e in enumerate(sentences):
            if (
                e.published and e.published[:4] == str(scope.since.year + 1)
                and re.search(r"\blast\s+year\b", e.sentence, re.I)
            ):
                found = cls._short_answer(asked, (e,))
                if found is not None:
                    return replace(found, n=i + 1)
        return short

    @classmethod
    def _of_the_asked_category(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """For a question of one category of a contest ("Who won the women's bog snorkelling
        title?"), the answer of a sentence that says that category ("The women's title went
        to Morwenna Hale") over one that says none ("A PE teacher from Rhayader has won the
        Llanfechan Bog Snorkelling Championship", the men's winner): the best such sentence
        among the first eight of `ranked` with a positive score that holds a short answer.
        Else unchanged."""
        # (or one prize of several: "Who won the best-show award?" over "The audience prize
        # went to Bellwether Puppets" beside "The best-show award ... went to 'The Tin Heron'")
        asked = _CATEGORY_ASKED.search(question) or (
            # (only of one who won it: "Who will present the King's Award?" asks no winner)
            _PRIZE_ASKED.search(question) if _ASKS_A_WINNER.search(question) else None
        )
        if asked is None:
            return sentences, short
        words = r"\s+".join(re.escape(w) for w in asked.group(1).lower().split())
        said = re.compile(rf"\b{words}", re.IGNORECASE)

        def says(e: Evidence) -> bool:
            return bool(said.search(e.sentence.replace("’", "'")))

        if short is not None and says(sentences[short.n - 1]):
            return sentences, short
        found = cls._first_that_answers(
            question, (e for e in ranked[:8] if e.score > 0 and says(e))
        )
        return found or (sentences, short)

    @classmethod
    def _titled_by_the_asked_deed(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """For "Who <deed> ...?" ("Who founded the repair café?", "Who leads the team?", "Who
        owns the field?") answered from a sentence that does not say the deed: a name of the
        same report titled by the deed's agent noun ("Founder Gwenllian Pryce", "Team leader
        Morag Lindsay", "Landowner Susan Everitt"; not a "deputy" or "former" one), cited
        alone. News writes the holder by title; the cross-encoder ranks the scene higher.
        Else unchanged."""
        from rag.spans import _stem

        asked = re.match(r"^\W*who\s+([a-z]+)\b", question, re.IGNORECASE)
        if asked is None or asked.group(1).lower() in _AUXILIARIES | {"found"} or not ranked:
            return sentences, short  # ("found" of "Who found the coins?" is no founding)
        deed = _stem(asked.group(1).lower())
        agents = "|".join(re.escape(deed.rstrip("e") + end) for end in ("er", "or", "ers"))
        if deed in _SELF_TITLED:
            # (round 60) "The orchestra's chair, Beatrix Normington-Falk," for "Who chairs the
            # Vellacourt Philharmonic?": a deed whose doer is called by the deed itself
            agents += "|" + "|".join(re.escape(deed + end) for end in _SELF_TITLED[deed])
        titled = re.compile(
            rf"\b(?i:[a-z]*(?:{agents}))(?:,\s+|\s+)"
            r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)"
        )

        def holders(sentence: str) -> list[str]:
            # (not a lesser or past holder: "Deputy team leader Euan Drummond")
            return [
                m.group("name") for m in titled.finditer(sentence)
                if not re.search(r"\b(?:deputy|assistant|former|vice|ex)[\s-]+(?:\w+\s+)?$",
                                 sentence[max(0, m.start() - 30) : m.start()], re.IGNORECASE)
            ]

        home = sentences[short.n - 1].article_id if short is not None else ranked[0].article_id
        if short is not None:
            told = sentences[short.n - 1]
            words = {_stem(w) for w in re.findall(r"[a-z]+", told.sentence.lower())}
            if deed in words or holders(told.sentence):
                return sentences, short

        found = cls._first_that_answers(
            question,
            (e for e in ranked if e.article_id == home and holders(e.sentence)),
            lambda e, found: any(found.text in name for name in holders(e.sentence)),
        )
        return found or (sentences, short)

    @classmethod
    def _of_the_asked_month(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """For a question of one month ("What was the average saving in January?"), the answer
        of a sentence of the same report that names that month (a results table's row "Month:
        January; ...; Average saving: $72") over one that names another ("have saved an
        average of $61 a month ... since the battery was switched on in November"): the first
        such sentence in ranked order that holds a short answer, cited alone. Else
        unchanged."""
        asked = _MONTH_ASKED.search(question)
        if short is None or asked is None:
            return sentences, short
        told = sentences[short.n - 1]
        month = re.compile(rf"\b{asked.group(1)}\b", re.IGNORECASE)
        if month.search(told.sentence) or not _MONTH_SAID.search(told.sentence):
            return sentences, short
        found = cls._first_that_answers(question, (
            e for e in ranked if e.article_id == told.article_id and month.search(e.sentence)
        ))
        return found or (sentences, short)

    @staticmethod
    def _a_row_of_another_month(question: str, told: Evidence) -> bool:
        """Is `told` a table's row of another month than the one asked ("Month: April; ...;
        Whooping cranes: 11" for "How many whooping cranes were counted in June?", where the
        table has no June row)?"""
        from rag.compare import row_cells

        asked = _MONTH_ASKED.search(question)
        if asked is None or not row_cells(told.sentence):
            return False
        month = re.compile(rf"\b{asked.group(1)}\b", re.IGNORECASE)
        return not month.search(told.sentence) and bool(_MONTH_SAID.search(told.sentence))

    @classmethod
    def _the_highest_row(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """For "Which month did the battery supply the most households?" over a table of the
        chosen report ("Month: January; ...; Households supplied: 112"), the row with the
        highest (or lowest) figure in the column the question names, cited alone, and its
        asked cell as the short answer ("January"); a list's items ("- Bicycles: 126") are
        read as one column. No sentence states which is highest, so any other short answer
        ("switched on in November") is a guess. Else unchanged (`rag.compare.highest_row`)."""
        from rag.compare import highest_row, row_cells, superlative

        asked = superlative(question)
        if asked is None or not ranked:
            return sentences, short
        chosen = {e.article_id for e in sentences} | {ranked[0].article_id}
        tables: dict[tuple, list[Evidence]] = {}  # (report, columns) -> rows, in rank order
        for e in ranked:
            cells = row_cells(e.sentence)
            if cells and e.article_id in chosen:
                tables.setdefault((e.article_id, tuple(h for h, _ in cells)), []).append(e)
        for rows in tables.values():
            rows = sorted(rows, key=lambda e: e.start)
            got = highest_row(asked, [e.sentence for e in rows])
            if got is None:
                continue
            row, text = rows[got[0]], got[1]
            at = row.sentence.find(text)
            return (row,), ShortAnswer(
                text, 1, row.article_id, row.start + at, row.start + at + len(text)
            )
        return sentences, short

    @classmethod
    def _the_asked_cell(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """For "How many packets of tomatoes were lent?" over a table's row that the question
        names by its first cell ("Crop: Tomatoes; Packets lent: 412; Packets returned: 96"),
        the cell of the column it names ("412", "Packets lent" before "Packets returned"),
        cited alone, when the short answer's sentence (if any) does not name the row ("In all
        2,046 packets were lent", a total). Else unchanged (`rag.compare.asked_cell`)."""
        from rag.compare import asked_cell

        if not ranked or not asked_number(question):
            return sentences, short
        told = sentences[short.n - 1].sentence.lower() if short is not None else ""
        chosen = {e.article_id for e in sentences} | {ranked[0].article_id}
        for e in ranked:
            if e.article_id not in chosen:
                continue
            cell = asked_cell(question, e.sentence)
            if cell is None or cell[0].lower() in told:
                continue
            text = cell[1]
            at = e.sentence.rfind(text)
            return (e,), ShortAnswer(text, 1, e.article_id, e.start + at, e.start + at + len(text))
        return sentences, short

    @classmethod
    def _replaced_since(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer]:
        """For a who-question answered by a person a later report says was replaced ("Martin
        Oduya, who became the council's cabinet member for leisure in the May reshuffle,
        replacing Cllr Priya Nandra"), that report's sentence and its answer, cited first with
        the older one after it: the holder now, not the one before. Else unchanged. Only a
        sentence among `ranked` dated after the answer's, naming the answer's surname right
        after "replacing", "replaced", "succeeding", "took over from", whose own short answer
        is another person."""
        from rag.spans import question_type

        told = sentences[short.n - 1]
        # (a firm asked for is replaced as a person is: "Which firm is carrying out the work on
        # Yarlow Lock?" over "Tarnbeck Marine ... has taken over the work from Cradley Fentiman
        # Civils")
        asks_firm = re.match(
            r"^\W*which\s+(?:firm|company|contractor|builder|business|operator|supplier)s?\b",
            question, re.IGNORECASE,
        )
        if (question_type(question) != "who" and not asks_firm) or not told.published or re.search(
            # (one asked of the past is the one who held it then: "Who was ... in January?")
            r"^\W*who\s+(?:was|were|had|did)\b|\b(?:former|previous|first|then|original)\b",
            question, re.IGNORECASE,
        ):
            return sentences, short
        surname = short.text.split()[-1]
        if not surname[:1].isupper():
            return sentences, short
        replaced = re.compile(
            r"\b(?:replacing|replaced|replaces|succeeding|succeeded|succeeds|(?:took|taking|"
            # ("has taken over as site manager from Rowland Pexton")
            r"taken|takes)\s+over(?:\s+as\s+[^,.;]{1,40}?|\s+(?:the|its)\s+[a-z]+(?:\s+[a-z]+)?)?"
            r"\s+from)\s+(?:[A-Z][\w'’.&-]*\s+){0,3}?"
            + re.escape(surname) + r"\b"
            # ("Sigrid Solvang ... has stepped down. She has been replaced as project lead by")
            + r"|\b(?:" + re.escape(surname) + r"|(?<![\w,] )(?:She|He))\s+(?:has|had|was)\s+"
            r"been\s+replaced\b"
            # (one named to come who withdrew: "In his place the orchestra has appointed
            # Marisol Tchakarova" after "Ishmael Quennery has withdrawn ...")
            + r"|\b(?:in\s+(?:the\s+)?place\s+of|instead\s+of)\s+(?:[A-Z][\w'’.&-]*\s+){0,3}?"
            + re.escape(surname) + r"\b|\b[Ii]n\s+(?:his|her|their)\s+place\b"
        )

        def named_before(later: Evidence) -> bool:
            # ("She has been replaced", "In his place": the sentence before names the one
            # replaced)
            if not re.search(r"\b(?:She|He)\s+(?:has|had|was)\s+been\s+replaced\b|"
                             r"\b[Ii]n\s+(?:his|her|their)\s+place\b", later.sentence):
                return True
            return any(
                e.article_id == later.article_id and 0 <= later.start - e.end <= 3
                and surname in e.sentence
                for e in ranked
            )

        for later in ranked:
            # (a later sentence of the answer's own report may say so: "The distillery's first
            # head distiller, Ms Aoife Dunleavy, has left ... She has been replaced by Mr
            # Ciarán Mulqueen")
            same = later.article_id == told.article_id
            if not later.published or (
                later.start <= told.start if same else later.published <= told.published
            ):
                continue
            if not replaced.search(later.sentence):
                continue
            if not named_before(later):
                continue
            now = cls._short_answer(question, (later,))
            if now is not None and surname not in now.text.split():
                return (later, told), replace(now, n=1)
        return sentences, short

    @classmethod
    def _updated(cls, question: str, sentences: tuple[Evidence, ...]):
        """An updated figure (`rag.timeline.arrange`): the newest report's short answer leads
        and the first report's is named after it. When the newer report holds no figure of the
        asked kind (its number was the "95" of "I-95") it is no update: the older report
        answers alone. Returns (sentences, dating, short answer, first value)."""
        short = cls._short_answer(question, sentences[:1])
        earlier = cls._short_answer(question, sentences[1:2])
        if short is None and earlier is not None:
            return sentences[1:2], "report", replace(earlier, n=1), None
        if short is not None and len(sentences) > 1 and (
            earlier is None or _value_kind(earlier.text) != _value_kind(short.text)
        ):
            # An older sentence that gives no value of the asked kind, or one of another kind
            # ("7.40am", a train's time, for the start "put back to 14 June"; "5,800
            # signatures" beside "now expected to cost £2.3m"), is no first report of it: the
            # newest report answers alone
            return sentences[:1], "report", short, None
        if short is not None and earlier is not None and _VAGUE_COUNT.fullmatch(
            earlier.text.strip()
        ):
            # "Thousands of street lights" first: no first value to set beside "9,800"
            return sentences[:1], "report", short, None
        if short is not None and earlier is not None and not same_measure(
            figure_phrase(sentences[0].sentence, short.text),
            figure_phrase(sentences[1].sentence, earlier.text),
        ):
            # "445p a share" first reported as a closing price of "297p": two figures, not one
            # revised; the newest report answers alone.
            return sentences[:1], "report", short, None
        if short is not None and earlier is not None and _bargained(
            sentences[1].sentence, earlier.start - sentences[1].start
        ) != _bargained(sentences[0].sentence, short.start - sentences[0].start):
            # "The union is asking for 7%" is no first report of the rise accepted ("Drivers
            # will get a rise of 5.8%"): a sum asked for or offered is another figure than the
            # one agreed
            return sentences[:1], "report", short, None
        if short is not None and earlier is not None and (
            " ".join(short.text.lower().split()) == " ".join(earlier.text.lower().split())
        ):
            # "every 20 minutes" in both reports: the same value is no update to name twice
            return sentences[:1], "report", short, None
        return sentences, "updated", short, earlier.text if earlier is not None else None

    @classmethod
    def _titled_holder(cls, question, sentences, short, evidence):
        """For "Who leads Harrowfield council?": a name the chosen sentences give without the
        asked role's title ("Gillian Orchard, 54, ... was sentenced") gives way to one the
        report the question names gives under that title ("council leader Naomi Fairbairn").
        With no short answer (the chosen sentences name no holder: "former nurse Dorothy
        Heald" of a sentence that says nothing of a chief executive), the titled holder is
        looked for all the same. A name for a role held by a deed (owner, founder:
        `rag.spans.a_deed_role_unsaid`) whose sentence says nothing of the deed is no answer
        ("One of them, Margaret Howe, 83, said ..." for "Who owns the Gransby Arms hotel?").
        Returns the sentences and the short answer, unchanged when no titled holder is found
        (but for such a name)."""
        from rag.judge import key_terms

        if short is not None:
            e = sentences[short.n - 1]
            if titled_with_the_asked_role(question, e.sentence, short.start - e.start,
                                          short.end - e.start):
                return sentences, short
            names = key_terms(question)
            told = " ".join(
                f"{x.title or ''} {x.sentence}"
                for x in evidence.ranked if x.article_id == e.article_id
            )
            from rag.spans import is_role

            # (an honorific is no role: "Trinity's coordinator, the Reverend Mark Oduya")
            before = re.search(
                r"([a-z]+)\W{0,3}(?:(?:the\s+)?" + _HONORIFIC + r"\W{0,2})?$",
                e.sentence[: short.start - e.start],
            )
            other_role = bool(before) and is_role(before.group(1)) and (
                before.group(1).lower() not in question.lower()
            ) and not re.search(
                # (one named as another's replacement holds the post whatever else they are:
                # "She has been replaced as project lead by the trust's harbour engineer, Ewan
                # Mallinder")
                r"\b(?:replaced|succeeded)\b[^.;]{0,60}\bby\b[^.;]*$",
                e.sentence[: short.start - e.start],
            )
            # ("One of them, Margaret Howe, 83, said ..." owns no hotel: a role held by a deed
            # is said with it)
            said_before = _sentence_after(e, evidence.ranked, before=True)
            unsaid = a_deed_role_unsaid(
                question, f"{said_before.sentence if said_before else ''} {e.sentence}"
            )
            if unsaid:
                short = None
            elif (not names or names <= content_words(told)) and not other_role:
                # Only a name from a report about something else gives way: "The film,
                # directed by Mateo Ruiz" answers "Who directed Quiet Harbour?" by its verb, in
                # its own report; or one titled with another role ("former nurse Dorothy
                # Heald" for "Who is chief executive of Calderbank General Hospital?")
                return sentences, short
        found, titled = cls._answer_further_down(
            question, sentences, evidence.ranked, titled_only=True
        )
        if titled is None:
            return sentences, short
        t = found[titled.n - 1]
        if not titled_with_the_asked_role(question, t.sentence, titled.start - t.start,
                                          titled.end - t.start):
            return sentences, short
        if short is not None and _names_another_instead(
            question, sentences[short.n - 1].sentence, t.sentence
        ):
            # "the Northdale Food Partnership, whose chair, Anita Desai," holds no office of
            # the Wenlow food bank the question and the chosen sentence name
            return sentences, short
        return found, titled

    @staticmethod
    def _change_between_reports(question: str, newest: str, first: str) -> str | None:
        """For a difference question answered by an updated figure, the change from the
        first report's value to the newest's ("£75 million" for "By how much has the cost
        gone up?" over "£240 million", then "£315 million"); None when the question asks no
        difference or the two cannot be subtracted."""
        from rag.compare import comparison, difference

        asked = comparison(question)
        return difference(asked, newest, first) if asked is not None else None

    @classmethod
    def _compared(
        cls, question: str, ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], str] | None:
        """For "How many more ... than ...?" (`rag.compare`): the sentences holding the two
        figures (within `rag.timeline.TIME_MARGIN` of the best) and the reply's lead, "6,300
        more: 24,500 [1] against 18,200 [2]"; None when it asks no difference or a figure is
        missing."""
        figures = cls._figures_compared(question, ranked)
        if figures is None:
            return None
        e1, a, e2, b, gap = figures
        sentences, n1, against = _figures_cited(e1, e2, b)
        return sentences, f"{gap}: {a.text} [{n1}] against {against}"

    @classmethod
    def _the_rest_worked_out(
        cls, question: str, ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], str] | None:
        """For "How much did members raise for the boathouse?" over "Of that, £250,000 came
        from the Wellacombe Sports Fund and the rest was raised by members" (after "The
        boathouse cost £420,000."): the sentences and the reply's lead, "£170,000: £420,000 [1]
        less £250,000 [2]" (`rag.compare.remainder`). Sentences within `ANSWER_REACH` of the
        best are read, best first; None when none gives the asked one the rest."""
        from rag.compare import remainder

        if not ranked:
            return None
        top = ranked[0].score
        for e in ranked:
            if e.score < top - ANSWER_REACH:
                break
            before = _sentence_after(e, ranked, before=True)
            rest = remainder(question, e.sentence, before.sentence if before else "")
            if rest is None:
                continue
            parts = " and ".join(rest.parts)
            if rest.whole_before and before is not None:
                return (before, e), f"{rest.value}: {rest.whole} [1] less {parts} [2]"
            if not rest.whole_before:
                return (e,), f"{rest.value}: {rest.whole} less {parts} [1]"
        return None

    @classmethod
    def _figures_compared(
        cls, question: str, ranked: Sequence[Evidence]
    ) -> tuple[Evidence, ShortAnswer, Evidence | None, ShortAnswer, str] | None:
        """The two figures a difference question compares, each with its sentence, and their
        difference in the question's words: (sentence, figure, sentence, figure, "6,300
        more"); None when it asks no difference or a figure is missing. A baseline the
        question states ("than $2 million") has no sentence (None) and `n` 0."""
        from rag.compare import (
            comparison,
            difference,
            figure_of_the_period,
            is_row,
            labelled_as_asked,
            names_all,
            said_as_before,
            said_as_the_value_before_a_change,
            states_the_change,
            told_apart,
        )

        asked = comparison(question)
        if asked is None or not ranked:
            return None
        # Each figure answers half the question: its sentence may score well under the best
        # for the whole, as far as reports of one kind of sentence differ (`TIME_MARGIN`).
        reach = [e for e in ranked if e.score >= ranked[0].score - TIME_MARGIN]

        from rag.spans import typed_spans

        def figure(
            q: str, skip: tuple | None = None, needs: tuple[str, ...] = (), like: str = ""
        ):
            """The best figure for `q` in the reach, other than the one at `skip` and of the
            same measure as `like` when given: "48,000 visitors this year, up from 41,500 last
            year" holds both of a difference; "96 millimetres of rain fell in 24 hours" holds
            one figure of rain and one of time."""
            own, other = told_apart(q, asked.baseline if q == asked.asked else asked.asked)
            # (round 59, final check 189) "How much is the number of households taking part
            # in the hedgehog count?" asks a count of households, as "How many households
            # ...?" does, which no "84 hedgehogs" answers
            counted = _THE_NUMBER_OF.sub(r"\1How many ", q)
            # A table's row or a list's item names what its figure is of ("Month: December;
            # ... Households supplied: 104", "- Lamps: 98"): the row naming the asked one
            # answers however low it ranks, and a row naming only the other never does.
            rows = [e for e in ranked if own and names_all(e.sentence, own) and is_row(e.sentence)]
            if asked.stated:
                # "Were more than 100 lamps fixed?": the row of lamps
                rows = [e for e in ranked if labelled_as_asked(e.sentence, q)]
            for e in (*rows, *reach):
                said = e.sentence.lower()
                if needs and not all(re.search(rf"\b{re.escape(w)}", said) for w in needs):
                    continue  # "than the tunnel": a sentence about the tunnel
                if other and is_row(e.sentence) and names_all(e.sentence, other) and not (
                    own and names_all(e.sentence, own)
                ):
                    continue
                if other and not own and other <= _OTHER_TIME_WORDS and names_all(
                    e.sentence, other
                ) and not re.search(
                    r"\b(?:up|down|rising|falling|rose|fell)\s+from\b|\bcompared\s+(?:with|to)\b"
                    r"|\bagainst\b|\bthan\b|\bfrom\s+[^.;]{1,30}\bto\b", said
                ):
                    # (round 58) "Last year 118 tractors took part" gives no figure of the
                    # question's own time ("How many more tractors took part ... than last
                    # year?"): a sentence of the other time alone, no comparison in it
                    continue
                dated = figure_of_the_period(e.sentence, own, e.published)
                if dated is not None and (e.article_id, e.start + dated[0]) != skip and not (
                    like and difference(asked, like, e.sentence[dated[0]:dated[1]]) is None
                ):
                    # "Nine rhinos were killed in 2024, down from 23 in 2023": the figure said
                    # with the asked year beside it
                    start, end = dated
                    return e, ShortAnswer(e.sentence[start:end], 1, e.article_id, e.start + start,
                                          e.start + end)
                for _, start, end, kind in typed_spans(counted, e.sentence):
                    at = (e.article_id, e.start + start)
                    if like and difference(asked, like, e.sentence[start:end]) is None:
                        continue
                    if kind == "number" and at != skip:
                        text = e.sentence[start:end]
                        return e, ShortAnswer(text, 1, e.article_id, *at[1:], e.start + end)
            return None

        first = figure(asked.asked)
        if first is None:
            return None
        if asked.stated:
            # "than $2 million": the asked figure against the question's own
            gap = difference(asked, first[1].text, asked.stated)
            if gap is None or asked.word == "by":
                return None
            return first[0], first[1], None, ShortAnswer(asked.stated, 0, "", 0, 0), gap
        second = figure(
            asked.baseline, (first[0].article_id, first[1].start), asked.baseline_words,
            first[1].text,
        )
        if second is None:
            return None
        (e1, a), (e2, b) = first, second
        # (... or across the reports of one story: the newer report's figure against the
        # older's, "will cost $23.9 million" against "an $18.6-million water treatment plant")
        across = (
            e1.article_id != e2.article_id and bool(e1.published) and bool(e2.published)
            and e1.published > e2.published
        )
        if asked.baseline.endswith(" before?") and asked.word != "by" and not (
            across or said_as_the_value_before_a_change(e2.sentence, b.start - e2.start)
        ):
            # "How many more units does she plan?" over "plans to build four more such units":
            # a rise's figure before is said as such ("will rise from 18 to 26") or by an
            # older report, never any other count of the report ("About 1,200 farmers")
            return None
        if asked.word == "by" and (
            # a change is told in one sentence ("68 minutes, down from 81")
            (e1 is not e2 or not said_as_before(e2.sentence, b.start - e2.start)) and not across
            or states_the_change(e1.sentence, question)
        ):
            # "cut by 13 minutes to 68", "rose 4 percent to £1.91 billion" state the change:
            # the plain answer says it.
            return None
        if asked.word == "by" and any(
            e is not e1 and states_the_change(e.sentence, question)
            and typed_spans(question, e.sentence)
            for e in reach
        ):
            # ... as does another sentence: "voted to accept a pay rise of 6.2%" beside "lifts
            # the hourly rate from £12.60 to £13.38" for "By how much will their pay go up?"
            return None
        gap = difference(asked, a.text, b.text)
        if gap is None:
            return None
        return e1, a, e2, b, gap

    @classmethod
    def _compared_as_asked(
        cls, question: str, ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], str, ShortAnswer | None] | None:
        """A yes/no or choice question answered by working out a difference
        (`rag.compare.polar_comparison`, `choice_comparison`): "Were there more call-outs in
        2023 than in 2022?" -> "Yes, 33 more: 117 [1] against 84 [1]"; "Were more lamps or
        bicycles fixed?" -> "Bicycles: 126 [2] against 98 [1]". Returns the sentences, the
        reply's lead and the short answer ("Yes"/"No" over the asked figure's sentence, or the
        chosen one as its sentence says it, None when its sentence does not name it); None
        when the question compares nothing or a figure is missing."""
        from rag.compare import choice_comparison, polar_comparison, polar_verdict

        polar = polar_comparison(question)
        choice = choice_comparison(question) if polar is None else None
        asked = polar[0] if polar else choice[0] if choice else None
        figures = cls._figures_compared(asked, ranked) if asked else None
        if figures is None:
            return None
        e1, a, e2, b, gap = figures
        sentences, n1, against = _figures_cited(e1, e2, b)
        if polar:
            said = polar_verdict(polar[1], gap)
            short = ShortAnswer(said, n1, e1.article_id, e1.start, e1.end)
            return sentences, f"{said}, {gap}: {a.text} [{n1}] against {against}", short
        if e2 is None:
            return None  # (a choice is between two figures of the reports)
        n2 = sentences.index(e2) + 1
        from rag.compare import comparison

        more = comparison(asked).word
        won = polar_verdict(more, gap) == "Yes"
        first, second = (choice[1], n1, a), (choice[2], n2, b)
        (chosen, n, figure), (_, m, against) = (first, second) if won else (second, first)
        told = sentences[n - 1]
        at = re.search(rf"\b{re.escape(chosen)}\b", told.sentence, re.IGNORECASE)
        short = None
        if at is not None:
            chosen = at.group()
            short = ShortAnswer(
                chosen, n, told.article_id, told.start + at.start(), told.start + at.end()
            )
        lead = f"{chosen[:1].upper()}{chosen[1:]}: {figure.text} [{n}] against {against.text} [{m}]"
        return sentences, lead, short

    @classmethod
    def _answer_further_down(
        cls,
        question: str,
        sentences: tuple[Evidence, ...],
        ranked: Sequence[Evidence],
        titled_only: bool = False,
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """When the chosen sentences hold no phrase of the asked kind, a sentence a little
        further down may: "No one was injured, according to the fire service." ranks just
        under "41 homes were damaged, but none were destroyed" for "How many people were
        injured?". Such a sentence is taken when it scores within
        `ANSWER_REACH` of the best, says more of what the question asks other than its names
        (its predicate: "injured") than any chosen sentence and at least half of it, and
        holds a phrase of the asked kind; it is then cited alone, since the chosen
        sentences held no answer. Returns the sentences and the short answer, or them unchanged
        and None."""
        from rag.judge import content_words, cover, key_terms
        from rag.spans import (
            a_standing_state,
            asked_verb,
            asks_why,
            closing_time_said,
            says_a_cause,
            says_verb,
            where_verb,
        )
        from rag.spans import question_type as span_question_type

        if not sentences or not ranked:
            return sentences, None
        if span_question_type(question) == "yes-no" or asked_of_a_person(question):
            return cls._stated_further_down(question, sentences, ranked)
        said = content_words(question) - key_terms(question)
        # (all of it at most: a chosen sentence saying every word but holding no answer, "an
        # 18% fall in second-quarter operating profit", leaves a sentence that says it all too)
        needed = min(1.0, max(0.5, max(cover(said, e.sentence) for e in sentences) + 0.01))
        if needed == 1.0 and any(_NOT_KNOWN.search(e.sentence) for e in sentences):
            # "Officials could not say how many homes were destroyed": the chosen sentence says
            # the figure is not known, and one of another storm says nothing against it
            return sentences, None
        if titled_only:
            # (`_titled_holder`: the chosen sentences' name holds no title; how much of the
            # question they say does not make a titled holder elsewhere less of an answer)
            needed = 0.5
        if not said:
            # "How old is Pieter van Rensburg?" says nothing but its names: a sentence that
            # names each (by its last word: "Van Rensburg, 27,") may answer.
            said = _last_words_of_names(question)
            needed = 1.0
        if not said:
            return sentences, None
        # (only the chosen sentences `_short_answer` read: it reads the best two, and a third
        # chosen one may still hold the answer: "The finance director, Richard Haines, ...")
        chosen = {(e.article_id, e.start) for e in sorted(sentences, key=lambda e: -e.score)[:2]}
        top = ranked[0].score
        # The cross-encoder reads a role's title poorly as its verb ("Who runs Kestrel?" puts
        # "Chief executive Ingrid Halvorsen said ..." at -11 under the report's lead at +6): the
        # holder of an asked role is looked for in the whole of the best report.
        whole_report = asks_a_role_holder(question)
        # ... the best report that names what the question names: "Who leads Harrowfield
        # council?" is asked of the Harrowfield budget report, however the cross-encoder put a
        # court report of "Harrow Lane" above it.
        names = key_terms(question)

        def names_all(article_id: str) -> bool:
            # (its headline too: the lead that names the council may not be among the scored)
            told = " ".join(
                f"{x.title or ''} {x.sentence}" for x in ranked if x.article_id == article_id
            )
            return names <= content_words(told)

        home = next(
            (x.article_id for x in ranked if names and names_all(x.article_id)),
            ranked[0].article_id,
        ) if whole_report else ranked[0].article_id
        # "What was turnout in the Estonian election?": the one sentence of the best report
        # that says the asked figure's own noun ("Turnout was 63.4 percent") answers, however
        # far under the report's lead the cross-encoder put it
        focus = _figure_noun(question)
        # (by any word of its sense: "take on 40 new staff" for "How many jobs ...?"; and a
        # chosen sentence saying it with no figure at all says no figure of it: "The new jobs
        # will include machinists")
        focus_said = (lambda text: _says_the_focus(focus, text)) if focus is not None else None
        # (of the sentences read: a third chosen one saying it, "The vehicles, worth a total
        # of £27,000, ...", is read here too)
        unsaid = focus is not None and not any(
            focus <= _stems_of(e.sentence) for e in sentences if (e.article_id, e.start) in chosen
        )
        # (a report's lead says its main figure: "A Borders knitwear maker is to take on 40 new
        # staff ..." for "How many jobs will Corran Knitwear create?", under "The new jobs will
        # include machinists")
        lead_start = min((x.start for x in ranked if x.article_id == ranked[0].article_id),
                         default=0)
        # (what the question asks but when: "a year earlier" is said "in the same quarter last
        # year")
        said_now = content_words(closing_time_said(question)) - key_terms(question)
        # (... or price it by a word standing in for it: `priced_stand_in`)
        asks_cost = asks_a_cost(question)
        # "When does the street light switch-off begin?": the one sentence of the best report
        # that says the asked deed ("The change is due to begin on 1 April.") answers, however
        # far under the lead the cross-encoder put a sentence that says the thing in other words
        deed = where_verb(question, "when")
        if deed is None and not whole_report and span_question_type(question) == "who" and (
            _ASKS_THE_DOER_TO_BE.match(question)
        ):
            # ... and a who-question's: "She will be succeeded in September by the deputy head,
            # Daniel Osei" for "Who will succeed Eleanor Fitch as head?", far under the lead
            # (not a role's holder, named under its title: "running" in a quote holds no office)
            deed = asked_verb(question)
        phrasal = _PHRASAL_PARTICLE.search(question) if deed else None
        particle = phrasal.group(1).lower() if phrasal else None
        # ... and a doer said of the deed as "the work": "The work will be carried out by
        # steeplejacks from Duggan Heights Ltd" under "The 68-metre chimney ... is to be taken
        # down brick by brick" for "Which firm is taking the chimney down?"
        # (a deed, not a standing state: the work does not own the chimney)
        doing = asked_verb(question)
        asks_doer = doing is not None and not a_standing_state(doing) and bool(
            _ASKS_THE_DOER_TO_BE.match(question) or _ASKS_THE_DOING_BODY.match(question)
        )
        # ... and a cause: "Engineers ... believe a collapsed Victorian sewer was to blame." for
        # "What caused the sinkhole?", far under the lead that tells of the hole
        # (not "Why ...?", which the sentences answer as a whole)
        cause = asks_cause(question) and not asks_why(question)
        titled: list[tuple[Evidence, ShortAnswer]] = []
        for e in ranked:
            beyond = e.score < top - ANSWER_REACH
            # (or said by the chosen sentences, which hold no figure of it, when this one says
            # all the question asks: "Pre-tax profit fell to £9.8m from £11.1m." at -3.3 under a
            # lead at 8.4 that tells of "a 12% fall in pre-tax profit")
            by_focus = (
                e.article_id == ranked[0].article_id and focus is not None
                and focus_said(e.sentence)
                and (
                    unsaid or e.start == lead_start
                    or bool(said_now) and cover(said_now, e.sentence) == 1.0
                )
            )
            # "The £240,000 development will replace ..." prices the padel courts of the best
            # report in its own shorthand: whatever else of the question it repeats
            in_best = e.article_id == ranked[0].article_id
            stand_in = in_best and priced_stand_in(question, e.sentence)
            by_focus = by_focus or stand_in or (in_best and cause and says_a_cause(e.sentence))
            # (in words of its own: "demolishing" for "taken down", so not held to `cover`)
            work_done = bool(in_best and asks_doer and _THE_WORK_DONE_BY.search(e.sentence))
            by_focus = by_focus or work_done
            # (or by a newer report of the same story, its headline saying what the question
            # does: "Completion has slipped from December to next April." under "Cost of
            # Harwick charging hub rises to £3.1m", for "When will the hub be completed?")
            of_the_story = in_best or (
                names_all(e.article_id) and cover(said, f"{e.title or ''} {e.sentence}") >= 0.5
            )
            by_focus = by_focus or bool(
                deed and of_the_story and says_verb(e.sentence, deed)
                and not any(
                    says_verb(x.sentence, deed) and (
                        # (round 59) a phrasal deed is said with its particle: "stepped down
                        # to take a job" says no "took over from"
                        particle is None or re.search(rf"\b{particle}\b", x.sentence, re.I)
                    )
                    for x in sentences if (x.article_id, x.start) in chosen
                )
            )
            if beyond and not whole_report and not by_focus:
                if focus is not None or asks_cost or deed or cause or asks_doer:
                    continue  # (a sentence further down may say the figure's noun)
                break
            if (
                beyond and whole_report and e.article_id != home and not by_focus
                # (another report naming all the question names is of the same body: the
                # shop committee's treasurer named in the first report of its buy-out)
                and not (names and names_all(e.article_id))
            ):
                continue
            if whole_report and names and not names_all(e.article_id):
                continue  # "Perth and Kinross Council leader ..." leads no Harrowfield council
            if (e.article_id, e.start) in chosen:
                continue
            # "The pair, both from Manchester, called for help" says "the walkers" of the
            # sentence before, which names them: read with it
            # (and "It was bought ... for £1" says "it" of the sentence before, which names
            # the theatre)
            before = _sentence_after(e, ranked, before=True) if (
                _A_GROUP_NAMED_BEFORE.match(e.sentence) or _LEANS_BACK.match(e.sentence)
            ) else None
            told = f"{before.sentence} {e.sentence}" if before is not None else e.sentence
            if by_focus:
                # (a sentence of the best report is about what its headline says: "the
                # vehicles, worth a total of £87,000" under "Man jailed for stealing quad bikes")
                told = f"{e.title or ''} {told}"
            if (
                not (stand_in or work_done)
                and cover(said, told) < (min(needed, 0.5) if by_focus else needed)
            ):
                continue
            short = cls._short_answer(question, (e,))
            if short is not None and cls._of_the_lead_s_person(question, e, ranked):
                continue  # "... has died at the age of 87" is no age of her son
            if short is not None and (
                beyond and not by_focus or titled_only
            ) and not titled_with_the_asked_role(
                question, e.sentence, short.start - e.start, short.end - e.start
            ):
                continue  # so far down, only a name under the asked role's title answers
            if short is not None and titled_only:
                titled.append((e, short))
                continue
            if short is not None and before is not None and (
                _A_GROUP_NAMED_BEFORE.match(e.sentence)
                or cover(said, e.sentence) < (min(needed, 0.5) if by_focus else needed)
            ):
                # (cited with the sentence that says whom the pair are, or what "it" is, in
                # article order; a sentence that says enough alone is cited alone)
                return (before, e), replace(short, n=2)
            if short is not None:
                # The chosen sentences held no answer: they are not its evidence.
                return (e,), short
        if titled:
            # "Lead inspector Mark Okafor" over "Chair of governors Colin Bright" for "Who led
            # the inspection?": the title that names what was led, where one does
            e, short = next(
                (
                    (e, short) for e, short in titled
                    if title_echoes_the_question(question, e.sentence, short.start - e.start)
                ),
                titled[0],
            )
            return (e,), short
        return sentences, None

    @classmethod
    def _named_further_down(
        cls, question: str, sentences: tuple[Evidence, ...], ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """When no chosen sentence names a name the question asks about ("Reform" in "Who stood
        for Reform in the Northfield by-election?", over the report's lead about the winner),
        the chosen sentences are about something else: the first sentence of the best report
        (a cited one first) that names every such name and holds a phrase of the asked kind
        answers, cited alone unless it is cited already.
        The cross-encoder ranks a report's lead over the line that names a minor party. Returns
        the sentences and the short answer, or them unchanged and None."""
        from rag.judge import content_words

        if not sentences or not ranked:
            return sentences, None
        # The sentences `_short_answer` read: the best two (a sentence cited only because a
        # better one leans on it was not read).
        read = sorted(sentences, key=lambda e: -e.score)[:2]
        said = set().union(*(content_words(e.sentence) for e in read))
        # Each name the read sentences leave out, as its last word: a later line calls Pieter
        # van Rensburg "Van Rensburg".
        missing = {
            last for last in _last_words_of_names(question)
            if not _name_of(question, last) & said
        }
        if not missing:
            return sentences, None
        tried = {(e.article_id, e.start) for e in read}
        for e in [*sentences, *ranked]:
            if e.article_id != ranked[0].article_id or (e.article_id, e.start) in tried:
                continue
            tried.add((e.article_id, e.start))
            if missing - content_words(e.sentence):
                continue
            short = cls._short_answer(question, (e,))
            if short is None:
                continue
            cited = next((i for i, s in enumerate(sentences)
                          if (s.article_id, s.start) == (e.article_id, e.start)), None)
            if cited is not None:
                return sentences, replace(short, n=cited + 1)
            return (e,), short
        return sentences, None

    @classmethod
    def _replaced_through_a_possessive(
        cls, question: str, sentences: tuple[Evidence, ...], ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """For "Who did <name> replace?" over "The club have named <name>, ..., as his
        replacement" (`rag.spans.replacement_named`): the one replaced is the last other person
        the sentence right before it names ("Harlow Vale Town sacked manager Dermot Lasseter on
        Monday"), the short answer, cited with both sentences in article order (round 60,
        final check 192). Sentences within `ANSWER_REACH` of the best are read, best first.
        Returns the sentences and the short answer, or them unchanged and None."""
        from rag.spans import people_named, replacement_named

        if not ranked:
            return sentences, None
        top = ranked[0].score
        for e in ranked:
            if e.score < top - ANSWER_REACH:
                break
            if not replacement_named(question, e.sentence):
                continue
            before = _sentence_after(e, ranked, before=True)
            if before is None:
                continue
            asked = {w.lower() for w in re.findall(r"[A-Z][\w'’-]+", question)}
            # (a name opening the sentence before its verb, which the tagger may miss:
            # "Lorcan Quennell has left Kettlewick Rovers ...")
            opening = re.match(
                r"([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?=\s+(?:has|had|was|is|will)\b|,)",
                before.sentence,
            )
            found = people_named(before.sentence) or ([opening.span(1)] if opening else [])
            people = [
                (a, b) for a, b in found
                if not {w.lower() for w in before.sentence[a:b].split()} & asked
            ]
            if people:
                a, b = people[-1]
                short = ShortAnswer(
                    before.sentence[a:b], 1, before.article_id, before.start + a, before.start + b
                )
                return (before, e), short
        return sentences, None

    @classmethod
    def _appointed_to_the_post_left(
        cls, question: str, sentences: tuple[Evidence, ...], ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """For "Who replaced Anouk Blomqvist?" over "Anouk Blomqvist has resigned as director
        of the Yewdale Film Festival" and, further down the same report, "The festival's board
        has appointed Desmond Aldersey, who has been its head of programming since 2021, as the
        new director": the one appointed to the post the asked one left, cited with the
        leaving, in article order (round 61). Returns the sentences and the short answer, or
        them unchanged and None."""
        from rag.spans import _ASKS_WHO_REPLACED_ONE

        asked = _ASKS_WHO_REPLACED_ONE.search(question)
        if asked is None or not ranked:
            return sentences, None
        surname = re.escape(asked.group("one").split()[-1])
        found = _across_a_post(
            ranked,
            rf"\b{surname}\b[^.;]{{0,60}}?{_LEFT_AS}{_A_POST}",
            lambda post: rf"{_APPOINTED}(?P<who>{_FULL_NAME}){_AS_NEW}{post}\b",
        )
        return found if found is not None else (sentences, None)

    @classmethod
    def _predecessor_of_the_one_after(
        cls, question: str, sentences: tuple[Evidence, ...], ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """For "Who was Ben Dragomir's predecessor?" (or "Who did Desmond Aldersey replace?"):
        the one a sentence says "will be replaced by" or "succeeded by" him ("She will be
        replaced by Ben Dragomir", her name from the sentence before), or the one who left the
        post a sentence appoints him to ("appointed Desmond Aldersey ... as the new director"
        beside "Anouk Blomqvist has resigned as director"), cited with the sentences it rests
        on, in article order (round 61, final check 195). Returns the sentences and the short
        answer, or them unchanged and None."""
        from rag.spans import asked_successor, people_named

        successor = asked_successor(question)
        if successor is None or not ranked:
            return sentences, None
        surname = re.escape(successor.split()[-1])
        # (every ranked sentence: each pattern names the asked one, and the cross-encoder may
        # put "having its roof replaced" far above "has appointed Desmond Aldersey ... as the
        # new director")
        for e in ranked:
            by = re.search(
                r"(?P<who>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+(?:will|would|is\s+to|has|had|"
                r"was|is)?\s*(?:be\s+|been\s+|being\s+)?(?:replaced|succeeded)\s+"
                rf"(?:[a-z]+\s+){{0,3}}?by\s+[^.;]{{0,40}}?\b{surname}\b",
                e.sentence,
            )
            if by is not None:
                who = by.group("who")
                if who in ("He", "She", "They"):
                    before = _sentence_after(e, ranked, before=True)
                    found = people_named(before.sentence) if before is not None else []
                    if found:
                        a, b = found[-1]
                        return (before, e), ShortAnswer(
                            before.sentence[a:b], 1, before.article_id,
                            before.start + a, before.start + b,
                        )
                    continue
                a = by.start("who")
                return (e,), ShortAnswer(who, 1, e.article_id, e.start + a, e.start + by.end("who"))
        found = _across_a_post(
            ranked,
            rf"{_APPOINTED}(?:[A-Z][\w'’-]+\s+)*{surname}\b{_AS_NEW}{_A_POST}",
            lambda post: rf"(?P<who>\b{_FULL_NAME})[^.;]{{0,40}}?{_LEFT_AS}{post}\b",
        )
        return found if found is not None else (sentences, None)

    @classmethod
    def _the_predecessor_at_an_arrival(
        cls, question: str, sentences: tuple[Evidence, ...], ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """For "Who did <name> replace?": the one a sentence telling of <name>'s arrival says
        went before (`rag.spans.predecessor_named`), cited alone, from any report: the first
        report of an appointment says it ("... appointed Lorcan Quennell ... eight days after
        Terry Pickwell was sacked"), and a later one of the same story may outrank it by
        telling of his own exit (round 61). Sentences within `ANSWER_REACH` of the best are
        read, best first. Returns the sentences and the short answer, or them unchanged and
        None."""
        from rag.spans import predecessor_named

        if not ranked:
            return sentences, None
        top = ranked[0].score
        for e in ranked:
            if e.score < top - ANSWER_REACH:
                break
            found = predecessor_named(question, e.sentence)
            if found is not None:
                a, b = found
                return (e,), ShortAnswer(
                    e.sentence[a:b], 1, e.article_id, e.start + a, e.start + b
                )
        return sentences, None

    @classmethod
    def _through_a_pronoun(
        cls, question: str, sentences: tuple[Evidence, ...], ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """A who-question answered by a sentence that names its doer only as "He"/"She": "She
        replaced Rafael Osei, who stepped down" after "Karim, 44, has led the housing trust".
        The person the pronoun refers to (`rag.spans.pronoun_referent`) is put in its place,
        and when the question is then answered by that name, the name is the short answer,
        cited to the sentence before, and both sentences are cited in article order. Sentences
        within `ANSWER_REACH` of the best are read, best first. Returns the sentences and the
        short answer, or them unchanged and None."""
        from rag.spans import pronoun_referent, typed_spans
        from rag.spans import question_type as span_question_type

        if not ranked or span_question_type(question) != "who":
            return sentences, None
        top = ranked[0].score
        for e in ranked:
            if e.score < top - ANSWER_REACH:
                break
            before = _sentence_after(e, ranked, before=True)
            person = pronoun_referent(e.sentence, before.sentence) if before else None
            if person is None:
                continue
            name = before.sentence[person[0] : person[1]]
            said = name + e.sentence[e.sentence.index(" ") :]
            found = typed_spans(question, said)
            if found and found[0][1] == 0 and found[0][2] == len(name):
                short = ShortAnswer(
                    name, 1, before.article_id, before.start + person[0], before.start + person[1]
                )
                return (before, e), short
        return sentences, None

    @classmethod
    def _through_a_name(
        cls, question: str, sentences: tuple[Evidence, ...], ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """A figure a report gives further down, of a person its lead names by role: "Amina Yusuf
        won the women's race ..., and Jakob Lind took the men's title in a course record of
        2:11:48" and, three paragraphs on, "Yusuf, a 29-year-old nurse, ... finished in 2:31:05"
        for "What was the winning time in the women's race?".

        Among the people a chosen sentence names (`rag.spans.people_named`), the one whose clause
        alone says most of the question's words other than its names, at least half of them
        and more than any other person's clause, is followed through the same report: the first
        later sentence that opens with the full name or the surname and holds a phrase of the
        asked kind gives the short answer. Both sentences are cited, in article order. Not for
        who-questions (the person is the answer then), yes/no or why. Returns the sentences and
        the short answer, or them unchanged and None."""
        from rag.judge import content_words, cover, key_terms
        from rag.spans import people_named
        from rag.spans import question_type as span_question_type

        if span_question_type(question) in ("who", "yes-no", "why"):
            return sentences, None
        said = content_words(question) - key_terms(question)
        if not said:
            return sentences, None
        for lead in sentences:
            name = _person_of_the_clause(
                question, lead.sentence, people_named(lead.sentence), said, cover
            )
            if name is None:
                continue
            surname = name.split()[-1]
            # (after a form of address too: "Madame Lefebvre, who is 52, said ...")
            opens = re.compile(
                rf"(?:{_FORM_OF_ADDRESS})?(?:{re.escape(name)}|{re.escape(surname)})\b"
            )
            later = sorted(
                (e for e in ranked if e.article_id == lead.article_id and e.start > lead.start),
                key=lambda e: e.start,
            )
            for e in later:
                if not opens.match(e.sentence):
                    continue
                short = cls._short_answer(question, (e,))
                if short is not None:
                    return (lead, e), replace(short, n=2)
        return sentences, None

    @classmethod
    def _the_successor_of_one_who_left(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """"Who is the cabinet member for culture now?" over "Councillor Graham Petherick stood
        down as cabinet member for culture last month ..." then "His replacement, Councillor Dr
        Shirin Malik, 44, said ...": the one the sentence right after names as the replacement
        or successor of one a chosen sentence says has left the asked post holds it now. Both
        are cited, in article order. Returns the sentences and the short answer, or them
        unchanged."""
        from rag.spans import REPLACED_BY, asks_holder_now, asks_who_holds, left_a_post

        # (a present "Who is the hall's manager?" whose answer a later report says has left
        # and been replaced asks of the post now as well)
        leaver = (
            short.text if short is not None and asks_who_holds(question) else None
        )
        if not asks_holder_now(question) and leaver is None:
            return sentences, short
        from rag.judge import content_words, cover, key_terms

        names = key_terms(question)
        predicate = content_words(question) - names - {"now"}

        def of_the_story(article_id: str) -> bool:
            # (a leaver of another story holds no post asked: "Gareth Pryce left ... and has
            # been replaced by Amira Hassan" of a pool for the chair of North Dunham's planning
            # committee; its report, as retrieved, must name what the question names and say
            # half of what it asks)
            told = " ".join(
                f"{x.title or ''} {x.sentence}" for x in ranked if x.article_id == article_id
            )
            words = content_words(told)
            return names <= words and (not predicate or cover(predicate, told) >= 0.5)

        # (the best few: the sentence that says who left ranks under one that names the post
        # holder's body; any that says the answer's own person left)
        for e in dict.fromkeys((*sentences, *ranked[:4], *ranked)):
            if not left_a_post(e.sentence) or not of_the_story(e.article_id):
                continue
            by = REPLACED_BY.search(e.sentence)
            after = _sentence_after(e, ranked)
            # "... has stood down as lead member for transport ..." then "He has been replaced
            # by Cllr Nadia Brennan, 38": the replacement named in the next sentence
            replaced_next = (
                _REPLACED_NEXT.match(after.sentence) if after is not None and by is None else None
            )
            if not asks_holder_now(question) and not (
                by is not None and leaver in e.sentence[: by.start()]
                or replaced_next is not None and leaver in e.sentence
                # ("Mr Dafydd Treharne ... has withdrawn" then "His replacement is ...")
                or by is None and after is not None and leaver in e.sentence
                and _THE_SUCCESSOR_OPENS.match(after.sentence) is not None
            ):
                continue
            if replaced_next is not None and spans_question_type(question) == "who":
                holder = _NAME_AFTER.match(after.sentence, replaced_next.end())
                if holder is not None:
                    return (e, after), ShortAnswer(
                        holder.group(1), 2, after.article_id,
                        after.start + holder.start(1), after.start + holder.end(1),
                    )
            if by is None and e not in sentences and e not in ranked[:4] and not (
                leaver is not None and leaver in e.sentence
            ):
                continue  # (far down, only the answer's own person's leaving counts)
            if by is not None:
                # "Gareth Pryce left in September ... and has been replaced by Amira Hassan, 38":
                # the one who left and the one who holds the post now, in one sentence (for
                # "Who ...?" the name after "by", whatever deed the question says the post does)
                holder = _NAME_AFTER.match(e.sentence, by.end())
                if holder is not None and spans_question_type(question) == "who":
                    return (e,), ShortAnswer(
                        holder.group(1), 1, e.article_id,
                        e.start + holder.start(1), e.start + holder.end(1),
                    )
                found = cls._short_answer(question, (e,))
                if found is not None and found.start - e.start >= by.end():
                    return (e,), replace(found, n=1)
            if after is None or not _THE_SUCCESSOR_OPENS.match(after.sentence):
                continue
            found = cls._short_answer(question, (after,))
            if found is not None:
                return (e, after), replace(found, n=2)
        return sentences, short

    # "Two men", "a 34-year-old woman", "three teenagers": people told of, not named
    _UNNAMED_PEOPLE = re.compile(
        # (a bare plural too: "after volunteers first set up their tables")
        r"^(?:(?:an?|two|three|four|five|six|seven|eight|nine|ten|\d+|several|both|some|the)\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:men|women|man|woman|people|boys|girls|teenagers?|youths?|"
        r"brothers|sisters|adults|children|residents|volunteers|workers|officers|suspects|"
        r"friends|neighbours|staff)$",
        re.IGNORECASE,
    )

    @classmethod
    def _the_unnamed_ones_named(
        cls,
        question: str,
        sentences: tuple[Evidence, ...],
        short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """"Who has been charged over the Fellbridge sheep theft?" over "Two men have been
        charged ..." and, further down the same report, "Darren Kell, 41, of Skelby, and Liam
        Royce, 33, ..., were each charged with theft": a who-answer that only tells of the
        people (`_UNNAMED_PEOPLE`) gives way to a sentence of the same report, within twice
        `ANSWER_REACH` of the best and saying half the question's words but its names at least
        (`_lines_of_its_report`), whose own short answer names them. Both are cited. Returns
        the sentences and the short answer, or them unchanged."""
        from rag.spans import question_type as span_question_type

        if (
            short is None or not ranked or span_question_type(question) != "who"
            or not cls._UNNAMED_PEOPLE.match(short.text.strip())
        ):
            return sentences, short
        told = sentences[short.n - 1]
        # (as far as twice the usual reach: the lead that tells of them outranks the line that
        # names them, but that line must say the question's deed)
        for e in _lines_of_its_report(question, told, ranked, 2 * ANSWER_REACH):
            found = cls._short_answer(question, (e,))
            if (
                found is None or cls._UNNAMED_PEOPLE.match(found.text.strip())
                or not re.search(r"\b[A-Z][a-z]", found.text)
            ):
                continue
            pair = sorted((told, e), key=lambda x: x.start)
            return tuple(pair), replace(found, n=pair.index(e) + 1)
        return sentences, short

    # "more than 300", "about 4,000", "nearly 50": a figure said roughly
    _ROUGHLY = re.compile(
        r"^(?P<how>more\s+than|over|about|around|nearly|almost|roughly|approximately|some)\s+"
        r"(?P<value>\d[\d,]*)$", re.IGNORECASE,
    )

    @classmethod
    def _the_exact_figure(
        cls,
        question: str,
        sentences: tuple[Evidence, ...],
        short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """"Volunteer archaeologists have recovered more than 300 fragments" in a report's lead
        and, further down, "In total 340 fragments were recovered": a figure said roughly
        (`_ROUGHLY`) gives way to the exact one the same report gives for the same question,
        in a sentence within three times `ANSWER_REACH` of the best that says the counted noun
        and half the question's words but its names (`_lines_of_its_report`), when the exact
        one fits the rough one ("more than 300" > 300; "about"/"around"/"some"/"roughly" within
        20%; "nearly"/"almost" under it, within 20%). Both are cited, the exact one first.
        Returns the sentences and the short answer, or them unchanged."""
        if short is None or not ranked:
            return sentences, short
        rough = cls._ROUGHLY.match(short.text.strip())
        if rough is None:
            return sentences, short
        base = float(rough.group("value").replace(",", ""))
        how = rough.group("how").lower()
        told = sentences[short.n - 1]
        after = told.sentence[short.end - told.start :]
        noun = re.match(r"\s+([a-z][\w-]+)", after)
        # (as far as three times the usual reach: the line with the exact figure leaves the
        # names to the lead, which the cross-encoder scores it down for)
        for e in _lines_of_its_report(question, told, ranked, 3 * ANSWER_REACH):
            if noun is not None and not re.search(rf"\b{re.escape(noun.group(1))}\b", e.sentence):
                continue
            found = cls._short_answer(question, (e,))
            exact = re.fullmatch(r"\d[\d,]*", found.text.strip()) if found is not None else None
            if exact is None:
                continue
            value = float(exact.group(0).replace(",", ""))
            fits = (
                value > base if how in ("more than", "over")
                else base * 0.8 <= value < base if how in ("nearly", "almost")
                else abs(value - base) <= 0.2 * base
            )
            if fits:
                return (e, told), replace(found, n=1)
        return sentences, short

    @classmethod
    def _the_one_titled_as_asked(
        cls,
        question: str,
        sentences: tuple[Evidence, ...],
        short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """"Who is the Group Scout Leader of the 1st Thornley Scout Group?" over "The group's
        longest-serving leader, Bert Collins, ..." and, under it in the same report, "Group
        Scout Leader Nadia Hussain, 45, said ...": a who-answer not written after the asked
        title (`_titled_as_asked`) gives way to a name that is, in any sentence of the same
        report. It is cited alone. Returns the sentences and the short answer, or them
        unchanged."""
        if short is None or not ranked or not _TITLE_ASKED.match(question):
            return sentences, short
        told = sentences[short.n - 1]
        if _titled_as_asked(question, told.sentence, short.start - told.start):
            return sentences, short
        if re.search(
            r"\b(?:replaced|succeeded)\s+(?:as\s+[^,.;]{1,40}?\s+)?by\s+(?:[A-Z][\w'’.-]*\s+){0,2}$",
            told.sentence[: short.start - told.start],
        ):
            # "She has been replaced by Mr Ciarán Mulqueen" (`_replaced_since`): the one who
            # replaced the holder holds the title, said of the one before
            return sentences, short
        # (any line of the report, however the cross-encoder ranked it: the title written
        # before the name, not the question's deed, is what it must say; "inspector Claire
        # Holloway said the council could not show ..." ranks far under the lead)
        found = cls._first_that_answers(
            question, _lines_of_its_report(question, told, ranked, math.inf, min_cover=0.0),
            lambda e, found: _titled_as_asked(question, e.sentence, found.start - e.start),
        )
        return found or (sentences, short)

    @classmethod
    def _the_speaker_named_next(
        cls,
        question: str,
        sentences: tuple[Evidence, ...],
        short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """"Who chairs the Dunmore Regent Trust?" over '"There were people in tears," said the
        trust's chair.' then "Colin Ashworth, 69, a retired architect ...": a quote closed by
        its speaker's part alone, and the sentence right after it opening with a name, give
        that part's holder, as a reporter writes. For the question's own part only (its head
        word, `_plays_the_asked_part`); a who-question gets the name, any other question what
        the naming sentence says (How old is the coxswain? -> 46). Both are cited, in article
        order. Returns the sentences and the short answer, or them unchanged."""
        from rag.spans import question_type as span_question_type

        for chosen in dict.fromkeys((*sentences, *ranked[:4])):
            # (either sentence of the pair may rank: the quote, or the one naming its speaker)
            before = _sentence_after(chosen, ranked, before=True)
            e, after = (
                (before, chosen)
                if before is not None and SAID_THE_PART.search(before.sentence)
                else (chosen, _sentence_after(chosen, ranked))
            )
            said = SAID_THE_PART.search(e.sentence)
            if said is None or not _plays_the_asked_part(said.group("part"), question):
                continue
            named = _OPENING_NAME.match(after.sentence) if after is not None else None
            if named is None:
                continue
            if named.group(1) in question:
                # "Who was tower captain before Jim Holloway?": the speaker is the one the
                # question names, not the one it asks for
                continue
            if span_question_type(question) == "who":
                found = ShortAnswer(
                    named.group(1), 2, after.article_id,
                    after.start + named.start(1), after.start + named.end(1),
                )
            else:
                # asked of the speaker by name: "How old is the chair of the Dunmore Regent
                # Trust?" over "Colin Ashworth, 69, ..." is "How old is Colin Ashworth?"
                asked = _with_the_part_named(question, said.group("part"), named.group(1))
                found = cls._short_answer(asked, (after,))
                if found is None:
                    continue
                found = replace(found, n=2)
            return (e, after), found
        return sentences, short

    @classmethod
    def _through_the_described_one(
        cls, question: str, sentences: tuple[Evidence, ...], ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """"How old is the woman who started the petition to save the 27 bus?": the one a
        chosen sentence names as the doer of the described deed ("The petition to save the
        route, started by Mrs Ann Hale of Fenby, ...", found as "Who started the petition
        ...?" is) is asked by name of any sentence, of any report, that gives that name in
        full with the asked phrase right after it ("A petition started by Mrs Ann Hale, 58,
        ..."). Both are cited, oldest report first. Returns the sentences and the short answer,
        or them unchanged and None."""
        described = _DESCRIBED_PERSON.search(question)
        if described is None:
            return sentences, None
        deed = (
            described.group("deed")
            or (described.group("behind") and f"is behind {described.group('behind')}")
            or f"is {described.group('doing')}"
        )
        for lead in sentences:
            # (one of a pair by the asked kind: "Tane Ruatapu and Hinewai Ngata won the men's
            # and women's titles" for "the one who won the women's race")
            doer = _the_respective_one(
                f"Who {deed}?", (lead,), cls._short_answer(f"Who {deed}?", (lead,))
            )
            if doer is None or len(doer.text.split()) < 2:
                continue
            name = " ".join(doer.text.split())
            named = f"{question[: described.start()]}{name}{question[described.end() :]}"
            of = re.match(r"(\W*what\s+(?:was|is|were))\s+the\s+([a-z]+)\s+of\s+$",
                          question[: described.start()], re.IGNORECASE)
            if of:
                # "What was the time of the one who won ...?" asks "What was Hinewai Ngata's
                # time?", which the rules read as a race's time
                named = f"{of.group(1)} {name}'s {of.group(2)}{question[described.end() :]}"
            # (a name may break across a line of the article: "Mrs Carol\nPennick, 58,")
            written = re.compile(r"\s+".join(map(re.escape, name.split())))
            # ... or a later sentence of the report that opens with the surname alone ("Ngata,
            # 31, a teacher from Gisborne, took the women's title in 1:13:52"): its subject
            opened = re.compile(rf"\W*{re.escape(name.split()[-1])}\b")
            for e in ranked:
                said = written.search(e.sentence)
                if e is lead or said is None:
                    continue
                short = cls._short_answer(named, (e,))
                if short is not None and 0 <= short.start - (e.start + said.end()) <= 4:
                    cited = tuple(sorted((lead, e), key=lambda x: (x.published or "", x.start)))
                    return cited, replace(short, n=cited.index(e) + 1)
            for e in ranked:
                if e is lead or e.article_id != lead.article_id or not opened.match(e.sentence):
                    continue
                short = cls._short_answer(named, (e,))
                if short is not None:
                    cited = tuple(sorted((lead, e), key=lambda x: x.start))
                    return cited, replace(short, n=cited.index(e) + 1)
        return sentences, None

    @classmethod
    def _through_a_lead(
        cls, question: str, sentences: tuple[Evidence, ...], ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """A report's lead that tells of someone before naming them, and the sentence right
        after it that names them: "A former charity treasurer who stole more than £1.3 million
        ... has been jailed for four years and eight months." then "Gillian Ashcroft, 58, of
        Marlow Road, ... admitted 14 counts of fraud" for "How long was Gillian Ashcroft jailed
        for?". A news lead's subject said with "A"/"An" is the one the next sentence opens
        with by name (followed by a comma or a bracket: "Gillian Ashcroft, 58,").

        For a question that names a person the chosen sentences hold no answer for: the
        sentences within `ANSWER_REACH` of the best and the best report are read, best first;
        the lead of a pair whose
        second sentence opens with the question's person (each of the question's names said
        in that opening name) gives the short answer. Both are cited, in article order.
        Returns the sentences and the short answer, or them unchanged and None."""
        from rag.spans import question_type as span_question_type

        if ranked and sentences and span_question_type(question) == "who":
            return cls._named_after_an_unnamed_lead(question, sentences, ranked)
        if not ranked or span_question_type(question) in ("who", "yes-no", "why"):
            return sentences, None
        names = set(_NAME_WORD.findall(question[1:]))
        if not names:
            return sentences, None
        top = ranked[0].score
        for e in ranked:
            # the cross-encoder puts a lead that names no one well under the sentences that
            # name the question's person: the best report is read whole
            if e.score < top - ANSWER_REACH and e.article_id != ranked[0].article_id:
                continue
            if not _UNNAMED_LEAD.match(e.sentence) or names & set(_NAME_WORD.findall(e.sentence)):
                continue
            after = _sentence_after(e, ranked)
            named = _OPENING_NAME.match(after.sentence) if after is not None else None
            if named is None or not names <= set(named.group(1).split()):
                continue
            short = cls._short_answer(question, (e,))
            if short is not None:
                return (e, after), short
        return sentences, None

    @classmethod
    def _named_after_an_unnamed_lead(
        cls, question: str, sentences: tuple[Evidence, ...], ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """A who-question answered by a lead that tells of the doer without a name ("An
        81-year-old beekeeper from Coldby has won best in show ...") is answered by the name
        the next sentence of the report opens with ("Marjorie Tate, who has kept bees for more
        than 50 years, ..."), both cited. Returns the sentences and the short answer, or them
        unchanged and None."""
        lead = sentences[0]
        if not _UNNAMED_LEAD.match(lead.sentence):
            return sentences, None
        after = _sentence_after(lead, ranked)
        named = _OPENING_NAME.match(after.sentence) if after is not None else None
        if named is None:
            return sentences, None
        short = cls._short_answer(question, (after,))
        if short is None or short.text != named.group(1):
            return sentences, None
        return (lead, after), replace(short, n=2)

    def _contradicted(
        self, question: str, sentences: Sequence[Evidence], short: ShortAnswer | None
    ) -> Contradiction | None:
        """Does the sentence the reply rests on (the short answer's, else the first cited)
        contradict the question (`rag.contradiction`: "annual" fees for "the weekly fees", the
        "32nd" for "the 22nd", "encrypted" for "unencrypted", a plain statement for "What does
        not ...?")? Then its figure or name is another thing's, and the reply a refusal. The
        sentence before it in its article is read with it: a word said there is not missing.
        The cited sentences together may give the other extreme only ("youngest" for "Who was
        the oldest ...?", `other_extreme`)."""
        from rag.errors import NotFound

        chosen = sentences[short.n - 1] if short is not None else sentences[0]
        before = ""
        try:
            text = self.store.article(chosen.article_id).text
        except NotFound:
            text = ""
        if text[chosen.start : chosen.end] == chosen.sentence:
            # (the last sentence of the text before it; a heading line counts as one)
            preceding = text[max(0, chosen.start - 600) : chosen.start].strip()
            before = re.split(r"(?<=[.!?])\s+|\n+", preceding)[-1]
        answer = short.text if short is not None else ""
        found = contradiction(question, chosen.sentence, before, answer)
        if found is not None and found.kind in ("division", "rank") and _said_of_one_named(
            found.asked, chosen.sentence, text, question
        ):
            found = None  # "Yusuf ... finished in 2:31:05" after "Amina Yusuf won the women's race"
        if (
            found is not None and short is None and found.kind in ("division", "rank")
            and re.search(rf"\b{re.escape(found.asked)}\b", text, re.I)
        ):
            # no answer to contradict, and the report does say "vice-chancellor": a refusal
            # saying it leaves "vice" out would be false
            found = None
        return found or other_extreme(question, [e.sentence for e in sentences], text)

    def _said_as_asked(
        self,
        question: str,
        sentences: Sequence[Evidence],
        told: Evidence,
        ranked: Sequence[Evidence],
        contradicted: Contradiction,
    ) -> tuple[Sequence[Evidence], ShortAnswer | None, Contradiction | None]:
        """After the reply's sentence contradicted the question ("women's" for "Who won the
        men's final?" in `told`), the first of the ranked sentences of the best report or within
        `ANSWER_REACH` of the best that says the asked words themselves ("In the men's final,
        ... Roberts Kalnins beat ...") and gives a short answer no contradiction meets answers
        instead, cited first. Else `sentences`, no short answer and the contradiction."""

        def words(text: str) -> set[str]:
            return {w.lower().replace("’", "'") for w in re.findall(r"[\w'’]+", text)}

        if contradicted.kind in ("negation", "denied"):
            return sentences, None, contradicted  # a "not" said elsewhere answers nothing
        asked = words(contradicted.asked)
        top = ranked[0].score if ranked else 0.0
        for candidate in ranked:
            far = candidate.score < top - ANSWER_REACH
            if far and candidate.article_id != ranked[0].article_id:
                continue
            if candidate == told or not asked <= words(candidate.sentence):
                continue
            if candidate.article_id != told.article_id and self._name_the_report_lacks(
                question, candidate
            ):
                continue  # "the wheelchair race" of Portlaw for one at the Carran Marathon
            found = self._short_answer(question, [candidate])
            if found is not None and self._contradicted(question, [candidate], found) is None:
                # (the contradicted sentence tells of another thing: it is not cited)
                rest = [e for e in sentences if e not in (candidate, told)]
                return [candidate, *rest], replace(found, n=1), None
        return sentences, None, contradicted

    def _revised_later(
        self,
        question: str,
        sentences: Sequence[Evidence],
        short: ShortAnswer,
        ranked: Sequence[Evidence],
    ) -> tuple[Sequence[Evidence], ShortAnswer]:
        """A figure its own report revises later in its sentence or within the next two ("The
        office first estimated that 41,000 hectares would be treated. It later revised the
        figure to 56,000 hectares"; "first estimated at 120, later revised to 310") answers
        with the revised value, the first still cited so the reply says both. A question for
        the first, original or earlier value keeps it.
        Else `sentences` and `short` unchanged."""
        from rag.spans import figure_at, one_line

        chosen = sentences[short.n - 1]
        first = figure_at(chosen.sentence, short.start - chosen.start)
        if _ASKS_FIRST_VALUE.search(question) or first is None:
            return sentences, short
        # ("first estimated at 120, later revised to 310": the revision may follow in the
        # sentence itself)
        after = short.end - chosen.start
        for revision in _REVISED_TO.finditer(one_line(chosen.sentence), after):
            if _revises_another_thing(question, chosen.sentence[after : revision.start()]):
                continue  # "has now raised £61,400 ..., and the target has been raised to £145,000"
            revised = figure_at(chosen.sentence, revision.end("to") + 1)
            if revised is not None and revised[2] == first[2]:
                start, end = chosen.start + revised[0], chosen.start + revised[1]
                text = chosen.sentence[revised[0] : revised[1]]
                return sentences, ShortAnswer(text, short.n, chosen.article_id, start, end)
        following = sorted(
            (e for e in ranked if e.article_id == chosen.article_id and e.start >= chosen.end),
            key=lambda e: e.start,
        )[:2]
        for later in following:
            for revision in _REVISED_TO.finditer(one_line(later.sentence)):
                if _revises_another_thing(question, later.sentence[: revision.start()]):
                    continue  # "The target was later raised to £145,000" revises no sum raised
                revised = figure_at(later.sentence, revision.end("to") + 1)
                if revised is None or revised[2] != first[2]:
                    continue  # "cut its forecast to 1.2 percent" revises no count of hectares
                start, end = later.start + revised[0], later.start + revised[1]
                rest = [e for e in sentences if e not in (chosen, later)]
                text = later.sentence[revised[0] : revised[1]]
                return [chosen, later, *rest], ShortAnswer(text, 2, later.article_id, start, end)
        return sentences, short

    def _subject_the_report_lacks(self, question: str, chosen: Evidence | None) -> bool:
        """Does the question's subject, a common noun after "the" ("cinema" of "Why did the
        Alderford cinema close?"), go unsaid by the report `chosen` comes from, in any word of
        its sense or a compound of it ("footbridge" says "bridge")? Then the report tells of
        another thing (round 61). False when the question has no such subject."""
        from rag.errors import NotFound
        from rag.judge import content_words, cover

        asked = _THE_ASKED_SUBJECT.match(question)
        if asked is None or chosen is None:
            return False
        thing = content_words(" ".join(w for w in asked.group("thing").split() if w.islower()))
        if not thing:
            return False
        try:
            article = self.store.article(chosen.article_id)
        except NotFound:
            return False
        return cover(thing, f"{article.title or ''} {article.text}") == 0

    def _name_the_report_lacks(
        self, question: str, chosen: Evidence, ranked: Sequence[Evidence] = ()
    ) -> bool:
        """Does the question name something (`_names_of`: "X7", "Kelderby Folk Festival") of
        which the report the short answer comes from says no word, in its title or its whole
        text? Then the answer is another thing's figure ("A weekend ticket cost £145" of a
        festival for "How much is a child ticket on the X7?"). Months and weekdays are no such
        names, nor short capitals ("UK", "NHS", "GPs"), which reports often spell out. A name
        an earlier report of the same story says (`_earlier_reports_of_its_story`, among the
        `ranked` sentences' reports) is the report's too: a follow-up leaves out the council
        its first report named."""
        from rag.errors import NotFound
        from rag.judge import content_words
        from rag.spans import known_word

        # (every word of the run: a code such as "X7" or "B6210" is no key term of the
        # calibration's features, yet names its thing as surely)
        # A name's own words, not the common ones it shares with others of its kind: "Carran
        # Marathon" is not said by a report of the Portlaw half marathon. (Read on the words as
        # written: their stems are no words the model knows.)
        names = [
            content_words(" ".join(own)) or words
            for run in _NAME_RUN.findall(question.replace("’", "'"))
            if not all(
                w in _CALENDAR_WORDS or re.fullmatch(r"[A-Z]{1,3}s?", w)
                for w in run.split()
            )
            for words in [content_words(run)] if words
            for own in [[w for w in run.split() if known_word(w) is False]]
        ]
        costed = _THE_COSTED_THING.match(question)
        if costed and (thing := content_words(costed.group("thing"))):
            # (round 61) "How much will parking cost in Brackenholt ...?" over a report that
            # never says parking: the thing priced is named as surely as a proper name
            names.append(thing)
        if not names:
            return False
        try:
            article = self.store.article(chosen.article_id)
        except NotFound:
            return False
        said = content_words(f"{article.title or ''} {article.text}")
        for earlier in self._earlier_reports_of_its_story(article, ranked):
            said |= content_words(f"{earlier.title or ''} {earlier.text}")
        # (a name misspelt by a letter or two is still said: "Zeria" for "Zeira")
        # A name joined by a small word ("Tour de France", "Bank of England") is one name: its
        # head word must be said too ("France" alone is said by a report of criers from France)
        joined = [
            content_words(run.split()[0])
            for run in _NAME_RUN.findall(question.replace("’", "'"))
            if re.search(r"\s(?:de|du|des|la|le|of|van|von|der|del|di)\s", run)
        ]
        if any(head and not head & said for head in joined):
            return True
        if any(
            not set(name) & said
            # (with its first letter and its length kept: "Pargeter" is no misspelt "target"
            # or "part"; or inside the word said: "Olier" of "D'Olier")
            and not any(
                m[:1] == w[:1] and abs(len(m) - len(w)) <= 1 or w in m or m in w for w in name
                for m in difflib.get_close_matches(w, said, n=3, cutoff=0.8)
            )
            for name in names
        ):
            return True
        text = f"{article.title or ''}\n{article.text}"
        return _another_given_name(question, text) or _the_twin_place(question, text)

    # How many names (runs of capitalised words, two words or more) two reports must share to be
    # reports of one story: "Mill Lane", "Ashby Green", "Harrowfield Homes" in a vote's report
    # and in its follow-up. Two names are shared by chance by reports of one council's area
    # ("Mendip Vale District Council" and a town's name); three rarely are.
    _SHARED_STORY_NAMES = 3

    def _earlier_reports_of_its_story(self, article, ranked: Sequence[Evidence]) -> list:
        """The stored articles among the `ranked` sentences' reports dated before `article`
        that share at least `_SHARED_STORY_NAMES` names of two words or more with it: the
        earlier reports of its story. Empty when `article` or they are undated."""
        from rag.errors import NotFound

        if not ranked or not article.published:
            return []

        def names(text: str) -> set[str]:
            return {
                re.sub(r"['’]s$", "", run) for run in _NAME_RUN.findall(text) if " " in run
            }

        def shared(mine: set[str], theirs: set[str]) -> int:
            # (one name in the other's words: "Harrow Homes" of "Developer Harrow Homes",
            # "Alan Brook" of "Councillor Alan Brook")
            return sum(
                any(re.search(rf"\b{re.escape(a)}\b", b) or re.search(rf"\b{re.escape(b)}\b", a)
                    for b in theirs)
                for a in mine
            )

        own = names(f"{article.title or ''}\n{article.text}")
        found = []
        for article_id in dict.fromkeys(e.article_id for e in ranked):
            if article_id == article.id:
                continue
            try:
                other = self.store.article(article_id)
            except NotFound:
                continue
            if (
                other.published and other.published < article.published
                and shared(own, names(f"{other.title or ''}\n{other.text}"))
                >= self._SHARED_STORY_NAMES
            ):
                found.append(other)
        return found

    def _polar_deed_unsaid(self, question: str, sentences: Sequence[Evidence]) -> bool:
        """Does the report of the best cited sentence never say the deed a yes/no question
        asks whether it was done (`rag.spans.polar_deed_unsaid`)? Then its sentences state no
        answer, however on-topic they read."""
        from rag.errors import NotFound
        from rag.spans import polar_deed_unsaid

        if not sentences:
            return False
        best = max(sentences, key=lambda e: e.score)
        try:
            article = self.store.article(best.article_id)
        except NotFound:
            return False
        return polar_deed_unsaid(question, f"{article.title or ''}\n{article.text}")

    def _kind_the_report_lacks(self, question: str, chosen: Evidence) -> bool:
        """Does the question ask a kind of a thing ("operating profit", "a return ticket", "the
        wait for cardiology") that the short answer's report never says, while its sentence
        gives the thing of another kind (`rag.spans.unsaid_kind`)?"""
        from rag.errors import NotFound
        from rag.spans import unsaid_kind

        try:
            article = self.store.article(chosen.article_id)
        except NotFound:
            return False
        return unsaid_kind(question, chosen.sentence, f"{article.title or ''}\n{article.text}") \
            is not None

    def _figure_the_report_never_names(self, question: str, chosen: Evidence) -> bool:
        """Does the question ask a figure by a noun phrase ("the entry charge for the pier")
        whose describing words ("entry") the short answer's report never says, nor a word of
        their sense, while the short answer's sentence does not say the figure's noun or one of
        its sense ("charge", "fee", "price")? Then its figure ("gave £4.2 million", a grant) is
        of something else. Only a phrase of two words or more: a figure's one-word name
        ("turnout") a report may leave to its figure ("63% of voters cast a ballot")."""
        from rag.errors import NotFound
        from rag.judge import SAME_SENSE, _stem, content_words
        from rag.spans import _FOCUS, _parse_question

        parsed = _parse_question(question)
        if parsed.wants != ("number",):
            return False
        # (the noun of "How much is the entry charge ...?", which has no slot noun of its own)
        focus = parsed.focus or next(
            (m.group(1) for m in re.finditer(r"\b([a-z]+)\b", question)
             if m.group(1) in _FOCUS["number"]),
            "",
        )
        if not focus:
            return False
        phrase = re.search(
            rf"\b(?:the|a|an|its|their)\s+((?:[a-z][\w-]*\s+){{1,2}}){re.escape(focus)}\b",
            question,
        )
        if phrase is None:
            return False
        def senses(stems: set[str]) -> set[str]:
            return stems | {w for group in SAME_SENSE if stems & group for w in group}

        from rag.spans import _NO_KIND

        # (only words that pick a kind: "final" of "the final score" picks none)
        kinds = [w for w in phrase.group(1).split() if w not in _NO_KIND]
        if not kinds:
            return False
        # (as the report's words are read: "half-time" is "half" and "time")
        describing = senses(content_words(" ".join(kinds)))
        noun = senses({_stem(focus)})
        if noun & content_words(chosen.sentence):
            return False
        try:
            article = self.store.article(chosen.article_id)
        except NotFound:
            return False
        return not describing & content_words(f"{article.title or ''}\n{article.text}")

    def _doer_the_report_never_names(self, question: str, chosen: Evidence) -> bool:
        """Does a when-question's subject ("the Marlshire tram extension" of "When will the
        Marlshire tram extension open?") have common words ("tram", "extension") none of which,
        nor a word of their sense, the short answer's report says, in its title or its text?
        Then its date ("open in April next year") is another thing's: a skate park's. Names are
        left to `_name_the_report_lacks`; a subject of no common words is never doubted."""
        from rag.judge import content_words
        from rag.spans import _NO_KIND, _parsed, question_type

        if question_type(question) != "when":
            return False
        subject = next(
            (t for t in _parsed(question) if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"),
            None,
        )
        if subject is None or not any(
            t.dep_ == "poss" or (t.dep_ == "det" and t.lower_ in ("the", "its", "their"))
            for t in subject.children
        ):
            # (only a thing the question names as one it knows: "the tram extension"; "When
            # was no census taken?" asks of no census the report must name)
            return False
        words = {
            t.lower_ for t in subject.subtree
            if t.is_alpha and t.text.islower() and t.lower_ not in _NO_KIND and not t.is_stop
        }
        stems = content_words(" ".join(words))
        if not stems:
            return False
        return self._report_never_says(stems, chosen)

    def _report_never_says(self, stems: set[str], chosen: Evidence) -> bool:
        """Does the report of `chosen` (its title and text) say none of the word stems
        `stems`, nor a word of their sense (`rag.judge.SAME_SENSE`)? False when the report
        cannot be read."""
        from rag.errors import NotFound
        from rag.judge import SAME_SENSE, content_words

        stems = stems | {w for group in SAME_SENSE if stems & group for w in group}
        try:
            article = self.store.article(chosen.article_id)
        except NotFound:
            return False
        return not stems & content_words(f"{article.title or ''}\n{article.text}")

    # "How much commission did ... charge?": a sum asked by its own noun
    _SUM_BY_ITS_NOUN = re.compile(
        r"^\W*how\s+much\s+(?P<noun>[a-z]{4,})\s+(?:did|does|do|has|have|had|will|would|is|was|"
        r"are|were|can|could)\b", re.IGNORECASE,
    )

    def _sum_the_report_never_names(self, question: str, chosen: Evidence) -> bool:
        """Does a question ask a sum by its own noun ("How much commission did Pendry and
        Vosper charge?") that the short answer's report never says, nor a word of its sense?
        Then its figure ("sold at auction for £615,000") is another sum. "money" and "cash"
        name any sum."""
        from rag.judge import content_words

        asked = self._SUM_BY_ITS_NOUN.match(question)
        if asked is None or asked.group("noun").lower() in ("money", "cash", "more", "longer"):
            return False
        stems = content_words(asked.group("noun"))
        if not stems:
            return False
        return self._report_never_says(stems, chosen)

    # A figure asked of a thing by its possessive: "What is the turbine's capacity ...?"
    _FIGURE_OF_AN_OWNER = re.compile(
        r"^\W*(?:what|how\s+\w+)\s+(?:is|was|are|were|will\s+be)\s+the\s+(?P<owner>[a-z]+)['’]s\s+",
        re.IGNORECASE,
    )

    def _owner_the_report_never_names(self, question: str, chosen: Evidence) -> bool:
        """Does a question ask a figure of a thing by its possessive ("What is the turbine's
        capacity in megawatts?") whose noun, nor a word of its sense, the short answer's report
        never says? Then the figure ("A solar farm ... with a capacity of 4.6 megawatts") is
        another thing's."""
        from rag.judge import content_words

        asked = self._FIGURE_OF_AN_OWNER.match(question)
        if asked is None:
            return False
        stems = content_words(asked.group("owner"))
        return bool(stems) and self._report_never_says(stems, chosen)

    # A sum asked of a thing: "How much did Quantock spend on the hot tub?", "How much will
    # the Sandpit Lane footpath cost?"
    _SUM_OF_A_THING = re.compile(
        r"^\W*how\s+much\b.*?\b(?:spend|spent|spends|spending)\s+on\s+(?:the\s+|a\s+|an\s+|"
        r"her\s+|his\s+|their\s+|its\s+)?(?P<what>[^?]+?)\s*\??\s*$"
        r"|^\W*how\s+much\s+(?:will|did|does|do|would|is|was)\s+(?:the\s+|a\s+|an\s+)?"
        r"(?P<thing>[^?]+?)\s+(?:be\s+expected\s+to\s+)?cost\s*\??\s*$",
        re.IGNORECASE,
    )

    def _a_part_with_no_sum_of_its_own(self, question: str, chosen: Evidence) -> bool:
        """Does a question ask the sum of a thing ("How much did Quantock spend on the hot
        tub?") that the short answer's sentence does not say, while its report says the thing
        only as one of a list or as an extra ("The money was spent on holidays, a hot tub and
        online bingo", "would also pay for a new footpath along Sandpit Lane"), in sentences
        with no sum? Then the figure found ("siphoned £48,600", "the estimated cost has risen
        to £7.2m") is the whole's, and the part's sum is not told."""
        from rag.errors import NotFound
        from rag.judge import content_words
        from rag.spans import _MONEY_FIGURE

        asked = self._SUM_OF_A_THING.match(question)
        if asked is None:
            return False
        words = re.findall(r"[a-z][\w-]*", asked.group("what") or asked.group("thing") or "")
        if not words:
            return False
        head = content_words(words[-1])
        if not head or head & content_words(chosen.sentence):
            return False
        try:
            article = self.store.article(chosen.article_id)
        except NotFound:
            return False
        from rag.chunking import sentence_spans

        text = article.text
        saying = [
            text[b:e] for b, e in sentence_spans(text) if head & content_words(text[b:e])
        ]
        noun = re.escape(words[-1])

        def as_a_part(x: str) -> bool:
            # an item of a list ("holidays, a hot tub and online bingo"), or an extra ("would
            # also pay for a new footpath"); not the subject a list is said of ("A new health
            # centre opened with eight family doctors, a pharmacy and ...")
            return bool(
                re.search(rf"(?:,|\band)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}{noun}\w*"
                          rf"(?:\s*,|\s+and\b|\s+or\b)", x, re.IGNORECASE)
                or re.search(rf",\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}{noun}\w*\s+and\b"
                             rf"|\band\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}{noun}\w*\W*$",
                             x, re.IGNORECASE)
                or re.search(rf"\balso\b[^.;]*\b{noun}", x, re.IGNORECASE)
            )

        return bool(saying) and all(
            not _MONEY_FIGURE.search(x) and as_a_part(x) for x in saying
        )

    # "How much did the Redshank Trust give to the carnival?": the one a sum was given to
    _GIVEN_TO_WHAT = re.compile(
        r"\b(?:give|gave|given|donate|donated|contribute|contributed|pledge|pledged|pay|paid|"
        r"grant|granted|provide|provided|put\s+in)\s+(?:to|towards?)\s+(?:the|its|their)\s+"
        r"(?P<what>(?:[a-z][\w-]*\s*){1,3})\s*\??$",
        re.IGNORECASE,
    )

    def _recipient_the_report_never_names(self, question: str, chosen: Evidence) -> bool:
        """Does a question of a sum given to a thing ("How much did the Redshank Trust give to
        the carnival?") name the thing by common words none of which, nor a word of their
        sense, the short answer's report says? Then the sum ("£50,000 from the Redshank Trust",
        for a bird observatory's hostel) was given to something else."""
        from rag.judge import content_words
        from rag.spans import _NO_KIND

        asked = self._GIVEN_TO_WHAT.search(question)
        if asked is None:
            return False
        stems = content_words(
            " ".join(w for w in asked.group("what").split() if w.lower() not in _NO_KIND)
        )
        if not stems:
            return False
        return self._report_never_says(stems, chosen)

    @staticmethod
    def _of_the_lead_s_person(question: str, chosen: Evidence, ranked: Sequence[Evidence]) -> bool:
        """Is the short answer's sentence a lead that tells of someone before naming them
        (`rag.spans.unnamed_person_lead`), whom the next sentence names as another than the
        question's person? "A 34-year-old primary school teacher has won ..." then "Fatima
        Rahman received 9,412 votes": its figures are Rahman's, no answer to "How old is Tom
        Iredale?". Only for a question that names a person and is no who-question."""
        from rag.names import GIVEN_NAMES
        from rag.spans import is_role, question_type, unnamed_person_lead

        # (a place the question names is nobody: "the tractor stolen from Lower Coombe Farm";
        # nor a name that says which thing: "the third man arrested over the Kestleford
        # burglaries")
        asked = _A_NAMED_THING.sub(" ", _PLACE_NAMED.sub(" ", question[1:]))
        names = set(_NAME_WORD.findall(asked))
        if not names or question_type(question) in ("who", "yes-no", "why"):
            return False
        if names & set(_NAME_WORD.findall(chosen.sentence)) or not unnamed_person_lead(
            chosen.sentence, definite=True
        ):
            return False
        if chosen.sentence[:1] == "A" and any(
            e.article_id == chosen.article_id and e.start < chosen.start
            and names <= set(_NAME_WORD.findall(e.sentence))
            for e in ranked
        ):
            # "Chief fire officer Andrew Blake said ..." then "A 23-year-old man ... has been
            # interviewed": one named already is not brought in again as "a man"
            return True
        after = _sentence_after(chosen, ranked)
        named = _OPENING_PERSON.match(after.sentence) if after is not None else None
        if named is None:
            return False
        given = {w for w in names if w in GIVEN_NAMES}
        said = set(named.group(1).split())
        if names & said and not (given and said & GIVEN_NAMES and not given & said):
            # (a shared surname is no same person: "Dr Rosalind Ferrars" is not her son
            # "Fergus Ferrars")
            return False
        first = named.group(1).split()[0]
        return first in GIVEN_NAMES or first in _HONORIFICS or is_role(first.lower())

    def _of_the_one_named_before(self, question: str, chosen: Evidence) -> bool:
        """Is the short answer's sentence about someone it calls only "the 24-year-old nurse"
        or "the 31-year-old", whom the sentence before it in the report names as another than
        the question's person? "Carys Penhallow won the women's race ..." then "The
        24-year-old nurse from Bodmin said ...": 24 is Penhallow's age, no answer to "How old
        is Olusegun Adeyemi?". Only for a question that names someone the sentence does not."""
        from rag.errors import NotFound
        from rag.names import GIVEN_NAMES
        from rag.spans import question_type

        names = set(_NAME_WORD.findall(question[1:]))
        if not names or question_type(question) in ("who", "yes-no", "why"):
            return False
        if names & set(_NAME_WORD.findall(chosen.sentence)):
            return False
        if not _THE_AGED_ONE.match(chosen.sentence):
            return False
        try:
            text = self.store.article(chosen.article_id).text
        except NotFound:
            return False
        before = re.split(r"(?<=[.!?])\s+", text[: chosen.start].strip())[-1:]
        said = set(_NAME_WORD.findall(before[0])) if before else set()
        return not names & said and bool(said & GIVEN_NAMES)

    @staticmethod
    def _of_the_whole_not_the_asked_place(
        question: str, chosen: Evidence, ranked: Sequence[Evidence]
    ) -> bool:
        """Does a figure question ask about a place ("What was Brackwell Foods' revenue in
        Corby?") that the short answer's sentence does not name, while its report names that
        place as one part of the story ("cut 220 jobs at its factory in Corby") rather than as
        its scene (in the headline or the lead)? Then the figure ("Revenue ... rose 6 per cent
        to £812 million") is of the whole, no answer for the place. So too when the sentence
        (with the one before it, for "Of those, 1,120 went ...") names another place the
        report sets its figures in ("Food banks in Castlebridge and Wenlow"): "The
        Castlebridge Community Food Bank gave out 4,210 parcels" answers nothing of Wenlow."""
        from rag.spans import names_a_street, question_type

        if question_type(question) not in ("how-many", "how-much", "which"):
            return False
        own = [e for e in ranked if e.article_id == chosen.article_id]
        lead = min(own, key=lambda e: e.start, default=chosen)
        told = chosen.sentence
        before = next((e for e in own if 0 <= chosen.start - e.end <= 3), None)
        if before is not None and _LEANS_BACK.match(chosen.sentence):
            told = f"{before.sentence} {told}"  # "Of those, 1,120 went to families ..."
        # the places the report sets its parts in: "Food banks in Castlebridge and Wenlow"
        placed = {
            name
            for e in own
            for text in [f"{e.title or ''}. {e.sentence}"]
            for m in _PLACES_LISTED.finditer(text)
            for name in re.split(r",\s+|\s+and\s+", m.group(1))
            # ("vacant in January"; "from homes in Mill Street" is in the asked town)
            if name.lower() not in _NOT_A_PLACE
            and not names_a_street(" ".join(text[m.start(1) :].split()[:2]))
        }
        for m in _ASKED_PLACE.finditer(question):
            if re.search(r"\S\s+[A-Z][\w’'-]*\s+$", question[: m.start()]):
                continue  # "Carved in Stone", "Death in Venice": a title's words, no place
            place = (m.group(1) or m.group(2)).strip()
            after = question[m.end() :].split()[:1] if m.group(2) else []
            named_so = after and re.compile(rf"\b{re.escape(place)}\s+{re.escape(after[0])}")
            if named_so and any(named_so.search(f"{e.title} {e.sentence}") for e in own):
                continue  # "the Porthkerran lifeboat" is what the report is about, no part
            # (only a place the report sets a part of its story in, beside others: "a trial
            # ... at Bucksburn" is no other part of a story about an Aberdeen study)
            if place not in told and place in placed and any(
                re.search(rf"\b{re.escape(other)}\b", told)
                for other in placed if other != place and place not in other
            ):
                # "The Castlebridge Community Food Bank gave out 4,210 parcels, up 34 per
                # cent" for "By what percentage did food parcels rise in Wenlow?"
                return True
            # (the earliest sentence retrieved stands for the lead: when the lead itself was
            # not retrieved, a later one naming the place makes it the scene; too strict, not
            # too loose)
            scene = (
                f"{chosen.title or ''} {chosen.sentence} {lead.sentence} "
                f"{_paragraph_opening(chosen, own).sentence}"
            )
            if place.lower() in scene.lower():
                continue
            if _THE_ONE_TOLD_OF.match(chosen.sentence) and any(
                place in e.sentence for e in own if e.start < chosen.start
            ):
                # "The home, which is run by Greenleigh Care Ltd, looks after 54 residents"
                # after "The Care Quality Commission visited Elmfield House": the home is the
                # place named before it, the report's scene
                continue
            if any(
                re.search(rf"\b(?:in|at)\s+{re.escape(place)}\b", e.sentence)
                for e in own if e.start != chosen.start
            ):
                return True
        return False

    @classmethod
    def _placed_further_down(
        cls, question: str, sentences: tuple[Evidence, ...], ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """A question of who or what came in some place ("Which party came third in Castleton
        West?") whose chosen sentences hold no answer: the cross-encoder ranks the report's
        lead (the winner) far over its list of placings ("Labour's Gareth Pryce was second with
        1,472, Reform UK's Denise Hollins third with 1,210, ..."). The first sentence of the
        best report, or within `ANSWER_REACH` of the best, that gives the asked placing
        (`rag.spans.placings`) and holds a phrase of the asked kind answers, cited alone.
        Returns the sentences and the short answer, or them unchanged and None."""
        from rag.spans import placings

        asked = placings(question)
        if not ranked or not asked:
            return sentences, None
        top = ranked[0].score
        found = cls._first_that_answers(question, (
            e for e in ranked
            if (e.score >= top - ANSWER_REACH or e.article_id == ranked[0].article_id)
            and asked[0] in placings(e.sentence)
        ))
        return found or (sentences, None)

    @classmethod
    def _said_with_its_verb(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer]:
        """For a who- or which-question about a deed whose wh-word is its subject ("Which
        station on the Northvale line will close in the new year?"): a short answer from a
        sentence that says neither the deed with it nor the asked noun ("the single fare
        between Ashby Cross and Northvale Central will fall") gives way to one from the first
        sentence of the same report that says both ("Fulwood Park station will be closed from
        5 January"), cited alone. Returns the sentences and the short answer, unchanged
        otherwise."""
        from rag.spans import (
            asked_slot,
            asked_verb,
            says_noun,
            says_verb,
            verb_said_with,
            where_verb,
        )

        verb = asked_verb(question)
        # (a doer asked by an irregular past: "Who found the weather balloon ...?")
        if verb is None or not (
            _WH_SUBJECT_FIRST.match(question) or _ASKS_THE_DOER.match(question)
        ):
            # ... and a where-question's deed: "stole 11 quad bikes from farms across the
            # Harrowdale Hills" gives way to "... and sold in Northern Ireland" for "Where were
            # the stolen quad bikes sold?"
            verb = where_verb(question)
            # (a place of the deed's own: a name, "Northern Ireland"; never "at a constant
            # velocity" said with "dropped" for "Where does the cannonball land?")
            named_only = True
        else:
            named_only = False
        if verb is None or verb in _SAYING_STEMS:
            # ("Who said so?" is answered by "according to Volodymyr Zelensky" as well as by
            # a "said": a report words its sources many ways)
            return sentences, short
        # The cross-encoder's choice stands when it says the asked thing's noun ("Tetris is an
        # old-school video game" for "Which classic video game was finally beaten ...?") or
        # its deed in other words: only a sentence that says neither gives way, and only to
        # one of the same report that says both.
        slot = asked_slot(question)

        def said_with_it(e: Evidence, found: ShortAnswer) -> bool:
            # the short answer's own clause: "one station will close ... [and] get more
            # trains" does not make "more trains" what closes
            return verb_said_with(e.sentence, found.start - e.start, found.end - e.start, verb)

        e = sentences[short.n - 1]
        if said_with_it(e, short) or (slot and says_verb(e.sentence, slot)):
            return sentences, short
        # ... and says each figure of the question the chosen one says: "Daniel Fenwick ... was
        # sentenced to six years and four months" answers "Who was jailed for six years and
        # four months?" over "Marcus Fenwick ... was jailed for three years"
        figures = {f.lower() for f in _FIGURE_WORD.findall(question)}
        told = figures & {f.lower() for f in _FIGURE_WORD.findall(e.sentence)}
        for other in ranked:
            if other.article_id != e.article_id or other.sentence == e.sentence:
                continue
            if told - {f.lower() for f in _FIGURE_WORD.findall(other.sentence)}:
                continue
            if not says_verb(other.sentence, verb):
                continue
            # (a kind of the noun will do here: "Aldwick defender Callum Ridley was shown a
            # straight red card" for "Which Aldwick player was sent off?")
            if slot and not says_noun(other.sentence, slot):
                continue
            found = cls._short_answer(question, (other,))
            if found is None or not said_with_it(other, found):
                continue
            if named_only and not found.text[:1].isupper():
                continue
            if _names_another_instead(
                question, e.sentence, other.sentence,
                (found.start - other.start, found.end - other.start),
            ):
                continue  # "the Northdale Food Partnership, whose chair" runs no Wenlow food bank
            return (other,), found
        return sentences, short

    @classmethod
    def _dated_by_its_verb(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer]:
        """For a when-question: a date of another deed than the asked one ("The Grade II listed
        mill, built in 1842, ..." for "When did the Brookside Mill fire start?") gives way to
        the date of the asked deed in a sentence of the same report within `ANSWER_REACH` of
        the best ("The blaze broke out at about 2am on Sunday"), cited first. Returns the
        sentences and the short answer, unchanged otherwise."""
        from rag.spans import date_of_another_deed
        from rag.spans import question_type as span_question_type

        e = sentences[short.n - 1]
        if span_question_type(question) != "when":
            return sentences, short
        from rag.spans import clause_around, says_verb, where_verb

        deed = where_verb(question, "when")
        # (round 61) "Mr Tallack took over the bakery ... in 1994" for "When did Hamish Tallack
        # start working at the bakery?", over "He started as a Saturday boy ... in 1971": a
        # date whose sentence never says the asked verb gives way to one that says it
        unsaid = deed is not None and not says_verb(e.sentence, deed) and any(
            x.article_id == e.article_id and x.sentence != e.sentence
            and says_verb(x.sentence, deed) for x in ranked
        )
        another = date_of_another_deed(
            question, e.sentence, short.start - e.start, short.end - e.start
        )
        if not unsaid and not another:
            return sentences, short
        # (within reach of the best of the same report: "originally" may have chosen an older
        # report than the best-ranked one)
        from rag.judge import content_words, key_terms

        top = max((x.score for x in ranked if x.article_id == e.article_id), default=0.0)
        names = key_terms(question)
        for other in ranked:
            if other.score < top - ANSWER_REACH:
                break
            if other.sentence == e.sentence or other.article_id != e.article_id and not (
                # (another report of the story that names all the question names: the first
                # report's "which were planted in 1908" under the update's "will plant 12
                # replacement trees ... in the spring of 2027")
                names and names <= content_words(f"{other.title or ''} {other.sentence}")
            ):
                continue
            if unsaid and not another and not says_verb(other.sentence, deed):
                continue
            found = cls._short_answer(question, (other,))
            if found is None:
                continue
            at = (found.start - other.start, found.end - other.start)
            if date_of_another_deed(question, other.sentence, *at) and not (
                # ("He started as a Saturday boy sweeping the floor in 1971": the asked verb's
                # clause holds the date, whatever verb stands nearer it)
                unsaid and says_verb(clause_around(other.sentence, *at), deed)
            ):
                continue
            # (the other deed's sentence is no evidence of the answer)
            kept = reading_order((other, *(x for x in sentences if x != e and x != other)))
            return kept, replace(found, n=kept.index(other) + 1)
        return sentences, short

    @staticmethod
    def _said_to_be_undisclosed(
        question: str, told: Evidence, ranked: Sequence[Evidence]
    ) -> str | None:
        """Does a sentence within `ANSWER_REACH` of the best, or of the same report, say that
        the asked figure is not known ("Harbour Ridge Partners has bought a 40% stake in
        PulseFit for an undisclosed sum"), while saying more of the question than `told`, the
        sentence the short answer came from ("PulseFit's membership fee will rise from £24.99
        ...", for "How much did Harbour Ridge pay for its stake?")? Then the figure is of
        something else. Returns the words that say so ("an undisclosed sum"), or None."""
        from rag.judge import content_words, cover
        from rag.spans import asked_number

        if not ranked or asked_number(question) != "money":
            # (only a sum is undisclosed: "When was Lindqvist Tools founded?" is answered by
            # "founded in 1952" beside "bought ... for an undisclosed sum")
            return None
        asked = content_words(question)
        own = cover(asked, told.sentence)
        for e in ranked:
            # (the report's own word that the sum is not told, however the cross-encoder
            # ranked it: "for an undisclosed sum" at 1.1 under a turnover at 7.4)
            near = e.score >= ranked[0].score - ANSWER_REACH or e.article_id == told.article_id
            said = _NOT_KNOWN.search(e.sentence) if near and e.sentence != told.sentence else None
            if said and cover(asked, e.sentence) > own:
                return said.group(0)
        return None

    @staticmethod
    def _said_not_told(
        question: str, told: Evidence, ranked: Sequence[Evidence]
    ) -> str | None:
        """Does the report the short answer comes from say, in any of its sentences, that
        what is asked was not told: "The company did not name the nine shops" for "Which
        Yeardley's shops will close?", "The court did not hear how much of the money had been
        recovered" for "How much of the stolen money has been recovered?", "declined to name
        the country" for "Which country did the first case travel from?"? The asked noun (or,
        for "how many/much", the question's own words beyond half) must be what was not told.
        Then any phrase found is of something else. Returns the words that say so, or None."""
        from rag.judge import content_words, cover, key_terms
        from rag.spans import names_the_slot, question_type

        kind = question_type(question)
        said = content_words(question) - key_terms(question)
        for e in ranked:
            # (any sentence of the report, however the cross-encoder ranked it: "The company
            # did not name the nine shops" lies eight logits under the sentence it speaks of)
            if e.article_id != told.article_id:
                continue
            for m in _NOT_TOLD.finditer(e.sentence):
                what = m.group("what")
                if _BREAKDOWN.search(what) and not _BREAKDOWN.search(question):
                    # "has not said how many lights will be switched off in each town": a
                    # breakdown untold, not the whole asked ("How many lights ...?"), unless
                    # the question asks one part of it ("... in Dunley?")
                    if kind in ("how-many", "how-much") and re.search(
                        r"\b(?:in|at|for)\s+(?:the\s+)?[A-Z]", question
                    ):
                        return m.group(0)
                    continue
                how = re.match(r"how\s+(?:many|much)\b", what, re.IGNORECASE)
                if not how and names_the_slot(question, what):
                    return m.group(0)
                if kind == "who" and re.match(r"who\b", what, re.I) and cover(said, what) >= 0.5:
                    # "did not say who paid for the repairs" for "Who paid for the repairs?"
                    return m.group(0)
                # (the question's predicate, its last word, must be what was not told:
                # "had been vaccinated", whoever "the people infected" are)
                last = [
                    w for w in re.findall(r"[A-Za-z]+", question)
                    if content_words(w) and w.lower() not in _PARTICLES
                ]
                if how and kind in ("how-many", "how-much") and last and (
                    content_words(last[-1]) <= content_words(what)
                    and cover(said, what) >= 0.3
                ):
                    return m.group(0)
        return None

    @classmethod
    def _ranked_as_asked(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """A rank asked ("Who was runner-up in the Dales Hill Climb?") is answered by a sentence
        that says it ("Megan Ellis took second place"), when no chosen sentence does: the
        first such sentence of the best report within `ANSWER_REACH` of the best that holds a
        phrase of the asked kind, cited alone (the winner's sentence answers another rank).
        Returns the sentences and the short answer, unchanged otherwise."""
        rank = _RANK_ASKED.search(question)
        if not rank or not ranked:
            return sentences, short
        said = re.compile(_RANK_WORDS[rank.group(1).lower()], re.IGNORECASE)
        if any(said.search(e.sentence) for e in sentences):
            return sentences, short
        from rag.spans import placings

        top = ranked[0]
        asked = _ORDINAL_OF_RANK.get(rank.group(1).lower())

        def says_the_rank(e: Evidence) -> bool:
            if e.article_id != top.article_id:
                return False
            if e.score >= top.score - ANSWER_REACH:
                return bool(said.search(e.sentence))
            # (further down only a placing itself: a results table's row "Place: 2nd; Name:
            # Tomasz Wolny" ranks far under the winner's lead, but "his second attempt" is no
            # rank)
            return asked is not None and asked in placings(e.sentence)

        found = cls._first_that_answers(question, filter(says_the_rank, ranked))
        return found or (sentences, short)

    @classmethod
    def _counted_whole(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """A count of a kind of the asked thing ("the scheme would include 72 affordable
        homes" for "How many homes will be built?") gives way to the count of the thing
        itself in the same report, said bare ("Plans for 240 homes ..."; never "quoting
        reference 12260228") and no smaller: the best such sentence of that report, cited
        alone, however far below (a report counts its homes once, and the cross-encoder reads
        "affordable homes" as close to "homes" as the whole). Unchanged when the report counts
        no more than the kind."""
        from rag.compare import amount
        from rag.spans import (
            a_kind_of_the_counted,
            an_included_sort,
            counts_the_asked,
            counts_the_asked_bare,
        )

        def _count_value(text: str) -> float:
            said = amount(text)  # ("1,200 homes" -> 1200.0; "2.3 million" too)
            return said[0] if said else 0.0

        if short is None or not ranked:
            return sentences, short
        told = sentences[short.n - 1]
        if not a_kind_of_the_counted(question, told.sentence, *cls._in_sentence(told, short)):
            return sentences, short
        # (a sort a whole is said to include gives way to a count of the thing said with words
        # of its own: "which includes 23 longcase clocks" to "his collection of 140 antique
        # clocks")
        included = an_included_sort(question, told.sentence, *cls._in_sentence(told, short))
        whole = counts_the_asked if included else counts_the_asked_bare
        for e in ranked:
            if e.article_id != told.article_id or e.sentence == told.sentence:
                continue
            found = cls._short_answer(question, (e,))
            if (
                found is not None
                and whole(question, e.sentence, *cls._in_sentence(e, found))
                # (a whole is no smaller than its kind: "2,890 parcels" handed out in another
                # town is no whole of "4,210 emergency food parcels")
                and _count_value(found.text) >= _count_value(short.text) > 0
            ):
                return (e,), found
        return sentences, short

    @staticmethod
    def _in_sentence(e: Evidence, short: ShortAnswer) -> tuple[int, int]:
        """`short`'s offsets into its sentence `e` (a ShortAnswer's are into the article)."""
        return short.start - e.start, short.end - e.start

    @classmethod
    def _named_after_the_lead(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """"Who won the Westbury South by-election?" over a lead that tells of the winner
        before naming her ("A 34-year-old primary school teacher has won the Westbury South
        by-election for the Green Party", `rag.spans.unnamed_person_lead`): the person is the
        one the next sentence of the report opens with by name ("Fatima Rahman received 9,412
        votes"), not a name the lead gives ("Green Party"). Only for a who-question that asks
        the doer (not "Who did ... beat?") of a deed the lead says, or describes the person by
        it ("Who is the teacher who won ...?", `rag.spans.described_deed`). The name is the short
        answer, cited to the next sentence, and both are cited in article order. Returns the
        sentences and the short answer, unchanged when this is not such a lead."""
        from rag.spans import (
            asked_verb,
            asks_whom_it_was_done_to,
            described_deed,
            says_verb,
            unnamed_person_lead,
        )

        deed = described_deed(question)
        if not sentences:
            return sentences, short
        if _ASKS_THE_DOING_BODY.match(question) and not _ASKS_THE_DOER.match(question):
            return cls._firm_named_after_the_lead(question, sentences, short, ranked)
        if not (_ASKS_THE_DOER.match(question) or deed):
            return sentences, short
        best = max(sentences, key=lambda e: e.score)
        lead = sentences[short.n - 1] if short is not None else best
        if short is None and not unnamed_person_lead(lead.sentence):
            # The sentence that names him may outrank the lead that says the deed: "Mr Gareth
            # Pollard, 58, ... admitted fraud" over "A former treasurer who stole £214,000 ...
            # has been jailed" for "Who was jailed for stealing from the rowing club?"
            lead = next(
                (e for e in sorted(sentences, key=lambda e: -e.score)
                 if unnamed_person_lead(e.sentence)),
                lead,
            )
        verb = asked_verb(question) or deed
        if (
            short is not None and verb is not None and not unnamed_person_lead(lead.sentence)
            and not says_verb(lead.sentence, verb)
        ):
            # ("Fernbrook Homes had applied to build the houses at Hollins Farm" says no
            # allowing; "A planning inspector has allowed an appeal ..." of the same report does)
            lead = next(
                (
                    e for e in ranked
                    if e.article_id == lead.article_id and unnamed_person_lead(e.sentence)
                    and says_verb(e.sentence, verb)
                ),
                lead,
            )
        if not unnamed_person_lead(lead.sentence) or _STILL_SOUGHT.search(lead.sentence):
            # ("A new show director is still being sought after Graham Pell stepped down": no
            # one found, whom the next sentence could name)
            return sentences, short
        if verb is not None and not says_verb(lead.sentence, verb):
            return sentences, short
        if verb is not None and asks_whom_it_was_done_to(question) and not _said_passive(
            lead.sentence, verb
        ):
            # "Who was killed?" over "A van driver who killed a cyclist ... has been jailed":
            # the lead's person did the deed, and the question asks whom it was done to
            return sentences, short
        after = _sentence_after(lead, ranked)
        named = _OPENING_PERSON.match(after.sentence) if after is not None else None
        if named is None:
            return cls._titled_by_the_lead_s_noun(lead, sentences, short, ranked)
        first = named.group(1).split()[0]
        from rag.names import GIVEN_NAMES
        from rag.spans import is_role

        if first not in GIVEN_NAMES and not is_role(first.lower()) and first not in _HONORIFICS:
            # ("Fernbrook Homes had applied ..." names the developer, not the inspector)
            return cls._titled_by_the_lead_s_noun(lead, sentences, short, ranked)
        if short is not None and short.text == named.group(1):
            return sentences, short
        found = ShortAnswer(
            named.group(1), 2, after.article_id,
            after.start + named.start(1), after.start + named.end(1),
        )
        return (lead, after), found

    @staticmethod
    def _titled_by_the_lead_s_noun(
        lead: Evidence, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """For `_named_after_the_lead` when the next sentence opens with no name: the person
        is the one a later sentence of the report titles with the lead's noun ("inspector
        Claire Holloway said ..." after "A planning inspector has allowed an appeal ..."), a
        given name or a form of address first. Both are cited, in article order. Returns the
        sentences and the short answer, unchanged when no sentence does."""
        from rag.names import GIVEN_NAMES
        from rag.spans import unnamed_lead_noun

        noun = unnamed_lead_noun(lead.sentence)
        if not noun:
            return sentences, short
        titled = re.compile(
            rf"\b{re.escape(noun)}\s+(?P<name>(?:{_FORM_OF_ADDRESS})?"
            r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\b(?![’']s\b)"
        )
        later = sorted(
            (e for e in ranked if e.article_id == lead.article_id and e.start > lead.start),
            key=lambda e: e.start,
        )
        for e in later:
            m = titled.search(e.sentence)
            if m is None:
                continue
            first = m.group("name").split()[0]
            if first not in GIVEN_NAMES and first.rstrip(".") not in _HONORIFICS | {"Cllr"}:
                continue
            found = ShortAnswer(
                m.group("name"), 2, e.article_id, e.start + m.start("name"), e.start + m.end("name")
            )
            return (lead, e), found
        return sentences, short

    @classmethod
    def _firm_named_after_the_lead(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """"Which company signed a deal with Harlowe & Finch?" over a lead that tells of the
        firm before naming it ("A Cumbrian knitwear maker is to take on 35 new staff after
        signing a deal with ...", `rag.spans.unnamed_firm_lead`): the firm is the name the next
        sentence of the report opens with when that name shares a word with the lead's
        description ("Fellbeck Knitwear, based in Kendal, will make ...") or ends as a firm's
        name does ("Ltd", "Group"). Only when the short answer is none or a word of the lead's
        description. Returns the sentences and the short answer, unchanged otherwise."""
        from rag.spans import _ORG_WORDS, _stem, asked_verb, says_verb, unnamed_firm_lead

        lead = sentences[short.n - 1] if short is not None else max(
            sentences, key=lambda e: e.score
        )
        described = unnamed_firm_lead(lead.sentence)
        if not described or (
            short is not None and not set(short.text.lower().split()) <= set(described.split())
        ):
            return sentences, short
        verb = asked_verb(question)
        if verb is not None and not says_verb(lead.sentence, verb):
            return sentences, short
        after = _sentence_after(lead, ranked)
        named = _OPENING_PERSON.match(after.sentence) if after is not None else None
        if named is None:
            return sentences, short
        words = named.group(1).lower().split()
        # (by stems: "Wyeside Gloves" for "A Herefordshire glove maker")
        if not (
            {_stem(w) for w in words} & {_stem(w) for w in described.split()}
            or words[-1] in _ORG_WORDS
        ):
            return sentences, short
        found = ShortAnswer(
            named.group(1), 2, after.article_id,
            after.start + named.start(1), after.start + named.end(1),
        )
        return (lead, after), found

    @classmethod
    def _court_part_in_the_report(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """For "Who sentenced Colin Ashby?" when the short answer is no one named in the asked
        court part ("busy driving school" of "... has been jailed for 20 months"), or there is
        none: the sentence of the best report that names the part ("Recorder Simon Tate said:
        ..."), wherever the cross-encoder ranked it, is the evidence. The report is the best
        one that names every name the question gives. Returns the sentences and the short
        answer, unchanged when there is no such sentence."""
        from rag.judge import content_words, key_terms
        from rag.spans import asks_a_court_part, names_a_court_part

        part = asks_a_court_part(question)
        if part is None or not ranked:
            return sentences, short
        if short is not None and names_a_court_part(sentences[short.n - 1].sentence, part):
            return sentences, short
        names = key_terms(question)
        home = next(
            (
                x.article_id for x in ranked
                if names <= content_words(f"{x.title or ''} {x.sentence}")
            ),
            ranked[0].article_id,
        )
        found = cls._answer_in_the_report(
            question, ranked, home, lambda e: names_a_court_part(e.sentence, part)
        )
        return found or (sentences, short)

    @classmethod
    def _first_that_answers(
        cls,
        question: str,
        candidates: Iterable[Evidence],
        fits: Callable[[Evidence, ShortAnswer], bool] = lambda e, short: True,
    ) -> tuple[tuple[Evidence, ...], ShortAnswer] | None:
        """The first of `candidates` (in their order: a caller filters the ranked sentences by
        the test its kind needs) whose own short answer to `question` exists and `fits`:
        ((sentence,), short answer) to be cited alone, or None. The shared last step of every
        "the answer is in a sentence the cross-encoder ranked low" repair."""
        for e in candidates:
            found = cls._short_answer(question, (e,))
            if found is not None and fits(e, found):
                return (e,), replace(found, n=1)
        return None

    @classmethod
    def _answer_in_the_report(
        cls,
        question: str,
        ranked: Sequence[Evidence],
        home: str,
        holds: Callable[[Evidence], bool],
        fits: Callable[[Evidence, ShortAnswer], bool] = lambda e, short: True,
    ) -> tuple[tuple[Evidence, ...], ShortAnswer] | None:
        """The first sentence of the report `home`, in ranked order, that `holds` (a
        construction the cross-encoder reads poorly: a scoreline line, a court reporter's
        "Prosecuting, X", a naming) and gives a short answer that `fits`: ((sentence,), short
        answer) to be cited alone, or None."""
        return cls._first_that_answers(
            question, (e for e in ranked if e.article_id == home and holds(e)), fits
        )

    @classmethod
    def _from_the_scoreline(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """A match report's scoreline line ("Kingsbridge 25 Aldermoor 22", `is_scoreline`), or
        a sentence giving the result with its score ("Hesketh Town lost 2-1 at home to Aldwick
        United", `states_a_result`), answers a score question of its match when the chosen
        sentences give no score, or only a moment's ("Aldermoor led 17-10 at half-time"): the
        cross-encoder reads a line of names and numbers poorly, so the best report's line is
        looked for wherever it ranks. It
        must name every team the question names. Returns the sentences and the short answer,
        unchanged when there is no such line."""
        from rag.judge import key_terms
        from rag.spans import asked_number, scored_at_a_moment, states_a_result

        if asked_number(question) != "score" or scored_at_a_moment(question) or not ranked:
            return sentences, short  # ("What was the half-time score?" asks the moment's)
        if (
            short is not None and not scored_at_a_moment(sentences[short.n - 1].sentence)
            # ("1,860" of "in front of 1,860 supporters" is no result of the game)
            and re.search(r"\d\s*[-–]\s*\d|\d\s+[A-Z]", short.text)
        ):
            return sentences, short
        home = sentences[short.n - 1].article_id if short is not None else ranked[0].article_id
        names = key_terms(question)
        found = cls._answer_in_the_report(
            question, ranked, home,
            lambda e: (is_scoreline(e.sentence) or states_a_result(e.sentence))
            and names <= key_terms("? " + e.sentence),
        )
        return found or (sentences, short)

    @classmethod
    def _of_the_one_named(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """A figure asked of one the question names that the answer's sentence does not: "How
        many votes did Labour's candidate get in Kestle?" over "Ms Varley ... received 642
        votes" (the winner's), where "Labour's Sanjay Mehta was third with 301" is further down
        the same report. When a name of the question (a capitalised word, not a number) is said
        neither by the answer's sentence, the one before it nor the report's headline, the first
        sentence of that report in ranked order that says every such name and gives a phrase
        of the asked kind answers instead, cited alone; with none, a sentence naming the
        asked thing by another name ("Kelsham Lido" for "the Tinbury lido") gives no answer.
        Only for a figure asked (`rag.spans.asked_number`). Returns the sentences and the
        short answer, unchanged otherwise."""
        from rag.judge import content_words
        from rag.spans import asked_number

        # (a figure only: a date of the asked deed is not traded for one of another, "will
        # close ... from the first of March" for "When will the Old Mill bridge reopen?")
        if short is None or not asked_number(question):
            return sentences, short
        chosen = sentences[short.n - 1]
        missing = _names_unsaid(question, chosen, ranked)
        asked = {w.lower() for w in re.findall(r"[\w’'-]+", question)}
        # (only a sentence naming another one its figure may be of: "Ms Varley ... received
        # 642 votes"; "The 2024 announcement brings the program impact to $2 billion" names
        # no one but the asked agency's programme)
        another = any(
            w.lower() not in asked and content_words(w)
            for w in re.findall(r"(?<!^)\b[A-Z][\w’'-]+", chosen.sentence)
        )
        of_the_lead_s_one = not another and _a_figure_of_the_lead_s_one(question, chosen, ranked)
        if not missing or not (another or of_the_lead_s_one):
            return sentences, short
        found = cls._answer_in_the_report(
            question, ranked, chosen.article_id,
            lambda e: e is not chosen and missing <= content_words(e.sentence),
            # (the name said just before the figure, as a results list gives it: "Labour's
            # Sanjay Mehta was third with 301", not "Under the terms of the Scotland Act 1978,
            # an elected assembly would be set up ... at least 40%")
            lambda e, found: missing <= content_words(
                e.sentence[max(0, found.start - e.start - _NAMED_WITH_ITS_FIGURE) : found.start
                           - e.start]
            ),
        )
        if found is None and of_the_lead_s_one:
            return sentences, None
        if found is None and _another_of_the_named_thing(question, chosen.sentence):
            # "How much did the Tinbury lido restoration cost?" over "... a £2.4 million
            # refurbishment of the 1937 open-air pool" under "Kelsham Lido will reopen": the
            # sentence's lido is another one, named otherwise
            return sentences, None
        return found or (sentences, short)

    @classmethod
    def _given_its_name(
        cls, question: str, sentences: tuple[Evidence, ...], short: ShortAnswer | None,
        ranked: Sequence[Evidence],
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """"What will the merged water company be called?" over a lead that names the two
        companies merging: when the short answer is no name a word of naming gives ("called",
        "named", "dubbed", `rag.spans.names_given`), a sentence of the same report that gives
        one, and says the asked thing's head noun ("the combined company, which will be called
        Brightmoor Calder"), answers instead, cited alone. Returns the sentences and the short
        answer, unchanged when no such sentence is found."""
        from rag.judge import content_words
        from rag.spans import names_given

        if not sentences or not ranked:
            return sentences, short
        if short is not None:
            chosen = sentences[short.n - 1]
            given = names_given(question, chosen.sentence)
            if not given and not re.search(r"\bcalled\s*\??\s*$", question, re.I):
                return sentences, short  # "What is the scheme's name?": no naming asked
            if (short.start - chosen.start, short.end - chosen.start) in given:
                return sentences, short
        asked = content_words(question)
        found = cls._answer_in_the_report(
            question, ranked, sentences[0].article_id,
            lambda e: (short is None or e is not sentences[short.n - 1])
            and bool(asked & content_words(e.sentence)) and bool(names_given(question, e.sentence)),
            lambda e, found: (found.start - e.start, found.end - e.start)
            in names_given(question, e.sentence),
        )
        return found or (sentences, short)

    @classmethod
    def _stated_further_down(
        cls, question: str, sentences: tuple[Evidence, ...], ranked: Sequence[Evidence]
    ) -> tuple[tuple[Evidence, ...], ShortAnswer | None]:
        """A yes/no question, or one asking a person's occupation or nationality, whose chosen
        sentences state no answer: the first sentence within `ANSWER_REACH` of the best, or of
        the best sentence's report, that plainly does answers it, cited alone. These kinds are
        strict enough to read a whole report (`rag.spans.yes_no` asks for every word of the
        question, its sense or its opposite; a role or nationality must be said of the named
        person). The cross-encoder ranks "Nobody was hurt" far
        under "Storm Ilse hit the coast on Saturday" for "Was anyone injured when Storm Ilse
        hit?", and "Yusuf, a 29-year-old nurse, broke away ..." under the lead for "What does
        Amina Yusuf do for a living?": the question's scene outweighs its predicate."""
        chosen = {(e.article_id, e.start) for e in sentences}
        top = ranked[0].score
        found = cls._first_that_answers(question, (
            e for e in ranked
            if (e.article_id, e.start) not in chosen
            and (e.score >= top - ANSWER_REACH or e.article_id == ranked[0].article_id)
        ))
        return found or (sentences, None)

    def _verified(self, question: str, sentences: Sequence[Evidence]) -> dict[str, float]:
        """The verifier's reading of the sentences the reply cites (`rag.verifier`)."""
        from rag.verifier import VERIFIER_FEATURE

        passage = " ".join(e.sentence for e in sentences)
        return {VERIFIER_FEATURE: float(self.verifier.p_states(question, passage))}

    def _dense_similarity(self, question: str, best: Evidence | None) -> float | None:
        """Cosine similarity of the question's and the best sentence's embeddings (vectors are
        L2-normalised by the embedders), or None without a best sentence."""
        if best is None:
            return None
        query = self.embedder.embed_query(question)
        sentence = self.embedder.embed_documents([best.sentence])[0]
        return float(query @ sentence)

    @staticmethod
    def _span_fit(
        question: str, sentences: Sequence[Evidence], short: ShortAnswer | None
    ) -> dict[str, float] | None:
        """`rag.spans.span_fit` of the short answer inside its sentence (None without one)."""
        if short is None or not 0 < short.n <= len(sentences):
            return None
        from rag.spans import span_fit

        i = short.n - 1
        e = sentences[i]
        if not e.start <= short.start <= short.end <= e.end:
            return None
        before = sentences[i - 1] if i and sentences[i - 1].article_id == e.article_id else None
        context = before.sentence if before is not None else ""
        return span_fit(question, e.sentence, short.start - e.start, short.end - e.start, context)

    def _one_per_story(self, sentences):
        """Drop evidence from a second copy of a story already cited; return the copies of
        each cited article (article id -> other stored copies) for the answer to mention."""
        if not sentences:
            return (), {}
        copies = self.store.story_members(sorted({e.article_id for e in sentences}))
        kept, cited, other_copies = [], set(), set()
        for e in sentences:
            if e.article_id in other_copies and e.article_id not in cited:
                continue  # a copy of an article already cited
            kept.append(e)
            cited.add(e.article_id)
            other_copies.update(c.id for c in copies.get(e.article_id, []))
        return tuple(kept), copies

    def answerer(self, name: str) -> Answerer:
        """The answerer registered under `name` (built once, then reused)."""
        from rag.answerers import get_answerer

        with self._lock:
            if name not in self._answerers:
                self._answerers[name] = get_answerer(name, self.settings)
            return self._answerers[name]

    @property
    def calibrator(self) -> Calibrator:
        """The answerability model: handed in, or the one shipped in the package when it was
        fitted for this reranker; for any other reranker, its best sentence score alone
        (p = sigmoid(score): a cross-encoder's logit), until refitted for it."""
        with self._lock:
            if self._calibrator is None:
                self._calibrator = self._shipped(CALIBRATION_FILE)
            return self._calibrator

    @property
    def verified_calibrator(self) -> Calibrator:
        """The answerability model with the verifier's reading among its signals
        (`rag/calibration-verified.json`), used when `Settings.verifier` is set."""
        with self._lock:
            if self._verified_calibrator is None:
                self._verified_calibrator = self._shipped(VERIFIED_CALIBRATION_FILE)
            return self._verified_calibrator

    def _shipped(self, path: Path) -> Calibrator:
        shipped = Calibrator.load(path)
        fitted_for = shipped.about.get("rerank_model")
        return shipped if fitted_for in (None, self.reranker.name) else score_only()

    def ask(self, question: str, **options) -> Answer:
        """The blocking form of `stream_ask`: the same stream, read to the end."""
        return self.stream_ask(question, **options).answer()

    # -- the corpus -----------------------------------------------------------------------------

    def stats(self) -> Stats:
        infos = self.store.articles()
        sources: dict[str, int] = {}
        for info in infos:
            key = info.source or "(unknown)"
            sources[key] = sources.get(key, 0) + 1
        return Stats(
            articles=len(infos),
            chunks=self.store.count_chunks(),
            embed_model=self.settings.embed_model,
            rerank_model=self.settings.rerank_model,
            store=self.settings.store_location,
            store_bytes=self.store.size_bytes(),
            sources=dict(sorted(sources.items(), key=lambda kv: -kv[1])),
        )

    def forget(self, article_id: str) -> int:
        """Remove an article and all its chunks; returns how many chunks went."""
        with self._write_lock, self._writing(), self._write_flag():
            return self.store.delete_article(article_id)

    def check(self, repair: bool = False):
        """Do Chroma, the article registry and the BM25 index agree? See `rag.consistency`."""
        from rag.consistency import check_store, repair_store

        if not repair:
            return check_store(self)
        with self._write_lock, self._writing():
            return repair_store(self)

    @contextmanager
    def _write_flag(self):
        self._writes_in_progress = True
        try:
            yield
        finally:
            self._writes_in_progress = False

    def _writing(self):
        """The embedded store's single-writer lock; a server arbitrates writers itself."""
        from contextlib import nullcontext

        from rag.locking import writer_lock

        if self.settings.chroma_url:
            return nullcontext()
        return writer_lock(self.settings.data_dir)

    def articles(
        self, source: str | None = None, since: str | None = None, until: str | None = None
    ) -> list[ArticleInfo]:
        """Stored articles, newest first; filters as for `ask` (see `filters`)."""
        checked = self.filters(since, until, [source] if source is not None else None)
        infos = self.store.articles(**checked.kwargs())
        return sorted(infos, key=lambda a: (a.published or "", a.id), reverse=True)

    def filters(
        self, since: str | None, until: str | None, sources: Sequence[str] | None
    ) -> Filters:
        """Checked filters (rag.filters.resolve): dates in order, source names matched to the
        stored ones whatever their case and spacing. Raises BadInput for an unknown source
        (listing the known ones, closest first) or an inverted date range."""
        from rag.filters import resolve

        return resolve(since, until, sources, self._known_sources() if sources else ())

    def excluded_by(self, filters: Filters) -> str | None:
        """None when some stored article passes `filters`; else a sentence saying which filter
        excluded them all (the reply `ask` gives, with refusal_reason "filters")."""
        from rag.filters import active, excluded_by

        if not active(filters) or self.store.count_chunks() == 0:
            return None
        matching = len(self.store.articles(**filters.kwargs()))
        return excluded_by(filters, matching, self.store.articles() if not matching else ())

    def _has_undated(self) -> bool:
        """Does the store hold an article without a date? Cached until its revision changes."""
        revision = self.store.revision()
        cached = self._undated_cache
        if cached is None or cached[0] != revision:
            cached = (revision, bool(self.store.articles(undated=True)))
            self._undated_cache = cached
        return cached[1]

    def _known_sources(self) -> set[str]:
        """Source names of stored articles, cached until the store's revision changes."""
        revision = self.store.revision()
        cached = self._sources_cache
        if cached is None or cached[0] != revision:
            cached = (revision, {a.source for a in self.store.articles() if a.source})
            self._sources_cache = cached
        return cached[1]

    def article(self, article_id: str) -> Article:
        return self.store.article(article_id)


def answerers() -> list[str]:
    """Names accepted by `answerer=`: extractive (no model) and the model back-ends."""
    from rag.answerers import ANSWERERS

    return list(ANSWERERS)


# Deeds whose doer is titled by the deed's own word ("chairs" -> "chair", "chairwoman"), with
# the endings that make the title
_SELF_TITLED = {
    "chair": ("", "man", "woman", "person"),
    "head": ("",),
    "captain": ("",),
    "coach": ("",),
    "host": ("",),
    "skipper": ("",),
    "judge": ("",),
    "pilot": ("",),
    "curate": ("",),
}


def _turns(history: Conversation | Sequence[HistoryItem]) -> list[Turn]:
    """Earlier turns with their standalone questions.

    `history` is a `Conversation` (its turns are used as they are), or a list of `Turn`,
    `(question, Answer)` or `(question, answer_text)` items. An Answer brings the standalone
    question it was retrieved with, its cited sentences and best passage (which help resolve a
    later "he" its text does not name); only a bare answer text makes its question be
    rewritten again here.
    """
    if isinstance(history, Conversation):
        return list(history.turns)
    turns: list[Turn] = []
    for item in history:
        if isinstance(item, Turn):
            turns.append(item)
            continue
        if not (isinstance(item, tuple | list) and len(item) == 2 and isinstance(item[0], str)):
            raise BadInput(
                f"history item {len(turns) + 1} is {item!r:.80}; give each earlier turn as "
                "(question, Answer) or (question, answer_text)"
            )
        asked, answered = item
        if isinstance(answered, Answer):
            turns.append(Turn.of(asked, answered))
        else:
            turns.append(Turn(asked, rewrite_followup(asked, turns), answered))
    return turns


# What a refusal under `asked_fact_missing` says the reports lack, by question type.
_FACT_WORDS = {"number": "figure", "date": "date", "person": "name", "place": "place"}

# "Latest" as of a date leaves out reports from after it, but for a week: reports on the days
# just before it still come in (news-quiz answers are often reported a few days later).
LATEST_GRACE = timedelta(days=7)


def _names_of(question: str) -> list[list[str]]:
    """The question's names (`_NAME_RUN`), each as the stems of its words that are key terms
    (`rag.judge.key_terms`), in order: [["pieter", "van", "rensburg"]]."""
    from rag.judge import content_words, key_terms

    keys = key_terms(question)
    names = []
    for run in _NAME_RUN.findall(question.replace("’", "'")):
        name = [s for w in run.split() for s in content_words(w) if s in keys and not s.isdigit()]
        if name:
            names.append(name)
    return names


def _says_the_focus(focus: frozenset[str], text: str) -> bool:
    """Does `text` say each stem of a figure's noun (`_figure_noun`), as written or by a
    word of the same sense ("staff" for "jobs": `rag.spans._same_senses`)?"""
    from rag.spans import _same_senses

    said = _stems_of(text)
    return all(_same_senses({stem}) & said for stem in focus)


def _stems_of(text: str) -> set[str]:
    from rag.judge import _stem

    return {_stem(w) for w in re.findall(r"[a-z]+", text.lower())}


_ASKS_WORTH = re.compile(
    r"^\W*(?:what|how\s+much)\s+(?:is|was|are|were|'s|’s)\s+.+\bworth\W*$", re.IGNORECASE
)


def _figure_noun(question: str) -> frozenset[str] | None:
    """The stems of the noun a figure question asks the value of ("turnout" of "What was
    turnout in the Estonian election?", "call" and "out" of "How many call-outs ...?"), or
    None: only a "What was <noun>" question whose noun names a figure of its own (`rag.spans`
    reads it as asking only a number), or a "How many <noun>" one whose noun is not generic
    ("people", "times")."""
    from rag.judge import _stem
    from rag.spans import _GENERIC_COUNTS, _parse_question

    if _ASKS_WORTH.search(question):
        return frozenset({"worth"})  # "What were the stolen quad bikes worth?"
    parsed = _parse_question(question)
    if parsed.kind == "how-many" and parsed.counted and parsed.counted not in _GENERIC_COUNTS:
        return frozenset(_stem(w) for w in re.findall(r"[a-z]+", parsed.counted.lower()))
    if parsed.kind != "which" or not parsed.focus or parsed.wants != ("number",):
        return None
    return frozenset({_stem(parsed.focus)})


def _last_words_of_names(question: str) -> set[str]:
    """The last word of each of the question's names: a report names Pieter van Rensburg
    "Van Rensburg" after its first line."""
    return {name[-1] for name in _names_of(question)}


def _name_of(question: str, last: str) -> set[str]:
    """All the words of the question's name ending in `last`."""
    return next((set(name) for name in _names_of(question) if name[-1] == last), {last})


def _narrowed(
    since: str | None, until: str | None, scope: TimeScope, reference: date | None = None
) -> tuple[str | None, str | None]:
    """The user's date filters narrowed by the period a question names; the user's own filters
    win where the two do not overlap."""
    asked_since, asked_until = scope.filter_dates()
    if scope.prefer_latest and reference is not None and asked_until is None:
        asked_until = (reference + LATEST_GRACE).isoformat()
    new_since = max(filter(None, [since, asked_since]), default=None)
    new_until = min(filter(None, [until, asked_until]), default=None)
    if new_since and new_until and new_since > new_until:
        return since, until
    return new_since, new_until


def _paragraph_opening(chosen: Evidence, own: Sequence[Evidence]) -> Evidence:
    """The first sentence of `chosen`'s paragraph among `own` (sentences of its report): the
    sentences before it that follow on with one space or line break between them, no blank
    line. A digest of short reports sets each story's scene there ("A new footbridge over the
    River Lune at Caton will open next summer."), not in the article's first sentence."""
    by_end = {e.end: e for e in own}
    opening = chosen
    while True:
        before = by_end.get(opening.start - 1)
        if before is None or before.start >= opening.start:
            return opening
        opening = before


# A period counted from now: "this year", "this season", "this month"
_THIS_PERIOD = re.compile(r"\bthis\s+(?:year|season|month|spring|summer|autumn|fall|winter)\b",
                          re.IGNORECASE)


def _names_found(hits: Sequence[Hit], question: str) -> bool:
    """Does one of `hits` name every name of the question (`rag.judge.key_terms`)?"""
    from rag.judge import content_words, key_terms

    names = key_terms(question)
    return not names or any(names <= content_words(h.chunk.text) for h in hits)


def _covered(hits: Sequence[Hit], question: str, share: float = 0.6) -> bool:
    """Does one of `hits` hold at least `share` of the question's content words? Then the
    period's own reports speak to the question, and reports after it are not searched (they
    would be cited over the period's own: eval/time's time-041)."""
    from rag.judge import content_words

    asked = content_words(question)
    if not asked:
        return True
    return any(len(asked & content_words(h.chunk.text)) >= share * len(asked) for h in hits)


def _naming_the_year(hits: Sequence[Hit], scope: TimeScope) -> list[Hit]:
    """The hits as evidence for a question about a year: a report published after the year
    (kept by `TimeScope.filter_dates`) speaks only through its sentences that name the year
    ("The plant built 52,000 cars last year" in a report of May 2024, for 2023); its other
    sentences are blanked (offsets kept), and a chunk with none is dropped."""
    first, last = (scope.since or scope.until).year, scope.until.year
    return _naming_the_period(
        hits,
        scope,
        (scope.until + timedelta(days=1)).isoformat(),
        lambda text, published: names_year(text, published, first, last)
        or counts_back_as_asked(text, scope),
    )


def _naming_the_period(hits: Sequence[Hit], scope: TimeScope, after: str, names=None) -> list[Hit]:
    """The hits published on or after `after` (YYYY-MM-DD) speak only through their sentences
    that name the period of `scope` (`rag.timeexpr.names_period`, or `names(text, published)`);
    their other sentences are blanked (offsets kept), and a chunk with none is dropped. Earlier
    hits are kept whole."""
    names = names or (lambda text, published: names_period(text, published, scope))
    out = []
    for h in hits:
        if not h.published or h.published < after:
            out.append(h)
        elif (masked := _speaking_only_where(h, names)) is not None:
            out.append(masked)
    return out


def _speaking_only_where(hit: Hit, names) -> Hit | None:
    """`hit` with its sentences for which `names(sentence, published)` is false blanked
    (offsets kept); None when no sentence is left."""
    from rag.chunking import sentence_spans

    text = hit.chunk.text
    kept, before = [], None
    for s, e in sentence_spans(text):
        if names(text[s:e], hit.published) or (
            # (a sentence that leans on the one before speaks of its period: "The four
            # branches together recorded 61,000 visits last year ... Netherby alone accounted
            # for 23,000 of those visits.")
            before is not None and kept and kept[-1] == before
            and _LEANS_ON_A_WHOLE.search(text[s:e])
        ):
            kept.append((s, e))
        before = (s, e)
    if not kept:
        return None
    masked = list(" " * len(text))
    for s, e in kept:
        masked[s:e] = text[s:e]
    return replace(hit, chunk=replace(hit.chunk, text="".join(masked)))


def _the_respective_one(
    question: str, sentences: Sequence[Evidence], short: ShortAnswer | None
) -> ShortAnswer | None:
    """"Tane Ruatapu and Hinewai Ngata won the men's and women's titles": for "Who won the
    women's race?" the short answer is Hinewai Ngata, not the pair
    (`rag.spans.the_respective_one`). Else `short` unchanged."""
    from rag.spans import the_respective_one

    if short is None or " and " not in short.text:
        return short
    told = sentences[short.n - 1]
    one = the_respective_one(question, told.sentence, short.text)
    if one is None:
        return short
    return replace(
        short, text=short.text[one[0] : one[1]], start=short.start + one[0],
        end=short.start + one[1],
    )


def _figures_cited(
    e1: Evidence, e2: Evidence | None, b: ShortAnswer
) -> tuple[tuple[Evidence, ...], int, str]:
    """The sentences of two compared figures in reading order, the first's number, and the
    second figure as cited ("84 [2]"; a figure the question states, "$2 million", alone)."""
    sentences = reading_order(tuple(dict.fromkeys(e for e in (e1, e2) if e is not None)))
    n1 = sentences.index(e1) + 1
    if e2 is None:
        return sentences, n1, b.text
    return sentences, n1, f"{b.text} [{sentences.index(e2) + 1}]"


def _naming_the_period_undated(hits: Sequence[Hit], scope: TimeScope) -> list[Hit]:
    """Hits of articles without a date, each speaking only through its sentences that name the
    period of `scope` in full: a year within it however it is said ("in 1939", "The 1979
    referendum", "As of February 2011"), or its month with the year ("March 2024"; a month
    without its year cannot be placed)."""
    first = (scope.since or date(1, 1, 1)).year
    last = (scope.until or date(9999, 12, 31)).year

    def names(text: str, published: str | None) -> bool:
        if scope.unit in ("month", "week", "day"):
            return names_period(text, None, scope)
        return names_year(text, None, first, last)

    return [m for h in hits if (m := _speaking_only_where(h, names)) is not None]


def _naming_the_period_ahead(hits: Sequence[Hit], scope: TimeScope) -> list[Hit]:
    """Reports published before the open period of `scope` (all of `hits`), each speaking only
    through its sentences that name a time inside the period as one to come
    (`rag.timeexpr.names_period_ahead`)."""
    return _naming_the_period(
        hits,
        scope,
        "0000-00-00",
        lambda text, published: names_period_ahead(text, published, scope),
    )


def cased_from(question: str, hits: Sequence[Hit]) -> str:
    """`question` with each lower-case word that the found passages write only with a capital
    (and at least once not opening a sentence) written as they write it: "who was the referee
    at millfield park?" -> "who was the referee at Millfield Park?". Only a question that has
    no capital after its first word is changed: one typed with capitals says its own names.
    The question's first word is left as it is."""
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", question))
    if len(words) < 2 or any(w.group(0)[:1].isupper() for w in words[1:]):
        return question
    texts = [h.chunk.text for h in hits]
    cased = question
    for w in reversed(words[1:]):
        word = w.group(0)
        if len(word) < 3:
            continue
        alone = rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])"
        found = [m for t in texts for m in re.finditer(alone, t, re.I)]
        if not found and word.endswith("s") and not word.endswith("ss"):
            # "labours candidate", typed without its apostrophe: "Labour's Sanjay Mehta"
            owner = rf"(?<![\w'’-]){re.escape(word[:-1])}['’]s(?![\w'’-])"
            found = [m for t in texts for m in re.finditer(owner, t, re.I)]
        said = {m.group(0) for m in found}
        if not found or any(x[:1].islower() for x in said) or len(said) != 1:
            continue
        mid_sentence = any(
            not re.search(r"(?:^|[.!?:\"“]\s*)$", m.string[max(0, m.start() - 3) : m.start()])
            for m in found
        )
        # (a word written large only inside another name is no name of its own: "limes" of
        # "Save the Abbey Limes" stays the trees; "park" after "millfield" is `_name_run_cased`'s)
        opens_a_name = any(
            not re.search(r"[A-Z][\w'’-]*\s+$", m.string[max(0, m.start() - 30) : m.start()])
            for m in found
        )
        if mid_sentence and opens_a_name:
            cased = cased[: w.start()] + said.pop() + cased[w.end() :]
    return _name_run_cased(cased, texts)


def _name_run_cased(question: str, texts: Sequence[str]) -> str:
    """`question` with a lower-case word that goes on a name the passages write with it ("golf
    club" after "Haddon Park", written "Haddon Park Golf Club") written as there, though the
    passages write the word alone in lower case too ("the club")."""
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", question))
    for before, w in reversed(list(zip(words, words[1:], strict=False))):
        word = w.group(0)
        if not before.group(0)[:1].isupper() or not word.islower() or before.start() == 0:
            continue
        run = rf"(?<![\w'’-]){re.escape(before.group(0))}\s+({re.escape(word)})(?![\w'’-])"
        said = {m.group(1) for t in texts for m in re.finditer(run, t, re.I)}
        if said and all(x[:1].isupper() for x in said) and len(said) == 1:
            question = question[: w.start()] + said.pop() + question[w.end() :]
            # (and on along the name: "Golf" then "Club")
            return _name_run_cased(question, texts)
    return question


def _without_period(question: str, scope: TimeScope) -> str:
    """The question as the answerability judgement should read it: a period the date filter
    already keeps to ("in 2023") is not a word the evidence must contain."""
    if not scope.has_period:
        return question
    for phrase in scope.matched.split(" | "):
        question = question.replace(phrase, " ")
    return " ".join(question.split()).replace(" ?", "?")


def _each_part(rankings, margin: float = 2.0) -> tuple:
    """One sentence per part of a compound question: the best of each part's ranking (best
    first) that no earlier part took and that scores within `margin` of that part's best."""
    taken: dict = {}
    for ranked in rankings:
        ranked = list(ranked)
        for e in ranked:
            if e.score < ranked[0].score - margin:
                break
            if (e.article_id, e.start) not in taken:
                taken[(e.article_id, e.start)] = e
                break
    return tuple(taken.values())


# A question choosing among options it means to list ("Which of the following ...?") ...
_CHOICES_NOT_GIVEN = re.compile(
    r"\b(?:which|what|who)\s+(?:one\s+)?of\s+the\s+following\b|\bwhich\s+of\s+these\b"
    r"|\bfrom\s+the\s+(?:list|options|choices)\s+below\b",
    re.IGNORECASE,
)
# ... and the options written out: after a colon, lettered, or several "or"s
_CHOICES_GIVEN = re.compile(r":\s*\S|\(\s*[a-dA-D1-4]\s*\)|\b[a-dA-D]\)\s|\bor\b.*\bor\b")


def _unresolved_person(question: str) -> str | None:
    """The first "he", "she", "him", "her", "his" or "hers" of a `question` that names no one
    it could stand for, else None."""
    from rag.chat import _ANIMAL_NOUNS, _PERSON, _PRONOUN_RE, entities

    if entities(question):
        return None  # "What did Sarah Whitlock say about her team?": she is named
    from rag.spans import is_role

    for match in _PRONOUN_RE.finditer(question):
        if match.group(1).lower() in _PERSON:
            before = re.findall(r"[A-Za-z]+", question[: match.start()])
            if any(
                # (or an animal a report calls "she": "How much did the seal pup weigh when
                # she was found?")
                is_role(w) or w.lower() in _PEOPLE_WORDS or w.lower() in _ANIMAL_NOUNS
                for w in before[1:]
            ) or (
                # ... or by a noun of one who does something, after its article: "How much did
                # the rogue roofer take from his victims?"
                _A_DOER_NAMED.search(question[: match.start()])
            ):
                # "How much did the care home owner and her accountant steal?": the person
                # the question names by a role or a common noun
                return None
            return match.group(1)
    return None


_PEOPLE_WORDS = frozenset(
    "man woman boy girl owner mother father son daughter wife husband pensioner teenager "
    "driver passenger patient pupil student resident worker victim defendant nurse chef "
    "vicar priest doctor mayor widow widower child baby".split()
)
# A noun of one who does something ("roofer", "cashier", "cyclist", "fisherman") after an
# article or a describing word opened by one: "the rogue roofer", "a bank cashier".
_A_DOER_NAMED = re.compile(
    r"\b(?i:the|a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}(?:er|or|ist|ian|man|woman)\b"
)


def _check_question(question: str) -> str:
    question = (question or "").strip()
    if not any(ch.isalnum() for ch in question):  # "", "?", "..."
        raise BadInput("the question is empty; ask something about the articles")
    if len(question) > 2000:
        raise BadInput("the question is over 2,000 characters; ask something shorter")
    return question


# How much better (in `rag.spans.ranked_spans` score plus the share of the question's words
# its sentence has) the runner-up sentence's phrase must fit the asked slot to be the short
# answer instead of the best sentence's: about one slot cue (the slot noun beside it scores
# 0.7, an asked number kind 1.0), not a proximity nudge.
SPAN_SWITCH = 0.6
def _person_of_the_clause(
    question: str, sentence: str, people, said: set[str], cover
) -> str | None:
    """The name (of `people`, (start, end) offsets into `sentence`) whose clause says most of
    `said` (by `rag.judge.cover`), when that is at least half of it and more than any other
    person's clause; a clause of another division than the question's (`rag.spans.
    of_another_division`) is none of them. Else None."""
    from rag.spans import clause_around, of_another_division

    says = []
    for start, end in people:
        clause = clause_around(sentence, start, end)
        # "Jakob Lind took the men's title" is no clause of the women's winner.
        if not of_another_division(question, clause):
            says.append((cover(said, clause), sentence[start:end]))
    says.sort(reverse=True)
    if not says or says[0][0] < 0.5 or (len(says) > 1 and says[1][0] == says[0][0]):
        return None
    return says[0][1]


# A sentence saying what was not told, in group "what": "did not name the nine shops", "The
# court did not hear how much of the money had been recovered", "declined to name the country".
_NOT_TOLD = re.compile(
    r"\b(?:did\s+not|didn[’']t|would\s+not|wouldn[’']t|could\s+not|couldn[’']t|declined\s+to|"
    r"refused\s+to|(?:was|were)\s+unable\s+to|has\s+not|have\s+not)\s+(?:yet\s+)?"
    r"(?:say|said|name|named|hear|heard|disclose|disclosed|reveal|revealed|identify|identified|"
    r"specify|specified|give|given)\s+(?P<what>[^.;,]+)",
    re.IGNORECASE,
)
# A sentence saying that what is asked is not known.
_NOT_KNOWN = re.compile(
    r"\b(?:could\s+not|couldn[’']t|did\s+not|didn[’']t|would\s+not|wouldn[’']t|declined\s+to|"
    r"refused\s+to|unable\s+to)\s+(?:say|confirm|give|disclose|reveal|estimate)\b"
    r"|\b(?:not|never|yet\s+to\s+be)\s+(?:known|disclosed|revealed|confirmed)\b|\bunclear\b"
    # "for an undisclosed sum", "an unknown number of"
    r"|\b(?:undisclosed|unspecified|unknown|unrevealed)\s+(?:sum|amount|fee|price|figure|number)",
    re.I,
)


# How far under the best sentence (cross-encoder logits) a sentence holding the asked kind of
# phrase may lie and still give the short answer (`Rag._answer_further_down`): the `MARGIN` of
# `rag.timeline` that reports still answering lie within, plus one logit.
ANSWER_REACH = 3.0

# A post left and a post filled, as `_appointed_to_the_post_left` and
# `_predecessor_of_the_one_after` read them: "... has resigned as director of", "has appointed
# Desmond Aldersey, who ..., as the new director"
_LEFT_AS = (
    r"\b(?:has\s+|had\s+)?(?:resigned|stepped\s+down|stood\s+down|left|retired|quit|is\s+leaving|"
    r"is\s+retiring|is\s+stepping\s+down)\s+as\s+(?:the\s+|its\s+)?"
)
_APPOINTED = r"\b(?:appointed|named|chosen|hired|confirmed)\s+"
_AS_NEW = (
    r"(?:,[^.;]{0,100}?,)?\s+(?:as\s+)?(?:the\s+|its\s+|their\s+)?(?:new\s+)?"
    r"(?:permanent\s+|interim\s+|acting\s+)?"
)
_A_POST = r"(?P<post>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?=\s+(?:of|at|for|with)\b|[.,;])"
_FULL_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+"


def _across_a_post(
    ranked: Sequence[Evidence], own: str, other_of: Callable[[str], str]
) -> tuple[tuple[Evidence, ...], ShortAnswer] | None:
    """The one on the other side of a post from the asked one: the first ranked sentence that
    `own` matches names the post (its group "post": "director" of "Anouk Blomqvist has
    resigned as director"), and a sentence of the same report that `other_of(post)` matches
    names the other holder (its group "who": "has appointed Desmond Aldersey, ..., as the new
    director"). Both are cited in article order, the short answer the other holder. None when
    no pair is found. Read by `Rag._appointed_to_the_post_left` and
    `Rag._predecessor_of_the_one_after`."""
    for e in ranked:
        said = re.search(own, e.sentence)
        if said is None:
            continue
        pattern = other_of(re.escape(said.group("post")))
        for other in ranked:
            if other.article_id != e.article_id or other is e:
                continue
            holder = re.search(pattern, other.sentence)
            if holder is None:
                continue
            kept = reading_order((e, other))
            return kept, ShortAnswer(
                holder.group("who"), kept.index(other) + 1, other.article_id,
                other.start + holder.start("who"), other.start + holder.end("who"),
            )
    return None
# "Why did the Alderford cinema close?", "When was the old mill built?": the subject asked of,
# a noun phrase after "the" (its capitalised words are names, read by `_NAME_RUN`)
_THE_ASKED_SUBJECT = re.compile(
    r"^\W*(?i:why|when|how|where)\s+(?i:did|does|do|was|were|is|are|has|have|had|will|would)"
    r"\s+(?i:the)\s+(?P<thing>(?:[A-Z][\w'’-]*\s+)*[a-z][\w-]+)\b"
)
# "How much will parking cost ...?", "How much does a season ticket cost?": the thing priced,
# in common nouns (not "it", nor a name, which `_NAME_RUN` reads)
_THE_COSTED_THING = re.compile(
    r"^\W*how\s+much\s+(?:will|does|did|do|would|is|are|has|have)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?P<thing>(?!it\b|this\b|that\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
    r"(?:cost|costs|be\s+charged|set\s+(?:you|me|us)\s+back)\b",
    re.IGNORECASE,
)

# A part whose whole a sentence before may name: "1,150 of them were running for a charity".
_LEANS_ON_A_WHOLE = re.compile(r"\bof\s+(?:them|those|these|whom|which)\b", re.IGNORECASE)
# A figure revised by its own report: "It later revised the figure to 56,000 hectares", "The
# toll was raised to 31 on Friday", "has since cut its forecast to 1.2 percent".
_AN_EARLIER_INSTANCE = re.compile(
    r"\b(?:the\s+same|previous(?:ly)?|also|once|too|as\s+well)\b", re.IGNORECASE
)


def _the_asked_part_of_a_whole(question: str, part: Evidence, whole: Evidence) -> bool:
    """Is `part` a sentence that leans on `whole`, the one right before it in its article,
    for its whole ("... 23,000 of those visits"), and names a name of the question that
    `whole` does not ("Netherby")?"""
    if part.article_id != whole.article_id or not 0 <= part.start - whole.end <= 3:
        return False
    if not _LEANS_ON_A_WHOLE.search(part.sentence):
        return False
    names = {w for w in key_terms(question) if not w[:1].isdigit()}
    said, before = content_words(part.sentence), content_words(whole.sentence)
    return bool(names & said - before)


def _of_an_earlier_year(e: Evidence) -> bool:
    """Is `e` dated only by years before its report's own ("won the same title ... in 1973" in
    a report of 2024)? False for an undated report or a sentence naming no year."""
    # (a year an event is dated "in", never a state "since 2019")
    years = [
        int(y) for y in re.findall(
            r"\b(?:in|during)\s+(?:(?:early|late|mid|the\s+\w+\s+of)\s*-?\s*)?(?:[A-Z][a-z]+\s+)?"
            r"((?:1[89]|20)\d\d)\b(?![-/]\d)",
            e.sentence,
        )
    ]
    published = (e.published or "")[:4]
    return bool(years) and published.isdigit() and all(y < int(published) for y in years)


def _revises_another_thing(question: str, before: str) -> bool:
    """Does the clause before a revision verb (`before`, from the clause's start or the first
    figure) give it a subject the question does not ask of ("the target has been raised to")?
    A figure's own words ("the figure", "the estimate", "it") and the question's nouns do not
    count: "It later revised the figure to 56,000" revises the asked figure."""
    from rag.judge import content_words

    clause = re.split(r"[,;:]|\b(?:and|but|while|whereas)\b", before)[-1]
    subject = content_words(clause) - content_words(question) - _REVISION_WORDS
    return bool(subject)


_REVISION_WORDS = frozenset(
    "figure figures estimate estimates forecast projection number total count tally toll "
    "prediction guidance outlook later since then now subsequently again first initially "
    "originally officials office council police government company firm".split()
)
_REVISED_TO = re.compile(
    r"\b(?:revised|raised|lowered|increased|reduced|cut|upgraded|downgraded|updated|corrected)"
    r"\b(?:\s+(?:the|its|this|that|their|his|her|it|them|up|down|upwards?|downwards?|"
    r"figure|figures|estimate|estimates|forecast|projection|number|total|count|tally|toll|"
    r"prediction|guidance|outlook))*\s+(?P<to>to)(?=\s+\S)",
    re.IGNORECASE,
)
# "What was the first estimate ...?", "How many were originally expected?"
_ASKS_FIRST_VALUE = re.compile(
    r"\b(?:first|original|originally|initial|initially|earlier|previous|previously|at\s+first)\b",
    re.IGNORECASE,
)


# A sentence that names one's successor first: "His replacement, Councillor Dr Shirin Malik,".
# A name right after a word: "replaced by| Farah Qureshi, 41"
_NAME_AFTER = re.compile(r"\s+((?:(?:[A-Z][\w’'.-]*|de|van|von)\s+){0,3}[A-Z][\w’'-]+)\b")
# "Who is the Group Scout Leader of the 1st Thornley Scout Group?": a title of two words or
# more asked of its holder
_TITLE_ASKED = re.compile(
    r"^\W*who\s+(?:is|was|are|were)\s+(?:the\s+)?(?P<title>(?:[\w'’-]+\s+){1,3}?[\w'’-]+)"
    # ("Who was the planning inspector?": the title alone)
    r"(?:\s+(?:of|for|at|in|on)\b|\s*\?\s*$)", re.IGNORECASE,
)


def _titled_as_asked(question: str, sentence: str, start: int) -> bool:
    """Is the name at `start` of `sentence` written right after the title the question asks
    of, word for word ("Group Scout Leader Nadia Hussain" for "Who is the Group Scout Leader
    of ...?")? Only a title of two words or more, one a role's."""
    from rag.spans import is_role

    asked = _TITLE_ASKED.match(question)
    if asked is None:
        return False
    title = asked.group("title")
    if not any(is_role(w.lower()) for w in title.split()):
        return False
    before = sentence[max(0, start - len(title) - 20) : start]
    honorific = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?\s+)?"
    head = title.split()[-1]
    return bool(
        re.search(rf"\b{re.escape(title)}\s*,?\s+{honorific}$", before, re.IGNORECASE)
        # ... or its head alone as a title, with no comma ("In a decision published on Monday,
        # inspector Claire Holloway said" for "Who was the planning inspector ...?"; not "the
        # longest-serving leader, Bert Collins")
        or is_role(head.lower())
        and re.search(rf"\b{re.escape(head)}\s+{honorific}$", before, re.IGNORECASE)
    )


def _lines_of_its_report(
    question: str, told: Evidence, ranked: Sequence[Evidence], reach: float,
    min_cover: float = 0.5,
) -> Iterator[Evidence]:
    """The other sentences of `told`'s report among `ranked` (best first) that score within
    `reach` of the best and say at least `min_cover` of the question's words but its names
    (`rag.judge.cover`; 0 takes every line): where a later line of a report may say what its
    lead told only roughly ("Two men have been charged", "more than 300 fragments")."""
    from rag.judge import content_words, cover, key_terms

    predicate = content_words(question) - key_terms(question)
    for e in ranked:
        if e.score < ranked[0].score - reach:
            return
        if (
            e.article_id == told.article_id and e.start != told.start
            and (min_cover <= 0 or cover(predicate, e.sentence) >= min_cover)
        ):
            yield e


_REPLACED_NEXT = re.compile(
    r"\W*(?:(?:He|She|They)\s+(?:has|have|had|was|were|is|will)\s+(?:been\s+|be\s+)?"
    r"(?:replaced|succeeded)"
    # ("His place has been taken by Kerry Fanshawe, 34, who was his relief skipper")
    r"|(?:His|Her|Their)\s+(?:place|post|role|job|seat)\s+(?:has\s+been|was|will\s+be|is\s+being)"
    r"\s+(?:taken|filled)(?:\s+over)?)"
    r"\s+(?:[a-z]+\s+){0,3}?by\b(?:\s+(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|"
    r"Prof|Professor|Sir|Dame)\b\.?)?"
)
_THE_SUCCESSOR_OPENS = re.compile(
    r"\W*(?:His|Her|Their|The\s+new|The)\s+(?:replacement|successor)\b", re.IGNORECASE
)


# Words that tell twin places apart: "Great Ebbing" and "Little Ebbing" are two villages.
_TWIN_PLACE_WORDS = (
    "Great|Little|North|South|East|West|Upper|Lower|Nether|Over|Old|New|Long|High|Far|Near|"
    "Market|Church|King's|Kings|Bishop's|Bishops"
)
_TWIN_PLACE = re.compile(rf"\b({_TWIN_PLACE_WORDS})\s+([A-Z][\w'’-]+)")


def _the_twin_place(question: str, text: str) -> bool:
    """Does the question name a place by a word that tells it from its twin ("Great Ebbing")
    while `text` (a report) names only the twin ("Little Ebbing"), never the asked one? Then
    the report tells of another place: "How many homes will Fernbrook build in Great
    Ebbing?" is not answered by 46 homes at Little Ebbing."""
    for m in _TWIN_PLACE.finditer(question):
        word, place = m.group(1), m.group(2)
        if re.search(rf"\b{re.escape(word)}\s+{re.escape(place)}\b", text):
            continue
        if re.search(rf"\b(?!{re.escape(word)}\b)(?:{_TWIN_PLACE_WORDS})\s+{re.escape(place)}\b",
                     text):
            return True
    return False


def _as_the_reports_spell_it(question: str, ranked: Sequence[Evidence], top: int = 10) -> str:
    """`question` with a name typed a little wrong written as the best-ranked sentences
    (the first `top` of `ranked`) write it, so every later step reads the report's name:
    "How old is Margaret Coil?" -> "How old is Margaret Coyle?" when "Margaret Coyle, 81,"
    is found. A capitalised word of four letters or more that no found sentence says is
    replaced by a found one with the same first letter and a `difflib.SequenceMatcher` ratio
    of 0.85 or more (five letters or more), or 0.65 or more when the given name before it is
    the same in both ("Norman Ashford" -> "Norman Ashworth"). One candidate only: with two
    ("Coyle" and "Cole") the question stays as typed."""
    from rag.names import GIVEN_NAMES

    # (a possessive's "'s" is no part of the name: "Labour's Aisha Karim", "Tom Rees's job")
    text = re.sub(r"['’]s\b", "", " ".join(f"{e.title or ''} {e.sentence}" for e in ranked[:top]))
    said = set(re.findall(r"[\w’'-]+", text))
    pairs = re.findall(r"\b([A-Z][a-z]+)\s+([A-Z][\w-]{2,})", text)
    names = {w for w in re.findall(r"\b[A-Z][\w-]{3,}", text)}
    out = question
    # (every capitalised word is read, a given name too: "Morwena Hale" for "Morwenna Hale")
    for m in re.finditer(r"\b([A-Z][\w-]{3,})(?=['’]s\b|[^\w’'-]|$)", question):
        before = re.search(r"\b([A-Z][a-z]+)\s+$", question[: m.start()])
        given, word = before.group(1) if before else None, m.group(1)
        if word in said or m.start(1) == 0:
            continue
        found = {
            n for n in names
            if n[:1] == word[:1] and n != word and len(word) >= 5
            and difflib.SequenceMatcher(None, word.lower(), n.lower()).ratio() >= 0.85
        } or {
            surname for first, surname in pairs
            if given and first == given and given in GIVEN_NAMES and surname[:1] == word[:1]
            and difflib.SequenceMatcher(None, word.lower(), surname.lower()).ratio() >= 0.65
        }
        if len(found) == 1:
            out = re.sub(rf"\b{re.escape(word)}\b", found.pop(), out)
    return out


_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}[.:]\d{2}\b|\bnoon\b|"
                         r"\bmidnight\b", re.IGNORECASE)
_MONTH_OR_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day\b|\b(?:spring|summer|autumn|winter)\b|\b(?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)


def _value_kind(text: str) -> str:
    """The kind of value a short answer is, to set a first report's beside a newer one's:
    "money" (£2.3m), "percent", "time" (a clock time: 7.40am), "date" (14 June, spring 2027,
    2025), "count" (a bare number or number word: nine, 14), or "other" (a name, a phrase)."""
    from rag.spans import _NUMBER_WORD

    if re.search(r"[£$€]|\b(?:pounds?|pence|euros?|dollars?)\b|\d\s?p\b", text, re.I):
        return "money"
    if re.search(r"%|\bper\s?cent\b|\bpercent\b", text, re.I):
        return "percent"
    if _MONTH_OR_DAY.search(text):
        return "date"
    if _CLOCK_TIME.search(text):
        return "time"
    if re.search(rf"\d|\b(?:{_NUMBER_WORD})\b", text, re.IGNORECASE):
        return "count"
    return "other"


def _sentence_after(e: Evidence, ranked: Sequence[Evidence], before: bool = False):
    """The sentence of `ranked` right after `e` in its article (or right before it), or None
    when it is not among them. Sentences are a few characters apart at most (a space, a
    paragraph break)."""
    return next(
        (
            n for n in ranked
            if n.article_id == e.article_id
            and 0 <= ((e.start - n.end) if before else (n.start - e.end)) <= 3
        ),
        None,
    )


_PART_SUFFIXES = ("or", "er", "man", "woman", "person")
# The part that leads a body or a work, asked as "Who leads / heads / runs / is in charge of it?"
_TOP_PARTS = frozenset(
    "director chair chairman chairwoman chairperson head leader manager captain boss "
    "coxswain principal headteacher".split()
)
_LEADS = re.compile(
    # (verbs only: "the head groundsman" asks no one who heads anything)
    r"\b(?:lead|leads|leading|led|heads|heading|headed|run|runs|running|ran|"
    r"in\s+charge\s+of)\b", re.IGNORECASE
)


def _with_the_part_named(question: str, part: str, name: str) -> str:
    """`question` with its description of the one who plays `part` put as `name`: "How old is
    the chair of the Dunmore Regent Trust?" -> "How old is Colin Ashworth?"; "How long has the
    coxswain volunteered?" -> "How long has Mark Penhaligon volunteered?". Unchanged when the
    question says no "the ..." of the part's head word."""
    words = re.findall(r"[a-z]+", part.lower().split(" who ")[0])
    if not words:
        return question
    head = re.escape(words[-1][:5])
    for pattern in (
        # a description closing the question takes all of it: "the coxswain of Porthcarrow
        # lifeboat station?"
        rf"\bthe\s+(?:[\w'’-]+\s+){{0,3}}?{head}\w*(?:\s+(?:of|at|for)\s+[^?]*?)?(?=\s*\?\s*$)",
        rf"\bthe\s+(?:[\w'’-]+\s+){{0,3}}?{head}\w*\b",
    ):
        said = re.search(pattern, question, re.IGNORECASE)
        if said:
            return question[: said.start()] + name + question[said.end() :]
    return question


def _plays_the_asked_part(part: str, question: str) -> bool:
    """Does `part` ("station's coxswain", "woman who runs the club", "dig's director") name
    the part the question asks about: its head word (the noun before "who", else its last
    word) said by the question as a noun or as the deed ("chairs" for "chair", "directing" for
    "director"), and no other kind of person the question names ("the manager" for "the
    woman")?"""
    from rag.judge import content_words

    one, _, deed = part.lower().partition(" who ")
    words = re.findall(r"[a-z]+", one)
    if not words:
        return False
    head = words[-1]
    asked = content_words(question)
    if deed and len(content_words(deed) & asked) >= 2:
        return True  # "the man who leads the choir" for "Who leads the Ledwell choir?"
    owner = {w.removesuffix("'s").removesuffix("’s") for w in one.split()[:-1]}
    if head in _TOP_PARTS and _LEADS.search(question) and content_words(" ".join(owner)) & asked:
        return True  # "the excavation's director" for "Who is leading the excavation?"
    stems = {head} | {
        head[: -len(x)] for x in _PART_SUFFIXES if head.endswith(x) and len(head) > len(x) + 2
    }
    return bool(content_words(head) & asked or any(
        w.startswith(stem) and len(stem) >= 4 for stem in stems for w in asked
    ))


# A news lead that tells of someone before naming them ("A former charity treasurer who ...",
# "An 82-year-old man has ..."), and the name the next sentence opens with ("Gillian Ashcroft,
# 58, of Marlow Road, ..."), for `Rag._through_a_lead`.
_UNNAMED_LEAD = re.compile(r"An?\s+[a-z0-9]")
_OPENING_NAME = re.compile(r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s*[,(]")
# A place a question asks a figure for: "in Corby", "at Kingsmere", "the Wenlow food bank".
_ASKED_PLACE = re.compile(
    r"\b(?:in|at)\s+((?:[A-Z][\w’'-]+\s?)+)|\bthe\s+([A-Z][a-z]+)\s+(?=[a-z]+\s+[a-z]+)"
)
# A sentence about the thing its report has named before, by a common noun: "The home,
# which is run by ...", "The school's ...", "Its report".
_THE_ONE_TOLD_OF = re.compile(r"\W*(?:The|Its)\s+[a-z][\w-]*(?:'s|’s)?\b(?!\s+of\b)")
# Places a report sets its figures in: "in Castlebridge and Wenlow", "at Kingsmere".
_PLACES_LISTED = re.compile(
    r"\b(?:in|at)\s+((?:[A-Z][a-z]+)(?:(?:,\s+|\s+and\s+)[A-Z][a-z]+)*)"
)
# Capitalised words after "in" that name no place: "in January", "in Parliament".
_NOT_A_PLACE = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter "
    "st parliament court the".split()
)
# A sentence that leans on the one before for what it counts: "Of those, 1,120 went ...".
# A sentence that opens with the people or things the sentence before named, by a word for
# them: "The pair, both from Manchester, ...", "Both men", "The couple", "The two".
_A_GROUP_NAMED_BEFORE = re.compile(
    r"(?:The|Both|All)\s+(?:(?:two|three|four|five|six)\s+)?(?:pair|couple|duo|trio|men|women|"
    r"boys|girls|brothers|sisters|friends|walkers|climbers|victims|two|three|four|five|six)\b"
)
_LEANS_BACK = re.compile(r"(?:Of\s+(?:those|them|these)|It|They|This|That|These|Its|Their)\b")
_NAME_WORD = re.compile(r"\b[A-Z][\w’'-]+")
# A figure's word: "six", "1,335", "twenty".
_FIGURE_WORD = re.compile(
    r"\b(?:\d[\d,.]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|"
    # a rank is a figure the sentence must say too: "Tom Ashdown was third" for "Who finished
    # third?", not "finished 48 seconds ahead of him"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
# A place asked by its rank ("Who took third place?", "Who came second?", "Who was runner-up?"),
# and the words that say it.
# A category of a contest the question names ("the women's title", "the under-12s race")
_CATEGORY_ASKED = re.compile(
    r"\b(women's|men's|ladies'?|girls'|boys'|junior|veterans'?|under-\d+s?|wheelchair|mixed)"
    r"(?=\s)",
    re.IGNORECASE,
)
# A prize named among others: "the best-show award", "the audience prize", "the Kelby Cup"
_PRIZE_ASKED = re.compile(
    r"\b(?:the|this\s+year['’]s)\s+((?!top\b|first\b|main\b|overall\b)(?:[\w'’-]+\s+){0,2}?"
    r"[\w'’-]+\s+(?:award|prize|trophy|cup|medal|shield|rosette))\b",
    re.IGNORECASE,
)
_ASKS_A_WINNER = re.compile(r"\b(?:won|win|wins|took|take|takes|scooped|claimed)\b", re.IGNORECASE)
_RANK_ASKED = re.compile(
    r"\b(second|third|fourth|fifth|2nd|3rd|4th|5th|runner-up|runners-up)\b", re.IGNORECASE
)
_AUXILIARIES = frozenset(
    "is was are were will would has have had did does do can could should may might must".split()
)
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# A month a question asks of: "in January", "for December", "during March".
_MONTH_ASKED = re.compile(rf"\b(?:in|for|during|of)\s+({_MONTH_NAMES})\b(?!\s+\d)")
_MONTH_SAID = re.compile(rf"\b(?:{_MONTH_NAMES})\b")
# The placing (`rag.spans.placings`) a rank asked is.
_ORDINAL_OF_RANK = {
    "second": "second", "2nd": "second", "runner-up": "second", "third": "third",
    "3rd": "third", "fourth": "fourth", "4th": "fourth", "fifth": "fifth", "5th": "fifth",
}
_RANK_WORDS = {
    "second": r"\b(?:second|2nd|runner-up)\b", "2nd": r"\b(?:second|2nd|runner-up)\b",
    "runner-up": r"\b(?:second|2nd|runner-up)\b", "runners-up": r"\b(?:second|2nd|runners?-up)\b",
    "third": r"\b(?:third|3rd)\b", "3rd": r"\b(?:third|3rd)\b",
    "fourth": r"\b(?:fourth|4th)\b", "4th": r"\b(?:fourth|4th)\b",
    "fifth": r"\b(?:fifth|5th)\b", "5th": r"\b(?:fifth|5th)\b",
}
# A figure said as one side's demand or offer in a bargain: "is asking for 7%", "rejected a pay
# offer of 3.5%", "had demanded £15 an hour" (`Rag._updated`).
_BARGAINED = re.compile(
    r"\b(?:ask(?:ing|ed|s)?\s+for|call(?:ing|ed|s)?\s+for|demand(?:ing|ed|s)?|seek(?:ing|s)?|"
    r"sought|claim(?:ing|ed|s)?|offer(?:ing|ed|s)?|bid)\s+(?:\w+\s+){0,3}?(?:of\s+)?"
    r"(?:about\s+|around\s+|nearly\s+)?$",
    re.IGNORECASE,
)


def _bargained(sentence: str, start: int) -> bool:
    return bool(_BARGAINED.search(sentence[max(0, start - 40) : start]))


# A question whose wh-word opens it as its subject: "Which station ... will close?", "Who won?".
# The stems (`rag.spans.asked_verb`) of verbs of saying: "Who said so?", "Who told them?".
_SAYING_STEMS = frozenset("say said tell told claim state stat announc".split())
_WH_SUBJECT_FIRST = re.compile(
    r"^\s*(?:who|(?:which|what)\s+[a-z][\w'’ -]*?)\s+(?:will|would|can|could|is|are|was|were|"
    r"has|have|had|[a-z]+(?:ed|s))\b",
    re.IGNORECASE,
)
# A who-question asking the doer: "Who won ...?", "Who was jailed?"; not "Who did she beat?".
_ASKS_THE_DOER = re.compile(
    r"^\s*who\s+(?!(?:did|does|do|will|would|can|could|should|might|may|is|are)\b)\w+",
    re.IGNORECASE,
)
# How far before a figure (characters) the one it is of is named in a results sentence:
# "Labour's Sanjay Mehta was third with 301" (37).
_NAMED_WITH_ITS_FIGURE = 60


def _names_unsaid(question: str, e: Evidence, ranked: Sequence[Evidence]) -> set[str]:
    """The stems of the question's names (capitalised words, not numbers) that neither `e`,
    the sentence before it among `ranked`, nor its report's headline says."""
    from rag.judge import content_words, key_terms

    before = _sentence_after(e, ranked, before=True)
    told = content_words(f"{e.title or ''} {before.sentence if before else ''} {e.sentence}")
    return {w for w in key_terms(question) if not w[0].isdigit()} - told


def _a_figure_of_the_lead_s_one(
    question: str, chosen: Evidence, ranked: Sequence[Evidence]
) -> bool:
    """Is `chosen` a sentence naming no one, in a report whose lead is about another one than
    the question names? "The two smaller car parks ... have 96 and 58 spaces" under "Patients
    and visitors at Ravensworth General Hospital will have to pay to park" counts no spaces of
    Kelbrook Infirmary, which the report names only in passing. The question's names are
    those `_names_unsaid` finds missing from `chosen`, the sentence before and the headline;
    the lead (the report's first sentence among `ranked`) must say none of them and name
    someone else."""
    from rag.judge import content_words, key_terms

    missing = _names_unsaid(question, chosen, ranked)
    # (a sentence saying any of the question's names is of it: "Pryce, 71, said ..." for "How
    # old is Ann Pryce?")
    # (nor one naming anyone, even by the word it opens with: "Haddad said she had spent six
    # years making the film")
    if not missing or key_terms(question) & content_words(chosen.sentence) or any(
        content_words(w) for w in re.findall(r"\b[A-Z][\w’'-]+", chosen.sentence)
    ):
        return False
    lead = min(
        (e for e in ranked if e.article_id == chosen.article_id),
        key=lambda e: e.start, default=chosen,
    )
    asked = {w.lower() for w in re.findall(r"[\w’'-]+", question)}
    return not missing & content_words(lead.sentence) and any(
        w.lower() not in asked and content_words(w)
        for w in re.findall(r"(?<!^)\b[A-Z][\w’'-]+", lead.sentence)
    )


def _another_of_the_named_thing(question: str, sentence: str) -> bool:
    """Does `sentence` name the thing a question names by a name ("the Tinbury lido") with
    another name ("Kelsham Lido will reopen ...")? The thing is the word after the question's
    capitalised name; another name is a capitalised word before it in `sentence` that the
    question does not say."""
    from rag.judge import content_words

    def bare(word: str) -> str:
        return re.sub(r"['’]s$", "", word.lower())

    asked = {bare(w) for w in re.findall(r"[\w’'-]+", question)}
    for m in re.finditer(r"\b[A-Z][\w’'-]+\s+([a-z]{3,})\b", question[1:]):
        thing = m.group(1)
        if not content_words(thing):
            continue  # ("Sky UK Limited's most popular spot": "most" is no thing)
        for other in re.finditer(rf"\b([A-Z][\w’'-]+)\s+{thing}\b", sentence, re.IGNORECASE):
            name = other.group(1)
            # (a word opening the sentence is no name: "The candidate received ...")
            if bare(name) not in asked and name[0].isupper() and content_words(name):
                return True
    return False


# ... or the one to do it: "Who will succeed Eleanor Fitch?"
# "How much is the number of ...": a count asked in other words
_THE_NUMBER_OF = re.compile(
    r"^(\W*)how\s+much\s+(?:is|was|are|were)\s+the\s+(?:total\s+)?number\s+of\s+", re.I
)
# The particle of a question's phrasal verb before its object's preposition ("over" of "Who
# took over from Ciaran Ambergate?", "up" of "Who set up the trust?")
_PHRASAL_PARTICLE = re.compile(
    r"^\W*who\s+(?:(?:will|would|has|had|is|was)\s+)?\w+\s+(over|up|down|out|off|back|on)\b",
    re.IGNORECASE,
)
_ASKS_THE_DOER_TO_BE = re.compile(
    r"^\s*who\s+(?:(?:will|would|can|could|should|might|may)\s+)?"
    r"(?!(?:did|does|do|is|are|was|were|be|have|has|had)\b)\w+",
    re.IGNORECASE,
)
# ... or the body doing it: "Which firm is taking the chimney down?", "Who is running it?"
_ASKS_THE_DOING_BODY = re.compile(
    r"^\W*(?:(?:which|what)\s+(?:[\w-]+\s+)?(?:firm|company|contractor|business|builder|"
    r"developer|organisation|organization|charity|group)\b|who\s+(?:is|are)\s+\w+ing\b)",
    re.IGNORECASE,
)
# A report's deed said as the work done and who does it: "The work will be carried out by
# steeplejacks from Duggan Heights Ltd", "The contract was awarded to Hale & Byrne".
_THE_WORK_DONE_BY = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:work|works|job|demolition|project|scheme|repairs?|"
    r"restoration|refurbishment|contract)\b(?:[^.;]{0,40}?\b(?:carried\s+out|done|undertaken|"
    r"handled|awarded\s+to|given\s+to|won)\b|,\s+by\s)",
    re.IGNORECASE,
)
# A sentence that opens with a person's name: "Fatima Rahman received 9,412 votes."
# One a question asks of by a deed, not by name: "the woman who started the petition".
_DESCRIBED_PERSON = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+)?(?:woman|man|person|girl|boy|pensioner|resident|teenager|"
    r"farmer|driver|volunteer|campaigner|mother|father|grandmother|grandfather|one)\s+"
    # (or by what they are behind or doing: "the woman behind the petition", "the man
    # running the campaign")
    r"(?:(?:who|that)\s+(?P<deed>[^?,]+)|behind\s+(?P<behind>[^?,]+)|"
    r"(?P<doing>(?!being\b)[a-z]{2,}ing\s+[^?,]+))"
)
# A name after a preposition of place: "from Lower Coombe Farm", "at Elmfield House".
_PLACE_NAMED = re.compile(
    r"\b(?:from|at|in|near|on|outside|inside|into|to)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*)+"
)
# A name that says which thing the noun after it is: "the Kestleford burglaries", "the
# Halsworth pool"
_A_NAMED_THING = re.compile(r"\bthe\s+(?:[A-Z][\w’'-]+\s+)+(?=[a-z])")
_OPENING_PERSON = re.compile(r"((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\b(?![’']s\b)")
_HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady".split())
# A form of address before a surname, in English or as a report keeps another language's
_FORM_OF_ADDRESS = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Cllr|Madame|Mme|Mlle|Monsieur|M|Herr|Frau|"
    r"Signora|Signor|Señora|Señor)\.?\s+"
)
# A sentence that calls its person by age alone, as the one just named: "The 24-year-old nurse
# from Bodmin said ...", "The 31-year-old, who ...".
_THE_AGED_ONE = re.compile(r"\W*The\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b")
# A name as the question writes it: capitalised words, with the particles between them ("Pieter
# van Rensburg", "the Tour de l'Occitanie").
# A person asked by the side they stand for: "the Labour candidate", "the Green councillor".
# A side's score or scorer: "Ashcombe Rovers' goal", "scored for Ashcombe Rovers".
_A_SIDE_S_SCORE = re.compile(
    r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)[’']s?\s+(?:first\s+|second\s+|third\s+|only\s+)?"
    r"(?:goal|goals|try|tries|scorer|scorers|equaliser|opener|winner)\b"
    r"|\b(?:scored|score|scores|netted)\s+for\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
_A_SIDE_S_PERSON = re.compile(
    r"\bthe\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:candidate|councillor|member|MP|nominee|"
    r"spokesman|spokeswoman|spokesperson|leader|minister|senator|representative)\b"
    # "Which Penwyn player ...?", "Which Tregarth forward ...?": a team's player
    r"|\b(?i:which|what)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:player|players|"
    r"goalkeeper|keeper|defender|midfielder|winger|wing|striker|forward|substitute|captain|"
    r"batsman|batter|bowler|fly-half|scrum-half|prop|hooker|flanker|centre)\b"
)
def _said_passive(sentence: str, verb: str) -> bool:
    """Does `sentence` say `verb` (a stem) in the passive ("has been jailed", "was killed")?"""
    from rag.spans import _stem

    return any(
        _stem(m.group(1).lower()) == _stem(verb)
        for m in re.finditer(r"\b(?:been|was|were|is|are|be)\s+(?:\w+ly\s+)?(\w+)", sentence, re.I)
    )


# (a weekday said as a habit too: "Can builders work on Saturdays?")
_CALENDAR_WORDS = frozenset(MONTH_NAMES + WEEKDAY_NAMES + tuple(f"{d}s" for d in WEEKDAY_NAMES))


def _another_given_name(question: str, text: str) -> bool:
    """Does the question name a person ("Robert Harper") whom `text` never names, though it
    names another of the surname ("William Rainey Harper")? Then the text's figures and dates
    are the other person's. Only where the question's first name is a known given name
    (`rag.names`) that the text never says before the surname (a "Robert" elsewhere is another
    Robert), and the text's person of that surname has another known given name: "Jim" for
    "Sir Jim Ratcliffe" is said, and "Ms Harper" is no other."""
    from rag.names import GIVEN_NAMES

    for run in _NAME_RUN.findall(question.replace("’", "'")):
        words = run.split()
        if len(words) < 2 or words[0] not in GIVEN_NAMES:
            continue
        before_surname = re.findall(
            rf"\b([A-Z][a-z]+)(?:\s+[A-Z][a-z]+\.?)?\s+{re.escape(words[-1])}\b", text
        )
        if words[0] not in before_surname and any(
            o in GIVEN_NAMES and o != words[0] for o in before_surname
        ) and not _kin_named_beside(words[0], words[-1], text) and not re.search(
            # "Keith and Maureen Dallow": a couple share the surname said once
            rf"\b{re.escape(words[0])}\s+(?:and|&)\s+[A-Z][a-z]+\s+{re.escape(words[-1])}\b",
            text,
        ):
            return True
    return False


_KIN = (
    r"husband|wife|partner|son|daughter|brother|sister|father|mother|twin|grandson|"
    r"granddaughter|grandfather|grandmother|stepson|stepdaughter|fianc[ée]e?"
)


def _kin_named_beside(given: str, surname: str, text: str) -> bool:
    """Does `text` name `given` as the relative of one of `surname` in the same sentence
    ("Marion Ashby, 60, and her husband Tom, 64," names Tom Ashby)? A family shares its
    surname, which a report says once."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if re.search(rf"\b{re.escape(surname)}\b", sentence) and re.search(
            rf"\b(?:her|his|their)\s+(?:[a-z-]+\s+)?(?:{_KIN}),?\s+{re.escape(given)}\b",
            sentence,
        ):
            return True
    return False


_NAME_RUN = re.compile(
    r"(?<!^)(?<![.?!] )\b[A-Z][\w'-]*(?:\s+(?:(?:de|du|da|di|del|der|den|van|von|la|le|al|el)\s+)*"
    r"(?:[A-Z]|[dl]'[A-Z])[\w'-]*)*"
)

# A figure broken down by part, said untold: "in each town", "per school", "for every ward".
_BREAKDOWN = re.compile(
    r"\b(?:in|for|at|by|of)\s+(?:each|every)\b|\bper\s+(?!cent\b)[a-z]+|\beach\s+of\b",
    re.IGNORECASE,
)
# Words that end a question without saying its predicate: "save each year", "switched off".
_PARTICLES = frozenset("each every per off up out down away back on in a an the year".split())
# ... with what may go before it: "about thousands", "many thousands" (`rag.spans.VAGUE_COUNT`)
_VAGUE_COUNT = re.compile(rf"(?:about\s+|several\s+|many\s+)?{VAGUE_COUNT}", re.IGNORECASE)


def _of_another_year(scope: TimeScope, told: Evidence, short: ShortAnswer) -> bool:
    """Does the phrase of the short answer's figure date it to another year than the single
    one the question asks ("The event, which attracted about 6,000 people last year, would have
    cost £28,000 this year, up from £11,000 in 2022", of a report of 2025, for "How many people
    attended in 2022?": 2024's)? Read from the figure's own phrase, up to the next comma, and
    the report's year for "last/this/next year"; False when either says no year."""
    if scope.unit != "year" or scope.since is None or scope.until is None:
        return False
    if scope.since.year != scope.until.year or not told.published:
        return False
    start, end = short.start - told.start, short.end - told.start
    if not (0 <= start < end <= len(told.sentence)):
        return False
    phrase = re.split(r"[,;]", told.sentence[end:], maxsplit=1)[0]
    said = re.search(r"\b(last|this|next)\s+year\b|\bin\s+((?:19|20)\d\d)\b", phrase, re.I)
    if said is None:
        return False
    published = int(told.published[:4])
    year = int(said.group(2)) if said.group(2) else published + {
        "last": -1, "this": 0, "next": 1
    }[said.group(1).lower()]
    return year != scope.since.year

# A post or person still looked for: "is still being sought", "is seeking a new", "has yet to
# be appointed".
_STILL_SOUGHT = re.compile(
    r"\b(?:(?:is|are)\s+(?:still\s+)?being\s+sought|(?:is|are)\s+(?:still\s+)?seeking|"
    r"(?:has|have)\s+yet\s+to\s+be\s+(?:named|appointed|found)|search\s+for\s+a\s+new)\b",
    re.IGNORECASE,
)
