import { sayDevice } from '../../apps/web/src/features/account/device-name';
import { fillMessage } from '../../apps/web/src/i18n/translate';
import { en, type MessageKey } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';

const inFrench = (key: MessageKey, values?: Record<string, string>) => fillMessage(fr[key], values, 'fr-FR');
const inEnglish = (key: MessageKey, values?: Record<string, string>) => fillMessage(en[key], values, 'en-GB');

const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const CHROME_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const EDGE_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const SAFARI_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';
const SAMSUNG_ANDROID = 'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36';

describe('a session’s device, as the account page lists it', () => {
  it('is the browser and its system in the reader’s language, never the user agent', () => {
    expect(sayDevice(FIREFOX_WINDOWS, inFrench)).toBe('Firefox sur Windows');
    expect(sayDevice(CHROME_LINUX, inFrench)).toBe('Chrome sur Linux');
    expect(sayDevice(EDGE_WINDOWS, inFrench)).toBe('Edge sur Windows');
    expect(sayDevice(SAFARI_IPHONE, inFrench)).toBe('Safari sur iOS');
    expect(sayDevice(SAFARI_MAC, inFrench)).toBe('Safari sur macOS');
    expect(sayDevice(SAMSUNG_ANDROID, inFrench)).toBe('Samsung Internet sur Android');
    expect(sayDevice(FIREFOX_WINDOWS, inEnglish)).toBe('Firefox on Windows');
  });

  it('is a program’s own name without its version, and unknown when nothing names it', () => {
    expect(sayDevice('curl/8.4.0', inFrench)).toBe('curl');
    expect(sayDevice('', inFrench)).toBe('Navigateur inconnu');
    expect(sayDevice('Mozilla/5.0 (compatible)', inFrench)).toBe('Navigateur inconnu');
    expect(sayDevice('', inEnglish)).toBe('Unknown browser');
  });
});
