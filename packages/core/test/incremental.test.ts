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
