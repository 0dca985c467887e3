# work_quality: the deliverables — texts, designs, code, revisions, mistakes,
# sloppiness, redo.
# Boundary: business outcomes are results (lead quality is results); product
# UI is usability; outages are reliability; errors in invoices are
# billing_documents.
theme    work_quality
label en Quality of work
label ru Качество работ
owner    Head of production

# --- ru ---------------------------------------------------------------------
term  ru качество                 # качество, качества (excl. качество лидов, связи)
term  ru качественно              # качественно, качественный
term  ru кочество                 # typo
term  ru качесто                  # typo
term  ru опечатка
term  ru правк*                   # правки, правка, правками (excl. правки в договор)
term  ru правок
term  ru передел*                 # переделывать, переделали, переделки
term  ru халтура                  # халтура, халтурят
term  ru небрежно                 # небрежно, небрежный
term  ru недочет
term  ru косяк
term  ru косяч*                   # косячат, косячите
term  ru недодел*                 # недоделки, недоделано
term  ru доделыва*
term  ru макет
term  ru верстка
term  ru контент                  # контент, контент-план
term  ru копирайтинг
term  ru тщательно
term  ru аккуратно
term  ru сырой
regex ru (?<!\w)текст(?:ы|ов|ам|ами|ах|а|у|ом|е)?(?!\w)
regex ru (?<!\w)код(?:а|у|ом|е)?(?!\w)
regex ru (?<!\w)креатив(?:ы|ов|ам|ами|ах|а|у|ом|е)?(?!\w)
regex ru (?<!\w)дизайн(?:а|у|ом|е|ы)?(?!\w)   # the design; the designer as a person is not this theme
regex ru (?<!\w)дизайнер\w*\s+(?:\S+\s+){0,2}?(?:от\s+бога|отличн|классн|слаб|плох|хорош|крут|супер|талантлив|бездарн|профессионал)\w*|(?<!\w)(?:отличн|классн|слаб|плох|хорош|крут|талантлив|бездарн|сильн)\w*\s+дизайнер\w*
regex ru (?<!\w)ляп(?:ы|ов|ами|ах)?(?!\w)
regex ru (?<!\w)тяп[-\s]ляп
regex ru (?<!\w)на\s+(?:отвали|коленке|от\s+балды)
regex ru (?<!\w)крив(?:о|ой|ая|ые|ую|ым|ыми|енько)(?!\w)
regex ru (?<!\w)ошиб\w*\s+(?:в|во)\s+(?:текст|код|верстк|макет|дизайн|стать|перевод|контент|настройк|карточк|баннер|креатив|тз|семантик|посадочн|лендинг|описани|объявлени|пост|рассылк|разметк)\w*
regex ru (?<!\w)(?:грамматическ|орфографическ|пунктуационн|детск|глуп|досадн|постоянн|кучу|куча|сплошн|фактическ)\w*\s+ошиб\w*
regex ru (?<!\w)(?:грамотн|безграмотн)\w*\s+(?:текст|стать|перевод|верстк|код|контент)\w*
regex ru (?<!\w)(?:сыр\w+)\s+(?:сайт|код|верстк|макет|текст|верси|продукт|релиз|лендинг)\w*
regex ru (?<!\w)(?:сдали|сдаете|сдают|выдали)\s+(?:\w+\s+)?(?:сыр|с\s+ошибк|недодела)\w*
regex ru (?<!\w)(?:плохо|криво|небрежно|халтурно|коряво|топорно|отлично|качественно|аккуратно|грамотно|идеально|ужасно)\s+(?:\S+\s+)?(?:сделан|сверстан|отретуширован|отрисован|нарисован|написан|переведен|настроен|оформлен|собран|смонтирован|обработан|выполнен|спроектирован|продуман|проработан|протестирован|отредактирован)\w*
regex ru (?<!\w)(?:сделан|сверстан|отретуширован|отрисован|нарисован|написан|переведен|настроен|оформлен|собран|смонтирован|обработан|выполнен|спроектирован)\w*\s+(?:\S+\s+)?(?:плохо|криво|небрежно|халтурно|коряво|топорно|отлично|качественно|аккуратно|на\s+совесть|на\s+отлично|ужасно)(?!\w)
regex ru (?<!\w)сделали\s+(?:\S+\s+)?(?:хорошо|плохо|на\s+совесть|на\s+отлично|на\s+троечку|как\s+попало)(?!\w)
regex ru (?<!\w)получил\w*\s+(?:\S+\s+)?(?:здорово|отлично|круто|красиво|хорошо|плохо|криво|ужасно|так\s+себе|топорно)(?!\w)
regex ru (?<!\w)(?:стратеги|концепци|медиаплан|структур\w*\s+сайт|прототип|тз|презентаци|семантик)\w*\s+(?:\S+\s+)?(?:толков|проработан|продуман|сыр|слаб|сильн|отличн|хорош|поверхностн|шаблонн|бестолков)\w*
regex ru (?<!\w)(?:проработан|продуман|сыр|слаб|поверхностн|шаблонн|бестолков)\w*\s+(?:\S+\s+)?(?:стратеги|концепци|медиаплан|прототип|тз|презентаци|семантик)\w*
regex ru (?<!\w)(?:перепута|напута|не\s+(?:проверял|проверили|проверил|проверяют|тестировал|тестируют|тестировали|протестировал\w*))\w*
regex ru (?<!\w)(?:удалил|снес|затер|сломал|потерял|стер)\w*\s+(?:нам\s+)?(?:\S+\s+)?(?:справочник|базу|данные|таблиц|настройк|файл|страниц|раздел|контент|товар)\w*
regex ru (?<!\w)(?:много|куча|кучу|полно|масса|массу|меньше|больше|почти\s+нет)\s+(?:\S+\s+)?баг\w*|(?<!\w)баг\w*\s+(?:\S+\s+){0,2}?после\s+(?:внедрения|деплоя|релиза|запуска|сдачи|выката|обновления)\w*
regex ru (?<!\w)(?:мобильн\w+\s+верси\w*|верстк\w*|сайт\w*|лендинг\w*)\s+(?:\S+\s+)?(?:разваливается|развалилась|разъезжается|едет|поехал\w*|ломается|сломан\w*)(?!\w)
regex ru (?<!\w)верните,?\s+(?:\S+\s+)?(?:как\s+было|старую\s+версию|обратно|прежн\w+)
regex ru (?<!\w)пиксель\s+в\s+пиксель
regex ru (?<!\w)(?:стиль|качество|тексты|дизайн|верстка|картинка|тон)\w*\s+(?:\S+\s+)?(?:поплыл|поехал|сбился|скатил)\w*
exclude ru (?<!\w)(?:соотношени\w*\s+)?цен\w*\s*(?:[/-]|и)\s*качеств\w*|(?<!\w)качеств\w*\s*(?:[/-]|и)\s*цен\w*
exclude ru (?<!\w)менеджер\w*\s+по\s+качеств\w*
exclude ru (?<!\w)(?:до\s+того,?\s+как|прежде\s+чем|раньше,?\s+чем)\s+(?:мы\s+)?(?:успели\s+)?(?:потер|удал|стер)\w*(?:\s+\S+){1,2}
exclude ru (?<!\w)(?:бухгалтер\w*\s+(?:\S+\s+)?)?перепута\w*\s+(?:\S+\s+)?(?:реквизит|платеж|счет|сумм|акт|период|оплат)\w*   # accounting errors: billing_documents
exclude ru (?<!\w)(?:акт|счет|договор|документ|упд|реквизит)\w*\s+(?:\S+\s+){0,5}?(?:переделыва|передела|исправля|правк)\w*
exclude ru (?<!\w)качеств\w*\s+(?:лид|трафик|заявок|заявк|звонк|связи|обслуживани|поддержк|сервиса|интернет|звука|видео|аудитори)\w*
exclude ru (?<!\w)менеджмент\w*\s+качеств\w*
exclude ru (?<!\w)правк\w*\s+(?:в|к)\s+(?:договор|счет|акт|документ|доп|реквизит)\w*
exclude ru (?<!\w)код\w*\s+(?:ошибки|подтверждени|из\s+смс|доступа|активаци|купона|скидк|налогов|оквэд|инн|региона|товара|города)\w*
exclude ru (?<!\w)(?:промо|смс|sms)[-\s]?код\w*
exclude ru (?<!\w)дизайн\w*\s+(?:личного\s+кабинет|интерфейс|вашего\s+(?:сервиса|приложения|продукта|кабинета))\w*
exclude ru (?<!\w)текст\w*\s+(?:ошибк|договор|письма\s+от|счета|акта)\w*

# --- en ---------------------------------------------------------------------
term  en quality                  # excl. lead/call/video quality
term  en typo
term  en sloppy
term  en redo
term  en redone
term  en redid
term  en rework
term  en revision                 # revision, revisions (excl. contract revisions)
term  en deliverable*
term  en design                   # design, designs, designer
term  en code                     # code (excl. promo/verification codes)
term  en codebase
term  en mockup
term  en wireframe
term  en layout
term  en copywrit*                # copywriter, copywriting
term  en translation
term  en proofread*
term  en attention to detail
term  en polished
term  en craftsmanship
term  en botch                    # botch, botched
term  en subpar
term  en amateurish
regex en \b(?:typos?|mistakes?|errors?|bugs?)\s+(?:in|on)\s+(?:the\s+|our\s+|every\s+|each\s+|your\s+)?(?:\w+\s+)?(?:copy|texts?|articles?|code|designs?|mockups?|layouts?|translations?|ads?|banners?|landing|deliverables?|posts?|content|captions|setup|markup|templates?)\b
regex en \bhalf[-\s]baked\b
regex en \bcut\w*\s+corners\b
regex en \bsub-par\b
regex en \bcreatives\b
regex en \b(?:blog\s+posts?|articles?)\s+(?:are|were|is|was)\b
regex en \b(?:well|badly|poorly|beautifully)\s+(?:written|designed|coded|executed|made|crafted|researched|built|done)\b
regex en \b(?:badly|poorly|sloppily|beautifully|nicely|carelessly|properly|brilliantly|terribly)\s+(?:\S+\s+)?(?:retouched|done|made|written|designed|built|coded|translated|edited|executed|implemented|configured|put\s+together|laid\s+out|tested)\b
regex en \bhacked\s+together\b|\bno\s+(?:error\s+handling|logging|tests|unit\s+tests|testing|qa)\b|\b(?:didn['’]?t|never|don['’]?t)\s+(?:even\s+)?(?:test|qa|check)\s+(?:it|the|their|anything)\b
regex en \bwrong\s+(?:\S+\s+)?(?:data|values?|prices?|settings|config\w*|time\s+windows?|numbers|mapping|fields?|formulas?|tags?)\b
regex en \b(?:deleted|wiped|broke|overwrote|lost)\s+(?:our\s+|all\s+)?(?:\S+\s+)?(?:database|data|catalog\w*|tables?|settings|files?|pages?|products?)\b
regex en \b(?:plenty|lots|tons|loads)\s+of\s+bugs\b|\bbugs?\s+(?:\S+\s+){0,2}?after\s+(?:go-live|launch|deploy\w*|release|rollout)\b|\b(?:few|no|hardly\s+any|zero)\s+bugs\b
regex en \b(?:needs?|needed|requires?|required)\s+(?:\S+\s+)?(?:editing|rework|fixing|rewrites?|rewriting|redoing|corrections|revisions)\b
regex en \b(?:please\s+)?revert\b|\broll\s*back\s+(?:the|this|that|to)\b
regex en \bturned\s+out\s+(?:\S+\s+)?(?:great|well|beautiful|badly|poorly|awful|amazing)\b
regex en \bpixel[-\s]perfect\b
regex en \b(?:style|tone|look)\s+(?:has\s+)?(?:drifted|slipped|went\s+downhill|dropped)\b
exclude en \bdesigners?\b
exclude en \bbefore\s+(?:we|it|anyone)\s+(?:lost|could\s+lose|had\s+lost)\s+(?:any\s+)?\S+
exclude en \bquality\s+managers?\b
exclude en \btranslat\w*\s+(?:\S+\s+){0,3}?into\s+(?:plain|simple|human|normal|business)\s+(?:english|language|terms|words)\b
exclude en \bprice[-/\s]+quality\b|\bquality[-/\s]+price\b
exclude en \b(?:lead|traffic|call|audio|video|connection|signal|air|service|data|sound|network)\s+quality\b
exclude en \bquality\s+(?:of\s+(?:the\s+)?)?(?:leads?|traffic|calls?|the\s+connection|service|support|data)\b
exclude en \bquality\s+management\b
exclude en \b(?:promo|discount|coupon|verification|confirmation|access|error|status|zip|postal|tax|country|area|qr|sms|2fa|otp|voucher|referral|security|activation)\s+codes?\b
exclude en \bcode\s+of\s+conduct\b
exclude en \brevisions?\s+(?:of|to)\s+(?:the\s+)?(?:contract|invoice|agreement|price|pricing|budget|terms|sow)\b
exclude en \barticle\s+\d+|\barticles?\s+of\s+(?:the\s+)?(?:contract|agreement|association)\b

expect ru + После замены копирайтера стиль поплыл
expect en + The visual style drifted after the handover
expect ru + Сверстали пиксель в пиксель по макету
expect en + The layouts are pixel-perfect
expect ru + Баннеры отрисованы криво, шрифты разные
expect ru + Сделали быстро и сделали хорошо
expect ru + Логотип получился отлично
expect ru + Медиаплан проработанный, видно, что думали
expect ru + В прайсе перепутаны артикулы
expect ru + Программист снёс нам настройки обмена
expect ru + После релиза куча багов
expect ru + Лендинг разъезжается на планшетах
expect ru + Верните, пожалуйста, старую версию шаблона
expect ru - Ваш дизайнер ушёл в отпуск
expect ru - Починили интеграцию раньше, чем мы потеряли заказы
expect ru - Бухгалтерия перепутала реквизиты в счёте
expect ru - По соотношению цена и качество вы лучшие
expect ru - Менеджер по качеству ответит вам позже
expect ru - В акте ошибка в реквизитах, пришлось исправлять
expect en + The banners were poorly designed
expect en + The script was hacked together, no tests
expect en + The feed has wrong prices for half the items
expect en + Their developer wiped our product catalog
expect en + Lots of bugs after the release
expect en + Every article needed heavy rewriting
expect en + The new logo turned out great
expect en - Our designer is on vacation
expect en - They restored the sync before we lost any orders
expect en - She is great at translating legalese into plain English
expect en - Best price-quality ratio on the market
expect ru + Качество работ на высоте
expect ru + В текстах куча ошибок
expect ru + Макеты пришлось переделывать трижды
expect ru + Верстка кривая, на мобильных всё съезжает
expect ru + Постоянные опечатки в объявлениях
expect ru + Сделано тяп-ляп
expect ru + Правки вносятся с первого раза, спасибо
expect ru + косячат постоянно, приходится перепроверять
expect ru + Тексты написаны живо и грамотно
expect ru + Код после вас пришлось переписывать
expect ru + ХАЛТУРА
expect ru + Дизайн нового сайта очень понравился
expect ru + Небрежно оформленные карточки товаров
expect ru + недочетов много, но исправляют быстро
expect ru + Креативы свежие, CTR хороший
expect ru + Сдали сырой сайт, половина функций не работает
expect ru + Кочество контента оставляет желать лучшего
expect ru + Очень тщательная работа с семантикой
expect ru + Контент-план и посты делаете качественно
expect ru + ошибки в переводе сайта на английский
expect ru + Ляпы в каждом баннере
expect ru + Сплошные недоделки после релиза
expect ru + Дизайнер у вас от бога
expect ru - Качество лидов упало
expect ru - Ошибка 500 при входе в личный кабинет
expect ru - В счёте ошибка в реквизитах
expect ru - Код подтверждения из СМС не приходит
expect ru - Менеджмент качества у нас свой
expect ru - Внесите правки в договор, пожалуйста
expect ru - Качество связи на созвонах ужасное
expect ru - Дизайн личного кабинета неудобный
expect ru - Текстильное производство — наш профиль
expect ru - Промокод на скидку не срабатывает

expect en + Quality of work is excellent
expect en + Lots of typos in the blog articles
expect en + We had to redo the landing copy twice
expect en + The designs were beautiful and on brand
expect en + Sloppy work, nobody checks anything
expect en + Code quality is poor, our devs had to rewrite half of it
expect en + Three rounds of revisions for a simple banner
expect en + Great attention to detail
expect en + Deliverables are polished and ready to publish
expect en + Mistakes in the ad texts every week
expect en + The translation was done by a machine, clearly
expect en + HALF-BAKED DELIVERY
expect en + They cut corners on testing
expect en + the copywriter nailed the tone of voice
expect en + Mockups look amateurish
expect en + Subpar quality of banners
expect en + The layout broke on every page after your update
expect en + Consistently high quality work
expect en + Articles are well written and well researched
expect en + needs rework every time
expect en + Botched the migration of our product pages
expect en + The creatives are fresh and on point
expect en - Lead quality has dropped a lot
expect en - Call quality on Zoom is bad on your side
expect en - The promo code does not apply at checkout
expect en - Error 500 when I log in
expect en - There is a mistake in the invoice amount
expect en - Article 5 of the contract says otherwise
expect en - Please send me a copy of the act
expect en - Quality management is our internal process
expect en - The revision of the contract is delayed

# --- added from tests/lexicon/tune.jsonl misses -------------------------------
regex ru (?<!\w)(?:стать|текст|макет|баннер|карточк|описани|перевод|код|верстк|дизайн|пост|публикаци|презентаци|документаци|сайт|лендинг)\w*\s+(?:\S+\s+)?с\s+(?:\S+\s+)?(?:ошибк|опечатк|багами|недочет|косяк)\w*+(?!\s*\d)
regex ru (?<!\w)(?:сдали|сделали|выкатили|запустили|отдали|прислали|сдают|присылают)\s+(?:\S+\s+){0,3}?с\s+(?:кучей\s+|массой\s+|множеством\s+|десятком\s+)?(?:ошибк|опечатк|баг|недочет|косяк)\w*
regex ru (?<!\w)то\s+(?:\S+\s+){0,2}?(?:идеальн|отличн|хорош|супер|шедевр|качествен|аккуратн)\w*,?\s+то\s+(?:\S+\s+){0,2}?(?:треш|трэш|ужас|провал|халтур|кошмар|плох|криво|брак|косяк|ошибк)\w*
expect ru + Статьи с ошибками, фактуру путают.
expect ru + Сайт сдали вовремя, но с кучей багов.
expect ru + То сделают идеально, то полный треш
expect ru - Сайт с ошибкой 502 не открывается
