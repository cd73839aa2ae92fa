# machine-made translation: to be reviewed by a native speaker
# Публічний каталог, мапа, профілі організацій і контактна форма (The public directory, the map, organisation profiles and the contact form).
directory-search-label = Пошук програм
directory-postal-code = Ваш поштовий індекс
directory-radius = Відстань
directory-radius-option = у радіусі { $km } км
directory-text = Ключові слова
directory-more-filters = Більше фільтрів
directory-any = Усі
directory-language = Мова
directory-seeking = Кого шукають
directory-seeking-mentors = Шукає менторів (волонтерів)
directory-seeking-mentees = Шукає підопічних
directory-seeks-both = Шукає менторів і підопічних
directory-seeks-mentors = Шукає менторів
directory-seeks-mentees = Шукає підопічних
directory-district = Район
directory-reset = Показати всі
directory-search = Шукати
directory-none = Жодна програма не відповідає цьому пошуку. Спробуйте збільшити відстань або зменшити кількість фільтрів.
directory-distance = за { $km } км
directory-found = { $count ->
    [one] { $count } програма
    [few] { $count } програми
    [many] { $count } програм
   *[other] { $count } програми
}
directory-found-near = { $count ->
    [one] { $count } програма в радіусі { $km } км від { $place }
    [few] { $count } програми в радіусі { $km } км від { $place }
    [many] { $count } програм у радіусі { $km } км від { $place }
   *[other] { $count } програми в радіусі { $km } км від { $place }
}
programme-target-group = Для кого
programme-how-to-join = Як долучитися
programme-contact = Контакт
programmes-count = { $count ->
    [one] { $count } програма
    [few] { $count } програми
    [many] { $count } програм
   *[other] { $count } програми
}
map-title = Програми на мапі
map-intro = Оберіть район, щоб побачити його програми, або точку, щоб побачити програми поблизу.
map-caption = Нижня Саксонія та її райони; точки – це програми.
map-districts = Райони з програмами
map-online = { $count ->
    [one] { $count } програма працює онлайн
    [few] { $count } програми працюють онлайн
    [many] { $count } програм працюють онлайн
   *[other] { $count } програми працюють онлайн
}
map-link = Мапа
organisation-logo = Логотип
organisation-website = Вебсайт
organisation-partners = Ми шукаємо партнерів
organisation-programmes = Програми
organisation-no-programmes = Наразі немає опублікованих програм.
contact-title = Контакт
contact-hint = Ваше повідомлення надійде організації електронною поштою, і вона відповість вам напряму. Ваші дані використовуються лише для цього.
contact-name = Ваше ім’я
contact-email = Ваша електронна адреса
contact-message = Ваше повідомлення
contact-send = Надіслати повідомлення
contact-sent = Дякуємо, ваше повідомлення надіслано.
contact-no-address = З цією організацією поки що не можна зв’язатися через Tandem.
mail-contact-subject = Повідомлення від { $name } через Tandem
mail-contact-body = Через каталог Tandem для { $organisation } надійшло повідомлення від { $name }. Щоб відповісти напряму, просто дайте відповідь на цей лист.

    { $message }
profile-title = Наш профіль на ярмарку проєктів
profile-view = Переглянути профіль
profile-website = Вебсайт (https://…)
profile-partner-note = Ми шукаємо партнерів для …
profile-partner-note-hint = Показується у вашому профілі, щоб інші програми могли вас знайти.
profile-contact-email = Адреса для контактної форми
profile-contact-email-hint = Ніколи не показується: відвідувачі пишуть через форму, а відповіді надходять їм напряму.
profile-logo = Логотип
profile-logo-remove = Видалити логотип
profile-logo-hint = PNG або JPEG, не більше { $kb } КБ. Зображення буде зменшено й збережено наново.
listing-title = { $name } у каталозі
listing-intro = Що публічний каталог показує про цю програму, окрім її опису.
listing-contact-hint = Години прийому, номер телефону або вебадреса – жодних особистих електронних адрес.
saved = Збережено.
nav-map = Мапа
nav-profile = Профіль
error-field-postal-code-unknown = Ми не знаємо такого поштового індексу. Будь ласка, перевірте його (п’ять цифр, напр. 30159).
error-field-range-1-300 = Будь ласка, оберіть відстань від 1 до 300 км.
error-field-web-address = Будь ласка, введіть вебадресу, що починається з https://.
error-field-message-length = Будь ласка, напишіть від 10 до 5000 символів.
error-field-logo-not-image = Цей файл не є зображенням PNG або JPEG.
error-field-logo-too-large = Файл завеликий: щонайбільше { $kb } КБ.
listing-link = Запис у каталозі
