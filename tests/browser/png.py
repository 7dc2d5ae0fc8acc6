#!/usr/bin/env python3
"""png.py - a tiny PNG reader for the browser test (stdlib only: zlib).

  png.py stats FILE             prints: width height distinct_colours
                                non_white_fraction
  png.py crop FILE OUT X Y W H  writes the region as a new PNG (for looking
                                at parts of a tall screenshot)

Reads 8-bit RGB/RGBA, non-interlaced PNGs (what Chromium writes).
"""
import struct
import sys
import zlib


def read(path):
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise SystemExit('not a PNG: ' + path)
    pos, idat, w = 8, b'', 0
    while pos < len(data):
        n, typ = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if typ == b'IHDR':
            w, h, depth, ctype, _, _, inter = struct.unpack('>IIBBBBB', body)
            if depth != 8 or ctype not in (2, 6) or inter:
                raise SystemExit('unsupported PNG format')
            bpp = 3 if ctype == 2 else 4
        elif typ == b'IDAT':
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(h):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pr) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def stats(path):
    w, h, bpp, rows = read(path)
    colours, nonwhite = set(), 0
    for r in rows:
        for x in range(0, w * bpp, bpp * 2):  # every other pixel: enough
            px = r[x:x + 3]
            colours.add(px)
            if px != b'\xff\xff\xff':
                nonwhite += 1
    total = h * ((w + 1) // 2)
    print(w, h, len(colours), '%.4f' % (nonwhite / total))


def chunk(typ, body):
    c = struct.pack('>I', zlib.crc32(typ + body) & 0xffffffff)
    return struct.pack('>I', len(body)) + typ + body + c


def crop(path, out, x0, y0, cw, ch):
    w, h, bpp, rows = read(path)
    cw, ch = min(cw, w - x0), min(ch, h - y0)
    raw = b''.join(b'\x00' + rows[y][x0 * bpp:(x0 + cw) * bpp]
                   for y in range(y0, y0 + ch))
    ihdr = struct.pack('>IIBBBBB', cw, ch, 8, 2 if bpp == 3 else 6, 0, 0, 0)
    with open(out, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) +
                chunk(b'IDAT', zlib.compress(raw, 6)) + chunk(b'IEND', b''))


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'stats':
        stats(sys.argv[2])
    elif len(sys.argv) == 8 and sys.argv[1] == 'crop':
        crop(sys.argv[2], sys.argv[3], *map(int, sys.argv[4:]))
    else:
        raise SystemExit(__doc__)
