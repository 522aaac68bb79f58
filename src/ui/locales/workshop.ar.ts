// Arabic (ar) for the workshop: its strings, registered when the workshop's code loads (locales/workshop.ts),
// so the title page does not carry them. Same rules as ar.ts (checked with it by src/cli/i18n-keys.ts).
// Terms: session = جلسة; team = فريق; facilitator = الميسّر; result code = رمز النتيجة.
const ar: Record<string, string> = {
  'Run a session for several teams with no server and no accounts: every team plays the same cluster under the same luck, hands in a short result code, and the facilitator replays and compares them.':
    'أدِر جلسة لعدة فرق بلا خادم ولا حسابات: يلعب كل فريق التجمّع نفسه بالحظ نفسه، ويسلّم رمز نتيجة قصيرًا، ويعيد الميسّر تشغيل النتائج ويقارن بينها.',
  Facilitator: 'الميسّر',
  'Choose the cluster and the rules, give the teams the session code, then collect their results on the dashboard.':
    'اختر التجمّع والقواعد، وأعطِ الفرق رمز الجلسة، ثم اجمع نتائجها في لوحة المتابعة.',
  'Set up a session': 'إعداد جلسة',
  'Session code': 'رمز الجلسة',
  'Open dashboard': 'فتح لوحة المتابعة',
  'Facilitator guide': 'دليل الميسّر',
  Team: 'الفريق',
  'Type the session code the facilitator gives you, or open the join link.':
    'اكتب رمز الجلسة الذي يعطيك إياه الميسّر، أو افتح رابط الانضمام.',
  'Join a session': 'الانضمام إلى جلسة',
  // Workshop team: joining, the teams on this device, the result code.
  'A team name has at most {n} characters.': 'لا يتجاوز اسم الفريق {n} حرفًا.',
  'A team name has only letters, digits, spaces and punctuation.':
    'يتكوّن اسم الفريق من حروف وأرقام ومسافات وعلامات ترقيم فقط.',
  'Back to the workshop': 'العودة إلى ورشة العمل',
  Copy: 'نسخ',
  'Download the code': 'تنزيل الرمز',
  'Give this code to the facilitator: type it, show the QR code, or send the file. It holds your decisions for years 1 to {k}; the dashboard replays them.':
    'أعطِ هذا الرمز للميسّر: اكتبه، أو اعرض رمز QR، أو أرسل الملف. يحمل قراراتك للسنوات من 1 إلى {k}، وتعيد لوحة المتابعة تشغيلها.',
  'Give your team a name.': 'اختر اسمًا لفريقك.',
  Join: 'انضمام',
  'QR code of the result code': 'رمز QR لرمز النتيجة',
  'Result code': 'رمز النتيجة',
  'Result code copied to the clipboard.': 'نُسخ رمز النتيجة إلى الحافظة.',
  'Roles in your team': 'الأدوار في فريقك',
  'Session: {summary}': 'الجلسة: {summary}',
  'Team name': 'اسم الفريق',
  'Teams playing on this device': 'الفرق التي تلعب على هذا الجهاز',
  'The game of {team} could not be opened here. See Saved games on the title page.':
    'تعذّر فتح لعبة {team} هنا. انظر «الألعاب المحفوظة» في صفحة البداية.',
  'There is nothing to hand in before the first year is played.': 'لا شيء للتسليم قبل لعب السنة الأولى.',
  'This browser did not let the page copy it: select the code in the field and copy it.':
    'لم يسمح هذا المتصفح بالنسخ: حدّد الرمز في الحقل وانسخه.',
  'This game’s session code cannot be read by this version, so no result code can be made.':
    'لا يستطيع هذا الإصدار قراءة رمز الجلسة لهذه اللعبة، لذا لا يمكن إنشاء رمز نتيجة.',
  'This team name is too long for a result code: use fewer non-Latin characters.':
    'اسم الفريق هذا أطول من أن يحمله رمز النتيجة: استخدم حروفًا غير لاتينية أقل.',
  'Tick at least one role.': 'اختر دورًا واحدًا على الأقل.',
  'Tick the roles your members hold; each sees their brief during the game.':
    'اختر الأدوار التي يتولاها أعضاء فريقك؛ يرى كلٌّ منهم مهمته أثناء اللعب.',
  'Type the session code the facilitator gives you and choose a name for your team. Every team plays the same cluster under the same luck.':
    'اكتب رمز الجلسة الذي يعطيك إياه الميسّر واختر اسمًا لفريقك. تلعب الفرق كلها التجمّع نفسه في الظروف نفسها.',
  'with roles': 'مع أدوار',
  '{cluster} · term over': '{cluster} · انتهت الولاية',
  '{cluster} · {year}, year {k} of {n}': '{cluster} · {year}، السنة {k} من {n}',
  '{money} a year': '{money} سنويًا',
  '{n} characters · team {team} · {year}': '{n} حرفًا · الفريق {team} · {year}',
  '{n} min a year': '{n} دقيقة لكل سنة',
  '{n} years': '{n, plural, one {سنة واحدة} two {سنتان} few {# سنوات} other {# سنة}}',
  '{team} already plays this session on this device: its game continues.':
    '{team} يلعب هذه الجلسة على هذا الجهاز بالفعل: تستمر لعبته.',
  'Give this code to the facilitator: type it, show the QR code, or send the file. It holds your decisions for the first year; the dashboard replays them.':
    'أعطِ هذا الرمز للميسّر: اكتبه، أو اعرض رمز QR، أو أرسل الملف. يحمل قراراتك للسنة الأولى، وتعيد لوحة المتابعة تشغيلها.',
  // The facilitator's views (setup, dashboard, handout, memo, guide).
  'A timer for each year': 'مؤقّت لكل سنة',
  Actions: 'إجراءات',
  'Add result': 'إضافة النتيجة',
  'Add results': 'إضافة النتائج',
  'Added {team}: {years} years.':
    'أُضيف {team}: {years, plural, one {سنة واحدة} two {سنتان} few {# سنوات} other {# سنة}}.',
  'Against no new policy at the same year. Press a column to sort by it; press again to turn the order round.':
    'مقارنةً بغياب سياسة جديدة في السنة نفسها. اضغط على عمود للترتيب بحسبه، واضغط مجددًا لعكس الترتيب.',
  'At the end of the term (or when the facilitator asks), press Hand in results and give the facilitator your result code: type it, show its QR code or send its file.':
    'في نهاية الولاية (أو عندما يطلب الميسّر)، اضغط «تسليم النتائج» وأعطِ الميسّر رمز النتيجة: اكتبه، أو اعرض رمز QR الخاص به، أو أرسل ملفه.',
  'Budget (US$ million a year)': 'الميزانية (مليون دولار أمريكي سنويًا)',
  'Budget: from {min} to {max} US$ million, with at most three significant digits (e.g. 12.5 or 2400).':
    'الميزانية: من {min} إلى {max} مليون دولار أمريكي، بثلاثة أرقام معنوية على الأكثر (مثل 12.5 أو 2400).',
  'Budgets side by side': 'الميزانيات جنبًا إلى جنب',
  'Choose files': 'اختيار ملفات',
  'Cluster Policy Lab: workshop session': 'Cluster Policy Lab: جلسة ورشة',
  'Copy the join link': 'نسخ رابط الانضمام',
  'Copy the session code': 'نسخ رمز الجلسة',
  'Create session': 'إنشاء الجلسة',
  'Dashboard: {scenario}': 'لوحة المتابعة: {scenario}',
  Debrief: 'استخلاص الدروس',
  'Each bar is one year of the term: the share of the budget each line received (the empty part was left unspent).':
    'كل عمود سنة من الولاية: حصة كل بند من الميزانية (الجزء الفارغ لم يُنفق).',
  'Each member takes a role (Minister of Industry, Finance or Labor, the SME association, a TNC representative) with its own brief and concerns.':
    'يتولى كل عضو دورًا (وزير الصناعة، أو المالية، أو العمل، أو جمعية المنشآت الصغيرة والمتوسطة، أو ممثل شركة متعددة الجنسيات) له ملفه ومخاوفه.',
  'Each member takes a role and reads its brief: argue for your constituency, then decide together.':
    'يتولى كل عضو دورًا ويقرأ ملفه: دافع عن الفئة التي تمثلها، ثم قرروا معًا.',
  'Each year a team may predict whether output, jobs and poverty rise or fall: how often they were right, and which way they missed.':
    'في كل سنة يمكن للفريق أن يتوقع ارتفاع الإنتاج والوظائف والفقر أو انخفاضها: كم مرة أصاب، وفي أي اتجاه أخطأ.',
  'Each year: share out the budget, set the tariff and the rules, predict what will happen, then end the year.':
    'في كل سنة: وزّع الميزانية، وحدّد التعريفة والقواعد، وتوقّع ما سيحدث، ثم أنهِ السنة.',
  'Ended early: support collapsed': 'انتهت مبكرًا: انهار الدعم',
  'Events that may fire': 'الأحداث التي قد تقع',
  'Every team plays the same cluster with the same luck: differences come from your decisions.':
    'تلعب كل الفرق التجمّع نفسه بالحظ نفسه: الفروق تأتي من قراراتكم.',
  'Every team plays this cluster under the same luck: the same seed, term, budget and events. Differences between teams come from their decisions.':
    'تلعب كل الفرق هذا التجمّع بالحظ نفسه: البذرة نفسها والولاية والميزانية والأحداث نفسها. الفروق بين الفرق تأتي من قراراتها.',
  'Export JSON': 'تصدير JSON',
  'Export the session': 'تصدير الجلسة',
  'Full term': 'ولاية كاملة',
  'Growth, jobs and poverty, every team and no new policy': 'النمو والوظائف والفقر: كل الفرق ومن دون سياسة جديدة',
  'How the predictions held up': 'مدى صحة التوقعات',
  'How to join': 'طريقة الانضمام',
  'In progress': 'قيد اللعب',
  'Join link': 'رابط الانضمام',
  'Join link copied.': 'نُسخ رابط الانضمام.',
  'Learning goals of this scenario': 'أهداف التعلّم في هذا السيناريو',
  'Limitations that bit': 'القيود التي أثّرت',
  Memo: 'مذكرة',
  'Memo: {team}': 'مذكرة: {team}',
  'Minutes per year': 'دقائق لكل سنة',
  'Minutes per year: a whole number from {min} to {max}.': 'دقائق لكل سنة: عدد صحيح من {min} إلى {max}.',
  'No predictions were made.': 'لم تُسجَّل أي توقعات.',
  'No results yet. When a team hands in, type or paste its result code above, or drop its file here.':
    'لا نتائج بعد. عندما يسلّم فريق نتيجته، اكتب رمز النتيجة أو الصقه أعلاه، أو أفلت ملفه هنا.',
  'Number of teams': 'عدد الفرق',
  'Number of teams: a whole number from 1 to {max}.': 'عدد الفرق: عدد صحيح من 1 إلى {max}.',
  'Once the page has loaded, the game works without internet.': 'بعد تحميل الصفحة، تعمل اللعبة دون إنترنت.',
  'One code was refused: {problem}': 'رُفض رمز واحد: {problem}',
  'Or open Cluster Policy Lab, choose Workshop, then Join a session, and type the session code.':
    'أو افتح Cluster Policy Lab، واختر «الورشة»، ثم «الانضمام إلى جلسة»، واكتب رمز الجلسة.',
  Place: 'المرتبة',
  'Place {place} of {teams} by the balanced score ({score}).':
    'المرتبة {place} من {teams} بحسب الدرجة المتوازنة ({score}).',
  'Predictions made': 'التوقعات المسجّلة',
  'Print the memo of {team}': 'طباعة مذكرة {team}',
  'Print the student handout': 'طباعة ورقة المشاركين',
  'Projector view': 'عرض جهاز العرض',
  'QR code of the join link': 'رمز QR لرابط الانضمام',
  'Questions to ask': 'أسئلة للطرح',
  Rank: 'الترتيب',
  Ranking: 'الترتيب',
  'Remove the result of {team}': 'إزالة نتيجة {team}',
  'Removed the result of {team}.': 'أُزيلت نتيجة {team}.',
  'Roles within each team': 'أدوار داخل كل فريق',
  'Scan the QR code, or open the join link: {link}': 'امسح رمز QR، أو افتح رابط الانضمام: {link}',
  'Scan to join: {code}': 'امسح للانضمام: {code}',
  'Scan with the camera': 'المسح بالكاميرا',
  'Select the text and copy it with Ctrl+C.': 'حدّد النص وانسخه بـ Ctrl+C.',
  'Session code copied.': 'نُسخ رمز الجلسة.',
  'Session code {code} · {years} years · {difficulty} · {n} of {teams} teams have handed in':
    'رمز الجلسة {code} · {years, plural, one {سنة واحدة} two {سنتان} few {# سنوات} other {# سنة}} · {difficulty} · سلّم {n} من {teams} فرق',
  'Session created. Session code: {code}.': 'أُنشئت الجلسة. رمز الجلسة: {code}.',
  'Set up another session': 'إعداد جلسة أخرى',
  'Share right': 'نسبة الصواب',
  'Stop scanning': 'إيقاف المسح',
  Teams: 'الفرق',
  Term: 'الولاية',
  'Term length (years)': 'مدة الولاية (بالسنوات)',
  'Term length: a whole number of years from {min} to {max}.': 'مدة الولاية: عدد صحيح من السنوات من {min} إلى {max}.',
  'The best teams aimed incentives mostly at {top}; the others at {bottom}.':
    'وجّهت أفضل الفرق الحوافز غالبًا إلى: {top}؛ والفرق الأخرى إلى: {bottom}.',
  'The browser would not keep the dashboard: export it before you close this page.':
    'تعذّر على المتصفح حفظ لوحة المتابعة: صدّرها قبل إغلاق هذه الصفحة.',
  'The camera could not be opened: type the code or add its file instead.':
    'تعذّر فتح الكاميرا: اكتب الرمز أو أضف ملفه بدلًا من ذلك.',
  'The guide is in English.': 'الدليل باللغة الإنجليزية.',
  'The rules': 'القواعد',
  'The scenario’s own: {budget}.': 'ميزانية السيناريو نفسه: {budget}.',
  'There is no timer: the facilitator tells you when to move on.': 'لا يوجد مؤقّت: يخبركم الميسّر متى تنتقلون.',
  'These settings cannot make a session.': 'لا يمكن إنشاء جلسة بهذه الإعدادات.',
  'This scenario has no events.': 'لا أحداث في هذا السيناريو.',
  'This session code cannot be read': 'تعذّرت قراءة رمز الجلسة هذا',
  'Type or paste a result code first.': 'اكتب رمز نتيجة أو الصقه أولًا.',
  'Type your team’s name and press Join.': 'اكتب اسم فريقك واضغط «انضمام».',
  Unspent: 'غير منفق',
  'Unspent: {share}': 'غير منفق: {share}',
  'What the best teams did differently': 'ما فعلته أفضل الفرق بشكل مختلف',
  'What the columns mean': 'معنى الأعمدة',
  'Which of the six limitations bit': 'أيّ القيود الستة أثّر',
  'With two teams or more, the debrief compares the best teams with the rest.':
    'مع فريقين أو أكثر، يقارن استخلاص الدروس أفضل الفرق ببقيتها.',
  'Years played': 'السنوات الملعوبة',
  'You can also drop the teams’ result files here.': 'يمكنك أيضًا إفلات ملفات نتائج الفرق هنا.',
  'You have {minutes} minutes for each year.': 'لديكم {minutes} دقائق لكل سنة.',
  'Your budget': 'ميزانيتكم',
  'Your constituencies at the end': 'الفئات التي تمثّلونها في النهاية',
  'Your session': 'جلستك',
  Yours: 'نتيجتكم',
  'support collapsed': 'انهار الدعم',
  unhappy: 'غير راضٍ',
  '{file} is too large to be a result code.': '{file} أكبر من أن يكون رمز نتيجة.',
  '{line}: {share} of the budget on average': '{line}: {share} من الميزانية في المتوسط',
  '{n} stored result codes no longer read and are left out.':
    'لم يعد من الممكن قراءة {n} من رموز النتائج المحفوظة، فاستُبعدت.',
  '{right} of {made} predictions were right.': 'أصاب {right} من {made} توقعات.',
  '{scenario}, {years} years': '{scenario}، {years, plural, one {سنة واحدة} two {سنتان} few {# سنوات} other {# سنة}}',
  '{scenario}: {teams} teams, {years} years, {difficulty}.':
    '{scenario}: {teams} فرق، {years, plural, one {سنة واحدة} two {سنتان} few {# سنوات} other {# سنة}}، {difficulty}.',
  '{team} handed in again: {years} years now (was {previous}).':
    'سلّم {team} مجددًا: {years, plural, one {سنة واحدة} two {سنتان} few {# سنوات} other {# سنة}} الآن (كانت {previous}).',
  '{team}: budget shares in each of {n} years. On average: {shares}.':
    '{team}: حصص الميزانية في كل سنة من {n} سنوات. في المتوسط: {shares}.',
  '{team}’s code is already on the dashboard.': 'رمز {team} موجود بالفعل في لوحة المتابعة.',
  // Sessions on a scenario made in the editor: setup, joining, the scenario file (machine-assisted,
  // not yet read by a native speaker; docs/translations.md).
  'Built-in scenarios': 'السيناريوهات المضمَّنة',
  'Your scenarios': 'سيناريوهاتك',
  'Download the scenario file': 'تنزيل ملف السيناريو',
  'Open the join link. Or scan the QR code (or choose Workshop, then Join a session, and type the session code), then open the scenario file.':
    'افتح رابط الانضمام. أو امسح رمز QR (أو اختر «ورشة العمل»، ثم «الانضمام إلى جلسة»، واكتب رمز الجلسة)، ثم افتح ملف السيناريو.',
  'Open the scenario file': 'فتح ملف السيناريو',
  'Scan to open the join screen: {code}': 'امسح لفتح شاشة الانضمام: {code}',
  'The file could not be read.': 'تعذّرت قراءة الملف.',
  'The scenario in this join link cannot be read (the link may be cut short). Ask the facilitator for the link again, or open the scenario file.':
    'تتعذّر قراءة السيناريو في رابط الانضمام هذا (ربما قُطع الرابط). اطلب الرابط من الميسّر مرة أخرى، أو افتح ملف السيناريو.',
  'The scenario “{name}” is on this device now.': 'أصبح السيناريو «{name}» على هذا الجهاز الآن.',
  'This device has another version of “{name}” than the one this session plays. Open the join link the facilitator shares, or open the session’s scenario file.':
    'على هذا الجهاز نسخة من «{name}» غير النسخة التي تلعبها هذه الجلسة. افتح رابط الانضمام الذي يشاركه الميسّر، أو افتح ملف سيناريو الجلسة.',
  'This file is not a scenario that can be played ({problem}).': 'هذا الملف ليس سيناريو يمكن لعبه ({problem}).',
  'This game’s session plays a scenario this device no longer has. Open the session’s join link again (or its scenario file on the join screen), then come back to hand in.':
    'جلسة هذه اللعبة تلعب سيناريو لم يعد على هذا الجهاز. افتح رابط الانضمام إلى الجلسة مرة أخرى (أو ملف السيناريو في شاشة الانضمام)، ثم عُد لتسليم النتائج.',
  'This is not the scenario the session code names (“{name}” in another version, or another scenario). Ask the facilitator for the session’s join link or file.':
    'ليس هذا السيناريو الذي يسمّيه رمز الجلسة («{name}» بنسخة أخرى، أو سيناريو آخر). اطلب من الميسّر رابط الجلسة أو ملفها.',
  'This result belongs to another session ({theirs}) or to another version of “{name}”, not to this one ({ours}).':
    'هذه النتيجة تخص جلسة أخرى ({theirs}) أو نسخة أخرى من «{name}»، لا هذه الجلسة ({ours}).',
  'This session plays a scenario made for it, which your device does not have yet: the facilitator sends you the join link or the scenario file.':
    'تلعب هذه الجلسة سيناريو أُعدّ لها، ليس على جهازك بعد: يرسل إليك الميسّر رابط الانضمام أو ملف السيناريو.',
  'This session plays a scenario made in the scenario editor, and this device does not have it. Open the join link the facilitator shares, or open the session’s scenario file.':
    'تلعب هذه الجلسة سيناريو أُنشئ في محرّر السيناريوهات، وليس على هذا الجهاز. افتح رابط الانضمام الذي يشاركه الميسّر، أو افتح ملف سيناريو الجلسة.',
  'To run a session on a scenario of your own, make it with Make your own and save it: it is listed here.':
    'لإدارة جلسة على سيناريو من إعدادك، أنشئه عبر «أنشئ تجمّعك» واحفظه: سيظهر هنا.',
  'Your scenarios are the ones saved in the scenario editor without problems.':
    'سيناريوهاتك هي المحفوظة في محرّر السيناريوهات بلا مشكلات.',
  'not a scenario file': 'ليس ملف سيناريو',
  'too big': 'كبير جدًا',
  '“{file}” saved to your downloads.': 'حُفظ «{file}» في التنزيلات.',
  '“{scenario}” is a scenario of your own: teams’ devices do not have it, and it is too big for a link. Hand out its file: each team opens it on the join screen. The session code and the QR code open the join screen.':
    '«{scenario}» سيناريو من إعدادك: ليس على أجهزة الفرق، وهو أكبر من أن يحمله رابط. وزّع ملفه: يفتحه كل فريق في شاشة الانضمام. رمز الجلسة ورمز QR يفتحان شاشة الانضمام.',
  '“{scenario}” is a scenario of your own: teams’ devices do not have it. Send them the join link (it carries the scenario), or hand out its file. It is too big for a QR code: the session code and the QR code open the join screen, which then asks for the link or the file.':
    '«{scenario}» سيناريو من إعدادك: ليس على أجهزة الفرق. أرسل إليها رابط الانضمام (يحمل السيناريو)، أو وزّع ملفه. وهو أكبر من أن يحمله رمز QR: رمز الجلسة ورمز QR يفتحان شاشة الانضمام، التي تطلب عندئذ الرابط أو الملف.',
};

export default ar;
