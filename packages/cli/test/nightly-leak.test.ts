/**
 * No leaks (`@baogao/redact-contacts`, issue §6): known contact details in
 * the body, footer and metadata fields of text and HTML inputs go through
 * every pipeline of the registry, and every output is searched for them,
 * digits and widths normalised: per-document JSON, `summary.xlsx` (the XML
 * of its parts), `manifest.json`, the cache folder, the logs of `run` in
 * both log formats (fresh and cached), and the messages of `parse` and
 * `check`; and what `baogao redact` prints in every format and operator.
 *
 * Pipelines with the redactor (`nightly`, and any other that lists
 * `redactContacts`) must hold none of them anywhere. A pipeline without it
 * is not a redacting pipeline: its JSON keeps the text as written
 * (asserted), but its logs, manifest and cache must hold none either.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {baogao, temporaryFolder, writeFiles} from './helpers.ts'
import {readAllFiles} from './nightly-helpers.ts'

/** The values, as a search normalises them: digits only for numbers, NFKC and lower case for the rest. */
const numbers = ['07165227196', '07165227197', '07165227198', '07165227199', '06623890040', '13987654321', '13912345678', '123456789', '434300']
const words = ['fzb@example.gov.cn', 'gaxzfwz@gongan.gov.cn', '斗湖堤镇油江路122号', '欧阳明华', 'zhang_san88', '张晓红']

const header = [
  '首页 > 政务公开 > 法治政府建设年度报告',
  '索引号: 201140958/2022-03057',
  '联系电话: 0716-5227196',
  '发布时间:2022-03-01 10:00'
]
const body = [
  '某县人民政府2021年法治政府建设年度报告',
  '市人民政府:',
  '现将有关情况报告如下:',
  '一、主要举措和成效',
  '(一)畅通渠道。开通法律咨询热线(0662)3890040转8001,手机+86 139 8765 4321,传真:0716-5227197。',
  '二、存在的不足和原因',
  '群众可发送邮件至ｆｚｂ＠example.gov.cn反映问题,或致电１３９１２３４５６７８。',
  '三、下一年度主要安排',
  '联系人:欧阳明华,QQ:123456789,微信:zhang_san88。联系人：张晓红,电话：0716-5227199。',
  '特此报告。',
  '某县人民政府',
  '2022年2月28日'
]
const footer = [
  '地址:湖北省公安县斗湖堤镇油江路122号(434300) 邮箱:gaxzfwz@gongan.gov.cn',
  '网站编辑部电话:０７１６－５２２７１９８'
]

const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

const page = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="某县人民政府">
<meta name="ArticleTitle" content="某县人民政府2021年法治政府建设年度报告">
<meta name="PubDate" content="2022-03-01 10:00">
<meta name="ContentSource" content="县司法局 联系电话:0716-5227196">
<meta name="Author" content="联系人:欧阳明华">
<meta name="Description" content="咨询电话0716-5227199,邮箱fzb@example.gov.cn">
<title>某县人民政府2021年法治政府建设年度报告_某县人民政府</title>
</head>
<body>
<div class="xxgk-info"><table>
<tr><th>索 引 号：</th><td>201140958/2022-03057</td><th>发布机构：</th><td>某县人民政府</td></tr>
<tr><th>联系电话：</th><td>0716-5227196</td><th>发布日期：</th><td>2022-03-01</td></tr>
<tr><th>通讯地址：</th><td>湖北省公安县斗湖堤镇油江路122号</td><th>邮　　编：</th><td>434300</td></tr>
</table></div>
<h1>某县人民政府2021年法治政府建设年度报告</h1>
<div class="TRS_Editor">
${body.slice(1).map((line) => (/^[一二三]、/.test(line) ? `<p><strong>${escape(line)}</strong></p>` : `<p>${escape(line)}</p>`)).join('\n')}
</div>
<div class="footer">
${footer.map((line) => `<p>${escape(line)}</p>`).join('\n')}
</div>
</body>
</html>
`

/** A report whose headings hold contacts too: redacting pipelines only (a heading is in the summary rows of every pipeline's cache). */
const headingReport = [
  '某县司法局2021年法治政府建设工作报告',
  '一、主要举措和成效',
  '(一)开通热线0716-5227196',
  '推进依法行政。',
  '(二)联系人欧阳明华,邮箱gaxzfwz@gongan.gov.cn',
  '完善制度。',
  '二、下一年度主要安排',
  '继续推进。',
  ''
].join('\n')

/**
 * The values found in `text`: numbers in any layout (full-width, spaced,
 * hyphenated, bracketed, `+86`), the rest case- and width-folded. Hashes
 * and run ids are taken out first, so their digits cannot match by chance.
 */
function findValues(text: string): Array<string> {
  const folded = text.normalize('NFKC').toLowerCase().replace(/[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}|[\da-f]{40,}/g, ' ')
  const runs = [...folded.matchAll(/\d[\d\s\-()+]*\d/g)].map((match) => match[0].replace(/\D/g, ''))
  return [...numbers.filter((value) => runs.some((run) => run.includes(value))), ...words.filter((value) => folded.includes(value))]
}

interface Source {
  name: string
  text: string
}

/** `name: value` for every value found in the sources. */
function leaks(sources: ReadonlyArray<Source>): Array<string> {
  return sources.flatMap((source) => findValues(source.text).map((value) => `${source.name}: ${value}`))
}

describe('no contact detail leaks from any pipeline', async () => {
  const listing = JSON.parse((await baogao(['list', '--json'])).stdout) as {pipelines: Array<{name: string, plugins: Array<{name: string}>, batch: Array<{file: string}>}>}
  const redacting = listing.pipelines.filter((pipeline) => pipeline.plugins.some((plugin) => plugin.name === 'redactContacts')).map((pipeline) => pipeline.name)

  test('the search finds every value in the inputs, full-width and spaced ones too; `nightly` redacts', () => {
    expect(findValues([...header, ...body, ...footer].join('\n')).sort()).toEqual([...numbers, ...words].sort())
    expect(findValues(page).sort()).toEqual([...numbers, ...words].sort())
    expect(findValues(headingReport).sort()).toEqual(['07165227196', '欧阳明华', 'gaxzfwz@gongan.gov.cn'].sort())
    expect(redacting).toContain('nightly')
    expect(listing.pipelines.map((pipeline) => pipeline.name)).toEqual(expect.arrayContaining(['nightly', 'portal-to-json', 'text-to-json']))
  })

  test.each(listing.pipelines.map((pipeline) => pipeline.name))('%s: logs, messages, manifest and cache never hold a value; a redacting pipeline’s outputs hold none either', async (name) => {
    const folder = await temporaryFolder()
    const redacts = redacting.includes(name)
    await writeFiles(path.join(folder, 'in'), {
      'report.txt': [...header, ...body, '', ...footer, ''].join('\n'),
      'page.html': page,
      ...(redacts ? {'headings.txt': headingReport} : {})
    })
    const inputs = redacts ? ['headings.txt', 'page.html', 'report.txt'] : ['page.html', 'report.txt']
    const logs: Array<Source> = []
    const log = (label: string, result: {stdout: string, stderr: string}): void => {
      logs.push({name: `${label} stdout`, text: result.stdout}, {name: `${label} stderr`, text: result.stderr})
    }

    const json = await baogao(['run', name, 'in', '--out', 'out', '--log', 'json'], {cwd: folder})
    log('run --log json', json)
    log('run --log pretty --force', await baogao(['run', name, 'in', '--out', 'out', '--log', 'pretty', '--force'], {cwd: folder}))
    log('run --log json (cached)', await baogao(['run', name, 'in', '--out', 'out', '--log', 'json'], {cwd: folder}))
    log('check', await baogao(['check', 'in'], {cwd: folder}))
    log('check --reporter json', await baogao(['check', 'in', '--reporter', 'json'], {cwd: folder}))

    /** The per-document outputs, printed by `parse`: allowed to hold values only when the pipeline does not redact. */
    const documents: Array<Source> = []
    for (const input of inputs) {
      const parsed = await baogao(['parse', `in/${input}`, '--pipeline', name], {cwd: folder})
      logs.push({name: `parse ${input} stderr`, text: parsed.stderr})
      documents.push({name: `parse ${input} stdout`, text: parsed.stdout})
    }

    const outputs = await readAllFiles(path.join(folder, 'out'))
    const manifest = JSON.parse(await readFile(path.join(folder, 'out/manifest.json'), 'utf8')) as {inputs: Array<{file: string, status: string}>}
    const kept = (file: string): boolean => file === 'manifest.json' || file.startsWith('.baogao-cache/')
    documents.push(...outputs.filter((output) => !kept(output.file)).map((output) => ({name: output.file, text: output.text})))

    // The run covered every input it accepts (text-to-json refuses the page).
    expect(manifest.inputs.map((input) => input.file)).toEqual(inputs)
    expect(outputs.some((output) => output.file.startsWith('.baogao-cache/'))).toBe(true)

    expect(leaks([...logs, ...outputs.filter((output) => kept(output.file)).map((output) => ({name: output.file, text: output.text}))])).toEqual([])
    // Batch outputs (`summary.xlsx`) were written and are searched with the JSON.
    const batch = listing.pipelines.find((pipeline) => pipeline.name === name)?.batch.map((output) => output.file) ?? []
    expect(documents.map((document) => document.name).filter((file) => batch.includes(file))).toEqual(batch)
    if (redacts) {
      expect(leaks(documents)).toEqual([])
    } else {
      // Not a redacting pipeline: the report's values stay in its JSON.
      expect(findValues(documents.find((document) => document.name === 'report.json')?.text ?? '')).toEqual(expect.arrayContaining(['13912345678', '07165227197', 'fzb@example.gov.cn', '欧阳明华']))
    }
  }, 300_000)

  test('`baogao redact` prints no value, in any format or operator', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {'report.txt': [...header, ...body, '', ...footer, ''].join('\n'), 'page.html': page, 'headings.txt': headingReport})
    const printed: Array<Source> = []
    process.env['BAOGAO_REDACT_SECRET'] = 'a secret for the leak test, long enough to be a real one'
    try {
      for (const input of ['headings.txt', 'page.html', 'report.txt']) {
        for (const format of ['text', 'json', 'spans']) {
          for (const operator of ['replace', 'mask', 'hash']) {
            const result = await baogao(['redact', input, '--format', format, '--operator', operator], {cwd: folder})
            expect([input, format, operator, result.code]).toEqual([input, format, operator, 0])
            printed.push({name: `redact ${input} ${format} ${operator} stdout`, text: result.stdout}, {name: `redact ${input} ${format} ${operator} stderr`, text: result.stderr})
          }
        }
      }
    } finally {
      delete process.env['BAOGAO_REDACT_SECRET']
    }

    expect(leaks(printed)).toEqual([])
  }, 300_000)
})
