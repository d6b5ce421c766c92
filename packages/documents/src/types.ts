import type {LintOptions, LuxlintMessage} from '@luxlint/core'

/** Where in a Word document or PDF a piece of text comes from. */
export type Part = 'body' | 'table' | 'textbox' | 'footnote' | 'endnote' | 'comment'

/** Where a finding is, in terms a reader of the document can follow. */
export interface DocumentLocation {
  part: Part
  /** 1-based paragraph number, counting the non-empty paragraphs of the document in reading order. */
  paragraph: number
  /** The headings (and the paragraph's own number, like "(b)") above the finding, outermost first. */
  headingPath: string[]
  /** A short excerpt of the paragraph around the finding, with … where it was cut. */
  snippet: string
  /** The footnote's or endnote's number as printed (DOCX), or the comment's number. */
  note?: number
  /** Table, row and cell (all 1-based) when the text is in a table. */
  table?: {table: number; row: number; cell: number}
  /** PDF: 1-based page number and line on that page (every text line counted, running heads too). */
  page?: number
  line?: number
}

/**
 * A finding in a document: the core's message (positions refer to the extracted text, see
 * README) plus where a reader finds it.
 */
export type DocumentMessage = LuxlintMessage & {location: DocumentLocation}

export interface DocxLintOptions extends LintOptions {
  /** Check the text of comments too (off by default: comments are not part of the published text). */
  includeComments?: boolean
}

export interface ReviewOptions extends LintOptions {
  /** Author of the tracked changes and comments (default "luxlint"). */
  author?: string
  /** Time stamp of the tracked changes and comments (default now). */
  date?: Date
}
