import { useFormat, useLocale } from '../i18n';

export interface Series {
  label: string;
  color: string;
  values: number[];
}

const W = 640;
const H = 220;
const PAD = { left: 64, right: 8, top: 12, bottom: 28 };

function scale(values: number[]) {
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const y = (v: number) => PAD.top + ((max - v) / span) * (H - PAD.top - PAD.bottom);
  return { y, zero: y(0), ticks: [...new Set([max, 0, min])] };
}

/** Compact amounts on the value axis ("CZK 50K"). */
function Axis({ ticks, y, currency }: { ticks: number[]; y: (v: number) => number; currency: string }) {
  const { locale } = useLocale();
  const fmt = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact' });
  return (
    <g fontSize={11} fill="currentColor">
      {ticks.map((v) => (
        <g key={v}>
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(v)}
            y2={y(v)}
            stroke="var(--mantine-color-gray-3)"
            strokeDasharray={v ? '3 3' : undefined}
          />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
            {fmt.format(v)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Grouped bars (one group per label), drawn as SVG; the numbers are in a table for screen readers. */
export function BarChart({
  title,
  labels,
  series,
  currency,
}: {
  title: string;
  labels: string[];
  series: Series[];
  currency: string;
}) {
  const { y, zero, ticks } = scale(series.flatMap((s) => s.values));
  const group = (W - PAD.left - PAD.right) / Math.max(labels.length, 1);
  const bar = (group * 0.8) / series.length;
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-hidden="true" focusable="false">
        <Axis ticks={ticks} y={y} currency={currency} />
        <line x1={PAD.left} x2={W - PAD.right} y1={zero} y2={zero} stroke="var(--mantine-color-gray-5)" />
        {labels.map((label, i) => {
          const x0 = PAD.left + i * group + group * 0.1;
          return (
            <g key={label}>
              {series.map((s, j) => {
                const v = s.values[i] ?? 0;
                const top = Math.min(y(v), zero);
                return (
                  <rect
                    key={s.label}
                    x={x0 + j * bar}
                    y={top}
                    width={bar - 1}
                    height={Math.max(Math.abs(zero - y(v)), v ? 1 : 0)}
                    fill={s.color}
                    rx={1}
                  />
                );
              })}
              <text x={x0 + group * 0.4} y={H - 10} textAnchor="middle" fontSize={11} fill="currentColor">
                {label}
              </text>
            </g>
          );
        })}
      </svg>
      <Legend series={series} />
      <DataTable title={title} labels={labels} series={series} currency={currency} />
    </figure>
  );
}

/** A line over time with dots; the numbers are in a table for screen readers. */
export function LineChart({
  title,
  labels,
  series,
  currency,
}: {
  title: string;
  labels: string[];
  series: Series;
  currency: string;
}) {
  const { y, zero, ticks } = scale(series.values);
  const step = (W - PAD.left - PAD.right) / Math.max(labels.length - 1, 1);
  const points = series.values.map(
    (v, i) => [PAD.left + 12 + i * (step - 24 / Math.max(labels.length - 1, 1)), y(v)] as const,
  );
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-hidden="true" focusable="false">
        <Axis ticks={ticks} y={y} currency={currency} />
        <line x1={PAD.left} x2={W - PAD.right} y1={zero} y2={zero} stroke="var(--mantine-color-gray-5)" />
        <polyline
          points={points.map((p) => p.join(',')).join(' ')}
          fill="none"
          stroke={series.color}
          strokeWidth={2}
        />
        {points.map(([x, py], i) => (
          <g key={labels[i]}>
            <circle cx={x} cy={py} r={3} fill={series.color} />
            <text x={x} y={H - 10} textAnchor="middle" fontSize={11} fill="currentColor">
              {labels[i]}
            </text>
          </g>
        ))}
      </svg>
      <DataTable title={title} labels={labels} series={[series]} currency={currency} />
    </figure>
  );
}

function Legend({ series }: { series: Series[] }) {
  return (
    <div aria-hidden="true" style={{ display: 'flex', gap: 16, justifyContent: 'center', fontSize: 13 }}>
      {series.map((s) => (
        <span key={s.label}>
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
          {s.label}
        </span>
      ))}
    </div>
  );
}

function DataTable({
  title,
  labels,
  series,
  currency,
}: {
  title: string;
  labels: string[];
  series: Series[];
  currency: string;
}) {
  const f = useFormat();
  return (
    <table className="visually-hidden">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col" />
          {series.map((s) => (
            <th key={s.label} scope="col">
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {labels.map((label, i) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {series.map((s) => (
              <td key={s.label}>{f.money(String(s.values[i] ?? 0), currency)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
