/**
 * Deflated runs in the workbook's spill file: every run of a workbook in
 * one file, read back one piece at a time.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {DeflatedRun, deflatePiece, inflatePiece} from '../src/lib/deflated-parts.ts'
import {SpillFile, makeTemporaryFolder, spillFileName} from '../src/lib/spill-file.ts'

let files: Array<SpillFile> = []

function spillFile(): SpillFile {
  const file = SpillFile.create()
  files.push(file)
  return file
}

afterEach(() => {
  for (const file of files) file.remove()
  files = []
})

const encoder = new TextEncoder()

describe('DeflatedRun', () => {
  it('writes the pieces of several runs into one file and reads each run back in order', () => {
    const file = spillFile()
    const reports = new DeflatedRun(file)
    const sections = new DeflatedRun(file)
    const reportXml = ['<row r="2"><c r="A2"/></row>', '<row r="3"><c r="A3" t="str"><v>报告</v></c></row>']
    const sectionXml = ['<row r="2"><c r="B2"><v>1</v></c></row>']

    reports.add(encoder.encode(reportXml[0]))
    sections.add(encoder.encode(sectionXml[0]))
    reports.add(new Uint8Array())
    reports.add(encoder.encode(reportXml[1]))

    const deflated = (xml: string): Buffer => Buffer.from(deflatePiece(encoder.encode(xml), false))
    expect(fs.readdirSync(file.folder)).toEqual([spillFileName])
    // Written as they came, one after the other, and nothing else.
    expect(fs.readFileSync(path.join(file.folder, spillFileName))).toEqual(
      Buffer.concat([deflated(reportXml[0] ?? ''), deflated(sectionXml[0] ?? ''), deflated(reportXml[1] ?? '')])
    )

    expect(Array.from(reports.pieces())).toEqual(reportXml.map((xml) => deflated(xml)))
    expect(Array.from(sections.pieces())).toEqual(sectionXml.map((xml) => deflated(xml)))
    expect(reports.size).toBe(Buffer.byteLength(reportXml.join('')))
    expect(sections.size).toBe(Buffer.byteLength(sectionXml.join('')))
    // Each sync-flushed piece stands alone.
    expect(
      Array.from(reports.pieces(), (piece) => Buffer.from(inflatePiece(piece)).toString())
    ).toEqual(reportXml)
  })

  it('reads a piece from the file only when it is asked for', () => {
    const file = spillFile()
    const run = new DeflatedRun(file)
    run.add(encoder.encode('<row r="2"/>'))
    run.add(encoder.encode('<row r="3"/>'))
    const pieces = run.pieces()
    expect(Buffer.from(inflatePiece(pieces.next().value ?? new Uint8Array())).toString()).toBe(
      '<row r="2"/>'
    )
    file.remove()
    expect(() => pieces.next()).toThrow(
      '@baogao/emit-xlsx-summary: unexpected use of a removed temporary file, expected one still open'
    )
  })
})

describe('SpillFile', () => {
  it('appends at the end and reads back the bytes at an extent', () => {
    const file = spillFile()
    expect(file.append(encoder.encode('abc'))).toEqual({offset: 0, length: 3})
    expect(file.append(encoder.encode('defgh'))).toEqual({offset: 3, length: 5})
    expect(file.read({offset: 3, length: 5}).toString()).toBe('defgh')
    expect(file.read({offset: 1, length: 3}).toString()).toBe('bcd')
    expect(() => file.read({offset: 6, length: 5})).toThrow(
      '@baogao/emit-xlsx-summary: unexpected end of the temporary file, expected 5 bytes at 6'
    )
  })

  it('removes its folder once; later removes do nothing', () => {
    const folder = makeTemporaryFolder()
    const file = SpillFile.create(() => folder)
    file.append(encoder.encode('rows'))
    expect(fs.readdirSync(folder)).toEqual([spillFileName])
    file.remove()
    expect(fs.existsSync(folder)).toBe(false)
    file.remove()
    expect(() => file.append(encoder.encode('more'))).toThrow(
      'unexpected use of a removed temporary file'
    )
  })
})
