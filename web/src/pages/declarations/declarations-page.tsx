import { useHashLocation } from '../../router/use-hash-location.ts';
import { DeclarationDetail } from './declaration-detail.tsx';
import { DeclarationEditor } from './declaration-editor.tsx';
import { DeclarationList } from './declaration-list.tsx';
import { PatentPicker } from './patent-picker.tsx';

/**
 * 开放许可声明: `#/declarations` the list (`?status=`), `#/declarations/new` pick a ledger patent,
 * `#/declarations/new?patent={number}` the form for it, `#/declarations/{id}` one declaration,
 * `#/declarations/{id}/edit` an edit of a draft or rejected one.
 */
export function DeclarationsPage() {
  const { segments, query } = useHashLocation();
  const [first, second] = segments;
  if (first === 'new') {
    const patent = query.get('patent');
    return patent ? (
      <DeclarationEditor key={`new-${patent}`} id={null} patentNumber={patent} />
    ) : (
      <PatentPicker />
    );
  }
  if (first && second === 'edit')
    return <DeclarationEditor key={`${first}-edit`} id={first} patentNumber={null} />;
  if (first) return <DeclarationDetail key={first} id={first} />;
  return <DeclarationList query={query} />;
}
