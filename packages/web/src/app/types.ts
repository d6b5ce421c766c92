import type {Format} from '@luxlint/core'
import type {Context, Fix, Severity, Status, Confidence} from '@luxlint/core'

/** A finding as it crosses from the worker: a plain object (vfile messages lose fields in structured clone). */
export interface Finding {
  ruleId: string
  reason: string
  actual: string
  expected: string[]
  note: string
  url: string
  status: Status
  confidence: Confidence
  severity: Exclude<Severity, 'off'>
  context: Context
  contextReason?: string
  citation?: {id: string; title: string; url: string; year?: number}
  offset: number
  endOffset: number
  line: number
  column: number
  fix?: Fix
}

export interface CheckRequest {
  type: 'check'
  id: number
  text: string
  options: {format: Format; profile: string; language?: string}
}

/** A Word file to turn into the text luxlint checks. */
export interface DocxRequest {
  type: 'docx'
  id: number
  bytes: Uint8Array
}

export type WorkerReply =
  | {type: 'ready'}
  | {type: 'result'; id: number; findings: Finding[]; ms: number}
  | {type: 'error'; id: number; error: string}
  | {type: 'docx'; id: number; text: string; language?: string}
  | {type: 'docx-error'; id: number; error: string}
