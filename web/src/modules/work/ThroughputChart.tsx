import { useFormat, useT } from '../../i18n';
import type { Team } from './workApi';

const W = 640;
const H = 200;
const PAD = { left: 36, right: 8, top: 12, bottom: 28 };
const SERIES = [
  { key: 'tasksDone', color: 'var(--mantine-color-teal-6)', label: 'work.team.tasksDone' },
  { key: 'approvalsDecided', color: 'var(--mantine-color-indigo-5)', label: 'work.team.approvalsDecided' },
] as const;

/** Tasks done and approvals decided per week: SVG bars for the eye, a visually hidden table for screen readers. */
export function ThroughputChart({ weeks }: { weeks: Team['throughput'] }) {
  const t = useT();
  const f = useFormat();
  const max = Math.max(1, ...weeks.flatMap((w) => [w.tasksDone, w.approvalsDecided]));
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const group = (W - PAD.left - PAD.right) / Math.max(weeks.length, 1);
  const bar = (group * 0.7) / SERIES.length;
  const label = (week: string) => f.date(week).replace(/,? \d{4}$/, '');
  const title = t('work.team.throughput');
  return (
    <figure style={{ margin: 0 }} data-testid="throughput-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-hidden="true" focusable="false">
        {[0, max].map((v) => (
          <g key={v} fontSize={11} fill="currentColor">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="var(--mantine-color-gray-3)" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
              {f.number(v)}
            </text>
          </g>
        ))}
        {weeks.map((w, i) => {
          const x0 = PAD.left + i * group + group * 0.15;
          return (
            <g key={w.week}>
              {SERIES.map((s, j) => (
                <rect
                  key={s.key}
                  x={x0 + j * bar}
                  y={y(w[s.key])}
                  width={bar - 2}
                  height={Math.max(H - PAD.bottom - y(w[s.key]), w[s.key] ? 1 : 0)}
                  fill={s.color}
                  rx={1}
                />
              ))}
              <text x={x0 + bar} y={H - 10} textAnchor="middle" fontSize={11} fill="currentColor">
                {label(w.week)}
              </text>
            </g>
          );
        })}
      </svg>
      <div aria-hidden="true" style={{ display: 'flex', gap: 16, justifyContent: 'center', fontSize: 13 }}>
        {SERIES.map((s) => (
          <span key={s.key}>
            <span
              style={{
                display: 'inline-block',
                width: 10,
                height: 10,
                background: s.color,
                marginRight: 4,
                borderRadius: 2,
              }}
            />
            {t(s.label)}
          </span>
        ))}
      </div>
      <table className="visually-hidden" data-testid="throughput-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('work.team.week')}</th>
            {SERIES.map((s) => (
              <th key={s.key} scope="col">
                {t(s.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.week}>
              <th scope="row">{f.date(w.week)}</th>
              {SERIES.map((s) => (
                <td key={s.key}>{f.number(w[s.key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
