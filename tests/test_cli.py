"""The command line: exit codes, --strict, --json, simulate, help."""

import json
import os
import subprocess
import sys

import pytest

from game.cli import command_modules, main


from tests.conftest import ROOT

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, text=True, cwd=cwd, env=ENV)


def test_help_lists_every_command(root):
    out = run("--help", cwd=root)
    assert out.returncode == 0
    for name in command_modules():
        assert name in out.stdout


def test_no_command_is_a_usage_error(capsys):
    assert main([]) == 2


def test_unknown_option_is_a_usage_error(root):
    assert run("validate", "--bogus", cwd=root).returncode == 2


@pytest.fixture
def level_dir(tmp_path, root, good_level_text):
    d = tmp_path / "levels"
    d.mkdir()
    (d / "techniques.yaml").write_text((root / "levels" / "techniques.yaml").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    (d / "good-level.yaml").write_text(good_level_text, encoding="utf-8")
    return d


def test_validate_exit_codes(level_dir, tmp_path):
    ok = run("validate", cwd=tmp_path)
    assert ok.returncode == 0, ok.stdout
    assert "no problems found" in ok.stdout
    bad = level_dir / "good-level.yaml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("difficulty: 2", "difficulty: 7"), encoding="utf-8")
    out = run("validate", cwd=tmp_path)
    assert out.returncode == 1
    assert "levels/good-level.yaml:11:13: error: 'difficulty' is 7, but it must be from 1 to 5." in out.stdout
    assert "Traceback" not in out.stdout + out.stderr
    assert run("validate", "no/such/file.yaml", cwd=tmp_path).returncode == 1


def test_strict_turns_warnings_into_errors(level_dir, tmp_path):
    f = level_dir / "good-level.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("[emotional-language, false-context]\nbriefing",
                                                       "[emotional-language, false-context, clickbait]\nbriefing"),
                 encoding="utf-8")
    assert run("validate", cwd=tmp_path).returncode == 0
    strict = run("validate", "--strict", cwd=tmp_path)
    assert strict.returncode == 1 and ": error: The level teaches 'clickbait'" in strict.stdout


def test_validate_json(level_dir, tmp_path):
    out = run("validate", "--json", cwd=tmp_path)
    data = json.loads(out.stdout)
    assert data["ok"] is True and data["problems"] == []


def test_custom_techniques_file(level_dir, tmp_path):
    other = tmp_path / "few.yaml"
    other.write_text("format: 1\nlanguage: en\ntechniques:\n  - id: clickbait\n    name: Clickbait\n"
                     "    short: x\n    signs: [x]\n    example: x\n    maps_to: {bad_news: null, flicc: null,"
                     " first_draft: null, disarm: []}\n", encoding="utf-8")
    out = run("validate", "--techniques", str(other), cwd=tmp_path)
    assert out.returncode == 1 and "Unknown technique 'emotional-language'" in out.stdout


def test_simulate_prints_the_report(level_dir, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps([
        {"item": "m1", "verdict": "manipulative", "techniques": ["emotional-language", "false-context"]},
        {"item": "l1", "verdict": "manipulative", "techniques": []},
        {"item": "l2", "verdict": "legitimate"},
    ]), encoding="utf-8")
    out = run("simulate", str(level_dir / "good-level.yaml"), "--answers", str(answers), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["score"] == 400 and report["answered"] == 3
    assert report["hits"] == 1 and report["false_alarms"] == 1 and report["correct_rejections"] == 1


def test_simulate_rejects_bad_answers(level_dir, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps([{"item": "nope", "verdict": "legitimate"}]), encoding="utf-8")
    out = run("simulate", str(level_dir / "good-level.yaml"), "--answers", str(answers), cwd=tmp_path)
    assert out.returncode == 2 and "the level has no item 'nope'" in out.stderr


def test_docs_check_passes_on_the_repo(root):
    assert run("docs", "--check", cwd=root).returncode == 0


def test_content_report_json(root):
    out = run("content-report", "--json", cwd=root)
    data = json.loads(out.stdout)
    assert data["levels"] >= 1 and "technique_items" in data
