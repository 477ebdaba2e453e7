"""Every real item at every text size: the text wraps inside its card, and scrolls when it is taller.

Measured with the real font (Noto Sans) and the real layout of the item scene. The decision:
at 100 % every item fits its card without scrolling; at larger sizes a card may scroll, and then
scrolling to the end must bring its last line into view.
"""

import pytest

from tests.ui.driver import Driver, item_scenes


@pytest.fixture(scope="module")
def driver():
    return Driver()


@pytest.mark.parametrize("scale", [100, 125, 150, 200])
def test_item_text_fits_or_scrolls(driver, scale):
    ctx = driver.app.ctx
    ctx.set_text_scale(scale)
    checked, scrolling = 0, []
    try:
        for level, item, scene, area, card in item_scenes(ctx):
            texts = [b for b in scene.blocks if b.scroll is area and b.kind == "text"]
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



def _font_chars():
    ttlib = pytest.importorskip("fontTools.ttLib")
    from game.ui.text import BOLD, FONT_DIR, REGULAR
    return {name: set(ttlib.TTFont(str(FONT_DIR / name)).getBestCmap()) for name in (REGULAR, BOLD)}


def test_every_character_the_game_shows_is_in_the_font():
    """UI string literals, the gettext catalogues, the levels and their translations: after the
    substitutions in game.ui.text, no character falls back to an empty box in either weight."""
    from pathlib import Path

    from game.ui.text import glyph_safe
    from game.web.fonts import characters_in_python

    root = Path(__file__).resolve().parents[2]
    fonts = _font_chars()
    sources: dict[str, set[str]] = {}
    for path in sorted((root / "game").rglob("*.py")):
        sources[str(path.relative_to(root))] = characters_in_python(path)
    texts = [*(root / "locales").glob("*/LC_MESSAGES/*.po"), *(root / "locales").rglob("levels/**/*.po"),
             *(root / "levels").rglob("*.yaml")]
    for path in sorted(texts):
        sources[str(path.relative_to(root))] = set(path.read_text(encoding="utf-8"))
    assert len(sources) > 50
    missing = {}
    for name, chars in sources.items():
        shown = set(glyph_safe("".join(chars))) - set("\n\r\t")
        for font, cmap in fonts.items():
            lacking = sorted(f"U+{ord(c):04X}" for c in shown if ord(c) not in cmap)
            if lacking:
                missing[f"{name} ({font})"] = lacking
    assert missing == {}


def test_substitutes_are_in_the_font_and_the_level_bolt_is_replaced():
    from game.glyphs import SUBSTITUTES, glyph_safe

    fonts = _font_chars()
    for target in SUBSTITUTES.values():
        for ch in target or "":
            assert all(ord(ch) in cmap for cmap in fonts.values()), f"U+{ord(ch):04X}"
    assert glyph_safe("\u26a1\ufe0f IT HAS STARTED") == "\u203c IT HAS STARTED"
    assert glyph_safe("2 \u2212 1 \u2192 1") == "2 \u2013 1 -> 1"
