"""The end of a teacher's assignment: what the student did, and the results to hand in.

Left: every step of the assignment with its score and spot-the-difference number (and the change
from the check before to the check after). Right: an optional nickname, "Download results" (a JSON
file and a CSV file) and "Copy results code", with the code itself always on screen so it can be
written down on paper. Files and code come from :mod:`game.core.results` and go through
:mod:`game.web.runtime`: in the browser the browser saves the files and the clipboard gets the
code; natively the files are written to the current folder (or ``LUPA_DOWNLOAD_DIR``) and the
screen shows where.

Nothing is sent anywhere, and the results hold no personal data beyond the nickname, if the
student types one; the screen says so.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

import pygame

from game.core.results import MAX_NICKNAME, encode_code, make_results, to_csv, to_json
from game.ui.layout import Flow
from game.ui.scene import TOPBAR_H, H, W, Reset, Scene
from game.ui.textfield import EDIT_KEYS, TextField
from game.ui.widgets import Button, ScrollArea, msg, nmsg, resolve
from game.web import runtime

BOTTOM_H = 88
PHASES = {"pre": msg("Check before"), "post": msg("Check after"), None: msg("Practice")}


class FinishScene(Scene):
    name = "finish"

    def __init__(self, ctx, run, today: _dt.date | None = None):
        super().__init__(ctx)
        self.run = run
        self.title = msg("Assignment complete")
        self.date = today or _dt.date.today()
        self.field = TextField((0, 0, 0, 0), msg("For example your first name"), key="nickname",
                               limit=MAX_NICKNAME)
        self.status: tuple[str, object] | None = None   # (icon, label) after Download or Copy
        self.saved: list[str] = []                      # what Download wrote (paths natively)
        self._code: tuple[str, str] | None = None       # (nickname, code)
        self.status_block = None

    # -- the results ------------------------------------------------------------------------------
    def entries(self) -> list[tuple]:
        """(phase, report, level) for each finished step, in the order played."""
        played = self.run.played or [{"phase": None, "report": r} for r in self.run.reports.values()]
        out = []
        for entry in played:
            report = entry["report"]
            level = self.ctx.library.find(report.get("level", ""))
            if level is not None:
                out.append((entry.get("phase"), report, level))
        return out

    def results(self):
        return make_results(self.entries(), assignment=self.run.name, lang=self.ctx.tr.locale,
                            nickname=self.field.text, date=self.date)

    @property
    def code(self) -> str:
        if self._code is None or self._code[0] != self.field.text:
            self._code = (self.field.text, encode_code(self.results()))
        return self._code[1]

    def file_stem(self) -> str:
        words = [self.run.name, self.field.text, self.date.isoformat()]
        slug = "-".join(re.sub(r"[^a-z0-9]+", "-", w.lower()).strip("-") for w in words if w)
        return "lupa-results-" + re.sub(r"-+", "-", slug).strip("-")

    # -- layout -----------------------------------------------------------------------------------
    def layout(self) -> None:
        ctx = self.ctx
        self.scroll = ScrollArea((0, TOPBAR_H, W, H - TOPBAR_H - BOTTOM_H))
        two = ctx.fonts.scale <= 1.25
        left_w = 500 if two else W - 240
        x = 80 if two else 120
        f = Flow(self, x, left_w, 22, self.scroll)
        self._summary(f)
        if two:
            left_end = f.y
            f = Flow(self, x + left_w + 28, W - 80 - (x + left_w + 28), 22, self.scroll)
        self._hand_in(f)
        if two:
            f.y = max(f.y, left_end)
        f.finish()
        bw = min(420, max(240, ctx.fonts.width("button", ctx.tr("Done")) + 120))
        self.add(Button((W - 80 - bw, H - BOTTOM_H + 16, bw, BOTTOM_H - 32), msg("Done"), self.done, icon="check",
                        style="primary", key="done"))

    def _summary(self, f: Flow) -> None:
        ctx, run = self.ctx, self.run
        title = msg("You finished “{name}”", name=run.name) if run.name else msg("You finished the assignment")
        f.text(title, "h1", "ink", gap=6)
        entries = self.entries()
        f.text(nmsg("{n} step, done on {date}", "{n} steps, done on {date}", len(entries),
                    date=self.date.isoformat()), "small", "muted", gap=18)
        b, inner = f.begin_panel("card", "line")
        inner.text(msg("Your results"), "small_bold", "accent", gap=10)
        for i, (phase, report, level) in enumerate(entries):
            if i:
                inner.rule(gap=8)
            inner.text(lambda ph=phase, lv=level: resolve(PHASES.get(ph, PHASES[None]), ctx.tr) + " · "
                       + ctx.text.level(lv, "title"), "small_bold", "ink", gap=2)
            inner.text(msg("{score} of {max} points · spot the difference {n} of 100", score=report["score"],
                           max=report["max_score"], n=round(report["discernment_score"])), "small", "muted", gap=6)
        pre = next((r for p, r, _lv in entries if p == "pre"), None)
        post = next((r for p, r, _lv in entries if p == "post"), None)
        if pre and post:
            inner.rule(gap=10)
            inner.icon_text("star", msg("Spot the difference: {before} before, {after} after.",
                                        before=round(pre["discernment_score"]), after=round(post["discernment_score"])),
                            "body_bold", "ink", icon_colour="star", gap=4)
        f.end_panel(b, inner)

    def _hand_in(self, f: Flow) -> None:
        ctx = self.ctx
        b, inner = f.begin_panel("card", "accent")
        inner.text(msg("Hand in your results"), "h2", "ink", gap=4)
        inner.text(msg("Give the results file or the code to your teacher, the way they asked."), "small", "muted",
                   gap=10)
        inner.text(msg("Nickname (optional)"), "small_bold", "ink", gap=4)
        inner.widget(self.field, gap=8)
        inner.icon_text("info", msg("The results hold your scores, the assignment name, the language and the date - "
                                    "and this nickname if you type one. Nothing else about you, and nothing is "
                                    "sent anywhere."), "tiny", "muted", icon_colour="muted", gap=12)
        half = (inner.width - 12) // 2
        top = inner.y
        download = Button((0, 0, 0, 0), msg("Download results"), self.download, icon="download", style="primary",
                          key="download", align="left")
        copy = Button((0, 0, 0, 0), msg("Copy results code"), self.copy, icon="copy", key="copy", align="left")
        h = max(56, download.preferred_height(ctx, half), copy.preferred_height(ctx, half))
        inner.widget(download, gap=0, width=half, height=h)
        inner.y = top
        inner.widget(copy, gap=12, width=half, height=h, x=inner.x + half + 12)
        self.status_block = None
        if self.status is not None:  # right under the buttons, where the eye already is
            icon, label = self.status
            self.status_block = inner.icon_text(icon, label, "small", "ink",
                                                icon_colour="legit" if icon == "check" else "warn", gap=12)
        inner.text(msg("Your results code"), "small_bold", "accent", gap=4)
        code_h = ctx.fonts.block_height(self.code.replace("-", " "), "body_bold", inner.width - 28) + 20
        inner.custom(code_h, self._draw_code, gap=10)
        f.end_panel(b, inner)

    def ensure_layout(self) -> None:
        relayout = self._look != self.ctx.look
        super().ensure_layout()
        if relayout and self.status_block is not None and self.scroll is not None:
            self.scroll.ensure_visible(self.status_block.rect)  # a new status is always in view

    def _draw_code(self, surf, rect, ctx) -> None:
        theme = ctx.theme
        pygame.draw.rect(surf, theme.card_alt, rect, border_radius=10)
        pygame.draw.rect(surf, theme.line, rect, 1, border_radius=10)
        # groups of five separated by spaces so a long code wraps between groups (the reader
        # accepts spaces as well as dashes, so it can be typed back either way)
        img = ctx.cache.block(self.code.replace("-", " "), "body_bold", theme.ink, rect.w - 28)
        surf.blit(img, (rect.x + 14, rect.y + 10))

    def draw_scene(self, surface) -> None:
        super().draw_scene(surface)
        theme = self.ctx.theme
        pygame.draw.rect(surface, theme.bg_alt, (0, H - BOTTOM_H, W, BOTTOM_H))
        pygame.draw.line(surface, theme.line, (0, H - BOTTOM_H), (W, H - BOTTOM_H), 1)
        self.draw_bar_note(surface, self.ctx.tr("You can come back here with “Continue where you stopped”."),
                           "small", theme.muted, BOTTOM_H)

    def topbar_right(self):
        return (lambda: self.run.name) if self.run.name else None

    def default_focus(self):
        return self.find("download")

    def announcement(self) -> list[str]:
        """The screen-reader mirror (:mod:`game.ui.speech`)."""
        from game.ui.speech import sentence
        ctx = self.ctx
        tr = ctx.tr
        name = self.run.name
        parts = [tr("Assignment complete") + ": " + (tr("You finished “{name}”", name=name) if name
                                                     else tr("You finished the assignment")) + "."]
        for phase, report, level in self.entries():
            parts.append(resolve(PHASES.get(phase, PHASES[None]), tr) + ": " + sentence(ctx.text.level(level, "title"))
                         + " " + sentence(tr("{score} of {max} points · spot the difference {n} of 100",
                                             score=report["score"], max=report["max_score"],
                                             n=round(report["discernment_score"]))))
        parts.append(tr("Give the results file or the code to your teacher, the way they asked."))
        parts.append(tr("The results hold your scores, the assignment name, the language and the date - "
                        "and this nickname if you type one. Nothing else about you, and nothing is sent anywhere."))
        parts.append(tr("Buttons: {labels}", labels="; ".join(
            [tr("Nickname (optional)"), tr("Download results"), tr("Copy results code"), tr("Done")])))
        if self.status is not None:
            parts.append(resolve(self.status[1], tr))
        return parts

    # -- input ------------------------------------------------------------------------------------
    def handle(self, event):
        if event.type == pygame.TEXTINPUT:
            self.ensure_layout()
            if self.field.active and self.field.insert(event.text):
                self.typed()
            return None
        return super().handle(event)

    def on_key(self, event):
        if not self.field.active:
            return None
        key = event.key
        if key in EDIT_KEYS:
            if self.field.edit(key):
                self.typed()
            return True
        if key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_ESCAPE):
            self.leave_field()
            return True
        if key == pygame.K_TAB:
            return None      # Tab moves on as everywhere
        return True          # letters, digits and Space arrive as TEXTINPUT; no hotkeys while typing

    def typed(self) -> None:
        """The nickname changed: the code and the files change with it, so anything said is stale."""
        self.status = None
        self._look = None    # lay out again: the code box may need another line
        self.dirty = True

    def leave_field(self):
        self.set_focus(self.find("download"))
        self.dirty = True
        return False

    def set_focus(self, w) -> None:
        super().set_focus(w)
        if w is self.field and not self.field.active:
            self.field.start()
            self.damage_widget(self.field)
        elif w is not self.field and self.field.active:
            self.field.stop()
            self.damage_widget(self.field)

    def on_click_empty(self, pos):
        if self.field.active:
            self.set_focus(None)
        return None

    # -- actions ----------------------------------------------------------------------------------
    def download(self):
        results = self.results()
        stem = self.file_stem()
        saved = [runtime.download(stem + ".json", to_json(results), "application/json"),
                 runtime.download(stem + ".csv", to_csv(results), "text/csv")]
        if None in saved:
            self.status = ("warn", msg("The results could not be saved here. Copy the results code instead, or "
                                       "write it down."))
            self.saved = []
        else:
            self.saved = [str(Path(p).resolve()) if not runtime.in_browser() else p for p in saved]
            if runtime.in_browser():
                self.status = ("check", msg("Your browser saved {json} and {csv} (usually in Downloads).",
                                            json=self.saved[0], csv=self.saved[1]))
            else:
                self.status = ("check", msg("Saved {json} and {csv}.", json=self.saved[0], csv=Path(self.saved[1]).name))
        self._look = None
        return True

    def copy(self):
        code = self.code
        if runtime.copy_text(code):
            self.status = ("check", msg("Copied the results code {code}. Paste it where your teacher asked.",
                                        code=code))
        else:
            self.status = ("warn", msg("This device could not copy the code. Write it down instead: {code}",
                                       code=code))
        self._look = None
        return True

    def done(self):
        from game.ui.scenes.title import TitleScene
        self.field.stop()
        return Reset(TitleScene(self.ctx))

    def back(self):
        return self.done()
