"""Results: score, spot-the-difference, the lean meter in plain words, stars per technique, what next.

Check forms (pre/post tests) give no feedback while playing, so their results end with the debrief
of every item - verdict, explanation, facts and sources - so no false claim stays un-debunked.
At the end of a teacher's assignment the screen also compares the pre- and post-check.
"""

from __future__ import annotations

import pygame

from game.i18n import N_
from game.ui import flow
from game.ui.card import layout_card
from game.ui.icons import technique_icon
from game.ui.layout import Flow
from game.ui.progress import level_stars
from game.ui.run import Run
from game.ui.scene import TOPBAR_H, H, W, Reset, Scene
from game.ui.scenes.feedback import _Lazy, sources_block, technique_lines
from game.ui.scenes.level_map import star_row
from game.ui.widgets import Button, ScrollArea, button_width, msg, nmsg, resolve
from game.ui.words import LEAN_POSITION, LEANS

BOTTOM_H = 88
UNREVIEWED = N_("This translation has not been reviewed by a native speaker yet.")


def practise_next(ctx, level, report) -> tuple[str | None, object]:
    """The weakest technique seen in this level, and a level that teaches it (not this one)."""
    seen = [(t["stars"], -(t["missed"] + t["false_tags"]), tid) for tid, t in report["techniques"].items()
            if t["spotted"] + t["missed"] + t["false_tags"] > 0]
    if not seen:
        return None, None
    stars, _neg, weakest = min(seen)
    if stars >= 3:
        return None, None
    options = [lv for lv in ctx.library.levels if weakest in lv.teaches and lv.id != level.id]
    options.sort(key=lambda lv: (ctx.progress.best(lv.id) is not None, lv.difficulty, lv.id))
    return weakest, (options[0] if options else None)


class ResultsScene(Scene):
    name = "results"

    def __init__(self, ctx, run, session, report, new_best=False):
        super().__init__(ctx)
        self.run, self.session, self.report = run, session, report
        self.level = session.level
        self.new_best = new_best
        self.title = msg("Results")

    def layout(self) -> None:
        ctx, r, level = self.ctx, self.report, self.level
        self.add_back(msg("Levels"), self.to_map)
        self.scroll = ScrollArea((0, TOPBAR_H, W, H - TOPBAR_H - BOTTOM_H))
        f = Flow(self, 120, W - 240, 22, self.scroll)
        f.text(lambda: ctx.text.level(level, "title"), "h1", "ink", gap=10)
        if not (ctx.tr.reviewed and ctx.text.reviewed(level)):
            f.space(-4)
            f.icon_text("language", msg(UNREVIEWED), "small", "muted", icon_colour="muted", gap=12)
        # score and spot-the-difference side by side (stacked at large text sizes)
        cols = 2 if ctx.fonts.scale <= 1.25 else 1
        gap = 24
        width = (f.width - gap * (cols - 1)) // cols
        top = f.y
        col = Flow(self, f.x, width, top, self.scroll)
        b1, inner = col.begin_panel("card", "line")
        inner.text(msg("Score"), "small_bold", "accent", gap=2)
        inner.text(msg("{score} of {max}", score=r["score"], max=r["max_score"]), "h1", "ink", gap=6)
        inner.custom(ctx.fonts.get("body").get_linesize(), self._draw_stars, gap=4)
        if self.new_best:
            inner.icon_text("star", msg("New best for this level!"), "small_bold", "ink", icon_colour="star")
        col.end_panel(b1, inner, gap=gap)
        if cols == 2:
            col = Flow(self, f.x + width + gap, width, top, self.scroll)
        b2, inner = col.begin_panel("card", "line")
        inner.text(msg("Spot the difference"), "small_bold", "accent", gap=2)
        inner.text(msg("{n} out of 100", n=round(r["discernment_score"])), "h1", "ink", gap=6)
        inner.text(msg("How often you would pick the manipulative post out of a pair. 50 is guessing, "
                       "100 is perfect."), "small", "muted", gap=4)
        if r["measuring"]:
            inner.text(msg("Only a few posts so far, so this is a first estimate."), "tiny", "muted", gap=2)
        col.end_panel(b2, inner, gap=gap)
        if cols == 2:
            h = max(b1.rect.h, b2.rect.h)
            b1.rect.h = b2.rect.h = h
            f.y = top + h + gap
        else:
            f.y = col.y
        self._lean(f)
        self._techniques(f)
        self._next_steps(f)
        if self.run.playlist and self.run.last:
            self._assignment(f)
        if level.mode == "check":
            self._debrief(f)
        f.finish()
        self._buttons()

    def _draw_stars(self, surf, rect, ctx) -> None:
        star_row(surf, rect.x, rect.y, rect.h, level_stars(self.report["score"], self.report["max_score"]), ctx)

    def _lean(self, f: Flow) -> None:
        ctx, r = self.ctx, self.report
        b, inner = f.begin_panel("card", "line")
        inner.text(msg("Your lean"), "small_bold", "accent", gap=4)
        # the bar with its pointer (46 px), then the three labels under it at the current text size
        inner.custom(46 + ctx.fonts.get("tiny").get_linesize(), self._draw_meter, gap=8)
        inner.text(msg(LEANS[r["lean"]]), "body_bold", "ink", gap=6)
        if r["misses"]:
            inner.icon_text("cross", nmsg("You trusted {n} manipulative post that you should have doubted.",
                                          "You trusted {n} manipulative posts that you should have doubted.",
                                          r["misses"]), "body", "ink", icon_colour="manip", gap=4)
        if r["false_alarms"]:
            inner.icon_text("cross", nmsg("You doubted {n} honest post that you could have trusted.",
                                          "You doubted {n} honest posts that you could have trusted.",
                                          r["false_alarms"]), "body", "ink", icon_colour="manip", gap=4)
        if not r["misses"] and not r["false_alarms"]:
            inner.icon_text("check", msg("You called every post right."), "body", "ink", icon_colour="legit")
        f.end_panel(b, inner)

    def _draw_meter(self, surf, rect, ctx) -> None:
        theme = ctx.theme
        pos = LEAN_POSITION[self.report["lean"]]
        bar = pygame.Rect(rect.x, rect.y + 10, rect.w, 14)
        pygame.draw.rect(surf, theme.card_alt, bar, border_radius=7)
        pygame.draw.rect(surf, theme.line, bar, 1, border_radius=7)
        for i in range(5):
            x = bar.x + bar.w * (i + 0.5) / 5
            pygame.draw.line(surf, theme.line, (x, bar.y + 2), (x, bar.bottom - 2), 2)
        mid = pygame.Rect(0, 0, bar.w // 5, bar.h)
        mid.center = (bar.centerx, bar.centery)
        pygame.draw.rect(surf, theme.legit, mid, border_radius=7)
        x = int(bar.x + bar.w * (pos + 2.5) / 5)
        pygame.draw.polygon(surf, theme.ink, [(x, bar.bottom + 2), (x - 11, bar.bottom + 18), (x + 11, bar.bottom + 18)])
        pygame.draw.polygon(surf, theme.ink, [(x, bar.top - 2), (x - 9, bar.top - 12), (x + 9, bar.top - 12)])
        cache = ctx.cache
        left = cache.line(ctx.tr("Too trusting"), "tiny", theme.muted)
        right = cache.line(ctx.tr("Too suspicious"), "tiny", theme.muted)
        middle = cache.line(ctx.tr("Balanced"), "tiny", theme.muted)
        y = bar.bottom + 22
        surf.blit(left, (bar.x, y))
        surf.blit(right, (bar.right - right.get_width(), y))
        surf.blit(middle, (bar.centerx - middle.get_width() // 2, y))

    def _techniques(self, f: Flow) -> None:
        ctx, r = self.ctx, self.report
        rows = [(tid, t) for tid, t in r["techniques"].items() if t["spotted"] + t["missed"] + t["false_tags"] > 0]
        if not rows:
            return
        b, inner = f.begin_panel("card", "line")
        inner.text(msg("Techniques"), "small_bold", "accent", gap=8)
        for tid, t in rows:
            size = ctx.fonts.get("body_bold").get_linesize()
            inner.custom(size, lambda s, rc, c, tid=tid, t=t: self._draw_tech(s, rc, c, tid, t), gap=2)
            inner.text(msg("spotted {spotted} · missed {missed} · tagged where it was not {false}",
                           spotted=t["spotted"], missed=t["missed"], false=t["false_tags"]), "small", "muted",
                       gap=10, x=inner.x + size + 10)
        f.end_panel(b, inner)

    def _draw_tech(self, surf, rect, ctx, tid, t) -> None:
        size = rect.h
        surf.blit(ctx.icons.get(technique_icon(tid), size, ctx.theme.ink), rect.topleft)
        w = star_row(surf, rect.right - 3 * (size + 4), rect.y, size, t["stars"], ctx)
        name = ctx.cache.line(ctx.text.technique(tid, "name"), "body_bold", ctx.theme.ink)
        surf.blit(name, (rect.x + size + 10, rect.y + (size - name.get_height()) // 2))
        del w

    def _next_steps(self, f: Flow) -> None:
        ctx, r = self.ctx, self.report
        b, inner = f.begin_panel("card_alt", "line", shadow=False)
        inner.text(msg("What to practise next"), "small_bold", "accent", gap=6)
        weakest, level = practise_next(ctx, self.level, r)
        if weakest is None:
            inner.text(msg("You spotted every technique in this level. Try a harder level next."), "body", "ink")
        else:
            inner.text(msg("Practise: {name}. {short}",
                           name=_Lazy(lambda: ctx.text.technique(weakest, "name")),
                           short=_Lazy(lambda: ctx.text.technique(weakest, "short"))), "body", "ink", gap=8)
            if level is not None and not self.run.playlist:
                inner.widget(Button((0, 0, 0, 0), msg("Play “{title}”", title=_Lazy(lambda: ctx.text.level(level, "title"))),
                                    lambda: self.play(level), icon="play", key="practise", align="left"), gap=4)
        v = r["verification"]
        inner.icon_text("search", nmsg("You used the fact-checking tools on {checked} of {n} post.",
                                       "You used the fact-checking tools on {checked} of {n} posts.",
                                       r["total_items"], checked=v["items_checked"]),
                        "small", "muted", gap=2, icon_colour="muted")
        f.end_panel(b, inner)

    def _assignment(self, f: Flow) -> None:
        b, inner = f.begin_panel("card", "accent")
        inner.text(msg("Assignment complete: {name}", name=self.run.name or "-"), "h3", "ink", gap=6)
        reports = self.run.reports
        pre = reports.get(self.run.steps[0]) if self.run.steps else None
        post = reports.get(self.run.steps[-1]) if len(self.run.steps) > 1 else None
        if pre and post and pre.get("mode") == "check" and post.get("mode") == "check":
            inner.text(msg("Spot the difference: {before} before, {after} after.",
                           before=round(pre["discernment_score"]), after=round(post["discernment_score"])),
                       "body", "ink", gap=4)
        inner.text(nmsg("You finished {n} step.", "You finished {n} steps.", len(reports)), "small", "muted")
        f.end_panel(b, inner)

    def _debrief(self, f: Flow) -> None:
        ctx, level = self.ctx, self.level
        f.text(msg("Every post, with the facts"), "h2", "ink", gap=12)
        for n, item_id in enumerate(self.session.order):
            item = level.item(item_id)
            answer = self.session.answered(item_id)
            b, inner = f.begin_panel("card", "line")
            layout_card(inner, ctx, level, item)
            inner.rule()
            right = answer is not None and answer.verdict == item.verdict
            verdict = msg("Manipulative") if item.manipulative else msg("Legitimate")
            inner.icon_text("check" if right else "cross",
                            msg("{verdict} · you were right", verdict=_Lazy(lambda v=verdict: ctx.tr(v.msgid))) if right
                            else msg("{verdict} · you called it differently",
                                     verdict=_Lazy(lambda v=verdict: ctx.tr(v.msgid))),
                            "body_bold", "ink", icon_colour="legit" if right else "manip")
            for icon, colour, label in technique_lines(ctx, item, answer.techniques if answer else ()):
                inner.icon_text(icon, label, "small", "ink", gap=2, icon_colour=colour)
            if item.explanation:
                inner.text(lambda it=item: ctx.text.item(level, it, "explanation"), "body", "ink", gap=8)
            if item.facts:
                inner.text(msg("What is actually true"), "small_bold", "accent", gap=2)
                inner.text(lambda it=item: ctx.text.item(level, it, "facts"), "body", "ink", gap=8)
            sources_block(inner, ctx, level, item)
            f.end_panel(b, inner, gap=20)

    def _buttons(self) -> None:
        ctx = self.ctx
        if not self.run.last:
            nxt = ctx.library.find(self.run.steps[self.run.index + 1])
            label = msg("Next: {title}", title=_Lazy(lambda: ctx.text.level(nxt, "title")))
        else:
            label = msg("Finish") if self.run.playlist else msg("Back to the levels")
        again_w = 0
        if not self.run.playlist:  # as wide as its label needs (Macedonian at 200 % needs more than 300 px)
            again_w = min(460, max(300, button_width(ctx, msg("Play again"))))
            self.add(Button((80, H - BOTTOM_H + 16, again_w, BOTTOM_H - 32), msg("Play again"), self.again,
                            icon="play", key="again"))
        bw = min(520, W - 160 - (again_w + 24 if again_w else 0))
        self.add(Button((W - 80 - bw, H - BOTTOM_H + 16, bw, BOTTOM_H - 32), label, self.next, icon="next",
                        style="primary", key="next"))

    def draw_scene(self, surface) -> None:
        super().draw_scene(surface)
        theme = self.ctx.theme
        pygame.draw.rect(surface, theme.bg_alt, (0, H - BOTTOM_H, W, BOTTOM_H))
        pygame.draw.line(surface, theme.line, (0, H - BOTTOM_H), (W, H - BOTTOM_H), 1)

    def default_focus(self):
        return self.find("next")

    def announcement(self) -> list[str]:
        """The screen-reader mirror (:mod:`game.ui.speech`): score, spot-the-difference, the lean in
        words, the techniques, what next - the same sentences the panels show."""
        from game.ui.speech import sentence
        ctx, r = self.ctx, self.report
        tr = ctx.tr
        parts = [tr("Results") + ": " + sentence(ctx.text.level(self.level, "title")),
                 tr("Score") + ": " + sentence(tr("{score} of {max}", score=r["score"], max=r["max_score"])),
                 tr("Spot the difference") + ": " + sentence(tr("{n} out of 100", n=round(r["discernment_score"]))),
                 tr("Your lean") + ": " + tr(LEANS[r["lean"]])]
        if not (tr.reviewed and ctx.text.reviewed(self.level)):
            parts.insert(1, tr(UNREVIEWED))
        if r["misses"]:
            parts.append(tr.ngettext("You trusted {n} manipulative post that you should have doubted.",
                                     "You trusted {n} manipulative posts that you should have doubted.",
                                     r["misses"], n=r["misses"]))
        if r["false_alarms"]:
            parts.append(tr.ngettext("You doubted {n} honest post that you could have trusted.",
                                     "You doubted {n} honest posts that you could have trusted.",
                                     r["false_alarms"], n=r["false_alarms"]))
        for tid, t in r["techniques"].items():
            if t["spotted"] + t["missed"] + t["false_tags"] > 0:
                parts.append(tr("{name}: {stars} of 3 stars", name=ctx.text.technique(tid, "name"), stars=t["stars"])
                             + ", " + sentence(tr("spotted {spotted} · missed {missed} · tagged where it was not {false}",
                                                  spotted=t["spotted"], missed=t["missed"], false=t["false_tags"])))
        weakest, _level = practise_next(ctx, self.level, r)
        if weakest is not None:
            parts.append(tr("What to practise next") + ": " + ctx.text.technique(weakest, "name"))
        labels = [resolve(w.label, tr) for w in self.focusables() if w.key in ("next", "again", "practise")]
        parts.append(tr("Buttons: {labels}", labels="; ".join(labels)))
        return parts

    # -- actions --------------------------------------------------------------------------------
    def next(self):
        return flow.after_results(self.ctx, self.run)

    def again(self):
        return home(self.ctx, flow.briefing(self.ctx, Run.single(self.level.id)))

    def play(self, level):
        return home(self.ctx, flow.briefing(self.ctx, Run.single(level.id)))

    def to_map(self):
        from game.ui.scenes.title import TitleScene
        return Reset(TitleScene(self.ctx)) if self.run.playlist else home(self.ctx)

    def back(self):
        return self.to_map()


def home(ctx, scene=None) -> Reset:
    """Back to the map (the title below it), optionally with ``scene`` on top."""
    from game.ui.scenes.level_map import MapScene
    from game.ui.scenes.title import TitleScene
    if scene is None:
        return Reset(MapScene(ctx), (TitleScene(ctx),))
    return Reset(scene, (TitleScene(ctx), MapScene(ctx)))
