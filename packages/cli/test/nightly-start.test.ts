/**
 * The quick start: `npm start` runs `baogao run nightly samples/text
 * samples/html --out out` (after a build). Here the same run goes to a
 * temporary folder, and its outputs are read back: the JSON per document,
 * `manifest.json`, and `summary.xlsx` with openpyxl and LibreOffice.
 */
import {spawnSync} from 'node:child_process'
import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, test} from 'vitest'
import {baogao, jsonLines, listFiles, temporaryFolder} from './helpers.ts'
import {documentOutputs, expectFrozenAndFiltered, flattenSections, readWithOpenpyxl, sampleInputs} from './nightly-helpers.ts'
import type {JsonReport, PyCell} from './nightly-helpers.ts'

const reportHeaders = [
  '文件', '来源类型', '标题', '发布机关', '报告类型', '年度', '发布日期', '成文日期', '章节数', '段落数', '字数', '错误', '警告',
  '脱敏：固定电话', '脱敏：手机', '脱敏：传真', '脱敏：电子邮箱', '脱敏：地址', '脱敏：邮编', '脱敏：QQ', '脱敏：微信', '脱敏：联系人', '脱敏合计',
  '含：主要举措和成效', '含：不足和原因', '含：第一责任人职责', '含：下一年度安排', '含：其他情况', '状态', '原因'
]
const redactionTypes = ['phone', 'mobile', 'fax', 'email', 'address', 'postcode', 'qq', 'wechat', 'name']

const text = (value: string | null): PyCell => (value === null ? null : ['s', value])
const date = (value: string | null): PyCell => (value === null ? null : ['d', value, 'yyyy-mm-dd'])
const number = (value: number): PyCell => ['n', value]

describe('npm start: nightly over the samples', () => {
  test('writes a JSON per input, manifest.json and a summary.xlsx that openpyxl reads back cell by cell', async () => {
    const out = path.join(await temporaryFolder(), 'out')
    const inputs = await sampleInputs()
    const result = await baogao(['run', 'nightly', 'samples/text', 'samples/html', '--out', out, '--log', 'json'])
    const end = jsonLines(result.stdout).at(-1) as {counts: {inputs: number, ok: number, failed: number, errors: number}, exitCode: number, batch: Array<unknown>}

    // Content errors are normal in real reports and give 1; nothing here may fail (3).
    expect([result.code, end.exitCode]).toEqual([end.counts.errors > 0 ? 1 : 0, end.counts.errors > 0 ? 1 : 0])
    expect([end.counts.inputs, end.counts.ok, end.counts.failed]).toEqual([10, 10, 0])
    expect(end.batch).toEqual([{file: 'summary.xlsx', status: 'ok', sha256: expect.stringMatching(/^[\da-f]{64}$/), reason: null}])
    expect(result.stderr).toBe('')

    const files = await listFiles(out)
    expect(files.filter((file) => !file.startsWith('.baogao-cache/'))).toEqual([
      ...inputs.filter((input) => input.startsWith('html/')).map((input) => input.replace(/\.html$/, '.json')),
      'manifest.json',
      'summary.xlsx',
      ...inputs.filter((input) => input.startsWith('text/')).map((input) => input.replace(/\.txt$/, '.json'))
    ])

    const reports = new Map<string, JsonReport>()
    for (const [index, output] of documentOutputs(files).entries()) {
      const report = JSON.parse(await readFile(path.join(out, output), 'utf8')) as JsonReport
      expect(report.meta.source).toMatchObject({kind: inputs[index]?.startsWith('html/') ? 'portal-html' : 'plain-text', path: inputs[index]})
      // Every sample's sections were found (003 has no title, as in its seed), and redaction counted.
      expect([inputs[index], report.sections.length > 2, report.redactions === undefined]).toEqual([inputs[index], true, false])
      reports.set(inputs[index] ?? '', report)
    }

    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as {pipeline: {name: string}, inputs: Array<{file: string, status: string, outputs: Array<string>, messages: {errors: number, warnings: number}}>, batch: Array<{file: string, status: string}>}
    expect(manifest.pipeline.name).toBe('nightly')
    expect(manifest.inputs.map((input) => [input.file, input.status, input.outputs])).toEqual(inputs.map((input) => [input, 'ok', [input.replace(/\.(?:txt|html)$/, '.json')]]))
    expect(manifest.batch.map((output) => [output.file, output.status])).toEqual([['summary.xlsx', 'ok']])

    const sheets = readWithOpenpyxl(path.join(out, 'summary.xlsx'))
    expect(sheets.map((sheet) => sheet.title)).toEqual(['Reports', 'Sections', 'Messages'])
    const [reportSheet, sectionSheet, messageSheet] = sheets
    const headings = [...reports.values()].flatMap((report) => flattenSections(report.sections))
    const messages = [...reports.values()].flatMap((report) => report.messages)
    expectFrozenAndFiltered(reportSheet, 'AD', 11)
    expectFrozenAndFiltered(sectionSheet, 'E', headings.length + 1)
    expectFrozenAndFiltered(messageSheet, 'F', messages.length + 1)

    // Reports: the header, then a row per input whose cells are what the
    // JSON output and the manifest say, typed.
    expect(reportSheet?.rows[0]).toEqual(reportHeaders.map((header) => ['s', header]))
    for (const [index, input] of inputs.entries()) {
      const report = reports.get(input)!
      const counts = manifest.inputs[index]!.messages
      const row = reportSheet?.rows[index + 1] ?? []
      expect([...row.slice(0, 9), ...row.slice(11, 23), ...row.slice(28)]).toEqual([
        text(input),
        text(report.meta.source.kind),
        text(report.meta.title),
        text(report.meta.issuer),
        text(report.meta.kind),
        report.meta.year === null ? null : number(report.meta.year),
        date(report.meta.published),
        date(report.meta.signed),
        number(flattenSections(report.sections).length),
        number(counts.errors),
        number(counts.warnings),
        ...redactionTypes.map((type) => number(report.redactions?.byType[type] ?? -1)),
        number(report.redactions?.total ?? -1),
        text('ok'),
        null
      ])
      // Paragraphs and characters are counts; template parts are TRUE/FALSE cells.
      expect(row.slice(9, 11).map((cell) => cell?.[0])).toEqual(['n', 'n'])
      // The duty-report profile has no part for measures: that cell is empty.
      expect(row.slice(23, 28).map((cell) => cell?.[0] ?? null)).toEqual(report.meta.kind === 'duty-report' ? [null, 'b', 'b', 'b', 'b'] : ['b', 'b', 'b', 'b', 'b'])
    }

    // Sections: a row per heading at any depth, in document order.
    expect(sectionSheet?.rows[0]).toEqual(['文件', '路径', '层级', '序号', '标题'].map((header) => ['s', header]))
    expect(sectionSheet?.rows.slice(1).map((row) => [row[0]?.[1], row[2]?.[1], row[3]?.[1] ?? null])).toEqual(
      inputs.flatMap((input) => flattenSections(reports.get(input)!.sections).map((section) => [input, section.depth, section.ordinal]))
    )

    // Messages: a row per message with its place, severity, rule and reason
    // (the JSON sorts them by place, the sheet keeps the order they came in).
    const byPlace = (rows: Array<Array<PyCell>>) => rows.map((row) => JSON.stringify(row)).sort()
    expect(messageSheet?.rows[0]).toEqual(['文件', '行', '列', '级别', '规则', '说明'].map((header) => ['s', header]))
    expect(byPlace(messageSheet?.rows.slice(1) ?? [])).toEqual(byPlace(
      inputs.flatMap((input) => reports.get(input)!.messages.map((message) => [
        text(input),
        message.line === null ? null : number(message.line),
        message.column === null ? null : number(message.column),
        text(message.severity),
        text(message.ruleId),
        text(message.reason)
      ]))
    ))
  })

  test('summary.xlsx opens in LibreOffice Calc: every sheet converts to CSV', async () => {
    const folder = await temporaryFolder()
    const out = path.join(folder, 'out')
    const run = await baogao(['run', 'nightly', 'samples/text', 'samples/html', '--out', out, '--quiet'])
    expect(run.stderr).toBe('')

    const csv = path.join(folder, 'csv')
    const result = spawnSync('soffice', [
      // Its own profile, so a running LibreOffice does not take the job.
      '-env:UserInstallation=' + pathToFileURL(path.join(folder, 'profile')).href,
      '--headless',
      '--convert-to',
      // UTF-8 (76), every sheet into its own file (-1).
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      csv,
      path.join(out, 'summary.xlsx')
    ], {encoding: 'utf8', timeout: 180_000})
    if (result.error || result.status !== 0) {
      throw new Error(`Could not convert the workbook with LibreOffice (install \`libreoffice-calc-nogui\`): ${String(result.error ?? result.stderr)}`)
    }

    expect((await readdir(csv)).sort()).toEqual(['summary-Messages.csv', 'summary-Reports.csv', 'summary-Sections.csv'])
    const lines = (await readFile(path.join(csv, 'summary-Reports.csv'), 'utf8')).trimEnd().split('\n')
    expect(lines[0]).toBe(reportHeaders.join(','))
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(await sampleInputs())
    // The date columns read as dates, the status as written.
    expect(lines[2]).toMatch(/^html\/001_3bbaca17e2977359\.html,portal-html,公安县2019年法治政府建设工作报告,公安县人民政府办公室,annual-report,2019,2020-04-20,2020-04-14,.*,ok,$/)
  }, 200_000)
})
