/**
 * A document luxlint cannot read (malformed, encrypted, scanned). The message is one line for the
 * user; front doors report it for that file and go on with the others.
 */
export class DocumentError extends Error {
  override readonly name = 'DocumentError'
}
