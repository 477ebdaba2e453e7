"""Screenshots of the desk and the results in Albanian, Macedonian, Serbian Cyrillic and Montenegrin.

Saved by the test run to ``docs/screenshots/i18n/`` (item-sq.png, results-mk.png ...) so anyone can
see the translated game without running it. Each screen is checked before it is saved: it shows
the level in the player's language (not the English source), and the "translation not yet
reviewed" notice is on it, in that language.
"""

from __future__ import annotations

import pygame
import pytest

from game.core.locales import chain
from game.core.session import Session
from game.ui.run import Run
from game.ui.scene import Reset
from game.ui.scenes.item import ItemScene
from game.ui.scenes.results import ResultsScene
from game.ui.widgets import resolve
from tests.ui.driver import SHOTS, Driver

LEVELS = {"sq": "alb-quake-panic", "mk": "mkd-referendum", "sr-Cyrl": "srb-pandemic-aid", "cnr": "mne-church-law"}
OUT = SHOTS / "i18n"


@pytest.fixture(scope="module")
def driver():
    d = Driver()
    yield d
    d.app.ctx.set_locale("en")


def _texts(scene) -> list[str]:
    tr = scene.ctx.tr
    return [resolve(b.label, tr) for b in scene.blocks if b.kind == "text"]


def _save(driver, scene, name: str):
    driver.app.apply(Reset(scene))
    driver.settle()
    driver.scene.dirty = True
    driver.frame()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    pygame.image.save(driver.app.screen, str(path))
    return path


@pytest.mark.parametrize("locale", list(LEVELS))
def test_item_and_results_screenshots(driver, locale):
    ctx = driver.app.ctx
    ctx.set_locale(locale)
    level = ctx.library.find(LEVELS[locale])
    assert level is not None
    assert not ctx.tr.reviewed and not ctx.text.reviewed(level)  # nobody native has checked these yet
    notice = ctx.tr("Translation not yet reviewed")
    assert notice != "Translation not yet reviewed"

    session = Session.start(level, seed=2, technique_ids=ctx.technique_ids)
    item = ItemScene(ctx, Run.single(level.id), session)
    item.ensure_layout()
    texts = _texts(item)
    assert notice in texts
    headline = ctx.text.item(level, session.current, "headline") or ctx.text.item(level, session.current, "text")
    assert headline in texts
    if level.language != locale:  # shown translated (Montenegrin via its Bosnian base), not in the source
        assert ctx.text.language(level) in chain(locale) and ctx.text.language(level) not in ("en", level.language)
    notice_block = next(b for b in item.blocks if b.kind == "text" and resolve(b.label, ctx.tr) == notice)
    assert item.scroll.to_screen(notice_block.rect).bottom <= item.scroll.view.bottom  # on screen, no scrolling
    path = _save(driver, item, f"item-{locale}")
    assert path.stat().st_size > 20_000

    done = Session.start(level, seed=2, technique_ids=ctx.technique_ids)
    done.answer_all([{"item": it.id, "verdict": "manipulative" if n % 3 else "legitimate",
                      "techniques": list(it.techniques[:1])} for n, it in enumerate(level.items)])
    results = ResultsScene(ctx, Run.single(level.id), done, done.report())
    results.ensure_layout()
    assert ctx.tr("This translation has not been reviewed by a native speaker yet.") in _texts(results)
    assert ctx.text.level(level, "title") in _texts(results)
    path = _save(driver, results, f"results-{locale}")
    assert path.stat().st_size > 20_000
