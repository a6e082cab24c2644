"""Writing several files so that all of them change or none does.

A build's outputs (and a rendered page) must never be left half-written: an interrupted or failed
write keeps the previous files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from graphbuild.errors import StoreError


def _file_mode() -> int:
    """The mode a newly created file would get (mkstemp's files are private by default)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(out: Path, contents: dict[str, str], *, remove: Iterable[str] = ()) -> dict[str, Path]:
    """Write several files into ``out`` (and delete the ``remove`` ones) so all change or none does.

    Every file is staged as a temporary file first; the old files are kept as hidden backups
    while the new ones are moved into place, and put back if any move fails or is interrupted.
    """
    staged: list[tuple[str, Path]] = []
    backups: list[Path] = []
    mode = _file_mode()
    try:
        for name, text in contents.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
            staged.append((name, Path(tmp)))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            os.chmod(tmp, mode)
        moved: list[tuple[Path, Path | None]] = []
        try:
            for name, tmp in staged:
                target = out / name
                backup = _backup(target) if target.exists() else None
                if backup is not None:
                    backups.append(backup)
                moved.append((target, backup))
                os.replace(tmp, target)
            for name in remove:
                target = out / name
                if target.exists():
                    backup = _backup(target)
                    backups.append(backup)
                    moved.append((target, backup))
                    target.unlink()
        except BaseException:
            for target, backup in reversed(moved):
                if backup is not None:
                    os.replace(backup, target)
                else:
                    target.unlink(missing_ok=True)
            raise
        return {name: out / name for name, _ in staged}
    except OSError as e:
        raise StoreError(
            f"cannot write to {out}: {e.strerror}; check the folder's permissions or space"
        ) from e
    finally:
        for path in [tmp for _, tmp in staged] + backups:
            path.unlink(missing_ok=True)


def _backup(target: Path) -> Path:
    """A hidden copy of ``target`` next to it (a hard link when the file system allows)."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".bak", dir=target.parent)
    os.close(fd)
    backup = Path(name)
    backup.unlink()
    try:
        os.link(target, backup)
    except OSError:
        shutil.copy2(target, backup)
    return backup
