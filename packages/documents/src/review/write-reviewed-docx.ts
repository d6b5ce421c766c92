import type {Document, Element} from '@xmldom/xmldom'
import {DOMParser} from '@xmldom/xmldom'
import {lintRead} from '../docx/lint-docx.js'
import {readDocx} from '../docx/read-docx.js'
import {relsName} from '../docx/package.js'
import type {DocumentMessage, ReviewOptions} from '../types.js'
import {W, serializeXml} from '../xml.js'
import {writeZip} from '../zip.js'
import {anchorComment, commentElement, commentText, emptyComments} from './comments.js'
import {isolateRange} from './isolate.js'
import {declareComments} from './package-parts.js'
import {trackReplacement, type Revision} from './tracked-change.js'

const commented = new Set(['error', 'warning', 'suggestion'])

/**
 * A reviewed copy of a Word document: every safe fix as a tracked change by "luxlint", every
 * other finding at suggestion level or above as a comment with the explanation and sources.
 * The input is never modified. Throws a one-line DocumentError for files that cannot be read.
 */
export function writeReviewedDocx(input: Uint8Array, options: ReviewOptions = {}): {output: Uint8Array; changes: number; comments: number} {
  const {author = 'luxlint', date = new Date(), ...lintOptions} = options
  const read = readDocx(input, {everything: true})
  const {pkg, paragraphs, rendered} = read
  const messages = lintRead(read, lintOptions)

  const touched = new Set<string>()
  const revision: Revision = {author, date: date.toISOString().replace(/\.\d{3}Z$/, 'Z'), nextId: idCounter(pkg.files, pkg.xml)}
  let comments: Document | undefined
  let nextComment = 0
  const commentsPart = () => {
    if (!comments) {
      comments = pkg.parts.comments ? pkg.xml(pkg.parts.comments) : new DOMParser().parseFromString(emptyComments, 'text/xml')
      for (const node of Array.from(comments.getElementsByTagNameNS(W, 'comment'))) nextComment = Math.max(nextComment, Number(node.getAttributeNS(W, 'id')) + 1 || 0)
    }
    return comments
  }

  let changes = 0
  let added = 0
  // Right to left: a split keeps the left part in place, so earlier offsets stay valid.
  const byParagraph = new Map<number, DocumentMessage[]>()
  for (const message of messages) {
    const wanted = message.fix?.safe || commented.has(message.severity)
    if (wanted) byParagraph.set(message.location.paragraph, [...(byParagraph.get(message.location.paragraph) ?? []), message])
  }
  for (const [number, found] of byParagraph) {
    const paragraph = paragraphs[number - 1]
    const base = rendered.starts[number - 1]
    let limit = Infinity
    for (const message of found.sort((a, b) => b.offset - a.offset)) {
      const fix = message.fix?.safe ? message.fix : undefined
      const start = (fix ? fix.offset : message.offset) - base
      const end = Math.min((fix ? fix.endOffset : message.endOffset) - base, paragraph.text.length)
      if (end > limit || start >= end) continue
      // Comments inside notes stop LibreOffice from opening the file: anchor them on the note's mark instead.
      const onMark = !fix && paragraph.noteReference?.parentNode ? (paragraph.noteReference.parentNode as Element) : undefined
      const runs = onMark ? [onMark] : isolateRange(paragraph, start, end)
      if (runs.length === 0) continue
      limit = start
      if (fix) {
        touched.add(paragraph.partName)
        trackReplacement(runs, fix.text, revision)
        changes++
      } else {
        touched.add(onMark ? pkg.main : paragraph.partName)
        const part = commentsPart()
        const id = nextComment++
        const lines = commentText(message)
        if (onMark) lines[0] = `In ${paragraph.part} ${paragraph.note}, “${message.actual}”: ${lines[0]}`
        part.documentElement!.appendChild(commentElement(part, id, lines, revision))
        anchorComment(runs, id, revision)
        added++
      }
    }
  }

  const replaced = new Map<string, Uint8Array>()
  for (const name of touched) replaced.set(name, serializeXml(pkg.xml(name)))
  if (comments) {
    const existing = pkg.parts.comments
    if (existing) replaced.set(existing, serializeXml(comments))
    else {
      const declared = declareComments(pkg.main, pkg.xml, (name) => Boolean(pkg.files[name]))
      replaced.set(declared.name, serializeXml(comments))
      replaced.set('[Content_Types].xml', serializeXml(declared.contentTypes))
      replaced.set(relsName(pkg.main), serializeXml(declared.rels))
    }
  }
  const entries: Array<[string, Uint8Array]> = Object.keys(pkg.files).map((name) => [name, replaced.get(name) ?? pkg.files[name]])
  for (const [name, data] of replaced) if (!pkg.files[name]) entries.push([name, data])
  return {output: writeZip(entries), changes, comments: added}
}

/** Revision ids must not collide with those already in the document's parts. */
function idCounter(files: Record<string, Uint8Array>, xml: (name: string) => Document): () => number {
  let max = 0
  for (const name of Object.keys(files)) {
    if (!/^word\/[^/]+\.xml$/.test(name)) continue
    const all = xml(name).getElementsByTagNameNS(W, '*')
    for (let i = 0; i < all.length; i++) {
      const element = all[i] as Element
      const id = Number(element.getAttributeNS(W, 'id'))
      if (Number.isFinite(id) && id > max) max = id
    }
  }
  let next = max + 1
  return () => next++
}
