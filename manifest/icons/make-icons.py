#!/usr/bin/env python3
"""Writes the Teams app icons for TraineeBot: color.png (192x192) and outline.png (32x32).

The symbol is a speech bubble with a "T" in it. The output is deterministic (same bytes every run), uses only
the standard library and is committed next to this script; run it again after changing a shape or a colour:

    python3 manifest/icons/make-icons.py

color.png   solid background in the manifest's accentColor, a white bubble (the symbol fills the 96x96 square
            in the middle, leaving 48 px of padding on every side) and a "T" in the background colour.
outline.png white (#FFFFFF) only, on a fully transparent background, no padding: the bubble drawn as a 2 px
            line with a solid "T" inside. Edges are anti-aliased through alpha alone, so every pixel stays white.

Both are 8-bit RGBA PNGs (colour type 6) without ancillary chunks. Each row gets the PNG filter that gives the
smallest sum of absolute differences (the usual libpng heuristic), so the files use several filter types,
as real encoders do.
"""

import math
import os
import struct
import zlib

ACCENT = (0x1F, 0x5C, 0x99)  # keep equal to "accentColor" in manifest/manifest.json
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 8  # supersampling per axis, for anti-aliased edges


# --- shapes (in the coordinates of a 96x96 symbol box; scaled per icon) -------------------------------------

def in_round_rect(x, y, left, top, right, bottom, radius):
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])

    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    has_neg = d1 < 0 or d2 < 0 or d3 < 0
    has_pos = d1 > 0 or d2 > 0 or d3 > 0
    return not (has_neg and has_pos)


def in_bubble(x, y):
    """A rounded speech bubble with a tail at the bottom left, filling the 96x96 box."""
    return (in_round_rect(x, y, 0, 0, 96, 72, 18)
            or in_triangle(x, y, (14, 66), (42, 66), (8, 96)))


def in_letter_t(x, y):
    """A bold "T" centred in the bubble's body."""
    return in_round_rect(x, y, 25, 14, 71, 26, 2) or in_round_rect(x, y, 41.5, 14, 54.5, 58, 2)


# --- rendering -----------------------------------------------------------------------------------------------

def coverage(size, inside):
    """Fraction (0..1) of each pixel of a size x size image covered by inside(x, y) in pixel coordinates."""
    rows = []
    step = 1.0 / SAMPLES
    for py in range(size):
        row = []
        for px in range(size):
            hits = 0
            for sy in range(SAMPLES):
                y = py + (sy + 0.5) * step
                for sx in range(SAMPLES):
                    if inside(px + (sx + 0.5) * step, y):
                        hits += 1
            row.append(hits / (SAMPLES * SAMPLES))
        rows.append(row)
    return rows


def blend(under, over, amount):
    return tuple(round(u + (o - u) * amount) for u, o in zip(under, over))


def color_icon():
    size, padding, box = 192, 48, 96
    scale = box / 96.0

    def to_box(x, y):
        return (x - padding) / scale, (y - padding) / scale

    bubble = coverage(size, lambda x, y: in_bubble(*to_box(x, y)))
    letter = coverage(size, lambda x, y: in_letter_t(*to_box(x, y)))
    pixels = []
    for y in range(size):
        row = []
        for x in range(size):
            rgb = blend(ACCENT, WHITE, bubble[y][x])
            rgb = blend(rgb, ACCENT, letter[y][x])
            row.append(rgb + (255,))
        pixels.append(row)
    return size, pixels


def outline_icon():
    size = 32
    scale = size / 96.0
    stroke = 2.0  # pixels
    directions = [(math.cos(2 * math.pi * i / 16), math.sin(2 * math.pi * i / 16)) for i in range(16)]

    def bubble_at(x, y):
        return in_bubble(x / scale, y / scale)

    def deep_inside(x, y):
        # Inside the bubble by at least `stroke` pixels in every direction: the hollow of the outline.
        return bubble_at(x, y) and all(bubble_at(x + dx * stroke, y + dy * stroke) for dx, dy in directions)

    def shape(x, y):
        if in_letter_t(x / scale, y / scale):
            return True
        return bubble_at(x, y) and not deep_inside(x, y)

    cover = coverage(size, shape)
    pixels = [[WHITE + (round(255 * cover[y][x]),) if cover[y][x] > 0 else (0, 0, 0, 0)
               for x in range(size)] for y in range(size)]
    return size, pixels


# --- PNG encoding --------------------------------------------------------------------------------------------

def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def filter_row(kind, row, prior, bpp):
    out = bytearray(len(row))
    for i, value in enumerate(row):
        a = row[i - bpp] if i >= bpp else 0
        b = prior[i]
        c = prior[i - bpp] if i >= bpp else 0
        predictor = (0, a, b, (a + b) // 2, paeth(a, b, c))[kind]
        out[i] = (value - predictor) & 0xFF
    return out


def encode_png(size, pixels):
    bpp = 4
    raw = bytearray()
    prior = bytes(size * bpp)
    for row_pixels in pixels:
        row = bytes(channel for pixel in row_pixels for channel in pixel)
        candidates = [filter_row(kind, row, prior, bpp) for kind in range(5)]
        costs = [sum(v if v < 128 else 256 - v for v in candidate) for candidate in candidates]
        kind = costs.index(min(costs))
        raw.append(kind)
        raw += candidates[kind]
        prior = row

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA, no interlace
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + chunk(b"IEND", b""))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for name, (size, pixels) in (("color.png", color_icon()), ("outline.png", outline_icon())):
        path = os.path.join(here, name)
        with open(path, "wb") as handle:
            handle.write(encode_png(size, pixels))
        print(f"wrote {path} ({size}x{size})")


if __name__ == "__main__":
    main()
