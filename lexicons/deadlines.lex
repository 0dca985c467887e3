# deadlines: delivery on time, delays, missed dates, schedule, sprint plans slipping.
# Boundary: payment due dates are billing_documents; response time is
# responsiveness; a pattern of broken promises is reliability (a single
# missed date is this theme).
theme    deadlines
label en Deadlines
label ru Сроки
owner    Delivery director

# --- ru ---------------------------------------------------------------------
term  ru срок                     # срок, сроки, сроков (not "срочно")
term  ru дедлайн
term  ru дэдлайн
term  ru дедлаин                  # typo
term  ru просроч*                 # просрочка, просрочили, просрочен (excl. payments)
term  ru затян*                   # затянули, затянулось, затянуто
term  ru затягива*                # затягивают, затягиваете
term  ru задерж*                  # задержка, задержали, задерживают (excl. payments, replies)
term  ru опозда*                  # опоздали, опоздание, с опозданием
term  ru опаздыва*                # опаздываете, опаздывают
term  ru вовремя
term  ru спринт
term  ru тайминг
term  ru таймлайн
term  ru опережение
regex ru (?<!\w)(?:по|из|от|к|в)\s+график\w*
regex ru (?<!\w)(?:отста|выби|вписа|уклады)\w*\s+(?:из\s+|от\s+|в\s+)?график\w*
regex ru (?<!\w)график\w*\s+(?:сдачи|проекта|внедрени\w*|запуска|релиз\w*|поставок|работ)(?!\w)
regex ru (?<!\w)сорва\w*\s+(?:\w+\s+)?(?:запуск|релиз|сдач|дат|план|старт|внедрени|график|дедлайн)\w*
regex ru (?<!\w)(?:съеха|съезжа|сдвину|сдвига|перенес|перенос|отложи|откладыва)\w*\s+(?:\w+\s+)?(?:на\s+)?(?:\d+\s+)?(?:недел|месяц|квартал|дн(?:я|ей)|сроки|дат|релиз|запуск|сдач|дедлайн|старт)\w*
regex ru (?<!\w)(?:релиз|запуск|сдач|дедлайн|дат[аыу]|старт|внедрени|этап|спринт)\w*\s+(?:\S+\s+){0,2}?(?:съеха|съезжа|сдвину|сдвига|перенес|перенос|отлож|откладыва|горит|горят|сорва|переезжа|плыв|уплыва)\w*
regex ru (?<!\w)(?:дат\w*)\s+(?:запуска|сдачи|релиза|старта|выхода|поставки|внедрения|go-?live)
regex ru (?<!\w)(?:делае|делают|делали|делаете|делается|ковыря|возит|возят|возил|пилит|пилят|пилили|тянете|тянут|тянули|внедряете|внедряли)\w*\s+(?:\S+\s+){0,2}?(?:\d+\s+)?(?:месяц|недел|полгода|год|вечност)\w*
regex ru (?<!\w)(?:долго|медленно|месяцами|неделями|годами|целую\s+вечность)\s+(?:\S+\s+)?(?:дела|ковыря|возит|возят|пилит|пилят|внедря|разрабатыва|верста|запуска|сдава|доделыва)\w*
regex ru (?<!\w)(?:уложи|уклады)\w*\s+в\s+(?:\d+|две|три|пару|одну|недел|месяц|день|дни|оговорен|обещан|отведен|план|дедлайн|срок)\w*
regex ru (?<!\w)(?:к|до)\s+(?:дате|сроку|дедлайну|запуску|релизу)\b
regex ru (?<!\w)(?:обеща|пообеща|договарива|договорил)\w*\s+(?:(?!(?:ответ|перезвон|связат|позвон)\w*)\S+\s+){0,2}?(?:к|до|на|в|ко|еще\s+на)\s+(?:\d|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|конц[ау]|начал[ау]|середин|прошл\w+\s+недел|эт\w+\s+недел|следующ|январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр|завтр|сегодн|обеда|вечера)\w*   # a promised date
regex ru (?<!\w)(?:всегда|строго|ровно|четко|исправно|стабильно)\s+(?:к|до|по|в)\s+(?:\d+|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|началу|концу)\w*
regex ru (?<!\w)вместо\s+(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|\d+(?:-?го)?(?![\d%]|\s*%)|конца|начала|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*
regex ru (?<!\w)(?:встал|стоял|стоит|замер|заморожен|простаивал|простаивает)\w*\s+(?:на\s+(?:паузе|стопе|холде)\s+)?(?:на\s+)?(?:\S+\s+)?(?:дн|день|недел|месяц|полгода)\w*
regex ru (?<!\w)(?:нужно|надо|необходимо|успеть|сделать|выложить|сдать|прислать|запустить)\s+(?:\S+\s+){0,3}?до\s+(?:понедельник|вторник|среды|четверга|пятницы|субботы|воскресенья|конца\s+\S+|\d+)\w*
regex ru (?<!\w)сорв\w*\s+(?:\S+\s+)?(?:запуск|релиз|старт|презентаци|акци|кампани)\w*
regex ru (?<!\w)(?:о\s+)?перенос\w*\s+(?:\S+\s+)?(?:срок|дат|запуск|релиз|сдач|старт|дедлайн|этап)\w*|(?<!\w)(?:узнали|сообщили|предупредили)\s+о\s+переносе
regex ru (?<!\w)до\s+сих\s+пор\s+(?:не\s+)?(?:\S+\s+)?(?:не\s+)?(?:прислали|сделали|готов\w*|выставили|сдали|запустили|ждем|согласован\w*)
regex ru (?<!\w)(?:сдают|сдали|сдаете|делают|сделали|запустили|выкатили)\s+(?:\S+\s+){0,2}?(?:когда|в\s+день,?\s+когда)\s+обещали
regex ru (?<!\w)раньше\s+(?:плана|срока|графика|дедлайна|обещанного|оговоренного)
exclude ru (?<!\w)(?:встреч|созвон|совещани|звонк|митинг|планерк)\w*\s+(?:\S+\s+)?затягива\w*   # long meetings: communication
exclude ru (?<!\w)срок\w*\s+(?:оплат|действи|договор(?:а|у|ом|е|ы|ов)?(?!\w)|гаранти|годност|служб|хранени|возврат|подписани|поставки\s+документ|ответ|реакци|реагировани|исковой|давност|аренд|предоплат|постоплат)\w*
exclude ru (?<!\w)(?:отсрочк|рассрочк)\w*
exclude ru (?<!\w)просроч\w*\s+(?:платеж|оплат|счет|задолженност|дебитор)\w*
exclude ru (?<!\w)(?:платеж|оплат|счет|счета|задолженност)\w*\s+(?:\S+\s+)?(?:просроч|задерж)\w*
exclude ru (?<!\w)задерж\w*\s+(?:оплат|платеж|зарплат|денег|средств|ответа|сервер|загрузк|отклика|сигнала|сети)\w*
exclude ru (?<!\w)(?:отвеча|ответ|реагир|перезван|перезвон)\w*\s+с\s+задержк\w*
exclude ru (?<!\w)вовремя\s+(?:\w+\s+)?(?:отвеча|ответ|реагир|оплат|плат|перезван|перезвон|предупред|подсказ)\w*
exclude ru (?<!\w)(?:оплат|плат|ответ|отвеча|перезвон|перезван|предупред|подсказ)\w*\s+(?:\w+\s+)?вовремя
exclude ru (?<!\w)(?:идут|приходят|падают|поступают|доходят|грузятся|загружаются|обновляются|синхронизируются|выгружаются)\s+(?:\S+\s+){0,3}?с\s+задержк\w*

# --- en ---------------------------------------------------------------------
term  en deadline
term  en dead line
term  en dedline*                 # typo
term  en overdue
term  en delay                    # delay, delays, delayed
term  en milestone
term  en timeline
term  en punctual                 # punctual, punctuality
term  en postpone                 # postpone, postponed (excl. calls and meetings)
term  en due date
term  en turnaround
term  en sprint
term  en eta
regex en \bon[-\s]time\b
regex en \blate\b
regex en \b(?:behind|ahead\s+of|on|off|back\s+on)\s+schedule\b
regex en \bslip(?:s|ped|ping|page)?\b
regex en \bmiss\w*\s+(?:the\s+|our\s+|every\s+|another\s+|a\s+|two\s+|three\s+)?(?:\w+\s+)?(?:deadlines?|dates?|launch|milestones?|release|due|window|sprints?|go-?live)\b
regex en \b(?:launch|release|go-?live|delivery|target|end|ship)\s+dates?\b
regex en \b(?:took|taking|takes|take)\s+(?:them\s+|you\s+|us\s+)?(?:\w+\s+)?(?:months|weeks|forever|ages)\b(?!\s+to\s+(?:respond|reply|answer|get\s+back|react))
regex en \b(?:drag(?:ged|ging|s)?\s+on|pushed\s+back|push(?:ed|ing)?\s+(?:the\s+)?(?:launch|release|date|deadline|go-?live))\b
regex en \bahead\s+of\s+time\b
regex en \bpromis\w*\s+(?:(?!(?:to\s+)?(?:call|reply|respond|answer|get))\S+\s+){0,2}?(?:for|by|on|until|in)\s+(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the\s+\d|end\s+of|eod|eow|tomorrow|today|last\s+(?:week|month|friday|monday)|next\s+(?:week|month))\w*   # a promised date
regex en \bpromis\w*\s+(?:\S+\s+){0,2}?(?:last|this|next)\s+(?:week|month|monday|tuesday|wednesday|thursday|friday)\b
regex en \binstead\s+of\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d+\w*|january|february|march|april|may|june|july|august|september|october|november|december)\b
regex en \bstalled\s+(?:for\s+)?(?:\S+\s+)?(?:days?|weeks?|months?)\b|\bon\s+hold\s+for\s+(?:\S+\s+)?(?:days?|weeks?|months?)\b
regex en \b(?:need|have|get|send|deliver|ready|done|finish\w*|ship)\s+(?:\S+\s+){0,4}?by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|eod|eow|end\s+of\s+\w+|tomorrow|the\s+\d+\w*)\b
regex en \b(?:we['’]ll|we\s+will|we['’]d|going\s+to)\s+miss\s+(?:it|the\s+launch|the\s+date|our\s+launch)\b
regex en \b(?:moved|pushed|shifted|slipped|postponed|delayed)\s+(?:back\s+)?(?:from\s+\S+\s+)?to\s+(?:monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|next)\b
regex en \b(?:keep|keeps|kept)\s+(?:moving|pushing|shifting|changing)\s+(?:the\s+)?(?:\S+\s+)?(?:dates?|deadlines?|timeline|schedule|launch)\b
regex en \bstill\s+waiting\s+(?:on|for)\s+(?!(?:a\s+|an\s+|any\s+|your\s+|their\s+|the\s+)?(?:repl|respon|answer|call|callback|feedback))(?:\S+\s+){0,4}?(?:deck|report|invoice|credit\s+note|design|mockups?|files?|release|fix|documents?|contract|draft|copy|build|update|delivery|acts?)\b
regex en \bstill\s+(?:hasn['’]?t|haven['’]?t|not|isn['’]?t|aren['’]?t)\s+(?:been\s+)?(?:issued|sent|delivered|done|ready|finished|shipped|launched|arrived|live)\b
exclude en \b(?:deadline|due\s+date)\s+(?:for|of)\s+(?:this|the|your)\s+(?:survey|questionnaire|poll)\b
exclude en \btook\s+(?:\S+\s+)?(?:weeks|months)\s+to\s+sign\b
regex en \b(?:delivered|ships?|shipped|done|ready|launched)\s+(?:\S+\s+)?(?:when|as|on\s+the\s+day)\s+promised\b
exclude en \b(?:postpon|reschedul)\w*\s+(?:the\s+|our\s+|a\s+|this\s+)?(?:call|meeting|demo|sync|catch-?up|session|workshop)s?\b
exclude en \blate\s+(?:at\s+night|in\s+the\s+(?:evening|day)|payments?|fees?|charges?|repl\w*|respon\w*|answers?)\b
exclude en \b(?:pay|paid|paying|payment)\w*\s+(?:\w+\s+){0,2}(?:late|on[-\s]time)\b
exclude en \b(?:respond|repl|answer)\w*\s+(?:\w+\s+)?(?:late|on[-\s]time)\b
exclude en \bon[-\s]time\s+payments?\b
exclude en \boverdue\s+(?:invoice|payment|bill|balance|amount|account)s?\b
exclude en \b(?:invoice|payment|bill|balance)s?\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:\w+\s+)?overdue\b
exclude en \b(?:network|page|server|input|response|api)\s+delays?\b
exclude en \b(?:stay|stayed|staying|work|worked|working)\s+late\b

expect ru + Релиз выкатили на неделю раньше срока
expect ru - Созвоны постоянно затягиваются на час
expect ru + Сдали ровно тогда, когда обещали
expect en + Everything shipped exactly when promised
expect ru + Макеты обещали к среде, а их до сих пор нет
expect ru + Договаривались до конца месяца, сейчас уже середина следующего
expect ru + Дайджест приходит строго по пятницам
expect ru + Презентацию прислали во вторник вместо понедельника
expect ru + Проект стоял на паузе два месяца из-за вас
expect ru + Нужно запустить акцию до пятницы, иначе сорвём кампанию
expect ru + О переносе запуска узнали последними
expect ru + В сроках договорились заранее, но потом всё поплыло
expect ru - Обещали перезвонить в понедельник
expect ru - Рост на 20% вместо 15% — отлично
expect en + The mockups were promised for Monday
expect en + The digest arrived on Wednesday instead of Monday
expect en + The migration stalled for two weeks
expect en + We need the banners by Friday or we lose the slot
expect en + The launch was pushed back to June
expect en + You keep shifting the release dates
expect en + Still waiting on the audit report from last month
expect en + The credit note still hasn't been issued
expect en + You promised the invoice last week
expect en - They promised to call back on Monday
expect en - Still waiting for a reply from your team
expect en - The deadline for this survey is Friday
expect ru + Сроки сорвали уже дважды
expect ru + Дедлайн по лендингу просрочен на неделю
expect ru + Всё сдали вовремя, спасибо!
expect ru + Затянули запуск на месяц
expect ru + Релиз опять съехал
expect ru + Задержки на каждом этапе
expect ru + Отчет прислали с опозданием
expect ru + Отстаем от графика уже на две недели
expect ru + В спринт ничего не влезает, задачи переезжают из спринта в спринт
expect ru + Работаем строго по графику, всё в срок
expect ru + ДЕДЛАЙНЫ ГОРЯТ
expect ru + интеграцию с 1С делаете уже полгода
expect ru + Тайминг не соблюдается
expect ru + С опережением графика сдали первый этап
expect ru + дедлаин прошел, а результата нет
expect ru + Постоянно опаздываете с правками
expect ru + Запуск перенесли на следующий месяц без объяснений
expect ru + Дата запуска сдвинулась уже трижды
expect ru + Уложились в две недели, как и обещали
expect ru + Сроки по проекту соблюдаются, претензий нет
expect ru + Просрочили сдачу этапа на 10 дней
expect ru + Внедрение CRM затянулось на полгода
expect ru + Сайт должны были сдать к дате запуска рекламы, не успели
expect ru - Сроки оплаты счёта нас не устраивают
expect ru - Просрочка платежа возникла из-за вашего бухгалтера
expect ru - Срок действия договора истекает в марте
expect ru - Срочно нужен новый баннер на главную
expect ru - Графики в отчете некрасивые
expect ru - Счет оплатили вовремя, закрывающие пришли
expect ru - Уложились в бюджет, что редкость
expect ru - График работы поддержки неудобный
expect ru - Отвечают с задержкой, приходится звонить
expect ru - Срок гарантии на работы — год
expect ru - Заявки с сайта приходят в CRM с задержкой

expect en + The project is three weeks behind schedule
expect en + Missed the launch date twice
expect en + Everything was delivered on time, thank you!
expect en + deadlines keep slipping
expect en + Reports are always late
expect en + The release slipped to next quarter
expect en + Delays on every sprint
expect en + Great job hitting every deadline
expect en + The milestone for the API integration is overdue
expect en + They postponed the go-live again without explanation
expect en + Timeline was unrealistic from day one
expect en + DEADLINE MISSED AGAIN
expect en + What is the ETA for the new landing page?
expect en + Delivered ahead of schedule, impressive
expect en + the migration dragged on for 4 months
expect en + Very punctual team
expect en + Turnaround on design tasks is too long
expect en + took them 3 months to ship a simple feature
expect en + Sprint goals are never met on time
expect en + dedline was missed
expect en + Due date for the redesign moved 3 times
expect en + The project is delayed and nobody tells us why
expect en - Late payment fees on the invoice are unfair
expect en - We paid the invoice on time
expect en - The invoice is overdue according to your accounting
expect en - Can we schedule a call for Tuesday?
expect en - I stayed late at night to test the new build
expect en - Network delay makes the app feel slow
expect en - We rescheduled the call to Friday
expect en - Payslip generation in the portal is confusing
expect en - They respond late at night which is nice
expect en - Lately the reports have been great

# --- added from tests/lexicon/tune.jsonl misses -------------------------------
regex ru (?<!\w)sprint\w*   # English "sprint" in a Russian comment
regex ru (?<!\w)(?:переех|переезжа|перенесл|перенос|перекочева|уехал|уехали)\w*\s+(?:\S+\s+)?(?:в|на)\s+следующ\w+(?:\s+(?:спринт|месяц|квартал|недел|итераци|релиз)\w*)?
regex en \b(?:carried|carry|carries|rolled|rolls|slipped|slips|pushed|moved)\s+(?:\S+\s+)?(?:over\s+)?(?:in)?to\s+(?:the\s+)?next\s+(?:sprint|month|quarter|week|iteration|release)\b
# a deliverable waited for weeks ("отчёт ждём третью неделю"); a reply waited for is responsiveness
regex ru (?<!\w)(?:отчет|акт|документ|макет|счет|сводк|презентаци|договор|доработк|правк|релиз|закрывающ|дизайн|баннер|сайт|лендинг)\w*\s+(?:\S+\s+){0,3}?(?:ждем|ждали|ожидаем|прождали|ждать)\s+(?:уже\s+)?(?:\S+\s+)?(?:недел|месяц|дн|сутк)\w*
regex ru (?<!\w)(?:просили|запрашивали|заказывали|заказали|запросили)\s+(?:\S+\s+){0,2}?(?:месяц|недел|две\s+недели|пару\s+недель|полгода|квартал|полтора\s+месяца)\w*\s+назад
regex en \b(?:came|arrived|landed|showed\s+up|went\s+out|comes|arrives|lands|shows\s+up)\s+(?:\S+\s+)?(?:on\s+)?(?:a\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:again|instead)\b
regex en \binstead\s+of\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|the\s+\d+(?:st|nd|rd|th)?)\b
expect ru + Sprint опять не закрыли
expect ru + Половина задач переехала в следующий спринт
expect ru + Отчет за квартал ждем уже третью неделю.
expect ru + Макеты ждали почти месяц
expect ru + Акт сверки просили месяц назад, до сих пор нет.
expect ru - Ответа ждем уже третью неделю
expect ru - Переходим в следующий тариф
expect en + Half the tickets carried over into the next sprint again.
expect en + Weekly summary came on Thursday again.
expect en + The recap arrives on Wednesday instead of Monday.
expect en - Let's move on to the next topic.

# --- tune2.jsonl: stretched stages, work dragging on, planned dates not met, "took twice as long"
regex ru (?<!\w)(?:растян|растягива)\w*\s+(?:\S+\s+)?(?:на\s+|до\s+)?(?:\d+|вдвое|втрое|в\s+два\s+раза|в\s+три\s+раза|два|три|пару|несколько|месяц|недел|полгода|год|квартал|бесконечност)\w*
regex ru (?<!\w)(?:проект|этап|работ|внедрени|интеграци|разработк|запуск|сдач|доработк|редизайн|миграци)\w*\s+(?:\S+\s+){0,3}?(?:растянул|растягива|тян(?:ется|утся|улся|улась|улось|улись))\w*
regex ru (?<!\w)тян(?:ется|утся|улся|улась|улось|улись)\s+(?:уже\s+)?(?:с\s+|больше\s+|более\s+|почти\s+|\d|месяц|недел|полгод|год|квартал|вечност|целую|целый|бесконечно)
regex ru (?<!\w)когда\s+(?:\S+\s+)?(?:будет|будут)\s+(?:\S+\s+)?(?:готов|сделан|закончен|запущен|сдан)\w*
regex ru (?<!\w)(?:примерн|ориентировочн|конкретн|точн|финальн)\w*\s+(?:дат|срок)\w*
regex ru (?<!\w)(?:запуск|релиз|сдач|старт|выход|внедрени|публикаци|презентаци)\w*\s+(?:\S+\s+)?(?:назначил|назначен|запланировал|запланирован|планировал|обещал|ставил)\w*\s+на\s+(?:\d|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|конц|начал|середин|следующ|январ|феврал|март|апрел|ма[йяю]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*
regex ru (?<!\w)(?:не\s+)?(?:успел|успели|успела|успеваем|успевают|успеем|успеют|успеть)\s+(?:\S+\s+)?к\s+(?:\S+\s+)?(?:\d|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|сроку|дате|дедлайн|запуск|релиз|сезон|праздник|новому\s+году|началу|концу|старту|открыти|выставк|распродаж|черн)\w*
regex en \b(?:twice|two\s+times|three\s+times|[23]x)\s+as\s+long\b|\blonger\s+than\s+(?:planned|promised|quoted|estimated|agreed|expected|scheduled)\b|\b(?:taking|took|takes)\s+forever\b
exclude ru (?<!\w)(?:встреч|созвон|совещани|звонк|митинг|планерк)\w*\s+(?:\S+\s+)?затянут\w*   # long meetings: communication
exclude en \b(?:quick|fast|speedy|rapid)\s+turnaround\s+on\s+(?:emails?|messages?|questions?|queries|requests?|tickets?)\b
exclude en \bturnaround\s*[—–,-]?\s*(?:\S+\s+){0,2}?(?:repl|respond|answer|got\s+back|get\s+back)\w*
expect ru + Этап растянулся вдвое против плана
expect ru + Внедрение растянулось на полгода
expect ru + Работы по интеграции тянутся с весны
expect ru + Когда будет готово, никто не знает
expect ru + Нам не могут назвать даже примерную дату
expect ru + Запуск назначили на пятницу, в пятницу ничего не запустили
expect ru + Не успели к Чёрной пятнице
expect ru - Встречи затянутые, обсуждаем ни о чём
expect ru - Баннер растянутый, картинка поплыла
expect en + The redesign took twice as long as quoted
expect en + Integration took longer than planned
expect en + The migration is taking forever
expect en - Super quick turnaround on questions
expect en - Thanks for the fast turnaround, you replied within the hour
exclude ru (?<!\w)(?:люди|сотрудники|специалисты|менеджеры|ребята|кадры)\s+(?:\S+\s+){0,2}?не\s+задержива\w*   # staff not staying: team_changes
expect ru - Люди у них не задерживаются
regex en \bon\s+(?:the\s+|our\s+)?(?:agreed|promised|planned|scheduled|committed|target|quoted)\s+(?:date|day|deadline)\b|\b(?:agreed|promised|planned|committed|quoted)\s+(?:delivery\s+|launch\s+|release\s+|go-?live\s+)?dates?\b
regex ru (?<!\w)(?:в|к|на)\s+(?:оговоренн|обещанн|согласованн|назначенн|запланированн|условленн)\w*\s+(?:дат|день|число)\w*
expect en + Shipped exactly on the agreed date
expect en + They never hit a promised date
expect ru + Сдали точно в оговоренный день
expect ru + Не успели к обещанной дате
# wording family of u0020/u0025/u0117: not fitting the time, dragging, not making it, standing still for a month
regex ru (?<!\w)не\s+уложил\w*(?!\w)(?!\s+(?:\S+\s+)?(?:бюджет|смет|лимит|сумм|деньг))
regex ru (?<!\w)тян\w*\s+резин\w*
regex ru (?<!\w)не\s+успева(?:ют|ет|ли|ла|л|ем)(?!\w)(?!\s+(?:\S+\s+)?(?:отвеча|ответ|реагир|перезван|за\s+(?:нами|нашими)))
regex ru (?<!\w)(?:стоит|стоят|стоял|стояли|топчется|топчутся|топчемся)\s+на\s+месте\s+(?:уже\s+)?(?:\S+\s+)?(?:дн|день|недел|месяц|полгода|квартал)\w*
expect ru + Не уложились
expect ru + Тянут резину
expect ru + Не успевают ничего
expect ru + Работа стоит на месте уже месяц
expect ru - Не уложились в бюджет
expect ru - Не успевают отвечать на письма
regex en \b(?:finished|delivered|done|shipped|launched|completed|wrapped\s+up)\s+(?:\S+\s+)?early\b|\bahead\s+of\s+(?:time|the\s+deadline|plan)\b
regex ru (?<!\w)(?:закончи|сдали|сдал|сделали|запустили|прислали|выпустили|выкатили|завершили)\w*\s+(?:\S+\s+)?на\s+(?:\S+\s+)?(?:дн|день|недел|месяц|полгода|квартал|год)\w*\s+позже|(?<!\w)позже\s+(?:срока|плана|обещанного|оговоренного|дедлайна|графика)
expect en + They finished early
expect en + Delivered ahead of time
expect ru + Работы закончили на неделю позже
expect ru + Сдали позже срока
