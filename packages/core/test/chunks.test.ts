import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lint, compileTerms} from '@luxlint/core'
import {VFile} from 'vfile'
import {chunkSegments, markdownSegments, markupSegments, plainBlockParts, rowsHead, tableParts} from '../dist/extract/markdown.js'
import {editedTextLayout, paragraphCuts, textLayout, textSegments} from '../dist/extract/text.js'
import {chunkScan, markdownChunks, rescanChunks, scanWarmUp} from '../dist/extract/chunks.js'
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
    ['CRLF', 'a child porn\r\n\r\n```\r\nchild porn\r\n```\r\n\r\nb child porn\r\n'],
    ['indented paragraphs and code after a paragraph', 'Intro.\n\n   child porn at three\n\n     child porn in code\n\n child porn at one\n'],
    ['list items continued at their content column', '- a\n\n  child porn in the item\n\n   still in it: child porn\n\n1. b\n\n   child porn\n\n  child porn after\n'],
    ['footnotes continued by indentation', 'Text[^1].\n\n[^1]: A note.\n\n    child porn in the note\n\nchild porn after\n'],
    ['tabs', 'Para.\n\n\tchild porn in code\n\n-\titem\n\n\tchild porn in the item\n']
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

describe('block-by-block Markdown matches a whole-document parse (random documents)', () => {
  // Lines that open, continue and end the constructs whose extent crosses blank lines.
  const line = fc.oneof(
    fc.constantFrom('', '', '', 'child porn here', 'a child prostitute', 'Text.', '- item child porn', '1. first child porn', '2. second child porn', '+ plus child porn', '-', '* * *', '> quoted child porn', '```', '~~~', '[^1]: note child porn', '<div>', '</div>', '<!--', '-->', 'Title\n===', '| a | child porn |', '|---|---|', '# Heading child porn', '## h', '#hashtag child porn'),
    // Ordered lists start at 1: micromark reads "2)" after indented code as a paragraph, which
    // CommonMark (and the same lines alone) read as a list.
    fc.tuple(fc.constantFrom('', ' ', '  ', '   ', '    ', '     ', '\t', '  \t'), fc.constantFrom('child porn', '- child porn', '1) child porn', '```', 'code', '> child porn')).map(([indent, rest]) => indent + rest)
  )
  it('gives the same findings for 300 random documents', () => {
    fc.assert(
      fc.property(fc.array(line, {maxLength: 30}), (lines) => {
        const md = lines.join('\n') + '\n'
        expect(lint(md, {format: 'markdown'}).map((m) => [m.offset, m.endOffset, m.context])).toEqual(wholeFindings(md))
      }),
      {numRuns: 300, seed: 20261128}
    )
  })
})

describe('lines without blank lines between them', () => {
  it('start a block at each heading and each list item with text, not at a bare "-" or a "2." after text', () => {
    const lines = ['# Title', 'Intro text', '- item one', '  continued', '- item two', '## Part', 'More text', '-', '2. not an item', '1. first', '* star', '+ plus']
    const md = lines.join('\n') + '\n'
    expect(markdownChunks(md).map(([start, end]) => md.slice(start, end).split('\n')[0])).toEqual(['# Title', '- item one', '- item two', '## Part', '1. first', '* star', '+ plus'])
  })

  it('keep the blocks of a long list small, so that only the items that can hold a finding are parsed', () => {
    const md = Array.from({length: 3000}, (_, i) => (i % 100 === 0 ? `# Part ${i}` : i === 1550 ? '- a child prostitute was named' : `- item ${i} of a long list`)).join('\n')
    const chunks = markdownChunks(md)
    expect(chunks).toHaveLength(3000)
    expect(lint(md, {format: 'markdown'}).map((m) => [m.ruleId, md.slice(m.offset, m.endOffset)])).toEqual([['child-prostitute', 'child prostitute']])
  })

  it('a block over 128 K characters is read as plain text, unless it is a table', () => {
    const paragraph = Array.from({length: 4000}, (_, i) => `Sentence ${i} has *emphasis* and a child prostitute.`).join('\n')
    expect(paragraph.length).toBeGreaterThan(131072)
    expect(markdownChunks(paragraph)).toHaveLength(1)
    expect(lint(paragraph, {format: 'markdown'})).toHaveLength(4000)
    const table = ['| a | b |', '|---|---|', ...Array.from({length: 4000}, (_, i) => `| row ${i} with a child prostitute | ${i} |`)].join('\n')
    expect(table.length).toBeGreaterThan(131072)
    const found = lint(table, {format: 'markdown'})
    expect(found).toHaveLength(4000)
    // Read as a table: each cell is a segment of its own, without pipes.
    const cells = markdownSegments(table)
    expect(cells).toHaveLength(2 + 4000)
    expect(cells.every((segment) => segment.block.kind === 'table-cell' && !segment.text.includes('|'))).toBe(true)
    // Rows without a delimiter row (being typed again, say) are no table: plain text.
    const rows = table.replace('|---|---|\n', '')
    expect(lint(rows, {format: 'markdown'})).toHaveLength(4000)
    expect(chunkSegments(rows, () => true)).toEqual(textSegments(rows))
  })
})

describe('paragraphs of plain text after an edit, from those before it', () => {
  const line = fc.constantFrom('', '', 'text', 'ends a sentence.', '  ', ' \t', 'more text', '\r')
  const doc = fc.array(line, {maxLength: 30}).map((lines) => lines.join('\n'))
  const edited = (before: string, at: number, removed: number, inserted: string) => {
    const where = before.length ? at % (before.length + 1) : 0
    const after = before.slice(0, where) + inserted + before.slice(where + removed)
    const suffix = before.length - Math.min(before.length, where + removed)
    return [after, where, suffix] as const
  }
  it('are those of the whole new text (2,000 random edits)', () => {
    fc.assert(
      fc.property(doc, fc.nat(), fc.nat(8), doc, (before, at, removed, inserted) => {
        const [after, prefix, suffix] = edited(before, at, removed, inserted.slice(0, 12))
        expect(editedTextLayout(textLayout(before), after, prefix, suffix, after.length - before.length)).toEqual(textLayout(after))
      }),
      {numRuns: 2000, seed: 20261129}
    )
  })

  it('are those of the whole new text when long paragraphs are read in parts (1,000 random edits)', () => {
    const long = (n: number) => Array.from({length: n}, (_, i) => (i % 4 === 3 ? 'it ends here.' : `line ${i} goes on`)).join('\n')
    const text = `Before.\n\n${long(5000)}\n\n${long(3500)}\n \n\nAfter.\n`
    // Edits anywhere, and near the blank lines and the first cuts, where paragraphs join and split.
    const near = [...text.matchAll(/\n[ \t]*\n/g)].map((m) => m.index).concat(textLayout(text).ranges.slice(0, 8).map(([start]) => start))
    const place = fc.oneof(fc.nat(), fc.tuple(fc.constantFrom(...near), fc.integer({min: -20, max: 20})).map(([at, by]) => Math.max(0, at + by)))
    fc.assert(
      fc.property(place, fc.constantFrom(0, 0, 1, 2, 3, 20, 5000), fc.constantFrom('x', '.\n', '\n\n', '', 'a.', ' ', '\n', '\r\n', '\n \n', '. ', 'end.\nx'), (at, removed, inserted) => {
        const [after, prefix, suffix] = edited(text, at, removed, inserted)
        expect(editedTextLayout(textLayout(text), after, prefix, suffix, after.length - text.length)).toEqual(textLayout(after))
      }),
      {numRuns: 1000, seed: 20261129}
    )
  })

  it('are those of the whole new text after a run of edits in a long paragraph (300 edits in a row)', () => {
    let text = Array.from({length: 6000}, (_, i) => (i % 3 === 2 ? 'it ends here.' : `line ${i} goes on`)).join('\n')
    let layout = textLayout(text)
    let state = 7
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647
    for (let i = 0; i < 300; i++) {
      const at = Math.floor(random() * text.length)
      const removed = random() < 0.3 ? Math.floor(random() * 40) : 0
      const inserted = ['x', '.\n', 'word ', '\n', '', 'ends.\n'][Math.floor(random() * 6)]
      const after = text.slice(0, at) + inserted + text.slice(at + removed)
      layout = editedTextLayout(layout, after, at, text.length - Math.min(text.length, at + removed), after.length - text.length)
      text = after
      expect(layout).toEqual(textLayout(text))
    }
  })
})

describe('a `[` that nothing closes', () => {
  it('stays in the prose as it stands, and a link after it is still a link', () => {
    const text = 'See [the draft and [the notes](https://example.org) on child pornography.'
    const [segment] = chunkSegments(text, () => true)
    expect(segment.text.startsWith('See [the draft and the notes')).toBe(true)
    expect(segment.starts[4]).toBe(4)
    expect(lint(text, {format: 'markdown'}).map((m) => [m.ruleId, text.slice(m.offset, m.endOffset)])).toEqual([['child-pornography', 'child pornography']])
  })
})

describe('a block read as plain text for its length', () => {
  const lines = Array.from({length: 4000}, (_, i) => `Sentence ${i} has *emphasis* and a child prostitute.`)
  it('is checked in the parts plain text is read in, which alone give the findings of the block', () => {
    const block = lines.join('\n')
    const parts = plainBlockParts(block)!
    expect(parts.length).toBeGreaterThan(30)
    expect(parts[0][0]).toBe(0)
    expect(parts.at(-1)![1]).toBe(block.length)
    const whole = lint(block, {format: 'markdown'}).map((m) => m.offset)
    const inParts = parts.flatMap(([from, to]) => lint(block.slice(from, to), {format: 'text'}).map((m) => m.offset + from))
    expect(inParts).toEqual(whole)
    expect(whole).toHaveLength(4000)
  })

  it('is not, when it is a table, a fence, plain prose the parser would not touch, or not long', () => {
    expect(plainBlockParts(['| a | b |', '|---|---|', ...lines.map((line) => `| ${line} | x |`)].join('\n'))).toBeUndefined()
    expect(plainBlockParts(['```', ...lines, '```'].join('\n'))).toBeUndefined()
    expect(plainBlockParts(lines.map((line) => line.replace('*emphasis*', 'emphasis')).join('\n'))).toBeUndefined()
    expect(plainBlockParts(lines.slice(0, 1000).join('\n'))).toBeUndefined()
  })
})

describe('a table read row by row', () => {
  // Cells with every kind of markup a row can hold, and the lines that end a table or make it no table.
  const word = fc.constantFrom('child', 'prostitute', 'pornography', 'porn', 'abuse', 'x', 'é', '—', '"', '(', ')', ':', '#', '-', '1.', '>', '$', '`a|b`', '`code`', '\\|', '\\', '[', ']', '[link](u)', '![alt child porn](i.png)', '*em*', '_u_', 'snake_case', '**b**', '~~s~~', 'www.example.com', 'http://x.org/a', 'a@b.org', '&amp;', '&copy;', '<b>', '</b>', '<http://x.y>', '{', '}', '[^1]', '|', '||', '\t')
  const cell = fc.array(fc.tuple(fc.constantFrom(' ', ' ', '', '  '), word), {maxLength: 5}).map((parts) => parts.map(([gap, w]) => gap + w).join(''))
  const row = fc.tuple(fc.constantFrom('|', '| ', ' |', '  | ', '   |', '', ' ', '   '), fc.array(cell, {minLength: 0, maxLength: 5}), fc.boolean()).map(([start, cells, end]) => start + cells.join('|') + (end ? '|' : ''))
  const table = fc.record({
    head: fc.array(cell.map((c) => c || 'h'), {minLength: 1, maxLength: 4}),
    edges: fc.constantFrom(['', ''], ['|', '|'], ['| ', ' |']),
    wider: fc.constantFrom(0, 0, 0, 0, 1),
    rows: fc.array(fc.oneof({weight: 20, arbitrary: row}, {weight: 1, arbitrary: fc.constantFrom('text after', '    | indented', '\t| tab', ' \t| tab', '> quote', '', '  ', '- item', '* item', '+ item', '1. item', '2) item', '# heading', '```', '~~~', '<div>', '***', '---', '===', '___', '[^1]: note', '[a]: /url', '$ x', '-5 | x', '- 5 | x', '#1 | x', '# 1 | x', '*em* | x', '* em | x', '`c` | x', '``` | x', '1 | x', '1.5 | x', '12) x', '- - -', '=', '_u_ | x', '+1 | x', 'a | b', 'lazy')}), {minLength: 1, maxLength: 30}),
    eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
    after: fc.constantFrom('', '', '\n', '\n  \n')
  }).map(({head, edges, wider, rows, eol, after}) => {
    const delimiter = Array.from({length: head.length + wider}, (_, i) => ['---', ':--', '--:', ':-:', '-'][i % 5]).join('|')
    return [edges[0] + head.join('|') + edges[1], edges[0] + delimiter + edges[1], ...rows].join(eol) + eol + after.replaceAll('\n', eol)
  })

  it('gives the segments of a parse of the whole table (500 random tables)', () => {
    fc.assert(
      fc.property(table, (text) => {
        expect(chunkSegments(text, () => true)).toEqual(markupSegments(text, () => true))
      }),
      {numRuns: 500, seed: 20261129}
    )
  })

  const lines = Array.from({length: 3000}, (_, i) => `| ${i} | A child prostitute in case ${i}. | ${i % 3 ? 'plain' : '*seen*'} |`)
  const long = ['| id | case | note |', '| --- | --- | --- |', ...lines].join('\n') + '\n'
  it('is checked in parts when long: the first a table, the others rows after any header', () => {
    const parts = tableParts(long)!
    expect(parts.length).toBeGreaterThan(10)
    expect(parts[0][0]).toBe(0)
    expect(parts.at(-1)![1]).toBe(long.length)
    const whole = lint(long, {format: 'markdown'}).map((m) => [m.offset, m.endOffset, m.context])
    const inParts = parts.flatMap(([from, to]) => {
      const head = from === 0 ? '' : rowsHead
      return lint(head + long.slice(from, to), {format: 'markdown'}).map((m) => [m.offset - head.length + from, m.endOffset - head.length + from, m.context])
    })
    expect(whole).toHaveLength(3000)
    expect(inParts).toEqual(whole)
  })

  it('is in parts without pipes at the ends of its lines too', () => {
    const bare = long.replace(/^\| | \|$/gm, '')
    expect(bare.startsWith('id | case | note\n--- | --- | ---\n0 | A child')).toBe(true)
    expect(tableParts(bare)!.length).toBeGreaterThan(10)
  })

  it('is not in parts when short, MDX, not a table, or with a line that may start a block of its own', () => {
    expect(tableParts(long.slice(0, 100000))).toBeUndefined()
    expect(tableParts(long, true)).toBeUndefined()
    expect(tableParts(long.replace('| --- | --- | --- |', '| --- | --- |'))).toBeUndefined()
    expect(tableParts(long.replace('| 1500 |', '> 1500 |'))).toBeUndefined()
    expect(tableParts(long.replace('| 1500 |', '    | 1500 |'))).toBeUndefined()
    expect(tableParts(long.replace('| 1500 |', '\n| 1500 |'))).toBeUndefined()
  })
})

describe('long paragraphs of plain text', () => {
  const lines = Array.from({length: 3000}, (_, i) => (i % 3 === 2 ? `line ${i} ends a sentence.` : i % 3 === 1 ? `line ${i} ends with “a quote.”` : `line ${i} runs on into`))
  const paragraph = lines.join('\n')

  it('are cut at the start of a line after a sentence ends, at least 4 K apart', () => {
    expect(paragraph.length).toBeGreaterThan(65536)
    const cuts = paragraphCuts(paragraph, 0, paragraph.length)
    expect(cuts.length).toBeGreaterThan(10)
    let last = 0
    for (const cut of cuts) {
      expect(cut - last).toBeGreaterThanOrEqual(4096)
      expect(cut - last).toBeLessThan(4096 + 80)
      expect(paragraph.slice(0, cut)).toMatch(/[.”]\n$/)
      last = cut
    }
  })

  it('are not cut up to 64 K, and a part read alone has no cut of its own', () => {
    expect(paragraphCuts(paragraph, 0, 65536)).toEqual([])
    const cuts = paragraphCuts(paragraph, 0, paragraph.length)
    const part = paragraph.slice(cuts[0], cuts[18])
    expect(part.length).toBeGreaterThan(65536)
    expect(paragraphCuts(part, 0, part.length).length).toBe(17)
    const last = paragraph.slice(cuts.at(-1))
    expect(paragraphCuts(last, 0, last.length)).toEqual([])
  })

  it('keep every finding of a paragraph read in parts', () => {
    const text = lines.map((line, i) => (i % 50 === 0 ? line.replace('line', 'a child prostitute on line') : line)).join('\n')
    expect(lint(text, {format: 'text'}).map((m) => text.slice(m.offset, m.endOffset))).toEqual(Array(60).fill('child prostitute'))
  })
})

describe('blocks after an edit, from the blocks before it', () => {
  const line = fc.oneof(
    fc.constantFrom('', '', '', 'text', '- item', '1) item', '* * *', '> quote', '```', '~~~', '[^1]: note', '<div>', '<!--', '-->', '# Title', '---', '+++'),
    fc.tuple(fc.constantFrom('', ' ', '  ', '    ', '\t'), fc.constantFrom('text', '- item', '```', '> q')).map(([indent, rest]) => indent + rest)
  )
  const doc = fc.array(line, {maxLength: 25}).map((lines) => lines.join('\n'))
  it('equals a scan of the whole new text (2,000 random edits)', () => {
    fc.assert(
      fc.property(doc, fc.nat(), fc.nat(6), doc, (before, at, removed, inserted) => {
        const where = before.length ? at % (before.length + 1) : 0
        const after = before.slice(0, where) + inserted.slice(0, 12) + before.slice(where + removed)
        const old = {text: before, ...chunkScan(before)}
        expect(rescanChunks(old, after)).toEqual(chunkScan(after))
      }),
      {numRuns: 2000, seed: 20261128}
    )
  })

  // The scan then starts again at the start of the text (front matter may open or close there).
  it('equals a scan of the whole new text for edits in the first lines (1,000 random edits)', () => {
    fc.assert(
      fc.property(doc, fc.nat(40), fc.nat(6), doc, (before, at, removed, inserted) => {
        const where = Math.min(at, before.length)
        const after = before.slice(0, where) + inserted.slice(0, 12) + before.slice(where + removed)
        const old = {text: before, ...chunkScan(before)}
        expect(rescanChunks(old, after)).toEqual(chunkScan(after))
      }),
      {numRuns: 1000, seed: 20261130}
    )
  })
})

describe('the block scan\'s warm-up sample', () => {
  it('goes through every kind of fence: closed, closed by its item or quote ending, and open to the end', () => {
    const fences: Array<[number, number]> = []
    markdownChunks(scanWarmUp, fences)
    const fenced = fences.map(([start, end]) => scanWarmUp.slice(start, end))
    expect(fenced.some((text) => text.startsWith('  ```') && text.includes('open') && !text.includes('not in it'))).toBe(true)
    expect(fenced.some((text) => text.startsWith('> ```') && text.includes('> open') && !text.includes('no quote'))).toBe(true)
    expect(fenced.some((text) => text.startsWith('~~~'))).toBe(true)
    expect(fences.at(-1)?.[1]).toBe(scanWarmUp.length)
    expect(scanWarmUp).toMatch(/^\t/m)
    expect(scanWarmUp).toMatch(/^<div>$/m)
  })

  it('splits the same with CRLF line ends', () => {
    const crlf = scanWarmUp.replace(/\n/g, '\r\n')
    const lines = (text: string, chunks: Array<[number, number]>) => chunks.map(([start, end]) => text.slice(start, end).split(/\r?\n/).length)
    expect(lines(crlf, markdownChunks(crlf))).toEqual(lines(scanWarmUp, markdownChunks(scanWarmUp)))
  })
})
