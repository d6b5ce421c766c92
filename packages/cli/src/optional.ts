/**
 * Import a package the CLI needs only for some inputs (Word and PDF files, the web page, the
 * report). The bundled CLI runs inside a vm script, where `import()` needs the loader's help:
 * bin.js provides it as a global.
 */
export function importOptional<T>(specifier: string): Promise<T> {
  const loader = (globalThis as {__luxlint_import?: (specifier: string) => Promise<unknown>}).__luxlint_import
  return (loader ? loader(specifier) : import(specifier)) as Promise<T>
}
