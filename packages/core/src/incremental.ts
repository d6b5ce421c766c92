import {VFile} from 'vfile'
import {compileTerms, type CompiledTerms} from './compile.js'
import {chunkScan, commonEnds, rescanChunks, type ChunkScan} from './extract/chunks.js'
import {parseLimit, plainBlockParts, rowsHead, tableParts} from './extract/markdown.js'
import {detectLanguage, detectionReach} from './language.js'
import {anchorHits, findTerms, formatFromPath, lint, PieceMemo} from './lint.js'
import {declaredLanguageAndReach} from './declared-language.js'
import {LineIndex} from './positions.js'
import {setPlace} from './messages.js'
import {sortedIndex, sortedIndexBy} from './sorted.js'
import {countBreaks, editedBreaks, lineEndFrom, wholeText, type BreakCount, type TextSource} from './text-source.js'
import {applySuppressions} from './suppress.js'
import {editedTextLayout, textLayout, type TextLayout} from './extract/text.js'
import type {Fix, LintOptions, LuxlintMessage} from './types.js'

/** The findings of a block of the last text: relative to its start, and placed in the document. */
interface Block {
  /** Findings with offsets relative to the block (shared by every block of the same text). */
  messages: LuxlintMessage[]
  /** The same findings with document offsets, lines and columns. */
  placed: LuxlintMessage[]
}

/** The part of the new text that holds every change since the last call (end exclusive, in the new text). */
export interface ChangedRange {
  start: number
  end: number
}

const none: LuxlintMessage[] = []
const empty: Block = {messages: none, placed: none}
/** Suppression comments start with this; a text without it needs no suppression pass. */
const directiveMark = 'luxlint-'

/**
 * Lints the same document again and again (an editor buffer) and re-analyses only the blocks
 * whose text changed. Gives exactly what `lint()` gives: blocks are already linted one by one
 * there, so a block's findings depend only on its text and the document's language.
 */
export class IncrementalLinter {
  /** The last text: its blocks in order, line starts and languages, reused where an edit left them alone. */
  private last:
    | {
        text: string | TextSource
        /** Line breaks of the text: which kind ends its lines follows from them. */
        breaks: BreakCount
        scan?: ChunkScan
        /** Plain text: its ranges and where its paragraphs start. */
        layout?: TextLayout
        /** The blocks' ranges, and their findings by the same index. */
        ranges: Array<[number, number]>
        /** How each range is checked (none without a long block in parts). */
        kinds?: RangeKind[]
        /** The parts of each long block and how they are checked, by its range (`start:end`); null for a block not in parts. */
        giants: Map<string, Parts | null>
        blocks: Block[]
        /** The blocks' placed findings in order, before suppression comments. */
        messages: LuxlintMessage[]
        lines: LineIndex
        languages: string
        fallback: string | null
        declared?: string
        /** How far into the text the declared language was read: an edit after it keeps it. */
        declaredReach: number
        directives: boolean
      }
    | undefined

  /** The findings of the pieces of prose it analysed in its last call, by their text. */
  private readonly pieces = new PieceMemo()

  constructor(private readonly options: LintOptions = {}) {}

  /**
   * Lint `text`. `changed`, when the caller knows it (an editor applying its own edits), is a
   * range of `text` outside which nothing changed since the last call; it saves comparing the
   * two texts. A range that cannot be right (outside either text) is ignored.
   *
   * `text` may be kept in pieces (a TextSource): with `changed`, it is then read only around the
   * edit (and at its start when the edit is there). A Markdown document is never joined whole; a
   * plain text only after an edit that made a blank line where none was.
   */
  lint(input: string | TextSource, changed?: ChangedRange): LuxlintMessage[] {
    const format = this.options.format || formatFromPath(this.options.path)
    // HTML is parsed as a whole (documents are rarely large enough to need more), and declared
    // language ranges are offsets in the whole document, not in a block.
    if (format === 'html' || this.options.languages?.length) return lint(wholeText(input), {...this.options, format})
    const last = this.last
    // Its line index is updated in place: should this call fail, the next starts afresh.
    this.last = undefined
    const told = last !== undefined && changed !== undefined && fits(changed, last.text.length, input.length)
    const text = told ? input : wholeText(input)
    const [prefix, suffix] = !last ? [0, 0] : told ? [changed.start, text.length - changed.end] : commonEnds(wholeText(last.text), text as string)
    const delta = text.length - (last?.text.length ?? 0)
    const compiled = compileTerms(this.options)
    const breaks = last ? editedBreaks(last.breaks, last.text.slice(prefix, last.text.length - suffix), text.slice(prefix, text.length - suffix)) : countBreaks(text as string)
    const fixedLanguage = this.options.language && this.options.language !== 'auto' ? this.options.language : undefined
    const [declared, declaredReach] = fixedLanguage ? [fixedLanguage, Infinity] : last && prefix >= last.declaredReach ? [last.declared, last.declaredReach] : declaredLanguageAndReach(text)
    // Detection reads only the start of a document: where that is unchanged, so is its answer.
    const sameStart = last !== undefined && last.declared === declared && (prefix >= detectionReach || (prefix === text.length && prefix === last.text.length))
    const fallback = declared ? null : sameStart ? last.fallback : (detectLanguage(text.slice(0, detectionReach), compiled.languages) ?? null)
    const language = declared ?? undefined
    const editEnd = text.length - suffix
    const languages = `${language ?? ''}\u0000${fallback ?? ''}`
    const old = last && last.languages === languages ? last.blocks : []
    const oldRanges = old.length ? last!.ranges : []
    const oldText = last?.text ?? ''
    // Blocks of the last text that the edit touched, by how they are checked and their text: an
    // edit undone finds its block again. (Read before the block scan, which moves the ranges
    // after the edit in place.)
    const touched: Record<RangeKind, Map<string, LuxlintMessage[]>> = {block: new Map(), text: new Map(), rows: new Map()}
    for (let i = firstEndingAfter(oldRanges, prefix); i < oldRanges.length && oldRanges[i][0] < oldText.length - suffix; i++) {
      touched[kindOf(last!.kinds, i)].set(oldText.slice(oldRanges[i][0], oldRanges[i][1]), old[i].messages)
    }
    let ranges: Array<[number, number]>
    let scan: ChunkScan | undefined
    // How each range is checked, and the parts of each long block by its range.
    let kinds: RangeKind[] | undefined
    const giants = new Map<string, Parts | null>()
    let layout: TextLayout | undefined
    if (format === 'text') {
      layout = last?.layout ? editedTextLayout(last.layout, text, prefix, suffix, delta) : textLayout(wholeText(text))
      ranges = layout.ranges
    }
    else {
      scan = last?.scan ? rescanChunks({text: last.text, ...last.scan}, text, [prefix, suffix], {old: lineEndFrom(last.breaks), new: lineEndFrom(breaks)}) : chunkScan(text as string)
      ranges = scan.chunks
      if (hasLongRange(ranges)) {
        const mdx = format === 'mdx' || (format === 'markdown' && /\.mdx$/i.test(this.options.path ?? ''))
        const known = last?.giants
        const parted: Array<[number, number]> = []
        kinds = []
        for (const range of ranges) {
          const [start, end] = range
          // A block the edit left alone keeps its parts (or none).
          let parts = end - start <= parseLimit ? null : end <= prefix ? known?.get(`${start}:${end}`) : start >= editEnd ? known?.get(`${start - delta}:${end - delta}`) : undefined
          if (parts === undefined) parts = blockParts(text.slice(start, end), mdx)
          if (end - start > parseLimit) giants.set(`${start}:${end}`, parts)
          if (!parts) {
            parted.push(range)
            kinds.push('block')
            continue
          }
          for (const [from, to] of parts.ranges) {
            parted.push([start + from, start + to])
            // A table's first part has its header: a block of its own.
            kinds.push(parts.kind === 'rows' && from === 0 ? 'block' : parts.kind)
          }
        }
        ranges = parted
      }
    }
    // Line starts before the edit stay, those after it move by `delta`: only the edit is scanned.
    const lineCount = last?.lines.lineCount ?? 0
    const lines = last ? last.lines.edited(text, prefix, last.text.length - suffix, text.length - suffix) : new LineIndex(text as string)
    const blockOptions = {...this.options, format, language}
    const partOptions = {...blockOptions, format: 'text' as const}
    const context = {declaredLanguage: declared ?? null, fallbackLanguage: fallback, pieces: this.pieces}
    // Blocks that need a look are all of them on the first call, a few after an edit: one scan
    // for term anchors over them all rules out most at once.
    const firstNew = old.length ? firstEndingAfter(ranges, prefix) : 0
    const lastNew = old.length ? firstEndingAfter(ranges, text.length - suffix) : ranges.length - 1
    // Their text, read in one piece (a text kept in pieces is joined only here).
    const windowFrom = firstNew < ranges.length ? ranges[firstNew][0] : 0
    const windowTo = firstNew < ranges.length ? ranges[Math.min(lastNew, ranges.length - 1)][1] : 0
    const window = text.slice(windowFrom, windowTo)
    const hits = firstNew < ranges.length ? blockAnchors(window, windowFrom, compileTerms(blockOptions)) : undefined
    const lineDelta = lines.lineCount - lineCount
    // Blocks before the edit: the same ranges at the same indexes (most are the very same
    // objects), their findings where they were, taken from the last list in one piece.
    const head = sameBefore(ranges, kinds, oldRanges, last?.kinds, prefix)
    // Blocks after the edit: the same ranges moved by the edit, counted from the end.
    const tail = sameAfter(ranges, kinds, oldRanges, last?.kinds, head, editEnd, delta)
    const blocks = old.slice(0, head)
    const lastMessages = last && old.length ? last.messages : none
    // (A range the scan moved starts after the edit, and so after every finding before it.)
    const messages = lastMessages.slice(0, countBefore(lastMessages, head === oldRanges.length ? Infinity : Math.min(oldRanges[head][0], prefix)))
    for (let i = head; i < ranges.length - tail; i++) {
      const [start, end] = ranges[i]
      const source = start >= windowFrom && end <= windowTo ? window.slice(start - windowFrom, end - windowFrom) : text.slice(start, end)
      const kind = kindOf(kinds, i)
      let found = touched[kind].get(source)
      if (!found) {
        if (hits && !hits.some(start, end)) found = none
        else if (kind === 'rows') {
          // Rows of a long table: checked after a header, and their findings moved back.
          const part = new VFile({value: rowsHead + source, path: this.options.path})
          findTerms(part, blockOptions, context)
          found = (part.messages as LuxlintMessage[]).filter((m) => m.offset >= rowsHead.length).map((m) => offsetBy(m, -rowsHead.length))
        } else {
          const part = new VFile({value: source, path: this.options.path})
          findTerms(part, kind === 'text' ? partOptions : blockOptions, context)
          found = part.messages as LuxlintMessage[]
        }
      }
      const block = found.length ? {messages: found, placed: found.map((m) => relocate(m, start, lines, this.options.path))} : empty
      blocks.push(block)
      pushAll(messages, block.placed)
    }
    appendMoved(old, oldRanges.length - tail, delta, lineDelta, lines, blocks, messages)
    // Suppression comments: a text that had none and gained none around the edit has none.
    const directives = last && !last.directives ? text.slice(Math.max(0, prefix - directiveMark.length), text.length - suffix + directiveMark.length).includes(directiveMark) : wholeText(text).includes(directiveMark)
    this.last = {text, breaks, scan, layout, ranges, kinds, giants, blocks, messages, lines, languages, fallback, declared, declaredReach, directives}
    this.pieces.turn()
    // A copy: the list is kept for the next call.
    if (!directives) return messages.slice()
    const whole = wholeText(text)
    const file = new VFile({value: whole, path: this.options.path})
    file.messages = messages.slice()
    applySuppressions(file, whole, format, this.options)
    return file.messages as LuxlintMessage[]
  }
}

/**
 * How a range is checked: as a block of the document, as plain text (a part of a long block that
 * is read so), or as rows of a long table after `rowsHead`.
 */
type RangeKind = 'block' | 'text' | 'rows'

/** The parts of a long block, and how those after the first are checked. */
interface Parts {
  ranges: Array<[number, number]>
  kind: 'text' | 'rows'
}

/** Whether a block is longer than `parseLimit` (see `blockParts`). */
function hasLongRange(ranges: Array<[number, number]>): boolean {
  for (let i = 0; i < ranges.length; i++) if (ranges[i][1] - ranges[i][0] > parseLimit) return true
  return false
}

function kindOf(kinds: RangeKind[] | undefined, i: number): RangeKind {
  return kinds?.[i] ?? 'block'
}

/** The parts of a block longer than `parseLimit`, when it is checked in parts. */
function blockParts(text: string, mdx: boolean): Parts | null {
  const plain = plainBlockParts(text, mdx)
  if (plain) return {ranges: plain, kind: 'text'}
  const rows = tableParts(text, mdx)
  return rows ? {ranges: rows, kind: 'rows'} : null
}

// The steps below go over every block of the document on each keystroke. Each is a function of
// its own: V8 compiles a small function in a few milliseconds, where the whole of `lint` took
// 125-195 ms, during which (and after each deoptimization) the first keystrokes in a large
// document ran its loops unoptimized, at 10-25 ms each.

/** How many blocks at the start are the same as in the last text and end before the edit at `prefix`. */
function sameBefore(ranges: Array<[number, number]>, kinds: RangeKind[] | undefined, oldRanges: Array<[number, number]>, oldKinds: RangeKind[] | undefined, prefix: number): number {
  let head = 0
  const most = Math.min(ranges.length, oldRanges.length)
  while (head < most) {
    const range = ranges[head]
    const was = oldRanges[head]
    if (range !== was && (range[0] !== was[0] || range[1] !== was[1])) break
    if (range[1] > prefix || kindOf(kinds, head) !== kindOf(oldKinds, head)) break
    head++
  }
  return head
}

/**
 * How many blocks at the end are those of the last text moved by `delta`, start at `editEnd` or
 * later, and are not among the first `head`.
 */
function sameAfter(ranges: Array<[number, number]>, kinds: RangeKind[] | undefined, oldRanges: Array<[number, number]>, oldKinds: RangeKind[] | undefined, head: number, editEnd: number, delta: number): number {
  let tail = 0
  while (tail < ranges.length - head && tail < oldRanges.length - head) {
    const range = ranges[ranges.length - 1 - tail]
    const was = oldRanges[oldRanges.length - 1 - tail]
    // The block scan moves the ranges after an edit in place: the same pair is the same block.
    const moved = range === was && range[0] >= editEnd
    if (!moved && (range[0] < editEnd || range[0] !== was[0] + delta || range[1] !== was[1] + delta)) break
    if (kindOf(kinds, ranges.length - 1 - tail) !== kindOf(oldKinds, oldRanges.length - 1 - tail)) break
    tail++
  }
  return tail
}

/** How many findings of a list in order start before `offset`. */
function countBefore(messages: LuxlintMessage[], offset: number): number {
  let kept = 0
  while (kept < messages.length && messages[kept].offset < offset) kept++
  return kept
}

function pushAll(target: LuxlintMessage[], items: LuxlintMessage[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i])
}

/**
 * The blocks of the last text from index `from` on, after an edit before them that moved them
 * by `delta` characters and `lineDelta` lines, added to `blocks`, and their findings to `messages`.
 */
function appendMoved(old: Block[], from: number, delta: number, lineDelta: number, lines: LineIndex, blocks: Block[], messages: LuxlintMessage[]): void {
  const moved = delta !== 0 || lineDelta !== 0
  for (let j = from; j < old.length; j++) {
    const after = old[j]
    if (after.placed.length === 0 || !moved) {
      blocks.push(after)
      pushAll(messages, after.placed)
      continue
    }
    const placed = after.placed.map((m) => shift(m, delta, lineDelta, lines))
    blocks.push({messages: after.messages, placed})
    pushAll(messages, placed)
  }
}

/** Whether `changed` can describe an edit from a text of `before` to one of `after` characters. */
function fits(changed: ChangedRange, before: number, after: number): boolean {
  const {start, end} = changed
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= after && start <= before && after - end <= before - start
}

/** Index of the first range that ends after `at` (ranges are in order and do not overlap). */
function firstEndingAfter(ranges: ReadonlyArray<[number, number]>, at: number): number {
  // Offsets are whole numbers: ending after `at` is ending at `at + 1` or later.
  return sortedIndexBy(ranges, at + 1, rangeEnd)
}

const rangeEnd = (range: readonly [number, number]) => range[1]

/**
 * Where a term's anchor occurs in `window`, the text of the blocks from offset `from` of the
 * document. A block inside the window without one has no finding: `findTerms` scans the block
 * for the same anchors first (a block outside the window may have one). Anchors are letters
 * only, so a hit never straddles two blocks.
 */
function blockAnchors(window: string, from: number, compiled: CompiledTerms): {some(start: number, end: number): boolean} {
  if (!compiled.anchors) return {some: () => false}
  const to = from + window.length
  const hits = anchorHits(window, compiled.anchors)
  return {
    some(start, end) {
      if (start < from || end > to) return true
      const i = sortedIndex(hits, start - from)
      return i < hits.length && hits[i] < end - from
    }
  }
}

/** A copy to place elsewhere (a spread is about twice as fast as Object.assign onto a new object). */
function copyOf(message: LuxlintMessage): LuxlintMessage {
  return Object.setPrototypeOf({...message}, Object.getPrototypeOf(message)) as LuxlintMessage
}

function fixMoved(fix: Fix, by: number): Fix {
  return {...fix, offset: fix.offset + by, endOffset: fix.endOffset + by}
}

/** A finding moved by `by` characters, not yet placed (a finding of a block, relative to it). */
function offsetBy(message: LuxlintMessage, by: number): LuxlintMessage {
  const copy = copyOf(message)
  copy.offset += by
  copy.endOffset += by
  if (message.fix) copy.fix = fixMoved(message.fix, by)
  return copy
}

function relocate(message: LuxlintMessage, by: number, lines: LineIndex, path: string | undefined): LuxlintMessage {
  const copy = copyOf(message)
  setPlace(copy, lines.point(message.offset + by), lines.point(message.endOffset + by))
  copy.file = path || ''
  if (message.fix) copy.fix = fixMoved(message.fix, by)
  return copy
}

/**
 * A placed finding after an edit, moved by `delta` characters and `lineDelta` lines. Its columns
 * stay unless its lines now start elsewhere relative to it (the edit ended on that line).
 */
function shift(message: LuxlintMessage, delta: number, lineDelta: number, lines: LineIndex): LuxlintMessage {
  const copy = copyOf(message)
  const offset = message.offset + delta
  const endOffset = message.endOffset + delta
  const start = lines.pointOnLine(offset, message.line + lineDelta) ?? lines.point(offset)
  const end = lines.pointOnLine(endOffset, message.endLine + lineDelta) ?? lines.point(endOffset)
  setPlace(copy, start, end)
  if (message.fix) copy.fix = fixMoved(message.fix, delta)
  return copy
}
