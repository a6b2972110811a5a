export * from './email';
export * from './email-content';
export * from './error-text';
export * from './mail-config';
export * from './mailer';
export * from './mail.module';
