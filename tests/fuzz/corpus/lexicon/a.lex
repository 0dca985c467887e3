theme dup
term ru
regex ru (abc
regex en a*
foo bar
term ru отчет
term ru Отчёт
label xx Something
expect ru ? text
