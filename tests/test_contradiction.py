"""A question that says what its evidence sentence contradicts (`rag.contradiction`)."""

from __future__ import annotations

import pytest

from rag.contradiction import contradiction, other_extreme

CONTRADICTED = [
    # (question, sentence, kind, the question's word, the sentence's word)
    # negation: the question denies what the sentence states plainly
    ("What does not depend on the immune system's ability to tell self from others?",
     "Both innate and adaptive immunity depend on the ability to tell self from non-self.",
     "negation", "not", ""),
    ("When didn't Washington learn about the retreat?",
     "While en route, Washington learned of the retreat.", "negation", "n't", ""),
    ("How many councillors did not vote for the budget?",
     "The budget was approved by 38 votes to 22.", "negation", "not", ""),
    ("Which candidates never stood before?",
     "Four candidates stood in the by-election.", "negation", "never", ""),
    # ordinal: another ordinal on the same word
    ("When was Warsaw ranked as the 22nd most liveable city?",
     "In 2012 the unit ranked Warsaw as the 32nd most liveable city in the world.",
     "ordinal", "22nd most", "32nd most"),
    ("Who scored in the first half?", "Dunn scored twice in the second half.",
     "ordinal", "first half", "second half"),
    ("When was the third German empire founded?",
     "Prussia unified the other states into the second German Empire in 1871.",
     "ordinal", "third German", "second German"),
    ("What is the busiest airport in the region?",
     "Kelby is the region's second busiest airport, with 4.1 million passengers.",
     "ordinal", "busiest", "second busiest"),
    # opposites, and negation by prefix
    ("What does a receiver need to view unencrypted content?",
     "To view the encrypted content a VideoGuard receiver is needed.",
     "opposite", "unencrypted", "encrypted"),
    ("Where were the pro-Chinese riots?",
     "There was not the level of anti-Chinese violence seen at Lambing Flat.",
     "opposite", "pro-Chinese", "anti-Chinese"),
    # (an embedded "how" is no measure asked: squad2-dev)
    ("What has sizes depending on how weak the push or pull is?", "Forces act in a particular "
     "direction and have sizes dependent upon how strong the push or pull is.", "opposite",
     "weak", "strong"),
    ("Which way does the westward flow go?",
     "The water joined the easterly flow toward the Atlantic.",
     "opposite", "westward", "easterly"),
    ("How much did house prices fall in March?",
     "House prices rose 2.1 percent in March, the Halford index said.",
     "opposite", "fall", "rose"),
    ("What was Pellow Foods' annual profit?", "Pellow Foods made a loss of £3.2 million.",
     "opposite", "profit", "loss"),
    ("When will the pool reopen?", "The pool closed in March after a roof leak.",
     "opposite", "reopen", "closed"),
    ("Who is the MP for Sheffield South East?",
     "Clive Betts is the MP for Sheffield North East.", "opposite", "South", "North"),
    ("What is the employment rate in Westmere?",
     "The unemployment rate in Westmere was 4.8 percent.",
     "opposite", "employment", "unemployment"),
    ("Which composer wrote metrical music using prime numbers?",
     "Messiaen used prime numbers to create ametrical music.",
     "opposite", "metrical", "ametrical"),
    # another period of a rate
    ("What were the weekly carriage fees?",
     "The agreements include fixed annual carriage fees of £30m for the channels.",
     "period", "weekly", "annual"),
    ("How much is the rent a month?", "The flats are let at £9,600 a year.",
     "period", "monthly", "annual"),
    # the quality without the asked degree
    ("What are the least important mediators of immunity?",
     "Innate cells are also important mediators of immunity.",
     "degree", "least important", "important"),
    ("Which is the least popular ride at the park?", "The popular Big Dipper reopens in May.",
     "degree", "least popular", "popular"),
    # the question's words denied
    ("What is more difficult than multiplication?",
     "Squaring is not more difficult than multiplication.",
     "denied", "more difficult than multiplication", "not more difficult than multiplication"),
    ("Who was charged with murder?", "Ames was not charged with murder, police said.",
     "denied", "charged with murder", "not charged with murder"),
    # ... past an adverb, in another form of the verb (twenty-sixth round, squad2-dev)
    ("What did countries such as Spain have a crime against?", "With countries such as Spain "
     "not even having a crime against shipping toxic waste, Frattini proposed sentences.",
     "denied", "having a crime against", "not even having a crime against"),
    ("Which team has won the cup?", "Rovers have never yet won the cup.",
     "denied", "won the cup", "never yet won the cup"),
    # another superlative of the asked noun (twenty-sixth round, squad2-dev's "oldest work")
    ("What is the oldest work of Norman art?", "By far the most famous work of Norman art is "
     "the Bayeux Tapestry.", "superlative", "oldest work", "most famous work"),
    ("Who is the tallest player in the squad?", "The heaviest player in the squad is Ben Ruck.",
     "superlative", "tallest player", "heaviest player"),
    ("Which is the most expensive ticket?", "The most popular ticket is the £30 day pass.",
     "superlative", "most expensive ticket", "most popular ticket"),
    ("What is the biggest employer in Kelton?", "The oldest employer in Kelton is the mill.",
     "superlative", "biggest employer", "oldest employer"),
    # a phrasal verb's opposite particle (trial 31: "switched off" had answered "switched on")
    ("How long does the battery last with wireless switched on?", "It runs for up to six weeks "
     "on one charge with wireless switched off.", "opposite", "switched on", "switched off"),
    ("When were the lights turned on?", "The lights were turned off at 10pm.",
     "opposite", "turned on", "turned off"),
    # another day of every week (trial 31: the weekday figure had answered "on a Sunday")
    ("How many passengers does Southern Coast Trains carry on a Sunday?", "The operator "
     "carries about 310,000 passengers on a typical weekday.", "day", "Sunday", "weekday"),
    ("How many trains run at weekends?", "Services run every 15 minutes on weekdays.",
     "day", "weekend", "weekday"),
    # the question's figure with another verb (twenty-sixth round, squad2-dev)
    ("What condenses at 54.36 K?", "Oxygen condenses at 90.20 K (−182.95 °C), and freezes at "
     "54.36 K (−218.79 °C).", "figure", "condenses ... 54.36", "freezes at 54.36 K (−218.79 °C)"),
    ("Which team won 3-1?", "City won 2-0 on Saturday, while Rovers drew 3-1 with Ashworth.",
     "figure", "won ... 3-1", "Rovers drew 3-1 with Ashworth"),
    ("What do simple unicellular organisms lack?", "Even simple unicellular organisms such as "
     "bacteria possess a rudimentary immune system.", "opposite", "lack", "possess"),
]

CONSISTENT = [
    # the question's word is said, also in another form or in the sentence before
    ("When did the pool reopen?", "The pool closed in 2023 and reopened in May.", ""),
    ("How much did prices fall?", "Prices dropped 3 percent.", ""),
    ("How much did house prices rise?", "Prices went up 2 percent after falling last year.",
     "House prices rose in March."),
    # a negated question over a sentence that negates, refuses or says the opposite
    ("Which councillors did not attend?", "Two councillors, Ames and Bell, were absent.", ""),
    ("Which roads are not open?", "The A61 remains closed after the flood.", ""),
    ("Who has not been paid?", "Staff at the depot say they have not been paid since May.", ""),
    ("Why didn't the bus run?", "The service was cancelled because of snow.", ""),
    ("Which drivers were not insured?", "Three of the drivers were uninsured.", ""),
    # two-sided deeds, bounds and times are no opposites
    ("Who won the seat?", "Jones lost the seat to Ahmed by 212 votes.", ""),
    ("How many homes will at least be built?", "At most 400 homes will be built.", ""),
    ("How many people use the footbridge each day?", "About 1,800 people a day use it.", ""),
    ("What is the annual salary?", "The post pays £52,000 a year.", ""),
    ("How much were weekly tickets?", "A year ago a weekly ticket cost £20.", ""),
    ("What is the weekly rent?", "The rent is £180, according to the Daily Mail.", ""),
    # the asked day said as a describing word beside another day's figure (trial 40)
    ("How many passengers use the Vale Line on an average Sunday?", "She said Sunday passenger "
     "numbers were too low, with an average of 410 passengers a day, compared with 5,600 on "
     "weekdays.", ""),
    # a name's word meets only the same name
    ("Where do West Ham play?", "The club plays at the London Stadium in east London.", ""),
    ("Who founded the first outpost in South Carolina?",
     "Huguenots made two attempts to settle in North America.", ""),
    # the same ordinal, in digits or words
    ("Who came 2nd in the race?", "Ames came second in the race.", ""),
    ("Who was the first president of the university?",
     "Harper became the university's first president in 1891.", ""),
    # "close to" is near, not shut
    ("When will the library open?", "Close to 1,000 people came to the opening in 1901.", ""),
    ("When did the pool open?", "Close to 1,000 people swam there in its first week.", ""),
    # a superlative said, a quantity ("most votes"), a denial said of someone else
    ("What is the most popular ride?", "The Big Dipper, the most popular ride, reopens.", ""),
    # "most" only raises the scale: squad2-dev "most famous for ... Hollywood" over "famous for"
    ("Southern California is most famous for what district?", "Southern California is famous "
     "for tourism and Hollywood.", ""),
    ("Which party won the most votes?", "Labour won 12,000 votes.", ""),
    ("Who was charged with murder?", "Ames was not charged with murder; Bell was charged with "
     "murder on Friday.", ""),
    ("How long does the battery last with wireless switched off?", "It runs for six weeks "
     "with wireless switched off.", ""),
    ("How many people signed up?", "About 300 people signed up, and 40 later dropped out.", ""),
    # the same day, a weekday for one of Monday to Friday, or a day something happened on
    ("How many passengers use it on a Monday?", "It carries 310,000 passengers on a typical "
     "weekday.", ""),
    ("How many people visit on Sundays?", "About 2,000 people visit on Sundays and 900 on "
     "weekdays.", ""),
    ("Who won on Sunday?", "Rovers won on Saturday.", ""),
    # "falls short" is missing a mark, no fall (trial 31: "What pay rise are the drivers
    # demanding?" had been refused)
    ("What pay rise are the drivers demanding?", "Drivers have rejected a pay offer of 3.2 "
     "percent, saying it falls far short of inflation, and are asking for 6 percent.", ""),
    ("How much did sales rise?", "Sales rose 2 percent but fell short of forecasts.", ""),
    # the figure's own clause says the question's verb or noun, or no other clause has a figure
    ("Which team won 3-1?", "City won the league, and beat Rovers 3-1 on Saturday.", ""),
    ("Who was fined £500?", "Jones was jailed for 18 months and Smith was fined £500.", ""),
    ("Who was jailed for 6 years?", "Smith was jailed for four years and banned from driving "
     "for 6 years.", ""),
    # a superlative of the same sense, or the asked one said too
    ("What is the biggest employer in Kelton?", "The largest employer in Kelton is the mill.",
     ""),
    ("What is the most popular route?", "The busiest route is the 14.", ""),
    ("Which is the most expensive ticket?", "The costliest ticket is the £30 day pass.", ""),
    ("What is the oldest pub in town?", "The oldest and most famous pub in town is the Swan.",
     ""),
    ("What is the latest figure?", "The highest figure was 12%.", ""),
    # yes/no questions are read by `rag.spans.yes_no`
    ("Did house prices fall?", "House prices rose 2.1 percent.", ""),
    # "how fast", "how strong" ask a measure, which an opposite word elsewhere does not deny
    ("How fast was the Corran Star travelling when it hit the pier?", "A ferry that struck "
     "the pier at Port Ellis in March was travelling at 9 knots, more than twice the "
     "recommended speed of 4 knots, when an engine control fault left the crew unable to slow "
     "it, a report has found.", ""),
    ("How strong were the gusts?", "Gusts reached 70mph before the storm weakened.", ""),
]


@pytest.mark.parametrize(("question", "sentence", "kind", "asked", "said"), CONTRADICTED)
def test_a_contradicting_sentence_is_read(question, sentence, kind, asked, said):
    found = contradiction(question, sentence)
    assert found is not None, question
    assert (found.kind, found.asked, found.said) == (kind, asked, said)


@pytest.mark.parametrize(("question", "sentence", "before"), CONSISTENT)
def test_a_consistent_sentence_is_not_contradicted(question, sentence, before):
    assert contradiction(question, sentence, before) is None


@pytest.mark.parametrize(
    ("question", "sentence", "answer", "contradicted"),
    [
        # round 55 (trial 84): the date an opposite state lasts until is when the asked one
        # begins
        ("When will the velodrome reopen?", "Halbridge Velodrome will stay closed until March "
         "2025 while its leaking roof is repaired.", "until March 2025", False),
        ("When will the walks resume?", "The walks have been suspended until 6 April.",
         "6 April", False),
        ("When will the line reopen?", "The line will be shut till at least June.", "June",
         False),
        # near misses: a date of the closing itself, and a date the opposite began
        ("When will the velodrome reopen?", "The velodrome closed in March 2024.",
         "March 2024", True),
        ("When did the pool reopen?", "The pool has been closed since May.", "since May", True),
    ],
)
def test_the_opposite_lasting_until_a_date_answers_when(question, sentence, answer,
                                                        contradicted):
    assert (contradiction(question, sentence, "", answer) is not None) is contradicted


def test_the_refusal_says_what_the_report_says_instead():
    found = contradiction("What were the weekly fees?", "Annual fees are £30m.")
    assert found is not None
    assert found.describe() == 'the closest report says "annual", not "weekly"'
    denied = contradiction("What is not the primary law?", "The primary law is the treaties.")
    assert denied is not None and "without" in denied.describe()


@pytest.mark.parametrize(("question", "contradicted"), [
    ("What is the busiest container port in the country?", True),
    ("What is the busiest commercial port in the country?", False),
    ("What is the second busiest container port in the country?", False),
])
def test_a_superlative_is_read_with_its_own_noun(question, contradicted):
    # squad2-dev: "the busiest commercial port; ... the second busiest container port" had
    # answered "the busiest container port" with the second
    sentence = ("The region is home to the Port of Ardley, the country's busiest commercial "
                "port; the adjacent Port of Brenn, the country's second busiest container port; "
                "and the Port of Sule.")
    assert (contradiction(question, sentence) is not None) == contradicted


@pytest.mark.parametrize(
    ("question", "sentence", "answer", "said"),
    [
        # squad2-dev: "November 1347" had answered "In what month in 1349 ...?"
        ("In what month in 1349 did the second wave of the plague reach England?",
         "The first variant entered Europe through Marseille around November 1347 and reached"
         " England in the spring of 1348.", "November 1347", "November 1347"),
        ("When in 2023 did the pool reopen?", "The pool reopened in March 2024.", "March 2024",
         "March 2024"),
        # ... and "as of January 2013" for "As of 2014 ...?"
        ("As of 2014 how quickly is building material being printed?",
         "Printers already lay 2 metres of building material per hour as of January 2013.", "",
         "as of January 2013"),
        ("What was the council's debt as at 2025?", "The council owed £41m as at March 2024.",
         "£41m", "as at March 2024"),
    ],
)
def test_another_year_than_the_asked_one_contradicts(question, sentence, answer, said):
    found = contradiction(question, sentence, "", answer)
    assert found is not None and (found.kind, found.said) == ("year", said)


@pytest.mark.parametrize(
    ("question", "sentence", "before", "answer"),
    [
        # the year said in the sentence, the one before, a span or a decade holding it
        ("How many homes were built in 2023?", "In 2023, 340 homes were built, up from 290 in"
         " 2022.", "", "340"),
        ("In what month in 1349 did the plague reach Norway?", "The plague reached Norway in"
         " August.", "It spread north in 1349.", "August"),
        ("In what month in 1349 did the plague reach Norway?", "The plague swept Norway in"
         " 1348-50, arriving in Bergen in August 1349.", "", "August 1349"),
        ("What did the guild build in 1345?", "In the 1340s the guild built a hall in 1346.",
         "", "a hall"),
        # another year named beside the answer's own fact is no other year of it
        ("What was the unemployment rate in 2023?", "The rate rose to 4.5 percent, up from 4.1"
         " percent in 2022.", "", "4.5 percent"),
        # a sum is no year
        ("How much was raised in 2023?", "The appeal had raised £2,023 by March.", "", "£2,023"),
    ],
)
def test_the_asked_year_said_or_no_date_of_another_is_no_contradiction(
    question, sentence, before, answer
):
    assert contradiction(question, sentence, before, answer) is None


def test_a_denial_in_another_clause_than_the_answer_is_no_contradiction():
    question = "Which team has won the cup?"
    sentence = "Rovers have never won the cup, but City won it in 1998."
    assert contradiction(question, sentence, answer="City") is None
    assert contradiction(question, sentence, answer="Rovers") is not None


YOUNGEST = "The youngest finisher in the top ten of the women's race was 19-year-old Amira Shah."
WINNER = "Hannah Okoye of Leeds won the women's race at the Brackenfield 10K on Sunday."


@pytest.mark.parametrize(
    ("question", "cited", "article", "said"),
    [
        # final test 33: the report gives the youngest only
        ("Who was the oldest runner in the Brackenfield 10K?", [WINNER, YOUNGEST], "",
         "youngest finisher"),
        ("Which is the largest school in the district?",
         ["Ashby Primary, with 94 pupils, is the smallest school in the district."], "",
         "smallest school"),
        ("What was the highest price paid?", ["The lowest price paid was £1.2 million."], "",
         "lowest price"),
        ("Who is the richest man in the village?", ["The poorest household earns £9,000."], "",
         "poorest household"),
    ],
)
def test_the_other_extreme_alone_contradicts_the_asked_one(question, cited, article, said):
    found = other_extreme(question, cited, article)
    assert found is not None and found.kind == "superlative" and found.said == said


@pytest.mark.parametrize(
    ("question", "cited", "article"),
    [
        ("Who was the youngest runner?", [WINNER, YOUNGEST], ""),  # the asked end is said
        # said elsewhere in the answer's report
        ("Who was the oldest runner?", [WINNER, YOUNGEST], "The oldest runner was Jim Hale, 71."),
        # said with a word of its sense
        ("What is the largest city?", ["The smallest town is Ely; the biggest city is York."], ""),
        ("Who was the oldest runner?", [WINNER], ""),  # no extreme said at all
        ("Was the oldest runner from Leeds?", [YOUNGEST], ""),  # yes/no is read elsewhere
    ],
)
def test_the_asked_extreme_said_or_none_said_is_no_contradiction(question, cited, article):
    assert other_extreme(question, cited, article) is None


@pytest.mark.parametrize(
    ("question", "sentence", "before", "answer", "said"),
    [
        # squad2-dev: the asked part of a year, answered with a date of another year, though the
        # sentence names the asked year for something else
        ("In what month in 1349 did the second wave of the plague reach England?",
         "The first variant entered Europe around November 1347, eventually reaching England "
         "in the spring of 1349.", "", "November 1347", "November 1347"),
        ("Which day of 2024 did the store reopen?", "The store closed on 3 March 2023 and "
         "said in 2024 it would reopen.", "", "3 March 2023", "3 March 2023"),
        # the answer is itself the other extreme, whatever the sentence before says
        ("What is the most complex way to avoid the adaptive immune system?",
         "The simplest approach is to change non-essential epitopes.",
         "The mechanisms used to evade the adaptive immune system are more complicated.",
         "simplest approach", "simplest approach"),
    ],
)
def test_the_answer_itself_contradicts_the_question(question, sentence, before, answer, said):
    found = contradiction(question, sentence, before, answer)
    assert found is not None and found.said == said


def test_the_asked_part_of_a_year_in_that_year_is_no_contradiction():
    sentence = "The plague reached England in June 1349 and spread through the country."
    assert contradiction("In what month in 1349 did the plague reach England?", sentence, "",
                         "June 1349") is None
    assert contradiction("What is the simplest way to avoid it?", "The simplest approach is to "
                         "hide.", "", "simplest approach") is None


MARATHON_LEAD = (
    "Ethiopia's Haile Bekele won the Carran Marathon on Sunday in 2:09:41, breaking the course "
    "record by 38 seconds."
)


@pytest.mark.parametrize(
    ("question", "sentence", "before", "kind", "asked"),
    [
        # a division of the contest the sentence does not say: it tells of the open race
        ("Who won the women's race at the Carran Marathon?", MARATHON_LEAD, "", "division",
         "women's"),
        ("Who won the wheelchair race?", MARATHON_LEAD, "", "division", "wheelchair"),
        ("Which team won the under-20 title?", "Harlow won the title on goal difference.", "",
         "division", "under-20"),
        ("Who won the girls' 100m final?", "Amira Khan won the final in 11.9 seconds.", "",
         "division", "girls"),
        # a rank of an office the sentence does not say: it tells of the office itself
        ("Who is the deputy leader of the council?", "The leader of the council, Fiona Gault, "
         "said savings were needed.", "", "rank", "deputy"),
        ("Who is the vice-chair of the committee?", "The committee's chair, Ann Rees, spoke.",
         "", "rank", "vice"),
        ("Who was the acting head of the school?", "The head, Mr Dale, retired in May.", "",
         "rank", "acting"),
    ],
)
def test_an_unsaid_division_or_rank_contradicts(question, sentence, before, kind, asked):
    found = contradiction(question, sentence, before)
    assert found is not None and (found.kind, found.asked) == (kind, asked)
    assert "without the question's" in found.describe()


@pytest.mark.parametrize(
    ("question", "sentence", "before"),
    [
        ("Who won the women's race?", "The women's race was won by Claire Moreau.", ""),
        ("Who won the women's race?", "Claire Moreau won in 2:27:03.",
         "The women's race was close."),  # said in the sentence before
        ("Who won the men's race?", MARATHON_LEAD, ""),  # the unmarked race is the men's
        ("Who won the Women's Tour?", "Marta Ruiz won the Women's Tour.", ""),
        ("Who won the Women's Tour?", "Marta Ruiz won the race by four seconds.", ""),  # a name
        ("Who is the deputy leader?", "Her deputy, Ravi Menon, holds the finance brief.", ""),
        ("Who is the deputy leader?", "Deputy leader Ravi Menon spoke.", ""),
        ("Who is the vice-chair?", "Vice-chair Tom Ellis resigned.", ""),
        ("Who is the leader of the council?", "The leader of the council, Fiona Gault, spoke.",
         ""),
        ("Who acted as head of the inquiry?", "The head of the inquiry, Sir John Lane, spoke.",
         ""),  # no rank before the office
    ],
)
def test_a_division_or_rank_said_or_not_asked_is_no_contradiction(question, sentence, before):
    assert contradiction(question, sentence, before) is None


def test_a_division_said_of_the_sentence_s_person_elsewhere_in_the_report_is_said():
    from rag.api import _said_of_one_named

    article = (
        "Amina Yusuf won the women's race at the Carran Island Marathon, and Jakob Lind took "
        "the men's title. Yusuf, a 29-year-old nurse, finished in 2:31:05."
    )
    question = "What was the winning time in the women's Carran marathon?"
    assert _said_of_one_named("women's", "Yusuf, a 29-year-old nurse, finished in 2:31:05.",
                              article, question)
    # the question's own names ("Carran") tie no sentence to the division
    assert not _said_of_one_named("women's", "Jakob Lind won the Carran Island Marathon.",
                                  "Amina Yusuf won the women's race at the Carran Island "
                                  "Marathon. Jakob Lind won the Carran Island Marathon.",
                                  question.replace("Carran", "Carran Island Marathon"))
    assert not _said_of_one_named("wheelchair", "Haile Bekele won the Carran Marathon.",
                                  "Haile Bekele won the Carran Marathon.", question)


def test_the_end_of_a_wait_answers_when_the_waited_deed_happens():
    # final check 59: "When will visitors be able to see the red panda cub?" was refused as
    # denied by "will not be able to see the cub until late August"
    sentence = ("Visitors will not be able to see the cub until late August, when she is "
                "expected to leave the nest box.")
    assert contradiction("When will visitors be able to see the red panda cub?", sentence,
                         answer="late August") is None
    # (what the sentence denies stays denied for a question that takes no "until" answer)
    assert contradiction("Who will be able to see the cub?", sentence,
                         answer="Visitors") is not None


def test_a_use_denied_after_a_moment_answers_when_it_stops():
    # round 39: "What time must the padel courts stop being used?" was refused as denied by
    # "must not be used after 9pm"
    sentence = "Councillors imposed a condition that the courts must not be used after 9pm."
    assert contradiction("What time must the padel courts stop being used?", sentence,
                         answer="after 9pm") is None
    assert contradiction("When must the courts stop being used?", sentence,
                         answer="9pm") is None
    # (a question that asks of the use itself, not its end, stays denied)
    assert contradiction("When can the courts be used?", sentence, answer="9pm") is not None


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("What time must the padel courts stop being used?", True),
        ("When did the mill cease to be a school?", True),
        ("When must the courts be used?", False),
        ("What did the council do to stop the flooding?", False),
    ],
)
def test_stopping_being_is_a_negation(text, negated):
    from rag.judge import _negated

    assert _negated(text) is negated
