# polarity.lex — cues that give each theme mention its polarity.
#
# A mention's polarity is the sign of the sum of the cues within `window`
# words either side of it: positive +1, negative −1, doubled by an
# intensifier right before the cue (or one word before it), flipped by a
# negator up to `negation` words before the cue ("не хватает" → negative;
# "no complaints" → positive). Cue words are matched like `term`: by
# Snowball stem (so хороший also covers хорошо, хорошие: one line a stem —
# `check` reports two lines with the same stems); `word*` by prefix,
# `*word` by suffix. Several words make a phrase.

window   4
negation 2

# --- negators ---------------------------------------------------------------
negator ru не
negator ru нет
negator ru ни
negator ru без
negator ru никогда
negator ru никак
negator ru ничуть
negator ru отсутствует
negator en not
negator en no
negator en never
negator en without
negator en nothing
negator en none
negator en *n't
negator en hardly*
negator en lack

# --- intensifiers -----------------------------------------------------------
intensifier ru очень
intensifier ru крайне
intensifier ru слишком
intensifier ru совсем
intensifier ru абсолютно
intensifier ru максимально
intensifier ru реально
intensifier en very
intensifier en extremely
intensifier en really
intensifier en too
intensifier en so
intensifier en super
intensifier en absolutely
intensifier en totally

# --- positive ---------------------------------------------------------------
positive ru хороший
positive ru отличный
positive ru прекрасный
positive ru замечательный
positive ru классный
positive ru класс
positive ru супер
positive ru круто
positive ru нравиться
positive ru понравиться
positive ru доволен
positive ru довольны
positive ru удобный
positive ru быстро
positive ru оперативно
positive ru вовремя
positive ru качественно
positive ru профессиональный
positive ru понятный
positive ru прозрачный
positive ru внимательный
positive ru вежливый
positive ru спасибо
positive ru благодарность
positive ru рекомендую
positive ru рекомендовать
positive ru хватать
positive ru устраивать
positive ru рост
positive ru выросли
positive ru вырос
positive ru молодец
positive ru молодцы
positive ru лучший
positive ru помогли
positive ru помог
positive ru решили
positive ru стабильно
positive ru надежный
positive ru ценный
positive ru выгодно
positive ru адекватный
positive ru приятно
positive en good
positive en great
positive en excellent
positive en amazing
positive en awesome
positive en perfect
positive en fantastic
positive en wonderful
positive en outstanding
positive en love
positive en like
positive en happy
positive en pleased
positive en satisfied
positive en helpful
positive en fast
positive en quick
positive en prompt
positive en responsive
positive en easy
positive en clear
positive en transparent
positive en professional
positive en reliable
positive en on time
positive en thank
positive en recommend
positive en best
positive en better
positive en improved
positive en solved
positive en resolved
positive en fair
positive en friendly
positive en attentive
positive en smooth
positive en growth
positive en grew
positive en worth
positive en enough

# --- negative ---------------------------------------------------------------
negative ru плохой
negative ru ужасный
negative ru отвратительный
negative ru медленно
negative ru долго
negative ru задержка
negative ru задерживать
negative ru опоздать
negative ru просрочить
negative ru сорвать
negative ru затянуть
negative ru проблема
negative ru жалоба
negative ru претензия
negative ru ошибка
negative ru косяк
negative ru баг
negative ru сбой
negative ru недоволен
negative ru недовольны
negative ru неудобно
negative ru непонятно
negative ru сложно
negative ru дорого
negative ru дорогой
negative ru бесит
negative ru раздражает
negative ru разочарован
negative ru разочарование
negative ru игнорировать
negative ru пропал
negative ru пропадать
negative ru теряться
negative ru потерять
negative ru падение
negative ru упал
negative ru хуже
negative ru худший
negative ru некомпетентный
negative ru безобразие
negative ru кошмар
negative ru невозможно
negative ru мало
negative ru недостаточно
negative ru слабый
negative ru нестабильно
negative ru заменить
negative ru сменить
negative en bad
negative en poor
negative en terrible
negative en awful
negative en horrible
negative en worst
negative en worse
negative en slow
negative en slowly
negative en late
negative en delay
negative en missed
negative en problem
negative en issue
negative en complaint
negative en complain
negative en error
negative en mistake
negative en bug
negative en broken
negative en fail
negative en failure
negative en unhappy
negative en disappointed
negative en frustrated
negative en annoying
negative en confusing
negative en complicated
negative en difficult
negative en expensive
negative en overpriced
negative en ignored
negative en unresponsive
negative en unreliable
negative en sloppy
negative en lost
negative en drop
negative en outage
negative en down
negative en waste
negative en replace
