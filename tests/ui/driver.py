"""Drive the real app under the dummy video driver with real pygame events.

Clicks go to the centre of a widget's on-screen rectangle (found by its stable key), key presses
are KEYDOWN events; every step runs one real frame of :class:`game.app.App`.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from game.app import App, AppOptions  # noqa: E402
from game.storage import MemoryStorage  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"


class Driver:
    def __init__(self, storage=None, **options):
        options.setdefault("seed", 7)
        options.setdefault("paced", False)
        self.storage = storage if storage is not None else MemoryStorage()
        self.app = App(AppOptions(root=options.pop("root", ROOT), storage=self.storage, **options))
        self.app.start()
        self.app.ctx.sound.enabled = False  # no audio device in tests

    @property
    def scene(self):
        return self.app.top

    def frame(self, n: int = 1) -> None:
        for _ in range(n):
            self.app.frame()

    def widget(self, key: str):
        self.scene.ensure_layout()
        w = self.scene.find(key)
        assert w is not None, f"no widget {key!r} on {self.scene.name}: {[x.key for x in self.scene.widgets]}"
        return w

    def visible_point(self, w):
        """Scroll the widget into view if needed and return a point on it that is on screen."""
        if w.scroll is not None:
            w.scroll.ensure_visible(w.rect)
        r = w.screen_rect()
        if w.scroll is not None:
            r = r.clip(w.scroll.view)
        assert r.w > 0 and r.h > 0, f"{w.key} is not visible"
        return r.center

    def click(self, key: str) -> None:
        w = self.widget(key)
        assert w.enabled, f"{key} is disabled"
        pos = self.visible_point(w)
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
        self.frame()

    def tap(self, key: str) -> None:
        w = self.widget(key)
        x, y = self.visible_point(w)
        for t in (pygame.FINGERDOWN, pygame.FINGERUP):
            pygame.event.post(pygame.event.Event(t, x=x / 1280, y=y / 720, dx=0, dy=0, finger_id=0, touch_id=0,
                                                 pressure=1))
        self.frame()

    def key(self, key: int, mod: int = 0, frames: int = 1) -> None:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
        self.frame(frames)

    def settle(self) -> None:
        """Let running animations finish (frames here are faster than real time)."""
        for _ in range(200):
            if not self.scene.animating:
                break
            self.app._last -= 0.05
            self.frame()

    def shot(self, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.settle()
        self.scene.dirty = True
        self.frame()
        path = SHOTS / f"{name}.png"
        pygame.image.save(self.app.screen, str(path))
        return path


# -- playing by real clicks, shared by the scene tests ------------------------------------------
def answer_perfectly(d: Driver, use_tools: bool = True) -> None:
    """Answer the current item as its key says, by clicking the real buttons."""
    item = d.scene.item
    if use_tools:
        for tool in item.clues:
            d.click(f"tool:{tool}")
    if item.manipulative:
        d.click("manipulative")
        assert d.scene.phase == "tag"
        for t in item.techniques:
            d.click(f"technique:{t}")
        d.click("confirm")
    else:
        d.click("legitimate")


def play_step(d: Driver) -> str:
    """Play one briefing -> items -> results step by clicks; returns the level id."""
    assert d.scene.name == "briefing"
    level = d.scene.level.id
    d.click("start")
    while d.scene.name in ("item", "feedback"):
        if d.scene.name == "feedback":
            d.click("next")
        else:
            answer_perfectly(d, use_tools=False)
    assert d.scene.name == "results" and d.scene.report["level"] == level
    return level


# -- every item of every level as the item scene lays it out (text-fit tests) -----------------------
def item_scenes(ctx):
    """Yield ``(level, item, scene, area, card)``: each item on its own desk, laid out but not drawn."""
    from game.core.session import Session
    from game.ui.run import Run
    from game.ui.scenes.item import ItemScene

    for level in ctx.library.levels + ctx.library.checks:
        for item in level.items:
            session = Session.start(level, seed=1, technique_ids=ctx.technique_ids)
            session.position = session.order.index(item.id)
            scene = ItemScene(ctx, Run.single(level.id), session)
            scene.ensure_layout()
            area = scene.scroll
            card = next(b for b in scene.blocks if b.kind == "panel" and b.scroll is area)
            yield level, item, scene, area, card
