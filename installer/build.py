"""Build Homeward's one-folder bundle, and on Linux the tar.gz that installs it.

    python installer/build.py            (what `make installer` runs)

Steps: render the icons (build/icons) → PyInstaller with installer/homeward.spec
(dist/homeward/) → on Linux dist/homeward-<version>-linux-x86_64.tar.gz with the
install script, the desktop entry and the icons. It prints the size of the bundle.
Windows: afterwards compile installer/windows/homeward.iss with Inno Setup (README).
macOS: the spec also writes dist/Homeward.app.
"""

from __future__ import annotations

import io
import platform
import shutil
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def windows_version_file(app_version: str) -> None:
    """The version resource Windows shows in the file's properties."""
    numbers = [int(part) for part in app_version.split("+")[0].split(".")[:3] if part.isdigit()]
    numbers = (numbers + [0, 0, 0, 0])[:4]
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(numbers)}, prodvers={tuple(numbers)}),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Homeward'),
      StringStruct('FileDescription', 'Homeward'),
      StringStruct('FileVersion', '{app_version}'),
      StringStruct('ProductName', 'Homeward'),
      StringStruct('ProductVersion', '{app_version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    (BUILD / "windows-version.txt").write_text(text, encoding="utf-8")


def linux_archive(app_version: str) -> Path:
    machine = platform.machine() or "x86_64"
    name = f"homeward-{app_version}-linux-{machine}"
    archive = DIST / f"{name}.tar.gz"
    bundle = DIST / "homeward"
    extras = {
        "install.sh": ROOT / "installer" / "linux" / "install.sh",
        "homeward.desktop": ROOT / "installer" / "linux" / "homeward.desktop",
    }

    def executable(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{name}/homeward", filter=executable)
        tar.add(BUILD / "icons" / "hicolor", arcname=f"{name}/icons/hicolor", filter=executable)
        for arcname, source in extras.items():
            info = executable(tar.gettarinfo(str(source), arcname=f"{name}/{arcname}"))
            info.mode = 0o755 if arcname.endswith(".sh") else 0o644
            with source.open("rb") as handle:
                tar.addfile(info, handle)
        data = app_version.encode()
        info = tarfile.TarInfo(f"{name}/VERSION")
        info.size = len(data)
        info.mode = 0o644
        tar.addfile(info, io.BytesIO(data))
    return archive


def main() -> int:
    app_version = version("homeward")
    BUILD.mkdir(exist_ok=True)
    subprocess.run(
        [sys.executable, str(ROOT / "installer" / "render_icons.py"), str(BUILD / "icons")],
        check=True,
    )
    if sys.platform == "win32":
        windows_version_file(app_version)
    for leftover in (DIST / "homeward", DIST / "Homeward.app"):
        shutil.rmtree(leftover, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(ROOT / "installer" / "homeward.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    size = folder_size(DIST / "homeward")
    print(f"Bundle: {DIST / 'homeward'} ({size / 1_000_000:.0f} MB)")
    if sys.platform.startswith("linux"):
        archive = linux_archive(app_version)
        print(f"Archive: {archive} ({archive.stat().st_size / 1_000_000:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
