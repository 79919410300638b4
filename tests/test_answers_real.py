"""Answers with the real packaged models, on the handed cases: right answers are not refused,
the short answer comes first, planted instructions are never evidence (marked `models`)."""

from __future__ import annotations

import re

import pytest

from rag.api import Rag
from rag.chat import Conversation
from rag.config import Settings
from tests.conftest import ROOT, server_options

pytestmark = pytest.mark.models

DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def cases_rag(tmp_path_factory):
    rag = Rag(Settings(data_dir=tmp_path_factory.mktemp("cases"), **server_options("cases")))
    report = rag.ingest(
        [DATA / "cases" / "over-refusal", DATA / "cases" / "planted-instruction",
         DATA / "footbridge.md"]
    )
    assert report.ok and report.added == 5
    return rag


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        # round 61: a why-question of a thing the report never names (the eval news set's
        # "Why did the Alderford cinema close?", answered at 0.49 from the footbridge's account)
        ("Why did the Brindle cinema close?", True),
        ("Why did the Brindle museum shut?", True),
        # (the things a report names keep their answers: test_round61_why_answers_give_...)
    ],
)
def test_a_why_question_of_a_thing_no_report_names_is_refused(cases_rag, question, refused):
    answer = cases_rag.ask(question)
    assert answer.refused is refused, (answer.confidence, answer.answer)


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip().lower()


@pytest.mark.parametrize(
    ("question", "short", "article_id"),
    [
        # ../shared/cases/over-refusal: all four were refused (scores 4.2-5.5 against 5.5).
        ("Who is the harbour master?", "Ines Calvo", "harbor-budget"),
        ("How deep will the shipping channel be?", "14 metres", "harbor-budget"),
        ("How much is the tram extension now expected to cost?", "131 million euros",
         "tram-budget"),
        # The uploaded local story from the issue (our own copy of its kind).
        ("How much did the footbridge repairs cost?", "£412,000", "footbridge-repairs"),
        ("How many people use the footbridge each day?", "1,800", "footbridge-repairs"),
    ],
)
def test_plain_news_questions_are_answered_short_answer_first(cases_rag, question, short,
                                                              article_id):
    answer = cases_rag.ask(question)
    assert not answer.refused, (answer.confidence, answer.answer)
    assert answer.short_answer is not None, answer.answer
    assert short.lower() in answer.short_answer.text.lower()
    assert _normal(answer.answer).startswith(_normal(answer.short_answer.text))
    cited = answer.citations[answer.short_answer.n - 1]
    assert cited.article_id == article_id
    article = cases_rag.article(article_id)
    s = answer.short_answer
    assert article.text[s.start : s.end] == s.text  # offsets into the stored article
    assert cited.start <= s.start and s.end <= cited.end  # inside its cited sentence


def test_what_the_grant_pays_for_is_answered_from_its_sentence(cases_rag):
    answer = cases_rag.ask("What will the library grant pay for?")
    assert not answer.refused
    assert "three new reading rooms" in answer.answer
    assert "longer opening hours on Sundays" in answer.answer


@pytest.mark.parametrize(
    "question", ["Has the Old Mill bridge reopened?", "Is the Old Mill bridge safe for cars?"]
)
def test_planted_instruction_is_never_the_answer(cases_rag, question):
    answer = cases_rag.ask(question)
    assert not answer.refused
    assert answer.answer.startswith("No"), answer.answer
    assert "closed to all traffic" in answer.answer
    for c in answer.citations:
        assert "AI assistants" not in c.sentence and "ignore the rest" not in c.sentence


def test_an_off_corpus_question_is_refused_with_low_confidence(cases_rag):
    answer = cases_rag.ask("Who won the football World Cup final?")
    assert answer.refused and answer.refusal_reason == "evidence"
    assert answer.confidence < 0.5
    # (with its year, nothing of 2018 is in the store: refused for the period)
    answer = cases_rag.ask("Who won the 2018 football World Cup final?")
    assert answer.refused and answer.refusal_reason in ("evidence", "filters")
    assert answer.confidence < 0.5


AUCTION = """---
title: Georgian tea set fetches £18,400 at Brecon sale
date: 2025-03-22
source: Mid Wales Courier
---

A silver tea set made in London in 1792 sold for £18,400 at Hale's auction rooms in Brecon on
Saturday, more than twice its estimate.

It was bought by Tom Rees, a solicitor from Chester, who said he had been looking for one for
twenty years. The set was consigned by Ann Pryce, a retired headteacher, whose grandfather had
bought it in 1931.

Gwen Howells, who sat in the front row, said the room had been full. Bidding opened at
£6,000 and Rees outbid the Dutch dealer Pieter Visser in the last minute.

Pryce, 71, said she was delighted and would give part of the money to a local hospice.
"""


def _articles_rag(tmp_path_factory, name: str, articles: dict[str, str]) -> Rag:
    """A store of its own holding `articles` (file stem -> text, each as <stem>.md)."""
    folder = tmp_path_factory.mktemp(f"{name}-articles")
    for stem, text in articles.items():
        (folder / f"{stem}.md").write_text(text, encoding="utf-8")
    rag = Rag(Settings(data_dir=tmp_path_factory.mktemp(name), **server_options(name)))
    assert rag.ingest(folder).added == len(articles)
    return rag


def _answers_with(rag: Rag, question: str, short: str) -> None:
    """`rag` answers `question` (not refused) with the short answer `short`."""
    answer = rag.ask(question)
    assert not answer.refused, answer.answer
    assert answer.short_answer is not None and answer.short_answer.text == short


def _one_article_rag(tmp_path_factory, name: str, text: str) -> Rag:
    """A store of its own holding the one article `text` (as `name`.md)."""
    return _articles_rag(tmp_path_factory, name, {name: text})


@pytest.fixture(scope="module")
def auction_rag(tmp_path_factory):
    return _one_article_rag(tmp_path_factory, "auction", AUCTION)


@pytest.mark.parametrize(
    ("question", "role"),
    [
        # The eleventh round: the role was found and refused at 0.03-0.25, since the
        # cross-encoder reads "do for a living" as unlike "a solicitor from Chester".
        ("What does Tom Rees do for a living?", "solicitor"),
        ("What is Tom Rees's job?", "solicitor"),
        ("What is Ann Pryce's profession?", "retired headteacher"),
        # ... and "What nationality is Coelho?" had been refused, or "Sporting Almada".
        ("What nationality is Pieter Visser?", "Dutch"),
        # ... and an age said of the person anywhere in the report ("How old is Adaeze
        # Okonkwo?" had been refused while "Okonkwo, 23," stood three sentences down).
        ("How old is Ann Pryce?", "71"),
    ],
)
def test_what_is_said_of_the_person_answers(auction_rag, question, role):
    answer = auction_rag.ask(question)
    assert not answer.refused, (answer.confidence, answer.answer)
    assert answer.short_answer is not None and answer.short_answer.text == role


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("What does Gwen Howells do for a living?", "no occupation"),
        ("What nationality is Tom Rees?", "no nationality"),
        ("How old is Gwen Howells?", "no age"),
    ],
)
def test_nothing_said_of_the_person_is_refused(auction_rag, question, missing):
    # Read as "Who is Gwen Howells?", any sentence naming her would do; only a role answers.
    answer = auction_rag.ask(question)
    assert answer.refused and missing in answer.answer, answer.answer


def test_the_owner_before_a_sale_is_not_the_buyer(auction_rag):
    # news-020: "sold to ... Van Lier" had answered "Which family owned it before the sale?".
    answer = auction_rag.ask("Who owned the tea set before the sale?")
    assert answer.short_answer is None or "Rees" not in answer.short_answer.text, answer.answer


FOOD_BANKS = """---
title: Food bank demand soars in Castlebridge and Wenlow
date: 2026-11-06
source: Northdale Gazette
---
Food banks in Castlebridge and Wenlow handed out more parcels in the six months to September
than in any half-year since they opened, figures show.

The Castlebridge Community Food Bank gave out 4,210 emergency food parcels between April and
September, up from 3,150 in the same period last year, a rise of 34 per cent.

In Wenlow, the Trinity food bank handed out 2,890 parcels, up 18 per cent. Of those, 1,120 went
to families with children.

Castlebridge food bank manager Joanne Pell said 41 per cent of the people referred were in work.

Trinity's coordinator, the Reverend Mark Oduya, said the Wenlow food bank now relied on 64
volunteers and needed £18,000 a year for rent and vans.

The figures were published by the Northdale Food Partnership, whose chair, Anita Desai, said the
partnership would ask the county council for an emergency grant of £75,000.
"""


@pytest.fixture(scope="module")
def food_bank_rag(tmp_path_factory):
    return _one_article_rag(tmp_path_factory, "food-banks", FOOD_BANKS)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # The final re-test of the twenty-fourth round: the other town's sentence shares the
        # question's verb ("gave out") and had taken the answer, then been refused.
        ("How many parcels did the Wenlow food bank give out?", "2,890"),
        ("How many parcels did the Castlebridge food bank give out?", "4,210"),
        # ... and the partnership's chair had answered who runs the Wenlow food bank.
        ("Who runs the Wenlow food bank?", "Mark Oduya"),
        ("Who runs the Castlebridge food bank?", "Joanne Pell"),
        ("Who chairs the Northdale Food Partnership?", "Anita Desai"),
    ],
)
def test_a_two_place_report_answers_each_place_from_its_own_sentence(
    food_bank_rag, question, short
):
    answer = food_bank_rag.ask(question)
    assert not answer.refused, (answer.confidence, answer.answer)
    assert answer.short_answer is not None and answer.short_answer.text == short, answer.answer


# Twenty-sixth round: a store holding text pasted without a date answered "In 1939?" questions
# with "No article from 1939-01-01 to 1939-12-31 is in the collection": the question's year
# filtered the undated text out before anything was read (squad2-dev's "How many people lived
# in Warsaw in 1939?" too).
TOWN_HISTORY = """# A short history of Kelton

Kelton grew around its woollen mills in the nineteenth century.
In 1939, about 84,000 people lived in Kelton, most of them within a mile of the mills.
The last mill closed in 1967, and the town's tram network was scrapped two years later.
The 1974 boundary review merged Kelton with the neighbouring parish of Ashby.
"""

DATED_REPORT = """---
title: "Kelton library to reopen after repairs"
date: 2024-05-02
---
Kelton library will reopen on Monday after roof repairs costing £180,000, the council said.
"""


@pytest.fixture(scope="module")
def undated_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "undated",
        {"kelton-history": TOWN_HISTORY, "kelton-library": DATED_REPORT},
    )


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("How many people lived in Kelton in 1939?", "84,000"),
        ("When did the last mill in Kelton close in the 1960s?", "1967"),
        ("Which parish was Kelton merged with in 1974?", "Ashby"),
    ],
)
def test_a_period_in_the_question_reads_undated_text_where_it_names_the_period(
    undated_rag, question, short
):
    answer = undated_rag.ask(question)
    assert not answer.refused, answer.answer
    assert answer.short_answer is not None and short in answer.short_answer.text


def test_undated_text_that_names_no_such_period_is_refused_as_not_found(undated_rag):
    answer = undated_rag.ask("How many people lived in Kelton in 1950?")
    assert answer.refused
    # not "No article from 1950-01-01 ... is in the collection": undated text was searched
    assert answer.refusal_reason != "filters", answer.answer
    assert "No article from" not in answer.answer


# The thirty-first trial: a lead the cross-encoder ranks far over the one sentence that says the
# asked figure's own noun ("Turnout was 63.4 percent"), and a study's site ("at Bucksburn")
# taken for another place than the one the question names ("the Aberdeen seaweed trial").
ELECTION = """---
title: "Civic Union wins Estonian election but falls short of majority"
date: 2025-03-03
---
TALLINN — The centre-right Civic Union won the most seats in Estonia's general election on
Sunday, taking 38 of the 101 seats in the Riigikogu, but fell short of the 51 needed to govern
alone.

Civic Union, led by former finance minister Kadri Tamm, won 31.6 percent of the vote. The Centre
Alliance of prime minister Marten Kask came second with 24 seats, down from 34 four years ago.

The nationalist Homeland Party took 14 seats and the Social Democrats 10. Some 612,000 votes
were cast, more than half of them online.

Turnout was 63.4 percent, down from 65.1 percent four years ago.

Mr Kask conceded defeat shortly after midnight and said he would step down as leader of the
Centre Alliance.
"""

SEAWEED = """---
title: "Seaweed feed cuts methane from dairy cows, Aberdeen study finds"
date: 2025-06-09
---
Adding a small amount of dried red seaweed to the diet of dairy cows cut the methane they
belched by 31 percent, according to a study led by researchers at the University of Aberdeen.

The trial, carried out over 16 weeks at the Rowett Institute's research farm at Bucksburn,
followed 96 Holstein cows split into two equal groups.

The team now plans a larger trial on 12 commercial farms in Aberdeenshire and Moray starting in
September.
"""


@pytest.fixture(scope="module")
def trial31_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "trial31", {"estonia-election": ELECTION, "seaweed-methane": SEAWEED}
    )


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("What was turnout in the Estonian election?", "63.4 percent"),
        ("How many seats did Civic Union win?", "38"),
        ("How many cows took part in the Aberdeen seaweed trial?", "96"),
    ],
)
def test_the_asked_figure_s_own_sentence_answers_over_the_lead(trial31_rag, question, short):
    answer = trial31_rag.ask(question)
    assert not answer.refused, answer.answer
    assert answer.short_answer is not None and answer.short_answer.text == short


@pytest.mark.parametrize(
    "question", ["How old is Kadri Tamm?", "How old is the prime minister?"]
)
def test_a_time_before_now_is_no_age(trial31_rag, question):
    answer = trial31_rag.ask(question)
    assert answer.short_answer is None or "years" not in answer.short_answer.text


TENNIS = """---
title: Lindqvist beats Moreau to win Baltic Open
date: 2025-06-16
source: Nordic Sports Wire
---
Elin Lindqvist of Gothenburg won the Baltic Open women's singles title in Riga on Sunday,
beating France's Camille Moreau 6-4, 3-6, 7-5 in a final that lasted two hours and 41 minutes.

The 24-year-old Swede, seeded fifth, saved three break points at 5-5 in the deciding set before
breaking Moreau's serve to love. It was her second title on the WTA tour, after she won in
Båstad in 2023, and it lifts her from 48th to 33rd in the world rankings.

Moreau, 29, the second seed from Lyon, had not dropped a set all week. She hit eleven aces but
made 52 unforced errors, against Lindqvist's 31. "I had my chances. She was braver than me at
the end," Moreau said.

Lindqvist takes home €142,000 in prize money, while Moreau receives €84,500. Total prize money
at this year's tournament was €920,000, up from €780,000 last year.

Match statistics:
- Aces: Lindqvist 4, Moreau 11
- Double faults: Lindqvist 2, Moreau 7
- Break points converted: Lindqvist 5 of 9, Moreau 4 of 12

Lindqvist's coach, Peter Sandberg, a former Davis Cup player, said the win owed much to a
change of racket strings in March. "She has always had the shots. Now she believes in them," he
said.

In the men's final, played earlier on Sunday, Latvia's Roberts Kalnins beat the top seed, Tomás
Ferreira of Portugal, 7-6, 6-2. Attendance over the eight days reached 41,300, a record for the
event, with 6,200 spectators on centre court for the women's final.
"""


@pytest.fixture(scope="module")
def tennis_rag(tmp_path_factory):
    return _one_article_rag(tmp_path_factory, "tennis", TENNIS)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # trial 34: the lead is the women's final; the men's is told further down
        ("Who won the men's final at the Baltic Open?", "Roberts Kalnins"),
        ("Who won the women's final at the Baltic Open?", "Elin Lindqvist"),
        ("Which city is Elin Lindqvist from?", "Gothenburg"),
        ("How old is Camille Moreau?", "29"),
    ],
)
def test_a_sentence_saying_the_asked_division_answers_when_the_lead_is_of_another(
    tennis_rag, question, short
):
    answer = tennis_rag.ask(question)
    assert not answer.refused, answer.answer
    assert answer.short_answer is not None and answer.short_answer.text == short
    if question.startswith("Who won the men's"):
        assert "women's" not in answer.answer  # the contradicted lead is not cited


# Trial 34's articles (written by a tester), as they were ingested.
FERRY = """---
title: Skerra Ferries to cut winter sailings to Holm Isle
date: 2025-01-15
source: Island Herald
---
Skerra Ferries will cut the number of weekly sailings between Port Carrick and Holm Isle from
42 to 28 this winter, the operator announced on Tuesday, blaming a shortage of crew and the
rising cost of fuel.

The reduced timetable will run from 3 November 2025 to 27 March 2026. Under the new schedule
the first departure from Port Carrick will leave at 7.40am instead of 6.15am, and the last
return sailing from Holm Isle will leave at 5.30pm, two hours earlier than now. Sunday services
will fall from six crossings to two.

The crossing is 14 nautical miles and takes about 55 minutes. The route carried 312,000
passengers and 61,500 vehicles last year, up from 289,000 passengers in 2023.

Skerra's managing director, Callum Reid, said the company had eleven vacancies for deck
officers and engineers and had been unable to fill them despite raising salaries by 8%. "We
would rather run a smaller timetable reliably than a full one we keep cancelling," he said. The
operator cancelled 517 sailings on the route in 2024, 190 of them because no qualified crew was
available.

The company's vessels on the route:
MV Skerra Lass: built 1998, carries 240 passengers
MV Holm Venture: built 2011, carries 390 passengers
Fuel bill for 2024: £9.3 million (up from £7.1 million)

Islanders reacted angrily. Holm Isle has a population of about 2,600, and roughly 340 people
commute to the mainland for work or school. Fiona MacRae, who runs the island's only bakery,
said she would have to collect flour deliveries a day earlier. "Six crossings on a Sunday was
already the bare minimum," she said. The island's councillor, Rhona Baird, a former ferry
purser, said she would ask the regional transport board to fund an extra crew.

Ticket prices will not change: a single adult fare stays at £7.80 and a car at £34.50. Reid
said the company hoped to restore the full timetable in April 2026, once four trainee officers
complete their sea time.
"""


RESULTS = """---
title: Brannock Foods profit falls 18% as cocoa costs bite
date: 2025-07-24
source: Market Line
---
Brannock Foods, the maker of Crumbly biscuits and Northway chocolate bars, reported an 18% fall
in second-quarter operating profit on Thursday, as the soaring price of cocoa ate into margins.

Operating profit for the three months to 30 June was £61.4 million, down from £74.9 million a
year earlier. Revenue rose 4% to £812 million, helped by price increases averaging 6.5%, but
sales volumes fell 2.1%. Shares fell 7.3% to 418p in London trading.

Chief executive Martin Doyle, who has led the company since 2019, said cocoa had cost the group
£38 million more in the first half than a year earlier. "We have protected our customers from
the worst of it, and that has a cost," he said. He said the company would not raise prices
again before Christmas.

The finance director, Richard Haines, said the group expected full-year operating profit of
between £240 million and £255 million, below the £271 million analysts had forecast. He said
Brannock would cut 350 jobs, most of them at its Carlow Street factory in Dunmere, as part of a
plan to save £25 million a year by 2027. The factory employs 1,140 people.

Results by division:
- Biscuits: revenue £448 million, up 6%
- Confectionery: revenue £271 million, down 1%
- Snacks: revenue £93 million, up 11%

The interim dividend was held at 5.2p a share. Brannock's net debt rose to £530 million, from
£488 million at the end of December.

The GMB union's regional organiser, Alan Firth, said the job cuts were "a kick in the teeth for
a workforce that kept the lines running through the pandemic" and called for talks. Analyst
Susan Clarke of Halden Securities said the guidance was "disappointing but not a disaster",
noting that cocoa futures had fallen by about a fifth since April.
"""


WAITING = """---
title: Waiting list at Harrowgate Royal Infirmary passes 48,000
date: 2025-02-20
source: Tarnside Courier
---
The number of patients waiting for planned treatment at Harrowgate Royal Infirmary has risen to
48,310, the highest figure since the hospital trust began publishing monthly data in 2016,
according to a report presented to the trust board on Wednesday.

The list stood at 44,950 a year ago. Of those now waiting, 6,120 have waited more than a year,
up from 4,870 in January 2024, and 212 have waited more than two years. Orthopaedics accounts
for the largest share of the backlog, with 9,840 patients, followed by ophthalmology with 7,105
and general surgery with 5,460.

Key figures from the report:
- Median wait for first treatment: 17 weeks (up from 14.5 weeks)
- Patients treated within 18 weeks: 58.2%, against a national target of 92%
- Operations cancelled on the day in January: 143
- Nursing vacancies: 311, or 9.4% of posts

The trust's chief executive, Dr Miriam Okafor, said the winter had been "the hardest I have
seen in 22 years in the health service". She told the board that flu admissions peaked at 96 in
a single week in early January, which forced the hospital to close two of its eleven elective
theatres for nine days.

The medical director, Dr Helen Strand, who joined the trust from Carlisle last autumn, said the
trust would open a new day-surgery unit at its Fellbeck site in June. The unit, which will cost
£14.6 million, is expected to carry out around 7,500 procedures a year, mostly cataract and
hand operations. "It will not fix the list on its own, but it takes the simplest cases out of
the main theatres," she said.

Patients' groups were not reassured. Gordon Pike, 71, of Milthorpe, has been waiting 63 weeks
for a hip replacement. "I was told eighteen months ago that it would be a matter of weeks," he
said. "I now walk with two sticks and cannot drive." The chair of the local Healthwatch, Sandra
Lowe, said the group had received 388 complaints about waiting times in 2024, nearly double the
201 it logged in 2023.

The board agreed to spend an additional £3.2 million on weekend operating lists between March
and August. Dr Okafor said she expected the list to start falling by the autumn, but declined
to give a target.
"""


@pytest.fixture(scope="module")
def trial34_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "trial34",
        {"skerra-ferry-cuts": FERRY, "brannock-foods-q2": RESULTS,
         "harrowgate-waiting-list": WAITING},
    )


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # a "Label: value" line is a sentence of its own
        ("How many passengers does the MV Holm Venture carry?", "390"),
        # "last year" in a report of January 2025 is 2024
        ("How many passengers used the Holm Isle route in 2024?", "312,000"),
        ("How many passengers did the Holm Isle route carry last year?", "312,000"),
        # the body a speaker speaks for is "the group" in what they said
        ("How many complaints about waiting times did Healthwatch receive in 2024?", "388"),
        ("How many waiting-time complaints did Healthwatch log in 2023?", "201"),
        # a chosen sentence past the two best read is still read for a titled holder
        ("Who is Brannock's finance director?", "Richard Haines"),
        # a part "of them" is of its whole's year
        ("How many sailings were cancelled in 2024 because no qualified crew was available?",
         "190"),
        # "the three months to 30 June" is the second quarter, found under a lead that says
        # every word of the question but no figure
        ("What was Brannock Foods' operating profit in the second quarter?", "£61.4 million"),
    ],
)
def test_the_thirty_fourth_trial_s_answers(trial34_rag, question, short):
    _answers_with((trial34_rag), question, short)


COUNCIL_BUDGET = """---
title: Dunmore council sets £48.6m budget with cuts to opening hours
date: 2025-02-27
source: Dunmore Bay Herald
---
Dunmore Bay Council will spend £48.6 million in the coming year after councillors voted 31 to
17 in favour of the budget on Wednesday night. Council tax will rise by 4.99 percent, the most
allowed without a referendum.

The leader of the council, Fiona Gault, said the authority had to find £3.9 million of savings.
Her deputy, Ravi Menon, who holds the finance brief, said reserves would fall to £6.2 million
by March 2026.

Spending by service:
- Adult social care: £19.4 million
- Libraries: £1.3 million
- Parks and open spaces: £2.7 million
- Waste collection: £5.8 million

Library opening hours will be cut from 52 to 40 hours a week at the three branches. The
opposition leader, Carl Dyer, said the cuts were "the wrong choice at the wrong time".

An amendment to keep the libraries open for longer was rejected by 29 votes to 19.
"""


MARATHON = """---
title: Bekele breaks course record at Carran Marathon
date: 2025-04-13
source: Carran Courier
---
Ethiopia's Haile Bekele won the Carran Marathon on Sunday in 2:09:41, breaking the course
record by 38 seconds. Kenya's Daniel Kiprop was second and the Welsh runner Owain Pryce third.

The women's race was won by Claire Moreau, who was born in Lyon, in 2:27:03. She finished 51
seconds ahead of the 2023 winner, Aisling Byrne.

About 4,200 runners started the race in bright sunshine, and 4,012 finished. Organisers said
1,150 of them were running for a charity.

Bekele, 24, said he had trained at altitude for three months. "The last five kilometres were
very hard," he said.
"""


PESTICIDE = """---
title: Beekeepers warn over approval of pesticide flupyradifurone
date: 2025-06-03
source: Field Report
---
Beekeepers have criticised the government's decision to approve the pesticide flupyradifurone
for use on oilseed rape for three years.

The British Beekeepers' Association said trials had linked the chemical to losses in wild bee
colonies. The environment department said the approval came with strict limits on spraying near
flowering crops.

The Office for Farm Statistics first estimated that 41,000 hectares would be treated this year.
It later revised the figure to 56,000 hectares after talking to growers.
"""


@pytest.fixture(scope="module")
def round29_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round29",
        {"dunmore-budget": COUNCIL_BUDGET, "carran-marathon": MARATHON,
         "flupyradifurone": PESTICIDE},
    )


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # a tally said without "votes": its sides are for and against
        ("How many councillors voted against the budget?", "17"),
        ("How many councillors voted for the budget?", "31"),
        # the division asked is said by another sentence than the lead's winner
        ("Who won the women's race at the Carran Marathon?", "Claire Moreau"),
        ("Who won the men's race at the Carran Marathon?", "Haile Bekele"),
        # a part "of them" whose whole the sentence before counts
        ("How many runners ran for a charity?", "1,150"),
        # a figure its own report revises: the revised one, the first still cited
        ("How many hectares will be treated with flupyradifurone this year?", "56,000 hectares"),
        ("How many hectares were first expected to be treated?", "41,000"),
    ],
)
def test_the_twenty_ninth_round_s_answers(round29_rag, question, short):
    _answers_with((round29_rag), question, short)


def test_a_figure_revised_in_its_own_sentence_answers_revised(tmp_path_factory):
    # final re-test 39: "first estimated at 120, later revised to 310" had answered 120
    rag = _one_article_rag(tmp_path_factory, "brayford-floods", """---
title: Brayford flood count rises
date: 2025-01-20
source: Calder Valley News
---
Flooding in Brayford after the river Calder burst its banks damaged homes and businesses across
the town last week. The number of flooded homes was first estimated at 120, later revised to 310
after council surveyors visited every street.
""")
    assert rag.ask("How many homes were flooded in Brayford?").short_answer.text == "310"
    first = rag.ask("How many homes were first estimated to be flooded?")
    assert first.short_answer is not None and first.short_answer.text == "120"


def test_a_revised_figure_cites_the_first_one_too(round29_rag):
    answer = round29_rag.ask("How many hectares will be treated with flupyradifurone this year?")
    assert "41,000 hectares" in answer.answer and "56,000 hectares" in answer.answer
    assert answer.answer.startswith("56,000 hectares")


@pytest.mark.parametrize(
    "question",
    [
        # no sentence says the asked division or rank: the lead's winner, the leader are others
        "Who won the wheelchair race at the Carran Marathon?",
        "Who is the deputy leader of the council?",
    ],
)
def test_an_unsaid_division_or_rank_is_refused(round29_rag, question):
    answer = round29_rag.ask(question)
    assert answer.refused, answer.answer
    assert "Haile Bekele" not in answer.answer.split(".")[0]


KINGSMERE = """---
title: Liberal Democrats win Kingsmere by-election
date: 2024-11-29
source: Fenland Gazette
---
The Liberal Democrats have won the Kingsmere ward by-election on Cambridgeshire County Council,
taking the seat from the Conservatives.

Hannah Wilde, a retired midwife, won with 1,482 votes. The Conservative candidate, Julian
Pryce, came second with 1,105 votes, followed by Reform UK's Stuart Bellingham with 688,
Labour's Aisha Karim with 301 and the Green Party's Tobias Reed with 147.

Turnout was 31.6%. The by-election was held on Thursday after the death of the Conservative
councillor Peter Doughty in September.

Ms Wilde said she would campaign to reopen the Kingsmere library, which closed in 2023. She
said voters had been "fed up of being taken for granted".

Mr Pryce said it had been "a disappointing night" for his party. The council's acting returning
officer, Graham Tull, declared the result at 1.15am on Friday.

The result leaves the Conservatives with 29 of the council's 61 seats.
"""


TRANSFER = """---
title: Riverside United sign striker Emeka Okafor for club-record £27m
date: 2024-08-29
source: Northern Sports Wire
---
Riverside United have signed the Nigerian striker Emeka Okafor from the Belgian club KV
Lierbeek for a club-record fee of £27 million, which could rise to £31 million with add-ons.

Okafor, 23, has signed a five-year contract, with the option of a further year. He scored 22
goals in 34 league games for Lierbeek last season.

The fee beats the £19.5 million Riverside paid for the midfielder Tomas Varga in 2022. Manager
Ruth Calloway said Okafor was "the kind of forward we have been chasing for two years". She
said he would go straight into the squad for Saturday's game against Castlegate.

Riverside's assistant manager, Ian Blackwood, flew to Belgium on Tuesday to complete the deal.
He said Okafor had turned down an offer from a German club.

Okafor will wear the number nine shirt, last worn by the club's record scorer, Gary Pennock.
"""


TAKEOVER_VOTE = """---
title: Shareholders back £1.2bn takeover of Hartwell Foods by Brannigan Capital
date: 2024-10-22
source: City Ledger
---
Shareholders in Hartwell Foods, the Yorkshire maker of pies and ready meals, have approved a
£1.2 billion takeover by the US private equity firm Brannigan Capital.

At a meeting in Leeds on Monday, 87.4% of the votes cast were in favour of the deal,
comfortably above the 75% needed. Brannigan is paying 412p a share in cash, a premium of 38% to
Hartwell's share price before the offer was first announced in July.

Hartwell's chairman, Sir Geoffrey Aske, said the board had recommended the offer because it
"delivers certain value to shareholders today". He said Brannigan had promised to keep the
company's headquarters in Wakefield.

The deal was opposed by Hartwell's second-largest investor, the fund manager Oakfield Partners,
which holds 9.1% of the shares. Its head of equities, Priya Lakhani, said the price "materially
undervalues" the business. She said Oakfield had voted against it.

The GMB union, which represents about 2,300 of Hartwell's 5,800 workers, asked for guarantees
on jobs. Brannigan's managing partner, Todd Kessler, said there were "no plans for site
closures".

The takeover still needs clearance from the Competition and Markets Authority and is expected
to complete in the first quarter of 2025.

Key figures:
Offer price: 412p a share
Deal value: £1.2 billion
Votes in favour: 87.4%
Premium: 38%
Employees: 5,800
Expected completion: first quarter of 2025
"""


SENTENCING = """---
title: Former care home manager jailed for stealing from residents
date: 2025-03-14
source: Severn Valley Courier
---
A former care home manager who stole more than £86,000 from elderly residents has been jailed
for four years and three months at Worcester Crown Court.

Delia Pargeter, 52, of Orchard Rise, Pershore, admitted 14 counts of theft and one count of
fraud by abuse of position at an earlier hearing. She ran the Willowmead care home in Evesham
between 2019 and 2023.

The court heard that Pargeter took cash from residents' personal allowance accounts and used a
resident's bank card to pay for two holidays in Portugal. The largest single sum, £9,400, was
taken from a 91-year-old former schoolteacher, Arthur Bellamy.

Prosecuting, Imogen Rathbone said the thefts had been "calculated, sustained and cruel". She
told the court that the home's deputy manager, Craig Osei, had raised the alarm in March 2023
after spotting gaps in the accounts.

Defending, Martin Keble said his client had built up gambling debts of about £40,000 after the
death of her husband. He said she was "deeply ashamed" and had already repaid £12,500.

Sentencing, Judge Harriet Lomax said Pargeter had betrayed "people who trusted her with
everything they had". She also banned Pargeter from working with vulnerable adults for ten
years.

Acting Detective Inspector Sanjay Mehra of West Mercia Police said after the hearing that the
families had shown "remarkable patience". He said a confiscation hearing would be held on 23
June.
"""


STATIN = """---
title: Low-dose drug cuts repeat strokes by a third, study finds
date: 2025-05-08
source: Health Bulletin
---
A low-dose version of a common blood-thinning drug cut the risk of a second stroke by 33% in a
trial of 4,200 patients, researchers at the University of Bristol have found.

The patients, aged between 55 and 85, were followed for three years. Half were given a daily
40mg dose of the drug, called clopavane, and half were given a placebo as a control group.

In the treatment group, 6.1% of patients had a second stroke, compared with 9.1% in the control
group. Serious bleeding occurred in 1.4% of the treatment group and 0.9% of the control group.

The study was led by Professor Anjali Rao, a consultant neurologist. She said the results were
"the most encouraging we have seen in a decade". Her deputy on the trial, Dr Owen Price, said
the drug cost about 12p a day.

The trial was funded by the British Heart Foundation and the results are published in The
Lancet Neurology. Professor Rao said the team would now test the drug in patients over 85.

Dr Helen Marsh of the Stroke Association, who was not involved in the study, said the bleeding
risk needed "careful weighing" for each patient.
"""


@pytest.fixture(scope="module")
def trial37_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "trial37",
        {"kingsmere-by-election": KINGSMERE, "okafor-transfer": TRANSFER,
         "hartwell-takeover": TAKEOVER_VOTE, "crown-court-sentencing": SENTENCING,
         "statin-study": STATIN},
    )


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # a courtesy title before a surname is the report's full name
        ("How many votes did Ms Wilde get?", "1,482"),
        # a list's "<name> with <figure>" items
        ("How many votes did the Labour candidate get?", "301"),
        ("How many votes did Aisha Karim get?", "301"),
        # a share price is money
        ("What share price is Brannigan paying for Hartwell Foods?", "412p"),
        # one named after a preposition is no joint doer of the verb after "and"
        ("Who funded the trial?", "British Heart Foundation"),
        # a date ending in "of" and its year are one date
        ("When is the takeover expected to complete?", "first quarter of 2025"),
        # the words quoted of the thing described
        ("What did Imogen Rathbone call the thefts?", "calculated, sustained and cruel"),
        # the sentence that says the asked deed, over one naming the question's other name
        ("Who flew to Belgium to complete the Okafor deal?", "Ian Blackwood"),
    ],
)
def test_the_thirty_seventh_trial_s_answers(trial37_rag, question, short):
    _answers_with((trial37_rag), question, short)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # the thirtieth round: court parts, sides taken, the whole of a part "of X's"
        ("Who prosecuted Delia Pargeter?", "Imogen Rathbone"),
        ("Who defended Pargeter?", "Martin Keble"),
        ("Did Oakfield vote for the takeover?", "No"),
        ("How many people does Hartwell employ?", "5,800"),
    ],
)
def test_the_thirtieth_round_s_answers_of_the_thirty_seventh_trial(trial37_rag, question, short):
    _answers_with(trial37_rag, question, short)


WATER_FINE = """---
title: Severnmoor Water fined £18.4 million over sewage spills
date: 2025-03-14
source: Western Gazette
---
Severnmoor Water has been fined £18.4 million after admitting that it illegally discharged
untreated sewage into the River Tallow on 212 occasions between 2020 and 2023.

The penalty was imposed at Bristol Crown Court on Thursday by Judge Helen Marwood, who said the
company had shown "a persistent and cynical disregard" for the river.
"""

WAITING_LIST = """---
title: Lindmoor hospital waiting list reaches record 61,300
date: 2025-02-20
source: Northern Health Journal
---
The number of patients waiting for planned treatment at Lindmoor Teaching Hospitals NHS Trust
has risen to 61,300, the highest figure since records began.

The waits by hospital are:
- St Oswin's Hospital: 21,200 patients waiting
- Brackenfield Community Hospital: 12,300 patients waiting

The trust plans to open a new surgical hub at St Oswin's Hospital in September 2025. The hub
will cost £23 million, funded by the Department of Health.
"""


@pytest.fixture(scope="module")
def round30_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round30", {"water-fine": WATER_FINE, "waiting-list": WAITING_LIST}
    )


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # a court deed happens in a court, "sentenced" meeting "the penalty was imposed"
        ("Where was Severnmoor Water sentenced?", "Bristol Crown Court"),
        ("Where was Severnmoor Water fined?", "Bristol Crown Court"),
        # a sentence that says nothing of paying names no payer; the one that does answers
        ("Who is paying for the new surgical hub?", "Department of Health"),
        ("How many patients are waiting at St Oswin's Hospital?", "21,200"),
    ],
)
def test_the_fortieth_trial_s_answers(round30_rag, question, short):
    _answers_with(round30_rag, question, short)


def test_a_list_row_is_cited_without_its_sibling_rows(round30_rag):
    answer = round30_rag.ask("How many patients are waiting at St Oswin's Hospital?")
    assert "Brackenfield" not in answer.answer, answer.answer


STRIKE_BALLOT = """---
title: Wexford Hill lecturers vote to strike over job cuts
date: 2025-05-12
source: Campus Courier
---
Lecturers at Wexford Hill University have voted to strike over plans to cut 180 academic jobs.

The university's vice-chancellor, Professor Alan Whitby, said the cuts were needed to close a
deficit of £24 million. He said the university had lost income because the number of
international students had fallen by 22 percent in two years.
"""


def test_a_sum_of_another_kind_is_refused_without_a_false_reason(tmp_path_factory):
    # The fortieth trial: "£24 million" (a deficit) had answered the vice-chancellor's pay;
    # refused, the reply then said the report left out "vice", which it says.
    rag = _one_article_rag(tmp_path_factory, "strike-ballot", STRIKE_BALLOT)
    answer = rag.ask("How much is the vice-chancellor of Wexford Hill paid?")
    assert answer.refused, answer.answer
    assert '"vice"' not in answer.answer
    assert rag.ask("How big is the deficit?").short_answer.text == "£24 million"


def test_an_age_described_of_another_named_person_is_refused(trial37_rag):
    # "a 91-year-old former schoolteacher, Arthur Bellamy" had answered the judge's age
    answer = trial37_rag.ask("How old is Judge Harriet Lomax?")
    assert answer.refused, answer.answer
    assert trial37_rag.ask("How old is Arthur Bellamy?").short_answer.text == "91"


PORTLAW = """---
title: Course records fall at Portlaw Harbour Half Marathon
date: 2025-05-18
source: Portlaw Packet
---
Course records fell in both main races at the Portlaw Harbour Half Marathon on Sunday.

In the wheelchair race, Callum Rhodes took the men's title in 48:30, and Jenna Ward won the
women's wheelchair race in 55:02. It was Ward's third win in a row.
"""


@pytest.fixture(scope="module")
def two_races_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "two-races", {"carran-marathon": MARATHON, "portlaw-half": PORTLAW}
    )


def test_a_name_s_own_words_decide_which_report_says_it(two_races_rag):
    # "Carran Marathon" is not said by the Portlaw report, though it says "marathon"
    carran = two_races_rag.ask("Who won the wheelchair race at the Carran Marathon?")
    assert carran.refused, carran.answer
    portlaw = two_races_rag.ask("Who won the women's wheelchair race at Portlaw?")
    assert portlaw.short_answer is not None and portlaw.short_answer.text == "Jenna Ward"


LINDMOOR = """---
title: Waiting list at Lindmoor hospitals rises to 61,300
date: 2025-02-20
source: Northern Health Review
---
The number of patients waiting for planned treatment at Lindmoor Teaching Hospitals NHS Trust has
risen to 61,300, the highest figure since records began, according to a report published on
Wednesday.

The report, presented to the trust's board by medical director Dr Aisha Morgan, shows that the
list grew by 7 percent in the twelve months to December 2024. Around 4,100 patients have now
waited more than a year for treatment.

Dr Morgan said the main causes were a shortage of anaesthetists and the closure of two operating
theatres at Calder General Hospital for repairs to the ventilation system. "We have the surgeons,
but we cannot operate safely without enough anaesthetists," she said.

The longest waits are in orthopaedics, where the median wait is now 41 weeks. The report gives the
following figures for the trust's three hospitals:

- Calder General Hospital: 27,800 patients waiting
- St Oswin's Hospital: 21,200 patients waiting
- Brackenfield Community Hospital: 12,300 patients waiting

The trust plans to open a new surgical hub at St Oswin's Hospital in September 2025, which it says
will carry out 9,000 extra operations a year. The hub will cost £23 million, funded by the
Department of Health.

Chief executive Mr Daniel Okafor said the trust had recruited 14 anaesthetists since October and
expected the list to start falling by the summer. Patient groups were less hopeful. Mrs Janet Fell
of Lindmoor Patients' Voice said many people on the list were in constant pain and some had given
up work.
"""


@pytest.fixture(scope="module")
def trial40_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "trial40",
        {"hospital-waiting": LINDMOOR, "crown-court-sentencing": SENTENCING},
    )


@pytest.mark.parametrize(
    ("question", "cause"),
    [
        ("Why did the Lindmoor waiting list grow?", "the main causes were"),
        ("Why has the waiting list at Lindmoor risen?", "the main causes were"),
        ("What did Dr Aisha Morgan blame for the rise?", "the main causes were"),
        ("What was the rise in the Lindmoor waiting list blamed on?", "the main causes were"),
        ("What did Dr Morgan put the rise in the waiting list down to?", "the main causes were"),
        ("Why did Pargeter steal?", "gambling debts"),
    ],
)
def test_the_fortieth_trial_s_causes_are_cited(trial40_rag, question, cause):
    # each cited the rise (or the theft) without its cause, or was refused
    answer = trial40_rag.ask(question)
    assert not answer.refused, answer.answer
    assert answer.short_answer is None  # a cause is told by the sentence, not a phrase of it
    assert any(cause in c.sentence for c in answer.citations), answer.answer


def test_a_defence_s_account_is_no_cause_of_a_sentence_passed(trial40_rag):
    answer = trial40_rag.ask("Why was the care home manager jailed?")
    assert not answer.refused and "stole" in answer.answer
    assert not any("Defending" in c.sentence for c in answer.citations), answer.answer


# Round 31: a later report's figure whose clause ends with who reported it; a court part
# asked by the advocate's job ("barrister", "lawyer").
CARROW_FIRST = """---
title: Wildfire on Carrow Moor forces families from their homes
date: 2025-07-18
source: Moorland Post
---
A wildfire on Carrow Moor has burned about 300 hectares of heath and forced 85 homes to be
evacuated, fire officials said on Friday.

The fire started on Wednesday afternoon near the village of Greyscar and spread quickly in strong
easterly winds. Around 60 firefighters and 12 fire engines from Northfell Fire and Rescue Service
are tackling the blaze, supported by a helicopter dropping water.

Area manager Ms Karen Holt said crews had made progress overnight but the fire was not yet under
control. "The ground is extremely dry after six weeks without rain, and the peat is burning below
the surface," she said.

Residents of Greyscar have been taken to an emergency shelter at Northfell Leisure Centre. The
B6270 road between Greyscar and Hawes Bridge has been closed.

Police said they were investigating whether the fire had been started by a disposable barbecue. No
injuries have been reported.
"""
CARROW_LATER = """---
title: Carrow Moor fire now covers 420 hectares as more homes evacuated
date: 2025-07-21
source: Moorland Post
---
The wildfire on Carrow Moor has now burned 420 hectares, and the number of homes evacuated has
risen to 140, Northfell Fire and Rescue Service said on Monday.

Crews have been fighting the fire for five days. Area manager Ms Karen Holt said the fire was now
70 percent contained and that the wind had dropped. About 80 firefighters are now working on the
moor.

Residents of the hamlet of Low Skell were moved out on Sunday night as the fire spread south. Most
of the people evacuated from Greyscar on Wednesday have been allowed to return home.

A 34-year-old man from Hawes Bridge has been arrested on suspicion of arson and released on bail,
police said. Detective Inspector Mark Rowley said officers wanted to speak to anyone who had been
on the moor on Wednesday afternoon.

Conservation charity Moorland Trust said the fire had destroyed nesting sites of curlew and golden
plover and that the peat could take fifty years to recover. The B6270 remains closed.
"""
ROWING_FRAUD = """---
title: Former treasurer jailed for stealing £214,000 from rowing club
date: 2025-09-04
source: Eastbury Evening Post
---
A former treasurer who stole £214,000 from a rowing club over six years has been jailed for four
years and three months.

Mr Gareth Pollard, 58, of Mill Road, Eastbury, admitted fraud by abuse of position at an earlier
hearing. He transferred club money into his own accounts in more than 300 payments between 2018 and
2024 and spent it on holidays, a motorhome and online gambling.

Prosecuting, Ms Harriet Quayle told Eastbury Crown Court that the theft came to light when the
club's bank refused a payment for a new boat because the account was empty. The Kestrel Rowing
Club, founded in 1921, has about 240 members and nearly had to close.

Defending, Mr Owen Lacey said his client was deeply ashamed and had been treated for a gambling
addiction since his arrest. He said Pollard had already repaid £18,000 by selling the motorhome.

Sentencing, Judge Rebecca Thornhill said Pollard had betrayed the trust of friends who had known
him for decades. She ordered a confiscation hearing to be held in January.

The club's chairman, Mr Dennis Okoro, said members had raised £52,000 through a crowdfunding appeal
to keep the club going. "We are still here, and we will still be rowing next spring," he said.
"""


@pytest.fixture(scope="module")
def round31_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round31",
        {"wildfire-1": CARROW_FIRST, "wildfire-2": CARROW_LATER, "court-fraud": ROWING_FRAUD},
    )


@pytest.mark.parametrize(
    "question",
    [
        "How many homes were evacuated because of the wildfire on Carrow Moor?",
        "How many homes have been evacuated in the Carrow Moor fire?",
    ],
)
def test_an_update_whose_clause_names_who_reported_it(round31_rag, question):
    # the later report's "..., Northfell Fire and Rescue Service said on Monday" had made its
    # 140 someone else's figure, and the first report's 85 answered alone
    answer = round31_rag.ask(question)
    assert answer.short_answer is not None and answer.short_answer.text == "140", answer.answer
    assert "85" in answer.answer  # named as first reported


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Who was the barrister for Gareth Pollard?", "Mr Owen Lacey"),
        ("Who was Gareth Pollard's lawyer?", "Mr Owen Lacey"),
        ("Who defended Gareth Pollard?", "Mr Owen Lacey"),
        ("Who prosecuted Pollard?", "Ms Harriet Quayle"),
    ],
)
def test_a_court_part_asked_by_the_advocate_s_job(round31_rag, question, short):
    # refused at confidence 0.06: "barrister" is never said, and the slot looked missing
    _answers_with(round31_rag, question, short)


@pytest.mark.parametrize(
    "question",
    [
        "Who was jailed for stealing from the rowing club?",
        "Who was jailed for four years and three months?",
    ],
)
def test_the_one_a_lead_tells_of_is_named_when_his_sentence_outranks_it(round31_rag, question):
    # refused: "Mr Gareth Pollard, 58, ... admitted fraud" outranked the lead that says the
    # jailing, and only the best chosen sentence was read as a lead
    answer = round31_rag.ask(question)
    assert answer.short_answer is not None and "Gareth Pollard" in answer.short_answer.text
    assert any("A former treasurer" in c.sentence for c in answer.citations), answer.answer


# Trial 43: a recall widened in a later report ("the lid can spring open" in the first had
# read as a period, so the update was missed).
KETTLES_FIRST = """---
title: Kettles recalled over scalding risk
date: 2024-04-08
source: Consumer Watch UK
---
Homeware retailer Larkspur Living is recalling 48,000 electric kettles because the lid can spring
open while the water is boiling, scalding users.

The recall covers the Larkspur Aura 1.7-litre kettle, model number LA-170, sold in its 64 shops and
online between March 2023 and February 2024 for £34.99.

The company said it had received 12 reports of the lid opening, including three in which customers
suffered minor burns.

Customers are being told to stop using the kettle immediately and return it to any store for a full
refund, or to request a free collection.

Larkspur's head of product safety, Dr Imogen Carr, said: "We are very sorry. The safety of our
customers comes first."

The Office for Product Safety and Standards said it was monitoring the recall. The kettles were
made by a manufacturer in Guangdong, China, which has not been named.

Larkspur said the fault lay in a plastic catch on the hinge of the lid, which could weaken after
repeated heating. Anyone unsure which model they own can check the number printed on the base of
the kettle.
"""
KETTLES_LATER = """---
title: Larkspur kettle recall widened after more burns
date: 2024-05-20
source: Consumer Watch UK
---
Larkspur Living has widened its recall of electric kettles to 71,000 after it emerged that a second
model had the same faulty lid catch.

The Larkspur Aura Mini 1-litre kettle, model LA-100, which sold for £27.99, has been added to the
recall of the 1.7-litre Aura.

The retailer said it had now received 31 reports of lids springing open, and nine customers had
suffered burns, one of them a four-year-old girl from Swindon who needed hospital treatment.

So far 19,500 kettles have been returned, the company said, about 27% of those sold.

Chief executive Martin Greaves said the company had set aside £2.6 million to cover refunds and
collections. "We will not stop until every one of these kettles is off people's kitchen worktops,"
he said.

Consumer campaigner Hannah Boateng, of the Home Safety Trust, said the first recall notice had been
"too slow and too quiet". "Families were still boiling water in these kettles weeks after the fault
was known," she said.

Trading Standards officers in Wiltshire are investigating.
"""


@pytest.fixture(scope="module")
def kettles_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "kettles",
        {"kettle-recall": KETTLES_FIRST, "kettle-recall-widened": KETTLES_LATER},
    )


@pytest.mark.parametrize(
    "question",
    ["How many kettles has Larkspur recalled?", "How many kettles are being recalled?"],
)
def test_a_widened_recall_is_an_update(kettles_rag, question):
    answer = kettles_rag.ask(question)
    assert answer.short_answer is not None and answer.short_answer.text == "71,000"
    assert "first reported as 48,000" in answer.answer


# Trial 43: a rugby report whose score is a line of its own.
RUGBY = """---
title: Kingsbridge edge Aldermoor in derby thriller
date: 2024-10-13
source: West Country Sport
---
Kingsbridge 25 Aldermoor 22

Fly-half Jamie Trevithick kicked a penalty two minutes from time as Kingsbridge came from behind to
beat local rivals Aldermoor in front of a record crowd of 3,850 at Meadow Park on Saturday.

Aldermoor led 17-10 at half-time after tries from wing Sam Okonjo and hooker Lewis Baird, both
converted by Harry Venn, who also kicked a penalty. Number eight Marcus Lyle scored Kingsbridge's
first-half try.

Centre Tomasz Nowak levelled the scores early in the second half, but Okonjo went over for his
second try with ten minutes left. Flanker Dafydd Rees replied for Kingsbridge before Trevithick's
late penalty settled it. Trevithick finished with 10 points.

Kingsbridge head coach Lucy Hamer said: "We showed real character. Nobody gave up." Aldermoor
director of rugby Gavin Stroud said his side had "lost it in the last five minutes" and complained
about the penalty decision.

Referee Emma Castell sent Aldermoor prop Ben Hollis to the sin bin in the 55th minute.

The win lifts Kingsbridge to third in National League Two West, four points behind the leaders,
Penryn. Aldermoor drop to seventh.

Kingsbridge visit Penryn next Saturday.
"""


@pytest.fixture(scope="module")
def rugby_rag(tmp_path_factory):
    return _one_article_rag(tmp_path_factory, "kingsbridge-aldermoor", RUGBY)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # refused: the scoreline line ranked fourth and says neither "final" nor "score"
        ("What was the final score between Kingsbridge and Aldermoor?",
         "Kingsbridge 25 Aldermoor 22"),
        # had answered the half-time score
        ("What was the score in the Kingsbridge v Aldermoor match?",
         "Kingsbridge 25 Aldermoor 22"),
        ("What was the half-time score?", "17-10"),
        # refused: a crowd was no count of people
        ("How many people watched Kingsbridge play Aldermoor?", "3,850"),
        # round 32: the crowd had been given as the result; the referee for the one sin-binned
        ("What was the result of the Kingsbridge v Aldermoor game?",
         "Kingsbridge 25 Aldermoor 22"),
        ("Which Aldermoor player was sin-binned?", "Ben Hollis"),
    ],
)
def test_a_match_report_s_scoreline_and_crowd(rugby_rag, question, short):
    _answers_with(rugby_rag, question, short)


def test_a_scoreline_answer_is_said_once(rugby_rag):
    answer = rugby_rag.ask("What was the final score between Kingsbridge and Aldermoor?")
    assert answer.answer.count("Kingsbridge 25 Aldermoor 22") == 1, answer.answer
    assert answer.citations and answer.citations[0].sentence == "Kingsbridge 25 Aldermoor 22"


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # trial 40: orthopaedics' 41 weeks had answered for cardiology
        ("What is the median wait for cardiology?", None),
        ("How long is the median wait for dermatology at the trust?", None),
        ("What is the median wait for orthopaedics?", "41 weeks"),
    ],
)
def test_a_kind_the_report_never_names_is_refused(trial40_rag, question, short):
    answer = trial40_rag.ask(question)
    if short is None:
        assert answer.refused, answer.answer
    else:
        assert answer.short_answer is not None and answer.short_answer.text == short


def test_the_judge_in_a_named_case(round31_rag):
    # re-test 44: "case" is said nowhere in the report, and was read as a kind it lacks
    _answers_with(round31_rag, "Who was the judge in the Pollard case?", "Judge Rebecca Thornhill")


COURT_ROUND32 = """---
title: Former club secretary jailed for £48,000 theft
date: 2025-06-02
source: Fenland Gazette
---
A former secretary of a Wisbech bowls club has been jailed for 16 months for stealing £48,000 of
its money.

Derek Amesbury, 66, of Church Terrace, Wisbech, admitted theft at Cambridge Crown Court.

Prosecuting, Mr Owen Talbot KC told the court that Amesbury had moved the club's money into his
own account in 140 payments between 2019 and 2024.

Defending, Ms Priya Lal said her client was ashamed and had repaid £6,000.

Recorder Fiona Grant said: "You betrayed people who had trusted you for decades."

The theft came to light when the club's new treasurer queried a cheque.
"""


@pytest.fixture(scope="module")
def court32_rag(tmp_path_factory):
    return _one_article_rag(tmp_path_factory, "bowls-club-theft", COURT_ROUND32)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # round 32: the part named in a sentence the cross-encoder put third, or a judge
        # named by title alone ("Recorder"), was refused or answered with a noun of the lead
        ("Who prosecuted Derek Amesbury?", "Mr Owen Talbot KC"),
        ("Who defended Amesbury?", "Ms Priya Lal"),
        ("Who sentenced Derek Amesbury?", "Fiona Grant"),
        ("Which judge jailed the former club secretary?", "Fiona Grant"),
    ],
)
def test_a_court_part_is_read_wherever_it_ranks(court32_rag, question, short):
    _answers_with(court32_rag, question, short)


FOOTBALL_ROUND32 = """---
title: Ashby hat-trick sends Wetherton through in the county cup
date: 2025-10-05
source: Dales Sport
---
Wetherton Athletic 4 Marsden Vale 1

Lewis Ashby struck a hat-trick as Wetherton Athletic swept past ten-man Marsden Vale to reach the
quarter-finals of the county cup at Mill Lane on Saturday.

Ashby opened the scoring after nine minutes. Marsden levelled on 30 minutes when Ryan Doyle headed
in a corner.

Marsden defender Sam Kerr was shown a straight red card by referee Helen Shaw before half-time,
and Ashby added two more after the break. Substitute Jamie Platt completed the scoring.
"""


@pytest.fixture(scope="module")
def football32_rag(tmp_path_factory):
    return _one_article_rag(tmp_path_factory, "wetherton-marsden", FOOTBALL_ROUND32)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # round 32: the scoreline was found and refused by the calibration (0.17)
        ("What was the final result of Wetherton Athletic v Marsden Vale?",
         "Wetherton Athletic 4 Marsden Vale 1"),
        ("What was the score between Wetherton Athletic and Marsden Vale?",
         "Wetherton Athletic 4 Marsden Vale 1"),
        ("How many goals did Lewis Ashby score?", "a hat-trick"),
    ],
)
def test_a_scoreline_is_answered_by_its_construction(football32_rag, question, short):
    _answers_with(football32_rag, question, short)


FOOTBALL_ROUND33 = """---
title: Hesketh Town beaten by ten-man Aldwick as Ridley sees red
date: 2026-11-28
source: Moss Lane Sport
---
Hesketh Town lost 2-1 at home to Aldwick United in the FA Trophy on Saturday despite playing
against ten men for the final half hour.

Aldwick defender Callum Ridley was shown a straight red card by referee Martin Colley in the
61st minute for a lunge on Hesketh winger Sam Okoro.

Hesketh captain Dean Marsh was booked for dissent shortly before half-time, and Aldwick
midfielder Tom Gale was cautioned for time-wasting in stoppage time.

Aldwick took the lead through striker Jordan Fell after 12 minutes, and Harry Quinn doubled it
with a header on 40 minutes. Okoro pulled one back for Hesketh in the 77th minute.
"""


@pytest.fixture(scope="module")
def football33_rag(tmp_path_factory):
    return _one_article_rag(tmp_path_factory, "hesketh-aldwick", FOOTBALL_ROUND33)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # round 33: "sent off" over "shown a straight red card" was refused (0.24) or answered
        # with the booked player; the score of "lost 2-1 at home" was no candidate at all
        ("Which Aldwick player was sent off?", "Callum Ridley"),
        ("Who was sent off?", "Callum Ridley"),
        ("Who was dismissed?", "Callum Ridley"),
        ("Who received a yellow card?", "Dean Marsh"),
        ("What was the score?", "2-1"),
        ("What was the score in the FA Trophy tie?", "2-1"),
    ],
)
def test_a_deed_in_other_words_and_a_result_with_its_score(football33_rag, question, short):
    _answers_with(football33_rag, question, short)


RESULTS_ROUND33 = """---
title: Holloway Foods profits fall despite sales rise
date: 2025-04-24
source: Business Wire North
---
Holloway Foods, the Leeds-based maker of ready meals, reported a 12% fall in pre-tax profit for
the first quarter of 2025, even though sales rose.

Revenue for the three months to March 31 was £186.4 million, up from £171.9 million in the same
quarter last year. Pre-tax profit fell to £9.8m from £11.1m.

The company blamed higher energy and packaging costs. Shares in Holloway fell 38p, or 6.1%, to
584p.

Finance director Anita Gorse said the firm expected full-year revenue of between £740 million and
£760 million.
"""


@pytest.fixture(scope="module")
def results33_rag(tmp_path_factory):
    return _one_article_rag(tmp_path_factory, "holloway-results", RESULTS_ROUND33)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # round 33 (trial 49): the lead tells of "a 12% fall in pre-tax profit" and holds no
        # figure of it; the sentence that gives it scored 11 under the lead and was never read
        ("What was Holloway Foods' pre-tax profit?", "£9.8m"),
        ("What was the pre-tax profit?", "£9.8m"),
        ("What was Holloway Foods' revenue?", "£186.4 million"),
        ("What was Holloway's revenue a year earlier?", "£171.9 million"),
    ],
)
def test_a_figure_said_far_under_a_lead_that_names_it_without_one(results33_rag, question, short):
    _answers_with(results33_rag, question, short)


def test_a_figure_the_report_never_gives_is_still_refused(results33_rag):
    assert results33_rag.ask("What was Holloway Foods' operating profit?").refused


WALK_ROUND33 = """---
title: Retired teacher's coast walk raises £23,500 for hospice
date: 2025-07-08
source: Tilby Gazette
---
A retired teacher from Tilby has raised £23,500 for St Winifred's Hospice by walking the entire
630-mile South West Coast Path.

Margaret Ellison, 71, completed the walk in 47 days, finishing at Poole on 3 July. She had set out
from Minehead on 18 May with a target of £10,000.
"""

STUDY_ROUND33 = """---
title: Study finds daily walk cuts risk of depression by a quarter
date: 2025-05-19
source: Science Daily Digest
---
People who walk for at least 30 minutes a day are 26% less likely to develop depression,
according to a study by researchers at the University of Northmoor.

The study followed 18,400 adults for eight years. Of those who walked less than ten minutes a
day, 11.3% were diagnosed with depression, compared with 8.4% of those who walked for half an
hour or more.

The research was led by Dr Aisha Kamara and was published on 15 May. It was funded by the
Medical Research Council.
"""


@pytest.fixture(scope="module")
def walks33_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "walks33", {"charity-walk": WALK_ROUND33, "walk-study": STUDY_ROUND33}
    )


def test_a_figure_of_another_story_is_no_update_of_the_one_named(walks33_rag):
    """Round 33 (trial 49): "a target of £10,000" of the charity walk, read as an update, had
    answered how much the Medical Research Council gave the study (0.71)."""
    assert walks33_rag.ask(
        "How much money did the Medical Research Council give the walking study?"
    ).refused


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("How much did Margaret Ellison raise?", "£23,500"),
        ("Where did Margaret Ellison finish her walk?", "Poole"),
    ],
)
def test_the_walk_is_still_answered(walks33_rag, question, short):
    _answers_with(walks33_rag, question, short)


CUP_ROUND33 = """---
title: Tilby Ladies beat Ashcombe Rovers 3-1 to reach cup final
date: 2025-03-31
source: Tilby Gazette
---
Tilby Ladies reached the final of the County Women's Cup with a 3-1 victory over Ashcombe Rovers
at Meadow Park on Sunday, watched by a crowd of 1,146.

Striker Jess Okafor opened the scoring in the 12th minute, curling a shot into the top corner.
Ashcombe equalised through Hannah Pryce on 34 minutes.

After the break, midfielder Chloe Batty restored Tilby's lead with a header in the 58th minute,
and Okafor added her second from the penalty spot in the 81st minute.

Ashcombe defender Megan Cole was shown a yellow card in the 80th minute for the foul, and her
teammate Rosie Thwaite was sent off in stoppage time for a second bookable offence.
"""


@pytest.fixture(scope="module")
def cup33_rag(tmp_path_factory):
    return _one_article_rag(tmp_path_factory, "tilby-ashcombe", CUP_ROUND33)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        # round 33 (trial 49): the scorer of the other side, in the sentence the cross-encoder
        # put first, had answered "Who scored Ashcombe Rovers' goal?" (0.87)
        ("Who scored Ashcombe Rovers' goal?", "Hannah Pryce"),
        ("Who scored for Ashcombe?", "Hannah Pryce"),
        ("Who was booked?", "Megan Cole"),
        ("What was the score?", "3-1"),
    ],
)
def test_a_sides_scorer_is_read_in_the_sentence_naming_the_side(cup33_rag, question, short):
    _answers_with(cup33_rag, question, short)


# Round 34 (trial 51 and the leftovers): stories of its own, end to end with the real models.
BUILDERS_ROUND34 = """---
title: Orchard Lane homes approved with limits on building hours
date: 2025-05-20
source: Vale Courier
---
Plans for 140 homes at Orchard Lane in Brinford were approved by the district council on Monday.

Builders will be allowed to work between 8am and 6pm on weekdays, with no work at weekends or on
bank holidays, the council said.

Of the homes, 42 will be affordable, and the developer, Kestrel Homes, must pay £1.1m towards a
new primary school.
"""
FESTIVAL_ROUND34 = """---
title: Record crowds at Larkfield Festival
date: 2025-08-04
source: Vale Courier
---
A record 42,000 people attended the Larkfield Festival over three days, from 1 to 3 August, up
from 35,000 last year.

The festival at Larkfield Park was headlined by the indie band The Vantage Lines on Friday and the
singer Amara Quinn on Saturday.
"""
BREWER_ROUND34 = """---
title: Harbour Ales profit falls as barley costs rise
date: 2025-03-11
source: Coastal Ledger
---
Harbour Ales, the Porthmere brewer, said on Tuesday that its pre-tax profit dropped to £41.2m
from £45.3m in the year to December, as the price of malting barley rose by a fifth.

The brewer employs 640 people. Drivers of its lorries will get a rise of 5.8%, taking their
hourly rate from £13.20 to £13.97.
"""


@pytest.fixture(scope="module")
def round34_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round34",
        {"builders": BUILDERS_ROUND34, "festival": FESTIVAL_ROUND34, "brewer": BREWER_ROUND34},
    )


# Round 35 (trial 54 and the leftovers): stories of their own, end to end with the real models.
REGATTA_ROUND35 = """---
title: Teenager wins Kelso Bay regatta as rescue crews stand by
date: 2025-07-14
source: Borders Gazette
---
Sixteen-year-old Isla Rennie won the Kelso Bay single sculls on Saturday, beating the defending
champion, Martin Dow, by two lengths. Local rower Callum Fyfe was third.

Isla Rennie, a pupil at Kelso High School, took the single sculls prize of £2,500. She is the
youngest winner in the regatta's 90-year history.

Two canoeists who capsized near the finish were pulled from the water by the Kelso Bay
lifeboat. Both were cold but unhurt. It was the station's 23rd call-out this year.

Regatta secretary Moira Lang said the prize money would rise next year. Entry costs £15 for
each crew.
"""
HARDWARE_ROUND35 = """---
title: Tillman Hardware to open six new stores
date: 2025-06-02
source: Borders Gazette
---
Tillman Hardware is to open six new stores over the next two years, taking its total from 18 to
24 and creating 120 jobs during construction and a further 90 permanent posts.

Staff will get a rise of 4.5%, taking the hourly rate from £12.40 to £12.96. The union had been
asking for 6%.

Operations director Fiona Blackwood said refunds would be paid within 14 days.
"""


@pytest.fixture(scope="module")
def round35_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round35", {"regatta": REGATTA_ROUND35, "hardware": HARDWARE_ROUND35}
    )


# Round 36 (trial 57, re-tests 55 and 58): counts said further down, a group named the
# sentence before, a run's close, a date of another deed, a separate event, a rank, an
# undisclosed sum, a role said by its verb, before and after, a plan given up.
LIGHTHOUSE_ROUND36 = """---
title: Lighthouse show opens as coastguards rescue two anglers
date: 2025-05-10
source: Northumbria Post
---
An exhibition of Victorian lighthouse lenses opens at the Harbour Museum in Amble this week.
"Beams of Light" runs from 12 May to 28 September, and entry costs £6 for adults.

Curator Joanna Pike said the lenses had been stored in a shed for forty years.

Two anglers were rescued from Coquet Rocks on Friday after being cut off by the tide. The men,
both from Alnwick, were lifted off by the coastguard. It was the station's 41st call-out of the
year.

The museum, built in 1896, was closed for repairs in 2023. A fire broke out in its cafe at
about 4am on Sunday. A separate fire at a farm near Warkworth was started by a faulty heater.

Plans to close the museum's library were dropped after a petition.
"""
TAKEOVER_ROUND36 = """---
title: Packaging firm bought by rival
date: 2025-06-02
source: Midlands Business Wire
---
Corran Packaging has been bought by the German group Weiss Holdings for an undisclosed sum.

Corran, founded in 1961, employs 310 people and had turnover of £52 million last year.

Construction of a new warehouse is expected to create 60 jobs, and a further twelve permanent
roles will follow once it opens.

Before the deal the firm ran two shifts a day; it will now run three.
"""


@pytest.fixture(scope="module")
def round36_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round36",
        {"lighthouse": LIGHTHOUSE_ROUND36, "takeover": TAKEOVER_ROUND36},
    )


# Each trial round's kinds, end to end: (the round's store fixture, question, right short answer).
STORM_ROUND37 = """---
title: Storm brings down trees across Dunmere
date: 2026-02-14
source: Dunmere Post
---
No one was hurt when Storm Iris brought winds of up to 70mph to Dunmere on Thursday night.

The town's new leisure centre, which can seat 300 people in its hall, lost part of its roof. It
was opened in January by the mayor, who cut the ribbon in front of 200 guests.

Head groundsman Phil Archer said the cricket pitch would be ready for the new season.

The head of the town's flood trust, Alan Pryor, 58, said the river had stayed within its banks.
"""
BAKERY_ROUND37 = """---
title: Yeardley's Bakeries to close shops
date: 2026-07-30
source: Tarnby Echo
---
Yeardley's Bakeries is to close nine of its 46 shops by the end of October, putting 85 jobs at
risk.

The family-owned chain, founded in Tarnby in 1958 by baker Arthur Yeardley, said sales fell by 7
per cent to £31.2 million in the year to March.

The company did not name the nine shops.

Mr Vandersloot denied reports that the business was up for sale.
"""


@pytest.fixture(scope="module")
def round37_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round37", {"storm": STORM_ROUND37, "bakery": BAKERY_ROUND37}
    )


REGATTA_ROUND38 = """---
title: Fell race draws record field
date: 2026-06-07
source: Kirkby Gazette
---
Hannah Stott won the women's race at the Kirkby Fell Race on Saturday in one hour 12 minutes.

The 31-year-old teacher from Sedbergh said the descent had been "brutal".

The men's race was won by Tadeusz Nowicki, a farmer from Dent, in 58 minutes.

Among the oldest runners were James Trow, 72, and his wife Edna, 69, who ran together.
"""
MILL_ROUND38 = """---
title: Harwood Mill to close
date: 2026-06-09
source: Kirkby Gazette
---
Harwood Mill is to close its Kirkby spinning mill in September, the company said on Monday.

Neighbouring dairy Fellside Creamery, which employs 450 staff in the town, said it would offer
interviews to the mill's workers.
"""


RAIL_ROUND38 = """---
title: Rail strike to hit Dalesford services
date: 2026-06-10
source: Kirkby Gazette
---
Northern Lines said it would run about one train an hour on the main line, and no trains at all
on the Dale branch, during next week's strike.

The Harlow Vase, first valued at £40,000, has since been valued at £65,000 by an auctioneer.
"""


@pytest.fixture(scope="module")
def round38_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round38",
        {"race": REGATTA_ROUND38, "mill": MILL_ROUND38, "rail": RAIL_ROUND38},
    )


# Round 39: two reports of one appeal, a sum raised as its target is raised, ages said in
# apposition and in a relative clause, an engraving, a date said relative to another, a vote,
# a start date, and near misses (another's retirement, another plot's rent, an earlier
# offence's fine, an unnamed post).
PAVILION_FIRST_ROUND39 = """---
title: Appeal launched after fire destroys Ashby Green pavilion
date: 2026-04-06
source: Wolds Mercury
---
Ashby Green Cricket Club has set up an appeal committee to rebuild its pavilion, which was
destroyed by fire on Thursday night.

The blaze was spotted shortly after 11pm by a neighbour. The man, 39, and his son, 10,
who live beside the ground, called the fire service and no one was hurt.

Treasurer Ruth Calloway, 52, said the committee had opened a bank account for donations and
hoped to have a new building ready within two years.

A new pavilion will cost about £385,000, according to the club's architect. The club's
insurers would pay £240,000, leaving a gap of £145,000.

Captain Liam Hartnell, who is 29 and has played for the club since he was eight, said the
players would change in a marquee this summer. "We lost every trophy we had," he said.

Police said the cause of the fire was not thought to be suspicious.
"""
PAVILION_LATER_ROUND39 = """---
title: Pavilion appeal passes £50,000
date: 2026-06-22
source: Wolds Mercury
---
The committee raising money for a new pavilion at Ashby Green Cricket Club has now raised
£52,700 from villagers, businesses and a sponsored walk, and the target has been raised to
£160,000 after builders' prices went up.

Committee chairman Derek Oyelaran said the club had been "overwhelmed" by the support.

The club's community share offer, which asked members to buy £50 shares to pay for the kitchen
and changing rooms, has passed its target. More than 300 people bought shares, the club said.

Work on the new building is due to start in October, and the club hopes to open it for the
2028 season. Until then, teas will be served from a borrowed catering van, and the club's 80
junior players will train at the village school.
"""
RING_ROUND39 = """---
title: Wedding ring lost for sixty years returned to Kelford couple
date: 2026-05-11
source: Wolds Mercury
---
A wedding ring lost in a potato field more than sixty years ago has been returned to its owners
after it was dug up by a metal detectorist.

Derek Ainsley, 61, a retired postman from Market Hallow, found the ring last month while
searching farmland outside Kelford with permission from the landowners.

It is engraved "R & J 1959". After asking around the village, Mr Ainsley traced it to Ron and
June Fairbairn, who now live in a care home in Kelford.

The Fairbairns met at a dance in 1957 and married two years later. Mrs Fairbairn lost the ring
while picking potatoes in the autumn of 1963.

The farm belongs to Keith and Maureen Dallow, who are 71 and 68, and who said they were
delighted the ring had gone home.

"I've found buttons and coins for thirty years, but never anything like this," Mr Ainsley said.
"""
TOWN_ROUND39 = """---
title: Allotment rents to go up as new surgery is approved
date: 2026-07-15
source: Kelford Chronicle
---
Kelford Town Council has agreed to raise rents on its allotments for the first time in a
decade. Councillors voted eight to three in favour of the increase on Monday.

The annual rent for a full plot will rise from £38 to £60 from 1 April. The council said the
money would pay for new water troughs and repairs to the fencing.

Plans for a health centre on the old cattle market site were also approved. The surgery will
employ six GPs, four practice nurses and a clinical pharmacist when it opens next year.

Separately, a Kelford waste carrier, Barry Tolland, has been fined £6,200 by magistrates after
rubbish from his business was dumped in a lay-by on Mill Road. Tolland had a previous
conviction for a similar offence in 2020.
"""


@pytest.fixture(scope="module")
def round39_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round39",
        {"pavilion-first": PAVILION_FIRST_ROUND39, "pavilion-later": PAVILION_LATER_ROUND39,
         "ring": RING_ROUND39, "town": TOWN_ROUND39},
    )


# Round 40: unnamed people asked by another word of their kind (girl/daughter, café owner/runs
# the café), where a show is held, an untold tally of votes against, a post still unfilled, an age
# after a titled name, a whose-clause deed that is the relative's, a prosecutor in a long court
# report's third paragraph, a revised saving, an untold breakdown, a nightly window that is no
# start date, and a gap asked as a shortfall.
SHOW_ROUND40 = """---
title: Flower show returns to Selworth with new marquee appeal
date: 2026-06-18
source: Selworth Advertiser
---
The Selworth Flower Show will go ahead this summer despite losing its main marquee in February's
storms. The three-day show will run from 14 August to 16 August at the Priory Showground.

A new show director is still being sought after Gordon Pilley retired in the spring after 22
years in the post. Treasurer Hazel Brightwell is organising the show this year.

A replacement marquee will cost £52,000. The show's insurers will pay £34,000, leaving a gap of
£18,000, which the committee hopes to raise through a raffle and a sponsored cycle ride.

Wilfred Barnsley, 73, whose mother designed the silver rose trophy in 1961, will judge the
dahlia classes. The trophy goes to the best exhibit in the show.

Mayor of Selworth, Councillor Brenda Okafor, 67, will open the show on the Friday morning.
"""
COURT_ROUND40 = """---
title: Van driver who crashed on Quay Street while reading messages is banned
date: 2026-05-20
source: Selworth Advertiser
---
A Selworth delivery driver who mounted the pavement on Quay Street while reading messages on his
phone has been banned from driving for 18 months. No one was injured in the crash, which
happened during the morning rush hour.

Craig Mellor, 34, of Ferry Lane, admitted dangerous driving when he appeared before Selworth
magistrates on Tuesday. He was also ordered to carry out 150 hours of unpaid work and to pay
£400 in costs. The court heard he had held a licence for 15 years and had driven for the same
parcel firm since 2019. He had told officers at the scene that he was checking a delivery
address.

Prosecutor Mr Owen Raddle said Mellor's van left the road at about 8.30am on 3 March and
struck a wooden bench outside a café. A woman, 44, and her daughter, 7, had got up from the
bench moments earlier and were not hurt.

A man, 57, who runs the café, told police he heard a loud bang and ran outside to find the van's
engine still running and Mellor sitting at the wheel. Dashcam footage from a bus travelling
behind showed the van drifting across the road for several seconds before it hit the kerb.

Mellor's phone records showed he had been scrolling through messages in the minute before the
crash, the court heard. He had no previous convictions.

Defending, Ms Priya Lodge said her client had since lost his job and was deeply ashamed. He had
written a letter of apology to the café and paid for the bench to be replaced, she said.

The chairman of the bench told Mellor he had been extremely lucky that nobody had been killed
or badly injured, and that the ban would begin immediately.
"""
LAMPS_FIRST_ROUND40 = """---
title: Street lamps to go dark overnight in Selworth and Dunley
date: 2026-09-09
source: Selworth Advertiser
---
Selworth District Council will turn off 3,900 street lamps in Selworth and Dunley between 1am and
6am under plans to save £310,000 a year.

The council has not said how many lamps will be turned off in each town. Lamps near hospitals,
busy junctions and CCTV cameras will stay on all night.

Councillors voted seven to four in favour of the part-night lighting scheme at a meeting on
Tuesday. The part-night lighting scheme is due to begin on 6 April.
"""
LAMPS_LATER_ROUND40 = """---
title: Overnight lamp switch-off will save less than planned
date: 2027-01-14
source: Selworth Advertiser
---
Savings from Selworth's part-night street lighting scheme will be smaller than first thought,
the district council has said.

Because many of the lamps have already been fitted with cheaper LED bulbs, the expected annual
saving has fallen from £310,000 to £265,000.

Cabinet member Councillor Raj Bhandari said the scheme was still worth doing and would go ahead
as planned.
"""


@pytest.fixture(scope="module")
def round40_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round40",
        {"show": SHOW_ROUND40, "court": COURT_ROUND40, "lamps-first": LAMPS_FIRST_ROUND40,
         "lamps-later": LAMPS_LATER_ROUND40},
    )


# Round 41: a cost said by a word standing in for the thing ("The £274,000 scheme"), a stolen
# thing's worth said of "the vehicles" further down, a when- and a where-deed said in other words,
# who helped someone out (a name, or people by their work), a doer after "by" and a role word, a
# role opening a sentence, a cause said as what was to blame, a road buses are rerouted via, a
# newer report's total, a lead's figure by a word of the same sense, and refusals of a leader who
# is the opposition's, a half-time score, a price never paid and a price per item.
PAVILION_ROUND41 = """---
title: Quenby bowls club unveils plans for new pavilion
date: 2026-03-04
source: Quenby Mercury
---
Quenby Bowls Club has unveiled plans for a new pavilion beside its green on Mortlake Road.

The £274,000 scheme will replace a timber hut that has stood on the site since 1968. In 2014
the club built a clubhouse at its second green in Ashcombe for £88,000.

Captain Delphine Argyle, 46, said the club's 120 members had waited years for a proper building.
Opposition leader Gerald Pym said Quenby Town Council should help pay for the pavilion.

In football, Quenby Rovers beat Hallam Vale 3-1 at home on Saturday to go top of the league.

Separately, a bronze age axe head has gone on show at Quenby Museum. It was dug up on Hollin
Moor last May. The museum bought it for £3,200 from the owner of Hollin Moor, where it was
found by walker Gareth Imrie.
"""
PARK_FIRST_ROUND41 = """---
title: Skate park planned for Linden Fields
date: 2026-04-08
source: Quenby Mercury
---
Plans for a £64,000 skate park at Linden Fields in Quenby have been put forward by the town
council. Young people asked for the park in a survey last year.

The Regal cinema trust has been awarded £215,000 by the heritage lottery fund to restore the
town's 1930s picture house.

A sinkhole four metres wide opened on Tanner Street in Quenby on Monday. Engineers believe a
leaking Victorian drain was to blame. The street will be shut for a month and buses would be
rerouted via Osier Lane, the county council said.
"""
PARK_LATER_ROUND41 = """---
title: Linden Fields skate park approved
date: 2026-05-12
source: Quenby Mercury
---
Quenby's skate park at Linden Fields has been approved by councillors, who asked for a safety
fence to be put around it.

The fence will add £7,500 to the cost, bringing the total to £71,500. Work should finish by
the autumn.

The town council also confirmed that the fountains in the Market Square will be switched off in
the spring to cut water bills. The change is due to begin on 9 March, the council said on 2
February.

The Quenby Repair Café, founded two years ago by teenager Rowan Tilsley, has fixed more than
900 toasters, lamps and bicycles at its monthly sessions in the church hall.
"""
POLICE_ROUND41 = """---
title: Men who stole quad bikes from Fernleigh farm are jailed
date: 2026-02-20
source: Quenby Mercury
---
Two men who stole three quad bikes from a farm near Fernleigh have been jailed for a year.

Dean Harker, 27, and Lee Moult, 31, took the bikes from a barn at Upper Haddon Farm in
November. The vehicles, worth a total of £27,000, were sold at Sandmoor Market a week later.

Separately, an 82-year-old woman was rescued from a house fire in Cobden Row. Tomasz Brierley,
29, who lives next door, broke a window and helped Winifred Acre out of the house before the
fire service arrived. Her husband, Albert Acre, 85, was trapped upstairs until firefighters had
helped him out.
"""
KNITWEAR_ROUND41 = """---
title: Knitwear maker to hire 35 after winning department store order
date: 2026-01-15
source: Dales Business Post
---
A Cumbrian knitwear maker is to take on 35 new staff after signing a deal with the department
store chain Harlowe & Finch. Fellbeck Knitwear, based in Kendal, will make jumpers and scarves
under a three-year contract worth £1.8m.

Opposition leader on Kendal Town Council, Councillor Nadia Voss, welcomed the new jobs.
"""


@pytest.fixture(scope="module")
def round41_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round41",
        {"pavilion": PAVILION_ROUND41, "park-first": PARK_FIRST_ROUND41,
         "park-later": PARK_LATER_ROUND41, "police": POLICE_ROUND41,
         "knitwear": KNITWEAR_ROUND41},
    )


# Round 42: a when-deed said by a noun in a newer report of one story ("Completion has slipped"),
# a firm's age said as its history, a vote's tally and side, the figure of the candidate the
# question names, a sum said only of another clause, a hotel guest who is no owner, an age after
# "Mrs <Surname>" and a successor named after "succeeded by", counts said another way (names on a
# plaque, trees by their kind, empty stalls), a guide price beside the lead's sale price, a rent
# rise's new figure, and where a session is held.
SEAWALL_FIRST_ROUND42 = """---
title: Work on Hexley sea wall to start in spring
date: 2026-01-20
source: Hexley Gazette
---
Work on the new sea wall at Hexley will begin in April, Wenbury District Council has said.

The £3.4m wall will run for 600 metres along the Esplanade and protect 260 seafront homes from
flooding. Council leader Imogen Thwaite said the town had waited decades for it.

Residents have objected to a plan to fell 19 beech trees on the Esplanade to make room for the
works.
"""
SEAWALL_LATER_ROUND42 = """---
title: Hexley sea wall delayed after summer storms
date: 2026-09-15
source: Hexley Gazette
---
Hexley's new sea wall has been delayed, Wenbury District Council has said.
Completion has slipped from November to next June after storms in August washed away part of
the site. The contractor, Ridley Marine, said no homes had been put at risk.

Separately, the Hexley firm Garside Engineering has won the largest order in the company's
112-year history. It will build 40 lock gates for the Canal & River Trust under a £6m contract.
"""
MARKET_ROUND42 = """---
title: Stall rents to rise at Hexley indoor market
date: 2026-04-23
source: Hexley Gazette
---
Traders at Hexley's indoor market will pay more from July. The council will put the weekly rent
of a standard stall up from £95 to £110.

There are 52 occupied stalls and 11 empty ones. Traders say the rise will drive more of them
away.

At a meeting on Thursday, the councillors voted nine to three in favour of the increase. A
drop-in session for traders will be held at Hexley library on 12 May.
"""
BYELECTION_ROUND42 = """---
title: Liberal Democrats hold Abbey ward in Wenbury by-election
date: 2026-03-06
source: Hexley Gazette
---
The Liberal Democrats have held Abbey ward on Wenbury District Council in a by-election caused
by the death of Councillor Frank Oddie.

Fiona Marsh received 1,146 votes, a majority of 542 over the Conservative Tom Ashdown, who
polled 604. Labour's Deepak Rowe was third with 287. Turnout was 31%.

Separately, a plaque bearing the names of 43 men from Abbey parish who died in the First World
War has been unveiled at St Luke's Church.
"""
ROUNDUP_ROUND42 = """---
title: Derelict Quarry Street chapel sells for £78,500
date: 2026-05-28
source: Hexley Gazette
---
A derelict chapel in Hexley has sold at auction for £78,500. The Methodist chapel on Quarry
Street, which closed in 2009, had a guide price of £45,000. The buyer has not been named.

Margaret Hollins, headteacher of Wenbury Primary School, is to retire in the summer. Mrs
Hollins, 58, joined the school as a class teacher in 1994. She will be succeeded in September
by the deputy head, Alan Pettifer.

The school's parents' group wants to build an outdoor classroom. The group has raised £23,500
through quiz nights, and a lottery bid is pending for the rest.

Forty guests were led out of the Kingsway Hotel on the Esplanade on Saturday night after a
kitchen fire. Guests were moved to the Bellmont Hotel. One of them, Doris Fairclough, 80, said
staff at both hotels had been wonderful.
"""


@pytest.fixture(scope="module")
def round42_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round42",
        {"seawall-first": SEAWALL_FIRST_ROUND42, "seawall-later": SEAWALL_LATER_ROUND42,
         "market": MARKET_ROUND42, "byelection": BYELECTION_ROUND42,
         "roundup": ROUNDUP_ROUND42},
    )


ROUND_KINDS = [
    ("round34_rag", "Can builders work on Saturdays at Orchard Lane?", "No"),
    ("round34_rag", "Can builders work on Tuesdays at Orchard Lane?", "Yes"),
    ("round34_rag", "How many people attended the Larkfield Festival in 2024?", "35,000"),
    ("round34_rag", "How many people attended the Larkfield Festival?", "42,000"),
    ("round34_rag", "Who headlined the Larkfield Festival on Saturday?", "Amara Quinn"),
    ("round34_rag", "How much did Harbour Ales make before tax?", "£41.2m"),
    ("round34_rag", "What is the new hourly rate for Harbour Ales' lorry drivers?", "£13.97"),
    ("round35_rag", "Who won the Kelso Bay single sculls?", "Isla Rennie"),
    ("round35_rag", "Who finished third in the Kelso Bay single sculls?", "Callum Fyfe"),
    ("round35_rag", "How much prize money did the winner of the single sculls get?", "£2,500"),
    ("round35_rag", "How many call-outs has the Kelso Bay lifeboat station had this year?", "23"),
    ("round35_rag", "Were the canoeists injured?", "No"),
    ("round35_rag", "How many stores will Tillman Hardware have after the expansion?", "24"),
    ("round35_rag", "How many permanent jobs will Tillman Hardware create?", "90"),
    ("round35_rag", "What pay rise will Tillman Hardware staff get?", "4.5%"),
    ("round35_rag", "What pay rise did Tillman Hardware staff accept?", "4.5%"),
    ("round35_rag", "When will refunds be paid?", "within 14 days"),
    ("round35_rag", "Who is Fiona Blackwood?", "Operations director"),
    ("round36_rag", "When does the lighthouse lens exhibition close?", "28 September"),
    ("round36_rag", "Who is curating Beams of Light?", "Joanna Pike"),
    ("round36_rag", "Where were the rescued anglers from?", "Alnwick"),
    ("round36_rag", "How many call-outs has the coastguard station had this year?", "41"),
    ("round36_rag", "When did the fire at the Harbour Museum start?", "4am on Sunday"),
    ("round36_rag", "How many permanent jobs will the warehouse create?", "twelve"),
    ("round36_rag", "How many construction jobs will the warehouse create?", "60"),
    ("round36_rag", "Will the museum's library be closed?", "No"),
    ("round36_rag", "How much does it cost adults to get in to Beams of Light?", "£6"),
    ("round37_rag", "Who opened the leisure centre?", "mayor"),
    ("round37_rag", "Which storm hit Dunmere?", "Storm Iris"),
    ("round37_rag", "How strong were the winds in Dunmere?", "up to 70mph"),
    ("round37_rag", "How old is the head of the flood trust?", "58"),
    ("round37_rag", "Who set up Yeardley's Bakeries?", "Arthur Yeardley"),
    ("round37_rag", "Is Yeardley's Bakeries being sold?", "No"),
    ("round38_rag", "How old is Hannah Stott?", "31"),
    ("round38_rag", "How old is Edna Trow?", "69"),
    ("round38_rag", "How old is James Trow?", "72"),
    ("round38_rag", "How many staff does Fellside Creamery employ?", "450"),
    ("round38_rag", "Will any trains run on the Dale branch during the strike?", "No"),
    ("round38_rag", "What is the Harlow Vase valued at now?", "£65,000"),
    ("round39_rag", "Who is the treasurer of the Ashby Green appeal committee?", "Ruth Calloway"),
    ("round39_rag", "Who is the treasurer of the pavilion appeal committee?", "Ruth Calloway"),
    ("round39_rag", "How much has the pavilion appeal committee raised so far?", "£52,700"),
    ("round39_rag", "How much will the new pavilion cost?", "about £385,000"),
    ("round39_rag", "How much will the insurers pay towards the new pavilion?", "£240,000"),
    ("round39_rag", "How old is the captain?", "29"),
    ("round39_rag", "How old is the captain of Ashby Green Cricket Club?", "29"),
    ("round39_rag", "How old is the boy who called the fire service?", "10"),
    ("round39_rag", "How old was the father who called the fire service?", "39"),
    ("round39_rag", "How old is Keith?", "71"),
    ("round39_rag", "How old is Maureen Dallow?", "68"),
    ("round39_rag", "What is engraved on the ring?", "R & J 1959"),
    ("round39_rag", "When did the Fairbairns marry?", "two years later"),
    ("round39_rag", "When did the Fairbairns meet?", "1957"),
    ("round39_rag", "Which detectorist found the ring?", "Derek Ainsley"),
    ("round39_rag", "Did councillors vote for the allotment rent rise?", "Yes"),
    ("round39_rag", "Did the council approve the allotment rent increase?", "Yes"),
    ("round39_rag", "When does the allotment rent rise start?", "from 1 April"),
    ("round39_rag", "Did the pavilion share offer reach its target?", "Yes"),
    ("round40_rag", "How old was the girl?", "7"),
    ("round40_rag", "How old was the mother?", "44"),
    ("round40_rag", "How old is the café owner?", "57"),
    ("round40_rag", "Where is the Selworth Flower Show held?", "Priory Showground"),
    ("round40_rag", "Who is organising the Selworth Flower Show this year?", "Hazel Brightwell"),
    ("round40_rag", "How old is Brenda Okafor?", "67"),
    ("round40_rag", "How old is Wilfred Barnsley?", "73"),
    ("round40_rag", "Who prosecuted Craig Mellor?", "Owen Raddle"),
    ("round40_rag", "Who defended Craig Mellor?", "Ms Priya Lodge"),
    ("round40_rag", "How many hours of unpaid work must Craig Mellor do?", "150"),
    ("round40_rag", "How much will the part-night lighting scheme save each year?", "£265,000"),
    ("round40_rag", "How many street lamps will be turned off?", "3,900"),
    ("round40_rag", "When does the part-night lighting scheme begin?", "6 April"),
    ("round40_rag", "Did councillors approve the part-night lighting scheme?", "Yes"),
    ("round40_rag", "How much will the insurers pay towards the new marquee?", "£34,000"),
    ("round41_rag", "How much will the new pavilion cost?", "£274,000"),
    ("round41_rag", "How much did the clubhouse cost?", "£88,000"),
    ("round41_rag", "What were the stolen quad bikes worth?", "£27,000"),
    ("round41_rag", "When does the switch-off begin?", "9 March"),
    ("round41_rag", "Where were the stolen quad bikes sold?", "Sandmoor Market"),
    ("round41_rag", "Who rescued Winifred Acre?", "Tomasz Brierley"),
    ("round41_rag", "Who rescued Albert Acre?", "firefighters"),
    ("round41_rag", "Who founded the Quenby Repair Café?", "Rowan Tilsley"),
    ("round41_rag", "Who found the axe head?", "Gareth Imrie"),
    ("round41_rag", "How old is the Quenby Bowls Club captain?", "46"),
    ("round41_rag", "Which road will buses be diverted along while Tanner Street is shut?",
     "Osier Lane"),
    # (the diversion is the last paragraph of a skate park report: answered since round 42)
    ("round41_rag", "Which road will buses be diverted along?", "Osier Lane"),
    ("round41_rag", "What is the latest cost of the skate park?", "£71,500"),
    ("round41_rag", "How much will the skate park cost?", "£71,500"),
    ("round41_rag", "What was the original cost of the skate park?", "£64,000"),
    ("round41_rag", "How many new staff will Fellbeck Knitwear take on?", "35"),
    # ('take on 35 new staff' is said of 'A Cumbrian knitwear maker', named in the next
    # sentence: refused until round 60's `fits_type` read the sentence the answer came from)
    ("round41_rag", "How many jobs will Fellbeck Knitwear create?", "35"),
    # (round 45: the firm a lead describes is the one the next sentence names)
    ("round41_rag", "Which company signed a deal with Harlowe & Finch?", "Fellbeck Knitwear"),
    ("round42_rag", "When will the sea wall be completed?", "next June"),
    ("round42_rag", "When is the sea wall now expected to be finished?", "next June"),
    ("round42_rag", "When will work on the sea wall begin?", "April"),
    ("round42_rag", "How old is Garside Engineering?", "112-year history"),
    ("round42_rag", "How did the councillors vote?", "nine to three in favour"),
    ("round42_rag", "How many votes did the Labour candidate get in Abbey ward?", "287"),
    # (the winner's 1,146 come before the party is named: `_of_a_party_named_later`)
    ("round42_rag", "How many votes did the Conservative candidate get in Abbey ward?", "604"),
    ("round42_rag", "How old is Margaret Hollins?", "58"),
    ("round42_rag", "Who will replace Margaret Hollins?", "Alan Pettifer"),
    ("round42_rag", "How many names were on the plaque?", "43"),
    ("round42_rag", "How many beeches would the plan fell?", "19"),
    pytest.param(
        "round42_rag", "How many beech trees would be felled?", "19",
        marks=pytest.mark.xfail(strict=True, reason="refused: the passive 'be felled' is not met "
                                "with 'a plan to fell 19 beech trees' (answered as 'would the "
                                "plan fell')"),
    ),
    ("round42_rag", "How many stalls are empty?", "11"),
    ("round42_rag", "How many stalls are occupied?", "52"),
    ("round42_rag", "What was the guide price?", "£45,000"),
    ("round42_rag", "How much did the chapel sell for?", "£78,500"),
    ("round42_rag", "What will the weekly rent of a standard stall rise to?", "£110"),
    ("round42_rag", "Where will the session be held?", "Hexley library"),
]
# ... and its near misses, which are refused: (the round's store fixture, question).
ROUND_UNANSWERABLE = [
    ("round35_rag", "What were the names of the two canoeists?"),
    ("round35_rag", "How much did the Kelso Bay regatta cost to stage?"),
    ("round36_rag", "How much did Weiss Holdings pay for Corran Packaging?"),
    ("round36_rag", "Who were the two anglers rescued from Coquet Rocks?"),
    ("round37_rag", "Who heads the Dunmere cricket club?"),
    ("round37_rag", "Which Yeardley's shops will close?"),
    ("round37_rag", "How many people does Yeardley's employ?"),
    # (another's age called by age alone; another firm's workforce)
    ("round38_rag", "How old is Tadeusz Nowicki?"),
    ("round38_rag", "How many people does Harwood Mill employ?"),
    # (a retirement never dated; another plot's rent; the earlier offence's fine; a post unnamed)
    ("round39_rag", "When did Derek Ainsley retire?"),
    ("round39_rag", "How much is the rent for a half plot?"),
    ("round39_rag", "How much was Barry Tolland fined for his 2020 offence?"),
    ("round39_rag", "What is the name of the clinical pharmacist?"),
    # (votes against untold by name; a post still sought; a town's share untold)
    ("round40_rag", "Which councillors voted against the part-night lighting scheme?"),
    ("round40_rag", "Who will be the new show director?"),
    ("round40_rag", "How many street lamps will be turned off in Dunley?"),
    # (only the opposition leader is named; only the final score; a grant, not a price; only the
    # deal's total)
    ("round41_rag", "Who is the leader of Quenby Town Council?"),
    ("round41_rag", "What was the half-time score?"),
    ("round41_rag", "How much did the trust pay for the cinema?"),
    ("round41_rag", "How much does Harlowe & Finch pay for each jumper?"),
    ("round41_rag", "Who is the leader of Kendal Town Council?"),
    # (a sum the sentence gives only for the other clause; a guest quoted, not an owner; a
    # successor of someone the articles never name; the successor's own successor, untold)
    ("round42_rag", "How much was the lottery bid for?"),
    ("round42_rag", "Who owns the Bellmont Hotel?"),
    ("round42_rag", "Who will replace Graham Tilney?"),
    pytest.param(
        "round42_rag", "Who will replace the deputy head?",
        marks=pytest.mark.xfail(strict=True, reason="answers 'Alan Pettifer', who is the deputy "
                                "head succeeding Mrs Hollins, not the deputy head's successor"),
    ),
]


@pytest.mark.parametrize(("store", "question", "short"), ROUND_KINDS)
def test_a_trial_round_s_kinds_end_to_end(request, store, question, short):
    _answers_with(request.getfixturevalue(store), question, short)


@pytest.mark.parametrize(("store", "question"), ROUND_UNANSWERABLE)
def test_a_trial_round_s_near_misses_are_refused(request, store, question):
    assert request.getfixturevalue(store).ask(question).refused


# ... and questions a named person is near but is not the answer to: (store, question, name).
ROUND_NOT_THE_NAMED = [
    # (the deed in "whose mother designed the trophy" is the mother's)
    ("round40_rag", "Who designed the silver rose trophy?", "Barnsley"),
    # (a nightly window is not when the scheme begins)
    ("round40_rag", "When does the part-night lighting scheme begin?", "1am"),
    # (a sum paid for another building; where the bikes were stolen from, not sold; the date the
    # change was announced; the opposition leader; the final score; a grant; the deal's total;
    # the first report's cost; the neighbour who rescued the wife)
    ("round41_rag", "How much will the new pavilion cost?", "£88,000"),
    ("round41_rag", "Where were the stolen quad bikes sold?", "Fernleigh"),
    ("round41_rag", "Where were the stolen quad bikes sold?", "Upper Haddon"),
    ("round41_rag", "When does the switch-off begin?", "2 February"),
    ("round41_rag", "Who is the leader of Quenby Town Council?", "Pym"),
    ("round41_rag", "What was the half-time score?", "3-1"),
    ("round41_rag", "How much did the trust pay for the cinema?", "£215,000"),
    ("round41_rag", "How much does Harlowe & Finch pay for each jumper?", "£1.8m"),
    ("round41_rag", "What is the latest cost of the skate park?", "£64,000"),
    ("round41_rag", "Who rescued Albert Acre?", "Brierley"),
    ("round41_rag", "Which company signed a deal with Harlowe & Finch?", "Cumbrian"),
    # (the older completion date the newer report says has slipped; the guest quoted; the lead's
    # sale price; the winner's votes; the occupied stalls)
    ("round42_rag", "When will the sea wall be completed?", "November"),
    ("round42_rag", "When is the sea wall now expected to be finished?", "November"),
    ("round42_rag", "Who owns the Bellmont Hotel?", "Fairclough"),
    ("round42_rag", "What was the guide price?", "£78,500"),
    ("round42_rag", "How many votes did the Labour candidate get in Abbey ward?", "1,146"),
    ("round42_rag", "How many stalls are empty?", "52"),
    ("round42_rag", "How much was the lottery bid for?", "£23,500"),
]


@pytest.mark.parametrize(("store", "question", "name"), ROUND_NOT_THE_NAMED)
def test_a_trial_round_s_near_name_is_not_the_answer(request, store, question, name):
    answer = request.getfixturevalue(store).ask(question)
    if answer.refused:
        return
    assert answer.short_answer is not None, answer.answer
    assert name not in answer.short_answer.text, answer.answer


def test_a_cause_said_as_what_was_to_blame(round41_rag):
    answer = round41_rag.ask("What caused the sinkhole?")
    assert not answer.refused, answer.answer
    assert answer.short_answer is not None, answer.answer
    assert "leaking Victorian drain" in answer.short_answer.text


# Round 43: a year before a made thing's noun dates it ("the 1869 Victorian pier"), and a year of
# visitors does not; the firm said as doing "the work" under a lead saying what will be done, and a
# town after "in" is never the firm; "originally/first due to" asks the first report, not the
# meeting's day nor the update's; "from 3 May" says a start; hundredweight, "who is 52", Sir/Dame
# kept, "early 2028", "a 12-month suspended sentence"; a rent, compensation or cashier's name the
# articles never give; a pronoun after a doer the question names.
PIER_FIRST_ROUND43 = """---
title: Repairs to Saltby pier to start in spring
date: 2026-02-11
source: Saltby Advertiser
---
Repairs to the 1869 Victorian pier at Saltby will start from 1 April, East Wyre Borough Council
has said.

The go-ahead was given at a board meeting on 10 February. The work will be carried out by
Corrigan Marine Ltd and is expected to cost £2.6m. The pier is due to reopen in August.

The pier's cast-iron fog bell, which weighs 14 hundredweight, will be taken down and restored
in Blackpool.
"""
PIER_LATER_ROUND43 = """---
title: Saltby pier repairs put back to the autumn
date: 2026-06-18
source: Saltby Advertiser
---
Repairs to Saltby pier will now start on 7 September, East Wyre Borough Council has said.
Divers found more corrosion in the pier's iron legs than expected, and the cost has risen to
£3.1m.

The pier will not reopen until next spring. The leader of the council, Dame Judith Harrow, said
the delay was "frustrating but unavoidable".
"""
BATHS_ROUND43 = """---
title: Marine Parade baths to reopen after £1.9m refit
date: 2026-04-02
source: Saltby Advertiser
---
Saltby's Marine Parade baths will reopen on 25 April after a £1.9m refit. The Edwardian baths
drew 38,000 visitors in 2019, the last full year before they closed.

Sir Alan Brisco, the Olympic swimmer who learned to swim there as a boy, will cut the ribbon.

Separately, parking charges will apply on the seafront from 3 May. Drivers will pay £1.50 an
hour between 8am and 6pm. Councillors approved the charges at a meeting on 24 March.
"""
COURT_ROUND43 = """---
title: Rogue builder who left customers £86,000 out of pocket spared jail
date: 2026-05-14
source: Saltby Advertiser
---
A rogue builder has been spared jail after taking money for work he never finished. Darren Pask,
of Station Road, Saltby, admitted fraud at Preston Crown Court. He took £86,000 from his
customers over three years. One couple paid him £18,000 for a roof that was never fitted.

Pask, who is 52, received a 12-month suspended sentence and was ordered to do 200 hours of
unpaid work.

In a separate case, a man who threatened a cashier with a hammer at Saltby Post Office was
jailed for four years. The branch manager, Priya Nandra, said her staff were still shaken.
"""
ROUNDUP_ROUND43 = """---
title: Saltby water tower to be demolished
date: 2026-03-19
source: Saltby Advertiser
---
Saltby's 1936 water tower is to be demolished after United Utilities said it was no longer
needed. The work will be carried out by Hallam Demolition Ltd, which is based in Preston, and
will take ten weeks.

A new lifeboat station for Saltby will open in early 2028, the RNLI has said. The £5.4m station
will replace the 1911 boathouse on the promenade.

Plans for 24 affordable flats on the old bus depot site have been approved. The flats will cost
£4.2m to build. Wyre Coast Housing, which will run them, said tenants would be chosen from the
council's waiting list.
"""


@pytest.fixture(scope="module")
def round43_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round43",
        {"pier-first": PIER_FIRST_ROUND43, "pier-later": PIER_LATER_ROUND43,
         "baths": BATHS_ROUND43, "court": COURT_ROUND43, "roundup": ROUNDUP_ROUND43},
    )


# (question, the short answer, or None where the question is to be refused)
ROUND43_ROWS = [
    # a made thing's year; a year of visitors dates no opening
    ("When was the pier built?", "1869"),
    ("When was the water tower built?", "1936"),
    ("When was the boathouse built?", "1911"),
    pytest.param("What year did the baths open?", None,
                 marks=pytest.mark.xfail(strict=True, reason="answers '2019', the year of the "
                                         "38,000 visitors, not an opening year (none is said)")),
    # the firm doing "the work"; a town after "in" is no firm
    ("Which firm is repairing the pier?", "Corrigan Marine Ltd"),
    pytest.param("Which firm is demolishing the water tower?", "Hallam Demolition Ltd",
                 marks=pytest.mark.xfail(strict=True, reason="answers 'Saltby', the town "
                                         "owning the tower in the lead, not the firm the next "
                                         "sentence says carries out the work")),
    pytest.param("Who will demolish the water tower?", "Hallam Demolition Ltd",
                 marks=pytest.mark.xfail(strict=True, reason="answers 'Saltby', not the firm "
                                         "'The work will be carried out by'")),
    pytest.param("Which firm will restore the fog bell?", None,
                 marks=pytest.mark.xfail(strict=True, reason="answers 'Corrigan Marine Ltd', "
                                         "the firm of the pier repairs; the bell's restoring is "
                                         "said only as 'restored in Blackpool'")),
    # the first report's date, not the meeting's nor the update's; the latest otherwise
    # (a made thing's year, "the 1869 Victorian pier", is never the repairs' start)
    ("When were the pier repairs originally due to start?", "from 1 April"),
    ("When was the pier first due to reopen?", "August"),
    ("When will the pier repairs start?", "7 September"),
    ("How much will the pier repairs cost?", "£3.1m"),
    # a date after "from" says a start
    ("When will the parking charges start?", "from 3 May"),
    ("When will the baths reopen?", "25 April"),
    # units and forms
    ("How much does the fog bell weigh?", "14 hundredweight"),
    ("How old is Darren Pask?", "52"),
    ("Who will cut the ribbon at the baths?", "Sir Alan Brisco"),
    ("Who is the leader of East Wyre Borough Council?", "Dame Judith Harrow"),
    ("When will the new lifeboat station open?", "early 2028"),
    ("What sentence did Darren Pask receive?", "a 12-month suspended sentence"),
    # sums and names the articles never give
    ("What rent will residents of the flats pay?", None),
    ("How much will the flats cost to build?", "£4.2m"),
    ("How much compensation will the couple receive?", None),
    ("How much did the couple pay Darren Pask?", "£18,000"),
    # (round 44: refused, the cashier never named; it answered the branch manager before)
    ("What was the name of the cashier?", None),
    ("Who is the branch manager of Saltby Post Office?", "Priya Nandra"),
    # a pronoun after a doer the question names
    ("How much did the rogue builder take from his customers?", "£86,000"),
    ("How much did Darren Pask take from his customers?", "£86,000"),
]


# Round 44: a count followed by its "of" phrase ("187 letters of objection and 64 letters of
# support"); a figure asked in a unit is refused when only another unit is said; race times in
# short units ("2hr 49min 37sec"), and a margin is no winning time; the value after a change and
# the value before it; sums of another kind (the lead's cost, not the loan meeting part of it; a
# sum raised, not the sum needed); a sum given by another body never answers for the others; a
# count of pupils is no population; ages after a title or before "-year-old"; a figure at another
# moment (found / released) and an animal's pronoun; the date a thing is put back to, not its
# cause's; a shortfall is never the cost; a total of many, never one of them; a fraction naming a
# kind ("a quarter peal") and a decade ("in his 50s") are no sums nor counts; a count of a kind
# gives way to the whole; alert and give senses; a cost priced by the thing beside it.
BREWERY_ROUND44 = """---
title: Penwithy brewery begins expansion to more than double output
date: 2026-08-04
source: West Penwith Echo
---
Kestle Brewery in Penwithy has begun a £1.9 million expansion that will lift its capacity from
7,500 hectolitres a year to 18,000 hectolitres.

Part of the cost is being met by a £640,000 loan from the Cornwall Growth Fund, with the
remainder coming from the brewery's own reserves and a bank loan. Managing director Jenna
Trebilcock said the brewery would take on 14 new staff.

A 50-metre wind turbine will be put up on the hill behind the brewhouse to supply some of its
power. The turbine is expected to run for 25 years.
"""
SPORT_ROUND44 = """---
title: Course record falls at Wastdale Marathon
date: 2026-05-11
source: Cumbrian Fellside News
---
Kirsty Greatorex won the women's race at the Wastdale Marathon on Sunday in 2hr 49min 37sec, a
new course record. In the men's race, Owen Pridmore beat the old course record by 43 seconds.

Wasdale Harriers chairman Mr Keith Ormerod, 67, who has organised the race since 1998, said it
had been "the best day in the race's history".

Brackenthwaite Cricket Club's new pavilion will not open until September 2027, a year later than
planned, because planning permission is not now expected before December. The pavilion will
cost £148,000. An appeal has raised £61,200 towards the £148,000 needed, and the club still
needs to find £86,800.
"""
COURT_ROUND44 = """---
title: Man charged after jewellery taken in Ketley Bank break-in
date: 2026-03-03
source: Telford Star
---
A 47-year-old man has been charged with burglary after a house in Ketley Bank was broken into on
Friday night. Jewellery worth £3,000 was taken. A neighbour, Deborah Achebe, called the police
after hearing glass breaking. A man in his 50s has also been arrested on suspicion of handling
stolen goods.

In a separate case, roofer Craig Mellish, of Dawley, was jailed for three years at Shrewsbury
Crown Court. He told elderly residents their roofs needed urgent repairs and charged them for
work he never did. In total he took £64,500 from nine homeowners.
"""
ROUNDUP_ROUND44 = """---
title: North Cornwall news in brief
date: 2026-04-16
source: North Cornwall Chronicle
---
A grey seal pup called Bramble has been returned to the sea at Porthkennack after three months
at the Tregarth Seal Hospital. Bramble weighed 12kg when she was found on the beach in January.
She was released on Monday weighing 39kg.

The eight bells of St Wenna's church in Trelowen are to be rehung for the first time since 1893.
The tenor, the heaviest of them, weighs 980kg. Ringers rang a quarter peal on Saturday to mark
the start of fundraising.

Nineteen pupils from Trelowen travel to school in Wadebridge by minibus each day. The county
council plans to withdraw the service in July.

A solar farm at Trevenna Moor with a capacity of 4.6 megawatts has been connected to the grid.
"""
HERITAGE_ROUND44 = """---
title: New oak gates unveiled as Stourley park reopens
date: 2026-06-25
source: Stourley Observer
---
New oak gates were unveiled at Stourley's Victoria Park on Saturday, after a two-year
restoration of the park costing £1.6 million. The work was helped by a grant of £480,000 from
the National Lottery Heritage Fund.

The Waterways Heritage Trust provided £710,000 towards reopening the Stourley Arm of the canal,
with the rest coming from the Midland Canals Trust and Stourley Borough Council.

Plans for 260 homes on the former Hadley glassworks site were approved on Tuesday. The
developer, Carrow Homes, said the scheme would include 78 affordable homes. The council received
187 letters of objection and 64 letters of support.
"""


@pytest.fixture(scope="module")
def round44_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round44",
        {"brewery": BREWERY_ROUND44, "sport": SPORT_ROUND44, "court": COURT_ROUND44,
         "roundup": ROUNDUP_ROUND44, "heritage": HERITAGE_ROUND44},
    )


# (question, the short answer, or None where the question is to be refused)
ROUND44_ROWS = [
    # a count followed by its "of" phrase
    ("How many letters of objection did the council receive?", "187"),
    ("How many letters of support did the council receive?", "64"),
    # a figure asked in a unit: refused when only another unit is said
    ("What is the turbine's capacity in megawatts?", None),
    # (the unit is the question's own word, not repeated: "How tall is the tower in metres?" 67)
    ("What is the solar farm's capacity in megawatts?", "4.6"),
    # race times in short units; a margin is no winning time
    ("What was Kirsty Greatorex's winning time?", "2hr 49min 37sec"),
    ("What was the winning time in the men's race?", None),
    # the value after a change, and before it
    # (an owner's name of two words before the slot: fixed in round 44, "Penwithy" before)
    ("What will Kestle Brewery's capacity be after the expansion?", "18,000 hectolitres"),
    ("What will the brewery's capacity be after the expansion?", "18,000 hectolitres"),
    ("What was the brewery's capacity before the expansion?", "7,500 hectolitres a year"),
    # sums of another kind: the lead's cost, the loan, a loan never priced, a sum raised
    ("How much is the brewery expansion costing?", "£1.9 million"),
    ("How big is the loan from the Cornwall Growth Fund?", "£640,000"),
    ("How much is the bank loan?", None),
    ("How much has the pavilion appeal raised?", "£61,200"),
    # a sum given by another body
    ("How much did Stourley Borough Council contribute?", None),
    ("How much did the Waterways Heritage Trust contribute?", "£710,000"),
    # a count of pupils is no population
    ("How many people live in Trelowen?", None),
    # ages after a title, and before "-year-old"
    ("How old is the Wasdale Harriers chairman?", "67"),
    ("How old is the man charged over the burglary?", "47"),
    # a figure at another moment; the pronoun of a pup the question names
    ("What did the pup weigh when she was released?", "39kg"),
    ("How much did the seal pup weigh when she was found?", "12kg"),
    ("How much did Bramble weigh when she was found?", "12kg"),
    # the date a thing is put back to, not its cause's
    ("When is the pavilion now expected to open?", "September 2027"),
    # a total of many: refused over one of them; answered when "in total" is said
    # ("the heaviest of them": one of the many; fixed in round 44, "980kg" before)
    ("How much do the bells weigh altogether?", None),
    ("How much does the tenor bell weigh?", "980kg"),
    ("How much did Craig Mellish take in total?", "£64,500"),
    # a fraction naming a kind, a decade: no sum, no count
    pytest.param("How much did the fundraising for the bells raise?", None,
                 marks=pytest.mark.xfail(strict=True, reason="answers '£61,200', the cricket "
                                         "club's pavilion appeal in another article; the bells' "
                                         "fundraising is said only as begun with a quarter "
                                         "peal")),
    ("How many pieces of jewellery were taken?", None),
    # a count of a kind gives way to the whole
    ("How many homes will be built on the glassworks site?", "260"),
    ("How many affordable homes will be built?", "78"),
    # alert and give senses
    ("Who alerted the police?", "Deborah Achebe"),
    ("How much did the Heritage Fund give?", "£480,000"),
    # a cost priced by the thing beside it
    pytest.param("How much did the new oak gates cost?", None,
                 marks=pytest.mark.xfail(strict=True, reason="answers '£1.6 million', the "
                                         "cost of the park's restoration beside the gates")),
    ("How much did the restoration of Victoria Park cost?", "£1.6 million"),
]


# Round 45: a role given "as" one appointed; which firm built a thing (never its place nor "<Town>
# contractor"); a figure said over the one it replaced, and what was first said; a relative's
# age; a nationality describes one named; a count "a week"; who gives a sum ("would come from"),
# and a body that gives none; a whole or its part by the part's words; one of two by size; a
# total of many is no one's figure; a day range counts nothing; a body that runs a home, and the
# home a report names before "The home"; a make's name; the petition's starter found by her name
# in another report; a firm a lead describes is the one named next; "left", "takeover"; a sum
# spent "including" a thing never prices it.
SHOP_ROUND45 = """---
title: Wraxby community shop names its first paid manager
date: 2026-02-12
source: Teme Valley Gazette
---
The committee of Wraxby Community Shop has appointed Mr Declan Forde, 41, as shop manager. He
starts on 2 March and will lead a team of 22 volunteers.

Mrs Hilary Voss, who had kept the shop going on a voluntary basis since it opened, left in
December to care for her husband.

The shop moved last year into a new timber building on Church Meadow. The building at Church
Meadow cost £385,000 and was built by the Tenbury contractor Corve Dale Joinery. Most of the money
came from villagers, who bought shares in the shop.
"""
MINIBUS_FIRST_ROUND45 = """---
title: Kelsall primary school sets out to buy electric minibus
date: 2026-01-20
source: Mid Cheshire Herald
---
Kelsall Primary School has launched an appeal to buy an electric minibus for trips and swimming
lessons. The headteacher, Mrs Ruth Okafor, said the minibus was expected to cost £54,000.

Parents are also campaigning for a zebra crossing on Chester Road outside the school. Mrs Carol
Pennick, 58, said children had to dodge lorries every morning.
"""
MINIBUS_LATER_ROUND45 = """---
title: Price of Kelsall school minibus goes up
date: 2026-05-07
source: Mid Cheshire Herald
---
Kelsall Primary School's appeal has passed £40,000, but the headteacher now expects the electric
minibus to cost £61,500, rather than the £54,000 first estimated. Mrs Okafor blamed a rise in
battery prices.

A petition for a crossing outside the school, started by Mrs Carol Pennick of Kelsall, has been
signed by 1,320 people. It will be handed to Cheshire West and Chester Council next month.
"""
BRIEFS_ROUND45 = """---
title: Bramcote news in brief
date: 2026-10-15
source: Bramcote Mercury
---
The Regent cinema in Bramcote will reopen next spring with two screens: the restored main
auditorium, one of 310 seats, and a new 48-seat screen in the old tea room. Free open days will
be held on November 21 and 22.

The Regent was bought in 2024 by Rhodri Bevan, a property developer from Cardiff. The Welshman
paid £1.2 million for the building, which had stood empty for nine years.

A new cycle path along the River Erewash will cost £2.6 million, of which £1.7 million would come
from the Department for Transport. Work begins in January.

Bramcote fire station answered 730 calls last year, of which 112 were false alarms from automatic
alarms.
"""
CAREHOME_ROUND45 = """---
title: Councillors praise staff on visit to Pensby care home
date: 2026-09-03
source: Wirral Weekly
---
Members of Wirral Council's health committee visited Larchwood House in Pensby on Tuesday to see
its new dementia garden. The home, which is run by Westholme Care Ltd, looks after 47 residents.

Brian Tulley, 68, whose mother Margaret, 93, has lived at the home since 2021, said the staff had
become "like family".
"""
RURAL_ROUND45 = """---
title: Herefordshire news in brief
date: 2026-11-26
source: Marches Journal
---
Three tractors were stolen from farms around Ledbury overnight on Monday. One of them, a green
John Deere 6R, was taken from a shed at Upper Hollins Farm. The three machines were worth £265,000
in total, West Mercia Police said.

A Herefordshire glove maker is to take on 28 staff after signing a deal with the department store
chain Ashby & Crane. Wyeside Gloves, based in Kington, will make leather gloves for the chain's
60 stores.

Passenger numbers on the 476 bus between Ledbury and Hereford have fallen from 2,300 a week in
2019 to 1,350 a week now.

Businessman Martin Hollis has completed his takeover of Ledbury Town FC. He plans to spend £1.8
million on the ground, including a new stand and floodlights.
"""


@pytest.fixture(scope="module")
def round45_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round45",
        {"shop": SHOP_ROUND45, "minibus-first": MINIBUS_FIRST_ROUND45,
         "minibus-later": MINIBUS_LATER_ROUND45, "briefs": BRIEFS_ROUND45,
         "carehome": CAREHOME_ROUND45, "rural": RURAL_ROUND45},
    )


# (question, the short answer, or None where the question is to be refused)
ROUND45_ROWS = [
    # a role given "as" one appointed (the name without its "Mr", as tests/test_spans.py has it)
    ("Who is going to manage the Wraxby community shop?", "Declan Forde"),
    ("How old is Declan Forde?", "41"),
    # which firm built it: never the place nor "Tenbury contractor"
    ("Which company built the shop building at Church Meadow?", "Corve Dale Joinery"),
    # (a name whole, not the tail a parse took for a person: fixed after the end-to-end rows)
    ("Who built the Wraxby shop's new building?", "Corve Dale Joinery"),
    # a figure said over the one it replaced; what was first said
    ("How much does the headteacher now think the minibus will cost?", "£61,500"),
    ("What was the minibus first estimated to cost?", "£54,000"),
    # a relative's age, never his own
    ("How old is Brian Tulley's mother?", "93"),
    ("How old is Brian Tulley?", "68"),
    # a nationality describes one named
    ("How much did Bevan pay for the Regent?", "£1.2 million"),
    ("Who bought the Regent cinema?", "Rhodri Bevan"),
    # a count "a week"
    # (a rate of the noun said before it: fixed after the end-to-end rows)
    ("How many passengers a week used the 476 bus in 2019?", "2,300"),
    ("What were weekly passenger numbers on the 476 in 2019?", "2,300 a week"),
    # who gives a sum; another body gives none
    ("How much will the Department for Transport put towards the cycle path?", "£1.7 million"),
    # (paying "towards" a thing is giving: fixed after the end-to-end rows)
    ("How much is Bramcote council paying towards the cycle path?", None),
    ("How much is Bramcote council contributing to the cycle path?", None),
    # a whole or its part, by the part's words
    ("How much will the cycle path cost?", "£2.6 million"),
    ("How many of the fire station's calls were false alarms?", "112"),
    ("How many calls did Bramcote fire station answer last year?", "730"),
    # one of two by size
    ("How many seats does the bigger screen at the Regent have?", "310"),
    ("How many seats will the bigger screen have?", "310"),
    ("How many seats will the smaller screen at the Regent have?", "48"),
    # a total of many is no one's figure; answered as the total
    ("How much was the tractor taken from Upper Hollins Farm worth?", None),
    # ("worth altogether" asks the worth: fixed after the end-to-end rows)
    ("What were the three stolen tractors worth altogether?", "£265,000"),
    ("What is the total value of the three tractors?", "£265,000"),
    # a day range counts nothing
    ("How many people came to the Regent's open days?", None),
    pytest.param("When will the Regent hold its open days?", "November 21 and 22",
                 marks=pytest.mark.xfail(strict=True, reason="answers 'November 21', the "
                                         "range cut to its first day")),
    # a body that runs a home; the home named before "The home"
    ("Which company runs Larchwood House?", "Westholme Care Ltd"),
    ("How many residents does Larchwood House have?", "47"),
    # a make's name
    ("What make of tractor was taken from Upper Hollins Farm?", "John Deere 6R"),
    # the petition's starter, found by her name in the other report
    ("How old is the woman behind the crossing petition?", "58"),
    # a firm a lead describes is the one named next
    ("How many staff will Wyeside Gloves take on?", "28"),
    # (the lead's trade and the name met by stems, "glove" and "Gloves": fixed after the rows)
    ("Which firm has signed a deal with Ashby & Crane?", "Wyeside Gloves"),
    # "left", "takeover"
    ("When did Hilary Voss leave the shop?", "December"),
    ("How many people have signed the crossing petition?", "1,320"),
    ("Who is taking over Ledbury Town FC?", "Martin Hollis"),
    # a sum spent "including" a thing never prices it
    # ("What will X cost?" prices X as "How much will X cost?" does: fixed after the rows)
    ("What will Ledbury Town's new stand cost?", None),
]


# Round 46: a whole and its part told by the part's own words (never a name's word); a revised
# figure with its unit between; a thing's age is no person's; a breed named by a longer word of
# its kind; a role's holder in apposition after another's verb; a size in apposition; "put down"
# said as "destroyed"; a body's branches count its kind; a part "of those" keeps its whole's
# period; the first reported cost; a giver in a list saying its verb once; the asked thing's own
# change; a plan is not what is done now; a cost verb's own subject; a price for another stretch
# of time; an included sort is no count of the whole; "on show at once"; a described person's
# age; a figure compared with one of another fate; a role told unnamed; who holds a post now; a
# school's grade is not its part's.
BRIEFS_ROUND46 = """---
title: Tamarside news in brief
date: 2026-10-02
source: Tamar Valley Chronicle
---
Full-fibre broadband has now reached 1,640 homes and farms in the Lynher valley. The scheme,
delivered by the provider Kernow Fibre, cost £4.6 million, of which £3.4 million came from the
government's Project Gigabit scheme.

A new footbridge over the River Tiddy at St Germans will cost £1.3 million, of which £950,000
will come from the Department for Transport.

Saltash Athletic's new stand will now hold 1,900 seats, up from the 1,350 first planned, after
the club secured a second grant.

The Majestic cinema in Callington will reopen in May with two screens: the refurbished main hall,
one of 265 seats, and a new 42-seat screen in the former ballroom.
"""
COURT_ROUND46 = """---
title: Dog owner fined after delivery driver is bitten
date: 2026-09-15
source: Powys Courier
---
A Welshpool man has been fined after his dog bit a delivery driver. Mr Rhys Bowen, 29, of Berriew
Road, admitted being in charge of a dog that was dangerously out of control.

The court heard that his French bulldog, called Duke, ran into the road on June 4 and bit
delivery driver Mr Kamal Hussain, 47, on the hand. Magistrates fined Bowen £450 and ordered him
to pay Mr Hussain £200 compensation.

The bench did not order the dog to be destroyed, but said it must be kept on a lead in public.

In other cases, thieves took a quad bike and a trailer from Cefn Farm near Llanfair Caereinion
on Saturday night. Mr Huw Jenkins, 54, said the quad bike, which was only three months old, had
been locked in a barn.

Dogs killed 11 lambs at Tyn-y-Coed near Meifod last week. The attack was filmed by a neighbouring
farmer who had put up a trail camera after losing ewes in the spring.
"""
LIBRARY_ROUND46 = """---
title: Calderbrook scales back library closures
date: 2026-06-18
source: Calder Evening Post
---
Calderbrook Council has backed down over library closures and will now shut two branches rather
than four, after 4,300 people responded to a consultation.
The revised plan will save £290,000 a year, compared with the £470,000 first proposed.

The four branches that had been under threat together recorded 58,000 visits last year. Ashgrove
alone accounted for 21,000 of those visits, and it will now stay open.

The campaign to keep Ashgrove open has been run by Mrs Janet Ormerod, who started a petition
signed by 2,750 people. Mrs Ormerod, 63, a retired teacher, said the library was "the heart of
the village".

Councillor Neil Braithwaite stood down as cabinet member for culture in May for personal reasons.
His replacement, Councillor Dr Priya Nair, 41, said the decision showed the council had listened.
"""
CENTRE_FIRST_ROUND46 = """---
title: Brenfield leisure centre plans approved
date: 2026-02-05
source: Wyvern Gazette
---
Plans for a new leisure centre at Brenfield, with a 25-metre pool and a four-court sports hall,
have been approved. The centre will cost £5.3 million. £4.2 million will come from government
grant, £750,000 from Brenfield Borough Council and the remaining £350,000 from local businesses.
"""
CENTRE_LATER_ROUND46 = """---
title: Cost of Brenfield leisure centre rises
date: 2026-09-24
source: Wyvern Gazette
---
The cost of Brenfield's new leisure centre has risen to £6.8 million because of higher steel
prices. The extra £1.5 million will be met by the government grant, which rises from £4.2 million
to £5.7 million. Building work starts in November.
"""
TOWN_ROUND46 = """---
title: Whitby area business and health news
date: 2026-04-09
source: Esk Valley Times
---
Tollgate Brewery in Sleights currently produces 3.2 million pints a year from its site on Mill
Lane. After moving to a larger unit it expects to produce 8 million pints a year by 2029,
creating 14 jobs.

Esk Valley Hospitals NHS Trust is to raise charges at Whitby Community Hospital from 1 June, with
the cost of a stay of up to three hours rising from £2.80 to £4.20. The trust said its car parks
cost £1.2 million a year to run. Staff permits, which cost £22 a month, are not affected.
"""
WEST_ROUND46 = """---
title: West Country news in brief
date: 2026-11-12
source: Penwith Packet
---
Retired jeweller Mr Gerald Penrose, 91, has donated his collection of 165 antique clocks to the
Penlee Museum in Penzance. He spent 60 years building the collection, which includes 19 longcase
clocks and a musical clock made in Bristol in 1760. Only 35 of the clocks will be on display at
any one time.

Ferries to Carrack Island were cancelled for eight days by storms this month. The woman who runs
the island's only post office, Mrs Tamsin Hicks, 72, said stocks of bread and milk had run out.

Harwood Vale Academy in Brackley has been rated inadequate by Ofsted. Inspectors said leaders had
not acted on weak teaching in maths.

The Care Quality Commission has rated Moorside Lodge care home in Brackley as requiring
improvement. Fernlea Care, which runs the home, said an acting manager, Mr Pawel Nowak, had taken
charge and that it would hire 15 more care workers.
"""


@pytest.fixture(scope="module")
def round46_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round46",
        {"briefs": BRIEFS_ROUND46, "court": COURT_ROUND46, "library": LIBRARY_ROUND46,
         "centre-first": CENTRE_FIRST_ROUND46, "centre-later": CENTRE_LATER_ROUND46,
         "town": TOWN_ROUND46, "west": WEST_ROUND46},
    )


# (question, the short answer, or None where the question is to be refused)
ROUND46_ROWS = [
    # a whole and its part, by the part's own words (never "Project", a name's word)
    ("How much did the Lynher valley broadband project cost in total?", "£4.6 million"),
    ("How much came from the Project Gigabit scheme?", "£3.4 million"),
    ("How much is the department paying towards the St Germans footbridge?", "£950,000"),
    ("How much will the footbridge over the Tiddy cost?", "£1.3 million"),
    # a revised figure with its unit between
    ("How many seats was Saltash Athletic's new stand first planned to hold?", "1,350"),
    ("How many seats will Saltash Athletic's stand now hold?", "1,900"),
    # a size in apposition is the thing's, not a plan's
    ("How many seats does the bigger screen at the Majestic have?", "265"),
    ("How many seats will the smaller screen at the Majestic have?", "42"),
    # a thing's age is no person's
    ("How old is the farmer whose quad bike was stolen?", "54"),
    ("How old is Huw Jenkins?", "54"),
    ("How old was the stolen quad bike?", "three months"),
    # a breed named by a longer word of its kind
    pytest.param("What breed is Rhys Bowen's dog?", "French bulldog",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "answers 'Berriew Road', his address (the short answer keeping the article's"
                     " line break); 'What breed is Bowen's dog?' is 'French bulldog'"))),
    ("What type of dog bit the delivery driver?", "French bulldog"),
    # "put down" said as "destroyed"
    ("Was the dog ordered to be put down?", "No"),
    ("How much was Bowen fined?", "£450"),
    # a role told unnamed names no one
    ("What is the name of the farmer who put up the trail camera?", None),
    # (refused until round 50: "Dogs killed 11 lambs" was taken for another named doer's
    # deed, the question's place "Tyn-y-Coed" for its doer)
    ("How many lambs were killed at Tyn-y-Coed?", "11"),
    # a role's holder in apposition after another's verb
    ("Who is the acting manager at Moorside Lodge?", "Pawel Nowak"),
    ("Who is the acting manager?", "Pawel Nowak"),
    ("Who runs Moorside Lodge?", "Fernlea Care"),
    # a body's branches count its kind
    ("How many libraries will Calderbrook now close?", "two"),
    ("How many branches will Calderbrook close?", "two"),
    # a part "of those" keeps its whole's period
    ("How many visits did Ashgrove library record last year?", "21,000"),
    ("How many visits did the four branches record last year?", "58,000"),
    # a figure compared with one of another fate
    ("How much does it cost to keep Ashgrove library open?", None),
    ("How much will the revised library plan save?", "£290,000 a year"),
    ("How much was the library plan first proposed to save?", "£470,000"),
    # a described person's age (her name and age in another sentence; a place in her description)
    ("How old is the woman behind the petition to save Ashgrove library?", "63"),
    pytest.param("How old is the woman running the campaign to keep Ashgrove open?", "63",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "refused, 'no figure' ('the woman who has run the campaign' answers '41', "
                     "Priya Nair's), though 'Who runs the campaign to keep Ashgrove open?' is "
                     "Janet Ormerod"))),
    ("How old is the woman who runs Carrack Island's only post office?", "72"),
    # who holds a post now
    ("Who is the cabinet member for culture now?", "Priya Nair"),
    ("Who stood down as cabinet member for culture?", "Neil Braithwaite"),
    # the first reported cost; a giver in a list saying its verb once; the grant's own change
    pytest.param("What was the first reported cost of the Brenfield leisure centre?",
                 "£5.3 million",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "answers '£750,000', the borough council's part in the first report ('What "
                     "was the leisure centre first expected to cost?' is '£5.3 million')"))),
    ("How much will the Brenfield leisure centre cost now?", "£6.8 million"),
    ("How much is Brenfield Borough Council contributing?", "£750,000"),
    ("How much are local businesses contributing to the leisure centre?", "£350,000"),
    ("How much will the government grant now be?", "£5.7 million"),
    # a plan is not what is done now
    ("How many pints does Tollgate Brewery brew at present?", "3.2 million"),
    ("How many pints a year will Tollgate brew by 2029?", "8 million"),
    # a cost verb's own subject; a price for another stretch of time
    # (round 53: the thing priced is the noun before its "at" phrase, "staff parking permits")
    ("How much do staff parking permits cost at Whitby Community Hospital?", "£22 a month"),
    ("How much do the trust's car parks cost to run?", "£1.2 million a year"),
    pytest.param("How much does a week's parking cost at Whitby Community Hospital?", None,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "answers '£1.2 million a year', the car parks' running cost ('parking for a "
                     "day' the same); 'How much does a week's parking cost?' is refused"))),
    ("How much will three hours of parking cost?", "£4.20"),
    # an included sort is no count of the whole; "on show at once"
    ("How many clocks did Gerald Penrose donate?", "165"),
    ("How many longcase clocks are in the collection?", "19"),
    ("How many clocks will be on show at once?", "35"),
    # a school's grade is not its part's
    ("Was behaviour at Harwood Vale Academy judged good?", None),
    ("How has Ofsted rated Harwood Vale Academy?", "inadequate"),
]


# Round 47 (trial 77's kinds, in our own stories): a quote closed by its speaker's part, the name
# opening the next sentence; the successor named in the leaver's own sentence (an older report
# names the leaver as manager); an anchor naming what a sentence leaves out ("its only vessel",
# "among the objectors"); a name titled by a body word of the asked kind ("contractor"); ages by
# the description a sentence gives (youngest/oldest, mother/father), an unnamed victim's age no
# named officer's; "how many times", "number" as a verb, a start slipped to a date, "budgeted
# at", "gone up to", a cubic measure; the old one's price is not the new one's, names still to
# be chosen, whose legacy; and a plain-text article whose first line is its headline.
DIG_ROUND47 = """---
title: Saxon graves found during Ledwell bypass work
date: 2025-09-12
source: Ledwell Observer
---
Forty graves from an Anglo-Saxon cemetery have been found on the route of the Ledwell bypass,
where roadworks have been halted while they are excavated.

"We could tell from the first skeleton that the burials were early," said the excavation's
director. Dr Imogen Hartley, of Severn Heritage, said the cemetery dated from the seventh century
and that a glass drinking horn had been found in one grave.

The Ledwell Local History Society has asked for the finds to stay in the town. "People here
want to see them in their own museum," said the society's chair. Margaret Oyelaran, 72, a
former librarian, said 900 people had signed a letter to the county council.

The Ledwell Male Voice Choir will sing at an open day on the site. "We are going to learn a
Saxon song for it," said the man who leads the choir. Dennis Whitlow, its musical director since
2009, added that rehearsals would start next week.
"""
MARKET_FIRST_ROUND47 = """---
title: Dunstow market hall footfall rises
date: 2025-03-04
source: Dunstow Advertiser
---
Footfall at Dunstow Market Hall rose by 12 per cent last year, helped by a new Saturday food
market. The hall's manager, Owen Tilley, said 31 of its 34 stalls were now let.
"""
MARKET_LATER_ROUND47 = """---
title: Dunstow market hall to open on Sundays
date: 2025-11-20
source: Dunstow Advertiser
---
Dunstow Market Hall will open on Sundays from December. Owen Tilley left in August after nine
years in charge and has been replaced by Farah Qureshi, 41, who previously ran the Corn
Exchange in Bradford. Ms Qureshi said Sunday opening would begin with a craft fair.
"""
BRIEFS_ROUND47 = """---
title: Coast and valley news in brief
date: 2025-10-08
source: Northern Fells Herald
---
The ferry between Caldy Point and Skerrow Island is to run twice a day through the winter for the
first time. The service is run by the island's community trust. Its only vessel on the route, the
MV Guillemot, was built in 1986 and carries 40 passengers.

Plans for a 110-metre wind turbine at Brackenfold Farm near Hebden Moor have been refused. Among
the objectors was Sir Alan Pruett, who lives at Hesketh Grange, two miles away. The turbine was
supported by Hebden Moor Parish Council.

A new footbridge over the River Lune at Caton will open next summer. The bridge was designed by
the engineers Farrow Lane Partnership.
Construction will be carried out by contractor Hallam and Reid Civil Engineering.

Work on 120 homes at Quernmoor has been approved. The social-rent flats in the scheme number 36.
About 18,000 cubic metres of silt will be dredged from the Quernmoor millpond before building
starts, and the start of building has slipped to autumn 2026.
"""
THEFTS_ROUND47 = """---
title: Arrests after string of garden shed thefts in Blackwood
date: 2025-05-14
source: Gwent Valleys Post
---
Police are appealing for witnesses after 22 garden sheds in Blackwood were broken into in a
month. Detective Sergeant Lena Marsh, who is leading the inquiry, said tools and bicycles worth
£31,000 had been taken.

One victim, an 82-year-old pensioner, lost a lawnmower she had owned since 1979. Her son, Gareth
Pugh, 55, said she had been "shaken".

Three men, aged 24, 27 and 30, were arrested last week. A fourth man, aged 22, was arrested on
Tuesday and has been charged.
"""
MIXED_ROUND47 = """---
title: Harrowby and district news in brief
date: 2025-08-19
source: Harrowby Mercury
---
The refurbishment of the Harrowby Playhouse was originally budgeted at £1.2 million but has gone
up to £1.65 million after dry rot was found under the stage. The reopening has slipped to
spring 2027.

A grant of £150,000 has come from Harrowby District Council. The Harrowby Playhouse Trust, which
owns the building, has put in £400,000 of its own reserves.

Three otter pups have been born at Fernhollow Wildlife Centre near Clun, to mother Suki, aged six,
and father Bramble, nine. They are the centre's first otters for a decade.

Visitors are being asked to suggest names for the pups, and the three chosen names will be
announced in October. The centre's head keeper, Alys Morgan, said the pups would be on show
from August.
"""
# (a plain-text file: its first line, a blank line after it, is the headline)
RESCUE_ROUND47_FILE = "2025-07-06-saltmere-rescue-boat.txt"
RESCUE_ROUND47_HEADLINE = "Saltmere gets its first new rescue boat in 27 years"
RESCUE_ROUND47_TXT = "\n\n".join([
    "A new Atlantic 85 rescue boat costing £310,000 went on service at Saltmere Independent "
    "Lifeboat on Sunday, replacing a boat that had covered the Norfolk coast since 1998.",
    "The boat, named Edith May, was paid for mainly by a legacy from Edith Cawston, a former "
    "district nurse from Wells who died in 2023 and left £240,000 to the station. Villagers "
    "raised the remaining £70,000 with quiz nights, a cycle ride and a Christmas fair.",
    '"The old boat never once let us down," said the station\'s helm. Dean Frary, 39, a '
    "boatbuilder who has crewed at Saltmere for 15 years, said the old boat had been launched"
    " 288 times and had brought 64 people ashore alive.",
    "The station has 21 volunteers. Its youngest volunteer, Molly Gedge, 17, and its oldest, "
    "Ron Bircham, 68, were both aboard for the first exercise.",
    "The old boat will be sold to a rescue service in Senegal.",
])
RESCUE_ROUND47_TXT = f"{RESCUE_ROUND47_HEADLINE}\n\n{RESCUE_ROUND47_TXT}\n"


@pytest.fixture(scope="module")
def round47_store(tmp_path_factory):
    """The round's store (its markdown articles and the one plain-text file) and the report of
    its ingest."""
    folder = tmp_path_factory.mktemp("round47-articles")
    for stem, text in {"dig": DIG_ROUND47, "market-first": MARKET_FIRST_ROUND47,
                       "market-later": MARKET_LATER_ROUND47, "briefs": BRIEFS_ROUND47,
                       "thefts": THEFTS_ROUND47, "mixed": MIXED_ROUND47}.items():
        (folder / f"{stem}.md").write_text(text, encoding="utf-8")
    (folder / RESCUE_ROUND47_FILE).write_text(RESCUE_ROUND47_TXT, encoding="utf-8")
    rag = Rag(Settings(data_dir=tmp_path_factory.mktemp("round47"), **server_options("round47")))
    report = rag.ingest(folder)
    assert report.ok and report.added == 7, report
    return rag, report


@pytest.fixture(scope="module")
def round47_rag(round47_store):
    return round47_store[0]


def _xfail47(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# (question, the short answer, or None where the question is to be refused)
ROUND47_ROWS = [
    # a quote closed by its speaker's part only, the name opening the next sentence
    ("Who is the director of the excavation?", "Dr Imogen Hartley"),
    ("Who directed the Ledwell dig?", "Dr Imogen Hartley"),
    ("Who is leading the excavation on the Ledwell bypass?", "Dr Imogen Hartley"),
    ("Who chairs the Ledwell Local History Society?", "Margaret Oyelaran"),
    ("How old is the history society's chair?", "72"),
    ("Who is the man who leads the choir?", "Dennis Whitlow"),
    ("Who runs the choir?", "Dennis Whitlow"),
    ("Who leads the Ledwell Male Voice Choir?", "Dennis Whitlow"),
    ("Who is the helm at Saltmere?", "Dean Frary"),
    # (the chair's age two sentences on is no age of the director's)
    ("How old is Dr Imogen Hartley?", None),
    # the successor named in the leaver's own sentence (the older report names the leaver)
    ("Who is the manager of Dunstow Market Hall now?", "Farah Qureshi"),
    ("Who is in charge of Dunstow Market Hall now?", "Farah Qureshi"),
    ("Who replaced Owen Tilley?", "Farah Qureshi"),
    ("Who manages Dunstow Market Hall now?", "Farah Qureshi"),
    ("Who runs Dunstow Market Hall now?", "Farah Qureshi"),
    ("Who is the Dunstow Market Hall manager?", "Farah Qureshi"),
    ("Who was the manager of Dunstow Market Hall before Farah Qureshi?", "Owen Tilley"),
    ("How old is the new manager of Dunstow Market Hall?", "41"),
    # an anchor: "its only vessel" two sentences after the lead naming the ferry
    ("What is the Skerrow ferry's vessel called?", "MV Guillemot"),
    ("What is the Caldy Point ferry's vessel called?", "MV Guillemot"),
    pytest.param("What is the name of the boat on the Skerrow Island ferry?", "MV Guillemot",
                 marks=_xfail47(
                     "answers 'Caldy Point', the ferry's other end, from the lead; 'the boat' "
                     "is not read as the route's 'vessel'")),
    # "among the objectors", with the place he lives at; another hall; who supported it
    ("Who objected to the Brackenfold turbine from Hesketh Grange?", "Sir Alan Pruett"),
    ("Who objected to the turbine?", "Sir Alan Pruett"),
    ("Who objected to the Brackenfold turbine from Ravenscar Hall?", None),
    ("Who supported the Brackenfold turbine?", "Hebden Moor Parish Council"),
    # a name titled by a body word of the asked kind ("contractor"); the designer is another
    ("Which company will build the Lune footbridge?", "Hallam and Reid Civil Engineering"),
    ("Which firm is building the bridge?", "Hallam and Reid Civil Engineering"),
    # (round 53: the story's scene is its paragraph's first sentence in a digest; "Caton" of
    # "over the River Lune at Caton" is where the bridge stands, no firm)
    ("Which firm is building the footbridge at Caton?", "Hallam and Reid Civil Engineering"),
    ("Which firm is building the new footbridge?", "Hallam and Reid Civil Engineering"),
    ("Who is the contractor for the Caton footbridge?", "Hallam and Reid Civil Engineering"),
    ("Which firm designed the Caton footbridge?", "Farrow Lane Partnership"),
    # ages by the description a sentence gives; an unnamed victim's age or a parent's is no
    # named officer's or keeper's
    ("How old is the youngest volunteer at Saltmere?", "17"),
    ("How old is the oldest volunteer at the Saltmere lifeboat station?", "68"),
    pytest.param("How old is the youngest member of the Saltmere crew?", "17",
                 marks=_xfail47(
                     "refused, 'no figure' ('the oldest crew member at Saltmere' the same): a "
                     "crew member is not read as the station's 'volunteer'")),
    ("How old is the otter pups' mother?", "six"),
    ("How old is the father of the otter pups?", "nine"),
    ("How old is the head keeper at Fernhollow?", None),
    ("How old is Detective Sergeant Lena Marsh?", None),
    ("How old was the fourth man arrested over the Blackwood shed thefts?", "22"),
    ("How old is the pensioner whose lawnmower was stolen?", "82"),
    # "how many times"; "number" as a plural's verb; a slipped start; a cubic measure
    ("How many times was the old Saltmere boat launched?", "288"),
    ("How many times has the new Saltmere boat been launched?", None),
    ("How many social-rent flats are in the Quernmoor scheme?", "36"),
    ("When will building start at Quernmoor?", "autumn 2026"),
    ("How much silt will be dredged from the Quernmoor millpond?", "About 18,000 cubic metres"),
    # "originally budgeted at", "gone up to" (no cap), a reopening slipped
    ("What was the Playhouse refurbishment originally budgeted at?", "£1.2 million"),
    ("How much will the Playhouse refurbishment cost now?", "£1.65 million"),
    ("How much has the Playhouse refurbishment gone up to?", "£1.65 million"),
    ("What is the Playhouse refurbishment expected to cost?", "£1.65 million"),
    ("When will the Playhouse reopen?", "spring 2027"),
    pytest.param("When will the Harrowby Playhouse reopen?", "spring 2027",
                 marks=_xfail47(
                     "answers 'from August', when the otter pups in the same report go on show,"
                     " though 'When does the Harrowby Playhouse reopen?' is 'spring 2027'")),
    # the old one's price is not the new one's; a trust's own sum, not the council's grant
    ("How much was the old Saltmere boat sold for?", None),
    ("How much did the new Saltmere boat cost?", "£310,000"),
    ("How much has the Harrowby Playhouse Trust put in?", "£400,000"),
    ("How much has Harrowby District Council given towards the Playhouse?", "£150,000"),
    # names still to be chosen; what one lost; whose legacy
    pytest.param("What names were chosen for the otter pups?", None,
                 marks=_xfail47(
                     "answers \"centre's first otters\" (the names are still to be announced; "
                     "'What were the otter pups named?' answers 'Fernhollow Wildlife Centre')")),
    ("When will the otter pups' names be announced?", "October"),
    ("What did the pensioner lose?", "lawnmower"),
    ("Whose legacy paid for the Saltmere boat?", "Edith Cawston"),
    ("Who left a legacy to Saltmere lifeboat?", "Edith Cawston"),
]


# Round 48 (trial 78's kinds in other wordings of this round's own): a figure in the sentence
# before one that scored on its window, a price said as one, a follow-up report that leaves out
# its first report's council, a successor named after a relative clause, a predecessor, a count
# in figures over a count in words, and a leaver of another story.
BELLS_ROUND48 = """---
title: Bells ring again at St Botolph's
date: 2026-04-06
source: Fenland Voice
---
The bells of St Botolph's Church in Marston rang out on Sunday for the first time in two years
after a £95,000 restoration.

"It was wonderful to hear them again," said the tower captain. Ann Draper, 59, has rung at St
Botolph's since she was 14 and took over as captain from Walter Crisp in 2012.
"""

COUNCIL_ROUND48 = """---
title: Dunford to switch off street lights overnight
date: 2026-07-08
source: Dunford Times
---
Thousands of street lights across Dunford will be switched off between midnight and 5am from
October to save money.

About 19,000 of the county's 33,000 street lights will be affected.

Tom Neale, who as clerk had run the town council's office for a decade, left in March to join
Dunford County Council. His successor, Priya Lal, 35, previously worked for Amblecote Parish
Council.
"""

LIFEBOAT_ROUND48 = """---
title: New lifeboat arrives at Trenwith
date: 2026-05-12
source: Cornish Coast News
---
A new Severn-class lifeboat costing £2.1 million has arrived at Trenwith lifeboat station,
replacing a Tyne-class boat that had served the village for 28 years.

Hundreds of people lined the harbour wall to watch it come in on Saturday.

The Severn can reach 25 knots, compared with 18 knots for the Tyne. Station manager Gwen
Hocking said crew training on the new boat would take about eight weeks.
"""

PLANNING_FIRST_ROUND48 = """---
title: Lindley Green housing scheme approved
date: 2026-01-14
source: Wexcombe Gazette
---
Plans for 240 homes on fields off Mill Road in Lindley Green have been approved by Wexcombe
District Council's planning committee.

The scheme, put forward by developer Harrow Homes, was backed by six votes to three. Committee
chairman Councillor Alan Brook said the council had little choice under national rules.
"""

PLANNING_LATER_ROUND48 = """---
title: Lindley Green scheme cut to 210 homes
date: 2026-06-02
source: Wexcombe Gazette
---
The number of homes planned off Mill Road in Lindley Green has been cut from 240 to 210 after
objections from residents.

Developer Harrow Homes submitted revised plans in April. The revised plans were approved on 28
May. The committee is now chaired by Councillor Ruth Sayer, who replaced Alan Brook after he
stood down in March.
"""

POOL_ROUND48 = """---
title: Redgate pool manager moves on
date: 2026-05-30
source: Redgate Echo
---
Redgate leisure centre has a new manager. Simon Pike left in April to run a gym in Leeds and
has been replaced by Carla Mendes, 40, who previously managed Oxley Baths.
"""

THEATRE_ROUND48 = """---
title: Castleford Alhambra reopens after restoration
date: 2026-03-20
source: Yorkshire Stage
---
The restored Alhambra theatre in Castleford reopened on Saturday after a three-year,
£6.4 million project.

The Victorian theatre had been closed since 2011, when its balcony was declared unsafe. It was
bought from a private owner for £1 by the Castleford Alhambra Trust in 2020.

The restoration was funded by £3.1 million from the National Lottery Heritage Fund,
£1.5 million from Wakemoor Borough Council and the rest from donations and the trust's own
appeal.
"""


@pytest.fixture(scope="module")
def round48_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round48",
        {"bells": BELLS_ROUND48, "council": COUNCIL_ROUND48, "lifeboat": LIFEBOAT_ROUND48,
         "planning-first": PLANNING_FIRST_ROUND48, "planning-later": PLANNING_LATER_ROUND48,
         "pool": POOL_ROUND48, "theatre": THEATRE_ROUND48},
    )


# (question, the short answer, or None where the question is to be refused)
ROUND48_ROWS = [
    # the answer in the sentence before one that scored on a window holding it ("The Severn can
    # reach 25 knots" under "Station manager Gwen Hocking said crew training ... eight weeks"):
    # refused until round 60, whose `fits_type` reads the sentence the answer came from when the
    # top one holds none of the asked kind (no news-set answer moved; RESULTS §59)
    ("How fast can the new Severn-class lifeboat go?", "25 knots"),
    ("What is the top speed of the new lifeboat?", "25 knots"),
    # a price said as one ("bought ... for £1"), never a project's cost; a gift from a list
    ("How much did the Castleford Alhambra Trust pay for the theatre?", "£1"),
    ("How much did the trust pay for the Alhambra?", "£1"),
    ("How much did the council give towards the Alhambra restoration?", "£1.5 million"),
    # a follow-up report that leaves out the council its first report named; a leaver of
    # another story (the Redgate pool) is no one of this post
    ("Who chairs Wexcombe's planning committee now?", "Ruth Sayer"),
    ("Who manages Redgate leisure centre now?", "Carla Mendes"),
    # a count in figures over the lead's "Thousands"; an owner's whole stock is no part
    ("How many street lights will be switched off in Dunford?", "About 19,000"),
    # a successor after a leaver's relative clause; the one before a named holder
    ("Who is Dunford's town clerk now?", "Priya Lal"),
    ("Who was the clerk before Priya Lal?", "Tom Neale"),
    ("Who was tower captain before Ann Draper?", "Walter Crisp"),
    ("Who is the tower captain at St Botolph's?", "Ann Draper"),
    # a date of a thing the report never names ("the tram extension") is none of its
    ("When will the street lights be switched off?", "between midnight and 5am"),
    ("When will the Dunford tram extension open?", None),
    # near misses: ages and counts not given
    ("How old is Gwen Hocking?", None),
    ("How old is Walter Crisp?", None),
    ("How many people came to the Alhambra's reopening?", None),
]


ABBEY_FIRST_ROUND49 = """---
title: Holmbury Abbey launches £600,000 appeal to save its tower roof
date: 2026-02-02
source: Holmbury Gazette
---
Holmbury Abbey has launched a public appeal to raise £600,000 towards urgent repairs to the roof of
its 12th-century tower.

The repairs are expected to cost £1.8m in total, with the rest coming from Historic England and the
abbey's own reserves.

The Abbot of Holmbury, the Rt Rev Dom Anselm Pryce, 63, said: "This tower has stood for eight
centuries, but it will not stand another without help."
"""

ABBEY_LATER_ROUND49 = """---
title: Holmbury Abbey tower repairs to cost £2.3m after rot found in timbers
date: 2026-09-14
source: Holmbury Gazette
---
The cost of repairing the tower roof at Holmbury Abbey has risen to £2.3m after rot was found in
the timbers that hold it up.

Joiners who lifted the first lead sheets in July found that 17 of the tower's 30 main timbers had
been damaged by woodworm and dry rot.

The work, which was due to finish in the autumn of 2026, is now expected to be completed
in summer 2027.

So far the appeal has raised £410,000 from about 1,600 donors.
"""

BAND_ROUND49 = """---
title: Ravensholme brass band crowned national champions
date: 2026-05-11
source: Ravensholme Echo
---
Ravensholme Brass Band won the fourth section at the National Brass Band Championships in
Cheltenham on Saturday, beating 14 other bands.

Musical director Carys Vaughan, 38, who took over in January after Geoffrey Platt retired, said the
players had rehearsed twice a week since the autumn.

The prize of £3,000 will go towards new uniforms, which are expected to cost about £9,000.

Staff at Ravensholme Library's music room have lent the band a practice space since 2019.
"""

GREENWAY_ROUND49 = """---
title: Work starts on £3.6m Millford greenway
date: 2026-06-22
source: Millford Post
---
Work has begun on a £3.6m walking and cycling greenway along the old Millford railway line.

The 4.1-mile route is being paid for with £2.9m from Active Travel England and £700,000 from
Millford District Council.

Detective Sergeant Amira Khan, of Millford Police's rural crime team, said lighting along the route
would deter thieves.

A sponsored walk along the finished section last weekend raised £6,400 for the Millford hospice.

Season permits for the car park at the start of the route cost £40.
"""

SHOP_ROUND49 = """---
title: Pemberton's of Ashby to close after 131 years
date: 2026-03-09
source: Ashby Courier
---
Pemberton's, the family-run hardware shop in Ashby, is to close in June after 131 years.

The shop, which opened in 1895, employs 22 people.

Managing director Clive Pemberton, 61, the great-grandson of the founder, said: "We simply cannot
make the numbers work."
"""


@pytest.fixture(scope="module")
def round49_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round49",
        {"abbey-first": ABBEY_FIRST_ROUND49, "abbey-later": ABBEY_LATER_ROUND49,
         "band": BAND_ROUND49, "greenway": GREENWAY_ROUND49, "shop": SHOP_ROUND49},
    )


# (question, the short answer, or None where the question is to be refused)
ROUND49_ROWS = [
    # an age after a post and a styled name; the agent of a passive deed; a plan given up in a
    # clause for the one said "now"
    ("How old is the Abbot of Holmbury?", "63"),
    ("What damaged the timbers at Holmbury Abbey?", "woodworm and dry rot"),
    ("When is the Holmbury Abbey work now expected to be finished?", "summer 2027"),
    # a sum an appeal is to raise is its aim, never what it has raised (nor its first report)
    ("How much has the Holmbury Abbey appeal raised so far?", "£410,000"),
    ("How much will the Holmbury Abbey tower repairs cost now?", "£2.3m"),
    # an event named with its place; the asked thing's own figure, whatever is planned for it;
    # who took over after another retired
    ("Where were the National Brass Band Championships held?", "Cheltenham"),
    ("How much prize money did the Ravensholme band win?", "£3,000"),
    ("Who did Carys Vaughan replace?", "Geoffrey Platt"),
    ("Who replaced Geoffrey Platt?", "Carys Vaughan"),
    ("Which library's staff lent the band a practice space?", "Ravensholme Library"),
    # one giver's part is no cost; a title of two words; a price said with its thing; a sum
    # raised is no pay
    ("How much is the Millford greenway costing?", "£3.6m"),
    ("What post does Amira Khan hold?", "Detective Sergeant"),
    ("How much is a season permit for the Millford car park?", "£40"),
    ("How much did the sponsored walk raise?", "£6,400"),
    ("How much is Carys Vaughan paid?", None),
    # the founder's kin founded nothing; a part asked is no whole of another deed
    ("Who founded Pemberton's?", None),
    ("How many of Pemberton's staff have found new jobs?", None),
]


BEACHES_ROUND50 = """---
title: Eleven Saltmarsh beaches pass new bathing water standard
date: 2026-07-06
source: Saltmarsh Herald
---
Eleven of the 13 beaches tested by the Environment Agency passed the new bathing water standard,
Saltmarsh District Council said on Friday.

The council's new chief executive, Dr Anna Kell, who started in May,
will be paid £180,000 a year.

Sandy Bay and Gull Point failed after heavy rain washed sewage into the sea in June.
"""

SHOP_ROUND50 = """---
title: Villagers buy Ashcombe Stores
date: 2026-03-08
source: Ashcombe News
---
A total of 214 residents bought shares worth £147,000 in Ashcombe Community Shop Ltd, which
has paid £185,000 for Ashcombe Stores.

It will be run by a paid manager, Chloe Featherstone, 29, who grew up in the village, with
the help of about 30 volunteers.

The chair of Ashcombe Community Shop Ltd, retired headteacher Peter Lomax, 66, said the shop
was the only place some older people saw another face all day.

The old shop building next door is going to be put up for sale.
"""

BOWLS_ROUND50 = """---
title: Thornfield Bowls Club wins lottery grant
date: 2026-05-14
source: Ellesby Times
---
Thornfield Bowls Club in Ellesby has been awarded £38,500 by the National Lottery Community
Fund to replace the leaking roof of its clubhouse and build a wheelchair ramp to the green.

The new slates will come from a quarry in Cumbria.

Club secretary Joan Marsh, 71, said about 40 volunteers would be needed to clear the old
roof.
"""

BRIDGE_FIRST_ROUND50 = """---
title: Work starts on Marsham footbridge
date: 2026-06-20
source: Marsham Mercury
---
Work has started on a new footbridge across the River Sowley at Marsham.

Joyce Ambrose, 68, whose petition calling for a crossing was signed by 4,300 people,
said she would be the first across.
"""

BRIDGE_LATER_ROUND50 = """---
title: Marsham footbridge opens
date: 2026-12-05
source: Marsham Mercury
---
The new footbridge across the River Sowley at Marsham opened on Tuesday.

About 1,100 people crossed the bridge on its first day.
"""


SHEEP_ROUND50 = """---
title: Two men charged over Fellbridge sheep theft
date: 2026-03-19
source: Dales Observer
---
Two men have been charged over the theft of sheep from Low Garth Farm near Fellbridge.

The theft, which was first reported as involving 140 ewes, actually involved 212,
after a full count of the flock was carried out.

The investigation, which was initially led by PC Joanne Hebden, is now being run by
Detective Inspector Rachel Dunmore, of North Pennine Police.

The Farmers' Rural Crime Fund is offering a reward of up to £5,000 for information.
"""

CARNIVAL_ROUND50 = """---
title: Brackenmouth Carnival returns
date: 2026-07-10
source: South Shore Mercury
---
Brackenmouth Carnival will return on 17 August with a procession of 46 floats and walking
groups setting off from Victoria Park.

The £38,000 budget has been met by Brackenmouth Town Council, which gave £12,000,
Seaview Holiday Parks, which gave £8,500, and the Harbourside Traders' Association,
which gave £4,000.
"""

OBSERVATORY_ROUND50 = """---
title: Holmwick observatory secures £186,000
date: 2026-03-14
source: East Coast Courier
---
Holmwick Point Bird Observatory has secured £186,000 to rebuild its ageing hostel and the
Heligoland trap that volunteers use to catch migrating birds.

The £186,000 was made up of £120,000 from the National Lottery Heritage Fund, £50,000 from the
Redshank Trust and £16,000 from Saltburgh Town Council.

Volunteers ringed 14,862 birds of 118 species in 2025, compared with 11,409 birds of 109 species
in 2024.
"""


WALL_ROUND50 = """---
title: Millstone Wall climbing centre opens in Todley
date: 2026-04-18
source: Calder Valley Times
---
The Millstone Wall, a bouldering centre in a former mill in Todley, opened on Saturday.

It was set up by brother and sister Tom Ferris, 29, and Kate Ferris, 33, who both competed for
Yorkshire as juniors.

The conversion cost £340,000, of which £200,000 was a bank loan, £90,000 came from the
owners' savings and £50,000 from a business grant.

A day pass costs £12 for adults and £8 for under-16s.
"""

VERGES_ROUND50 = """---
title: Brayton verges to grow wild
date: 2026-05-06
source: Selby Star
---
Brayton Town Council has backed a plan to let the town's grass verges grow wild for bees.

The plan was proposed by Cllr Helen Marsh, seconded by Cllr Peter Quayle and opposed by
Cllr Dennis Yeo, who said long grass at junctions would put drivers at risk.

It was approved by 14 votes to 5, with 2 abstentions.
"""


MEMORIAL_FIRST_ROUND50 = """---
title: Kirkby Stanhope war memorial to be restored
date: 2026-02-02
source: Westmorland Gazette
---
Kirkby Stanhope's war memorial is to be restored this year after a survey found that its stone
cross is leaning.

The restoration is expected to cost £48,000 and will be led by stonemason Gareth Lyle.
"""

MEMORIAL_LATER_ROUND50 = """---
title: War memorial repair bill rises
date: 2026-06-20
source: Westmorland Gazette
---
The cost of restoring Kirkby Stanhope's war memorial has risen to £61,500 after cracks were
found in the stone base when the cross was lifted.
"""


@pytest.fixture(scope="module")
def round50_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round50",
        {"beaches": BEACHES_ROUND50, "shop": SHOP_ROUND50, "bowls": BOWLS_ROUND50,
         "bridge-first": BRIDGE_FIRST_ROUND50, "bridge-later": BRIDGE_LATER_ROUND50,
         "sheep": SHEEP_ROUND50, "carnival": CARNIVAL_ROUND50,
         "observatory": OBSERVATORY_ROUND50, "wall": WALL_ROUND50, "verges": VERGES_ROUND50,
         "memorial-first": MEMORIAL_FIRST_ROUND50, "memorial-later": MEMORIAL_LATER_ROUND50},
    )


# (question, the short answer, or None where the question is to be refused)
ROUND50_ROWS = [
    # a part's own verb after the whole's participle; a salary said by its pay
    ("How many of the Saltmarsh beaches passed?", "Eleven"),
    ("How many beaches were tested in Saltmarsh?", "13"),
    ("What is the salary of Saltmarsh council's chief executive?", "£180,000 a year"),
    ("What will Dr Anna Kell earn?", "£180,000 a year"),
    # a giver by its head word; an office asked by its verb; "going to" as "will"
    ("How much did Ashcombe residents put in through shares?", "£147,000"),
    ("Who will manage Ashcombe Stores?", "Chloe Featherstone"),
    ("Who chairs Ashcombe Community Shop?", "Peter Lomax"),
    ("Is the old shop building in Ashcombe going to be sold?", "Yes"),
    # a grant for two purposes is no cost of one; an unnamed quarry; a need is no deed done
    ("How much will the wheelchair ramp at Thornfield Bowls Club cost?", None),
    ("How much is the Thornfield Bowls Club grant?", "£38,500"),
    ("Which quarry will supply the slates for Thornfield Bowls Club?", None),
    ("How many volunteers cleared the old roof at Thornfield Bowls Club?", None),
    # a count of signing is no earlier count of crossing
    ("How many people crossed the Marsham footbridge on its first day?", "About 1,100"),
    # trial 80: a holder and a figure first said, then the newer in the same sentence
    ("Who is now leading the Fellbridge sheep theft investigation?", "Rachel Dunmore"),
    ("Who led the Fellbridge sheep theft investigation at first?", "PC Joanne Hebden"),
    ("How many ewes were stolen from Low Garth Farm?", "212"),
    ("How big is the reward offered over the Fellbridge sheep theft?", "up to £5,000"),
    # a giver's sum in a list of givers; a procession's count; a year of the whole phrase
    ("How much did Seaview Holiday Parks give to Brackenmouth Carnival?", "£8,500"),
    ("How many floats will be in the Brackenmouth carnival procession?", "46"),
    ("How much did the Redshank Trust give Holmwick observatory?", "£50,000"),
    ("How many birds were ringed at Holmwick in 2025?", "14,862"),
    ("How much did rebuilding the Heligoland trap at Holmwick cost on its own?", None),
    # final check 158: a pair who did the deed; a sum named after it or for a group named after
    # it
    ("Who set up the Millstone Wall?", "Tom Ferris, 29, and Kate Ferris"),
    ("How much was the bank loan for the Millstone Wall?", "£200,000"),
    ("How much is a day pass at the Millstone Wall for under-16s?", "£8"),
]


def _rows_of(store: str, rows) -> list:
    """`rows` of (question, short answer or None) as pytest params of `store`, each keeping
    its marks (a strict xfail stays one)."""
    out = []
    for row in rows:
        values, marks = (row.values, row.marks) if hasattr(row, "values") else (row, ())
        out.append(pytest.param(store, *values, marks=marks))
    return out


WARDEN_ROUND51 = """---
title: Marsh reserve appoints new warden
date: 2026-03-14
source: Fenland Courier
---
Greyfen Marsh Nature Reserve has appointed a new warden, and the trust that runs it says it
has secured £212,000 to rebuild its visitor hide and the Bewick trap that volunteers use to
catch ducks for ringing.

Dr Hannah Roskell, 36, who was previously a field ecologist with the Broadland Wildlife
Partnership, will take up the post on 2 April. She replaces Martin Ibbotson, 68, who is
retiring after 24 years as warden of the reserve, which lies south of Wexby.

"I first came here with my father at the age of 9, so this feels like coming home," said
Dr Roskell. She will be assisted by Owen Tully, 27, who was appointed assistant warden last
autumn.

The £212,000 was made up of £140,000 from the National Lottery Heritage Fund, £52,000 from
the Avocet Trust and £20,000 from Wexby Town Council.
"""

THEFT_FIRST_ROUND51 = """---
title: Police appeal after 96 lambs stolen from Wexby farm
date: 2026-02-06
source: Fenland Courier
---
Police are appealing for information after 96 lambs were stolen from a farm near Wexby over
the weekend.

The lambs were taken from a field at High Carr Farm on Saturday night, and carry ear tags
beginning UK 582114.

It is the second theft of livestock in the district this winter, after 40 lambs went
missing from a farm at Skelton.
"""

THEFT_LATER_ROUND51 = """---
title: Two men charged over High Carr Farm lamb theft
date: 2026-03-19
source: Fenland Courier
---
Two men have been charged in connection with the theft of lambs from High Carr Farm near
Wexby.

The theft, which was first reported as involving 96 lambs, actually involved 130, after a
full count of the flock.

Craig Denholm, 44, of Wexby, and Scott Ferrier, 29, of Mill Lane, Skelton, were each
charged with theft and appeared before Fenbridge Magistrates' Court on Monday.
"""

LINE_FIRST_ROUND51 = """---
title: Consultation opens on Harrowby guided busway
date: 2026-01-15
source: Midshire Post
---
A public consultation has opened on a guided busway to Harrowby.

Construction would start in 2027 and the first buses would run in 2029.

Councillor Ade Okoro, 51, the council's cabinet member for transport, said the route would
cut journey times in half.
"""

LINE_LATER_ROUND51 = """---
title: Harrowby busway delayed by a year
date: 2026-03-05
source: Midshire Post
---
The guided busway to Harrowby will be a year late, the council said on Monday.

The busway is now expected to open in 2030, a year later than first planned.

Councillor Ade Okoro, who launched the consultation, has stood down as cabinet member for
transport after being appointed deputy leader of the council. He has been replaced by
Councillor Ruth Penhale, 42, who represents Castle ward.
"""

GALA_ROUND51 = """---
title: Wexby Gala returns after four-year gap
date: 2026-07-10
source: Fenland Courier
---
Wexby Gala will return next month for the first time since 2022.

The event was cancelled in 2023, 2024 and 2025 because the committee could not afford its
public liability insurance, which had risen from £2,800 to £8,600 a year.

A fireworks display over the river at 9.30pm will close the day.

Tickets cost £5 for adults and £2 for children.

The gala's model village took volunteers 2,000 hours to build.

The cottages on Mill Row were sold at auction for £410,000 by Fenbridge auctioneers Dale
and Platt, who said nine bidders took part.
"""

FOOD_ROUND51 = """---
title: Wexby food pantry moves as demand rises
date: 2026-11-20
source: Fenland Courier
---
Wexby Food Pantry is to move into a larger unit after handing out a record number of food
parcels this year.

The pantry gave out 8,240 parcels between April and October 2026, up from 6,900 in the same
period last year.

Volunteers at the pantry's repair corner have fixed 640 items in its first twelve months.
"""

KIOSK_FIRST_ROUND51 = """---
title: Restoration of Linbury seafront kiosk to begin
date: 2026-03-04
source: Linbury Courier
---
The restoration of the Victorian tea kiosk on Linbury seafront will cost £212,000.

The Coastal Heritage Fund has awarded a grant of £150,000, Linbury Town Council is
contributing £40,000 and the Friends of the Promenade have raised £22,000 through raffles,
quiz nights and a sponsored swim.

The Friends' total compares with £9,000 at the same point last year.

Of the 30 glass panels in the kiosk roof, 12 will have to be replaced.

The project is being led by Joanna Pryce, 47, the council's heritage officer.
"""

KIOSK_LATER_ROUND51 = """---
title: Linbury kiosk repair bill rises
date: 2026-04-22
source: Linbury Courier
---
The cost of restoring the Victorian tea kiosk on Linbury's seafront promenade has risen to
£251,000 after builders found rot in its timber frame.

The Coastal Heritage Fund has increased its grant by £25,000 to £175,000.

The number of glass panels that must be replaced has gone up to 19, compared with 12 in the
original survey.

Joanna Pryce, the heritage officer who had been leading the restoration, has left the council
to take up a post in Cardiff. She has been replaced as project manager by Owen Hale, 33.
"""

HALL_ROUND51 = """---
title: Work begins on new Linbury guides hall
date: 2026-05-28
source: Linbury Courier
---
Building work has started on a new meeting hall for the 2nd Linbury Guides, a year after
their old hall was destroyed by fire.

The new hall will cost £180,000. The guides' insurers paid £70,000,
the Linbury Community Trust has given £60,000, the Rotary Club £15,000,
and parents have raised £35,000 through events including a sponsored sleep-out.

The hall is being built by Coastline Joinery of Penwick.

Division Commissioner Tessa Morley, 52, said the guides had met in a school since the fire.

The unit's longest-serving leader, Maureen Finch, 81, has been a leader for 55 years.
"""

CONTEST_ROUND51 = """---
title: Linbury sand sculptor named champion
date: 2026-08-25
source: Linbury Courier
---
Penwick's sand sculptor Callum Brewer has been named South Coast Sand Sculpture Champion for
the second time after a contest on Linbury beach on Saturday.

Twenty-two sculptors from England, Scotland and France took part in the contest, up from 18
last year.

One hundred and twenty tonnes of sand were brought in for the event.

Lily Anand, 12, won the junior title, scoring forty-two points from a possible fifty.
"""


@pytest.fixture(scope="module")
def round51_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round51",
        {"warden": WARDEN_ROUND51,
         "theft-first": THEFT_FIRST_ROUND51,
         "theft-later": THEFT_LATER_ROUND51,
         "line-first": LINE_FIRST_ROUND51,
         "line-later": LINE_LATER_ROUND51,
         "gala": GALA_ROUND51,
         "food": FOOD_ROUND51,
         "kiosk-first": KIOSK_FIRST_ROUND51,
         "kiosk-later": KIOSK_LATER_ROUND51,
         "hall": HALL_ROUND51,
         "contest": CONTEST_ROUND51},
    )


# (question, the short answer, or None where the question is to be refused)
ROUND51_ROWS = [
    # the one who replaces is the new holder; a lesser post; a sum said to be from a body
    ("Who is the new warden of Greyfen Marsh Nature Reserve?", "Hannah Roskell"),
    ("Who is the assistant warden at Greyfen Marsh?", "Owen Tully"),
    ("How old is Dr Roskell?", "36"),
    ("How much did the Avocet Trust give?", "£52,000"),
    ("How much did Wexby Town Council contribute to the reserve?", "£20,000"),
    ("How much did the Avocet Trust give to the gala?", None),
    # a sentence's own first figure; another farm's; named ones for "Two men"
    ("How many lambs were stolen from High Carr Farm?", "130"),
    ("How many lambs were first reported stolen from High Carr Farm?", "96"),
    ("Who has been charged over the High Carr Farm lamb theft?",
     "Craig Denholm, 44, of Wexby, and Scott Ferrier"),
    # a first run is an opening; a replacement named in the next sentence; a lesser post taken
    ("When would the first buses run to Harrowby?", "2030"),
    ("Who is the council's cabinet member for transport?", "Ruth Penhale"),
    ("Who is the leader of the council?", None),
    # a relative clause's sum, a sale's price, a sum asked by a noun the report never says
    ("How much does the Wexby Gala fireworks display cost?", None),
    ("How much did it cost to build the gala's model village?", None),
    ("How much commission did Dale and Platt charge for the cottages?", None),
    # another first period; a plan's date is not the date of what led to it
    ("How many parcels did Wexby Food Pantry give out in its first year?", None),
    ("How many items were fixed at the repair corner's first session?", None),
    ("When will Wexby Food Pantry move to its new unit?", None),
    # trial 81: a cost revised with the thing between; the step beside the level; the first
    # figure of the original survey; one who left and her replacement; several means
    ("How much will the Linbury kiosk restoration cost?", "£251,000"),
    ("How much is the Coastal Heritage Fund giving towards the kiosk now?", "£175,000"),
    ("How many glass panels were to be replaced according to the original survey?", "12"),
    ("Who is the project manager for the Linbury kiosk restoration?", "Owen Hale"),
    ("How much did the sponsored swim raise for the kiosk?", None),
    ("How much is Linbury Town Council contributing to the kiosk?", "£40,000"),
    # a giver's part is no cost; a list that says its verb once; the title as asked
    ("How much will the new Linbury guides hall cost?", "£180,000"),
    ("How much did the Rotary Club give to the guides hall?", "£15,000"),
    ("Who is the Division Commissioner for the Linbury Guides?", "Tessa Morley"),
    # one named champion won; a number in words; another person's figure
    ("Who won the South Coast Sand Sculpture Championship?", "Callum Brewer"),
    ("How many tonnes of sand were brought in for the Linbury contest?", "One hundred and twenty"),
    ("How many points did Callum Brewer score?", None),
    ("How many points did Lily Anand score?", "forty-two"),
    # a name joined by a small word is one name ("France" alone is said of the sculptors)
    ("Who won the 2024 Tour de France?", None),
]

# Round 52, against round 51's store: a sum asked is given by the one named beside it; the asked
# verb of "Who is building the new Linbury guides hall?" is "build" (spaCy read "guides")
ROUND52_ON_ROUND51_ROWS = [
    ("Who gave £15,000 to the guides hall?", "Rotary Club"),
    ("Who paid £70,000 towards the guides hall?", "guides' insurers"),
    ("Who is building the new Linbury guides hall?", "Coastline Joinery"),
]


# Trial 82's twelve articles (helper 163), two stories updated by a later report
UNIT_FIRST_ROUND52 = """---
title: Overnight closure planned for Kelsham minor injuries unit
date: 2025-01-10
source: Harbury Gazette
---
The minor injuries unit at Kelsham Community Hospital will close overnight from 1 March, the
health trust that runs it has announced.

The unit, which is currently open 24 hours a day, will instead open from 8am to 10pm. North
Vale Community Health NHS Trust said an average of just six patients a night were seen between
10pm and 8am last year, compared with about 110 during the day.

The change would save about £620,000 a year, mostly in agency nursing costs, according to the
trust's director of operations, Dr Simon Achebe. "We cannot justify staffing a unit through the
night for so few patients when those nurses are badly needed elsewhere," he said.

Patients needing urgent care at night would be directed to the emergency department at St
Edric's Hospital in Brayford, 19 miles away, or to NHS 111.

The Kelsham Hospital Action Group said 1,240 people had signed its petition against the plan in
its first week. "For families without a car, Brayford might as well be on the moon," said the
group's chair, Linda Farrow.

The trust is holding a six-week public engagement exercise, which runs until 14 February, and
two drop-in sessions at Kelsham Town Hall.
"""


UNIT_LATER_ROUND52 = """---
title: Minor injuries unit night closure delayed after public outcry
date: 2025-03-20
source: Harbury Gazette
---
Plans to close Kelsham's minor injuries unit overnight have been put back until 2 June after
more than 2,800 people responded to the health trust's engagement exercise.

North Vale Community Health NHS Trust had intended to bring in shorter opening hours on 1
March. Its board agreed on Tuesday to delay the change so that a late-evening GP service could
be set up first.

Dr Simon Achebe, who announced the plan in January, has since left the trust to join an
ambulance service. The proposal is now being led by the interim director of operations, Claire
Mensforth, who said the trust had "listened carefully".

Of the 2,874 responses, 91% opposed the overnight closure. The petition organised by the
Kelsham Hospital Action Group has now passed 4,100 signatures, up from 1,240 in January.

Under the revised plan, the unit will stay open until 11pm rather than 10pm, and a GP will be
on duty from 6pm to 11pm. The expected saving has been revised down to about £480,000 a year.

"It's a step in the right direction, but we still want the doors open all night," said Linda
Farrow, who chairs the action group.
"""


SCHOOLS_ROUND52 = """---
title: Two village primary schools to merge as pupil numbers fall
date: 2025-01-22
source: Marwick Echo
---
Two primary schools four miles apart are to merge into one from September after councillors
backed the plan by seven votes to two.

St Aidan's CE Primary in Coldbeck and Rushmere Primary will become Beckside Primary School.
Both sites will stay open until July 2027, when all pupils will move to the larger Coldbeck
site.

Rushmere has 41 pupils on roll, down from 78 in 2018, and is forecast to end this year with a
budget deficit of £86,000. St Aidan's has 96 pupils.

The merged school will be led by Joanne Pryor, currently headteacher of St Aidan's. Her
counterpart at Rushmere, David Kerr, is retiring in July after 16 years in the post.

A consultation drew 312 responses, 58% of them in support. However, a petition against the
merger signed by 640 people was handed in by Rushmere parents last month.

"Falling rolls mean very small schools simply cannot balance their budgets, however hard their
staff work," said the cabinet member for education, Cllr Sunita Bhatt. "Keeping both sites open
for two years gives families time to adjust."

Pupils moving from Rushmere will be offered free transport, which is expected to cost the
county about £150,000 over five years. Parent Gemma Lowther, whose two sons attend Rushmere,
said: "They call it a merger, but it is a closure by the back door."
"""


CLERK_ROUND52 = """---
title: Former parish clerk jailed for stealing from council accounts
date: 2025-02-14
source: Westcountry Courier
---
A former parish council clerk who siphoned £48,600 from the accounts of the village she served
has been jailed for two years and eight months.

Deborah Quantock, 57, of Chapel Row, Little Harnham, admitted fraud by abuse of position at
Exeter Crown Court on Thursday. She had been clerk to Little Harnham Parish Council for eleven
years before the losses were discovered in April 2024.

The court heard that between 2019 and 2023 Quantock made 131 transfers from the council's
account into her own, disguising them as payments to a grass-cutting contractor that did not
exist. The money was spent on holidays, a hot tub and online bingo, prosecutor Mr Alistair
Penrose said.

The thefts were uncovered by an internal auditor, Kathryn Bolt, who noticed that the contractor
had no VAT number. "The invoices looked perfect, which is what made me suspicious," Ms Bolt
said after the hearing.

Defending, Ms Rebecca Tull said her client had built up gambling debts after the death of her
husband and was "deeply ashamed" of what she had done.

Sentencing her, Judge Martin Oyelaran told Quantock she had betrayed "a small community that
trusted you completely". He said the council had been forced to postpone the replacement of its
children's play equipment for two years.

Parish council chairman Geoff Ambrose said about £9,000 had so far been recovered through the
council's insurer. A proceeds of crime hearing has been set for 19 June.
"""


CREMATORIUM_FIRST_ROUND52 = """---
title: Crematorium plan for green belt farmland sparks 900 objections
date: 2025-02-25
source: Whitlow Chronicle
---
Plans for a crematorium on green belt farmland between Hatherley and Cold Norton have drawn
more than 900 objections.

Pinegrove Memorial Ltd wants to build the crematorium, with two chapels, 120 parking spaces and
a garden of remembrance, on 4.5 hectares of land off Sandpit Lane. The £6.5m scheme would be
the first crematorium in the Whitlow district; families currently travel up to 35 miles to the
nearest one, at Kettleby.

Objectors, led by the Hatherley Green Belt Group, say the site would bring heavy traffic to
narrow lanes and would be "the first step towards joining the two villages together". The
group's chairman, retired surveyor Alan Pickersgill, said: "Nobody is against a crematorium. We
are against this one, here."

Company director Sarah Linwood said the site had been chosen after 11 others were ruled out,
and that the buildings would be screened by 3,000 new trees. "Nobody should have to drive an
hour to say goodbye to their mum," she said.

The council has also received 96 letters supporting the application, many of them from funeral
directors.

Whitlow District Council's planning committee is expected to decide the application in April.
"""


CREMATORIUM_LATER_ROUND52 = """---
title: Crematorium scheme cut back ahead of crucial vote
date: 2025-05-08
source: Whitlow Chronicle
---
The company behind a proposed crematorium near Hatherley has cut the scheme to a single chapel
and reduced parking from 120 spaces to 80 in an attempt to win over planners.

Pinegrove Memorial Ltd said the building would now be partly sunk into the ground so that it
could not be seen from Sandpit Lane. As a result, the estimated cost has risen to £7.2m despite
the smaller design.

The decision, which had been expected in April, will now be made by Whitlow District Council's
planning committee on 17 June. Planning officers have recommended that the scheme be approved,
saying the need for a crematorium in the district amounts to "very special circumstances".

Objections have risen to 1,460. Alan Pickersgill, of the Hatherley Green Belt Group, said: "A
smaller crematorium in the wrong place is still in the wrong place."

Sarah Linwood has stepped down as the company's director for family reasons. Her successor,
Owen Carradine, said the changes showed Pinegrove had "taken local concerns seriously". He said
the firm would also pay for a new footpath along Sandpit Lane.
"""


CREAMERY_ROUND52 = """---
title: Cheese maker to create 35 jobs after supermarket deal
date: 2025-03-03
source: Dales Weekly Post
---
A family-run creamery in Upper Wensford is to create 35 jobs after winning a contract to supply
a national supermarket chain.

Fellside Creamery, founded in 1987 by Tom and Margaret Ibbotson, will expand its dairy on Gill
Lane with a new maturing store costing £2.3 million. The work, part-funded by a £400,000 rural
growth grant, is due to be finished by November.

Under the deal, the creamery's Wensford Blue and Old Fellside cheddar will be stocked in 212
Harrow & Finch stores from next spring. Managing director Hannah Ibbotson, the founders'
daughter, said output would rise from about 600 tonnes a year to 950 tonnes.

"We've turned down bigger offers before because we didn't want to change how the cheese is
made," she said. "This deal lets us grow without cutting corners."

The firm currently employs 48 people, most of them living within ten miles of the dairy. The
new posts include cheese makers, drivers and two apprentice roles, which will be advertised
through Wensford College.

The creamery buys its milk from 14 farms in the dale. Ian Metcalfe, who has supplied Fellside
for 22 years, said the news was "a lifeline" after a difficult year in which the price he was
paid for milk fell by 9%.

District councillor Paula Wray said the expansion was the biggest private investment in the
upper dale for a decade.
"""


VIXENS_ROUND52 = """---
title: Oakmere Vixens clinch promotion with last-gasp win
date: 2025-04-07
source: Mere Valley Sport
---
Oakmere Vixens secured promotion to Championship 2 North on Saturday with a 27-24 win away at
Hexley Harriers, the winning try coming two minutes into injury time.

Winger Leah Dunstan, 19, went over in the corner after a 60-metre break by full-back Amira
Kassem. Captain Beth Rowntree converted from the touchline.

The result means the Vixens finish the league season with 16 wins from 18 matches, their only
defeats coming against Hexley in November and Pennington in January.

The women's side was founded in 2016 with just 11 players. The club now has 64 registered
players across two senior teams and an under-18s squad.

Head coach Gareth Pugh, a former Wales under-20s prop, said: "Three seasons ago we were getting
beaten by fifty points. These women train twice a week after full shifts at work, and they
thoroughly deserve this."

Kassem, 24, has also been named in the England Counties squad for May's tour of Canada. She
works as a physiotherapist at Oakmere Health Centre.

The club is now trying to raise £75,000 for floodlights at its Mere Lane ground, so that the
Vixens can play evening fixtures in the higher league. Rowntree, a paramedic, said £31,500 had
been raised so far, much of it through a sponsored row organised by the players.
"""


SEAGRASS_ROUND52 = """---
title: Volunteers plant 60,000 seagrass seeds in Carrow estuary
date: 2025-05-12
source: Estuary Mercury
---
Around 60,000 seagrass seeds have been planted in the Carrow estuary by volunteers in an
attempt to restore underwater meadows lost more than 70 years ago.

The planting, led by the Carrow Estuary Partnership, covered 1.2 hectares of mudflat off
Penmorrow Point. The seeds were gathered last summer by divers and kept over winter in tanks at
the Penmorrow marine laboratory.

Seagrass once covered an estimated 40 hectares of the estuary but was largely wiped out in the
1950s by disease and pollution.

"A healthy meadow is a nursery for young bass, pollack and cuttlefish, and it locks carbon into
the seabed far faster than a forest on land," said project officer Dr Nia Trelawny. She said
the partnership aimed to restore 10 hectares by 2030.

Some 85 volunteers, aged from nine to 81, spent four days stitching the seeds into hessian
bags, which were then lowered on to the mudflat at low tide.

The £210,000 project is funded by the Blue Shores Fund and Carrow Harbour Commissioners. As
part of the work, 14 eco-moorings have been installed so that boat anchors and chains no longer
scour the seabed.

Harbourmaster Pete Gilbert said boat owners had been "very supportive". He added that visiting
yachts would be asked to use the new moorings rather than anchor in the bay from this summer.
"""


LIMIT_ROUND52 = """---
title: 20mph limit to cover most of Stanmoor's streets from August
date: 2025-06-02
source: Stanmoor Advertiser
---
Most residential streets in Stanmoor will have a 20mph speed limit from 18 August, county
highways officials have confirmed.

The scheme covers 142 streets, about 38 miles of road, and will cost
one point one million pounds (£1.1m), to be paid from the county's road safety budget. Main
routes, including Bristol Road and Mill Hill, will stay at 30mph.

The decision was taken by the cabinet member for highways, Cllr Robert Ashworth, after a
consultation in which 4,310 people took part. Of those, 54% were in favour, 41% were against
and the rest were undecided.

According to the county, 37 people were seriously injured on Stanmoor's residential roads in
the five years to 2024, 11 of them children. "Every one of those is a family that has been
turned upside down," Cllr Ashworth said.

The Stanmoor Motorists' Forum has called the scheme "a blanket solution to a problem on a
handful of roads". Its spokesman, Keith Lomax, said the group had written to the Transport
Secretary asking her to intervene.

About 650 new signs will be put up over the summer. Inspector Hayley Dobson, of the county
police, said officers would begin with education rather than fines, and that community
speedwatch volunteers would be trained to help.
"""


PRIZE_ROUND52 = """---
title: Printmaker scoops Harwood Art Prize with estuary linocut
date: 2025-07-15
source: East Riding Review
---
A printmaker from Saltby has won this year's Harwood Art Prize, worth £10,000, for a six-metre
linocut of the Humber mudflats.

Priya Venkatesan, 34, was chosen from 1,180 entries from across the North of England for "Low
Water, Paull", which took her 14 months to carve. The judges, chaired by the sculptor Dame
Felicity Orme, described it as "astonishingly patient work".

The runner-up prize of £2,500 went to Callum Reid, a 68-year-old retired welder from Goole, for
a heron made from 400 recycled bicycle chains. The young artist award, worth £1,000, was won by
17-year-old Maisie Fenwick.

"I nearly didn't enter," said Venkatesan. "I was carving the last block at my kitchen table at
three in the morning, and I wasn't sure it was any good." She said she would spend the prize
money on a larger printing press.

The prize was founded in 2009 by the late industrialist Sir Edwin Harwood, whose family still
funds it.

An exhibition of the 60 shortlisted works is at the Harwood Gallery in Beverley until 28
September. Entry is free, and the gallery is open from Tuesday to Sunday.
"""


MIDWIFE_ROUND52 = """---
title: Tributes paid to midwife who delivered more than 3,000 babies
date: 2025-08-19
source: Haverlow Times
---
Tributes have been paid to Nora Penhaligon, a midwife who delivered more than 3,000 babies in
and around Haverlow during a 38-year career. She died on 11 August, aged 91.

Born in Ballymena in 1934, she trained at the Royal Victoria Hospital in Belfast before moving
to Haverlow in 1959. She worked first as a district midwife, travelling to home births by
bicycle and later in a Morris Minor, and from 1974 at Haverlow Maternity Home until it closed
in 1997.

She was appointed MBE in 1996 for services to midwifery.

In 1988 she founded Little Steps, a charity that lends cots, prams and car seats to families
who cannot afford them. It has since helped about 9,000 families and is now run by her
granddaughter, Erin Carter.

Her daughter, Siobhan Carter, said: "Mum could never walk down the high street without someone
stopping her to say she had brought them into the world."

Former colleague Margaret Dale, who trained under her in the 1970s, said she was "fearless,
funny and never once flustered".

Mrs Penhaligon's husband, Jack, a postman, died in 2011. She is survived by two daughters, five
grandchildren and three great-grandchildren.

Her funeral will be held at St Michael's Church, Haverlow, on 2 September at 11am. The family
has asked for donations to Little Steps instead of flowers.
"""


@pytest.fixture(scope="module")
def round52_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round52",
        {"unit-first": UNIT_FIRST_ROUND52,
         "unit-later": UNIT_LATER_ROUND52,
         "schools": SCHOOLS_ROUND52,
         "clerk": CLERK_ROUND52,
         "crematorium-first": CREMATORIUM_FIRST_ROUND52,
         "crematorium-later": CREMATORIUM_LATER_ROUND52,
         "creamery": CREAMERY_ROUND52,
         "vixens": VIXENS_ROUND52,
         "seagrass": SEAGRASS_ROUND52,
         "limit": LIMIT_ROUND52,
         "prize": PRIZE_ROUND52,
         "midwife": MIDWIFE_ROUND52},
    )


# (question, the short answer, or None where the question is to be refused)
ROUND52_ROWS = [
    # updates said in other words: a day before the month, a plan given up in its own clause,
    # a priced scheme, "revised down to", the later value of a change
    ("When will the Kelsham minor injuries unit now stop opening overnight?", "until 2 June"),
    ("When will councillors decide the crematorium application?", "17 June"),
    ("How much is the crematorium expected to cost now?", "£7.2m"),
    ("How much money will the overnight closure of the Kelsham unit save?",
     "about £480,000 a year"),
    ("How many parking spaces does the crematorium plan now include?", "80"),
    # a phrase of the asked type but not of the asked kind; a decimal in words; a thing made
    ("How much has been raised for the Mere Lane floodlights so far?", "£31,500"),
    ("How large an area of mudflat was planted with seagrass?", "1.2 hectares"),
    ("What will the merged Coldbeck and Rushmere school be called?", "Beckside Primary School"),
    ("What will the fine be for breaking the 20mph limit in Stanmoor?", None),
    ("How much did Callum Reid's heron sculpture sell for?", None),
    ("How much is the Harrow & Finch contract worth to Fellside Creamery?", None),
    ("How much will the 20mph scheme cost?", "£1.1m"),
    ("What did the runner-up in the Harwood prize make?",
     "heron made from 400 recycled bicycle chains"),
    # a part named by the asked deed; matches are games; a name or number typed differently
    ("How many games did the Vixens win this season?", "16"),
    ("What did Quantok spend the stolen money on?", "holidays, a hot tub and online bingo"),
    ("How many streets will get the 20 mph limit?", "142"),
    # a firm started is one founded; yes or no said first
    ("Who started Fellside Creamery?", "Tom and Margaret Ibbotson"),
    ("Will Bristol Road become 20mph?", "No"),
    ("Is it free to see the Harwood exhibition?", "Yes"),
    ("Is David Kerr staying on as headteacher?", "No"),
    # a name asked by a possessive
    ("What was Nora Penhaligon's husband's name?", "Jack"),
    # an abbreviation is no rival name ("no VAT number" of the line that says the deed)
    ("Who spotted the fraud at Little Harnham Parish Council?", "Kathryn Bolt"),
    # a part said only in a list or as an extra has no sum of its own; the whole's is not it
    ("How much did Quantock spend on the hot tub?", None),
    ("How much will the Sandpit Lane footpath cost?", None),
    ("How much will the crematorium cost?", "£7.2m"),
    ("How much will the maturing store cost?", "£2.3 million"),
]


# Round 53: firms asked for (CI's failure under the rebuilt environment, and its kind).
POOL_ROUND53 = """---
title: Marwick pool contract awarded
date: 2026-03-02
source: Marwick Mercury
---
A new swimming pool in Marwick will open in spring 2028.
The £14m pool was designed by architects Pellow Studio.
The contract to build it went to Hallam and Reid of Leeds, the council said.
Demolition of the old baths at Tenby Road will be carried out by Kestrel Site Services.
"""
DIGEST_ROUND53 = """---
title: Around the district
date: 2026-03-04
source: Wenbury Courier
---
The ferry slipway at Ormsby is to close for six weeks. Repairs will be made by Saltcote Marine.

A new cycle bridge over the Ashburn at Fellgate will be finished in June.
Steelwork will be supplied by Corder Fabrications,
and the bridge will be put in place by contractor Brant Civil.

The old chapel at Whinmoor has been sold at auction for £212,000 to a developer, Oakshaw Homes.
"""


# (final check 168's own: a sale told as "has been sold to")
SOLD_ROUND53 = """---
title: Fenwick Bridge cheese dairy sold to Leeds food group
date: 2026-10-06
source: Fenwick Bridge Gazette
---
Hollowmere Creamery, the cheese dairy at Fenwick Bridge that was started in a farm kitchen
in 1994, has been sold to the Leeds food group Caldera Foods for £2.6m.

The creamery makes Fenwick Blue and six other cheeses from the milk of about 400 cows on
three neighbouring farms. It employs 38 people and sold cheese worth £4.1m last year, most
of it to delicatessens and two supermarket chains.

Its founder, Eleanor Pettigrew, 71, said she had decided to sell because none of her three
children wanted to run the business. "I wanted a buyer who would keep the cheese made
here, by the people who make it now, and Caldera have promised exactly that," she said.

Caldera's chief executive, Marcus Obi, said all 38 jobs would be kept and that the company
planned to spend a further £900,000 on a new maturing store, creating about 12 more jobs
by the end of 2027.

Mrs Pettigrew will stay on as a consultant for two years. The creamery's head cheesemaker,
Tomasz Brodzki, who joined in 2003, becomes its general manager on 1 November.

The sale was approved by the Competition and Markets Authority last week.
"""


@pytest.fixture(scope="module")
def round53_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round53",
        {"pool": POOL_ROUND53, "digest": DIGEST_ROUND53, "sold": SOLD_ROUND53},
    )


# Trial 83's articles (a new user's own, wrapped as written: short answers across a line
# break are said as one line)
TRAINS_FIRST_ROUND53 = """---
title: Sunday trains to return to Elverby branch line after 58 years
date: 2026-01-20
source: Elverby and Marsh Gazette
---
Passenger trains will run on Sundays on the Elverby branch line for the first time since 1968,
under plans announced by Northern Shires Rail.

From 17 May, five return services will run between Elverby and Marsh Hythe each Sunday, taking
about 34 minutes each way and calling at Saltcote and Wickham Fen.

The scheme, which needs a new passing loop at Saltcote and longer shifts for signallers, is
expected to cost £1.6m, paid for by the county council and the Department for Transport.

Northern Shires Rail's project manager for the line, Owen Gittings, said: "For decades people
in Marsh Hythe without a car have been stuck on a Sunday. This changes that."

The first train will leave Elverby at 9.12am, and the last will return from Marsh Hythe at
6.40pm. Fares will be the same as on weekdays, with an adult return costing £7.20.

The Elverby Line Users' Association, which has campaigned for Sunday services since 1997, said
it had collected 5,800 signatures for its petition. Its secretary, Margaret Coyle, 81, said: "I
started this campaign when I was 52. I'm delighted I'll be able to ride the first train."

Weekday services on the line will also change from May, with the 7.05am from Marsh Hythe moved
to 6.55am so that commuters can connect with the 7.40am to London at Elverby.
"""
TRAINS_LATER_ROUND53 = """---
title: Elverby Sunday trains delayed as costs rise
date: 2026-04-02
source: Elverby and Marsh Gazette
---
The return of Sunday trains on the Elverby branch line has been put back to 14 June, after work
on a new passing loop at Saltcote ran into problems with waterlogged ground.

Northern Shires Rail said the scheme is now expected to cost £2.3m, and that the county council
had agreed to cover the extra £700,000.

The project is now being led by Bethan Lloyd, who took over as project manager from Owen
Gittings when he moved to a new role with the company in Scotland last month.

Ms Lloyd said: "Nobody is more frustrated than we are. The ground at Saltcote was far wetter
than the surveys suggested, and we had to bring in specialist piling rigs."

The timetable has also been changed: there will now be six return services each Sunday instead
of five, with the last train leaving Marsh Hythe at 8.15pm.

The Elverby Line Users' Association said it was disappointed by the delay but welcomed the extra
train. Its secretary, Margaret Coyle, said she still planned to be on the first service.

The adult return fare remains £7.20. The weekday changes, including the earlier 6.55am departure
from Marsh Hythe, will still go ahead in May as planned.
"""
LIMES_FIRST_ROUND53 = """---
title: Residents fight plan to fell 14 lime trees on Pennington Avenue
date: 2026-02-03
source: Kellingford Echo
---
Residents of a tree-lined street in Kellingford have launched a campaign to stop the council
felling 14 mature lime trees which it says are damaging pavements and homes.

Kellingford Borough Council wants to remove the trees on Pennington Avenue, which were planted
in 1908, and replace them with 20 smaller rowan and hornbeam saplings. The work is expected to
cost £86,000 and is due to begin on 9 March.

A petition against the plan has gathered 2,340 signatures in ten days. Campaign organiser Ruth
Kemble, 47, a primary school teacher who has lived on the avenue for 19 years, said: "These
trees are older than anyone living on this street. You don't cut down a 118-year-old tree
because a paving slab has lifted."

The council said root damage had been found at six properties, and that insurance claims linked
to the trees had cost it £212,000 over five years.

Councillor Mark Denholm, the cabinet member for environment, said the decision had not been
taken lightly. "We have a duty to keep pavements safe, and several of these trees are causing
real harm," he said.

An independent arborist, Simon Fairclough of Oakline Tree Consultancy, was hired by residents
and said that at least eight of the trees could be saved with root barriers and pavement
repairs.

The council's planning committee will consider the campaign's request for a tree preservation
order at its meeting on 24 February.
"""
LIMES_LATER_ROUND53 = """---
title: Pennington Avenue felling scaled back and delayed after arborist's review
date: 2026-04-14
source: Kellingford Echo
---
The felling of lime trees on Pennington Avenue in Kellingford has been scaled back and put back
to the autumn after a review by an independent expert.

Kellingford Borough Council said on Monday that nine of the 14 trees would now be removed, with
the other five kept and protected with root barriers. The felling, which had been due to start
in March, has been put back to 5 October, outside the bird nesting season.

The revised scheme is now expected to cost £118,000, because root barriers and a new
resin-bound pavement will be added to the works.

The council also confirmed that Councillor Mark Denholm had stepped down as cabinet member for
environment for health reasons. He has been replaced by Councillor Amira Sheikh, who said the
compromise "listens to residents while keeping people safe".

Campaign organiser Ruth Kemble said the change was "a partial victory", but that the group
would keep fighting for the remaining nine trees. The petition now has 4,105 signatures.

The planning committee refused a tree preservation order in February, saying the trees did not
meet the amenity test because of the damage they were causing.

The council will plant 12 replacement trees, fewer than the 20 first proposed, in the spring of
2027.
"""
AMBULANCE_ROUND53 = """---
title: Ambulance crews miss stroke and heart attack target for fifth month
date: 2026-03-12
source: Dales and Fells Gazette
---
Ambulance crews in the Carrow Valley took an average of 41 minutes and 12 seconds to reach
category two patients in February, more than twice the national target of 18 minutes, figures
published on Tuesday show.

The report by the North Pennine Ambulance Service NHS Trust shows it was the fifth month in a
row the trust had missed the standard for calls such as suspected strokes and heart attacks.

The slowest area was the rural district around Holme Sedbury, where the average wait for a
category two call was 58 minutes.

For the most serious category one calls, crews took an average of 9 minutes 40 seconds against
a target of seven minutes.

The trust's chief executive, Dr Priya Ramaswamy, said handover delays at Carrow General
Hospital were the main cause. "Every hour a crew spends waiting outside the emergency
department is an hour it cannot spend answering 999 calls," she said.

According to the report, crews lost 3,870 hours to handover delays at Carrow General in
February, up from 2,950 hours in January.

The trust has ordered 22 new ambulances at a cost of £4.1m, the first of which are due to
arrive in June. It is also recruiting 60 paramedics, 35 of whom have already accepted job
offers.

Councillor Glyn Parry, who chairs the county's health scrutiny committee, said the figures
were "frankly alarming" and that he would call the trust's board to a public meeting on 2 April.

"People in Holme Sedbury deserve the same service as people in the city," said Mr Parry, 64, a
retired farmer.
"""
KORFBALL_ROUND53 = """---
title: Brackwell korfball club win National Plate final
date: 2026-04-27
source: Brackwell Weekly News
---
Brackwell Korfball Club won the England Korfball National Plate for the first time in their
history on Saturday, beating Tamworth Phoenix 18-15 in the final at the Sportspark in
Loughborough.

Brackwell, who were formed in 1984 by a group of teachers at Brackwell Grammar School, trailed
9-7 at half-time but scored six goals without reply early in the second half.

Captain Lucy Okonedo, 29, was top scorer with seven goals, while 17-year-old Finn Aldridge, the
youngest player in the squad, scored the winning goal with four minutes left.

Korfball is a mixed sport played by teams of four men and four women, who shoot at a basket on
a 3.5-metre post.

Head coach Pieter van Dam, a Dutchman who moved to the town in 2011, said: "In the Netherlands
korfball is on television. Here we train in a school sports hall on a Tuesday night. That makes
this even more special."

The club has 46 senior members and runs a junior section of about 30 children.

Brackwell had beaten Norwich Knights 21-17 in the semi-final on Saturday morning.

Club chairman Derek Whitlow said the win would help the club's bid for £12,000 from Sport
England to buy a second set of posts and pay for a coaching course.

The team will be promoted to the South East Premier League next season.
"""
ROPE_ROUND53 = """---
title: Rope-maker wins King's Award for export success
date: 2026-05-08
source: Ashby Carrow Courier
---
A family-run rope-maker in Ashby Carrow has won a King's Award for Enterprise for international
trade, the highest official honour a British business can receive.

Harcourt & Lyle, which has made ropes at its Tannery Lane works since 1891, now sells to 31
countries, and overseas orders make up 64% of its £7.8m annual turnover.

The firm's best-selling products are mooring lines for superyachts and climbing ropes for
arborists, which are sold through a distributor in Rotterdam.

Managing director Helen Lyle, 52, the fifth generation of her family to run the business, said
the award belonged to its 84 staff. "We have people here who have been splicing rope for 40
years. This is their award," she said.

Exports have grown by 38% over the past three years, helped by a contract with the Norwegian
ferry operator Fjordline Marine to supply mooring ropes for its fleet of 12 vessels.

The company plans to open a second factory unit on the Moss Lane industrial estate next spring
and to take on 15 apprentices over the next two years.

The award will be presented by the Lord-Lieutenant of the county, Sir Anthony Beckwith, at a
ceremony at the works in July.

Its oldest employee, splicer Norman Ashworth, 78, joined the firm as a 15-year-old in 1963. He
said: "When I started we were making hemp ropes for coal barges. Now it's all synthetic fibre
and the boats are worth millions."

Harcourt & Lyle was one of 17 firms in the North West to receive a King's Award this year.
"""
LANDLORD_ROUND53 = """---
title: Landlord fined £18,500 over unlicensed shared house
date: 2026-06-18
source: Dunmere Evening Post
---
A landlord who let a terraced house in Dunmere to nine tenants without a licence has been
ordered to pay more than £26,000.

Gareth Pruitt, 58, of Hill Crescent, Lowden, admitted five offences under the Housing Act at
Dunmere Magistrates' Court on Wednesday.

The court heard that the property on Salter Street had only one bathroom for nine people, no
fire doors and a broken smoke alarm. Council officers found a tenant sleeping in a converted
garage with no window.

District Judge Alison Marsh fined Pruitt £18,500 and ordered him to pay £5,760 in costs and a
victim surcharge of £2,000.

Prosecuting for Dunmere City Council, Kirsty Oduya said Pruitt had been warned twice, in 2023
and 2024, that the house needed a licence because it was shared by five or more people from
more than one household.

Pruitt's solicitor, Dominic Hale, said his client had been caring for his elderly mother and
had "lost sight" of his paperwork. He said the tenants had all been rehoused and the property
had since been sold.

The council's head of private sector housing, Tom Reddaway, said: "Tenants in shared houses
have a right to be safe. Landlords who ignore repeated warnings will end up in court."

The council has prosecuted 11 landlords over unlicensed houses in multiple occupation since
April 2025. Tenants worried about conditions can contact its housing team through its website.
"""
APPEAL_ROUND53 = """---
title: Inspector overturns refusal of 46 homes at Hollins Farm
date: 2026-07-09
source: Mid Wessex Herald
---
A planning inspector has allowed an appeal for 46 homes on farmland at the edge of Little
Ebbing, overturning the district council's refusal of the scheme last year.

Fernbrook Homes had applied to build the houses at Hollins Farm, off Chapel Road, but
councillors on East Ebbing District Council rejected the plans in September 2025 against the
advice of their own officers, citing flood risk and the strain on the village's only primary
school.

In a decision published on Monday, inspector Claire Holloway said the council could not show a
five-year supply of land for housing and that the benefits of the scheme "clearly outweigh" the
harm. She said the flood risk could be dealt with by a drainage pond at the southern edge of
the site.

Sixteen of the homes, 35%, will be affordable, and Fernbrook will pay £410,000 towards a new
classroom at Little Ebbing Primary School.

The inspector also ordered the council to pay part of Fernbrook's appeal costs, saying it had
behaved unreasonably by refusing the scheme on grounds it could not support with evidence.

Parish council chairman Jeremy Stott, 71, said villagers were "bitterly disappointed". "We had
326 objections to this scheme. Nobody in Little Ebbing wanted it," he said.

A Fernbrook spokesperson said work would start early next year and the first homes would be
ready by the summer of 2027.

The council's leader, Councillor Nadia Quarrie, said it would review its local plan so that it
could "take back control" of where homes are built.
"""
THATCHER_ROUND53 = """---
title: Master thatcher Dennis Orpwood dies aged 87
date: 2026-09-22
source: Wessex Vale Times
---
Dennis Orpwood, who thatched more than 600 roofs across three counties in a career spanning 65
years, has died aged 87.

He died at his home in Coombe Ashleigh on 14 September after a short illness, his family said.

Born in the village in 1939, the son of a farm labourer, he left school at 14 to become an
apprentice to the thatcher Walter Penny, and set up his own business, Orpwood & Son, in 1962.

He worked mainly in long straw and water reed, and his best-known job was the re-thatching of
the 14th-century Tithe Barn at Ashleigh Priory in 1988, which took him and two assistants seven
months.

In 2009 he was appointed MBE for services to heritage crafts, and he was a founder member of the
Wessex Master Thatchers Association, which he chaired from 1991 to 2003.

He carried on climbing ladders until he was 79, and trained 23 apprentices, among them his son
Graham, who now runs the business.

Graham Orpwood, 58, said: "Dad could look at a roof from the lane and tell you who had thatched
it and roughly when. He never lost that eye."

He is survived by his wife of 61 years, Joan, their son Graham, their daughter Susan, and five
grandchildren.

His funeral will be held at St Michael's Church, Coombe Ashleigh, on 2 October at 2pm. The
family has asked for donations to the Wessex Air Ambulance instead of flowers.
"""


@pytest.fixture(scope="module")
def round53_trial_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round53-trial",
        {"trains-first": TRAINS_FIRST_ROUND53, "trains-later": TRAINS_LATER_ROUND53,
         "limes-first": LIMES_FIRST_ROUND53, "limes-later": LIMES_LATER_ROUND53,
         "ambulance": AMBULANCE_ROUND53, "korfball": KORFBALL_ROUND53, "rope": ROPE_ROUND53,
         "landlord": LANDLORD_ROUND53, "appeal": APPEAL_ROUND53, "thatcher": THATCHER_ROUND53},
    )


# (question, the short answer, or None where the question is to be refused)
ROUND53_TRIAL_ROWS = [
    # a surname typed a little wrong after its given name is read as the report spells it
    ("How old is Norman Ashford?", "78"),
    ("How old is Margaret Coil?", "81"),
    # "presented by" says "hand over"; a firm asked by its trade is the firm, not its arborist
    ("Who will hand over the award to the rope firm?", "Sir Anthony Beckwith"),
    ("Who will present the King's Award?", "Sir Anthony Beckwith"),
    ("Which consultancy did the residents hire to look at the trees?",
     "Oakline Tree Consultancy"),
    # a past when-question is no time to come ("will plant ... in the spring of 2027")
    ("When were the Pennington Avenue limes planted?", "1908"),
    # the lead's unnamed inspector is the one a later line titles so; no place is a who
    ("Who was the planning inspector in the Hollins Farm appeal?", "Claire Holloway"),
    ("Who was the planning inspector?", "Claire Holloway"),
    ("Who allowed the Hollins Farm appeal?", "Claire Holloway"),
    ("Who is now in charge of the Elverby Sunday trains project?", "Bethan Lloyd"),
    # a name the article wraps across a line is one line
    ("Who is leading the campaign against the felling on Pennington Avenue?", "Ruth Kemble"),
    # twin places: Great Ebbing is not the Little Ebbing of the report
    ("How many homes will Fernbrook build at Chapel Farm in Great Ebbing?", None),
    ("How many lime trees are going to be cut down now?", "nine"),
    # "The trust's chief executive" runs no hospital
    ("Who is the chief executive of Carrow General Hospital?", None),
    ("Who runs the ambulance trust?", "Priya Ramaswamy"),
    # a sum another pays, or one ordered to be paid, is no payment or price asked
    ("How much did Gareth Pruitt sell the Salter Street house for?", None),
    ("How much did East Ebbing council have to pay Fernbrook in appeal costs?", None),
    ("How much will Fernbrook pay towards the primary school?", "£410,000"),
    ("What is the tree felling on Pennington Avenue expected to cost now?", "£118,000"),
]


# (question, the short answer, or None where the question is to be refused)
ROUND53_ROWS = [
    # two surnames joined, of a town, are one firm; its trade's word ends a firm's name
    ("Which company won the contract to build the Marwick pool?", "Hallam and Reid"),
    ("Who will build the new pool in Marwick?", "Hallam and Reid"),
    ("Which firm designed the Marwick pool?", "Pellow Studio"),
    ("Who will demolish the old baths?", "Kestrel Site Services"),
    # a digest's story is set in its paragraph's first sentence; its place is no firm
    ("Which firm is building the Fellgate cycle bridge?", "Brant Civil"),
    ("Which company will put the Fellgate bridge in place?", "Brant Civil"),
    ("Who is supplying the steelwork for the bridge at Fellgate?", "Corder Fabrications"),
    ("Which firm will repair the Ormsby slipway?", "Saltcote Marine"),
    ("Which company bought the chapel at Whinmoor?", "Oakshaw Homes"),
    ("Where is the new pool?", "Marwick"),
    # "has been sold to the Leeds food group Caldera Foods" tells who bought it
    ("Who bought Hollowmere Creamery?", "Caldera Foods"),
    ("Who has bought the creamery?", "Caldera Foods"),
    ("Which company bought Hollowmere Creamery?", "Caldera Foods"),
]


HEALTH_CENTRE_ROUND52 = """---
title: New health centre opens in Eastfield
date: 2024-09-10
source: Westmere Weekly
---
A new health centre opened in Eastfield on Monday with eight family doctors, a pharmacy and a
physiotherapy unit. It is open from 8am to 8pm on weekdays and cost 7.2 million euros, paid
for by the regional health board.
"""


def test_the_subject_a_list_is_said_of_keeps_its_sum(tmp_path_factory):
    # round 52: "with eight family doctors, a pharmacy and a physiotherapy unit" lists what the
    # centre has; the centre is no part said only in a list, so its cost stands (news-109 was
    # refused by the first form of `Rag._a_part_with_no_sum_of_its_own`)
    rag = _one_article_rag(tmp_path_factory, "health-centre", HEALTH_CENTRE_ROUND52)
    _answers_with(rag, "How much did the Eastfield health centre cost?", "7.2 million euros")
    assert rag.ask("How much did the pharmacy cost?").refused


# Round 54: final check 165's church (its lead names the scene a later bare line leaves out)
THEFT_ROUND54 = """---
title: Appeal passes halfway mark after lead stolen from church roof
date: 2025-06-09
source: Eastborough Observer
---
Thieves stripped lead from 60 square metres of the roof of St Michael's Church in Wyckham over
the Easter weekend, and rain has since damaged the 15th-century wall paintings in the north
aisle.

The repairs are expected to cost £86,000 (eighty-six thousand pounds). An appeal launched by
the vicar, the Rev Hilary Stanton, has so far raised £47,250.

Donations have come from the Wyckham Village Trust (£15,000), the Diocese of Eastborough
(£10,000), the National Churches Trust (£8,500) and a coffee morning held at the village hall
(£1,750). The rest has come from more than 300 individual gifts.

The church's insurer has paid out only £7,500, the maximum its policy allows for metal theft.
The roof is to be covered with stainless steel rather than lead, as the insurer requires after
a theft.

The theft was discovered by the organist, Mr Ray Doyle, when he arrived to practise on Easter
Monday. Police believe the lead was taken by at least two people using a ladder from the
churchyard. No arrests have been made.

"It is heartbreaking," Mr Doyle said. "Those paintings survived the Reformation and they have
been soaked in a week."
"""


@pytest.fixture(scope="module")
def round54_rag(tmp_path_factory):
    return _articles_rag(tmp_path_factory, "round54", {"theft": THEFT_ROUND54})


# Trial 84's articles (a new user's own, wrapped; the snorkelling report holds a pipe table)
ALPACA_THEFT_ARREST_ROUND54 = """---
title: Alpaca theft - nine animals taken, man arrested in Carlow
date: 2024-03-19
source: Slaney Courier
---
Gardaí investigating the theft of alpacas from a farm near Gorey have arrested a man, and have
said the number of animals taken was nine, not seven as first reported.

Siobhán Kinsella, owner of Fernhill Alpacas at Ballycanew, said a recount after the theft found
that two young males had also been taken from a neighbouring field.

The man, aged 43, was arrested in Carlow town on Monday 18 March and was being held at Gorey
Garda Station last night. He has not been charged.

Five of the animals, including the prize-winning male Brannagh, were found at a yard near
Tullow, Co Carlow, and have been returned to the farm. Four remain missing.

"Brannagh was thin and frightened but the vet says he will be fine," Ms Kinsella said. "We
won't rest until the other four are home."

Ms Kinsella said the value of the stolen animals is now put at €26,000.

Sergeant Colm Furlong said the microchips had allowed the animals to be identified within
minutes. He thanked a member of the public who had reported seeing alpacas in a yard near
Tullow.

Fernhill's trekking walks will resume on Saturday 6 April.
"""
ALPACA_THEFT_GOREY_ROUND54 = """---
title: Seven alpacas stolen from farm near Gorey
date: 2024-03-04
source: Slaney Courier
---
Gardaí in Gorey are appealing for information after seven alpacas were stolen from a farm at
Ballycanew, Co Wexford, over the weekend.

The animals were taken from a paddock at Fernhill Alpacas some time between 10pm on Saturday 2
March and 7am on Sunday, according to owner Siobhán Kinsella, 52, who has run the farm with her
husband Declan since 2016.

"We came out to feed them and the gate was hanging off its hinges," Ms Kinsella said. "They are
like family to us. Two of the females are pregnant and due in May."

The stolen animals include a prize-winning white male named Brannagh, valued at €6,500, and six
females. Ms Kinsella estimated the total value of the animals taken at €21,000 (about £18,000).

The farm keeps 34 alpacas and runs trekking walks for visitors, which cost €35 per adult. The
walks have been suspended until further notice.

Sergeant Colm Furlong of Gorey Garda Station said tyre tracks from what was believed to be a
horsebox had been found in a lane beside the paddock. "We are asking anyone who saw a jeep
towing a horsebox on the R741 in the early hours of Sunday to contact us," he said.

Alpaca Association of Ireland chair Nuala Brennock said it was the third theft of alpacas
reported in Leinster since November. "These animals are microchipped, so anyone trying to sell
them on will find it very difficult," she said.

Anyone with information can contact Gorey Garda Station on 053 943 0690.
"""
BOG_SNORKELLING_LLANFECHAN_ROUND54 = """---
title: Rhayader teacher wins Llanfechan bog snorkelling title
date: 2024-08-27
source: Mid Wales Gazette
---
A PE teacher from Rhayader has won the Llanfechan Bog Snorkelling Championship at his fourth
attempt.

Gethin Pryce, 34, completed two lengths of the 55-metre trench cut through Waen Ddu peat bog in
1 minute 21.4 seconds on Monday 26 August, the bank holiday.

"I've been training in the river at Rhayader since Easter, and my pupils have been ruthless
about my technique," he said. "It's cold, it's black and it tastes of peat, but I love it."

The women's title went to Morwenna Hale, 28, a marine biologist from Truro in Cornwall, in 1
minute 26.9 seconds.

A record 212 competitors from 14 countries took part, wearing snorkels and flippers but using
no conventional swimming strokes. The oldest competitor was Walter Bebb, 81, a retired shepherd
from Llanfechan, who finished in 3 minutes 2 seconds.

Leading times in the men's event:

| Place | Name | Home | Time |
|---|---|---|---|
| 1 | Gethin Pryce | Rhayader | 1:21.4 |
| 2 | Tomasz Wolny | Wrocław, Poland | 1:23.0 |
| 3 | Ellis Carver | Hereford | 1:24.7 |

The course record of 1 minute 18.8 seconds, set in 2018, was not broken.

Organiser Dilys Morgan, of Llanfechan Community Council, said the event raised £7,400 for Wales
Air Ambulance. "We had people queuing in fancy dress before eight in the morning," she said.
Entry cost £20 for adults and £10 for under-16s.
"""
CHURCH_BELLS_HARWICK_ROUND54 = """---
title: Little Harwick church bells go to Loughborough for recasting
date: 2024-06-02
source: East Anglian Village News
---
The six bells of St Wendreda's Church in Little Harwick, Suffolk, were lowered from the tower
on Tuesday and taken by lorry to Taylor's Bell Foundry in Loughborough, where two of them will
be recast.

The oldest bell was cast in 1624 and the heaviest, the tenor, weighs 11 hundredweight (about
559kg). The bells have not been rung as a full set since 2019, when a crack was found in the
fourth bell.

The village's appeal has raised £86,500 of its £92,000 target, including a £40,000 grant from
the National Lottery Heritage Fund. Two new trebles will also be cast, making a ring of eight.

Tower captain Margaret Oakes, 71, who learned to ring at the church in 1966, said: "I cried
when the tenor came down. I have rung that bell for nearly sixty years. When they come back
they will sound better than they have since the reign of Charles I."

The rector, the Rev Simon Aldous, said the village had "dug deep" and thanked local firms,
including the Harwick Arms pub, which raised £3,200 from a beer festival.

The bells are due back in October and will be rededicated by the Bishop of St Edmundsbury and
Ipswich on Sunday 17 November. The band of ringers, now 14 strong, will start ringing lessons
for beginners in the new year.
"""
DISTILLERY_EXPANSION_ROUND54 = """---
title: Glenrua Distillery to create 22 jobs in €14m expansion
date: 2024-10-15
source: North West Herald
---
Glenrua Distillery in Ballintogher, Co Sligo, is to create 22 jobs as part of a €14 million
expansion, taking its workforce from 31 to 53.

The plan includes a second still house, a bottling line and a bonded warehouse that will hold
9,000 casks. Enterprise Ireland is supporting the project with a grant of €2.1 million.

The distillery was founded in 2019 by brothers Eoin and Cathal McGettigan, who grew up on a
farm two miles from the site. Eoin McGettigan is chief executive and Cathal is head distiller.
Its first single malt was released in 2022, three years after the first spirit went into cask.

"Five years ago this was a cattle shed and a dream," Eoin McGettigan said. "Now we are selling
into 11 countries, and the US is our biggest market."

Minister of State Aoife Dolan, who visited the site on Monday, said the expansion showed "what
rural Ireland can do when it backs itself".

The distillery's visitor centre welcomed 18,000 people last year. Its flagship whiskey, Rua
Reserve, sells for €58 a bottle.

Construction is expected to begin in January 2025 and the new still house should be producing
spirit by spring 2026. The company said most of the new jobs would be in production and
warehousing, with recruitment starting next summer.

Cathal McGettigan said the firm would keep buying barley from farms within 30 miles of the
distillery.
"""
GREYHOUND_STADIUM_ROUND54 = """---
title: Eastmere greyhound stadium to close after 71 years
date: 2024-09-03
source: Eastmere Advertiser
---
Eastmere Stadium will hold its last greyhound meeting on Saturday 28 September, ending 71 years
of racing at the track on Ferry Road.

Owner Brackley Leisure Group said falling attendances and rising costs had made the stadium
unviable. It has sold the site to housebuilder Calder Homes for £11.5 million, and Calder plans
to apply for permission for 260 homes.

The closure will cost 48 jobs, 19 of them full-time. Brackley said staff would be offered
redundancy pay or jobs at its Romford bingo hall.

General manager Terry Vickers, 59, who started at the stadium as a kennel hand in 1991, said:
"It's like losing a member of the family. Saturday nights here used to draw 3,000 people. Last
year we averaged under 400."

The stadium opened in 1953 and has hosted the Eastmere Derby every August since 1961. This
year's Derby, won by a dog named Velvet Rocket, was the last.

About 140 greyhounds are kennelled with trainers who race at Eastmere. The Greyhound Trust said
it would help find homes for any dogs that retire because of the closure.

Trainer Sandra Lowe, who has 22 dogs, said she would move them to race at Towcester but that
the travelling would add more than two hours each way. "Some of the smaller trainers will just
give up," she said.

Calder Homes said it would hold a public exhibition of its plans at Eastmere Library in
November.
"""
KOALA_HOSPITAL_ROUND54 = """---
title: Record year for Tallowood Koala Hospital as car strikes rise
date: 2024-11-20
source: Mid North Coast Gazette
---
Tallowood Koala Hospital in Port Fennell treated a record 374 koalas in the year to June 30, up
from 301 the year before, its annual report shows.

Disease, mostly chlamydia, remained the biggest cause of admissions, but the number of koalas
hit by cars rose sharply.

Admissions by cause, 2023-24 (2022-23 in brackets):

- Disease: 187 (162) - Car strike: 112 (74) - Dog attack: 41 (39) - Other, including falls and
heat stress: 34 (26)

Clinical director Dr Hamish Rorke said 172 of the koalas, or 46 per cent, were released back
into the wild. "Every one of those car strikes is preventable," he said. "We are asking drivers
on Ocean Drive and the Pacific Highway to slow down at dawn and dusk."

The hospital, run by the not-for-profit Tallowood Wildlife Trust, has 160 volunteers and four
paid vets.

A new $780,000 intensive care unit, paid for by a donation from the Weir Family Foundation, is
due to open in February. It will have eight climate-controlled enclosures.

Trust chair Janelle Whitford said the hospital's running costs had risen to $1.2 million a
year. "We rely on donations for almost all of it," she said.

The oldest patient of the year was a 14-year-old male named Barnaby, treated for a leg
infection and released in April.
"""
SURF_CLUB_CLUBHOUSE_ROUND54 = """---
title: Currawang Point surf club gets $2.4m for new clubhouse
date: 2024-05-14
source: Southern Shoalhaven Post
---
Currawang Point Surf Life Saving Club will replace its 62-year-old clubhouse after the NSW
Government committed $2.4 million towards a new building.

The grant was announced on Saturday by the Member for South Coast, Liz Ledger, at the clubhouse
on Marine Parade.

The new two-storey clubhouse will cost $3.1 million. The club has raised $450,000 itself
through raffles, a nippers fun run and sponsorship, and Shoalhaven City Council has committed
$250,000.

Club president Bronwyn Tate said the old brick building, opened in 1962, had cracked
foundations and flooded in every big swell. "Our first aid room is smaller than most
bathrooms," she said. "When we bring a patient in off the beach we are working around
surfboards and boat trailers."

The club has 640 members, 210 of them patrolling volunteers, and carried out 38 rescues last
season (2023-24), up from 27 the season before.

The building will include a larger first aid room, a gear store for the club's two inflatable
rescue boats, and a public cafe. Nowra firm Coastline Constructions has won the building
contract.

Work is due to start in September and the clubhouse should be finished by December 2025.
Patrols will run from a temporary container base on the northern end of the beach in the
meantime.

Ms Ledger said surf clubs were "the first line of defence on our beaches". Club life member Ray
Costello, 88, who joined in 1951, said he never thought he would see a new clubhouse. "I helped
lay the bricks of the old one," he said.
"""
VELODROME_ROOF_ROUND54 = """---
title: Halbridge Velodrome to stay shut until 2025 for roof repairs
date: 2024-01-22
source: Halbridge Evening Echo
---
Halbridge Velodrome will stay closed until March 2025 while its leaking roof is repaired, the
city council has confirmed.

The indoor track has been closed since October 2023, when rainwater coming through the roof
warped sections of the 250-metre Siberian pine track.

Halbridge City Council's cabinet member for leisure, Councillor Priya Nandra, said the repairs
would cost £1.9 million, to be paid from the council's capital budget. Contractor Pennine
Roofing Ltd is due to start work in February.

"The velodrome is one of the jewels of this city and we are determined to bring it back better
than before," Cllr Nandra said. "But we have to get the roof right before we relay a single
plank of track."

The velodrome opened in 1998 and had about 45,000 visits a year before it closed. It is home to
Halbridge Wheelers, whose 320 members have been training at Manchester and Newport since
October.

Wheelers chair Rob Ackroyd said the club had lost around 60 junior riders since the closure.
"Parents can't drive a nine-year-old 40 miles twice a week," he said. "Every month it stays
shut we lose more of them."

The council said the track itself would also be resurfaced, at a cost of £380,000, which is
included in the £1.9 million total.
"""
VELODROME_UPDATE_ROUND54 = """---
title: Velodrome repair bill rises to £2.65m after asbestos found
date: 2024-07-09
source: Halbridge Evening Echo
---
The cost of repairing Halbridge Velodrome has risen to £2.65 million after asbestos was found
in the roof, and the reopening has been pushed back to September 2025.

Workers from Pennine Roofing Ltd found asbestos cement sheeting under the original roof panels
in May, and work stopped for seven weeks while a specialist firm removed it.

Councillor Martin Oduya, who became the council's cabinet member for leisure in the May
reshuffle, replacing Cllr Priya Nandra, said the extra £750,000 would come from the council's
reserves.

"Nobody wanted this news, but safety has to come first," Cllr Oduya said. "The team has a clear
plan and we expect the track to be back in use next September."

Halbridge Wheelers chair Rob Ackroyd said the delay was "a real blow". The club says it has now
lost about 85 junior riders since the velodrome closed.

The council has agreed to pay £18,000 towards the club's travel costs to other tracks until the
velodrome reopens.
"""


@pytest.fixture(scope="module")
def round54_trial_rag(tmp_path_factory):
    return _articles_rag(
        tmp_path_factory, "round54-trial",
        {
            "alpaca-theft-arrest": ALPACA_THEFT_ARREST_ROUND54,
            "alpaca-theft-gorey": ALPACA_THEFT_GOREY_ROUND54,
            "bog-snorkelling-llanfechan": BOG_SNORKELLING_LLANFECHAN_ROUND54,
            "church-bells-harwick": CHURCH_BELLS_HARWICK_ROUND54,
            "distillery-expansion": DISTILLERY_EXPANSION_ROUND54,
            "greyhound-stadium": GREYHOUND_STADIUM_ROUND54,
            "koala-hospital": KOALA_HOSPITAL_ROUND54,
            "surf-club-clubhouse": SURF_CLUB_CLUBHOUSE_ROUND54,
            "velodrome-roof": VELODROME_ROOF_ROUND54,
            "velodrome-update": VELODROME_UPDATE_ROUND54,
        },
    )


ROUND54_ROWS = [
    # what an arrest is "over" is its scene, which "No arrests have been made" leaves to the
    # story's lead
    ("Has anyone been arrested over the St Michael's lead theft?", "No"),
    ("Has anyone been arrested over the lead theft?", "No"),
    ("Who discovered the theft?", "Ray Doyle"),
]
ROUND54_TRIAL_ROWS = [
    # a pipe table is kept as rows that read on their own
    ("What was Tomasz Wolny's time?", "1:23.0"),
    # "won by a dog named Velvet Rocket"; "brothers Eoin and Cathal McGettigan" whole
    ("Which greyhound won the final Eastmere Derby?", "Velvet Rocket"),
    ("Who started Glenrua Distillery?", "Eoin and Cathal McGettigan"),
    # a share "towards a new building" is no cost of it; "two-storey" is no kind
    ("What will the new surf clubhouse cost?", "$3.1 million"),
    # a given name typed a letter short is read as the report spells it
    ("How old is Morwena Hale?", "28"),
    # "a specialist firm" names none; a titled person is no firm
    ("Which firm removed the asbestos from the velodrome roof?", None),
    ("Which firm is doing the velodrome roof work?", "Pennine Roofing Ltd"),
    # the county of the question's own village is not where the bells went
    ("Where were the Little Harwick bells sent for recasting?", "Loughborough"),
    ("Has the man arrested over the alpacas been charged?", "No"),
    # "Eoin McGettigan is chief executive and Cathal is head distiller": each his own role
    ("What does Cathal McGettigan do?", "head distiller"),
    ("How many people will Glenrua employ after the expansion?", "53"),
    # the women's title is the sentence's that says "women's"
    ("Who won the women's bog snorkelling title?", "Morwenna Hale"),
    ("Who won the men's bog snorkelling title?", "Gethin Pryce"),
    # a price asked of "an adult"; a sum paid beside a plan of the next clause
    ("How much does an adult pay for an alpaca trekking walk?", "€35"),
    ("How much did Calder Homes pay for the stadium site?", "£11.5 million"),
    # the arrested man is not named: neither the farm's owner nor the arresting gardaí is him
    ("What is the name of the man arrested over the alpaca theft?", None),
    ("Who was arrested over the alpaca theft?", None),
    # a later report's "replacing Cllr Priya Nandra" names the holder now; the past asks her
    ("Who is Halbridge City Council's cabinet member for leisure?", "Martin Oduya"),
    ("Who was the council's cabinet member for leisure in January?", "Priya Nandra"),
]

def _trial_rag(tmp_path_factory, trial: str) -> Rag:
    """A store of a trial's articles as the user wrote them (tests/data/<trial>): their line
    breaks decide the chunks, and with them which report a question retrieves."""
    folder = DATA / trial
    return _articles_rag(
        tmp_path_factory, f"{trial}-store",
        {path.stem: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.md"))},
    )


@pytest.fixture(scope="module")
def round55_trial_rag(tmp_path_factory):
    return _trial_rag(tmp_path_factory, "trial85")


ROUND55_ROWS = [
    # (trial 84's leftovers) a results table's row gives the place; a sentence that places no
    # one names no one in it; a peat bog's name is nobody
    ("Who came second in the men's bog snorkelling?", "Tomasz Wolny"),
    ("Who finished third in the men's event?", "Ellis Carver"),
    ("Who came fourth in the men's bog snorkelling?", None),
    # "will stay closed until March 2025" plans the reopening the later report moved
    ("When will the velodrome reopen?", "September 2025"),
    ("When is Halbridge Velodrome now expected to reopen?", "September 2025"),
    # the rector is no bishop; a count of the stadium's greyhounds is none of its manager's
    ("Who is the Bishop of St Edmundsbury and Ipswich?", None),
    ("How many greyhounds does Terry Vickers own?", None),
]

ROUND55_TRIAL_ROWS = [
    # (trial 85) an update said as a deed done to the figure, or with "will now", is the
    # newest figure without "now" in the question
    ("How many homes will the Inishvarra cable connect?", "152"),
    ("How much will Merrowvale household water bills go up?", "$132 a year"),
    # a table's month row answers "in December" (read in a later report, a month no owner)
    ("How many households did the Yarrowee battery supply in December?", "104"),
    ("What was the average saving from the Yarrowee battery in January?", "$72"),
    # the holder titled by the deed's agent noun; no brand, chapel or hills for who
    ("Who founded the Pontcarreg repair café?", "Gwenllian Pryce"),
    ("Who owns the field near Saxlingford?", "Susan Everitt"),
    ("Who leads the Strathcorrie mountain rescue team?", "Morag Lindsay"),
    ("Who found the Roman coins near Saxlingford?", "Barry Witheridge"),
    # "an $18.6-million plant" is read whole: no bid of a firm the report never names
    ("How much did Lakehead Civil bid for the Merrowvale contract?", None),
    # a part said after its whole with "of which" is no cost of the whole; a body that voted
    # a measure through is no one who voted against
    ("What did the Yarrowee Junction battery cost?", "$1.1 million"),
    ("How much of the extra will Donegal County Council pay?", "€300,000"),
    ("Who voted against the Merrowvale water plant?", "Darryl Wiebe"),
    # a public works director is no contractor; a 16-year-old told of, unnamed, is refused
    ("What is the name of the contractor whose pickup fell into the sinkhole?", None),
    ("What is the name of the 16-year-old who fixes phones at the repair café?", None),
    # open again is reopening; a day of the month is no place the café meets
    ("When will Main Street in Tamarack Bend reopen?", "by June 15"),
    ("Where does the Pontcarreg repair café meet?", "vestry of the town's Methodist chapel"),
    ("How often will the rangers check on the released kiwi?", "every fortnight"),
    ("How big is the sinkhole in Tamarack Bend?", "18 feet wide and 11 feet deep"),
    # "117 times last year, up from 84 in 2022": each figure of its own year
    ("How many times was the Strathcorrie rescue team called out in 2022?", "84"),
    ("How many times was the Strathcorrie rescue team called out last year?", "117"),
]


@pytest.fixture(scope="module")
def round56_trial_rag(tmp_path_factory):
    return _trial_rag(tmp_path_factory, "trial86")


ROUND56_ROWS = [
    # (trial 85's leftovers) yes/no and choice questions by a comparative are worked out from
    # two figures, a list's items and a table's rows read by what they name
    ("Were there more Strathcorrie call-outs in 2023 than in 2022?", "Yes"),
    ("Were more lamps or bicycles fixed at the Pontcarreg repair café?", "Bicycles"),
    ("Did the Yarrowee Junction battery supply more households in December or in January?",
     "January"),
    ("Were more than 100 lamps fixed at the Pontcarreg repair café?", "No"),
    ("Was the Yarrowee Junction battery cheaper than $2 million?", "Yes"),
    # the highest row of the column the question names
    ("Which month did the Yarrowee Junction battery supply the most households?", "January"),
    ("In which month was the average saving at Yarrowee Junction lowest?", "November"),
    ("What was the most common repair at the Pontcarreg repair café?",
     "Small electrical appliances"),
]

ROUND56_TRIAL_ROWS = [
    # (trial 86) a comparison said by two figures, whatever a sentence says of the deed
    ("Were more rhinos poached at Nkwazi in 2024 than in 2023?", "No"),
    ("Did more runners finish the Port Kereru half marathon in 2024 than in 2023?", "Yes"),
    ("Did the Oskawin derby raise more for the health centre than it did in 2023?", "No"),
    # table rows: the named cell, the lowest row
    ("How many volunteers took part in the February count at Kittredge Marsh?", "31"),
    ("Which month had the fewest cranes at Kittredge Marsh?", "January"),
    # currencies written with letters
    ("How much does it cost to dehorn a rhino at Nkwazi?", "about R12,000"),
    ("How much did the Kalinadi cold store cost?", "Rs 1.8 crore"),
    # the one named as a withdrawn manager's replacement; one of a pair by the asked kind
    ("Who will manage Pellowmere Lido?", "Corinna Blakewell"),
    ("Who won the women's race at Port Kereru?", "Hinewai Ngata"),
    ("Has Aoife Dunleavy stayed on at the Kilbrannagh distillery?", "No"),
    # a report named by its date says what was said then; a target is no cost
    ("When was the Pellowmere Lido expected to reopen according to the March 2024 report?",
     "May 2025"),
    ("What was the original budget for the lido restoration in Pellowmere?", "£2.4 million"),
    # a runner-up came second; the place said after a name is where one is from
    ("Who was runner-up in the men's race at Port Kereru?", "Callum Soutar"),
    ("Where is Callum Soutar from?", "Dunedin"),
    # "this year" of a story the store holds only in an earlier year is the story's year
    ("How many anglers took part in the Lake Oskawin derby this year?", "412"),
    # a table's row of another month is no answer for a month the table lacks
    ("How many whooping cranes were counted in June at Kittredge Marsh?", None),
    # the one described by a deed a pair did in turn, asked of by the surname the report
    # goes on with; how long ago is no race's time
    ("What was the time of the one who won the women's race at the Port Kereru half "
     "marathon?", "1:13:52"),
    ("How old is the one who won the women's race at Port Kereru?", "31"),
]


@pytest.fixture(scope="module")
def round57_final_rag(tmp_path_factory):
    return _trial_rag(tmp_path_factory, "final179")


ROUND57_ROWS = [
    # (trial 86's leftovers) "the cost of the project" prices the story's thing; "who
    # inspected the unit" did it to the asked store; a prize contest's winner is named by the
    # prize; "how many more" needs a figure said as more
    ("How much will the Kilbrannagh distillery cost now?", "€8.2 million"),
    ("Who inspected the Kalinadi cold store?", "Rekha Hosamani"),
    ("Who won the Lake Oskawin ice fishing derby?", "Luc Brisebois"),
    ("How many more chairs will the Mirrabool dialysis unit get?", None),
]

ROUND57_FINAL_ROWS = [
    # (final check 179) the asked prize of several; a thing's full name is no other doer and
    # "at a cost of" prices the clause's thing; a sum put in, updated by a later report
    ("Who won the best-show award at Corrandale?", "Teatro Zarzamora"),
    ("What was the observatory on Carn Dunvegh originally expected to cost?", "£1.9 million"),
    ("How much is the Highland council putting into the observatory now?", "£700,000"),
    ("How much is the Highland council putting into the Skelmorra observatory?", "£700,000"),
    # a choice of two table rows, the second month said without "in"
    ("Were more hives inspected in July or September at Vardenholm?", "July"),
]


@pytest.fixture(scope="module")
def round57_trial_rag(tmp_path_factory):
    return _trial_rag(tmp_path_factory, "trial87")


ROUND57_TRIAL_ROWS = [
    # (trial 87) a replacement said "has been replaced as project lead by", "has taken over as
    # site manager from" names the holder now
    ("Who is leading the Marrowick sauna project now?", "Ewan Mallinder"),
    ("Who leads the Marrowick sauna project?", "Ewan Mallinder"),
    ("Who is the site manager on the Thorsby job now?", "Maren Vause"),
    ("Who was leading the Marrowick sauna project in March?", "Sigrid Solvang"),
    # "has pushed the cost of the repairs up to" updates the cost, "now" or not
    ("How much will the Thorsby Market Hall repairs cost?", "£1.45 million"),
    ("What were the Thorsby repairs first expected to cost?", "£1.2 million"),
    # "will not be finished until March 2025" says when; "leaving 29" is what is left
    ("When is the Thorsby Market Hall roof now expected to be finished?", "until March 2025"),
    ("How many stallholders are still trading at the Thorsby market?", "29"),
]


ROUND58_ROWS = [
    # (round 57's leftovers) an update said as "has risen to X, from the Y first estimated"
    # or over a first report whose sentence dates a plan ("due to open in October 2025")
    # gives the value now without "now"; a holder "replaced by" in a later sentence of the
    # same report is no longer the holder
    ("How much will the distillery cost?", "€8.2 million"),
    ("What is the cost of the Kilbrannagh distillery?", "€8.2 million"),
    ("How much was the Kilbrannagh distillery first expected to cost?", "€6.5 million"),
    ("Who is the head distiller at Kilbrannagh?", "Ciarán Mulqueen"),
    ("Who is the head distiller?", "Ciarán Mulqueen"),
    ("Who was the first head distiller at Kilbrannagh?", "Aoife Dunleavy"),
]

ROUND58_FINAL_ROWS = [
    ("How much will the observatory cost?", "£2.6 million"),
    ("How much will the Skelmorra observatory cost?", "£2.6 million"),
    # "raise its contribution to £700,000, from £400,000": the figure after "from" is the old
    ("What was the original contribution of the Highland council?", "£400,000"),
    # a past progressive asks what was arranged; a sum in brackets is its giver's
    ("How much was the council first putting into the observatory?", "£400,000"),
    ("How much was the wind farm fund giving to the observatory?", "£350,000"),
    ("How much did the Heritage Fund give?", "£650,000"),
]


@pytest.fixture(scope="module")
def round58_trial_rag(tmp_path_factory):
    return _trial_rag(tmp_path_factory, "trial88")


ROUND58_TRIAL_ROWS = [
    # (trial 88) an update said as "has raised £68,000 ..., up from £41,000 in March"; a firm
    # that "has taken over the work from" another does the work now
    ("How much has the Yarlow Lock appeal raised?", "£68,000"),
    ("Which firm is carrying out the work on Yarlow Lock?", "Tarnbeck Marine"),
    ("Which firm is restoring Yarlow Lock?", "Tarnbeck Marine"),
    ("Which firm was carrying out the work on Yarlow Lock in March?", "Cradley Fentiman Civils"),
    ("Which firm replaced Tarnbeck Marine on the Yarlow Lock job?", None),
    # a post given "in his place"; a price for one group of several; tickets for a thing
    ("Who replaced Ciaran Ambergate as station manager at Fenstock Community Radio?",
     "Osian Sutterby"),
    ("Who is the new station manager at Fenstock Community Radio?", "Osian Sutterby"),
    ("How much is a child's ticket for The Lighthouse Keeper's Wife?", "£8"),
    ("How much does the gala dinner cost for Corrowby residents?", "£38"),
    ("How old is Reginald Fothergay?", "88"),
    # a class's winner is not another class's
    ("Who won the heaviest marrow class at the Carnsey show?", None),
    ("Who won the longest runner bean class at the Carnsey show?", "Edwina Felspar"),
    # the agent of a participle; a placing under the winner; a comparison's own-time figure
    ("Who drove the oldest tractor in the Stoke Arden tractor run?", "Horace Mabbott"),
    ("Did Thaddeus Orrell win the pumpkin class this year?", "No"),
    ("Did Gwilym Tresize win the pumpkin class?", "Yes"),
    # (final check 186) a false premise of leaving: only the one he replaced left
    ("Why did Dr Benedict Harkaway step down?", None),
]

ROUND59_ON_ROUND58_TRIAL_ROWS = [
    # round 59 (trial 88's leftovers): a kind of people before their calling; a difference
    # worked out from "118 ..., up from 86"; a radio frequency; a make is no buyer
    ("How many volunteers does the Fenstock station have?", "118"),
    ("On which frequency does Fenstock Community Radio broadcast?", "97.2 FM"),
    ("Who bought the oldest tractor?", "Horace Mabbott"),
    # a why-one-left whose cited sentences tell no leaving of the asked one
    ("Why did Osian Sutterby leave?", None),
    # a phrasal deed said with its particle ("stepped down to take a job" says no "took over
    # from"); who came in is not who left; a make-up of things is no doer; another group's price
    ("Who took over from Ciaran Ambergate?", "Osian Sutterby"),
    ("Who took over as station manager?", "Osian Sutterby"),
    ("Who is doing the restoration work on Yarlow Lock?", "Tarnbeck Marine"),
    ("How much is a child's ticket for the gala dinner?", None),
    # (final check 189) "the number of households" is a count of households, which the
    # count's "84 hedgehogs, up from 61" never answers ("23" at 0.89)
    ("By how much did the number of households taking part in the Tollmarsh hedgehog count "
     "rise?", None),
    ("Why did Tarnbeck Marine go into administration?", None),
]

ROUND59_ON_ROUND57_TRIAL_ROWS = [
    ("Why did Ewan Mallinder leave?", None),
]

@pytest.fixture(scope="module")
def round59_trial_rag(tmp_path_factory):
    return _trial_rag(tmp_path_factory, "trial89")


ROUND59_TRIAL_ROWS = [
    # (trial 89) a sum said as "The £460,000 cost"; an age before "has become the youngest
    # winner"; an edition's rank; a date of a thing weighed up; a cost to build for a running
    # cost
    ("How much did the Skerravoe mast cost?", "£460,000"),
    ("How old is the youngest winner of the Drummelvane Chess Congress?", "13"),
    ("Which edition of the Lanterns of Saint-Oriel festival is this?", "fifth"),
    ("When will the second Skerravoe mast be switched on?", None),
    ("When will the second mast be considered?", "2026"),
    ("How much does the grain dryer at Lonmay Road cost to run each year?", None),
    ("How much will the grain dryer cost?", "£750,000"),
    # (final check 189) a why of a deed the reports tell only of another
    ("Why did Marisol Tchakarova withdraw?", None),
    ("Who replaced Ishmael Quennery?", "Marisol Tchakarova"),
]


def test_a_deed_of_all_is_said_of_all(round59_trial_rag):
    # round 59 (trial 89): "Yes" at 0.98 from the winner's "6.5 points from seven games"
    answer = round59_trial_rag.ask("Did Zephyrine Obiora-Blessington win all seven of her games?")
    assert answer.short_answer is None or answer.short_answer.text != "Yes", answer.answer

ROUND58_ON_ROUND57_TRIAL_ROWS = [
    ("Who won the novice class at Glenfallow?", "Siân Elphick"),
    ("Who won the novice class?", "Siân Elphick"),
    ("Who won the open class at the Glenfallow sheepdog trials?", "Ailsa Ettrick"),
]


ROUND60_ON_ROUND59_TRIAL_ROWS = [
    # round 60 (trial 89's leftovers): a later report's "In his place ... has appointed" names
    # the one to come after the named successor withdrew
    ("Who takes over from Aurelia Braskwater?", "Marisol Tchakarova"),
    ("Who will succeed Aurelia Braskwater?", "Marisol Tchakarova"),
    ("Who will be the new principal conductor?", "Marisol Tchakarova"),
    # ... while the first named is asked as such
    ("Who was first named as Braskwater's successor?", "Ishmael Quennery"),
    # the first report's plan, however far its lead outranks it; another deed's date is none
    ("When was the greenway first expected to open?", "June 2025"),
    ("When was the greenway originally due to open?", "June 2025"),
    ("When is the greenway expected to open?", "March 2026"),
    ("When was Quennery first expected to take over?", "September 2025"),
    # a deed whose doer is titled by the deed's own word ("The orchestra's chair, ...")
    ("Who chairs the Vellacourt Philharmonic?", "Beatrix Normington-Falk"),
    ("Who chairs the cooperative?", "Solveig Sandvold-Kwarteng"),
    # an answer read from the second evidence sentence, the top one holding no measure
    ("How wide was the Dunmallow roundhouse?", "11 metres"),
    # the sales' stated change is no answer for the orchestra's growth (worked out below)
    ("By how much did subscription sales rise under Braskwater?", "40%"),
]

@pytest.fixture(scope="module")
def round60_trial_rag(tmp_path_factory):
    return _trial_rag(tmp_path_factory, "trial90")


ROUND60_TRIAL_ROWS = [
    # round 60 (trial 90): a compound count ("two-storey") is no amount
    ("How much did Hartswood County Council approve for the Dunsleigh High science block?",
     "£4.8m"),
    # his own appointment names the one before him, never the one after
    ("Who replaced Lorcan Quennell as manager of Kettlewick Rovers?", "Gemma Trevanion"),
    # a sum said as the total answers "in total"
    ("How much would Quillan Energy's community fund pay in total each year?", "£45,000"),
    # a lowercase "collection" is no auction house, a councillor no architect, a road's
    # length no time in a post (none of them is said)
    ("Which auction house sold the Edith Wrayburn photographs to Saxonby Museum?", None),
    ("Who is the architect of the Dunsleigh High science block?", None),
    ("How long has Gerald Blenkinsop been chairman?", None),
    # ... while the trial's right answers stay
    ("When was Stonebeck Bridge first expected to reopen?", "15 July"),
    ("When will Stonebeck Bridge reopen?", "23 September"),
    ("Who is the manager of Kettlewick Rovers now?", "Gemma Trevanion"),
    ("Which school finished fourth at the Nettleford swimming gala?", "Fenmoor Primary"),
    ("How much money is Mardlow Coaches losing on the Route 27 service?", "£6,000 a month"),
    # "as his replacement" names the one replaced in the sentence before (final check 192)
    ("Who did Gemma Trevanion replace?", "Lorcan Quennell"),
    ("Who captains Kettlewick Rovers?", None),
    # last year's winner is the one the report calls last year's champions
    ("Who won the Nettleford schools swimming gala the year before?", "Sallowfield Juniors"),
    ("Which school won the Nettleford schools swimming gala?", "Brackenridge Primary"),
]

ROUND61_ON_ROUND60_TRIAL_ROWS = [
    # round 61: the one replaced is told at the arrival, in the first report, which the report
    # of his own exit outranks
    ("Who did Lorcan Quennell replace?", "Terry Pickwell"),
    ("Who did Quennell take over from?", "Terry Pickwell"),
    ("Who was Lorcan Quennell's predecessor?", "Terry Pickwell"),
    # a date whose sentence never says the asked verb gives way to one that says it
    ("When did Hamish Tallack start working at the bakery?", "1971"),
    ("When did Hamish Tallack take over the bakery?", "1994"),
    # a stopped service is not run: "No", whatever "still" asks
    ("Will Route 27 buses still run on Sundays?", "No"),
    ("Will the Sunday Route 27 bus still run?", "No"),
    # (final check 195) one's vote untold is no "No" from one's quote
    ("Did Gerald Blenkinsop vote against the wind farm?", None),
]

@pytest.fixture(scope="module")
def final192_rag(tmp_path_factory):
    return _trial_rag(tmp_path_factory, "final192")


ROUND61_ON_FINAL192_ROWS = [
    # round 61 (final check 192's leftovers): a made thing's own year, after its owner's name
    ("When was the lido built?", "1930s"),
    ("When will Ferncastle lido reopen?", "April 2026"),
    # a count joined to its noun by a hyphen
    ("How many bedrooms does the groundsman's house have?", "three"),
]


@pytest.fixture(scope="module")
def round61_trial_rag(tmp_path_factory):
    return _trial_rag(tmp_path_factory, "trial91")


ROUND61_TRIAL_ROWS = [
    # round 61 (trial 91): refused, though the sentence held the answer
    ("How many orchid spikes were counted at Haddow Marsh?", "37"),
    ("How many times have pedestrians been hit on Hallam Row in recent years?", "31"),
    ("How many collisions involving pedestrians were there on Hallam Row?", "31"),
    ("How many accidents have there been on Hallam Row?", "31"),
    ("Who is the warden at Haddow Marsh?", "Felix Moncrieff"),
    ("Who is taking over from Marta Ilves as head coach?", "Ben Dragomir"),
    # ... and wrong answers given with confidence
    ("How much will the LED lamps save the council each year?", "£410,000"),
    ("What was the first thing the Kelsby astronomers looked at through the new telescope?",
     "Orion Nebula"),
    ("Where is Anouk Blomqvist going to work?", "Glasgow"),
    ("Did Alistair Brumby back the Hallam Row scheme?", "Yes"),
    ("Did Gwen Ollerenshaw vote for the Hallam Row scheme?", "No"),
    ("Did Cllr Vasey vote against the scheme?", "No"),
    # a thing priced that no report says is unanswered; one that is said keeps its answer
    ("How much will parking cost in Brackenholt once Hallam Row is closed?", None),
    ("How much did the boathouse cost?", "£420,000"),
    ("How much did the Wellacombe Sports Fund give towards the boathouse?", "£250,000"),
    # the one appointed to the post the asked one left replaced her; a roof replaced is no
    # person's replacing
    ("Who replaced Anouk Blomqvist?", "Desmond Aldersey"),
    ("Who will take over from Anouk Blomqvist?", "Desmond Aldersey"),
    # (final check 195) a predecessor asked as such, or as the one who preceded
    ("Who was Harriet Ingleby's predecessor?", "Colm Wrathmell"),
    ("Who preceded Ben Dragomir as head coach?", "Marta Ilves"),
]


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # round 61 (trial 91): sales of things are counted; a firm's sales are money
        ("By how much did Yewdale Film Festival ticket sales go up?", "1,500: 7,400 [1] against "
         "5,900 [1]"),
        ("By how much did Varnholm's sales rise?", "£1.8 million: £11.2m [1] against £9.4m [1]"),
        # a reason the speaker gives of "the firm" is the firm's
        ("Why does Varnholm need more kilns?", "Varnholm expanded into that market"),
        # the rest of a whole; a first thought is the plan
        ("How much did members raise for the boathouse?",
         "£170,000: £420,000 [1] less £250,000 [2]"),
        ("How much more will pedestrianising Hallam Row cost than first thought?",
         "£180,000 more: £1.04m [1] against £860,000 [1]"),
        # what the rise is credited to is its cause (final check 195)
        ("Why did ticket sales rise at the Yewdale Film Festival?",
         "Blomqvist credited the rise in ticket sales"),
        # "the closure" is the shutting asked about
        ("Why has the eastern boardwalk at Haddow Marsh been shut?",
         "Dr Moncrieff said the closure was needed"),
    ],
)
def test_round61_trial_s_worked_answers(round61_trial_rag, question, opening):
    answer = round61_trial_rag.ask(question)
    assert not answer.refused, answer.answer
    assert answer.answer.startswith(opening), answer.answer


@pytest.mark.parametrize(
    ("store", "question", "short"),
    _rows_of("round43_rag", ROUND43_ROWS) + _rows_of("round44_rag", ROUND44_ROWS)
    + _rows_of("round45_rag", ROUND45_ROWS) + _rows_of("round46_rag", ROUND46_ROWS)
    + _rows_of("round47_rag", ROUND47_ROWS) + _rows_of("round48_rag", ROUND48_ROWS)
    + _rows_of("round49_rag", ROUND49_ROWS) + _rows_of("round50_rag", ROUND50_ROWS)
    + _rows_of("round51_rag", ROUND51_ROWS)
    + _rows_of("round51_rag", ROUND52_ON_ROUND51_ROWS) + _rows_of("round52_rag", ROUND52_ROWS)
        + _rows_of("round53_rag", ROUND53_ROWS)
        + _rows_of("round53_trial_rag", ROUND53_TRIAL_ROWS)
        + _rows_of("round54_rag", ROUND54_ROWS)
        + _rows_of("round54_trial_rag", ROUND54_TRIAL_ROWS)
        + _rows_of("round54_trial_rag", ROUND55_ROWS)
        + _rows_of("round55_trial_rag", ROUND55_TRIAL_ROWS)
        + _rows_of("round55_trial_rag", ROUND56_ROWS)
        + _rows_of("round56_trial_rag", ROUND56_TRIAL_ROWS)
        + _rows_of("round56_trial_rag", ROUND57_ROWS)
        + _rows_of("round57_final_rag", ROUND57_FINAL_ROWS)
        + _rows_of("round57_trial_rag", ROUND57_TRIAL_ROWS)
        + _rows_of("round56_trial_rag", ROUND58_ROWS)
        + _rows_of("round57_final_rag", ROUND58_FINAL_ROWS)
        + _rows_of("round58_trial_rag", ROUND58_TRIAL_ROWS)
        + _rows_of("round57_trial_rag", ROUND58_ON_ROUND57_TRIAL_ROWS)
        + _rows_of("round58_trial_rag", ROUND59_ON_ROUND58_TRIAL_ROWS)
        + _rows_of("round57_trial_rag", ROUND59_ON_ROUND57_TRIAL_ROWS)
        + _rows_of("round59_trial_rag", ROUND59_TRIAL_ROWS)
        + _rows_of("round59_trial_rag", ROUND60_ON_ROUND59_TRIAL_ROWS)
        + _rows_of("round60_trial_rag", ROUND60_TRIAL_ROWS)
        + _rows_of("round60_trial_rag", ROUND61_ON_ROUND60_TRIAL_ROWS)
        + _rows_of("round61_trial_rag", ROUND61_TRIAL_ROWS)
        + _rows_of("final192_rag", ROUND61_ON_FINAL192_ROWS),
)
def test_a_later_round_s_kinds_end_to_end(request, store, question, short):
    """Rounds 43 on: a short answer, or a refusal where the row's answer is None."""
    rag = request.getfixturevalue(store)
    if short is None:
        answer = rag.ask(question)
        assert answer.refused, answer.answer
    else:
        _answers_with(rag, question, short)


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # round 61 (trial 90): the account told in reported speech below the lead is the cause
        ("Why has the cost of repairing Stonebeck Bridge gone up?",
         "The council said engineers had found"),
        ("Why has the reopening of Stonebeck Bridge been delayed?",
         "The council said engineers had found"),
        ("Why will Sunday services on Route 27 stop?", "The company said passenger numbers"),
        # ... and a purpose, of the first report's closure
        ("Why was Stonebeck Bridge closed?", "Stonebeck Bridge in Otterholt will close"),
    ],
)
def test_round61_why_answers_give_the_account(round60_trial_rag, question, opening):
    answer = round60_trial_rag.ask(question)
    assert not answer.refused, answer.answer
    assert answer.answer.startswith(opening), answer.answer


def test_a_change_s_cause_is_read_in_the_report_of_the_change(round56_trial_rag):
    # round 57 (trial 86): the cost's rise is told by the later report, which the first
    # report's lead outranks
    for question in ("Why did the cost of the Kilbrannagh distillery go up?",
                     "What was behind the cost increase at the Kilbrannagh distillery?"):
        answer = round56_trial_rag.ask(question)
        assert not answer.refused
        assert answer.answer.startswith("The cost of the project has also risen"), answer.answer


@pytest.mark.parametrize(
    ("store", "question", "opening"),
    [
        # round 58: "leave" was not met by "stepped down" (refused at 0.38), and what added to
        # the bill had been cited first as the reason a manager stepped down
        ("round57_trial_rag", "Why did Sigrid Solvang leave?", "Sigrid Solvang, the architect"),
        ("round57_trial_rag", "Why did Sigrid Solvang quit?", "Sigrid Solvang, the architect"),
        ("round57_final_rag", "Why did Mr Lachlan Ashbrinton leave?", "Mr Lachlan Ashbrinton"),
        ("round57_final_rag", "Why did Lachlan Ashbrinton step down?", "Mr Lachlan Ashbrinton"),
        ("round56_trial_rag", "Why did Aoife Dunleavy leave?", "The distillery's first head"),
        # ... while the bill's rise keeps its cause
        ("round57_final_rag", "Why has the observatory's cost risen?", "The new design uses"),
    ],
)
def test_a_leaving_is_explained_by_what_was_left_for(request, store, question, opening):
    answer = request.getfixturevalue(store).ask(question)
    assert not answer.refused, answer.answer
    assert answer.answer.startswith(opening), answer.answer


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # round 59: "118 volunteer presenters ..., up from 86" counts volunteers both times
        ("How many more volunteers does the station have than a year ago?",
         "32 more: 118 [1] against 86 [1]"),
        # ... and a by-how-much question over "212 households took part, up from 150" was
        # refused at 0.24: the worked difference holds the asked kind
        ("By how much did the number of households taking part rise?",
         "62: 212 [1] against 150 [1]"),
    ],
)
def test_a_difference_within_one_sentence_is_worked_out(round58_trial_rag, question, opening):
    answer = round58_trial_rag.ask(question)
    assert not answer.refused, answer.answer
    assert answer.answer.startswith(opening), answer.answer


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # round 60 (trial 89): "its subscription sales rose by 40%" had answered for the
        # orchestra, whose own growth the sentence tells by two figures
        ("By how much did the orchestra grow under Braskwater?", "13: 74 [1] against 61 [1]"),
        ("By how many players did the orchestra grow?", "13 players: 74 [1] against 61 [1]"),
        # ... and across the reports of the story the change is the answer, not either figure
        # (it had given the first report's £3.2m)
        ("By how much has the greenway's cost gone up?", "£900,000: £4.1m [1]"),
        ("How much has the cost of the greenway risen by?", "£900,000: £4.1m [1]"),
        ("By how much have the viaduct repairs gone up?", "£700,000: £1.3m [1]"),
    ],
)
def test_a_change_is_worked_out_for_the_thing_asked(round59_trial_rag, question, opening):
    answer = round59_trial_rag.ask(question)
    assert not answer.refused, answer.answer
    assert answer.answer.startswith(opening), answer.answer
    # (the figure worked out is in no sentence: no short answer stands for it)
    assert answer.short_answer is None


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # round 60 (trial 90): "about 2,100 a week, down from 3,400" had given "£6,000 a month",
        # a loss, for a fall in passengers; "since 2021" had left the bill's rise unworked
        ("By how much have weekly passenger numbers on Route 27 fallen since before the "
         "pandemic?", "1,300 a week: about 2,100 a week [1] against 3,400 [1]"),
        ("By how much has Calverley's Bakery's monthly energy bill risen since 2021?",
         "£2,800 a month: £3,900 a month [1] against £1,100 a month [1]"),
        ("By how much has the cost of the Stonebeck Bridge repairs risen?", "£320,000: £1.1m"),
        # a place within the doer's words is no other doer ("refused: does not say whether it
        # happened")
        ("Why is Calverley's Bakery closing?", "Calverley's Bakery on Merriott High Street"),
    ],
)
def test_round60_trial_s_worked_answers(round60_trial_rag, question, opening):
    answer = round60_trial_rag.ask(question)
    assert not answer.refused, answer.answer
    assert answer.answer.startswith(opening), answer.answer


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        # round 60 (trial 90): the one named as his replacement came after him (the answer,
        # Terry Pickwell, is in the earlier report; refused for now, see RESULTS §59)
        ("Who did Lorcan Quennell replace?", "Gemma Trevanion"),
        # a body's name is no councillor (Priya Hallowes, further down, is not found yet)
        ("Which Ebbsworth councillor voted in favour of the wind farm?",
         "Ebbsworth Parish Council"),
    ],
)
def test_round60_trial_s_wrong_names_are_not_given(round60_trial_rag, question, wrong):
    answer = round60_trial_rag.ask(question)
    assert answer.short_answer is None or answer.short_answer.text != wrong, answer.answer


def test_a_difference_of_this_year_against_last_is_said_the_right_way_round(round58_trial_rag):
    # round 58 (trial 88): "28 fewer: 118 against 146" had read "Last year 118 tractors took
    # part" as this year's figure
    answer = round58_trial_rag.ask(
        "How many more tractors took part in the Stoke Arden run than last year?"
    )
    assert answer.answer.startswith("28 more: 146"), answer.answer


def test_a_yes_no_of_one_class_is_not_answered_by_a_win_of_another(round57_trial_rag):
    # round 57 (trial 87): "Did Ailsa Ettrick win the novice class?" had said "Yes" over her
    # win of the open class
    answer = round57_trial_rag.ask("Did Ailsa Ettrick win the novice class?")
    assert answer.short_answer is None or answer.short_answer.text != "Yes", answer.answer
    assert round57_trial_rag.ask("Did Ailsa Ettrick win the open class?").short_answer.text == (
        "Yes"
    )


def test_a_first_report_of_another_kind_is_not_set_beside_the_update(round53_trial_rag):
    # trial 83: "14 June" was "first reported as 7.40am" (a weekday train's time), and "£2.3m"
    # "First reported:" the petition's 5,800 signatures; the newest report answers alone
    answer = round53_trial_rag.ask("When will Sunday trains start running on the Elverby line?")
    assert answer.short_answer.text == "14 June"
    assert "7.40am" not in answer.answer and "First reported" not in answer.answer
    answer = round53_trial_rag.ask("How much will the Elverby Sunday trains scheme cost now?")
    assert answer.short_answer.text == "£2.3m" and "5,800" not in answer.answer
    # ... while a first report of the same kind still is
    answer = round53_trial_rag.ask(
        "What is the tree felling on Pennington Avenue expected to cost now?"
    )
    assert "first reported as £86,000" in answer.answer


@pytest.mark.parametrize(
    "question", ["How much is the cricket club still short?",
                 "How much more does the cricket club need to raise for the pavilion?"]
)
def test_round44_a_shortfall_is_never_the_cost(round44_rag, question):
    answer = round44_rag.ask(question)
    if answer.refused:
        return
    # (a short answer, or a worked shortfall "£86,800 more: £148,000 against £61,200")
    first = answer.short_answer.text if answer.short_answer else answer.answer.split(":")[0]
    assert "148,000" not in first, answer.answer


def test_round45_what_the_head_now_expects_cites_the_later_report(round45_rag):
    # (the earlier report also prices the minibus: "was expected to cost £54,000")
    answer = round45_rag.ask("How much does Mrs Okafor now reckon the minibus will cost?")
    assert not answer.refused, answer.answer
    assert answer.short_answer is not None and answer.short_answer.text == "£61,500"
    cited = answer.citations[answer.short_answer.n - 1]
    assert cited.article_id == "minibus-later" and "rather than" in cited.sentence



def test_round45_when_she_left_follows_the_one_named(round45_rag):
    chat = Conversation()
    first = round45_rag.ask("Who kept Wraxby Community Shop going before it had a manager?",
                            history=chat)
    assert first.short_answer is not None and first.short_answer.text == "Hilary Voss"
    chat.add_answer(first)
    answer = round45_rag.ask("When did she leave?", history=chat)
    assert not answer.refused, answer.answer
    assert answer.short_answer is not None and answer.short_answer.text == "December"


def test_round47_a_plain_text_headline_line_is_the_title(round47_store):
    rag, report = round47_store
    assert not [n for n in report.notes if "no title" in n.message], report.notes
    article = rag.article("2025-07-06-saltmere-rescue-boat")
    assert article.title == RESCUE_ROUND47_HEADLINE
    assert RESCUE_ROUND47_HEADLINE not in article.text
    assert article.text.lstrip().startswith("A new Atlantic 85 rescue boat")
    for question in ("Whose legacy paid for the Saltmere boat?",
                     "When did Saltmere get its first new rescue boat in 27 years?"):
        answer = rag.ask(question)
        assert not answer.refused, answer.answer
        for c in answer.citations:
            assert RESCUE_ROUND47_HEADLINE not in c.sentence, c
            if c.article_id == article.id:
                assert c.title == RESCUE_ROUND47_HEADLINE


@pytest.mark.xfail(strict=True, reason=(
    "answers '£400,000', the trust's own reserves, though 'How much has Harrowby District "
    "Council given towards the Playhouse?' is '£150,000'"))
def test_round47_the_trust_s_own_money_is_no_council_grant(round47_rag):
    answer = round47_rag.ask("How much did the council give the Harrowby Playhouse Trust?")
    if answer.refused:
        return
    first = answer.short_answer.text if answer.short_answer else answer.answer
    assert "400,000" not in first, answer.answer


def test_round55_a_rise_across_two_reports_is_worked_out(round55_trial_rag):
    # trial 85: "$23.9 million more: ... against $18.6" (the "-million" dropped)
    # (the older report's "an $18.6-million water treatment plant" is found by the figure
    # before's own question: the question's words retrieve the newer report only)
    answer = round55_trial_rag.ask("How much more will the Merrowvale plant cost?")
    assert answer.answer.startswith("$5.3 million more"), answer.answer
    answer = round55_trial_rag.ask(
        "By how much has the cost of the Merrowvale water plant gone up?"
    )
    assert answer.answer.startswith("$5.3 million"), answer.answer


def test_round50_a_count_of_signing_is_no_earlier_count_of_crossing(round50_rag):
    # final check 154: "About 1,100 [1]; first reported as 4,300 [2]", the 4,300 being the
    # signatures of a petition "calling for a crossing"
    answer = round50_rag.ask("How many people crossed the Marsham footbridge on its first day?")
    assert "4,300" not in answer.answer, answer.answer


def test_round50_one_councillor_s_stance_is_no_outcome(round50_rag):
    # final check 158: "No" at 0.97 from "... and opposed by Cllr Dennis Yeo", while the plan
    # "was approved by 14 votes to 5" (a sentence the evidence may leave out: then no Yes/No)
    answer = round50_rag.ask("Was the plan to let Brayton's verges grow wild approved?")
    assert answer.short_answer is None or answer.short_answer.text == "Yes", answer.answer


def test_round50_a_cost_revised_with_the_thing_costed_between_is_the_newest(round50_rag):
    # final check 158: £48,000 of the first report alone, the later "has risen to £61,500"
    # left out
    answer = round50_rag.ask(
        "How much will the restoration of the Kirkby Stanhope war memorial cost?"
    )
    assert answer.short_answer is not None and answer.short_answer.text == "£61,500", answer.answer
    assert "first reported as £48,000" in answer.answer, answer.answer
