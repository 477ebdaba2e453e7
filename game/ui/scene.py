"""The scene protocol, transitions, and the input handling every scene shares.

A scene has ``handle(event)``, ``update(dt)`` and ``draw(surface)``; the first two may return a
transition (push, pop, replace, reset, quit) that the app applies. Scenes keep a ``dirty`` flag:
the app draws only when it is set, so an idle screen costs no drawing at all.

Input, the same in every scene:
- mouse: hover highlights, click activates (on release over the same widget), wheel scrolls;
- touch: a tap activates, a drag scrolls (SDL's synthetic mouse events for touches are ignored
  so a tap counts once);
- keyboard: Tab / Shift+Tab and the arrow keys move the focus ring (arrows pick the nearest
  widget in that direction), Enter or Space activates, Page Up/Down scroll, Esc goes back, and
  widgets may have hotkeys (number keys in the technique palette).
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.layout import draw_blocks
from game.ui.theme import LOGICAL_SIZE
from game.ui.widgets import Button, Label, ScrollArea, Widget, focus_ring, msg, resolve

W, H = LOGICAL_SIZE
TOPBAR_H = 60


MERGE_SLACK = 80_000  # px: repainting this much more costs about what one more clipped pass over the scene does
MERGE_COVER = 0.6     # one pass for all when the rectangles already cover this share of their union


def merge_rects(rects: list) -> list:
    """Fewer, larger damage rectangles: each rectangle is one clipped pass over the whole scene,
    so overlapping or nearby ones are joined when their union adds little area."""
    out = [pygame.Rect(r) for r in rects if r.w > 0 and r.h > 0]
    merged = True
    while merged and len(out) > 1:
        merged = False
        for i in range(len(out)):
            a = out[i]
            for j in range(i + 1, len(out)):
                b = out[j]
                u = a.union(b)
                if u.w * u.h <= a.w * a.h + b.w * b.h + MERGE_SLACK:
                    out[i] = u
                    del out[j]
                    merged = True
                    break
            if merged:
                break
    if len(out) > 1:
        union = out[0].unionall(out[1:])
        if sum(r.w * r.h for r in out) >= MERGE_COVER * union.w * union.h:
            return [union]
    return out


class Transition:
    pass


@dataclass
class Push(Transition):
    scene: "Scene"


@dataclass
class Pop(Transition):
    pass


@dataclass
class Replace(Transition):
    scene: "Scene"


@dataclass
class Reset(Transition):
    """Replace the whole stack: ``below`` (bottom first), then ``scene`` on top."""
    scene: "Scene"
    below: tuple = ()


@dataclass
class Quit(Transition):
    pass


ACTIVATE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)
ARROWS = {pygame.K_LEFT: (-1, 0), pygame.K_RIGHT: (1, 0), pygame.K_UP: (0, -1), pygame.K_DOWN: (0, 1)}
DRAG_THRESHOLD = 12


class Scene:
    """Base class: widgets, focus, scrolling, the top bar and dirty tracking."""

    name = "scene"
    title: Label = None

    def __init__(self, ctx):
        self.ctx = ctx
        self.widgets: list[Widget] = []
        self.blocks: list = []
        self.focus: Widget | None = None
        self.hover: Widget | None = None
        self.pressed: Widget | None = None
        self.scroll: ScrollArea | None = None      # the main scrollable region, if any
        self.dirty = True               # redraw everything
        self.damage: list = []          # or only these screen rectangles
        self.scroll_ops: list = []      # (area, dy) pixel scrolls waiting for the next draw
        self.animating = False
        self._look = None
        self._touch: dict | None = None

    # -- layout ---------------------------------------------------------------------------------
    def ensure_layout(self) -> None:
        if self._look != self.ctx.look:
            keep = self.focus.key if self.focus else None
            offset = self.scroll.offset if self.scroll else 0
            self._look = self.ctx.look
            self.widgets = []
            self.blocks = []
            self.layout()
            self.focus = self.find(keep) if keep else None
            if self.focus is None:
                self.focus = self.default_focus()
            if self.scroll:
                self.scroll.scroll_to(offset)
            self.scroll_ops = []
            self.hover = None
            self.dirty = True

    def layout(self) -> None:
        """Build ``self.widgets`` for the current text size and language."""

    def default_focus(self) -> Widget | None:
        return next(iter(self.focusables()), None)

    def add(self, widget: Widget) -> Widget:
        self.widgets.append(widget)
        return widget

    def find(self, key: str) -> Widget | None:
        return next((w for w in self.widgets if w.key == key), None)

    def focusables(self) -> list[Widget]:
        return [w for w in self.widgets if w.focusable and w.enabled]

    def add_back(self, label: Label = None, on_press=None) -> Button:
        label = label or msg("Back")
        width = min(260, max(120, self.ctx.fonts.width("chrome", resolve(label, self.ctx.tr)) + 80))
        return self.add(Button((16, 10, width, TOPBAR_H - 20), label, on_press or self.back, icon="back",
                               style="topbar", key="back", role="chrome", badge=""))

    # -- protocol -------------------------------------------------------------------------------
    def handle(self, event):
        self.ensure_layout()
        t = event.type
        if t == pygame.KEYDOWN:
            if not self.ctx.keyboard_mode:
                self.ctx.keyboard_mode = True
                self.damage_widget(self.focus)  # the focus ring appears
            return self._key(event)
        if t in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP) and getattr(event, "touch", False):
            return None  # SDL's mouse copy of a touch: the FINGER events handle it
        if t == pygame.MOUSEMOTION:
            self._set_hover(self.widget_at(event.pos))
            return None
        if t == pygame.MOUSEBUTTONDOWN and event.button == 1:
            if self.ctx.keyboard_mode:
                self.ctx.keyboard_mode = False
                self.damage_widget(self.focus)  # the focus ring goes
            self.pressed = self.widget_at(event.pos)
            if self.pressed is None:
                return self.on_click_empty(event.pos)
            return None
        if t == pygame.MOUSEBUTTONUP and event.button == 1:
            target, self.pressed = self.pressed, None
            if target is not None and target is self.widget_at(event.pos):
                return self.press(target)
            return None
        if t == pygame.MOUSEWHEEL:
            area = self.scroll_at(pygame.mouse.get_pos()) or self.scroll
            if area:
                self.scroll_area_to(area, area.offset - event.y * ScrollArea.STEP)
            return None
        if t in (pygame.FINGERDOWN, pygame.FINGERMOTION, pygame.FINGERUP):
            return self._finger(event)
        if t in (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED, pygame.WINDOWSIZECHANGED, pygame.VIDEOEXPOSE,
                 pygame.WINDOWFOCUSGAINED):
            self.dirty = True
        return None

    def update(self, dt: float):
        self.ensure_layout()
        return None

    def draw(self, surface: pygame.Surface) -> None:
        self.ensure_layout()
        self.draw_scene(surface)
        self.draw_widgets(surface)
        if self.focus is not None and self.ctx.keyboard_mode:
            self.draw_focus(surface)
        self.dirty = False

    # -- hooks for subclasses ---------------------------------------------------------------------
    topbar = True

    def draw_scene(self, surface) -> None:
        surface.fill(self.ctx.theme.bg)
        self.draw_backdrop(surface)
        draw_blocks(surface, self.blocks, self.ctx)
        for area in self.scroll_areas():
            area.draw_bar(surface, self.ctx.theme)
        if self.topbar and surface.get_clip().top < TOPBAR_H:
            self.draw_topbar(surface, self.topbar_right())

    def draw_backdrop(self, surface) -> None:
        """Anything drawn under the blocks (illustrations)."""

    def topbar_right(self) -> Label:
        return None

    def scroll_areas(self) -> list[ScrollArea]:
        return [self.scroll] if self.scroll else []

    def on_key(self, event):
        """Scene-specific keys; return a transition, True when handled, or None."""
        return None

    def on_click_empty(self, pos):
        return None

    def back(self):
        return Pop()

    # -- shared drawing ---------------------------------------------------------------------------
    def draw_topbar(self, surface, right: Label = None) -> None:
        theme, cache = self.ctx.theme, self.ctx.cache
        pygame.draw.rect(surface, theme.topbar, (0, 0, W, TOPBAR_H))
        if theme.name == "high-contrast":
            pygame.draw.line(surface, theme.line, (0, TOPBAR_H - 1), (W, TOPBAR_H - 1), 2)
        back = self.find("back")
        x = (back.rect.right + 24) if back else 24
        if self.title is not None:
            img = cache.line(resolve(self.title, self.ctx.tr), "topbar", theme.on_topbar)
            surface.blit(img, (x, (TOPBAR_H - img.get_height()) // 2))
        if right is not None:
            img = cache.line(resolve(right, self.ctx.tr), "chrome", theme.on_topbar)
            surface.blit(img, (W - 24 - img.get_width(), (TOPBAR_H - img.get_height()) // 2))

    def draw_bar_note(self, surface, text: str, role: str, colour, bar_h: int, left: int = 80) -> None:
        """A note in the bottom bar, left of its buttons: wrapped to the room there, and left out
        when it cannot fit (long languages at large text) rather than drawn under a button."""
        right = min((w.rect.x for w in self.widgets if w.scroll is None and w.rect.y >= H - bar_h), default=W - left)
        width = right - 16 - left
        if width < 80:
            return
        fonts = self.ctx.fonts
        if fonts.width(role, text) <= width:
            img = self.ctx.cache.line(text, role, colour)
        elif fonts.block_height(text, role, width) <= bar_h - 12:
            img = self.ctx.cache.block(text, role, colour, width)
        else:
            return
        surface.blit(img, (left, H - bar_h // 2 - img.get_height() // 2))

    def draw_widgets(self, surface) -> None:
        clip = surface.get_clip()
        for w in self.widgets:
            r = w.screen_rect().inflate(8, 16)  # with the hover lift and the shadow below
            if not r.colliderect(clip):
                continue  # outside the area being redrawn
            if w.scroll is not None:
                if not r.colliderect(w.scroll.view):
                    continue  # (a widget just above the view still shows its shadow inside it)
                surface.set_clip(w.scroll.view.clip(clip))
            w.draw(surface, self.ctx, w is self.hover)
            if w.scroll is not None:
                surface.set_clip(clip)

    def draw_focus(self, surface) -> None:
        w = self.focus
        clip = surface.get_clip()
        if w.scroll is not None:
            surface.set_clip(w.scroll.view.inflate(14, 14).clip(clip))
        focus_ring(surface, w.screen_rect(), self.ctx.theme)
        surface.set_clip(clip)

    # -- partial redraws --------------------------------------------------------------------------
    def damage_widget(self, w: Widget | None) -> None:
        """Redraw only around ``w`` (hover and focus changes) instead of the whole screen."""
        if w is None:
            return
        r = w.screen_rect().inflate(28, 28)
        if w.scroll is not None:
            r = r.clip(w.scroll.view.inflate(16, 16))
        self.damage.append(r)

    def scroll_area_to(self, area: ScrollArea, offset: int) -> None:
        """Scroll ``area``; the pixels already on screen are moved and only the uncovered strip redrawn."""
        old = area.offset
        if not area.scroll_to(offset):
            return
        self.scroll_ops.append((area, area.offset - old))

    def render(self, surface) -> list | None:
        """Draw what changed: returns the rectangles drawn, or None for the whole screen."""
        self.ensure_layout()
        ops, self.scroll_ops = self.scroll_ops, []
        if self.dirty or self.animating or not (self.damage or ops):
            self.draw(surface)
            self.damage = []
            return None
        for area, dy in ops:
            view = area.view
            if abs(dy) >= view.h - 40:
                self.damage.append(view.inflate(16, 16))
                continue
            surface.set_clip(view)
            surface.scroll(0, -dy)
            surface.set_clip(None)
            # damage marked before this scroll (the old focus ring, a hover lift) has just moved with
            # the pixels: repaint where it went too, or a stale ring scrolls away and stays
            self.damage += [r.move(0, -dy).clip(view) for r in self.damage if r.colliderect(view)]
            strip = pygame.Rect(view.x, view.bottom - dy, view.w, dy) if dy > 0 else \
                pygame.Rect(view.x, view.y, view.w, -dy)
            self.damage += [strip, area.bar_rect()]
            if self.focus is not None and self.focus.scroll is area and self.ctx.keyboard_mode:
                # only the focus ring reaches past the view's edges (up to 7 px): repaint them
                self.damage += [pygame.Rect(view.x - 8, view.y - 8, view.w + 16, 10),
                                pygame.Rect(view.x - 8, view.bottom - 2, view.w + 16, 10)]
            for w in (self.focus, self.hover):
                if w is not None and w.scroll is area:
                    self.damage_widget(w)
        rects = merge_rects([r.clip(surface.get_rect()) for r in self.damage])
        self.damage = []
        for r in rects:
            surface.set_clip(r)
            self.draw(surface)
        surface.set_clip(None)
        return rects

    # -- input internals --------------------------------------------------------------------------
    def widget_at(self, pos) -> Widget | None:
        for w in reversed(self.widgets):
            if w.enabled and w.hit(pos):
                return w
        return None

    def scroll_at(self, pos) -> ScrollArea | None:
        for w in self.widgets:
            if w.scroll is not None and w.scroll.view.collidepoint(pos):
                return w.scroll
        if self.scroll and self.scroll.view.collidepoint(pos):
            return self.scroll
        return None

    def _set_hover(self, w) -> None:
        if w is not self.hover:
            self.damage_widget(self.hover)
            self.damage_widget(w)
            self.hover = w

    def press(self, w: Widget):
        """Activate ``w``. An action returning False has marked its own (partial) damage."""
        self.set_focus(w)
        self.ctx.sound.play("click")
        result = w.activate()
        if result is False:
            return None
        self.dirty = True
        return result

    def set_focus(self, w: Widget | None) -> None:
        if w is self.focus:
            return
        self.damage_widget(self.focus)
        self.focus = w
        if w is not None and w.scroll is not None:
            area = w.scroll
            old = area.offset
            if area.ensure_visible(w.rect):
                new, area.offset = area.offset, old
                self.scroll_area_to(area, new)
        self.damage_widget(w)

    def _key(self, event):
        result = self.on_key(event)
        if result is not None:
            self.dirty = True
            return None if result is True else result
        key = event.key
        for w in self.widgets:
            if key in w.hotkeys and w.enabled:
                return self.press(w)
        if key == pygame.K_ESCAPE:
            self.dirty = True
            return self.back()
        if key in ACTIVATE_KEYS:
            if self.focus is not None and self.focus.enabled:
                return self.press(self.focus)
            return None
        if key == pygame.K_TAB:
            self.move_focus(-1 if event.mod & pygame.KMOD_SHIFT else 1)
            return None
        if key in ARROWS:
            if not self.move_focus_dir(*ARROWS[key]) and self.scroll and ARROWS[key][0] == 0:
                self.scroll_area_to(self.scroll, self.scroll.offset + ARROWS[key][1] * ScrollArea.STEP)
            return None
        if key in (pygame.K_PAGEDOWN, pygame.K_PAGEUP) and self.scroll:
            sign = 1 if key == pygame.K_PAGEDOWN else -1
            self.scroll_area_to(self.scroll, self.scroll.offset + sign * (self.scroll.view.h - 60))
            return None
        if key in (pygame.K_HOME, pygame.K_END) and self.scroll:
            self.scroll_area_to(self.scroll, 0 if key == pygame.K_HOME else self.scroll.max_offset)
        return None

    def move_focus(self, step: int) -> None:
        items = self.focusables()
        if not items:
            return
        i = items.index(self.focus) if self.focus in items else -step if step > 0 else 0
        self.set_focus(items[(i + step) % len(items)])

    def move_focus_dir(self, dx: int, dy: int) -> bool:
        """Focus the nearest widget in a direction; False when there is none."""
        items = self.focusables()
        if not items:
            return False
        if self.focus not in items:
            self.set_focus(items[0])
            return True
        here = self.focus.rect if self.focus.scroll else self.focus.screen_rect()
        cx, cy = here.center
        best, best_score = None, None
        for w in items:
            if w is self.focus:
                continue
            r = w.rect if (w.scroll and w.scroll is self.focus.scroll) else w.screen_rect()
            ox, oy = r.centerx - cx, r.centery - cy
            along = ox * dx + oy * dy
            if dy and not (r.top >= here.bottom - 4 if dy > 0 else r.bottom <= here.top + 4):
                continue
            if dx and not (r.left >= here.right - 4 if dx > 0 else r.right <= here.left + 4):
                continue
            across = abs(oy) if dx else abs(ox)
            score = along + 2 * across
            if along > 0 and (best_score is None or score < best_score):
                best, best_score = w, score
        if best is None:
            return False
        self.set_focus(best)
        return True

    def _finger(self, event):
        pos = (int(event.x * W), int(event.y * H))
        if event.type == pygame.FINGERDOWN:
            if self.ctx.keyboard_mode:
                self.ctx.keyboard_mode = False
                self.damage_widget(self.focus)
            self._touch = {"start": pos, "last": pos, "dragged": False, "area": self.scroll_at(pos) or self.scroll}
            self._set_hover(self.widget_at(pos))
            return None
        touch = self._touch
        if touch is None:
            return None
        if event.type == pygame.FINGERMOTION:
            if abs(pos[1] - touch["start"][1]) > DRAG_THRESHOLD or abs(pos[0] - touch["start"][0]) > DRAG_THRESHOLD:
                touch["dragged"] = True
            if touch["dragged"] and touch["area"]:
                self.scroll_area_to(touch["area"], touch["area"].offset + touch["last"][1] - pos[1])
            touch["last"] = pos
            return None
        self._touch = None
        self._set_hover(None)
        if not touch["dragged"]:
            w = self.widget_at(pos)
            if w is not None:
                return self.press(w)
        return None
