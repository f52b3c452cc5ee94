// The snapshot stores are shared with the matcher: they live in the store package.
export { memorySnapshotStore, type SnapshotStore } from '@openlicense/store';
