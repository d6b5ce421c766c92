import fs from 'node:fs'

export function cliVersion(): string {
  return JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version as string
}
