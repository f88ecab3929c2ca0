import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {runCli} from '../src/index.ts'
import {baogao, gbkBytes, samplesText, temporaryFolder, writeFiles} from './helpers.ts'

const seed001 = path.join(samplesText, '001_3bbaca17e2977359.txt')

interface Section {
  title: string
  sections: Array<Section>
}

describe('baogao parse', () => {
  test('prints the normalized JSON of seed 001 on stdout, its messages on stderr', async () => {
    const result = await baogao(['parse', 'samples/text/001_3bbaca17e2977359.txt'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as {schemaVersion: number, meta: Record<string, unknown> & {source: {kind: string, path: string, fields: Record<string, string>}}, sections: Array<Section>}
    expect(report.schemaVersion).toBe(1)
    expect([report.meta['title'], report.meta['published'], report.meta['salutation'], report.meta['year'], report.meta['kind']]).toEqual(['公安县2019年法治政府建设工作报告', '2020-04-20', '市人民政府:', 2019, 'annual-report'])
    expect([report.meta.source.kind, report.meta.source.path, report.meta.source.fields['索引号']]).toEqual(['plain-text', 'samples/text/001_3bbaca17e2977359.txt', '201140958/2022-03057'])
    expect(report.sections.length).toBe(9)
    expect(report.sections.flatMap((section) => section.sections.map((child) => child.title))).toContain('认真研究,科学部署')
    // The damaged date (`2020414`) is a warning, reported on stderr.
    expect(result.stderr).toContain('warning')
  })

  test('warnings exit with 1 under --frail', async () => {
    expect((await baogao(['parse', seed001, '--frail'])).code).toBe(1)
  })

  test('names the file and exits with 2 when it is missing, empty, binary or not UTF-8', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {'empty.txt': '', 'binary.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0]), 'gbk.txt': gbkBytes})
    const results = await Promise.all(['missing.txt', 'empty.txt', 'binary.txt', 'gbk.txt'].map((name) => baogao(['parse', name], {cwd: folder})))
    expect(results.map((result) => [result.code, result.stdout, result.stderr])).toEqual([
      [2, '', 'baogao: Cannot process `missing.txt`: no such file\n'],
      [2, '', 'baogao: Cannot process `empty.txt`: the file is empty\n'],
      [2, '', 'baogao: Cannot process `binary.txt`: unexpected binary data (NUL or control bytes), expected a text or HTML report (UTF-16 text must be converted to UTF-8)\n'],
      [2, '', 'baogao: Cannot process `gbk.txt`: unexpected bytes that are not UTF-8 (at byte 0), expected UTF-8 text; convert the file (GBK/GB18030 text, for example, with `iconv -f gb18030 -t utf-8`)\n']
    ])
  })

  test('tells HTML by content and refuses it for a text-only pipeline, with 2', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {'page.txt': '<!DOCTYPE html>\n<html><head><title>报告</title></head></html>'})
    const result = await baogao(['parse', 'page.txt', '--pipeline', 'text-to-json'], {cwd: folder})
    expect([result.code, result.stdout, result.stderr]).toEqual([2, '', 'baogao: Cannot parse `page.txt`: unexpected `portal-html` input, expected `plain-text` for pipeline `text-to-json`\n'])
  })

  test('an unknown --pipeline is a usage error listing the known ones', async () => {
    const result = await baogao(['parse', seed001, '--pipeline', 'nope'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^baogao: Unknown pipeline `nope`, expected one of (`[a-z-]+`, )*`text-to-json`/)
  })

  test('says when no installed pipeline takes the input kind', async () => {
    // A registry with a text pipeline only, driven in-process.
    const folder = await temporaryFolder()
    await writeFiles(folder, {
      'page.html': '<html><body>报告</body></html>',
      'pipelines.js': 'export const pipelines = {}\nexport function getPipeline() {}\nexport function createProcessor() {}\n'
    })
    let stderr = ''
    const code = await runCli(['parse', 'page.html'], '0.0.0', {
      stdout: {write: () => true},
      stderr: {write: (chunk) => (stderr += String(chunk))},
      cwd: folder,
      pipelineModule: new URL(`file://${path.join(folder, 'pipelines.js')}`).href,
      signal: new AbortController().signal
    })
    expect([code, stderr]).toEqual([2, 'baogao: Cannot parse `page.html`: it is an HTML page, and the pipeline for it, `portal-to-json`, is not installed\n'])
  })
})
