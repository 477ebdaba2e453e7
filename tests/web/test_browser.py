"""The built page in headless Chromium, served from 127.0.0.1.

The pygbag runtime CDN is not reachable from CI, so these tests cover the page up to the runtime
load: the loading screen in the player's language, the click-to-start gate, the "could not load"
message with its retry button (instead of a blank page), the URL guard against ``?PYGPI=``, the
live region, and that no request goes anywhere but this machine and the configured runtime.
Screenshots go to tests/artifacts/web/.

Needs Debian's ``chromium`` and npm's ``playwright-core`` (``python3 tools/browser_deps.py``
installs both). Without them these tests are skipped on a developer machine and FAIL in CI.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.web.conftest import ARTIFACTS, ROOT

sys.path.insert(0, str(ROOT / "tools"))
import browser_deps  # noqa: E402

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def chromium() -> str:
    missing = browser_deps.missing()
    if missing:
        message = "browser test tools missing: " + "; ".join(missing) + " (run: python3 tools/browser_deps.py)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return browser_deps.chromium_path()


def drive(chromium: str, url: str, visits: list[dict], **extra) -> dict:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    cfg = {"chromium": chromium, "url": url, "screenshots": str(ARTIFACTS), "visits": visits, **extra}
    done = subprocess.run(["node", str(HERE / "browser_check.mjs"), json.dumps(cfg)], cwd=HERE,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-4000:]
    return json.loads(done.stdout)


def page_strings(out: Path) -> dict:
    """The page's own translation table, read back from the built page."""
    html = (out / "index.html").read_text(encoding="utf-8")
    start = html.index("var STRINGS = ") + len("var STRINGS = ")
    return json.JSONDecoder().raw_decode(html[start:])[0]


def hosts(urls: list[str]) -> set[str]:
    return {urlsplit(u).hostname for u in urls if u.startswith("http")}


def test_offline_page_shows_loading_then_could_not_load_with_retry(web_build, serve, chromium):
    out = web_build.out
    base = serve(out)
    text = page_strings(out)
    sq, en = text["sq"], text["en"]
    result = drive(chromium, base, [
        {"name": "assignment-sq", "suffix": "#lang=sq&levels=alb-quake-panic&name=7b", "loadingShot": "loading-sq.png",
         "clickStart": True, "waitError": 20000, "errorShot": "could-not-load-sq.png", "retry": True},
        {"name": "guard", "suffix": "?PYGPI=http://evil.example/&-i#lang=en", "waitError": 20000,
         "errorShot": "could-not-load-en.png"},
    ])
    first, guard = result["visits"]

    # the loading screen, in the language the link asks for
    loading = first["loading"]
    assert loading["lang"] == "sq" and loading["overlay"] and loading["loading"] and not loading["error"]
    assert loading["status"] == sq["loading"] and loading["start"] == sq["start"] and loading["startVisible"]
    assert loading["title"] == "Lupa – " + sq["tagline"] and loading["description"] == sq["description"]
    assert loading["live"] == {"role": "status", "ariaLive": "polite", "text": ""}
    assert Path(first["loadingShot"]).is_file()

    # the click-to-start gate remembers the click while the runtime loads
    assert first["afterStart"]["startDisabled"] and first["afterStart"]["status"] == sq["waiting"]

    # the runtime cannot be reached: a clear message and a retry button, not a blank page
    failed = first["failed"]
    assert failed["error"] and not failed["loading"] and failed["overlay"]
    assert failed["failedTitle"] == sq["failed_title"] and failed["retry"] == sq["retry"]
    assert failed["retryVisible"] and failed["focused"] == "lupa-retry"
    assert "pygame-web.github.io" in failed["failedBody"] and "pythons.js" in failed["details"]
    assert Path(first["errorShot"]).is_file()

    # retry loads the page again: loading screen first, then the message again
    assert first["afterRetry"]["overlay"] and first["afterRetry"]["loading"] and not first["afterRetry"]["error"]
    assert first["retryFailedAgain"]["error"]
    assert any(u.endswith("pythons.js") for u in first["requestsAfterRetry"])

    # ?PYGPI= and ?-i never reach pygbag: the query is removed before the runtime reads it
    assert guard["failed"]["search"] == "" and "PYGPI" in guard["failed"]["query"]
    assert guard["failed"]["lang"] == "en" and guard["failed"]["failedTitle"] == en["failed_title"]
    assert guard["failed"]["packageIndex"] == "https://pygame-web.github.io/cdn/"

    # privacy: this machine and the configured runtime, nothing else
    assert hosts(result["requests"]) <= {"127.0.0.1", "pygame-web.github.io"}, hosts(result["requests"])
    runtime = [u for u in result["requests"] if not u.startswith(base)]
    assert runtime and all(u.startswith("https://pygame-web.github.io/cdn/0.9.3/") for u in runtime), runtime
    assert not result["dialogs"], result["dialogs"]


def test_self_hosted_runtime_progress_stall_and_live_region(relative_build, serve, chromium):
    out = relative_build.out
    base = serve(out)
    text = page_strings(out)
    result = drive(chromium, base, [
        {"name": "progress", "suffix": "#lang=mk", "waitProgress": 20, "announce": "Прва вест: проверете го изворот.",
         "waitError": 10000, "errorShot": "could-not-load-self-hosted-mk.png"},
        {"name": "stall", "suffix": "#lang=en&fake=stall", "waitError": 20000, "errorShot": "stalled-en.png"},
    ], stallMs=4000)
    progress, stall = result["visits"]

    # the runtime's own progress reaches the loading screen, translated
    seen = progress["progress"]
    assert seen["lang"] == "mk" and seen["progress"] >= 20
    percent = round(seen["progress"] / 0.7)
    assert seen["status"] == text["mk"]["engine"].replace("{percent}", str(percent))
    # the live region says what the game tells it
    assert progress["announced"]["live"]["text"] == "Прва вест: проверете го изворот."
    # a missing runtime file (the fake mirror has no interpreter) means the message, quickly
    assert progress["failed"]["error"] and "cpython312/main.js" in progress["failed"]["details"]
    assert progress["failed"]["runtimeUrl"] == base + "runtime/0.9.3/"
    assert progress["failed"]["packageIndex"] == base + "runtime/"
    # a download that silently stops is given up after the stall time, with the same message
    assert stall["failed"]["error"] and "timeout" in stall["failed"]["details"]
    assert stall["errorAfterMs"] < 15000
    # everything came from this machine
    assert hosts(result["requests"]) == {"127.0.0.1"}, hosts(result["requests"])
    assert any(u == base + "runtime/0.9.3/pythons.js" for u in result["requests"])
