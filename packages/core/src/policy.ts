import type {Confidence, Context, Severity, Status} from './types.js'

export type PolicyTable = Record<Exclude<Status, 'prefer'>, Record<Context, Severity>>

/**
 * Profiles: how loudly each status is reported in each context, for confirmed rules.
 * Unconfirmed rules are reported one step lower (error → warning → suggestion), never below
 * suggestion in the author's own voice.
 */
export const profiles: Record<string, {description: string; table: PolicyTable; strictBlocks?: boolean}> = {
  default: {
    description: 'Own words flagged; quotations, mentions and citations reported as information.',
    table: {
      avoid: {use: 'warning', quote: 'info', mention: 'info', citation: 'info'},
      caution: {use: 'suggestion', quote: 'info', mention: 'off', citation: 'off'}
    }
  },
  journalism: {
    description: 'Quotations tolerated (a source’s words are not changed); headlines, image alt text, titles and descriptions one step stricter.',
    strictBlocks: true,
    table: {
      avoid: {use: 'warning', quote: 'info', mention: 'info', citation: 'info'},
      caution: {use: 'suggestion', quote: 'off', mention: 'off', citation: 'off'}
    }
  },
  legal: {
    description: 'Citations of instruments and offences silent; operative text strict.',
    table: {
      avoid: {use: 'error', quote: 'info', mention: 'info', citation: 'off'},
      caution: {use: 'suggestion', quote: 'off', mention: 'off', citation: 'off'}
    }
  },
  advocacy: {
    description: 'Strictest: campaign and advocacy copy; quotations reported as warnings so each gets a note.',
    strictBlocks: true,
    table: {
      avoid: {use: 'error', quote: 'warning', mention: 'suggestion', citation: 'info'},
      caution: {use: 'warning', quote: 'suggestion', mention: 'info', citation: 'info'}
    }
  }
}

const order: Severity[] = ['off', 'info', 'suggestion', 'warning', 'error']

export function rank(severity: Severity): number {
  return order.indexOf(severity)
}

export function stronger(a: Severity, b: Severity): Severity {
  return rank(a) >= rank(b) ? a : b
}

export interface PolicyInput {
  status: Status
  confidence: Confidence
  context: Context
  /** The finding is in a headline, alt text, title or description. */
  prominent: boolean
  /** A severity the user set for this rule. */
  override?: Severity
  profile?: string
  cells?: Partial<Record<Status, Partial<Record<Context, Severity>>>>
}

export function decideSeverity(input: PolicyInput): Severity {
  if (input.status === 'prefer') return 'off'
  if (input.override === 'off') return 'off'
  const profile = profiles[input.profile || 'default'] || profiles.default
  let severity: Severity = input.cells?.[input.status]?.[input.context] ?? profile.table[input.status][input.context]
  if (input.confidence === 'unconfirmed' && rank(severity) > rank('suggestion')) severity = order[rank(severity) - 1]
  if (profile.strictBlocks && input.prominent && input.context === 'use' && severity !== 'off' && rank(severity) < rank('error')) {
    severity = order[rank(severity) + 1]
  }
  if (input.override && input.context === 'use') severity = input.override
  return severity
}
