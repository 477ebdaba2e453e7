"""Icons drawn with pygame at run time (no image files to ship or license).

Each icon is drawn once on a 128 px canvas in one colour, smoothed down to the size asked for,
and cached. Icons always sit next to a word: they help scanning and colour-blind players, they
never carry a meaning alone. Technique ids map to icons in :data:`TECHNIQUE_ICONS`; an unknown
technique gets a neutral tag icon.
"""

from __future__ import annotations

import math

import pygame

S = 128  # drawing canvas


def _poly(surf, c, pts, width=0):
    pygame.draw.polygon(surf, c, [(x, y) for x, y in pts], width)


def _check(s, c):
    pygame.draw.lines(s, c, False, [(22, 68), (52, 98), (108, 32)], 18)


def _cross(s, c):
    pygame.draw.line(s, c, (28, 28), (100, 100), 18)
    pygame.draw.line(s, c, (100, 28), (28, 100), 18)


def _warn(s, c):
    _poly(s, c, [(64, 8), (124, 116), (4, 116)], 0)
    hole = (0, 0, 0, 0)
    pygame.draw.rect(s, hole, (56, 42, 16, 42))
    pygame.draw.circle(s, hole, (64, 98), 9)


def _star(s, c, filled=True):
    pts = []
    for i in range(10):
        r = 60 if i % 2 == 0 else 25
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((64 + r * math.cos(a), 68 + r * math.sin(a)))
    _poly(s, c, pts, 0 if filled else 9)


def _magnifier(s, c):
    pygame.draw.circle(s, c, (52, 52), 38, 14)
    pygame.draw.line(s, c, (80, 80), (116, 116), 20)


def _source(s, c):  # a person in an ID frame: who is behind this?
    pygame.draw.rect(s, c, (8, 16, 112, 96), 10, border_radius=12)
    pygame.draw.circle(s, c, (44, 54), 16)
    pygame.draw.ellipse(s, c, (18, 74, 52, 34))
    for y in (46, 64, 82):
        pygame.draw.line(s, c, (74, y), (104, y), 9)


def _image(s, c):
    pygame.draw.rect(s, c, (8, 18, 112, 92), 10, border_radius=10)
    _poly(s, c, [(20, 98), (52, 56), (74, 82), (88, 66), (108, 98)])
    pygame.draw.circle(s, c, (88, 42), 10)


def _date(s, c):
    pygame.draw.rect(s, c, (12, 22, 104, 94), 10, border_radius=10)
    pygame.draw.rect(s, c, (12, 22, 104, 26), border_radius=10)
    for x in (38, 90):
        pygame.draw.line(s, c, (x, 8), (x, 30), 10)
    for r in range(2):
        for col in range(3):
            pygame.draw.rect(s, c, (30 + col * 26, 60 + r * 24, 14, 14))


def _search(s, c):  # lateral reading: several pages and a magnifier
    pygame.draw.rect(s, c, (8, 8, 62, 80), 9, border_radius=6)
    pygame.draw.rect(s, c, (30, 22, 62, 80), 0, border_radius=6)
    pygame.draw.circle(s, (0, 0, 0, 0), (64, 62), 30)
    pygame.draw.circle(s, c, (64, 62), 24, 11)
    pygame.draw.line(s, c, (82, 80), (116, 114), 16)


def _back(s, c):
    pygame.draw.line(s, c, (24, 64), (108, 64), 16)
    pygame.draw.lines(s, c, False, [(60, 24), (20, 64), (60, 104)], 16)


def _next(s, c):
    pygame.draw.line(s, c, (20, 64), (104, 64), 16)
    pygame.draw.lines(s, c, False, [(68, 24), (108, 64), (68, 104)], 16)


def _play(s, c):
    _poly(s, c, [(32, 16), (112, 64), (32, 112)])


def _sliders(s, c):
    for i, (y, x) in enumerate(((30, 84), (64, 40), (98, 72))):
        pygame.draw.line(s, c, (12, y), (116, y), 8)
        pygame.draw.circle(s, c, (x, y), 15)


def _globe(s, c):
    pygame.draw.circle(s, c, (64, 64), 54, 9)
    pygame.draw.ellipse(s, c, (40, 10, 48, 108), 8)
    pygame.draw.line(s, c, (10, 64), (118, 64), 8)
    pygame.draw.line(s, c, (20, 36), (108, 36), 7)
    pygame.draw.line(s, c, (20, 92), (108, 92), 7)


def _info(s, c):
    pygame.draw.circle(s, c, (64, 64), 56, 10)
    pygame.draw.rect(s, c, (56, 52, 16, 46))
    pygame.draw.circle(s, c, (64, 34), 9)


def _clock(s, c):
    pygame.draw.circle(s, c, (64, 64), 54, 10)
    pygame.draw.line(s, c, (64, 64), (64, 28), 10)
    pygame.draw.line(s, c, (64, 64), (90, 76), 10)


def _book(s, c):
    _poly(s, c, [(8, 24), (60, 32), (60, 112), (8, 104)], 9)
    _poly(s, c, [(120, 24), (68, 32), (68, 112), (120, 104)], 9)


def _sound(s, c):
    _poly(s, c, [(10, 48), (38, 48), (70, 18), (70, 110), (38, 80), (10, 80)])
    pygame.draw.arc(s, c, (54, 34, 44, 60), -1.0, 1.0, 9)
    pygame.draw.arc(s, c, (56, 14, 64, 100), -1.0, 1.0, 9)


def _contrast(s, c):
    pygame.draw.circle(s, c, (64, 64), 54, 10)
    pygame.draw.rect(s, c, (64, 10, 2, 108))
    pygame.draw.arc(s, c, (10, 10, 108, 108), -math.pi / 2, math.pi / 2, 54)


def _motion(s, c):
    pygame.draw.circle(s, c, (84, 64), 30)
    for y, x0 in ((44, 8), (64, 20), (84, 8)):
        pygame.draw.line(s, c, (x0, y), (44, y), 9)


def _text_size(s, c):
    _poly(s, c, [(8, 112), (40, 24), (56, 24), (88, 112), (72, 112), (48, 44), (24, 112)])
    pygame.draw.rect(s, c, (28, 76, 40, 10))
    _poly(s, c, [(84, 112), (100, 64), (112, 64), (128, 112), (118, 112), (106, 80), (94, 112)])


def _list(s, c):
    for y in (28, 64, 100):
        pygame.draw.circle(s, c, (18, y), 9)
        pygame.draw.line(s, c, (38, y), (118, y), 10)


def _map(s, c):
    _poly(s, c, [(8, 24), (44, 12), (84, 28), (120, 16), (120, 104), (84, 116), (44, 100), (8, 112)], 9)
    pygame.draw.line(s, c, (44, 12), (44, 100), 8)
    pygame.draw.line(s, c, (84, 28), (84, 116), 8)


def _lock(s, c):
    pygame.draw.rect(s, c, (20, 56, 88, 64), border_radius=10)
    pygame.draw.arc(s, c, (34, 8, 60, 90), 0, math.pi, 12)


def _download(s, c):  # an arrow down into a tray: save a file
    pygame.draw.line(s, c, (64, 8), (64, 74), 16)
    _poly(s, c, [(30, 50), (98, 50), (64, 90)])
    pygame.draw.lines(s, c, False, [(14, 80), (14, 114), (114, 114), (114, 80)], 12)


def _copy(s, c):  # two overlapping sheets: copy
    hole = (0, 0, 0, 0)
    pygame.draw.rect(s, c, (10, 8, 72, 88), 10, border_radius=10)
    pygame.draw.rect(s, hole, (36, 32, 90, 94), border_radius=12)  # the front sheet hides the back one
    pygame.draw.rect(s, c, (44, 40, 74, 80), 10, border_radius=10)
    for y in (64, 84):
        pygame.draw.line(s, c, (60, y), (100, y), 8)


# -- technique icons ------------------------------------------------------------------------------
def _t_emotion(s, c):  # exclamation in a speech bubble
    pygame.draw.ellipse(s, c, (6, 10, 116, 86), 9)
    _poly(s, c, [(30, 86), (22, 120), (56, 92)])
    pygame.draw.rect(s, c, (57, 26, 14, 38))
    pygame.draw.circle(s, c, (64, 76), 8)


def _t_clickbait(s, c):  # a fishing hook
    pygame.draw.line(s, c, (78, 8), (78, 80), 11)
    pygame.draw.arc(s, c, (30, 52, 54, 60), math.pi, 2 * math.pi, 11)
    _poly(s, c, [(24, 62), (42, 86), (28, 90)])
    pygame.draw.circle(s, c, (78, 10), 10, 6)


def _t_mask(s, c):  # impersonation
    pygame.draw.ellipse(s, c, (8, 28, 112, 70))
    pygame.draw.ellipse(s, (0, 0, 0, 0), (26, 48, 26, 20))
    pygame.draw.ellipse(s, (0, 0, 0, 0), (76, 48, 26, 20))
    pygame.draw.line(s, c, (8, 60), (0, 48), 6)


def _t_pencil(s, c):  # fabrication: made up
    _poly(s, c, [(22, 92), (88, 26), (106, 44), (40, 110)])
    _poly(s, c, [(22, 92), (40, 110), (12, 120)])
    pygame.draw.line(s, c, (8, 122), (120, 122), 6)


def _t_crop(s, c):  # false context: cut out of its frame
    pygame.draw.lines(s, c, False, [(32, 8), (32, 96), (120, 96)], 12)
    pygame.draw.lines(s, c, False, [(8, 32), (96, 32), (96, 120)], 12)


def _t_media(s, c):  # manipulated media: picture with a slash
    _image(s, c)
    pygame.draw.line(s, c, (6, 122), (122, 6), 10)


def _t_eye(s, c):  # conspiracy
    _poly(s, c, [(64, 8), (122, 112), (6, 112)], 9)
    pygame.draw.ellipse(s, c, (34, 62, 60, 32), 7)
    pygame.draw.circle(s, c, (64, 78), 9)


def _t_split(s, c):  # polarisation: arrows pulling apart
    pygame.draw.line(s, c, (8, 64), (56, 64), 12)
    _poly(s, c, [(4, 64), (30, 40), (30, 88)])
    pygame.draw.line(s, c, (72, 64), (120, 64), 12)
    _poly(s, c, [(124, 64), (98, 40), (98, 88)])
    pygame.draw.line(s, c, (64, 12), (64, 116), 6)


def _t_target(s, c):  # scapegoating
    pygame.draw.circle(s, c, (64, 64), 56, 9)
    pygame.draw.circle(s, c, (64, 64), 34, 9)
    pygame.draw.circle(s, c, (64, 64), 12)


def _t_thumb_down(s, c):  # discrediting
    pygame.draw.rect(s, c, (10, 16, 24, 60), border_radius=4)
    _poly(s, c, [(42, 16), (104, 16), (118, 60), (112, 72), (78, 72), (86, 112), (70, 118), (42, 76)])


def _t_what_about(s, c):  # whataboutism: pointing away
    pygame.draw.circle(s, c, (32, 64), 22, 9)
    pygame.draw.line(s, c, (58, 64), (112, 64), 11)
    _poly(s, c, [(122, 64), (96, 42), (96, 86)])
    pygame.draw.circle(s, c, (32, 64), 6)


def _t_cherry(s, c):  # cherry-picking
    pygame.draw.circle(s, c, (36, 92), 26)
    pygame.draw.circle(s, c, (92, 96), 26)
    pygame.draw.lines(s, c, False, [(36, 70), (70, 14), (92, 72)], 8)
    pygame.draw.ellipse(s, c, (70, 6, 44, 20))


def _t_cap(s, c):  # fake experts
    _poly(s, c, [(64, 18), (124, 46), (64, 74), (4, 46)])
    _poly(s, c, [(30, 60), (98, 60), (98, 96), (64, 108), (30, 96)])
    pygame.draw.line(s, c, (112, 50), (112, 96), 6)


def _t_megaphone(s, c):  # fake amplification
    _poly(s, c, [(14, 50), (42, 50), (96, 18), (96, 110), (42, 78), (14, 78)])
    for y in (30, 64, 98):
        pygame.draw.line(s, c, (106, 64 + (y - 64) // 2), (124, y), 7)


def _t_fork(s, c):  # false dilemma: only two ways
    pygame.draw.line(s, c, (64, 124), (64, 64), 12)
    pygame.draw.lines(s, c, False, [(16, 12), (64, 64), (112, 12)], 12)


def _t_tag(s, c):
    _poly(s, c, [(8, 40), (56, 8), (120, 8), (120, 72), (72, 120), (8, 56)], 10)
    pygame.draw.circle(s, c, (96, 32), 9)


ICONS = {
    "check": _check, "cross": _cross, "warn": _warn, "star": _star,
    "star_empty": lambda s, c: _star(s, c, False), "lupa": _magnifier, "source": _source,
    "image": _image, "date": _date, "search": _search, "back": _back, "next": _next, "play": _play,
    "settings": _sliders, "language": _globe, "info": _info, "clock": _clock, "credits": _book,
    "sound": _sound, "contrast": _contrast, "motion": _motion, "text_size": _text_size, "list": _list,
    "map": _map, "lock": _lock, "tag": _t_tag, "download": _download, "copy": _copy,
    "t-emotion": _t_emotion, "t-clickbait": _t_clickbait, "t-mask": _t_mask, "t-pencil": _t_pencil,
    "t-crop": _t_crop, "t-media": _t_media, "t-eye": _t_eye, "t-split": _t_split, "t-target": _t_target,
    "t-thumb": _t_thumb_down, "t-away": _t_what_about, "t-cherry": _t_cherry, "t-cap": _t_cap,
    "t-megaphone": _t_megaphone, "t-fork": _t_fork,
}

TECHNIQUE_ICONS = {
    "emotional-language": "t-emotion", "clickbait": "t-clickbait", "impersonation": "t-mask",
    "fabrication": "t-pencil", "false-context": "t-crop", "manipulated-media": "t-media",
    "conspiracy": "t-eye", "polarisation": "t-split", "scapegoating": "t-target",
    "discrediting": "t-thumb", "whataboutism": "t-away", "cherry-picking": "t-cherry",
    "fake-experts": "t-cap", "fake-amplification": "t-megaphone", "false-dilemma": "t-fork",
}


def technique_icon(technique_id: str) -> str:
    return TECHNIQUE_ICONS.get(technique_id, "tag")


class Icons:
    """Cached icon surfaces by (name, size, colour)."""

    def __init__(self):
        self._cache: dict = {}

    def get(self, name: str, size: int, colour) -> pygame.Surface:
        key = (name, size, tuple(colour))
        surf = self._cache.get(key)
        if surf is None:
            big = pygame.Surface((S, S), pygame.SRCALPHA)
            ICONS.get(name, _t_tag)(big, tuple(colour) + (255,) if len(colour) == 3 else colour)
            surf = pygame.transform.smoothscale(big, (size, size))
            self._cache[key] = surf
        return surf
