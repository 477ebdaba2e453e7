"""The level map: filters by country on the left, level cards on the right.

Every level is playable (nothing is locked). A level file that fails validation appears as an
error card with its first problem in plain words; it can be focused and read but not started.
"""

from __future__ import annotations

import pygame

from game.core.schema import REGION
from game.i18n import N_
from game.ui import flow
from game.ui.icons import technique_icon
from game.ui.layout import Parts
from game.ui.run import Run
from game.ui.scene import TOPBAR_H, H, W, Pop, Push, Scene
from game.ui.widgets import Button, ScrollArea, Widget, msg, nmsg, panel, rounded
from game.ui.words import COUNTRIES, REGION_WIDE, countries_text, plain_problem, region_wide

FILTERS = (("all", N_("All levels")), *((c, COUNTRIES[c]) for c in REGION), ("region", REGION_WIDE),
           ("checks", N_("Quick checks")))


def review_notes(ctx, level) -> list[str]:
    """What nobody has checked yet about the level as shown: its facts, and its translation."""
    notes = []
    if not level.reviewed:
        notes.append(N_("Not yet reviewed by a regional expert"))
    if not ctx.text.reviewed(level):
        notes.append(N_("Translation not yet reviewed"))
    return notes


def star_row(surf, x, y, size, stars, ctx) -> int:
    """Three stars, filled or outlined (shape, not just colour); returns the width used."""
    for i in range(3):
        name = "star" if i < stars else "star_empty"
        surf.blit(ctx.icons.get(name, size, ctx.theme.star if i < stars else ctx.theme.muted), (x + i * (size + 4), y))
    return 3 * (size + 4)


class LevelCard(Widget):
    """One level: country, title, difficulty, minutes, technique icons and names, best score, stars.

    Painted once into a surface (see :class:`Widget`): scrolling the grid and moving the focus
    blit finished cards instead of drawing a dozen panels, icons and text blocks each time.
    """

    cached = True
    backdrop = "bg"  # cards lie on the plain desk

    def __init__(self, ctx, level, on_press, key):
        super().__init__((0, 0, 0, 0), on_press, key)
        self.ctx, self.level = ctx, level

    def build(self, width: int) -> int:
        ctx, level = self.ctx, self.level
        self.parts = parts = Parts(ctx)
        f = parts.flow(18, width - 36, 16)
        f.text(lambda: countries_text(level.countries, ctx.tr), "small_bold", "accent", gap=2)
        f.text(lambda: ctx.text.level(level, "title"), "h3", "ink", gap=6)
        f.text(msg("Difficulty {n} of 5 · about {minutes} min", n=level.difficulty, minutes=level.minutes),
               "small", "muted", gap=8)
        icon = ctx.fonts.get("small").get_linesize() + 4
        f.custom(icon, self._draw_icons, gap=4)
        f.text(lambda: ", ".join(ctx.text.technique(t, "name") for t in level.teaches), "small", "ink", gap=10)
        f.custom(ctx.fonts.get("small").get_linesize() + 6, self._draw_best, gap=6)
        notes = review_notes(ctx, level)
        if notes:
            f.icon_text("warn", lambda: " · ".join(ctx.tr(n) for n in notes), "tiny", "warn")
        self.rect.w = width
        self.rect.h = f.y + 8
        return self.rect.h

    def _draw_icons(self, surf, rect, ctx) -> None:
        size = rect.h
        for i, t in enumerate(self.level.teaches):
            r = pygame.Rect(rect.x + i * (size + 10), rect.y, size, size)
            rounded(surf, r.inflate(6, 6), ctx.theme.card_alt, None, radius=8)
            surf.blit(ctx.icons.get(technique_icon(t), size - 4, ctx.theme.ink), (r.x + 2, r.y + 2))

    def _draw_best(self, surf, rect, ctx) -> None:
        best = ctx.progress.best(self.level.id)
        size = rect.h - 4
        w = star_row(surf, rect.x, rect.y, size, best["stars"] if best else 0, ctx)
        if best:
            label = ctx.tr("Best: {score} of {max}", score=best["best"], max=best["max"])
        else:
            label = ctx.tr("Not played yet")
        img = ctx.cache.line(label, "small", ctx.theme.muted)
        surf.blit(img, (rect.x + w + 8, rect.y + (rect.h - img.get_height()) // 2))

    def look_key(self, ctx, hovered: bool) -> tuple:
        best = ctx.progress.best(self.level.id)
        return (hovered, tuple(sorted(best.items())) if best else None)

    def paint(self, surf, ctx, hovered: bool, r) -> None:
        theme = ctx.theme
        panel(surf, r.move(0, -3 if hovered else 0), theme.card, theme.accent if hovered else theme.line,
              radius=16, shadow=None if theme.name == "high-contrast" else theme.shadow, width=3 if hovered else 2)
        if self.level.mode == "check":
            pygame.draw.rect(surf, theme.accent, (r.x, r.y + 16, 6, r.h - 32), border_radius=3)
        self.parts.draw(surf, r.move(0, -3 if hovered else 0).topleft)


class BrokenCard(Widget):
    """A level that cannot be played, with its first problem in plain words."""

    cached = True
    backdrop = "bg"  # cards lie on the plain desk

    def __init__(self, ctx, broken, key):
        super().__init__((0, 0, 0, 0), lambda: True, key)
        self.ctx, self.broken = ctx, broken

    def build(self, width: int) -> int:
        ctx = self.ctx
        self.parts = parts = Parts(ctx)
        f = parts.flow(18, width - 36, 16)
        f.icon_text("warn", msg("This level has a problem and cannot be played"), "body_bold", "warn", gap=4)
        file, problem = plain_problem(self.broken.first)
        f.text(msg("File: {file}", file=file or self.broken.file.replace("\\", "/").split("/")[-1]), "small",
               "muted", gap=6)
        f.text(problem, "small", "ink", gap=6)
        more = len(self.broken.problems) - 1
        if more > 0:
            f.text(nmsg("and {n} more problem. Check it with: python -m game validate",
                        "and {n} more problems. Check them with: python -m game validate", more), "tiny", "muted")
        self.rect.w = width
        self.rect.h = f.y + 8
        return self.rect.h

    def paint(self, surf, ctx, hovered: bool, r) -> None:
        theme = ctx.theme
        panel(surf, r, theme.card_alt, theme.warn, radius=16, width=3)
        for i in range(0, r.w, 28):  # hatched top edge: "out of order", readable without colour
            pygame.draw.line(surf, theme.warn, (r.x + i + 12, r.y + 2), (r.x + i + 22, r.y + 8), 3)
        self.parts.draw(surf, r.topleft)


class MapScene(Scene):
    name = "map"
    title = msg("Choose a level")

    def __init__(self, ctx, selected: str = "all"):
        super().__init__(ctx)
        self.selected = selected

    def layout(self) -> None:
        ctx = self.ctx
        self.add_back()
        # wide enough for the longest country name ("Bosnia and Herzegovina") on one line at 100 and 125 %
        side_w = 262 if ctx.fonts.scale <= 1.0 else 306 if ctx.fonts.scale <= 1.25 else 330
        self.side = ScrollArea((0, TOPBAR_H, side_w + 24, H - TOPBAR_H))
        filters = [Button((20, 0, side_w - 8, 0), msg(label), lambda fid=fid: self.pick(fid), key=f"filter:{fid}",
                          selected=(fid == self.selected), scroll=self.side, role="small_bold", align="left",
                          mark="tab") for fid, label in FILTERS]
        # one height for the whole list: a name that needs two lines makes every filter two lines tall
        # (a single taller button reads as a different kind of control)
        height = max(44, max(b.preferred_height(ctx, side_w - 8) for b in filters) - 6)
        y = 16
        for b in filters:
            b.rect.y, b.rect.h = y, height
            self.add(b)
            y += height + 8
        self.side.content_h = y + 16
        x0 = side_w + 40
        self.scroll = ScrollArea((x0 - 8, TOPBAR_H, W - x0 + 8, H - TOPBAR_H))
        cols = 3 if ctx.fonts.scale <= 1.0 else 2 if ctx.fonts.scale <= 1.5 else 1
        gap = 20
        card_w = (W - x0 - 24 - gap * (cols - 1)) // cols
        cards = self.cards()
        y = 20
        for row in range(0, len(cards), cols):
            chunk = cards[row:row + cols]
            height = max(c.build(card_w) for c in chunk)
            for i, c in enumerate(chunk):
                c.rect.topleft = (x0 + i * (card_w + gap), y)
                c.rect.h = height
                c.scroll = self.scroll
                self.add(c)
            y += height + gap
        for c in cards:  # paint every card now, on entering the map, not while the player scrolls
            c.picture(ctx, False)
        self.scroll.content_h = y + 10
        self.counts = len(cards)

    def cards(self) -> list[Widget]:
        lib, ctx = self.ctx.library, self.ctx
        sel = self.selected
        if sel == "checks":
            levels = list(lib.checks)
        else:
            levels = [lv for lv in lib.levels if sel == "all" or (sel == "region" and region_wide(lv.countries))
                      or (sel in lv.countries and not region_wide(lv.countries))]
            if sel == "all":
                levels += list(lib.checks)
        out: list[Widget] = [LevelCard(ctx, lv, lambda lv=lv: self.open(lv), f"level:{lv.id}") for lv in levels]
        if sel == "all":
            out += [BrokenCard(ctx, b, f"broken:{b.file}") for b in lib.broken]
        return out

    def scroll_areas(self):
        return [self.side, self.scroll]

    def default_focus(self):
        return next((w for w in self.widgets if w.key.startswith("level:")), None) or super().default_focus()

    def draw_scene(self, surface) -> None:
        super().draw_scene(surface)
        if self.counts == 0:
            img = self.ctx.cache.block(self.ctx.tr("No levels here yet."), "body", self.ctx.theme.muted, 600)
            surface.blit(img, (self.scroll.view.x + 40, self.scroll.view.y + 40))
        pygame.draw.line(surface, self.ctx.theme.line, (self.side.view.right, TOPBAR_H + 12),
                         (self.side.view.right, H - 12), 1)

    def topbar_right(self):
        return nmsg("{n} level", "{n} levels", self.counts)

    def pick(self, fid: str):
        self.selected = fid
        self._look = None  # lay out again with the new filter, keeping focus on the filter
        self.scroll.offset = 0 if self.scroll else 0
        return True

    def open(self, level):
        return Push(flow.briefing(self.ctx, Run.single(level.id)))

    def back(self):
        return Pop()
