import type {Messages} from './messages.js'

// French counts 0 and 1 as singular (« 0 erreur », « 1 erreur », « 2 erreurs »).
const s = (n: number, word: string, plural = word + 's') => `${n} ${n <= 1 ? word : plural}`
const q = (value: string) => `« ${value} »`

export const fr: Messages = {
  severity: {error: 'erreur', warning: 'avertissement', suggestion: 'suggestion', info: 'info'},
  errors: (n) => s(n, 'erreur'),
  warnings: (n) => s(n, 'avertissement'),
  suggestions: (n) => s(n, 'suggestion'),
  infos: (n) => `${n} info`,
  filesChecked: (checked, unreadable) =>
    `${s(checked, 'fichier vérifié', 'fichiers vérifiés')}${unreadable ? `, ${unreadable} ${unreadable === 1 ? "n'a pas pu être lu" : "n'ont pas pu être lus"}` : ''}`,
  inBaseline: (n) => `${n} dans la base de référence`,
  onUnchangedLines: (n) => `${n} sur des lignes inchangées`,
  notCounted: (parts) => ` (hors décompte : ${parts.join(', ')})`,
  findings: (total, counts, files, tail) => `✖ ${s(total, 'signalement')} (${counts.join(', ')}) dans ${files}${tail}`,
  noFindings: (files, tail) => `✔ aucun signalement dans ${files}${tail}`,

  noSuchFile: 'fichier ou dossier introuvable',
  permissionDenied: 'permission refusée',
  isDirectory: "c'est un dossier",
  notDirectory: "un élément du chemin n'est pas un dossier",
  symlinkLoop: 'trop de niveaux de liens symboliques',
  nameTooLong: 'nom de fichier trop long',
  binarySkipped: 'fichier binaire, pas du texte : ignoré',
  invalidUtf8: (at) => `UTF-8 invalide à l'octet ${at} : enregistrez le fichier en UTF-8 et réessayez`,
  tooBig: (mb, limit) => `le fichier fait ${mb} Mo ; la limite est de ${limit} Mo`,
  noFilesMatch: 'aucun fichier ne correspond à ce motif',

  unknownLocale: (given, supported) => `langue inconnue ${q(given)} : choisissez parmi ${supported.join(', ')}`,
  unknownOption: (option) => `option inconnue ${option} (voir luxlint --help)`,
  missingValue: (option) => `l'option ${option} attend une valeur`,
  unknownFormat: (given, formats) => `format inconnu ${q(given)} : choisissez parmi ${formats.join(', ')}`,
  reportFormat: (given) => `luxlint report produit du html ou du markdown, pas ${q(given)}`,
  failOn: (given) => `--fail-on attend error, warning ou suggestion, pas ${q(given)}`,
  maxWarnings: (given) => `--max-warnings attend un nombre entier, pas ${q(given)}`,
  configAndNoConfig: '--config et --no-config ne peuvent pas être utilisés ensemble',
  fixAndDryRun: '--fix et --fix-dry-run ne peuvent pas être utilisés ensemble',
  expectsValue: (option) => `${option} attend une valeur`,
  port: (given) => `--port attend un numéro de port, pas ${q(given)}`,
  unknownProfile: (given, profiles) => `profil inconnu ${q(given)} : choisissez parmi ${profiles.join(', ')}`,
  rulesFormat: 'luxlint rules affiche un tableau, ou du JSON avec --format json',
  initTakesNoPaths: 'init ne prend pas de chemin ; lancez-le dans le dossier qui doit contenir .luxlintrc.yaml',
  serveTakesNoPaths: 'serve ne prend pas de chemin',
  noInput: "rien à vérifier : indiquez des fichiers, des dossiers ou des motifs glob, ou - pour l'entrée standard (voir luxlint --help)",
  fileListEmpty: (file) => `la liste de fichiers ${file} est vide`,
  stdinTwice: "l'entrée standard ne peut pas être à la fois la liste de fichiers et un document",
  redactWithDiff: '--redact ne peut pas être utilisé avec --fix-dry-run : un diff montre le texte',
  fixStdin: "--fix ne peut pas réécrire l'entrée standard ; utilisez --fix-dry-run pour voir les modifications",
  cannotWrite: (file, reason) => `impossible d'écrire ${file} : ${reason}`,
  internalError: (message) => `erreur interne : ${message}`,

  baselineMissing: (file) => `base de référence ${file} : fichier introuvable (créez-la avec --baseline-write)`,
  baselineUnreadable: (file) => `base de référence ${file} : lecture impossible`,
  baselineNotJson: (file) => `base de référence ${file} : JSON invalide`,
  baselineShape: (file) => `base de référence ${file} : format attendu {"version": 1, "findings": [{"file", "ruleId", "fingerprint"}]}`,
  cannotWriteBaseline: (file, reason) => `impossible d'écrire la base de référence ${file} : ${reason}`,
  notAGitRef: (ref) => `--changed-since : ${q(ref)} n'est pas une référence git`,
  gitMissing: "--changed-since a besoin de git, et git n'est pas installé",
  notInGitRepository: "--changed-since : le dossier n'est pas dans un dépôt git",
  unknownGitRef: (ref) => `--changed-since : référence git inconnue ${q(ref)}`,
  gitDiffFailed: (file, detail) => `--changed-since : échec de git diff pour ${file} : ${detail}`,

  notChecked: (files) => ` — ${s(files, 'fichier non vérifié', 'fichiers non vérifiés')}`,
  changedOnDisk: "modifié sur le disque pendant la correction ; non écrit, relancez --fix",

  explainNeedsQuery: "explain attend l'identifiant d'une règle ou une expression, par exemple luxlint explain child-pornography",
  noRuleOrPhrase: (query, near) => `aucune règle ni expression ${q(query)}${near ? ` ; vouliez-vous dire ${q(near)} ?` : ''} (luxlint rules les liste toutes)`,
  configExists: (name) => `${name} existe déjà ici ; il n'est pas remplacé`,
  wroteConfig: (profile) => `.luxlintrc.yaml écrit (profil : ${profile}).`,
  portInUse: (port) => `le port ${port} est occupé ; choisissez-en un autre avec --port`,
  listeningOnNetwork: (host) => `à l'écoute sur ${host} : d'autres ordinateurs peuvent accéder à la page`,
  checkerPageAt: (url) => `la page de vérification est à l'adresse ${url} (Ctrl+C pour arrêter)`,
  wroteReport: (file) => `rapport écrit dans ${file}`,
  previousMissing: (file) => `--previous ${file} : fichier introuvable`,
  previousUnreadable: (file) => `--previous ${file} : lecture impossible`,
  previousNotHtmlReport: (file) => `--previous ${file} : ce n'est pas un rapport HTML de luxlint`,
  previousNotJson: (file) => `--previous ${file} : JSON invalide`,
  previousShape: (file) => `--previous ${file} : attendu une sortie de luxlint --format json, une base de référence ou un rapport HTML`,

  wroteBaseline: (n, file) => `${s(n, 'signalement enregistré', 'signalements enregistrés')} dans la base de référence ${file}`,
  fixed: (findings, files) => `${s(findings, 'signalement corrigé', 'signalements corrigés')} dans ${s(files, 'fichier')}`,
  wroteReviewedCopy: (copy, changes, comments, original) =>
    `${copy} écrit avec ${s(changes, 'modification suivie', 'modifications suivies')} et ${s(comments, 'commentaire')} ; ${original} reste inchangé`
}
