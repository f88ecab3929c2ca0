/**
 * The run's summary workbook: `Reports`, `Sections` and `Messages` sheets
 * built from per-document summary rows with SheetJS in batches, kept
 * deflated in a temporary file, then put together with frozen header rows
 * (see `package.ts`) and handed on chunk by chunk.
 */
import type {DocumentSummary, HeadingRecord, MessageRecord} from '@baogao/core'
import {messageColumns, reportColumns, sectionColumns} from './columns.js'
import type {HeaderLanguage} from './columns.js'
import {writePackage} from './package.js'
import {SheetSeries, excelMaxRows} from './sheet-series.js'
import type {SeriesLimits} from './sheet-series.js'
import {SpillFile, makeTemporaryFolder} from './spill-file.js'

export interface Options {
  /**
   * Language of the header rows: `'zh'` (default) or `'en'`. Sheet names
   * and cell values are the same in both.
   */
  headers?: HeaderLanguage | null | undefined
  /**
   * File to keep the deflated rows in while the workbook is built: a path
   * where no file is yet; the file is removed when the workbook is done,
   * stopped or failing. Default: a file in a new `baogao-xlsx-*` folder of
   * the OS temp folder.
   */
  temporaryFile?: string | null | undefined
}

const headerLanguages: ReadonlyArray<HeaderLanguage> = ['zh', 'en']

/**
 * Write the summary workbook of a run: one `Reports` row per document, one
 * `Sections` row per heading and one `Messages` row per message, in the
 * order of `rows`. Returns the bytes of an `.xlsx` file: the chunks of
 * `streamSummaryWorkbook` joined.
 *
 * `rows` is read once, so it can be a generator over rows kept on disk.
 */
export function emitSummaryWorkbook(
  rows: Iterable<DocumentSummary>,
  options?: Options | null
): Uint8Array {
  return writeSummaryWorkbook(rows, resolveLanguage(options), resolveSettings(options))
}

/**
 * The summary workbook of `emitSummaryWorkbook` as chunks of the `.xlsx`
 * file, in order, so the whole file is never in memory. Options are
 * checked now; `rows` is read when iteration starts. Iterate to the end,
 * or stop early with `break` or `return()`: either removes the temporary
 * folder the rows are kept in.
 */
export function streamSummaryWorkbook(
  rows: Iterable<DocumentSummary>,
  options?: Options | null
): Generator<Uint8Array, undefined, undefined> {
  return streamWorkbook(rows, resolveLanguage(options), resolveSettings(options))
}

/** Rows handed to SheetJS at a time: small enough to keep memory flat. */
const batchRows = 1024

/** How a workbook is written; tests change it. */
export interface WriteSettings extends SeriesLimits {
  /**
   * Make the empty folder the deflated rows are kept in (one per
   * workbook, removed at the end). Default: a new `baogao-xlsx-*` folder
   * in the OS temp folder.
   */
  makeTemporaryFolder?: (() => string) | undefined
  /** The file to keep the rows in instead (`Options.temporaryFile`). */
  temporaryFile?: string | undefined
}

const defaultSettings: WriteSettings = {maxRows: excelMaxRows, batchRows}

/**
 * `emitSummaryWorkbook` with the settings as parameters, so tests can reach
 * continuation sheets and several batches with few rows.
 */
export function writeSummaryWorkbook(
  rows: Iterable<DocumentSummary>,
  language: HeaderLanguage,
  settings: WriteSettings = defaultSettings
): Uint8Array {
  return Buffer.concat(Array.from(streamWorkbook(rows, language, settings)))
}

/**
 * `streamSummaryWorkbook` with the settings as parameters. The settings
 * are checked now, before any row is read.
 */
export function streamWorkbook(
  rows: Iterable<DocumentSummary>,
  language: HeaderLanguage,
  settings: WriteSettings = defaultSettings
): Generator<Uint8Array, undefined, undefined> {
  checkLimit('maxRows', settings.maxRows, 2, excelMaxRows)
  checkLimit('batchRows', settings.batchRows, 1, excelMaxRows)
  return workbookChunks(rows, language, settings)
}

function* workbookChunks(
  rows: Iterable<DocumentSummary>,
  language: HeaderLanguage,
  settings: WriteSettings
): Generator<Uint8Array, undefined, undefined> {
  const collector = new WorkbookCollector(language, settings)
  // `finally` also runs when the caller stops early (`return()`).
  try {
    for (const document of rows) collector.add(document)
    yield* collector.finish()
  } finally {
    collector.abort()
  }
}

/**
 * A summary workbook built one document at a time, as a run converts
 * them: `add` each row in order, then iterate `finish()` for the chunks
 * of the `.xlsx` file; `abort` (also after `finish`) removes the
 * temporary folder the rows are kept in. The chunks are those of
 * `streamSummaryWorkbook` over the same rows.
 */
export interface SummaryCollector {
  add(document: DocumentSummary): void
  finish(): Generator<Uint8Array, undefined, undefined>
  abort(): void
}

/**
 * Collect the summary workbook of a run row by row (see
 * `SummaryCollector`), so that building it overlaps the conversion
 * instead of following it. Options are checked now.
 */
export function collectSummaryWorkbook(options?: Options | null): SummaryCollector {
  return new WorkbookCollector(resolveLanguage(options), resolveSettings(options))
}

class WorkbookCollector implements SummaryCollector {
  readonly #spill: SpillFile
  readonly #reports: SheetSeries<DocumentSummary>
  readonly #sections: SheetSeries<HeadingRecord>
  readonly #messages: SheetSeries<MessageRecord>

  constructor(language: HeaderLanguage, settings: WriteSettings) {
    const limits: SeriesLimits = {maxRows: settings.maxRows, batchRows: settings.batchRows}
    this.#spill = settings.temporaryFile === undefined
      ? SpillFile.create(settings.makeTemporaryFolder ?? makeTemporaryFolder)
      : SpillFile.at(settings.temporaryFile)
    this.#reports = new SheetSeries('Reports', reportColumns, language, limits, this.#spill)
    this.#sections = new SheetSeries('Sections', sectionColumns, language, limits, this.#spill)
    this.#messages = new SheetSeries('Messages', messageColumns, language, limits, this.#spill)
  }

  add(document: DocumentSummary): void {
    this.#reports.add(document, document)
    for (const heading of document.headings) this.#sections.add(document, heading)
    for (const message of document.messages) this.#messages.add(document, message)
  }

  *finish(): Generator<Uint8Array, undefined, undefined> {
    try {
      yield* writePackage([
        ...this.#reports.finish(),
        ...this.#sections.finish(),
        ...this.#messages.finish()
      ])
    } finally {
      this.abort()
    }
  }

  abort(): void {
    this.#spill.remove()
  }
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

function resolveSettings(options: Options | null | undefined): WriteSettings {
  const file = options?.temporaryFile
  if (file === null || file === undefined) return defaultSettings
  if (typeof file === 'string' && file !== '') return {...defaultSettings, temporaryFile: file}
  throw new TypeError(
    '@baogao/emit-xlsx-summary: unexpected `temporaryFile` option `' +
      String(file) +
      '`, expected the path of a file to make'
  )
}
