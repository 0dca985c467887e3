# team_changes: manager or specialist replaced, staff turnover, lost context,
# onboarding of a new team member or of the client.
# Boundary: wishing to replace the manager because of the person is
# manager_fit; the client's own staff changes are not this theme.
theme    team_changes
label en Team changes and handover
label ru Смена команды и передача дел
owner    Head of delivery
# role words used below: менеджер|куратор|пм|проджект|аккаунт|команд|специалист|
# исполнител|сеошник|таргетолог|директолог|дизайнер|разработчик|программист|
# копирайтер|аналитик|архитектор|инженер|консультант|маркетолог|интегратор|медиабайер|байер|ведущ|контакт|сотрудник|людей|человек

# --- ru ---------------------------------------------------------------------
term  ru текучка
term  ru текучесть
term  ru онбординг
term  ru чехарда
term  ru ротация                  # excl. ротация баннеров
term  ru преемственность
term  ru передача дел
term  ru передача проекта
regex ru (?<!\w)(?:смен|замен|поменя|меняют|меняется|меняются|меняли|менять|меняет|заменя|сменя|уход|увольнени|потер[яи])\w*\s+(?:\S+\s+){0,2}?(?:менеджер|куратор|пм|проджект|аккаунт|команд|специалист|исполнител|сеошник|таргетолог|директолог|дизайнер|разработчик|программист|копирайтер|аналитик|архитектор|инженер|консультант|маркетолог|интегратор|медиабайер|байер|ведущ|контакт|сотрудник|людей|состав)\w*
regex ru (?<!\w)(?:менеджер|куратор|пм|проджект|аккаунт|команд|специалист|исполнител|сеошник|таргетолог|директолог|дизайнер|разработчик|программист|копирайтер|аналитик|архитектор|инженер|консультант|маркетолог|интегратор|медиабайер|байер|ведущ|контакт|сотрудник|люди)\w*\s+(?:\S+\s+){0,2}?(?:сменил|сменился|сменилась|сменились|поменял|поменялся|поменялись|меняется|меняются|заменил|ушел|ушла|ушли|уходит|уходят|уволил|уволен|увольня|ушел\s+в\s+декрет|в\s+декрет)\w*
regex ru (?<!\w)(?:нов\w*)\s+(?:\w+\s+)?(?:менеджер|куратор|пм|проджект|аккаунт|специалист|исполнител|сеошник|таргетолог|директолог|дизайнер|разработчик|программист|копирайтер|аналитик|архитектор|инженер|консультант|маркетолог|интегратор|медиабайер|ведущ|человек|люди|людей|команд)\w*
regex ru (?<!\w)(?:второй|третий|четвертый|пятый|шестой|\d+-?й)\s+(?:\w+\s+)?(?:менеджер|куратор|пм|проджект|аккаунт|специалист|исполнител|человек|дизайнер|разработчик|таргетолог|аналитик|консультант|архитектор)\w*\s+(?:за|с|подряд)
regex ru (?<!\w)(?:второго|третьего|четвертого|пятого|\d+-?го)\s+(?:\w+\s+)?(?:менеджер|куратор|пм|проджект|аккаунт|специалист|исполнител|человек)\w*
regex ru (?<!\w)(?:передал\w*|перевел\w*|перекинул\w*)\s+(?:нас\s+|проект\s+|дела\s+)?(?:к\s+)?(?:друго|ново|следующ)\w*\s+(?:менеджер|специалист|куратор|команд|исполнител)\w*
regex ru (?<!\w)передал\w*\s+(?:\w+\s+)?(?:проект|дела)(?!\w)
regex ru (?<!\w)(?:потер|теря|утерян|утрач|без)\w*\s+(?:\w+\s+)?контекст\w*
regex ru (?<!\w)контекст\w*\s+(?:\w+\s+)?(?:потер|утер|утрач|теря)\w*
regex ru (?<!\w)(?:ввод|ввест|ввел|вводил|вводим|погружа|погрузить|погружать)\w*\s+(?:\w+\s+)?в\s+(?:курс|проект|контекст|задач|специфик)\w*
regex ru (?<!\w)(?:заново|с\s+нуля|по\s+новой|каждый\s+раз)\s+(?:\w+\s+)?(?:объясня|объяснять|рассказыва|вводить|погружа|вникать|вникает|вникают|вник|передава)\w*
regex ru (?<!\w)(?:объясня|рассказыва|вводить|погружа|вника)\w*\s+(?:\w+\s+){0,2}?(?:заново|с\s+нуля|по\s+новой)
regex ru (?<!\w)после\s+(?:ухода|увольнения|смены|замены|перехода)\s+(?:\w+\s+)?(?:менеджер|куратор|пм|проджект|аккаунт|специалист|команд|[а-я]+(?:ы|и|а))\w*
regex ru (?<!\w)(?:одна\s+и\s+та\s+же|та\s+же\s+самая|тот\s+же\s+самый|тот\s+же|та\s+же|стабильн\w*\s+состав)\s+(?:\w+\s+)?(?:команд|менеджер|куратор|пм|проджект|специалист|люди)\w*
regex ru (?<!\w)адаптаци\w*\s+(?:нов|новичк|сотрудник|специалист)\w*
regex ru (?<!\w)(?:два|две|три|четыре|пять|шесть|\d+)\s+разн\w+\s+(?:менеджер|куратор|пм|проджект|аккаунт|специалист|исполнител|сеошник|таргетолог|директолог|дизайнер|разработчик|программист|копирайтер|аналитик|консультант|маркетолог|человек|медиабайер|контакт)\w*
regex ru (?<!\w)когда\s+(?:от\s+вас\s+)?(?:ушла|ушел|уволилась|уволился|уволили|ушли)(?!\w)
regex ru (?<!\w)(?:ведет|ведут|занимается|курирует)\s+(?:\S+\s+)?(?:друг|нов)\w+\s+(?:\S+\s+)?(?:менеджер|куратор|пм|специалист|исполнител|команд|интегратор|подрядчик|консультант)\w*|(?<!\w)кто\s+теперь\s+(?:\S+\s+)?(?:ведет|отвечает|занимается|курирует)
regex ru (?<!\w)(?:проект|дела|нас|аккаунт)\s+[«"]?(?:передал\w*|перевел\w*|перекинул\w*)[»"]?\s+(?:\S+\s+)?(?:друг|нов|следующ|в\s+друг|к\s+друг|от\s+)\w*
regex ru (?<!\w)провести\s+(?:\S+\s+){0,2}?(?:вводн|онбординг)\w*|(?<!\w)(?:вводн\w+|онбординг\w*)\s+(?:\S+\s+)?для\s+(?:нов|него|нее|неё)\w*
exclude ru (?<!\w)(?:прошу|просим|хотим|хотелось\s+бы|можно\s+ли|нужно|давайте)\s+(?:\S+\s+)?(?:сменить|заменить|поменять)\s+(?:нам\s+)?(?:\S+\s+)?(?:менеджер|куратор|пм|проджект|аккаунт|специалист|исполнител|дизайнер|разработчик|аналитик)\w*   # a wish to replace is manager_fit
exclude ru (?<!\w)ротаци\w*\s+(?:баннер|объявлени|креатив|реклам|ключ|запрос)\w*
exclude ru (?<!\w)(?:мы|я)\s+(?:\w+\s+)?(?:сменил|заменил|уволил|поменял)\w*\s+(?:\S+\s+){0,2}?(?:менеджер|маркетолог|специалист|сотрудник|команд|директор)\w*
exclude ru (?<!\w)(?:наш\w*|свой|свою|своего|своих)\s+(?:\w+\s+)?(?:маркетолог|сотрудник|директор|бухгалтер|юрист|админ|менеджер\w*\s+по\s+продаж)\w*\s+(?:\S+\s+){0,2}?(?:сменил|сменился|сменилась|поменял|ушел|ушла|уволил|уволен)\w*
exclude ru (?<!\w)нов\w*\s+(?:\w+\s+)?команд\w*\s+(?:на\s+нашей\s+стороне|у\s+нас)
exclude ru (?<!\w)команд\w*\s+(?:\w+\s+)?(?:поменял|сменил)\w*\s+(?:подход|стратеги|настройк|тактик)\w*

# --- en ---------------------------------------------------------------------
term  en turnover                 # excl. revenue turnover
term  en handover
term  en hand-over
term  en handoff
term  en hand-off
term  en onboard                  # onboarding, onboarded
term  en revolving door
term  en re-explain
regex en \b(?:staff|team|employee|people|personnel|high|constant|huge|crazy)\s+turnover\b
regex en \bnew\s+(?:\w+\s+)?(?:account\s+manager|manager|pm|project\s+manager|team|contact|point\s+of\s+contact|specialist|designer|developer|dev|strategist|rep|csm|team\s+lead|people|person|faces|copywriter|analyst|consultant|architect|engineer|media\s+buyer)s?\b
regex en \b(?:someone|somebody)\s+new\b
regex en \b(?:replaced|reassigned|rotated|changed|switched|swapped|reshuffled)\s+(?:\w+\s+){0,2}?(?:account\s+manager|manager|pm|project\s+manager|team|contact|specialist|designer|developer|strategist|rep|csm|people|staff|architect|analyst|copywriter|consultant|engineer|media\s+buyer|lead\s+developer|lead)s?\b
regex en \b(?:account\s+manager|manager|pm|project\s+manager|team|contact|specialist|designer|developer|strategist|rep|csm|people|staff|architect|analyst|copywriter|consultant|engineer|media\s+buyer|lead\s+developer|lead)s?\s+(?:has\s+|have\s+|was\s+|were\s+|keeps?\s+|got\s+)?(?:\w+\s+)?(?:changed|changing|rotated|replaced|reshuffled|reassigned)\b
regex en \b(?:manager|pm|designer|developer|dev|specialist|strategist|contact|rep|csm|lead|consultant|copywriter|analyst|architect|engineer|buyer)\s+(?:\w+\s+)?(?:left\b(?!\s+(?:a|an|the|some|us\s+a)\s+(?:comment|note|message|review|feedback|voicemail))|quit|resigned|departed|moved\s+on|is\s+leaving|was\s+let\s+go)
regex en \bleft\s+(?:the\s+company|the\s+agency|the\s+team|your\s+agency|your\s+company)\b
regex en \b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:\w+\s+)?(?:manager|pm|contact|designer|developer|person|specialist|rep|csm)\s+(?:in|this|since|within)\b
regex en \b(?:lost|lose|losing|loses|no)\s+(?:all\s+)?(?:the\s+)?(?:context|history|continuity)\b
regex en \b(?:context|knowledge|history)\s+(?:was|is|got|gets)\s+lost\b
regex en \b(?:start|started|starting|starts)\s+(?:over\s+)?from\s+scratch\b
regex en \b(?:bring|brought|get|got|getting|bringing)\s+(?:\w+\s+){0,2}?up\s+to\s+speed\b
regex en \btransition\s+to\s+(?:the\s+|a\s+)?new\b
regex en \b(?:keep|kept)\s+the\s+same\s+(?:team|people|manager|pm)\b|\bsame\s+(?:team|people|manager|account\s+manager|pm)\s+(?:for|since|throughout)\b
regex en \b(?:two|three|four|five|six|\d+)\s+different\s+(?:\S+\s+)?(?:managers|pms|people|buyers|designers|developers|contacts|specialists|analysts|copywriters|reps|consultants|strategists|account\s+managers)\b
regex en \b(?:losing|lost|loss\s+of)\s+(?:your|our|the|their)\s+(?:\S+\s+)?(?:manager|pm|designer|developer|dev|specialist|strategist|architect|analyst|copywriter|consultant|engineer|lead)\b
regex en \b(?:was|were|got|been)\s+swapped\s+out\b|\bswapped\s+out\s+(?:our|the)\b
regex en \b(?:when|since|after)\s+\w+\s+(?:left|quit|resigned)\b(?!\s+(?:the\s+)?(?:office|meeting|call|building|a\s+comment|a\s+note))
regex en \bhand(?:ed|ing)?\s+(?:us\s+|the\s+project\s+|it\s+|our\s+account\s+)?over\s+to\b|\b(?:moved|transferred|passed|handed)\s+(?:us\s+|the\s+project\s+|our\s+account\s+)?(?:over\s+)?to\s+(?:another|a\s+different|a\s+new)\s+(?:team|department|manager|pm|group|person)\b
exclude en \b(?:please|want\s+to|would\s+like\s+to|we['’]d\s+like\s+to|can\s+you|could\s+you)\s+(?:\S+\s+)?(?:replace|change|switch)\s+(?:our|the)\s+(?:\S+\s+)?(?:manager|pm|account\s+manager|designer|developer|specialist)\b
exclude en \bonboard\w*\s+(?:new\s+)?(?:users|customers|employees|staff)\s+(?:in|into|to|on)\s+(?:the|your|our)\s+(?:app|portal|platform|system|product|tool)\b
exclude en \b(?:our|annual|company|yearly|total)\s+turnover\b|\bturnover\s+(?:grew|increased|of\s+[$£€\d]|rose|doubled)\b
exclude en \bhand(?:ed|ing)?\s+over\s+(?:the\s+|all\s+)?(?:source\s+)?(?:files|code|assets|access|passwords|keys|repo|credentials)\b
exclude en \b(?:our|my)\s+(?:own\s+|internal\s+|in-house\s+)?(?:\w+\s+)?(?:team|staff|department)\s+(?:has\s+|have\s+|was\s+|were\s+)?(?:\w+\s+)?(?:changed|changing|rotated|replaced|reshuffled|turned\s+over)\b
exclude en \bnew\s+(?:\w+\s+)?team\s+(?:on\s+our\s+side|at\s+our\s+company)\b

expect en + Since Olga left, the reports are a mess
expect en - Since we left the office early, we missed the call
expect ru + Смена аналитика сильно ударила по отчётности
expect ru + Уход нашего аккаунта мы почувствовали сразу
expect ru + За полгода у нас было четыре разных дизайнера
expect ru + Когда ушёл Павел, всё развалилось
expect ru + Теперь нас ведёт другой специалист, нас не спросили
expect ru + Кто теперь ведёт наш проект?
expect ru + Проект передали в другую команду без предупреждения
expect ru + Просим провести вводную встречу для нового маркетолога
expect ru + Наш куратор уволился, и никто не сказал
expect ru - Просим заменить нам менеджера как можно скорее
expect ru - Наш маркетолог ушёл в другую компанию, поэтому отвечаем медленно
expect ru - Новые лиды приходят каждый день
expect ru - Закупки у нас ведёт другой отдел
expect en + After the architect left, nothing moved for a month
expect en + Three different account managers this year
expect en + Losing our strategist set us back months
expect en + When Tom left, the context went with him
expect en + We were handed over to another team without notice
expect en - Please replace our account manager
expect en - Onboarding new employees into the portal is painful
expect ru + Сменили уже третьего менеджера за полгода
expect ru + Текучка в команде ужасная
expect ru + Новый менеджер не в курсе наших договорённостей
expect ru + Передача дел прошла незаметно, спасибо
expect ru + После ухода Анны всё пришлось объяснять заново
expect ru + Куратор уволился, а нам даже не сказали
expect ru + Поменяли команду без предупреждения
expect ru + Каждый раз новый человек, приходится вводить в курс дела
expect ru + Контекст проекта потерян после смены ПМа
expect ru + Проект передали другому менеджеру
expect ru + ЧЕХАРДА С МЕНЕДЖЕРАМИ
expect ru + Онбординг нового дизайнера занял месяц
expect ru + Пятый проджект за год
expect ru + Хотим стабильный состав команды, а не ротацию
expect ru + Специалист по контексту ушёл, новый не тянет
expect ru + Нового аккаунта пришлось погружать в проект с нуля
expect ru + Все время меняются исполнители
expect ru + Наконец-то одна и та же команда уже два года
expect ru + Заменили дизайнера в середине проекта
expect ru + С новым ПМом работать сложнее
expect ru + Преемственности ноль, новые люди не знают истории
expect ru + Адаптация новичков на вашей стороне затягивается
expect ru + Онбординг у вас быстрый: через неделю уже запустили первую кампанию
expect ru - Хотим новый дизайн главной страницы
expect ru - Мы сменили подрядчика по SEO на вас
expect ru - Поменяли тариф на более дешевый
expect ru - Ротация баннеров в кампании настроена неверно
expect ru - Наш маркетолог уволился, ищем нового
expect ru - Передали счет в бухгалтерию
expect ru - Поменяйте, пожалуйста, баннер на главной
expect ru - Новый тариф дороже старого
expect ru - Меня менеджер полностью устраивает

expect en + Third account manager this year, again explaining everything
expect en + Our PM left and the new one knows nothing
expect en + High staff turnover on your side
expect en + Handover to the new team was a mess
expect en + Lost all context after the manager changed
expect en + We had to bring the new designer up to speed
expect en + Onboarding was smooth, the team learned our product fast
expect en + They replaced our developer without telling us
expect en + Constant turnover, we never know who we talk to
expect en + Starting from scratch with every new specialist
expect en + NEW PM EVERY MONTH
expect en + The transition to the new account team went well
expect en + Our strategist quit and nobody told us
expect en + Revolving door of project managers
expect en + The hand-off between designers lost half of the details
expect en + Had to re-explain our business to the new team
expect en + Please keep the same team, changes hurt us
expect en + Our account manager was reassigned to another client
expect en + Knowledge was lost when Anna left the agency
expect en + Client onboarding took too long
expect en + Every time someone new joins we lose momentum
expect en + The team has changed three times since we signed
expect en - Our turnover grew by 20% this year
expect en - New leads came in after the campaign
expect en - I'd like to replace the banner on the homepage
expect en - The designer left a comment in Figma
expect en - We changed our pricing plan last month
expect en - Please hand over the source files after the project
expect en - The new landing page converts well
expect en - Our own marketing team changed completely this year
expect en - Our annual turnover is about 5 million

# --- added from tests/lexicon/tune.jsonl misses -------------------------------
regex en \b(?:two|three|four|five|six|\d+)\s+different\s+(?:\S+\s+)?(?:leads|project\s+leads|account\s+leads)\b
regex en \bsame\s+(?:core\s+|small\s+|two\s+|three\s+|four\s+)?(?:team|people|faces|crew|group|engineers?|designers?|specialists?|developers?)\s+(?:for|since|throughout|over|all\s+these)\b
# onboarding of the client's new person
regex en \bnew\s+(?:\S+\s+){0,2}?(?:admin|administrator|hire|colleague|employee|team\s+member|accountant|marketer|coordinator|analyst|head\s+of\s+\w+)\s+(?:\S+\s+)?(?:starting|starts|started|joining|joins|joined)\b
regex ru (?<!\w)нов(?:ый|ая|ого|ой|ому)\s+(?:\S+\s+)?(?:маркетолог|сотрудни|бухгалтер|админ|ит-специалист|айтишник|руководител|коллег|аналитик)\w*,?\s+(?:\S+\s+){0,4}?(?:провед|проведи|расскаж|покаж|обучи|обучит|введит|подключит)\w*
expect en + We've had four different project leads this year.
expect en + Same core team for three years, which we value.
expect en + We have a new IT admin starting Monday, could you give him access?
expect en - The same people always complain about the coffee.
expect ru + У нас новый бухгалтер, покажите ей, пожалуйста, где скачивать акты
expect ru - Новая маркетинговая стратегия: покажите цифры

# --- tune2.jsonl: ordinal managers, "новые лица", colleagues taking over, the same team in other cases, pulled to another project
regex ru (?<!\w)(?:второй|третий|четвертый|пятый|шестой|седьмой|десятый|\d+-?й)\s+по\s+сч[её]ту\s+(?:\S+\s+)?(?:менеджер|куратор|пм|проджект|аккаунт|специалист|исполнител|человек|дизайнер|разработчик|сеошник|таргетолог|программист)\w*
regex ru (?<!\w)(?:люди|сотрудники|специалисты|менеджеры|ребята|кадры)\s+(?:\S+\s+){0,2}?не\s+задержива\w*|(?<!\w)нов(?:ые|ых)\s+лиц(?:а|ами)?(?!\w)
regex ru (?<!\w)(?:подхватил|подхватила|подхватили|перехватил|перехватила|перехватили|принял|приняла)\s+(?:\S+\s+)?(?:все\s+|наши\s+|его\s+|ее\s+)?(?:задачи|дела|проект)(?!\w)
regex ru (?<!\w)(?:одн(?:ой|у|ими|их|ого|им)\s+и\s+т(?:ой|у|еми|ех|ого|ем)\s+же|тех\s+же|теми\s+же|те\s+же\s+самые)\s+(?:\S+\s+)?(?:команд|люд|менеджер|куратор|специалист|ребят|состав|исполнител)\w*
regex ru (?<!\w)(?:забрали|перевели|перебросили|сняли|перекинули|переключили|ушел|ушла)\s+(?:\S+\s+)?на\s+друг\w+\s+(?:проект|клиент|аккаунт)\w*
regex ru (?<!\w)передач\w*\s+(?:нашего\s+|всего\s+)?(?:аккаунт|проект|дел|клиент)\w*
regex ru (?<!\w)нов(?:ый|ая|ого|ой|ому|ым|ую)\s+(?:pm|csm|am|account\s+manager|project\s+manager)(?!\w)
regex en \bpairs?\s+of\s+hands\b|\bchanged\s+hands\b
regex en \bsame\s+(?:\S+\s+)?(?:team|people|faces|crew|manager|account\s+manager|pm|contact|person)\s+(?:has|have|had)\s+been\b
regex en \btransition\s+from\s+\S+\s+to\b
regex en \brotat\w*\s+(?:\S+\s+){0,2}?(?:people|staff|managers?|specialists?|devs?|developers?|pms?|engineers?|designers?|team\s+members?|account\s+managers?)\b
expect ru + Наш проект ведёт уже пятый по счёту менеджер
expect ru + Люди у них не задерживаются
expect ru + Каждые полгода новые лица
expect ru + Коллега подхватил все задачи без провалов
expect ru + Работаем с одной и той же командой пятый год
expect ru + Нашего разработчика забрали на другой проект
expect ru + После передачи аккаунта пропали договорённости
expect ru + Новому PM понадобилось три недели
expect ru - Пятый по счёту отчёт без цифр
expect ru - Заявку приняли, ждём
expect en + Our account has passed through five pairs of hands
expect en + The same team has been with us since day one
expect en + The transition from Anna to Raj went smoothly
expect en + They keep rotating people on our account
expect en - Rotating banners on the homepage look great
# wording family of u0067/u0064/u0167: a specialist left, staff changes ("новичок" alone is too broad: dev d0226)
regex ru (?<!\w)(?:ушел|ушла|ушли|уволил\w*|увольня\w*)\s+(?:\S+\s+)?(?:ключев\w*\s+|ведущ\w*\s+|главн\w*\s+|наш\w*\s+)?(?:менеджер|куратор|пм|проджект|аккаунт|специалист|исполнител|сеошник|таргетолог|директолог|дизайнер|разработчик|программист|аналитик|копирайтер|тимлид)\w*
regex en \b(?:staff|personnel|people)\s+(?:changes|rotation|churn)\b|\b(?:constant|frequent)\s+(?:team|manager|contact|pm|staff)\s+changes\b
expect ru + Ушёл ключевой специалист
expect en + Constant staff changes
expect en - The team changes the banners weekly
regex en \b(?:everyone|everybody|all\s+the\s+people)\s+(?:we\s+(?:knew|worked\s+with)\s+)?(?:has|have|had)\s+left\b
expect en + Everyone we knew has left
