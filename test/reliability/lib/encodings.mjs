// Encode a document the way a user's editor might have saved it, and decode what luxlint wrote.

export const encodings = ['utf8', 'utf8-bom', 'utf16le', 'utf16be']

export function encodeAs(text, encoding) {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8')
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
    default:
      throw new Error(`Expected an encoding, not ${encoding}`)
  }
}

/** Decode bytes written in `encoding`; throws when the BOM of that encoding is missing. */
export function decodeAs(bytes, encoding) {
  const expectPrefix = (prefix) => {
    if (!bytes.subarray(0, prefix.length).equals(Buffer.from(prefix))) throw new Error(`${encoding} BOM lost`)
    return bytes.subarray(prefix.length)
  }
  switch (encoding) {
    case 'utf8':
      return bytes.toString('utf8')
    case 'utf8-bom':
      return expectPrefix([0xef, 0xbb, 0xbf]).toString('utf8')
    case 'utf16le':
      return expectPrefix([0xff, 0xfe]).toString('utf16le')
    case 'utf16be':
      return Buffer.from(expectPrefix([0xfe, 0xff])).swap16().toString('utf16le')
    default:
      throw new Error(`Expected an encoding, not ${encoding}`)
  }
}

/** What `--fix` should write: safe fixes applied until none is left (the CLI allows a few passes). */
export function fixedText(core, text, options) {
  let output = text
  for (let pass = 0; pass < 5; pass++) {
    const {output: next, applied} = core.applyFixes(output, core.lint(output, options))
    if (applied === 0) break
    output = next
  }
  return output
}
