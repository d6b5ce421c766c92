import crypto from 'node:crypto'
import fs from 'node:fs'
import type {Fix, LintOptions, LuxlintMessage} from '@luxlint/core'
import {lint} from '@luxlint/core'
import {encode} from './encode.js'
import type {ReadResult} from './read.js'
import {writeAtomic} from './write.js'
import {t} from './locale/index.js'

/** The safe fixes `applyFixes` would apply, in order: sorted, overlapping ones skipped. */
export function chosenFixes(messages: readonly LuxlintMessage[]): Fix[] {
  const fixes = messages
    .map((m) => m.fix)
    .filter((f): f is Fix => Boolean(f?.safe))
    .sort((a, b) => a.offset - b.offset)
  const chosen: Fix[] = []
  let last = 0
  for (const fix of fixes) {
    if (fix.offset < last) continue
    chosen.push(fix)
    last = fix.endOffset
  }
  return chosen
}

export function applyChosen(text: string, fixes: readonly Fix[]): string {
  let out = ''
  let at = 0
  for (const fix of fixes) {
    out += text.slice(at, fix.offset) + fix.text
    at = fix.endOffset
  }
  return out + text.slice(at)
}

export interface FixOutcome {
  /** The text after every pass of safe fixes. */
  output: string
  /** Fixes of the first pass, against the original text (for the diff). */
  firstPass: Fix[]
  applied: number
  /** Findings of the fixed text. */
  messages: LuxlintMessage[]
}

/**
 * Apply safe fixes until none is left (a fix may reveal or free an overlapping one), at most a
 * few passes so a fix that keeps re-matching cannot loop forever.
 */
export function fixText(text: string, options: LintOptions): FixOutcome {
  let messages = lint(text, options)
  const firstPass = chosenFixes(messages)
  let output = text
  let applied = 0
  for (let pass = 0; pass < 5; pass++) {
    const fixes = chosenFixes(messages)
    if (fixes.length === 0) break
    output = applyChosen(output, fixes)
    applied += fixes.length
    messages = lint(output, options)
  }
  return {output, firstPass, applied, messages}
}

export function digest(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex')
}

/**
 * Write the fixed text with the original encoding and BOM, atomically, and only if the file is
 * still the one we read (same size, mtime and content hash).
 */
export function writeFixed(file: string, output: string, bom: ReadResult['bom'], original: {hash: string; size: number; mtimeMs: number}): void {
  writeAtomic(file, encode(output, bom), () => {
    const stat = fs.statSync(file)
    if (stat.size !== original.size || stat.mtimeMs !== original.mtimeMs || digest(fs.readFileSync(file)) !== original.hash) {
      throw new ChangedOnDiskError()
    }
  })
}

export class ChangedOnDiskError extends Error {
  constructor() {
    super(t().changedOnDisk)
  }
}
