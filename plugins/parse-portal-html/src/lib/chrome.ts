/**
 * Page chrome the page walk leaves out: menus and footers around the
 * article, share bars and toolbars inside it.
 */
import type {Element, ElementContent} from 'hast'
import {isTokenOrPart, nonTextElements, someIdOrClass} from './hast.js'

/** Class and id tokens of menus and footers, where no title or field is. */
const navigationTokens = new Set([
  'nav',
  'navbar',
  'menu',
  'mainmenu',
  'footer',
  'foot',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'copyright'
])

/** Class and id tokens of widgets inside an article container. */
const widgetTokens = new Set([
  'share',
  'bdshare',
  'bdsharebuttonbox',
  'toolbar',
  'tools',
  'qrcode',
  'ewm',
  'erweima',
  'print',
  'fontsize',
  'font-size',
  'related',
  'xglj',
  'pagination',
  'page-nav',
  'prev-next',
  'nav',
  'menu'
])

/** Menus and footers around the article: skipped, they hold no metadata. */
export function isNavigation(element: Element): boolean {
  if (element.tagName === 'nav' || element.tagName === 'footer') return true
  return someIdOrClass(element, isNavigationToken)
}

/** A share bar, toolbar or QR widget inside the article container. */
export function isWidget(element: Element): boolean {
  if (element.tagName === 'nav' || element.tagName === 'footer') return true
  return someIdOrClass(element, isWidgetToken)
}

// The token tests are made once, not a closure per element asked.
function isNavigationToken(token: string): boolean {
  return isTokenOrPart(token, navigationTokens)
}

function isWidgetToken(token: string): boolean {
  return widgetTokens.has(token)
}

/** The text of a small element, at most `limit` characters (`''` when longer). */
export function boundedText(element: Element, limit = 16): string {
  let text = ''
  const stack: Array<ElementContent> = [...element.children].reverse()
  let budget = 64

  while (stack.length > 0) {
    if (--budget < 0) return ''
    const node = stack.pop()
    if (node === undefined) break
    if (node.type === 'text') {
      text += node.value
      if (text.length > limit * 4) return ''
    } else if (node.type === 'element') {
      if (nonTextElements.has(node.tagName)) continue
      for (let index = node.children.length - 1; index >= 0; index--) {
        const child = node.children[index]
        if (child !== undefined) stack.push(child)
      }
    }
  }

  const trimmed = text.trim()
  return trimmed.length > limit ? '' : trimmed
}
