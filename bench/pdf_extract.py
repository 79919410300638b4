"""Which PDF library reads our kind of PDFs best? Text quality and time on generated PDFs.

    python bench/pdf_extract.py

For each library: word-sequence similarity to the text written (difflib ratio over words, 1.0 =
every word in order), whether words hyphenated or split at line ends come back whole, whether
two columns come out one after the other, and milliseconds per page.
"""

from __future__ import annotations

import difflib
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.pdfs import epaper_page, press_release  # noqa: E402


def pypdf_pages(path):
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(path).pages]


def pdfplumber_pages(path):
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def pymupdf_pages(path):
    import pymupdf

    with pymupdf.open(path) as doc:
        return [page.get_text() for page in doc]


def words(text):
    return re.findall(r"[\w.,']+", text)


def score(pages, truth):
    got, want = words(" ".join(pages)), words(" ".join(truth))
    return difflib.SequenceMatcher(None, got, want, autojunk=False).ratio()


def main():
    folder = Path(tempfile.mkdtemp())
    docs = {
        "press release (3 pages)": (folder / "a.pdf", press_release(folder / "a.pdf")),
        "e-paper (2 columns)": (folder / "b.pdf", epaper_page(folder / "b.pdf")),
    }
    print("| library | document | words in order | columns apart | ms/page |")
    print("|---|---|---|---|---|")
    for name, fn in [
        ("pypdf", pypdf_pages),
        ("pdfplumber", pdfplumber_pages),
        ("pymupdf", pymupdf_pages),
    ]:
        for label, (path, truth) in docs.items():
            started = time.perf_counter()
            for _ in range(5):
                pages = fn(path)
            ms = (time.perf_counter() - started) * 1000 / 5 / len(pages)
            joined = " ".join(pages)
            apart = "-"
            if "columns" in label:
                first, second = (
                    joined.find("Harbour master to retire"),
                    joined.find("Library closes"),
                )
                end_of_first = joined.find("fourteen metres")
                apart = "yes" if 0 <= first < end_of_first < second else "no"
            print(f"| {name} | {label} | {score(pages, truth):.3f} | {apart} | {ms:.1f} |")


if __name__ == "__main__":
    main()
