import { useHashLocation } from '../../router/use-hash-location.ts';
import { NeedDetail } from './need-detail.tsx';
import { NeedEditor } from './need-editor.tsx';
import { NeedList } from './need-list.tsx';

/**
 * 技术需求台账 (enterprise) / 需求管理 (agency, park): `#/needs` the list with its filters in the query,
 * `#/needs/new` a new need, `#/needs/{id}` one need, `#/needs/{id}/edit` an edit.
 */
export function NeedsPage() {
  const { segments, query } = useHashLocation();
  const [first, second] = segments;
  if (first === 'new')
    return <NeedEditor key="new" id={null} enterpriseOrgId={query.get('enterpriseOrgId')} />;
  if (first && second === 'edit')
    return <NeedEditor key={`${first}-edit`} id={first} enterpriseOrgId={null} />;
  if (first) return <NeedDetail key={first} id={first} />;
  return <NeedList query={query} />;
}
