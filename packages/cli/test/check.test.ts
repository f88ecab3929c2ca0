import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {baogao, samplesText, temporaryFolder, writeFiles} from './helpers.ts'

// Golden files are reviewed in diffs; regenerate them with `UPDATE=1`.
const update = process.env['UPDATE'] === '1'

const seed004 = path.join(samplesText, '004_53ad0b29bc01cca5.txt')
const gap = '某区人民政府2020年法治政府建设工作报告\n一、主要举措和成效\n二、存在的不足和原因\n四、下一年度主要安排\n'

describe('baogao check', () => {
  test('`check --help` matches its golden file', async () => {
    const result = await baogao(['check', '--help'])
    const file = new URL('golden/check.txt', import.meta.url)
    if (update) await writeFile(file, result.stdout)
    expect([result.code, result.stderr]).toEqual([0, ''])
    expect(result.stdout).toBe(await readFile(file, 'utf8'))
  })

  test('prints `file:line:column  severity  reason  rule-id` and a summary', async () => {
    const result = await baogao(['check', 'samples/text/004_53ad0b29bc01cca5.txt'])
    expect(result).toEqual({
      code: 0,
      stdout:
        'samples/text/004_53ad0b29bc01cca5.txt:53:3  warning  Unexpected missing part `第一责任人职责情况`, expected it before part `下一年度主要安排` in profile `annual-report`  template-missing\n' +
        '⚠ 1 warning in 1 file\n',
      stderr: ''
    })
  })

  test('exits with 1 on warnings with --frail', async () => {
    const result = await baogao(['check', seed004, '--frail'])
    expect(result.code).toBe(1)
  })

  test('--profile none checks no template', async () => {
    const result = await baogao(['check', seed004, '--profile', 'none'])
    expect([result.code, result.stdout]).toEqual([0, 'no issues found in 1 file\n'])
  })

  test('a config file raises a rule to error: exit 1', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {
      'report.txt': gap,
      'rules.json': JSON.stringify({profile: 'none', rules: {'numbering-sequence': 'error'}})
    })
    const result = await baogao(['check', 'report.txt', '--config', 'rules.json'], {cwd: folder})
    expect(result).toEqual({
      code: 1,
      stdout:
        'report.txt:4:1  error  Unexpected number `四、`, expected `三、`  numbering-sequence\n' +
        '✖ 1 error in 1 file\n',
      stderr: ''
    })
  })

  test('a config file switches a rule off', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {
      'report.txt': gap,
      'rules.json': '{"profile": "none", "rules": {"numbering-sequence": "off"}}'
    })
    const result = await baogao(['check', 'report.txt', '--config', 'rules.json', '--reporter', 'json'], {cwd: folder})
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as {files: Array<{messages: Array<{source: string}>}>}
    expect(report.files[0]?.messages.filter((message) => message.source === 'validate-section-order')).toEqual([])
  })

  test('--reporter json: messages per file and counts', async () => {
    const result = await baogao(['check', 'samples/text', '--reporter', 'json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as {
      files: Array<{file: string; failure: string | null; messages: Array<{ruleId: string | null; line: number | null}>}>
      summary: Record<string, number>
    }
    expect(report.files.map((file) => file.file)).toEqual([
      'samples/text/000_c38c80df23ae400c.txt',
      'samples/text/001_3bbaca17e2977359.txt',
      'samples/text/002_003a9d8f3bacc8c6.txt',
      'samples/text/003_8891a8d6d278ec13.txt',
      'samples/text/004_53ad0b29bc01cca5.txt'
    ])
    expect(
      report.files[1]?.messages
        .filter((message) => message.ruleId === 'template-missing' || message.ruleId === 'published-late')
        .map((message) => [message.line, message.ruleId])
    ).toEqual([
      [29, 'published-late'],
      [144, 'template-missing']
    ])
    expect(report.summary['files']).toBe(5)
    expect(report.summary['failed']).toBe(0)
  })

  test('a bad config file is a usage error naming the rule: exit 2', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {'report.txt': gap, 'rules.json': '{"rules": {"year-mismatch": "loud"}}'})
    const result = await baogao(['check', 'report.txt', '--config', 'rules.json'], {cwd: folder})
    expect([result.code, result.stdout]).toEqual([2, ''])
    expect(result.stderr).toBe(
      `baogao: Cannot use config: ${path.join(folder, 'rules.json')}: rule \`year-mismatch\`: unexpected severity \`"loud"\`, expected one of \`off\`, \`on\`, \`info\`, \`warn\`, \`error\`, a boolean, \`0\`, \`1\` or \`2\`\n`
    )
  })

  test('no inputs: exit 2', async () => {
    const folder = await temporaryFolder()
    const result = await baogao(['check', '.'], {cwd: folder})
    expect([result.code, result.stdout, result.stderr]).toEqual([
      2,
      '',
      'baogao: No inputs found: give files, folders or globs of .txt or .html reports\n'
    ])
  })

  test('an unreadable input is reported and the others checked: exit 3', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {'a.txt': gap, 'b.txt': ''})
    const result = await baogao(['check', '.', '--profile', 'none'], {cwd: folder})
    expect(result).toEqual({
      code: 3,
      stdout:
        'a.txt:4:1  warning  Unexpected number `四、`, expected `三、`  numbering-sequence\n' +
        '⚠ 1 warning in 2 files, 1 not checked\n',
      stderr: 'baogao: Cannot process `b.txt`: the file is empty\n'
    })
  })
})
