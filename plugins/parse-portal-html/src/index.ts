export type {Options} from './lib/plugin.js'
export {default, default as parsePortalHtml} from './lib/plugin.js'
