"""One module per ``python -m game`` command (see :mod:`game.cli`)."""
