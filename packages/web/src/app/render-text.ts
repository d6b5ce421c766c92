import {el, patchChildren} from './dom.js'
import {chunks} from './chunks.js'
import {pieces, type Piece} from './pieces.js'
import {severityIcon} from './severity.js'
import type {Finding} from './types.js'

/**
 * The checked text with each finding as a focusable highlight; the underline style shows its
 * severity. Blocks of text that show the same as after the last check are kept.
 */
export function renderText(container: HTMLElement, text: string, findings: readonly Finding[]): void {
  const blocks = chunks(pieces(text, findings))
  patchChildren(
    container,
    blocks.map((chunk) => JSON.stringify(chunk.map((piece) => (piece.finding === undefined ? piece.text : [piece.text, ...shown(findings[piece.finding])])))),
    (index) => el('div', {class: 'chunk'}, ...blocks[index].map((piece) => node(piece, findings))),
    (block, index) => {
      const marks = block.querySelectorAll<HTMLElement>('mark.hl')
      let i = 0
      for (const piece of blocks[index]) if (piece.finding !== undefined) marks[i++].dataset.finding = String(piece.finding)
    }
  )
}

/** What a highlight shows of its finding (its place in the list aside). */
function shown(f: Finding): string[] {
  return [f.severity, f.reason, f.actual]
}

function node(piece: Piece, findings: readonly Finding[]): Node {
  if (piece.finding === undefined) return document.createTextNode(piece.text)
  const f = findings[piece.finding]
  return el(
    'mark',
    {
      class: `hl sev-${f.severity}`,
      'data-finding': piece.finding,
      role: 'button',
      tabindex: -1,
      title: `${severityIcon[f.severity]} ${f.severity}: ${f.reason}`,
      'aria-label': `${f.severity}: ${f.actual}`
    },
    piece.text
  )
}
