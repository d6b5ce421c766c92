// Reads LibreOffice's flat ODF (.fodt) the way a reviewer sees a document once every tracked
// change is accepted.
import {DOMParser, type Element, type Node} from '@xmldom/xmldom'

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'
const inline = new Set(['p', 'h', 'span', 'a'])

/**
 * The paragraphs of a flat ODF document as they read once every tracked change is accepted:
 * deleted stretches (between change-start and change-end of a deletion) left out, comments and
 * note marks left out; notes and text boxes are paragraphs of their own.
 */
export function acceptedParagraphs(fodt: string): string[] {
  const document = new DOMParser().parseFromString(fodt, 'text/xml')
  const deletions = new Set<string>()
  for (const region of Array.from(document.getElementsByTagNameNS(TEXT, 'changed-region'))) {
    if (region.getElementsByTagNameNS(TEXT, 'deletion').length) deletions.add(region.getAttributeNS(TEXT, 'id') ?? '')
  }
  const paragraphs: string[] = []
  let deleting = false
  const walk = (node: Node, out: string[]): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Only text of inline containers is text; the rest is the file's indentation.
        const parent = node as Element
        if (!deleting && parent.namespaceURI === TEXT && inline.has(parent.localName ?? '')) out.push((child as unknown as {data: string}).data)
        continue
      }
      if (child.nodeType !== 1) continue
      const element = child as Element
      const name = element.localName
      if (element.namespaceURI === TEXT && (name === 'p' || name === 'h')) {
        const own: string[] = []
        walk(element, own)
        paragraphs.push(own.join(''))
      } else if (element.namespaceURI === TEXT && name === 'change-start') {
        if (deletions.has(element.getAttributeNS(TEXT, 'change-id') ?? '')) deleting = true
      } else if (element.namespaceURI === TEXT && name === 'change-end') {
        if (deletions.has(element.getAttributeNS(TEXT, 'change-id') ?? '')) deleting = false
      } else if (element.namespaceURI === TEXT && name === 'tab') out.push('\t')
      else if (element.namespaceURI === TEXT && name === 'line-break') out.push('\n')
      else if (element.namespaceURI === TEXT && name === 's') out.push(' '.repeat(Number(element.getAttributeNS(TEXT, 'c') ?? 1)))
      else if ((element.namespaceURI === TEXT && (name === 'tracked-changes' || name === 'note-citation')) || (element.namespaceURI === OFFICE && name === 'annotation')) continue
      else walk(element, out)
    }
  }
  walk(document.getElementsByTagNameNS(OFFICE, 'text')[0], [])
  return paragraphs.map((p) => p.replace(/\u00AD/g, '').replace(/\u2011/g, '-')).filter((p) => p.trim())
}
