from __future__ import annotations

import pytest

from rag.chunking import MAX_SENTENCE_WORDS, chunk_article, sentence_spans
from rag.types import Article

TEXT = (
    "Gen. Roman Berdnikov was replaced. He had served less than three weeks.\n\n"
    "Heading without stop\n\n"
    "Mr. Peskov said the operation continues. The U.S. sent more aid on Monday. "
    "Officials in Kyiv welcomed it."
)


def test_sentence_spans_respect_paragraphs_and_abbreviations():
    sentences = [TEXT[s:e] for s, e in sentence_spans(TEXT)]
    assert sentences == [
        "Gen. Roman Berdnikov was replaced.",
        "He had served less than three weeks.",
        "Heading without stop",
        "Mr. Peskov said the operation continues.",
        "The U.S. sent more aid on Monday.",
        "Officials in Kyiv welcomed it.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # the thirty-first trial: "... bought a J.M.W." and "Turner watercolour ... £3.2
        # million" were cited as two sentences, and the price question refused
        ("The Ashmolean has bought a J.M.W. Turner watercolour for £3.2 million. It was "
         "painted in 1810.",
         ["The Ashmolean has bought a J.M.W. Turner watercolour for £3.2 million.",
          "It was painted in 1810."]),
        ("A novel by J. K. Rowling topped the list. It sold 2,000 copies.",
         ["A novel by J. K. Rowling topped the list.", "It sold 2,000 copies."]),
        ("The prize went to George W. Bush Jr. He was absent.",
         ["The prize went to George W. Bush Jr.", "He was absent."]),
        # initials at a sentence's end, before an opener, still end it
        ("He moved to the U.S. The next year he married.",
         ["He moved to the U.S.", "The next year he married."]),
    ],
)
def test_initials_end_no_sentence_before_a_name(text, sentences):
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


def test_sentence_spans_offset_shifts_positions():
    assert sentence_spans("One. Two.", offset=100) == [(100, 104), (105, 109)]


def test_chunks_keep_exact_offsets_overlap_and_cover_every_sentence():
    article = Article(id="a", title=None, text=TEXT)
    chunks = chunk_article(article, max_words=12, overlap=1)
    assert len(chunks) > 2
    for i, chunk in enumerate(chunks):
        assert chunk.index == i
        assert chunk.text == TEXT[chunk.start : chunk.end]
    # Consecutive chunks share exactly one sentence, unless a chunk is a single sentence
    # (then the next must move on).
    sentences = [TEXT[s:e] for s, e in sentence_spans(TEXT)]
    for a, b in zip(chunks, chunks[1:], strict=False):
        if len(sentence_spans(a.text)) > 1:
            assert TEXT[b.start : a.end] in sentences
        else:
            assert b.start > a.start
    covered = {s for c in chunks for s in sentence_spans(c.text, offset=c.start)}
    assert covered == set(sentence_spans(TEXT))


def test_chunk_ids_are_content_hashes():
    a = Article(id="a", title="T", text=TEXT)
    same = chunk_article(Article(id="a", title="T", text=TEXT))
    assert [c.id for c in chunk_article(a)] == [c.id for c in same]
    edited = chunk_article(Article(id="a", title="T2", text=TEXT))
    assert not {c.id for c in edited} & {c.id for c in same}


def test_a_sentence_longer_than_the_chunk_limit_is_its_own_chunk():
    long = "word " * 40 + "end."
    chunks = chunk_article(Article(id="x", title=None, text=f"Short one. {long} Short two."), 10, 0)
    assert [c.text.split()[0] for c in chunks] == ["Short", "word", "Short"]


def _words_of(text, spans):
    return [w for s, e in spans for w in text[s:e].split()]


UNPUNCTUATED = (
    "this is an automatic transcript of the meeting held on the fourth of June "
    + "the clerk noted the names of those who wished to speak later " * 30
    + "towards the end the council agreed to close the Eastfield library for renovation from "
    "the first of September and the works will cost 2.6 million euros "
    + "a resident complained that the bus shelter was still broken " * 20
    + "the meeting closed at half past nine"
)


def test_text_without_full_stops_becomes_bounded_windows_covering_every_word():
    spans = sentence_spans(UNPUNCTUATED)
    sizes = [len(UNPUNCTUATED[s:e].split()) for s, e in spans]
    assert len(spans) > 10
    assert max(sizes) <= MAX_SENTENCE_WORDS and min(sizes[:-1]) >= 20
    assert _words_of(UNPUNCTUATED, spans) == UNPUNCTUATED.split()  # a partition, in order
    assert all(e <= s2 for (_, e), (s2, _) in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize("shift", range(0, 30, 3))
def test_windows_keep_a_number_with_its_unit(shift):
    text = "filler words go here " * shift + UNPUNCTUATED
    windows = [text[s:e] for s, e in sentence_spans(text)]
    assert any("2.6 million euros" in w for w in windows)


def test_windows_prefer_clause_marks():
    text = ", ".join(f"item number {i} was noted by the clerk" for i in range(30))
    for _s, e in sentence_spans(text)[:-1]:
        assert text[e - 1] == ","


def test_unspaced_script_is_cut_by_characters_and_chunks_stay_small():
    text = "東京都は今年、電気バスを四十台導入すると発表した" * 60  # no spaces, no 。
    spans = sentence_spans(text)
    assert len(spans) > 3 and all(e - s <= 400 for s, e in spans)
    assert "".join(text[s:e] for s, e in spans) == text
    chunks = chunk_article(Article(id="t", title=None, text=text))
    assert all(len(c.text) <= 400 for c in chunks)


def test_list_items_are_sentences_of_their_own():
    text = "The plan has three parts:\n- new reading rooms\n- longer Sunday hours\n* a cafe"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The plan has three parts:",
        "- new reading rooms",
        "- longer Sunday hours",
        "* a cafe",
    ]


def test_unpunctuated_transcript_chunks_and_citations_are_narrow():
    article = Article(id="t", title=None, text=UNPUNCTUATED)
    chunks = chunk_article(article)
    assert len(chunks) > 3 and all(len(c.text.split()) <= 120 for c in chunks)
    # At question time each chunk is split again: into the same narrow windows (the last two
    # of a chunk may merge into one sentence-sized span), one of which holds the fact whole.
    evidence = [
        UNPUNCTUATED[s:e] for c in chunks for s, e in sentence_spans(c.text, offset=c.start)
    ]
    assert max(len(x.split()) for x in evidence) <= MAX_SENTENCE_WORDS
    assert any("2.6 million euros" in x for x in evidence)
    whole = set(sentence_spans(UNPUNCTUATED))
    again = {s for c in chunks for s in sentence_spans(c.text, offset=c.start)}
    assert len(whole & again) >= len(whole) * 0.8


FORM = (
    "Please print legibly.\n\nContact Information:\nName"
    + "_" * 48
    + "\n\nCompany"
    + "_" * 60
    + "\n\nPRE-REGISTRATION (Prior to 1 May 1993):\n    Members    $55.00\n    Non-Members $75.00\n"
) * 12


def test_symbol_heavy_text_makes_chunks_the_embedder_reads_whole():
    """Forms, rules of underscores and price lists are many tokens per word: chunks are
    budgeted by estimated tokens too, so none passes bge-small's 512 (measured with its own
    tokenizer when the packaged model is installed)."""
    chunks = chunk_article(Article(id="f", title=None, text=FORM))
    assert len(chunks) > 1
    try:
        from tokenizers import Tokenizer

        from rag.models import EMBEDDERS

        tokenizer = Tokenizer.from_file(
            str(EMBEDDERS["bge-small-en-v1.5"].path() / "tokenizer.json")
        )
    except Exception:  # the model package is not installed: the estimate must do
        pytest.skip("bge-small tokenizer not installed")
    assert max(len(tokenizer.encode(c.text).ids) for c in chunks) <= 512


def test_label_value_lines_are_sentences_of_their_own():
    # trial 34: "MV Holm Venture: built 2011, carries 390 passengers" was glued to the line
    # introducing the list and to the next row, and its figure never found
    text = (
        "The company's vessels on the route:\n"
        "MV Skerra Lass: built 1998, carries 240 passengers\n"
        "MV Holm Venture: built 2011, carries 390 passengers\n\n"
        "A line of prose wrapped by its writer goes on\nand on: a colon inside it splits nothing."
        "\n\nA note in the minutes read:\nthe bridge will open in May."
    )
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The company's vessels on the route:",
        "MV Skerra Lass: built 1998, carries 240 passengers",
        "MV Holm Venture: built 2011, carries 390 passengers",
        "A line of prose wrapped by its writer goes on\nand on: a colon inside it splits nothing.",
        "A note in the minutes read:\nthe bridge will open in May.",
    ]


@pytest.mark.parametrize(
    "title", ["Coun.", "Cllr.", "Supt.", "Det. Sgt.", "Gov.", "Rev.", "Capt.", "Fr.", "Const."]
)
def test_a_title_s_abbreviation_ends_no_sentence(title):
    # round 55 (trial 85): "Coun. Darryl Wiebe cast the only vote against" was cited as
    # "Darryl Wiebe cast ..."
    text = f"The vote was close. {title} Ann Lee cast the only vote against. It passed."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The vote was close.", f"{title} Ann Lee cast the only vote against.", "It passed.",
    ]
