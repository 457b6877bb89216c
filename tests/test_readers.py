"""Readers: each fixture is named after the problem it catches. PDFs are written by tests/pdfmaker.py,
DOCX files by python-docx, so every layout under test is visible here."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest

from postingkit import parse
from postingkit.errors import DamagedDocumentError, EmptyDocumentError, UnsupportedFormatError
from postingkit.pipeline import parse_bytes
from postingkit.readers.detect import detect_format
from postingkit.readers.docx import read_docx
from postingkit.readers.html import read_html
from postingkit.readers.pdf import read_pdf

from .conftest import FIXTURES
from .pdfmaker import make_pdf

R, B = "regular", "bold"


def kinds(blocks) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in blocks]


# --- PDF ---------------------------------------------------------------------------------------

def test_pdf_running_header_page_numbers_and_wrapped_bullets() -> None:
    data = make_pdf([
        [(72, 750, 10, R, "ACME vacancy notice"), (72, 700, 18, B, "Finance Officer"),
         (72, 660, 13, B, "Key Responsibilities"), (72, 640, 11, R, "\u2022 Prepare the annual budget and"),
         (90, 626, 11, R, "monthly "
                          "reports."), (72, 612, 11, R, "\u2022 Support audits."), (290, 40, 10, R, "Page 1 of 2")],
        [(72, 750, 10, R, "ACME vacancy notice"), (72, 700, 13, B, "Requirements"),
         (72, 680, 11, R, "\u2022 Degree in finance."), (290, 40, 10, R, "Page 2 of 2")],
    ])
    document = read_pdf(data)
    assert document.pages == 2
    assert kinds(document.blocks) == [
        ("heading", "Finance Officer"), ("heading", "Key Responsibilities"),
        ("list_item", "Prepare the annual budget and monthly reports."), ("list_item", "Support audits."),
        ("heading", "Requirements"), ("list_item", "Degree in finance.")]


# Office exports (LibreOffice, Word) write a table cell by cell, each cell top to bottom.
CELL_BY_CELL_TABLE = [
    (72, 700, 13, B, "Specific Requirements"),
    (200, 680, 11, R, "Essential"), (380, 680, 11, R, "Desirable"),
    (72, 660, 11, R, "Education"), (200, 660, 11, R, "Degree in law."), (200, 646, 11, R, "Knowledge of EU law."),
    (380, 660, 11, R, "Master's degree."),
    (72, 620, 11, R, "Skills"), (200, 620, 11, R, "Fluent English."),
    (72, 580, 11, R, "Applications close when the post is filled, which may be soon after the advert."),
]


def test_pdf_essential_desirable_table_keeps_columns_and_splits_cell_items() -> None:
    data = make_pdf([CELL_BY_CELL_TABLE])
    rows = [b.cells for b in read_pdf(data).blocks if b.kind == "table_row"]
    assert rows == [["", "Essential", "Desirable"],
                    ["Education", "• Degree in law. • Knowledge of EU law.", "Master's degree."],
                    ["Skills", "Fluent English.", ""]]
    posting = parse_bytes(data, None)
    assert [(q.text, q.requirement) for q in posting.qualifications] == [
        ("Degree in law.", "required"), ("Knowledge of EU law.", "required"), ("Master's degree.", "preferred"),
        ("Fluent English.", "required")]


def test_pdf_table_written_line_by_line_across_cells_reads_as_the_cell_by_cell_one() -> None:
    """A row-major PDF table (each line across all cells before the next): a multi-line cell's next line
    stays in its row; the first column opens the next row."""
    line_by_line = sorted(CELL_BY_CELL_TABLE, key=lambda line: (-line[1], line[0]))
    rows = [b.cells for b in read_pdf(make_pdf([line_by_line])).blocks if b.kind == "table_row"]
    assert rows == [["", "Essential", "Desirable"],
                    ["Education", "• Degree in law. • Knowledge of EU law.", "Master's degree."],
                    ["Skills", "Fluent English.", ""]]


def test_pdf_page_set_in_two_columns_is_read_column_by_column() -> None:
    left = [(72, 700, 13, B, "Key Responsibilities")] + [
        (72, 680 - 14 * i, 11, R, f"\u2022 Duty number {i} of the role.") for i in range(9)]
    right = [(320, 700, 13, B, "Requirements")] + [
        (320, 680 - 14 * i, 11, R, f"\u2022 Requirement number {i}.") for i in range(9)]
    posting = parse_bytes(make_pdf([left + right]), None)
    assert [d.text for d in posting.duties] == [f"Duty number {i} of the role." for i in range(9)]
    assert [q.text for q in posting.qualifications] == [f"Requirement number {i}." for i in range(9)]


def test_pdf_headings_set_in_the_body_type_are_found_as_in_text() -> None:
    lines = ["Junior Advisor for Vocational Education", "Tasks of the expert",
             "\u2022 Assess the current procurement practices", "\u2022 Deliver six training sessions",
             "The ideal candidate", "\u2022 University degree in law", "\u2022 Five years of experience in procurement",
             "How to apply", "Send a CV and a motivation letter in English to the address given below, quoting the",
             "reference number of this notice in the subject line."]
    page = [(72, 700 - 16 * i, 11, R, text) for i, text in enumerate(lines)]  # one type, one weight throughout
    blocks = read_pdf(make_pdf([page])).blocks
    # short unpunctuated lines on their own are headings, as in text; the title's "Education" opens no section
    assert [(b.kind, b.text) for b in blocks if b.kind == "heading"] == [
        ("heading", "Junior Advisor for Vocational Education"), ("heading", "Tasks of the expert"),
        ("heading", "The ideal candidate"), ("heading", "How to apply")]
    posting = parse_bytes(make_pdf([page]), None)
    assert posting.title == "Junior Advisor for Vocational Education"
    assert [d.text for d in posting.duties] == ["Assess the current procurement practices",
                                                 "Deliver six training sessions"]
    assert [q.text for q in posting.qualifications] == ["University degree in law",
                                                         "Five years of experience in procurement"]


def test_pdf_hyphen_marks_at_line_ends_are_undone() -> None:
    from postingkit.readers.pdf_layout import join_lines

    assert join_lines("municipalities in Bosnia\x02", "Herzegovina") == "municipalities in Bosnia-Herzegovina"
    assert join_lines("advocates that are passion\ufffe", "ated") == "advocates that are passionated"
    assert join_lines("decision\x02", "making") == "decision-making"


def test_pdf_hyphen_marks_left_inside_a_line_are_real_hyphens() -> None:
    """A wrapped title merged as pieces of one line keeps PDFium's line-end hyphen mark (U+FFFE) inside
    it (a Chrome print of laborum.pe gave "profesional\ufffeFinanzas"): no mark reaches the text."""
    from postingkit.readers.pdf_layout import Segment, layout_blocks

    line = Segment(text="Practicante pre profesional\ufffeFinanzas TI", x0=40, x1=300, top=700, bottom=690,
                   page=1, size=10, bold=False)
    row = [Segment(text="Área\x02", x0=40, x1=90, top=600, bottom=590, page=1, size=10, bold=False),
           Segment(text="Finanzas", x0=200, x1=260, top=600, bottom=590, page=1, size=10, bold=False)]
    texts = [(b.kind, b.text, b.cells) for b in layout_blocks([line, *row])]
    assert all("\ufffe" not in text and "\x02" not in text for _, text, _ in texts)
    assert texts[0][1] == "Practicante pre profesional-Finanzas TI"


def test_a_word_justified_text_splits_between_two_touching_rects_reads_once() -> None:
    """Word 2016 justified text (realdocs rm-raw-job-desc-1.pdf; tests/fixtures/realdocs/PROVENANCE.tsv): PDFium
    splits "Collaborate" into two rects that touch; the touching letter was read by both ("Collab" | "aborate"),
    and the two pieces made a table row whose second line became a duty of its own."""
    posting = parse(FIXTURES / "realdocs" / "rm-raw-job-desc-1.pdf")
    assert [d.text for d in posting.duties][:3] == [
        "Develop, test, and maintain Java-based applications using industry-standard frameworks and technologies.",
        "Collaborate with cross-functional teams to identify and address business requirements and technical issues.",
        "Participate in design and architecture discussions to ensure the development of scalable, efficient, and "
        "secure applications."]
    assert not any(b.kind == "table_row" for b in read_pdf(
        (FIXTURES / "realdocs" / "rm-raw-job-desc-1.pdf").read_bytes()).blocks)


def test_google_docs_export_is_read_as_lines_with_their_places_sizes_and_weights() -> None:
    """A Google Docs (Skia) export places 1-5 characters a text rect: the page is read as PDFium's own
    lines, each placed where its characters are, so wrapped lines join into paragraphs and list items and
    the bold lines are headings. Provenance: tests/fixtures/realdocs/PROVENANCE.tsv."""
    document = read_pdf((FIXTURES / "realdocs" / "rm-job-desc-java-developer.pdf").read_bytes())
    assert [b.text for b in document.blocks if b.kind == "heading"] == [
        "Sobre nosotros", "Descripción del trabajo", "Responsabilidades", "Requisitos", "Beneficios", "Cómo aplicar"]
    assert [b.kind for b in document.blocks].count("list_item") == 15
    assert document.blocks[2].text.startswith("BBVA es una institución financiera líder a nivel global, comprometida "
                                              "con la innovación y la excelencia")
    assert document.blocks[2].text.endswith("personal de nuestros colaboradores.")
    posting = parse(FIXTURES / "realdocs" / "rm-job-desc-java-developer.pdf")
    assert posting.title == "Java developer"
    assert [d.text for d in posting.duties][:2] == [
        "Desarrollar y mantener aplicaciones Java de alta calidad para diversas necesidades comerciales.",
        "Colaborar estrechamente con otros miembros del equipo, incluidos diseñadores, analistas y otros "
        "desarrolladores, para entender los requisitos del proyecto y garantizar la entrega oportuna y exitosa de "
        "las soluciones."]
    assert (len(posting.duties), len(posting.qualifications)) == (5, 6)


def test_pdf_without_text_layer_is_refused() -> None:
    with pytest.raises(EmptyDocumentError,
                       match=r"no text layer \(scanned\?\): the notice is an image of text; OCR it first"):
        read_pdf(make_pdf([[]]))


def test_encrypted_pdf_is_refused() -> None:
    with pytest.raises(DamagedDocumentError, match="encrypted PDF; decrypt it first"):
        read_pdf((FIXTURES / "encrypted-with-user-password.pdf").read_bytes())


def test_truncated_pdf_is_damaged() -> None:
    data = make_pdf([[(72, 700, 11, R, "Deadline: 3 May 2025")]])
    with pytest.raises(DamagedDocumentError, match="damaged PDF"):
        read_pdf(data[: len(data) // 3])


def test_pdf_with_broken_cross_reference_table_is_still_read() -> None:
    data = make_pdf([[(72, 700, 11, R, "Deadline: 3 May 2025")]])
    start = data.index(b"xref\n")
    broken = data[:start] + data[start:].replace(b" 00000 n", b" 00000 n").replace(b"0000000", b"9999999")
    assert parse_bytes(broken, None).deadline.date == "2025-05-03"


# --- DOCX --------------------------------------------------------------------------------------

def _docx_bytes(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_styles_numbering_bold_headings_tables_and_no_page_chrome() -> None:
    def build(d):
        d.sections[0].header.paragraphs[0].text = "ACME running header"
        d.sections[0].footer.paragraphs[0].text = "Page 1"
        d.add_paragraph("Finance Officer", style="Title")
        d.add_heading("Duties and Responsibilities", level=2)
        d.add_paragraph("Prepare budgets.", style="List Bullet")
        d.add_paragraph("Support audits.", style="List Number")
        bold = d.add_paragraph()
        bold.add_run("Requirements").bold = True
        table = d.add_table(rows=2, cols=3)
        for cell, text in zip(table.rows[0].cells, ["", "Essential", "Desirable"]):
            cell.text = text
        table.rows[1].cells[0].text = "Education"
        table.rows[1].cells[1].text = "Degree in finance."
        table.rows[1].cells[1].add_paragraph("Five years in audit.")
        table.rows[1].cells[2].text = "CPA."
        d.add_paragraph("Deadline: 3 May 2025\nLocation: Pristina, Kosovo")

    blocks = read_docx(_docx_bytes(build)).blocks
    assert kinds(blocks) == [
        ("heading", "Finance Officer"), ("heading", "Duties and Responsibilities"),
        ("list_item", "Prepare budgets."), ("list_item", "Support audits."), ("heading", "Requirements"),
        ("table_row", "Essential Desirable"),
        ("table_row", "Education • Degree in finance. • Five years in audit. CPA."),
        ("paragraph", "Deadline: 3 May 2025"), ("paragraph", "Location: Pristina, Kosovo")]
    assert blocks[3].numbered is True


def test_docx_that_is_not_a_zip_is_refused() -> None:
    with pytest.raises(DamagedDocumentError, match="damaged DOCX file"):
        read_docx(b"PK\x03\x04 this is not really a zip archive")


def test_zip_without_word_document_is_not_a_docx() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(UnsupportedFormatError, match="a ZIP archive that is not a DOCX"):
        detect_format(buffer.getvalue(), "notice.docx")


def test_docx_whose_xml_would_inflate_to_a_huge_size_is_refused_before_inflating() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (80 * 1024 * 1024))
    with pytest.raises(DamagedDocumentError, match=r"refused: word/document.xml would inflate to 83,886,080 bytes"):
        read_docx(buffer.getvalue())


def test_docx_entities_are_never_expanded_or_fetched() -> None:
    evil = _docx_bytes(lambda d: d.add_paragraph("PLACEHOLDER"))
    source = zipfile.ZipFile(io.BytesIO(evil))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "word/document.xml":
                body = body.replace(b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>",
                                    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;">'
                                    b'<!ENTITY ext SYSTEM "file:///etc/passwd">]>')
                body = body.replace(b"PLACEHOLDER", b"&b;&ext;")
            archive.writestr(item, body)
    # python-docx parses with resolve_entities=False: the entities stay unexpanded, so no text at all
    assert read_docx(buffer.getvalue()).blocks == []


def test_old_binary_doc_is_refused_with_advice() -> None:
    with pytest.raises(UnsupportedFormatError, match=r"an old binary Word \(.doc\) file; save it as DOCX"):
        detect_format(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "notice.doc")


# --- HTML --------------------------------------------------------------------------------------

PAGE = b"""<!DOCTYPE html><html><head><title>Jobs</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Finance Officer",
"hiringOrganization":{"@type":"Organization","name":"UNDP"},"validThrough":"2024-07-14T23:59","datePosted":"2024-06-20",
"baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":30000,
"maxValue":40000,"unitText":"YEAR"}},"jobLocation":{"@type":"Place","address":{"addressCountry":"XK"}}}</script>
</head><body><nav><ul><li>Home</li><li>Jobs</li></ul></nav><h1>Finance Officer</h1>
<p><strong>Responsibilities</strong></p><ul><li>Prepare budgets and <i>monthly</i> reports.</li>
<li>Support audits.<ul><li>Nested item.</li></ul></li></ul>
<h2>Requirements</h2><table><tr><th></th><th>Essential</th><th>Desirable</th></tr>
<tr><td>Education</td><td>Degree in finance</td><td>CPA</td></tr></table>
<p>Deadline: 14 July 2024<br>Salary: EUR 2,000 per month</p><footer>Copyright</footer></body></html>"""


def test_html_blocks_skip_navigation_and_keep_lists_and_tables() -> None:
    assert kinds(read_html(PAGE).blocks) == [
        ("heading", "Finance Officer"), ("heading", "Responsibilities"),
        ("list_item", "Prepare budgets and monthly reports."), ("list_item", "Support audits."),
        ("list_item", "Nested item."), ("heading", "Requirements"), ("table_row", "Essential Desirable"),
        ("table_row", "Education Degree in finance CPA"), ("paragraph", "Deadline: 14 July 2024"),
        ("paragraph", "Salary: EUR 2,000 per month")]


def test_html_json_ld_wins_and_a_disagreeing_text_is_reported() -> None:
    posting = parse_bytes(PAGE, "job.html")
    assert (posting.title, posting.organization, posting.deadline.date, posting.posted.date) == (
        "Finance Officer", "UNDP", "2024-07-14", "2024-06-20")
    assert [l.country for l in posting.locations] == ["XK"]
    assert (posting.remuneration.min, posting.remuneration.max, posting.remuneration.period) == (30000, 40000, "year")
    assert posting.warnings == [
        "remuneration: the page's JSON-LD says (30000.0, 40000.0, 'EUR', 'year'), its text (2000.0, 2000.0, 'EUR', "
        "'month')"]


def test_deeply_nested_html_is_read_without_recursion_errors() -> None:
    page = b"<html><body>" + b"<div>" * 5000 + b"<p>Deadline: 3 May 2025</p>" + b"</div>" * 5000 + b"</body></html>"
    assert parse_bytes(page, "deep.html").deadline.date == "2025-05-03"


# --- formats are told by content ---------------------------------------------------------------

def test_pdf_named_txt_docx_named_pdf_and_text_named_pdf_are_read_by_content(tmp_path) -> None:
    pdf = tmp_path / "notice.txt"
    pdf.write_bytes(make_pdf([[(72, 700, 11, R, "Deadline: 3 May 2025")]]))
    word = tmp_path / "notice.pdf"
    word.write_bytes(_docx_bytes(lambda d: d.add_paragraph("Deadline: 4 May 2025")))
    text = tmp_path / "other.pdf"
    text.write_bytes(b"Deadline: 5 May 2025\n")
    assert [(parse(p).source.format, parse(p).deadline.date) for p in (pdf, word, text)] == [
        ("pdf", "2025-05-03"), ("docx", "2025-05-04"), ("txt", "2025-05-05")]


def test_read_prints_markdown_and_the_text_the_record_is_read_from(tmp_path) -> None:
    import json

    from .conftest import SAMPLES, run_cli

    done = run_cli("read", str(SAMPLES / "lsg-capacity-building-officer.docx"))
    assert done.returncode == 0
    markdown = done.stdout.decode()
    assert markdown.startswith("## Capacity Building Officer for Local Self-governments\n")
    assert "\n1. Liaise with relevant Programme personnel" in markdown
    text = run_cli("read", "--format", "text", str(SAMPLES / "osce-democratization-officer.txt")).stdout.decode()
    record = json.loads(run_cli("parse", str(SAMPLES / "osce-democratization-officer.txt")).stdout)
    assert record["remuneration"]["text"] in text and record["languages"][0]["text"] in text
    missing = run_cli("read", str(tmp_path / "nothing.pdf"))
    assert (missing.returncode, missing.stderr.decode()) == (1, f"Error: {tmp_path / 'nothing.pdf'}: no such file\n")


def test_pages_exported_a_few_glyphs_at_a_time_are_read_as_whole_words() -> None:
    # Google Docs / iLovePDF exports place runs of 1-5 glyphs; rebuilding lines from such runs shattered words
    from .pdfmaker import make_stream_pdf

    def glyph_by_glyph(y: int, text: str) -> bytes:
        return b"BT /F1 11 Tf 72 %d Td " % y + b"".join(b"(%s) Tj " % ch.encode() for ch in text) + b"ET\n"

    document = read_pdf(make_stream_pdf(glyph_by_glyph(700, "Project "
                                                            "Officer") + glyph_by_glyph(680, "Draft the reports.")))
    assert [b.text for b in document.blocks] == ["Project Officer", "Draft the reports."]


def test_a_scanned_page_among_text_pages_is_named_and_a_scanned_pdf_is_refused() -> None:
    from postingkit.pipeline import parse_bytes

    from .pdfmaker import SCANNED

    text_page = [(72, 700, 16, "bold", "Project Officer"), (72, 670, 11, "regular", "Deadline: 14 July 2025")]
    posting = parse_bytes(make_pdf([text_page, SCANNED, SCANNED]), "notice.pdf")
    assert posting.title == "Project Officer" and posting.deadline.date == "2025-07-14"
    assert posting.warnings == ["page 2, 3: no text layer (scanned?); only the pages with text were read"]
    blank_page: list = []
    assert parse_bytes(make_pdf([text_page, blank_page]), "notice.pdf").warnings == []
    with pytest.raises(EmptyDocumentError, match=r"no text layer \(scanned\?\)"):
        parse_bytes(make_pdf([SCANNED]), "scan.pdf")


def test_a_site_menu_printed_as_a_row_of_cells_is_dropped_as_chrome() -> None:
    """Browser prints of job boards (realdocs/omni8-position-description.pdf, a LinkedIn page) put the
    site's menu on a row of cells; a row of real cells stays."""
    from postingkit.pipeline import read

    document = read(b"Home\tMy Network\tJobs\tMessaging\tMe\n\nPython Engineer\n\nSalary\t$120K\tRemote\tFull-time\n")
    assert [(b.kind, b.cells) for b in document.blocks if b.kind == "table_row"] == [
        ("table_row", ["Salary", "$120K", "Remote", "Full-time"])]


def test_a_bold_paragraph_s_wrapped_lines_stay_one_paragraph() -> None:
    """A paragraph set in bold (a realdocs Word export: sofi) is short line by line; a line that starts in
    lower case continues it, never opens a heading of its own."""
    data = make_pdf([[(72, 700, 11, B, "The Role"),
                      (72, 680, 10.5, R, "The Fraud team is looking for an experienced model lead. This role will"),
                      (72, 666, 10.5, B, "ensure that the bank's fraud models are robust, effective,"),
                      (72, 652, 10.5, B, "and compliant with regulation. The lead will oversee the"),
                      (72, 638, 10.5, B, "framework around the design of fraud models.")]])
    blocks = read_pdf(data).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "The Role"),
        ("paragraph", "The Fraud team is looking for an experienced model lead. This role will ensure that the "
                      "bank's fraud models are robust, effective, and compliant with regulation. The lead will "
                      "oversee the framework around the design of fraud models.")]


def _line(text: str, x0: float, top: float, x1: float | None = None, page: int = 1):
    from postingkit.readers.pdf_layout import Segment

    return Segment(text=text, x0=x0, x1=x1 if x1 is not None else x0 + 6 * len(text), top=top, bottom=top - 10,
                   page=page, size=10)


def test_a_page_painted_out_of_reading_order_is_read_top_down_and_columns_stay_whole() -> None:
    """A browser paints a page's sidebar and pinned parts after its flow (realdocs Chrome prints: bbva,
    laborum): each run painted downward is placed by its top; a column painted whole stays whole."""
    from postingkit.readers.pdf_layout import in_reading_order

    flow = [_line("Job title", 40, 600), _line("First duty", 40, 585), _line("Second duty", 40, 570)]
    header = [_line("Site name", 40, 800), _line("Search jobs", 40, 785)]
    assert [s.text for s in in_reading_order(flow + header)] == [
        "Site name", "Search jobs", "Job title", "First duty", "Second duty"]
    left = [_line(f"Left {i}", 40, 700 - 14 * i) for i in range(5)]
    right = [_line(f"Right {i}", 320, 700 - 14 * i) for i in range(5)]
    assert [s.text for s in in_reading_order(left + right)] == [s.text for s in left + right]
    row = [_line("Cell A", 40, 500), _line("Cell B", 200, 500.4), _line("Cell C", 360, 499.8)]
    assert in_reading_order(row) == row  # tops a hair apart keep their order


def test_a_browser_print_drops_bars_painted_over_its_first_page_and_overlays_on_its_text() -> None:
    """realdocs laborum: a pinned card of another job ("Asesor contactos web - lima") painted last, above the
    job; realdocs bbva: a floating ad painted over the requirements ("Los peruanos son elegibles ...")."""
    from postingkit.readers.pdf_layout import without_fixed_bars, without_overlays

    flow = [_line("Practicante Finanzas TI", 130, 620), _line("Apoyar en la gestion", 130, 605)]
    card = [_line("Asesor contactos web - lima", 100, 800), _line("BCP - Canales de Atencion", 100, 785)]
    lower = [_line("Beneficios", 130, 300)]  # painted late too, but below the flow's start: kept
    assert [s.text for s in without_fixed_bars(flow + card + lower)] == [
        "Practicante Finanzas TI", "Apoyar en la gestion", "Beneficios"]
    text = [_line("Requisitos", 40, 110), _line("Formacion academica: estudiantes de sistemas", 40, 83, x1=550)]
    beside = [_line("Ver mas", 560, 83, x1=590)]  # on the same line, not over it
    ad = [_line("Los peruanos son elegibles para la visa", 350, 86, x1=540)]
    assert [s.text for s in without_overlays(text + beside + ad)] == [
        "Requisitos", "Formacion academica: estudiantes de sistemas", "Ver mas"]


def test_a_site_bar_broken_differently_on_each_printed_page_is_still_a_running_header() -> None:
    """realdocs kimdahee (a Chrome print of Wanted): the site's bar is on every page, its line broken after
    a different menu item on each."""
    from postingkit.readers.pdf_layout import drop_chrome

    pages = [[_line("Jobs Resumes Events Content Social Freelance More Log in", 100, 800, page=1),
              _line("Software Engineer", 40, 400, page=1)],
             [_line("Jobs Resumes Events Content Social Freelance", 100, 800, page=2),
              _line("Main duties", 40, 700, page=2)]]
    kept = drop_chrome(pages, [842.0, 842.0])
    assert [[s.text for s in page] for page in kept] == [["Software Engineer"], ["Main duties"]]


def test_a_line_a_page_break_cuts_through_is_said_once_not_dropped() -> None:
    """realdocs omni8 (a Chrome print of LinkedIn): a browser slicing its page into sheets paints the line the cut
    runs through at the foot of one sheet and the head of the next; a running header stays dropped."""
    from postingkit.readers.pdf_layout import drop_chrome

    pages = [[_line("Vacancy notice", 40, 830, page=1), _line("The role", 40, 400, page=1),
              _line("• Ensure reliability of our workflows", 60, 40, page=1)],
             [_line("Vacancy notice", 40, 830, page=2), _line("• Ensure reliability of our workflows", 60, 810, page=2),
              _line("• Implement solutions", 60, 795, page=2)],
             [_line("Vacancy notice", 40, 830, page=3), _line("Benefits", 40, 700, page=3)]]
    kept = drop_chrome(pages, [842.0] * 3)
    assert [[s.text for s in page] for page in kept] == [
        ["The role", "• Ensure reliability of our workflows"], ["• Implement solutions"], ["Benefits"]]


def test_type_set_at_size_one_and_scaled_by_the_text_matrix_is_read_at_its_size_on_the_page() -> None:
    """realdocs dsva (a federal position description): every font is set at size 1 and scaled to 12 by the text
    matrix, so its 16.7 pt line spacing looked like a paragraph break in 1 pt type and split sentences."""
    from postingkit.readers.pdf import read_pdf

    from .pdfmaker import make_stream_pdf

    content = (b"BT /F1 1 Tf 18 0 0 18 72 700 Tm (Major Duties) Tj ET\n"
               b"BT /F1 1 Tf 12 0 0 12 72 670 Tm (Incumbent contributes to a talent strategy, particularly in) Tj ET\n"
               b"BT /F1 1 Tf 12 0 0 12 72 653.3 Tm (agencies, and identifies and assesses candidates.) Tj ET\n")
    blocks = read_pdf(make_stream_pdf(content)).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Major Duties"),
        ("paragraph", "Incumbent contributes to a talent strategy, particularly in agencies, and identifies and "
                      "assesses candidates.")]


def test_a_large_title_whose_top_lines_up_with_a_small_note_beside_it_is_no_table_row() -> None:
    """realdocs laborum (a Chrome print): the job's title in 33 pt, "Finaliza en 8 días." in 9 pt to its right."""
    from postingkit.readers.pdf_layout import Segment, layout_blocks

    def line(text: str, x0: float, top: float, size: float) -> Segment:
        return Segment(text=text, x0=x0, x1=x0 + 0.5 * size * len(text), top=top, bottom=top - size, page=1,
                       size=size, bold=size > 20)

    segments = [line("RQ-0950-2023-", 131, 587.5, 33), line("1-Practicante", 132, 550.0, 33),
                line("Finaliza en 8 días.", 393, 550.5, 9),
                line("Queremos que tu talento se sume al del BCP.", 130, 400, 9),
                line("Apoyar en la gestión de mejora de flujos de trabajo.", 130, 388, 9)]
    assert all(b.kind != "table_row" for b in layout_blocks(segments))


def test_a_logo_s_initials_in_small_type_are_no_text_and_start_no_paragraph() -> None:
    """realdocs bbva (a Chrome print): an ad's "XM" in 6 pt at the foot of a page ran on into the next page's
    first requirement ("XM Manejo intermedio de Gestores de Base de Datos")."""
    from postingkit.readers.pdf_layout import Segment, layout_blocks

    def line(text: str, x0: float, top: float, size: float, page: int) -> Segment:
        return Segment(text=text, x0=x0, x1=x0 + 0.5 * size * len(text), top=top, bottom=top - size, page=page,
                       size=size)

    segments = [line("Manejo JavaScript y AppScript en proyectos reales de la empresa.", 49, 60, 9.6, 1),
                line("XM", 544, 47, 6.3, 1),
                line("Manejo intermedio de Gestores de Base de Datos: SQL Server, Oracle, etc.", 49, 810, 9.6, 2),
                line("Conocimiento en herramientas BI (Power BI, DataStudio, etc).", 49, 796, 9.6, 2)]
    texts = [b.text for b in layout_blocks(segments)]
    assert not any("XM" in t for t in texts)
    assert any(t.startswith("Manejo intermedio de Gestores") for t in texts)


def test_a_bullet_set_in_small_type_still_marks_its_item() -> None:
    """Small letters are no speck when they are a list's bullet ("o" in 6 pt before 10 pt items)."""
    from postingkit.readers.pdf_layout import Segment, layout_blocks, merge_line_pieces

    segments = [Segment(text="o", x0=50, x1=54, top=700, bottom=694, page=1, size=6.0),
                Segment(text="Prepare monthly reports for the donor", x0=60, x1=300, top=700.5, bottom=690, page=1,
                        size=10.0),
                Segment(text="o", x0=50, x1=54, top=686, bottom=680, page=1, size=6.0),
                Segment(text="Organise the quarterly field visits", x0=60, x1=300, top=686.5, bottom=676, page=1,
                        size=10.0)]
    assert [(b.kind, b.text) for b in layout_blocks(merge_line_pieces(segments))] == [
        ("list_item", "Prepare monthly reports for the donor"), ("list_item", "Organise the quarterly field visits")]


def test_a_pdf_line_ending_on_and_goes_on_and_a_numbered_section_in_capitals_is_a_heading() -> None:
    """ngo/4232334 and 4232402 rendered as PDF (tests/pdfmaker): a wrapped line ending '..., and' was taken
    for a paragraph's end, the rest becoming a qualification; 'V. AUTONOMY, COMPLEXITY' became a duty."""
    from postingkit.pipeline import parse

    from .pdfmaker import make_pdf

    pdf = make_pdf([[(72, 740, 12, "bold", "Key Responsibilities"),
                     (72, 722, 10, "regular", "You will ensure that partners understand donor requirements, and"),
                     (72, 708, 10, "regular", "NRC procedures, while providing practical support to them."),
                     (72, 684, 12, "bold", "V. AUTONOMY, COMPLEXITY"),
                     (72, 666, 10, "regular", "Works within established procedures.")]])
    posting = parse(pdf)
    assert [d.text for d in posting.duties] == [
        "You will ensure that partners understand donor requirements, and NRC procedures, while providing "
        "practical support to them."]
    assert posting.qualifications == []
