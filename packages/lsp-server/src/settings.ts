import {findRule, profiles, type LintOptions, type Severity} from '@luxlint/core'

/** The `luxlint` settings section an editor sends (`workspace/configuration`). */
export interface Settings {
  /** Check documents at all. */
  enable: boolean
  /** Policy profile; undefined leaves the config file's choice. */
  profile?: string
  /** Severity overrides by rule id or alias. */
  rules: Record<string, Severity>
  /** Extra language ids to check as plain text. */
  languages: string[]
  /** Phrases to accept anywhere. */
  allow: string[]
}

export const defaultSettings: Settings = {enable: true, rules: {}, languages: [], allow: []}

const severities: Severity[] = ['error', 'warning', 'suggestion', 'info', 'off']

/**
 * Read the raw settings object. Wrong values are dropped (the rest still applies) and each is
 * described in `problems`, so one typo never switches the linter off.
 */
export function normalizeSettings(raw: unknown): {settings: Settings; problems: string[]} {
  const problems: string[] = []
  const settings: Settings = {...defaultSettings, rules: {}, languages: [], allow: []}
  if (raw === undefined || raw === null) return {settings, problems}
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {settings, problems: [`Unexpected luxlint settings: expected an object, found ${describe(raw)}`]}
  }
  const value = raw as Record<string, unknown>
  if (value.enable !== undefined) {
    if (typeof value.enable === 'boolean') settings.enable = value.enable
    else problems.push(`Unexpected luxlint.enable: expected true or false, found ${describe(value.enable)}`)
  }
  if (value.profile !== undefined && value.profile !== null && value.profile !== '') {
    if (typeof value.profile === 'string' && profiles[value.profile]) settings.profile = value.profile
    else problems.push(`Unexpected luxlint.profile: expected one of ${Object.keys(profiles).join(', ')}, found ${describe(value.profile)}`)
  }
  if (value.rules !== undefined && value.rules !== null) {
    if (typeof value.rules !== 'object' || Array.isArray(value.rules)) {
      problems.push(`Unexpected luxlint.rules: expected an object of rule ids to severities, found ${describe(value.rules)}`)
    } else {
      for (const [id, severity] of Object.entries(value.rules)) {
        if (!severities.includes(severity as Severity)) problems.push(`Unexpected luxlint.rules.${id}: expected one of ${severities.join(', ')}, found ${describe(severity)}`)
        else if (!findRule(id)) problems.push(`Unexpected luxlint.rules.${id}: unknown rule id`)
        else settings.rules[id] = severity as Severity
      }
    }
  }
  settings.languages = stringList(value.languages, 'languages', problems)
  settings.allow = stringList(value.allow, 'allow', problems)
  return {settings, problems}
}

/** The part of the settings that goes on top of the config file (`resolveConfig(path, {overrides})`). */
export function toOverrides(settings: Settings): LintOptions {
  const overrides: LintOptions = {}
  if (settings.profile) overrides.profile = settings.profile
  if (Object.keys(settings.rules).length > 0) overrides.rules = {...settings.rules}
  if (settings.allow.length > 0) overrides.allow = [...settings.allow]
  return overrides
}

function stringList(value: unknown, key: string, problems: string[]): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    problems.push(`Unexpected luxlint.${key}: expected a list of strings, found ${describe(value)}`)
    return []
  }
  const good = value.filter((item): item is string => typeof item === 'string' && item.trim() !== '')
  if (good.length !== value.length) problems.push(`Unexpected luxlint.${key}: expected a list of non-empty strings; ignored ${value.length - good.length} other value(s)`)
  return good
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'null'
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${JSON.stringify(value)}`
}
