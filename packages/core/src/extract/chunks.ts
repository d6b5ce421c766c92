import {sortedIndexBy} from '../sorted.js'
import {wholeText, type TextSource} from '../text-source.js'

/**
 * Top-level blocks of a Markdown document, found with a line scan instead of a parse: a block
 * ends at a blank line followed by a line that cannot continue anything before it, unless a
 * fenced code block, an HTML block or front matter is open. After a blank line only a list item
 * or a footnote definition continues (with lines indented to its content); any other line
 * starts a block of its own: a paragraph, or indented code (which is code alone too). Without a
 * blank line, a heading, a list item with text and a fence (outside list items) start a block
 * too: they end whatever stands before them, and a long run of lines is not one block. Each
 * block parses the same alone as inside the document (bar reference-style link definitions), so
 * only blocks that can hold a match need a Markdown parse. This keeps large documents linear:
 * remark's cost grows faster than the document.
 */
export function markdownChunks(text: string, fences?: Array<[number, number]>): Array<[number, number]> {
  return scanChunks(text, fences).chunks
}

/** The blocks of a document with what `rescanChunks` needs to update them after an edit. */
export function chunkScan(text: string): ChunkScan {
  return scanChunks(text)
}

/** Blocks of a document, and for each whether the line before it was blank: all the scan knows at a block's start. */
export interface ChunkScan {
  chunks: Array<[number, number]>
  blankBefore: boolean[]
}

/** Where a scan starts again (a block start) and where it may stop (at a block start that gives the rest as before). */
interface Resume {
  from: number
  blankBefore: boolean
  stop: (at: number, blankBefore: boolean) => boolean
  /** From the start of the text, as a scan of the whole text would go (its first line may open front matter). */
  fresh?: boolean
}

function scanChunks(text: string, fences?: Array<[number, number]>, resume?: Resume): ChunkScan & {stopped?: number} {
  if (!warmedUp) warmUp(text)
  return new BlockScan(text, fences, resume).run()
}

/** What `run` returns from a line the scan handed to a method: go on with the line, skip to the next one, or stop. */
const goOn = 0
const nextLine = 1
const stop = 2

/**
 * The state of one scan. The loop in `run` handles the common line (prose, a blank line) itself
 * and hands each rarer kind (front matter, fences, HTML, list items, quotes, headings) to a
 * method of its own: V8 compiles the loop at least twice per thread (while a first long document
 * runs and again after), and as one function with every kind of line in it, each compile took
 * ~150 ms; the methods compile apart, when they get hot.
 */
class BlockScan {
  readonly chunks: Array<[number, number]> = []
  readonly blankBefore: boolean[]
  stopped: number | undefined = undefined
  start: number
  fenceStart = 0
  fence: string | null = null
  // A fence inside a list item or quote ends with its container: at a line indented less than
  // the fence, or (in a quote) a line without `>`.
  fenceIndent = 0
  fenceQuoted = false
  fenceAlone = false
  html: RegExp | null = null
  htmlToBlank = false
  frontMatter: boolean
  previousBlank: boolean
  first: boolean
  // The content column of the outermost open list item or footnote in the current block: lines
  // indented that far after a blank line still belong to it. (For an item, its marker plus one
  // space: the least it can have.)
  itemColumn = Infinity

  constructor(
    readonly text: string,
    readonly fences: Array<[number, number]> | undefined,
    readonly resume: Resume | undefined
  ) {
    this.blankBefore = [resume?.blankBefore ?? false]
    this.start = resume?.from ?? 0
    this.first = !resume || resume.fresh === true
    this.frontMatter = this.first && (text.startsWith('---\n') || text.startsWith('---\r\n') || text.startsWith('+++\n'))
    this.previousBlank = resume?.blankBefore ?? false
  }

  run(): ChunkScan & {stopped?: number} {
    const text = this.text
    // Lines end at LF; a CR before it (or alone, in old Mac files) is trimmed from the content.
    // Most lines are prose that needs none of the checks below: the line is sliced out of the text
    // only when one does, and where the next backtick, tilde and `<` stand is looked up once, not
    // per line.
    const lineEnd = lineEndOf(text)
    let tick = text.indexOf('`', this.start)
    let tilde = text.indexOf('~', this.start)
    let angle = text.indexOf('<', this.start)
    for (let at = this.start, next = this.start; at < text.length; at = next) {
      const newline = text.indexOf(lineEnd, at)
      next = newline === -1 ? text.length : newline + 1
      let end = newline === -1 ? text.length : newline
      if (end > at && text.charCodeAt(end - 1) === 13) end--
      if (this.frontMatter) {
        this.frontMatterLine(at, end)
        continue
      }
      this.first = false
      if (tick !== -1 && tick < at) tick = text.indexOf('`', at)
      if (tilde !== -1 && tilde < at) tilde = text.indexOf('~', at)
      if (angle !== -1 && angle < at) angle = text.indexOf('<', at)
      const ticks = tick !== -1 && tick < end
      const tildes = tilde !== -1 && tilde < end
      // Leading white space: its columns (a tab advances to the next multiple of 4) and the first other character.
      let indent = 0
      let i = at
      for (; i < end; i++) {
        const code = text.charCodeAt(i)
        if (code === 9) indent += 4 - (indent % 4)
        else if (code === 32) indent++
        else break
      }
      const lead = i < end ? text.charCodeAt(i) : NaN
      // Blank: spaces and tabs only (or other white space, which `\S` knows).
      const blank = Number.isNaN(lead) || (lead <= 32 || lead >= 0x85 ? !/\S/.test(text.slice(at, end)) : false)
      if (this.fence !== null) {
        const then = this.fenceLine(at, end, next, indent, blank, ticks || tildes)
        if (then === stop) break
        if (then === nextLine) continue
      }
      if (this.html !== null) {
        this.htmlLine(at, end)
        continue
      }
      // An HTML block that ends at a blank line: no fence opens inside it.
      if (this.htmlToBlank && !blank) {
        this.previousBlank = false
        continue
      }
      this.htmlToBlank = false
      if (!blank && this.previousBlank && at > this.start && indent < this.itemColumn) {
        if (this.split(at, true)) break
        this.itemColumn = Infinity
      }
      // A line indented less than the open items that starts a list item, footnote, quote, heading,
      // thematic break or fence ends them (text would be a lazy continuation instead); an item or
      // footnote indented as much is nested, and the outer one still decides.
      // Only - + * _ [ and digits can start a list item, a thematic break or a footnote; > a quote, # a heading.
      if (indent < this.itemColumn && indent < 4 && (lead === 45 || lead === 43 || lead === 42 || lead === 95 || lead === 91 || (lead >= 48 && lead <= 57) || lead === 62 || lead === 35)) {
        if (this.containerLine(at, end, indent, lead)) break
      }
      if ((ticks || tildes || (angle !== -1 && angle < end)) && this.openLine(at, end, indent, ticks, tildes, angle !== -1 && angle < end)) break
      this.previousBlank = blank
    }
    const {chunks, blankBefore, stopped} = this
    if (stopped !== undefined) return {chunks, blankBefore: blankBefore.slice(0, -1), stopped}
    if (this.fence !== null) this.fences?.push([this.fenceStart, text.length])
    if (this.start < text.length) chunks.push([this.start, text.length])
    else blankBefore.pop()
    return {chunks, blankBefore}
  }

  /** A new block starts at `at`; true when the scan may stop there. */
  split(at: number, blank: boolean): boolean {
    this.chunks.push([this.start, at])
    this.blankBefore.push(blank)
    this.start = at
    if (this.resume?.stop(at, blank)) this.stopped = at
    return this.stopped !== undefined
  }

  frontMatterLine(at: number, end: number): void {
    if (!this.first && /^(?:---|\.\.\.|\+\+\+)\s*$/.test(this.text.slice(at, end))) this.frontMatter = false
    this.first = false
    this.previousBlank = false
  }

  /** A line inside a fence: it may close the fence, or end it by leaving the fence's list item or quote (then the line is read as any other). */
  fenceLine(at: number, end: number, next: number, indent: number, blank: boolean, marks: boolean): typeof goOn | typeof nextLine | typeof stop {
    const text = this.text
    const fence = this.fence!
    const leftContainer = !blank && ((this.fenceIndent > 0 && indent < this.fenceIndent) || (this.fenceQuoted && !/^\s*>/.test(text.slice(at, end))))
    if (!leftContainer) {
      const close = marks ? /^[\s>]*(`{3,}|~{3,})\s*$/.exec(text.slice(at, end)) : null
      const topLevel = this.fenceIndent === 0 && !this.fenceQuoted
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && !(topLevel && indent >= 4)) {
        this.fence = null
        this.fences?.push([this.fenceStart, next])
        if (this.fenceAlone && next < text.length && this.split(next, false)) return stop
      }
      this.previousBlank = false
      return nextLine
    }
    this.fence = null
    this.fences?.push([this.fenceStart, at])
    return goOn
  }

  htmlLine(at: number, end: number): void {
    if (this.html!.test(this.text.slice(at, end))) this.html = null
    this.previousBlank = false
  }

  /**
   * A line that may start a list item, footnote, thematic break, quote or heading (indented less
   * than the open items and than 4). A heading, or a list item with text, ends what stands before
   * it even without a blank line: it starts a block, so that a long run of lines without blank
   * lines is not one block (whose parse time grows faster than its length). True when the scan
   * stops.
   */
  containerLine(at: number, end: number, indent: number, lead: number): boolean {
    const line = this.text.slice(at, end)
    if (lead === 62 || lead === 35) {
      const heading = lead === 35 && /^\s*#{1,6}(?:\s|$)/.test(line)
      if (lead === 62 || heading) this.itemColumn = Infinity
      if (heading && at > this.start) return this.split(at, this.previousBlank)
    } else if (thematicBreak.test(line)) this.itemColumn = Infinity
    else {
      const item = listMarker.exec(line)
      // "2." cannot interrupt a paragraph: after a line of text it is more text.
      const interrupts = item && (this.previousBlank || at === this.start || !/^\d/.test(item[2]) || /^0*1\D/.test(item[2]))
      if (item && interrupts) {
        this.itemColumn = indentOf(item[1]) + item[2].length + 1
        // (A bare "-" after text underlines it as a heading.)
        if (at > this.start && /\S/.test(line.slice(item[0].length))) return this.split(at, this.previousBlank)
      } else if (footnote.test(line)) this.itemColumn = indent + 4
    }
    return false
  }

  /** A line with a backtick, a tilde or `<`: it may open a fence or an HTML block. True when the scan stops. */
  openLine(at: number, end: number, indent: number, ticks: boolean, tildes: boolean, angle: boolean): boolean {
    const line = this.text.slice(at, end)
    const open = (ticks && line.includes('``')) || (tildes && line.includes('~~')) ? /^(\s*(?:[-*+]\s+|\d{1,9}[.)]\s+|>\s*)*)(`{3,}|~{3,})/.exec(line) : null
    // Indented by white space alone, a fence is inside a list item only when one is open;
    // outside one, four columns make it indented code.
    const inItem = open !== null && (/[-*+\d]/.test(open[1]) || this.itemColumn <= indent)
    if (open && !(open[2][0] === '`' && line.slice(open[0].length).includes('`')) && (inItem || open[1].includes('>') || indent < 4)) {
      this.fence = open[2]
      this.fenceStart = at
      if (!inItem) this.itemColumn = Infinity
      // A fence in a block without list items or footnotes (whose extent the scan only
      // estimates) interrupts what stands before it and ends before what follows: it is a
      // block of its own, which holds no prose.
      this.fenceAlone = this.itemColumn === Infinity && !open[1].includes('>')
      if (this.fenceAlone && at > this.start) {
        if (this.split(at, this.previousBlank)) return true
        this.itemColumn = Infinity
      }
      this.fenceIndent = open[1].includes('>') || !inItem ? 0 : columnsOf(open[1])
      this.fenceQuoted = open[1].includes('>')
    } else if (angle) {
      this.html = htmlBlockEnd(line)
      this.htmlToBlank = !this.html && (htmlBlockType6.test(line) || ((this.previousBlank || at === 0) && htmlBlockType7.test(line)))
      if ((this.html || this.htmlToBlank) && indent < this.itemColumn) this.itemColumn = Infinity
    }
    return false
  }
}

function lineEndOf(text: string): string {
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n'
}

/**
 * The blocks of `text`, given the blocks of an earlier version of it (an editor buffer after an
 * edit): the scan starts again at the last block before the edit and stops at the first block
 * start after it where the scan is in the same state as before. Gives what `scanChunks(text)` gives.
 *
 * Only the text from that block to a few blocks past the edit is read (and more only while the
 * scan does not settle), so a text kept in pieces is never joined for a keystroke. `ends` are the
 * lengths of the unchanged prefix and suffix, and `lineEnds` what ends the lines of the old and
 * the new text (from `lineEndFrom`), when the caller knows them; otherwise both texts are read.
 *
 * The blocks after the scan are the old ranges, moved by the edit in place (a new pair for each
 * block of a megabyte was most of a keystroke's garbage): `old` holds them moved afterwards.
 */
export function rescanChunks(
  old: ChunkScan & {text: string | TextSource},
  text: string | TextSource,
  ends?: [number, number],
  lineEnds?: {old: string; new: string}
): ChunkScan {
  const [prefix, suffix] = ends ?? commonEnds(wholeText(old.text), wholeText(text))
  const lineEnd = lineEnds?.new ?? lineEndOf(wholeText(text))
  if ((lineEnds?.old ?? lineEndOf(wholeText(old.text))) !== lineEnd) return scanChunks(wholeText(text))
  if (prefix === text.length && prefix === old.text.length) return {chunks: old.chunks, blankBefore: old.blankBefore}
  const delta = text.length - old.text.length
  // The last block (after the first, which may open with front matter) whose first line ends
  // before the edit. With none (an edit in the first block, or in the first line of the second:
  // a title being typed), the scan starts at the start of the text as a whole scan does, and
  // still stops where it settles: it used to read the whole text, ~20 ms a keystroke for 1 MB.
  let k = firstStartingFrom(old.chunks, prefix) - 1
  while (k > 0 && !text.slice(old.chunks[k][0], prefix).includes(lineEnd)) k--
  const fresh = k <= 0
  if (fresh) k = 0
  const editEnd = text.length - suffix
  const oldIndex = (at: number): number => {
    const i = firstStartingFrom(old.chunks, at)
    return i < old.chunks.length && old.chunks[i][0] === at ? i : -1
  }
  const from = fresh ? 0 : old.chunks[k][0]
  // The scan reads a window of the text from the line break before block k: one character
  // before it, so that no line of the window is its first (the scan treats the text's first
  // line apart) and an empty first line sees the same character before it. A fresh scan reads
  // from the start of the text, whose first line it treats apart as a whole scan does.
  const resume = (base: number): Resume => ({
    from: from - base,
    blankBefore: fresh ? false : old.blankBefore[k],
    fresh,
    stop: (at, blank) => {
      if (at + base < editEnd) return false
      const i = oldIndex(at + base - delta)
      return i > k && old.blankBefore[i] === blank
    }
  })
  // The first old block after the edit: the scan can stop there at the earliest. The window
  // ends at an old block start after it (a line start the edit did not move off its line
  // break), a few blocks further each time the scan does not settle inside it.
  const after = firstStartingFrom(old.chunks, old.text.length - suffix + 1)
  let scan: ReturnType<typeof scanChunks> | undefined
  let base = fresh ? 0 : from - 1
  for (let reach = 2; !scan; reach *= 4) {
    const end = after + reach < old.chunks.length ? old.chunks[after + reach][0] + delta : text.length
    const window = text.slice(base, end)
    if (lineEndOf(window) === lineEnd) {
      const tried = scanChunks(window, undefined, resume(base))
      if (tried.stopped !== undefined || end === text.length) scan = tried
    } else if (end === text.length) {
      // A window without the text's line break but with the other kind: read the whole text.
      base = 0
      scan = scanChunks(wholeText(text), undefined, resume(0))
    }
  }
  const chunks = old.chunks.slice(0, k)
  for (const chunk of scan.chunks) {
    chunk[0] += base
    chunk[1] += base
    chunks.push(chunk)
  }
  const blankBefore = old.blankBefore.slice(0, k).concat(scan.blankBefore)
  if (scan.stopped !== undefined) {
    const j = oldIndex(scan.stopped + base - delta)
    // Blocks after the scan: the same ranges, moved by the edit.
    for (let i = j; i < old.chunks.length; i++) {
      const chunk = old.chunks[i]
      chunk[0] += delta
      chunk[1] += delta
      chunks.push(chunk)
    }
    for (let i = j; i < old.chunks.length; i++) blankBefore.push(old.blankBefore[i])
  }
  return {chunks, blankBefore}
}

/** Index of the first block that starts at or after `at` (blocks are in order). */
function firstStartingFrom(chunks: ReadonlyArray<[number, number]>, at: number): number {
  return sortedIndexBy(chunks, at, chunkStart)
}

const chunkStart = (chunk: readonly [number, number]) => chunk[0]

/** Lengths of the common prefix and suffix of two strings (not overlapping), compared in slices. */
export function commonEnds(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length)
  const step = 4096
  let prefix = 0
  while (prefix + step <= max && a.slice(prefix, prefix + step) === b.slice(prefix, prefix + step)) prefix += step
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix + step <= max - prefix && a.slice(a.length - suffix - step, a.length - suffix) === b.slice(b.length - suffix - step, b.length - suffix)) suffix += step
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++
  return [prefix, suffix]
}


const listMarker = /^([ \t]*)([-+*]|\d{1,9}[.)])(?:[ \t]|$)/
const thematicBreak = /^[ \t]*([-*_])[ \t]*(?:\1[ \t]*){2,}$/
const footnote = /^[ \t]*\[\^[^\]]+\]:/

/** Columns of leading white space (a tab advances to the next multiple of 4). */
export function indentOf(line: string): number {
  return columnsOf(line, true)
}

/** Columns a piece of a line takes (up to its first non-space character if `spaceOnly`). */
function columnsOf(text: string, spaceOnly = false): number {
  let column = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 9) column += 4 - (column % 4)
    else if (code === 32 || !spaceOnly) column++
    else break
  }
  return column
}

// CommonMark's HTML blocks of kinds 6 (block-level tags) and 7 (any tag alone on its line).
const htmlBlockType6 =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?=[\s/>]|$)/i
const htmlBlockType7 = /^ {0,3}(?:<[a-z][\w-]*(?:\s+[a-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[a-z][\w-]*\s*>)\s*$/i

/** HTML blocks that run across blank lines (CommonMark types 1–5): the pattern that ends them. */
function htmlBlockEnd(line: string): RegExp | null {
  const start = /^ {0,3}<(!--|\?|![A-Z]|!\[CDATA\[|(?:script|pre|style|textarea)(?=[\s>]|$))/i.exec(line)
  if (!start) return null
  const kind = start[1].toLowerCase()
  const end =
    kind === '!--' ? /-->/ : kind === '?' ? /\?>/ : kind === '![cdata[' ? /\]\]>/ : kind.startsWith('!') ? />/ : new RegExp(`</${kind}>`, 'i')
  return end.test(line.slice(start[0].length)) ? null : end
}

/**
 * A line of each kind the scan treats apart. V8 compiles the scan's loop once it is hot, and each
 * kind of line the loop had not met by then (a tab, a fence in a list item or a quote, an HTML
 * block …) threw the compiled code away: in one thread's pass over the bench folder the scan was
 * compiled seven times, a third of the CPU V8 spent compiling there. Scanned before the loop
 * gets hot, the sample lets the first compile cover them all (twice in that pass).
 */
export const scanWarmUp = [
  '---\ntitle: a\n---', // front matter
  'Text.\n\tTab.',
  '- item\n  more\n\n  still the item\n1. one\n2) two\n   * nested', // list items
  '[^1]: note\n    more\n', // a footnote
  '# Heading\n> quote',
  '> ```\n> code\n> ```\n- list\n  ```\n  code\n  ```\n out', // fences in a quote and an item
  '- item\n  ```\n  open\nnot in it', // a fence its item's end closes
  'text\n```\ncode after text\n```', // a fence after text
  '> ```\n> open\nno quote\n', // a fence its quote's end closes
  '~~~\ntilde\n~~~\n\n    indented\n', // a tilde fence, indented code
  '<div>\nhtml\n</div>\n\n<!-- a\ncomment -->\n\n<pre>\npre\n</pre>\n\n<custom-tag>\ntext\n', // HTML blocks
  '* * *\n___\nSetext\n===', // thematic breaks, a setext heading
  '```\nopen to the end\n'
].join('\n')
let warmedUp = false
let scans = 0

/**
 * Scan the sample when a thread scans its second document or a large one: the loop is not hot
 * yet then, and a run that checks one small file (the CLI's start-up) does not pay the ~5 ms
 * that the sample's first scan costs (compiling the patterns of the kinds of lines it has).
 */
function warmUp(text: string): void {
  if (warmedUp || (++scans < 2 && text.length < 65536)) return
  warmedUp = true
  for (const sample of [scanWarmUp, scanWarmUp.replace(/\n/g, '\r\n')]) {
    scanChunks(sample, [])
    scanChunks(sample)
  }
}
