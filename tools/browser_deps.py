"""Install what the browser tests need: Debian's ``chromium`` and npm's pinned ``playwright-core``.

``python3 tools/browser_deps.py`` installs whatever is missing (``apt-get`` when run as root,
``npm ci`` in ``tests/web``) and exits 0 when both are ready; ``--check`` installs nothing and
only reports. Playwright never downloads a browser here: the tests point it at the system
Chromium (``executablePath``). ``tools/dev.py test`` calls :func:`ensure` before running pytest.
This is a developer tool, not game code, and uses only the standard library.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NODE_DIR = ROOT / "tests" / "web"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")


def chromium_path() -> str | None:
    """The system Chromium (``LUPA_CHROMIUM`` overrides), or None."""
    override = os.environ.get("LUPA_CHROMIUM")
    if override:
        return override if Path(override).is_file() else None
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    return None


def playwright_ready() -> bool:
    return (NODE_DIR / "node_modules" / "playwright-core" / "package.json").is_file() and shutil.which("node") is not None


def missing() -> list[str]:
    """What the browser tests still need, in words."""
    out = []
    if chromium_path() is None:
        out.append("Debian package 'chromium' (/usr/bin/chromium)")
    if shutil.which("node") is None:
        out.append("Node.js ('node' and 'npm')")
    elif not playwright_ready():
        out.append("npm package playwright-core (npm ci in tests/web)")
    return out


def _run(cmd: list[str], **kw) -> bool:
    print("+ " + " ".join(cmd), flush=True)
    try:
        return subprocess.run(cmd, stdin=subprocess.DEVNULL, **kw).returncode == 0
    except OSError as exc:
        print(f"  could not run {cmd[0]}: {exc}", file=sys.stderr)
        return False


def _apt_install(packages: list[str]) -> bool:
    if shutil.which("apt-get") is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        print(f"Install {', '.join(packages)} with your package manager (needs root), e.g. "
              f"sudo apt-get install {' '.join(packages)}", file=sys.stderr)
        return False
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if _run(["apt-get", "install", "-y", "-q", *packages], env=env):
        return True
    return _run(["apt-get", "update", "-q"], env=env) and _run(["apt-get", "install", "-y", "-q", *packages], env=env)


def ensure(install: bool = True) -> list[str]:
    """Install what is missing (when ``install``); returns what is still missing afterwards."""
    if install and chromium_path() is None:
        _apt_install(["chromium"])
    if install and shutil.which("node") is None:
        _apt_install(["nodejs", "npm"])
    if install and shutil.which("npm") and not playwright_ready():
        lock = NODE_DIR / "package-lock.json"
        _run(["npm", "ci" if lock.is_file() else "install", "--no-audit", "--no-fund"], cwd=NODE_DIR)
    return missing()


def main(argv: list[str]) -> int:
    still = ensure(install="--check" not in argv)
    if still:
        print("Browser tests cannot run; missing: " + "; ".join(still), file=sys.stderr)
        return 1
    print(f"Browser tests ready: {chromium_path()} and playwright-core in {NODE_DIR / 'node_modules'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
