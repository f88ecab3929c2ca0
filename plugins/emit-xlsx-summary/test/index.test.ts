import {describe, expect, it} from 'vitest'
import {emptyRedactionCounts} from '@baogao/core'
import type {DocumentSummary} from '@baogao/core'
import {collectSummaryWorkbook, emitSummaryWorkbook, streamSummaryWorkbook} from '../src/index.ts'
import {brokenPage, plainDutyReport, portalReport, summaries} from './fixtures.ts'
import {packageParts, readWorkbook} from './read-back.ts'
import type {CellValue} from './read-back.ts'

const s = (value: string): CellValue => ['s', value]
const n = (value: number): CellValue => ['n', value]
const b = (value: boolean): CellValue => ['b', value]
const d = (value: string): CellValue => ['d', value]
const zeros = (count: number): Array<CellValue> => Array.from({length: count}, () => n(0))
const empty = (count: number): Array<CellValue> => Array.from({length: count}, () => null)

const reportHeadersZh = [
  '文件', '来源类型', '标题', '发布机关', '报告类型', '年度', '发布日期', '成文日期',
  '章节数', '段落数', '字数', '错误', '警告',
  '脱敏：固定电话', '脱敏：手机', '脱敏：传真', '脱敏：电子邮箱', '脱敏：地址',
  '脱敏：邮编', '脱敏：QQ', '脱敏：微信', '脱敏：联系人', '脱敏合计',
  '含：主要举措和成效', '含：不足和原因', '含：第一责任人职责', '含：下一年度安排', '含：其他情况',
  '状态', '原因'
]

const reportHeadersEn = [
  'File', 'Source kind', 'Title', 'Issuer', 'Kind', 'Year', 'Published', 'Signed',
  'Sections', 'Paragraphs', 'Characters', 'Errors', 'Warnings',
  'Redacted: phone', 'Redacted: mobile', 'Redacted: fax', 'Redacted: email',
  'Redacted: address', 'Redacted: postcode', 'Redacted: QQ', 'Redacted: WeChat',
  'Redacted: name', 'Redacted: total',
  'Part: measures', 'Part: shortcomings', 'Part: duty', 'Part: plans', 'Part: other',
  'Status', 'Reason'
]

const reportRows: Array<Array<CellValue>> = [
  [
    s('beijing/haidian-2021.html'), s('portal-html'),
    s('北京市海淀区人民政府关于2021年法治政府建设情况的报告'), s('北京市海淀区人民政府'),
    s('annual-report'), n(2021), d('2022-03-31'), d('2022-03-25'),
    n(3), n(12), n(5432), n(1), n(2),
    n(2), n(0), n(0), n(1), n(0), n(0), n(0), n(0), n(0), n(3),
    b(true), b(true), b(false), b(true), b(false),
    s('ok'), null
  ],
  [
    s('text/003.txt'), s('plain-text'), null, s('-某县司法局'), s('duty-report'),
    n(2020), null, s('2021-02-30'),
    n(0), n(4), n(980), n(0), n(0),
    ...zeros(10),
    ...empty(5),
    s('ok'), null
  ],
  [
    s('broken/gbk-page.html'), s('portal-html'), ...empty(6),
    ...empty(3), n(0), n(0),
    ...empty(10),
    ...empty(5),
    s('failed'), s('Unexpected bytes, expected UTF-8 or GBK text')
  ]
]

const sectionRows: Array<Array<CellValue>> = [
  [s('beijing/haidian-2021.html'), s('一'), n(1), n(1), s('主要举措和成效')],
  [s('beijing/haidian-2021.html'), s('一/(一)'), n(2), n(1), s('=HYPERLINK("http://evil.example")')],
  [s('beijing/haidian-2021.html'), s('二'), n(1), n(2), s('存在的不足和原因')]
]

const messageRows: Array<Array<CellValue>> = [
  [
    s('beijing/haidian-2021.html'), n(40), n(1), s('warning'), s('template-part'),
    s('Unexpected missing part `duty`, expected a section on the first-responsible duty')
  ],
  [s('beijing/haidian-2021.html'), null, null, s('error'), null, s("+cmd|' /C calc'!A0")],
  [s('beijing/haidian-2021.html'), n(3), n(5), s('warning'), s('section-order'), s('@SUM(1+1)')]
]

const sheetsZh = [
  {
    name: 'Reports',
    ref: 'A1:AD4',
    autofilter: 'A1:AD4',
    rows: [reportHeadersZh.map((header) => s(header)), ...reportRows]
  },
  {
    name: 'Sections',
    ref: 'A1:E4',
    autofilter: 'A1:E4',
    rows: [['文件', '路径', '层级', '序号', '标题'].map((header) => s(header)), ...sectionRows]
  },
  {
    name: 'Messages',
    ref: 'A1:F4',
    autofilter: 'A1:F4',
    rows: [['文件', '行', '列', '级别', '规则', '说明'].map((header) => s(header)), ...messageRows]
  }
]

describe('@baogao/emit-xlsx-summary', () => {
  it('exposes its public API', async () => {
    expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
      'collectSummaryWorkbook',
      'emitSummaryWorkbook',
      'streamSummaryWorkbook'
    ])
  })
})

describe('emitSummaryWorkbook', () => {
  it('writes Reports, Sections and Messages with typed cells and Chinese headers', () => {
    expect(readWorkbook(emitSummaryWorkbook(summaries))).toEqual(sheetsZh)
  })

  it('writes English headers with `headers: "en"`, and nothing else changes', () => {
    const sheets = readWorkbook(emitSummaryWorkbook(summaries, {headers: 'en'}))
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Reports', 'Sections', 'Messages'])
    expect(sheets.map((sheet) => sheet.rows[0])).toEqual([
      reportHeadersEn.map((header) => s(header)),
      ['File', 'Path', 'Depth', 'Ordinal', 'Title'].map((header) => s(header)),
      ['File', 'Line', 'Column', 'Severity', 'Rule', 'Reason'].map((header) => s(header))
    ])
    expect(sheets.map((sheet) => sheet.rows.slice(1))).toEqual([
      reportRows,
      sectionRows,
      messageRows
    ])
  })

  it('defaults to Chinese headers for `null` options and `headers: null`', () => {
    const zh = emitSummaryWorkbook(summaries, {headers: 'zh'})
    expect(emitSummaryWorkbook(summaries)).toEqual(zh)
    expect(emitSummaryWorkbook(summaries, null)).toEqual(zh)
    expect(emitSummaryWorkbook(summaries, {headers: null})).toEqual(zh)
    expect(emitSummaryWorkbook(summaries, {})).toEqual(zh)
  })

  it('throws on an unknown header language, naming the package and the field', () => {
    expect(() =>
      // @ts-expect-error: checks the run-time guard.
      emitSummaryWorkbook(summaries, {headers: 'fr'})
    ).toThrow(
      "@baogao/emit-xlsx-summary: unexpected `headers` option `fr`, expected `'zh'` or `'en'`"
    )
  })

  it('writes header rows only (with their filters) when there are no rows', () => {
    const sheets = readWorkbook(emitSummaryWorkbook([]))
    expect(
      sheets.map((sheet) => [sheet.name, sheet.ref, sheet.autofilter, sheet.rows.length])
    ).toEqual([
      ['Reports', 'A1:AD1', 'A1:AD1', 1],
      ['Sections', 'A1:E1', 'A1:E1', 1],
      ['Messages', 'A1:F1', 'A1:F1', 1]
    ])
  })

  it('reads rows from any iterable, once', () => {
    let reads = 0
    function* rows(): Generator<DocumentSummary> {
      for (const row of summaries) {
        reads++
        yield row
      }
    }
    expect(emitSummaryWorkbook(rows())).toEqual(emitSummaryWorkbook(summaries))
    expect(reads).toBe(3)
  })

  it('gives the same bytes for the same rows', () => {
    const first = emitSummaryWorkbook(summaries)
    const second = emitSummaryWorkbook([portalReport, plainDutyReport, brokenPage])
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })

  it('writes text that looks like a formula as a string cell, never a formula', () => {
    const parts = packageParts(emitSummaryWorkbook(summaries))
    const sheets = Object.entries(parts).filter(([name]) =>
      /^xl\/worksheets\/sheet\d\.xml$/.test(name)
    )
    expect(sheets.map(([name]) => name).sort()).toEqual([
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml'
    ])
    for (const [, xml] of sheets) expect(xml).not.toMatch(/<f[\s>]/)

    const sections = parts['xl/worksheets/sheet2.xml']
    const messages = parts['xl/worksheets/sheet3.xml']
    const reports = parts['xl/worksheets/sheet1.xml']
    expect(sections).toContain(
      '<c r="E3" t="str"><v>=HYPERLINK(&quot;http://evil.example&quot;)</v></c>'
    )
    expect(messages).toContain('<c r="F3" t="str"><v>+cmd|&apos; /C calc&apos;!A0</v></c>')
    expect(messages).toContain('<c r="F4" t="str"><v>@SUM(1+1)</v></c>')
    expect(reports).toContain('<c r="D3" t="str"><v>-某县司法局</v></c>')
  })

  it('freezes the header row of every sheet in the sheet view', () => {
    const parts = packageParts(emitSummaryWorkbook(summaries))
    const view =
      '<sheetViews><sheetView workbookViewId="0">' +
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
      '</sheetView></sheetViews>'
    for (const name of ['sheet1', 'sheet2', 'sheet3']) {
      const xml = parts['xl/worksheets/' + name + '.xml'] ?? ''
      // In schema order: after `dimension`, before `cols` and `sheetData`.
      expect(xml).toMatch(
        /<dimension ref="[A-Z\d:]+"\/><sheetViews>.*<\/sheetViews><cols>.*<sheetData>/
      )
      expect(xml).toContain(view)
    }
  })

  it('names the filter ranges as Excel expects', () => {
    const workbook = packageParts(emitSummaryWorkbook(summaries))['xl/workbook.xml']
    expect(workbook).toContain(
      '<definedNames>' +
        '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">&apos;Reports&apos;!A1:AD4</definedName>' +
        '<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">&apos;Sections&apos;!A1:E4</definedName>' +
        '<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">&apos;Messages&apos;!A1:F4</definedName>' +
        '</definedNames>'
    )
  })

  it('sizes columns by their widest text, CJK characters counting double', () => {
    const sheet = packageParts(emitSummaryWorkbook([plainDutyReport]))['xl/worksheets/sheet1.xml']
    const widths = Array.from(
      sheet?.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g) ?? [],
      (match) => [Number(match[1]), Number(match[2])]
    )
    // SheetJS writes `wch + 0.83203125` (its 7-pixel digit padding).
    expect(widths.slice(0, 8)).toEqual([
      // `text/003.txt`: 12 wide, +1.
      [1, 13.832_031_25],
      // `来源类型` + filter button: 8 + 2; `plain-text`: 10; +1.
      [2, 11.832_031_25],
      // `标题` + filter button: 6; +1.
      [3, 7.832_031_25],
      // `-某县司法局`: 1 + 5 × 2 = 11; +1.
      [4, 12.832_031_25],
      // `duty-report`: 11; +1.
      [5, 12.832_031_25],
      // `年度` + button: 6; +1.
      [6, 7.832_031_25],
      // `发布日期` + button: 10; +1.
      [7, 11.832_031_25],
      [8, 11.832_031_25]
    ])
  })

  it('caps very wide columns at 60 characters', () => {
    const row: DocumentSummary = {...plainDutyReport, title: '很'.repeat(200)}
    const sheet = packageParts(emitSummaryWorkbook([row]))['xl/worksheets/sheet1.xml']
    expect(sheet).toContain('<col min="3" max="3" width="60.83203125" customWidth="1"/>')
  })

  it('cuts text past Excel’s 32,767 characters per cell, marked with `…`', () => {
    const row: DocumentSummary = {...plainDutyReport, title: '长'.repeat(40_000)}
    const [reports] = readWorkbook(emitSummaryWorkbook([row]))
    const title = reports?.rows[1]?.[2]
    expect(title).toEqual(['s', '长'.repeat(32_766) + '…'])
  })

  it('keeps counts of an ok document with no redactions as zeros, and of a failed one empty', () => {
    const ok: DocumentSummary = {...plainDutyReport, redactions: emptyRedactionCounts()}
    const [reports] = readWorkbook(emitSummaryWorkbook([ok, brokenPage]))
    expect(reports?.rows.map((row) => row.slice(8, 23))).toEqual([
      reportHeadersZh.slice(8, 23).map((header) => s(header)),
      [n(0), n(4), n(980), n(0), n(0), ...zeros(10)],
      [...empty(3), n(0), n(0), ...empty(10)]
    ])
  })
})

describe('streamSummaryWorkbook', () => {
  it('yields the bytes of `emitSummaryWorkbook` in chunks, which read back as the same sheets', () => {
    const chunks = Array.from(streamSummaryWorkbook(summaries))
    const bytes = Buffer.concat(chunks)
    expect(chunks.length).toBeGreaterThan(1)
    expect(bytes.equals(Buffer.from(emitSummaryWorkbook(summaries)))).toBe(true)
    expect(readWorkbook(bytes)).toEqual(sheetsZh)

    const english = Buffer.concat(Array.from(streamSummaryWorkbook(summaries, {headers: 'en'})))
    expect(english.equals(Buffer.from(emitSummaryWorkbook(summaries, {headers: 'en'})))).toBe(true)
    expect(readWorkbook(english).map((sheet) => sheet.rows[0]?.[0])).toEqual([
      s('File'),
      s('File'),
      s('File')
    ])
  })

  it('reads no row until iteration starts, then reads them once', () => {
    let reads = 0
    function* rows(): Generator<DocumentSummary> {
      for (const row of summaries) {
        reads++
        yield row
      }
    }
    const stream = streamSummaryWorkbook(rows(), null)
    expect(reads).toBe(0)
    const first = stream.next()
    // The zip is written once every row is in.
    expect(reads).toBe(3)
    const rest = Array.from(stream)
    expect(reads).toBe(3)
    expect(first.done).toBe(false)
    const bytes = Buffer.concat([first.value ?? new Uint8Array(), ...rest])
    expect(bytes.equals(Buffer.from(emitSummaryWorkbook(summaries)))).toBe(true)
  })

  it('throws on an unknown header language at the call, before reading any row', () => {
    let reads = 0
    function* rows(): Generator<DocumentSummary> {
      reads++
      yield* summaries
    }
    expect(() =>
      // @ts-expect-error: checks the run-time guard.
      streamSummaryWorkbook(rows(), {headers: 'fr'})
    ).toThrow(
      new TypeError(
        "@baogao/emit-xlsx-summary: unexpected `headers` option `fr`, expected `'zh'` or `'en'`"
      )
    )
    expect(reads).toBe(0)
  })
})

describe('collectSummaryWorkbook', () => {
  it('gives the bytes of `emitSummaryWorkbook` from rows added one at a time', () => {
    const collector = collectSummaryWorkbook({headers: 'en'})
    for (const row of summaries) collector.add(row)
    const bytes = Buffer.concat(Array.from(collector.finish()))
    expect(bytes.equals(Buffer.from(emitSummaryWorkbook(summaries, {headers: 'en'})))).toBe(true)
  })

  it('throws on an unknown header language at the call', () => {
    expect(() =>
      // @ts-expect-error: checks the run-time guard.
      collectSummaryWorkbook({headers: 'fr'})
    ).toThrow(
      new TypeError(
        "@baogao/emit-xlsx-summary: unexpected `headers` option `fr`, expected `'zh'` or `'en'`"
      )
    )
  })
})
