/** One finding as the CLI's `--format json` prints it. Unknown fields are ignored. */
export interface ReportMessage {
  ruleId: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  offset?: number
  endOffset?: number
  severity: 'error' | 'warning' | 'suggestion' | 'info'
  status?: string
  confidence?: string
  context?: 'use' | 'citation' | 'mention' | 'quote'
  actual?: string
  expected?: string[]
  message: string
  url?: string
  contextReason?: string
  citation?: {id?: string; title: string; url?: string; year?: number}
  /** A fingerprint that survives edits elsewhere in the file (the CLI's baseline fingerprint). */
  fingerprint?: string
}

/** One checked file: the CLI's JSON shape, plus the source text when snippets should show it. */
export interface ReportFile {
  path: string
  messages: ReportMessage[]
  /** Set when the file could not be checked. */
  error?: string
  /** The file's text: snippets then show the surrounding words. */
  text?: string
}

/** A baseline file (`luxlint --baseline-write`). */
export interface ReportBaseline {
  version: 1
  findings: {file: string; ruleId: string; fingerprint: string}[]
}

export interface ReportOptions {
  title?: string
  /** When the report was made; shown as given (ISO date recommended). */
  date?: string | Date
  /** A previous run's results (JSON output, or the data of an earlier HTML report) or a baseline. */
  previous?: ReportFile[] | ReportBaseline
  /** How many files to list as the worst (default 10). */
  worst?: number
}

export type Severity = ReportMessage['severity']
