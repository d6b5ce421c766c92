import {strFromU8, unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {applyFixes, lint} from '@luxlint/core'
import {extractDocxText, lintDocx, writeReviewedDocx} from '../src/index.js'
import {makeDocx, p, r} from './helpers/docx.js'
import {sampleDocx} from './helpers/sample.js'

const date = new Date('2026-01-02T03:04:05.678Z')
const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name])

describe('writeReviewedDocx', () => {
  const input = sampleDocx()
  const before = input.slice()
  const {output, changes, comments} = writeReviewedDocx(input, {date})

  it('never modifies its input', () => {
    expect(input).toEqual(before)
  })

  it('turns every safe fix into a tracked change and every other finding into a comment', () => {
    const messages = lintDocx(input).messages
    expect(changes).toBe(messages.filter((m) => m.fix?.safe).length)
    expect(comments).toBe(messages.filter((m) => !m.fix?.safe && ['error', 'warning', 'suggestion'].includes(m.severity)).length)
    expect(changes).toBe(4)
    expect(comments).toBe(5)
    const document = part(output, 'word/document.xml')
    expect(document).toContain(
      '<w:del w:id="92" w:author="luxlint" w:date="2026-01-02T03:04:05Z"><w:r><w:delText xml:space="preserve">child porn</w:delText></w:r><w:r><w:rPr><w:i/></w:rPr><w:delText xml:space="preserve">ography</w:delText></w:r></w:del>' +
        '<w:ins w:id="93" w:author="luxlint" w:date="2026-01-02T03:04:05Z"><w:r><w:t xml:space="preserve">child sexual abuse material</w:t></w:r></w:ins>'
    )
    expect(document).toContain('<w:r><w:t xml:space="preserve">a person who possesses </w:t></w:r>')
  })

  it('reads back as the fixed text: deletions are not text, insertions are', () => {
    const original = extractDocxText(input).text
    const fixed = applyFixes(original, lint(original, {format: 'text', language: 'en'})).output
    expect(extractDocxText(output).text).toBe(fixed)
    expect(lintDocx(output).messages.filter((m) => m.fix?.safe)).toEqual([])
  })

  it('adds comments with the explanation and sources, anchored on the finding (notes: on their mark)', () => {
    const xml = part(output, 'word/comments.xml')
    expect(xml).toContain('<w:comment w:id="0" w:author="Bob"')
    expect(xml).toMatch(/<w:comment w:id="1" w:author="luxlint" w:date="2026-01-02T03:04:05Z" w:initials="L"><w:p><w:r><w:annotationRef\/><\/w:r><w:r><w:t xml:space="preserve">Avoid “child prostitute”/)
    expect(xml).toContain('Sources: ')
    expect(xml).toContain('In endnote 1, “child sex tourism”: Avoid')
    const document = part(output, 'word/document.xml')
    expect(document).toMatch(/<w:commentRangeStart w:id="1"\/><w:r><w:t>child<\/w:t><w:br\/><w:t>prostitute<\/w:t><\/w:r><w:commentRangeEnd w:id="1"\/><w:r><w:commentReference w:id="1"\/><\/w:r>/)
    expect(part(output, 'word/endnotes.xml')).not.toContain('commentRange')
  })

  it('places an insertion inside someone else’s insertion by splitting theirs', () => {
    const body = p(['Added: ', '<w:ins w:id="5" w:author="Ann" w:date="2024-01-01T00:00:00Z"><w:r><w:t>they found child pornography online</w:t></w:r></w:ins>'])
    const result = writeReviewedDocx(makeDocx({body}), {date})
    const xml = part(result.output, 'word/document.xml')
    expect(xml).toContain(
      '<w:ins w:id="5" w:author="Ann" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">they found </w:t></w:r><w:del w:id="6" w:author="luxlint" w:date="2026-01-02T03:04:05Z"><w:r><w:delText xml:space="preserve">child pornography</w:delText></w:r></w:del></w:ins>' +
        '<w:ins w:id="7" w:author="luxlint" w:date="2026-01-02T03:04:05Z"><w:r><w:t xml:space="preserve">child sexual abuse material</w:t></w:r></w:ins>' +
        '<w:ins w:id="8" w:author="Ann" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve"> online</w:t></w:r></w:ins>'
    )
  })

  it('creates the comments part, its content type and relationship when the document has none', () => {
    const result = writeReviewedDocx(makeDocx({body: p('Reports of child sex tourism rose.'), noStyles: true}), {date})
    expect(result).toMatchObject({changes: 0, comments: 1})
    const files = unzipSync(result.output)
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml')
    expect(strFromU8(files['[Content_Types].xml'])).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    expect(strFromU8(files['word/_rels/document.xml.rels'])).toMatch(/<Relationship Id="rId1" Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"\/>/)
    expect(strFromU8(files['word/comments.xml'])).toContain('<w:comment w:id="0" w:author="luxlint"')
  })

  it('keeps run properties on both sides of a split and fixes two findings in one run', () => {
    const body = p([r('First child pornography, then child pornography again.', '<w:b/><w:lang w:val="en-GB"/>')])
    const result = writeReviewedDocx(makeDocx({body}), {date})
    expect(result.changes).toBe(2)
    const xml = part(result.output, 'word/document.xml')
    expect(xml.match(/<w:rPr><w:b\/><w:lang w:val="en-GB"\/><\/w:rPr>/g)).toHaveLength(7)
    expect(extractDocxText(result.output).text).toBe('First child sexual abuse material, then child sexual abuse material again.')
  })

  it('changes nothing and adds no part when there is nothing to report', () => {
    const clean = makeDocx({body: p('Nothing to see.')})
    const result = writeReviewedDocx(clean, {date})
    expect(result).toMatchObject({changes: 0, comments: 0})
    expect(Object.keys(unzipSync(result.output)).sort()).toEqual(Object.keys(unzipSync(clean)).sort())
  })
})
