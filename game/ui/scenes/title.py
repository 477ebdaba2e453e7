"""The title screen: start (or start the teacher's assignment), continue, language, settings, credits."""

from __future__ import annotations

import sys

import pygame

from game.i18n import N_
from game.ui import flow
from game.ui.layout import Flow
from game.ui.scene import H, W, Push, Quit, Scene
from game.ui.widgets import Button, ScrollArea, msg

NOTICES = {
    "corrupt": N_("Your saved progress was damaged and could not be read, so the game started fresh. "
                  "The old save was kept as a backup."),
    "foreign": N_("The save file did not belong to Lupa, so the game started fresh. "
                  "The file was kept as a backup."),
    "newer": N_("Your progress was saved by a newer version of Lupa, so this version started fresh. "
                "The newer save was kept as a backup."),
    "content": N_("The levels could not be loaded. Please tell your teacher or the person who set up the game."),
}
UNREVIEWED_UI = N_("This translation has not been reviewed by a native speaker yet.")


class TitleScene(Scene):
    name = "title"
    topbar = False

    def layout(self) -> None:
        ctx = self.ctx
        wide = ctx.fonts.scale <= 1.25
        col_w = 520 if wide else 760
        self.scroll = ScrollArea((0, 0, col_w + 120, H))
        self.scroll.bar_x = W - 8  # at the screen's edge like every other screen, not between column and picture
        f = Flow(self, 80, col_w, 40, self.scroll)
        logo = ctx.fonts.get("display").get_linesize()
        f.custom(logo, self._draw_logo, gap=4)
        f.text(msg("The fact-checking desk"), "h2", "accent", gap=10)
        f.text(msg("Posts, headlines and messages from the Western Balkans. Call each one, name the tricks, "
                   "and learn the real facts."), "body", "muted", gap=20)
        if ctx.progress.notice:
            b, inner = f.begin_panel("card", "warn", shadow=False, pad=16)
            inner.icon_text("warn", msg(NOTICES.get(ctx.progress.notice, NOTICES["corrupt"])), "small", "ink",
                            icon_colour="warn", gap=4)
            f.end_panel(b, inner)
        if ctx.notices:
            self._link_notices(f)
        playlist = ctx.playlist
        if playlist is not None and flow.start_playlist(ctx) is not None:
            f.widget(Button((0, 0, 0, 0), msg("Start assignment: {name}", name=playlist.name or "-"),
                            self.start_assignment, icon="play", style="primary", key="start", align="left"))
        else:
            f.widget(Button((0, 0, 0, 0), msg("Start"), self.start, icon="play", style="primary", key="start",
                            align="left"))
        cont = f.widget(Button((0, 0, 0, 0), msg("Continue where you stopped"), self.resume, icon="next",
                               key="continue", align="left"))
        cont.enabled = flow.can_resume(ctx)
        if playlist is not None:
            f.widget(Button((0, 0, 0, 0), msg("All levels"), self.start, icon="map", key="map", align="left"))
        f.widget(Button((0, 0, 0, 0), lambda: ctx.tr("Language: {name}", name=ctx.tr.language_name),
                        self.language, icon="language", key="language", align="left"))
        if not ctx.tr.reviewed:  # said calmly, right under the button that changes it
            f.space(-4)
            f.icon_text("info", msg(UNREVIEWED_UI), "small", "muted", icon_colour="muted", gap=12)
        f.widget(Button((0, 0, 0, 0), msg("Settings"), self.settings, icon="settings", key="settings",
                        align="left"))
        f.widget(Button((0, 0, 0, 0), msg("Credits and sources"), self.credits, icon="credits", key="credits",
                        align="left"))
        if sys.platform != "emscripten":  # a browser tab is closed by the browser, not the game
            f.widget(Button((0, 0, 0, 0), msg("Quit"), lambda: Quit(), icon="cross", key="quit", style="quiet",
                            align="left"))
        f.space(4)
        f.icon_text("warn", msg("The levels are drafts: no regional expert has reviewed them yet."),
                    "small", "muted", icon_colour="warn")
        f.finish(bottom_pad=12)  # the column fits the screen at 100 %: no scroll bar for a few pixels of margin
        self._show_art = wide

    def _link_notices(self, f: Flow) -> None:
        """What the teacher's link asked that the game ignored, each in the player's language."""
        ctx = self.ctx
        b, inner = f.begin_panel("card", "warn", shadow=False, pad=16)
        inner.text(msg("About your assignment link"), "small_bold", "warn", gap=6)
        for notice in ctx.notices:
            inner.icon_text("warn", lambda n=notice: n.text(ctx.tr), "small", "ink", icon_colour="warn", gap=4)
        f.end_panel(b, inner)

    def announcement(self) -> list[str]:
        """The screen-reader mirror (:mod:`game.ui.speech`): title, notices, then the buttons."""
        from game.ui.speech import sentence
        from game.ui.widgets import resolve
        ctx = self.ctx
        tr = ctx.tr
        parts = [tr("Lupa") + ": " + sentence(tr("The fact-checking desk"))]
        if ctx.progress.notice:
            parts.append(tr(NOTICES.get(ctx.progress.notice, NOTICES["corrupt"])))
        parts += [sentence(n.text(tr)) for n in ctx.notices]
        if not tr.reviewed:
            parts.append(tr(UNREVIEWED_UI))
        labels = [resolve(w.label, tr) for w in self.focusables()]
        parts.append(tr("Buttons: {labels}", labels="; ".join(labels)))
        return parts

    def default_focus(self):
        return self.find("continue") if self.find("continue").enabled else self.find("start")

    def _draw_logo(self, surf, rect, ctx) -> None:
        size = rect.h
        surf.blit(ctx.icons.get("lupa", size - 8, ctx.theme.accent), (rect.x, rect.y + 4))
        img = ctx.cache.line(ctx.tr("Lupa"), "display", ctx.theme.ink)
        surf.blit(img, (rect.x + size + 12, rect.y + (rect.h - img.get_height()) // 2))

    def draw_backdrop(self, surface) -> None:
        if self._show_art:
            surface.blit(art(self.ctx), (690, 70))

    # -- actions -------------------------------------------------------------------------------
    def start(self):
        from game.ui.scenes.level_map import MapScene
        return Push(MapScene(self.ctx))

    def start_assignment(self):
        scene = flow.start_playlist(self.ctx)
        return Push(scene) if scene is not None else None

    def resume(self):
        scene = flow.resume_scene(self.ctx)
        return Push(scene) if scene is not None else None

    def language(self):
        from game.ui.scenes.language import LanguageScene
        return Push(LanguageScene(self.ctx))

    def settings(self):
        from game.ui.scenes.settings import SettingsScene
        return Push(SettingsScene(self.ctx))

    def credits(self):
        from game.ui.scenes.credits import CreditsScene
        return Push(CreditsScene(self.ctx))

    def back(self):
        return None  # the title is home; Esc does nothing here

    def update(self, dt):
        super().update(dt)
        return None


_ART: dict = {}


def art(ctx) -> pygame.Surface:
    """The desk illustration: a pile of posts under a magnifying glass (drawn once per theme, at 2x)."""
    theme = ctx.theme
    surf = _ART.get(theme.name)
    if surf is not None:
        return surf
    from game.ui.theme import AVATAR_COLOURS
    big = pygame.Surface((1080, 1120), pygame.SRCALPHA)
    cards = ((-8, 80, 140, AVATAR_COLOURS[1]), (5, 300, 60, AVATAR_COLOURS[0]), (-3, 140, 460, AVATAR_COLOURS[2]))
    for angle, x, y, colour in cards:
        card = pygame.Surface((760, 460), pygame.SRCALPHA)
        if theme.name != "high-contrast":
            pygame.draw.rect(card, theme.shadow, (8, 16, 744, 436), border_radius=36)
        pygame.draw.rect(card, theme.card, (0, 0, 744, 436), border_radius=36)
        pygame.draw.rect(card, theme.line, (0, 0, 744, 436), 4, border_radius=36)
        pygame.draw.circle(card, colour, (88, 88), 44)
        pygame.draw.rect(card, theme.ink, (160, 60, 300, 24), border_radius=12)
        pygame.draw.rect(card, theme.muted, (160, 104, 180, 18), border_radius=9)
        for i, w in enumerate((600, 640, 520, 580)):
            pygame.draw.rect(card, theme.line, (48, 184 + i * 44, w, 20), border_radius=10)
        pygame.draw.rect(card, theme.card_alt, (48, 360, 240, 52), border_radius=16)
        big.blit(pygame.transform.rotate(card, angle), (x, y))
    cx, cy, r = 660, 660, 170
    glass = pygame.Surface((2 * r, 2 * r), pygame.SRCALPHA)
    pygame.draw.circle(glass, (*theme.card_alt[:3], 170), (r, r), r)
    big.blit(glass, (cx - r, cy - r))
    pygame.draw.circle(big, theme.accent, (cx, cy), r, 46)
    pygame.draw.line(big, theme.accent, (cx + 130, cy + 130), (cx + 330, cy + 330), 70)
    pygame.draw.circle(big, theme.accent, (cx + 330, cy + 330), 35)
    surf = pygame.transform.smoothscale(big, (540, 560))
    _ART[theme.name] = surf
    return surf
