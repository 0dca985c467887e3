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
regex ru (?<!\w)дизайн(?:а|у|ом|е|ы|ер\w*)?(?!\w)
regex ru (?<!\w)ляп(?:ы|ов|ами|ах)?(?!\w)
regex ru (?<!\w)тяп[-\s]ляп
regex ru (?<!\w)на\s+(?:отвали|коленке|от\s+балды)
regex ru (?<!\w)крив(?:о|ой|ая|ые|ую|ым|ыми|енько)(?!\w)
regex ru (?<!\w)ошиб\w*\s+(?:в|во)\s+(?:текст|код|верстк|макет|дизайн|стать|перевод|контент|настройк|карточк|баннер|креатив|тз|семантик|посадочн|лендинг|описани|объявлени|пост|рассылк|разметк)\w*
regex ru (?<!\w)(?:грамматическ|орфографическ|пунктуационн|детск|глуп|досадн|постоянн|кучу|куча|сплошн|фактическ)\w*\s+ошиб\w*
regex ru (?<!\w)(?:грамотн|безграмотн)\w*\s+(?:текст|стать|перевод|верстк|код|контент)\w*
regex ru (?<!\w)(?:сыр\w+)\s+(?:сайт|код|верстк|макет|текст|верси|продукт|релиз|лендинг)\w*
regex ru (?<!\w)(?:сдали|сдаете|сдают|выдали)\s+(?:\w+\s+)?(?:сыр|с\s+ошибк|недодела)\w*
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
exclude en \b(?:lead|traffic|call|audio|video|connection|signal|air|service|data|sound|network)\s+quality\b
exclude en \bquality\s+(?:of\s+(?:the\s+)?)?(?:leads?|traffic|calls?|the\s+connection|service|support|data)\b
exclude en \bquality\s+management\b
exclude en \b(?:promo|discount|coupon|verification|confirmation|access|error|status|zip|postal|tax|country|area|qr|sms|2fa|otp|voucher|referral|security|activation)\s+codes?\b
exclude en \bcode\s+of\s+conduct\b
exclude en \brevisions?\s+(?:of|to)\s+(?:the\s+)?(?:contract|invoice|agreement|price|pricing|budget|terms|sow)\b
exclude en \barticle\s+\d+|\barticles?\s+of\s+(?:the\s+)?(?:contract|agreement|association)\b

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
