# A small lexicon for the unit tests: exact rule lines matter (provenance).
theme    manager_fit
label en Manager fit
label ru Менеджер и отношения с ним
owner    Head of account management   # who follows up
term  ru менеджер
term  en account manager
regex ru не\s+сошлись\s+(?:по\s+)?хими
exclude ru менеджер\w*\s+по\s+продажам
expect ru + Прошу заменить проект-менеджера, не сошлись по химии
expect en + Our Account Managers are great
expect ru - Менеджмент качества у нас свой
expect ru - Наш менеджер по продажам сам всё сделал
