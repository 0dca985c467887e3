theme deadlines
label en Deadlines
label ru Сроки
term ru срок
term ru просроч*
term ru опоздание
term en deadline
term en late
expect ru + Просрочили сдачу
expect en + Deadline missed
