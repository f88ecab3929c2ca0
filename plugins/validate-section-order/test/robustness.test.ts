import type {Root} from '@baogao/core'
import {describe, expect, test} from 'vitest'
import {check, checkText, seed} from './helpers.ts'

/** A small deterministic generator (mulberry32), so failures reproduce. */
function random(seedValue: number): () => number {
  let state = seedValue
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

describe('content never throws', () => {
  test.each(['000', '001', '002', '003', '004'])('seed %s with its lines shuffled, dropped and cut', async (name) => {
    const next = random(Number(name) + 1)
    const lines = seed(name).split('\n')
    for (let round = 0; round < 20; round++) {
      const mixed = lines
        .filter(() => next() > 0.2)
        .map((line) => (next() > 0.9 ? line.slice(0, Math.floor(next() * line.length)) : line))
        .sort(() => next() - 0.5)
        .join('\n')
      const {file} = await checkText(mixed)
      expect(file.messages.every((message) => typeof message.reason === 'string')).toBe(true)
    }
  })

  test('an empty report, and a tree without positions or metadata', async () => {
    expect((await checkText('')).file.messages.filter((message) => message.source === 'validate-section-order').map((message) => message.ruleId)).toEqual(['title-missing'])
    const bare = {
      type: 'root',
      children: [
        {type: 'section', depth: 1, numbering: {marker: '二、', ordinal: 2, style: '一、'}, children: []},
        {type: 'section', depth: 1, numbering: null, children: [{type: 'heading', runIn: false, children: []}]}
      ]
    } as unknown as Root
    const file = await check(bare)
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['numbering-sequence', undefined],
      ['title-missing', undefined]
    ])
  })
})
