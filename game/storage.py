"""Where the player's progress lives: one small interface, two back-ends.

Natively the save is one JSON file in the user's data directory, written atomically (temporary
file + ``os.replace``) so a crash mid-write never leaves half a file. In the browser (pygbag,
``sys.platform == "emscripten"``) it is one ``localStorage`` entry. Both hold the same document:

    {"app": "lupa", "version": 1, ...whatever the game keeps...}

A save that cannot be used (not JSON, truncated, another program's file, or written by a newer
version of the game) is never silently dropped and never crashes the game: it is moved aside as a
backup, the game starts clean, and :attr:`LoadResult.notice` says what happened so the UI can
show it. This module never imports pygame.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

APP = "lupa"
SAVE_VERSION = 1
KEY = "lupa.save"

# Why a save was set aside; the UI turns these into sentences (msgids live in the UI).
CORRUPT = "corrupt"      # not readable JSON (damaged or cut short)
FOREIGN = "foreign"      # JSON, but not a Lupa save
NEWER = "newer"          # a Lupa save from a newer version of the game


@dataclass
class LoadResult:
    data: dict
    notice: str | None = None      # CORRUPT / FOREIGN / NEWER, or None when all went well
    backup: str | None = None      # where the unusable save was kept


def empty() -> dict:
    return {"app": APP, "version": SAVE_VERSION}


def check(text: str | None) -> tuple[dict | None, str | None]:
    """Parse a stored save: ``(data, None)`` when usable, ``(None, reason)`` when not, ``(None, None)`` when absent."""
    if text is None:
        return None, None
    try:
        data = json.loads(text)
    except ValueError:
        return None, CORRUPT
    if not isinstance(data, dict) or data.get("app") != APP:
        return None, FOREIGN
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        return None, FOREIGN
    if version > SAVE_VERSION:
        return None, NEWER
    return data, None


class Storage:
    """Load and save the one save document."""

    def read_text(self) -> str | None:
        raise NotImplementedError

    def write_text(self, text: str) -> None:
        raise NotImplementedError

    def set_aside(self) -> str:
        """Keep the current (unusable) save as a backup; return where it went."""
        raise NotImplementedError

    def load(self) -> LoadResult:
        try:
            text = self.read_text()
        except (OSError, UnicodeDecodeError):
            text = "\0"  # unreadable bytes count as a damaged save
        data, reason = check(text)
        if data is not None:
            return LoadResult(data)
        if reason is None:
            return LoadResult(empty())
        try:
            backup = self.set_aside()
        except OSError:
            backup = None
        return LoadResult(empty(), reason, backup)

    def save(self, data: dict) -> bool:
        """Write the document; returns False (and keeps playing) when the platform refuses."""
        doc = dict(data, app=APP, version=SAVE_VERSION)
        try:
            self.write_text(json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
        except (OSError, TypeError, ValueError):
            return False
        return True


class FileStorage(Storage):
    def __init__(self, path: Path):
        self.path = Path(path)

    def read_text(self) -> str | None:
        if not self.path.exists():
            return None
        return self.path.read_bytes().decode("utf-8")

    def write_text(self, text: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)  # atomic on POSIX and Windows

    def set_aside(self) -> str:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.stem}.unreadable-{stamp}{self.path.suffix}")
        n = 1
        while backup.exists():
            n += 1
            backup = self.path.with_name(f"{self.path.stem}.unreadable-{stamp}-{n}{self.path.suffix}")
        os.replace(self.path, backup)
        return str(backup)


class BrowserStorage(Storage):
    """``window.localStorage`` through pygbag's ``platform`` module (synchronous, about 5 MB)."""

    def __init__(self, key: str = KEY, local_storage=None):
        if local_storage is None:
            import platform  # pygbag's browser module when running under emscripten
            local_storage = platform.window.localStorage
        self.key = key
        self.ls = local_storage

    def read_text(self) -> str | None:
        try:
            return self.ls.getItem(self.key)
        except Exception as exc:  # storage blocked in a cross-site iframe: play without saving
            raise OSError(str(exc)) from None

    def write_text(self, text: str) -> None:
        try:
            self.ls.setItem(self.key, text)
        except Exception as exc:  # quota exceeded or storage blocked
            raise OSError(str(exc)) from None

    def set_aside(self) -> str:
        backup = f"{self.key}.unreadable"
        try:
            self.ls.setItem(backup, self.ls.getItem(self.key) or "")
            self.ls.removeItem(self.key)
        except Exception as exc:
            raise OSError(str(exc)) from None
        return backup


class MemoryStorage(Storage):
    """Keeps the save in memory only: for benchmarks and for tests of the UI, never for players."""

    def __init__(self, text: str | None = None):
        self.text = text
        self.backups: list[str] = []

    def read_text(self) -> str | None:
        return self.text

    def write_text(self, text: str) -> None:
        self.text = text

    def set_aside(self) -> str:
        self.backups.append(self.text or "")
        self.text = None
        return f"memory backup {len(self.backups)}"


def data_dir() -> Path:
    """The per-user data folder, following each desktop's convention."""
    if sys.platform.startswith("win"):
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / "Lupa"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Lupa"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "lupa"


def open_storage(path: Path | None = None) -> Storage:
    """The storage for this platform; ``path`` overrides the native save file (tests, portable installs)."""
    if sys.platform == "emscripten":
        return BrowserStorage()
    return FileStorage(path or data_dir() / "save.json")
