"""Drawing from caches and partial redraws must give the same pixels as drawing everything.

Buttons and level cards are painted once into a surface and blitted afterwards; hover, focus and
scrolling redraw only damaged rectangles (merged into few passes). These tests compare each
shortcut with the slow path pixel for pixel, and check the caches are really used.
"""

import pygame
import pytest

from game.ui.scene import merge_rects
from game.ui.scenes.level_map import MapScene
from game.ui.widgets import Button, msg
from tests.ui.driver import Driver


@pytest.fixture(scope="module")
def driver():
    return Driver()


def _same(a: pygame.Surface, b: pygame.Surface) -> bool:
    return pygame.image.tobytes(a, "RGB") == pygame.image.tobytes(b, "RGB")


def _painted(widget, ctx, hovered) -> pygame.Surface:
    """The slow path: paint straight onto the background."""
    surf = pygame.Surface((400, 200))
    surf.fill(ctx.theme.bg)
    widget.paint(surf, ctx, hovered, widget.screen_rect())
    return surf


def _drawn(widget, ctx, hovered) -> pygame.Surface:
    surf = pygame.Surface((400, 200))
    surf.fill(ctx.theme.bg)
    widget.draw(surf, ctx, hovered)
    return surf


@pytest.mark.parametrize("hovered", [False, True])
@pytest.mark.parametrize("kind", ["primary", "toggle", "tab", "badge"])
def test_cached_button_matches_painting_it(driver, kind, hovered):
    ctx = driver.app.ctx
    options = {"primary": dict(style="primary", icon="play"), "toggle": dict(selected=True, icon="source"),
               "tab": dict(selected=True, mark="tab"), "badge": dict(badge="3", selected=False, icon="tag")}[kind]
    b = Button((20, 40, 300, 56), msg("Looks legitimate"), **options)
    assert _same(_drawn(b, ctx, hovered), _painted(b, ctx, hovered))


def test_button_picture_is_reused_and_follows_its_state(driver):
    ctx = driver.app.ctx
    b = Button((0, 0, 300, 50), msg("Settings"), icon="settings", selected=False)
    first = b.picture(ctx, False)
    renders = ctx.cache.renders
    assert b.picture(ctx, False) is first
    assert ctx.cache.renders == renders
    b.selected = True
    ticked = b.picture(ctx, False)
    assert ticked is not first and not _same(ticked, first)
    assert b.picture(ctx, True) is not ticked
    b.label = msg("Credits and sources")
    assert b.picture(ctx, False) is not ticked
    assert len(b._pictures) <= b.KEEP


def test_level_cards_are_painted_on_entering_the_map_and_match_painting(driver):
    ctx = driver.app.ctx
    scene = MapScene(ctx)
    scene.ensure_layout()
    cards = [w for w in scene.widgets if w.key.startswith("level:")]
    assert len(cards) >= 10
    assert all(getattr(c, "_pictures", None) for c in cards)  # painted at layout, not while scrolling
    card = cards[0]
    for hovered in (False, True):
        surf = pygame.Surface((1280, 720))
        surf.fill(ctx.theme.bg)
        card.draw(surf, ctx, hovered)
        slow = pygame.Surface((1280, 720))
        slow.fill(ctx.theme.bg)
        card.paint(slow, ctx, hovered, card.screen_rect())
        assert _same(surf, slow)


def test_filter_buttons_are_one_height_and_the_longest_country_fits_one_line(driver):
    ctx = driver.app.ctx
    scene = MapScene(ctx)
    scene.ensure_layout()
    filters = [w for w in scene.widgets if w.key.startswith("filter:")]
    assert len({w.rect.h for w in filters}) == 1
    assert filters[0].rect.h == 44  # one line at 100 %
    bosnia = scene.find("filter:BA")
    text_w = bosnia.rect.w - 16 - bosnia.right_pad()
    assert ctx.fonts.width("small_bold", ctx.tr("Bosnia and Herzegovina")) <= text_w


def test_merge_rects_joins_overlapping_and_keeps_distant_ones():
    a, b, far = pygame.Rect(0, 0, 100, 100), pygame.Rect(50, 50, 100, 100), pygame.Rect(900, 600, 50, 50)
    merged = merge_rects([a, b, far, pygame.Rect(10, 10, 0, 5)])
    assert len(merged) == 2
    assert merged[0].contains(a) and merged[0].contains(b)
    assert far in merged
    assert merge_rects([]) == []


def _hover(i):
    pos = (60 + (i * 37) % 1200, 20 + (i * 53) % 690)
    return [pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(1, 1), buttons=(0, 0, 0), touch=False)]


def _wheel(i):
    return [pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1 if (i // 7) % 2 == 0 else 1, flipped=False,
                               precise_x=0.0, precise_y=0.0, touch=False)]


def _tab(i):
    return [pygame.event.Event(pygame.KEYDOWN, key=pygame.K_TAB, mod=0, unicode="\t", scancode=0)]


@pytest.mark.parametrize("scale", [100, 200])
def test_partial_redraws_match_a_full_redraw_in_every_scene(scale):
    """Scrolling, focus moves and hover repaint only damaged pixels (and move the rest with
    Surface.scroll); every few frames the screen must equal a full redraw, pixel for pixel.
    (This caught stale focus rings after a scroll and shadows cut off at a view's edge.)"""
    from game.commands.bench import _scenarios

    d = Driver()
    app = d.app
    app.ctx.set_text_scale(scale)
    partial = 0
    for name, (make, events) in _scenarios(app, None).items():
        app.apply(make())
        d.settle()
        d.frame(2)
        scene = app.top
        for i in range(160):
            for ev in (events, _hover, _wheel, _tab)[i % 4](i):
                pygame.event.post(ev)
            before, full = app.draws, scene.dirty or scene.animating
            d.frame()
            assert app.top is scene, name  # the events never leave the scene
            partial += app.draws > before and not full
            if i % 8 == 7:
                shown = app.screen.copy()
                scene.dirty = True
                scene.render(app.screen)
                assert _same(shown, app.screen), f"{name} at {scale} %: partial redraws drifted by frame {i}"
    assert partial > 500  # the partial path was really exercised
