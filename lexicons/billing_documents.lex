# billing_documents: invoices, acts, contracts, closing documents, payment
# terms, accounting errors.
# Boundary: the price level itself is price_value; CPC ("оплата за клик") is
# results / price_value, not paperwork.
theme    billing_documents
label en Billing and documents
label ru Счета и документы
owner    Chief accountant

# --- ru ---------------------------------------------------------------------
term  ru счет                     # счет, счета, счетом (excl. "за счет", "по большому счету")
term  ru счет-фактура
term  ru акт                      # акт, акты, акт сверки (not "актуальный")
term  ru закрывающ*               # закрывающие документы
term  ru закрывашк*               # slang
term  ru оплата                   # оплата, оплату, оплатили (excl. оплата за клик)
term  ru предоплата
term  ru постоплата
term  ru платеж                   # платеж, платежи
term  ru платежка
term  ru реквизиты
term  ru инвойс
term  ru бухгалтер                # бухгалтер, бухгалтерия
term  ru сверка
term  ru списание
term  ru задолженность
term  ru неустойка
term  ru документооборот
term  ru доп соглашение
term  ru допсоглашение
term  ru дополнительное соглашение
regex ru (?<!\w)договор(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?!\w)
regex ru (?<!\w)документ(?:ы|ов|ам|ами|ах|а|у|ом|е)?(?!\w)
regex ru (?<!\w)(?:эдо|ндс|упд|диадок\w*|сбис\w*)(?!\w)
regex ru (?<!\w)(?:возврат\w*\s+(?:денег|средств|оплаты|аванса|предоплаты)|верн\w*\s+(?:деньги|средства|аванс|оплату))
regex ru (?<!\w)(?:двойн\w*|лишн\w*|повторн\w*)\s+списани\w*|(?<!\w)списал\w*\s+(?:дважды|лишн\w*|два\s+раза)
regex ru (?<!\w)подписа\w*\s+(?:\w+\s+)?(?:акт|договор|документ|доп|соглашени|упд|счет)\w*
regex ru (?<!\w)(?:акт|договор|документ|упд|соглашени)\w*\s+(?:не\s+)?подписа\w*
regex ru (?<!\w)оригинал\w*\s+(?:документ|акт|договор|счет)\w*
regex ru (?<!\w)(?:отсрочк|рассрочк)\w*\s+(?:платеж|оплат)\w*
regex ru (?<!\w)(?:invoice|invoices|инвойс\w*)(?!\w)
regex ru (?<!\w)перевыстав\w*
exclude ru (?<!\w)(?:сверх|вне|помимо|кроме|за\s+рамк\w*|за\s+пределы|за\s+пределами|больше,?\s+чем)\s+(?:было\s+)?(?:\S+\s+)?(?:в\s+|по\s+)?(?:договор|тз|скоуп)\w*   # scope of work: going_extra
exclude ru (?<!\w)не\s+входи\w*\s+в\s+(?:\S+\s+)?(?:договор|тз|скоуп|объем)\w*
exclude ru (?<!\w)чем\s+(?:было\s+)?(?:прописано\s+|указано\s+|предусмотрено\s+|заложено\s+)?(?:в|по)\s+договор\w*
exclude ru (?<!\w)(?:скачать|выгрузить|загрузить|найти|открыть|провести|распечатать|скачиваются|выгружаются|скачивается|выгружается)\s+(?:\S+\s+){0,3}?(?:сч[её]т|акт|документ|упд)\w*   # the portal's download: usability
exclude ru (?<!\w)(?:сч[её]т|акт|документ|упд)\w*\s+(?:\S+\s+){0,3}?(?:можно\s+|нельзя\s+)?(?:скачать|выгрузить|скачиваются|выгружаются|не\s+открываются|не\s+скачиваются)
exclude ru (?<!\w)по\s+данным\s+(?:нашей\s+)?бухгалтери\w*
exclude ru (?<!\w)(?:заявк|лид|сделк|показ|клик)\w*\s+(?:\S+\s+)?(?:в|до)\s+(?:договор|оплат|покупк)\w*   # funnel stages
exclude ru (?<!\w)(?:не\s+проход\w*|проход\w*)\s+(?:у\s+нас\s+)?платеж\w*(?:\s+\S+){0,3}|(?<!\w)платеж\w*\s+(?:\S+\s+)?через\s+(?:ваш\s+)?(?:модуль|эквайринг|кассу|сайт|виджет)\w*
exclude ru (?<!\w)скрыт\w*\s+(?:платеж|плат|доплат|списани)\w*
exclude ru (?<!\w)(?:скидк\w*|дешевле|выгоднее)\s+(?:\S+\s+){0,2}?(?:при|за)\s+оплат\w*(?:\s+\S+){0,3}
exclude ru (?<!\w)не\s+(?:брали|берут|взяли|требовали)\s+(?:\S+\s+)?(?:оплат|деньг|плат)\w*
exclude ru (?<!\w)(?:главн\w+\s+)?бухгалтер\s+(?:ооо|оао|зао|пао|ао|ип|тоо|[а-яё]+\s+[а-яё]+\s*(?:\n|$|тел))[^\n]{0,60}   # a job title in a signature
exclude ru (?<!\w)(?:в\s+)?наших\s+договорах(?:\s+с\s+\S+)?|(?<!\w)наш\w*\s+договор\w*\s+с\s+(?:поставщик|клиент|покупател|контрагент|партнер|арендодател|подрядчик)\w*   # the client's own contracts with third parties
exclude ru (?<!\w)наш\w*\s+(?:\S+\s+)?бухгалтери\w*(?!\s+(?:\S+\s+)?(?:ваш|акт|сч[её]т|документ))   # the client's own accounting department
exclude ru (?<!\w)(?:после|до|с\s+момента)\s+подписания\s+(?:договора|контракта)
exclude ru (?<!\w)за\s+сч(?:е)т\w*
exclude ru (?<!\w)(?:по\s+большому|в\s+конечном|в\s+итоговом|на\s+этот|на\s+их|на\s+ваш|на\s+мой)\s+счет\w*
exclude ru (?<!\w)(?:рекламн\w*|лицев\w*)\s+сч[е]т\w*\s+(?:в|на)\s+(?:директ|google|vk|вк|фейсбук)\w*
exclude ru (?<!\w)оплат\w*\s+за\s+(?:клик|показ|лид|заявк|действи|конверси|звон)\w*
exclude ru (?<!\w)(?:технич\w*|проектн\w*|рабоч\w*)\s+документ\w*

# --- en ---------------------------------------------------------------------
term  en invoice                  # invoice, invoices, invoicing
term  en invoce*                  # typo
term  en billing                  # billing, billed, bills (stem "bill")
term  en contract                 # contract, contracts (not contractor)
term  en payment                  # excl. payment gateway on the site
term  en receipt
term  en refund
term  en paperwork
term  en accounting*              # excl. "accounting for"
term  en credit note
term  en purchase order
term  en statement of work
term  en closing documents
term  en bank details
regex en \bvat\b
regex en \bsow\b
regex en \bnda\b
regex en \bpo\s+(?:number|numbers|no\.?)\b
regex en \bnet\s*[-\s]?\d{2}\b
regex en \bpast\s+due\b
regex en \b(?:charged|billed)\s+(?:us\s+)?(?:twice|double|again|for\s+(?:hours|work|things|services))\b|\b(?:double|unexpected|duplicate)\s+charges?\b|\bcharges?\s+on\s+(?:the|our|my)\s+(?:card|invoice|statement|account)\b
regex en \b(?:acceptance|completion|signed)\s+acts?\b|\bacts?\s+of\s+(?:acceptance|completed|work)\b
regex en \b(?:signed|scanned|original|accounting|financial|legal|closing)\s+documents\b
term  en change order
exclude en \b(?:beyond|outside|outside\s+of|above|over|not\s+in|than)\s+(?:the\s+|our\s+)?(?:scope\s+of\s+(?:the\s+|our\s+)?)?(?:contract|sow|scope)\b
exclude en \b(?:as|than)\s+(?:the\s+|our\s+)?(?:contract|sow)\s+(?:covered|allowed|included|said|required)\b
exclude en \b(?:download|export|find|open|print)\w*\s+(?:\S+\s+){0,3}?(?:invoices?|receipts?|statements?|contracts?)\b
exclude en \b(?:inventory|warehouse|management|cost|stock)\s+accounting\b
exclude en \bfrom\s+\S+\s+to\s+(?:payment|purchase|contract)\b
exclude en \b(?:card|customer|online|checkout)\s+payments?\b
exclude en \bconfirm\w*\s+(?:the\s+)?receipt\b
exclude en \bour\s+(?:own\s+)?accounting\s+(?:team|department|dept|people)\b
exclude en \b(?:after|since|before)\s+(?:we\s+)?sign(?:ed|ing)\s+(?:the\s+)?contract\b
exclude en \bpayment\s+(?:gateway|system|provider|page|form|module|integration|widget|button)\b
exclude en \bcontractors?\b
exclude en \baccounting\s+for\b
exclude en \bbill\s+(?:from\s+(?:your|the)\s+(?:team|side|agency)|is\s+(?:great|awesome|helpful)|was\s+(?:great|awesome|super|helpful))\b

expect ru - Наша бухгалтерия переезжает в новое здание
expect ru - Менеджер пропал сразу после подписания договора
expect en - Our accounting team is moving offices
expect ru - Сделали лендинг, хотя это не входило в договор
expect ru + Перевыставьте, пожалуйста, счёт на другое юрлицо
expect ru + Нужен invoice в евро для головного офиса
expect ru - Сделали баннеры сверх договора, спасибо
expect ru - Юрист проверил наши договоры с поставщиками
expect ru - Не открывается отчёт. С уважением, бухгалтер Анна Смирнова
expect ru - Работают строго по ТЗ, ничего сверх договора
expect ru - В кабинете невозможно скачать акт, кнопка не работает
expect ru - По данным нашей бухгалтерии, маржа выросла
expect ru - Конверсия из лида в договор выросла вдвое
expect ru - Никаких скрытых платежей, всё честно
expect ru - Дают скидку при оплате за полгода вперёд
expect en + The change order came after the invoice
expect en - They did way more than the contract covered
expect en - Nothing outside the scope of the SOW
expect en - I can't download invoices from the portal
expect en - Customer payments fail on the checkout page
expect en - Confirming receipt of your message
expect ru + Счета приходят с ошибками
expect ru + Закрывающие документы присылаете с опозданием на месяц
expect ru + Акт сверки не сходится
expect ru + В договоре одни условия, в счёте другие
expect ru + Сроки оплаты счёта нас не устраивают
expect ru + Двойное списание за март
expect ru + Оригиналы документов так и не пришли
expect ru + ЭДО через Диадок работает отлично
expect ru + Бухгалтерия у вас путает реквизиты
expect ru + Счёт-фактура без НДС
expect ru + УПД не подписан
expect ru + ДОКУМЕНТЫ ТЕРЯЮТСЯ
expect ru + Просим предоплату заменить на постоплату
expect ru + Вернуть деньги за неиспользованные часы до сих пор не смогли
expect ru + Оплата по счёту прошла, а услугу отключили
expect ru + Инвойс на английском не принимает наша бухгалтерия
expect ru + Доп соглашение согласовываем уже месяц
expect ru + Просрочка платежа возникла из-за вашего бухгалтера
expect ru + Акты подписываем через СБИС
expect ru + Задолженность по счетам выставили неверно
expect ru + Платежки теряются
expect ru + Закрывашки как всегда в последний день
expect ru + Договор до сих пор не подписан с вашей стороны
expect ru - Счетчик Метрики не отправляет цели
expect ru - За счёт оптимизации ставок выросли продажи
expect ru - По большому счёту всё устраивает
expect ru - Договорились созвониться в пятницу
expect ru - Актуальные данные в отчёте
expect ru - Техническая документация к API устарела
expect ru - Подписчиков в соцсетях стало больше
expect ru - Оплата за клик выросла вдвое
expect ru - Тикеты закрывают без решения

expect en + Invoices always come with mistakes
expect en + The contract renewal paperwork took forever
expect en + We were charged twice for March
expect en + Please send closing documents on time
expect en + Billing is confusing, three invoices for one service
expect en + VAT is missing on the invoice
expect en + Still waiting for the refund
expect en + Payment terms of net 60 are too long for us
expect en + Your accounting sent us the wrong bank details
expect en + The PO number must be on every invoice
expect en + INVOICE IS WRONG AGAIN
expect en + Signed the statement of work last week
expect en + Billed for hours we never agreed on
expect en + Receipts for the ad spend are missing
expect en + Credit note still not issued
expect en + Hidden charges on our card statement
expect en + The acceptance act needs a stamp
expect en + Contract terms changed without notice
expect en + invoce has a typo in our company name
expect en + Payment was processed twice
expect en + Can you send the bill in PDF?
expect en + Past due notice came even though we paid
expect en - A billion impressions but no sales
expect en - Who is in charge of our account?
expect en - Our contractor for the website is slow
expect en - The payment gateway on our site breaks at checkout
expect en - API docs are outdated
expect en - Price is fine, value is questionable
expect en - The acceptance criteria for the feature were unclear
expect en - Bill from your team was super helpful on the call
expect en - Accounting for seasonality, our sales grew

# --- added from tests/lexicon/tune.jsonl misses -------------------------------
regex en \bmsas?\b   # master services agreement
exclude ru (?<!\w)(?:которого|которой|которых|которое|чего)\s+(?:\S+\s+)?(?:не\s+было|нет|не\s+предусмотрено)\s+(?:\S+\s+)?в\s+(?:договор|тз|скоуп|смет)\w*
exclude ru (?<!\w)(?:по\s+договору|договором)\s+(?:\S+\s+)?не\s+(?:обязан\w*|должн\w*)
exclude en \b(?:beyond|outside|outside\s+of|not\s+in|out\s+of)\s+(?:your|their|his|her)\s+(?:contract|sow|scope)\b
expect en + Need the MSA updated with our new address.
expect en - That was far outside your contract, thank you.
expect ru - Провели обучение, которого не было в договоре.
expect ru - Помогли, хотя по договору не обязаны
expect ru + По договору вы обязаны присылать акты до 5 числа

# --- tune2.jsonl: "по счёту" (ordinal) and an invoice created as a step in the product are not billing
exclude ru (?<!\w)по\s+сч[её]ту(?!\w)
exclude ru (?<!\w)(?:создать|создавать|сформировать|оформить)\s+(?:\S+\s+)?сч[её]т\w*\s+в\s+(?:системе|кабинете|программе|интерфейсе|приложении|сервисе)
expect ru - Наш проект ведёт уже пятый по счёту менеджер
expect ru - Чтобы создать счёт в системе, надо пройти семь экранов
