import type {Document} from '@xmldom/xmldom'
import type {Unzipped} from 'fflate'
import {DocumentError} from '../errors.js'
import {childElements, parseXml} from '../xml.js'
import {readZip} from '../zip.js'


export type PartRole = 'styles' | 'numbering' | 'footnotes' | 'endnotes' | 'comments'

/** An opened Word package: every zip entry, the main document's name and its related parts by role. */
export interface DocxPackage {
  files: Unzipped
  main: string
  parts: Partial<Record<PartRole, string>>
  /** Parse a part (cached): a malformed part gives a one-line DocumentError. */
  xml(name: string): Document
}

export function openDocx(bytes: Uint8Array, everything = false): DocxPackage {
  const files = readZip(bytes, 'DOCX', everything ? undefined : (name) => /\.(xml|rels)$/i.test(name))
  const main = mainDocument(files)
  const parsed = new Map<string, Document>()
  const xml = (name: string): Document => {
    let document = parsed.get(name)
    if (!document) {
      const data = files[name]
      if (!data) throw new DocumentError(`not a valid DOCX file (no ${name})`)
      document = parseXml(data, 'DOCX', name)
      parsed.set(name, document)
    }
    return document
  }
  const parts: Partial<Record<PartRole, string>> = {}
  for (const [type, target] of relationships(files, main, xml)) {
    const role = type.slice(type.lastIndexOf('/') + 1)
    if (role === 'styles' || role === 'numbering' || role === 'footnotes' || role === 'endnotes' || role === 'comments') {
      if (files[target]) parts[role] = target
    }
  }
  return {files, main, parts, xml}
}

/** The main document part: from `_rels/.rels`, else the usual `word/document.xml`. */
function mainDocument(files: Unzipped): string {
  const rels = files['_rels/.rels']
  if (rels) {
    const document = parseXml(rels, 'DOCX', '_rels/.rels')
    for (const rel of childElements(document.documentElement!)) {
      if ((rel.getAttribute('Type') ?? '').endsWith('/officeDocument')) {
        const target = resolveTarget('', rel.getAttribute('Target') ?? '')
        if (files[target]) return target
      }
    }
  }
  if (files['word/document.xml']) return 'word/document.xml'
  throw new DocumentError('not a valid DOCX file (no word/document.xml)')
}

/** `[type, part name]` of every internal relationship of a part. */
export function relationships(files: Unzipped, part: string, xml: (name: string) => Document): Array<[string, string]> {
  const name = relsName(part)
  if (!files[name]) return []
  const result: Array<[string, string]> = []
  for (const rel of childElements(xml(name).documentElement!)) {
    if (rel.getAttribute('TargetMode') === 'External') continue
    result.push([rel.getAttribute('Type') ?? '', resolveTarget(part.slice(0, part.lastIndexOf('/') + 1), rel.getAttribute('Target') ?? '')])
  }
  return result
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relsName(part: string): string {
  const slash = part.lastIndexOf('/')
  return part.slice(0, slash + 1) + '_rels/' + part.slice(slash + 1) + '.rels'
}

/** Resolve a relationship target against the folder of its source part (zip names have no leading slash). */
export function resolveTarget(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target
  const out: string[] = []
  for (const piece of path.split('/')) {
    if (piece === '..') out.pop()
    else if (piece !== '.' && piece !== '') out.push(piece)
  }
  return out.join('/')
}
