"""Start Lupa: ``python main.py [--level FILE] [--lang CODE] [--frames N] [--assignment "#lang=..."]``.

Without ``--playlist`` the game opens the teacher's assignment link: in the browser the page's
URL fragment, natively ``--assignment "#lang=sq&levels=a,b&check=pre-post&name=7b"`` (the same
text), so tests and trainers can try a link without a browser.

Only parses the command line and starts the app's async loop; nothing may follow ``asyncio.run``
(in the browser it returns at once). pygbag scans this file's imports to install packages.
"""

import argparse
import asyncio
import os
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # players need no library banner

import pygame  # noqa: F401  (listed here so pygbag installs it; the app imports it too)

from game.app import AppOptions, run
from game.ui.run import Playlist


def options(argv=None) -> AppOptions:
    p = argparse.ArgumentParser(prog="main.py", description="Lupa: the fact-checking desk.")
    p.add_argument("--level", type=Path, help="preview one level file (for trainers)")
    p.add_argument("--lang", help="interface language, e.g. sq, mk, sr-Latn")
    p.add_argument("--frames", type=int, help="quit after N frames (tests)")
    p.add_argument("--playlist", help="an assignment: level ids in order, comma-separated")
    p.add_argument("--pre", help="check form played before the playlist (e.g. check-a)")
    p.add_argument("--post", help="check form played after the playlist (e.g. check-b)")
    p.add_argument("--name", default="", help="the assignment's name, shown to the player")
    p.add_argument("--assignment", metavar="FRAGMENT",
                   help='an assignment link\'s fragment, e.g. "#lang=sq&levels=a,b&check=pre-post&name=7b"')
    p.add_argument("--save", type=Path, help="save file to use instead of the one in your data folder")
    args = p.parse_args(argv)
    playlist = None
    if args.playlist or args.pre or args.post:
        playlist = Playlist.parse(args.playlist or "", args.name, args.pre, args.post)
    return AppOptions(level=args.level, lang=args.lang, frames=args.frames, playlist=playlist, save_path=args.save,
                      assignment=args.assignment)


asyncio.run(run(options()))
