import { formatNumber, t, tCount } from '@/lib/browser/i18n';
import { bestHelp, changeExtent } from '@/lib/core/history/charts';
import { MIN_MOOD_PAIRS, type Stats } from '@/lib/core/history/stats';
import { ChartFigure } from './ChartFigure';
import { count, moodChange } from './format';

type Helps = Stats['helps'];

function summaryOf(rows: Helps): string {
  if (rows.length === 0) return t('helpsEmpty');
  if (rows.every((row) => row.averageChange === null)) return t('helpsSummaryTooFew');
  const best = bestHelp(rows);
  return best?.averageChange
    ? t('helpsSummaryBest', [t(`kind_${best.kind}`), moodChange(best.averageChange)])
    : t('helpsSummary');
}

/**
 * One bar, from the zero line to the change: right for better, left for
 * worse. Drawn in a 100-wide box stretched to the row, so it shares the
 * rows' scale whatever their width; the zero line keeps one pixel.
 */
function Bar({ change, extent }: { change: number; extent: { min: number; max: number } }) {
  const x = (value: number) => ((value - extent.min) / (extent.max - extent.min)) * 100;
  const [from, to] = [x(Math.min(0, change)), x(Math.max(0, change))];
  return (
    <svg class="helps-bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
      <rect class={change < 0 ? 'bar-worse' : 'bar-better'} x={from} y={2} width={to - from} height={8} />
      <line class="zero" x1={x(0)} x2={x(0)} y1={0} y2={12} vector-effect="non-scaling-stroke" />
    </svg>
  );
}

/**
 * What helps: for each kind of exercise with check-ins, the average mood
 * change after it as a bar around zero, with how many check-ins it rests on.
 * Below MIN_MOOD_PAIRS a kind gets no bar: a couple of check-ins say nothing.
 */
export function HelpsBars({ helps }: { helps: Helps }) {
  const rows = helps.filter((row) => row.count > 0);
  const extent = changeExtent(rows);
  return (
    <ChartFigure
      title={t('helpsHeading')}
      summary={summaryOf(rows)}
      columns={[t('helpsKind'), t('helpsChange'), t('chartCheckIns')]}
      rows={rows.map(({ kind, averageChange, count: checkIns }) => ({
        key: kind,
        header: t(`kind_${kind}`),
        cells: [averageChange === null ? t('helpsTooFewCell') : moodChange(averageChange), count(checkIns)],
      }))}
    >
      {rows.length > 0 && (
        <>
          <ul class="helps">
            {rows.map(({ kind, averageChange, count: checkIns }) => {
              const checkInsText = tCount('countCheckIns', checkIns);
              return (
                <li key={kind}>
                  <span class="helps-kind">{t(`kind_${kind}`)}</span>
                  {averageChange === null ? (
                    <span class="helps-value muted">{t('helpsTooFew', checkInsText)}</span>
                  ) : (
                    <>
                      <span class="helps-value">{t('helpsValue', [moodChange(averageChange), checkInsText])}</span>
                      <Bar change={averageChange} extent={extent} />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          <p class="small muted">{t('helpsNote', formatNumber(MIN_MOOD_PAIRS))}</p>
        </>
      )}
    </ChartFigure>
  );
}
