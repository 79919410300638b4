"""Dated evidence: the newest report for "latest", updated figures, briefings, dated replies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rag.answerers.base import Prompt
from rag.answerers.extractive import extractive_text
from rag.timeexpr import TimeScope, time_scope
from rag.timeline import arrange, figures, is_briefing, mentions_time, periods, timeline
from tests.conftest import CASES, assert_dated_figure
from tests.fakes import evidence_sentence


def assert_cited_as_update(arranged, newer, older) -> None:
    """`arranged` (`rag.timeline.arrange`'s result) cites `newer` as the update of `older`,
    in that order."""
    assert arranged.mode == "updated", arranged.mode
    assert arranged.evidence == (newer, older)


def ev(sentence: str, article: str, published: str | None, score: float, start: int = 0):
    return evidence_sentence(
        sentence, article_id=article, published=published, score=score, start=start
    )


JULY = ev(
    "Unemployment in Westmere stood at 4.8 percent in July, the lowest level in ten years.",
    "jobs-2024-08",
    "2024-08-12",
    5.0,
)
JAN_2024 = ev(
    "Unemployment in Westmere fell to 5.1 percent in January.", "jobs-2024-02", "2024-02-09", 6.0
)
JAN_2023 = ev(
    "Unemployment in Westmere rose to 6.4 percent in January.", "jobs-2023-02", "2023-02-10", 5.5
)
ANNOUNCED = ev("The battery factory will create 800 jobs.", "battery-2024-05", "2024-05-04", 6.0)
APPROVED = ev(
    "The council approved the battery factory, which will create 650 jobs.",
    "battery-2024-09",
    "2024-09-22",
    5.0,
)
LATEST = TimeScope(prefer_latest=True, matched="latest")


def test_latest_cites_the_newest_report_that_answers():
    ranked = [JAN_2024, JAN_2023, JULY]
    arranged = arrange("What is the latest unemployment rate?", LATEST, ranked[:2], ranked)
    # Rates of different months are a series, not one updated figure: the newest alone.
    assert arranged.mode == "latest" and arranged.evidence == (JULY,)


def test_a_newer_report_far_below_the_best_is_not_taken_for_the_answer():
    weak = ev("Unemployment was discussed at the port meeting.", "port", "2024-09-01", -1.0)
    ranked = [JAN_2024, weak]
    arranged = arrange("What is the latest unemployment rate?", LATEST, [JAN_2024], ranked)
    assert arranged.evidence[0] == JAN_2024


def test_an_updated_figure_gives_the_newest_then_the_first_value():
    ranked = [ANNOUNCED, APPROVED]
    arranged = arrange("How many jobs will the factory create?", TimeScope(), ranked, ranked)
    assert_cited_as_update(arranged, APPROVED, ANNOUNCED)


def test_an_update_is_cited_by_its_sentence_that_answers_not_its_best():
    # round 57 (final check 179): "How much is the Highland council putting into the
    # observatory now?" cited the newer report's "now plans to employ six staff" as the update,
    # and answered the first report's £400,000 from under it
    first = ev("The rest of the money will come from the Highland council (£400,000) and "
               "£500,000 of local fundraising.", "obs-1", "2024-03-05", 5.1)
    staff = ev("The trust still expects about 12,000 visitors a year, and now plans to employ "
               "six staff instead of five.", "obs-2", "2024-10-22", 4.7)
    raised = ev("The Highland council has agreed to raise its contribution to £700,000, from "
                "£400,000.", "obs-2", "2024-10-22", 4.0, start=200)
    ranked = [first, staff, raised]
    question = "How much is the Highland council putting into the observatory?"
    arranged = arrange(question, TimeScope(), [first], ranked)
    assert_cited_as_update(arranged, raised, first)


def test_a_newer_report_that_names_the_old_figure_as_its_start_is_an_update():
    # Found by a tester: the stale fare came first because the newer sentence repeats it.
    old = ev("The adult ferry fare is 3.20 pounds.", "fares-2023", "2023-06-01", 5.0)
    new = ev("The adult ferry fare will rise from 3.20 pounds to 3.75 pounds.", "fares-2024",
             "2024-02-05", 4.5)
    arranged = arrange("What is the adult ferry fare?", TimeScope(), [old, new], [old, new])
    assert_cited_as_update(arranged, new, old)


@pytest.mark.parametrize(
    ("older", "newer", "updated"),
    [
        # Found by a tester: two operators' fares were given as one fare revised.
        ("Kettleby Ferries charges a child fare of 1.50 pounds.",
         "Northline Ferries will raise the child fare to 1.90 pounds.", False),
        ("Northline Ferries charges a child fare of 1.50 pounds.",
         "Northline Ferries will raise the child fare to 1.90 pounds.", True),
        # No names on one side: nothing tells the reports apart, so the update stands.
        ("The child fare is 1.50 pounds.", "Northline will raise the child fare to 1.90 pounds.",
         True),
    ],
)
def test_a_question_naming_nothing_needs_reports_that_share_a_name(older, newer, updated):
    old = ev(older, "fares-2023", "2023-06-01", 5.0)
    new = ev(newer, "fares-2024", "2024-02-05", 4.8)
    arranged = arrange("How much is a child ferry ticket?", TimeScope(), [old, new], [old, new])
    assert (arranged.mode == "updated") is updated


def test_a_figure_from_another_story_is_no_earlier_value():
    # Found by a tester: the library's cost was given as the bridge repairs' first figure.
    bridge = ev("Repairs to the Old Mill bridge will cost 3.4 million euros.", "bridge",
                "2024-06-18", 5.0)
    library = ev("The renovation will cost 2.6 million euros.", "library", "2024-06-05", 4.8)
    question = "How much will the Old Mill bridge repairs cost?"
    arranged = arrange(question, TimeScope(), [bridge, library], [bridge, library])
    assert arranged.mode != "updated"


def test_same_month_of_different_years_is_not_an_update():
    ranked = [JAN_2024, JAN_2023]
    arranged = arrange("What was the unemployment rate?", TimeScope(), ranked, ranked)
    assert arranged.mode != "updated"


def test_without_dates_or_with_one_date_nothing_changes():
    a = ev("The bridge cost 5 million.", "a", None, 5.0)
    b = ev("The bridge cost 6 million.", "b", None, 4.0)
    assert arrange("How much?", TimeScope(), [a, b], [a, b]).evidence == (a, b)
    c = ev("The bridge cost 6 million.", "c", "2024-01-01", 4.0)
    assert arrange("How much?", LATEST, [a, c], [a, c]).mode == ""


def test_who_questions_are_not_figure_updates():
    a = ev("Okafor got 18,240 votes.", "a", "2024-05-13", 5.0)
    b = ev("Okafor led with 9,000 votes.", "b", "2024-05-12", 5.0)
    assert arrange("Who won the vote?", TimeScope(), [a, b], [a, b]).mode == ""


def test_figures_and_periods():
    assert figures("18,240 votes, 4.8 percent, in 2024, 131 million") == {"18240", "4.8", "131"}
    assert figures("one of the five stops was dropped, leaving four") == {"1", "5", "4"}
    # a year after the report dates a plan, not the period of the sentence's figures
    assert periods("is expected to open in 2028", "2025-03-12") == frozenset()
    assert periods("built 24,500 cars in 2023", "2024-02-15") == {"2023"}
    assert periods("fell in January", "2024-02-09") == {"2024-01"}
    assert periods("fell in January", "2023-02-10") == {"2023-01"}
    # what a figure is measured against is no period of it (trial 28: the revised 71 mm had
    # not been read as an update of 64 mm)
    assert periods("revised to 71 millimetres, the highest since records began there in 1968",
                   "2026-11-16") == frozenset()
    assert periods("64 millimetres fell, more than the usual total for the whole of November",
                   "2026-11-14") == frozenset()
    assert periods("fell to 4.1% in March, the lowest since 2019", "2024-04-10") == {"2024-03"}
    # round 58: a month given a later year dates a plan too ("due to open in October 2025"
    # had been read as October 2023, so no update of the cost was seen); a month given its
    # own earlier year is of that year
    assert periods("will cost £1.9 million and is due to open in October 2025",
                   "2024-03-05") == frozenset()
    assert periods("has been pushed back to April 2026 and its cost has risen to £2.6 million",
                   "2024-10-22") == frozenset()
    assert periods("In October 2023 the rate was 5%.", "2024-10-22") == {"2023", "2023-10"}


def test_timeline_is_oldest_first_one_line_per_report_copies_merged():
    copy = ev(
        "The council approved the battery factory, which will create 650 jobs.",
        "battery-2024-09-echo",
        "2024-09-23",
        4.9,
    )
    objections = ev(
        "More than 900 residents signed objections.", "battery-2024-06", "2024-06-10", 3.0
    )
    unrelated = ev("The tram line opens in 2028.", "tram", "2024-03-08", -4.0)
    second_of_same = ev("The site covers 40 hectares.", "battery-2024-05", "2024-05-04", 4.0, 99)
    ranked = [ANNOUNCED, APPROVED, copy, second_of_same, objections, unrelated]
    stories = {"battery-2024-09-echo": "battery-2024-09"}
    # Each report's lead, then its best other sentence, in article order; reports by date.
    assert timeline(ranked, stories) == (ANNOUNCED, second_of_same, objections, APPROVED)
    assert timeline(ranked, stories, per_report=1) == (ANNOUNCED, objections, APPROVED)
    # Without story ids, the copy's near-identical sentence is still merged.
    assert timeline(ranked, per_report=1) == (ANNOUNCED, objections, APPROVED)
    # The best-scoring reports are kept when there are too many.
    assert timeline(ranked, stories, lines=2, per_report=1) == (ANNOUNCED, APPROVED)


@pytest.mark.parametrize(
    ("question", "briefing"),
    [
        ("What happened with the battery factory?", True),
        ("How did the Kharkiv counter-offensive unfold?", True),
        ("Bring me up to date on the Rovers' new ground.", True),
        ("Catch me up on the Westmere Water pollution case.", True),
        ("How has unemployment in Westmere changed since 2022?", True),
        ("What’s the latest on the dock strike?", True),
        ("Give me a timeline of the tram extension.", True),
        ("How many jobs will the battery factory create?", False),
        ("Who won the Westmere mayoral election?", False),
        ("How did Okafor win?", False),
        ("What went on with the sewage at North Strand?", True),
        ("What happened after the river Wend flooded?", True),
        ("How did the Westmere mayoral race play out?", True),
        # The page offers "What happened: <title>?" as an example question on an empty chat.
        ("What happened: Ukraine retakes 6,000 sq km?", True),
        # Found by the sixth trial ("the latest news about" was refused as a fact question).
        ("What is the latest news about Norrvik Motors?", True),
        ("What are the latest developments with the factory?", True),
        ("What is the latest unemployment rate?", False),
        ("What's the latest inflation figure for the region?", False),
        ("What is the latest news on the strike?", True),
    ],
)
def test_is_briefing(question, briefing):
    assert is_briefing(question) is briefing


@pytest.mark.parametrize(
    ("sentence", "relative"),
    [
        ("Unemployment fell to 5.1 percent in January.", True),
        ("The council voted on Thursday.", True),
        ("Prices rose this month.", True),
        ("The plan was drawn up in January 2020.", False),
        ("Okafor received 18,240 votes.", False),
    ],
)
def test_mentions_time(sentence, relative):
    assert mentions_time(sentence) is relative


def test_dated_replies_put_the_report_date_after_the_citation():
    text = extractive_text(Prompt("q", (JULY,), dating="latest"))
    assert text == f"{JULY.sentence} [1] (report of 2024-08-12)"
    text = extractive_text(
        Prompt("q", (JULY,), short_answer="4.8 percent", short_answer_n=1, dating="report")
    )
    # The date once per report: after the short answer, not again after its sentence.
    assert text == f"4.8 percent [1] (report of 2024-08-12). {JULY.sentence} [1]"
    assert extractive_text(Prompt("q", (JULY,))) == f"{JULY.sentence} [1]"


def test_a_hard_wrapped_sentence_reads_as_one_line_in_the_reply():
    wrapped = ev("She finished 51\nseconds ahead of\n  Aisling Byrne.", "m", None, 3.0)
    text = extractive_text(Prompt("q", (wrapped,), short_answer="51\nseconds", short_answer_n=1))
    assert text == "51 seconds [1]. She finished 51 seconds ahead of Aisling Byrne. [1]"


def test_updated_reply_names_the_newest_then_the_first_value():
    text = extractive_text(Prompt("q", (APPROVED, ANNOUNCED), dating="updated"))
    assert text == (
        f"{APPROVED.sentence} [1] (report of 2024-09-22) "
        f"First reported: {ANNOUNCED.sentence} [2] (report of 2024-05-04)"
    )


@pytest.mark.parametrize(
    ("first_value", "said"),
    [
        ("800 jobs", "650 jobs [1] (report of 2024-09-22); first reported as 800 jobs [2] "
         "(report of 2024-05-04). The council approved"),
        # Found by the twentieth trial: "first reported as More than 200"
        ("More than 800 jobs", "650 jobs [1] (report of 2024-09-22); first reported as more "
         "than 800 jobs [2]"),
    ],
)
def test_updated_reply_with_short_answers_names_both_values_and_dates(first_value, said):
    prompt = Prompt(
        "q",
        (APPROVED, ANNOUNCED),
        short_answer="650 jobs",
        short_answer_n=1,
        dating="updated",
        first_value=first_value,
    )
    assert extractive_text(prompt).startswith(said)


def test_a_new_estimate_revises_the_planned_figure():
    # Found by the seventeenth trial: "will cost an estimated £240 million" is a plan, and so is
    # "the estimated cost has risen to £315 million": an update, not a plan and its outcome.
    old = ev("The planned extension of the Port Ellis tram network to the airport will cost an "
             "estimated £240 million.", "tram-2025-03", "2025-03-12", 6.0)
    new = ev("The estimated cost of the Port Ellis tram extension to the airport has risen to £315 "
             "million.", "tram-2025-10", "2025-10-30", 5.5)
    ranked = [old, new]
    arranged = arrange("How much will the Port Ellis tram extension cost?", TimeScope(), ranked,
                       ranked)
    assert_cited_as_update(arranged, new, old)


TRAM_PLAN = ev("The 6.5-kilometre line would have five new stops and is expected to open in "
              "2028, carrying about 4 million passengers a year.", "tram-2025-03", "2025-03-12",
              8.0)
TRAM_SLIP = ev("The opening has been pushed back by a year to 2029, and one of the five planned "
               "stops, at Mill Quay, has been dropped, leaving four.", "tram-2025-10",
               "2025-10-30", 3.6)
TRAM_WORKS = ev("Transport director Eleanor Vance said construction would now start in "
                "September 2026.", "tram-2025-10", "2025-10-30", 3.8)


@pytest.mark.parametrize(
    "question",
    ["When will the Port Ellis tram extension open?",
     "When is the tram extension expected to open?",
     "when is the line due to open"],
)
def test_a_planned_date_a_later_report_moves_is_an_update(question):
    # Found by the seventeenth trial: "When will it open?" gave the first report's 2028, though
    # a later report said "pushed back by a year to 2029" (4.4 logits lower: looked for as far
    # as for "latest").
    ranked = [TRAM_PLAN, TRAM_WORKS, TRAM_SLIP]
    arranged = arrange(question, TimeScope(), [TRAM_PLAN], ranked)
    assert_cited_as_update(arranged, TRAM_SLIP, TRAM_PLAN)


VELODROME_SHUT = ev("Halbridge Velodrome will stay closed until March 2025 while its leaking "
                    "roof is repaired.", "velo-2024-01", "2024-01-22", 7.7)
VELODROME_SLIP = ev("The cost of repairing Halbridge Velodrome has risen to £2.65 million after "
                    "asbestos was found in the roof, and the reopening has been pushed back to "
                    "September 2025.", "velo-2024-07", "2024-07-09", 6.5)


@pytest.mark.parametrize(
    "question",
    ["When will the velodrome reopen?", "When is Halbridge Velodrome now expected to reopen?"],
)
def test_a_closure_until_a_date_plans_the_reopening(question):
    # Found by trial 84: the first report says when the closure ends, not "reopen"; the later
    # report that moved the reopening was not taken for an update of it.
    ranked = [VELODROME_SHUT, VELODROME_SLIP]
    arranged = arrange(question, TimeScope(), [VELODROME_SHUT], ranked)
    assert_cited_as_update(arranged, VELODROME_SLIP, VELODROME_SHUT)


def test_a_closure_plans_no_other_deed():
    ranked = [VELODROME_SHUT, VELODROME_SLIP]
    arranged = arrange("When will the velodrome be demolished?", TimeScope(), [VELODROME_SHUT],
                       ranked)
    assert arranged.mode != "updated"


POOL_JAN = ev("The swimming pool at Hexley Leisure Centre will not reopen until April, three "
              "months later than planned.", "pool-jan", "2024-01-19", 6.0)
POOL_CLAIM = ev("The council had said in January that the pool would reopen in April.",
                "pool-apr", "2024-04-10", 7.5, start=102)
POOL_APR = ev("The reopening of the swimming pool at Hexley Leisure Centre has been delayed "
              "again, until September.", "pool-apr", "2024-04-10", 6.8)


@pytest.mark.parametrize("claim", [
    POOL_CLAIM,
    replace(POOL_CLAIM, sentence="The pool was originally due to reopen in April."),
    replace(POOL_CLAIM, sentence="It had been expected to reopen in April, officials said."),
])
def test_an_earlier_claim_a_later_report_quotes_is_not_its_update(claim):
    # the twenty-fourth trial: "When will the pool reopen?" answered "April" from the later
    # report's account of the January plan ("had said in January ..."), whose "in January"
    # was even read as next January; the later report's own date is September.
    ranked = [claim, POOL_APR, POOL_JAN]
    arranged = arrange("When will the Hexley swimming pool reopen?", TimeScope(), [claim], ranked)
    assert_cited_as_update(arranged, POOL_APR, POOL_JAN)


def test_another_plans_date_or_a_past_deed_is_no_update_of_the_asked_plan():
    # The later report's construction date is another plan's; "When did it open?" asks a past
    # deed, which reports do not revise.
    ranked = [TRAM_PLAN, TRAM_WORKS]
    assert arrange("When will the tram open?", TimeScope(), [TRAM_PLAN], ranked).mode != "updated"
    ranked = [TRAM_PLAN, TRAM_SLIP]
    assert arrange("When did the tram open?", TimeScope(), [TRAM_PLAN], ranked).mode != "updated"


def test_a_count_a_later_report_cuts_before_the_plans_time_is_an_update():
    # Found by the seventeenth trial: "would have five new stops" (2025-03, opening 2028) then
    # "... dropped, leaving four" (2025-10) was read as a plan and its outcome. Nothing can
    # have been done before the planned year: the plan was revised.
    slip = replace(TRAM_SLIP, score=6.4)  # as the cross-encoder scored it for this question
    ranked = [TRAM_PLAN, slip]
    arranged = arrange("How many stops will the Port Ellis tram extension have?", TimeScope(),
                       [TRAM_PLAN], ranked)
    assert_cited_as_update(arranged, slip, TRAM_PLAN)
    # ... while a plan whose year has passed and a result are still two figures
    plan = ev("Norrvik plans to build 30,000 cars in 2023.", "cars-2023", "2023-01-10", 5.0)
    built = ev("Norrvik built 24,500 cars in 2023.", "cars-2024", "2024-02-15", 4.8)
    arranged = arrange("How many cars did Norrvik build in 2023?", TimeScope(), [plan, built],
                       [plan, built])
    assert arranged.mode != "updated"


def test_a_change_across_two_reports_is_worked_out():
    from rag.api import Rag

    asked = "By how much has the estimated cost of the tram extension gone up?"
    assert Rag._change_between_reports(asked, "£315 million", "an estimated £240 million") == (
        "£75 million"
    )
    assert Rag._change_between_reports("How much will it cost?", "£315 million", "£240m") is None
    prompt = Prompt("q", (APPROVED, ANNOUNCED), short_answer="650 jobs", short_answer_n=1,
                    dating="updated", first_value="800 jobs", lead="150 fewer")
    assert extractive_text(prompt).startswith(
        "150 fewer: 650 jobs [1] (report of 2024-09-22) against 800 jobs [2] (report of "
        "2024-05-04). The council approved"
    )


def test_briefing_reply_is_one_dated_line_per_report():
    text = extractive_text(Prompt("q", (ANNOUNCED, APPROVED), dating="briefing"))
    assert text.splitlines() == [
        f"2024-05-04: {ANNOUNCED.sentence} [1]",
        f"2024-09-22: {APPROVED.sentence} [2]",
    ]


def test_briefing_lines_of_undated_text_carry_no_date_unless_another_line_has_one():
    undated = replace(APPROVED, published=None, article_id="pasted")
    text = extractive_text(Prompt("q", (undated,), dating="briefing"))
    assert text == f"{APPROVED.sentence} [1]"
    mixed = extractive_text(Prompt("q", (ANNOUNCED, undated), dating="briefing"))
    assert mixed.splitlines()[1] == f"undated: {APPROVED.sentence} [2]"


# -- through the API, with the fake models (cases/dated-figures) ------------------------------


@pytest.fixture
def dated(rag):
    rag.ingest([CASES / "dated-figures"])
    return rag


def test_reference_date_is_the_newest_article_or_as_of(dated):
    assert dated.reference_date() == date(2024, 8, 12)
    assert dated.reference_date("2024-03-01") == date(2024, 3, 1)


def test_a_year_in_the_question_filters_by_report_date(dated):
    answer = assert_dated_figure(dated, "What was the unemployment rate in Westmere in 2023?")
    assert {c.article_id for c in answer.citations} == {"jobs-2023-02"}


def test_latest_cites_the_newest_report_first(dated):
    answer = assert_dated_figure(dated, "What is the latest unemployment rate in Westmere?")
    assert {c.article_id for c in answer.citations} == {"jobs-2024-08"}
    # The newest report's sentences in reading order, the report's date given once.
    assert "Unemployment in Westmere stood at 4.8 percent in July" in answer.answer
    assert answer.answer.count("(report of 2024-08-12)") == 1


def test_relative_time_reads_against_as_of(dated):
    answer = dated.ask("What was the unemployment rate in Westmere last month?", as_of="2024-03-05")
    assert {c.article_id for c in answer.citations} == {"jobs-2024-02"}
    # The same words asked at another date find another report.
    answer = dated.ask("What was the unemployment rate in Westmere last month?", as_of="2024-09-01")
    assert {c.article_id for c in answer.citations} == {"jobs-2024-08"}


def test_recent_news_is_not_a_years_old_report(dated):
    asked = "What unemployment rate was recently reported in Westmere?"
    answer = dated.ask(asked, as_of="2024-08-20")
    assert {c.article_id for c in answer.citations} == {"jobs-2024-08"}
    # Ten months on, the newest report is no longer recent news: nothing is cited...
    answer = dated.ask(asked, as_of="2025-06-01")
    assert answer.refused and answer.refusal_reason == "filters" and not answer.citations
    assert "2025-04-17" in answer.answer
    # ...while "latest" still finds the newest report, however old.
    answer = dated.ask("What is the latest unemployment rate in Westmere?", as_of="2025-06-01")
    assert {c.article_id for c in answer.citations} == {"jobs-2024-08"}


def test_a_period_without_articles_is_said_to_be_so(dated):
    answer = dated.ask("What was the unemployment rate in Westmere in 2021?")
    assert answer.refused and answer.refusal_reason == "filters"
    assert "2021-01-01" in answer.answer and "2021-12-31" in answer.answer


def test_user_filters_and_the_question_period_combine(dated):
    answer = dated.ask("What was the unemployment rate in Westmere in 2024?", until="2024-03-01")
    assert {c.article_id for c in answer.citations} == {"jobs-2024-02"}


def test_time_scope_of_the_handed_questions():
    ref = date(2024, 8, 12)
    assert time_scope("What is the latest unemployment rate in Westmere?", ref).prefer_latest
    scope = time_scope("What was the unemployment rate in Westmere in 2023?", ref)
    assert scope.filter_dates() == ("2023-01-01", "2024-12-31")  # + a year that names 2023


def test_earliest_cites_the_first_report_that_answers():
    scope = TimeScope(prefer_earliest=True, matched="before the vote")
    ranked = [APPROVED, ANNOUNCED]
    arranged = arrange("Before the vote, how many jobs?", scope, [APPROVED], ranked)
    assert arranged.evidence == (ANNOUNCED,)


def test_a_reports_two_sentences_share_its_line():
    second = ev("The site covers 40 hectares.", "battery-2024-05", "2024-05-04", 4.0, 99)
    text = extractive_text(Prompt("q", (ANNOUNCED, second, APPROVED), dating="briefing"))
    assert text.splitlines() == [
        f"2024-05-04: {ANNOUNCED.sentence} [1] {second.sentence} [2]",
        f"2024-09-22: {APPROVED.sentence} [3]",
    ]


def test_the_first_report_may_score_well_below_the_best():
    # measured: "Before the vote, how big was the planned Rovers stadium?" scores the report of
    # the vote 5.4 and the plan's first report 1.0
    vote = ev(
        "The council approved the stadium after the club cut it to 20,000 seats.",
        "v",
        "2024-03-12",
        5.4,
    )  # noqa: E501
    plan = ev("Rovers unveiled plans for a 24,000-seat stadium.", "p", "2023-10-05", 1.0)
    scope = TimeScope(prefer_earliest=True, matched="Before the vote")
    arranged = arrange("Before the vote, how big was the stadium?", scope, [vote], [vote, plan])
    assert arranged.evidence == (plan,)


def test_each_part_of_a_compound_question_brings_its_own_sentence():
    from rag.api import _each_part

    delay = ev("The council voted to delay the tram extension.", "tram", "2024-03-08", 4.2)
    cost = ev("The cost rose to 131 million euros.", "tram", "2024-03-08", 3.9, 50)
    opening = ev("The line will now open in 2028.", "tram", "2024-03-08", 3.1, 99)
    why = [delay, cost]
    when = [replace(delay, score=3.5), opening]
    assert _each_part([why, when]) == (delay, opening)
    # a part whose other sentences score far below its best adds nothing new
    assert _each_part([why, [replace(delay, score=3.5), replace(opening, score=-3.0)]]) == (delay,)


def test_latest_looks_further_only_when_one_report_is_close_to_the_best():
    # measured (eval/time, "What is the latest unemployment rate?"): the four jobless reports
    # score within 1 logit, a newer inflation report 6 below: it must not be taken
    jobs = [replace(JAN_2023, score=7.9), replace(JAN_2024, score=7.3), replace(JULY, score=7.1)]
    inflation = ev("Inflation dropped to 2.2 percent in October.", "prices", "2024-11-13", 2.0)
    ranked = [*jobs, inflation]
    arranged = arrange("What is the latest unemployment rate?", LATEST, jobs[:2], ranked)
    assert arranged.evidence[0].article_id == "jobs-2024-08"


def test_latest_cites_the_sentence_of_the_newest_report_that_answers():
    # round 45 (trial 75's final check): the newer report's best sentence says what was
    # raised; its sentence that answers ranks 2.1 below the older report's
    old = ev("Headteacher Mr Owen Blakeley said a new 17-seat minibus with a wheelchair lift "
             "would cost £58,000.", "minibus-09", "2026-09-08", 7.2)
    raised = ev("Headteacher Mr Owen Blakeley said the appeal had now raised £47,500 in total.",
                "minibus-11", "2026-11-17", 6.3, start=300)
    answers = ev("The school now expects the vehicle to cost £62,000, rather than the £58,000 "
                 "first estimated, because the wheelchair lift it needs has gone up in price.",
                 "minibus-11", "2026-11-17", 5.1, start=120)
    ranked = [old, raised, answers]
    now = TimeScope(prefer_latest=True, matched="now")
    question = "How much does the headteacher now expect the minibus to cost?"
    arranged = arrange(question, now, ranked[:2], ranked)
    assert arranged.evidence[0] == answers


def test_only_questions_for_an_amount_are_figure_updates():
    a = ev("Princeton won 84-82.", "a", "2024-01-05", 5.0)
    b = ev("Delaware led 5-0 after ten minutes.", "b", "2023-12-01", 4.5)
    assert arrange("What was the final score of the game?", TimeScope(), [a, b], [a, b]).mode == ""
    ranked = [ANNOUNCED, APPROVED]
    assert arrange("How many jobs?", TimeScope(), ranked, ranked).mode == "updated"


def test_the_judgement_reads_the_question_without_the_filtered_period():
    from rag.api import _without_period

    q = "What was the unemployment rate in Westmere in 2023?"
    assert _without_period(q, time_scope(q, date(2024, 8, 12))) == (
        "What was the unemployment rate in Westmere?"
    )
    q = "What is the latest unemployment rate?"
    assert _without_period(q, time_scope(q, date(2024, 8, 12))) == q


BRIDGE = """---
id: old-mill-bridge
title: Old Mill bridge to stay shut through the winter
date: 2024-11-08
source: Brindle Gazette
---
The Old Mill bridge will stay closed through the winter while its piers are strengthened.

The council said the bridge will reopen in March 2025, once the river level has fallen.
"""
MARKET = """---
id: market-hall
title: Market hall gets new roof
date: 2024-05-02
source: Brindle Gazette
---
The market hall in Brindle has a new slate roof, paid for by the town council.
"""


@pytest.fixture
def planned(rag, tmp_path):
    from tests.conftest import write

    write(tmp_path / "planned" / "bridge.md", BRIDGE)
    write(tmp_path / "planned" / "market.md", MARKET)
    rag.ingest([tmp_path / "planned"])
    return rag


@pytest.mark.parametrize(
    "question",
    [
        "Will the Old Mill bridge reopen in 2025?",
        "When in 2025 will the Old Mill bridge reopen?",
        "Is the Old Mill bridge going to reopen in March 2025?",
    ],
)
def test_a_plan_for_a_later_period_is_answered_from_an_earlier_report(planned, question):
    answer = planned.ask(question)
    assert not answer.refused and {c.article_id for c in answer.citations} == {"old-mill-bridge"}
    assert "No report in the store" not in answer.answer


@pytest.mark.parametrize(
    ("question", "period"),
    [
        ("Who will win the Brindle mayoral election in 2026?", "2026"),
        ("Who won the Brindle regatta in 2025?", "2025"),
        ("Who scored for Eastshire in March 2025?", "March 2025"),
        ("How many runners finished the Brindle marathon in December 2024?", "December 2024"),
        ("How much rain fell on 12 May 2025?", "2025-05-12"),
    ],
)
def test_nothing_found_for_a_period_after_the_newest_report_says_so(planned, question, period):
    answer = planned.ask(question)
    assert answer.refused and answer.refusal_reason == "evidence" and not answer.citations
    # (after what the evidence lacks, when that is known: "...: the closest reports give no
    # number for this.")
    assert answer.answer.startswith("I could not find the answer in the articles")
    assert answer.answer.endswith(
        f". No report in the store is from {period} or later (newest: 2024-11-08)."
    )
    assert answer.answer.count("No report in the store") == 1


def test_the_newest_report_line_is_only_said_when_true_of_the_store(planned):
    # "Now" put before the newest report: 2024 is after it, but the store has 2024 reports.
    answer = planned.ask("Who won the Brindle regatta in 2024?", as_of="2023-06-01")
    assert answer.refused and "No report in the store" not in answer.answer
    # A past period with no article keeps its own line; an undated question none.
    past = planned.ask("Who won the Brindle regatta in 2021?")
    assert past.refusal_reason == "filters" and past.answer.startswith("No article from 2021-01-01")
    plain = planned.ask("Who won the Brindle regatta?")
    assert plain.refused and plain.answer.startswith("I could not find the answer in the articles")
    assert "No report" not in plain.answer and "No article" not in plain.answer


def test_a_period_after_now_is_kept_apart_from_the_filter():
    ref = date(2024, 11, 8)
    scope = time_scope("Will the bridge reopen in 2025?", ref)
    assert (scope.since, scope.until) == (None, None)
    assert (scope.after_now, scope.after_now_label) == (date(2025, 1, 1), "2025")
    assert time_scope("What happened in March 2025?", ref).after_now_label == "March 2025"
    assert time_scope("What happened in 2023?", ref).after_now is None
    assert time_scope("What will happen in 2025?", None).after_now is None  # no "now" known


def test_a_result_does_not_revise_the_plan_it_fell_short_of():
    # Found by the sixth trial: "first reported as 30,000" for the cars built, and 24,500 given
    # for "How many cars did Norrvik plan to build?". A target and a result are two figures.
    from rag import spans

    if spans._nlp() is None:
        pytest.skip("reading a plan needs spaCy's English model")
    plan = ev("Norrvik Motors plans to build 30,000 cars in 2023.", "plan", "2023-03-02", 5.0)
    built = ev("Norrvik Motors built 24,500 cars in 2023, short of its target.", "result",
               "2024-02-15", 5.2)
    for question in ("How many cars did Norrvik build in 2023?",
                     "How many cars did Norrvik plan to build in 2023?"):
        arranged = arrange(question, TimeScope(), [built, plan], [built, plan])
        assert arranged.mode != "updated"
    # Two plans, the later one revised, are still an update.
    revised = ev("Norrvik Motors now plans to build 26,000 cars in 2023.", "revised",
                 "2023-09-01", 5.1)
    arranged = arrange("How many cars does Norrvik plan to build in 2023?", TimeScope(),
                       [revised, plan], [revised, plan])
    assert_cited_as_update(arranged, revised, plan)


def test_a_count_of_another_deed_is_no_earlier_value():
    # The eighteenth trial's re-test: "Three houses ... were destroyed" was given as an update of
    # "350 homes ... have been evacuated" once counts said in words became figures.
    old = ev("A wildfire on Caldmoor has burned about 1,200 hectares, and 350 homes in the "
             "villages have been evacuated.", "fire-0720", "2025-07-20", 5.0)
    new = ev("Three houses and a farm building were destroyed.", "fire-0725", "2025-07-25", 4.8)
    arranged = arrange("How many houses were destroyed in the Caldmoor fire?", TimeScope(),
                       [new, old], [new, old])
    assert arranged.mode != "updated"
    corrected = ev("The service said 530 homes had now been evacuated, correcting the figure of "
                   "350.", "fire-0722", "2025-07-22", 4.9)
    arranged = arrange("How many homes were evacuated in the Caldmoor fire?", TimeScope(),
                       [corrected, old], [corrected, old])
    assert_cited_as_update(arranged, corrected, old)


def test_a_figure_of_another_verb_is_no_earlier_value_of_the_asked_deed():
    # final check 154: "About 1,100 people crossed the bridge on its first day" was paired with
    # "whose petition calling for a crossing was signed by 4,300 people" as "first reported
    # as 4,300": the earlier figure is of signing; "crossing" is only its noun
    petition = ev("Joyce Ambrose, 68, of Ferry Lane, whose petition calling for a crossing was "
                  "signed by 4,300 people, said she would be the first across.", "bridge-1",
                  "2024-06-20", 3.0)
    opened = ev("About 1,100 people crossed the bridge on its first day.", "bridge-2",
                "2024-12-05", 6.0)
    question = "How many people crossed the Marsham footbridge on its first day?"
    assert arrange(question, TimeScope(), [opened, petition], [opened, petition]).mode != "updated"
    # ... while an earlier count of the same deed still is one
    earlier = ev("About 900 people crossed the bridge on its first day, the council said.",
                 "bridge-1", "2024-06-20", 5.5)
    arranged = arrange(question, TimeScope(), [opened, earlier], [opened, earlier])
    assert_cited_as_update(arranged, opened, earlier)


def test_a_cost_revised_with_the_thing_costed_between_is_an_update():
    # final check 158: "The cost of restoring Kirkby Stanhope's war memorial has risen to
    # £61,500" was read as an outcome of "is expected to cost £48,000" (the words between
    # "cost" and "risen" ran past what the revision's pattern allowed), so the older report
    # answered alone with £48,000
    old = replace(ev("The restoration is expected to cost £48,000 and will be led by stonemason "
                     "Gareth Lyle.", "memorial-1", "2024-02-02", 9.7),
                  title="Kirkby Stanhope war memorial to be restored")
    new = ev("The cost of restoring Kirkby Stanhope's war memorial has risen to £61,500 after "
             "cracks were found in the stone base.", "memorial-2", "2024-06-20", 10.3)
    arranged = arrange("How much will the restoration of the Kirkby Stanhope war memorial cost?",
                       TimeScope(), [new, old], [new, old])
    assert_cited_as_update(arranged, new, old)


LIDO_PLAN = ev("Kelby's open-air lido will reopen in May after a £1.2m repair of its leaking "
               "pool, the town council said on Monday.", "lido-1", "2026-03-02", 7.0)
LIDO_COST = ev("Council leader Ann Lowe said the repairs would cost £1.2m, paid for from the "
               "council's reserves.", "lido-1", "2026-03-02", 7.3, start=200)
LIDO_DELAY = ev("The reopening of Kelby's open-air lido has been delayed until July after the "
                "cost of repairing its pool rose to £1.6m, the town council said.", "lido-2",
                "2026-04-20", 5.8)


def test_a_month_a_later_report_puts_a_plan_off_to_is_an_update():
    # The twenty-third trial: "When will Kelby lido reopen?" gave the first report's May,
    # though a later one said "delayed until July" (a month of the same year, no later year).
    ranked = [LIDO_PLAN, LIDO_DELAY]
    arranged = arrange("When will Kelby lido reopen?", TimeScope(), [LIDO_PLAN], ranked)
    assert_cited_as_update(arranged, LIDO_DELAY, LIDO_PLAN)
    # ... while the same month again is no update
    same = replace(LIDO_DELAY, sentence="Kelby's lido is still set to reopen in May.")
    assert arrange("When will Kelby lido reopen?", TimeScope(), [LIDO_PLAN],
                   [LIDO_PLAN, same]).mode != "updated"


def test_a_cost_that_rose_after_a_plan_is_an_update_not_an_outcome():
    # "would cost £1.2m" then "the cost ... rose to £1.6m": the estimate was revised (and
    # "until July" dates the delay, not the figure; "£1.6m" is 1.6, not 1).
    cracks = ev("Engineers found more cracks in the pool floor once work began, council leader "
                "Ann Lowe said.", "lido-2", "2026-04-20", 2.8, start=150)
    ranked = [LIDO_COST, LIDO_DELAY, LIDO_PLAN, cracks]
    arranged = arrange("How much will the lido repairs cost?", TimeScope(), [LIDO_COST], ranked)
    assert_cited_as_update(arranged, LIDO_DELAY, LIDO_COST)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # trial 43: "spring" of "the lid can spring open" made the first report's 48,000 a
        # figure of a period of its own, so the later report's 71,000 was no update of it
        ("Larkspur Living is recalling 48,000 electric kettles because the lid can spring "
         "open while the water is boiling.", frozenset()),
        ("Prices may fall further, the bank said.", frozenset()),
        ("Marchers will march on Saturday.", frozenset()),
        # ... while a season or month set in time is a period
        ("Sales rose in spring.", {"spring"}),
        ("The plant opened last autumn.", {"autumn"}),
        ("Prices fell in the fall of 2023.", {"fall", "2023"}),
        ("From May the fare rises to £3.", {"2024-05"}),
        ("March 2024 figures show a rise.", {"2024", "2024-03"}),
    ],
)
def test_a_period_word_used_as_a_verb_names_no_period(sentence, expected):
    assert periods(sentence, "2024-06-01") == expected


def titled(sentence: str, article: str, published: str, score: float, title: str):
    """`ev` with its report's headline, which names the story when the sentence does not."""
    return replace(ev(sentence, article, published, score), title=title)


def assert_updated(question: str, newest, first) -> None:
    """`newest` answers `question` as an update whose first value is `first`'s."""
    arranged = arrange(question, TimeScope(), [newest], [newest, first])
    assert_cited_as_update(arranged, newest, first)


FIRE_NOW = titled(
    "The number of homes evacuated because of the Saddleworth Moor wildfire has risen to 85.",
    "fire-2", "2025-04-25", 10.0, "Saddleworth Moor fire: 85 homes evacuated as blaze spreads",
)
FIRE_FIRST = titled(
    "About 30 homes on the edge of Greenfield were evacuated overnight as a precaution.",
    "fire-1", "2025-04-22", 7.4, "Firefighters tackle wildfire on Saddleworth Moor",
)


@pytest.mark.parametrize(
    "question",
    [
        # round 33: the first report's sentence names neither the moor nor the fire, and
        # scored 2.6 under the newer one's: "85" was given without "first reported as 30"
        "How many homes have been evacuated because of the Saddleworth Moor fire?",
        "How many homes were evacuated?",
    ],
)
def test_an_earlier_figure_further_down_that_says_the_asked_deed_is_an_update(question):
    assert_updated(question, FIRE_NOW, FIRE_FIRST)


def test_a_figure_further_down_that_says_another_deed_is_no_update():
    crews = titled(
        "About 30 firefighters were at the scene overnight.", "fire-1", "2025-04-22", 7.4,
        "Firefighters tackle wildfire on Saddleworth Moor",
    )
    question = "How many homes have been evacuated because of the Saddleworth Moor fire?"
    assert arrange(question, TimeScope(), [FIRE_NOW], [FIRE_NOW, crews]).mode != "updated"


def test_an_earlier_figure_far_under_the_newer_one_is_still_its_first_value():
    # re-test 50: the older sentence scored 9.9 under the newer one, past TIME_MARGIN
    new = titled(
        "The number of homes flooded by the River Tessel is now 95, the council said.",
        "tessel-2", "2025-01-14", 9.8, "Tessel flooding: clean-up under way",
    )
    old = titled(
        "About 30 homes on the edge of Brindlecombe were flooded on Friday night.",
        "tessel-1", "2025-01-11", -0.1, "River Tessel bursts its banks",
    )
    assert_updated("How many homes have been flooded by the River Tessel?", new, old)


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        # round 39: a plan's saving, revised down in a later report, is an update of it, not a
        # plan beside its outcome
        ("Street lights will be switched off under plans to save £1.2 million a year.",
         "The expected annual saving has fallen from £1.2 million to £810,000."),
        ("The scheme is planned to bring in income of £300,000 a year.",
         "The projected income has been cut to £180,000."),
    ],
)
def test_a_plans_figure_revised_later_is_an_update(older, newer):
    old = ev(older, "lights-2025-01", "2025-01-20", 5.0)
    new = ev(newer, "lights-2025-03", "2025-03-18", 4.8)
    question = "How much will the scheme save each year?"
    if "income" in older:
        question = "How much income will the scheme bring in?"
    arranged = arrange(question, TimeScope(), [old, new], [old, new])
    assert arranged.mode == "updated" and arranged.evidence[0] == new


# Round 41 (trial 68): a newer report's figure that its own lead outranks by far.
SKATE_PLAN = evidence_sentence(
    "Plans for a £95,000 skate park on the former tennis courts will be decided next month.",
    article_id="skate-04", published="2026-04-14", score=4.1, title="Skate park plan",
)
SKATE_LEAD = evidence_sentence(
    "Brackenford's skate park has been given the go-ahead after town councillors voted nine to "
    "three in favour on Thursday night.",
    article_id="skate-05", published="2026-05-15", score=-5.2,
    title="Skate park approved after heated meeting",
)
SKATE_TOTAL = evidence_sentence(
    "The fence will add £8,000 to the cost, bringing the total to £103,000.",
    article_id="skate-05", published="2026-05-15", score=-9.6, start=200,
    title="Skate park approved after heated meeting",
)


@pytest.mark.parametrize(
    ("question", "scope", "newest"),
    [
        ("What is the latest cost of the skate park?", LATEST, SKATE_TOTAL),
        ("How much will the skate park cost?", TimeScope(), SKATE_TOTAL),
        ("What is the total cost of the skate park now?",
         TimeScope(prefer_latest=True, matched="now"), SKATE_TOTAL),
        # (the newer report's lead holds a tally, no cost: it gives no figure of it)
        ("How many councillors voted for the skate park?", TimeScope(), None),
    ],
)
def test_a_newer_report_s_figure_under_its_own_lead_updates_the_first(question, scope, newest):
    ranked = [SKATE_PLAN, SKATE_LEAD, SKATE_TOTAL]
    arranged = arrange(question, scope, [SKATE_PLAN], ranked)
    if newest is None:
        assert arranged.mode != "updated"
    else:
        assert_cited_as_update(arranged, newest, SKATE_PLAN)


@pytest.mark.parametrize(
    ("question", "older", "newer"),
    [
        # (another story's newer cost)
        ("How much will the skate park cost?", SKATE_PLAN, evidence_sentence(
            "The £1,200 cost of the equipment was paid for by the parents' association.",
            article_id="balloon", published="2026-11-12", score=-8.3,
            title="Balloon reaches space",
        )),
        # (the eval's time set: "the first 120 workers already hired" is no new count of jobs)
        ("How many jobs will the Dunmore Bay battery factory create?", evidence_sentence(
            "Dunmore Bay council approved the battery factory: it will now create 650 jobs.",
            article_id="battery-09", published="2024-09-22", score=9.1,
            title="Factory approved",
        ), evidence_sentence(
            "Construction of the battery factory began on Monday, with the first 120 workers "
            "already hired for the site.",
            article_id="battery-02", published="2025-02-10", score=-1.0,
            title="Work starts on Dunmore Bay battery factory",
        )),
    ],
)
def test_a_newer_figure_of_another_thing_or_a_first_step_is_no_update(question, older, newer):
    arranged = arrange(question, TimeScope(), [older], [older, newer])
    assert arranged.mode != "updated" and newer not in arranged.evidence


PETITION_FIRST = evidence_sentence(
    "A campaign group, Save the Abbey Limes, has gathered 3,800 signatures on a petition.",
    article_id="limes-03", published="2026-03-03", score=6.0, title="Anger at lime felling plan",
)
PETITION_LEAD = evidence_sentence(
    "Twenty-seven of the lime trees on Abbey Road will be felled, rather than the 42 first "
    "proposed, after a vote by the county council's cabinet.",
    article_id="limes-26", published="2026-03-26", score=-2.0,
    title="Council cuts number of Abbey Road limes to be felled to 27",
)
PETITION_GROWN = evidence_sentence(
    "The Save the Abbey Limes petition had grown to 5,200 signatures by the time of the meeting.",
    article_id="limes-26", published="2026-03-26", score=-7.5, start=300,
    title="Council cuts number of Abbey Road limes to be felled to 27",
)


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        # a count said to have grown to a new value in a newer report updates the first
        ("How many signatures does the Save the Abbey Limes petition have now?",
         TimeScope(prefer_latest=True, matched="now")),
        ("How many signatures does the petition have?", TimeScope()),
    ],
)
def test_a_count_grown_in_a_newer_report_updates_the_first(question, scope):
    ranked = [PETITION_FIRST, PETITION_LEAD, PETITION_GROWN]
    arranged = arrange(question, scope, [PETITION_FIRST], ranked)
    assert_cited_as_update(arranged, PETITION_GROWN, PETITION_FIRST)


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        # round 51: the first figure a sentence gives beside its newer one
        ("The theft, which was first reported as involving 140 ewes, actually involved 212.",
         {"140"}),
        ("It now expects the minibus to cost £62,000, rather than the £58,000 first estimated.",
         {"58000"}),
        ("Option A, originally estimated at £310 million, would now cost £355 million.",
         {"310"}),
        ("The council said 40 jobs would go.", set()),
        # round 58: said after "from", and a decimal point is no end of the clause
        ("The cost of the project has also risen to €8.2 million, from the €6.5 million first "
         "estimated, mainly because of higher prices for steel.", {"6.5"}),
        ("The bridge, originally estimated at £3.1 million, will now cost £4.2 million.",
         {"3.1"}),
        ("Membership rose to 412, from 268 a year earlier.", set()),
    ],
)
def test_a_sentence_s_own_first_figure(sentence, first):
    from rag.timeline import own_earlier_figures

    assert own_earlier_figures(sentence) == first


THEFT_FIRST = evidence_sentence(
    "It is the third theft in the district, after 60 ewes went missing from a farm at Birkhope.",
    article_id="theft-1", published="2026-02-06", score=7.4, start=500,
    title="Police appeal after 140 ewes stolen from Fellbridge farm",
)
THEFT_LATER = evidence_sentence(
    "The theft, which was first reported as involving 140 ewes, actually involved 212.",
    article_id="theft-2", published="2026-03-19", score=9.2, start=180,
    title="Two men charged over Fellbridge sheep theft",
)


def test_a_sentence_s_own_first_figure_picks_the_earlier_report():
    # round 51: "first reported as involving 140" is not updated from another farm's 60
    arranged = arrange(
        "How many ewes were stolen from Low Garth Farm?", TimeScope(), [THEFT_LATER],
        [THEFT_LATER, THEFT_FIRST],
    )
    assert arranged.mode != "updated"


BUSWAY_FIRST = evidence_sentence(
    "Construction would start in 2027 and the first buses would run in 2029.",
    article_id="busway-1", published="2026-01-15", score=7.7, start=100,
    title="Consultation opens on Harrowby guided busway",
)
BUSWAY_LATER = evidence_sentence(
    "The busway is now expected to open in 2030, a year later than first planned.",
    article_id="busway-2", published="2026-03-05", score=5.6, start=80,
    title="Harrowby busway delayed by a year",
)


def test_a_service_s_first_run_is_its_opening():
    # round 51: "When would the first buses run ...?" is updated by "expected to open in 2030,
    # a year later than first planned" (a date measured against the first is the new one)
    arranged = arrange(
        "When would the first buses run to Harrowby?", TimeScope(), [BUSWAY_FIRST],
        [BUSWAY_FIRST, BUSWAY_LATER],
    )
    assert_cited_as_update(arranged, BUSWAY_LATER, BUSWAY_FIRST)


PANELS_FIRST = evidence_sentence(
    "Of the 40 decorative panels around the bandstand, 23 will have to be recast.",
    article_id="bandstand-1", published="2026-03-04", score=9.5, start=800,
    title="Kelbridge bandstand restoration to begin",
)
PANELS_LATER = evidence_sentence(
    "The number of decorative panels that must be recast has gone up to 31, compared with 23 "
    "in the original survey.",
    article_id="bandstand-2", published="2026-04-22", score=6.0, start=800,
    title="Bandstand restoration bill rises after hidden rust damage found",
)


def test_a_number_gone_up_in_a_newer_report_updates_the_first():
    # round 51: "has gone up to 31" revises the count, however far under the first it ranks
    arranged = arrange(
        "How many decorative panels have to be recast on the bandstand?", TimeScope(),
        [PANELS_FIRST], [PANELS_FIRST, PANELS_LATER],
    )
    assert_cited_as_update(arranged, PANELS_LATER, PANELS_FIRST)


# Round 52 (trial 82): updates the arrangement missed
UNIT_FIRST = evidence_sentence(
    "The minor injuries unit at Kelsham Community Hospital will close overnight from 1 March, "
    "the health trust that runs it has announced.",
    article_id="unit-1", published="2025-01-10", score=8.9, start=0,
    title="Overnight closure planned for Kelsham minor injuries unit",
)
UNIT_LATER = evidence_sentence(
    "Plans to close Kelsham's minor injuries unit overnight have been put back until 2 June "
    "after more than 2,800 people responded.",
    article_id="unit-2", published="2025-03-20", score=8.2, start=0,
    title="Minor injuries unit night closure delayed after public outcry",
)
UNIT_CLAIM = evidence_sentence(
    "The trust had intended to bring in shorter opening hours on 1 March.",
    article_id="unit-2", published="2025-03-20", score=8.2, start=200,
    title="Minor injuries unit night closure delayed after public outcry",
)


def test_a_day_and_month_a_later_report_puts_a_plan_off_to_is_an_update():
    # trial 82: "until 2 June" and "from 1 March" were no planned months (a day before the
    # month), and the later report's "had intended ... on 1 March" is the plan given up
    arranged = arrange(
        "When will the Kelsham minor injuries unit now stop opening overnight?", TimeScope(),
        [UNIT_FIRST], [UNIT_FIRST, UNIT_CLAIM, UNIT_LATER],
    )
    assert_cited_as_update(arranged, UNIT_LATER, UNIT_FIRST)


DECISION_FIRST = evidence_sentence(
    "Whitlow District Council's planning committee is expected to decide the application in "
    "April.", article_id="crem-1", published="2025-02-25", score=4.6, start=900,
    title="Crematorium plan for green belt farmland sparks 900 objections",
)
DECISION_LATER = evidence_sentence(
    "The decision, which had been expected in April, will now be made by Whitlow District "
    "Council's planning committee on 17 June.", article_id="crem-2", published="2025-05-08",
    score=-6.0, start=400, title="Crematorium scheme cut back ahead of crucial vote",
)


def test_a_plan_moved_in_a_clause_beside_the_first_date_is_an_update():
    # trial 82: the later sentence's "which had been expected in April" is the plan given up,
    # "will now be made ... on 17 June" the plan now; "decision" says "decide"; and a sentence
    # that says the plan moved is looked for far under the first report's
    arranged = arrange(
        "When will councillors decide the crematorium application?", TimeScope(),
        [DECISION_FIRST], [DECISION_FIRST, DECISION_LATER],
    )
    assert_cited_as_update(arranged, DECISION_LATER, DECISION_FIRST)


SCHEME_FIRST = evidence_sentence(
    "The £6.5m scheme would be the first crematorium in the Whitlow district.",
    article_id="crem-1", published="2025-02-25", score=3.6, start=300,
    title="Crematorium plan for green belt farmland sparks 900 objections",
)
SCHEME_LATER = evidence_sentence(
    "As a result, the estimated cost has risen to £7.2m despite the smaller design.",
    article_id="crem-2", published="2025-05-08", score=-5.9, start=300,
    title="Crematorium scheme cut back ahead of crucial vote",
)
SAVING_FIRST = evidence_sentence(
    "The change would save about £620,000 a year, mostly in agency nursing costs.",
    article_id="unit-1", published="2025-01-10", score=7.8, start=400,
    title="Overnight closure planned for Kelsham minor injuries unit",
)
SAVING_LATER = evidence_sentence(
    "The expected saving has been revised down to about £480,000 a year.",
    article_id="unit-2", published="2025-03-20", score=4.3, start=600,
    title="Minor injuries unit night closure delayed after public outcry",
)


@pytest.mark.parametrize(
    ("question", "older", "newer"),
    [
        # trial 82: "the £6.5m scheme" says its cost without the verb
        ("How much is the crematorium expected to cost now?", SCHEME_FIRST, SCHEME_LATER),
        # ... "revised down to" revises; "money" of "How much money" is the asked kind
        ("How much money will the overnight closure of the Kelsham unit save?", SAVING_FIRST,
         SAVING_LATER),
    ],
)
def test_a_figure_revised_in_other_words_is_an_update(question, older, newer):
    arranged = arrange(question, time_scope(question, date(2025, 6, 1)), [older],
                       [older, newer])
    assert_cited_as_update(arranged, newer, older)


def test_a_grant_is_no_priced_scheme():
    # (a sum given is no cost of the works: "a £400,000 grant" is not updated by a cost)
    grant = replace(SCHEME_FIRST, sentence="The crematorium received a £400,000 grant.")
    question = "How much is the crematorium expected to cost now?"
    arranged = arrange(question, time_scope(question, date(2025, 6, 1)), [grant],
                       [grant, SCHEME_LATER])
    assert arranged.mode != "updated"


INISHVARRA_FIRST = ev("The 14-kilometre subsea cable is expected to connect 146 homes and 38 "
                      "businesses on the island.", "cable-2024-03", "2024-03-14", 7.4)
INISHVARRA_LATER = ev("A fresh survey has also revised the number of homes to be connected from "
                      "146 to 152.", "cable-2024-08", "2024-08-22", 7.37)
BILLS_FIRST = ev("Average household water bills are expected to rise by $96 a year.",
                 "plant-2023", "2023-05-10", 7.9)
BILLS_LATER = ev("Average household water bills will now rise by $132 a year, Venkataraman said.",
                 "plant-2024", "2024-11-28", 4.95)


@pytest.mark.parametrize(
    ("question", "older", "newer"),
    [
        # round 55 (trial 85): a revision said as a deed done to the figure ...
        ("How many homes will the Inishvarra cable connect?", INISHVARRA_FIRST,
         INISHVARRA_LATER),
        # ... or a newer value said with "will now", 3 logits under the first report's
        ("How much will Merrowvale household water bills go up?", BILLS_FIRST, BILLS_LATER),
    ],
)
def test_a_figure_revised_later_is_the_update_without_now_asked(question, older, newer):
    ranked = [older, newer]
    arranged = arrange(question, TimeScope(), [older], ranked)
    assert_cited_as_update(arranged, newer, older)
