// Shared with the language server's bundle: the code lives in the root scripts/bundle folder.
export {deferred, deferredModules, deferredSource} from '../../../scripts/bundle/deferred-modules.mjs'
