"""Boot the *built package* natively: unpack lupa.tar.gz and run its main.py under the dummy driver.

This proves the artifact is complete (nothing it imports was left behind) without the browser
runtime, which CI cannot reach. The run blocks PyYAML, as the browser has none, and checks that
the code that ran came from the unpacked package, not from the source tree.

Depends on the playable game (issue 3): ``main.py --frames N`` must quit by itself after N frames.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.web.conftest import ROOT

FRAMES = 300

# Run main.py the way the browser does (as __main__, from its own folder), with no YAML parser.
# Only the source tree itself leaves sys.path: a virtual environment inside the checkout (the
# README's .venv) must stay, or the packaged game could not find pygame.
WRAPPER = """
import json, os, runpy, sys
sys.modules["yaml"] = None
folder = sys.argv[1]
sys.path[:] = [folder] + [p for p in sys.path[1:] if os.path.realpath(p or ".") != os.path.realpath(%r)]
sys.argv = ["main.py"] + sys.argv[2:]
try:
    runpy.run_path("main.py", run_name="__main__")
finally:
    import game
    print("LUPA-BOOT " + json.dumps({"game": game.__file__, "yaml": sys.modules.get("yaml") is not None}))
""" % str(ROOT)


def unpack(package: Path, dest: Path) -> Path:
    with tarfile.open(package, "r:gz") as tar:
        tar.extractall(dest, filter="data")
    return dest / "assets"


def boot(folder: Path, tmp: Path, fragment: str, args: list[str]) -> tuple[subprocess.CompletedProcess, dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "LUPA_"))}
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", HOME=str(tmp / "home"),
               XDG_DATA_HOME=str(tmp / "data"), XDG_CONFIG_HOME=str(tmp / "config"),
               LUPA_ASSIGNMENT=fragment, LUPA_ANNOUNCE_LOG=str(tmp / "announced.txt"),
               LUPA_DOWNLOAD_DIR=str(tmp / "downloads"), PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run([sys.executable, "-c", WRAPPER, str(folder), "--frames", str(FRAMES), *args], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=300)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("LUPA-BOOT ")), None)
    return done, (json.loads(line[len("LUPA-BOOT "):]) if line else {})


@pytest.fixture(scope="module")
def booted(web_build, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("boot")
    folder = unpack(web_build.out / "lupa.tar.gz", tmp / "unpacked")
    from game.web.runtime import load_library

    library = load_library(folder)
    levels = [lv.id for lv in library.levels[:2]]
    fragment = f"#lang=sq&levels={','.join(levels)}&check=pre-post&name=7b"
    # The assignment arrives as the browser passes it: the fragment, read through game.web.runtime
    # (LUPA_ASSIGNMENT stands in for location.hash natively); no --playlist, no --lang.
    args = ["--save", str(tmp / "save.json")]
    done, seen = boot(folder, tmp, fragment, args)
    return folder, tmp, library, done, seen


def test_packaged_main_runs_for_frames_without_yaml(booted):
    folder, _tmp, _library, done, seen = booted
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert seen, "main.py did not return (it must quit after --frames N)"
    assert Path(seen["game"]).resolve().is_relative_to(folder.resolve()), seen
    assert seen["yaml"] is False


def test_packaged_content_pack_loads_from_the_package(booted):
    folder, _tmp, library, _done, _seen = booted
    assert (folder / "content-pack.json").is_file()
    assert library.levels and library.checks
    assert not (folder / "levels").exists(), "the browser package must not carry the YAML sources"


def test_packaged_game_follows_the_scripted_assignment(booted):
    """The packaged game opens straight into the link's assignment, in its language, and mirrors the
    screen into the live region through game.web.runtime.announce."""
    folder, tmp, library, done, _seen = booted
    assert done.returncode == 0, done.stderr[-3000:]
    announced = (tmp / "announced.txt").read_text(encoding="utf-8") if (tmp / "announced.txt").exists() else ""
    assert announced.strip(), "the game announced nothing for screen readers"
    first = announced.splitlines()[0]
    assert "7b" in first, first              # the assignment's name: it opened straight into it
    from game.content_text import ContentText
    check = library.checks[0]
    title = " ".join(ContentText(library, "sq").level(check, "title").split())
    assert title in first, (title, first)    # the pre-check's briefing, in Albanian where translated
