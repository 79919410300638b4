"""Real-looking PDFs made on the fly with fpdf2 (a dev dependency), for the PDF reader's tests
and `bench/pdf_extract.py`. Each maker returns the page texts it wrote, so extraction can be
checked word for word."""

from __future__ import annotations

from pathlib import Path

PRESS_RELEASE = [
    [
        "Westmere City Council announces bridge repairs",
        "The council said on Monday that the Old Mill bridge will close to all traffic from the "
        "first of March while engineers replace two corroded steel supports. The work follows "
        "an inspection in January that found rust in the main beams.",
        "Council leader Ines Calvo said the closure was the only safe option. Buses will be "
        "diverted over the Harbour Road bridge, adding about ten minutes to journeys.",
    ],
    [
        "Costs and timetable",
        "The repairs will cost 4.2 million euros, paid from the regional infrastructure fund. "
        "The contractor, Northbank Engineering, expects to finish the steelwork by August.",
        "Residents can follow the progress of the works on the council website, which will be "
        "updated every two weeks with photographs from the site.",
    ],
    [
        "Notes for editors",
        "The Old Mill bridge was built in 1932 and carries about 9,000 vehicles a day. It was "
        "last repaired in 1998. The bridge will reopen to pedestrians in June and to all traffic "
        "in September.",
        "Media contact: press office, Westmere City Council.",
    ],
]


def _pdf():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 20, 20)
    return pdf


def press_release(path: Path) -> list[str]:
    """Three pages, one column, a running header and a "Page N of 3" footer on each page;
    paragraphs wrapped across lines (some words hyphenated at line ends by the layout)."""
    pdf = _pdf()
    texts = []
    for number, (heading, *paragraphs) in enumerate(PRESS_RELEASE, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 6, "WESTMERE CITY COUNCIL - PRESS RELEASE", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("Helvetica", size=11)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        pdf.set_y(-20)
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 6, f"Page {number} of {len(PRESS_RELEASE)}", align="C")
        texts.append("\n\n".join([heading, *paragraphs]))
    pdf.output(str(path))
    return texts


EPAPER = [
    "Harbour master to retire. Harbour master Ines Calvo will retire in September after thirty "
    "years in the post, the port authority said on Tuesday. Her deputy, Tom Okafor, will take "
    "over the role. Calvo oversaw the dredging of the shipping channel to fourteen metres.",
    "Library closes for renovation. The Eastfield public library will close from the first of "
    "September for a year of building work. The renovation will cost 2.6 million euros and "
    "add three reading rooms. A mobile library will visit the district twice a week.",
]


def epaper_page(path: Path) -> list[str]:
    """One newspaper page with two stories side by side in two columns."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    width = (210 - 40 - 8) / 2
    for column, story in enumerate(EPAPER):
        pdf.set_xy(20 + column * (width + 8), 30)
        pdf.multi_cell(width, 5, story)
    pdf.output(str(path))
    return [" ".join(EPAPER)]


def scanned(path: Path) -> None:
    """A page with no text layer: the text is only an image (a scan)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(image).text((20, 80), "Scanned letter: the bridge will close in March.", "black")
    png = path.with_suffix(".png")
    image.save(png)
    pdf = _pdf()
    pdf.add_page()
    pdf.image(str(png), x=20, y=20, w=170)
    pdf.output(str(path))
    png.unlink()
