# machine-made translation: to be reviewed by a native speaker
# Супровід: особистий журнал зустрічей, опитування, тандеми під загрозою (Follow-up: the meeting log, check-ins, tandems at risk).
nav-at-risk = Тандеми під загрозою
followup-meetings-title = Наші зустрічі: ви та { $value }
followup-meetings-hello = Вітаємо, { $value }! Записуйте тут кожну зустріч – це займе хвилину. Так ваш координатор бачить, як іде тандем, і рахує години волонтерства.
followup-log-heading = Записати зустріч
followup-field-date = Дата
followup-field-minutes = Тривалість у хвилинах
followup-field-minutes-hint = Наприклад, 60 – одна година, 90 – півтори години.
followup-field-kind = Як ви зустрілися?
followup-kind-in-person = Особисто
followup-kind-online = Онлайн або телефоном
followup-field-note = Примітка (необов’язково)
followup-field-note-hint = Кілька слів, не більше 500 знаків. Координатор може її прочитати.
followup-log-save = Зберегти зустріч
followup-log-saved = Дякуємо, зустріч збережено.
followup-not-running = Цей тандем зараз не діє, тому зустрічі не можна записати.
followup-so-far = Досі
followup-mentees-heading = З ким ви зустрічаєтеся
followup-mentees-private = Це бачать лише ментори цього тандему та координатори.
followup-totals = { $count ->
    [0] Ще немає записаних зустрічей.
    [one] { $count } зустріч, { $hours } год.
    [few] { $count } зустрічі, { $hours } год.
   *[other] { $count } зустрічей, { $hours } год.
}
followup-minutes = { $count } хв
followup-logged-by = Записав(ла)
followup-logged-by-coordinator = Координатор
followup-check-in-title = Як іде ваш тандем?
followup-check-in-hello = Вітаємо, { $name }! Ваш тандем із { $other } досяг важливого етапу ({ $point }). Чотири короткі запитання – ваші відповіді бачить лише координатор.
followup-point-4w = через 4 тижні
followup-point-3m = через 3 місяці
followup-point-6m = через 6 місяців
followup-point-end = наприкінці
followup-question-mood = Як справи?
followup-mood-1 = 1 – погано
followup-mood-2 = 2 – не дуже добре
followup-mood-3 = 3 – нормально
followup-mood-4 = 4 – добре
followup-mood-5 = 5 – дуже добре
followup-question-regular = Ви зустрічаєтеся регулярно?
followup-yes = Так
followup-no = Ні
followup-question-comment = Хочете нам щось сказати? (необов’язково)
followup-question-call-me = Я хочу, щоб координатор мені зателефонував.
followup-check-in-send = Надіслати відповіді
followup-check-in-saved = Дякуємо! Ваші відповіді збережено. За цим посиланням їх можна будь-коли змінити.
followup-at-risk-title = Тандеми під загрозою
followup-at-risk-intro = Діючі тандеми без недавніх зустрічей, з тривожною відповіддю в опитуванні або з проханням зателефонувати.
followup-at-risk-empty = Зараз жоден тандем не потребує уваги.
followup-at-risk-count = { $count ->
    [one] { $count } тандем потребує уваги
    [few] { $count } тандеми потребують уваги
   *[other] { $count } тандемів потребують уваги
}
followup-last-meeting = Остання зустріч
followup-reasons = Чому
followup-never = ще не було
followup-reason-no-meeting = { $count ->
    [one] Немає зустрічей { $count } тиждень
    [few] Немає зустрічей { $count } тижні
   *[other] Немає зустрічей { $count } тижнів
}
followup-reason-bad-check-in = Опитування: «{ $mood }»{ $regular ->
    [no] , вони не зустрічаються регулярно
   *[yes] {""}
}
followup-reason-call-requested = Просить зателефонувати
followup-settings-heading = Коли тандем під загрозою?
followup-settings-weeks = { $value }: під загрозою після стількох тижнів без зустрічі
followup-settings-save = Зберегти
followup-settings-saved = Налаштування збережено.
followup-tandem-title = Зустрічі та опитування
followup-back-to-tandem = Назад до тандему
followup-started = Початок
followup-meetings-heading = Зустрічі
followup-no-meetings = Ще немає записаних зустрічей.
followup-check-ins-heading = Відповіді на опитування
followup-no-check-ins = Ще немає відповідей на опитування.
followup-check-in-point = Опитування
followup-side = Сторона
followup-call-me-short = Прохання зателефонувати
followup-answered = Відповідь від
followup-resolve-hint = Ви з ними поговорили? Позначте відповіді як опрацьовані; тоді тандем зникне зі списку тандемів під загрозою (якщо не з’являться нові причини).
followup-resolve = Опрацьовано
followup-tandem-link = Зустрічі та опитування
error-field-meeting-in-future = Дата в майбутньому. Записуйте, будь ласка, зустрічі, які вже відбулися.
error-field-meeting-before-start = Дата раніше за початок тандему.
error-field-meeting-duration-positive = Вкажіть тривалість щонайменше одну хвилину.
error-field-meeting-duration-too-long = Не більше 720 хвилин (12 годин) на одну зустріч.
error-field-meeting-duration-number = Вкажіть тривалість числом у хвилинах.
error-field-meeting-note-too-long = Примітка може мати не більше 500 знаків.
error-field-range-1-52 = Вкажіть кількість тижнів від 1 до 52.
error-field-tandem-not-running = Цей тандем не діє.
mail-followup-log-subject = Ваш тандем: записуйте зустрічі
mail-followup-log-body = Вітаємо, { $name }!

    Ваш тандем із { $other } розпочався – бажаємо вам обом гарного часу!

    Після кожної зустрічі, будь ласка, запишіть її тут (дата, тривалість, особисто чи онлайн; це займе хвилину):
    { $link }

    Збережіть це посилання: воно особисте й не потребує пароля.
mail-followup-reminder-subject = Ви нещодавно зустрічалися?
mail-followup-reminder-body = Вітаємо, { $name }!

    Уже { $days } днів не записано жодної зустрічі з { $other }. Якщо ви зустрічалися, запишіть це тут:
    { $link }

    Якщо щось заважає, просто відповідайте на цей лист або зателефонуйте координатору.
mail-followup-check-in-subject = Як іде ваш тандем?
mail-followup-check-in-body = Вітаємо, { $name }!

    Ваш тандем із { $other } досяг важливого етапу ({ $point }). Розкажіть нам у чотирьох коротких запитаннях, як справи:
    { $link }

    Ваші відповіді бачить лише координатор.
dashboard-link = Огляд: { $value }
dashboard-title = Огляд: { $value }
dashboard-from = З (місяць)
dashboard-to = До (місяць)
dashboard-waiting-mentees = Менті в очікуванні
dashboard-waiting-mentors = Ментори в очікуванні
dashboard-running-now = Тандеми, що діють сьогодні
dashboard-retention = Утримання
dashboard-retention-value = { $completed } із { $ended } завершених тандемів дійшли до запланованого кінця ({ $percent } %)
dashboard-retention-none = Жоден тандем ще не завершився.
dashboard-meetings-period = Зустрічі за період
dashboard-hours-period = Години волонтерства за період
dashboard-waiting-under-1 = менше 1 місяця
dashboard-waiting-1-3 = від 1 до 3 місяців
dashboard-waiting-3-6 = від 3 до 6 місяців
dashboard-waiting-over-6 = понад 6 місяців
dashboard-chart-running = Діючі тандеми наприкінці кожного місяця
dashboard-chart-hours = Години волонтерства на місяць
dashboard-chart-moods = Відповіді на опитування за настроєм (1 погано – 5 дуже добре)
dashboard-charts-hint = Діаграми показують числа з таблиць нижче.
dashboard-table-caption = Тандеми, зустрічі та години на місяць
dashboard-month = Місяць
dashboard-running = Діють наприкінці місяця
dashboard-started = Розпочато
dashboard-ended = Завершено
dashboard-meetings = Зустрічі
dashboard-per-tandem = Зустрічей на діючий тандем
dashboard-hours = Години
dashboard-csv = Завантажити таблицю як CSV
dashboard-waiting-caption = Очікують, за часом від реєстрації
dashboard-waiting-time = Очікування
dashboard-moods-caption = Відповіді на опитування за період за настроєм
dashboard-answers = Відповіді
dashboard-district = Район (менті)
dashboard-organisation-link = Огляд усіх наших програм
dashboard-short = Огляд
