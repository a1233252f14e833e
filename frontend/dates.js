/*
 * Dates on the time axes (the timeline and the histogram) in the UI language. Arabic gets Arabic
 * month and weekday names, with the Western digits the rest of the Arabic UI uses (the event list's
 * dates and the counts), the choice of most Arabic news sites; 'ar-u-nu-latn' says so to Intl.
 */
const LOCALES = { ar: 'ar-u-nu-latn', en: 'en-GB' };

export function dateFormat(lang) {
  const locale = LOCALES[lang] || LOCALES.en;
  const fmt = (options) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
  const day = fmt({ day: 'numeric' });
  const weekday = fmt({ weekday: 'short', day: 'numeric' });
  const month = fmt({ month: 'short' });
  const monthYear = fmt({ month: 'long', year: 'numeric' });
  const dayMonthYear = fmt({ day: 'numeric', month: 'long', year: 'numeric' });
  const year = fmt({ year: 'numeric' });
  const time = fmt({ hour: '2-digit', minute: '2-digit' });
  return {
    /** vis-timeline's small labels: the unit being stepped through. */
    minor(date, scale) {
      switch (scale) {
        case 'year': return year.format(date);
        case 'month': return month.format(date);
        case 'week':
        case 'day': return day.format(date);
        case 'weekday': return weekday.format(date);
        default: return time.format(date);
      }
    },
    /** vis-timeline's large labels: the unit above. */
    major(date, scale) {
      switch (scale) {
        case 'year': return '';
        case 'month': return year.format(date);
        case 'week':
        case 'day':
        case 'weekday': return monthYear.format(date);
        default: return dayMonthYear.format(date);
      }
    },
    month: (date) => monthYear.format(date),
    day: (date) => dayMonthYear.format(date),
    year: (date) => year.format(date),
  };
}

/** An ISO day ('2024-08-05') as a Date at UTC midnight. */
export function isoDay(s) {
  return new Date(`${s}T00:00:00Z`);
}
