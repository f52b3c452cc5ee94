import { createMetrics } from '@openlicense/observability';

/**
 * The metrics every HTTP function records into (LicencesTaken, ImportsCompleted) and its Lambda entry
 * publishes after each invocation (`publishingMetrics(edgeMetrics, handle(app))`).
 */
export const edgeMetrics = createMetrics('OpenLicense', 'api');
