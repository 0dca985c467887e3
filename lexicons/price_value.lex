# price_value: price, cost, budget, expensive/cheap, value for money, discounts.
# Boundary: invoices, acts and payment paperwork are billing_documents; cost
# per lead/click is results; prices of the client's own products on their site
# are not this theme.
theme    price_value
label en Price and value
label ru Цена и ценность
owner    Commercial director

# --- ru ---------------------------------------------------------------------
term  ru стоимость                # excl. стоимость лида/клика (results)
term  ru ценник
term  ru ценность
term  ru бюджет
term  ru скидка
term  ru прайс*                   # прайс, прайс-лист
term  ru тариф
term  ru тарификация
term  ru переплачива*
term  ru переплата
term  ru переплатить*
term  ru выгодно                  # выгодно, выгодные
term  ru невыгодно
term  ru доплата
term  ru доплачива*
term  ru подорожание
term  ru подорожать*
term  ru подорожали
term  ru дешево                   # дешево, дешевый
term  ru дешевле
term  ru дороговато
term  ru дороговизна
regex ru (?<!\w)цен(?:а|ы|у|ой|е|ам|ами|ах|овая|овой|овую|овые|овых|ообразовани\w*)(?!\w)
regex ru (?<!\w)(?:дорого|дороже|дорогущ\w*|дорогова\w*)(?!\w)
regex ru (?<!\w)дорог(?:ой|ая|ие|ое|ую|их|им)\s+(?:\w+\s+)?(?:услуг|тариф|подписк|лицензи|сервис|подрядчик|агентств|работ|удовольстви|поддержк|час|пакет|решени|продукт)\w*
regex ru (?<!\w)смет(?:а|ы|у|е|ой|ам|ах)?(?!\w)
regex ru (?<!\w)стои\w*\s+(?:сво\w*|этих|потраченн\w*|каждого)\s+(?:денег|рубля|копейки)
regex ru (?<!\w)(?:деньги|денег)\s+(?:на\s+ветер|впустую|не\s+стоит|того\s+(?:стоят|не\s+стоят))
regex ru (?<!\w)за\s+(?:такие|эти|свои|наши|ваши|те\s+же)\s+деньги
regex ru (?<!\w)\d+\s*(?:к|тыс\w*|₽|руб\w*|р\.?|млн)\s+(?:в|за)\s+(?:месяц|час|год|квартал)
regex ru (?<!\w)(?:соотношени\w*|баланс\w*)\s+цен\w*[-\s]+качеств\w*
regex ru (?<!\w)(?:сумм|стоимост|цен|сч[её]т|итог)\w*\s+(?:\S+\s+){0,3}?(?:больше|выше|меньше|дороже|отличается)\s*,?\s+(?:\S+\s+)?(?:чем|от)\s+(?:в\s+)?(?:\S+\s+)?(?:кп|коммерческ\w*|предложени\w*|смет\w*|оценк\w*|договаривались|согласовывали|обещали)   # invoice above the quote
regex ru (?<!\w)за\s+что\s+(?:мы\s+)?(?:плат\w*|заплатил\w*|отдаем\s+деньги)
regex ru (?<!\w)(?:окуп\w*|вложени\w*\s+(?:окупил|отбил|себя\s+оправдал)\w*|лучш\w+\s+вложени\w*|(?:деньги|бюджет)\s+(?:отбил|окупил)\w*)
regex ru (?<!\w)(?:повышени|рост|подорожани|индексаци|изменени|подняли)\w*\s+цен(?!\w)
regex ru (?<!\w)не\s+(?:выставив|взяв|беря|брали|взяли|берут|выставили|выставляли)\s+(?:с\s+нас\s+)?(?:\S+\s+)?(?:ни\s+(?:рубля|копейки)|оплат\w*|денег|деньги)(?:\s+сверху)?
regex ru (?<!\w)(?:продлил\w*|продлевают)\s+(?:\S+\s+){0,2}?(?:тестов|пробн|бесплатн)\w*\s+(?:период|доступ)\w*|(?<!\w)бесплатно\s+продлил\w*
exclude ru (?<!\w)цена\s+вопроса
exclude ru (?<!\w)(?:выставить|выставьте|выставите|прислать|пришлите|направьте),?\s+(?:\S+\s+)?сч[её]т\w*(?:\s+\S+){0,6}   # an invoice request is billing_documents
exclude ru (?<!\w)(?:логистическ|складск|операционн|транспортн|производственн)\w*\s+(?:расход|затрат|издерж|стоимост)\w*
exclude ru (?<!\w)стоимост\w*\s+(?:лида|заявки|клика|привлечени\w*|конверсии|целевого|заказа|обращени\w*|регистраци\w*|покупки|звонка)
exclude ru (?<!\w)цен\w*\s+(?:на\s+сайте|в\s+каталоге|в\s+фиде|в\s+карточк\w*|в\s+1с|в\s+магазин\w*|товар\w*|конкурентов\s+на\s+маркетплейс\w*|за\s+клик|клика|лида|заявки)
exclude ru (?<!\w)(?:лид|заявк|клик|конверси|трафик)\w*\s+(?:\w+\s+)?(?:стали\s+|стал\s+|становятся\s+)?(?:дешев|дорож)\w*
exclude ru (?<!\w)(?:дешев|дорож)\w*\s+(?:лид|заявк|клик|трафик|конверси)\w*
exclude ru (?<!\w)(?:рекламн\w*|медийн\w*)\s+бюджет\w*\s+(?:открутил|расходуется\s+равномерно)\w*

# --- en ---------------------------------------------------------------------
term  en price                    # price, prices, pricing, priced (excl. priceless, product prices on the site)
term  en pricey
term  en cost                     # cost, costs, costly (excl. cost per lead, "cost us two weeks")
term  en expensive*
term  en cheap
term  en cheaper
term  en cheapest
term  en overpric*                # overpriced
term  en budget
term  en discount
term  en afford                   # afford, affordable
term  en overpay
term  en overpaid
term  en value for money
term  en rate card
regex en \bfees?\b
regex en \b(?:great|good|poor|bad|real|no|little|excellent|fair|questionable|zero|decent|terrible)\s+value\b
regex en \bvalue\s+for\s+(?:the\s+|our\s+)?money\b
regex en \bworth\s+(?:the\s+|every\s+)?(?:money|price|penny|cent|cost|investment|it)\b
regex en \bpay\w*\s+(?:way\s+)?too\s+much\b
regex en \bbang\s+for\s+(?:the|our|your)\s+bucks?\b
regex en \b(?:hourly|day|daily|monthly|retainer)\s+rates?\b
regex en \brates?\s+(?:went|go|are|is|were)\s+(?:up|higher|too\s+high|above)\b
regex en \b(?:estimate|quote)\s+(?:was|is|came\s+in)\s+(?:\w+\s+)?(?:high|higher|low|lower|\d|double|triple|too|twice)\w*
regex en \b(?:what\s+)?(?:other\s+agencies|competitors|others)\s+quoted\b
regex en (?:[$€£]\s?\d[\d,.]*\s?k?|\b\d[\d,.]*\s?k?\s?(?:usd|eur|dollars|euros|gbp))\s+(?:a|per)\s+(?:month|hour|year|seat|user)\b
regex en \b(?:higher|lower|above|(?:costs?|charged|billed|paid|pay|invoiced)\s+(?:us\s+)?(?:\S+\s+)?more)\s+than\s+(?:the\s+|our\s+|your\s+)?(?:quote|quoted|estimate|estimated|proposal|agreed|budget)\b
regex en \b(?:estimate|quote|budget|bill|invoice\s+total|price|cost)s?\s+(?:\S+\s+)?(?:grew|went\s+up|increased|doubled|rose|jumped|ballooned)\b
regex en \bwhat\s+(?:we['’]?re|we\s+are|we\s+were|we)\s+paying\s+for\b|\bwhat\s+we\s+pay\s+for\b
regex en \bbest\s+money\b|\bmoney\s+well\s+spent\b|\bpays?\s+for\s+(?:itself|themselves)\b|\b(?:investment|spend)\s+(?:\S+\s+)?paid\s+off\b
regex en \b(?:without|not|didn['’]?t|never)\s+(?:even\s+)?charg\w*\s+(?:us\s+)?(?:a\s+(?:cent|penny|dime)|anything|extra|for\s+it)\b
regex en \bextended\s+(?:our\s+|the\s+)?(?:free\s+)?trial\b
exclude en \bprice\s+of\s+(?:getting|being|doing|not|failure|a\s+mistake|switching)\b
exclude en \b(?:shipping|fuel|logistics|delivery|operating|warehouse|inventory|labou?r|production)\s+costs?\b
regex en \bfor\s+what\s+we(?:['’]re|\s+are)?\s+(?:pay|paid|paying|spend|spent|spending)\b
regex en \b(?:investment|ads?|campaigns?|spend|advertising)\s+(?:\S+\s+)?(?:pays?|paid|paying)\s+off\b
exclude en \bpriceless\b
exclude en \bcost\s+per\s+(?:lead|acquisition|click|conversion|order|sale|install|signup|mille)\b
exclude en \bcost\s+us\s+(?:\w+\s+){0,2}(?:weeks?|days?|months?|hours?|time|clients?|customers?|leads?|sales|reputation|trust|a\s+fortune\s+in\s+lost)\b
exclude en \bprices?\s+(?:on|in|at)\s+(?:our|the)\s+(?:site|website|store|shop|catalog|catalogue|feed|product\s+pages?|erp|1c)\b
exclude en \bpricing\s+page\b
exclude en \b(?:late|payment|processing)\s+fees?\s+(?:on\s+the\s+)?invoice
exclude en \b(?:conversion|click-?through|bounce|open|churn|retention|error|success|response|engagement|win)\s+rates?(?:\s+(?:went|go|goes|are|is|were)\s+(?:up|down|higher|lower|too\s+high|above))?\b

expect en + For what we pay, the service is thin
expect en + The ads don't pay off at all
expect ru + Итоговая сумма в счёте выше, чем в КП
expect ru + Непонятно, за что мы платим каждый месяц
expect ru + Сайт окупился за полгода
expect ru + Лучшее вложение за последние годы
expect ru + Предупреждайте о повышении цен заранее
expect ru + Вели наши задачи месяц, не взяв ни рубля сверху
expect ru + Продлили нам пробный период без вопросов
expect ru - Цена вопроса слишком высока, чтобы рисковать
expect ru - Пришлите, пожалуйста, счёт на оплату тарифа «Бизнес»
expect ru - Логистические расходы у нас снизились
expect en + The invoice was way higher than the quote
expect en + The estimate ballooned after kickoff
expect en + We can't tell what we're paying for
expect en + Money well spent, honestly
expect en + They extended our trial by two weeks
expect en - The price of getting this wrong is huge
expect en - They always do a bit more than agreed
expect en + They billed us more than the estimate
expect en - Our shipping costs went down after the rollout
expect ru + Дорого для нашего объема
expect ru + Цены выше рынка
expect ru + Соотношение цена-качество отличное
expect ru + Стоимость услуг выросла без предупреждения
expect ru + За такие деньги хотелось бы больше внимания
expect ru + Бюджет уходит в никуда
expect ru + Дешевле, чем у конкурентов, а качество то же
expect ru + Скидку для постоянных клиентов бы
expect ru + Тариф дороговат для малого бизнеса
expect ru + Ценник кусается
expect ru + Переплачиваем за пакет, которым не пользуемся
expect ru + Стоит своих денег!
expect ru + ДОРОГО
expect ru + Прайс непрозрачный, каждый месяц разные суммы
expect ru + Выгодные условия по сравнению с другими агентствами
expect ru + 150к в месяц за ведение — это перебор
expect ru + Подорожание на 30% — неприятно
expect ru + Смета раздута раза в два
expect ru + Доплата за каждую правку — это странно
expect ru + Деньги на ветер
expect ru + Ценность ваших услуг для нас очевидна
expect ru + Цену подняли, а сервис хуже
expect ru + Дорогое удовольствие, но оно того стоит
expect ru - Счёт на оплату пришёл с ошибкой
expect ru - Стоимость лида снизилась в два раза
expect ru - Цены на сайте не обновляются из 1С
expect ru - Очень ценим нашего менеджера
expect ru - Дорогой Андрей, спасибо за помощь!
expect ru - Лиды стали дешевле
expect ru - Ценный совет по структуре сайта
expect ru - Сроки оплаты по договору — 10 дней
expect ru - Оценка качества работ — 5 из 5

expect en + Too expensive for what we get
expect en + Pricing is fair and transparent
expect en + Great value for money
expect en + We pay a lot and see little value
expect en + The monthly fee went up 20% without notice
expect en + Cheaper agencies do the same work
expect en + Costs keep growing every quarter
expect en + Budget is tight, we need a cheaper plan
expect en + Overpriced for a small business
expect en + Would love a discount for an annual commitment
expect en + Worth every penny
expect en + PRICE IS TOO HIGH
expect en + $4k a month for two blog posts is steep
expect en + Hourly rate is above market
expect en + Not affordable for startups
expect en + Your price increase is unjustified
expect en + pricey but worth it
expect en + We feel like we overpay for the support plan
expect en + Good bang for the buck
expect en + Value for the money is questionable
expect en + The estimate was 3x what other agencies quoted
expect en + Cost is reasonable for the scope
expect en - Cost per lead dropped by half
expect en - Please resend the invoice with the correct VAT
expect en - Prices on our website don't sync from the ERP
expect en - The feedback from your team was useful
expect en - We value our manager a lot
expect en - It cost us two weeks of work
expect en - Payment terms are 30 days net
expect en - Our products' pricing page needs a redesign
expect en - Priceless support from Anna
expect en - Conversion rate went up after the redesign

# --- added from tests/lexicon/tune.jsonl misses -------------------------------
# a double charge is billing_documents + price_value (tests/lexicon/README.md)
regex ru (?<!\w)(?:указа|выстав|списа|взял|посчита|начисл|оплатил|снял)\w*\s+(?:\S+\s+){0,2}?дважды(?!\w)|(?<!\w)дважды\s+(?:\S+\s+)?(?:списа|выстав|начисл|взял|посчита|оплати|сня)\w*
regex en \b(?:charged|billed|invoiced)\s+(?:us\s+)?(?:twice|double)\b|\b(?:double|duplicate)\s+(?:charges?|billing|invoices?)\b
# an hourly rate ("почасовая ставка программистов"); ad bids stay out
regex ru (?<!\w)почасов\w*\s+(?:ставк|оплат|тариф|расценк)\w*|(?<!\w)ставк\w*\s+(?:за\s+час|(?:\S+\s+)?(?:разработчик|программист|специалист|дизайнер|инженер|юрист|консультант|агентств|подрядчик|часа)\w*)
expect ru + В счете №541 услуга указана дважды
expect ru + С карты дважды списали абонентскую плату
expect ru + Почасовая ставка программистов высоковата.
expect ru + Ставка дизайнера у них выше рынка
expect ru - Ставки в Директе выросли
expect ru - Дважды звонили, никто не ответил
expect en + We were billed twice for March.
expect en + Duplicate charges again this month.
expect en - We charged our phones twice during the workshop.

# --- tune2.jsonl: "за такой чек", "выходит слишком дорогой", not asking for money, raised rates, steep fees, no charge
regex ru (?<!\w)за\s+(?:такой|этот|ваш|подобный|наш)\s+чек(?!\w)
regex ru (?<!\w)(?:слишком|очень|довольно|чересчур|неоправданно|безумно|непомерно|выходит|выходят|вышел|вышла|получается|оказал\w*)\s+(?:\S+\s+)?дорог(?:ой|ая|ое|ие|им|ими|ую|им)(?!\w)
regex ru (?<!\w)не\s+(?:просили|попросили|потребовали|взяли|брали|берут)\s+(?:с\s+нас\s+)?(?:\S+\s+)?(?:ни\s+)?(?:денег|деньги|копейки|рубля|доплат\w*|оплат\w*)
exclude ru (?<!\w)(?:мы|я)\s+(?:\S+\s+)?(?:подняли|повысили|снизили|поменяли|изменили|обновили)\s+(?:\S+\s+)?цен\w*(?:\s+\S+){0,3}   # the client's own prices
exclude ru (?<!\w)прайс\w*\s+на\s+(?:нашем\s+)?сайте
regex en \bfor\s+what\s+(?:you|they|i)(?:['’]re|\s+are)?\s+(?:pay|paid|paying|spend|spent|spending)\b
regex en \b(?:rais|hik|increas|bump|jack)\w*\s+(?:up\s+)?(?:the\s+|their\s+|its\s+|your\s+)?(?:hourly\s+|daily\s+|monthly\s+|day\s+)?(?:rates?|fees?|tariffs?)\b
regex en \b(?:retainer|price|pricing|fees?|rates?|costs?|bill|subscription|licen[cs]e|invoice)s?\s+(?:\S+\s+){0,3}?(?:steep|hefty|exorbitant|excessive|outrageous|extortionate|too\s+high)\b|\b(?:steep|hefty|exorbitant|extortionate)\s+(?:\S+\s+)?(?:price|fee|retainer|bill|rates?|cost|pricing|subscription)s?\b
regex en \bat\s+no\s+(?:extra\s+|additional\s+)?(?:charge|cost)\b|\bno\s+(?:extra|additional)\s+charge\b   # not "free of charge" after help: dev d0586 labels that going_extra only
exclude en \bcost\s+of\s+(?:a\s+|an\s+|the\s+)?(?:wrong|bad|mistakes?|errors?|failure|inaction|downtime|getting)\b(?:\s+\S+){0,4}
expect ru + Ожидали за такой чек гораздо больше
expect ru + Лицензия выходит слишком дорогой для нас
expect ru + Даже не просили денег за доработку
expect ru - Мы подняли цены для своих покупателей
expect ru - Обновите прайс на сайте
expect en + You get a lot for what you pay
expect en + They raised the rates again this year
expect en + The monthly retainer feels steep
expect en + Hefty fees for basic work
expect en + They added the page at no charge
expect en - The cost of a wrong decision here is high
expect en - Our conversion rates increased
# wording family of u0050/u0059/u0157: idioms of overpaying, "недешево", paying a lot
term  ru втридорога
regex ru (?<!\w)(?:дерут|сдирают|содрали|дерет)\s+(?:\S+\s+)?(?:три\s+шкуры|по\s+полной)
regex ru (?<!\w)недешев\w*
regex ru (?<!\w)(?:платим|платили|заплатили|отдаем|отдали)\s+(?:\S+\s+)?(?:много|кучу\s+денег|немало|столько)(?!\w)
term  en overcharg*
expect ru + Дерут три шкуры
expect ru + Недешёвое удовольствие
expect ru + Платим много, получаем мало
expect en + Overcharged for simple stuff
regex en \b(?:reasonable|fair|competitive|affordable|steep|crazy|insane|outrageous)\s+(?:hourly\s+|daily\s+|monthly\s+)?rates\b
expect en + Reasonable rates
expect en - Fair conversion rates for the niche
