"""The browser build: the pygbag page, the build pipeline, and the game's small bridge to the page.

Only :mod:`game.web.runtime` ships inside the web package; ``build``, ``fonts``, ``page_text`` and
``template.html`` run at build time (``python -m game build-web``) and are left out of it.
"""
