/**
 * Helpers of the `nightly` end-to-end tests: reading the summary workbook
 * back with an independent reader (openpyxl, in Debian's own python3, via
 * the reader script of `@baogao/emit-xlsx-summary`'s tests), the raw XML of
 * its parts, and every file below an output folder.
 */
import {spawnSync} from 'node:child_process'
import {copyFile, mkdir, readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {expect} from 'vitest'
import {listFiles, repositoryRoot} from './helpers.ts'

export const python = '/usr/bin/python3'
const readScript = path.join(repositoryRoot, 'plugins/emit-xlsx-summary/test/read-workbook.py')

/** A cell as openpyxl gives it: `[type, value]`, dates `['d', 'YYYY-MM-DD', format]`; `null` when empty. */
export type PyCell = [string, string | number | boolean] | [string, string, string] | null

export interface PySheet {
  title: string
  freeze: string | null
  filter: string | null
  dimensions: string
  widths: Record<string, number>
  rows: Array<Array<PyCell>>
}

/** Read a workbook with openpyxl; fails the test when the reader is missing. */
export function readWithOpenpyxl(file: string): Array<PySheet> {
  const result = spawnSync(python, [readScript, file], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  if (result.error || result.status !== 0) {
    throw new Error(`Could not read \`${file}\` with openpyxl (install \`python3-openpyxl\`): ${String(result.error ?? result.stderr)}`)
  }

  return JSON.parse(result.stdout) as Array<PySheet>
}

/** Every part of a zip package (an `.xlsx`), as text, with Python's zipfile. */
export function zipPartsText(file: string): string {
  const script = 'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nfor name in z.namelist():\n    sys.stdout.write(name + "\\n" + z.read(name).decode("utf-8") + "\\n")\n'
  const result = spawnSync(python, ['-c', script, file], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  if (result.error || result.status !== 0) throw new Error(`Could not unzip \`${file}\`: ${String(result.error ?? result.stderr)}`)
  return result.stdout
}

/** The ten sample inputs: `text/*.txt` and `html/*.html`, as a run over both folders names them. */
export async function sampleInputs(): Promise<Array<string>> {
  const names: Array<string> = []
  for (const folder of ['html', 'text']) {
    for (const name of (await readdir(path.join(repositoryRoot, 'samples', folder))).sort()) {
      if (/\.(?:txt|html)$/.test(name)) names.push(`${folder}/${name}`)
    }
  }

  return names
}

/** Copy the ten sample inputs into `folder/<copy>/{text,html}/` for each copy name. */
export async function copySamples(folder: string, copies: ReadonlyArray<string>): Promise<Array<string>> {
  const names: Array<string> = []
  for (const copy of copies) {
    for (const input of await sampleInputs()) {
      const target = path.join(folder, copy, input)
      await mkdir(path.dirname(target), {recursive: true})
      await copyFile(path.join(repositoryRoot, 'samples', input), target)
      names.push(`${copy}/${input}`)
    }
  }

  return names.sort()
}

/** Per-document outputs: everything but the manifest, batch outputs, the cache and the lock. */
export function documentOutputs(files: ReadonlyArray<string>): Array<string> {
  return files.filter((file) => file.endsWith('.json') && file !== 'manifest.json' && !file.startsWith('.baogao-cache/'))
}

/** Every file below `folder` with its text (`.xlsx` files as the text of their parts). */
export async function readAllFiles(folder: string): Promise<Array<{file: string, text: string}>> {
  const files = await listFiles(folder)
  return Promise.all(files.map(async (file) => ({
    file,
    text: file.endsWith('.xlsx') ? zipPartsText(path.join(folder, file)) : await readFile(path.join(folder, file), 'utf8')
  })))
}

/** A normalized JSON report as the tests read it. */
export interface JsonReport {
  meta: {title: string | null, issuer: string | null, kind: string, year: number | null, published: string | null, signed: string | null, source: {kind: string, path: string}}
  sections: Array<JsonSection>
  messages: Array<{severity: string, ruleId: string | null, reason: string, line: number | null, column: number | null}>
  redactions?: {total: number, byType: Record<string, number>}
}

export interface JsonSection {
  marker: string | null
  title: string
  depth: number
  ordinal: number | null
  sections: Array<JsonSection>
}

/** Sections at any depth, in document order. */
export function flattenSections(sections: ReadonlyArray<JsonSection>): Array<JsonSection> {
  return sections.flatMap((section) => [section, ...flattenSections(section.sections)])
}

/** Assert a sheet has a frozen header row and an autofilter over all its cells. */
export function expectFrozenAndFiltered(sheet: PySheet | undefined, lastColumn: string, rows: number): void {
  expect([sheet?.freeze, sheet?.filter, sheet?.dimensions, sheet?.rows.length]).toEqual(['A2', `A1:${lastColumn}${rows}`, `A1:${lastColumn}${rows}`, rows])
}
