import type { ComponentChildren } from 'preact';
import { t } from '@/lib/browser/i18n';

/** One row of a chart's table: its header (a day, a week, a kind) and its numbers, as written. */
export interface TableRow {
  key: string;
  header: string;
  cells: string[];
}

interface Props {
  /** The chart's name: its heading, and its table's accessible name. */
  title: string;
  /** What the chart shows, in one sentence, for everyone. */
  summary: string;
  /** The table's column headers, the row headers' column first. With no rows there is no table. */
  columns: string[];
  rows: TableRow[];
  /** The picture (hidden from screen readers: the table has the same numbers), legend and notes. */
  children: ComponentChildren;
}

/**
 * A chart as a figure: its name and a sentence saying what it shows, the
 * picture, and the exact numbers as a table behind "Show as a table". The
 * table is named after the chart, so it can be found by name.
 */
export function ChartFigure({ title, summary, columns, rows, children }: Props) {
  return (
    <figure class="chart">
      <figcaption>
        <h3>{title}</h3>
        <p>{summary}</p>
      </figcaption>
      {children}
      {rows.length > 0 && (
        <details>
          <summary>{t('chartAsTable')}</summary>
          {/* Cells wrap to fit a narrow column; scrolling sideways is only the last resort (long weekday names). */}
          <div class="chart-table">
            <table aria-label={title}>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ key, header, cells }) => (
                  <tr key={key}>
                    <th scope="row">{header}</th>
                    {cells.map((cell, i) => (
                      <td key={i}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
