/**
 * Fixture cases: `test/fixtures/<case>/` holds `input.*` (text, a portal
 * page, or a tree as `input.json`), optionally `options.json` (the
 * plugin's setting for this case), and the golden files `expected.json`
 * (the tree, or a compiler's result) and `messages.txt`. With `UPDATE=1`
 * the golden files are written instead of compared.
 */
import {existsSync, readdirSync, statSync} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {readSubjectInput} from './conformance.js'
import type {PluginSubject} from './run-plugin.js'
import {createSubjectProcessor, formatMessages, outputValue} from './run-plugin.js'

/** One case folder. */
export interface FixtureCase {
  /** The folder's name. */
  name: string
  /** Absolute path of the folder. */
  folder: string
  /** Absolute path of its `input.*`. */
  input: string
}

/** What a case gave, next to what its golden files hold. */
export interface FixtureResult {
  actual: {output: unknown; messages: string}
  /** `undefined` where a golden file is missing. */
  expected: {output: unknown; messages: string | undefined}
}

export interface FixtureRunOptions {
  /** Compare (and write) `expected.json` too (default: `true`). */
  output?: boolean | undefined
}

/**
 * The case folders under `folder` (a path or `file:` URL), sorted by name.
 * A folder with no `input.*`, or more than one, is an error.
 */
export function listFixtureCases(folder: string | URL): Array<FixtureCase> {
  const root = typeof folder === 'string' && !folder.startsWith('file:') ? path.resolve(folder) : fileURLToPath(folder)
  if (!existsSync(root)) throw new Error('Unexpected missing fixtures folder `' + root + '`, expected a folder of cases')
  const cases: Array<FixtureCase> = []

  for (const name of readdirSync(root).sort()) {
    const caseFolder = path.join(root, name)
    if (!statSync(caseFolder).isDirectory()) continue
    const inputs = readdirSync(caseFolder).filter((file) => /^input\.[^.]+$/.test(file))
    if (inputs.length !== 1) {
      throw new Error('Unexpected ' + (inputs.length === 0 ? 'no `input.*`' : inputs.length + ' `input.*` files') + ' in fixture `' + name + '`, expected one')
    }

    cases.push({name, folder: caseFolder, input: path.join(caseFolder, inputs[0] ?? '')})
  }

  return cases
}

/** Whether `UPDATE` asks for golden files to be written. */
export function updating(): boolean {
  const value = process.env['UPDATE']
  return value !== undefined && value !== '' && value !== '0' && value !== 'false'
}

/**
 * Run one case. The vfile's path is the input's name (`input.txt`), so the
 * golden files do not depend on where the repository lies.
 */
export async function runFixtureCase(fixture: FixtureCase, subject: PluginSubject, options: FixtureRunOptions = {}): Promise<FixtureResult> {
  const settingFile = path.join(fixture.folder, 'options.json')
  const setting = existsSync(settingFile) ? (JSON.parse(await readFile(settingFile, 'utf8')) as unknown) : subject.setting
  const processor = createSubjectProcessor({...subject, setting})
  const run = await processor.run(await readSubjectInput(fixture.input))
  const compareOutput = options.output !== false

  return {
    actual: {output: compareOutput ? outputValue(processor.role, run) : undefined, messages: formatMessages(run.messages)},
    expected: {
      output: compareOutput ? await readJson(path.join(fixture.folder, 'expected.json')) : undefined,
      messages: await readText(path.join(fixture.folder, 'messages.txt'))
    }
  }
}

/** Write a case's golden files from its result. */
export async function writeFixtureGoldens(fixture: FixtureCase, result: FixtureResult, options: FixtureRunOptions = {}): Promise<void> {
  if (options.output !== false) {
    await writeFile(path.join(fixture.folder, 'expected.json'), JSON.stringify(result.actual.output, null, 2) + '\n')
  }

  await writeFile(path.join(fixture.folder, 'messages.txt'), result.actual.messages)
}

async function readJson(file: string): Promise<unknown> {
  const text = await readText(file)
  return text === undefined ? undefined : (JSON.parse(text) as unknown)
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
