"""Widgets: labels that stay message ids, buttons, scroll areas and drawing helpers.

A widget stores *what* to say (a :class:`Msg` holding a gettext message id, or a callable that
asks :class:`~game.content_text.ContentText` for level text) and resolves it when it draws, so a
language switch re-renders every label without rebuilding anything. Widgets draw with cached
text surfaces only; they never call ``Font.render`` themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import pygame



@dataclass(frozen=True)
class Msg:
    """A UI string: gettext message id plus named values (and a plural form when counted)."""

    msgid: str
    values: dict = field(default_factory=dict, hash=False, compare=False)
    plural: str | None = None
    n: int | None = None


def msg(msgid: str, **values) -> Msg:
    return Msg(msgid, values)


def nmsg(singular: str, plural: str, n: int, **values) -> Msg:
    return Msg(singular, dict(values, n=n), plural, n)


Label = Msg | Callable[[], str] | None


def resolve(label: Label, tr) -> str:
    if label is None:
        return ""
    if isinstance(label, Msg):
        if label.plural is not None:
            text = tr.ngettext(label.msgid, label.plural, label.n or 0)
            return text.format(**label.values)
        return tr(label.msgid, **label.values)
    return label()


def rounded(surf, rect, fill, border=None, radius=14, width=2) -> None:
    """A rounded rectangle. (``draw.rect`` with a radius measured several times faster than
    ``Surface.fill`` of the same area with pygame-ce 2.5.8, so it is used even for plain panels.)"""
    rect = pygame.Rect(rect)
    radius = max(1, radius)
    if fill is not None:
        pygame.draw.rect(surf, fill, rect, border_radius=radius)
    if border is not None:
        pygame.draw.rect(surf, border, rect, width, border_radius=radius)


def panel(surf, rect, fill, border=None, radius=14, shadow=None, width=2) -> None:
    rect = pygame.Rect(rect)
    if rect.w <= 0 or rect.h <= 0:
        return
    if shadow is not None:
        pygame.draw.rect(surf, shadow, rect.move(0, 4), border_radius=radius)
    pygame.draw.rect(surf, fill, rect, border_radius=radius)
    if border is not None:
        pygame.draw.rect(surf, border, rect, width, border_radius=radius)


def focus_ring(surf, rect, theme, radius=16) -> None:
    """Two rings (bright outside, dark inside) so focus shows on light and dark backgrounds."""
    outer = pygame.Rect(rect).inflate(12, 12)
    pygame.draw.rect(surf, theme.focus, outer, 5, border_radius=radius + 4)
    pygame.draw.rect(surf, theme.focus_inner, outer.inflate(-10, -10), 2, border_radius=radius)


class ScrollArea:
    """A clipped vertical viewport over content taller than the screen area it gets."""

    STEP = 48

    def __init__(self, view):
        self.view = pygame.Rect(view)
        self.offset = 0
        self.content_h = 0
        self.dx = 0  # horizontal slide (animations); content x is in screen space, y from the view top
        self.bar_x: int | None = None  # where the scroll bar goes (default: inside the view's right edge)

    @property
    def max_offset(self) -> int:
        return max(0, self.content_h - self.view.h)

    @property
    def scrollable(self) -> bool:
        return self.max_offset > 0

    def scroll_to(self, offset: int) -> bool:
        new = max(0, min(self.max_offset, int(offset)))
        changed = new != self.offset
        self.offset = new
        return changed

    def scroll_by(self, dy: int) -> bool:
        return self.scroll_to(self.offset + dy)

    def ensure_visible(self, rect: pygame.Rect, margin: int = 16) -> bool:
        """Scroll so that ``rect`` (content coordinates) is inside the view."""
        if rect.top - margin < self.offset:
            return self.scroll_to(rect.top - margin)
        if rect.bottom + margin > self.offset + self.view.h:
            return self.scroll_to(min(rect.top - margin, rect.bottom + margin - self.view.h))
        return False

    def to_screen(self, rect: pygame.Rect) -> pygame.Rect:
        return pygame.Rect(rect).move(self.dx, self.view.y - self.offset)

    def bar_rect(self) -> pygame.Rect:
        """The scroll bar's area (its track plus the wider thumb)."""
        x = self.view.right - 8 if self.bar_x is None else self.bar_x
        return pygame.Rect(x - 2, self.view.y, 10, self.view.h)

    def draw_bar(self, surf, theme) -> None:
        if not self.scrollable:
            return
        area = self.bar_rect()
        if not area.colliderect(surf.get_clip()):
            return  # a partial redraw elsewhere
        track = pygame.Rect(area.x + 2, self.view.y + 4, 6, self.view.h - 8)
        pygame.draw.rect(surf, theme.line, track, border_radius=3)
        h = max(30, track.h * self.view.h // max(1, self.content_h))
        y = track.y + (track.h - h) * self.offset // max(1, self.max_offset)
        pygame.draw.rect(surf, theme.muted, (track.x - 1, y, 8, h), border_radius=4)


class Widget:
    """Something on screen that can be focused and activated.

    Subclasses either override :meth:`draw`, or set ``cached = True`` and implement
    :meth:`paint` and :meth:`look_key`: the widget is then painted once per look into its own
    surface (:meth:`picture`) and every later draw is one blit. Hovering, scrolling past or moving
    the focus ring over a card or button used to cost a dozen rounded rectangles and text blits;
    now it costs a blit of pixels painted once.
    """

    focusable = True
    cached = False
    PAD = (4, 6)          # pixels above / below the rect that painting may touch (hover lift, shadow)
    KEEP = 4              # cached pictures per widget (normal, hovered, a toggle state or two)
    backdrop: str | None = None  # theme colour always behind the widget: an opaque picture, blitted 2x faster

    def __init__(self, rect, on_press: Callable | None = None, key: str = "", scroll: ScrollArea | None = None,
                 hotkeys: tuple[int, ...] = ()):
        self.rect = pygame.Rect(rect)     # content coordinates when ``scroll`` is set
        self.on_press = on_press
        self.key = key                    # stable name: keeps focus across relayouts, used by tests
        self.scroll = scroll
        self.hotkeys = hotkeys
        self.enabled = True

    def screen_rect(self) -> pygame.Rect:
        return self.scroll.to_screen(self.rect) if self.scroll else self.rect

    def hit(self, pos) -> bool:
        r = self.screen_rect()
        if not r.collidepoint(pos):
            return False
        return self.scroll is None or self.scroll.view.collidepoint(pos)

    def activate(self):
        if self.enabled and self.on_press is not None:
            return self.on_press()
        return None

    def draw(self, surf, ctx, hovered: bool) -> None:
        r = self.screen_rect()
        if not self.cached:
            self.paint(surf, ctx, hovered, r)
            return
        surf.blit(self.picture(ctx, hovered), (r.x, r.y - self.PAD[0]))

    def paint(self, surf, ctx, hovered: bool, r: pygame.Rect) -> None:  # pragma: no cover - overridden
        """Draw the widget with its rect at ``r``."""

    def look_key(self, ctx, hovered: bool) -> tuple:
        """Everything that changes the widget's pixels (besides its size, theme and text size)."""
        return (hovered,)

    def picture(self, ctx, hovered: bool) -> pygame.Surface:
        """The widget painted on a transparent surface (``PAD`` pixels of margin above and below)."""
        key = (self.rect.size, ctx.theme.name, ctx.fonts.scale, ctx.look, *self.look_key(ctx, hovered))
        pictures = self.__dict__.setdefault("_pictures", {})
        surf = pictures.get(key)
        if surf is None:
            top, bottom = self.PAD
            size = (self.rect.w, self.rect.h + top + bottom)
            if self.backdrop is None:
                surf = pygame.Surface(size, pygame.SRCALPHA)
            else:
                surf = pygame.Surface(size)
                surf.fill(getattr(ctx.theme, self.backdrop))
            self.paint(surf, ctx, hovered, pygame.Rect(0, top, self.rect.w, self.rect.h))
            if len(pictures) >= self.KEEP:
                del pictures[next(iter(pictures))]  # the oldest state
            pictures[key] = surf
        return surf


STYLES = ("primary", "secondary", "manip", "legit", "quiet", "topbar")


class Button(Widget):
    """A labelled button with an optional icon, number badge and toggle state (painted once per state)."""

    cached = True

    def __init__(self, rect, label: Label, on_press=None, *, icon: str | None = None, style: str = "secondary",
                 key: str = "", selected: bool | None = None, badge: str = "", scroll=None, hotkeys=(),
                 role: str = "button", sublabel: Label = None, align: str = "center", mark: str = "check"):
        super().__init__(rect, on_press, key, scroll, hotkeys)
        self.label = label
        self.icon = icon
        self.style = style
        self.selected = selected  # None: not a toggle; True/False: a checkbox-like toggle
        self.badge = badge        # keyboard shortcut shown in a small box ("1", "Esc")
        self.role = role
        self.sublabel = sublabel
        self.align = align
        self.mark = mark          # how ``selected`` shows: "check" (a ticked box) or "tab" (filled, with an arrow)

    def colours(self, theme, hovered: bool):
        if self.style == "primary":
            fill, ink, border = theme.accent, theme.on_accent, None
        elif self.style == "manip":
            fill, ink, border = theme.manip, theme.on_manip, None
        elif self.style == "legit":
            fill, ink, border = theme.legit, theme.on_legit, None
        elif self.style == "topbar":
            fill, ink, border = theme.topbar, theme.on_topbar, theme.on_topbar
        elif self.selected and self.mark == "tab":
            fill, ink, border = theme.accent, theme.on_accent, None
        elif self.selected:
            fill, ink, border = theme.card_alt, theme.ink, theme.accent
        else:
            fill, ink, border = theme.card, theme.ink, theme.line
        if not self.enabled:
            fill, ink, border = theme.card_alt, theme.muted, theme.line
        return fill, ink, border

    def look_key(self, ctx, hovered: bool) -> tuple:
        return (hovered, self.enabled, self.selected, resolve(self.label, ctx.tr),
                resolve(self.sublabel, ctx.tr) if self.sublabel else "", self.style, self.icon, self.badge,
                self.role, self.align, self.mark)

    def paint(self, surf, ctx, hovered: bool, r: pygame.Rect) -> None:
        theme, cache = ctx.theme, ctx.cache
        fill, ink, border = self.colours(theme, hovered and self.enabled)
        lift = 0
        if hovered and self.enabled:
            lift = -2
        shadow = None if self.style in ("topbar", "quiet") or theme.name == "high-contrast" else theme.shadow
        panel(surf, r.move(0, lift), fill, border, radius=12, shadow=shadow,
              width=3 if (self.selected or hovered) and border is not None else 2)
        if hovered and self.enabled and self.style in ("primary", "manip", "legit"):
            rounded(surf, r.move(0, lift).inflate(-8, -8), fill,
                    theme.on_accent if theme.name != "high-contrast" else theme.ink, radius=9)
        r = r.move(0, lift)
        x = r.x + 16
        icon_size = min(r.h - 16, ctx.fonts.get(self.role).get_linesize() + 6)
        if self.selected and self.mark == "tab":
            size = 20
            surf.blit(ctx.icons.get("next", size, ink), (r.right - size - 12, r.centery - size // 2))
        if self.selected is not None and self.mark == "check":  # a checkbox drawn as a shape: ticked = filled box with a tick
            box = pygame.Rect(x, r.centery - 13, 26, 26)
            rounded(surf, box, theme.accent if self.selected else theme.card,
                    theme.accent if self.selected else theme.muted, radius=6)
            if self.selected:
                surf.blit(ctx.icons.get("check", 22, theme.on_accent), (box.x + 2, box.y + 2))
            x += 36
        if self.badge:
            b = cache.line(self.badge, "chrome", ink)
            br = pygame.Rect(0, 0, max(26, b.get_width() + 12), 26)
            br.midright = (r.right - 12, r.centery)
            rounded(surf, br, fill, ink, radius=6)
            surf.blit(b, b.get_rect(center=br.center))
        if self.icon:
            surf.blit(ctx.icons.get(self.icon, icon_size, ink), (x, r.centery - icon_size // 2))
            x += icon_size + 12
        right = r.right - self.right_pad()
        text = resolve(self.label, ctx.tr)
        width = max(10, right - x)
        img = cache.line(text, self.role, ink)
        sub = resolve(self.sublabel, ctx.tr) if self.sublabel else ""
        if img.get_width() > width:
            img = cache.block(text, self.role, ink, width, "left")
        sub_img = cache.block(sub, "small", ink, width) if sub else None
        total_h = img.get_height() + (sub_img.get_height() + 2 if sub_img else 0)
        y = r.centery - total_h // 2
        if self.align == "center" and self.selected is None and sub_img is None and img.get_width() <= width:
            cx = (x + right) // 2 if self.icon is None else x + img.get_width() // 2
            if self.icon is None:
                surf.blit(img, img.get_rect(midtop=(cx, y)))
            else:
                surf.blit(img, (x, y))
        else:
            surf.blit(img, (x, y))
        if sub_img:
            surf.blit(sub_img, (x, y + img.get_height() + 2))

    def right_pad(self) -> int:
        """Pixels right of the label: padding, the shortcut badge, the selected tab's arrow (reserved
        whether or not the tab is selected, so selecting never re-wraps a label)."""
        return 16 + (44 if self.badge else 0) + (24 if self.selected is not None and self.mark == "tab" else 0)

    def preferred_height(self, ctx, width: int) -> int:
        """The height the label needs at ``width``, measured with the same text box :meth:`paint` uses."""
        text = resolve(self.label, ctx.tr)
        icon = ctx.fonts.get(self.role).get_linesize() + 18 if self.icon else 0
        check = 36 if self.selected is not None and self.mark == "check" else 0
        extra = 16 + check + icon + self.right_pad()
        h = ctx.fonts.block_height(text, self.role, max(10, width - extra)) if \
            ctx.fonts.width(self.role, text) > width - extra else ctx.fonts.get(self.role).get_linesize()
        if self.sublabel:
            h += ctx.fonts.block_height(resolve(self.sublabel, ctx.tr), "small", max(10, width - extra)) + 2
        return max(48, h + 22)


def button_width(ctx, label: Label, role: str = "button", icon: bool = True, badge: bool = False) -> int:
    text = resolve(label, ctx.tr)
    return ctx.fonts.width(role, text) + 40 + (ctx.fonts.get(role).get_linesize() + 18 if icon else 0) \
        + (44 if badge else 0)
