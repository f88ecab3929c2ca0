/**
 * Value-level checks for `checkTree`: JSON safety and unist points.
 */
import type {Point, Position} from 'unist'
import type {TreeProblem} from './check-tree.js'

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function positionOf(node: Readonly<Record<string, unknown>>): Position | undefined {
  const position = node.position
  if (!isRecord(position) || !isPoint(position.start) || !isPoint(position.end)) {
    return undefined
  }

  return {start: position.start, end: position.end}
}

export function isPoint(value: unknown): value is Point {
  return (
    isRecord(value) &&
    Number.isInteger(value.line) &&
    (value.line as number) >= 1 &&
    Number.isInteger(value.column) &&
    (value.column as number) >= 1 &&
    (value.offset === undefined ||
      (Number.isInteger(value.offset) && (value.offset as number) >= 0))
  )
}

/** Whether point `a` comes strictly before point `b`. */
export function before(a: Point, b: Point): boolean {
  if (a.offset !== undefined && b.offset !== undefined) return a.offset < b.offset
  return a.line < b.line || (a.line === b.line && a.column < b.column)
}

/** Report values that do not survive `JSON.parse(JSON.stringify(…))`. */
export function checkJson(
  value: unknown,
  path: string,
  ancestors: Set<unknown>,
  problems: Array<TreeProblem>
): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      problems.push({reason: 'Unexpected `' + value + '`, expected a finite number', path})
    }

    return
  }

  if (typeof value !== 'object') {
    problems.push({reason: 'Unexpected ' + typeof value + ' value, expected JSON data', path})
    return
  }

  if (ancestors.has(value)) {
    problems.push({reason: 'Unexpected cycle, expected a tree', path})
    return
  }

  const prototype = Object.getPrototypeOf(value)
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) {
    problems.push({reason: 'Unexpected class instance, expected a plain object', path})
    return
  }

  ancestors.add(value)
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      checkJson(item, path + '[' + index + ']', ancestors, problems)
    }
  } else {
    for (const [key, item] of Object.entries(value)) {
      checkJson(item, path + '.' + key, ancestors, problems)
    }
  }

  ancestors.delete(value)
}
