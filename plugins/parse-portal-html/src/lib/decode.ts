/**
 * Bytes → text. Portal pages still come in GB2312/GBK, declare their
 * charset in a `<meta>` (sometimes twice, sometimes wrongly) or not at all.
 * The order of evidence: a byte order mark; then the bytes themselves when
 * they contradict the declaration (a page that is valid UTF-8 is UTF-8,
 * whatever it says; a page that says UTF-8 but is not is sniffed); then
 * the declaration (`<meta>`, or the caller's `encoding`, from an HTTP
 * header); then sniffing with chardet.
 */
import {analyse} from 'chardet'
import {prescanCharset} from './prescan.js'

/** How the charset was decided. */
export type CharsetSource = 'bom' | 'meta' | 'option' | 'bytes' | 'sniffed'

export interface Decoded {
  /** The decoded text, without a byte order mark. */
  value: string
  /** The WHATWG name of the encoding used, such as `gbk` or `utf-8`. */
  encoding: string
  source: CharsetSource
  /** The charset the page (or the caller) declared, as written, if any. */
  declared: string | null
  /** Whether the declared charset was overruled by the bytes. */
  mismatch: boolean
}

/** Bytes looked at for a `<meta>` declaration (the standard says 1024). */
const prescanWindow = 8192
/** Bytes given to chardet: enough text for a confident guess, not the whole page. */
const sniffWindow = 65_536

/** Labels already resolved to encoding names (`null`: unknown label). */
const knownLabels = new Map<string, string | null>()
/**
 * Labels kept at most: real pages use a handful, and pages declaring labels
 * of their own invention must not grow the map for the whole run.
 */
const maxKnownLabels = 256

/** Encodings a sniffer may pick, best first when confidences tie. */
const sniffable = ['gb18030', 'utf-8', 'big5']

/** What the first bytes of a non-HTML file look like. */
const binarySignatures: Array<Array<number>> = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // zip, docx, xlsx
  [0xd0, 0xcf, 0x11, 0xe0], // doc, xls, wps
  [0x89, 0x50, 0x4e, 0x47], // png
  [0xff, 0xd8, 0xff], // jpeg
  [0x47, 0x49, 0x46, 0x38], // gif
  [0x1f, 0x8b] // gzip
]

/**
 * Whether bytes are not text at all: a known binary signature, NUL bytes
 * or many control characters near the start.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  for (const signature of binarySignatures) {
    if (signature.every((byte, index) => bytes[index] === byte)) return true
  }

  const end = Math.min(bytes.length, 8192)
  let control = 0
  for (let index = 0; index < end; index++) {
    const byte = bytes[index] ?? 0
    if (byte === 0) return true
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1b
    ) {
      control++
    }
  }

  return end > 0 && control / end > 0.05
}

/**
 * The WHATWG encoding name for a label (`GB2312` → `gbk`), or `null` when
 * the label is unknown. As the HTML standard says, a `<meta>` declaring
 * UTF-16 means UTF-8 (the bytes could not have been read otherwise).
 */
export function encodingForLabel(label: string, fromMeta = false): string | null {
  const key = label.trim().toLowerCase()
  let name = knownLabels.get(key)
  if (name === undefined) {
    try {
      name = new TextDecoder(key).encoding
    } catch {
      name = null
    }

    if (knownLabels.size < maxKnownLabels) knownLabels.set(key, name)
  }

  if (name === null) return null

  if (fromMeta && (name === 'utf-16le' || name === 'utf-16be')) return 'utf-8'
  if (name === 'x-user-defined') return 'windows-1252'
  return name
}

/**
 * Decode the bytes of an HTML page.
 *
 * @param bytes
 *   The page as read from disk or the network.
 * @param fallbackLabel
 *   A charset declared outside the page (an HTTP header), used like a
 *   `<meta>` when the page declares none.
 * @param lenientUtf8
 *   The bytes already decoded as UTF-8 with replacement characters, if at
 *   hand.
 * @returns
 *   The text and how its charset was decided, or `null` for binary data.
 */
export function decodeHtml(
  bytes: Uint8Array,
  fallbackLabel: string | null,
  lenientUtf8?: string | undefined
): Decoded | null {
  const bom = bomEncoding(bytes)
  if (bom) {
    return {
      value: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)),
      encoding: bom.encoding,
      source: 'bom',
      declared: null,
      mismatch: false
    }
  }

  if (looksBinary(bytes)) return null

  const metaLabel = prescanCharset(bytes, prescanWindow)
  const metaEncoding = metaLabel === null ? null : encodingForLabel(metaLabel, true)
  const optionEncoding = fallbackLabel === null ? null : encodingForLabel(fallbackLabel)
  const declared =
    metaEncoding === null ? (optionEncoding === null ? null : fallbackLabel) : metaLabel
  const declaredEncoding = metaEncoding ?? optionEncoding
  const declaredSource: CharsetSource = metaEncoding === null ? 'option' : 'meta'

  // A lenient UTF-8 decoding without U+FFFD (unified's `String(file)`)
  // shows the bytes are valid UTF-8 without decoding them again.
  const utf8 =
    lenientUtf8 !== undefined && !lenientUtf8.includes('\uFFFD')
      ? lenientUtf8
      : strictDecode('utf-8', bytes)

  // Valid UTF-8 with non-ASCII bytes is UTF-8: GBK text of any length is
  // practically never valid UTF-8, the reverse mistake is common. ASCII
  // reads the same in every charset a page may declare.
  if (utf8 !== null) {
    const contradicts =
      declaredEncoding !== null && declaredEncoding !== 'utf-8' && hasNonAscii(utf8)
    if (declaredEncoding !== null && declaredEncoding !== 'utf-8' && !contradicts) {
      return {
        value: new TextDecoder(declaredEncoding).decode(bytes),
        encoding: declaredEncoding,
        source: declaredSource,
        declared,
        mismatch: false
      }
    }

    return {
      value: utf8,
      encoding: 'utf-8',
      source: contradicts ? 'bytes' : declaredEncoding === null ? 'bytes' : declaredSource,
      declared,
      mismatch: contradicts
    }
  }

  if (declaredEncoding !== null && declaredEncoding !== 'utf-8') {
    const value = strictDecode(declaredEncoding, bytes)
    if (value !== null) {
      return {value, encoding: declaredEncoding, source: declaredSource, declared, mismatch: false}
    }
  }

  const sniffed = sniffEncoding(bytes)
  return {
    value: new TextDecoder(sniffed).decode(bytes),
    encoding: sniffed,
    source: 'sniffed',
    declared,
    mismatch: declaredEncoding !== null && declaredEncoding !== sniffed
  }
}

/** Ask chardet, keep only encodings Chinese portals use, validate by decoding. */
function sniffEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, sniffWindow)
  const candidates = analyse(sample)
    .map((match) => ({encoding: encodingForLabel(match.name), confidence: match.confidence}))
    .filter(
      (candidate): candidate is {encoding: string; confidence: number} =>
        candidate.encoding !== null && sniffable.includes(candidate.encoding)
    )
    .sort(
      (a, b) =>
        b.confidence - a.confidence || sniffable.indexOf(a.encoding) - sniffable.indexOf(b.encoding)
    )

  for (const {encoding} of candidates) {
    if (strictDecode(encoding, sample.subarray(0, safeCut(sample))) !== null) return encoding
  }

  // GB18030 decodes every byte sequence GBK and GB2312 use.
  return 'gb18030'
}

/**
 * Where to cut a sample so a multibyte character is not split: at the last
 * ASCII byte.
 */
function safeCut(sample: Uint8Array): number {
  let end = sample.length
  while (end > 0 && (sample[end - 1] ?? 0) >= 0x80) end--
  return end
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    return null
  }
}

function hasNonAscii(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u007F]/.test(text)
}

function bomEncoding(bytes: Uint8Array): {encoding: string; length: number} | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {encoding: 'utf-8', length: 3}
  }

  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'utf-16be', length: 2}
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'utf-16le', length: 2}
  return null
}
