# usability: the product or client portal — interface, personal account,
# navigation, complicated forms, bugs in the UI.
# Boundary: outages and crashes are reliability; a website or landing the
# agency built for the client is work_quality.
theme    usability
label en Ease of use
label ru Удобство продукта
owner    Head of product

# --- ru ---------------------------------------------------------------------
term  ru интерфейс
term  ru личный кабинет
term  ru юзабилити
term  ru кнопка                   # excl. buttons on the client's own landing
term  ru админка
term  ru функционал
term  ru навигация                # excl. navigation of the client's new site
term  ru авторизация
term  ru интуитивно               # интуитивно, интуитивный
term  ru неинтуитивно
term  ru глючить*                 # глючит
term  ru глючит
term  ru глюк                     # глюк, глюки
term  ru приложение               # excl. приложение к договору
term  ru мобильная версия
regex ru (?<!\w)(?:лк|ui|ux|ui/ux|ux/ui)(?!\w)
regex ru (?<!\w)баг(?:и|ов|а|ам|ами|ах|у|ом)?(?!\w)
regex ru (?<!\w)(?:удобн|неудобн|интуитивн|понятн|непонятн|запутанн|сложн|перегружен|логичн|нелогичн|простой|простая|кривой|кривая)\w*\s+(?:\w+\s+)?(?:интерфейс|кабинет|лк|приложени|платформ|форм|меню|навигаци|панел|админк|поиск|фильтр|настройк|личн\w*\s+кабинет|раздел|редактор)\w*
regex ru (?<!\w)(?:интерфейс|кабинет|лк|приложени|платформ|форм|меню|навигаци|админк|панел|редактор|раздел\w*\s+настроек)\w*\s+(?:\S+\s+){0,2}?(?:удобн|неудобн|интуитивн|понятн|непонятн|запутан|перегруж|сложн|тормоз|глюч|кривой|кривая|нелогичн|логичн|простой|простая|неочевидн)\w*
regex ru (?<!\w)(?:пользоваться|работать\s+в\s+(?:нем|ней|кабинете|системе|приложении|сервисе))\s+(?:\w+\s+)?(?:удобно|неудобно|сложно|легко|просто|невозможно|приятно|больно)
regex ru (?<!\w)(?:удобно|неудобно|сложно|легко|просто|невозможно|приятно)\s+пользоваться
regex ru (?<!\w)не\s+(?:могу|можем|может|получается|смог\w*)\s+(?:\w+\s+)?(?:зайти|войти|залогин|авторизова|выгрузить|скачать|найти\s+(?:где|как|кнопк|раздел|настройк))\w*
regex ru (?<!\w)(?:сложно|трудно|невозможно|не\s+могу|непонятно)\s+(?:\w+\s+)?(?:разобраться|найти|понять)[,\s]+(?:где|как|куда)
regex ru (?<!\w)(?:много|лишних|куча|кучу|десяток)\s+(?:\w+\s+)?кликов
regex ru (?<!\w)(?:ваш\w*|клиентск\w*)\s+(?:личн\w*\s+)?кабинет\w*
regex ru (?<!\w)(?:код\w*\s+(?:подтверждени|из\s+смс|для\s+входа)|смс\s+с\s+кодом)\w*
exclude ru (?<!\w)(?:в\s+)?приложени\w*\s+(?:к\s+|№|n\s*\d|\d)
exclude ru (?<!\w)в\s+приложении\s+(?:к\s+\w+|счет|акт|файл|документ)\w*
exclude ru (?<!\w)навигаци\w*\s+(?:\w+\s+)?(?:на|по)\s+(?:нашем|нашему|новом|новому)\s+(?:нов\w*\s+)?(?:сайт|лендинг)\w*
exclude ru (?<!\w)кнопк\w*\s+(?:\w+\s+)?на\s+(?:нашем\s+)?(?:лендинг|сайт|странице|главной)\w*
exclude ru (?<!\w)(?:рекламн|рекламодател)\w*\s+кабинет\w*

# --- en ---------------------------------------------------------------------
term  en interface                # excl. "interface with" (a liaison)
term  en usability
term  en unusabl*
term  en intuitive
term  en unintuitive
term  en counterintuitive
term  en navigation
term  en portal
term  en clunky
term  en glitch                   # glitch, glitches, glitchy
term  en glitchy
term  en buggy
term  en bug                      # bug, bugs (excl. bug report, which is support)
term  en button
term  en settings page
term  en mobile app
term  en user-friendly
term  en user friendly
term  en self-service
term  en self-serve
regex en \b(?:ui|ux|ui/ux|ux/ui)\b
regex en \b(?:the|your|mobile|web|ios|android)\s+app\b
regex en \b(?:confusing|clunky|cluttered|intuitive|unintuitive|easy|hard|difficult|simple|complicated|convenient|inconvenient|slow|laggy|awkward)\s+(?:to\s+(?:use|navigate|set\s+up|configure|learn|find\s+(?:the\s+)?(?:\w+\s+)?(?:button|setting|menu|section|tab|option|page|field|export|report|invoice)s?)|interface|ui|ux|portal|app|dashboard|forms?|menus?|navigation|settings|checkout|editor|workflow|onboarding\s+flow)\b
regex en \b(?:interface|ui|ux|portal|app|forms?|menus?|navigation|settings|editor|screen|dashboard)\s+(?:is\s+|are\s+|was\s+|feels\s+|seems\s+|looks\s+)?(?:\w+\s+)?(?:confusing|clunky|cluttered|intuitive|unintuitive|easy|hard|simple|complicated|convenient|slow|laggy|buggy|a\s+mess|overloaded)\b
regex en \b(?:can['’]?t|cannot|couldn['’]?t|unable\s+to|impossible\s+to)\s+(?:log\s*in|login|sign\s*in|figure\s+out\s+how|export|download|upload|reset\s+(?:my\s+)?password)\b
regex en \b(?:too\s+many|so\s+many|extra|endless)\s+clicks\b
regex en \b(?:missing|lacks?|lacking)\s+(?:\w+\s+)?features?\b|\bfeature\s+requests?\b
regex en \bpassword\s+reset\b|\breset\s+(?:my\s+|the\s+)?password\b|\b2fa\b|\btwo[-\s]factor\b
regex en \b(?:verification|confirmation|2fa|login|one-time)\s+codes?\b
exclude en \binterfac\w*\s+with\b
exclude en \bbug\s+reports?\b
exclude en \b(?:our|the)\s+(?:new\s+)?(?:website|site|landing)['’]?s?\s+navigation\b
exclude en \bnavigation\s+(?:\w+\s+)?on\s+(?:our|the)\s+(?:new\s+)?(?:website|site|landing)\w*

expect ru + Интерфейс запутанный
expect ru + Личный кабинет удобный и понятный
expect ru + В ЛК невозможно найти счета
expect ru + Не могу зайти в кабинет уже второй день
expect ru + Приложение глючит на айфоне
expect ru + Навигация в кабинете нелогичная
expect ru + Очень интуитивный интерфейс
expect ru + Слишком много кликов, чтобы создать заявку
expect ru + Юзабилити хромает
expect ru + Кнопка «Сохранить» не нажимается
expect ru + Баги в интерфейсе после обновления
expect ru + АДМИНКА НЕУДОБНАЯ
expect ru + Форма заказа слишком сложная
expect ru + UX/UI у вас на уровне
expect ru + Мобильная версия кабинета неудобная
expect ru + Функционал отчётов бедноват
expect ru + Новый интерфейс — огонь
expect ru + Авторизация через Госуслуги не работает
expect ru + Сложно разобраться, где настройки уведомлений
expect ru + Пользоваться неудобно
expect ru + Интерфейс перегружен
expect ru + Глюки в мобильном приложении
expect ru + В вашем кабинете чёрт ногу сломит
expect ru + Код подтверждения из СМС приходит через раз
expect ru - Приложение к договору пришлите, пожалуйста
expect ru - Удобно, что менеджер всегда на связи
expect ru - Рекламный кабинет в Директе заблокировали
expect ru - Навигация на нашем новом сайте — ваша заслуга
expect ru - Удобное время для созвона — вторник
expect ru - Сложный проект, но справились
expect ru - Во вложении акт и счёт
expect ru - Кнопки на лендинге, который вы сверстали, разъехались
expect ru - Багаж знаний у команды большой

expect en + The interface is confusing
expect en + Client portal is easy to use
expect en + Can't figure out how to export data from the portal
expect en + The app is clunky on Android
expect en + Navigation in the dashboard makes no sense
expect en + Great UX, intuitive and fast
expect en + Too many clicks to create a simple request
expect en + The new UI is so much better
expect en + Buggy forms keep losing what I typed
expect en + USER FRIENDLY!!!
expect en + Unintuitive settings page
expect en + Password reset flow is broken
expect en + Hard to navigate the knowledge base
expect en + Glitch in the calendar view
expect en + Your portal is slow and cluttered
expect en + Usability of the mobile version is poor
expect en + The booking form is too complicated
expect en + Missing feature: bulk edit
expect en + Self-service is impossible, everything needs a ticket
expect en + Unable to log in since the update
expect en + Love the new interface
expect en + The editor is easy to learn
expect en + The verification code never arrives, so we can't log in
expect en - Our interface with the marketing team is the CMO
expect en - Bug report was filed by our QA
expect en - Easy to work with, very flexible team
expect en - The navigation menu on our new website looks great
expect en - It was hard to find a good agency before you
expect en - Easy to reach, easy to talk to
expect en - Logged in to Zoom but the manager never showed up
expect en - Great features in the campaign you ran
expect en - Interfaced with their finance team about the invoices
