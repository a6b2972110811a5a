// Prints every scenario's figures once the run is over, whatever the order the files ran in.
// The specs append one JSON line per scenario to the file named in RELIABILITY_FIGURES_FILE
// (set here, before the test files start, so in-band runs and workers both see it).
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

class FiguresReporter {
  constructor() {
    this.file = process.env.RELIABILITY_FIGURES_FILE ?? join(tmpdir(), `recours-reliability-figures-${process.pid}.jsonl`);
    process.env.RELIABILITY_FIGURES_FILE = this.file;
    this.started = Date.now();
  }

  onRunStart() {
    rmSync(this.file, { force: true });
    this.started = Date.now();
  }

  onRunComplete(_contexts, results) {
    const lines = existsSync(this.file) ? readFileSync(this.file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
    const out = ['', '== reliability figures'];
    for (const { scenario, figures } of lines) {
      out.push(`-- ${scenario}`);
      for (const [key, value] of Object.entries(figures)) out.push(`   ${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`);
    }
    out.push(`== ${results.numPassedTests}/${results.numTotalTests} tests passed in ${((Date.now() - this.started) / 1000).toFixed(0)} s`, '');
    process.stdout.write(out.join('\n') + '\n');
    rmSync(this.file, { force: true });
  }
}

module.exports = FiguresReporter;
