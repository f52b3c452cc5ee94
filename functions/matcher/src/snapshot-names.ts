/**
 * Where the matching engine's snapshot lives in S3: plain constants, so the CDK stack grants the matcher
 * exactly these objects (`match-engine-v<version>.bin` under the prefix).
 */
export const MATCH_SNAPSHOT_KEY_PREFIX = 'matching/';
