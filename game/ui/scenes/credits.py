"""Credits: who made the game, the licences, and every level with its authors, licence and sources."""

from __future__ import annotations

from game.ui.layout import Flow
from game.ui.scene import TOPBAR_H, H, W, Scene
from game.ui.widgets import ScrollArea, msg


class CreditsScene(Scene):
    name = "credits"
    title = msg("Credits and sources")

    def layout(self) -> None:
        ctx = self.ctx
        self.add_back()
        self.scroll = ScrollArea((0, TOPBAR_H, W, H - TOPBAR_H))
        f = Flow(self, 160, W - 320, 28, self.scroll)
        f.text(msg("Lupa"), "h1", "ink", gap=4)
        f.text(msg("An open-source game about recognising manipulation, built from real narratives documented "
                   "in Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia and Serbia."),
               "body", "ink", gap=14)
        for icon, line in (
                ("credits", msg("Game code: GNU General Public License, version 3 or later.")),
                ("text_size", msg("Font: Noto Sans by Google, SIL Open Font License 1.1 (assets/fonts/OFL.txt).")),
                ("contrast", msg("Colours: the Okabe-Ito palette, chosen to stay clear with colour blindness.")),
                ("image", msg("Icons, avatars and sounds are drawn and synthesised by the game itself.")),
                ("warn", msg("No regional expert has reviewed the levels yet. Each fact was checked on the "
                             "publisher's own page."))):
            f.icon_text(icon, line, "body", "ink", gap=6, icon_colour="accent")
        f.space(16)
        f.text(msg("Levels and their sources"), "h2", "ink", gap=12)
        for level in ctx.library.levels + ctx.library.checks:
            b, inner = f.begin_panel("card", "line", shadow=False, pad=16)
            inner.text(lambda lv=level: ctx.text.level(lv, "title"), "body_bold", "ink", gap=2)
            inner.text(msg("By {authors} · licence {licence}", authors=", ".join(level.authors) or "-",
                           licence=level.license or "-"), "small", "muted", gap=2)
            reviewed = msg("Reviewed by {names}", names=", ".join(level.reviewed_by)) if level.reviewed else \
                msg("Not yet reviewed by a regional expert")
            inner.text(reviewed, "small", "warn" if not level.reviewed else "muted", gap=4)
            publishers = sorted({s.publisher for it in level.items for s in it.sources})
            inner.text(msg("Sources: {publishers}", publishers="; ".join(publishers)), "small", "ink", gap=2)
            f.end_panel(b, inner, gap=12)
        f.finish()
