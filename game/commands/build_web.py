"""``python -m game build-web``: build the browser version into ``build/web/``, offline."""

from __future__ import annotations

import sys
from pathlib import Path

HELP = "build the browser version (pygbag) into build/web/, offline"
ORDER = 60


def add_arguments(p) -> None:
    p.add_argument("--cdn", metavar="URL",
                   help="where the page loads the pygbag runtime from "
                        "(default: pygbag's official CDN for the pinned version)")
    p.add_argument("--runtime-dir", type=Path, metavar="DIR",
                   help="a local copy of the pygbag runtime: copied next to the page, every URL relative "
                        "(for schools that self-host or play offline)")
    p.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: build/web)")
    p.add_argument("--staging", type=Path, metavar="DIR",
                   help="where the staging copy and pygbag's work files go (default: build/web-staging)")


def run(args) -> int:
    from game.web.build import BuildError, build

    root = Path(__file__).resolve().parents[2]
    try:
        build(root, out=args.out, cdn=args.cdn, runtime_dir=args.runtime_dir, work=args.staging)
    except BuildError as exc:
        print(f"build-web: {exc}", file=sys.stderr)
        return 1
    return 0
