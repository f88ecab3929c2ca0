import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Block, TextBlock} from '../src/index.ts'

/**
 * Cut `source` into one text block per non-blank line, as a plain-text
 * parser would, with `pointAt` mapping into `source`.
 */
export function linesToBlocks(source: string): Array<Block> {
  const place = location(source)
  const blocks: Array<TextBlock> = []
  let offset = 0

  for (const line of source.split('\n')) {
    const trimmedStart = line.length - line.trimStart().length
    const value = line.trim()

    if (value.length > 0) {
      const start = offset + trimmedStart
      const pointAt = (index: number) => {
        const point = place.toPoint(start + index)
        if (point === undefined) throw new Error('Unexpected index ' + index)
        return point
      }

      blocks.push({
        kind: 'text',
        value,
        position: {start: pointAt(0), end: pointAt(value.length)},
        pointAt
      })
    }

    offset += line.length + 1
  }

  return blocks
}

export function fileFor(source: string): VFile {
  return new VFile({value: source, path: 'report.txt'})
}
