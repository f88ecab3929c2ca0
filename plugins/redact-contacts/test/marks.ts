import type {ContactSpan, ContactType} from '../src/index.ts'

/**
 * Read a case written with marks: `电话：⟦phone:0716-5227196⟧` is the text
 * `电话：0716-5227196` with a `phone` span over the number. Unmarked text
 * (`⟦0716⟧`, no type) gives spans of type `undefined` for coverage counts.
 */
export function unmark(marked: string): {text: string; spans: Array<ContactSpan>} {
  let text = ''
  const spans: Array<ContactSpan> = []
  let open: {start: number; type: string} | undefined
  let index = 0

  while (index < marked.length) {
    const character = marked.charAt(index)
    if (character === '⟦') {
      const colon = marked.indexOf(':', index)
      const close = marked.indexOf('⟧', index)
      const typed = colon !== -1 && colon < close && /^[a-z]+$/.test(marked.slice(index + 1, colon))
      open = {start: text.length, type: typed ? marked.slice(index + 1, colon) : ''}
      index = typed ? colon + 1 : index + 1
      continue
    }

    if (character === '⟧' && open) {
      spans.push({start: open.start, end: text.length, type: open.type as ContactType})
      open = undefined
      index++
      continue
    }

    text += character
    index++
  }

  return {text, spans}
}
