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
regex en \b(?:charged|billed)\s+(?:us\s+)?(?:twice|double|again|for\s+(?:hours|work|things|services))\b|\b(?:double|unexpected|duplicate|hidden)\s+charges?\b|\bcharges?\s+on\s+(?:the|our|my)\s+(?:card|invoice|statement|account)\b
regex en \b(?:acceptance|completion|signed)\s+acts?\b|\bacts?\s+of\s+(?:acceptance|completed|work)\b
regex en \b(?:signed|scanned|original|accounting|financial|legal|closing)\s+documents\b
exclude en \bpayment\s+(?:gateway|system|provider|page|form|module|integration|widget|button)\b
exclude en \bcontractors?\b
exclude en \baccounting\s+for\b
exclude en \bbill\s+(?:from\s+(?:your|the)\s+(?:team|side|agency)|is\s+(?:great|awesome|helpful)|was\s+(?:great|awesome|super|helpful))\b

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
