import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import type { MessageKey } from './message-key';
import { PRIVACY_POLICY, policyMarkdown } from './privacy-policy';

const english = (key: MessageKey) => messages[key].message;

describe('the privacy policy', () => {
  it('uses every privacy message once, so none is left out of the page or the file', () => {
    const used = PRIVACY_POLICY.flatMap((block) =>
      'list' in block ? block.list : ['heading' in block ? block.heading : block.paragraph],
    );
    const written = Object.keys(messages).filter((key) => key.startsWith('privacy') && key !== 'privacyTitle');
    expect([...used].sort()).toEqual(written.sort());
  });

  // PRIVACY.md is made from the same messages as the page inside the extension. After a change
  // of words, `npx vitest run privacy-policy -u` writes it again; in CI a stale file fails here.
  it('PRIVACY.md says what the extension says', async () => {
    await expect(policyMarkdown(english)).toMatchFileSnapshot('../../PRIVACY.md');
  });
});
