# support: support service, tickets, help desk, technical support, the
# problem solved or not.
# Boundary: how fast they first answer is responsiveness; outages themselves
# are reliability; the client's own support team is not this theme.
theme    support
label en Support and issue resolution
label ru Поддержка и решение проблем
owner    Head of support

# --- ru ---------------------------------------------------------------------
term  ru поддержка                # поддержка, поддержку (not "поддерживаем")
term  ru техподдержка
term  ru саппорт
term  ru сапорт                   # typo
term  ru тикет
term  ru хелпдеск
term  ru helpdesk
term  ru service desk
term  ru обращение                # обращение в поддержку (excl. обращение к аудитории)
term  ru инцидент
term  ru эскалация
term  ru эскалирова*
term  ru починили
term  ru горячая линия
term  ru колл-центр
term  ru call-центр
regex ru (?<!\w)оператор\w*\s+(?:горячей\s+линии|колл-центра|call-центра|поддержки|службы)
term  ru первая линия
term  ru вторая линия
term  ru третья линия
term  ru документация           # справочная документация, база знаний
term  ru база знаний
regex ru (?<!\w)(?:решил\w*+(?!\s+(?:\w+\s+)?(?:обсудить|перенести|отложить|подождать|сделать|попробовать|продлить|сменить|уйти|не\b|оставить|начать|взять|отказаться|вернуться|остановиться))|решен\w*|решают|решать|решить|решат|решается|исправил\w*|исправили|исправлен\w*|починил\w*|устранил\w*|устранен\w*)\s+(?:\S+\s+){0,2}?(?:проблем|вопрос|ошибк|баг|инцидент|неполадк|сбо[йи]|поломк|неисправност)\w*
regex ru (?<!\w)(?:проблем|вопрос|ошибк|баг|инцидент|сбо[йи]|неполадк|поломк)\w*\s+(?:\S+\s+){0,2}?(?:решил\w*+(?!\s+(?:\w+\s+)?(?:обсудить|перенести|отложить|подождать|сделать|попробовать|продлить|сменить|уйти|не\b|оставить|начать|взять|отказаться|вернуться))|решен\w*|решают|решается|не\s+реш\w*|исправ\w*|почин\w*|устран\w*|так\s+и\s+не\s+\w+)
regex ru (?<!\w)заявк\w*\s+(?:в\s+(?:поддержк|техподдержк|саппорт|сервис|хелпдеск)|на\s+(?:доработк|исправлени|ремонт)|висит|висят|закрыли|не\s+обработ)\w*
regex ru (?<!\w)(?:шаблонн\w*\s+ответ|отписк\w*|ответ\w*\s+(?:по\s+)?шаблон)\w*
regex ru (?<!\w)помогл\w*\s+(?:\w+\s+)?(?:разобраться|решить|починить|восстановить|настроить|исправить)
regex ru (?<!\w)сервисн\w*\s+(?:служб|центр|инженер|поддержк|отдел)\w*
regex ru (?<!\w)(?:sla|сла)(?!\w)
regex ru (?<!\w)(?:l[123]|тир\s*[123])(?!\w)
term  ru поддрежка                # typo
regex ru (?<!\w)(?:помогите|прошу\s+помочь|просим\s+помочь|нужна\s+(?:ваша\s+)?помощь|спасибо\s+за\s+помощь|благодарю\s+за\s+помощь|помогли\s+(?:\S+\s+)?(?:поднять|вернуть|разобраться))(?!\w)
regex ru (?<!\w)подскажите,?\s+(?:пожалуйста,?\s+)?(?:как|где|почему|что\s+делать|что\s+случилось)(?!\w)
regex ru (?<!\w)подсказал\w*,?\s+(?:где|как)\s+(?:\S+\s+)?(?:включить|найти|настроить|восстановить|сделать|выгрузить|отключить|добавить)
regex ru (?<!\w)(?:заявк|обращени|тикет)\w*\s*(?:№|#|no\.?|номер)\s*\S*\d+   # '№' is 'no' after NFKC
regex ru (?<!\w)(?:разберитесь|просим\s+разобраться|прошу\s+разобраться|прошу\s+проверить|просим\s+проверить)(?!\w)
regex ru (?<!\w)не\s+(?:наша|моя|ваша)\s+зона\s+ответственности|(?<!\w)футбол\w*
regex ru (?<!\w)(?:дежурн\w*|сервисн\w*)\s+инженер\w*|(?<!\w)инженер\w*\s+поддержки
regex ru (?<!\w)(?:все|всё|сайт|сервер|систему|сервис)\s+подняли|(?<!\w)подняли\s+(?:сайт|сервер|систему|сервис|все|всё)
regex ru (?<!\w)разбор\w*\s+(?:причин|инцидент|сбо)\w*
regex ru (?<!\w)(?:нашел|нашли|нашла)\s+(?:\S+\s+)?(?:ошибк|баг|причин\w*\s+(?:сбо|ошибк|проблем)|проблем)\w*(?!\s+(?:\S+\s+)?(?:до\s+того|раньше))
exclude ru (?<!\w)(?:код|решени|модул)\w*\s+(?:\S+\s+){0,3}?документаци\w*   # docs delivered with the code: work_quality
exclude ru (?<!\w)(?:заказывали|заказали|продлить|продлили|продлеваем|купили|оплатили)\s+(?:у\s+вас\s+)?поддержк\w*\s+(?:сайта|проекта)
exclude ru (?<!\w)(?:ни\s+одного|без|ноль)\s+(?:\S+\s+)?инцидент\w*
exclude ru (?<!\w)обращени\w*\s+в\s+(?:клиник|компани|магазин|офис|салон|отдел\s+продаж|ресторан)\w*
exclude ru (?<!\w)(?:наш\w*|сво\w*)\s+(?:собственн\w*\s+|внутренн\w*\s+)?(?:служб\w*\s+)?(?:поддержк|техподдержк|саппорт|хелпдеск)\w*
exclude ru (?<!\w)тикет\w*\s+в\s+(?:нашей|нашем|своей|своем)\s+\w+
exclude ru (?<!\w)обращени\w*\s+(?:к\s+(?:аудитори|читател|клиентам|покупател|подписчик)|с\s+сайта|клиентов\s+с\s+сайта)\w*
exclude ru (?<!\w)(?:при|за)\s+поддержк\w*\s+(?:фонда|государства|партнер)\w*
exclude ru (?<!\w)поддержк\w*\s+(?:сайта|проекта)\s+(?:входит|не\s+входит|стоит|обходится)\w*

# --- en ---------------------------------------------------------------------
term  en support                  # support, supported, supportive (excl. "supports SSO")
term  en suport*                  # typo
term  en ticket
term  en helpdesk
term  en help desk
term  en service desk
term  en tech support
term  en customer care
term  en customer service         # found by `loyal coverage` on the CFPB complaints (corpus-real)
term  en call center
term  en call centre
regex en \b(?:customer\s+service|support|service|help\s*desk)\s+(?:reps?|representatives?|agents?|operators?|staff)\b
exclude en \b(?:our|my)\s+(?:own\s+)?(?:customer\s+service|call\s+cent(?:er|re))(?:\s+(?:team|department|staff))?
term  en escalat*                 # escalate, escalation
term  en workaround
term  en troubleshoot
term  en knowledge base
regex en \bdocumentation\b        # not the stem: 'documents' are billing paperwork
term  en docs
regex en \b(?:resolv|fix|solv)\w*\s+(?:\S+\s+){0,2}?(?:issues?|problems?|bugs?|tickets?|incidents?|errors?|outages?)\b
regex en \b(?:fixed|solved|resolved|sorted)\s+it\b
regex en \b(?:issues?|problems?|bugs?|tickets?|incidents?|errors?)\s+(?:\S+\s+){0,2}?(?:resolv|fix|solv|sorted\s+out|closed|reopen)\w*
regex en \b(?:canned|template|templated|scripted|copy[-\s]?paste)\s+(?:responses?|answers?|replies)\b
regex en \b(?:l[123]|tier\s*[123])\b|\b(?:first|second|third)[-\s]line\s+(?:support|engineers?|agents?|team)\b
regex en \bslas?\b
regex en \b(?:can|could)\s+you\s+(?:please\s+)?help\b|\bplease\s+help\b|\bneed\s+(?:your\s+)?help\b|\bthanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+(?:the\s+|your\s+|all\s+the\s+)?help\b|\bhelped\s+(?:us\s+)?(?:recover|restore|get\s+back)
regex en \b(?:case|request|ticket)\s*(?:#|no\.?|number)\s*\d+
regex en \b(?:it|this|that)\s+(?:was|is|had\s+been|has\s+been)\s+(?:fixed|resolved|solved)\b
regex en \b(?:had|got|brought)\s+(?:us|it|everything|the\s+site|the\s+server)\s+(?:\S+\s+)?(?:back\s+up|back\s+online|stable|running\s+again)\b|\bon-call\s+engineer|\bnoc\b
regex en \b(?:found|tracked\s+down)\s+(?:the\s+)?(?:bug|issue|problem|root\s+cause|cause|error)\b(?!\s+(?:\S+\s+)?before)|\broot\s+cause\b|\bpost-?mortem\b
regex en \bnot\s+(?:our|my)\s+(?:area|responsibility|department|problem)\b
exclude en \b(?:code|solution|module)\w*\s+(?:\S+\s+){0,3}?(?:docs|documentation)\b
exclude en \bwhat(?:['’]s|\s+is)\s+in\s+the\s+ticket\b
exclude en \btest\s+ticket\b
exclude en \b(?:than|as)\s+the\s+ticket\s+(?:says|said|asks|asked|requires|required)\b
exclude en \b(?:i|we)\s+(?:fully\s+|totally\s+|also\s+|strongly\s+)?support\s+(?:the|this|that|my|our|his|her)\b
exclude en \bsupports\b
exclude en \b(?:does|do|will|can|could|should|doesn['’]?t|does\s+not|don['’]?t|won['’]?t|no\s+longer|to)\s+(?:\w+\s+){0,2}support\s+(?!team|staff|desk|agents?|engineers?|service|us\b|me\b|was|is|were)
exclude en \bsupport\s+for\s+(?!us\b|our\s+team|me\b)
exclude en \bsupported\s+(?:browsers?|formats?|devices?|platforms?|versions?|languages?|file)\w*
exclude en \b(?:our|my)\s+(?:own\s+|internal\s+|in-house\s+)?(?:support|helpdesk|help\s+desk|service\s+desk)(?:\s+(?:team|staff|agents?))?
exclude en \btickets?\s+(?:for|to)\s+(?:the\s+|a\s+)?(?:conference|event|concert|show|flight|webinar|train|summit)\b
exclude en \bgoogle\s+docs\b

expect en - They do exactly what's in the ticket, nothing more
expect ru + Помогите, пожалуйста, не приходит письмо для сброса пароля
expect ru + Подскажите, как добавить нового пользователя?
expect ru + По обращению №5521 до сих пор нет решения
expect ru + Разберитесь, пожалуйста, почему не уходят уведомления
expect ru + Нас футболят между отделами
expect ru + Дежурный инженер быстро всё поднял
expect ru + Просим прислать разбор инцидента
expect ru + Инженер нашёл причину сбоя за час
expect ru + Поддрежка отвечает по шаблону
expect ru - Заказывали у вас поддержку сайта, хотим продлить на год
expect ru - Код чистый, документация подробная
expect ru - За год ни одного инцидента
expect ru - Количество обращений в клинику выросло
expect en + Can you help? I can't reset my password
expect en + Case #4412 is still open after a week
expect en + You said it was fixed, but it's back
expect en + The on-call engineer had us back online quickly
expect en + We want a root cause analysis for the outage
expect en + That's not our area, they said, and closed the chat
expect en - The closing documents arrived late again
expect en - Test ticket, ignore
expect en - They spotted the problem before we did
expect en - I support this proposal
expect en - Solid code and clear documentation
expect ru + Поддержка решила проблему за час
expect ru + Техподдержка отвечает шаблонами и закрывает тикеты
expect ru + В саппорт писать бесполезно
expect ru + Проблему так и не решили
expect ru + Тикет висит вторую неделю
expect ru + Служба поддержки — лучшая из всех, с кем работали
expect ru + Баг починили в тот же день
expect ru + Обращение закрыли без решения
expect ru + Приходится эскалировать каждый вопрос
expect ru + Ответы по шаблону, никто не вникает
expect ru + ПОДДЕРЖКА НА НУЛЕ
expect ru + Хелпдеск работает отлично
expect ru + Вторая линия реально разбирается в продукте
expect ru + Сапорт молодцы, всё исправили
expect ru + Инцидент закрыли быстро
expect ru + Ошибку с выгрузкой исправили оперативно
expect ru + Заявку в техподдержку не обработали
expect ru + Помогли разобраться с настройками интеграции
expect ru + SLA по инцидентам не соблюдается
expect ru + Вопрос решился только после звонка директору
expect ru + Поддержку обожаем, спасибо Ивану
expect ru + Сервисная служба приехала на следующий день
expect ru + Отписки вместо ответов, проблема висит месяц
expect ru + Документация к API устарела, база знаний не помогает
expect ru - Поддерживаем идею ежемесячных встреч
expect ru - Вопрос по цене решили обсудить позже
expect ru - Наша служба поддержки сама справляется с клиентами
expect ru - Тикеты в нашей Jira ведём сами
expect ru - Решили не продлевать договор на следующий год
expect ru - Проблема в том, что трафика нет совсем
expect ru - Обращение к аудитории в текстах слишком формальное
expect ru - Заявки с сайта идут в CRM с задержкой
expect ru - Проект делали при поддержке фонда, отчёт нужен по их форме

expect en + Support solved our issue in an hour
expect en + Tech support is useless, they just close tickets
expect en + The helpdesk keeps asking for the same screenshots
expect en + Ticket 4521 still open after two weeks
expect en + Great support team, always helpful
expect en + The bug was fixed the same day
expect en + Had to escalate to get anything done
expect en + Canned responses, nobody reads what we write
expect en + Customer care is friendly but can't fix anything
expect en + They found a workaround quickly
expect en + SUPPORT IS A JOKE
expect en + Our issue was never resolved
expect en + L2 engineers actually know what they're doing
expect en + Service desk closes tickets without solving the problem
expect en + Suport is really good
expect en + The knowledge base answered most of our questions
expect en + Problem solved, thanks Anna!
expect en + SLA for critical incidents is not met
expect en + Troubleshooting took three sessions
expect en + Opened a ticket about the sync error, still nothing
expect en + The support engineer stayed on the call until it worked
expect en + Tickets get bounced between teams
expect en + The docs are outdated and support just sends links to them
expect en - Does the platform support SSO?
expect en - Supported browsers list is outdated
expect en - The new version no longer supports CSV import
expect en - Our own support team needs training on your tool
expect en - We fixed the typo ourselves
expect en - Sorting the leads by source is clunky
expect en - Support for the new API version is planned for Q3
expect en - We bought tickets for the conference through your portal
expect en - Thanks for the idea, we will think it over
expect en - The report lives in Google Docs, that's fine
expect en + I called customer service three times and nobody could help
expect en + The support rep on the phone had no idea about our contract
expect en + Your call center keeps me on hold for forty minutes
expect en - Our own customer service team handles the end users, you only build the app
expect ru + Оператор горячей линии не смог ничего объяснить
expect ru + Колл-центр переводит с одного специалиста на другого
expect ru - Оператор связи отключил нам интернет, вы тут ни при чём

# --- added from tests/lexicon/tune.jsonl misses -------------------------------
regex ru (?<!\w)(?:подняли|поднял|подняла|перезапустили|перезапустил)\s+(?:\S+\s+)?(?:его|ее|их|сайт\w*|сервер\w*|сервис\w*|базу|систему|почту|сеть|виртуалк\w*|1с)(?!\w)
regex en \bsort(?:ed|ing|s)?\s+out\s+(?:the|our|my|this|that|these|those)\s+(?:\S+\s+)?(?:vpn|issues?|problems?|access|login|server|e-?mail|printer|errors?|bugs?|outage|connection|account|sync|integration|permissions?|mess)\b
expect ru + Сайт упал ночью, дежурный поднял его за час
expect ru + Перезапустили сервер, всё работает
expect ru - Подняли цены на обслуживание
expect en + Thanks for sorting out the VPN, you can close this.
expect en + They sorted out our permissions mess in one session.
expect en - Please close the door on your way out of the meeting.
expect en - We need to sort out the budget for next year.
expect en - OK, thanks, you can close this one.
