#!/usr/bin/env node
// Draws the add-in icons (a rising bar chart, with a yen sign from 32 px up) pixel by pixel and
// writes them as PNG with node's zlib, so the icons are reproducible without image tools.
// Usage: node scripts/make-icons.mjs [outDir]   (default: assets/)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

/** Sizes Office asks for: 16/32/80 ribbon, 32/64 IconUrl/HighResolutionIconUrl, 128 store listing. */
export const ICON_SIZES = [16, 32, 64, 80, 128];

const NAVY = [11, 79, 138, 255];
const WHITE = [255, 255, 255, 255];
const GOLD = [242, 193, 78, 255];
const SUPERSAMPLE = 4;

function insideRoundedRect(x, y, [x0, y0, x1, y1], r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function nearSegment(x, y, [ax, ay, bx, by], halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth * halfWidth;
}

/** The glyph as layers in unit coordinates (0..1, y down); later layers paint over earlier ones. */
function layers(size) {
  const bars = [
    { box: [0.18, 0.62, 0.32, 0.8], colour: WHITE },
    { box: [0.43, 0.46, 0.57, 0.8], colour: WHITE },
    { box: [0.68, 0.22, 0.82, 0.8], colour: GOLD },
  ];
  const yen = [
    [0.16, 0.14, 0.27, 0.3],
    [0.38, 0.14, 0.27, 0.3],
    [0.27, 0.3, 0.27, 0.5],
    [0.18, 0.34, 0.36, 0.34],
    [0.18, 0.42, 0.36, 0.42],
  ];
  const result = [
    { colour: NAVY, hit: (x, y) => insideRoundedRect(x, y, [0.02, 0.02, 0.98, 0.98], 0.18) },
    { colour: WHITE, hit: (x, y) => insideRoundedRect(x, y, [0.12, 0.8, 0.88, 0.86], 0.01) },
    ...bars.map((bar) => ({
      colour: bar.colour,
      hit: (x, y) => insideRoundedRect(x, y, bar.box, 0.02),
    })),
  ];
  // Below 32 px a yen sign is a smudge; the bars alone stay legible on the ribbon.
  if (size >= 32) {
    result.push({ colour: GOLD, hit: (x, y) => yen.some((s) => nearSegment(x, y, s, 0.035)) });
  }
  return result;
}

/** Renders one icon as RGBA rows, anti-aliased by supersampling. */
export function renderIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const painted = layers(size);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let s = 0; s < samples; s += 1) {
        const x = (px + ((s % SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        const y = (py + (Math.floor(s / SUPERSAMPLE) + 0.5) / SUPERSAMPLE) / size;
        const top = painted.findLast((layer) => layer.hit(x, y));
        if (top) {
          // Premultiplied accumulation keeps transparent corners from darkening the edge.
          for (let c = 0; c < 3; c += 1) sum[c] += top.colour[c] * (top.colour[3] / 255);
          sum[3] += top.colour[3];
        }
      }
      const offset = (py * size + px) * 4;
      const alpha = sum[3] / samples;
      for (let c = 0; c < 3; c += 1) {
        pixels[offset + c] = alpha === 0 ? 0 : Math.round((sum[c] / samples) * (255 / alpha));
      }
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no interlace, filter 0 on every row). */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const outDir = resolve(process.argv[2] ?? join(root, "assets"));
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
