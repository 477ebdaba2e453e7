"""The game's bridge to the web page: the same calls work natively and in the browser.

The app calls these and never touches ``platform`` itself:

* :func:`assignment` - the assignment the link asks for (``location.hash`` in the browser, the
  ``LUPA_ASSIGNMENT`` environment variable natively, so tests and trainers can script one);
* :func:`announce` - mirror the text on screen into the page's hidden ARIA live region, so screen
  readers can follow the canvas (natively: appended to ``LUPA_ANNOUNCE_LOG`` when that is set);
* :func:`set_language` - the page's ``lang`` attribute and title follow the player's language;
* :func:`download` / :func:`copy_text` - hand a results file or code to the student;
* :func:`load_library` - the compiled content pack when the game runs from the web package,
  the YAML levels otherwise.

Every call is guarded: a page without the helper (an old build, an LMS wrapper) never crashes
the game; the call just reports that it did nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACK = Path("content-pack.json")   # where the build puts the compiled content pack (game.app reads it too)


def in_browser() -> bool:
    return sys.platform == "emscripten"


def _page():
    """The page's ``window.lupa`` helper object, or None natively or when the page lacks it."""
    if not in_browser():
        return None
    try:
        import platform  # pygbag's browser module in the browser

        return platform.window.lupa
    except Exception:
        return None


_MISSING = object()   # natively, or the page has no helper object
_FAILED = object()    # the browser raised (a blocked clipboard must never stop the game)


def _call(method: str, *args):
    """Call ``window.lupa.<method>(*args)``; a JS function that returns nothing gives None here."""
    page = _page()
    if page is None:
        return _MISSING
    try:
        return getattr(page, method)(*args)
    except Exception:
        return _FAILED


def assignment_fragment() -> str:
    """The raw assignment fragment (``#lang=..&levels=..``), or "" when there is none."""
    if in_browser():
        try:
            import platform

            return str(platform.window.location.hash or "")
        except Exception:
            return ""
    return os.environ.get("LUPA_ASSIGNMENT", "")


def assignment(level_ids=None, languages=None):
    """The parsed assignment (:class:`game.core.assignment.Parsed`): ``.assignment`` is None when the
    link has none; ``.notices`` lists what was ignored, for the game to show."""
    from game.core.assignment import parse

    return parse(assignment_fragment(), level_ids=level_ids, languages=languages)


def announce(text: str) -> bool:
    """Put ``text`` (the screen's prompt, choices or feedback, as plain words) in the live region."""
    text = " ".join(str(text).split())
    result = _call("announce", text)
    if result is not _MISSING:
        return result is not _FAILED
    log = os.environ.get("LUPA_ANNOUNCE_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(text + "\n")
        return True
    return False


def set_language(code: str) -> bool:
    """Tell the page the player's language (BCP 47 code such as ``sr-Cyrl``): ``<html lang>`` and title."""
    return _call("setLanguage", str(code)) not in (_MISSING, _FAILED)


def download(filename: str, text: str, mime: str = "text/plain") -> str | None:
    """Offer ``text`` as a file. In the browser the student's browser saves it (returns the name);
    natively it is written to ``LUPA_DOWNLOAD_DIR`` (default: the current folder) and the path is
    returned. None when it could not be saved."""
    safe = "".join(c for c in Path(filename).name if c.isalnum() or c in "-_.") or "lupa-results.txt"
    result = _call("download", safe, str(text), mime)
    if result is not _MISSING:
        return None if result is _FAILED else safe
    if in_browser():
        return None
    folder = Path(os.environ.get("LUPA_DOWNLOAD_DIR", "."))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / safe
        path.write_text(str(text), encoding="utf-8")
        return str(path)
    except OSError:
        return None


def copy_text(text: str) -> bool:
    """Copy text (the results code) to the clipboard; False when the browser refused or natively."""
    result = _call("copyText", str(text))
    return result not in (_MISSING, _FAILED) and bool(result)


def pack_path(root: Path | str = ".") -> Path:
    return Path(root) / PACK


def load_pack(root: Path | str = ".") -> dict | None:
    """The compiled content pack as a dict (the web package), or None when running from sources."""
    import json

    pack = pack_path(root)
    if not pack.is_file():
        return None
    return json.loads(pack.read_text(encoding="utf-8"))


def load_library(root: Path | str = ".", pack: dict | None = None):
    """The content library: the compiled pack when it exists (the web package), else ``levels/``."""
    from game.core.library import Library

    pack = pack if pack is not None else load_pack(root)
    if pack is not None:
        return Library.from_pack(pack)
    return Library.from_folder(Path(root))


def pack_translations(root: Path | str = ".", pack: dict | None = None) -> dict | None:
    """The level-text translations the build put in the pack (for ``ContentCatalog.from_pack``);
    None when running from sources (then read ``locales/`` with ``ContentCatalog.from_folder``)."""
    pack = pack if pack is not None else load_pack(root)
    return None if pack is None else pack.get("translations")
