"""Writing what a run produces (reports, baselines): atomically, and never over one of its inputs."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from factcheck.errors import OutputError


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """Whether two paths name one file (the same real path, or the same inode through a hard link)."""
    try:
        if os.path.realpath(a) == os.path.realpath(b):
            return True
        sa, sb = os.stat(a), os.stat(b)
    except (OSError, ValueError):
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def refuse_inputs(target: str | os.PathLike, inputs: Iterable[str | os.PathLike], what: str = "output") -> None:
    """Raise :class:`OutputError` if ``target`` is one of ``inputs`` (an article, the configuration...)."""
    for source in inputs:
        if source is not None and same_file(target, source):
            raise OutputError(f"{what} file is also an input of this run ({source}); it is never overwritten: "
                              f"choose another file", path=str(target))


_pending: set[str] = set()  # temporary files being written, removed if the run is stopped


def remove_pending() -> None:
    """Remove the temporary files of writes in progress (called when the run is stopped)."""
    for temp in list(_pending):
        try:
            os.unlink(temp)
        except OSError:
            pass


def write_atomic(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file beside it, then rename: a write
    that fails part way (a full disk, a size limit) leaves the old file whole and no stray file.
    Every failure is an :class:`OutputError` naming the file."""
    target = Path(path)
    name = str(path)
    data = text.encode("utf-8", "surrogateescape")
    if target.is_dir():
        raise OutputError("is a directory; name a file to write", path=name)
    folder = target.parent if str(target.parent) else Path(".")
    mode = None
    try:
        mode = os.stat(target).st_mode & 0o777
    except OSError:
        pass
    temp = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        _pending.add(temp)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temp, mode if mode is not None else 0o666 & ~_umask())
        os.replace(temp, target)
        _pending.discard(temp)
        temp = None
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=name) from None
    finally:
        if temp is not None:
            _pending.discard(temp)
            try:
                os.unlink(temp)
            except OSError:
                pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
