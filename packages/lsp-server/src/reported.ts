import type {Diagnostic} from 'vscode-languageserver'
import {sameRange} from './positions.js'

/**
 * What the client was last given for each document, so diagnostics that say exactly the same
 * are not sent again. Most keystrokes in a large document move no finding: the line typed in
 * holds none after the cursor, and no line was added or removed. Sending the same list again
 * (~90 KB for a 1 MB document) was most of the server's time per keystroke, and the editor
 * redrew nothing new. Pull clients get LSP's `unchanged` report for it; push clients get nothing,
 * and keep the list they have, which is the current one.
 */
export class Reported {
  private last = new Map<string, {diagnostics: readonly Diagnostic[]; resultId: string}>()
  private count = 0

  /** The result id of `diagnostics` for `uri`: the last one's when they say the same as it, else a new one. */
  resultId(uri: string, diagnostics: readonly Diagnostic[]): string {
    const last = this.last.get(uri)
    return last && sameDiagnostics(last.diagnostics, diagnostics) ? last.resultId : this.remember(uri, diagnostics)
  }

  /** Whether `diagnostics` say just what `uri`'s client was last given. */
  unchanged(uri: string, diagnostics: readonly Diagnostic[]): boolean {
    const last = this.last.get(uri)
    return last !== undefined && sameDiagnostics(last.diagnostics, diagnostics)
  }

  /** `diagnostics` were given to `uri`'s client: their new result id. */
  remember(uri: string, diagnostics: readonly Diagnostic[]): string {
    const resultId = String(++this.count)
    this.last.set(uri, {diagnostics, resultId})
    return resultId
  }

  /** The document was closed (or its client's list emptied): nothing is known it has. */
  forget(uri: string): void {
    this.last.delete(uri)
  }
}

/** Whether two lists show the same diagnostics in the same order: every member a client shows or hands back. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!sameDiagnostic(a[i], b[i])) return false
  return true
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (a === b) return true
  return (
    sameRange(a.range, b.range) &&
    a.severity === b.severity &&
    a.code === b.code &&
    a.source === b.source &&
    a.message === b.message &&
    a.codeDescription?.href === b.codeDescription?.href &&
    sameData(a.data, b.data) &&
    sameRelated(a.relatedInformation, b.relatedInformation) &&
    String(a.tags ?? '') === String(b.tags ?? '')
  )
}

/** Our data is `{id}` (compared without encoding it: this runs for every diagnostic of every keystroke); anything else as JSON. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  const idA = (a as {id?: unknown} | null | undefined)?.id
  const idB = (b as {id?: unknown} | null | undefined)?.id
  if (typeof idA === 'number' && typeof idB === 'number' && Object.keys(a as object).length === 1 && Object.keys(b as object).length === 1) return idA === idB
  return JSON.stringify(a) === JSON.stringify(b)
}

function sameRelated(a: Diagnostic['relatedInformation'], b: Diagnostic['relatedInformation']): boolean {
  if (a === b) return true
  if (!a || !b || a.length !== b.length) return false
  return a.every((one, i) => one.message === b[i].message && one.location.uri === b[i].location.uri && sameRange(one.location.range, b[i].location.range))
}
