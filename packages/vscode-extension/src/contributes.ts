import {commands} from './commands.js'
import {settings} from './settings.js'

/** package.json's `contributes`, generated from the declarations in settings.ts and commands.ts. */
export function contributes() {
  const properties: Record<string, unknown> = {}
  Object.entries(settings).forEach(([key, spec], order) => {
    properties[`luxlint.${key}`] = {order, ...spec}
  })
  return {
    configuration: {title: 'luxlint', properties},
    commands: Object.values(commands).map(({id, title}) => ({command: id, title, category: 'luxlint'}))
  }
}
