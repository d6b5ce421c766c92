import type {PlainMessage} from './lint-document.js'
import {sameFindingAs} from './publish-encoding.js'

/**
 * The findings of a document after an edit, said as a change to the list the other side already
 * has: copying a few hundred findings from the worker on every keystroke cost more than linting
 * the edit. An edit leaves the findings before it as they were and moves those after it by the
 * change in length.
 */
export interface MessageDiff {
  /** Findings kept from the start of the previous list. */
  keep: number
  /** New findings, after those kept. */
  fresh: PlainMessage[]
  /** Findings kept from the end of the previous list, moved by `delta`. */
  tail: number
  delta: number
}

/** The diff from `before` to `after`, where the text's length changed by `delta`. */
export function diffMessages(before: readonly PlainMessage[], after: readonly PlainMessage[], delta: number): MessageDiff {
  let keep = 0
  while (keep < before.length && keep < after.length && sameMessage(before[keep], after[keep], 0)) keep++
  let tail = 0
  while (tail < before.length - keep && tail < after.length - keep && sameMessage(before[before.length - 1 - tail], after[after.length - 1 - tail], delta)) tail++
  return {keep, fresh: after.slice(keep, after.length - tail), tail, delta}
}

/** The list `diff` describes, given the list it was made from; undefined when it cannot be (the two sides are out of step). */
export function applyMessageDiff(before: readonly PlainMessage[], diff: MessageDiff): PlainMessage[] | undefined {
  const {keep, fresh, tail, delta} = diff
  if (!Number.isInteger(keep) || !Number.isInteger(tail) || keep < 0 || tail < 0 || keep + tail > before.length || !Array.isArray(fresh)) return undefined
  const moved = before.slice(before.length - tail).map((message) => moveMessage(message, delta))
  return [...before.slice(0, keep), ...fresh, ...moved]
}

function moveMessage(message: PlainMessage, delta: number): PlainMessage {
  if (delta === 0) return message
  const moved = {...message, offset: message.offset + delta, endOffset: message.endOffset + delta}
  if (message.fix) moved.fix = {...message.fix, offset: message.fix.offset + delta, endOffset: message.fix.endOffset + delta}
  sameFindingAs(moved, message)
  return moved
}

/** Whether `b` is `a` moved by `delta` characters (every field the server uses compared). */
export function sameMessage(a: PlainMessage, b: PlainMessage, delta: number): boolean {
  if (a === b) return delta === 0
  return (
    a.offset + delta === b.offset &&
    a.endOffset + delta === b.endOffset &&
    a.ruleId === b.ruleId &&
    a.reason === b.reason &&
    a.actual === b.actual &&
    a.url === b.url &&
    a.status === b.status &&
    a.confidence === b.confidence &&
    a.severity === b.severity &&
    a.context === b.context &&
    a.contextReason === b.contextReason &&
    sameList(a.expected, b.expected) &&
    sameCitation(a.citation, b.citation) &&
    sameFix(a.fix, b.fix, delta)
  )
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a || !b) return a === b
  return a.length === b.length && a.every((item, i) => item === b[i])
}

function sameCitation(a: PlainMessage['citation'], b: PlainMessage['citation']): boolean {
  if (!a || !b) return a === b
  return a.id === b.id && a.title === b.title && a.url === b.url && a.year === b.year
}

function sameFix(a: PlainMessage['fix'], b: PlainMessage['fix'], delta: number): boolean {
  if (!a || !b) return a === b
  return a.offset + delta === b.offset && a.endOffset + delta === b.endOffset && a.text === b.text && a.safe === b.safe
}
