// The core as the page's own package resolves it, for tests that compare the page with it.
export {lint, applyFixes, allRules, profiles} from '@luxlint/core'
export {extractDocxText} from '@luxlint/documents'
