import type {ChangedRange} from '@luxlint/core'
import type {Range, TextDocumentContentChangeEvent} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {LineDocument} from './line-document.js'

/** One replacement in a text: `[offset, endOffset)` of the text as it was just before it (UTF-16). */
export interface TextEdit {
  offset: number
  endOffset: number
  text: string
}

/**
 * Apply an editor's changes to `document` and say what they were as offsets, so the text need
 * not be copied to the worker again: one replacement per change, each in the text the previous
 * one left. Null when a change replaced the whole text (there is nothing to gain then).
 */
export function updateDocument(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): {document: TextDocument; edits: TextEdit[] | null} {
  let edits: TextEdit[] | null = []
  for (const change of changes) {
    if ('range' in change && change.range) {
      // The same offsets TextDocument.update computes: a reversed range is read start first.
      const {start, end} = wellFormed(change.range)
      const offset = document.offsetAt(start)
      const endOffset = document.offsetAt(end)
      // TextDocument loses count of its lines after a range past its end: the worker gets the text then.
      if (Number.isInteger(offset) && Number.isInteger(endOffset)) edits?.push({offset, endOffset, text: change.text})
      else edits = null
    } else edits = null
    document = apply(document, [change], version)
  }
  if (changes.length === 0) document = apply(document, [], version)
  return {document, edits}
}

function apply(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  if (!(document instanceof LineDocument)) return TextDocument.update(document, changes, version)
  document.update(changes, version)
  return document
}

function wellFormed(range: Range): Range {
  const {start, end} = range
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? {start: end, end: start} : range
}

/**
 * `text` after `edits`, and the range of the result they changed; undefined when an edit does
 * not fit the text (the two sides are out of step: the caller sends the whole text instead).
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): {text: string; changed: ChangedRange} | undefined {
  return editText(text, edits, (before, {offset, endOffset, text: inserted}) => before.slice(0, offset) + inserted + before.slice(endOffset))
}

/** The same for any kind of text, given how to apply one edit that fits it (a text kept in pieces). */
export function editText<T extends {length: number}>(text: T, edits: readonly TextEdit[], apply: (text: T, edit: TextEdit) => T): {text: T; changed: ChangedRange} | undefined {
  let start = Infinity
  let end = -Infinity
  for (const edit of edits) {
    const {offset, endOffset} = edit
    if (!Number.isInteger(offset) || !Number.isInteger(endOffset) || offset < 0 || offset > endOffset || endOffset > text.length || typeof edit.text !== 'string') return undefined
    text = apply(text, edit)
    const insertedEnd = offset + edit.text.length
    // Where the end of the earlier changes is now: moved by this edit's change in length when it
    // was after it, pulled to the end of the insertion when this edit removed it.
    if (end !== -Infinity) end = end <= offset ? end : end >= endOffset ? end + insertedEnd - endOffset : insertedEnd
    start = Math.min(start, offset)
    end = Math.max(end, insertedEnd)
  }
  return {text, changed: edits.length ? {start, end} : {start: text.length, end: text.length}}
}
