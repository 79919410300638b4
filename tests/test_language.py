"""A question clearly not in English gets a note saying the models read English (rag.language);
English questions never do, whatever names they hold or however short they are."""

from __future__ import annotations

import json

import pytest

from rag.language import foreign_language, note
from tests.conftest import CORPUS

FOREIGN = [
    ("¿Cuánto costó la reparación del puente?", "es"),
    ("¿Quién ganó la final de la copa?", "es"),
    ("¿Por qué se retrasó la ampliación del tranvía?", "es"),
    ("¿Qué empresa compró la fábrica de Westmere?", "es"),
    ("Quien gano la carrera", "es"),  # no accents, no question marks
    ("Wie viele Menschen nutzen die Brücke?", "de"),
    ("Wer hat das Finale gewonnen?", "de"),
    ("Warum ist der Finanzminister zurückgetreten?", "de"),
    ("Wie viele Menschen leben in Zürich?", "de"),
    ("Was ist mit der Batteriefabrik passiert?", "de"),
    ("Combien a coûté la réparation du pont ?", "fr"),
    ("Combien de personnes utilisent le pont ?", "fr"),
    ("Pourquoi le ministre des Finances a-t-il démissionné ?", "fr"),
    ("Qu'a dit le maire sur le budget ?", "fr"),
    ("Quanto è costata la riparazione del ponte?", "it"),
    ("Perché si è dimesso il ministro delle Finanze?", "it"),
    ("Quantas pessoas usam a ponte?", "pt"),
    ("Por que o ministro das Finanças renunciou?", "pt"),
    ("Hoeveel heeft de reparatie van de brug gekost?", "nl"),
    ("Dlaczego minister finansów podał się do dymisji?", "pl"),
    ("Hur mycket kostade reparationen av bron?", "sv"),
    ("Kuinka paljon sillan korjaus maksoi?", "fi"),
    ("Сколько стоил ремонт моста?", "ru"),
    ("Кто выиграл финал?", "ru"),  # short, but not Latin script
    ("Πόσο κόστισε η επισκευή της γέφυρας;", "el"),
    ("桥什么时候重新开放？", "zh"),
    ("다리 수리 비용은 얼마였습니까?", "ko"),
]

ENGLISH = [
    # short
    "Who won?", "Why?", "And why?", "What about Russia?", "Who?", "Did he win?", "Is it open?",
    "Was it sunny?", "Que sera sera?",
    # names and titles from other languages
    "How many people live in Zürich?", "When did São Paulo host the race?",
    "Was Lula re-elected in São Paulo?", "Is Zürich bigger than Geneva?",
    "Did Müller score in Dortmund?", "Will the Ponte Vecchio reopen in 2025?",
    "Was Señora Pérez elected mayor of Bogotá?", "Why did Björk cancel?", "Did Zürich win?",
    "Has Łódź got a new mayor?", "Was Götterdämmerung staged in Bayreuth?",
    "Is Città di Castello flooded?", "Is Café de Flore closed?", "Who sang La Vie en Rose?",
    "What did Señor Gómez say?", "What did El País report?", "Who leads Die Linke?",
    "Was Der Spiegel sued?", "Is Crédit Agricole profitable?", "Did Bayern München sign Kane?",
    "Is Nuestra Señora de París rebuilt?", "Who is Søren Kierkegaard?",
    "Was Tour de France stage nine cancelled?", "Is El Niño coming?",
    # ordinary news questions
    "Who was replaced after the Kharkiv retreat?", "How much did the footbridge repairs cost?",
    "Will the bridge reopen in 2025?", "Which automaker recalled vehicles this week?",
    "The council voted to ban the sale of what?", "Has the Old Mill bridge reopened?",
    "How long had he been in office?", "Catch me up on the dock strike",
    "unemployment rate westmere july",
]  # fmt: skip


@pytest.mark.parametrize(("question", "language"), FOREIGN)
def test_a_question_in_another_language_is_noticed(question, language):
    assert foreign_language(question) == language


@pytest.mark.parametrize("question", ENGLISH)
def test_english_questions_are_never_flagged(question):
    assert foreign_language(question) is None
    assert note(question) is None


def test_the_note_names_the_language_and_says_what_to_do():
    said = note("Wie viele Menschen nutzen die Brücke?")
    assert said is not None and "German" in said and "English" in said


def test_a_foreign_question_keeps_its_answer_and_gets_the_note(rag):
    rag.ingest([CORPUS])
    english = rag.ask("Who was replaced after the Kharkiv retreat?")
    assert english.notes == () and "notes" not in english.to_dict()
    # Mostly German, with the article's own words: the fake models still find the answer.
    german = rag.ask("Wer wurde nach dem Kharkiv retreat replaced?")
    assert not german.refused and german.citations  # not refused for its language
    assert len(german.notes) == 1 and "German" in german.notes[0]
    assert german.to_dict()["notes"] == list(german.notes)
    refused = rag.ask("¿Cuánto costó la reparación del puente?")
    assert refused.refused and "Spanish" in refused.notes[0]


def test_every_shell_shows_the_note(rag, tmp_path, monkeypatch, capsys):
    from rag import cli
    from ui.conversations import answer_from_json, answer_json
    from ui.openai_api import extra_fields, noted, without_footnotes
    from ui.render import reply_markdown

    rag.ingest([CORPUS])
    answer = rag.ask("Wer wurde nach dem Kharkiv retreat replaced?")
    said = answer.notes[0]
    assert said in reply_markdown(answer, 0)
    assert answer_from_json(json.loads(json.dumps(answer_json(answer)))).notes == answer.notes
    assert extra_fields(answer)["notes"] == [said]
    text = answer.answer + noted(answer)
    assert said in text and without_footnotes(text) == answer.answer.strip()
    refusal = rag.ask("¿Cuánto costó la reparación del puente?")
    assert refusal.notes[0] in reply_markdown(refusal, 1)
    cli._stream_answer(rag.stream_ask("Wer wurde nach dem Kharkiv retreat replaced?"),
                       cli._console())
    assert "note: This question looks like German" in capsys.readouterr().out
