import {findRule} from '../compile.js'
import {profiles} from '../policy.js'
import type {Context, CustomTerm, LintOptions, Severity, Status} from '../types.js'
import {closest} from './distance.js'
import {ConfigError} from './errors.js'

/** What a config file may contain (data only: nothing in it is ever executed). */
export interface ConfigData {
  profile?: string
  rules?: Record<string, Severity>
  allow?: string[]
  terms?: CustomTerm[]
  policy?: Partial<Record<Status, Partial<Record<Context, Severity>>>>
  language?: string
  overrides?: Array<{files: string[]} & Omit<ConfigData, 'overrides'>>
}

const severities: Severity[] = ['error', 'warning', 'suggestion', 'info', 'off']
const statuses: Status[] = ['avoid', 'caution']
const contexts: Context[] = ['use', 'citation', 'mention', 'quote']
const topKeys = ['$schema', 'profile', 'rules', 'allow', 'terms', 'policy', 'language', 'overrides']
const languages = ['en', 'fr', 'es', 'auto']

const kind = (value: unknown) => (Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`)

/** Check a parsed config; throws ConfigError naming the first problem. */
export function validateConfig(data: unknown, file: string, prefix = ''): ConfigData {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError(file, prefix || undefined, `expected an object, found ${kind(data)}`)
  }
  const config = data as Record<string, unknown>
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key)
  for (const key of Object.keys(config)) {
    if (!topKeys.includes(key) || (prefix && key === 'overrides')) {
      const near = closest(key, topKeys)
      throw new ConfigError(file, at(key), `unknown key${near ? `; did you mean "${near}"?` : `; expected one of ${topKeys.slice(1).join(', ')}`}`)
    }
  }
  if (config.profile !== undefined && (typeof config.profile !== 'string' || !profiles[config.profile])) {
    throw new ConfigError(file, at('profile'), `expected one of ${Object.keys(profiles).join(', ')}, found ${kind(config.profile)}`)
  }
  if (config.language !== undefined && (typeof config.language !== 'string' || !languages.includes(config.language))) {
    throw new ConfigError(file, at('language'), `expected one of ${languages.join(', ')}, found ${kind(config.language)}`)
  }
  const customIds = new Set<string>()
  if (config.terms !== undefined) {
    if (!Array.isArray(config.terms)) throw new ConfigError(file, at('terms'), `expected a list of terms, found ${kind(config.terms)}`)
    config.terms.forEach((term: unknown, index) => {
      const key = at(`terms[${index}]`)
      if (typeof term !== 'object' || term === null || Array.isArray(term)) throw new ConfigError(file, key, `expected an object with id and phrases, found ${kind(term)}`)
      const t = term as Record<string, unknown>
      for (const field of Object.keys(t)) {
        if (!['id', 'phrases', 'alternatives', 'message', 'status', 'severity'].includes(field)) throw new ConfigError(file, `${key}.${field}`, 'unknown key; expected id, phrases, alternatives, message, status or severity')
      }
      if (typeof t.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t.id)) throw new ConfigError(file, `${key}.id`, `expected a kebab-case id, found ${kind(t.id)}`)
      if (findRule(t.id)) throw new ConfigError(file, `${key}.id`, `"${t.id}" is a built-in rule id; choose another id`)
      if (customIds.has(t.id)) throw new ConfigError(file, `${key}.id`, `"${t.id}" is used by another custom term; ids must be unique`)
      customIds.add(t.id)
      if (!Array.isArray(t.phrases) || t.phrases.length === 0 || !t.phrases.every((p) => typeof p === 'string' && p.trim())) {
        throw new ConfigError(file, `${key}.phrases`, 'expected a non-empty list of literal phrases')
      }
      for (const phrase of t.phrases as string[]) {
        if (!/[\p{L}\p{N}]/u.test(phrase)) throw new ConfigError(file, `${key}.phrases`, `phrase "${phrase}" has no words; a phrase is one or more words`)
        const odd = [...new Set(phrase.replace(/[\p{L}\p{M}\p{N}\s'’-]/gu, ''))]
        if (odd.length) throw new ConfigError(file, `${key}.phrases`, `phrase "${phrase.slice(0, 40)}" has characters luxlint matches only as word gaps (${odd.join(' ')}); phrases are literal words, spaces, hyphens and apostrophes`)
        if (phrase.length > 200 || phrase.trim().split(/\s+/).length > 12) throw new ConfigError(file, `${key}.phrases`, `phrase "${phrase.slice(0, 40)}…" is too long; a phrase has at most 12 words`)
      }
      if (t.alternatives !== undefined && (!Array.isArray(t.alternatives) || !t.alternatives.every((a) => typeof a === 'string'))) throw new ConfigError(file, `${key}.alternatives`, 'expected a list of strings')
      if (t.message !== undefined && typeof t.message !== 'string') throw new ConfigError(file, `${key}.message`, `expected a string, found ${kind(t.message)}`)
      if (t.status !== undefined && !['avoid', 'caution'].includes(t.status as string)) throw new ConfigError(file, `${key}.status`, `expected avoid or caution, found ${kind(t.status)}`)
      if (t.severity !== undefined && !severities.includes(t.severity as Severity)) throw new ConfigError(file, `${key}.severity`, `expected one of ${severities.join(', ')}, found ${kind(t.severity)}`)
    })
  }
  if (config.rules !== undefined) {
    if (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules)) throw new ConfigError(file, at('rules'), `expected an object of rule ids to severities, found ${kind(config.rules)}`)
    for (const [id, severity] of Object.entries(config.rules)) {
      if (!findRule(id) && !customIds.has(id)) throw new ConfigError(file, at(`rules.${id}`), `unknown rule id; run \`luxlint rules\` to list them`)
      if (!severities.includes(severity as Severity)) throw new ConfigError(file, at(`rules.${id}`), `expected one of ${severities.join(', ')}, found ${kind(severity)}`)
    }
  }
  if (config.allow !== undefined && (!Array.isArray(config.allow) || !config.allow.every((a) => typeof a === 'string' && a.trim()))) {
    throw new ConfigError(file, at('allow'), 'expected a list of phrases')
  }
  if (config.policy !== undefined) {
    if (typeof config.policy !== 'object' || config.policy === null || Array.isArray(config.policy)) throw new ConfigError(file, at('policy'), `expected an object such as {"avoid": {"quote": "warning"}}, found ${kind(config.policy)}`)
    for (const [status, row] of Object.entries(config.policy)) {
      if (!statuses.includes(status as Status)) throw new ConfigError(file, at(`policy.${status}`), 'unknown status; expected avoid or caution')
      if (typeof row !== 'object' || row === null) throw new ConfigError(file, at(`policy.${status}`), `expected an object of contexts, found ${kind(row)}`)
      for (const [context, severity] of Object.entries(row as object)) {
        if (!contexts.includes(context as Context)) throw new ConfigError(file, at(`policy.${status}.${context}`), `unknown context; expected one of ${contexts.join(', ')}`)
        if (!severities.includes(severity as Severity)) throw new ConfigError(file, at(`policy.${status}.${context}`), `expected one of ${severities.join(', ')}, found ${kind(severity)}`)
      }
    }
  }
  if (config.overrides !== undefined) {
    if (!Array.isArray(config.overrides)) throw new ConfigError(file, at('overrides'), `expected a list, found ${kind(config.overrides)}`)
    config.overrides.forEach((override: unknown, index) => {
      const key = `overrides[${index}]`
      if (typeof override !== 'object' || override === null) throw new ConfigError(file, key, `expected an object with files, found ${kind(override)}`)
      const {files, ...rest} = override as Record<string, unknown>
      if (!Array.isArray(files) || files.length === 0 || !files.every((f) => typeof f === 'string')) throw new ConfigError(file, `${key}.files`, 'expected a non-empty list of globs')
      validateConfig(rest, file, key)
    })
  }
  return config as ConfigData
}

/** The config as options for lint() (without overrides). */
export function toOptions(config: Omit<ConfigData, 'overrides'>): LintOptions {
  const options: LintOptions = {}
  if (config.profile) options.profile = config.profile
  if (config.rules) options.rules = {...config.rules}
  if (config.allow) options.allow = [...config.allow]
  if (config.terms) options.customTerms = config.terms.map((t) => ({...t}))
  if (config.policy) options.policy = structuredClone(config.policy)
  if (config.language && config.language !== 'auto') options.language = config.language
  return options
}

/** Merge `b` over `a`: scalars replace, maps merge, lists concatenate. */
export function mergeOptions(a: LintOptions, b: LintOptions): LintOptions {
  const merged: LintOptions = {...a, ...b}
  if (a.rules || b.rules) merged.rules = {...a.rules, ...b.rules}
  if (a.allow || b.allow) merged.allow = [...(a.allow || []), ...(b.allow || [])]
  if (a.customTerms || b.customTerms) merged.customTerms = [...(a.customTerms || []), ...(b.customTerms || [])]
  if (a.policy || b.policy) {
    merged.policy = {...a.policy}
    for (const [status, row] of Object.entries(b.policy || {})) {
      merged.policy[status as Status] = {...merged.policy[status as Status], ...row}
    }
  }
  return merged
}
