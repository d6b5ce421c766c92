import type {VFileMessage} from 'vfile-message'

/** How strongly a term is discouraged. */
export type Status = 'avoid' | 'caution' | 'prefer'

/** Whether a source attributes the recommendation to the Luxembourg Guidelines. */
export type Confidence = 'confirmed' | 'unconfirmed'

/** How a finding is reported. `off` findings are dropped. */
export type Severity = 'error' | 'warning' | 'suggestion' | 'info' | 'off'

/** How a term is used where it was found. */
export type Context = 'use' | 'citation' | 'mention' | 'quote'

export type Condition = 'child-reference' | 'person-noun' | 'exploitation-context'

export type Format = 'markdown' | 'mdx' | 'html' | 'text'

export interface Source {
  title: string
  url: string
  publisher?: string
  edition?: string
  page?: number
  supports?: string
}

/** One rule of the term data, as generated from `terms/**\/*.yml`. */
export interface TermRecord {
  id: string
  aliases: string[]
  language: string
  theme: string
  file: string
  status: Status
  confidence: Confidence
  enabled: boolean
  /** Every surface form to catch (lemma forms already expanded). */
  forms: string[]
  alternatives: string[]
  autofix: boolean
  conditions: Condition[]
  explanation: string
  guidelines: {edition?: string; section?: string; page?: number; note?: string} | null
  sources: Source[]
  examples: {flag: string[]; pass: string[]}
  /** The rule's section in docs/rules.md. */
  url: string
}

/** A proposed replacement of `[offset, endOffset)` in the original text. */
export interface Fix {
  offset: number
  endOffset: number
  text: string
  /** true when the fix may be applied without review (`--fix`). */
  safe: boolean
}

/** Extra fields luxlint adds to every vfile message. */
export interface LuxlintFields {
  ruleId: string
  source: 'luxlint'
  actual: string
  expected: string[]
  note: string
  url: string
  status: Status
  confidence: Confidence
  severity: Exclude<Severity, 'off'>
  context: Context
  /** Why the context was chosen, e.g. "title of the Optional Protocol (2000)". */
  contextReason?: string
  /** The cited title when context is `citation`. */
  citation?: {id: string; title: string; url: string; year?: number}
  /** 0-based UTF-16 offsets into the original text; end exclusive. */
  offset: number
  endOffset: number
  line: number
  column: number
  endLine: number
  endColumn: number
  fix?: Fix
}

export type LuxlintMessage = VFileMessage & LuxlintFields

export interface RuleSetting {
  severity?: Severity
}

export interface LintOptions {
  format?: Format
  /** Override the severity of rules by id (or alias); `off` disables, any other value enables. */
  rules?: Record<string, Severity>
  /** Phrases to accept anywhere (case-insensitive, literal). */
  allow?: string[]
  /** Policy profile (see policy.ts). */
  profile?: string
  /** Override cells of the profile's policy table: `{"avoid": {"quote": "warning"}}`. */
  policy?: Partial<Record<Status, Partial<Record<Context, Severity>>>>
  /** Terms added by the user: literal phrases only. */
  customTerms?: CustomTerm[]
  /** Path or name of the document, for messages. */
  path?: string
  /** Language of the document: en (default), fr, es. */
  language?: string
  /**
   * Languages a document format declares for parts of the text (a Word paragraph's `w:lang`),
   * sorted and not overlapping. A paragraph in a range is read in its language; markup's own
   * `lang` still wins, and text outside every range falls back to `language` or detection.
   */
  languages?: LanguageRange[]
  /** Report luxlint-disable comments that suppress nothing (`unused-disable`). */
  reportUnusedDisable?: boolean
}

/** [offset, endOffset) of the original text (0-based UTF-16) written in `language` (a BCP 47 tag). */
export interface LanguageRange {
  offset: number
  endOffset: number
  language: string
}

export interface CustomTerm {
  id: string
  phrases: string[]
  alternatives?: string[]
  message?: string
  status?: Status
  severity?: Severity
}

/** A title from terms/citations.yml that may contain discouraged terms. */
export interface CitationRecord {
  id: string
  kind: 'instrument' | 'article' | 'mandate' | 'report' | 'organisation' | 'statute' | 'offence'
  title: string
  short: string
  year: number | null
  url: string
  language: string
  confidence: Confidence
  /** The title and its variants: recognised in full anywhere (unless `needsCue`). */
  texts: string[]
  /** Parts of the title recognised after a cue. */
  fragments: string[]
  cues: string[]
  numbers: string[]
  needsCue: boolean
}

export interface CitationCues {
  'legal-reference': string[]
  offence: string[]
  'legal-term': string[]
}
