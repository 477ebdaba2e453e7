"""``python -m game simulate LEVEL --answers FILE``: play a level headlessly and print its report."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HELP = "play a level headlessly with given answers and print the results report (JSON)"
ORDER = 30


def add_arguments(p) -> None:
    p.add_argument("level", type=Path, help="a level file (.yaml)")
    p.add_argument("--answers", type=Path, required=True,
                   help='JSON list of {"item": id, "verdict": "manipulative"|"legitimate", "techniques": [...]}')
    p.add_argument("--techniques", type=Path, metavar="FILE", help="technique guide (default: levels/techniques.yaml)")
    p.add_argument("--seed", type=int, default=0, help="session seed (item order and technique palette)")


def run(args) -> int:
    from game.core.loader import load_content
    from game.core.model import Level
    from game.core.session import AnswerError, Session

    content = load_content([args.level], techniques=args.techniques)
    loaded = content.levels[0] if content.levels else None
    if loaded is None or not loaded.ok:
        for problem in content.report.sorted():
            if problem.severity == "error":
                print(problem.format(), file=sys.stderr)
        print("The level has errors; fix them first (python -m game validate).", file=sys.stderr)
        return 1
    try:
        answers = json.loads(args.answers.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"{args.answers}: cannot read the answers ({exc}).", file=sys.stderr)
        return 2
    level = Level.from_dict(loaded.data)
    session = Session.start(level, seed=args.seed, technique_ids=[t["id"] for t in content.technique_list()])
    try:
        session.answer_all(answers)
    except AnswerError as exc:
        print(f"{args.answers}: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(session.report(), indent=2, ensure_ascii=False))
    return 0
