from __future__ import annotations

from rag.chunking import chunk_article, sentence_spans
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


def test_a_sentence_longer_than_the_limit_is_its_own_chunk():
    long = "word " * 50 + "end."
    chunks = chunk_article(Article(id="x", title=None, text=f"Short one. {long} Short two."), 10, 0)
    assert [c.text.split()[0] for c in chunks] == ["Short", "word", "Short"]
