import {parseArgs} from 'node:util'
import {UsageError} from './errors.js'

export const formats = ['stylish', 'json'] as const
export type OutputFormat = (typeof formats)[number]

export interface CliArgs {
  operands: string[]
  format: OutputFormat
  stdinFilename?: string
  profile?: string
  color?: boolean
  quiet: boolean
  verbose: boolean
  help: boolean
  version: boolean
}

export const usage = `Usage: luxlint [options] [paths, directories or globs…]
       luxlint [options] -            read the document from stdin

Checks Markdown, HTML and text for discouraged terms for child sexual exploitation and abuse
(Luxembourg Guidelines) and says what to write instead.

Options:
  -f, --format <name>       output: stylish (default), json
      --stdin-filename <p>  name of the stdin document (chooses Markdown/HTML/text)
      --profile <name>      default, journalism, legal, advocacy
  -q, --quiet               report warnings and errors only
      --color / --no-color  force colour on or off
      --verbose             show stack traces of internal errors
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 nothing at warning or above, 1 findings, 2 usage or I/O error.`

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
        profile: {type: 'string'},
        quiet: {type: 'boolean', short: 'q'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        verbose: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw new UsageError(String((error as Error).message).split('\n')[0].replace(/\. To specify.*$/, ''))
  }
  const {values, positionals} = parsed
  const format = (values.format ?? 'stylish') as OutputFormat
  if (!formats.includes(format)) throw new UsageError(`unknown format "${values.format}": use one of ${formats.join(', ')}`)
  return {
    operands: positionals,
    format,
    stdinFilename: values['stdin-filename'],
    profile: values.profile,
    color: values['no-color'] ? false : values.color,
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  }
}
