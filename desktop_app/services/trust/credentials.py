"""Connection settings of a team's PostgreSQL server, and its password in the system keyring.

The password is never written to a settings file: it goes to the operating
system's keyring (Windows Credential Manager, macOS Keychain, the Secret
Service on Linux) through the `keyring` package, or, where the computer has
no keyring, it is asked at every start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError
from sqlalchemy.engine import URL

from desktop_app.domain.i18n import message as _
from desktop_app.services.errors import ValidationError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Homeward database server"
TLS_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerSettings:
    """Where the team's database is; everything but the password, which the keyring keeps."""

    host: str
    port: int
    database: str
    user: str
    tls_mode: str = "prefer"

    @property
    def keyring_account(self) -> str:
        # One entry per user, server and database, so two servers keep two passwords.
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.tls_mode},
        )


def server_settings(
    host: str, port: str | int, database: str, user: str, tls_mode: str = "prefer"
) -> ServerSettings:
    """Checked connection settings; a ValidationError names each field that is not right."""
    errors: dict[str, str] = {}
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        errors["host"] = _("Type the server's name or address.")
    try:
        port_number = int(str(port).strip() or DEFAULT_PORT)
        if not 1 <= port_number <= 65535:
            raise ValueError
    except ValueError:
        errors["port"] = _("The port is a whole number from 1 to 65535 (usually 5432).")
        port_number = DEFAULT_PORT
    if not database:
        errors["database"] = _("Type the name of the database (your IT department knows it).")
    if not user:
        errors["user"] = _("Type the database user name.")
    if tls_mode not in TLS_MODES:
        errors["tls_mode"] = _(
            "TLS mode must be one of {tls_modes}.", tls_modes=", ".join(TLS_MODES)
        )
    if errors:
        raise ValidationError(errors)
    return ServerSettings(host, port_number, database, user, tls_mode)


def stored_password(settings: ServerSettings) -> str | None:
    """The password kept in the keyring for these settings, or None (none kept, or no keyring)."""
    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_account)
    except KeyringError as exc:
        log.info("no password from the keyring: %s", exc)
        return None


def remember_password(settings: ServerSettings, password: str) -> bool:
    """Keep the password in the keyring; False where this computer has none to keep it in."""
    try:
        keyring.set_password(KEYRING_SERVICE, settings.keyring_account, password)
        return True
    except KeyringError as exc:
        log.info("the keyring did not keep the password: %s", exc)
        return False


def forget_password(settings: ServerSettings) -> None:
    try:
        keyring.delete_password(KEYRING_SERVICE, settings.keyring_account)
    except KeyringError:  # PasswordDeleteError too: nothing was kept
        pass
