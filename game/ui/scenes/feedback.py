"""Feedback after each item (practice only): the call, each technique, why, the facts, the sources."""

from __future__ import annotations

import pygame

from game.ui import flow
from game.ui.layout import Flow
from game.ui.scene import TOPBAR_H, H, W, Pop, Replace, Scene
from game.ui.widgets import Button, ScrollArea, msg, resolve

BOTTOM_H = 88


def technique_lines(ctx, item, chosen) -> list[tuple[str, str, object]]:
    """(icon, colour name, label) for every technique in the key or in the player's answer."""
    name = lambda tid: (lambda: ctx.text.technique(tid, "name"))  # noqa: E731
    key = item.techniques if item.manipulative else ()
    out = []
    for tid in key:
        if tid in chosen:
            out.append(("check", "legit", msg("You spotted: {name}", name=_Lazy(name(tid)))))
        else:
            out.append(("cross", "manip", msg("You missed: {name}", name=_Lazy(name(tid)))))
    for tid in chosen:
        if tid in key:
            continue
        if tid in item.also_accept:
            out.append(("info", "accent", msg("Also fair to say: {name}", name=_Lazy(name(tid)))))
        else:
            out.append(("cross", "manip", msg("Not in this post: {name}", name=_Lazy(name(tid)))))
    return out


class _Lazy:
    """A value filled into a message when it is drawn (so level text follows the language)."""

    def __init__(self, fn):
        self.fn = fn

    def __format__(self, spec: str) -> str:
        return format(self.fn(), spec)


def sources_block(f: Flow, ctx, level, item) -> None:
    f.text(msg("Sources"), "h3", "ink", gap=6)
    for src in item.sources:
        f.icon_text("credits", lambda s=src: s.title, "small_bold", "ink", gap=0, icon_colour="muted")
        line = msg("{publisher}, {date}", publisher=src.publisher, date=src.date) if src.date else \
            msg("{publisher}", publisher=src.publisher)
        f.text(line, "small", "muted", gap=0, x=f.x + ctx.fonts.get("small_bold").get_linesize() + 10)
        f.text(lambda s=src: s.url, "tiny", "accent", gap=10, x=f.x + ctx.fonts.get("small_bold").get_linesize() + 10)


class FeedbackScene(Scene):
    name = "feedback"

    def __init__(self, ctx, run, session, result):
        super().__init__(ctx)
        self.run, self.session, self.result = run, session, result
        self.level = session.level
        self.item = session.current
        self.answer = session.answered(self.item.id)
        self.title = msg("Debrief")
        self.score = session.report()["score"]
        ctx.sound.play("right" if result.verdict_correct else "wrong")

    def layout(self) -> None:
        ctx, item, level = self.ctx, self.item, self.level
        self.add_back(msg("Levels"))
        self.scroll = ScrollArea((0, TOPBAR_H, W, H - TOPBAR_H - BOTTOM_H))
        f = Flow(self, 120, W - 240, 22, self.scroll)
        right = self.result.verdict_correct
        size = ctx.fonts.get("h1").get_linesize() + 10
        f.custom(size, self._draw_stamp, gap=10)
        verdict = msg("This post is manipulative.") if item.manipulative else msg("This post is legitimate.")
        said = msg("You said: manipulative.") if self.answer.verdict == "manipulative" else \
            msg("You said: looks legitimate.")
        f.text(lambda: f"{ctx.tr(verdict.msgid)} {ctx.tr(said.msgid)}", "body_bold", "ink", gap=4)
        f.text(msg("+{points} points", points=self.result.points), "small_bold", "legit" if right else "muted",
               gap=14)
        lines = technique_lines(ctx, item, self.answer.techniques)
        if lines:
            b, inner = f.begin_panel("card", "line", shadow=False, pad=16)
            inner.text(msg("Techniques"), "small_bold", "accent", gap=6)
            for icon, colour, label in lines:
                inner.icon_text(icon, label, "body", "ink", gap=4, icon_colour=colour)
            f.end_panel(b, inner)
        if item.explanation:
            f.text(msg("Why"), "h3", "ink", gap=4)
            f.text(lambda: ctx.text.item(level, item, "explanation"), "body", "ink", gap=14)
        if item.facts:
            b, inner = f.begin_panel("card_alt", "line", shadow=False, pad=16)
            inner.text(msg("What is actually true"), "h3", "ink", gap=4)
            inner.text(lambda: ctx.text.item(level, item, "facts"), "body", "ink", gap=4)
            f.end_panel(b, inner)
        sources_block(f, ctx, level, item)
        f.finish()
        last = self.session.position + 1 >= len(self.session.order)
        label = msg("See your results") if last else msg("Next post")
        bw = min(480, max(280, ctx.fonts.width("button", ctx.tr(label.msgid)) + 120))
        self.add(Button((W - 80 - bw, H - BOTTOM_H + 16, bw, BOTTOM_H - 32), label, self.next, icon="next",
                        style="primary", key="next"))

    def _draw_stamp(self, surf, rect, ctx) -> None:
        right = self.result.verdict_correct
        theme = ctx.theme
        colour = theme.legit if right else theme.manip
        size = rect.h
        pygame.draw.circle(surf, colour, (rect.x + size // 2, rect.y + size // 2), size // 2)
        surf.blit(ctx.icons.get("check" if right else "cross", size - 18, theme.on_legit if right else theme.on_manip),
                  (rect.x + 9, rect.y + 9))
        label = ctx.tr("Right call") if right else ctx.tr("Not quite")
        img = ctx.cache.line(label, "h1", colour)
        surf.blit(img, (rect.x + size + 16, rect.y + (size - img.get_height()) // 2))

    def draw_scene(self, surface) -> None:
        super().draw_scene(surface)
        theme = self.ctx.theme
        pygame.draw.rect(surface, theme.bg_alt, (0, H - BOTTOM_H, W, BOTTOM_H))
        pygame.draw.line(surface, theme.line, (0, H - BOTTOM_H), (W, H - BOTTOM_H), 1)
        self.draw_bar_note(surface, self.ctx.tr("Score so far: {score}", score=self.score), "body_bold", theme.ink,
                           BOTTOM_H, left=120)

    def topbar_right(self):
        return msg("Post {i} of {n}", i=self.session.position + 1, n=len(self.session.order))

    def default_focus(self):
        return self.find("next")

    def announcement(self) -> list[str]:
        """The screen-reader mirror (:mod:`game.ui.speech`): the call, each technique, why, the facts."""
        from game.ui.speech import sentence
        ctx, item, level = self.ctx, self.item, self.level
        tr = ctx.tr
        parts = [tr("Right call") + "." if self.result.verdict_correct else tr("Not quite") + ".",
                 tr("This post is manipulative.") if item.manipulative else tr("This post is legitimate."),
                 tr("You said: manipulative.") if self.answer.verdict == "manipulative" else
                 tr("You said: looks legitimate."),
                 tr("+{points} points", points=self.result.points)]
        parts += [sentence(resolve(label, tr)) for _icon, _colour, label in
                  technique_lines(ctx, item, self.answer.techniques)]
        if item.explanation:
            parts.append(tr("Why") + ": " + ctx.text.item(level, item, "explanation"))
        if item.facts:
            parts.append(tr("What is actually true") + ": " + ctx.text.item(level, item, "facts"))
        nxt = self.find("next")
        if nxt is not None:
            parts.append(tr("Buttons: {labels}", labels=resolve(nxt.label, tr)))
        return parts

    def next(self):
        return Replace(flow.next_item(self.ctx, self.run, self.session))

    def back(self):
        return Pop()
