"""The briefing (the prebunk): the level's story and one card per technique it teaches.

Each technique card shows the name, the one-line definition, the tell-tale signs and a short
example. A check form (pre/post test) gets no prebunk - that would spoil the measurement - but a
short note on how the check works.
"""

from __future__ import annotations

import pygame

from game.i18n import N_
from game.ui import flow
from game.ui.icons import technique_icon
from game.ui.layout import Flow
from game.ui.scene import TOPBAR_H, H, W, Replace, Scene
from game.ui.widgets import Button, ScrollArea, msg, nmsg, resolve
from game.ui.words import countries_text

BOTTOM_H = 88


class BriefingScene(Scene):
    name = "briefing"

    def __init__(self, ctx, run, level):
        super().__init__(ctx)
        self.run, self.level = run, level
        self.title = msg("Briefing") if level.mode == "practice" else msg("Quick check")

    def layout(self) -> None:
        ctx, level = self.ctx, self.level
        self.add_back()
        self.scroll = ScrollArea((0, TOPBAR_H, W, H - TOPBAR_H - BOTTOM_H))
        f = Flow(self, 80, W - 160, 24, self.scroll)
        if self.run.name:
            f.text(msg("Assignment: {name} · step {i} of {n}", name=self.run.name, i=self.run.index + 1,
                       n=len(self.run.steps)), "small_bold", "accent", gap=4)
        f.text(lambda: ctx.tr("{countries} · {period}", countries=countries_text(level.countries, ctx.tr),
                              period=ctx.text.level(level, "period")), "small_bold", "muted", gap=2)
        f.text(lambda: ctx.text.level(level, "title"), "h1", "ink", gap=8)
        f.text(lambda: ctx.text.level(level, "summary"), "body", "ink", gap=12)
        notes = self.review_notes()
        if notes:  # one line: the facts are unreviewed, and/or so is the translation they are shown in
            f.icon_text("warn", lambda: " ".join(ctx.tr(n) for n in notes), "small", "warn")
        if not ctx.text.translated(level):
            f.icon_text("language", msg("This level has not been translated yet, so it is shown in its original "
                                        "language."), "small", "muted")
        f.space(8)
        if level.mode == "check":
            self._check_intro(f)
        else:
            if level.briefing:
                b, inner = f.begin_panel("card_alt", "line", shadow=False)
                inner.text(msg("From the editor"), "small_bold", "accent", gap=4)
                inner.text(lambda: ctx.text.level(level, "briefing"), "body", "ink", gap=4)
                f.end_panel(b, inner, gap=20)
            f.text(nmsg("The trick to look for", "The {n} tricks to look for", len(level.teaches)), "h2", "ink",
                   gap=12)
            self._technique_cards(f)
        f.finish()
        label = msg("Start the desk") if level.mode == "practice" else msg("Start the check")
        bw = min(520, max(300, ctx.fonts.width("button", ctx.tr(label.msgid)) + 120))
        self.add(Button((W - 80 - bw, H - BOTTOM_H + 16, bw, BOTTOM_H - 32), label, self.start, icon="play",
                        style="primary", key="start"))

    def review_notes(self) -> list[str]:
        notes = []
        if not self.level.reviewed:
            notes.append(N_("Not yet reviewed by a regional expert: this level is a draft written from "
                            "published fact-checks."))
        if not self.ctx.text.reviewed(self.level):
            notes.append(N_("Its translation has not been reviewed by a native speaker yet either.")
                         if not self.level.reviewed else
                         N_("The translation of this level has not been reviewed by a native speaker yet."))
        return notes

    def _check_intro(self, f: Flow) -> None:
        b, inner = f.begin_panel("card", "line")
        inner.text(msg("How the quick check works"), "h3", "ink", gap=8)
        for line in (msg("{n} posts, one after another. Call each one manipulative or legitimate, and name the "
                         "tricks you see.", n=len(self.level.items)),
                     msg("There is no feedback until the end and no time limit. Answer as well as you can."),
                     msg("At the end you see every answer, with the facts and sources.")):
            inner.icon_text("check", line, "body", "ink", icon_colour="accent")
        f.end_panel(b, inner)

    def _technique_cards(self, f: Flow) -> None:
        ctx = self.ctx
        cols = 2 if ctx.fonts.scale <= 1.25 else 1
        gap = 24
        width = (f.width - gap * (cols - 1)) // cols
        teaches = list(self.level.teaches)
        for row in range(0, len(teaches), cols):
            top, bottoms, panels = f.y, [], []
            for i, tid in enumerate(teaches[row:row + cols]):
                col = Flow(self, f.x + i * (width + gap), width, top, self.scroll)
                b, inner = col.begin_panel("card", "line")
                self._technique(inner, tid)
                col.end_panel(b, inner, gap=0)
                panels.append(b)
                bottoms.append(col.y)
            height = max(bottoms) - top
            for b in panels:
                b.rect.h = height
            f.y = top + height + gap

    def _technique(self, f: Flow, tid: str) -> None:
        ctx = self.ctx
        size = ctx.fonts.get("h3").get_linesize() + 8
        f.custom(size, lambda s, r, c, tid=tid: self._draw_name(s, r, c, tid), gap=6)
        f.text(lambda: ctx.text.technique(tid, "short"), "body", "ink", gap=10)
        f.text(msg("Tell-tale signs"), "small_bold", "accent", gap=4)
        for i, _sign in enumerate(ctx.text.technique_signs(tid)):
            f.icon_text("lupa", lambda i=i: ctx.text.technique_signs(tid)[i], "small", "ink", gap=4,
                        icon_colour="muted")
        f.space(6)
        f.text(msg("Example"), "small_bold", "accent", gap=4)
        f.text(lambda: ctx.text.technique(tid, "example"), "small", "muted", gap=4)

    def _draw_name(self, surf, rect, ctx, tid) -> None:
        size = rect.h
        badge = pygame.Rect(rect.x, rect.y, size, size)
        pygame.draw.rect(surf, ctx.theme.accent, badge, border_radius=10)
        surf.blit(ctx.icons.get(technique_icon(tid), size - 12, ctx.theme.on_accent), (badge.x + 6, badge.y + 6))
        img = ctx.cache.line(ctx.text.technique(tid, "name"), "h3", ctx.theme.ink)
        surf.blit(img, (rect.x + size + 14, rect.y + (size - img.get_height()) // 2))

    def draw_scene(self, surface) -> None:
        super().draw_scene(surface)
        theme = self.ctx.theme
        pygame.draw.rect(surface, theme.bg_alt, (0, H - BOTTOM_H, W, BOTTOM_H))
        pygame.draw.line(surface, theme.line, (0, H - BOTTOM_H), (W, H - BOTTOM_H), 1)
        self.draw_bar_note(surface, self.ctx.tr("No time limit. Read at your own pace."), "small", theme.muted,
                           BOTTOM_H)

    def topbar_right(self):
        return nmsg("{n} post", "{n} posts", len(self.level.items))

    def default_focus(self):
        return self.find("start")

    def announcement(self) -> list[str]:
        """The screen-reader mirror (:mod:`game.ui.speech`): the level, what nobody has reviewed yet,
        the techniques it teaches (or how a check works), and the start button."""
        from game.ui.speech import sentence
        ctx, level = self.ctx, self.level
        tr = ctx.tr
        parts = [resolve(self.title, tr)]
        if self.run.name:
            parts.append(tr("Assignment: {name} · step {i} of {n}", name=self.run.name, i=self.run.index + 1,
                            n=len(self.run.steps)))
        parts += [sentence(ctx.text.level(level, "title")), ctx.text.level(level, "summary")]
        parts += [tr(n) for n in self.review_notes()]
        if level.mode == "practice":
            for tid in level.teaches:
                parts.append(sentence(ctx.text.technique(tid, "name")) + " " + ctx.text.technique(tid, "short"))
        else:
            parts.append(tr("There is no feedback until the end and no time limit. Answer as well as you can."))
        start = self.find("start")
        if start is not None:
            parts.append(tr("Buttons: {labels}", labels=resolve(start.label, tr)))
        return [p for p in parts if p]

    def start(self):
        return Replace(flow.start_items(self.ctx, self.run))
