// Arabic (ar) for the planner: its strings, registered when the planner's code loads (locales/planner.ts),
// so the title page does not carry them. Same rules as ar.ts (checked with it by src/cli/i18n-keys.ts):
// one object literal of plain strings; placeholders are wrapped in isolates when registered.
// Terms: planner = المخطِّط; plan = الخطة; phase = المرحلة; horizon = الأفق الزمني; seed = البذرة.
const ar: Record<string, string> = {
  '"{file}" could not be read: {reason}.': 'تعذّرت قراءة «{file}»: {reason}.',
  '"{file}" downloaded.': 'نُزّل «{file}».',
  '"{name}" deleted.': 'حُذفت «{name}».',
  '"{name}" imported: {phases} phases over {years} years.':
    'استُوردت «{name}»: عدد المراحل {phases} على مدى {years} سنة.',
  '"{name}" is in the editor: change it and save it again, or under a new name.':
    '«{name}» في المحرّر: عدّلها واحفظها من جديد، أو احفظها باسم آخر.',
  '"{name}" saved again (it replaces the plan of that name).':
    'حُفظت «{name}» من جديد (تحلّ محلّ الخطة التي تحمل هذا الاسم).',
  '"{name}" saved.': 'حُفظت «{name}».',
  '% a year over the horizon': '% سنويًا على مدى الأفق',
  '% of people': '% من السكان',
  'Add phase': 'إضافة مرحلة',
  'An event takes its default choice unless this phase names one.':
    'يأخذ كل حدث خياره الافتراضي ما لم تحدّد هذه المرحلة خيارًا له.',
  'At the horizon, {year}': 'عند نهاية الأفق، {year}',
  'Average growth': 'متوسط النمو',
  'Budget spent': 'الميزانية المنفقة',
  'Cluster, horizon and luck': 'التجمع الصناعي والأفق والحظ',
  'Compare plans': 'مقارنة الخطط',
  'Copy link': 'نسخ الرابط',
  'Default: {choice}': 'الافتراضي: {choice}',
  'Delete {name}': 'حذف {name}',
  'Dismiss': 'إغلاق',
  'Does not fire with this plan.': 'لا يقع مع هذه الخطة.',
  'Download what could not be read': 'تنزيل ما تعذّرت قراءته',
  'Each phase keeps its budget and rules every year from its first year to its last. Add a phase to change course later in the horizon.':
    'تحتفظ كل مرحلة بميزانيتها وقواعدها كل سنة من سنتها الأولى إلى الأخيرة. أضف مرحلة لتغيير المسار لاحقًا في الأفق.',
  'Each plan in {year} and its difference from no new policy (seed {seed}, {years} years).':
    'كل خطة في {year} وفرقها عن غياب سياسة جديدة (البذرة {seed}، المدة {years} سنة).',
  'Event choices: all default': 'خيارات الأحداث: كلها افتراضية',
  'Event choices: {n} named': 'خيارات الأحداث: عدد المحدَّد منها {n}',
  'Export plan': 'تصدير الخطة',
  'Fires after {year}, in another phase.': 'يقع بعد {year}، في مرحلة أخرى.',
  'Fires after {year}, in this phase.': 'يقع بعد {year}، في هذه المرحلة.',
  'Fires after {year}, the last year: its default stands.':
    'يقع بعد {year}، وهي السنة الأخيرة: يبقى خياره الافتراضي.',
  'From year': 'من السنة',
  'Give the plan a name first.': 'أعطِ الخطة اسمًا أولًا.',
  'Growth, jobs and poverty, {first} to {last}': 'النمو والوظائف والفقر، من {first} إلى {last}',
  'Horizon': 'الأفق الزمني',
  'Import plan': 'استيراد خطة',
  'Indicator': 'المؤشر',
  'Its last {n} years are past the longest horizon (30 years) and were left out.':
    'سنواتها الأخيرة وعددها {n} تتجاوز أطول أفق (30 سنة) فلم تُؤخذ.',
  'Link copied to the clipboard. It is also in the field above.':
    'نُسخ الرابط إلى الحافظة. وهو موجود أيضًا في الحقل أعلاه.',
  'Load': 'فتح',
  'Load {name}': 'فتح {name}',
  'My plan': 'خطتي',
  'Nothing was deleted: what could not be read is kept in this browser.':
    'لم يُحذف شيء: ما تعذّرت قراءته محفوظ في هذا المتصفح.',
  'Nothing was deleted; plans you save now last until you close the page.':
    'لم يُحذف شيء؛ والخطط التي تحفظها الآن تبقى حتى تغلق الصفحة.',
  'Phase added: {count} phases.': 'أُضيفت مرحلة: عدد المراحل الآن {count}.',
  'Plan': 'الخطة',
  'Plan a whole horizon: split the budget in each phase and set the rules. The charts re-run at every change, against no new policy (the dashed line).':
    'خطّط لأفق كامل: وزّع الميزانية في كل مرحلة وحدّد القواعد. تُعاد الرسوم البيانية مع كل تغيير، مقارنةً بغياب سياسة جديدة (الخط المتقطع).',
  'Plan name': 'اسم الخطة',
  'Plan {letter}': 'الخطة {letter}',
  'Remove phase': 'إزالة المرحلة',
  'Run it in the headless simulator:': 'شغّلها في المحاكي من سطر الأوامر:',
  'Save plan': 'حفظ الخطة',
  'Save up to {n} plans for this cluster. They are drawn with this plan and no new policy, all with the seed and horizon above, so each faces the same luck.':
    'احفظ حتى {n} خطط لهذا التجمع. تُرسم مع هذه الخطة ومع غياب سياسة جديدة، وكلها بالبذرة والأفق أعلاه، فتواجه كل خطة الحظ نفسه.',
  'Saved plans': 'الخطط المحفوظة',
  'Scenario': 'السيناريو',
  'Seed': 'البذرة',
  'Share link': 'رابط المشاركة',
  'Share this plan': 'مشاركة هذه الخطة',
  'Some saved plans could not be read and were left out: {problems}.':
    'تعذّرت قراءة بعض الخطط المحفوظة فتُركت جانبًا: {problems}.',
  'The link holds the cluster, the horizon, the seed and every phase: whoever opens it sees this plan and these numbers.':
    'يحمل الرابط التجمع والأفق والبذرة وكل مرحلة: من يفتحه يرى هذه الخطة وهذه الأرقام.',
  'The plan changed: copy the link again to share it as it is now.':
    'تغيّرت الخطة: انسخ الرابط من جديد لمشاركتها كما هي الآن.',
  'The plan file could not be used: {problems}. Your plan is unchanged.':
    'تعذّر استخدام ملف الخطة: {problems}. لم تتغيّر خطتك.',
  'The plan from the link is open.': 'فُتحت الخطة الواردة في الرابط.',
  'The planner opened with another plan; your saved plans are unchanged.':
    'فُتح المخطِّط على خطة أخرى؛ ولم تتغيّر خططك المحفوظة.',
  'The planner runs every plan to the horizon, so plans can be compared.':
    'يُجري المخطِّط كل خطة حتى نهاية الأفق لتبقى الخطط قابلة للمقارنة.',
  'The seed fixes the luck (shocks and when events fire): the same seed gives the same numbers, here and in the simulator.':
    'تثبّت البذرةُ الحظَّ (الصدمات وتوقيت الأحداث): البذرة نفسها تعطي الأرقام نفسها، هنا وفي المحاكي.',
  'This browser did not let the planner copy it: select the link in the field above and copy it.':
    'لم يسمح هذا المتصفح بنسخه: حدّد الرابط في الحقل أعلاه وانسخه.',
  'This browser does not let the planner store it: it lasts until you close the page.':
    'لا يسمح هذا المتصفح للمخطِّط بحفظها: تبقى حتى تغلق الصفحة.',
  'This plan': 'هذه الخطة',
  'This plan in {year}, its difference from no new policy, and no new policy (same cluster, seed and luck).':
    'هذه الخطة في {year}، وفرقها عن غياب سياسة جديدة، وغياب سياسة جديدة (التجمع نفسه والبذرة نفسها والحظ نفسه).',
  'This plan link has been changed or damaged, so the plan in it cannot be trusted. Ask for the link again.':
    'رابط الخطة هذا معدَّل أو تالف، فلا يمكن الوثوق بالخطة التي فيه. اطلب الرابط من جديد.',
  'This plan link holds a plan that breaks the rules: {problems}.':
    'يحمل رابط الخطة هذا خطة تخالف القواعد: {problems}.',
  'This plan link is incomplete: it was probably cut off when it was copied. Ask for the whole link.':
    'رابط الخطة هذا ناقص: ربما قُطع عند نسخه. اطلب الرابط كاملًا.',
  'This plan link names a cluster this version does not have: "{id}".':
    'يذكر رابط الخطة هذا تجمعًا لا يوجد في هذا الإصدار: «{id}».',
  'This plan link was made by a newer version of Cluster Policy Lab (link version {version}; this version reads up to {max}). Open it with the newer version.':
    'أُنشئ رابط الخطة هذا بإصدار أحدث من Cluster Policy Lab (إصدار الرابط {version}؛ وهذا الإصدار يقرأ حتى {max}). افتحه بالإصدار الأحدث.',
  'To year': 'إلى السنة',
  'US$ million a year': 'مليون دولار أمريكي سنويًا',
  'US$ million over the horizon': 'مليون دولار أمريكي على مدى الأفق',
  'With no new policy, approval collapses after {year}.': 'في غياب سياسة جديدة، ينهار التأييد بعد {year}.',
  'With this plan, stakeholder approval collapses after {year}: in the game the term would end there.':
    'مع هذه الخطة، ينهار تأييد أصحاب المصلحة بعد {year}: وفي اللعبة كانت الولاية ستنتهي هناك.',
  'Year {k} ({year})': 'السنة {k} ({year})',
  'Years {from}–{to} ({first}–{last})': 'السنوات {from}–{to} ({first}–{last})',
  'Your plan, phase by phase': 'خطتك، مرحلة بمرحلة',
  'Your saved plans come from a newer version of Cluster Policy Lab: {problem}.':
    'خططك المحفوظة من إصدار أحدث من Cluster Policy Lab: {problem}.',
  'Your saved plans could not be read: {problem}.': 'تعذّرت قراءة خططك المحفوظة: {problem}.',
  'and its difference': 'وفرقها',
  'years (5 to 30)': 'سنوات (من 5 إلى 30)',
  '{indicator} ({unit}), year by year': '{indicator} ({unit})، سنة بسنة',
  '{name}: {first} to {last}, a budget of {budget} a year.':
    '{name}: من {first} إلى {last}، بميزانية {budget} سنويًا.',
  '{name}: {value}': '{name}: {value}',
  '{name}: {value} in {year}': '{name}: {value} في {year}',
  '{n} plans are saved for this cluster already: delete one first.':
    'عدد الخطط المحفوظة لهذا التجمع بلغ {n}: احذف واحدة أولًا.',
  '{phase} removed.': 'أُزيلت {phase}.',
  '{years} years, seed {seed}, {phases} phases': 'المدة {years} سنة، البذرة {seed}، عدد المراحل {phases}',
};

export default ar;
