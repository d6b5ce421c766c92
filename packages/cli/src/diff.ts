import type {Fix} from '@luxlint/core'

const context = 3

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

function lineOf(starts: number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid] <= offset) low = mid
    else high = mid - 1
  }
  return low
}

const show = (line: string) => (line.endsWith('\n') ? line.replace(/\r?\n$/, '') : line + '\n\\ No newline at end of file')

/**
 * A unified diff of applying `fixes` (sorted, non-overlapping) to `text`. Built from the fixes
 * themselves rather than a general diff: every hunk is exactly the lines a fix touches.
 */
export function unifiedDiff(file: string, text: string, fixes: readonly Fix[]): string {
  if (fixes.length === 0) return ''
  const starts = lineStarts(text)
  const lines = starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length)).filter((line, i, all) => line !== '' || i < all.length - 1)
  // Group fixes whose context windows touch into hunks.
  const groups: Array<{first: number; last: number; fixes: Fix[]}> = []
  for (const fix of fixes) {
    const first = lineOf(starts, fix.offset)
    const last = lineOf(starts, Math.max(fix.offset, fix.endOffset - 1))
    const previous = groups.at(-1)
    if (previous && first - previous.last <= context * 2) {
      previous.last = Math.max(previous.last, last)
      previous.fixes.push(fix)
    } else groups.push({first, last, fixes: [fix]})
  }
  const out = [`--- a/${file}`, `+++ b/${file}`]
  let shift = 0
  for (const group of groups) {
    const from = Math.max(0, group.first - context)
    const to = Math.min(lines.length - 1, group.last + context)
    const spanStart = starts[group.first]
    const spanEnd = group.last + 1 < starts.length ? starts[group.last + 1] : text.length
    let changed = ''
    let at = spanStart
    for (const fix of group.fixes) {
      changed += text.slice(at, fix.offset) + fix.text
      at = fix.endOffset
    }
    changed += text.slice(at, spanEnd)
    const added = changed.split(/(?<=\n)/).filter((line) => line !== '')
    const removed = lines.slice(group.first, group.last + 1)
    const before = lines.slice(from, group.first)
    const after = lines.slice(group.last + 1, to + 1)
    const oldCount = before.length + removed.length + after.length
    const newCount = before.length + added.length + after.length
    out.push(`@@ -${from + 1},${oldCount} +${from + 1 + shift},${newCount} @@`)
    for (const line of before) out.push(' ' + show(line))
    for (const line of removed) out.push('-' + show(line))
    for (const line of added) out.push('+' + show(line))
    for (const line of after) out.push(' ' + show(line))
    shift += added.length - removed.length
  }
  return out.join('\n') + '\n'
}
