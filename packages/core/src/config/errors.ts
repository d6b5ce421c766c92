/** A configuration problem: names the file, the key and what was expected. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string | undefined,
    message: string
  ) {
    super(`${file}${key ? `: ${key}` : ''}: ${message}`)
    this.name = 'ConfigError'
  }
}
