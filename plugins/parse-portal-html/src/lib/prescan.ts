/**
 * The HTML standard's "prescan a byte stream to determine its encoding"
 * (§13.2.3.2), reduced to what decides a charset: comments, `<meta>` tags
 * with `charset` or `http-equiv="content-type"` + `content`, and skipping
 * every other tag. It works on bytes, before any decoding.
 *
 * The standard scans 1024 bytes; Chinese portal pages often put a long
 * comment, script or title first, so the caller passes a longer window.
 */

/** A charset label declared in the first bytes, or `null`. */
export function prescanCharset(bytes: Uint8Array, limit: number): string | null {
  const end = Math.min(bytes.length, limit)
  let index = 0

  while (index < end) {
    if (bytes[index] !== 0x3c /* < */) {
      index++
      continue
    }

    if (startsWith(bytes, index, '<!--')) {
      const close = indexOfSequence(bytes, index + 4, end, '-->')
      // An unclosed comment hides the rest of the window.
      if (close === -1) return null
      index = close + 3
      continue
    }

    if (startsWithInsensitive(bytes, index, '<meta') && isSpaceOrSlash(bytes[index + 5])) {
      const {attributes, next} = readAttributes(bytes, index + 5, end)
      const label = charsetFromMeta(attributes)
      if (label) return label
      index = next
      continue
    }

    const following = bytes[index + 1]
    if (
      following !== undefined &&
      (isAsciiLetter(following) || (following === 0x2f /* / */ && isAsciiLetter(bytes[index + 2])))
    ) {
      // Another start or end tag: skip its name and attributes, so a
      // `<meta` inside an attribute value is not read.
      let cursor = index + 1
      while (cursor < end && !isSpaceOrSlash(bytes[cursor]) && bytes[cursor] !== 0x3e) cursor++
      index = readAttributes(bytes, cursor, end).next
      continue
    }

    if (following === 0x21 /* ! */ || following === 0x2f || following === 0x3f /* ? */) {
      const close = bytes.indexOf(0x3e, index + 1)
      index = close === -1 || close > end ? end : close + 1
      continue
    }

    index++
  }

  return null
}

/**
 * The charset a `<meta>` declares: `charset`, or `http-equiv=content-type`
 * with `content` holding `charset=…`.
 */
function charsetFromMeta(attributes: Map<string, string>): string | null {
  const charset = attributes.get('charset')
  if (charset !== undefined && charset.trim() !== '') return charset.trim()

  const httpEquiv = attributes.get('http-equiv')
  const content = attributes.get('content')
  if (httpEquiv?.trim().toLowerCase() === 'content-type' && content !== undefined) {
    return charsetFromContentType(content)
  }

  return null
}

/** `text/html; charset=gb2312` → `gb2312` (HTTP header or `content`). */
function charsetFromContentType(value: string): string | null {
  const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(value)
  return match?.[1] ?? null
}

interface AttributeScan {
  attributes: Map<string, string>
  /** Index after the tag's `>`, or the end of the window. */
  next: number
}

/** The standard's "get an attribute" loop, until `>`. */
function readAttributes(bytes: Uint8Array, start: number, end: number): AttributeScan {
  const attributes = new Map<string, string>()
  let index = start

  while (index < end) {
    while (index < end && (isSpace(bytes[index]) || bytes[index] === 0x2f)) index++
    if (index >= end) break
    if (bytes[index] === 0x3e) return {attributes, next: index + 1}

    let name = ''
    while (
      index < end &&
      !isSpace(bytes[index]) &&
      bytes[index] !== 0x3d /* = */ &&
      bytes[index] !== 0x3e &&
      !(bytes[index] === 0x2f && name !== '')
    ) {
      name += String.fromCharCode(lower(bytes[index] ?? 0))
      index++
    }

    while (index < end && isSpace(bytes[index])) index++

    let value = ''
    if (bytes[index] === 0x3d) {
      index++
      while (index < end && isSpace(bytes[index])) index++
      const quote = bytes[index]
      if (quote === 0x22 || quote === 0x27) {
        const close = bytes.indexOf(quote, index + 1)
        const stop = close === -1 || close > end ? end : close
        value = latin1(bytes, index + 1, stop)
        index = stop + 1
      } else {
        const valueStart = index
        while (index < end && !isSpace(bytes[index]) && bytes[index] !== 0x3e) index++
        value = latin1(bytes, valueStart, index)
      }
    }

    if (name !== '' && !attributes.has(name)) attributes.set(name, value)
  }

  return {attributes, next: end}
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let result = ''
  for (let index = start; index < end; index++) {
    result += String.fromCharCode(bytes[index] ?? 0)
  }

  return result
}

function startsWith(bytes: Uint8Array, index: number, text: string): boolean {
  for (let offset = 0; offset < text.length; offset++) {
    if (bytes[index + offset] !== text.charCodeAt(offset)) return false
  }

  return true
}

function startsWithInsensitive(bytes: Uint8Array, index: number, text: string): boolean {
  for (let offset = 0; offset < text.length; offset++) {
    if (lower(bytes[index + offset] ?? 0) !== text.charCodeAt(offset)) return false
  }

  return true
}

function indexOfSequence(bytes: Uint8Array, from: number, end: number, text: string): number {
  for (let index = from; index + text.length <= end; index++) {
    if (startsWith(bytes, index, text)) return index
  }

  return -1
}

function lower(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte
}

function isAsciiLetter(byte: number | undefined): boolean {
  return byte !== undefined && lower(byte) >= 0x61 && lower(byte) <= 0x7a
}

function isSpace(byte: number | undefined): boolean {
  return byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x20
}

function isSpaceOrSlash(byte: number | undefined): boolean {
  return isSpace(byte) || byte === 0x2f
}
