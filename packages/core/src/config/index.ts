// Node-only: config discovery reads files. Import from '@luxlint/core/config'.
export {ConfigError} from './errors.js'
export {validateConfig, toOptions, mergeOptions, type ConfigData} from './validate.js'
export {resolveConfig, findConfig, loadConfigFile, clearConfigCache, configNames, type ResolvedConfig, type ResolveOptions, type LoadedConfig} from './load.js'
export {closest, distance} from './distance.js'
