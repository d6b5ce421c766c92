import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {DocumentError, lintDocx, writeReviewedDocx} from '../src/index.js'
import {makeDocx, p} from './helpers/docx.js'

const valid = makeDocx({body: p('Police found child pornography.')})

/** The error a DOCX function throws: always a one-line DocumentError. */
function failure(bytes: Uint8Array): string {
  for (const run of [() => lintDocx(bytes), () => writeReviewedDocx(bytes)]) {
    try {
      run()
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentError)
      expect((error as Error).message).not.toContain('\n')
      continue
    }
    throw new Error('expected an error')
  }
  try {
    lintDocx(bytes)
  } catch (error) {
    return (error as Error).message
  }
  return ''
}

describe('unreadable DOCX files', () => {
  it('a truncated zip', () => {
    expect(failure(valid.subarray(0, Math.floor(valid.length / 2)))).toMatch(/^not a valid DOCX file \(zip: .+\)$/)
  })

  it('not a zip at all', () => {
    expect(failure(strToU8('This is plain text, not a Word file.'))).toBe('not a valid DOCX file (not a zip archive)')
    expect(failure(new Uint8Array())).toBe('not a valid DOCX file (not a zip archive)')
  })

  it('a zip without word/document.xml', () => {
    expect(failure(zipSync({'hello.txt': strToU8('hi')}))).toBe('not a valid DOCX file (no word/document.xml)')
  })

  it('an encrypted document (an OLE compound file, as Word writes it)', () => {
    const ole = new Uint8Array(4096)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(failure(ole)).toMatch(/^encrypted or legacy DOCX file: .*remove the password/)
  })

  it('malformed XML in the main document', () => {
    const broken = makeDocx({body: p('fine'), entries: {'word/document.xml': '<w:document xmlns:w="x"><w:body><w:p></w:body>'}})
    expect(failure(broken)).toMatch(/^not a valid DOCX file \(word\/document\.xml: .+\)$/)
  })

  it('a Strict Open XML document, which luxlint does not read', () => {
    const strict = makeDocx({body: p('x'), entries: {'word/document.xml': '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body/></w:document>'}})
    expect(failure(strict)).toMatch(/^unsupported DOCX file: word\/document\.xml is not WordprocessingML transitional \(http:\/\/purl\.oclc\.org\/ooxml\/wordprocessingml\/main\); save it as a Word Document \(\.docx\)$/)
  })
})
