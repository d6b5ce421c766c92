import type {Element, Node, Text} from '@xmldom/xmldom'
import {W, isW} from '../xml.js'

/** Where to cut a run: inside a `w:t` text node at `index`, or just before one of its children. */
export type Cut = {text: Text; index: number} | {before: Node}

/**
 * Split a run in two at `cut`: the original keeps what comes before, a new run (same attributes,
 * a copy of the run properties) placed right after it gets the rest, which it returns.
 * Returns undefined when nothing would be left on one side.
 */
export function splitRun(run: Element, cut: Cut): Element | undefined {
  let first: Node | null
  if ('text' in cut) {
    const {text, index} = cut
    const t = text.parentNode as Element
    if (index <= 0 && !text.previousSibling) first = t
    else if (index >= text.data.length && !text.nextSibling) first = t.nextSibling
    else {
      // Cut the w:t in two: the right half becomes a new w:t holding the rest of the text.
      const right = t.cloneNode(false) as Element
      preserveSpace(right)
      preserveSpace(t)
      const rest = text.ownerDocument!.createTextNode(text.data.slice(index))
      text.data = text.data.slice(0, index)
      right.appendChild(rest)
      while (text.nextSibling) right.appendChild(text.nextSibling)
      t.parentNode!.insertBefore(right, t.nextSibling)
      first = right
    }
  } else first = cut.before
  if (!first || !hasContentBefore(run, first)) return undefined
  const next = run.cloneNode(false) as Element
  const properties = runProperties(run)
  if (properties) next.appendChild(properties.cloneNode(true))
  let node: Node | null = first
  while (node) {
    const following: Node | null = node.nextSibling
    next.appendChild(node)
    node = following
  }
  run.parentNode!.insertBefore(next, run.nextSibling)
  return next
}

function hasContentBefore(run: Element, first: Node): boolean {
  for (let node = run.firstChild; node && node !== first; node = node.nextSibling) {
    if (node.nodeType === 1 && !isW(node as Element, 'rPr')) return true
  }
  return false
}

export function runProperties(run: Element): Element | undefined {
  for (let node = run.firstChild; node; node = node.nextSibling) if (node.nodeType === 1 && isW(node as Element, 'rPr')) return node as Element
  return undefined
}

export function createW(owner: Element, name: string, attributes: Record<string, string> = {}): Element {
  const element = owner.ownerDocument!.createElementNS(W, 'w:' + name)
  for (const [key, value] of Object.entries(attributes)) element.setAttributeNS(W, 'w:' + key, value)
  return element
}

const XML = 'http://www.w3.org/XML/1998/namespace'

/** `xml:space="preserve"`: Word trims a `w:t` without it. */
export function preserveSpace(t: Element): void {
  t.setAttributeNS(XML, 'xml:space', 'preserve')
}
