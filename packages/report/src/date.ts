/** A report date as text: ISO day and time in UTC for a Date, the string as given otherwise. */
export function dateText(date: string | Date | undefined): string {
  if (date === undefined) return ''
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? '' : date.toISOString().replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC')
  return String(date)
}
