theme reporting_detail
term ru отчет
expect ru + Отчеты хорошие
