# machine-made translation: to be reviewed by a native speaker
# Згоди за метою, власна сторінка даних і запити щодо даних з їхніми строками.
nav-requests = Запити щодо даних
consent-purpose-participation = Участь у програмі
consent-purpose-participation-hint = Ми зберігаємо вашу реєстрацію, пропонуємо вам тандем і пишемо вам про нього (зокрема короткі запитання, як усе йде). Без цієї згоди ви не можете брати участь.
consent-purpose-impact_surveys = Опитування про результати
consent-purpose-impact_surveys-hint = Коротка анкета на початку й наприкінці тандему; відповіді потрапляють у звіти для донорів лише узагальнено й без імен. Добровільно.
consent-purpose-event_news = Новини про заходи
consent-purpose-event_news-hint = Листи про зустрічі, тренінги та свята організації. Добровільно.
consent-channel-web_form = онлайн-форма
consent-channel-paper = паперова форма
consent-channel-in_person = особисто або телефоном
consent-channel-email = електронна пошта
consent-by-person = сама особа
consent-by-guardian = батьки або опікун
request-kind-access = Доступ до даних
request-kind-erasure = Видалення
request-kind-end_participation = Завершити участь (тандем ще триває)
consent-state-none = не надано
consent-state-given = надано { $date } ({ $channel }, { $by }, текст { $version })
consent-state-withdrawn = відкликано { $date } ({ $channel }, { $by })
mail-registered-subject = Ваша реєстрація в { $programme }
mail-registered-body =
    Вітаємо, { $name }!

    Дякуємо за реєстрацію в { $programme }. Ми зв'яжемося з вами, щойно знайдемо відповідний тандем.

    За цим особистим посиланням ви будь-коли можете побачити, що ми про вас зберігаємо, завантажити свої дані, надати чи відкликати згоди та вимагати видалення:
    { $link }

    Будь ласка, нікому не передавайте це посилання.
me-title = Мої дані
me-intro = Ось що ми про вас зберігаємо. Ви можете завантажити свої дані, надати чи відкликати згоди та вимагати видалення.
me-status = Статус
me-download = Завантажити всі мої дані (JSON)
me-consents-title = Мої згоди
me-withdraw = Відкликати
me-give = Погодитися
me-erasure-title = Видалити мої дані
me-erasure-hint = Ми видалимо ваші дані протягом місяця. Якщо ваш тандем ще триває, спершу завершимо його разом із вами.
me-erasure-confirm = Так, я хочу, щоб мої дані видалили.
me-erasure-submit = Вимагати видалення
me-erasure-requested = Ви вимагали видалення { $received }. Його буде виконано не пізніше { $due }.
me-erasure-confirm-missing = Будь ласка, поставте позначку, щоб підтвердити видалення даних.
me-withdrawn-left = Ваше відкликання збережено. Ви більше не берете участі й не отримуватимете від нас пропозицій.
me-withdrawn-tandem = Ваше відкликання збережено. Оскільки ваш тандем ще триває, ваша контактна особа зв'яжеться з вами, щоб завершити його.
consents-link = Згоди
consents-back = Назад до особи
consents-now = Стан згод
consents-record = Записати згоду або відкликання
consents-purpose = Мета
consents-what = Що
consents-given = надано
consents-withdrawn = відкликано
consents-by = Ким
consents-channel = Як
consents-save = Записати
consents-history = Історія
consents-date = Дата
consent-effect-left = Записано. Особу вилучено з пулу; ще не надіслані їй листи скасовано.
consent-effect-tandem = Записано. Особа в тандемі: будь ласка, завершіть його; запит є в розділі «Запити щодо даних».
requests-title = Запити щодо даних
requests-intro = Запити на доступ, видалення та відкликання треба виконати протягом місяця. Прострочені виділено.
requests-open = Відкриті
requests-none-open = Немає відкритих запитів.
requests-person = Особа
requests-kind = Запит
requests-received = Отримано
requests-due = Строк
requests-done = Виконано
requests-overdue = прострочено
requests-completed = Виконані
requests-completed-on = Виконано
requests-source-self = через свою сторінку даних
requests-source-staff = записала команда
requests-erased-person = (видалено)
register-consent-optional = Добровільно: ви можете будь-коли це змінити.
