"""Whole plays through the real app with real events: mouse, keyboard only, touch, check forms, playlists."""

import pygame
import pytest

from game.storage import MemoryStorage
from game.ui.run import Playlist
from tests.ui.driver import Driver, answer_perfectly, play_step

LEVEL = "srb-pandemic-aid"


def test_full_level_with_the_mouse():
    d = Driver()
    assert d.scene.name == "title"
    d.shot("01-title")
    d.click("start")
    assert d.scene.name == "map"
    d.shot("02-map")
    d.click(f"level:{LEVEL}")
    assert d.scene.name == "briefing"
    d.shot("03-briefing")
    d.click("start")
    level = d.scene.level
    n = len(level.items)
    seen = []
    for i in range(n):
        assert d.scene.name == "item"
        assert d.scene.session.position == i
        seen.append(d.scene.item.id)
        if i == 0:
            d.shot("04-item")
            for tool in ("source", "search"):
                d.click(f"tool:{tool}")
            d.key(pygame.K_TAB)
            d.shot("05-item-tools")
            d.click("manipulative")
            d.shot("06-item-palette")
            d.click("untag")
            assert d.scene.phase == "read"
        answer_perfectly(d)
        assert d.scene.name == "feedback"
        assert d.scene.result.verdict_correct
        if i == 0:
            d.shot("07-feedback")
        d.click("next")
    assert d.scene.name == "results"
    assert seen == [it.id for it in level.items]
    report = d.scene.report
    assert report["score"] == report["max_score"] == 200 * n
    assert report["misses"] == report["false_alarms"] == 0
    assert report["lean"] == "balanced"
    assert report["verification"]["items_checked"] == sum(1 for it in level.items if it.clues)
    d.shot("09-results")
    progress = d.app.ctx.progress
    assert progress.best(LEVEL)["best"] == report["score"] and progress.best(LEVEL)["stars"] == 3
    assert progress.resume is None
    assert '"' + LEVEL + '"' in d.storage.text  # saved
    d.click("next")
    assert d.scene.name == "map"


def test_keyboard_only_play_trusting_everything():
    d = Driver()
    d.key(pygame.K_RETURN)                    # Start (focused by default)
    assert d.scene.name == "map"
    d.key(pygame.K_RETURN)                    # the first level card
    assert d.scene.name == "briefing"
    level = d.scene.level
    d.key(pygame.K_RETURN)                    # Start the desk
    manipulative = 0
    while d.scene.name in ("item", "feedback"):
        if d.scene.name == "item":
            manipulative += d.scene.item.manipulative
            d.key(pygame.K_l)                 # "Looks legitimate" by its key
        else:
            d.key(pygame.K_RETURN)            # Next post
    assert d.scene.name == "results"
    r = d.scene.report
    assert r["misses"] == manipulative and r["false_alarms"] == 0
    assert r["lean"] in ("leans-trusting", "very-trusting")
    assert r["answered"] == len(level.items)
    d.key(pygame.K_ESCAPE)
    assert d.scene.name == "map"
    d.key(pygame.K_ESCAPE)
    assert d.scene.name == "title"


def test_keyboard_palette_number_keys_and_focus_ring():
    d = Driver()
    d.click("start")
    d.click(f"level:{LEVEL}")
    d.click("start")
    item = d.scene.item
    assert item.manipulative
    d.key(pygame.K_m)
    assert d.scene.phase == "tag"
    palette = d.scene.session.palette
    keyed = [t for t in item.techniques if palette.index(t) < 10]   # keys 1-9 and 0 cover ten chips
    for t in keyed:
        d.key(pygame.K_1 + palette.index(t) if palette.index(t) < 9 else pygame.K_0)
    assert sorted(d.scene.chosen) == sorted(keyed)
    d.key(pygame.K_1 + palette.index(item.techniques[0]))   # toggles off again
    assert item.techniques[0] not in d.scene.chosen
    d.key(pygame.K_ESCAPE)                                  # Esc leaves the palette, not the level
    assert d.scene.phase == "read" and d.scene.name == "item"
    start = d.scene.focus.key
    d.key(pygame.K_TAB)
    assert d.scene.focus.key != start and d.app.ctx.keyboard_mode
    for _ in range(12):
        d.key(pygame.K_TAB)
        if d.scene.focus.key == "legitimate":
            break
    assert d.scene.focus.key == "legitimate"
    d.key(pygame.K_SPACE)
    assert d.scene.name == "feedback" and not d.scene.result.verdict_correct


def test_touch_taps_play_items():
    d = Driver()
    d.tap("start")
    d.tap(f"level:{LEVEL}")
    d.tap("start")
    for _ in range(3):
        assert d.scene.name == "item"
        item = d.scene.item
        d.tap("manipulative" if item.manipulative else "legitimate")
        if item.manipulative:
            for t in item.techniques:
                d.tap(f"technique:{t}")
            d.tap("confirm")
        assert d.scene.name == "feedback" and d.scene.result.verdict_correct
        d.tap("next")
    assert d.scene.session.position == 3


def test_check_form_has_no_feedback_and_debriefs_every_item():
    d = Driver()
    d.click("start")
    d.click("filter:checks")
    d.click("level:check-a")
    assert d.scene.name == "briefing" and d.scene.level.mode == "check"
    d.shot("13-check-intro")
    d.click("start")
    n = len(d.scene.level.items)
    for _ in range(n):
        assert d.scene.name == "item"           # never a feedback screen in between
        d.click("manipulative")
        d.click("confirm")
    assert d.scene.name == "results"
    r = d.scene.report
    assert r["mode"] == "check" and r["answered"] == n and r["false_alarms"] > 0
    # the debrief shows every item's explanation and facts
    texts = [b.label() for b in d.scene.blocks if b.kind == "text" and callable(b.label)]
    for item in d.scene.level.items:
        if item.explanation:
            assert item.explanation in texts
        if item.facts:
            assert item.facts in texts
    d.shot("14-check-results")


def test_playlist_runs_pre_levels_post_in_order():
    playlist = Playlist("Week 3", (LEVEL,), pre="check-a", post="check-b")
    d = Driver(playlist=playlist)
    assert d.widget("start").label.values["name"] == "Week 3"
    d.click("start")
    steps = []
    while True:
        steps.append(play_step(d))
        if d.scene.run.last:
            break
        d.click("next")
    assert steps == ["check-a", LEVEL, "check-b"]
    assert set(d.scene.run.reports) == set(steps)
    d.shot("15-assignment-done")
    d.click("next")
    assert d.scene.name == "finish"   # nickname, results file and code
    d.click("done")
    assert d.scene.name == "title"


def test_continue_resumes_the_saved_item_after_a_restart():
    storage = MemoryStorage()
    d = Driver(storage=storage)
    d.click("start")
    d.click(f"level:{LEVEL}")
    d.click("start")
    for _ in range(3):
        answer_perfectly(d, use_tools=False)
        d.click("next")
    assert d.scene.session.position == 3
    d2 = Driver(storage=storage)                # a new app on the same save
    assert d2.widget("continue").enabled
    d2.click("continue")
    assert d2.scene.name == "item" and d2.scene.session.position == 3
    assert len(d2.scene.session.answers) == 3


def test_preview_one_level_file(root):
    d = Driver(level=root / "levels" / f"{LEVEL}.yaml")
    assert d.scene.name == "briefing" and d.scene.level.id == LEVEL
    d.key(pygame.K_ESCAPE)
    assert d.scene.name == "map"


def test_broken_level_shows_an_error_card_and_cannot_start(tmp_path, root):
    levels = tmp_path / "levels"
    levels.mkdir()
    (levels / "techniques.yaml").write_text((root / "levels" / "techniques.yaml").read_text("utf-8"), "utf-8")
    if (root / "levels" / "narratives.yaml").exists():
        (levels / "narratives.yaml").write_text((root / "levels" / "narratives.yaml").read_text("utf-8"), "utf-8")
    (levels / f"{LEVEL}.yaml").write_text((root / "levels" / f"{LEVEL}.yaml").read_text("utf-8"), "utf-8")
    (levels / "broken-level.yaml").write_text("format: 1\nid: broken-level\nmode: practice\ntitle: [oops\n", "utf-8")
    d = Driver(root=tmp_path)
    d.click("start")
    keys = [w.key for w in d.scene.widgets]
    broken = [k for k in keys if k.startswith("broken:")]
    assert broken and f"level:{LEVEL}" in keys
    d.click(broken[0])
    assert d.scene.name == "map"                 # nothing starts
    card = d.scene.find(broken[0])
    assert card.broken.first
    d.shot("16-map-error-card")


@pytest.mark.parametrize("scale", [125, 150, 200])
def test_settings_text_size_and_contrast_apply_and_persist(scale):
    storage = MemoryStorage()
    d = Driver(storage=storage)
    d.click("settings")
    d.click(f"scale:{scale}")
    assert d.app.ctx.fonts.scale == scale / 100
    d.click("toggle:high_contrast")
    assert d.app.ctx.theme.name == "high-contrast"
    if scale == 200:
        d.shot("10-settings-200-high-contrast")
        d.key(pygame.K_ESCAPE)
        d.click("start")
        d.shot("17-map-200")
        d.click(f"level:{LEVEL}")
        d.click("start")
        d.shot("18-item-200-high-contrast")
    d2 = Driver(storage=storage)
    assert d2.app.ctx.settings["text_scale"] == scale and d2.app.ctx.theme.name == "high-contrast"


def test_language_switch_rerenders_and_persists():
    storage = MemoryStorage()
    d = Driver(storage=storage)
    d.click("language")
    d.shot("12-language")
    d.click("lang:mk")
    assert d.app.ctx.tr.locale == "mk"
    d.key(pygame.K_ESCAPE)
    assert d.scene.name == "title"
    assert Driver(storage=storage).app.ctx.tr.locale == "mk"
    assert Driver(storage=storage, lang="sq").app.ctx.tr.locale == "sq"


def test_credits_and_settings_screens():
    d = Driver()
    d.click("credits")
    d.shot("11-credits")
    assert d.scene.scroll.scrollable
    d.key(pygame.K_PAGEDOWN)
    assert d.scene.scroll.offset > 0
    d.key(pygame.K_ESCAPE)
    d.click("settings")
    d.shot("10-settings")


def test_idle_frames_draw_and_render_nothing():
    d = Driver()
    d.click("start")
    d.settle()
    d.frame(3)
    draws, renders = d.app.draws, d.app.ctx.cache.renders
    d.frame(30)
    assert d.app.draws == draws
    assert d.app.ctx.cache.renders == renders
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_TAB, mod=0, unicode="", scancode=0))
    d.frame()
    assert d.app.draws == draws + 1
