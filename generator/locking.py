"""One writer at a time per folder, and signals held back while a committed write is applied."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import time
from typing import Callable, Iterator

_LOCK_PATIENCE = 1.0  # seconds of waiting for another run before saying so


@contextlib.contextmanager
def deferred_signals() -> Iterator[None]:
    """SIGINT and SIGTERM are held back (and delivered on the way out) while a committed write is applied."""
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, OSError, ValueError):  # pragma: no cover - not POSIX
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextlib.contextmanager
def locked(out: str, waiting: Callable[[], None]) -> Iterator[None]:
    """One writer at a time per output directory (flock on the directory; released when the process dies)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    fd = os.open(out, os.O_RDONLY)
    try:
        _lock(fd, fcntl, waiting)
        yield
    finally:
        os.close(fd)


def _lock(fd: int, fcntl: object, waiting: Callable[[], None]) -> None:
    flock, nb, ex = fcntl.flock, fcntl.LOCK_NB, fcntl.LOCK_EX  # type: ignore[attr-defined]
    deadline = time.monotonic() + _LOCK_PATIENCE
    while True:
        try:
            flock(fd, ex | nb)
            return
        except OSError as e:
            if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return  # a file system without locks: go on unlocked
        if time.monotonic() >= deadline:
            break
        time.sleep(0.05)
    waiting()
    with contextlib.suppress(OSError):
        flock(fd, ex)
