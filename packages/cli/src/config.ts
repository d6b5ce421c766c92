import path from 'node:path'
import type {LintOptions} from '@luxlint/core'
import {ConfigError, resolveConfig} from '@luxlint/core/config'
import type {CliArgs} from './args.js'
import {UsageError} from './errors.js'

/** A config file found for a document that cannot be used: that document is not checked. */
export interface BrokenConfig {
  /** The config file, relative to the working folder when inside it. */
  file: string
  /** One line naming the file, the key and what was expected. */
  message: string
}

/**
 * Lint options for one document: its config file, then the command-line flags on top; or the
 * broken config that keeps it from being checked. An explicit `--config` that cannot be used
 * applies to every document, so it ends the run (UsageError) instead.
 */
export function optionsFor(documentPath: string, args: CliArgs, cwd: string, absolute = path.resolve(cwd, documentPath)): {options: LintOptions} | {broken: BrokenConfig} {
  const overrides: LintOptions = {}
  if (args.profile) overrides.profile = args.profile
  try {
    const {options} = resolveConfig(absolute, {
      config: args.config ? path.resolve(cwd, args.config) : undefined,
      noConfig: args.noConfig,
      overrides
    })
    return {options: args.reportUnusedDisable ? {...options, reportUnusedDisable: true} : options}
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    const message = relativeMessage(error.message, cwd)
    if (args.config) throw new UsageError(message)
    // Fail closed for the files under it only: they get an error, never a clean report.
    return {broken: {file: relativeMessage(error.file, cwd), message}}
  }
}

function relativeMessage(message: string, cwd: string): string {
  return message.startsWith(cwd + path.sep) ? message.slice(cwd.length + 1) : message
}
