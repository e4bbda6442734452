"""The one pint unit registry of the process (extraction names units with it, checks convert with it).

pint caches its parsed definitions on disk (``cache_folder=":auto:"``), which halves the
registry's start-up; where no cache folder can be written it builds the registry in memory.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def registry():
    import pint

    try:
        ureg = pint.UnitRegistry(cache_folder=":auto:")
    except Exception:  # noqa: BLE001 - an unwritable or broken cache folder: build in memory
        ureg = pint.UnitRegistry()
    pint.set_application_registry(ureg)
    return ureg


def convert(value: float, unit: str, to: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to`` (pint unit strings), or None when pint cannot."""
    ureg = registry()
    try:
        return float(ureg.Quantity(value, unit).to(to).magnitude)
    except Exception:  # noqa: BLE001 - pint raises several unrelated error types for unknown or incompatible units
        return None


# pint dimensionality to a readable dimension name
PINT_DIMENSIONS = {
    "[length]": "length", "[length] ** 2": "area", "[length] ** 3": "volume", "[mass]": "mass",
    "[length] / [time]": "speed", "[temperature]": "temperature",
    "[mass] * [length] ** 2 / [time] ** 3": "power", "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] / [length] / [time] ** 2": "pressure", "[length] ** 3 / [time]": "volumetric flow",
    "[mass] / [time]": "mass flow",
}


def canonical_unit(name: str) -> tuple[str, str] | None:
    """A unit name (quantulum3's or the writer's) as a pint unit string and a dimension."""
    ureg = registry()
    powered = re.sub(r"^([a-zA-Z]+)([23²³])$", lambda m: f"{m.group(1)} ** {'2' if m.group(2) in '2²' else '3'}",
                     name.strip())
    powered = re.sub(r"^(?:square|sq\.?)\s+(\w+)$", r"\1 ** 2", powered, flags=re.I)
    powered = re.sub(r"^(?:cubic|cu\.?)\s+(\w+)$", r"\1 ** 3", powered, flags=re.I)
    for attempt in (powered, name.replace(" ", "_")):
        try:
            unit = ureg.parse_units(attempt)
            break
        except Exception:  # noqa: BLE001 - pint raises several error types for an unknown name
            continue
    else:
        return None
    dimension = PINT_DIMENSIONS.get(str(unit.dimensionality))
    return (str(unit), dimension) if dimension else None
