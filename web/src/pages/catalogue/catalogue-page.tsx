import { useHashLocation } from '../../router/use-hash-location.ts';
import { CatalogueSearch } from './catalogue-search.tsx';
import { ListingDetail } from './listing-detail.tsx';

/** 公开目录 (no sign-in): `#/catalogue` the search (its filters in the query), `#/catalogue/{id}` one listing. */
export function CataloguePage() {
  const { segments, query } = useHashLocation();
  const [first] = segments;
  if (first) return <ListingDetail key={first} id={first} />;
  return <CatalogueSearch query={query} />;
}
