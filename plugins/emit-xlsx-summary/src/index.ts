export type {HeaderLanguage} from './lib/columns.js'
export type {Options} from './lib/workbook.js'
export {emitSummaryWorkbook, streamSummaryWorkbook} from './lib/workbook.js'
