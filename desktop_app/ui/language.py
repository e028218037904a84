"""The interface language: the user's choice, the translators it loads, the dialog to change it.

The choice is kept in the user's QSettings (``ui/language``): empty for the system's
language, or one of the codes in ``LANGUAGES``. ``HOMEWARD_LANGUAGE`` (e.g. ``da``)
overrides it for a single run, for tests and screenshots; ``HOMEWARD_LANGUAGE=pseudo``
is the pseudo-translation that lengthens every text, to check that nothing is cut
off. The choice is applied when the app starts: the Qt and Homeward translators are
loaded and ``QLocale.setDefault`` makes dates and numbers follow the same language.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app import config
from desktop_app.domain import pseudo
from desktop_app.domain.i18n import normalise
from desktop_app.ui.preferences import ui_settings

ENVIRONMENT_VARIABLE = "HOMEWARD_LANGUAGE"
SETTING = "ui/language"

# Code and name of each language, the name in the language itself (as language menus do).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("da", "Dansk"),
    ("sv", "Svenska"),
    ("de", "Deutsch"),
)
CODES = frozenset(code for code, _name in LANGUAGES)


def chosen_language() -> str:
    """The saved choice: a code from LANGUAGES, or "" for the system's language."""
    value = str(ui_settings().value(SETTING, "") or "")
    return value if value in CODES else ""


def set_language(code: str) -> None:
    if code and code not in CODES:
        raise ValueError(f"Unknown language: {code}")
    settings = ui_settings()
    if code:
        settings.setValue(SETTING, code)
    else:
        settings.remove(SETTING)
    settings.sync()


def is_pseudo() -> bool:
    """HOMEWARD_LANGUAGE=pseudo: every text lengthened and accented (see domain.pseudo)."""
    return os.environ.get(ENVIRONMENT_VARIABLE, "").strip().lower() == pseudo.CODE


def effective_locale() -> QLocale:
    """HOMEWARD_LANGUAGE, else the saved choice, else the system's locale."""
    code = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if not code:
        code = chosen_language()
    if not code:
        return QLocale.system()
    if code.lower() == pseudo.CODE:
        return QLocale("en_GB")
    system = QLocale.system()
    if system.language() == QLocale(code).language():
        return system  # keeps the user's country conventions (de_AT, sv_FI…)
    return QLocale(code)


def document_language() -> str:
    """The language of printed documents: the desktop's own (en, da, sv, de), else English."""
    if is_pseudo():
        return pseudo.CODE
    return normalise(effective_locale().name())


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Load Qt's and Homeward's translations for the effective locale; the translators."""
    locale = effective_locale()
    QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    if is_pseudo():
        translator = PseudoTranslator(app)
        app.installTranslator(translator)
        return [translator]
    for path, name in (
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
        (str(config.translations_dir()), "homeward"),
    ):
        if locale.language() == QLocale.Language.English:
            break  # the source texts are English
        translator = QTranslator(app)
        if translator.load(locale, name, "_", path):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


class PseudoTranslator(QTranslator):
    """Every text of the desktop, Qt's own included, through `domain.pseudo.pseudo`."""

    def translate(  # type: ignore[override]
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo.pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


class LanguageDialog(QDialog):
    """Preferences › Language: the choice is saved and used from the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language"))
        self.choice = QComboBox()
        self.choice.setObjectName("languageChoice")
        self.choice.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES:
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(chosen_language())))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.choice)
        note = QLabel(
            self.tr(
                "The new language is used the next time Homeward starts. "
                "Dates and numbers follow the same language."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        set_language(str(self.choice.currentData() or ""))
        super().accept()
