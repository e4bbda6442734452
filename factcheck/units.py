"""The one pint unit registry of the process (extraction names units with it, checks convert with it).

pint caches its parsed definitions on disk (``cache_folder=":auto:"``), which halves the
registry's start-up; where no cache folder can be written it builds the registry in memory.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def registry():
    import pint

    try:
        ureg = pint.UnitRegistry(cache_folder=":auto:")
    except Exception:  # an unwritable or broken cache folder: build in memory
        ureg = pint.UnitRegistry()
    pint.set_application_registry(ureg)
    return ureg
