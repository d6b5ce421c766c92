import path from 'node:path'
import type {LintOptions} from '@luxlint/core'
import {ConfigError, resolveConfig} from '@luxlint/core/config'
import type {CliArgs} from './args.js'
import {UsageError} from './errors.js'

/** Lint options for one document: its config file, then the command-line flags on top. */
export function optionsFor(documentPath: string, args: CliArgs, cwd: string): LintOptions {
  const overrides: LintOptions = {}
  if (args.profile) overrides.profile = args.profile
  try {
    const {options} = resolveConfig(path.resolve(cwd, documentPath), {
      config: args.config ? path.resolve(cwd, args.config) : undefined,
      noConfig: args.noConfig,
      overrides
    })
    return args.reportUnusedDisable ? {...options, reportUnusedDisable: true} : options
  } catch (error) {
    // Fail closed: a config we cannot read must not turn into a clean report.
    if (error instanceof ConfigError) throw new UsageError(relativeMessage(error.message, cwd))
    throw error
  }
}

function relativeMessage(message: string, cwd: string): string {
  return message.startsWith(cwd + path.sep) ? message.slice(cwd.length + 1) : message
}
