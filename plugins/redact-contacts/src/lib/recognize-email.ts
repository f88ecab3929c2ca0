/**
 * E-mail addresses (`gaxzfwz@gongan.gov.cn`, also with `＠`, folded) and,
 * after an e-mail label, the anti-spam spellings `name#domain.cn`,
 * `name(at)domain.cn`, `name[at]domain.cn`. Also URLs, which are claimed so
 * that no number inside a link is taken for a phone.
 *
 * Every scan from an `@` stops at the next `@` (not an address character)
 * or after a fixed length, so the whole pass is linear even on long runs
 * of `@` and `.`.
 */
import {isAsciiAlphanumeric, isAsciiLetter, isSpace} from './characters.js'
import type {Scan} from './scan.js'

const maximumLocalPart = 64
const maximumDomain = 253

function isLocalCharacter(code: number): boolean {
  return (
    isAsciiAlphanumeric(code) ||
    code === 0x2e || // .
    code === 0x5f || // _
    code === 0x25 || // %
    code === 0x2b || // +
    code === 0x2d // -
  )
}

function isDomainCharacter(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 0x2e || code === 0x2d
}

/** Claim every e-mail address written with `@`. */
export function recognizeEmails(scan: Scan): void {
  for (let at = scan.start; at < scan.end; at++) {
    if (scan.code(at) !== 0x40 || !scan.isFree(at, at + 1)) continue
    const start = localPartStart(scan, at)
    if (start === undefined) continue
    const end = domainEnd(scan, at + 1)
    if (end === undefined || !scan.isFree(start, end)) continue
    scan.claim({start, end, type: 'email', existing: false})
    at = end - 1
  }
}

/** After an e-mail label: `name#domain.cn`, `name(at)domain.cn`, `name[at]domain.cn`. */
export function recognizeObfuscatedEmails(scan: Scan): void {
  for (const label of scan.labels) {
    if (label.kind !== 'email') continue
    let index = label.end
    while (index < scan.end && index - label.end < 3 && (isSpace(scan.code(index)) || scan.char(index) === ':')) {
      index++
    }

    let localEnd = index
    while (localEnd < scan.end && localEnd - index < maximumLocalPart && isLocalCharacter(scan.code(localEnd))) {
      localEnd++
    }

    if (localEnd === index || !isAsciiAlphanumeric(scan.code(index))) continue
    const marker = ['#', '(at)', '[at]', '{at}', ' at '].find((word) => scan.has(word, localEnd))
    if (!marker) continue
    const end = domainEnd(scan, localEnd + marker.length)
    if (end === undefined || !scan.isFree(index, end)) continue
    scan.claim({start: index, end, type: 'email', existing: false})
  }
}

/** Start of the local part ending before `at`, or `undefined` if there is none. */
function localPartStart(scan: Scan, at: number): number | undefined {
  let start = at
  while (start > scan.start && at - start < maximumLocalPart && isLocalCharacter(scan.code(start - 1))) {
    start--
  }

  // A local part neither starts nor ends with a dot or dash.
  while (start < at && !isAsciiAlphanumeric(scan.code(start)) && scan.code(start) !== 0x5f) start++
  if (start === at || scan.code(at - 1) === 0x2e) return undefined
  return start
}

/**
 * End of the domain starting at `start`: the longest run of labels such as
 * `gongan.gov.cn` ending in a top-level domain of two or more letters.
 */
function domainEnd(scan: Scan, start: number): number | undefined {
  let index = start
  let labelStart = start
  let labels = 0
  let best: number | undefined

  while (index <= scan.end && index - start <= maximumDomain) {
    const code = index < scan.end ? scan.code(index) : -1
    if (code !== -1 && isDomainCharacter(code) && code !== 0x2e) {
      index++
      continue
    }

    // End of a label. Dashes after it belong to the sentence (`…gov.cn-`).
    let labelEnd = index
    while (labelEnd > labelStart && scan.code(labelEnd - 1) === 0x2d) labelEnd--
    if (labelEnd === labelStart || scan.code(labelStart) === 0x2d) break
    labels++
    if (labels >= 2 && isTopLevelDomain(scan, labelStart, labelEnd)) {
      best = labelEnd
    } else if (labels >= 2) {
      // `…gov.cn-13907169999`: a top-level domain run into what follows.
      let letters = labelStart
      while (letters < labelEnd && isAsciiLetter(scan.code(letters))) letters++
      if (letters > labelStart && isTopLevelDomain(scan, labelStart, letters)) best = letters
      break
    }

    if (code !== 0x2e || labelEnd !== index) break
    index++
    labelStart = index
  }

  return best
}

function isTopLevelDomain(scan: Scan, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 24) return false
  for (let index = start; index < end; index++) {
    if (!isAsciiLetter(scan.code(index))) return false
  }

  return true
}

const urlStarts = ['http://', 'https://', 'ftp://', 'www.']

function isUrlCharacter(code: number): boolean {
  // RFC 3986 unreserved and reserved characters, plus `%`.
  return code > 0x20 && code < 0x7f && code !== 0x22 && code !== 0x3c && code !== 0x3e && code !== 0x5c && code !== 0x5e && code !== 0x60 && code !== 0x7b && code !== 0x7c && code !== 0x7d
}

/** Claim URLs (`http://…`, `www.…`) up to the first space or non-ASCII character. */
export function recognizeUrls(scan: Scan): void {
  for (let index = scan.start; index < scan.end; index++) {
    const code = scan.code(index)
    if (code !== 0x68 && code !== 0x48 && code !== 0x66 && code !== 0x46 && code !== 0x77 && code !== 0x57) continue
    if (index > scan.start && isAsciiAlphanumeric(scan.code(index - 1))) continue
    const prefix = urlStarts.find((word) => scan.has(word, index))
    if (!prefix) continue

    let end = index + prefix.length
    while (end < scan.end && isUrlCharacter(scan.code(end))) end++
    // Trailing punctuation belongs to the sentence.
    while (end > index + prefix.length && '.,;:!?)'.includes(scan.char(end - 1))) end--

    // Claim the parts of the link not already claimed (an e-mail in a `mailto:`).
    let pieceStart = -1
    for (let probe = index; probe <= end; probe++) {
      const free = probe < end && scan.isFree(probe, probe + 1)
      if (free && pieceStart === -1) pieceStart = probe
      if (!free && pieceStart !== -1) {
        scan.claim({start: pieceStart, end: probe, type: 'url', existing: false})
        pieceStart = -1
      }
    }

    index = end - 1
  }
}
