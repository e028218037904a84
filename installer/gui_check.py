"""Start the built bundle in a real X window (Xvfb), log in, time it and take screenshots.

    xvfb-run -a -s "-screen 0 1680x1000x24" python installer/gui_check.py [--out docs/screenshots]

Needs xdotool and ImageMagick's `import`; openbox and tint2, when installed, give the
windows a title bar and a task bar so the icon shows where users see it. Prints the
time from launch to the login window and from the password to the main window.
Writes installer-bundle-window.png (the transitions board) and installer-about.png. Exit 0 when both windows came.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def wait_for_window(name: str, timeout: float) -> str | None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", name],
            capture_output=True,
            text=True,
        )
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.05)
    return None


def screenshot(target: Path) -> None:
    subprocess.run(["import", "-window", "root", str(target)], check=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "homeward")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    parser.add_argument("--cases", type=int, default=300)
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        print("gui_check: no DISPLAY; run me under xvfb-run", file=sys.stderr)
        return 2
    exe = args.bundle.resolve() / "homeward"
    work = Path(tempfile.mkdtemp(prefix="homeward-gui-"))
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "HOMEWARD_TODAY")}
    env["HOMEWARD_DATA_DIR"] = str(work / "data")
    env["HOME"] = str(work / "home")  # fresh Qt settings: a first start, as on a new PC
    database = work / "data" / "homeward-demo.db"
    subprocess.run(
        [str(exe), "demo", "--cases", str(args.cases), "--db", str(database)],
        check=True,
        env=env,
        capture_output=True,
    )
    helpers = []
    for helper in (["openbox"], ["tint2"]):
        if shutil.which(helper[0]):
            helpers.append(
                subprocess.Popen(
                    helper, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
            )
    time.sleep(1.0)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    app = subprocess.Popen([str(exe), "--db", str(database), "--user", "lead"], env=env)
    ok = False
    try:
        login = wait_for_window("log in", 60)
        if login is None:
            print("gui_check: the login window did not appear", file=sys.stderr)
            return 1
        to_login = time.perf_counter() - started
        subprocess.run(["xdotool", "windowactivate", "--sync", login], check=False)
        subprocess.run(["xdotool", "type", "--delay", "20", "demo"], check=True)
        typed = time.perf_counter()
        subprocess.run(["xdotool", "key", "Return"], check=True)
        main_window = wait_for_window("Homeward — ", 60)
        if main_window is None:
            print("gui_check: the main window did not appear", file=sys.stderr)
            return 1
        to_main = time.perf_counter() - typed
        print(f"launch → login window: {to_login:.2f} s")
        print(f"password entered → main window: {to_main:.2f} s")
        subprocess.run(["xdotool", "windowactivate", "--sync", main_window], check=False)
        subprocess.run(["xdotool", "windowsize", main_window, "1600", "900"], check=False)
        time.sleep(1.5)  # let My day fill in
        # The transitions board: the third entry of the navigation on the left.
        subprocess.run(
            ["xdotool", "mousemove", "--window", main_window, "60", "140", "click", "1"],
            check=False,
        )
        subprocess.run(["xdotool", "key", "Home", "Down", "Down"], check=False)
        time.sleep(2.5)
        screenshot(args.out / "installer-bundle-window.png")
        subprocess.run(["xdotool", "key", "alt+h"], check=True)
        time.sleep(0.5)
        subprocess.run(["xdotool", "key", "Return"], check=True)
        about = wait_for_window("About Homeward", 20)
        if about is None:
            print("gui_check: Help → About did not open", file=sys.stderr)
            return 1
        time.sleep(1.0)
        screenshot(args.out / "installer-about.png")
        subprocess.run(["xdotool", "key", "Escape"], check=False)
        ok = True
        print(f"screenshots in {args.out}")
    finally:
        if app.poll() is None:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
        for helper in helpers:
            helper.terminate()
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
