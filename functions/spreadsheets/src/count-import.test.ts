import { recordingMetrics } from '@openlicense/observability';
import { describe, expect, it } from 'vitest';
import { countImport } from './import-report.ts';

describe('a completed import', () => {
  it('counts one ImportsCompleted and the rows it took in, rejected rows left out', () => {
    // Prepare
    const metrics = recordingMetrics();

    // Act
    countImport(metrics, { created: 3, updated: 2, unchanged: 1, errors: [{ row: 7 } as never] });
    metrics.publish();

    // Assert
    expect(metrics.published[0]).toMatchObject({ ImportsCompleted: 1, ImportedRows: 6 });
  });
});
