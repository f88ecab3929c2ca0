export type {Options} from './lib/plugin.js'
export {default} from './lib/plugin.js'
export {defaultUnits, findIndicators} from './lib/indicators.js'
