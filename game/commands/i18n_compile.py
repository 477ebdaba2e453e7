"""``python -m game i18n-compile``: build what the game reads from the translation sources.

1. Regenerates Serbian Latin (UI and level text) from Serbian Cyrillic by transliteration.
2. Compiles every ``lupa.po`` into ``lupa.mo`` (read at run time by the standard library's
   gettext); checks plural headers and placeholders.
3. With ``--pack FILE``, writes the level-text translations as the JSON the content pack embeds
   (``game.core.translations.build_pack``) for the browser build.

The generated files are committed; ``--check`` writes nothing and fails when any is out of date
(the test suite runs the same check).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HELP = "generate sr-Latn from sr-Cyrl, compile lupa.po -> lupa.mo, optionally write the content translations JSON"
ORDER = 62


def add_arguments(p) -> None:
    p.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2],
                   help="project folder (default: the one this game is in)")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if a generated file is out of date")
    p.add_argument("--pack", type=Path, metavar="FILE", help="also write the content translations JSON here")


def run(args) -> int:
    from game.core import generated

    root = args.root
    stale, problems = generated.refresh(root, write=not args.check)
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(root)} (run: python -m game i18n-compile)", file=sys.stderr)
    else:
        for path in stale:
            print(f"  wrote {path.relative_to(root)}")
        print(f"{len(stale)} generated file(s) updated.")
    if args.pack:
        from game.core.translations import build_pack
        args.pack.parent.mkdir(parents=True, exist_ok=True)
        args.pack.write_text(json.dumps(build_pack(root / "locales"), ensure_ascii=False, separators=(",", ":")),
                             encoding="utf-8")
        print(f"  wrote {args.pack}")
    return 1 if problems or (args.check and stale) else 0
