"""Language choice: every interface language by its own name."""

from __future__ import annotations

from game.i18n import LOCALES
from game.ui.layout import Flow
from game.ui.scene import TOPBAR_H, H, W, Scene
from game.ui.widgets import Button, ScrollArea, msg


class LanguageScene(Scene):
    name = "language"
    title = msg("Language")

    def layout(self) -> None:
        ctx = self.ctx
        self.add_back()
        self.scroll = ScrollArea((0, TOPBAR_H, W, H - TOPBAR_H))
        f = Flow(self, 240, W - 480, 28, self.scroll)
        f.text(msg("Choose the language of the menus and buttons."), "body", "ink", gap=6)
        f.icon_text("info", msg("Translations are still in progress and not yet reviewed by native speakers: "
                                "anything not translated yet is shown in English, and so are the levels."),
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
                f.widget(Button((0, 0, 0, 0), lambda code=code: LOCALES[code], lambda code=code: self.pick(code),
                                key=f"lang:{code}", selected=ctx.tr.locale == code, align="left"),
                         gap=0, width=bw, x=f.x + i * (bw + gap))
            f.y = max(w.rect.bottom for w in self.widgets[-cols:]) + gap
        f.finish()

    def default_focus(self):
        return self.find(f"lang:{self.ctx.tr.locale}") or super().default_focus()

    def pick(self, code: str):
        self.ctx.set_locale(code)
        return True
