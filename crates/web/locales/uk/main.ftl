# machine-made translation: to be reviewed by a native speaker
# Tandem – український інтерфейс (Ukrainian interface).

## Frame
skip-to-content = Перейти до змісту
nav-label = Головне меню
nav-home = Головна
nav-coordinator = Координація
nav-tandems = Тандеми
nav-programmes = Програми
nav-staff = Команда
nav-alliance = Альянс
language-label = Мова
login = Увійти
logout = Вийти
footer-text = Tandem – патронат, менторство й тандеми для біженців та іммігрантів у Нижній Саксонії.
back-home = Повернутися на головну сторінку
yes = так
no = ні
save = Зберегти
name = Ім’я
programme = Програма
created = Створено
waiting = Час очікування

## Error pages
error-title = Не вдалося
error-not-found = Такої сторінки не існує – або у вас немає до неї доступу.
error-forbidden = Вашому обліковому запису це не дозволено.
error-conflict = У поточному стані цей крок неможливий. Нічого не змінено.
error-invalid = Дані неповні або неправильні. Нічого не змінено.
error-too-large = Надіслані дані завеликі.
error-internal = Щось пішло не так. Будь ласка, спробуйте пізніше.
error-storage-full = Сховище сервера заповнене. Нічого не збережено; наявні дані не змінено. Спробуйте, будь ласка, пізніше та повідомте адміністраторів платформи.

## Start page and programmes
home-title = Програми поруч із вами
home-intro = Патронат, навчальна підтримка та менторство: знайдіть програму й долучайтеся – як підопічна особа або як волонтер.
home-empty = Наразі немає опублікованих програм.
programme-languages = Мови
programme-region = Територія
programme-duration = Запланована тривалість
region-online = онлайн
months = { $count ->
    [one] { $count } місяць
    [few] { $count } місяці
    [many] { $count } місяців
   *[other] { $count } місяця
}
register-as-mentee = Я шукаю підтримки (підопічна особа)
register-as-mentor = Я хочу когось підтримати (ментор)

## Registration
register-title-mentee = Реєстрація підопічної особи
register-title-mentor = Реєстрація ментора
register-about-you = Про вас
register-more = Що ви пропонуєте і що шукаєте
register-submit = Надіслати реєстрацію
form-has-errors = Будь ласка, перевірте позначені поля.
consent-text = Я погоджуюся, що організація, яка проводить цю програму, зберігає мої дані, щоб знайти для мене відповідну пару. Я можу будь-коли відкликати цю згоду.
error-consent = Без вашої згоди ми не можемо зберегти вашу реєстрацію.
error-already-registered = У цій програмі вже зареєстровано особу з такою електронною адресою.
registered-title = Дякуємо за реєстрацію!
registered-text = Ми отримали вашу реєстрацію. Команда програми зв’яжеться з вами, щоб познайомитися.
field-first-name = Ім’я
field-last-name = Прізвище
field-email = Електронна пошта
field-phone = Телефон (необов’язково)
field-postal-code = Поштовий індекс
field-birth-year = Рік народження
field-gender = Стать
field-gender-preference = Я хотів би / хотіла б, щоб моєю парою був(-ла)
field-languages = Мови
field-language = Мова
field-level = Рівень
field-availability = Коли у вас є час?
field-interests = Інтереси (через кому)
field-goals = Цілі (через кому)
field-profession = Професія, навчання або шкільні предмети
field-capacity = Скільки людей ви хотіли б підтримувати? (необов’язково)
field-password = Пароль
field-initial-password = Перший пароль (щонайменше 12 символів)
field-name = Назва
field-city = Місто
field-kind = Вид
field-description = Опис
field-region = Територія
field-region-hint = "online" або поштові індекси через кому, напр. 30159, 30161
field-programme-languages = Мови програми
field-programme-languages-hint = Коди мов ISO через кому, напр. de, ar, uk
field-duration-months = Запланована тривалість у місяцях
field-mentor-capacity = Підопічних на одного ментора
field-published = Опубліковано
field-published-hint = Показувати в публічному каталозі та приймати реєстрації
field-role = Роль

## Log-in
login-title = Вхід
login-failed = Неправильна електронна адреса або пароль.

## Coordination
coordinator-title = Координація
coordinator-empty = У вашої організації ще немає програм.
waiting-mentees = Підопічні, що чекають
waiting-mentors = Доступні ментори
to-screen = Нові реєстрації
all-people = Усі люди
people-title = Люди
people-empty = Нікого не знайдено.
filter-side = Сторона
filter-status = Статус
filter-search = Пошук
filter-all = усі
filter-apply = Показати
days-waiting = { $count ->
    [one] { $count } день
    [few] { $count } дні
    [many] { $count } днів
   *[other] { $count } дня
}
side-mentor = Ментор
side-mentee = Підопічна особа
back-to-list = назад до списку
person-registered = Дата реєстрації
person-consent = Згода (версія · мова · дата)
screening = Перевірка
screen-to-screened = Позначити як перевірене
screen-to-ready = Допустити (чекає на тандем)
screen-to-withdrawn = Відмовився / відмовилася
screen-to-registered = Прийняти знову
notes = Нотатки координаторів
notes-hint = Бачать лише координатори вашої організації.
tandem-new-title = Утворити тандем
tandem-new-empty = Зараз немає допущених підопічних або менторів із вільними місцями.
tandem-propose = Запропонувати тандем
tandems-title = Тандеми
tandems-empty = Тандемів не знайдено.
tandem-title = Тандем
tandem-mentor-accepted = Ментор погодився
tandem-mentee-accepted = Підопічна особа погодилася
end-reason = Причина завершення
pager-label = Сторінки
pager-previous = Попередня
pager-next = Наступна
pager-position = Сторінка { $page } з { $pages } (усього { $total })

## Tandem actions
action-accept_mentor = Зафіксувати згоду ментора
action-accept_mentee = Зафіксувати згоду підопічної особи
action-decline_mentor = Зафіксувати відмову ментора
action-decline_mentee = Зафіксувати відмову підопічної особи
action-start = Розпочати тандем
action-pause = Призупинити
action-resume = Відновити
action-complete = Успішно завершити
action-end_early = Завершити достроково

## Organisation administration
admin-programmes-title = Програми
admin-programmes-empty = Програм ще немає. Створіть першу.
admin-programme-new = Нова програма
admin-programme-edit = Редагувати програму
admin-staff-title = Команда
admin-staff-empty = У команді ще нікого немає.
admin-staff-new = Додати когось до команди
role-alliance_admin = Офіс альянсу
role-org_admin = Адміністратор організації
role-coordinator = Координатор
role-mentor = Ментор
role-mentee = Підопічна особа

## Alliance
alliance-title = Альянс "Niedersachsen packt an"
alliance-statewide = По всій землі
alliance-people = Люди за статусом
alliance-tandems = Тандеми за статусом
alliance-programmes = { $count ->
    [one] { $count } програма
    [few] { $count } програми
    [many] { $count } програм
   *[other] { $count } програми
} в усіх організаціях.
alliance-organisations = Організації-учасниці
alliance-organisations-empty = Організацій ще немає.
alliance-new-organisation = Додати організацію

## Kinds of programme
kind-buddy = Дружня підтримка / тандем
kind-learning = Навчальний патронат
kind-career = Професійне менторство

## Languages
lang-de = німецька
lang-en = англійська
lang-ar = арабська
lang-uk = українська
lang-ru = російська
lang-fa = перська (фарсі)
lang-prs = дарі
lang-kmr = курдська (курманджі)
lang-ckb = курдська (сорані)
lang-tr = турецька
lang-ti = тигринья
lang-ps = пушту
lang-so = сомалі
lang-fr = французька
lang-es = іспанська
lang-pl = польська
lang-ro = румунська
lang-sq = албанська
lang-ku = курдська
level-a1 = A1 – початковий
level-a2 = A2 – елементарний
level-b1 = B1 – середній
level-b2 = B2 – вище середнього
level-c1 = C1 – просунутий
level-c2 = C2 – вільне володіння
level-native = рідна мова

## Availability
weekday-0 = понеділок
weekday-1 = вівторок
weekday-2 = середа
weekday-3 = четвер
weekday-4 = п’ятниця
weekday-5 = субота
weekday-6 = неділя
slot-0 = зранку
slot-1 = удень
slot-2 = увечері

## Gender
gender-female = жіноча
gender-male = чоловіча
gender-diverse = інша
gender-not_stated = не вказано
gender-preference-any = без побажань
gender-preference-same_gender = тієї ж статі
gender-preference-female = жінка
gender-preference-male = чоловік

## Status of people
status-registered = зареєстровано
status-screened = перевірено
status-ready = чекає
status-matched = у тандемі
status-alumni = випускник
status-withdrawn = відмовився

## Status of tandems
tandem-status-proposed = запропоновано
tandem-status-accepted = погоджено
tandem-status-active = активний
tandem-status-paused = призупинено
tandem-status-completed = завершено
tandem-status-ended_early = завершено достроково
tandem-status-declined = відхилено

## Reasons for an early end
end-reason-moved_away = переїзд
end-reason-no_time = більше немає часу
end-reason-not_a_good_fit = не підійшли одне одному
end-reason-goal_reached = мети досягнуто раніше
end-reason-no_contact = втрачено контакт
end-reason-other = інша причина
end-reason-detail = Що сталося? (для «інша причина»)
end-reason-detail-hint = Лише для «інша причина», і тоді обов’язково: коротке речення, не більше 200 символів. Бачить координація; видаляється під час стирання даних особи.

## Field errors
error-field-postal-code = Будь ласка, введіть німецький поштовий індекс із 5 цифр.
error-field-language = Ми не знаємо такої мови.
error-field-language-level = Будь ласка, оберіть рівень володіння мовою.
error-field-duplicate-language = Будь ласка, вказуйте кожну мову лише один раз.
error-field-required = Будь ласка, заповніть.
error-field-email = Будь ласка, введіть дійсну електронну адресу.
error-field-birth-year = Будь ласка, введіть рік народження з 4 цифр.
error-field-choice = Будь ласка, оберіть одне із запропонованих значень.
error-field-availability = Будь ласка, оберіть дійсний час.
error-field-too-long = Цей текст задовгий.
error-field-too-short = Цей текст закороткий.
error-field-too-many = Щонайбільше 20 записів, будь ласка.
error-field-phone = Будь ласка, введіть номер телефону цифрами.
error-field-range-1-10 = Будь ласка, введіть число від 1 до 10.
error-field-range-1-60 = Будь ласка, введіть число від 1 до 60.
error-field-region = Будь ласка, введіть "online" або поштові індекси з 5 цифр.
error-field-password-too-short = Пароль має містити щонайменше 12 символів.
error-field-password-too-common = Цей пароль надто поширений і його легко вгадати. Оберіть інший, наприклад речення з кількох слів.
error-field-role-organisation = Для цієї ролі потрібна організація.
error-field-taken = Це вже зайнято.
error-field-not-a-mentor = Обрана особа не є ментором.
error-field-not-a-mentee = Обрана особа не є підопічною.
error-field-other-programme = Обидва мають бути в одній програмі.
error-field-not-available = Ця особа зараз не чекає на тандем.
error-field-mentor-full = У цього ментора немає вільних місць.
error-field-illegal-move = У поточному стані цей крок неможливий.

# Tandems with several mentors or mentees (machine translation)
members-title = Додаткові ментори та менті
members-none = У цьому тандемі один ментор і один менті.
members-remove = Вивести з тандему
members-add-label = Додати особу
members-hint = Скільки менторів і менті може мати тандем, визначають правила програми; кожен додатковий ментор має відповідати всім правилам.
members-add = Додати
rules-max-mentors = Менторів на тандем (1–3)
rules-max-mentees = Менті на тандем (1–12, напр. родина)
error-field-tandem-closed = Цей тандем завершено.
error-field-already-in-tandem = Ця особа вже входить до цього тандему.
error-field-tandem-full = Правила програми не дозволяють більше нікого з цього боку.
error-field-range-1-3 = Вкажіть число від 1 до 3.
error-field-range-1-12 = Вкажіть число від 1 до 12.
