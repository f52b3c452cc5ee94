import { useHashLocation } from '../../router/use-hash-location.ts';
import { ConversionNeedDetail } from './conversion-need-detail.tsx';
import { ConversionNeedForm } from './conversion-need-form.tsx';
import { ConversionNeedList } from './conversion-need-list.tsx';

/** 成果转化需求: `#/conversion-needs` (open; `?mine=true` a university's own), `/new?declarationId=…`, `/{id}`. */
export function ConversionNeedsPage() {
  const { segments, query } = useHashLocation();
  const [first] = segments;
  if (first === 'new') return <ConversionNeedForm query={query} />;
  if (first) return <ConversionNeedDetail key={first} id={first} />;
  return <ConversionNeedList mine={query.get('mine') === 'true'} />;
}
