import { useHashLocation } from '../../router/use-hash-location.ts';
import { PatentEditor } from './patent-editor.tsx';
import { PatentLedger } from './patent-ledger.tsx';

/** 专利台账: `#/patents` the ledger, `#/patents/new` a new patent, `#/patents/{number}/edit` an edit. */
export function PatentsPage() {
  const { segments } = useHashLocation();
  const [first, second] = segments;
  if (first === 'new') return <PatentEditor key="new" number={null} />;
  if (first && second === 'edit') return <PatentEditor key={first} number={first} />;
  return <PatentLedger />;
}
