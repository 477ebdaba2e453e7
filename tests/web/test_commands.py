"""The teacher's commands (assign, results) and the game's bridge to the page (game.web.runtime)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from game.core import results as R
from game.core.assignment import Assignment, parse
from game.core.library import Library
from game.core.session import Session
from game.web import runtime
from tests.web.conftest import ROOT


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, **kw)


@pytest.fixture(scope="module")
def library():
    return Library.from_folder(ROOT)


def test_assign_prints_a_link_the_game_reads_back(library):
    levels = [lv.id for lv in library.levels[:2]]
    done = cli("assign", "--levels", ",".join(levels), "--lang", "sq", "--check", "pre-post", "--name", "7b",
               "--base-url", "https://school.example/lupa/")
    assert done.returncode == 0, done.stderr
    link = done.stdout.strip()
    assert link == f"https://school.example/lupa/#lang=sq&levels={','.join(levels)}&check=pre-post&name=7b"
    assert parse(link.partition("#")[2], [lv.id for lv in library.levels]).assignment == \
        Assignment("sq", tuple(levels), "pre-post", "7b")


def test_assign_refuses_unknown_levels_and_languages_with_hints(library):
    level = library.levels[0].id
    done = cli("assign", "--levels", level[:-1] + "x", "--lang", "de")
    assert done.returncode == 1
    assert f"Did you mean '{level}'?" in done.stderr and "unknown language 'de'" in done.stderr
    assert done.stdout == ""
    assert cli("assign", "--levels", level, "--qr", "x.png").returncode == 1


def test_assign_writes_a_qr_code_of_exactly_the_link(library, tmp_path):
    segno = pytest.importorskip("segno")
    pygame = pytest.importorskip("pygame")
    png = tmp_path / "qr.png"
    done = cli("assign", "--levels", library.levels[0].id, "--lang", "mk", "--name", "8/2",
               "--base-url", "https://school.example/lupa/", "--qr", str(png))
    assert done.returncode == 0, done.stderr
    link = done.stdout.strip()
    matrix = segno.make(link, error="m").matrix
    image = pygame.image.load(str(png))
    size, scale, border = len(matrix), 8, 4
    assert image.get_size() == ((size + 2 * border) * scale,) * 2
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            r, g, b, *_ = image.get_at(((x + border) * scale + scale // 2, (y + border) * scale + scale // 2))
            assert (r + g + b < 384) == bool(dark), (x, y)


def test_results_merges_files_and_codes_into_a_class_csv(library, tmp_path):
    def finish(level, seed, nickname):
        s = Session.start(level, seed, library.technique_ids())
        s.answer_all([{"item": it.id, "verdict": it.verdict, "techniques": list(it.techniques)} for it in level.items])
        return R.results_for_sessions([(None, s)], assignment="7b", lang="sq", nickname=nickname, date="2026-11-22")

    ana, ben = finish(library.levels[0], 1, "Ana"), finish(library.levels[1], 2, "Ben")
    (tmp_path / "ana.json").write_text(R.to_json(ana), encoding="utf-8")
    (tmp_path / "codes.txt").write_text(f"Ben: {R.encode_code(ben)}\n", encoding="utf-8")
    out = tmp_path / "class.csv"
    done = cli("results", str(tmp_path / "ana.json"), str(tmp_path / "codes.txt"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["student"], r["level"], r["score"]) for r in rows] == [
        ("Ana", library.levels[0].id, str(ana.levels[0].score)), ("Ben", library.levels[1].id, str(ben.levels[0].score))]
    typo = R.encode_code(ben)
    typo = typo[:-3] + ("0" if typo[-3] != "0" else "1") + typo[-2:]
    bad = cli("results", str(tmp_path / "ana.json"), typo, "no-such-file.json")
    assert bad.returncode == 1
    assert "does not check out" in bad.stderr and "not a file and not a results code" in bad.stderr
    assert bad.stdout.count("\n") == 2, "the readable input still lands in the table"


def test_runtime_reads_the_assignment_natively(monkeypatch):
    monkeypatch.setenv("LUPA_ASSIGNMENT", "#lang=hr&levels=a-level,b-level&check=post&name=8c&oops=1")
    parsed = runtime.assignment(level_ids=["a-level"])
    assert parsed.assignment == Assignment("hr", ("a-level",), "post", "8c")
    assert len(parsed.notices) == 2
    monkeypatch.delenv("LUPA_ASSIGNMENT")
    assert runtime.assignment().assignment is None


def test_runtime_announce_download_and_copy_natively(monkeypatch, tmp_path):
    assert runtime.in_browser() is False
    monkeypatch.delenv("LUPA_ANNOUNCE_LOG", raising=False)
    assert runtime.announce("nothing listens") is False
    monkeypatch.setenv("LUPA_ANNOUNCE_LOG", str(tmp_path / "said.txt"))
    assert runtime.announce("Item 1 of 12:\n  a post   by Pogled") is True
    assert (tmp_path / "said.txt").read_text(encoding="utf-8") == "Item 1 of 12: a post by Pogled\n"
    monkeypatch.setenv("LUPA_DOWNLOAD_DIR", str(tmp_path / "dl"))
    path = runtime.download("../../etc/lupa results.json", "{}")
    assert path == str(tmp_path / "dl" / "luparesults.json") and Path(path).read_text() == "{}"
    assert runtime.copy_text("LUPA-1") is False and runtime.set_language("sq") is False


def test_runtime_prefers_the_content_pack(tmp_path, library):
    assert runtime.load_library(ROOT).to_pack()["levels"] == library.to_pack()["levels"]
    pack = library.to_pack()
    pack["levels"] = pack["levels"][:1]
    pack["translations"] = {"format": 1, "locales": {}}
    (tmp_path / "content-pack.json").write_text(json.dumps(pack), encoding="utf-8")
    assert [lv.id for lv in runtime.load_library(tmp_path).levels] == [library.levels[0].id]
    assert runtime.pack_translations(tmp_path) == {"format": 1, "locales": {}}
    assert runtime.pack_translations(ROOT) is None


def test_page_bridge_in_the_browser(monkeypatch):
    """In the browser the calls go to window.lupa; JS functions that return nothing give None."""
    calls = []

    class Page:
        def announce(self, text):
            calls.append(("announce", text))          # JS returns undefined -> None

        def setLanguage(self, code):
            calls.append(("lang", code))

        def download(self, name, text, mime):
            calls.append(("download", name))

        def copyText(self, text):
            raise RuntimeError("clipboard blocked")   # the browser refused

    monkeypatch.setattr(runtime, "_page", lambda: Page())
    assert runtime.announce("Item  1") is True
    assert runtime.set_language("mk") is True
    assert runtime.download("lupa-7b.json", "{}", "application/json") == "lupa-7b.json"
    assert runtime.copy_text("LUPA-1") is False
    assert calls == [("announce", "Item 1"), ("lang", "mk"), ("download", "lupa-7b.json")]
