import zlib from 'node:zlib'

/**
 * The files in a zip archive (a .vsix), name → content, read from its central directory. Only
 * what vsce writes is handled: stored or deflated entries, no zip64, no encryption.
 */
export function zipEntries(zip: Buffer): Map<string, Buffer> {
  let end = zip.length - 22 // the end-of-central-directory record, before an archive comment
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--
  if (end < 0) throw new Error('not a zip archive: no end of central directory')
  const count = zip.readUInt16LE(end + 10)
  const entries = new Map<string, Buffer>()
  let at = zip.readUInt32LE(end + 16)
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`broken central directory at entry ${i}`)
    const method = zip.readUInt16LE(at + 10)
    const size = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    const local = zip.readUInt32LE(at + 42)
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const packed = zip.subarray(data, data + size)
    if (method !== 0 && method !== 8) throw new Error(`${name}: compression method ${method} is not handled`)
    entries.set(name, method === 8 ? zlib.inflateRawSync(packed) : packed)
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return entries
}
