"""Fonts, word-wrapping and the text-surface cache.

Fonts are the bundled Noto Sans (Latin with Albanian and South Slavic letters, Cyrillic with
Macedonian letters), loaded once per size. ``Font.render`` makes a new surface every call, so all
text goes through :class:`TextCache`: a surface is rendered the first time a (text, role, colour,
width) combination is drawn and reused afterwards; a frame that changes nothing renders nothing.

Wrapping is our own (word widths measured with the real font) so that long text re-flows at every
text size, and so tests can ask "does this fit?" with the same numbers the screen uses.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pygame

from game.glyphs import glyph_safe

FONT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"
REGULAR = "NotoSans-Regular.ttf"
BOLD = "NotoSans-Bold.ttf"

# role: (pixel size at 100 %, bold, largest scale factor). Reading text scales to 200 %;
# titles and chrome scale less so the screen keeps its structure.
ROLES: dict[str, tuple[int, bool, float]] = {
    "display": (58, True, 1.25),
    "h1": (34, True, 1.5),
    "h2": (25, True, 1.6),
    "h3": (21, True, 2.0),
    "body": (19, False, 2.0),
    "body_bold": (19, True, 2.0),
    "headline": (23, True, 2.0),
    "button": (19, True, 1.6),
    "small": (16, False, 2.0),
    "small_bold": (16, True, 2.0),
    "chrome": (16, True, 1.25),
    "topbar": (21, True, 1.25),
    "tiny": (14, False, 1.5),
}
LINE_SPACING = 1.38   # close to the 1.5 WCAG asks of paragraphs, without breaking card layouts
TIGHT = {"topbar": 1.0, "display": 1.0, "h1": 1.12, "h2": 1.15, "h3": 1.18, "headline": 1.22, "button": 1.0, "chrome": 1.0}
CACHE_LIMIT = 1500


def reflow(text: str) -> list[str]:
    """Paragraphs of a level text: single newlines from YAML blocks become spaces, blank lines split.

    Lines that start like list entries ("- ", "* ", "1.") keep their own line.
    """
    paragraphs: list[str] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        current = ""
        for ln in lines:
            listy = ln[:2] in ("- ", "* ", "• ") or (ln[:1].isdigit() and ln[1:3] in (". ", ") "))
            if listy and current:
                paragraphs.append(current)
                current = ln
            else:
                current = f"{current} {ln}" if current else ln
        if current:
            paragraphs.append(current)
    return paragraphs or [""]


class Fonts:
    """Noto Sans in every role, at the current text size (100, 125, 150 or 200 %)."""

    def __init__(self, scale_percent: int = 100, font_dir: Path = FONT_DIR):
        self.font_dir = font_dir
        self.scale = scale_percent / 100
        self._fonts: dict[tuple[str, int], pygame.font.Font] = {}
        self._widths: dict[tuple[int, str], int] = {}

    def set_scale(self, scale_percent: int) -> None:
        self.scale = scale_percent / 100

    def size_of(self, role: str) -> int:
        base, _bold, cap = ROLES[role]
        return round(base * min(self.scale, cap))

    def get(self, role: str) -> pygame.font.Font:
        size = self.size_of(role)
        bold = ROLES[role][1]
        key = (BOLD if bold else REGULAR, size)
        font = self._fonts.get(key)
        if font is None:
            font = pygame.font.Font(str(self.font_dir / key[0]), size)
            self._fonts[key] = font
        return font

    def line_height(self, role: str) -> int:
        spacing = TIGHT.get(role, LINE_SPACING)
        return round(self.get(role).get_linesize() * spacing)

    def width(self, role: str, text: str) -> int:
        font = self.get(role)
        key = (id(font), text)
        w = self._widths.get(key)
        if w is None:
            w = font.size(glyph_safe(text))[0]
            if len(self._widths) > 20000:
                self._widths.clear()
            self._widths[key] = w
        return w

    def wrap(self, text: str, role: str, width: int) -> list[str]:
        """Lines of ``text`` no wider than ``width`` pixels; paragraphs separated by ``""`` lines."""
        out: list[str] = []
        space = self.width(role, " ")
        for n, para in enumerate(reflow(text)):
            if n:
                out.append("")
            line, line_w = "", 0
            for word in para.split(" "):
                if not word:
                    continue
                w = self.width(role, word)
                if w > width:  # a word longer than the line (a URL): break it by characters
                    for chunk in self._split_long(word, role, width):
                        if line:
                            out.append(line)
                        line, line_w = chunk, self.width(role, chunk)
                    continue
                if line and line_w + space + w > width:
                    out.append(line)
                    line, line_w = word, w
                else:
                    line_w = line_w + space + w if line else w
                    line = f"{line} {word}" if line else word
            out.append(line)
        return out

    def _split_long(self, word: str, role: str, width: int) -> list[str]:
        chunks, cur = [], ""
        for ch in word:
            if cur and self.width(role, cur + ch) > width:
                chunks.append(cur)
                cur = ch
            else:
                cur += ch
        return chunks + ([cur] if cur else [])

    def block_height(self, text: str, role: str, width: int) -> int:
        lines = self.wrap(text, role, width)
        lh = self.line_height(role)
        return sum(lh // 2 if ln == "" else lh for ln in lines)


class TextCache:
    """Rendered text surfaces, keyed by everything that changes their pixels (LRU-bounded)."""

    def __init__(self, fonts: Fonts):
        self.fonts = fonts
        self._cache: OrderedDict = OrderedDict()
        self.renders = 0  # how many times Font.render ran: tests check idle frames add none

    def clear(self) -> None:
        self._cache.clear()

    def _remember(self, key, surf: pygame.Surface) -> pygame.Surface:
        self._cache[key] = surf
        if len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        return surf

    def line(self, text: str, role: str, colour) -> pygame.Surface:
        key = ("line", text, role, self.fonts.size_of(role), tuple(colour))
        surf = self._cache.get(key)
        if surf is not None:
            self._cache.move_to_end(key)
            return surf
        self.renders += 1
        surf = self.fonts.get(role).render(glyph_safe(text), True, colour)
        return self._remember(key, surf)

    def block(self, text: str, role: str, colour, width: int, align: str = "left") -> pygame.Surface:
        """``text`` wrapped to ``width`` and rendered as one surface."""
        key = ("block", text, role, self.fonts.size_of(role), tuple(colour), width, align)
        surf = self._cache.get(key)
        if surf is not None:
            self._cache.move_to_end(key)
            return surf
        lines = self.fonts.wrap(text, role, width)
        lh = self.fonts.line_height(role)
        height = sum(lh // 2 if ln == "" else lh for ln in lines)
        surf = pygame.Surface((max(1, width), max(1, height)), pygame.SRCALPHA)
        font = self.fonts.get(role)
        y = (lh - font.get_linesize()) // 2
        for ln in lines:
            if ln == "":
                y += lh // 2
                continue
            self.renders += 1
            img = font.render(glyph_safe(ln), True, colour)
            x = 0 if align == "left" else (width - img.get_width()) // (2 if align == "center" else 1)
            surf.blit(img, (x, y))
            y += lh
        return self._remember(key, surf)
