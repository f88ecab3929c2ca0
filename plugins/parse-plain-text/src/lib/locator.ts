/**
 * Offsets in the input to unist points, for every node made from a line.
 */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

/** Maps offsets in the input to unist points. */
export interface Locator {
  point: (offset: number) => Point
  position: (start: number, end: number) => Position
}

export function createLocator(file: VFile, value: string): Locator {
  const place = location(value)

  return {point, position}

  function point(offset: number): Point {
    const found = place.toPoint(offset)
    // Offsets come from the input itself, so a miss is a bug in this package.
    if (!found || found.offset === undefined) {
      throw new Error('Cannot map offset `' + offset + '` in `' + (file.path ?? 'input') + '`')
    }

    return {line: found.line, column: found.column, offset: found.offset}
  }

  function position(start: number, end: number): Position {
    return {start: point(start), end: point(end)}
  }
}
