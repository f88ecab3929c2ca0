/**
 * Postal addresses: the value after an address label (`地址:湖北省公安县斗湖堤镇
 * 油江路122号`), bounded so it never swallows the rest of the line, and, with
 * no label, a road with a house number (`油江路122号`) together with the
 * administrative units written before it.
 *
 * Each value is read over at most `maximumAddress` code units, so the pass
 * is linear.
 */
import {isAsciiAlphanumeric, isDigit, isHanAt, isSpace} from './characters.js'
import {
  addressCharacters,
  addressLeftBoundaries,
  administrativeSuffixes,
  buildingUnits,
  roadSuffixes
} from './lexicon.js'
import {holds} from './paragraphs.js'
import type {Scan} from './scan.js'

const maximumAddress = 80
/** A digit run this long is a postcode or phone number, never a house number. */
const longDigitRun = 6
/** Words between an address label and its value (`地址为`, `地址位于`). */
const leadWords = ['位于', '设在', '为', '是', '在']
/** Characters that end a house-number part of an address. */
const unitEnds = new Set('号室楼层栋幢座院元铺门')
/** Building words a tail after the house number may end with (`…1号市政府大院`). */
const buildingWords = ['大厦', '大楼', '中心', '广场', '小区', '花园', '大院', '公寓', '园区', '窗口', '大厅']

export function recognizeAddresses(scan: Scan): void {
  for (const label of scan.labels) {
    if (label.kind !== 'address') continue
    let start = label.end
    while (start < scan.end && start - label.end < 4 && (isSpace(scan.code(start)) || scan.char(start) === ':')) {
      start++
    }

    // `地址变更` is not an address label: a value follows a separator or a lead word.
    const separated = start > label.end
    const lead = leadWords.find((word) => scan.has(word, start))
    if (lead) start += lead.length
    else if (!separated) continue
    // `地址是：…`
    while (start < scan.end && (isSpace(scan.code(start)) || scan.char(start) === ':')) start++

    if (!(isHanAt(scan.folded, start) || isDigit(scan.code(start)))) continue
    const end = trimTail(scan, start, valueEnd(scan, start))
    if (end - start < 2 || !hasAddressCharacter(scan, start, end)) continue
    if (scan.isFree(start, end)) scan.claim({start, end, type: 'address', existing: false})
  }

  if (scan.holds & holds.digit) recognizeStreetAddresses(scan)
}

/** End of the address value starting at `start`. */
function valueEnd(scan: Scan, start: number): number {
  let index = start
  const limit = Math.min(scan.end, start + maximumAddress)

  while (index < limit) {
    if (scan.labelStartsAt(index) || !scan.isFree(index, index + 1)) break
    const code = scan.code(index)

    if (isDigit(code)) {
      let runEnd = index
      while (runEnd < scan.end && isDigit(scan.code(runEnd))) runEnd++
      if (runEnd - index >= longDigitRun) break
      index = runEnd
      continue
    }

    if (isHanAt(scan.folded, index) || isAsciiAlphanumeric(code) || '-#·'.includes(scan.char(index))) {
      index++
      continue
    }

    if (scan.char(index) === '(') {
      const close = bracketEnd(scan, index)
      if (close === undefined) break
      index = close
      continue
    }

    if (isSpace(code) && continuesAfterSpace(scan, start, index)) {
      while (isSpace(scan.code(index))) index++
      continue
    }

    break
  }

  return index
}

/** `(县政府大院内)` inside an address: a short bracket with no label or long number. */
function bracketEnd(scan: Scan, open: number): number | undefined {
  let digits = 0
  for (let index = open + 1; index < scan.end && index - open <= 20; index++) {
    if (scan.char(index) === ')') return digits >= longDigitRun || index === open + 1 ? undefined : index + 1
    if (scan.labelStartsAt(index) || isSpace(scan.code(index))) return undefined
    digits = isDigit(scan.code(index)) ? digits + 1 : 0
  }

  return undefined
}

/**
 * An address may go on after a space (`广东省阳江市 海陵区闸坡镇…`) while it has
 * no house number yet and the next word looks like more of it.
 */
function continuesAfterSpace(scan: Scan, start: number, space: number): boolean {
  for (let index = start; index < space; index++) {
    const character = scan.char(index)
    if (character === '号' || character === '室') return false
  }

  let next = space
  while (next < scan.end && next - space < 2 && isSpace(scan.code(next))) next++
  if (!(isHanAt(scan.folded, next) || isDigit(scan.code(next)))) return false

  let found = false
  for (let index = next; index < scan.end && index - next < 30; index++) {
    if (scan.labelStartsAt(index)) return false
    const code = scan.code(index)
    if (!(isHanAt(scan.folded, index) || isAsciiAlphanumeric(code) || scan.char(index) === '-')) break
    if (addressCharacters.has(scan.char(index))) found = true
  }

  return found
}

/**
 * Drop words after the last house-number unit that are not part of the
 * address (`油江路122号网站地图` ends at `号`), keeping building names
 * (`…1号市政府大院`).
 */
function trimTail(scan: Scan, start: number, end: number): number {
  let lastUnit = -1
  for (let index = start; index < end; index++) {
    if (unitEnds.has(scan.char(index)) && index > start) lastUnit = index
  }

  if (lastUnit === -1 || lastUnit === end - 1) return end
  const tail = scan.folded.slice(lastUnit + 1, end)
  if (tail.endsWith(')') || buildingWords.some((word) => tail.endsWith(word))) return end
  for (const character of tail) {
    if (isDigit(character.charCodeAt(0)) || addressCharacters.has(character)) return end
  }

  return lastUnit + 1
}

function hasAddressCharacter(scan: Scan, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (addressCharacters.has(scan.char(index))) return true
  }

  return false
}

/** `…路122号`, `…街8号院3栋201室`: a road and a house number, with no label. */
function recognizeStreetAddresses(scan: Scan): void {
  // A road word stands right before a run of digits: only those are read.
  let from = scan.start + 2
  for (let digits = scan.nextDigitRun(from); digits !== -1; digits = scan.nextDigitRun(from)) {
    const index = digits - 1
    from = digits + 1
    if (!roadSuffixes.has(scan.char(index))) continue
    const numberEnd = houseNumberEnd(scan, digits)
    if (numberEnd === undefined) continue
    const start = streetStart(scan, index)
    if (start === undefined || !scan.isFree(start, numberEnd)) continue
    scan.claim({start, end: numberEnd, type: 'address', existing: false})
    from = numberEnd + 1
  }
}

/** End of `122号`, `12-14号`, `8号院3栋2单元201室` from `start`, or `undefined`. */
function houseNumberEnd(scan: Scan, start: number): number | undefined {
  const digitsEnd = readDigits(scan, start, 5)
  if (digitsEnd === undefined) return undefined
  let index: number = digitsEnd
  if (scan.char(index) === '-' && isDigit(scan.code(index + 1))) {
    const after = readDigits(scan, index + 1, 5)
    if (after === undefined) return undefined
    index = after
  }

  if (scan.char(index) === '弄') {
    const after = readDigits(scan, index + 1, 5)
    if (after === undefined) return undefined
    index = after
  }

  if (scan.char(index) !== '号') return undefined
  index++

  // Further units: `院`, `3栋`, `2单元`, `201室`, `A座`.
  for (let parts = 0; parts < 5; parts++) {
    if (scan.char(index) === '院' || scan.char(index) === '楼') {
      index++
      continue
    }

    let partEnd = index
    while (partEnd < scan.end && partEnd - index < 5 && isAsciiAlphanumeric(scan.code(partEnd))) partEnd++
    if (partEnd === index) break
    const unit = buildingUnits.find((word) => scan.has(word, partEnd))
    if (!unit) break
    index = partEnd + unit.length
  }

  return index
}

function readDigits(scan: Scan, start: number, maximum: number): number | undefined {
  let index = start
  while (index < scan.end && isDigit(scan.code(index))) index++
  return index > start && index - start <= maximum ? index : undefined
}

/**
 * Where a street address starts, reading leftwards from the road word: the
 * road name (up to six characters), then administrative units ending in
 * `镇` `县` `市` `省`… (up to eight characters each), stopping at words such
 * as `在` `至` `位于` or anything that is not Han.
 */
function streetStart(scan: Scan, road: number): number | undefined {
  let index = road
  let count = 0
  while (index > scan.start && count < 6 && isNamePart(scan, index - 1)) {
    index--
    count++
  }

  if (count === 0) return undefined

  // Bounded, so a run of made-up units cannot make the scan quadratic.
  while (index > scan.start && road - index < maximumAddress && administrativeSuffixes.has(scan.char(index - 1))) {
    let unitStart = index - 1
    let length = 0
    // A unit's own name may end in a unit character (`沙市区`, `市中区`).
    while (
      unitStart > scan.start &&
      length < 8 &&
      (isNamePart(scan, unitStart - 1) || (length === 0 && isUnitNamePart(scan, unitStart - 1)))
    ) {
      unitStart--
      length++
    }

    if (length === 0) {
      // A lone unit character opens the address (`市中区…`, `在县人民路5号`).
      index--
      break
    }

    index = unitStart
  }

  // A surrogate pair is never cut in half.
  const code = scan.code(index)
  if (code >= 0xdc00 && code <= 0xdfff) index--
  return index
}

function isUnitNamePart(scan: Scan, index: number): boolean {
  return (
    administrativeSuffixes.has(scan.char(index)) &&
    scan.isFree(index, index + 1) &&
    index - 1 >= scan.start &&
    isNamePart(scan, index - 1)
  )
}

function isNamePart(scan: Scan, index: number): boolean {
  const character = scan.char(index)
  return (
    isHanAt(scan.folded, index) &&
    scan.isFree(index, index + 1) &&
    !addressLeftBoundaries.has(character) &&
    !administrativeSuffixes.has(character)
  )
}
