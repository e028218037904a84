"""Help → About, one place for paths (source tree, wheel, frozen build) and the installer's icons.

The frozen bundle itself is tested by `make installer-test` (installer/smoke_test.py):
building it takes minutes, so it is not part of this suite.
"""

from __future__ import annotations

import importlib.util
import struct
import sys
from importlib.metadata import version

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from desktop_app import __version__, config
from desktop_app.db import migrate
from desktop_app.services.storage.about import about_facts
from desktop_app.ui.about_dialog import AboutDialog
from desktop_app.ui.main_window import MainWindow
from tests.support.backends import database_location
from tests.support.paths import REPO

ROOT = REPO


def _load_installer_module(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, ROOT / "installer" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- paths -------------------------------------------------------------------------


def test_source_tree_paths_hold_the_migrations_and_resources():
    assert (config.migrations_dir() / "env.py").is_file()
    assert (config.migrations_dir() / "script.py.mako").is_file()
    assert sorted(p.name for p in (config.migrations_dir() / "versions").glob("0001_*.py"))
    assert (config.icons_dir() / "homeward.svg").is_file()
    assert (config.fonts_dir() / "DejaVuSans.ttf").is_file()


def test_frozen_build_resolves_everything_under_the_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert config.migrations_dir() == tmp_path / "migrations"
    assert config.resources_dir() == tmp_path / "resources"
    assert config.icons_dir() == tmp_path / "resources" / "icons"
    assert config.translations_dir() == tmp_path / "resources" / "translations"
    # The data never goes into the program folder.
    monkeypatch.delenv("HOMEWARD_DATA_DIR")
    assert tmp_path not in config.user_data_dir().parents
    assert config.backups_dir().parent == config.user_data_dir()
    assert config.logs_dir().parent == config.user_data_dir()


def test_version_comes_from_the_package_metadata():
    assert __version__ == version("homeward")


# --- About ---------------------------------------------------------------------------


def test_about_facts_name_the_version_database_schema_and_data_folders(db, tmp_path):
    facts = about_facts(db)
    assert facts.name == "Homeward"
    assert facts.version == version("homeward")
    assert facts.database == database_location(db)
    assert facts.schema_revision == migrate.head_revision(db.engine)
    assert facts.schema_is_current
    assert facts.data_folder == tmp_path / "userdata"
    assert facts.backups_folder == tmp_path / "userdata" / "backups"
    assert facts.logs_folder == tmp_path / "userdata" / "logs"
    assert not facts.encrypted
    assert not facts.frozen


def test_about_facts_tell_an_old_schema_from_the_newest(db):
    head = migrate.head_revision(db.engine)
    migrate.downgrade(db.engine, "0001")
    facts = about_facts(db)
    assert facts.schema_revision == "0001"
    assert facts.newest_revision == head
    assert not facts.schema_is_current


def test_about_dialog_shows_and_copies_the_facts(qtbot, db):
    dialog = AboutDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "About Homeward"
    assert not dialog.windowIcon().isNull()
    assert version("homeward") in dialog.findChild(type(dialog.schema_label), "aboutTitle").text()
    assert dialog.database_label.text() == database_location(db)
    head = migrate.head_revision(db.engine)
    assert dialog.schema_label.text() == f"{head} (up to date)"
    assert dialog.data_label.text() == str(config.user_data_dir())
    assert dialog.backups_label.text() == str(config.backups_dir())
    assert dialog.logs_label.text() == str(config.logs_dir())
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"Homeward {version('homeward')}" in copied
    assert database_location(db) in copied
    assert f"Schema revision: {head}" in copied


def test_help_menu_opens_about(qtbot, demo_db, login, monkeypatch):
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    win = MainWindow(demo_db, login("worker"))
    qtbot.addWidget(win)
    menus = {a.text(): a.menu() for a in win.menuBar().actions()}
    assert "&Help" in menus
    about = [a for a in menus["&Help"].actions() if a.text().replace("&", "") == "About Homeward"]
    assert about == [win.about_action]
    about[0].trigger()
    assert len(shown) == 1
    assert shown[0].facts.database == database_location(demo_db)
    assert not win.windowIcon().isNull()


# --- installer icons -------------------------------------------------------------------


@pytest.fixture(scope="module")
def icons(tmp_path_factory):
    render = _load_installer_module("render_icons")
    out = tmp_path_factory.mktemp("icons")
    assert render.main([str(out)]) == 0
    return render, out


def test_icons_are_rendered_in_the_usual_sizes(icons):
    render, out = icons
    for size in render.LINUX_SIZES:
        image = QImage(str(out / "hicolor" / f"{size}x{size}" / "apps" / "homeward.png"))
        assert (image.width(), image.height()) == (size, size)
        # Drawn, not blank: the corner is transparent, the middle is not.
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    assert (out / "hicolor" / "scalable" / "apps" / "homeward.svg").is_file()


def test_windows_ico_and_macos_icns_hold_every_size(icons):
    render, out = icons
    ico = (out / "homeward.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(render.ICO_SIZES))
    widths = []
    for i in range(count):
        width, _h, _c, _r, _p, _bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * i
        )
        widths.append(width or 256)
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)
    assert widths == sorted(render.ICO_SIZES)
    icns = (out / "homeward.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    types, at = [], 8
    while at < len(icns):
        kind_bytes, length = icns[at : at + 4], struct.unpack(">I", icns[at + 4 : at + 8])[0]
        assert icns[at + 8 : at + 16] == b"\x89PNG\r\n\x1a\n"
        types.append(kind_bytes)
        at += length
    assert at == len(icns)
    assert types == [t for t, _s in render.ICNS_TYPES]


def test_desktop_entry_names_the_icon_and_the_program():
    entry = (ROOT / "installer" / "linux" / "homeward.desktop").read_text()
    lines = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert entry.startswith("[Desktop Entry]\n")
    assert lines["Type"] == "Application"
    assert lines["Name"] == "Homeward"
    assert lines["Icon"] == "homeward"
    assert lines["Exec"] == "homeward"
    assert lines["StartupWMClass"] == "Homeward"  # the class part of WM_CLASS Qt sets
    assert lines["Categories"].endswith(";")
