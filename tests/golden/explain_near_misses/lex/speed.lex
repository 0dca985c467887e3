theme speed
label en Response speed
label ru Скорость реакции
# The first regex's anchor is {долго, быстро} (the first of two equally
# good parts). The next three share the literal "ответ": explain shows two
# of them and counts the third (--all shows every one).
regex ru (?<!\w)(?:долго|быстро)\s+(?:отвеча|ответ)\w*
regex ru (?<!\w)ответ\w*\s+(?:за|через)\s+\d+
regex ru (?<!\w)жд\w*\s+ответ\w*
regex ru (?<!\w)ответ\w*\s+так\s+и\s+не\s+при\w*
expect ru + Долго отвечают на письма
expect ru + Ответили через 5 минут
expect ru + Ждали ответа неделю
expect ru + Ответ так и не пришел
expect ru - Ответ был по делу
