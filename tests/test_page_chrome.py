"""Page chrome is removed from saved-page text by general rules; the article's own short lines
(datelines, bylines, one-line paragraphs, a list it introduces) survive."""

from __future__ import annotations

import pytest

from rag.sources.common import clean_text, is_boilerplate
from tests.conftest import ROOT

PAGES = ROOT / "tests" / "data" / "pages"


def cleaned(name: str) -> str:
    return clean_text((PAGES / name).read_text(encoding="utf-8"))


# Saved pages: (file, lines of the article that must survive, chrome that must go, how the
# article text ends, or None).
SAVED_PAGES = [
    pytest.param(
        "ledger-bridge.txt",
        [
            "By Hana Kowalczyk",
            "4 June 2024",
            "WESTMERE, June 4 (Coastal Ledger) - The Old Mill bridge will stay closed",
            "Engineers found corrosion",
            "The repair plan has three steps:\n1. Remove the damaged supports\n2. Fit new steel "
            "beams\n3. Resurface the deck",
            "Police are investigating.",
            '"We know this is hard for people who cross every day," said council leader Ines '
            "Calvo.",
        ],
        [
            "Skip to main content", "Home | News", "cookies", "Manage preferences",
            "News \u203a Westmere", "Share on Facebook", "Related", "tram extension delayed again",
            "Most read", "131 million", "Harbour master Ines Calvo steps down", "Follow us",
            "Instagram", "All rights reserved",
        ],
        "said council leader Ines Calvo.",
        id="sidebars-notices-and-bars",
    ),
    pytest.param(
        "westmere-weekly-tram.txt",
        [
            "The city transport office said the cost had risen to 131 million euros.",
            "Published 12 March 2024",
        ],
        [
            "Menu", "Home / Local", "Share this article", "Copy link", "Top stories",
            "harbour budget", "More on this story", "what we know so far", "cookies",
            "privacy settings", "Reject",
        ],
        "Councillors will debate the new timetable next week.",
        id="numbered-top-stories-and-consent-banner",
    ),
    pytest.param(
        "harbour-news.txt",
        [
            "LONDON (Harbour News) \u2014 Harbour master Ines Calvo will retire",
            "It was a quiet handover.",
            "Her deputy, Tom Okafor, will take over.",
        ],
        ["You are here", "Trending", "Ferry fares", "newsletter", "Port traffic",
         "Cookie settings"],
        None,
        id="trending-and-also-like-lists",
    ),
]


@pytest.mark.parametrize(("page", "kept", "dropped", "ending"), SAVED_PAGES)
def test_saved_page_keeps_the_article_and_drops_the_chrome(page, kept, dropped, ending):
    text = cleaned(page)
    for line in kept:
        assert line in text, line
    for line in dropped:
        assert line not in text, line
    if ending is not None:
        assert text.endswith(ending)


@pytest.mark.parametrize(
    "line",
    [
        "Home | World | Business | Sport",
        "Home > News > Local",
        "Share Facebook Twitter Email",
        "Follow us on Instagram",
        "facebook · twitter · whatsapp",
        "We use cookies to improve your experience. Accept all cookies or manage your settings.",
        "By using our site you agree to our cookie policy",
        "Accept all",
        "Skip to content",
        "Most read",
        "You may also like",
        "More from Politics",
    ],
)
def test_chrome_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The bakery sold 4,000 cookies at the fair, its owner said.",
        "By Hana Kowalczyk",
        "LONDON, May 3 (Reuters) -",
        "Police are investigating.",
        "Share prices fell 3 percent on Monday.",
        "Residents said they would follow the council's advice.",
        "The court heard evidence from Facebook and Twitter executives on Monday.",
        "Related costs rose by 12 percent, the report said.",
    ],
)
def test_story_lines_are_not_chrome(line):
    assert not is_boilerplate(line)
    assert clean_text(line) == line


def test_numbered_list_the_story_introduces_stays():
    text = (
        "The council set three goals:\n1. Fix the bridge\n2. Extend the tram\n3. Open the library"
    )
    assert clean_text(text) == text


def test_numbered_headline_list_without_heading_goes():
    text = (
        "The bridge will reopen in May.\n\n1. Tram extension cost rises again\n"
        "2. Harbour master retires after 30 years\n3. Eastfield library to close for a year\n\n"
        "Engineers found corrosion."
    )
    assert clean_text(text) == "The bridge will reopen in May.\n\nEngineers found corrosion."


def test_story_paragraphs_after_a_sidebar_heading_are_kept():
    text = "Related\nTram delayed\nHarbour budget\n\nThe council met on Tuesday to discuss it."
    assert clean_text(text) == "The council met on Tuesday to discuss it."


def test_numbered_data_lists_stay():
    seeds = "\n\n".join(
        f"{i} {name}"
        for i, name in enumerate(
            [
                "Roger Federer (Switzerland)",
                "Andy Roddick (US)",
                "Lleyton Hewitt (Australia)",
                "Marat Safin (Russia)",
            ],
            start=1,
        )
    )
    text = f"The seeds were announced on Thursday.\n\n{seeds}"
    assert clean_text(text) == text
    long_list = "\n".join(f"{i}. Item number {i} in the long council list" for i in range(1, 13))
    assert clean_text(long_list) == long_list


def test_photo_credit_with_slashes_is_not_a_menu():
    assert not is_boilerplate("Rick Osentoski/USA Today Sports/Reuters")
