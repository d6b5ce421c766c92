import type {Context, Fix, Severity, Status, Confidence} from '@luxlint/core'
import {DiagnosticSeverity, type ClientCapabilities, type Diagnostic} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {PlainMessage} from './lint-document.js'
import {sameRange, toRange} from './positions.js'
import {originOf, sameFindingAs} from './publish-encoding.js'

/** Everything a quick fix, hover or explanation needs, so none of them lints again. */
export interface FindingData {
  ruleId: string
  reason: string
  actual: string
  expected: string[]
  fix?: Fix
  context: Context
  contextReason?: string
  citation?: {id: string; title: string; url: string; year?: number}
  status: Status
  confidence: Confidence
  severity: Exclude<Severity, 'off'>
  url: string
  offset: number
  endOffset: number
  /** The document version the offsets (and the fix's) belong to: the version that was checked. */
  version: number
}

/**
 * The optional members a client has said it shows. A diagnostic's rule page and its "Allowed:
 * why" note are sent only to clients that declare them: every publish of a large document sends
 * all its diagnostics again, and the hover says both anyway.
 */
export interface DiagnosticOptions {
  relatedInformation: boolean
  codeDescription: boolean
}

/** Every optional member (what VS Code declares). */
export const fullDiagnostics: DiagnosticOptions = {relatedInformation: true, codeDescription: true}

/**
 * What the client shows. A pull client may declare the members in `textDocument.diagnostic`
 * (LSP 3.18); a member it does not declare there is taken from `publishDiagnostics`, which
 * every client of 3.17 and earlier uses to say it for diagnostics of both kinds.
 */
export function diagnosticOptionsFor(capabilities: ClientCapabilities, pull: boolean): DiagnosticOptions {
  const published = capabilities.textDocument?.publishDiagnostics as {relatedInformation?: unknown; codeDescriptionSupport?: unknown} | undefined
  const pulled = pull ? (capabilities.textDocument?.diagnostic as {relatedInformation?: unknown; codeDescriptionSupport?: unknown} | undefined) : undefined
  const declared = (member: 'relatedInformation' | 'codeDescriptionSupport') => (pulled?.[member] !== undefined ? pulled[member] === true : published?.[member] === true)
  return {relatedInformation: declared('relatedInformation'), codeDescription: declared('codeDescriptionSupport')}
}

const severityMap: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  suggestion: DiagnosticSeverity.Information,
  info: DiagnosticSeverity.Hint
}

/**
 * A diagnostic's `data`: the id of its finding, nothing more. The finding itself stays on the
 * server (the document's last check); the client hands the id back with a code action request
 * (LSP keeps `data` opaque between the two). All of a finding's data was ~40% of each publish,
 * and a large document publishes every diagnostic again on every keystroke.
 */
export interface WireData {
  id: number
}

/**
 * Ids of findings, per origin: a finding moved by edits (message-diff.ts) keeps its origin and so
 * its id, and a client's diagnostic from before the edits still names it. Weak: an id lives as
 * long as its finding does, nothing is kept for a closed document.
 */
const ids = new WeakMap<object, number>()
let lastId = 0

/** The id of the finding `message` shows (given on first ask, kept while the finding lives). */
export function findingId(message: PlainMessage): number {
  const origin = originOf(message)
  let id = ids.get(origin)
  if (id === undefined) ids.set(origin, (id = ++lastId))
  return id
}

/** One core message as an LSP diagnostic of `document`. */
export function toDiagnostic(message: PlainMessage, document: Pick<TextDocument, 'positionAt' | 'uri'>, options: DiagnosticOptions = fullDiagnostics): Diagnostic {
  const range = toRange(document, message.offset, message.endOffset)
  const data: WireData = {id: findingId(message)}
  const diagnostic: Diagnostic = {
    range,
    severity: severityMap[message.severity] ?? DiagnosticSeverity.Warning,
    code: message.ruleId,
    source: 'luxlint',
    message: message.reason,
    data
  }
  if (message.url && options.codeDescription) diagnostic.codeDescription = {href: message.url}
  // A citation or mention is allowed because of something in the text itself: point at it.
  if (message.contextReason && message.context !== 'use' && options.relatedInformation) {
    diagnostic.relatedInformation = [{location: {uri: document.uri, range}, message: `Allowed: ${message.contextReason}`}]
  }
  // Its JSON is written from pieces kept per finding (publish-encoding.ts).
  sameFindingAs(diagnostic, message)
  return diagnostic
}

/** Every message of a document as diagnostics. */
export function toDiagnostics(messages: readonly PlainMessage[], document: Pick<TextDocument, 'positionAt' | 'uri'>, options: DiagnosticOptions = fullDiagnostics): Diagnostic[] {
  return messages.map((message) => toDiagnostic(message, document, options))
}

/**
 * A document's last check: its findings, their diagnostics (in the same order) and the version
 * both belong to. Code actions, hovers and commands read findings from here.
 */
export interface CheckedFindings {
  version: number
  messages: readonly PlainMessage[]
  diagnostics: readonly Diagnostic[]
}

/** The findings of `document` as it is now (its version is the one checked). */
export function checkFindings(messages: readonly PlainMessage[], document: Pick<TextDocument, 'positionAt' | 'uri' | 'version'>, options: DiagnosticOptions = fullDiagnostics): CheckedFindings {
  return {version: document.version, messages, diagnostics: toDiagnostics(messages, document, options)}
}

/** The data of the `index`th finding of a check; its offsets are the checked version's. */
export function findingAt(checked: CheckedFindings, index: number): FindingData {
  return {...checked.messages[index], expected: [...(checked.messages[index].expected ?? [])], version: checked.version}
}

/**
 * The finding of the last check that a diagnostic from the client shows, or undefined (not ours,
 * or its finding is gone). With our id: the finding with that id, wherever edits have moved it.
 * A client that drops `data` (one without `dataSupport`) sends none: then the finding of the
 * same rule at the same range. The result's offsets are the checked version's, which need not be
 * the version the client's diagnostic came from: only the finding's own text and the fix's
 * place within it are the same in both (see fixRange in code-actions.ts).
 */
export function resolveFinding(checked: CheckedFindings | undefined, diagnostic: Pick<Diagnostic, 'source' | 'code' | 'range' | 'data'>): FindingData | undefined {
  if (!checked || diagnostic.source !== 'luxlint' || !diagnostic.range) return undefined
  const id = idOf(diagnostic)
  let index: number
  if (id !== undefined) {
    index = checked.diagnostics.findIndex((ours) => idOf(ours) === id)
    // An id from another server process (a restart) may name another finding.
    if (index !== -1 && diagnostic.code !== undefined && diagnostic.code !== checked.messages[index].ruleId) index = -1
  } else {
    index = checked.diagnostics.findIndex((ours) => ours.code === diagnostic.code && sameRange(ours.range, diagnostic.range))
  }
  return index === -1 ? undefined : findingAt(checked, index)
}

/** Our id in a diagnostic's data, if it has one. */
function idOf(diagnostic: Pick<Diagnostic, 'data'>): number | undefined {
  const id = (diagnostic.data as Partial<WireData> | undefined)?.id
  return typeof diagnostic.data === 'object' && Number.isSafeInteger(id) ? id : undefined
}
