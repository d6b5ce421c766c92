// Draws images/icon.png (128×128): lines of text on a dark tile, one of them underlined with an
// amber squiggle, as an editor marks a finding. Plain Node, no image library; 4×4 supersampling.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import zlib from 'node:zlib'

const size = 128
const samples = 4
const tile = [22, 52, 84]
const paper = [245, 247, 250]
const amber = [245, 166, 35]

// Signed distance to a rounded rectangle centred at (cx, cy) with half sizes (hw, hh).
function roundedBox(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r
  const qy = Math.abs(y - cy) - hh + r
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}

// The colour at one sample point, or null where the icon is transparent.
function colour(x, y) {
  if (roundedBox(x, y, 64, 64, 60, 60, 22) > 0) return null
  const bars = [
    [64, 36, 38],
    [56, 58, 30],
    [64, 92, 38]
  ]
  for (const [cx, cy, hw] of bars) if (roundedBox(x, y, cx, cy, hw, 5, 5) <= 0) return paper
  // The squiggle under the second line: a sine wave of thickness 5.
  if (x >= 26 && x <= 102 && Math.abs(y - (73 + 4 * Math.sin((x - 26) / 4.2))) <= 2.6) return amber
  return tile
}

const rows = []
for (let py = 0; py < size; py++) {
  const row = Buffer.alloc(1 + size * 4) // filter byte 0, then RGBA
  for (let px = 0; px < size; px++) {
    let r = 0, g = 0, b = 0, a = 0
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const c = colour(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples)
        if (!c) continue
        r += c[0]; g += c[1]; b += c[2]; a += 1
      }
    }
    const o = 1 + px * 4
    if (a > 0) {
      row[o] = Math.round(r / a); row[o + 1] = Math.round(g / a); row[o + 2] = Math.round(b / a)
      row[o + 3] = Math.round((255 * a) / (samples * samples))
    }
  }
  rows.push(row)
}

function chunk(type, data) {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

const header = Buffer.alloc(13)
header.writeUInt32BE(size, 0)
header.writeUInt32BE(size, 4)
header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), {level: 9})),
  chunk('IEND', Buffer.alloc(0))
])
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'images', 'icon.png')
fs.writeFileSync(out, png)
console.log(`wrote ${path.relative(process.cwd(), out)} (${png.length} bytes)`)
