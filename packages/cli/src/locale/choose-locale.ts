import {locales, type Locale} from './messages.js'

export interface LocaleChoice {
  locale: Locale
  /** An explicit setting (`--locale`, `LUXLINT_LOCALE`) that names no supported language. */
  unknown?: {given: string; from: '--locale' | 'LUXLINT_LOCALE'}
}

/** `fr`, `fr-FR`, `fr_FR.UTF-8`, `FR` → `fr`; anything else → undefined. */
export function parseLocale(value: string): Locale | undefined {
  const language = value.trim().toLowerCase().split(/[-_.@]/)[0]
  return (locales as readonly string[]).includes(language) ? (language as Locale) : undefined
}

/**
 * The language of luxlint's own messages: `--locale`, then `LUXLINT_LOCALE`, then the POSIX
 * message locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, first one set), else English. An explicit
 * setting we cannot honour is an error the caller reports; a system locale we have no
 * translation for (de_DE, C) quietly means English, as it does for other command-line tools.
 */
export function chooseLocale(flag: string | undefined, env: Record<string, string | undefined>): LocaleChoice {
  const system = env.LC_ALL || env.LC_MESSAGES || env.LANG
  const fallback = (system && parseLocale(system)) || 'en'
  for (const [from, value] of [['--locale', flag], ['LUXLINT_LOCALE', env.LUXLINT_LOCALE]] as const) {
    if (value === undefined || (from === 'LUXLINT_LOCALE' && value === '')) continue
    const locale = parseLocale(value)
    return locale ? {locale} : {locale: fallback, unknown: {given: value, from}}
  }
  return {locale: fallback}
}

/**
 * The `--locale` value in raw arguments (`--locale fr`, `--locale=fr`), read before the
 * arguments are parsed so that errors about the other arguments are already in that language.
 */
export function localeFlag(argv: string[]): string | undefined {
  let found: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') break
    if (arg === '--locale' && i + 1 < argv.length) found = argv[++i]
    else if (arg.startsWith('--locale=')) found = arg.slice('--locale='.length)
  }
  return found
}
