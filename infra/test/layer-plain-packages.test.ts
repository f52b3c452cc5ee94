import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, powertoolsLayerDirectory } from '../lib/powertools-layer-contents.ts';

describe('nodemailer in the layer (SMTP mail without growing the bundles)', () => {
  it('loads nodemailer/lib/smtp-connection from the layer alone, as @openlicense/mail imports it', () => {
    // Prepare
    const dir = powertoolsLayerDirectory();
    writeFileSync(
      join(dir, 'nodejs', 'check-smtp.mjs'),
      "const { default: SMTPConnection } = await import('nodemailer/lib/smtp-connection');\n" +
        "const connection = new SMTPConnection({ host: '127.0.0.1', port: 2525 });\n" +
        'console.log(typeof connection.connect, typeof connection.login, typeof connection.send);\n',
    );

    // Act
    const run = spawnSync(process.execPath, [join(dir, 'nodejs', 'check-smtp.mjs')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });

    // Assess
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('function function function');
    // Its ES module build only: no CommonJS copy, no type declarations.
    const files = filesUnder(dir).filter((f) => f.path.startsWith('nodejs/node_modules/nodemailer/'));
    expect(files.some((f) => f.path.includes('/dist/cjs/') || f.path.endsWith('.d.ts'))).toBe(false);
    expect(files.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThan(1_500_000);
  });
});
