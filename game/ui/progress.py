"""The player's progress and settings, kept in the save document through :mod:`game.storage`.

Everything is saved on each change (the browser gives no reliable moment to save on exit).
Level stars on the map come from the best score: 3 stars from 85 % of the points, 2 from 65 %,
1 from 40 %.
"""

from __future__ import annotations

from game.storage import LoadResult, Storage
from game.ui.theme import TEXT_SCALES

DEFAULT_SETTINGS = {"text_scale": 100, "high_contrast": False, "reduced_motion": False, "sound": True,
                    "language": None}
STAR_STEPS = (0.40, 0.65, 0.85)


def level_stars(score: int, max_score: int) -> int:
    if max_score <= 0:
        return 0
    ratio = score / max_score
    return sum(1 for step in STAR_STEPS if ratio >= step)


class Progress:
    def __init__(self, storage: Storage, loaded: LoadResult | None = None):
        self.storage = storage
        loaded = loaded or storage.load()
        self.notice = loaded.notice      # why an old save was set aside, shown once on the title
        self.backup = loaded.backup
        self.data = loaded.data
        self.settings = self._clean_settings(self.data.get("settings"))
        levels = self.data.get("levels")
        self.levels: dict[str, dict] = levels if isinstance(levels, dict) else {}
        resume = self.data.get("resume")
        self.resume: dict | None = resume if isinstance(resume, dict) else None

    @staticmethod
    def _clean_settings(raw) -> dict:
        out = dict(DEFAULT_SETTINGS)
        if isinstance(raw, dict):
            for key, default in DEFAULT_SETTINGS.items():
                value = raw.get(key, default)
                if key == "text_scale":
                    out[key] = value if value in TEXT_SCALES else default
                elif key == "language":
                    out[key] = value if isinstance(value, str) else None
                else:
                    out[key] = bool(value) if isinstance(value, bool) else default
        return out

    def save(self) -> bool:
        self.data.update(settings=self.settings, levels=self.levels, resume=self.resume)
        return self.storage.save(self.data)

    # -- settings -----------------------------------------------------------------------------------
    def set(self, key: str, value) -> None:
        self.settings[key] = value
        self.save()

    # -- results ------------------------------------------------------------------------------------
    def best(self, level_id: str) -> dict | None:
        entry = self.levels.get(level_id)
        return entry if isinstance(entry, dict) and isinstance(entry.get("best"), int) else None

    def record(self, report: dict) -> bool:
        """Keep a finished level's report if it beats the best; returns True for a new best."""
        level_id = report["level"]
        old = self.best(level_id)
        plays = (old or {}).get("plays", 0) + 1
        new_best = old is None or report["score"] > old["best"]
        entry = dict(old or {})
        if new_best:
            entry.update(best=report["score"], max=report["max_score"],
                         stars=level_stars(report["score"], report["max_score"]),
                         discernment=report["discernment_score"])
        entry["plays"] = plays
        self.levels[level_id] = entry
        self.save()
        return new_best

    # -- resume -------------------------------------------------------------------------------------
    def set_resume(self, resume: dict | None) -> None:
        self.resume = resume
        self.save()
