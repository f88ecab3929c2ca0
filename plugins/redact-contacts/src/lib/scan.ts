/**
 * The state of one paragraph being scanned: its folded text, sentences,
 * labels, and what the recognizers have claimed so far. Recognizers run in
 * a fixed order and each claims spans; a later one never takes text an
 * earlier one claimed.
 */
import type {ContactType} from '@baogao/core'
import {sentenceRanges, type Range, wordRanges} from '@baogao/retext-cjk'
import {isSpace} from './characters.js'
import type {LabelHit} from './labels.js'
import type {FoldedText, Paragraph} from './paragraphs.js'
import type {NumberKindCache} from './phone-numbers.js'

export interface ScanOptions {
  keepShortCodes: boolean
}

/** A claimed span: a contact, a replacement token already in the text, or a URL. */
export interface Claim {
  start: number
  end: number
  type: ContactType | 'url'
  /** A replacement token left by an earlier run: context, not output. */
  existing: boolean
}

/** Characters that may stand between a label and its value, or between two values of one list. */
const gapPunctuation = new Set(':()[]【】<>-/、,，;|')

/** Code units of text segmented at once when a recognizer asks for words. */
const wordWindow = 512
/** Distance from a window's cut edges within which its word boundaries are not trusted. */
const wordMargin = 16

/** Characters that join two values of one list (`0716-5227196、5227197`). */
const listSeparators = new Set('、,，;；/|或及和')

export class Scan {
  readonly text: string
  readonly folded: string
  readonly start: number
  readonly end: number
  /** What the paragraph holds, as bits of `holds` (`paragraphs.ts`). */
  readonly holds: number
  readonly options: ScanOptions
  readonly numberKinds: NumberKindCache
  /** Where each run of digits of the whole text starts, in order. */
  private readonly digitRuns: ReadonlyArray<number>
  /** Index into `digitRuns` of the paragraph's first run. */
  private readonly firstDigitRun: number
  /** Index into `digitRuns` where `nextDigitRun` looks next, and the index it was last asked. */
  private digitCursor: number
  private digitAsked = -1
  /** Sentences, read when first asked for: most paragraphs hold no value that needs them. */
  private sentenceList: Array<Range> | undefined
  private labelList: Array<LabelHit> = []
  /** Where labels start and end; made only for a paragraph that has labels, as most have none. */
  private labelStartSet: Set<number> | undefined
  private labelEndSet: Set<number> | undefined
  readonly claims: Array<Claim> = []
  /**
   * Per code unit of the paragraph: 0, or the index + 1 of the claim
   * holding it. Made at the first claim, as most paragraphs have none.
   */
  private owners: Int32Array | undefined
  /** The current word window: where it starts and ends, and the part of it trusted. */
  private windowStart = 0
  private windowEnd = 0
  private trustedFrom = 0
  private trustedTo = -1
  /** Word boundaries in the current window, once it has been segmented. */
  private wordBoundaries: Set<number> | undefined

  constructor(
    text: string,
    folded: FoldedText,
    paragraph: Paragraph,
    options: ScanOptions,
    numberKinds: NumberKindCache
  ) {
    this.text = text
    this.folded = folded.folded
    this.start = paragraph.start
    this.end = paragraph.end
    this.holds = paragraph.holds
    this.options = options
    this.numberKinds = numberKinds
    this.digitRuns = folded.digitRuns
    this.firstDigitRun = paragraph.firstDigitRun
    this.digitCursor = paragraph.firstDigitRun
  }

  get sentences(): ReadonlyArray<Range> {
    this.sentenceList ??= sentenceRanges(this.text, this.start, this.end)
    return this.sentenceList
  }

  /** Labels of the paragraph, left to right, not overlapping. */
  get labels(): ReadonlyArray<LabelHit> {
    return this.labelList
  }

  set labels(labels: Array<LabelHit>) {
    this.labelList = labels
    this.labelStartSet = labels.length === 0 ? undefined : new Set(labels.map((label) => label.start))
    this.labelEndSet = labels.length === 0 ? undefined : new Set(labels.map((label) => label.end))
  }

  /** Whether a label starts at `index`. */
  labelStartsAt(index: number): boolean {
    return this.labelStartSet !== undefined && this.labelStartSet.has(index)
  }

  /** Whether a label ends at `index`. */
  labelEndsAt(index: number): boolean {
    return this.labelEndSet !== undefined && this.labelEndSet.has(index)
  }

  /**
   * Where the first run of digits at or after `index` starts in the
   * paragraph, or `-1`. Each recognizer asks in increasing order, so the
   * cursor only walks forward, and goes back to the paragraph's first run
   * when the next recognizer starts over: linear.
   */
  nextDigitRun(index: number): number {
    if (index < this.digitAsked) this.digitCursor = this.firstDigitRun
    this.digitAsked = index
    while (this.digitCursor < this.digitRuns.length && this.digitRuns[this.digitCursor]! < index) this.digitCursor++
    const run = this.digitRuns[this.digitCursor]
    return run !== undefined && run < this.end ? run : -1
  }

  code(index: number): number {
    return index >= this.start && index < this.end ? this.folded.charCodeAt(index) : -1
  }

  char(index: number): string {
    return index >= this.start && index < this.end ? this.folded.charAt(index) : ''
  }

  /** Whether `folded` has `word` at `index` (ASCII case-insensitive). */
  has(word: string, index: number): boolean {
    if (index < this.start || index + word.length > this.end) return false
    for (let offset = 0; offset < word.length; offset++) {
      let code = this.folded.charCodeAt(index + offset)
      if (code >= 0x41 && code <= 0x5a) code += 0x20
      if (code !== word.charCodeAt(offset)) return false
    }

    return true
  }

  claimAt(index: number): Claim | undefined {
    if (index < this.start || index >= this.end || this.owners === undefined) return undefined
    const owner = this.owners[index - this.start]!
    return owner === 0 ? undefined : this.claims[owner - 1]
  }

  isFree(start: number, end: number): boolean {
    if (start < this.start || end > this.end) return false
    if (this.owners === undefined) return true
    for (let index = start; index < end; index++) {
      if (this.owners[index - this.start] !== 0) return false
    }

    return true
  }

  claim(claim: Claim): void {
    this.claims.push(claim)
    this.owners ??= new Int32Array(this.end - this.start)
    this.owners.fill(this.claims.length, claim.start - this.start, claim.end - this.start)
  }

  /** Start of the sentence holding `index`. */
  sentenceStart(index: number): number {
    const sentences = this.sentences
    let low = 0
    let high = sentences.length - 1
    let found = this.start

    while (low <= high) {
      const middle = (low + high) >> 1
      const sentence = sentences[middle]!
      if (sentence.start <= index) {
        found = sentence.start
        low = middle + 1
      } else {
        high = middle - 1
      }
    }

    return found
  }

  /**
   * The nearest label before `index` in the same sentence, if at most
   * `maximumGap` meaningful characters stand between them. Spaces,
   * punctuation such as `：` `(` `、`, and spans already claimed do not count,
   * so a label reaches every value of a list after it.
   */
  labelBefore(index: number, maximumGap: number): LabelHit | undefined {
    const sentenceStart = this.sentenceStart(index)
    let low = 0
    let high = this.labels.length - 1
    let found: LabelHit | undefined

    while (low <= high) {
      const middle = (low + high) >> 1
      const label = this.labels[middle]!
      if (label.end <= index) {
        found = label
        low = middle + 1
      } else {
        high = middle - 1
      }
    }

    if (!found || found.start < sentenceStart) return undefined
    // Bound the walk: a label far away in raw characters says nothing.
    if (index - found.end > 160) return undefined

    let gap = 0
    for (let position = found.end; position < index; position++) {
      const claim = this.claimAt(position)
      if (claim && claim.type !== 'url') {
        position = claim.end - 1
        continue
      }

      const code = this.folded.charCodeAt(position)
      if (isSpace(code) || gapPunctuation.has(this.folded.charAt(position))) continue
      gap++
      if (gap > maximumGap) return undefined
    }

    return found
  }

  /**
   * The contact just before `index` when only list separators (`、`, `；`,
   * `/`, `或`…) and spaces stand between: a value in a list inherits the
   * type of the one before it. Crosses `；` but never `。`.
   */
  claimBeforeList(index: number): Claim | undefined {
    let position = index - 1
    let skipped = 0

    while (position >= this.start && skipped < 4) {
      const character = this.folded.charAt(position)
      if (isSpace(character.charCodeAt(0)) || listSeparators.has(character)) {
        position--
        skipped++
        continue
      }

      if (character === '者' && this.folded.charAt(position - 1) === '或') {
        position -= 2
        skipped += 2
        continue
      }

      break
    }

    const claim = this.claimAt(position)
    return claim && claim.type !== 'url' ? claim : undefined
  }

  /**
   * Whether a word ends or starts at `index`, by the words the paragraph's
   * nlcst tree would hold (`@baogao/retext-cjk`, from `Intl.Segmenter`).
   * Words are read on demand, in windows of `wordWindow` code units around
   * the asked index, since few labels need them and segmenting a whole long
   * line is slow; only boundaries at least `wordMargin` from a window's cut
   * edges are trusted. Indices are asked in increasing order (labels are
   * read left to right), so each window is segmented once.
   */
  isWordBoundary(index: number): boolean {
    this.passWordBoundary(index)
    if (!this.wordBoundaries) {
      this.wordBoundaries = new Set()
      for (const word of wordRanges(this.text, this.windowStart, this.windowEnd)) {
        this.wordBoundaries.add(word.start)
        this.wordBoundaries.add(word.end)
      }
    }

    return this.wordBoundaries.has(index)
  }

  /**
   * Move the word window as `isWordBoundary(index)` would, without
   * segmenting it (a window takes a few hundred microseconds): for a caller
   * that needs no answer at `index`, so that later answers come from the
   * same windows as if it had asked.
   */
  passWordBoundary(index: number): void {
    if (index >= this.trustedFrom && index <= this.trustedTo) return
    const start = Math.max(this.start, index - wordMargin)
    const end = Math.min(this.end, start + wordWindow)
    this.windowStart = start
    this.windowEnd = end
    this.trustedFrom = start === this.start ? start : start + wordMargin
    this.trustedTo = end === this.end ? end : end - wordMargin
    this.wordBoundaries = undefined
  }
}
