/**
 * Past the row limit a sheet continues in `Name (2)`, `Name (3)`…, each
 * with its own header row, and no row is dropped. Most tests use a small
 * limit; one writes a real sheet of 1,048,576 rows.
 */
import {unzipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import type {DocumentSummary} from '@baogao/core'
import {emitSummaryWorkbook} from '../src/index.ts'
import {writeSummaryWorkbook} from '../src/lib/workbook.ts'
import {syntheticSummaries} from '../bench/rows.js'
import {summaries} from './fixtures.ts'
import {packageParts, readWorkbook} from './read-back.ts'
import type {SheetContent} from './read-back.ts'

/** The data rows of a sheet and its continuations, joined. */
function dataRows(sheets: Array<SheetContent>, baseName: string): Array<unknown> {
  return sheets
    .filter((sheet) => sheet.name === baseName || sheet.name.startsWith(baseName + ' ('))
    .flatMap((sheet) => sheet.rows.slice(1))
}

describe('row limit', () => {
  it('continues full sheets in `Name (2)`, `Name (3)`… with every row kept in order', () => {
    const rows = [...summaries, ...summaries.map((row) => ({...row, file: 'copy/' + row.file}))]
    const whole = readWorkbook(emitSummaryWorkbook(rows))
    // Three rows per sheet: a header and two data rows.
    const split = readWorkbook(writeSummaryWorkbook(rows, 'zh', {maxRows: 3, batchRows: 2}))

    expect(split.map((sheet) => [sheet.name, sheet.ref, sheet.autofilter])).toEqual([
      ['Reports', 'A1:AD3', 'A1:AD3'],
      ['Reports (2)', 'A1:AD3', 'A1:AD3'],
      ['Reports (3)', 'A1:AD3', 'A1:AD3'],
      ['Sections', 'A1:E3', 'A1:E3'],
      ['Sections (2)', 'A1:E3', 'A1:E3'],
      ['Sections (3)', 'A1:E3', 'A1:E3'],
      ['Messages', 'A1:F3', 'A1:F3'],
      ['Messages (2)', 'A1:F3', 'A1:F3'],
      ['Messages (3)', 'A1:F3', 'A1:F3']
    ])
    for (const sheet of split) {
      const base = sheet.name.replace(/ \(\d+\)$/, '')
      expect(sheet.rows[0]).toEqual(whole.find((w) => w.name === base)?.rows[0])
    }
    for (const name of ['Reports', 'Sections', 'Messages']) {
      expect(dataRows(split, name)).toEqual(dataRows(whole, name))
    }
    expect(dataRows(split, 'Sections')).toHaveLength(6)
  })

  it('does not start an empty continuation when a sheet is exactly full', () => {
    const sheets = readWorkbook(
      writeSummaryWorkbook(summaries, 'zh', {maxRows: 4, batchRows: 4096})
    )
    expect(sheets.map((sheet) => [sheet.name, sheet.rows.length])).toEqual([
      ['Reports', 4],
      ['Sections', 4],
      ['Messages', 4]
    ])
  })

  it('writes the same cells whatever the batch size', () => {
    const rows = Array.from({length: 7}, (_, index) =>
      summaries.map((row) => ({...row, file: String(index) + '/' + row.file}))
    ).flat()
    const expected = readWorkbook(emitSummaryWorkbook(rows))
    for (const batchRows of [1, 2, 5, 20]) {
      expect(
        readWorkbook(writeSummaryWorkbook(rows, 'zh', {maxRows: 1_048_576, batchRows}))
      ).toEqual(expected)
    }
  })

  it('rejects limits Excel or SheetJS cannot take', () => {
    expect(() => writeSummaryWorkbook([], 'zh', {maxRows: 1, batchRows: 10})).toThrow(
      '@baogao/emit-xlsx-summary: unexpected `maxRows` `1`, expected an integer from 2 to 1048576'
    )
    expect(() =>
      writeSummaryWorkbook([], 'zh', {maxRows: 1_048_577, batchRows: 10})
    ).toThrow('unexpected `maxRows` `1048577`')
    expect(() => writeSummaryWorkbook([], 'zh', {maxRows: 10, batchRows: 0.5})).toThrow(
      '@baogao/emit-xlsx-summary: unexpected `batchRows` `0.5`, expected an integer from 1 to 1048576'
    )
  })

  it(
    'fills a real sheet to 1,048,576 rows and continues in `Sections (2)`',
    () => {
      // 4,097 documents × 256 headings = 1,048,832 heading rows: 1,048,575
      // under the header of `Sections`, 257 in `Sections (2)`.
      const options = {documents: 4097, headings: 256, messages: 0}
      const bytes = emitSummaryWorkbook(syntheticSummaries(options))

      const files = unzipSync(bytes, {
        filter: (file) =>
          file.name === 'xl/workbook.xml' || file.name.startsWith('xl/worksheets/sheet')
      })
      const text = (name: string): Buffer => Buffer.from(files[name] ?? new Uint8Array())
      expect(text('xl/workbook.xml').toString()).toContain(
        '<sheets><sheet name="Reports" sheetId="1" r:id="rId1"/>' +
          '<sheet name="Sections" sheetId="2" r:id="rId2"/>' +
          '<sheet name="Sections (2)" sheetId="3" r:id="rId3"/>' +
          '<sheet name="Messages" sheetId="4" r:id="rId4"/></sheets>'
      )

      const full = text('xl/worksheets/sheet2.xml')
      const rest = text('xl/worksheets/sheet3.xml')
      expect(full.subarray(0, 400).toString()).toContain('<dimension ref="A1:E1048576"/>')
      expect(full.subarray(0, 600).toString()).toContain('state="frozen"')
      expect(full.subarray(-400).toString()).toContain('<autoFilter ref="A1:E1048576"/>')
      expect(countRows(full)).toBe(1_048_576)
      expect(rest.subarray(0, 400).toString()).toContain('<dimension ref="A1:E258"/>')
      expect(rest.toString()).toContain('<autoFilter ref="A1:E258"/>')
      expect(countRows(rest)).toBe(258)

      // The last row of `Sections` is heading 255 (index 254) of document
      // 4,096 (index 4,095); the first of `Sections (2)` is the next one.
      const documents = [...syntheticSummaries(options)]
      const last = documents[4095]
      const lastRow = lastRowXml(full)
      expect(lastRow).toBe(rowXml(1_048_576, last, 254))
      expect(rest.toString()).toContain(rowXml(2, last, 255))
      expect(lastRowXml(rest)).toBe(rowXml(258, documents[4096], 255))
    },
    600_000
  )
})

describe('the package', () => {
  it('lists `[Content_Types].xml` first and every part SheetJS writes', () => {
    expect(Object.keys(packageParts(emitSummaryWorkbook(summaries)))).toEqual([
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/theme/theme1.xml',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/metadata.xml',
      'xl/workbook.xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml'
    ])
  })
})

function countRows(xml: Buffer): number {
  let count = 0
  let at = xml.indexOf('<row ')
  while (at !== -1) {
    count++
    at = xml.indexOf('<row ', at + 5)
  }
  return count
}

function lastRowXml(xml: Buffer): string {
  const end = xml.lastIndexOf('</row>') + '</row>'.length
  return xml.subarray(xml.lastIndexOf('<row ', end), end).toString()
}

function rowXml(
  row: number,
  document: DocumentSummary | undefined,
  headingIndex: number
): string {
  const heading = document?.headings[headingIndex]
  if (!document || !heading) throw new Error('Unexpected missing heading')
  const r = String(row)
  return (
    `<row r="${r}">` +
    `<c r="A${r}" t="str"><v>${document.file}</v></c>` +
    `<c r="B${r}" t="str"><v>${heading.path}</v></c>` +
    `<c r="C${r}"><v>${String(heading.depth)}</v></c>` +
    `<c r="D${r}"><v>${String(heading.ordinal)}</v></c>` +
    `<c r="E${r}" t="str"><v>${heading.title}</v></c>` +
    '</row>'
  )
}
