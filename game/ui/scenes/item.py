"""The desk: one item card, the verification toolbar, the call, and the technique palette.

Left: the post as it would appear in a feed (it scrolls when the text does not fit). Right, first
phase: the four moves fact-checkers make (check the source, reverse-search the image, check the
date, search other outlets) - each reveals the item's clue when it has one, is recorded in the
report and never costs points - and the two calls. Calling "Manipulative" opens the technique
palette (multi-select, number keys 1-9 and 0) with Confirm; Esc goes back one step.
"""

from __future__ import annotations

import pygame

from game.core.schema import CLUE_TOOLS
from game.ui import flow
from game.ui.card import card_announcement, layout_card
from game.ui.icons import technique_icon
from game.ui.layout import Flow
from game.ui.scene import TOPBAR_H, H, W, Pop, Replace, Scene
from game.ui.widgets import Button, ScrollArea, button_width, msg
from game.ui.words import TOOL_ICONS, TOOLS

CARD_X, CARD_W = 36, 716
PANEL_X = CARD_X + CARD_W + 28
PANEL_W = W - PANEL_X - 28
NUMBER_KEYS = [pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4, pygame.K_5, pygame.K_6, pygame.K_7, pygame.K_8,
               pygame.K_9, pygame.K_0]
KEYPAD = [pygame.K_KP1, pygame.K_KP2, pygame.K_KP3, pygame.K_KP4, pygame.K_KP5, pygame.K_KP6, pygame.K_KP7,
          pygame.K_KP8, pygame.K_KP9, pygame.K_KP0]
SLIDE_S = 0.22


class ItemScene(Scene):
    name = "item"

    def __init__(self, ctx, run, session):
        super().__init__(ctx)
        self.run, self.session = run, session
        self.level = session.level
        self.item = session.current
        self.phase = "read"          # "read": tools and the call; "tag": technique palette
        self.chosen: list[str] = []
        self.revealed: list[str] = list(session.tools_used.get(self.item.id, []))
        self.title = lambda: ctx.text.level(self.level, "title")
        self.anim = 0.0 if ctx.reduced_motion else 1.0
        self.animating = self.anim > 0

    # -- layout ---------------------------------------------------------------------------------
    def layout(self) -> None:
        ctx = self.ctx
        self.add_back(msg("Levels"))
        self.scroll = ScrollArea((CARD_X - 8, TOPBAR_H + 8, CARD_W + 16, H - TOPBAR_H - 8))
        f = Flow(self, CARD_X + 8, CARD_W, 16, self.scroll)
        b, inner = f.begin_panel("card", "line", shadow=True, pad=26, radius=18)
        layout_card(inner, ctx, self.level, self.item)
        f.end_panel(b, inner, gap=18)
        tips = Flow(self, CARD_X + 24, CARD_W - 32, f.y, self.scroll)
        tips.icon_text("lupa", msg("Read it like a fact-checker: who is behind it, when was it made, and does "
                                   "anyone else report it?"), "small", "muted", gap=6, icon_colour="muted")
        tips.icon_text("info", msg("Keys: Tab or arrows to move, Enter to choose, M or L to call, Esc to go back."),
                       "small", "muted", gap=6, icon_colour="muted")
        f.y = tips.y
        f.finish(bottom_pad=16)
        pinned = self._pinned_buttons()
        label_h = ctx.fonts.get("small_bold").get_linesize() + 6 if self.phase == "read" else 0
        top = min(w.rect.y for w in pinned) - label_h - 12
        self.panel = ScrollArea((PANEL_X - 8, TOPBAR_H + 8, PANEL_W + 16, top - TOPBAR_H - 8))
        p = Flow(self, PANEL_X, PANEL_W, 14, self.panel)
        if self.phase == "read":
            self._layout_read(p)
        else:
            self._layout_tag(p)
        p.finish(bottom_pad=8)
        self.widgets.sort(key=lambda w: w in pinned)  # focus order: tools/palette first, then the calls
        self.pin_top = top

    def _pinned_buttons(self) -> list:
        """The call (or Back/Confirm) buttons, fixed at the bottom of the right column."""
        ctx = self.ctx
        if self.phase == "read":
            manip = Button((PANEL_X, 0, PANEL_W, 0), msg("Manipulative"), self.call_manipulative, icon="warn",
                           style="manip", key="manipulative", badge="M", hotkeys=(pygame.K_m,), align="left")
            legit = Button((PANEL_X, 0, PANEL_W, 0), msg("Looks legitimate"), self.call_legitimate, icon="check",
                           style="legit", key="legitimate", badge="L", hotkeys=(pygame.K_l,), align="left")
            buttons = [manip, legit]
            h = max(56, max(b.preferred_height(ctx, PANEL_W) for b in buttons))
            y = H - 16 - 2 * h - 10
            for b in buttons:
                b.rect.y, b.rect.h = y, h
                y += h + 10
        else:
            half = (PANEL_W - 12) // 2
            back = Button((PANEL_X, 0, half, 0), msg("Back"), self.untag, icon="back", key="untag")
            confirm = Button((PANEL_X + half + 12, 0, half, 0),
                             lambda: ctx.tr("Confirm ({n} chosen)", n=len(self.chosen)),
                             self.confirm, icon="check", style="primary", key="confirm")
            buttons = [back, confirm]
            # side by side when both labels fit on one line (with the widest count); else stacked,
            # full width, so a long word ("Konfirmo (zgjedhur: 2)") is never cut in the middle
            widest = max(button_width(ctx, back.label),
                         button_width(ctx, lambda: ctx.tr("Confirm ({n} chosen)", n=88)))
            if widest <= half:
                h = max(56, max(b.preferred_height(ctx, half) for b in buttons))
                for b in buttons:
                    b.rect.y, b.rect.h = H - 16 - h, h
            else:
                h = max(56, max(b.preferred_height(ctx, PANEL_W) for b in buttons))
                for i, b in enumerate((confirm, back)):
                    b.rect.x, b.rect.w = PANEL_X, PANEL_W
                    b.rect.y, b.rect.h = H - 16 - h - i * (h + 10), h
        for b in buttons:
            self.add(b)
        return buttons

    def _layout_read(self, p: Flow) -> None:
        ctx = self.ctx
        p.text(msg("Check before you call"), "h3", "ink", gap=2)
        p.text(msg("The moves fact-checkers make. Using them never costs points."), "small", "muted", gap=10)
        cols = 2 if ctx.fonts.scale <= 1.0 else 1
        gap = 12
        bw = (PANEL_W - gap * (cols - 1)) // cols
        tools = list(CLUE_TOOLS)
        for row in range(0, len(tools), cols):
            top = p.y
            heights = []
            for i, tool in enumerate(tools[row:row + cols]):
                used = tool in self.revealed
                b = Button((0, 0, bw, 0), msg(TOOLS[tool][0]), lambda tool=tool: self.use_tool(tool),
                           icon=TOOL_ICONS[tool], key=f"tool:{tool}", role="small_bold", align="left",
                           selected=True if used else None)
                p.y = top
                p.widget(b, gap=0, width=bw, x=PANEL_X + i * (bw + gap))
                heights.append(b.rect.h)
            for w in self.widgets[-len(heights):]:
                w.rect.h = max(heights)
            p.y = top + max(heights) + gap
        if self.revealed:
            bl, inner = p.begin_panel("card_alt", "line", shadow=False, pad=14, radius=12)
            inner.text(msg("Your notes"), "small_bold", "accent", gap=6)
            for tool in self.revealed:
                clue = ctx.text.clue(self.level, self.item, tool)
                label = (lambda tool=tool: ctx.text.clue(self.level, self.item, tool)) if clue else \
                    msg("{tool}: nothing to add for this post.", tool=ctx.tr(TOOLS[tool][0]))
                inner.icon_text(TOOL_ICONS[tool], label, "small", "ink", gap=6, icon_colour="muted")
            p.end_panel(bl, inner, gap=14)
        else:
            p.space(6)

    def _layout_tag(self, p: Flow) -> None:
        p.text(msg("Which tricks do you see?"), "h3", "ink", gap=2)
        p.text(msg("Pick all that apply, then confirm. Number keys work too."), "small", "muted", gap=10)
        for i, tid in enumerate(self.session.palette):
            keys = (NUMBER_KEYS[i], KEYPAD[i]) if i < len(NUMBER_KEYS) else ()
            label = (lambda tid=tid: self.ctx.text.technique(tid, "name"))
            b = Button((0, 0, 0, 0), label, lambda tid=tid: self.toggle(tid), icon=technique_icon(tid),
                       key=f"technique:{tid}", selected=tid in self.chosen, role="small_bold", align="left",
                       badge=str((i + 1) % 10) if i < 10 else "", hotkeys=keys)
            p.widget(b, gap=8)
            b.rect.h = max(42, b.rect.h - 10)
            p.y = b.rect.bottom + 6

    def scroll_areas(self):
        return [self.scroll, self.panel]

    def default_focus(self):
        if self.phase == "tag":
            return self.find(f"technique:{self.session.palette[0]}") if self.session.palette else self.find("confirm")
        return self.find("tool:source")

    def topbar_right(self):
        return msg("Post {i} of {n}", i=self.session.position + 1, n=len(self.session.order))

    def announcement(self) -> list[str]:
        """The screen-reader mirror (:mod:`game.ui.speech`): where we are, the post, the notes
        revealed so far, then the call or the palette with its number keys."""
        ctx = self.ctx
        tr = ctx.tr
        parts = [tr("Post {i} of {n}", i=self.session.position + 1, n=len(self.session.order))
                 + " · " + ctx.text.level(self.level, "title")]
        parts += card_announcement(ctx, self.level, self.item)
        for tool in self.revealed:
            clue = ctx.text.clue(self.level, self.item, tool)
            parts.append(tr("{tool}: {clue}", tool=tr(TOOLS[tool][0]), clue=clue) if clue else
                         tr("{tool}: nothing to add for this post.", tool=tr(TOOLS[tool][0])))
        if self.phase == "read":
            parts.append(tr("Your call: Manipulative (key M) or Looks legitimate (key L). Fact-checking tools: "
                            "{tools}.", tools=", ".join(tr(TOOLS[t][0]) for t in TOOLS)))
            return parts
        parts.append(tr("Which tricks do you see? Pick all that apply, then confirm. Number keys work too."))
        for i, tid in enumerate(self.session.palette):
            name = ctx.text.technique(tid, "name")
            key = str((i + 1) % 10) if i < 10 else ""
            chosen = tid in self.chosen
            if key:
                parts.append(tr("{key}: {name}, chosen", key=key, name=name) if chosen else
                             tr("{key}: {name}", key=key, name=name))
            else:
                parts.append(tr("{name}, chosen", name=name) if chosen else name)
        return parts

    # -- actions --------------------------------------------------------------------------------
    def use_tool(self, tool: str):
        self.session.use_tool(tool)
        if tool not in self.revealed:
            self.revealed.append(tool)
            self.ctx.sound.play("reveal")
        self.relayout()
        return True

    def call_manipulative(self):
        self.phase = "tag"
        self.relayout(focus_default=True)
        self.panel.scroll_to(0)
        return True

    def call_legitimate(self):
        return self._answer("legitimate", [])

    def toggle(self, tid: str):
        if tid in self.chosen:
            self.chosen.remove(tid)
        else:
            self.chosen.append(tid)
        self.ctx.sound.play("select")
        chip = self.find(f"technique:{tid}")
        chip.selected = tid in self.chosen
        self.damage_widget(chip)  # only the chip and the Confirm count change
        self.damage_widget(self.find("confirm"))
        return False

    def untag(self):
        self.phase = "read"
        self.relayout(focus="manipulative")
        return True

    def confirm(self):
        return self._answer("manipulative", list(self.chosen))

    def _answer(self, verdict: str, techniques: list[str]):
        result = self.session.answer(verdict, techniques)
        return Replace(flow.after_answer(self.ctx, self.run, self.session, result))

    def relayout(self, focus: str | None = None, focus_default: bool = False) -> None:
        self.ensure_layout()
        keep = focus or (self.focus.key if self.focus else None)
        offset = self.panel.offset
        card = self.scroll.offset
        self.widgets, self.blocks = [], []
        self.layout()
        self.panel.scroll_to(offset)
        self.scroll.scroll_to(card)
        self.focus = self.default_focus() if focus_default else (self.find(keep) if keep else None) or \
            self.default_focus()
        if self.focus is not None and self.focus.scroll is not None:
            self.focus.scroll.ensure_visible(self.focus.rect)
        self.dirty = True

    def back(self):
        if self.phase == "tag":
            return self.untag()
        return Pop()

    # -- frame ----------------------------------------------------------------------------------
    def update(self, dt: float):
        super().update(dt)
        if dt < 1.0:  # long gaps (tab hidden, laptop asleep) are not reading time
            self.session.add_time(dt)
        if self.anim > 0:
            self.anim = max(0.0, self.anim - dt / SLIDE_S)
            self.dirty = True
        self.animating = self.anim > 0  # also when the slide was cut short from outside (anim set to 0)
        return None

    def draw_scene(self, surface) -> None:
        self._draw(surface)
        label = msg("Your call") if self.phase == "read" else None
        if label is not None:
            img = self.ctx.cache.line(self.ctx.tr(label.msgid), "small_bold", self.ctx.theme.muted)
            surface.blit(img, (PANEL_X, self.pin_top + 8))

    def _draw(self, surface) -> None:
        if self.anim > 0:  # slide the new card in from the right (off with reduced motion)
            self.scroll.dx = int(80 * self.anim * self.anim)
            super().draw_scene(surface)
            self.scroll.dx = 0
            return
        super().draw_scene(surface)
