# expertise: competence, professionalism, knowledge of the client's market,
# experience, "don't understand our business".
# Boundary: the quality of a given deliverable is work_quality; attentiveness
# of the manager is manager_fit.
theme    expertise
label en Expertise
label ru Экспертиза
owner    Head of practice

# --- ru ---------------------------------------------------------------------
term  ru эксперт*                 # эксперт, эксперты, экспертиза, экспертность, экспертный
term  ru профессионал*            # профессионал, профессионально, профессионализм (excl. тариф «Профессиональный»)
term  ru непрофессионал*
term  ru компетентн*              # компетентный, компетентность
term  ru некомпетентн*
term  ru компетенци*
term  ru квалификация
term  ru квалифицированный
term  ru дилетант
term  ru знание                   # знание, знания (of the market, of the product)
term  ru специфика                # специфика, специфику нашего бизнеса
term  ru опытный                  # опытный, опытные (excl. опытным путем)
term  ru неопытный
term  ru знаток
term  ru кругозор
regex ru (?<!\w)профи(?!\w)
regex ru (?<!\w)(?:нет|мало|не\s+хватает|недостаточно|большой|огромный|богатый|реальный|серьезный|релевантн\w*)\s+опыт\w*
regex ru (?<!\w)опыт\w*\s+(?:в\s+(?:нашей|вашей|этой|нише|отрасли|сфере|теме|b2b|e-?commerce|ecom|медицин|фарм|финанс)|работы\s+в\s+(?:нашей|нише|отрасли|сфере))\w*
regex ru (?<!\w)(?:не\s+)?(?:понима|понял|понимани|вникл|вникают|вникнуть|вникли|разобрал)\w*\s+(?:\w+\s+){0,2}?(?:бизнес|специфик|ниш|рын|продукт|отрасл|аудитори|тематик)\w*
regex ru (?<!\w)(?:не\s+)?разбира\w*\s+в\s+\w+
regex ru (?<!\w)знают\s+свое\s+дело
regex ru (?<!\w)шар(?:ят|ит|ил|или|ишь|ите)(?!\w)
regex ru (?<!\w)(?:джун|джуниор|стажер|студент|новичк)\w*
regex ru (?<!\w)(?:сеньор|синьор|senior|мидл)\w*\s+(?:уровн|специалист|разработчик|команд)\w*
regex ru (?<!\w)грамотн\w*\s+(?:специалист|спец|подход|команд|ребят|консультац|эксперт|маркетолог|сеошник|юрист|разработчик|аналитик|стратег|таргетолог|директолог|совет|рекомендац)\w*
regex ru (?<!\w)(?:уровень|уровня)\s+(?:специалистов|команды|экспертизы|знаний|компетенци\w*)
regex ru (?<!\w)(?:понятия\s+не\s+имеют|не\s+в\s+теме|плавают\s+в)
regex ru (?<!\w)(?:знают|знает|знали|знал|знала|знаете)\s+(?:\S+\s+){0,2}?(?:рын|отрасл|ниш|специфик|продукт|тематик|предмет|конфигураци|фишк|матчаст|алгоритм|бизнес|сфер|законодательств|регламент)\w*   # "знают рынок", "толком не знали нашу отрасль"
regex ru (?<!\w)(?:знает|знают|знали|знал|знала|понимает|понимают|понимали|понимал|понимала|представляет|представляют)\s*,?\s+как\s+(?:\S+\s+){0,2}?(?:устроен|работает|работают|настраива|считает|считаются|индексир)\w*   # "не знает, как устроен обмен с 1С"
regex ru (?<!\w)(?:сильн|слаб|толков|крут|топов|опытн)\w*\s+(?:\S+\s+)?(?:специалист|спец|эксперт|команд|маркетолог|аналитик|разработчик|юрист|консультант|стратег|таргетолог|директолог|сеошник|инженер|программист|перформанс|архитектор|технар)\w*
regex ru (?<!\w)опыт\w*\s+(?:работы\s+)?в\s+(?:\S+\s+)?(?:нише|отрасл|сфер|тем|b2b|e-?commerce|ecom|интернет|медицин|фарм|финанс|ритейл|рознич|маркетплейс|производств|стро|логистик|saas|банк)\w*
regex ru (?<!\w)(?:видно|виден|видна|чувствуется|ощущается|сразу\s+видно)\s+(?:\S+\s+)?(?:опыт|экспертиз|профессионал|знани|понимани|класс|уровень)\w*
regex ru (?<!\w)(?:команд|ребят|агентств|специалист|люди|компани|они)\w*\s+(?:\S+\s+)?(?:работа\w*|на\s+рынке|в\s+(?:теме|деле|профессии))\s+(?:\S+\s+)?не\s+первый\s+(?:год|десяток)
regex ru (?<!\w)видно,?\s+что\s+(?:\S+\s+){0,2}?не\s+первый\s+(?:год|десяток)
regex ru (?<!\w)новичо?к\w*
regex ru (?<!\w)(?:люди|ребята|специалисты|команда|парни|спецы|подрядчик|агентство)\s+(?:\S+\s+)?в\s+теме(?!\s+(?:письма|сообщения|наших|нашего|проекта|задач))
regex ru (?<!\w)(?:очень|весьма|крайне|довольно|всё|все|сделано|предельно)\s+грамотно
regex ru (?<!\w)с\s+(?:полным\s+|глубоким\s+)?пониманием\s+(?:дела|предмета|специфики|рынка|отрасли)
regex ru (?<!\w)ориентиру\w*\s+в\s+\w+
regex ru (?<!\w)(?:хорошо|отлично|прекрасно|досконально|глубоко|плохо|слабо|поверхностно)\s+(?:знают|знает|знали|знал|знала)\s+\S+
exclude ru (?<!\w)(?:мы|я)\s+(?:\S+\s+)?(?:знаем|знаю|понимаем|понимаю)\s+(?:\S+\s+){0,3}
exclude ru (?<!\w)новичк\w*\s+(?:\S+\s+){0,2}?(?:пользовател|сотрудник|кабинет|систем|интерфейс|приложени|сервис|платформ|лк)\w*   # new users of the product
exclude ru (?<!\w)опытн\w*\s+путем
exclude ru (?<!\w)(?:мы|я)\s+(?:\w+\s+)?(?:сами|сам|сама)\s+(?:\w+\s+)?эксперт\w*
exclude ru (?<!\w)тариф\w*\s+(?:план\w*\s+)?[«"']?профессиональн\w*
exclude ru (?<!\w)(?:государственн|гос|строительн|судебн|патентн)\w*\s+экспертиз\w*
exclude ru (?<!\w)знани\w*\s+(?:английского|языка|пароля|логина)\w*

# --- en ---------------------------------------------------------------------
term  en expert*                  # expert, experts, expertise, expertly
term  en professional             # professional, professionalism, professionally
term  en unprofessional*
term  en competen*                # competent, competence (not "compete")
term  en incompeten*
term  en knowledge                # knowledge, knowledgeable (excl. knowledge base)
term  en clueless
term  en amateur                  # amateur, amateurs
term  en seniority
term  en know-how
term  en savvy
regex en \b(?:lack\s+of|no|little|years\s+of|deep|real|relevant|industry|proven|a\s+lot\s+of|zero|limited|solid)\s+experience\b
regex en \bexperienced\s+(?:\w+\s+)?(?:team|people|specialists?|staff|devs?|developers?|consultants?|marketers?|engineers?|pros?|professionals?|managers?|designers?|strategists?)\b
regex en \b(?:very|highly|really|not|less|more|quite)\s+experienced\b
regex en \b(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|never|really|truly|finally|fully)\s+(?:\w+\s+)?understand\w*\s+(?:\w+\s+){0,2}?(?:business|market|industry|niche|specifics|domain|product|audience|field|space|model)\b
regex en \bunderstand\w*\s+(?:\w+\s+){0,2}?(?:specifics|industry|niche|domain)\b
regex en \bknow\w*\s+(?:their|his|her|your|the)\s+stuff\b
regex en \bknow\w*\s+(?:\w+\s+){0,2}?(?:market|industry|niche|domain|business|product)\s+(?:inside\s+out|really\s+well|better\s+than|cold)\b
regex en \b(?:no\s+(?:idea|clue)|clueless)\s+(?:about|of)\s+(?:\w+\s+)?(?:niche|market|industry|business|domain|product|audience|field|area|topic|space)\b
regex en \bjuniors\b|\bjunior\s+(?:staff|people|devs?|developers?|specialists?|team|level|marketers?)\b
regex en \b(?:real|true|total|absolute)\s+pros\b
regex en \b(?:learn|learning|learned|learnt)\s+on\s+(?:our|my)\s+(?:project|dime|money|account)\b
regex en \b(?:know|knows|knew)\s+(?:\S+\s+){0,3}?(?:market|markets|industry|niche|space|subject|domain|product|configurations?|marketplaces?|platform|ops|operations|field|craft|specifics|regulations?|algorithms?)\b   # "they know the SaaS space", "didn't know our industry"
regex en \b(?:understands?|understood|knows|knew|know)\s+how\s+(?:\S+\s+){0,4}?(?:works?|is\s+set\s+up|are\s+set\s+up|functions?|is\s+calculated|is\s+built)\b
regex en \b(?:been\s+around\s+the\s+block|know\s+(?:their|his|her)\s+(?:craft|trade|onions)|knows?\s+what\s+(?:they|he|she)\s*(?:['’]re|['’]s|are|is)\s+doing)\b
regex en \b(?:not|un)\s*familiar\s+with\b
regex en \b(?:deep|hands-on|extensive|vast|broad|\S+-?commerce|saas|b2b|domain|agency|retail|fintech)\s+(?:\S+\s+)?experience\b
regex en \b(?:strong|weak|top-notch|brilliant|sharp|skilled|talented|capable|seasoned)\s+(?:\S+\s+)?(?:specialists?|experts?|engineers?|developers?|devs|consultants?|analysts?|marketers?|strategists?|lawyers?|architects?|buyers?)\b
regex en \b(?:clearly|really|obviously|definitely|truly)\s+knows?\s+(?:it|this|that|their|his|her|the\s+subject)\b
term  en inexperienced
regex en \b(?:they|he|she|team|agency|consultants?|specialists?|analysts?|strategists?)\s+(?:\S+\s+)?(?:really\s+|clearly\s+|truly\s+)?understands?\s+(?:\S+\s+){0,2}?(?:market|space|business|industry|niche|domain|regulations?|compliance)\b
regex en \b(?:they|he|she|team|agency|consultants?|specialists?)\s+(?:\S+\s+)?(?:know|knows|knew)\s+(?:\S+\s+){1,3}?(?:very\s+well|really\s+well|inside\s+out|cold|thoroughly)\b
term  en skilled
term  en unskilled
exclude en \blet\s+(?:us|me|you|them)\s+know\b(?:\s+\S+){0,3}
exclude en \b(?:i|we)\s+(?:\S+\s+){0,2}?(?:understand|know|knew|understood)\s+how\s+(?:\S+\s+){0,3}?(?:works?|is\s+set\s+up|are\s+set\s+up|functions?|is\s+calculated|is\s+built)\b
exclude en \b(?:i|i['’]m|i\s+am|we|we['’]re|we\s+are)\s+(?:still\s+)?(?:not|un)\s*familiar\s+with\b
exclude en \b(?:user|customer|client|shopping|checkout|onboarding|buying|mobile|overall|brand|support)\s+experience\b
exclude en \b(?:we|i)\s+(?:\S+\s+)?(?:know|knew)\s+(?:\S+\s+){0,2}?(?:market|markets|industry|niche|space|subject|domain|product|field|specifics|business)\b(?:\s+(?:inside\s+out|really\s+well|better\s+than|cold))?
exclude en \bknowledge\s*base\w*
exclude en \bprofessional\s+(?:plan|tier|edition|license|subscription|package|version|account)\b
exclude en \bexpert\s+(?:mode|settings?|view)\b

expect ru + Видно, что аналитик отлично знает ритейл
expect en + You can tell they know B2B marketing very well
expect ru + Отлично ориентируются в строительной тематике
expect en + The team is inexperienced with B2B SaaS
expect en + The consultants really understand the insurance market
expect ru + Настоящие эксперты в своей нише
expect ru + Не понимают специфику нашего бизнеса
expect ru + Очень профессиональная команда
expect ru + Некомпетентные специалисты, мы знаем больше вас
expect ru + Нет опыта в e-commerce, учатся на нас
expect ru + Ребята шарят в технической SEO
expect ru + Знают своё дело
expect ru + ЭКСПЕРТИЗА НА УРОВНЕ
expect ru + Опытные разработчики, видно сразу
expect ru + Дилетанты
expect ru + Глубокое понимание рынка
expect ru + Профи своего дела!
expect ru + На проекте одни джуны
expect ru + Квалификация специалистов вызывает вопросы
expect ru + Хорошо разбираются в медицинской тематике
expect ru + Компетентные ребята
expect ru + Профессионализм команды на высоте
expect ru + Знания в области B2B-маркетинга впечатляют
expect ru + Чувствуется экспертность
expect ru + Не вникли в наш продукт, предлагают шаблонные решения
expect ru + Грамотный сеошник, всё объяснил
expect ru + Уровень экспертизы упал после смены команды
expect ru + Такое ощущение, что специалисты плавают в базовых вещах
expect ru + Аналитики отлично знают рынок стройматериалов
expect ru + Менеджер не знает, как работает сквозная аналитика
expect ru + Сильные юристы, закрыли вопрос с лицензией
expect ru + У них большой опыт в фармацевтике, это заметно
expect ru + Сразу видно опыт команды в ритейле
expect ru + Видно, что ребята работают не первый год
expect ru + Ошибки уровня новичка в настройке рекламы
expect ru + Ребята в теме, объяснять ничего не пришлось
expect ru + Всё настроили очень грамотно
expect ru + Подошли к аудиту с пониманием дела
expect ru - Мы работаем с вами не первый год и довольны
expect ru - Мы знаем свой рынок лучше, нужны просто руки
expect ru - В теме письма укажите номер договора
expect ru - Новичкам в кабинете сложно разобраться
expect ru - Не знаем, как работает ваш кабинет, нужна инструкция
expect en + They clearly know the fintech market
expect en + Our consultant didn't know the product at all
expect en + Nobody on the team understands how attribution works
expect en + You can tell they know what they're doing
expect en + Not familiar with healthcare compliance, which worried us
expect en + Hands-on retail experience made the difference
expect en + A sharp analyst who asks the right questions
expect en + She knows our business inside out
expect en - Let us know the product launch date
expect en - I don't understand how the export works in your portal
expect en - We're not familiar with the new portal yet
expect en - We know our market better than anyone
expect en - The checkout experience on mobile is clunky
expect ru - Пользовательский опыт в личном кабинете так себе
expect ru - Разбираемся с проблемой уже неделю
expect ru - Опыт работы с вами в целом положительный
expect ru - Профиль компании в 2ГИС заполнили неправильно
expect ru - Мы сами эксперты в своей отрасли, нам нужны руки
expect ru - Тариф «Профессиональный» дороговат для нас
expect ru - Опытным путем выяснили, что кнопка не работает
expect ru - Понимаем, что у вас много клиентов
expect ru - Государственная экспертиза проекта затянулась

expect en + Real experts in B2B SEO
expect en + They don't understand our business at all
expect en + Very professional team
expect en + Incompetent specialists, we know more than they do
expect en + Lack of experience with Shopify shows
expect en + The strategist clearly knows her stuff
expect en + It feels like we are paying juniors to learn on our project
expect en + EXPERTISE IS TOP NOTCH
expect en + Highly experienced developers
expect en + Clueless about GDPR requirements
expect en + Their consultants are knowledgeable and honest
expect en + Amateur hour on the analytics setup
expect en + Competent people who explain the why
expect en + Lacking industry expertise
expect en + Professionalism of the whole team impressed us
expect en + They know the SaaS market inside out
expect en + No idea about our niche, generic advice
expect en + Seniority of the team is lacking
expect en + Solid technical know-how
expect en + Your specialists understand the specifics of pharma
expect en + Expert advice on the tech stack
expect en + Very savvy about paid social
expect en - User experience of your portal is confusing
expect en - We experienced downtime twice this month
expect en - Search your knowledge base, it doesn't help
expect en - We use the Professional plan and want to upgrade
expect en - Expert mode in the settings is hidden
expect en - The junior account manager was replaced
expect en - I don't understand why the invoice is so high
expect en - Customer experience matters to us
expect en - We compete with much bigger brands

# --- added from tests/lexicon/tune.jsonl misses -------------------------------
# "чувствуется, что работали с ...", "видно, что разбираются"
regex ru (?<!\w)(?:чувствуется|видно|заметно|сразу\s+видно|ощущается),?\s+что\s+(?:\S+\s+){0,2}?(?:работали\s+с|работают\s+с|разбираются|разбирается|знают|знает|понимают|понимает|в\s+теме|шарят|собаку\s+съели)(?!\w)
# "разбираются" closing a clause: "ребята реально разбираются."
regex ru (?<!\w)(?:реально|хорошо|отлично|здорово|прекрасно|явно|правда|совсем\s+не|вообще\s+не|не)\s+разбираю?т?ся(?=\s*[.,!;)]|\s*$)
# senior-разработчики, джун-дизайнер: one hyphenated word
regex ru (?<!\w)(?:senior|сеньор|синьор|middle|мидл|junior|джун|джуниор)\w*-(?:разработчик|специалист|инженер|программист|маркетолог|дизайнер|аналитик|спец|девелопер)\w*
# the noun first: "специалисты сильные", "разработчики реально толковые"
regex ru (?<!\w)(?:специалист|спец|разработчик|программист|инженер|аналитик|маркетолог|юрист|консультант|ребят|команд)\w*\s+(?:\S+\s+){0,2}?(?:сильн|слаб|толков|грамотн|опытн|знающ)(?:ые|ый|ая|ое|ий)(?!\w)
# we explain the basics to them
regex ru (?<!\w)(?:объясня|объяснить|учим|учить|обучать|обучаем|растолковыва|разжевыва)\w*\s+(?:\S+\s+){0,2}?(?:азы|азам|основы|основам|элементарн\w*|базов\w*\s+вещ\w*)(?!\w)
regex en \b(?:train|training|trained|teach|teaching|taught|educat\w*|explain\w*)\s+(?:\S+\s+){0,3}?(?:the\s+|on\s+(?:the\s+)?)?(?:basics|fundamentals|abcs?)\b
regex en \b(?:smart|bright|clever|knowledgeable|savvy|skilled|competent|capable)\s+(?:\S+\s+)?(?:team|people|folks|guys|bunch|crew|group|consultants?|engineers?|agency)\b
expect ru + Чувствуется, что работали с крупными банками.
expect ru + Видно, что разбираются в рознице.
expect ru + Юристы хорошо разбираются.
expect ru + Senior-разработчики у них правда сильные
expect ru + Специалисты у них толковые, вопросов нет
expect ru + Приходится объяснять им азы контекстной рекламы
expect ru - Видно, что работали в спешке, правок много
expect ru - Мы сами не разбираемся, поэтому и наняли их
expect en + Felt like we were teaching their analysts the basics.
expect en + Smart people, quick to grasp our model.
expect en + They clearly know the fintech lending space.
expect en + The agency didn't understand how our enterprise sales cycles work.
expect en - The basics of the plan are in the attachment.
expect en - Smart folders in the portal are handy.
