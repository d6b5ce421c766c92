import type {Element} from '@xmldom/xmldom'
import {childElements, isW} from '../xml.js'
import {createW, preserveSpace, runProperties} from './split-run.js'

export interface Revision {
  author: string
  date: string
  /** Next free `w:id` for revisions; advanced by each use. */
  nextId: () => number
}

/**
 * Turn whole runs into a Word tracked change: the runs go into `w:del` (their `w:t` become
 * `w:delText`) and a `w:ins` with one new run, formatted like the first old one, follows them.
 */
export function trackReplacement(runs: Element[], text: string, revision: Revision): void {
  const properties = runProperties(runs[0])
  let lastDeletion: Element | undefined
  for (const run of runs) {
    for (const child of childElements(run)) {
      if (isW(child, 't')) rename(child, 'delText')
      else if (isW(child, 'instrText')) rename(child, 'delInstrText')
    }
    // Adjacent runs share one deletion.
    if (lastDeletion && lastDeletion.nextSibling === run) lastDeletion.appendChild(run)
    else {
      const deletion = createW(run, 'del', {id: String(revision.nextId()), author: revision.author, date: revision.date})
      run.parentNode!.insertBefore(deletion, run)
      deletion.appendChild(run)
      lastDeletion = deletion
    }
  }
  const insertion = createW(runs[0], 'ins', {id: String(revision.nextId()), author: revision.author, date: revision.date})
  const run = createW(runs[0], 'r')
  if (properties) run.appendChild(properties.cloneNode(true))
  const t = createW(runs[0], 't')
  preserveSpace(t)
  t.appendChild(runs[0].ownerDocument!.createTextNode(text))
  run.appendChild(t)
  insertion.appendChild(run)
  insertAfter(lastDeletion!, insertion, revision)
}

/**
 * Place `node` right after `anchor`. An insertion may not sit inside another insertion: when the
 * anchor is inside someone else's `w:ins`/`w:moveTo`, that one is split around the new node.
 */
export function insertAfter(anchor: Element, node: Element, revision: Revision): void {
  const parent = anchor.parentNode as Element
  if (isW(node, 'ins') && (isW(parent, 'ins') || isW(parent, 'moveTo'))) {
    if (anchor.nextSibling) {
      const rest = parent.cloneNode(false) as Element
      rest.setAttributeNS(parent.namespaceURI!, 'w:id', String(revision.nextId()))
      while (anchor.nextSibling) rest.appendChild(anchor.nextSibling)
      parent.parentNode!.insertBefore(rest, parent.nextSibling)
    }
    return insertAfter(parent, node, revision)
  }
  parent.insertBefore(node, anchor.nextSibling)
}

function rename(element: Element, name: string): void {
  const renamed = createW(element, name)
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes[i]
    if (attribute.namespaceURI) renamed.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value)
    else renamed.setAttribute(attribute.name, attribute.value)
  }
  while (element.firstChild) renamed.appendChild(element.firstChild)
  element.parentNode!.replaceChild(renamed, element)
}
