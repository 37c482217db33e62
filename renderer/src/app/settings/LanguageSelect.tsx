import { useTranslation } from 'react-i18next';
import { writeSetting } from '../../db/settings';
import { changeLanguage, type Language } from '../../i18n';
import { useWorkbook } from '../../workbook/WorkbookContext';

/** Switches the UI language and remembers it in the workbook. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const { db, writer } = useWorkbook();
  return (
    <label className="actions">
      <span>{t('settings.language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => {
          const language = e.target.value as Language;
          void changeLanguage(language).then(() => writeSetting(db, 'uiLanguage', language, writer));
        }}
      >
        <option value="ja">{t('settings.languageJa')}</option>
        <option value="en">{t('settings.languageEn')}</option>
      </select>
    </label>
  );
}
