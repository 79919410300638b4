"""Is a question clearly not in English? The packaged models (bge-small-en, the ms-marco
cross-encoder, spaCy's en_core_web_sm) read English only, so a question in Spanish or German
matches little and is mostly refused; the reply then says why (`note`).

    foreign_language("¿Cuánto costó la reparación del puente?")  ->  "es"
    foreign_language("How many people live in Zürich?")          ->  None

The language is identified by py3langid (langid.py's naive Bayes model over byte n-grams,
shipped in the package: offline, deterministic, ~1 ms a question after a 0.5 s load). Its
guess on a few words is noisy, so a question counts as foreign only when all of these hold:
- it has none of `ENGLISH_WORDS`: function words English questions nearly always have and
  the other languages of Latin script do not use ("what", "the", "did" ...; not "was", "die",
  "is", "in", which are German or Dutch too). This keeps English questions about "Zürich",
  "São Paulo" or "La Vie en Rose" English, and spares most questions the model's load;
- it has at least `MIN_WORDS` words, unless most of its letters are not Latin (Cyrillic, Greek,
  CJK, Arabic ...): "Who won?" is too short to judge, "Кто выиграл?" is not;
- the model's most likely language is not English, with probability >= `MIN_TOP`, and English
  gets < `MAX_ENGLISH`.
Measured with `python bench/language_eval.py`: of 841 English questions (the dev sets', every
question quoted in the tests and handed cases, some with foreign names) none is flagged; of 82
questions in 25 other languages 78 are (misses: three-word Nordic and Turkish questions, and
"Who ganó la final?"); 28 of 30 written afterwards. A miss only loses the note: nothing is
refused or answered differently because of its language.
"""

from __future__ import annotations

import functools
import re
import unicodedata

ENGLISH_WORDS = frozenset(
    "the what who whom whose which how when where why did does were has had have of and many "
    "much said say says been being would could should shall won any there their they this "
    "that these those".split()
)
MIN_WORDS = 3
MIN_TOP = 0.5
MAX_ENGLISH = 0.05

# ISO 639-1 codes py3langid returns -> names for the note (others are named by their code).
NAMES = {
    "es": "Spanish", "de": "German", "fr": "French", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian",
    "nb": "Norwegian", "fi": "Finnish", "tr": "Turkish", "ru": "Russian", "uk": "Ukrainian",
    "el": "Greek", "ja": "Japanese", "zh": "Chinese", "ko": "Korean", "ar": "Arabic",
    "he": "Hebrew", "hi": "Hindi", "cs": "Czech", "hu": "Hungarian", "ro": "Romanian",
    "id": "Indonesian", "ca": "Catalan", "gl": "Galician",
}  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _identifier():
    # Imported and loaded on first use (~0.5 s): most questions never get here (ENGLISH_WORDS).
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _mostly_non_latin(words: list[str]) -> bool:
    letters = [ch for w in words for ch in w]
    latin = sum("LATIN" in unicodedata.name(ch, "") for ch in letters)
    return latin * 2 < len(letters)


def foreign_language(question: str) -> str | None:
    """The ISO 639-1 code of the language `question` is clearly written in when that is not
    English (see the module docstring for the rule); None for English or when unsure."""
    words = _WORD.findall(question)
    if not words or any(w.lower() in ENGLISH_WORDS for w in words):
        return None
    if len(words) < MIN_WORDS and not _mostly_non_latin(words):
        return None
    found = _judged(question)
    if found is None or _mostly_non_latin(words):
        return found
    # Names are what English questions borrow from other languages ("Götterdämmerung", "Città
    # di Castello"): the question must still read as that language without its capitalised
    # words after the first (German nouns go too; its function words remain).
    rest = [w for i, w in enumerate(words) if i == 0 or not w[0].isupper()]
    if len(rest) < 2 or _judged(" ".join(rest)) != found:
        return None
    return found


def _judged(text: str) -> str | None:
    ranked = dict(_identifier().rank(text))
    top = max(ranked, key=ranked.get)
    if top == "en" or ranked[top] < MIN_TOP or ranked.get("en", 0.0) >= MAX_ENGLISH:
        return None
    return top


def note(question: str) -> str | None:
    """The note a reply carries for a question clearly not in English, else None."""
    code = foreign_language(question)
    if code is None:
        return None
    return (
        f"This question looks like {NAMES.get(code, f'language {code!r}')}: the models here "
        "read English only, so answers are found far less often. Ask in English for a "
        "reliable answer."
    )
