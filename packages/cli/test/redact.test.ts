import {spawn} from 'node:child_process'
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {repositoryRoot, samplesText} from './helpers.ts'
import type {Completed} from './helpers.ts'

// Golden files are reviewed in diffs; regenerate them with `UPDATE=1`.
const update = process.env['UPDATE'] === '1'
const binary = path.join(repositoryRoot, 'packages/cli/bin/baogao.js')
const seed001 = path.join(samplesText, '001_3bbaca17e2977359.txt')
const seed004 = path.join(samplesText, '004_53ad0b29bc01cca5.txt')

/** Run the real `baogao` with `stdin` and a controlled redaction secret. */
function baogao(args: ReadonlyArray<string>, options: {stdin?: string | Uint8Array; secret?: string} = {}): Promise<Completed> {
  const env = {...process.env}
  delete env['NODE_OPTIONS']
  delete env['FORCE_COLOR']
  delete env['BAOGAO_REDACT_SECRET']
  env['NO_COLOR'] = '1'
  if (options.secret !== undefined) env['BAOGAO_REDACT_SECRET'] = options.secret
  const child = spawn(process.execPath, [binary, ...args], {cwd: repositoryRoot, env})
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdin.end(options.stdin ?? '')
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

const values = ['0716-5227196', '湖北省公安县斗湖堤镇油江路122号', 'gaxzfwz@gongan.gov.cn', '0662-3890040', '0662-3800009']

describe('baogao redact', () => {
  test('`redact --help` matches its golden file', async () => {
    const result = await baogao(['redact', '--help'])
    const file = new URL('golden/redact.txt', import.meta.url)
    if (update) await writeFile(file, result.stdout)
    expect([result.code, result.stderr]).toEqual([0, ''])
    expect(result.stdout).toBe(await readFile(file, 'utf8'))
  })

  test('prints the redacted text: only the footer lines change', async () => {
    const [result, source] = await Promise.all([baogao(['redact', seed001]), readFile(seed001, 'utf8')])
    expect([result.code, result.stderr]).toEqual([0, ''])
    expect(result.stdout).toBe(
      source
        .replace('网站编辑部电话:0716-5227196', '网站编辑部电话:[PHONE]')
        .replace('地址:湖北省公安县斗湖堤镇油江路122号 邮箱:gaxzfwz@gongan.gov.cn', '地址:[ADDRESS] 邮箱:[EMAIL]')
    )
  })

  test('reads stdin with `-` and prints the spans as JSON', async () => {
    const source = await readFile(seed004, 'utf8')
    const result = await baogao(['redact', '-', '--format', 'spans'], {stdin: source})
    const start = source.indexOf('0662-3890040')
    expect(result).toEqual({
      code: 0,
      stdout: JSON.stringify([
        {start, end: start + 12, type: 'phone'},
        {start: start + 13, end: start + 25, type: 'phone'}
      ]) + '\n',
      stderr: ''
    })
  })

  test('prints the normalized JSON, redacted, with the counts', async () => {
    const result = await baogao(['redact', seed001, '--format', 'json', '--labels', 'zh'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as {redactions: {total: number}}
    expect(report.redactions.total).toBe(3)
    for (const value of values) expect(result.stdout + result.stderr).not.toContain(value)
  })

  test('masks and hashes; hash tokens need BAOGAO_REDACT_SECRET', async () => {
    const text = '电话：0716-5227196，手机：13912345678'
    const [masked, hashed, again, missing] = await Promise.all([
      baogao(['redact', '-', '--operator', 'mask'], {stdin: text}),
      baogao(['redact', '-', '--operator', 'hash'], {stdin: text, secret: 'cli test secret'}),
      baogao(['redact', '-', '--operator', 'hash', '--labels', 'zh'], {stdin: text, secret: 'cli test secret'}),
      baogao(['redact', '-', '--operator', 'hash'], {stdin: text})
    ])
    expect(masked).toEqual({code: 0, stdout: '电话：0716-*******，手机：139****5678', stderr: ''})
    expect(hashed.stdout).toMatch(/^电话：\[PHONE:[0-9a-f]{8}\]，手机：\[MOBILE:[0-9a-f]{8}\]$/)
    expect(again.stdout.slice(7, 15)).toBe(hashed.stdout.slice(10, 18))
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: 'baogao: redactText: option `secret` (or the `BAOGAO_REDACT_SECRET` environment variable) must be a non-empty string with `operator: hash`\n'
    })
  })

  test('short codes stay unless asked', async () => {
    const text = '投诉电话：12345'
    const [kept, redacted] = await Promise.all([
      baogao(['redact', '-'], {stdin: text}),
      baogao(['redact', '-', '--redact-short-codes'], {stdin: text})
    ])
    expect([kept.stdout, redacted.stdout]).toEqual(['投诉电话：12345', '投诉电话：[PHONE]'])
  })

  test('a missing or empty input is a usage error', async () => {
    const [missing, empty] = await Promise.all([
      baogao(['redact', 'no-such-report.txt']),
      baogao(['redact', '-'], {stdin: ''})
    ])
    expect([missing.code, missing.stdout]).toEqual([2, ''])
    expect(missing.stderr).toMatch(/^baogao: Cannot .*no-such-report\.txt/)
    expect(empty).toEqual({code: 2, stdout: '', stderr: 'baogao: Cannot process `stdin`: the file is empty\n'})
  })
})
