"""DOCX structures python-docx does not read on its own (issue 13): content controls, tracked changes,
text boxes; page headers and footers are chrome and stay out. Each document is built here."""
from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from postingkit.pipeline import read

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
