import type {Messages} from './messages.js'

// Spanish counts only 1 as singular («0 errores», «1 error», «2 errores»).
const s = (n: number, word: string, plural: string) => `${n} ${n === 1 ? word : plural}`
const q = (value: string) => `«${value}»`

export const es: Messages = {
  severity: {error: 'error', warning: 'advertencia', suggestion: 'sugerencia', info: 'info'},
  errors: (n) => s(n, 'error', 'errores'),
  warnings: (n) => s(n, 'advertencia', 'advertencias'),
  suggestions: (n) => s(n, 'sugerencia', 'sugerencias'),
  infos: (n) => `${n} info`,
  filesChecked: (checked, unreadable) =>
    `${s(checked, 'archivo revisado', 'archivos revisados')}${unreadable ? `, ${unreadable} ${unreadable === 1 ? 'no se pudo leer' : 'no se pudieron leer'}` : ''}`,
  inBaseline: (n) => `${n} en la línea base`,
  onUnchangedLines: (n) => `${n} en líneas sin cambios`,
  notCounted: (parts) => ` (sin contar: ${parts.join(', ')})`,
  findings: (total, counts, files, tail) => `✖ ${s(total, 'hallazgo', 'hallazgos')} (${counts.join(', ')}) en ${files}${tail}`,
  noFindings: (files, tail) => `✔ sin hallazgos en ${files}${tail}`,

  noSuchFile: 'no existe el archivo o directorio',
  permissionDenied: 'permiso denegado',
  isDirectory: 'es un directorio',
  notDirectory: 'un componente de la ruta no es un directorio',
  symlinkLoop: 'demasiados niveles de enlaces simbólicos',
  nameTooLong: 'nombre de archivo demasiado largo',
  binarySkipped: 'archivo binario, no es texto: omitido',
  invalidUtf8: (at) => `UTF-8 no válido en el byte ${at}: guarde el archivo en UTF-8 y vuelva a intentarlo`,
  tooBig: (mb, limit) => `el archivo ocupa ${mb} MB; el límite es de ${limit} MB`,
  noFilesMatch: 'ningún archivo coincide con este patrón',

  unknownLocale: (given, supported) => `idioma desconocido ${q(given)}: use uno de estos: ${supported.join(', ')}`,
  unknownOption: (option) => `opción desconocida ${option} (consulte luxlint --help)`,
  missingValue: (option) => `la opción ${option} requiere un valor`,
  unknownFormat: (given, formats) => `formato desconocido ${q(given)}: use uno de estos: ${formats.join(', ')}`,
  reportFormat: (given) => `luxlint report genera html o markdown, no ${q(given)}`,
  failOn: (given) => `--fail-on admite error, warning o suggestion, no ${q(given)}`,
  maxWarnings: (given) => `--max-warnings requiere un número entero, no ${q(given)}`,
  configAndNoConfig: '--config y --no-config no se pueden usar juntos',
  fixAndDryRun: '--fix y --fix-dry-run no se pueden usar juntos',
  expectsValue: (option) => `${option} requiere un valor`,
  port: (given) => `--port requiere un número de puerto, no ${q(given)}`,
  unknownProfile: (given, profiles) => `perfil desconocido ${q(given)}: use uno de estos: ${profiles.join(', ')}`,
  rulesFormat: 'luxlint rules muestra una tabla, o JSON con --format json',
  initTakesNoPaths: 'init no admite rutas; ejecútelo en la carpeta que debe contener .luxlintrc.yaml',
  serveTakesNoPaths: 'serve no admite rutas',
  noInput: 'nada que revisar: indique archivos, directorios o patrones glob, o - para la entrada estándar (consulte luxlint --help)',
  fileListEmpty: (file) => `la lista de archivos ${file} está vacía`,
  stdinTwice: 'la entrada estándar no puede ser a la vez la lista de archivos y un documento',
  redactWithDiff: '--redact no se puede usar con --fix-dry-run: un diff muestra el texto',
  fixStdin: '--fix no puede reescribir la entrada estándar; use --fix-dry-run para ver los cambios',
  cannotWrite: (file, reason) => `no se puede escribir ${file}: ${reason}`,
  internalError: (message) => `error interno: ${message}`,

  baselineMissing: (file) => `línea base ${file}: no existe el archivo (créelo con --baseline-write)`,
  baselineUnreadable: (file) => `línea base ${file}: no se puede leer`,
  baselineNotJson: (file) => `línea base ${file}: JSON no válido`,
  baselineShape: (file) => `línea base ${file}: se esperaba {"version": 1, "findings": [{"file", "ruleId", "fingerprint"}]}`,
  cannotWriteBaseline: (file, reason) => `no se puede escribir la línea base ${file}: ${reason}`,
  notAGitRef: (ref) => `--changed-since: ${q(ref)} no es una referencia de git`,
  gitMissing: '--changed-since necesita git, y git no está instalado',
  notInGitRepository: '--changed-since: la carpeta no está dentro de un repositorio git',
  unknownGitRef: (ref) => `--changed-since: referencia de git desconocida ${q(ref)}`,
  gitDiffFailed: (file, detail) => `--changed-since: git diff falló para ${file}: ${detail}`,

  notChecked: (files) => ` — ${s(files, 'archivo sin revisar', 'archivos sin revisar')}`,
  changedOnDisk: 'cambió en el disco mientras luxlint lo corregía; no se escribió, vuelva a ejecutar --fix',

  explainNeedsQuery: 'explain requiere el identificador de una regla o una expresión, por ejemplo luxlint explain child-pornography',
  noRuleOrPhrase: (query, near) => `no hay ninguna regla ni expresión ${q(query)}${near ? `; ¿quiso decir ${q(near)}?` : ''} (luxlint rules las muestra todas)`,
  configExists: (name) => `${name} ya existe aquí; no se sobrescribe`,
  wroteConfig: (profile) => `Se escribió .luxlintrc.yaml (perfil: ${profile}).`,
  portInUse: (port) => `el puerto ${port} está en uso; elija otro con --port`,
  listeningOnNetwork: (host) => `escuchando en ${host}: otros ordenadores pueden acceder a la página`,
  checkerPageAt: (url) => `la página de revisión está en ${url} (Ctrl+C para detener)`,
  wroteReport: (file) => `se escribió el informe en ${file}`,
  previousMissing: (file) => `--previous ${file}: no existe el archivo`,
  previousUnreadable: (file) => `--previous ${file}: no se puede leer`,
  previousNotHtmlReport: (file) => `--previous ${file}: no es un informe HTML de luxlint`,
  previousNotJson: (file) => `--previous ${file}: JSON no válido`,
  previousShape: (file) => `--previous ${file}: se esperaba la salida de luxlint --format json, una línea base o un informe HTML`,

  wroteBaseline: (n, file) => `${s(n, 'hallazgo guardado', 'hallazgos guardados')} en la línea base ${file}`,
  fixed: (findings, files) => `${s(findings, 'hallazgo corregido', 'hallazgos corregidos')} en ${s(files, 'archivo', 'archivos')}`,
  wroteReviewedCopy: (copy, changes, comments, original) =>
    `se escribió ${copy} con ${s(changes, 'cambio con seguimiento', 'cambios con seguimiento')} y ${s(comments, 'comentario', 'comentarios')}; ${original} no se ha modificado`
}
