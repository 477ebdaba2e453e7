"""``python main.py`` and ``python -m game bench`` as a player or developer runs them (headless)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")


def run(*args, timeout=120):
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=ENV, capture_output=True, text=True,
                          timeout=timeout)


def test_main_runs_frames_and_exits(tmp_path):
    save = tmp_path / "save.json"
    r = run("main.py", "--frames", "5", "--save", str(save))
    assert r.returncode == 0, r.stderr


def test_main_previews_a_level_in_a_language(tmp_path):
    r = run("main.py", "--frames", "3", "--level", "levels/srb-pandemic-aid.yaml", "--lang", "sq",
            "--save", str(tmp_path / "s.json"))
    assert r.returncode == 0, r.stderr


def test_main_with_a_playlist(tmp_path):
    r = run("main.py", "--frames", "3", "--playlist", "srb-pandemic-aid", "--pre", "check-a", "--post", "check-b",
            "--name", "Week 1", "--save", str(tmp_path / "s.json"))
    assert r.returncode == 0, r.stderr


def test_bench_reports_every_figure_as_json():
    r = run("-m", "game", "bench", "--json", "--frames", "20", timeout=300)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert set(out["scenes"]) >= {"title", "map", "briefing", "item", "palette", "feedback", "results", "settings"}
    for figures in out["scenes"].values():
        assert figures["p95_ms"] >= figures["median_ms"] >= 0
    assert out["idle_ms"]["draws"] == 0       # an idle frame draws nothing
    assert out["first_frame_ms"] > 0 and out["levels"] > 0
