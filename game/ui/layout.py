"""Retained layout: text blocks, panels and icons placed once per layout, drawn from the cache.

A scene lays itself out (on start and when the text size, theme or language changes) by walking
a :class:`Flow` down a column: every block stores its label (a message id or a content-text
callable), role and a theme colour *name*, never a rendered string or a colour value, so drawing
is just "resolve, fetch the cached surface, blit". Heights are measured with the real font at
layout time, which is also what tests use to decide whether text fits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import pygame

from game.ui.widgets import Label, ScrollArea, Widget, panel, resolve


@dataclass
class Block:
    kind: str                      # "text", "panel", "icon", "rule", "custom"
    rect: pygame.Rect
    scroll: ScrollArea | None = None
    label: Label = None
    role: str = "body"
    colour: str = "ink"            # a Theme attribute name
    align: str = "left"
    fill: str | None = None
    border: str | None = None
    shadow: bool = False
    radius: int = 14
    icon: str = ""
    draw_fn: Callable | None = field(default=None, repr=False)

    def screen_rect(self) -> pygame.Rect:
        return self.scroll.to_screen(self.rect) if self.scroll else self.rect


SHADOW = 4  # a panel's shadow reaches this far below its rect (see widgets.panel)


def draw_blocks(surface, blocks: list[Block], ctx, offset=(0, 0)) -> None:
    theme, cache = ctx.theme, ctx.cache
    clip = surface.get_clip()
    ox, oy = offset
    windows: dict = {}  # scroll area -> (x shift, y shift, visible part of the area being redrawn)
    current = None
    for b in blocks:
        area = b.scroll
        if area is None:
            r = b.rect.move(ox, oy)
            if not (r.colliderect(clip) or b.shadow and r.move(0, SHADOW).colliderect(clip)):
                continue  # outside the area being redrawn
            if current is not None:
                surface.set_clip(clip)
                current = None
        else:
            # partial redraws are many small passes over long pages: reject by y with plain ints
            # before making a Rect
            win = windows.get(area)
            if win is None:
                win = windows[area] = (area.dx + ox, area.view.y - area.offset + oy, area.view.clip(clip))
            dx, dy, visible = win
            top = b.rect.y + dy
            if top >= visible.bottom or top + b.rect.h + SHADOW <= visible.top:
                continue
            r = b.rect.move(dx, dy)
            if not (r.colliderect(visible) or b.shadow and r.move(0, SHADOW).colliderect(visible)):
                continue
            if current is not area:
                surface.set_clip(visible)
                current = area
        if b.kind == "text":
            text = resolve(b.label, ctx.tr)
            if text:
                surface.blit(cache.block(text, b.role, getattr(theme, b.colour), r.w, b.align), r.topleft)
        elif b.kind == "panel":
            panel(surface, r, getattr(theme, b.fill or "card"), getattr(theme, b.border) if b.border else None,
                  radius=b.radius, shadow=theme.shadow if b.shadow and theme.name != "high-contrast" else None)
        elif b.kind == "icon":
            surface.blit(ctx.icons.get(b.icon, r.w, getattr(theme, b.colour)), r.topleft)
        elif b.kind == "rule":
            pygame.draw.line(surface, getattr(theme, b.colour), r.topleft, r.topright, 1)
        elif b.kind == "custom" and b.draw_fn is not None:
            b.draw_fn(surface, r, ctx)
    surface.set_clip(clip)


class Flow:
    """Places blocks and widgets top to bottom in a column (inside a scroll area if given)."""

    def __init__(self, scene, x: int, width: int, y: int = 0, scroll: ScrollArea | None = None):
        self.scene = scene
        self.ctx = scene.ctx
        self.x = x
        self.width = width
        self.y = y
        self.scroll = scroll

    def space(self, h: int) -> None:
        self.y += h

    def text(self, label: Label, role: str = "body", colour: str = "ink", gap: int = 8, x: int | None = None,
             width: int | None = None, align: str = "left") -> Block:
        x = self.x if x is None else x
        width = width or (self.width - (x - self.x))
        h = self.ctx.fonts.block_height(resolve(label, self.ctx.tr), role, width)
        b = Block("text", pygame.Rect(x, self.y, width, h), self.scroll, label, role, colour, align)
        self.scene.blocks.append(b)
        self.y += h + gap
        return b

    def icon_text(self, icon: str, label: Label, role: str = "body", colour: str = "ink", gap: int = 8,
                  icon_colour: str | None = None) -> Block:
        """An icon at the left of a text block (the icon sized to the first line)."""
        size = self.ctx.fonts.get(role).get_linesize()
        top = self.y
        ib = Block("icon", pygame.Rect(self.x, top + (self.ctx.fonts.line_height(role) - size) // 2 + 1, size, size),
                   self.scroll, icon=icon, colour=icon_colour or colour)
        self.scene.blocks.append(ib)
        return self.text(label, role, colour, gap, x=self.x + size + 10)

    def rule(self, colour: str = "line", gap: int = 12) -> None:
        self.scene.blocks.append(Block("rule", pygame.Rect(self.x, self.y, self.width, 1), self.scroll, colour=colour))
        self.y += gap

    def begin_panel(self, fill: str = "card", border: str | None = "line", shadow: bool = True, pad: int = 20,
                    radius: int = 14) -> tuple[Block, "Flow"]:
        b = Block("panel", pygame.Rect(self.x, self.y, self.width, 0), self.scroll, fill=fill, border=border,
                  shadow=shadow, radius=radius)
        self.scene.blocks.append(b)
        inner = Flow(self.scene, self.x + pad, self.width - 2 * pad, self.y + pad, self.scroll)
        inner.pad = pad
        return b, inner

    def end_panel(self, block: Block, inner: "Flow", gap: int = 16) -> None:
        block.rect.h = inner.y - block.rect.y + inner.pad - 8
        self.y = block.rect.bottom + gap

    def widget(self, w: Widget, gap: int = 12, height: int | None = None, width: int | None = None,
               x: int | None = None) -> Widget:
        w.rect.x = self.x if x is None else x
        w.rect.y = self.y
        w.rect.w = width or self.width
        if height is None:
            height = w.preferred_height(self.ctx, w.rect.w) if hasattr(w, "preferred_height") else w.rect.h
        w.rect.h = height
        w.scroll = self.scroll
        self.scene.add(w)
        self.y += height + gap
        return w

    def custom(self, height: int, draw_fn: Callable, gap: int = 8, width: int | None = None) -> Block:
        b = Block("custom", pygame.Rect(self.x, self.y, width or self.width, height), self.scroll, draw_fn=draw_fn)
        self.scene.blocks.append(b)
        self.y += height + gap
        return b

    def finish(self, bottom_pad: int = 24) -> None:
        if self.scroll is not None:
            self.scroll.content_h = self.y + bottom_pad


class Parts:
    """Blocks laid out relative to a widget (a card), drawn at the widget's position."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.blocks: list[Block] = []
        self.widgets: list = []

    def add(self, widget):
        self.widgets.append(widget)
        return widget

    def flow(self, x: int, width: int, y: int = 0) -> Flow:
        return Flow(self, x, width, y)

    def draw(self, surface, origin) -> None:
        draw_blocks(surface, self.blocks, self.ctx, origin)
