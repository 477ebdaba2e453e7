"""Results of a finished assignment: the student's file and code, and the teacher's class CSV.

Nothing leaves the student's device by itself. At the end of an assignment the student can
download a results file (JSON or CSV) or copy a short *results code*; the teacher collects them
(Moodle, Classroom, e-mail, paper) and ``python -m game results`` merges them into one class CSV:
one row per student and level with score, discernment, lean, per-technique stars and minutes.

Privacy: a result holds scores, the assignment name, the language, the day it was finished and an
optional nickname the student typed - no account, no device id, no answers, no clock time.

The code packs the same data into bits (level and technique ids as short fingerprints, which the
teacher's copy of the game resolves), writes it in Crockford base32 (no I, L, O, U; typing ``o``
for ``0`` or ``l`` for ``1`` is forgiven) and ends with a CRC-32, so a mistyped, missing or swapped
character is reported instead of producing wrong scores. Everything read from files and codes is
treated as hostile: sizes, strings and numbers are bounded, and bad input becomes a notice.
"""

from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import io
import json
import re
import zlib
from dataclasses import dataclass, field

from .assignment import MAX_NAME, clean_text
from .scoring import LEANS

FORMAT = "lupa-results"
VERSION = 1
PHASES = ("practice", "pre", "post", "check")
LANGS = ("en", "sq", "mk", "sr-Cyrl", "sr-Latn", "bs", "hr", "cnr")  # append only: codes store the index
MAX_NICKNAME = 24
MAX_LEVELS = 48
MAX_TECHNIQUES = 31
MAX_FILE_BYTES = 1_000_000
MAX_CODE_CHARS = 4000
EPOCH = _dt.date(2024, 1, 1)
CODE_PREFIX = "LUPA"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
_DECODE = {c: i for i, c in enumerate(_ALPHABET)} | {"O": 0, "I": 1, "L": 1}
_CODE_RE = re.compile(r"LUPA(?:-[0-9A-Za-z]{1,8})+", re.IGNORECASE)


class ResultsError(ValueError):
    """A results file or code that cannot be read; the message says why in plain words."""


# -- the data ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LevelResult:
    level: str
    phase: str              # practice | pre | post | check
    score: int
    max_score: int
    discernment: int        # spot-the-difference, 0-100
    lean: str               # one of scoring.LEANS
    measuring: bool         # too few items for discernment and lean to mean much
    minutes: float          # active minutes, one decimal
    stars: dict = field(default_factory=dict, hash=False)  # key technique id -> 0..3, None = not tested

    def to_dict(self) -> dict:
        return {"level": self.level, "phase": self.phase, "score": self.score, "max_score": self.max_score,
                "discernment": self.discernment, "lean": self.lean, "measuring": self.measuring,
                "minutes": self.minutes, "stars": dict(self.stars)}


@dataclass(frozen=True)
class Results:
    assignment: str = ""
    lang: str = ""
    nickname: str = ""
    date: str = ""          # YYYY-MM-DD, the day the assignment was finished
    levels: tuple[LevelResult, ...] = ()

    def to_dict(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "assignment": self.assignment, "lang": self.lang,
                "nickname": self.nickname, "date": self.date, "levels": [lv.to_dict() for lv in self.levels]}


def key_techniques(level) -> tuple[str, ...]:
    """The techniques a level's answer key uses, sorted: the stars columns of its results."""
    return tuple(sorted({t for item in level.items for t in item.techniques}))


def level_result(report: dict, techniques, phase: str | None = None) -> LevelResult:
    """One level's entry from a session report (``Session.report()``) and the level's
    :func:`key_techniques`. A technique no answered item tested gets ``None`` stars (not tested)."""
    if phase is None:
        phase = "practice" if report.get("mode") == "practice" else "check"
    tallies = report.get("techniques", {})
    stars = {}
    for t in list(techniques)[:MAX_TECHNIQUES]:
        tally = tallies.get(t, {})
        tested = tally.get("spotted", 0) + tally.get("missed", 0) > 0
        stars[t] = int(tally["stars"]) if tested else None
    return LevelResult(
        level=str(report["level"]), phase=phase, score=_clamp(report["score"], 0, 16383),
        max_score=_clamp(report["max_score"], 0, 16383),
        discernment=_clamp(round(report["discernment_score"]), 0, 100),
        lean=report["lean"] if report.get("lean") in LEANS else "balanced",
        measuring=bool(report.get("measuring")), minutes=_minutes(report.get("minutes", 0)), stars=stars)


def make_results(entries, assignment: str = "", lang: str = "", nickname: str = "",
                 date: _dt.date | str | None = None) -> Results:
    """Results from ``(phase or None, report, level)`` triples in the order they were played."""
    if isinstance(date, _dt.date):
        date = date.isoformat()
    return Results(assignment=clean_text(assignment, MAX_NAME), lang=lang if lang in LANGS else "",
                   nickname=clean_text(nickname, MAX_NICKNAME), date=_valid_date(date or ""),
                   levels=tuple(level_result(report, key_techniques(level), phase)
                                for phase, report, level in entries)[:MAX_LEVELS])


def results_for_sessions(sessions, **kw) -> Results:
    """Results from ``(phase or None, session)`` pairs: the usual call at the end of an assignment."""
    return make_results([(phase, s.report(), s.level) for phase, s in sessions], **kw)


# -- student files ----------------------------------------------------------------------------------
def to_json(results: Results) -> str:
    data = results.to_dict()
    data["code"] = encode_code(results)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def from_json(text: str) -> Results:
    """Read a results file; raises :class:`ResultsError` with a plain reason."""
    if len(text) > MAX_FILE_BYTES:
        raise ResultsError("the file is too large to be a Lupa results file")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise ResultsError("the file is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ResultsError("the file is not a Lupa results file")
    if data.get("version") != VERSION:
        raise ResultsError(f"the results file has version {_show(data.get('version'))}; this game reads version {VERSION}")
    levels = data.get("levels")
    if not isinstance(levels, list) or not levels:
        raise ResultsError("the results file has no levels")
    return Results(assignment=_text(data.get("assignment"), MAX_NAME), lang=_lang(data.get("lang")),
                   nickname=_text(data.get("nickname"), MAX_NICKNAME), date=_valid_date(data.get("date")),
                   levels=tuple(_level_from_dict(lv, i) for i, lv in enumerate(levels[:MAX_LEVELS])))


def _level_from_dict(d, index: int) -> LevelResult:
    where = f"level {index + 1}"
    if not isinstance(d, dict):
        raise ResultsError(f"{where} is not a record")
    level = d.get("level")
    if not isinstance(level, str) or not re.fullmatch(r"[a-z0-9?][a-z0-9-]{0,79}", level):
        raise ResultsError(f"{where} has no valid level id")
    phase = d.get("phase")
    if phase not in PHASES:
        raise ResultsError(f"{where} has an unknown phase")
    stars = d.get("stars", {})
    if not isinstance(stars, dict):
        raise ResultsError(f"{where}: stars must be a record")
    clean_stars = {}
    for t, v in list(stars.items())[:MAX_TECHNIQUES]:
        if not isinstance(t, str) or not re.fullmatch(r"[a-z0-9?][a-z0-9-]{0,79}", t):
            raise ResultsError(f"{where} has an invalid technique id")
        clean_stars[t] = None if v is None else _number(v, 0, 3, f"{where}: stars", integer=True)
    lean = d.get("lean")
    if lean not in LEANS:
        raise ResultsError(f"{where} has an unknown lean")
    return LevelResult(level, phase, _number(d.get("score"), 0, 16383, f"{where}: score", True),
                       _number(d.get("max_score"), 0, 16383, f"{where}: max_score", True),
                       _number(d.get("discernment"), 0, 100, f"{where}: discernment", True), lean,
                       bool(d.get("measuring", False)), _minutes(_number(d.get("minutes"), 0, 409.5, f"{where}: minutes")),
                       clean_stars)


# -- the results code -------------------------------------------------------------------------------
def fingerprint(identifier: str, bits: int) -> int:
    """A short, stable number for an id (sha-256 prefix); the decoder maps it back with the id list."""
    return int.from_bytes(hashlib.sha256(identifier.encode("utf-8")).digest()[:4], "big") >> (32 - bits)


class _Bits:
    def __init__(self, data: bytes = b""):
        self.value, self.size, self.pos = int.from_bytes(data, "big") if data else 0, len(data) * 8, 0

    def put(self, value: int, bits: int) -> None:
        if not 0 <= value < (1 << bits):
            raise ValueError(f"{value} does not fit in {bits} bits")
        self.value = (self.value << bits) | value
        self.size += bits

    def put_bytes(self, data: bytes) -> None:
        for b in data:
            self.put(b, 8)

    def to_bytes(self) -> bytes:
        pad = -self.size % 8
        return ((self.value << pad)).to_bytes((self.size + pad) // 8, "big")

    def get(self, bits: int) -> int:
        if self.pos + bits > self.size:
            raise ResultsError("the code is too short: a part of it is missing")
        shift = self.size - self.pos - bits
        self.pos += bits
        return (self.value >> shift) & ((1 << bits) - 1)

    def get_bytes(self, n: int) -> bytes:
        return bytes(self.get(8) for _ in range(n))


def _b32encode(data: bytes) -> str:
    value, bits = int.from_bytes(data, "big"), len(data) * 8
    pad = -bits % 5
    value <<= pad
    n = (bits + pad) // 5
    return "".join(_ALPHABET[(value >> (5 * (n - 1 - i))) & 31] for i in range(n))


def _b32decode(text: str) -> bytes:
    value = 0
    for ch in text:
        if ch not in _DECODE:
            raise ResultsError(f"the code contains '{ch}', which is not a code character")
        value = (value << 5) | _DECODE[ch]
    bits = len(text) * 5
    extra = bits % 8
    if extra >= 5:
        raise ResultsError("the code has a wrong length: a character is missing or extra")
    if value & ((1 << extra) - 1):
        raise ResultsError("the code does not check out: a character is mistyped")
    return (value >> extra).to_bytes(bits // 8, "big")


def encode_code(results: Results) -> str:
    """The results code, e.g. ``LUPA-1G4RS-...``; groups of five characters for reading aloud."""
    w = _Bits()
    w.put(VERSION, 4)
    w.put(LANGS.index(results.lang) if results.lang in LANGS else 15, 4)
    w.put(_day_number(results.date), 16)
    for text, limit_bits in ((results.nickname, 7), (results.assignment, 8)):
        raw = text.encode("utf-8")[: (1 << limit_bits) - 1]
        raw = raw.decode("utf-8", "ignore").encode("utf-8")  # never cut a character in half
        w.put(len(raw), limit_bits)
        w.put_bytes(raw)
    levels = results.levels[:MAX_LEVELS]
    w.put(len(levels), 6)
    for lv in levels:
        stars = list(lv.stars.items())[:MAX_TECHNIQUES]
        w.put(_level_fp(lv.level, [t for t, _ in stars]), 24)
        w.put(PHASES.index(lv.phase), 2)
        w.put(LEANS.index(lv.lean), 3)
        w.put(int(lv.measuring), 1)
        w.put(_clamp(lv.score, 0, 16383), 14)
        w.put(_clamp(lv.max_score, 0, 16383), 14)
        w.put(_clamp(lv.discernment, 0, 100), 7)
        w.put(_clamp(round(lv.minutes * 10), 0, 4095), 12)
        w.put(len(stars), 5)
        for _technique, count in stars:  # the decoder knows the techniques from the level
            w.put(count is not None, 1)
            if count is not None:
                w.put(_clamp(count, 0, 3), 2)
    payload = w.to_bytes()
    body = _b32encode(payload + zlib.crc32(payload).to_bytes(4, "big"))
    return "-".join([CODE_PREFIX] + [body[i:i + 5] for i in range(0, len(body), 5)])


def decode_code(code: str, levels_known=()) -> tuple[Results, list[str]]:
    """Read a results code. Levels are resolved with ``levels_known`` (the game's Level objects); a
    level this copy of the game does not know (or knows in another version) becomes ``?<hex>``
    without stars, with a notice. Raises :class:`ResultsError` for a damaged code."""
    if not isinstance(code, str) or len(code) > MAX_CODE_CHARS:
        raise ResultsError("this is not a results code")
    text = re.sub(r"[\s\-_.]", "", code).upper()
    if not text.startswith(CODE_PREFIX):
        raise ResultsError("a results code starts with LUPA")
    raw = _b32decode(text[len(CODE_PREFIX):])
    if len(raw) < 8:
        raise ResultsError("the code is too short: a part of it is missing")
    payload, crc = raw[:-4], int.from_bytes(raw[-4:], "big")
    if zlib.crc32(payload) != crc:
        raise ResultsError("the code does not check out: a character is mistyped, missing or swapped")
    r = _Bits(payload)
    if r.get(4) != VERSION:
        raise ResultsError("the code comes from a newer version of Lupa")
    lang_index = r.get(4)
    date = _day_string(r.get(16))
    nickname = _text(r.get_bytes(r.get(7)).decode("utf-8", "replace"), MAX_NICKNAME)
    assignment = _text(r.get_bytes(r.get(8)).decode("utf-8", "replace"), MAX_NAME)
    by_fp = {}
    for level in levels_known:
        keys = key_techniques(level)
        by_fp[_level_fp(level.id, keys)] = (level.id, keys)
    notices: list[str] = []
    levels = []
    for _ in range(r.get(6)):
        fp, phase, lean, measuring = r.get(24), r.get(2), r.get(3), r.get(1)
        score, max_score, disc, tenths = r.get(14), r.get(14), r.get(7), r.get(12)
        counts = []
        for _ in range(r.get(5)):
            counts.append(r.get(2) if r.get(1) else None)
        if lean >= len(LEANS) or disc > 100:
            raise ResultsError("the code does not check out: its values are out of range")
        level_id, keys = by_fp.get(fp, (f"?{fp:06x}", None))
        if keys is None or len(keys) != len(counts):
            notices.append(f"level {level_id} is not in this copy of the game (another version?); "
                           "its technique stars are left out")
            level_id, stars = (level_id if keys is None else f"?{fp:06x}"), {}
        else:
            stars = dict(zip(keys, counts))
        levels.append(LevelResult(level_id, PHASES[phase], score, max_score, disc, LEANS[lean], bool(measuring),
                                  tenths / 10, stars))
    lang = LANGS[lang_index] if lang_index < len(LANGS) else ""
    return Results(assignment, lang, nickname, date, tuple(levels)), notices


def find_codes(text: str) -> list[str]:
    """Every results code in a text (a pasted e-mail, a chat export, a file with one code a line).
    A text that is nothing but one code may use spaces instead of dashes (typed from paper)."""
    compact = re.sub(r"[\s\-]", "", text[:MAX_CODE_CHARS + 1])
    if (len(compact) <= MAX_CODE_CHARS and compact.upper().count("LUPA") == 1
            and re.fullmatch(r"LUPA[0-9A-Z]{8,}", compact, re.IGNORECASE)):
        return [text.strip()]
    return [m.group(0) for m in _CODE_RE.finditer(text[:MAX_FILE_BYTES])]


def _level_fp(level_id: str, techniques) -> int:
    """Fingerprint of a level id *and* its key techniques: stars never land on the wrong columns."""
    if re.fullmatch(r"\?[0-9a-f]{6}", level_id):
        return int(level_id[1:], 16)  # an unknown level read from a code goes back out unchanged
    return fingerprint(level_id + "|" + ",".join(techniques), 24)


# -- the class CSV ----------------------------------------------------------------------------------
BASE_COLUMNS = ("student", "assignment", "lang", "date", "level", "phase", "score", "max_score",
                "discernment", "lean", "measuring", "minutes")


@dataclass
class Merged:
    """Rows of the class CSV plus what was skipped and why."""

    rows: list[dict] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    techniques: list[str] = field(default_factory=list)

    def add(self, results: Results, source: str) -> int:
        added = 0
        for lv in results.levels:
            row = {"student": results.nickname, "assignment": results.assignment, "lang": results.lang,
                   "date": results.date, "level": lv.level, "phase": lv.phase, "score": lv.score,
                   "max_score": lv.max_score, "discernment": lv.discernment, "lean": lv.lean,
                   "measuring": "yes" if lv.measuring else "no", "minutes": lv.minutes,
                   "stars": dict(lv.stars), "source": source}
            key = {k: v for k, v in row.items() if k != "source"}
            if any({k: v for k, v in r.items() if k != "source"} == key for r in self.rows):
                self.notices.append(f"{source}: {lv.level} for '{results.nickname or 'no name'}' is already "
                                    f"in the table (same result twice); kept once")
                continue
            for technique in lv.stars:
                if technique not in self.techniques:
                    self.techniques.append(technique)
            self.rows.append(row)
            added += 1
        return added

    def to_csv(self, technique_order=()) -> str:
        order = {t: i for i, t in enumerate(technique_order)}
        techniques = sorted(self.techniques, key=lambda t: (order.get(t, len(order)), t))
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(list(BASE_COLUMNS) + [f"stars:{t}" for t in techniques] + ["source"])
        for row in self.rows:
            writer.writerow([_cell(row[c]) for c in BASE_COLUMNS]
                            + [_stars_cell(row["stars"], t) for t in techniques] + [_cell(row["source"])])
        return out.getvalue()


def to_csv(results: Results) -> str:
    """The student's own results as a one-student class CSV (the teacher can merge it)."""
    merged = Merged()
    merged.add(results, "this file")
    return merged.to_csv()


def from_csv(text: str) -> list[Results]:
    """Read a results CSV written by :func:`to_csv` or :meth:`Merged.to_csv` (one Results per row)."""
    if len(text) > MAX_FILE_BYTES:
        raise ResultsError("the file is too large to be a Lupa results file")
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    if not set(BASE_COLUMNS) <= set(header):
        raise ResultsError("the CSV does not have Lupa's results columns")
    out = []
    for n, row in enumerate(reader, start=2):
        if n > 2 + 10_000:
            raise ResultsError("the CSV has too many rows")
        stars = {}
        for column in header:
            if column.startswith("stars:") and (row.get(column) or "").strip():
                stars[column[6:]] = row[column].strip()
        entry = {"level": _uncell(row["level"]), "phase": row["phase"], "score": _int(row["score"]),
                 "max_score": _int(row["max_score"]), "discernment": _int(row["discernment"]),
                 "lean": row["lean"], "measuring": row["measuring"] == "yes", "minutes": _float(row["minutes"]),
                 "stars": {t: None if v == "-" else _int(v) for t, v in stars.items()}}
        try:
            level = _level_from_dict(entry, 0)
        except ResultsError as exc:
            raise ResultsError(f"row {n}: {str(exc).replace('level 1', 'the level', 1)}") from None
        out.append(Results(_text(_uncell(row["assignment"]), MAX_NAME), _lang(row["lang"]),
                           _text(_uncell(row["student"]), MAX_NICKNAME), _valid_date(row["date"]), (level,)))
    if not out:
        raise ResultsError("the CSV has no rows")
    return out


def read_any(text: str, levels_known=()) -> tuple[list[Results], list[str]]:
    """Results from a JSON file, a results CSV, or text holding one or more codes."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{"):
        return [from_json(stripped)], []
    if stripped.startswith("student,"):
        return from_csv(stripped), []
    codes = find_codes(stripped)
    if not codes:
        raise ResultsError("no results file or results code found")
    found, notices = [], []
    for i, code in enumerate(codes, start=1):
        label = f"code {i}: " if len(codes) > 1 else ""
        try:
            results, extra = decode_code(code, levels_known)
        except ResultsError as exc:
            notices.append(f"{label}{exc}")
            continue
        found.append(results)
        notices.extend(f"{label}{n}" for n in extra)
    return found, notices


# -- small helpers ----------------------------------------------------------------------------------
def _clamp(value, low, high) -> int:
    return max(low, min(high, int(value)))


def _minutes(value) -> float:
    return round(max(0.0, min(409.5, float(value))), 1)


def _number(value, low, high, what: str, integer: bool = False):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise ResultsError(f"{what} is not a number")
    if not low <= value <= high:
        raise ResultsError(f"{what} is out of range")
    if integer:
        if int(value) != value:
            raise ResultsError(f"{what} is not a whole number")
        return int(value)
    return float(value)


def _int(text: str):
    try:
        return int(text)
    except (TypeError, ValueError):
        return text


def _float(text: str):
    try:
        return float(text)
    except (TypeError, ValueError):
        return text


def _text(value, limit: int) -> str:
    return clean_text(value, limit) if isinstance(value, str) else ""


def _lang(value) -> str:
    return value if value in LANGS else ""


def _show(value) -> str:
    return clean_text(str(value), 20)


def _valid_date(value) -> str:
    if not isinstance(value, str):
        return ""
    try:
        day = _dt.date.fromisoformat(value[:10])
    except ValueError:
        return ""
    return day.isoformat() if _day_number(day.isoformat()) else ""


def _day_number(date: str) -> int:
    if not date:
        return 0
    days = (_dt.date.fromisoformat(date) - EPOCH).days + 1
    return days if 0 < days < 65536 else 0


def _day_string(number: int) -> str:
    return (EPOCH + _dt.timedelta(days=number - 1)).isoformat() if number else ""


def _stars_cell(stars: dict, technique: str):
    """Blank: the level does not use the technique; "-": it does, but no answered item tested it."""
    if technique not in stars:
        return ""
    return "-" if stars[technique] is None else stars[technique]


def _cell(value):
    """Spreadsheets run cells starting with = + - @ as formulas: quote such text (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _uncell(value: str) -> str:
    return value[1:] if value[:2] in ("'=", "'+", "'-", "'@") else value
