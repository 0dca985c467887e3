theme billing
label en Billing documents
label ru Закрывающие документы
# An alternation at the top: either branch's literal is a near miss.
regex ru (?<!\w)(?:двойн\w*|лишн\w*)\s+списани\w*|(?<!\w)списал\w*\s+(?:дважды|два\s+раза)
# An alternation inside a group only: the literal outside it is the anchor.
regex ru (?<!\w)подписа\w*\s+(?:акт|договор|счет)\w*
# Words under 4 letters only: no anchor, never a near miss.
regex ru (?<!\w)(?:упд|эдо)\s+(?:нет|без)
expect ru + Списали дважды за один месяц
expect ru + Двойное списание с карты
expect ru + Подписали акт только с третьего раза
expect ru - Списали оплату вовремя
expect ru + УПД нет уже месяц
