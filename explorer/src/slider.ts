/**
 * The date controls: a slider over days and an exact day field, both setting the page's asOf;
 * "All dates" clears it (every fact, whenever it held). The slider's right end is today.
 */
import { byId } from './dom';
import { dayNumber, dayText, isDay } from './state';

const FIRST_DAY = '1995-01-01';

export interface DateControls {
  /** Shows a state's day without reporting it back. */
  set(asOf: string | undefined): void;
}

export function createDateControls(onChange: (asOf: string | undefined) => void): DateControls {
  const slider = byId<HTMLInputElement>('as-of-slider');
  const day = byId<HTMLInputElement>('as-of-day');
  const label = byId<HTMLOutputElement>('as-of-label');
  const today = localToday();
  slider.min = String(dayNumber(FIRST_DAY));
  slider.max = String(dayNumber(today));
  day.min = FIRST_DAY;

  let shown: string | undefined;
  const showDay = (asOf: string | undefined) => {
    shown = asOf;
    label.value = asOf ?? 'all dates';
    slider.value = String(dayNumber(asOf ?? today));
    slider.setAttribute('aria-valuetext', asOf ?? 'all dates');
    day.value = asOf ?? '';
  };
  // Moving shows the day; letting go (or a key press) sets it, so a drag asks the API once.
  slider.addEventListener('input', () => {
    label.value = dayText(Number(slider.value));
  });
  slider.addEventListener('change', () => onChange(dayText(Number(slider.value))));
  // A drag let go where it started sets nothing: show the day that holds again.
  slider.addEventListener('pointerup', () => setTimeout(() => showDay(shown)));
  // The day field sets the day when it is complete: on Enter or on leaving the field, not on
  // each keystroke (a browser reports 0002-07-01 on the way to typing 2019-07-01).
  const takeDay = () => {
    if (isDay(day.value) && day.value >= FIRST_DAY && day.value !== label.value)
      onChange(day.value);
  };
  day.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') takeDay();
  });
  day.addEventListener('blur', takeDay);
  byId('as-of-clear').addEventListener('click', () => onChange(undefined));
  return { set: showDay };
}

/** Today where the reader is, which is the day they mean. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
