import type {Context, Fix, Severity, Status, Confidence} from '@luxlint/core'
import {DiagnosticSeverity, type Diagnostic} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {PlainMessage} from './lint-document.js'
import {toRange} from './positions.js'
import {sameFindingAs} from './publish-encoding.js'

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
  /** The document version the offsets belong to. */
  version: number
}

const severityMap: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  suggestion: DiagnosticSeverity.Information,
  info: DiagnosticSeverity.Hint
}

/**
 * What a diagnostic carries in `data`: FindingData less what the diagnostic already says (the
 * reason is its message, the rule's page its codeDescription). Every publish of a large document
 * sends all its diagnostics again, so each byte counts a few hundred times per keystroke.
 */
type WireData = Omit<FindingData, 'reason' | 'url'>

/** One core message as an LSP diagnostic of `document`. */
export function toDiagnostic(message: PlainMessage, document: Pick<TextDocument, 'positionAt' | 'uri' | 'version'>): Diagnostic {
  const range = toRange(document, message.offset, message.endOffset)
  const data: WireData = {
    ruleId: message.ruleId,
    actual: message.actual,
    expected: [...(message.expected || [])],
    context: message.context,
    status: message.status,
    confidence: message.confidence,
    severity: message.severity,
    offset: message.offset,
    endOffset: message.endOffset,
    version: document.version
  }
  if (message.fix) data.fix = {...message.fix}
  if (message.contextReason) data.contextReason = message.contextReason
  if (message.citation) data.citation = {...message.citation}
  const diagnostic: Diagnostic = {
    range,
    severity: severityMap[message.severity] ?? DiagnosticSeverity.Warning,
    code: message.ruleId,
    source: 'luxlint',
    message: message.reason,
    data
  }
  if (message.url) diagnostic.codeDescription = {href: message.url}
  // A citation or mention is allowed because of something in the text itself: point at it.
  if (message.contextReason && message.context !== 'use') {
    diagnostic.relatedInformation = [{location: {uri: document.uri, range}, message: `Allowed: ${message.contextReason}`}]
  }
  // Its JSON is written from pieces kept per finding (publish-encoding.ts).
  sameFindingAs(diagnostic, message)
  return diagnostic
}

/** Every message of a document as diagnostics. */
export function toDiagnostics(messages: readonly PlainMessage[], document: Pick<TextDocument, 'positionAt' | 'uri' | 'version'>): Diagnostic[] {
  return messages.map((message) => toDiagnostic(message, document))
}

/** The luxlint data of a diagnostic, or undefined when it is not ours or was mangled by the client. */
export function findingOf(diagnostic: Pick<Diagnostic, 'data' | 'source'> & Partial<Pick<Diagnostic, 'message' | 'codeDescription'>>): FindingData | undefined {
  const data = diagnostic.data as Partial<FindingData> | undefined
  if (diagnostic.source !== 'luxlint' || !data || typeof data !== 'object') return undefined
  if (typeof data.ruleId !== 'string' || typeof data.offset !== 'number' || typeof data.endOffset !== 'number' || !Array.isArray(data.expected)) return undefined
  return {...data, reason: data.reason ?? diagnostic.message ?? '', url: data.url ?? diagnostic.codeDescription?.href ?? ''} as FindingData
}
