// English needs no dictionary (its keys are the text), except where a count can be 1: these keys get
// their English plural forms here (ICU), so a one-year workshop session reads "1 year", not "1 years".
// Callers pass the count as a number.
const english: Record<string, string> = {
  '{n} years': '{n, plural, one {# year} other {# years}}',
  'Added {team}: {years} years.': 'Added {team}: {years, plural, one {# year} other {# years}}.',
  'Session code {code} · {years} years · {difficulty} · {n} of {teams} teams have handed in':
    'Session code {code} · {years, plural, one {# year} other {# years}} · {difficulty} · {n} of {teams, plural, one {# team has} other {# teams have}} handed in',
  '{scenario}, {years} years': '{scenario}, {years, plural, one {# year} other {# years}}',
  '{scenario}: {teams} teams, {years} years, {difficulty}.':
    '{scenario}: {teams, plural, one {# team} other {# teams}}, {years, plural, one {# year} other {# years}}, {difficulty}.',
  '{team} handed in again: {years} years now (was {previous}).': '{team} handed in again: {years, plural, one {# year} other {# years}} now (was {previous}).',
  'Its last {n} years are past the longest horizon (30 years) and were left out.':
    '{n, plural, one {Its last year is past the longest horizon (30 years) and was left out.} other {Its last # years are past the longest horizon (30 years) and were left out.}}',
  '"{name}" imported: {phases} phases over {years} years.':
    '"{name}" imported: {phases, plural, one {# phase} other {# phases}} over {years, plural, one {# year} other {# years}}.',
};

export default english;
