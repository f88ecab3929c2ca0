export type {Options} from './lib/plugin.js'
export {emitJson, emitJson as default} from './lib/plugin.js'
export {toNormalizedReport} from './lib/normalize.js'
export type {
  NormalizedAsset,
  NormalizedMeta,
  NormalizedReport,
  NormalizedSection,
  NormalizedSignature,
  NormalizedSource,
  NormalizedTable
} from './lib/types.js'
