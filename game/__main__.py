"""``python -m game``: the command line for trainers, teachers and developers."""

from game.cli import main

raise SystemExit(main())
