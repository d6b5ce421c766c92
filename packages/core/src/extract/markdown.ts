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
  if (text.length <= parseLimit || mostlyRows(text)) return undefined
  if (!(mdx && /[<{]/.test(text)) && plainProse(text)) return undefined
  // `markdownSegments` reads a block as one chunk, unless it is a fence.
  const fences: Array<[number, number]> = []
  const chunks = markdownChunks(text, fences)
  if (chunks.length !== 1 || chunks[0][0] !== 0 || chunks[0][1] !== text.length || fences.length) return undefined
  const parts = textParts(text)
  return parts.length > 1 ? parts : undefined
}

/** Segments of one chunk, with offsets relative to the chunk (or of a whole document). */
export function chunkSegments(text: string, wanted: (start: number, end: number) => boolean, mdx = false): Segment[] {
  const plain = mdx && /[<{]/.test(text) ? undefined : plainParagraph(text)
  if (plain) return [plain]
  // Containers nested hundreds deep make the parser's time and stack explode; such a block is
  // read as plain text instead (its markers are not words, so terms are still found).
  if (/^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])[ \t]*){100}/m.test(text)) return textSegments(text)
  // The same for a single block longer than this, unless it is mostly table rows: the parser's
  // time grows faster than a paragraph (a 500 K paragraph took 80 s, half of it 3 s; rows are
  // parsed one by one), and blocks this long are rare (see chunks.ts: headings and list items
  // start blocks of their own even without a blank line before them).
  if (text.length > parseLimit && !mostlyRows(text)) return textSegments(text)
  // micromark's literal autolinks look back from each word to the last `[` that nothing closed,
  // so one such `[` early in a long paragraph made its parse quadratic (at the start of 128 K:
  // 0.4 → 54 s; each keystroke in an editor until the `]` is typed). Such a `[` is text either
  // way: the parser reads `$` in its place, and the segments get the `[` back.
  const stray = strayBrackets(text)
  if (stray.length === 0) return parsedSegments(text, wanted, mdx)
  const chars = text.split('')
  for (const at of stray) chars[at] = '$'
  const segments = parsedSegments(chars.join(''), wanted, mdx)
  const strays = new Set(stray)
  return segments.map((segment) => {
    if (!segment.text.includes('$')) return segment
    const back = segment.text.split('')
    for (let i = 0; i < back.length; i++) if (back[i] === '$' && strays.has(segment.starts[i])) back[i] = '['
    return {...segment, text: back.join('')}
  })
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

/** Segments of a chunk from its Markdown parse. */
function parsedSegments(text: string, wanted: (start: number, end: number) => boolean, mdx: boolean): Segment[] {
  const segments: Segment[] = []
  const tree = parseMarkdown(text, mdx)
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
