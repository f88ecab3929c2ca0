export type {Range} from './lib/sentences.js'
export {sentenceRanges} from './lib/sentences.js'
export {cjkNodes, parseCjk} from './lib/parse.js'
export {retextCjk} from './lib/plugin.js'
