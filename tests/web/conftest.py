"""Shared fixtures for the web build tests: one real build per session, and a local web server.

The builds run the real command (``python -m game build-web``) in a subprocess with every proxy
variable pointing at a closed local port, so a build that tried to download anything would fail
(or hang until the timeout) instead of passing quietly.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FAKE_RUNTIME = Path(__file__).resolve().parent / "fake_runtime"
ARTIFACTS = ROOT / "tests" / "artifacts" / "web"
OFFLINE = {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
           "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9", "no_proxy": "", "NO_PROXY": ""}


@dataclass
class Built:
    out: Path
    log: str


def run_build(tmp: Path, *extra: str) -> Built:
    out, staging = tmp / "web", tmp / "staging"
    env = dict(os.environ, **OFFLINE)
    done = subprocess.run([sys.executable, "-m", "game", "build-web", "--out", str(out), "--staging", str(staging),
                           *extra], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    log = done.stdout + done.stderr
    if done.returncode != 0:
        pygbag_log = staging / "pygbag.log"
        pytest.fail("build-web failed:\n" + log + (pygbag_log.read_text(errors="replace") if pygbag_log.exists() else ""))
    return Built(out, log)


@pytest.fixture(scope="session")
def web_build(tmp_path_factory) -> Built:
    """The default build (runtime from pygbag's CDN), once per test session."""
    return run_build(tmp_path_factory.mktemp("web-default"))


@pytest.fixture(scope="session")
def relative_build(tmp_path_factory) -> Built:
    """A build with ``--runtime-dir`` pointing at the fake runtime mirror in tests/web/fake_runtime."""
    return run_build(tmp_path_factory.mktemp("web-relative"), "--runtime-dir", str(FAKE_RUNTIME))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


@pytest.fixture
def serve():
    """``serve(folder)`` -> base URL of a web server for that folder on 127.0.0.1 (stopped after the test)."""
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
