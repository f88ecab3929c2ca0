/**
 * The incremental-run cache: per input, the hash of its bytes, the
 * pipeline fingerprint, the output's name and hash, and its summary row.
 * Never the document text: an unchanged input whose output is still there
 * is skipped, and its row is reused for batch outputs.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {DocumentSummary, SourceKind} from '@baogao/core'
import {sha256Hex} from './read-input.js'
import {prepareOutputPath, writeFileAtomic} from './write-output.js'

/** Folder of the cache inside the output folder. */
export const cacheFolderName = '.baogao-cache'

/** Message counts of a document, by severity. */
export interface MessageCounts {
  errors: number
  warnings: number
  info: number
}

export interface CacheEntry {
  /** The input's name (relative to the input root). */
  file: string
  inputSha256: string
  fingerprint: string
  kind: SourceKind
  output: {name: string, sha256: string}
  messages: MessageCounts
  /** The document's summary row, made after every transformer (redaction included). */
  summary: DocumentSummary
}

/** What must match for a cache entry to stand in for processing. */
export interface CacheQuery {
  file: string
  inputSha256: string
  fingerprint: string
  /** The output name the run expects for this input. */
  output: string
}

/**
 * The entry for `query.file` when it matches the input hash, the
 * fingerprint and the output name, and the output still holds the bytes it
 * was written with; `undefined` otherwise.
 */
export async function lookupCache(outDir: string, query: CacheQuery): Promise<CacheEntry | undefined> {
  // Reading makes no folders and writes nothing, so plain paths do here;
  // `storeCache` goes through the checks of `prepareOutputPath`.
  let entry: CacheEntry
  try {
    entry = JSON.parse(await readFile(path.join(outDir, cacheEntryName(query.file)), 'utf8')) as CacheEntry
  } catch {
    return undefined
  }

  if (entry.file !== query.file || entry.inputSha256 !== query.inputSha256 || entry.fingerprint !== query.fingerprint || entry.output?.name !== query.output) {
    return undefined
  }

  try {
    const output = await readFile(path.join(outDir, entry.output.name))
    return sha256Hex(output) === entry.output.sha256 ? entry : undefined
  } catch {
    return undefined
  }
}

/** Store `entry` (atomically; after its output was written). */
export async function storeCache(outDir: string, entry: CacheEntry, checkedFolders?: Set<string>): Promise<void> {
  const file = await prepareOutputPath(outDir, cacheEntryName(entry.file), checkedFolders)
  await writeFileAtomic(file, JSON.stringify(entry) + '\n')
}

/** Where the entry of an input lives, relative to the output folder. */
export function cacheEntryName(file: string): string {
  // Named by a hash of the input name: input names may be long or deep,
  // and the cache stays two folders deep whatever the input layout.
  const key = sha256Hex(file)
  return `${cacheFolderName}/documents/${key.slice(0, 2)}/${key}.json`
}
