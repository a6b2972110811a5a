/**
 * A session's browser and system, named as a person knows them (« Firefox sur Windows »), from the
 * user agent it signed in with: the list of sessions showed that string whole, "Mozilla/5.0 (X11;
 * Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)…", which nobody reads. No DOM type here
 * (test/web reads it under the repository's typecheck).
 */
export interface DeviceName {
  browser: string | null;
  system: string | null;
  /** What an unknown program calls itself (« curl », « okhttp »): its first word, without its version. */
  program: string | null;
}

// The first that matches names it: Edge, Opera and Samsung Internet also call themselves Chrome, Chrome calls itself Safari.
const BROWSERS: Array<[RegExp, string]> = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bChrome\/|\bCriOS\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];
// iPads and iPhones say "like Mac OS X", Android says Linux: they come first.
const SYSTEMS: Array<[RegExp, string]> = [
  [/\biPad\b/, 'iPadOS'],
  [/\biPhone\b|\biPod\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMacintosh\b|\bMac OS X\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

const first = (table: Array<[RegExp, string]>, userAgent: string): string | null => table.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;

export function deviceName(userAgent: string): DeviceName {
  const browser = first(BROWSERS, userAgent);
  const system = first(SYSTEMS, userAgent);
  // "Mozilla/5.0" opens every browser's user agent: it names none.
  const word = /^[A-Za-z][\w.-]*/.exec(userAgent.trim())?.[0] ?? null;
  const program = browser || system || word === 'Mozilla' ? null : word;
  return { browser, system, program };
}

type Say = (key: 'account.sessions.browserOn' | 'account.sessions.unknownDevice', values?: Record<string, string>) => string;

/** The device as the list of sessions says it: « Firefox sur Windows », the browser or system alone, the program's name, else « Navigateur inconnu ». */
export function sayDevice(userAgent: string, t: Say): string {
  const { browser, system, program } = deviceName(userAgent);
  if (browser && system) return t('account.sessions.browserOn', { browser, system });
  return browser ?? system ?? program ?? t('account.sessions.unknownDevice');
}
