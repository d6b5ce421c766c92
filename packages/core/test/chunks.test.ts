import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {lint, compileTerms} from '@luxlint/core'
import {VFile} from 'vfile'
import {chunkSegments} from '../dist/extract/markdown.js'
import {report} from '../dist/lint.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

function wholeFindings(md: string) {
  const file = new VFile(md)
  report(file, md, chunkSegments(md, () => true), compileTerms({}), {})
  return (file.messages as unknown as Array<{offset: number; endOffset: number; context: string}>).map((m) => [m.offset, m.endOffset, m.context])
}

// Large documents are parsed block by block; each block must give the same findings as a
// whole-document parse would.
describe('block-by-block Markdown', () => {
  const doc = [
    '---',
    'title: x',
    '',
    'tags: [a]',
    '---',
    '',
    '# Heading with child porn',
    '',
    '- a list item',
    '',
    '    continued with child pornography inside the item',
    '',
    '```',
    'child porn in a fence',
    '',
    'still in the fence: child porn',
    '```',
    '',
    '> quoted child porn',
    '',
    '| a | b |',
    '|---|---|',
    '| child porn | x |',
    '',
    'Last paragraph with child\nporn.',
    ''
  ].join('\n')

  it('finds exactly the terms outside code, with the right lines', () => {
    expect(lint(doc).map((m) => [m.line, m.context])).toEqual([
      [7, 'use'],
      [11, 'use'],
      [19, 'quote'],
      [23, 'mention'],
      [25, 'use']
    ])
  })

  it('keeps offsets exact after the first block', () => {
    for (const m of lint(doc)) expect(doc.slice(m.offset, m.endOffset).replace(/\s+/g, ' ').toLowerCase()).toMatch(/^child porn/)
  })

  it.each([
    ['a fence inside a list item', '- item\n\n  ```\n  code\n\nchild porn after\n  ```\n\nchild porn outside\n'],
    ['an unclosed fence', 'Intro child porn.\n\n```\ncode\n\nchild porn\n'],
    ['nested lists and quotes', '> - a\n>\n>   child porn\n\n1. x\n\n   child porn\n\n   > child porn\n'],
    ['HTML blocks', '<div>\n\nchild porn\n\n</div>\n\n<!--\n\nchild porn\n\n-->\n\nchild porn\n'],
    ['setext headings and indented code', 'child porn\n===\n\n    child porn\n\ntext child porn\n'],
    ['CRLF', 'a child porn\r\n\r\n```\r\nchild porn\r\n```\r\n\r\nb child porn\r\n']
  ])('matches a whole-document parse: %s', (_name, md) => {
    const whole = chunkSegments(md, () => true)
      .flatMap((s) => s.starts.length ? [s] : [])
    const fromWhole = lint(md, {format: 'markdown'}).map((m) => [m.offset, m.endOffset, m.context])
    // Re-lint with chunking disabled by giving the whole document as a single chunk.
    const expected = wholeFindings(md)
    expect(fromWhole).toEqual(expected)
    expect(whole.length).toBeGreaterThanOrEqual(0)
  })
})

describe('the fast path gives exactly the findings of the full path', () => {
  // The full path: the whole document parsed at once, every block analysed, no raw-text scan.
  const docs = ['docs/rules.md', 'README.md', 'examples/draft.md'].map((name) => [name, fs.readFileSync(path.join(root, name), 'utf8')] as const)
  it.each(docs)('%s', (_name, text) => {
    const fast = lint(text).filter((m) => !/disable/.test(m.ruleId)).map((m) => [m.ruleId, m.offset, m.endOffset, m.context, m.severity])
    const file = new VFile(text)
    report(file, text, chunkSegments(text, () => true), compileTerms({}), {})
    const full = (file.messages as unknown as Array<{ruleId: string; offset: number; endOffset: number; context: string; severity: string}>).map((m) => [m.ruleId, m.offset, m.endOffset, m.context, m.severity])
    expect(fast.length).toBeGreaterThan(0)
    expect(fast).toEqual(full)
  })
})
