#!/usr/bin/env python3
"""Regenerates the PNG fixtures of PNGImageTests with nothing but zlib and struct.

Run from this folder: python3 make_png_fixtures.py
Every pixel (x, y) is pixel(x, y) below; PNGImageTests.swift computes the same formula. Each
file has a tEXt chunk (to be skipped) and its zlib stream split over two IDAT chunks. Green
steps -30 across and +15 down, blue +25 across and -50 down, so Paeth rows meet both kinds of
tie (|p-b| == |p-c| and |p-a| == |p-c|) that decide between its predictors.
- rgb-filters.png: 5x6 RGB (colour type 2), rows filtered None, Sub, Up, Average, Paeth, Paeth.
- rgba-filters.png: 3x4 RGBA (colour type 6), rows filtered Sub, Paeth, Average, Up.
- bad-filter.png: 1x1 RGB whose only row names filter type 5, which does not exist.
"""
import struct, zlib

def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))

def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)

def filtered(width, height, channels, filters):
    """The scanlines of the image, each behind its filter type byte."""
    raw, prev = b'', bytes(width * channels)
    for y in range(height):
        line = bytes(v for x in range(width) for v in pixel(x, y)[:channels])
        out = bytearray([filters[y]])
        for i, v in enumerate(line):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            out.append((v - [0, a, b, (a + b) // 2, paeth(a, b, c)][filters[y]]) % 256)
        raw, prev = raw + bytes(out), line
    return raw

def png(width, height, channels, raw):
    z = zlib.compress(raw, 9)
    half = len(z) // 2
    ihdr = struct.pack('>IIBBBBB', width, height, 8, 2 if channels == 3 else 6, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'tEXt', b'Comment\0fixture')
            + chunk(b'IDAT', z[:half]) + chunk(b'IDAT', z[half:]) + chunk(b'IEND', b''))

def pixel(x, y):
    """Red, green, blue and alpha of pixel (x, y)."""
    return ((40 * x + 90 * y) % 256, (200 - 30 * x + 15 * y) % 256, (5 + 25 * x - 50 * y) % 256,
            (x * y * 37 + 5) % 256)

for name, data in [
    ('rgb-filters.png', png(5, 6, 3, filtered(5, 6, 3, [0, 1, 2, 3, 4, 4]))),
    ('rgba-filters.png', png(3, 4, 4, filtered(3, 4, 4, [1, 4, 3, 2]))),
    ('bad-filter.png', png(1, 1, 3, bytes([5, 1, 2, 3]))),
]:
    with open(name, 'wb') as f:
        f.write(data)
