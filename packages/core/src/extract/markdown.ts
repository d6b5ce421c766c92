import type {Nodes, Parents, Root, RootContent} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import {SegmentBuilder, defaultBlock, type Block, type Segment} from '../segment.js'
import {indentOf, markdownChunks} from './chunks.js'
import {textSegments} from './text.js'

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
  if (/[*_`<>[\]\\|~]|!\[|&[#\w]+;|:\/\/|www\.|@|^\s*$/.test(text)) return undefined
  // A blank line inside: more than one block (what follows may be indented code).
  if (/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)[ \t]*\S/.test(text)) return undefined
  const lines = text.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, '').replace(/\s+$/, '').split(/\r\n|\r|\n/)
  if (indentOf(lines[0]) >= 4) return undefined
  for (const line of lines) if (/^\s*(?:[-+*>#=]|\d{1,9}[.)](?:\s|$))/.test(line)) return undefined
  const builder = new SegmentBuilder(text, defaultBlock())
  const end = text.replace(/\s+$/, '').length
  const start = text.length - text.trimStart().length
  builder.text(text.slice(start, end), start, end)
  return builder.build()
}

/** A chunk longer than this is parsed in parts where it can be (see `blockStarts`). */
const partLength = 32768
/** A block or part longer than this is read as plain text, not parsed (unless it is a table). */
const parseLimit = 131072

/**
 * Segments of one chunk, with offsets relative to the chunk (or of a whole document).
 * `partsAbove`: the length above which a chunk is parsed in parts (tests set it to 0).
 */
export function chunkSegments(text: string, wanted: (start: number, end: number) => boolean, mdx = false, partsAbove = partLength): Segment[] {
  const plain = mdx && /[<{]/.test(text) ? undefined : plainParagraph(text)
  if (plain) return [plain]
  // Containers nested hundreds deep make the parser's time and stack explode; such a block is
  // read as plain text instead (its markers are not words, so terms are still found).
  if (/^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])[ \t]*){100}/m.test(text)) return textSegments(text)
  // A long chunk without blank lines (a list of thousands of items, a document written without
  // them) is parsed in parts, and only the parts that can hold a finding: the parser's time
  // grows faster than its input (a 500 K chunk took 80 s, against 3 s for half of it).
  const cuts = text.length > partsAbove && !mdx ? blockStarts(text) : []
  if (cuts.length) {
    const segments: Segment[] = []
    for (let i = 0; i <= cuts.length; i++) {
      const from = i ? cuts[i - 1] : 0
      const to = i < cuts.length ? cuts[i] : text.length
      if (!wanted(from, to)) continue
      for (const segment of chunkSegments(text.slice(from, to), (start, end) => wanted(start + from, end + from), mdx, Infinity)) {
        segments.push(from === 0 ? segment : shift(segment, from))
      }
    }
    return segments
  }
  // The same for a single block (or part) longer than this, unless it is mostly table rows: the
  // parser's time grows faster than a paragraph (a 500 K paragraph took 80 s; rows are parsed
  // one by one), and blocks this long are rare.
  if (text.length > parseLimit && !mostlyRows(text)) return textSegments(text)
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
  for (let at = 0; at < text.length; lines++) {
    const newline = text.indexOf('\n', at)
    const end = newline === -1 ? text.length : newline
    const pipe = text.indexOf('|', at)
    if (pipe !== -1 && pipe < end) rows++
    at = end + 1
  }
  return rows * 2 > lines
}

/**
 * Where a chunk can be cut into parts that each parse alone as they do inside it: before a line
 * at the left margin that starts a block of its own whatever comes before it (an ATX heading, a
 * bullet item, an item numbered 1, a code fence), outside fenced code, and after a fence at the
 * margin closes. Such a line ends any paragraph, list item or quote before it, and Markdown
 * decides blocks before it reads inline syntax, so no emphasis, code span or link crosses it.
 * Not after a line with a pipe (a table may go on), and none after a line that may open an HTML
 * block or an indented fence, which may be in a list item (they can run to the end of the
 * chunk), nor in a chunk with front matter or a link or footnote definition (a reference in one
 * part to a definition in another would read differently).
 */
export function blockStarts(text: string): number[] {
  if (/^(?:---|\+\+\+)\r?\n/.test(text) || /^[ \t]{0,3}\[[^\]\r\n]+\]:/m.test(text)) return []
  const cuts: number[] = []
  // The fence at the margin a line is in: its character and length.
  let fence: {char: string; length: number} | null = null
  let previous = ''
  for (let at = 0; at < text.length; ) {
    const newline = text.indexOf('\n', at)
    const next = newline === -1 ? text.length : newline + 1
    const line = text.slice(at, newline === -1 ? text.length : newline).replace(/\r$/, '')
    if (fence === null) {
      // Containers' markers, then what the line opens. (Backticks after a backtick fence's
      // opening: not a fence. Indented, it may be in a list item.)
      const open = /^([ \t]*(?:>[ \t]*)*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*)(<|`{3,}|~{3,})/.exec(line)
      const opened = open && open[2] !== '<' && !(open[2][0] === '`' && line.slice(open[0].length).includes('`')) ? open : null
      const starts = /^(?:#{1,6}(?:[ \t]|$)|[-+*][ \t]+\S|1[.)][ \t]+\S)/.test(line) || opened?.[1] === ''
      if (at > 0 && starts && !previous.includes('|') && cuts.at(-1) !== at) cuts.push(at)
      // An HTML block, or a fence in a list item or quote (which also ends with its container).
      if (open?.[2] === '<' || (opened && opened[1] !== '')) break
      if (opened) fence = {char: opened[2][0], length: opened[2].length}
    } else {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) {
        fence = null
        // After a fence at the margin closes, the next line starts a block (unless it would open
        // front matter at the start of a part).
        if (next < text.length && !/^(?:---|\+\+\+)/.test(text.slice(next, next + 3))) cuts.push(next)
      }
    }
    previous = line
    at = next
  }
  return cuts
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
