theme reporting_detail
label en Reporting and metrics
label ru Отчётность и метрики
term ru отчет
term en report
expect ru + Отчёты хорошие
expect en - I will call you
