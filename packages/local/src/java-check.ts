import { spawnSync } from 'node:child_process';

export const JAVA_INSTALL_HINT =
  'DynamoDB Local needs Java 17 or newer. Install it and run again — Debian/Ubuntu: `sudo apt-get install -y openjdk-17-jre-headless`; macOS: `brew install openjdk@17`.\n' +
  '本地数据库 DynamoDB Local 需要 Java 17 及以上版本。Debian/Ubuntu 请执行：sudo apt-get install -y openjdk-17-jre-headless';

export class JavaMissingError extends Error {
  constructor(detail: string) {
    super(`${detail}\n${JAVA_INSTALL_HINT}`);
    this.name = 'JavaMissingError';
  }
}

/** Parses `java -version` output ("openjdk version \"17.0.15\"", "java version \"1.8.0_392\"") to a major version. */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const match = versionOutput.match(/version "(\d+)(?:\.(\d+))?/);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

/** Fails fast, before anything starts, when Java is missing or too old. */
export function assertJava(javaBin = process.env.JAVA_BIN ?? 'java'): void {
  const result = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (result.error) throw new JavaMissingError(`Java was not found (${javaBin}).`);
  const major = javaMajorVersion(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < 17)
    throw new JavaMissingError(`Java ${major ?? '?'} found; 17+ is required.`);
}
