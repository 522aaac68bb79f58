// Arabic (ar) for the scenario editor: its strings, registered when the editor's code loads
// (locales/editor.ts). Same rules as ar.ts. Machine-assisted (docs/translations.md).
const ar: Record<string, string> = {
  '"{file}" breaks the scenario rules, so it was not opened; your scenario is unchanged. Fix these in the file:':
    '«{file}» يخالف قواعد السيناريوهات، لذلك لم يُفتح؛ سيناريوك لم يتغيّر. صحّح ما يلي في الملف:',
  '"{file}" exported to your downloads.': 'صُدّر «{file}» إلى مجلد التنزيلات.',
  '"{file}" is in the editor.': '«{file}» في المحرّر.',
  '"{file}" is not a scenario file; your scenario is unchanged.': '«{file}» ليس ملف سيناريو؛ سيناريوك لم يتغيّر.',
  '"{name}" is kept until you close the page: this browser refused to store it.':
    '«{name}» محفوظ حتى تُغلق الصفحة: رفض هذا المتصفح تخزينه.',
  '"{name}" is valid: ready to play, plan, export or share.': '«{name}» صالح: جاهز للعب والتخطيط والتصدير والمشاركة.',
  '"{name}" saved in this browser.': 'حُفظ «{name}» في هذا المتصفح.',
  '"{name}": {count, plural, one {# problem} other {# problems}} to fix before playing, planning or exporting (Save keeps it as it is).':
    '«{name}»: {count, plural, one {مشكلة واحدة} two {مشكلتان} few {# مشكلات} many {# مشكلة} other {# مشكلة}} يجب إصلاحها قبل اللعب أو التخطيط أو التصدير (الحفظ يبقيه كما هو).',
  '(none)': '(لا شيء)',
  'A copy of {name} is in the editor.': 'نسخة من {name} في المحرّر.',
  'A whole number from {min} to {max}.': 'عدد صحيح من {min} إلى {max}.',
  'Add an entry': 'إضافة مُدخل',
  'Add to {what}': 'إضافة إلى {what}',
  'Add {what}': 'إضافة {what}',
  'and {count} more': 'و{count} أخرى',
  Archetypes: 'نماذج أصلية',
  'At least {min}.': '{min} على الأقل.',
  'At most {max}.': '{max} على الأكثر.',
  'Balanced plan': 'خطة متوازنة',
  'Build a cluster of your own: start from a scenario or an archetype, change its figures, texts and events, and watch the preview. Save it in this browser, export the file, or play it at once.':
    'ابنِ تجمّعك الخاص: ابدأ من سيناريو أو نموذج أصلي، وغيّر أرقامه ونصوصه وأحداثه، وتابع المعاينة. احفظه في هذا المتصفح، أو صدّر الملف، أو العبه فورًا.',
  'Copy the link from the box.': 'انسخ الرابط من المربّع.',
  'Events and scheduled shocks': 'الأحداث والصدمات المجدولة',
  'Export file': 'تصدير الملف',
  Field: 'الحقل',
  'From {min} to {max}.': 'من {min} إلى {max}.',
  'How the model behaves here. Leave a field empty to use the model\'s default; change these only with a source.':
    'سلوك النموذج هنا. اترك الحقل فارغًا لاستخدام القيمة الافتراضية للنموذج؛ لا تغيّرها إلا بمصدر.',
  'Import file': 'استيراد ملف',
  'It has the id of a scenario this game already has, so its copy is called "{id}".':
    'يحمل معرّف سيناريو موجود في اللعبة، لذا سُمّيت نسخته «{id}».',
  'Link to this scenario': 'رابط هذا السيناريو',
  'Model parameters (advanced)': 'معاملات النموذج (متقدّم)',
  More: 'المزيد',
  'Name, story and goals': 'الاسم والقصة والأهداف',
  'None yet: Save keeps the scenario here.': 'لا شيء بعد: الحفظ يبقي السيناريو هنا.',
  Open: 'فتح',
  'Open {name}': 'فتح {name}',
  'Optional.': 'اختياري.',
  'Optional: leave empty to use the model\'s default.': 'اختياري: اتركه فارغًا لاستخدام القيمة الافتراضية للنموذج.',
  'Other parts of the scenario file.': 'أجزاء أخرى من ملف السيناريو.',
  Play: 'العب',
  'Plan it': 'خطّط له',
  Preview: 'معاينة',
  'Problems to fix ({count})': 'مشكلات يجب إصلاحها ({count})',
  'Real clusters': 'تجمّعات حقيقية',
  'Remove {what}': 'إزالة {what}',
  Save: 'حفظ',
  'Scenario or archetype': 'سيناريو أو نموذج أصلي',
  'Source of {key}': 'مصدر {key}',
  'Sources and limitations': 'المصادر والقيود',
  'Start from': 'ابدأ من',
  'Start from this one': 'ابدأ من هذا',
  'Starting figures and policy': 'أرقام البداية والسياسة',
  'The cluster when the term starts, the budget and the policy in force.': 'التجمّع عند بداية الولاية، والميزانية والسياسة السارية.',
  'The link is copied.': 'تم نسخ الرابط.',
  'The preview shows the last valid version: fix the problems to update it.': 'تعرض المعاينة آخر نسخة صالحة: أصلح المشكلات لتحديثها.',
  'The scenario from the link is in the editor.': 'السيناريو الوارد في الرابط موجود في المحرّر.',
  'Things that happen during the term, with the choices they offer, and shocks on given years.':
    'ما يحدث خلال الولاية، مع الخيارات التي يتيحها، والصدمات في سنوات محدّدة.',
  'This scenario is too long for a link ({length} characters, at most {max}): share the exported file instead.':
    'هذا السيناريو أطول من أن يُوضع في رابط ({length} حرفًا، والحد {max}): شارك الملف المصدَّر بدلًا منه.',
  'This scenario link holds a scenario that breaks the rules:': 'يحمل رابط السيناريو هذا سيناريو يخالف القواعد:',
  'This scenario link is damaged or incomplete: it was probably cut off when it was copied. Ask for the whole link.':
    'رابط السيناريو هذا تالف أو ناقص: ربما قُطع عند نسخه. اطلب الرابط كاملًا.',
  'This scenario link is too long to be read.': 'رابط السيناريو هذا أطول من أن يُقرأ.',
  'What the players read: the cluster\'s name, its briefing, what they should learn and the goals they are judged on.':
    'ما يقرؤه اللاعبون: اسم التجمّع، وإحاطته، وما ينبغي أن يتعلّموه، والأهداف التي يُحكم عليهم بها.',
  'Where each figure comes from ("assumption: ..." where there is no source), and which limitations weigh on the cluster.':
    'مصدر كل رقم («assumption: ...» حيث لا مصدر)، والقيود التي تثقل التجمّع.',
  'Your browser already keeps {count} scenarios: delete one to save this one.': 'يحتفظ متصفحك بالفعل بـ{count} سيناريو: احذف واحدًا لحفظ هذا.',
  'Your cluster from {first} to {last} (seed {seed}): with no new policy, and with a balanced plan (a fifth of the budget on each line, joint projects, labor standards).':
    'تجمّعك من {first} إلى {last} (البذرة {seed}): دون سياسة جديدة، ومع خطة متوازنة (خُمس الميزانية لكل بند، ومشاريع مشتركة، ومعايير العمل).',
  'Your saved scenarios could not all be read; what could not be read is kept aside in this browser.':
    'تعذّرت قراءة بعض سيناريوهاتك المحفوظة؛ وما تعذّرت قراءته محفوظ جانبًا في هذا المتصفح.',
  'Your previous scenario is kept in your scenarios in this browser.': 'سيناريوك السابق محفوظ ضمن سيناريوهاتك في هذا المتصفح.',
  'Your scenario': 'سيناريوك',
  'Your scenario is unchanged.': 'سيناريوك لم يتغيّر.',
  'Your scenarios in this browser': 'سيناريوهاتك في هذا المتصفح',
  '{name} deleted.': 'حُذف {name}.',
  '{name} is in the editor.': '{name} في المحرّر.',
  'Your own cluster in twenty minutes: how':
    'تجمّعك الخاص في عشرين دقيقة: الطريقة',
  'Start from the scenario or archetype closest to your cluster.':
    'ابدأ من السيناريو أو النموذج الأصلي الأقرب إلى تجمّعك.',
  'Give it its own name, short name, country and sector, and write the briefing your class will read.':
    'أعطه اسمه واسمه المختصر وبلده وقطاعه، واكتب الإحاطة التي سيقرؤها طلابك.',
  'Set the starting figures (firms, jobs, output, wages, poverty), each with its source or "assumption: ...".':
    'حدّد أرقام البداية (المنشآت، الوظائف، الإنتاج، الأجور، الفقر)، لكلٍّ منها مصدره أو «assumption: ...».',
  'Keep, change or remove the events; add one your cluster really faced.':
    'أبقِ الأحداث أو غيّرها أو احذفها؛ وأضف حدثًا واجهه تجمّعك فعلًا.',
  'Watch the preview: with no new policy the cluster should do what your sources say it did.':
    'راقب المعاينة: دون سياسة جديدة ينبغي أن يفعل التجمّع ما تقول مصادرك إنه فعله.',
  'Save it, then export the file or copy the share link for your class, and press Play to try it.':
    'احفظه، ثم صدّر الملف أو انسخ رابط المشاركة لطلابك، واضغط «العب» لتجربته.',
  // The schema's own rules and types, as the editor shows them (src/ui/editor-messages.ts).
  'for {mode} on {target}, must be from {min} to {max}': 'مع {mode} على {target}، يجب أن تكون القيمة بين {min} و{max}',
  'with large firms, must be from {min} to {max} (large firms produce some of the output)':
    'مع وجود شركات كبيرة، يجب أن تكون القيمة بين {min} و{max} (فهي تنتج جزءًا من الإنتاج)',
  'a condition needs "below" or "above"': 'يحتاج الشرط إلى «below» أو «above»',
  'a trigger needs a year, a chance, a shock or a condition (when)': 'يحتاج المُطلِق إلى سنة أو احتمال أو صدمة أو شرط (when)',
  'at most one choice may be the default': 'لا يجوز أن يكون أكثر من خيار واحد هو الخيار الافتراضي',
  'another choice has the ID "{id}"': 'يحمل خيار آخر المعرّف «{id}»',
  'another event has the ID "{id}"': 'يحمل حدث آخر المعرّف «{id}»',
  'the role "{role}" is given twice': 'الدور «{role}» مذكور مرتين',
  'use lower-case words joined by hyphens (a-z, 0-9)': 'استخدم كلمات بأحرف لاتينية صغيرة تفصل بينها شرطات (a-z، 0-9)',
  'must be a three-digit ISO 3166-1 numeric code': 'يجب أن يكون رمزًا رقميًا من ثلاثة أرقام وفق ISO 3166-1',
  'a goal compared "above" or "below" needs a value': 'يحتاج الهدف المقارَن بـ«above» أو «below» إلى قيمة',
  'cannot be more than the large firms': 'لا يمكن أن يتجاوز عدد الشركات الكبيرة',
  'must be 0 when there are no large firms': 'يجب أن يكون 0 حين لا توجد شركات كبيرة',
  'no source for {field}: add one under Sources with the key {key} (a citation or "assumption: ...")':
    'لا مصدر للحقل {field}: أضف مصدرًا في «المصادر» بالمفتاح {key} (مرجعًا أو «assumption: ...»)',
  'must fall in the term, {from} to {to}': 'يجب أن تقع ضمن الولاية، من {from} إلى {to}',
  'for {shock}, must be from {min} to {max}': 'مع {shock}، يجب أن تكون القيمة بين {min} و{max}',
  '{shock} is already scheduled in {year}': '{shock} مجدولة بالفعل في {year}',
  'no event "{id}" in this scenario (its events: {list})': 'لا يوجد حدث «{id}» في هذا السيناريو (أحداثه: {list})',
  'no choice "{id}" (its choices: {list})': 'لا يوجد خيار «{id}» (خياراته: {list})',
  'has {count, plural, one {# year} other {# years}}, more than the term’s {term}':
    'فيها {count, plural, one {سنة واحدة} two {سنتان} few {# سنوات} many {# سنة} other {# سنة}}، أكثر من سنوات الولاية البالغة {term}',
  'must be a number': 'يجب أن يكون رقمًا',
  'must be a whole number': 'يجب أن يكون عددًا صحيحًا',
  'must be text': 'يجب أن يكون نصًا',
  'must be true or false': 'يجب أن يكون صحيحًا أو خطأ',
  'must be a list': 'يجب أن يكون قائمة',
  'must be a group of fields': 'يجب أن يكون مجموعة حقول',
  'this is a built-in scenario’s ID; give your scenario its own': 'هذا معرّف سيناريو مدمج في اللعبة؛ أعطِ سيناريوك معرّفًا خاصًا به',
  // A choice the game names, with the file's own value (src/ui/editor-options.ts optionText).
  '{label} ({value})': '{label} ({value})',
  // The names of choices the game names nowhere else (src/ui/editor-options.ts OPTION_WORDS).
  'Add to the value': 'إضافة إلى القيمة',
  'Multiply by (1 + change)': 'الضرب في (1 + التغيّر)',
  'Above the value': 'أعلى من القيمة',
  'Below the value': 'أدنى من القيمة',
  'Better than with no new policy': 'أفضل مما هو عليه دون سياسة جديدة',
  'Productivity (index, 1 at the start)': 'الإنتاجية (مؤشر، 1 في البداية)',
  // An imported file that is not JSON (src/ui/editor-screen.ts notJsonWords).
  'the file could not be read': 'تعذّرت قراءة الملف',
  'the file is not valid JSON: it does not start like a scenario file (it starts "{start}")':
    'الملف ليس بصيغة JSON صالحة: لا يبدأ كملف سيناريو (يبدأ بـ "{start}")',
};

export default ar;
