/**
 * The run's summary workbook: `Reports`, `Sections` and `Messages` sheets
 * built from per-document summary rows with SheetJS in batches, then put
 * together with frozen header rows (see `package.ts`).
 */
import type {DocumentSummary, HeadingRecord, MessageRecord} from '@baogao/core'
import {messageColumns, reportColumns, sectionColumns} from './columns.js'
import type {HeaderLanguage} from './columns.js'
import {writePackage} from './package.js'
import {SheetSeries, excelMaxRows} from './sheet-series.js'
import type {SeriesLimits} from './sheet-series.js'

export interface Options {
  /**
   * Language of the header rows: `'zh'` (default) or `'en'`. Sheet names
   * and cell values are the same in both.
   */
  headers?: HeaderLanguage | null | undefined
}

const headerLanguages: ReadonlyArray<HeaderLanguage> = ['zh', 'en']

/**
 * Write the summary workbook of a run: one `Reports` row per document, one
 * `Sections` row per heading and one `Messages` row per message, in the
 * order of `rows`. Returns the bytes of an `.xlsx` file.
 *
 * `rows` is read once, so it can be a generator over rows kept on disk.
 */
export function emitSummaryWorkbook(
  rows: Iterable<DocumentSummary>,
  options?: Options | null
): Uint8Array {
  return writeSummaryWorkbook(rows, resolveLanguage(options))
}

/** Rows handed to SheetJS at a time: small enough to keep memory flat. */
const batchRows = 4096

/**
 * `emitSummaryWorkbook` with the limits as parameters, so tests can reach
 * continuation sheets and several batches with few rows.
 */
export function writeSummaryWorkbook(
  rows: Iterable<DocumentSummary>,
  language: HeaderLanguage,
  limits: SeriesLimits = {maxRows: excelMaxRows, batchRows}
): Uint8Array {
  checkLimit('maxRows', limits.maxRows, 2, excelMaxRows)
  checkLimit('batchRows', limits.batchRows, 1, excelMaxRows)

  const reports = new SheetSeries<DocumentSummary>(
    'Reports',
    reportColumns,
    language,
    limits
  )
  const sections = new SheetSeries<HeadingRecord>(
    'Sections',
    sectionColumns,
    language,
    limits
  )
  const messages = new SheetSeries<MessageRecord>(
    'Messages',
    messageColumns,
    language,
    limits
  )

  for (const document of rows) {
    reports.add(document, document)
    for (const heading of document.headings) sections.add(document, heading)
    for (const message of document.messages) messages.add(document, message)
  }

  return writePackage([
    ...reports.finish(),
    ...sections.finish(),
    ...messages.finish()
  ])
}

function checkLimit(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      '@baogao/emit-xlsx-summary: unexpected `' +
        name +
        '` `' +
        String(value) +
        '`, expected an integer from ' +
        String(min) +
        ' to ' +
        String(max)
    )
  }
}

function resolveLanguage(options: Options | null | undefined): HeaderLanguage {
  const value = options?.headers
  if (value === null || value === undefined) return 'zh'
  if (headerLanguages.includes(value)) return value
  throw new TypeError(
    '@baogao/emit-xlsx-summary: unexpected `headers` option `' +
      String(value) +
      "`, expected `'zh'` or `'en'`"
  )
}
