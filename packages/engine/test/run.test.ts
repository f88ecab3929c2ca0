import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {run} from '../src/index.ts'
import type {Manifest, RunOptions} from '../src/index.ts'
import {fixturePipelines, listFiles, memoryStream, temporaryFolder, writeFiles} from './helpers.ts'

function options(input: string, out: string, extra: Partial<RunOptions> = {}): RunOptions {
  return {pipeline: 'lines-to-json', pipelineModule: fixturePipelines, inputs: [input], out, concurrency: 1, log: 'json', stdout: memoryStream(), stderr: memoryStream(), ...extra}
}

describe('run', () => {
  test('converts a folder, keeping sub-folders relative to the input root', async () => {
    const folder = await temporaryFolder()
    await writeFiles(folder, {'in/01.txt': '标题一\n第一段\n', 'in/sub/02.txt': '标题二\n', 'in/sub/deeper/03.html': 'plain text in an .html file\n'})
    const result = await run(options(path.join(folder, 'in'), path.join(folder, 'out')))
    expect(result.exitCode).toBe(0)
    expect(await listFiles(path.join(folder, 'out'))).toEqual(expect.arrayContaining(['01.json', 'manifest.json', 'sub/02.json', 'sub/deeper/03.json', 'summary.csv']))
    expect(JSON.parse(await readFile(path.join(folder, 'out/01.json'), 'utf8'))).toEqual({path: '01.txt', title: '标题一', paragraphs: ['第一段'], prefix: ''})
  })
})
