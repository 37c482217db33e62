import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbook } from '../../workbook/WorkbookContext';

const NEW_USER = '__new__';

/** Who is at the keyboard: every change is recorded under this name. */
export function UserSwitcher() {
  const { t } = useTranslation();
  const { settings, setCurrentUser } = useWorkbook();
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');

  if (adding) {
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          void setCurrentUser(name).then(() => {
            setAdding(false);
            setName('');
          });
        }}
      >
        <input aria-label={t('topBar.userPrompt')} placeholder={t('topBar.userPrompt')} value={name} maxLength={60} onChange={(e) => setName(e.target.value)} autoFocus />
        <button type="submit">{t('common.ok')}</button>
        <button type="button" onClick={() => setAdding(false)}>
          {t('common.cancel')}
        </button>
      </form>
    );
  }
  return (
    <label>
      <span className="visually-hidden">{t('topBar.user')}: </span>
      <select
        aria-label={t('topBar.user')}
        value={settings.currentUser}
        onChange={(e) => (e.target.value === NEW_USER ? setAdding(true) : void setCurrentUser(e.target.value))}
      >
        {settings.knownUsers.map((user) => (
          <option key={user} value={user}>
            {user}
          </option>
        ))}
        <option value={NEW_USER}>{t('topBar.changeUser')}…</option>
      </select>
    </label>
  );
}
