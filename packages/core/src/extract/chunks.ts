/**
 * Top-level blocks of a Markdown document, found with a line scan instead of a parse: a block
 * ends at a blank line followed by a line that cannot continue anything before it, unless a
 * fenced code block, an HTML block or front matter is open. After a blank line only a list item
 * or a footnote definition continues (with lines indented to its content); any other line
 * starts a block of its own: a paragraph, or indented code (which is code alone too). Each
 * block parses the same alone as inside the document (bar reference-style link definitions), so
 * only blocks that can hold a match need a Markdown parse. This keeps large documents linear:
 * remark's cost grows faster than the document.
 */
export function markdownChunks(text: string, fences?: Array<[number, number]>): Array<[number, number]> {
  const chunks: Array<[number, number]> = []
  let fenceStart = 0
  let start = 0
  let fence: string | null = null
  // A fence inside a list item or quote ends with its container: at a line indented less than
  // the fence, or (in a quote) a line without `>`.
  let fenceIndent = 0
  let fenceQuoted = false
  let fenceAlone = false
  let html: RegExp | null = null
  let htmlToBlank = false
  let frontMatter = text.startsWith('---\n') || text.startsWith('---\r\n') || text.startsWith('+++\n')
  let previousBlank = false
  let first = true
  // The least content column of the list items and footnotes in the current block: lines
  // indented that far after a blank line still belong to one. (For an item, its marker plus one
  // space: the least it can have.)
  let itemColumn = Infinity
  // Lines end at LF; a CR before it (or alone, in old Mac files) is trimmed from the content.
  const lineEnd = text.includes('\r') && !text.includes('\n') ? '\r' : '\n'
  for (let at = 0, next = 0; at < text.length; at = next) {
    const newline = text.indexOf(lineEnd, at)
    next = newline === -1 ? text.length : newline + 1
    let content = text.slice(at, newline === -1 ? text.length : newline)
    if (content.endsWith('\r')) content = content.slice(0, -1)
    if (frontMatter) {
      if (!first && /^(?:---|\.\.\.|\+\+\+)\s*$/.test(content)) frontMatter = false
      first = false
      previousBlank = false
      continue
    }
    first = false
    const indent = indentOf(content)
    const lead = content.charCodeAt(leadOf(content))
    // Blank: spaces and tabs only (or other white space, which `\S` knows).
    const blank = Number.isNaN(lead) || (lead <= 32 || lead >= 0x85 ? !/\S/.test(content) : false)
    if (fence) {
      const leftContainer = !blank && ((fenceIndent > 0 && indent < fenceIndent) || (fenceQuoted && !/^\s*>/.test(content)))
      if (!leftContainer) {
        const close = /^[\s>]*(`{3,}|~{3,})\s*$/.exec(content)
        const topLevel = fenceIndent === 0 && !fenceQuoted
        if (close && close[1][0] === fence[0] && close[1].length >= fence.length && !(topLevel && indent >= 4)) {
          fence = null
          fences?.push([fenceStart, next])
          if (fenceAlone) {
            chunks.push([start, next])
            start = next
          }
        }
        previousBlank = false
        continue
      }
      fence = null
      fences?.push([fenceStart, at])
    }
    if (html) {
      if (html.test(content)) html = null
      previousBlank = false
      continue
    }
    // An HTML block that ends at a blank line: no fence opens inside it.
    if (htmlToBlank && !blank) {
      previousBlank = false
      continue
    }
    htmlToBlank = false
    if (!blank && previousBlank && at > start && indent < itemColumn) {
      chunks.push([start, at])
      start = at
      itemColumn = Infinity
    }
    // A line indented less than the open items that starts a list item, footnote, quote, heading,
    // thematic break or fence ends them (text would be a lazy continuation instead); an item or
    // footnote indented as much is nested, and the outer one still decides.
    // Only - + * _ [ and digits can start a list item, a thematic break or a footnote.
    if (indent < itemColumn && indent < 4 && (lead === 45 || lead === 43 || lead === 42 || lead === 95 || lead === 91 || (lead >= 48 && lead <= 57))) {
      if (thematicBreak.test(content)) itemColumn = Infinity
      else {
        const item = listMarker.exec(content)
        // "2." cannot interrupt a paragraph: after a line of text it is more text.
        const interrupts = item && (previousBlank || at === start || !/^\d/.test(item[2]) || /^0*1\D/.test(item[2]))
        if (item && interrupts) itemColumn = indentOf(item[1]) + item[2].length + 1
        else if (footnote.test(content)) itemColumn = indent + 4
      }
    } else if (indent < itemColumn && indent < 4 && (lead === 62 || (lead === 35 && /^\s*#{1,6}(?:\s|$)/.test(content)))) {
      itemColumn = Infinity
    }
    const open = content.includes('``') || content.includes('~~') ? /^(\s*(?:[-*+]\s+|\d{1,9}[.)]\s+|>\s*)*)(`{3,}|~{3,})/.exec(content) : null
    // Indented by white space alone, a fence is inside a list item only when one is open;
    // outside one, four columns make it indented code.
    const inItem = open !== null && (/[-*+\d]/.test(open[1]) || itemColumn <= indent)
    if (open && !(open[2][0] === '`' && content.slice(open[0].length).includes('`')) && (inItem || open[1].includes('>') || indent < 4)) {
      fence = open[2]
      fenceStart = at
      if (!inItem) itemColumn = Infinity
      // A fence in a block without list items or footnotes (whose extent the scan only
      // estimates) interrupts what stands before it and ends before what follows: it is a
      // block of its own, which holds no prose.
      fenceAlone = itemColumn === Infinity && !open[1].includes('>')
      if (fenceAlone && at > start) {
        chunks.push([start, at])
        start = at
        itemColumn = Infinity
      }
      fenceIndent = open[1].includes('>') || !inItem ? 0 : columnsOf(open[1])
      fenceQuoted = open[1].includes('>')
    } else if (content.includes('<')) {
      html = htmlBlockEnd(content)
      htmlToBlank = !html && (htmlBlockType6.test(content) || ((previousBlank || at === 0) && htmlBlockType7.test(content)))
      if ((html || htmlToBlank) && indent < itemColumn) itemColumn = Infinity
    }
    previousBlank = blank
  }
  if (fence) fences?.push([fenceStart, text.length])
  if (start < text.length) chunks.push([start, text.length])
  return chunks
}

const listMarker = /^([ \t]*)([-+*]|\d{1,9}[.)])(?:[ \t]|$)/
const thematicBreak = /^[ \t]*([-*_])[ \t]*(?:\1[ \t]*){2,}$/
const footnote = /^[ \t]*\[\^[^\]]+\]:/

/** Index of the first character that is not a space or a tab. */
function leadOf(line: string): number {
  let i = 0
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++
  return i
}

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
