window 4
negation 2
negator ru не
negator en not
intensifier ru очень
positive ru супер
positive ru отличный
positive ru хороший
positive en great
negative ru сорвать
positive ru отвечать
negative en missed
negative en late
