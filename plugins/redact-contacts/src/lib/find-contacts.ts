/**
 * `findContacts`: every contact detail in a string, as UTF-16 spans.
 */
import type {ContactType} from '@baogao/core'
import {findLabels} from './labels.js'
import {foldParagraphs, holds} from './paragraphs.js'
import type {NumberKindCache} from './phone-numbers.js'
import {recognizeAddresses} from './recognize-addresses.js'
import {recognizeEmails, recognizeObfuscatedEmails, recognizeUrls} from './recognize-email.js'
import {recognizeNumbers} from './recognize-numbers.js'
import {recognizeNames, recognizeWechatIds} from './recognize-people.js'
import {Scan} from './scan.js'
import {findTokens} from './tokens.js'

/** A contact detail in a string: UTF-16 offsets, `end` exclusive. */
export interface ContactSpan {
  start: number
  end: number
  type: ContactType
}

/** Options of `findContacts` (and of the plugin, which has more). */
export interface FindOptions {
  /**
   * Keep nationwide short service numbers (`110`, `12345`, `12348`, `95588`)
   * even after a phone label (default: `true`). A longer number that
   * contains one (`0716-8812345`) is redacted either way.
   */
  keepShortCodes?: boolean | null | undefined
  /** Contact types to find (default: all). */
  types?: ReadonlyArray<ContactType> | null | undefined
}

export const contactTypes: ReadonlyArray<ContactType> = [
  'phone',
  'mobile',
  'fax',
  'email',
  'address',
  'postcode',
  'qq',
  'wechat',
  'name'
]

/** Options checked and filled in. */
export interface ResolvedFindOptions {
  keepShortCodes: boolean
  types: ReadonlySet<ContactType>
}

/**
 * Check options; throws naming `owner` and the field, never echoing a
 * value (an option could hold a secret).
 */
export function resolveFindOptions(options: FindOptions | null | undefined, owner: string): ResolvedFindOptions {
  const keepShortCodes = options?.keepShortCodes ?? true
  if (typeof keepShortCodes !== 'boolean') {
    throw new TypeError(owner + ': option `keepShortCodes` must be a boolean')
  }

  const types = options?.types ?? contactTypes
  if (!Array.isArray(types) || types.some((type) => !contactTypes.includes(type))) {
    throw new TypeError(owner + ': option `types` must be a list of ' + contactTypes.map((type) => '`' + type + '`').join(', '))
  }

  return {keepShortCodes, types: new Set(types)}
}

/**
 * Find contact details in `text`: sorted, non-overlapping spans of UTF-16
 * offsets (`end` exclusive), each with its type.
 */
export function findContacts(text: string, options?: FindOptions | null): Array<ContactSpan> {
  return findContactsResolved(text, resolveFindOptions(options, 'findContacts'))
}

export function findContactsResolved(text: string, options: ResolvedFindOptions): Array<ContactSpan> {
  const foldedText = foldParagraphs(text)
  const {folded, paragraphs, labelStarts} = foldedText
  // Made with the first paragraph that needs a scan: most texts have none.
  let numberKinds: NumberKindCache | undefined
  const spans: Array<ContactSpan> = []

  for (const paragraph of paragraphs) {
    // Nothing to find: no recognizer matches without a digit, `@`, URL
    // or label (a replacement token alone is context, not output).
    if ((paragraph.holds & (holds.digit | holds.at | holds.urlLetter | holds.labelStart)) === 0) continue
    numberKinds ??= new Map()
    const scan = new Scan(text, foldedText, paragraph, options, numberKinds)

    if (paragraph.holds & holds.tokenOpen) {
      for (const token of findTokens(folded, paragraph.start, paragraph.end)) {
        scan.claim({...token, existing: true})
      }
    }

    // Each recognizer is run only on paragraphs holding what it needs to
    // match (see `holds`); the order of those run is kept.
    if (paragraph.holds & holds.at) recognizeEmails(scan)
    if (paragraph.holds & holds.urlLetter) recognizeUrls(scan)
    if (paragraph.holds & holds.labelStart) {
      scan.labels = findLabels(
        folded,
        paragraph.start,
        paragraph.end,
        labelStarts,
        paragraph.firstLabelStart,
        (index) => scan.claimAt(index) !== undefined
      )
    }

    // These read the values after labels, so they cost nothing without one.
    recognizeObfuscatedEmails(scan)
    recognizeAddresses(scan)
    if (paragraph.holds & holds.digit) recognizeNumbers(scan)
    recognizeWechatIds(scan)
    recognizeNames(scan)

    const found: Array<ContactSpan> = []
    for (const claim of scan.claims) {
      if (claim.existing || claim.type === 'url' || !options.types.has(claim.type)) continue
      found.push({start: claim.start, end: claim.end, type: claim.type})
    }

    found.sort((a, b) => a.start - b.start)
    for (const span of found) spans.push(span)
  }

  return spans
}
