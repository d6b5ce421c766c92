import fs from 'node:fs'
import {t} from './locale/index.js'

export interface ReadResult {
  text: string
  /** The file started with a byte order mark (kept out of `text`). */
  bom: 'utf8' | 'utf16le' | 'utf16be' | null
}

/** Largest file read whole (bytes); bigger files are refused with a clear message. */
// Above this, checking a document takes more memory than an ordinary machine has to spare.
export const maxFileSize = 32 * 1024 * 1024

/** Decode bytes as UTF-8 (or UTF-16 with a BOM). Throws a one-line Error naming the problem. */
export function decode(bytes: Uint8Array): ReadResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {text: utf8(bytes.subarray(3)), bom: 'utf8'}
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), bom: 'utf16le'}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), bom: 'utf16be'}
  if (looksBinary(bytes)) throw new Error(t().binarySkipped)
  return {text: utf8(bytes), bom: null}
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    throw new Error(t().invalidUtf8(at))
  }
}

/** NUL bytes in the first 8 KB: what git and grep call binary. */
function looksBinary(bytes: Uint8Array): boolean {
  // indexOf searches natively: a loop over the bytes cost ~50 ms on a 30 MB folder.
  return bytes.subarray(0, 8192).indexOf(0) !== -1
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i
    i += need + 1
  }
  return i
}

export interface ReadFile extends ReadResult {
  bytes: Uint8Array
  size: number
  mtimeMs: number
}

/** Read a file for linting. Throws a one-line Error (not found, a directory, unreadable, too big, binary, bad UTF-8). */
export function readText(path: string): ReadFile {
  const read = readBytes(path)
  return {...decode(read.bytes), ...read}
}

/** A file's bytes, not yet decoded. Throws a one-line Error (not found, a directory, unreadable, too big). */
export function readBytes(path: string): {bytes: Uint8Array; size: number; mtimeMs: number} {
  let stat: fs.Stats
  try {
    stat = fs.statSync(path)
  } catch (error) {
    throw new Error(describeFsError(error))
  }
  if (stat.isDirectory()) throw new Error(t().isDirectory)
  if (stat.size > maxFileSize) throw new Error(t().tooBig(Math.round(stat.size / 1048576), maxFileSize / 1048576))
  let bytes: Uint8Array
  try {
    bytes = fs.readFileSync(path)
  } catch (error) {
    throw new Error(describeFsError(error))
  }
  return {bytes, size: stat.size, mtimeMs: stat.mtimeMs}
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'ENOENT':
      return t().noSuchFile
    case 'EACCES':
    case 'EPERM':
      return t().permissionDenied
    case 'EISDIR':
      return t().isDirectory
    case 'ENOTDIR':
      return t().notDirectory
    case 'ELOOP':
      return t().symlinkLoop
    case 'ENAMETOOLONG':
      return t().nameTooLong
    default:
      return (error as Error)?.message?.split('\n')[0] || String(error)
  }
}
