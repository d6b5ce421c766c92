import {DOMParser, XMLSerializer, type Document, type Element} from '@xmldom/xmldom'
import {DocumentError} from './errors.js'
import {oneLine} from './zip.js'

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

const decoderUtf8 = new TextDecoder('utf-8')

/** Decode an XML part (UTF-8, or UTF-16 with a byte order mark). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  return decoderUtf8.decode(bytes).replace(/^\uFEFF/, '')
}

/** Parse an XML part; `label` (e.g. "DOCX file (word/document.xml") leads the one-line error. */
export function parseXml(bytes: Uint8Array, kind: string, name: string): Document {
  const text = decodeXml(bytes)
  try {
    const document = new DOMParser({
      onError(level, message) {
        if (level !== 'warning') throw new Error(message)
      }
    }).parseFromString(text, 'text/xml')
    if (!document.documentElement) throw new Error('no root element')
    return document
  } catch (error) {
    const message = oneLine((error as Error).message).replace(/^\[xmldom \w+\]\s*/, '').slice(0, 120)
    throw new DocumentError(`not a valid ${kind} file (${name}: ${message || 'malformed XML'})`)
  }
}

/** Serialize a part back to UTF-8 bytes, with a declaration that says so. */
export function serializeXml(document: Document): Uint8Array {
  const body = new XMLSerializer().serializeToString(document).replace(/^<\?xml[^?]*\?>\s*/, '')
  return new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + body)
}

/** Element children of `node` (no text, no comments). */
export function childElements(node: Element): Element[] {
  const result: Element[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) result.push(child as Element)
  return result
}

/** The first child element with namespace W and local name `name`. */
export function wChild(node: Element, name: string): Element | undefined {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (child as Element).localName === name && (child as Element).namespaceURI === W) return child as Element
  }
  return undefined
}

/** A `w:` attribute, e.g. `w:val`. */
export function wAttr(node: Element | undefined, name: string): string | undefined {
  if (!node) return undefined
  return node.getAttributeNS(W, name) ?? node.getAttribute('w:' + name) ?? undefined
}

export function isW(node: Element, name: string): boolean {
  return node.localName === name && node.namespaceURI === W
}
