/**
 * Finding labels (`电话`, `邮编`, `网站标识码`…) in folded text: a trie walk at
 * each position, longest match first, so the whole scan is linear in the
 * text (the walk from one position is bounded by the longest label).
 */
import {isAsciiLetter, isHanAt, isSpace} from './characters.js'
import {type LabelKind, labelWords} from './lexicon.js'

export interface LabelHit {
  start: number
  end: number
  kind: LabelKind
}

interface TrieNode {
  children: Map<number, TrieNode>
  kind: LabelKind | undefined
}

/** Spaces allowed between two Chinese characters of a label (`电  话`, `文        号` padded to align). */
const maximumInnerSpaces = 8

const trie: TrieNode = buildTrie()

/**
 * The code units a label may start with, either ASCII case: those for which
 * `trie.children.has(lower(code))`.
 */
export const labelStartCodes: ReadonlyArray<number> = [...trie.children.keys()].flatMap((code) =>
  isLowerAsciiLetter(code) ? [code, code - 0x20] : isUpperAsciiLetter(code) ? [] : [code]
)

function buildTrie(): TrieNode {
  const root: TrieNode = {children: new Map(), kind: undefined}

  for (const [kind, words] of Object.entries(labelWords) as Array<[LabelKind, Array<string>]>) {
    for (const word of words) {
      let node = root
      for (let index = 0; index < word.length; index++) {
        const code = word.charCodeAt(index)
        let child = node.children.get(code)
        if (!child) {
          child = {children: new Map(), kind: undefined}
          node.children.set(code, child)
        }

        node = child
      }

      node.kind = kind
    }
  }

  return root
}

function lower(code: number): number {
  return isUpperAsciiLetter(code) ? code + 0x20 : code
}

function isUpperAsciiLetter(code: number): boolean {
  return code >= 0x41 && code <= 0x5a
}

function isLowerAsciiLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

/**
 * Labels in `folded[start, end)`, left to right, not overlapping, read at
 * the indices `starts[first]`, `starts[first + 1]`… up to `end` (every index
 * whose character may start a label, see `labelStartCodes`, in order).
 * Positions for which `skip(index)` is true (text already replaced by a
 * token) hold no label.
 */
export function findLabels(
  folded: string,
  start: number,
  end: number,
  starts: ReadonlyArray<number>,
  first: number,
  skip: (index: number) => boolean
): Array<LabelHit> {
  const hits: Array<LabelHit> = []
  // Where the next label may start: not inside the last one.
  let next = start

  for (let position = first; position < starts.length; position++) {
    const index = starts[position]!
    if (index >= end) break
    // Most characters that start a label are not followed by the rest of
    // one (`工作`, `公开`): rule them out before asking `skip`.
    if (index < next || !mayContinueLabel(folded, index, end) || skip(index)) continue
    const hit = longestLabelAt(folded, index, start, end, skip)
    if (hit) {
      hits.push(hit)
      next = hit.end
    }
  }

  return hits
}

/**
 * Whether a label may be read from `start`, whose character starts one:
 * `false` only when `longestLabelAt` finds none, because the first
 * character is no label of its own and the next one neither continues a
 * label nor is a space (spaces may stand inside a label).
 */
function mayContinueLabel(folded: string, start: number, end: number): boolean {
  const first = trie.children.get(lower(folded.charCodeAt(start)))
  if (first === undefined) return false
  if (first.kind !== undefined || start + 1 >= end) return true
  const next = folded.charCodeAt(start + 1)
  return isSpace(next) || first.children.has(lower(next))
}

function longestLabelAt(
  folded: string,
  start: number,
  rangeStart: number,
  end: number,
  skip: (index: number) => boolean
): LabelHit | undefined {
  const first = folded.charCodeAt(start)
  // An ASCII label must not start inside a word (`Hotel` holds no `tel`).
  if (isAsciiLetter(first) && start > rangeStart && isAsciiLetter(folded.charCodeAt(start - 1))) {
    return undefined
  }

  let node: TrieNode | undefined = trie
  let index = start
  let best: LabelHit | undefined

  while (index < end && node) {
    let code = folded.charCodeAt(index)

    // Allow a few spaces between two Chinese characters of a label.
    if (isSpace(code) && index > start && isHanAt(folded, index - 1)) {
      let after = index
      while (after < end && after - index < maximumInnerSpaces && isSpace(folded.charCodeAt(after))) after++
      if (after < end && isHanAt(folded, after) && node.children.has(folded.charCodeAt(after))) {
        index = after
        code = folded.charCodeAt(index)
      }
    }

    if (skip(index)) break
    node = node.children.get(lower(code))
    index++

    if (node?.kind !== undefined) {
      const last = folded.charCodeAt(index - 1)
      // An ASCII label must not end inside a word (`address` is not `add`).
      const endsInsideWord = isAsciiLetter(last) && index < end && isAsciiLetter(folded.charCodeAt(index))
      if (!endsInsideWord) best = {start, end: index, kind: node.kind}
    }
  }

  return best
}
