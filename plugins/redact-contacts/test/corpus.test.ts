import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {findContacts, redactText} from '../src/index.ts'
import {findLeaks} from './leak.ts'
import {unmark} from './marks.ts'

function lines(name: string): Array<string> {
  return readFileSync(new URL('fixtures/corpus/' + name, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'))
}

const contacts = lines('contacts.txt').map(unmark)
const negatives = lines('negatives.txt')

describe('corpus', () => {
  test('is large enough: at least 200 contact lines and 200 hard negatives', () => {
    expect(contacts.length).toBeGreaterThanOrEqual(200)
    expect(negatives.length).toBeGreaterThanOrEqual(200)
  })

  test('at least 99 % of contact characters are covered', () => {
    let total = 0
    let covered = 0
    const uncovered: Array<string> = []

    for (const {text, spans: gold} of contacts) {
      const found = findContacts(text)
      for (const span of gold) {
        for (let index = span.start; index < span.end; index++) {
          total++
          if (found.some((hit) => hit.start <= index && index < hit.end)) covered++
          else uncovered.push(text)
        }
      }
    }

    expect({ratio: covered / total >= 0.99, uncovered: [...new Set(uncovered)].slice(0, 10)}).toEqual({
      ratio: true,
      uncovered: expect.any(Array)
    })
    // Today every character is covered; keep it that way.
    expect([...new Set(uncovered)]).toEqual([])
  })

  test('nothing outside the marked contacts is redacted in contact lines', () => {
    const strays = contacts.flatMap(({text, spans: gold}) =>
      findContacts(text)
        .filter((hit) => !gold.some((span) => hit.start < span.end && hit.end > span.start))
        .map((hit) => text + ' → ' + text.slice(hit.start, hit.end))
    )
    expect(strays).toEqual([])
  })

  test('no negative is redacted at all', () => {
    const redacted = negatives.filter((line) => findContacts(line).length > 0)
    expect(redacted).toEqual([])
  })

  for (const options of [
    {operator: 'replace'},
    {operator: 'replace', labels: 'zh'},
    {operator: 'mask'},
    {operator: 'hash', secret: 'corpus-test-secret'},
    {operator: 'hash', labels: 'zh', secret: 'corpus-test-secret'}
  ] as const) {
    test('`' + JSON.stringify(options) + '`: no value survives, and a second run finds nothing', () => {
      const leaking: Array<number> = []
      const second: Array<string> = []

      contacts.forEach(({text, spans}, index) => {
        const once = redactText(text, options).text
        const values = spans.map((span) => text.slice(span.start, span.end)).filter((value) => value.length >= 4)
        if (findLeaks([once], values).length > 0) leaking.push(index)
        if (findContacts(once).length > 0) second.push(once)
      })

      expect(leaking).toEqual([])
      expect(second).toEqual([])
    })
  }
})
