// The app's own icons, drawn here so the package carries no third-party artwork: a speech bubble with three
// dots. Teams wants a 192x192 full-colour icon and a 32x32 white outline on a transparent background.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Reads width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes) {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// The bubble in unit coordinates (0..1): a rounded rectangle with a tail at the lower left.
function roundedRectDistance(x, y, left, top, right, bottom, radius) {
  const cx = Math.max(left + radius, Math.min(x, right - radius));
  const cy = Math.max(top + radius, Math.min(y, bottom - radius));
  return Math.hypot(x - cx, y - cy) - radius;
}

function inTail(x, y) {
  // Triangle (0.26,0.70) (0.44,0.70) (0.22,0.88).
  const [ax, ay, bx, by, cx, cy] = [0.26, 0.7, 0.44, 0.7, 0.22, 0.88];
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  const negative = d1 < 0 || d2 < 0 || d3 < 0;
  const positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}

function bubbleDistance(x, y) {
  return roundedRectDistance(x, y, 0.16, 0.22, 0.84, 0.72, 0.12);
}

function inDot(x, y) {
  return [0.34, 0.5, 0.66].some((cx) => Math.hypot(x - cx, y - 0.47) <= 0.055);
}

// Four-by-four supersampling: the fraction of a pixel covered by a shape.
function coverage(size, px, py, inside) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      if (inside((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size)) hits++;
    }
  }
  return hits / 16;
}

function hexToRgb(hex) {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** 192x192: the accent colour behind a white bubble whose dots show the accent colour through. */
export function colorIcon(accentColor) {
  const size = 192;
  const [r, g, b] = hexToRgb(accentColor);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const white = coverage(size, x, y, (u, v) => (bubbleDistance(u, v) <= 0 || inTail(u, v)) && !inDot(u, v));
      const i = (y * size + x) * 4;
      pixels[i] = Math.round(r + (255 - r) * white);
      pixels[i + 1] = Math.round(g + (255 - g) * white);
      pixels[i + 2] = Math.round(b + (255 - b) * white);
      pixels[i + 3] = 255;
    }
  }
  return encodePng(size, size, pixels);
}

/** 32x32: the bubble's white outline and dots on a transparent background. */
export function outlineIcon() {
  const size = 32;
  const stroke = 2.2 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = coverage(size, x, y, (u, v) => {
        const d = bubbleDistance(u, v);
        const onBorder = d <= 0 && d > -stroke;
        const onTail = inTail(u, v) && d > -stroke && v >= 0.72 - stroke;
        return onBorder || onTail || inDot(u, v);
      });
      const i = (y * size + x) * 4;
      pixels.fill(255, i, i + 3);
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, pixels);
}
