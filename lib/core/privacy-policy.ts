import type { MessageKey } from './message-key';

/** One piece of the policy: a heading, a paragraph, or a list of items, each a message. */
export type PolicyBlock = { heading: MessageKey } | { paragraph: MessageKey } | { list: readonly MessageKey[] };

/**
 * Breathing Room's privacy policy, as the order of its messages. The words
 * live in the messages (so they are translated with the rest); this shape is
 * the one source of both the page inside the extension and PRIVACY.md,
 * which a test renders from it, so the two never say different things.
 */
export const PRIVACY_POLICY: readonly PolicyBlock[] = [
  { paragraph: 'privacyLastChanged' },
  { paragraph: 'privacyIntro' },
  { heading: 'privacyStoredHeading' },
  {
    list: [
      'privacyStoredSettings',
      'privacyStoredFavourites',
      'privacyStoredOwn',
      'privacyStoredSchedule',
      'privacyStoredHistory',
      'privacyStoredMicro',
    ],
  },
  { heading: 'privacyWhereHeading' },
  { paragraph: 'privacyWhereBrowser' },
  { paragraph: 'privacyWhereSync' },
  { paragraph: 'privacyWhereSyncVendor' },
  { heading: 'privacyKeptHeading' },
  { paragraph: 'privacyKeptUntil' },
  { list: ['privacyKeptYear', 'privacyKeptMicro', 'privacyKeptFull'] },
  { heading: 'privacyNothingHeading' },
  { paragraph: 'privacyNothingNetwork' },
  { paragraph: 'privacyNothingCode' },
  { paragraph: 'privacyNothingHelpline' },
  { paragraph: 'privacyExports' },
  { heading: 'privacyPermissionsHeading' },
  {
    list: [
      'privacyPermissionAlarms',
      'privacyPermissionStorage',
      'privacyPermissionNotifications',
      'privacyPermissionIdle',
      'privacyPermissionOffscreen',
    ],
  },
  { paragraph: 'privacyPermissionNone' },
  { heading: 'privacyDeleteHeading' },
  { list: ['privacyDeleteHistory', 'privacyDeleteOwn', 'privacyDeleteRemove', 'privacyDeleteSync'] },
  { heading: 'privacyChangesHeading' },
  { paragraph: 'privacyChangesQuestions' },
  { paragraph: 'privacyChangesVersion' },
];

/** The policy as Markdown, for the repository and the stores: `words` turns a message key into its text. */
export function policyMarkdown(words: (key: MessageKey) => string): string {
  const parts = [`# ${words('extName')}: ${words('privacyTitle')}`];
  for (const block of PRIVACY_POLICY) {
    if ('heading' in block) parts.push(`## ${words(block.heading)}`);
    else if ('paragraph' in block) parts.push(words(block.paragraph));
    else parts.push(block.list.map((key) => `- ${words(key)}`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
