import type {OutputFormat} from '../args.js'
import {redactResults} from '../redact.js'
import {formatCheckstyle} from './checkstyle.js'
import {formatGithub} from './github.js'
import {formatGitlab} from './gitlab.js'
import {formatJson} from './json.js'
import {formatJunit} from './junit.js'
import {formatSarif} from './sarif.js'
import {formatStylish} from './stylish.js'
import type {FileResult} from './types.js'

export interface RenderOptions {
  format: OutputFormat
  color: boolean
  redact: boolean
}

/** The report in the chosen format; with `redact`, built from masked copies of the findings. */
export function render(results: FileResult[], options: RenderOptions): string {
  const {results: input, patterns} = options.redact ? redactResults(results) : {results, patterns: undefined}
  switch (options.format) {
    case 'json':
      return formatJson(input)
    case 'sarif':
      return formatSarif(input, {redactPatterns: patterns})
    case 'github':
      return formatGithub(input)
    case 'junit':
      return formatJunit(input)
    case 'checkstyle':
      return formatCheckstyle(input)
    case 'gitlab':
      return formatGitlab(input)
    default:
      return formatStylish(input, {color: options.color, redact: options.redact})
  }
}
