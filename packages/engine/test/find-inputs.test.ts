import {mkdir, symlink} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {findInputs} from '../src/index.ts'
import {temporaryFolder, writeFiles} from './helpers.ts'

async function corpus(): Promise<string> {
  const folder = await temporaryFolder()
  await writeFiles(folder, {
    'in/b.txt': 'b',
    'in/a.TXT': 'a',
    'in/page.shtml': 'p',
    'in/sub/c.html': 'c',
    'in/sub/deep/d.htm': 'd',
    'in/notes.md': 'not a report extension',
    'in/image.png': 'not a report extension',
    'in/.hidden.txt': 'hidden',
    'in/.git/e.txt': 'hidden folder',
    'in/out/old.txt': 'inside the output folder',
    'other/x.txt': 'x'
  })
  return folder
}

const names = (found: {inputs: Array<{name: string}>}): Array<string> => found.inputs.map((input) => input.name)

describe('findInputs', () => {
  test('searches a folder recursively for report extensions, sorted, skipping hidden files and the output folder', async () => {
    const folder = await corpus()
    const found = await findInputs(['in'], {cwd: folder, exclude: [path.join(folder, 'in/out')]})
    expect(found.root).toBe(path.join(folder, 'in'))
    expect(names(found)).toEqual(['a.TXT', 'b.txt', 'page.shtml', 'sub/c.html', 'sub/deep/d.htm'])
    expect(found.inputs[0]?.path).toBe(path.join(folder, 'in/a.TXT'))
  })

  test('takes named files whatever their extension; the root is their common folder', async () => {
    const folder = await corpus()
    const found = await findInputs(['in/notes.md', 'in/sub/c.html', 'other/x.txt'], {cwd: folder})
    expect([found.root, names(found)]).toEqual([folder, ['in/notes.md', 'in/sub/c.html', 'other/x.txt']])
  })

  test('matches globs; the root is the glob base', async () => {
    const folder = await corpus()
    const found = await findInputs(['in/**/*.htm*'], {cwd: folder})
    expect([found.root, names(found)]).toEqual([path.join(folder, 'in'), ['sub/c.html', 'sub/deep/d.htm']])
  })

  test('lists each real file once, however it was named', async () => {
    const folder = await corpus()
    await symlink(path.join(folder, 'in/b.txt'), path.join(folder, 'in/link-to-b.txt'))
    const found = await findInputs(['in/sub/../b.txt', 'in/b.txt', 'in/*.txt', 'in/link-to-b.txt'], {cwd: folder})
    expect(names(found)).toEqual(['b.txt'])
  })

  test('keeps a missing path, so the run reports it', async () => {
    const folder = await corpus()
    const found = await findInputs(['in/missing.txt', 'in/b.txt'], {cwd: folder})
    expect(names(found)).toEqual(['b.txt', 'missing.txt'])
  })

  test('never takes a file inside an excluded folder, even when named', async () => {
    const folder = await corpus()
    const found = await findInputs(['in/out/old.txt', 'in/b.txt'], {cwd: folder, exclude: [path.join(folder, 'in/out')]})
    expect(names(found)).toEqual(['b.txt'])
  })

  test('gives nothing for an empty folder or a glob without matches', async () => {
    const folder = await temporaryFolder()
    await mkdir(path.join(folder, 'empty'))
    expect(names(await findInputs(['empty', 'nothing/*.txt'], {cwd: folder}))).toEqual([])
  })

  test('takes other extensions when asked', async () => {
    const folder = await corpus()
    expect(names(await findInputs(['in'], {cwd: folder, extensions: ['.md']}))).toEqual(['notes.md'])
  })
})
