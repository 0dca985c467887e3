# going_extra: help beyond scope, pleasant surprises, "wow", extra advice,
# small gifts.
# Boundary: ideas offered unprompted within the job are proactivity; paid
# extra work is price_value / billing_documents.
theme    going_extra
label en Going the extra mile
label ru Сверх ожиданий
owner    Head of client success

# --- ru ---------------------------------------------------------------------
term  ru сверх                    # сверх ожиданий, сверх договора (excl. сверх бюджета)
term  ru подар*                   # подарок, подарки, подарили, в подарок
term  ru мерч
term  ru бонус                    # бонус, бонусом (excl. бонусная программа)
term  ru бесплатно                # бесплатно, бесплатный (excl. бесплатный тариф)
term  ru безвозмездно
term  ru превзойти*
term  ru превзошли
regex ru (?<!\w)ва+у+(?!\w)
regex ru (?<!\w)(?:приятн\w*)\s+(?:сюрприз|удивил|удивлен|бонус|мелоч|подар|неожиданн)\w*
regex ru (?<!\w)приятно\s+удив\w*
regex ru (?<!\w)превзо\w*\s+(?:\w+\s+)?ожидани\w*
regex ru (?<!\w)больше,?\s+чем\s+(?:мы\s+)?(?:ожидали|просили|рассчитывали|договаривались|платим|заплатили)
regex ru (?<!\w)(?:пошли|идут|пойти|шли|идете|пошел|пошла|идти)\s+(?:нам\s+)?навстречу
regex ru (?<!\w)(?:работал|вышл|выходил|сидел|помогл|созвонил|доделал|дежурил)\w*\s+(?:\w+\s+)?(?:в\s+выходн|ночью|по\s+ночам|в\s+праздник|в\s+нерабочее|в\s+отпуске|в\s+новогодн)\w*
regex ru (?<!\w)(?:полезн|ценн|дельн|бесплатн|дополнительн)\w*\s+(?:\w+\s+)?(?:совет|рекомендаци|консультаци|подсказк|аудит|обучени|лайфхак)\w*
regex ru (?<!\w)(?:даже|еще\s+и|заодно|попутно|вдобавок|дополнительно|бонусом|сверху)\s+(?:\w+\s+)?(?:помогл|подсказал|посоветовал|сделал|настроил|проверил|провели|дали|нашли|подготовил|починил|прислал|подарил|обучил|сверстал)\w*
regex ru (?<!\w)(?:помогл|подсказал|посоветовал|сделал|настроил|проверил|прислал)\w*\s+(?:\w+\s+)?даже(?!\s+(?:не|хуже))
regex ru (?<!\w)(?:выход\w*|вышли|выйти|выйдут)\s+за\s+рамки
regex ru (?<!\w)хотя\s+(?:это\s+)?(?:и\s+)?(?:вообще\s+|совсем\s+|вовсе\s+)?не\s+(?:их|ваша|ваше|ваши|входит|входило|обязаны)
regex ru (?<!\w)(?:не\s+входил\w*|не\s+входит|вне|за\s+рамками)\s+(?:в\s+)?(?:договор|скоуп|тз|объем|обязанност)\w*,?\s+(?:но|а|однако)
regex ru (?<!\w)на\s+(?:все\s+сто|1[5-9]0\s*%|[2-9]00\s*%)
regex ru (?<!\w)(?:без|никакой)\s+доплат\w*
regex ru (?<!\w)за\s+свой\s+счет
regex ru (?<!\w)поздравил\w*|(?<!\w)открытк\w*
regex ru (?<!\w)(?:прислали|подарили|привезли|передали|вручили|отправили)\s+(?:нам\s+)?(?:\S+\s+){0,2}?(?:торт|открытк|цвет|конфет|печень|сувенир|корзин|шампанск|мерч|футболк|кружк|пряник|толстовк|худи|шоппер|фирменн)\w*
regex ru (?<!\w)(?:прислал|сделал|помогл|дал|подарил|поделил|настроил|провел|подготовил|отправил|скинул|проконсультировал)\w*\s+(?:\S+\s+){0,5}?просто\s+так(?!\s+(?:не|сложилось|получилось))|(?<!\w)просто\s+так[,.!]\s+(?:по-?дружески)?
regex ru (?<!\w)по-?дружески|(?<!\w)по-?человечески
regex ru (?<!\w)не\s+обязан\w*\s+(?:был\w*|это\s+делать)
regex ru (?<!\w)(?:чуть|немного|намного|гораздо|всегда|еще)\s+больше,?\s+чем\s+(?:\S+\s+){0,2}?(?:написано|было\s+в|в\s+задач|в\s+тз|требовалось|требуется|нужно|предусмотрено|в\s+договор)\w*
regex ru (?<!\w)больше\s+(?:\S+\s+){0,4}?чем\s+(?:было\s+)?(?:\S+\s+)?(?:в|по)\s+(?:договор|тз|задач)\w*
regex ru (?<!\w)не\s+(?:выставив|взяв|беря|брали|взяли|берут|выставили|выставляли)\s+(?:с\s+нас\s+)?(?:\S+\s+)?(?:ни\s+(?:рубля|копейки)|оплат\w*|денег|деньги|счет\w*)
regex ru (?<!\w)(?:скидк|отсрочк|пауз|каникул|рассрочк)\w*\s+(?:\S+\s+){0,4}?(?:трудн|тяжел|сложн|кризисн|кризис)\w*\s*(?:времен|период|момент|квартал|год|ситуаци)?\w*
regex ru (?<!\w)(?:в\s+выходн\w*(?:\s+день)?|ночью|в\s+праздник\w*|в\s+нерабочее\s+время|в\s+отпуске|в\s+воскресенье|в\s+субботу)\s+(?:\S+\s+)?(?:помогл|работал|вышл|созвонил|доделал|подключил|настроил|запустил|приехал)\w*
regex ru (?<!\w)лично\s+(?:\S+\s+)?(?:приехал|позвонил|извинил|подключил|разобрал|приезжал)\w*
regex ru (?<!\w)хотя\s+(?:мы\s+)?(?:платим|заплатили|оплачиваем|заказывали|покупали)\s+(?:\S+\s+)?только
regex ru (?<!\w)(?:никто\s+)?не\s+просил\w*,?\s+(?:но|а)\s
exclude ru (?<!\w)сверх\s+(?:бюджет|сметы|лимит|тарифа|оплаты|плана\s+по\s+расход|нормы\s+трафика)\w*
exclude ru (?<!\w)бесплатн\w*\s+(?:тариф|верси|период|пробн|план|доставк|аккаунт)\w*
exclude ru (?<!\w)подар\w*\s+(?:клиент|покупател|при\s+заказ|к\s+заказ|за\s+покупк)\w*
exclude ru (?<!\w)бонусн\w*\s+(?:программ|систем|балл)\w*
exclude ru (?<!\w)бонус\w*\s+(?:менеджер|сотрудник|за\s+продаж|к\s+зарплат)\w*

# --- en ---------------------------------------------------------------------
term  en extra mile
term  en above and beyond
term  en overdeliver*
term  en over-deliver*
term  en gift                     # gift, gifts (excl. gift card)
term  en swag
term  en freebie
term  en bonus                    # excl. bonus structure in the contract
regex en \bwo+w\b
regex en \bexceed\w*\s+(?:\w+\s+)?expectations\b
regex en \bpleasant(?:ly)?\s+surpris\w*
regex en \b(?:for\s+free|free\s+of\s+charge|at\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)|on\s+the\s+house)\b
regex en \b(?:extra|additional|free|bonus)\s+(?:\S+\s+){0,2}?(?:advice|help|tips|effort|mile|value|audit|recommendations|insights|consultation|training|session|report|banner|banners)\b
regex en \beven\s+(?:helped|fixed|set\s+up|checked|sent|found|stayed|gave|offered|worked|called|reviewed|built|trained|wrote|made)\b
regex en \bout\s+of\s+(?:their|his|her|your)\s+way\b
regex en \bwent\s+(?:way\s+)?beyond\b
regex en \b(?:out\s+of|beyond|outside(?:\s+of)?)\s+(?:the\s+)?(?:scope|contract|agreement)\s*,?\s+(?:but|and\s+still|yet)\b
regex en \bbeyond\s+what\s+(?:we|i)\s+(?:pay|paid|asked|expected|signed)\w*
regex en \bmore\s+than\s+(?:we|i)\s+(?:expected|asked|paid|hoped)\b
regex en \b(?:worked|stayed|came\s+in|jumped\s+on\s+a\s+call)\s+(?:\w+\s+)?(?:on\s+(?:a\s+|the\s+)?(?:weekend|sunday|saturday|holiday)|over\s+the\s+(?:weekend|holidays)|late\s+at\s+night|at\s+night)\b
regex en \bstayed\s+late\b
regex en \b(?:didn['’]?t|did\s+not)\s+have\s+to(?:\s*[,.!]|\s+do\s+(?:it|that|this))
regex en \b(?:thank-you|thank\s+you|holiday|christmas|new\s+year|birthday|hand-?written|anniversary)\s+(?:card|note|gift|cake)s?\b|\bbox\s+of\s+(?:cookies|chocolates?|sweets|candy)\b|\bcongratulat\w*
regex en \b(?:sent|brought|gave)\s+(?:us\s+)?(?:\S+\s+){0,2}?(?:cake|flowers|cookies|chocolates?|hamper|swag|merch)\b
regex en \bjust\s+because\b|\bnot\s+(?:her|his|their|your|its)\s+job\b
regex en \b(?:a\s+little|a\s+bit|way|much|always|slightly|far)\s+more\s+than\s+(?:the\s+|our\s+)?(?:ticket|brief|task|contract|sow|spec|scope|request)\s+(?:says|said|required|requires|covered|covers|asked)\b
regex en \b(?:more|as\s+many|as\s+much)\b(?:\s+\S+){0,6}?\s+(?:than|as)\s+(?:the\s+|our\s+)?(?:contract|sow|scope|brief)\s+(?:covered|allowed|included|says|said|required)\b
regex en \b(?:way\s+|far\s+|well\s+)?(?:beyond|outside(?:\s+of)?)\s+(?:the\s+|our\s+)?(?:scope|contract|sow|agreement|brief)\b
regex en \b(?:without|not|didn['’]?t|never)\s+(?:even\s+)?charg\w*\s+(?:us\s+)?(?:a\s+(?:cent|penny|dime)|anything|extra|for\s+it)?
regex en \b(?:discount|break|pause|extension|grace\s+period)\s+(?:\S+\s+){0,4}?(?:rough|hard|tough|difficult|bad)\s+(?:quarter|time|times|period|patch|year|month)\b
regex en \bpersonally\s+(?:\S+\s+)?(?:came|flew|drove|called|visited|apologi[sz]ed|stepped\s+in|joined)\b
regex en \beven\s+though\s+we\s+(?:only\s+)?(?:pay|paid)\s+(?:only\s+)?for\b
regex en \b(?:we\s+)?(?:didn['’]?t|did\s+not|never)\s+ask\s+for\s+(?:it|that|this),?\s+(?:but|and)\b
regex en \boutside\s+(?:of\s+)?(?:their|your|his|her)\s+(?:field|scope|expertise|job|remit|area|contract)\b
exclude en \bgift\s+cards?\b
exclude en \bbonus\s+(?:structure|scheme|payments?|clause|points)\b
exclude en \bfree\s+(?:trial|plan|tier|version|shipping)\b

expect ru + Проконсультировали по юридическому вопросу, хотя это совсем не их профиль
expect ru + Прислали фирменные худи всей нашей команде
expect en + They helped with hiring, which is outside their remit
expect ru + Поздравили с днём рождения директора, очень мило
expect ru + На Новый год прислали корзину с фруктами
expect ru + Сделали нам анализ конкурентов просто так
expect ru + Юрист по-дружески посмотрел наш договор аренды
expect ru + Аккаунт не обязан был это делать, но помог
expect ru + Всегда делают немного больше, чем требовалось
expect ru + Месяц вели наши соцсети, не взяв ни копейки
expect ru + Дали отсрочку в тяжёлый период, очень поддержали
expect ru + Ночью в субботу подключились и всё подняли
expect ru + Директор агентства лично приехал на встречу
expect ru + Сверстали ещё и лендинг, хотя мы платим только за SEO
expect ru + Никто не просил, но они переделали нам шаблоны писем
expect ru - Просто так скидки не дают
expect ru - Сайт тормозит в пиковые часы, это кризисная ситуация
expect en + A handwritten holiday card from the whole team, lovely
expect en + They reviewed our pitch deck just because
expect en + The analyst went way beyond the brief
expect en + They did a free landing page audit
expect en + They fixed our DNS without charging us a cent
expect en + Got a two-month payment break in a tough year
expect en + The founder personally flew in to meet our board
expect en - The cake recipe in our app is broken
expect en - We were charged extra for the hosting upgrade
expect ru + Сделали больше, чем договаривались
expect ru + Превзошли все ожидания
expect ru + Помогли даже с тем, что не входит в договор
expect ru + Приятный сюрприз — бесплатный аудит сайта
expect ru + ВАУ, не ожидали такого
expect ru + Прислали подарки на Новый год, очень мило
expect ru + Пошли навстречу и сдвинули оплату
expect ru + Работали в выходные, чтобы успеть к запуску
expect ru + Дали кучу полезных советов сверх задачи
expect ru + Сверх ожиданий!
expect ru + Бесплатно настроили нам аналитику
expect ru + Мерч от агентства — огонь
expect ru + Консультация по юридическим вопросам в подарок
expect ru + Приятно удивили скоростью
expect ru + Ребята вышли за рамки своих обязанностей
expect ru + Заодно проверили нам скорость сайта, без просьбы
expect ru + Помогли с подготовкой к выставке, хотя это вообще не их зона
expect ru + Дополнительная консультация для нашего отдела была очень кстати
expect ru + Бонусом сделали баннеры
expect ru + Отработали на 200%
expect ru + Даже прислали открытку с благодарностью
expect ru + Без доплаты доделали дополнительный лендинг
expect ru + Вааау, такого сервиса ещё не видели
expect ru - Бесплатный тариф нам не подходит
expect ru - Сверх бюджета потратили 100 тысяч
expect ru - Пошли на встречу в офис к клиенту
expect ru - Подарок клиентам на сайте не отображается
expect ru - Бонусная программа для наших покупателей не работает
expect ru - Даже отчет не смогли прислать вовремя
expect ru - Не ожидали, что всё будет так плохо
expect ru - Дополнительные работы выставили отдельным счетом
expect ru - Заодно выставили счет за прошлый месяц

expect en + They went above and beyond for our launch
expect en + Really went the extra mile with the migration
expect en + Exceeded our expectations in every way
expect en + They even helped us with our hiring post, totally out of scope
expect en + Wow, the new landing is stunning
expect en + Pleasant surprise: a free SEO audit for our new domain
expect en + Sent us a gift box for the holidays
expect en + Got a bonus report with competitor insights
expect en + Out of scope but they did it anyway
expect en + Our manager went out of her way to help
expect en + Over-delivered on every sprint
expect en + They stayed late at night to fix our checkout before the sale
expect en + Extra advice on pricing strategy was gold
expect en + WOW!!!
expect en + Free training session for our new marketers
expect en + They didn't have to, but they did
expect en + Worked over the weekend to hit our launch date
expect en + Branded swag arrived today, so nice
expect en + Goes beyond what we pay for
expect en + Threw in a free banner set at no extra cost
expect en + More than we expected!
expect en + Exceeds expectations
expect en - We're on the free trial, deciding on a plan
expect en - That's out of scope, they said, and charged extra
expect en - Unpleasant surprise on the invoice
expect en - Expectations were not met this quarter
expect en - Even the basic report was late
expect en - The bonus structure in our contract is confusing
expect en - The gift card balance in your portal is wrong
expect en - Free shipping doesn't work on the site you built
expect en - We did not have to wait long for a reply

# --- added from tests/lexicon/tune.jsonl misses -------------------------------
regex ru (?<!\w)(?:которого|которой|которых|которое|чего)\s+(?:\S+\s+){0,2}?(?:в|по)\s+(?:договор\w*|тз|скоуп\w*|смет\w*|задач\w*)\s+(?:\S+\s+)?(?:не\s+было|нет|не\s+предусмотрен\w*)(?!\w)
regex ru (?<!\w)(?:которого|которой|которых|которое|чего)\s+(?:\S+\s+)?(?:не\s+было|нет|не\s+предусмотрено)\s+(?:\S+\s+)?в\s+(?:договор|тз|скоуп|смет)\w*
regex ru (?<!\w)(?:по\s+договору|договором)\s+(?:\S+\s+)?не\s+(?:обязан\w*|должн\w*|предусмотрен\w*)
expect ru + Нередко закрывают мелкие просьбы, которых в ТЗ вообще нет.
expect ru + Провели обучение, которого не было в договоре.
expect ru + Вышли на связь в выходной, хотя по договору не обязаны.
expect ru - Прислали счёт за работы, которых в договоре нет
exclude ru (?<!\w)(?:сч[её]т|акт|оплат|выстав|доплат|списа|начисл)\w*\s+(?:\S+\s+){0,4}?(?:которых|которого|которой|чего)\s+(?:\S+\s+){0,2}?(?:в|по)\s+(?:договор|тз|смет)\w*\s+(?:\S+\s+)?(?:не\s+было|нет)(?!\w)   # billed for work outside the contract
