export type {Options} from './lib/plugin.js'
export {default} from './lib/plugin.js'
