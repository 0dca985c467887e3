# results: business results — traffic, leads, sales, positions, conversions,
# ROI, growth, "no result".
# Boundary: the quality of individual deliverables (texts, designs, code) is
# work_quality; cost per lead is a result here, not price_value.
theme    results
label en Business results
label ru Результаты
owner    Head of performance marketing

# --- ru ---------------------------------------------------------------------
term  ru результат                # результат, результаты (excl. "в результате", "по результатам")
term  ru результативность
term  ru трафик
term  ru лид                      # лид, лиды, лидов (not "лидер")
term  ru лидген*
term  ru лидогенерация
term  ru конверсия                # конверсия, конверсии
term  ru продажа                  # продажи, продаж (excl. менеджер/отдел продаж)
term  ru выручка
term  ru окуп*                    # окупается, окупаемость, окупились
term  ru выхлоп
term  ru отдача
term  ru органика
term  ru посещаемость
term  ru охват
term  ru рентабельность
regex ru (?<!\w)(?:roi|romi|roas|дрр|cpl|cpa|cac|ctr|ltv)(?!\w)
regex ru (?<!\w)позици\w*\s+(?:сайта\s+)?(?:в\s+)?(?:выдач|поиск|яндекс|гугл|google|топ|по\s+(?:ключ|запрос|вч|сч))\w*
regex ru (?<!\w)(?:в|из)\s+топ\w*(?:[-\s]?\d+)?
regex ru (?<!\w)топ[-\s]?(?:\d+|три|десять|10)(?!\w)
regex ru (?<!\w)заяв(?:ок|ки|ка)\s+(?:с\s+сайта|из\s+(?:рекламы|директа|поиска|соцсетей)|стало|больше|меньше|мало|нет|вырос|упал|снизил|увеличил|почти\s+нет|идут|пошли|не\s+идут)\w*
regex ru (?<!\w)(?:ноль|нет|мало|много|больше|меньше|поток|количество|число)\s+(?:\w+\s+)?заяв(?:ок|ки|ку)(?!\w)
regex ru (?<!\w)(?:рост|выросл|вырос|упал|просел|просадк|падени|увеличил|снизил|удвоил|утроил)\w*\s+(?:\w+\s+)?(?:трафик|лид|заявок|заявк|продаж|конверси|выручк|позиц|звонк|посещаем|охват|показ|клик|прибыл|обращени|заказ|клиент|регистрац|подписчик|оборот)\w*
regex ru (?<!\w)(?:трафик|лид\w*|заявк|заявок|продаж|конверси|выручк|позиц|звонк|посещаем|охват|заказ|прибыл|клиент\w*|регистрац|обращени|оборот)\w*\s+(?:\S+\s+){0,2}?(?:вырос|растут|растет|рост|упал|падают|падает|просел|просели|проседа|стабильн|увеличил|снизил|удвоил|утроил|прибавил)\w*
regex ru (?<!\w)стоимост\w*\s+(?:лида|заявки|клика|привлечени\w*|конверсии|целевого|заказа|обращени\w*|регистраци\w*|покупки)
regex ru (?<!\w)эффект\w*\s+(?:от\s+)?(?:рекламы|кампани|продвижени|работ|seo|сео|вложени|вашей|ваших)\w*
regex ru (?<!\w)(?:нет|никакого|ноль|виден|видим|заметен|заметный|есть|нулевой|слабый)\s+эффект\w*
regex ru (?<!\w)толк(?:у|а)?(?!\w)
regex ru (?<!\w)(?:деньги|бюджет)\s+(?:сливается|слили|сливаем|сливают|в\s+трубу|впустую)
regex ru (?<!\w)(?:оплат\w*|цен\w*)\s+за\s+(?:клик|лид|заявк|конверси|целев\w+\s+действи)\w*
term  ru узнаваемость             # узнаваемость бренда
regex ru (?<!\w)(?:выросли|выросла|вырос|выросло|удвоил\w*|утроил\w*)\s+(?:\S+\s+)?(?:в\s+(?:\d+(?:[.,]\d+)?|два|три|четыре|пять|полтора|разы)\s+раз\w*|на\s+\d+(?:[.,]\d+)?\s*%|кратно)   # "за год выросли в три раза"
regex ru (?<!\w)(?:на\s+)?(?:первое|первом)\s+мест\w*\s+(?:в\s+выдач|в\s+поиск|в\s+яндекс|в\s+google|в\s+гугл|по\s+(?:запрос|ключ))\w*|(?<!\w)(?:№|#)\s*1\s+(?:в|по)\s+(?:выдач|запрос|ключ|поиск|яндекс|google)\w*
regex ru (?<!\w)(?:цифры|результаты|показатели)\s+говорят\s+сами
regex ru (?<!\w)на\s+\d+(?:[.,]\d+)?\s*%\s+(?:больше|меньше)\s+(?!дороже|дешевле|платить|платим)(?:\S+\s+)?(?:заказ|заявок|звонк|клиент|покупател|продаж|отгруз|доставок|рейс|регистрац|подписчик|визит|сделок|сделк)\w*
regex ru (?<!\w)(?:заказ|заявок|звонк|клиент|покупател|продаж|отгруз|доставок|рейс|регистрац|подписчик|визит|сделок|сделк)\w*\s+(?:стало\s+|становится\s+)?на\s+\d+(?:[.,]\d+)?\s*%\s+(?:больше|меньше)
exclude ru (?<!\w)(?:смет|цен|стоимост|сч[её]т|бюджет|тариф|расход|чек|абонплат|ставк|аренд)\w*\s+(?:\S+\s+){0,3}?(?:выросл|вырос|удвоил|утроил)\w*(?:\s+\S+){0,4}   # prices growing are price_value
exclude ru (?<!\w)(?:не\s+хватает|нет|добавьте|добавить|нужн\w*)\s+(?:\S+\s+){0,2}?(?:данных|разбивк\w*|информаци\w*|цифр)\s+по\s+(?:\S+\s+)?(?:конверси|лид|продаж|трафик|заявк|выручк)\w*   # missing figures in a report: reporting_detail
exclude ru (?<!\w)результат\w*\s+(?:этого\s+|нашего\s+|вашего\s+|данного\s+)?(?:опрос|анкет)\w*
exclude ru (?<!\w)(?:хотелось\s+бы|хотим|хочется|хотелось|нужно|надо|прошу|просим)\s+(?:\S+\s+)?(?:видеть|видно|показывать|добавить|выводить)\s+(?:\S+\s+){0,10}   # metrics asked for in a report are reporting_detail
exclude ru (?<!\w)(?:дашборд|дэшборд|отчет|сводк|выгрузк)\w*\s+по\s+(?:продаж|лид|заявк|трафик|конверси)\w*
exclude ru (?<!\w)(?:в|по)\s+результат\w*
exclude ru (?<!\w)результат\w*\s+(?:поиска|поисков|встречи|созвона|проверки|аудита|тестировани\w*|работы\s+(?:дизайнер|копирайтер|верстальщик|программист|разработчик)\w*)
exclude ru (?<!\w)(?:менеджер|отдел|директор|руководител|специалист)\w*\s+(?:по\s+)?продаж\w*
exclude ru (?<!\w)(?:в|из|на)\s+топ\w*\s+(?:менеджер|руководств)\w*
exclude ru (?<!\w)(?:сбиться|сбил\w*|знает|знают|понимает|понимают)\s+(?:с\s+)?толк\w*

# --- en ---------------------------------------------------------------------
term  en result                   # result, results (excl. search results)
term  en traffic
term  en conversion               # conversion, conversions
term  en revenue
term  en outcome
term  en ranking*
term  en organic*
term  en growth
term  en lead gen*
term  en lead generation
term  en roi
term  en romi
term  en roas
term  en cpl
term  en cpa
term  en cac
regex en \b(?:more|fewer|less|qualified|new|quality|zero|no|inbound|sales|good|bad|junk|cheap|cheaper|expensive|cost\s+per)\s+leads?\b
regex en \bleads?\s+(?:are\s+|is\s+|have\s+|has\s+)?(?:grew|grow|doubled|tripled|dropped|fell|went\s+(?:up|down)|increased|decreased|from|per|up|down|flat|cheaper)\b
regex en \b(?:sales|revenue|conversions?|traffic|rankings?|positions?|signups?|sign-ups|bookings|orders|roas|roi|profits?|calls|visits|installs|downloads|mrr|arr)\s+(?:\w+\s+)?(?:grew|doubled|tripled|dropped|fell|went\s+(?:up|down)|increased|decreased|improved|are\s+(?:up|down|flat)|is\s+(?:up|down|flat)|jumped|skyrocketed|tanked|declined|stayed\s+flat|flat|climbed|plateaued)\b
regex en \b(?:increase|growth|drop|boost|decline|uplift|lift|rise|jump|spike|dip)\w*\s+in\s+(?:\w+\s+)?(?:sales|revenue|conversions?|traffic|rankings?|leads|signups|sign-ups|orders|bookings|profit|calls)\b
regex en \bcost\s+per\s+(?:lead|acquisition|click|conversion|order|sale|install|signup|mille)\b
regex en \b(?:first\s+page|page\s+one|top\s+(?:\d+|three|ten))\s+(?:on|in|of)\s+(?:google|bing|search|the\s+serps?)\b
regex en \bfirst\s+page\s+of\s+(?:google|bing|search)\b
regex en \b(?:hit|met|meet|hitting|meeting|exceed\w*|miss\w*|beat)\s+(?:our\s+|the\s+|all\s+|their\s+)?(?:kpis?|targets?|goals?|quotas?)\b
regex en \b(?:no|zero|any|little)\s+(?:real\s+|measurable\s+|visible\s+|noticeable\s+|tangible\s+)?(?:results?|difference|impact|improvement|effect|uplift)\b
regex en \b(?:paid|pays|paying|pay)\s+off\b
term  en brand awareness
regex en \b(?:we|they|business|company|revenue|sales|traffic|leads)\s+(?:have\s+|has\s+)?(?:doubled|tripled|quadrupled|grew\s+(?:\d+|two|three|four)|grown\s+(?:\d+|two|three|four))\w*
regex en \b(?:sales|revenue|conversions?|traffic|rankings?|signups?|sign-ups|bookings|orders|leads|profits?|awareness|mrr|arr|roas|roi)\s+(?:(?:are|is|were|was|clearly|already|now)\s+){0,2}(?:up|down)\b(?!\s+(?:for|to)\s+(?:renewal|discussion|negotiation))
regex en \b(?:sales|revenue|traffic|leads|orders|bookings)\s+(?:\S+\s+)?picked\s+up\b
regex en \b(?:#|no\.?\s*|number\s+)1\s+(?:for|on|in)\s+(?:our\s+|the\s+)?(?:\S+\s+)?(?:keywords?|google|search|queries|query|term)\b|\b(?:rank|ranked|ranking)\s+(?:#|number\s+)?(?:1|one|first)\b
regex en \b(?:customer\s+)?acquisition\s+costs?\b
regex en \bpay\w*\s+for\s+(?:itself|themselves)\b
regex en \b(?:numbers|figures|results)\s+speak\s+for\s+themselves\b
regex en \b\d+(?:\.\d+)?\s*%\s+(?:more|fewer)\s+(?!expensive|costly)(?:\S+\s+)?(?:orders|leads|sales|calls|signups|bookings|customers|clients|deals|drops|deliveries|visits|users|subscribers|conversions|transactions|shipments|enquiries|inquiries|applications)\b
exclude en \b(?:lacks?|missing|no|add)\s+(?:any\s+)?(?:data|breakdown|numbers|figures)\s+(?:on|for|by)\s+(?:\S+\s+)?(?:conversions?|leads|sales|traffic|revenue)\b
exclude en \brevenue\s+recognition\b
exclude en \bresults?\s+of\s+(?:this|that)\s+(?:survey|audit|test|review|call|meeting)\b
exclude en \b(?:like|want|need|love)\s+to\s+see\s+(?:\S+\s+){0,8}
exclude en \bsearch\s+results?\b
exclude en \bresults?\s+(?:of\s+(?:the\s+|your\s+|our\s+)?)?(?:audit|test(?:ing)?|review|check|meeting|call|survey|query|scan)s?\b
exclude en \b(?:network|server|bandwidth|data)\s+traffic\b
exclude en \bpaid\s+off\s+(?:the\s+|our\s+|that\s+|this\s+)?(?:\w+\s+)?(?:invoice|balance|debt|bill|loan)\b
exclude en \b(?:file|pdf|document|format|currency|data|video|image)\s+conversions?\b
exclude en \bconversions?\s+(?:of|to)\s+(?:the\s+|our\s+)?(?:files?|pdf|documents?|formats?|currenc\w*|video|images?)\b
exclude en \b(?:as\s+a|as\s+the|in)\s+result\b

expect ru - Стоимость ваших услуг выросла на 30%
expect ru - В отчёте не хватает данных по конверсиям
expect en + Still no measurable impact on revenue
expect en - The report lacks data on conversions by channel
expect ru + За полгода выросли в два раза по выручке
expect ru + Узнаваемость бренда в регионе заметно выросла
expect ru + Вышли на первое место в выдаче по главному запросу
expect ru + Цифры говорят сами за себя
expect ru + Отгрузок стало на 15% больше, чем до внедрения
expect ru - Стоимость работ выросла в полтора раза без объяснений
expect ru - Результаты опроса обсудим на планёрке
expect ru - Хотим видеть в отчёте стоимость лида и конверсию по каналам
expect ru - Дашборд по продажам открывается очень медленно
expect ru - Теперь платим на 20% больше за те же часы
expect en + Sales are up 25% since the new campaign
expect en + We doubled in eighteen months
expect en + Ranked #1 for our main product keyword
expect en + Customer acquisition cost fell by a third
expect en + The new funnel pays for itself
expect en + Our reps now close 10% more deals per week
expect en - Results of this survey go to our board
expect en - We would like to see cost per lead in the monthly report
expect en - The contract is up for renewal next month
expect en - Revenue recognition rules are handled by our CFO
expect ru + Трафик вырос в два раза за три месяца
expect ru + Результата ноль, полгода платим впустую
expect ru + Лидов стало больше, но качество упало
expect ru + Конверсия сайта после редизайна выросла
expect ru + Позиции в Яндексе растут
expect ru + Вышли в топ-3 по ключевым запросам
expect ru + Продажи упали, реклама не окупается
expect ru + ROMI отличный, продлеваем
expect ru + Заявок с сайта почти нет
expect ru + Стоимость лида снизилась вдвое
expect ru + Эффекта от рекламы никакого
expect ru + Выхлоп от SEO нулевой
expect ru + Результаты радуют!!!
expect ru + По звонкам просели на 30%
expect ru + ДРР снизился до 12%
expect ru + Отдача от вложений пока слабая
expect ru + Толку от вашей работы ноль
expect ru + Выручка интернет-магазина выросла на 40%
expect ru + Органика растет, спасибо
expect ru + Ноль заявок за месяц
expect ru + Посещаемость упала после обновления
expect ru + Рост продаж заметный
expect ru + Бюджет сливается, а клиентов не прибавилось
expect ru + Оплата за клик снизилась, а заявок стало больше
expect ru - Результат работы дизайнера — слабые макеты, переделывали трижды
expect ru - В результате созвона договорились о новом ТЗ
expect ru - Рост цен на ваши услуги неприятно удивил
expect ru - Лидер рынка в нашей нише выбрал другое агентство
expect ru - Менеджер по продажам у нас новый, введите его в курс
expect ru - Позиция вашей компании по возврату денег непонятна
expect ru - Заявку в поддержку не обработали три дня
expect ru - Прибыли на встречу вовремя, спасибо
expect ru - Отдел продаж жалуется на интерфейс CRM
expect ru - По результатам аудита всё понятно

expect en + Traffic doubled in three months
expect en + No results after half a year of SEO
expect en + Leads are cheaper than ever, cost per lead dropped 40%
expect en + Conversion rate went up after the redesign
expect en + Rankings improved for all our key queries
expect en + ROI is negative so far
expect en + Sales grew 25% since we started working with you
expect en + We finally hit our KPIs this quarter
expect en + Organic traffic is flat
expect en + Great outcomes from the paid campaign
expect en + Revenue from ads is still below target
expect en + More qualified leads, fewer junk ones
expect en + Our site is on the first page of Google now
expect en + ROAS of 4x on the holiday campaign
expect en + The campaign really paid off
expect en + signups increased by 30% after the onboarding emails
expect en + Zero impact on bookings
expect en + We see real growth in orders
expect en + RESULTS ARE AMAZING
expect en + Lead gen is the best it's been
expect en + We are not seeing any improvement in conversions
expect en + Cost per acquisition went down
expect en - The search results page on our site has a bug
expect en - I will lead the kickoff on our side
expect en - Our sales team will join the call
expect en - Network traffic spikes crash the server
expect en - The results of the audit were presented nicely
expect en - Paid off the last invoice yesterday
expect en - Your team leads the project well
expect en - The price increased by 20%
expect en - The conversion of our files to PDF failed
expect en - As a result, we postponed the launch

# --- added from tests/lexicon/tune.jsonl misses -------------------------------
regex ru (?<!\w)(?:звонк|заявк|обращени|лид|продаж|заказ|клиент|покупател|трафик|посетител|подписчик|регистраци|выручк)\w*\s+(?:\S+\s+){0,4}?стало\s+(?:\S+\s+)?(?:больше|меньше)(?!\w)
regex en \b(?:pipeline|deals|signups|bookings|inquiries|enquiries|demos|mqls|sqls)\s+(?:has\s+|have\s+)?(?:doubled|tripled|quadrupled|halved|grew|grown|jumped|dried\s+up|shrank|exploded)\b
expect ru + Звонков от клиентов после запуска кампании стало заметно больше.
expect ru + Покупателей в магазине стало меньше
expect ru - Тикетов стало больше после обновления
expect en + Best money we've spent on marketing, pipeline doubled.
expect en + Inbound demos tripled since spring.
# --- added from dev.jsonl misses (d0475)
regex en \b(?:hit|reached|got\s+to|rank(?:ed|ing|s)?|made\s+it\s+to|landed)\s+(?:at\s+)?(?:#\s?|number\s+|no\.?\s*)(?:1|one)\b|\b(?:in|into|to|made)\s+(?:the\s+)?top[-\s]?(?:3|5|10|three|five|ten)\b
expect en + We hit #1 for our main keyword. Thank you!
expect en + Finally in the top 3 for our category.
expect en - Number one issue for us is the invoice format.
