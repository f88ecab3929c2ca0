import {mkdtemp, mkdir, readdir, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterEach} from 'vitest'
import type {OutputStream} from '../src/index.ts'

export const fixturePipelines = new URL('fixtures/pipelines.js', import.meta.url).href

const made: Array<string> = []

afterEach(async () => {
  await Promise.all(made.splice(0).map((folder) => rm(folder, {recursive: true, force: true})))
})

/** A fresh temporary folder, removed after the test. */
export async function temporaryFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'baogao-engine-'))
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

/** Every file below `folder`, relative, sorted, with `/` separators. */
export async function listFiles(folder: string): Promise<Array<string>> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** A stream that keeps what is written to it. */
export function memoryStream(isTTY = false): OutputStream & {text: () => string} {
  const chunks: Array<string> = []
  return {
    isTTY,
    write(chunk: string | Uint8Array) {
      chunks.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk))
      return true
    },
    text: () => chunks.join('')
  }
}

/** GBK bytes of `报告` (not valid UTF-8). */
export const gbkBytes = Uint8Array.from([0xb1, 0xa8, 0xb8, 0xe6])
