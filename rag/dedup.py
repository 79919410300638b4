"""Near-duplicate (syndicated copy) detection: MinHash over word shingles, LSH banding.

    sig = signature(article.text)              # uint32[NUM_PERM], deterministic in every process
    index = NearDuplicateIndex()               # threshold = DEFAULT_THRESHOLD (see below)
    index.query(sig, exclude=article.id)       # [(other_id, estimated Jaccard), ...] best first
    index.add(article.id, sig)
    meta["minhash"] = encode(sig)              # compact string for Chroma metadata; decode() back

Text is normalised (NFKC, lower case, runs of letters/digits) and cut into overlapping
`SHINGLE`-word shingles. The signature is `datasketch`'s (MIT, maintained): each shingle hashed
with its `sha1_hash32`, a `MinHash` with the "affine32" scheme and a fixed seed (so signatures
never depend on Python's per-process `hash()` salt). The fraction of equal signature positions
estimates the Jaccard similarity of the two shingle sets.

The LSH index is our own, not datasketch's `MinHashLSH`: with the same bands, that held 12.5 KiB
per article against 1.9 KiB here and built 2.3x slower (20,000 signatures: 7,200 vs 16,700 per
CPU second), and ingestion rebuilds the index from every stored signature on each call (at the
21,000-article scale test: ~260 MB and ~3 s instead of ~40 MB and ~1.3 s). Its queries were
about twice as fast, but ingestion makes one query per new article. LSH splits the signature
into bands of `rows` values; two articles become candidates when any band is equal, and a
candidate is confirmed when its estimated Jaccard reaches the threshold. Rows per band are
chosen so that a pair exactly at the threshold is a candidate with probability >= 0.99:
banding costs almost no recall, and the confirmation step removes the false candidates.

A stored signature is only comparable with one made by exactly the same scheme, so `encode`
writes a scheme tag and `decode` refuses any other: articles whose signature was made by the
hand-written MinHash this replaced ("mh1-...") are not matched until re-ingested.

Measured on bbc-news with edited copies (`python bench/dedup_eval.py`): at 0.55, no false
positive among 4.4 million pairs (the closest different stories, follow-ups that reuse background
paragraphs, reach Jaccard 0.44), recall 0.95 for lightly and moderately edited copies, low for
heavy rewrites (those overlap the follow-ups, so no threshold takes them safely); a false
positive would hide a different story, a miss only cites the same story twice, so the threshold
sits two standard deviations of the estimate above the closest negative.
"""

from __future__ import annotations

import base64
import re
import unicodedata

import numpy as np
from datasketch import MinHash
from datasketch.hashfunc import sha1_hash32

# Words per shingle: of 2..6, 3 kept edited copies and same-topic stories furthest apart.
SHINGLE = 3
NUM_PERM = 128  # signature length: 512 bytes, ~690 characters encoded
SEED = 20240607
DEFAULT_THRESHOLD = 0.55  # estimated Jaccard; chosen by bench/dedup_eval.py (see above)
SCHEME = f"ds2-affine32-w{SHINGLE}-p{NUM_PERM}-s{SEED}"

_EMPTY = np.uint32(0xFFFFFFFF)  # the minimum over no shingles
_BLOCK = 4096  # shingles hashed at a time: bounds memory for very long texts
_WORD = re.compile(r"\w+")
_MAX_SHINGLE = 16
# The permutations, drawn once: every MinHash made here shares them (no per-article reseeding).
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations


def _minhash() -> MinHash:
    return MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        hashfunc=int,  # the values given are shingle hashes already
        permutations=_PERMUTATIONS,
        scheme="affine32",
    )


def words(text: str) -> list[str]:
    """Normalised words: NFKC, lower case, runs of letters and digits (punctuation dropped)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = SHINGLE) -> np.ndarray:
    """The distinct 32-bit hashes (datasketch's `sha1_hash32`) of `text`'s `size`-word shingles
    (a text shorter than `size` words is one shingle).

    `size` other than SHINGLE is for measurement only: `signature` and `encode` use SHINGLE.
    """
    if not 1 <= size <= _MAX_SHINGLE:
        raise ValueError(f"shingle size must be 1..{_MAX_SHINGLE}, got {size}")
    tokens = words(text)
    if not tokens:
        return np.empty(0, dtype=np.uint32)
    width = min(size, len(tokens))
    grams = {" ".join(tokens[i : i + width]) for i in range(len(tokens) - width + 1)}
    hashed = (sha1_hash32(g.encode("utf-8")) for g in grams)
    return np.unique(np.fromiter(hashed, dtype=np.uint32, count=len(grams)))


def signature_of_shingles(hashes: np.ndarray) -> np.ndarray:
    """MinHash signature (uint32[NUM_PERM]) of a set of 32-bit shingle hashes."""
    minhash = _minhash()
    for start in range(0, len(hashes), _BLOCK):
        minhash.update_batch(hashes[start : start + _BLOCK].tolist())
    return minhash.hashvalues.astype(np.uint32)


def signature(text: str) -> np.ndarray:
    """MinHash signature of `text`: uint32[NUM_PERM], the same in every process and run."""
    return signature_of_shingles(shingles(text))


def is_empty(sig: np.ndarray) -> bool:
    """True for the signature of a text with no words: it matches nothing."""
    return bool(np.all(sig == _EMPTY))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets (0 if either is empty)."""
    if a.shape != b.shape:
        raise ValueError(f"signatures differ in length ({a.shape} vs {b.shape})")
    if is_empty(a) or is_empty(b):
        return 0.0
    return float(np.count_nonzero(a == b)) / len(a)


def encode(sig: np.ndarray) -> str:
    """A compact ASCII string for a signature (scheme tag + base64 of little-endian uint32)."""
    raw = np.asarray(sig, dtype="<u4").tobytes()
    return f"{SCHEME}:{base64.b64encode(raw).decode('ascii')}"


def decode(text: str) -> np.ndarray:
    """The signature stored by `encode`; refuses one made by another scheme or damaged."""
    scheme, sep, payload = text.partition(":")
    if not sep or scheme != SCHEME:
        raise ValueError(
            f"near-duplicate signature made by scheme {scheme!r}, this code uses {SCHEME!r}; "
            "re-ingest the articles to recompute their signatures"
        )
    try:
        raw = base64.b64decode(payload, validate=True)
    except ValueError as err:
        raise ValueError(
            f"damaged near-duplicate signature ({err}); re-ingest the article"
        ) from err
    if len(raw) != 4 * NUM_PERM:
        raise ValueError(
            f"near-duplicate signature has {len(raw)} bytes, expected {4 * NUM_PERM}; "
            "re-ingest the article"
        )
    return np.frombuffer(raw, dtype="<u4").astype(np.uint32)


def band_rows(threshold: float, num_perm: int = NUM_PERM, target: float = 0.99) -> int:
    """The most rows per band for which a pair at `threshold` is a candidate with p >= target."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    best = 1
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if 1.0 - (1.0 - threshold**rows) ** bands >= target:
            best = rows
    return best


def _mix(x: np.ndarray) -> np.ndarray:
    # splitmix64's finaliser: spreads the positional sum over all 64 bits.
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _band_keys(sigs: np.ndarray, rows: int, bands: int) -> np.ndarray:
    """One 64-bit key per band, salted with the band's number: uint64[n, bands]."""
    parts = sigs[:, : rows * bands].reshape(len(sigs), bands, rows).astype(np.uint64)
    keys = np.zeros((len(sigs), bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(rows):
            keys = keys * np.uint64(0x9E3779B97F4A7C15) + parts[:, :, j]
        return _mix(keys + np.arange(bands, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93))


def _grown(array: np.ndarray, rows: int) -> np.ndarray:
    out = np.zeros((rows, *array.shape[1:]), dtype=array.dtype)
    out[: len(array)] = array
    return out


class NearDuplicateIndex:
    """Signatures by article id, with LSH buckets to find near-duplicates without a full scan.

    Kept in numpy arrays (~2 KB per article; dicts of sets took ~12 KB): all band keys (salted
    with their band's number) in one sorted array for a binary search, plus a short unsorted
    tail of recent additions that is scanned, and sorted into the rest once it grows. Removal
    marks a row dead; re-sorting drops dead rows. In memory and not thread-safe: ingestion holds
    its lock around it.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, rows: int | None = None):
        self.threshold = threshold
        self.rows = rows or band_rows(threshold)
        if not 1 <= self.rows <= NUM_PERM:
            raise ValueError(f"rows per band must be 1..{NUM_PERM}, got {self.rows}")
        self.bands = NUM_PERM // self.rows
        self._slot: dict[str, int] = {}  # article id -> row in the arrays
        self._ids: list[str | None] = []  # row -> article id (None once removed)
        self._sigs = np.zeros((0, NUM_PERM), dtype=np.uint32)
        self._keys = np.zeros((0, self.bands), dtype=np.uint64)
        self._alive = np.zeros(0, dtype=bool)
        self._sorted = 0  # rows [0, _sorted) have their band keys in the sorted arrays
        self._sorted_keys = np.zeros(0, dtype=np.uint64)
        self._sorted_rows = np.zeros(0, dtype=np.int32)

    def __len__(self) -> int:
        return len(self._slot)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._slot

    def add(self, article_id: str, sig: np.ndarray) -> None:
        """Add (or replace) an article's signature."""
        sig = np.asarray(sig, dtype=np.uint32)
        if sig.shape != (NUM_PERM,):
            raise ValueError(f"signature must have {NUM_PERM} values, got shape {sig.shape}")
        self.remove(article_id)
        n = len(self._ids)
        if n == len(self._sigs):  # grow by doubling
            cap = max(64, 2 * n)
            self._sigs = _grown(self._sigs, cap)
            self._keys = _grown(self._keys, cap)
            self._alive = _grown(self._alive, cap)
        self._sigs[n] = sig
        self._keys[n] = _band_keys(sig[None, :], self.rows, self.bands)[0]
        # An empty text's signature matches nothing; it is kept so remove() and items() see it.
        self._alive[n] = not is_empty(sig)
        self._ids.append(article_id)
        self._slot[article_id] = n
        if n + 1 - self._sorted > max(256, self._sorted // 8):
            self._rebuild()

    def remove(self, article_id: str) -> bool:
        """Forget an article; False if it was not there."""
        row = self._slot.pop(article_id, None)
        if row is None:
            return False
        self._ids[row] = None
        self._alive[row] = False
        return True

    def _rebuild(self) -> None:
        n = len(self._ids)
        live = [r for r in range(n) if self._ids[r] is not None]
        if len(live) < n:  # compact: drop removed rows
            self._sigs = self._sigs[live].copy()
            self._keys = self._keys[live].copy()
            self._alive = self._alive[live].copy()
            self._ids = [self._ids[r] for r in live]
            self._slot = {aid: r for r, aid in enumerate(self._ids)}  # type: ignore[misc]
            n = len(live)
        flat = self._keys[:n].ravel()
        order = np.argsort(flat, kind="stable")
        self._sorted_keys = flat[order]
        self._sorted_rows = (order // self.bands).astype(np.int32)
        self._sorted = n

    def query(
        self, sig: np.ndarray, exclude: str | None = None, threshold: float | None = None
    ) -> list[tuple[str, float]]:
        """Stored articles whose estimated similarity to `sig` reaches the threshold, best first.

        `exclude` drops one id (the article itself when it is already stored). A `threshold`
        below the index's own may miss pairs that banding did not make candidates.
        """
        sig = np.asarray(sig, dtype=np.uint32)
        if is_empty(sig) or not self._slot:
            return []
        limit = self.threshold if threshold is None else threshold
        keys = _band_keys(sig[None, :], self.rows, self.bands)[0]
        lo = np.searchsorted(self._sorted_keys, keys, side="left")
        hi = np.searchsorted(self._sorted_keys, keys, side="right")
        found = [
            self._sorted_rows[a:b] for a, b in zip(lo.tolist(), hi.tolist(), strict=True) if b > a
        ]
        n = len(self._ids)
        if n > self._sorted:
            tail = np.any(self._keys[self._sorted : n] == keys, axis=1)
            found.append(np.nonzero(tail)[0] + self._sorted)
        if not found:
            return []
        rows = np.unique(np.concatenate(found))
        rows = rows[self._alive[rows]]
        sims = np.count_nonzero(self._sigs[rows] == sig, axis=1) / NUM_PERM
        out = [
            (aid, float(sim))
            for r, sim in zip(rows.tolist(), sims.tolist(), strict=True)
            if sim >= limit and (aid := self._ids[r]) is not None and aid != exclude
        ]
        out.sort(key=lambda pair: (-pair[1], pair[0]))
        return out
