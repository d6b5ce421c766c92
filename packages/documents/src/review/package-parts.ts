import {DOMParser, type Document} from '@xmldom/xmldom'
import {childElements} from '../xml.js'
import {relsName, resolveTarget} from '../docx/package.js'

const contentTypesNs = 'http://schemas.openxmlformats.org/package/2006/content-types'
const relationshipsNs = 'http://schemas.openxmlformats.org/package/2006/relationships'
const commentsType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'
const commentsRelationship = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments'

const parse = (text: string): Document => new DOMParser().parseFromString(text, 'text/xml')

/** Declare a new comments part: its content type and the main document's relationship to it. */
export function declareComments(
  main: string,
  xml: (name: string) => Document,
  has: (name: string) => boolean
): {name: string; contentTypes: Document; rels: Document} {
  const folder = main.slice(0, main.lastIndexOf('/') + 1)
  const name = folder + 'comments.xml'
  const contentTypes = xml('[Content_Types].xml')
  const types = contentTypes.documentElement!
  const declared = childElements(types).some((node) => node.localName === 'Override' && node.getAttribute('PartName') === '/' + name)
  if (!declared) {
    const override = contentTypes.createElementNS(contentTypesNs, 'Override')
    override.setAttribute('PartName', '/' + name)
    override.setAttribute('ContentType', commentsType)
    types.appendChild(override)
  }
  const relsPart = relsName(main)
  const rels = has(relsPart) ? xml(relsPart) : parse(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${relationshipsNs}"/>`)
  const root = rels.documentElement!
  const existing = childElements(root)
  if (!existing.some((rel) => rel.getAttribute('Type') === commentsRelationship && resolveTarget(folder, rel.getAttribute('Target') ?? '') === name)) {
    const ids = new Set(existing.map((rel) => rel.getAttribute('Id')))
    let n = existing.length + 1
    while (ids.has(`rId${n}`)) n++
    const rel = rels.createElementNS(relationshipsNs, 'Relationship')
    rel.setAttribute('Id', `rId${n}`)
    rel.setAttribute('Type', commentsRelationship)
    rel.setAttribute('Target', 'comments.xml')
    root.appendChild(rel)
  }
  return {name, contentTypes, rels}
}

export {relsName}
