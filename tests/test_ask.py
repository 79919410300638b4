"""Questions end to end with fake models: schema, exact citations, refusal, filters, errors."""

from __future__ import annotations

import json

import pytest

from rag.errors import BadInput, EmptyIndex, UnknownName
from tests.conftest import CORPUS, write


def story(path, title: str, published: str, body: str):
    """A news article file with its title and date in front matter, as a user writes one."""
    return write(path, f"---\ntitle: {title}\ndate: {published}\n---\n{body}")

KHARKIV = "Who was replaced after the Kharkiv retreat?"


@pytest.fixture
def corpus_rag(rag):
    rag.ingest([CORPUS])
    return rag


def test_json_schema(corpus_rag):
    data = json.loads(json.dumps(corpus_rag.ask(KHARKIV).to_dict()))
    assert set(data) == {
        "question",
        "answer",
        "refused",
        "citations",
        "timings_ms",
        "confidence",
        "short_answer",
        "refusal_reason",
    }
    assert data["question"] == KHARKIV and isinstance(data["refused"], bool)
    assert 0.0 <= data["confidence"] <= 1.0 and data["refusal_reason"] is None
    assert {"retrieve", "answer", "total"} <= set(data["timings_ms"])
    assert data["citations"], "the corpus answers this question"
    for c in data["citations"]:
        assert set(c) == {
            "n",
            "article_id",
            "title",
            "source",
            "published",
            "url",
            "sentence",
            "start",
            "end",
            "score",
            "also_reported_by",
            "page",
        }


def test_citations_point_at_exact_sentences(corpus_rag):
    answer = corpus_rag.ask(KHARKIV)
    assert not answer.refused
    for n, citation in enumerate(answer.citations, start=1):
        assert citation.n == n
        article = corpus_rag.article(citation.article_id)
        assert article.text[citation.start : citation.end] == citation.sentence
        assert f"[{n}]" in answer.answer
        assert citation.published == "2022-09-13" and citation.title == article.title


def test_unrelated_question_is_refused_with_closest_passages(corpus_rag):
    answer = corpus_rag.ask("What is the recipe for sourdough bread?")
    assert answer.refused
    assert answer.citations == ()
    assert "could not find" in answer.answer
    assert answer.passages  # shown to the user beside the refusal


def test_stream_yields_text_then_the_answer(corpus_rag):
    stream = corpus_rag.stream_ask(KHARKIV)
    pieces = list(stream)
    final = stream.answer()
    assert pieces and all(isinstance(p, str) for p in pieces)
    assert "".join(pieces) == final.answer
    assert stream.answer() is final  # read once, the result kept


def test_answer_reads_a_stream_nobody_iterated(corpus_rag):
    answer = corpus_rag.stream_ask(KHARKIV).answer()
    assert not answer.refused and answer.citations
    assert 0.0 <= answer.confidence <= 1.0


def test_filters(rag, tmp_path):
    write(
        tmp_path / "a.txt",
        "---\ndate: 2020-05-01\nsource: Alpha Times\n---\nThe bridge opened in May.",
    )
    write(
        tmp_path / "b.txt",
        "---\ndate: 2023-05-01\nsource: Beta Post\n---\nThe bridge closed for repairs.",
    )
    rag.ingest([tmp_path])
    ids = lambda **kw: {h.chunk.article_id for h in rag.retrieve("bridge", **kw)}  # noqa: E731
    assert ids() == {"a", "b"}
    assert ids(since="2021-01-01") == {"b"}
    assert ids(until="2021-01-01") == {"a"}
    assert ids(sources=["Alpha Times"]) == {"a"}
    for retriever in ("bm25", "dense", "hybrid"):
        assert ids(retriever=retriever, since="2021-01-01") == {"b"}
    with pytest.raises(BadInput, match="YYYY-MM-DD"):
        rag.retrieve("bridge", since="May 2021")


def test_errors_say_what_to_do(rag):
    with pytest.raises(EmptyIndex, match="rag ingest"):
        rag.ask(KHARKIV)
    rag.ingest([CORPUS])
    with pytest.raises(BadInput, match="empty"):
        rag.ask("   ")
    with pytest.raises(UnknownName, match="bm25, dense"):
        rag.ask(KHARKIV, retriever="magic")


def test_llamaindex_default_baseline_retrieves_with_filters(rag, tmp_path):
    write(
        tmp_path / "a.txt",
        "---\ndate: 2020-05-01\nsource: Alpha Times\n---\nThe bridge opened in May.",
    )
    write(tmp_path / "b.txt", "---\ndate: 2023-05-01\nsource: Beta Post\n---\nThe tunnel closed.")
    rag.ingest([tmp_path])
    hits = rag.retrieve("bridge opened", retriever="llamaindex-default", k=2)
    assert hits[0].chunk.article_id == "a" and hits[0].title is None
    article = rag.article("a")
    assert article.text[hits[0].chunk.start : hits[0].chunk.end] == hits[0].chunk.text
    filtered = rag.retrieve("bridge opened", retriever="llamaindex-default", since="2021-01-01")
    assert {h.chunk.article_id for h in filtered} == {"b"}


def _sentences(*pairs):
    from tests.fakes import evidence_sentence

    out, at = [], 0
    for sentence, score in pairs:
        out.append(evidence_sentence(sentence, start=at, end=at + len(sentence), score=score))
        at += len(sentence) + 1
    return out


@pytest.mark.parametrize(
    ("question", "sentences", "expected"),
    [
        # The runner-up sentence's phrase of the same kind fits the slot clearly better.
        (
            "Who is the director of the festival?",
            [
                ("Attendance rose, which festival director Oskar Brandt put down to cheap tickets.",
                 1.0),
                ("The award went to a documentary by the filmmaker Leila Haddad.", 2.0),
            ],
            ("Oskar Brandt", 1),
        ),
        # A person ranks above an organisation for "who" whatever the sentence: that is no
        # reason to leave the best sentence.
        (
            "Who funded the research?",
            [
                ("The study was led by Professor Sunita Rao.", 1.0),
                ("The research was paid for by the North Sea Energy Fund.", 2.0),
            ],
            ("North Sea Energy Fund", 2),
        ),
        # The runner-up says what the question says (the planetarium, opening); the best
        # sentence's date is another event's.
        (
            "When will the Brookfield Museum of Science’s planetarium open?",
            [
                ("The Brookfield Museum of Science reopened on Saturday after a refurbishment.",
                 2.0),
                ("She said the new planetarium would open in May.", 1.0),
            ],
            ("May", 2),
        ),
        # The runner-up shares the question's verb ("gave out") but names another food bank
        # in place of the asked place; the best sentence names it.
        (
            "How many parcels did the Wenlow food bank give out?",
            [
                ("The Castlebridge Community Food Bank gave out 4,210 emergency food parcels"
                 " between April and September.", 8.3),
                ("In Wenlow, the Trinity food bank handed out 2,890 parcels, up 18 per cent.",
                 9.5),
            ],
            ("2,890", 2),
        ),
        (
            "How many parcels did the Castlebridge food bank give out?",
            [
                ("The Castlebridge Community Food Bank gave out 4,210 emergency food parcels"
                 " between April and September.", 8.3),
                ("In Wenlow, the Trinity food bank handed out 2,890 parcels, up 18 per cent.",
                 9.5),
            ],
            ("4,210", 1),
        ),
    ],
)
def test_short_answer_from_the_best_sentence_or_a_clearly_better_runner_up(
    question, sentences, expected
):
    from rag.api import Rag

    short = Rag._short_answer(question, _sentences(*sentences))
    assert (short.text, short.n) == expected


STORM = [
    ("Storm Ingrid brought winds of up to 140 kilometres an hour to Harlow Bay.", 5.3),
    ("Around 3,200 homes lost power and 41 homes were damaged, but none were destroyed.", 5.2),
    ("No one was injured, according to the fire service.", 5.0),
    ("Residents were injured by falling glass in 2019, when 12 people were hurt.", 1.0),
]


@pytest.mark.parametrize(
    ("question", "chosen", "expected"),
    [
        # Found by the sixth trial: the answer lay in the third sentence, 0.3 under the best.
        ("How many people were injured in Storm Ingrid?", 2, ("No one", STORM[2][0])),
        # Too far down (over ANSWER_REACH under the best): no answer is taken from it.
        ("How many people were hurt by falling glass in 2019?", 2, None),
        # One that says more of what is asked than the chosen one is taken.
        ("How many homes lost power in Storm Ingrid?", 1, ("Around 3,200", STORM[1][0])),
    ],
)
def test_a_short_answer_a_little_further_down(question, chosen, expected):
    from rag.api import Rag

    ranked = _sentences(*STORM)
    _check_further_down(Rag._answer_further_down(question, ranked[:chosen], ranked),
                        ranked[:chosen], expected)


def _check_further_down(found, chosen, expected):
    """`expected` is (short answer, the one sentence cited), or None: nothing found, the
    chosen sentences kept."""
    sentences, short = found
    if expected is None:
        assert short is None and list(sentences) == list(chosen)
    else:
        assert (short.text, short.n) == (expected[0], 1)
        assert [e.sentence for e in sentences] == [expected[1]]


ILSE = [
    ("About 9,000 homes lost power, the grid operator said.", 3.4),
    ("Storm Ilse hit the coast on Saturday with gusts of up to 140 kilometres an hour.", 2.9),
    ("Nobody was hurt, according to the fire service.", -3.4),
    ("Ferry operators cancelled all crossings and cited waves of more than four metres.", -5.7),
]


@pytest.mark.parametrize(
    ("question", "article_of_the_third", "expected"),
    [
        # Left by the seventh trial: the cross-encoder ranks the answer 6.8 under the best, as
        # the question's scene ("when Storm Ilse hit") outweighs its predicate; the headline
        # names the storm.
        ("Was anyone injured when Storm Ilse hit?", "a1", ("No", ILSE[2][0])),
        ("Was anyone hurt in the storm?", "a1", ("No", ILSE[2][0])),
        # Out of reach and in another report: not read.
        ("Was anyone injured when Storm Ilse hit?", "a2", None),
        # A sentence that states neither gives nothing.
        ("Were ferry crossings delayed?", "a1", None),
    ],
)
def test_a_yes_or_no_further_down_in_the_best_report(question, article_of_the_third, expected):
    from rag.api import Rag
    from tests.fakes import evidence_sentence

    ranked = _sentences(*ILSE)
    ranked = [
        evidence_sentence(e.sentence, start=e.start, end=e.end, score=e.score,
                          title="Storm Ilse cuts power to thousands",
                          article_id=article_of_the_third if i == 2 else "a1")
        for i, e in enumerate(ranked)
    ]
    _check_further_down(Rag._answer_further_down(question, ranked[:2], ranked), ranked[:2],
                        expected)


OSEI = [
    ("Leila Karim won the Ashford by-election on Thursday.", 1.0),
    ("Karim, 44, has led the town's housing trust since 2019.", 5.0),
    ("She replaced Rafael Osei, who stepped down as councillor in January.", 7.6),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Found trying the product: the doer named only as "She" was refused.
        ("Who replaced Rafael Osei?", "Karim"),
        ("Who succeeded Rafael Osei as councillor?", "Karim"),
        # The question is not answered by the name put in the pronoun's place.
        ("Who stepped down as councillor?", None),
        ("How long has Karim led the trust?", None),
    ],
)
def test_a_doer_named_by_a_pronoun(question, expected):
    from rag.api import Rag

    ranked = sorted(_sentences(*OSEI), key=lambda e: -e.score)
    sentences, short = Rag._through_a_pronoun(question, (ranked[0],), ranked)
    if expected is None:
        assert short is None and sentences == (ranked[0],)
        return
    assert short.text == expected and short.n == 1
    assert [e.sentence for e in sentences] == [OSEI[1][0], OSEI[2][0]]
    assert short.start == sentences[0].start and short.end == sentences[0].start + len(expected)


MARATHON = [
    ("Amina Yusuf won the women's race at the Carran Island Marathon on Sunday, and Jakob Lind "
     "took the men's title in a course record of 2:11:48.", 8.5),
    ("A record 6,200 runners finished the race.", 2.0),
    ("Yusuf, a 29-year-old nurse from Westmere, broke away after the halfway point and finished "
     "in 2:31:05, almost two minutes ahead of last year's winner.", -4.0),
    ("Lind, who is Swedish, beat the previous record by 23 seconds.", -5.0),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # news-040: the women's winner is named by the lead, her time three paragraphs on.
        ("What was the winning time in the women's Carran marathon?", "2:31:05"),
        ("How long did the winner of the women's race take?", "2:31:05"),
        # The lead's clause of the asked one is not the followed one's: nothing is taken.
        ("How many seconds did the women's winner beat the record by?", None),
        # Who-questions have the person as their answer; the lead alone answers them.
        ("Who won the women's race?", None),
        # Both people's clauses say as much of the question: which one is meant is open.
        ("What was the time at the Carran Island Marathon?", None),
    ],
)
def test_a_figure_of_the_person_the_lead_names_by_role(question, expected):
    from rag.api import Rag

    ranked = _sentences(*MARATHON)
    sentences, short = Rag._through_a_name(question, (ranked[0],), ranked)
    if expected is None:
        assert short is None and sentences == (ranked[0],)
        return
    assert (short.text, short.n) == (expected, 2)
    assert [e.sentence for e in sentences] == [MARATHON[0][0], MARATHON[2][0]]
    assert sentences[1].sentence[short.start - sentences[1].start :].startswith(expected)


TREASURER = [
    ("A former charity treasurer who stole more than £1.3 million from a hospice over nine years "
     "has been jailed for four years and eight months.", -1.3),
    ("Gillian Ashcroft, 58, of Marlow Road, Salcombe Regis, admitted 14 counts of fraud by "
     "abuse of position at Exeter Crown Court in January.", 5.5),
    ("Judge Penhallow said that only Ashcroft's guilty pleas had reduced the sentence from six "
     "years.", 6.5),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The nineteenth trial: the lead tells of her before the next sentence names her.
        ("How long was Gillian Ashcroft jailed for?", "four years and eight months"),
        ("How long was Ashcroft jailed for?", "four years and eight months"),
        ("How much did Gillian Ashcroft steal?", "more than £1.3 million"),
        # ... not someone the next sentence does not open with
        ("How long was Daniel Okoro jailed for?", None),
        # who-questions have the person as their answer
        ("Who was jailed for four years and eight months?", None),
    ],
)
def test_a_lead_that_tells_of_someone_before_naming_them(question, expected):
    from rag.api import Rag

    ranked = sorted(_sentences(*TREASURER), key=lambda e: -e.score)
    sentences, short = Rag._through_a_lead(question, (ranked[0],), ranked)
    if expected is None:
        assert short is None and sentences == (ranked[0],)
        return
    assert (short.text, short.n) == (expected, 1)
    assert [e.sentence for e in sentences] == [TREASURER[0][0], TREASURER[1][0]]
    assert TREASURER[0][0][short.start :].startswith(expected)


BY_ELECTION = [
    ("The Green Party's Naomi Fairweather has won the Castleton West by-election, taking the "
     "seat from Labour by 212 votes.", 6.8),
    ("Fairweather received 1,684 votes.", 6.3),
    ("Labour's Gareth Pryce was second with 1,472, Reform UK's Denise Hollins third with 1,210, "
     "and the Conservative, Robert Ainsley, fourth with 604.", -8.1),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The nineteenth trial: the lead (the winner) ranks far over the list of placings.
        ("Which party came third in Castleton West?", "Reform UK"),
        ("Who came fourth in the by-election?", "Robert Ainsley"),
        ("Who came fifth in the by-election?", None),
        ("How many votes did Fairweather get?", None),  # no placing asked
    ],
)
def test_a_placing_stated_further_down_the_report(question, expected):
    from rag.api import Rag

    ranked = _sentences(*BY_ELECTION)
    sentences, short = Rag._placed_further_down(question, (ranked[0],), ranked)
    if expected is None:
        assert short is None and sentences == (ranked[0],)
        return
    assert (short.text, short.n) == (expected, 1)
    assert [e.sentence for e in sentences] == [BY_ELECTION[2][0]]


NORTHVALE = [
    ("Passengers on the Northvale line will pay less and get more trains from next month, the "
     "regional transport authority has announced, although one station will close for eight "
     "weeks in the new year.", 7.6),
    ("From 14 December, the single fare between Ashby Cross and Northvale Central will fall "
     "from £6.40 to £5.90.", 7.7),
    ("However, Fulwood Park station will be closed from 5 January until 28 February 2026 while "
     "its platforms are rebuilt.", 2.0),
]


@pytest.mark.parametrize(
    ("question", "expected", "cited"),
    [
        # The twentieth trial: a name from a sentence that does not say the asked deed.
        ("Which station on the Northvale line will close in the new year?",
         "Fulwood Park station", [NORTHVALE[2][0]]),
        # the deed said: the short answer stays
        ("Which station will the single fare fall from?", None, None),
    ],
)
def test_a_name_said_with_the_asked_deed(question, expected, cited):
    from rag.api import Rag

    ranked = sorted(_sentences(*NORTHVALE), key=lambda e: -e.score)
    chosen = tuple(sorted(ranked[:2], key=lambda e: e.start))
    short = Rag._short_answer(question, chosen)
    sentences, found = Rag._said_with_its_verb(question, chosen, short, ranked)
    if expected is None:
        assert (sentences, found) == (chosen, short)
        return
    assert found.text == expected
    assert [e.sentence for e in sentences] == cited


@pytest.mark.parametrize(
    ("question", "pairs"),
    [
        # realtimeqa-dev: the choice stands when it says the asked noun, or when no sentence of
        # its report says both the deed and the noun, or when the wh-word is no subject
        ("Which classic video game was finally beaten this week nearly 40 years after its "
         "release?", [("Tetris is an old-school video game, released nearly 40 years ago.", 6.0),
                      ("But a 13-year-old from Oklahoma just pulled off a new trick on the "
                       "classic, being the first player to truly beat the game.", 5.0)]),
        ("Which movie won a number of the major categories at the 2024 Golden Globe Awards?",
         [("\"Oppenheimer,\" \"Succession\" and \"The Bear\" took several of the biggest "
           "categories at the Golden Globes Sunday night.", 6.0),
          ("The show honored Lily Gladstone, who became the first Indigenous person to win the "
           "award for best actress in a drama for \"Killers of the Flower Moon.\"", 5.0)]),
        ("A plane door panel blew out mid-air last week on a flight operated by which airline?",
         [("A left door plug that expelled from an Alaska Airlines flight had disengaged from "
           "the fuselage.", 6.0),
          ("\"Friday night I was on the plane from Portland in which a wall panel blew out,\" "
           "wrote Bartlett.", 5.0)]),
    ],
)
def test_a_name_said_in_other_words_stands(question, pairs):
    from rag.api import Rag

    ranked = _sentences(*pairs)
    chosen = (ranked[0],)
    short = Rag._short_answer(question, chosen)
    assert short is not None
    assert Rag._said_with_its_verb(question, chosen, short, ranked) == (chosen, short)


def test_a_name_with_the_asked_figure_stands_over_the_asked_verb():
    # the twentieth trial's re-run: "jailed" said of the other brother does not outweigh the
    # asked term said of this one
    from rag.api import Rag

    ranked = _sentences(
        ("Daniel Fenwick, 41, of Nunthorpe, was sentenced to six years and four months at "
         "Teesside Crown Court on Friday.", 6.0),
        ("His younger brother, Marcus Fenwick, 37, of Guisborough, was jailed for three years.",
         5.0),
    )
    question = "Who was jailed for six years and four months?"
    chosen = (ranked[0],)
    short = Rag._short_answer(question, chosen)
    assert short.text == "Daniel Fenwick"
    assert Rag._said_with_its_verb(question, chosen, short, ranked) == (chosen, short)



@pytest.mark.parametrize(
    ("question", "runner"),
    [
        # the thirty-fourth round's final check: the asked rank outweighs the asked verb
        ("Who finished third in the marathon?", "Tom Ashdown"),
        ("Who came 3rd in the race?", "Tom Ashdown"),
        ("Who finished second in the women's race?", "Mairi Lennox"),
    ],
)
def test_a_name_with_the_asked_rank_stands_over_the_asked_verb(question, runner):
    from rag.api import Rag

    ranked = _sentences(
        ("Local runner Tom Ashdown was third, and Mairi Lennox was second in the women's race.",
         6.0),
        ("Kiprotich, 27, pulled away from Ethiopia's Abebe Tesfaye at the 35-kilometre mark and "
         "finished 48 seconds ahead of him.", 5.0),
    )
    chosen = (ranked[0],)
    short = Rag._short_answer(question, chosen)
    assert short.text == runner
    assert Rag._said_with_its_verb(question, chosen, short, ranked) == (chosen, short)



@pytest.mark.parametrize(
    "question", ["What started the Harnley Heath wildfire?", "What caused the wildfire?"]
)
def test_a_cause_question_reads_the_sentence_that_states_a_cause_first(question):
    # trial 51: the cause was the third sentence by the cross-encoder, and only two were read
    from rag.api import Rag

    chosen = tuple(_sentences(
        ("She said the fire was believed to have been started by a disposable barbecue.", 1.7),
        ("A wildfire on Harnley Heath has burned about 340 hectares of heathland.", 5.8),
        ("The fire started on Saturday afternoon.", 6.9),
    ))
    assert Rag._short_answer(question, chosen).text == "disposable barbecue"



@pytest.mark.parametrize(
    ("question", "sentence", "role"),
    [
        # trial 51: "Who is X?" gave the sentences and no role
        ("Who is Maria Cunningham?", "Unite regional officer Maria Cunningham said: \"This is a "
         "victory won by drivers standing together.\"", "Unite regional officer"),
        ("Who was Derek Oyelaran?", "Derek Oyelaran, chair of the Pellbury Rail Users' Group, "
         "welcomed the weekday changes.", "chair of the Pellbury Rail Users' Group"),
        ("Who is James Rees?", "The club's treasurer, James Rees, said the roof would cost "
         "£40,000.", "treasurer"),
        # a person with no role named: no short answer, the sentences say who he is
        ("Who is Tom Bellamy?", "Tom Bellamy, 67, who has lived in Stowick for 30 years, said "
         "he had never seen flames so close.", None),
    ],
)
def test_who_someone_is_leads_with_their_role(question, sentence, role):
    from rag.api import Rag
    from rag.spans import job_question_of

    job = job_question_of(question)
    assert job is not None and job.startswith("What is ") and job.endswith(" job?")
    short = Rag._short_answer(job, tuple(_sentences((sentence, 5.0))))
    assert (short.text if short else None) == role


def test_only_a_question_of_who_someone_is_becomes_a_job_question():
    from rag.spans import job_question_of

    assert job_question_of("Who is Maria Cunningham?") == "What is Maria Cunningham's job?"
    assert job_question_of("Who is Chris Evans?") == "What is Chris Evans' job?"
    assert job_question_of("Who is the chief executive?") is None
    assert job_question_of("Who won the race?") is None



def test_the_end_asked_is_not_the_opening_of_the_sentence_beside_it():
    # trial 54: "next week" (the season opens) was the short answer to when the run ends
    from rag.api import Rag

    chosen = tuple(_sentences(
        ("The Corran Playhouse opens its spring season next week with the world premiere of "
         "The Lighthouse Keeper's Daughter.", -0.1),
        ("It runs for six weeks, from 22 February to 6 April.", 5.9),
    ))
    question = "When does the run of The Lighthouse Keeper's Daughter end?"
    assert Rag._short_answer(question, chosen).text == "6 April"



@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Who took third place in the hill climb?", "Priya Shah"),
        ("Who came 3rd?", "Priya Shah"),
        ("Who took second place?", "Megan Ellis"),
        ("Who won the hill climb?", "Carys Powell"),
    ],
)
def test_a_rank_asked_is_answered_by_the_sentence_that_says_it(question, name):
    # re-test 55: the winner's sentence, ranked first, gave "Carys Powell" for third place
    from rag.api import Rag

    chosen = tuple(_sentences(
        ("Welsh rider Carys Powell won the Dales Hill Climb on Saturday, reaching the summit in "
         "11 minutes 42 seconds.", 6.0),
        ("Twenty-two-year-old Megan Ellis took second place, nine seconds behind.", 4.0),
        ("Harrogate's Priya Shah was third in 12 minutes 5 seconds.", 3.0),
    ))
    assert Rag._short_answer(question, chosen).text == name


WESTBURY = [
    ("A 34-year-old primary school teacher has won the Westbury South by-election for the Green "
     "Party, ending Labour's hold on the seat.", 8.0),
    ("Fatima Rahman received 9,412 votes.", 4.0),
    ("Labour's Tom Iredale came second with 8,077.", 2.0),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The twentieth trial: the lead tells of the winner before naming her.
        ("Who won the Westbury South by-election?", "Fatima Rahman"),
        ("Who was elected in Westbury South?", None),  # the lead says no "elected"
        ("Who did the teacher beat?", None),  # not the doer
        # ... and a question that describes the person by the deed
        ("Who is the primary school teacher who won the by-election?", "Fatima Rahman"),
        ("What is the name of the teacher who won the Westbury South seat?", "Fatima Rahman"),
        ("Who was the teacher elected in Westbury South?", None),  # the lead says no "elected"
        ("Who is the teacher who lost the by-election?", None),
    ],
)
def test_the_person_a_lead_tells_of_is_named_next(question, expected):
    from rag.api import Rag

    ranked = _sentences(*WESTBURY)
    chosen = (ranked[0],)
    short = Rag._short_answer(question, chosen)
    sentences, found = Rag._named_after_the_lead(question, chosen, short, ranked)
    if expected is None:
        assert (sentences, found) == (chosen, short)
        return
    assert (found.text, found.n) == (expected, 2)
    assert [e.sentence for e in sentences] == [WESTBURY[0][0], WESTBURY[1][0]]
    assert WESTBURY[1][0][found.start - sentences[1].start :].startswith(expected)


def test_a_lead_of_someone_by_what_they_do_is_named_next():
    # trial 28: "A van driver who killed a cyclist ... has been jailed ... at Chelmsford Crown
    # Court" had answered "Who was jailed?" with the court: a driver is a person's noun too
    from rag import spans
    from rag.api import Rag

    if spans._nlp() is None:
        pytest.skip("needs spaCy's English model")
    ranked = _sentences(
        ("A van driver who killed a cyclist while checking his phone has been jailed for two"
         " years and eight months at Chelmsford Crown Court.", 5.0),
        ("Liam Pettigrew, 34, of Mayfield Close, Braintree, admitted causing death by careless"
         " driving at an earlier hearing.", 2.0),
    )
    chosen = (ranked[0],)
    short = Rag._short_answer("Who was jailed?", chosen)
    _, found = Rag._named_after_the_lead("Who was jailed?", chosen, short, ranked)
    assert (found.text, found.n) == ("Liam Pettigrew", 2)
    # ... but whom the driver killed is not the driver (re-test 29)
    short = Rag._short_answer("Who was killed?", chosen)
    _, found = Rag._named_after_the_lead("Who was killed?", chosen, short, ranked)
    assert found is None or found.text != "Liam Pettigrew"


@pytest.mark.parametrize(
    ("question", "another"),
    [
        # the twentieth trial: the lead's figures are its unnamed person's, named next
        ("How old is Tom Iredale?", True),
        ("How old is Mr Iredale?", True),
        # ... and are the answer for that person, or when the question names no one
        ("How old is Fatima Rahman?", False),
        ("How old is the new councillor?", False),
        ("Who won the Westbury South by-election?", False),
    ],
)
def test_a_leads_figures_are_of_the_person_named_next(question, another):
    from rag.api import Rag

    ranked = _sentences(*WESTBURY)
    assert Rag._of_the_lead_s_person(question, ranked[0], ranked) is another


def test_a_role_stated_further_down_the_report():
    # news-048: the lead names Yusuf as the winner; her job is three paragraphs on, far under
    # the lead by the cross-encoder.
    from rag.api import Rag

    ranked = _sentences(*MARATHON)
    found = Rag._answer_further_down("What does Amina Yusuf do for a living?", ranked[:1], ranked)
    _check_further_down(found, ranked[:1], ("nurse", MARATHON[2][0]))
    found = Rag._answer_further_down("What is Jakob Lind's job?", ranked[:1], ranked)
    _check_further_down(found, ranked[:1], None)


KESTREL = [
    ("Kestrel Dynamics, the Munich-based maker of cooling systems for data centres, said on "
     "Thursday that its net profit rose 18 percent.", 6.0),
    ("Revenue climbed 11 percent to €1.62 billion, slightly below what analysts had expected.",
     2.0),
    ('"Demand from cloud companies is running ahead of anything we planned for," Halvorsen '
     "said.", -10.8),
    ("Chief executive Ingrid Halvorsen said the company was raising its revenue guidance.",
     -11.2),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Trial 15: the cross-encoder puts the line with the role's title far under the lead;
        # the holder of the asked role is looked for in the whole of the best report, under
        # the role's title (not "running" in a quote).
        ("Who runs Kestrel Dynamics?", ("Ingrid Halvorsen", KESTREL[3][0])),
        ("Who heads Kestrel Dynamics?", ("Ingrid Halvorsen", KESTREL[3][0])),
        ("Who is the chief executive of Kestrel Dynamics?", ("Ingrid Halvorsen", KESTREL[3][0])),
        # a question of another kind does not reach so far, but by its deed said there
        ("Who bought Kestrel Dynamics?", None),
        ("Who expected more revenue?", ("analysts", KESTREL[1][0])),
    ],
)
def test_the_holder_of_an_asked_role_anywhere_in_the_best_report(question, expected):
    from rag.api import Rag

    ranked = _sentences(*KESTREL)
    _check_further_down(Rag._answer_further_down(question, ranked[:1], ranked), ranked[:1],
                        expected)


def test_a_role_holder_under_the_title_in_the_report_the_question_names():
    # Trial 17: "Who leads Harrowfield council?" had "Gillian Orchard" (no title) from a court
    # report of "Harrow Lane"; the Harrowfield report names the holder under the title, and a
    # council leader of another council (Perth and Kinross) is no answer.
    from rag.api import Rag
    from rag.evidence import EvidenceSet
    from tests.fakes import evidence_sentence

    court = "Gillian Orchard, 54, of Harrow Lane, Dunmere, was sentenced at Exeter Crown Court."
    perth = "Perth and Kinross Council leader Grace Fenwick said the clean-up would cost more."
    roads = ("Road repairs receive an extra £6 million, which council leader Naomi Fairbairn said "
             "would fix about 9,000 potholes.")
    ranked = [
        evidence_sentence(court, article_id="court", title="Care home manager jailed",
                          score=-6.3),
        evidence_sentence(perth, article_id="floods", title="Storm Corran floods", score=-7.5),
        evidence_sentence(roads, article_id="budget",
                          title="Harrowfield council approves £318m budget", score=-7.6),
    ]
    question = "Who leads Harrowfield council?"
    short = Rag._short_answer(question, ranked[:1])
    assert short.text == "Gillian Orchard"
    evidence = EvidenceSet(sentences=tuple(ranked[:1]), best_score=-6.3, refused=False,
                           ranked=tuple(ranked))
    sentences, holder = Rag._titled_holder(question, tuple(ranked[:1]), short, evidence)
    assert holder.text == "Naomi Fairbairn" and sentences == (ranked[2],)
    # A name its own report gives by the asked verb is kept ("directed by Mateo Ruiz").
    film = evidence_sentence("The film, directed by Mateo Ruiz, won the audience award.",
                             article_id="festival", title="Quiet Harbour wins at Wend festival",
                             score=5.0)
    brandt = evidence_sentence("Festival director Oskar Brandt praised the film.",
                               article_id="festival", title="Quiet Harbour wins at Wend festival",
                               score=2.0)
    festival = EvidenceSet(sentences=(film,), best_score=5.0, refused=False,
                           ranked=(film, brandt))
    ruiz = Rag._short_answer("Who directed Quiet Harbour?", (film,))
    assert Rag._titled_holder("Who directed Quiet Harbour?", (film,), ruiz, festival)[1] == ruiz
    # A name given under the asked title is kept.
    kept = Rag._short_answer("Who leads the Perth and Kinross council?", ranked[1:2])
    assert Rag._titled_holder("Who leads the Perth and Kinross council?", tuple(ranked[1:2]),
                              kept, evidence)[1] == kept


def test_a_name_of_another_type_in_the_runner_up_that_fits_clearly_better():
    # "Karim" (typed as a place by spaCy) leads the trust; "Rafael Osei" stepped down.
    from rag.api import Rag

    sentences = _sentences(
        ("Karim, 44, has led the town's housing trust since 2019.", 5.0),
        ("She replaced Rafael Osei, who stepped down as councillor in January.", 7.6),
    )
    assert Rag._short_answer("Who leads the housing trust?", sentences).text == "Karim"


def test_a_sentence_no_closer_to_the_question_than_the_chosen_one_is_not_taken():
    from rag.api import Rag

    ranked = _sentences(
        ("Officials could not say how many homes were destroyed by the storm.", 5.0),
        ("Twelve homes were destroyed by a storm in 2019.", 4.5),
    )
    sentences, short = Rag._answer_further_down(
        "How many homes were destroyed by the storm?", ranked[:1], ranked
    )
    assert short is None and sentences == ranked[:1]


CORRIDOR = "What is the estimated cost of the Restore the Corridor project?"
CORRIDOR_OLDER = "The nearly $200 million project, dubbed Restore the Corridor, is on budget."
TRAINS = "How often will trains run between Ashcombe and Pellbury?"


@pytest.mark.parametrize(
    ("question", "newer", "older", "kept", "dating", "short", "first"),
    [
        # Found in realtimeqa-dev: "95 [1]; first reported as nearly $200 million [2]", the 95
        # of "I-95" in the newer report's sentence given as the project's latest cost: a newer
        # report without a figure of the asked kind is no update.
        (CORRIDOR, "It is the next project after the near completion of the I-95 Restore the "
         "Corridor Project, said C.R. Smith.", CORRIDOR_OLDER, ("older",), "report",
         "nearly $200 million", None),
        # With a figure in both, it is an update: the newest leads, the first is named.
        (CORRIDOR, "The Restore the Corridor project will now cost $230 million.", CORRIDOR_OLDER,
         ("newer", "older"), "updated", "$230 million", "nearly $200 million"),
        # trial 51: "every 20 minutes [1]; first reported as every 20 minutes [2]": the same
        # value in both reports is no update to name twice
        (TRAINS, "When the new timetable begins, trains will run every 20 minutes only at peak "
         "times, with a train every 30 minutes for the rest of the day.", "Trains between "
         "Ashcombe and Pellbury will run every 20 minutes from 18 May.", ("newer",), "report",
         "every 20 minutes", None),
        # trial 51: a sum asked for is no first report of the rise agreed
        ("What pay rise did the drivers accept?", "Drivers will get a rise of 5.8%, taking the "
         "hourly rate from £13.20 to £13.97.", "The union is asking for 7%.", ("newer",),
         "report", "5.8%", None),
        ("What pay rise did the nurses accept?", "Nurses accepted a rise of 4%.", "The nurses "
         "rejected a pay offer of 3.5%.", ("newer",), "report", "4%", None),
        # ... but two demands are one demand revised
        ("What pay rise is the union asking for?", "The union is now asking for 6%.", "The union "
         "is asking for 7%.", ("newer", "older"), "updated", "6%", "7%"),
    ],
)
def test_an_update_is_a_new_value_of_the_asked_kind(
    question, newer, older, kept, dating, short, first
):
    from rag.api import Rag

    reports = dict(zip(("newer", "older"), _sentences((newer, 5.0), (older, 4.0)), strict=True))
    found = Rag._updated(question, (reports["newer"], reports["older"]))
    assert (found[0], found[1], found[2].text, found[3]) == (
        tuple(reports[k] for k in kept), dating, short, first
    )


NORTHFIELD = [
    ("The Green Party's Olivia Hartnell won the Northfield mayoral by-election on Thursday, "
     "beating Labour's Daniel Crowe by 2,314 votes.", 5.4),
    ("The by-election was called after the previous mayor, Labour's Bernard Lyle, resigned.",
     5.2),
    ("Hartnell, 38, a former paramedic, received 21,480 votes to Crowe's 19,166.", 4.7),
    ("The Conservative candidate, Graham Sutton, came third with 8,902, and Reform's Kelly "
     "Marsh was fourth with 7,115.", 0.7),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Trial 14's P02: the lead and the next sentence never name Reform; the line that does
        # ranks 4.7 under them.
        ("Who stood for Reform in the Northfield by-election?", "Kelly Marsh"),
        ("Which party does Graham Sutton represent?", "Conservative"),
        # Every name is in the chosen sentences: nothing further down is read.
        ("Who stood for Labour in the Northfield by-election?", None),
    ],
)
def test_a_name_no_chosen_sentence_says_is_looked_for_in_the_report(question, expected):
    from rag.api import Rag

    ranked = _sentences(*NORTHFIELD)
    _, short = Rag._named_further_down(question, ranked[:2], ranked)
    assert (short.text if short else None) == expected


def test_a_sentence_cited_beside_the_best_is_read_for_the_missing_name():
    from rag.api import Rag

    ranked = _sentences(*NORTHFIELD)
    chosen = (ranked[0], ranked[1], ranked[3])
    sentences, short = Rag._named_further_down(
        "Which party does Kelly Marsh represent?", chosen, ranked
    )
    assert sentences == chosen and (short.text, short.n) == ("Reform", 3)


def test_a_runner_up_of_a_kind_asked_before_the_best_ones_takes_over():
    # "Labour's Bernard Lyle" (a phrase) against "Reform" (a party) for "Which party ...?".
    from rag.api import Rag

    sentences = _sentences(
        ("The by-election was called after the previous mayor, Labour's Bernard Lyle, "
         "resigned.", 5.0),
        (NORTHFIELD[3][0], 4.6),
    )
    short = Rag._short_answer("Which party does Kelly Marsh represent?", sentences)
    assert (short.text, short.n) == ("Reform", 2)


OCCITANIE = [
    ("Moreau, a 30-year-old from Annecy who rides for Equipe Lumiere, now leads the general "
     "classification by 22 seconds.", 6.75),
    ("Van Rensburg, 27, of the Kestrel-Altura team, attacked on the final climb.", 4.35),
    ("Holm, 25, lost 1 minute 14 seconds on the final climb.", 1.8),
]


def test_a_question_of_names_alone_is_answered_by_a_sentence_naming_them_further_down():
    # CH05.2: "How old is he?" searched as "How old is Pieter van Rensburg?"; the best sentence
    # gives another rider's age, and the line giving his calls him "Van Rensburg".
    from rag.api import Rag

    ranked = _sentences(*OCCITANIE)
    sentences, short = Rag._answer_further_down(
        "How old is Pieter van Rensburg?", ranked[:1], ranked
    )
    assert short.text == "27" and sentences == (ranked[1],)
    _, none = Rag._answer_further_down("How old is Kasper Nielsen?", ranked[:1], ranked)
    assert none is None


def _passage(text: str):
    from rag.types import Chunk, Hit

    return Hit(Chunk("c-a1", "a1", 0, text, 0, len(text)), 5.0, title="T")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a word written large only inside another name is no name of its own
        ("How many limes did the council originally plan to fell?",
         "How many limes did the council originally plan to fell?"),
        ("how many signatures does save the abbey limes have",
         "how many signatures does Save the Abbey Limes have"),
    ],
)
def test_a_word_large_only_inside_a_name_stays_small(question, expected):
    from rag.api import cased_from

    hits = [
        _passage("A campaign group, Save the Abbey Limes, has gathered 3,800 signatures. The "
                 "council plans to fell 42 lime trees."),
    ]
    assert cased_from(question, hits) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # trial 16's re-test: a question typed in lower case had taken another name or been
        # refused; its names are written as the found reports write them
        ("who was the referee at millfield park?", "who was the referee at Millfield Park?"),
        ("what nationality is kofi mensah?", "what nationality is Kofi Mensah?"),
        # a word the reports also write in lower case stays ("referee"), and so does one they
        # write with a capital only opening a sentence ("The")
        ("how did the game turn?", "how did the game turn?"),
        # a question with its own capitals is left as typed
        ("Who was the referee at Millfield park?", "Who was the referee at Millfield park?"),
        ("Who was the referee at millfield park?", "Who was the referee at Millfield Park?"),
    ],
)
def test_a_lower_case_question_takes_its_names_from_the_reports(question, expected):
    from rag.api import cased_from

    hits = [
        _passage("The game turned when Foley was sent off by referee Neil Harker at Millfield "
                 "Park. Ghanaian winger Kofi Mensah scored. The referee said little."),
    ]
    assert cased_from(question, hits) == expected


FERRARS = [
    ("The marine biologist who mapped the kelp forests of the Skerrin Isles has died at the age "
     "of 87.", 6.0),
    ("Dr Rosalind Ferrars died at her home in Oban on 9 October, her family said.", 4.0),
    ("She is survived by her son, Fergus, and her daughter, Isla.", 1.0),
]
MOOR_FIRE = [
    ("Chief fire officer Andrew Blake said the fire had been started by a barbecue.", 3.0),
    ("A 23-year-old man from Dalesford has been interviewed under caution.", 5.0),
]


@pytest.mark.parametrize(
    ("rows", "question", "at", "another"),
    [
        # the twenty-second round: an obituary's lead ("The marine biologist ...") tells of the
        # one named next; a namesake (her son) is another person
        (FERRARS, "How old is Fergus Ferrars?", 0, True),
        (FERRARS, "How old is Isla Ferrars?", 0, True),
        (FERRARS, "How old was Rosalind Ferrars?", 0, False),
        (FERRARS, "How old was Dr Ferrars?", 0, False),
        # ... and one named before "A 23-year-old man" is not that man
        (MOOR_FIRE, "How old is Andrew Blake?", 1, True),
        (MOOR_FIRE, "How old is the man interviewed under caution?", 1, False),
    ],
)
def test_a_leads_figures_are_no_namesake_s_or_earlier_named_person_s(rows, question, at, another):
    from rag.api import Rag

    ranked = _sentences(*rows)
    assert Rag._of_the_lead_s_person(question, ranked[at], ranked) is another


def test_a_name_given_further_down_the_report():
    # the twenty-second round: "What will the merged company be called?" over the lead that
    # names the two companies merging
    from rag.api import Rag

    ranked = _sentences(
        ("Brightmoor Water and Calder Utilities have agreed to merge in a £1.9 billion deal.",
         6.0),
        ("Calder shareholders will receive 0.82 new Brightmoor shares for each Calder share.",
         2.0),
        ("Brightmoor shareholders will own 58 percent of the combined company, which will be "
         "called Brightmoor Calder.", 1.0),
    )
    question = "What will the merged water company be called?"
    short = Rag._short_answer(question, ranked[:1])
    sentences, found = Rag._given_its_name(question, ranked[:1], short, ranked)
    assert found.text == "Brightmoor Calder" and sentences == (ranked[2],)
    # a name the chosen sentence gives after "called" stays
    chosen = (ranked[2],)
    short = Rag._short_answer(question, chosen)
    assert Rag._given_its_name(question, chosen, short, ranked) == (chosen, short)


def test_no_figure_from_a_report_that_never_names_the_asked_thing(rag, tmp_path):
    # the twenty-second round: "£145" of a festival for "How much is a child ticket on the X7?"
    story(
        tmp_path / "festival.txt",
        "Kelderby Folk Festival breaks its record",
        "2025-09-01",
        "The Kelderby Folk Festival attracted 31,000 visitors. A weekend ticket cost £145, and "
        "children under 12 went free.",
    )
    story(
        tmp_path / "bus.txt",
        "Electric buses to the airport",
        "2025-07-09",
        "The X7 will run every 15 minutes. A single adult fare will be £4.50 and a return £7.",
    )
    rag.ingest([tmp_path])
    for question in ("How much is a child ticket on the X7?",
                     "How much is a weekend ticket at Glastonbury?"):
        answer = rag.ask(question)
        assert answer.short_answer is None or answer.short_answer.text != "£145", question
    assert rag.ask("How much was a weekend ticket at the Kelderby Folk Festival?").short_answer \
        .text == "£145"
    assert rag._name_the_report_lacks("How much is a child ticket on the X7?",
                                      _evidence_of(rag, "festival"))
    assert not rag._name_the_report_lacks("How much is a return on the X7 in May?",
                                          _evidence_of(rag, "bus"))
    # a name misspelt by a letter is still the report's (squad2-dev: "Zeria" for "Zeira")
    assert not rag._name_the_report_lacks("How much was a ticket at the Kelderbey festival?",
                                          _evidence_of(rag, "festival"))
    assert rag._name_the_report_lacks("How much was a ticket at the Glastonbury festival?",
                                      _evidence_of(rag, "festival"))


def _evidence_of(rag, article_id):
    from tests.fakes import evidence_sentence

    text = rag.article(article_id).text
    return evidence_sentence(text[:20], article_id=article_id)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the twenty-second trial: the winner's count for "the Labour candidate"
        ("How many votes did the Labour candidate receive?", "987"),
        ("How many votes did the Reform UK candidate get?", "1,201"),
        ("How many votes did Sarah Okoro get?", "1,648"),
        ("How many votes did the winner get?", "1,648"),
    ],
)
def test_the_sentence_that_names_what_the_question_names_gives_the_answer(question, expected):
    from rag.api import Rag

    ranked = _sentences(
        ("Sarah Okoro, a 38-year-old pharmacist, received 1,648 votes.", 4.3),
        ("Reform UK's Gary Pritchard came second with 1,201, Labour's Neil Ashby third with "
         "987, and Tomasz Nowak of the Green Party fourth with 233.", 5.5),
    )
    assert Rag._short_answer(question, ranked[:2]).text == expected


def test_a_side_in_a_bracketed_earlier_question_is_not_asked():
    # re-test 22, election-6: "What was the turnout? (How many votes did the Labour candidate
    # get?)" took Labour's 987 over the turnout
    from rag.api import _A_SIDE_S_PERSON, Rag

    glued = "What was the turnout? (How many votes did the Labour candidate get?)"
    assert _A_SIDE_S_PERSON.search(glued)  # the side is there, in brackets
    ranked = _sentences(
        ("Reform UK's Gary Pritchard came second with 1,201, Labour's Neil Ashby third with "
         "987.", 5.5),
        ("Turnout in Hollins Park was 31.4 percent, down from 38.9 percent in 2023.", 6.0),
    )
    assert Rag._short_answer(glued, ranked).text == "31.4 percent"


def test_a_sentence_going_on_about_the_same_body_is_no_other_name_s():
    # realtimeqa-dev 20240112_21: the next sentence names no one else, so the question's names
    # missing from it do not make its figure another's
    from rag.api import Rag

    ranked = _sentences(
        ("The U.S. Environmental Protection Agency announced some 67 grantees set to receive "
         "nearly $1 billion, for electric school buses.", 7.1),
        ("The 2024 announcement brings the program impact to $2 billion in awards, according "
         "to the press release, funding roughly 5,000 electric and low-emission school buses "
         "nationwide.", 8.4),
    )
    question = ("What is the total amount of funding that the U.S. Environmental Protection "
                "Agency has awarded for electric school buses as of 2024?")
    assert Rag._short_answer(question, ranked).text == "$2 billion"


@pytest.mark.parametrize(
    "question",
    [
        # the twenty-second trial: "former nurse Dorothy Heald" for the chief executive, in
        # the hospital's own report; the role asked with or without "the"
        "Who is chief executive of Calderbank General Hospital?",
        "Who is the chief executive of Calderbank General Hospital?",
    ],
)
def test_a_name_under_another_role_gives_way_in_its_own_report(question):
    from rag.api import Rag
    from rag.evidence import EvidenceSet
    from tests.fakes import evidence_sentence

    title = "Calderbank General Hospital opens stroke unit"
    appeal = evidence_sentence(
        "The unit was paid for with £7.1 million from the NHS and £2.5 million raised by the "
        "Calderbank Hospital Charity, whose appeal was led by former nurse Dorothy Heald.",
        article_id="unit", title=title, score=2.0,
    )
    oduya = evidence_sentence(
        "The hospital's A&E department was rated \"requires improvement\" in March, and chief "
        "executive Martin Oduya said the new unit was part of turning it around.",
        article_id="unit", title=title, score=-3.0, start=400, end=540,
    )
    # a sentence that says nothing of a chief executive names none: no short answer there,
    # and the titled holder of the hospital's own report is looked for all the same
    short = Rag._short_answer(question, (appeal,))
    assert short is None or short.text == "Dorothy Heald"
    evidence = EvidenceSet(sentences=(appeal,), best_score=2.0, refused=False,
                           ranked=(appeal, oduya))
    assert Rag._titled_holder(question, (appeal,), short, evidence)[1].text == "Martin Oduya"


@pytest.fixture
def pool_rag(rag, tmp_path):
    """A store holding one report whose sentences contradict the questions asked of it."""
    story(
        tmp_path / "pool.txt",
        "Kelby pool closes for roof repairs",
        "2025-03-02",
        "Kelby leisure pool closed on Monday after a roof leak. Members pay £32 a month, and "
        "the council said repairs would cost £180,000. The pool is the county's second "
        "busiest, with 210,000 visits a year.",
    )
    rag.ingest([tmp_path])
    return rag


@pytest.mark.parametrize(("question", "said"), [
    # squad2-dev: "What were the weekly carriage fees?" over "fixed annual carriage fees of
    # £30m"; the same kinds in news: another period, an opposite, another ordinal.
    ("How much do members pay a year?", '"monthly", not "annual"'),
    ("When did Kelby pool reopen?", '"closed", not "reopen"'),
    ("How many visits a year does the busiest pool get?", '"second busiest", not "busiest"'),
])
def test_a_sentence_that_contradicts_the_question_is_refused_saying_why(pool_rag, question, said):
    answer = pool_rag.ask(question)
    assert answer.refused and answer.short_answer is None
    assert said in answer.answer, answer.answer


def test_the_report_that_contradicts_one_question_answers_what_it_says(pool_rag):
    answer = pool_rag.ask("How much do members pay a month?")
    assert not answer.refused and answer.short_answer.text == "£32"


@pytest.mark.parametrize(("question", "text", "other"), [
    # squad2-dev: an entity swap of a person
    ("In what year did Robert Harper become the first president?",
     "Robert Lowe spoke. William Rainey Harper became the first president in 1891.", True),
    ("How old is John Smith?", "His wife, Jane Smith, 54, said the family was shocked.", True),
    ("How old is John Smith?", "John A. Smith, 54, was named chairman.", False),
    ("What did Jim Ratcliffe say?", "Sir Jim Ratcliffe said the club would recover.", False),
    ("How old is Tom Okafor?", "Mr Okafor, 54, said he would stand again.", False),
    ("What did Sarah Blake say?", "Blake Morgan said the firm would appeal.", False),
    # (trial 64: a couple's surname is said once, after the second)
    ("How old is Keith Dallow?", "The farm belongs to Keith and Maureen Dallow, who are 71 and "
     "68.", False),
    ("How old is Keith Dallow?", "The farm belongs to Peter and Maureen Dallow.", True),
])
def test_a_person_the_report_names_with_another_first_name(question, text, other):
    from rag.api import _another_given_name

    assert _another_given_name(question, text) is other


@pytest.fixture
def quarry_rag(rag, tmp_path):
    """A store holding one local report of the twenty-third trial's kinds."""
    story(
        tmp_path / "quarry.txt",
        "Ashworth residents win fight over quarry noise",
        "2026-11-20",
        "Residents of Ashworth have won their fight over night-time noise from the Greystone "
        "quarry, after the council limited its working hours.\n\n"
        "Margaret Sefton, 82, of Bramble Close, Ashworth, said the noise had been unbearable "
        "for three years.\n\n"
        "The quarry's owner, Dean Carr, who ran the site without a permit for 18 months, was "
        "fined £12,000 and banned from operating quarries for two years.\n\n"
        "Sales at Greystone fell 12% to £3.4m in the year to March, the company said.\n\n"
        "A council survey of 400 people aged between 18 and 90 found that 71% had been woken "
        "by blasting.",
    )
    rag.ingest([tmp_path])
    return rag


@pytest.mark.parametrize(("question", "right"), [
    # An address beside a name is where the person lives; "How far did X fall?" asks by how
    # much; the asked verb's own figure over the figure of a clause before it; a group's ages.
    ("Where does Margaret Sefton live?", "Bramble Close, Ashworth"),
    ("How far did sales fall at Greystone?", "12%"),
    ("How long was Dean Carr banned from operating quarries?", "two years"),
    ("How old were the people in the council survey?", "between 18 and 90"),
])
def test_the_twenty_third_trial_s_kinds_end_to_end(quarry_rag, question, right):
    answer = quarry_rag.ask(question)
    assert not answer.refused and answer.short_answer.text == right, answer.answer
    # the sentence holding the answer is cited first
    assert right in answer.citations[0].sentence, answer.answer


def test_a_home_the_report_never_gives_is_no_place_of_its_story(quarry_rag):
    # the report never says where Carr lives: no place of the story is his home
    assert quarry_rag.ask("Where does Dean Carr live?").short_answer is None


@pytest.mark.parametrize(
    ("question", "whole"),
    [
        # the twenty-fifth trial: the company's revenue for a place it has a factory in
        ("What was Brackwell Foods' revenue in Corby?", True),
        ("How much profit did Brackwell make at Corby?", True),
        ("What was Brackwell Foods' revenue?", False),  # no place asked
        ("What was Brackwell Foods' revenue in Leicester?", False),  # the lead's scene
        ("How much did shares fall in London?", False),  # a place the report never names
    ],
)
def test_a_figure_of_the_whole_is_no_answer_for_a_place_it_has_a_part_in(question, whole):
    from rag.api import Rag
    from tests.fakes import evidence_sentence

    title = "Brackwell Foods profit falls despite record sales"
    lead = evidence_sentence(
        "Brackwell Foods, the Leicester-based maker of ready meals, reported a 9 per cent fall"
        " in annual profit.", article_id="results", title=title, start=0, end=100,
    )
    revenue = evidence_sentence(
        "Revenue for the year rose 6 per cent to £812 million, but pre-tax profit fell to"
        " £47.3 million.", article_id="results", title=title, start=101, end=200,
    )
    corby = evidence_sentence(
        "The company said it would cut 220 jobs at its factory in Corby.",
        article_id="results", title=title, start=201, end=270,
    )
    ranked = (revenue, corby, lead)
    assert Rag._of_the_whole_not_the_asked_place(question, revenue, ranked) is whole
    # the sentence that names the place answers for it
    assert Rag._of_the_whole_not_the_asked_place(
        "How many jobs will be cut in Corby?", corby, ranked
    ) is False


@pytest.mark.parametrize(
    ("question", "sentence", "other"),
    [
        # the twenty-sixth trial: a figure of the other place of a report about two places
        ("By what percentage did food parcels rise in Wenlow?", 1, True),
        ("How many parcels did the Wenlow food bank hand out last year?", 1, True),
        ("What percentage of people referred to the Wenlow food bank were in work?", 2, True),
        ("How many parcels in Castlebridge went to families with children?", 4, True),
        ("How many parcels did the Castlebridge food bank hand out last year?", 1, False),
        ("How many parcels went to families with children in Wenlow?", 4, False),
    ],
)
def test_a_figure_of_the_other_place_of_a_report_is_no_answer(question, sentence, other):
    from rag.api import Rag

    texts = [
        "Food banks in Castlebridge and Wenlow handed out more parcels than ever.",
        "The Castlebridge Community Food Bank gave out 4,210 parcels, up 34 per cent on 3,150.",
        "Castlebridge food bank manager Joanne Pell said 41 per cent of the people referred were"
        " in work.",
        "In Wenlow, the Trinity food bank handed out 2,890 parcels, up 18 per cent.",
        "Of those, 1,120 went to families with children.",
    ]
    ranked = _one_report(texts, "banks", "Food banks busier")
    assert Rag._of_the_whole_not_the_asked_place(question, ranked[sentence], ranked) is other


def _one_report(texts: list[str], article_id: str, title: str) -> list:
    """`texts` as the evidence sentences of one report, in reading order."""
    from tests.fakes import evidence_sentence

    ranked, at = [], 0
    for text in texts:
        ranked.append(evidence_sentence(text, article_id=article_id, title=title,
                                        start=at, end=at + len(text)))
        at += len(text) + 1
    return ranked


def test_a_month_after_in_is_no_other_place():
    # CI's real-model case: "vacant in January" had made January a place of the report, so
    # "How many anaesthetist posts were vacant at St Aldhelm's in January?" was refused
    from rag.api import Rag
    from tests.fakes import evidence_sentence

    lead = evidence_sentence(
        "The median wait for routine surgery at St Aldhelm's rose to 19 weeks.",
        article_id="waits", title="Waiting times rise", start=0, end=70,
    )
    posts = evidence_sentence(
        "She said 42 anaesthetist posts were vacant in January.",
        article_id="waits", title="Waiting times rise", start=150, end=205,
    )
    assert not Rag._of_the_whole_not_the_asked_place(
        "How many anaesthetist posts were vacant at St Aldhelm's in January?", posts,
        (lead, posts),
    )


def test_a_street_of_the_asked_town_is_no_other_place():
    # the final re-test of the twenty-fifth round: "from homes in Mill Street and Riverside
    # Walk" had made the Aldbury rescue figure another place's
    from rag.api import Rag

    texts = [
        "Dozens of homes have been flooded in Aldbury after the River Wend burst its banks.",
        "Fire crews rescued 11 people from homes in Mill Street and Riverside Walk using boats.",
    ]
    ranked = _one_report(texts, "flood", "Homes flooded")
    question = "How many people did fire crews rescue in Aldbury?"
    assert Rag._of_the_whole_not_the_asked_place(question, ranked[1], ranked) is False


FESTIVAL_2025 = (
    "A record 42,000 people attended the Larkfield Festival over three days, from 1 to 3 "
    "August, up from 35,000 last year."
)


@pytest.mark.parametrize(
    ("question", "published", "expected"),
    [
        # trial 51: "in 2024" over a 2025 report's "last year" had answered 2025's 42,000
        ("How many people attended the Larkfield Festival in 2024?", "2025-08-04", "35,000"),
        ("How many people attended the Larkfield Festival in 2025?", "2025-08-04", "42,000"),
        # a report of another year than the one after says nothing of the asked year this way
        ("How many people attended the Larkfield Festival in 2022?", "2025-08-04", "42,000"),
    ],
)
def test_the_asked_year_is_the_last_year_of_a_report_of_the_year_after(
    question, published, expected
):
    from datetime import date

    from rag.api import Rag
    from rag.timeexpr import time_scope
    from tests.fakes import evidence_sentence

    sentences = (evidence_sentence(FESTIVAL_2025, published=published),)
    scope = time_scope(question, date(2025, 12, 1))
    short = Rag._told_as_last_year(question, scope, sentences, Rag._short_answer(
        question, sentences
    ))
    assert short is not None and short.text == expected


RESCUE = [
    ("Two walkers were rescued from Striding Edge on Helvellyn on Saturday evening after "
     "becoming lost in thick fog.", 7.2),
    ("The pair, both from Manchester, called for help at about 6pm when they could no longer "
     "find the path.", 6.7),
    ("Patterdale Mountain Rescue Team sent 14 volunteers, who reached them just before 9pm.",
     4.3),
    ("It was the team's 87th call-out of the year, making 2025 its busiest year on record.",
     -0.2),
]


@pytest.mark.parametrize(
    ("question", "expected", "cited"),
    [
        # re-test 55: "The pair" are the walkers the sentence before names (refused before)
        ("Where were the rescued walkers from?", "Manchester", 2),
        # ... and a count asked by its noun is looked for in the report, under a lead that
        # says another count ("87th call-out" under "sent 14 volunteers"; refused before)
        ("How many call-outs has Patterdale Mountain Rescue Team had this year?", "87", 1),
    ],
)
def test_a_sentence_further_down_answers_through_the_group_or_the_counted_noun(
    question, expected, cited
):
    from rag.api import Rag

    ranked = _sentences(*RESCUE)
    chosen = ranked[2:3] if "call-outs" in question else ranked[:1]
    sentences, short = Rag._answer_further_down(question, chosen, ranked)
    assert short is not None and short.text == expected
    assert len(sentences) == cited and sentences[short.n - 1].sentence.startswith(
        ("The pair", "It was")
    )
    # (a generic count is no noun of its own: "How many people ...?")
    _, none = Rag._answer_further_down("How many people did the team rescue?", chosen, ranked)
    assert none is None or none.text != "87"


MILL = [
    ("The Grade II listed mill, built in 1842, had been converted into 48 flats in 2009.", 5.9),
    ("A separate grass fire on nearby Harden Moor on Monday was thought to have been started "
     "by a discarded cigarette.", 4.9),
    ("The blaze broke out at about 2am on Sunday and at its height 60 firefighters were at the "
     "scene.", 4.7),
    ("A fire that destroyed the former Brookside Mill in Holmebridge was probably caused by a "
     "faulty tumble dryer in the ground-floor laundry, fire investigators said.", 0.1),
]


def test_a_date_of_another_deed_gives_way_to_the_asked_deed_s():
    # re-test 55: "When did the Brookside Mill fire start?" had answered 1842 (the mill built)
    from rag.api import Rag

    ranked = _sentences(*MILL)
    short = Rag._short_answer("When did the Brookside Mill fire start?", ranked[:1])
    assert short.text == "1842"
    sentences, short = Rag._dated_by_its_verb(
        "When did the Brookside Mill fire start?", tuple(ranked[:1]), short, ranked
    )
    assert short.text == "2am on Sunday" and ranked[0] not in sentences
    # a date of the asked deed stands
    asked = "When was the mill built?"
    built = Rag._short_answer(asked, ranked[:1])
    assert Rag._dated_by_its_verb(asked, tuple(ranked[:1]), built, ranked)[1] == built


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # re-test 55: "A separate grass fire on nearby Harden Moor" had given the cause
        ("What started the blaze at Brookside Mill?", "faulty tumble dryer"),
        ("What caused the Brookside Mill fire?", "faulty tumble dryer"),
        # the other fire's cause is its own
        ("What started the grass fire on Harden Moor?", "discarded cigarette"),
    ],
)
def test_a_sentence_about_a_separate_event_gives_no_cause_of_the_named_one(question, expected):
    from rag.api import Rag
    from rag.evidence import with_cause

    ranked = _sentences(*MILL)
    sentences = with_cause(tuple(ranked[:2]), ranked, question)
    short = Rag._short_answer(question, sentences, ranked)
    assert short is not None and short.text == expected


STEPS = [
    ("Welsh rider Carys Powell won the Dales Hill Climb on Saturday, reaching the summit in 11 "
     "minutes 42 seconds.", 6.1),
    ("Twenty-two-year-old Megan Ellis took second place, nine seconds behind, after a late "
     "surge.", 5.6),
    ("Harrogate's Priya Shah was third in 12 minutes 5 seconds.", -5.7),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # re-test 55: the runner-up's sentence was not chosen beside the winner's (refused)
        ("Who was runner-up in the Dales Hill Climb?", "Megan Ellis"),
        ("Who finished third in the Dales Hill Climb?", "Priya Shah"),
    ],
)
def test_a_rank_asked_is_brought_from_the_report(question, expected):
    from rag.api import Rag

    ranked = _sentences(*STEPS)
    sentences, short = Rag._ranked_as_asked(question, tuple(ranked[:1]), None, ranked)
    # (beyond ANSWER_REACH of the best only a placing of the best's report: round 55, a
    # results table's "Place: 2nd; Name: Tomasz Wolny" 16 logits under the winner's lead)
    told = next(e for e in ranked if expected in e.sentence)
    assert short is not None and short.text == expected and sentences == (told,)


def test_a_rank_word_far_down_that_places_no_one_is_not_brought():
    from rag.api import Rag

    ranked = _sentences(
        *STEPS[:2], ("Shah, riding her second hill climb, said the gradient was brutal.", -6.0)
    )
    sentences, short = Rag._ranked_as_asked(
        "Who came second in the Dales Hill Climb?", tuple(ranked[:1]), None, ranked
    )
    assert short is not None and short.text == "Megan Ellis"
    ranked = _sentences(STEPS[0], ("Shah, in her second climb, said it was brutal.", -6.0))
    sentences, short = Rag._ranked_as_asked(
        "Who came second in the Dales Hill Climb?", tuple(ranked[:1]), None, ranked
    )
    assert short is None


def test_a_sum_the_report_says_is_undisclosed_is_no_other_figure_s():
    # re-test 55: "£24.99" (a membership fee) for "How much did Harbour Ridge pay for its stake?"
    from rag.api import Rag

    ranked = _sentences(
        ("PulseFit's membership fee will rise from £24.99 to £26.99 a month from January.", 6.1),
        ("Private equity firm Harbour Ridge Partners has bought a 40% stake in PulseFit for an "
         "undisclosed sum.", 5.5),
    )
    assert Rag._said_to_be_undisclosed(
        "How much did Harbour Ridge pay for its stake?", ranked[0], ranked
    ) == "undisclosed sum"
    # re-test 58: the report's own word, however far under a turnover the cross-encoder put it
    far = _sentences(
        ("The firm, founded in 1952, employs 230 people and had turnover of £41 million.", 7.4),
        ("Lindqvist Tools has been bought by Harlan Industries for an undisclosed sum.", 1.1),
    )
    assert Rag._said_to_be_undisclosed(
        "How much did Harlan Industries pay for Lindqvist Tools?", far[0], far
    )
    # final check 59: only a sum is undisclosed ("When was it founded?" had been refused)
    assert Rag._said_to_be_undisclosed("When was Lindqvist Tools founded?", far[0], far) is None
    assert Rag._said_to_be_undisclosed(
        "How many people does Lindqvist Tools employ?", far[0], far
    ) is None
    assert not Rag._said_to_be_undisclosed(
        "How much is the PulseFit membership fee?", ranked[0], ranked
    )


@pytest.mark.parametrize(
    ("question", "said", "not_told"),
    [
        # trial 60: the report says what is asked was not told, however low it ranked
        ("Which Yeardley's shops will close?", "The company did not name the nine shops.",
         "did not name the nine shops"),
        ("Which country did the first case travel from?", "She said the first case was linked "
         "to travel abroad, but she declined to name the country.", "declined to name the "
         "country"),
        ("How much of the stolen money has been recovered?", "The court did not hear how much "
         "of the money had been recovered so far.", "did not hear how much of the money had "
         "been recovered so far"),
        ("How many of the measles patients had been vaccinated?", "The agency did not say how "
         "many of the people infected had been vaccinated.", "did not say how many of the "
         "people infected had been vaccinated"),
        # ... not of another slot or another deed
        ("How many shops will Yeardley's close?", "The company did not name the nine shops.",
         None),
        ("How much did Threlfall steal?", "The court did not hear how much of the money had "
         "been recovered so far.", None),
        ("Which town is the chain based in?", "The company did not name the nine shops.", None),
        # round 39: a breakdown untold is not the whole asked, nor a word like "each" the
        # question's predicate
        ("How many shops will Yeardley's close?", "The company has not said how many shops "
         "will close in each town.", None),
        ("How much will Yeardley's save each year?", "The company has not said how many shops "
         "will close in each town.", None),
        ("How many shops will close in each town?", "The company has not said how many shops "
         "will close in each town.", "has not said how many shops will close in each town"),
        ("Who paid for the repairs?", "The council did not say who paid for the repairs.",
         "did not say who paid for the repairs"),
        ("Who opened the shop?", "The council did not say who paid for the repairs.", None),
    ],
)
def test_what_the_report_says_it_was_not_told_is_refused(question, said, not_told):
    from rag.api import Rag

    ranked = _sentences(
        ("Yeardley's Bakeries is to close nine of its 46 shops, putting 85 jobs at risk; a "
         "solicitor stole £340,000.", 8.0),
        (said, -8.3),
    )
    assert Rag._said_not_told(question, ranked[0], ranked) == not_told


def test_a_title_s_words_are_no_asked_place():
    # re-test 55: "in Stone" of "Carved in Stone" had made Stone a place the report's £9 was
    # not of ("How much does it cost adults to get in to Carved in Stone?" refused)
    from rag.api import Rag

    ranked = _one_report(
        ['"Carved in Stone" runs from 14 February to 31 August.',
         "Entry costs £9 for adults, and under-16s go free."], "show", "Carved in Stone opens",
    )
    assert not Rag._of_the_whole_not_the_asked_place(
        "How much does it cost adults to get in to Carved in Stone?", ranked[1], ranked
    )


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        ("Who is curating the Carved in Stone exhibition?",
         "Who is the curator of the Carved in Stone exhibition?"),
        ("Who led the inspection?", "Who was the leader of the inspection?"),
        ("Who heads the trust?", "Who is the head of the trust?"),
        # (a body may run, own or found a thing: read as asked)
        ("Who runs Kestrel?", "Who runs Kestrel?"),
        ("Who owns the mine?", "Who owns the mine?"),
        ("Who organised the protest?", "Who organised the protest?"),
        # trial 57: the role said "as" (refused at 0.40 before)
        ("Who looks after the animals as head keeper at Hollinbrook Zoo?",
         "Who is the head keeper at Hollinbrook Zoo?"),
        ("Who works as a cleaner?", "Who is the cleaner?"),
        ("Who is known as the Iron Lady?", "Who is known as the Iron Lady?"),
        # the asker's description before a name is no part of what is asked of them
        ("How old is the farmer Dafydd Pryce?", "How old is Dafydd Pryce?"),
        ("How old is the head of St Aldric's Academy?",
         "How old is the head of St Aldric's Academy?"),
        # round 57 (trial 86): a contest of prizes names its winner by the prize ("The top
        # prize of C$5,000 went to Luc Brisebois" was refused at 0.30)
        ("Who won the Lake Oskawin ice fishing derby?",
         "Who won the top prize at the Lake Oskawin ice fishing derby?"),
        ("Who won the baking competition at Kelby show?",
         "Who won the top prize at the baking competition at Kelby show?"),
        ("Who won this year's pub quiz?", "Who won the top prize at this year's pub quiz?"),
        # ... not a race, match or election, nor a question that names the prize already
        ("Who won the men's race?", "Who won the men's race?"),
        ("Who won the election?", "Who won the election?"),
        ("Who won the top prize at the show?", "Who won the top prize at the show?"),
        ("Who won the cup at the show?", "Who won the cup at the show?"),
    ],
)
def test_a_role_asked_by_its_verb_is_ranked_by_its_title(question, read_as):
    from rag.spans import reranker_question

    assert reranker_question(question) == read_as


def test_a_stated_change_in_another_sentence_is_the_answer_not_a_worked_one():
    # re-test 55: "By how much will the bin workers' pay go up?" had worked "£0.78" from the
    # two hourly rates beside "a pay rise of 6.2%"
    from rag.api import Rag

    ranked = _sentences(
        ("The deal lifts the basic hourly rate for loaders from £12.60 to £13.38.", 2.7),
        ("Refuse collectors in Calderbridge have voted to accept a pay rise of 6.2%.", 1.7),
    )
    assert Rag._compared("By how much will the bin workers' pay go up?", ranked) is None
    compared = Rag._compared("By how much will the loaders' hourly rate rise?", ranked[:1])
    assert compared is not None and compared[1].startswith("£0.78")


PIER = (
    "---\ntitle: Saltby pier reopens\ndate: 2025-07-05\n---\nSaltby's Victorian pier has "
    "reopened to the public after a two-year restoration costing £7.4 million.\n\nThe project "
    "was paid for by the National Lottery Heritage Fund, which gave £4.2 million, with the rest "
    "coming from the town council and a public appeal that raised £310,000.\n"
)


@pytest.mark.parametrize(
    ("question", "sentence", "never_named"),
    [
        # trial 57: "£4.2 million" (a grant) had answered the entry charge, which no report gives
        ("How much is the entry charge for the pier?", 1, True),
        ("How much is the adult ticket price for the pier?", 1, True),
        # (the figures the report gives stand)
        ("How much did the restoration cost?", 0, False),
        ("How much did the lottery fund give?", 1, False),
        ("How much is the restoration costing?", 0, False),
    ],
)
def test_a_figure_asked_by_words_its_report_never_says(rag, tmp_path, question, sentence,
                                                       never_named):
    from tests.fakes import evidence_sentence

    (tmp_path / "pier.md").write_text(PIER)
    rag.ingest(tmp_path)
    article_id = rag.store.articles()[0].id
    said = PIER.split("---\n")[-1].split("\n\n")[sentence].strip()
    chosen = evidence_sentence(said, article_id=article_id)
    assert rag._figure_the_report_never_names(question, chosen) is never_named


@pytest.mark.parametrize(
    ("question", "before", "another"),
    [
        # trial 64: the target raised is no revision of the sum raised
        ("How much has the fundraising page raised so far?",
         " from more than 900 donors, and the target has been ", True),
        ("How much will the insurers pay?", "The target was later ", True),
        # ... but the figure's own words, or the question's own noun, revise it
        ("How many hectares will be treated?", "It later ", False),
        ("How many homes were flooded?", ", later ", False),
        ("What is the fundraising target?", ", and the target has been ", False),
        ("How many hectares will be treated?", "The office later revised the figure and ", False),
    ],
)
def test_a_revision_of_another_thing_is_no_update(question, before, another):
    from rag.api import _revises_another_thing

    assert _revises_another_thing(question, before) is another


@pytest.mark.parametrize(
    ("question", "right"),
    [
        # trial 64: the grandmother's title of 1973 ranked over this year's champion
        ("Who won supreme champion of the cattle section?", "Ellie Drummond"),
        # ... unless the year is asked
        ("Who won supreme champion of the cattle section in 1973?", "Margaret Drummond"),
    ],
)
def test_a_sentence_of_years_gone_by_gives_way_to_the_report_s_own_time(question, right):
    # (only a past instance of the same thing: "first spotted by volunteer Grace Oduya during
    # a survey in 2021" is the asked event itself, see the next test)
    from rag.api import Rag

    sentences = _sentences(
        ("The supreme champion of the cattle section was a Hereford cow called Bramble, shown by "
         "19-year-old Ellie Drummond from Weston Farm.", 9.2),
        ("Her grandmother, Margaret Drummond, 81, won the same title with a Hereford in 1973.",
         9.4),
    )
    assert Rag._short_answer(question, sentences).text == right


def test_a_dated_sentence_that_tells_the_asked_event_keeps_its_answer():
    # news-051: the year rule had given "Saltmarsh" of the sentence before
    from rag.api import Rag

    sentences = _sentences(
        ("Researchers have described a new species of ground beetle, found only in the "
         "Saltmarsh nature reserve.", 8.0),
        ("The 4-millimetre insect was first spotted by volunteer Grace Oduya during a survey in "
         "2021.", 8.5),
    )
    assert Rag._short_answer("Who first found the new beetle species?", sentences).text == (
        "Grace Oduya"
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # round 39: a name's last words the reports also write alone in lower case ("the
        # club") are the name's where they go on it
        ("who is the captain of haddon park golf club",
         "who is the captain of Haddon Park Golf Club"),
        ("how many members does haddon park golf club have",
         "how many members does Haddon Park Golf Club have"),
        # ... not where they stand alone
        ("why is the club selling the course", "why is the club selling the course"),
        ("did haddon park members vote", "did Haddon Park members vote"),
    ],
)
def test_a_names_lower_case_words_are_cased_along_it(question, expected):
    from rag.api import cased_from

    hits = [
        _passage("Members of Haddon Park Golf Club have voted to sell the course. Club captain "
                 "Nigel Fairbrother said the club had debts. The members were told in May."),
    ]
    assert cased_from(question, hits) == expected


def _hit(article_id: str, index: int, score: float):
    from rag.types import Chunk, Hit

    return Hit(Chunk(f"{article_id}-{index}", article_id, index, "text", 0, 4), score, title="T")


def test_an_articles_further_relevant_chunks_come_before_irrelevant_ones():
    """round 39: "Prosecutor Mr Julian Ashby said ..." was in a court report's third chunk,
    capped away under other stories' chunks the cross-encoder scored -10.9."""
    from rag.retrieve import diversify

    court = [_hit("court", i, s) for i, s in ((2, 6.2), (1, 5.4), (0, 3.1))]
    others = [_hit("fire", 0, -10.9), _hit("lollipop", 0, -10.9), _hit("padel", 0, 1.5)]
    ranked = sorted(court + others, key=lambda h: -h.score)
    chosen = diversify(ranked, 5, 2, reranked=len(ranked))
    ids = [(h.chunk.article_id, h.chunk.index) for h in chosen]
    # every relevant chunk of the other reports first, then the report's third, then the rest
    assert ids == [("court", 2), ("court", 1), ("padel", 0), ("court", 0), ("fire", 0)]
    # hits no cross-encoder scored keep the cap as before
    capped = diversify(ranked, 5, 2, reranked=0)
    assert [(h.chunk.article_id, h.chunk.index) for h in capped][:4] == [
        ("court", 2), ("court", 1), ("padel", 0), ("fire", 0)
    ]


@pytest.mark.parametrize(
    ("question", "figure", "other_year"),
    [
        # round 39: the figure's own phrase dates it ("last year" of a 2025 report: 2024)
        ("how many people attended the 2022 tadworth switch-on", "about 6,000", True),
        ("How many people attended the switch-on in 2022?", "about 6,000", True),
        ("How many people attended the switch-on in 2024?", "about 6,000", False),
        ("How much did the switch-on cost in 2022?", "£11,000", False),
        ("How much would the switch-on cost in 2022?", "£28,000", True),
        # no single year asked: nothing to set against
        ("How many people attended the switch-on?", "about 6,000", False),
    ],
)
def test_a_figure_dated_by_its_own_phrase_to_another_year_is_not_the_asked_years(
    question, figure, other_year
):
    from datetime import date

    from rag.api import _of_another_year
    from rag.timeexpr import time_scope
    from rag.types import ShortAnswer
    from tests.fakes import evidence_sentence

    sentence = ("The event, which attracted about 6,000 people last year, would have cost "
                "£28,000 this year, up from £11,000 in 2022.")
    told = evidence_sentence(sentence, article_id="lights", published="2025-11-03", score=5.0,
                             start=100)
    at = sentence.index(figure)
    short = ShortAnswer(figure, 1, "lights", 100 + at, 100 + at + len(figure))
    scope = time_scope(question, date(2025, 11, 3))
    assert _of_another_year(scope, told, short) is other_year


def test_a_post_still_sought_is_no_lead_to_the_next_name():
    # round 39: "Who was the show director before?" gave "Secretary Helen Kaye", the next
    # sentence's name, for a lead that says the post is still sought
    from rag.api import Rag

    ranked = _sentences(
        ("A new show director is still being sought after Graham Pell stepped down in the "
         "spring.", 5.0),
        ("Secretary Helen Kaye is running the show this year.", 3.0),
    )
    chosen = (ranked[0],)
    question = "Who was the show director before?"
    short = Rag._short_answer(question, chosen)
    _, found = Rag._named_after_the_lead(question, chosen, short, ranked)
    assert found is not None and found.text == "Graham Pell"


# Round 41 (trial 66's leftovers): the one sentence of the best report that says the asked
# deed, figure or cost in the report's own shorthand, however far under the lead it ranks.
PADEL = [
    ("Mr Pettit said work on the padel courts was expected to start in June.", 2.1),
    ("Plans for three padel courts at Millbrook Tennis Club have been approved.", -2.9),
    ("The club last expanded in 2011, when it built a clubhouse for £95,000.", -3.0),
    ("The £240,000 development will replace two ageing grass courts at the club.", -5.1),
]
QUADS = [
    ("A man who stole 11 quad bikes from farms across the Harrowdale Hills has been jailed.",
     2.6),
    ("Farmer Margaret Hollins, 52, whose two quad bikes were stolen in August, spoke.", 2.2),
    ("Her husband had to borrow a neighbour's vehicle to check the sheep.", -0.9),
    ("The court heard the vehicles, worth a total of £87,000, were taken over five months "
     "last year and sold in Northern Ireland.", -3.7),
]
LIGHTS = [
    ("Thousands of street lights across Harrowdale will be switched off between midnight and "
     "5am under plans to save money.", 3.7),
    ("The council's cabinet agreed the proposal on Friday by six votes to two.", 3.1),
    ("A similar scheme in neighbouring Wendlebury in 2016 was partly reversed.", -1.5),
    ("The change is due to begin on 1 April.", -8.0),
]


def _rows_of_one_report(rows, title, other_report_at=None):
    from tests.fakes import evidence_sentence

    return [
        evidence_sentence(e.sentence, start=e.start, end=e.end, score=e.score, title=title,
                          article_id="b2" if i == other_report_at else "b1")
        for i, e in enumerate(_sentences(*rows))
    ]


@pytest.mark.parametrize(
    ("question", "rows", "title", "other_report_at", "expected"),
    [
        ("how much will the padel courts cost", PADEL, "Padel courts approved", None,
         ("£240,000", PADEL[3][0])),
        # (in another report, the priced development is no padel court of this one)
        ("how much will the padel courts cost", PADEL, "Padel courts approved", 3, None),
        ("what were the stolen quad bikes worth", QUADS,
         "Man jailed for stealing quad bikes from Harrowdale farms", None,
         ("£87,000", QUADS[3][0])),
        ("How much were the quad bikes worth?", QUADS,
         "Man jailed for stealing quad bikes from Harrowdale farms", None,
         ("£87,000", QUADS[3][0])),
        # (a headline of another story lends it nothing the question asks)
        ("what were the stolen quad bikes worth", QUADS, "Farm vehicle crime rises", None,
         None),
        ("When does the street light switch-off begin", LIGHTS,
         "Street lights to be switched off overnight", None, ("1 April", LIGHTS[3][0])),
        ("when will the switch-off start", LIGHTS, "Street lights to be switched off overnight",
         None, ("1 April", LIGHTS[3][0])),
        # (a deed the sentence does not say: nothing)
        ("When will the switch-off end?", LIGHTS, "Street lights to be switched off overnight",
         None, None),
    ],
)
def test_the_best_report_s_own_shorthand_further_down(
    question, rows, title, other_report_at, expected
):
    from rag.api import Rag

    ranked = _rows_of_one_report(rows, title, other_report_at)
    chosen = tuple(ranked[:2])
    _check_further_down(Rag._answer_further_down(question, chosen, ranked), chosen, expected)


HUB_FIRST = [
    ("Work on a £2.4m charging hub at Harwick's Mill Road bus depot will begin in May.", 7.7),
    ("The scheme will allow Greyline Buses to run 18 electric double-deckers by next year.", 7.1),
]
HUB_LATER = [
    ("Completion has slipped from December to next April.", -2.8),
    ("A report blamed a shortage of transformer equipment.", -5.3),
]


@pytest.mark.parametrize(
    ("question", "later_title", "expected"),
    [
        # a when-question's deed said by a newer report of the same story, by a noun of it
        ("When will the Harwick charging hub be completed?", "Cost of Harwick charging hub "
         "rises to £3.1m", "next April"),
        ("When is the charging hub now expected to be finished?", "Cost of Harwick charging hub "
         "rises to £3.1m", "next April"),
        # (a report of another story lends its completion date to nothing asked here)
        ("When will the Harwick charging hub be completed?", "Tilbeck cinema roof repairs "
         "delayed", None),
        # (nor does a deed the newer report does not say)
        ("When will the Harwick charging hub open?", "Cost of Harwick charging hub rises to "
         "£3.1m", None),
    ],
)
def test_a_when_deed_said_by_a_newer_report_of_the_story(question, later_title, expected):
    from rag.api import Rag
    from tests.fakes import evidence_sentence

    rows = [(*row, "h1", "Harwick bus depot to get electric charging hub") for row in HUB_FIRST]
    rows += [(*row, "h2", later_title) for row in HUB_LATER]
    ranked = [
        evidence_sentence(text, score=score, article_id=article, title=title)
        for text, score, article, title in rows
    ]
    chosen = tuple(ranked[:2])
    sentences, short = Rag._answer_further_down(question, chosen, ranked)
    assert (short.text if short is not None else None) == expected
    if expected is not None:
        assert [e.article_id for e in sentences] == ["h2"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("where were the stolen quad bikes sold", "Northern Ireland"),
        ("Where were the quad bikes sold?", "Northern Ireland"),
        # (where they were stolen from is said with its own deed: it stands)
        ("Where were the quad bikes stolen from?", "farms"),
        # (a question of where a thing is held asks no deed)
        ("Where is the court?", None),
    ],
)
def test_a_place_said_with_the_asked_deed(question, expected):
    from rag.api import Rag

    ranked = _rows_of_one_report(QUADS, "Man jailed for stealing quad bikes")
    chosen = tuple(ranked[:2])
    short = Rag._short_answer(question, chosen)
    if short is None:
        assert expected is None
        return
    sentences, found = Rag._said_with_its_verb(question, chosen, short, ranked)
    assert expected in found.text


def test_where_and_when_verbs():
    from rag.spans import where_verb

    assert where_verb("where were the stolen quad bikes sold") == where_verb(
        "Where was the car sold?"
    ) is not None
    assert where_verb("Where is the festival held?") is None
    assert where_verb("Where did the crash happen?") is None
    assert where_verb("Who sold the bikes?") is None
    assert where_verb("When does the switch-off begin?", "when") == where_verb(
        "When does the work begin?", "when"
    ) is not None


CORRAN = [
    ("A Borders knitwear maker is to take on 40 new staff after signing a three-year deal.", 1.8),
    ("Corran Knitwear will make 60,000 jumpers a year for Norrvik under the agreement.", 6.2),
    ("The new jobs will include machinists, finishers and two designers.", 7.1),
]
SINKHOLE = [
    ("A sinkhole about four metres across opened on Gransby's Market Street on Tuesday.", -0.2),
    ("Nobody was hurt.", -0.7),
    ("Engineers from Yorkshire Water believe a collapsed Victorian sewer was to blame.", -6.6),
]


@pytest.mark.parametrize(
    ("question", "rows", "title", "expected"),
    [
        # a report's lead says its main figure, by a word of the same sense ("staff", "jobs")
        ("How many jobs will Corran Knitwear create?", CORRAN, "Knitwear firm to take on staff",
         ("40", CORRAN[0][0])),
        # (nor does a count of another noun answer)
        ("How many designers will Corran Knitwear hire?", CORRAN,
         "Knitwear firm to take on staff", None),
        # a cause said as what was to blame, far under the lead
        ("What caused the sinkhole?", SINKHOLE, "Sinkhole closes Gransby street",
         ("collapsed Victorian sewer", SINKHOLE[2][0])),
        # (a why-question is answered by the sentences as a whole: no phrase is taken)
        ("Why did the sinkhole open?", SINKHOLE, "Sinkhole closes Gransby street", None),
    ],
)
def test_a_lead_s_figure_and_a_cause_further_down(question, rows, title, expected):
    from rag.api import Rag

    ranked = sorted(_rows_of_one_report(rows, title), key=lambda e: -e.score)
    chosen = tuple(ranked[:2])
    _check_further_down(Rag._answer_further_down(question, chosen, ranked), chosen, expected)


BALLOON = [
    ("A weather balloon launched by pupils at St Aidan's Primary School climbed to almost 31 "
     "kilometres before bursting.", 2.2),
    ("The balloon carried a camera and a temperature sensor.", 2.5),
    ("It landed two and a half hours later near Tarbury, where it was found by walker Gemma "
     "Lowe.", 1.0),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # round 41: a doer asked by an irregular past ("found") is named where the deed is said
        ("Who found the weather balloon when it came down?", "Gemma Lowe"),
        ("Who found the balloon?", "Gemma Lowe"),
        # (the deed said with the first name: it stands)
        ("Who launched the weather balloon?", None),
    ],
)
def test_a_doer_said_with_an_irregular_past(question, expected):
    from rag.api import Rag

    ranked = sorted(_rows_of_one_report(BALLOON, "Pupils' balloon reaches the edge of space"),
                    key=lambda e: -e.score)
    chosen = tuple(e for e in ranked if e.sentence.startswith("A weather"))
    short = Rag._short_answer(question, chosen)
    sentences, found = Rag._said_with_its_verb(question, chosen, short, ranked)
    assert found.text == (expected or short.text)


@pytest.mark.parametrize(
    ("question", "rows", "title"),
    [
        # (the eval's follow-up set: "according to Volodymyr Zelensky" says who said so;
        # another sentence with a "said" names no source of it)
        ("Who said so (How much territory has Ukraine retaken this month)?", [
            ("Ukraine has retaken about 6,000 square kilometres this month, according to "
             "Volodymyr Zelensky.", 5.0),
            ("Ukraine's military intelligence said the general in charge of Russia's western "
             "army group had been fired.", 1.0),
        ], "Ukraine retakes territory"),
        # (squad2-dev: "at a constant velocity", said with "dropped", is no place the
        # cannonball lands: a where-deed gives way only to a named place)
        ("Where does a cannonball dropped from the crow's nest of a ship actually land?", [
            ("However, when this experiment is conducted, the cannonball always falls at the "
             "foot of the mast.", 5.0),
            ("If a mariner dropped a cannonball from a ship moving at a constant velocity, it "
             "would land far behind.", 1.0),
        ], "Galilean relativity"),
    ],
)
def test_the_chosen_answer_stands_where_no_sentence_says_the_deed_better(question, rows, title):
    from rag.api import Rag

    ranked = _rows_of_one_report(rows, title)
    chosen = (ranked[0],)
    short = Rag._short_answer(question, chosen)
    assert Rag._said_with_its_verb(question, chosen, short, ranked) == (chosen, short)


KESTLE = [
    ("The Green Party's Imogen Varley has won the Kestle ward by-election on Dunmore Town "
     "Council.", 6.0),
    ("Ms Varley, 29, a primary school teacher, received 642 votes.", 7.5),
    ("Conservative Derek Hollins came second with 518, and Labour's Sanjay Mehta was third with "
     "301.", 5.1),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a figure asked of one the question names is that one's, from the sentence naming them
        ("How many votes did Labour's candidate get in Kestle?", "301"),
        ("How many votes did the Conservative candidate get?", "518"),
        # (the one named before, or in the headline, is the winner's sentence's own)
        ("How many votes did the Greens get in Kestle?", "642"),
        ("How many votes did Imogen Varley get?", "642"),
        # (a name no sentence of the report says leaves the answer as found)
        ("How many votes did the Liberal Democrats get?", "642"),
    ],
)
def test_a_figure_of_the_one_the_question_names(question, expected):
    from rag.api import Rag

    ranked = sorted(
        _rows_of_one_report(KESTLE, "Greens win Kestle by-election"), key=lambda e: -e.score
    )
    ordered = tuple(sorted(ranked[:2], key=lambda e: e.start))
    short = Rag._short_answer(question, ordered)
    sentences, short = Rag._of_the_one_named(question, ordered, short, ranked)
    assert short is not None and short.text == expected
    assert expected in sentences[short.n - 1].sentence


@pytest.mark.parametrize(
    ("question", "sentence", "before", "kept"),
    [
        # a role held by a deed (owning, founding) is said with it; a name merely quoted is no
        # holder of it
        ("Who owns the Gransby Arms hotel?", "One of them, Margaret Howe, 83, said firefighters "
         "had helped her out of her flat.", "Residents were put up overnight at the Gransby "
         "Arms hotel.", False),
        ("Who founded Corran Knitwear?", "Fiona Dalgleish said the order was the largest in "
         "the company's history.", "Corran Knitwear will make 60,000 jumpers a year.", False),
        # ... said by its verb, its word or a verb of taking it
        ("Who owns the Gransby Arms hotel?", "Margaret Howe bought the Gransby Arms hotel in "
         "2019.", "", True),
        ("Who owns the Gransby Arms hotel?", "Its owner, Margaret Howe, said the rooms were "
         "full.", "", True),
        ("Who founded Corran Knitwear?", "The firm was founded in 1952 by Hamish Corran.", "",
         True),
        ("Who founded Corran Knitwear?", "Hamish Corran set up the firm in 1952.", "", True),
        # (an office holder quoted is left to the rules of offices)
        ("Who leads the council?", "Naomi Fairbairn said the budget was balanced.", "", True),
    ],
)
def test_a_role_held_by_a_deed_is_said_with_it(question, sentence, before, kept):
    from rag.api import Rag
    from rag.evidence import EvidenceSet
    from tests.fakes import evidence_sentence

    rows = ([evidence_sentence(before, score=1.0)] if before else []) + [
        evidence_sentence(sentence, start=len(before) + 1 if before else 0,
                          end=len(before) + 1 + len(sentence) if before else len(sentence),
                          score=3.0)
    ]
    chosen = (rows[-1],)
    short = Rag._short_answer(question, chosen)
    assert short is not None
    evidence = EvidenceSet(sentences=chosen, best_score=3.0, refused=False,
                           ranked=tuple(sorted(rows, key=lambda e: -e.score)))
    _, found = Rag._titled_holder(question, chosen, short, evidence)
    assert (found == short) is kept


FITCH = [
    ("The headteacher of St Margaret's CofE Primary School in Wendlebury, Eleanor Fitch, is to "
     "retire at the end of the summer term after 22 years in charge.", 4.5),
    ("She will be succeeded in September by the deputy head, Daniel Osei, 41, who has taught "
     "at the school for nine years.", -4.9),
    ("Mr Osei said he wanted to keep the school's forest school sessions.", -10.3),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a who-question's deed said by a sentence of the best report far under its lead
        ("Who will succeed Eleanor Fitch as head of St Margaret's?", "Daniel Osei"),
        ("Who will replace Eleanor Fitch?", "Daniel Osei"),
        ("Who succeeds Eleanor Fitch?", "Daniel Osei"),
        # (a deed no sentence says, or whom a deed is done to, finds no one there)
        ("Who will coach the school's netball team?", None),
        ("Who did Eleanor Fitch replace?", None),
    ],
)
def test_a_who_deed_said_further_down_the_best_report(question, expected):
    from rag.api import Rag

    ranked = _rows_of_one_report(FITCH, "Wendlebury headteacher retires after 22 years")
    chosen = tuple(ranked[:1])
    sentences, short = Rag._answer_further_down(question, chosen, ranked)
    assert (short.text if short is not None else None) == expected


CHIMNEY = [
    ("The 68-metre chimney at the former Hollins Mill in Oakbury is to be taken down brick by "
     "brick after it was declared unsafe.", 4.9),
    ("The chimney was built in 1871, when the mill employed more than 900 people.", 4.7),
    ("Its owner, the developer Pennine Crest Homes, plans to build 120 homes on the site.",
     -1.3),
    ("The work will be carried out by steeplejacks from Duggan Heights Ltd and is due to start "
     "on 9 February.", -2.7),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the report's deed said as "the work" and who does it, under the lead that tells it
        ("Which firm is taking the chimney down?", "Duggan Heights Ltd"),
        ("Which company is demolishing the Hollins Mill chimney?", "Duggan Heights Ltd"),
        ("who is taking down the chimney", "Duggan Heights Ltd"),
        ("Who will take the chimney down?", "Duggan Heights Ltd"),
        # (not for what the work does not do: the owner, or whom the homes are for)
        ("Who owns the chimney?", None),
        ("How many homes will be built?", None),
    ],
)
def test_the_doer_of_a_report_s_deed_said_as_the_work(question, expected):
    from rag.api import Rag

    ranked = _rows_of_one_report(CHIMNEY, "Hollins Mill chimney to be taken down brick by brick")
    chosen = tuple(ranked[:1])
    _, short = Rag._answer_further_down(question, chosen, ranked)
    found = short.text if short is not None else None
    assert (found == expected) if expected else found != "Duggan Heights Ltd"


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # a thing the question names by a name, said in the sentence with another name
        ("How much did the Tinbury lido restoration cost?", "Kelsham Lido will reopen in June "
         "after councillors approved a £2.4 million refurbishment.", True),
        ("How many votes did Labour's candidate get in Kestle?", "The Green candidate received "
         "642 votes.", True),
        # ... not the same name, nor a word opening the sentence
        ("How much did the Kelsham lido restoration cost?", "Kelsham Lido will reopen after a "
         "£2.4 million refurbishment.", False),
        ("How many votes did Labour's candidate get in Kestle?", "The candidate received 642 "
         "votes.", False),
        ("How many votes did the Labour candidate get?", "Ms Varley received 642 votes.", False),
        # (squad2-dev: a possessive is the same name, and "most" is no thing)
        ("what other digital TV service took Sky UK Limited's most popular spot?", "It was the "
         "UK's most popular digital TV service until it was overtaken by Freeview.", False),
    ],
)
def test_a_thing_named_otherwise(question, sentence, expected):
    from rag.api import _another_of_the_named_thing

    assert _another_of_the_named_thing(question, sentence) is expected


def test_a_figure_of_a_thing_named_otherwise_is_no_answer():
    from rag.api import Rag

    rows = [
        ("Kelsham Lido will reopen in June after councillors approved a £2.4 million "
         "refurbishment of the 1937 open-air pool.", 6.0),
        ("Kelsham Town Council voted to award the contract to Marlow & Venn Ltd, a Bristol firm "
         "that restored the lido in Tinbury in 2022.", 2.0),
    ]
    ranked = _rows_of_one_report(rows, "Kelsham Lido refurbishment approved")
    question = "How much did the Tinbury lido restoration cost?"
    short = Rag._short_answer(question, tuple(ranked[:1]))
    assert short is not None and short.text == "£2.4 million"
    assert Rag._of_the_one_named(question, tuple(ranked[:1]), short, ranked)[1] is None
    # (asked of the lido the sentence names, it stands)
    question = "How much did the Kelsham lido restoration cost?"
    short = Rag._short_answer(question, tuple(ranked[:1]))
    assert Rag._of_the_one_named(question, tuple(ranked[:1]), short, ranked)[1] == short


def test_a_figure_said_of_no_other_one_stays_with_the_asked_body():
    # realtimeqa-dev (round 42's end run): "The 2024 announcement brings the program impact to $2
    # billion" names no one else, so the agency's other sentence ("nearly $1 billion", one
    # round of awards) does not replace it for want of the agency's name
    from rag.api import Rag
    from tests.fakes import evidence_sentence

    rows = [
        ("The 2024 announcement brings the program impact to $2 billion in awards, according to "
         "the press release.", 8.0, 0),
        ("The U.S. Environmental Protection Agency announced some 67 grantees set to receive "
         "nearly $1 billion, for electric school buses.", 6.0, 200),
    ]
    ranked = [
        evidence_sentence(text, score=score, start=start, end=start + len(text),
                          title="Electric school buses")
        for text, score, start in rows
    ]
    question = ("What is the total amount of funding that the U.S. Environmental Protection "
                "Agency has awarded for electric school buses as of 2024?")
    short = Rag._short_answer(question, (ranked[0],))
    assert short is not None and short.text == "$2 billion"
    assert Rag._of_the_one_named(question, (ranked[0],), short, ranked)[1] == short


def test_a_name_said_far_from_another_figure_does_not_take_it():
    # squad2-dev (round 42's end run): "Scotland" said at the head of a long sentence whose
    # figure ("at least 40%") is the threshold of an act, not Scotland's turnout
    from rag.api import Rag

    rows = [
        ("In all, 32.9% of the electorate did not vote, though Labour urged them to.", 7.0),
        ("Under the terms of the Scotland Act 1978, an elected assembly would be set up in "
         "Edinburgh provided that the majority of the electorate voted for it in a referendum "
         "that represented at least 40% of the total electorate.", 5.0),
    ]
    ranked = _rows_of_one_report(rows, "Scottish devolution")
    question = "What percentage of Scotland's voting population failed to actually vote?"
    from rag.types import ShortAnswer

    first = ranked[0]
    at = first.sentence.index("32.9%")
    short = ShortAnswer("32.9%", 1, first.article_id, first.start + at, first.start + at + 5)
    assert Rag._of_the_one_named(question, tuple(ranked[:1]), short, ranked)[1] == short


@pytest.mark.parametrize(
    ("question", "unclear"),
    [
        # a pronoun the question's own noun of a doer stands before
        ("How much money did the rogue roofer take from his victims in total?", None),
        ("Who alerted the bank cashier to his withdrawals?", None),
        ("How long has the fisherman owned his boat?", None),
        ("What did the nurse say about her shifts?", None),
        # round 44: an animal a report calls "she" ("the seal pup ... she")
        ("How much did the seal pup weigh when she was found?", None),
        ("When was the foal born and who bought him?", None),
        # ... not a pronoun with no one before it
        ("How old is he?", "he"),
        ("What did she say about the cuts?", "she"),
    ],
)
def test_a_pronoun_after_a_doer_named_in_the_question(question, unclear):
    from rag.api import _unresolved_person

    assert _unresolved_person(question) == unclear


PARKING = [
    ("Patients and visitors at Ravensworth General Hospital will have to pay to park for the "
     "first time from 1 April, the trust that runs it has confirmed.", 3.7),
    ("The trust's board approved the charges at its meeting on Thursday by six votes to three.",
     5.1),
]
PARKING_UPDATE = ("Car park charges at Ravensworth General Hospital will now start on 1 June "
                  "instead of 1 April, and will cost more than first planned.")


def test_a_date_of_another_deed_gives_way_within_its_own_report():
    """The older report, chosen for "originally", ranks under the update: the date of the
    asked deed ("from 1 April") is looked for within reach of that report's best sentence,
    not of the update's."""
    from rag.api import Rag
    from rag.types import ShortAnswer
    from tests.fakes import evidence_sentence

    question = "When were the Ravensworth parking charges originally due to start?"
    ranked = sorted(
        [evidence_sentence(PARKING_UPDATE, score=7.6, article_id="b2")]
        + _rows_of_one_report(PARKING, "Hospital parking charges approved"),
        key=lambda e: -e.score,
    )
    chosen = tuple(e for e in ranked if "Thursday" in e.sentence)
    # (round 60: the approval's date is read as none for a planned start at all, "approved the
    # charges at its meeting on Thursday" being a deed done; the step below still corrects it
    # where an earlier step chose it)
    assert Rag._short_answer(question, chosen) is None
    at = chosen[0].start + chosen[0].sentence.index("Thursday")
    short = ShortAnswer("Thursday", 1, chosen[0].article_id, at, at + len("Thursday"))
    sentences, found = Rag._dated_by_its_verb(question, chosen, short, ranked)
    assert found.text.endswith("1 April") and "from 1 April" in sentences[found.n - 1].sentence


INFIRMARY = [
    ("Patients and visitors at Ravensworth General Hospital will have to pay to park for the "
     "first time from 1 April.", 2.0),
    ("It is one of only a handful of hospitals in the region where parking is still free; "
     "Kelbrook Infirmary, run by the same trust, has charged since 2009.", 1.0),
    ("The main car park, off Coldharbour Lane, has 412 spaces.", 3.0),
    ("The two smaller car parks by the maternity unit and the outpatients block have 96 and 58 "
     "spaces.", 3.5),
]


@pytest.mark.parametrize(
    ("question", "of_the_lead_s_one"),
    [
        # a figure of a sentence naming no one, in a report whose lead is another's
        ("How many parking spaces does Kelbrook Infirmary have?", True),
        # ... not when the question names the lead's one, or names no one
        ("How many parking spaces does Ravensworth General Hospital have?", False),
        ("How many parking spaces are there?", False),
    ],
)
def test_a_figure_of_the_lead_s_one(question, of_the_lead_s_one):
    """(CI caught "Pryce, 71, said ..." refused for "How old is Ann Pryce?": a surname said is
    the person's; `test_a_surname_said_is_no_other_one` below.)"""
    from rag.api import _a_figure_of_the_lead_s_one

    ranked = sorted(
        _rows_of_one_report(INFIRMARY, "Hospital parking charges approved"),
        key=lambda e: -e.score,
    )
    chosen = next(e for e in ranked if "58" in e.sentence)
    assert _a_figure_of_the_lead_s_one(question, chosen, ranked) is of_the_lead_s_one


HONEY_SHOW = [
    ("An 81-year-old beekeeper from Coldby has won best in show at the Fellhaven Beekeepers' "
     "Association annual honey show.", 7.3),
    ("Marjorie Tate, who has kept bees for more than 50 years, won the top award for a jar of "
     "heather honey.", 2.1),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a lead telling of the winner without a name, then the name opening the next sentence
        (HONEY_SHOW, "Marjorie Tate"),
        # ... not when the lead names someone, nor when the next sentence opens with no name
        ([("Marjorie Tate has won best in show at the honey show.", 7.3), HONEY_SHOW[1]], None),
        ([HONEY_SHOW[0], ("The show drew 400 entries.", 2.1)], None),
    ],
)
def test_a_who_question_named_after_an_unnamed_lead(rows, expected):
    from rag.api import Rag

    ranked = _rows_of_one_report(rows, "Coldby beekeeper wins best in show")
    _, short = Rag._named_after_an_unnamed_lead("Who won best in show?", (ranked[0],), ranked)
    assert (short.text if short is not None else None) == expected


def test_the_work_by_a_firm_says_its_doer():
    from rag.api import _THE_WORK_DONE_BY

    assert _THE_WORK_DONE_BY.search("The work, by the Marden conservation builders Hollis & "
                                    "Crane, will replace the roof.")
    assert _THE_WORK_DONE_BY.search("The contract was awarded to Hale & Byrne.")
    assert not _THE_WORK_DONE_BY.search("The work will take ten weeks.")


def test_a_surname_said_is_no_other_one():
    from rag.api import _a_figure_of_the_lead_s_one

    rows = [
        ("A silver tea set made in London in 1792 sold for £18,400 at Hale's auction rooms.",
         2.0),
        ("Pryce, 71, said she was delighted.", 3.0),
    ]
    ranked = sorted(_rows_of_one_report(rows, "Tea set sells for £18,400"), key=lambda e: -e.score)
    chosen = next(e for e in ranked if "71" in e.sentence)
    assert not _a_figure_of_the_lead_s_one("How old is Ann Pryce?", chosen, ranked)


def test_a_sentence_opening_with_a_name_names_someone():
    """(the end runs caught "Haddad said she had spent six years making the film" refused for
    "How long did The Salt Road take to make?": the name opening it is a name)"""
    from rag.api import _a_figure_of_the_lead_s_one

    rows = [
        ("The audience award went to The Salt Road, a documentary by Leila Haddad.", 2.0),
        ("Haddad said she had spent six years making the film.", 3.0),
    ]
    ranked = sorted(_rows_of_one_report(rows, "Festival awards"), key=lambda e: -e.score)
    chosen = next(e for e in ranked if "six years" in e.sentence)
    assert not _a_figure_of_the_lead_s_one(
        "How long did The Salt Road take to make?", chosen, ranked
    )


HOUSING = [
    ("The developer, Harland Homes, said the scheme would include 72 affordable homes and a new "
     "primary school.", 2.3),
    ("Councillors will decide the application on 12 November.", -1.5),
    ("Plans for 240 homes on farmland west of Kelby have drawn 63 objections, the district "
     "council has said.", -1.7),
]


@pytest.mark.parametrize(
    ("question", "rows", "expected"),
    [
        # round 44: a count of a kind gives way to the whole count of the same report
        ("How many homes will be built?", HOUSING, "240"),
        ("How many homes are planned?", HOUSING, "240"),
        # ... not when the kind is asked, nor when the report counts only the kind
        ("How many affordable homes will there be?", HOUSING, "72"),
        ("How many homes will be built?", HOUSING[:2], "72"),
        # round 46: a sort a whole is said to include gives way to the whole's count, said
        # with words of its own
        ("How many clocks did Anthony Rusholme donate?", [
            ("Mr Anthony Rusholme, 88, spent 52 years building the collection, which includes "
             "23 longcase clocks and a rare bracket clock.", 7.8),
            ("A retired surgeon has donated his collection of 140 antique clocks to Castlegate "
             "Museum.", 0.9),
        ], "140"),
        ("How many longcase clocks does the collection include?", [
            ("Mr Anthony Rusholme, 88, spent 52 years building the collection, which includes "
             "23 longcase clocks and a rare bracket clock.", 7.8),
            ("A retired surgeon has donated his collection of 140 antique clocks to Castlegate "
             "Museum.", 0.9),
        ], "23"),
        # ... nor by a number of another thing (trial 74: a police reference for the coins)
        ("How many coins were stolen?", [
            ("Police are appealing for witnesses after 14 Roman silver coins were stolen from "
             "Ravensworth Museum.", 3.9),
            ("Anyone with information is asked to call 101, quoting reference 12260228.", -2.0),
        ], "14"),
    ],
)
def test_a_count_of_a_kind_gives_way_to_the_whole(question, rows, expected):
    from rag.api import Rag

    ranked = _rows_of_one_report(rows, "Objections pile up over Kelby housing plan")
    short = Rag._short_answer(question, (ranked[0],))
    _, short = Rag._counted_whole(question, (ranked[0],), short, ranked)
    assert short.text == expected


TRUST = [
    ('"There were people in tears in the foyer tonight," said the trust\'s chair.', 4.1),
    ("Colin Ashworth, 69, a retired architect who has led the campaign since 2014, said the "
     "first production had sold out.", 2.6),
]
DIG = [
    ('"We knew within a day that this was something special," said the dig\'s director.', 3.9),
    ("Dr Naomi Fielding, of Cotswold Archaeology, said at least 11 rooms had been found.", -1.0),
]
CLUB = [
    ('"It is going to be a tough nine months," said the woman who runs the club.', 6.2),
    ("Sandra Cole, its head coach for 11 years, added that the club had been promised lanes.",
     0.0),
]


@pytest.mark.parametrize(
    ("question", "rows", "expected"),
    [
        # trial 77: a quote closed by its speaker's part, the name opening the next sentence
        ("Who chairs the Dunmore Regent Trust?", TRUST, "Colin Ashworth"),
        ("Who is the chair of the Dunmore Regent Trust?", TRUST, "Colin Ashworth"),
        ("How old is the chair of the Dunmore Regent Trust?", TRUST, "69"),
        ("Who is the director of the Thornbury dig?", DIG, "Dr Naomi Fielding"),
        ("Who is directing the excavation?", DIG, "Dr Naomi Fielding"),
        ("Who is the woman who runs the Halsworth Otters?", CLUB, "Sandra Cole"),
        # near misses: another part, or no name after the quote
        ("Who is the treasurer of the Dunmore Regent Trust?", TRUST, None),
        ("Who is the chair of the Dunmore Regent Trust?", TRUST[:1], None),
    ],
)
def test_a_quote_s_speaker_is_named_in_the_next_sentence(question, rows, expected):
    from rag.api import Rag

    ranked = _rows_of_one_report(rows, "Regent Theatre reopens")
    _, short = Rag._the_speaker_named_next(question, tuple(ranked[:1]), None, ranked)
    assert (short.text if short else None) == expected


@pytest.mark.parametrize(
    ("part", "question", "plays"),
    [
        ("trust's chair", "Who chairs the Dunmore Regent Trust?", True),
        ("dig's director", "Who is directing the excavation?", True),
        ("station's coxswain", "How old is the coxswain of Porthcarrow lifeboat station?", True),
        ("woman who runs the club", "Who is the woman who runs the Halsworth Otters?", True),
        # a part that leads a body, asked by its deed ("leading", "leads")
        ("excavation's director", "Who is leading the excavation on the Ledwell bypass?", True),
        ("man who leads the choir", "Who leads the Ledwell Male Voice Choir?", True),
        ("excavation's director", "Who is leading the inquiry?", False),
        # (final check 148: "the head groundsman" asks no one who heads the club)
        ("club's chair", "Who is the head groundsman at Oakhurst Cricket Club?", False),
        ("club's chair", "Who heads Oakhurst Cricket Club?", True),
        ("trust's chair", "Who is the trust's treasurer?", False),
        ("woman who runs the club", "Who is the manager of the leisure centre?", False),
    ],
)
def test_the_part_a_quote_names_is_the_asked_one(part, question, plays):
    from rag.api import _plays_the_asked_part

    assert _plays_the_asked_part(part, question) is plays


@pytest.mark.parametrize(
    ("question", "part", "name", "asked"),
    [
        ("How old is the chair of the Dunmore Regent Trust?", "trust's chair", "Colin Ashworth",
         "How old is Colin Ashworth?"),
        ("How old is the coxswain of Porthcarrow lifeboat station?", "station's coxswain",
         "Mark Penhaligon", "How old is Mark Penhaligon?"),
        ("How long has the coxswain volunteered at the station?", "station's coxswain",
         "Mark Penhaligon", "How long has Mark Penhaligon volunteered at the station?"),
        ("Where does Ruth Kellow live?", "trust's chair", "Colin Ashworth",
         "Where does Ruth Kellow live?"),
    ],
)
def test_the_part_is_asked_by_its_speaker_s_name(question, part, name, asked):
    from rag.api import _with_the_part_named

    assert _with_the_part_named(question, part, name) == asked


POOL_OLD = [
    ("The centre's manager, Gareth Pryce, said the club would train at Brinscombe pool.", 6.3),
]
POOL_NEW = [
    ("The leisure centre also has a new manager.", 0.5),
    ("Gareth Pryce left in September to run a centre in Cardiff and has been replaced by Amira "
     "Hassan, 38, who previously managed Brinscombe Leisure Centre.", -0.4),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # trial 77: the leaver and the one who holds the post now, in one sentence
        ("Who is the manager of Halsworth Leisure Centre now?", "Amira Hassan"),
        ("Who is the centre's manager now?", "Amira Hassan"),
        ("Who manages Halsworth Leisure Centre now?", "Amira Hassan"),
        ("Who runs the centre now?", "Amira Hassan"),
        # a present "Who is ...?" whose answer is the one who left asks of the post now too
        ("Who is the manager of Halsworth Leisure Centre?", "Amira Hassan"),
        # ... not a past one
        ("Who was the manager of Halsworth Leisure Centre in March?", "Gareth Pryce"),
    ],
)
def test_the_successor_named_in_the_leaver_s_sentence_holds_the_post_now(question, expected):
    from rag.api import Rag
    from rag.types import ShortAnswer

    ranked = _rows_of_one_report(POOL_OLD + POOL_NEW, "Halsworth pool reopening delayed")
    sentences = tuple(ranked[:1])
    first = ranked[0]
    at = first.sentence.index("Gareth Pryce")
    leaver = ShortAnswer("Gareth Pryce", 1, first.article_id, first.start + at,
                         first.start + at + len("Gareth Pryce"))
    _, short = Rag._the_successor_of_one_who_left(question, sentences, leaver, ranked)
    assert (short.text if short else None) == expected


@pytest.mark.parametrize(
    ("question", "another"),
    [
        # trial 77: a name that says which thing ("the Kestleford burglaries") is nobody; the
        # lead's "A third man, aged 19" answers of him
        ("How old was the third man arrested over the Kestleford burglaries?", False),
        ("How old is Detective Inspector Claire Whitmore?", True),
    ],
)
def test_a_name_that_says_which_thing_is_no_person_of_the_lead(question, another):
    from rag.api import Rag

    ranked = _sentences(
        ("Detective Inspector Claire Whitmore said the Kestleford burglaries were linked.", 3.0),
        ("A third man, aged 19, was arrested on Sunday and remains in custody.", 8.4),
    )
    assert Rag._of_the_lead_s_person(question, ranked[1], ranked) is another


SCOUTS = [
    ("The group's longest-serving leader, Bert Collins, 84, joined as a Cub in 1949.", 7.9),
    ("Group Scout Leader Nadia Hussain, 45, said the group had been overwhelmed by support.",
     3.8),
]
CHARGED = [
    ("Two men have been charged over the theft of sheep from Low Garth Farm.", 8.8),
    ("Darren Kell, 41, of Skelby, and Liam Royce, 33, of Brackton, were each charged with "
     "theft.", 5.8),
]
REPLACED = [
    ("Cllr Yusuf Harcourt has stood down as lead member for transport after being appointed "
     "deputy mayor.", 6.0),
    ("He has been replaced by Cllr Nadia Brennan, 38, who represents Elm Cross ward.", 4.0),
]


def test_a_who_answer_written_after_the_asked_title_wins():
    # round 51: "Group Scout Leader Nadia Hussain" over "longest-serving leader, Bert Collins"
    from rag.api import Rag

    question = "Who is the Group Scout Leader of the 1st Thornley Scout Group?"
    ranked = _rows_of_one_report(SCOUTS, "Work begins on new scout hut")
    chosen = tuple(ranked[:1])
    short = Rag._short_answer(question, chosen)
    sentences, short = Rag._the_one_titled_as_asked(question, chosen, short, ranked)
    assert short is not None and short.text == "Nadia Hussain"


def test_people_told_of_give_way_to_their_names():
    # round 51: "Two men have been charged" then "Darren Kell ... and Liam Royce ... were each
    # charged"
    from rag.api import Rag

    question = "Who has been charged over the Fellbridge sheep theft?"
    ranked = _rows_of_one_report(CHARGED, "Two men charged over sheep theft")
    chosen = tuple(ranked[:1])
    short = Rag._short_answer(question, chosen)
    assert short is not None and short.text == "Two men"
    sentences, short = Rag._the_unnamed_ones_named(question, chosen, short, ranked)
    assert short is not None and short.text == "Darren Kell, 41, of Skelby, and Liam Royce"


PLACE_TAKEN = [
    ("Colin Dyer, who had been named as ferry master, has stood aside on medical advice.", 6.0),
    ("His place has been taken by Kerry Fanshawe, 34, who was his relief skipper.", 4.0),
]


@pytest.mark.parametrize(
    ("rows", "question", "left", "expected"),
    [
        # round 51: "... has stood down as lead member for transport ..." then "He has been
        # replaced by Cllr Nadia Brennan"
        (REPLACED, "Who is the combined authority's lead member for transport?",
         "Who stood down as lead member for transport?", "Nadia Brennan"),
        # ... "His place has been taken by Kerry Fanshawe" (final check 162)
        (PLACE_TAKEN, "Who is the ferry master of the Hallows Reach ferry?",
         "Who stood aside as ferry master?", "Kerry Fanshawe"),
    ],
)
def test_a_replacement_named_in_the_next_sentence_holds_the_post(rows, question, left, expected):
    from rag.api import Rag

    ranked = _rows_of_one_report(rows, "Hallows Reach ferry and tram: a change at the top")
    chosen = tuple(ranked[:1])
    leaver = Rag._short_answer(left, chosen)
    sentences, short = Rag._the_successor_of_one_who_left(question, chosen, leaver, ranked)
    assert short is not None and short.text == expected


FRAGMENTS = [
    ("Volunteer archaeologists have recovered more than 300 fragments of a Spitfire that "
     "crashed near Brackenford.", 8.9),
    ("The group's previous dig, in 2023, recovered 120 fragments from a Hurricane site.", 4.3),
    ("In total 340 fragments were recovered, including the pilot's control column.", 1.3),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # round 51: a figure said roughly in the lead gives way to the exact one further down
        (FRAGMENTS, "340"),
        # ... only one that fits it ("more than 300" is no 280)
        ([FRAGMENTS[0], FRAGMENTS[1],
          ("In total 280 fragments were recovered, including the control column.", 1.3)],
         "more than 300"),
    ],
)
def test_a_rough_figure_gives_way_to_the_exact_one(rows, expected):
    from rag.api import Rag

    question = "How many fragments were recovered from the Brackenford Spitfire site?"
    ranked = _rows_of_one_report(rows, "Spitfire crash site dig")
    chosen = tuple(ranked[:1])
    short = Rag._short_answer(question, chosen)
    sentences, short = Rag._the_exact_figure(question, chosen, short, ranked)
    assert short is not None and short.text == expected


@pytest.mark.parametrize(
    ("question", "sentence", "read"),
    [
        # round 53 (trial 83): a surname typed a little wrong after its given name, a long name
        # a letter wrong, read as the found report spells them
        ("How old is Margaret Coil?", "Its secretary, Margaret Coyle, 81, said so.",
         "How old is Margaret Coyle?"),
        ("How old is Norman Ashford's wife?", "splicer Norman Ashworth, 78, joined.",
         "How old is Norman Ashworth's wife?"),
        ("How much did Quantok take?", "The court heard that Quantock made 131 transfers.",
         "How much did Quantock take?"),
        # ... but never another given name's surname, nor a possessive's "'s"
        ("How old is Mary Coil?", "Its secretary, Margaret Coyle, 81, said so.",
         "How old is Mary Coil?"),
        ("What is Tom Rees's job?", "It was bought by Tom Rees, a solicitor.",
         "What is Tom Rees's job?"),
        ("How many votes did the Labour candidate get?", "Labour's Aisha Karim with 301.",
         "How many votes did the Labour candidate get?"),
    ],
)
def test_a_name_typed_a_little_wrong_is_read_as_the_report_spells_it(question, sentence, read):
    from rag.api import _as_the_reports_spell_it
    from rag.types import Evidence

    found = Evidence("a", "T", None, None, None, sentence, 0, len(sentence), 1.0, "c", None)
    assert _as_the_reports_spell_it(question, [found]) == read


@pytest.mark.parametrize(
    ("question", "text", "another"),
    [
        # round 53 (trial 83): Great Ebbing is not the Little Ebbing of the report
        ("How many homes will be built in Great Ebbing?", "46 homes at Little Ebbing.", True),
        ("How many homes will be built in Little Ebbing?", "46 homes at Little Ebbing.", False),
        ("How many homes in Great Ebbing?", "Great Ebbing and Little Ebbing both grow.", False),
        ("How many homes will be built in Ebbing?", "46 homes at Little Ebbing.", False),
    ],
)
def test_a_twin_place_is_another_place(question, text, another):
    from rag.api import _the_twin_place

    assert _the_twin_place(question, text) is another


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("£2.3m", "money"), ("12%", "percent"), ("7.40am", "time"), ("14 June", "date"),
        ("the spring of 2027", "date"), ("nine", "count"), ("about 30,000", "count"),
        ("Bethan Lloyd", "other"),
    ],
)
def test_a_first_report_is_set_beside_a_value_of_its_own_kind(text, kind):
    from rag.api import _value_kind

    assert _value_kind(text) == kind


SNORKELLING = [
    ("A PE teacher from Rhayader has won the Llanfechan Bog Snorkelling Championship at his "
     "fourth attempt.", 6.0),
    ("Gethin Pryce, 34, completed two lengths of the trench in 1 minute 21.4 seconds.", 5.8),
    ("The women's title went to Morwenna Hale, 28, a marine biologist from Truro, in 1 minute "
     "26.9 seconds.", 1.9),
    ("The under-12s race was won by Ffion Rees.", 0.5),
]


@pytest.mark.parametrize(
    ("question", "first", "expected"),
    [
        # round 54 (trial 84): the category a question names is said by the answer's sentence
        ("Who won the women's bog snorkelling title?", "Gethin Pryce", "Morwenna Hale"),
        ("What was the winning time in the women's event?", "1 minute 21.4 seconds",
         "1 minute 26.9 seconds"),
        ("Who won the under-12s race?", "Gethin Pryce", "Ffion Rees"),
        # ... and a question of no category, or of one no sentence says, keeps its answer
        ("Who won the championship?", "Gethin Pryce", "Gethin Pryce"),
        ("Who won the men's title?", "Gethin Pryce", "Gethin Pryce"),
    ],
)
def test_the_asked_category_of_a_contest_is_the_answer_s(question, first, expected):
    ranked = sorted(_sentences(*SNORKELLING), key=lambda e: -e.score)
    # (chosen: "Gethin Pryce, 34, completed two lengths ...")
    _assert_the_asked_category_answers(question, ranked, ranked[1], first, expected)


def _assert_the_asked_category_answers(question, ranked, chosen, first, expected) -> None:
    """`Rag._of_the_asked_category` over `ranked`, the short answer `first` read from the
    sentence `chosen`, answers `expected` from a sentence that says it."""
    from rag.api import Rag
    from rag.types import ShortAnswer

    at = chosen.sentence.find(first) + chosen.start
    short = ShortAnswer(first, 1, chosen.article_id, at, at + len(first))
    sentences, found = Rag._of_the_asked_category(question, (chosen,), short, ranked)
    assert found.text == expected
    assert expected in sentences[found.n - 1].sentence


PUPPET_PRIZES = [
    ("The audience prize went to Corrandale's own Bellwether Puppets.", 6.0),
    ('The best-show award, worth £3,000, went to "The Tin Heron" by Teatro Zarzamora of '
     "Seville, a shadow-puppet piece.", 5.0),
    ("The Kelby Cup went to Ross Ames.", 1.0),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # round 57 (final check 179): one prize of several is the answer of the sentence that
        # names it ("Who won the best-show award?" had answered the audience prize's winner)
        ("Who won the best-show award at Corrandale?", "Teatro Zarzamora"),
        ("Which show won the best-show award?", "The Tin Heron"),
        ("Who won the Kelby Cup?", "Ross Ames"),
        # ... a prize no sentence names, or the top one, keeps the answer
        ("Who won the top prize?", "Bellwether Puppets"),
        ("Who won the puppetry medal?", "Bellwether Puppets"),
        # ... nor one asked of another deed than winning it
        ("Who presented the best-show award?", "Bellwether Puppets"),
    ],
)
def test_the_asked_prize_of_several_is_the_answer_s(question, expected):
    ranked = _sentences(*PUPPET_PRIZES)
    _assert_the_asked_category_answers(question, ranked, ranked[0], "Bellwether Puppets",
                                       expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # round 55 (trial 85): the holder the report titles with the deed's agent noun
        ("Who leads the Strathcorrie mountain rescue team?", "Morag Lindsay"),
        ("Who founded the rescue team?", None),
        # ... never one of a lesser post, nor for "Who found ...?"
        ("Who found the walkers?", None),
    ],
)
def test_the_holder_titled_by_the_deed_s_noun_answers(question, expected):
    from rag.api import Rag

    ranked = _sentences(
        ("Deputy team leader Euan Drummond said most call-outs involved lost walkers.", 6.7),
        ("Team leader Morag Lindsay said the new building would have a drying room.", 6.2),
    )
    sentences, short = Rag._titled_by_the_asked_deed(question, tuple(ranked[:1]), None, ranked)
    assert (short.text if short else None) == expected
    if expected:
        assert sentences == (ranked[1],)


def test_of_a_pair_who_won_two_kinds_the_asked_one_answers():
    # round 56 (trial 86, q03): "Tane Ruatapu and Hinewai Ngata won the men's and women's
    # titles" answered "Who won the women's race?" with the pair
    from rag.api import _the_respective_one
    from rag.types import ShortAnswer

    told = _sentences(("Tane Ruatapu and Hinewai Ngata won the men's and women's titles at the "
                       "Port Kereru Harbour Half Marathon on Sunday.", 5.0))
    pair = ShortAnswer("Tane Ruatapu and Hinewai Ngata", 1, told[0].article_id, 0, 30)
    women = _the_respective_one("Who won the women's race?", told, pair)
    assert women.text == "Hinewai Ngata"
    assert told[0].sentence[women.start:women.end] == "Hinewai Ngata"
    assert _the_respective_one("Who won the men's race?", told, pair).text == "Tane Ruatapu"
    assert _the_respective_one("Who won on Sunday?", told, pair) == pair


def test_the_replacement_of_the_one_named_holds_the_post_to_be():
    # round 56 (trial 86, q19): "Who will manage Pellowmere Lido?" kept the first report's
    # manager, whom a later report says has withdrawn ("His replacement is ...")
    from rag.api import Rag

    ranked = _sentences(
        ("The lido will be run by a new manager, Mr Dafydd Treharne, 44, who previously "
         "managed leisure centres in Swansea.", 7.8),
        ("Councillor Janet Quarmby said the restoration of Pellowmere Lido would give the "
         "seafront back its heart.", 2.0),
        ("The project was first budgeted at £2.4 million.", -1.0),
        ("The pool was built in 1936.", -1.2),
        ("The council also confirmed that Mr Dafydd Treharne, who had been appointed to run the "
         "lido, has withdrawn for family reasons.", -1.9),
        ("His replacement is Ms Corinna Blakewell, 39, who managed the Jubilee Pool tidal lido "
         "project in Cornwall for six years.", -1.6),
    )
    for question in ("Who will manage Pellowmere Lido?", "Who will run the lido?"):
        short = Rag._short_answer(question, ranked[:1])
        assert short is not None and short.text == "Dafydd Treharne"
        sentences, now = Rag._the_successor_of_one_who_left(question, ranked[:1], short, ranked)
        assert now is not None and now.text == "Corinna Blakewell", question
    # "Who ran ...?" asks the past: unchanged
    short = Rag._short_answer("Who was appointed to run the lido?", ranked[:1])
    assert Rag._the_successor_of_one_who_left(
        "Who was appointed to run the lido?", ranked[:1], short, ranked
    )[1] == short
