"""Evidence quotes as one UTF-8 buffer with offsets, memory-mapped from a saved graph's tables.

A quote is the one long string of an evidence. Kept in the store, each answer read its quotes back
with one look-up apiece, the slowest part of a path question once the store outgrows its cache;
kept here, reopening a graph reads none of them and an answer reads only its own.
"""
from __future__ import annotations

import io
import mmap
import os
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from .errors import StoreError
from .files import write_atomic


class Quotes(Sequence[str]):
    """The quote of each evidence row: one UTF-8 buffer and the offset where each quote starts.

    Saved tables keep the buffer in ``quotes.bin``, memory-mapped when loaded: reopening a graph
    reads none of it, and an answer reads only its own quotes (before, each was a store look-up, the
    slowest part of a path question on a store larger than its cache).

    >>> q = Quotes.of(["miR-21 suppressed PTEN", "", "NF-κB"]); len(q), q[2], q[1]
    (3, 'NF-κB', '')
    """

    def __init__(self, buffer: bytes | mmap.mmap, ptr: np.ndarray):
        self.buffer, self.ptr = buffer, ptr

    @classmethod
    def of(cls, quotes: Iterable[str]) -> "Quotes":
        encoded = [q.encode("utf-8") for q in quotes]
        ptr = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(e) for e in encoded], out=ptr[1:])
        return cls(b"".join(encoded), ptr)

    @classmethod
    def gather(cls, parts: list["Quotes"], order: np.ndarray, rows: np.ndarray) -> "Quotes":
        """Row k of the result is row ``rows[k]`` of ``parts[order[k]]`` (copied as bytes, not decoded)."""
        pieces = []
        ptrs = [q.ptr.tolist() for q in parts]
        bufs = [q.buffer for q in parts]
        for t, r in zip(order.tolist(), rows.tolist()):
            pieces.append(bufs[t][ptrs[t][r]:ptrs[t][r + 1]])
        ptr = np.zeros(len(pieces) + 1, dtype=np.int64)
        np.cumsum([len(p) for p in pieces], out=ptr[1:])
        return cls(b"".join(pieces), ptr)

    def __len__(self) -> int:
        return len(self.ptr) - 1

    def __getitem__(self, j):  # type: ignore[override]
        if isinstance(j, slice):
            return [self[k] for k in range(*j.indices(len(self)))]
        try:
            return self.buffer[int(self.ptr[j]):int(self.ptr[j + 1])].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise StoreError(f"the saved quote of evidence row {j} is not UTF-8 ({exc.reason}): the tables "
                             "are damaged; delete the store folder's tables-* folder to read them again") from None

    def save(self, folder: Path) -> None:
        write_atomic(folder / "quotes.bin", bytes(self.buffer))
        buf = io.BytesIO()
        np.save(buf, self.ptr, allow_pickle=False)
        write_atomic(folder / "quote_ptr.npy", buf.getvalue())

    @classmethod
    def load(cls, folder: Path) -> "Quotes":
        ptr = np.load(folder / "quote_ptr.npy", allow_pickle=False)
        with open(folder / "quotes.bin", "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            buffer = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        if ptr.ndim != 1 or not len(ptr) or ptr[0] != 0 or ptr[-1] != size or np.any(np.diff(ptr) < 0):
            raise ValueError("the quote offsets do not fit quotes.bin")
        return cls(buffer, ptr.astype(np.int64))


__all__ = ["Quotes"]
