"""The app: window, content, the scene stack and the one async main loop.

``main.py`` builds :class:`AppOptions` and calls ``asyncio.run(App(options).run())``; nothing else
in the game loops. Each frame pumps events into the top scene, updates it, and draws only when the
scene says something changed; every frame ends with ``await asyncio.sleep(...)`` so the browser
(pygbag) gets control back. When nothing happens the loop backs off (1/60 s -> 1/30 s -> 0.1 s)
so an idle game costs almost no CPU; any input brings it straight back.

The logical screen is 1280x720. Natively the window uses ``pygame.SCALED`` so it can be resized
and the mouse is mapped for us; in the browser the canvas is scaled by the page.

The app is also the one place that talks to the page (:mod:`game.web.runtime`): it reads the
teacher's assignment link at start, keeps the page's language in step with the game's, and
mirrors each screen into the page's live region for screen readers - on every scene change and
after every input that changed the screen, through the scene's :func:`announcement`.
"""

from __future__ import annotations

import asyncio
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.core.library import Library
from game.storage import Storage, open_storage
from game.ui.context import Context
from game.ui.progress import Progress
from game.ui.run import Playlist, playlist_from_link
from game.ui.speech import Speaker
from game.web import runtime
from game.ui.scene import Pop, Push, Quit, Replace, Reset, Scene
from game.ui.theme import LOGICAL_SIZE

ROOT = Path(__file__).resolve().parents[1]
WEB = sys.platform == "emscripten"
PACK = "content-pack.json"  # written by the web build next to main.py
FRAME = 1 / 60
IDLE_STEPS = ((30, FRAME), (120, 1 / 30), (None, 0.1))  # (idle frames up to, sleep)
# Input that can change what a screen says (pointer motion and hover never do).
SPOKEN_INPUT = (pygame.KEYDOWN, pygame.MOUSEBUTTONUP, pygame.FINGERUP, pygame.TEXTINPUT)
MOVING_KEYS = (pygame.K_TAB, pygame.K_UP, pygame.K_DOWN, pygame.K_LEFT, pygame.K_RIGHT, pygame.K_PAGEUP,
               pygame.K_PAGEDOWN, pygame.K_HOME, pygame.K_END)  # focus and scrolling change no words


@dataclass
class AppOptions:
    root: Path = ROOT                     # project folder with levels/ and assets/
    level: Path | None = None             # --level: preview one level file
    lang: str | None = None               # --lang: interface language
    frames: int | None = None             # --frames: quit after this many frames
    playlist: Playlist | None = None      # an assignment: levels in order, optional pre/post checks
    assignment: str | None = None         # --assignment "#lang=..&levels=..": a link's fragment
    save_path: Path | None = None         # native save file (default: the user's data folder)
    storage: Storage | None = None        # injected storage (tests, benchmarks)
    pack: Path | None = None              # compiled JSON content pack (the browser build)
    seed: int | None = None               # session seed; None: a fresh one per play
    paced: bool | None = None             # sleep between frames (default: unless --frames)


def load_library(options: AppOptions) -> Library:
    """Levels from the JSON pack (browser) or from YAML (native); never raises for bad content."""
    pack = options.pack or options.root / PACK
    if options.level is None and (options.pack is not None or WEB or pack.is_file()):
        return Library.load_pack(pack)  # the web package ships the compiled pack and no YAML
    paths = [Path(options.level)] if options.level else None
    return Library.from_folder(options.root, paths)


class App:
    def __init__(self, options: AppOptions | None = None):
        self.options = options or AppOptions()
        self.stack: list[Scene] = []
        self.running = False
        self.frames = 0
        self.draws = 0
        self.screen: pygame.Surface | None = None
        self.ctx: Context | None = None
        self._idle = 0
        self._last = 0.0
        self.speaker = Speaker(runtime)

    # -- start -----------------------------------------------------------------------------------
    def start(self) -> None:
        """Open the window, load content and settings, show the first scene."""
        pygame.display.init()
        pygame.font.init()
        flags = 0 if WEB else pygame.SCALED | pygame.RESIZABLE
        try:
            self.screen = pygame.display.set_mode(LOGICAL_SIZE, flags)
        except pygame.error:
            self.screen = pygame.display.set_mode(LOGICAL_SIZE)
        pygame.display.set_caption("Lupa")
        pygame.key.set_repeat(400, 45)
        storage = self.options.storage or open_storage(self.options.save_path)
        progress = Progress(storage)
        try:
            library = load_library(self.options)
        except (OSError, ValueError, KeyError) as exc:  # a missing or damaged pack: say so, keep running
            library = Library()
            progress.notice = progress.notice or "content"
            progress.backup = str(exc)
        seed = self.options.seed
        playlist, lang, notices, linked = self.options.playlist, self.options.lang, [], False
        if playlist is None and self.options.level is None:
            playlist, link_lang, notices = self.read_assignment(library)
            lang, linked = lang or link_lang, playlist is not None
        self.ctx = Context.build(library, progress, lang, playlist=playlist, open_assignment=linked,
                                 notices=notices, preview=self.options.level is not None, root=self.options.root,
                                 seed=seed if seed is not None else int(time.time() * 1000) % 2**31)
        from game.ui.icons import Icons
        pygame.display.set_icon(Icons().get("lupa", 64, (0, 114, 178)))
        from game.ui import flow
        self.stack = flow.first_scenes(self.ctx)
        self.running = True
        self._last = time.perf_counter()
        self.speaker.follow(self.top, self.ctx)
        self.draw()

    def read_assignment(self, library: Library):
        """The assignment link: ``--assignment`` natively, else the page's ``location.hash`` (or
        ``LUPA_ASSIGNMENT``, see :func:`game.web.runtime.assignment_fragment`).
        Returns (playlist or None, language or None, notices); never raises."""
        fragment = self.options.assignment
        if fragment is None:
            fragment = runtime.assignment_fragment()
        return playlist_from_link(fragment, library)

    # -- one frame -------------------------------------------------------------------------------
    def frame(self) -> bool:
        """Handle pending events, update, draw if needed; False once the game should stop."""
        now = time.perf_counter()
        dt, self._last = min(0.25, now - self._last), now
        busy = False
        for event in pygame.event.get():
            busy = True
            if event.type == pygame.QUIT:
                self.running = False
                break
            transition = self.top.handle(event)
            self.apply(transition)
            if not self.running:
                break
            if transition is None and event.type in SPOKEN_INPUT and getattr(event, "key", None) not in MOVING_KEYS:
                self.speaker.follow(self.top, self.ctx)  # same screen, maybe changed: read what is new
        if self.running:
            self.apply(self.top.update(dt))
        if self.running and (self.top.dirty or self.top.animating or self.top.damage or self.top.scroll_ops):
            self.draw()
            busy = True
        self._idle = 0 if busy else self._idle + 1
        self.frames += 1
        if self.options.frames is not None and self.frames >= self.options.frames:
            self.running = False
        return self.running

    @property
    def top(self) -> Scene:
        return self.stack[-1]

    def draw(self) -> None:
        rects = self.top.render(self.screen)
        if rects is None:
            pygame.display.flip()
        else:
            pygame.display.update(rects)
        self.draws += 1

    def apply(self, transition) -> None:
        if transition is None:
            return
        if isinstance(transition, Quit):
            self.running = False
            return
        if isinstance(transition, Push):
            self.stack.append(transition.scene)
        elif isinstance(transition, Pop):
            if len(self.stack) > 1:
                self.stack.pop()
        elif isinstance(transition, Replace):
            self.stack[-1] = transition.scene
        elif isinstance(transition, Reset):
            self.stack = [*transition.below, transition.scene]
        self.top.dirty = True
        self.top._look = None if self.top._look != self.ctx.look else self.top._look
        self.speaker.follow(self.top, self.ctx)

    def sleep_time(self, work: float) -> float:
        paced = self.options.paced if self.options.paced is not None else self.options.frames is None
        if not paced:
            return 0.0
        for limit, delay in IDLE_STEPS:
            if limit is None or self._idle <= limit:
                if delay == FRAME:
                    return 0.0 if WEB else max(0.0, FRAME - work)  # the browser paces frames itself
                return delay
        return 0.1

    # -- the loop --------------------------------------------------------------------------------
    async def run(self) -> None:
        self.start()
        while self.running:
            t0 = time.perf_counter()
            self.frame()
            await asyncio.sleep(self.sleep_time(time.perf_counter() - t0))
        if not WEB:
            pygame.quit()


async def run(options: AppOptions | None = None) -> None:
    """Entry point for ``main.py``."""
    await App(options).run()
