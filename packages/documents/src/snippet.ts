/** A short excerpt of `text` around `[start, end)`, cut at word boundaries, with … where cut. */
export function snippet(text: string, start: number, end: number, width = 30): string {
  let from = Math.max(0, start - width)
  let to = Math.min(text.length, end + width)
  if (from > 0) {
    const space = text.indexOf(' ', from)
    if (space !== -1 && space < start) from = space + 1
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to)
    if (space >= end) to = space
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim()
  return (from > 0 ? '…' : '') + body + (to < text.length ? '…' : '')
}
