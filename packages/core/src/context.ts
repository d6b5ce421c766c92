import type {Segment} from './segment.js'
import type {Context} from './types.js'

export interface ContextDecision {
  context: Context
  reason?: string
  citation?: {id: string; title: string; url: string; year?: number}
}

/** How the phrase at [start, end) of the segment is used. */
export function classifyContext(segment: Segment, _start: number, _end: number, _sentence: [number, number]): ContextDecision {
  if (segment.block.quote) return {context: 'quote', reason: 'inside a block quote'}
  return {context: 'use'}
}
