import type {Finding} from './types.js'

export interface Piece {
  text: string
  /** Index into the findings when this piece is highlighted. */
  finding?: number
}

/**
 * Cut the text into plain and highlighted pieces, in order. Findings that overlap one already
 * highlighted stay in the list but get no highlight of their own.
 */
export function pieces(text: string, findings: readonly Finding[]): Piece[] {
  const order = findings.map((_, i) => i).sort((a, b) => findings[a].offset - findings[b].offset || a - b)
  const out: Piece[] = []
  let at = 0
  for (const i of order) {
    const {offset, endOffset} = findings[i]
    if (offset < at || endOffset <= offset || endOffset > text.length) continue
    if (offset > at) out.push({text: text.slice(at, offset)})
    out.push({text: text.slice(offset, endOffset), finding: i})
    at = endOffset
  }
  if (at < text.length || out.length === 0) out.push({text: text.slice(at)})
  return out
}
