"""``python -m game i18n-update``: create or update the level-text translation files.

For every level, check form, the technique guide and the narrative catalogue, writes
``locales/<locale>/levels/<path>.po`` for every locale except the content's own language:
new fields appear with an empty msgstr, translations are kept, a changed source marks its
translation fuzzy (stale) with the previous source, removed fields become obsolete ``#~``
entries (dropped with ``--prune``). Serbian Latin files are regenerated from Serbian Cyrillic.
Safe to run any number of times: unchanged files are not rewritten.
"""

from __future__ import annotations

import sys
from pathlib import Path

HELP = "create/update locales/<locale>/levels/*.po for every level, check form, techniques, narratives"
ORDER = 61


def add_arguments(p) -> None:
    p.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2],
                   help="project folder (default: the one this game is in)")
    p.add_argument("--prune", action="store_true",
                   help="drop obsolete entries and files of levels that no longer exist")


def run(args) -> int:
    from game.core import generated, translations

    root = args.root
    sources = translations.collect_sources(root)
    result = translations.update_folder(root, sources, prune=args.prune)
    regenerated, problems = generated.refresh(root)  # sr-Latn follows sr-Cyrl at once
    result.written += regenerated
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(sources.files)} content files x their target locales: "
          f"{len(result.written)} translation file(s) written, {result.unchanged} unchanged.")
    for path in result.written:
        print(f"  wrote {path.relative_to(root)}")
    for path in result.removed:
        print(f"  removed {path.relative_to(root)}")
    for path in result.orphans:
        print(f"  no level for {path.relative_to(root)} (kept; --prune removes it)", file=sys.stderr)
    for display in result.broken:
        print(f"  {display} does not load (run: python -m game validate); its translations were left as they are",
              file=sys.stderr)
    return 1 if result.broken else 0
