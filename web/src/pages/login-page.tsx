import { brokenPasswordRules } from '@openlicense/domain/user/password-rules';
import { useState } from 'preact/hooks';
import { useApp } from '../app-context.ts';
import { TextField } from '../components/field.tsx';
import { PasswordChecklist } from '../components/password-checklist.tsx';
import { t } from '../i18n/messages.ts';

export function LoginPage() {
  return (
    <div class="page page-login">
      <SignInCard />
      <RegisterCard />
    </div>
  );
}

function SignInCard() {
  const { api, signIn, reportError, fieldErrorsOf } = useApp();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      const { token } = await api.signIn(email.trim(), password);
      await signIn(token);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.signIn.title')}</h1>
      <p class="muted">{t('auth.signIn.intro')}</p>
      <form id="sign-in-form" onSubmit={submit}>
        <TextField
          id="sign-in-email"
          label={t('auth.email')}
          type="email"
          value={email}
          onValue={setEmail}
          error={errors.email}
          autoComplete="username"
          required
        />
        <TextField
          id="sign-in-password"
          label={t('auth.password')}
          type="password"
          value={password}
          onValue={setPassword}
          error={errors.password}
          autoComplete="current-password"
          required
        />
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? t('common.submitting') : t('auth.signIn.submit')}
        </button>
      </form>
      <p class="muted small">{t('auth.demoHint')}</p>
    </section>
  );
}

function RegisterCard() {
  const { api, signIn, reportError, fieldErrorsOf } = useApp();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // After a refused submit the checklist marks every rule the password still breaks.
  const [failed, setFailed] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      const { token } = await api.register(email.trim(), password, name.trim());
      await signIn(token);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailed(true);
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="register-title">
      <h2 id="register-title">{t('auth.register.title')}</h2>
      <p class="muted">{t('auth.register.intro')}</p>
      <form id="register-form" onSubmit={submit}>
        <TextField
          id="register-name"
          label={t('auth.name')}
          value={name}
          onValue={setName}
          error={errors.name}
          autoComplete="name"
          required
        />
        <TextField
          id="register-email"
          label={t('auth.email')}
          type="email"
          value={email}
          onValue={setEmail}
          error={errors.email}
          autoComplete="email"
          required
        />
        <TextField
          id="register-password"
          label={t('auth.password')}
          type="password"
          value={password}
          onValue={setPassword}
          error={errors.password && brokenPasswordRules(password).length === 0 ? errors.password : undefined}
          autoComplete="new-password"
          required
        />
        <p class="field-hint" id="register-password-rules-title">
          {t('auth.passwordRules')}
        </p>
        <PasswordChecklist id="register-password-rules" password={password} failed={failed} />
        <button type="submit" class="button" disabled={busy}>
          {busy ? t('common.submitting') : t('auth.register.submit')}
        </button>
      </form>
    </section>
  );
}
