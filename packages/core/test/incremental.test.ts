import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {IncrementalLinter, lint, type LintOptions} from '@luxlint/core'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const shape = (messages: ReturnType<typeof lint>) =>
  messages.map((m) => [m.ruleId, m.offset, m.endOffset, m.line, m.column, m.endLine, m.endColumn, m.context, m.severity, m.reason, m.fix?.offset])

// A seeded sequence of edits, so a failure can be replayed.
function* edits(text: string, count: number, seed: number) {
  let state = seed
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647
  const pieces = ['child pornography', '\n\n', 'x', ' ', '“', 'a 15-year-old prostitute. ', '😀', '\n```\n', '<!-- luxlint-disable-next-line -- quote -->\n', '# ', '> ']
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * (text.length + 1))
    if (random() < 0.4 && text.length > 0) {
      const to = Math.min(text.length, at + Math.floor(random() * 20))
      text = text.slice(0, at) + text.slice(to)
    } else text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at)
    yield text
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
    for (const text of edits(original, count, name.length)) expect(shape(linter.lint(text))).toEqual(shape(lint(text, options)))
  })
})
