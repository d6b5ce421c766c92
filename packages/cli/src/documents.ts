import fs from 'node:fs'
import path from 'node:path'
import type {LintOptions, LuxlintMessage} from '@luxlint/core'
import {importOptional} from './optional.js'
import {writeAtomic} from './write.js'

/** Word, PDF and OpenDocument files: read as bytes by @luxlint/documents, not as text. */
export const documentExtensions = ['.docx', '.pdf', '.odt']

export function isDocument(file: string): boolean {
  return documentExtensions.includes(path.extname(file).toLowerCase())
}

interface DocumentsModule {
  lintDocx(bytes: Uint8Array, options: LintOptions): {messages: LuxlintMessage[]}
  lintOdt(bytes: Uint8Array, options: LintOptions): {messages: LuxlintMessage[]}
  lintPdf(bytes: Uint8Array, options: LintOptions): Promise<{messages: LuxlintMessage[]}>
  writeReviewedDocx(bytes: Uint8Array, options: LintOptions): {output: Uint8Array; changes: number; comments: number}
}

export interface DocumentOutcome {
  messages: LuxlintMessage[]
  /** With --fix on a Word file: the reviewed copy written beside it. */
  reviewed?: {path: string; changes: number; comments: number}
}

/**
 * Lint a Word, PDF or OpenDocument file. With `fix`, a Word file gets a reviewed copy
 * (`name.luxlint.docx`: safe fixes as tracked changes, other findings as comments); the original
 * is never written. Errors are one-line `Error`s for the caller to report.
 */
export async function lintDocument(file: string, options: LintOptions, fix: boolean): Promise<DocumentOutcome> {
  const documents = await importOptional<DocumentsModule>('@luxlint/documents')
  const bytes = new Uint8Array(fs.readFileSync(file))
  const extension = path.extname(file).toLowerCase()
  if (extension === '.pdf') return {messages: (await documents.lintPdf(bytes, options)).messages}
  if (extension === '.odt') return {messages: documents.lintOdt(bytes, options).messages}
  const {messages} = documents.lintDocx(bytes, options)
  if (!fix) return {messages}
  const reviewed = documents.writeReviewedDocx(bytes, options)
  const target = file.replace(/\.docx$/i, '.luxlint.docx')
  writeAtomic(target, Buffer.from(reviewed.output))
  return {messages, reviewed: {path: target, changes: reviewed.changes, comments: reviewed.comments}}
}
