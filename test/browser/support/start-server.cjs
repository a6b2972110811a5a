// Starts the compiled API with the web app, as `node dist/apps/api/src/main.js` does. Until
// AppModule imports WebAppModule itself, this adds it next to AppModule (importing it twice is
// harmless: Nest keeps one instance of a module).
require('reflect-metadata');
const { join } = require('node:path');
const dist = join(__dirname, '..', '..', '..', 'dist', 'apps', 'api', 'src');
const { Module, ConsoleLogger } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { Logger } = require('nestjs-pino');
const { AppModule } = require(join(dist, 'app.module'));
const { WebAppModule } = require(join(dist, 'web', 'web-app.module'));
const { configureApp } = require(join(dist, 'configure-app'));

class BrowserTestServer {}
Module({ imports: [AppModule, WebAppModule] })(BrowserTestServer);

async function start() {
  const app = await NestFactory.create(BrowserTestServer, { bufferLogs: true, logger: new ConsoleLogger({ json: true }) });
  app.useLogger(app.get(Logger));
  configureApp(app);
  const port = Number(process.env.PORT);
  await app.listen(port, '127.0.0.1');
  process.stdout.write(`${JSON.stringify({ msg: `listening on http://127.0.0.1:${port}` })}\n`);
}

start().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
  process.exit(1);
});
