import {parseArgs} from 'node:util'
import {UsageError} from './errors.js'
import {t} from './locale/index.js'

export const formats = ['stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle', 'gitlab'] as const
export type OutputFormat = (typeof formats)[number]

export const failLevels = ['error', 'warning', 'suggestion'] as const
export type FailLevel = (typeof failLevels)[number]

export const commands = ['explain', 'rules', 'init', 'report', 'serve'] as const
export type Command = (typeof commands)[number] | 'lint'

export interface CliArgs {
  command: Command
  operands: string[]
  format: OutputFormat
  /** `--format` was given (subcommands have their own default). */
  formatGiven: boolean
  stdinFilename?: string
  fileList?: string
  profile?: string
  config?: string
  noConfig: boolean
  color?: boolean
  quiet: boolean
  verbose: boolean
  help: boolean
  version: boolean
  failOn: FailLevel
  maxWarnings?: number
  outputFile?: string
  redact: boolean
  fix: boolean
  fixDryRun: boolean
  baseline?: string
  baselineWrite?: string
  changedSince?: string
  reportUnusedDisable: boolean
  /** `--cache`, or `--cache-location` (which implies it). */
  cache: boolean
  cacheLocation?: string
  progress?: boolean
  /** `luxlint report`: the report's title, an earlier report to compare with. */
  title?: string
  previous?: string
  /** `luxlint serve`: where the checker page listens. */
  port?: number
  host?: string
  /** `--locale` as given (main has already chosen the language from it). */
  locale?: string
}

export const usage = `Usage: luxlint [options] [paths, directories or globs…]
       luxlint [options] -                 read the document from stdin
       luxlint explain <rule-id | phrase>  why a term is flagged, what to write, sources
       luxlint rules [--format json]       list every rule
       luxlint init [--profile <name>]     write a commented .luxlintrc.yaml
       luxlint report <paths…> -o report.html [--format markdown] [--previous FILE] [--title T]
                                           one self-contained page for editors and managers
       luxlint serve [--port 8080] [--host 127.0.0.1]
                                           the checker page in your browser, offline

Checks Markdown, HTML and text for discouraged terms for child sexual exploitation and abuse
(Luxembourg Guidelines) and says what to write instead.

Input:
      --stdin-filename <p>     name of the stdin document (chooses Markdown/HTML/text, config)
      --file-list <file>       read paths from a file, one per line (- for stdin)
Config:
  -c, --config <file>          use this config file and no other
      --no-config              ignore every config file
      --profile <name>         default, journalism, legal, advocacy (wins over the config)
Output:
  -f, --format <name>          stylish (default), json, sarif, github, junit, checkstyle,
                               gitlab (Code Quality)
  -o, --output-file <file>     write the report to a file instead of stdout
      --redact                 never print the matched text (rule ids and positions only)
  -q, --quiet                  report warnings and errors only
      --color / --no-color     force colour on or off
      --no-progress            no progress bar on stderr
Exit status:
      --fail-on <level>        error, warning (default) or suggestion
      --max-warnings <n>       fail when there are more than n warnings
      --report-unused-disable  report luxlint-disable comments that suppress nothing
Speed:
      --cache                  skip files unchanged since the last run with --cache (their
                               findings are kept in .luxlintcache: rule, place and matched
                               phrase, never the rest of the text)
      --cache-location <file>  keep the cache in this file instead (implies --cache)
Adoption:
      --baseline <file>        only findings not in this baseline count
      --baseline-write <file>  record the current findings as the baseline
      --changed-since <ref>    only findings on lines added since a git ref
Fixing:
      --fix                    apply safe fixes in place
      --fix-dry-run            print the safe fixes as a unified diff
Messages:
      --locale <code>          language of luxlint's own messages: en, fr or es (default:
                               LUXLINT_LOCALE, then LC_ALL, LC_MESSAGES, LANG; else en).
                               Findings follow the document's language; this help is English.
Other:
      --verbose                show stack traces of internal errors
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 nothing at or above the --fail-on level, 1 findings, 2 usage, config or I/O error.`

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        'stdin-filename': {type: 'string'},
        'file-list': {type: 'string'},
        profile: {type: 'string'},
        config: {type: 'string', short: 'c'},
        'no-config': {type: 'boolean'},
        quiet: {type: 'boolean', short: 'q'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        progress: {type: 'boolean'},
        'no-progress': {type: 'boolean'},
        verbose: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
        'fail-on': {type: 'string'},
        'max-warnings': {type: 'string'},
        'output-file': {type: 'string', short: 'o'},
        redact: {type: 'boolean'},
        fix: {type: 'boolean'},
        'fix-dry-run': {type: 'boolean'},
        baseline: {type: 'string'},
        'baseline-write': {type: 'string'},
        'changed-since': {type: 'string'},
        'report-unused-disable': {type: 'boolean'},
        cache: {type: 'boolean'},
        'cache-location': {type: 'string'},
        title: {type: 'string'},
        previous: {type: 'string'},
        port: {type: 'string'},
        host: {type: 'string'},
        locale: {type: 'string'}
      }
    })
  } catch (error) {
    throw new UsageError(parseError(error as Error & {code?: string}))
  }
  const {values, positionals} = parsed
  let command: Command = 'lint'
  let operands = positionals
  if (positionals.length && (commands as readonly string[]).includes(positionals[0])) {
    command = positionals[0] as Command
    operands = positionals.slice(1)
  }
  const format = (values.format ?? 'stylish') as OutputFormat
  if (command === 'report') {
    if (values.format !== undefined && !['html', 'markdown'].includes(values.format)) throw new UsageError(t().reportFormat(values.format))
  } else if (!formats.includes(format)) throw new UsageError(t().unknownFormat(String(values.format), [...formats]))
  const failOn = (values['fail-on'] ?? 'warning') as FailLevel
  if (!failLevels.includes(failOn)) throw new UsageError(t().failOn(String(values['fail-on'])))
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UsageError(t().maxWarnings(values['max-warnings']))
    maxWarnings = Number(values['max-warnings'])
  }
  if (values.config !== undefined && values['no-config']) throw new UsageError(t().configAndNoConfig)
  if (values.fix && values['fix-dry-run']) throw new UsageError(t().fixAndDryRun)
  for (const [name, value] of Object.entries({config: values.config, 'output-file': values['output-file'], baseline: values.baseline, 'baseline-write': values['baseline-write'], 'changed-since': values['changed-since'], 'file-list': values['file-list'], 'cache-location': values['cache-location']})) {
    if (value === '') throw new UsageError(t().expectsValue(`--${name}`))
  }
  let port: number | undefined
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) throw new UsageError(t().port(values.port))
    port = Number(values.port)
  }
  return {
    command,
    title: values.title,
    previous: values.previous,
    port,
    host: values.host,
    operands,
    format,
    formatGiven: values.format !== undefined,
    stdinFilename: values['stdin-filename'],
    fileList: values['file-list'],
    profile: values.profile,
    config: values.config,
    noConfig: values['no-config'] ?? false,
    color: values['no-color'] ? false : values.color,
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    failOn,
    maxWarnings,
    outputFile: values['output-file'],
    redact: values.redact ?? false,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    baseline: values.baseline,
    baselineWrite: values['baseline-write'],
    changedSince: values['changed-since'],
    reportUnusedDisable: values['report-unused-disable'] ?? false,
    cache: (values.cache ?? false) || values['cache-location'] !== undefined,
    cacheLocation: values['cache-location'],
    progress: values['no-progress'] ? false : values.progress,
    locale: values.locale
  }
}

/** util.parseArgs' error in the chosen language: the option it names is in single quotes. */
function parseError(error: Error & {code?: string}): string {
  const english = String(error.message).split('\n')[0].replace(/\. To specify.*$/, '')
  const option = /'([^']+)'/.exec(english)?.[1]
  if (option === undefined) return english
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t().unknownOption(option)
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing$/.test(english)) return t().missingValue(option)
  return english
}
