"""How often rag.language flags a question as not English: English questions (the dev sets'
questions, every question quoted in tests/ and the handed cases, and a few with foreign names)
must never be flagged; questions in 25 other languages should be (tests/test_language.py holds
another set of each, partly written after the rule was set).

    python bench/language_eval.py [--shared ../shared]

Prints false alarms (English flagged) and misses (foreign not flagged), each listed.
"""

from __future__ import annotations

import argparse
import glob
import json
import re
from pathlib import Path

from rag.language import foreign_language

ROOT = Path(__file__).resolve().parents[1]
FOREIGN = [
    "¿Cuánto costó la reparación del puente?",
    "¿Quién ganó la final de la copa?",
    "¿Cuándo se reabrirá el puente?",
    "¿Por qué se retrasó la ampliación del tranvía?",
    "¿Qué dijo el alcalde sobre el presupuesto?",
    "¿Cuántas personas viven en la ciudad?",
    "¿Dónde está la nueva fábrica de baterías?",
    "Quien gano la carrera",
    "¿Cuál es la tasa de desempleo?",
    "Wie viele Menschen nutzen die Brücke?",
    "Wer hat das Finale gewonnen?",
    "Wann wird die Brücke wieder geöffnet?",
    "Warum wurde der Bau verschoben?",
    "Was hat der Bürgermeister gesagt?",
    "Wie hoch ist die Arbeitslosenquote?",
    "Wo steht die neue Batteriefabrik?",
    "Wie viel hat die Reparatur gekostet?",
    "Wer ist der Direktor des Festivals?",
    "Combien a coûté la réparation du pont ?",
    "Qui a gagné la finale ?",
    "Quand le pont va-t-il rouvrir ?",
    "Pourquoi la grève des dockers a-t-elle commencé ?",
    "Qu'a dit le maire sur le budget ?",
    "Combien de personnes utilisent le pont ?",
    "Où se trouve la nouvelle usine ?",
    "Quel est le taux de chômage ?",
    "Qui est le directeur du festival ?",
    "Quanto è costata la riparazione del ponte?",
    "Chi ha vinto la finale?",
    "Quando riaprirà il ponte?",
    "Perché è stato rinviato il progetto?",
    "Quante persone usano il ponte?",
    "Quanto custou a reparação da ponte?",
    "Quem ganhou a final?",
    "Quando a ponte vai reabrir?",
    "Por que a greve começou?",
    "Quantas pessoas usam a ponte?",
    "Hoeveel heeft de reparatie van de brug gekost?",
    "Wie heeft de finale gewonnen?",
    "Wanneer gaat de brug weer open?",
    "Waarom is de bouw uitgesteld?",
    "Ile kosztowała naprawa mostu?",
    "Kto wygrał finał?",
    "Kiedy most zostanie ponownie otwarty?",
    "Hur mycket kostade reparationen av bron?",
    "Vem vann finalen?",
    "När öppnar bron igen?",
    "Hvor mye kostet reparasjonen av broen?",
    "Hvem vant finalen?",
    "Kuinka paljon sillan korjaus maksoi?",
    "Kuka voitti finaalin?",
    "Köprünün onarımı ne kadar tuttu?",
    "Finali kim kazandı?",
    "Сколько стоил ремонт моста?",
    "Кто выиграл финал?",
    "Когда откроют мост?",
    "Скільки коштував ремонт мосту?",
    "Хто виграв фінал?",
    "Πόσο κόστισε η επισκευή της γέφυρας;",
    "Ποιος κέρδισε τον τελικό;",
    "橋の修理にいくらかかりましたか？",
    "谁赢得了决赛？",
    "桥什么时候重新开放？",
    "다리 수리 비용은 얼마였습니까?",
    "كم كلفت إصلاحات الجسر؟",
    "מי ניצח בגמר?",
    "पुल की मरम्मत में कितना खर्च हुआ?",
    "Kolik stála oprava mostu?",
    "Kdo vyhrál finále?",
    "Mennyibe került a híd javítása?",
    "Cât a costat repararea podului?",
    "Berapa biaya perbaikan jembatan?",
    "Siapa yang memenangkan final?",
    "Quanto costò la riparazione del ponte di Zurigo?",
    "¿Qué pasó con la huelga de los estibadores?",
    "Was ist mit der Batteriefabrik passiert?",
    "Que s'est-il passé avec la grève ?",
    "Wie viele Menschen leben in Zürich?",
    "¿Cuántos habitantes tiene São Paulo?",
    "Quel temps fait-il à Paris ?",
    "Who ganó la final?",
    "Hvad kostede reparationen af broen?",
]
MORE_ENGLISH = [
    "Who won?",
    "Why?",
    "And why?",
    "What about Russia?",
    "How many people live in Zürich?",
    "When did São Paulo host the race?",
    "Who is Søren Kierkegaard?",
    "What did Señor Gómez say?",
    "Was the mayor of München re-elected?",
    "Is the Café de Flore closed?",
    "Who won the Tour de France?",
    "What does 'déjà vu' mean in the article?",
    "How much did the Müller GmbH pay?",
    "Where is Łódź?",
    "Who leads Die Linke?",
    "What did El País report?",
    "Who won Eurovision?",
    "Did Le Monde say anything?",
    "Que sera sera?",
    "Who is the CEO?",
    "Was it sunny?",
    "Did he win?",
    "Who won in 2025?",
    "What did Zelensky ask foreign allies for?",
    "Why was the tram extension delayed and when will it open?",
    "Who coached Real Madrid?",
    "When will the Ponte Vecchio reopen?",
    "How big is the Bodensee?",
    "Was the Tagesschau report wrong?",
    "Who sang La Vie en Rose?",
]


def english_questions(shared: Path) -> list[str]:
    found = list(MORE_ENGLISH)
    for path in glob.glob(str(shared / "eval" / "*" / "questions.jsonl")):
        found += [json.loads(line)["question"] for line in open(path, encoding="utf-8")]
    for path in [*glob.glob(str(ROOT / "tests" / "*.py")), *glob.glob(str(shared / "cases/*/*"))]:
        if path.endswith("test_language.py"):  # its foreign questions are quoted too
            continue
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (UnicodeDecodeError, IsADirectoryError):
            continue
        found += re.findall(r'"([A-Z][^"\n]{2,200}\?)"', text)
    return sorted(set(found) - set(FOREIGN))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    english = english_questions(args.shared)
    alarms = [q for q in english if foreign_language(q)]
    misses = [q for q in FOREIGN if not foreign_language(q)]
    print(f"false alarms: {len(alarms)} of {len(english)} English questions")
    for q in alarms:
        print(f"  {foreign_language(q)}: {q}")
    print(f"misses: {len(misses)} of {len(FOREIGN)} questions in other languages")
    for q in misses:
        print(f"  {q}")


if __name__ == "__main__":
    main()
