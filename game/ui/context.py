"""What every scene gets: content, text, fonts, theme, settings and progress - no globals.

The context is built once by the app. Settings that change how things look (text size, high
contrast, language) go through its setters, which save them and bump :attr:`Context.look`, the
key scenes compare to know they must lay themselves out again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.content_text import ContentText
from game.core.library import Library
from game.i18n import LOCALES, Translator
from game.ui.icons import Icons
from game.ui.progress import Progress
from game.ui.run import Playlist
from game.ui.sound import Sound
from game.ui.text import Fonts, TextCache
from game.ui.theme import Theme, theme_for


@dataclass
class Context:
    library: Library
    progress: Progress
    fonts: Fonts
    cache: TextCache
    icons: Icons
    tr: Translator
    text: ContentText
    theme: Theme
    sound: Sound
    playlist: Playlist | None = None
    open_assignment: bool = False      # the playlist came from a link: open straight into it
    notices: list = field(default_factory=list)  # what the assignment link asked that was ignored
    preview: bool = False              # --level: a trainer previewing one file
    seed: int = 0
    keyboard_mode: bool = False        # show the focus ring once the keyboard is used
    look: int = 0
    technique_ids: list[str] = field(default_factory=list)
    root: Path = Path(".")               # project folder: level images are relative to it
    images: dict = field(default_factory=dict)  # loaded pictures and drawn avatars, by key

    @classmethod
    def build(cls, library: Library, progress: Progress, locale: str | None = None, **kw) -> "Context":
        settings = progress.settings
        code = locale or settings.get("language") or "en"
        if code not in LOCALES:
            code = "en"
        fonts = Fonts(settings["text_scale"])
        return cls(library=library, progress=progress, fonts=fonts, cache=TextCache(fonts), icons=Icons(),
                   tr=Translator(code), text=ContentText(library, code), theme=theme_for(settings["high_contrast"]),
                   sound=Sound(settings["sound"]), technique_ids=library.technique_ids(), **kw)

    @property
    def settings(self) -> dict:
        return self.progress.settings

    @property
    def reduced_motion(self) -> bool:
        return bool(self.settings["reduced_motion"])

    def set_locale(self, code: str) -> None:
        self.tr = Translator(code)
        self.text = ContentText(self.library, self.tr.locale)
        self.progress.set("language", self.tr.locale)
        self.look += 1

    def set_text_scale(self, percent: int) -> None:
        self.fonts.set_scale(percent)
        self.progress.set("text_scale", percent)
        self.look += 1

    def set_high_contrast(self, on: bool) -> None:
        self.theme = theme_for(on)
        self.progress.set("high_contrast", on)
        self.look += 1

    def set_flag(self, key: str, on: bool) -> None:
        self.progress.set(key, on)
        if key == "sound":
            self.sound.enabled = on
        self.look += 1
