theme reporting_detail
label en Reporting and metrics
label ru Отчётность и метрики
term ru отчёт
term ru отчетн*
term en report
regex en \bdashboards?\b
expect ru + Отчётность стала лучше
expect ru + В отчётах нет цифр
expect en + The weekly reports lack numbers
expect ru - Отчетливо видно, что всё хорошо
