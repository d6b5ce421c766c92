import {unzipSync, zipSync, type Unzipped, type ZipOptions} from 'fflate'
import {DocumentError} from './errors.js'

/** Refuse archives that would unpack to more than this (a zip bomb, not a document). */
const maxUnpacked = 1024 * 1024 * 1024

const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** What Word writes for a password-protected document (and what an old .doc is): an OLE compound file. */
export function isOleFile(bytes: Uint8Array): boolean {
  return ole.every((byte, i) => bytes[i] === byte)
}

/**
 * Unpack the zip of an Office document. `kind` names the format in error messages; `wanted`
 * limits which entries are inflated (all when omitted).
 */
export function readZip(bytes: Uint8Array, kind: string, wanted?: (name: string) => boolean): Unzipped {
  if (isOleFile(bytes)) {
    throw new DocumentError(`encrypted or legacy ${kind} file: this is an OLE compound file (what Word writes for a password-protected document or an old .doc); remove the password or save it as ${kind.toLowerCase()} and try again`)
  }
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocumentError(`not a valid ${kind} file (not a zip archive)`)
  let total = 0
  try {
    return unzipSync(bytes, {
      filter(file) {
        total += file.originalSize
        if (total > maxUnpacked) throw new DocumentError(`not a valid ${kind} file (zip: unpacks to more than 1 GiB)`)
        return wanted ? wanted(file.name) : true
      }
    })
  } catch (error) {
    if (error instanceof DocumentError) throw error
    throw new DocumentError(`not a valid ${kind} file (zip: ${oneLine((error as Error).message) || 'unreadable'})`)
  }
}

/** Pack entries in the given order (Office wants [Content_Types].xml first, as it came). */
export function writeZip(entries: Array<[string, Uint8Array]>): Uint8Array {
  const files: Record<string, [Uint8Array, ZipOptions]> = {}
  // Pictures and media are compressed already: store them as they are instead of deflating again.
  for (const [name, data] of entries) files[name] = [data, {level: /\.(png|jpe?g|gif|tiff?|emf|wmf|wdp|mp[34]|m4a|zip|odttf|ttf)$/i.test(name) ? 0 : 6}]
  return zipSync(files)
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
