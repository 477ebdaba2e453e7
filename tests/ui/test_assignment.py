"""A teacher's assignment link, played by real events: pre-check -> levels -> post-check -> finish.

The link goes in the way ``main.py --assignment`` (and the browser's ``location.hash``) gives it;
the student clicks and types; the results file the finish screen writes must read back through
game.core.results, and the code on screen must decode. Malformed links show notices on the title
screen; the screen-reader mirror (game.web.runtime.announce) receives the post's own text.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pygame
import pytest

from game.core import results as core_results
from game.core.assignment import parse
from game.web import runtime
from tests.ui.driver import ROOT, Driver, answer_perfectly, play_step

LEVELS = ("srb-pandemic-aid", "mne-church-law")
LINK = f"#lang=sq&levels={','.join(LEVELS)}&check=pre-post&name=7b"


@pytest.fixture
def page(monkeypatch, tmp_path):
    """Stand-ins for the page bridge that record what the game told the page."""
    calls = {"announce": [], "lang": []}
    monkeypatch.setattr(runtime, "announce", lambda text: calls["announce"].append(text) or True)
    monkeypatch.setattr(runtime, "set_language", lambda code: calls["lang"].append(code) or True)
    monkeypatch.setenv("LUPA_DOWNLOAD_DIR", str(tmp_path / "downloads"))
    monkeypatch.delenv("LUPA_ASSIGNMENT", raising=False)
    return calls


def plain(text: str) -> str:
    """Text as the live region gets it: one space between words (line breaks of YAML blocks go)."""
    return " ".join(text.split())


def type_text(d: Driver, text: str) -> None:
    for ch in text:  # one TEXTINPUT per character, as SDL sends them while typing
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=ch))
    d.frame()


def test_link_opens_straight_into_the_assignment_and_ends_with_results_files(page, tmp_path):
    d = Driver(assignment=LINK)
    ctx = d.app.ctx
    checks = [lv.id for lv in ctx.library.checks]
    assert ctx.tr.locale == "sq" and page["lang"] == ["sq"]           # the page's lang attribute
    assert [s.name for s in d.app.stack] == ["title", "briefing"]     # straight in, title below
    played = []
    while True:
        played.append(play_step(d))
        d.click("next")
        if d.scene.name == "finish":
            break
    assert played == [checks[0], *LEVELS, checks[-1]]
    assert d.scene.run.phases == ["pre", None, None, "post"]

    # the nickname: click the field, type (with a letter from the Albanian alphabet), fix a typo
    d.click("nickname")
    assert d.scene.field.active
    type_text(d, "Anx")
    d.key(pygame.K_BACKSPACE)
    type_text(d, "a ë")
    assert d.scene.field.text == "Ana ë"
    d.key(pygame.K_m)                        # a letter key while typing is not a hotkey
    assert d.scene.name == "finish"
    d.key(pygame.K_RETURN)                   # Enter leaves the field
    assert not d.scene.field.active and d.scene.focus.key == "download"
    shown = d.scene.code
    d.shot("20-assignment-finish")

    d.click("download")
    d.shot("22-assignment-finish-saved")
    json_path, csv_path = (tmp_path / "downloads").glob("*.json"), (tmp_path / "downloads").glob("*.csv")
    json_path, csv_path = next(json_path), next(csv_path)
    assert [str(json_path), csv_path.name] == [d.scene.saved[0], os.path.basename(d.scene.saved[1])]
    back = core_results.from_json(json_path.read_text("utf-8"))
    assert back.nickname == "Ana ë" and back.assignment == "7b" and back.lang == "sq"
    assert [(lv.level, lv.phase) for lv in back.levels] == [(checks[0], "pre"), (LEVELS[0], "practice"),
                                                            (LEVELS[1], "practice"), (checks[-1], "post")]
    assert all(lv.score == lv.max_score for lv in back.levels)
    assert core_results.from_json(core_results.to_json(back)) == back  # round trip
    data = json.loads(json_path.read_text("utf-8"))
    assert data["code"] == shown
    # the code on screen decodes to the same results, written down with spaces as the screen shows it
    levels = ctx.library.levels + ctx.library.checks
    decoded, notices = core_results.decode_code(shown.replace("-", " "), levels)
    assert decoded == back and not notices
    rows = core_results.from_csv(csv_path.read_text("utf-8"))
    assert [r.levels[0].level for r in rows] == [lv.level for lv in back.levels]
    assert all(r.nickname == "Ana ë" for r in rows)
    # the screen says where the files are, and the screen reader hears it
    texts = [b.label for b in d.scene.blocks if b.kind == "text"]
    assert any(str(json_path) in ctx.tr(t.msgid, **t.values) for t in texts if hasattr(t, "msgid"))
    assert str(json_path) in page["announce"][-1]

    d.click("copy")                          # natively there is no clipboard: the code stays on screen
    assert shown in page["announce"][-1]
    d.click("done")
    assert d.scene.name == "title"
    assert d.widget("continue").enabled      # the finish screen can be opened again
    d.click("continue")
    assert d.scene.name == "finish" and d.scene.run.played[-1]["report"]["level"] == checks[-1]


def test_keyboard_only_finish_screen(page):
    """Tab to the nickname, type, Tab on to Download and press Enter - no mouse at all."""
    d = Driver(assignment="#levels=srb-pandemic-aid&name=Week 3")
    assert d.scene.name == "briefing"
    play_step(d)
    d.key(pygame.K_RETURN)                   # Finish (focused)
    assert d.scene.name == "finish"
    for _ in range(6):
        if d.scene.focus.key == "nickname":
            break
        d.key(pygame.K_TAB)
    assert d.scene.focus.key == "nickname" and d.scene.field.active
    type_text(d, "Bo")
    d.key(pygame.K_TAB)
    assert not d.scene.field.active
    while d.scene.focus.key != "download":
        d.key(pygame.K_TAB)
    d.key(pygame.K_RETURN)
    assert d.scene.saved and core_results.from_json(open(d.scene.saved[0], encoding="utf-8").read()).nickname == "Bo"
    d.key(pygame.K_ESCAPE)
    assert d.scene.name == "title"


def test_touch_tap_on_the_nickname_field_starts_text_input(page):
    d = Driver(assignment="#levels=srb-pandemic-aid")
    play_step(d)
    d.click("next")
    d.tap("nickname")
    assert d.scene.field.active
    type_text(d, "Zoë")
    d.tap("download")
    assert not d.scene.field.active and d.scene.saved


def test_post_pre_swaps_the_check_forms(page):
    d = Driver(assignment="#check=post-pre&levels=srb-pandemic-aid")
    checks = [lv.id for lv in d.app.ctx.library.checks]
    assert d.app.ctx.notices == []
    assert d.scene.run.steps == [checks[-1], "srb-pandemic-aid", checks[0]]


@pytest.mark.parametrize("link", [
    "#lang=xx&levels=nope,srb-pandemic-aid&check=maybe&foo=1",
    "#levels=%00%ff,../../etc&name=" + "x" * 90,
    "#&&==&lang=&levels=,,,&check=",
    "#" + "levels=a&" * 40,
])
def test_malformed_links_show_notices_and_never_crash(page, link):
    d = Driver(assignment=link)
    ctx = d.app.ctx
    expected = parse(link, level_ids=[lv.id for lv in ctx.library.levels]).notices
    assert expected and list(ctx.notices) == list(expected)
    assert d.scene.name == "title"           # the notices are seen before anything starts
    shown = [b.label() for b in d.scene.blocks if b.kind == "text" and callable(b.label)]
    for notice in expected:
        assert notice.text(ctx.tr) in shown  # each notice, translated through tr
        assert plain(notice.text(ctx.tr)) in " ".join(page["announce"])
    d.key(pygame.K_TAB)
    d.frame(3)
    if "srb-pandemic-aid" in link:           # what was valid still plays
        assert d.widget("start").label.values["name"] == "-"
        d.click("start")
        assert d.scene.name == "briefing" and d.scene.level.id == "srb-pandemic-aid"


def test_title_notice_screenshot(page):
    d = Driver(assignment="#lang=sq&levels=srb-pandemic-aid,no-such-level&check=sometimes&name=7b")
    assert d.scene.name == "title" and len(d.app.ctx.notices) == 2
    d.shot("21-title-assignment-notice")


def test_announce_mirrors_the_item_feedback_and_results(page):
    d = Driver(assignment="#levels=srb-pandemic-aid&name=7b")
    ctx = d.app.ctx
    d.click("start")
    assert d.scene.name == "item"
    item, level = d.scene.item, d.scene.level
    said = page["announce"][-1]
    for part in ("headline", "text", "outlet"):
        assert plain(ctx.text.item(level, item, part)) in said
    assert "Manipulative" in said and "Looks legitimate" in said
    tool = next(iter(item.clues), None)
    if tool:                                  # a revealed clue is read on its own, not the whole post again
        d.click(f"tool:{tool}")
        assert plain(ctx.text.clue(level, item, tool)) in page["announce"][-1]
        assert plain(ctx.text.item(level, item, "text")) not in page["announce"][-1]
    d.click("manipulative")
    assert ctx.text.technique(d.scene.session.palette[0], "name") in page["announce"][-1]
    for t in item.techniques:
        d.click(f"technique:{t}")
    d.click("confirm")
    assert d.scene.name == "feedback"
    assert "Right call" in page["announce"][-1] and plain(ctx.text.item(level, item, "explanation")) in page["announce"][-1]
    while d.scene.name in ("item", "feedback"):
        if d.scene.name == "feedback":
            d.click("next")
        else:
            answer_perfectly(d, use_tools=False)
    r = d.scene.report
    said = page["announce"][-1]
    assert f"{r['score']} of {r['max_score']}" in said and f"{round(r['discernment_score'])} out of 100" in said
    assert "Balanced" in said


def test_language_change_tells_the_page_and_rereads_the_screen(page):
    d = Driver()
    assert page["lang"] == ["en"]
    d.click("language")
    d.click("lang:mk")
    assert page["lang"] == ["en", "mk"]
    assert page["announce"][-1]


def test_main_py_takes_an_assignment_link(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LUPA_")}
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", LUPA_ANNOUNCE_LOG=str(tmp_path / "said.txt"))
    done = subprocess.run([sys.executable, "main.py", "--frames", "5", "--save", str(tmp_path / "s.json"),
                           "--assignment", "#lang=sq&levels=srb-pandemic-aid&check=pre-post&name=7b"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    said = (tmp_path / "said.txt").read_text("utf-8")
    assert "7b" in said and "1" in said
