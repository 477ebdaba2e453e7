"""Every real item at every text size: the text wraps inside its card, and scrolls when it is taller.

Measured with the real font (Noto Sans) and the real layout of the item scene. The decision:
at 100 % every item fits its card without scrolling; at larger sizes a card may scroll, and then
scrolling to the end must bring its last line into view.
"""

import pytest

from game.core.session import Session
from game.ui.run import Run
from game.ui.scenes.item import ItemScene
from tests.ui.driver import Driver


@pytest.fixture(scope="module")
def driver():
    return Driver()


def all_items(library):
    for level in library.levels + library.checks:
        for item in level.items:
            yield level, item


@pytest.mark.parametrize("scale", [100, 125, 150, 200])
def test_item_text_fits_or_scrolls(driver, scale):
    ctx = driver.app.ctx
    ctx.set_text_scale(scale)
    checked, scrolling = 0, []
    try:
        for level, item in all_items(ctx.library):
            session = Session.start(level, seed=1, technique_ids=ctx.technique_ids)
            session.position = session.order.index(item.id)
            scene = ItemScene(ctx, Run.single(level.id), session)
            scene.ensure_layout()
            area = scene.scroll
            texts = [b for b in scene.blocks if b.scroll is area and b.kind == "text"]
            card = next(b for b in scene.blocks if b.kind == "panel" and b.scroll is area)
            for b in texts:  # every line wrapped inside the card
                surf = ctx.cache.block(b.label() if callable(b.label) else ctx.tr(b.label.msgid), b.role,
                                       (0, 0, 0), b.rect.w)
                assert b.rect.right <= card.rect.right, (level.id, item.id)
                assert surf.get_width() <= b.rect.w
            bottom = max(b.rect.bottom for b in texts if b.rect.bottom <= card.rect.bottom)
            if card.rect.bottom > area.view.h:
                scrolling.append(item.id)
                assert area.scrollable
                area.scroll_to(area.max_offset)
                assert area.to_screen(card.rect).bottom <= area.view.bottom, (level.id, item.id)
            else:
                assert area.to_screen(card.rect).bottom <= area.view.bottom
            assert bottom <= card.rect.bottom
            checked += 1
    finally:
        ctx.set_text_scale(100)
    assert checked > 100
    if scale == 100:
        assert scrolling == []  # at the default size no card needs scrolling
    print(f"{scale} %: {len(scrolling)} of {checked} cards scroll")

