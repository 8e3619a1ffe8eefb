#!/usr/bin/env python3
"""Reference implementation of Seedbed's MinHash + LSH in Python/numpy (issue 7, section 4).

The same algorithm as models/quality/minhashlsh.cpp, step by step: text normalisation (NFKC,
case folding, NFKC, format characters removed, white space collapsed), word or character
units, seeded FNV-1a unit hashes with the MurmurHash3 finaliser, shingle hashes, permutations
h(x) = floor((A·x + B mod 2^64) / 2^32) of the low 32 bits x of each shingle hash (A and B from
SplitMix64), the minimum of each permutation,
bands and rows from the same optimisation, band hashes, and a streaming LSH index that marks a
document as a duplicate of the earliest indexed one whose signature agrees on at least
threshold of the positions (full signatures; the C++ index verifies with 8-bit values and a
chance correction). Signatures are bit-identical to the C++ ones for ASCII text (bench_dedup
checks); for other scripts the Han/kana/Hangul/Bopomofo test uses character names, an
approximation of Qt's script property.

numpy does the arithmetic in batches of documents (all shingles of a batch against all
permutations at once, 64-bit wrapping integer arithmetic); Python handles the per-document text work.

    apt-get install python3-numpy
    python3 minhash_reference.py DOCS.txt [--signatures OUT.bin] [--permutations 128]
        [--shingle 5] [--threshold 0.8] [--seed 0x5eedbed] [--unit auto|words|characters]

DOCS.txt holds one document per line (UTF-8). Prints one JSON object with the timings. With
--signatures, writes the signatures as little-endian uint32, permutations per document.
"""

import argparse
import json
import re
import sys
import time
import unicodedata

import numpy as np

M64 = (1 << 64) - 1
MERSENNE61 = (1 << 61) - 1
GOLDEN = 0x9E3779B97F4A7C15
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MIX_PRIME = 0x9FB21C651E98DF25

U64 = np.uint64


def splitmix64(state):
    state = (state + GOLDEN) & M64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return state, z ^ (z >> 31)


def fmix64(k):
    """MurmurHash3's finaliser on a numpy uint64 array (wrapping)."""
    k = k ^ (k >> U64(33))
    k = k * U64(0xFF51AFD7ED558CCD)
    k = k ^ (k >> U64(33))
    k = k * U64(0xC4CEB9FE1A85EC53)
    return k ^ (k >> U64(33))


def rotl(x, r):
    return (x << U64(r)) | (x >> U64(64 - r))


def reduce61(v):
    v = (v & U64(MERSENNE61)) + (v >> U64(61))
    return np.where(v >= U64(MERSENNE61), v - U64(MERSENNE61), v)


# --- Characters, as QChar classifies them -------------------------------------------------

QT_SPACE = set("\t\n\v\f\r \x85\xa0")


def is_space(c):
    return c in QT_SPACE or (c >= "\x80" and unicodedata.category(c) in ("Zs", "Zl", "Zp"))


def is_punct(c):
    return unicodedata.category(c).startswith("P")


def is_separator(c):
    return is_space(c) or is_punct(c)


CJK_NAMES = ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA",
             "HANGUL", "BOPOMOFO", "IDEOGRAPHIC ITERATION", "KANGXI RADICAL", "CJK RADICAL")


def is_cjk(c):
    if ord(c) < 0x1100:
        return False
    return unicodedata.name(c, "").startswith(CJK_NAMES)


ASCII_SEPARATORS = "".join(chr(c) for c in range(128) if is_separator(chr(c)))
ASCII_WORD = re.compile("[^" + re.escape(ASCII_SEPARATORS) + "]+")
ASCII_SPACE_RUN = re.compile("[\t\n\v\f\r ]+")


def normalize(text):
    if text.isascii():
        return ASCII_SPACE_RUN.sub(" ", text.lower()).strip(" ")
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    out = []
    pending = False
    for c in text:
        if is_space(c):
            pending = True
            continue
        if unicodedata.category(c) == "Cf":
            continue
        if pending and out:
            out.append(" ")
        pending = False
        out.append(c)
    return "".join(out)


def units_of(text, unit):
    """The units of normalised text: ("word", str) or ("char", codepoint) items."""
    if text.isascii():
        if unit == "characters":
            return [ord(c) for c in text if not is_separator(c)], None
        return None, ASCII_WORD.findall(text)
    if unit == "auto":
        cjk = other = 0
        for c in text:
            if is_separator(c):
                continue
            if is_cjk(c):
                cjk += 1
            else:
                other += 1
        unit = "characters" if cjk > other else "words"
    items = []  # str for a word, int for a single code point
    word = []
    for c in text:
        if is_separator(c):
            if word:
                items.append("".join(word))
                word = []
            continue
        if unit == "characters" or is_cjk(c):
            if word:
                items.append("".join(word))
                word = []
            items.append(ord(c))
            continue
        word.append(c)
    if word:
        items.append("".join(word))
    return None, items


class MinHash:
    def __init__(self, permutations=128, shingle=5, threshold=0.8, seed=0x5EEDBED, unit="auto"):
        self.p = permutations
        self.n = shingle
        self.threshold = threshold
        self.unit = unit
        state, self.key = splitmix64(seed)
        a, b = [], []
        for _ in range(permutations):
            state, x = splitmix64(state)
            a.append(x)
            state, x = splitmix64(state)
            b.append(x)
        self.a = np.array(a, dtype=U64)[None, :]
        self.b = np.array(b, dtype=U64)[None, :]
        self.bands, self.rows = optimal_bands_and_rows(threshold, permutations)
        self.unit_basis = FNV_OFFSET ^ self.key

    def unit_hashes(self, docs_units):
        """Hashes of every unit of every document, concatenated, and the counts per document."""
        words = []
        slots = []  # per unit: index into words, or -1 - codepoint for a single character
        counts = []
        for chars, items in docs_units:
            if chars is not None:
                slots.extend(-1 - c for c in chars)
                counts.append(len(chars))
                continue
            for item in items:
                if isinstance(item, str):
                    slots.append(len(words))
                    words.append(item)
                else:
                    slots.append(-1 - item)
            counts.append(len(items))
        slots = np.array(slots, dtype=np.int64)
        hashes = np.zeros(len(slots), dtype=U64)
        if words:
            # FNV-1a over code points, all words at once: one column per character position.
            lengths = np.fromiter((len(w) for w in words), dtype=np.int64, count=len(words))
            width = int(lengths.max())
            codes = np.zeros((len(words), width), dtype=U64)
            flat = np.frombuffer("".join(words).encode("utf-32-le"), dtype=np.uint32)
            rows = np.repeat(np.arange(len(words)), lengths)
            cols = np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
            codes[rows, cols] = flat
            h = np.full(len(words), self.unit_basis, dtype=U64)
            for col in range(width):
                active = lengths > col
                h = np.where(active, (h ^ codes[:, col]) * U64(FNV_PRIME), h)
            word_hashes = fmix64(h)
            is_word = slots >= 0
            hashes[is_word] = word_hashes[slots[is_word]]
        single = slots < 0
        if single.any():
            cps = (-1 - slots[single]).astype(U64)
            hashes[single] = fmix64((U64(self.unit_basis) ^ cps) * U64(FNV_PRIME))
        return hashes, counts

    def signatures(self, texts):
        docs_units = [units_of(normalize(t), self.unit) for t in texts]
        units, counts = self.unit_hashes(docs_units)
        offsets = np.concatenate(([0], np.cumsum(counts)))
        # Shingle hashes: one run over every document with at least n units, others alone.
        starts, lengths, shingle_docs = [], [], []
        for d, count in enumerate(counts):
            length = min(self.n, count)
            many = count - self.n + 1 if count >= self.n else 1
            starts.append(np.arange(many) + offsets[d])
            lengths.append(length)
            shingle_docs.append(np.full(many, d))
        starts = np.concatenate(starts)
        shingle_docs = np.concatenate(shingle_docs)
        lengths = np.array(lengths, dtype=np.int64)[shingle_docs]
        golden = U64(GOLDEN)
        h = U64(self.key) ^ (lengths.astype(U64) * golden)
        padded = np.concatenate((units, np.zeros(self.n, dtype=U64)))
        for j in range(self.n):
            step = rotl((h ^ padded[starts + j]) * U64(MIX_PRIME), 29)
            h = np.where(lengths > j, step, h)
        x = (reduce61(fmix64(h)) & U64(0xFFFFFFFF))[:, None]
        values = (self.a * x + self.b) >> U64(32)
        # Minimum per document (shingles of a document are consecutive).
        first = np.searchsorted(shingle_docs, np.arange(len(texts)))
        minima = np.minimum.reduceat(values, first, axis=0)
        return minima.astype(np.uint32)

    def band_hashes(self, sigs):
        s = sigs.astype(U64)
        out = np.empty((len(sigs), self.bands), dtype=U64)
        for band in range(self.bands):
            h = np.full(len(sigs), int(fmix64(np.array([self.key ^ (((band + 1) * GOLDEN)
                                                                     & M64)], dtype=U64))[0]),
                        dtype=U64)
            for row in range(self.rows):
                h = rotl((h ^ s[:, band * self.rows + row]) * U64(MIX_PRIME), 29)
            out[:, band] = fmix64(h)
        return out


def optimal_bands_and_rows(threshold, permutations, fp_weight=0.2, fn_weight=0.8):
    def integrate(f, lo, hi, intervals=1000):
        if hi <= lo:
            return 0.0
        step = (hi - lo) / intervals
        total = f(lo) + f(hi)
        for i in range(1, intervals):
            total += (4 if i % 2 else 2) * f(lo + i * step)
        return total * step / 3

    best, best_error = (1, permutations), float("inf")
    for b in range(1, permutations + 1):
        if permutations % b:
            continue
        r = permutations // b

        def candidate(s, b=b, r=r):
            return 1 - (1 - s ** r) ** b

        fp = integrate(candidate, 0, threshold)
        fn = integrate(lambda s: 1 - candidate(s), threshold, 1)
        error = fp_weight * fp + fn_weight * fn
        if error < best_error:
            best_error, best = error, (b, r)
    return best


def find_duplicates(mh, sigs):
    """Streaming LSH: each document against the earlier kept ones; -1 when kept."""
    bands = mh.band_hashes(sigs)
    buckets = [dict() for _ in range(mh.bands)]
    need = mh.threshold * mh.p - 1e-9
    result = np.full(len(sigs), -1, dtype=np.int64)
    for i in range(len(sigs)):
        row = bands[i].tolist()
        found = set()
        for band, h in enumerate(row):
            hit = buckets[band].get(h)
            if hit:
                found.update(hit)
        if found:
            candidates = np.fromiter(sorted(found), dtype=np.int64, count=len(found))
            agree = (sigs[candidates] == sigs[i]).sum(axis=1)
            good = candidates[agree >= need]
            if len(good):
                result[i] = good[0]
                continue
        for band, h in enumerate(row):
            buckets[band].setdefault(h, []).append(i)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("docs")
    parser.add_argument("--signatures")
    parser.add_argument("--permutations", type=int, default=128)
    parser.add_argument("--shingle", type=int, default=5)
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--seed", type=lambda s: int(s, 0), default=0x5EEDBED)
    parser.add_argument("--unit", default="auto", choices=("auto", "words", "characters"))
    parser.add_argument("--batch", type=int, default=256)
    args = parser.parse_args()

    with open(args.docs, encoding="utf-8") as f:
        texts = f.read().split("\n")
    if texts and texts[-1] == "":
        texts.pop()
    mh = MinHash(args.permutations, args.shingle, args.threshold, args.seed, args.unit)

    start = time.process_time()
    parts = [mh.signatures(texts[i:i + args.batch]) for i in range(0, len(texts), args.batch)]
    sigs = np.concatenate(parts) if parts else np.zeros((0, mh.p), dtype=np.uint32)
    signed = time.process_time()
    duplicates = find_duplicates(mh, sigs)
    indexed = time.process_time()

    if args.signatures:
        sigs.astype("<u4").tofile(args.signatures)
    json.dump({"docs": len(texts), "bands": mh.bands, "rows": mh.rows,
               "signature_seconds": signed - start, "lsh_seconds": indexed - signed,
               "total_seconds": indexed - start,
               "duplicates": int((duplicates >= 0).sum()),
               "numpy": np.__version__}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
