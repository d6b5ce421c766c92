/**
 * A line scanner that knows just enough Markdown to find safe places for a new paragraph:
 * line starts right after a blank line, outside fenced code (including the `~~~~` rules under
 * reStructuredText headings, which Markdown reads as fences), HTML comments, raw HTML blocks
 * that blank lines do not end (`<pre>`, `<script>`, `<style>`, `<textarea>`) and front matter.
 */
const fenceOpen = /^ {0,3}(`{3,}|~{3,})(.*)$/
const fenceClose = /^ {0,3}(`{3,}|~{3,})[ \t]*$/
const rawHtmlOpen = /^ {0,3}<(pre|script|style|textarea)(?=[\s>]|$)/i

export function scanBlocks(text) {
  const points = []
  let fence = null
  let comment = false
  let rawTag = null
  let previousBlank = false
  let offset = 0
  let index = 0
  let frontMatter = text.startsWith('---\n')

  while (offset <= text.length) {
    const newline = text.indexOf('\n', offset)
    const end = newline === -1 ? text.length : newline
    const line = text.slice(offset, end)
    const blank = line.trim() === ''

    if (frontMatter) {
      if (index > 0 && (line === '---' || line === '...')) frontMatter = false
    } else if (fence) {
      const close = fenceClose.exec(line)
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = null
    } else if (comment) {
      if (line.includes('-->')) comment = false
    } else if (rawTag) {
      if (line.toLowerCase().includes(`</${rawTag}`)) rawTag = null
    } else {
      if (previousBlank && !blank && newline !== -1) points.push(offset)
      const open = fenceOpen.exec(line)
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
        fence = {char: open[1][0], length: open[1].length}
      } else if (/^ {0,3}<!--/.test(line) && !line.includes('-->', line.indexOf('<!--') + 4)) {
        comment = true
      } else {
        const raw = rawHtmlOpen.exec(line)
        if (raw && !line.toLowerCase().includes(`</${raw[1].toLowerCase()}`)) rawTag = raw[1].toLowerCase()
      }
    }

    previousBlank = blank
    index++
    if (newline === -1) break
    offset = newline + 1
  }

  return {points, openFence: fence ? fence.char.repeat(fence.length) : null}
}
