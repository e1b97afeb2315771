import { useStored } from '@/components/shared/useStored';
import { useTheme } from '@/components/shared/useTheme';
import { t } from '@/lib/browser/i18n';
import { settingsItem } from '@/lib/browser/storage/items';
import { PRIVACY_POLICY } from '@/lib/core/privacy-policy';

/**
 * The privacy policy inside the extension, readable without a network: the
 * same messages in the same order as PRIVACY.md (lib/core/privacy-policy.ts).
 */
export function PrivacyPolicy() {
  useTheme(useStored(settingsItem).value?.theme);
  return (
    <main class="privacy">
      <h1>{t('privacyTitle')}</h1>
      {PRIVACY_POLICY.map((block, index) =>
        'heading' in block ? (
          <h2 key={index}>{t(block.heading)}</h2>
        ) : 'paragraph' in block ? (
          <p key={index}>{t(block.paragraph)}</p>
        ) : (
          <ul key={index}>
            {block.list.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        ),
      )}
    </main>
  );
}
