"""``python -m game i18n-extract``: collect UI strings into locales/lupa.pot and every catalogue.

One step takes a new or changed UI string to every locale: the template is rewritten from the
code, each ``locales/<locale>/LC_MESSAGES/lupa.po`` keeps its translations, a changed string
keeps a close old translation marked fuzzy (with the old text as ``#|``), removed strings are
kept as obsolete ``#~`` entries, and Serbian Latin is regenerated from Serbian Cyrillic.
"""

from __future__ import annotations

import sys
from pathlib import Path

HELP = "collect UI strings from the code into locales/lupa.pot and update every lupa.po"
ORDER = 60


def add_arguments(p) -> None:
    p.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2],
                   help="project folder (default: the one this game is in)")


def run(args) -> int:
    from game.core import generated, ui_catalog

    root = args.root
    found = ui_catalog.extract_tree(root)
    written = ui_catalog.update_ui(root / "locales", ui_catalog.template(found.entries))
    regenerated, problems = generated.refresh(root)  # sr-Latn and .mo follow at once
    written += regenerated
    found.problems += problems
    for problem in found.problems:
        print(problem, file=sys.stderr)
    print(f"{len(found.entries)} UI strings; {len(written)} file(s) updated.")
    for path in written:
        print(f"  wrote {path.relative_to(root)}")
    print("Next: translate the new entries, then run: python -m game i18n-compile")
    return 1 if found.problems else 0
