import { renderEmail } from './email-content';
import { MailQueue } from './mail-queue';
import type { Mailer } from './mailer';

const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
const email = renderEmail('claire@example.test', { locale: 'fr', subject: 'Sujet', greeting: 'Bonjour Claire,', paragraphs: ['Texte.'], notes: [] });

describe('MailQueue.drain: a process that shuts down is not held once its e-mails are sent', () => {
  it('leaves no timer behind, whether e-mails were being sent or none was (it held the process DRAIN_MS, 15 s, more)', async () => {
    const sent: string[] = [];
    const queue = new MailQueue({ send: async (message: { to: string }) => void sent.push(message.to) } as unknown as Mailer);
    const before = timers();
    queue.enqueue(email, 'test');
    await queue.drain();
    expect(sent).toEqual(['claire@example.test']);
    expect(timers()).toBe(before);
    await queue.drain();
    expect(timers()).toBe(before);
  });
});
