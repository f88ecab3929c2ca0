/**
 * The workbook as a stream: chunk by chunk, rows kept in one temporary
 * folder per workbook, and that folder gone however the stream ends (done,
 * stopped early, rows throwing, SheetJS throwing).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Readable, Writable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {afterEach, describe, expect, it, vi} from 'vitest'
import type {DocumentSummary} from '@baogao/core'
import {collectSummaryWorkbook, emitSummaryWorkbook, streamSummaryWorkbook} from '../src/index.ts'
import {excelMaxRows} from '../src/lib/sheet-series.ts'
import {makeTemporaryFolder, spillFileName} from '../src/lib/spill-file.ts'
import {streamWorkbook, writeSummaryWorkbook} from '../src/lib/workbook.ts'
import type {WriteSettings} from '../src/lib/workbook.ts'
import {summaries} from './fixtures.ts'
import {packageParts, readWorkbook} from './read-back.ts'

/** Makes `XLSX.write` throw for a workbook with a sheet of this name. */
const sheetjs = vi.hoisted(() => ({failFor: undefined as string | undefined}))

vi.mock('xlsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('xlsx')>()
  return {
    ...original,
    write(workbook: import('xlsx').WorkBook, options: import('xlsx').WritingOptions): unknown {
      if (sheetjs.failFor !== undefined && workbook.SheetNames.includes(sheetjs.failFor)) {
        throw new Error('SheetJS failed on `' + sheetjs.failFor + '`')
      }
      return original.write(workbook, options)
    }
  }
})

/** Every folder a test's workbooks made, in order. */
let created: Array<string> = []

/** Settings with one row per batch, recording the folders made. */
function recordingSettings(): WriteSettings {
  return {
    maxRows: excelMaxRows,
    batchRows: 1,
    makeTemporaryFolder() {
      const folder = makeTemporaryFolder()
      created.push(folder)
      return folder
    }
  }
}

/** The summaries seven times over, with their own file names. */
const manyRows: ReadonlyArray<DocumentSummary> = Array.from({length: 7}, (_, index) =>
  summaries.map((row) => ({...row, file: String(index) + '/' + row.file}))
).flat()

afterEach(() => {
  sheetjs.failFor = undefined
  vi.restoreAllMocks()
  // A failing test must not leave folders behind either.
  for (const folder of created) fs.rmSync(folder, {recursive: true, force: true})
  created = []
})

describe('chunks', () => {
  it('yields each piece of the zip as fflate makes it, never the whole file', () => {
    const chunks = Array.from(streamWorkbook(manyRows, 'zh', recordingSettings()))
    const bytes = Buffer.concat(chunks)
    const sizes = chunks.map((chunk) => chunk.byteLength)

    // 21 rows in each sheet, one batch each. A part is a local header, its
    // data and a data descriptor; a sheet's data is the XML before its rows,
    // a chunk per batch and the XML after. The central directory ends it.
    const otherParts = Object.keys(packageParts(bytes)).length - 3
    expect(chunks).toHaveLength(otherParts * 3 + 3 * (4 + 21) + 1)
    expect(Math.max(...sizes)).toBeLessThan(bytes.byteLength / 4)
    expect(bytes.equals(Buffer.from(writeSummaryWorkbook(manyRows, 'zh', recordingSettings())))).toBe(
      true
    )
    expect(readWorkbook(bytes)).toEqual(readWorkbook(emitSummaryWorkbook(manyRows)))
  })
})

describe('temporary folder', () => {
  it('keeps rows in one new `baogao-xlsx-*` folder of the OS temp folder, owner only, removed at the end', () => {
    const mkdtemp = vi.spyOn(fs, 'mkdtempSync')
    const stream = streamSummaryWorkbook(summaries)
    expect(mkdtemp).not.toHaveBeenCalled()

    const first = stream.next()
    expect(first.done).toBe(false)
    expect(mkdtemp.mock.calls).toEqual([[path.join(os.tmpdir(), 'baogao-xlsx-')]])
    const folder = String(mkdtemp.mock.results[0]?.value)
    created.push(folder)
    expect(path.dirname(folder)).toBe(os.tmpdir())
    expect(path.basename(folder)).toMatch(/^baogao-xlsx-[A-Za-z\d]{6}$/)
    expect(fs.readdirSync(folder)).toEqual([spillFileName])
    const file = path.join(folder, spillFileName)
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    // The three sheets' rows, one batch each.
    expect(fs.statSync(file).size).toBeGreaterThan(0)

    const rest = Array.from(stream)
    expect(fs.existsSync(folder)).toBe(false)
    expect(mkdtemp).toHaveBeenCalledTimes(1)
    const bytes = Buffer.concat([first.value ?? new Uint8Array(), ...rest])
    expect(bytes.equals(Buffer.from(emitSummaryWorkbook(summaries)))).toBe(true)
  })

  it('a collector makes its folder at once and removes it when finished or aborted', () => {
    const mkdtemp = vi.spyOn(fs, 'mkdtempSync')
    const finished = collectSummaryWorkbook()
    const aborted = collectSummaryWorkbook()
    const folders = mkdtemp.mock.results.map((result) => String(result.value))
    created.push(...folders)
    expect(folders.map((folder) => fs.readdirSync(folder))).toEqual([[spillFileName], [spillFileName]])

    for (const row of summaries) {
      finished.add(row)
      aborted.add(row)
    }

    aborted.abort()
    expect(fs.existsSync(folders[1] ?? '')).toBe(false)
    const bytes = Buffer.concat(Array.from(finished.finish()))
    expect(fs.existsSync(folders[0] ?? '')).toBe(false)
    expect(bytes.equals(Buffer.from(emitSummaryWorkbook(summaries)))).toBe(true)
    // Aborting after the end changes nothing.
    finished.abort()
  })

  it('keeps rows in the `temporaryFile` given instead, owner only, and removes only that file', () => {
    const folder = makeTemporaryFolder()
    created.push(folder)
    const mkdtemp = vi.spyOn(fs, 'mkdtempSync')
    const file = path.join(folder, '.summary.xlsx.run.baogao-tmp')
    const collector = collectSummaryWorkbook({temporaryFile: file})
    expect(fs.readdirSync(folder)).toEqual([path.basename(file)])
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    for (const row of manyRows) collector.add(row)

    const bytes = Buffer.concat(Array.from(collector.finish()))
    expect(fs.readdirSync(folder)).toEqual([])
    expect(mkdtemp).not.toHaveBeenCalled()
    expect(bytes.equals(Buffer.from(emitSummaryWorkbook(manyRows)))).toBe(true)

    const aborted = collectSummaryWorkbook({temporaryFile: file})
    aborted.abort()
    const streamed = Buffer.concat(Array.from(streamSummaryWorkbook(manyRows, {temporaryFile: file})))
    expect(streamed.equals(bytes)).toBe(true)
    expect(fs.readdirSync(folder)).toEqual([])
  })

  it('never takes over a file already at `temporaryFile`, and refuses a `temporaryFile` that is no path', () => {
    const folder = makeTemporaryFolder()
    created.push(folder)
    const file = path.join(folder, 'taken')
    fs.writeFileSync(file, 'someone else’s')
    expect(() => collectSummaryWorkbook({temporaryFile: file})).toThrow(/EEXIST/)
    expect(fs.readFileSync(file, 'utf8')).toBe('someone else’s')
    expect(() => collectSummaryWorkbook({temporaryFile: ''})).toThrow(
      '@baogao/emit-xlsx-summary: unexpected `temporaryFile` option ``, expected the path of a file to make'
    )
    expect(() => streamSummaryWorkbook([], {temporaryFile: 1 as unknown as string})).toThrow(TypeError)
  })

  it('makes one folder per workbook and removes it when `emitSummaryWorkbook`’s stream ends', () => {
    writeSummaryWorkbook(manyRows, 'en', recordingSettings())
    writeSummaryWorkbook([], 'en', recordingSettings())
    expect(created).toHaveLength(2)
    expect(created[0]).not.toBe(created[1])
    expect(created.map((folder) => fs.existsSync(folder))).toEqual([false, false])
  })

  it('makes no folder when a stream is dropped or stopped before it starts', () => {
    const stream = streamWorkbook(manyRows, 'zh', recordingSettings())
    expect(stream.return(undefined)).toEqual({done: true, value: undefined})
    expect(Array.from(stream)).toEqual([])
    expect(created).toEqual([])
  })

  it('removes the folder when the caller stops early', () => {
    let seen = 0
    for (const chunk of streamWorkbook(manyRows, 'zh', recordingSettings())) {
      expect(chunk.byteLength).toBeGreaterThan(0)
      expect(fs.readdirSync(created[0] ?? '')).toEqual([spillFileName])
      seen++
      if (seen === 2) break
    }
    expect(seen).toBe(2)
    expect(created).toHaveLength(1)
    expect(fs.existsSync(created[0] ?? '')).toBe(false)

    const stream = streamWorkbook(manyRows, 'zh', recordingSettings())
    expect(stream.next().done).toBe(false)
    expect(stream.return(undefined)).toEqual({done: true, value: undefined})
    expect(created).toHaveLength(2)
    expect(fs.existsSync(created[1] ?? '')).toBe(false)
  })

  it('removes the folder when a stream pipeline it feeds fails', async () => {
    const failure = new Error('Unexpected full disk')
    let written = 0
    const sink = new Writable({
      write(_chunk: Uint8Array, _encoding, callback) {
        written++
        callback(written === 3 ? failure : null)
      }
    })
    await expect(
      pipeline(Readable.from(streamWorkbook(manyRows, 'zh', recordingSettings())), sink)
    ).rejects.toBe(failure)
    expect(written).toBe(3)
    expect(created).toHaveLength(1)
    expect(fs.existsSync(created[0] ?? '')).toBe(false)
  })

  it('removes the folder when reading the rows throws, and passes the error on', () => {
    const failure = new Error('Unexpected end of the rows file')
    const spilled: Array<number> = []
    function* rows(): Generator<DocumentSummary> {
      yield* manyRows
      spilled.push(fs.statSync(path.join(created[0] ?? '', spillFileName)).size)
      throw failure
    }

    expect(() => Array.from(streamWorkbook(rows(), 'zh', recordingSettings()))).toThrow(failure)
    expect(spilled).toHaveLength(1)
    expect(spilled[0]).toBeGreaterThan(0)
    expect(created).toHaveLength(1)
    expect(fs.existsSync(created[0] ?? '')).toBe(false)
  })

  it('removes the folder when SheetJS throws rendering a batch of rows', () => {
    sheetjs.failFor = 'Rows'
    function* rowsOf(): Generator<DocumentSummary> {
      yield* manyRows
    }
    const rows = rowsOf()
    expect(() => writeSummaryWorkbook(rows, 'zh', recordingSettings())).toThrow(
      new Error('SheetJS failed on `Rows`')
    )
    expect(created).toHaveLength(1)
    expect(fs.existsSync(created[0] ?? '')).toBe(false)
    // The first row's batch failed; the rows iterator was closed there.
    expect(Array.from(rows)).toEqual([])
  })

  it('removes the folder when SheetJS throws writing the package, after every row is in', () => {
    sheetjs.failFor = 'Reports'
    const stream = streamWorkbook(manyRows, 'zh', recordingSettings())
    expect(() => stream.next()).toThrow(new Error('SheetJS failed on `Reports`'))
    expect(created).toHaveLength(1)
    expect(fs.existsSync(created[0] ?? '')).toBe(false)
    expect(stream.next()).toEqual({done: true, value: undefined})
  })

  it('removes the folder when its file cannot be made, and passes the error on', () => {
    const settings: WriteSettings = {
      ...recordingSettings(),
      makeTemporaryFolder() {
        const folder = makeTemporaryFolder()
        created.push(folder)
        // Never write into a file that was already there.
        fs.writeFileSync(path.join(folder, spillFileName), 'someone else’s')
        return folder
      }
    }
    expect(() => writeSummaryWorkbook(summaries, 'zh', settings)).toThrow(
      expect.objectContaining({code: 'EEXIST'})
    )
    expect(created).toHaveLength(1)
    expect(fs.existsSync(created[0] ?? '')).toBe(false)
  })
})
