/** What the status bar item says, e.g. "luxlint: 3 · journalism". */
export function statusText(findings: number, profile: string | undefined, enabled = true): string {
  if (!enabled) return 'luxlint: off'
  return profile ? `luxlint: ${findings} · ${profile}` : `luxlint: ${findings}`
}

/**
 * Its tooltip: the same facts in sentences, and what a click does. `notes` are the findings shown
 * as hints (quotations, citations, mentions), which the Problems panel does not list.
 */
export function statusTooltip(findings: number, notes: number, profile: string | undefined, enabled = true): string {
  if (!enabled) return 'luxlint is turned off (luxlint.enable). Click to open the Problems panel.'
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  const using = profile ? `the “${profile}” profile` : 'the profile of the config file, or default'
  const hinted = notes > 0 ? ` ${count(notes, 'note', 'notes')} on quotations, mentions or citations are shown as dotted hints.` : ''
  return `${count(findings, 'luxlint finding', 'luxlint findings')} in this document, with ${using}.${hinted} Click to open the Problems panel.`
}
