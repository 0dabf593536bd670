import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  InputWrapper,
  type MantineColorsTuple,
} from '@mantine/core';

/**
 * The app's Mantine theme, WCAG 2 AA in the light scheme (issue #11; the rule is in web/README.md).
 *
 * Mantine's default palettes put light-scheme text in shades that are too pale: shade 6 (filled buttons and
 * badges, `c="teal"` text, links, errors) is 2.6:1 on white for teal, and the dimmed text (gray 6) 3.3:1. Here
 * every palette keeps its shades 0–5 (backgrounds) and deepens 6–9 until each is readable where Mantine puts
 * it: 6 (and the darker 7, 8) as text on white and light backgrounds and under white text, 9 as the text of the `light` variant on shades 1 and 2 (Mantine's light background and its hover).
 */

/** WCAG 2 contrast of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The colour mixed with `share` of black. */
function deepen(hex: string, share: number): string {
  return `#${channels(hex)
    .map((c) =>
      Math.round(c * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The colour itself, or the least deepened version of it that reaches `ratio` against every background. */
function atLeast(hex: string, ratio: number, backgrounds: string[]): string {
  for (let share = 0; share < 1; share += 0.02) {
    const c = deepen(hex, share);
    if (backgrounds.every((bg) => contrastRatio(c, bg) >= ratio)) return c;
  }
  return '#000000';
}

const WHITE = '#ffffff';
/** The page's light gray (striped rows, the navigation's hover). */
const GRAY_0 = DEFAULT_THEME.colors.gray[0];
/** Where text sits: white, and every palette's shades 0 and 1 (gray 0 rows and hovers, light alerts, badges). */
const LIGHT_BACKGROUNDS = [
  WHITE,
  ...Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark')
    .flatMap(([, p]) => [p[0], p[1]]),
];
/** A little above 4.5:1 so that anti-aliasing and rounding never tip a pair under the line. */
export const TEXT_RATIO = 4.6;

/**
 * Shades 0–5 as Mantine has them; 6–9 deepened until readable where Mantine uses them (see above). Shade 6 must
 * read on white, gray 0 and its own light shades 0 and 1, or (`anywhere`: gray 6, the dimmed text, which sits
 * inside every colour's alerts and badges) on every palette's shades 0 and 1.
 */
export function accessiblePalette(palette: readonly string[], anywhere = false): MantineColorsTuple {
  const [s0 = '', s1 = '', s2 = '', s3 = '', s4 = '', s5 = '', s6 = '', s7 = '', s8 = '', s9 = ''] = palette;
  const onWhite = (c: string) => contrastRatio(c, WHITE);
  // Each shade stays darker than the one before it, so hover (one shade up) never loses contrast.
  const six = atLeast(s6, TEXT_RATIO, anywhere ? LIGHT_BACKGROUNDS : [WHITE, GRAY_0, s0, s1]);
  const seven = atLeast(s7, Math.max(TEXT_RATIO + 0.5, onWhite(six) + 0.3), [WHITE]);
  const eight = atLeast(s8, Math.max(TEXT_RATIO + 1, onWhite(seven) + 0.3), [WHITE]);
  const nine = atLeast(s9, Math.max(TEXT_RATIO, onWhite(eight) + 0.3), [WHITE]);
  return [s0, s1, s2, s3, s4, s5, six, seven, eight, atLeast(nine, TEXT_RATIO, [s1, s2])];
}

/** Every Mantine palette but `dark` (the dark scheme's surfaces; the app has no dark scheme). */
export const ACCESSIBLE_COLORS = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, palette]) => [
    name,
    name === 'dark' ? palette : accessiblePalette(palette, name === 'gray'),
  ]),
) as Record<string, MantineColorsTuple>;

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 6, dark: 8 },
  colors: ACCESSIBLE_COLORS,
  focusRing: 'auto',
  defaultRadius: 'sm',
  components: {
    // The required asterisk is drawn by CSS (app.css) so that labels read exactly "Password", not "Password *".
    InputWrapper: InputWrapper.extend({ defaultProps: { withAsterisk: false } }),
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});

/** Dimmed text and placeholders in the deepened gray 6 (Mantine's gray 6 and gray 5 are under 4.5:1); links. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-6)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Links sit on tinted alerts and cards too: one shade deeper than the primary text colour.
    '--mantine-color-anchor': 'var(--mantine-color-teal-8)',
  },
  dark: {},
});
