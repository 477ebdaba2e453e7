"""The screen-reader mirror: what each screen says, in plain words, in the player's language.

The game draws on a canvas that screen readers cannot see, so the page has a hidden ARIA live
region (:func:`game.web.runtime.announce`). The app calls :class:`Speaker` in one place - after a
scene change and after any input that changed the screen - and the speaker asks the scene for its
*announcement*: a list of short parts (a heading, the post's text, the choices, a note ...).

On a new screen every part is read. On the same screen only the parts that are new are read, so
revealing a fact-checking clue reads the clue, ticking a technique reads that technique, and the
post is not read again each time. A language change reads the whole screen in the new language
and tells the page its new ``lang``.

A scene may define ``announcement() -> list[str]``; for the scenes that do not (yet), the
describers below read the same public state the scene draws from, and any other scene gets its
title, text blocks and button labels.
"""

from __future__ import annotations

from game.ui.widgets import resolve
from game.ui.words import TOOLS

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
    """The scene's own ``announcement()``, else a describer for its kind, else its visible text."""
    scene.ensure_layout()
    own = getattr(scene, "announcement", None)
    if callable(own):
        said = own()
        return [said] if isinstance(said, str) else list(said)
    describe = DESCRIBERS.get(scene.name, visible_text)
    return describe(scene)


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
            selected = getattr(w, "selected", None)
            labels.append(tr("{label} (selected)", label=text) if selected else text)
        elif getattr(w, "level", None) is not None:
            labels.append(scene.ctx.text.level(w.level, "title"))
    if labels:
        parts.append(tr("Buttons: {labels}", labels="; ".join(labels)))
    return [p for p in parts if p]


def card_text(ctx, level, item) -> list[str]:
    """A post the way the card shows it: outlet, author and date, headline, text, picture."""
    text = ctx.text
    byline = " · ".join(x for x in (text.item(level, item, "author"), text.item(level, item, "date")) if x)
    parts = [ctx.tr("From {outlet}", outlet=text.item(level, item, "outlet")) + (f" ({byline})" if byline else "")]
    parts += [sentence(text.item(level, item, "headline")), text.item(level, item, "text")]
    if item.image is not None:
        parts.append(ctx.tr("Image description: {alt}", alt=text.alt(level, item)))
    return [p for p in parts if p]


def describe_item(scene) -> list[str]:
    ctx = scene.ctx
    tr = ctx.tr
    parts = [tr("Post {i} of {n}", i=scene.session.position + 1, n=len(scene.session.order))
             + " · " + ctx.text.level(scene.level, "title")]
    parts += card_text(ctx, scene.level, scene.item)
    for tool in scene.revealed:
        clue = ctx.text.clue(scene.level, scene.item, tool)
        parts.append(tr("{tool}: {clue}", tool=tr(TOOLS[tool][0]), clue=clue) if clue else
                     tr("{tool}: nothing to add for this post.", tool=tr(TOOLS[tool][0])))
    if scene.phase == "read":
        parts.append(tr("Your call: Manipulative (key M) or Looks legitimate (key L). Fact-checking tools: {tools}.",
                        tools=", ".join(tr(TOOLS[t][0]) for t in TOOLS)))
    else:
        parts.append(tr("Which tricks do you see? Pick all that apply, then confirm. Number keys work too."))
        for i, tid in enumerate(scene.session.palette):
            name = ctx.text.technique(tid, "name")
            key = str((i + 1) % 10) if i < 10 else ""
            chosen = tid in scene.chosen
            if key:
                parts.append(tr("{key}: {name}, chosen", key=key, name=name) if chosen else
                             tr("{key}: {name}", key=key, name=name))
            else:
                parts.append(tr("{name}, chosen", name=name) if chosen else name)
    return parts


def describe_feedback(scene) -> list[str]:
    from game.ui.scenes.feedback import technique_lines

    ctx, item, level = scene.ctx, scene.item, scene.level
    tr = ctx.tr
    right = scene.result.verdict_correct
    parts = [tr("Right call") + "." if right else tr("Not quite") + ".",
             tr("This post is manipulative.") if item.manipulative else tr("This post is legitimate."),
             tr("You said: manipulative.") if scene.answer.verdict == "manipulative" else
             tr("You said: looks legitimate."),
             tr("+{points} points", points=scene.result.points)]
    parts += [sentence(resolve(label, tr)) for _icon, _colour, label in
              technique_lines(ctx, item, scene.answer.techniques)]
    if item.explanation:
        parts.append(tr("Why") + ": " + ctx.text.item(level, item, "explanation"))
    if item.facts:
        parts.append(tr("What is actually true") + ": " + ctx.text.item(level, item, "facts"))
    nxt = scene.find("next")
    if nxt is not None:
        parts.append(tr("Buttons: {labels}", labels=resolve(nxt.label, tr)))
    return parts


def describe_briefing(scene) -> list[str]:
    ctx, level = scene.ctx, scene.level
    tr = ctx.tr
    parts = [title_of(scene)]
    if scene.run.name:
        parts.append(tr("Assignment: {name} · step {i} of {n}", name=scene.run.name, i=scene.run.index + 1,
                        n=len(scene.run.steps)))
    parts += [sentence(ctx.text.level(level, "title")), ctx.text.level(level, "summary")]
    if level.mode == "practice":
        for tid in level.teaches:
            parts.append(sentence(ctx.text.technique(tid, "name")) + " " + ctx.text.technique(tid, "short"))
    else:
        parts.append(tr("There is no feedback until the end and no time limit. Answer as well as you can."))
    start = scene.find("start")
    if start is not None:
        parts.append(tr("Buttons: {labels}", labels=resolve(start.label, tr)))
    return [p for p in parts if p]


DESCRIBERS = {"item": describe_item, "feedback": describe_feedback, "briefing": describe_briefing}
