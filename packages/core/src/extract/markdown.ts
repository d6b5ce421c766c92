import type {Nodes, Parents, Root, RootContent} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import {SegmentBuilder, defaultBlock, type Block, type Segment} from '../segment.js'
import {indentOf, markdownChunks} from './chunks.js'
import {textParts, textSegments} from './text.js'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])

/** Whether a range of a chunk can hold a finding (one without cannot). */
type Wanted = (start: number, end: number) => boolean

/** Parse Markdown (CommonMark + GFM + front matter, or MDX) into an mdast tree with positions. */
export function parseMarkdown(text: string, mdx = false): Root {
  if (!mdx) return parser.parse(text)
  try {
    return mdxParser.parse(text)
  } catch {
    // Invalid MDX (an unclosed tag): read it as Markdown rather than not at all.
    return parser.parse(text)
  }
}

/**
 * Prose segments of a Markdown document: one per paragraph, heading and table cell, plus image
 * alt texts. Code, HTML, front matter and definitions are not prose.
 * `wanted(start, end)` lets the caller skip blocks that cannot contain a match.
 */
export function markdownSegments(text: string, wanted: (start: number, end: number) => boolean = () => true, mdx = false): Segment[] {
  const segments: Segment[] = []
  const fences: Array<[number, number]> = []
  const chunks = markdownChunks(text, fences)
  // Chunks that are a fenced code block and nothing else: no prose, no parse. (Both lists are in
  // document order.)
  let fence = 0
  for (const [start, end] of chunks) {
    while (fence < fences.length && fences[fence][0] < start) fence++
    const code = fence < fences.length && fences[fence][0] === start && fences[fence][1] === end
    if (code || !wanted(start, end)) continue
    for (const segment of chunkSegments(text.slice(start, end), (from, to) => wanted(from + start, to + start), mdx)) {
      segments.push(start === 0 ? segment : shift(segment, start))
    }
  }
  return segments
}

/** Offsets in a chunk's fresh segment moved to the document's, in place (no copy per character). */
function shift(segment: Segment, by: number): Segment {
  for (let i = 0; i < segment.starts.length; i++) {
    segment.starts[i] += by
    segment.ends[i] += by
  }
  return segment
}

/**
 * A chunk that is one paragraph of plain prose (no markup a parser would act on) becomes one
 * segment without a parse: most blocks that hold a term are like this.
 */
function plainParagraph(text: string): Segment | undefined {
  if (!plainProse(text)) return undefined
  const builder = new SegmentBuilder(text, defaultBlock())
  const end = text.replace(/\s+$/, '').length
  const start = text.length - text.trimStart().length
  builder.text(text.slice(start, end), start, end)
  return builder.build()
}

/** Whether a chunk is one paragraph with no markup a parser would act on. */
function plainProse(text: string): boolean {
  if (/[*_`<>[\]\\|~]|!\[|&[#\w]+;|:\/\/|www\.|@|^\s*$/.test(text)) return false
  // A blank line inside: more than one block (what follows may be indented code).
  if (/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)[ \t]*\S/.test(text)) return false
  const lines = text.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, '').replace(/\s+$/, '').split(/\r\n|\r|\n/)
  if (indentOf(lines[0]) >= 4) return false
  for (const line of lines) if (/^\s*(?:[-+*>#=]|\d{1,9}[.)](?:\s|$))/.test(line)) return false
  return true
}

/** A block longer than this is read as plain text, not parsed (unless it is a table). */
export const parseLimit = 131072

/**
 * The parts of a block that `chunkSegments` reads as plain text for its length, when there is
 * more than one (see `textParts`): its findings are theirs, each part's from its own text, so
 * the language server checks the parts as blocks of their own and a keystroke reads one part.
 */
export function plainBlockParts(text: string, mdx = false): Array<[number, number]> | undefined {
  if (text.length <= parseLimit || longTable(text)) return undefined
  if (!(mdx && /[<{]/.test(text)) && plainProse(text)) return undefined
  // `markdownSegments` reads a block as one chunk, unless it is a fence.
  const fences: Array<[number, number]> = []
  const chunks = markdownChunks(text, fences)
  if (chunks.length !== 1 || chunks[0][0] !== 0 || chunks[0][1] !== text.length || fences.length) return undefined
  const parts = textParts(text)
  return parts.length > 1 ? parts : undefined
}

/** Segments of one chunk, with offsets relative to the chunk (or of a whole document). */
export function chunkSegments(text: string, wanted: Wanted, mdx = false): Segment[] {
  const plain = mdx && /[<{]/.test(text) ? undefined : plainParagraph(text)
  if (plain) return [plain]
  // Containers nested hundreds deep make the parser's time and stack explode; such a block is
  // read as plain text instead (its markers are not words, so terms are still found).
  if (deepContainers(text)) return textSegments(text)
  // The same for a single block longer than this, unless it is mostly table rows: the parser's
  // time grows faster than a paragraph (a 500 K paragraph took 80 s, half of it 3 s; rows are
  // parsed one by one), and blocks this long are rare (see chunks.ts: headings and list items
  // start blocks of their own even without a blank line before them).
  if (text.length > parseLimit && !longTable(text)) return textSegments(text)
  return markupSegments(text, wanted, mdx)
}

/** Whether a text has containers nested a hundred deep. */
function deepContainers(text: string): boolean {
  return /^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])[ \t]*){100}/m.test(text)
}

/**
 * Segments of a chunk from its Markdown parse (after the checks of `chunkSegments`); a table is
 * read row by row (see `tableSegments`).
 */
export function markupSegments(text: string, wanted: Wanted, mdx = false): Segment[] {
  const read = (markup: string): Segment[] => (mdx ? undefined : tableSegments(markup, wanted)) ?? parsedSegments(markup, wanted, mdx)
  // micromark's literal autolinks look back from each word to the last `[` that nothing closed,
  // so one such `[` early in a long paragraph made its parse quadratic (at the start of 128 K:
  // 0.4 → 54 s; each keystroke in an editor until the `]` is typed). The parser reads `$` in
  // place of such a `[`, and the segments get the `[` back. The `[` is text either way; what
  // changes is that a literal URL or e-mail address after it becomes a link (masked) where it
  // stayed text, and findings mask those in text too (`maskLinks`).
  const stray = strayBrackets(text)
  if (stray.length === 0) return read(text)
  const chars = text.split('')
  for (const at of stray) chars[at] = '$'
  const segments = read(chars.join(''))
  const strays = new Set(stray)
  return segments.map((segment) => {
    if (!segment.text.includes('$')) return segment
    const back = segment.text.split('')
    for (let i = 0; i < back.length; i++) if (back[i] === '$' && strays.has(segment.starts[i])) back[i] = '['
    return {...segment, text: back.join('')}
  })
}

/**
 * A chunk that is a table and nothing else: where its body starts, its rows as [start, end of
 * its text, start of the next line, where its first cell starts] in a flat list, and the parse of
 * its header and delimiter rows. Undefined for
 * any other chunk, and for one with a line after the header that might start a block of its own
 * (a quote, a list item, a heading, a fence, HTML, an indented line…), which ends a table.
 */
function tableRows(text: string): {bodyStart: number; rows: number[]; head: Root} | undefined {
  const delimiter = nextLine(text, 0)
  const bodyStart = nextLine(text, delimiter)
  // Most chunks are paragraphs: their second line is no delimiter row (pipes, colons, dashes).
  if (bodyStart >= text.length || !delimiterRow.test(text.slice(delimiter, bodyStart))) return undefined
  const rows: number[] = []
  for (let at = bodyStart; at < text.length; ) {
    const next = nextLine(text, at)
    const end = lineEnd(text, at, next)
    let lead = at
    while (lead < end && (text.charCodeAt(lead) === 32 || text.charCodeAt(lead) === 9)) lead++
    if (lead === end) {
      // Blank lines may only end the chunk.
      if (/\S/.test(text.slice(at))) return undefined
      break
    }
    startsBlock.lastIndex = lead
    if (lead - at > 3 || (lead > at && text.slice(at, lead).includes('\t')) || startsBlock.test(text)) return undefined
    rows.push(at, end, next, text.charCodeAt(lead) === 124 ? lead + 1 : lead)
    at = next
  }
  const head = parseMarkdown(text.slice(0, bodyStart))
  if (head.children.length !== 1 || head.children[0].type !== 'table') return undefined
  return {bodyStart, rows, head}
}

/** A line that may be a table's delimiter row: dashes, with pipes or colons, and white space. */
const delimiterRow = /^(?=[^\n\r]*[|:])[ \t|:-]*-[ \t|:-]*$/m

/**
 * The start of a line (after its indent) that may start a block of its own, ending a table: a
 * quote, HTML, a definition, a heading, a list item, a fence, a rule or a heading's underline.
 */
const startsBlock = /[><[]|#{1,6}(?:[ \t]|$)|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|`{3}|~{3}|[-=_* \t]+$/my

/**
 * A header the language server puts before the rows of a long table (see `tableParts`): any
 * header makes them a table's rows, and their cells do not depend on which.
 */
export const rowsHead = '|-|\n|-|\n'
/** How long the parts of a long table are, at least. */
const tablePart = 8192

/**
 * The parts of a block longer than `parseLimit` that is a table (see `tableRows`), cut where rows
 * start, when there is more than one. Its findings are theirs: the first part's as a block, the
 * others' as the rows after `rowsHead`. A keystroke then reads one part of a long table.
 */
export function tableParts(text: string, mdx = false): Array<[number, number]> | undefined {
  if (mdx || text.length <= parseLimit || deepContainers(text)) return undefined
  const table = tableRows(text)
  if (!table) return undefined
  const parts: Array<[number, number]> = []
  let from = 0
  for (let i = 0; i < table.rows.length; i += 4) {
    if (table.rows[i] - from < tablePart) continue
    parts.push([from, table.rows[i]])
    from = table.rows[i]
  }
  parts.push([from, text.length])
  return parts.length > 1 ? parts : undefined
}

/** What in a table row makes the parser read its cells as more than their text. */
const cellMarkup = /[\\`*_~<>[\]&@{}\0]|:\/\/|www\./gi
/** How much of a table, in rows with markup, is parsed at once at most (after its header). */
const rowRun = 1024

/**
 * The segments of a chunk that is a table and nothing else (see `tableRows`); undefined for any
 * other chunk. The parser reads a table whole, and slowly (512 K took 2 s, in an editor at each
 * keystroke), but a row's cells are read apart from every other row's. So a row without markup
 * gives its cells as they stand, and rows with markup are parsed in runs of rows next to each
 * other, each run after the table's header. Rows without an anchor are skipped.
 */
function tableSegments(text: string, wanted: Wanted): Segment[] | undefined {
  const table = tableRows(text)
  if (!table) return undefined
  const {bodyStart, rows} = table
  const head = text.slice(0, bodyStart)
  const segments = wanted(0, bodyStart) ? parsedSegments(head, wanted, false, table.head) : []
  const block: Block = {...defaultBlock('table-cell'), table: true}
  // Rows with markup waiting to be parsed, one after another: from `runStart` to `runEnd`.
  let runStart = -1
  let runEnd = -1
  const flush = (): void => {
    if (runStart === -1) return
    const by = runStart - head.length
    for (const segment of parsedSegments(head + text.slice(runStart, runEnd), (from, to) => from >= head.length && wanted(from + by, to + by), false)) {
      if (segment.starts[0] >= head.length) segments.push(shift(segment, by))
    }
    runStart = -1
  }
  // The next markup from a row's start on: looked for again only once a row has passed it.
  cellMarkup.lastIndex = 0
  let markup = cellMarkup.exec(text)?.index ?? text.length
  for (let i = 0; i < rows.length; i += 4) {
    const [start, end, next, first] = [rows[i], rows[i + 1], rows[i + 2], rows[i + 3]]
    if (!wanted(start, end)) {
      flush()
      continue
    }
    if (markup < start) {
      cellMarkup.lastIndex = start
      markup = cellMarkup.exec(text)?.index ?? text.length
    }
    if (markup < end) {
      if (runStart === -1) runStart = start
      runEnd = next
      if (runEnd - runStart >= rowRun) flush()
      continue
    }
    flush()
    // Cells: between pipes, without the spaces and tabs around them.
    for (let cell = first; cell <= end; ) {
      let to = text.indexOf('|', cell)
      if (to === -1 || to > end) to = end
      let from = cell
      let last = to
      while (from < last && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++
      while (last > from && (text.charCodeAt(last - 1) === 32 || text.charCodeAt(last - 1) === 9)) last--
      if (last > from && wanted(from, last)) {
        const builder = new SegmentBuilder(text, block)
        builder.text(text.slice(from, last), from, last)
        push(segments, builder)
      }
      cell = to + 1
    }
  }
  flush()
  return segments
}

/** Where the line after the one at `at` starts (the text's length after the last line). */
function nextLine(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 10) return i + 1
    if (code === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
  }
  return text.length
}

/** Where the text of the line from `at` ends, before its line ending (`next` starts the next line). */
function lineEnd(text: string, at: number, next: number): number {
  let end = next
  if (end > at && text.charCodeAt(end - 1) === 10) end--
  if (end > at && text.charCodeAt(end - 1) === 13) end--
  return end
}

/**
 * Where `text` has a `[` that no `]` closes, pairing them as the parser does: a `]` closes the
 * last open `[`, and a backslash escapes the character after it.
 */
function strayBrackets(text: string): number[] {
  const open: number[] = []
  if (!text.includes('[')) return open
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 92) i++
    else if (code === 91) open.push(i)
    else if (code === 93) open.pop()
  }
  return open
}

/** Segments of a chunk from its Markdown parse (`tree`, when the caller has it). */
function parsedSegments(text: string, wanted: Wanted, mdx: boolean, tree: Root = parseMarkdown(text, mdx)): Segment[] {
  const segments: Segment[] = []
  const visit = (node: Nodes, block: Block): void => {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? text.length
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        if (!wanted(start, end)) return
        const builder = new SegmentBuilder(text, {...block, kind: node.type === 'heading' ? 'heading' : block.kind})
        inline(node, builder, text, segments, block)
        push(segments, builder)
        return
      }
      case 'tableCell': {
        if (!wanted(start, end)) return
        const builder = new SegmentBuilder(text, {...block, kind: 'table-cell'})
        inline(node, builder, text, segments, block)
        push(segments, builder)
        return
      }
      case 'blockquote':
        return children(node, {...block, quote: true})
      case 'listItem':
        return children(node, {...block, listItem: true})
      case 'table':
        return children(node, {...block, table: true})
      case 'yaml':
        if (wanted(start, end)) frontMatterSegments(text, start, end, block, segments)
        return
      case 'mdxJsxFlowElement':
        // <Callout>…</Callout>: its children are Markdown blocks (or inline content).
        if ((node as Parents).children.some((child) => child.type === 'paragraph' || child.type === 'heading' || child.type === 'list' || child.type === 'blockquote')) return children(node as Parents, block)
        if (!wanted(start, end)) return
        {
          const builder = new SegmentBuilder(text, block)
          inline(node as Parents, builder, text, segments, block)
          push(segments, builder)
        }
        return
      case 'root':
      case 'list':
      case 'tableRow':
      case 'footnoteDefinition':
        return children(node, block)
      default:
        // code, html, yaml, toml, definition, thematicBreak: not prose.
        return
    }
  }
  const children = (node: Parents, block: Block): void => {
    for (const child of node.children) visit(child as Nodes, block)
  }
  visit(tree, defaultBlock())
  return segments
}

/**
 * Whether a long block may be a table, which is parsed even so: most of its lines have a pipe,
 * and one looks like a delimiter row (without one, it is rows of a table whose delimiter row is
 * gone, say while it is typed again).
 */
function longTable(text: string): boolean {
  return mostlyRows(text) && delimiterRow.test(text)
}

/** Whether most lines of a text have a pipe: a table, whose parse time grows with its length. */
function mostlyRows(text: string): boolean {
  let lines = 0
  let rows = 0
  // The next pipe from the line's start on: looked for again only once a line has passed it.
  let pipe = text.indexOf('|')
  for (let at = 0; at < text.length; lines++) {
    const newline = text.indexOf('\n', at)
    const end = newline === -1 ? text.length : newline
    if (pipe !== -1 && pipe < at) pipe = text.indexOf('|', at)
    if (pipe !== -1 && pipe < end) rows++
    at = end + 1
  }
  return rows * 2 > lines
}

/** Front matter: the title, description and similar fields are prose readers see (headlines). */
function frontMatterSegments(text: string, start: number, end: number, block: Block, segments: Segment[]): void {
  const field = /^[ \t]*(title|subtitle|headline|description|summary|excerpt|alt|caption)[ \t]*[:=][ \t]*(["']?)(.*?)\2[ \t]*$/gim
  const raw = text.slice(start, end)
  let found: RegExpExecArray | null
  while ((found = field.exec(raw))) {
    const value = found[3]
    if (!value) continue
    const at = start + found.index + found[0].indexOf(value, found[1].length + 1)
    const builder = new SegmentBuilder(text, {...block, kind: /title|headline/i.test(found[1]) ? 'title' : 'meta'})
    builder.text(value, at, at + value.length)
    push(segments, builder)
  }
}

function push(segments: Segment[], builder: SegmentBuilder): void {
  const segment = builder.build()
  if (segment) segments.push(segment)
}

function inline(node: Parents, builder: SegmentBuilder, text: string, segments: Segment[], block: Block): void {
  for (const child of node.children as RootContent[]) {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) continue
    switch (child.type) {
      case 'text':
        builder.text(child.value, start, end)
        break
      case 'inlineCode':
        builder.mask(start, end)
        break
      case 'break':
        builder.lineBreak(start)
        break
      case 'link': {
        // An autolink shows its own URL: not prose.
        const label = child.children.length === 1 && child.children[0].type === 'text' ? child.children[0].value : null
        if (label !== null && (label === child.url || 'mailto:' + label === child.url || 'http://' + label === child.url)) {
          builder.mask(start, end)
        } else inline(child, builder, text, segments, block)
        break
      }
      case 'image':
      case 'imageReference': {
        if (child.alt) altSegment(child.alt, start, end, text, segments, block)
        break
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
      case 'mdxJsxTextElement':
        inline(child as Parents, builder, text, segments, block)
        break
      default:
        // html, footnoteReference: not prose.
        break
    }
  }
}

function altSegment(alt: string, start: number, end: number, text: string, segments: Segment[], block: Block): void {
  const at = text.slice(start, end).indexOf(alt)
  const builder = new SegmentBuilder(text, {...block, kind: 'alt'})
  if (at === -1) return
  builder.text(alt, start + at, start + at + alt.length)
  push(segments, builder)
}
