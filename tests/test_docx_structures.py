"""DOCX structures python-docx does not read on its own (issue 13): content controls, tracked changes,
text boxes; page headers and footers are chrome and stay out. Each document is built here."""
from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from postingkit.pipeline import parse, read

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _docx(*body_xml: str, header: str | None = None) -> bytes:
    document = docx.Document()
    document.add_paragraph("Project Officer")
    body = document.element.body
    for xml in body_xml:
        body.insert(len(body) - 1, parse_xml(xml))  # before the section properties
    if header:
        document.sections[0].header.paragraphs[0].text = header
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _texts(data: bytes) -> list[str]:
    return [b.text for b in read(data).blocks]


def test_a_content_control_gives_up_its_paragraphs() -> None:
    data = _docx(f'<w:sdt {W}><w:sdtPr><w:alias w:val="Duties"/></w:sdtPr><w:sdtContent>'
                 '<w:p><w:r><w:t>Draft the quarterly reports.</w:t></w:r></w:p>'
                 '<w:p><w:sdt><w:sdtContent><w:r><w:t>Plan the field visits.</w:t></w:r></w:sdtContent></w:sdt></w:p>'
                 '</w:sdtContent></w:sdt>')
    assert _texts(data) == ["Project Officer", "Draft the quarterly reports.", "Plan the field visits."]


def test_tracked_insertions_are_text_and_deletions_are_not() -> None:
    data = _docx(f'<w:p {W}><w:r><w:t xml:space="preserve">Deadline: </w:t></w:r>'
                 '<w:del w:id="1" w:author="HR"><w:r><w:delText>1 May 2025</w:delText></w:r></w:del>'
                 '<w:ins w:id="2" w:author="HR"><w:r><w:t>15 May 2025</w:t></w:r></w:ins></w:p>')
    assert _texts(data) == ["Project Officer", "Deadline: 15 May 2025"]


def test_a_text_box_is_read_once_after_its_anchor_and_the_page_header_not_at_all() -> None:
    box = '<w:txbxContent><w:p><w:r><w:t>Closing date: 30 June 2025</w:t></w:r></w:p></w:txbxContent>'
    data = _docx(f'<w:p {W} {MC} {WPS} {V}><w:r><w:t>About us</w:t></w:r><w:r><mc:AlternateContent>'
                 f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
                 f'<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>'
                 '</mc:AlternateContent></w:r></w:p>', header="ACME CONFIDENTIAL — page header")
    assert _texts(data) == ["Project Officer", "About us", "Closing date: 30 June 2025"]


def _numbered(text: str, num_id: int, level: int) -> str:
    return (f'<w:p {W}><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
            f'<w:r><w:t>{text}</w:t></w:r></w:p>')


def _with_lists(*paragraphs: str) -> bytes:
    """A document with list 90 counting (1., 1.1) and list 91 bulleted, both two levels deep."""
    document = docx.Document()
    document.add_paragraph("Lead Software Engineer")
    numbering = document.part.numbering_part.element
    for abstract_id, fmt in ((90, "decimal"), (91, "bullet")):
        levels = "".join(f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/></w:lvl>' for n in (0, 1))
        numbering.insert(0, parse_xml(f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'))
        numbering.append(parse_xml(
            f'<w:num {W} w:numId="{abstract_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    body = document.element.body
    for xml in paragraphs:
        body.insert(len(body) - 1, parse_xml(xml))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_numbered_outline_gives_section_headings() -> None:
    """Formal job descriptions number their sections in Word ("2. Duties" over "2.1 ...", perhaps after a
    lead-in); the shape of a Russian job instruction (shared realdocs, sasasats), which read 0 duties."""
    data = _with_lists(_numbered("General provisions", 90, 0), _numbered("The engineer reports to the head.", 90, 1),
                       _numbered("Duties", 90, 0),
                       f'<w:p {W}><w:r><w:t>The engineer carries out the following duties</w:t></w:r></w:p>',
                       _numbered("Write the programs;", 90, 1), _numbered("Test the programs.", 90, 1),
                       _numbered("Working conditions", 90, 0), _numbered("The office is open from 8 to 5.", 90, 1))
    blocks = read(data).blocks
    assert [(b.kind, b.text) for b in blocks if b.kind == "heading"] == [
        ("heading", "Lead Software Engineer"), ("heading", "General provisions"), ("heading", "Duties"),
        ("heading", "The engineer carries out the following duties"), ("heading", "Working conditions")]
    assert [(b.kind, b.numbered, b.level) for b in blocks if b.text == "Write the programs;"] == [
        ("list_item", True, 1)]
    assert [d.text for d in parse(data).duties] == ["Write the programs;", "Test the programs."]


def test_a_bulleted_item_over_sub_bullets_stays_its_groups_name() -> None:
    data = _with_lists(_numbered("Programme management", 91, 0), _numbered("Plan the work.", 91, 1))
    assert [(b.kind, b.numbered, b.text) for b in read(data).blocks[1:]] == [
        ("list_item", False, "Programme management"), ("list_item", False, "Plan the work.")]


def _paragraphs(*texts: str) -> bytes:
    """A DOCX of plain paragraphs, in Word's default style."""
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_list_run_on_in_one_paragraph_is_split_as_the_text_reader_splits_it() -> None:
    """ngo/4231692 rendered as DOCX (and as a web page): 'Key Tasks • Provide field support • Support data
    collection' on one paragraph kept its duties as one, which the .txt splits into its heading and items."""
    posting = parse(_paragraphs("Information Management Intern",
                                "Key Tasks • Provide field support to country offices • Support data collection "
                                "and analysis • Manage spreadsheets and other data tools"))
    assert [d.text for d in posting.duties] == ["Provide field support to country offices",
                                                "Support data collection and analysis",
                                                "Manage spreadsheets and other data tools"]


def test_a_paragraph_that_glues_its_sections_is_split_as_in_a_text_file() -> None:
    """A scraped posting pasted into Word keeps the scrape's glued sections (the shape of the shared
    jobboard corpus' LinkedIn descriptions): the DOCX reads as the .txt would."""
    posting = parse(_paragraphs("Data Analyst", "We are a data company in Leeds.",
                                "ResponsibilitiesBuild dashboards for the sales team.Maintain the data warehouse "
                                "and its pipelines.QualificationsThree years of experience with SQL."))
    assert [d.text for d in posting.duties] == ["Build dashboards for the sales team.",
                                                "Maintain the data warehouse and its pipelines."]
    assert [q.text for q in posting.qualifications] == ["Three years of experience with SQL."]


def test_a_job_boards_title_employer_and_place_as_three_paragraphs() -> None:
    """A board's posting saved as DOCX: title, employer and place one paragraph each, then the body. Every
    labelled jobboard notice so rendered scored 0.952, the employer and place lost (0.994 after)."""
    posting = parse(_paragraphs("Chef de Partie", "Brunning & Price", "Milford, Surrey",
                                "We're looking for an experienced Chef de Partie who will help set the highest "
                                "standards of food quality and consistency."))
    assert (posting.title, posting.organization) == ("Chef de Partie", "Brunning & Price")
    assert [(loc.city, loc.country) for loc in posting.locations] == [("Milford", "GB")]


def test_three_paragraphs_whose_third_names_no_place_are_no_boards_header() -> None:
    posting = parse(_paragraphs("Chef de Partie", "Brunning & Price", "Kitchen team",
                                "We're looking for an experienced Chef de Partie who will help set the highest "
                                "standards of food quality and consistency."))
    assert (posting.title, posting.organization, posting.locations) == ("Chef de Partie", None, [])
