"""Language choice: every interface language by its own name.

A language whose translation nobody has reviewed yet says so on its button, in the language the
menus are in now (the player is choosing, so they must be able to read it).
"""

from __future__ import annotations

from game.i18n import LOCALES, Translator
from game.ui.layout import Flow
from game.ui.scene import TOPBAR_H, H, W, Scene
from game.ui.widgets import Button, ScrollArea, msg


class LanguageScene(Scene):
    name = "language"
    title = msg("Language")

    def __init__(self, ctx):
        super().__init__(ctx)
        # read once per visit: each catalogue's review flag (the .mo headers), not per frame or layout
        self.reviewed = {code: code == ctx.tr.locale and ctx.tr.reviewed or Translator(code).reviewed
                         for code in LOCALES}

    def layout(self) -> None:
        ctx = self.ctx
        self.add_back()
        self.scroll = ScrollArea((0, TOPBAR_H, W, H - TOPBAR_H))
        f = Flow(self, 240, W - 480, 28, self.scroll)
        f.text(msg("Choose the language of the menus and buttons."), "body", "ink", gap=6)
        f.icon_text("info", msg("The translations were made without native speakers and are not reviewed yet. "
                                "Menu text that is not translated yet is shown in English; level text that is "
                                "not translated yet is shown in the language the level was written in."),
                    "small", "muted", gap=16, icon_colour="muted")
        cols = 2 if ctx.fonts.scale <= 1.5 else 1
        gap = 14
        bw = (f.width - gap * (cols - 1)) // cols
        codes = list(LOCALES)
        for row in range(0, len(codes), cols):
            top = f.y
            for i, code in enumerate(codes[row:row + cols]):
                f.y = top
                # Each language keeps its own name (an endonym), never a translation of it.
                note = None if self.reviewed[code] else msg("Translation not yet reviewed")
                f.widget(Button((0, 0, 0, 0), lambda code=code: LOCALES[code], lambda code=code: self.pick(code),
                                key=f"lang:{code}", selected=ctx.tr.locale == code, align="left", sublabel=note),
                         gap=0, width=bw, x=f.x + i * (bw + gap))
            row_widgets = self.widgets[-len(codes[row:row + cols]):]
            height = max(w.rect.h for w in row_widgets)
            for w in row_widgets:  # one height per row, with or without the note
                w.rect.h = height
            f.y = top + height + gap
        f.finish()

    def default_focus(self):
        return self.find(f"lang:{self.ctx.tr.locale}") or super().default_focus()

    def pick(self, code: str):
        self.ctx.set_locale(code)
        return True
