/**
 * Quotation marks in a piece of prose: the ranges `[start, end)` they enclose. Curly, straight,
 * guillemets and single quotes (an apostrophe inside a word is not a quote). An opening mark
 * that is never closed runs to the end (newspapers leave a quote open across paragraphs).
 */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const stack: Array<{mark: string; at: number}> = []
  const closes: Record<string, string> = {'\u201C': '\u201D', '\u00AB': '\u00BB', '\u2018': '\u2019', '"': '"', '\u201E': '\u201C'}
  const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char)
  // Only quotation marks change anything: jump from one to the next.
  const marks = /["\u201C\u201D\u00AB\u00BB\u2018\u2019\u201E]/g
  for (let found = marks.exec(text); found; found = marks.exec(text)) {
    const i = found.index
    const char = text[i]
    const top = stack[stack.length - 1]
    if (top && closes[top.mark] === char && !(char === '\u2019' && isLetter(text[i + 1]))) {
      stack.pop()
      ranges.push([top.at + 1, i])
      continue
    }
    if (char === '"') {
      if (!isLetter(text[i - 1])) stack.push({mark: char, at: i})
      continue
    }
    if (char === '\u2018' && isLetter(text[i - 1])) continue
    if (char in closes) stack.push({mark: char, at: i})
  }
  for (const open of stack) if (open.mark !== '\u2018') ranges.push([open.at + 1, text.length])
  return ranges
}
