import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Contrast (WCAG AA, 4.5:1): shade 9 for every colour, black text on light fills (yellow), and
// darker "dimmed" and error texts than Mantine's defaults.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 9,
  autoContrast: true,
  luminanceThreshold: 0.25,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif',
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
