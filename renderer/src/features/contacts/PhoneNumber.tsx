import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import type { Phone } from '../../domain/contact';
import { copyText } from './copy-text';

/**
 * A labelled number as selectable text with a one-click copy button; 「コピーしました」 confirms the copy.
 * `t` comes from the list: a translation hook per number would subscribe hundreds of rows to language events.
 */
export function PhoneNumber({ phone, t }: { phone: Phone; t: TFunction }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [status]);
  return (
    <div className="contacts-phone">
      <span className="contacts-phone-label">{t(`phoneLabel.${phone.label}`)}</span>
      {phone.number ? (
        <>
          <span className="contacts-phone-number">{phone.number}</span>
          <button
            type="button"
            className="contacts-copy"
            aria-label={t('contacts.copyNumber', { number: phone.number })}
            onClick={() => setStatus(copyText(phone.number) ? 'copied' : 'failed')}
          >
            {t('contacts.copy')}
          </button>
          <span role="status" className={status === 'failed' ? 'contacts-copy-failed' : 'contacts-copied'}>
            {status === 'copied' && t('contacts.copied')}
            {status === 'failed' && t('contacts.copyFailed')}
          </span>
        </>
      ) : (
        <span className="badge unverified">{t('contacts.notFilled')}</span>
      )}
    </div>
  );
}
