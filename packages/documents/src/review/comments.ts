import {findRule, type LuxlintMessage} from '@luxlint/core'
import type {Document, Element} from '@xmldom/xmldom'
import {W} from '../xml.js'
import {createW, preserveSpace} from './split-run.js'
import {insertAfter, type Revision} from './tracked-change.js'

/** Mark whole runs as the range of comment `id` and put the comment's reference mark after them. */
export function anchorComment(runs: Element[], id: number, revision: Revision): void {
  const first = runs[0]
  const last = runs[runs.length - 1]
  first.parentNode!.insertBefore(createW(first, 'commentRangeStart', {id: String(id)}), first)
  const end = createW(last, 'commentRangeEnd', {id: String(id)})
  insertAfter(last, end, revision)
  const reference = createW(last, 'r')
  reference.appendChild(createW(last, 'commentReference', {id: String(id)}))
  insertAfter(end, reference, revision)
}

/** The text of a comment about a finding: what to write instead, why, and the sources. */
export function commentText(message: LuxlintMessage): string[] {
  const lines = [message.reason]
  if (message.note) lines.push(message.note)
  if (message.expected.length > 1) lines.push(`Alternatives: ${message.expected.join('; ')}.`)
  const sources = findRule(message.ruleId)?.sources ?? []
  if (sources.length) lines.push(`Sources: ${sources.map((source) => `${source.title} <${source.url}>`).join('; ')}.`)
  if (message.url) lines.push(`Rule: ${message.ruleId} <${message.url}>`)
  return lines
}

/** A `w:comment` element holding one paragraph per line of text. */
export function commentElement(comments: Document, id: number, lines: string[], revision: Revision): Element {
  const root = comments.documentElement!
  const comment = createW(root, 'comment', {id: String(id), author: revision.author, date: revision.date, initials: initials(revision.author)})
  lines.forEach((line, index) => {
    const paragraph = createW(root, 'p')
    if (index === 0) {
      const mark = createW(root, 'r')
      mark.appendChild(createW(root, 'annotationRef'))
      paragraph.appendChild(mark)
    }
    const run = createW(root, 'r')
    const t = createW(root, 't')
    preserveSpace(t)
    t.appendChild(comments.createTextNode(line))
    run.appendChild(t)
    paragraph.appendChild(run)
    comment.appendChild(paragraph)
  })
  return comment
}

function initials(author: string): string {
  return author.split(/\s+/).map((word) => word[0] ?? '').join('').toUpperCase().slice(0, 4) || 'LL'
}

export const emptyComments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}"/>`
