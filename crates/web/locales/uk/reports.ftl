# machine-made translation: to be reviewed by a native speaker
# Результати менті, таблиці як XLSX, звіт для донора (PDF), звіт по землі для альянсу.
reports-outcome-german-level = Досягнуто рівня німецької
reports-outcome-school-transition = Перехід до іншої школи
reports-outcome-apprenticeship = Знайдено місце професійного навчання
reports-outcome-job = Знайдено роботу
reports-outcome-qualification-recognised = Кваліфікацію визнано
reports-outcome-study-place = Отримано місце навчання в університеті
reports-outcome-other = Інший результат
reports-error-level-required = Будь ласка, оберіть досягнутий рівень (A1–C2).
reports-error-in-future = Ця дата в майбутньому.
reports-error-detail-required = Будь ласка, коротко опишіть, чого досягнуто.
reports-outcomes-title = Результати: { $value }
reports-outcomes-heading = Записані результати
reports-record-heading = Записати результат
reports-record = Зберегти результат
reports-outcome-saved = Результат збережено.
reports-delete = Видалити
reports-back-to-person = Назад до особи
reports-back-to-tandem = Назад до супроводу тандему
reports-field-date = Досягнуто
reports-field-level = Рівень (лише для німецької)
reports-field-detail = Опис (потрібен для «іншого результату»)
reports-outcome = Результат
reports-count = Кількість
reports-outcomes-caption = Результати менті за період
reports-no-outcomes = Результатів ще не записано.
reports-outcomes-link = Записати результати менті
reports-dashboard-xlsx = Завантажити всі таблиці як XLSX
reports-funder-link = Звіт для донора у PDF (уся організація, цей період)
reports-sheet-months = Місяці
reports-sheet-waiting = Час очікування
reports-sheet-moods = Настрій
reports-sheet-outcomes = Результати
reports-sheet-surveys = До і після
reports-total = Разом
reports-started = Розпочато
reports-active = Активні наприкінці періоду
reports-completed = Завершено за планом
reports-ended-early = Завершено достроково
reports-waiting = Особи в очікуванні (сьогодні)
reports-funder-title = Звіт для донора { $value }
reports-funder-period = Період: { $from } – { $to }. Створено { $today }.
reports-funder-summary = За період розпочато { $started ->
        [one] { $started } тандем
        [few] { $started } тандеми
       *[many] { $started } тандемів
    }, { $completed } завершено за планом, { $early } достроково. Наприкінці періоду активних тандемів: { $active }. Волонтери провели { $hours } годин зі своїми партнерами.
reports-funder-tandems = Тандеми та години за програмами
reports-funder-note = Розпочато, завершено: у межах періоду. Активні: в останній день періоду. Години: сума записаних зустрічей. Результати: записані координаторами.
reports-statewide-title = Звіт по землі
reports-statewide-link = Звіт по землі (лише суми)
reports-statewide-intro = Суми по всіх організаціях. Звіт не називає жодної особи чи організації.
reports-group-by = Рядки за
reports-district = Район
reports-kind = Тип програми
reports-no-district = без району (невідомий або видалений поштовий індекс)
reports-suppressed-note = • = приховано: значення від 1 до 4 не публікуються, а також інші, щоб жодне не можна було обчислити із сум.
reports-statewide-tandems = Тандеми та особи в очікуванні
reports-statewide-hours = Волонтерські години за період (приховано, де зустрічалося менше 5 тандемів)
reports-statewide-csv = Завантажити звіт по землі як CSV
reports-outcomes-column = Результат: { $value }
reports-active-short = Активні
reports-completed-short = Завершено
reports-person-outcomes-link = Результати
