/** The languages luxlint's own words (report labels, summary, one-line errors) come in. */
export const locales = ['en', 'fr', 'es'] as const
export type Locale = (typeof locales)[number]

/**
 * Everything the CLI itself says to a person, one table per language. Each table is typed with
 * this interface, so a key missing from one language is a compile error, not an English gap.
 * Findings' own messages are not here: they come from core, in the language of the rule.
 * Machine fields (rule ids, severity names in JSON/SARIF) are never translated.
 */
export interface Messages {
  /** Severity labels of the stylish report. */
  severity: {error: string; warning: string; suggestion: string; info: string}
  /** Summary of the stylish report. */
  errors(n: number): string
  warnings(n: number): string
  suggestions(n: number): string
  infos(n: number): string
  filesChecked(checked: number, unreadable: number): string
  inBaseline(n: number): string
  onUnchangedLines(n: number): string
  notCounted(parts: string[]): string
  findings(total: number, counts: string[], files: string, tail: string): string
  noFindings(files: string, tail: string): string

  /** Why a file could not be checked (after "luxlint: path: "). */
  noSuchFile: string
  permissionDenied: string
  isDirectory: string
  notDirectory: string
  symlinkLoop: string
  nameTooLong: string
  binarySkipped: string
  invalidUtf8(byte: number): string
  tooBig(megabytes: number, limit: number): string
  noFilesMatch: string

  /** Command-line errors (exit 2). */
  unknownLocale(given: string, supported: string[]): string
  unknownOption(option: string): string
  missingValue(option: string): string
  unknownFormat(given: string, formats: string[]): string
  reportFormat(given: string): string
  failOn(given: string): string
  maxWarnings(given: string): string
  configAndNoConfig: string
  fixAndDryRun: string
  expectsValue(option: string): string
  port(given: string): string
  unknownProfile(given: string, profiles: string[]): string
  rulesFormat: string
  initTakesNoPaths: string
  serveTakesNoPaths: string
  noInput: string
  fileListEmpty(file: string): string
  stdinTwice: string
  redactWithDiff: string
  fixStdin: string
  cannotWrite(file: string, reason: string): string
  internalError(message: string): string

  /** Baselines and --changed-since. */
  baselineMissing(file: string): string
  baselineUnreadable(file: string): string
  baselineNotJson(file: string): string
  baselineShape(file: string): string
  /** --cache: a cache file that cannot be used (it is started afresh), or written (the report is still whole). */
  cacheUnusable(file: string, reason: string): string
  cannotWriteCache(file: string, reason: string): string
  notACache: string
  cannotWriteBaseline(file: string, reason: string): string
  notAGitRef(ref: string): string
  gitMissing: string
  notInGitRepository: string
  unknownGitRef(ref: string): string
  gitDiffFailed(file: string, detail: string): string

  /** Files under a broken config (after its one-line message). */
  notChecked(files: number): string
  changedOnDisk: string

  /** The commands. */
  explainNeedsQuery: string
  noRuleOrPhrase(query: string, near: string | undefined): string
  configExists(name: string): string
  wroteConfig(profile: string): string
  portInUse(port: number): string
  listeningOnNetwork(host: string): string
  checkerPageAt(url: string): string
  wroteReport(file: string): string
  previousMissing(file: string): string
  previousUnreadable(file: string): string
  previousNotHtmlReport(file: string): string
  previousNotJson(file: string): string
  previousShape(file: string): string

  /** Progress notes on stderr. */
  wroteBaseline(n: number, file: string): string
  fixed(findings: number, files: number): string
  wroteReviewedCopy(copy: string, changes: number, comments: number, original: string): string
}
