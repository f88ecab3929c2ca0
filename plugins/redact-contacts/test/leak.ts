/**
 * A leak check for any Baogao output: give it what a run produced (strings,
 * bytes, or JSON-like values: trees, `file.data`, messages) and the contact
 * values pushed in; it fails if any value shows up in any output.
 *
 * Matching is lenient on purpose: full-width forms are folded, separators
 * (spaces, `-`, brackets, `+`, dots between digits) are dropped, and for a
 * value with seven or more digits its digits alone are searched too, so
 * `0716-5227196` is caught as `０７１６ ５２２７１９６` or `07165227196`.
 * The error names the value and output by index only, never the value.
 *
 * Reusable from other packages' tests: `import {assertNoLeak} from
 * '../../plugins/redact-contacts/test/leak.ts'`. Pass decompressed text for
 * zipped formats (an `.xlsx` is a zip: give the XML parts).
 */

export type Output = string | Uint8Array | unknown

/** Every string inside `value` (object keys included), depth first. */
export function stringsOf(value: unknown, seen = new Set<unknown>()): Array<string> {
  if (typeof value === 'string') return [value]
  if (value instanceof Uint8Array) return [new TextDecoder().decode(value)]
  if (value === null || typeof value !== 'object' || seen.has(value)) return []
  seen.add(value)
  const strings: Array<string> = []

  if (value instanceof Error) strings.push(value.message, String(value.stack))
  for (const [key, child] of Object.entries(value)) {
    strings.push(key, ...stringsOf(child, seen))
  }

  return strings
}

/** Fold full-width forms and drop separators. */
export function normalise(value: string): string {
  let result = ''
  for (const character of value) {
    let code = character.codePointAt(0)!
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
    if (code === 0x3000 || code === 0xa0) code = 0x20
    if (code >= 0x2010 && code <= 0x2015) code = 0x2d
    const folded = String.fromCodePoint(code)
    if (' \t\n-()+'.includes(folded)) continue
    result += folded.toLowerCase()
  }

  return result
}

function digitsOf(value: string): string {
  let digits = ''
  for (const character of normalise(value)) if (character >= '0' && character <= '9') digits += character
  return digits
}

/** The forms of `value` searched for. */
function formsOf(value: string): Array<string> {
  const forms = new Set([normalise(value)])
  const digits = digitsOf(value)
  if (digits.length >= 7) forms.add(digits)
  return [...forms].filter((form) => form.length > 0)
}

/** Indices `[value, output]` of every leak. */
export function findLeaks(outputs: Array<Output>, values: Array<string>): Array<[number, number]> {
  const normalisedOutputs = outputs.map((output) => stringsOf(output).map(normalise).join('\u0000'))
  const leaks: Array<[number, number]> = []

  values.forEach((value, valueIndex) => {
    const forms = formsOf(value)
    normalisedOutputs.forEach((output, outputIndex) => {
      if (forms.some((form) => output.includes(form))) leaks.push([valueIndex, outputIndex])
    })
  })

  return leaks
}

/** Throw if any value leaks into any output; the message holds indices only. */
export function assertNoLeak(outputs: Array<Output>, values: Array<string>): void {
  const leaks = findLeaks(outputs, values)
  if (leaks.length > 0) {
    throw new Error(
      'Unexpected contact values in outputs (value index → output index): ' +
        leaks.map(([value, output]) => value + '→' + output).join(', ')
    )
  }
}
