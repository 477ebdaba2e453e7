"""Set up and run Lupa with nothing but Python 3.11+: ``python3 tools/dev.py play|test [ARGS...]``.

``play`` creates ``.venv`` (once), installs Lupa into it and starts the game; ``test`` does the
same with the test tools and runs every test. Both are safe to run again: the install step is
skipped while ``pyproject.toml`` is unchanged. This is a developer tool, not game code.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_installed(extras: str) -> None:
    if sys.version_info < (3, 11):
        raise SystemExit(f"Lupa needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not venv_python().exists():
        print(f"Creating a virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".lupa-installed-{extras or 'base'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extras}]" if extras else "."
    print(f"Installing Lupa ({target}) ...", flush=True)
    subprocess.run([str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q",
                    "-e", target], cwd=ROOT, check=True)
    stamp.write_text(digest)


def run_tests(args: list[str]) -> int:
    ensure_installed("test")
    # Debian's chromium and npm's playwright-core for the browser tests (installed when missing).
    subprocess.run([sys.executable, str(ROOT / "tools" / "browser_deps.py")], cwd=ROOT)
    code = subprocess.run([str(venv_python()), "-m", "pytest", *args], cwd=ROOT).returncode
    if code == 5:  # pytest found no tests: never let an empty run pass
        print("No tests were collected: that is a failure, not a pass.", file=sys.stderr)
        return 1
    return code


def play(args: list[str]) -> int:
    ensure_installed("")
    return subprocess.run([str(venv_python()), "main.py", *args], cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("play", "test"):
        print(__doc__.strip())
        return 2
    return {"play": play, "test": run_tests}[argv[0]](argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
