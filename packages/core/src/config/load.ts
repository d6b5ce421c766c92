import fs from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import YAML from 'yaml'
import type {LintOptions} from '../types.js'
import {ConfigError} from './errors.js'
import {mergeOptions, toOptions, validateConfig, type ConfigData} from './validate.js'

/** Config file names, in the order they are looked for in each folder. */
export const configNames = ['.luxlintrc.json', '.luxlintrc.yaml', '.luxlintrc.yml', 'luxlint.config.json', 'package.json']

export interface LoadedConfig {
  file: string
  data: ConfigData
}

export interface ResolveOptions {
  /** Use this config file and no other. */
  config?: string
  /** Ignore every config file. */
  noConfig?: boolean
  /** Options that win over the config (command-line flags, editor settings). */
  overrides?: LintOptions
}

export interface ResolvedConfig {
  options: LintOptions
  /** The config file used, if any. */
  file: string | null
}

const byDirectory = new Map<string, LoadedConfig | null>()
const byFile = new Map<string, LoadedConfig | ConfigError>()

/** Forget cached config files (after one changed on disk). */
export function clearConfigCache(): void {
  byDirectory.clear()
  byFile.clear()
}

/**
 * Read and check one config file. Throws ConfigError. The answer is kept, a broken file's too:
 * every document under it asks again.
 */
export function loadConfigFile(file: string): LoadedConfig {
  const absolute = path.resolve(file)
  const cached = byFile.get(absolute)
  if (cached instanceof ConfigError) throw cached
  if (cached) return cached
  try {
    const loaded = readConfigFile(file, absolute)
    byFile.set(absolute, loaded)
    return loaded
  } catch (error) {
    if (error instanceof ConfigError) byFile.set(absolute, error)
    throw error
  }
}

function readConfigFile(file: string, absolute: string): LoadedConfig {
  let text: string
  try {
    text = fs.readFileSync(absolute, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigError(file, undefined, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read')
  }
  let parsed: unknown
  const name = path.basename(absolute)
  try {
    parsed = /\.ya?ml$/.test(name) ? YAML.parse(text) : JSON.parse(text)
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0]
    throw new ConfigError(file, undefined, `is not valid ${/\.ya?ml$/.test(name) ? 'YAML' : 'JSON'} (${first})`)
  }
  if (name === 'package.json') {
    parsed = (parsed as Record<string, unknown> | null)?.luxlint
    if (parsed === undefined) throw new ConfigError(file, 'luxlint', 'no "luxlint" key in this package.json')
  }
  return {file: absolute, data: validateConfig(parsed ?? {}, file)}
}

/** The nearest config file at or above `directory` (package.json only counts with a "luxlint" key). */
export function findConfig(directory: string): LoadedConfig | null {
  const dir = path.resolve(directory)
  if (byDirectory.has(dir)) return byDirectory.get(dir)!
  let found: LoadedConfig | null = null
  for (const name of configNames) {
    const candidate = path.join(dir, name)
    if (!fs.existsSync(candidate)) continue
    if (name === 'package.json') {
      try {
        if (JSON.parse(fs.readFileSync(candidate, 'utf8'))?.luxlint === undefined) continue
      } catch {
        continue
      }
    }
    found = loadConfigFile(candidate)
    break
  }
  if (!found) {
    const parent = path.dirname(dir)
    found = parent === dir ? null : findConfig(parent)
  }
  byDirectory.set(dir, found)
  return found
}

/**
 * The lint options for one document: its nearest config (or the forced one), with the
 * `overrides` whose globs match the document, then the caller's own options on top.
 */
export function resolveConfig(documentPath: string, options: ResolveOptions = {}): ResolvedConfig {
  const absolute = path.resolve(documentPath)
  const loaded = options.noConfig ? null : options.config ? loadConfigFile(options.config) : findConfig(path.dirname(absolute))
  let result: LintOptions = {}
  if (loaded) {
    const {overrides, ...base} = loaded.data
    result = toOptions(base)
    const relative = path.relative(path.dirname(loaded.file), absolute).split(path.sep).join('/')
    for (const override of overrides || []) {
      const {files, ...rest} = override
      if (picomatch(files, {dot: true, matchBase: !files.some((f) => f.includes('/'))})(relative)) result = mergeOptions(result, toOptions(rest))
    }
  }
  if (options.overrides) result = mergeOptions(result, options.overrides)
  return {options: result, file: loaded ? loaded.file : null}
}
