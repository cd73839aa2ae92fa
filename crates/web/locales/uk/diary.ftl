# machine-made translation: to be reviewed by a native speaker
# Щоденники наставників: записи після зустрічей, коментарі координаторів (Mentors' diaries).
diary-title = Щоденник з { $value }
diary-hello = Привіт, { $value }! Після кожної зустрічі запишіть, що ви робили і як усе пройшло.
diary-private = Цей щоденник читаєте лише ви та координатори програми.
diary-saved = Збережено. Дякуємо!
diary-new = Новий запис
diary-field-date = Дата зустрічі
diary-field-minutes = Тривалість у хвилинах
diary-field-activities = Що ми робили
diary-field-how = Як пройшло
diary-save = Зберегти запис
diary-entries = Записи
diary-none = Записів ще немає.
diary-minutes = { $count ->
    [one] { $count } хвилина
    [few] { $count } хвилини
   *[other] { $count } хвилин
}
diary-comment-by = Коментар від { $value }
diary-written-by = Автор: { $value }
diary-back-to-meetings = Назад до журналу зустрічей
diary-coordinator-title = Щоденник
diary-back-to-tandem = Назад до тандему
diary-comment = Ваш коментар наставнику
diary-comment-save = Зберегти коментар
