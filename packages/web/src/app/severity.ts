import type {Finding} from './types.js'

/** A symbol for each severity, so the page never tells them apart by colour alone. */
export const severityIcon: Record<Finding['severity'], string> = {error: '✖', warning: '⚠', suggestion: '✎', info: 'ℹ'}
