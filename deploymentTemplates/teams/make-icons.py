#!/usr/bin/env python3
"""Draws PartnerBot's Teams icons: color.png (192x192, full colour) and outline.png (32x32, white on transparent).

The symbol is a smiling speech bubble: the baker behind the counter, in chat form. Standard library only
(zlib + struct), deterministic output, 4x4 supersampling for smooth edges. Run: python3 make-icons.py
"""
import math
import os
import struct
import zlib

ACCENT = (0xD9, 0x74, 0x2B)  # warm bakery orange; manifest.json's accentColor is the same colour
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4


def rounded_rect_distance(x, y, left, top, right, bottom, radius):
    """Signed distance to a rounded rectangle: negative inside."""
    cx, cy = (left + right) / 2, (top + bottom) / 2
    qx = abs(x - cx) - ((right - left) / 2 - radius)
    qy = abs(y - cy) - ((bottom - top) / 2 - radius)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    inside = min(max(qx, qy), 0.0)
    return outside + inside - radius


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    negative = d1 < 0 or d2 < 0 or d3 < 0
    positive = d1 > 0 or d2 > 0 or d3 > 0
    return not (negative and positive)


def in_smile(x, y, cx, cy, radius, thickness):
    """The lower arc of a circle (about 30 to 150 degrees below the centre)."""
    if y < cy + radius * 0.45:
        return False
    return abs(math.hypot(x - cx, y - cy) - radius) <= thickness / 2


def in_circle(x, y, cx, cy, radius):
    return math.hypot(x - cx, y - cy) <= radius


def face(x, y, scale):
    """Eyes and smile of the bubble, in the unit square; scale enlarges them for the small icon."""
    eye_y, eye_dx, eye_r = 0.5 - 0.09 * scale, 0.085 * scale, 0.028 * scale
    return (in_circle(x, y, 0.5 - eye_dx, eye_y, eye_r)
            or in_circle(x, y, 0.5 + eye_dx, eye_y, eye_r)
            or in_smile(x, y, 0.5, 0.5 - 0.07 * scale, 0.115 * scale, 0.032 * scale))


def color_icon(x, y):
    """RGB of the colour icon at (x, y) in the unit square: a white bubble with an orange face on orange."""
    bubble = rounded_rect_distance(x, y, 0.25, 0.27, 0.75, 0.67, 0.1) <= 0
    tail = in_triangle(x, y, (0.33, 0.62), (0.47, 0.66), (0.30, 0.77))
    if (bubble or tail) and not face(x, y, 1.0):
        return WHITE
    return ACCENT


def outline_icon(x, y):
    """Coverage of the outline icon at (x, y): the bubble's rim, its tail and the face."""
    stroke = 2.0 / 32
    rim = abs(rounded_rect_distance(x, y, 0.06, 0.07, 0.94, 0.74, 0.2)) <= stroke / 2
    tail = in_triangle(x, y, (0.22, 0.71), (0.44, 0.74), (0.16, 0.95))
    return rim or tail or face(x, y, 2.0)


def render(size, shade, opaque):
    """Supersampled rows of RGBA pixels; shade returns an RGB tuple (opaque) or a coverage bool."""
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            total = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x = (px + (sx + 0.5) / SAMPLES) / size
                    y = (py + (sy + 0.5) / SAMPLES) / size
                    if opaque:
                        r, g, b = shade(x, y)
                        total = [total[0] + r, total[1] + g, total[2] + b, total[3] + 255]
                    elif shade(x, y):
                        total = [total[0] + 255, total[1] + 255, total[2] + 255, total[3] + 255]
            n = SAMPLES * SAMPLES
            alpha = round(total[3] / n)
            if opaque:
                row += bytes(round(c / n) for c in total[:3])
            else:
                # Straight (not premultiplied) alpha: the colour stays pure white wherever anything is drawn.
                row += bytes(WHITE if alpha else (0, 0, 0)) + bytes([alpha])
        rows.append(bytes(row))
    return rows


def png(width, height, rows, color_type):
    """A minimal PNG: IHDR, one IDAT (filter 0 on every row), IEND; no timestamps, so output is reproducible."""
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b''.join(b'\x00' + row for row in rows)
    header = struct.pack('>IIBBBBB', width, height, 8, color_type, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'color.png'), 'wb') as f:
        f.write(png(192, 192, render(192, color_icon, opaque=True), color_type=2))
    with open(os.path.join(here, 'outline.png'), 'wb') as f:
        f.write(png(32, 32, render(32, outline_icon, opaque=False), color_type=6))


if __name__ == '__main__':
    main()
