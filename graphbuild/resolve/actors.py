"""CAMEO actor codes from PETRARCH/TABARI dictionaries (``--actors FILE``).

Actor files list a name (words joined by ``_``), ``+`` synonym lines, and codes in ``[...]`` with an
optional date restriction (``>YYMMDD`` from, ``<YYMMDD`` until, ``YYMMDD-YYMMDD`` between), on the
name's line or on indented lines below it. Agent files map role nouns to codes that start with
``~`` ("PRESIDENT [~GOV]"), joined to a country's code ("president of Iraq" -> ``IRQGOV``), with
``!SET! = A, B`` substitution sets. A code whose dates include the article's date wins over an
undated one; without a date the undated code is used.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.errors import OntologyError
from graphbuild.lexicons import Lexicons
from graphbuild.model import Entity
from graphbuild.resolve.entities import normalise
from graphbuild.resolve.places import country_by_code

_CODE = re.compile(r"\[([^\]]*)\]")
_SUBSTITUTION = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


@dataclass(frozen=True)
class DatedCode:
    """A CAMEO code valid from ``start`` to ``end`` (either may be open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class ActorDictionary:
    """Names -> dated codes (actors) and role nouns -> agent codes, from one or more files."""

    actors: dict[str, list[DatedCode]] = field(default_factory=dict)
    agents: dict[str, str] = field(default_factory=dict)

    def code_for(self, name: str, day: dt.date | None) -> str | None:
        """The actor code of ``name`` on ``day``."""
        return choose_code(self.actors.get(key(name), []), day)


def key(name: str) -> str:
    """Dictionary and entity names compared alike: ``AL-QAEDA_IN_IRAQ`` ~ ``al Qaeda in Iraq``."""
    name = re.sub(r"\(.*?\)", " ", name.replace("_", " "))
    return normalise(name).replace("'", "")


def parse_date(text: str) -> dt.date | None:
    """``901202`` -> 1990-12-02 (two-digit years below 50 are 20xx); 8 digits read as YYYYMMDD."""
    digits = text.strip()
    try:
        if len(digits) == 8:
            return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        if len(digits) == 6:
            yy = int(digits[:2])
            return dt.date((2000 if yy < 50 else 1900) + yy, int(digits[2:4]), int(digits[4:]))
    except ValueError:
        return None
    return None


def parse_code(inner: str) -> DatedCode | None:
    """``TCDGOV >901202`` -> DatedCode("TCDGOV", 1990-12-02, None)."""
    parts = inner.split()
    if not parts:
        return None
    code, restriction = parts[0], " ".join(parts[1:])
    if not restriction:
        return DatedCode(code)
    if restriction.startswith(">"):
        return DatedCode(code, start=parse_date(restriction[1:]))
    if restriction.startswith("<"):
        return DatedCode(code, end=parse_date(restriction[1:]))
    if "-" in restriction:
        a, _, b = restriction.partition("-")
        return DatedCode(code, start=parse_date(a), end=parse_date(b))
    return DatedCode(code)


def choose_code(codes: list[DatedCode], day: dt.date | None) -> str | None:
    """The code valid on ``day``; the undated code when none is, or when the date is unknown."""
    if day is not None:
        for c in codes:
            if c.dated and c.covers(day):
                return c.code
    undated = [c for c in codes if not c.dated]
    if undated:
        return undated[0].code
    return None


def read_dictionary(path: str | Path, into: ActorDictionary | None = None) -> ActorDictionary:
    """Parse one actor or agent file into ``into`` (a new dictionary by default)."""
    path = Path(path)
    table = into if into is not None else ActorDictionary()
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise OntologyError(f"cannot read actor dictionary {path}: {e.strerror}; check --actors") from e
    substitutions: dict[str, list[str]] = {}
    names: list[str] = []
    codes: list[DatedCode] = []

    def flush() -> None:
        for name in names:
            if codes:
                table.actors.setdefault(key(name), []).extend(codes)

    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        sub = _SUBSTITUTION.match(line.strip())
        if sub:
            substitutions[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        found = [parse_code(m) for m in _CODE.findall(line)]
        head = _CODE.sub(" ", line).strip()
        if head.startswith("+"):
            names.append(head[1:])
        elif head and not raw[:1].isspace():
            flush()
            names, codes = [head], []
        for c in found:
            if c is None:
                continue
            if c.code.startswith("~") and head and not head.startswith("+"):
                for form in _expand(head, substitutions):
                    table.agents.setdefault(key(form), c.code[1:])
            elif not c.code.startswith("~"):
                codes.append(c)
    flush()
    if not table.actors and not table.agents:
        raise OntologyError(f"{path} has no actor or agent entries; pass a PETRARCH/TABARI .txt dictionary")
    return table


def _expand(form: str, substitutions: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!(\w+)!", form)
    if not match or match.group(1) not in substitutions:
        return [form]
    out = []
    for word in substitutions[match.group(1)]:
        out.extend(_expand(form[: match.start()] + word + form[match.end() :], substitutions))
    return out


@functools.lru_cache(maxsize=4)
def load_dictionaries(paths: tuple[str, ...]) -> ActorDictionary:
    """All files merged into one dictionary, read once per process."""
    table = ActorDictionary()
    for path in paths:
        read_dictionary(path, into=table)
    return table


def _agent_code(entity: Entity, table: ActorDictionary) -> str | None:
    """``president of Iraq`` -> GOV; tries the whole role phrase, then its last word, singular too."""
    role = entity.label.split(" of ")[0]
    words = role.split()
    for form in (role, words[-1] if words else "", words[-1].rstrip("s") if words else ""):
        if form and key(form) in table.agents:
            return table.agents[key(form)]
    return None


def attach_actor_codes(
    entities: Iterable[Entity], table: ActorDictionary, dates: dict[str, str | None], lexicons: Lexicons
) -> None:
    """Set ``codes["cameo"]`` on matching actors (and countries), honouring article dates."""
    for entity in entities:
        docs = [d for d in entity.docs if dates.get(d)]
        day = _as_date(dates[docs[0]]) if docs else None
        code = None
        for form in (entity.label, *entity.aliases):
            code = table.code_for(form, day)
            if code:
                break
        if code is None and entity.type == "Actor" and entity.subtype in ("Role", "Military", "Government"):
            agent = _agent_code(entity, table)
            country = (
                country_by_code(entity.codes["country"], lexicons) if "country" in entity.codes else None
            )
            prefix = table.code_for(country.name, day) if country is not None else None
            if agent:
                code = f"{prefix or ''}{agent}"
        if code:
            entity.codes["cameo"] = code


def _as_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


__all__ = [
    "ActorDictionary",
    "DatedCode",
    "attach_actor_codes",
    "choose_code",
    "load_dictionaries",
    "parse_code",
    "parse_date",
    "read_dictionary",
]
