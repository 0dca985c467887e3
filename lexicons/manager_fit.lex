# manager_fit: the account / project manager as a person — attentiveness,
# chemistry, wish to replace or keep the manager, "our manager" praised or blamed.
# Boundary: the client's own staff are not this theme (excluded below);
# a manager's speed of reply is responsiveness too (tagged there as well).
theme    manager_fit
label en Manager fit
label ru Менеджер и отношения с ним
owner    Head of account management

# --- ru: who the manager is -------------------------------------------------
term  ru менеджер*                # менеджер, менеджера, менеджерка, проект-менеджер (head part)
term  ru менджер*                 # typo
term  ru менеждер*                # typo
term  ru манагер*                 # slang
term  ru куратор
term  ru проджект
term  ru руководитель проекта
term  ru ведущий проекта
regex ru (?<!\w)пм(?:а|у|ом|е|ы|ов)?(?!\w)                 # ПМ, ПМа, ПМу
regex ru (?<!\w)(?:акк?аунт|акк|проект|проджект|кей)[-\s]?менедж\w*
regex ru (?<!\w)(?:аккаунт|проджект|project|account)\s+manager\w*
term  ru менеджр*                  # typo
term  ru менедждер*               # typo
regex ru (?<!\w)(?:наш|наша|нашего|нашему|нашим|нового|новый|новая|новому|ваш|ваша|вашего|вашему)\s+аккаунт(?:а|у|ом|е|ы)?(?!\w)(?!\s*(?:в\s+)?(?:директ|google|гугл|яндекс|вк|vk|facebook|instagram|инстаграм|рекламн|кабинет|личн))   # the manager, not an ad account
regex ru (?<!\w)аккаунт(?:а|у)?\s+(?:сам|сама|всегда|лично|никогда|постоянно)(?!\w)
regex ru (?<!\w)(?:pm|csm)(?!\w)
regex ru (?<!\w)с\s+(?:ним|ней)\s+(?:\S+\s+)?(?:легко|приятно|комфортно|сложно|тяжело|невозможно)\s+(?:работать|договориться|общаться)
regex ru (?<!\w)не\s+(?:меняйте|забирайте|отдавайте)\s+(?:нам\s+|у\s+нас\s+)?\S+
regex ru не\s+сошлись\s+(?:с\s+\w+\s+)?(?:по\s+)?(?:хими|характер)
regex ru (?:нет|никакой|есть|отличная|хорошая)\s+химии
# --- ru: not this theme -----------------------------------------------------
exclude ru менеджер\w*\s+(?:по\s+|отдела\s+)(?:продаж|закуп|персонал|маркетинг|логистик|снабжен|кадр|подбор)\w*
exclude ru (?<!\w)(?:со\s+слов|по\s+словам)\s+(?:\S+\s+)?менеджер\w*   # the manager as a source
exclude ru (?<!\w)(?:сменил\w*|сменял\w*|поменял\w*|побывало|было)\s+(?:у\s+нас\s+)?(?:уже\s+)?(?:два|две|три|четыре|пять|шесть|\d+)\s+(?:\S+\s+)?менеджер\w*|(?<!\w)(?:два|три|четыре|пять|шесть|\d+)\s+(?:разных\s+)?менеджер\w*\s+(?:за|в|подряд)   # turnover counts: team_changes
exclude ru (?<!\w)(?:онбординг\w*|передал\w*\s+(?:\S+\s+)?|перевел\w*\s+(?:\S+\s+)?)нов\w+\s+(?:\S+\s+)?(?:менеджер|аккаунт[-\s]?менеджер|pm|пм)\w*
exclude ru менеджер\w*\s+по\s+качеств\w*
exclude ru (?<!\w)(?:втор|трет|четверт|пят|шест|\d+-?)\w*\s+(?:pm|пм|менеджер\w*|аккаунт\w*|куратор\w*)\s+(?:за|с|подряд)
exclude ru менеджер\w*\s+(?:паролей|задач|пакетов|тегов|файлов|загрузок)
exclude ru (?<!\w)я\s+(?:и\s+)?(?:сам\w*\s+)?(?:тоже\s+)?(?:\w+\s+)?менеджер\w*(?:\s+проект\w*)?
exclude ru у\s+нас\s+в\s+(?:компании|офисе|отделе)\s+менеджер\w*
exclude ru (?:tag|ads|business|task|password)\s+manager\w*
exclude ru \d\s*pm(?!\w)

# --- en ---------------------------------------------------------------------
term  en manager*                 # manager, managers, manager's (not "management")
term  en managr*                  # typo
term  en manger*                  # typo ("the manger didn't reply")
term  en mgr
term  en account director
term  en account exec*
term  en account lead
term  en client partner
term  en client lead
term  en project lead
regex en \bpm(?:s)?\b
regex en \bcsms?\b
regex en \b(?:our|account|client|customer)\s+reps?\b
regex en \b(?:no|zero|good|great|bad|lack\s+of|real)\s+chemistry\b
regex en \bchemistry\s+with\b
regex en \b(?:don['’]?t|do\s+not|never)\s+(?:take|move|swap|replace|change)\s+\w+\s+(?:off|from)\s+(?:our|the)\s+account\b|\bkeep\s+\w+\s+on\s+our\s+account\b
exclude en \b(?:tag|ads|ad|business|task|password|package|file|download|campaign|window|display|event|device|asset|content|media|property|social\s+media)\s+managers?\b
exclude en \b(?:sales|marketing|purchasing|procurement|hr|office|finance|it|operations|ops|product|brand|store|warehouse|general|hiring|accounting|community)\s+managers?\b
exclude en \b(?:whatever|what)\s+the\s+manager\s+(?:tells|says|said|told)\b
exclude en \b(?:two|three|four|five|six|\d+)\s+(?:different\s+)?(?:account\s+|project\s+)?managers\b
exclude en \b(?:moved|transferred|handed|passed|switched)\s+(?:us\s+|the\s+project\s+)?(?:over\s+)?to\s+(?:a\s+new|another|a\s+different)\s+(?:account\s+|project\s+)?manager\b
exclude en \bonboarding\s+(?:of\s+)?(?:the\s+|a\s+|our\s+)?new\s+(?:account\s+|project\s+)?manager\b
exclude en \bour\s+own\s+(?:\S+\s+)?managers?\b|\bquality\s+managers?\b
exclude en \b(?:yet\s+)?another\s+new\s+(?:account\s+|project\s+)?manager\b
exclude en \bmy\s+(?:line\s+|own\s+)?manager\w*
exclude en \b(?:i\s+am|i['’]m|as)\s+(?:a|an|the)\s+(?:\w+\s+)?manager\w*
exclude en \d\s*pm\b
exclude en \bpm\s+(?:me|us|him|her|them)\b

expect en - Yet another new account manager this spring
expect ru + Не меняйте нам Ольгу, с ней всё работает
expect en + Please don't take Maria off our account
expect ru + Менеджр внимательный, всё помнит
expect ru + Наш аккаунт Лена — лучшая
expect ru + Аккаунт сам звонит, если что-то не так
expect ru + Наш PM держит всё под контролем
expect ru + С ней очень легко работать
expect ru - Отчётов нет, всё со слов менеджера
expect ru - За полгода сменилось три менеджера
expect ru - Уже четвёртый PM за год
expect ru - Передали проект новому менеджеру без объяснений
expect ru - Наш аккаунт в Директе заблокировали
expect ru - Созвон в 5 pm по Москве
expect en - We've had three account managers this year
expect en - No dashboards, just whatever the manager tells us
expect en - Our own project managers are swamped
expect ru + Прошу заменить проект-менеджера, не сошлись по химии
expect ru + Наш менеджер Анна — просто золото, всегда в курсе всех деталей
expect ru + менеджер вообще не вникает в наши задачи, ощущение что ему все равно
expect ru + Хотим оставить текущего аккаунт-менеджера, с ним очень комфортно работать
expect ru + Куратор проекта очень внимательный, спасибо Ольге!
expect ru + ПМ у вас хамоватый, разговаривает свысока
expect ru + Спасибо менеджеру за терпение и вежливость
expect ru + Смените менеджера пожалуйста, третий раз прошу
expect ru + С нашим проджектом полное взаимопонимание
expect ru + Руководитель проекта Дмитрий молодец, держит всё под контролем
expect ru + МЕНЕДЖЕР ХАМИТ!!!
expect ru + менджер классный, всегда поможет
expect ru + Очень приятная девушка-менеджер, всегда с улыбкой
expect ru + Менеджер у вас очень душевный человек, с ним приятно иметь дело
expect ru + куратор вечно в отпуске, а замены нет
expect ru + Очень ценим нашего менеджера Марию, она за нас горой
expect ru + менеджер по работе с клиентами — чуткий и внимательный
expect ru + Наш ПМ в Jira всё расписал, с ним легко
expect ru + Манагер норм, вопросов нет
expect ru + Не сошлись характерами с менеджером, просим другого
expect ru + Ваш менеджер грубит и перебивает на созвонах
expect ru + Есть ощущение, что менеджеру наш проект неинтересен
expect ru + С аккаунтом Ириной никакой химии, общаемся через силу — хотим замену
expect ru - Менеджмент качества у нас свой
expect ru - Наш менеджер по продажам сам разберется с заказами
expect ru - Пароли храним в менеджере паролей, доступы вам передали
expect ru - Счётчики поставили через Google Tag Manager, всё ок
expect ru - Рекламный аккаунт в Директе заблокировали на два дня
expect ru - Менеджеры отдела закупок у нас сменились, счета шлите на новую почту
expect ru - Я сам менеджер проектов, так что понимаю вашу кухню
expect ru - Менеджмент вашей компании явно экономит на людях
expect ru - Пересылаю вопрос нашему менеджеру по маркетингу
expect ru - Проектный офис у нас свой, нам нужны только руки

expect en + Our account manager Sarah is fantastic, always on top of things
expect en + The PM doesn't seem to care about our project at all
expect en + Please assign us a different account manager, we just don't click
expect en + Great chemistry with our manager
expect en + Mike, our project manager, is a pleasure to work with
expect en + acct mgr is rude on calls
expect en + Account director is attentive and genuinely listens
expect en + We'd like to keep our current CSM, she's been amazing
expect en + I'd like to swap our manager, no chemistry at all
expect en + MANAGER IS USELESS
expect en + Our rep is lovely but overwhelmed
expect en + The customer success manager really understands our needs
expect en + managr never reads my emails
expect en + Love working with Tom, the best project lead we've had
expect en + The account lead treats us like a number
expect en + our manager is attentive and remembers every detail
expect en + Would love a more senior account manager
expect en + Huge thanks to our PM for the patience
expect en + The project manager was condescending in every meeting
expect en + PM is great!!
expect en + Our success manager checks in on us personally
expect en + Kate's the best account exec we've worked with
expect en - I will forward this to my manager
expect en - We set it up in Google Tag Manager
expect en - Ads Manager keeps logging me out
expect en - Call me at 3 pm tomorrow
expect en - Our marketing manager will send the brief
expect en - Accounting manager asked for the invoice copy
expect en - Project management software works fine
expect en - I'm a manager myself so I get how busy you are
expect en - PM me the details please
expect en - Our sales manager will handle the renewal

# --- added from tests/lexicon/tune.jsonl misses -------------------------------
regex ru (?<!\w)(?:нынешн|текущ|прежн|предыдущ)\w*\s+аккаунт(?:а|у|ом|е|ы)?(?!\w)(?!\s*(?:в|на)\s)
regex ru (?<!\w)(?:дайте|назначьте|поставьте|пришлите|выделите)\s+(?:нам\s+)?(?:кого-?нибудь|кого-?то)\s+друго\w*
regex en \b(?:our|my|their|new|old|previous|former)\s+ams?\b   # AM = account manager
exclude ru (?<!\w)менеджер(?:ы|ов)\s+(?:у\s+(?:них|вас)\s+)?(?:\S+\s+)?(?:меняются|меняют|сменяются|сменились|поменялись|уходят|увольняются|текут)(?!\w)   # turnover: team_changes
exclude en \b(?:two|three|four|five|six|\d+)\s+(?:different\s+)?(?:account\s+|project\s+|client\s+)?(?:leads|pms)\b
expect ru + С нынешним аккаунтом не сложилось, дайте кого-нибудь другого.
expect ru + Прежний аккаунт был внимательнее
expect ru - Менеджеры у них меняются как перчатки
expect ru - Текущий аккаунт в Директе заблокирован
expect en + Our AM takes a week to answer a simple email.
expect en + My AM is great, always on top of things.
expect en - We've had four different project leads this year.
expect en - I am on leave; we meet at 10 am.

# --- tune2.jsonl: a manager only named inside a change of manager is team_changes (decisions table)
exclude ru (?<!\w)(?:смен[аыеу]|сменой|сменили|сменился|сменилась|замен[аыеу]|заменой|заменили|передач\w*|онбординг\w*|handover\w*)\s+(?:\S+\s+)?(?:нов\w+\s+)?(?:менеджер|аккаунт|пм|проджект|pm|csm)[\w-]*   # a wish to replace ('прошу сменить') stays manager_fit
exclude ru (?<!\w)(?:второй|третий|четвертый|пятый|шестой|\d+-?й)\s+по\s+сч[её]ту\s+(?:менеджер|аккаунт|пм|проджект)\w*
exclude ru (?<!\w)нов(?:ый|ая|ого|ой|ому|ым|ую)\s+(?:аккаунт|pm|csm|пм)(?!\w)
exclude en \b(?:handover|hand-off|handoff|transition)\s+(?:\S+\s+){0,2}?(?:new\s+)?(?:pm|manager|account\s+manager|csm)\b
expect ru - Смена менеджера прошла незаметно
expect ru - Онбординг нового аккаунт-менеджера занял месяц
expect ru + Прошу сменить менеджера, не справляется
expect ru - Новый аккаунт не в курсе нашей истории
expect en - Handover to the new PM was seamless
