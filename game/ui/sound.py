"""Short interface sounds, synthesised at run time (no audio files), and silent when they cannot play.

The mixer is opened lazily on the first sound, never at start-up: in the browser audio only
works after a user gesture, and an open audio device keeps a WebAudio callback running even when
nothing plays. Sounds never carry information alone: every one accompanies something on screen.
"""

from __future__ import annotations

import math
from array import array

import pygame

RATE = 22050
TONES = {
    "click": ((660, 0.035),),
    "select": ((520, 0.05), (780, 0.06)),
    "right": ((523, 0.08), (659, 0.08), (784, 0.14)),
    "wrong": ((392, 0.12), (330, 0.18)),
    "reveal": ((880, 0.05), (988, 0.07)),
}


def synth(notes, volume: float = 0.22) -> array:
    """Sine notes with a soft attack/decay, as 16-bit mono samples."""
    out = array("h")
    for freq, dur in notes:
        n = int(RATE * dur)
        for i in range(n):
            env = min(1.0, i / (RATE * 0.005)) * (1 - i / n) ** 1.5
            out.append(int(32767 * volume * env * math.sin(2 * math.pi * freq * i / RATE)))
    return out


class Sound:
    def __init__(self, enabled: bool = True):
        self.enabled = enabled
        self._sounds: dict[str, pygame.mixer.Sound] | None = None
        self.failed = False
        self.played: list[str] = []   # names played, newest last (tests read it; bounded)

    def _open(self) -> bool:
        if self._sounds is not None:
            return True
        if self.failed:
            return False
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(RATE, -16, 1, 512)
            freq, _fmt, channels = pygame.mixer.get_init()
            sounds = {}
            for name, notes in TONES.items():
                samples = synth(notes)
                if channels == 2:
                    stereo = array("h")
                    for s in samples:
                        stereo.extend((s, s))
                    samples = stereo
                sounds[name] = pygame.mixer.Sound(buffer=samples.tobytes())
            self._sounds = sounds
            return True
        except (pygame.error, ValueError, TypeError):
            self.failed = True
            return False

    def play(self, name: str) -> None:
        if not self.enabled:
            return
        self.played = (self.played + [name])[-20:]
        if self._open() and name in self._sounds:
            self._sounds[name].play()
