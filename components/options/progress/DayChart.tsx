import { t } from '@/lib/browser/i18n';

/** One day of the chart: breaks taken and skipped. */
export interface ChartDay {
  day: string;
  taken: number;
  skipped: number;
}

const BAR = 8;
const GAP = 3;
const HEIGHT = 80;

const dayLabel = (day: string) =>
  new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric' });

/**
 * The last 30 days as bars, taken over skipped, drawn in SVG (no chart
 * library, a few hundred bytes). The picture is hidden from screen readers;
 * the same numbers are in a table beside it, for everyone who wants them.
 */
export function DayChart({ days }: { days: readonly ChartDay[] }) {
  const most = Math.max(1, ...days.map((d) => d.taken + d.skipped));
  const scale = (n: number) => (n / most) * HEIGHT;
  return (
    <figure class="chart">
      <figcaption>{t('chartCaption')}</figcaption>
      <svg
        viewBox={`0 0 ${days.length * (BAR + GAP)} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        {days.map((d, i) => (
          <g key={d.day} transform={`translate(${i * (BAR + GAP)} 0)`}>
            <rect class="bar-taken" y={HEIGHT - scale(d.taken)} width={BAR} height={scale(d.taken)} />
            <rect
              class="bar-skipped"
              y={HEIGHT - scale(d.taken) - scale(d.skipped)}
              width={BAR}
              height={scale(d.skipped)}
            />
          </g>
        ))}
      </svg>
      <p class="legend muted">
        <span class="key key-taken" aria-hidden="true" /> {t('chartTaken')}{' '}
        <span class="key key-skipped" aria-hidden="true" /> {t('chartSkipped')}
      </p>
      <details>
        <summary>{t('chartAsTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chartDay')}</th>
              <th scope="col">{t('chartTaken')}</th>
              <th scope="col">{t('chartSkipped')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{dayLabel(d.day)}</th>
                <td>{d.taken}</td>
                <td>{d.skipped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
