import {en} from './en.js'
import {es} from './es.js'
import {fr} from './fr.js'
import type {Locale, Messages} from './messages.js'

const tables: Record<Locale, Messages> = {en, fr, es}

// One language per process (chosen once from argv and the environment, passed to workers), so
// the modules that word an error or a report read it here rather than threading it through
// every call.
let active: Locale = 'en'

export function setLocale(locale: Locale): void {
  active = locale
}

export function currentLocale(): Locale {
  return active
}

/** The messages of the active language. */
export function t(): Messages {
  return tables[active]
}

/** The messages of a given language (tests, tools). */
export function messagesFor(locale: Locale): Messages {
  return tables[locale]
}
