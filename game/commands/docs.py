"""``python -m game docs``: regenerate the trainers' format docs and the editors' JSON Schema."""

from __future__ import annotations

from pathlib import Path

HELP = "regenerate levels/README.md and levels/level.schema.json from the schema in code"
ORDER = 20


def add_arguments(p) -> None:
    p.add_argument("--check", action="store_true",
                   help="do not write; exit 1 if levels/README.md or levels/level.schema.json is out of date")
    p.add_argument("--root", type=Path, default=Path("."), help="project folder (default: current folder)")


def outputs(root: Path) -> dict[Path, str]:
    """The generated files and their exact expected text."""
    from game.core.docs import json_schema, markdown
    from game.core.loader import TECHNIQUES_FILE, check_file
    from game.core.schema import TAXONOMY

    guide = check_file(root / "levels" / TECHNIQUES_FILE, TAXONOMY)
    techniques = (guide.data or {}).get("techniques", [])
    return {root / "levels" / "README.md": markdown(techniques),
            root / "levels" / "level.schema.json": json_schema(techniques)}


def run(args) -> int:
    stale = []
    for path, text in outputs(args.root).items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if args.check:
            stale.append(path)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    for path in stale:
        print(f"{path} is out of date: run 'python -m game docs'")
    return 1 if stale else 0
