import path from 'node:path'
import {buildCorpus} from './corpus.mjs'
import {collectDocuments, debianSources, ensureDebianPackages, ensureNpmSource, localOrigin, realOrigins} from './sources.mjs'

/** Every --quick corpus file is every 25th document of the full list (about 1.2 MB). */
const quickEvery = 25

/** Sources → documents → injected corpus in the cache (reused when its inputs are unchanged). */
export function prepareCorpus({sourceDir, quick, seed, cacheDir, phrases, log}) {
  let origins
  if (sourceDir) origins = [localOrigin(path.resolve(sourceDir))]
  else {
    ensureDebianPackages(debianSources.map((s) => s.id), log)
    ensureNpmSource(path.join(cacheDir, 'npm-src'), log)
    origins = realOrigins(path.join(cacheDir, 'npm-src'))
  }
  let documents = collectDocuments(origins)
  if (quick && !sourceDir) documents = documents.filter((_, index) => index % quickEvery === 0)
  const label = sourceDir ? 'local' : quick ? 'quick' : 'full'
  const corpus = buildCorpus({documents, phrases, origins, cacheDir, seed, label})
  log(`corpus ${corpus.reused ? 'reused' : 'built'}: ${corpus.manifest.files} files, ${(corpus.manifest.bytes / 1e6).toFixed(2)} MB, ${corpus.manifest.injected} phrases injected, sha256 ${corpus.manifest.corpusSha256.slice(0, 16)}… in ${corpus.dir}`)
  return corpus
}
