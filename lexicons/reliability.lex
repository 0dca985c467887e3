# reliability: keeping promises, consistent quality, predictability,
# stability of the service, outages.
# Boundary: a single missed date is deadlines; the UI being awkward is
# usability; stable growth of traffic is results.
theme    reliability
label en Reliability and consistency
label ru Надёжность и стабильность
owner    Head of operations

# --- ru ---------------------------------------------------------------------
term  ru стабильно                # стабильно, стабильность, стабильный (excl. стабильный рост трафика)
term  ru нестабильно
term  ru надежный                 # надежный, надежность
term  ru ненадежный
term  ru сбой                     # сбой, сбои, сбоев, сбоит
term  ru даунтайм
term  ru аптайм
# promises: a *pattern* of promises (kept or broken) is this theme; a single
# promised date is deadlines, a promised reply time is responsiveness.
regex ru (?<!\w)(?:обещани\w*|обещают|обещаете|наобеща\w*)(?!\w)
regex ru (?<!\w)(?:много|постоянно|вечно|опять|снова|всегда|только|регулярно|каждый\s+раз)\s+(?:\S+\s+)?(?:обеща|пообеща)\w*
regex ru (?<!\w)(?:обеща|пообеща)\w*\s+(?:\S+\s+){0,3}?(?:и|но|а)\s+(?:ничего\s+)?не\s+(?:сделали|делают|выполнили|выполняют|сдержали|держат)
regex ru (?<!\w)(?:обеща|пообеща)\w*(?:\s+\S+){0,5}?\s+(?:опять|снова|в\s+очередной\s+раз)(?!\w)
regex ru (?<!\w)обещанного\s+(?:\S+\s+){0,3}?ждут
regex ru (?<!\w)договоренност\w*\s+(?:\S+\s+){0,3}?(?:не\s+)?(?:соблюда|выполня|наруша|держ|исполня|срыва)\w*
regex ru (?<!\w)(?:не\s+)?(?:соблюда|выполня|наруша|держ|исполня|срыва)\w*\s+(?:\S+\s+)?договоренност\w*
term  ru предсказуемо             # предсказуемо, предсказуемость
term  ru непредсказуемо
regex ru (?<!\w)полож(?:иться|ились|илась|ился|усь|имся)(?!\w)
regex ru (?<!\w)подв(?:ели|ел|ела|одят|одит|едут|едете|одили)(?!\w)
regex ru (?<!\w)(?:сайт|сервис|сервер|кабинет|лк|приложени|платформ|систем|црм|crm|api|апи|интеграци|бот|портал|почт|выгрузк|синхронизаци|обмен|биллинг|телефони|виджет|хостинг)\w*\s+(?:\S+\s+){0,2}?(?:упал|падает|падал|лежит|лежал|лег|легла|не\s+работа|недоступ|отвалил|отвалива|висит|завис|сбоит|слетел|слетает|глючит|ломается|сломал|отключ)\w*
regex ru (?<!\w)(?:упал|падает|падал|лежит|лежал|лег|отвалил|отвалива|завис|сломал)\w*\s+(?:\w+\s+)?(?:сайт|сервис|сервер|кабинет|лк|приложени|платформ|систем|црм|crm|api|апи|интеграци|портал|хостинг)\w*
regex ru (?<!\w)(?:простой|простои|простоев|простоя)\s+(?:сайта|сервиса|системы|сервера|в\s+работе|по\s+\d+)\w*
regex ru (?<!\w)(?:держ\w*)\s+(?:сво\w*\s+)?слов\w*
regex ru (?<!\w)слов\w*\s+(?:не\s+)?держ\w*
regex ru (?<!\w)то\s+густо,?\s+то\s+пусто
regex ru (?<!\w)через\s+раз
regex ru (?<!\w)(?:качеств|результат|уровень|уровня)\w*\s+(?:\w+\s+)?(?:скач|плава|прыга|нестабильн|гуля)\w*
regex ru (?<!\w)(?:постоянно|вечно|опять|снова|регулярно|то\s+и\s+дело|каждую\s+неделю)\s+(?:что-?то\s+|все\s+)?(?:лома|отвалива|пада|сбоит|глючит|слета|отключа)\w*
regex ru (?<!\w)слетел\w*\s+(?:\w+\s+)?(?:настройк|интеграци|доступ|счетчик|данны|пиксел|код|обмен)\w*
regex ru (?<!\w)(?:ошибк\w*|error)\s+5\d\d(?!\d)|(?<!\d)5\d\d\s+(?:ошибк|error)\w*
regex ru (?<!\w)потер\w*\s+(?:\w+\s+)?(?:данны|заказ|доступ|базу|бэкап|историю)\w*
regex ru (?<!\w)(?:заявк|лид|данн|заказ|остатк|цен)\w*\s+(?:\S+\s+){0,3}?(?:приходят|поступают|доходят|падают|идут|выгружаются|обновляются|синхронизируются)\s+(?:\S+\s+){0,3}?(?:с\s+задержк\w*|через\s+раз|не\s+все|не\s+полностью)
regex ru (?<!\w)(?:работает|работают|работал|крутится|идет)\s+(?:\S+\s+)?как\s+(?:часы|швейцарские\s+часы)
regex ru (?<!\w)(?:не|ни\s+разу\s+не|перестал\w*)\s+(?:падает|падал|падают|упал|лежал|ложился|сбоит|сбоил|глючит|ломается|отваливается)(?!\w)
regex ru (?<!\w)(?:он|она|оно|они|сайт\w*|сервис\w*|сервер\w*|кабинет\w*|систем\w*|платформ\w*|приложени\w*|портал\w*|все|crm|црм|api|интеграци\w*)\s+(?:\S+\s+)?(?:падал|падает|падают|ложился|лежал|сбоил|отваливал)\w*\s+(?:уже\s+)?(?:раз\s+\S+|\d+\s+раз|несколько\s+раз|дважды|трижды|каждую|каждый|постоянно|регулярно)
regex ru (?<!\w)(?:ни\s+одного|без|ноль|нет)\s+(?:\S+\s+)?(?:инцидент|сбо|падени|авари|простоя|простоев|даунтайм)\w*
regex ru (?<!\w)(?:втор|трет|четверт|очередн|пят)\w*\s+(?:\S+\s+)?(?:авари|сбо|падени|инцидент|отказ)\w*\s+(?:за|на\s+этой|в\s+этом)
term  ru авария
regex ru (?<!\w)(?:uptime|downtime)(?!\w)
regex ru (?<!\w)без\s+(?:неприятных\s+)?сюрпризов
regex ru (?<!\w)(?:одинаково|неизменно|стабильно|всегда\s+одинаково)\s+(?:хорошо|качественно|высоко|на\s+уровне)
regex ru (?<!\w)стал\w*\s+(?:системой|нормой|традицией|правилом)
regex ru (?<!\w)(?:невозможно|нельзя|не\s+получается|не\s+можем)\s+(?:ничего\s+|что-то\s+)?(?:планировать|спланировать)|(?<!\w)(?:планировать|спланировать)\s+(?:что-то\s+|ничего\s+)?(?:невозможно|нельзя)
regex ru (?<!\w)(?:бэкап|бекап|резервн\w+\s+копи)\w*\s+(?:\S+\s+){0,2}?не\s+(?:выполн|дела|работа|создава|снима|проход)\w*
regex ru (?<!\w)периодически\s+(?:\S+\s+){0,2}?(?:не\s+работа|не\s+проход|не\s+доход|пада|отвалива|сбоит|глючит|зависа|теря)\w*
regex ru (?<!\w)то\s+(?:\S+\s+)?(?:отличн|хорош|нормальн|идеальн|супер|прекрасн|плох|ужасн|слаб|сильн|работает|работают|есть|проседа|пада|падет|скач|хуже|лучше|норм|провал)\w*,?\s*то\s+(?!есть)\S+   # "то отличные, то как будто писал другой"
exclude ru (?<!\w)(?:отвеча|перезванива|бер\w+\s+трубку)\w*\s+через\s+раз
exclude ru (?<!\w)(?:упал|лег|легла|лежал|лежит|сломал)\w*\s+(?:\S+\s+)?(?:сайт|сервер|сервис|хостинг)\w*\s+у\s+(?:другого|прошлого|предыдущего|старого|стороннего)\s+\w+
exclude ru (?<!\w)(?:до\s+того,?\s+как|прежде\s+чем|чтобы\s+не|раньше,?\s+чем)\s+(?:мы\s+)?(?:успели\s+)?потер\w*\s+\S+
exclude ru (?<!\w)стабильн\w*\s+(?:состав|команд|менеджер|контакт)\w*
exclude ru (?<!\w)стабильн\w*\s+(?:рост|трафик|позици|продаж|поток|заявк|лид)\w*
exclude ru (?<!\w)(?:трафик|позиции|продажи|лиды|заявки|выручка)\w*\s+(?:\w+\s+)?стабильн\w*
exclude ru (?<!\w)подв(?:ели|ел|одят|одит|одили)\s+итог\w*
exclude ru (?<!\w)(?:как\s+)?(?:и\s+)?обещ\w*\s+(?:себе|друг\s+другу)

# --- en ---------------------------------------------------------------------
term  en reliable                 # reliable, reliability
term  en unreliable
term  en stable
term  en stability
term  en unstable
term  en instability
term  en outage
term  en downtime
term  en uptime
term  en crash                    # crash, crashes, crashed (excl. crash course)
regex en \bpromises\b
regex en \b(?:broken|empty|kept|keeps?|keeping|break|breaks|breaking)\s+(?:\S+\s+)?promises?\b
regex en \b(?:always|often|constantly|keep|keeps|again)\s+(?:\S+\s+)?promis\w*
regex en \bpromis\w*\s+(?:a\s+lot|much|everything|the\s+moon|the\s+world)\b
regex en \bpromis\w*\s+(?:\S+\s+){0,3}?(?:and|but)\s+(?:never|don['’]?t|didn['’]?t|not|rarely)\s+deliver
regex en \bpromis\w*(?:\s+\S+){0,5}?\s+again\b
regex en \b(?:deliver|follow\s+through|deliver\s+exactly)\s+(?:\S+\s+)?on\s+(?:what\s+(?:you|they|was|we\s+were)\s+promis\w*|(?:their|your|its)\s+promises?)|\b(?:exactly\s+)?what\s+(?:you|they)\s+promise\b
term  en overpromis*
term  en predictab*               # predictable, predictability
term  en unpredictab*
term  en dependab*
term  en consisten*               # consistent, consistently, consistency
term  en inconsisten*
term  en flaky
term  en hit or miss
term  en hit-or-miss
regex en \b(?:site|server|service|platform|app|portal|api|system|integration|website|dashboard|crm|everything|checkout|sync|webhook)s?\s+(?:is\s+|was\s+|went\s+|goes\s+|keeps\s+going\s+|has\s+been\s+)?(?:\w+\s+)?(?:down|offline|crashing|broken|unavailable|unstable|flaky|failing)\b
regex en \bkeeps?\s+(?:breaking|crashing|failing|going\s+down|dropping|disconnecting)\b
regex en \b(?:keep|keeps|kept|keeping|break|broke|breaks|go\s+back\s+on|went\s+back\s+on)\s+(?:their|your|his|her|its)\s+(?:word|promises?)\b
regex en \b(?:can|could|cannot|can['’]?t|couldn['’]?t|always)\s+(?:\w+\s+)?(?:rely|count|depend)\s+on\b
regex en \blet\s+(?:us|me)\s+down\b
regex en \b(?:5\d\d)\s+errors?\b|\berrors?\s+5\d\d\b
regex en \b(?:underdeliver|under-deliver)\w*
regex en \b(?:runs?|running|works?|working)\s+like\s+(?:clockwork|a\s+(?:swiss\s+)?watch|a\s+charm)\b
regex en \b(?:never|hasn['’]?t|has\s+not|didn['’]?t|not\s+once)\s+(?:\S+\s+)?(?:went|gone|go|crashed|failed|been)\s+down\b|\bzero\s+(?:downtime|incidents|outages)\b|\bnot\s+(?:a\s+)?single\s+(?:incident|outage)\b
regex en \b(?:second|third|fourth|fifth|another|\d+(?:st|nd|rd|th))\s+(?:time|outage|incident|failure|crash)\s+(?:\S+\s+)?this\s+(?:week|month|quarter|year)\b
regex en \b(?:integration|sync|connector|feed|webhook|api)s?\s+(?:\S+\s+){0,2}?(?:dropped|drops|dropping|disconnect\w*|stopped\s+working|stops\s+working)\b|\b(?:data|orders|leads|records)\s+(?:isn['’]?t|aren['’]?t|is\s+not|are\s+not|stopped|not)\s+syncing\b
regex en \bintermittent\w*\b
regex en \b(?:quality|results|performance|work|output|delivery|service|uptime|speed)\s+(?:is|are|has\s+been|have\s+been|was|were)\s+(?:\S+\s+)?all\s+over\s+the\s+place\b|\bone\s+(?:month|week|day|time)\s+\S+,?\s+the\s+next\b
regex en \bused\s+to\s+be\s+(?:solid|good|great|reliable|better|stable)\b|\bfalling\s+apart\b
regex en \b(?:become|became|is\s+now|are\s+now)\s+the\s+norm\b|\bcan['’]?t\s+plan\s+anything\b
regex en \bno\s+(?:nasty\s+|unpleasant\s+)?surprises\b
regex en \bbackups?\s+(?:\S+\s+){0,2}?(?:didn['’]?t|did\s+not|haven['’]?t|hasn['’]?t|weren['’]?t|wasn['’]?t|not|never|failed\s+to)\s+(?:\S+\s+)?(?:run|ran|been\s+run|complete|work)\w*
exclude en \bstable\s+(?:team|contact|account\s+manager)\b
exclude en \bbefore\s+(?:we|it)\s+(?:lost|could\s+lose)\s+(?:any\s+)?data\b
exclude en \bpromising\b
exclude en \bcrash\s+course\b
exclude en \b(?:traffic|sales|leads|rankings?|revenue|positions)\s+(?:\w+\s+){0,2}stable\b
exclude en \bstable\s+(?:traffic|growth|sales|leads|rankings?)\b
exclude en \bconsisten\w*\s+(?:growth|traffic|sales|leads|increase)\b
exclude en \bdown\s+payment\b

expect ru + Качество то проседает, то снова нормальное
expect ru + Обещаний много, а толку мало
expect ru + Обещали сделать и опять ничего не сделали
expect ru + Договорённости по срокам постоянно нарушаются
expect ru + Платформа работает как часы
expect ru + Сервис ни разу не падал за год
expect ru + Кабинет за месяц падал уже раз пять
expect ru + Второй сбой за неделю, это ненормально
expect ru + Третий год работаем, всё без сюрпризов
expect ru + Опоздания с релизами стали нормой
expect ru + Резервная копия не создавалась неделю
expect ru + Заявки с сайта периодически не доходят до CRM
expect ru + Дизайн то отличный, то как будто делал стажёр
expect ru - Каждый раз новые идеи: то креатив, то подборка кейсов
expect ru - Конверсия падает каждый месяц
expect ru - Релиз обещали к 1 апреля, уже 10-е
expect ru - Менеджер помнит все наши договорённости
expect ru - Стабильный состав команды нас радует
expect ru - Отвечают через раз, приходится звонить
expect ru - Вовремя заметили ошибку, до того как мы потеряли заказы
expect en + Broken promises every quarter
expect en + Promised to fix it, didn't, and promised again
expect en + The system runs like clockwork
expect en + Zero downtime since the migration
expect en + Third outage this month on the checkout page
expect en + The CRM integration keeps dropping; orders aren't syncing
expect en + Intermittent failures on the payment page
expect en + Service used to be solid, now it is falling apart
expect en + They rarely deliver on what they promise
expect en - Their communication is all over the place
expect en - The fix was promised for Friday
expect en - Stable team with the same account manager
expect en - They replied within the hour, as promised
expect ru + Надёжный подрядчик, ни разу не подвели
expect ru + Сайт лежал полдня
expect ru + Постоянные сбои в работе сервиса
expect ru + Обещают одно, делают другое
expect ru + Качество нестабильное: то густо, то пусто
expect ru + Стабильность работы на высоте
expect ru + Можно положиться на команду в любой ситуации
expect ru + Интеграция с CRM отваливается каждую неделю
expect ru + ДАУНТАЙМ ПО 3 ЧАСА
expect ru + Договоренности не соблюдаются
expect ru + Работаете предсказуемо, без сюрпризов
expect ru + Сервер падает под нагрузкой
expect ru + Ненадёжные ребята
expect ru + Слово держат
expect ru + Ошибка 502 на главной
expect ru + Через раз всё работает
expect ru + Вечно что-то ломается
expect ru + Кабинет недоступен с утра
expect ru + стабильно хорошо работаете уже три года
expect ru + Обещанного три года ждут — это про вас
expect ru + Аптайм 99,9%, как и обещали
expect ru + После обновления слетели все настройки
expect ru + Качество скачет от месяца к месяцу
expect ru + Заявки с сайта приходят в CRM с задержкой, часть теряется
expect ru - Стабильный рост трафика — спасибо!
expect ru - Подвели итоги квартала на встрече
expect ru - Простой сайт-визитка за неделю
expect ru - Упал трафик после апдейта Яндекса
expect ru - Лиды стабильно идут каждый день
expect ru - Надежда на вас последняя
expect ru - Проект завис на согласовании у нас
expect ru - Положили деньги на баланс рекламного кабинета
expect ru - Держим вас в курсе по нашим планам

expect en + Very reliable partner, never let us down
expect en + The site was down for 6 hours yesterday
expect en + Constant outages this month
expect en + Quality is inconsistent, one month great, next month terrible
expect en + They always keep their word
expect en + Promised a lot, delivered little
expect en + Uptime has been 100% since the migration
expect en + The integration keeps breaking after every update
expect en + Predictable process, no surprises
expect en + Unreliable service, we lost orders during the crash
expect en + PLATFORM IS UNSTABLE
expect en + We can always count on them
expect en + Hit or miss with every campaign
expect en + API is flaky, requests fail randomly
expect en + Downtime during Black Friday hurt us badly
expect en + Consistently good work month after month
expect en + They overpromised and underdelivered
expect en + Stable service, no complaints
expect en + Server crashed twice in one week
expect en + Another 502 error on the checkout page
expect en + Dependable team
expect en + Everything is down again!!!
expect en - Traffic has been stable for months
expect en - The results look promising
expect en - Consistent growth in organic traffic
expect en - We took a crash course in GA4 from your team
expect en - It depends on the budget
expect en - The site went live on Monday
expect en - Down payment is due next week
expect en - Sales are down 10%
expect en - The package consists of three parts

# --- added from tests/lexicon/tune.jsonl misses -------------------------------
# lateness as a pattern ("срываются постоянно, это уже система")
regex ru (?<!\w)(?:это\s+)?уже\s+(?:целая\s+)?система(?=\s*[.,!;)]|\s*$)
regex ru (?<!\w)(?:срыва|сдвига|переноси|опазды|задержива|затягива)\w*\s+(?:\S+\s+)?(?:постоянно|регулярно|раз\s+за\s+разом|каждый\s+раз)(?!\w)
regex ru (?<!\w)(?:постоянно|регулярно|раз\s+за\s+разом)\s+(?:\S+\s+)?(?:срыва|сдвига|переноса|опазды|задержива|затягива)\w*
regex en \b(?:delays?|deadlines?|slippage|lateness|outages?|downtime|bugs?|mistakes?|errors?|excuses|promises)\s+(?:\S+\s+)?(?:are|is|has\s+become|have\s+become|became|becoming)\s+(?:the\s+|a\s+)?(?:norm|rule|pattern|habit)\b
regex en \bpromis\w*\s+(?:\S+\s+){0,3}?(?:and|but)\s+(?:\S+\s+)?(?:deliver|do|does|did|ship|build)\w*\s+(?:another|something\s+else|the\s+opposite|something\s+different)\b
regex ru (?<!\w)обеща\w*\s+одно,?\s+(?:а\s+)?(?:\S+\s+)?(?:делают|сдают|получаем|получается|выходит)\s+(?:совсем\s+)?друго\w*
# a service that does not open / answers 5xx
regex ru (?<!\w)(?:сайт|сервис|сервер|портал|почт|crm|црм|api|апи)\w*\s+(?:\S+\s+)?не\s+(?:открывается|грузится|загружается|отвечает|доступ\w*)|(?<!\w)не\s+(?:открывается|грузится|загружается)\s+(?:\S+\s+)?(?:сайт|сервис|портал|почт|crm|црм)\w*
regex ru (?<!\w)(?:выда|отда|показыва|сыпл|возвраща)\w*\s+(?:\S+\s+)?(?:ошибк\w*\s+)?5\d\d(?!\d)
expect ru + Сроки срываются постоянно, это уже система.
expect ru + Постоянно сдвигают даты сдачи
expect ru + Обещают одно, а делают другое
expect ru + С 9 утра не открывается сайт, выдает 502.
expect ru + Почта не грузится с утра
expect ru - Срок сдвинули на неделю
expect ru - Система отчётов у них удобная
expect ru - Кнопка не открывается в кабинете
expect en + Missed deadlines are the norm, not the exception.
expect en + They promise one thing and deliver another.
expect en + Delays have become a habit.
expect en - Weekly calls are the norm for our projects.
# a steady flow of leads or sales is results, not the vendor's reliability
exclude ru (?<!\w)(?:лид|leads|заявк|продаж|трафик|клиент|заказ|звонк|обращени|подписчик|позици)\w*\s+(?:\S+\s+)?(?:идут|растут|приходят|поступают|прибывают|держатся|падают)\s+(?:\S+\s+)?стабильн\w*|(?<!\w)стабильн\w*\s+(?:\S+\s+)?(?:растут|растет|рост\w*|идут|приходят|поступают)(?!\w)
expect ru - CPL снизился почти в два раза, leads идут стабильно.
expect ru - Заявки поступают стабильно, спасибо
expect ru - Трафик растет стабильно
expect ru + Сайт работает стабильно, без сбоев

# --- tune2.jsonl: lateness as a pattern (decisions table: deadlines + reliability)
regex ru (?<!\w)(?:переносы|срывы|сдвиги|задержки|опоздания|просрочки)\s+(?:\S+\s+)?(?:каждый|каждую|каждое|постоянн|регулярн|систематическ|из\s+месяца\s+в\s+месяц)\w*
regex en \b(?:slips?|slipping|slipped|late|delayed|behind|missed)\s+(?:\S+\s+){0,2}?every\s+(?:single\s+)?(?:sprint|time|month|release|week|milestone|phase)\b|\b(?:is|are|was|were|and|it['’]s|they['’]re)\s+always\s+(?:a\s+(?:week|day|month|few\s+days)\s+|\S+\s+)?late\b
expect ru + Переносы каждый месяц
expect ru + Задержки постоянные, уже привыкли
expect en + Timelines slip every single sprint
expect en + Delivery is always a week late
expect en - We always work late on Fridays
