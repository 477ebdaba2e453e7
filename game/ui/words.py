"""UI message ids shared by several scenes (country names, card formats, tools, lean words).

Everything here is a gettext message id marked with ``N_`` (English source); scenes translate
when they draw. Level text is not here: it comes from :mod:`game.content_text`.
"""

from __future__ import annotations

import re

from game.i18n import N_
from game.ui.widgets import Msg, msg

COUNTRIES = {
    "AL": N_("Albania"), "BA": N_("Bosnia and Herzegovina"), "XK": N_("Kosovo"), "ME": N_("Montenegro"),
    "MK": N_("North Macedonia"), "RS": N_("Serbia"),
}
REGION_WIDE = N_("Region-wide")

FORMATS = {
    "post": N_("Post"), "headline": N_("Headline"), "message": N_("Message"), "comment": N_("Comment"),
    "video": N_("Video"), "image": N_("Image post"),
}

TOOLS = {  # (button label, what it does)
    "source": (N_("Check the source"), N_("Who is behind this account or outlet?")),
    "image": (N_("Reverse-search the image"), N_("Has this picture appeared before?")),
    "date": (N_("Check the date"), N_("Is this new, or old news?")),
    "search": (N_("Search other outlets"), N_("What do other reports say?")),
}
TOOL_ICONS = {"source": "source", "image": "image", "date": "date", "search": "search"}

LEANS = {
    "balanced": N_("Balanced: you trusted and doubted about as much as the posts deserved."),
    "leans-trusting": N_("You lean trusting: you let some manipulative posts through."),
    "very-trusting": N_("You trust too easily: many manipulative posts got past you."),
    "leans-suspicious": N_("You lean suspicious: you doubted some honest posts."),
    "very-suspicious": N_("You are very suspicious: you flagged many honest posts as manipulative."),
}
LEAN_POSITION = {"very-trusting": -2, "leans-trusting": -1, "balanced": 0, "leans-suspicious": 1,
                 "very-suspicious": 2}

_LOC = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<col>\d+): (?P<message>.*)$", re.S)


def region_wide(codes) -> bool:
    return not codes or len(set(codes) & set(COUNTRIES)) >= 3


def countries_text(codes, tr) -> str:
    """A level's countries in the interface language ("Kosovo · Serbia", or "Region-wide")."""
    if region_wide(codes):
        return tr(REGION_WIDE)
    return " · ".join(tr(COUNTRIES[c]) if c in COUNTRIES else c for c in codes)


def plain_problem(text: str) -> tuple[str, Msg]:
    """Split a validator message into (file, "Line N: message") for the error card."""
    m = _LOC.match(text)
    if not m:
        return "", msg("{problem}", problem=text)
    parts = m["file"].replace("\\", "/").split("/")
    return "/".join(parts[-2:]), msg("Line {line}: {problem}", line=m["line"], problem=m["message"])
