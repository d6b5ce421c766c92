import {lint, type Format, type LintOptions, type LuxlintMessage} from '@luxlint/core'
import {ConfigError, resolveConfig} from '@luxlint/core/config'

export interface LintResult {
  messages: LuxlintMessage[]
  /** The config file that applied, if any. */
  configFile: string | null
  /** A broken config file: the document was checked with the defaults (plus settings) instead. */
  configError?: string
}

/**
 * The one call into core, the same path the CLI takes: config discovery for the document's
 * path, editor settings on top, then lint(). This is where an incremental path will plug in.
 */
export function lintDocument(text: string, format: Format, filePath: string | undefined, overrides: LintOptions): LintResult {
  let options: LintOptions = overrides
  let configFile: string | null = null
  let configError: string | undefined
  if (filePath) {
    try {
      const resolved = resolveConfig(filePath, {overrides})
      options = resolved.options
      configFile = resolved.file
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      configError = error.message
    }
  }
  const messages = lint(text, {...options, format, path: filePath})
  return configError ? {messages, configFile, configError} : {messages, configFile}
}
