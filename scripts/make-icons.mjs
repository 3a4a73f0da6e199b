#!/usr/bin/env node
// Renders Vetter's toolbar/store icons (a teal shield with a white check mark)
// and writes them as RGBA PNGs to public/icon/<size>.png, where WXT picks them up.
//
// Dependency-free: uses only node:zlib and node:fs (plus node:path/node:url for
// locating the output directory). Run with `node scripts/make-icons.mjs`.

import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 96, 128];
const SUPERSAMPLE = 8; // 8×8 samples per pixel
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');

// ---------------------------------------------------------------------------
// Colours
// ---------------------------------------------------------------------------

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const RIM = hex('#2dd4bf'); // light teal rim
const FILL_TOP = hex('#0f766e'); // deep teal (brand colour)
const FILL_BOTTOM = hex('#115e59'); // slightly darker toward the tip
const SHEEN = hex('#14857c'); // left half is a touch lighter (classic shield facet)
const CHECK = hex('#ffffff');

const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

// ---------------------------------------------------------------------------
// Geometry (unit square, y pointing down)
// ---------------------------------------------------------------------------

function cubic(p0, p1, p2, p3, n) {
  const pts = [];
  for (let i = 1; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    pts.push([
      u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
      u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1],
    ]);
  }
  return pts;
}

/**
 * Shield outline as a polygon inside `box` ({ left, top, right, bottom } in
 * unit space). The polygon is inset by `radius`; the final shape is the
 * polygon's SDF minus `radius`, which rounds every corner (including the
 * bottom tip) uniformly while the outer edge still touches the box.
 */
function shieldPolygon(box, radius) {
  const l = box.left + radius;
  const t = box.top + radius;
  const w = box.right - radius - l;
  const h = box.bottom - radius - t;
  const P = (rx, ry) => [l + rx * w, t + ry * h]; // box-relative point
  const notch = 0.045; // gentle dip in the middle of the top edge
  const shoulder = 0.43; // where the straight sides start curving in
  const pts = [];
  pts.push(P(0, 0));
  pts.push(...cubic(P(0, 0), P(0.22, 0), P(0.39, notch), P(0.5, notch), 16));
  pts.push(...cubic(P(0.5, notch), P(0.61, notch), P(0.78, 0), P(1, 0), 16));
  pts.push(P(1, shoulder));
  pts.push(...cubic(P(1, shoulder), P(1, 0.7), P(0.74, 0.87), P(0.5, 1), 40));
  pts.push(...cubic(P(0.5, 1), P(0.26, 0.87), P(0, 0.7), P(0, shoulder), 40));
  return pts;
}

function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return Math.sqrt(ex * ex + ey * ey);
}

/** Signed distance to a closed polygon (negative inside). */
function polySdf(poly, px, py) {
  let d = Infinity;
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [ax, ay] = poly[j];
    const [bx, by] = poly[i];
    d = Math.min(d, segDist(px, py, ax, ay, bx, by));
    if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside ? -d : d;
}

/** Distance to an open polyline. */
function polylineDist(pts, px, py) {
  let d = Infinity;
  for (let i = 1; i < pts.length; i++) {
    d = Math.min(d, segDist(px, py, pts[i - 1][0], pts[i - 1][1], pts[i][0], pts[i][1]));
  }
  return d;
}

// ---------------------------------------------------------------------------
// Per-size design parameters. Small sizes get a thicker check and a rim that
// stays about one device pixel wide so it doesn't turn to mush.
// ---------------------------------------------------------------------------

function paramsFor(size) {
  const px = 1 / size;
  // Shield bounding box. Small sizes are snapped to whole pixels (so the
  // straight sides and rim land crisply on pixel columns) and fill more of
  // the canvas; large sizes keep store-style padding.
  const boxPx = {
    16: [1, 1, 15, 15.9],
    32: [3, 2, 29, 31],
    48: [5, 3, 43, 46],
  }[size];
  const box = boxPx
    ? { left: boxPx[0] * px, top: boxPx[1] * px, right: boxPx[2] * px, bottom: boxPx[3] * px }
    : { left: 0.14, top: 0.09, right: 0.86, bottom: 0.93 };
  const radius = Math.max(0.055, 1.25 * px);
  const rim = size <= 16 ? px : size <= 32 ? 1.5 * px : Math.max(2 * px, 0.04);
  const checkWidth = size <= 16 ? 2.6 * px : size <= 32 ? 0.135 : 0.12;
  // Check mark in box-relative coordinates: short leg down-right, long leg
  // up-right, sitting a little above centre (the shield's visual centre).
  const rel = size <= 16
    ? [[0.22, 0.46], [0.43, 0.65], [0.8, 0.27]]
    : [[0.25, 0.47], [0.43, 0.64], [0.76, 0.32]];
  const bw = box.right - box.left;
  const bh = box.bottom - box.top;
  const check = rel.map(([x, y]) => [box.left + x * bw, box.top + y * bh]);
  return { box, radius, rim, checkWidth, check };
}

// ---------------------------------------------------------------------------
// Rasteriser
// ---------------------------------------------------------------------------

function render(size) {
  const { box, radius, rim, checkWidth, check } = paramsFor(size);
  const poly = shieldPolygon(box, radius);
  const shade = (v) => Math.max(0, Math.min(1, (v - box.top) / (box.bottom - box.top)));
  const midX = (box.left + box.right) / 2;
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  const inv = 1 / (n * n);

  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Accumulate premultiplied colour across samples.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const u = (x + (sx + 0.5) / n) / size;
          const v = (y + (sy + 0.5) / n) / size;
          const d = polySdf(poly, u, v) - radius;
          if (d > 0) continue; // outside the shield: transparent
          let c;
          if (d > -rim) {
            c = RIM;
          } else {
            const base = mix(FILL_TOP, FILL_BOTTOM, shade(v));
            c = u < midX ? mix(base, SHEEN, 0.6) : base;
            if (polylineDist(check, u, v) <= checkWidth / 2) c = CHECK;
          }
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (y * size + x) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round(a * inv * 255);
      }
    }
  }
  return rgba;
}

// ---------------------------------------------------------------------------
// PNG encoder
// ---------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace

  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type 0 (None)
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const png = encodePng(size, size, render(size));
  const file = join(OUT_DIR, `${size}.png`);
  writeFileSync(file, png);
  console.log(`wrote ${file} (${png.length} bytes)`);
}
