/**
 * Telling the kind of an input from its bytes, not its name: saved portal
 * pages come as `.html`, `.shtml`, `.jhtml`, `.txt` and without extension.
 */
import type {SourceKind} from '@baogao/core'

/** How many leading bytes the HTML sniffer looks at. */
export const sniffLength = 1024

// The WHATWG MIME sniffing table for `text/html` ("identifying a resource
// with an unknown MIME type"): after leading whitespace, one of these tags,
// case-insensitive, followed by a space or `>`.
const htmlTagPatterns = [
  '<!doctype html',
  '<html',
  '<head',
  '<script',
  '<iframe',
  '<h1',
  '<div',
  '<font',
  '<table',
  '<a',
  '<style',
  '<title',
  '<b',
  '<body',
  '<br',
  '<p',
  '<!--'
]

// Further markers found within the first KB of real saved pages that start
// with something else (an XML declaration, a stray byte, a `<meta>`).
const htmlAnywherePattern = /<!doctype\s+html|<html[\s>]|<head[\s>]|<meta\s[^>]*charset/i

/**
 * `portal-html` when the bytes look like an HTML page, else `plain-text`.
 * Looks at the first KB only, after a UTF-8 BOM and whitespace, as ASCII, so
 * it works the same for UTF-8, GBK and GB18030 pages.
 */
export function sniffKind(bytes: Uint8Array): SourceKind {
  const head = asciiHead(bytes)
  const lower = head.toLowerCase()

  for (const pattern of htmlTagPatterns) {
    if (lower.startsWith(pattern)) {
      const next = lower.charAt(pattern.length)
      if (next === ' ' || next === '>' || next === '\t' || next === '\n' || next === '\r' || next === '\f' || (pattern === '<!--' && next !== '')) {
        return 'portal-html'
      }
    }
  }

  return htmlAnywherePattern.test(head) ? 'portal-html' : 'plain-text'
}

/**
 * Whether the bytes are binary data rather than text in any encoding a
 * report comes in: NUL bytes (also UTF-16 text, which Baogao does not
 * read), or many C0 control characters.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true

  // Text has tabs and line breaks; other C0 controls are rare in real text
  // and common in compressed or image data.
  const sample = bytes.subarray(0, 8192)
  let controls = 0
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) {
      controls++
    }
  }

  return controls > 0 && controls * 10 > sample.length
}

/** Whether the bytes hold nothing but a BOM and whitespace. */
export function isBlank(bytes: Uint8Array): boolean {
  const start = bomLength(bytes)
  for (let index = start; index < bytes.length; index++) {
    const byte = bytes[index]
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      return false
    }
  }

  return true
}

/** Length of a leading UTF-8 byte order mark: 3 or 0. */
export function bomLength(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
}

function asciiHead(bytes: Uint8Array): string {
  let start = bomLength(bytes)
  while (start < bytes.length && isAsciiWhitespace(bytes[start])) start++
  // `latin1` maps each byte to one code unit: ASCII patterns match whatever
  // the page's encoding, multi-byte characters become noise around them.
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(sniffLength, bytes.length - start))).toString('latin1')
}

function isAsciiWhitespace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c
}
