/**
 * The unified transformer: runs the rules over a report tree and adds
 * their messages to the file. Content problems never throw.
 */
import type {Root, Section, TemplatePart} from '@baogao/core'
import {addRuleMessage, emptyMeta} from '@baogao/core'
import type {Plugin} from 'unified'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {checkPublished, checkTitle, checkYear} from './meta-rules.js'
import {findMisplacements} from './misplaced.js'
import {checkNesting} from './numbering-nesting.js'
import {checkSequence} from './numbering-sequence.js'
import {checkStyle} from './numbering-style.js'
import type {Options, ResolvedOptions} from './options.js'
import {resolveOptions} from './options.js'
import {outlineOf, placeOf} from './outline.js'
import type {RuleId} from './rules.js'
import {rules} from './rules.js'
import type {Profile} from './template.js'
import {inferProfile, locateParts, topLevelSections} from './template.js'
import {checkMissing, checkOrder, templatePartsOf} from './template-rules.js'

const pluginName = '@baogao/validate-section-order'

/** Where a finding points: rules find spans and points, or nothing. */
type Place = Point | Position | undefined

/**
 * Check section numbering, nesting, the report template, the title, the
 * title year and the publication date.
 */
const validateSectionOrder: Plugin<[(Options | null | undefined)?], Root, Root> =
  function (options) {
    const settings = resolveOptions(options, pluginName)
    return function (tree: Root, file: VFile) {
      validate(tree, file, settings)
    }
  }

export default validateSectionOrder

/**
 * The profile a report is checked against; `sections` are its top-level
 * sections (`topLevelSections(tree)`).
 */
export function profileFor(
  tree: Root,
  setting: ResolvedOptions['profile'],
  sections: Array<Section>
): Profile {
  if (setting !== 'auto') return setting
  if (tree.meta.kind === 'annual-report' || tree.meta.kind === 'duty-report') {
    return tree.meta.kind
  }

  return inferProfile(tree, sections)
}

function validate(tree: Root, file: VFile, settings: ResolvedOptions): void {
  const on = (id: RuleId) => settings.rules[id].severity !== 'off'
  const pending: Array<{id: RuleId; reason: string; place: Place}> = []
  const emit = (id: RuleId, reason: string, place: Place) => {
    pending.push({id, reason, place})
  }

  collect(withMeta(tree), file, settings, on, emit)

  // Messages in document order, as a reader goes through the report.
  pending.sort((left, right) => compare(startOf(left.place), startOf(right.place)))
  for (const item of pending) {
    addRuleMessage(file, rules[item.id], settings.rules[item.id].severity, item.reason, item.place)
  }
}

/**
 * The tree with metadata: a tree from a third-party parser may have none,
 * which is not a reason to throw.
 */
function withMeta(tree: Root): Root {
  const meta: Partial<Root['meta']> | undefined = tree.meta
  if (meta && typeof meta === 'object') return tree
  return {...tree, meta: emptyMeta('plain-text', null)}
}

function startOf(place: Place): {line: number; column: number} {
  if (place === undefined) return {line: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER}
  return 'start' in place ? place.start : place
}

function compare(left: {line: number; column: number}, right: {line: number; column: number}): number {
  return left.line - right.line || left.column - right.column
}

function collect(
  tree: Root,
  file: VFile,
  settings: ResolvedOptions,
  on: (id: RuleId) => boolean,
  emit: (id: RuleId, reason: string, place: Place) => void
): void {

  // Made once: the numbering rules and the template both read it.
  const outline = outlineOf(tree)

  if (on('numbering-sequence') || on('numbering-style') || on('numbering-nesting')) {
    const misplacements = findMisplacements(outline)
    if (on('numbering-sequence')) {
      for (const finding of checkSequence(outline, misplacements, settings.rules['numbering-sequence'].options)) {
        emit('numbering-sequence', finding.reason, placeOf(finding.section))
      }
    }

    if (on('numbering-style')) {
      for (const finding of checkStyle(outline, settings.rules['numbering-style'].options)) {
        emit('numbering-style', finding.reason, placeOf(finding.section))
      }
    }

    if (on('numbering-nesting')) {
      for (const finding of checkNesting(outline, misplacements, settings.rules['numbering-nesting'].options)) {
        emit('numbering-nesting', finding.reason, placeOf(finding.section))
      }
    }
  }

  const sections = topLevelSections(tree, outline)
  const profile = profileFor(tree, settings.profile, sections)
  if (profile !== 'none') {
    const layout = locateParts(tree, profile, sections)
    const found: Partial<Record<TemplatePart, boolean>> = templatePartsOf(layout)
    file.data.templateParts = found

    if (on('template-missing')) {
      for (const finding of checkMissing(tree, layout, settings.rules['template-missing'].options)) {
        emit('template-missing', finding.reason, finding.place)
      }
    }

    if (on('template-order')) {
      for (const finding of checkOrder(layout)) {
        emit('template-order', finding.reason, finding.place)
      }
    }
  }

  if (on('title-missing')) {
    for (const finding of checkTitle(tree)) emit('title-missing', finding.reason, finding.place)
  }

  if (on('year-mismatch')) {
    for (const finding of checkYear(tree, settings.rules['year-mismatch'].options)) {
      emit('year-mismatch', finding.reason, finding.place)
    }
  }

  if (on('published-late')) {
    for (const finding of checkPublished(tree, settings.rules['published-late'].options)) {
      emit('published-late', finding.reason, finding.place)
    }
  }
}
