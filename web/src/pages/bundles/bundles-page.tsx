import { useHashLocation } from '../../router/use-hash-location.ts';
import { BundleDetail } from './bundle-detail.tsx';
import { BundleEditor } from './bundle-editor.tsx';
import { BundleList } from './bundle-list.tsx';

/**
 * 专利包 / 公共专利池: `#/bundles` the list, `#/bundles/new` the builder, `#/bundles/{id}` one bundle,
 * `#/bundles/{id}/edit` an edit of a draft or rejected one.
 */
export function BundlesPage() {
  const { segments } = useHashLocation();
  const [first, second] = segments;
  if (first === 'new') return <BundleEditor key="new" id={null} />;
  if (first && second === 'edit') return <BundleEditor key={`${first}-edit`} id={first} />;
  if (first) return <BundleDetail key={first} id={first} />;
  return <BundleList />;
}
