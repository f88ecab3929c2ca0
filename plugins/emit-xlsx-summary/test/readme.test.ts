import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {Column} from '../src/lib/columns.ts'
import {messageColumns, reportColumns, sectionColumns} from '../src/lib/columns.ts'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** `[en, zh, cell]` of each row of the table under `### name`. */
function table(name: string): Array<[string, string, string]> {
  const start = readme.indexOf('\n### ' + name + '\n')
  const section = readme.slice(start + 1).split(/\n##+ /)[0] ?? ''
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Column (en)') && !line.startsWith('| -'))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim())
      return [cells[1] ?? '', cells[2] ?? '', cells[3] ?? '']
    })
}

function columns<Item>(list: ReadonlyArray<Column<Item>>): Array<[string, string, string]> {
  return list.map((column) => [column.header.en, column.header.zh, column.kind])
}

describe('README', () => {
  it('lists exactly the columns of each sheet, with their headers and cell types', () => {
    expect(table('Reports')).toEqual(columns(reportColumns))
    expect(table('Sections')).toEqual(columns(sectionColumns))
    expect(table('Messages')).toEqual(columns(messageColumns))
  })
})
