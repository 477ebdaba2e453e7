"""A long, seeded random-input soak across every scene: nothing may raise."""

import random

import pygame

from game.ui.scene import Reset
from game.ui.scenes.title import TitleScene
from tests.ui.driver import Driver

EVENTS = 30_000
KEYS = [pygame.K_TAB, pygame.K_RETURN, pygame.K_SPACE, pygame.K_ESCAPE, pygame.K_UP, pygame.K_DOWN, pygame.K_LEFT,
        pygame.K_RIGHT, pygame.K_PAGEDOWN, pygame.K_PAGEUP, pygame.K_HOME, pygame.K_END, pygame.K_m, pygame.K_l,
        pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_0, pygame.K_KP5, pygame.K_a]


def random_event(rng: random.Random) -> pygame.event.Event:
    kind = rng.random()
    pos = (rng.randrange(1280), rng.randrange(720))
    if kind < 0.35:
        key = rng.choice(KEYS)
        mod = pygame.KMOD_SHIFT if rng.random() < 0.2 else 0
        return pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0)
    if kind < 0.5:
        return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))
    if kind < 0.7:
        return pygame.event.Event(rng.choice([pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP]), pos=pos,
                                  button=rng.choice([1, 1, 1, 3]))
    if kind < 0.8:
        return pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=rng.choice([-3, -1, 1, 3]), flipped=False,
                                  precise_x=0.0, precise_y=0.0)
    t = rng.choice([pygame.FINGERDOWN, pygame.FINGERMOTION, pygame.FINGERUP])
    return pygame.event.Event(t, x=pos[0] / 1280, y=pos[1] / 720, dx=rng.uniform(-0.05, 0.05),
                              dy=rng.uniform(-0.05, 0.05), finger_id=0, touch_id=0, pressure=1.0)


def test_random_input_soak():
    rng = random.Random(20240611)
    d = Driver()
    visited = set()
    ctx = d.app.ctx
    for i in range(EVENTS):
        pygame.event.post(random_event(rng))
        if i % 4 == 3:
            d.app.frame()
            visited.add(d.scene.name)
            if not d.app.running:       # the Quit button: start again, as a player would
                d.app.running = True
                d.app.apply(Reset(TitleScene(ctx)))
            if i % 2000 == 1999 and ctx.settings["text_scale"] != 100 and rng.random() < 0.5:
                ctx.set_text_scale(100)  # keep most of the run at the default size
    d.app.frame()
    assert {"title", "map", "briefing", "item"} <= visited, visited
    assert len(visited) >= 6, visited
