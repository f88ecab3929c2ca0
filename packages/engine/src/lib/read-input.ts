/**
 * Read one input, hash it, tell its kind and make the VFile a parser gets:
 * a string for plain text (strict UTF-8), the raw bytes for HTML (the HTML
 * parser finds and applies the page's charset itself).
 */
import {createHash} from 'node:crypto'
import {readFile, stat} from 'node:fs/promises'
import type {SourceKind} from '@baogao/core'
import {VFile} from 'vfile'
import {InputError} from './errors.js'
import {isBlank, looksBinary, sniffKind} from './sniff.js'

/** An input read from disk and checked, ready for a parser. */
export interface ReadInput {
  bytes: Uint8Array
  /** Hex sha256 of the bytes as read. */
  sha256: string
  kind: SourceKind
}

/** Where an input is, and how the run names it. */
export interface InputLocation {
  /** Absolute path on disk. */
  path: string
  /** The path outputs, messages and the manifest name it by (posix). */
  name: string
}

/**
 * Read the file at `location.path`. Rejects with an `InputError` (whose
 * message names `location.name`) when it is missing, not a regular file,
 * unreadable, empty, or binary.
 */
export async function readInput(location: InputLocation): Promise<ReadInput> {
  const bytes = await readBytes(location)
  return {bytes, sha256: sha256Hex(bytes), kind: checkAndSniff(bytes, location.name)}
}

/**
 * Check bytes already read and tell their kind; throws an `InputError` for
 * empty or binary data.
 */
export function checkAndSniff(bytes: Uint8Array, name: string): SourceKind {
  if (bytes.length === 0 || isBlank(bytes)) {
    throw new InputError('empty', name, `Cannot process \`${name}\`: the file is empty`)
  }

  if (looksBinary(bytes)) {
    throw new InputError(
      'binary',
      name,
      `Cannot process \`${name}\`: unexpected binary data (NUL or control bytes), expected a text or HTML report (UTF-16 text must be converted to UTF-8)`
    )
  }

  return sniffKind(bytes)
}

/** Inputs larger than this (64 MiB) fail as `too-large`. */
export const maxInputBytes = 64 * 1024 * 1024

const utf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Decode plain text as strict UTF-8, dropping a byte order mark. Throws an
 * `InputError` naming the file at the first invalid byte sequence.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  try {
    // `ignoreBOM: false` (the default) drops a leading BOM.
    return utf8.decode(bytes)
  } catch {
    const offset = firstInvalidUtf8Offset(bytes)
    throw new InputError(
      'not-utf-8',
      name,
      `Cannot process \`${name}\`: unexpected bytes that are not UTF-8 (at byte ${offset}), expected UTF-8 text; convert the file (GBK/GB18030 text, for example, with \`iconv -f gb18030 -t utf-8\`)`
    )
  }
}

/**
 * The VFile a parser of `kind` receives: `value` is the decoded text for
 * `plain-text`, the raw bytes for `portal-html`. `path` is the run's name for
 * the input, so outputs and messages do not depend on where the run was
 * started.
 */
export function toVFile(input: ReadInput, name: string): VFile {
  const value = input.kind === 'plain-text' ? decodeText(input.bytes, name) : input.bytes
  return new VFile({path: name, cwd: '/', value})
}

/** Hex sha256 of bytes. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

async function readBytes(location: InputLocation): Promise<Uint8Array> {
  const {path, name} = location
  try {
    const stats = await stat(path)
    if (!stats.isFile()) {
      throw new InputError('not-a-file', name, `Cannot process \`${name}\`: unexpected ${stats.isDirectory() ? 'folder' : 'special file'}, expected a regular file`)
    }

    // Reports are well under a megabyte; the limit keeps a stray disk image
    // or archive in an input folder from taking the run's memory.
    if (stats.size > maxInputBytes) {
      throw new InputError('too-large', name, `Cannot process \`${name}\`: unexpected size of ${stats.size} bytes, expected at most ${maxInputBytes}`)
    }

    const buffer = await readFile(path)
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw fsError(error, name)
  }
}

function fsError(error: unknown, name: string): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new InputError('not-found', name, `Cannot process \`${name}\`: no such file`)
  }

  return new InputError('unreadable', name, `Cannot process \`${name}\`: the file cannot be read (${code ?? 'unknown error'})`)
}

// The offset of the first byte that does not start or continue a valid
// UTF-8 sequence (RFC 3629: no overlongs, no surrogates, nothing past
// U+10FFFF), so the message can point at it.
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0
    if (lead < 0x80) {
      index++
      continue
    }

    let length: number
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      if (lead === 0xe0) low = 0xa0
      if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      if (lead === 0xf0) low = 0x90
      if (lead === 0xf4) high = 0x8f
    } else return index

    for (let offset = 1; offset < length; offset++) {
      const byte = bytes[index + offset]
      const min = offset === 1 ? low : 0x80
      const max = offset === 1 ? high : 0xbf
      if (byte === undefined || byte < min || byte > max) return index
    }

    index += length
  }

  return bytes.length
}
