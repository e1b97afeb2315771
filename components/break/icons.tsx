import { Icon, type IconProps } from '../shared/icons';

/* The break's own icons, drawn like the shared ones (../shared/icons.tsx) and loaded with the break. */
export const PlayIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M8 5l11 7-11 7z" fill="currentColor" />
  </Icon>
);

/** Back and Next point along the line, so they turn round in a language read right to left. */
export const BackIcon = (props: IconProps) => (
  <Icon class="along-line" {...props}>
    <path d="M15 5l-7 7 7 7" />
  </Icon>
);

export const NextIcon = (props: IconProps) => (
  <Icon class="along-line" {...props}>
    <path d="M9 5l7 7-7 7" />
  </Icon>
);

export const MoreIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M5 12h.01M12 12h.01M19 12h.01" stroke-width="3" />
  </Icon>
);

export const HeartIcon = ({ filled, ...props }: IconProps & { filled: boolean }) => (
  <Icon {...props}>
    <path
      d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z"
      fill={filled ? 'currentColor' : 'none'}
    />
  </Icon>
);

export const BellIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15zM10 20a2 2 0 0 0 4 0" />
  </Icon>
);

export const InfoIcon = (props: IconProps) => (
  <Icon {...props}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 11v5M12 8h.01" />
  </Icon>
);
