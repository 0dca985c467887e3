# proactivity: anticipating problems, warning in advance, suggesting ideas and
# improvements unprompted — or the lack of it ("only do what we ask").
# Boundary: answering fast is responsiveness; help beyond the scope is
# going_extra; keeping the client informed on request is communication.
theme    proactivity
label en Proactivity
label ru Проактивность
owner    Head of strategy

# --- ru ---------------------------------------------------------------------
term  ru проактив*                # проактивный, проактивность, проактивно
term  ru инициатив*               # инициатива, инициативный (excl. "по нашей инициативе")
term  ru предупредить*            # предупредили
term  ru предупредили
term  ru предупреждать*           # предупреждают
term  ru предупреждают
term  ru гипотеза
term  ru наперед
term  ru предугадыва*
term  ru предвидеть*
term  ru предвидят
term  ru подсказывают
term  ru точки роста
regex ru (?<!\w)(?:сами|сам|сама|первыми|первым)\s+(?:\w+\s+){0,2}?(?:предлага|предложил|предложат|предложит|предупред|подсказ|замети|нашли|выяви|увидел|приход\w*\s+с\s+иде|нос)\w*
regex ru (?<!\w)(?:предлага|предложил|предложат|предложит|приносят|приносит|принесли|генериру|накида|подкидыва|подкину)\w*\s+(?:\w+\s+)?(?:иде|улучшени|гипотез|оптимизац|доработ|что-то\s+нов|новое|нового|ничего|тест)\w*
regex ru (?<!\w)(?:нов\w*|свеж\w*|полезн\w*|интересн\w*|крут\w*|ноль|никаких|нет|мало|больше)\s+иде(?:я|и|ю|й|ями|ях|ям)(?!\w)
regex ru (?<!\w)иде(?:и|ю|й|ями)\s+(?:по\s+)?(?:развити|улучшени|продвижени|оптимизац|роста)\w*
regex ru (?<!\w)(?:рассказ|предупред|сообщ|говор|сказа|написа|информир|уведом|обозначи|подсвет|подготов|продума|предусмотр)\w*\s+(?:\w+\s+)?заранее
regex ru (?<!\w)заранее\s+(?:\w+\s+)?(?:рассказ|предупред|сообщ|говор|сказа|написа|информир|уведом|обозначи|подсвет|подготов|продума|видят|видели|предусм)\w*
regex ru (?<!\w)без\s+(?:наших\s+|моих\s+)?(?:напоминани|пинк|запрос|просьб|подсказ)\w*
regex ru (?<!\w)на\s+шаг\s+впереди?
regex ru (?<!\w)раньше\s+(?:нас|чем\s+мы|клиента|нас\s+самих)
regex ru (?<!\w)только\s+(?:по\s+тз|то,?\s+что\s+(?:скажем|просим|попросим|говорим|сказали|скажут))
regex ru (?<!\w)(?:ни\s+шагу|ни\s+шага)\s+в\s+сторону
regex ru (?<!\w)приходится\s+(?:\w+\s+)?(?:напомина|подталкива|пинать|тянуть\s+за\s+руку)\w*
regex ru (?<!\w)напомина\w*\s+(?:\w+\s+)?приходится
regex ru (?<!\w)рекомендаци\w*\s+по\s+(?:улучшени|оптимизац|развити|доработ)\w*
regex ru (?<!\w)(?:предложил|предложили|предложила|предлагают|предлагает|посоветовал\w*|порекомендовал\w*|рекомендуют)\s+(?:нам\s+|бы\s+)?(?:\S+\s+)?(?!(?:за|до|о)?платить|подписать|подождать|перенести|купить|продлить|расторгнуть)\w{2,}(?:ать|ять|ить|еть|уть|ться|тись)(?!\w)   # "предложили сменить стратегию"
regex ru (?<!\w)подсказ\w*\s*,?\s+(?:куда\s+(?:двигаться|развиваться|расти|идти)|что\s+(?:можно\s+|стоит\s+)?(?:улучшить|поменять|изменить|добавить|протестировать))
regex ru (?<!\w)не\s+дожидаясь\s+(?:нашего\s+|наших\s+|нас\s+)?(?:просьб|запрос|пинк|напоминани|вопрос|указани|команд|жалоб)\w*|(?<!\w)не\s+дожидаясь,?\s+пока\s+(?:мы|клиент)
regex ru (?<!\w)(?:до\s+того,?\s+как|раньше,?\s+чем)\s+(?:мы|клиент|наш\w*|нас|у\s+нас)\s+(?:\S+\s+)?(?:увидел|заметил|потерял|узнал|спросил|попросил|обратил|закончи|кончи|наступ|упал|столкнул)\w*
regex ru (?<!\w)(?:уведомлени|предупреждени|алерт|напоминани|сигнал)\w*\s+(?:\S+\s+)?(?:до\s+того,?\s+как|заблаговременно|за\s+\S+\s+до)
regex ru (?<!\w)(?:сами|сам|сама|первыми|первым|первая|первый)\s+(?:\w+\s+){0,2}?(?:сказал|сообщ|звон|позвон|написал|пишет|пишут|присылает|прислал)\w*
regex ru (?<!\w)заранее\s+(?:\S+\s+)?готов(?:ят|ит|или|ила|ил)(?!\w)
regex ru (?<!\w)(?:узнаем|узнаю|узнали|узнаешь)\s+(?:\S+\s+){0,3}?(?:от\s+(?:наших\s+|своих\s+)?(?:клиентов|покупател\w+|пользовател\w+|партнер\w+|третьих|конкурент\w+))
regex ru (?<!\w)(?:никаких|нет|ноль|мало|полезн\w*|ценн\w*|свои|собственн\w*)\s+(?:рекомендаци|предложени\w*\s+по\s+улучшени)\w*
regex ru (?<!\w)(?:что|как)\s+(?:предлагаем|предлагают|стоит|нужно|надо|рекомендуем|рекомендуют)\s+(?:\S+\s+)?(?:сделать|делать|менять|улучшить)\s+(?:дальше|в\s+следующ\w+)
regex ru (?<!\w)(?:рекомендаци|предложени|план)\w*\s+(?:по\s+)?(?:следующим\s+шагам|дальнейшим\s+шагам|дальнейших\s+действи\w*)
regex ru (?<!\w)(?:принес|принос|прислал|предложил|подготовил)\w*\s+(?:\S+\s+)?план\s+(?:действий|исправлени\w*|работ\s+по)
exclude ru (?<!\w)подсказ\w*\s*,?\s+(?:где|как|что\s+нажать)\s+(?:\S+\s+)?(?:включить|найти|настроить|зайти|поменять|сменить|восстановить|выгрузить|скачать|добавить|нажать|отключить)\w*   # answering a how-to question is support
exclude ru (?<!\w)(?:мы|я)\s+(?:\S+\s+)?(?:предложил|предложили|предлагаем|узнали)\w*(?:\s+\S+){0,3}
regex ru (?<!\w)(?:риск|проблем|ошибк|уязвимост|нарушени|дыр)\w*,?\s+о\s+которых\s+мы\s+(?:даже\s+)?не\s+(?:подозревали|знали|догадывались)
regex ru (?<!\w)(?:ждем|ждали|хотим|хотелось\s+бы|не\s+хватает)\s+(?:от\s+вас\s+)?(?:\S+\s+)?(?:идей|инициатив\w*|предложений)
regex ru (?<!\w)только\s+(?:исполнение|выполнение|выполняют|исполняют|делают\s+задачи)
exclude ru (?<!\w)(?:сами|сам|сама)\s+бы\s+(?:\S+\s*){1,3}   # the client: 'сами бы не нашли'
exclude ru (?<!\w)заранее\s+(?:спасибо|благодар)\w*
exclude ru (?<!\w)спасибо\s+заранее
exclude ru (?<!\w)(?:по|с)\s+(?:нашей|моей|своей|их|вашей\s+просьбе\s+и\s+нашей)\s+инициатив\w*
exclude ru (?<!\w)(?:выда|всплыва|появля|показыва|высвечива)\w*\s+(?:\w+\s+)?предупрежден\w*
exclude ru (?<!\w)(?:мы|я)\s+(?:\w+\s+)?(?:сами|сам|сама)\s+(?:\w+\s+){0,2}?(?:предлага|предложил|предложат|предупред|подсказ|замети|нашли|выяви|увидел)\w*

# --- en ---------------------------------------------------------------------
term  en proactiv*                # proactive, proactively, proactivity, typos
term  en unprompted
term  en heads-up
term  en heads up
regex en \bpro[-\s]active\w*
regex en \b(?:take|takes|took|taking|show|shows|showed|lack\s+of|no|zero|some|more|own|any)\s+(?:the\s+)?initiative\b
regex en \banticipat\w*\s+(?:\w+\s+)?(?:problems?|issues?|needs?|risks?|questions?|changes?|what|our|bottlenecks?)\b
regex en \b(?:warn|told|tell|notif|flag|inform|alert|let\s+us\s+know|rais|plan)\w*\s+(?:\w+\s+){0,3}?in\s+advance\b
regex en \b(?:suggest|propos|bring|brought|brings|pitch|come\s+up\s+with|came\s+up\s+with|share|shared|offer|offered)\w*\s+(?:\w+\s+){0,2}?(?:ideas?|improvements?|optimi[sz]ations?|hypothes[ie]s|new\s+things|tests?|experiments?|split\s+tests?)\b
regex en \b(?:new|fresh|creative|zero|no)\s+ideas\b
regex en \bwithout\s+(?:us\s+|me\s+|anyone\s+|being\s+)?(?:asking|asked|prompting|prompted|a\s+reminder|reminders|being\s+told)\b
regex en \b(?:steps?\s+ahead|ahead\s+of\s+the\s+curve|think\w*\s+ahead|plan\w*\s+ahead)\b
regex en \b(?:too|purely|only|very|just|totally|completely|always|so)\s+reactive\b
regex en \bonly\s+(?:do|does|did)\s+(?:exactly\s+)?what\s+(?:we|i)\s+(?:ask|say|tell|request)\w*
regex en \b(?:flag|rais|spot|caught|catch|notic|identif)\w*\s+(?:\w+\s+){0,3}?(?:early|before\s+(?:it|they|we)|in\s+advance|upfront|up\s+front)\b
regex en \b(?:have|had|has)\s+to\s+(?:remind|push|nudge|prod)\s+(?:them|you|him|her|the\s+team)\b
regex en \bon\s+(?:their|his|her)\s+own\s+initiative\b
regex en \b(?:suggested|suggests|suggesting|proposed|proposes|recommended|recommends)\s+(?:that\s+we\s+|we\s+|us\s+)?(?!(?:paying|waiting|signing|buying|renewing|upgrading)\b)\w{3,}ing\b   # "suggested testing TikTok ads"
regex en \bbefore\s+(?:we|i|anyone|our\s+\S+|the\s+client)\s+(?:even\s+|ever\s+)?(?:asked|noticed|saw|knew|lost|did|realized|realised|had\s+to\s+ask|spotted|hit|ran\s+out|raised|mentioned|brought\s+it\s+up)\b
regex en \b(?:alerts?|warnings?|notifications?|heads[-\s]up|reminders?)\s+(?:\S+\s+)?before\s+(?:we|it|the|our)\b
regex en \b(?:nobody|no\s+one|didn['’]?t|did\s+not|never|failed\s+to)\s+(?:\S+\s+)?warn(?:ed)?\b|\bwarn(?:ed|s)?\s+(?:us|me)\b
regex en \b(?:find|found|learn|learned|learnt|hear|heard)\s+(?:out\s+)?(?:about\s+(?:\S+\s+){0,2}?)?from\s+(?:our\s+)?(?:customers|clients|users|third\s+parties|competitors|partners)\b
regex en \b(?:next[-\s]steps?\s+(?:recommendations|suggestions|ideas|plan)|recommendations?\s+(?:for|on)\s+(?:the\s+)?next\s+steps|(?:no|zero|useful|actionable|valuable)\s+recommendations)\b
regex en \bhypothes[ie]s\b
regex en \b(?:first|they|you)\s+(?:to\s+)?(?:call|calls|called|flag|flags|flagged)\s+(?:\S+\s+){0,2}?(?:as\s+soon\s+as|when(?:ever)?)\s+(?:she|he|they|you)\s+(?:see|sees|saw|spot|spots|notice|notices)\b
exclude en \b(?:we|i)\s+(?:\S+\s+)?(?:suggested|proposed|recommended|warned)\b(?:\s+\S+){0,2}
regex en \b(?:risks?|issues?|problems?|gaps?|holes?)\s+(?:that\s+|which\s+)?we\s+(?:didn['’]?t|did\s+not|never|hadn['’]?t)\s+(?:even\s+)?(?:know|suspect|notice|see)\w*
regex en \bc[ao]me\s+(?:to\s+us\s+)?with\s+(?:a\s+)?(?:plan|ideas?|proposals?|suggestions?)\b
regex en \bonly\s+(?:execute|follow|complete|process)\w*\s+(?:the\s+)?(?:tickets|tasks|instructions|orders|briefs)\b
regex en \b(?:exactly|only|just|strictly)\s+what(?:['’]s|\s+is)\s+in\s+the\s+(?:ticket|brief|task|spec|contract|sow)\b
exclude en \b(?:thanks?|thank\s+you)\s+(?:so\s+much\s+)?in\s+advance\b
exclude en \b(?:pay|paid|payment|invoice|prepay)\w*\s+(?:\w+\s+){0,3}?in\s+advance\b

expect ru - Тикеты закрывают, не дожидаясь нашего подтверждения
expect en + They do strictly what's in the brief
expect ru + Ждём от вас предложений, а получаем отчёты
expect ru + Только выполнение задач, никакой инициативы
expect ru + Хотим, чтобы заранее рассказывали о планах
expect en + They came to us with ideas for Q3 unprompted
expect en + They fixed it before we even mentioned it
expect en + They only execute tasks, nothing more
expect ru + Аккаунт предложил перенастроить ретаргетинг, и это сработало
expect ru + Запускают акции, не дожидаясь наших напоминаний
expect ru + Заметили падение позиций до того, как мы увидели его в отчётах
expect ru + Хотелось бы получать предупреждение до того, как закончатся деньги на балансе
expect ru + Вы первыми сообщили нам о проблеме с индексацией
expect ru + О проблемах узнаём от наших клиентов, а не от вас
expect ru + Никаких рекомендаций, только цифры
expect ru + В конце отчёта всегда пишут, что стоит сделать дальше
expect ru + Сразу принесли план действий по восстановлению трафика
expect ru - Предложили подписать договор на год
expect ru - Спасибо, что подсказали, где найти настройки
expect ru + Подсказали, куда двигаться с контентом дальше
expect ru - Сами бы не догадались, где эта настройка
expect ru + Нашли в коде уязвимости, о которых мы не подозревали
expect ru - Мы предложили перенести созвон на пятницу
expect en + The strategist suggested trying a new bidding model
expect en + They fixed the feed before we even noticed
expect en + I want an alert before the budget runs out
expect en + Nobody warned us about the API change
expect en + We hear about outages from our customers first
expect en + The audit ends with actionable recommendations
expect en + They bring new test hypotheses every sprint
expect en + They pointed out risks we didn't know about
expect en - We suggested moving the call to Friday
expect en - They suggested paying for a premium plan
expect ru + Очень проактивная команда, сами предлагают идеи
expect ru + Не хватает инициативы с вашей стороны
expect ru + Заранее предупредили про изменения в алгоритмах Яндекса
expect ru + Приходится всё разжевывать, сами ничего не предлагают
expect ru + Хотелось бы больше идей по развитию проекта
expect ru + Подсказывают, как улучшить конверсию, даже когда не просим
expect ru + Проактивности ноль
expect ru + Работаете только по ТЗ, ни шагу в сторону
expect ru + Предупреждают о рисках заранее
expect ru + Нашли проблему с индексацией раньше нас
expect ru + ИНИЦИАТИВЫ НОЛЬ
expect ru + Накидали свежих гипотез для тестов
expect ru + Всегда на шаг впереди
expect ru + Без напоминаний ничего не делается
expect ru + Предложили улучшения для личного кабинета, мы даже не просили
expect ru + проактивно мониторят позиции и сигналят при просадке
expect ru + Продумали всё наперёд
expect ru + Инициативные ребята, всегда с идеями
expect ru + Ждём, что вы будете предлагать точки роста
expect ru + Предугадывают наши вопросы
expect ru + Напоминать приходится обо всём
expect ru + Дали рекомендации по доработке каталога, о которых мы не просили
expect ru + Новых идей от вас не слышим уже полгода
expect ru - Заранее спасибо за ответ
expect ru - Коммерческое предложение пришло с ошибками
expect ru - Сайт идеально работает после переноса
expect ru - Идея сменить подрядчика пришла после третьего срыва сроков
expect ru - Проект запустили по нашей инициативе
expect ru - Система выдаёт предупреждение при сохранении
expect ru - Предоплату внесли заранее, как требует договор
expect ru - Мы сами предложили новую структуру сайта
expect ru - Идеальный подрядчик для небольших задач

expect en + Very proactive team, always suggesting new ideas
expect en + Would like more initiative from your side
expect en + They warned us in advance about the Google update
expect en + Zero proactivity, we have to push for everything
expect en + They anticipated problems before we noticed them
expect en + Got a heads-up about the API change a week before
expect en + Suggested several improvements to our checkout without us asking
expect en + You guys are purely reactive
expect en + Always one step ahead
expect en + They only do what we ask, nothing more
expect en + Came up with a great idea for the holiday campaign
expect en + PROACTIVE AND CREATIVE
expect en + Flagged a tracking issue early, saved us a lot
expect en + No initiative at all from the account team
expect en + proactivly shared competitor insights
expect en + They think ahead and plan for peaks
expect en + Pro-active approach to SEO audits
expect en + They brought us new optimization ideas every month
expect en + Had to remind them about every single thing
expect en + Proposed several split tests on their own initiative
expect en + Would love them to be more proactive about budget reallocation
expect en + We never hear fresh ideas from you
expect en - Thanks in advance for your help
expect en - Payment in advance is required by your contract
expect en - The new marketing initiative of our company launched in May
expect en - We use React for the frontend
expect en - We had an idea to redesign the logo ourselves
expect en - I anticipate that we will renew next year
expect en - Please send the invoice in advance of the meeting
expect en - We raised the budget for Q3
expect en - Heads of departments approved the budget

# --- added from tests/lexicon/tune.jsonl misses -------------------------------
regex ru (?<!\w)(?:приход|выход|обраща)\w*\s+(?:к\s+нам\s+)?с\s+(?:\S+\s+)?(?:идеями|идеей|предложениями|инициатив\w*)(?!\w)
expect ru + Приходят с идеями сами.
expect ru + Выходят к нам с предложениями по рекламе
expect ru - Приходят с вопросами, на которые уже был ответ
# --- added from dev.jsonl misses (d0558)
regex en \bas\s+soon\s+as\s+(?:she|he|they|someone|the\s+team)\s+(?:sees?|notices?|spots?|saw|noticed|spotted)\b
regex ru (?<!\w)как\s+только\s+(?:\S+\s+)?(?:видит|видят|замечает|замечают|заметил\w*|увидел\w*)(?!\w)
expect en + Our manager calls as soon as she sees numbers dipping.
expect ru + Звонят, как только замечают просадку трафика
