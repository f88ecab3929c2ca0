import {spawn} from 'node:child_process'
import type {ChildProcessWithoutNullStreams} from 'node:child_process'
import {mkdtemp, mkdir, readdir, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach} from 'vitest'

export const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url))
export const samplesText = path.join(repositoryRoot, 'samples/text')
const binary = path.join(repositoryRoot, 'packages/cli/bin/baogao.js')

export interface Completed {
  code: number | null
  stdout: string
  stderr: string
}

/** Start the real `baogao` binary in a clean environment. */
export function spawnBaogao(args: ReadonlyArray<string>, options: {cwd?: string, env?: Record<string, string>} = {}): ChildProcessWithoutNullStreams {
  const env = {...process.env, ...options.env}
  // The test runner's flags and colour settings must not reach the binary.
  delete env['NODE_OPTIONS']
  delete env['FORCE_COLOR']
  env['NO_COLOR'] = '1'
  return spawn(process.execPath, [binary, ...args], {cwd: options.cwd ?? repositoryRoot, env})
}

/** Run `baogao` to the end. */
export function baogao(args: ReadonlyArray<string>, options: {cwd?: string, env?: Record<string, string>} = {}): Promise<Completed> {
  const child = spawnBaogao(args, options)
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

const made: Array<string> = []

afterEach(async () => {
  await Promise.all(made.splice(0).map((folder) => rm(folder, {recursive: true, force: true})))
})

/** A fresh temporary folder, removed after the test. */
export async function temporaryFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'baogao-cli-'))
  made.push(folder)
  return folder
}

/** Write files (`name → content`) below `folder`, making sub-folders. */
export async function writeFiles(folder: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(folder, name)
    await mkdir(path.dirname(file), {recursive: true})
    await writeFile(file, content)
  }
}

/** Every file below `folder` (symlinks included), relative, sorted, `/` separators. */
export async function listFiles(folder: string): Promise<Array<string>> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** The JSON lines of a `--log json` run. */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout.trim().split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>)
}

/** GBK bytes of `报告` (not valid UTF-8). */
export const gbkBytes = Uint8Array.from([0xb1, 0xa8, 0xb8, 0xe6])
