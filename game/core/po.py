"""A small gettext PO reader/writer and MO compiler, pure Python with no dependency.

Both translation channels are PO files (UI strings and level text), read by the native game,
the content tools and the browser build, whose runtime has only the standard library. The
subset handled is what the tools here and common editors (Poedit, Weblate, Lokalize) write:
header, ``msgctxt``, plurals, flags, translator/extracted/reference comments, previous
``#|`` strings and obsolete ``#~`` entries. Output is deterministic (no dates, stable order,
stable wrapping) so that running a tool twice changes nothing and diffs stay small.
"""

from __future__ import annotations

import re
import string
import struct
from dataclasses import dataclass, field

WIDTH = 76  # wrap long strings like msgmerge does, so editors and our writer agree


@dataclass
class Entry:
    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)      # "# " translator comments
    extracted: list[str] = field(default_factory=list)     # "#." notes for translators
    references: list[str] = field(default_factory=list)    # "#:" where it comes from
    previous_msgctxt: str | None = None                    # "#| msgctxt" before a change
    previous_msgid: str | None = None                      # "#| msgid" before a change
    obsolete: bool = False                                 # "#~": kept so work is not lost

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    def set_fuzzy(self, on: bool) -> None:
        if on and "fuzzy" not in self.flags:
            self.flags.insert(0, "fuzzy")
        if not on:
            self.flags = [f for f in self.flags if f != "fuzzy"]
            self.previous_msgid = self.previous_msgctxt = None

    @property
    def translations(self) -> list[str]:
        return list(self.msgstr_plural) if self.msgid_plural is not None else [self.msgstr]

    @property
    def translated(self) -> bool:
        """Every form filled in (fuzzy or not: callers decide whether fuzzy counts)."""
        forms = self.translations
        return bool(forms) and all(forms)

    @property
    def usable(self) -> bool:
        """What msgfmt would compile: translated, not fuzzy, not obsolete."""
        return self.translated and not self.fuzzy and not self.obsolete


@dataclass
class Catalog:
    header: dict[str, str] = field(default_factory=dict)
    header_comments: list[str] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    header_flags: list[str] = field(default_factory=list)

    def index(self) -> dict[tuple[str | None, str], Entry]:
        return {e.key: e for e in self.entries if not e.obsolete}

    def by_context(self) -> dict[str, Entry]:
        return {e.msgctxt: e for e in self.entries if not e.obsolete and e.msgctxt is not None}

    @property
    def active(self) -> list[Entry]:
        return [e for e in self.entries if not e.obsolete]


# -- placeholders --------------------------------------------------------------------------------
def placeholders(text: str) -> set[str]:
    """Named ``{name}`` fields in a message (what ``str.format`` will fill)."""
    try:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
    except ValueError:
        return {"<unbalanced braces>"}


def placeholder_problems(entry: Entry) -> list[str]:
    """Each translated form must use exactly the placeholders of the source message."""
    want = placeholders(entry.msgid) | (placeholders(entry.msgid_plural) if entry.msgid_plural else set())
    out = []
    for i, form in enumerate(entry.translations):
        if form and placeholders(form) != want:
            got = placeholders(form)
            which = f"msgstr[{i}]" if entry.msgid_plural is not None else "msgstr"
            out.append(f"{which} has {{{', '.join(sorted(got)) or '-'}}} but the source has "
                       f"{{{', '.join(sorted(want)) or '-'}}}")
    return out


# -- reading -------------------------------------------------------------------------------------
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def _unquote(s: str, where: str) -> str:
    s = s.strip()
    if len(s) < 2 or s[0] != '"' or s[-1] != '"':
        raise ValueError(f"{where}: expected a quoted string, found {s[:40]!r}")
    return re.sub(r'\\(.)', lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), s[1:-1])


def parse(text: str, name: str = "<po>") -> Catalog:
    """Read PO text. Raises ValueError with a line number for malformed input."""
    cat = Catalog()
    cur: dict | None = None
    pending: dict = {"flags": [], "comments": [], "extracted": [], "references": []}
    last: tuple | None = None  # (field, index) that continuation lines append to
    entries: list[tuple[dict, dict, bool]] = []
    obsolete = False

    def flush():
        nonlocal cur, pending, last
        if cur is None:
            return  # notes gathered so far belong to the entry that starts now
        entries.append((cur, pending, obsolete))
        cur, last = None, None
        pending = {"flags": [], "comments": [], "extracted": [], "references": []}

    for no, raw in enumerate(text.splitlines(), 1):
        where = f"{name}:{no}"
        line = raw.strip()
        if not line:
            continue
        is_obsolete = line.startswith("#~")
        if is_obsolete:
            line = line[2:].strip()
            if not line:
                continue
        prev = line.startswith("#|")
        if prev:
            line = line[2:].strip()
        if line.startswith("#") and not prev:
            if cur is not None and cur.get("msgstr_seen"):
                flush()
            kind, rest = line[:2], line[2:].strip()
            if kind == "#,":
                pending["flags"].extend(f.strip() for f in rest.split(",") if f.strip())
            elif kind == "#.":
                pending["extracted"].append(rest)
            elif kind == "#:":
                pending["references"].extend(rest.split())
            else:
                pending["comments"].append(line[1:].lstrip(" ") if len(line) > 1 else "")
            continue
        m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$', line)
        if m:
            keyword, idx, value = m.group(1), m.group(2), _unquote(m.group(3), where)
            if prev:
                if cur is not None and cur.get("msgstr_seen"):
                    flush()
                pending.setdefault("prev", {})
                pending["prev"][keyword] = value
                last = ("prev", keyword)
                continue
            if keyword in ("msgctxt", "msgid") and (cur is None or cur.get("msgstr_seen")
                                                    or (keyword == "msgctxt" and "msgid" in cur)):
                flush()
            if cur is None:
                cur = {}
                obsolete = is_obsolete
            if keyword.startswith("msgstr"):
                cur["msgstr_seen"] = True
                if idx is not None:
                    forms = cur.setdefault("msgstr_plural", {})
                    forms[int(idx)] = value
                    last = ("plural", int(idx))
                else:
                    cur["msgstr"] = value
                    last = ("field", "msgstr")
            else:
                cur[keyword] = value
                last = ("field", keyword)
            continue
        if line.startswith('"'):
            value = _unquote(line, where)
            if last is None:
                raise ValueError(f"{where}: a string with no keyword before it")
            if last[0] == "prev":
                pending["prev"][last[1]] += value
            elif last[0] == "plural":
                cur["msgstr_plural"][last[1]] += value
            else:
                cur[last[1]] += value
            continue
        raise ValueError(f"{where}: cannot read {raw.strip()[:60]!r}")
    flush()

    for data, notes, obs in entries:
        if "msgid" not in data:
            raise ValueError(f"{name}: an entry without msgid")
        forms = data.get("msgstr_plural", {})
        entry = Entry(
            msgid=data["msgid"], msgstr=data.get("msgstr", ""), msgctxt=data.get("msgctxt"),
            msgid_plural=data.get("msgid_plural"),
            msgstr_plural=[forms[i] for i in sorted(forms)],
            flags=notes["flags"], comments=notes["comments"], extracted=notes["extracted"],
            references=notes["references"], previous_msgctxt=notes.get("prev", {}).get("msgctxt"),
            previous_msgid=notes.get("prev", {}).get("msgid"), obsolete=obs)
        if entry.msgid == "" and entry.msgctxt is None and not obs and not cat.header and not cat.entries:
            cat.header = parse_header(entry.msgstr)
            cat.header_comments = entry.comments
            cat.header_flags = entry.flags
            continue
        cat.entries.append(entry)
    return cat


def parse_header(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.split("\n"):
        if ":" in line:
            k, v = line.split(":", 1)
            out[k.strip()] = v.strip()
    return out


def read(path) -> Catalog:
    from pathlib import Path
    p = Path(path)
    return parse(p.read_text(encoding="utf-8"), str(p))


# -- writing -------------------------------------------------------------------------------------
def _escape(s: str) -> str:
    return (s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
            .replace("\r", "\\r").replace("\n", "\\n"))


def _pieces(value: str) -> list[str]:
    """Split a message for display: after each newline, and at spaces to fit WIDTH."""
    out: list[str] = []
    for line in re.findall(r"[^\n]*\n|[^\n]+", value):
        esc = _escape(line)
        while len(esc) > WIDTH:
            cut = esc.rfind(" ", 0, WIDTH)
            if cut <= 0:
                break
            out.append(esc[:cut + 1])
            esc = esc[cut + 1:]
        out.append(esc)
    return out


def _field(keyword: str, value: str, prefix: str = "") -> list[str]:
    pieces = _pieces(value)
    if len(pieces) <= 1 and len(prefix) + len(keyword) + len(pieces[0] if pieces else "") + 3 <= WIDTH + 3:
        return [f'{prefix}{keyword} "{pieces[0] if pieces else ""}"']
    return [f'{prefix}{keyword} ""'] + [f'{prefix}"{p}"' for p in pieces]


def _entry_lines(e: Entry) -> list[str]:
    out = [f"# {c}".rstrip() for c in e.comments]
    out += [f"#. {c}".rstrip() for c in e.extracted]
    if e.references:
        out.append("#: " + " ".join(e.references))
    if e.flags:
        out.append("#, " + ", ".join(e.flags))
    pre = "#~ " if e.obsolete else ""
    if e.previous_msgctxt is not None:
        out += _field("msgctxt", e.previous_msgctxt, pre + "#| ")
    if e.previous_msgid is not None:
        out += _field("msgid", e.previous_msgid, pre + "#| ")
    if e.msgctxt is not None:
        out += _field("msgctxt", e.msgctxt, pre)
    out += _field("msgid", e.msgid, pre)
    if e.msgid_plural is not None:
        out += _field("msgid_plural", e.msgid_plural, pre)
        for i, form in enumerate(e.msgstr_plural):
            out += _field(f"msgstr[{i}]", form, pre)
    else:
        out += _field("msgstr", e.msgstr, pre)
    return out


def dumps(cat: Catalog) -> str:
    lines = [f"# {c}".rstrip() for c in cat.header_comments]
    if cat.header_flags:
        lines.append("#, " + ", ".join(cat.header_flags))
    lines.append('msgid ""')
    lines.append('msgstr ""')
    lines += [f'"{_escape(f"{k}: {v}")}\\n"' for k, v in cat.header.items()]
    for e in sorted(cat.entries, key=lambda e: e.obsolete):  # obsolete entries go last
        lines.append("")
        lines += _entry_lines(e)
    return "\n".join(lines) + "\n"


def write(path, cat: Catalog) -> bool:
    """Write ``cat`` to ``path`` if its text changed; True when the file was (re)written."""
    from pathlib import Path
    p = Path(path)
    text = dumps(cat)
    if p.is_file() and p.read_text(encoding="utf-8") == text:
        return False
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return True


# -- compiling -----------------------------------------------------------------------------------
def compile_mo(cat: Catalog) -> bytes:
    """GNU MO bytes for the usable entries (like msgfmt: no fuzzy, no untranslated), sorted keys."""
    header = "".join(f"{k}: {v}\n" for k, v in cat.header.items())
    pairs: list[tuple[bytes, bytes]] = [(b"", header.encode("utf-8"))]
    for e in cat.entries:
        if not e.usable:
            continue
        key = e.msgid if e.msgctxt is None else f"{e.msgctxt}\x04{e.msgid}"
        if e.msgid_plural is not None:
            key += "\x00" + e.msgid_plural
            value = "\x00".join(e.msgstr_plural)
        else:
            value = e.msgstr
        pairs.append((key.encode("utf-8"), value.encode("utf-8")))
    pairs.sort(key=lambda kv: kv[0])
    n = len(pairs)
    originals_at = 7 * 4
    translations_at = originals_at + n * 8
    data_at = translations_at + n * 8
    blob = bytearray()
    o_table, t_table = [], []
    for key, _ in pairs:
        o_table.append((len(key), data_at + len(blob)))
        blob += key + b"\x00"
    for _, value in pairs:
        t_table.append((len(value), data_at + len(blob)))
        blob += value + b"\x00"
    out = struct.pack("<7I", 0x950412DE, 0, n, originals_at, translations_at, 0, data_at)
    for length, offset in o_table + t_table:
        out += struct.pack("<2I", length, offset)
    return out + bytes(blob)
