"""The screen-reader mirror: what each screen says, in plain words, in the player's language.

The game draws on a canvas that screen readers cannot see, so the page has a hidden ARIA live
region (:func:`game.web.runtime.announce`). The app calls :class:`Speaker` in one place - after a
scene change and after any input that changed the screen - and the speaker asks the scene for its
*announcement*: a list of short parts (a heading, the post's text, the choices, a note ...).

On a new screen every part is read. On the same screen only the parts that are new are read, so
revealing a fact-checking clue reads the clue, ticking a technique reads that technique, and the
post is not read again each time. A language change reads the whole screen in the new language
and tells the page its new ``lang``.

What a screen says is the scene's business: a scene defines ``announcement() -> list[str]`` next
to the layout it describes (title, item, feedback, briefing, results, finish do). Any other scene
gets its title, text blocks and button labels. This module is only the mechanism.
"""

from __future__ import annotations

from game.ui.widgets import resolve

MAX_CHARS = 4000  # a live region is read aloud: a very long screen is cut, never the game


class Speaker:
    """Follows the top scene and the language; calls the page bridge only when something changed."""

    def __init__(self, bridge):
        self.bridge = bridge          # game.web.runtime (or a stand-in with announce/set_language)
        self.scene = None
        self.parts: list[str] = []
        self.locale: str | None = None
        self.said: list[str] = []     # everything announced (tests and the benchmark look at it)

    def follow(self, scene, ctx) -> str | None:
        """Announce what is new on ``scene``; returns the text announced (None when nothing was)."""
        new_language = ctx.tr.locale != self.locale
        if new_language:
            self.locale = ctx.tr.locale
            self.bridge.set_language(self.locale)
        parts = [p for p in (" ".join(str(x).split()) for x in announcement(scene)) if p]
        if scene is not self.scene or new_language:
            fresh = parts
        else:
            old = set(self.parts)
            fresh = [p for p in parts if p not in old]
        self.scene, self.parts = scene, parts
        if not fresh:
            return None
        text = " ".join(fresh)[:MAX_CHARS]
        self.bridge.announce(text)
        self.said.append(text)
        return text


def announcement(scene) -> list[str]:
    """The scene's own ``announcement()``, else its visible text."""
    scene.ensure_layout()
    own = getattr(scene, "announcement", None)
    if callable(own):
        said = own()
        return [said] if isinstance(said, str) else list(said)
    return visible_text(scene)


def sentence(text: str) -> str:
    text = " ".join(str(text).split())
    return text if not text or text[-1] in ".!?:…" else text + "."


def title_of(scene) -> str:
    return resolve(scene.title, scene.ctx.tr) if scene.title is not None else ""


def visible_text(scene) -> list[str]:
    """Title, the text blocks top to bottom, then what can be pressed."""
    tr = scene.ctx.tr
    parts = [title_of(scene)]
    for block in scene.blocks:
        if block.kind == "text":
            parts.append(resolve(block.label, tr))
    labels = []
    for w in scene.focusables():
        label = getattr(w, "label", None)
        if label is not None:
            text = resolve(label, tr)
            note = getattr(w, "sublabel", None)
            if note is not None:
                text += " (" + resolve(note, tr) + ")"
            selected = getattr(w, "selected", None)
            labels.append(tr("{label} (selected)", label=text) if selected else text)
        elif getattr(w, "level", None) is not None:
            labels.append(scene.ctx.text.level(w.level, "title"))
    if labels:
        parts.append(tr("Buttons: {labels}", labels="; ".join(labels)))
    return [p for p in parts if p]
