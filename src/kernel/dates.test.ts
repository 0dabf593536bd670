import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setClock } from './clock.ts';
import { addDays, addMonths, dayBefore, daysBetween, isCalendarDay, todayIso } from './dates.ts';

describe('calendar days', () => {
  it('accepts real days only', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-04-31', '2025-1-01', '20250101', ''])
      expect(isCalendarDay(bad)).toBe(false);
  });

  it('counts whole days between two days, and reads today from the one clock', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(daysBetween('2026-03-02', '2026-02-27')).toBe(-3);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across a DST change elsewhere: UTC days
    setClock(() => new Date('2026-12-31T23:30:00Z'));
    try {
      expect(todayIso()).toBe('2026-12-31');
    } finally {
      setClock(null);
    }
  });

  it('steps across month and year ends', () => {
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
    expect(dayBefore('2024-01-01')).toBe('2023-12-31');
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-01');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-01');
  });

  it('property: adding then removing days is the identity, and stays a real day', () => {
    const day = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -1000, max: 1000 }), (d, n) => {
        expect(isCalendarDay(addDays(d, n))).toBe(true);
        expect(addDays(addDays(d, n), -n)).toBe(d);
      }),
    );
  });
});
