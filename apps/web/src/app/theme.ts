import { Badge, Button, createTheme, mergeThemeOverrides, Notification, PasswordInput, type CSSVariablesResolver, type MantineThemeOverride } from '@mantine/core';

// Contrast (WCAG AA, 4.5:1): shade 9 for every colour, black text on light fills (yellow), and
// darker "dimmed" and error texts than Mantine's defaults.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 9,
  autoContrast: true,
  luminanceThreshold: 0.25,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif',
  components: {
    // Notifications close by themselves; their icon-only close button has no accessible name.
    Notification: Notification.extend({ defaultProps: { withCloseButton: false } }),
    // A badge says a whole word (a status, whose turn it is), on two lines where its column is
    // narrow: Mantine cuts the label with an ellipsis, and lists showed « Rés… » and "MERCH…".
    Badge: Badge.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2, maxWidth: '100%' },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 },
      },
    }),
    // A button says what it does in full, on two lines where the screen is narrow: Mantine keeps
    // its label on one line and clips it, and a phone showed « Mettre en place la vérification en d ».
    Button: Button.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 6, maxWidth: '100%' },
        inner: { height: 'auto', minHeight: '100%' },
        label: { whiteSpace: 'normal', overflow: 'visible', height: 'auto', textAlign: 'center', lineHeight: 1.3 },
      },
    }),
  },
});

/** What Mantine's components would otherwise say in English, in the page's language. */
export interface LibraryWords {
  showPassword: string;
}

/**
 * The theme, with the words Mantine's components say of themselves in the page's language:
 * PasswordInput names its eye button "Toggle password visibility" unless told otherwise (its
 * state is aria-pressed, so the name says what pressing does).
 */
export const themeIn = (words: LibraryWords): MantineThemeOverride =>
  mergeThemeOverrides(theme, {
    components: {
      PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': words.showPassword } } }),
    },
  });

// Text on "light" variants (alerts, light buttons): near-black on their pale background, which
// alone carries the colour (shade 9 on shade 1 is only about 4.3:1 for teal).
const lightVariantText = Object.fromEntries(
  ['blue', 'teal', 'red', 'gray', 'violet', 'cyan', 'green', 'orange', 'grape', 'indigo', 'yellow'].map((color) => [`--mantine-color-${color}-light-color`, 'var(--mantine-color-dark-8)']),
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...lightVariantText,
  },
  dark: {},
});
