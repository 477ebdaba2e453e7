"""Command dispatch for ``python -m game``.

Each command is a small module in :mod:`game.commands` with ``HELP``, ``add_arguments(parser)``
and ``run(args) -> int``; modules are imported only when their command runs, so ``--help`` and
every command start fast. Exit codes: 0 success, 1 the input has problems, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# command name -> module in game.commands; the order is the order of --help.
COMMANDS = {
    "validate": "validate",
    "docs": "docs",
    "simulate": "simulate",
}

_HELP = {
    "validate": "check level files and tell what to fix (file:line:col, plain words, hints)",
    "docs": "regenerate levels/README.md and levels/level.schema.json from the schema in code",
    "simulate": "play a level headlessly with given answers and print the results report (JSON)",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m game",
        description="Lupa: tools for playing, writing and checking levels.",
        epilog="Run 'python -m game COMMAND --help' for the options of one command.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        p = sub.add_parser(name, help=_HELP.get(name, ""), description=_HELP.get(name, ""))
        p.set_defaults(_module=module)
        _module(module).add_arguments(p)
    return parser


def _module(name: str):
    return importlib.import_module(f"game.commands.{name}")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return int(_module(args._module).run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
