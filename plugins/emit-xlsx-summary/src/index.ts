export type {HeaderLanguage} from './lib/columns.js'
export type {Options, SummaryCollector} from './lib/workbook.js'
export {collectSummaryWorkbook, emitSummaryWorkbook, streamSummaryWorkbook} from './lib/workbook.js'
