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
exclude en \bpriceless\b
exclude en \bcost\s+per\s+(?:lead|acquisition|click|conversion|order|sale|install|signup|mille)\b
exclude en \bcost\s+us\s+(?:\w+\s+){0,2}(?:weeks?|days?|months?|hours?|time|clients?|customers?|leads?|sales|reputation|trust|a\s+fortune\s+in\s+lost)\b
exclude en \bprices?\s+(?:on|in|at)\s+(?:our|the)\s+(?:site|website|store|shop|catalog|catalogue|feed|product\s+pages?|erp|1c)\b
exclude en \bpricing\s+page\b
exclude en \b(?:late|payment|processing)\s+fees?\s+(?:on\s+the\s+)?invoice
exclude en \b(?:conversion|click-?through|bounce|open|churn|retention|error|success|response|engagement|win)\s+rates?(?:\s+(?:went|go|goes|are|is|were)\s+(?:up|down|higher|lower|too\s+high|above))?\b

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
