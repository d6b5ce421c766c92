import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {IncrementalLinter, lint, type LintOptions} from '@luxlint/core'
import {chunkScan, rescanChunks} from '../dist/extract/chunks.js'
import {countBreaks, lineEndFrom} from '../dist/text-source.js'
import {detectionReach} from '../dist/language.js'

/** A text read through slices only, as an editor buffer kept in pieces is; it records the longest read. */
function source(text: string) {
  const reads = {longest: 0}
  return {
    reads,
    text: {
      length: text.length,
      slice(start: number, end: number) {
        reads.longest = Math.max(reads.longest, Math.min(end, text.length) - start)
        return text.slice(start, end)
      }
    }
  }
}

const shape = (messages: ReturnType<typeof lint>) => messages.map((m) => [m.ruleId, m.offset, m.endOffset, m.line, m.column, m.endLine, m.endColumn, m.context, m.severity, m.fix?.offset])

describe('blocks after an edit of a text kept in pieces', () => {
  const line = fc.oneof(
    fc.constantFrom('', '', '', 'text', '- item', '1) item', '* * *', '> quote', '```', '~~~', '[^1]: note', '<div>', '<!--', '-->', '# Title', '---', '<b>', 'a\rb'),
    fc.tuple(fc.constantFrom('', ' ', '  ', '    ', '\t'), fc.constantFrom('text', '- item', '```', '> q')).map(([indent, rest]) => indent + rest)
  )
  // Long enough that the scan reads a window of the text, not all of it.
  const doc = fc.tuple(fc.array(line, {maxLength: 120}), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, end]) => lines.join(end))
  it('equals a scan of the whole new text (2,000 random edits)', () => {
    fc.assert(
      fc.property(doc, fc.nat(), fc.nat(6), doc, (before, at, removed, inserted) => {
        const where = before.length ? at % (before.length + 1) : 0
        const piece = inserted.slice(0, 12)
        const after = before.slice(0, where) + piece + before.slice(where + removed)
        const old = {text: source(before).text, ...chunkScan(before)}
        const ends: [number, number] = [where, after.length - where - piece.length]
        const lineEnds = {old: lineEndFrom(countBreaks(before)), new: lineEndFrom(countBreaks(after))}
        expect(rescanChunks(old, source(after).text, ends, lineEnds)).toEqual(chunkScan(after))
      }),
      {numRuns: 2000, seed: 20261129}
    )
  })
})

describe('IncrementalLinter on a text kept in pieces', () => {
  const paragraph = (i: number) =>
    i % 9 === 0 ? `Police said man ${i} shared child pornography.\n\n` : i % 13 === 0 ? '```\nchild porn in code\n```\n\n' : i % 17 === 0 ? '- a child prostitute\n- and more\n\n' : `Paragraph ${i} has nothing to report.\n\n`
  const body = Array.from({length: 300}, (_, i) => paragraph(i)).join('')
  const cases: Array<[string, string, LintOptions]> = [
    ['Markdown', body, {format: 'markdown'}],
    ['Markdown with CRLF', body.replace(/\n/g, '\r\n'), {format: 'markdown'}],
    ['Markdown with lone CR', body.replace(/\n/g, '\r'), {format: 'markdown'}],
    ['front matter declaring French', `---\ntitle: Note\nlang: fr\n---\n\nLa pédopornographie.\n\n${body}`, {format: 'markdown', profile: 'journalism'}],
    ['plain text', body, {format: 'text'}]
  ]
  it.each(cases)('gives what lint() gives after each of 100 random edits: %s', {timeout: 120000}, (_name, original, options) => {
    let state = original.length
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647
    const pieces = ['x', '', '\n', '\r\n', '\r', 'child pornography', '```\n', '---\n', 'lang: es\n', '<!-- luxlint-disable-next-line -- quoted -->\n', '😀']
    const linter = new IncrementalLinter(options)
    let text = original
    linter.lint(text)
    for (let i = 0; i < 100; i++) {
      // Edits near the start (front matter, language) now and then, elsewhere mostly.
      const at = random() < 0.2 ? Math.floor(random() * 60) : Math.floor(random() * (text.length + 1))
      const to = Math.min(text.length, at + (random() < 0.5 ? 0 : Math.floor(random() * 12)))
      const piece = pieces[Math.floor(random() * pieces.length)]
      text = text.slice(0, at) + piece + text.slice(to)
      expect(shape(linter.lint(source(text).text, {start: at, end: at + piece.length})), `edit ${i}`).toEqual(shape(lint(text, options)))
    }
  })

  it('reads a one-character edit of a large Markdown document around the edit only', () => {
    const big = body.repeat(16)
    const linter = new IncrementalLinter({format: 'markdown'})
    linter.lint(big)
    const at = Math.floor(big.length / 2)
    const after = big.slice(0, at) + 'x' + big.slice(at)
    const {text, reads} = source(after)
    expect(shape(linter.lint(text, {start: at, end: at + 1}))).toEqual(shape(lint(after, {format: 'markdown'})))
    expect(reads.longest).toBeLessThan(after.length / 20)
  })

  it.each([
    ['with blank lines', body.repeat(48)],
    ['without them: one long paragraph, read in parts', body.repeat(48).replace(/\n\n/g, '\n')]
  ])('reads a one-character edit of a large plain text around the edit only: %s', (_name, big) => {
    const linter = new IncrementalLinter({format: 'text'})
    linter.lint(big)
    const at = Math.floor(big.length / 2)
    for (const after of [big.slice(0, at) + 'x' + big.slice(at), big]) {
      const {text, reads} = source(after)
      const added = after.length > big.length
      expect(shape(linter.lint(text, {start: at, end: added ? at + 1 : at}))).toEqual(shape(lint(after, {format: 'text'})))
      expect(reads.longest).toBeLessThan(after.length / 20)
    }
  })

  // The block scan used to read the whole text for an edit in the first block (or the first line
  // of the second): a title being typed. Language detection still reads the document's start:
  // 24 K characters, or up to 64 K for front matter that may declare the language.
  it.each([
    ['a title', '# Draft title\n\n', 3],
    ['front matter', '---\ntitle: Draft\nlang: en\n---\n\n', 12],
    ['the line that opens front matter', '---\ntitle: Draft\n---\n\n', 1],
    ['a first paragraph', 'Draft notes on child pornography\n', 5]
  ])('reads an edit in %s at the start of a large Markdown document around the start only', (_name, head, at) => {
    const big = head + body.repeat(32)
    const linter = new IncrementalLinter({format: 'markdown'})
    linter.lint(big)
    for (const after of [big.slice(0, at) + 'x' + big.slice(at), big.slice(0, at) + big.slice(at + 1)]) {
      const {text, reads} = source(after)
      const removed = after.length < big.length
      expect(shape(linter.lint(text, {start: at, end: removed ? at : at + 1}))).toEqual(shape(lint(after, {format: 'markdown'})))
      expect(reads.longest).toBeLessThanOrEqual(head.startsWith('---') ? 65536 : detectionReach)
      expect(after.length).toBeGreaterThan(5 * 65536)
      linter.lint(big)
    }
  })
})
