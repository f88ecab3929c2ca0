/**
 * From text in the tree back to the source: a hast text node holds decoded
 * text (`&nbsp;` is U+00A0, `\r\n` is `\n`), its position spans the raw
 * source. These helpers give every character of a text node the offset of
 * the source characters that produced it.
 */
import {decodeHTML} from 'entities'

/** A character reference at the start of `text`. */
const reference = /^&(?:#[xX][0-9a-fA-F]{1,8};?|#[0-9]{1,9};?|[A-Za-z][A-Za-z0-9]{0,31};?)/

/**
 * Offsets of each UTF-16 unit of `value` in the source, plus one past the
 * end, for a text node whose raw source is `raw` starting at `start`.
 */
export function alignText(raw: string, value: string, start: number): Int32Array {
  const offsets = new Int32Array(value.length + 1)
  let rawIndex = 0
  let valueIndex = 0

  while (valueIndex < value.length && rawIndex < raw.length) {
    const code = raw.charCodeAt(rawIndex)

    // `\r\n` and lone `\r` are `\n` in the tree.
    if (code === 0x0d) {
      if (raw.charCodeAt(rawIndex + 1) === 0x0a) {
        rawIndex++
        continue
      }

      offsets[valueIndex++] = start + rawIndex++
      continue
    }

    if (code === 0x26 /* & */) {
      const consumed = decodeReference(raw, rawIndex, value, valueIndex)
      if (consumed !== null) {
        for (let index = 0; index < consumed.produced; index++) {
          offsets[valueIndex++] = start + rawIndex
        }

        rawIndex += consumed.length
        continue
      }
    }

    // A literal character (or one parse5 replaced, such as NUL).
    offsets[valueIndex++] = start + rawIndex++
  }

  while (valueIndex < value.length) offsets[valueIndex++] = start + rawIndex
  offsets[value.length] = start + raw.length
  return offsets
}

/**
 * How many raw characters a character reference at `rawIndex` spans and
 * how many units of `value` it produced, or `null` when the `&` is literal.
 */
function decodeReference(
  raw: string,
  rawIndex: number,
  value: string,
  valueIndex: number
): {length: number; produced: number} | null {
  const match = reference.exec(raw.slice(rawIndex, rawIndex + 48))
  if (!match) return null
  const written = match[0]
  const decoded = decodeHTML(written)
  if (decoded === written) return null

  // A legacy reference without `;` (`&copy2021`) decodes a prefix and
  // leaves the rest as is: strip the shared literal tail.
  let tail = 0
  while (
    tail < written.length - 1 &&
    tail < decoded.length &&
    written.charCodeAt(written.length - 1 - tail) === decoded.charCodeAt(decoded.length - 1 - tail)
  ) {
    tail++
  }

  const produced = decoded.slice(0, decoded.length - tail)
  if (produced.length === 0 || !value.startsWith(produced, valueIndex)) return null
  return {length: written.length - tail, produced: produced.length}
}
