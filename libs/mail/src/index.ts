export * from './email';
export * from './email-content';
export * from './mail-config';
export * from './mailer';
export * from './mail-queue';
export * from './mail.module';
