# reporting_detail: reports, weekly summaries, dashboards, metrics, figures,
# plan-vs-fact, transparency of numbers.
# Boundary: a report that came late is deadlines too (tagged there as well).
# The client's own financial/tax reports and the agent's report (a closing
# document) are not this theme: they are results or billing_documents.
theme    reporting_detail
label en Reporting and metrics
label ru Отчётность и метрики
owner    Head of analytics

# --- ru ---------------------------------------------------------------------
term  ru отчет*                   # отчет, отчеты, отчетность, отчетный (see excludes)
term  ru атчет*                   # typo
term  ru отчот*                   # typo
term  ru отчитываться             # вы не отчитываетесь
term  ru отчитаться
term  ru репорт*                  # репорт, репорты, репортинг
term  ru дашборд
term  ru дэшборд
term  ru дашбоард                 # typo
term  ru метрика
term  ru цифра                    # цифры, цифрах, цифрами (not "цифровой")
term  ru сводка
term  ru сводная таблица
term  ru статистика
term  ru сквозная аналитика
term  ru looker
term  ru tableau
term  ru power bi
term  ru data studio
term  ru datalens
regex ru (?<!\w)план[-\s]*факт\w*
regex ru прозрачн\w*\s+(?:\w+\s+)?(?:цифр|отчет|данн|метрик|статистик|расход|бюджет\w*\s+по\s+каналам)
regex ru (?<!\w)(?:kpi|кпи)\s+(?:\w+\s+)?(?:в\s+)?(?:отчет|дашборд|таблиц)\w*
regex ru (?<!\w)(?:разбивк|детализац)\w*\s+по\s+(?:канал|кампани|источник|регион|месяц|недел|дням|городам)\w*
regex ru (?<!\w)в\s+(?:google\s+)?(?:sheets|таблицах?\s+google|гугл[-\s]?таблиц\w*)
regex ru (?<!\w)(?:больше|нет|мало|нормальной|глубокой|нормальная|никакой)\s+аналитики(?!\w)
regex ru (?<!\w)скриншот\w*\s+(?:из|с)\s+(?:рекламн|кабинет|метрик|аналитик|директ)\w*
regex ru (?<!\w)(?:weekly\s+|monthly\s+)?reports?(?!\w)|(?<!\w)dashboards?(?!\w)
# --- ru: not this theme -----------------------------------------------------
exclude ru (?<!\w)(?:я\s+|мы\s+)?отчита\w*\s+перед(?:\s+\S+){0,2}   # reporting to one's own boss
exclude ru (?<!\w)отчет\w*\s+(?:о|по)\s+командировк\w*
exclude ru (?<!\w)(?:скачать|выгрузить|найти|открыть|скачивание|выгрузка)\s+(?:\S+\s+){0,2}?отчет\w*   # getting to a report in the portal: usability
exclude ru (?<!\w)(?:финансов|бухгалтерск|налогов|годов|агентск|кассов|авансов)\w*\s+отчет\w*
exclude ru отчет\w*\s+(?:агента|комиссионера|о\s+прибыл\w*|о\s+движени\w*)
exclude ru (?<!\w)отчетн\w*\s+(?:период|месяц|квартал|год|дат)\w*
exclude ru (?<!\w)(?:счетчик|код|тег|установк|пиксел)\w*\s+(?:яндекс[-\s.]?)?метрик\w*   # the tracking tag is setup work, not reporting

# --- en ---------------------------------------------------------------------
term  en report                   # report, reports, reporting (excludes: "reported", "report this", bug reports)
term  en reprot*                  # typo
term  en dashboard
term  en dashbaord*               # typo
term  en dash board
term  en metric
term  en statistics
term  en stats
term  en looker
term  en tableau
term  en power bi
term  en data studio
term  en recap
term  en summary ~1               # weekly summary, monthly summary
regex en \b(?:weekly|monthly|daily|quarterly|biweekly|bi-weekly)\s+(?:summar|recap|digest|report|update\s+deck)\w*
regex en \b(?:review|performance|quarterly|monthly|qbr|results)\s+decks?\b|\bqbrs?\b|\bscreenshots\b
regex en \bplan[-\s]+(?:vs\.?|versus|v)\s*[-\s]+(?:fact|actual)s?\b
regex en \bbudget\s+(?:vs\.?|versus)\s+actuals?\b
regex en \b(?:numbers|figures|data)\s+(?:in\s+(?:the\s+)?\w+\s+)?(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|never)\s+(?:add\s+up|match)
regex en \btransparen\w*\s+(?:of|on|in|around|about)\s+(?:the\s+)?(?:numbers|figures|data|spend|metrics|reporting|kpis)\b
regex en \bkpi\s+(?:report|dashboard|tracking|sheet|overview)\w*
exclude en \b(?:download|export|find|open|pull)\w*\s+(?:a\s+|the\s+)?(?:simple\s+|single\s+)?reports?\b
exclude en \breported\b
exclude en \breport(?:ing|s)?\s+(?:this|it|that|him|her|them|you|back|to\s+(?:my|our|the|your)\s+\w+|a\s+(?:bug|problem|issue|complaint)|an\s+(?:issue|error|incident|outage)|the\s+(?:issue|bug|problem|error|incident|outage|abuse))\b
exclude en \b(?:bug|error|crash|incident|problem|issue|abuse|spam)\s+reports?\b
exclude en \breporters?\b
exclude en \b(?:annual|financial|tax|earnings|expense|expenses|credit|p&l|esg|audit|auditor['’]?s)\s+reports?\b

expect ru + Хочется нормальной аналитики, а не выгрузок
expect ru + Присылают скриншоты из рекламного кабинета вместо отчёта
expect ru + Weekly report приходит без выводов
expect ru - Я отчитаюсь перед руководством и вернусь
expect ru - Отчёт по командировке сдам в пятницу
expect en + The quarterly review deck was thin
expect en - Downloading a report takes five clicks
expect ru + Отчеты приходят красивые, но без выводов
expect ru + Не хватает цифр в отчетах
expect ru + Отличные отчёты, всё прозрачно
expect ru + дашборд в Looker постоянно не обновляется
expect ru + Хотелось бы видеть план-факт по бюджету каждую неделю
expect ru + Метрики считаются непонятно, цифры расходятся с Метрикой
expect ru + Еженедельная сводка очень помогает
expect ru + Сквозная аналитика наконец настроена, видим всю воронку
expect ru + отчет прислали с опозданием на неделю
expect ru + В отчетности нет разбивки по каналам
expect ru + ОТЧЕТЫ НИ О ЧЕМ
expect ru + Очень прозрачные цифры, спасибо
expect ru + Не понимаем, что стоит за этими цифрами
expect ru + атчеты делаете через раз
expect ru + вы вообще не отчитываетесь, что делали за месяц
expect ru + Репорты на английском, а нам нужно на русском
expect ru + Статистику по звонкам присылаете только по запросу
expect ru + Дэшборд очень удобный, руководство в восторге
expect ru + Хотим видеть больше данных по лидам в еженедельном отчёте
expect ru + Отчет в Google Sheets нечитаемый
expect ru + сводная таблица по расходам удобная
expect ru + Нет детализации по кампаниям, только общая сумма
expect ru + KPI в дашборде не совпадают с тем, что видим в CRM
expect ru - Наш финансовый отчет за квартал показал рост продаж
expect ru - Агентский отчет и акт пришли с ошибками
expect ru - В отчетном периоде продаж стало больше
expect ru - Цифровой маркетинг для нас новая тема
expect ru - Бухгалтерская отчетность — не ваша зона, но спасибо за совет
expect ru - Сдали налоговую отчетность вовремя, без вас
expect ru - Конверсия выросла в два раза
expect ru - Показатели продаж выросли на 15%
expect ru - Годовой отчет для акционеров готовим сами
expect ru - Счетчик Метрики не отправляет цели, проверьте установку

expect en + Weekly reports are clear and useful
expect en + The dashboard in Looker is broken half the time
expect en + Not enough detail in the monthly report
expect en + We never know where the budget goes, no transparency on spend
expect en + Metrics are all over the place, nobody explains them
expect en + Can you add conversion metrics to the dashbaord?
expect en + REPORTS ARE LATE AGAIN
expect en + I love the new reporting format
expect en + The numbers in the report don't add up
expect en + Plan vs fact is missing from the monthly summary
expect en + Data Studio report is too basic
expect en + Stats are sent without any comments
expect en + would be nice to have a KPI dashboard
expect en + Your reprots are just screenshots with no analysis
expect en + Great Power BI dashboards, the board loves them
expect en + The weekly summary is too long to read
expect en + No breakdown by channel in the reporting
expect en + Really appreciate the transparency of the numbers
expect en + Figures don't match what we see in GA
expect en + monthly recap is helpful
expect en + Could we get the statistics per campaign?
expect en + Tableau export is exactly what we needed
expect en - I will report this to my boss
expect en - We reported the bug three times
expect en - Our annual report shows revenue grew 30%
expect en - Filed a bug report on Monday, still no fix
expect en - The reporter from TechCrunch called us
expect en - Please report back by Friday
expect en - Our sales numbers doubled this quarter
expect en - The tax report from your accountant was wrong
expect en - Expense reports are our own thing, ignore them
