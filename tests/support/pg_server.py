"""A throwaway PostgreSQL cluster for tests, started from the server binaries if they are installed."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def server_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


MEMORY_DIR_MINIMUM = 1 << 30  # bytes free in /dev/shm for a cluster to go there


def _memory_dir() -> str | None:
    """A folder in memory (tmpfs) for a cluster's files, where the system has one.

    Every test clones a database (a few hundred files) and drops it again; on
    ext4 creating files where many were just deleted costs the server several
    times what the copy does, and on tmpfs it costs next to nothing. The server
    runs with fsync off anyway: the cluster never outlives the test run.
    """
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK | os.X_OK)):
        return None
    # A container's /dev/shm may be as small as 64 MB; a cluster needs a few hundred.
    stat = os.statvfs(shm)
    return str(shm) if stat.f_bavail * stat.f_frsize >= MEMORY_DIR_MINIMUM else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(args: list[str]) -> list[str]:
    # The server refuses to run as root; Debian's package creates the 'postgres' user.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


class Cluster:
    """A PostgreSQL server of the tests' own, which a test may stop and start again."""

    def __init__(self, bin_dir: Path, root: Path, port: int) -> None:
        self.bin_dir = bin_dir
        self.root = root
        self.data = root / "data"
        self.port = port
        self.base_url = f"postgresql+psycopg://postgres@127.0.0.1:{port}"

    def start(self) -> None:
        subprocess.run(
            _as_server_user(
                [
                    str(self.bin_dir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-w",
                    "-l",
                    str(self.root / "log"),
                    "-o",
                    f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
                    " -c full_page_writes=off -c wal_level=minimal -c max_wal_senders=0",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )

    def stop(self, mode: str = "immediate") -> None:
        """Stop the server: at once by default (its files are thrown away), or "fast" (a
        clean shutdown, for a cluster kept between runs)."""
        subprocess.run(
            _as_server_user(
                [
                    str(self.bin_dir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-w",
                    "-m",
                    mode,
                    "stop",
                ]
            ),
            capture_output=True,
        )


def _init_cluster(bin_dir: Path, root: Path) -> None:
    data = root / "data"
    data.mkdir(parents=True)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(data, "postgres")
    subprocess.run(
        _as_server_user(
            [str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"]
        ),
        check=True,
        capture_output=True,
    )


@contextmanager
def own_cluster() -> Iterator[Cluster]:
    """A new cluster, started; stopped and deleted afterwards."""
    bin_dir = server_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries are not installed")
    root = Path(tempfile.mkdtemp(prefix="homeward-pg-", dir=_memory_dir()))
    _init_cluster(bin_dir, root)
    server = Cluster(bin_dir, root, _free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def kept_cluster(root: Path) -> Iterator[Cluster]:
    """A cluster whose files stay in `root` between runs: created the first time, started
    for the block and stopped after it, never deleted. For the benchmarks' large databases,
    which take minutes to fill; delete `root` to start again from nothing."""
    bin_dir = server_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries are not installed")
    if not (root / "data" / "PG_VERSION").exists():
        shutil.rmtree(root, ignore_errors=True)
        _init_cluster(bin_dir, root)
    server = Cluster(bin_dir, root, _free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop("fast")


@contextmanager
def cluster() -> Iterator[tuple[str, Path]]:
    """Yield (base URL without a database name, bin dir); stops and deletes the cluster after."""
    with own_cluster() as server:
        yield server.base_url, server.bin_dir


def _admin(base_url: str):  # type: ignore[no-untyped-def]
    import psycopg

    dsn = base_url.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    return psycopg.connect(dsn, autocommit=True)


def create_database(base_url: str, name: str, template: str | None = None) -> str:
    """A new database on the cluster (a copy of `template` if given); its URL."""
    with _admin(base_url) as conn:
        # FILE_COPY: a test database is a small template copied whole, faster than WAL_LOG.
        clause = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{clause}')
    return f"{base_url}/{name}"


def drop_database(base_url: str, name: str) -> None:
    with _admin(base_url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
