"""``python -m game i18n-report [--json]``: how much of each locale is translated, and what is stale."""

from __future__ import annotations

import json
from pathlib import Path

HELP = "per locale: % of UI strings and of level text translated, stale entries, reviewed/unreviewed"
ORDER = 63


def add_arguments(p) -> None:
    p.add_argument("--json", action="store_true",
                   help='print JSON: {"<locale>": {"ui": %%, "content": %%, "stale": n, ...}}')
    p.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2],
                   help="project folder (default: the one this game is in)")


def run(args) -> int:
    from game.core import i18n_report

    report = i18n_report.build_from_folder(args.root)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(i18n_report.format_text(report))
    return 0
