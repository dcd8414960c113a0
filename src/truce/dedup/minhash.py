"""MinHash signatures and a banded LSH index, in numpy (no scipy).

A signature keeps, for each of ``num_perm`` hash permutations, the smallest permuted hash of
an article's shingles; two articles agree on one position with probability equal to the
Jaccard similarity of their shingle sets. The LSH index cuts signatures into ``bands`` bands
of ``rows`` values: two articles become candidates when one whole band is equal.

The hashing is the usual one: a 32-bit hash of each shingle (the first four bytes of its
SHA-1, little-endian), mixed by the MurmurHash3 32-bit finaliser (a bijection that spreads
structured inputs), then permuted as ``a * h + b`` modulo 2**32 with odd ``a`` (a bijection,
so permuting creates no collisions). The permutation parameters come from numpy's
``RandomState(1)``, so the stored signatures (``dedup_articles.minhash``, 4 bytes per value)
are the same as those earlier truce versions stored through datasketch's ``affine32`` scheme:
existing stores need no re-indexing.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterable
from functools import lru_cache

import numpy as np

SEED = 1
_MASK = np.uint32(0xFFFFFFFF)


@lru_cache(maxsize=4)
def permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) parameters of the permutations: a odd, both 32-bit."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _hash32(items: Iterable[bytes]) -> np.ndarray:
    return np.array([int.from_bytes(hashlib.sha1(x).digest()[:4], "little") for x in items], dtype=np.uint32)


def _mix(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser (wrapping uint32 arithmetic)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(items: Iterable[bytes], num_perm: int) -> np.ndarray:
    """The MinHash signature (uint32, ``num_perm`` values) of a set of byte strings."""
    hashed = _hash32(items)
    if not len(hashed):
        return np.full(num_perm, _MASK, dtype=np.uint32)
    a, b = permutations(num_perm)
    with np.errstate(over="ignore"):
        permuted = a[None, :] * _mix(hashed)[:, None] + b[None, :]
    return permuted.min(axis=0).astype(np.uint32)


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype(np.uint32).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint32)


# -- choosing the banding --------------------------------------------------------------------
def _integral(f, lo: float, hi: float, steps: int = 400) -> float:
    """Simpson's rule: accurate enough for these smooth polynomials."""
    if hi <= lo:
        return 0.0
    h = (hi - lo) / steps
    total = f(lo) + f(hi)
    total += sum((4 if i % 2 else 2) * f(lo + i * h) for i in range(1, steps))
    return total * h / 3


@lru_cache(maxsize=8)
def banding(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimising false-positive plus false-negative probability mass at ``threshold``.

    A pair with Jaccard ``s`` becomes a candidate with probability ``1 - (1 - s**r)**b``;
    below the threshold that is a false positive, above it a false negative (equal weights).
    """
    best, best_err = (1, num_perm), float("inf")
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            def hit(s: float, b: int = b, r: int = r) -> float:
                return 1 - (1 - s ** r) ** b
            err = _integral(hit, 0.0, threshold) + _integral(lambda s, h=hit: 1 - h(s), threshold, 1.0)
            if err < best_err:
                best, best_err = (b, r), err
    return best


class LshIndex:
    """Banded LSH over signatures: one dict per band from the band's bytes to article ids.

    With ``bucket_cap`` K, each band bucket keeps (and yields) only its K most recent members by
    publication time, so a query returns at most ``bands * K`` ids however large the store grows.
    Why: briefs written from one template (a town's appeal line, "X was shot on Y Street in Z")
    share some bands with every earlier brief of that template, so an uncapped bucket's member list,
    and the candidates each new article is compared with, grow with the store. A true copy shares
    most bands with its original, and copies are published soon after it, so it still meets its
    original in one of them. Undated articles rank oldest (they are dropped first); equal
    publication times rank by id, so a bucket's members depend only on the set inserted.
    """

    def __init__(self, threshold: float, num_perm: int, bucket_cap: int | None = None) -> None:
        self.bands, self.rows = banding(threshold, num_perm)
        self.num_perm, self.threshold, self.bucket_cap = num_perm, threshold, bucket_cap
        # band bytes -> members as (publication, id), oldest first
        self.tables: list[dict[bytes, list[tuple[str, str]]]] = [{} for _ in range(self.bands)]
        self.keys: set[str] = set()

    def _band_keys(self, sig: np.ndarray) -> list[bytes]:
        r = self.rows
        return [sig[i * r:(i + 1) * r].tobytes() for i in range(self.bands)]

    def insert(self, key: str, sig: np.ndarray, published: str | None = None) -> None:
        """Index ``key``; ``published`` is its sortable UTC publication (None: unknown)."""
        if key in self.keys:
            return
        self.keys.add(key)
        member = (published or "", key)
        cap = self.bucket_cap
        for table, band in zip(self.tables, self._band_keys(sig), strict=True):
            members = table.get(band)
            if members is None:
                table[band] = [member]
                continue
            bisect.insort(members, member)
            if cap is not None and len(members) > cap:
                del members[0]  # the least recent member leaves the bucket

    def query(self, sig: np.ndarray) -> set[str]:
        out: set[str] = set()
        for table, band in zip(self.tables, self._band_keys(sig), strict=True):
            out.update(key for _, key in table.get(band, ()))
        return out

    def bucket_sizes(self) -> list[int]:
        """Member counts of every band bucket (for tests and benchmarks)."""
        return [len(members) for table in self.tables for members in table.values()]

    def __len__(self) -> int:
        return len(self.keys)
