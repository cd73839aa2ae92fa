# machine-made translation: to be reviewed by a native speaker
# Імпорт і експорт: списки менторів і менті (Import and export of lists).
import-link = Імпортувати або експортувати список
import-title = Імпорт списку
import-back-to-people = Назад до списку людей
import-file = Файл (CSV, XLSX або ODS)
import-file-hint = Перший рядок містить заголовки стовпців, напр. Роль, Ім'я, Прізвище, E-mail, Поштовий індекс, Мови, Рік народження. CSV може бути розділений комою, крапкою з комою, табуляцією або вертикальною рискою, у UTF-8 або Windows-1252.
import-limits = Не більше { $megabytes } МБ і { $rows } рядків.
import-upload = Завантажити й перевірити
import-no-file = Будь ласка, виберіть файл.
import-export-title = Експорт
import-export-hint = Усі люди цієї програми в тих самих стовпцях, які читає імпорт – файл можна редагувати й знову завантажити.
import-export-csv = Завантажити як CSV
import-export-xlsx = Завантажити як файл Excel (XLSX)
import-review-title = Зіставити стовпці й перевірити
import-other-file = Завантажити інший файл
import-file-summary = { $name }: { $format }, рядків: { $rows }
import-mapping-title = Стовпці
import-mapping-hint = Зіставлення вгадано за заголовками. Виправте його за потреби й перевірте ще раз.
import-column = Стовпець у файлі
import-sample = Перше значення
import-field = Значення
import-field-ignore = (не переносити)
import-field-role = Роль (ментор/менті)
import-field-first_name = Ім'я
import-field-last_name = Прізвище
import-field-email = E-mail
import-field-phone = Телефон
import-field-postal_code = Поштовий індекс
import-field-languages = Мови
import-field-birth_year = Рік народження
import-field-gender = Стать
import-field-gender_preference = Бажана стать
import-field-availability = Час
import-field-interests = Інтереси
import-field-goals = Цілі
import-field-profession = Професія або шкільні предмети
import-field-capacity = Місткість (менті на ментора)
import-field-locale = Мова спілкування
import-field-status = Статус
import-field-notes = Нотатки координації
import-skip = Пропустити рядки
import-skip-hint = Номери рядків, як у звіті, напр. 3, 7, 10-12.
import-check = Перевірити ще раз
import-report-title = Пробний запуск
import-problems = { $count ->
    [one] { $count } проблема
    [few] { $count } проблеми
   *[other] { $count } проблем
}
import-duplicates = { $count ->
    [one] { $count } дублікат
    [few] { $count } дублікати
   *[other] { $count } дублікатів
}
import-ready = { $count ->
    [one] Усе гаразд: буде імпортовано { $count } особу.
   *[other] Усе гаразд: буде імпортовано осіб: { $count }.
}
import-blocked = Поки є проблеми або дублікати, нічого не імпортується. Виправте файл або пропустіть названі рядки.
import-skip-suggested = Пропустити ці рядки й перевірити ще раз
import-consent = Я підтверджую, що наша організація має згоду кожної особи з цього списку на зберігання її даних.
import-consent-missing = Будь ласка, підтвердьте згоди перед імпортом.
import-run = Імпортувати всіх зараз
import-done-title = Імпорт завершено
import-done = { $count ->
    [one] Імпортовано { $count } особу.
   *[other] Імпортовано осіб: { $count }.
}
import-problem = Рядок { $row }, стовпець { $column }: «{ $value }» { $message }
import-problem-empty = Рядок { $row }, стовпець { $column }: { $message }
import-duplicate-email-row = Рядок { $row }: той самий e-mail, що й у рядку { $other } ({ $value })
import-duplicate-email-existing = Рядок { $row }: той самий e-mail, що й у людини, яка вже є в програмі ({ $value })
import-duplicate-name-row = Рядок { $row }: те саме ім'я та рік народження, що й у рядку { $other } ({ $value })
import-duplicate-name-existing = Рядок { $row }: те саме ім'я та рік народження, що й у людини, яка вже є в програмі ({ $value })
import-mapping-missing = Жоден стовпець не зіставлено з «{ $field }»; це поле обов'язкове.
import-mapping-repeated = Стовпці { $columns } усі зіставлено з «{ $field }»; залиште один.
import-code-required = відсутнє, але обов'язкове
import-code-too-long = задовге
import-code-too-many = має забагато записів (не більше 20)
import-code-email = не є адресою e-mail
import-code-phone = не є номером телефону
import-code-postal-code = не є німецьким поштовим індексом
import-code-language = називає невідому мову (напр. Deutsch, Arabisch або коди de, ar:native)
import-code-language-level = має рівень, відмінний від A1–C2 або рідної
import-code-duplicate-language = називає мову двічі
import-code-availability = не є списком часу на кшталт «mon-evening, sat-morning»
import-code-choice = не є дозволеним значенням
import-code-birth-year = не є роком народження між 1900 і сьогоднішнім
import-code-range-1-10 = не є числом від 1 до 10
import-code-role = не є ні ментором, ні менті
import-code-status = не є статусом (registered, screened, ready, withdrawn, alumni)
import-code-status-needs-tandem = не можна імпортувати: «matched» потребує тандему; використайте «ready»
import-code-locale = не є кодом мови на кшталт de, en, ar
import-error-file-too-large = Файл завеликий; межа — { $limit }.
import-error-too-many-rows = У таблиці забагато рядків; межа — { $limit }. Розділіть список.
import-error-too-many-columns = У таблиці забагато стовпців; межа — { $limit }.
import-error-unpacked-too-large = Розпакована таблиця більша за { $limit } і не читається.
import-error-empty = Файл порожній або не має рядка заголовків.
import-error-legacy-excel = Старі файли Excel (.xls) не читаються. Збережіть таблицю як .xlsx, .ods або CSV.
import-error-unreadable = Файл не вдається прочитати як CSV, XLSX або ODS.
import-running-title = Імпорт триває
import-running = Записано { $done } з { $total } рядків …
import-running-hint = Ця сторінка оновлюється сама. До кінця нічого не видно: список імпортується повністю або зовсім не імпортується.
import-failed-title = Імпорт неможливий
import-failed = Імпорт не вдався; нікого не імпортовано. Спробуйте, будь ласка, пізніше.
import-failed-duplicate = Тим часом хтось зі списку зареєструвався з тією самою адресою електронної пошти; нікого не імпортовано. Перевірте, будь ласка, список ще раз.
