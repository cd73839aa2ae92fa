# machine-made translation: to be reviewed by a native speaker
# Підбір пар: запуски, пропозиції та персональні посилання (Matching runs, proposals and personal links).
matching-link = Підбір пар
matching-title = Підбір пар: { $value }
matching-back = Назад до списків очікування
matching-waiting = Підопічні, що чекають
matching-places = Вільні місця в менторів
matching-rules = Правила цієї програми
matching-objective = Мета
objective-best-fit = Найкраща загальна відповідність
objective-most-matched = Якомога більше пар, потім відповідність
objective-stable = Стабільний (немає двох людей, які обоє воліли б бути разом)
objective-greedy = Жадібний (базовий варіант для порівняння)
matching-pins = Обов’язково в парі (фіксовані пари)
matching-forbids = Не можна об’єднувати в пару
matching-start = Запустити підбір пар
matching-runs = Попередні запуски
matching-no-runs = Запусків ще не було.
matching-no-mentees = Жодна підопічна особа не чекає: немає кого підбирати, нічого не змінено.
matching-no-places = Жоден ментор не має вільного місця: немає кого підбирати, нічого не змінено.
matching-unknown-person = Обрана особа більше не чекає або не має вільного місця. Будь ласка, перевірте фіксовані пари.
matching-pin-breaks = Фіксована пара порушує правило цієї програми: { $value }.
matching-pins-conflict = Фіксовані пари не узгоджуються між собою (підопічну особу закріплено двічі або пар більше, ніж місць у ментора).
matching-draft-open = Запуск підбору для цієї програми ще чекає на ваше рішення. Спершу надішліть або відхиліть його.
choose = – оберіть –
rule-language-level = Спільна мова на рівні { $value } або вище
rule-distance = { $count ->
    [one] Відстань не більше ніж { $count } км
    [few] Відстань не більше ніж { $count } км
    [many] Відстань не більше ніж { $count } км
   *[other] Відстань не більше ніж { $count } км
}
rule-online = Онлайн: відстань не має значення
rule-common-time = Принаймні один спільний час на тиждень
rule-mentee-age = Вік підопічної особи: { $low }–{ $high }
rule-mentor-age = Вік ментора: { $low }–{ $high }
rule-gender-wish = Побажання обох сторін щодо статі враховуються
rule-name-shared_language = спільна мова
rule-name-distance = відстань
rule-name-common_time = спільний час
rule-name-gender_wish = побажання щодо статі
rule-name-mentee_age = вік підопічної особи
rule-name-mentor_age = вік ментора
rule-name-declined_before = попередня відмова
run-title = Запуск підбору пар
run-back = Назад до підбору пар
run-status-draft = Чернетка: ще не надіслано
run-status-sent = Надіслано
run-status-discarded = Відхилено
run-summary = Підібрано { $matched } з { $mentees } · бали: { $score }
run-result = Результат
run-started-by = Хто запустив
run-matched = { $count ->
    [one] { $count } запропонований тандем
    [few] { $count } запропоновані тандеми
    [many] { $count } запропонованих тандемів
   *[other] { $count } запропонованого тандему
}
run-places = { $count ->
    [one] { $count } вільне місце
    [few] { $count } вільні місця
    [many] { $count } вільних місць
   *[other] { $count } вільного місця
}
run-score = усього балів: { $count }
run-previous = Порівняно з попереднім запуском
run-compared = тандемів: { $matched }, балів: { $score }
run-proposals = Пропозиції
run-no-proposals = Жодна пара не відповідає правилам. Нижче вказано, чому кожна підопічна особа досі чекає.
run-score-column = Бали
run-reasons = Чому
run-actions = Дії
run-pinned = зафіксовано
run-keep = Залишити
run-drop = Прибрати
run-waiting = Досі чекають
run-nobody-waiting = Усі отримали пропозицію.
run-send = Надіслати пропозиції
run-discard = Відхилити запуск
proposal-state-proposed = запропоновано
proposal-state-dropped = прибрано
proposal-state-sent = надіслано
proposal-state-failed = не вдалося надіслати
reason-language = спільна мова: { $language } ({ $level })
reason-distance = { $count ->
    [one] { $count } км між ними
    [few] { $count } км між ними
    [many] { $count } км між ними
   *[other] { $count } км між ними
}
reason-interests = обом подобається: { $value }
reason-common-time = { $count ->
    [one] { $count } спільний часовий проміжок
    [few] { $count } спільні часові проміжки
    [many] { $count } спільних часових проміжків
   *[other] { $count } спільного часового проміжку
}
reason-waited = { $count ->
    [one] чекає { $count } день
    [few] чекає { $count } дні
    [many] чекає { $count } днів
   *[other] чекає { $count } дня
}
waiting-taken = { $count ->
    [one] { $count } відповідний ментор, але його місце дісталося кращій парі
    [few] { $count } відповідні ментори, але їхні місця дісталися кращим парам
    [many] { $count } відповідних менторів, але їхні місця дісталися кращим парам
   *[other] { $count } відповідного ментора, але їхні місця дісталися кращим парам
}
waiting-no-language = немає ментора з вільним місцем, який володіє мовою: { $value }
waiting-too-far = { $count ->
    [one] немає ментора з вільним місцем у радіусі { $count } км
    [few] немає ментора з вільним місцем у радіусі { $count } км
    [many] немає ментора з вільним місцем у радіусі { $count } км
   *[other] немає ментора з вільним місцем у радіусі { $count } км
}
waiting-rule = жоден ментор із вільним місцем не відповідає правилу: { $value }
waiting-no-mentor = немає ментора з вільним місцем
proposal-title = Ваша пропозиція тандему
proposal-area = Місце проживання
proposal-shared-interests = Вам обом подобається
proposal-accept = Так, я хочу зустрітися
proposal-decline = Ні, дякую
proposal-decline-reason = Причина (необов’язково)
proposal-invalid = Це посилання недійсне. Будь ласка, попросіть нове посилання у свого координатора.
proposal-expired = Термін дії цієї пропозиції минув. Ваш координатор зв’яжеться з вами.
proposal-waiting-other = Дякуємо! Ми чекаємо на відповідь іншої особи.
proposal-declined = Цю пропозицію відхилено. Ви залишаєтеся в списку очікування.
proposal-accepted = Обидві сторони погодилися. Ваш координатор зв’яжеться з вами, щоб домовитися про першу зустріч.
proposal-thanks-accepted = Дякуємо за вашу відповідь!
proposal-thanks-declined = Дякуємо, що повідомили нам. Ви залишаєтеся в списку очікування.
proposal-already-answered = На цю пропозицію вже відповіли.
mail-proposal-subject = Пропозиція тандему для вас
mail-proposal-body = Вітаємо, { $name }!

    Ми хотіли б запропонувати вам тандем з особою на ім’я { $other }. Будь ласка, перегляньте пропозицію й повідомте нам, чи хочете ви зустрітися:

    { $link }

    Посилання персональне, тож, будь ласка, не передавайте його іншим. Воно дійсне { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }.

    Ваша команда Tandem

criteria-title = Критерії підбору пар: { $value }
criteria-link = Критерії підбору пар
criteria-saved = Збережено. Наступний запуск підбору використовуватиме ці критерії.
criteria-rules = Правила (пара має відповідати всім)
criteria-min-level = Спільна мова щонайменше на рівні
criteria-max-km = Найбільша відстань у км
criteria-max-km-hint = Залиште порожнім, якщо відстань не має значення (онлайн-програми).
criteria-mentee-age = Вік підопічних
criteria-mentor-age = Вік менторів
criteria-from = від
criteria-to = до
criteria-weights = Ваги (наскільки важить кожна складова)
criteria-weights-hint = Бали за повної відповідності, від 0 до 1000 для кожної складової, разом не більше 1000.
criteria-weight-language = Рівень мови
criteria-weight-distance = Коротка відстань
criteria-weight-interests = Спільні інтереси
criteria-weight-common-time = Спільний час
criteria-weight-waiting = Час очікування
error-field-range-1-500 = Будь ласка, введіть число від 1 до 500 або залиште поле порожнім.
error-field-range-0-1000 = Будь ласка, введіть число від 0 до 1000.
error-field-age-range = Будь ласка, введіть два значення віку від 0 до 120 (перше не більше за друге) або залиште обидва поля порожніми.
error-field-weights-sum = Сума ваг не може перевищувати 1000.
mail-reminder-subject = Нагадування: ваша пропозиція тандему
mail-reminder-body = Вітаємо, { $name }!

    Ми запропонували вам тандем з особою на ім’я { $other }, але ще не отримали від вас відповіді. Будь ласка, повідомте нам, чи хочете ви зустрітися:

    { $link }

    Це нове посилання замінює попереднє. Термін дії пропозиції спливає через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }.

    Ваша команда Tandem
run-swap-hint = Поміняти менторів у двох пропозиціях (обидві нові пари мають відповідати правилам).
run-swap-first = Перша пропозиція
run-swap-second = Друга пропозиція
run-swap = Поміняти менторів
run-swap-breaks = Обмін неможливий: нова пара порушує правило «{ $value }».

# Intake answers as matching criteria (machine translation)
rule-name-shared_answer = немає спільної відповіді на обов'язкове питання
reason-shared-answer = однакова відповідь на „{ $question }“: { $answers }
criteria-weight-answers = Однакові відповіді на бажані питання
criteria-answers = Питання реєстрації як критерій
criteria-answers-hint = Порівнювати можна лише питання з вибором, які ставлять обом сторонам. Хто не відповів на питання, через це не виключається і не має переваги.
criteria-answer-none = не критерій
criteria-answer-must_share = потрібна щонайменше одна спільна відповідь
criteria-answer-prefer = віддавати перевагу однаковим відповідям
