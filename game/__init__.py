"""Lupa: a game that teaches players to recognise manipulation in news and social media.

``game.core`` is the pure core (level format, loader, validator, scoring, session) and never
imports pygame; the scenes and the main loop render the core's state.
"""

__version__ = "0.1.0"
