"""Read a workbook with openpyxl, an independent reader, and print JSON.

Usage: /usr/bin/python3 read-workbook.py FILE.xlsx

For each sheet: its title, frozen cell, autofilter range, column widths and
every cell as [type, value] (null when empty); dates as [type, "YYYY-MM-DD",
number format].
"""
import datetime
import json
import sys

import openpyxl


def cell_value(cell):
    value = cell.value
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return [cell.data_type, value.date().isoformat(), cell.number_format]
    return [cell.data_type, value]


def main(path):
    workbook = openpyxl.load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        sheets.append({
            'title': sheet.title,
            'freeze': sheet.freeze_panes,
            'filter': sheet.auto_filter.ref,
            'dimensions': sheet.dimensions,
            'widths': {key: dimension.width for key, dimension in sheet.column_dimensions.items()},
            'rows': [[cell_value(cell) for cell in row] for row in sheet.iter_rows()],
        })
    json.dump(sheets, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main(sys.argv[1])
