import { Image, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../session/SessionProvider';
import { DocumentRefused, fetchDocument } from './fetch-document';

/** What a browser shows safely from a blob: images, MP4, plain text and PDFs (its own viewer). */
const PREVIEWS = ['image/jpeg', 'image/png', 'image/webp', 'video/mp4', 'application/pdf', 'text/plain'];
export const canPreview = (contentType: string) => PREVIEWS.includes(contentType);

/** A preview of an uploaded file, fetched with the token and shown from a blob URL. */
export function EvidencePreview({ fileId, contentType, name }: { fileId: string; contentType: string; name: string }) {
  const { token } = useSession();
  const { t, locale } = useI18n();
  const [shown, setShown] = useState<{ url: string; text?: string } | { failed: string | undefined } | null>(null);
  useEffect(() => {
    let url: string | undefined;
    let cancelled = false;
    fetchDocument(`/files/${fileId}`, token, locale)
      .then(async (blob) => {
        // The blob takes the type recours recognised in the content, never one a name suggests.
        const typed = new Blob([blob], { type: contentType });
        url = URL.createObjectURL(typed);
        const text = contentType === 'text/plain' ? (await typed.text()).slice(0, 5000) : undefined;
        if (!cancelled) setShown({ url, text });
      })
      .catch((error: unknown) => !cancelled && setShown({ failed: DocumentRefused.reasonOf(error) }));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [fileId, contentType, token, locale]);
  if (!shown) return <Text size="sm">{t('common.loading')}</Text>;
  if ('failed' in shown) return <Text size="sm" c="red.9">{shown.failed ?? t('files.previewFailed')}</Text>;
  if (contentType.startsWith('image/')) return <Image src={shown.url} alt={t('files.previewOf', { name })} mah={320} fit="contain" />;
  if (contentType === 'video/mp4') return <video src={shown.url} controls style={{ maxWidth: '100%', maxHeight: 320 }} aria-label={t('files.previewOf', { name })} />;
  if (contentType === 'text/plain') return <Text component="pre" size="xs" style={{ whiteSpace: 'pre-wrap', maxHeight: 320, overflow: 'auto' }}>{shown.text}</Text>;
  return <iframe src={shown.url} title={t('files.previewOf', { name })} style={{ width: '100%', height: 420, border: 0 }} />;
}
