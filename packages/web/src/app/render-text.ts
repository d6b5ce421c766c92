import {el} from './dom.js'
import {chunks} from './chunks.js'
import {pieces, type Piece} from './pieces.js'
import {severityIcon} from './severity.js'
import type {Finding} from './types.js'

/** The checked text with each finding as a focusable highlight; the underline style shows its severity. */
export function renderText(container: HTMLElement, text: string, findings: readonly Finding[]): void {
  const fragment = document.createDocumentFragment()
  for (const chunk of chunks(pieces(text, findings))) fragment.append(el('div', {class: 'chunk'}, ...chunk.map((piece) => node(piece, findings))))
  container.replaceChildren(fragment)
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
