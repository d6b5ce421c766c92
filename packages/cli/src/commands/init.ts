import fs from 'node:fs'
import path from 'node:path'
import {profiles} from '@luxlint/core'
import {configNames} from '@luxlint/core/config'
import {UsageError} from '../errors.js'
import {writeAtomic} from '../write.js'
import {t} from '../locale/index.js'

/** The commented starter config for a profile. Every line is valid against the schema. */
export function starterConfig(profile: string): string {
  const others = Object.entries(profiles)
    .map(([name, p]) => `#   ${name.padEnd(11)} ${p.description}`)
    .join('\n')
  return `# luxlint configuration: https://github.com/luxlint/luxlint/blob/main/packages/cli/README.md
# yaml-language-server: $schema=./node_modules/@luxlint/cli/schema/luxlintrc.schema.json

# Which policy table decides severities. Profiles:
${others}
profile: ${profile}

# Change the severity of a rule (error, warning, suggestion, info, off). \`luxlint rules\` lists them.
rules: {}
#   sextortion: "off"

# Phrases accepted anywhere, e.g. the exact title of a statute your text must quote.
allow: []
#   - Protection of Children Against Sexual Exploitation Act

# Your own terms: literal phrases, with what to write instead.
terms: []
#   - id: house-style-csam
#     phrases: [CSAM images]
#     alternatives: [child sexual abuse material]
#     message: Our style guide spells the term out.

# Different settings for some files (globs relative to this file).
overrides: []
#   - files: ["quotes/**/*.md"]
#     profile: journalism
`
}

/** `luxlint init`: write .luxlintrc.yaml in `cwd`, never over an existing config. */
export function init(cwd: string, profile = 'default'): string {
  if (!profiles[profile]) throw new UsageError(t().unknownProfile(profile, Object.keys(profiles)))
  for (const name of configNames) {
    const existing = path.join(cwd, name)
    if (!fs.existsSync(existing)) continue
    if (name === 'package.json') {
      try {
        if (JSON.parse(fs.readFileSync(existing, 'utf8'))?.luxlint === undefined) continue
      } catch {
        continue
      }
    }
    throw new UsageError(t().configExists(name))
  }
  const file = path.join(cwd, '.luxlintrc.yaml')
  writeAtomic(file, starterConfig(profile))
  return `${t().wroteConfig(profile)}\n`
}
