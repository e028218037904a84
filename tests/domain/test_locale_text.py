"""The reader's locale: amounts in the services' messages, country and language names on
screen and on paper, from CLDR's data — while the command line keeps its English."""

from __future__ import annotations

from desktop_app.domain import codes, i18n
from desktop_app.domain.i18n import gettext_for, message, translated
from desktop_app.domain.matching import money


def test_amounts_in_a_message_follow_the_language():
    reason = message(
        "Rent {value} within the budget of {value2}.", value=money(4152), value2=money(7000)
    )
    assert str(reason) == "Rent 4,152 within the budget of 7,000."  # the command line's
    danish = translated(reason, gettext_for("da"))
    assert "4.152" in danish and "7.000" in danish and "4,152" not in danish
    assert "4\u00a0152" in translated(reason, gettext_for("sv"))
    assert "4.152" in translated(reason, gettext_for("de"))


def test_countries_and_languages_are_named_in_the_readers_language():
    assert str(codes.country_name("DE")) == "Germany"
    assert translated(codes.country_name("DE"), gettext_for("da")) == "Tyskland"
    assert translated(codes.country_name("SY"), gettext_for("sv")) == "Syrien"
    assert translated(codes.language_name("ti"), gettext_for("sv")) == "Tigrinja"
    assert translated(codes.language_name("de"), gettext_for("de")) == "Deutsch"
    # A code CLDR does not name keeps its English name rather than the bare code.
    assert str(codes.language_name("prs")) == "Dari"


def test_numbers_with_decimals():
    assert translated(i18n.number(1234.5, 2), gettext_for("da")) == "1.234,50"
    assert str(i18n.number(1234.5, 2)) == "1,234.50"


def test_a_printed_case_summary_names_the_country_in_danish(demo_db, demo_db_path, cli, tmp_path):
    from sqlalchemy import select, update

    from desktop_app.db.models import Case
    from tests.support.pdf_text import flat_pdf_text

    with demo_db.session() as session:
        reference = session.scalar(select(Case.reference).order_by(Case.id).limit(1))
        session.execute(update(Case).where(Case.reference == reference).values(nationality="DE"))
    for language, name in (("da", "Tyskland"), ("en", "Germany")):
        out = tmp_path / f"summary-{language}.pdf"
        result = cli(
            "--db", str(demo_db_path), "--user", "coordinator", "print", "case-summary",
            reference, "--out", str(out), "--language", language,
        )  # fmt: skip
        assert result.code == 0, result.err
        assert name in flat_pdf_text(out)
