"""``python -m game content-report``: how balanced the level set is, for trainers and tests."""

from __future__ import annotations

import json
from pathlib import Path

HELP = "summarise the level set: levels per country, honest share, technique coverage, sources, clues"
ORDER = 40


def add_arguments(p) -> None:
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--root", type=Path, default=Path("."), help="project folder (default: current folder)")


def run(args) -> int:
    from game.core import content_report
    from game.core.library import Library

    report = content_report.build(Library.from_folder(args.root))
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else content_report.format_text(report))
    return 1 if report["broken"] else 0
