/**
 * The workbook read back by readers that share no code with SheetJS:
 * Python's openpyxl (`python3-openpyxl`, in Debian's own `/usr/bin/python3`)
 * and LibreOffice Calc (`libreoffice-calc-nogui`). Missing readers fail
 * these tests: they are what proves the file opens elsewhere.
 */
import {spawnSync} from 'node:child_process'
import {
  createWriteStream,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Readable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {emitSummaryWorkbook, streamSummaryWorkbook} from '../src/index.ts'
import {writeSummaryWorkbook} from '../src/lib/workbook.ts'
import {summaries} from './fixtures.ts'

const python = '/usr/bin/python3'
const readScript = fileURLToPath(new URL('read-workbook.py', import.meta.url))

let folder = ''

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'baogao-xlsx-'))
})

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

type PyCell = [string, string | number | boolean] | [string, string, string] | null

interface PySheet {
  title: string
  freeze: string | null
  filter: string | null
  dimensions: string
  widths: Record<string, number>
  rows: Array<Array<PyCell>>
}

function readWithOpenpyxl(bytes: Uint8Array, name: string): Array<PySheet> {
  const file = path.join(folder, name)
  writeFileSync(file, bytes)
  return readFileWithOpenpyxl(file)
}

function readFileWithOpenpyxl(file: string): Array<PySheet> {
  const result = spawnSync(python, [readScript, file], {encoding: 'utf8'})
  if (result.error || result.status !== 0) {
    throw new Error(
      'Could not read the workbook with openpyxl (install `python3-openpyxl`): ' +
        String(result.error ?? result.stderr)
    )
  }
  return JSON.parse(result.stdout) as Array<PySheet>
}

describe('openpyxl', () => {
  it('reads sheets, frozen header rows, filters, widths and typed cells', () => {
    const sheets = readWithOpenpyxl(emitSummaryWorkbook(summaries), 'summary.xlsx')

    expect(
      sheets.map((sheet) => [sheet.title, sheet.freeze, sheet.filter, sheet.dimensions])
    ).toEqual([
      ['Reports', 'A2', 'A1:AD4', 'A1:AD4'],
      ['Sections', 'A2', 'A1:E4', 'A1:E4'],
      ['Messages', 'A2', 'A1:F4', 'A1:F4']
    ])

    const [reports, sections, messages] = sheets
    expect(reports?.rows[1]?.slice(0, 13)).toEqual([
      ['s', 'beijing/haidian-2021.html'],
      ['s', 'portal-html'],
      ['s', '北京市海淀区人民政府关于2021年法治政府建设情况的报告'],
      ['s', '北京市海淀区人民政府'],
      ['s', 'annual-report'],
      ['n', 2021],
      ['d', '2022-03-31', 'yyyy-mm-dd'],
      ['d', '2022-03-25', 'yyyy-mm-dd'],
      ['n', 3],
      ['n', 12],
      ['n', 5432],
      ['n', 1],
      ['n', 2]
    ])
    expect(reports?.rows[1]?.slice(23)).toEqual([
      ['b', true],
      ['b', true],
      ['b', false],
      ['b', true],
      ['b', false],
      ['s', 'ok'],
      null
    ])
    expect(reports?.rows[3]?.slice(28)).toEqual([
      ['s', 'failed'],
      ['s', 'Unexpected bytes, expected UTF-8 or GBK text']
    ])
    expect(sections?.rows).toEqual([
      [['s', '文件'], ['s', '路径'], ['s', '层级'], ['s', '序号'], ['s', '标题']],
      [['s', 'beijing/haidian-2021.html'], ['s', '一'], ['n', 1], ['n', 1], ['s', '主要举措和成效']],
      [
        ['s', 'beijing/haidian-2021.html'],
        ['s', '一/(一)'],
        ['n', 2],
        ['n', 1],
        ['s', '=HYPERLINK("http://evil.example")']
      ],
      [['s', 'beijing/haidian-2021.html'], ['s', '二'], ['n', 1], ['n', 2], ['s', '存在的不足和原因']]
    ])
    expect(messages?.rows.slice(2).map((row) => row[5])).toEqual([
      ['s', "+cmd|' /C calc'!A0"],
      ['s', '@SUM(1+1)']
    ])
    expect(sections?.widths).toEqual({
      // `beijing/haidian-2021.html`: 25, +1.
      A: 26.832_031_25,
      // `一/(一)`: 2 + 1 + 1 + 2 + 1 = 7, +1.
      B: 8.832_031_25,
      C: 7.832_031_25,
      D: 7.832_031_25,
      // `=HYPERLINK("http://evil.example")`: 33, +1.
      E: 34.832_031_25
    })
  })

  it('reads every continuation sheet with its own header, pane and filter', () => {
    const bytes = writeSummaryWorkbook(summaries, 'en', {maxRows: 3, batchRows: 1})
    const sheets = readWithOpenpyxl(bytes, 'continued.xlsx')
    expect(
      sheets.map((sheet) => [sheet.title, sheet.freeze, sheet.filter, sheet.rows.length])
    ).toEqual([
      ['Reports', 'A2', 'A1:AD3', 3],
      ['Reports (2)', 'A2', 'A1:AD2', 2],
      ['Sections', 'A2', 'A1:E3', 3],
      ['Sections (2)', 'A2', 'A1:E2', 2],
      ['Messages', 'A2', 'A1:F3', 3],
      ['Messages (2)', 'A2', 'A1:F2', 2]
    ])
    expect(sheets[3]?.rows).toEqual([
      [['s', 'File'], ['s', 'Path'], ['s', 'Depth'], ['s', 'Ordinal'], ['s', 'Title']],
      [['s', 'beijing/haidian-2021.html'], ['s', '二'], ['n', 1], ['n', 2], ['s', '存在的不足和原因']]
    ])
  })

  it('reads a workbook streamed to a file as the one `emitSummaryWorkbook` returns', async () => {
    const file = path.join(folder, 'streamed.xlsx')
    await pipeline(Readable.from(streamSummaryWorkbook(summaries)), createWriteStream(file))
    expect(readFileWithOpenpyxl(file)).toEqual(
      readWithOpenpyxl(emitSummaryWorkbook(summaries), 'emitted.xlsx')
    )
  })
})

describe('LibreOffice Calc', () => {
  it('converts every sheet to CSV with the values as written', () => {
    const input = path.join(folder, 'summary.xlsx')
    writeFileSync(input, emitSummaryWorkbook(summaries))
    const output = path.join(folder, 'csv')
    // Its own profile, so a running LibreOffice does not take the job.
    const profile = pathToFileURL(path.join(folder, 'profile')).href
    const result = spawnSync(
      'soffice',
      [
        '-env:UserInstallation=' + profile,
        '--headless',
        '--convert-to',
        // UTF-8 (76), every sheet into its own file (-1).
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        output,
        input
      ],
      {encoding: 'utf8', timeout: 180_000}
    )
    if (result.error || result.status !== 0) {
      throw new Error(
        'Could not convert the workbook with LibreOffice (install `libreoffice-calc-nogui`): ' +
          String(result.error ?? result.stderr)
      )
    }

    expect(readdirSync(output).sort()).toEqual([
      'summary-Messages.csv',
      'summary-Reports.csv',
      'summary-Sections.csv'
    ])
    const csv = (name: string): Array<string> =>
      readFileSync(path.join(output, 'summary-' + name + '.csv'), 'utf8').trimEnd().split('\n')

    expect(csv('Sections')).toEqual([
      '文件,路径,层级,序号,标题',
      'beijing/haidian-2021.html,一,1,1,主要举措和成效',
      // Text, not a formula: a formula would show its result.
      'beijing/haidian-2021.html,一/(一),2,1,"=HYPERLINK(""http://evil.example"")"',
      'beijing/haidian-2021.html,二,1,2,存在的不足和原因'
    ])
    expect(csv('Messages')).toEqual([
      '文件,行,列,级别,规则,说明',
      'beijing/haidian-2021.html,40,1,warning,template-part,"Unexpected missing part `duty`, expected a section on the first-responsible duty"',
      "beijing/haidian-2021.html,,,error,,+cmd|' /C calc'!A0",
      'beijing/haidian-2021.html,3,5,warning,section-order,@SUM(1+1)'
    ])
    const reports = csv('Reports')
    expect(reports.slice(1)).toEqual([
      'beijing/haidian-2021.html,portal-html,北京市海淀区人民政府关于2021年法治政府建设情况的报告,北京市海淀区人民政府,annual-report,2021,2022-03-31,2022-03-25,3,12,5432,1,2,2,0,0,1,0,0,0,0,0,3,TRUE,TRUE,FALSE,TRUE,FALSE,ok,',
      'text/003.txt,plain-text,,-某县司法局,duty-report,2020,,2021-02-30,0,4,980,0,0,0,0,0,0,0,0,0,0,0,0,,,,,,ok,',
      'broken/gbk-page.html,portal-html,,,,,,,,,,0,0,,,,,,,,,,,,,,,,failed,"Unexpected bytes, expected UTF-8 or GBK text"'
    ])
  }, 200_000)
})
