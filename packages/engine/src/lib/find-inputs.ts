/**
 * Turn what a user named (files, folders, globs) into a sorted,
 * de-duplicated list of input files and the root their output paths are
 * relative to.
 */
import {realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

/** File extensions a folder is searched for (case-insensitive). */
export const documentExtensions: ReadonlyArray<string> = Object.freeze([
  '.txt',
  '.text',
  '.htm',
  '.html',
  '.shtml',
  '.xhtml',
  '.jhtml'
])

/** Real paths asked for at once. */
const realpathBatch = 256

export interface FindInputsOptions {
  /** Folder relative patterns resolve against (default: `process.cwd()`). */
  cwd?: string | undefined
  /**
   * Extensions taken when a folder is searched (default:
   * `documentExtensions`). Files named one by one and glob matches are
   * taken whatever their extension: their kind is told by content.
   */
  extensions?: ReadonlyArray<string> | undefined
  /** Folders whose files are never inputs, even when named (the output folder). */
  exclude?: ReadonlyArray<string> | undefined
}

export interface FoundInput {
  /** Absolute path. */
  path: string
  /** Path relative to the input root, with `/` separators. */
  name: string
}

export interface FoundInputs {
  /**
   * The deepest folder holding every named file, folder and glob base;
   * output paths keep the sub-folders below it.
   */
  root: string
  /** Sorted by `name` (code point order), each real file once. */
  inputs: Array<FoundInput>
}

/**
 * Find the inputs `patterns` name. A folder is searched recursively
 * (hidden files and folders skipped); a glob is matched with tinyglobby; a
 * path that exists as a file is taken as is. A path that does not exist and
 * is not a glob is kept, so that the run reports it as a failed input.
 */
export async function findInputs(
  patterns: ReadonlyArray<string>,
  options: FindInputsOptions = {}
): Promise<FoundInputs> {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const extensions = new Set((options.extensions ?? documentExtensions).map((extension) => extension.toLowerCase()))
  const exclude = await Promise.all((options.exclude ?? []).map((folder) => realpathOr(path.resolve(cwd, folder))))
  const bases: Array<string> = []
  const candidates: Array<{path: string}> = []

  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern)
    const stats = await stat(absolute).catch(() => undefined)

    if (stats?.isDirectory()) {
      bases.push(absolute)
      const files = await glob(['**/*'], {cwd: absolute, absolute: true, onlyFiles: true, dot: false, expandDirectories: false, followSymbolicLinks: true})
      for (const file of files) {
        if (extensions.has(path.extname(file).toLowerCase())) {
          candidates.push({path: path.resolve(file)})
        }
      }
    } else if (stats === undefined && isDynamicPattern(pattern)) {
      bases.push(path.resolve(cwd, staticBase(pattern)))
      const files = await glob([pattern], {cwd, absolute: true, onlyFiles: true, dot: false, expandDirectories: false, followSymbolicLinks: true})
      for (const file of files) candidates.push({path: path.resolve(file)})
    } else {
      bases.push(path.dirname(absolute))
      candidates.push({path: absolute})
    }
  }

  const root = commonAncestor(bases) ?? cwd
  const named = candidates.map((candidate) => ({
    ...candidate,
    name: toPosix(path.relative(root, candidate.path))
  }))
  named.sort((a, b) => compare(a.name, b.name))

  const seen = new Set<string>()
  const inputs: Array<FoundInput> = []
  // Real paths are asked for a batch at a time: one at a time, each a trip
  // to the thread pool, 50,000 of them took seconds.
  for (let start = 0; start < named.length; start += realpathBatch) {
    const batch = named.slice(start, start + realpathBatch)
    const reals = await Promise.all(batch.map((candidate) => realpathOr(candidate.path)))
    for (const [index, candidate] of batch.entries()) {
      // Two names for one file (a symlink, `a/../a/x.txt`) give one input.
      const real = reals[index] ?? candidate.path
      if (seen.has(real)) continue
      seen.add(real)
      // Never an output as an input: a run would read what it writes.
      if (exclude.some((folder) => isInside(folder, real) || isInside(folder, candidate.path))) continue
      inputs.push({path: candidate.path, name: candidate.name})
    }
  }

  return {root, inputs}
}

/** The leading segments of a glob that hold no glob syntax: `a/b/**\/*.txt` → `a/b`. */
export function staticBase(pattern: string): string {
  const segments = pattern.split(/[/\\]/)
  const kept: Array<string> = []
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break
    kept.push(segment)
  }

  // A pattern such as `*.txt` has no static part: its base is the cwd.
  if (kept.length === segments.length) kept.pop()
  const base = kept.join('/')
  return base === '' && pattern.startsWith('/') ? '/' : base === '' ? '.' : base
}

/** Whether `child` is `parent` or inside it (both absolute, resolved). */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  if (relative === '') return true
  if (path.isAbsolute(relative)) return false
  // `..foo` is a name inside `parent`; `..` and `../x` leave it.
  return relative !== '..' && !relative.startsWith('..' + path.sep)
}

function commonAncestor(folders: ReadonlyArray<string>): string | undefined {
  let common: Array<string> | undefined
  for (const folder of folders) {
    const parts = path.resolve(folder).split(path.sep)
    if (common === undefined) {
      common = parts
      continue
    }

    let index = 0
    while (index < common.length && index < parts.length && common[index] === parts[index]) index++
    common = common.slice(0, index)
  }

  if (common === undefined) return undefined
  const joined = common.join(path.sep)
  return joined === '' ? path.sep : joined
}

async function realpathOr(file: string): Promise<string> {
  try {
    return await realpath(file)
  } catch {
    return file
  }
}

function toPosix(file: string): string {
  return path.sep === '/' ? file : file.split(path.sep).join('/')
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
