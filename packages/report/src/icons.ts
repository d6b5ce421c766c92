import type {Severity} from './types.js'

/** A symbol per severity so it never rests on colour alone. */
export const severityIcon: Record<Severity, string> = {error: '✖', warning: '⚠', suggestion: '✎', info: 'ℹ'}

export const severityLabel: Record<Severity, string> = {error: 'error', warning: 'warning', suggestion: 'suggestion', info: 'info'}
