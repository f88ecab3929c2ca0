import {readFileSync} from 'node:fs'
import {mkdtemp, readdir, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {summarize} from '@baogao/core'
import type {DocumentSummary} from '@baogao/core'
import emitJson from '@baogao/emit-json'
import {emitSummaryWorkbook} from '@baogao/emit-xlsx-summary'
import parsePlainText from '@baogao/parse-plain-text'
import parsePortalHtml from '@baogao/parse-portal-html'
import redactContacts from '@baogao/redact-contacts'
import validateSectionOrder from '@baogao/validate-section-order'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createProcessor, getPipeline} from '../src/index.ts'

const definition = getPipeline('nightly')!

/** Parse, run and compile `file` as the engine does; the row made from the tree after every transformer. */
async function convert(value: string | Uint8Array, path: string, kind: 'plain-text' | 'portal-html') {
  const processor = createProcessor(definition, kind)
  const file = new VFile({path, value})
  const tree = await processor.run(processor.parse(file), file)
  const report = JSON.parse(String(processor.stringify(tree, file))) as Record<string, unknown>
  return {report, summary: summarize(tree, file, {file: path})}
}

const noRedactions = {phone: 0, mobile: 0, fax: 0, email: 0, address: 0, postcode: 0, qq: 0, wechat: 0, name: 0}

describe('nightly', () => {
  it('is both kinds → parser → validate-section-order → redact-contacts → emit-json → `.json`, with `summary.xlsx`', () => {
    expect({
      name: definition.name,
      accepts: definition.accepts,
      parsers: Object.fromEntries(Object.entries(definition.parsers).map(([kind, step]) => [kind, [step.plugin, step.parameters]])),
      transformers: definition.transformers.map((step) => [step.role, step.plugin, step.parameters]),
      compiler: [definition.compiler.plugin, definition.compiler.parameters],
      extension: definition.extension,
      batch: definition.batch.map((output) => output.file)
    }).toEqual({
      name: 'nightly',
      accepts: ['plain-text', 'portal-html'],
      parsers: {'plain-text': [parsePlainText, []], 'portal-html': [parsePortalHtml, []]},
      // Default options: profile `auto` (from the report kind), operator `replace`.
      transformers: [
        ['transformer', validateSectionOrder, []],
        ['transformer', redactContacts, []]
      ],
      compiler: [emitJson, []],
      extension: '.json',
      batch: ['summary.xlsx']
    })
    expect(definition.description).toMatch(/\S/)
    expect(definition.batch[0]?.description).toMatch(/\S/)
  })

  it('validates a plain-text report against the annual-report profile and redacts it before compiling', async () => {
    const text = [
      '某县人民政府2020年法治政府建设工作报告',
      '市人民政府:',
      '现将有关情况报告如下:',
      '一、主要举措和成效',
      '推进依法行政,设立咨询电话0716-5227196,邮箱fzb@example.gov.cn。',
      '二、存在的不足和原因',
      '基层执法力量不足。',
      '三、下一年度主要安排',
      '联系人:张三,手机13912345678。',
      '特此报告。',
      '某县人民政府',
      '2021年1月8日',
      ''
    ].join('\n')
    const {report} = await convert(text, 'in/a.txt', 'plain-text')

    expect(report.sections).toEqual([
      {marker: '一、', ordinal: 1, style: '一、', depth: 1, title: '主要举措和成效', paragraphs: ['推进依法行政,设立咨询电话[PHONE],邮箱[EMAIL]。'], sections: []},
      {marker: '二、', ordinal: 2, style: '一、', depth: 1, title: '存在的不足和原因', paragraphs: ['基层执法力量不足。'], sections: []},
      {marker: '三、', ordinal: 3, style: '一、', depth: 1, title: '下一年度主要安排', paragraphs: ['联系人:[NAME],手机[MOBILE]。'], sections: []}
    ])
    expect(report.messages).toEqual([
      {
        ruleId: 'template-missing',
        source: 'validate-section-order',
        severity: 'warning',
        reason: 'Unexpected missing part `第一责任人职责情况`, expected it before part `下一年度主要安排` in profile `annual-report`',
        line: 8,
        column: 1
      }
    ])
    expect(report.redactions).toEqual({total: 4, byType: {...noRedactions, phone: 1, mobile: 1, email: 1, name: 1}})
  })

  it('checks a duty report against the duty-report profile', async () => {
    const text = '某县县长2020年履行推进法治建设第一责任人职责情况报告\n一、主要举措和成效\n推进依法行政。\n二、下一年度主要安排\n继续推进。\n特此报告。\n'
    const {report} = await convert(text, 'in/duty.txt', 'plain-text')
    expect((report.meta as {kind: string}).kind).toBe('duty-report')
    expect((report.messages as Array<{reason: string}>).map((message) => message.reason)).toEqual([
      'Unexpected missing part `存在的不足和原因`, expected it before part `下一年度主要安排` in profile `duty-report`'
    ])
  })

  it('makes summary rows from the redacted tree: headings, titles and counts hold tokens, never values', async () => {
    const text = '某县人民政府2020年法治政府建设工作报告\n一、主要举措和成效\n(一)开通热线0716-5227196\n推进依法行政。\n二、下一年度主要安排\n继续推进。\n'
    const {report, summary} = await convert(text, 'in/b.txt', 'plain-text')
    expect(JSON.stringify(report)).not.toContain('5227196')
    expect(summary.headings).toEqual([
      {path: '一', depth: 1, ordinal: 1, title: '主要举措和成效'},
      {path: '一/(一)', depth: 2, ordinal: 1, title: '开通热线[PHONE]'},
      {path: '二', depth: 1, ordinal: 2, title: '下一年度主要安排'}
    ])
    expect(summary.redactions).toEqual({total: 1, byType: {...noRedactions, phone: 1}})
    expect(JSON.stringify(summary)).not.toContain('5227196')
  })

  it('reads a GBK portal page from its bytes, to the same sections as its text dump, and redacts the text dump’s footer', async () => {
    const name = '001_3bbaca17e2977359'
    const html = new Uint8Array(readFileSync(new URL(`../../samples/html/${name}.html`, import.meta.url)))
    const text = readFileSync(new URL(`../../samples/text/${name}.txt`, import.meta.url), 'utf8')
    const fromHtml = await convert(html, `html/${name}.html`, 'portal-html')
    const fromText = await convert(text, `text/${name}.txt`, 'plain-text')

    expect(fromHtml.report.sections).toEqual(fromText.report.sections)
    expect(fromHtml.summary.headings).toEqual(fromText.summary.headings)
    // The page's footer is chrome the HTML parser drops; the text dump keeps
    // it as chrome lines, where the redactor finds the phone, e-mail and
    // address of the footer.
    expect(fromHtml.report.redactions).toEqual({total: 0, byType: noRedactions})
    expect(fromText.report.redactions).toEqual({total: 3, byType: {...noRedactions, phone: 1, email: 1, address: 1}})
    for (const value of ['0716-5227196', 'gaxzfwz@gongan.gov.cn', '油江路122号']) {
      expect(JSON.stringify([fromHtml, fromText])).not.toContain(value)
    }
  })

  it('writes `summary.xlsx` with @baogao/emit-xlsx-summary (Chinese headers) from the rows of a run', async () => {
    const rows: Array<DocumentSummary> = [
      (await convert('某县人民政府2020年法治政府建设工作报告\n一、主要举措和成效\n推进依法行政。\n', 'a.txt', 'plain-text')).summary
    ]
    const chunks = await definition.batch[0]!.emit(rows)
    // The workbook comes in chunks, which the engine writes as they come.
    expect(chunks).not.toBeInstanceOf(Uint8Array)
    const parts: Array<Uint8Array> = []
    for await (const chunk of chunks as AsyncIterable<Uint8Array>) parts.push(chunk)
    const bytes = Buffer.concat(parts)
    expect(bytes).toEqual(emitSummaryWorkbook(rows))
    expect(bytes).not.toEqual(emitSummaryWorkbook(rows, {headers: 'en'}))

    // As the engine runs it: rows kept in the temporary file it names.
    const folder = await mkdtemp(path.join(os.tmpdir(), 'baogao-nightly-'))
    try {
      const temporaryFile = path.join(folder, 'rows.tmp')
      const collector = await definition.batch[0]!.collect!({temporaryFile})
      expect(await readdir(folder)).toEqual(['rows.tmp'])
      for (const row of rows) collector.add(row)
      const collected: Array<Uint8Array> = []
      for await (const chunk of await collector.finish() as AsyncIterable<Uint8Array>) collected.push(chunk)
      expect(Buffer.concat(collected)).toEqual(bytes)
      expect(await readdir(folder)).toEqual([])
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })
})
