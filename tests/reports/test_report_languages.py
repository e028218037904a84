"""The printed documents in Danish, Swedish and German: catalogues complete and compiled,
and the PDFs (read back with pypdf) in the chosen language with the same names and dates."""

from __future__ import annotations

import gettext
import json
import re
import string
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEntry
from desktop_app.domain import i18n
from desktop_app.domain.transitions import Risk, TransitionRules, explain_risk
from tests.support.audit_entries import unsealed
from tests.support.paths import REPO
from tests.support.pdf_text import flat, flat_pdf_text

ROOT = REPO
sys.path.insert(0, str(ROOT / "tools"))

import report_translations  # noqa: E402

# What a heading, a risk word and the footer read like in each language (flattened).
EXPECTED = {
    "da": {
        "summary": "Sagsresumé",
        "status": "Åbensag",
        "section": "Kommendeovergange",
        "transitions": "Overgangedenæste90dage",
        "risk": {"red": "Rød—haster", "amber": "Gul—holdøje", "green": "Grøn—pårettespor"},
        "page": "Side1af",
        "confidential": "Fortroligt—indeholderpersonoplysninger",
    },
    "sv": {
        "summary": "Ärendesammanfattning",
        "status": "Öppetärende",
        "section": "Kommandeövergångar",
        "transitions": "Övergångarunderdekommande90dagarna",
        "risk": {"red": "Röd—brådskande", "amber": "Gul—bevaka", "green": "Grön—enligtplan"},
        "page": "Sida1av",
        "confidential": "Konfidentiellt—innehållerpersonuppgifter",
    },
    "de": {
        "summary": "Fallzusammenfassung",
        "status": "OffenerFall",
        "section": "AnstehendeÜbergänge",
        "transitions": "Übergängeindennächsten90Tagen",
        "risk": {
            "red": "Rot—dringend",
            "amber": "Gelb—beobachten",
            "green": "Grün—imPlan",
        },
        "page": "Seite1von",
        "confidential": "Vertraulich—enthältpersonenbezogeneDaten",
    },
}
# The same words as on screen (domain/risk_levels.py).
ENGLISH_RISK = {"red": "Red—urgent", "amber": "Amber—watch", "green": "Green—ontrack"}


def placeholders(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


# --- the catalogues ---------------------------------------------------------------


@pytest.mark.parametrize("language", report_translations.LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(language):
    catalogue = report_translations.read_po(report_translations.po_path(language))
    wanted = report_translations.messages()
    assert wanted, "no messages found in the report modules"
    assert set(catalogue) - {""} == set(wanted), "the .po is out of date: run make translations"
    for msgid in wanted:
        assert catalogue[msgid].strip(), f"{language}: {msgid!r} is not translated"
        assert placeholders(catalogue[msgid]) == placeholders(msgid), (language, msgid)
        # the translation itself must be usable with the English placeholders
        catalogue[msgid].format(**{name: 1 for name in placeholders(msgid)})


@pytest.mark.parametrize("language", report_translations.LANGUAGES)
def test_the_committed_mo_file_matches_its_po(language):
    po = report_translations.po_path(language)
    with po.with_suffix(".mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    expected = {k: v for k, v in report_translations.read_po(po).items() if k and v}
    got = {k: v for k, v in compiled._catalog.items() if k}  # noqa: SLF001 - the whole catalogue
    assert got == expected
    assert i18n.translator(language).gettext("Turns 18") == expected["Turns 18"]


def test_language_codes_are_normalised_and_unknown_ones_print_in_english():
    assert i18n.normalise("da_DK") == "da"
    assert i18n.normalise("sv-SE") == "sv"
    assert i18n.normalise("DE") == "de"
    assert i18n.normalise("fr") == "en"
    assert i18n.normalise(None) == "en"
    assert i18n.gettext_for("fr")("Turns 18") == "Turns 18"


def test_risk_explanations_stay_english_by_default_and_translate_with_a_catalogue():
    rules = TransitionRules()
    assert (
        explain_risk(Risk.RED, -3, False, 40, rules)
        == "Overdue by 3 days and no housing is secured."
    )
    assert (
        explain_risk(Risk.AMBER, 50, True, 60, rules)
        == "Due in 50 days and only 60% ready (below 70%)."
    )
    danish = i18n.gettext_for("da")
    assert (
        explain_risk(Risk.RED, -3, False, 40, rules, gettext=danish)
        == "Overskredet med 3 dage, og ingen bolig er sikret."
    )
    assert "60" in explain_risk(Risk.AMBER, 50, True, 60, rules, gettext=danish)
    assert "70" in explain_risk(Risk.AMBER, 50, True, 60, rules, gettext=danish)


# --- the printed documents ----------------------------------------------------------


def _transitions(cli, db_path: Path) -> list[dict]:
    listed = cli(
        "--db", str(db_path), "--user", "lead", "transitions", "--within", "90", "--format", "json"
    )
    assert listed.code == 0, listed.err
    rows = json.loads(listed.out)
    assert {r["risk"] for r in rows} >= {"red", "amber"}
    return rows


def _print(cli, db_path: Path, out: Path, *args: str) -> str:
    result = cli("--db", str(db_path), "--user", "lead", "print", *args, "--out", str(out))
    assert result.code == 0, result.err
    return flat_pdf_text(out)


def _last_print(demo_db, document: str) -> AuditEntry:
    with demo_db.session() as s:
        return unsealed(
            s,
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "printed", AuditEntry.entity_id == document)
                .order_by(AuditEntry.id)
            ),
        )[-1]


@pytest.mark.parametrize("language", ["da", "sv", "de"])
def test_case_summary_and_transitions_report_in_the_chosen_language(
    cli, demo_db, demo_db_path, tmp_path, language
):
    words = EXPECTED[language]
    rows = _transitions(cli, demo_db_path)
    red = next(r for r in rows if r["risk"] == "red")
    due = date.fromisoformat(red["due_date"]).strftime("%d/%m/%Y")

    english = _print(cli, demo_db_path, tmp_path / "en.pdf", "case-summary", red["reference"])
    text = _print(
        cli,
        demo_db_path,
        tmp_path / f"{language}.pdf",
        "case-summary",
        red["reference"],
        "--language",
        language,
    )
    for word in (
        words["summary"],
        words["status"],
        words["section"],
        words["risk"]["red"],
        words["page"],
    ):
        assert word in text, word
    assert words["confidential"] in text
    # the same young person and the same dates as the English document
    assert flat(red["name"]) in text and red["reference"] in text
    assert due in text and due in english
    assert "Upcomingtransitions" in english and "Upcomingtransitions" not in text
    assert "Opencase" in english and "Opencase" not in text
    assert ENGLISH_RISK["red"] not in text and "Pageof" not in text
    assert _last_print(demo_db, "case_summary").detail["language"] == language

    text = _print(
        cli,
        demo_db_path,
        tmp_path / f"t-{language}.pdf",
        "transitions",
        "--within",
        "90",
        "--language",
        language,
    )
    assert words["transitions"] in text
    for row in rows:
        row_due = date.fromisoformat(row["due_date"]).strftime("%d/%m/%Y")
        assert re.search(
            re.escape(row_due)
            + r".{0,60}"
            + re.escape(flat(row["name"]))
            + r".{0,120}"
            + re.escape(words["risk"][row["risk"]]),
            text,
        ), row
    for english_word in ENGLISH_RISK.values():
        assert english_word not in text
    assert "nohousingissecured" not in text
    assert _last_print(demo_db, "transitions").detail["language"] == language


def test_english_stays_the_default_and_homeward_language_chooses_another(
    cli, demo_db, demo_db_path, tmp_path, monkeypatch
):
    monkeypatch.delenv("HOMEWARD_LANGUAGE", raising=False)
    text = _print(cli, demo_db_path, tmp_path / "en.pdf", "transitions", "--within", "90")
    assert "Transitionsinthenext90days" in text
    assert "Confidential—containspersonaldata" in text and "Page1of" in text
    assert "Red—urgent" in text and "Why" in text
    assert _last_print(demo_db, "transitions").detail["language"] == "en"

    monkeypatch.setenv("HOMEWARD_LANGUAGE", "da")
    text = _print(cli, demo_db_path, tmp_path / "da.pdf", "caseload")
    assert "Sagsstamme" in text and "Side1af" in text
    assert "Allesager,duharadgangtil" in text and "Allcasesyoumaysee" not in text
    text = _print(
        cli, demo_db_path, tmp_path / "en2.pdf", "planning", "--months", "6", "--language", "en"
    )
    assert "Planning:thenext6months" in text and "Planlægning" not in text


def test_planning_and_handover_in_german(cli, demo_db_path, tmp_path):
    rows = _transitions(cli, demo_db_path)
    text = _print(
        cli,
        demo_db_path,
        tmp_path / "plan.pdf",
        "planning",
        "--months",
        "6",
        "--language",
        "de",
    )
    assert "Planung:dienächsten6Monate" in text and "Gesamt" in text
    text = _print(
        cli,
        demo_db_path,
        tmp_path / "handover.pdf",
        "handover",
        rows[0]["reference"],
        "--language",
        "de",
        "--receiving",
        "Team South",
    )
    assert "Übergabebericht" in text and "Unterschriften" in text
    assert "TeamSouth" in text and flat(rows[0]["name"]) in text


def test_an_unknown_language_is_a_usage_error(cli, demo_db_path, tmp_path):
    out = tmp_path / "x.pdf"
    result = cli(
        "--db", str(demo_db_path), "--user", "lead", "print", "caseload",
        "--language", "fr", "--out", str(out),
    )  # fmt: skip
    assert result.code == 2
    assert not out.exists()


def _catalogue(language: str) -> gettext.NullTranslations:
    return gettext.translation("homeward", ROOT / "resources" / "locale", languages=[language])


def _summary_in(cli, db_path: Path, tmp_path: Path, reference: str, language: str) -> str:
    out = tmp_path / f"{language}.pdf"
    return _print(cli, db_path, out, "case-summary", reference, "--language", language)


@pytest.mark.parametrize("language", ["da", "sv", "de"])
def test_offered_units_are_named_by_their_housing_type_in_the_chosen_language(
    cli, demo_db, demo_db_path, tmp_path, language
):
    """A case summary's offers say "Supported housing" (or the language's words), not the stored code."""
    from desktop_app.db.models import Case, HousingOffer, HousingUnit, User
    from desktop_app.services.housing import units

    with demo_db.session() as s:
        team_id = s.scalar(select(User.team_id).where(User.username == "lead"))
        reference, unit_code, unit_type = s.execute(
            select(Case.reference, HousingUnit.code, HousingUnit.unit_type)
            .join(HousingOffer, HousingOffer.case_id == Case.id)
            .join(HousingUnit, HousingUnit.id == HousingOffer.unit_id)
            .where(Case.team_id == team_id, Case.status == "open")
            .order_by(HousingUnit.unit_type == "supported", Case.id)  # a type placements lack
        ).first()
    label = units.UNIT_TYPES[unit_type]
    words = _catalogue(language).gettext(label)
    assert words != label  # the premise: the catalogue has this housing type
    english = _print(cli, demo_db_path, tmp_path / "en.pdf", "case-summary", reference)
    text = _summary_in(cli, demo_db_path, tmp_path, reference, language)
    assert unit_code in english and flat(label) in english
    assert unit_code in text and flat(words) in text and flat(label) not in text


def test_a_team_named_team_north_is_not_called_team_team_north(cli, demo_db_path, tmp_path):
    from desktop_app.reports.case_documents import _team_part

    rows = _transitions(cli, demo_db_path)
    english = _print(cli, demo_db_path, tmp_path / "en.pdf", "case-summary", rows[0]["reference"])
    assert "Opencase,TeamNorth" in english and "teamTeam" not in english
    german = _catalogue("de")
    assert _team_part("Nordhavn", german.gettext) == ", Team Nordhavn"
    assert _team_part("Team Nord", german.gettext) == ", Team Nord"
    assert _team_part("North", lambda s: s) == ", team North"
    assert _team_part(None, lambda s: s) == ""


@pytest.mark.parametrize("language", ["da", "de"])
def test_consents_name_their_recipient_in_the_chosen_language(
    cli, demo_db, demo_db_path, tmp_path, language
):
    from desktop_app.db.models import Case, ConsentRecord, User
    from desktop_app.services.report_data import recipients

    with demo_db.session() as s:
        team_id = s.scalar(select(User.team_id).where(User.username == "lead"))
        reference, recipient = s.execute(
            select(Case.reference, ConsentRecord.recipient)
            .join(ConsentRecord, ConsentRecord.case_id == Case.id)
            .where(Case.team_id == team_id, Case.status == "open")
            .order_by(Case.id)
        ).first()
    label = recipients.recipient_label(recipient)
    words = _catalogue(language).gettext(label)
    assert words != label  # the premise: the catalogue has this recipient
    text = _summary_in(cli, demo_db_path, tmp_path, reference, language)
    assert flat(words) in text and flat(label) not in text
