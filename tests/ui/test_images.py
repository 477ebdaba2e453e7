"""Pictures on item cards: shown when present, a placeholder with the alt text when missing."""

import pygame

from game.ui.card import load_image
from tests.ui.driver import Driver

ALT = "A cargo plane being unloaded at night"


def _project_with_picture(tmp_path, root, good_level_text):
    """A project folder whose fixture level has a picture on its first item."""
    levels = tmp_path / "levels"
    levels.mkdir()
    (levels / "techniques.yaml").write_text((root / "levels" / "techniques.yaml").read_text("utf-8"), "utf-8")
    picture = tmp_path / "assets" / "levels" / "good-level" / "plane.png"
    picture.parent.mkdir(parents=True)
    surf = pygame.Surface((320, 180))
    surf.fill((0, 114, 178))
    pygame.image.save(surf, str(picture))
    text = good_level_text.replace(
        "    clues:\n      source: The site is new.",
        f"    image:\n      file: assets/levels/good-level/plane.png\n      alt: {ALT}\n"
        "    clues:\n      source: The site is new.")
    (levels / "good-level.yaml").write_text(text, "utf-8")
    return levels / "good-level.yaml", picture


def _first_item(d: Driver):
    assert d.scene.name == "briefing"
    d.click("start")
    assert d.scene.name == "item"
    d.settle()
    return d.scene.item


def test_picture_is_shown(tmp_path, root, good_level_text):
    level, _ = _project_with_picture(tmp_path, root, good_level_text)
    d = Driver(root=tmp_path, level=level)
    item = _first_item(d)
    assert item.image is not None and item.image.alt == ALT
    assert load_image(d.app.ctx, item.image.file) is not None
    assert any(ALT in part for part in d.scene.announcement())


def test_missing_picture_shows_placeholder_with_alt_text(tmp_path, root, good_level_text):
    level, picture = _project_with_picture(tmp_path, root, good_level_text)
    d = Driver(root=tmp_path, level=level)   # the level is valid when loaded ...
    picture.unlink()                         # ... and the file disappears afterwards (a broken asset)
    item = _first_item(d)
    assert load_image(d.app.ctx, item.image.file) is None
    drawn = d.app.ctx.cache
    d.shot("23-item-missing-picture")
    rendered = " ".join(str(k) for k in drawn._cache)
    assert "Picture not available" in rendered and ALT in rendered
