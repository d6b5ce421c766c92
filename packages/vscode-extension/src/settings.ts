import {profiles, type Severity} from '@luxlint/core'

/** One setting as VS Code's `contributes.configuration` describes it (a JSON Schema subset). */
export interface SettingSpec {
  type: 'boolean' | 'string' | 'array' | 'object'
  default: unknown
  markdownDescription: string
  scope: 'application' | 'window' | 'resource'
  enum?: string[]
  markdownEnumDescriptions?: string[]
  items?: {type: 'string'}
  additionalProperties?: {type: 'string'; enum: string[]}
}

const severities: Severity[] = ['error', 'warning', 'suggestion', 'info', 'off']
const profileNames = Object.keys(profiles)

/**
 * Every luxlint setting, declared once. `scripts/build.mjs` writes them into package.json's
 * `contributes.configuration`; a test keeps the two in step. Profile names and descriptions come
 * from core so the settings UI never offers a profile the engine does not know.
 */
export const settings: Record<string, SettingSpec> = {
  enable: {
    type: 'boolean',
    default: true,
    scope: 'resource',
    markdownDescription: 'Check documents with luxlint. Turn off for a folder to silence it there.'
  },
  profile: {
    type: 'string',
    // Empty leaves the choice to the project's config file (`.luxlintrc.json`, …), else `default`.
    default: '',
    enum: ['', ...profileNames],
    markdownEnumDescriptions: [
      'Use the profile of the project’s luxlint config file, or `default` when there is none.',
      ...profileNames.map((name) => profiles[name].description)
    ],
    scope: 'resource',
    markdownDescription: 'How loudly findings are reported in quotations, mentions and citations. Overrides the config file’s `profile` when set.'
  },
  rules: {
    type: 'object',
    default: {},
    additionalProperties: {type: 'string', enum: severities},
    scope: 'resource',
    markdownDescription:
      'Severity per rule id, on top of the profile and the config file, e.g. `{"sextortion": "off", "child-pornography": "error"}`. Rule ids are listed by **luxlint: Show all rules**.'
  },
  languages: {
    type: 'array',
    default: [],
    items: {type: 'string'},
    scope: 'window',
    markdownDescription:
      'More language ids to check as plain text, e.g. `["latex", "restructuredtext"]`. Markdown, HTML and plain text are always checked.'
  },
  allow: {
    type: 'array',
    default: [],
    items: {type: 'string'},
    scope: 'resource',
    markdownDescription: 'Phrases never to report, e.g. a product name that contains a discouraged word. Added to the config file’s `allow` list.'
  },
  'trace.server': {
    type: 'string',
    default: 'off',
    enum: ['off', 'messages', 'verbose'],
    markdownEnumDescriptions: ['The name of each message (as `messages`).', 'The name of each message.', 'Each message with its parameters.'],
    scope: 'window',
    markdownDescription:
      'How much of the traffic between VS Code and the luxlint server to log when the **luxlint** output channel’s log level is Trace (**Developer: Set Log Level…**). See `#luxlint.redactOutput#`.'
  },
  redactOutput: {
    type: 'boolean',
    default: true,
    scope: 'window',
    markdownDescription:
      'Replace the text of documents, and the terms matched in them, with `[redacted]` in the **luxlint** output channel and its trace, so a log can be shared without quoting the drafts it came from.'
  }
}
