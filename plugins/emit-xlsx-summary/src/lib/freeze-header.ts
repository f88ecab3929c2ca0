/**
 * SheetJS CE 0.18.5 writes `<sheetView workbookViewId="0"/>` with no pane,
 * so it cannot freeze rows. This gives a sheet view the frozen header row:
 *
 * ```xml
 * <sheetView workbookViewId="0">
 *   <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>
 *   <selection pane="bottomLeft" activeCell="A2" sqref="A2"/>
 * </sheetView>
 * ```
 *
 * `pane` then `selection` are the first children CT_SheetView allows, in
 * that order (ECMA-376 Part 1, 18.3.1.87); nothing else in the sheet moves.
 */

const frozenPane =
  '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
  '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'

/** The sheet views as SheetJS writes them: one empty, self-closing view. */
const sheetViews =
  /<sheetViews>\s*<sheetView((?:\s+[\w:]+="[^"<>]*")*)\s*\/>\s*<\/sheetViews>/g

/** `sheetXml` with its first row frozen. */
export function freezeHeaderRow(sheetXml: string, name: string): string {
  const found = sheetXml.match(sheetViews)
  if (!found || found.length !== 1) {
    throw new Error(
      '@baogao/emit-xlsx-summary: unexpected sheet views in `' +
        name +
        '`, expected one empty `<sheetView/>` as SheetJS 0.18.5 writes'
    )
  }
  return sheetXml.replace(
    sheetViews,
    (_, attributes: string) =>
      '<sheetViews><sheetView' + attributes + '>' + frozenPane + '</sheetView></sheetViews>'
  )
}
