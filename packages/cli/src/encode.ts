import type {ReadResult} from './read.js'

/** Encode text back the way it was read: same byte order mark, same UTF-8 or UTF-16. */
export function encode(text: string, bom: ReadResult['bom']): Buffer {
  if (bom === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
  if (bom === 'utf16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
  const body = Buffer.from(text, 'utf8')
  return bom === 'utf8' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body
}
