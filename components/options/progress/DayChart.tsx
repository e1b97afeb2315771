import { t, tCount } from '@/lib/browser/i18n';
import { axisTicks } from '@/lib/core/history/charts';
import type { DayCount } from '@/lib/core/history/stats';
import { ChartFigure } from './ChartFigure';
import { DateAxis } from './DateAxis';
import { count, tableDate } from './format';
import { useInlineSize } from './useInlineSize';

/** The plot's height and the room around it for the labels, in px. */
const HEIGHT = 160;
const TOP = 10;
const BOTTOM = 26;
/** A digit of a tick label, roughly, at the chart's text size: the y axis is as wide as its longest label. */
const DIGIT = 9;

/**
 * The last 30 days as bars: breaks taken, and skipped ones stacked on them
 * in a quieter colour, over a y axis of whole breaks and a few dates (every
 * seventh day back from today).
 */
export function DayChart({ days }: { days: readonly DayCount[] }) {
  const { ref, width } = useInlineSize<HTMLDivElement>(360);
  const ticks = axisTicks(Math.max(0, ...days.map((d) => d.taken + d.skipped)));
  const top = ticks.at(-1) ?? 1;
  const side = 8 + DIGIT * count(top).length;
  const slot = (width - side) / Math.max(1, days.length);
  const plot = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => side + (i + 0.5) * slot;
  const y = (n: number) => TOP + plot - (n / top) * plot;
  const taken = days.reduce((sum, d) => sum + d.taken, 0);
  const skipped = days.reduce((sum, d) => sum + d.skipped, 0);
  return (
    <ChartFigure
      title={t('chartCaption')}
      summary={t('daySummary', [tCount('countBreaks', taken), count(skipped)])}
      columns={[t('chartDay'), t('chartTaken'), t('chartSkipped')]}
      rows={days.map((d) => ({ key: d.day, header: tableDate(d.day), cells: [count(d.taken), count(d.skipped)] }))}
    >
      <div class="chart-plot" ref={ref}>
        <svg viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" height={HEIGHT} aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick}>
              <line class="gridline" x1={side} x2={width} y1={y(tick)} y2={y(tick)} />
              <text class="axis-label" x={side - 6} y={y(tick)} text-anchor="end" dominant-baseline="central">
                {count(tick)}
              </text>
            </g>
          ))}
          {days.map((d, i) => {
            // Bars fill 70% of their slot: apart enough to count, wide enough to see.
            const bar = slot * 0.7;
            return (
              <g key={d.day}>
                <rect class="bar-taken" x={x(i) - bar / 2} y={y(d.taken)} width={bar} height={y(0) - y(d.taken)} />
                <rect
                  class="bar-skipped"
                  x={x(i) - bar / 2}
                  y={y(d.taken + d.skipped)}
                  width={bar}
                  height={y(d.taken) - y(d.taken + d.skipped)}
                />
              </g>
            );
          })}
          <DateAxis days={days.map((d) => d.day)} x={x} y={HEIGHT - 6} width={width} />
        </svg>
      </div>
      <p class="legend small muted">
        <span class="key key-taken" aria-hidden="true" /> {t('chartTaken')}{' '}
        <span class="key key-skipped" aria-hidden="true" /> {t('chartSkipped')}
      </p>
    </ChartFigure>
  );
}
