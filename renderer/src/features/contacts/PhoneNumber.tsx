import { useEffect, useState } from 'react';
import type { Phone } from '../../domain/contacts/contact';
import type { ContactListText } from './contact-list-text';
import { copyText } from './copy-text';

/**
 * A labelled number as selectable text with a one-click copy button; 「コピーしました」 confirms the copy.
 * `text` comes from the list: a translation hook per number would subscribe hundreds of rows to language events.
 */
export function PhoneNumber({ phone, text }: { phone: Phone; text: ContactListText }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [status]);
  return (
    <div className="contacts-phone">
      <span className="contacts-phone-label">{text.phoneLabel[phone.label]}</span>
      {phone.number ? (
        <>
          <span className="contacts-phone-number">{phone.number}</span>
          {phone.asWritten && (
            <span className="badge unverified" data-testid="kept-number">
              {text.keptNumber}
            </span>
          )}
          <button
            type="button"
            className="contacts-copy"
            aria-label={text.copyNumber(phone.number)}
            onClick={() => setStatus(copyText(phone.number) ? 'copied' : 'failed')}
          >
            {text.copy}
          </button>
          <span role="status" className={status === 'failed' ? 'contacts-copy-failed' : 'contacts-copied'}>
            {status === 'copied' && text.copied}
            {status === 'failed' && text.copyFailed}
          </span>
        </>
      ) : (
        <span className="badge unverified">{text.notFilled}</span>
      )}
    </div>
  );
}
