# machine-made translation: to be reviewed by a native speaker
# Заходи: календар, реєстрація, список очікування, список на вході (Events: the calendar, registration, the waiting list, the list at the door).
nav-events = Заходи
nav-staff-events = Наші заходи
events-title = Заходи
events-intro = Конференції, інформаційні вечори, навчання для менторів і зустрічі альянсу та його організацій.
events-empty = Наразі заходів не заплановано.
event-kind-conference = Конференція
event-kind-information_evening = Інформаційний вечір
event-kind-training = Навчання для менторів
event-kind-get_together = Зустріч
event-alliance = Niedersachsen packt an (альянс)
event-online = Онлайн
event-online-link-later = Посилання ви отримаєте разом із підтвердженням.
event-when = Коли
event-where = Де
event-time = Час
event-session = Пункт програми
event-programme = Програма
event-places = Кількість місць
event-places-left = { $count ->
    [one] Залишилося { $count } вільне місце
    [few] Залишилося { $count } вільні місця
    [many] Залишилося { $count } вільних місць
   *[other] Залишилося { $count } вільного місця
}
event-fully-booked = { $count ->
    [0] Усі місця зайнято – реєстрація до списку очікування
    [one] Усі місця зайнято – { $count } особа в списку очікування
    [few] Усі місця зайнято – { $count } особи в списку очікування
    [many] Усі місця зайнято – { $count } осіб у списку очікування
   *[other] Усі місця зайнято – { $count } особи в списку очікування
}
event-add-to-calendar = Додати до календаря (.ics)
event-register = Зареєструватися
event-field-name = Ваше ім’я
event-field-organisation = Ваша організація (необов’язково)
event-field-accessibility = Потреби щодо доступності
event-field-accessibility-hint = Напр. безбар’єрний вхід, жестова мова, догляд за дітьми. Це бачать лише організатори.
event-already-registered = Цю електронну адресу вже зареєстровано на цей захід. Вашу реєстрацію можна переглянути за посиланням у листі-підтвердженні.
event-details = Про захід
event-you-are-confirmed = Вас зареєстровано. Чекаємо на вас!
event-you-are-waiting = На захід уже немає вільних місць: ви під номером { $position } у списку очікування. Якщо місце звільниться, ви автоматично просунетеся в черзі, і ми повідомимо вас електронною поштою.
event-you-cancelled = Вашу реєстрацію скасовано.
event-cancel-hint = Усе ж не зможете прийти? Будь ласка, скасуйте реєстрацію, щоб ваше місце отримав хтось зі списку очікування.
event-cancel = Скасувати мою реєстрацію
event-status-confirmed = Зареєстровано
event-status-waiting = Список очікування
event-status-cancelled = Скасовано
staff-events-title = Наші заходи
staff-events-empty = Ви ще не створили жодного заходу.
event-new = Новий захід
event-edit = Редагувати
event-csv = Реєстрації (CSV)
event-public-page = Публічна сторінка
event-door-list = Список на вході
event-present = { $count ->
    [one] Присутня { $count } особа
    [few] Присутні { $count } особи
    [many] Присутні { $count } осіб
   *[other] Присутні { $count } особи
}
event-present-yes = Присутність відмічено
event-mark-present = Відмітити присутність
event-no-registrations = Ще ніхто не зареєструвався.
event-form-title = Захід
event-field-title = Назва
event-field-date = Дата
event-field-start = Початок
event-field-end = Кінець
event-field-online-url = Посилання для онлайн-участі (https://…)
event-field-sessions-hint = Один пункт програми на рядок: 10:00-10:30 | Назва | Доповідачі
event-field-published = Опубліковано: показується в календарі й відкрито для реєстрації
csv-name = Ім’я
csv-email = Електронна пошта
csv-organisation = Організація
csv-accessibility = Потреби щодо доступності
csv-status = Статус
csv-attended = Присутність
csv-registered-at = Дата реєстрації
mail-event-subject = Ваша реєстрація: { $event }
mail-event-confirmed-body = Вітаємо, { $name }!

    Вас зареєстровано на захід «{ $event }» ({ $when }).

    Переглянути реєстрацію або скасувати її, якщо ви не зможете прийти: { $link }
mail-event-waiting-body = Вітаємо, { $name }!

    На захід «{ $event }» уже немає вільних місць: ви під номером { $position } у списку очікування. Якщо місце звільниться, ви автоматично просунетеся в черзі, і ми вам повідомимо.

    Переглянути або скасувати реєстрацію: { $link }
mail-event-promoted-body = Вітаємо, { $name }!

    Гарна новина: звільнилося місце, і тепер вас зареєстровано на захід «{ $event }» ({ $when }).
error-field-date = Будь ласка, введіть дату (РРРР-ММ-ДД).
error-field-time = Будь ласка, введіть час (ГГ:ХХ).
error-field-end-before-start = Кінець має бути пізніше за початок.
error-field-place-or-link = Будь ласка, вкажіть місце, посилання для онлайн-участі або і те, і інше.
error-field-range-1-5000 = Будь ласка, введіть число від 1 до 5000.
error-field-session-lines = Не вдалося прочитати такі рядки програми: { $lines }. Пишіть їх у форматі 10:00-10:30 | Назва | Доповідачі.
person-trainings = Відвідані тренінги
person-trainings-none = Ще не відвідано жодного тренінгу. Присутність відмічають біля входу на тренінг у розділі «Події».
