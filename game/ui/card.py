"""The social-media-style card an item is shown on (item scene and check-form debrief).

Outlet, author, a generated avatar, the date and the format badge, then headline, text and the
picture. Avatars are drawn from the outlet's name (same name, same avatar; no image files). A
picture that is missing on disk shows a placeholder with its alt text, so a broken asset never
breaks the level.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pygame

from game.ui.layout import Flow
from game.ui.theme import AVATAR_COLOURS, contrast
from game.ui.widgets import msg, rounded
from game.ui.words import FORMATS

IMAGE_MAX_H = 300


def initials(name: str) -> str:
    words = [w for w in name.replace("@", " ").replace("_", " ").split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def avatar(ctx, name: str, size: int) -> pygame.Surface:
    key = ("avatar", name, size, ctx.theme.name)
    cache = ctx.images
    surf = cache.get(key)
    if surf is None:
        colour = AVATAR_COLOURS[zlib.crc32(name.encode("utf-8")) % len(AVATAR_COLOURS)]
        ink = (0, 0, 0) if contrast((0, 0, 0), colour) > contrast((255, 255, 255), colour) else (255, 255, 255)
        surf = pygame.Surface((size, size), pygame.SRCALPHA)
        pygame.draw.circle(surf, colour, (size // 2, size // 2), size // 2)
        font = ctx.fonts.get("body_bold")
        img = font.render(initials(name), True, ink)
        if img.get_width() > size - 8:
            img = pygame.transform.smoothscale_by(img, (size - 8) / img.get_width())
        surf.blit(img, img.get_rect(center=(size // 2, size // 2)))
        cache[key] = surf
    return surf


def load_image(ctx, file: str) -> pygame.Surface | None:
    key = ("image", file)
    if key in ctx.images:
        return ctx.images[key]
    path = Path(ctx.root) / file
    try:
        surf = pygame.image.load(str(path)).convert()
    except (pygame.error, FileNotFoundError, OSError):
        surf = None
    ctx.images[key] = surf
    return surf


def layout_card(f: Flow, ctx, level, item) -> None:
    """Add the card's blocks to ``f`` (the flow's x/width are the card's inner column)."""
    text = ctx.text
    size = 52
    top = f.y
    badge_w = ctx.fonts.width("tiny", ctx.tr(FORMATS.get(item.format, FORMATS["post"]))) + 24
    f.custom(size, lambda s, r, c: draw_header(s, r, c, level, item), gap=0)
    f.y = top
    x, width = f.x + size + 14, f.width - size - 14 - badge_w - 8
    f.text(lambda: text.item(level, item, "outlet"), "body_bold", "ink", gap=0, x=x, width=width)
    if item.author or item.date:
        f.text(lambda: "  ·  ".join(b for b in (text.item(level, item, "author"), text.item(level, item, "date"))
                                    if b), "small", "muted", gap=0, x=x, width=width)
    f.y = max(f.y, top + size) + 14
    headline = text.item(level, item, "headline")
    if headline:
        f.text(lambda: text.item(level, item, "headline"), "headline", "ink", gap=10)
    f.text(lambda: text.item(level, item, "text"), "body", "ink", gap=12)
    if item.image is not None:
        img = load_image(ctx, item.image.file)
        if img is not None:
            scale = min(1.0, f.width / img.get_width(), IMAGE_MAX_H / img.get_height())
            h = int(img.get_height() * scale)
            f.custom(h, lambda s, r, c: s.blit(_scaled(c, item.image.file, r.size), r.topleft), gap=6)
            f.text(msg("Image description: {alt}", alt=text.alt(level, item)), "small", "muted", gap=8)
        else:
            b, inner = f.begin_panel("card_alt", "line", shadow=False, pad=16, radius=10)
            inner.icon_text("image", msg("Picture not available. It shows: {alt}", alt=text.alt(level, item)),
                            "small", "muted", icon_colour="muted")
            f.end_panel(b, inner, gap=8)
    if not text.reviewed(level):  # like a feed's "Translated" marker: the words above are ours, unchecked
        f.icon_text("language", msg("Translation not yet reviewed"), "tiny", "muted", gap=0)


def card_announcement(ctx, level, item) -> list[str]:
    """The card in words for the screen-reader mirror: outlet, author and date, headline, text,
    picture, and the translation marker - what :func:`layout_card` shows."""
    from game.ui.speech import sentence
    text = ctx.text
    byline = " · ".join(x for x in (text.item(level, item, "author"), text.item(level, item, "date")) if x)
    parts = [ctx.tr("From {outlet}", outlet=text.item(level, item, "outlet")) + (f" ({byline})" if byline else "")]
    parts += [sentence(text.item(level, item, "headline")), text.item(level, item, "text")]
    if item.image is not None:
        parts.append(ctx.tr("Image description: {alt}", alt=text.alt(level, item)))
    if not text.reviewed(level):
        parts.append(sentence(ctx.tr("Translation not yet reviewed")))
    return [p for p in parts if p]


def _scaled(ctx, file, size) -> pygame.Surface:
    key = ("scaled", file, tuple(size))
    surf = ctx.images.get(key)
    if surf is None:
        surf = pygame.transform.smoothscale(load_image(ctx, file), size)
        ctx.images[key] = surf
    return surf


def draw_header(surf, rect, ctx, level, item) -> None:
    theme, cache = ctx.theme, ctx.cache
    size = min(rect.h, 52)
    surf.blit(avatar(ctx, item.outlet, size), (rect.x, rect.y))
    badge = cache.line(ctx.tr(FORMATS.get(item.format, "Post")), "tiny", theme.muted)
    br = badge.get_rect(topright=(rect.right, rect.y + 4)).inflate(16, 8)
    rounded(surf, br, theme.card_alt, theme.line, radius=8, width=1)
    surf.blit(badge, badge.get_rect(center=br.center))
