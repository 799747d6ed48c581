"""An e-mail saved as a file (.eml) is read as its subject, body and attachments (stop 40).

Before, an .eml was refused as an unknown kind, or, renamed .txt, read as its MIME source
(quoted-printable "=C3=A4", base64 blocks). The messages are built here with the standard library's
``email`` package, as a mail program writes them.
"""

from __future__ import annotations

import io
from email.message import EmailMessage

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import SUFFIX_KIND, IngestError, read_bytes

LIMIT = 10_000_000


def _message(subject: str = "Tilannekatsaus 10/2025 – Kotiin kuntoutus Kainuussa") -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = "Liisa Esimerkki <liisa.esimerkki@example.fi>"
    message["To"] = "ohjausryhma@example.fi"
    message["Date"] = "Mon, 03 Nov 2025 09:12:00 +0200"
    message.set_content("Hei, alla tilanne. Aikataulu: vihreä\n", charset="iso-8859-1", cte="quoted-printable")
    message.add_alternative(
        "<html><body><p>Hei, alla tilanne.</p><table>"
        "<tr><td>Aikataulu</td><td>vihreä</td></tr><tr><td>Kustannukset</td><td>keltainen</td></tr>"
        "</table></body></html>",
        subtype="html",
    )
    return message


def test_the_subject_date_and_the_html_body_are_read_not_the_addresses() -> None:
    doc = read_bytes(bytes(_message()), file_name="viesti.eml", max_bytes=LIMIT)
    assert doc.lines[:6] == [
        "Subject: Tilannekatsaus 10/2025 – Kotiin kuntoutus Kainuussa",
        "Date: Mon, 03 Nov 2025 09:12:00 +0200",
        "",
        "Hei, alla tilanne.",
        "",
        "Aikataulu\tvihreä",
    ]
    text = "\n".join(doc.lines)
    assert "@" not in text and "Esimerkki" not in text  # the sender and recipients are personal data
    assert doc.media_type == "message/rfc822" and ".eml" in SUFFIX_KIND


def test_a_plain_message_in_latin_1_is_decoded_by_its_declared_charset() -> None:
    message = EmailMessage()
    message["Subject"] = "Muistio"
    message.set_content("Ikäihmisten kotikuntoutus etenee.\n", charset="iso-8859-1", cte="quoted-printable")
    assert "=E4" in bytes(message).decode("ascii")  # quoted-printable in the file
    doc = read_bytes(bytes(message), file_name="muistio.eml", max_bytes=LIMIT)
    assert "Ikäihmisten kotikuntoutus etenee." in doc.lines


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    raw = io.BytesIO()
    document.save(raw)
    return raw.getvalue()


def test_attachments_are_read_under_their_names_and_others_named_in_a_warning() -> None:
    message = _message()
    message.add_attachment(
        _docx("Osahanke 1: Kotiutustiimi – toteutunut"),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="tilanneraportti.docx",
    )
    message.add_attachment(b"\x89PNG\r\n", maintype="image", subtype="png", filename="logo.png")
    doc = read_bytes(bytes(message), file_name="viesti.eml", max_bytes=LIMIT)
    at = doc.lines.index("Liite / Bilaga / Attachment: tilanneraportti.docx")
    assert doc.headings[at + 1] == 1
    assert "Osahanke 1: Kotiutustiimi – toteutunut" in doc.lines[at:]
    assert any("attachments not read: logo.png" in w for w in doc.warnings)


def test_a_forwarded_message_is_read_inside_its_message() -> None:
    outer = EmailMessage()
    outer["Subject"] = "VL: Tilannekatsaus"
    outer.set_content("Tiedoksi ohjausryhmälle.\n")
    outer.add_attachment(_message())  # message/rfc822, as a mail program forwards one as an attachment
    doc = read_bytes(bytes(outer), file_name="vl.eml", max_bytes=LIMIT)
    assert "Subject: Tilannekatsaus 10/2025 – Kotiin kuntoutus Kainuussa" in doc.lines
    assert "Kustannukset\tkeltainen" in doc.lines
    lights = {(light.dimension, light.value) for p in extract(doc).projects for light in p.lights}
    assert ("schedule", "on-plan") in lights


def test_a_message_with_nothing_to_read_is_refused_naming_why() -> None:
    message = EmailMessage()
    message.add_attachment(b"\x89PNG\r\n", maintype="image", subtype="png", filename="kuva.png")
    with pytest.raises(IngestError, match="is an e-mail with no text in its body or attachments"):
        read_bytes(bytes(message), file_name="tyhja.eml", max_bytes=LIMIT)


def test_messages_forwarded_inside_each_other_are_read_to_a_bounded_depth() -> None:
    inner = _message()
    for depth in range(6):
        outer = EmailMessage()
        outer["Subject"] = f"VL: taso {depth}"
        outer.set_content(f"Välitys {depth}\n")
        outer.add_attachment(inner)
        inner = outer
    doc = read_bytes(bytes(inner), file_name="syva.eml", max_bytes=LIMIT)
    assert sum(line.startswith("Subject: ") for line in doc.lines) == 3  # MAX_DEPTH messages read
