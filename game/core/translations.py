"""Level text translations: stable-id PO files, their update, and the lookup the game uses.

Every translatable text field of a level, of the technique guide and of the narrative catalogue
becomes one PO entry whose ``msgctxt`` is the field's stable id (``item.<item-id>.text``) and
whose ``msgid`` is the source text, so translators always see what they translate and a changed
source is detected (the entry turns fuzzy/stale). Answers, techniques, sources, URLs, outlet
names and handles never reach these files: a translator cannot break the answer key.

Files: ``locales/<locale>/levels/<same path as in levels/>.po`` (``levels/checks/check-a.yaml``
-> ``locales/<locale>/levels/checks/check-a.po``; ``techniques.po``, ``narratives.po``). A file
exists for every locale except the content's own language and ``sr-Latn``, which is generated
from ``sr-Cyrl`` (:func:`generate_latin`).

The lookup (:class:`ContentCatalog`) returns, for a display locale, the first fresh translation
along the locale's fallback chain, else the source text: never an empty string or a raw id.
It reads PO files natively or the JSON the content pack embeds in the browser (no YAML there).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from . import po
from .locales import BASES, FALLBACKS, GENERATED, GETTEXT_CODES, LOCALES, PLURAL_FORMS, chain
from .schema import LIMITS
from .translit import to_latin

PACK_FORMAT = 1
GUIDE, CATALOGUE = "techniques", "narratives"  # scopes of the two shared files

REVIEWED = "X-Lupa-Reviewed"            # "yes" once a native speaker has checked the file
REVIEWER = "X-Lupa-Reviewer"            # who did (free text), optional
SOURCE_LANGUAGE = "X-Lupa-Source-Language"
BASE = "X-Lupa-Base"                    # hr/cnr: empty entries inherit this locale's text
GENERATED_FROM = "X-Lupa-Generated-From"


# -- what is translatable --------------------------------------------------------------------------
@dataclass(frozen=True)
class Text:
    ctxt: str          # stable id path, e.g. item.greek-seismologist-2330.headline
    source: str        # the text in the content's own language
    note: str = ""     # shown to translators (#.): where it appears, how long it may be


@dataclass
class SourceFile:
    """The translatable texts of one content file."""

    scope: str               # level id, or "techniques" / "narratives"
    relpath: str             # e.g. levels/checks/check-a.po, below locales/<locale>/
    language: str            # the language the content is written in
    texts: list[Text] = field(default_factory=list)


def _limit(name: str, chars: int | None) -> str:
    return f"{name}; at most {chars} characters" if chars else name


def level_texts(level: dict) -> list[Text]:
    """Translatable fields of a level dict (YAML data or ``Level.to_dict()``), in reading order."""
    out = [Text("level.title", level["title"], _limit("Level title on the level card", LIMITS["title"])),
           Text("level.summary", level["summary"], _limit("Level summary on the level card", LIMITS["summary"]))]
    if level.get("briefing"):
        out.append(Text("level.briefing", level["briefing"],
                        _limit("Briefing shown before the first item; keep the line breaks of lists",
                               LIMITS["briefing"])))
    for n, item in enumerate(level.get("items", []), 1):
        base = f"item.{item['id']}"
        where = f"Item {n} ({item.get('format', 'post')} by {item.get('outlet', '?')})"
        if item.get("headline"):
            out.append(Text(f"{base}.headline", item["headline"], _limit(f"{where}: headline", LIMITS["headline"])))
        out.append(Text(f"{base}.text", item["text"], _limit(f"{where}: the text players judge", LIMITS["text"])))
        if item.get("image"):
            out.append(Text(f"{base}.image.alt", item["image"]["alt"],
                            _limit(f"{where}: description of the picture", LIMITS["alt"])))
        for tool, clue in sorted((item.get("clues") or {}).items()):
            out.append(Text(f"{base}.clues.{tool}", clue,
                            _limit(f"{where}: what the '{tool}' check reveals", LIMITS["clue"])))
        if item.get("explanation"):
            out.append(Text(f"{base}.explanation", item["explanation"],
                            _limit(f"{where}: feedback after answering", LIMITS["explanation"])))
        if item.get("facts"):
            out.append(Text(f"{base}.facts", item["facts"], _limit(f"{where}: what is true", LIMITS["facts"])))
    return out


def technique_texts(techniques: list[dict]) -> list[Text]:
    out = []
    for t in techniques:
        base = f"technique.{t['id']}"
        out.append(Text(f"{base}.name", t["name"], "Technique name a 14-year-old understands; at most 40 characters"))
        out.append(Text(f"{base}.short", t["short"], "One-line definition; at most 120 characters"))
        for i, sign in enumerate(t.get("signs", [])):
            out.append(Text(f"{base}.signs.{i}", sign, "A tell-tale sign; at most 100 characters"))
        out.append(Text(f"{base}.example", t["example"],
                        "Invented example; names in it are invented, keep or adapt them; at most 300 characters"))
    return out


def narrative_texts(narratives: list[dict]) -> list[Text]:
    out = []
    for n in narratives:
        out.append(Text(f"narrative.{n['id']}.title", n["title"], "Narrative title; at most 100 characters"))
        out.append(Text(f"narrative.{n['id']}.summary", n["summary"], "Neutral summary; at most 1200 characters"))
    return out


@dataclass
class Sources:
    files: list[SourceFile]
    broken: list[str]   # level files that do not load: their translation files are left alone


def collect_sources(root: Path) -> Sources:
    """Read ``root/levels`` with the validator (native only: imports the YAML reader)."""
    from .loader import load_content

    content = load_content(root=root)
    levels_dir = (root / "levels").resolve()
    files: list[SourceFile] = []
    if content.techniques and content.techniques.data:
        d = content.techniques.data
        files.append(SourceFile(GUIDE, "levels/techniques.po", d.get("language", "en"),
                                technique_texts(d.get("techniques", []))))
    if content.narratives and content.narratives.data:
        d = content.narratives.data
        files.append(SourceFile(CATALOGUE, "levels/narratives.po", d.get("language", "en"),
                                narrative_texts(d.get("narratives", []))))
    broken = []
    for loaded in content.levels:
        if not loaded.ok:
            broken.append(loaded.display)
            continue
        rel = loaded.path.resolve().relative_to(levels_dir).with_suffix(".po").as_posix()
        files.append(SourceFile(loaded.data["id"], f"levels/{rel}", loaded.data["language"],
                                level_texts(loaded.data)))
    return Sources(files, broken)


def target_locales(source_language: str) -> list[str]:
    """Locales that get an editable translation file for content written in ``source_language``."""
    return [loc for loc in LOCALES if loc != source_language and loc not in GENERATED]


# -- updating files --------------------------------------------------------------------------------
def same_text(a: str, b: str) -> bool:
    """Equal up to line wrapping and spacing: re-wrapping a paragraph does not make translations stale."""
    return a.split() == b.split()


def fingerprint(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def catalogue_header(locale: str, old: po.Catalog | None, intro: list[str],
                     extra: dict[str, str] | None = None) -> tuple[dict, list[str]]:
    """The header and comments every Lupa PO file shares (UI and level text alike).

    Keeps what people set by hand (reviewed flag, reviewer) and, for hr/cnr, names the base
    language whose text an empty entry inherits.
    """
    keep = old.header if old else {}
    header = {
        "Project-Id-Version": "Lupa",
        "Language": GETTEXT_CODES[locale],
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS[locale],
        **(extra or {}),
        REVIEWED: keep.get(REVIEWED, "no"),
    }
    if keep.get(REVIEWER):
        header[REVIEWER] = keep[REVIEWER]
    comments = list(intro)
    if locale in BASES:
        header[BASE] = BASES[locale]
        comments.append(f"Empty msgstr = same text as {LOCALES[BASES[locale]]} ({BASES[locale]}): "
                        "fill in only the entries where this language differs.")
    return header, comments


def header_for(locale: str, scope: str, source_language: str, old: po.Catalog | None) -> tuple[dict, list[str]]:
    return catalogue_header(locale, old, [
        f"Lupa: {LOCALES[locale]} ({locale}) translation of {scope}, written in {source_language}.",
        "Translate msgstr only; msgctxt is the stable id. Set X-Lupa-Reviewed: yes only after a",
        "native speaker has checked every entry. Update with: python -m game i18n-update"],
        {SOURCE_LANGUAGE: source_language})


def merge(old: po.Catalog | None, texts: list[Text], header: dict, comments: list[str],
          prune: bool = False) -> po.Catalog:
    """The catalogue for ``texts``, keeping every translation in ``old``.

    A changed source keeps its translation but marks it fuzzy with the previous source (``#|``),
    so the report lists it as stale and the game falls back to the source until it is redone.
    Entries whose id disappeared are kept as obsolete (``#~``) unless ``prune``.
    """
    existing = {e.msgctxt: e for e in (old.entries if old else []) if e.msgctxt is not None}
    out = po.Catalog(header=header, header_comments=comments)
    used = set()
    for t in texts:
        e = existing.get(t.ctxt)
        used.add(t.ctxt)
        if e is None:
            e = po.Entry(msgid=t.source, msgctxt=t.ctxt)
        else:
            e.obsolete = False
            if not same_text(e.msgid, t.source) and e.msgstr:
                if e.previous_msgid is None:  # keep the text the translation was made for
                    e.previous_msgid = e.msgid
                e.set_fuzzy(True)
            e.msgid = t.source
        e.extracted = [t.note] if t.note else []
        e.references = []
        out.entries.append(e)
    if not prune:
        for ctxt, e in existing.items():
            if ctxt not in used and e.msgstr:
                e.obsolete = True
                out.entries.append(e)
    return out


def generate_latin(cyrl: po.Catalog, relpath: str) -> po.Catalog:
    """The ``sr-Latn`` catalogue: the ``sr-Cyrl`` one with every translation transliterated."""
    header = dict(cyrl.header)
    header["Language"] = GETTEXT_CODES["sr-Latn"]
    header[GENERATED_FROM] = "sr-Cyrl"
    comments = [f"GENERATED from locales/sr-Cyrl/{relpath} by transliteration: do not edit.",
                "Edit the Cyrillic file, then run: python -m game i18n-compile"]
    out = po.Catalog(header=header, header_comments=comments)
    for e in cyrl.entries:
        out.entries.append(po.Entry(
            msgid=e.msgid, msgstr=to_latin(e.msgstr), msgctxt=e.msgctxt, msgid_plural=e.msgid_plural,
            msgstr_plural=[to_latin(s) for s in e.msgstr_plural], flags=list(e.flags),
            extracted=list(e.extracted), references=list(e.references),
            previous_msgctxt=e.previous_msgctxt, previous_msgid=e.previous_msgid, obsolete=e.obsolete))
    return out


def latin_from_source(src: SourceFile) -> po.Catalog:
    """``sr-Latn`` for content written in Serbian Cyrillic: the source itself, transliterated."""
    header, _ = header_for("sr-Latn", src.scope, src.language, None)
    header[REVIEWED] = "yes"
    header[REVIEWER] = "transliteration of the Serbian Cyrillic source"
    header[GENERATED_FROM] = "sr-Cyrl"
    out = po.Catalog(header=header, header_comments=[
        f"GENERATED by transliterating the Serbian Cyrillic source of {src.scope}: do not edit."])
    for t in src.texts:
        out.entries.append(po.Entry(msgid=t.source, msgstr=to_latin(t.source), msgctxt=t.ctxt,
                                    extracted=[t.note] if t.note else []))
    return out


@dataclass
class UpdateResult:
    written: list[Path] = field(default_factory=list)
    unchanged: int = 0
    orphans: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)


def update_folder(root: Path, sources: Sources, prune: bool = False) -> UpdateResult:
    """Create or update every editable content translation file under ``root/locales``; idempotent.

    Generated files (``sr-Latn``) are not touched here: :func:`game.core.generated.refresh` does that.
    """
    locales_dir = root / "locales"
    result = UpdateResult(broken=list(sources.broken))
    expected: set[Path] = set()
    for src in sources.files:
        for loc in target_locales(src.language):
            path = locales_dir / loc / src.relpath
            expected.add(path)
            old = po.read(path) if path.is_file() else None
            header, comments = header_for(loc, src.scope, src.language, old)
            _write(result, path, merge(old, src.texts, header, comments, prune))
    broken_stems = {Path(b).stem for b in sources.broken}
    for loc in target_locales(""):  # generated locales are refreshed by game.core.generated
        for path in sorted((locales_dir / loc / "levels").rglob("*.po")):
            if path in expected or path.stem in broken_stems:
                continue
            if prune:
                path.unlink()
                result.removed.append(path)
            else:
                result.orphans.append(path)
    return result


def _write(result: UpdateResult, path: Path, cat: po.Catalog) -> None:
    if po.write(path, cat):
        result.written.append(path)
    else:
        result.unchanged += 1


# -- the lookup ------------------------------------------------------------------------------------
@dataclass
class _Layer:
    """One locale's translations of one scope: ctxt -> (fingerprint of its source, translation)."""

    source_language: str
    reviewed: bool
    entries: dict[str, tuple[str, str]]


def layer_from_catalog(cat: po.Catalog) -> _Layer:
    return _Layer(cat.header.get(SOURCE_LANGUAGE, "en"), cat.header.get(REVIEWED, "no").lower() == "yes",
                  {e.msgctxt: (fingerprint(e.msgid), e.msgstr) for e in cat.entries
                   if e.usable and e.msgctxt is not None})


def scope_of(path: Path) -> str:
    """A translation file's scope: the level id (= file name), or techniques / narratives."""
    return path.stem


class ContentCatalog:
    """Translated level text for one display locale, with the fallback chain and staleness check."""

    def __init__(self, locale: str, layers: dict[str, dict[str, _Layer]]):
        self.locale = locale if locale in LOCALES else "en"
        self.chain = chain(self.locale)
        self._layers = layers  # locale -> scope -> layer

    # -- loading ----------------------------------------------------------------------------------
    @classmethod
    def from_folder(cls, locales_dir: Path, locale: str) -> "ContentCatalog":
        """Read the PO files of ``locale``'s chain (native game, tools). Unreadable files are skipped."""
        layers: dict[str, dict[str, _Layer]] = {}
        for loc in chain(locale if locale in LOCALES else "en"):
            for path in sorted((Path(locales_dir) / loc / "levels").rglob("*.po")):
                try:
                    layers.setdefault(loc, {})[scope_of(path)] = layer_from_catalog(po.read(path))
                except (OSError, ValueError, UnicodeDecodeError):
                    continue  # a broken file means "not translated", never a crash
        return cls(locale, layers)

    @classmethod
    def from_pack(cls, pack: dict | None, locale: str) -> "ContentCatalog":
        """From the ``translations`` part of the content pack (browser)."""
        layers: dict[str, dict[str, _Layer]] = {}
        for loc in chain(locale if locale in LOCALES else "en"):
            for scope, d in ((pack or {}).get("locales", {}).get(loc) or {}).items():
                layers.setdefault(loc, {})[scope] = _Layer(
                    d["source_language"], d["reviewed"], {k: (v[0], v[1]) for k, v in d["entries"].items()})
        return cls(locale, layers)

    # -- lookup -------------------------------------------------------------------------------------
    def lookup_with_language(self, scope: str, ctxt: str, source: str | None,
                             source_language: str | None = None) -> tuple[str | None, str]:
        """(text, language it is in): the first fresh translation along the chain, else the source."""
        src_lang = source_language or self._source_language(scope)
        if source is None or source == "":
            return source, src_lang
        fp = None
        for loc in self.chain:
            if loc == src_lang:
                break
            layer = self._layers.get(loc, {}).get(scope)
            hit = layer.entries.get(ctxt) if layer else None
            if hit is None:
                continue
            fp = fp or fingerprint(source)
            if hit[0] == fp and hit[1]:
                return hit[1], loc
        return source, src_lang

    def lookup(self, scope: str, ctxt: str, source: str | None, source_language: str | None = None) -> str | None:
        return self.lookup_with_language(scope, ctxt, source, source_language)[0]

    def key(self, key: tuple, source: str | None, source_language: str | None = None) -> str | None:
        """Lookup by the UI's key tuples (see :func:`scope_and_context`)."""
        found = scope_and_context(key)
        if found is None:
            return source  # not a translated field (outlet, author, date ...): names stay as they are
        return self.lookup(found[0], found[1], source, source_language)

    def reviewed(self, scope: str, source_language: str | None = None) -> bool:
        """False when what this locale shows for ``scope`` comes from an unreviewed translation file."""
        src_lang = source_language or self._source_language(scope)
        for loc in self.chain:
            if loc == src_lang:
                return True
            layer = self._layers.get(loc, {}).get(scope)
            if layer is not None and layer.entries:
                return layer.reviewed
        return True

    def _source_language(self, scope: str) -> str:
        for by_scope in self._layers.values():
            if scope in by_scope:
                return by_scope[scope].source_language
        return "en"


def scope_and_context(key: tuple) -> tuple[str, str] | None:
    """Map the UI's content keys to (scope, msgctxt); None for fields that are never translated."""
    kind = key[0]
    if kind == "level" and key[2] in ("title", "summary", "briefing"):
        return key[1], f"level.{key[2]}"
    if kind == "item" and key[3] in ("headline", "text", "explanation", "facts"):
        return key[1], f"item.{key[2]}.{key[3]}"
    if kind == "clue":
        return key[1], f"item.{key[2]}.clues.{key[3]}"
    if kind == "alt":
        return key[1], f"item.{key[2]}.image.alt"
    if kind == "technique" and len(key) == 4 and key[2] == "signs":
        return GUIDE, f"technique.{key[1]}.signs.{key[3]}"
    if kind == "technique" and key[2] in ("name", "short", "example"):
        return GUIDE, f"technique.{key[1]}.{key[2]}"
    if kind == "narrative" and key[2] in ("title", "summary"):
        return CATALOGUE, f"narrative.{key[1]}.{key[2]}"
    return None


# -- the browser's copy ------------------------------------------------------------------------------
def build_pack(locales_dir: Path) -> dict:
    """Every locale's usable content translations as plain JSON for the content pack.

    Entries keep a fingerprint of the source they translate, so the browser applies the same
    staleness rule as the native game; fuzzy and empty entries are left out (they fall back).
    """
    out: dict = {"format": PACK_FORMAT, "locales": {}}
    for loc in LOCALES:
        for path in sorted((Path(locales_dir) / loc / "levels").rglob("*.po")):
            layer = layer_from_catalog(po.read(path))
            out["locales"].setdefault(loc, {})[scope_of(path)] = {
                "source_language": layer.source_language, "reviewed": layer.reviewed,
                "entries": {k: [fp, text] for k, (fp, text) in sorted(layer.entries.items())}}
    return out


__all__ = ["ContentCatalog", "build_pack", "collect_sources", "update_folder", "merge", "level_texts",
           "technique_texts", "narrative_texts", "scope_and_context", "fingerprint", "FALLBACKS"]
