/**
 * Top-level blocks of a Markdown document, found with a line scan instead of a parse: a block
 * ends at a blank line that is followed by a line starting in column 0, unless a fenced code
 * block or front matter is open. Each block parses the same alone as inside the document (bar
 * reference-style link definitions), so only blocks that can hold a match need a Markdown parse.
 * This keeps large documents linear: remark's cost grows faster than the document.
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
  let html: RegExp | null = null
  let frontMatter = text.startsWith('---\n') || text.startsWith('---\r\n') || text.startsWith('+++\n')
  let previousBlank = false
  let first = true
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
    const blank = !/\S/.test(content)
    if (fence) {
      const indent = /^[ \t]*/.exec(content)![0].length
      const leftContainer = !blank && ((fenceIndent > 0 && indent < fenceIndent) || (fenceQuoted && !/^\s*>/.test(content)))
      if (!leftContainer) {
        const close = /^[\s>]*(`{3,}|~{3,})\s*$/.exec(content)
        if (close && close[1][0] === fence[0] && close[1].length >= fence.length) {
          fence = null
          fences?.push([fenceStart, next])
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
    if (!blank && previousBlank && content.charCodeAt(0) > 32 && at > start) {
      chunks.push([start, at])
      start = at
    }
    const open = content.includes('``') || content.includes('~~') ? /^(\s*(?:[-*+]\s+|\d{1,9}[.)]\s+|>\s*)*)(`{3,}|~{3,})/.exec(content) : null
    if (open && !(open[2][0] === '`' && content.slice(open[0].length).includes('`'))) {
      fence = open[2]
      fenceStart = at
      fenceIndent = open[1].includes('>') ? 0 : open[1].length
      fenceQuoted = open[1].includes('>')
    } else if (content.includes('<')) {
      html = htmlBlockEnd(content)
    }
    previousBlank = blank
  }
  if (fence) fences?.push([fenceStart, text.length])
  if (start < text.length) chunks.push([start, text.length])
  return chunks
}

/** HTML blocks that run across blank lines (CommonMark types 1–5): the pattern that ends them. */
function htmlBlockEnd(line: string): RegExp | null {
  const start = /^ {0,3}<(!--|\?|![A-Z]|!\[CDATA\[|(?:script|pre|style|textarea)(?=[\s>]|$))/i.exec(line)
  if (!start) return null
  const kind = start[1].toLowerCase()
  const end =
    kind === '!--' ? /-->/ : kind === '?' ? /\?>/ : kind === '![cdata[' ? /\]\]>/ : kind.startsWith('!') ? />/ : new RegExp(`</${kind}>`, 'i')
  return end.test(line.slice(start[0].length)) ? null : end
}
