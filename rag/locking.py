"""One writer at a time for the embedded store.

Chroma's embedded PersistentClient belongs to one process; two processes writing the same folder
can corrupt it. Writers take an exclusive, non-blocking lock on a file beside the store, and a
second writer fails at once with a message that says what to do instead. The OS drops the lock
when the holder dies, so a killed `rag ingest` never leaves the store locked.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rag.errors import BackendUnavailable


@contextmanager
def writer_lock(data_dir: Path) -> Iterator[None]:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "writer.lock"
    handle = path.open("a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise BackendUnavailable(
                f"the store at {data_dir} is being written by {holder}; the embedded store takes "
                "one writer at a time. Wait for it to finish, or run a Chroma server "
                "(`chroma run --path DIR`) and point every process at it with RAG_CHROMA_URL"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        yield
    finally:
        handle.close()  # closing releases the lock
