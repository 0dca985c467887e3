# no theme here
term ru слово
theme slowish
regex (?:\w+\s?)+$
regex (?:a|ab)(?:c|bcd)(?:d*)x
