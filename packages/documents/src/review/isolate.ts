import type {Element} from '@xmldom/xmldom'
import type {DocxParagraph, Piece} from '../docx/extract.js'
import {splitRun, type Cut} from './split-run.js'

/**
 * Split runs so that the paragraph's text `[start, end)` is exactly a sequence of whole runs, and
 * return them in document order. Work from the end of a paragraph to its start: a split keeps the
 * left part in the original run, so pieces before `start` stay valid for the next range.
 */
export function isolateRange(paragraph: DocxParagraph, start: number, end: number): Element[] {
  const inside = paragraph.pieces.filter((piece) => piece.end > start && piece.start < end)
  const runs: Element[] = []
  for (const piece of inside) if (runs[runs.length - 1] !== piece.run) runs.push(piece.run)
  if (runs.length === 0) return runs
  cutAt(paragraph.pieces, end)
  const first = cutAt(paragraph.pieces, start)
  if (first) runs[0] = first
  return runs
}

/** Cut the run that holds paragraph offset `at` (when `at` is not already a run boundary); returns the right part. */
function cutAt(pieces: readonly Piece[], at: number): Element | undefined {
  const index = pieces.findIndex((piece) => piece.end > at)
  if (index === -1) return undefined
  const piece = pieces[index]
  if (piece.start >= at && (index === 0 || pieces[index - 1].run !== piece.run)) return undefined
  return splitRun(piece.run, cutPoint(piece, Math.max(at, piece.start)))
}

function cutPoint(piece: Piece, at: number): Cut {
  if (piece.node) return {text: piece.node, index: piece.nodeStart + (at - piece.start)}
  return {before: piece.element!}
}
