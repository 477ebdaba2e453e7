"""A one-line text field (the optional nickname on the finish screen).

Typing arrives as ``TEXTINPUT`` events, which is how SDL delivers text from every keyboard:
physical keys with any layout (Albanian ë, Macedonian ѓ), dead keys, and the on-screen keyboard of
a phone or tablet, which the browser shows once the field asks for text input
(:meth:`TextField.start`, ``pygame.key.start_text_input``). Backspace, Delete, Home/End and the
arrow keys edit; Tab and Esc leave the field as on any other widget. The field keeps only
printable characters (no control or bidi-override characters) up to ``limit``.

The scene owns the focus: it calls :meth:`start` / :meth:`stop` when the field gains or loses it
and passes it its ``TEXTINPUT`` and editing keys. Text is drawn from the text cache like every
label, so an unchanged field renders nothing.
"""

from __future__ import annotations

import unicodedata

import pygame

from game.ui.widgets import Label, Widget, resolve, rounded

EDIT_KEYS = (pygame.K_BACKSPACE, pygame.K_DELETE, pygame.K_LEFT, pygame.K_RIGHT, pygame.K_HOME, pygame.K_END)


def printable(text: str) -> str:
    """``text`` without control, format (bidi), surrogate or private-use characters; spaces kept."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        cat = unicodedata.category(ch)
        if cat.startswith("Z"):
            out.append(" ")
        elif cat[0] != "C":
            out.append(ch)
    return "".join(out)


class TextField(Widget):
    """One line of editable text with a placeholder, a caret and a character limit."""

    def __init__(self, rect, placeholder: Label = None, *, key: str = "", limit: int = 24,
                 role: str = "body"):
        super().__init__(rect, None, key)
        self.placeholder = placeholder
        self.limit = limit
        self.role = role
        self.text = ""
        self.caret = 0
        self.active = False           # has the focus and receives text

    # -- editing ----------------------------------------------------------------------------------
    def insert(self, text: str) -> bool:
        text = printable(text)
        room = self.limit - len(self.text)
        if not text or room <= 0:
            return False
        text = text[:room]
        self.text = self.text[:self.caret] + text + self.text[self.caret:]
        self.caret += len(text)
        return True

    def edit(self, key: int) -> bool:
        """Apply an editing key; True when the text or the caret changed."""
        before = (self.text, self.caret)
        if key == pygame.K_BACKSPACE and self.caret > 0:
            self.text = self.text[:self.caret - 1] + self.text[self.caret:]
            self.caret -= 1
        elif key == pygame.K_DELETE:
            self.text = self.text[:self.caret] + self.text[self.caret + 1:]
        elif key == pygame.K_LEFT:
            self.caret = max(0, self.caret - 1)
        elif key == pygame.K_RIGHT:
            self.caret = min(len(self.text), self.caret + 1)
        elif key == pygame.K_HOME:
            self.caret = 0
        elif key == pygame.K_END:
            self.caret = len(self.text)
        return (self.text, self.caret) != before

    def start(self) -> None:
        """Ask for text input: shows the on-screen keyboard on touch devices, near the field."""
        self.active = True
        try:
            pygame.key.set_text_input_rect(self.screen_rect())
            pygame.key.start_text_input()
        except pygame.error:  # no video system (never in the game, possible in tools)
            pass

    def stop(self) -> None:
        self.active = False
        try:
            pygame.key.stop_text_input()
        except pygame.error:
            pass

    def activate(self):
        """A click, tap or Enter: start typing here (Enter while typing is the scene's to handle)."""
        self.start()
        return False

    # -- drawing ----------------------------------------------------------------------------------
    def preferred_height(self, ctx, width: int) -> int:
        return ctx.fonts.get(self.role).get_linesize() + 28

    def draw(self, surf, ctx, hovered: bool) -> None:
        theme, cache = ctx.theme, ctx.cache
        r = self.screen_rect()
        border = theme.accent if (self.active or hovered) else theme.muted
        rounded(surf, r, theme.card, border, radius=10, width=3 if self.active else 2)
        inner = r.inflate(-32, 0)
        font_h = ctx.fonts.get(self.role).get_linesize()
        y = r.centery - font_h // 2
        if self.text:
            img = cache.line(self.text, self.role, theme.ink)
            before = ctx.fonts.width(self.role, self.text[:self.caret])
            shift = max(0, before - inner.w + 4)  # keep the caret in view in a long name
            clip = surf.get_clip()
            surf.set_clip(inner.clip(clip))
            surf.blit(img, (inner.x - shift, y))
            surf.set_clip(clip)
            caret_x = inner.x + before - shift
        else:
            hint = resolve(self.placeholder, ctx.tr)
            if hint:
                img = cache.line(hint, self.role, theme.muted)
                clip = surf.get_clip()
                surf.set_clip(inner.clip(clip))
                surf.blit(img, (inner.x, y))
                surf.set_clip(clip)
            caret_x = inner.x
        if self.active:
            pygame.draw.line(surf, theme.ink, (caret_x, y + 3), (caret_x, y + font_h - 3), 2)
