import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {IncrementalLinter, lint, type LintOptions} from '@luxlint/core'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const shape = (messages: ReturnType<typeof lint>) =>
  messages.map((m) => [m.ruleId, m.offset, m.endOffset, m.line, m.column, m.endLine, m.endColumn, m.context, m.severity, m.reason, m.fix?.offset])

// A seeded sequence of edits, so a failure can be replayed. Each comes with the range of the new
// text it changed, as an editor knows it.
function* edits(text: string, count: number, seed: number): Generator<[string, {start: number; end: number}]> {
  let state = seed
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647
  const pieces = ['child pornography', '\n\n', 'x', ' ', '“', 'a 15-year-old prostitute. ', '😀', '\n```\n', '<!-- luxlint-disable-next-line -- quote -->\n', '# ', '> ', '\r\n', 'luxlint-', '.\n', '<html lang="fr">']
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * (text.length + 1))
    if (random() < 0.4 && text.length > 0) {
      const to = Math.min(text.length, at + Math.floor(random() * 20))
      text = text.slice(0, at) + text.slice(to)
      yield [text, {start: at, end: at}]
    } else {
      const piece = pieces[Math.floor(random() * pieces.length)]
      text = text.slice(0, at) + piece + text.slice(at)
      yield [text, {start: at, end: at + piece.length}]
    }
  }
}

describe('IncrementalLinter', () => {
  const cases: Array<[string, LintOptions, number]> = [
    ['docs/rules.md', {}, 8],
    ['examples/draft.md', {profile: 'journalism'}, 150],
    ['README.md', {format: 'text'}, 40]
  ]
  it.each(cases)('gives exactly what lint() gives, before and after random edits: %s', {timeout: 120000}, (name, options, count) => {
    const linter = new IncrementalLinter(options)
    const original = fs.readFileSync(path.join(root, name), 'utf8')
    expect(shape(linter.lint(original))).toEqual(shape(lint(original, options)))
    for (const [text] of edits(original, count, name.length)) expect(shape(linter.lint(text))).toEqual(shape(lint(text, options)))
  })

  it.each(cases)('gives exactly what lint() gives when told where each edit was: %s', {timeout: 120000}, (name, options, count) => {
    const linter = new IncrementalLinter(options)
    const original = fs.readFileSync(path.join(root, name), 'utf8')
    linter.lint(original)
    for (const [text, changed] of edits(original, count, name.length + 1)) expect(shape(linter.lint(text, changed))).toEqual(shape(lint(text, options)))
  })

  it('takes a changed range wider than the edit, and ignores one that cannot fit the texts', () => {
    const linter = new IncrementalLinter()
    const before = 'One.\n\nThey shared child pornography.\n\nTwo.\n'
    linter.lint(before)
    const after = before.replace('shared', 'sold')
    expect(shape(linter.lint(after, {start: 0, end: after.length}))).toEqual(shape(lint(after)))
    const again = after.replace('Two.', 'A child prostitute.')
    expect(shape(linter.lint(again, {start: -1, end: again.length + 5}))).toEqual(shape(lint(again)))
  })

  it('moves findings after an edit by lines and columns, and finds them again when the edit is undone', () => {
    const linter = new IncrementalLinter()
    const text = 'Intro.\n\nChild pornography first.\n\nThen a child prostitute.\n'
    linter.lint(text)
    const inserted = 'New\nlines\n\n' + text
    expect(shape(linter.lint(inserted, {start: 0, end: 12}))).toEqual(shape(lint(inserted)))
    expect(shape(linter.lint(text, {start: 0, end: 0}))).toEqual(shape(lint(text)))
    // An edit on the line of a later finding moves its column.
    const sameLine = text.replace('Then a', 'Then, said the report, a')
    expect(shape(linter.lint(sameLine))).toEqual(shape(lint(sameLine)))
  })
})

describe('IncrementalLinter on long paragraphs', () => {
  // The prose lines of the README and a draft joined without blank lines, as text pasted from a
  // PDF: one paragraph of ~150 K, past the lengths where plain text is read in parts (64 K) and
  // a Markdown block is no longer parsed (128 K).
  const prose = ['README.md', 'examples/draft.md'].map((name) => fs.readFileSync(path.join(root, name), 'utf8')).join('\n')
  const lines = prose.split('\n').filter((line) => /[a-z]/i.test(line) && !/^\s*(?:#|>|-|\*|\d+\.|```|<)/.test(line))
  let long = ''
  for (let i = 0; long.length < 150000; i++) long += lines[i % lines.length] + '\n'
  const cases: Array<[string, LintOptions]> = [
    ['plain text', {format: 'text'}],
    ['Markdown', {format: 'markdown'}]
  ]
  it.each(cases)('gives exactly what lint() gives after random edits: %s', {timeout: 240000}, (_name, options) => {
    const linter = new IncrementalLinter(options)
    const text = 'Title\n\n' + long + '\nThe end.\n'
    expect(shape(linter.lint(text))).toEqual(shape(lint(text, options)))
    for (const [edited, changed] of edits(text, 30, 7)) expect(shape(linter.lint(edited, changed))).toEqual(shape(lint(edited, options)))
  })
})

describe('IncrementalLinter on a long table', () => {
  // ~135 K of rows, past the length where a table is checked in parts (128 K), some cells with
  // markup and a term in one row of ten; edits that break the table and make it one again.
  // (Markup in most rows would make the test slow: lint() parses each row with a term and markup,
  // and micromark's time on a paragraph of such rows, once an edit takes the table apart, grows
  // faster than its length.)
  const cells = ['see [the file](f.md) here', 'plain words in a cell', 'code `x|y` and more', 'plain words again', 'more plain words', 'and more']
  let rows = ''
  for (let i = 0; rows.length < 135000; i++) rows += `| ${i} | Case ${i}: ${cells[i % cells.length]} | ${i % 10 ? '' : i % 20 ? 'a child prostitute' : i % 100 ? '*child porn*' : 'an escaped \\| child porn'} |\n`
  const text = 'Title\n\n| id | text | note |\n| --- | --- | --- |\n' + rows + '\nThe end.\n'
  it('gives exactly what lint() gives after random edits, and edits that break the table', {timeout: 240000}, () => {
    const options: LintOptions = {format: 'markdown'}
    const linter = new IncrementalLinter(options)
    expect(shape(linter.lint(text))).toEqual(shape(lint(text, options)))
    for (const [edited, changed] of edits(text, 10, 11)) expect(shape(linter.lint(edited, changed))).toEqual(shape(lint(edited, options)))
    // The delimiter row removed and put back, a line without a pipe, a blank line, a header edit.
    const middle = text.indexOf('| 1000 |')
    const steps: Array<[number, number, string]> = [
      [text.indexOf('| --- | --- | --- |'), 20, ''],
      [text.indexOf('| 0 |') - 20, 0, '| --- | --- | --- |\n'],
      [middle, 0, 'no pipe '],
      [middle, 8, ''],
      [middle, 0, '\n'],
      [middle, 1, ''],
      [text.indexOf('| id |') + 2, 0, 'child porn ']
    ]
    let current = linter.lint(text) && text
    for (const [at, remove, insert] of steps) {
      current = current.slice(0, at) + insert + current.slice(at + remove)
      expect(shape(linter.lint(current, {start: at, end: at + insert.length}))).toEqual(shape(lint(current, options)))
    }
  })
})
