import { useEffect } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { t } from '../../i18n/messages.ts';
import { useHashLocation } from '../../router/use-hash-location.ts';
import { navigate } from '../../router/use-hash-route.ts';
import { BundleDetail } from './bundle-detail.tsx';
import { BundleEditor } from './bundle-editor.tsx';
import { BundleList } from './bundle-list.tsx';

/**
 * 专利包 / 公共专利池: `#/bundles` the list, `#/bundles/new` the builder, `#/bundles/{id}` one bundle,
 * `#/bundles/{id}/edit` an edit of a draft or rejected one. A signed-out visitor may open a bundle's page
 * (public once published); anything else here asks them to sign in.
 */
export function BundlesPage() {
  const { me } = useApp();
  const { segments } = useHashLocation();
  const [first, second] = segments;
  const publicPage = first !== undefined && first !== 'new' && second === undefined;
  if (!me && !publicPage) return <SignInFirst />;
  if (first === 'new') return <BundleEditor key="new" id={null} />;
  if (first && second === 'edit') return <BundleEditor key={`${first}-edit`} id={first} />;
  if (first) return <BundleDetail key={first} id={first} />;
  return <BundleList />;
}

function SignInFirst() {
  useEffect(() => navigate('login', { replace: true }), []);
  return <p class="muted center">{t('common.loading')}</p>;
}
