"""Connecting the app to a team's PostgreSQL server; the password stays in the keyring."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy.engine import make_url

from desktop_app import config
from desktop_app.app import parse_desktop_args
from desktop_app.services.errors import ValidationError
from desktop_app.services.trust import credentials
from desktop_app.ui import application, login, preferences
from desktop_app.ui.server_dialog import ServerConnectionDialog, reconnect_silently
from tests.support import pg_server


class MemoryKeyring(KeyringBackend):
    """Stands in for the operating system's keyring (none on a test machine)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def _fill(dialog: ServerConnectionDialog, url, database: str) -> None:  # type: ignore[no-untyped-def]
    """The details of the test cluster, as IT would hand them out (no TLS on loopback)."""
    dialog.host.setText(url.host)
    dialog.port.setText(str(url.port))
    dialog.database_name.setText(database)
    dialog.user.setText("postgres")
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))


def test_settings_are_checked_field_by_field() -> None:
    with pytest.raises(ValidationError) as bad:
        credentials.server_settings(" ", "99999", "", "", "sometimes")
    assert set(bad.value.errors) == {"host", "port", "database", "user", "tls_mode"}
    good = credentials.server_settings("db.example.org", "", "homeward", "anna", "require")
    assert good.port == 5432
    url = good.url("s3cret/with:odd@chars")
    assert url.password == "s3cret/with:odd@chars" and url.query["sslmode"] == "require"
    assert make_url(url.render_as_string(hide_password=False)).password == "s3cret/with:odd@chars"


def test_a_wrong_detail_is_said_in_the_dialog(qtbot) -> None:
    dialog = ServerConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("")
    dialog.user.setText("anna")
    dialog.connect_to_server()
    assert dialog.database is None
    assert "server's name or address" in dialog.message.text()


def test_connect_keeps_the_password_in_the_keyring_only(qtbot, postgres, memory_keyring) -> None:
    url = make_url(pg_server.create_database(postgres, "team_server"))
    dialog = ServerConnectionDialog()
    qtbot.addWidget(dialog)
    _fill(dialog, url, "team_server")
    dialog.password.setText("kept-in-the-keyring-1")
    dialog.connect_to_server()
    assert dialog.message.text() == "" or not dialog.message.isVisible()
    assert dialog.database is not None
    try:
        assert dialog.database.label == f"team_server@{url.host}"
    finally:
        dialog.database.dispose()
    account = f"postgres@{url.host}:{url.port}/team_server"
    assert memory_keyring.kept == {(credentials.KEYRING_SERVICE, account): "kept-in-the-keyring-1"}
    ini = (config.user_data_dir() / "homeward-ui.ini").read_text(encoding="utf-8")
    assert "team_server" in ini and "kept-in-the-keyring-1" not in ini
    assert preferences.last_server()["port"] == str(url.port)

    # Next start: straight back to the server with the keyring's password, no file asked for.
    assert application.known_database(parse_desktop_args([])) is None
    again = reconnect_silently()
    assert again is not None
    again.dispose()

    # The fields come back filled in, the password from the keyring.
    second = ServerConnectionDialog()
    qtbot.addWidget(second)
    assert second.host.text() == url.host and second.password.text() == "kept-in-the-keyring-1"
    second.remember.setChecked(False)
    second.connect_to_server()
    assert second.database is not None
    second.database.dispose()
    assert memory_keyring.kept == {}  # not remembered any more


def test_an_unknown_database_or_a_closed_port_is_said_plainly(qtbot, postgres) -> None:
    url = make_url(postgres)
    dialog = ServerConnectionDialog()
    qtbot.addWidget(dialog)
    _fill(dialog, url, "no_such_database")
    dialog.connect_to_server()
    assert dialog.database is None
    assert "There is no database no_such_database" in dialog.message.text()
    dialog.port.setText("1")  # nothing listens there
    dialog.connect_to_server()
    assert dialog.database is None
    assert "cannot be reached" in dialog.message.text()


def test_the_first_run_dialog_connects_to_a_server(qtbot, postgres, monkeypatch) -> None:
    url = make_url(pg_server.create_database(postgres, "first_run_server"))

    def fill_and_connect(dialog: ServerConnectionDialog) -> int:
        _fill(dialog, url, "first_run_server")
        dialog.remember.setChecked(False)
        dialog.connect_to_server()
        return int(dialog.database is not None)

    monkeypatch.setattr(ServerConnectionDialog, "exec", fill_and_connect)
    first = login.FirstRunDialog(config.default_database_path())
    qtbot.addWidget(first)
    first.server_button.click()
    assert first.result_choice is not None
    assert first.result_choice.choice is login.StartChoice.SERVER
    assert first.result_choice.database is not None
    first.result_choice.database.dispose()
