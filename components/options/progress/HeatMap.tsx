import { formatNumber, t, tCount } from '@/lib/browser/i18n';
import { HEAT_WEEKS, type HeatWeek, heatMapSummary } from '@/lib/core/history/charts';
import { ChartFigure } from './ChartFigure';
import { count, monthName, shortDate, weekday } from './format';
import { useInlineSize } from './useInlineSize';

/** Room for the weekday names at the side and the month names above, and the space between cells, in px. */
const SIDE = 44;
const TOP = 22;
const GAP = 3;
/** Cells stay square: big enough to see on a phone, small enough to read as a calendar on a wide screen. */
const CELL = { min: 10, max: 30 };

/** The rows named at the side: Monday, Wednesday, Friday. */
const NAMED_ROWS = [0, 2, 4];

function summaryOf(weeks: readonly HeatWeek[]): string {
  const { taken, days, busiest } = heatMapSummary(weeks);
  const span = formatNumber(HEAT_WEEKS);
  if (taken === 0) return t('heatSummaryNone', span);
  const breaks = tCount('countBreaks', taken);
  const onDays = tCount('countDays', days);
  const busiestDay = busiest === null ? undefined : weeks[0]?.days[busiest]?.day;
  return busiestDay
    ? t('heatSummaryBusiest', [breaks, onDays, span, weekday(busiestDay, 'long')])
    : t('heatSummary', [breaks, onDays, span]);
}

/**
 * Breaks taken per day over the last twelve weeks, as a calendar: a column
 * a week, Monday at the top, today's column as far as today. The darker the
 * cell, the nearer the day came to the goal; an empty cell had no break.
 */
export function HeatMap({ weeks }: { weeks: HeatWeek[] }) {
  const { ref, width } = useInlineSize<HTMLDivElement>(360);
  const cell = Math.max(CELL.min, Math.min(CELL.max, Math.floor((width - SIDE) / weeks.length) - GAP));
  const pitch = cell + GAP;
  const height = TOP + 7 * pitch;
  const firstWeek = weeks[0]?.days ?? [];
  const title = t('heatTitle', formatNumber(HEAT_WEEKS));
  return (
    <ChartFigure
      title={title}
      summary={summaryOf(weeks)}
      columns={[t('heatWeekOf'), ...firstWeek.map(({ day }) => weekday(day, 'short'))]}
      rows={weeks.map((week) => ({
        key: week.start,
        header: shortDate(week.start),
        cells: Array.from({ length: 7 }, (_, i) => {
          const taken = week.days[i]?.taken;
          return taken === undefined ? '' : count(taken);
        }),
      }))}
    >
      <div class="chart-plot" ref={ref}>
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" height={height} aria-hidden="true">
          {NAMED_ROWS.map((row) => {
            const day = firstWeek[row]?.day;
            return (
              day && (
                <text key={row} class="axis-label" x={0} y={TOP + row * pitch + cell / 2} dominant-baseline="central">
                  {weekday(day, 'short')}
                </text>
              )
            );
          })}
          {weeks.map((week, column) => {
            const x = SIDE + column * pitch;
            return (
              <g key={week.start}>
                {week.month && (
                  <text class="axis-label" x={x} y={TOP - 7}>
                    {monthName(week.month)}
                  </text>
                )}
                {week.days.map(({ day, level }, row) => (
                  <rect
                    key={day}
                    class={`heat heat-${level}`}
                    x={x}
                    y={TOP + row * pitch}
                    width={cell}
                    height={cell}
                    rx={2}
                  />
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      {/* Hidden from screen readers, like the picture it explains: the table gives the numbers. */}
      <p class="legend small muted" aria-hidden="true">
        {t('heatLegendNone')}
        <span class="heat-keys">
          {[0, 1, 2, 3, 4].map((level) => (
            <span key={level} class={`key heat-${level}`} />
          ))}
        </span>
        {t('heatLegendGoal')}
      </p>
    </ChartFigure>
  );
}
