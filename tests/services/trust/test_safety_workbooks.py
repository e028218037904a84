"""Hostile workbooks are refused before they take memory, in one short line.

Finding 7 of the safety review: a 2.8 MB zip-bomb XLSX took 1.17 GB before it was
refused, with a 50 KB message; a billion-laughs XLSX gave "unexpected error".
"""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.services.exchange import import_file
from desktop_app.services.exchange.import_file import ImportFileError

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>\n"
)


def _workbook_bytes() -> dict[str, bytes]:
    """The members of a small real workbook, to rebuild with one member replaced."""
    book = Workbook()
    sheet = book.active
    sheet.append(["given_name", "family_name", "date_of_birth"])
    sheet.append(["Selam", "Tekle", "2008-05-01"])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _body(data: bytes) -> str:
    """An XML member without its declaration."""
    text = data.decode("utf-8")
    return text.split("?>", 1)[1] if text.startswith("<?xml") else text


def _refused(path: Path) -> str:
    with pytest.raises(ImportFileError) as refused:
        import_file.read_table(path)
    message = str(refused.value)
    assert len(message) < 200 and "\n" not in message
    return message


def test_a_zip_bomb_is_refused_before_it_takes_memory(tmp_path):
    members = _workbook_bytes()
    # 80 MB of one repeated row packs into a few hundred kilobytes (a real bomb goes on to
    # gigabytes; the ratio gives it away all the same).
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    sheet = members["xl/worksheets/sheet1.xml"]
    head, tail = sheet.split(b"</sheetData>")
    members["xl/worksheets/sheet1.xml"] = (
        head + row * (80_000_000 // len(row)) + b"</sheetData>" + tail
    )
    path = _write(tmp_path / "bomb.xlsx", members)
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    try:
        message = _refused(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "zip bomb" in message
    assert peak < 20_000_000


def test_a_workbook_that_unpacks_past_the_limit_is_refused(tmp_path, monkeypatch):
    import base64
    import os

    monkeypatch.setattr(import_file, "MAX_UNPACKED_BYTES", 5_000_000)
    members = _workbook_bytes()
    # Hardly compressible, so the ratio is innocent: the declared total gives it away.
    members["xl/media/noise.xml"] = base64.b64encode(os.urandom(6_000_000))
    assert "zip bomb" in _refused(_write(tmp_path / "large.xlsx", members))


@pytest.mark.parametrize(
    "member", ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml"]
)
def test_billion_laughs_are_refused_in_one_line(tmp_path, member):
    members = _workbook_bytes()
    body = _body(members[member])
    members[member] = (LAUGHS + body.replace("Selam", "&lol9;")).encode("utf-8")
    assert "XML entities" in _refused(_write(tmp_path / "laughs.xlsx", members))


def test_an_external_entity_is_refused(tmp_path):
    members = _workbook_bytes()
    body = _body(members["xl/worksheets/sheet1.xml"])
    members["xl/worksheets/sheet1.xml"] = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + body.replace("Selam", "&x;")
    ).encode("utf-8")
    assert "XML entities" in _refused(_write(tmp_path / "xxe.xlsx", members))


def test_entities_hidden_behind_a_long_comment_are_still_refused(tmp_path):
    # Past the first 64 KB the container check does not look; the parser (defusedxml) does.
    members = _workbook_bytes()
    body = _body(members["xl/worksheets/sheet1.xml"])
    padding = "<!--" + "p" * 100_000 + "-->"
    members["xl/worksheets/sheet1.xml"] = (
        '<?xml version="1.0"?>'
        + padding
        + LAUGHS.split("\n", 1)[1]
        + body.replace("Selam", "&lol9;")
    ).encode("utf-8")
    message = _refused(_write(tmp_path / "hidden.xlsx", members))
    assert "not a readable XLSX workbook" in message


def test_a_sheet_that_claims_a_million_rows_stops_at_the_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(import_file, "MAX_ROWS", 1_000)
    book = Workbook()
    sheet = book.active
    sheet.append(["given_name", "family_name", "date_of_birth"])
    sheet.cell(row=1_048_576, column=16_384, value="far away")
    path = tmp_path / "far.xlsx"
    book.save(path)
    assert "more than 1,000 rows" in _refused(path)


def test_the_command_line_answers_a_bomb_in_one_line(cli, demo_db_path, tmp_path):
    from tests.support.backends import db_args

    members = _workbook_bytes()
    members["xl/worksheets/sheet1.xml"] = LAUGHS.encode() + b"<worksheet/>"
    path = _write(tmp_path / "laughs.xlsx", members)
    result = cli(*db_args(demo_db_path), "--user", "lead", "import", "cases", str(path))
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1
    assert "XML entities" in result.err and "unexpected" not in result.err
