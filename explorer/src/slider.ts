/**
 * The date controls: a slider over days and an exact day field, both setting the page's asOf;
 * "All dates" clears it (every fact, whenever it held).
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
  const today = new Date().toISOString().slice(0, 10);
  slider.min = String(dayNumber(FIRST_DAY));
  slider.max = String(dayNumber(today));
  day.min = FIRST_DAY;

  const showDay = (asOf: string | undefined) => {
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
  day.addEventListener('change', () => {
    if (isDay(day.value)) onChange(day.value);
  });
  byId('as-of-clear').addEventListener('click', () => onChange(undefined));
  return { set: showDay };
}
