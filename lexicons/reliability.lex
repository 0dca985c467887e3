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
term  ru обеща*                   # обещают, обещали, обещание, обещанного
term  ru договоренность           # договоренности не соблюдаются
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
term  en promise                  # promise, promised, promises (excl. promising)
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
exclude en \bpromising\b
exclude en \bcrash\s+course\b
exclude en \b(?:traffic|sales|leads|rankings?|revenue|positions)\s+(?:\w+\s+){0,2}stable\b
exclude en \bstable\s+(?:traffic|growth|sales|leads|rankings?)\b
exclude en \bconsisten\w*\s+(?:growth|traffic|sales|leads|increase)\b
exclude en \bdown\s+payment\b

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
