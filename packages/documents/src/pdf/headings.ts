import type {OutlineEntry} from './load-pdf.js'

/**
 * The outline path in force at a point of the document (page, baseline y): the last bookmark at
 * each depth that comes before it, outermost first.
 */
export function outlinePath(outline: readonly OutlineEntry[], page: number, y: number): string[] {
  const stack: string[] = []
  for (const entry of outline) {
    const before = entry.page < page || (entry.page === page && (entry.y === undefined || entry.y >= y - 1))
    if (!before) continue
    stack.length = Math.min(stack.length, entry.depth)
    stack[entry.depth] = entry.title
  }
  return stack.filter((title) => title !== undefined)
}
