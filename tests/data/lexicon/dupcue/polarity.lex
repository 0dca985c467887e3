window 4
positive ru хороший
positive ru хорошо
