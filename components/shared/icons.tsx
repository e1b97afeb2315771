import type { JSX } from 'preact';

/*
 * Breathing Room's few icons, drawn here as SVG so nothing depends on a font
 * having the right glyph. Each is decorative: the control it sits in carries
 * the name (visible text or aria-label).
 */

export type IconProps = { class?: string };

export function Icon({ children, class: extra }: IconProps & { children: JSX.Element | JSX.Element[] }) {
  return (
    <svg
      class={extra ? `icon ${extra}` : 'icon'}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

export const PauseIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M9 5v14M15 5v14" />
  </Icon>
);

export const GearIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="12" cy="12" r="3" />
    <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1" />
  </Icon>
);

export const ChartIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M4 20h16M7 16v-4M12 16V8M17 16v-7" />
  </Icon>
);
