"""Where downloaded rates are kept: one packed file in the user's cache folder.

The folder is ``AIBRIEF_RATES_DIR`` when that is set, else platformdirs'
``user_cache_dir("aibrief")`` (``~/.cache/aibrief`` on Linux, ``~/Library/Caches/aibrief`` on
macOS, ``%LOCALAPPDATA%\\aibrief\\Cache`` on Windows). The file is replaced in one step
(written beside it, then renamed over it), so a reader sees the old table or the new one,
never half of one; writers take a file lock, so two updates at once cannot interleave.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from aibrief.errors import RateUpdateError

__all__ = ["ENV_VAR", "FILE_NAME", "LOCK_TIMEOUT", "cache_path", "locked", "read", "write"]

#: The environment variable that names the cache folder, overriding the user's cache folder.
ENV_VAR: Final = "AIBRIEF_RATES_DIR"
FILE_NAME: Final = "eurofxref.bin"
#: Seconds an update waits for another one to finish writing before it gives up.
LOCK_TIMEOUT: Final = 120.0


def cache_path() -> Path:
    """The path of the cached table (which may not exist yet)."""
    folder = os.environ.get(ENV_VAR)
    if not folder:
        # Imported here: only a process that looks for downloaded rates needs it.
        import platformdirs

        folder = platformdirs.user_cache_dir("aibrief", appauthor=False)
    return Path(folder).expanduser() / FILE_NAME


def read(path: Path) -> bytes | None:
    """The bytes of the cached table, or None when there is none.

    Raises OSError when the file exists but cannot be read.
    """
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def write(path: Path, data: bytes, *, url: str) -> None:
    """Replace ``path`` with ``data`` in one step, creating its folder if needed.

    On any failure the file is left as it was and no temporary file remains.
    """
    # Imported here: tempfile loads random and shutil, which only an update needs.
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".eurofxref-", suffix=".tmp")
    except OSError as error:
        raise _unwritable(path, error, url) from None
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())  # the bytes are on disk before the name points to them
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _unwritable(path, error, url) from None
        raise
    _sync_folder(path.parent)


@contextmanager
def locked(path: Path, *, url: str, timeout: float | None = None) -> Iterator[None]:
    """Hold the lock file beside ``path`` while the block runs (one writer at a time).

    Waits ``timeout`` seconds (default :data:`LOCK_TIMEOUT`) for another writer to finish.
    """
    # Imported here: only an update takes the lock, and filelock loads asyncio.
    import filelock

    timeout = LOCK_TIMEOUT if timeout is None else timeout
    lock = filelock.FileLock(f"{path}.lock", timeout=timeout)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except filelock.Timeout:
        message = f"another update has held {path}.lock for {timeout:g} seconds; wait for it to finish, then try again"
        raise RateUpdateError(message, url=url) from None
    except OSError as error:
        raise _unwritable(path, error, url) from None
    try:
        yield
    finally:
        lock.release()


def _unwritable(path: Path, error: OSError, url: str) -> RateUpdateError:
    message = f"cannot write the rate cache {path}: {error.strerror or error}; set {ENV_VAR} to a folder you can write"
    return RateUpdateError(message, url=url)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows opening a folder (POSIX)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; its rename is durable enough for a cache
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the file itself is synced
    finally:
        os.close(handle)
