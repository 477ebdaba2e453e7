"""Assignment links: what a teacher's link asks the game to open, parsed without ever failing.

A teacher shares a link whose URL *fragment* fixes the language, the levels, optional pre/post
check forms and a name for the assignment, for example::

    https://school.example/lupa/#lang=sq&levels=alb-quake-panic,mkd-referendum&check=pre-post&name=7b

The fragment never reaches the web server (nothing is logged there) and anyone can type or edit
it, so :func:`parse` treats it as hostile input: every value is bounded, unknown or malformed
parts are dropped with a :class:`Notice` the game shows the student, and nothing raises.
:func:`format_fragment` writes the same format back; ``parse(format_fragment(a)) == a``.

Notices carry English message ids (marked with ``N_``) and named values, so the UI translates
them when it draws, like every other UI string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from game.i18n import LOCALES, N_

MAX_FRAGMENT = 2000     # characters read from the fragment; the rest is ignored with a notice
MAX_PARTS = 12          # key=value parts read
MAX_LEVELS = 40         # level ids kept from one link
MAX_NAME = 40           # characters kept from the assignment name
MAX_SHOWN = 3           # offending values quoted in one notice
MAX_QUOTED = 24         # characters of an offending value quoted in a notice

CHECKS = ("none", "pre", "post", "pre-post", "post-pre")  # post-pre: form B first, then A
KEYS = ("lang", "levels", "check", "name")
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,79}\Z")


@dataclass(frozen=True)
class Notice:
    """Something in the link was ignored: an English message id plus named values for ``tr``."""

    msgid: str
    values: dict = field(default_factory=dict, hash=False)

    def text(self, tr=None) -> str:
        """The notice in the player's language (``tr`` is a :class:`game.i18n.Translator`)."""
        template = tr.gettext(self.msgid) if tr is not None else self.msgid
        return template.format(**self.values)


@dataclass(frozen=True)
class Assignment:
    """What a link asks for. Empty fields mean "not set by the link"."""

    lang: str | None = None
    levels: tuple[str, ...] = ()
    check: str = "none"
    name: str = ""

    @property
    def pre(self) -> bool:
        return self.check in ("pre", "pre-post", "post-pre")

    @property
    def post(self) -> bool:
        return self.check in ("post", "pre-post", "post-pre")

    @property
    def playable(self) -> bool:
        """True when the link leaves something to play (levels or a check form)."""
        return bool(self.levels) or self.check != "none"

    def to_dict(self) -> dict:
        return {"lang": self.lang, "levels": list(self.levels), "check": self.check, "name": self.name}


@dataclass(frozen=True)
class Parsed:
    """The result of :func:`parse`: the assignment (None when the link carries none) and notices."""

    assignment: Assignment | None
    notices: tuple[Notice, ...] = ()


def clean_text(value: str, limit: int) -> str:
    """Printable text only: no control, format (bidi override) or private-use characters, one space
    between words, at most ``limit`` characters."""
    kept = []
    for ch in unicodedata.normalize("NFC", value):
        cat = unicodedata.category(ch)
        if cat.startswith("Z") or ch in "\t\n\r":
            kept.append(" ")
        elif cat[0] != "C":  # Cc control, Cf format (U+202E ...), Cs surrogate, Co private, Cn unassigned
            kept.append(ch)
    return " ".join("".join(kept).split())[:limit].strip()


def _quoted(value: str) -> str:
    text = clean_text(value, MAX_QUOTED + 1)
    return text[:MAX_QUOTED] + "…" if len(text) > MAX_QUOTED else text


def _listed(values: list[str]) -> str:
    shown = ", ".join(f"'{_quoted(v)}'" for v in values[:MAX_SHOWN])
    return shown + (f" (+{len(values) - MAX_SHOWN})" if len(values) > MAX_SHOWN else "")


def _match_lang(value: str) -> str | None:
    by_lower = {code.lower(): code for code in LOCALES}
    return by_lower.get(value.strip().lower().replace("_", "-"))


def parse(fragment: str | None, level_ids=None, languages=None) -> Parsed:
    """Parse a URL fragment (with or without the leading ``#``). Never raises.

    ``level_ids``: the practice level ids the game has (unknown ids are dropped with a notice);
    None accepts any well-formed id. ``languages``: the locale codes offered (default: all).
    """
    notices: list[Notice] = []
    try:
        return _parse(fragment, level_ids, languages, notices)
    except Exception:  # a bug here must never stop a student from playing  # pragma: no cover
        return Parsed(None, tuple(notices) + (Notice(N_("The assignment link could not be read."), {}),))


def _parse(fragment, level_ids, languages, notices: list[Notice]) -> Parsed:
    if not isinstance(fragment, str):
        return Parsed(None)
    text = fragment[1:] if fragment.startswith("#") else fragment
    if not text.strip():
        return Parsed(None)
    if len(text) > MAX_FRAGMENT:
        text = text[:MAX_FRAGMENT]
        notices.append(Notice(N_("The assignment link is too long; only its beginning was read."), {}))
    parts = [p for p in text.split("&") if p]
    if len(parts) > MAX_PARTS:
        notices.append(Notice(N_("The assignment link has too many parts; {count} were ignored."),
                              {"count": len(parts) - MAX_PARTS}))
        parts = parts[:MAX_PARTS]

    values: dict[str, str] = {}
    ignored: list[str] = []
    for part in parts:
        key, sep, raw = part.partition("=")
        key = unquote(key, errors="replace").strip().lower()
        if not sep or key not in KEYS:
            ignored.append(part.partition("=")[0] if sep else part)
            continue
        if key in values:
            notices.append(Notice(N_("The assignment link sets '{key}' twice; the first one counts."), {"key": key}))
            continue
        values[key] = unquote(raw.replace("+", " "), errors="replace")
    if ignored:
        notices.append(Notice(N_("Ignored unknown parts of the assignment link: {parts}."),
                              {"parts": _listed(ignored)}))

    lang = None
    if "lang" in values:
        offered = set(languages) if languages is not None else set(LOCALES)
        lang = _match_lang(values["lang"])
        if lang is None or lang not in offered:
            notices.append(Notice(N_("The assignment asks for an unknown language {value}; pick your language."),
                                  {"value": f"'{_quoted(values['lang'])}'"}))
            lang = None

    levels: list[str] = []
    if "levels" in values:
        known = set(level_ids) if level_ids is not None else None
        bad: list[str] = []
        for raw_id in values["levels"].split(","):
            level_id = raw_id.strip().lower()
            if not level_id:
                continue
            if not _SLUG.match(level_id) or (known is not None and level_id not in known):
                bad.append(raw_id.strip())
            elif level_id not in levels:
                levels.append(level_id)
        if len(levels) > MAX_LEVELS:
            notices.append(Notice(N_("The assignment lists too many levels; only the first {count} are used."),
                                  {"count": MAX_LEVELS}))
            levels = levels[:MAX_LEVELS]
        if bad:
            notices.append(Notice(N_("These levels from the assignment do not exist in this version of the game: {levels}."),
                                  {"levels": _listed(bad)}))

    check = "none"
    if "check" in values:
        wanted = values["check"].strip().lower()
        if wanted in CHECKS:
            check = wanted
        else:
            notices.append(Notice(N_("The assignment asks for an unknown check {value}; no check is used."),
                                  {"value": f"'{_quoted(values['check'])}'"}))

    name = ""
    if "name" in values:
        name = clean_text(values["name"], MAX_NAME)
        if len(clean_text(values["name"], MAX_NAME + 1)) > MAX_NAME:
            notices.append(Notice(N_("The assignment name was shortened to {count} characters."), {"count": MAX_NAME}))

    assignment = Assignment(lang, tuple(levels), check, name)
    if ("levels" in values or "check" in values) and not assignment.playable:
        notices.append(Notice(N_("This assignment link has no level the game can open."), {}))
    if assignment == Assignment():
        return Parsed(None, tuple(notices))
    return Parsed(assignment, tuple(notices))


def format_fragment(assignment: Assignment) -> str:
    """The fragment for an assignment, starting with ``#``; keys in a fixed order, empty ones left out."""
    parts = []
    if assignment.lang:
        parts.append(f"lang={quote(assignment.lang, safe='-')}")
    if assignment.levels:
        parts.append("levels=" + ",".join(quote(level, safe="-") for level in assignment.levels))
    if assignment.check != "none":
        parts.append(f"check={assignment.check}")
    if assignment.name:
        parts.append(f"name={quote(assignment.name, safe='-._~')}")
    return "#" + "&".join(parts)


def format_link(base_url: str, assignment: Assignment) -> str:
    """``base_url`` (any fragment it has removed) followed by the assignment fragment."""
    return base_url.split("#", 1)[0] + format_fragment(assignment)
