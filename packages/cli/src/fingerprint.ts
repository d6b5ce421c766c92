import {createHash} from 'node:crypto'
import type {LuxlintMessage} from '@luxlint/core'

const fingerprints = new WeakMap<LuxlintMessage, string>()

/**
 * Only a baseline and the formats that carry fingerprints (SARIF, GitLab) read them; a run
 * without either skips the work (a hash per finding, about 5% of a large run).
 */
export function needsFingerprints({format, baseline, baselineWrite}: {format: string; baseline?: string; baselineWrite?: string}): boolean {
  return format === 'sarif' || format === 'gitlab' || baseline !== undefined || baselineWrite !== undefined
}

/** Lower-case, markup-free, single-spaced: what survives reformatting a paragraph. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>|[*_`~#>|[\]()]/g, ' ')
    .replace(/\s+/g, ' ')
}

const paragraphBreak = /\r?\n[ \t]*\r?\n/

/** How many normalised characters each side of a finding make up its fingerprint. */
export const contextWidth = 30

/**
 * Give each finding a fingerprint that survives edits elsewhere in the file: rule id, matched
 * text and up to 30 normalised characters each side within its paragraph, plus a counter for
 * identical repeats.
 */
export function assignFingerprints(text: string, messages: readonly LuxlintMessage[]): void {
  const seen = new Map<string, number>()
  for (const message of messages) {
    // Context stops at a blank line, so a paragraph added before or after changes nothing.
    const before = normalise(text.slice(Math.max(0, message.offset - contextWidth * 3), message.offset).split(paragraphBreak).at(-1)!).trimStart().slice(-contextWidth)
    const after = normalise(text.slice(message.endOffset, message.endOffset + contextWidth * 3).split(paragraphBreak)[0]).trimEnd().slice(0, contextWidth)
    const key = [message.ruleId, before, normalise(message.actual), after].join('\u0000')
    const occurrence = seen.get(key) ?? 0
    seen.set(key, occurrence + 1)
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 16)
    fingerprints.set(message, `${hash}:${occurrence}`)
  }
}

export function fingerprintOf(message: LuxlintMessage): string | undefined {
  return fingerprints.get(message)
}

/** Keep a fingerprint assigned in another thread (a clone of the message arrives without it). */
export function setFingerprint(message: LuxlintMessage, fingerprint: string | undefined): void {
  if (fingerprint !== undefined) fingerprints.set(message, fingerprint)
}
