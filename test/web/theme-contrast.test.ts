import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The theme meets WCAG 2 AA contrast wherever Mantine draws text in the light scheme (issue #11): shade 6 and 7
 * of every palette are text on white and on the page's gray 0 and carry white text (filled buttons, badges,
 * their hover); shade 9 is the text of the `light` variant on shades 1 and 2 (light badges, alerts, the active
 * navigation link and its hover); links use the primary shade 8. The browser walk (test/e2e/accessibility)
 * checks the pages; this checks every colour a page could pick, used yet or not.
 */
const WEB = resolve(import.meta.dirname, '../../web/src');
// Imported by URL: the web's sources follow the web's tsconfig (bundler resolution), not the server's.
const { ACCESSIBLE_COLORS, contrastRatio, theme } = await import(
  /* @vite-ignore */ pathToFileURL(join(WEB, 'theme.ts')).href
);
const colors = ACCESSIBLE_COLORS as Record<string, string[]>;
const WHITE = '#ffffff';
const AA = 4.5;

describe('theme contrast (WCAG 2 AA)', () => {
  const palettes = Object.entries(colors).filter(([name]) => name !== 'dark');

  it('covers every Mantine palette and is the one the app uses', () => {
    expect(palettes.map(([name]) => name)).toEqual(expect.arrayContaining(['teal', 'gray', 'red', 'yellow']));
    expect(theme.colors).toBe(ACCESSIBLE_COLORS);
    expect(theme.primaryShade).toEqual({ light: 6, dark: 8 });
  });

  it.each(palettes)('%s: shades 6 and 7 read on white and gray 0, and under white text', (_name, p) => {
    for (const shade of [p[6], p[7]] as string[]) {
      expect(contrastRatio(shade, WHITE)).toBeGreaterThanOrEqual(AA);
      expect(contrastRatio(shade, colors.gray?.[0] ?? '')).toBeGreaterThanOrEqual(AA);
    }
  });

  it.each(palettes)('%s: shade 9 reads on the light variant backgrounds (shades 1 and 2)', (_name, p) => {
    expect(contrastRatio(p[9] as string, p[1] as string)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(p[9] as string, p[2] as string)).toBeGreaterThanOrEqual(AA);
  });

  it.each(palettes)('%s: shade 6 reads on its own light shades 0 and 1', (_name, p) => {
    expect(contrastRatio(p[6] as string, p[0] as string)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(p[6] as string, p[1] as string)).toBeGreaterThanOrEqual(AA);
  });

  it('dimmed text (gray 6) and links (teal 8) read on every light background (any shade 0 and 1)', () => {
    for (const [, p] of palettes)
      for (const bg of [p[0], p[1]] as string[]) {
        expect(contrastRatio(colors.gray?.[6] ?? '', bg)).toBeGreaterThanOrEqual(AA);
        expect(contrastRatio(colors.teal?.[8] ?? '', bg)).toBeGreaterThanOrEqual(AA);
      }
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
    expect(contrastRatio('#767676', WHITE)).toBeCloseTo(4.54, 2);
  });
});
