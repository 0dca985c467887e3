theme manager_fit
label en Manager fit
label ru Менеджер и отношения с ним
owner Head of account management
term ru менеджер
term en account manager
exclude ru менеджер\w*\s+по\s+продажам
expect ru + Менеджер супер
expect ru - Менеджер по продажам ушёл
