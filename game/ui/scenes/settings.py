"""Settings: text size, high contrast, reduced motion, sound. Saved at once, applied at once."""

from __future__ import annotations

from game.ui.layout import Flow
from game.ui.scene import TOPBAR_H, H, W, Scene
from game.ui.theme import TEXT_SCALES
from game.ui.widgets import Button, ScrollArea, msg


class SettingsScene(Scene):
    name = "settings"
    title = msg("Settings")

    def layout(self) -> None:
        ctx = self.ctx
        self.add_back()
        self.scroll = ScrollArea((0, TOPBAR_H, W, H - TOPBAR_H))
        f = Flow(self, 160, W - 320, 28, self.scroll)
        f.icon_text("text_size", msg("Text size"), "h2", "ink", gap=4, icon_colour="accent")
        f.text(msg("Bigger text wraps onto more lines; long posts scroll."), "small", "muted", gap=10)
        cols = 4 if ctx.fonts.scale <= 1.25 else 2
        gap = 14
        bw = (f.width - gap * (cols - 1)) // cols
        for row in range(0, len(TEXT_SCALES), cols):
            top = f.y
            for i, pct in enumerate(TEXT_SCALES[row:row + cols]):
                f.y = top
                f.widget(Button((0, 0, 0, 0), msg("{n} %", n=pct), lambda pct=pct: self.scale(pct),
                                key=f"scale:{pct}", selected=ctx.settings["text_scale"] == pct), gap=0, width=bw,
                         x=f.x + i * (bw + gap))
            f.y = max(w.rect.bottom for w in self.widgets[-cols:]) + gap
        f.space(18)
        f.text(msg("Display and sound"), "h2", "ink", gap=10)
        for key, label, sub, icon in (
                ("high_contrast", msg("High contrast"), msg("White text on black, brighter colours"), "contrast"),
                ("reduced_motion", msg("Reduced motion"), msg("No sliding or moving pictures"), "motion"),
                ("sound", msg("Sound"), msg("Short sounds for clicks and answers; never needed to play"), "sound")):
            f.widget(Button((0, 0, 0, 0), label, lambda key=key: self.toggle(key), key=f"toggle:{key}",
                            selected=bool(ctx.settings[key]), sublabel=sub, icon=icon, align="left"), gap=12)
        f.space(10)
        f.icon_text("info", msg("Settings are saved on this device at once. There is never a time limit."),
                    "small", "muted", icon_colour="muted")
        f.finish()

    def scale(self, pct: int):
        self.ctx.set_text_scale(pct)
        return True

    def toggle(self, key: str):
        on = not self.ctx.settings[key]
        if key == "high_contrast":
            self.ctx.set_high_contrast(on)
        else:
            self.ctx.set_flag(key, on)
        return True
