import { t } from '@/lib/browser/i18n';
import type { MoodDay, MoodSeries } from '@/lib/core/history/charts';
import { MOODS } from '@/lib/core/vocabulary';
import { ChartFigure } from './ChartFigure';
import { DateAxis } from './DateAxis';
import { count, moodValue, tableDate } from './format';
import { useInlineSize } from './useInlineSize';

/** The plot's height, the room around it for the labels, and the y axis's width, in px. */
const HEIGHT = 170;
const TOP = 10;
const BOTTOM = 26;
const SIDE = 22;

type Side = 'before' | 'after';

function summaryOf({ days, before, after }: MoodSeries): string {
  const checkInDays = count(days.filter((day) => day.checkIns > 0).length);
  if (before !== null && after !== null) return t('moodSummary', [checkInDays, moodValue(before), moodValue(after)]);
  if (before !== null) return t('moodSummaryBefore', [checkInDays, moodValue(before)]);
  if (after !== null) return t('moodSummaryAfter', [checkInDays, moodValue(after)]);
  return t('moodSummaryNone');
}

/** A line through the days with a mood on this side: a new stroke after each day without, so gaps stay gaps. */
function linePath(days: readonly MoodDay[], side: Side, x: (i: number) => number, y: (mood: number) => number) {
  let path = '';
  let drawing = false;
  for (const [i, day] of days.entries()) {
    const mood = day[side];
    if (mood === null) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)} ${y(mood).toFixed(1)}`;
    drawing = true;
  }
  return path;
}

/**
 * Each day's average mood before breaks and after them, over the last 30
 * days: two lines on the 1-5 scale, before dashed with open dots, after
 * solid with filled ones, so they differ by more than colour. A day without
 * check-ins is a gap.
 */
export function MoodChart({ series }: { series: MoodSeries }) {
  const { ref, width } = useInlineSize<HTMLDivElement>(360);
  const { days } = series;
  const slot = (width - SIDE) / Math.max(1, days.length);
  const plot = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => SIDE + (i + 0.5) * slot;
  const y = (mood: number) => TOP + ((5 - mood) / 4) * plot;
  const orNotGiven = (mood: number | null) => (mood === null ? t('moodNotGiven') : moodValue(mood));
  return (
    <ChartFigure
      title={t('moodTitle')}
      summary={summaryOf(series)}
      columns={[t('chartDay'), t('chartCheckIns'), t('moodBefore'), t('moodAfter')]}
      rows={days
        .filter((day) => day.checkIns > 0)
        .map((day) => ({
          key: day.day,
          header: tableDate(day.day),
          cells: [count(day.checkIns), orNotGiven(day.before), orNotGiven(day.after)],
        }))}
    >
      <div class="chart-plot" ref={ref}>
        <svg viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" height={HEIGHT} aria-hidden="true">
          {MOODS.map((mood) => (
            <g key={mood}>
              <line class="gridline" x1={SIDE} x2={width} y1={y(mood)} y2={y(mood)} />
              <text class="axis-label" x={SIDE - 8} y={y(mood)} text-anchor="end" dominant-baseline="central">
                {count(mood)}
              </text>
            </g>
          ))}
          {(['before', 'after'] as const).map((side) => (
            <g key={side} class={`mood-${side}`}>
              <path d={linePath(days, side, x, y)} />
              {days.map((day, i) => {
                const mood = day[side];
                return mood !== null && <circle key={day.day} cx={x(i)} cy={y(mood)} r={3.5} />;
              })}
            </g>
          ))}
          <DateAxis days={days.map((d) => d.day)} x={x} y={HEIGHT - 6} width={width} />
        </svg>
      </div>
      <p class="legend small muted">
        <span class="key key-before" aria-hidden="true" /> {t('moodBefore')}{' '}
        <span class="key key-after" aria-hidden="true" /> {t('moodAfter')}
      </p>
      <p class="small muted">{t('moodScale')}</p>
    </ChartFigure>
  );
}
