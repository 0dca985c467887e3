# communication: calls, meetings, keeping the client informed, clarity of
# explanations, being heard, one contact point.
# Boundary: how fast they answer is responsiveness; the manager as a person
# is manager_fit; warning in advance unprompted is proactivity.
theme    communication
label en Communication
label ru Коммуникация
owner    Client service director

# --- ru ---------------------------------------------------------------------
term  ru коммуникация             # коммуникация, коммуникации
term  ru коммуницировать*
term  ru общение
term  ru общаться
term  ru созвон                   # созвон, созвоны, созвониться
term  ru встреча                  # встреча, встречи (not "встречные", "навстречу")
term  ru митинг
term  ru планерка
term  ru совещание
term  ru статус-митинг
term  ru повестка
term  ru переписка
term  ru чат                      # общий чат (excl. чат-бот)
term  ru объяснять*               # объясняют, объяснять
term  ru объяснить*
term  ru объяснение
term  ru объяснили
term  ru информировать*
term  ru информируют
term  ru информирование
term  ru недопонимание
term  ru недосказанность
term  ru испорченный телефон
term  ru контактное лицо
term  ru обратная связь
term  ru фидбек
term  ru фидбэк
regex ru (?<!\w)кол(?:л|лы|ле|ла|лу|лов|лах|лам)(?!\w|-)
regex ru (?<!\w)(?:держ|держат|держит|держали|держите|ставят|ставили|ставить|ставите|мы|всегда|постоянно|не)\w*\s+(?:нас\s+)?в\s+курсе
regex ru (?<!\w)(?:понятн\w*|простым|человеческ\w*|нормальн\w*)\s+языком
regex ru (?<!\w)на\s+пальцах
regex ru (?<!\w)(?:нас|меня|клиента|заказчика)\s+(?:не\s+)?(?:слыш|услыш|слуша|выслуш)\w*
regex ru (?<!\w)(?:не\s+)?(?:слыша|слышат|слышит|услыша|услышал|слушают|слушает|выслуша)\w*\s+(?:нас|меня|клиента|наши|мои|все|пожелани|замечани)\w*
regex ru (?<!\w)(?:одн\w*|един\w*)\s+(?:окн\w*|точк\w*\s+(?:контакт|входа)\w*|контакт\w*)
regex ru (?<!\w)(?:статус\w*|апдейт\w*|обновлени\w*)\s+(?:по\s+)?(?:задач|проект|работ)\w*
regex ru (?<!\w)(?:еженедельн|регулярн|частые|лишние|бесконечн|долгие|пустые|короткие)\w*\s+(?:звонк|встреч|созвон|митинг|совещани|колл)\w*
regex ru (?<!\w)на\s+одной\s+волне
regex ru (?<!\w)(?:никто\s+)?(?:нам\s+|мне\s+)?(?:ничего\s+|никто\s+)?не\s+(?:сообщ(?:ил|или|ила|ают|ает)|сказал\w*|рассказ(?:ал|али|ывают|ывает)|проинформировал\w*|уведомил\w*|поставил\w*\s+в\s+известность)(?!\w)   # "нам никто ничего не сообщил"
regex ru (?<!\w)не\s+(?:понимаем|понимаешь|знаем|знаешь|в\s+курсе)\s*,?\s+(?:на\s+каком\s+этапе|что\s+(?:сейчас\s+)?происходит|кто\s+(?:сейчас\s+)?(?:отвечает|ведет|занимается|работает)|к\s+кому\s+обращ\w+|кому\s+писать)
regex ru (?<!\w)(?:приходится|вынуждены)\s+(?:\S+\s+)?(?:самим\s+|сами\s+)?(?:спрашивать|узнавать|выяснять|выпытывать)
regex ru (?<!\w)(?:всегда|внимательно|терпеливо|спокойно|не)\s+(?:\S+\s+)?выслуша\w*|(?<!\w)выслушают
regex ru (?<!\w)объясня(?:ет|ют|ла|ли|л)(?!\w)
regex ru (?<!\w)статус-?(?:звон\w*|колл\w*|встреч\w*|митинг\w*)
regex ru (?<!\w)(?:коротк|еженедельн|ежедневн|регулярн|част|лишн|бесконечн|долг|пуст)\w*\s+(?:статус-?)?(?:звонк\w*|звонок|встреч\w*|созвон\w*|митинг\w*|совещани\w*|колл\w*|стендап\w*)
regex ru (?<!\w)(?:стендап|стэндап|дейлик)\w*
regex ru (?<!\w)понима\w*\s+(?:нас\s+)?с\s+полуслова
regex ru (?<!\w)(?:узнаем|узнаю|узнали|узнаешь)\s+(?:\S+\s+){0,3}?(?:по\s+факту|постфактум|последними)   # learning after the fact: not kept informed
regex ru (?<!\w)(?:отвеча|пиш|говор|общ|объясня|рассказыва)\w*\s+(?:\S+\s+)?(?:четко\s+и\s+)?по\s+делу
regex ru (?<!\w)без\s+лишних\s+слов
regex ru (?<!\w)(?:понятн|внятн|четк|прям|нормальн|вразумительн)\w*\s+ответ(?!ств)\w*
regex ru (?<!\w)(?:письменно|в\s+письменном\s+виде)(?!\w)
regex ru (?<!\w)аргументир\w*|(?<!\w)(?:аргумент)\w*\s+(?:\S+\s+)?(?:позици|решени|предложени)\w*
exclude ru (?<!\w)(?:не\s+(?:надо|нужно|пришлось|приходится)|приходится|пришлось)\s+(?:\S+\s+)?(?:объяснять|разжевывать)\s+(?:\S+\s+){0,2}?(?:азы|азов|базов\w*|элементарн\w*|очевидн\w*|что\s+такое)
exclude ru (?<!\w)(?:ничего\s+)?объяснять\s+(?:ничего\s+)?не\s+(?:надо|нужно|приходится|пришлось)|(?<!\w)не\s+(?:надо|нужно|приходится)\s+ничего\s+объяснять
exclude ru (?<!\w)чат\w*\s*[—–-]?\s*(?:\S+\s+){0,2}?(?:отвеча|ответ|реагир)\w*\s+(?:за|через|в\s+течени\w*|быстро|моментально|мгновенно)
exclude ru (?<!\w)(?:пиш\w*|написать|напишешь)\s+в\s+чат\w*\s*[—–-]?\s*(?:\S+\s+){0,2}?(?:отвеча|ответ|реагир)\w*
exclude ru (?<!\w)(?:никто\s+)?(?:и\s+)?слова\s+не\s+сказал\w*   # idiom: nobody objected
exclude ru (?<!\w)изуча\w*\s+(?:\S+\s+)?переписк\w*
exclude ru (?<!\w)(?:видно|видны|собран\w*|отображ\w*|доступн\w*)\s+(?:\S+\s+)?в\s+одном\s+окне
exclude ru (?<!\w)(?:фидбек|фидбэк|обратн\w+\s+связ\w*)\s+(?:по\s+)?(?:нашему\s+|этому\s+|вашему\s+)?опрос\w*
exclude ru (?<!\w)форм\w*\s+обратн\w*\s+связ\w*
exclude ru (?<!\w)чат[-\s]?бот\w*
exclude ru (?<!\w)(?:маркетингов|инженерн|интегрированн)\w*\s+коммуникаци\w*
exclude ru (?<!\w)объясн\w*ся\s+перед\s+\w+
exclude ru (?<!\w)обратн\w*\s+связ\w*\s+(?:от\s+)?(?:клиентов|покупател|пользовател)\w*

# --- en ---------------------------------------------------------------------
term  en communicat*              # communication, communicate, communicator
term  en miscommunicat*
term  en misunderstand*
term  en meeting*                 # meeting, meetings (not "meets")
term  en agenda
term  en explain                  # explain, explained, explains
term  en explanation
term  en listen                   # listen, listens, listened, listening
term  en point of contact
term  en check-in
term  en catch-up
term  en kickoff
term  en kick-off
regex en \b(?:weekly|daily|status|sync|kick-?off|regular|quick|monthly|update|too\s+many|endless|pointless|check-?in|biweekly|bi-weekly|short|long|useless|useful)\s+(?:calls?|meetings?|syncs?|standups?|stand-ups?)\b
regex en \b(?:calls?|meetings?|syncs?)\s+(?:with\s+(?:you|your\s+team|the\s+team)\s+)?(?:are|were|is|was)\s+(?:\w+\s+)?(?:useful|pointless|productive|helpful|a\s+waste|too\s+long|structured|chaotic|well\s+run|efficient)
regex en \b(?:kept|keep|keeps|keeping)\s+(?:us|me|everyone|the\s+team|our\s+team)\s+(?:informed|updated|posted|in\s+the\s+loop|in\s+the\s+dark)\b
regex en \b(?:in|out\s+of)\s+the\s+loop\b
regex en \bin\s+the\s+dark\b
regex en \b(?:feel|felt|feeling|feels)\s+(?:\w+\s+)?(?:heard|unheard|listened\s+to|understood|ignored)\b
regex en \b(?:single|one)\s+(?:point\s+of\s+)?contact\b
regex en \b(?:status|weekly|daily|regular|progress|project)\s+updates?\b
regex en \b(?:clear|clearly|unclear|plain)\s+(?:explanations?|english|language|communication|updates|answers)\b
regex en \bin\s+plain\s+english\b
regex en \b(?:easy|hard|difficult|impossible)\s+to\s+talk\s+to\b
regex en \bsame\s+page\b
regex en \b(?:nobody|no\s+one|no-one)\s+(?:\S+\s+)?(?:told|tells|informed|notified|mentioned|volunteers?)\b
regex en \b(?:didn['’]?t|did\s+not|never|don['’]?t|do\s+not)\s+(?:\S+\s+)?(?:tell|inform|notify|update)\s+(?:us|me|anyone|anybody|the\s+team)\b
regex en \b(?:never|rarely|seldom|hardly\s+ever|don['’]?t|do\s+not)\s+know\s+(?:who\s+to\s+(?:ask|contact|call|talk\s+to|email|write\s+to)|what(?:['’]s|\s+is)\s+(?:going\s+on|happening)|where\s+(?:the\s+project|things|we)\s+stands?)
regex en \b(?:always\s+)?(?:the\s+ones\s+)?(?:asking|chasing|begging)\s+for\s+(?:a\s+|the\s+)?(?:status|updates?)\b
regex en \b(?:straight|clear|clearer|direct)\s+answers?\b
regex en \b(?:long|endless)\s+(?:email\s+)?threads?\b
regex en \btoo\s+(?:many|few|much)\s+(?:\S+\s+)?(?:emails?|calls?|meetings?|messages|pings)\b
regex en \bto\s+the\s+point\b
regex en \bin\s+writing\b
regex en \bargue\w*\s+(?:their|his|her|its|the)\s+(?:position|case|point)\b
exclude en \bno\s+need\s+to\s+explain\b(?:\s+\S+){0,4}
exclude en \b(?:have|had)\s+to\s+explain\s+(?:the\s+)?(?:basics|what\s+\w+\s+(?:is|means))\b
exclude en \b(?:board|shareholders?|investors?|sales|internal)\s+meetings?\b
exclude en \bmeeting\s+(?:our\s+|the\s+|all\s+|your\s+|client\s+|its\s+|their\s+)?(?:expectations|deadlines?|targets?|goals?|kpis?|requirements|needs|slas?|budget|quota)\b
exclude en \bmarketing\s+communicat\w*
exclude en \bexplain\w*\s+(?:this|the|that)\s+(?:charge|invoice|fee|amount|bill|line\s+item)s?\b
exclude en (?:^|[.!?]\s*)listen\s*[,!:]
exclude en \bmeeting\s+rooms?\b

expect ru + Никогда не знаем, кто сейчас работает над задачей
expect ru - Разбираются в теме, объяснять ничего не надо
expect en + We rarely know what's happening with the site
expect ru + Про смену подрядчика нам никто ничего не сообщил
expect ru + Мы не понимаем, что сейчас происходит с проектом
expect ru + Приходится самим выяснять, что сделано за неделю
expect ru + Менеджер терпеливо выслушает и предложит варианты
expect ru + Короткие статус-звонки по вторникам очень помогают
expect ru + Понимают нас с полуслова
expect ru + Об изменениях в проекте узнаём постфактум
expect ru + Пишут чётко и по делу
expect ru + Дайте, пожалуйста, внятный ответ, когда будет готово
expect ru + Убедительно аргументируют свои решения
expect ru - Ребята в теме, не приходится объяснять азы
expect ru - Пишешь в чат — отвечают за минуту
expect ru - Все задачи и документы видны в одном окне
expect ru - Спасибо за фидбек по опросу
expect ru - Статьи живые, без воды
expect ru - Идеи из них приходится вытягивать клещами
expect ru - Продлили доступ на неделю, и слова не сказали
expect en + Nobody told us the launch was postponed
expect en + You didn't inform us about the new process
expect en + We never know who to contact about billing
expect en + We are always asking for status updates
expect en + Hard to get a straight answer from them
expect en + Too many emails, we would prefer calls
expect en + Polite and to the point
expect en - No need to explain basic concepts to them, they get it
expect en - We're presenting the results at our board meeting
expect ru + Созвоны каждую неделю — очень удобно
expect ru + Коммуникация хромает, узнаём обо всем последними
expect ru + Не держат в курсе, что происходит с проектом
expect ru + Объясняют сложные вещи простым языком
expect ru + Нас не слышат, сколько ни повторяй
expect ru + Общение с командой приятное и конструктивное
expect ru + Хочется единое окно, а не пять контактов
expect ru + Бесконечные встречи без повестки
expect ru + Всегда информируют о ходе работ
expect ru + Постоянное недопонимание по ТЗ
expect ru + Испорченный телефон между вами и разработчиками
expect ru + на коллах всё понятно объясняют
expect ru + Обратная связь по макетам по делу
expect ru + КОММУНИКАЦИЯ НА НУЛЕ
expect ru + Переписка в почте теряется, лучше бы общий чат
expect ru + Планерки по понедельникам реально помогают
expect ru + Хотим больше прозрачности по статусу задач
expect ru + Мы в курсе всего, что происходит
expect ru + Выслушали все наши пожелания
expect ru + Контактное лицо сменилось, а нам не сказали
expect ru + митинги ради митингов
expect ru + Совещания слишком длинные и без итогов
expect ru + Вы на одной волне с нами, понимаете с полуслова
expect ru - Звонки с сайта выросли вдвое
expect ru - Форма обратной связи на сайте не отправляет заявки
expect ru - Чат-бот на сайте отвечает невпопад
expect ru - Встречные предложения по цене были разумные
expect ru - Маркетинговые коммуникации — это наша зона, не ваша
expect ru - Заявки от клиентов идут через колл-центр
expect ru - Пошли навстречу по оплате, спасибо
expect ru - Курс доллара вырос, цены тоже
expect ru - Мне нужно объясниться перед руководством за бюджет
expect ru - Коллеги из отдела продаж довольны лидами

expect en + Weekly calls are really useful
expect en + Communication is the weak point, nobody tells us anything
expect en + We are kept in the dark about progress
expect en + They explain complex things in plain English
expect en + Love that we have a single point of contact
expect en + Too many meetings without an agenda
expect en + They actually listen to what we need
expect en + Status updates every Friday, very helpful
expect en + Constant miscommunication between your designers and us
expect en + We felt heard for the first time
expect en + Out of the loop on most decisions
expect en + COMMUNICATION IS TERRIBLE
expect en + The kickoff meeting was well organised
expect en + Great communicator, always clear
expect en + Nobody explained why the traffic dropped
expect en + Easy to talk to, even about difficult topics
expect en + Keep us informed about changes, please
expect en + There was a misunderstanding about the scope
expect en + The sync calls are pointless
expect en + Meeting notes never arrive after our calls
expect en + Clear explanations of every change
expect en + Communication with the team is smooth
expect en - Your product is meeting our expectations so far
expect en - Calls from the website dropped by half
expect en - We need help with our marketing communications plan
expect en - Meeting the deadline was impossible
expect en - Please explain this charge on the invoice
expect en - Cold calling brought 20 leads last month
expect en - Listen, the price is just too high
expect en - The contact form on the site doesn't work
expect en - It meets all our requirements

# --- added from tests/lexicon/tune.jsonl misses -------------------------------
regex ru (?<!\w)(?:провед|провест|организ|устро)\w*\s+(?:\S+\s+){0,2}?вводн\w*|(?<!\w)вводн(?:ую|ая|ой)\s+(?:встреч|сесси|созвон|по\s+(?:проекту|системе|продукту))\w*
regex ru (?<!\w)(?:нас|нам|никого|никто)\s+(?:\S+\s+)?не\s+(?:сообщи|сообща|информир|проинформир|уведоми|уведомля|рассказ)\w*   # not told: communication; not warned in advance is proactivity (decisions table)
regex en \b(?:set\s+up|schedule|book|arrange|organi[sz]e|jump\s+on|hop\s+on)\s+(?:a\s+|another\s+|the\s+|our\s+)?(?:quick\s+|short\s+|brief\s+|follow-up\s+|kick-?off\s+|weekly\s+|monthly\s+)?(?:call|meeting|sync|catch-?up|check-?in)\b(?!\s+(?:center|centre))
regex en \b(?:give|run|do|schedule|set\s+up|arrange|book|hold)\s+(?:\S+\s+){0,4}?(?:walkthrough|walk-through|intro\s+session|onboarding\s+session|training\s+session)\b
exclude ru (?<!\w)(?:я|мы)\s+(?:\S+\s+)?на\s+(?:совещани|встреч|планерк|созвон|митинг)\w*   # the client's own meetings
exclude ru (?<!\w)(?:заново|с\s+нуля|по\s+новой|снова|опять)\s+(?:\S+\s+)?(?:объясня|рассказыва)\w*|(?<!\w)(?:объясня|рассказыва)\w*\s+(?:\S+\s+){0,2}?(?:заново|с\s+нуля|по\s+новой)   # lost context: team_changes
expect ru + Проведите ей, пожалуйста, вводную по проекту
expect ru + Тариф подняли, и нам никто не сообщил
expect ru - Звоните мне после обеда, утром я на совещаниях.
expect ru - Пришлось все заново объяснять новому менеджеру
expect en + Can we set up a call next week to go over the roadmap?
expect en + Could you give him access and a walkthrough?
expect en - We set up a call center last year.

# --- tune2.jsonl: not heard, learnt from elsewhere, typos, clarity of writing, English meeting words in Russian text
regex ru (?<!\w)(?:нас|меня|клиента|заказчика)\s+(?:\S+\s+)?не\s+(?:слыш|услыш|слуша)\w*
regex ru (?<!\w)(?:узнал\w*|узнаем|узнаю)\s+(?:\S+\s+){0,3}?(?:из\s+(?:рассылк|новост|соцсет|телеграм|канала)\w*|случайно|от\s+третьих\s+лиц|от\s+(?:других|чужих)\s+людей)
exclude ru (?<!\w)узна\w*\s+(?:о|про)\s+(?:вас|ваш\w*)(?:\s+\S+){0,3}   # how the client found the vendor
regex ru (?<!\w)комм?уникац(?:ыя|ыи|ыю|ыей|ия|ии|ию|ией)(?!\w)   # typos (комуникация, коммуникацыя)
term  ru переспраш*
term  ru разъясня*
term  ru разъяснени*
term  ru доходчиво
term  ru созванива*
regex ru (?<!\w)(?:пиш|писал|объясня|излага|формулир|отвеча|говор|рассказыва)\w*\s+(?:\S+\s+)?(?:путано|путанно|сумбурно|невнятно|туманно|мутно|расплывчато|внятно)(?!\w)
regex ru (?<!\w)(?:путано|путанно|сумбурно|невнятно|туманно|расплывчато|внятно)\s+(?:\S+\s+)?(?:пиш|объясня|излага|формулир|отвеча|рассказыва)\w*
regex ru (?<!\w)(?:weekly|daily|bi-?weekly|status|regular)\s+(?:syncs?|calls?|meetings?|check-?ins?|catch-?ups?|standups?)(?!\w)
exclude ru (?<!\w)без\s+(?:\S+\s+)?объяснени\w*(?:\s+причин\w*)?   # "перенесли без объяснений": the topic, not communication (tune t0007)
regex en \bcomms\b
regex en \b(?:vague|noncommittal|non-committal|evasive|wishy-washy|cryptic)\s+(?:\S+\s+)?(?:answers?|replies|responses?|emails?|updates?|explanations?|messages?)\b|\b(?:answers?|replies|responses?|emails?|updates?|explanations?)\s+(?:\S+\s+){0,3}?(?:vague|noncommittal|non-committal|evasive|cryptic)\b
regex en \b(?:never|not|weren['’]?t|wasn['’]?t|aren['’]?t|isn['’]?t)\s+(?:been\s+|even\s+|properly\s+|officially\s+|ever\s+)?(?:informed|notified)\b|\bwere\s+never\s+told\b
expect ru + Нас вообще не слышат
expect ru + Про смену тарифа узнали из рассылки
expect ru + О переезде сервера узнали случайно
expect ru - Узнали о вас из рассылки партнёров
expect ru + Коммуникацыя хромает
expect ru + Приходится всё переспрашивать по два раза
expect ru + Чётко разъясняют, что и зачем делается
expect ru + Объясняют доходчиво
expect ru + Созваниваемся редко, и это устраивает
expect ru + Письма пишут путанно, не разобраться
expect ru + Weekly sync по четвергам очень помогает
expect ru - Стоимость подняли без объяснения причин
expect en + comms r bad
expect en + Every answer from them is vague
expect en + We were never informed about the change
expect en + We weren't notified about the outage
exclude ru (?<!\w)(?:жд|ожида|прожд|дать|дайте|предоставьте|просим\s+дать|просьба\s+дать)\w*\s+(?:\S+\s+){0,2}?обратн\w*\s+связ\w*   # waiting for a reply: responsiveness
exclude ru (?<!\w)не\s+в\s+курсе\s+(?:\S+\s+)?(?:истори|предыстори|контекст|специфик|договоренност)\w*   # a new person without the context: team_changes
expect ru - Третий день жду обратной связи по счёту
expect ru - Новый аккаунт не в курсе нашей истории
regex ru (?<!\w)(?:обещал\w*|пообещал\w*)\s+(?:\S+\s+)?(?:перезвонить|позвонить|написать|связаться|созвониться)(?!\w)   # a promised call (the broken promise itself is reliability)
regex en \bpromised\s+(?:\S+\s+)?to\s+(?:call|ring|phone|get\s+back|write|email|follow\s+up)\b
expect ru + Пообещали перезвонить и пропали
expect en + Promised to call back, never did
# wording family of u0003/u0015/u0131: information to be dragged out, not passed on, not heard, hard to get updates
regex ru (?<!\w)(?:информаци|инфу|инфа|новост|подробност|детал)\w*\s+(?:\S+\s+)?(?:приходится\s+)?(?:выбивать|вытягивать|выпытывать|клещами)
regex ru (?<!\w)(?:не\s+)?(?:доно[сш]\w*|донест\w*)\s+(?:\S+\s+)?(?:информаци\w*|до\s+(?:команд|нас|клиент|исполнител|разработчик|руководств)\w*)
regex ru (?<!\w)(?:не\s+)?(?:понима\w*|понял\w*|поймут)\s*,?\s+(?:чего|что)\s+(?:именно\s+)?(?:мы|я)\s+(?:от\s+них\s+)?(?:хоти|хочу|просим|прошу|имеем\s+в\s+виду)\w*
regex en \b(?:hard|difficult|impossible|tough)\s+to\s+get\s+(?:any\s+|an?\s+|the\s+)?(?:updates?|information|info|status)\b
expect ru + Информацию приходится выбивать
expect ru + Не доносят информацию до команды
expect ru + Не понимают, чего мы хотим
expect en + Hard to get updates
regex en \btransparen\w*\s+(?:about|on|into|around)\s+(?:the\s+)?(?:progress|status|what|timelines?|the\s+project|work)\b
regex en \b(?:emails?|updates?|messages?|explanations?|answers?|replies)\s+(?:are|is|were|was)\s+(?:\S+\s+)?(?:clear|concise|confusing|vague|unclear|muddled|rambling)\b
regex en \b(?:don['’]?t|doesn['’]?t|didn['’]?t|never)\s+(?:really\s+|even\s+)?hear\s+(?:us|me|what)\b
expect en + Zero transparency about progress
expect en + Emails are clear and concise
expect en + I feel like they don't hear us
