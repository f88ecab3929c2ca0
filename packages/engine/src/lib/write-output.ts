/**
 * Writing inside the output folder only, and never half a file: every
 * output goes to a temporary file next to it and is renamed into place.
 *
 * Checks and whole-file writes use synchronous calls: each input costs a
 * few of them, each a system call of microseconds, where the promise API
 * adds a hop to libuv's thread pool, a promise and, for a missing path, an
 * error with its stack. Chunked and durable writes stay asynchronous.
 */
import {randomBytes} from 'node:crypto'
import {lstatSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import type {Stats} from 'node:fs'
import {open, rename, rm} from 'node:fs/promises'
import path from 'node:path'
import {glob} from 'tinyglobby'
import {isInside} from './find-inputs.js'

/** Suffix of temporary files; a run removes ones a killed run left. */
export const temporarySuffix = '.baogao-tmp'

/** Thrown when a path would lead out of the output folder. */
export class OutsideOutputError extends Error {
  override name = 'OutsideOutputError'
}

/**
 * The output name of an input: its extension replaced by `extension`,
 * sub-folders kept: `sub/01.txt` → `sub/01.json`.
 */
export function outputNameFor(inputName: string, extension: string): string {
  const slash = inputName.lastIndexOf('/')
  const base = inputName.slice(slash + 1)
  const dot = base.lastIndexOf('.')
  const stem = dot > 0 ? base.slice(0, dot) : base
  return inputName.slice(0, slash + 1) + stem + extension
}

/**
 * Make the folders for `name` below `outDir` (a real, absolute path) and
 * return the absolute path to write. Throws `OutsideOutputError` when `name`
 * is not a plain relative path or a folder on the way is a symlink that
 * leads out of `outDir`, before anything is created there.
 *
 * @param checked
 *   Folders already checked (or made) by this writer, which are not
 *   checked again; the folders checked now are added. A run's outputs share
 *   a few folders, so one set per run saves most checks.
 */
export async function prepareOutputPath(outDir: string, name: string, checked?: Set<string>): Promise<string> {
  const segments = name.split('/')
  if (path.isAbsolute(name) || segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    throw new OutsideOutputError(`Cannot write \`${name}\`: unexpected path, expected a plain path inside the output folder`)
  }

  const base = segments.pop() ?? ''
  let current = outDir
  for (const segment of segments) {
    current = path.join(current, segment)
    if (checked?.has(current)) continue
    ensureFolderInside(outDir, current, name)
    checked?.add(current)
  }

  const target = path.join(current, base)
  const stats = lstatSync(target, {throwIfNoEntry: false})
  if (stats?.isDirectory()) {
    throw new OutsideOutputError(`Cannot write \`${name}\`: a folder of that name is in the way`)
  }

  // A symlink at the target itself is harmless: `rename` replaces the link,
  // it does not write through it.
  return target
}

/** What `writeFileAtomic` writes: whole, or chunks written as they come. */
export type FileData = string | Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>

/**
 * Write `data` to `file` through a temporary file in the same folder
 * (created exclusively, so it never follows a planted symlink) and a rename,
 * which is atomic on one file system. Chunks are written as they come, so a
 * large file is never held whole; when the chunks fail midway, the
 * temporary file is removed and `file` is left as it was. With `durable`,
 * the data is flushed to disk before the rename.
 */
export async function writeFileAtomic(
  file: string,
  data: FileData,
  options: {durable?: boolean | undefined} = {}
): Promise<void> {
  const temporary = temporaryNameFor(file)
  if ((typeof data === 'string' || data instanceof Uint8Array) && !options.durable) {
    try {
      writeFileSync(temporary, data, {flag: 'wx', mode: 0o644})
      renameSync(temporary, file)
    } catch (error) {
      rmSync(temporary, {force: true})
      throw error
    }

    return
  }

  const handle = await open(temporary, 'wx', 0o644)
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data)
    else for await (const chunk of data) await handle.write(chunk)
    if (options.durable) await handle.sync()
  } catch (error) {
    await handle.close().catch(() => {})
    await rm(temporary, {force: true})
    throw error
  }

  await handle.close()
  try {
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

/** Differs between threads and processes; need not be secret. */
const temporaryPrefix = randomBytes(6).toString('hex')
let temporaryCount = 0

/** A name beside `file` that no other write uses. */
function temporaryNameFor(file: string): string {
  temporaryCount++
  return path.join(path.dirname(file), `.${path.basename(file)}.${temporaryPrefix}${temporaryCount.toString(36)}${temporarySuffix}`)
}

/**
 * Remove temporary files a killed run left in `outDir`. Only call it while
 * holding the folder's lock: then no other run is writing there.
 */
export async function removeTemporaryFiles(outDir: string): Promise<number> {
  const files = await glob([`**/*${temporarySuffix}`], {cwd: outDir, absolute: true, onlyFiles: true, dot: true, followSymbolicLinks: false, expandDirectories: false})
  await Promise.all(files.map((file) => rm(file, {force: true})))
  return files.length
}

function ensureFolderInside(outDir: string, folder: string, name: string): void {
  let stats: Stats | undefined = lstatSync(folder, {throwIfNoEntry: false})
  if (stats === undefined) {
    try {
      mkdirSync(folder)
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      // Another worker made it meanwhile: check what is there now.
      stats = lstatSync(folder)
    }
  }

  if (stats.isSymbolicLink()) {
    let target: string | undefined
    try {
      target = realpathSync(folder)
    } catch {}

    if (target === undefined || !isInside(outDir, target)) {
      throw new OutsideOutputError(`Cannot write \`${name}\`: unexpected symlink leading out of the output folder`)
    }

    stats = lstatSync(target)
  }

  if (!stats.isDirectory()) {
    throw new OutsideOutputError(`Cannot write \`${name}\`: a file is in the way of its folder`)
  }
}
