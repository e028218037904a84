"""Smoke test of the built bundle (dist/homeward): what `make installer-test` runs.

The frozen executable, under Qt's offscreen platform and with its own data folder,
must: tell its version and help; create and migrate a new database with its first
administrator; generate a small demo; list the transitions as JSON; print a case
summary PDF that reads back; upgrade a database written at the previous release's
schema without losing a case (backing it up first); pass `homeward check`; create
and reopen an encrypted (SQLCipher) database. On Linux
the tar.gz must install for one user, start from the menu's command, and uninstall
without touching the data.

    python installer/smoke_test.py [--bundle dist/homeward] [--keep]

Exit code 0 only when every step passed. Uses the source tree (this Python) only to
write the old-schema database and to read the PDF back; everything else is the bundle.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREVIOUS_REVISION = "0001"  # the schema of the previous release (0.1.0 before 0002)
ADMIN_PASSWORD = "Smoke-test-passphrase-2026"


class StepFailed(Exception):
    pass


class Smoke:
    def __init__(self, bundle: Path, work: Path) -> None:
        self.bundle = bundle
        self.work = work
        self.exe = bundle / ("homeward-cli.exe" if sys.platform == "win32" else "homeward")
        self.env = dict(os.environ)
        self.env.update(
            QT_QPA_PLATFORM="offscreen",
            HOMEWARD_DATA_DIR=str(work / "data"),
            HOMEWARD_PASSWORD="demo",
        )
        # The bundle must not lean on the source tree or the virtualenv.
        for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "HOMEWARD_TODAY"):
            self.env.pop(name, None)
        self.results: list[tuple[str, bool, str]] = []

    def run(
        self,
        *args: str,
        password: str | None = None,
        expect: int = 0,
        exe: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> str:
        environment = dict(env or self.env)
        if password is not None:
            environment["HOMEWARD_PASSWORD"] = password
        command = [str(exe or self.exe), *args]
        done = subprocess.run(
            command, capture_output=True, text=True, env=environment, cwd=self.work, timeout=300
        )
        if done.returncode != expect:
            raise StepFailed(
                f"`{' '.join(args)}` exited {done.returncode} (expected {expect})\n"
                f"stdout: {done.stdout[-1500:]}\nstderr: {done.stderr[-1500:]}"
            )
        if "Traceback" in done.stderr:
            raise StepFailed(f"`{' '.join(args)}` printed a traceback:\n{done.stderr[-1500:]}")
        return done.stdout

    def step(self, name: str, check: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = check()
            ok = True
        except StepFailed as exc:
            detail, ok = str(exc), False
        except Exception as exc:  # noqa: BLE001 - a broken step is a failed step, not a crash
            detail, ok = f"{type(exc).__name__}: {exc}", False
        seconds = time.perf_counter() - started
        self.results.append((name, ok, detail))
        mark = "ok  " if ok else "FAIL"
        print(f"[{mark}] {name} ({seconds:.1f} s){': ' + detail if detail else ''}", flush=True)


def revision_of(path: Path) -> str | None:
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    from desktop_app.db.engine import make_engine, sqlite_url
    from desktop_app.db.migrate import alembic_config

    engine = make_engine(sqlite_url(":memory:"))
    try:
        head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    finally:
        engine.dispose()
    assert head is not None
    return head


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "homeward")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if not bundle.is_dir():
        print(f"smoke_test: no bundle at {bundle}; run `make installer` first", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="homeward-smoke-"))
    smoke = Smoke(bundle, work)
    expected_version = version("homeward")
    head = head_revision()
    state: dict[str, str] = {}

    def check_version() -> str:
        started = time.perf_counter()
        out = smoke.run("--version").strip()
        seconds = time.perf_counter() - started
        if out != f"homeward {expected_version}":
            raise StepFailed(f"printed {out!r}, expected 'homeward {expected_version}'")
        return f"{out}, in {seconds:.2f} s"

    def check_help() -> str:
        out = smoke.run("--help")
        missing = [c for c in ("init", "demo", "transitions", "print", "check") if c not in out]
        if missing:
            raise StepFailed(f"--help does not list {', '.join(missing)}")
        return ""

    def check_init() -> str:
        path = work / "new.db"
        smoke.run("init", "--admin", "itadmin", "--db", str(path), password=ADMIN_PASSWORD)
        if not path.exists():
            raise StepFailed("no database file was written")
        revision = revision_of(path)
        if revision != head:
            raise StepFailed(f"new database is at schema {revision}, expected {head}")
        smoke.run("check", "--db", str(path), "--user", "itadmin", password=ADMIN_PASSWORD)
        return f"schema {revision}, admin logs in, check passes"

    def check_demo() -> str:
        path = work / "demo.db"
        out = smoke.run("demo", "--cases", "50", "--seed", "3", "--db", str(path))
        if "50 cases" not in out:
            raise StepFailed(f"unexpected output: {out.strip()}")
        return out.strip().splitlines()[0][:80]

    def check_transitions() -> str:
        out = smoke.run(
            "transitions",
            "--within",
            "90",
            "--format",
            "json",
            "--db",
            str(work / "demo.db"),
            "--user",
            "lead",
        )
        rows = json.loads(out)
        if not isinstance(rows, list) or not rows:
            raise StepFailed("no transitions within 90 days in a 50-case demo")
        for key in ("reference", "kind", "due_date", "risk"):
            if key not in rows[0]:
                raise StepFailed(f"transition rows lack {key!r}")
        state["reference"] = rows[0]["reference"]
        return f"{len(rows)} transitions, first {rows[0]['reference']} ({rows[0]['kind']})"

    def check_print() -> str:
        from pypdf import PdfReader

        reference = state.get("reference")
        if not reference:
            raise StepFailed("no case reference from the transitions step")
        pdf = work / "summary.pdf"
        smoke.run(
            "print",
            "case-summary",
            reference,
            "--out",
            str(pdf),
            "--db",
            str(work / "demo.db"),
            "--user",
            "lead",
        )
        reader = PdfReader(str(pdf))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        if reference not in text or "Case summary" not in text:
            raise StepFailed(f"the PDF does not read back as the summary of {reference}")
        return f"{len(reader.pages)} page(s), {pdf.stat().st_size // 1024} KB, names {reference}"

    def check_upgrade() -> str:
        # An old database with people in it: written by the source tree at the newest
        # schema, then taken back to the previous release's schema with its migrations.
        from desktop_app.db.engine import make_engine, sqlite_url
        from desktop_app.db.migrate import downgrade

        path = work / "old.db"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop_app",
                "demo",
                "--cases",
                "12",
                "--seed",
                "5",
                "--db",
                str(path),
            ],
            check=True,
            capture_output=True,
            cwd=ROOT,
            env={**smoke.env, "HOMEWARD_DATA_DIR": str(work / "source-data")},
        )
        engine = make_engine(sqlite_url(path))
        try:
            downgrade(engine, PREVIOUS_REVISION)
        finally:
            engine.dispose()
        if revision_of(path) != PREVIOUS_REVISION:
            raise StepFailed(f"could not write a database at schema {PREVIOUS_REVISION}")
        with sqlite3.connect(path) as conn:
            before = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        out = smoke.run("cases", "--format", "json", "--db", str(path), "--user", "coordinator")
        listed = len(json.loads(out))
        after_revision = revision_of(path)
        if after_revision != head:
            raise StepFailed(f"after opening, the schema is {after_revision}, expected {head}")
        with sqlite3.connect(path) as conn:
            after = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
            index = conn.execute(
                "SELECT name FROM sqlite_master WHERE type='index' "
                "AND name='ix_transitions_kind_due_date'"
            ).fetchone()
        if after != before:
            raise StepFailed(f"{before} cases before the upgrade, {after} after")
        if head == "0002" and index is None:
            raise StepFailed("the 0002 index was not created")
        backups = list(work.glob(f"old.before-{PREVIOUS_REVISION}-*.db"))
        if not backups:
            raise StepFailed("no backup was written before the migration")
        if revision_of(backups[0]) != PREVIOUS_REVISION:
            raise StepFailed("the backup is not the old database")
        smoke.run("check", "--db", str(path), "--user", "admin")
        return (
            f"{PREVIOUS_REVISION} → {after_revision}, {after} cases kept ({listed} listed), "
            f"backup {backups[0].name}, check passes"
        )

    def check_empty_old_schema() -> str:
        # A database created (empty) by the previous release's migrations, then `init`.
        from alembic import command

        from desktop_app.db.engine import make_engine, sqlite_url
        from desktop_app.db.migrate import alembic_config

        path = work / "old-empty.db"
        engine = make_engine(sqlite_url(path))
        try:
            command.upgrade(alembic_config(engine), PREVIOUS_REVISION)
        finally:
            engine.dispose()
        smoke.run("init", "--admin", "itadmin", "--db", str(path), password=ADMIN_PASSWORD)
        if revision_of(path) != head:
            raise StepFailed(f"init left the schema at {revision_of(path)}")
        return f"{PREVIOUS_REVISION} → {head}"

    def check_refuses_newer() -> str:
        path = work / "newer.db"
        shutil.copyfile(work / "new.db", path)
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        env = dict(smoke.env, HOMEWARD_PASSWORD=ADMIN_PASSWORD)
        done = subprocess.run(
            [str(smoke.exe), "check", "--db", str(path), "--user", "itadmin"],
            capture_output=True,
            text=True,
            env=env,
            cwd=work,
            timeout=120,
        )
        if done.returncode != 1 or "newer" not in done.stderr or "Traceback" in done.stderr:
            raise StepFailed(f"exit {done.returncode}, stderr {done.stderr.strip()!r}")
        return done.stderr.strip()

    def check_encrypted() -> str:
        # SQLCipher is a native module: the frozen build must carry it and its OpenSSL.
        path = work / "encrypted.db"
        env = dict(smoke.env, HOMEWARD_PASSPHRASE="synthetic passphrase for the smoke test")
        smoke.run("init", "--admin", "itadmin", "--db", str(path), password=ADMIN_PASSWORD, env=env)
        if path.read_bytes()[:16] == b"SQLite format 3\x00":
            raise StepFailed("the database was written in clear text")
        out = smoke.run(
            "check", "--db", str(path), "--user", "itadmin", password=ADMIN_PASSWORD, env=env
        )
        smoke.run(
            "check", "--db", str(path), "--user", "itadmin", password=ADMIN_PASSWORD, expect=1
        )
        return out.strip().splitlines()[0] + "; without the passphrase it will not open"

    def check_data_folder() -> str:
        logs = work / "data" / "logs" / "homeward.log"
        if not logs.exists():
            raise StepFailed(f"no log in the data folder ({logs})")
        inside = [p for p in bundle.rglob("*.db")] + [p for p in bundle.rglob("*.log")]
        if inside:
            raise StepFailed(f"data written inside the program folder: {inside[:3]}")
        return "log in the data folder, nothing written into the program folder"

    def check_linux_archive() -> str:
        archives = sorted((bundle.parent).glob(f"homeward-{expected_version}-linux-*.tar.gz"))
        if not archives:
            raise StepFailed("no dist/homeward-<version>-linux-*.tar.gz")
        unpack = work / "unpack"
        with tarfile.open(archives[-1]) as tar:
            tar.extractall(unpack, filter="tar")
        (top,) = list(unpack.iterdir())
        home = work / "home"
        data = home / ".local" / "share" / "Homeward"
        data.mkdir(parents=True)
        (data / "homeward.db").write_bytes(b"kept")
        env = {k: v for k, v in smoke.env.items() if not k.startswith("XDG_")}
        env.update(HOME=str(home))
        env.pop("HOMEWARD_DATA_DIR")
        subprocess.run(
            ["sh", str(top / "install.sh")], check=True, env=env, capture_output=True, text=True
        )
        launcher = home / ".local" / "bin" / "homeward"
        desktop = home / ".local" / "share" / "applications" / "homeward.desktop"
        icon = home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / "homeward.png"
        for path in (launcher, desktop, icon):
            if not path.exists():
                raise StepFailed(f"install.sh did not write {path}")
        if shutil.which("desktop-file-validate"):
            checked = subprocess.run(
                ["desktop-file-validate", str(desktop)], capture_output=True, text=True
            )
            if checked.returncode != 0 or checked.stdout.strip():
                raise StepFailed(f"desktop entry: {checked.stdout.strip()}")
        exec_line = next(
            line for line in desktop.read_text().splitlines() if line.startswith("Exec=")
        )
        program = Path(exec_line.removeprefix("Exec="))
        out = smoke.run("--version", exe=program, env=env).strip()
        if out != f"homeward {expected_version}":
            raise StepFailed(f"the installed program says {out!r}")
        smoke.run("--version", exe=launcher, env=env)
        subprocess.run(
            ["sh", str(top / "install.sh"), "--uninstall"],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        )
        if program.exists() or launcher.exists() or desktop.exists():
            raise StepFailed("--uninstall left the program behind")
        if (data / "homeward.db").read_bytes() != b"kept":
            raise StepFailed("--uninstall touched the data folder")
        return f"{archives[-1].name}: installs to ~/.local, uninstall keeps the data"

    smoke.step("--version", check_version)
    smoke.step("--help", check_help)
    smoke.step("init: new database, migrated, first admin", check_init)
    smoke.step("demo --cases 50", check_demo)
    smoke.step("transitions --within 90 --format json", check_transitions)
    smoke.step("print case-summary reads back", check_print)
    smoke.step(f"upgrade a database at schema {PREVIOUS_REVISION}", check_upgrade)
    smoke.step(f"init on an empty database at schema {PREVIOUS_REVISION}", check_empty_old_schema)
    smoke.step("refuses a database from a newer Homeward", check_refuses_newer)
    smoke.step("encrypted database (SQLCipher)", check_encrypted)
    smoke.step("data folder, not the program folder", check_data_folder)
    if sys.platform.startswith("linux"):
        smoke.step("Linux archive: install for one user, uninstall", check_linux_archive)

    failed = [name for name, ok, _ in smoke.results if not ok]
    if args.keep or failed:
        print(f"work folder kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    if failed:
        print(f"{len(failed)} of {len(smoke.results)} steps failed: {', '.join(failed)}")
        return 1
    print(f"all {len(smoke.results)} steps passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
