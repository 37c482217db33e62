import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Notice } from '../../ui/Notice';
import { useWorkbook } from '../../workbook/WorkbookContext';
import { useDemoData } from './useDemoData';

export function DemoBanner() {
  const { t } = useTranslation();
  const demo = useDemoData();
  const { canEdit } = useWorkbook();
  if (demo.status.kind === 'removed') return <Notice tone="ok">{t('demo.removed', { count: demo.status.count })}</Notice>;
  if (!demo.present) return null;
  return (
    <Notice tone="demo">
      <span>{t('demo.banner')}</span>
      <ConfirmButton label={t('demo.remove')} question={t('demo.removeConfirm')} disabled={!canEdit || demo.status.kind === 'busy'} onConfirm={() => void demo.remove()} />
      {demo.status.kind === 'failed' && <strong role="alert">{t('demo.removeFailed')}</strong>}
    </Notice>
  );
}
